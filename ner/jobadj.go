package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// jobAdjectives turns on addJobAdjectives; a variable for experiments.
var jobAdjectives = true

// addJobAdjectives widens a JOB span to the left over the adjectives
// that say which post it is: "[JOB директором]" after "фінансовим"
// becomes "фінансовим директором", likewise "головний інженер", "старша
// наукова співробітниця", "дільничного міліціонера", "приватною
// підприємицею", "військовий прокурор", "селищний голова". NER-UK tags
// such an adjective with the title (in the training documents головний
// 11 times inside a JOB and once before one, старший 4 and 0, міський 4
// and 0, народний 30 and 0), while an adjective that says when or how
// well the person held it stays out (колишній 0 and 26, тодішній 0 and
// 6, відомий 0 and 5, сільський 0 and 4); the model often leaves the
// first kind out. Only the adjectives of jobRanks, agreeing with the
// title in case and gender, are taken; перший only before заступник. The
// rule puts 8 errors of cross-validation right and makes none.
// spans[from:] are the sentence's spans, sorted.
func addJobAdjectives(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "JOB" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || !strings.HasPrefix(toks[a].Tag, "noun") {
			continue
		}
		c := a
		for c > 0 && rankAdjective(&toks[c-1], &toks[a]) {
			c--
		}
		if c == a || k > from && spans[k-1].End > toks[c].RStart {
			continue
		}
		sp.Start, sp.Text = toks[c].RStart, joinTokens(toks[c:b])
	}
	return spans
}

// rankAdjective reports whether t is an adjective of jobRanks agreeing
// with the title noun n.
func rankAdjective(t, n *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "adj") || !startsLower(t.Text) || vtag.Case(t.Tag) != vtag.Case(n.Tag) {
		return false
	}
	if g := vtag.Gender(t.Tag); g != 'p' && g != vtag.Gender(n.Tag) || g == 'p' && vtag.Gender(n.Tag) != 'p' {
		return false
	}
	l := scan.ToLower(t.Lemma)
	if l == "перший" {
		return scan.ToLower(n.Lemma) == "заступник"
	}
	return jobRanks[l]
}

// jobRanks are the lemmas of adjectives that belong to a title.
var jobRanks = map[string]bool{
	"головний": true, "старший": true, "молодший": true, "генеральний": true, "виконавчий": true,
	"фінансовий": true, "комерційний": true, "технічний": true, "художній": true, "науковий": true,
	"позаштатний": true, "приватний": true, "дільничний": true, "судовий": true, "військовий": true,
	"почесний": true, "спеціальний": true, "юридичний": true, "театральний": true, "міський": true,
	"селищний": true, "народний": true, "провідний": true, "штатний": true, "верховний": true,
}

// ministerFields turns on addMinisterFields; a variable for experiments.
var ministerFields = true

// addMinisterFields widens a JOB span that ends with міністр (or
// замміністра) over the field of the ministry after it, in the genitive:
// "[JOB міністра] регіонального будівництва", "заступник [JOB міністра]
// внутрішніх справ", "[JOB екс-міністра] охорони здоров'я" become one JOB
// each, and a country right after the field goes with it (міністра
// закордонних справ України), and so does an abbreviated field (міністра
// ЖКГ, будівництва та ЖКГ). The minister's title is not complete
// without the field, and NER-UK tags the two as one JOB (10 times in the
// training documents, against 2 that stop at міністра). The words taken
// are lower-case genitive nouns and adjectives, joined by та, і, й or a
// comma; the JOB ends with a noun. The rule puts 4 errors of
// cross-validation right and makes none. When the model took part of the
// field and stops before та, і or a comma (міністр розвитку громад | та
// територій), the rest is taken too; a field the model took whole is left
// as it is. That puts 2 JOBs of news1 right and widens 5 over our 744
// news texts, all right (аграрної політики та продовольства). spans[from:] are the sentence's
// spans, sorted.
func addMinisterFields(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "JOB" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || b >= len(toks) {
			continue
		}
		// the model may have taken part of the field (Міністр розвитку
		// громад | та територій): go on from its end
		h := ministerIn(toks, a, b)
		if h < 0 || h < b-1 && toks[b].Text != "та" && toks[b].Text != "і" && toks[b].Text != "й" && toks[b].Text != "," {
			continue // a field taken whole is the model's call
		}
		end := ministryFieldEnd(toks, spans, k, h+1, b)
		if end == h+1 {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start < toks[end-1].REnd {
			spans = slices.Delete(spans, k+1, k+2)
		}
		sp.End, sp.Text = toks[end-1].REnd, joinTokens(toks[a:end])
	}
	return spans
}

// ministryFieldEnd returns the end of the field of a minister or a
// ministry that starts at toks[b] and has been found up to toks[end]
// (end ≥ b): the lower-case genitive nouns and adjectives after it,
// joined by та, і, й or a comma, ending with a noun, and a country's name
// or an abbreviated field (ЖКГ) right after them. spans[k] is the span of the minister or
// the ministry; the next span stops the field.
func ministryFieldEnd(toks []vistka.Token, spans []vistka.Span, k, b, end int) int {
	for j := end; j < len(toks) && j < b+10; j++ {
		t := &toks[j]
		if k+1 < len(spans) && spans[k+1].Start < t.REnd {
			// a country after the field, an abbreviated field (міністра ЖКГ)
			if spans[k+1].End == t.REnd && (end > b && spans[k+1].Type == "LOC" && countryToken(t) || spans[k+1].Type == "ORG" && fieldAbbrev(t.Text)) {
				end = j + 1
			}
			break
		}
		genitive := vtag.Case(t.Tag) == "v_rod" && startsLower(t.Text) && !strings.Contains(t.Tag, "pron")
		if genitive && strings.HasPrefix(t.Tag, "noun") {
			end = j + 1
			continue
		}
		if genitive && strings.HasPrefix(t.Tag, "adj") {
			continue
		}
		if end > b && (t.Text == "та" || t.Text == "і" || t.Text == "й" || t.Text == ",") {
			continue
		}
		if end > b && countryToken(t) {
			end = j + 1
		}
		break
	}
	return end
}

// ministerIn returns the index of the minister's word that toks[a:b], a
// JOB, ends with, or is followed in it by lower-case genitives of a field
// only (міністр розвитку громад), or -1.
func ministerIn(toks []vistka.Token, a, b int) int {
	for h := b - 1; h >= a; h-- {
		if ministerWord(toks[h].Lemma) {
			return h
		}
		t := &toks[h]
		if vtag.Case(t.Tag) != "v_rod" || !startsLower(t.Text) || strings.Contains(t.Tag, "pron") ||
			!strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			if t.Text != "та" && t.Text != "і" && t.Text != "й" && t.Text != "," {
				return -1
			}
		}
	}
	return -1
}

// ministerWord reports whether a lemma names a minister of a field
// (міністр, замміністра, екс-міністр; not прем'єр-міністр, whose field is
// the whole government).
func ministerWord(lemma string) bool {
	l := scan.ToLower(lemma)
	return l == "міністр" || l == "замміністра" || l == "екс-міністр"
}

// fieldAbbrev reports whether w is an abbreviation that may name a
// ministry's field (ЖКГ, АПК).
func fieldAbbrev(w string) bool {
	n := scan.RuneCount(w)
	return n >= 2 && n <= 4 && upperText(w) && scan.ToLower(w) != w
}

// countryToken reports whether t is a country's name (України, Литви).
func countryToken(t *vistka.Token) bool {
	return startsUpper(t.Text) && gazetteer.Lookup(t.Lemma)&gazetteer.Country != 0
}
