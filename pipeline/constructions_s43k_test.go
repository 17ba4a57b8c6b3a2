package pipeline_test

import (
	"testing"
	"time"
)

// TestS43KContinuedDay: a sentence with no time of its own that goes on,
// in the same paragraph, with a side of an event told before with a day
// (a pronoun resolved to it counts) is on that day; a time shift between
// ("Раніше", "Через тиждень"), another paragraph, a suspicion served
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
			[]string{"AGREE Литва,Україна →  on 2026-04-21", "AID литовська сторона → Україна on "}},
		{"another paragraph",
			"Посол Норвегії Ганна Берг у четвер відвідала Миколаїв.\nВона зустрілася з міським головою Олександром Сєнкевичем.",
			[]string{"CONSULT/visit Ганна Берг → Миколаїв @Миколаїв on 2026-04-23", "CONSULT/meet Ганна Берг → Олександр Сєнкевич @Миколаїв on "}},
	}, fri, eventDated)
}
