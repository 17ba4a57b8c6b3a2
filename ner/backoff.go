package ner

import (
	"sort"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// addGeoNames adds a LOC span for a capitalised proper noun the
// morphology marks as a place (prop:geo), or a country's name the
// gazetteer knows read as a common noun, that decoding left outside every
// span of sentence s, such as a country opening a one-line text
// ("Норвегія виділила …"), where the tagger has no context to lean on.
// spans[from:] are the sentence's spans, sorted; the result stays sorted.
func addGeoNames(s *vistka.Sentence, spans []vistka.Span, from int) []vistka.Span {
	extendCountries(s, spans, from)
	var add []vistka.Span
	if sp, ok := initialAcronym(s, spans[from:]); ok {
		add = append(add, sp)
	} else if sp, ok := initialBody(s, spans[from:]); ok {
		add = append(add, sp)
	}
	for i := 0; i < len(s.Tokens); i++ {
		t := &s.Tokens[i]
		// The cheap tests first: a word inside a span needs no gazetteer
		// lookup, which geoNoun may make (all three tests are pure, so
		// their order changes nothing but the work).
		if !startsUpper(t.Text) || !strings.HasPrefix(t.Tag, "noun") || covered(spans[from:], t.RStart, t.REnd) || !geoNoun(t) {
			continue
		}
		// The word after may not start a name the tagger found
		// (Нова Каховка is one span or none).
		if i > 0 && strings.HasPrefix(s.Tokens[i-1].Tag, "adj") && startsUpper(s.Tokens[i-1].Text) {
			continue
		}
		add = append(add, vistka.Span{Start: t.RStart, End: t.REnd, Type: "LOC", Text: t.Text})
	}
	if len(add) == 0 {
		return spans
	}
	spans = append(spans, add...)
	tail := spans[from:]
	sort.SliceStable(tail, func(a, b int) bool { return tail[a].Start < tail[b].Start })
	return spans
}

func geoNoun(t *vistka.Token) bool {
	if !startsUpper(t.Text) || !isWordText(t.Text) || !strings.HasPrefix(t.Tag, "noun") {
		return false
	}
	if strings.Contains(t.Tag, ":prop") && strings.Contains(t.Tag, ":geo") {
		return true
	}
	// A country's name the tagger read as a common noun, as it may at
	// the start of a sentence (Литва закрила … : литва, the people).
	c := gazetteer.Lookup(t.Text)
	return c&gazetteer.Country != 0 && c&gazetteer.Person == 0
}

func covered(spans []vistka.Span, start, end int) bool {
	for i := range spans {
		if spans[i].Start < end && start < spans[i].End {
			return true
		}
	}
	return false
}

// extendCountries widens a span by the capitalised word before it when
// the two words are a country's name (Велика Британія, Південна Корея),
// which the tagger may split at the start of a sentence, and makes it a
// LOC: the rest of the name may have been read there as a person or a
// body (PERS Штати). spans[from:] are the sentence's spans.
func extendCountries(s *vistka.Sentence, spans []vistka.Span, from int) {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type == "DATE" || sp.Type == "JOB" {
			continue
		}
		i, _ := vistka.TokensIn(s.Tokens, sp.Start, sp.End)
		if i <= 0 || i >= len(s.Tokens) {
			continue
		}
		prev := &s.Tokens[i-1]
		if !startsUpper(prev.Text) || prev.REnd+1 != sp.Start || k > from && spans[k-1].End > prev.RStart {
			continue
		}
		if gazetteer.Lookup(prev.Text+" "+sp.Text)&gazetteer.Country == 0 {
			continue
		}
		sp.Text = prev.Text + " " + sp.Text
		sp.Start = prev.RStart
		sp.Type = "LOC" // "Сполучені Штати наклали": PERS Штати
	}
}

