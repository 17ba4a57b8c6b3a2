package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// capitalHeads turns on joinBodyHeads; a variable for experiments.
var capitalHeads = true

// joinBodyHeads makes one ORG of a capitalised common noun for a kind of
// body that no span covers and the name after it that completes it: "в
// Офісі Президента", "Посольство України в Японії", "засідання Ради
// Україна – НАТО", "Генштаб ЗСУ", "Фонду Гульбенкяна", "Радіо Свобода",
// "у засіданні Коаліції охочих", "речника Угруповання об'єднаних сил".
// Written with a capital, the head noun begins a body's name; the model,
// which knows the head mostly in lower case, tags only the name after it
// as a place, a person or another body, or, after a capitalised title's
// genitive, runs a JOB across the name into the next phrase ("Офісі
// [JOB Президента заступник керівника]"). The name after the head is a
// span that begins right after it (a JOB's capitalised words only, the
// rest staying a JOB; a place or a person in the genitive; two spans
// joined by a dash), or, when the head is not the first word of the
// sentence, up to three lower-case words in the genitive ending in a
// noun. A head that stands for the body named after it (standsFor: Уряд
// Литви) is left alone. On our news texts the rule puts 24 spans right
// (Посольство Росії 3 times, Радіо Свобода 7, Офісі Президента and the
// JOB after it…) and one is doubtful (Сили ППО); a ministry's acronym
// (МЗС, МВС) is joined only to a country's name after it (У МЗС Росії); in NER-UK it puts
// "Прокуратура Києва" right on dev (PLO F1 0.8894 → 0.8902) and makes a
// wrong boundary of cross-validation less wrong (Прокуратура Приморського
// району, the gold going on with Одеси), with no error made. spans[from:] are the
// sentence's spans, sorted; the result is sorted too.
func joinBodyHeads(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	spans = joinJobBodies(toks, spans, from)
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		// (a span's word is passed over before bodyHead asks the gazetteer)
		if !startsUpper(t.Text) || !strings.HasPrefix(t.Tag, "noun:inanim") || !bodyHead(t) || standsFor[scan.ToLower(t.Lemma)] {
			continue
		}
		if end := countryChain(toks, spans, from, i); end > i {
			if s, ok := putSpan(cutTitleHead(toks, spans, from, i), from, toks[i:end], "ORG"); ok {
				spans, i = s, end-1
				continue
			}
		}
		if covered(spans[from:], t.RStart, t.REnd) {
			continue
		}
		k := spanStarting(spans, from, toks[i+1].RStart)
		if abbr := strings.Contains(t.Tag, ":abbr"); abbr && (k < 0 || spans[k].Type != "LOC") {
			continue // a ministry's acronym completes only a country's name: "У МЗС Росії"
		}
		if k < 0 {
			if b := genitiveTail(toks, i+1); b > i+1 && !sentenceFirst(toks, i) && !covered(spans[from:], toks[i+1].RStart, toks[b-1].REnd) {
				sp := vistka.Span{Start: t.RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[i:b])}
				spans = insertSpan(spans, from, sp)
				i = b - 1
			}
			continue
		}
		sp := spans[k]
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a {
			continue
		}
		switch sp.Type {
		case "JOB":
			// "Офісі [Президента заступник керівника]": the capitalised words
			// are the body's, the rest a title.
			c := a
			for c < b && startsUpper(toks[c].Text) {
				c++
			}
			if c == a || vtag.Case(toks[a].Tag) != "v_rod" {
				continue
			}
			org := vistka.Span{Start: t.RStart, End: toks[c-1].REnd, Type: "ORG", Text: joinTokens(toks[i:c])}
			if c == b {
				spans[k] = org
				continue
			}
			spans[k].Start, spans[k].Text = toks[c].RStart, joinTokens(toks[c:b])
			spans = slices.Insert(spans, k, org)
		case "ORG", "LOC", "PERS":
			end := b
			drop := 1
			// "Ради [Україна] – [НАТО]"
			if k+1 < len(spans) && b+1 < len(toks) && dashWord(toks[b].Text) && spans[k+1].Start == toks[b+1].RStart &&
				(spans[k+1].Type == "ORG" || spans[k+1].Type == "LOC") {
				_, end = vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End)
				drop = 2
			} else if sp.Type == "ORG" && !upperWords(toks[a:b]) || sp.Type != "ORG" && !genitiveWords(toks[a:b]) && !apposed(t, toks[a:b]) {
				continue
			}
			org := vistka.Span{Start: t.RStart, End: toks[end-1].REnd, Type: "ORG", Text: joinTokens(toks[i:end])}
			spans = slices.Replace(spans, k, k+drop, org)
			i = end - 1
		}
	}
	return spans
}

