package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// personOrgs turns on retypePersonOrgs; a variable for experiments.
var personOrgs = true

// memberWords are the lemmas of a body's members, titles the gazetteer
// does not list as jobs.
var memberWords = map[string]bool{"член": true, "членкиня": true, "членка": true}

// retypePersonOrgs makes a JOB of an ORG span that opens with a singular
// noun for a person's job or office: "[ORG Член комітету з питань
// фінансів] наголосив", "[ORG Директорка ліцею № 3] розповіла". A body's
// name does not open with a person (a plural does: Лікарі без кордонів);
// the model reads the capitalised title and the body it heads as the
// body. The title needs a common word after it (Лісовик-Гранд, a firm, is
// a name). When a capitalised name follows the title's common words it is
// the body's own, an ORG (Голова | Державної служби …), but for a country,
// which stays in the title (Президент України). spans[from:] are the
// sentence's spans, sorted; the result is sorted too.
func retypePersonOrgs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || !startsUpper(toks[a].Text) || !personJob(&toks[a]) {
			continue
		}
		c := a + 1
		for c < b && !startsUpper(toks[c].Text) {
			c++
		}
		if c == a+1 || toks[a+1].Kind != vistka.Word {
			continue // Лісовик-Гранд: a name after the first word, no title's words
		}
		if c < b && (strings.Contains(toks[c].Tag, ":geo") || toks[c].Lemma == "Україна") {
			c = b // Президент України: the country is the title's
		}
		sp.Type, sp.End, sp.Text = "JOB", toks[c-1].REnd, joinTokens(toks[a:c])
		if c < b {
			spans = slices.Insert(spans, k+1, vistka.Span{Start: toks[c].RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[c:b])})
			k++
		}
	}
	return spans
}

// personJob reports whether t is a singular common noun for a person's
// job, office or membership: директорка, голова, член.
func personJob(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, ":prop") || vtag.Gender(t.Tag) == 'p' || t.Lemma == "" {
		return false
	}
	l := scan.ToLower(t.Lemma)
	return memberWords[l] || officeTitles[l] || personTitles[l] || gazetteer.Lookup(l)&gazetteer.Job != 0
}
