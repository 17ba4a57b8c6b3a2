package event

import "github.com/vistka/vistka"

// The rules of this file were found reading the errors of the thirteenth
// press set (real BRUK reports, columns and features).

// closesSpeech reports whether the verb at i, after a dash, closes words
// said before it: a quotation's closing mark ("«…», – запрошує мер") or
// the end of a line of speech, a comma or an end mark before the dash
// ("- … побачення на нашому концерті! - запрошує фронтмен гурту"). Such a
// verb tells who said the words and how; it asks no one of its own.
func (f *finder) closesSpeech(i int) bool {
	if f.attributesQuote(i) {
		return true
	}
	if i < 2 || !isDash(&f.toks[i-1]) || f.toks[i-2].Kind != vistka.Punct {
		return false
	}
	switch f.toks[i-2].Text {
	case "!", "?", "…", ",", ".":
		return true
	}
	return false
}

// notAllDid reports whether the verb at i has for its subject a bare
// не всі or не кожен, right after it or right before it, with no noun
// after the pronoun ("У Верховній Раді ідею … підтримали не всі", "не
// всі підтримали ідею"): the sentence tells that some did not, and those
// who did go unnamed, so it states no event of anyone's ("не всі
// депутати підтримали" names who, and is left alone).
func (f *finder) notAllDid(i int) bool {
	bare := func(k int) bool { // не всі or не кожен at k, no noun after
		if k < 1 || k >= len(f.toks) || f.low(k-1) != "не" {
			return false
		}
		if l := f.low(k); l != "всі" && l != "усі" && l != "кожен" && l != "кожний" && l != "весь" {
			return false
		}
		return k+1 >= len(f.toks) || !isNoun(&f.toks[k+1]) && !isAdj(&f.toks[k+1])
	}
	if bare(i + 2) {
		return true // "підтримали не всі"
	}
	return i >= 2 && bare(i-1) && (i-1 == 1 || f.toks[i-3].Kind == vistka.Punct || f.toks[i-3].Kind == vistka.Dash) // "Не всі підтримали"
}

// troupes are the kinds of companies of performers and players whose
// name in quotation marks follows them and stands in their case (see
// kindBefore): "з вінницьким хором «Мокоша» співпрацював", "з гуртом
// «Океан Ельзи»".
var troupes = map[string]bool{"хор": true, "гурт": true, "ансамбль": true, "оркестр": true, "театр": true,
	"колектив": true, "капела": true, "квартет": true, "тріо": true, "квінтет": true}

// partnerOpening returns the name after з, із or зі put before the verb
// at at, in its clause, with no verb and no comma between: the partner of
// a verb of working or meeting together told first ("З компанією «Альфа»
// уряд співпрацював торік", "Два роки тому саме з вінницьким хором
// «Мокоша» рокер співпрацював"). The name is in the instrumental, or in
// quotation marks after a kind in it, or after an office and its state
// ("З прем'єр-міністром Польщі Дональдом Туском"); "" when there is none.
func (f *finder) partnerOpening(at int) string {
	for k := at - 1; k >= 0; k-- {
		t := &f.toks[k]
		if t.Text == "," || t.Kind == vistka.Punct && t.Kind != vistka.QuoteMark || finiteVerb(t) {
			return ""
		}
		if l := f.low(k); l != "з" && l != "із" && l != "зі" || !isPrep(t) {
			continue
		}
		if p := f.titledName(k + 1); p != "" && offices[f.low(k+1)] && hasCase(&f.toks[k+1], "v_oru") {
			return p // "З прем'єр-міністром Польщі Дональдом Туском Зеленський обговорив": the one the office names
		}
		for j := k + 1; j < at && j <= k+4; j++ {
			e := f.entityAt(j)
			if e == "" {
				continue
			}
			if hasCase(&f.toks[j], "v_oru") && !hasCase(&f.toks[j], "v_naz") {
				return e
			}
			if n := f.kindBefore(j); n > k && hasCase(&f.toks[n], "v_oru") {
				return e
			}
			return ""
		}
		return ""
	}
	return ""
}
