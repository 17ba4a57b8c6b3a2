package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// titleBodies turns on splitTitleBodies; a variable for experiments.
var titleBodies = true

// splitTitleBodies mends an ORG span that begins with a title: "Міністр
// оборони України", "Президента України", "зустріч Голови Верховної
// Ради". Written with a capital, as in official prose, the title reads to
// the model as the first word of a body's name. NER-UK tags the title:
//
//   - міністр with the field and the country after it is one JOB, since
//     the ministry itself is not named (JOB "Міністр оборони України" 4
//     times, "міністра ЖКГ", "Міністр енергетики та вуглепрому");
//   - any title followed by a country alone is one JOB ("Президента
//     України", "Президенту України");
//   - another title followed by a named body is a JOB and an ORG
//     ("голова" + ORG "КМДА", "заступником голови" + ORG "Дніпропетровської
//     ОДА": more than 50 times in the training documents; capitalised once,
//     as one JOB "Голови Держінвестпроекту").
//
// Депутати Ради, Депутати Київради at the start of a sentence are a JOB
// and an ORG too, as NER-UK tags депутат before a council (депутати
// Київради, депутат Диканської райради: all such spans).
//
// A body named in quotation marks after the title's own words is the
// words inside the marks (представниця громадської організації «Пам'ять»).
//
// A title after the adjectives of its rank (Висока представниця ЄС,
// Верховний представник ЄС) and the ombudsman's title, which the tagger
// reads as the adjective уповноважений (Уповноважений Верховної Ради з
// прав людини), are split so too, but only when the holder's name
// follows, past the lower-case words of the office's field: alone, the
// ombudsman's title names the office. Their body ends before the field
// (Верховної Ради | з прав людини), which the entity layer gives the
// title.
//
// The rule puts 7 errors of cross-validation right (JOB tagged ORG) and
// makes none. A title right after another title (заступник Міністра
// оборони України) is left alone: there the gold tags the rest as an ORG. spans[from:] are
// the sentence's spans, sorted; the result is sorted too.
func splitTitleBodies(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type == "LOC" {
			// "[LOC Посол Великої Британії] в Україні": a title the
			// model ran into the place after it is a JOB before the
			// place
			if a, b := vistka.TokensIn(toks, sp.Start, sp.End); b-a >= 2 && (a == 0 || !titleNoun(&toks[a-1])) && titleNoun(&toks[a]) && placeName(toks[a+1:b]) {
				job := vistka.Span{Start: toks[a].RStart, End: toks[a].REnd, Type: "JOB", Text: toks[a].Text}
				sp.Start, sp.Text = toks[a+1].RStart, joinTokens(toks[a+1:b])
				spans = slices.Insert(spans, k, job)
				k++
			}
			continue
		}
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a > 0 && titleNoun(&toks[a-1]) {
			continue
		}
		if b-a == 2 && countryTitleAdjective(&toks[a], &toks[a+1]) && titleNoun(&toks[a+1]) {
			// "Японський міністр повідомив": a title with the adjective
			// of its country, no body; the JOB is the title, as NER-UK
			// leaves such adjectives out
			sp.Start, sp.Type, sp.Text = toks[a+1].RStart, "JOB", toks[a+1].Text
			continue
		}
		// h: the title, past the adjectives of its rank (Висока
		// представниця ЄС, Верховний представник ЄС)
		h := a
		for h+1 < b && highRank(&toks[h], &toks[h+1]) {
			h++
		}
		if !titleNoun(&toks[h]) && !(h == a && commissioner(toks, h, b)) {
			continue
		}
		// a title of rank or an ombudsman's is a JOB only before the
		// holder's name: "Уповноважений Верховної Ради" alone names
		// the office
		rank := h > a || !titleNoun(&toks[h])
		if rank && !holderAfter(toks, spans, k, b) {
			continue
		}
		title := scan.ToLower(toks[h].Lemma)
		// c: the first capitalised word after the title's own lower-case words.
		c := h + 1
		for c < b && !startsUpper(toks[c].Text) {
			c++
		}
		if title == "міністр" || c == b || allCountries(toks[c:b]) {
			sp.Type = "JOB"
			continue
		}
		j, e := c, b // the title ends before j, the body is toks[c:e]
		if toks[c-1].Text == "«" && toks[b-1].Text == "»" && c-1 > a && e-1 > c {
			// a body named in quotes: Представниця громадської
			// організації «Пам'ять»
			j, e = c-1, b-1
		}
		for f := c + 1; rank && f < e; f++ {
			if fieldLink(toks[:e], f) {
				// the field of the office after the body: Уповноважений
				// Верховної Ради | з прав людини
				e = f
				break
			}
		}
		body := vistka.Span{Start: toks[c].RStart, End: toks[e-1].REnd, Type: "ORG", Text: joinTokens(toks[c:e])}
		sp.End, sp.Type, sp.Text = toks[j-1].REnd, "JOB", joinTokens(toks[a:j])
		spans = slices.Insert(spans, k+1, body)
		k++
	}
	return spans
}

