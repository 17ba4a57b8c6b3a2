package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// TestS35jDatelineNoYear checks that a dateline whose day has no year
// to resolve it by (no publication date) still gives the lead its town.
func TestS35jDatelineNoYear(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"Town, day. —",
			"Харків, 3 лютого. Поліція затримала підозрюваного у вбивстві.",
			[]string{"COERCE Поліція → підозрюваний @Харків"}},
		{"TOWN, day –",
			"ХАРКІВ, 3 лютого – Поліція затримала підозрюваного у вбивстві.",
			[]string{"COERCE Поліція → підозрюваний @Харків"}},
		{"Town. day. under a headline",
			"Поліція затримала підозрюваного\n\nЛьвів. 5 квітня. Поліція затримала підозрюваного у вбивстві.",
			[]string{"COERCE Поліція → підозрюваний @Львів"}},
		{"a town and a relative day is no dateline",
			"Харків, вчора поліція затримала підозрюваного у вбивстві.",
			[]string{"COERCE поліція → підозрюваний"}},
		{"the next paragraph keeps its own",
			"Харків, 3 лютого. Поліція затримала підозрюваного.\n\nСуд заарештував іншого чоловіка.",
			[]string{"COERCE Поліція → підозрюваний @Харків", "COERCE Суд → чоловік"}},
	}, time.Time{})
}

// TestS35jPaperSays checks that what a paper says in a clause of який
// on it ("ухвалила резолюцію, яка вимагає …") is placed where the main
// clause says the paper was adopted.
func TestS35jPaperSays(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"day and place before the verb, яка вимагає (the paper speaks for the body that passed it)",
			"Парламентська асамблея у середу у Страсбурзі ухвалила резолюцію, яка вимагає від Росії звільнити полонених.",
			[]string{"REQUEST Парламентська асамблея → Росія @Страсбург"}},
		{"an adjective before the paper, в якій",
			"Парламентська асамблея у Страсбурзі ухвалила спільну заяву, в якій вимагає від Росії звільнити полонених.",
			[]string{"REQUEST Парламентська асамблея → Росія @Страсбург"}},
		{"a person after the comma is no paper",
			"Парламентська асамблея у Страсбурзі засудила Росію. Депутат, який вимагає звільнити полонених, виступив у Києві.",
			[]string{"ACCUSE Парламентська асамблея → Росія @Страсбург", "REQUEST Депутат → "}},
	}, time.Time{})
}

// TestS35jGappedDay checks that a second meeting told with the verb left
// out after a day of its own (", а 25 листопада – з …") is a meeting of
// its own on that day, not placed where the first one was.
func TestS35jGappedDay(t *testing.T) {
	withDay := func(x *vistka.Extraction, ev vistka.Event) string { return eventString(x, ev) + " " + ev.Date }
	checkEventsAs(t, load(t), []construction{
		{"day and place, а day – з",
			"Міністр Кулеба зустрівся з Блінкеном 24 листопада в Женеві, а 25 листопада – з Пауеллом.",
			[]string{"CONSULT/meet Кулеба → Блінкен @Женева 2025-11-24", "CONSULT/meet Кулеба → Пауелл 2025-11-25"}},
		{"a weekday, the place opening the sentence holds",
			"У Женеві Кулеба зустрівся з Блінкеном у понеділок, а у вівторок – з Пауеллом.",
			[]string{"CONSULT/meet Кулеба → Блінкен @Женева 2025-11-24", "CONSULT/meet Кулеба → Пауелл @Женева 2025-11-25"}},
		{"one day for both is one meeting",
			"Кулеба зустрівся з Блінкеном і Пауеллом 24 листопада.",
			[]string{"CONSULT/meet Кулеба → Блінкен,Пауелл 2025-11-24"}},
	}, time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC), withDay)
}

// TestS35jSubjectAfterPlace checks that a noun whose genitive singular is
// its nominative plural, right after a town in the locative and before a
// plural verb, is read as the subject, not as the town's genitive.
func TestS35jSubjectAfterPlace(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"під час …, у Town делегації X та Y домовилися",
			"Під час переговорів у Стамбулі делегації України та Росії домовилися про обмін полоненими.",
			[]string{"AGREE Україна,Росія →  @Стамбул"}},
		{"у Town представниці X та Y підписали",
			"У Варшаві представниці України та Польщі підписали меморандум.",
			[]string{"AGREE Україна,Польща →  @Варшава"}},
	}, time.Time{})
}
