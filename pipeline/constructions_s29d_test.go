package pipeline_test

import (
	"testing"
	"time"
)

// TestS29DReproach checks that закидати / закинути with someone in the
// dative is an accusation of that one, told in the present as what is
// happening, and that throwing things at a building is none.
func TestS29DReproach(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a reproach in the present, to a plural body",
			"Профспілчани закидають районним відділам освіти нецільове використання коштів.",
			[]string{"ACCUSE Профспілчани → районні відділи освіти"}},
		{"a reproach in the past, to an official",
			"Опозиція закинула міністрові бездіяльність.",
			[]string{"ACCUSE Опозиція → міністр"}},
		{"throwing eggs at a building is no reproach",
			"Фермери закидали будівлю парламенту яйцями.",
			nil},
		{"a bag thrown over a shoulder is no reproach",
			"Він закинув сумку на плече.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29DPetition checks that a petition signed asks (REQUEST), where
// other papers signed agree or tell nothing.
func TestS29DPetition(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a petition with a demand",
			"Студенти університету підписали петицію з вимогою скасувати підвищення плати.",
			[]string{"REQUEST Студенти університету → "}},
		{"a petition to a council (whom it is to is not read yet)",
			"Мешканці підписують петицію до міської ради.",
			[]string{"REQUEST Мешканці → "}},
		{"the petition first, its demand's infinitive between it and the verb",
			"Петицію з вимогою зупинити роботи підписали мешканці району.",
			[]string{"REQUEST мешканці району → "}},
		{"an agreement signed stays one",
			"Україна та Польща підписали угоду про співпрацю.",
			[]string{"AGREE Україна,Польща → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29DProtestDemand checks that a demand told in an imperfective
// adverbial participle after a protest is an event of its own, while a
// participle of protest after a protest, and a demand after a suit,
// stay the manner of the main event.
func TestS29DProtestDemand(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a road blocked with a demand to the government",
			"Фермери перекрили трасу, вимагаючи від уряду запровадити мінімальні ціни.",
			[]string{"PROTEST Фермери → ", "REQUEST Фермери → уряд"}},
		{"a picket with a demand",
			"Прихильники опозиції пікетували приміщення комісії, вимагаючи оприлюднити всі протоколи.",
			[]string{"PROTEST Прихильники опозиції → ", "REQUEST Прихильники опозиції → "}},
		{"a protest with a protest participle is one protest",
			"Фермери заблокували дороги, протестуючи проти угоди.",
			[]string{"PROTEST Фермери → "}},
		{"a suit with a demand is the suit",
			"Компанія подала позов до суду, вимагаючи компенсації.",
			[]string{"ACCUSE Компанія → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29DQuotes checks a naming told in the adverbial participle
// назвавши (a direct quote of the subject of the verb before it), and a
// що-clause whose subject is a state's or a capital's name before a
// quoted fragment (indirect, as a common noun's subject makes it).
func TestS29DQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a naming in an adverbial participle after a refusal",
			"Міністр відкинув вимоги опозиції, назвавши їх «недружнім кроком».",
			[]string{"Міністр/назвати/direct: недружнім кроком"}},
		{"a capital's name before the fragment",
			"Речник заявив, що Москва «вживе всіх заходів для захисту інтересів».",
			[]string{"Речник/заявити/indirect: Москва «вживе всіх заходів для захисту інтересів»"}},
		{"a state's name before the fragment",
			"Президент наголосив, що Україна «не дозволить використовувати свою територію для агресії».",
			[]string{"Президент/наголосити/indirect: Україна «не дозволить використовувати свою територію для агресії»"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS29DRoleHeldIn checks a source line whose speaker's role says where
// it is held, a lower-case noun after в or у (в області, у районі), past a
// party named in quotation marks.
func TestS29DRoleHeldIn(t *testing.T) {
	p := load(t)
	checkVia(t, p, []viaCase{
		{"a party's staff in a region",
			"Опозиція не визнає результатів виборів. Про це у вівторок на брифінгу заявив керівник виборчого штабу «Батьківщини» в області Роман Климук.", "Роман Климук"},
		{"a union's head in a district",
			"Вчителі припинять роботу. Про це повідомив голова профспілки у районі Іван Гуменюк.", "Іван Гуменюк"},
		{"a state after у stays within the role",
			"Переговори тривають. Про це заявив посол України у США Олег Кравець.", "Олег Кравець"},
	})
}

// TestS29DMetPeople checks that one named who meets people named by a
// plural animate noun, before or after the verb, is a meeting with them,
// while a new year or a delegation's reception with no one named stays
// none.
func TestS29DMetPeople(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the people met first, the official after the verb",
			"Фермери перекрили трасу. Увечері протестувальників зустрів заступник міністра Олег Шевчук.",
			[]string{"PROTEST Фермери → ", "CONSULT/meet Олег Шевчук → протестувальники"}},
		{"the people met after the verb",
			"Фермери перекрили трасу. Олег Шевчук увечері зустрів протестувальників біля будівлі.",
			[]string{"PROTEST Фермери → ", "CONSULT/meet Олег Шевчук → протестувальники"}},
		{"a new year met is no meeting",
			"Олег Шевчук зустрів Новий рік у Харкові.",
			nil},
		{"people who greet soldiers name no one who meets",
			"Мешканці зустріли військових квітами.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29DWayBarred checks that protesters who bar a way (перегородили
// в'їзд, дорогу) protest, as with перекрити, while the police or a fallen
// tree barring a road do not.
func TestS29DWayBarred(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"activists bar the entry to a site",
			"Кілька активістів перегородили в'їзд на будмайданчик техніці забудовника.",
			[]string{"PROTEST Кілька активістів → "}},
		{"residents bar a road",
			"Мешканці перегородили дорогу.",
			[]string{"PROTEST Мешканці → "}},
		{"the police bar a road",
			"Поліція перегородила дорогу для проведення слідчих дій.",
			nil},
		{"a fallen tree bars a road",
			"Дерево перегородило дорогу.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29DDayBeforeCounted checks that напередодні before a counted
// subject and its verb in the past dates the event the day before the
// publication, while напередодні before a genitive names no day.
func TestS29DDayBeforeCounted(t *testing.T) {
	p := load(t)
	pub := time.Date(2010, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, date string }{
		{"Напередодні кілька сотень прихильників опозиції пікетували приміщення комісії.", "2010-11-01"},
		{"Напередодні кількох виборів опозиція пікетувала приміщення комісії.", ""},
	} {
		x := p.Extract(c.text, pub)
		if len(x.Events) != 1 || x.Events[0].Date != c.date {
			t.Errorf("%q: events %+v, want one dated %q", c.text, x.Events, c.date)
		}
	}
}

// TestS29DSeatInZh checks that a protest at a council named by an
// adjective in -зьк is placed in its town in -жжя (Запорізька міська
// рада: Запоріжжя), as one in -ськ is (Полтавська: Полтава).
func TestS29DSeatInZh(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a council in -зьк",
			"Активісти пікетували Запорізьку міську раду.",
			[]string{"PROTEST Активісти → Запорізька міська рада @Запоріжжя"}},
		{"a council in -ськ",
			"Активісти пікетували Полтавську міськраду.",
			[]string{"PROTEST Активісти → Полтавська міськрада @Полтава"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
