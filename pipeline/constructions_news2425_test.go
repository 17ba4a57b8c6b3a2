package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file settle conventions left open by the
// twenty-fourth and twenty-fifth news sets (testdata/gold/news24.jsonl,
// news25.jsonl); the sentences are our own.

func TestNews2425Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an outlet's own finding is its quote even when it is the publisher",
			"Як з'ясували «Наші гроші», директор лікарні купив три квартири в Одесі.",
			[]string{"Наші гроші/з'ясувати/indirect: директор лікарні купив три квартири в Одесі"}},
		{"a trailing finding of the outlet is its quote",
			"Депутат отримав від міста дві ділянки під забудову, з'ясувало ZN.UA.",
			[]string{"ZN.UA/з'ясувати/indirect: Депутат отримав від міста дві ділянки під забудову"}},
		{"a fragment quoted after назвати is the namer's direct quote",
			"Міністр назвав ці звинувачення «брудною провокацією».",
			[]string{"Міністр/назвати/direct: брудною провокацією"}},
		{"one quoted word after назвати with the object before the verb",
			"У профспілці висновки комісії назвали «упередженими».",
			[]string{"профспілка/назвати/direct: упередженими"}},
		{"a habitual name is no speech",
			"Мешканці називають цей сквер «зеленим острівцем».",
			nil},
		{"a name given in capitals is no speech",
			"Засновники назвали свою компанію «Світанком».",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestNews2425Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"what a court did also is no retelling of the headline's fine",
			"Суд оштрафував продавця алкоголю\n\nХмельницький міськрайонний суд розглянув справу продавця кіоску. Засідання тривало дві години.\n\nВін пояснив, що не знав про заборону. Суд також зобов'язав продавця сплатити судовий збір.",
			[]string{"COERCE Суд → продавець алкоголю", "COERCE Хмельницький міськрайонний суд → продавець"}},
		{"the same court's fine told again past the lead is one event",
			"Суд оштрафував продавця алкоголю\n\nХмельницький міськрайонний суд розглянув справу продавця кіоску. Засідання тривало дві години.\n\nВін пояснив, що не знав про заборону. Суд оштрафував продавця на 17 тисяч гривень.",
			[]string{"COERCE Хмельницький міськрайонний суд → продавець"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
