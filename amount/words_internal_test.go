package amount

import (
	"strings"
	"testing"
)

// TestScaleAndVagueWords checks the tables scaleWord and vague read
// against the switches they were written as, on their forms, on other
// endings of their stems and on other words.
func TestScaleAndVagueWords(t *testing.T) {
	oldScale := func(w string) (int, bool, bool) {
		switch w {
		case "тис", "тисяча", "тисячу", "тисячею", "тисячі":
			return 3, w == "тисячі", true
		case "тисяч", "тисячам", "тисячами", "тисячах":
			return 3, true, true
		case "млн", "мільйон":
			return 6, false, true
		case "млрд", "мільярд", "більйон":
			return 9, false, true
		case "трлн", "трильйон":
			return 12, false, true
		}
		for _, s := range [...]struct {
			stem string
			exp  int
		}{{"мільйон", 6}, {"мільярд", 9}, {"трильйон", 12}} {
			if rest, found := strings.CutPrefix(w, s.stem); found {
				switch rest {
				case "а", "у", "ом", "і":
					return s.exp, false, true
				case "и", "ів", "ам", "ами", "ах":
					return s.exp, true, true
				}
			}
		}
		return 0, false, false
	}
	oldVague := func(w string) (int, bool) {
		switch w {
		case "кілька", "декілька", "кількох", "декількох", "кільком", "декільком", "кількома", "декількома":
			return 0, true
		case "десятки", "десятків", "десяткам", "десятками", "десятках", "кільканадцять", "кільканадцяти", "кількадесят", "кількадесяти":
			return 1, true
		case "сотні", "сотень", "сотням", "сотнями", "сотнях", "кількасот":
			return 2, true
		}
		return 0, false
	}
	words := []string{"", "тисяче", "мільйонн", "мільярдами", "трильйонах", "більйона", "млн.", "сотня", "десяток", "кількасотий"}
	for _, stem := range []string{"тис", "тисяч", "мільйон", "мільярд", "трильйон", "більйон", "сот", "десятк", "кільк", "декільк"} {
		for _, e := range []string{"", "а", "у", "ом", "і", "и", "ів", "ам", "ами", "ах", "ею", "ень", "ям", "ями", "ях", "ох", "ома", "а", "ово"} {
			words = append(words, stem+e)
		}
	}
	for w := range cardinal {
		words = append(words, w)
	}
	for _, w := range words {
		e, p, ok := scaleWord(w)
		oe, op, scale := oldScale(w)
		if e != oe || p != op || ok != scale {
			t.Errorf("scaleWord(%q) = %d, %v, %v; want %d, %v, %v", w, e, p, ok, oe, op, scale)
		}
		v, ok := vague(w)
		ov, vg := oldVague(w)
		if v != ov || ok != vg {
			t.Errorf("vague(%q) = %d, %v; want %d, %v", w, v, ok, ov, vg)
		}
		_, card := cardinal[w]
		_, coll := collective[w]
		if _, number := numberWords[w]; number != (card || coll || vg || scale) {
			t.Errorf("numberWords[%q] = %v", w, number)
		}
	}
}

// TestNumberSieve checks that numberSieve lets every key of numberWords
// through, so that quantity asks the map about each of them.
func TestNumberSieve(t *testing.T) {
	if len(numberWords) == 0 {
		t.Fatal("no number words")
	}
	for w := range numberWords {
		if !numberSieve.May(w) {
			t.Errorf("numberSieve stops %q", w)
		}
	}
}
