package ner

import "github.com/vistka/vistka"

// BaseForm returns the base form of a span of type typ made of toks, as
// Find gives its spans: for the stages after the tagger that retype a
// span.
func (r Recognizer) BaseForm(typ, text string, toks []vistka.Token) string {
	return r.Model.lemmas.BaseForm(typ, text, toks)
}

// NounGender returns the gender (m, f or n) the lexicon gives noun lemma
// in the singular, or "": воєводство n, адміністрація f.
func (r Recognizer) NounGender(lemma string) string {
	return r.Model.lemmas.singular(lemma)
}
