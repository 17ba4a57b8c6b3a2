package ner

import (
	"strconv"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// datelineTowns turns on addDatelineTowns; a variable for experiments.
var datelineTowns = true

// addDatelineTowns adds the LOC span of the town that opens a dateline,
// a sentence's first word before a comma or a full stop and the day and
// month: "ЧЕРКАСИ, 29 квітня. /Укрінформ/.", "Суми, 12 березня.", or
// a sentence of its own in capitals ("СУМИ. 2 вересня."). The
// model misses it when the town's name in the plural is also a common
// noun's plural (Черкаси: черкаси, the people; Суми: суми, sums;
// Бровари, Прилуки), which the tagger then reads, and more so in
// capitals, which the model has seen in no such place. The word must be a
// town, region or country the gazetteer lists (in title case), so that a
// capitalised heading word before a date (ОНОВЛЕНО, 5 грудня) stays none.
// spans[from:] are the sentence's spans, sorted.
func addDatelineTowns(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	if len(toks) < 2 || toks[0].Kind != vistka.Word || !startsUpper(toks[0].Text) || (toks[1].Text != "," && toks[1].Text != ".") ||
		covered(spans[from:], toks[0].RStart, toks[0].REnd) {
		return spans
	}
	// "СУМИ. 2 вересня.": a full stop after the town ends a sentence of
	// the town alone, in capitals
	alone := len(toks) == 2 && toks[1].Text == "." && upperText(toks[0].Text) && scan.RuneCount(toks[0].Text) >= 3
	if !alone && (len(toks) < 4 || !dayNumber(toks[2].Text) || gazetteer.Lookup(toks[3].Lemma)&gazetteer.Month == 0) {
		return spans
	}
	if gazetteer.Lookup(titleCase(toks[0].Text))&gazetteer.Location == 0 {
		return spans
	}
	return insertSpan(spans, from, vistka.Span{Start: toks[0].RStart, End: toks[0].REnd, Type: "LOC", Text: toks[0].Text})
}

// dayNumber reports whether s is a day of a month written in digits.
func dayNumber(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1 && n <= 31 && len(s) <= 2
}
