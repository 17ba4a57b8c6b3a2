package pipeline_test

import (
	"testing"
	"time"
)

// TestS50nAccusedOfShelling checks that an attack laid at someone's door
// by a verb of accusing (звинуватити, звинувачувати X в обстрілі, атаці
// на …) is an ASSAULT of its own besides the ACCUSE, also when the
// accused is told by a noun (окупантів, російських військових) and when
// the target is a town in the genitive; a charge with no place named as
// its target (у нападі на свободу слова) and one with no attack are none.
func TestS50nAccusedOfShelling(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the occupiers, a town in the genitive",
			"Прокуратура звинувачує окупантів в обстрілі Херсона.",
			[]string{"ACCUSE Прокуратура → окупанти", "ASSAULT окупанти → Херсон @Херсон"}},
		{"soldiers with an adjective",
			"Україна звинуватила російських військових в обстрілі Запоріжжя.",
			[]string{"ACCUSE Україна → російські військові", "ASSAULT російські військові → Запоріжжя @Запоріжжя"}},
		{"a named side, a town in the genitive",
			"Москва звинуватила Київ в обстрілі Бєлгорода.",
			[]string{"ACCUSE Москва → Київ", "ASSAULT Київ → Бєлгород @Бєлгород"}},
		{"an attack on freedom",
			"Опозиція звинуватила уряд у нападі на свободу слова.",
			[]string{"ACCUSE Опозиція → уряд"}},
		{"no attack",
			"Прокуратура звинувачує посадовців у розкраданні коштів.",
			[]string{"ACCUSE Прокуратура → посадовці"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS50nGrantAgreed checks that an agreement signed about giving money
// (угоду, меморандум про надання, виділення of a grant, a loan or a sum)
// tells the aid besides the agreement, given by the party that gives
// aid (a bank, a donor state) to the one named in the dative or else to
// the other party; an agreement about services and one with no giver
// among its parties tell no aid.
func TestS50nGrantAgreed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a grant, the bank gives",
			"Уряд України та Світовий банк підписали угоду про надання гранту на 20 млн доларів.",
			[]string{"AGREE Україна,Світовий банк → ", "AID Світовий банк → Україна"}},
		{"a sum to one named in the dative",
			"Японія та Молдова підписали меморандум про виділення Молдові 5 млн доларів.",
			[]string{"AGREE Японія,Молдова → ", "AID Японія → Молдова"}},
		{"services",
			"Японія та Молдова підписали угоду про надання послуг.",
			[]string{"AGREE Японія,Молдова → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
