package morph

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka/hunspell"
	"github.com/vistka/vistka/internal/scan"
)

// Bare families: paradigms that hunspell-uk spells out word by word.
//
// hunspell-uk lists some nouns without affix flags, each of their forms
// a word of its own: позов, позову, позові, позовом, позови, позовів,
// позовам, позовами, позовах, позове (about forty common nouns in -ов,
// which no flagged noun of the dictionary ends in, and a few others).
// Taken one by one, each of those words is a lemma of its own whose tags
// the inferrer can only guess from other flagless words (позови came
// out an indeclinable feminine noun, кузов an adverb).
//
// bareFamilies finds such families and gives each the flags of an
// analogous flagged entry, so that its forms get the lemma and the
// tags that entry's rules make:
//
//   - a base is a flagless word with at least minBareSiblings other
//     flagless words that extend its stem (the base without its last
//     letter) by at most maxBareEnding letters;
//   - the analogues are the flag sets of the flagged entries with the
//     base's capitalisation and ending (poolKey: the same final vowel,
//     ь or й, or any final consonant; hunspell-uk has no flagged common
//     noun in -ов, but мороз and народ decline as позов does);
//   - each flag set is applied to the base (hunspell's own expansion):
//     the forms it makes that are flagless words of the dictionary are
//     hits, the others misses; the analogue with the most hits wins,
//     then the fewest misses, then the flag set most entries share, then
//     the first in byte order. Gender and declension come with it: a
//     flag set whose rules make позовів and позовами is a masculine
//     noun's of the hard group;
//   - a family needs at least minBareHits hits besides the base, one of
//     them a plural dative, instrumental or locative (-ам, -ям, -ами,
//     -ями, -ах, -ях; only a noun's paradigm has them), and no more
//     misses than hits;
//   - bases are taken by most hits first (then fewest misses, then file
//     order), and a word already in a family is no longer a base or a
//     hit of another one (позови is not the base of a plural-only noun
//     once позов has taken it).
//
// A family keeps only the forms the dictionary lists (hits and base),
// under the analogue's flags and rules; its words' own flagless entries
// are dropped. Nothing here names a word: the families are whatever the
// dictionary holds.
const (
	minBareSiblings = 4
	maxBareEnding   = 4
	minBareHits     = 4
)

// bareFamily is a flagless base word with the analogue flags that
// spell out its listed forms.
type bareFamily struct {
	base  int // index of the base entry
	flags []hunspell.Flag
	hits  []string // the listed forms the flags make, base excluded
	miss  int
}

