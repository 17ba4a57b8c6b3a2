package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// Objects put before a plural verb that has no subject: a firm or a
// thing named in the singular cannot be that verb's doer.

// frontedFirm returns the firm that a name ending at i (past its closing
// mark) opens its clause with, named with its legal form or the word for
// its kind in the singular and the adjectives before it ("Черкаське КП
// «Дільниця з благоустрою» оштрафували", "Завод «Арсенал» оштрафували"),
// or "": a firm in the singular cannot be the subject of a plural verb,
// so it is the object of one with no subject, as a thing (frontedThing)
// or a place (frontedPlace) is.
func (f *finder) frontedFirm(i int) string {
	for i > 0 && (f.toks[i].Kind == vistka.QuoteMark || isCloseQuote(f.toks[i].Text)) {
		i--
	}
	if i < 0 {
		return ""
	}
	e := f.entityAt(i)
	if e == "" || f.ents.Type(e) != "ORG" {
		return ""
	}
	form, lo := f.firmForm(e, i)
	if form < 0 || !f.singularForm(form) {
		return ""
	}
	lo = f.modifiersBefore(lo)
	if lo > 0 && (isAnd(&f.toks[lo-1]) || f.low(lo-1) == "з" || f.low(lo-1) == "із") || !f.clauseOpens(f.allBefore(lo)) {
		return "" // "ТОВ «Альфа» і ТОВ «Бета» уклали": joined subjects
	}
	return e
}

// firmForm returns the word whose number tells whether the firm or body e,
// named ending at i, is named in the singular, and where the phrase naming
// it starts. The word is the firm's own, nearest its name first: a legal
// form inside the name ("Черкаське КП «…»"), else one right before its
// opening mark ("ТОВ «Альфа»", "компанії «Альфа»"), else the word for its
// kind there ("Завод «Арсенал»"), or -1. The phrase starts at that kind's
// word, past any genitives hanging on it (kindBefore): a head further out
// names something else of the firm's ("Дочірні підприємства компанії
// «Альфа» оштрафували": its subsidiaries, fined, the firm named in the
// singular), and its number is not the firm's. frontedFirm and
// singularName both read a firm's number so.
func (f *finder) firmForm(e string, i int) (form, lo int) {
	start := f.nameStart(i, e)
	lo, form = start, -1
	for k := lo; k <= i; k++ {
		if legalForms[f.low(k)] {
			form = k
			break
		}
	}
	for lo > 0 && (f.toks[lo-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[lo-1].Text)) {
		lo--
	}
	if form < 0 && lo > 0 && legalForms[f.low(lo-1)] {
		lo--
		form = lo
	}
	if k := f.kindBefore(start); k >= 0 {
		lo = min(lo, k)
		if form < 0 {
			form = k
		}
	}
	return form, lo
}

// singularForm reports whether the legal form or the word for a firm at
// k is singular: an abbreviation by the gender of the noun it stands for
// (formGenders), a word by its tag.
func (f *finder) singularForm(k int) bool {
	if _, ok := formGenders[f.low(k)]; ok {
		return true
	}
	t := &f.toks[k]
	return isNoun(t) && numberOf(t) == -1 && !strings.Contains(t.Tag, ":nv")
}

// placeEndingAt returns where a place phrase that ends right before token
// at begins, в, у or на and a place's name in the locative (see placeAt:
// "Комунальне підприємство в Черкасах оштрафували" gives the index of
// в), or at when there is none.
func (f *finder) placeEndingAt(at int) int {
	for k := at - 2; k >= 0 && k >= at-6; k-- {
		if n := f.placeAt(k); n > 0 {
			if k+n == at {
				return k
			}
			break
		}
	}
	return at
}
