package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// placeAdjectives turns on addPlaceAdjectives; a variable for experiments.
var placeAdjectives = true

// addPlaceAdjectives widens a LOC span over the capitalised adjective
// right before it that agrees with its first word, after a noun for a
// kind of settlement: "село [Велика] [LOC Писарівка]" becomes "Велика
// Писарівка", as "Велика Олександрівка", "Нова Каховка", "Старий Салтів"
// are one name. The model leaves the adjective out where the name is new
// to it and the sentence gives it no other mention. spans[from:] are the
// sentence's spans, sorted.
func addPlaceAdjectives(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if a < 2 || b <= a {
			continue
		}
		adj, kind := &toks[a-1], &toks[a-2]
		if r, _ := utf8.DecodeRuneInString(adj.Text); !isUpper(r) || !strings.HasPrefix(adj.Tag, "adj") || !settlementKinds[scan.ToLower(kind.Lemma)] {
			continue
		}
		if k > from && spans[k-1].End > adj.RStart {
			continue
		}
		if c := vtag.Case(adj.Tag); c == "" || c != vtag.Case(toks[a].Tag) && vtag.Case(toks[a].Tag) != "" {
			continue
		}
		sp.Start, sp.Text = adj.RStart, joinTokens(toks[a-1:b])
	}
	return spans
}

// settlementKinds are the nouns for a kind of settlement that stand before
// its name.
var settlementKinds = map[string]bool{"село": true, "селище": true, "місто": true, "містечко": true, "смт": true, "хутір": true}
