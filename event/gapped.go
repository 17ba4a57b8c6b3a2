package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// gappedGift reports whether what a gapped giver gives, after its dash at
// j-1, is a sum or goods (past one adjective): "Норвегія — 150 млн
// євро", "Латвія — дрони", "Естонія — нові генератори".
func (f *finder) gappedGift(j int) bool {
	if f.toks[j].Kind == vistka.Number {
		return true
	}
	if isAdj(&f.toks[j]) && j+1 < len(f.toks) {
		j++
	}
	return f.givenThing(j)
}

// gappedGivers adds, for each gift of aid told by a verb in the
// sentence, the gifts the sentence lists after it with the verb left out:
// "Німеччина надасть Україні 200 млн євро, Норвегія — 150 млн євро". Each
// giver is a country or a body named in the nominative after a comma, a
// dash standing for the verb and a sum or goods after the dash (see
// gappedGift); it gives to whom the first gave, with the same aux.
func (f *finder) gappedGivers(here []vistka.Event) []vistka.Event {
	n := len(here)
	for k := range n {
		e := here[k]
		if e.Type != "AID" || e.TriggerSpan == nil || len(e.Actors) == 0 {
			continue
		}
		at := tokenStarting(f.toks, e.TriggerSpan.Start)
		if at < 0 || !isVerb(&f.toks[at]) {
			continue
		}
		for j := at + 1; j+3 < len(f.toks); j++ {
			t := &f.toks[j]
			if endsSentence(t) || t.Text == ";" || strings.HasPrefix(t.Tag, "verb") {
				break
			}
			if t.Text != "," {
				continue
			}
			s := j + 1 // the giver's first word, past а, і, та
			if w := f.low(s); w == "а" || w == "і" || w == "та" {
				s++
			}
			g := f.entityAt(s)
			d := s + 1
			for d < len(f.toks) && g != "" && f.entityAt(d) == g {
				d++
			}
			if g == "" || d+1 >= len(f.toks) || !isDash(&f.toks[d]) || !f.gappedGift(d+1) ||
				!hasCase(&f.toks[s], "v_naz") && f.toks[s].Tag != "" || slices.Contains(e.Actors, g) || slices.Contains(e.Recipients, g) {
				continue
			}
			if typ := f.ents.Type(g); typ != "LOC" && typ != "ORG" {
				continue
			}
			c := e
			c.Actors = []string{g}
			c.Recipients = slices.Clone(e.Recipients)
			c.Aux = slices.Clone(e.Aux)
			here = append(here, c)
		}
	}
	return here
}
