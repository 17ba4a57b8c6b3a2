package vesum

import (
	"sort"
	"strings"
	"testing"
)

func TestExpandTags(t *testing.T) {
	tests := []struct{ in, want string }{
		{"noun:m:v_dav/v_mis", "noun:m:v_dav noun:m:v_mis"},
		{"noun:m:v_rod/v_zna//f:v_naz/v_kly", "noun:m:v_rod noun:m:v_zna noun:f:v_naz noun:f:v_kly"},
		{"adj:m:v_rod/v_zn1//n:v_rod", "adj:m:v_rod adj:m:v_zna:ranim adj:n:v_rod"},
		{"adj:m:v_oru//n:v_oru//p:v_dav:pron:ind", "adj:m:v_oru:pron:ind adj:n:v_oru:pron:ind adj:p:v_dav:pron:ind"},
		{"verb:pres:p:1:subst", "verb:pres:p:1:subst"},
	}
	for _, tt := range tests {
		got, err := expandTags(tt.in)
		if err != nil || strings.Join(got, " ") != tt.want {
			t.Errorf("expandTags(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "noun::m", "noun:m//", "noun:a/", strings.Repeat("a/b:", 12)} {
		if _, err := expandTags(bad); err == nil {
			t.Errorf("expandTags(%q): no error", bad)
		}
	}
}

func TestOrder(t *testing.T) {
	tests := []struct{ in, want string }{
		{"noun:m:v_naz:anim:lname:prop", "noun:anim:m:v_naz:prop:lname"},
		{"verb:pres:s:1:imperf:bad:subst", "verb:imperf:pres:s:1:bad:subst"},
		{"noun:p:v_naz:pron:pers:arch:3", "noun:p:v_naz:pron:pers:3:arch"},
		{"advp:rare:long:rev:perf", "advp:rev:perf:long:rare"},
		{"adj:m:v_zna:compb:adjp:pasv:imperf:ranim", "adj:m:v_zna:ranim:adjp:pasv:imperf:compb"},
	}
	for _, tt := range tests {
		if got := splitTags(tt.in).order().String(); got != tt.want {
			t.Errorf("order(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCollate(t *testing.T) {
	// Dictionary order: Ukrainian alphabet, case and marks ignored first.
	want := []string{"Абалкін", "Абатський", "абичиєму", "абичийому", "азотистоводневий", "азотисто-водневий",
		"Августо", "Авґустин", "вимівшись", "вим'я", "Єремія", "жадний", "ґанок", "ігри", "їжак", "йод", "м.", "меживузля"}
	got := append([]string(nil), want...)
	sort.Slice(got, func(i, j int) bool { return collate(got[i], got[j]) < 0 })
	// "ґанок" sorts after "г…" and before "д…", so place it by the rule.
	sort.SliceStable(want, func(i, j int) bool { return collateKey(want[i]) < collateKey(want[j]) })
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("collate order\n got %v\nwant %v", got, want)
	}
	for _, p := range [][2]string{{"азотистоводневий", "азотисто-водневий"}, {"є", "ж"}, {"г", "ґ"}, {"и", "і"}, {"і", "ї"}, {"ь", "ю"}, {"a", "а"}, {"1", "a"}} {
		if collate(p[0], p[1]) >= 0 || collateKey(p[0]) >= collateKey(p[1]) {
			t.Errorf("%q should sort before %q", p[0], p[1])
		}
	}
}
