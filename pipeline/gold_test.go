package pipeline_test

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/bruk"
	"github.com/vistka/vistka/internal/shared"
)

var goldErrors = flag.Bool("gold.errors", false, "TestGoldQuotesEvents: log every missed and every spurious quote and event (never for the held-out and news-blind sets)")

// ownFolders are the folders of testdata that hold texts written by the
// team, read from there rather than from the shared NER-UK data.
var ownFolders = []string{"news/", "news2/", "news3/", "news4/", "news5/", "news6/", "news7/", "news8/", "news9/", "news10/", "news11/", "news12/", "news13/", "news14/", "news15/", "news16/", "news17/", "news18/", "news19/", "news20/", "news21/", "news22/", "news23/", "news24/", "news25/", "news26/", "news27/", "news28/", "news29/", "news30/", "news31/", "news32/", "news33/", "news34/", "news35/", "news36/", "news37/", "news38/", "news39/", "news40/", "news41/", "news42/", "news43/", "news44/", "news46/", "news47/", "news48/", "news49/", "news50/", "news51/", "news52/", "news53/", "news54/", "news55/", "news56/", "news57/", "news58/", "newsblind/", "newsblind2/", "newsblind3/", "newsblind4/", "newsblind5/", "newsblind6/", "newsblind7/", "newsblind8/", "newsblind9/", "newsblind10/", "newsblind11/", "newsblind12/", "newsblind13/", "newsblind14/", "news59/", "newsblind15/", "news60/", "newsblind16/", "news61/", "news62/", "newsblind17/", "news63/", "sources1/", "newsblind18/", "sources2/", "newsblind19/", "newsblind20/", "news64/", "sources3/", "news65/", "newsblind21/", "newsblind22/", "newsblind23/", "newsblind24/", "newsblind25/", "newsblind26/", "newsblind27/", "newsblind28/", "newsblind29/", "newsblind30/", "newsblind31/", "newsblind32/", "newsblind33/", "newsblind34/", "newsblind35/"}

// ownText reports whether a gold doc names a text of our own in testdata.
func ownText(doc string) bool {
	return slices.ContainsFunc(ownFolders, func(f string) bool { return strings.HasPrefix(doc, f) })
}

// The hand-annotated gold of testdata/gold (see its README for the
// guidelines). Names and speakers may list alternatives separated by "|".
// Doc is a file of the shared ner-uk/train folder ("bruk/ID.txt"); a bare
// "ID.txt" is in its ng/ subfolder; "news/NAME.txt", "news2/NN.txt",
// "news3/NN.txt" and "newsblind/NN.txt" are texts of our own in testdata (see ownText);
// "bruk:NAME" or "bruk:NAME#N" is a document of the shared BRUK corpus, or
// its first N sentences, rebuilt from its tokens (see readBrukTexts).
// Published, Source and Amounts are given for those sets only.
type goldDoc struct {
	Doc       string       `json:"doc"`
	Topic     string       `json:"topic"`
	Published string       `json:"published"`
	Source    *goldSource  `json:"source"`
	Quotes    []goldQuote  `json:"quotes"`
	Events    []goldEvent  `json:"events"`
	Amounts   []goldAmount `json:"amounts"`
}

// goldSource is the source layer of a document. A nil Via or Photo is not
// scored (the text leaves it open); an empty one expects nothing.
type goldSource struct {
	Publisher string    `json:"publisher"`
	Via       *[]string `json:"via"`
	Photo     *[]string `json:"photo"`
}

// goldAmount is a sum of money or a percentage as it should be normalised.
type goldAmount struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Bound string  `json:"bound"`
}

type goldQuote struct {
	Speaker  string `json:"speaker"`
	Cue      string `json:"cue"`
	Direct   bool   `json:"direct"`
	Text     string `json:"text"`
	Optional bool   `json:"optional"`
}

type goldEvent struct {
	Type       string   `json:"type"`
	Mode       string   `json:"mode"`
	Actors     []string `json:"actors"`
	Recipients []string `json:"recipients"`
	Place      string   `json:"place"`
	Date       string   `json:"date"`
	Aux        []string `json:"aux"`
	Trigger    string   `json:"trigger"`
	Optional   bool     `json:"optional"`
}

func readGold(t *testing.T, name string) []goldDoc { return readJSONLines[goldDoc](t, name) }

// readJSONLines reads a gold file of testdata/gold, one JSON object of T
// a line; blank lines are skipped.
func readJSONLines[T any](t *testing.T, name string) []T {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "gold", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d T
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s line %d: %v", name, len(docs)+1, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// normName lowercases a name and reduces it to its words: quote marks and
// punctuation other than hyphens and apostrophes become spaces.
func normName(s string) []string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "'", "ʼ", "'", "`", "'").Replace(s)
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
}

// genericTail are trailing words that do not identify a name (Управління
// Держпраці в Івано-Франківській області).
var genericTail = map[string]bool{"україни": true, "області": true, "району": true, "міста": true, "рф": true, "арк": true, "києва": true}

func headWord(w []string) string {
	for i := len(w) - 1; i >= 0; i-- {
		if !genericTail[w[i]] {
			return w[i]
		}
	}
	return ""
}

func prefix4(s string) string {
	r := []rune(s)
	return string(r[:min(len(r), 4)])
}

func containsWords(long, short []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
}

// nameMatch is the lenient name rule: a gold name (with "|" alternatives)
// matches a predicted one when, after normalisation, one is a run of the
// other's words (суд ⊂ Верховний суд, Держпраці ⊂ Управління Держпраці),
// or their last words other than generic tails (України, області, …)
// share their first 4 letters (Бережанська ~ Бережанської).
func nameMatch(gold, pred string) bool {
	p := normName(pred)
	if len(p) == 0 {
		return false
	}
	for alt := range strings.SplitSeq(gold, "|") {
		g := normName(alt)
		if len(g) == 0 {
			continue
		}
		if containsWords(g, p) || containsWords(p, g) {
			return true
		}
		hg, hp := headWord(g), headWord(p)
		if hg != "" && hp != "" && prefix4(hg) == prefix4(hp) {
			return true
		}
	}
	return false
}

// entityNames returns what an entity id (or a bare phrase) of x is called:
// its name and aliases, or the phrase itself.
func entityNames(x *vistka.Extraction, id string) []string {
	for _, e := range x.Entities {
		if e.ID == id {
			return append([]string{e.Name}, e.Aliases...)
		}
	}
	if id == "" {
		return nil
	}
	return []string{id}
}

// trimSpan narrows [s,e) of r past white space, quote marks and final
// punctuation at both ends.
func trimSpan(r []rune, s, e int) (int, int) {
	trim := func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune("«»\"„“”'.,;:–—-…>", c)
	}
	for s < e && trim(r[s]) {
		s++
	}
	for e > s && trim(r[e-1]) {
		e--
	}
	return s, e
}

