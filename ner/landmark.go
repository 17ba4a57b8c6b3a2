package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// namedLandmarks turns on joinNamedLandmarks; a variable for experiments.
var namedLandmarks = true

// joinNamedLandmarks joins a person's name to the word for a building or a
// place before it that is named after the person: "у [PERS Герхта]" after
// "парку" becomes LOC "парку Герхта", likewise "мості Патона", "церкві
// святого Миколая", "площа генерала Григоренка", and ORG "університету
// святого Володимира", "монастирем святого Онуфрія". The name alone is not
// the place: NER-UK tags the word and the name as one span (парк, сквер,
// міст, церква, костел, театр: 11 times in the training documents, the
// name alone twice; університет, монастир, музей, лікарня: 8 times as one
// ORG, never the name alone). A title between them (святого, генерала,
// ім.) goes with them. A monument (пам'ятник Шевченкові) keeps the
// person's name: it names a person, not a place. The model tags the name
// alone, as a PERS or, after a preposition, a LOC; a LOC is taken only
// when the tagger reads a word of it as a person's name (not "аеропортам
// Донецька"). The name must be in the genitive, as the name a place is
// named after is: "Директорка музею Федора Ткаченко розповіла" names the
// director. A mountain or an island is left out: named after a place or
// itself (гори Бужора, горі Монблан), it is tagged without the word. The
// rule puts 10 errors of cross-validation right and makes none.
// spans[from:] are the sentence's spans, sorted.
func joinNamedLandmarks(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a == 0 || sp.Type != "PERS" && (sp.Type != "LOC" || !slices.ContainsFunc(toks[a:b], personToken)) {
			continue
		}
		named := imeniAt(toks, a) >= 0
		if c := slices.IndexFunc(toks[a:b], notGenitive); c >= 0 { // named after: in the genitive
			if c == 0 || !named || !ownName(toks[a+c:b]) || sp.Type != "PERS" {
				continue
			}
			// "імені [Крупської] [Олена Петренко]": the director after the school's name
			rest := vistka.Span{Start: toks[a+c].RStart, End: sp.End, Type: "PERS", Text: joinTokens(toks[a+c : b])}
			b = a + c
			sp.End, sp.Text = toks[b-1].REnd, joinTokens(toks[a:b])
			spans = slices.Insert(spans, k+1, rest)
			sp = &spans[k]
		}
		if k > from && named && joinNamedBody(toks, spans, k) {
			spans = slices.Delete(spans, k, k+1)
			k--
			continue
		}
		w := a - 1
		if b > a+1 && (toks[a].Text == "імені" || toks[a].Lemma == "ім.") {
			named = true // "стадіоні [LOC ім. Гагаріна]": the title inside the name's span
		} else if namedTitle(toks[w].Text) && w > 0 {
			w--
		}
		if w > 0 && toks[w].Text == "." && namedTitle(toks[w-1].Text+".") && w > 1 {
			w -= 2
		}
		typ, ok := landmarkKinds[scan.ToLower(toks[w].Lemma)]
		if !ok || !strings.HasPrefix(toks[w].Tag, "noun") {
			continue
		}
		if namedOnly[scan.ToLower(toks[w].Lemma)] && !named {
			continue // "школи Шевченка" may be his school; "школи імені Шевченка" is named
		}
		if k > from && spans[k-1].End > toks[w].RStart {
			continue
		}
		if typ == "ORG" && named {
			w = agreeingAdjectives(toks, spans[from:k], w)
		}
		sp.Start, sp.Type, sp.Text = toks[w].RStart, typ, joinTokens(toks[w:b])
	}
	return spans
}

// notGenitive reports whether t has a case and it is not the genitive,
// nor can be: an indeclinable word (Кеннеді) may be any case.
func notGenitive(t vistka.Token) bool {
	c := vtag.Case(t.Tag)
	return c != "" && c != "v_rod" && !strings.Contains(t.Tag, ":nv")
}

// personToken reports whether the tagger reads t as a person's name.
func personToken(t vistka.Token) bool {
	return strings.Contains(t.Tag, "name") || strings.Contains(t.Tag, ":patr")
}

