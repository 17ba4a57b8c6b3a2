package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/vistka/vistka"
)

// entDoc is one document of testdata/gold/entities1.jsonl (see the gold
// README, "Entity set 1").
type entDoc struct {
	Doc      string       `json:"doc"`
	Entities []goldEntity `json:"entities"`
}

type goldEntity struct {
	Type           string   `json:"type"`
	Name           string   `json:"name"`
	Titles         []string `json:"titles"`
	OptionalTitles []string `json:"optional_titles"`
	Mentions       []string `json:"mentions"`
}

// goldMention is a gold mention placed in the text (code-point offsets).
type goldMention struct {
	ent        int
	start, end int
	text       string
	kind       string // "name", "role" or "pronoun"
}

var occurrenceSuffix = regexp.MustCompile(`^(.*)#([0-9]+)$`)

// parseGoldMention splits "~text#n" into the text, n (0 when absent) and
// whether it is a role phrase.
func parseGoldMention(m string) (text string, n int, role bool) {
	text, role = strings.CutPrefix(m, "~")
	if s := occurrenceSuffix.FindStringSubmatch(text); s != nil {
		text = s[1]
		n, _ = strconv.Atoi(s[2])
	}
	return text, n, role
}

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == 'ʼ' || r == '-'
}

// occurrences returns the whole-word occurrences of s in text.
func occurrences(text []rune, s string) [][2]int {
	w := []rune(s)
	var out [][2]int
	for k := 0; k+len(w) <= len(text); k++ {
		if !slices.Equal(text[k:k+len(w)], w) {
			continue
		}
		e := k + len(w)
		if (k == 0 || !wordRune(text[k-1])) && (e == len(text) || !wordRune(text[e])) {
			out = append(out, [2]int{k, e})
		}
	}
	return out
}

// placeMentions finds each gold mention in the text by the rules of the
// gold README; it fails the test on a mention it cannot place or on two
// overlapping mentions.
func placeMentions(t *testing.T, d entDoc, text []rune) []goldMention {
	t.Helper()
	occ := map[string][][2]int{}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			s, _, _ := parseGoldMention(m)
			if _, ok := occ[s]; !ok {
				occ[s] = occurrences(text, s)
			}
		}
	}
	shadowed := func(s string, o [2]int) bool {
		for u, os := range occ {
			if len([]rune(u)) <= len([]rune(s)) {
				continue
			}
			for _, p := range os {
				if p[0] <= o[0] && o[1] <= p[1] && p != o {
					return true
				}
			}
		}
		return false
	}
	type key struct{ e, m int }
	place := map[key][2]int{}
	used := map[[2]int]bool{}
	for ei, e := range d.Entities {
		for mi, m := range e.Mentions {
			s, n, _ := parseGoldMention(m)
			if n == 0 {
				continue
			}
			if n > len(occ[s]) {
				t.Fatalf("%s: gold mention %q: no occurrence %d", d.Doc, m, n)
			}
			place[key{ei, mi}] = occ[s][n-1]
			used[occ[s][n-1]] = true
		}
	}
	var out []goldMention
	for ei, e := range d.Entities {
		pos := 0
		for mi, m := range e.Mentions {
			s, _, role := parseGoldMention(m)
			o, ok := place[key{ei, mi}]
			if !ok {
				for _, c := range occ[s] {
					if c[0] >= pos && !used[c] && !shadowed(s, c) {
						o, ok = c, true
						break
					}
				}
				if !ok {
					t.Fatalf("%s: gold mention %q of %s not found", d.Doc, m, e.Name)
				}
				used[o] = true
			}
			pos = o[1]
			kind := "name"
			switch {
			case role:
				kind = "role"
			case strings.EqualFold(s, "він") || strings.EqualFold(s, "вона"):
				kind = "pronoun"
			}
			out = append(out, goldMention{ent: ei, start: o[0], end: o[1], text: s, kind: kind})
		}
	}
	slices.SortFunc(out, func(a, b goldMention) int { return a.start - b.start })
	for i := 1; i < len(out); i++ {
		if out[i].start < out[i-1].end {
			t.Fatalf("%s: gold mentions %q and %q overlap", d.Doc, out[i-1].text, out[i].text)
		}
	}
	return out
}

