package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// arabicNames turns on joinArabicParticles; a variable for experiments.
var arabicNames = true

// joinArabicParticles extends a PERS span over the surname with an
// article or a patronymic particle written in lower case that follows it:
// "Мухаммед аль-Хулаїфі", "Мухаммед бін Салман", which the model, having
// seen few such names, ends before the particle. spans[from:] are the
// sentence's spans, sorted.
func joinArabicParticles(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := spanTokens(toks, sp.Start, sp.End)
		if b == 0 || b >= len(toks) || k+1 < len(spans) && spans[k+1].Start < toks[b].REnd {
			continue
		}
		t := &toks[b]
		end := -1
		switch {
		case arabicArticle(t.Text):
			end = b
		case (t.Text == "бін" || t.Text == "бен" || t.Text == "ібн") && b+1 < len(toks) && capitalised(toks[b+1].Text) &&
			!(k+1 < len(spans) && spans[k+1].Start < toks[b+1].REnd && spans[k+1].Type != "PERS"):
			end = b + 1
		}
		if end < 0 || t.RStart-toks[b-1].REnd > 1 {
			continue
		}
		sp.End = toks[end].REnd
		sp.Text = joinTokens(toks[a : end+1])
		if k+1 < len(spans) && spans[k+1].Start < sp.End {
			spans = append(spans[:k+1], spans[k+2:]...) // the surname's own span, now inside
		}
	}
	return spans
}

// arabicArticle reports a word of the form аль-Хулаїфі: a lower-case
// article, a hyphen and a capitalised name.
func arabicArticle(w string) bool {
	for _, p := range [...]string{"аль-", "ал-", "ель-", "ад-", "ас-", "аш-", "ат-", "ан-", "ар-", "аз-", "ед-", "ес-", "ен-"} {
		if strings.HasPrefix(w, p) && capitalised(w[len(p):]) {
			return true
		}
	}
	return false
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
