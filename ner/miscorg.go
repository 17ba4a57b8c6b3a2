package ner

import "github.com/vistka/vistka"

// miscToOrg turns on orgOverMisc; a variable for experiments.
var miscToOrg = true

// orgOverMisc retypes as ORG a MISC span whose base form is that of an
// ORG span elsewhere in the document: the model reads "Світовий банк" in
// the genitive (Світового банку) as the organisation it is and the same
// name in the nominative, which the tagger may take for an accusative, as
// a miscellaneous name; one name is one thing in one text. Only names of
// two words or more are read, whose base form is unlikely to be shared by
// a thing and a body.
func orgOverMisc(spans []vistka.Span) []vistka.Span {
	var orgs map[string]bool
	for _, s := range spans {
		if s.Type == "ORG" && s.Lemma != "" && hasSpace(s.Lemma) {
			if orgs == nil {
				orgs = map[string]bool{}
			}
			orgs[s.Lemma] = true
		}
	}
	if orgs == nil {
		return spans
	}
	for i := range spans {
		if spans[i].Type == "MISC" && orgs[spans[i].Lemma] {
			spans[i].Type = "ORG"
		}
	}
	return spans
}

// hasSpace reports whether s holds a space: a name of more than one word.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}
