package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// announcedBefore returns where the act a verb of announcing at i
// (оголосити, оголошувати) announces stands when it opens the clause
// under про, before the verb and its subject after it: "Про виділення
// Україні 50 млн євро оголосив уряд Нідерландів" (as "уряд оголосив про
// виділення …" reads it after the verb). It returns -1 when the clause
// opens otherwise or a finite verb stands between.
func (f *finder) announcedBefore(i int, objs map[string]kind) int {
	switch f.verb(i) {
	case "оголосити", "оголошувати":
	default:
		return -1
	}
	s := i - 1
	for s >= 0 && f.toks[s].Kind != vistka.Punct {
		if strings.HasPrefix(f.toks[s].Tag, "verb") {
			return -1
		}
		s--
	}
	s++ // the clause's first word
	if s+1 >= i || f.low(s) != "про" || !isPrep(&f.toks[s]) {
		return -1
	}
	j := f.pastAdjs(s + 1)
	if k, ok := objs[f.low(j)]; j < i && ok && k.typ != "" && isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_zna") {
		return j
	}
	return -1
}

// ruleNouns are the rules an act is done by: a verb that approves or
// changes the procedure of giving aid ("затвердив порядок надання
// допомоги переселенцям") gives none.
var ruleNouns = map[string]bool{
	"порядок": true, "механізм": true, "процедура": true, "правило": true, "правила": true,
	"умова": true, "умови": true, "критерій": true, "критерії": true, "методика": true, "алгоритм": true,
}

// underRule reports whether the noun at j, after the verb at i, is in the
// genitive under a noun of ruleNouns between them, past other genitives:
// "затвердив порядок надання допомоги", "умови виплати допомоги".
func (f *finder) underRule(i, j int) bool {
	if !isNoun(&f.toks[j]) || !hasCase(&f.toks[j], "v_rod") {
		return false
	}
	for k := j - 1; k > i; k-- {
		t := &f.toks[k]
		if ruleNouns[f.low(k)] && isNoun(t) {
			return true
		}
		if !hasCase(t, "v_rod") || !isNoun(t) && !isAdj(t) {
			return false
		}
	}
	return false
}
