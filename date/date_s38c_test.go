package date_test

import (
	"testing"
	"time"
)

// TestS38CDatelineDay: under a dateline whose day is one to three days
// before the publication day (`ХАРКІВ, 3 березня /Укрінформ/.` in a story
// published on 4 March) the relative words count from the dateline's day,
// the day the report was filed: `Вночі` and `сьогодні` are the 3rd,
// `вчора` the 2nd, `завтра` the 4th, `у вівторок` the Tuesday on or
// before it. A dateline on the day of publication, one further back, a
// date in the body and a line that is no dateline change nothing.
func TestS38CDatelineDay(t *testing.T) {
	wed := time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC)
	tests := []findCase{
		{"night under the dateline", wed, "Удар по Харкову\nХАРКІВ, 3 березня /Укрінформ/. Вночі російські війська атакували Харків.",
			[]want{{"3 березня", "2026-03-03", false, "day"}, {"Вночі", "2026-03-03", true, "day"}}},
		{"a headline's night before the dateline", wed, "Синєгубов: вночі росіяни атакували Харків\nХАРКІВ, 3 березня /Укрінформ/. Вночі російські війська атакували Харків.",
			[]want{{"вночі", "2026-03-03", true, "day"}, {"3 березня", "2026-03-03", false, "day"}, {"Вночі", "2026-03-03", true, "day"}}},
		{"yesterday under the dateline", wed, "Удар по Харкову\nХАРКІВ, 3 березня /Укрінформ/. Вчора ввечері окупанти обстріляли Куп'янськ.",
			[]want{{"3 березня", "2026-03-03", false, "day"}, {"Вчора", "2026-03-02", true, "day"}}},
		{"Interfax dateline, tomorrow", wed, "КИЇВ. 3 березня. ІНТЕРФАКС-УКРАЇНА. Завтра прем'єрка має взяти участь у форумі.",
			[]want{{"3 березня", "2026-03-03", false, "day"}, {"Завтра", "2026-03-04", true, "day"}}},
		{"a weekday under the dateline", wed, "ВАРШАВА, 3 березня /Укрінформ/. Прем'єрка у вівторок прибула до Варшави.",
			[]want{{"3 березня", "2026-03-03", false, "day"}, {"вівторок", "2026-03-03", true, "day"}}},
		{"dateline on the day of publication", wed, "ХАРКІВ, 4 березня /Укрінформ/. Вчора окупанти обстріляли Куп'янськ.",
			[]want{{"4 березня", "2026-03-04", false, "day"}, {"Вчора", "2026-03-03", true, "day"}}},
		{"dateline a week back", wed, "ХАРКІВ, 25 лютого /Укрінформ/. Вчора окупанти обстріляли Куп'янськ.",
			[]want{{"25 лютого", "2026-02-25", false, "day"}, {"Вчора", "2026-03-03", true, "day"}}},
		{"a date in the body", wed, "Мер Харкова 3 березня оглянув будинок. Вчора окупанти обстріляли Куп'янськ.",
			[]want{{"3 березня", "2026-03-03", false, "day"}, {"Вчора", "2026-03-03", true, "day"}}},
		{"a lower-case opening", wed, "Учора, 3 березня, мер оглянув будинок. Вчора окупанти обстріляли Куп'янськ.",
			[]want{{"Учора", "2026-03-03", true, "day"}, {"3 березня", "2026-03-03", false, "day"}, {"Вчора", "2026-03-03", true, "day"}}},
	}
	runFindCases(t, tests)
}
