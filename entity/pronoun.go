package entity

import (
	"strings"

	"github.com/vistka/vistka"
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
				e := &r.Entities[p]
				e.Mentions = append(e.Mentions, vistka.Mention{Start: t.RStart, End: t.REnd, Text: t.Text, Lemma: strings.ToLower(t.Lemma), Kind: "pronoun"})
				r.mentionSent[p] = append(r.mentionSent[p], s)
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
	for i, e := range r.Entities {
		if e.Type != "PERS" || r.Gender[i] != g {
			continue
		}
		for j, m := range e.Mentions {
			if m.Kind == "pronoun" || m.Start >= pos || s-r.mentionSent[i][j] > 2 || r.mentionSent[i][j] > s {
				continue
			}
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	return found
}
