package tag

import "strings"

// titleComplements reads as a noun's genitive a word the model took for
// an adverb between a common noun for a person and the genitive words
// after it, when the lexicon has the genitive too: the first word of
// what the person's title is of (координаторка напряму наземних систем,
// керівник напряму розвитку), напряму read as "directly". An adverb does
// not stand between a noun and the genitives it governs, and a title's
// noun governs them; an adverb after the noun before a verb or a
// preposition (Волонтер напряму звернувся до …) stays one.
func titleComplements(ws []word, picks []int) {
	for i := 1; i+1 < len(picks) && i+1 < len(ws); i++ {
		if !strings.HasPrefix(pickTag(ws, picks, i), "adv") {
			continue
		}
		prev, next := pickTag(ws, picks, i-1), pickTag(ws, picks, i+1)
		if !strings.HasPrefix(prev, "noun:anim") || strings.Contains(prev, ":prop") || !genitiveWord(next) {
			continue
		}
		for k := range ws[i].cands {
			if c := &ws[i].cands[k]; !c.guess && strings.HasPrefix(c.tag.str, "noun") && strings.Contains(c.tag.str, ":v_rod") {
				picks[i] = k
				break
			}
		}
	}
}

// pickTag returns the tag picked for ws[i], or "" when there is none.
func pickTag(ws []word, picks []int, i int) string {
	if i < 0 || i >= len(ws) || i >= len(picks) || picks[i] < 0 || picks[i] >= len(ws[i].cands) || ws[i].cands[picks[i]].tag == nil {
		return ""
	}
	return ws[i].cands[picks[i]].tag.str
}

// genitiveWord reports whether tag is a common noun's or an adjective's
// in the genitive.
func genitiveWord(tag string) bool {
	return (strings.HasPrefix(tag, "noun") || strings.HasPrefix(tag, "adj")) && strings.Contains(tag, ":v_rod") && !strings.Contains(tag, ":prop")
}

// guessedTitles reads as a noun for a person a word the lexicon does not
// know that the model took for an adjective right before a person's first
// name, when a guess offers the animate noun in the adjective's case and
// gender: a title with a suffix of women's titles (Старостиня Оксана …)
// the guesser also reads as an adjective of the ending -иня. A known
// adjective before a name (Свята Ольга) is no guess and stays.
func guessedTitles(ws []word, picks []int) {
	for i := 0; i+1 < len(picks) && i+1 < len(ws); i++ {
		if !ws[i].guess || !strings.HasPrefix(pickTag(ws, picks, i), "adj:") || !strings.Contains(pickTag(ws, picks, i+1), ":fname") {
			continue
		}
		adj := &ws[i].cands[picks[i]]
		for k := range ws[i].cands {
			if c := &ws[i].cands[k]; strings.HasPrefix(c.tag.str, "noun:anim:") && !strings.Contains(c.tag.str, ":prop") &&
				c.caseIdx == adj.caseIdx && c.gen == adj.gen {
				picks[i] = k
				break
			}
		}
	}
}
