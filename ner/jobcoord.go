package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// coordJobs turns on addCoordinatedJobs; a variable for experiments.
var coordJobs = true

// addCoordinatedJobs tags as a JOB a lower-case animate common noun that
// no span covers when it is joined by a comma, та, і, й or або to a JOB
// span, in the same case as the span's title: "журналіста , письменника ,
// [JOB публіциста]", "[JOB лікар] , рок-співак , архітектор". The
// model reads the title it knows and leaves the rarer ones beside it; a
// list of occupations names each. Nouns for kin, owners and people at
// large (син, дружина, власник, людина, мешканець) are no titles.
// Lower-case rank adjectives before a noun left of the span go with it
// (старша медсестра і лікар). A list of plural nouns names
// groups (художниками та музикантами, кібердисидентами та бюрократами)
// more often than posts, and is left alone. In cross-validation the rule
// puts 9 missed JOBs right and makes none: JOB F1 0.685 → 0.691, micro
// 0.8348 → 0.8353; it changes no span of our news texts. spans[from:]
// are the sentence's spans, sorted; the result is sorted too.
func addCoordinatedJobs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		if spans[k].Type != "JOB" {
			continue
		}
		a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		h := a // the title: the span's first noun
		for h < b && !strings.HasPrefix(toks[h].Tag, "noun") {
			h++
		}
		if h == b || vtag.Gender(toks[h].Tag) == 'p' {
			continue // a list of plural nouns names groups more often than posts
		}
		c := vtag.Case(toks[h].Tag)
		// to the right: ", письменника"
		if b+1 < len(toks) && coordWord(toks[b].Text) {
			if j := b + 1; coordTitle(&toks[j], c) && !covered(spans[from:], toks[j].RStart, toks[j].REnd) {
				spans = insertSpan(spans, from, vistka.Span{Start: toks[j].RStart, End: toks[j].REnd, Type: "JOB", Text: toks[j].Text})
			}
		}
		// to the left: "журналіста ,"
		if a >= 2 && coordWord(toks[a-1].Text) {
			j := a - 2
			if coordTitle(&toks[j], c) && !covered(spans[from:], toks[j].RStart, toks[j].REnd) {
				i := j
				for i > 0 && rankAdjective(&toks[i-1], &toks[j]) && !covered(spans[from:], toks[i-1].RStart, toks[i-1].REnd) {
					i--
				}
				spans = insertSpan(spans, from, vistka.Span{Start: toks[i].RStart, End: toks[j].REnd, Type: "JOB", Text: joinTokens(toks[i : j+1])})
				k = from - 1 // the new span may join one further left
			}
		}
	}
	return spans
}

// coordWord reports a word or mark that joins the items of a list.
func coordWord(w string) bool {
	switch w {
	case ",", "та", "і", "й", "або":
		return true
	}
	return false
}

// coordTitle reports whether t may be a title listed beside another in
// case c: a lower-case animate common noun in the singular in that case,
// no kin, no owner and no word for people at large.
func coordTitle(t *vistka.Token, c string) bool {
	return jobNoun(t) && vtag.Case(t.Tag) == c && vtag.Gender(t.Tag) != 'p' && !strings.Contains(t.Tag, "pron") && startsLower(t.Lemma) &&
		!plainPersons[scan.ToLower(t.Lemma)]
}

// plainPersons are the lemmas of nouns for kin and for people at large,
// which name no post.
var plainPersons = map[string]bool{
	"людина": true, "особа": true, "син": true, "донька": true, "дочка": true, "дружина": true, "чоловік": true,
	"жінка": true, "брат": true, "сестра": true, "батько": true, "мати": true, "дитина": true, "друг": true,
	"подруга": true, "родич": true, "родичка": true, "житель": true, "жителька": true, "мешканець": true,
	"мешканка": true, "громадянин": true, "громадянка": true, "пан": true, "пані": true, "онук": true,
	"онука": true, "дід": true, "баба": true, "бабуся": true, "дідусь": true, "тесть": true, "зять": true,
	"кум": true, "сусід": true, "сусідка": true, "хлопець": true, "дівчина": true, "юнак": true,
	"студент": true, "учень": true, "школяр": true, "пенсіонер": true, "ветеран": true, "волонтер": true,
	"активіст": true, "власник": true, "власниця": true, "співвласник": true, "співвласниця": true,
	"бенефіціар": true, "бенефіціарка": true, "підписант": true, "інвестор": true, "мільйонер": true,
	"мільярдер": true, "олігарх": true,
}
