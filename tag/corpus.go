package tag

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/bruk"
)

// CorpusLexicon is a Lexicon built from BRUK sentences: the analyses each
// form has in the corpus, looked up lower-cased with apostrophes
// normalised, and a suffix guesser learned from the corpus's rarer words.
// It stands in for the full lexicon of package morph while that is built,
// and is what the tagger is trained and measured with until then. It is
// safe for concurrent use.
type CorpusLexicon struct {
	forms    map[string][]Candidate // Normalize(form) → analyses, most frequent first
	suffixes map[string][]guessRule // shape class + suffix → rules, most frequent first
	// rare marks the forms whose analyses fed the guesser, so that Guess
	// can leave a form's own analyses out.
	rare map[string]bool
	// implied lists the tags a form with a tag has with the same lemma.
	implied map[string][]string
}

type analysis struct{ lemma, tag string }

type guessRule struct {
	tag   string
	rule  lemmaRule
	count int
}

// Guesser parameters.
const (
	guessMaxSuffix = 7   // longest suffix, in runes
	guessMaxFreq   = 10  // forms seen at most this often teach the guesser
	guessMinTypes  = 12  // a suffix needs this many analyses to be trusted
	guessMax       = 16  // at most this many guesses
	guessCut       = 200 // after two guesses, drop those under 1/guessCut of the suffix's analyses
)

// NewCorpusLexicon builds a lexicon from sents.
func NewCorpusLexicon(sents []bruk.Sentence) *CorpusLexicon {
	counts := make(map[string]map[analysis]int)
	total := make(map[string]int)
	for _, s := range sents {
		for _, t := range s.Tokens {
			if !isWord(t.Surface) {
				continue
			}
			f := Normalize(t.Surface)
			m := counts[f]
			if m == nil {
				m = make(map[analysis]int)
				counts[f] = m
			}
			m[analysis{t.Lemma, t.Tag}]++
			total[f]++
		}
	}
	lex := &CorpusLexicon{
		forms:    make(map[string][]Candidate, len(counts)),
		suffixes: make(map[string][]guessRule),
		rare:     make(map[string]bool),
	}
	type cnt struct {
		a analysis
		n int
	}
	implied := impliedTags(counts)
	lex.implied = implied
	for f, m := range counts {
		var cs []cnt
		for a, n := range m {
			cs = append(cs, cnt{a, n})
		}
		// Analyses the corpus did not show but the paradigm implies (an
		// inanimate masculine noun in v_zna is also in v_naz) come after
		// those it showed.
		for a := range m {
			for _, b := range implied[a.tag] {
				if _, ok := m[analysis{a.lemma, b}]; !ok && !slices.ContainsFunc(cs, func(c cnt) bool { return c.a == analysis{a.lemma, b} }) {
					cs = append(cs, cnt{analysis{a.lemma, b}, 0})
				}
			}
		}
		slices.SortFunc(cs, func(x, y cnt) int {
			return cmp.Or(-cmp.Compare(x.n, y.n), cmp.Compare(x.a.tag, y.a.tag), cmp.Compare(x.a.lemma, y.a.lemma))
		})
		cands := make([]Candidate, len(cs))
		for i, c := range cs {
			cands[i] = Candidate{Lemma: c.a.lemma, Tag: c.a.tag}
		}
		lex.forms[f] = cands
	}
	// The guesser learns from the analyses of rare forms, as written the
	// first time they occur (the case of the surface decides the lemma's).
	seen := make(map[string]bool)
	for _, s := range sents {
		for _, t := range s.Tokens {
			f := Normalize(t.Surface)
			if !isWord(t.Surface) || total[f] > guessMaxFreq {
				continue
			}
			k := f + "\x00" + t.Lemma + "\x00" + t.Tag
			if seen[k] {
				continue
			}
			seen[k] = true
			lex.rare[f] = true
			lower := []byte(f)
			r := ruleOf(t.Surface, t.Lemma)
			for _, key := range guessKeys(t.Surface, lower) {
				lex.suffixes[key] = addRule(lex.suffixes[key], t.Tag, r)
			}
		}
	}
	for k, rules := range lex.suffixes {
		slices.SortFunc(rules, func(x, y guessRule) int {
			return cmp.Or(-cmp.Compare(x.count, y.count), cmp.Compare(x.tag, y.tag),
				cmp.Compare(x.rule.mode, y.rule.mode), cmp.Compare(x.rule.strip, y.rule.strip), cmp.Compare(x.rule.add, y.rule.add))
		})
		lex.suffixes[k] = rules
	}
	return lex
}

