package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// councils turns on joinCouncils; a variable for experiments.
var councils = true

// councilsNeed gates joinCouncils: a council's name starts at a
// capitalised word whose lemma is councilLemma's.
const councilsNeed = sbCouncil

// joinCouncils makes one ORG of a council named by a capitalised form of
// рада and the genitive noun after it, with the abbreviation or the
// place's name after that when there is one: "Рада Безпеки ООН", "у Раді
// Безпеки ООН", "до Ради безпеки ООН", "Генсек Ради Європи", "Ради ЄС".
// The model, which knows Рада as the Verkhovna Rada, cuts such a name
// into pieces (ORG Ради безпеки and ORG ООН, ORG Ради and LOC Європи),
// drops the sentence's first word from it (ORG Безпеки ООН) or reads it
// as a person's name (PERS Раді Безпеки ООН, PERS Рада in "Рада безпеки
// ухвалила"). A common noun after рада makes a name only before the
// body's abbreviation or when it is a council's field (councilFields);
// the clipped Радбез is a council alone. Spans that reach out of
// the name (Парламентської асамблеї Ради Європи) leave it as it is.
//
// Our news texts name two councils, both tagged whole already, and
// NER-UK's few (Рада Європи, Рада безпеки РФ) are too: the rule changes
// no span there nor in cross-validation, and is checked on sentences of
// its own (TestJoinCouncils). spans[from:] are the sentence's spans,
// sorted; the result is sorted too.
func joinCouncils(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Kind != vistka.Word || !startsUpper(t.Text) || !councilLemma.has(t.Lemma) || !strings.HasPrefix(t.Tag, "noun") {
			continue
		}
		if t.Lemma == "радбез" {
			// Радбезу, у Радбезі ООН: the clipped name is the council
			// whole, with its body after it
			end := i + 1
			if toks[end].Kind == vistka.Word && isAbbrev(toks[end].Text) {
				end++
			}
			spans, _ = putSpan(spans, from, toks[i:end], "ORG")
			i = end - 1
			continue
		}
		n := &toks[i+1]
		if n.Kind != vistka.Word || !strings.HasPrefix(n.Tag, "noun") || vtag.Case(n.Tag) != "v_rod" && !strings.Contains(n.Tag, ":nv") ||
			strings.Contains(n.Tag, ":pron") || strings.Contains(n.Tag, "name") {
			// (Раду Маринеску: a person's first and last name)
			continue
		}
		end := i + 2
		if !startsUpper(n.Text) && !isAbbrev(n.Text) {
			// Ради безпеки ООН: a common noun needs the body it
			// belongs to after it, or it names no council, unless it
			// is a council's field (Рада безпеки ухвалила)
			switch {
			case end < len(toks) && isAbbrev(toks[end].Text):
				end++
			case !councilFields.has(n.Text):
				continue
			case end < len(toks) && ownerName(&toks[end]):
				end++ // Ради безпеки Росії
			}
		} else if !isAbbrev(n.Text) && end < len(toks) && isAbbrev(toks[end].Text) && toks[end].Kind == vistka.Word {
			end++
		}
		start, stop := t.RStart, toks[end-1].REnd
		inside, whole := true, false
		k0, k1 := -1, -1
		for k := from; k < len(spans); k++ {
			sp := &spans[k]
			if sp.End <= start || sp.Start >= stop {
				continue
			}
			if sp.Start < start || sp.End > stop {
				inside = false
				break
			}
			if k0 < 0 {
				k0 = k
			}
			k1 = k
			whole = sp.Start == start && sp.End == stop && sp.Type == "ORG"
		}
		if !inside || whole {
			continue
		}
		sp := vistka.Span{Start: start, End: stop, Type: "ORG", Text: joinTokens(toks[i:end])}
		if k0 >= 0 {
			spans = append(spans[:k0], spans[k1+1:]...)
		}
		spans = insertSpan(spans, from, sp)
		i = end - 1
	}
	return spans
}

// councilLemma is the lemma of the councils joinCouncils reads.
var councilLemma = newLowerSet("рада", "радбез")

// councilFields are the fields of councils that name one without the
// body they belong to after them: Рада безпеки (of the UN, or of a state
// the text names).
var councilFields = newLowerSet("безпеки", "нацбезпеки")
