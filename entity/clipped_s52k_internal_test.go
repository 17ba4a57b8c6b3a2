package entity

import "testing"

// TestMinisterOfClipped: a ministry's clipped name and the minister's
// titles it stands for, and those it does not (session 52, helper h52k).
func TestMinisterOfClipped(t *testing.T) {
	for _, tt := range []struct {
		name, title string
		want        bool
	}{
		{"Мінагрополітики", "міністр аграрної політики та продовольства України", true},
		{"Міноборони", "міністр оборони", true},
		{"Мінфіну", "міністр фінансів", true},
		{"Мін'юст", "міністерка юстиції", true},
		{"Мінцифри", "міністр цифрової трансформації", true},
		{"Мінекономіки", "міністерка економіки", true},
		{"Мінагрополітики", "міністр соціальної політики", false},
		{"Міноборони", "міністр фінансів", false},
		{"Мінфіну", "заступник міністра фінансів", false},
		{"МЗС", "міністр закордонних справ", false},
		{"Мінськ", "міністр енергетики", false},
	} {
		rest, ok := clippedMinistry(tt.name)
		if got := ok && ministerOfClipped(rest, tt.title); got != tt.want {
			t.Errorf("%q for %q: got %v, want %v", tt.name, tt.title, got, tt.want)
		}
	}
}
