package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// checkNames fails t unless the entities of each text include every
// TYPE:name of want and none of not.
func checkNames(t *testing.T, tests []namesCase) {
	t.Helper()
	p := load(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			var got []string
			for _, e := range x.Entities {
				got = append(got, e.Type+":"+e.Name)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\n got %q\nwant %q among them", tt.text, got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("%q:\n got %q\nwant no %q", tt.text, got, n)
				}
			}
		})
	}
}

type namesCase struct {
	name, text string
	want, not  []string
}

// TestS37FOutletsInCases checks that a news outlet named in a case other
// than the nominative, in quotation marks, where the entity model reads
// a work's title (kept as written) or a quoted name in the case the
// tagger guesses, is named by its nominative: adjective and noun, a
// plural, a name with a dot, two nouns joined by і, a regional edition.
func TestS37FOutletsInCases(t *testing.T) {
	checkNames(t, []namesCase{
		{"dative, plural", "Директор пояснив «Нашим грошам», що договір стосувався іншого.", []string{"ORG:Наші гроші"}, []string{"ORG:Нашим грошам"}},
		{"genitive, plural", "У міській раді на запит «Наших грошей» відповіли, що виконають рішення.", []string{"ORG:Наші гроші"}, []string{"ORG:Наших грошей"}},
		{"dative, adjective and noun", "Адвокатка заявила «Українській правді», що підозра безпідставна.", []string{"ORG:Українська правда"}, []string{"ORG:Українській правді"}},
		{"genitive, adjective and noun", "За даними «Української правди», угоду вже підписали.", []string{"ORG:Українська правда"}, nil},
		{"genitive, a name with a dot", "Як з'ясували журналісти «Слідства.Інфо», квартиру купили торік.", []string{"ORG:Слідство.Інфо"}, []string{"ORG:Слідства.Інфо"}},
		{"genitive read as a plural", "Аналітики «Дзеркала тижня» не погодилися з оцінкою.", []string{"ORG:Дзеркало тижня"}, []string{"ORG:Дзеркала тижня"}},
		{"dative, two nouns joined", "Міністр заявив «Слову і ділу», що звіт готовий.", []string{"ORG:Слово і діло"}, []string{"ORG:Слову і ділу"}},
		{"dative, a regional edition", "Мер розповів Суспільному Одеса, що світло дадуть увечері.", []string{"ORG:Суспільне Одеса"}, []string{"ORG:Суспільному Одеса"}},
		{"the nominative stays", "Про це пише «Українська правда».", []string{"ORG:Українська правда"}, nil},
	})
}

// TestS37FUnlistedSurnames checks the base form of a man's name whose
// surname the lexicon lists only as a common word or a place, in every
// case (шумовий, a village Тинне): the surname declines as the first
// name's case and gender say, not as the common word does. Women's
// names, listed surnames and the nominative stay as they were.
func TestS37FUnlistedSurnames(t *testing.T) {
	checkNames(t, []namesCase{
		{"dative, -ов", "Фірма належала Анатолію Шумову.", []string{"PERS:Анатолій Шумов"}, []string{"PERS:Анатолія Шумова"}},
		{"genitive, -ов", "Суд допитав брата Олексія Шумова.", []string{"PERS:Олексій Шумов"}, nil},
		{"instrumental, -ов", "Прокурори зустрілися з Анатолієм Шумовим.", []string{"PERS:Анатолій Шумов"}, []string{"PERS:Анатолій Шумовий"}},
		{"dative, a common noun", "Компанія належить Віталію Байлову.", []string{"PERS:Віталій Байлов"}, nil},
		{"genitive, adjectival, a place", "Партнером Владислава Тинного є Іван Петренко.", []string{"PERS:Владислав Тинний", "PERS:Іван Петренко"}, nil},
		{"dative, adjectival", "Листи передали Владиславу Тинному.", []string{"PERS:Владислав Тинний"}, nil},
		{"instrumental, adjectival", "Він поговорив з Владиславом Тинним.", []string{"PERS:Владислав Тинний"}, nil},
		{"accusative, adjectival", "Він говорив про Ігоря Тинного.", []string{"PERS:Ігор Тинний"}, nil},
		{"nominative", "Анатолій Шумов заперечив звинувачення.", []string{"PERS:Анатолій Шумов"}, nil},
		{"a woman, dative", "Фірма належала Олені Шумовій.", []string{"PERS:Олена Шумова"}, nil},
		{"a woman, accusative", "Суд допитав Олену Тинну.", []string{"PERS:Олена Тинна"}, nil},
		{"a woman the tagger reads as a man's genitive", "ТОВ заснувала мешканка Києва Юлія Залізна.", []string{"PERS:Юлія Залізна"}, nil},
		{"a listed adjectival surname", "Переговори з Олегом Білим тривали годину.", []string{"PERS:Олег Білий"}, nil},
		{"a listed surname", "Будинок належить Петру Ковалю.", []string{"PERS:Петро Коваль"}, nil},
	})
}

