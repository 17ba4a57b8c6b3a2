package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// dropHeadline drops the events of a headline that the lead tells again:
// "Україна та Японія підписали угоду" over "Зеленський і Кісіда підписали
// угоду" is one signing, told by the lead with its persons, date and
// place. A headline is a first line with no full stop at its end; the
// lead is the next two sentences.
func dropHeadline(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	if !hasHeadline(a) {
		return evs
	}
	head := a.Sentences[0]
	leadEnd := headLeadEnd(a)
	inHead := func(e *vistka.Event) bool { return e.Sentence.Start == head.RStart }
	out := evs[:0:0]
	for i := range evs {
		e := &evs[i]
		told := false
		for j := range evs {
			l := &evs[j]
			if !inHead(e) || inHead(l) || l.Type != e.Type {
				continue
			}
			if l.Sentence.Start >= leadEnd && (l.Mode != e.Mode || !slices.ContainsFunc(e.Actors, func(a string) bool { return sameActor(ents, a, l.Actors) }) || saysAlso(a, l) ||
				l.Date != "" && e.Date != "" && l.Date != e.Date || recalled(a, l)) {
				// past the lead, only the same actor doing the same tells
				// it again, and not what it did also ("Суд також
				// зобов'язав водія відшкодувати" after "Суд оштрафував
				// водія") nor what it did before ("Нагадаємо, в 2011 році
				// департамент уклав угоду")
				continue
			}
			if e.Type != "CONSULT" || l.Mode == e.Mode || e.Mode == "meet" || l.Mode == "meet" {
				told = true
				if len(l.Actors) == 0 && len(e.Actors) > 0 && l.Mode == e.Mode && sameSet(l.Recipients, e.Recipients) {
					// "Росія вночі атакувала енергетику Одещини" over
					// "Унаслідок нічної атаки … на Одещину пошкоджено …":
					// who did it, as the headline says
					l.Actors = e.Actors
				}
				if l.Place == "" && e.Place != "" && len(l.Aux) == 0 && headPlaceFits(a, ents, e, l) {
					// "Фермери заблокували Париж" over "фермери
					// заблокували ділянки паризької кільцевої дороги":
					// where the headline says it was
					l.Place = e.Place
				}
				break
			}
		}
		if !told {
			out = append(out, *e)
		}
	}
	return out
}

// recalled reports whether e is told in a sentence that opens by
// recalling an older story: "Нагадаємо, …".
func recalled(a *vistka.Analysis, e *vistka.Event) bool {
	s := a.SentenceAt(e.Sentence.Start)
	return s >= 0 && len(a.Sentences[s].Tokens) > 0 && lower(&a.Sentences[s].Tokens[0]) == "нагадати"
}

// headOf reports whether the one-word phrase a is the head noun that the
// phrase b opens with: "рятувальники" in the headline over "Рятувальники
// ДСНС Дніпропетровщини" in the text.
func headOf(a, b string) bool {
	if entity.Index(b) >= 0 || strings.Contains(a, " ") {
		return false
	}
	head, _, _ := strings.Cut(b, " ")
	return strings.EqualFold(head, a)
}

// headLeadEnd returns where the lead under a's headline ends (a rune
// offset): the lead is the two sentences after the headline that have a
// verb, as a dateline ("КИЇВ, 14 жовтня. /Укрінформ/.") has none.
func headLeadEnd(a *vistka.Analysis) int {
	leadEnd, told := a.Sentences[0].REnd, 0
	for _, s := range a.Sentences[1:] {
		if told == 2 {
			break
		}
		leadEnd = s.REnd
		if anyVerb(s.Tokens) {
			told++
		}
	}
	return leadEnd
}