// countryChain returns the end of a body's name that runs from its head
// toks[i] over lower-case genitive adjectives and nouns, joined by та, і
// or й, to a country's name in the genitive: "Спілки пасічників
// України", "Асоціація фермерів та приватних землевласників України" —
// up to eight tokens before the country, or i when there is no such
// name. The model knows the head (it tags it alone as an ORG, or not at
// all) but not the common nouns of members after it, which it may read
// as a title (пасічників); the country closes the name, so the chain is
// taken even at the start of a sentence. A span on the way is allowed
// only when it is the head's ORG or a JOB of plural genitive nouns.
func countryChain(toks []vistka.Token, spans []vistka.Span, from, i int) int {
	if h := spanStarting(spans, from, toks[i].RStart); h >= 0 && (spans[h].Type != "ORG" || spans[h].End != toks[i].REnd) ||
		h < 0 && covered(spans[from:], toks[i].RStart, toks[i].REnd) && !titleOnHead(spans, from, &toks[i]) {
		return i
	}
	for j := i + 1; j < len(toks) && j < i+9; j++ {
		t := &toks[j]
		if c := spanStarting(spans, from, t.RStart); c >= 0 && spans[c].Type == "LOC" {
			x, y := vistka.TokensIn(toks, spans[c].Start, spans[c].End)
			if x != j || y <= x || j == i+1 || coordinator(toks[j-1].Text) || !allCountries(toks[x:y]) || !genitiveWords(toks[x:y]) {
				return i
			}
			if countryListAt(toks, spans, from, y) {
				return i // "Федерації фехтування Польщі, Естонії та Литви": bodies of several countries
			}
			return y
		}
		if t.Kind != vistka.Word || !startsLower(t.Text) {
			return i
		}
		if coordinator(t.Text) {
			if j == i+1 || coordinator(toks[j-1].Text) {
				return i
			}
			continue
		}
		if vtag.Case(t.Tag) != "v_rod" || strings.Contains(t.Tag, ":pron") ||
			!strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			return i
		}
		if covered(spans[from:], t.RStart, t.REnd) && !memberJob(spans, from, t) {
			return i
		}
	}
	return i
}

// cutTitleHead ends before toks[i] a JOB that runs from a title onto
// the body's head toks[i]: "[JOB Голова Спілки] пасічників України" —
// the head begins the body's name, the title is the words before it.
func cutTitleHead(toks []vistka.Token, spans []vistka.Span, from, i int) []vistka.Span {
	for k := from; k < len(spans) && i > 0; k++ {
		if sp := &spans[k]; sp.Type == "JOB" && sp.End == toks[i].REnd && sp.Start < toks[i].RStart {
			a, _ := vistka.TokensIn(toks, sp.Start, sp.End)
			if a < i {
				sp.End, sp.Text = toks[i-1].REnd, joinTokens(toks[a:i])
			}
		}
	}
	return spans
}

// countryListAt reports whether another place's name follows toks[y]
// after a comma or a conjunction, a list of countries the body's name
// is shared by.
func countryListAt(toks []vistka.Token, spans []vistka.Span, from, y int) bool {
	if y+1 >= len(toks) || toks[y].Text != "," && !coordinator(toks[y].Text) {
		return false
	}
	k := spanStarting(spans, from, toks[y+1].RStart)
	return k >= 0 && spans[k].Type == "LOC"
}

// titleOnHead reports whether a JOB ends on t after a title's words.
func titleOnHead(spans []vistka.Span, from int, t *vistka.Token) bool {
	for _, sp := range spans[from:] {
		if sp.Type == "JOB" && sp.End == t.REnd && sp.Start < t.RStart {
			return true
		}
	}
	return false
}

// memberJob reports whether the span over t is a JOB of t alone, a
// plural noun: the members a body is named after (Спілки пасічників),
// which the model reads as a title.
func memberJob(spans []vistka.Span, from int, t *vistka.Token) bool {
	k := spanStarting(spans, from, t.RStart)
	return k >= 0 && spans[k].Type == "JOB" && spans[k].End == t.REnd && strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":p:")
}

// coordinator reports a conjunction that joins two words of a name: та,
// і, й.
func coordinator(w string) bool { return w == "та" || w == "і" || w == "й" }

// joinJobBodies makes one ORG of a JOB span that is a capitalised
// adjective and a noun for a kind of body (bodyNoun) and the acronym right
// after it: "[JOB Генеральний штаб] [ORG ЗСУ]". The model, which knows
// генеральний mostly before a title (генеральний директор, прокурор),
// reads the phrase as one; a noun for a body is no title, and a body's
// acronym completes the name. spans[from:] are the sentence's spans,
// sorted; the result is sorted too.
func joinJobBodies(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		sp, next := spans[k], spans[k+1]
		if sp.Type != "JOB" || next.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c, d := vistka.TokensIn(toks, next.Start, next.End)
		if b-a < 2 || c != b || d <= c || !startsUpper(toks[a].Text) || !bodyNoun(&toks[b-1]) || !upperWords(toks[c:d]) {
			continue
		}
		adjectives := true
		for _, t := range toks[a : b-1] {
			adjectives = adjectives && strings.HasPrefix(t.Tag, "adj")
		}
		if !adjectives {
			continue
		}
		org := vistka.Span{Start: sp.Start, End: next.End, Type: "ORG", Text: joinTokens(toks[a:d])}
		spans = slices.Replace(spans, k, k+2, org)
	}
	return spans
}

