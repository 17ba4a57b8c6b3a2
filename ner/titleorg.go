package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// titleOrgs turns on addTitleOrgs; a variable for experiments.
var titleOrgs = true

// titleOrgsNeed gates addTitleOrgs: a title is added only before an
// ORG span.
const titleOrgsNeed = sbORG

// addTitleOrgs tags as a JOB a title of office that no span covers
// when the name of a body follows it: "попросили голову [ORG Волинської
// ОДА]", "рішення голови [ORG Держгеокадастру]", "очільник «[ORG
// Укравтодору]»". NER-UK tags such a title and the body apart (in the
// training documents голова right before an ORG is a JOB 41 times and
// not 6, керівник 19 and 2, директор 36 and 2, начальник 13 and 1), but
// the model leaves the title out now and then, голова above all, which
// also names a part of the body. An untagged заступник, the rank
// adjectives of jobRanks and виконуючий обов'язки before the title go
// with it (заступника голови, перший заступник директора, виконуюча
// обов'язки начальника). In cross-validation the rule puts 15 missed
// JOBs right and makes 3 errors (голову before an ORG the gold leaves
// untagged, an untagged засновником, юридичного радника cut to
// радника): JOB F1 0.685 → 0.693, micro 0.8348 → 0.8354. On our news
// texts it adds 11 titles before a body, all right (Голова НБУ,
// Командувач ВМС, очільник НБУ, голови Державного агентства …), which
// the entities then take as titles. spans[from:] are the sentence's
// spans, sorted; the result is sorted too.
func addTitleOrgs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !strings.HasPrefix(t.Tag, "noun") || !bodyTitles.has(t.Lemma) || strings.Contains(t.Tag, ":prop") ||
			covered(spans[from:], t.RStart, t.REnd) {
			continue
		}
		j := i + 1
		if j+1 < len(toks) && (toks[j].Text == "«" || toks[j].Text == "\"") {
			j++ // "очільник «Укравтодору»"
		}
		k := spanStarting(spans, from, toks[j].RStart)
		if k < 0 || spans[k].Type != "ORG" {
			continue
		}
		a := i
		if a > 0 && deputyWord(&toks[a-1]) && !covered(spans[from:], toks[a-1].RStart, toks[a-1].REnd) {
			a-- // "заступника голови"
		}
		for a > 0 && rankAdjective(&toks[a-1], &toks[a]) && !covered(spans[from:], toks[a-1].RStart, toks[a-1].REnd) {
			a--
		}
		if a == i && rankedOnly.has(t.Lemma) {
			continue
		}
		if a >= 2 && actingWords(toks[a-2].Text, toks[a-1].Text) && !covered(spans[from:], toks[a-2].RStart, toks[a-1].REnd) {
			a -= 2 // "виконуючою обов'язки голови"
		}
		spans = insertSpan(spans, from, vistka.Span{Start: toks[a].RStart, End: t.REnd, Type: "JOB", Text: joinTokens(toks[a : i+1])})
	}
	return spans
}

// actingWords reports whether w1 w2 are виконуючий обов'язки, the
// words for one who acts in a post, in any form.
func actingWords(w1, w2 string) bool {
	w2 = strings.ReplaceAll(scan.ToLower(w2), "’", "'")
	return w2 == "обов'язки" && strings.HasPrefix(scan.ToLower(w1), "виконуюч")
}

// deputyWord reports whether t is заступник or заступниця.
func deputyWord(t *vistka.Token) bool {
	l := scan.ToLower(t.Lemma)
	return strings.HasPrefix(t.Tag, "noun") && (l == "заступник" || l == "заступниця")
}

// bodyTitles are the lemmas of titles that name the head or a member of
// a body named after them.
var bodyTitles = lowerSetOf(map[string]bool{
	"голова": true, "очільник": true, "очільниця": true, "керівник": true, "керівниця": true,
	"директор": true, "директорка": true, "начальник": true, "начальниця": true,
	"заступник": true, "заступниця": true, "засновник": true, "засновниця": true,
	"співзасновник": true, "співзасновниця": true, "депутат": true, "депутатка": true,
	"прокурор": true, "прокурорка": true, "радник": true, "радниця": true, "ректор": true, "ректорка": true,
	"командувач": true, "командувачка": true,
	"речник": true, "речниця": true, "комісар": true, "комісарка": true,
	"представник": true, "представниця": true, // only after a rank: rankedOnly
})

// rankedOnly are the titles of bodyTitles that are titles only after a
// rank adjective (верховний представник ЄС, спеціальна представниця
// ООН): NER-UK leaves "представники поліції" untagged (8 times in the
// training documents, where the rule without this check made 9 errors).
var rankedOnly = lowerSetOf(map[string]bool{"представник": true, "представниця": true})
