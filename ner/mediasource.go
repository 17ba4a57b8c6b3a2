package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// mediaSources turns on retypeMediaSources; a variable for experiments.
var mediaSources = true

// retypeMediaSources makes an ORG or MISC span that is all of a quoted
// name an ART when the name is the source a report cites: "Про це пише
// «Четверта влада»", "За даними «Вісника державних закупівель»", "пише
// Іван Петренко на сайті «Свідомо»". NER-UK tags a publication cited so
// as a work (ART), in quotes, 31 times in the training documents against
// 9 as an ORG; the model, which sees quotes mostly around companies'
// names, reads them as ORG (the rule puts 12 of its ART→ORG errors in
// cross-validation right and makes one, «Прозорро» as a source). A name without quotes after such a verb is mostly an
// agency (повідомляє Укрінформ, ORG) and stays as it is, and so does a
// quoted agency's (повідомляє «Інтерфакс-Україна»). spans[from:] are the
// sentence's spans, sorted.
func retypeMediaSources(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" && sp.Type != "MISC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a < 2 || b >= len(toks) || !openQuote(toks[a-1].Text) || !closeQuote(toks[b].Text) {
			continue
		}
		if citesSource(toks, a-1) && !newsAgency(sp.Text) {
			sp.Type = "ART"
		}
	}
	return spans
}

// citesSource reports whether the words before the opening quote at q
// cite a source: a verb of reporting or "даними" right before it, or a
// verb of writing a few words before, over the author's name and the
// place it was written in (пише Іван Петренко на сайті «…»).
func citesSource(toks []vistka.Token, q int) bool {
	w := scan.ToLower(toks[q-1].Text)
	if reportWords[w] || w == "даними" || w == "інформацією" {
		return true
	}
	named := false // an author or a word for a publication between
	for i := q - 1; i >= 0 && i >= q-7; i-- {
		t := &toks[i]
		w := scan.ToLower(t.Text)
		switch {
		case reportWords[w]:
			// not "повідомили в «Укренерго»": the company said it
			return named
		case mediaWords[w]:
			named = true
		case w == "у", w == "в", w == "на", w == ".":
		case t.Kind == vistka.Word && startsUpper(t.Text) && strings.Contains(t.Tag, "prop"):
			named = true
		default:
			return false
		}
	}
	return false
}

// newsAgency reports whether a name is a news agency's, a body that
// gathers news rather than a publication: NER-UK tags "повідомляє
// «Інтерфакс-Україна»" an ORG.
func newsAgency(name string) bool {
	l := scan.ToLower(name)
	for _, a := range []string{"інтерфакс", "interfax", "укрінформ", "уніан", "unian", "reuters", "рейтер",
		"bloomberg", "блумберг", "франс прес", "associated press", "ассошиейтед", "тасс", "ріа новост", "рбк"} {
		if strings.Contains(l, a) {
			return true
		}
	}
	return false
}

// reportWords are the forms of the verbs a report cites its source with.
var reportWords = map[string]bool{
	"пише": true, "пишуть": true, "писав": true, "писала": true, "писали": true, "писало": true,
	"написав": true, "написала": true, "написали": true, "написало": true,
	"повідомляє": true, "повідомляють": true, "повідомив": true, "повідомила": true, "повідомили": true,
	"повідомило": true, "повідомляв": true, "повідомляла": true, "повідомляли": true, "повідомляло": true,
}

// mediaWords are the words for a publication that may stand between the
// verb and its quoted name (пише видання «…», на сайті «…»).
var mediaWords = map[string]bool{
	"видання": true, "виданні": true, "сайт": true, "сайті": true, "газета": true, "газеті": true,
	"журнал": true, "журналі": true, "інтернет-видання": true, "порталі": true,
}
