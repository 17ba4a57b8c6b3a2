package ner

import (
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// degreeCuts turns on cutDegreeWords; a variable for experiments.
var degreeCuts = true

// cutDegreeWords ends an ORG span at a lower-case degree or rank word
// inside it when a person's name follows the span: "президент [ORG НАН
// академік] Анатолій Загородній", "Директор [ORG Інституту кібернетики
// член-кореспондент НАН] Олександр Хіміч", where the model runs the body
// of the first title on over the second. The word is the holder's second
// title (a JOB), and the words after it, opening with a capital, a body
// of their own (ORG НАН). A word after імені is a namesake's (Інститут
// кібернетики імені академіка Глушкова). spans[from:] are the sentence's
// spans, sorted; the result is sorted too.
func cutDegreeWords(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" || spans[k+1].Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b >= len(toks) || toks[b].RStart != spans[k+1].Start {
			continue
		}
		for i := a + 1; i < b; i++ {
			t := &toks[i]
			l := scan.ToLower(t.Lemma)
			if l == "" {
				l = scan.ToLower(t.Text)
			}
			if !rank(l) || startsUpper(t.Text) {
				continue
			}
			if w := scan.ToLower(toks[i-1].Text); w == "імені" || w == "ім" || w == "ім." {
				break
			}
			out := []vistka.Span{
				{Start: sp.Start, End: toks[i-1].REnd, Type: "ORG", Text: joinTokens(toks[a:i])},
				{Start: t.RStart, End: t.REnd, Type: "JOB", Text: t.Text},
			}
			if i+1 < b && startsUpper(toks[i+1].Text) {
				out = append(out, vistka.Span{Start: toks[i+1].RStart, End: sp.End, Type: "ORG", Text: joinTokens(toks[i+1 : b])})
			}
			spans = slices.Replace(spans, k, k+1, out...)
			k += len(out) - 1
			break
		}
	}
	return spans
}
