package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file come from the study golds' place errors
// of session 54 (a strike or a visit in a district of a town placed in
// the district, where the golds give the town). The sentences are our
// own.

// TestS54KCityDistrict checks that an event set in a district of a town
// named with it, in the genitive after it ("Київський район Харкова", one
// name or two to the tagger) or as "міста" after a town named before, is
// placed in the town; and that an oblast's district, named with its
// oblast or alone, keeps its place.
func TestS54KCityDistrict(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the town in the genitive after the district, an accusative target",
			"Ворожі дрони атакували Індустріальний район Харкова в ніч на суботу.",
			[]string{"ASSAULT Ворожі дрони → Індустріальний район @Харків"}},
		{"the town in the genitive after the district, a detention",
			"Поліцейські затримали чоловіка в Оболонському районі Києва у неділю.",
			[]string{"COERCE Поліцейські → чоловік @Київ"}},
		{"міста after the district, the town named in the sentence before",
			"Уночі росіяни атакували Миколаїв ударними дронами. За словами мера, окупанти завдали удару по Заводському району міста.",
			[]string{"ASSAULT росіяни → Миколаїв @Миколаїв", "ASSAULT окупанти → Заводський район @Миколаїв"}},
		{"міста after the district, the town named before it in the sentence",
			"У Запоріжжі мер Іван Федоров зустрівся з мешканцями у Шевченківському районі міста в четвер.",
			[]string{"CONSULT/meet Іван Федоров → мешканці @Запоріжжя"}},
		{"міста and the town's name after the district",
			"Окупанти вдарили керованими авіабомбами по Слобідському району міста Харкова.",
			[]string{"ASSAULT Окупанти → Слобідський район @Харків"}},
		{"an oblast's district named with its oblast keeps its place",
			"Окупанти вдарили ракетою по Бучанському району Київської області у вівторок.",
			[]string{"ASSAULT Окупанти → Бучанський район @Бучанський район"}},
	}
	checkEventsAs(t, p, tests, time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), eventString)
}

// TestS54KEnvoysPost checks that a country after the title of an envoy or
// of an office posted there (посол, представник, представництво, місія)
// is the post, not the act's place, as a place in an actor's name gives
// none; that a town after such a title is where the act was; and that a
// meeting with the envoy keeps the country it was held in.
func TestS54KEnvoysPost(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"thanks to an office posted to a country",
			"Губернатор подякував представництву ЮНІСЕФ в Україні за генератори.",
			[]string{"SUPPORT Губернатор → представництво ЮНІСЕФ"}},
		{"the head of a mission posted to a country condemns",
			"Голова Моніторингової місії ООН з прав людини в Україні засудила обстріл лікарні.",
			[]string{"ACCUSE Голова Моніторингової місії ООН → "}},
		{"a town after the envoy's title is where he was summoned",
			"МЗС Польщі викликало посла Білорусі у Варшаві.",
			[]string{"ACCUSE МЗС Польщі → Білорусь @Варшава"}},
		{"a meeting with the envoy is held in the country of his post",
			"Прем'єр-міністр зустрілася з послом Франції в Україні.",
			[]string{"CONSULT/meet Прем'єр-міністр → Франція @Україна"}},
	}
	checkEventsAs(t, p, tests, time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), eventString)
}