// TestS37FFirstNameAlsoPlace checks that a woman's first name the
// lexicon also lists as a place (Надія) and reads as a plural too is the
// singular of one person's name, whose surname that does not decline
// (Бурдей, Мележик) then keeps: Надії Бурдей is Надія Бурдей in the
// genitive and the dative, not a name kept as written.
func TestS37FFirstNameAlsoPlace(t *testing.T) {
	checkNames(t, []namesCase{
		{"genitive", "Про це йдеться у сюжеті Надії Бурдей у програмі.", []string{"PERS:Надія Бурдей"}, []string{"PERS:Надії Бурдей"}},
		{"genitive after a noun", "Брат Надії Мележик підготував вказівки.", []string{"PERS:Надія Мележик"}, nil},
		{"dative", "Листи надіслали Надії Бурдей.", []string{"PERS:Надія Бурдей"}, nil},
		{"instrumental", "Він зустрівся з Надією Бурдей.", []string{"PERS:Надія Бурдей"}, nil},
		{"nominative", "Надія Бурдей підготувала сюжет.", []string{"PERS:Надія Бурдей"}, nil},
		{"a first name that is no place", "Премію вручили Любові Кирничук.", []string{"PERS:Любов Кирничук"}, nil},
		{"a family in the plural", "Засновниками фірми є Оксана і Олексій Кулагіни.", nil, []string{"PERS:Оксани Кулагіни"}},
	})
}

// TestS37FRomanOrdinals checks that a name of games or a gathering opened
// by its ordinal in Roman numerals (Latin letters, or the Cyrillic І
// and Х) declines past it: the numeral is no head that keeps the name as
// written.
func TestS37FRomanOrdinals(t *testing.T) {
	checkNames(t, []namesCase{
		{"genitive plural", "Компанія отримала гроші на висвітлення XIV літніх Паралімпійських ігор у 2012 році.",
			[]string{"MISC:XIV літні Паралімпійські ігри"}, []string{"MISC:XIV літніх Паралімпійських ігор"}},
		{"genitive, Cyrillic numerals", "Про це сказали учасники ІІ Всеукраїнського форуму громад.",
			[]string{"ORG:ІІ Всеукраїнський форум громад"}, nil},
		{"nominative", "Учасники V літніх Всеукраїнських ігор ветеранів повернулися додому.",
			[]string{"MISC:V літні Всеукраїнські ігри"}, nil},
	})
}

// TestS37FStreetAfterInitial checks that a place named by an initial and
// a surname in the genitive (на Б. Хмельницького, a street) keeps the
// genitive, though the surname is also a city's, which declines when it
// stands alone.
func TestS37FStreetAfterInitial(t *testing.T) {
	checkNames(t, []namesCase{
		{"in a list of streets", "Вони ремонтували вулиці Городоцьку, Коперника та Б. Хмельницького.", []string{"LOC:Б. Хмельницького"}, []string{"LOC:Б. Хмельницький"}},
		{"after на", "Будинок стоїть на Б. Хмельницького.", []string{"LOC:Б. Хмельницького"}, nil},
		{"the city", "Вони поїхали до Хмельницького.", []string{"LOC:Хмельницький"}, nil},
		{"after the kind word", "Він живе на вулиці Т. Шевченка.", []string{"LOC:вулиця Т. Шевченка"}, nil},
	})
}
