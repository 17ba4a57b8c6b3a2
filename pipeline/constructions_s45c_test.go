package pipeline_test

import (
	"testing"
	"time"
)

// TestS45CMeetingHeldOnDay: a sentence that tells no event but says when
// and where talks took place with the meeting's noun as its subject
// ("Зустріч міністрів відбулася у вівторок у Вільнюсі") sets the day, as
// well as the place, of the talks the next sentence tells; talks to come
// set neither.
func TestS45CMeetingHeldOnDay(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC) // a Friday
	checkEventsAs(t, p, []construction{
		{"held on a day",
			"Міністр оборони України Денис Шмигаль прибув до Литви.\n\nЗустріч міністрів оборони відбулася у вівторок у Вільнюсі. Шмигаль обговорив з Довіле Шакалене постачання дронів.",
			[]string{"CONSULT/visit Денис Шмигаль → Литва @Литва", "CONSULT/meet Денис Шмигаль → Довіле Шакалене @Вільнюс 2026-04-07"}},
		{"to come on a day",
			"Міністр оборони України Денис Шмигаль прибув до Литви.\n\nЗустріч міністрів оборони відбудеться у вівторок у Вільнюсі. Шмигаль обговорив з Довіле Шакалене постачання дронів.",
			[]string{"CONSULT/visit Денис Шмигаль → Литва @Литва", "CONSULT/meet Денис Шмигаль → Довіле Шакалене"}},
	}, pub, datedEvent)
}

// TestS45CAlsoPastSpanDate: an act told with "також" takes the day of the
// doer's act told further back when the sentences between name only a
// date that bounds a span ("набирає чинності з 1 лютого", "приймають до
// 20 січня") or a time still to come ("навесні наступного року"); a day
// the story went on to stops it. A signing with no talks
// of the doer before takes the day of the doer's act of another kind.
func TestS45CAlsoPastSpanDate(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC) // a Saturday
	lead := "Уряд виділив громадам 2 млрд гривень\n\nКабінет міністрів України у п'ятницю виділив 2 млрд гривень прифронтовим громадам на генератори.\n\nПро це повідомила прем'єр-міністерка Юлія Свириденко. "
	also := " «Громади мають мати резерв тепла», – наголосила вона.\n\nТакож Кабмін погодив угоду з Європейським інвестиційним банком про кредит на 300 млн євро."
	checkEventsAs(t, p, []construction{
		{"a span's start between",
			lead + "За її словами, постанова набирає чинності з 1 лютого." + also,
			[]string{"AID Кабінет міністрів України → прифронтові громади 2026-01-02", "AGREE Кабінет міністрів України → Європейський інвестиційний банк 2026-01-02"}},
		{"a span's end between",
			lead + "За її словами, заявки приймають до 20 січня." + also,
			[]string{"AID Кабінет міністрів України → прифронтові громади 2026-01-02", "AGREE Кабінет міністрів України → Європейський інвестиційний банк 2026-01-02"}},
		{"a time to come between",
			lead + "За її словами, перші генератори громади отримають навесні наступного року." + also,
			[]string{"AID Кабінет міністрів України → прифронтові громади 2026-01-02", "AGREE Кабінет міністрів України → Європейський інвестиційний банк 2026-01-02"}},
		{"a day gone by between",
			lead + "За її словами, перелік громад склали ще 30 грудня." + also,
			[]string{"AID Кабінет міністрів України → прифронтові громади 2026-01-02", "AGREE Кабінет міністрів України → Європейський інвестиційний банк"}},
	}, pub, datedEvent)
}

// TestS45COccasionPastPlan: an act set at the occasion of a one-day
// report ("Під час візиту польська делегація передала …") takes the
// report's day though a sentence between names a month still to come (a
// plan: "першу літню школу проведуть у липні"); one gone by leaves it
// undated, the text telling of more than that day.
func TestS45COccasionPastPlan(t *testing.T) {
	p := load(t)
	pub := time.Date(2025, 10, 22, 0, 0, 0, 0, time.UTC) // a Wednesday
	lead := "Львів і Люблін підписали меморандум\n\nЛьвів і Люблін у вівторок підписали меморандум про партнерство.\n\n"
	visit := "\n\nПід час візиту польська делегація передала Львову обладнання для лікарні."
	checkEventsAs(t, p, []construction{
		{"a month to come between",
			lead + "Перший спільний фестиваль міста проведуть у липні наступного року." + visit,
			[]string{"AGREE Львів,Люблін →  2025-10-21", "AID польська делегація → Львів 2025-10-21"}},
		{"a month gone by between",
			lead + "Перший спільний фестиваль міста провели ще в липні." + visit,
			[]string{"AGREE Львів,Люблін →  2025-10-21", "AID польська делегація → Львів"}},
	}, pub, datedEvent)
}
