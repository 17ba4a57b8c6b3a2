package quote

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
	"github.com/vistka/vistka/source"
)

// Indirect quotes that are the whole sentence before the line naming their
// speaker: a source line that opens with Про це ("Про це заявив директор
// …", toldBefore), or a sentence that opens with так before its cue
// ("Принаймні так вважають активісти", soSaidBefore).

// toldBefore reads the sentence right before a source line that names who
// made a statement as that speaker's indirect quote: in "Ризики …
// спровокували зростання інвестицій у нерухомість. Про це заявив директор
// проектної групи Олександр Попов, пише ГолосUA." the first sentence is
// Попов's words told by the reporter, as the gold guidelines read such a
// line (the sentence before it a quote of the one named, optional where
// it is the lead). The line opens with Про це, its cue is a verb of
// statement in the past (заявив, розповіла, написав; not the present of
// an outlet's line, пише, передає, nor a release passed on, newsCues), and
// who spoke is named after it and is no outlet. The sentence before must
// not be the headline, stand in the same paragraph or the one before,
// hold no quote found already
// (quotes), and say something: a finite verb and three words or more. It
// must be the lead's first sentence, as the studied golds annotate it: a
// source line further on (after the lead's second sentence, or in the
// body) follows details of the report, whose words are the reporter's.
func (d *doc) toldBefore(quotes []vistka.Quote) []vistka.Quote {
	var out []vistka.Quote
	head := d.headlineEnd()
	for s := 1; s < len(d.a.Sentences); s++ {
		from, to := d.sentenceRange(s)
		if to-from < 4 || !scan.EqualFold(d.toks[from].Text, "про") || !scan.EqualFold(d.toks[from+1].Text, "це") {
			continue
		}
		cueAt := -1
		for i := from + 2; i < to && i <= from+8; i++ {
			t := d.toks[i]
			if strings.HasPrefix(t.Tag, "verb") {
				if c := cueLemma(t.Lemma, t.Tag); vtag.Has(t.Tag, "past") && c != "" && !newsCues[c] && !d.impersonal(i, from) {
					cueAt = i
				}
				break
			}
			if t.Kind == vistka.Punct && t.Text != "," {
				break
			}
		}
		if cueAt < 0 {
			continue
		}
		end := cueAt + 1 // the speaker's phrase, up to a comma (", пише Y") or the end
		for end < to && d.toks[end].Text != "," && !isEnd(d.toks[end]) {
			end++
		}
		id, text := d.speaker(from, end, cueAt)
		if id == "" && text == "" || d.outletSpeaker(id, text) {
			continue
		}
		pf, pt := d.sentenceRange(s - 1)
		for pt > pf && isEnd(d.toks[pt-1]) {
			pt--
		}
		if pt <= pf || d.toks[pf].RStart < head || d.toks[from].para-d.toks[pf].para > 1 ||
			d.words(pf, pt) < 3 || !d.hasFiniteVerb(pf, pt) || overlaps(quotes, d.toks[pf].RStart, d.toks[pt-1].REnd) ||
			!d.leadSentence(s-1, head) {
			continue
		}
		for j := pf; j < pt-1 && j < pf+5; j++ {
			if isDash(d.toks[j]) && !d.hasFiniteVerb(pf, j) {
				pf = j + 1 // "ІНТЕРФАКС-УКРАЇНА – Нідерланди виділять …": past the dateline's outlet
				break
			}
		}
		q := vistka.Quote{Speaker: id, SpeakerText: text, Cue: scan.ToLower(d.toks[cueAt].Lemma),
			Start: d.toks[pf].RStart, End: d.toks[pt-1].REnd}
		q.Text = string(d.text[q.Start:q.End])
		out = append(out, q)
	}
	return out
}

// newsCues pass news on (Про це повідомила пресслужба БЕБ): the line
// credits a release the lead retells, which the golds do not take for
// anyone's words as they take a statement (заявив, сказала, написав).
var newsCues = setOf("повідомити", "повідомляти", "інформувати", "проінформувати")

// outletSpeaker reports whether the speaker found, entity id or the phrase
// text, is a news outlet or a word for one: its line is the source layer's.
func (d *doc) outletSpeaker(id, text string) bool {
	if id != "" && source.IsOutlet(d.ents.Name(id)) || text != "" && source.IsOutlet(text) {
		return true
	}
	w, _, _ := strings.Cut(text, " ")
	return outletKinds[scan.ToLower(w)]
}

// overlaps reports whether any of quotes overlaps the span [start, end).
func overlaps(quotes []vistka.Quote, start, end int) bool {
	for _, q := range quotes {
		if q.Start < end && start < q.End {
			return true
		}
	}
	return false
}

// leadSentence reports whether sentence s is the first of the text's body
// to say something: after the headline (which ends at head), only
// sentences with no finite verb before it (a dateline: "КИЇВ, 12
// березня.").
func (d *doc) leadSentence(s, head int) bool {
	for k := s - 1; k >= 0; k-- {
		from, to := d.sentenceRange(k)
		if to > from && d.toks[from].RStart < head {
			return true
		}
		if d.hasFiniteVerb(from, to) {
			return false
		}
	}
	return true
}

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
