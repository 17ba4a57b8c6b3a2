package pipeline_test

import (
	"testing"
	"time"
)

// An attack laid at someone's door by a verb of accusing is an act told
// inside the accusation (session 51, helper h51a): the accused are its
// actors whatever names what it hit after the noun, past the weapons that
// tell what with ("в атаці дронів на"): по or на with a name, a site, a
// place or people, a town, a site or a part of the land in the genitive.
// An attack on an idea ("у нападі на свободу слова") is none. The
// sentences are our own.
func TestAccusedAttackS51a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: shelling of a part of the land in the genitive",
			"Ізраїль звинуватив ХАМАС у ракетному обстрілі півдня країни.",
			[]string{"ACCUSE Ізраїль → ХАМАС", "ASSAULT ХАМАС → "}},
		{"diplomacy desk: shelling of sites in the genitive",
			"МЗС Молдови звинуватило Росію в обстрілах українських портів.",
			[]string{"ACCUSE МЗС Молдови → Росія", "ASSAULT Росія → "}},
		{"border desk: drones between the noun and на",
			"Польща звинуватила Білорусь в атаці дронів на свою територію.",
			[]string{"ACCUSE Польща → Білорусь", "ASSAULT Білорусь → "}},
		{"cyber desk: an attack on a body's network",
			"Уряд Чехії звинуватив Китай у кібератаці на мережу МЗС.",
			[]string{"ACCUSE Чехія → Китай", "ASSAULT Китай → "}},
		{"courts desk: обвинувачувати as звинувачувати",
			"Прокуратура обвинувачує росіян в обстрілі Херсона.",
			[]string{"ACCUSE Прокуратура → росіяни", "ASSAULT росіяни → Херсон @Херсон"}},
		{"politics desk: an attack on an idea is no assault",
			"Депутат звинуватив Зеленського в атаках на бізнес.",
			[]string{"ACCUSE Депутат → Зеленський"}},
	}, wed)
}

// Aid told inside an agreement (session 51, helper h51a): a relative
// clause on the agreement (", відповідно до якої", ", за якою") that
// tells one party's giving with no one named to get it gives to the other
// parties; a union of states the model reads as a place gives as a donor
// in an agreement about giving money. The sentences are our own.
func TestAgreedAidS51a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"economy desk: the giver of an agreement's clause gives to the other party",
			"Україна та Японія уклали угоду, відповідно до якої Японія надасть 4,5 млрд доларів.",
			[]string{"AGREE Україна,Японія → ", "AID Японія → Україна [future]"}},
		{"economy desk: the union of states as a donor",
			"ЄС та Україна підписали угоду про надання Україні 1,5 млрд євро.",
			[]string{"AGREE ЄС,Україна → ", "AID ЄС → Україна"}},
		{"a recipient named in the clause stays",
			"Польща та Литва підписали угоду, за якою Польща надасть Україні 30 млн євро.",
			[]string{"AGREE Польща,Литва → ", "AID Польща → Україна [future]"}},
	}, wed)
}

// A promise of an act told by its infinitive (session 51, helper h51a):
// the noun after the infinitive is the infinitive's, so the promise adds
// no aid of its own besides the giving it is of. A promise with no
// infinitive stays the aid. The sentences are our own.
func TestPromisedActS51a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"diplomacy desk: a package promised to be handed over",
			"Сікорський пообіцяв передати Україні ще один пакет допомоги.",
			[]string{"AID Сікорський → Україна [future]"}},
		{"city desk: a council's promise to allot help",
			"Міська рада пообіцяла виділити родині пенсіонерки матеріальну допомогу на ремонт даху.",
			[]string{"AID Міська рада → родина пенсіонерки [future]"}},
		{"a promise of aid with no infinitive is the aid",
			"Партнери пообіцяли Україні 40 млрд євро допомоги.",
			[]string{"AID Партнери → Україна"}},
	}, wed)
}
