package entity

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// findFirstNameInO links two full names of two words with the same
// surname whose first names differ by a final -о, a man's name of the
// second declension (Марко) and the one without it (Марк), when the
// latter was read from a form the two names share (Марка, Марку, Марком
// are both Марко's and Марк's): "Держсекретар Марко Рубіо … з Марком
// Рубіо", which the lexicon reads as Марк Рубіо, is one man. A name
// without -о written as itself (Марк Рютте) is a name of its own and
// links to none. It returns the person named before (-1 for none) and
// whether lemma, the -о name written so, is the nominative the person
// then takes for its name.
func (r *Result) findFirstNameInO(lemma, text string) (int, bool) {
	first, rest, ok := strings.Cut(lemma, " ")
	if !ok || strings.Contains(rest, " ") || scan.RuneCount(first) < 4 {
		return -1, false
	}
	written, _, _ := strings.Cut(text, " ")
	var kb [128]byte
	look := func(f string) int {
		if i, ok := r.idx.byName[string(typedKey(kb[:0], "PERS", 0, scan.ToLower(f+" "+rest)))]; ok {
			return i
		}
		return -1
	}
	if stem, ok := strings.CutSuffix(first, "о"); ok {
		// Марко Рубіо after Марком Рубіо read as Марк Рубіо
		if i := look(stem); i >= 0 && !firstWritten(r.Entities[i].Mentions, stem) {
			return i, written == first
		}
		return -1, false
	}
	if written == first || !capitalised(first) {
		return -1, false // (Марк Рютте, written so)
	}
	return look(first + "о"), false
}

// firstWritten reports whether a name mention of ms is written with
// first as its first word, in the nominative as the base form gives it.
func firstWritten(ms []vistka.Mention, first string) bool {
	return slices.ContainsFunc(ms, func(m vistka.Mention) bool {
		w, _, _ := strings.Cut(m.Text, " ")
		return m.Kind == "name" && w == first
	})
}
