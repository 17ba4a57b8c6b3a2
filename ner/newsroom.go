package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// newsrooms turns on retypeNewsrooms; a variable for experiments.
var newsrooms = true

// newsroomsNeed gates retypeNewsrooms: it changes spans only at a URL
// or at a capitalised token tagged adj.
const newsroomsNeed = sbURL | sbUpperAdj

// retypeNewsrooms tags as an ORG a newsroom named by a capitalised
// adjective, as public broadcasters are (Суспільне, Громадське), which
// the model, trained on texts older than their names, reads as a person
// or a place:
//
//   - a neuter adjective right after a verb a report cites its source
//     with, alone or with the place of its regional branch: "передає
//     Суспільне.", "повідомляє Суспільне Спорт з посиланням на…"; no
//     person's name is a neuter adjective;
//   - a site's name in the same place, which the model may read as a
//     work: "пише ZN.UA з посиланням на…";
//   - a lone adjective in the dative in -ому next to a verb of telling
//     or after "у коментарі", the one told: "Про це Суспільному
//     повідомили в СБУ", "сказав Суспільному речник", "повідомив
//     Суспільному, що…" (cut off a person's name the tagger ran it
//     into: "розповіла Суспільному Олена Петренко"); the lexicon reads it as a common adjective
//     (суспільний), which is no listed surname (Бідному, Чорному are
//     left alone), nor does a noun it agrees with follow (Державному
//     бюро).
//
// On our news texts the rule puts 14 spans right (Суспільному 7 times,
// Суспільне twice, Суспільне Спорт twice, Суспільне Ужгород, and the
// sites ZN.UA and LB.ua, read as works) and breaks none; in NER-UK
// (dev and cross-validation) it changes nothing. The base form of a
// lone adjective naming a body is neuter (Суспільному → Суспільне; see
// BaseForm). spans[from:] are the sentence's spans, sorted; the result is
// sorted too.
func retypeNewsrooms(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == vistka.URL && (reportWords[scan.ToLower(toks[i-1].Text)] || relayWords[scan.ToLower(toks[i-1].Text)]) {
			if k := spanStarting(spans, from, t.RStart); k >= 0 && spans[k].Type != "ORG" {
				spans[k].Type = "ORG"
			}
			continue
		}
		if t.Kind != vistka.Word || !startsUpper(t.Text) || !strings.HasPrefix(t.Tag, "adj") ||
			strings.Contains(t.Tag, ":prop") || t.Lemma == "" || !startsLower(t.Lemma) {
			continue
		}
		prev := scan.ToLower(toks[i-1].Text)
		k := spanStarting(spans, from, t.RStart)
		switch {
		case strings.HasPrefix(t.Tag, "adj:n:") && (reportWords[prev] || relayWords[prev]):
			if k >= 0 && (spans[k].Type == "PERS" || spans[k].Type == "LOC") {
				spans[k].Type = "ORG"
			}
		case strings.HasSuffix(t.Text, "ому") && toldDative(toks, i) && gazetteer.Lookup(titleCase(t.Lemma))&gazetteer.Person == 0:
			// "розповіла [PERS Суспільному Олена Петренко]": the one told
			// run into the name of the one who told, in another case
			runOn := k >= 0 && spans[k].Type == "PERS" && spans[k].End > t.REnd && i+1 < len(toks) &&
				(strings.Contains(toks[i+1].Tag, ":fname") || strings.Contains(toks[i+1].Tag, ":lname")) && vtag.Case(toks[i+1].Tag) != vtag.Case(t.Tag)
			if i+1 < len(toks) && agreesAfter(t, &toks[i+1]) && !runOn {
				continue
			}
			sp := vistka.Span{Start: t.RStart, End: t.REnd, Type: "ORG", Text: t.Text}
			switch {
			case k >= 0 && spans[k].End == t.REnd && (spans[k].Type == "PERS" || spans[k].Type == "LOC"):
				spans[k].Type = "ORG"
			case k < 0 && !covered(spans[from:], t.RStart, t.REnd):
				spans = insertSpan(spans, from, sp)
			case runOn:
				_, to := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
				spans[k].Start, spans[k].Text = toks[i+1].RStart, joinTokens(toks[i+1:to])
				spans = insertSpan(spans, from, sp)
			}
		}
	}
	return spans
}

// toldDative reports whether toks[i] stands where the one told does: next
// to a verb of telling (сказав Суспільному, Суспільному повідомили) or
// after "у коментарі".
func toldDative(toks []vistka.Token, i int) bool {
	if w := strings.ToLower(toks[i-1].Text); w == "коментарі" || w == "коментар" || w == "інтерв'ю" || w == "інтерв’ю" {
		return true
	}
	for _, j := range []int{i - 1, i + 1} {
		if j < len(toks) && strings.HasPrefix(toks[j].Tag, "verb") && tellVerbs[strings.ToLower(toks[j].Lemma)] {
			return true
		}
	}
	return false
}

// agreesAfter reports whether next is a noun or an adjective in the case
// of the adjective t, which it then qualifies (Державному бюро).
func agreesAfter(t, next *vistka.Token) bool {
	return (strings.HasPrefix(next.Tag, "noun") || strings.HasPrefix(next.Tag, "adj")) && vtag.Case(next.Tag) == vtag.Case(t.Tag) ||
		next.Kind == vistka.Word && startsUpper(next.Text)
}

// tellVerbs are the verbs of telling whose dative is the one told.
var tellVerbs = map[string]bool{
	"повідомити": true, "повідомляти": true, "сказати": true, "казати": true, "розповісти": true, "розповідати": true,
	"заявити": true, "заявляти": true, "пояснити": true, "пояснювати": true, "підтвердити": true, "підтверджувати": true,
	"відповісти": true, "відповідати": true, "зазначити": true, "прокоментувати": true, "коментувати": true,
	"додати": true, "розказати": true, "написати": true, "передати": true,
}