// overlapMatch: the two spans overlap by at least half of the longer.
func overlapMatch(a0, a1, b0, b1 int) (int, bool) {
	o := min(a1, b1) - max(a0, b0)
	l := max(a1-a0, b1-b0)
	return o, o > 0 && 2*o >= l
}

// assign is a maximum bipartite matching of gold items to predictions
// (augmenting paths; the sets are small). edges[g] lists the predictions
// gold g may take, best first. It returns, for each gold item, its
// prediction or -1.
func assign(edges [][]int, npred int) []int {
	owner := make([]int, npred)
	for i := range owner {
		owner[i] = -1
	}
	var try func(g int, seen []bool) bool
	try = func(g int, seen []bool) bool {
		for _, p := range edges[g] {
			if seen[p] {
				continue
			}
			seen[p] = true
			if owner[p] < 0 || try(owner[p], seen) {
				owner[p] = g
				return true
			}
		}
		return false
	}
	for g := range edges {
		try(g, make([]bool, npred))
	}
	got := make([]int, len(edges))
	for i := range got {
		got[i] = -1
	}
	for p, g := range owner {
		if g >= 0 {
			got[g] = p
		}
	}
	return got
}

// prf counts for one measure. Recall is over the required gold items, by
// a one-to-one matching; precision is over predictions: one that matches
// any required gold item is right (a second report of the same event is
// not punished), one that matches only optional gold items is left out,
// the rest are wrong.
type prf struct{ tp, gold, right, wrong int }