// leadRetells reports whether the only events of type typ told before
// the sentence are the headline's while the sentence is of the lead
// under it: the lead tells the headline's event again, with what the
// headline leaves out ("Внаслідок ракетного удару по Харкову в ніч на 5
// березня загинули …" under "Внаслідок ракетного удару по Харкову
// загинули …"), and dropHeadline keeps the lead's, not the headline's.
func (f *finder) leadRetells(typ string, here []vistka.Event) bool {
	if f.s == 0 || slices.ContainsFunc(here, func(b vistka.Event) bool { return b.Type == typ }) || !hasHeadline(f.a) {
		return false
	}
	head := f.a.Sentences[0].RStart
	if slices.ContainsFunc(f.before, func(b vistka.Event) bool { return b.Type == typ && b.Sentence.Start != head }) {
		return false
	}
	return f.a.Sentences[f.s].RStart < headLeadEnd(f.a)
}

// saysAlso reports whether the sentence of e tells it as done besides
// something else: "також" before its trigger.
func saysAlso(a *vistka.Analysis, e *vistka.Event) bool {
	s := a.SentenceAt(e.Sentence.Start)
	if s < 0 {
		return false
	}
	for _, t := range a.Sentences[s].Tokens {
		if e.TriggerSpan != nil && t.RStart >= e.TriggerSpan.Start {
			break
		}
		if scan.EqualFold(t.Text, "також") {
			return true
		}
	}
	return false
}

// headPlaceFits reports whether the lead's event l, told again from the
// headline's event e, may take e's place: not when l's sentence names
// another place ("У Львові затримали … . Його затримали у Винниках"),
// abroad (за кордоном) or the capital when the headline names no town,
// nor when a national actor does it and the headline's event has none
// ("У Києві протестували проти закону. Верховна Рада ухвалила закон"),
// a meeting apart.
func headPlaceFits(a *vistka.Analysis, ents *entity.Result, e, l *vistka.Event) bool {
	isNational := func(id string) bool { return national(ents, id) }
	if l.Type != "CONSULT" && slices.ContainsFunc(l.Actors, isNational) && !slices.ContainsFunc(e.Actors, isNational) {
		return false
	}
	return placeFits(a, ents, e.Place, l)
}

// placeFits reports whether the event l may take the place told for it
// by another sentence: not when its own sentence names another place
// with в, у or на, or abroad, or the capital while place is no town.
func placeFits(a *vistka.Analysis, ents *entity.Result, place string, l *vistka.Event) bool {
	s := a.SentenceAt(l.Sentence.Start)
	if s < 0 {
		return true
	}
	f := finder{a: a, ents: ents, s: s, toks: a.Sentences[s].Tokens}
	for j := range f.toks {
		p := f.entityAt(j)
		if p == "" || p == place || p == f.entityAt(j-1) || ents.Type(p) != "LOC" || entity.Index(place) >= 0 && around(ents.Name(p), ents.Name(place)) {
			continue
		}
		// where it was, not a place that names a thing ("митного поста
		// «Ягодин»", "до ринку Ранжис")
		k := f.caseIndex(j)
		if g := f.governedBy(k); hasCase(&f.toks[k], "v_mis") && (g == "в" || g == "у" || g == "на") {
			return false
		}
	}
	abroad, capital := f.placeWords()
	return !abroad && (!capital || entity.Index(place) >= 0 && f.settlement(place))
}

// hasHeadline reports whether the first sentence of a is a headline: a
// line of its own, followed by more text, with no full stop at its end.
func hasHeadline(a *vistka.Analysis) bool {
	if len(a.Sentences) < 2 {
		return false
	}
	toks := a.Sentences[0].Tokens
	if len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].Text {
	case ".", "!", "?", "…", ":":
		return false
	}
	// Byte offsets: the tokenizer keeps them in step with the code-point
	// ones, and they index the text without decoding it.
	end, next := a.Sentences[0].End, a.Sentences[1].Start
	return end <= next && next <= len(a.Text) && strings.IndexByte(a.Text[end:next], '\n') >= 0
}

// headOf returns the first noun of the entity e's mention from j on (its
// head word, past the adjectives before it), or j.
func (f *finder) headOf(j int, e string) int {
	for k := j; k < len(f.toks) && f.entityAt(k) == e; k++ {
		if isNoun(&f.toks[k]) {
			return k
		}
	}
	return j
}
