package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// titleSurnames turns on splitTitleSurnames; a variable for experiments.
var titleSurnames = true

// splitTitleSurnames cuts a PERS span of three words after a title that
// reads surname, first name, surname ("Промоутер Дюбуа Френк Воррен")
// into the surname and the full name after it: the surname is the
// genitive of whom the title is held for (Дюбуа's promoter), and the
// full name is the titled person's. The surname must be indeclinable
// (Дюбуа) or read as a genitive: one in the nominative may be a first
// name the tagger does not know (Троельс Лунд Поульсен). One person's
// name does not read so: a surname put before the first name takes a
// patronymic after it (Шевченко Тарас Григорович, whose patronymic the
// tagger may read as a surname), and a first name and two surnames
// (Педро Санчес Перес) start with the first name. spans[from:] are the
// sentence's spans.
func splitTitleSurnames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a != 3 || a == 0 || !titleAt(toks, spans[from:], a-1) {
			continue
		}
		s, f, l := &toks[a], &toks[a+1], &toks[a+2]
		if !surnameTag(s.Tag) || !strings.Contains(f.Tag, ":fname") || !surnameTag(l.Tag) || !startsUpper(s.Text) || patronymicForm(l.Text) {
			continue
		}
		if !strings.Contains(s.Tag, ":nv") && vtag.Case(s.Tag) != "v_rod" {
			// (a surname the tagger reads in the nominative may be a
			// first name it does not know: Троельс Лунд Поульсен)
			continue
		}
		spans = splitOffFirst(toks, spans, k, a, b, "PERS")
		k++
	}
	return spans
}

// splitOffFirst cuts spans[k], over toks[a:b], into its first word, a
// span of type typ, and a PERS span of the words after it.
func splitOffFirst(toks []vistka.Token, spans []vistka.Span, k, a, b int, typ string) []vistka.Span {
	t := &toks[a]
	rest := vistka.Span{Start: toks[a+1].RStart, End: toks[b-1].REnd, Type: "PERS", Text: joinTokens(toks[a+1 : b])}
	spans = slices.Insert(spans, k+1, rest)
	spans[k] = vistka.Span{Start: t.RStart, End: t.REnd, Type: typ, Text: t.Text}
	return spans
}

// surnameTag reports whether tag is a surname's and no first name's or
// patronymic's.
func surnameTag(tag string) bool {
	return strings.Contains(tag, ":lname") && !strings.Contains(tag, ":fname") && !strings.Contains(tag, ":patr")
}

// patronymicForm reports whether w has a patronymic's suffix, which the
// tagger may read as a surname (Григорович): -ович, -евич, -івна, -ївна
// in any case.
func patronymicForm(w string) bool {
	l := scan.ToLower(w)
	for _, s := range []string{"ович", "евич", "євич", "івн", "ївн"} {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

// titleAt reports whether token i is a title: the last word of a JOB span
// among spans, or a common noun for a person (промоутер, тренер).
func titleAt(toks []vistka.Token, spans []vistka.Span, i int) bool {
	for _, sp := range spans {
		if sp.Type == "JOB" && sp.End == toks[i].REnd {
			return true
		}
	}
	t := &toks[i]
	return strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, "pron")
}
