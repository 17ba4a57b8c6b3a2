package pipeline_test

import (
	"testing"
	"time"
)

// TestS43BLeadDay: an event of the headline that the lead does not tell
// again by an event of its own takes the one day the lead names; a
// dateline's day is not the lead's, and a lead naming two days, or a
// headline in the present, leaves it undated.
func TestS43BLeadDay(t *testing.T) {
	p := load(t)
	thu := time.Date(2026, 4, 23, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the lead's day",
			"Пікетувальники заблокували трасу біля Кременчука\nУ середу на в'їзді до міста зібралися понад сотня водіїв вантажівок. Вони вимагали відремонтувати міст через Дніпро.",
			[]string{"PROTEST Пікетувальники →  @Кременчук on 2026-04-22"}},
		{"the lead's day in its second sentence",
			"Антимонопольний комітет оштрафував двох забудовників\nНа двох забудовників накладено штрафи на 12 млн гривень. Відповідне рішення ухвалено у вівторок.",
			[]string{"COERCE Антимонопольний комітет → двоє забудовників on 2026-04-21"}},
		{"a dateline's day",
			"Пікетувальники заблокували трасу біля Кременчука\nКРЕМЕНЧУК, 23 квітня. На в'їзді до міста зібралися понад сотня водіїв вантажівок.",
			[]string{"PROTEST Пікетувальники →  @Кременчук on "}},
		{"two days in the lead",
			"Пікетувальники заблокували трасу біля Кременчука\nУ середу на в'їзді до міста зібралися водії, яких у понеділок звільнили з підприємства.",
			[]string{"PROTEST Пікетувальники →  @Кременчук on "}},
		{"the second item of a headline",
			"Водії вантажівок заблокували трасу, поліція затримала організатора\nУ середу на в'їзді до Кременчука зібралися понад сотня водіїв вантажівок.",
			[]string{"PROTEST Водії вантажівок →  on 2026-04-22", "COERCE поліція → організатор on "}},
		{"the day of a source line",
			"Польща передала Львову 50 генераторів\nНа площі Ринок місту вручили 50 генераторів від польського уряду. Про це у вівторок повідомила міська рада.",
			[]string{"AID Польща → Львів on "}},
		{"the day of a document in a source line",
			"Антимонопольний комітет оштрафував двох забудовників\nНа двох забудовників накладено штрафи на 12 млн гривень. Про це свідчить рішення комітету від 14 квітня.",
			[]string{"COERCE Антимонопольний комітет → двоє забудовників on 2026-04-14"}},
	}, thu, eventDated)
}
