package pipeline_test

import (
	"testing"
	"time"
)

// TestS42ETiedPlace checks that an event with no place of its own, told
// in a sentence that opens by tying it to what was told before (Того ж
// дня, За підсумками переговорів, Під час візиту), takes the place of
// the nearest event told just before, or the local story's town; one to
// come, one after a sentence that tells another day, or one told with no
// tie, is left without a place.
func TestS42ETiedPlace(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a meeting told Того ж дня after an arrival",
			"У вівторок делегація Любліна на чолі з віцепрезидентом міста Беатою Стемпень прибула до Луцька. Того ж дня делегація зустрілася з міським головою Ігорем Поліщуком.",
			[]string{"CONSULT/visit Люблін → Луцьк @Луцьк", "CONSULT/meet делегація → Ігор Поліщук @Луцьк"}},
		{"a signing За підсумками переговорів after an arrival",
			"Прем'єр-міністр Польщі Дональд Туск у вівторок прибув до Києва. За підсумками переговорів Туск і Володимир Зеленський підписали угоду про співпрацю.",
			[]string{"CONSULT/visit Дональд Туск → Київ @Київ", "AGREE Дональд Туск,Володимир Зеленський →  @Київ"}},
		{"a gift Під час візиту in a local story's town",
			"У Тиврові відкрили новий пункт екстреної допомоги. Обладнання для пункту закупили партнери з Польщі. Під час візиту польська делегація передала громаді автомобіль швидкої допомоги.",
			[]string{"AID Польща → громада @Тиврів"}},
		{"a meeting to come is not placed",
			"У вівторок делегація Любліна на чолі з віцепрезидентом міста Беатою Стемпень прибула до Луцька. Згодом делегація зустрінеться з міським головою Ігорем Поліщуком.",
			[]string{"CONSULT/visit Люблін → Луцьк @Луцьк", "CONSULT/meet делегація → Ігор Поліщук [future]"}},
		{"one after a sentence that tells another day: no tie, but the town the lead's arrival set the story in (s46p)",
			"У вівторок делегація Любліна на чолі з віцепрезидентом міста Беатою Стемпень прибула до Луцька. У середу депутати міської ради ухвалили бюджет міста. Того ж дня делегація зустрілася з міським головою Ігорем Поліщуком.",
			[]string{"CONSULT/visit Люблін → Луцьк @Луцьк", "CONSULT/meet делегація → Ігор Поліщук @Луцьк"}},
		{"one told with no tie: the town the lead's arrival set the story in (s46p)",
			"У вівторок делегація Любліна на чолі з віцепрезидентом міста Беатою Стемпень прибула до Луцька. Делегація зустрілася з міським головою Ігорем Поліщуком.",
			[]string{"CONSULT/visit Люблін → Луцьк @Луцьк", "CONSULT/meet Делегація → Ігор Поліщук @Луцьк"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS42EBareDateline checks that a regional paper's dateline with no
// date, its town in capitals and a full stop (ЛУЦЬК. …) or its town and
// a dash before the lead (Рівне — …), gives the lead's events its town;
// a dash before a lower-case word opens no dateline (Рівне — місто …).
func TestS42EBareDateline(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a town in capitals and a full stop",
			"Мер зустрівся з ветеранами\n\nЛУЦЬК. Міський голова Ігор Поліщук у четвер зустрівся з ветеранами. Волонтери передали лікарні два генератори.",
			[]string{"CONSULT/meet Ігор Поліщук → ветерани @Луцьк", "AID Волонтери → лікарня @Луцьк"}},
		{"a town and a dash",
			"Мер зустрівся з ветеранами\n\nРівне — Міський голова Олександр Третяк у четвер зустрівся з ветеранами. Волонтери передали лікарні два генератори.",
			[]string{"CONSULT/meet Олександр Третяк → ветерани @Рівне", "AID Волонтери → лікарня @Рівне"}},
		{"no dateline: a dash before a lower-case word",
			"Мер зустрівся з ветеранами\n\nРівне — місто, де міський голова Олександр Третяк у четвер зустрівся з ветеранами.",
			[]string{"CONSULT/meet Олександр Третяк → ветерани"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