// initialAcronym returns a span for an acronym that opens a sentence as
// the subject of the verb after it ("ЄС запровадив санкції"), which the
// tagger, wary of capitals at a sentence's start, may leave out: LOC when
// the gazetteer knows it as a place (США), else ORG.
func initialAcronym(s *vistka.Sentence, spans []vistka.Span) (vistka.Span, bool) {
	if len(s.Tokens) < 2 {
		return vistka.Span{}, false
	}
	t, next := &s.Tokens[0], &s.Tokens[1]
	if covered(spans, t.RStart, t.REnd) || !isWordText(t.Text) {
		return vistka.Span{}, false
	}
	// (a state body joined to a name before the verb: "Мінфін і НБУ
	// погодили")
	joined := (next.Text == "і" || next.Text == "та") && len(s.Tokens) > 3 && startsUpper(s.Tokens[2].Text)
	v := verbPast(s.Tokens, 1)
	if !strings.HasPrefix(s.Tokens[v].Tag, "verb") && !(joined && (stateBodyWord(t.Text) || clippedBodies.has(t.Text) || stateBody(t))) {
		return vistka.Span{}, false
	}
	// (past an adverb, a declined name must be the subject:
	// "Держпідприємством тоді керував" is no body's act)
	if (stateBody(t) || bodyName(t) || stateBodyWord(t.Text) || clippedBodies.has(t.Text)) && (v == 1 || strings.Contains(t.Tag, "v_naz")) {
		// "Держфініспекція провела перевірку": a state body's short name;
		// "Єврокомісія висловила підтримку": a body the lexicon lists
		return vistka.Span{Start: t.RStart, End: t.REnd, Type: "ORG", Text: t.Text}, true
	}
	// (a state's acronym the lexicon lists as a place, not as an
	// abbreviation: КНДР noun:inanim:f:v_naz:nv:geo)
	n := scan.RuneCount(t.Text)
	geo := strings.Contains(t.Tag, ":nv") && strings.Contains(t.Tag, ":geo")
	// (an acronym the lexicon does not list, read as a common word in
	// capitals: ВАКС as вакса; in a sentence not printed in capitals a
	// word of three letters or more in capitals is an acronym)
	common := n >= 3 && strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":prop") && !scan.IsUpper(firstRune(t.Lemma))
	if n < 2 || n > 6 || !strings.Contains(t.Tag, "abbr") && !geo && !common || !upperText(t.Text) {
		return vistka.Span{}, false
	}
	typ := "ORG"
	if geo || gazetteer.Lookup(t.Text)&gazetteer.Location != 0 {
		typ = "LOC"
	}
	return vistka.Span{Start: t.RStart, End: t.REnd, Type: typ, Text: t.Text}, true
}

