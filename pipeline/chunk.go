package pipeline

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/tokenize"
)

// chunkSize is the length in bytes above which a text is read in chunks.
// The tokens of a document and the working data of its stages take tens
// of bytes for every byte of text; a text of many megabytes read whole
// needs gigabytes. Read in chunks of this size, at paragraph breaks, it
// needs memory for a few chunks at a time and for what is extracted.
// News articles are far shorter and are read whole. Tests make it small.
var chunkSize = 256 << 10

// chunk is one piece of a text: bytes [start, end), starting at code
// point rstart.
type chunk struct{ start, end, rstart int }

// split cuts text into chunks of at most size bytes (one rune more when a
// single rune is longer), preferring to cut after a blank line, then
// after a line break, a sentence end or a space, and cutting at the
// second half of the size so that no chunk comes out tiny.
func split(text string, size int) []chunk {
	size = max(size, 2*utf8.UTFMax)
	var out []chunk
	pos, rpos := 0, 0
	for len(text)-pos > size {
		cut := pos + cutAt(text[pos+size/2:pos+size]) + size/2
		if cut == pos+size/2 {
			// No ASCII break in the window: cut before a rune. A byte
			// that starts a rune never continues the one before it, so
			// the code points on either side stay what they were.
			cut = pos + size
			for cut > pos+1 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		out = append(out, chunk{pos, cut, rpos})
		rpos += utf8.RuneCountInString(text[pos:cut])
		pos = cut
	}
	return append(out, chunk{pos, len(text), rpos})
}

// cutAt returns where to cut w: just after its last blank line, line
// break, sentence end or space, in that order of preference; 0 when it
// has none of them. It only cuts after ASCII bytes, which are whole code
// points even in invalid UTF-8.
func cutAt(w string) int {
	for i := strings.LastIndexByte(w, '\n'); i > 0; {
		j := strings.LastIndexByte(w[:i], '\n')
		if j >= 0 && strings.TrimSpace(w[j+1:i]) == "" {
			return i + 1
		}
		i = j
	}
	if i := strings.LastIndexByte(w, '\n'); i >= 0 {
		return i + 1
	}
	best := -1
	for _, end := range []string{". ", "! ", "? ", "… "} {
		if i := strings.LastIndex(w, end); i >= 0 {
			best = max(best, i+len(end))
		}
	}
	if best >= 0 {
		return best
	}
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		return i + 1
	}
	return 0
}

// piece is what one chunk gave: its extraction with offsets into the
// whole text and, when asked for, its tokens.
type piece struct {
	x    *vistka.Extraction
	toks []vistka.Token
}

