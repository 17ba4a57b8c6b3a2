package ner

import (
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// moneyDates turns on splitMoneyDates; a variable for experiments.
var moneyDates = true

// moneyDatesNeed gates splitMoneyDates: an amount opens with a number.
const moneyDatesNeed = sbDigit | sbNumeral

// splitMoneyDates splits a DATE or MON span that runs from a sum of
// money into the time after it: "до [DATE 40 млрд євро цього року]" →
// "[MON 40 млрд євро] [DATE цього року]". The model, which learnt "до
// 2025 року" as a date, now and then reads the sum after до as the
// first words of one; NER-UK tags the two apart. The sum ends at the
// currency's name (with США after a dollar); the rest must open as a
// time does (цього, минулого, наступного, у or в, a month or a year
// in digits) or the span stays as it is. spans[from:] are the
// sentence's spans, sorted.
func splitMoneyDates(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "DATE" && sp.Type != "MON" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 3 || !measureNumber(&toks[a]) {
			continue
		}
		c := -1 // the currency's last token
		for i := a + 1; i < b-1; i++ {
			if moneyWord(toks[i]) {
				c = i
				if i+1 < b-1 && dollarWord(toks[i]) && toks[i+1].Text == "США" {
					c = i + 1
				}
				break
			}
		}
		if c < 0 || !timeOpener(toks[c+1:b]) {
			continue
		}
		money := vistka.Span{Start: sp.Start, End: toks[c].REnd, Type: "MON", Text: joinTokens(toks[a : c+1])}
		date := vistka.Span{Start: toks[c+1].RStart, End: sp.End, Type: "DATE", Text: joinTokens(toks[c+1 : b])}
		spans[k] = money
		spans = slices.Insert(spans, k+1, date)
		k++
	}
	return spans
}

// moneyWord reports whether t names a currency: the hryvnia, the
// dollar, the euro, their abbreviations, or a rarer one (currencyWord).
func moneyWord(t vistka.Token) bool {
	if dollarWord(t) || currencyWord(t.Text) {
		return true
	}
	switch w := scan.ToLower(t.Text); w {
	case "євро", "грн", "гривень", "гривні", "гривня", "гривнею", "гривнях":
		return true
	}
	return false
}

// timeOpener reports whether toks open a time as NER-UK tags one:
// цього (минулого, наступного …) року, у or в and a year or a month, a
// month's name, or a year in digits.
func timeOpener(toks []vistka.Token) bool {
	if len(toks) == 0 {
		return false
	}
	w := scan.ToLower(toks[0].Text)
	switch {
	case yearWhich[w]:
		return len(toks) > 1
	case w == "у" || w == "в":
		return len(toks) > 1 && (isYear(toks[1].Text) || monthLocatives[toks[1].Text])
	}
	return isYear(w)
}
