package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
)

// decisionFirst reports whether the host verb at i (прийняти, приймати)
// has a decision or a law for its object standing first in its clause,
// in the nominative or accusative: "Рішення щодо транспортування
// пацієнта приймає керівник бригади" takes a decision, and a person
// named after the verb is its maker, no guest.
func (f *finder) decisionFirst(i int) bool {
	for j := i - 1; j >= 0 && j >= i-15; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || finiteVerb(t) {
			return false
		}
		if actNouns[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_naz") || hasCase(t, "v_zna")) && f.governedBy(j) == "" {
			return true
		}
	}
	return false
}

// orgInterviews reports whether a talk told by a talk verb (поговорити,
// поспілкуватися) is an organisation's with a person: a body or a
// publication in the singular that talks with someone named ("INSIDER
// поговорив з Маріанною") is an outlet interviewing, as people, not
// bodies, sit down to talk. A state or a town (a LOC) keeps its talks.
func (f *finder) orgInterviews(at int, ev vistka.Event) bool {
	if len(ev.Actors) != 1 || f.ents.Type(ev.Actors[0]) != "ORG" || !singularVerb(f.toks[at].Tag) ||
		gazetteer.Lookup(f.ents.Name(ev.Actors[0]))&gazetteer.Country != 0 {
		return false
	}
	k := at - 1
	for k >= 0 && (strings.HasPrefix(f.toks[k].Tag, "adv") || f.toks[k].Kind == vistka.QuoteMark) {
		k-- // (past an adverb and a closing mark: "«Збруч» поговорив")
	}
	if k < 0 || f.entityAt(k) != ev.Actors[0] {
		return false // the body is not the subject right before the verb
	}
	for _, r := range ev.Recipients {
		if f.ents.Type(r) == "PERS" {
			return true
		}
	}
	return false
}

// chosenFor reports whether в or у at j after відібрати is the thing one
// is chosen to take part in ("відібрали для участі в місії"), not whom
// something is taken from.
func (f *finder) chosenFor(j int) bool {
	return j > 0 && f.low(j-1) == "участь"
}

// pastHabit reports whether the verb at i is a past imperfective: what
// people did or felt over a time ("У Донецьку підтримували Майдан"), not
// an act of a place's authorities that a capital may stand for ("У
// Москві відкинули звинувачення").
func (f *finder) pastHabit(i int) bool {
	t := f.toks[i].Tag
	return strings.Contains(t, ":past") && strings.Contains(t, ":imperf")
}

// townFolk reports whether the place e, named in the locative before the
// plural verb at i with no subject, stands for the people of a town over
// a time rather than for a state's seat: a settlement that is no capital,
// with a past imperfective verb ("У Донецьку підтримували Майдан"). The
// Kremlin or a capital keeps speaking for its state ("у Кремлі
// неодноразово погрожували").
func (f *finder) townFolk(i int, e string) bool {
	n := f.ents.Name(e)
	return f.pastHabit(i) && gazetteer.Lookup(n)&gazetteer.Settlement != 0 && !gazetteer.IsCapital(n)
}

// mayDisagree reports whether погоджуватися at i is negated right after a
// form of могти: "фахівці можуть не погоджуватися з таким підходом" tells
// what some may think, no agreement made or refused ("громада не
// погоджується з рішенням" is left to the rules that read a rejection).
func (f *finder) mayDisagree(i int) bool {
	return i >= 2 && f.low(i-1) == "не" && f.low(i-2) == "могти"
}

// timeGap returns the index of the last word of a phrase of time right
// after the verb at i ("відмовився через деякий час від посади": через,
// its adjectives and a noun of time), or i when none stands there.
func (f *finder) timeGap(i int) int {
	if i+1 >= len(f.toks) || f.low(i+1) != "через" {
		return i
	}
	for j := i + 2; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if l := f.low(j); (timeNouns[l] || l == "час") && strings.HasPrefix(t.Tag, "noun") {
			return j
		}
		if !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "numr") && t.Kind != vistka.Number {
			return i
		}
	}
	return i
}

// placeFolk reports whether the verb at i is a past imperfective plural
// with no subject whose clause opens with a place in the locative after у
// or в: "У Донецьку підтримували Майдан" tells what people there did or
// felt over a time, no act of anyone named (the place's authorities act
// in a perfective: "У Москві відкинули звинувачення").
func (f *finder) placeFolk(i int) bool {
	if !pluralTag(f.toks[i].Tag) || !f.pastHabit(i) {
		return false
	}
	if e, _ := f.subject(i); e != "" {
		return false
	}
	for j := i - 1; j >= 1; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "LOC" || !hasCase(t, "v_mis") || !f.townFolk(i, e) {
			continue
		}
		k := j - 1
		for k >= 0 && f.entityAt(k) == e {
			k--
		}
		return k >= 0 && (f.low(k) == "у" || f.low(k) == "в") && (k == 0 || f.toks[k-1].Kind == vistka.Punct)
	}
	return false
}