// bareFamilies returns the families of the flagless entries of dic,
// keyed by the index of their base, and the indices of the flagless
// entries they take in (bases included).
func bareFamilies(aff *hunspell.Aff, dic []hunspell.Entry) (map[int]*bareFamily, map[int]bool) {
	bare := map[string][]int{}
	var words []string
	for i := range dic {
		if len(dic[i].Flags) > 0 || dic[i].Morph != "" {
			continue
		}
		w := dic[i].Word
		if _, ok := bare[w]; !ok {
			words = append(words, w)
		}
		bare[w] = append(bare[w], i)
	}
	slices.Sort(words)
	// Analogue flag sets by capitalisation and last letter, with the
	// number of entries that carry each.
	type flagSet struct {
		key   string
		flags []hunspell.Flag
		n     int
	}
	pools := map[string]map[string]*flagSet{}
	for i := range dic {
		e := &dic[i]
		if len(e.Flags) == 0 || e.Has(aff.Forbidden) || e.Has(aff.NeedAffix) || e.Has(aff.OnlyInCompound) {
			continue
		}
		pk := poolKey(e.Word)
		var sb strings.Builder
		for _, f := range e.Flags {
			sb.WriteString(f.Format(aff.FlagType))
		}
		p := pools[pk]
		if p == nil {
			p = map[string]*flagSet{}
			pools[pk] = p
		}
		fs := p[sb.String()]
		if fs == nil {
			fs = &flagSet{key: sb.String(), flags: e.Flags}
			p[fs.key] = fs
		}
		fs.n++
	}
	sorted := map[string][]*flagSet{}
	for pk, p := range pools {
		s := make([]*flagSet, 0, len(p))
		for _, fs := range p {
			s = append(s, fs)
		}
		slices.SortFunc(s, func(a, b *flagSet) int { return strings.Compare(a.key, b.key) })
		sorted[pk] = s
	}
	var cands []*bareFamily
	for _, w := range words {
		_, size := utf8.DecodeLastRuneInString(w)
		stem := w[:len(w)-size]
		if utf8.RuneCountInString(stem) < 2 {
			continue
		}
		siblings := 0
		lo, _ := slices.BinarySearch(words, stem)
		for _, s := range words[lo:] {
			if !strings.HasPrefix(s, stem) {
				break
			}
			if s != w && utf8.RuneCountInString(s[len(stem):]) <= maxBareEnding {
				siblings++
			}
		}
		if siblings < minBareSiblings {
			continue
		}
		var best *bareFamily
		bestN := 0
		for _, fs := range sorted[poolKey(w)] {
			f := &bareFamily{base: bare[w][0], flags: fs.flags}
			seen := map[string]bool{w: true}
			aff.Expand(&hunspell.Entry{Word: w, Flags: fs.flags}, func(g *hunspell.Form) {
				if seen[g.Word] {
					return
				}
				seen[g.Word] = true
				if _, ok := bare[g.Word]; ok {
					f.hits = append(f.hits, g.Word)
				} else {
					f.miss++
				}
			})
			if best == nil || len(f.hits) > len(best.hits) ||
				len(f.hits) == len(best.hits) && (f.miss < best.miss || f.miss == best.miss && fs.n > bestN) {
				best, bestN = f, fs.n
			}
		}
		if best != nil && len(best.hits) >= minBareHits && best.miss <= len(best.hits) && fullParadigm(w, best.hits) {
			cands = append(cands, best)
		}
	}
	slices.SortStableFunc(cands, func(a, b *bareFamily) int {
		return cmp.Or(len(b.hits)-len(a.hits), a.miss-b.miss, a.base-b.base)
	})
	fams := map[int]*bareFamily{}
	taken := map[int]bool{}
	used := map[string]bool{}
	for _, f := range cands {
		base := dic[f.base].Word
		if used[base] || slices.ContainsFunc(f.hits, func(h string) bool { return used[h] }) {
			continue
		}
		fams[f.base] = f
		for _, w := range append([]string{base}, f.hits...) {
			used[w] = true
			for _, i := range bare[w] {
				taken[i] = true
			}
		}
	}
	return fams, taken
}

// poolKey is the capitalisation class of a word and its ending: its
// last letter when that is a vowel, ь, й or an apostrophe, else a
// consonant in general (the rules' own conditions then tell a hard
// stem from a soft or a hissing one).
func poolKey(w string) string {
	end := scan.ToLower(lastRunes(w, 1))
	if !strings.Contains("аеєиіїоуюяьй'’", end) {
		end = "C"
	}
	return string('0'+rune(classify(w))) + end
}

// fullParadigm reports whether the forms, after the stem the base and
// they share, have a singular instrumental ending (-ом, -ем, -єм, -ою,
// -ею, -єю, -ю after an apostrophe) and a plural dative, instrumental
// or locative one (-ам, -ям, -ами, -ями, -ах, -ях): the paradigm of a
// noun whose base is its nominative singular, not a plural-only word
// (люди) nor an oblique form listed as a base (великодня of великдень).
func fullParadigm(base string, forms []string) bool {
	stem := base
	for _, f := range forms {
		for !strings.HasPrefix(f, stem) {
			_, size := utf8.DecodeLastRuneInString(stem)
			stem = stem[:len(stem)-size]
		}
	}
	sg, pl := false, false
	for _, f := range forms {
		switch f[len(stem):] {
		case "ом", "ем", "єм", "ою", "ею", "єю", "’ю", "'ю":
			sg = true
		case "ам", "ям", "ами", "ями", "ах", "ях":
			pl = true
		}
	}
	return sg && pl
}