// entityScore sums the measures of TestEntities1 over the documents.
type entityScore struct {
	mentions, found       int     // gold mentions; found by a predicted mention
	predicted, predRight  int     // predicted PERS/ORG/LOC mentions; overlapping a gold one
	bcubedP, bcubedR      float64 // sums over gold mentions
	pairGold, pairPred    int
	pairBoth              int
	entities, names       int // gold entities; predicted name right
	foundEntities         int // gold entities with a predicted entity
	titleTP, titleFP      int
	titleFN               int
	resolve, resolveRight int // gold pronoun and role mentions
	predRes, predResRight int // predicted pronoun and title mentions
	errs                  []string
}

func lowerFirstRune(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

func overlap(a0, a1, b0, b1 int) int { return min(a1, b1) - max(a0, b0) }

// scoreEntities adds one document's entities to sc.
func (sc *entityScore) scoreEntities(d entDoc, text []rune, gm []goldMention, x *vistka.Extraction) {
	errf := func(format string, args ...any) {
		sc.errs = append(sc.errs, d.Doc+": "+fmt.Sprintf(format, args...))
	}
	// The predicted entity of each gold mention: the entity of the
	// predicted mention overlapping it most, or -1; of two that overlap
	// it as much, the shorter, so that a body's name inside a role
	// phrase (генсек ООН, президентка Єврокомісії) is found as the body's.
	pred := make([]int, len(gm))
	for g, m := range gm {
		pred[g] = -1
		best, bestLen := 0, 0
		for j, e := range x.Entities {
			for _, pm := range e.Mentions {
				if ov := overlap(m.start, m.end, pm.Start, pm.End); ov > best || ov == best && ov > 0 && pm.End-pm.Start < bestLen {
					best, bestLen, pred[g] = ov, pm.End-pm.Start, j
				}
			}
		}
		sc.mentions++
		if pred[g] >= 0 {
			sc.found++
		} else {
			errf("mention not found: %q (%s)", m.text, d.Entities[m.ent].Name)
		}
	}
	// The predicted entity of each gold entity: the one holding most of
	// its mentions.
	major := make([]int, len(d.Entities))
	for ei := range d.Entities {
		count := map[int]int{}
		major[ei] = -1
		for g, m := range gm {
			if m.ent == ei && pred[g] >= 0 {
				count[pred[g]]++
				if major[ei] < 0 || count[pred[g]] > count[major[ei]] {
					major[ei] = pred[g]
				}
			}
		}
	}
	// Predicted mentions: precision of mentions, and of pronouns and
	// role phrases.
	for j, e := range x.Entities {
		if e.Type != "PERS" && e.Type != "ORG" && e.Type != "LOC" {
			continue
		}
		for _, pm := range e.Mentions {
			g, best := -1, 0
			for h, m := range gm {
				if ov := overlap(m.start, m.end, pm.Start, pm.End); ov > best {
					best, g = ov, h
				}
			}
			sc.predicted++
			if g >= 0 {
				sc.predRight++
			} else if pm.Kind == "name" || pm.Kind == "" {
				errf("spurious mention: %q (%s %s)", pm.Text, e.Type, e.Name)
			}
			if pm.Kind != "pronoun" && pm.Kind != "title" {
				continue
			}
			sc.predRes++
			if g >= 0 && major[gm[g].ent] == j {
				sc.predResRight++
			} else {
				what := "no gold mention"
				if g >= 0 {
					what = "gold " + d.Entities[gm[g].ent].Name
				}
				errf("wrong %s mention: %q given to %s (%s)", pm.Kind, pm.Text, e.Name, what)
			}
		}
	}
	// Linking: B-cubed and pairs over the gold mentions.
	for g := range gm {
		inP, inG, both := 0, 0, 0
		for h := range gm {
			sameP := h == g || pred[g] >= 0 && pred[h] == pred[g]
			sameG := gm[h].ent == gm[g].ent
			if sameP {
				inP++
			}
			if sameG {
				inG++
			}
			if sameP && sameG {
				both++
			}
			if h > g {
				if sameG {
					sc.pairGold++
				}
				if sameP {
					sc.pairPred++
				}
				if sameP && sameG {
					sc.pairBoth++
				}
			}
		}
		sc.bcubedP += float64(both) / float64(inP)
		sc.bcubedR += float64(both) / float64(inG)
		if pred[g] >= 0 && major[gm[g].ent] >= 0 && pred[g] != major[gm[g].ent] {
			errf("split: %q of %s went to %s", gm[g].text, d.Entities[gm[g].ent].Name, x.Entities[pred[g]].Name)
		}
	}
	for ei, e := range d.Entities {
		for ej := ei + 1; ej < len(d.Entities); ej++ {
			if major[ei] >= 0 && major[ei] == major[ej] {
				errf("merged: %s and %s are one entity", e.Name, d.Entities[ej].Name)
			}
		}
	}
	// Names, titles, resolution.
	for ei, e := range d.Entities {
		sc.entities++
		j := major[ei]
		if j < 0 {
			continue
		}
		sc.foundEntities++
		pe := x.Entities[j]
		if pe.Name == e.Name {
			sc.names++
		} else {
			errf("name: %q, want %q", pe.Name, e.Name)
		}
		if e.Type != "PERS" {
			continue
		}
		want := map[string]bool{}
		for _, ti := range e.Titles {
			want[lowerFirstRune(ti)] = true
		}
		opt := map[string]bool{}
		for _, ti := range e.OptionalTitles {
			opt[lowerFirstRune(ti)] = true
		}
		got := map[string]bool{}
		for _, ti := range pe.Titles {
			ti = lowerFirstRune(ti)
			got[ti] = true
			switch {
			case want[ti]:
				sc.titleTP++
			case !opt[ti]:
				sc.titleFP++
				errf("spurious title of %s: %q", e.Name, ti)
			}
		}
		for ti := range want {
			if !got[ti] {
				sc.titleFN++
				errf("missed title of %s: %q (got %q)", e.Name, ti, pe.Titles)
			}
		}
	}
	for g, m := range gm {
		if m.kind == "name" {
			continue
		}
		sc.resolve++
		if pred[g] >= 0 && pred[g] == major[m.ent] {
			sc.resolveRight++
		} else {
			got := "nothing"
			if pred[g] >= 0 {
				got = x.Entities[pred[g]].Name
			}
			errf("%s %q of %s resolved to %s", m.kind, m.text, d.Entities[m.ent].Name, got)
		}
	}
}

// TestEntities1 scores the entities of the extraction (linking, names,
// titles, pronouns and role phrases) against testdata/gold/entities1.jsonl,
// 24 of our own news texts annotated by hand before the first run (see the
// gold README, "Entity set 1"); -gold.errors logs every error.
func TestEntities1(t *testing.T) {
	scoreEntitySet(t, "entities1", entityFloors{
		mentionRecall: entMentionRecall,
		bcubedF1:      entBcubedF1,
		names:         entNames,
		titleF1:       entTitleF1,
		resolve:       entResolve,
	})
}

// entityFloors are the floors of an entity gold set.
type entityFloors struct {
	mentionRecall, bcubedF1, names, titleF1, resolve float64
}

// entityDocTexts returns the text of each document of an entity set: a
// file under testdata, or a "bruk:NAME#N" document of the shared BRUK
// corpus built as the press sets build it (readBrukTexts).
func entityDocTexts(t *testing.T, docs []entDoc) []string {
	t.Helper()
	var gds []goldDoc
	for _, d := range docs {
		gds = append(gds, goldDoc{Doc: d.Doc})
	}
	brukTexts := readBrukTexts(t, gds)
	texts := make([]string, len(docs))
	for i, d := range docs {
		if strings.HasPrefix(d.Doc, brukPrefix) {
			texts[i] = brukTexts[d.Doc]
			continue
		}
		b, err := os.ReadFile(filepath.Join("testdata", filepath.FromSlash(d.Doc)))
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = string(b)
	}
	return texts
}

// scoreEntitySet scores testdata/gold/NAME.jsonl, logs its measures (and
// with -gold.errors every error) and checks them against the floors.
func scoreEntitySet(t *testing.T, name string, fl entityFloors) *entityScore {
	t.Helper()
	docs := readJSONLines[entDoc](t, name+".jsonl")
	texts := entityDocTexts(t, docs)
	p := load(t)
	var sc entityScore
	for i, d := range docs {
		text := []rune(texts[i])
		gm := placeMentions(t, d, text)
		x := p.Extract(texts[i], time.Time{})
		sc.scoreEntities(d, text, gm, x)
	}
	n := float64(sc.mentions)
	bp, br := sc.bcubedP/n, sc.bcubedR/n
	pp, pr := ratio(sc.pairBoth, sc.pairPred), ratio(sc.pairBoth, sc.pairGold)
	tp, tr := ratio(sc.titleTP, sc.titleTP+sc.titleFP), ratio(sc.titleTP, sc.titleTP+sc.titleFN)
	t.Logf("%s: %d documents, %d gold entities, %d gold mentions", name, len(docs), sc.entities, sc.mentions)
	t.Logf("mentions found %.3f (%d/%d), predicted mentions on a gold one %.3f (%d/%d)",
		ratio(sc.found, sc.mentions), sc.found, sc.mentions, ratio(sc.predRight, sc.predicted), sc.predRight, sc.predicted)
	t.Logf("linking B-cubed P %.3f R %.3f F1 %.3f; pairs P %.3f R %.3f F1 %.3f (%d/%d/%d)",
		bp, br, f1(bp, br), pp, pr, f1(pp, pr), sc.pairBoth, sc.pairPred, sc.pairGold)
	t.Logf("name accuracy %.3f (%d/%d gold entities); of found entities %.3f (%d/%d)",
		ratio(sc.names, sc.entities), sc.names, sc.entities, ratio(sc.names, sc.foundEntities), sc.names, sc.foundEntities)
	t.Logf("titles P %.3f R %.3f F1 %.3f (%d tp, %d fp, %d fn)", tp, tr, f1(tp, tr), sc.titleTP, sc.titleFP, sc.titleFN)
	t.Logf("pronoun and role resolution %.3f (%d/%d gold), predicted pronoun and title mentions right %.3f (%d/%d)",
		ratio(sc.resolveRight, sc.resolve), sc.resolveRight, sc.resolve, ratio(sc.predResRight, sc.predRes), sc.predResRight, sc.predRes)
	// A blind set (its name starts with "entitiesblind") never logs its
	// errors: only its aggregate measures may be read.
	if *goldErrors && !strings.HasPrefix(name, "entitiesblind") {
		for _, e := range sc.errs {
			t.Log(e)
		}
	}
	for _, f := range []struct {
		what      string
		got, want float64
	}{
		{"mention recall", ratio(sc.found, sc.mentions), fl.mentionRecall},
		{"B-cubed F1", f1(bp, br), fl.bcubedF1},
		{"name accuracy", ratio(sc.names, sc.entities), fl.names},
		{"title F1", f1(tp, tr), fl.titleF1},
		{"resolution accuracy", ratio(sc.resolveRight, sc.resolve), fl.resolve},
	} {
		if f.got < f.want {
			t.Errorf("%s %.3f below its floor %.3f", f.what, f.got, f.want)
		}
	}
	return &sc
}

// Floors for TestEntities1. First run (2026-12-03, commit c72cb33, gold
// written before it, SHA-256 5e6e3b65…): mentions found 0.959 (559/583),
// B-cubed P 0.992 R 0.921 F1 0.955, names 296/323, titles P 0.978 R 0.672
// F1 0.796, pronoun and role resolution 18/32 (predicted 18/20 right).
// After the fixes its errors pointed to (gold SHA-256 c91c6241…, one
// gold name corrected): mentions found 0.969, B-cubed P 0.994 R 0.949 F1
// 0.971, names 300/323, titles P 0.982 R 0.806 F1 0.885, resolution 26/32
// (predicted 26/26 right). Session 19 (gold SHA-256 6249bb5b…, two more
// names corrected to the guidelines): mentions found 0.985, B-cubed F1
// 0.987, names 310/323, titles F1 0.977, resolution 30/32. The floors
// sit a little below those; the
// later numbers flatter, as they were reached reading this set's errors.
const (
	entMentionRecall = 0.95
	entBcubedF1      = 0.95
	entNames         = 0.90
	entTitleF1       = 0.85
	entResolve       = 0.72
)

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