func (c prf) p() float64 { return ratio(c.right, c.right+c.wrong) }
func (c prf) r() float64 { return ratio(c.tp, c.gold) }
func (c prf) f() float64 {
	p, r := c.p(), c.r()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// goldScore is what scoreGold measures on one gold file.
type goldScore struct {
	docs                  int
	quotes, events, types prf
	spk, dir              [2]int             // [right, total] on matched required quotes
	place, date           [2]int             // [right, total] on matched required events with a gold place or date
	strict                [2]int             // [right, total] on matched required events: told in the gold trigger's sentence, a gold actor among the actors
	source, amounts       [2]int             // [right, total] over source elements and gold amounts
	byType, byCue         map[string]*[2]int // event type or gold cue → [found, gold]
	byKind                map[string]*[2]int // folder and direct/indirect → [found, gold]
	errKinds              map[string]int     // kind of place, date or source error → count (aggregate, logged for blind sets too)
	errs                  []string           // every miss and every spurious item
}

// scoreGold scores quotes and events of the pipeline against the gold file
// testdata/gold/name. The texts are read from the shared data; the test is
// skipped without it.
func scoreGold(t *testing.T, name string) *goldScore {
	t.Helper()
	docs := readGold(t, name)
	p := load(t)

	sc := &goldScore{docs: len(docs), byType: map[string]*[2]int{}, byCue: map[string]*[2]int{}, byKind: map[string]*[2]int{}}
	quotes, events, types := &sc.quotes, &sc.events, &sc.types
	spk, dir_ := &sc.spk, &sc.dir
	byType, byCue := sc.byType, sc.byCue
	tally := func(m map[string]*[2]int, k string, found bool) {
		if m[k] == nil {
			m[k] = new([2]int)
		}
		m[k][1]++
		if found {
			m[k][0]++
		}
	}

	brukTexts := readBrukTexts(t, docs)
	for _, d := range docs {
		text, published := goldInput(t, d, brukTexts)
		r := []rune(text)
		x := p.Extract(text, published)
		sc.scoreSource(d, x)
		sc.scoreAmounts(d, x)

		// Quotes.
		type span struct{ s, e int }
		gs := make([]span, len(d.Quotes))
		for i, q := range d.Quotes {
			k := strings.Index(text, q.Text)
			if k < 0 || strings.Count(text, q.Text) != 1 {
				t.Fatalf("%s: gold quote text found %d times, want once: %q", d.Doc, strings.Count(text, q.Text), q.Text)
			}
			s := len([]rune(text[:k]))
			gs[i].s, gs[i].e = trimSpan(r, s, s+len([]rune(q.Text)))
		}
		ps := make([]span, len(x.Quotes))
		for i, q := range x.Quotes {
			ps[i].s, ps[i].e = trimSpan(r, q.Start, q.End)
		}
		var req []int // required gold quotes
		for i, q := range d.Quotes {
			if !q.Optional {
				req = append(req, i)
			}
		}
		edges := make([][]int, len(req))
		for k, gi := range req {
			type c struct{ p, o int }
			var cs []c
			for pi := range ps {
				if o, ok := overlapMatch(gs[gi].s, gs[gi].e, ps[pi].s, ps[pi].e); ok {
					cs = append(cs, c{pi, o})
				}
			}
			slices.SortFunc(cs, func(a, b c) int { return cmp.Compare(b.o, a.o) })
			for _, c := range cs {
				edges[k] = append(edges[k], c.p)
			}
		}
		got := assign(edges, len(ps))
		quotes.gold += len(req)
		for k, gi := range req {
			g := d.Quotes[gi]
			pi := got[k]
			tally(byCue, cmp.Or(g.Cue, "(none)"), pi >= 0)
			folder, _, cut := strings.Cut(d.Doc, "/")
			switch {
			case strings.HasPrefix(d.Doc, brukPrefix):
				folder = "BRUK"
			case !cut:
				folder = "ng"
			}
			tally(sc.byKind, folder+" "+directWord(g.Direct), pi >= 0)
			if pi < 0 {
				sc.errs = append(sc.errs, fmt.Sprintf("%s quote FN  [%s] %s: %.90q", d.Doc, directWord(g.Direct), g.Speaker, g.Text))
				continue
			}
			quotes.tp++
			q := x.Quotes[pi]
			names := append(entityNames(x, q.Speaker), q.SpeakerText)
			ok := slices.ContainsFunc(names, func(n string) bool { return nameMatch(g.Speaker, n) })
			spk[1]++
			if ok {
				spk[0]++
			} else {
				sc.errs = append(sc.errs, fmt.Sprintf("%s quote SPK gold %q, got %q (%q): %.60q", d.Doc, g.Speaker, strings.Join(entityNames(x, q.Speaker), "/"), q.SpeakerText, g.Text))
			}
			dir_[1]++
			if q.Direct == g.Direct {
				dir_[0]++
			} else {
				sc.errs = append(sc.errs, fmt.Sprintf("%s quote DIR gold %s, got %s: %.60q", d.Doc, directWord(g.Direct), directWord(q.Direct), g.Text))
			}
		}
		for pi, q := range x.Quotes {
			req, opt := false, false
			for gi, g := range d.Quotes {
				if _, ok := overlapMatch(gs[gi].s, gs[gi].e, ps[pi].s, ps[pi].e); ok {
					if g.Optional {
						opt = true
					} else {
						req = true
					}
				}
			}
			switch {
			case req:
				quotes.right++
			case !opt:
				quotes.wrong++
				sc.errs = append(sc.errs, fmt.Sprintf("%s quote FP  [%s] %s/%s: %.90q", d.Doc, directWord(q.Direct), strings.Join(entityNames(x, q.Speaker), "/"), q.Cue, q.Text))
			}
		}

		// Events.
		// evShared counts the gold names an event shares; evMatch needs
		// one. Matching prefers the predictions sharing more, so that
		// two meetings of one minister are told apart.
		evShared := func(g goldEvent, ev vistka.Event) int {
			if g.Type != ev.Type || (g.Type == "CONSULT" && g.Mode != ev.Mode) {
				return 0
			}
			var pn []string
			for _, id := range slices.Concat(ev.Actors, ev.Recipients) {
				pn = append(pn, entityNames(x, id)...)
			}
			n := 0
			for _, gn := range slices.Concat(g.Actors, g.Recipients) {
				if slices.ContainsFunc(pn, func(p string) bool { return nameMatch(gn, p) }) {
					n++
				}
			}
			return n
		}
		evMatch := func(g goldEvent, ev vistka.Event) bool { return evShared(g, ev) > 0 }
		var reqE []int
		for i, g := range d.Events {
			if !g.Optional {
				reqE = append(reqE, i)
			}
		}
		rank := func(g goldEvent, ev vistka.Event) int {
			return 4*evShared(g, ev) + 2*triggerIn(text, g, ev) + placeRank(x, g, ev)
		}
		edges = make([][]int, len(reqE))
		for k, gi := range reqE {
			for pi, ev := range x.Events {
				if evMatch(d.Events[gi], ev) {
					edges[k] = append(edges[k], pi)
				}
			}
			// Ties go to the prediction whose place is the gold's: two
			// visits of one minister on one day.
			// Then to the one told in the sentence of the gold's
			// trigger: a lead's aid and the same donor's aid of a later
			// paragraph.
			slices.SortStableFunc(edges[k], func(a, b int) int {
				return cmp.Compare(rank(d.Events[gi], x.Events[b]), rank(d.Events[gi], x.Events[a]))
			})
		}
		got = assign(edges, len(x.Events))
		// A maximum matching may pair two events of one kind crosswise;
		// swap any two pairs whose swap ranks higher by the ties' order:
		// names shared, then the gold's trigger in the prediction's
		// sentence (two meetings of one minister on two days), then the
		// place (a visit matched to the gold visit at its own place).
		for k1 := range reqE {
			for k2 := range reqE {
				p1, p2 := got[k1], got[k2]
				if k1 == k2 || p1 < 0 || p2 < 0 || !slices.Contains(edges[k1], p2) || !slices.Contains(edges[k2], p1) {
					continue
				}
				g1, g2 := d.Events[reqE[k1]], d.Events[reqE[k2]]
				if rank(g1, x.Events[p2])+rank(g2, x.Events[p1]) > rank(g1, x.Events[p1])+rank(g2, x.Events[p2]) {
					got[k1], got[k2] = p2, p1
				}
			}
		}
		// A gold left out loses to another gold over a prediction told in
		// its own sentence and not in the other's (a donor's aid in the
		// lead and the same donor's aid of a later sentence nothing was
		// read in): it takes the prediction, and the miss is the other's,
		// counted by the cause of its own sentence. The matching stays
		// maximum: the other had no free prediction, or an augmenting
		// path would have matched this one.
		for k, gi := range reqE {
			if got[k] >= 0 {
				continue
			}
			for _, p := range edges[k] {
				k2 := slices.Index(got, p)
				if k2 >= 0 && triggerIn(text, d.Events[gi], x.Events[p]) > 0 && triggerIn(text, d.Events[reqE[k2]], x.Events[p]) == 0 {
					got[k], got[k2] = p, -1
					break
				}
			}
		}
		events.gold += len(reqE)
		sentOf := func(ev vistka.Event) string {
			if ev.Sentence.Start >= 0 && ev.Sentence.End <= len(r) && ev.Sentence.Start < ev.Sentence.End {
				return string(r[ev.Sentence.Start:ev.Sentence.End])
			}
			return ""
		}
		for k, gi := range reqE {
			g := d.Events[gi]
			tally(byType, g.Type, got[k] >= 0)
			if got[k] >= 0 {
				events.tp++
				ev := x.Events[got[k]]
				sc.scorePlaceDate(d, g, x, ev)
				sc.strict[1]++
				if triggerIn(text, g, ev) > 0 && actorRight(x, g, ev) {
					sc.strict[0]++
				}
				if evShared(g, ev) == 1 && triggerIn(text, g, ev) == 0 {
					sc.errs = append(sc.errs, fmt.Sprintf("%s event TP  %s (%s): weak match, one shared name and another sentence: %s: %.100q", d.Doc, typeMode(g.Type, g.Mode), g.Trigger, eventString(x, ev), sentOf(ev)))
				}
				continue
			}
			cause := missCause(text, g, x.Events)
			sc.countErr(cause)
			note := ""
			for pi, ev := range x.Events {
				if ev.Type != g.Type || ev.Mode != g.Mode || triggerIn(text, g, ev) == 0 {
					continue
				}
				if k2 := slices.Index(got, pi); k2 >= 0 {
					note = fmt.Sprintf(" [weak match: its sentence's %s went to (%s)]", eventString(x, ev), d.Events[reqE[k2]].Trigger)
				} else {
					note = fmt.Sprintf(" [its sentence has %s, no name shared]", eventString(x, ev))
				}
				break
			}
			sc.errs = append(sc.errs, fmt.Sprintf("%s event FN  %s %s → %s (%s)%s {%s}", d.Doc, typeMode(g.Type, g.Mode), strings.Join(g.Actors, ","), strings.Join(g.Recipients, ","), g.Trigger, note, strings.TrimPrefix(cause, "event miss ")))
		}
		for _, ev := range x.Events {
			req, opt := false, false
			for _, g := range d.Events {
				if evMatch(g, ev) {
					if g.Optional {
						opt = true
					} else {
						req = true
					}
				}
			}
			switch {
			case req:
				events.right++
			case !opt:
				events.wrong++
				kind, near := "event wrong alone", ""
				if k := slices.IndexFunc(d.Events, func(g goldEvent) bool { return triggerIn(text, g, ev) > 0 }); k >= 0 {
					g := d.Events[k]
					kind = "event wrong near"
					near = fmt.Sprintf(" [near %s %s → %s (%s)]", typeMode(g.Type, g.Mode), strings.Join(g.Actors, ","), strings.Join(g.Recipients, ","), g.Trigger)
				}
				sc.countErr(kind)
				sc.errs = append(sc.errs, fmt.Sprintf("%s event FP  %s: %.100q%s {%s}", d.Doc, eventString(x, ev), sentOf(ev), near, strings.TrimPrefix(kind, "event wrong ")))
			}
		}

		// Events by type alone, as multisets per document.
		gReq, gOpt, pc := map[string]int{}, map[string]int{}, map[string]int{}
		for _, g := range d.Events {
			if g.Optional {
				gOpt[g.Type]++
			} else {
				gReq[g.Type]++
			}
		}
		for _, ev := range x.Events {
			pc[ev.Type]++
		}
		for _, n := range gReq {
			types.gold += n
		}
		for typ, n := range pc {
			ok := min(n, gReq[typ])
			types.tp += ok
			types.right += ok
			types.wrong += max(0, n-gReq[typ]-gOpt[typ])
		}
	}

	return sc
}

// placeRank is 1 when the gold event g has a place and the prediction ev
// the same one, else 0.
// triggerIn is 1 when the start of the gold event's trigger, up to an
// elided part, lies in the sentence of ev, else 0.
// actorRight reports whether a matched event names one of the gold actors
// among its actors (or the gold has none): the scorer's match needs only a
// name shared in any role.
func actorRight(x *vistka.Extraction, g goldEvent, ev vistka.Event) bool {
	if len(g.Actors) == 0 {
		return true
	}
	var pn []string
	for _, id := range ev.Actors {
		pn = append(pn, entityNames(x, id)...)
	}
	return slices.ContainsFunc(g.Actors, func(gn string) bool {
		return slices.ContainsFunc(pn, func(p string) bool { return nameMatch(gn, p) })
	})
}

func triggerIn(text string, g goldEvent, ev vistka.Event) int {
	tr := g.Trigger
	// A trailing note of the annotator: `… обстрілюють громади (habitual)`.
	if strings.HasSuffix(tr, ")") {
		if i := strings.LastIndex(tr, " ("); i > 0 {
			tr = tr[:i]
		}
	}
	if i := strings.IndexAny(tr, "…"); i >= 0 {
		tr = tr[:i]
	}
	if i := strings.Index(tr, "..."); i >= 0 {
		tr = tr[:i]
	}
	if tr = strings.TrimSpace(tr); tr == "" {
		return 0
	}
	k := strings.Index(text, tr)
	if k < 0 {
		return 0
	}
	pos := utf8.RuneCountInString(text[:k])
	if ev.Sentence.Start <= pos && pos < ev.Sentence.End {
		return 1
	}
	return 0
}

func placeRank(x *vistka.Extraction, g goldEvent, ev vistka.Event) int {
	if g.Place != "" && ev.Place != "" && slices.ContainsFunc(entityNames(x, ev.Place), func(p string) bool { return nameMatch(g.Place, p) }) {
		return 1
	}
	return 0
}

// scorePlaceDate checks the place and the date of a matched event against
// the gold ones, when the gold gives them.
func (sc *goldScore) scorePlaceDate(d goldDoc, g goldEvent, x *vistka.Extraction, ev vistka.Event) {
	if g.Place != "" {
		sc.place[1]++
		if slices.ContainsFunc(entityNames(x, ev.Place), func(n string) bool { return nameMatch(g.Place, n) }) {
			sc.place[0]++
		} else {
			sc.errs = append(sc.errs, fmt.Sprintf("%s event PLACE %s gold %q, got %q", d.Doc, typeMode(g.Type, g.Mode), g.Place, name(x, ev.Place)))
			if ev.Place == "" {
				sc.countErr("place none")
			} else {
				sc.countErr("place other")
			}
		}
	}
	if g.Date != "" {
		sc.date[1]++
		if ev.Date == g.Date {
			sc.date[0]++
		} else {
			sc.errs = append(sc.errs, fmt.Sprintf("%s event DATE %s gold %s, got %q", d.Doc, typeMode(g.Type, g.Mode), g.Date, ev.Date))
			if ev.Date == "" {
				sc.countErr("date none")
			} else {
				sc.countErr("date other")
			}
		}
	}
}

// goldInput reads the text of the gold document d (a file of our own
// testdata, of the shared NER-UK folder, or a BRUK document rebuilt in
// brukTexts) and its publication date (zero when the gold gives none).
func goldInput(t *testing.T, d goldDoc, brukTexts map[string]string) (string, time.Time) {
	t.Helper()
	var path string
	switch file := d.Doc; {
	case strings.HasPrefix(file, brukPrefix):
	case ownText(file):
		path = filepath.Join("testdata", filepath.FromSlash(file))
	case !strings.Contains(file, "/"):
		path = filepath.Join(shared.TestPath(t, "ner-uk", "train"), "ng", file)
	default:
		path = filepath.Join(shared.TestPath(t, "ner-uk", "train"), filepath.FromSlash(file))
	}
	text := brukTexts[d.Doc]
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v", d.Doc, err)
		}
		text = string(b)
	}
	var published time.Time
	if d.Published != "" {
		var err error
		if published, err = time.Parse(time.DateOnly, d.Published); err != nil {
			t.Fatalf("%s: %v", d.Doc, err)
		}
	}
	return text, published
}

