package pipeline_test

import (
	"testing"
	"time"
)

// Session 56, helper h56i: the people whose care or schooling a giver
// pays for are whom the aid reaches.

// TestS56IWorkReceivers: after a verb of funding (фінансувати,
// спонсорувати, оплатити, взяти на себе витрати) the work or care noun
// (лікування, реабілітація, навчання, харчування …) is followed by the
// people it is for in the genitive, with their adjectives and numeral:
// they receive the aid. A town or a building after the work noun is no
// receiver, nor is a noun of things.
func TestS56IWorkReceivers(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"профінансувати харчування + people",
			"Благодійний фонд «Світанок» профінансував харчування переселенців у Вінниці.",
			[]string{"AID Благодійний фонд «Світанок» → переселенці @Вінниця"}},
		{"оплатити навчання + people with a genitive of people",
			"Компанія «Енергоатом» оплатила навчання дітей загиблих енергетиків.",
			[]string{"AID Енергоатом → діти загиблих енергетиків"}},
		{"спонсорувати оздоровлення + a round hundred",
			"Фонд «Рідні» спонсорував оздоровлення трьохсот школярів.",
			[]string{"AID Фонд «Рідні» → триста школярів"}},
		{"взяти на себе витрати на проживання",
			"Уряд Ірландії взяв на себе витрати на проживання українських біженців.",
			[]string{"AID Ірландія → українські біженці"}},
		{"a participle read as a noun before the people",
			"Естонія профінансує реабілітацію поранених українських захисників.",
			[]string{"AID Естонія → поранені українські захисники [future]"}},
		{"the giver's own people are no receivers",
			"Компанія «Енергоатом» оплатила лікування своїх працівників.",
			[]string{"AID Енергоатом → "}},
		{"компенсувати витрати на лікування + people",
			"Міністерство охорони здоров'я компенсує витрати на лікування поранених добровольців.",
			[]string{"AID Міністерство охорони здоров'я → поранені добровольці"}},
		{"компенсувати витрати на харчування + people with a number word",
			"Польща відшкодувала витрати на харчування п'ятисот українських дітей.",
			[]string{"AID Польща → п'ятсот українських дітей"}},
		{"a participle read as a noun before an adjective of people",
			"Уряд Данії взяв на себе витрати на лікування поранених українських бійців.",
			[]string{"AID Данія → поранені українські бійці"}},
	}, time.Time{})
}
