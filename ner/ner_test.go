package ner_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/cluster"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/ner"
)

// tiny is a corpus small enough to train on in a test.
var tiny = []brat.Document{
	{ID: "a", Text: "Президент Казахстану Касим-Жомарт Токаєв зустрівся з Ентоні Блінкеном в Астані 28 лютого .",
		Annotations: []brat.Annotation{
			{Type: "JOB", Start: 0, End: 20, Text: "Президент Казахстану"},
			{Type: "PERS", Start: 21, End: 40, Text: "Касим-Жомарт Токаєв"},
			{Type: "PERS", Start: 53, End: 69, Text: "Ентоні Блінкеном"},
			{Type: "LOC", Start: 72, End: 78, Text: "Астані"},
			{Type: "DATE", Start: 79, End: 88, Text: "28 лютого"},
		}},
	{ID: "b", Text: "ТОВ «Укргеоекологія» отримало 7,08 млн грн від ПАТ «Укртрансгаз» .\nЦе 5 % ринку .",
		Annotations: []brat.Annotation{
			{Type: "ORG", Start: 0, End: 20, Text: "ТОВ «Укргеоекологія»"},
			{Type: "MON", Start: 30, End: 42, Text: "7,08 млн грн"},
			{Type: "ORG", Start: 47, End: 64, Text: "ПАТ «Укртрансгаз»"},
			{Type: "PCT", Start: 70, End: 73, Text: "5 %"},
		}},
}

func trainTiny(t testing.TB) *ner.Model {
	m, err := ner.Train(context.Background(), tiny, ner.TrainConfig{Epochs: 5, MinCount: 1, Gazetteer: gazetteer.Default()})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTrainRunsDeterministic checks that runs trained in parallel give
// the same model every time.
func TestTrainRunsDeterministic(t *testing.T) {
	var out [2]bytes.Buffer
	for i := range out {
		m, err := ner.Train(context.Background(), tiny, ner.TrainConfig{Epochs: 3, MinCount: 1, Runs: 3, Gazetteer: gazetteer.Default()})
		if err != nil {
			t.Fatal(err)
		}
		m.WriteTo(&out[i])
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Fatal("two trainings with three runs gave different models")
	}
}

func TestTrainDeterministicAndRoundTrip(t *testing.T) {
	m1, m2 := trainTiny(t), trainTiny(t)
	var b1, b2 bytes.Buffer
	if _, err := m1.WriteTo(&b1); err != nil {
		t.Fatal(err)
	}
	m2.WriteTo(&b2)
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Fatal("two trainings on the same data gave different models")
	}
	m3, err := ner.Open(b1.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	m3 = m3.WithGazetteer(gazetteer.Default())
	sents := ner.SimpleTokenize(tiny[0].Text)
	got := m3.Find(sents)
	want := ner.Spans(tiny[0])
	if len(got) != len(want) {
		t.Fatalf("found %v, want %v", got, want)
	}
	for i := range got {
		if got[i].Start != want[i].Start || got[i].End != want[i].End || got[i].Type != want[i].Type || got[i].Text != want[i].Text {
			t.Errorf("span %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	// Base forms come with the spans.
	for _, s := range got {
		if s.Type == "PERS" && s.Text == "Ентоні Блінкеном" && s.Lemma != "Ентоні Блінкен" {
			t.Errorf("lemma of %q = %q", s.Text, s.Lemma)
		}
		if s.Type == "DATE" && s.Lemma != s.Text {
			t.Errorf("DATE lemma %q", s.Lemma)
		}
	}
}

func TestOpenRejectsCorrupt(t *testing.T) {
	var b bytes.Buffer
	trainTiny(t).WriteTo(&b)
	data := b.Bytes()
	for _, n := range []int{0, 3, 4, 20, len(data) / 2, len(data) - 1} {
		if _, err := ner.Open(data[:n]); err == nil {
			t.Errorf("Open of %d of %d bytes succeeded", n, len(data))
		} else if vistka.ErrorCode(err) != vistka.EINVALID {
			t.Errorf("error code %q", vistka.ErrorCode(err))
		}
	}
}

func FuzzOpen(f *testing.F) {
	var b bytes.Buffer
	trainTiny(f).WriteTo(&b)
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ner.Open(data)
		if err != nil {
			return
		}
		m.Find(ner.SimpleTokenize("Президент Касим-Жомарт Токаєв в Астані ."))
	})
}

func FuzzFind(f *testing.F) {
	m := trainTiny(f)
	for _, d := range tiny {
		f.Add(d.Text)
	}
	f.Add("«» « »» „“ - — 1,5-2 п'яти\n\n\r\n")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		n := utf8.RuneCountInString(text)
		for _, s := range m.Find(ner.SimpleTokenize(text)) {
			if s.Start < 0 || s.End > n || s.Start >= s.End {
				t.Fatalf("span %+v out of text of %d runes", s, n)
			}
		}
	})
}

