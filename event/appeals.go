package event

import (
	"cmp"

	"github.com/vistka/vistka"
)

// Appeals (звернення): one side's appeal to those in charge and its
// two parties. The rules of this file were found reading the errors of
// the seventh press set (real local news).

// appealOf reports whether the noun звернення at i is one person's or
// body's appeal to those in charge, both named: the genitive of who
// appealed right after it and до with whom it was addressed to
// ("звернення директора музею Олександра Остапюка до управління культури
// облдержадміністрації"). A bare "звернення до суду" names no one who
// appealed; "звернення Петра Коваля до громади" is an address, no appeal.
func (f *finder) appealOf(i int) bool {
	a, r := f.appealParties(i)
	return a != "" && r != ""
}

// appealOffices are the offices, besides authorities, an appeal goes to.
var appealOffices = map[string]bool{"управління": true, "департамент": true, "прокурор": true, "прокуратура": true}

// appealParties returns who made the appeal of the noun звернення at i
// and to whom (see appealOf), or "" for either not named.
func (f *finder) appealParties(i int) (actor, rec string) {
	if f.low(i) != "звернення" || i+3 >= len(f.toks) || !hasCase(&f.toks[i+1], "v_rod") {
		return "", ""
	}
	for j := i + 1; j+1 < len(f.toks) && j <= i+10; j++ {
		t := &f.toks[j]
		if e := f.entityAt(j); e != "" {
			if actor == "" {
				actor = cmp.Or(f.bodyName(j, e), e)
			}
			continue
		}
		if f.low(j) == "до" {
			if actor == "" {
				return "", ""
			}
			return actor, f.appealAddressee(j + 1)
		}
		if t.Kind != vistka.Word || !hasCase(t, "v_rod") {
			return "", ""
		}
	}
	return "", ""
}

// appealAddressee returns the one an appeal is addressed to, from k on (after
// до): a name, or those in charge by their head noun past its adjectives
// with its genitives ("управління культури облдержадміністрації").
func (f *finder) appealAddressee(k int) string {
	if k >= len(f.toks) {
		return ""
	}
	if e := f.entityAt(k); e != "" {
		return cmp.Or(f.bodyName(k, e), e)
	}
	h := k
	for h < len(f.toks) && h <= k+3 && isAdj(&f.toks[h]) {
		h++
	}
	if h >= len(f.toks) || !isNoun(&f.toks[h]) || !authorities[f.toks[h].Lemma] && !appealOffices[f.toks[h].Lemma] {
		return ""
	}
	hi := h + 1
	for hi < len(f.toks) && hi <= h+3 && hasCase(&f.toks[hi], "v_rod") && f.entityAt(hi) == "" &&
		(isNoun(&f.toks[hi]) || isAdj(&f.toks[hi])) {
		hi++
	}
	if e := f.entityAt(hi); e != "" && hasCase(&f.toks[hi], "v_rod") {
		return cmp.Or(f.bodyName(hi, e), e) // "до прокурора області Дмитра Чепіжака": the person
	}
	return f.text(k, hi)
}

// authorities are the nouns of those in charge whom people turn to with
// an appeal: "звернулися до влади", "до лозівського мера", "до
// керівництва області".
// (Not the police or prosecutors: "потерпіла звернулася до поліції"
// reports a crime, a complaint more than an appeal.)
var authorities = map[string]bool{
	"влада": true, "мер": true, "керівництво": true, "губернатор": true, "уряд": true,
	"адміністрація": true, "райдержадміністрація": true, "облдержадміністрація": true,
	"рада": true, "голова": true, "міськрада": true, "сільрада": true, "райрада": true, "облрада": true, "міністерство": true,
	"інспекція": true, "омбудсман": true, "омбудсмен": true,
}
