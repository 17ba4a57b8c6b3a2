package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// orgTails turns on addOrgTails; a variable for experiments.
var orgTails = true

// addOrgTails widens an ORG span by the field a body is named for when
// the model stops before it: "з" and a noun in the genitive with its
// adjectives, and one more such noun after та or і (Агентство США |з
// міжнародного розвитку, Національна комісія |з цінних паперів та
// фондового ринку). NER-UK tags such a field as part of the name (Комісію
// з цінних паперів, Державне агентство з інвестицій та управління …).
// An adjective before the first noun is asked for, so that a phrase of
// time (уряд з початку року) is left out, except after a field word
// (fieldHeads), whose own genitives follow it: Координаційний штаб |з
// питань поводження з військовополоненими, Місія ООН |з моніторингу прав
// людини (NER-UK: комітету Верховної Ради з питань охорони здоров'я).
// More fields join after та, і or a comma, also when the model took the
// first (Комітет з питань фінансів|, податкової та митної політики). On
// news1 it puts 3 ORG spans right; over our 744 news texts it widens 7
// spans, all right (a staff and a committee named for their field); the
// dev split does not change. spans[from:] are the sentence's spans.
func addOrgTails(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b+1 >= len(toks) || !fieldBody(toks[a:b]) && !rightsCourt(toks, a, b) {
			continue
		}
		if a > 0 && fieldOffices.has(toks[a-1].Lemma) {
			// Уповноважений Верховної Ради з прав людини: the field
			// is the office's, not the body's (голова комітету з
			// питань фінансів: the body's)
			continue
		}
		end := -1
		switch {
		case b+2 < len(toks) && (toks[b].Text == "з" || toks[b].Text == "із"):
			end = fieldPhrase(toks, b+1, true)
			if end < 0 && fieldHeads.has(toks[b+1].Lemma) {
				end = fieldPhrase(toks, b+1, false)
			}
			// з питань охорони здоров'я, з моніторингу прав людини,
			// з питань поводження з військовополоненими: the field's
			// own genitives after a field word
			if end > 0 && fieldHeads.has(toks[end-1].Lemma) {
				end = fieldGenitives(toks, end)
			}
		case b+2 < len(toks) && (toks[b].Text == "у" || toks[b].Text == "в") && toks[b+1].Text == "справах":
			// Міністерство у справах ветеранів, Служба у справах дітей:
			// the field's genitives after у справах
			if e := fieldGenitives(toks, b+2); e > b+2 {
				end = e
			}
		case fieldJoins[toks[b].Text] && fieldInside(toks[a:b]):
			end = b // the model took the first field only
		}
		if end < 0 && (dealingWords.has(toks[b-1].Lemma) && (toks[b].Text == "з" || toks[b].Text == "із") || fieldInside(toks[a:b]) ||
			b-a >= 2 && fieldActions.has(toks[b-1].Lemma) && genitiveNoun(&toks[b-1])) {
			// the model stopped inside the field: Координаційний штаб з
			// питань поводження| з військовополоненими, Державна служба
			// з питань безпечності| харчових продуктів
			if e := fieldGenitives(toks, b); e > b {
				end = e
			}
		}
		if end < 0 {
			continue
		}
		// з питань фінансів, податкової та митної політики: more fields
		// after та, і or a comma
		for n := 0; n < 3 && end+1 < len(toks) && fieldJoins[toks[end].Text]; n++ {
			e := fieldPhrase(toks, end+1, false)
			if e < 0 {
				break
			}
			end = fieldGenitives(toks, e)
		}
		if k+1 < len(spans) && spans[k+1].Start < toks[end-1].REnd {
			continue // the field holds a name of its own
		}
		sp.End, sp.Text = toks[end-1].REnd, joinTokens(toks[a:end])
	}
	return spans
}

// fieldBody reports whether the first noun of ts, a body's name, is a kind
// of body named for its field (агентство, комісія, служба, …), and not a
// church, a court or a union named by its acronym (церкву з сусіднього
// села, суді України з цієї нагоди, ЄС із закордонних справ: a title's
// field).
func fieldBody(ts []vistka.Token) bool {
	for i := range ts {
		if strings.HasPrefix(ts[i].Tag, "noun") {
			return fieldBodies.has(ts[i].Lemma)
		}
	}
	return false
}

// rightsCourt reports whether toks[a:b], an ORG span, is a court whose
// name goes on with the rights it is for: Європейський суд |з прав
// людини, Міжамериканський суд |з прав людини. A court is left out of
// fieldBodies, as other genitives after з follow it in news (суді України
// з цієї нагоди); з and a form of право is a court's field alone.
func rightsCourt(toks []vistka.Token, a, b int) bool {
	for i := a; i < b; i++ {
		if strings.HasPrefix(toks[i].Tag, "noun") {
			l := toks[i].Lemma
			return (l == "суд" || l == "трибунал") && b+2 < len(toks) && (toks[b].Text == "з" || toks[b].Text == "із") && toks[b+1].Lemma == "право" && genitiveNoun(&toks[b+1])
		}
	}
	return false
}

