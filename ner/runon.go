package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// runOns turns on cutRunOns; a variable for experiments. It is off: the
// rule changes no span of cross-validation (the model makes no such error
// in the training documents' prose), so it cannot show a gain there,
// though it mends the news text it was written for (Осло, Покровська).
var runOns = true

// cutRunOns ends a PERS, LOC or ORG span where a place's name inside it
// is followed by a word of the next phrase: a lower-case adjective of
// another case, gender or number ("[ORG Осло український міністр] провів
// переговори", "Поблизу [LOC Покровська українські] військові відбили")
// or a capitalised common noun in the nominative after the name in
// another case ("у районі [LOC Покровська Сили] оборони відбили"). In a
// Ukrainian name an adjective stands before its noun (Київська область)
// or agrees with a noun after it in a genitive phrase (Міністерство
// закордонних справ); one that does not agree with the place's name
// before it begins the next phrase, here the subject after a fronted
// place. The place's name must be known as one (placeWord), and an
// adjective agreeing with it is left alone (Золочівське міське
// житлово-комунальне підприємство is a name). What is left of an ORG
// span cut so, if it is one word the gazetteer knows as a place only,
// becomes a LOC (Осло). spans[from:] are the sentence's spans, sorted.
func cutRunOns(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c := runOnCut(toks[a:b])
		if c == 0 {
			continue
		}
		c += a
		sp.End, sp.Text = toks[c-1].REnd, joinTokens(toks[a:c])
		if c == a+1 && sp.Type == "ORG" {
			if g := gazetteer.Lookup(toks[a].Lemma); g&gazetteer.Location != 0 && g&(gazetteer.Person|gazetteer.OtherName) == 0 {
				sp.Type = "LOC"
			}
		}
		if c+2 == b && placeWord(&toks[c+1]) && strings.HasPrefix(toks[c].Tag, "noun") && startsLower(toks[c].Text) {
			// "Міністерстві закордонних справ Росії вимоги Києва": the
			// place that ends the next phrase is a name of its own
			spans = slices.Insert(spans, k+1, vistka.Span{Start: toks[c+1].RStart, End: toks[c+1].REnd, Type: "LOC", Text: toks[c+1].Text})
			k++
		}
	}
	return spans
}

// runOnCut returns the index in ts of a lower-case adjective right after a
// place's name that it does not agree with, of a capitalised common noun
// in the nominative after one in another case, or of a lower-case common
// noun between two places' names; or 0.
func runOnCut(ts []vistka.Token) int {
	for j := 1; j < len(ts); j++ {
		// The word after first: placeWord asks the gazetteer.
		p, t := &ts[j-1], &ts[j]
		adj := strings.HasPrefix(t.Tag, "adj") && !strings.Contains(t.Tag, "&pron") && startsLower(t.Text)
		// Покровська Сили оборони: a capitalised common noun in the
		// nominative after a place's name in another case.
		noun := strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":prop") && startsUpper(t.Text) && vtag.Case(t.Tag) == "v_naz"
		// Росії вимоги Києва: a lower-case common noun between two
		// places' names begins a phrase of its own (no name runs on from
		// one place to another through a common noun).
		lower := strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, "pron") && startsLower(t.Text)
		if !adj && !noun && !lower || !placeWord(p) {
			continue
		}
		if adj && (vtag.Case(p.Tag) != vtag.Case(t.Tag) || vtag.Gender(p.Tag) != vtag.Gender(t.Tag)) {
			return j
		}
		if noun && vtag.Case(p.Tag) != "v_naz" {
			return j
		}
		if lower && j+1 < len(ts) && placeWord(&ts[j+1]) {
			return j
		}
	}
	return 0
}

// weekdayTails turns on cutWeekdayTails; a variable for experiments.
var weekdayTails = true

// cutWeekdayTails ends a PERS, LOC or ORG span before a preposition and a
// day of the week the tagger ran it on into: "повідомили в [ORG
// Міністерстві енергетики в середу]" is the ministry, and when it said
// so. No name ends in a day after в, у or на (NER-UK tags none so), nor
// in a time placed by минулий, наступний or цей in the genitive (минулої
// п'ятниці, наступного тижня).
// spans[from:] are the sentence's spans, sorted.
func cutWeekdayTails(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		for j := a + 1; j+1 < b; j++ {
			if w := toks[j].Text; (w == "в" || w == "у" || w == "на") && weekdays[toks[j+1].Lemma] && vtag.Case(toks[j+1].Tag) == "v_zna" && startsLower(toks[j+1].Text) {
				sp.End, sp.Text = toks[j-1].REnd, joinTokens(toks[a:j])
				break
			}
			if relativeTime(&toks[j], &toks[j+1]) {
				// a time in the genitive, no preposition: "на сесії
				// [Гощанської селищної ради минулої п'ятниці]",
				// "зустрітися з мешканцями [Піщаного наступного тижня]"
				sp.End, sp.Text = toks[j-1].REnd, joinTokens(toks[a:j])
				break
			}
		}
	}
	return spans
}

// relativeTime reports whether t and u are a time in the genitive placed
// relative to now (минулої п'ятниці, наступного тижня, цього року). Only
// the genitive: in another case the words may be a phrase inside a name
// ("фонд «Надія на наступний рік»").
func relativeTime(t, u *vistka.Token) bool {
	return relativeTimes[t.Lemma] && startsLower(t.Text) && (weekdays[u.Lemma] || timeSpans[u.Lemma]) &&
		vtag.Case(t.Tag) == "v_rod" && vtag.Case(u.Tag) == "v_rod"
}

// relativeTimes are the lemmas of the adjectives that place a time
// relative to now (минулої п'ятниці, наступного тижня), which no name
// has in lower case.
var relativeTimes = map[string]bool{"минулий": true, "наступний": true, "позаминулий": true, "цей": true}

// timeSpans are the lemmas of the spans of time, besides the days of
// the week, that such an adjective places.
var timeSpans = map[string]bool{"тиждень": true, "місяць": true, "рік": true, "день": true, "ніч": true, "ранок": true, "вечір": true}

// weekdays are the lemmas of the days of the week.
var weekdays = map[string]bool{
	"понеділок": true, "вівторок": true, "середа": true, "четвер": true, "п'ятниця": true, "субота": true, "неділя": true,
}