// scoreSource compares the publisher and, where the gold gives them, the
// cited sources and photo credits: each gold element found is right, and
// each gold element missed or predicted element not in the gold is wrong.
func (sc *goldScore) scoreSource(d goldDoc, x *vistka.Extraction) {
	g := d.Source
	if g == nil {
		return
	}
	sc.source[1]++
	if g.Publisher == "" && x.Source.Publisher == "" || g.Publisher != "" && nameMatch(g.Publisher, x.Source.Publisher) {
		sc.source[0]++
	} else {
		sc.errs = append(sc.errs, fmt.Sprintf("%s source publisher gold %q, got %q", d.Doc, g.Publisher, x.Source.Publisher))
		switch {
		case g.Publisher == "":
			sc.countErr("source publisher spurious")
		case x.Source.Publisher == "":
			sc.countErr("source publisher missed")
		default:
			sc.countErr("source publisher other")
		}
	}
	list := func(role string, gold *[]string, pred []string) {
		if gold == nil {
			return
		}
		used := make([]bool, len(pred))
		for _, gn := range *gold {
			sc.source[1]++
			// (the first prediction not yet matched: one found source
			// answers one gold element, even where two gold elements
			// list the same alternative)
			k := -1
			for i, n := range pred {
				if !used[i] && nameMatch(gn, n) {
					k = i
					break
				}
			}
			if k >= 0 {
				sc.source[0]++
				used[k] = true
			} else {
				sc.errs = append(sc.errs, fmt.Sprintf("%s source %s missed %q (got %q)", d.Doc, role, gn, pred))
				sc.countErr("source " + role + " missed")
			}
		}
		for k, n := range pred {
			if !used[k] {
				sc.source[1]++
				sc.errs = append(sc.errs, fmt.Sprintf("%s source %s spurious %q", d.Doc, role, n))
				sc.countErr("source " + role + " spurious")
			}
		}
	}
	list("via", g.Via, x.Source.Via)
	list("photo", g.Photo, x.Source.Photo)
}