func addRule(rules []guessRule, tag string, r lemmaRule) []guessRule {
	for i := range rules {
		if rules[i].tag == tag && rules[i].rule == r {
			rules[i].count++
			return rules
		}
	}
	return append(rules, guessRule{tag, r, 1})
}

// guessKeys returns the guesser's keys of a form, longest suffix first:
// the shape class (lower, Capitalised, UPPER) and the last k runes of the
// lower-cased form.
func guessKeys(surface string, lower []byte) []string {
	class := byte('l')
	if c, _ := utf8.DecodeRuneInString(surface); unicode.IsUpper(c) {
		class = 'C'
		if sh := shapeOf(surface); sh&shapeUpper != 0 {
			class = 'U'
		}
	}
	n := min(utf8.RuneCount(lower), guessMaxSuffix)
	keys := make([]string, 0, n+1)
	for k := n; k >= 0; k-- {
		keys = append(keys, string(class)+string(lower[suffixStart(lower, k):]))
	}
	return keys
}

// Len returns the number of forms the lexicon knows.
func (l *CorpusLexicon) Len() int { return len(l.forms) }

// Analyze implements Lexicon.
func (l *CorpusLexicon) Analyze(form string, dst []Candidate) []Candidate {
	if cs, ok := l.forms[Normalize(form)]; ok {
		return append(dst, cs...)
	}
	return l.guess(form, dst, false)
}

// Guess implements Guesser: it guesses the analyses of form from its
// suffix, leaving out what the form itself taught the guesser.
func (l *CorpusLexicon) Guess(form string, dst []Candidate) []Candidate {
	return l.guess(form, dst, true)
}

func (l *CorpusLexicon) guess(form string, dst []Candidate, leaveOut bool) []Candidate {
	lower := appendLower(nil, form)
	var own []Candidate
	if leaveOut && l.rare[string(lower)] {
		own = l.forms[string(lower)]
	}
	for _, key := range guessKeys(form, lower) {
		rules := l.suffixes[key]
		if len(rules) == 0 {
			continue
		}
		var types int
		for _, r := range rules {
			types += r.count - ownCount(own, form, r)
		}
		if types < guessMinTypes && len(key) > 1 {
			continue
		}
		start := len(dst)
		for _, r := range rules {
			n := r.count - ownCount(own, form, r)
			if n <= 0 || (len(dst)-start >= 2 && n*guessCut < types) {
				continue
			}
			dst = append(dst, Candidate{Lemma: r.rule.apply(form, lower), Tag: r.tag, Guess: true})
			if len(dst)-start == guessMax {
				break
			}
		}
		if len(dst) > start {
			// Add what the guessed tags imply, as for known forms.
			end := len(dst)
			for i := start; i < end; i++ {
				for _, b := range l.implied[dst[i].Tag] {
					c := Candidate{Lemma: dst[i].Lemma, Tag: b, Guess: true}
					if !slices.Contains(dst[start:], c) {
						dst = append(dst, c)
					}
				}
			}
			return dst
		}
	}
	return dst
}

// ownCount is 1 when one of own (the form's own analyses) is what r
// would make of form.
func ownCount(own []Candidate, form string, r guessRule) int {
	for _, c := range own {
		if c.Tag == r.tag && ruleOf(form, c.Lemma) == r.rule {
			return 1
		}
	}
	return 0
}

// expandMin is the share of a tag's (form, lemma) pairs that must show
// another tag for the one to imply the other.
const expandMin = 0.1

// impliedTags learns which tags a form with a given tag also has with the
// same lemma: tag b is implied by tag a when at least expandMin of the
// (form, lemma) pairs seen with a are also seen with b.
func impliedTags(counts map[string]map[analysis]int) map[string][]string {
	byLemma := make(map[analysis][]string) // (form, lemma) → tags
	for f, m := range counts {
		for a := range m {
			k := analysis{f, a.lemma}
			byLemma[k] = append(byLemma[k], a.tag)
		}
	}
	n := make(map[string]int)
	pair := make(map[[2]string]int)
	for _, tags := range byLemma {
		for _, a := range tags {
			n[a]++
			for _, b := range tags {
				if a != b {
					pair[[2]string{a, b}]++
				}
			}
		}
	}
	implied := make(map[string][]string)
	if expandMin <= 0 {
		return implied
	}
	for ab, k := range pair {
		if k >= 3 && float64(k) >= expandMin*float64(n[ab[0]]) {
			implied[ab[0]] = append(implied[ab[0]], ab[1])
		}
	}
	for a := range implied {
		slices.Sort(implied[a])
	}
	return implied
}
