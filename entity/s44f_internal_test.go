package entity

import "testing"

// TestContractionFits: a brand made of the first letters of two or more
// words of a company's name in their order fits it; one word's prefix
// alone, letters out of order or single letters do not.
func TestContractionFits(t *testing.T) {
	for _, tt := range []struct {
		short, name string
		want        bool
	}{
		{"Укрзалізниця", "ПрАТ «Українська залізниця»", true},
		{"Укрпошта", "АТ «Українська пошта»", true},
		{"Нафтогаз", "НАК «Нафтогаз України»", false}, // one word's prefix
		{"Залізукр", "ПрАТ «Українська залізниця»", false},
		{"УЗ", "ПрАТ «Українська залізниця»", false}, // an acronym is bracketed's
		{"Укрбуд", "ТОВ «Українська залізниця»", false},
	} {
		if got := contractionFits(tt.short, tt.name); got != tt.want {
			t.Errorf("contractionFits(%q, %q) = %v, want %v", tt.short, tt.name, got, tt.want)
		}
	}
}
