package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// foreignParliaments turns on tagForeignParliaments; a variable for
// experiments.
var foreignParliaments = true

// tagForeignParliaments makes an ORG of a foreign parliament named by
// its own name, capitalised: "[ORG Бундестаг] ухвалив", "у [ORG
// Кнесеті]", "[ORG Сейм Польщі]", "[ORG Польський Сейм]". The model,
// whose training texts name few of them, leaves them out or reads a
// LOC; NER-UK tags a parliament an ORG (Держдуми). The country in the
// genitive after the name and a country's adjective before it are part
// of the name, as in Сенат США. Сейм is also a river (течію Сейму): it
// is a parliament only with its country's name or adjective. spans[from:]
// are the sentence's spans, sorted.
func tagForeignParliaments(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := range toks {
		t := &toks[i]
		if !startsUpper(t.Text) {
			continue
		}
		// A common noun's lemma is in lower case, as the names' are: a
		// proper name's is not looked up.
		l := t.Lemma
		if !strings.HasPrefix(t.Tag, "noun") || !startsLower(l) || !parliamentNames[l] && l != "сейм" {
			continue
		}
		a, b := i, i+1
		if i > 0 && strings.HasPrefix(toks[i-1].Tag, "adj") && startsUpper(toks[i-1].Text) && countryAdjective(toks[i-1].Lemma) {
			a = i - 1 // Польський Сейм
		}
		if b < len(toks) && countryToken(&toks[b]) && strings.Contains(toks[b].Tag, "v_rod") {
			b++ // Сейм Польщі
		}
		if l == "сейм" && a == i && b == i+1 {
			continue // the river, or unsure
		}
		// the spans the name overlaps give way to it
		k := from
		for k < len(spans) && spans[k].End <= toks[a].RStart {
			k++
		}
		m := k
		for m < len(spans) && spans[m].Start < toks[b-1].REnd {
			m++
		}
		if m > k && (spans[k].Start < toks[a].RStart || spans[m-1].End > toks[b-1].REnd || slices.ContainsFunc(spans[k:m], func(s vistka.Span) bool { return s.Type == "ORG" })) {
			continue // inside a longer name, or an ORG already
		}
		spans = slices.Delete(spans, k, m)
		spans = slices.Insert(spans, k, vistka.Span{Start: toks[a].RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[a:b])})
	}
	return spans
}

// parliamentNames are the lemmas of foreign parliaments' own names.
var parliamentNames = map[string]bool{
	"бундестаг": true, "бундесрат": true, "кнесет": true, "меджліс": true, "стортинг": true, "риксдаг": true,
	"фолькетинг": true, "саєйма": true, "сейма": true, "держдума": true, "альтинг": true, "ріґікоґу": true, "рійгікогу": true,
}

// countryAdjective reports an adjective of a country's people
// (польський, литовський, німецький), by its ending.
func countryAdjective(lemma string) bool {
	l := scan.ToLower(lemma)
	return strings.HasSuffix(l, "ський") || strings.HasSuffix(l, "цький") || strings.HasSuffix(l, "зький")
}