// ideaWords are the schools, works and beliefs one rejects, denies or
// condemns in the history of ideas and art, no party: "заперечували
// натуралізм", "відкинули лірику як жанр", "заперечував класичну
// спадщину". (A word ending in -ізм is one as well: see ideaObject.)
var ideaWords = map[string]bool{"спадщина": true, "традиція": true, "жанр": true, "стиль": true, "мистецтво": true,
	"культура": true, "лірика": true, "поезія": true, "метод": true, "нормативність": true, "канон": true,
	"естетика": true, "догма": true, "теорія": true, "вчення": true, "християнство": true, "релігія": true,
	"письмо": true, "кайдани": true, "схоластика": true, "філософія": true}

// ideaObject reports whether the first noun after the verb at i, past
// adjectives, і, й and a particle, within four words, is one of ideaWords
// or a word in -ізм: a school or a belief rejected or condemned ("Митці
// заперечували натуралізм", "футуристи засудили індивідуалізм"), no side
// of an event ("засудили атаку", "відкинули звинувачення" keep theirs).
func (f *finder) ideaObject(i int) bool {
	j := f.nounPast(i+1, i+4, func(t *vistka.Token) bool {
		return t.Kind != vistka.Punct && (isAdj(t) || isAnd(t) || strings.HasPrefix(t.Tag, "part"))
	})
	if j < 0 {
		return false
	}
	l := f.low(j)
	return ideaWords[l] || strings.HasSuffix(l, "ізм")
}

// movedThings are what one draws or throws aside: a curtain or a branch
// ("ледь відхиливши фіранку").
var movedThings = map[string]bool{"фіранка": true, "штора": true, "завіса": true, "гардина": true,
	"портьєра": true, "гілка": true, "ковдра": true, "волосся": true, "пасмо": true, "полог": true}

// thingMoved reports whether the object right after the reject verb at i,
// past one adjective, is one of movedThings.
func (f *finder) thingMoved(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if movedThings[f.low(j)] && isNoun(&f.toks[j]) {
			return true
		}
		if !isAdj(&f.toks[j]) {
			return false
		}
	}
	return false
}

// talkCues are verbs of asking, objecting and assenting that, after a
// line of speech, tell how the words were said in a dialogue: "– Піди до
// баби, – попросила Ольга", "- Ну, - вже не так упевнено заперечувала
// Лєна".
var talkCues = map[string]bool{"просити": true, "попросити": true, "благати": true, "заперечити": true,
	"заперечувати": true, "погодитися": true, "погоджуватися": true}

// dialogueCue reports whether the verb at i, one of talkCues, closes or
// breaks a line of speech: a dash right before it, or past adverbs and
// particles, after a comma or an end mark (see closesSpeech). Such a
// verb tells who said the words; no request, rejection or agreement of
// its own.
func (f *finder) dialogueCue(i int, v string) bool {
	if !talkCues[v] {
		return false
	}
	j := i - 1
	for j > i-5 && j >= 0 && (strings.HasPrefix(f.toks[j].Tag, "adv") || strings.HasPrefix(f.toks[j].Tag, "part")) {
		j--
	}
	return f.closesSpeech(j + 1)
}

// foundShare reports whether зустрічатися at i tells how often a thing
// or a kind is found, a share in per cent within five words after it and
// no partner after з ("бізони зустрічалися на 60-76% стоянок", "такі
// ускладнення зустрічаються у 5% пацієнтів"): an occurrence counted, no
// meeting.
func (f *finder) foundShare(i int) bool {
	if f.verb(i) != "зустрічатися" {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		switch f.toks[j].Text {
		case "%":
			return true
		case "з", "із", "зі", ".", ";":
			return false
		}
	}
	return false
}

// normAfter reports whether the infinitive at i is followed in its clause,
// within six words, by можна: "Заборонити їй говорити теж ніяк не можна",
// "Звинувачувати людей у цьому не можна" tell what may or may not be
// done, a norm, no event (an infinitive after можна is one of intentions).
func (f *finder) normAfter(i int) bool {
	if !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || finiteVerb(t) {
			return false
		}
		if f.low(j) == "можна" {
			return true
		}
	}
	return false
}

// conduct are the nouns of a way of acting, not of an act that can be
// struck down: a practice, one's behaviour. (A court that finds an
// official's дії unlawful rejects them, as the golds have it.)
var conduct = map[string]bool{"практика": true, "поведінка": true}

// conductFound reports whether the object of визнати at i, before таким
// at j, is a way of acting ("Венеціанська комісія визнала практику
// люстрації найгіршою … і такою, що суперечить правам людини"): a
// finding about conduct, no act struck down ("визнав постанову такою, що
// не відповідає Конституції" is one).
func (f *finder) conductFound(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") && conduct[f.low(k)] {
			return true
		}
	}
	return false
}
