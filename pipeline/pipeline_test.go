package pipeline_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime/metrics"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/cputime"
	"github.com/vistka/vistka/internal/hugepage"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

func load(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	// As extract and ingest do, for the benchmarks to measure them.
	_ = hugepage.Prime(0)
	p, err := pipeline.Load()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// name returns the name of entity id in x, or id itself. A body named by
// the quoted part of its name (entity.QuotedNames) is given by the
// fullest name written with it, its legal form or kind in (ТОВ «Альфа»),
// as the tests of quotes and events name a firm;
// TestS47NQuotedNames checks the names themselves.
func name(x *vistka.Extraction, id string) string {
	for _, e := range x.Entities {
		if e.ID != id {
			continue
		}
		written := e.Name
		for _, a := range e.Aliases {
			if strings.HasSuffix(strings.TrimRight(a, "» "), e.Name) && strings.Contains(a, "«") && entity.Better(a, written) {
				written = a
			}
		}
		return written
	}
	return id
}

func names(x *vistka.Extraction, ids []string) string {
	var out []string
	for _, id := range ids {
		out = append(out, name(x, id))
	}
	return strings.Join(out, ",")
}

// TestReference pins the whole extraction of the reference article.
func TestReference(t *testing.T) {
	path := shared.TestPath(t, "articles", "ukrinform-blinken-astana.uk.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p := load(t)
	x := p.Extract(string(b), time.Date(2023, 2, 28, 0, 0, 0, 0, time.UTC))

	// The facts the issue lists, checked one by one so a failure says
	// which is wrong.
	var persons []string
	for _, e := range x.Entities {
		if e.Type == "PERS" {
			persons = append(persons, e.Name)
		}
	}
	slices.Sort(persons)
	if got := strings.Join(persons, "; "); got != "Джо Байден; Ентоні Блінкен; Касим-Жомарт Токаєв" {
		t.Errorf("persons = %s", got)
	}
	if x.Source.Publisher != "Укрінформ" || !slices.Equal(x.Source.Via, []string{"Zakon.kz"}) || !slices.Equal(x.Source.Photo, []string{"akorda.kz"}) {
		t.Errorf("source = %+v", x.Source)
	}
	var quotes []string
	for _, q := range x.Quotes {
		quotes = append(quotes, name(x, q.Speaker)+"/"+q.Cue+"/"+map[bool]string{true: "direct", false: "indirect"}[q.Direct])
	}
	for _, want := range []string{"Касим-Жомарт Токаєв/сказати/direct", "Касим-Жомарт Токаєв/зазначити/indirect", "Ентоні Блінкен/сказати/direct"} {
		if !slices.Contains(quotes, want) {
			t.Errorf("quotes %q lack %q", quotes, want)
		}
	}
	if len(x.Amounts) != 1 || x.Amounts[0].Value == nil || *x.Amounts[0].Value != 62e9 || x.Amounts[0].Unit != "USD" || x.Amounts[0].Bound != "more_than" {
		t.Errorf("amounts = %+v", x.Amounts)
	}
	if len(x.Dates) == 0 || x.Dates[0].Text != "у вівторок" || x.Dates[0].Value == nil || *x.Dates[0].Value != "2023-02-28" || x.Dates[0].Start != 45 {
		t.Errorf("first date = %+v", x.Dates)
	}
	var events []string
	for _, ev := range x.Events {
		s := ev.Type + "/" + ev.Mode + " " + names(x, ev.Actors) + " → " + names(x, ev.Recipients)
		if ev.Place != "" {
			s += " in " + name(x, ev.Place)
		}
		if len(ev.Aux) > 0 {
			s += " [" + strings.Join(ev.Aux, ",") + "]"
		}
		events = append(events, s)
	}
	for _, want := range []string{
		"CONSULT/visit Ентоні Блінкен → Казахстан in Казахстан",
		"CONSULT/meet Ентоні Блінкен → Касим-Жомарт Токаєв in Астана",
		"CONSULT/multilateral Ентоні Блінкен →  in Астана [future]",
		"SUPPORT/ Ентоні Блінкен → Касим-Жомарт Токаєв in Астана", // thanks between the sides, at their meeting
		"SUPPORT/ Касим-Жомарт Токаєв → Сполучені Штати",
	} {
		if !slices.Contains(events, want) {
			t.Errorf("events lack %q; have\n%s", want, strings.Join(events, "\n"))
		}
	}

	// And the whole record against its golden file.
	got, err := json.MarshalIndent(x, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "reference.golden.json", got)
	checkOffsets(t, string(b), x)
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s\n(run with -update if the change is right)", path, i+1, g, w)
			}
		}
	}
}

