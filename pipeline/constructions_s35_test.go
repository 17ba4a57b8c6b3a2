package pipeline_test

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestS35TitledForeignNames checks that a foreign name in apposition to a
// title in the nominative with a country or body after it keeps the
// nominative as written, where the tagger reads it as some other name's
// genitive, and that a genitive name after a title in the genitive or
// after an adjective in another case still declines.
func TestS35TitledForeignNames(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ text, span, want string }{
		{"Про це оголосив прем'єр-міністр Японії Сігеру Ісіба.", "Сігеру Ісіба", "Сігеру Ісіба"},
		{"Прем'єр Італії Джорджа Мелоні заявила про підтримку.", "Джорджа Мелоні", "Джорджа Мелоні"},
		{"Це брат голови Держпідприємництва Михайла Бродського.", "Михайла Бродського", "Михайло Бродський"},
		{"Суд засудив колишню башкан Гагаузії Євгенію Гуцул.", "Євгенію Гуцул", "Євгенія Гуцул"},
		{"Зеленський зустрівся з прем'єр-міністром Японії Сігеру Ісібою.", "Сігеру Ісібою", "Сігеру Ісіба"},
	} {
		checkBaseForms(t, p.Extract(c.text, time.Time{}), c.text, "PERS", c.span, c.want)
	}
}

// TestS35CountryNames checks that a country's whole name opening a
// sentence is one place, not its last word, and that the short names the
// news gives countries (Британія, Америка, Емірати) are the countries,
// named by their fuller names.
func TestS35CountryNames(t *testing.T) {
	p := load(t)
	for _, c := range []struct {
		text string
		want []string // each entity's type and name, and its mentions' count
	}{
		{"Сполучені Штати Америки надали допомогу. Вони також передали генератори.", []string{"LOC Сполучені Штати Америки 1"}},
		{"Велика Британія запровадила санкції. Британія також заморозила активи.", []string{"LOC Велика Британія 2"}},
		{"Америка підтримала Україну. США також надали допомогу.", []string{"LOC США 2", "LOC Україна 1"}},
		{"Об'єднані Арабські Емірати виступили посередником. Зеленський подякував Еміратам.", []string{"LOC Об'єднані Арабські Емірати 2", "PERS Зеленський 1"}},
		{"Президент США відвідав Латинську Америку.", []string{"LOC Латинська Америка 1", "LOC США 1"}},
	} {
		x := p.Extract(c.text, time.Time{})
		var got []string
		for _, e := range x.Entities {
			got = append(got, fmt.Sprintf("%s %s %d", e.Type, e.Name, len(e.Mentions)))
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: entities %q, want %q", c.text, got, c.want)
		}
	}
}

// TestS35PlaceOfNextClause checks that where the clause after a comma
// happened (у Пекіні … пригрозили) is not the place of the event before
// the comma, while a place in the event's own clause still is.
func TestS35PlaceOfNextClause(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a place opening the next clause with its own verb",
			"Британія запровадила санкції проти Росії, у Пекіні та Москві пригрозили відповіддю.",
			[]string{"SANCTION Британія → Росія", "THREATEN Москва → "}},
		{"a place in the event's clause",
			"Британія у Лондоні запровадила санкції проти Росії, у Москві пригрозили відповіддю.",
			[]string{"SANCTION Британія → Росія @Лондон", "THREATEN Москва → "}},
		{"a place after the comma with no verb of its own",
			"Зеленський зустрівся з Туском, у Варшаві.",
			[]string{"CONSULT/meet Зеленський → Туск @Варшава"}},
	}, time.Time{})
}

