package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// settlements turns on addSettlements; a variable for experiments.
var settlements = true

// addSettlements tags as a LOC the capitalised name right after a word
// for a settlement (с., смт, селі, місті; м. when the gazetteer knows
// the name as a settlement) when no span covers it: "в смт. [LOC
// Димер]", "у с. [LOC Синяк]", "в місті [LOC Жовкла]"; an adjective or
// a word before a known place name is part of the name (с. [LOC Нова
// Дофіновка], села [LOC Мала Костромка]). A
// capitalised word after such a word names the settlement, and NER-UK
// tags each of the 85 after с., смт, села, селі, міста and місті in its
// training texts; the model misses rare village names in lists of
// addresses. After м., which also stands for metres before a new
// sentence (площею 50 кв. м. Власником …), only a known place counts.
// In cross-validation the rule puts one LOC right (в місті Жовкла) and
// makes no error; the village names it was written for stand after a
// line break there, in another sentence. It changes no span of our news
// texts. spans[from:] are the sentence's spans, sorted.
func addSettlements(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+1 < len(toks); i++ {
		if w := toks[i].Text; !settlementInitial(w) || !settlementWords.has(w) {
			continue
		}
		w := scan.ToLower(toks[i].Text)
		j := i + 1
		if toks[j].Text == "." {
			j++
		} else if w == "с" || w == "м" {
			continue // a letter alone is no abbreviation
		}
		if j < len(toks) && w != "м" && personVillage(toks, spans[from:], j) {
			continue
		}
		if j >= len(toks) || !settlementName(&toks[j]) {
			continue
		}
		end := j + 1
		if end < len(toks) && settlementName(&toks[end]) && (strings.HasPrefix(toks[j].Tag, "adj") || strings.Contains(toks[end].Tag, ":geo")) {
			end++ // Нова Дофіновка, Мала Костромка
		}
		if w == "м" && (end != j+1 || !strings.Contains(toks[j].Tag, ":geo") && gazetteer.Lookup(toks[j].Lemma)&gazetteer.Settlement == 0) {
			continue
		}
		if covered(spans[from:], toks[i].RStart, toks[end-1].REnd) {
			continue
		}
		spans = insertSpan(spans, from, vistka.Span{Start: toks[j].RStart, End: toks[end-1].REnd, Type: "LOC", Text: joinTokens(toks[j:end])})
		i = end - 1
	}
	return spans
}

// personVillage retypes as a LOC a one-word PERS span at j, right after a
// word for a settlement, that no verb and no capitalised word but an
// adjective (the hromada's, the district's) follows: a
// village named like a person ("поблизу села [PERS Богдан] Рахівської
// громади" → "[LOC Богдан]"); a person in the village ("У селі [PERS
// Коля] ловив рибу") and one named in full ("села [PERS Богдан Коваль]")
// stay PERS. An adjective after the name the span took in is cut off
// ("села [PERS Богдан Рахівської] громади" → "[LOC Богдан]"). It
// reports whether it did.
func personVillage(toks []vistka.Token, spans []vistka.Span, j int) bool {
	for k := range spans {
		sp := &spans[k]
		if sp.Type != "PERS" || sp.Start != toks[j].RStart {
			continue
		}
		n := j + 1
		for n < len(toks) && toks[n].RStart < sp.End {
			if !strings.HasPrefix(toks[n].Tag, "adj") {
				return false // "села [PERS Богдан Коваль]"
			}
			n++ // "села [PERS Богдан Рахівської] громади": the hromada's adjective taken in
		}
		if n < len(toks) && (strings.HasPrefix(toks[n].Tag, "verb") || isWordText(toks[n].Text) && startsUpper(toks[n].Text) && !strings.HasPrefix(toks[n].Tag, "adj")) {
			return false
		}
		*sp = vistka.Span{Start: toks[j].RStart, End: toks[j].REnd, Type: "LOC", Text: toks[j].Text}
		return true
	}
	return false
}

// settlementWords are the words and abbreviations that name a kind of
// settlement before its name; с and м count with a dot only, and м
// before a town the tagger or the gazetteer knows.
var settlementWords = newLowerSet(
	"с", "м", "смт", "село", "села", "селі", "селом",
	"селище", "селища", "селищі", "місто", "міста", "місті", "містом",
)

// settlementInitial reports whether w starts with с, С, м or М, as the
// words of settlementWords do (TestSettlementInitial): a test of two
// bytes, where the set's own tests decode the first and last letters.
func settlementInitial(w string) bool {
	if len(w) < 2 {
		return false
	}
	switch w[0] {
	case 0xd0:
		return w[1] == 0xa1 || w[1] == 0x9c || w[1] == 0xbc // С М м
	case 0xd1:
		return w[1] == 0x81 // с
	}
	return false
}

// settlementName reports a capitalised Cyrillic word, no first name or
// patronymic (у селі Коля ловив рибу).
func settlementName(t *vistka.Token) bool {
	return isWordText(t.Text) && startsUpper(t.Text) && !isLatin(t.Text) &&
		!strings.Contains(t.Tag, "fname") && !strings.Contains(t.Tag, "pname")
}
