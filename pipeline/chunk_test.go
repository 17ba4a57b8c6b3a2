package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/shared"
)

func TestSplit(t *testing.T) {
	for name, tc := range map[string]struct {
		text string
		size int
	}{
		"short":        {"Блінкен прибув до Астани.", 100},
		"paragraphs":   {strings.Repeat("Перше речення тут. Друге речення там.\n\nАбзац другий.\n", 40), 100},
		"lines":        {strings.Repeat("Рядок тексту про зустріч міністрів\n", 40), 64},
		"crlf":         {strings.Repeat("Абзац.\r\n\r\nЩе один абзац, довший.\r\n", 40), 50},
		"sentences":    {strings.Repeat("Токаєв сказав так. Блінкен відповів! ", 40), 80},
		"no breaks":    {strings.Repeat("ж", 1000), 77},
		"invalid utf8": {strings.Repeat("ab\xff\xe0\xa4цd\xd0", 300), 31},
		"tiny size":    {"абвгд", 1},
	} {
		t.Run(name, func(t *testing.T) {
			cs := split(tc.text, tc.size)
			pos, rpos := 0, 0
			for i, c := range cs {
				if c.start != pos || c.rstart != rpos || c.end <= c.start && len(tc.text) > 0 {
					t.Fatalf("chunk %d = %+v after byte %d, code point %d", i, c, pos, rpos)
				}
				if c.end-c.start > max(tc.size, 2*utf8.UTFMax) {
					t.Errorf("chunk %d is %d bytes, over %d", i, c.end-c.start, tc.size)
				}
				pos, rpos = c.end, rpos+utf8.RuneCountInString(tc.text[c.start:c.end])
			}
			if pos != len(tc.text) {
				t.Fatalf("chunks end at %d of %d bytes", pos, len(tc.text))
			}
			// Code points are the same cut or whole.
			var runes []rune
			for _, c := range cs {
				runes = append(runes, []rune(tc.text[c.start:c.end])...)
			}
			if !slices.Equal(runes, []rune(tc.text)) {
				t.Errorf("the chunks' code points differ from the text's")
			}
		})
	}
	// A blank line wins over the line breaks and sentences after it.
	text := strings.Repeat("а", 30) + "\n\n" + strings.Repeat("Речення. ", 3) + "\nб"
	if cs := split(text, 100); text[cs[0].end-2:cs[0].end] != "\n\n" {
		t.Errorf("first chunk ends with %q, want a blank line", text[cs[0].end-5:cs[0].end])
	}
}

// nerTexts returns the NER-UK texts of the shared data, or skips.
func nerTexts(t testing.TB) []string {
	dir := shared.TestPath(t, "ner-uk", "train")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(files) == 0 {
		t.Skipf("no texts in %s", dir)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.TrimRight(string(b), "\n")+"\n\n")
	}
	return out
}

