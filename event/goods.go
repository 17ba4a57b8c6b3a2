package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// ofOtherThing reports whether the noun of goods at i is said by a
// genitive after it to be a thing of another kind: "пакет рекомендацій",
// "систему оцінювання" (not "систему ППО", "пакет допомоги", nor a plant
// named by what it does, "станцій очищення води").
func (f *finder) ofOtherThing(i int) bool {
	if i+1 >= len(f.toks) {
		return false
	}
	t := &f.toks[i+1]
	l := f.low(i + 1)
	if plants[f.low(i)] && (strings.HasSuffix(l, "ння") || strings.HasSuffix(l, "ття")) {
		return false
	}
	return strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_rod") && !hasCase(t, "v_naz") && f.entityAt(i+1) == "" &&
		!materiel[l] && nouns[l].typ != "AID" && l != "допомога" && l != "озброєння"
}

// plants are the nouns of goods that a verbal noun after them tells the
// use of: "станції очищення води", "установки знезараження".
var plants = map[string]bool{"станція": true, "установка": true, "котельня": true, "котельна": true, "апарат": true, "машина": true, "обладнання": true}

// latinName reports whether t is a word in Latin letters the tagger left
// unclassified, which has no case to read: "з Boeing", "з Orlen".
func latinName(t *vistka.Token) bool {
	if t.Tag != "unclass" || t.Text == "" {
		return false
	}
	c := t.Text[0] | 0x20
	return 'a' <= c && c <= 'z'
}

// compoundWith are the words that make a compound preposition with з
// before them: "у зв'язку з", "згідно з", "порівняно з", "відповідно
// з" tell a cause or a measure, not a partner.
var compoundWith = map[string]bool{"зв'язок": true, "зв’язок": true, "згідно": true, "порівняно": true, "відповідно": true}

// rightUnder reports whether the word at i follows its preposition right
// after it or after a few nouns and adjectives with no name among them,
// the first in the instrumental: "з Boeing", "з компанією Boeing", "з
// керівництвом енергетичної компанії Uniper", "з швейцарською
// юридичною компанією «Lalive»" (not "із клапаном та рівнем захисту
// FFP3", nor "з Китаєм хакерське угруповання APT31").
func (f *finder) rightUnder(i int) bool {
	if i > 0 && f.toks[i-1].Kind == vistka.QuoteMark && isOpenQuote(f.toks[i-1].Text) {
		i-- // a name in quotation marks after its kind: "з компанією «Lalive»"
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &f.toks[k]
		if isPrep(t) {
			if k > 0 && compoundWith[f.low(k-1)] {
				return false // "у зв'язку з позовом компанії «Dogus»": a cause, no partner
			}
			return k == i-1 || hasCase(&f.toks[k+1], "v_oru")
		}
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || f.entityAt(k) != "" {
			return false
		}
	}
	return false
}
