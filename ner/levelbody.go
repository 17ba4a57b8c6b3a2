package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// LevelBody reports whether sp, an ORG span of the sentence of toks
// among the document's spans, is an adjective of an authority's level
// and a common noun for a kind of body that opens the sentence: "Районний
// суд задовольнив позов", "Міська рада збереться", "Державна служба
// потребує реформи". The capital is the sentence's alone; in mid-sentence
// the phrase is written in lower case (районний суд, міська рада) and
// names no one body, as the entity guidelines read it (common nouns are
// no entities), so the entity layer makes no entity of it. (NER-UK, whose
// convention the tagger follows, tags it ORG: the span stays.) A name
// whose head is capitalised (Верховна Рада) is no such phrase, and the
// phrase is a mention when the document names a body in full that holds
// it (Черкаська обласна рада, Апеляційний суд Одеської області): there it
// is that body's short name.
func LevelBody(toks []vistka.Token, sp vistka.Span, spans []vistka.Span) bool {
	return sp.Type == "ORG" && levelBody(toks, &sp) && !heldInFull(spans, &sp)
}

// levelBody reports whether sp, a span of the sentence of toks, is an
// authority's level and a kind of body that opens the sentence.
func levelBody(toks []vistka.Token, sp *vistka.Span) bool {
	a, b := vistka.TokensIn(toks, sp.Start, sp.End)
	if b != a+2 || !sentenceOpening(toks, a) {
		return false
	}
	adj, head := &toks[a], &toks[a+1]
	return strings.HasPrefix(adj.Tag, "adj") && levelAdjectives.has(adj.Lemma) && strings.HasPrefix(head.Tag, "noun:inanim") &&
		startsLower(head.Text) && vtag.Case(head.Tag) == "v_naz" && levelKinds.has(head.Lemma)
}

// heldInFull reports whether another ORG span of spans holds sp's base
// form in a longer one, in any case of its letters.
func heldInFull(spans []vistka.Span, sp *vistka.Span) bool {
	short := scan.ToLower(sp.Lemma)
	for k := range spans {
		if o := &spans[k]; o.Type == "ORG" && len(o.Lemma) > len(sp.Lemma) && strings.Contains(scan.ToLower(o.Lemma), short) {
			return true
		}
	}
	return false
}

// levelAdjectives are the lemmas of adjectives for the level of an
// authority.
var levelAdjectives = newLowerSet("районний", "міський", "обласний", "сільський", "селищний", "місцевий", "державний", "апеляційний", "окружний", "міськрайонний")

// levelKinds are the lemmas of common nouns for a kind of body.
var levelKinds = newLowerSet("суд", "рада", "служба", "адміністрація", "прокуратура", "лікарня", "управління", "інспекція", "комісія", "департамент")
