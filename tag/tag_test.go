package tag_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"flag"
	"hash/crc32"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/bruk"
	"github.com/vistka/vistka/internal/cputime"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/morph"
	"github.com/vistka/vistka/tag"
)

// modelPath is the built model; see gen.go for the command that makes it.
const modelPath = "../models/uk-tagger.bin"

var data struct {
	once       sync.Once
	train, dev []bruk.Sentence
	err        error
	lexOnce    sync.Once
	lex        *tag.CorpusLexicon
}

// split returns the BRUK training and dev sentences, read once for all
// tests.
func split(tb testing.TB) ([]bruk.Sentence, []bruk.Sentence) {
	tb.Helper()
	path := shared.TestPath(tb, "bruk", "train.tsv")
	data.once.Do(func() {
		var sents []bruk.Sentence
		sents, data.err = bruk.ReadFile(path)
		data.train, data.dev = bruk.Split(sents)
	})
	if data.err != nil {
		tb.Fatal(data.err)
	}
	return data.train, data.dev
}

// corpusLexicon returns a lexicon of the training sentences.
func corpusLexicon(tb testing.TB) *tag.CorpusLexicon {
	train, _ := split(tb)
	data.lexOnce.Do(func() { data.lex = tag.NewCorpusLexicon(train) })
	return data.lex
}

// builtModel opens the model file, or skips the test when it (or the
// lexicon it needs) has not been built, and returns it with the lexicon it
// was trained with.
func builtModel(tb testing.TB) (*tag.Model, tag.Lexicon) {
	tb.Helper()
	b, err := os.ReadFile(modelPath)
	if errors.Is(err, os.ErrNotExist) && os.Getenv("CI") == "" {
		tb.Skipf("%s not built (cd tag && go run gen.go)", modelPath)
	}
	if err != nil {
		tb.Fatal(err)
	}
	m, err := tag.Open(b)
	if err != nil {
		tb.Fatal(err)
	}
	// vistka ships the morph lexicon; only a model that says it was
	// trained with the corpus lexicon gets that one.
	if !strings.HasSuffix(m.Meta(), "lexicon: corpus") {
		l, err := morph.OpenFile(lexiconPath)
		if errors.Is(err, os.ErrNotExist) && os.Getenv("CI") == "" {
			tb.Skipf("the tagger was trained with the morph lexicon, and %s is not built", lexiconPath)
		}
		if err != nil {
			tb.Fatal(err)
		}
		return m, tag.NewMorphLexicon(l, 0)
	}
	return m, corpusLexicon(tb)
}

// lexiconPath is the lexicon of package morph ($VISTKA_TEST_LEXICON overrides it).
var lexiconPath = cmp.Or(os.Getenv("VISTKA_TEST_LEXICON"), "../models/uk-lexicon.bin")

func tokens(words ...string) []vistka.Token {
	toks := make([]vistka.Token, len(words))
	for i, w := range words {
		toks[i].Text = w
	}
	return toks
}

