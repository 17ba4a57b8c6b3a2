package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// firstNames turns on joinFirstNames; a variable for experiments.
var firstNames = true

// joinFirstNames takes into a person's span of one word the capitalised
// word right before it that the tagger read as an animate common noun inside the
// sentence: an unknown foreign first name (з прем'єр-міністром Японії
// Сігеру | Ісібою → Сігеру Ісібою). A sentence's first word, a word in
// capitals, a word in a span of its own and a title or rank written with
// a capital (Предстоятель ПЦУ Митрополит | Епіфаній, Генерал | Залужний)
// stay out. spans[from:] are
// the sentence's spans, sorted. An unknown first name read as an
// inanimate noun is taken before a surname in its case (Лідер «Відродження»
// Костадін | Костадінов).
func joinFirstNames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a != 1 || a < 2 {
			continue // a surname alone
		}
		w := &toks[a-1]
		if slices.ContainsFunc(spans[from:], func(o vistka.Span) bool { return o.Start < w.REnd && w.RStart < o.End }) {
			continue // "Кравця | Людмили Біцюк": a name of its own
		}
		if titleWord(w) || rank(scan.ToLower(w.Lemma)) {
			continue // "ПЦУ Митрополит | Епіфаній": a capitalised title, no first name
		}
		r := []rune(w.Text)
		if len(r) < 3 || !isUpper(r[0]) || upperText(w.Text) || strings.Contains(w.Tag, "pron") ||
			!strings.HasPrefix(w.Tag, "noun:anim") && !inanimateFirstName(w, &toks[a]) && !foreignFirstName(toks, a-1) && !commonWordName(w, &toks[a]) {
			continue
		}
		if p := toks[a-2].Text; p == "." || p == "!" || p == "?" || p == "«" || p == "\"" || p == "–" || p == "—" || p == "-" {
			continue
		}
		sp.Start, sp.Text = w.RStart, joinTokens(toks[a-1:b])
	}
	return spans
}

// inanimateFirstName reports whether w, a capitalised word read as an
// inanimate common noun, stands as a first name before the surname n: n
// is tagged a surname, in w's case, and w names no place and no kind of
// body (Фонду Гульбенкяна, Радіо Свобода). w must be its own lemma: a
// form of a known word (Мінору read as мінор) would give the name a
// wrong base form.
func inanimateFirstName(w, n *vistka.Token) bool {
	return strings.HasPrefix(w.Tag, "noun:inanim") && !strings.Contains(w.Tag, ":prop") && strings.Contains(n.Tag, ":lname") && scan.ToLower(w.Text) == w.Lemma &&
		vtag.Case(w.Tag) == vtag.Case(n.Tag) && vtag.Case(w.Tag) != "" && gazetteer.Lookup(w.Text)&gazetteer.Location == 0 && !bodyHead(w)
}

// commonWordName reports whether w, a capitalised word inside the
// sentence that the tagger read as a feminine common noun, is a woman's
// first name that is also a common word (Надія, Любов, Віра: надія,
// любов, віра) before n, a woman's surname that does not decline (з
// Надією | Мельник, з Любов'ю | Мельник): the gazetteer lists the word's
// lemma as a first name, and the surname is tagged a woman's.
func commonWordName(w, n *vistka.Token) bool {
	return strings.HasPrefix(w.Tag, "noun:inanim:f") && !strings.Contains(w.Tag, ":prop") && w.Lemma != "" &&
		gazetteer.Lookup(titleCase(w.Lemma))&gazetteer.Person != 0 &&
		strings.Contains(n.Tag, ":lname") && strings.Contains(n.Tag, ":f:") && strings.Contains(n.Tag, ":nv")
}

// foreignFirstName reports whether toks[i], a capitalised word before a
// surname, is a foreign first name the lexicon reads as some indeclinable
// common noun (Пенні, the coin, in "з Пенні Вонг"): a noun that does not
// decline, ending as such names do (indeclinableEnd), that names no place
// and no kind of body (у Токіо | Ісіба: the place the person is in).
func foreignFirstName(toks []vistka.Token, i int) bool {
	w := &toks[i]
	return i > 0 && strings.HasPrefix(w.Tag, "noun:inanim") && strings.Contains(w.Tag, ":nv") && !strings.Contains(w.Tag, ":prop") &&
		indeclinableEnd(w.Text) && gazetteer.Lookup(w.Text)&gazetteer.Location == 0 && !bodyHead(w)
}