// TestS35PronounAfterQuotedName checks that the pronoun of a cue after a
// direct quote that opens with another person's name stands for the
// speaker named before the quote, not for the person the quote names.
func TestS35PronounAfterQuotedName(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a man quoted on a man",
			"Міністр Андрій Сибіга закликав партнерів посилити тиск. «Путін продовжує вбивати цивільних», – написав він у мережі X.",
			[]string{"Андрій Сибіга/написати/direct: Путін продовжує вбивати цивільних"}},
		{"a man's name in the quote, the pronoun after a meeting",
			"Зеленський зустрівся з Туском. «Орбан блокує рішення», – заявив він журналістам.",
			[]string{"Зеленський/заявити/direct: Орбан блокує рішення"}},
		{"the quoted person speaks when the quote is his own",
			"«Я не погоджуюсь», – заявив Орбан. Він додав, що рішення ухвалять пізніше.",
			[]string{"Орбан/заявити/direct: Я не погоджуюсь", "Орбан/додати/indirect: рішення ухвалять пізніше"}},
	}, time.Time{})
}

// TestS35CondemnedStrike checks that a strike condemned after the air
// defence's shoot-downs is the attackers', not the air defence's.
func TestS35CondemnedStrike(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"missiles shot down between the strike and its condemnation",
			"Росія завдала ракетного удару по Києву. Сили ППО знешкодили 32 ракети. Генсек ООН Антоніу Гутерріш засудив удар.",
			[]string{"ASSAULT Росія → Київ @Київ", "ASSAULT Сили ППО → ", "ACCUSE Антоніу Гутерріш → Росія"}},
	}, time.Time{})
}

// TestS35MoneyMoved checks that вивести with money in its clause, before
// or after it, is a transfer and no withdrawal, while troops led out of a
// town still are one.
func TestS35MoneyMoved(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the money fronted", "Прокурори встановили, що частину коштів учасники схеми вивели через фіктивні підприємства.", nil},
		{"the sum after", "Посадовці вивели за кордон 20 млн гривень.", nil},
		{"troops", "Росія вивела війська з Херсона.", []string{"RETREAT Росія →  @Херсон"}},
	}, time.Time{})
}

// TestS35TitledPartner checks that the partner of a meeting named by a
// title with a name after it is the person named, past the place of the
// post and whatever case the tagger reads a foreign name in, not the
// country of the title; a title with no name stands for the country.
func TestS35TitledPartner(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"an ambassador posted in a place", "Садовий зустрівся з послом Німеччини в Україні Гайко Томсом.",
			[]string{"CONSULT/meet Садовий → Гайко Томс"}},
		{"an ambassador", "Садовий зустрівся з послом Німеччини Гайко Томсом.",
			[]string{"CONSULT/meet Садовий → Гайко Томс"}},
		{"a foreign name the tagger reads in another case", "Садовий зустрівся з міністром оборони Литви Довіле Шакалєне.",
			[]string{"CONSULT/meet Садовий → Довіле Шакалєне"}},
		{"no name", "Садовий зустрівся з послом Німеччини.",
			[]string{"CONSULT/meet Садовий → Німеччина"}},
	}, time.Time{})
}

// TestS35CrewsGreeted checks that a team or a crew is the one greeted or
// awarded, named by its noun, and does not become a doer by it.
func TestS35CrewsGreeted(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a team greeted", "Президент Володимир Зеленський привітав команду з історичною перемогою.",
			[]string{"SUPPORT Володимир Зеленський → команда"}},
		{"a national team", "Прем'єр-міністр Юлія Свириденко привітала збірну з перемогою.",
			[]string{"SUPPORT Юлія Свириденко → збірна"}},
		{"no doer", "Українські команди можуть відмовитися грати в турнірі.", nil},
	}, time.Time{})
}

// TestS35BodyOfCountryAndName checks that a body named by its noun and a
// country's genitive, joined by і or та to a name before a plural verb,
// gives both sides: the name is no second genitive of the body's noun.
func TestS35BodyOfCountryAndName(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"an abbreviation", "Раніше уряд України і МВФ досягли домовленості щодо нової програми.",
			[]string{"AGREE Україна,МВФ → "}},
		{"a name of two words", "Уряд України та Європейський Союз підписали угоду.",
			[]string{"AGREE Україна,Європейський Союз → "}},
	}, time.Time{})
}