// checkOffsets checks that every element of x points inside text and that
// its text is what it points at.
func checkOffsets(t *testing.T, text string, x *vistka.Extraction) {
	t.Helper()
	r := []rune(text)
	in := func(what string, s, e int, want string) {
		if s < 0 || e > len(r) || s > e {
			t.Errorf("%s [%d,%d) outside the text (%d code points)", what, s, e, len(r))
			return
		}
		if want != "\x00" && string(r[s:e]) != want {
			t.Errorf("%s [%d,%d) = %q, says %q", what, s, e, string(r[s:e]), want)
		}
	}
	for _, s := range x.Spans {
		in("span", s.Start, s.End, s.Text)
	}
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			in("mention", m.Start, m.End, m.Text)
		}
	}
	for _, q := range x.Quotes {
		in("quote", q.Start, q.End, "\x00")
		if got := q.TextIn(r); got != q.Text {
			t.Errorf("quote [%d,%d) pieces %v read %q, says %q", q.Start, q.End, q.Parts, got, q.Text)
		}
	}
	for _, a := range x.Amounts {
		in("amount", a.Start, a.End, a.Text)
	}
	for _, d := range x.Dates {
		in("date", d.Start, d.End, d.Text)
	}
	for _, ev := range x.Events {
		in("event sentence", ev.Sentence.Start, ev.Sentence.End, "\x00")
	}
	for _, ev := range x.Source.Evidence {
		in("source evidence", ev.Start, ev.End, "\x00")
	}
}

// TestCorpus runs the whole extraction over every NER-UK training
// document: valid JSON, no panic, every offset inside its text.
func TestCorpus(t *testing.T) {
	dir := shared.TestPath(t, "ner-uk", "train")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(files) < 300 {
		t.Fatalf("only %d documents in %s", len(files), dir)
	}
	p := load(t)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		x := p.Extract(string(b), time.Date(2020, 1, 15, 0, 0, 0, 0, time.UTC))
		js, err := json.Marshal(x)
		if err != nil || !json.Valid(js) || !utf8.Valid(js) {
			t.Fatalf("%s: bad JSON: %v", f, err)
		}
		checkOffsets(t, string(b), x)
	}
}

// TestBadInput feeds the pipeline what it should survive.
func TestBadInput(t *testing.T) {
	p := load(t)
	for name, text := range map[string]string{
		"empty":          "",
		"spaces":         " \n\n\t ",
		"nul":            "Блінкен\x00прибув",
		"invalid utf8":   "Токаєв \xff\xfe сказав: «так»",
		"crlf":           "Блінкен прибув до Астани.\r\n\r\n\"Дякую\", - сказав він.\r\n",
		"unclosed quote": "Токаєв сказав: «Ми готові до співпраці",
		"nested quotes":  "Він заявив: «Закон \"Про «освіту»\" ухвалено»",
		"no punctuation": strings.Repeat("зустріч президента з міністром ", 2000),
		"caps headline":  "БЛІНКЕН ПРИБУВ ДО АСТАНИ",
		"russian":        "Блинкен прибыл в Астану и встретился с Токаевым.",
		"english":        "Blinken arrived in Astana on Tuesday and met Tokayev, who said \"thank you\".",
		"amounts":        "Обсяг — 1,5-2 млрд доларів, а 31 лютого нічого не було.",
		"latin k":        "Kиїв і Kиєві",
	} {
		t.Run(name, func(t *testing.T) {
			x := p.Extract(text, time.Time{})
			if _, err := json.Marshal(x); err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, text, x)
		})
	}
}

