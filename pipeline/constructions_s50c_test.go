package pipeline_test

import (
	"testing"
	"time"
)

// A working trip told by поїздка is a visit, as візит is: made
// (здійснив поїздку) or the frame of what is said (під час поїздки до
// X). The sentences are our own (session 50, helper h50c).
func TestTripVisitS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a minister's working trip made to a region",
			"Міністр аграрної політики Віталій Коваль здійснив робочу поїздку на Херсонщину.",
			[]string{"CONSULT/visit Віталій Коваль → Херсонщина @Херсонщина"}},
		{"a prime minister's trip to a city",
			"Прем'єр-міністерка Юлія Свириденко здійснила робочу поїздку до Харкова.",
			[]string{"CONSULT/visit Юлія Свириденко → Харків @Харків"}},
		{"the trip frames what the guest says",
			"Під час робочої поїздки до Чернігова посол Швеції в Україні Мартін Оберг повідомив про нові проєкти.",
			[]string{"CONSULT/visit Мартін Оберг → Чернігів @Чернігів"}},
		{"a trip paid for by parents is no visit",
			"Поїздку до Польщі юним хокеїстам оплатили батьки.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Talks held (провели зустріч, переговори) by a subject that names three
// states or more, with no partner after з, are a multilateral meeting, as
// such a subject's зустрілися is; a phone call stays a phone call.
func TestManySidesHeldTalksS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"prime ministers of four states held a meeting",
			"Прем'єр-міністри Польщі, Чехії, Словаччини та Угорщини провели зустріч у Будапешті.",
			[]string{"CONSULT/multilateral Польща,Чехія,Словаччина,Угорщина →  @Будапешт"}},
		{"delegations of three states held talks",
			"Делегації України, Молдови та Румунії провели переговори в Одесі.",
			[]string{"CONSULT/multilateral Україна,Молдова,Румунія →  @Одеса"}},
		{"two states met stay a meeting",
			"Делегації України та Молдови провели переговори в Одесі.",
			[]string{"CONSULT/meet Україна,Молдова →  @Одеса"}},
		{"a partner after з makes it their meeting",
			"Міністри економіки Литви, Латвії та Естонії провели зустріч з міністеркою економіки України Юлією Свириденко.",
			[]string{"CONSULT/meet Міністри економіки Литви, Латвії та Естонії → Юлія Свириденко"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