// namedTitle reports whether w is a title that stands between a place's
// word and the person it is named after (святого Миколая, ім. Шевченка).
func namedTitle(w string) bool {
	switch scan.ToLower(w) {
	case "святого", "святої", "св.", "генерала", "академіка", "ім.", "імені", "гетьмана", "князя", "митрополита":
		return true
	}
	return false
}

// landmarkKinds are the lemmas of words for places and institutions named
// after people, with the type of the whole.
var landmarkKinds = map[string]string{
	"парк": "LOC", "сквер": "LOC", "міст": "LOC", "церква": "LOC", "костел": "LOC", "собор": "LOC",
	"театр": "LOC", "аеропорт": "LOC",
	"університет": "ORG", "монастир": "ORG", "музей": "ORG", "лікарня": "ORG", "академія": "ORG",
	"стадіон": "LOC", "училище": "ORG", "школа": "ORG", "школа-інтернат": "ORG", "ліцей": "ORG", "гімназія": "ORG",
	"коледж": "ORG", "інститут": "ORG", "бібліотека": "ORG", "бригада": "ORG", "полк": "ORG",
}

// namedOnly are the landmarkKinds joined to a person's name only with
// імені or ім. between them: a school or a brigade with a bare name in
// the genitive may be the person's own (бригади Петренка, led by him).
var namedOnly = map[string]bool{
	"стадіон": true, "училище": true, "школа": true, "школа-інтернат": true, "ліцей": true, "гімназія": true,
	"коледж": true, "інститут": true, "бібліотека": true, "бригада": true, "полк": true,
}

// agreeingAdjectives returns the index of the first of the lower-case
// adjectives right before toks[w] that agree with it in case, which name
// the institution with it ("у вищому професійному училищі імені Андрія
// Чепіги", "загальноосвітня школа імені …"); w if there are none. spans
// are the spans before the name's; an adjective under one stops the walk.
func agreeingAdjectives(toks []vistka.Token, spans []vistka.Span, w int) int {
	c := vtag.Case(toks[w].Tag)
	for w > 0 {
		t := &toks[w-1]
		if !strings.HasPrefix(t.Tag, "adj") || !startsLower(t.Text) || vtag.Case(t.Tag) != c || c == "" ||
			strings.Contains(t.Tag, ":pron") || covered(spans, t.RStart, t.REnd) {
			break
		}
		w--
	}
	if w > 0 && toks[w-1].Kind == vistka.Number && strings.Contains(toks[w-1].Text, "-") && !covered(spans, toks[w-1].RStart, toks[w-1].REnd) {
		w-- // an ordinal: "155-ї окремої механізованої бригади"
	}
	return w
}

// joinNamedBody widens the ORG right before "імені" or "ім." over the
// person's name in spans[k] after it: "[ORG 155-ї окремої механізованої
// бригади] імені [PERS Анни Київської]", "[ORG Київського університету]
// імені [PERS Тараса Шевченка]" are one body, named after the person.
// The caller drops spans[k] when it reports true.
func joinNamedBody(toks []vistka.Token, spans []vistka.Span, k int) bool {
	prev := &spans[k-1]
	a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
	t := imeniAt(toks, a)
	if prev.Type != "ORG" || t < 1 || prev.End != toks[t-1].REnd {
		return false
	}
	p, _ := vistka.TokensIn(toks, prev.Start, prev.End)
	prev.End, prev.Text = spans[k].End, joinTokens(toks[p:b])
	return true
}

// ownName reports whether ts, after the genitive name an
// institution is named after, are a person's name of their own: every
// word capitalised and read as a name.
func ownName(ts []vistka.Token) bool {
	for _, t := range ts {
		if t.Kind != vistka.Word || !startsUpper(t.Text) || !personToken(t) {
			return false
		}
	}
	return len(ts) > 0
}

// imeniAt returns the index of імені or ім. right before toks[a]
// ("ім ." may be two tokens), or -1.
func imeniAt(toks []vistka.Token, a int) int {
	switch {
	case a > 0 && (toks[a-1].Text == "імені" || toks[a-1].Text == "ім."):
		return a - 1
	case a > 1 && toks[a-1].Text == "." && toks[a-2].Text == "ім":
		return a - 2
	}
	return -1
}
