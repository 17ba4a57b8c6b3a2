package pipeline_test

import (
	"testing"
	"time"
)

// TestNamesS58N holds names whose base forms session 58's helper h58n
// found wrong in sentences of its own: a man's surname in -ко the lexicon
// does not list, whose oblique form it reads as a woman's surname that
// does not decline, a man's nominative in -ка or a common noun of the
// first declension (ступка, ручка, шапка).
func TestNamesS58N(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"Ступко in the genitive, the lexicon's Ступка a man's nominative",
			"Суд заслухав Андрія Ступка у справі про хабар.",
			[]string{"PERS Андрій Ступко"}},
		{"Ручко in the genitive, ручка a common noun",
			"Прокурор звернувся до Олега Ручка з вимогою.",
			[]string{"PERS Олег Ручко"}},
		{"Шапко in the genitive, the whole name had stayed as written",
			"Заяву Сергія Шапка оприлюднили в понеділок.",
			[]string{"PERS Сергій Шапко"}},
		{"Ступко in the dative after Миколі",
			"Лист адресовано Миколі Ступку.",
			[]string{"PERS Микола Ступко"}},
		{"Ручко in the accusative",
			"Громада висунула Тараса Ручка на премію.",
			[]string{"PERS Тарас Ручко"}},
		{"the genitive links to the nominative the text gives",
			"Суддя Андрій Ступко відкрив засідання. Адвокат звернувся до Андрія Ступка.",
			[]string{"PERS Андрій Ступко"}},
	}
	checkFound(t, p, tests, time.Time{}, entityLines)
}

// TestNamesS58NGuards holds what the rule of TestNamesS58N must leave:
// women's names, a man's surname in -а, one in a consonant after a vowel
// and one with a fleeting vowel, and a woman's surname in -цька after a
// first name the tagger may read as a man's.
func TestNamesS58NGuards(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a man's Скрипка declines in -и",
			"Заяву Олега Скрипки оприлюднили вчора.",
			[]string{"PERS Олег Скрипка"}},
		{"a woman's Ступка",
			"Лист Ірини Ступки зачитали на сесії.",
			[]string{"PERS Ірина Ступка"}},
		{"a man's Ступка in the instrumental",
			"Мер зустрівся з Ігорем Ступкою.",
			[]string{"PERS Ігор Ступка"}},
		{"Ярмак, a vowel before к",
			"Слідчі допитали Андрія Ярмака.",
			[]string{"PERS Андрій Ярмак"}},
		{"Дячок, whose vowel drops",
			"Суд заслухав Петра Дячка.",
			[]string{"PERS Петро Дячок"}},
		{"a woman's surname in -цька in the nominative",
			"Речниця поліції Юлія Вишневецька повідомила про затримання.",
			[]string{"PERS Юлія Вишневецька"}},
	}
	checkFound(t, p, tests, time.Time{}, entityLines)
}

// TestSiteNamesS58N holds outlets named by a domain whose first label is
// Cyrillic (Вінниця.info), which the model read as the place or word
// before the dot, in sentences written for these tests.
func TestSiteNamesS58N(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a city's site after a verb of reporting",
			"Про це повідомляє Вінниця.info з посиланням на поліцію.",
			[]string{"ORG Вінниця.info"}},
		{"a city's site opening a clause of writing",
			"Як пише Житомир.info, рух на трасі перекрили.",
			[]string{"ORG Житомир.info"}},
		{"a site with two labels",
			"Журналісти Полтава.com.ua з'ясували, що ремонт зупинили.",
			[]string{"ORG Полтава.com.ua"}},
		{"a region's site and the region itself",
			"Рівне.info пише, що в Рівненській області відновили світло.",
			[]string{"ORG Рівне.info", "LOC Рівненська область"}},
	}
	checkFound(t, p, tests, time.Time{}, entityLines)
}

// TestSiteNamesS58NGuards holds what joinSiteNames must leave: a place
// before a sentence written without its space, and a place followed by
// a dot and a lower-case Cyrillic word.
func TestSiteNamesS58NGuards(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a place before a glued sentence",
			"Делегація прибула до Вінниці.Зустріч тривала дві години.",
			[]string{"LOC Вінниця"}},
		{"a domain with a Latin first label stays an outlet",
			"Про це повідомляє LB.ua.",
			[]string{"ORG LB.ua"}},
	}
	checkFound(t, p, tests, time.Time{}, entityLines)
}

