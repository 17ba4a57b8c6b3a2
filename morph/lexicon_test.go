package morph_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vistka/vistka/bruk"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/morph"
)

// modelPath is the shipped lexicon; MORPH_LEXICON overrides it.
func modelPath() string {
	if p := os.Getenv("MORPH_LEXICON"); p != "" {
		return p
	}
	return filepath.Join("..", "models", morph.FileName)
}

var (
	lexOnce sync.Once
	lex     *morph.Lexicon
	lexErr  error
)

func openLexicon(tb testing.TB) *morph.Lexicon {
	tb.Helper()
	lexOnce.Do(func() {
		data, err := os.ReadFile(modelPath())
		if err != nil {
			lexErr = err
			return
		}
		lex, lexErr = morph.Open(data)
	})
	if os.IsNotExist(lexErr) {
		tb.Skipf("no lexicon: %v", lexErr)
	}
	if lexErr != nil {
		tb.Fatal(lexErr)
	}
	return lex
}

func has(as []morph.Analysis, lemma, tag string) bool {
	return slices.Contains(as, morph.Analysis{Lemma: lemma, Tag: tag})
}

func TestLookup(t *testing.T) {
	l := openLexicon(t)
	tests := []struct {
		form, lemma, tag string
	}{
		{"Токаєвим", "Токаєв", "noun:anim:m:v_oru:prop:lname"},
		{"Астані", "Астана", "noun:inanim:f:v_mis:prop:geo"},
		{"п’яти", "п'ять", "numr:p:v_rod"},
		{"пʼяти", "п'ять", "numr:p:v_rod"},
		{"п'яти", "п'ять", "numr:p:v_rod"},
		{"зустрілися", "зустрітися", "verb:rev:perf:past:p"},
		{"США", "США", "noun:inanim:p:v_rod:nv:ns:prop:geo"},
		{"Блінкена", "Блінкен", "noun:anim:m:v_rod:prop:lname"},
		{"БЛІНКЕНА", "Блінкен", "noun:anim:m:v_rod:prop:lname"},
		{"Зустріч", "зустріч", "noun:inanim:f:v_naz"},
		{"ЗУСТРІЧ", "зустріч", "noun:inanim:f:v_naz"},
		{"зу́стріч", "зустріч", "noun:inanim:f:v_naz"},
		{"Нато", "НАТО", "noun:inanim:n:v_naz:nv:abbr:prop"},
		{"силу", "сила", "noun:inanim:f:v_zna"},
		{"Яку", "який", "adj:f:v_zna:pron:int:rel:def"},
		{"центральної", "центральний", "adj:f:v_rod:compb"},
		{"Казахстану", "Казахстан", "noun:inanim:m:v_rod:prop:geo"},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			got := l.Lookup(tt.form)
			if !has(got, tt.lemma, tt.tag) {
				t.Errorf("Lookup(%q) = %v, want %s %s", tt.form, got, tt.lemma, tt.tag)
			}
		})
	}
	if got := l.Lookup("ьььщщщ"); got != nil {
		t.Errorf("Lookup(nonsense) = %v", got)
	}
	if got := l.Lookup(""); got != nil {
		t.Errorf("Lookup(\"\") = %v", got)
	}
}

func TestLookupIDs(t *testing.T) {
	l := openLexicon(t)
	buf := make([]morph.Cand, 0, 64)
	cs := l.AppendLookup(buf, "Токаєвим")
	if len(cs) == 0 {
		t.Fatal("no candidates")
	}
	found := false
	for _, c := range cs {
		if l.Lemma(c.Lexeme) == "Токаєв" && l.Tag(c.Tag) == "noun:anim:m:v_oru:prop:lname" {
			found = true
		}
		id, ok := l.TagID(l.Tag(c.Tag))
		if !ok || id != c.Tag {
			t.Errorf("TagID(%q) = %d, %v; want %d", l.Tag(c.Tag), id, ok, c.Tag)
		}
	}
	if !found {
		t.Error("Токаєв noun:anim:m:v_oru:prop:lname not among the candidates")
	}
	allocs := testing.AllocsPerRun(100, func() {
		buf = l.AppendLookup(buf[:0], "Токаєвим")
		buf = l.AppendLookup(buf[:0], "ЗУСТРІЛИСЯ")
	})
	if allocs != 0 {
		t.Errorf("AppendLookup allocates %.1f times per run", allocs)
	}
}

func TestGuess(t *testing.T) {
	l := openLexicon(t)
	tests := []struct {
		form, lemma, tag string
		k                int
	}{
		{"Блінкена", "Блінкен", "noun:anim:m:v_rod:prop:lname", 3},
		{"Гаркенові", "Гаркен", "noun:anim:m:v_dav:prop:lname", 3},
		{"Квіткоградом", "Квіткоград", "noun:inanim:m:v_oru:prop:geo", 5},
		{"зеленкуватими", "зеленкуватий", "adj:p:v_oru:compb", 5},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			got := l.Guess(tt.form, tt.k)
			for _, g := range got {
				if g.Lemma == tt.lemma && g.Tag == tt.tag {
					return
				}
			}
			t.Errorf("Guess(%q) = %v, want %s %s", tt.form, got, tt.lemma, tt.tag)
		})
	}
}