// missCause tells why the required gold event g was missed, by what the
// extraction found in the sentence of its trigger: nothing ("silent"),
// events of other types only ("type"), its type in another mode ("mode"),
// or its type and mode with no gold name shared ("sides"). An aggregate a
// blind set may show: it names no text.
func missCause(text string, g goldEvent, evs []vistka.Event) string {
	cause := "event miss silent"
	for _, ev := range evs {
		if triggerIn(text, g, ev) == 0 {
			continue
		}
		switch {
		case ev.Type == g.Type && ev.Mode == g.Mode:
			return "event miss sides"
		case ev.Type == g.Type:
			cause = "event miss mode"
		case cause == "event miss silent":
			cause = "event miss type"
		}
	}
	return cause
}

// countErr counts one place, date, source or event error by its kind.
func (sc *goldScore) countErr(kind string) {
	if sc.errKinds == nil {
		sc.errKinds = map[string]int{}
	}
	sc.errKinds[kind]++
}

// scoreAmounts checks each gold amount: a predicted amount with the same
// text whose value, unit and bound agree.
func (sc *goldScore) scoreAmounts(d goldDoc, x *vistka.Extraction) {
	for _, g := range d.Amounts {
		sc.amounts[1]++
		// The amount written as the gold's first: a headline's "2 млрд
		// крон" is inside the body's "1,2 млрд крон".
		k := slices.IndexFunc(x.Amounts, func(a vistka.Amount) bool { return a.Text == g.Text })
		if k < 0 {
			k = slices.IndexFunc(x.Amounts, func(a vistka.Amount) bool {
				return strings.Contains(a.Text, g.Text) || strings.Contains(g.Text, a.Text) && a.Text != ""
			})
		}
		if k >= 0 {
			a := x.Amounts[k]
			if a.Value != nil && *a.Value == g.Value && a.Unit == g.Unit && a.Bound == g.Bound {
				sc.amounts[0]++
				continue
			}
		}
		got := "nothing"
		if k >= 0 {
			a := x.Amounts[k]
			got = fmt.Sprintf("%q %v %s %s", a.Text, a.Value, a.Unit, a.Bound)
			if a.Value != nil {
				got = fmt.Sprintf("%q %.0f %s %s", a.Text, *a.Value, a.Unit, a.Bound)
			}
		}
		sc.errs = append(sc.errs, fmt.Sprintf("%s amount %q: want %.0f %s %s, got %s", d.Doc, g.Text, g.Value, g.Unit, g.Bound, got))
	}
}

// log logs the table of measures and the event recall by type; aggregate
// numbers only.
func (sc *goldScore) log(t *testing.T, what string) {
	t.Helper()
	quotes, events, types, spk, dir_ := sc.quotes, sc.events, sc.types, sc.spk, sc.dir
	t.Logf("%s: %d documents, %d required quotes, %d required events", what, sc.docs, quotes.gold, events.gold)
	t.Logf("%-34s %6s %6s %6s   %s", "measure", "P", "R", "F1", "counts")
	t.Logf("%-34s %6.3f %6.3f %6.3f   tp %d/%d gold, %d right %d wrong predicted", "quotes found (content overlap)", quotes.p(), quotes.r(), quotes.f(), quotes.tp, quotes.gold, quotes.right, quotes.wrong)
	t.Logf("%-34s %6.3f   (%d/%d matched quotes)", "  speaker accuracy", ratio(spk[0], spk[1]), spk[0], spk[1])
	t.Logf("%-34s %6.3f   (%d/%d matched quotes)", "  direct/indirect accuracy", ratio(dir_[0], dir_[1]), dir_[0], dir_[1])
	t.Logf("%-34s %6.3f %6.3f %6.3f   tp %d/%d gold, %d right %d wrong predicted", "events (type+mode, a name shared)", events.p(), events.r(), events.f(), events.tp, events.gold, events.right, events.wrong)
	t.Logf("%-34s %6.3f   (%d/%d matched events)", "  in the trigger's sentence, actor", ratio(sc.strict[0], sc.strict[1]), sc.strict[0], sc.strict[1])
	t.Logf("%-34s %6.3f %6.3f %6.3f   tp %d/%d gold, %d wrong predicted", "events, type only", types.p(), types.r(), types.f(), types.tp, types.gold, types.wrong)
	if sc.place[1]+sc.date[1]+sc.source[1]+sc.amounts[1] > 0 {
		t.Logf("%-34s %6.3f   (%d/%d matched events with a gold place)", "  event place accuracy", ratio(sc.place[0], sc.place[1]), sc.place[0], sc.place[1])
		t.Logf("%-34s %6.3f   (%d/%d matched events with a gold date)", "  event date accuracy", ratio(sc.date[0], sc.date[1]), sc.date[0], sc.date[1])
		t.Logf("%-34s %6.3f   (%d/%d publishers, cited sources, photo credits)", "source elements", ratio(sc.source[0], sc.source[1]), sc.source[0], sc.source[1])
		t.Logf("%-34s %6.3f   (%d/%d sums and percentages)", "amounts normalised", ratio(sc.amounts[0], sc.amounts[1]), sc.amounts[0], sc.amounts[1])
		sc.logErrKinds(t)
	}
	t.Log(breakdown("quote recall by folder and kind", sc.byKind))
	t.Log(breakdown("event recall by type", sc.byType))
}

// logErrKinds logs the count of place, date and source errors by kind;
// aggregate numbers only.
func (sc *goldScore) logErrKinds(t *testing.T) {
	t.Helper()
	if len(sc.errKinds) == 0 {
		return
	}
	var kinds []string
	for _, k := range slices.Sorted(maps.Keys(sc.errKinds)) {
		kinds = append(kinds, fmt.Sprintf("%s %d", k, sc.errKinds[k]))
	}
	t.Logf("%-34s %s", "  errors by kind", strings.Join(kinds, ", "))
}

// logErrors logs the quote recall by gold cue and every miss and spurious
// item. Never call it for the held-out set.
func (sc *goldScore) logErrors(t *testing.T) {
	t.Helper()
	t.Log(breakdown("quote recall by gold cue", sc.byCue))
	slices.Sort(sc.errs)
	for _, e := range sc.errs {
		t.Log(e)
	}
}

func breakdown(what string, m map[string]*[2]int) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b string) int { return cmp.Or(cmp.Compare(m[b][1], m[a][1]), strings.Compare(a, b)) })
	var parts []string
	for _, k := range ks {
		parts = append(parts, fmt.Sprintf("%s %d/%d", k, m[k][0], m[k][1]))
	}
	return what + ": " + strings.Join(parts, ", ")
}

