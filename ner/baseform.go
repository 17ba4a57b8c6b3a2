package ner

import "github.com/vistka/vistka"

// BaseForm returns the base form of a span of type typ made of toks, as
// Find gives its spans: for the stages after the tagger that retype a
// span.
func (r Recognizer) BaseForm(typ, text string, toks []vistka.Token) string {
	return r.Model.lemmas.BaseForm(typ, text, toks)
}