// placeName reports whether ts are a place's name: capitalised words,
// each a place (Франції) or an adjective before one (Великої Британії).
func placeName(ts []vistka.Token) bool {
	for i, t := range ts {
		if !startsUpper(t.Text) {
			return false
		}
		if !strings.Contains(t.Tag, ":geo") && !(strings.HasPrefix(t.Tag, "adj") && i+1 < len(ts) && strings.Contains(ts[i+1].Tag, ":geo")) {
			return false
		}
	}
	return true
}

// holderAfter reports whether the span after spans[k], which ends at
// token b, is a person's name, with at most the lower-case words of the
// office's field between them: "Висока представниця ЄС | із закордонних
// справ і безпекової політики | Кая Каллас".
func holderAfter(toks []vistka.Token, spans []vistka.Span, k, b int) bool {
	if k+1 >= len(spans) || spans[k+1].Type != "PERS" {
		return false
	}
	c, _ := vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End)
	if c < b || c-b > 8 {
		return false
	}
	for _, t := range toks[b:c] {
		if t.Kind != vistka.Word || !startsLower(t.Text) || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
	}
	return true
}

// countryTitleAdjective reports whether t is the adjective of a
// country's people agreeing with the noun n after it: Японський
// (міністр), Польський (посол).
func countryTitleAdjective(t, n *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "adj") && vtag.Case(t.Tag) == vtag.Case(n.Tag) && vtag.Gender(t.Tag) == vtag.Gender(n.Tag) &&
		countryAdjective(t.Lemma)
}

// highRank reports whether t is an adjective of a high office's rank
// agreeing with the word n after it: Висока (представниця), Верховний
// (представник), Спеціальний (представник).
func highRank(t, n *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "adj") || vtag.Case(t.Tag) != vtag.Case(n.Tag) || vtag.Gender(t.Tag) != vtag.Gender(n.Tag) {
		return false
	}
	switch scan.ToLower(t.Lemma) {
	case "високий", "верховний", "спеціальний":
		return true
	}
	return false
}

// commissioner reports whether toks[h] is уповноважений, an adjective
// the tagger reads the ombudsman's title as, with the body whose
// commissioner it is named right after it, inside toks[:b]: "Уповноважений
// Верховної Ради з прав людини".
func commissioner(toks []vistka.Token, h, b int) bool {
	return h+1 < b && scan.ToLower(toks[h].Lemma) == "уповноважений" && startsUpper(toks[h+1].Text) &&
		vtag.Case(toks[h+1].Tag) == "v_rod"
}

// titleNoun reports whether t is a noun naming an office whose holder the
// body after it is named for.
func titleNoun(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun") && officeTitleSet.has(t.Lemma)
}

// officeTitleSet holds the words of officeTitles, for titleNoun to test
// a lemma without lower-casing most.
var officeTitleSet = lowerSetOf(officeTitles)

// officeTitles are the lemmas of titles of office.
var officeTitles = map[string]bool{
	"міністр": true, "президент": true, "віце-президент": true, "прем'єр-міністр": true, "голова": true,
	"спікер": true, "посол": true, "генсек": true, "секретар": true, "канцлер": true, "губернатор": true,
	"очільник": true, "керівник": true, "директор": true, "начальник": true, "командувач": true,
	"головнокомандувач": true, "омбудсман": true, "речник": true, "уповноважений": true,
	"представник": true, "представниця": true, "речниця": true, "керівниця": true, "очільниця": true,
	"депутат": true, "депутатка": true,
}

// allCountries reports whether ts name a country and nothing else
// (України, Литви, Сполучених Штатів Америки): a country's name and
// other places' words.
func allCountries(ts []vistka.Token) bool {
	country := false
	for _, t := range ts {
		if !startsUpper(t.Text) {
			continue
		}
		c := gazetteer.Lookup(t.Lemma)
		if c&gazetteer.Location == 0 && !strings.Contains(t.Tag, ":geo") {
			return false
		}
		country = country || c&gazetteer.Country != 0
	}
	return country
}
