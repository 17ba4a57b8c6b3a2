package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/pipeline"
)

// The constructions of this file were found reading the event place and
// date errors of the studied news sets (testdata/gold/news3.jsonl,
// news4, news10–news15); the sentences are our own.

func TestPlaceConstructions(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a court named with its city sat there, not in the country a headline names",
			"Суд у Франції засудив українця до двох років\n\nАпеляційний суд Ліона у вівторок засудив громадянина України Олега Мельника до двох років позбавлення волі.",
			[]string{"ACCUSE Апеляційний суд Ліона → Олег Мельник @Ліон"}},
		{"a court of a country has no city",
			"Верховний суд України у вівторок засудив Олега Мельника до двох років.",
			[]string{"ACCUSE Верховний суд України → Олег Мельник"}},
		{"a town struck that the tagger took for a person is where",
			"Уночі російські війська атакували дронами Ізмаїл.",
			[]string{"ASSAULT російські війська → Ізмаїл @Ізмаїл"}},
		{"a border crossing named in quotation marks is where it was blocked",
			"Польські фермери у п'ятницю заблокували рух вантажівок через пункт пропуску «Ягодин – Дорогуськ». Водії попередили, що заблокують рух до пункту пропуску «Шегині – Медика».",
			[]string{"PROTEST Польські фермери →  @пункт пропуску «Ягодин – Дорогуськ»", "PROTEST Водії →  @пункт пропуску «Шегині – Медика» [future]"}},
		{"a named direction of the front before the verb is where the fighting was, tagged or not",
			"На Лиманському напрямку окупанти двічі атакували позиції ЗСУ.",
			[]string{"ASSAULT окупанти → ЗСУ @Лиманський напрямок"}},
		{"an untagged direction of the front",
			"За минулу добу на Куп'янському напрямку росіяни 14 разів атакували позиції Сил оборони.",
			[]string{"ASSAULT росіяни → Сили оборони @Куп'янський напрямок"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestDateConstructions(t *testing.T) {
	p := load(t)
	pub := time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC) // a Sunday
	tests := []construction{
		{"a statement a source line dates by its publication dates the lead",
			"МЗС України звинуватило Білорусь у провокації на кордоні.\n\nПро це йдеться в заяві МЗС, оприлюдненій у четвер.",
			[]string{"ACCUSE МЗС України → Білорусь on 2025-11-27"}},
		{"an arrest by unnamed doers in a relative clause is not of its main clause's day",
			"Прокуратура у понеділок звернулася до Польщі із запитом про екстрадицію бізнесмена Олега Мельника, якого затримали у Варшаві.",
			[]string{"REQUEST Прокуратура → Польща on 2025-11-24", "COERCE  → Олег Мельник @Варшава"}},
		{"a relative clause whose doer is the main clause's keeps its day",
			"У січні Угорщина заборонила в'їзд трьом командирам ЗСУ, яких звинуватила в утисках угорців.",
			[]string{"SANCTION Угорщина → командир ЗСУ on 2025-01", "ACCUSE Угорщина →  on 2025-01"}},
		{"a year after a future pledge's purpose is when the money is spent: the pledge is of the visit's day",
			"Міністр оборони Нідерландів Рубен Брекельманс у четвер відвідав Харків. Під час візиту Брекельманс заявив, що Нідерланди нададуть Україні додатково 500 млн євро на закупівлю дронів у 2026 році.",
			[]string{"CONSULT/visit Рубен Брекельманс → Харків @Харків on 2025-11-27", "AID Нідерланди → Україна @Харків [future] on 2025-11-27"}},
		{"a year before the verb dates the pledge",
			"Нідерланди у 2026 році нададуть Україні 500 млн євро на закупівлю дронів.",
			[]string{"AID Нідерланди → Україна [future] on 2026"}},
	}
	checkDatedEvents(t, p, tests, pub)
}

// checkDatedEvents is checkEvents with each event's date after it.
func checkDatedEvents(t *testing.T, p *pipeline.Pipeline, tests []construction, pub time.Time) {
	t.Helper()
	checkEventsAs(t, p, tests, pub, func(x *vistka.Extraction, ev vistka.Event) string {
		if ev.Date != "" {
			return eventString(x, ev) + " on " + ev.Date
		}
		return eventString(x, ev)
	})
}