// TestChunked reads a document of many chunks and checks that what comes
// out points into the text, that entity ids hold together, and that it
// finds nearly what reading every part whole finds.
func TestChunked(t *testing.T) {
	texts := nerTexts(t)
	ref, err := os.ReadFile(shared.TestPath(t, "articles", "ukrinform-blinken-astana.uk.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// The reference article in the middle and at the end, so that its
	// people are named in several chunks.
	var b strings.Builder
	b.WriteString(strings.Join(texts[:20], ""))
	b.Write(ref)
	b.WriteString("\n\n")
	b.WriteString(strings.Join(texts[200:220], ""))
	b.Write(ref)
	text := b.String()

	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { chunkSize = n }(chunkSize)
	chunkSize = 8 << 10
	if n := len(split(text, chunkSize)); n < 10 {
		t.Fatalf("only %d chunks", n)
	}
	pub := time.Date(2023, 2, 28, 0, 0, 0, 0, time.UTC)
	x := p.Extract(text, pub)
	checkChunked(t, text, x)

	var persons []string
	for _, e := range x.Entities {
		if e.Type == "PERS" {
			persons = append(persons, e.Name)
		}
	}
	for _, want := range []string{"Ентоні Блінкен", "Касим-Жомарт Токаєв"} {
		if n := strings.Count("\n"+strings.Join(persons, "\n")+"\n", "\n"+want+"\n"); n != 1 {
			t.Errorf("%d persons named %s, want 1: the chunks' entities are not merged", n, want)
		}
	}
	if x.Source.Publisher != "Укрінформ" || !slices.Contains(x.Source.Photo, "akorda.kz") {
		t.Errorf("source = %+v", x.Source)
	}

	// Chunks cut the context of a few spans only.
	chunkSize = 1 << 30
	whole := p.Extract(text, pub)
	type key struct {
		start, end int
		typ        string
	}
	got := map[key]bool{}
	for _, s := range x.Spans {
		got[key{s.Start, s.End, s.Type}] = true
	}
	same := 0
	for _, s := range whole.Spans {
		if got[key{s.Start, s.End, s.Type}] {
			same++
		}
	}
	if len(whole.Spans) == 0 || same < len(whole.Spans)*95/100 {
		t.Errorf("chunked reading keeps %d of the %d spans of whole reading", same, len(whole.Spans))
	}
	// Events read in chunks are more: one named again in a later chunk
	// without new arguments is not known for a repeat there.
	for name, n := range map[string][3]int{
		"quotes":  {len(x.Quotes), len(whole.Quotes), 110},
		"amounts": {len(x.Amounts), len(whole.Amounts), 110},
		"dates":   {len(x.Dates), len(whole.Dates), 110},
		"events":  {len(x.Events), len(whole.Events), 150},
	} {
		if n[0] < n[1]*9/10 || n[0] > n[1]*n[2]/100+1 {
			t.Errorf("%s: %d read in chunks, %d whole", name, n[0], n[1])
		}
	}

	// Document gives the tokens of the whole text.
	chunkSize = 8 << 10
	doc := &vistka.Document{Text: text, Published: pub}
	toks := p.Document(doc)
	if doc.Language != "uk" || doc.Extraction == nil || len(doc.Extraction.Spans) != len(x.Spans) {
		t.Fatalf("document: language %q, extraction %v", doc.Language, doc.Extraction != nil)
	}
	chunkSize = 1 << 30
	if wt := p.Document(&vistka.Document{Text: text}); len(toks) < len(wt)*99/100 {
		t.Errorf("%d tokens in chunks, %d whole", len(toks), len(wt))
	}
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End > len(text) || text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d %+v: byte offsets do not point at it", i, tk)
		}
		if n := utf8.RuneCountInString(text[:tk.Start]); i%97 == 0 && n != tk.RStart {
			t.Fatalf("token %d %+v: code point %d, want %d", i, tk, tk.RStart, n)
		}
		prev = tk.End
	}
}

