package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// possessiveOwner returns whom the possessive pronoun at i stands for
// when it opens the trigger's object, a claim or a decision, right after
// the trigger's verb or noun: "відхилив її скаргу", "задовольнив його
// позов", "відхилив їхню апеляцію". Його stands for a man or a thing
// of the masculine or the neuter, її for a woman or a thing of the
// feminine: the firm of that gender named before in the sentence ("на
// торги прийшло ТОВ «Альфа», однак замовник відхилив його пропозицію"),
// else a person of that gender named in this sentence or the one
// before, else the body named there as a subject. The plural їхній and
// їх are left alone (they mostly stand for several). It returns "" when
// the word at i is no such pronoun or nothing fits it.
func (f *finder) possessiveOwner(i int, tr trig, actors []string) string {
	var g byte
	switch scan.ToLower(f.toks[i].Text) {
	case "його":
		g = 'm'
	case "її":
		g = 'f'
	default:
		return ""
	}
	t := &f.toks[i]
	if !strings.Contains(t.Tag, "pron:pos") || f.governedBy(i) != "" {
		return ""
	}
	w := i + 1
	for w < len(f.toks) && w <= i+3 && isAdj(&f.toks[w]) {
		w++ // "її апеляційну скаргу"
	}
	if w >= len(f.toks) || !decisions[f.low(w)] && !claims[f.low(w)] || !hasCase(&f.toks[w], "v_zna") && !hasCase(&f.toks[w], "v_rod") {
		return ""
	}
	if w != tr.noun {
		// the claim is the verb's object, close after it in its clause
		if !tr.verb || i <= tr.at || i-tr.at > 3 {
			return ""
		}
		for j := tr.at + 1; j < i; j++ {
			if f.toks[j].Kind == vistka.Punct || finiteVerb(&f.toks[j]) {
				return ""
			}
		}
	}
	if b := f.pronounBody(i, g, actors); b != "" {
		return b
	}
	if p := f.ents.RecentPersonWithin(t.RStart, f.s, 1, g, actors); p != "" {
		return p
	}
	if b := f.ents.LastBody(t.RStart, f.s, g); b != "" && !slices.Contains(actors, b) {
		return b
	}
	if b := f.prevSubjectBody(g); b != "" && !slices.Contains(actors, b) {
		return b
	}
	return ""
}

// prevSubjectBody returns the body that opens the sentence before as its
// subject, in the singular and agreeing with a possessive pronoun of
// gender g (його: the masculine or the neuter): a name after its kind
// ("Фірма «Альфа» подала скаргу": Альфа), a name alone, or a body named
// by a common noun ("Прокуратура подала позов": прокуратура). It
// returns "" when the sentence before opens otherwise.
func (f *finder) prevSubjectBody(g byte) string {
	if f.s == 0 {
		return ""
	}
	agrees := func(eg byte) bool { return eg == g || g == 'm' && eg == 'n' }
	pf := finder{a: f.a, ents: f.ents, s: f.s - 1, toks: f.a.Sentences[f.s-1].Tokens}
	for j := range pf.toks {
		t := &pf.toks[j]
		if t.Kind != vistka.Word || isAdj(t) || pf.spanType(j) == "DATE" {
			continue // "Минулого тижня Київська міська рада …"
		}
		if eg, ok := formGenders[pf.low(j)]; ok {
			// "ТОВ «Альфа» подало апеляцію" (the tagger may read the
			// form in any case, or as no noun at all)
			if e := pf.orgAfterKind(j); e != "" && agrees(eg) {
				return e
			}
			return ""
		}
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") || plural(t) || strings.Contains(t.Tag, "pron") {
			return ""
		}
		if e := pf.entityAt(j); e != "" {
			if pf.ents.Type(e) == "ORG" && agrees(nounGender(t)) {
				return e
			}
			return ""
		}
		if !actorNoun(pf.low(j)) || !agrees(nounGender(t)) {
			return ""
		}
		if e := pf.orgAfterKind(j); e != "" {
			return e // "Фірма «Альфа»": the name after its kind
		}
		if p := pf.nounPhrase(j); p != "" {
			return p
		}
		return pf.low(j)
	}
	return ""
}

// orgAfterKind returns the organisation named right after the word for its
// kind or form at j, past an opening quotation mark: "фірма «Альфа»",
// "ТОВ «Альфа»"; or "". (firmNamedAfter reads a firm's word in a
// verb's object, past a legal form outside the name too; namedAfter a
// person after a role.)
func (f *finder) orgAfterKind(j int) string {
	n := j + 1
	if n < len(f.toks) && f.toks[n].Kind == vistka.QuoteMark {
		n++
	}
	if n >= len(f.toks) {
		return ""
	}
	if e := f.entityAt(n); e != "" && f.ents.Type(e) == "ORG" {
		return e
	}
	return ""
}
