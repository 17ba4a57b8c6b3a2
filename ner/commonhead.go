package ner

import (
	"strings"

	"github.com/vistka/vistka"
)

// commonHeads turns on cutCommonHeads; a variable for experiments.
var commonHeads = true

// cutCommonHeads cuts a common noun for a state's or a region's authority
// (уряд, парламент, поліція: commonHeadWords) off the start of an
// ORG or LOC span that opens the sentence, when what follows it is a
// place's name in the genitive: "[ORG Поліція Донеччини] затримала" →
// Донеччини, "[ORG Уряд Литви] ухвалив" → Литви, "Парламент Молдови".
// Such a noun is capitalised there by its place in the sentence alone;
// in mid-sentence the same phrase is written "поліція Донеччини", a
// common noun and a place, as the entity guidelines read it (`уряд`,
// `парламент` in lower case are no names). The model, seeing two capitals
// at the start, reads the pair as a body's name. What is left is a LOC: a
// place the dictionary knows (placeWord) or a region's phrase (Сумської
// області). A proper name that opens so (Сенат США, Поліція безпеки
// Естонії, Прокуратура Києва, which NER-UK tags whole) is left: its head
// is not in the list or a lower-case word follows it. spans[from:] are
// the sentence's spans, sorted.
func cutCommonHeads(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" && sp.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if sp.Type == "ORG" && b-a >= 3 && sentenceOpening(toks, a) && openingObject(&toks[a]) && namedInGenitive(toks[a+1:b]) {
			sp.Start, sp.Text, sp.Type = toks[a+1].RStart, joinTokens(toks[a+1:b]), "PERS"
			continue
		}
		if b-a < 2 || !sentenceOpening(toks, a) || !commonHeadWords.has(toks[a].Lemma) || !strings.Contains(toks[a].Tag, ":v_naz") {
			continue
		}
		rest := toks[a+1 : b]
		if !startsUpper(rest[0].Text) || !genitivePlace(rest) {
			continue
		}
		sp.Start, sp.Text, sp.Type = rest[0].RStart, joinTokens(rest), "LOC"
	}
	return spans
}

// openingObject reports whether t, the word that opens a sentence, is
// the object of a verb after it: a common noun of a thing in the
// accusative, in a form no nominative shares (Справу, Скаргу, Справи).
// The impersonal "Справу Федора Мельника закрили" opens so, and the
// capital draws the noun into a body's name with the person's after it
// ([ORG Справу Федора Мельника]); a body that opens a sentence as an
// object is named in a form its nominative shares (Фонд Ріната Ахметова
// очолив …), which this leaves.
func openingObject(t *vistka.Token) bool {
	return commonNoun(t) && strings.HasPrefix(t.Tag, "noun:inanim") && strings.Contains(t.Tag, ":v_zna") && !strings.EqualFold(t.Text, t.Lemma)
}

// namedInGenitive reports whether ts is a person's name in the genitive:
// a first name, then surnames or a patronymic, each tagged a name in the
// genitive (Федора Мельника, Віктора Рудого).
func namedInGenitive(ts []vistka.Token) bool {
	if len(ts) < 2 || !strings.Contains(ts[0].Tag, "fname") {
		return false
	}
	for i := range ts {
		if t := &ts[i]; !strings.Contains(t.Tag, ":v_rod") || !strings.Contains(t.Tag, "name") || !startsUpper(t.Text) {
			return false
		}
	}
	return true
}

// commonHeadWords are the nouns for a state's or a region's authority
// that news write in lower case before the place they serve.
// (Not влада: Влада is a woman's first name, and "Влада Черкас" may
// be a woman.)
var commonHeadWords = newLowerSet("уряд", "парламент", "поліція")

// sentenceOpening reports whether toks[i] opens the sentence, after
// nothing but quotation marks and dashes.
func sentenceOpening(toks []vistka.Token, i int) bool {
	for j := 0; j < i; j++ {
		if t := toks[j].Text; toks[j].Kind != vistka.QuoteMark && !isDash(firstRune(t)) {
			return false
		}
	}
	return true
}

// genitivePlace reports whether ts is a place's name in the genitive: a
// word the dictionary knows as a place (Литви, Донеччини), after
// capitalised adjectives of its name or none (Нової Зеландії), or a
// region's phrase ending in its kind (Сумської області, Бучанського
// району).
func genitivePlace(ts []vistka.Token) bool {
	last := &ts[len(ts)-1]
	if !strings.Contains(last.Tag, ":v_rod") {
		return false
	}
	if regionKinds.has(last.Lemma) {
		return len(ts) > 1
	}
	for i := range ts[:len(ts)-1] {
		if !startsUpper(ts[i].Text) || !strings.HasPrefix(ts[i].Tag, "adj") || !strings.Contains(ts[i].Tag, ":v_rod") {
			return false
		}
	}
	return placeWord(last)
}
