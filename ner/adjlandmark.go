package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// adjLandmarks turns on joinAdjLandmarks; a variable for experiments.
var adjLandmarks = true

// joinAdjLandmarks widens a one-word span that is a capitalised adjective
// over the word for a building or a square right after it, agreeing with
// it, and makes the whole a LOC: "у [PERS Маріїнському] палаці" becomes
// LOC "Маріїнському палаці", as NER-UK tags "Софійському соборі",
// "Михайлівському соборі", "Поштовій площі", "Привокзальній площі" (one
// span each time, never the adjective alone). The model, meeting such an
// adjective for the first time, may read it as a surname.
// spans[from:] are the sentence's spans, sorted.
func joinAdjLandmarks(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || b >= len(toks) || sp.Type == "DATE" || sp.Type == "JOB" {
			continue
		}
		adj, noun := &toks[a], &toks[b]
		if r, _ := utf8.DecodeRuneInString(adj.Text); !scan.IsUpper(r) || !strings.HasPrefix(adj.Tag, "adj") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(noun.Text); !unicode.IsLower(r) || !strings.HasPrefix(noun.Tag, "noun") || !adjLandmarkKinds[strings.ToLower(noun.Lemma)] {
			continue
		}
		if c := vtag.Case(adj.Tag); c == "" || c != vtag.Case(noun.Tag) {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start < noun.REnd {
			continue
		}
		sp.End, sp.Type, sp.Text = noun.REnd, "LOC", joinTokens(toks[a:b+1])
	}
	return spans
}

// adjLandmarkKinds are the lemmas of words for buildings, squares and
// streets that a capitalised adjective names. The streets' (session 58:
// "на Французькому бульварі" after a clock time, which the model read as
// a MON, and Японському of Японському бульварі; entity set 7's guideline
// names streets with their head noun, Французький бульвар) are those
// written after the adjective.
var adjLandmarkKinds = map[string]bool{
	"палац": true, "собор": true, "площа": true, "майдан": true, "парк": true, "сквер": true, "міст": true,
	"церква": true, "костел": true, "лавра": true, "замок": true, "фортеця": true, "вокзал": true, "дім": true,
	"бульвар": true, "проспект": true, "провулок": true, "узвіз": true, "алея": true, "вулиця": true,
}
