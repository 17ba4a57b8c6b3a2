package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// titleCountries turns on addTitleCountries; a variable for experiments.
var titleCountries = true

// titleCountriesNeed gates addTitleCountries: a title is added only
// before a LOC span.
const titleCountriesNeed = sbLOC

// addTitleCountries tags as a JOB a title of office that no span covers
// when a country's name follows it: "зустрівся з послом Японії в Україні",
// "вручило ноту послу Угорщини", "прем'єр Фінляндії". NER-UK tags the
// title and the country apart (JOB президентом, LOC Туреччини), and the
// model does so for the titles it knows well, but misses rarer ones
// (посол, прем'єр) in other cases than the nominative. Lower-case
// adjectives before the title in its case join it (почесний консул), and
// a title after a noun for a body is left alone (секретаря кабінету
// міністрів Японії). On our news texts the rule puts 31 spans right
// (посла, послу, послом, Посол, посолка 19 times; прем'єр 7;
// Прем'єр-міністри, президента, Президентка, канцлером, король) and breaks none; in cross-validation
// it puts one right (почесний консул) and makes none: CV F1 0.8347 →
// 0.8348. spans[from:] are the
// sentence's spans, sorted; the result is sorted too.
func addTitleCountries(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, ":prop") || !countryTitles[scan.ToLower(t.Lemma)] ||
			covered(spans[from:], t.RStart, t.REnd) || i > 0 && bodyHead(&toks[i-1]) {
			continue // not "кабінету міністрів Японії"
		}
		k := spanStarting(spans, from, toks[i+1].RStart)
		if k < 0 || spans[k].Type != "LOC" {
			continue
		}
		if a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End); b <= a || !allCountries(toks[a:b]) || !genitiveWords(toks[a:b]) {
			continue
		}
		// "почесний консул": the adjectives before the title in its case
		a := i
		for a > 0 && strings.HasPrefix(toks[a-1].Tag, "adj") && !strings.Contains(toks[a-1].Tag, ":pron") &&
			vtag.Case(toks[a-1].Tag) == vtag.Case(t.Tag) && startsLower(toks[a-1].Text) && !covered(spans[from:], toks[a-1].RStart, toks[a-1].REnd) {
			a--
		}
		spans = insertSpan(spans, from, vistka.Span{Start: toks[a].RStart, End: t.REnd, Type: "JOB", Text: joinTokens(toks[a : i+1])})
	}
	return spans
}

// countryTitles are the lemmas of titles held for a country.
var countryTitles = map[string]bool{
	"посол": true, "посолка": true, "прем'єр": true, "прем'єрка": true, "генсек": true, "консул": true,
	"посланець": true, "посланник": true, "амбасадор": true, "президент": true, "президентка": true,
	"прем'єр-міністр": true, "прем'єр-міністерка": true, "канцлер": true, "канцлерка": true, "король": true,
	"королева": true, "монарх": true, "міністр": true, "міністерка": true, "спікер": true, "спікерка": true,
}

// titledPlaces turns on splitTitledPlaces; a variable for experiments.
var titledPlaces = true

// splitTitledPlaces splits a LOC span that opens with a capitalised title
// of office for a country into the title (a JOB) and the country's name
// after it: "[LOC Посол Сполучених Штатів] відвідав" → [JOB Посол] [LOC
// Сполучених Штатів], "[LOC Президент Республіки Польща] прибув" →
// [JOB Президент] [LOC Республіки Польща]. The capital is the sentence's
// (or an official's style in mid-sentence); the model, seeing capitals
// run from the title into a country of several words, reads all of it
// as the place, while in lower case it tags the title and the country
// apart, as addTitleCountries does. No place's name opens with such a
// title: the title is an animate common noun (посол, президент), and
// the country's name after it is capitalised and opens in the genitive
// (Сполучених Штатів; Республіки with Польща in apposition).
// spans[from:] are the sentence's spans, sorted; the result is too.
func splitTitledPlaces(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || !titleOfCountry(&toks[a]) || !startsUpper(toks[a+1].Text) || vtag.Case(toks[a+1].Tag) != "v_rod" {
			continue
		}
		job := vistka.Span{Start: toks[a].RStart, End: toks[a].REnd, Type: "JOB", Text: toks[a].Text}
		loc := vistka.Span{Start: toks[a+1].RStart, End: sp.End, Type: "LOC", Text: joinTokens(toks[a+1 : b])}
		spans = slices.Replace(spans, k, k+1, job, loc)
		k++
	}
	return spans
}

// titleOfCountry reports whether t is a title of office held for a
// country (countryTitles), an animate common noun.
func titleOfCountry(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, ":prop") && countryTitles[scan.ToLower(t.Lemma)]
}
