package storetest

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/shared"
)

// Corpus makes as many realistic documents as a benchmark needs by
// recombining the sentences (one a line) of the NER-UK texts of the Nashi
// Groshi outlet in ../shared/data/ner-uk/train/ng, with extractions built
// from their gold entity spans: entities with mentions and titles, a
// quote, events between entities, amounts, a source. Without the shared
// data it recombines the sentences of the behaviour fixtures instead.
// Documents and queries are the same for the same seed.
type Corpus struct {
	sents []sentence
	rng   *rand.Rand
	seed  uint64
	n     int
	// Data tells whether the sentences come from the shared data.
	Data bool
}

type sentence struct {
	text  string
	spans []vistka.Span // offsets in code points within the sentence
}

var (
	publishers = []string{"Наші гроші", "Укрінформ", "Українська правда", "Економічна правда", "ZN.UA", "LIGA.net"}
	eventTypes = []string{"CONSULT", "CONSULT", "AGREE", "SUPPORT", "ACCUSE", "AID", "INVESTIGATE"}
	base       = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
)

// NewCorpus reads the sentences. It fails tb only when the shared data is
// there but unreadable.
func NewCorpus(tb testing.TB, seed uint64) *Corpus {
	tb.Helper()
	c := &Corpus{rng: rand.New(rand.NewPCG(seed, 0x76697374)), seed: seed}
	dir, err := shared.Path("ner-uk", "train", "ng")
	if err == nil {
		_, err = os.Stat(dir)
	}
	if err == nil {
		if err := c.read(dir); err != nil {
			tb.Fatalf("corpus: %v", err)
		}
	}
	if len(c.sents) == 0 {
		for _, f := range fixtures() {
			c.sents = append(c.sents, splitFixture(f.doc)...)
		}
		return c
	}
	c.Data = true
	return c
}

// read loads the sentences of every text in dir with their spans.
func (c *Corpus) read(dir string) error {
	texts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	for _, file := range texts {
		body, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		spans, err := readAnn(strings.TrimSuffix(file, ".txt") + ".ann")
		if err != nil {
			return err
		}
		pos := 0
		for line := range strings.SplitSeq(string(body), "\n") {
			n := utf8.RuneCountInString(line)
			s := sentence{text: line}
			for _, sp := range spans {
				if sp.Start >= pos && sp.End <= pos+n && sp.Type != "" {
					sp.Start -= pos
					sp.End -= pos
					s.spans = append(s.spans, sp)
				}
			}
			if strings.TrimSpace(line) != "" {
				c.sents = append(c.sents, s)
			}
			pos += n + 1
		}
	}
	return nil
}

// readAnn reads the brat spans of one text (T1 TYPE START END surface,
// tab-separated).
func readAnn(file string) ([]vistka.Span, error) {
	f, err := os.Open(file)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	defer f.Close()
	var out []vistka.Span
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 5 {
			continue
		}
		start, err1 := strconv.Atoi(fields[2])
		end, err2 := strconv.Atoi(fields[3])
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		out = append(out, vistka.Span{Type: fields[1], Start: start, End: end, Text: fields[4], Lemma: fields[4]})
	}
	return out, sc.Err()
}

// splitFixture turns a fixture into sentences with its spans.
func splitFixture(d *vistka.Document) []sentence {
	var out []sentence
	pos := 0
	for line := range strings.SplitSeq(d.Text, "\n") {
		n := utf8.RuneCountInString(line)
		s := sentence{text: line}
		for _, sp := range d.Extraction.Spans {
			if sp.Start >= pos && sp.End <= pos+n {
				sp.Start -= pos
				sp.End -= pos
				s.spans = append(s.spans, sp)
			}
		}
		out = append(out, s)
		pos += n + 1
	}
	return out
}

