package pipeline_test

import (
	"testing"
	"time"
)

// The rare event types read by their definitions' classes (session 52,
// helper h52y): PLOVER's RETREAT covers forces withdrawn in either
// aspect or evacuated, property given back (works of art) and people
// taken away given back; SANCTION a bar from a contest and membership
// taken away; CONCEDE a compromise and demands or reservations dropped;
// RETREAT a blockade lifted; COOPERATE joint work of two named sides told
// by спільно or разом, or with a country after разом з; SANCTION a
// treaty's force suspended; THREATEN a retaliation warned of and an answer
// promised to a hostile act. A subject inside a clause of condition
// closed before the verb is not the verb's. The sentences are our own.
func TestRareTypesS52y(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: troops withdrawn in the imperfective",
			"Ізраїль виводить війська з Лівану.",
			[]string{"RETREAT Ізраїль →  @Ліван"}},
		{"war desk: soldiers evacuated",
			"Франція евакуювала своїх військових з Нігеру.",
			[]string{"RETREAT Франція →  @Нігер"}},
		{"rescue desk: residents evacuated are no withdrawal",
			"ДСНС залучила сили та евакуювала 30 людей.",
			nil},
		{"war desk: a ground not seen, in quotes, tells no withdrawal",
			"Москва \"не бачить підстав\" виводити війська зі станції.",
			nil},
		{"culture desk: works of art given back",
			"Німеччина повернула Нігерії бронзові скульптури.",
			[]string{"RETREAT Німеччина → Нігерія"}},
		{"culture desk: a gift of an icon is none",
			"Парафіяни передали храму ікону.",
			nil},
		{"war desk: deported children given back",
			"Росія повернула Україні 20 депортованих дітей.",
			[]string{"RETREAT/release Росія → Україна"}},
		{"sport desk: barred from the Games",
			"МОК відсторонив Росію від Олімпійських ігор.",
			[]string{"SANCTION МОК → Росія"}},
		{"diplomacy desk: membership taken away",
			"Рада Європи позбавила Росію членства.",
			[]string{"SANCTION Рада Європи → Росія"}},
		{"labour desk: a compromise",
			"Уряд пішов на компроміс з аграріями.",
			[]string{"CONCEDE Уряд → "}},
		{"labour desk: demands dropped",
			"Страйкарі зняли свої вимоги.",
			[]string{"CONCEDE Страйкарі → "}},
		{"trade desk: a blockade lifted",
			"Туреччина зняла блокаду з портів.",
			[]string{"RETREAT Туреччина → "}},
		{"defence desk: joint work of two states by спільно",
			"Україна та Данія спільно вироблятимуть дрони.",
			[]string{"COOPERATE Україна,Данія →  [future]"}},
		{"science desk: joint work by разом",
			"Україна та Румунія разом розробили систему захисту.",
			[]string{"COOPERATE Україна,Румунія → "}},
		{"family desk: people by common nouns are none",
			"Батько і син разом створили компанію.",
			nil},
		{"diplomacy desk: a retaliation warned of",
			"Президент Росії попередив, що у відповідь Москва розмістить ракети в Білорусі.",
			[]string{"THREATEN Президент Росії → ", "MOBILIZE Москва →  @Білорусь [future]"}},
		{"diplomacy desk: the answer itself warned of, past the one warned",
			"Китай попередив Тайвань, що відповість силою.",
			[]string{"THREATEN Китай → Тайвань"}},
		{"press desk: answers to inquiries promised are no threat",
			"Міністерство попередило, що відповідатиме на запити журналістів письмово.",
			nil},
		{"city desk: a reply to a request is no threat",
			"Міністр попередив, що у відповідь на прохання громади уряд виділить кошти.",
			nil},
		{"diplomacy desk: an answer promised to a hostile act",
			"Кремль пообіцяв відповісти на розміщення ракет.",
			[]string{"THREATEN Кремль →  [future]"}},
		{"EU desk: the subject of a closed clause of condition is not the next verb's",
			"Польща погрожувала заблокувати угоду, якщо Єврокомісія не змінить квоти, але згодом зняла свої заперечення.",
			[]string{"THREATEN Польща → "}},
		{"diplomacy desk: a treaty's force suspended",
			"Рада ЄС призупинила дію угоди з Грузією.",
			[]string{"SANCTION ЄС → Грузія"}},
		{"courts desk: a law's force suspended is no sanction",
			"Президент призупинив дію указу.",
			nil},
		{"defence desk: a country as a partner of разом з",
			"Естонія разом з Латвією провели навчання.",
			[]string{"COOPERATE Естонія → Латвія"}},
	}, wed)
}