// bodyNouns are the lemmas of nouns for kinds of bodies that the
// gazetteer does not list as such (OrgNoun).
var bodyNouns = map[string]bool{
	"офіс": true, "комісія": true, "міністерство": true, "служба": true, "посольство": true, "консульство": true,
	"трибунал": true, "генштаб": true, "штаб": true, "угруповання": true, "агентство": true, "бюро": true,
	"адміністрація": true, "палата": true, "коаліція": true, "альянс": true, "банк": true,
	"представництво": true, "федерація": true, "асамблея": true, "конгрес": true, "сенат": true, "кабмін": true,
	"радіо": true, "телебачення": true, "кабінет": true, "командування": true, "профспілка": true, "спілка": true, "асоціація": true, "інспекція": true, "прокуратура": true, "поліція": true, "департамент": true, "управління": true,
	"мзс": true, "мвс": true, // ministries' acronyms, before a country's name

}

// standsFor are the nouns for a body that acts for the one named after it
// and is no name of its own (Уряд Литви, Місія МВФ): the country or the
// body is the actor, as the events' reader takes it.
var standsFor = map[string]bool{"уряд": true, "місія": true}

// bodyHead reports a common noun for a kind of body: Офіс, Рада, Фонд.
func bodyHead(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun:inanim") || strings.Contains(t.Tag, ":prop") {
		return false
	}
	l := scan.ToLower(t.Lemma)
	return bodyNounLemma(l, t.Tag) || l != "сила" && gazetteer.Lookup(l)&gazetteer.OrgNoun != 0
}

// bodyNoun reports a noun among bodyNouns, or сили, the forces.
func bodyNoun(t *vistka.Token) bool {
	return bodyNounLemma(scan.ToLower(t.Lemma), t.Tag)
}

// bodyNounLemma is bodyNoun of a token whose lemma lower-cased is l and
// whose tag is tag.
func bodyNounLemma(l, tag string) bool {
	if l == "сила" {
		return strings.Contains(tag, ":p:") // Повітряних сил
	}
	return bodyNouns[l]
}

// spanStarting returns the index among spans[from:] of the span that
// starts at start, or -1.
func spanStarting(spans []vistka.Span, from, start int) int {
	for k := from; k < len(spans); k++ {
		if spans[k].Start == start {
			return k
		}
	}
	return -1
}

// insertSpan inserts sp among the sorted spans[from:].
func insertSpan(spans []vistka.Span, from int, sp vistka.Span) []vistka.Span {
	k := from
	for k < len(spans) && spans[k].Start < sp.Start {
		k++
	}
	return slices.Insert(spans, k, sp)
}

// sentenceFirst reports whether toks[i] begins its sentence, after
// quotes and dashes at most.
func sentenceFirst(toks []vistka.Token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if toks[j].Kind == vistka.Word || toks[j].Kind == vistka.Number {
			return false
		}
		if toks[j].Text == "." || toks[j].Text == ":" || toks[j].Text == "!" || toks[j].Text == "?" {
			return true
		}
	}
	return true
}

// apposed reports whether ts, a one-word name, stand in apposition to the
// head t that does not decline: Радіо Свобода.
func apposed(t *vistka.Token, ts []vistka.Token) bool {
	return len(ts) == 1 && strings.Contains(t.Tag, ":nv") && vtag.Case(ts[0].Tag) == "v_naz"
}

// upperWords reports whether ts are all in capitals, an abbreviation
// (ЗСУ, ОП).
func upperWords(ts []vistka.Token) bool {
	for _, t := range ts {
		if !upperText(t.Text) {
			return false
		}
	}
	return true
}

// dashWord reports a dash between two names (Україна – НАТО).
func dashWord(s string) bool { return s == "–" || s == "—" || s == "-" }

// genitiveWords reports whether ts, a name's words, are in the genitive or
// do not decline: Посольство України, Фонду Гульбенкяна, Генштаб ЗСУ.
func genitiveWords(ts []vistka.Token) bool {
	for _, t := range ts {
		if t.Kind != vistka.Word {
			continue
		}
		if vtag.Case(t.Tag) != "v_rod" && !strings.Contains(t.Tag, ":nv") && !strings.Contains(t.Tag, ":abbr") {
			return false
		}
	}
	return true
}

// genitiveTail returns the end of up to three lower-case words in the
// genitive from toks[i], adjectives then a noun (охочих, об'єднаних
// сил), or i when there are none such.
func genitiveTail(toks []vistka.Token, i int) int {
	for j := i; j < len(toks) && j < i+3; j++ {
		t := &toks[j]
		if t.Kind != vistka.Word || !startsLower(t.Text) || vtag.Case(t.Tag) != "v_rod" ||
			strings.Contains(t.Tag, ":pron") {
			return i
		}
		if strings.HasPrefix(t.Tag, "noun") {
			return j + 1
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return i
		}
	}
	return i
}