// Next makes the next document and its words.
func (c *Corpus) Next() (*vistka.Document, []vistka.Token) {
	c.n++
	r := c.rng
	k := 5 + r.IntN(20)
	var text strings.Builder
	ext := &vistka.Extraction{Language: "uk", Spans: []vistka.Span{}, Entities: []vistka.Entity{}, Quotes: []vistka.Quote{},
		Amounts: []vistka.Amount{}, Dates: []vistka.Date{}, Events: []vistka.Event{},
		Source: vistka.Source{Publisher: publishers[r.IntN(len(publishers))], Via: []string{}, Photo: []string{}}}
	byName := map[string]int{}
	pos := 0
	var title string
	for i := range k {
		s := c.sents[r.IntN(len(c.sents))]
		if i > 0 {
			sep := " "
			if r.IntN(3) == 0 {
				sep = "\n"
			}
			text.WriteString(sep)
			pos++
		}
		if title == "" {
			title = s.text
			if utf8.RuneCountInString(title) > 80 {
				title = string([]rune(title)[:80]) + "…"
			}
		}
		text.WriteString(s.text)
		var ents []int // entities of this sentence, in order
		var job string
		for _, sp := range s.spans {
			sp.Start += pos
			sp.End += pos
			ext.Spans = append(ext.Spans, sp)
			switch sp.Type {
			case "PERS", "LOC", "ORG", "MISC":
				key := sp.Type + "\x00" + strings.ToLower(sp.Text)
				e, ok := byName[key]
				if !ok {
					e = len(ext.Entities)
					byName[key] = e
					ext.Entities = append(ext.Entities, vistka.Entity{ID: "E" + strconv.Itoa(e+1), Type: sp.Type, Name: sp.Text, Titles: []string{}})
				}
				ext.Entities[e].Mentions = append(ext.Entities[e].Mentions, vistka.Mention{Start: sp.Start, End: sp.End, Text: sp.Text, Lemma: sp.Text, Kind: "name"})
				if job != "" && sp.Type == "PERS" {
					ext.Entities[e].Titles = append(ext.Entities[e].Titles, job)
					job = ""
				}
				ents = append(ents, e)
			case "JOB":
				job = sp.Text
			case "MON", "PCT", "QUANT":
				var v *float64
				if r.IntN(2) == 0 {
					f := float64(1+r.IntN(1000)) * 1e3
					v = &f
				}
				ext.Amounts = append(ext.Amounts, vistka.Amount{Text: sp.Text, Start: sp.Start, End: sp.End, Value: v, Unit: "UAH"})
			}
		}
		n := utf8.RuneCountInString(s.text)
		sent := vistka.Range{Start: pos, End: pos + n}
		if len(ents) > 0 && len(ext.Quotes) == 0 && r.IntN(3) == 0 {
			ext.Quotes = append(ext.Quotes, vistka.Quote{Speaker: ext.Entities[ents[0]].ID, Direct: r.IntN(2) == 0, Cue: "сказати", Text: s.text, Start: sent.Start, End: sent.End})
		}
		if len(ents) >= 2 && r.IntN(3) == 0 {
			ev := vistka.Event{Type: eventTypes[r.IntN(len(eventTypes))], Actors: []string{ext.Entities[ents[0]].ID},
				Recipients: []string{ext.Entities[ents[1]].ID}, Aux: []string{}, Sentence: sent}
			for _, e := range ents {
				if ext.Entities[e].Type == "LOC" {
					ev.Place = ext.Entities[e].ID
				}
			}
			ext.Events = append(ext.Events, ev)
		}
		pos += n
	}
	if r.IntN(3) == 0 {
		ext.Source.Via = append(ext.Source.Via, publishers[r.IntN(len(publishers))])
	}
	if r.IntN(4) == 0 {
		ext.Source.Photo = append(ext.Source.Photo, "Укрінформ")
	}
	published := base.Add(time.Duration(r.IntN(3*365*24*60)) * time.Minute)
	ext.Published = published.Format("2006-01-02")
	doc := &vistka.Document{
		URL:        fmt.Sprintf("https://news.example/%d/%d", c.seed, c.n),
		Title:      title,
		Site:       "news.example",
		Published:  published,
		Language:   "uk",
		Text:       text.String(),
		Extraction: ext,
	}
	return doc, Lemmatize(doc.Text)
}

// Query makes a search query as a reader might type it: one word, or two
// words of one sentence, drawn from the texts, so that frequent words come
// up as often as they do in the texts.
func (c *Corpus) Query() string {
	r := c.rng
	for {
		s := c.sents[r.IntN(len(c.sents))].text
		var words []string
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
			if utf8.RuneCountInString(w) >= 4 {
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			continue
		}
		i := r.IntN(len(words))
		if r.IntN(10) < 3 && len(words) > 1 {
			j := r.IntN(len(words))
			if j != i {
				return words[i] + " " + words[j]
			}
		}
		return words[i]
	}
}
