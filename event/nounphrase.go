package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// Walks over a noun phrase: from a preposition or a word to its noun
// past the adjectives, and back from a noun over them.

// nounAfter returns the first noun after the preposition at j, past at
// most two adjectives or pronouns before it ("від традиційного
// протестантизму", "в інший світ"), or -1.
func (f *finder) nounAfter(j int) int {
	return f.nounPast(j+1, j+3, func(t *vistka.Token) bool { return isAdj(t) || strings.Contains(t.Tag, "pron") })
}

// nounPast returns the first noun from toks[from] to toks[last], past the
// words before it that pass takes (its adjectives), or -1 at a word pass
// does not take or when no noun comes.
func (f *finder) nounPast(from, last int, pass func(*vistka.Token) bool) int {
	for k := from; k < len(f.toks) && k <= last; k++ {
		t := &f.toks[k]
		if isNoun(t) {
			return k
		}
		if !pass(t) {
			return -1
		}
	}
	return -1
}

// pastAdjs returns the index of the first word from j on that is no
// adjective: the noun of "за виконані роботи" from виконані, or len(f.toks).
func (f *finder) pastAdjs(j int) int {
	for j < len(f.toks) && isAdj(&f.toks[j]) {
		j++
	}
	return j
}

// beforeAdjs returns the index of the word before the adjectives that stand
// right before j (the у of "у стикових матчах" from матчах), going back
// no further than lo: lo itself when they reach it, -1 lets them run to
// the start.
func (f *finder) beforeAdjs(j, lo int) int {
	k := j - 1
	for k > lo && isAdj(&f.toks[k]) {
		k--
	}
	return k
}

// adjBefore reports whether ok takes one of the adjectives, at most most
// of them, that stand right before n (lower-cased): the спільну of
// "спільну декларацію".
func (f *finder) adjBefore(n, most int, ok func(string) bool) bool {
	for k := n - 1; k >= 0 && k >= n-most && isAdj(&f.toks[k]); k-- {
		if ok(f.low(k)) {
			return true
		}
	}
	return false
}

// adjCountry returns the country one of the three adjectives right before
// n names ("російський ринок", "російський корвет"), or "".
func (f *finder) adjCountry(n int) string {
	for k := n - 1; k >= 0 && k >= n-3 && isAdj(&f.toks[k]); k-- {
		if c := f.ents.CountryOf(f.low(k)); c != "" {
			return c
		}
	}
	return ""
}

// isAdj reports an adjective (a participle or a pronoun of the adjective's
// kind too: свій, їхній).
func isAdj(t *vistka.Token) bool { return strings.HasPrefix(t.Tag, "adj") }
