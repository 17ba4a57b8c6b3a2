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