// goldFloors are the lowest values a gold test accepts.
type goldFloors struct{ quoteF1, speaker, direct, eventF1, typeF1 float64 }

func (sc *goldScore) checkFloors(t *testing.T, fl goldFloors) {
	t.Helper()
	for _, f := range []struct {
		what      string
		got, want float64
	}{
		{"quote F1", sc.quotes.f(), fl.quoteF1},
		{"speaker accuracy", ratio(sc.spk[0], sc.spk[1]), fl.speaker},
		{"direct accuracy", ratio(sc.dir[0], sc.dir[1]), fl.direct},
		{"event F1", sc.events.f(), fl.eventF1},
		{"event type-only F1", sc.types.f(), fl.typeF1},
	} {
		if f.got < f.want {
			t.Errorf("%s %.3f below its floor %.3f", f.what, f.got, f.want)
		}
	}
}

// TestGoldQuotesEvents scores quotes and events against the hand-annotated
// gold of 20 NER-UK dev documents (testdata/gold/quotes_events.jsonl), the
// set the extractors were tuned on; -gold.errors logs every error.
func TestGoldQuotesEvents(t *testing.T) {
	sc := scoreGold(t, "quotes_events.jsonl")
	sc.log(t, "gold")
	if *goldErrors {
		sc.logErrors(t)
	}

	// Floors a little below the values measured on 2026-12-02 at commit
	// 761e199 (quotes P 0.875 R 0.396 F1 0.545, speaker 18/21, direct
	// 21/21; events P 0.750 R 0.179 F1 0.289, type only F1 0.313; see
	// testdata/gold/README.md), so that a slide in quality fails. Raise
	// them when the extractors improve.
	sc.checkFloors(t, goldFloors{floorQuoteF1, floorSpeaker, floorDirect, floorEventF1, floorTypeF1})
}

// TestStudied2QuotesEvents scores the second studied gold
// (testdata/gold/studied2.jsonl, 25 NER-UK training documents of other
// genres than the first set: reportage, interviews, local politics,
// history, courts), annotated before the extractors were run on them and
// then used to find constructions the extractors missed; -gold.errors logs
// every error.
func TestStudied2QuotesEvents(t *testing.T) {
	runGold(t, "studied2.jsonl", "studied2 gold", true, goldFloors{studied2QuoteF1, studied2Speaker, studied2Direct, studied2EventF1, studied2TypeF1}, nil)
}

// TestStudied3QuotesEvents scores the third studied gold
// (testdata/gold/studied3.jsonl, 24 NER-UK training documents: Nashi
// Groshi pieces rich in indirect speech and BRUK press texts with direct
// speech in varied typography), annotated before the extractors were run
// on them and then used to find constructions the extractors missed;
// -gold.errors logs every error.
func TestStudied3QuotesEvents(t *testing.T) {
	runGold(t, "studied3.jsonl", "studied3 gold", true, goldFloors{studied3QuoteF1, studied3Speaker, studied3Direct, studied3EventF1, studied3TypeF1}, nil)
}

// TestStudied4QuotesEvents scores the fourth studied gold
// (testdata/gold/studied4.jsonl, 12 NER-UK training documents of Nashi
// Groshi on courts, officials and housing, chosen for attributions the
// earlier sets lack), annotated before the extractors were run on them
// and then used to find constructions the extractors missed;
// -gold.errors logs every error.
func TestStudied4QuotesEvents(t *testing.T) {
	runGold(t, "studied4.jsonl", "studied4 gold", true, goldFloors{studied4QuoteF1, studied4Speaker, studied4Direct, studied4EventF1, studied4TypeF1}, nil)
}

// TestNewsQuotesEvents scores the news gold (testdata/gold/news.jsonl):
// 14 short diplomatic and war news texts written by the team in agency
// style (testdata/news), annotated before the extractors were run on them
// and then studied; -gold.errors logs every error. Besides quotes and
// events it scores events' place and date, the source layer and amounts.
func TestNewsQuotesEvents(t *testing.T) {
	runGold(t, "news.jsonl", "news gold", true, goldFloors{newsQuoteF1, newsSpeaker, newsDirect, newsEventF1, newsTypeF1}, &newsFloors{newsPlace, newsDate, newsSource, newsAmounts})
}

// TestHeldOutQuotesEvents scores the first held-out gold
// (testdata/gold/heldout.jsonl, 15 NER-UK dev documents annotated after the
// extractors were tuned) with the same measures. It was blind until
// session 5, which studied its errors (-gold.errors logs them now); the
// blind sets are heldout2.jsonl, newsblind.jsonl and newsblind2.jsonl.
func TestHeldOutQuotesEvents(t *testing.T) {
	runGold(t, "heldout.jsonl", "held-out gold", true, goldFloors{heldOutQuoteF1, heldOutSpeaker, heldOutDirect, heldOutEventF1, heldOutTypeF1}, nil)
}

// TestNewsBlindQuotesEvents scores the blind news gold
// (testdata/gold/newsblind.jsonl): 15 diplomatic, political and war news
// texts in agency style (testdata/newsblind), written and annotated by
// the team before the extractors were ever run on them. It is for
// reporting only, like the held-out set: it logs the aggregate table and
// never an individual error (-gold.errors does nothing here), so that
// nobody tunes on it.
func TestNewsBlindQuotesEvents(t *testing.T) {
	runGold(t, "newsblind.jsonl", "news-blind gold", false, goldFloors{newsBlindQuoteF1, newsBlindSpeaker, newsBlindDirect, newsBlindEventF1, newsBlindTypeF1}, &newsFloors{newsBlindPlace, newsBlindDate, newsBlindSource, newsBlindAmounts})
}

// TestNews2QuotesEvents scores the second news gold
// (testdata/gold/news2.jsonl): 12 diplomatic, political and war news
// texts in agency style (testdata/news2), annotated before the extractors
// were run on them and then studied; -gold.errors logs every error.
func TestNews2QuotesEvents(t *testing.T) {
	runGold(t, "news2.jsonl", "news2 gold", true, goldFloors{news2QuoteF1, news2Speaker, news2Direct, news2EventF1, news2TypeF1}, &newsFloors{news2Place, news2Date, news2Source, news2Amounts})
}

// TestNews3QuotesEvents scores the third news gold
// (testdata/gold/news3.jsonl): 12 agency news texts rich in event places
// and dates (testdata/news3), annotated before the extractors were run on
// them and then studied; -gold.errors logs every error.
func TestNews3QuotesEvents(t *testing.T) {
	runGold(t, "news3.jsonl", "news3 gold", true, goldFloors{news3QuoteF1, news3Speaker, news3Direct, news3EventF1, news3TypeF1}, &newsFloors{news3Place, news3Date, news3Source, news3Amounts})
}

