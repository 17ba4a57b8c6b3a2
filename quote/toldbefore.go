package quote

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
	"github.com/vistka/vistka/source"
)

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
