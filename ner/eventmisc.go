package ner

import (
	"strings"

	"github.com/vistka/vistka"
)

// eventNames turns on retypeEvents; a variable for experiments.
var eventNames = true

// retypeEvents makes a MISC of an ORG, LOC or ART span that names an
// event: its first noun, after its adjectives, is a festival, a
// championship, a tournament, a league, a contest, a prize or a feast
// (Венеційському кінофестивалі, Ліги конференцій, Шевченківської премії,
// Олімпійських ігор, Різдво Христове, День Незалежності; not a cup, as
// NER-UK tags Кубка України an ORG three times of three), it is a contest known by its own
// name (Євробачення-2026, Берлінале), or a Latin name ends in an event's
// word (Mutua Madrid Open, Porsche Tennis Grand Prix). The news sets
// written for the project tag events MISC, as NER-UK tags чемпіонату
// Європи, премії ім. І. Франка, Різдво and Великдень; the model, which
// has seen few, reads them as bodies or places. A body named after an
// event keeps its type: its first noun is the body's (Комітет з
// Національної премії, Федерація тенісу). spans[from:] are the sentence's
// spans, sorted.
func retypeEvents(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	t := 0
	for k := from; k < len(spans); k++ {
		s := &spans[k]
		if s.Type != "ORG" && s.Type != "LOC" && s.Type != "ART" {
			continue
		}
		for t < len(toks) && toks[t].RStart < s.Start {
			t++
		}
		if t == len(toks) || toks[t].RStart != s.Start {
			continue
		}
		end := t
		for end < len(toks) && toks[end].REnd <= s.End {
			end++
		}
		if eventSpan(toks[t:end], s.Type == "ART") {
			s.Type = "MISC"
		}
	}
	return spans
}

// eventSpan reports whether the tokens of a span name an event; of a work
// (art), only a prize: NER-UK tags books on the Olympics ART (Олімпійські
// ігри 1896-1972).
func eventSpan(toks []vistka.Token, art bool) bool {
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1].Text
	// (the words of latinEventWords and eventProperNames are capitalised,
	// Latin and Cyrillic: a word that does not start with a capital is
	// not looked up)
	if len(toks) > 1 && !art && last != "" && 'A' <= last[0] && last[0] <= 'Z' && latinEventWords[last] && isLatin(toks[0].Text) {
		return true
	}
	i := 0
	olympic := false
	for i < len(toks) && strings.HasPrefix(toks[i].Tag, "adj") {
		l := toks[i].Lemma
		olympic = olympic || strings.HasSuffix(l, "олімпійський")
		i++
	}
	if i == len(toks) {
		return false
	}
	w := &toks[i]
	if n, _, _ := strings.Cut(w.Text, "-"); !art && startsUpper(n) && eventProperNames[n] {
		return true
	}
	if !strings.HasPrefix(w.Tag, "noun") || strings.Contains(w.Tag, ":prop") || strings.Contains(w.Text, ".") || upperText(w.Text) {
		return false
	}
	if art {
		return w.Lemma == "премія"
	}
	if w.Lemma == "гра" || w.Lemma == "ігри" {
		return olympic
	}
	if w.Lemma == "день" {
		// a feast or a memorial day named by the words after День
		// (День Незалежності, Дня Конституції, Днем Києва: NER-UK's
		// MISC); День alone is the newspaper's name
		return i+1 < len(toks)
	}
	return eventHeads.has(w.Lemma)
}

// eventHeads are the lemmas of the nouns that head an event's name.
var eventHeads = newLowerSet("фестиваль", "кінофестиваль", "чемпіонат", "турнір", "ліга", "олімпіада", "паралімпіада",
	"конкурс", "відбір", "премія", "біенале", "різдво", "великдень", "прем'єр-ліга", "суперліга")

// eventProperNames are contests named by a word of their own, before any
// year joined with a hyphen (Євробачення-2026).
var eventProperNames = map[string]bool{"Євробачення": true, "Берлінале": true, "Олімпіада": true, "Паралімпіада": true}

// latinEventWords end a Latin event's name.
var latinEventWords = map[string]bool{"Open": true, "Prix": true, "Cup": true, "Festival": true, "Championship": true, "Games": true, "Awards": true, "Masters": true}