func BenchmarkExtract(b *testing.B) {
	dir := shared.TestPath(b, "ner-uk", "train", "ng")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	texts, words, size := readTexts(files[:min(len(files), 100)])
	p := load(b)
	b.SetBytes(int64(size))
	// With -benchtime=1x in a process of its own it measures the first
	// pass, over caches still empty.
	extractPasses(b, p, texts, words)
}

// readTexts reads files and counts their words and bytes.
func readTexts(files []string) (texts []string, words, size int) {
	for _, f := range files {
		t, _ := os.ReadFile(f)
		texts = append(texts, string(t))
		words += len(strings.Fields(string(t)))
		size += len(t)
	}
	return texts, words, size
}

// extractPasses extracts texts once a benchmark iteration and reports
// words per second and per CPU-second (for a machine shared with other
// work).
func extractPasses(b *testing.B, p *pipeline.Pipeline, texts []string, words int) {
	b.ReportAllocs()
	b.ResetTimer()
	gc0 := gcStats()
	cpu0 := cputime.Used()
	for b.Loop() {
		for _, t := range texts {
			p.Extract(t, time.Time{})
		}
	}
	d := cputime.Used() - cpu0
	gc := gcStats()
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if d > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/d.Seconds(), "words/cpu-s")
		// How much of the CPU time the garbage collector took: whether a
		// pass has to pay for a collection depends on when the last one
		// ran, which spreads single runs.
		b.ReportMetric(100*(gc[1]-gc0[1])/d.Seconds(), "gc-cpu-%")
	}
	b.ReportMetric((gc[0]-gc0[0])/float64(b.N), "gcs/op")
}

// gcStats returns the garbage collector's cycles so far and the CPU
// seconds it has taken.
func gcStats() [2]float64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	return [2]float64{float64(s[0].Value.Uint64()), s[1].Value.Float64()}
}

// BenchmarkExtractUnseen measures a long-running process on text it has
// not seen: the pipeline first reads the NER-UK texts other than the
// measured ones (the bruk/ files and the ng/ files past the first 100),
// as a service warms up on earlier news, then extracts the first 100 ng/
// texts once a pass. Its caches hold the common words but not the
// measured texts' own names and rare forms. Run with -benchtime=1x in a
// process of its own for one such pass.
func BenchmarkExtractUnseen(b *testing.B) {
	root := shared.TestPath(b, "ner-uk", "train")
	ng, _ := filepath.Glob(filepath.Join(root, "ng", "*.txt"))
	bruk, _ := filepath.Glob(filepath.Join(root, "bruk", "*.txt"))
	n := min(len(ng), 100)
	warm, _, _ := readTexts(append(bruk, ng[n:]...))
	texts, words, _ := readTexts(ng[:n])
	p := load(b)
	for _, t := range warm {
		p.Extract(t, time.Time{})
	}
	extractPasses(b, p, texts, words)
}

func TestOtherLanguages(t *testing.T) {
	p := load(t)
	en := p.Extract("US Secretary of State Antony Blinken arrived in Astana on Tuesday and met President Tokayev.", time.Time{})
	if en.Language != "en" || len(en.Spans) != 0 || len(en.Entities) != 0 {
		t.Errorf("English: language %q, %d spans, %d entities; want en and none (the model is Ukrainian)", en.Language, len(en.Spans), len(en.Entities))
	}
	ru := p.Extract("Госсекретарь США Энтони Блинкен прибыл в Астану и встретился с Токаевым.", time.Time{})
	if ru.Language != "ru" {
		t.Errorf("Russian: language %q", ru.Language)
	}
	for _, s := range ru.Spans {
		if s.Lemma != s.Text {
			t.Errorf("Russian span %q got the Ukrainian base form %q", s.Text, s.Lemma)
		}
	}
}
