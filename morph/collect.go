package morph

import (
	"bufio"
	"cmp"
	"os"
	"slices"
	"strings"
	"unicode"
)

// Source bits of a collected analysis.
const (
	srcCorpus   uint8 = 1 << iota // a tagged corpus (BRUK train)
	srcDict                       // a tagged dictionary (VESUM lists)
	srcInferred                   // hunspell with inferred tags
)

// triple is one analysis of one form while the lexicon is being built.
type triple struct {
	form, lemma, tag string
	src              uint8
}

// collection gathers triples from all sources.
type collection struct {
	strs    map[string]string // interned strings
	triples []triple
}

func newCollection() *collection {
	return &collection{strs: map[string]string{}}
}

func (c *collection) intern(s string) string {
	if v, ok := c.strs[s]; ok {
		return v
	}
	c.strs[s] = s
	return s
}

// normEntry puts a tagged entry into lexicon shape: ASCII apostrophes, the
// form in its lemma's capitalisation. It reports false for entries the
// lexicon does not keep (numbers written in digits, empty fields).
func normEntry(e Entry) (Entry, bool) {
	e.Form = strings.TrimSpace(NormApostrophe(e.Form))
	e.Lemma = strings.TrimSpace(NormApostrophe(e.Lemma))
	e.Tag = strings.TrimSpace(e.Tag)
	if e.Form == "" || e.Lemma == "" || e.Tag == "" || strings.ContainsAny(e.Form, " \t\n") {
		return e, false
	}
	if strings.IndexFunc(e.Form, unicode.IsDigit) >= 0 {
		return e, false
	}
	e.Form = withCaseOf(e.Form, e.Lemma)
	return e, true
}

func (c *collection) add(e Entry, src uint8) {
	c.triples = append(c.triples, triple{c.intern(e.Form), c.intern(e.Lemma), c.intern(e.Tag), src})
}

// finish sorts the triples by lemma, form, tag and merges duplicates.
func (c *collection) finish() {
	slices.SortFunc(c.triples, func(a, b triple) int {
		return cmp.Or(strings.Compare(a.lemma, b.lemma), strings.Compare(a.form, b.form), strings.Compare(a.tag, b.tag))
	})
	out := c.triples[:0]
	for _, t := range c.triples {
		if n := len(out); n > 0 && out[n-1].form == t.form && out[n-1].lemma == t.lemma && out[n-1].tag == t.tag {
			out[n-1].src |= t.src
			continue
		}
		out = append(out, t)
	}
	c.triples = slices.Clip(out)
}

// readAnimacy reads VESUM's sem/noun.csv: a noun is animate when its first
// sense is a human, an animal or a supernatural being.
func readAnimacy(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		word, rest, ok := strings.Cut(sc.Text(), ",")
		if !ok {
			continue
		}
		rest, _, _ = strings.Cut(rest, ",")
		sense, _, _ := strings.Cut(strings.TrimPrefix(rest, "1:"), ":2:")
		anim := false
		for p := range strings.SplitSeq(sense, ":") {
			for q := range strings.SplitSeq(p, "&") {
				if q == "hum" || q == "animal" || q == "supernat" {
					anim = true
				}
			}
		}
		out[NormApostrophe(word)] = anim
	}
	return out, sc.Err()
}
