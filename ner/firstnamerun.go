package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// firstNameRuns turns on joinFirstNameRuns; a variable for experiments.
var firstNameRuns = true

// joinFirstNameRuns joins a PERS span made of two first names or more and the
// PERS span right after it, in the same case: "[PERS Луїс Інасіу] [PERS
// Лула да Сілва]" → "[PERS Луїс Інасіу Лула да Сілва]". A long foreign
// name whose middle words the lexicon knows as first names (Лула) is
// cut by the model where a surname seems to begin. Two people's names
// side by side differ in case ("Віктора Ющенка | Олексій Івченко", all
// but one of NER-UK's such pairs), hold a surname in the first, or open
// with one first name (Корнель | Сальомеї, the one left).
// spans[from:] are the sentence's spans, sorted.
func joinFirstNameRuns(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	return joinPersonPairs(toks, spans, from, firstNamesBefore)
}

// firstNamesBefore reports whether toks[a:b], two words or more, are all
// first names and toks[c:d] hold more than first names, in the case of
// the first's last word.
func firstNamesBefore(toks []vistka.Token, a, b, c, d int) bool {
	if b-a < 2 {
		return false
	}
	for i := a; i < b; i++ {
		if !strings.Contains(toks[i].Tag, ":fname") {
			return false
		}
	}
	surname := false // the second holds more than first names
	for i := c; i < d; i++ {
		surname = surname || !strings.Contains(toks[i].Tag, ":fname")
	}
	ca := vtag.Case(toks[b-1].Tag)
	return surname && ca != "" && ca == vtag.Case(toks[c].Tag)
}

// joinPersonPairs joins each PERS span with the PERS span right after it,
// no token between, when fits says so of their tokens [a, b) and [c, d);
// a joined span is tried again with the one after it. spans[from:] are
// the sentence's spans, sorted.
func joinPersonPairs(toks []vistka.Token, spans []vistka.Span, from int, fits func(toks []vistka.Token, a, b, c, d int) bool) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		sp, next := &spans[k], spans[k+1]
		if sp.Type != "PERS" || next.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c, d := vistka.TokensIn(toks, next.Start, next.End)
		if b <= a || c != b || d <= c || !fits(toks, a, b, c, d) {
			continue
		}
		sp.End, sp.Text = next.End, joinTokens(toks[a:d])
		spans = slices.Delete(spans, k+1, k+2)
		k--
	}
	return spans
}

// unknownPairs turns on joinUnknownPairs; a variable for experiments.
var unknownPairs = true

// joinUnknownPairs joins two PERS spans of one word each, side by side,
// when neither word nor its lemma is a name the gazetteer lists: a
// foreign name the lexicon does not know, whose words the tagger read in
// two cases and the model cut apart ("прем'єр-міністр Японії [PERS
// Сігеру] [PERS Ісіба]"). Two people named side by side are names the
// gazetteer knows at least once in NER-UK's pairs (Бродського |
// Світлана, Кравця | Марина Пелих). spans[from:] are the sentence's
// spans, sorted.
func joinUnknownPairs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	return joinPersonPairs(toks, spans, from, unknownWords)
}

// unknownWords reports whether toks[a:b] and toks[c:d] are one word each
// that the gazetteer does not list as a name.
func unknownWords(toks []vistka.Token, a, b, c, d int) bool {
	return b-a == 1 && d-c == 1 && !knownName(&toks[a]) && !knownName(&toks[c])
}

// knownName reports whether t's text or lemma is a name the gazetteer
// lists.
func knownName(t *vistka.Token) bool {
	return gazetteer.Lookup(t.Text)&gazetteer.Person != 0 || gazetteer.Lookup(t.Lemma)&gazetteer.Person != 0
}
