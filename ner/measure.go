package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// measures turns on addMeasures; a variable for experiments.
var measures = true

// measuresNeed gates addMeasures: each measure starts at a token that
// measureNumber accepts, which starts with a digit or is tagged numr.
const measuresNeed = sbDigit | sbNumeral

// addMeasures tags a number and the unit of mass, length, area or
// volume after it as a QUANT when no span covers them, a multiplier
// (тис., млн) and a lower-case adjective (квадратних, погонних) between
// them included: "придбано [QUANT 1800 тонн] мазуту", "[QUANT 2,5 тисячі
// тонн]", "[QUANT 4 944 погонних метрів]", "[QUANT 20 кв. м]", "за
// [QUANT двадцять метрів]"; a QUANT span that stops at the number is
// stretched over its unit. NER-UK tags such a measure a quantity (of the
// 185 in its training texts, 183); the model, which has seen few tonnes or
// metres, now and then leaves one out. Other counts (осіб, штук) are no
// measures and stay out. In cross-validation the rule puts 17 QUANTs
// right and makes one error (дві тонни, which the gold leaves untagged):
// QUANT F1 0.710 → 0.753, micro 0.8366 → 0.8373. Of our 208 news texts
// it adds 5 spans, each a measure (20 тис. тонн, 60 тис. гектарів).
// Units of power and energy count too (2,1 ГВт, 1,1 млн МВт·год; a MON
// span the model gives them becomes a QUANT), as NER-UK tags measures
// with a unit whatever they measure (25-30 м / с, 70 ° С).
// spans[from:] are the sentence's spans, sorted.
func addMeasures(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i < len(toks); i++ {
		if !measureNumber(&toks[i]) || i > 0 && measureNumber(&toks[i-1]) {
			continue
		}
		j := i + 1
		for j < len(toks) && groupDigits(toks[j].Text) && digits(toks[i].Text) {
			j++ // 4 944
		}
		if j < len(toks) && multiplierWord(toks[j].Text) {
			j++
			if j < len(toks) && toks[j].Text == "." {
				j++
			}
		}
		if j < len(toks) && strings.HasPrefix(toks[j].Tag, "adj") && startsLower(toks[j].Text) && unitEnd(toks, j) == j {
			j++ // квадратних, погонних; not мм, which the tagger reads as an adjective
		}
		end := unitEnd(toks, j)
		if end == j {
			continue
		}
		start, stop := toks[i].RStart, toks[end-1].REnd
		k := from
		for k < len(spans) && spans[k].End <= start {
			k++
		}
		switch {
		case k == len(spans) || spans[k].Start >= stop:
			spans = insertSpan(spans, from, vistka.Span{Start: start, End: stop, Type: "QUANT", Text: joinTokens(toks[i:end])})
		case spans[k].Type == "QUANT" && spans[k].Start == start && spans[k].End < toks[end-1].RStart &&
			(k+1 == len(spans) || spans[k+1].Start >= stop):
			spans[k].End, spans[k].Text = stop, joinTokens(toks[i:end])
		case spans[k].Type == "MON" && spans[k].Start == start && spans[k].End <= stop && (k+1 == len(spans) || spans[k+1].Start >= stop):
			// [MON 2,4 ГВт], [MON 1,1 млн МВт]·год: a unit of measure is
			// no currency
			spans[k].Type, spans[k].End, spans[k].Text = "QUANT", stop, joinTokens(toks[i:end])
		}
		i = end - 1
	}
	return spans
}

// measureNumber reports whether t is a number written in digits (2,5,
// 20-40) or a lower-case numeral (двадцять).
func measureNumber(t *vistka.Token) bool {
	w := t.Text
	if w == "" {
		return false
	}
	if startsDigit(w) {
		for _, c := range w {
			if !isDigit(c) && c != ',' && c != '.' && c != '-' && c != '–' {
				return false
			}
		}
		return isDigit(rune(w[len(w)-1]))
	}
	return strings.HasPrefix(t.Tag, "numr") && startsLower(w)
}

// groupDigits reports whether w is a group of three digits, the thousands
// of a number written with spaces.
func groupDigits(w string) bool {
	return len(w) == 3 && digits(w)
}

// multiplierWord reports whether w is тисяча, мільйон or мільярд in any
// form or its abbreviation.
func multiplierWord(w string) bool {
	w = scan.ToLower(w)
	return w == "тис" || w == "млн" || w == "млрд" || strings.HasPrefix(w, "тисяч") ||
		strings.HasPrefix(w, "мільйон") || strings.HasPrefix(w, "мільярд")
}

// unitEnd returns the end of the unit of measure at toks[j], j if there
// is none: тонн, метрів, га, кв. м, куб. м.
func unitEnd(toks []vistka.Token, j int) int {
	if j >= len(toks) {
		return j
	}
	w := scan.ToLower(toks[j].Text)
	if (w == "кв" || w == "куб") && j+2 < len(toks) && toks[j+1].Text == "." && scan.ToLower(toks[j+2].Text) == "м" {
		return j + 3
	}
	if measureAbbrevs[w] || voltUnits[toks[j].Text] {
		return j + 1
	}
	if powerUnits[w] {
		// МВт·год, кВт-год: energy
		if j+2 < len(toks) && (toks[j+1].Text == "·" || toks[j+1].Text == "-") && scan.ToLower(toks[j+2].Text) == "год" &&
			toks[j+1].RStart == toks[j].REnd && toks[j+2].RStart == toks[j+1].REnd {
			return j + 3
		}
		return j + 1
	}
	for _, u := range measureStems {
		if rest, ok := strings.CutPrefix(w, u); ok && unitEndings[rest] {
			return j + 1
		}
	}
	return j
}

// measureAbbrevs are the abbreviations of units of measure.
var measureAbbrevs = map[string]bool{
	"кг": true, "км": true, "см": true, "мм": true, "дм": true, "м": true, "га": true,
}

// voltUnits are the units of voltage, as written (кВ is no кв. of кв. м;
// В alone may be the preposition):
// лінія 750 кВ.
var voltUnits = map[string]bool{"кВ": true}

// powerUnits are the units of power, lower-cased: кВт, МВт, ГВт (with
// ·год after them, of energy).
var powerUnits = map[string]bool{"вт": true, "квт": true, "мвт": true, "гвт": true, "твт": true}

// measureStems begin the forms of the units of measure, unitEndings end
// them: тонна (тон, тонн, тоннами), метр (метрів), гектар, літр.
var (
	measureStems = []string{
		"тон", "кілограм", "метр", "кілометр", "сантиметр", "міліметр", "дециметр", "гектар", "літр",
		"кубометр", "квадрат",
	}
	unitEndings = map[string]bool{
		"": true, "а": true, "и": true, "у": true, "і": true, "ів": true, "ам": true, "ами": true, "ах": true,
		"ом": true, "ою": true, "ові": true, "н": true, "на": true, "ни": true, "ну": true, "нн": true,
		"нна": true, "нни": true, "нну": true, "нною": true, "ннами": true, "нам": true, "нах": true,
	}
)
