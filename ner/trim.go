package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// trimSpans drops from the edges of the spans of sentence s what no name
// holds: a leading preposition or conjunction, with the lower-case words
// after it (До завдань | Департаменту), which a capital at the start of a
// sentence draws in, and trailing trade-mark signs (ТІЛО ™); it drops the
// names that are a pronoun alone. spans[from:] are the sentence's spans;
// a span with nothing left is kept as it was.
func trimSpans(s *vistka.Sentence, spans []vistka.Span, from int) []vistka.Span {
	toks := s.Tokens
	out := spans[:from]
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if trimType(sp.Type) && b-a == 1 && strings.Contains(toks[a].Tag, "pron") {
			continue // Ваші, written with a capital in a letter
		}
		if (sp.Type == "ORG" || sp.Type == "PERS") && b-a == 1 && a == 0 && commonNoun(&toks[a]) && strings.Contains(toks[a].Tag, ":p:") {
			continue // "Міністри підписали": a plural common noun opening a sentence
		}
		out = append(out, *sp)
		sp = &out[len(out)-1]
		if b-a < 2 {
			continue
		}
		na, nb := a, b
		if trimType(sp.Type) && functionWord(&toks[na]) && toks[na+1].Text != "." {
			na++
			for na < nb && startsLower(toks[na].Text) {
				na++
			}
		}
		for nb > na && markSign(toks[nb-1].Text) {
			nb--
		}
		if nb-1 > na && nb < len(toks) && trimType(sp.Type) && strings.HasPrefix(toks[nb-1].Tag, "prep") && startsLower(toks[nb-1].Text) &&
			(toks[nb].Kind == vistka.Word || toks[nb].Kind == vistka.Number) {
			// "Державної митної служби у | 2025 році": no name ends in
			// a preposition that has its object after it (Великий
			// Чапельський під, before a comma, ends in the noun під)
			nb--
		}
		if nb-na >= 2 && toks[nb-1].Text == "\"" && straightMarks(toks[na:nb])%2 == 1 {
			nb-- // "Як повідомляли "Волинські новини", …": the mark closes a quotation the name does not open
		}
		if sp.Type == "PERS" && nb-na >= 2 && commonNoun(&toks[na]) && strings.Contains(toks[na+1].Tag, "prop") {
			// "Держсекретар Блінкен" opening a sentence: the title is no
			// part of the name
			na++
		}
		if sp.Type == "PERS" || sp.Type == "ORG" {
			// "з Фіданом безпеку": a person's name ends with a name, not
			// with a lower-case common noun after it
			for nb-1 > na && startsLower(toks[nb-1].Text) && strings.HasPrefix(toks[nb-1].Tag, "noun") &&
				!strings.Contains(toks[nb-1].Tag, "prop") && personWord(&toks[nb-2]) {
				nb--
			}
			if nb < b && allPersonWords(toks[na:nb]) {
				sp.Type = "PERS"
			}
		}
		if na == a && nb == b || nb-na < 1 || !startsUpper(toks[na].Text) && !startsDigit(toks[na].Text) {
			continue
		}
		sp.Start, sp.End = toks[na].RStart, toks[nb-1].REnd
		sp.Text = joinTokens(toks[na:nb])
	}
	return splitJobs(toks, splitNames(toks, splitPersons(toks, splitLeadingPerson(toks, out, from), from), from), from)
}

// splitPersons cuts from an organisation's name the name of a person
// that follows it in apposition (з очільником МЗС Туреччини | Хаканом
// Фіданом): capitalised words at the end of the span, in the
// instrumental or the dative and in no other case, at least one of them
// a person's word, after a word that may end a name (a genitive, an
// indeclinable word). A genitive name stays (Фонд Ріната Ахметова).
// What is left is a person too when it is a person's name that ends
// with a surname.
func splitPersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		cut := b
		person := false
		for cut > a+1 && b-cut < 3 && appositive(&toks[cut-1]) {
			cut--
			person = person || personWord(&toks[cut])
		}
		if cut == b || !person || !nameEnd(&toks[cut-1]) {
			continue
		}
		org := vistka.Span{Start: toks[a].RStart, End: toks[cut-1].REnd, Type: "ORG", Text: joinTokens(toks[a:cut])}
		if allPersonNames(toks[a:cut]) && strings.Contains(toks[cut-1].Tag, "lname") {
			org.Type = "PERS" // Івана Івановича Абрамова | Андрієві Іванчуку: two persons
		}
		pers := vistka.Span{Start: toks[cut].RStart, End: toks[b-1].REnd, Type: "PERS", Text: joinTokens(toks[cut:b])}
		spans = slices.Insert(spans, k+1, pers)
		spans[k] = org
		k++
	}
	return spans
}