// runGold scores the gold file name, logs its aggregate table under
// label and, when studied and -gold.errors say so, every error, and checks
// its floors (nf, for the sets that carry places, dates, sources and
// amounts, may be nil). A blind set never logs its errors.
func runGold(t *testing.T, name, label string, studied bool, fl goldFloors, nf *newsFloors) {
	t.Helper()
	sc := scoreGold(t, name)
	sc.log(t, label)
	if studied && *goldErrors {
		sc.logErrors(t)
	}
	sc.checkFloors(t, fl)
	if nf != nil {
		sc.checkNewsFloors(t, *nf)
	}
}

// runSourceGold scores the source layer alone on the gold file name (a set
// whose documents give only a source), logs the accuracy and the errors by
// kind under label and, when studied and -gold.errors say so, every error,
// and checks the floor.
func runSourceGold(t *testing.T, name, label string, studied bool, floor float64) {
	t.Helper()
	docs := readGold(t, name)
	p := load(t)
	sc := &goldScore{docs: len(docs)}
	brukTexts := readBrukTexts(t, docs)
	for _, d := range docs {
		if d.Source == nil {
			t.Fatalf("%s: no source in a source-only gold", d.Doc)
		}
		text, published := goldInput(t, d, brukTexts)
		sc.scoreSource(d, p.Extract(text, published))
	}
	t.Logf("%s: %d documents", label, sc.docs)
	t.Logf("%-34s %6.3f   (%d/%d publishers, cited sources, photo credits)", "source elements", ratio(sc.source[0], sc.source[1]), sc.source[0], sc.source[1])
	sc.logErrKinds(t)
	if studied && *goldErrors {
		for _, e := range sc.errs {
			t.Log(e)
		}
	}
	if got := ratio(sc.source[0], sc.source[1]); got < floor {
		t.Errorf("source accuracy %.3f below its floor %.3f", got, floor)
	}
}

// newsFloors are the lowest accuracies a news gold test accepts for the
// measures only the team's own texts carry.
type newsFloors struct{ place, date, source, amounts float64 }

func (sc *goldScore) checkNewsFloors(t *testing.T, fl newsFloors) {
	t.Helper()
	for _, f := range []struct {
		what      string
		got, want float64
	}{
		{"event place accuracy", ratio(sc.place[0], sc.place[1]), fl.place},
		{"event date accuracy", ratio(sc.date[0], sc.date[1]), fl.date},
		{"source accuracy", ratio(sc.source[0], sc.source[1]), fl.source},
		{"amount accuracy", ratio(sc.amounts[0], sc.amounts[1]), fl.amounts},
	} {
		if f.got < f.want {
			t.Errorf("%s %.3f below its floor %.3f", f.what, f.got, f.want)
		}
	}
}

func directWord(d bool) string {
	if d {
		return "direct"
	}
	return "indirect"
}

func typeMode(t, m string) string {
	if m != "" {
		return t + "/" + m
	}
	return t
}

// Floors for TestGoldQuotesEvents. First measured 2026-12-02 at quote F1
// 0.545, speaker 0.857, event F1 0.289, type-only 0.313; raised after the
// cue, speaker and trigger work that the gold's misses pointed to, to
// just under quote F1 0.796, speaker 0.919, event F1 0.491, type-only
// 0.571. Those later numbers were reached looking at this set's errors,
// so they flatter: unseen news will score lower.
//
// Raised again after the studied2 work (issue #4: reportage and
// interview quotes, zero and pronoun speakers, bodies and groups as event
// arguments), which this set did not point to: quote F1 0.880 (P 0.936),
// speaker 0.977, event F1 0.658 (P 0.812), type-only 0.713.
//
// After the news work (diplomatic and war constructions, which this set
// did not point to): event F1 0.715 (P 0.860), type-only 0.752.
const (
	floorQuoteF1 = 0.83
	floorSpeaker = 0.92
	floorDirect  = 0.95
	floorEventF1 = 0.65
	floorTypeF1  = 0.70
)

// Floors for TestHeldOutQuotesEvents, a little below the values first
// measured on 2026-12-02 at commit f58c4fa (quotes P 0.545 R 0.125 F1
// 0.203, speaker 5/6, direct 6/6; events P 0.400 R 0.286 F1 0.333, type
// only F1 0.435; see testdata/gold/README.md). They only guard against a
// slide: raise them when the extractors improve, but never tune to this set.
// With six matched quotes one item moves speaker or direct accuracy by 17
// points, so those floors are wide (one matched quote's direct flag went
// wrong during later quote work; which one was not looked at).
//
// Raised after the studied2 work (issue #4), which never looked at this
// set's items: quotes P 0.609 R 0.292 F1 0.394, speaker 12/14, direct
// 14/14; events P 0.500 R 0.429 F1 0.462, type only F1 0.444. The floors
// leave room for the NER model, which others are changing.
//
// After the news work (never looking at this set's items): events P 0.533
// R 0.500 F1 0.516, type only F1 0.500.
//
// After the studied3 work (issue #4, never looking at this set's items):
// quotes P 0.714 R 0.417 F1 0.526, speaker 18/20, direct 20/20; events
// P 0.562 R 0.571 F1 0.567, type only F1 0.552.
//
// Session 5 studied this set: from quotes F1 0.560 and events F1 0.585 (its
// last blind numbers) to quotes P 0.950 R 0.792 F1 0.864, events P 0.900
// R 0.571 F1 0.699; by the end of the session quotes P 0.976 R 0.854 F1
// 0.911, events P 0.917 R 0.643 F1 0.756. These flatter now.
const (
	heldOutQuoteF1 = 0.85
	heldOutSpeaker = 0.85
	heldOutDirect  = 0.90
	heldOutEventF1 = 0.70
	heldOutTypeF1  = 0.65
)

// Floors for TestStudied2QuotesEvents. Measured blind on 2026-12-02 (the
// gold written before the first run): quotes P 0.911 R 0.610 F1 0.730,
// speaker 42/50, direct 49/50; events P 0.667 R 0.222 F1 0.333, type only
// F1 0.444. After the constructions its misses pointed to: quotes F1
// 0.982, speaker 0.950, direct 1.000; events F1 0.719, type only 0.791.
// The floors sit a little below those; like the first set's, the later
// numbers flatter, as they were reached by reading this set's errors.
const (
	studied2QuoteF1 = 0.93
	studied2Speaker = 0.90
	studied2Direct  = 0.95
	studied2EventF1 = 0.65
	studied2TypeF1  = 0.72
)

