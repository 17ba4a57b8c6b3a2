package tag

import (
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// surnameBeforePrep returns the candidate of toks[i] to take instead of
// the one picks holds: a capitalised word the model read as an adjective in the
// nominative, that the lexicon also lists as a surname of the same gender
// in -ський, -цький or -зький, with a preposition right after it, is the
// surname. An adjective in the nominative opens its noun phrase and comes
// before its noun; a surname before a preposition is the subject of a
// clause whose verb the adverbial it opens puts out of the model's sight
// (Зеленський під час офіційного візиту до Польщі провів переговори).
func surnameBeforePrep(toks []word, picks []int, i int) int {
	pick := picks[i]
	t := toks[i].token
	c := &t.cands[pick]
	if c.tag.pos != "adj" || c.caseIdx != 1 || i+1 >= len(toks) || !capitalised(t.text) {
		return pick
	}
	if next := toks[i+1].token; next.cands[picks[i+1]].tag.pos != "prep" {
		return pick
	}
	for k := range t.cands {
		n := &t.cands[k]
		if n.tag.pos == "noun" && n.caseIdx == 1 && n.gen == c.gen && strings.Contains(n.tag.str, ":lname") && adjSurname(n.lemma) {
			return k
		}
	}
	return pick
}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return scan.IsUpper(r)
}

// adjSurname reports whether lemma is a surname that declines as an
// adjective in -ський, -цький or -зький (or their feminine).
func adjSurname(lemma string) bool {
	l := scan.ToLower(lemma)
	for _, s := range [...]string{"ський", "цький", "зький", "ська", "цька", "зька"} {
		if strings.HasSuffix(l, s) {
			return true
		}
	}
	return false
}

// nameOverArchaic returns the candidate of toks[i] to take instead of the
// one picks holds: a capitalised word the model read as an archaic common
// noun (туск), that the lexicon also lists as a proper name, is the name
// (Туск, своєю чергою, …; Туск сам попросив …). The model sees the
// capital at a sentence's start as no sign of a name, and an archaic word
// is rarer in news than a name of the same spelling.
func nameOverArchaic(toks []word, picks []int, i int) int {
	pick := picks[i]
	t := toks[i].token
	c := &t.cands[pick]
	if c.tag.pos != "noun" || !strings.Contains(c.tag.str, ":arch") || !capitalised(t.text) {
		return pick
	}
	if i > 0 && toks[i-1].token.cands[picks[i-1]].tag.pos != "punct" {
		return pick // within its sentence the model sees the capital
	}
	if i > 0 && strings.ContainsAny(toks[i-1].token.text, "«„\"“") {
		return pick // «Когут»: a title in quotes, no person
	}
	best := pick
	for k := range t.cands {
		n := &t.cands[k]
		if n.tag.pos != "noun" || !strings.Contains(n.tag.str, ":lname") && !strings.Contains(n.tag.str, ":fname") {
			continue
		}
		if n.caseIdx == c.caseIdx {
			return k
		}
		if best == pick {
			best = k
		}
	}
	return best
}

// placeOverSurname returns the candidate of toks[i] to take instead of
// the one picks holds: a capitalised word the model read as a surname in
// the dative,
// that the lexicon also lists as a place (a listed form, no guess) in the same case, is the place
// when no name, initial or person's noun stands next to it (Уряд виділив
// Львову 20 млн гривень: the city Львів, not the surname Львов). A
// surname in news comes with a first name, an initial or a title (міністр
// Львов, Олег Львов); alone, a city's inflected form is far the more
// frequent reading. Only the dative: in the other cases a lone surname
// (амбіції Садового, реготнув Михайлов) is as common as a village of the
// same stem, and the bruk dev sentences read them as surnames; a lone
// dative is the recipient of a verb of giving, a town far more often.
func placeOverSurname(toks []word, picks []int, i int) int {
	pick := picks[i]
	t := toks[i].token
	c := &t.cands[pick]
	if c.tag.pos != "noun" || c.caseIdx != caseDative || c.guess || !strings.Contains(c.tag.str, ":lname") || strings.Contains(c.tag.str, ":geo") || !capitalised(t.text) {
		return pick
	}
	if i > 0 && personNear(toks[i-1].token, picks[i-1]) || i+1 < len(toks) && personNear(toks[i+1].token, picks[i+1]) {
		return pick
	}
	for k := range t.cands {
		n := &t.cands[k]
		if n.tag.pos == "noun" && !n.guess && n.caseIdx == c.caseIdx && strings.Contains(n.tag.str, ":geo") && !adjDeclined(c.lemma, n.lemma) {
			return k
		}
	}
	return pick
}

