package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// officeNames turns on tagOfficeNames; a variable for experiments.
var officeNames = true

// officeNamesNeed gates tagOfficeNames: it starts at a capitalised
// token of the lemma офіс.
const officeNamesNeed = sbOffice

// tagOfficeNames makes one ORG of Офіс and the office-holder's title in
// the genitive after it: "В Офісі генерального прокурора", "Офіс
// генпрокурора", "Офісу омбудсмана". The model, seeing the title, may read
// it as a JOB and the capitalised Офісі as a place, or leave Офіс out;
// NER-UK tags the whole as an ORG (Офіс генерального прокурора 8 times).
// An ORG already there stays, but for one of Офіс alone. spans[from:] are the sentence's spans,
// sorted.
func tagOfficeNames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Lemma != "офіс" || !startsUpper(t.Text) || !strings.HasPrefix(t.Tag, "noun") {
			continue
		}
		j := i + 1
		if strings.HasPrefix(toks[j].Tag, "adj") && strings.Contains(toks[j].Tag, "v_rod") && j+1 < len(toks) {
			j++ // генерального
		}
		h := &toks[j]
		if !strings.HasPrefix(h.Tag, "noun:anim") || !strings.Contains(h.Tag, "v_rod") || !officeHolders[scan.ToLower(h.Lemma)] {
			continue
		}
		// (an ORG of Офісу alone grows: "За даними [ORG Офісу] [JOB
		// генерального прокурора]")
		if k := slices.IndexFunc(spans[from:], func(s vistka.Span) bool { return s.Start == t.RStart && s.End == t.REnd }); k >= 0 {
			spans = slices.Delete(spans, from+k, from+k+1)
		}
		spans = insertName(toks, spans, from, i, j+1)
		i = j
	}
	return spans
}

// officeHolders are the titles whose office is named Офіс X.
var officeHolders = map[string]bool{"прокурор": true, "генпрокурор": true, "президент": true, "омбудсман": true, "омбудсмен": true}