// splitLeadingPerson cuts an organisation's name off a person's name in
// the instrumental or the dative that the span opens with, across the
// lower-case object between them: "обговорив із Зеленським безпеку
// Запорізької АЕС" is PERS Зеленським and ORG Запорізької АЕС. A name
// does not go on from a person's name through a common noun in another
// case.
func splitLeadingPerson(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		p := a
		for p < b && appositive(&toks[p]) && personWord(&toks[p]) {
			p++
		}
		if p == a || p+1 >= b || !startsLower(toks[p].Text) || !commonNoun(&toks[p]) || strings.Contains(toks[p].Tag, "v_rod") {
			continue
		}
		c := p + 1
		for c < b && !startsUpper(toks[c].Text) {
			c++
		}
		if c == b {
			continue
		}
		pers := vistka.Span{Start: toks[a].RStart, End: toks[p-1].REnd, Type: "PERS", Text: joinTokens(toks[a:p])}
		spans[k] = vistka.Span{Start: toks[c].RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[c:b])}
		spans = slices.Insert(spans, k, pers)
		k++
	}
	return spans
}

// appositive reports whether t is a capitalised word in the instrumental
// or the dative and in no other case.
func appositive(t *vistka.Token) bool {
	if !startsUpper(t.Text) || !isWordText(t.Text) || t.Tag == "" {
		return false
	}
	if !strings.Contains(t.Tag, "v_oru") && !strings.Contains(t.Tag, "v_dav") {
		return false
	}
	for _, c := range []string{"v_naz", "v_rod", "v_zna", "v_mis", "v_kly"} {
		if strings.Contains(t.Tag, c) {
			return false
		}
	}
	return true
}

// personWord reports whether t names a person or a living being.
func personWord(t *vistka.Token) bool {
	return strings.Contains(t.Tag, "fname") || strings.Contains(t.Tag, "lname") || strings.Contains(t.Tag, ":anim")
}

// nameEnd reports whether t may end an organisation's name before a
// person's: a genitive or an indeclinable word (МЗС, України).
func nameEnd(t *vistka.Token) bool {
	return strings.Contains(t.Tag, "v_rod") || strings.Contains(t.Tag, ":nv") || strings.Contains(t.Tag, "abbr")
}

// trimType reports the types of names, which never start with a function
// word; dates and periods may (протягом 2014 року), titles of works too
// (За двома зайцями).
func trimType(typ string) bool {
	switch typ {
	case "PERS", "LOC", "ORG", "MISC":
		return true
	}
	return false
}

// functionWord reports whether t is a preposition or a conjunction (an
// initial, as В. or І., is followed by a full stop).
func functionWord(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "prep") || strings.HasPrefix(t.Tag, "conj")
}

// markSign reports whether a token is a trade-mark or copyright sign.
func markSign(s string) bool { return s == "™" || s == "®" || s == "©" || s == "℠" }

// allPersonWords reports whether every token is a person's name word.
func allPersonWords(toks []vistka.Token) bool {
	for i := range toks {
		if !personWord(&toks[i]) {
			return false
		}
	}
	return len(toks) > 0
}

// commonNoun reports a common noun: a noun whose lemma is lower-case and
// which is no proper name.
func commonNoun(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "prop") && !strings.Contains(t.Tag, "name") &&
		t.Lemma != "" && startsLower(t.Lemma)
}

// straightMarks counts the straight quotation marks among ts.
func straightMarks(ts []vistka.Token) int {
	n := 0
	for i := range ts {
		if ts[i].Text == "\"" {
			n++
		}
	}
	return n
}
