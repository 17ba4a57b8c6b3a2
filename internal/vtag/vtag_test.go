package vtag

import "testing"

func TestFields(t *testing.T) {
	tests := []struct {
		tag, cas string
		gender   byte
		person   byte
	}{
		{"noun:anim:m:v_naz:prop:fname", "v_naz", 'm', 'm'},
		{"noun:anim:f:v_rod:prop:lname", "v_rod", 'f', 'f'},
		{"noun:inanim:n:v_mis", "v_mis", 'n', 0},
		{"adj:p:v_zna:rinanim", "v_zna", 'p', 0},
		{"verb:perf:past:f", "", 'f', 'f'},
		{"verb:imperf:inf", "", 0, 0},
		{"noun:anim:p:v_oru:prop:fname", "v_oru", 'p', 0},
		{"", "", 0, 0},
		{"v_", "", 0, 0},
		{"noun:m", "", 'm', 'm'},
	}
	for _, tt := range tests {
		if got := Case(tt.tag); got != tt.cas {
			t.Errorf("Case(%q) = %q, want %q", tt.tag, got, tt.cas)
		}
		if got := Gender(tt.tag); got != tt.gender {
			t.Errorf("Gender(%q) = %q, want %q", tt.tag, got, tt.gender)
		}
		if got := PersonGender(tt.tag); got != tt.person {
			t.Errorf("PersonGender(%q) = %q, want %q", tt.tag, got, tt.person)
		}
	}
	if !Has("noun:anim:m:v_naz:prop:fname", "fname") || Has("noun:anim:m:v_naz:prop:fname", "f") || Has("", "") {
		t.Error("Has reads fields wrong")
	}
}