// checkChunked checks that every element of x points into text at what it
// says it holds, that spans and mentions are in text order and that every
// entity id used is one of x's entities.
func checkChunked(t *testing.T, text string, x *vistka.Extraction) {
	t.Helper()
	r := []rune(text)
	in := func(what string, s, e int, want string) {
		t.Helper()
		if s < 0 || e > len(r) || s > e {
			t.Errorf("%s [%d,%d) outside the text (%d code points)", what, s, e, len(r))
			return
		}
		if want != "\x00" && string(r[s:e]) != want {
			t.Errorf("%s [%d,%d) = %q, says %q", what, s, e, string(r[s:e]), want)
		}
	}
	if len(x.Spans) == 0 || len(x.Entities) == 0 || len(x.Quotes) == 0 || len(x.Events) == 0 {
		t.Errorf("%d spans, %d entities, %d quotes, %d events", len(x.Spans), len(x.Entities), len(x.Quotes), len(x.Events))
	}
	for i, s := range x.Spans {
		in("span", s.Start, s.End, s.Text)
		if i > 0 && s.Start < x.Spans[i-1].Start {
			t.Errorf("span %d at %d after one at %d", i, s.Start, x.Spans[i-1].Start)
		}
	}
	ids := map[string]bool{}
	for i, e := range x.Entities {
		if e.ID != entity.ID(i) {
			t.Errorf("entity %d has id %s", i, e.ID)
		}
		ids[e.ID] = true
		if slices.Contains(e.Aliases, e.Name) {
			t.Errorf("%s: name %q among its aliases", e.ID, e.Name)
		}
		for k, m := range e.Mentions {
			in("mention", m.Start, m.End, m.Text)
			if k > 0 && m.Start < e.Mentions[k-1].Start {
				t.Errorf("%s: mentions out of order", e.ID)
			}
		}
	}
	id := func(what, s string) {
		t.Helper()
		if _, err := strconv.Atoi(strings.TrimPrefix(s, "E")); err == nil && strings.HasPrefix(s, "E") && !ids[s] {
			t.Errorf("%s %s is no entity", what, s)
		}
	}
	for _, q := range x.Quotes {
		in("quote", q.Start, q.End, "\x00")
		if got := q.TextIn(r); got != q.Text {
			t.Errorf("quote [%d,%d) pieces %v read %q, says %q", q.Start, q.End, q.Parts, got, q.Text)
		}
		id("speaker", q.Speaker)
	}
	for _, a := range x.Amounts {
		in("amount", a.Start, a.End, a.Text)
	}
	for _, d := range x.Dates {
		in("date", d.Start, d.End, d.Text)
	}
	for _, ev := range x.Events {
		in("event sentence", ev.Sentence.Start, ev.Sentence.End, "\x00")
		if ev.TriggerSpan != nil {
			in("event trigger", ev.TriggerSpan.Start, ev.TriggerSpan.End, "\x00")
		}
		for _, a := range slices.Concat(ev.Actors, ev.Recipients, []string{ev.Place}) {
			if a != "" {
				id("event argument", a)
			}
		}
	}
	for _, ev := range x.Source.Evidence {
		in("source evidence", ev.Start, ev.End, "\x00")
	}
}

// huge returns a 20 MB document made of the NER-UK texts, or skips: it
// takes a minute or two to read, so the tests that read it run only with
// VISTKA_HUGE=1. Run each in a process of its own, as they measure the
// peak memory of the process:
//
//	VISTKA_HUGE=1 go test -run 'Huge$' -v ./pipeline/
//	VISTKA_HUGE=1 go test -run 'HugeDocument' -v ./pipeline/
func huge(t *testing.T) (string, *Pipeline) {
	if os.Getenv("VISTKA_HUGE") == "" {
		t.Skip("set VISTKA_HUGE=1 to read a 20 MB document")
	}
	texts := nerTexts(t)
	var b bytes.Buffer
	for i := 0; b.Len() < 20<<20; i++ {
		b.WriteString(texts[i%len(texts)])
	}
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), p
}

// maxRSS is the bound on the memory that reading a 20 MB document
// takes.
const maxRSS = 500 << 20

// TestHuge reads a 20 MB document through Extract within maxRSS.
func TestHuge(t *testing.T) {
	text, p := huge(t)
	start := time.Now()
	x := p.Extract(text, time.Time{})
	t.Logf("%d MB in %v: %d spans, %d entities, %d quotes, %d events; peak RSS %d MB",
		len(text)>>20, time.Since(start).Round(time.Millisecond), len(x.Spans), len(x.Entities), len(x.Quotes), len(x.Events), peakRSS()>>20)
	if m := peakRSS(); m > maxRSS {
		t.Errorf("peak RSS %d MB, over %d MB", m>>20, maxRSS>>20)
	}
	checkChunked(t, text, x)
}

// TestHugeDocument reads a 20 MB document through Document, which also
// returns its tokens, within maxRSS.
func TestHugeDocument(t *testing.T) {
	text, p := huge(t)
	start := time.Now()
	toks := p.Document(&vistka.Document{Text: text})
	t.Logf("%d MB: %d tokens in %v; peak RSS %d MB", len(text)>>20, len(toks), time.Since(start).Round(time.Millisecond), peakRSS()>>20)
	if m := peakRSS(); m > maxRSS {
		t.Errorf("peak RSS %d MB, over %d MB", m>>20, maxRSS>>20)
	}
	runtime.KeepAlive(toks)
}

// peakRSS returns the peak resident set size of the process in bytes, from
// /proc (0 where there is none).
func peakRSS() int {
	b, _ := os.ReadFile("/proc/self/status")
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return n << 10
		}
	}
	return 0
}
