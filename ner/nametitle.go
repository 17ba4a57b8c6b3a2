package ner

import (
	"slices"
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
// name and two surnames start with the first name. spans[from:] are the
// sentence's spans.
func splitNameTitles(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a != 3 {
			continue
		}
		t, f, l := &toks[a], &toks[a+1], &toks[a+2]
		if !titleReadAsName(t) || !strings.Contains(f.Tag, ":fname") || !surnameTag(l.Tag) || patronymicForm(l.Text) {
			continue
		}
		job := vistka.Span{Start: t.RStart, End: t.REnd, Type: "JOB", Text: t.Text}
		name := vistka.Span{Start: f.RStart, End: l.REnd, Type: "PERS", Text: joinTokens(toks[a+1 : b])}
		spans = slices.Insert(spans, k+1, name)
		spans[k] = job
		k++
	}
	return spans
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
