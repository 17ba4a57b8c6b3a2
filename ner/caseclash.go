package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// titledCaseClash reports whether the name toks[from:to], of two words or
// more, follows a title in a case other than the dative, with at most
// five words in the genitive between (президента Гвінеї-Бісау), while
// the tagger read a word of it as a dative in -у or -ю and none in
// another case: the name agrees with its title, so it is a foreign name
// that does not decline, written as it is (президента Умару Сіссоку
// Ембало, not the dative of an Умар Сіссок). A word read as no noun, or
// as one that does not decline, agrees with any case; a word in a
// Ukrainian dative's -ому, -ові, -еві, -єві, a name in capitals or a
// title in the dative (президенту Петру Порошенку, спецпосланцю
// президента США Джону Коулу) or in a form a dative shares (судді
// Олександру Гребенюку) does not count.
func titledCaseClash(toks []vistka.Token, from, to int) bool {
	if to-from < 2 || from == 0 {
		return false
	}
	clash := false
	for i := from; i < to; i++ {
		t := &toks[i]
		if capsWord(t.Text) {
			return false
		}
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || strings.Contains(t.Tag, ":nv") {
			continue
		}
		l := scan.ToLower(t.Text)
		if !strings.Contains(t.Tag, "v_dav") || !strings.HasSuffix(l, "у") && !strings.HasSuffix(l, "ю") ||
			strings.HasSuffix(l, "ому") || strings.HasSuffix(l, "ові") || strings.HasSuffix(l, "еві") || strings.HasSuffix(l, "єві") ||
			strings.HasSuffix(l, "ою") || strings.HasSuffix(l, "ею") || strings.HasSuffix(l, "єю") { // (Джорджею: an instrumental's ending)
			return false
		}
		clash = true
	}
	if !clash {
		return false
	}
	// the title heads the words before the name: the genitives after it
	// (президента Гвінеї-Бісау) and the titles among them that hang on
	// it (спецпосланцю президента США, заступнику голови облради: the
	// title in the dative)
	head := -1 // the title
	for k := from - 1; k >= 0 && from-k <= 6; k-- {
		t := &toks[k]
		isTitle := strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, "pron")
		if !strings.Contains(t.Tag, "v_rod") {
			if strings.Contains(t.Tag, "v_dav") {
				return false
			}
			if isTitle {
				head = k
			}
			break
		}
		if isTitle {
			head = k
		}
	}
	return head >= 0 && undativeTitle(&toks[head])
}

// undativeTitle reports whether the title t is in a case no dative
// shares a form with: the nominative, the instrumental, or a genitive or
// accusative in -а or -я (президента, not судді or голові, which are
// datives too).
func undativeTitle(t *vistka.Token) bool {
	switch vtag.Case(t.Tag) {
	case "v_naz", "v_oru":
		return true
	case "v_rod", "v_zna":
		l := scan.ToLower(t.Text)
		return strings.HasSuffix(l, "а") || strings.HasSuffix(l, "я")
	}
	return false
}

// nominativeBeside reports whether the name toks[from:to], of two words,
// opens with a first name that does not decline, read in the nominative,
// before a surname in -а or -я the tagger read as a man's genitive (Міхо
// Такеда, not the genitive of a Такед): the words of a name agree in
// case, and a surname in -а is a nominative as often as a genitive, so
// the name is in the nominative as written.
func nominativeBeside(toks []vistka.Token, from, to int) bool {
	if to-from != 2 {
		return false
	}
	first, last := &toks[from], &toks[to-1]
	if !strings.Contains(first.Tag, ":fname") || !strings.Contains(first.Tag, ":nv") || vtag.Case(first.Tag) != "v_naz" ||
		vtag.Case(last.Tag) != "v_rod" || vtag.Gender(last.Tag) != 'm' || capsWord(last.Text) {
		return false
	}
	l := scan.ToLower(last.Text)
	return strings.HasSuffix(l, "а") || strings.HasSuffix(l, "я")
}
