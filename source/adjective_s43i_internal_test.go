package source

import "testing"

func TestNominativeAdjective(t *testing.T) {
	for _, tt := range []struct {
		w      string
		gender byte
		want   string
		ok     bool
	}{
		{"обласній", 'f', "обласна", true},
		{"обласну", 'f', "обласна", true},
		{"військової", 'f', "військова", true},
		{"зовнішньополітичному", 'n', "зовнішньополітичне", true},
		{"центральному", 'n', "центральне", true},
		{"внутрішньому", 'n', "внутрішнє", true},
		{"внутрішній", 'f', "внутрішня", true},
		{"державному", 'm', "державний", true},
		{"податкового", 'm', "податковий", true},
		{"своєму", 'n', "", false},
		{"профільному", 'n', "", false},
		{"цьому", 'n', "", false},
	} {
		if got, ok := nominativeAdjective(tt.w, tt.gender); got != tt.want || ok != tt.ok {
			t.Errorf("nominativeAdjective(%q, %c) = %q, %v; want %q, %v", tt.w, tt.gender, got, ok, tt.want, tt.ok)
		}
	}
}
