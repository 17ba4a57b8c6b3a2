package ner

import (
	"slices"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// latinPersons turns on retypeLatinPersons; a variable for experiments.
var latinPersons = true

// latinPersonsNeed gates retypeLatinPersons: it retypes a PERS span.
const latinPersonsNeed = sbPERS

// retypeLatinPersons retypes a name in Latin letters that the model read
// as a person, unless it glosses a name in Cyrillic in brackets (Пракаш
// Джанчандані (Prakash Gianchandani), "( англ . Ayn Rend ;") or follows
// a title. Ukrainian
// news writes people's names in Cyrillic; what it leaves in Latin letters
// is a company, an outlet, a programme or a product, which the model,
// seeing capitalised words it does not know, reads as a name: "механізму
// Ukraine Facility", "гаубиць Archer", "з Orlen", "телеканалу Polsat
// News". Of the 199 spans in Latin letters of the NER-UK training
// documents 3 are persons, all such glosses (ORG 117, MISC 42, ART 34);
// of the 31 PERS spans in Latin letters in our news texts, 28 are no
// person. The span becomes an ORG after a noun for a kind of body or
// company (телеканалу, компанія), otherwise MISC. spans[from:] are the
// sentence's spans, sorted.
func retypeLatinPersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		if spans[k].Type == "PERS" {
			spans = cutLatinLead(toks, spans, k)
		}
		sp := &spans[k]
		if sp.Type != "PERS" || !latinWords(sp.Text) {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || inBrackets(toks, a) {
			continue // a gloss: "( англ . Ayn Rend ;"
		}
		if k > from && spans[k-1].Type == "JOB" && spans[k-1].End >= toks[max(a-1, 0)].RStart {
			continue // "гендиректор John Smith"
		}
		sp.Type = "MISC"
		if a > 0 && orgKind(&toks[a-1]) {
			sp.Type = "ORG"
		}
	}
	return spans
}

// cutLatinLead cuts off the front of the PERS span spans[k] its words in
// Latin letters when capitalised words in Cyrillic follow them: the
// model ran a title's body into the name after it ("Віцепрезидентка
// [PERS Equinor Ірене Руммелгофф]", "Президент правління [PERS Orlen
// Іренеуш Фонфара]"). Ukrainian news writes a person's name in one
// script; a company's name in Latin letters before a name in Cyrillic is
// the person's body, an ORG, and the rest the person.
func cutLatinLead(toks []vistka.Token, spans []vistka.Span, k int) []vistka.Span {
	sp := spans[k]
	a, b := vistka.TokensIn(toks, sp.Start, sp.End)
	c := a
	for c < b && latinWords(toks[c].Text) {
		c++
	}
	if c == a || c == b || inBrackets(toks, a) {
		return spans
	}
	for i := c; i < b; i++ {
		if !startsUpper(toks[i].Text) || !cyrillicWord(toks[i].Text) {
			return spans
		}
	}
	org := vistka.Span{Start: sp.Start, End: toks[c-1].REnd, Type: "ORG", Text: joinTokens(toks[a:c])}
	pers := vistka.Span{Start: toks[c].RStart, End: sp.End, Type: "PERS", Text: joinTokens(toks[c:b])}
	return slices.Replace(spans, k, k+1, org, pers)
}

// cyrillicWord reports whether s has letters and all of them are
// Cyrillic.
func cyrillicWord(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Cyrillic, r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// latinWords reports whether s has letters and all of them are Latin.
func latinWords(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !latinLetter(r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// orgKind reports a common noun for a kind of body, company or outlet:
// компанія, концерн, телеканал.
func orgKind(t *vistka.Token) bool {
	l := scan.ToLower(t.Lemma)
	return bodyHead(t) || gazetteer.Lookup(l)&gazetteer.OrgNoun != 0 || outletKinds[l]
}

// outletKinds are the nouns for kinds of news outlets.
var outletKinds = map[string]bool{
	"телеканал": true, "газета": true, "видання": true, "агентство": true, "радіостанція": true,
	"портал": true, "журнал": true, "таблоїд": true, "медіа": true, "інформагентство": true, "щоденник": true,
}

// inBrackets reports whether toks[i] stands in brackets opened before it
// in its sentence and not closed.
func inBrackets(toks []vistka.Token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch toks[j].Text {
		case ")":
			return false
		case "(":
			return true
		}
	}
	return false
}

// latinRuns turns on joinLatinRuns; a variable for experiments.
var latinRuns = true

// joinLatinRuns makes one span of two names in Latin letters that stand
// side by side, one space apart, which the model cut in two ("[ART
// Transparency] [ORG International Ukraine]"): a name in another script
// goes on as long as its capitalised words do. The span is an ORG when
// either part is, else it keeps the type of its first part. spans[from:]
// are the sentence's spans, sorted.
func joinLatinRuns(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		sp, next := spans[k], spans[k+1]
		if next.Start != sp.End+1 || !latinWords(sp.Text) || !latinWords(next.Text) {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c, d := vistka.TokensIn(toks, next.Start, next.End)
		if d <= a || b != c {
			continue // (not "REUTERS/Yuri Gripas": a mark between)
		}
		joined := vistka.Span{Start: sp.Start, End: next.End, Type: sp.Type, Text: joinTokens(toks[a:d])}
		if next.Type == "ORG" {
			joined.Type = "ORG"
		}
		spans = slices.Replace(spans, k, k+2, joined)
		k--
	}
	return spans
}
