package morph

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// Words with digits (1990-х, 11-ій, 19.12.2017, 7.30) are not in the
// lexicon; the guesser reads them by shape. A shape is the word with each
// run of digits made "0" (0-х, 0.0.0); the tail is what follows the last
// digit (-х). The table, learned from the tagged corpus, maps shapes and
// tails to the tail of the lemma and the tag: 0-х → -й adj:p:v_rod:numr.
// The lemma is the word up to its last digit with the lemma's tail.

// hasDigit reports whether s has a digit, as digitShape's ok does,
// without making the shape.
func hasDigit(s string) bool {
	for i := 0; i < len(s); {
		x := s[i]
		if x < utf8.RuneSelf {
			if '0' <= x && x <= '9' {
				return true
			}
			i++
			continue
		}
		// Cyrillic letters (U+0400-U+047F) are no digits.
		if (x == 0xd0 || x == 0xd1) && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsDigit(r) {
			return true
		}
		i += size
	}
	return false
}

// digitShape returns the shape of s, the offset just after its last digit
// and whether it has a digit at all.
func digitShape(s string) (shape string, cut int, ok bool) {
	var b strings.Builder
	inDigits := false
	for i, r := range s {
		if unicode.IsDigit(r) {
			if !inDigits {
				b.WriteByte('0')
			}
			inDigits = true
			ok = true
			cut = i + utf8.RuneLen(r)
			continue
		}
		inDigits = false
		b.WriteRune(r)
	}
	return b.String(), cut, ok
}

// shapeEntry is one reading of a shape.
type shapeEntry struct {
	lemmaTail, tag string
	n              int
}

// shapeStats collects the shape table while the lexicon is built.
type shapeStats map[string]map[[2]string]int

func (st shapeStats) add(form, lemma, tag string) {
	shape, cut, ok := digitShape(form)
	_, lcut, lok := digitShape(lemma)
	if !ok || !lok || form[:cut] != lemma[:lcut] {
		return
	}
	tail := "~" + scan.ToLower(form[cut:])
	for _, k := range []string{shape, tail} {
		m := st[k]
		if m == nil {
			m = map[[2]string]int{}
			st[k] = m
		}
		m[[2]string{lemma[lcut:], tag}]++
	}
}

// encode writes the table as text: key TAB lemma tail TAB tag TAB count,
// sorted.
func (st shapeStats) encode() []byte {
	var lines []string
	for k, m := range st {
		for e, n := range m {
			if n < 2 && !strings.HasPrefix(k, "~") {
				continue
			}
			lines = append(lines, fmt.Sprintf("%s\t%s\t%s\t%d", k, e[0], e[1], n))
		}
	}
	slices.Sort(lines)
	return []byte(strings.Join(lines, "\n"))
}

// shapeTable is the opened table, parsed on first use.
type shapeTable struct {
	once sync.Once
	raw  []byte
	m    map[string][]shapeEntry
}

func (t *shapeTable) get(key string) []shapeEntry {
	t.once.Do(func() {
		t.m = map[string][]shapeEntry{}
		for line := range strings.SplitSeq(string(t.raw), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 4 {
				continue
			}
			n, _ := strconv.Atoi(f[3])
			t.m[f[0]] = append(t.m[f[0]], shapeEntry{f[1], f[2], n})
		}
		for _, es := range t.m {
			slices.SortFunc(es, func(a, b shapeEntry) int {
				return cmp.Or(b.n-a.n, strings.Compare(a.tag, b.tag), strings.Compare(a.lemmaTail, b.lemmaTail))
			})
		}
	})
	return t.m[key]
}

// guessShape appends the readings of a word with digits.
func (l *Lexicon) guessShape(out []Guess, form string) []Guess {
	shape, cut, ok := digitShape(form)
	if !ok {
		return out
	}
	es := l.shapes.get(shape)
	if es == nil {
		es = l.shapes.get("~" + scan.ToLower(form[cut:]))
	}
	total := 0
	for _, e := range es {
		total += e.n
	}
	for _, e := range es {
		id, ok := l.TagID(e.tag)
		if !ok {
			continue
		}
		out = append(out, Guess{Lemma: form[:cut] + e.lemmaTail, Tag: e.tag, TagID: id,
			Score: float64(e.n) / float64(total), para: -1})
	}
	return out
}
