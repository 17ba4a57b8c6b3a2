package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// parentForms are the legal forms of an enterprise that may stand right
// after the name of one of its units, with no preposition or case to tell
// it: "ВП «Рівненська АЕС» ДП «НАЕК «Енергоатом»", "«Вільногірський
// гірничо-металургійний комбінат» ДП «Об'єднана гірничо-хімічна компанія»"
// (the plant of the enterprise).
var parentForms = map[string]bool{"дп": true, "пат": true, "прат": true, "ат": true, "нак": true, "наек": true, "дк": true, "дак": true}

// unitBefore returns the organisation named right before the mention of
// the organisation e that ends at token i, when e opens with the legal
// form of an enterprise and nothing stands between the two: the unit
// before its parent, which is the subject of the clause ("ВП «Рівненська
// АЕС» ДП «НАЕК «Енергоатом» уклало угоду" is the plant's contract). It
// returns "" and -1 when there is none.
func (f *finder) unitBefore(i int, e string) (string, int) {
	if f.ents.Type(e) != "ORG" {
		return "", -1
	}
	k := f.nameStart(i, e)
	form := k
	for k > 0 && f.entityAt(k-1) == "" && (f.toks[k-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[k-1].Text) || legalForms[f.low(k-1)]) {
		k--
		if legalForms[f.low(k)] {
			form = k
		}
	}
	if !parentForms[f.low(form)] && !parentForms[scan.ToLower(firstWord(f.ents.Name(e)))] {
		return "", -1
	}
	j := k - 1
	for j > 0 && f.entityAt(j) == "" && (f.toks[j].Kind == vistka.QuoteMark || isCloseQuote(f.toks[j].Text)) {
		j--
	}
	u := f.entityAt(j)
	if u == "" || u == e || f.ents.Type(u) != "ORG" || f.governedBy(j) != "" {
		return "", -1
	}
	// The unit opens its clause: it is no genitive of a word before it
	// ("рішення ВП «…» ДП «…»").
	h := j
	for h > 0 && (f.entityAt(h-1) == u || f.toks[h-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[h-1].Text) || legalForms[f.low(h-1)] && f.entityAt(h-1) == "") {
		h--
	}
	if h > 0 && f.toks[h-1].Kind != vistka.Punct {
		return "", -1
	}
	return u, j
}

// prepBeforeForm returns the preposition right before the legal form that
// opens the name of the firm e at i ("щодо ТОВ «Альфа»", "з ПП
// «Омега»"), or "": the quoted part of the name, which the tagger reads as
// a nominative, is under it.
func (f *finder) prepBeforeForm(i int, e string) string {
	if e == "" || f.ents.Type(e) != "ORG" {
		return ""
	}
	k := f.nameStart(i, e)
	if k == i || !legalForms[f.low(k)] || !strings.Contains(f.toks[k].Tag, ":nv") || k == 0 || !isPrep(&f.toks[k-1]) {
		return ""
	}
	return lower(&f.toks[k-1])
}
