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
	n0 := n
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
	// Two passes: a title before a comma and another title ("Депутатка,
	// членкиня комітету … Ірина Коваль") comes before a person once the
	// second is a JOB.
	for pass := 0; pass < 2; pass++ {
		added := len(spans)
		for i := 0; i < len(toks); i++ {
			t := &toks[i]
			// The tag first: lower-casing every lemma costs more than
			// the rest of the loop.
			if !strings.HasPrefix(t.Tag, "noun") || !womensTitleWords.has(t.Lemma) || covered(t) {
				continue
			}
			end := titleEnd(toks, i+1, covered)
			// past the places and bodies named there (and the titles
			// after a comma), a person
			j := end
			for j < len(toks) {
				if toks[j].Text == "," && j+1 < len(toks) && spanAt(&toks[j+1]) != nil && spanAt(&toks[j+1]).Type == "JOB" {
					j++
					continue
				}
				sp := spanAt(&toks[j])
				if sp == nil || sp.Type != "LOC" && sp.Type != "ORG" && sp.Type != "JOB" {
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
			a := i
			if a >= 2 && actingWords(toks[a-2].Text, toks[a-1].Text) && !covered(&toks[a-2]) && !covered(&toks[a-1]) {
				a -= 2 // "виконуюча обов'язки ректорки", as addTitleOrgs
			}
			spans = append(spans, vistka.Span{Start: toks[a].RStart, End: toks[end-1].REnd, Type: "JOB", Text: joinTokens(toks[a:end])})
			n = len(spans)
			i = end - 1
		}
		if len(spans) == added {
			break
		}
	}
	if len(spans) > n0 {
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
	"канцлерка": true, "комісарка": true, "єврокомісарка": true, "членкиня": true, "членка": true,
	// offices the news now gives women by the feminine word, which the
	// model misses before a name as often as not
	"лідерка": true, "представниця": true, "координаторка": true, "засновниця": true, "співзасновниця": true,
	"віцеспікерка": true, "віцемерка": true, "командирка": true, "начальниця": true, "ректорка": true,
	"деканка": true, "редакторка": true, "сенаторка": true, "омбудсманка": true, "генпрокурорка": true,
	"прессекретарка": true,
})

// titleEnd returns where a title whose noun ends before from ends: past
// the common words in the genitive that complete it and the field after
// з or із ("членкиня комітету з питань бюджету", as NER-UK's
// "директор департаменту з питань … палив"), none of them covered by a
// span. The field may follow the noun itself: "державна міністерка з
// питань торгівлі", "радниця з економічних питань" (a place or body
// after з is a span, and stops it: "депутатка з Києва").
func titleEnd(toks []vistka.Token, from int, covered func(*vistka.Token) bool) int {
	genitives := func(k int) int {
		for k < len(toks) && !covered(&toks[k]) && strings.Contains(toks[k].Tag, "v_rod") &&
			(strings.HasPrefix(toks[k].Tag, "noun") || strings.HasPrefix(toks[k].Tag, "adj")) {
			k++
		}
		return k
	}
	end := genitives(from)
	if end+1 < len(toks) && (toks[end].Text == "з" || toks[end].Text == "із") {
		if k := genitives(end + 1); k > end+1 {
			end = k
		}
	}
	return end
}
