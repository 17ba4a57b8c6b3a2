package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// claimedNext returns who the sentence after the finder's own says did
// what it told with no doer: "Відповідальність за напад взяли на себе
// бойовики «Талібану»", "За даними слідства, це зробили російські
// військові", "За атакою стоїть угруповання Sandworm". It returns nil
// when the next sentence makes no such claim.
func (f *finder) claimedNext() []string {
	n := f.s + 1
	if n >= len(f.a.Sentences) {
		return nil
	}
	g := finder{a: f.a, ents: f.ents, s: n, toks: f.a.Sentences[n].Tokens, spansByEnd: f.spansByEnd}
	for v := range g.toks {
		if !isVerb(&g.toks[v]) || !g.claimVerb(v) {
			continue
		}
		after, self := v+1, false
		if after+1 < len(g.toks) && g.low(after) == "на" && g.low(after+1) == "себе" {
			after, self = after+2, true
		}
		if c := g.claimant(after, self); c != "" {
			return []string{c}
		}
		if s := g.subjects(v); len(s) > 0 {
			return s
		}
	}
	return nil
}

// claimant returns the doer named right after a verb of claiming, from
// j on (past на себе when self): a name ("взяла на себе «Ісламська держава»"), the name after its
// kind or its people ("угруповання «Аль-Шабаб»", "бойовики «Талібану»"),
// or the phrase of people with no name ("російські військові"); else "".
func (f *finder) claimant(j int, self bool) string {
	for j < len(f.toks) && (strings.HasPrefix(f.toks[j].Tag, "adv") || f.toks[j].Kind == vistka.QuoteMark) {
		j++ // "вже взяла на себе", the mark opening a name
	}
	if j >= len(f.toks) || !self && f.governedBy(j) != "" {
		return ""
	}
	if e := f.entityAt(j); e != "" {
		return e
	}
	k := j
	for k < len(f.toks) && isAdj(&f.toks[k]) && !strings.Contains(f.toks[k].Tag, "pron") {
		k++
	}
	if k < len(f.toks) && isNoun(&f.toks[k]) && !strings.Contains(f.toks[k].Tag, "pron") {
		if m := k + 1; m+1 < len(f.toks) && f.toks[m].Kind == vistka.QuoteMark && f.entityAt(m+1) != "" {
			return f.entityAt(m + 1) // "бойовики «Талібану»": whose fighters
		}
		return f.nounPhrase(k)
	}
	if k > j && groupAdjs[f.low(k-1)] {
		return f.text(j, k) // "російські військові"
	}
	return ""
}

// claimVerb reports whether the verb at v claims a deed told before:
// взяти or брати на себе with відповідальність in the sentence, зробити,
// вчинити, скоїти or здійснити with це or a noun of attack as its object,
// or стояти за with one.
func (f *finder) claimVerb(v int) bool {
	switch f.verb(v) {
	case "взяти", "брати":
		self := v+2 < len(f.toks) && f.low(v+1) == "на" && f.low(v+2) == "себе" || v >= 2 && f.low(v-2) == "на" && f.low(v-1) == "себе"
		if !self {
			return false
		}
		for j := range f.toks {
			if f.low(j) == "відповідальність" {
				return true
			}
		}
	case "зробити", "робити", "вчинити", "скоїти", "здійснити":
		for _, j := range []int{v - 1, v + 1} {
			if j >= 0 && j < len(f.toks) && (f.low(j) == "це" && hasCase(&f.toks[j], "v_zna") || attackNouns[f.low(j)]) {
				return true
			}
		}
	case "стояти":
		for j := max(v-3, 0); j < len(f.toks) && j <= v+3; j++ {
			if f.low(j) == "за" && j+1 < len(f.toks) && (f.low(j+1) == "це" || attackNouns[f.low(j+1)]) {
				return true
			}
		}
	}
	return false
}

// attackNouns name an attack whose doer a claim names.
var attackNouns = map[string]bool{"напад": true, "атака": true, "теракт": true, "вибух": true, "кібератака": true, "обстріл": true, "підпал": true, "удар": true}

// groupAdjs are adjectives that stand alone, in the plural, for people
// who act: "долучилися слідчі ДБР", "прибули військові".
var groupAdjs = map[string]bool{
	"слідчий": true, "поліцейський": true, "військовий": true, "черговий": true, "місцевий": true,
}