// smallModel trains on a few thousand sentences: enough to check the
// machinery, far from the real model's quality.
func smallModel(t *testing.T) ([]byte, []bruk.Sentence, tag.Lexicon) {
	t.Helper()
	train, _ := split(t)
	small := train[:2000]
	lex := tag.NewCorpusLexicon(small)
	b, err := tag.TrainBytes(context.Background(), small, lex, tag.TrainConfig{Epochs: 2, Meta: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return b, small, lex
}

func TestTrain(t *testing.T) {
	b, small, lex := smallModel(t)
	t.Run("deterministic", func(t *testing.T) {
		again, err := tag.TrainBytes(context.Background(), small, lex, tag.TrainConfig{Epochs: 2, Meta: "test"})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, again) {
			t.Fatalf("two trainings on the same data differ (%d and %d bytes)", len(b), len(again))
		}
	})
	m, err := tag.Open(b)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("write", func(t *testing.T) {
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil || !bytes.Equal(buf.Bytes(), b) {
			t.Fatalf("WriteTo wrote %d bytes, %v; want the %d bytes opened", buf.Len(), err, len(b))
		}
		if m.Meta() != "test" {
			t.Errorf("Meta() = %q", m.Meta())
		}
	})
	t.Run("training data", func(t *testing.T) {
		met := tag.Evaluate(m, small, lex)
		if acc := met.All.TagAcc(); acc < 0.95 {
			t.Errorf("tag accuracy on its own training data %.3f: %s", acc, met)
		}
	})
	t.Run("odd tokens", func(t *testing.T) {
		toks := tokens("", "\xff\xfe", strings.Repeat("ж", 5000), "https://zakon.kz", "C5+1", "а", "ʼ", "-", "  ", "Ї")
		m.Tag(toks, lex)
		m.Tag(nil, lex)
		m.Tag(toks[:1], nil)
		for _, tk := range toks {
			if tk.Tag == "" {
				t.Errorf("token %q got no tag", tk.Text)
			}
		}
	})
}

func TestConventions(t *testing.T) {
	m, lex := builtModel(t)
	tests := []struct {
		sentence []string
		i        int
		lemma    string
		tag      string
	}{
		{[]string{"Він", "прийшов", ",", "а", "вона", "ні", "."}, 2, ",", "punct"},
		{[]string{"Він", "прийшов", ",", "а", "вона", "ні", "."}, 6, ".", "punct"},
		{[]string{"Це", "було", "у", "1990", "році", "."}, 3, "1990", "number"},
		{[]string{"Зростання", "на", "7,08", "%", "."}, 2, "7,08", "number"},
		{[]string{"Зростання", "на", "7,08", "%", "."}, 3, "%", "symb"},
		{[]string{"у", "XX", "столітті"}, 1, "XX", "number:latin"},
		{[]string{"у", "90-х", "роках"}, 1, "90-й", "adj:p:v_mis:numr"},
		{[]string{"«", "Так", "»", "—", "сказав", "він", "."}, 0, "«", "punct"},
		{[]string{"«", "Так", "»", "—", "сказав", "він", "."}, 3, "—", "punct"},
		{[]string{"сайт", "Zakon.kz", "повідомив"}, 1, "Zakon.kz", "unclass"},
		{[]string{"Держсекретар", "США", "прибув", "до", "Києва", "."}, 4, "Київ", "noun:inanim:m:v_rod:prop:geo"},
		{[]string{"Держсекретар", "США", "прибув", "до", "Києва", "."}, 3, "до", "prep"},
		{[]string{"Я", "бачу", "нову", "книгу", "."}, 3, "книга", "noun:inanim:f:v_zna"},
		{[]string{"Я", "бачу", "нову", "книгу", "."}, 2, "новий", "adj:f:v_zna:compb"},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence...)
		m.Tag(toks, lex)
		if got := toks[tt.i]; got.Lemma != tt.lemma || got.Tag != tt.tag {
			t.Errorf("%v: token %q got %s %s, want %s %s", tt.sentence, got.Text, got.Lemma, got.Tag, tt.lemma, tt.tag)
		}
	}
}

// floors are the dev scores under which TestDevQuality fails, a little
// under what the built model measures, by the lexicon it was trained with.
// The lexicon of package morph is what vistka ships, and its floors are
// over the project's (lemma 0.97, POS 0.97, case 0.94); the corpus lexicon
// knows only the training documents' words.
var floors = map[string]struct{ lemma, pos, cas, tag, unkLemma, unkPOS float64 }{
	"morph":  {lemma: 0.988, pos: 0.987, cas: 0.946, tag: 0.950, unkLemma: 0.70, unkPOS: 0.85},
	"corpus": {lemma: 0.978, pos: 0.985, cas: 0.935, tag: 0.930, unkLemma: 0.84, unkPOS: 0.945},
}

// TestDevQuality scores the built model on the dev documents, which
// neither it nor the lexicon was built from, and fails under the floors.
func TestDevQuality(t *testing.T) {
	m, lex := builtModel(t)
	_, dev := split(t)
	met := tag.Evaluate(m, dev, lex)
	t.Logf("dev, %s lexicon: %s", tag.LexiconName(lex), met)
	f, ok := floors[tag.LexiconName(lex)]
	if !ok {
		t.Fatalf("no floors for lexicon %s", tag.LexiconName(lex))
	}
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"lemma", met.All.LemmaAcc(), f.lemma},
		{"POS", met.All.POSAcc(), f.pos},
		{"case", met.All.CaseAcc(), f.cas},
		{"tag", met.All.TagAcc(), f.tag},
		{"unknown-word lemma", met.Unknown.LemmaAcc(), f.unkLemma},
		{"unknown-word POS", met.Unknown.POSAcc(), f.unkPOS},
	} {
		if c.got < c.floor {
			t.Errorf("%s accuracy %.4f under the floor %.3f", c.name, c.got, c.floor)
		}
	}
}

