package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// splitNames cuts a PERS, LOC or ORG span that runs two names of
// different entities together into two spans, each with its own type:
//
//   - a place, or a name that ends with one, in an oblique case and a
//     person's name after it in another case (Прем'єр Фінляндії | Орпо,
//     У Маріїнському палаці | Орпо), or a full name, first name and
//     surname, in any case (мер Києва | Леоніда Черновецького);
//   - a surname and another person's name in another case (із
//     Зеленським | Стере, Абрамова | Андрієві Іванчуку), or a surname and
//     a full name (Кравця | Людмили Біцюк);
//   - a Cyrillic name in an oblique case and a Latin-script name after it
//     (Зеленського | Reuters).
//
// One person's name is never cut (Ентоні Блінкен, Шевченка Тараса
// Григоровича), nor a name whose words before a person's are no place
// (Фонд Ріната Ахметова, Київський університет імені Шевченка).
// spans[from:] are the sentence's spans.
func splitNames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "PERS" && sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 {
			continue
		}
		c, lt, rt := nameCut(toks[a:b], sp.Type, b < len(toks) && SingularVerb(toks[b].Tag))
		if c == 0 {
			continue
		}
		c += a
		left := vistka.Span{Start: toks[a].RStart, End: toks[c-1].REnd, Type: lt, Text: joinTokens(toks[a:c])}
		right := vistka.Span{Start: toks[c].RStart, End: toks[b-1].REnd, Type: rt, Text: joinTokens(toks[c:b])}
		spans = slices.Insert(spans, k+1, right)
		spans[k] = left
		k++
	}
	return spans
}

// nameCut returns where the tokens of a span of type typ split into two
// names and the types of the two parts; 0 when they do not.
//
// subject says that a verb that takes a singular subject follows the
// span, so that a surname the tagger read in the genitive is the
// nominative subject: "Глава МЗС Естонії | Цахкна прибув".
func nameCut(ts []vistka.Token, typ string, subject bool) (cut int, lt, rt string) {
	if len(ts) == 0 || !startsUpper(ts[0].Text) {
		return 0, "", "" // the left part starts with a capital
	}
	for c := max(1, len(ts)-3); c < len(ts); c++ {
		l, r := ts[:c], ts[c:]
		last := &l[len(l)-1]
		if !isWordText(last.Text) {
			continue
		}
		if latinName(r) {
			if isLatin(last.Text) || !obliqueName(l) {
				continue
			}
			lt := typ
			if placeWord(last) {
				lt = "LOC"
			}
			return c, lt, latinType(r)
		}
		if !personName(r) {
			continue
		}
		lc, rc := vtag.Case(last.Tag), vtag.Case(r[0].Tag)
		full := fullName(r)
		if fc := vtag.Case(l[0].Tag); len(l) >= 2 && strings.Contains(last.Tag, ":nv") && allPersonNames(l) && fullName(l) && full &&
			rc == "v_naz" && fc != "" && fc != "v_naz" && strings.Contains(l[0].Tag, "fname") {
			// з Марком Рютте | Андрій Сибіга: a full name whose surname
			// does not decline takes its first name's case
			return c, "PERS", "PERS"
		}
		if fc := vtag.Case(l[0].Tag); subject && len(l) >= 2 && len(r) == 1 && strings.Contains(last.Tag, ":nv") && strings.Contains(last.Tag, "lname") &&
			fc != "" && fc != "v_naz" && strings.Contains(l[0].Tag, ":prop") && rc == "v_naz" && strings.Contains(r[0].Tag, "lname") && !strings.Contains(r[0].Tag, ":nv") {
			// з Джорджею Мелоні | Зеленський обговорив: a name whose
			// surname does not decline takes its first word's case, and
			// a declined surname in the nominative before the verb is
			// its subject
			return c, "PERS", "PERS"
		}
		if lc == "" || rc == "" || lc == "v_naz" {
			continue
		}
		switch {
		case placeWord(last) && !strings.Contains(last.Tag, "name"):
			// Фінляндії | Орпо, Києва | Леоніда Черновецького
			if rc == lc && !full && !(subject && len(r) == 1 && lc != "v_naz") {
				continue
			}
			if len(l) == 1 || typ == "PERS" {
				return c, "LOC", "PERS"
			}
			return c, typ, "PERS"
		case typ != "PERS" && len(l) >= 2 && rc == "v_naz" && placeHead(l):
			// У Маріїнському палаці | Орпо
			return c, typ, "PERS"
		case allPersonNames(l) && strings.Contains(last.Tag, "lname") && !strings.Contains(last.Tag, ":nv"):
			// Зеленським | Стере, Кравця | Людмили Біцюк
			if rc == lc && !full || strings.Contains(r[0].Tag, ":nv") {
				continue
			}
			return c, "PERS", "PERS"
		}
	}
	return 0, "", ""
}