// initialBody returns an ORG span for a body's name of capitalised
// adjectives and a noun for a kind of body that opens a sentence as the
// subject of the verb after it (Світовий банк надав, Державна дума
// ухвалила, Господарський суд визнав), which the tagger, wary of capitals
// at a sentence's start, may leave out. NER-UK tags such names ORG (43
// of the 55 such openings of its texts, not counting компанія and фонд:
// Латвійська компанія, Статутний фонд); a fund is one only with two
// adjectives (Міжнародний валютний фонд); an adjective of number or of
// pointing (Друга, Таке) opens no name, nor does a place's adjective or a
// participle alone (Російський суд, Уповноважений банк).
func initialBody(s *vistka.Sentence, spans []vistka.Span) (vistka.Span, bool) {
	toks := s.Tokens
	i := 0
	for i < len(toks) && toks[i].Kind != vistka.Word {
		i++
	}
	a := i
	for i < len(toks) && strings.HasPrefix(toks[i].Tag, "adj") && !strings.Contains(toks[i].Tag, "pron") && !strings.Contains(toks[i].Tag, "numr") &&
		strings.Contains(toks[i].Tag, "v_naz") && (i == a && startsUpper(toks[i].Text) || i > a && startsLower(toks[i].Text)) {
		i++
	}
	if i == a || i+1 >= len(toks) || !strings.HasPrefix(toks[i].Tag, "noun") || !strings.Contains(toks[i].Tag, "v_naz") || !startsLower(toks[i].Text) {
		return vistka.Span{}, false
	}
	head := scan.ToLower(toks[i].Lemma)
	// the field a body is named for, lower-case nouns in the genitive
	// (Всесвітня організація охорони здоров'я, Міжнародна організація
	// праці, Державна служба статистики): an organisation is a name
	// only with one
	e := i
	for e+1 < len(toks) && e < i+3 && fieldNoun(&toks[e+1]) {
		e++
	}
	if !initialBodies[head] && !(head == "фонд" && i-a >= 2) && !(head == "організація" && e > i) {
		return vistka.Span{}, false
	}
	if e > i && e+1 < len(toks) && finiteVerb(&toks[verbPast(toks, e+1)]) {
		i = e
	}
	if i-a == 1 && (gazetteer.Lookup(scan.ToLower(toks[a].Lemma))&gazetteer.GeoAdj != 0 || strings.Contains(toks[a].Tag, "adjp")) {
		// one adjective of a place or a participle: "Російський суд
		// засудив", "Уповноважений банк зобов'язаний" name a kind
		return vistka.Span{}, false
	}
	if !finiteVerb(&toks[verbPast(toks, i+1)]) || covered(spans, toks[a].RStart, toks[i].REnd) {
		return vistka.Span{}, false
	}
	return vistka.Span{Start: toks[a].RStart, End: toks[i].REnd, Type: "ORG", Text: joinTokens(toks[a : i+1])}, true
}

// verbPast returns the index of the first token from i on that is no
// adverb or не, at most two of them passed, or i: "ЄС також запровадив",
// "суд заочно обрав", "Рада вчора не ухвалила" read as if the verb came
// right after the name.
func verbPast(toks []vistka.Token, i int) int {
	j := i
	for j < len(toks) && j < i+2 && (toks[j].Tag == "adv" || strings.HasPrefix(toks[j].Tag, "adv:") || toks[j].Text == "не") {
		j++
	}
	if j == len(toks) {
		return i
	}
	return j
}

// initialBodies are the kinds of bodies whose names initialBody reads.
var initialBodies = map[string]bool{
	"суд": true, "прокуратура": true, "рада": true, "агентство": true, "комітет": true, "служба": true, "банк": true,
	"дума": true, "альянс": true, "союз": true, "асамблея": true, "парламент": true, "сенат": true, "конгрес": true,
	"інспекція": true, "академія": true, "університет": true, "інститут": true, "трибунал": true,
}

// clippedBodies are the clipped names of state bodies the lexicon lists
// as common nouns (кабмін), which NER-UK tags ORG wherever they stand
// capitalised.
var clippedBodies = newLowerSet("кабмін", "генштаб", "генпрокуратура", "нацбанк", "укрзалізниця", "нафтогаз")

// bodyName reports a proper noun in the nominative that the lexicon
// lists as no place and no person's name: Єврокомісія, Укренерго.
func bodyName(t *vistka.Token) bool {
	tag := t.Tag
	return strings.HasPrefix(tag, "noun:inanim") && strings.Contains(tag, ":prop") && strings.Contains(tag, "v_naz") &&
		!strings.Contains(tag, ":geo") && !strings.Contains(tag, "name") && !strings.Contains(tag, ":patr") &&
		startsUpper(t.Text) && scan.RuneCount(t.Text) >= 4
}

// stateBody reports a capitalised compound that names a state body by its
// short form: Держфініспекція, Держпраці, Держгеокадастр, Нацполіція.
func stateBody(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun") || !startsUpper(t.Text) || scan.RuneCount(t.Text) < 8 {
		return false
	}
	l := scan.ToLower(t.Text)
	return strings.HasPrefix(l, "держ") || strings.HasPrefix(l, "нац") && !strings.HasPrefix(l, "націон")
}