func TestSimpleTokenize(t *testing.T) {
	text := "Касим-Жомарт сказав: «п’яти» 7,08 млн\nC5+1 — 28.02.2023."
	var got []string
	rs := []rune(text)
	for _, s := range ner.SimpleTokenize(text) {
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Text || string(rs[tok.RStart:tok.REnd]) != tok.Text {
				t.Errorf("token %q offsets wrong", tok.Text)
			}
			got = append(got, tok.Text)
		}
	}
	want := []string{"Касим-Жомарт", "сказав", ":", "«", "п’яти", "»", "7,08", "млн", "C5", "+", "1", "—", "28.02.2023", "."}
	if len(got) != len(want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("got %q\nwant %q", got, want)
		}
	}
}

// modelPath is where `vistka train ner` writes the model.
func modelPath(t testing.TB) string {
	if p := os.Getenv("NER_MODEL"); p != "" {
		return p // another model to compare with
	}
	p, err := filepath.Abs(filepath.Join("..", "models", "uk-ner.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no model: %v", err)
	}
	return p
}

func loadModel(t testing.TB) *ner.Model {
	data, err := os.ReadFile(modelPath(t))
	if err != nil {
		t.Fatal(err)
	}
	m, err := ner.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	if m.UsesGazetteer() {
		m = m.WithGazetteer(gazetteer.Default())
	}
	return m
}

func BenchmarkOpen(b *testing.B) {
	data, err := os.ReadFile(modelPath(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ner.Open(data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTrainClusters checks that a model with word-class features finds
// the same spans once written and opened again (Open takes the embedded
// classes).
func TestTrainClusters(t *testing.T) {
	c, err := cluster.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg := ner.TrainConfig{Epochs: 5, MinCount: 1, Gazetteer: gazetteer.Default(), Clusters: c}
	m1, err := ner.Train(context.Background(), tiny, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if plain := trainTiny(t); m1.Size() <= plain.Size() {
		t.Errorf("model with classes %d bytes, without %d: no class features", m1.Size(), plain.Size())
	}
	var b bytes.Buffer
	if _, err := m1.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := ner.Open(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	m2 = m2.WithGazetteer(gazetteer.Default())
	for _, d := range tiny {
		sents := ner.SimpleTokenize(d.Text)
		got, want := m2.Find(sents), m1.Find(sents)
		if len(got) != len(want) {
			t.Fatalf("%s: opened model found %v, trained one %v", d.ID, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: span %d: %+v, want %+v", d.ID, i, got[i], want[i])
			}
		}
	}
}

// TestTrainStacked checks that a stacked model trains to the same bytes
// twice, keeps its first stage in its file and finds the same spans once
// written and opened again.
func TestTrainStacked(t *testing.T) {
	docs := append(slices.Clone(tiny), tiny...)
	cfg := ner.TrainConfig{Epochs: 3, MinCount: 1, Gazetteer: gazetteer.Default(), Stack: 2}
	var out [2]bytes.Buffer
	var m *ner.Model
	for i := range out {
		var err error
		if m, err = ner.Train(context.Background(), docs, cfg); err != nil {
			t.Fatal(err)
		}
		m.WriteTo(&out[i])
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Fatal("two stacked trainings gave different models")
	}
	if plain := trainTiny(t); m.Size() <= plain.Size() {
		t.Errorf("stacked model %d bytes, one stage %d", m.Size(), plain.Size())
	}
	m2, err := ner.Open(out[0].Bytes())
	if err != nil {
		t.Fatal(err)
	}
	m2 = m2.WithGazetteer(gazetteer.Default())
	for _, d := range tiny {
		sents := ner.SimpleTokenize(d.Text)
		got, want := m2.Find(sents), m.Find(sents)
		if !slices.Equal(got, want) {
			t.Errorf("%s: opened model found %v, trained one %v", d.ID, got, want)
		}
		if len(want) == 0 {
			t.Errorf("%s: found nothing", d.ID)
		}
	}
}