func TestConcurrent(t *testing.T) {
	m, lex := builtModel(t)
	_, dev := split(t)
	want := make([][]vistka.Token, 200)
	for i := range want {
		var words []string
		for _, tk := range dev[i].Tokens {
			words = append(words, tk.Surface)
		}
		want[i] = tokens(words...)
		m.Tag(want[i], lex)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range want {
				i := (k + 50*g) % len(want)
				toks := make([]vistka.Token, len(want[i]))
				for j := range toks {
					toks[j].Text = want[i][j].Text
				}
				m.Tag(toks, lex)
				for j := range toks {
					if toks[j] != want[i][j] {
						t.Errorf("concurrent Tag gave %v, alone %v", toks[j], want[i][j])
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

var update = flag.Bool("update", false, "rewrite testdata/tiny.bin")

// TestTiny trains a tiny model and compares it with testdata/tiny.bin
// (rewritten by -update): training must give the same bytes on every
// machine. The file also seeds FuzzOpen.
func TestTiny(t *testing.T) {
	train, _ := split(t)
	lex := tag.NewCorpusLexicon(train[:40])
	b, err := tag.TrainBytes(context.Background(), train[:40], lex, tag.TrainConfig{Epochs: 1, MaxWeights: 4000, Meta: "tiny"})
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("testdata/tiny.bin", b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/tiny.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, want) {
		t.Errorf("tiny model of %d bytes differs from testdata/tiny.bin (%d bytes); run with -update if the change is meant", len(b), len(want))
	}
}

func TestOpenErrors(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("VTAG"), []byte("not a model at all"), bytes.Repeat([]byte{0}, 64)} {
		if _, err := tag.Open(in); err == nil {
			t.Errorf("Open(%q) succeeded", in)
		}
	}
}

// withCRC recomputes the checksum of a model file, so that fuzzing reaches
// the parser behind it.
func withCRC(b []byte) []byte {
	if len(b) < 4 {
		return b
	}
	b = bytes.Clone(b)
	binary.LittleEndian.PutUint32(b[len(b)-4:], crc32.ChecksumIEEE(b[:len(b)-4]))
	return b
}

func FuzzOpen(f *testing.F) {
	if b, err := os.ReadFile("testdata/tiny.bin"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("VTAG\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := tag.Open(withCRC(b))
		if err != nil {
			return
		}
		toks := tokens("Він", "прийшов", "у", "1990", "році", ",", "XX", "90-х", "")
		m.Tag(toks, nil)
	})
}

func BenchmarkTag(b *testing.B) {
	m, lex := builtModel(b)
	_, dev := split(b)
	var sents [][]vistka.Token
	n := 0
	for _, s := range dev {
		var words []string
		for _, tk := range s.Tokens {
			words = append(words, tk.Surface)
		}
		sents = append(sents, tokens(words...))
		n += len(words)
	}
	for _, toks := range sents { // fill the form cache, as a long run would
		m.Tag(toks, lex)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	for range b.N {
		for _, toks := range sents {
			m.Tag(toks, lex)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if d := cputime.Used() - cpu0; d > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/d.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkTagCold is BenchmarkTag with an empty form cache: every form's
// candidates come from the lexicon.
func BenchmarkTagCold(b *testing.B) {
	m, lex := builtModel(b)
	_, dev := split(b)
	var raw bytes.Buffer
	if _, err := m.WriteTo(&raw); err != nil {
		b.Fatal(err)
	}
	var sents [][]vistka.Token
	n := 0
	for _, s := range dev {
		var words []string
		for _, tk := range s.Tokens {
			words = append(words, tk.Surface)
		}
		sents = append(sents, tokens(words...))
		n += len(words)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var cpu time.Duration // CPU time of the timed parts
	for range b.N {
		b.StopTimer()
		m, err := tag.Open(raw.Bytes())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu0 := cputime.Used()
		for _, toks := range sents {
			m.Tag(toks, lex)
		}
		cpu += cputime.Used() - cpu0
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkOpen(b *testing.B) {
	raw, err := os.ReadFile(modelPath)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(raw)))
	for range b.N {
		if _, err := tag.Open(raw); err != nil {
			b.Fatal(err)
		}
	}
}
