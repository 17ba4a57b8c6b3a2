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
		if b := assemblyAt(toks, i); b > 0 {
			spans = insertName(toks, spans, from, i, b)
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
		spans = insertName(toks, spans, from, a, b)
	}
	return spans
}

// insertName makes an ORG of toks[a:b]; the spans the name overlaps give
// way to it, unless it lies inside a longer name or an ORG is there
// already.
func insertName(toks []vistka.Token, spans []vistka.Span, from, a, b int) []vistka.Span {
	k := from
	for k < len(spans) && spans[k].End <= toks[a].RStart {
		k++
	}
	m := k
	for m < len(spans) && spans[m].Start < toks[b-1].REnd {
		m++
	}
	if m > k && (spans[k].Start < toks[a].RStart || spans[m-1].End > toks[b-1].REnd || slices.ContainsFunc(spans[k:m], func(s vistka.Span) bool { return s.Type == "ORG" })) {
		return spans
	}
	spans = slices.Delete(spans, k, m)
	return slices.Insert(spans, k, vistka.Span{Start: toks[a].RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[a:b])})
}

// assemblyAt returns the end of an assembly's name of two words opening
// at toks[i] — Народні збори, Національні збори — with the place in the
// genitive after it (Народних зборах Гагаузії), or 0. The model reads it
// as a place or a title.
func assemblyAt(toks []vistka.Token, i int) int {
	if i+1 >= len(toks) || !strings.HasPrefix(toks[i].Tag, "adj") || !assemblyAdjectives[scan.ToLower(toks[i].Lemma)] ||
		toks[i+1].Lemma != "збори" && (toks[i+1].Lemma != "збір" || !strings.Contains(toks[i+1].Tag, ":p:")) || !strings.HasPrefix(toks[i+1].Tag, "noun") {
		return 0
	}
	b := i + 2
	if b < len(toks) && startsUpper(toks[b].Text) && strings.Contains(toks[b].Tag, ":geo") && strings.Contains(toks[b].Tag, "v_rod") {
		b++
	}
	return b
}

// assemblyAdjectives open the names of assemblies with збори.
var assemblyAdjectives = map[string]bool{"народний": true, "національний": true, "установчий": true}

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
