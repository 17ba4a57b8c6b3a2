package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// currencies turns on addCurrencies; a variable for experiments.
var currencies = true

// currenciesNeed gates addCurrencies: an amount opens with a number.
const currenciesNeed = sbDigit | sbNumeral

// addCurrencies tags as a MON a number, a multiplier (тис., млн, млрд)
// and the name of a currency the model has seldom seen that no span
// covers: "за ціною [MON 4,25 злотого]", "[MON 2 млрд фунтів]", "[MON 300
// млн єн]". NER-UK's texts name гривні, долари and євро, which the model
// knows; news names the currencies of the countries it reports on.
// spans[from:] are the sentence's spans, sorted; the result is sorted too.
func addCurrencies(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+1 < len(toks); i++ {
		if !measureNumber(&toks[i]) || i > 0 && measureNumber(&toks[i-1]) {
			continue
		}
		j := i + 1
		if j < len(toks) && multiplierWord(toks[j].Text) {
			j++
			if j < len(toks) && toks[j].Text == "." {
				j++
			}
		}
		if j >= len(toks) || !currencyWord(toks[j].Text) {
			continue
		}
		end := j + 1
		if end < len(toks) && scan.ToLower(toks[end].Text) == "стерлінгів" {
			end++
		}
		start, stop := toks[i].RStart, toks[end-1].REnd
		if covered(spans[from:], start, stop) {
			continue
		}
		spans = insertSpan(spans, from, vistka.Span{Start: start, End: stop, Type: "MON", Text: joinTokens(toks[i:end])})
		i = end - 1
	}
	return spans
}

// currencyWord reports a form of the name of a currency other than the
// hryvnia, the dollar and the euro: злотих, фунтів, франків, єн, юанів,
// крон, рублів.
func currencyWord(w string) bool {
	w = scan.ToLower(w)
	for _, stem := range []string{"злот", "фунт", "франк", "юан", "рубл", "крон", "лір", "шекел"} {
		if strings.HasPrefix(w, stem) && scan.RuneCount(w) <= scan.RuneCount(stem)+3 {
			return true
		}
	}
	return w == "єн" || w == "єни" || w == "єна" || w == "леїв" || w == "лей"
}
