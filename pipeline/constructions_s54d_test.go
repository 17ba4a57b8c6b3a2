package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file come from a census of event dates over
// the NER-UK news texts of the snapshot corpus in session 54 (texts
// nobody here wrote): a third of its court and regulator reports give
// the ruling's day only in the source line after the lead, "Про це
// свідчить рішення суду від …". The sentences are our own.

// TestS54DRulingLine checks that a source line citing a dated ruling with
// свідчити dates the ruling body's undated acts as one with йтися does;
// that a court's compound (райсуд, госпсуд) and the bare суд or a judge
// are one court; and that a case the body opened, another court's act and
// a suspect's doing keep no date.
func TestS54DRulingLine(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"свідчить рішення: the court's orders before and after the line",
			"Господарський суд Волинської області зобов'язав ТОВ «Меридіан» повернути громаді два гектари землі. Про це свідчить рішення суду від 14 жовтня. Раніше сільрада подала позов. Суд стягнув з фірми 120 тис. грн.",
			[]string{"COERCE Господарський суд Волинської області → ТОВ «Меридіан» on 2026-10-14", "ACCUSE сільрада → ", "COERCE Господарський суд Волинської області → фірма on 2026-10-14"}},
		{"свідчить постанова of a named regional office; the check it opened keeps no date",
			"Полтавське територіальне відділення АМКУ оштрафувало ТОВ «Ґрунтобуд» на 90 тис. грн. Про це свідчить рішення відділення від 3 вересня. Відділення ініціювало перевірку після скарги депутата.",
			[]string{"COERCE Полтавське територіальне відділення АМКУ → ТОВ «Ґрунтобуд» on 2026-09-03", "ACCUSE Полтавське територіальне відділення АМКУ → "}},
		{"a bare суд of the lead and the line's райсуд are one court",
			"Суд визнав Степана Гнатюка винним у службовій недбалості. Про це свідчить вирок Бродівського райсуду від 21 травня.",
			[]string{"ACCUSE Суд → Степан Гнатюк on 2026-05-21"}},
		{"a райсуд of the lead and the line's суд are one court",
			"Самбірський райсуд призначив Ользі Дмитрук штраф у 17 тис. грн. Про це свідчить вирок суду від 8 червня.",
			[]string{"COERCE Самбірський райсуд → Ольга Дмитрук on 2026-06-08"}},
		{"two compounds are two courts",
			"Окружний адмінсуд заборонив міськраді продавати ділянку. Про це свідчить ухвала Личаківського райсуду від 2 липня.",
			[]string{"COERCE Окружний адмінсуд → міськрада"}},
		{"what police do is not the court's ruling",
			"Поліція зареєструвала кримінальне провадження щодо директора комунального підприємства. Про це свідчить ухвала Рівненського міського суду від 11 березня.",
			[]string{"ACCUSE Поліція → "}},
	}
	checkDatedEvents(t, p, tests, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
}

// TestS54DRegionalOffice checks that a regulator's regional office named
// by its short form (ОТВ) or its compound (тервідділення) is the
// відділення whose decision the line dates.
func TestS54DRegionalOffice(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"ОТВ",
			"Рівненське ОТВ АМКУ наклало 54 тис. грн штрафу на ТОВ «Дорбуд-Захід». Про це свідчить рішення відділення від 17 квітня.",
			[]string{"COERCE Рівненське ОТВ АМКУ → ТОВ «Дорбуд-Захід» on 2026-04-17"}},
		{"тервідділення",
			"Адмінколегія Сумського тервідділення АМКУ оштрафувала ТОВ «Агроресурс» на 200 тис. грн. Про це свідчить рішення відділення від 6 травня.",
			[]string{"COERCE Адмінколегія Сумського тервідділення АМКУ → ТОВ «Агроресурс» on 2026-05-06"}},
	}
	checkDatedEvents(t, p, tests, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
}