// fieldBodies are the lemmas of the kinds of bodies named for their field.
var fieldBodies = newLowerSet("агентство", "агенція", "комісія", "комітет", "служба", "управління", "департамент",
	"міністерство", "центр", "рада", "інспекція", "фонд", "бюро", "дирекція", "колегія", "офіс", "відомство", "штаб", "місія")

// fieldPhrase returns the end of lower-case adjectives and a noun in the
// genitive from toks[i] (at least one adjective when adj is set), or -1.
// Adjectives may be joined by та, і or a comma (податкової та митної
// політики).
func fieldPhrase(toks []vistka.Token, i int, adj bool) int {
	j := i
	for j < len(toks) && genitiveAdj(&toks[j]) {
		j++
		if j+1 < len(toks) && fieldJoins[toks[j].Text] && genitiveAdj(&toks[j+1]) {
			j++
		}
	}
	if j == i && adj || j >= len(toks) {
		return -1
	}
	if !genitiveNoun(&toks[j]) || timeNouns.has(toks[j].Lemma) {
		return -1 // (a phrase of time after the name: минулого тижня)
	}
	return j + 1
}

// timeNouns are the lemmas of nouns of time, whose genitives after a
// body's name tell when, not its field: цього року, минулого тижня.
var timeNouns = newLowerSet("рік", "місяць", "тиждень", "день", "доба", "година", "хвилина", "ранок", "вечір", "ніч", "квартал", "півріччя", "сезон", "століття")

// fieldInside reports whether the body's name ts ends in a field after з:
// Комітет з питань фінансів.
func fieldInside(ts []vistka.Token) bool {
	if len(ts) < 3 || !genitiveNoun(&ts[len(ts)-1]) {
		return false
	}
	for i := 1; i < len(ts)-1; i++ {
		if ts[i].Text == "з" || ts[i].Text == "із" {
			return true
		}
	}
	return false
}

// genitiveAdj reports a lower-case adjective in the genitive, not a
// pronoun's.
func genitiveAdj(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "adj") && !strings.Contains(t.Tag, "pron") && vtag.Case(t.Tag) == "v_rod" && startsLower(t.Text)
}

// genitiveNoun reports a lower-case noun in the genitive, not a pronoun.
func genitiveNoun(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun") && vtag.Case(t.Tag) == "v_rod" && startsLower(t.Text) && !strings.Contains(t.Tag, "pron")
}

// fieldGenitives returns the end of up to three genitive phrases from
// toks[i] that name the field of a field word before them (питань
// охорони здоров'я, моніторингу прав людини), with з and a noun in the
// instrumental after a word of dealing with (поводження з
// військовополоненими, боротьби з корупцією).
func fieldGenitives(toks []vistka.Token, i int) int {
	for n := 0; n < 3; n++ {
		if i+1 < len(toks) && (toks[i].Text == "з" || toks[i].Text == "із") && dealingWords.has(toks[i-1].Lemma) {
			if t := &toks[i+1]; strings.HasPrefix(t.Tag, "noun") && vtag.Case(t.Tag) == "v_oru" && startsLower(t.Text) && !strings.Contains(t.Tag, "pron") {
				i += 2
				continue
			}
		}
		e := fieldPhrase(toks, i, false)
		if e < 0 {
			break
		}
		i = e
	}
	return i
}

// fieldHeads are the lemmas of the words a body's field opens with, which
// need no adjective: Комітет з питань фінансів, Місія з моніторингу прав
// людини, Рада ООН з прав людини, Управління ООН з координації
// гуманітарних справ.
var fieldHeads = newLowerSet("питання", "моніторинг", "нагляд", "розслідування", "регулювання", "право", "координація")

// fieldOffices are the lemmas of offices named for a field and after
// the body they answer to, the field coming last: Уповноважений Верховної
// Ради з прав людини, Верховний комісар ООН з прав людини.
var fieldOffices = newLowerSet("уповноважений", "комісар", "комісарка", "омбудсман", "омбудсманка")

// dealingWords are the lemmas of the nouns of a field that take з and an
// instrumental: поводження з військовополоненими, боротьби з корупцією.
var dealingWords = newLowerSet("поводження", "боротьба", "співпраця", "співробітництво", "взаємодія", "робота")

// fieldActions are the lemmas of the acts a body is named for, which
// take their own object in the genitive after them; the model may stop
// after the act: Фонд ліквідації| наслідків збройної агресії, Фонд
// розвитку| підприємництва, Агентство відновлення| інфраструктури.
var fieldActions = newLowerSet("ліквідація", "розвиток", "відновлення", "підтримка", "захист", "гарантування", "страхування", "розбудова")

// fieldJoins join two fields or two adjectives of one.
var fieldJoins = map[string]bool{"та": true, "і": true, "й": true, ",": true}