// adjDeclined reports whether a surname or a place declines as an
// adjective (Громадський, Громадське; Садовий, Садове): such a place is
// a village, rarer in news than the surname or a name made from the
// adjective (the outlet Громадське).
func adjDeclined(surname, place string) bool {
	s, p := scan.ToLower(surname), scan.ToLower(place)
	return strings.HasSuffix(p, "е") || strings.HasSuffix(p, "є") || strings.HasSuffix(s, "ий") || strings.HasSuffix(s, "ій")
}

// caseDative is the index of v_dav in caseNames.
const caseDative = 3

// personNear reports whether t, read as its candidate pick, makes a
// surname next to it likely: a first name, a patronymic, another
// surname, an initial (a capital and a dot) or a noun naming a person.
func personNear(t *token, pick int) bool {
	s := t.cands[pick].tag.str
	if strings.Contains(s, ":fname") || strings.Contains(s, ":pname") || strings.Contains(s, ":lname") {
		return true
	}
	if t.cands[pick].tag.pos == "noun" && strings.Contains(s, ":anim") && !strings.Contains(s, ":geo") {
		return true
	}
	r, n := utf8.DecodeRuneInString(t.text)
	return scan.IsUpper(r) && (n == len(t.text) || t.text[n:] == ".")
}

// nameOverGuessedVerb returns the candidate of toks[i] to take instead of
// the one picks holds: a capitalised word the lexicon does not know, that
// the model read as a verb and that ends in е, є, о or і, is a foreign
// name that does not decline when a first name or another such word
// stands next to it (Агне Біловайтіте заявила; Рута Мейлутіте виграла):
// two capitalised verbs in a row are no Ukrainian, nor is a verb right
// after a first name that it could not be the predicate of without a
// pause. The name takes its guessed neuter nominative, the reading the
// entity tagger turns from a place into a woman's name
// (ner.retypeForeignWomen), or else a surname.
func nameOverGuessedVerb(toks []word, picks []int, i int) int {
	pick := picks[i]
	t := toks[i].token
	if !guessedVerb(t, pick) || !indeclinableEnding(t.text) {
		return pick
	}
	prev := i > 0 && (guessedVerb(toks[i-1].token, picks[i-1]) && indeclinableEnding(toks[i-1].token.text) || strings.Contains(toks[i-1].token.cands[picks[i-1]].tag.str, ":fname") ||
		capitalised(toks[i-1].token.text) && mayBeFirstName(toks[i-1].token))
	next := i+1 < len(toks) && guessedVerb(toks[i+1].token, picks[i+1]) && indeclinableEnding(toks[i+1].token.text)
	if !prev && !next {
		return pick
	}
	best := pick
	for k := range t.cands {
		s := t.cands[k].tag.str
		if t.cands[k].tag.pos != "noun" || !strings.Contains(s, ":prop") {
			continue
		}
		if strings.Contains(s, ":n:v_naz") && strings.Contains(s, ":geo") {
			return k
		}
		if best == pick && strings.Contains(s, ":lname") {
			best = k
		}
	}
	return best
}

// mayBeFirstName reports whether one of t's readings is a first name:
// "Рута Мейлутіте виграла", where the model read Рута, opening the
// sentence, as the common noun.
func mayBeFirstName(t *token) bool {
	for k := range t.cands {
		if strings.Contains(t.cands[k].tag.str, ":fname") {
			return true
		}
	}
	return false
}

// firstNameBefore returns the candidate of t, the capitalised word
// before a name taken over a guessed verb, to take instead of pick: its
// reading as a first name in the case pick has (Рута, which opening the
// sentence the model read as the common noun рута), else pick.
func firstNameBefore(t *token, pick int) int {
	s := t.cands[pick].tag.str
	if strings.Contains(s, ":fname") || !capitalised(t.text) {
		return pick
	}
	c := ""
	for _, n := range caseNames[1:] {
		if strings.Contains(s, ":"+n) {
			c = ":" + n
		}
	}
	for k := range t.cands {
		if ks := t.cands[k].tag.str; strings.Contains(ks, ":fname") && (c == "" || strings.Contains(ks, c)) {
			return k
		}
	}
	return pick
}

// guessedVerb reports whether t's candidate pick is a guessed verb of a
// capitalised word.
func guessedVerb(t *token, pick int) bool {
	c := &t.cands[pick]
	return c.tag.pos == "verb" && c.guess && capitalised(t.text)
}

// indeclinableEnding reports whether s ends in е, є, о or і, as a foreign
// name that does not decline may.
func indeclinableEnding(s string) bool {
	return strings.HasSuffix(s, "е") || strings.HasSuffix(s, "є") || strings.HasSuffix(s, "о") || strings.HasSuffix(s, "і")
}