// SingularVerb reports whether tag is a finite verb's that takes a
// singular subject: the past in the masculine or feminine, the present or
// future third person.
func SingularVerb(tag string) bool {
	if !strings.HasPrefix(tag, "verb") || strings.Contains(tag, ":inf") || strings.Contains(tag, "impers") {
		return false
	}
	return strings.Contains(tag, ":past:m") || strings.Contains(tag, ":past:f") ||
		(strings.Contains(tag, ":pres") || strings.Contains(tag, ":futr")) && strings.Contains(tag, ":s:3")
}

// placeWord reports a place's name: a proper noun whose lemma the
// gazetteer lists as a place and not as a person's name (a tag of
// prop:geo alone is too often the tagger's guess for a foreign name it
// does not know: Масаші Мацуда).
func placeWord(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":prop") || !startsUpper(t.Text) {
		return false
	}
	c := gazetteer.Lookup(t.Lemma)
	return c&gazetteer.Location != 0 && c&gazetteer.Person == 0
}

// placeHead reports whether ts may be the name of a place or an
// organisation before a person's name: no word of it names a person or
// a living being, and the last is a noun (палаці, міністерстві) or an
// acronym (МЗС).
func placeHead(ts []vistka.Token) bool {
	for i := range ts {
		if strings.Contains(ts[i].Tag, "name") || strings.Contains(ts[i].Tag, ":anim") || ts[i].Tag == "" {
			return false
		}
	}
	t := &ts[len(ts)-1]
	return strings.HasPrefix(t.Tag, "noun") && t.Text != "імені"
}

// personName reports whether ts is a person's name: one to three
// capitalised Cyrillic words, the first a first name or a surname, the
// others names too or, after a first name, an adjectival surname
// (Агії Загребельської). A first name with a patronymic and no surname
// is the rest of a name that began before it (Шевченка | Тараса
// Григоровича) and is none.
func personName(ts []vistka.Token) bool {
	if len(ts) == 0 || len(ts) > 3 {
		return false
	}
	first := ts[0].Tag
	if !strings.Contains(first, "fname") && !strings.Contains(first, "lname") {
		return false
	}
	lname := false
	pname := false
	for i := range ts {
		t := &ts[i]
		if !isWordText(t.Text) || !startsUpper(t.Text) || isLatin(t.Text) {
			return false
		}
		switch {
		case strings.Contains(t.Tag, "lname"):
			lname = true
		case strings.Contains(t.Tag, "pname"):
			pname = true
		case strings.Contains(t.Tag, "fname"):
		case i > 0 && strings.HasPrefix(t.Tag, "adj") && strings.Contains(first, "fname"):
			lname = true
		default:
			return false
		}
	}
	return !pname || lname
}

// fullName reports a first name followed by a surname.
func fullName(ts []vistka.Token) bool {
	if len(ts) < 2 || !strings.Contains(ts[0].Tag, "fname") {
		return false
	}
	l := ts[len(ts)-1].Tag
	return strings.Contains(l, "lname") || strings.HasPrefix(l, "adj")
}

// allPersonNames reports whether every token is a first name, a
// patronymic or a surname.
func allPersonNames(ts []vistka.Token) bool {
	for i := range ts {
		if !strings.Contains(ts[i].Tag, "name") || !strings.Contains(ts[i].Tag, ":prop") {
			return false
		}
	}
	return true
}

// latinName reports one to three capitalised Latin-script words, no
// Roman numeral among them (Катерини II).
func latinName(ts []vistka.Token) bool {
	if len(ts) == 0 || len(ts) > 3 || !startsUpper(ts[0].Text) {
		return false
	}
	for i := range ts {
		t := ts[i].Text
		if !isWordText(t) || !isLatin(t) || strings.Trim(t, "IVXLCDM") == "" {
			return false
		}
	}
	return true
}

// obliqueName reports capitalised Cyrillic words whose last is a noun or
// an adjective in a case other than the nominative (Зеленського).
func obliqueName(ts []vistka.Token) bool {
	for i := range ts {
		if !startsUpper(ts[i].Text) || isLatin(ts[i].Text) {
			return false
		}
	}
	last := ts[len(ts)-1].Tag
	c := vtag.Case(last)
	return (strings.HasPrefix(last, "noun") || strings.HasPrefix(last, "adj")) && c != "" && c != "v_naz" && !strings.Contains(last, ":nv")
}

// latinType is the type of a Latin-script name cut from a span: a place or a person the gazetteer knows, else an organisation
// (Reuters).
func latinType(ts []vistka.Token) string {
	name := joinTokens(ts)
	c := gazetteer.Lookup(name)
	switch {
	case c&gazetteer.Location != 0:
		return "LOC"
	case c&gazetteer.Person != 0 && len(ts) > 1:
		return "PERS"
	}
	return "ORG"
}
