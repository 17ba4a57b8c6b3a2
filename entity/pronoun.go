package entity

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// pronouns adds personal pronouns in the nominative (він, вона) to the
// person they stand for, where the text makes it clear: exactly one person
// of that gender was named in the sentence or the two before it.
func (r *Result) pronouns(a *vistka.Analysis) {
	for s := range a.Sentences {
		for i := range a.Sentences[s].Tokens {
			t := &a.Sentences[s].Tokens[i]
			if !strings.Contains(t.Tag, "pron:pers:3") || !strings.Contains(t.Tag, "v_naz") {
				continue
			}
			var g byte
			switch {
			case strings.Contains(t.Tag, ":m:"):
				g = 'm'
			case strings.Contains(t.Tag, ":f:"):
				g = 'f'
			default:
				continue
			}
			if p := r.onlyPerson(t.RStart, s, g); p >= 0 {
				r.addMention(p, s, vistka.Mention{Start: t.RStart, End: t.REnd, Text: t.Text, Lemma: scan.ToLower(t.Lemma), Kind: "pronoun"})
			}
		}
	}
	r.sortMentions()
}

// onlyPerson returns the one person of gender g named before pos in
// sentence s or the two sentences before it, or -1 when there is none or
// more than one.
func (r *Result) onlyPerson(pos, s int, g byte) int {
	found := -1
	r.idx.before(pos, func(m mref) bool {
		if s-m.sent > 2 {
			return false
		}
		if m.sent > s || r.Entities[m.ent].Type != "PERS" || r.Gender[m.ent] != g || r.isPronoun(m) {
			return true
		}
		if found >= 0 && found != m.ent {
			found = -2
			return false
		}
		found = m.ent
		return true
	})
	return max(found, -1)
}

// isPronoun reports whether the indexed mention m is a pronoun mention.
func (r *Result) isPronoun(m mref) bool {
	for _, mm := range r.Entities[m.ent].Mentions {
		if mm.Start == m.start && mm.End == m.end {
			return mm.Kind == "pronoun"
		}
	}
	return false
}
