package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// regionLists turns on splitRegionLists; a variable for experiments.
var regionLists = true

// splitRegionLists splits a LOC span of place adjectives joined by
// commas, та, і or й before one plural head (області, районах, громад)
// into a LOC per region: "у [LOC Харківської], [LOC Сумської] та [LOC
// Миколаївської областей]", the last adjective with the head, as one
// region is written (Харківської області). NER-UK splits so (Сумська й
// Харківська області: LOC Сумська + LOC Харківська області; once it keeps
// the whole); the model, which has seen few lists, runs them into one.
// News lists regions this way in nearly every report of shelling or
// aid. spans[from:] are the sentence's spans, sorted; the result is
// sorted too.
func splitRegionLists(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 4 || !regionHead(&toks[b-1]) {
			continue
		}
		// the adjectives, every other token from a to b-1
		var adjs []int
		ok := true
		for i := a; i < b-1; i++ {
			t := &toks[i]
			if len(adjs) == 0 || toks[i-1].Kind == vistka.Punct || regionJoins[toks[i-1].Text] {
				if !strings.HasPrefix(t.Tag, "adj") || !startsUpper(t.Text) {
					ok = false
					break
				}
				adjs = append(adjs, i)
				continue
			}
			if t.Text != "," && !regionJoins[t.Text] {
				ok = false
				break
			}
		}
		if !ok || len(adjs) < 2 || adjs[len(adjs)-1] != b-2 {
			continue
		}
		parts := make([]vistka.Span, 0, len(adjs))
		for n, i := range adjs {
			end := i + 1
			if n == len(adjs)-1 {
				end = b
			}
			parts = append(parts, vistka.Span{Start: toks[i].RStart, End: toks[end-1].REnd, Type: "LOC", Text: joinTokens(toks[i:end])})
		}
		spans = slices.Replace(spans, k, k+1, parts...)
		k += len(parts) - 1
	}
	return spans
}

// regionJoins join the adjectives of a list of regions.
var regionJoins = map[string]bool{"та": true, "і": true, "й": true}

// regionHead reports a plural noun for a kind of region: області,
// районах, громад.
func regionHead(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun") && vtag.Gender(t.Tag) == 'p' && regionKinds.has(t.Lemma)
}

// regionKinds are the lemmas of the kinds of regions a list of adjectives
// shares.
var regionKinds = newLowerSet("область", "район", "громада", "округ", "регіон")

// regionListBases gives the regions splitRegionLists made (and the
// model's own such lists) each its base form with the head they share,
// in the singular: Харківської, Сумської та Миколаївської областей →
// Харківська область, Сумська область, Миколаївська область. spans are
// one sentence's, sorted, their base forms already made.
func regionListBases(toks []vistka.Token, spans []vistka.Span) {
	for k := 0; k < len(spans); k++ {
		a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		if spans[k].Type != "LOC" || b-a != 1 || !regionAdj(&toks[a]) {
			continue
		}
		// the chain of lone adjectives up to the span with the head
		last := -1
		for j, end := k+1, b; j < len(spans); j++ {
			c, d := vistka.TokensIn(toks, spans[j].Start, spans[j].End)
			if spans[j].Type != "LOC" || c != end+1 || toks[end].Text != "," && !regionJoins[toks[end].Text] || !regionAdj(&toks[c]) {
				break
			}
			if d-c == 2 && listHead(&toks[c+1]) {
				last = j
				break
			}
			if d-c == 1 && d < len(toks) && listHead(&toks[d]) && toks[d].RStart >= spans[j].End {
				// the head left out of the last adjective's span
				// (Марганецька та [Червоногригорівська] громади):
				// the region is written with it, as NER-UK marks it.
				spans[j].End = toks[d].REnd
				spans[j].Text = joinTokens(toks[c : d+1])
				last = j
				break
			}
			if d-c != 1 {
				break
			}
			end = d
		}
		if last < 0 {
			continue
		}
		c, _ := vistka.TokensIn(toks, spans[last].Start, spans[last].End)
		head := &toks[c+1]
		for j := k; j <= last; j++ {
			x, _ := vistka.TokensIn(toks, spans[j].Start, spans[j].End)
			spans[j].Lemma = agreeingAdj(&toks[x], head.Lemma) + " " + head.Lemma
		}
		k = last
	}
}

// listHead reports a noun for a kind of region after a list of
// adjectives, which it is the plural of whatever number the tagger read:
// "Марганецька та Червоногригорівська громади", "ніж Волинська та
// Тернопільська області", where громади and області, plural by agreeing
// with two adjectives, are also the singular genitive the tagger may
// choose.
func listHead(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun") && regionKinds.has(t.Lemma)
}

// regionAdj reports a capitalised adjective.
func regionAdj(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "adj") && startsUpper(t.Text)
}

// agreeingAdj gives the base form of adj in the gender of the region
// kind head (область, громада: feminine), capitalised as written:
// Новгород-Сіверського (районів) → Новгород-Сіверський.
func agreeingAdj(adj *vistka.Token, head string) string {
	l := adj.Lemma
	if strings.HasSuffix(head, "а") || head == "область" {
		switch {
		case strings.HasSuffix(l, "ий"):
			l = strings.TrimSuffix(l, "ий") + "а"
		case strings.HasSuffix(l, "ій"):
			l = strings.TrimSuffix(l, "ій") + "я"
		}
	}
	written, parts := strings.Split(adj.Text, "-"), strings.Split(l, "-")
	for i := range parts {
		if i < len(written) && parts[i] != "" && startsUpper(written[i]) {
			parts[i] = titleCase(parts[i])
		}
	}
	return strings.Join(parts, "-")
}

// abbrevRegionBases names the lone adjectives in the feminine nominative
// that share the abbreviated head of a region written with обл. across a
// list by their adjective and область in full ("Донецька, Луганська
// обл.": Донецька область, not Донецьк, the town whose genitive the
// adjective spells), as abbrevPlace names the region written with обл.
// itself. spans are one sentence's, sorted, their base forms already
// made.
func abbrevRegionBases(toks []vistka.Token, spans []vistka.Span) {
	for k := range spans {
		a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		if b-a == 3 && toks[b-1].Text == "." {
			b-- // the full stop inside the span
		}
		if spans[k].Type != "LOC" || b-a != 2 || toks[b-1].Text != "обл" || !nominativeRegionAdj(&toks[a]) {
			continue
		}
		// the lone adjectives before it that share its head
		for j, next := k-1, a; j >= 0; j-- {
			c, d := vistka.TokensIn(toks, spans[j].Start, spans[j].End)
			if spans[j].Type != "LOC" || d-c != 1 || d != next-1 || toks[d].Text != "," && !regionJoins[toks[d].Text] || !nominativeRegionAdj(&toks[c]) {
				break
			}
			spans[j].Lemma = toks[c].Text + " область"
			next = c
		}
	}
}

// nominativeRegionAdj reports a capitalised word written as the feminine
// nominative of a place adjective: Луганська, Івано-Франківська,
// Запорізька.
func nominativeRegionAdj(t *vistka.Token) bool {
	return startsUpper(t.Text) && (strings.HasSuffix(t.Text, "ська") || strings.HasSuffix(t.Text, "цька") || strings.HasSuffix(t.Text, "зька"))
}
