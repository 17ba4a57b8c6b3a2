package ner

import (
	"slices"

	"github.com/vistka/vistka"
)

// particleStrong are name particles that are no Ukrainian word, so that
// a name may start with them: пані фон дер Ляєн. The weak ones (де, да,
// ла, …) are words too and join only two name words.
var particleStrong = map[string]bool{
	"фон": true, "дер": true, "ван": true, "ді": true, "дю": true, "дель": true, "делла": true,
	"бін": true, "ібн": true, "цу": true, "тер": true, "фан": true,
}

// nameParticles are the lower-case words that stand inside foreign
// names: Урсула фон дер Ляєн, Ван дер Белен, Мухаммед бін Салман.
var nameParticles = map[string]bool{
	"фон": true, "дер": true, "де": true, "ван": true, "ді": true, "да": true, "дю": true,
	"ла": true, "ле": true, "дель": true, "делла": true, "дос": true, "душ": true, "бін": true,
	"бен": true, "ібн": true, "аль": true, "ель": true, "ед": true, "тер": true, "фан": true, "цу": true,
}

// isParticle reports whether a token is a lower-case name particle.
func isParticle(t string) bool { return nameParticles[t] }

// joinParticles repairs the person names that lower-case particles cut
// in two (Урсулою | фон дер | Ляєн), a pattern too rare in the training
// data for the tagger to learn: a PERS span followed by particles and a
// capitalised word takes them in, with the span that starts at the word;
// a PERS span after strong particles (фон, ван, бін) takes them in, with
// an untagged capitalised word before them. spans[from:] are the spans of
// sentence s, in order; the result keeps that order.
func joinParticles(s *vistka.Sentence, spans []vistka.Span, from int) []vistka.Span {
	toks := s.Tokens
	if len(spans) == from {
		return spans
	}
	at := func(pos int) int { // token starting or ending at a code point
		return slices.IndexFunc(toks, func(t vistka.Token) bool { return t.RStart == pos })
	}
	last := func(pos int) int {
		return slices.IndexFunc(toks, func(t vistka.Token) bool { return t.REnd == pos })
	}
	isCap := func(i int) bool {
		return i >= 0 && i < len(toks) && startsUpper(toks[i].Text) && isWordText(toks[i].Text)
	}
	spanAt := func(i int) int { // index in spans of the span starting at token i
		for k := from; k < len(spans); k++ {
			if spans[k].Start == toks[i].RStart {
				return k
			}
		}
		return -1
	}
	covered := func(i int) bool {
		for k := from; k < len(spans); k++ {
			if spans[k].Start <= toks[i].RStart && toks[i].REnd <= spans[k].End {
				return true
			}
		}
		return false
	}
	changed := false
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		// Rightwards: Урсулою [фон дер] Ляєн.
		if e := last(sp.End); e >= 0 {
			j := e + 1
			for j < len(toks) && j-e <= 3 && isParticle(toks[j].Text) {
				j++
			}
			if j > e+1 && isCap(j) {
				end := toks[j].REnd
				if o := spanAt(j); o >= 0 {
					if spans[o].Type == "PERS" {
						end = spans[o].End
						spans = slices.Delete(spans, o, o+1)
						sp = &spans[k]
					} else {
						j = -1
					}
				} else if covered(j) {
					j = -1
				}
				if j >= 0 {
					sp.End = end
					changed = true
				}
			}
		}
		// Leftwards: пані [фон дер] Ляєн, Урсула [фон дер] Ляєн.
		if b := at(sp.Start); b > 0 {
			i := b - 1
			strong := false
			for i >= 0 && b-i <= 3 && isParticle(toks[i].Text) {
				strong = strong || particleStrong[toks[i].Text]
				i--
			}
			if i < b-1 && strong && (i < 0 || !covered(i)) {
				start := toks[i+1].RStart
				if isCap(i) {
					start = toks[i].RStart
				}
				sp.Start = start
				changed = true
			}
		}
	}
	if !changed {
		return spans
	}
	for k := from; k < len(spans); k++ {
		a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		spans[k].Text = joinTokens(toks[a:b])
	}
	return spans
}
