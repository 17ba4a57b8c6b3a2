package pipeline_test

import (
	"testing"
	"time"
)

// TestS47PSideMet: an act done by a side of a meeting told that day takes
// the meeting's day even when an act of another kind dated that day is
// told between (the host's thanks: no scene for the guest's invitation) (the README's "the story's day for untied events", session 46:
// "done by a side of the meeting … told before with that day").
func TestS47PSideMet(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у середу 11 March
	checkEventsAs(t, p, []construction{
		{"an invitation after the host's thanks",
			"Президент Казахстану Касим-Жомарт Токаєв у середу провів в Астані переговори з прем'єр-міністром Угорщини Віктором Орбаном.\nПро це повідомляє Укрінформ.\nЗа словами Токаєва, Казахстан готовий збільшити постачання нафти до Угорщини. Він також подякував гостю за підтримку.\n«Угорщина цінує дружбу з Казахстаном», – сказав Орбан.\nПрем'єр Угорщини запросив лідера Казахстану відвідати Будапешт.",
			[]string{"CONSULT/meet Касим-Жомарт Токаєв → Віктор Орбан @Астана 2026-03-11", "SUPPORT Касим-Жомарт Токаєв → гостя 2026-03-11",
				"REQUEST Віктор Орбан → Касим-Жомарт Токаєв,Казахстан 2026-03-11"}},
		{"no side of the meeting: no day",
			"Міністр закордонних справ Литви Кястутіс Будріс у середу прибув до Києва і зустрівся з міністром закордонних справ України Андрієм Сибігою.\n\nТого ж дня російські дрони атакували Одесу.\n\nМер Одеси Геннадій Труханов подякував рятувальникам за роботу.",
			[]string{"CONSULT/visit Кястутіс Будріс → Київ @Київ 2026-03-11", "CONSULT/meet Кястутіс Будріс → Андрій Сибіга @Київ 2026-03-11",
				"ASSAULT російські дрони → Одеса @Одеса 2026-03-11", "SUPPORT Геннадій Труханов → рятувальники"}},
	}, fri, datedEvent)
}
