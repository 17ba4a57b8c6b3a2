package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// remitClauses turns on joinRemitClauses; a variable for experiments.
var remitClauses = true

// joinRemitClauses widens an ORG span over the relative clause of its
// remit that a national regulator's official name holds: "Національна
// комісія, що здійснює державне регулювання у сферах енергетики та
// комунальних послуг (НКРЕКП)", "… у сфері ринків фінансових послуг",
// "… у сферах електронних комунікацій, радіочастотного спектра та
// надання послуг поштового зв'язку". The model ends the name at the
// comma, so that the acronym in brackets after the clause, which the
// text then uses, names a body of its own. The clause is "що здійснює" +
// the regulation it does (an accusative noun phrase) + "у сфері/сферах"
// + a chain of genitives joined by та, і, й or commas, ending in a
// genitive noun; the name ends with its last genitive noun (", з
// проханням" after it is the sentence's). A relative clause of any other
// verb or without its sphere (", що здійснює контроль за цінами") stays
// out of the name. spans[from:] are the sentence's spans, sorted.
func joinRemitClauses(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 1; i < len(toks); i++ {
		if toks[i].Text != "," {
			continue
		}
		end := remitClauseEnd(toks, i)
		if end < 0 {
			continue
		}
		k := from
		for k < len(spans) && spans[k].End <= toks[i-1].RStart {
			k++
		}
		var a int
		switch {
		case k < len(spans) && spans[k].Type == "ORG" && spans[k].End == toks[i-1].REnd:
			a, _ = vistka.TokensIn(toks, spans[k].Start, spans[k].End)
			if !strings.HasPrefix(toks[i-1].Tag, "noun") {
				continue
			}
		case k == len(spans) || spans[k].Start >= toks[i].REnd:
			// the name the model missed: capitalised adjectives and
			// the noun of a body's kind (Національна комісія)
			if a = bodyPhraseStart(toks, i); a < 0 {
				continue
			}
			// (inserted before any span the model found inside the
			// name's words, which the name then holds: spans[k] must be
			// the name)
			for k > from && spans[k-1].Start >= toks[a].RStart {
				k--
			}
			spans = slices.Insert(spans, k, vistka.Span{Start: toks[a].RStart, End: toks[i-1].REnd, Type: "ORG"})
		default:
			continue
		}
		// spans the model found inside the clause go: the name holds them
		j := k + 1
		for j < len(spans) && spans[j].Start < toks[end-1].REnd {
			j++
		}
		spans = append(spans[:k+1], spans[j:]...)
		sp := &spans[k]
		sp.End = toks[end-1].REnd
		sp.Text = joinTokens(toks[a:end])
		if end+2 < len(toks) && toks[end].Text == "(" && toks[end+2].Text == ")" && capsAcronym(toks[end+1].Text) &&
			(k+1 == len(spans) || spans[k+1].Start >= toks[end+2].REnd) {
			// the acronym in brackets is the regulator's, which
			// dropCommonAcronyms took for that of a common noun phrase
			// when the model missed the name
			t := &toks[end+1]
			spans = insertSpan(spans, from, vistka.Span{Start: t.RStart, End: t.REnd, Type: "ORG", Text: t.Text})
		}
		i = end - 1
	}
	return spans
}

// capsAcronym reports whether w is a word of two or more capital letters:
// НКРЕКП, НКЕК.
func capsAcronym(w string) bool {
	return scan.RuneCount(w) >= 2 && isWordText(w) && upperText(w)
}

// bodyPhraseStart returns the index of the first of the words before
// toks[i] that name a body by its kind after one to three adjectives, the
// first capitalised (Національна комісія), or -1.
func bodyPhraseStart(toks []vistka.Token, i int) int {
	if i < 2 || !bodyHead(&toks[i-1]) || !startsLower(toks[i-1].Text) {
		return -1
	}
	a := i - 1
	for a > 0 && i-1-a < 3 && strings.HasPrefix(toks[a-1].Tag, "adj") {
		a--
	}
	if a == i-1 || !startsUpper(toks[a].Text) {
		return -1
	}
	return a
}

// remitClauseEnd returns the index after the last token of a regulator's
// remit clause starting at toks[i] with its comma (", що здійснює
// державне регулювання у сферах енергетики та комунальних послуг"), or
// -1 if none starts there.
func remitClauseEnd(toks []vistka.Token, i int) int {
	if i+5 >= len(toks) || toks[i].Text != "," || scan.ToLower(toks[i+1].Text) != "що" || toks[i+2].Lemma != "здійснювати" {
		return -1
	}
	// the regulation done: one to three accusative words (державне
	// регулювання, державний нагляд)
	j := i + 3
	for j < len(toks) && j-i-3 < 3 && startsLower(toks[j].Text) && strings.Contains(toks[j].Tag, "v_zna") {
		j++
	}
	if j == i+3 || j+1 >= len(toks) || (toks[j].Text != "у" && toks[j].Text != "в") || toks[j+1].Lemma != "сфера" {
		return -1
	}
	end := -1
chain:
	for j += 2; j < len(toks); j++ {
		t := &toks[j]
		switch {
		case t.Kind == vistka.Word && startsLower(t.Text) && strings.Contains(t.Tag, "v_rod") &&
			(strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")):
			if strings.HasPrefix(t.Tag, "noun") {
				end = j + 1
			}
			continue
		case (t.Text == "," || t.Text == "та" || t.Text == "і" || t.Text == "й") && j+1 < len(toks) &&
			startsLower(toks[j+1].Text) && strings.Contains(toks[j+1].Tag, "v_rod"):
			continue
		}
		break chain
	}
	return end
}
