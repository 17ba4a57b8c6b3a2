package ner

import (
	"maps"

	"github.com/vistka/vistka"
)

// reportSources turns on addReportSources; a variable for experiments.
var reportSources = true

// addReportSources tags as an ORG a capitalised word no span covers that
// stands right after a verb a report cites its source with and ends the
// clause or goes on "з посиланням": "Про це повідомляє Суспільне з
// посиланням на…", "пише НВ.", "пише ЛІГА.net". Such a word is a
// newsroom's name, which the model, not knowing the word, leaves out;
// a person or a body it knows it has tagged already. A place's name the
// model tagged right after the word is the newsroom's regional branch
// and joins it (Суспільне Харків). On our news texts the rule puts 9
// spans right (Суспільне 4 times, LIGA.net 3, НВ, NV) and 2 partly
// (ZN of ZN.UA, which the splitter ends a sentence after) and breaks none;
// in NER-UK it changes nothing.
// spans[from:] are the sentence's spans, sorted; the result is sorted
// too.
func addReportSources(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Kind != vistka.Word && t.Kind != vistka.URL || !startsUpper(t.Text) {
			continue
		}
		if !reportOrRelay.has(toks[i-1].Text) || covered(spans[from:], t.RStart, t.REnd) {
			continue
		}
		end := i + 1
		// "ЛІГА.net", "ZN.UA": a domain's ending
		if end+1 < len(toks) && toks[end].Text == "." && toks[end].RStart == t.REnd && toks[end+1].RStart == toks[end].REnd &&
			toks[end+1].Kind == vistka.Word {
			end += 2
		}
		k := -1
		if end < len(toks) { // the outlet's name may end the text
			k = spanStarting(spans, from, toks[end].RStart)
		}
		if k >= 0 && spans[k].Type == "LOC" {
			_, end = vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		} else {
			k = -1
		}
		if end < len(toks) {
			if w := toks[end].Text; w != "." && w != "," && w != "з" && w != "із" {
				continue
			}
		}
		sp := vistka.Span{Start: t.RStart, End: toks[end-1].REnd, Type: "ORG", Text: joinTokens(toks[i:end])}
		if k >= 0 {
			spans[k] = sp
		} else {
			spans = insertSpan(spans, from, sp)
		}
		i = end - 1
	}
	return spans
}

// relayWords are the forms of the verbs a report passes its source's
// news on with.
var relayWords = map[string]bool{"передає": true, "передають": true, "інформує": true, "інформують": true}

// reportOrRelay holds the words of reportWords and relayWords, for
// addReportSources to test a word against both without lower-casing
// most words.
var reportOrRelay = func() lowerSet {
	m := maps.Clone(reportWords)
	maps.Copy(m, relayWords)
	return lowerSetOf(m)
}()
