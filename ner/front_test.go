package ner

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// TestWordFront checks that the front of a featurizer's words holds
// only the map's words: word returns what the map has for a text, the
// same wordInfo each time, with the fields a featurizer with the map
// alone computes; across the map's clearing between documents too. The texts are short and long,
// ASCII and Cyrillic, many of them of equal length and ends, so that
// they share slots.
func TestWordFront(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	letters := []string{"а", "б", "в", "п", "р", "я", "ѐ", "џ", "І", "ї", "Я", "Ѐ", "a", "B", "1", "-", "«", "ʼ", "ґ", "Ґ"}
	var texts []string
	for range 3000 {
		n := 1 + rng.IntN(12)
		s := ""
		for range n {
			s += letters[rng.IntN(len(letters))]
		}
		texts = append(texts, s, s+"ння", "Про"+s)
	}
	var f, plain featurizer
	for i := range 3 * maxCached {
		var text string
		if i%3 == 0 {
			text = fmt.Sprintf("слово%d", i) // fills the map past maxCached
		} else {
			text = texts[rng.IntN(len(texts))]
		}
		if i%1000 == 999 {
			f.setDoc(nil) // forgets the words past maxCached
		}
		w := f.word(text)
		if m := f.words[text]; w != m {
			t.Fatalf("word(%q) = %p, the map %p", text, w, m)
		}
		if f.word(text) != w {
			t.Fatalf("word(%q) differs the second time", text)
		}
		p, ok := plain.words[text]
		if !ok {
			p = plain.newWordInfo(text) // the map alone
		}
		if w.orig != text || w.lower != p.lower || w.shape != p.shape || w.lshape != p.lshape ||
			w.suf3 != p.suf3 || w.stem != p.stem || w.runes != p.runes || w.first != p.first {
			t.Fatalf("word(%q) = %+v, computed anew %+v", text, *w, *p)
		}
		// The fields as the simple code computes them.
		lower := scan.ToLower(text)
		b, short := appendShapesRef(nil, text)
		if w.lower != lower || w.runes != utf8.RuneCountInString(lower) || w.shape != string(b[:short]) || w.lshape != string(b[short:]) ||
			w.suf3 != suffix(lower, 3) || w.stem != stem(lower) || w.first != slowFirstRune(text) {
			t.Fatalf("word(%q) = %+v; lower %q, shapes %q", text, *w, lower, b)
		}
	}
}

// TestFrontSlot checks load64 against reading the bytes one by one, and
// that frontSlot stays in the front.
func TestFrontSlot(t *testing.T) {
	for _, s := range []string{"", "a", "абв", "12345678", "Верховна Рада", "\xff\x00\x80abcdefgh"} {
		if len(s) >= 8 {
			var want uint64
			for i := 7; i >= 0; i-- {
				want = want<<8 | uint64(s[i])
			}
			if got := load64(s); got != want {
				t.Errorf("load64(%q) = %x, want %x", s, got, want)
			}
		}
		if x := frontSlot(s); x >= 1<<frontBits {
			t.Errorf("frontSlot(%q) = %d", s, x)
		}
	}
}

// TestPrepareQuotes checks the quotes and history keys prepare sets, in
// one pass over the tokens, against a pass for the marks and a second
// for the straight quotes, which read what the first set, over random
// sentences of quotes and words with and without spaces between them.
func TestPrepareQuotes(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	texts := []string{"\"", "\"", "«", "»", "„", "“", "слово", "Київ", "Верховна", "1", ","}
	var f featurizer
	for range 2000 {
		var s vistka.Sentence
		pos := 0
		for range 1 + rng.IntN(12) {
			pos += rng.IntN(2) // a space, or none
			text := texts[rng.IntN(len(texts))]
			n := utf8.RuneCountInString(text)
			s.Tokens = append(s.Tokens, vistka.Token{Text: text, RStart: pos, REnd: pos + n})
			pos += n
		}
		f.prepare(&s)
		open := make([]bool, len(s.Tokens))
		closing := make([]bool, len(s.Tokens))
		for i, tok := range s.Tokens {
			switch tok.Text {
			case "«", "„", "‹":
				open[i] = true
			case "»", "“", "”", "›":
				closing[i] = true
			}
		}
		for i, tok := range s.Tokens {
			if tok.Text == "\"" {
				if i == 0 || s.Tokens[i-1].REnd < tok.RStart || open[i-1] {
					open[i] = true
				} else {
					closing[i] = true
				}
			}
		}
		for i := range s.Tokens {
			ti := &f.info[i]
			if ti.isOpenQ != open[i] || ti.isCloQ != closing[i] || f.keys[i] != histKey(ti) || ti.w.orig != s.Tokens[i].Text {
				t.Fatalf("%v: token %d opens %t closes %t key %q, want %t %t %q", s.Tokens, i, ti.isOpenQ, ti.isCloQ, f.keys[i], open[i], closing[i], histKey(ti))
			}
		}
		if len(f.info) != len(s.Tokens) || len(f.keys) != len(s.Tokens) || len(f.runs) != len(s.Tokens) {
			t.Fatalf("%d tokens: %d infos, %d keys, %d runs", len(s.Tokens), len(f.info), len(f.keys), len(f.runs))
		}
	}
}
