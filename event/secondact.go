package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// Acts told inside other acts of a sentence: the second act takes the
// sides the first one names when it names none of its own.

// agreedAid gives an aid told in a relative clause on an agreement ("…
// уклали угоду, відповідно до якої Японія надасть 4,5 млрд доларів", "…
// підписали меморандум, за яким фонд передасть 50 генераторів"), with no
// one named to get it, the agreement's other parties as its recipients:
// the giver is one of the parties, the others are those it gives to.
func (f *finder) agreedAid(out []vistka.Event) []vistka.Event {
	for k := range out {
		e := &out[k]
		if e.Type != "AID" || len(e.Recipients) > 0 || len(e.Actors) == 0 || e.TriggerSpan == nil {
			continue
		}
		c := f.agreementClause(e.TriggerSpan.Start)
		if c < 0 {
			continue
		}
		for _, a := range out {
			if a.Type != "AGREE" || a.TriggerSpan == nil || a.TriggerSpan.End > f.toks[c].RStart || a.TriggerSpan.End < f.toks[max(c-8, 0)].RStart {
				continue
			}
			var got []string
			gives := false
			for _, p := range slices.Concat(a.Actors, a.Recipients) {
				if slices.ContainsFunc(e.Actors, func(g string) bool { return sameActor(f.ents, g, []string{p}) }) {
					gives = true
				} else {
					got = append(got, p)
				}
			}
			if gives && len(got) > 0 {
				e.Recipients = got
			}
			break
		}
	}
	return out
}

// agreementClause returns the comma that opens the relative clause the
// word starting at start stands in, when the clause tells what an
// agreement named right before the comma provides (", за якою", ",
// відповідно до якої", ", згідно з яким"), or -1.
func (f *finder) agreementClause(start int) int {
	at := tokenStarting(f.toks, start)
	for c := at - 1; c > 0; c-- {
		t := &f.toks[c]
		if t.Kind != vistka.Punct {
			continue
		}
		if t.Text != "," {
			return -1
		}
		if !slices.ContainsFunc(f.toks[c+1:min(c+5, at)], func(t vistka.Token) bool { return t.Lemma == "який" }) {
			return -1
		}
		for j := c - 1; j >= 0 && j >= c-8 && f.toks[j].Kind != vistka.Punct && !finiteVerb(&f.toks[j]); j-- {
			if agreementNouns[f.low(j)] && isNoun(&f.toks[j]) {
				return c
			}
		}
		return -1
	}
	return -1
}

// agreementNouns are the nouns of an agreement whose terms a relative
// clause tells (see agreementClause).
var agreementNouns = map[string]bool{"угода": true, "меморандум": true, "договір": true, "домовленість": true, "контракт": true}

// infinitiveTakes reports whether an infinitive between the light verb at
// i and its noun at j takes that noun as its own: "пообіцяв передати
// Україні пакет допомоги" tells one act, the giving the promise is of,
// not a promise of aid besides it.
func (f *finder) infinitiveTakes(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if t := &f.toks[k]; isVerb(t) && strings.Contains(t.Tag, ":inf") {
			return slices.Contains(lightVerbs[f.verb(k)], f.low(j))
		}
	}
	return false
}
