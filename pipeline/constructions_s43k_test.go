package pipeline_test

import (
	"testing"
	"time"
)

// TestS43KContinuedDay: a sentence with no time of its own that goes on,
// in the same paragraph, with a side of an event told before with a day
// (a pronoun resolved to it counts) is on that day; a time shift between
// ("Раніше", "Через тиждень"), another paragraph that does not open with
// the side (see TestS44CContinuedAcross), a suspicion served
// after an arrest, or a side not shared leaves it undated.
func TestS43KContinuedDay(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 24, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a pronoun going on",
			"Посол Норвегії Ганна Берг у четвер відвідала Миколаїв. Вона зустрілася з міським головою Олександром Сєнкевичем.",
			[]string{"CONSULT/visit Ганна Берг → Миколаїв @Миколаїв on 2026-04-23", "CONSULT/meet Ганна Берг → Олександр Сєнкевич @Миколаїв on 2026-04-23"}},
		{"thanks by the same side",
			"Міністр оборони Данії Троельс Поульсен у середу провів переговори з міністром оборони України Денисом Шмигалем. Шмигаль подякував Данії за нові винищувачі.",
			[]string{"CONSULT/meet Троельс Поульсен → Денис Шмигаль on 2026-04-22", "SUPPORT Денис Шмигаль → Данія on 2026-04-22"}},
		{"a shift between",
			"Посол Норвегії Ганна Берг у четвер відвідала Миколаїв. Раніше вона зустрілася з міським головою Олександром Сєнкевичем.",
			[]string{"CONSULT/visit Ганна Берг → Миколаїв @Миколаїв on 2026-04-23", "CONSULT/meet Ганна Берг → Олександр Сєнкевич @Миколаїв on "}},
		{"a week after",
			"Уряди Литви та України у вівторок підписали угоду про виробництво дронів. Через тиждень литовська сторона передала Україні генератори.",
			[]string{"AGREE Литва,Україна →  on 2026-04-21", "AID Литва → Україна on "}},
		{"another paragraph, not opening with the side",
			"Посол Норвегії Ганна Берг у четвер відвідала Миколаїв.\nЗ міським головою Олександром Сєнкевичем вона зустрілася окремо.",
			[]string{"CONSULT/visit Ганна Берг → Миколаїв @Миколаїв on 2026-04-23", "CONSULT/meet Ганна Берг → Олександр Сєнкевич @Миколаїв on "}},
	}, fri, eventDated)
}

// TestS43KOtherClauseDate: a date the trigger's clause does not govern
// is not its date: one opening a clause joined by ", а" ("…, а в четвер
// має провести переговори"), one of a visit asked for by a verb joined
// after the trigger ("подякував … і запросив відвідати Київ у червні");
// and a name in «» ends no clause, so a month after it takes the tense of
// its own relative clause ("який банк погодив для «Нафтогазу» в
// березні").
func TestS43KOtherClauseDate(t *testing.T) {
	p := load(t)
	thu := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a clause of its own after а",
			"Міністр у середу провів переговори з колегою. Того ж дня він зустрівся з прем'єр-міністром, а в четвер має провести переговори з головою парламенту.",
			[]string{"CONSULT/meet Міністр → колега on 2026-05-13", "CONSULT/meet Міністр → прем'єр-міністр on 2026-05-13", "CONSULT/meet Міністр → голова парламенту [future] on 2026-05-14"}},
		{"a visit asked for by a verb joined after",
			"Прем'єр подякував литовським партнерам за підтримку і запросив їх відвідати Одесу у червні.",
			[]string{"SUPPORT Прем'єр → литовські партнери on ", "REQUEST Прем'єр →  on "}},
		{"a name in quotation marks",
			"Проєкт фінансуватиметься з кредиту ЄБРР на 100 млн євро, який банк схвалив для «Укренерго» у березні.",
			[]string{"AID банк → Укренерго on 2026-03"}},
	}, thu, eventDated)
}
