package pipeline_test

import (
	"testing"
	"time"
)

// The sentences of this file were written, before the extractor was run
// on them, in the house styles of Ukrainian outlets (the twenty-ninth
// news set, testdata/gold/news29.jsonl); each states the events and
// quotes the guidelines of testdata/gold/README.md ask for.

// TestS26H3Events checks forces drawn up to a border, money given in the
// present, a letter of resignation written and visa-free travel
// cancelled, and what stays as it was: a sum recovered from a firm.
func TestS26H3Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"forces drawn up to a border with a region in the instrumental",
			"Росіяни стягують до кордону з Харківщиною нові підрозділи.",
			[]string{"MOBILIZE Росіяни → "}},
		{"a sum recovered from a firm stays a court's coercion",
			"Господарський суд стягнув з ТОВ «Альфа» 2 млн гривень боргу.",
			[]string{"COERCE Господарський суд → ТОВ «Альфа»"}},
		{"money a state gives in the present",
			"Данія виділяє Україні 200 млн євро на відновлення енергетики.",
			[]string{"AID Данія → Україна"}},
		{"a letter of resignation written",
			"Голова митниці Ігор Савчук написав заяву про звільнення за власним бажанням.",
			[]string{"CONCEDE Ігор Савчук → "}},
		{"visa-free travel cancelled for a state's officials",
			"Євросоюз скасував безвізовий режим для власників дипломатичних паспортів Грузії.",
			[]string{"SANCTION Євросоюз → "}},
		{"visa-free travel that may be suspended",
			"Брюссель може призупинити безвізовий режим для Молдови.",
			[]string{"SANCTION Брюссель →  [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS26H3Quotes checks the one a press service quotes, named as the
// object of цитувати; a subject with its owner in the genitive before a
// quoted predicate; and a letter of resignation, which says nothing.
func TestS26H3Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the one quoted is the object of цитувати, titled before",
			"Міністр фінансів Максим Гнатюк провів нараду.\n«Бюджет виконано на 98 відсотків», – цитує міністра пресслужба.",
			[]string{"Максим Гнатюк/цитувати/direct: Бюджет виконано на 98 відсотків"}},
		{"the subject and its owner before the quoted predicate",
			"Речник МЗС Олег Дзюба заявив, що рішення Братислави «не відповідає духу добросусідства».",
			[]string{"Олег Дзюба/заявити/indirect: рішення Братислави «не відповідає духу добросусідства»"}},
		{"a letter of resignation is no statement about it",
			"Голова служби Роман Левченко написав заяву про звільнення.",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}