// TestFirstNameInOS58N holds a man's first name in -о (Марко) whose
// oblique forms the lexicon reads as the name without -о (Марк), so that
// one man named in the nominative and in another case became two
// people, one of them Марк.
func TestFirstNameInOS58N(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the instrumental before the nominative",
			"Перемовини з Марком Рубіо тривали дві години. Після зустрічі Марко Рубіо заявив про прогрес.",
			[]string{"PERS Марко Рубіо"}},
		{"the genitive before the nominative",
			"Заяву Марка Рубіо оприлюднили вчора. Держсекретар Марко Рубіо прибув до Варшави.",
			[]string{"PERS Марко Рубіо", "LOC Варшава"}},
		{"the dative in -ові after the nominative",
			"Юрист Марко Гаврилишин подав позов. Суд відмовив Маркові Гаврилишину.",
			[]string{"PERS Марко Гаврилишин"}},
	}
	checkFound(t, p, tests, time.Time{}, entityLines)
}

// TestFirstNameInOS58NGuards holds what findFirstNameInO must leave:
// Марк written as itself, and a Марк of another surname beside a Марко.
func TestFirstNameInOS58NGuards(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"Марк written in the nominative, then in the instrumental",
			"Генсек НАТО Марк Рютте прибув до Варшави. Прем'єр зустрівся з Марком Рютте.",
			[]string{"ORG НАТО", "PERS Марк Рютте", "LOC Варшава"}},
		{"Марк and Марко of two surnames",
			"Міністр зустрівся з Марком Рютте та Марком Рубіо. Марко Рубіо пообіцяв підтримку.",
			[]string{"PERS Марк Рютте", "PERS Марко Рубіо"}},
	}
	checkFound(t, p, tests, time.Time{}, entityLines)
}

// TestRoutePlacesS58N holds the places of a quoted name of a border
// crossing, a road or a route (the gold guideline of entity set 7: the
// crossing is no entity, its places are places), which the model read
// as one work in quotes or missed, in sentences written for these tests.
func TestRoutePlacesS58N(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a crossing of two small towns",
			"Рух через пункт пропуску «Шегині – Медика» відновили.",
			[]string{"LOC Шегині", "LOC Медика"}},
		{"a crossing in the genitive, the places as written",
			"Блокада пункту пропуску «Смільниця – Кросценко» триває третю добу.",
			[]string{"LOC Смільниця", "LOC Кросценко"}},
		{"a crossing named by one place",
			"Вантажівки стоять у черзі на КПП «Краковець».",
			[]string{"LOC Краковець"}},
		{"a road between two towns",
			"Аварія сталася на трасі «Луцьк – Ковель».",
			[]string{"LOC Луцьк", "LOC Ковель"}},
		{"a bus route",
			"Автобус маршруту «Житомир – Бердичів» запізнився на годину.",
			[]string{"LOC Житомир", "LOC Бердичів"}},
	}
	checkFound(t, p, tests, time.Time{}, entityLines)
}

// TestRoutePlacesS58NGuards holds what splitRoutePlaces must leave: a
// quoted name after another word, and a route word before a quoted name
// that is not capitalised places joined by dashes.
func TestRoutePlacesS58NGuards(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a film named by two words and a dash",
			"Глядачі переглянули фільм «Київ – Париж» у кінотеатрі.",
			nil},
		{"a route named by a phrase",
			"Запрацював маршрут «Шлях до моря» для туристів.",
			nil},
	}
	checkFound(t, p, tests, time.Time{}, entityLines)
}

// TestStreetAdjectivesS58N holds streets named by a capitalised
// adjective before the street's word (бульвар, алея), which the model
// read as the adjective alone, as a currency or not at all after a
// clock time, in sentences written for these tests.
func TestStreetAdjectivesS58N(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a boulevard missed",
			"Близько 03:20 екіпаж помітив на Польському бульварі автомобіль без світла.",
			[]string{"LOC Польський бульвар"}},
		{"a boulevard cut to its adjective",
			"Близько 01:15 екіпаж помітив на Японському бульварі авто без номерів.",
			[]string{"LOC Японський бульвар"}},
		{"an alley cut to its adjective",
			"Близько 03:40 поліцейські помітили на Кленовій алеї людину з ножем.",
			[]string{"LOC Кленова алея"}},
	}
	checkFound(t, p, tests, time.Time{}, entityLines)
}
