package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// streetLists turns on retypeStreetLists; a variable for experiments.
var streetLists = true

// streetListsNeed gates retypeStreetLists: it only makes LOC spans of
// PERS and ORG spans.
const streetListsNeed = sbPERS | sbORG

// retypeStreetLists makes the names listed after a word for streets LOC
// where the model read them as a person or a body: "ремонтували вулиці
// Городоцьку, Коперника та Б. Хмельницького", "ремонт вулиць: Чорновола,
// Різдвяна, Паризької Комуни". A street named after a person or an event
// carries the name in the genitive, and the items of a list share the
// kind of the first; the model, seeing "Коперника" alone, reads it as the
// person. The list runs over commas, і, та, й and the words of names
// (capitalised words, numbers, street abbreviations) and stops at a
// house's number (вул. Грушевського, 4, Інститут …: an address); a name
// in the genitive in it is a street's, and so is a body's name all in the
// genitive (Паризької Комуни). In cross-validation the rule puts 26 such
// LOC→PERS and LOC→ORG errors right and makes none. spans[from:] are
// the sentence's spans, sorted.
func retypeStreetLists(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i < len(toks); i++ {
		if !streetInitial(toks[i].Text) || !streetListWord(toks, i) { // (the call spared most words)
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].Text == "." {
			j++
		}
		if j < len(toks) && toks[j].Text == ":" {
			j++
		}
		sep := true  // the next item may be a street of the list
		span := from // the first span not before token j
		for span < len(spans) && spans[span].End <= toks[i].RStart {
			span++
		}
		if span < len(spans) && spans[span].Start <= toks[i].RStart {
			// the word is a span's (вул. Шевченка): the list goes on after it
			_, j = vistka.TokensIn(toks, spans[span].Start, spans[span].End)
			sep = false
		}
		for j < len(toks) {
			for span < len(spans) && spans[span].End <= toks[j].RStart {
				span++
			}
			t := &toks[j]
			if span < len(spans) && spans[span].Start <= t.RStart {
				sp := &spans[span]
				a, b := vistka.TokensIn(toks, sp.Start, sp.End)
				if b <= a {
					break
				}
				if sep && (sp.Type == "PERS" && genitiveName(&toks[b-1]) || sp.Type == "ORG" && allGenitive(toks[a:b])) {
					sp.Type = "LOC"
				}
				sep = false
				j = b
				continue
			}
			w := scan.ToLower(t.Text)
			switch {
			case w == "," || w == ";" || w == "та" || w == "і" || w == "й":
				sep = true
			case streetListWord(toks, j):
				if j+1 < len(toks) && toks[j+1].Text == "." {
					j++
				}
				sep = true
			case t.Kind == vistka.Number && (!sep || j+1 == len(toks) || toks[j+1].Kind != vistka.Word):
				j = len(toks) // a house's number (not 30 років Перемоги): an address, not a list
				continue
			case t.Kind == vistka.Number || startsUpper(t.Text) || t.Text == "." && j > 0 && len([]rune(toks[j-1].Text)) == 1:
				// a name's word the model left out, a number, an initial
				sep = false
			case j > 0 && toks[j-1].Kind == vistka.Number && startsLower(t.Text):
				sep = false // 30 років Перемоги
			default:
				j = len(toks)
				continue
			}
			j++
		}
	}
	return spans
}

// genitiveName reports whether t may be the genitive of a name: a
// street's name after a person (Коперника, which the tagger may read as
// the accusative of the animate noun) or one that does not decline.
func genitiveName(t *vistka.Token) bool {
	return strings.Contains(t.Tag, "v_rod") || strings.Contains(t.Tag, ":nv") ||
		strings.Contains(t.Tag, "v_zna") && strings.Contains(t.Tag, ":anim")
}

// allGenitive reports whether every word of toks is in the genitive, as
// the name of a street after a body or an event is (Паризької Комуни).
func allGenitive(toks []vistka.Token) bool {
	for i := range toks {
		if toks[i].Kind == vistka.Word && !strings.Contains(toks[i].Tag, "v_rod") {
			return false
		}
	}
	return true
}

// streetListWord reports whether toks[i] is a word for a street or
// streets (вулиці, вулиць, вул., провулки) or for where streets cross
// (перехресті).
func streetListWord(toks []vistka.Token, i int) bool {
	if !streetInitial(toks[i].Text) || !streetListWords.has(toks[i].Text) {
		return false // the test below, without lower-casing most words
	}
	w := scan.ToLower(toks[i].Text)
	if i+1 < len(toks) && toks[i+1].Text == "." && streetWords[w+"."] {
		return true
	}
	if slices.Contains(streetsWords, w) {
		return true // на перехресті Гординського і Шевченка: two streets
	}
	return streetWords[w]
}

// streetsWords are the words streetListWord takes besides streetWords:
// for streets in the plural and where they cross.
var streetsWords = []string{"вулиць", "вулицях", "вулицями", "провулків", "проспектів", "перехресті", "перехрестя", "перехрестю"}

// streetListWords holds every word streetListWord takes, and those of
// streetWords that end in a full stop without it too (вул, as in "вул ."):
// a word it does not hold is none.
var streetListWords = func() lowerSet {
	m := map[string]bool{}
	for w := range streetWords {
		m[w] = true
		m[strings.TrimSuffix(w, ".")] = true
	}
	for _, w := range streetsWords {
		m[w] = true
	}
	return lowerSetOf(m)
}()

// streetInitial reports whether w, lower-cased, starts with б, в or п
// and is of 4 to 20 bytes (пл before its full stop, перехрестя), as
// every word streetListWord takes is (the ones of streetWords and of its
// list): no other letter lower-cases to those, and lower-casing keeps a
// Cyrillic word's length.
func streetInitial(w string) bool {
	if len(w) < 4 || len(w) > 20 || w[0] != 0xd0 {
		return false
	}
	switch w[1] {
	case 0xb1, 0xb2, 0xbf, 0x91, 0x92, 0x9f: // б в п Б В П
		return true
	}
	return false
}
