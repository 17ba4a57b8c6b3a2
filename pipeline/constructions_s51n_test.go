package pipeline_test

import "testing"

// TestS51nNameOfTheComplement checks that a name in the genitive after a
// title whose head is in the nominative but whose complement is a
// person's noun in the genitive (радник прем'єр-міністра Польщі) is the
// complement's person, brought to the nominative, not a name that does
// not decline.
func TestS51nNameOfTheComplement(t *testing.T) {
	checkNames(t, []namesCase{
		{"adviser to the prime minister",
			"Радник прем'єр-міністра Польщі Дональда Туска дав інтерв'ю агентству.",
			[]string{"PERS:Дональд Туск"}, []string{"PERS:Дональда Туска"}},
		{"spokesman of the president",
			"Речник президента Франції Еммануеля Макрона відмовився від коментарів.",
			[]string{"PERS:Еммануель Макрон"}, []string{"PERS:Еммануеля Макрона"}},
		{"a foreign name that does not decline stays",
			"Міністр оборони Литви Довіле Шакалєне відвідала Київ.",
			[]string{"PERS:Довіле Шакалєне"}, nil},
	})
}
