package quote

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// The rules of this file were found reading the errors of the eighth
// press set (real local news and reportage).

// thatBefore reads a quotation that opens right after the що of a cue's
// clause, in the cue's sentence: "Він переконаний, що «якість наших
// інститутів – на рівні відсталих країн. …»". It returns the clause before
// the comma as the attribution, as attributionBefore does for a colon.
// The quotation must close the sentence: in "заявив, що «Слуга народу»
// програє" the marks hold a name inside the clause.
func (d *doc) thatBefore(open, close int) (from, to int, ok bool) {
	i := open - 1
	if i < 1 || !isThat(d.toks[i].Lemma) || d.toks[i-1].Text != "," || d.toks[i-1].para != d.toks[open].para {
		return 0, 0, false
	}
	if n := close + 1; n < len(d.toks) && d.toks[n].para == d.toks[close].para &&
		!(d.toks[n].Kind == vistka.Punct && strings.ContainsAny(d.toks[n].Text, ".!?…")) {
		return 0, 0, false
	}
	to = i - 1
	from = d.sentStart[d.toks[to].sent]
	if from >= to || d.cueAt(to-1) == "" && !d.cueIn(from, to) {
		return 0, 0, false
	}
	return from, to, true
}

// cueIn reports whether toks[from:to] hold a cue.
func (d *doc) cueIn(from, to int) bool {
	for j := from; j < to; j++ {
		if d.cueAt(j) != "" {
			return true
		}
	}
	return false
}

// instrumentalBefore returns where a cue of sharing at i really follows
// the dash of a dialogue line when an object in the instrumental stands
// between them: "…, – своїми враженнями поділився учасник турніру". It
// returns i-1 when there is none.
func (d *doc) instrumentalBefore(i, from int) int {
	c := i - 1
	if !strings.EqualFold(d.toks[i].Lemma, "поділитися") {
		return c
	}
	k := c
	for k > from && k >= i-3 && d.toks[k].Kind == vistka.Word && vtag.Has(d.toks[k].Tag, "v_oru") &&
		(strings.HasPrefix(d.toks[k].Tag, "noun") || strings.HasPrefix(d.toks[k].Tag, "adj")) {
		k--
	}
	if k < c && k > from && isDash(d.toks[k]) {
		return k
	}
	return c
}
