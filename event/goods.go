package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// ofOtherThing reports whether the noun of goods at i is said by a
// genitive after it to be a thing of another kind: "пакет рекомендацій",
// "систему оцінювання" (not "систему ППО", "пакет допомоги").
func (f *finder) ofOtherThing(i int) bool {
	if i+1 >= len(f.toks) {
		return false
	}
	t := &f.toks[i+1]
	l := f.low(i + 1)
	return strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_rod") && !hasCase(t, "v_naz") && f.entityAt(i+1) == "" &&
		!materiel[l] && nouns[l].typ != "AID" && l != "допомога" && l != "озброєння"
}

// latinName reports whether t is a word in Latin letters the tagger left
// unclassified, which has no case to read: "з Boeing", "з Orlen".
func latinName(t *vistka.Token) bool {
	if t.Tag != "unclass" || t.Text == "" {
		return false
	}
	c := t.Text[0] | 0x20
	return 'a' <= c && c <= 'z'
}

// rightUnder reports whether the word at i follows its preposition right
// after it or after a few nouns and adjectives with no name among them,
// the first in the instrumental: "з Boeing", "з компанією Boeing", "з
// керівництвом енергетичної компанії Uniper" (not "із клапаном та рівнем
// захисту FFP3", nor "з Китаєм хакерське угруповання APT31").
func (f *finder) rightUnder(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &f.toks[k]
		if isPrep(t) {
			return k == i-1 || hasCase(&f.toks[k+1], "v_oru")
		}
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || f.entityAt(k) != "" {
			return false
		}
	}
	return false
}
