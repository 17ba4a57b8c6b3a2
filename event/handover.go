package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// handoverUnderWay reports whether the noun at i is a handing over of aid
// (handedOver, надання, виділення) told as begun, under way or done: the
// subject, in the nominative, of a verb of a course (see courseVerbs, and
// завершитися) with the one given to in the dative right after it:
// "Передача Молдові генераторів з боку Румунії завершилася", "Постачання
// Україні снарядів триватиме й надалі". Who gives it is named after з
// боку (see sideIn), or by no one. What is handed over, after the
// dative, is goods or money ("поставки Молдові газу" may be trade).
func (f *finder) handoverUnderWay(i int) bool {
	l := f.low(i)
	if !handedOver[l] && l != "надання" && l != "виділення" || !hasCase(&f.toks[i], "v_naz") || i+1 >= len(f.toks) {
		return false
	}
	if i > 0 && isPrep(&f.toks[i-1]) {
		return false // "під час передачі Україні …": a time, not the subject
	}
	if t := &f.toks[i+1]; !hasCase(t, "v_dav") || f.entityAt(i+1) == "" && !f.dativeBody(i+1) {
		return false
	}
	// what is handed over: goods or money, not a trade's gas or a case
	if g := f.pastAdjs(i + 2); g >= len(f.toks) || !f.givenThing(g) && !loanNouns[f.low(g)] && f.low(g) != "допомога" && f.spanType(g) != "MON" {
		return false
	}
	for k := i + 2; k < len(f.toks) && k <= i+10; k++ {
		if f.toks[k].Kind == vistka.Punct {
			return false
		}
		if isVerb(&f.toks[k]) {
			v := f.verb(k)
			return courseVerbs[v] || v == "завершитися" || v == "завершуватися"
		}
	}
	return false
}

// supportedWith reports whether the verb of support at i says in its
// clause, by a noun in the instrumental, that the support was money or
// goods: "Литва підтримала Україну новим пакетом військової допомоги",
// "підтримала громаду генераторами" (not "підтримала ініціативу
// голосуванням").
func (f *finder) supportedWith(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+7; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || isVerb(t) {
			return false
		}
		if isNoun(t) && hasCase(t, "v_oru") && f.governedBy(j) == "" && (f.givenThing(j) || f.low(j) == "допомога" || loanNouns[f.low(j)]) {
			return true
		}
	}
	return false
}

// honoursHanded reports whether the грамота at j that the verb v hands
// over is a certificate of honour, not an envoy's credentials (see
// credentialWord), handed to one named in the dative after it:
// "вручив грамоти волонтерам", "вручила почесні грамоти рятувальникам"
// (a token of thanks, as "нагородили почесними грамотами").
func (f *finder) honoursHanded(v string, j int) bool {
	if v != "вручити" && v != "вручати" || f.low(j) != "грамота" || f.credentialWord(j) || j+1 >= len(f.toks) {
		return false
	}
	t := &f.toks[j+1]
	return hasCase(t, "v_dav") && (strings.Contains(t.Tag, ":anim") || f.entityAt(j+1) != "" || f.dativeBody(j+1))
}

// handedOver are the nouns of goods handed over that a light verb makes
// aid (see pairs): оголосили про передачу Україні бронетехніки.
var handedOver = map[string]bool{"передача": true, "передавання": true, "постачання": true, "поставка": true}

// loanNouns are the money a lender may agree to give.
var loanNouns = map[string]bool{"кредит": true, "позика": true, "транш": true, "грант": true}
