package ner

import "github.com/vistka/vistka"

// seats turns on tagSeats; a variable for experiments.
var seats = true

// seatsNeed: tagSeats reads a token whose lemma is кремль.
const seatsNeed = sbSeat

// tagSeats tags as a LOC the seat of a government named for it, Кремль,
// capitalised, in no span or in one of its own the model typed
// otherwise: "У [LOC Кремлі] назвали", "Речник [LOC Кремля]". NER-UK tags it a LOC each of the 5 times its texts hold it;
// the model, which saw it so seldom, misses it in sentences with quoted
// words. It runs first, to give the rules after it the name to read (a
// title's body: Речник Кремля Дмитро Орлов), and last, for a rule that
// types a title's body an ORG (Речник Кремля заявив). spans[from:] are the
// sentence's spans, sorted.
func tagSeats(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := range toks {
		t := &toks[i]
		if t.Lemma != "кремль" || !startsUpper(t.Text) {
			continue
		}
		if k := spanStarting(spans, from, t.RStart); k >= 0 && spans[k].End == t.REnd {
			spans[k].Type = "LOC" // (the model's ORG: Речник Кремля заявив)
			continue
		}
		if covered(spans[from:], t.RStart, t.REnd) {
			continue
		}
		spans = insertSpan(spans, from, vistka.Span{Start: t.RStart, End: t.REnd, Type: "LOC", Text: t.Text})
	}
	return spans
}