type devToken struct{ form, lemma, tag string }

func devTokens(tb testing.TB) []devToken {
	p := shared.TestPath(tb, "bruk", "train.tsv")
	sents, err := bruk.ReadFile(p)
	if err != nil {
		tb.Fatal(err)
	}
	var out []devToken
	for _, s := range sents {
		if !bruk.IsDev(s.Doc) {
			continue
		}
		for _, tk := range s.Tokens {
			switch strings.SplitN(tk.Tag, ":", 2)[0] {
			case "punct", "number", "symb", "unclass":
				continue
			}
			out = append(out, devToken{tk.Surface, morph.NormApostrophe(tk.Lemma), tk.Tag})
		}
	}
	return out
}

// TestDevCoverage scores the lexicon on the BRUK dev split: how often the
// gold (lemma, tag) is among a word's analyses, and how many analyses a
// word has.
func TestDevCoverage(t *testing.T) {
	l := openLexicon(t)
	dev := devTokens(t)
	hit, cands, known := 0, 0, 0
	for _, d := range dev {
		as := l.Lookup(d.form)
		cands += len(as)
		if len(as) > 0 {
			known++
		}
		if has(as, d.lemma, d.tag) {
			hit++
		}
	}
	n := float64(len(dev))
	cov := float64(hit) / n
	t.Logf("BRUK dev: %d words, coverage %.4f, %.2f analyses a word, %.4f known", len(dev), cov, float64(cands)/n, float64(known)/n)
	if cov < 0.95 {
		t.Errorf("coverage %.4f under the floor 0.95", cov)
	}
}

// TestGuessDev scores the guesser on the BRUK dev words the lexicon does
// not know.
func TestGuessDev(t *testing.T) {
	l := openLexicon(t)
	dev := devTokens(t)
	const k = 5
	n, topk, top1, lemma1 := 0, 0, 0, 0
	for _, d := range dev {
		if l.Known(d.form) {
			continue
		}
		n++
		gs := l.Guess(d.form, k)
		for i, g := range gs {
			if g.Lemma == d.lemma && g.Tag == d.tag {
				topk++
				if i == 0 {
					top1++
				}
				break
			}
		}
		if len(gs) > 0 && gs[0].Lemma == d.lemma {
			lemma1++
		}
	}
	if n == 0 {
		t.Skip("no unknown words")
	}
	t.Logf("unknown dev words: %d; gold in top-%d %.3f, top-1 %.3f, top-1 lemma %.3f",
		n, k, float64(topk)/float64(n), float64(top1)/float64(n), float64(lemma1)/float64(n))
	if float64(lemma1)/float64(n) < 0.5 {
		t.Errorf("top-1 lemma accuracy %.3f under the floor 0.5", float64(lemma1)/float64(n))
	}
}

func TestOpenTime(t *testing.T) {
	data, err := os.ReadFile(modelPath())
	if err != nil {
		t.Skip(err)
	}
	start := time.Now()
	for range 10 {
		if _, err := morph.Open(data); err != nil {
			t.Fatal(err)
		}
	}
	d := time.Since(start) / 10
	t.Logf("Open: %v for %d bytes", d, len(data))
	if d > 300*time.Millisecond {
		t.Errorf("Open takes %v", d)
	}
}

var benchWords = strings.Fields("Держсекретар США Ентоні Блінкен зустрівся в Астані з президентом Казахстану Касим-Жомартом Токаєвим " +
	"Сторони обговорили питання двосторонньої співпраці та ситуацію в регіоні Про це повідомляє Укрінформ з посиланням на " +
	"п’яти зустрілися інвестицій мільярдів доларів міністрів закордонних справ")

func BenchmarkLookup(b *testing.B) {
	l := openLexicon(b)
	buf := make([]morph.Cand, 0, 64)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; b.Loop(); i++ {
		buf = l.AppendLookup(buf[:0], benchWords[i%len(benchWords)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lookups/s")
}

func BenchmarkLookupAnalyses(b *testing.B) {
	l := openLexicon(b)
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		_ = l.Lookup(benchWords[i%len(benchWords)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lookups/s")
}

func BenchmarkGuess(b *testing.B) {
	l := openLexicon(b)
	words := []string{"Блінкена", "Гаркенові", "зеленкуватими", "Квіткоградом"}
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		_ = l.Guess(words[i%len(words)], 5)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "guesses/s")
}

func BenchmarkOpen(b *testing.B) {
	data, err := os.ReadFile(modelPath())
	if err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := morph.Open(data); err != nil {
			b.Fatal(err)
		}
	}
}
