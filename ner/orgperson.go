package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// orgPersons turns on cutOrgPersons; a variable for experiments.
var orgPersons = true

// orgPersonsNeed gates cutOrgPersons: an ORG span.
const orgPersonsNeed = sbORG

// cutOrgPersons gives back to the person a name's first word that an ORG
// span took when the person's title names the body: "Президентка [ORG
// Європейської комісії Урсула] фон дер [PERS Ляєн]" → "[ORG Європейської
// комісії] [PERS Урсула фон дер Ляєн]". The ORG's last word must be a
// capitalised person's name (fname or lname) and a strong particle of a
// name (фон, ван, бін: no Ukrainian word) must follow it; the PERS then runs from that word to
// the end of the name, taking in a PERS span there. spans[from:] are the sentence's
// spans, sorted.
func cutOrgPersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		s := &spans[k]
		if s.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, s.Start, s.End)
		if b-a < 2 || b >= len(toks) || !namedPerson(&toks[b-1]) {
			continue
		}
		// the rest of the name: particles, then a capitalised word or a
		// PERS span (a PERS right after the ORG is left alone: "Блоку
		// Петра Порошенка Костянтину Яринічу", "університету імені Івана
		// Огієнка Інна Березіна" name a person after a body named for
		// another)
		e := b
		if !particleStrong[toks[b].Text] {
			continue // (a weak one, де or да, is a word too)
		}
		for e < len(toks) && isParticle(toks[e].Text) {
			e++
		}
		if e == b || e >= len(toks) || !startsUpper(toks[e].Text) {
			continue
		}
		end := e + 1
		drop := k+1 < len(spans) && spans[k+1].Type == "PERS" && spans[k+1].Start == toks[e].RStart
		if drop {
			_, end = vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End)
		} else if k+1 < len(spans) && spans[k+1].Start < toks[e].REnd {
			continue // the word is another span's
		}
		p := vistka.Span{Start: toks[b-1].RStart, End: toks[end-1].REnd, Type: "PERS", Text: joinTokens(toks[b-1 : end])}
		s.End, s.Text = toks[b-2].REnd, joinTokens(toks[a:b-1])
		if drop {
			spans[k+1] = p
		} else {
			spans = slices.Insert(spans, k+1, p)
		}
		k++
	}
	return spans
}

// namedPerson reports a capitalised word the tagger reads as a person's
// first name or surname.
func namedPerson(t *vistka.Token) bool {
	return startsUpper(t.Text) && strings.Contains(t.Tag, ":prop") && (strings.Contains(t.Tag, ":fname") || strings.Contains(t.Tag, ":lname"))
}

// headGenitives turns on cutHeadGenitives; a variable for experiments.
var headGenitives = true

// cutHeadGenitives ends an ORG span before a person's first name and
// surname in the genitive it ran on into after a state body's kind: "голову
// [ORG Державної митної служби Ігоря Панаса]" → "[ORG Державної митної
// служби] [PERS Ігоря Панаса]" — a body's name followed by its head's.
// The body keeps two words or more ending in the lower-case noun of its
// kind (служба, агентство, банк, …: headedBodies); a body named for a
// person (Фонд Ріната Ахметова, університет імені Івана Франка) has
// another head and is left alone. spans[from:] are the sentence's spans,
// sorted.
func cutHeadGenitives(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		s := &spans[k]
		if s.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, s.Start, s.End)
		j := b - 2 // the first name
		if j-a < 2 || !personGenitive(&toks[j], ":fname") || !personGenitive(&toks[b-1], ":") {
			continue
		}
		if h := toks[j-1]; !startsLower(h.Text) || !strings.HasPrefix(h.Tag, "noun") || !headedBodies.has(h.Lemma) {
			continue
		}
		p := vistka.Span{Start: toks[j].RStart, End: toks[b-1].REnd, Type: "PERS", Text: joinTokens(toks[j:b])}
		s.End, s.Text = toks[j-1].REnd, joinTokens(toks[a:j])
		spans = slices.Insert(spans, k+1, p)
		k++
	}
	return spans
}

// personGenitive reports a capitalised word the tagger reads as a
// person's name of the kind given (":fname", ":lname", or ":" for
// either: Панаса is a first name too) in the genitive.
func personGenitive(t *vistka.Token, kind string) bool {
	return namedPerson(t) && strings.Contains(t.Tag, kind) && strings.Contains(t.Tag, "v_rod")
}

// headedBodies are the kinds of state bodies whose name a head's name in
// the genitive may follow (голова Державної митної служби Ігоря Панаса).
var headedBodies = newLowerSet("служба", "агентство", "інспекція", "комітет", "управління", "департамент", "міністерство",
	"прокуратура", "поліція", "бюро", "казначейство", "комісія", "банк", "суд", "рада", "адміністрація")
