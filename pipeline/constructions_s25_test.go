package pipeline_test

import (
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/pipeline"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestS25TheyAfterVerb checks "вони" for the people the sentence before
// names right after its plural verb, with no event of their own there:
// "До справи долучилися слідчі ДБР. Вони повідомили …". Staff named with
// their body stand for it, as "Слідчі ДБР затримали" does.
func TestS25TheyAfterVerb(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"investigators of a body, named after the verb (was a gap of TestS24H6LegalGaps)",
			"До справи долучилися слідчі ДБР. Вони повідомили про підозру начальнику колонії.",
			[]string{"ACCUSE ДБР → начальник колонії"}},
		{"police officers, an adjective standing alone",
			"На місце події прибули поліцейські. Вони затримали двох чоловіків.",
			[]string{"COERCE поліцейські → двоє чоловіків"}},
		{"a body's investigators searching",
			"До розслідування долучилися слідчі СБУ. Вони провели обшуки у посадовців митниці.",
			[]string{"COERCE СБУ → посадовці митниці"}},
		{"a singular verb after its subject is no such opening",
			"До справи долучився слідчий. Вони повідомили про підозру начальнику колонії.",
			[]string{"ACCUSE  → начальник колонії"}},
		{"a noun in the nominative before the verb is the subject, not the people after it",
			"Учора суд розглянув справу. Вони повідомили про підозру начальнику колонії.",
			[]string{"ACCUSE  → начальник колонії"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS25BodyCountries checks that a ministry named by its kind or short
// name keeps the country after it (NER-UK's convention), so that the
// ministries of two countries in one text stay two speakers.
func TestS25BodyCountries(t *testing.T) {
	p := load(t)
	text := "Речник МЗС Японії заявив, що Токіо передасть допомогу. У Міноборони Росії заявили, що збили безпілотники. " +
		"Міністерство закордонних справ Польщі викликало посла."
	x := p.Extract(text, time.Time{})
	want := map[string]bool{"МЗС Японії": true, "Міноборони Росії": true, "Міністерство закордонних справ Польщі": true}
	for _, e := range x.Entities {
		delete(want, e.Name)
	}
	for name := range want {
		t.Errorf("no entity %q; entities %v", name, x.Entities)
	}
	// a ministry's short name with its country that the model reads as
	// a place is the ministry, and no place of what it says happened
	x = p.Extract("Водночас у Міноборони Росії заявили, що їхня ППО збила 45 українських дронів.", time.Time{})
	for _, e := range x.Entities {
		if e.Name == "Міноборони Росії" && e.Type != "ORG" {
			t.Errorf("Міноборони Росії typed %s, want ORG", e.Type)
		}
	}
	for _, ev := range x.Events {
		if ev.Place != "" {
			t.Errorf("%s placed in %s, where it was said", ev.Type, entityName(x, ev.Place))
		}
	}
}

// TestS25LatinNames checks that names in Latin letters the model reads
// as persons are typed as what Ukrainian news leaves in Latin letters
// (products, programmes, companies), and that a gloss of a person's
// name keeps its type.
func TestS25LatinNames(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ text, span, typ string }{
		{"Кошти надійдуть у межах механізму Ukraine Facility до кінця року.", "Ukraine Facility", "MISC"},
		{"До пакета увійдуть 18 самохідних гаубиць Archer.", "Archer", "MISC"},
		{"«Нафтогаз» домовився з Orlen про постачання газу.", "Orlen", "ORG"},
		{"Посол в інтерв'ю телеканалу Polsat News заявив, що блокада триває.", "Polsat News", "ORG"},
		{"Її власник Пракаш Джанчандані (Prakash Gianchandani) мешкає в Белізі.", "Prakash Gianchandani", "PERS"},
		{"У Transparency International Ukraine закон назвали «важливим кроком», однак наголосили, що його ефективність залежатиме від роботи антикорупційних органів.", "Transparency International Ukraine", "ORG"},
	} {
		x := p.Extract(c.text, time.Time{})
		got := ""
		for _, s := range x.Spans {
			if s.Text == c.span {
				got = s.Type
			}
		}
		if got != c.typ && !(got == "" && c.typ == "") {
			t.Errorf("%q in %q: type %q, want %q (spans %v)", c.span, c.text, got, c.typ, x.Spans)
		}
	}
}

// TestS25TimeAndPlans checks an indeclinable subject after a phrase of
// time the tagger leaves untagged, and "того ж дня" dated by the last
// event told, not by a plan reported in between.
func TestS25TimeAndPlans(t *testing.T) {
	p := load(t)
	published := time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC)
	tests := []construction{
		{"an acronym after наступного тижня is the subject",
			"Вона також повідомила, що наступного тижня ЄС виділить Україні ще 1,5 млрд євро.",
			[]string{"AID ЄС → Україна [future]"}},
	}
	checkEvents(t, p, tests, published)
	text := "Міністр у вівторок зустрівся в Брюсселі з Каєю Каллас.\n\n" +
		"Каллас повідомила, що наступного тижня ЄС виділить Україні 1,5 млрд євро.\n\n" +
		"Того ж дня міністр провів телефонну розмову з Марком Рубіо."
	x := p.Extract(text, published)
	found := false
	for _, e := range x.Events {
		if e.Type == "CONSULT" && e.Mode == "phone" {
			found = true
			if e.Date != "2025-11-18" {
				t.Errorf("the call of the same day as the meeting: date %q, want 2025-11-18 (not the plan's week)", e.Date)
			}
		}
	}
	if !found {
		t.Errorf("no phone call in %v", x.Events)
	}
}

// TestS25SpokesTitles checks titles before a body and a name that the
// model leaves out: a spokesman's (речник Військово-морських сил ЗСУ)
// and a representative's with her rank (верховна представниця ЄС).
func TestS25SpokesTitles(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ text, person, title string }{
		{"Про це повідомив речник Угруповання об'єднаних сил Віктор Трегубов.", "Віктор Трегубов", "речник Угруповання об'єднаних сил"},
		{"Сибіга зустрівся з верховною представницею ЄС Каєю Каллас.", "Кая Каллас", "верховна представниця ЄС"},
	} {
		x := p.Extract(c.text, time.Time{})
		var titles []string
		for _, e := range x.Entities {
			if e.Name == c.person {
				titles = e.Titles
			}
		}
		if !slices.Contains(titles, c.title) {
			t.Errorf("%q: %s has titles %q, want %q", c.text, c.person, titles, c.title)
		}
	}
}

