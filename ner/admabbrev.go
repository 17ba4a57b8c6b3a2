package ner

import (
	"strings"

	"github.com/vistka/vistka"
)

// adminAbbrevs turns on addAdminAbbrevs; a variable for experiments.
var adminAbbrevs = true

// adminAbbrevsNeed gates addAdminAbbrevs: it tags words of
// adminAbbrevWords.
const adminAbbrevsNeed = sbAdmin

// addAdminAbbrevs tags as an ORG an abbreviation for a local
// administration that no span covers: "За даними ОВА", "пресслужба ОВА".
// NER-UK tags such an abbreviation as an ORG standing alone as well as
// after its region (РДА 29 times, ОДА 22 and КМДА 21 in the training
// documents); the military administrations (ОВА, МВА, КМВА) came after
// them, and the model, which has not seen them, leaves some alone. A
// span that covers the word already (Харківська ОВА, Начальник ОВА) stays
// as it is; a capitalised adjective before the word that no span covers
// joins it (Сумської ОВА); the abbreviation alone tagged as a document
// becomes an ORG. On our news texts the rule puts 4 spans right (ОВА 4 times)
// and breaks none; in NER-UK it changes nothing. spans[from:] are the
// sentence's spans, sorted; the result is sorted too.
func addAdminAbbrevs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := range toks {
		t := &toks[i]
		// (the words are of three or four Cyrillic letters)
		if t.Kind != vistka.Word || len(t.Text) != 6 && len(t.Text) != 8 || !adminAbbrevWords[t.Text] {
			continue
		}
		if covered(spans[from:], t.RStart, t.REnd) {
			// "В [DOC ОВА] повідомили": the abbreviation alone read as a
			// document is the administration
			for k := from; k < len(spans); k++ {
				if spans[k].Start == t.RStart && spans[k].End == t.REnd && spans[k].Type == "DOC" {
					spans[k].Type = "ORG"
				}
			}
			continue
		}
		a := i
		if i > 0 {
			// Сумської ОВА: the region's adjective before it
			p := &toks[i-1]
			if strings.HasPrefix(p.Tag, "adj") && !strings.Contains(p.Tag, "pron") && startsUpper(p.Text) &&
				!covered(spans[from:], p.RStart, p.REnd) {
				a = i - 1
			}
		}
		spans = insertSpan(spans, from, vistka.Span{Start: toks[a].RStart, End: t.REnd, Type: "ORG", Text: joinTokens(toks[a : i+1])})
	}
	return spans
}

// adminAbbrevWords are the abbreviations for Ukraine's local
// administrations: military ones of a region, a district, a town or Kyiv
// (ОВА, РВА, МВА, КМВА), state ones of a region, a district or Kyiv (ОДА,
// РДА, КМДА), and the military-civil ones (ВЦА).
var adminAbbrevWords = map[string]bool{
	"ОВА": true, "РВА": true, "МВА": true, "КМВА": true, "ОДА": true, "РДА": true, "КМДА": true, "ВЦА": true,
}
