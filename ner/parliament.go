package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// parliaments turns on tagParliaments; a variable for experiments.
var parliaments = true

// parliamentsNeed gates tagParliaments: it reads only the words of
// parliamentForms, capitalised and of 8 to 10 bytes.
const parliamentsNeed = sbRada

// tagParliaments makes an ORG of Рада standing alone, capitalised: the
// parliament, as news names it once its full name has been given or
// without it (Рада ухвалила закон, У Раді заявили, до Ради вніс, ухвалений
// Радою). The model, trained on texts that name it in full, misses the
// name at the start of a sentence and takes the locative Раді, which the
// POS tagger reads as рад (the unit), for a MISC.
//
// A council's name is left to the rules that read it (Рада Європи, Рада
// безпеки, Раду міністрів: a capitalised word or a genitive noun after
// it), as is a council an adjective before it names (міська Рада; not a
// participle: ухвалений Радою), and a
// sentence's first word is Рада only before a verb (Раді повідомити is
// glad to tell). NER-UK tags the one such Раду of its texts ORG.
// spans[from:] are the sentence's spans, sorted; the result is sorted.
func tagParliaments(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := range toks {
		t := &toks[i]
		if t.Kind != vistka.Word || len(t.Text) < 8 || len(t.Text) > 10 || !strings.HasPrefix(t.Text, "Рад") || !parliamentForms[t.Text] {
			continue
		}
		if i+1 < len(toks) {
			n := &toks[i+1]
			if n.Kind == vistka.Word && startsUpper(n.Text) || strings.HasPrefix(n.Tag, "noun") && vtag.Case(n.Tag) == "v_rod" {
				continue
			}
		}
		if i > 0 && strings.HasPrefix(toks[i-1].Tag, "adj") && !strings.Contains(toks[i-1].Tag, "adjp") {
			continue
		}
		if sentenceFirst(toks, i) && (i+1 == len(toks) || !finiteVerb(&toks[i+1])) {
			continue
		}
		sp := vistka.Span{Start: t.RStart, End: t.REnd, Type: "ORG", Text: t.Text}
		if k := spanStarting(spans, from, t.RStart); k >= 0 {
			if spans[k].End == t.REnd {
				spans[k].Type = "ORG"
			}
			continue
		}
		if !covered(spans[from:], t.RStart, t.REnd) {
			spans = insertSpan(spans, from, sp)
		}
	}
	return spans
}

// parliamentForms are the case forms of Рада, capitalised.
var parliamentForms = map[string]bool{"Рада": true, "Ради": true, "Раді": true, "Раду": true, "Радою": true}

// finiteVerb reports whether t is a verb in a finite form (past, present
// or future), not an infinitive.
func finiteVerb(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf")
}
