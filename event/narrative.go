package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// narrativeWords is the least length, in words, at which a text's lack of
// figures and organisations tells its genre: a short note may lack both.
const narrativeWords = 300

// narrative reports whether the document reads as a story, a memoir or a
// meditation rather than a report: at least narrativeWords words, with
// fewer than one figure (a number, a date, a code) and fewer than one
// organisation per 200 words, and fewer than three places per 200 words
// (organisations and places as the NER layer finds them). A report names
// its bodies and counts its days, sums and people (news of any length
// has one or the other every 20 to 80 words), and a feature that has
// neither still walks its villages and towns ("Село Голошинці належить
// до …", "львів'яни", "у Харківській області"); a novel, a fable or an
// essay on faith has almost none of the three, and what its people do to
// one another ("Славік допоміг із валізами", "Доля погодилася",
// "Устимко дякував") is no event of the world. Such a text gives no
// events.
func narrative(a *vistka.Analysis) bool {
	words, figures := 0, 0
	for s := range a.Sentences {
		for _, t := range a.Sentences[s].Tokens {
			switch t.Kind {
			case vistka.Word:
				words++
			case vistka.Number, vistka.Code:
				figures++
			}
		}
	}
	if words < narrativeWords || figures*200 >= words {
		return false
	}
	orgs, places := 0, 0
	for _, sp := range a.Spans {
		switch sp.Type {
		case "ORG":
			orgs++
		case "LOC":
			places++
		}
	}
	return orgs*200 < words && places*200 < words*3
}

// procedure reports whether e is told as a rule's procedure: its trigger
// an imperfective verb in the present, after a condition that opens the
// sentence (у разі and its noun, or якщо and its clause up to a
// comma): "У разі прийняття радою рішення про об'єднання міський голова
// звертається до адміністрації", "Якщо громада не згодна, рада
// звертається до суду". A law or a statute sets
// out what is done whenever the case arises; nothing is told done. A
// condition with a past or a future main verb ("Якщо цього не зроблять,
// працівники проведуть страйк", "У разі незгоди він погрожував") is
// left alone.
func procedure(a *vistka.Analysis, e vistka.Event) bool {
	toks, from, _, ok := triggerTokens(a, e)
	if !ok || from >= len(toks) || len(toks) < 3 {
		return false
	}
	t := toks[from].Tag
	if !strings.HasPrefix(t, "verb") || !strings.Contains(t, ":imperf") || !strings.Contains(t, ":pres") {
		return false
	}
	switch first := scan.ToLower(toks[0].Text); {
	case (first == "у" || first == "в") && scan.ToLower(toks[1].Text) == "разі":
		return true // (a noun's condition needs no comma to close it)
	case first == "якщо":
		for j := 1; j < from; j++ {
			if toks[j].Text == "," {
				return true
			}
		}
	}
	return false
}
