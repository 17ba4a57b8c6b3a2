package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// initialAcronyms turns on addInitialAcronyms; a variable for
// experiments.
var initialAcronyms = true

// addInitialAcronyms tags an acronym of two to six capitals that opens
// the sentence, joined by і or та to a name the model found: "ЄС і США
// запровадили санкції", "ЄБРР і Японія підписали угоду", "ОБСЄ і ООН
// закликали". The model leaves the first of such a pair untagged there,
// though it tags the acronym alone or after a word (ЄБРР підписав, НАТО
// і ЄС). A country's acronym is a LOC (США і Велика Британія), any other
// an ORG, the type such capitals have in the NER-UK documents 343 times
// in 411. The acronym must be a proper name's in the dictionary. spans[from:] are the sentence's spans, sorted.
func addInitialAcronyms(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	i := 0
	for i < len(toks) && (toks[i].Kind == vistka.QuoteMark || scan.RuneCount(toks[i].Text) == 1 && isDash(firstRune(toks[i].Text))) {
		i++
	}
	if i+2 >= len(toks) {
		return spans
	}
	w := toks[i].Text
	if n := scan.RuneCount(w); n < 2 || n > 6 || !upperText(w) || !allLetters(w) || !strings.Contains(toks[i].Tag, ":prop") {
		return spans // (ЗМІ, ВВП, ДТП: common nouns' acronyms, no :prop in VESUM)
	}
	if c := scan.ToLower(toks[i+1].Text); c != "і" && c != "та" {
		return spans
	}
	at := func(k int) int {
		return slices.IndexFunc(spans[from:], func(s vistka.Span) bool { return s.Start <= toks[k].RStart && toks[k].REnd <= s.End })
	}
	if at(i) >= 0 {
		return spans
	}
	k := at(i + 2)
	if k < 0 || spans[from+k].Start != toks[i+2].RStart {
		return spans
	}
	if t := spans[from+k].Type; t != "ORG" && t != "LOC" {
		return spans
	}
	typ := "ORG"
	if gazetteer.Lookup(w)&gazetteer.Country != 0 {
		typ = "LOC"
	}
	return slices.Insert(spans, from, vistka.Span{Start: toks[i].RStart, End: toks[i].REnd, Type: typ, Text: w})
}
