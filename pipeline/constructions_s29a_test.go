package pipeline_test

import (
	"testing"
	"time"
)

// The sentences of this file were written in the style of Ukrainian
// economic news (the thirty-third news set, testdata/gold/news33.jsonl);
// each states the events the guidelines of testdata/gold/README.md ask
// for.

// TestS29AJointVenture checks that a joint venture, group or register set
// up is cooperation, and that a firm set up alone, joint work under a
// preposition and a joint group only proposed are none.
func TestS29AJointVenture(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a joint venture set up by two firms",
			"«Укрнафта» та угорська MOL створили спільне підприємство для видобутку газу.",
			[]string{"COOPERATE MOL → спільне підприємство"}},
		{"a joint working group set up by two states",
			"Україна та Польща створили спільну робочу групу з питань транзиту.",
			[]string{"COOPERATE Україна,Польща → "}},
		{"a firm set up alone is none",
			"Компанія «Альфа» створила нове підприємство у Львові.",
			nil},
		{"joint work under a preposition is no object of the verb",
			"Уряд створив умови для спільного видобутку газу.",
			nil},
		{"a joint group only proposed sets nothing up",
			"Прем'єр Польщі запропонував створити спільну робочу групу.",
			nil},
	}
	checkEvents(t, p, tests, time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC))
}

// TestS29ALoanAgreed checks that a loan agreed for a borrower named in
// the dative or after для is aid, and one agreed by the sides with no
// borrower, or for a purpose, stays their agreement.
func TestS29ALoanAgreed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a loan agreed for a firm after для",
			"Паралельно ЄБРР погодив кредит у 100 млн євро для «Укргідроенерго» на відновлення ГЕС.",
			[]string{"AID ЄБРР → Укргідроенерго"}},
		{"a tranche agreed for a state in the dative",
			"Рада директорів МВФ погодила Україні транш на 1,1 млрд доларів.",
			[]string{"AID Рада директорів МВФ → Україна"}},
		{"a loan agreed by a minister and a bank is their agreement",
			"Міністр і президент ЄІБ погодили кредит на 400 млн євро.",
			[]string{"AGREE президент ЄІБ → "}},
		{"a loan agreed for a purpose after для stays an agreement",
			"Міністр фінансів провів зустріч з делегацією ЄІБ, під час якої сторони погодили кредит на 400 млн євро для відновлення енергетики.",
			[]string{"CONSULT/meet Міністр фінансів → ЄІБ", "AGREE Міністр фінансів,ЄІБ → "}},
	}
	checkEvents(t, p, tests, time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC))
}
