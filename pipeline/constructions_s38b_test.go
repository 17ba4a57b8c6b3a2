package pipeline_test

import (
	"testing"
	"time"
)

// TestS38BWhiteHouse checks that a venue named by a capitalised adjective
// and дім (`у Білому домі`) is a place, not a person `Білий`.
func TestS38BWhiteHouse(t *testing.T) {
	p := load(t)
	wed := time.Date(2025, 10, 29, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"after the partner",
			"Президент Петро Коваль у середу провів переговори з президентом США Яном Новаком у Білому домі.",
			[]string{"CONSULT/meet Петро Коваль → Ян Новак @Білий дім on 2025-10-29"}},
	}, wed, eventDated)
}

// TestS38BForumHeldIn checks that taking part in a gathering whose place
// its relative clause tells (`взяв участь у форумі «…», що відбувся в
// Королівському замку`) is placed there, past a quoted name with a colon.
func TestS38BForumHeldIn(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a quoted name",
			"Міністр Петро Коваль узяв участь у форумі «Україна – Польща: безпека разом», що відбувся в Королівському замку.",
			[]string{"CONSULT/multilateral Петро Коваль →  @Королівський замок on "}},
		{"a town",
			"Міністр Петро Коваль узяв участь у форумі з безпеки, що відбувся у Вроцлаві.",
			[]string{"CONSULT/multilateral Петро Коваль →  @Вроцлав on "}},
	}, wed, eventDated)
}

// TestS38BMarginsPlace checks that a meeting `На полях форуму` takes the
// place of the forum told before even when no day is told.
func TestS38BMarginsPlace(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a forum in a castle",
			"Міністр Петро Коваль узяв участь у форумі з безпеки, що відбувся в Королівському замку. На полях форуму Коваль провів зустріч із маршалком Сейму Яном Новаком.",
			[]string{"CONSULT/multilateral Петро Коваль →  @Королівський замок on ", "CONSULT/meet Петро Коваль → Ян Новак @Королівський замок on "}},
	}, wed, eventDated)
}

// TestS38BCapitalNamedBefore checks that `до столиці Фінляндії` and `У
// фінській столиці` are the Гельсінкі the text named before in a sentence
// of its own, not the country.
func TestS38BCapitalNamedBefore(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 2, 11, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the capital of the country, then the country's adjective",
			"Президент Петро Коваль у середу взяв участь у саміті, що відбувся в Гельсінкі. Напередодні ввечері Коваль прибув до столиці Фінляндії. У фінській столиці Коваль також зустрівся з прем'єр-міністром Швеції Яном Новаком.",
			[]string{"CONSULT/multilateral Петро Коваль →  @Гельсінкі on 2026-02-11", "CONSULT/visit Петро Коваль → Гельсінкі @Гельсінкі on 2026-02-10", "CONSULT/meet Петро Коваль → Ян Новак @Гельсінкі on 2026-02-10"}},
	}, wed, eventDated)
}

// TestS38BCapitalVisited checks that a meeting placed in a country (`У
// рамках візиту до Австрії … зустрівся`) is placed in the capital where
// the text placed an event before, and stays in the country otherwise.
func TestS38BCapitalVisited(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 3, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"talks in the capital before",
			"Міністр Петро Коваль у четвер провів переговори з міністеркою закордонних справ Австрії Анною Новак у Відні. У рамках візиту до Австрії Коваль також зустрівся з канцлером Австрії Яном Бергом.",
			[]string{"CONSULT/meet Петро Коваль → Анна Новак @Відень on 2026-04-02", "CONSULT/visit Петро Коваль → Австрія @Відень on 2026-04-02", "CONSULT/meet Петро Коваль → Ян Берг @Відень on 2026-04-02"}},
		{"no town told",
			"Міністр Петро Коваль у четвер провів переговори з міністеркою закордонних справ Австрії Анною Новак. У рамках візиту до Австрії Коваль також зустрівся з канцлером Австрії Яном Бергом.",
			[]string{"CONSULT/meet Петро Коваль → Анна Новак on 2026-04-02", "CONSULT/visit Петро Коваль → Австрія @Австрія on 2026-04-02", "CONSULT/meet Петро Коваль → Ян Берг @Австрія on 2026-04-02"}},
	}, fri, eventDated)
}

// TestS38BAdminSeat checks that a meeting held in a regional
// administration (`в обласній державній адміністрації`, `У приміщенні
// Сумської ОВА`) is placed in the oblast centre named last, or in the town
// the body's name is made from, not in the dateline's town.
func TestS38BAdminSeat(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 3, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the regional administration, the dateline's town",
			"ЛЬВІВ, 3 квітня. /Укрінформ/. Депутати обласної ради в четвер ухвалили бюджет.\nПісля сесії в обласній державній адміністрації голова ОВА Петро Коваль зустрівся з послом Канади Яною Новак.",
			[]string{"CONSULT/meet Петро Коваль → Яна Новак @Львів on "}},
		{"a body named in the genitive",
			"ПОЛТАВА, 3 квітня. /Укрінформ/. Голова Полтавської ОВА Петро Коваль у четвер провів нараду з мерами громад.\nУ приміщенні Сумської ОВА голова адміністрації Ян Новак провів зустріч з представниками ООН.",
			[]string{"CONSULT/meet Петро Коваль → мери громад @Полтава on 2026-04-02", "CONSULT/meet Ян Новак → ООН @Суми on "}},
	}, fri, eventDated)
}

// TestS38BProtestByNationalSeat checks that a protest by the walls of a
// national body (`під стінами Верховної Ради`) is placed at the body, as
// a meeting `у Верховній Раді` is, with no town assumed.
func TestS38BProtestByNationalSeat(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 4, 22, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the walls before the verb",
			"Тим часом під стінами Верховної Ради кілька сотень енергетиків протестували проти заборгованості із зарплати.",
			[]string{"PROTEST кілька сотень енергетиків →  @Верховна Рада on "}},
	}, wed, eventDated)
}
