package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// sharedSurnames turns on joinSharedSurnames; a variable for experiments.
var sharedSurnames = true

// joinSharedSurnames joins two first names and the surname in the
// plural that they share into one PERS span: "Микола та Лариса Онули",
// "Денису і Володимиру Ященкам", which the model reads as the first name
// alone and a person. NER-UK tags the whole as one name each of the 11
// times the training documents hold such a pair; the model split 8 of
// them in cross-validation. The surname must be in the plural, which only
// a name shared by the two people takes. spans[from:] are the sentence's
// spans, sorted; the result is sorted too.
func joinSharedSurnames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	out := spans[:from]
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if k+1 < len(spans) && sp.Type == "PERS" && spans[k+1].Type == "PERS" {
			a, b := vistka.TokensIn(toks, sp.Start, sp.End)
			c, d := vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End)
			if b == a+1 && c == b+1 && d-c >= 2 && (strings.Contains(toks[a].Tag, "fname") ||
				strings.Contains(toks[c].Tag, "fname")) && pluralSurname(&toks[d-1]) {
				switch scan.ToLower(toks[b].Text) {
				case "і", "та", "й":
					sp.End, sp.Text = spans[k+1].End, joinTokens(toks[a:d])
					out = append(out, sp)
					k++
					continue
				}
			}
		}
		out = append(out, sp)
	}
	return out
}

// pluralSurname reports whether t is a surname in the plural (Онули,
// Ященкам): a capitalised word the tagger reads as a plural, or one
// with the ending of a plural surname, which the tagger, not knowing
// the name, may read otherwise (Ткаченки as a place, Кулагіни as a
// woman's name).
func pluralSurname(t *vistka.Token) bool {
	if !startsUpper(t.Text) {
		return false
	}
	if strings.Contains(t.Tag, ":p:") {
		return true
	}
	w := scan.ToLower(t.Text)
	for _, e := range pluralSurnameEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// pluralSurnameEnds are the endings of surnames in the plural: -енко,
// -ов, -ев, -ін, -ин, -ський, -цький in the nominative and genitive (and
// the dative of -енко), none of which a surname has in the singular.
// "Івановим", "Ковальським" may be a man's instrumental: left out.
var pluralSurnameEnds = []string{
	"енки", "енків", "енкам", "ови", "ових", "еви", "єви", "евих", "євих",
	"іни", "іних", "ини", "иних", "ських", "цьких",
}
