package quote

import (
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// The rules of this file were found reading the errors of the thirteenth
// press set (real BRUK reports, columns and features).

// soOpeners are the particles that may stand before так opening a
// sentence that attributes the sentence before: "Принаймні так вважають
// активісти".
var soOpeners = setOf("принаймні", "саме", "і", "й", "ось", "щонайменше")

// soSaidBefore reads a sentence that opens with так right before its cue,
// past a particle, and names the speaker after the cue: "Влада зазіхає на
// свободу слова! Принаймні так вважають активісти і медійники, які …".
// The sentence before, in the same paragraph, is what they said or
// think, an indirect quote: so "Так мер прокоментував …" reads a quoted
// sentence before it (toldAfter). The sentence before must have three
// words and a finite verb, and open with no dash or quotation mark (a
// line of dialogue or a quotation has its own readings).
func (d *doc) soSaidBefore(i, from, to int, cue string, used []bool) (vistka.Quote, bool) {
	k := from
	for k < i && soOpeners[scan.ToLower(d.toks[k].Text)] {
		k++
	}
	if k+1 != i || !scan.EqualFold(d.toks[k].Text, "так") || asks[cue] {
		return vistka.Quote{}, false
	}
	s := d.toks[i].sent
	if s == 0 {
		return vistka.Quote{}, false
	}
	pf, pt := d.sentenceRange(s - 1)
	if pf >= pt || d.toks[pf].para != d.toks[i].para || isDash(d.toks[pf]) || d.toks[pf].Kind == vistka.QuoteMark {
		return vistka.Quote{}, false
	}
	last := pt - 1
	for last > pf && d.toks[last].Kind == vistka.Punct {
		last--
	}
	if d.words(pf, last+1) < 3 || !d.hasFiniteVerb(pf, last+1) {
		return vistka.Quote{}, false
	}
	for j := pf; j <= last; j++ {
		if used[j] {
			return vistka.Quote{}, false
		}
	}
	end := i + 1
	for end < to && d.toks[end].Text != "," && d.toks[end].Kind != vistka.Punct {
		end++
	}
	id, text := d.speaker(i+1, end, i)
	if id == "" {
		return vistka.Quote{}, false
	}
	q := vistka.Quote{Speaker: id, SpeakerText: text, Cue: cue, Start: d.toks[pf].RStart, End: d.toks[last].REnd}
	q.Text = string(d.text[q.Start:q.End])
	for j := pf; j <= last; j++ {
		used[j] = true
	}
	return q, true
}