// extractChunked reads a long text chunk by chunk: each chunk goes
// through every stage on its own, so that the tokens of only a few chunks
// are in memory at a time, and the extractions are joined into one, the
// entities of different chunks that have the same name merged. Chunks run
// in parallel, on as many goroutines as GOMAXPROCS. With tokens it also
// returns the tokens of the whole text.
func (p *Pipeline) extractChunked(ctx context.Context, text string, published time.Time, tokens bool) (*vistka.Extraction, []vistka.Token, error) {
	cs := split(text, chunkSize)
	workers := max(1, min(runtime.GOMAXPROCS(0), len(cs)))
	done := make([]chan piece, len(cs))
	for i := range done {
		done[i] = make(chan piece, 1)
	}
	// window bounds the chunks read and not yet joined; run bounds the
	// chunks being read. When ctx ends no chunk is started any more; the
	// ones being read finish into their buffered channels.
	window := make(chan struct{}, 2*workers)
	run := make(chan struct{}, workers)
	go func() {
		for i, c := range cs {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case run <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func() {
				pc := p.piece(text, c, published, tokens)
				<-run
				done[i] <- pc
			}()
		}
	}()

	j := newJoiner(text, published, p.aliases)
	var words []vistka.Token
	if tokens {
		// The tokens of a long text take more memory than anything
		// else: the slice must not grow by doubling. Scanning is fast
		// next to tagging, and the chunks have exactly their scanners'
		// tokens.
		n := 0
		for _, c := range cs {
			var sc tokenize.Scanner
			for sc.Init(text[c.start:c.end]); ; n++ {
				if _, ok := sc.Next(); !ok {
					break
				}
			}
		}
		words = make([]vistka.Token, 0, n)
	}
	for i := range cs {
		var pc piece
		select {
		case pc = <-done[i]:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
		<-window
		j.add(pc.x)
		words = append(words, pc.toks...)
	}
	return j.finish(), words, nil
}

// piece runs the pipeline over chunk c of text and moves the offsets of
// what it found to the whole text.
func (p *Pipeline) piece(text string, c chunk, published time.Time, tokens bool) piece {
	a, lang := p.analyze(text[c.start:c.end], published)
	x := p.extractFrom(a, lang)
	shift(x, c.rstart)
	var toks []vistka.Token
	if tokens {
		n := 0
		for _, s := range a.Sentences {
			n += len(s.Tokens)
		}
		toks = make([]vistka.Token, 0, n)
		for _, s := range a.Sentences {
			for _, t := range s.Tokens {
				t.Start += c.start
				t.End += c.start
				t.RStart += c.rstart
				t.REnd += c.rstart
				toks = append(toks, t)
			}
		}
	}
	return piece{x, toks}
}

// shift adds d to every code-point offset of x.
func shift(x *vistka.Extraction, d int) {
	if d == 0 {
		return
	}
	for i := range x.Spans {
		x.Spans[i].Start += d
		x.Spans[i].End += d
	}
	for i := range x.Entities {
		for k := range x.Entities[i].Mentions {
			x.Entities[i].Mentions[k].Start += d
			x.Entities[i].Mentions[k].End += d
		}
	}
	for i := range x.Quotes {
		x.Quotes[i].Start += d
		x.Quotes[i].End += d
		for k := range x.Quotes[i].Parts {
			x.Quotes[i].Parts[k].Start += d
			x.Quotes[i].Parts[k].End += d
		}
	}
	for i := range x.Amounts {
		x.Amounts[i].Start += d
		x.Amounts[i].End += d
	}
	for i := range x.Dates {
		x.Dates[i].Start += d
		x.Dates[i].End += d
	}
	for i := range x.Events {
		ev := &x.Events[i]
		ev.Sentence.Start += d
		ev.Sentence.End += d
		if ev.TriggerSpan != nil {
			ev.TriggerSpan.Start += d
			ev.TriggerSpan.End += d
		}
	}
	for i := range x.Source.Evidence {
		x.Source.Evidence[i].Start += d
		x.Source.Evidence[i].End += d
	}
}

// joiner joins the extractions of the chunks of one text, in text order.
type joiner struct {
	x       *vistka.Extraction
	aliases entity.Aliases
	// byName maps type, 0 and a lower-cased name, or type, 1 and an
	// alias key, to the first entity with it; byLast maps the
	// lower-cased last word of a person's name to the persons with it.
	byName map[string]int
	byLast map[string][]int
	seen   map[string]bool // source values, by role
}

func newJoiner(text string, published time.Time, aliases entity.Aliases) *joiner {
	x := &vistka.Extraction{
		Language: Language(text),
		Source:   vistka.Source{Via: []string{}, Photo: []string{}},
		Spans:    []vistka.Span{},
		Entities: []vistka.Entity{},
		Quotes:   []vistka.Quote{},
		Amounts:  []vistka.Amount{},
		Dates:    []vistka.Date{},
		Events:   []vistka.Event{},
	}
	if !published.IsZero() {
		x.Published = published.Format(time.DateOnly)
	}
	return &joiner{x: x, aliases: aliases, byName: map[string]int{}, byLast: map[string][]int{}, seen: map[string]bool{}}
}

// add joins the extraction of the next chunk.
func (j *joiner) add(c *vistka.Extraction) {
	x := j.x
	ids := make([]string, len(c.Entities))
	for i := range c.Entities {
		ids[i] = entity.ID(j.entity(&c.Entities[i]))
	}
	id := func(s string) string {
		if i := entity.Index(s); i >= 0 && i < len(ids) && entity.ID(i) == s {
			return ids[i]
		}
		return s
	}
	ids2 := func(ss []string) {
		for k := range ss {
			ss[k] = id(ss[k])
		}
	}
	x.Spans = append(x.Spans, c.Spans...)
	for _, q := range c.Quotes {
		q.Speaker = id(q.Speaker)
		x.Quotes = append(x.Quotes, q)
	}
	x.Amounts = append(x.Amounts, c.Amounts...)
	x.Dates = append(x.Dates, c.Dates...)
	for _, ev := range c.Events {
		ids2(ev.Actors)
		ids2(ev.Recipients)
		ev.Place = id(ev.Place)
		x.Events = append(x.Events, ev)
	}
	j.source(c.Source)
}

// entity merges a chunk's entity into the entity of the whole text with
// the same name, or adds it, and returns its index. Names match as in
// entity.Link: a base form or alias key in common, or for persons a
// surname alone and the one full name that ends with it.
func (j *joiner) entity(ce *vistka.Entity) int {
	x := j.x
	names := append([]string{ce.Name}, ce.Aliases...)
	found := -1
	for _, n := range names {
		for _, k := range j.keys(ce.Type, n) {
			if i, ok := j.byName[k]; ok && (found < 0 || i < found) {
				found = i
			}
		}
	}
	if found < 0 && ce.Type == "PERS" {
		found = j.person(ce.Name)
	}
	if found < 0 {
		x.Entities = append(x.Entities, vistka.Entity{ID: entity.ID(len(x.Entities)), Type: ce.Type, Name: ce.Name, Titles: []string{}})
		found = len(x.Entities) - 1
	}
	e := &x.Entities[found]
	if entity.Better(ce.Name, e.Name) {
		e.Name = ce.Name
	}
	for _, t := range ce.Titles {
		if !slices.Contains(e.Titles, t) {
			e.Titles = append(e.Titles, t)
		}
	}
	sorted := len(e.Mentions) == 0 || len(ce.Mentions) == 0 || e.Mentions[len(e.Mentions)-1].Start <= ce.Mentions[0].Start
	e.Mentions = append(e.Mentions, ce.Mentions...)
	if !sorted {
		slices.SortStableFunc(e.Mentions, func(a, b vistka.Mention) int { return a.Start - b.Start })
	}
	e.Aliases = e.Aliases[:0]
	for _, m := range e.Mentions {
		if m.Kind == "name" && m.Lemma != e.Name && !slices.Contains(e.Aliases, m.Lemma) {
			e.Aliases = append(e.Aliases, m.Lemma)
		}
	}
	if len(e.Aliases) == 0 {
		e.Aliases = nil
	}
	for _, n := range append(names, e.Name) {
		for _, k := range j.keys(e.Type, n) {
			if _, ok := j.byName[k]; !ok {
				j.byName[k] = found
			}
		}
		if e.Type == "PERS" {
			if w := lastWord(n); w != "" && !slices.Contains(j.byLast[w], found) {
				j.byLast[w] = append(j.byLast[w], found)
			}
		}
	}
	return found
}

// keys returns the keys name of type typ is filed under.
func (j *joiner) keys(typ, name string) []string {
	k := []string{typ + "\x00" + scan.ToLower(name)}
	if j.aliases != nil {
		if c, ok := j.aliases.Canonical(name); ok {
			k = append(k, typ+"\x01"+c)
		}
	}
	return k
}

// person returns the one person whose full name ends with the surname
// name, or whose surname alone completes the full name, or -1.
func (j *joiner) person(name string) int {
	words := strings.Fields(name)
	found := -1
	for _, i := range j.byLast[lastWord(name)] {
		ew := strings.Fields(j.x.Entities[i].Name)
		match := false
		switch {
		case len(words) == 1 && len(ew) > 1:
			match = strings.EqualFold(ew[len(ew)-1], words[0])
		case len(words) > 1 && len(ew) == 1:
			match = strings.EqualFold(words[len(words)-1], ew[0])
		}
		if match {
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	return found
}

// source joins a chunk's sources as source.Find reads a whole text: the
// first publisher found is the publisher, every other outlet is cited.
func (j *joiner) source(s vistka.Source) {
	src := &j.x.Source
	if src.Publisher == "" {
		src.Publisher = s.Publisher
	}
	add := func(list *[]string, role, v string) {
		if !j.seen[role+"\x00"+v] {
			j.seen[role+"\x00"+v] = true
			*list = append(*list, v)
		}
	}
	for _, ev := range s.Evidence {
		switch {
		case (ev.Role == "publisher" || ev.Role == "via") && ev.Value == src.Publisher:
			ev.Role = "publisher"
		case ev.Role == "publisher" || ev.Role == "via":
			ev.Role = "via"
			add(&src.Via, ev.Role, ev.Value)
		case ev.Role == "photo":
			add(&src.Photo, ev.Role, ev.Value)
		case ev.Role == "video":
			add(&src.Video, ev.Role, ev.Value)
		}
		src.Evidence = append(src.Evidence, ev)
	}
}

func (j *joiner) finish() *vistka.Extraction { return j.x }

func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return scan.ToLower(f[len(f)-1])
}
