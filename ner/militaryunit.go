package ner

import (
	"strings"

	"github.com/vistka/vistka"
)

// militaryUnits turns on addMilitaryUnits; a variable for experiments.
var militaryUnits = true

// addMilitaryUnits tags a military unit named by its number as one ORG:
// an ordinal in digits, its adjectives and the unit's head word (бригада,
// батальйон, полк, …), with the unit's honorary name in quotation marks
// right after it through the closing mark: 47-ї окремої механізованої
// бригади «Магура», 3-ї окремої штурмової бригади. NER-UK tags a unit so
// (ORG 80-ї аеромобільної бригади); the model took the quoted name alone
// or nothing. A span the unit would cut through is left to the model.
func addMilitaryUnits(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+1 < len(toks); i++ {
		if !ordinalDigits(&toks[i]) {
			continue
		}
		h := i + 1
		for h < len(toks) && h-i <= 4 && strings.HasPrefix(toks[h].Tag, "adj") && !startsUpper(toks[h].Text) {
			h++
		}
		if h >= len(toks) || h == i+1 && !strings.HasPrefix(toks[h].Tag, "noun") || !unitHeads.has(toks[h].Lemma) || toks[h].Text != strings.ToLower(toks[h].Text) {
			continue
		}
		end := h + 1
		if end+2 < len(toks) && toks[end].Text == "«" {
			for q := end + 1; q < len(toks) && q <= end+5; q++ {
				if toks[q].Text == "»" {
					if q > end+1 && startsUpper(toks[end+1].Text) {
						end = q + 1
					}
					break
				}
			}
		}
		var ok bool
		if spans, ok = putSpan(spans, from, toks[i:end], "ORG"); ok {
			i = end - 1
		}
	}
	return spans
}

// ordinalDigits reports whether t is an ordinal written in digits with its
// ending: 47-ї, 3-тя, 155-та.
func ordinalDigits(t *vistka.Token) bool {
	d, ending, ok := strings.Cut(t.Text, "-")
	return ok && d != "" && ending != "" && startsDigit(d) && strings.Trim(d, "0123456789") == "" && len(ending) <= 6 && strings.ToLower(ending) == ending
}

// unitHeads are the head words of military units.
var unitHeads = newLowerSet("бригада", "батальйон", "полк", "дивізія", "корпус", "дивізіон", "флотилія", "ескадрилья")
