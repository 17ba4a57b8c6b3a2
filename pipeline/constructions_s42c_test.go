package pipeline_test

import (
	"testing"
	"time"
)

// TestS42CTaskSet: a task set to someone in the dative before an
// infinitive ("Міністр доручив управлінню перевірити лікарню") is a
// REQUEST from the one who orders to the one charged; a matter entrusted
// with no infinitive, a task set to no one named, and a resolution's
// infinitive give none.
func TestS42CTaskSet(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a body charged",
			"Голова громади доручив управлінню освіти підготувати укриття.",
			[]string{"REQUEST Голова громади → управління освіти"}},
		{"people charged",
			"Міська рада доручила депутатам перевірити стан доріг.",
			[]string{"REQUEST Міська рада → депутати"}},
		{"a named ministry charged",
			"Прем'єр-міністр доручив Міністерству фінансів знайти кошти.",
			[]string{"REQUEST Прем'єр-міністр → Міністерство фінансів"}},
		{"a matter entrusted",
			"Мер доручив заступникові цю справу.",
			nil},
		{"no one charged named",
			"Голова громади доручив до кінця тижня закрити вибиті вікна.",
			nil},
		{"a resolution's infinitive",
			"Доручити голові обласної ради здійснити заходи.",
			nil},
	}, time.Time{})
}

// TestS42CJointlyAgreed: an agreement to do something together
// ("домовилися спільно / разом" with an infinitive) is an AGREE between
// the sides, and the joint work they agreed on their COOPERATE.
func TestS42CJointlyAgreed(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a bridge rebuilt together",
			"Мер і губернатор домовилися разом відновити міст.",
			[]string{"AGREE Мер,губернатор → ", "COOPERATE Мер,губернатор → "}},
		{"drones made together",
			"Україна і Польща домовилися спільно виробляти дрони.",
			[]string{"AGREE Україна,Польща → ", "COOPERATE Україна,Польща → "}},
		{"an agreement to cooperate stays one event",
			"Україна і Польща домовилися співпрацювати.",
			[]string{"COOPERATE Україна,Польща → "}},
	}, time.Time{})
}

// TestS42CNameOneWord: a name of several words between a light verb and
// its noun counts as one word ("Завод отримав від Фонду «Брейв1» грант"),
// as a short name does ("отримала від ЄС грант").
func TestS42CNameOneWord(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a grant from a fund named in quotes",
			"Громада отримала від Фонду «Брейв1» грант.",
			[]string{"AID Фонд «Брейв1» → Громада"}},
		{"a grant and its sum from a fund named in quotes",
			"Компанія «Скайфорж» отримала від Фонду «Брейв1» грант на 8 млн гривень.",
			[]string{"AID Фонд «Брейв1» → Скайфорж"}},
		{"a grant from a union named in two words",
			"Громада отримала від Європейського Союзу грант.",
			[]string{"AID Європейський Союз → Громада"}},
	}, time.Time{})
}

// TestS42CFinedBeforeFine: the one a fine is imposed on, named under на
// between the verb and the fine ("наклало на КП «Херсонводоканал»
// штраф"), is the one fined, as after the fine ("наклав штраф на ТОВ
// «Альфа»").
func TestS42CFinedBeforeFine(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a firm in the accusative",
			"Комітет наклав на ТОВ «Альфа» штраф у розмірі 340 тисяч гривень.",
			[]string{"COERCE Комітет → ТОВ «Альфа»"}},
		{"a municipal enterprise named by its abbreviation",
			"Управління наклало на КП «Міськсвітло» штраф.",
			[]string{"COERCE Управління → КП «Міськсвітло»"}},
		{"after the fine, as before",
			"Комітет наклав штраф на ТОВ «Альфа».",
			[]string{"COERCE Комітет → ТОВ «Альфа»"}},
	}, time.Time{})
}

// TestS42CThingsGiven: people or a community in the dative opening the
// clause of a verb of giving with no giver named are given aid when what
// is given is a thing, told by the noun's kind (an inanimate noun in the
// accusative whose ending makes it no act or quality), not only goods
// listed: "Фермерам передали два трактори", "надали тимчасове житло". An
// answer, a status, papers or money paid them are no aid.
func TestS42CThingsGiven(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"tractors to farmers",
			"Фермерам передали два трактори.",
			[]string{"AID  → фермери"}},
		{"housing to the owners of ruined homes",
			"Власникам зруйнованих осель надали тимчасове житло.",
			[]string{"AID  → власники зруйнованих осель"}},
		{"flats to families",
			"Родинам загиблих передали квартири.",
			[]string{"AID  → родини"}},
		{"an answer",
			"Мешканцям надали відповідь на запит.",
			nil},
		{"a status",
			"Переселенцям надали статус внутрішньо переміщених осіб.",
			nil},
		{"papers",
			"Депутатам передали документи.",
			nil},
		{"money paid to people",
			"Адвокатам перерахували 950 тис грн.",
			nil},
	}, time.Time{})
}

// TestS42CDamagedHomes: money a town's council allots to repair homes
// damaged or destroyed is relief for those who live there, AID with no
// one named given it; its money for roads, or for a damaged road, stays
// spending.
func TestS42CDamagedHomes(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"damaged housing",
			"Нікопольська міська рада виділила 2 млн гривень на відновлення пошкодженого житла.",
			[]string{"AID Нікопольська міська рада → "}},
		{"destroyed houses",
			"Житомирська міська рада виділила 5 млн гривень на ремонт зруйнованих будинків.",
			[]string{"AID Житомирська міська рада → "}},
		{"roads",
			"Київська міська рада спрямувала 13 млн грн на ремонт доріг.",
			nil},
		{"a damaged road",
			"Луцька міська рада виділила 3 млн гривень на ремонт пошкодженої дороги.",
			nil},
	}, time.Time{})
}
