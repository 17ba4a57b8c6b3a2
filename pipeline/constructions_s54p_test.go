package pipeline_test

import (
	"testing"
	"time"
)

// A town named right before its region, each in a place phrase of its
// own, is where the act was (session 54, helper h54p, from a census of
// the places of NER-UK's news and press texts): "У Броварах на Київщині",
// "біля містечка Пилявці на Поділлі", "Під Бахмутом на Донеччині", "у селі
// Петрівка в Полтавській області"; the region only says where the town
// is, and the golds give the town first. The sentences are our own.
func TestTownBeforeRegionS54p(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"police desk: a town and its region's noun",
			"У Броварах на Київщині поліцейські затримали двох грабіжників.",
			[]string{"COERCE поліцейські → двоє грабіжників @Бровари"}},
		{"war desk: a village near which, and its region",
			"Поблизу села Весела Гора на Луганщині бойовики обстріляли колону.",
			[]string{"ASSAULT бойовики →  @Весела Гора"}},
		{"war desk: a town under which, and its region",
			"Під Бахмутом на Донеччині росіяни атакували позиції бригади.",
			[]string{"ASSAULT росіяни →  @Бахмут"}},
		{"police desk: a village and its oblast",
			"У селі Петрівка в Полтавській області поліцейські затримали грабіжника.",
			[]string{"COERCE поліцейські → грабіжник @Петрівка"}},
		{"history desk: a battle near a small town of a land",
			"Біля містечка Пилявці на Поділлі козацьке військо розбило поляків.",
			[]string{"ASSAULT козацьке військо → поляки @Пилявці"}},
		{"the region alone stays the place",
			"На Київщині поліцейські затримали двох грабіжників.",
			[]string{"COERCE поліцейські → двоє грабіжників @Київщина"}},
	}, wed)
}

// A place named after урочище or фортеця, the words for its kind, is
// that place, as after село or місто (session 54, helper h54p, from
// NER-UK's history texts): "в урочищі Жовті Води розбили", "почали облогу
// фортеці Замостя". The sentences are our own.
func TestPlaceKindS54p(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"history desk: a battle in a named tract",
			"Навесні в урочищі Жовті Води козаки розбили польський загін.",
			[]string{"ASSAULT козаки → польський загін @Жовті Води"}},
		{"police desk: poachers held in a named tract",
			"Лісники затримали браконьєрів в урочищі Холодний Яр.",
			[]string{"COERCE Лісники → браконьєри @Холодний Яр"}},
		{"history desk: the siege of a named fortress",
			"У жовтні повстанці почали облогу польської фортеці Замостя.",
			[]string{"ASSAULT повстанці → Замостя @Замостя"}},
	}, wed)
}