// Floors for TestNewsQuotesEvents. Blind first run (2026-12-02, gold
// written before it): quotes P 1.000 R 0.966 F1 0.982, speaker 27/28,
// direct 28/28; events P 0.941 R 0.820 F1 0.876, type only F1 0.820;
// place 5/8, date 6/10, source 18/24, amounts 5/5. After the work its
// misses pointed to: events P 0.981 R 1.000 F1 0.991, type only 0.971,
// place 9/10, date 13/13, source 19/23. The texts are the team's own and
// were studied, so these numbers flatter; the floors leave room for the
// entity tagger, which others are retraining (speaker 27/28 or 28/28
// depending on whether it tags "Хакан Фідан" as a person).
const (
	newsQuoteF1 = 0.90
	newsSpeaker = 0.85
	newsDirect  = 0.95
	newsEventF1 = 0.85
	newsTypeF1  = 0.85
	newsPlace   = 0.70
	newsDate    = 0.80
	newsSource  = 0.70
	newsAmounts = 0.80
)

// Floors for TestStudied3QuotesEvents. Measured blind on 2026-12-02 (the
// gold written before the first run): quotes P 0.908 R 0.742 F1 0.817,
// speaker 67/69, direct 68/69; events P 0.692 R 0.694 F1 0.693, type only
// F1 0.694. After the constructions its misses pointed to: quotes F1
// 0.978, speaker 1.000, direct 1.000; events F1 0.869, type only 0.892.
// The floors sit a little below those; the later numbers flatter, as they
// were reached by reading this set's errors.
const (
	studied3QuoteF1 = 0.95
	studied3Speaker = 0.95
	studied3Direct  = 0.95
	studied3EventF1 = 0.82
	studied3TypeF1  = 0.85
)

// Floors for TestStudied4QuotesEvents. Measured blind on 2026-12-02 (the
// gold written before the first run): quotes P 0.933 R 0.609 F1 0.737,
// speaker 12/14, direct 14/14; events P 0.792 R 0.565 F1 0.660, type only
// F1 0.622. After the constructions its misses pointed to: quotes F1
// 0.909, speaker 1.000, direct 1.000; events F1 0.807, type only 0.745.
// The floors sit a little below those; the later numbers flatter, as they
// were reached by reading this set's errors.
const (
	studied4QuoteF1 = 0.88
	studied4Speaker = 0.95
	studied4Direct  = 0.95
	studied4EventF1 = 0.77
	studied4TypeF1  = 0.70
)

// Floors for TestNewsBlindQuotesEvents, a little below its one blind run
// (2026-12-02, gold written before the extractors ever saw the texts):
// quotes P 0.960 R 0.960 F1 0.960, speaker 47/48, direct 48/48; events
// P 0.950 R 0.804 F1 0.871, type only F1 0.881; place 3/6, date 5/10,
// source 17/24, amounts 15/18. They only guard against a slide: raise
// them when the extractors improve, but never tune to this set.
//
// Re-run once after the news2 work (never looking at this set's items):
// quotes P 0.961 R 0.980 F1 0.970, speaker 48/49, direct 49/49; events
// unchanged; source 20/24.
const (
	newsBlindQuoteF1 = 0.90
	newsBlindSpeaker = 0.90
	newsBlindDirect  = 0.95
	newsBlindEventF1 = 0.80
	newsBlindTypeF1  = 0.82
	newsBlindPlace   = 0.40
	newsBlindDate    = 0.40
	newsBlindSource  = 0.60
	newsBlindAmounts = 0.75
)

// Floors for TestNews2QuotesEvents. First run (2026-12-02, gold written
// before it): quotes P 0.947 R 0.900 F1 0.923, speaker 35/36, direct
// 35/36; events P 0.743 R 0.595 F1 0.661, type only F1 0.789; place 3/8,
// date 6/9, source 10/15, amounts 8/8. After the work its misses pointed
// to: quotes F1 1.000, speaker 39/40, direct 39/40; events P 0.976 R 0.929
// F1 0.952, type only 0.940; place 8/12, date 11/12, source 15/15. The
// later numbers flatter, as they were reached by reading this set's
// errors; the blind set (TestNewsBlindQuotesEvents) is the honest one.
const (
	news2QuoteF1 = 0.93
	news2Speaker = 0.90
	news2Direct  = 0.92
	news2EventF1 = 0.88
	news2TypeF1  = 0.88
	news2Place   = 0.55
	news2Date    = 0.80
	news2Source  = 0.85
	news2Amounts = 0.85
)

// Floors for TestNews3QuotesEvents. First run (2026-12-02, gold written
// before it, SHA-256 2e5d03bf…): quotes P 0.941 R 1.000 F1 0.970, speaker
// 32/32, direct 32/32; events P 1.000 R 0.745 F1 0.854, type only F1
// 0.854; place 3/11, date 10/16, source 13/15, amounts 4/4. After the
// work: events P 1.000 R 0.843 F1 0.915, type only 0.905; place 7/12,
// date 17/20. The later numbers flatter, as they were reached by reading
// this set's errors.
const (
	news3QuoteF1 = 0.93
	news3Speaker = 0.95
	news3Direct  = 0.95
	news3EventF1 = 0.88
	news3TypeF1  = 0.87
	news3Place   = 0.50
	news3Date    = 0.80
	news3Source  = 0.80
	news3Amounts = 0.90
)

// brukPrefix marks a gold doc that is a document of the shared BRUK
// corpus: "bruk:NAME" for the whole document, "bruk:NAME#N" for its first
// N sentences.
const brukPrefix = "bruk:"

// readBrukTexts rebuilds the texts of the BRUK docs among docs from the
// tokens of the shared bruk/train.tsv (bruk.Text: one paragraph, the
// spacing of the tokens' punctuation, not the printed layout), keyed by
// the gold doc. It reads nothing when no doc is a BRUK one and skips the
// test when the shared data is missing.
func readBrukTexts(t *testing.T, docs []goldDoc) map[string]string {
	t.Helper()
	want := map[string][]bruk.Sentence{} // document name → its sentences
	for _, d := range docs {
		if name, ok := strings.CutPrefix(d.Doc, brukPrefix); ok {
			name, _, _ = strings.Cut(name, "#")
			want[name] = nil
		}
	}
	if len(want) == 0 {
		return nil
	}
	f, err := os.Open(shared.TestPath(t, "bruk", "train.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd := bruk.NewReader(bufio.NewReaderSize(f, 1<<16), f.Name())
	for {
		s, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if ss, ok := want[s.Doc]; ok {
			want[s.Doc] = append(ss, *s)
		}
	}
	texts := map[string]string{}
	for _, d := range docs {
		name, ok := strings.CutPrefix(d.Doc, brukPrefix)
		if !ok {
			continue
		}
		name, num, cut := strings.Cut(name, "#")
		ss := want[name]
		if len(ss) == 0 {
			t.Fatalf("%s: no such document in bruk/train.tsv", d.Doc)
		}
		if cut {
			n, err := strconv.Atoi(num)
			if err != nil || n <= 0 || n > len(ss) {
				t.Fatalf("%s: want #N with 0 < N <= %d sentences", d.Doc, len(ss))
			}
			ss = ss[:n]
		}
		texts[d.Doc] = bruk.Text(ss)
	}
	return texts
}
