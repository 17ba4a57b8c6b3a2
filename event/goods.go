package event

import "strings"

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
