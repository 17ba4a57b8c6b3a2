package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// degrees turns on addDegrees; a variable for experiments.
var degrees = true

// addDegrees makes a scholarly degree one JOB span: кандидат or доктор
// (докторка, канд., д-р) with the field after it and наук, the field in
// genitive adjectives or their clipped forms ("[JOB кандидата
// філологічних наук]", "[JOB канд . істор . наук]"). NER-UK tags the
// degree as a post (11 times in the training documents, in one document
// 4 left untagged), while the model takes the noun alone or nothing.
// Spans inside the degree go into it. In cross-validation the rule puts
// 10 missed JOBs right and makes no error. spans[from:] are the sentence's spans, sorted; the result is
// sorted too.
func addDegrees(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for e := 2; e < len(toks); e++ {
		if toks[e].Text != "наук" {
			continue
		}
		a := e - 1
		for a > 0 && degreeField(toks, a) {
			a--
		}
		if a == e-1 || !degreeNoun(&toks[a]) {
			continue
		}
		start, end := toks[a].RStart, toks[e].REnd
		// the spans that overlap the degree must lie inside it
		k := from
		for k < len(spans) && spans[k].End <= start {
			k++
		}
		j := k
		for j < len(spans) && spans[j].Start < end {
			if spans[j].Start < start || spans[j].End > end {
				break
			}
			j++
		}
		if j < len(spans) && spans[j].Start < end {
			continue
		}
		sp := vistka.Span{Start: start, End: end, Type: "JOB", Text: joinTokens(toks[a : e+1])}
		spans = slices.Replace(spans, k, j, sp)
	}
	return spans
}

// degreeField reports whether toks[i] belongs to the field of a degree:
// a lower-case genitive plural adjective (філологічних) or a clipped one
// (істор, with its full stop).
func degreeField(toks []vistka.Token, i int) bool {
	t := &toks[i]
	if t.Text == "." {
		return i > 0 && startsLower(toks[i-1].Text) && !strings.Contains(toks[i-1].Text, ".")
	}
	if !startsLower(t.Text) {
		return false
	}
	if strings.HasPrefix(t.Tag, "adj") && strings.Contains(t.Tag, ":p:v_rod") {
		return true
	}
	// a clipped adjective: істор . or філол.
	return i+1 < len(toks) && (toks[i+1].Text == "." || strings.HasSuffix(t.Text, ".")) && !degreeNoun(t)
}

// degreeNoun reports the noun of a scholarly degree.
func degreeNoun(t *vistka.Token) bool {
	switch scan.ToLower(strings.TrimSuffix(t.Text, ".")) {
	case "канд", "д-р":
		return true
	}
	l := scan.ToLower(t.Lemma)
	return strings.HasPrefix(t.Tag, "noun") && (l == "кандидат" || l == "доктор" || l == "докторка")
}
