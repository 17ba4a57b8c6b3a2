package entity

import "testing"

// TestCouncilAcronymOf checks that a council's contracted name, its full
// name and a bare contracted word are one body when the place agrees.
func TestCouncilAcronymOf(t *testing.T) {
	for _, tt := range []struct {
		short, long string
		want        bool
	}{
		{"Житомирська облрада", "Житомирська обласна рада", true},
		{"Полтавська міськрада", "Полтавська міська рада", true},
		{"Ніжинська райрада", "Ніжинська районна рада", true},
		{"Бузька сільрада", "Бузька сільська рада", true},
		{"Гостомельська селищрада", "Гостомельська селищна рада", true},
		{"Івано-Франківська міськрада", "Івано-Франківська міська рада", true},
		{"міськрада", "Полтавська міська рада", true},
		{"облрада", "Житомирська облрада", true},
		{"міська рада", "Полтавська міськрада", true},
		{"Житомирська облрада", "Рівненська обласна рада", false},
		{"Житомирська облрада", "Житомирська міська рада", false},
		{"Житомирська міськрада", "Житомирська облрада", false},
		{"сільрада", "Бузька селищна рада", false},
		{"міськрада", "Полтавська обласна рада", false},
		{"Житомирська облрада", "Житомирська обласна державна адміністрація", false},
		{"облрада", "Житомирська ОДА", false},
		{"ОДА", "Житомирська обласна рада", false},
	} {
		if got := acronymOf(tt.short, tt.long); got != tt.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}

// TestCouncilWords checks the kinds of council contracted words and full
// names give, in any case.
func TestCouncilWords(t *testing.T) {
	for _, tt := range []struct{ word, want string }{
		{"облрада", "облрада"},
		{"облради", "облрада"},
		{"міськраді", "міськрада"},
		{"райрадою", "райрада"},
		{"сільраду", "сільрада"},
		{"селищради", "селищрада"},
		{"облрадник", ""},
		{"рада", ""},
		{"облдержадміністрація", ""},
	} {
		if got := councilWord(tt.word); got != tt.want {
			t.Errorf("councilWord(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	for _, tt := range []struct{ adj, noun, want string }{
		{"обласна", "рада", "облрада"},
		{"міської", "ради", "міськрада"},
		{"районній", "раді", "райрада"},
		{"сільською", "радою", "сільрада"},
		{"селищну", "раду", "селищрада"},
		{"Верховна", "Рада", ""},
		{"міська", "радниця", ""},
		{"обласний", "суд", ""},
	} {
		if got := councilPair(tt.adj, tt.noun); got != tt.want {
			t.Errorf("councilPair(%q, %q) = %q, want %q", tt.adj, tt.noun, got, tt.want)
		}
	}
}
