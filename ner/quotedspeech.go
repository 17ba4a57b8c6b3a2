package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// quotedSpeeches turns on dropQuotedSpeech; a variable for experiments.
var quotedSpeeches = true

// dropQuotedSpeech drops an ART, ORG or MISC span that is a quotation of
// speech, not a name: one closed by a comma, a dash and a verb of saying
// ("« [ART Ситуація контрольована] » , — зазначив він", "« [ORG Слава
// Україні] » , — сказав президент") or opened after a verb of saying and
// a colon ("заявив : « [ART Ми не відступимо] »"). The model reads a short
// quoted sentence as the title of a work or the name of a body; NER-UK
// marks names and no speech: of its 398 ART spans (285 exactly inside
// quotation marks), 3665 ORG (985) and 373 MISC (59), none stands in
// either frame (a slogan "написала для них тренер : « … »" has three
// words between the verb and the colon and is kept). spans[from:] are
// the sentence's spans, sorted.
func dropQuotedSpeech(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if !speechType(sp.Type) {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a {
			continue
		}
		if a < len(toks) && quoteMark(toks[a].Text) && quoteMark(toks[b-1].Text) && b-a > 2 {
			a, b = a+1, b-1 // a span with its marks
		}
		if a < 1 || b >= len(toks) || !quoteMark(toks[a-1].Text) || !quoteMark(toks[b].Text) {
			continue
		}
		if sp.Type != "ART" && !wholeQuotation(toks, a-1, b) {
			continue
		}
		if speechAfter(toks, b+1) || speechBefore(toks, a-1) {
			spans = slices.Delete(spans, k, k+1)
			k--
		}
	}
	return spans
}

// speechType reports the types of span a quotation of speech is mistaken
// for.
func speechType(typ string) bool {
	return typ == "ART" || typ == "ORG" || typ == "MISC"
}

// wholeQuotation reports that the marks at toks[open] and toks[close]
// enclose a quotation of their own, not a name at the end of a longer one
// ("« Нам допомагає компанія « Укрзалізниця » » , — сказав він"): the
// opening mark starts the sentence or follows a punctuation mark, and the
// closing mark is not followed by another.
func wholeQuotation(toks []vistka.Token, open, close int) bool {
	if open > 0 && toks[open-1].Kind != vistka.Punct {
		return false
	}
	return close+1 >= len(toks) || !quoteMark(toks[close+1].Text)
}

// quoteMark reports a mark that opens or closes a quotation.
func quoteMark(w string) bool { return openQuote(w) || closeQuote(w) || w == `"` }

// speechAfter reports a comma, a dash and a verb of saying at toks[i:]:
// ", — сказав".
func speechAfter(toks []vistka.Token, i int) bool {
	for i < len(toks) && closeQuote(toks[i].Text) {
		i++ // the marks of quotations closed together
	}
	return i+2 < len(toks) && toks[i].Text == "," && dashWord(toks[i+1].Text) && speechVerb(toks[i+2])
}

// speechBefore reports a verb of saying and a colon before the opening
// mark at toks[q], with at most two words between them: "заявив
// журналістам : «".
func speechBefore(toks []vistka.Token, q int) bool {
	if q < 2 || toks[q-1].Text != ":" {
		return false
	}
	for j := q - 2; j >= 0 && j >= q-4; j-- {
		if speechVerb(toks[j]) {
			return true
		}
		if t := toks[j]; t.Kind == vistka.Punct || t.Kind == vistka.QuoteMark {
			return false
		}
	}
	return false
}

// speechVerb reports a verb of saying: сказав, заявила, наголошує.
func speechVerb(t vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "verb") && speechLemmas[scan.ToLower(t.Lemma)]
}

// speechLemmas are the verbs of saying that a direct quotation follows
// or is closed by. написати is not among them: what one wrote may be a
// title ("написала: « Ворог біля воріт »"), as the quote layer reads it too.
var speechLemmas = map[string]bool{
	"сказати": true, "казати": true, "заявити": true, "заявляти": true, "зазначити": true, "зазначати": true,
	"наголосити": true, "наголошувати": true, "додати": true, "додавати": true, "пояснити": true, "пояснювати": true,
	"підкреслити": true, "підкреслювати": true, "повідомити": true, "розповісти": true, "розповідати": true,
	"відповісти": true, "уточнити": true, "запевнити": true, "констатувати": true, "резюмувати": true,
	"говорити": true, "зауважити": true, "нагадати": true, "відзначити": true, "пообіцяти": true,
	"попередити": true, "закликати": true, "прокоментувати": true, "підсумувати": true,
	"зізнатися": true, "визнати": true, "заявлятися": true, "наголошуватися": true, "зазначатися": true,
	"йтися": true, "цитувати": true,
}