// TestS25ActorsOwnBody checks that the body or country in the genitive
// of an actor named by a phrase after its verb is no recipient of the
// actor's own event.
func TestS25ActorsOwnBody(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a planned visit by a premier named after the verb",
			"Наступного тижня до Варшави з візитом планує прибути прем'єр-міністр України.",
			[]string{"CONSULT/visit прем'єр-міністр України → Варшава @Варшава [future]"}},
		{"detectives of a body named after the verb (the object put first, посадовця, is still missed: a gap)",
			"У Чернівцях посадовця затримали детективи НАБУ.",
			[]string{"COERCE детективи НАБУ →  @Чернівці"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS25PronounFirst checks an object pronoun that opens its clause
// before a phrase of place or time, the subject after the verb: "Його на
// вокзалі зустрів …" is the one of its gender named before.
func TestS25PronounFirst(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"him, met at the station by a named person",
			"Президент Польщі Кароль Навроцький прибув до Києва. Його на вокзалі зустрів Володимир Зеленський.",
			[]string{"CONSULT/visit Кароль Навроцький → Київ @Київ", "CONSULT/meet Володимир Зеленський → Кароль Навроцький @Київ"}},
		{"her, thanked on a day by a titled man",
			"Канцлерка Ангела Меркель передала Києву генератори. Їй у вівторок подякував мер Віталій Кличко.",
			[]string{"AID Ангела Меркель → Київ", "SUPPORT Віталій Кличко → Ангела Меркель"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS25NameWordNoTrigger checks that a word of a name (a party's,
// «Європейська солідарність») is no event noun of a verb after it.
func TestS25NameWordNoTrigger(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a party's name before a speech verb",
			"Голова фракції «Європейська солідарність» Ірина Геращенко заявила, що документ шкідливий.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS25RestrictiveMeasures checks "обмежувальні заходи", the formal
// name of sanctions, after a verb that imposes them.
func TestS25RestrictiveMeasures(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"restrictive measures imposed by a body",
			"Рада ЄС запровадила обмежувальні заходи проти Білорусі.",
			[]string{"SANCTION ЄС → Білорусь"}}, // (the Council stands for the Union, as elsewhere)
		{"measures of another kind are none",
			"Міська рада запровадила заходи безпеки на ринку.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS25Invitation checks that a visit one is invited to is no visit of
// the one who hands the invitation over.
func TestS25Invitation(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an invitation handed over to visit a capital",
			"Міністр Йоганн Вадефуль зустрівся з Маєю Санду. Він передав їй запрошення від канцлера Німеччини Фрідріха Мерца відвідати Берлін.",
			[]string{"CONSULT/meet Йоганн Вадефуль → Мая Санду"}},
		{"invited by a verb: the invitation, no visit",
			"Президент запросив прем'єра Японії відвідати Київ.",
			[]string{"REQUEST Президент → прем'єр Японії"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS25GreetingsFrom checks that the sender after від makes the actor
// of greetings passed on, and of nothing else said in the clause.
func TestS25GreetingsFrom(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"support expressed, then an invitation passed on from another",
			"Міністр Йоганн Вадефуль висловив підтримку Молдові і передав їй запрошення від канцлера Німеччини Фрідріха Мерца.",
			[]string{"SUPPORT Йоганн Вадефуль → Молдова"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS25CapitalNamed checks "у молдовській столиці" against a union
// named with the country in a sentence between: the capital is a city.
func TestS25CapitalNamed(t *testing.T) {
	p := load(t)
	text := "Міністр Йоганн Вадефуль прибув до Молдови та зустрівся в Кишиневі з президенткою країни Маєю Санду.\n\n" +
		"\"Німеччина залишається надійним партнером Молдови на шляху до Європейського Союзу\", - сказав Вадефуль.\n\n" +
		"У п'ятницю в молдовській столиці планується зустріч Вадефуля з прем'єр-міністром Александру Мунтяну."
	x := p.Extract(text, time.Time{})
	found := false
	for _, e := range x.Events {
		if e.Type != "CONSULT" || !strings.Contains(string([]rune(text)[e.Sentence.Start:e.Sentence.End]), "столиці") {
			continue
		}
		found = true
		if name := entityName(x, e.Place); name != "Кишинів" {
			t.Errorf("the meeting in the capital placed in %q, want Кишинів", name)
		}
	}
	if !found {
		t.Errorf("no meeting in the capital: %v", x.Events)
	}
}

func entityName(x *vistka.Extraction, id string) string {
	for _, e := range x.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return id
}

// TestS25CountedWithAdjectives checks the counted noun of a count past
// the adjectives before it ("понад 11 тисяч російських танків"), and no
// unit read past an abbreviation ("139 тис. кв. км").
func TestS25CountedWithAdjectives(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ text, amount, unit string }{
		{"Сили оборони знищили понад 11 тисяч російських танків.", "понад 11 тисяч російських танків", "танк"},
		{"Україна повернула понад 2 тисячі депортованих дітей.", "понад 2 тисячі депортованих дітей", "дитина"},
		{"Росія окупувала близько 139 тис. кв. км території.", "близько 139 тис.", ""},
	} {
		x := p.Extract(c.text, time.Time{})
		found := false
		for _, a := range x.Amounts {
			if a.Text == c.amount {
				found = true
				if a.Unit != c.unit {
					t.Errorf("%q: unit %q, want %q", c.amount, a.Unit, c.unit)
				}
			}
		}
		if !found {
			t.Errorf("%q: no amount %q in %v", c.text, c.amount, x.Amounts)
		}
	}
}

// TestS25LanguageLatinNames checks that a short Ukrainian sentence with
// more Latin letters (in names) than Cyrillic ones reads as Ukrainian,
// while English with a Cyrillic name stays English.
func TestS25LanguageLatinNames(t *testing.T) {
	for text, want := range map[string]string{
		"У Transparency International Ukraine закон назвали важливим.":            "uk",
		"The mayor of Kyiv (Київ) met the delegation of the European Commission.": "en",
		"В Transparency International Russia закон назвали важным.":               "ru",
	} {
		if got := pipeline.Language(text); got != want {
			t.Errorf("Language(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestS25ShotDownOver checks the place of air defence shooting down
// drones over a region: the region after над.
func TestS25ShotDownOver(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"drones shot down over a region",
			"Уночі сили ППО збили 20 дронів над Київщиною.",
			[]string{"ASSAULT сили ППО →  @Київщина"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
