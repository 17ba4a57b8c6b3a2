package pipeline_test

import (
	"testing"
	"time"
)

// TestS50PTownAbroad: a story set in a capital abroad that VESUM lists
// only as a place (Афіни, Осло, Рига: the gazetteer's Abroad towns) is set
// there as one in a town at home: its rally, its demands and its police
// told with no place of their own are there; a strike on Ukraine a
// speaker there recalls and a court's ruling are not.
func TestS50PTownAbroad(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a rally abroad, demands and the police",
			"В Афінах фермери протестували проти нових податків\nВ Афінах у четвер кілька тисяч фермерів вийшли на акцію протесту під будівлею парламенту.\n\nУчасники акції вимагали скасувати податок на пальне. Поліція затримала чотирьох протестувальників.",
			[]string{"PROTEST кілька тисяч фермерів →  @Афіни", "REQUEST Учасники акції →  @Афіни", "COERCE Поліція → четверо протестувальників @Афіни"}},
		{"a strike recalled and a court abroad",
			"У Ризі відбулася конференція донорів\nУ Ризі у середу відбулася конференція донорів енергетичної безпеки України.\n\nМіністерка енергетики нагадала, що російські удари пошкодили половину теплових станцій. Суд заарештував двох організаторів кібератаки на сайт конференції.",
			[]string{"ASSAULT Росія → ", "COERCE Суд → двоє організаторів кібератаки"}},
	}, time.Time{})
}

// TestS50PGuests: the visitors named by a common noun (гості, делегація)
// are a side of the meeting or the visit of the day told before them, so
// their gift or their talks take its day: "провів зустріч із делегацією
// Люблінського воєводства. Польські гості передали лікарні апарати".
func TestS50PGuests(t *testing.T) {
	p := load(t)
	published := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC) // a Friday
	checkDatedEvents(t, p, []construction{
		{"guests' gift after the meeting",
			"Голова ОВА Віталій Бунечко у середу в Житомирі провів зустріч із делегацією литовського Каунаського повіту.\n\nЛитовські гості передали обласній лікарні три апарати для діалізу.",
			[]string{"CONSULT/meet Віталій Бунечко → Каунаський повіт @Житомир on 2026-04-08", "AID Литовські гості → обласна лікарня on 2026-04-08"}},
	}, published)
}
