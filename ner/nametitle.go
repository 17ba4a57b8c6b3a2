package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// nameTitles turns on splitNameTitles; a variable for experiments.
var nameTitles = true

// splitNameTitles cuts off a PERS span of three words its first word when
// that word is a title written with a capital that the tagger read as a
// surname, before a first name and a surname: "Староста Оксана Левчук"
// (староста, also a surname, read as the woman's surname to agree with
// her name). The first word becomes the JOB, the first name and the
// surname the person. One person's name does not read so: a surname put
// first takes a patronymic after it (Коваль Ірина Петрівна), and a first
// name and two surnames start with the first name. A title of
// personTitles opening the sentence that the model tagged as a person
// alone, before lower-case words and a name, is a JOB with those words
// ("[PERS Староста] округу [PERS Галина Петрук]"). spans[from:] are the
// sentence's spans.
func splitNameTitles(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a == 1 && a == 0 && k+1 < len(spans) && spans[k+1].Type == "PERS" && openingTitle(&toks[a]) {
			// "[PERS Староста] округу [PERS Галина Петрук]": the title
			// and its complement, which the tagger may misread
			if c, _ := vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End); complementWords(toks[b:max(c, b)]) {
				spans[k] = vistka.Span{Start: toks[a].RStart, End: toks[c-1].REnd, Type: "JOB", Text: joinTokens(toks[a:c])}
			}
			continue
		}
		if b-a != 3 {
			continue
		}
		t, f, l := &toks[a], &toks[a+1], &toks[a+2]
		if !titleReadAsName(t) || !strings.Contains(f.Tag, ":fname") || !surnameTag(l.Tag) || patronymicForm(l.Text) {
			continue
		}
		spans = splitOffFirst(toks, spans, k, a, b, "JOB")
		k++
	}
	return spans
}

// complementWords reports whether toks, one to three of them, are
// lower-case nouns and adjectives: what a title is of, between it and
// the name (округу, the tagger's accusative of округа).
func complementWords(toks []vistka.Token) bool {
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for i := range toks {
		t := &toks[i]
		if t.Kind != vistka.Word || !startsLower(t.Text) || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return true
}

// titleReadAsName reports whether t is a word written with a capital the
// tagger read as a person's name whose lower-case lemma is a noun for a
// job or an office (староста, голова, VESUM's class of jobs): a title
// that opens the sentence or is written with a capital out of respect.
func titleReadAsName(t *vistka.Token) bool {
	if !startsUpper(t.Text) || upperText(t.Text) || !strings.Contains(t.Tag, ":prop") ||
		!strings.Contains(t.Tag, ":lname") && !strings.Contains(t.Tag, ":fname") {
		return false
	}
	l := scan.ToLower(t.Lemma)
	return personTitles[l] || gazetteer.Lookup(l)&gazetteer.Job != 0
}
