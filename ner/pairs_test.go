package ner

import (
	"fmt"
	"testing"
)

// TestPairCaches checks that the features a word keeps with its
// neighbours are the ones hashing them gives, as pairs recur, as they
// push each other out of the slots and after the bounds of a sentence.
func TestPairCaches(t *testing.T) {
	m := shippedModel(t)
	for _, tc := range []struct {
		name  string
		words []string // read in threes: before, word, after
	}{
		{"recurring", []string{"у", "Києві", "та", "у", "Києві", "та", "у", "Києві", "та"}},
		{"evicted", []string{
			"у", "Києві", "та", "в", "Києві", ",", "«", "Києві", "»",
			"у", "Києві", "та", "в", "Києві", ",", "«", "Києві", "»",
		}},
		{"shapes", []string{
			"Антоні", "Блінкен", "прибув", "пан", "Блінкен", "2024", "США", "Блінкен", "-", "«", "Блінкен", "»",
			"Антоні", "Блінкен", "прибув", "США", "Блінкен", "-",
		}},
		{"same word", []string{"так", "так", "так", "Так", "так", "ТАК", "так", "так", "так"}},
	} {
		for _, tab := range []*table{nil, m.table()} {
			t.Run(fmt.Sprintf("%s,table=%t", tc.name, tab != nil), func(t *testing.T) {
				f := featurizer{set: m.set, tab: tab}
				f.init()
				for pass := range 2 {
					for k := 0; k+3 <= len(tc.words); k += 3 {
						a, b, c := f.word(tc.words[k]), f.word(tc.words[k+1]), f.word(tc.words[k+2])
						if pass == 1 {
							a, c = f.bos, f.eos
						}
						check := func(what string, got, want uint32) {
							t.Helper()
							if got != want {
								t.Fatalf("pass %d, %q %q %q: %s %x, want %x", pass, a.orig, b.orig, c.orig, what, got, want)
							}
						}
						e0, e1 := f.bigram(a, b)
						check("w-1w0", e0, f.emit(tBi[0].str(a.lower).str(b.lower)))
						check("w0w+1", e1, f.emit(tBi[1].str(a.lower).str(b.lower)))
						check("sh-1sh0sh+1", f.shape3(a, b, c), f.emit(tShape3.str(a.shape).str(b.shape).str(c.shape)))
						check("sh-1w0", f.shapeLow(a, b), f.emit(tShLow.str(a.shape).str(b.lower)))
						check("w-1sh0", f.capAfter(a, b), f.emit(tW0Cap1.str(a.lower).str(b.shape)))
					}
				}
			})
		}
	}
}

// TestShapeID checks that shapes are numbered from 1 in the order first
// seen, and that the shapes past maxShapes get 0.
func TestShapeID(t *testing.T) {
	var f featurizer
	for _, tc := range []struct {
		shape string
		want  uint16
	}{
		{"Xx", 1}, {"x", 2}, {"Xx", 1}, {"d", 3}, {"x", 2},
	} {
		if got := f.shapeID(tc.shape); got != tc.want {
			t.Errorf("shapeID(%q) = %d, want %d", tc.shape, got, tc.want)
		}
	}
	for i := len(f.shapeIDs); i < maxShapes; i++ {
		f.shapeID(fmt.Sprint(i))
	}
	if got := f.shapeID("new"); got != 0 {
		t.Errorf("past maxShapes: %d, want 0", got)
	}
	if got := f.shapeID("Xx"); got != 1 {
		t.Errorf("past maxShapes, a known shape: %d, want 1", got)
	}
}

// TestLemmaOf checks that lemmaOf and tagOf give what f.word and
// f.tagParts do as a word's lemmas and tags change from token to token.
func TestLemmaOf(t *testing.T) {
	var f featurizer
	w := f.word("Києві")
	for _, tc := range []struct{ lemma, tag string }{
		{"Київ", "noun:inanim:m:v_mis:prop:geo"},
		{"Київ", "noun:inanim:m:v_mis:prop:geo"},
		{"київ", "noun:inanim:m:v_dav:prop:geo"},
		{"", ""},
		{"Київ", "noun:inanim:m:v_mis:prop:geo"},
	} {
		if got := f.lemmaOf(w, tc.lemma); got != f.word(tc.lemma) || got.orig != tc.lemma {
			t.Errorf("lemmaOf(%q): %q", tc.lemma, got.orig)
		}
		if got := f.tagOf(w, tc.tag); got != f.tagParts(tc.tag) || got.tag != tc.tag {
			t.Errorf("tagOf(%q): %q", tc.tag, got.tag)
		}
	}
}

// TestStrs checks that str2, str3 and str5, which read a text once for several
// templates, give each template's hash of it.
func TestStrs(t *testing.T) {
	for _, s := range []string{"", "і", "Київ", "Кам’янець-Подільський", "<s>", "xXx", "\xff\x00"} {
		if h := str2(str2(tBi, s), "Київ"); h[0] != tBi[0].str(s).str("Київ") || h[1] != tBi[1].str(s).str("Київ") {
			t.Errorf("str2 %q: differs", s)
		}
		h3 := str3(&tStem, s)
		h5 := str5(&tW, s)
		for k := range h3 {
			if h3[k] != tStem[k].str(s) {
				t.Errorf("str3 %q: template %d differs", s, k)
			}
		}
		for k := range h5 {
			if h5[k] != tW[k].str(s) {
				t.Errorf("str5 %q: template %d differs", s, k)
			}
		}
	}
}
