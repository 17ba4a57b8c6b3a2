package pipeline_test

import (
	"testing"
	"time"
)

// TestS43LTownRelief: relief a town sends (a humanitarian cargo from it,
// help від it, help that comes з it) is that town's aid, as a country's
// is, and is set where it arrives; money that arrives from a town with no
// word of help is none.
func TestS43LTownRelief(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a humanitarian convoy from a twin town",
			"До Рівного прибула гуманітарна колона з польського міста Люблін.",
			[]string{"AID Люблін → Рівне @Рівне"}},
		{"help від a town arrives",
			"До Рівного надійшла допомога від Любліна.",
			[]string{"AID Люблін → Рівне @Рівне"}},
		{"help from a town told first",
			"З міста Люблін до Рівного надійшла допомога.",
			[]string{"AID Люблін → Рівне @Рівне"}},
		{"help from a country told first",
			"З Польщі до Рівного надійшла гуманітарна допомога.",
			[]string{"AID Польща → Рівне @Рівне"}},
		{"money from a town, no help named",
			"До Рівного надійшли кошти з Києва.",
			nil},
	}, time.Time{})
}

// TestS43LWordsNoTrip: a town named in someone's words between a visit
// and a meeting its visitor held is no trip elsewhere: the meeting stays
// in the town visited; a trip told between still moves it.
func TestS43LWordsNoTrip(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a town in reported words between",
			"Зеленський відвідав Японію\n\nПрезидент Володимир Зеленський прибув до Токіо у вівторок. Прем'єр Санае Такаїті повідомила, що частину коштів спрямують на потреби Харкова. Також у середу Зеленський зустрівся з міністром оборони Сіндзіро Коїдзумі.",
			[]string{"CONSULT/visit Володимир Зеленський → Токіо @Токіо", "CONSULT/meet Володимир Зеленський → Сіндзіро Коїдзумі @Токіо"}},
	}, time.Date(2026, 4, 23, 0, 0, 0, 0, time.UTC))
}

// TestS43LVisitingGroup: a group of visitors named by a common noun
// (делегація, гості) meets where its last act told was when no visit is
// told.
func TestS43LVisitingGroup(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the delegation's gift, then its meeting",
			"Лікарня отримала генератори\n\nЛюблін і Луцьк є містами-побратимами з 1992 року. У вівторок у Луцьку польська делегація передала лікарні два генератори. Директор лікарні Олег Павлюк повідомив, що частину обладнання згодом отримають громади Волині. Також у вівторок делегація зустрілася з народним депутатом Вадимом Мельником.",
			[]string{"AID польська делегація → лікарня @Луцьк", "CONSULT/meet делегація → Вадим Мельник @Луцьк"}},
	}, time.Date(2026, 4, 23, 0, 0, 0, 0, time.UTC))
}
