package entity

import "testing"

// TestS52TClippedCompounds checks that a body's short name made of
// clipped words of its full name, some words left out, linking vowels
// and short endings allowed, is read as that name's, and that a short
// name whose parts the full name does not hold, or a full name with a
// quoted name in it, is not.
func TestS52TClippedCompounds(t *testing.T) {
	for _, tt := range []struct {
		short, long string
		want        bool
	}{
		{"Мінагрополітики", "Міністерство аграрної політики та продовольства", true},
		{"Мінцифри", "Міністерство цифрової трансформації", true},
		{"Міненерго", "Міністерство енергетики України", true},
		{"Мінветеранів", "Міністерство у справах ветеранів", true},
		{"Мінрозвитку", "Міністерство розвитку громад та територій", true},
		{"Держпраці", "Державна служба України з питань праці", true},
		{"Держгеокадастр", "Державна служба з питань геодезії, картографії та кадастру", true},
		{"Держгеонадра", "Державна служба геології та надр", true},
		{"Київрада", "Київська міська рада", true},
		{"Коордштаб", "Координаційний штаб з питань поводження з військовополоненими", true},
		{"Мінагрополітики", "Міністерство соціальної політики", false},
		{"Держпраці", "Державна служба з надзвичайних ситуацій", false},
		{"Мінекономіки", "Міністерство економічного розвитку", false},
		{"Міненерго", "Міністерство екології", false},
		{"Міноборони", "Міністерства оборони «Укрвійськбуд»", false},
	} {
		if got := syllabicOf(tt.short, tt.long); got != tt.want {
			t.Errorf("syllabicOf(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}
