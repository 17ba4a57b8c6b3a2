package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// placeBases turns on harmonizePlaceBases; a variable for experiments.
var placeBases = true

// harmonizePlaceBases gives a one-word place the base form the document
// bears out when its own is a guess the document does not: the lexicon
// reads the word as a form of another name too, and that name is written
// out in the nominative elsewhere in the document (the dateline
// "Лінчепінг • Укрінформ", then "в Лінчепінгу", which the tagger reads as
// the accusative of a Лінчепінга) or is the base form of another mention
// that reads only so ("до Констанци", then "в Констанці", which also
// reads as the locative of a Констанц). A base form the document bears
// out already stays, and so does one with two rivals.
//
// On our news texts the rule puts 2 base forms right (Лінчепінг,
// Констанца) and breaks none; on NER-UK texts it changes 2, of persons
// the model tagged as places, to the names the texts write out (Малим →
// Малий, not Малі; Денисові → Денис, not Денисів), and no span. The
// mention itself does not bear its own reading out: the tagger's
// nominative reading of the very word is no evidence (Куйбишева, a
// street named after him).
func (m *Model) harmonizePlaceBases(sentences []vistka.Sentence, spans []vistka.Span) {
	if m.lemmas.Lex == nil {
		return
	}
	bases := map[string]int{} // base forms of one-word places, counted
	for _, s := range spans {
		if s.Type == "LOC" && !strings.ContainsAny(s.Text, " -") {
			bases[s.Lemma]++
		}
	}
	if len(bases) == 0 {
		return
	}
	nominatives := map[string][]int{} // capitalised words read as nominatives, where they start
	for i := range sentences {
		for k := range sentences[i].Tokens {
			t := &sentences[i].Tokens[k] // not a copy of each token
			if t.Kind == vistka.Word && startsUpper(t.Text) && strings.HasPrefix(t.Tag, "noun") && vtag.Case(t.Tag) == "v_naz" {
				nominatives[t.Text] = append(nominatives[t.Text], t.RStart)
			}
		}
	}
	// attested reports whether base is the base form of another place
	// than s or written out as a nominative outside s.
	attested := func(base string, s *vistka.Span, self int) bool {
		return bases[base] > self || slices.ContainsFunc(nominatives[base], func(p int) bool { return p < s.Start || p >= s.End })
	}
	for i := range spans {
		s := &spans[i]
		if s.Type != "LOC" || strings.ContainsAny(s.Text, " -") || attested(s.Lemma, s, 1) {
			continue
		}
		alt, rivals := "", 0
		for _, x := range m.lemmas.Lex.Analyze(s.Text) {
			if x.Lemma == s.Lemma || x.Lemma == alt || !strings.HasPrefix(x.Tag, "noun") || !startsUpper(x.Lemma) || !attested(x.Lemma, s, 0) {
				continue
			}
			alt = x.Lemma
			rivals++
		}
		if rivals == 1 {
			s.Lemma = alt
		}
	}
}
