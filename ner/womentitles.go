package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// womensTitles turns on addWomensTitles; a variable for experiments.
var womensTitles = true

// womensTitlesNeed gates addWomensTitles: a title is added only before
// a PERS span.
const womensTitlesNeed = sbPERS

// addWomensTitles makes a JOB span of a woman's title the model left out
// right before a person's name, with the common words in the genitive
// that complete it and past the places or bodies named there: "Міністерка
// економіки Юлія Свириденко", "Прем'єрка | Данії | Метте Фредеріксен".
// NER-UK's texts, older than the feminine titles now usual in the news,
// hold few of them, so the model seldom finds them. The rule runs again
// after cutOrgPersons, which gives back to the name its first word the
// model ran into the body the title names ("Президентка [ORG Європейської
// комісії Урсула] фон дер Ляєн"): only then does a person follow the
// body. spans[from:] are the sentence's spans, sorted; the result is
// sorted too.
func addWomensTitles(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	n := len(spans)
	covered := func(t *vistka.Token) bool {
		return slices.ContainsFunc(spans[from:n], func(s vistka.Span) bool { return s.Start < t.REnd && t.RStart < s.End })
	}
	spanAt := func(t *vistka.Token) *vistka.Span {
		for k := from; k < n; k++ {
			if spans[k].Start <= t.RStart && t.REnd <= spans[k].End {
				return &spans[k]
			}
		}
		return nil
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// The tag first: lower-casing every lemma costs more than
		// the rest of the loop.
		if !strings.HasPrefix(t.Tag, "noun") || !womensTitleWords.has(t.Lemma) || covered(t) {
			continue
		}
		// the common words in the genitive that complete the title
		end := i + 1
		for end < len(toks) && !covered(&toks[end]) && strings.Contains(toks[end].Tag, "v_rod") &&
			(strings.HasPrefix(toks[end].Tag, "noun") || strings.HasPrefix(toks[end].Tag, "adj")) {
			end++
		}
		// past the places and bodies named there, a person
		j := end
		for j < len(toks) {
			sp := spanAt(&toks[j])
			if sp == nil || sp.Type != "LOC" && sp.Type != "ORG" {
				break
			}
			for j < len(toks) && toks[j].RStart < sp.End {
				j++
			}
		}
		if j >= len(toks) {
			continue
		}
		if sp := spanAt(&toks[j]); sp == nil || sp.Type != "PERS" {
			continue
		}
		spans = append(spans, vistka.Span{Start: t.RStart, End: toks[end-1].REnd, Type: "JOB", Text: joinTokens(toks[i:end])})
		i = end - 1
	}
	if len(spans) > n {
		slices.SortFunc(spans[from:], func(a, b vistka.Span) int { return a.Start - b.Start })
	}
	return spans
}

// womensTitleWords are the lemmas of women's titles.
var womensTitleWords = lowerSetOf(map[string]bool{
	"міністерка": true, "прем'єр-міністерка": true, "прем'єрка": true, "віцепрем'єрка": true,
	"віцепрем'єр-міністерка": true, "президентка": true, "віцепрезидентка": true, "депутатка": true,
	"речниця": true, "очільниця": true, "керівниця": true, "посолка": true, "секретарка": true,
	"держсекретарка": true, "директорка": true, "спікерка": true, "командувачка": true,
	"заступниця": true, "радниця": true, "прокурорка": true, "мерка": true, "губернаторка": true,
	"канцлерка": true, "комісарка": true, "єврокомісарка": true,
})
