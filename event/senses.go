package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// Senses of trigger words that tell no event, or another one than their
// lemma's, read from the words around them: a decision taken (no guest
// received), a road shut for work, vehicles held up, an order signed
// alone, blows traded, a class attended, a line of speech closed by a
// verb of asking, what not all did.

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

// fauna are the nouns of the kinds of animals and plants that a survey
// of a place finds: "Тут зустрічаються рідкісні птахи", "у заповіднику
// зустрічаються хижі звірі".
var fauna = map[string]bool{"тварина": true, "птах": true, "птаха": true, "пташка": true, "звір": true,
	"риба": true, "комаха": true, "рослина": true, "вид": true, "гриб": true, "плазун": true, "ссавець": true,
	"хижак": true, "гризун": true, "земноводне": true, "метелик": true, "жук": true, "мешканець": true}

// faunaFound reports whether зустрічатися at i tells where animals or
// plants are found: its subject in the nominative, the first noun of its
// clause after it or the last before it, is one of fauna ("Тут
// зустрічаються типові мешканці степового ландшафту: ховрашок, байбак";
// a town's мешканці who meet are a partner's, with з). People who meet
// ("у Давосі зустрічаються лідери країн") are no fauna.
func (f *finder) faunaFound(i int) bool {
	if f.verb(i) != "зустрічатися" {
		return false
	}
	subj := func(j int) int {
		t := &f.toks[j]
		if isNoun(t) && hasCase(t, "v_naz") && f.governedBy(j) == "" {
			return 1
		}
		if t.Kind == vistka.Punct || finiteVerb(t) || f.low(j) == "з" || f.low(j) == "із" || f.low(j) == "зі" {
			return -1
		}
		return 0
	}
	for j := i + 1; j < len(f.toks); j++ {
		if k := subj(j); k > 0 {
			return fauna[f.low(j)] && f.entityAt(j) == "" && !f.withAfter(j)
		} else if k < 0 {
			break
		}
	}
	for j := i - 1; j >= 0; j-- {
		if k := subj(j); k > 0 {
			return fauna[f.low(j)] && f.entityAt(j) == "" && !f.withAfter(i)
		} else if k < 0 {
			return false
		}
	}
	return false
}

// withAfter reports whether з, із or зі follows the word at j in its
// clause: the partner one meets.
func (f *finder) withAfter(j int) bool {
	for k := j + 1; k < len(f.toks) && f.toks[k].Kind != vistka.Punct; k++ {
		if l := f.low(k); l == "з" || l == "із" || l == "зі" {
			return true
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

// roadClosers are who shut a road for safety or for work, not in protest:
// "поліція перекрила рух", "рятувальники перекрили дорогу".
var roadClosers = map[string]bool{"поліція": true, "поліцейський": true, "патрульний": true, "правоохоронець": true,
	"рятувальник": true, "військовий": true, "комунальник": true, "дорожник": true, "влада": true, "ДСНС": true,
	"нацполіція": true, "військовослужбовець": true, "прикордонник": true, "служба": true, "підрядник": true}

// streets are the roads of a town, which a crowd blocks in protest: one
// person shutting a street shuts it for himself.
var streets = map[string]bool{"вулиця": true, "проспект": true, "перехрестя": true}

// roadShut reports whether перекрити at i is told of those who shut a
// road for safety or work: a closer named before it in its clause, or an
// impersonal or passive form ("рух перекрито", "дорогу перекрили через
// ремонт" stays a protest only with protesters named).
func (f *finder) roadShut(i int) bool {
	if strings.Contains(f.toks[i].Tag, "impers") || isAdj(&f.toks[i]) {
		return true
	}
	if strings.Contains(f.toks[i].Tag, ":futr") {
		for j := i - 1; j >= 0; j-- {
			if l := f.low(j); l == "разі" || l == "раз" || l == "якщо" {
				return true // "попередила, що в разі відмови мешканці перекриють дорогу": the warning's, not done
			}
		}
	}
	for j := i - 1; j >= 0 && i-j <= 8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			break
		}
		if roadClosers[f.low(j)] || roadClosers[t.Lemma] {
			return true
		}
	}
	if singularVerb(f.toks[i].Tag) && i+1 < len(f.toks) && streets[f.low(i+1)] {
		return true // "перекрив вулицю охороною": one man's guards, no crowd's protest
	}
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if f.low(j) == "ремонт" || f.low(j) == "безпека" || f.low(j) == "негода" || f.low(j) == "аварія" || f.low(j) == "ожеледиця" {
			return true // "перекрили рух через ремонт", "з міркувань безпеки"
		}
	}
	return false
}

// vehicles are what a delay holds up: "затримують вантажівки на 15
// хвилин", "рейс затримали на дві години".
var vehicles = map[string]bool{"вантажівка": true, "автомобіль": true, "фура": true, "потяг": true, "поїзд": true,
	"рейс": true, "автобус": true, "літак": true, "електричка": true, "машина": true, "транспорт": true}

// heldUp reports whether затримати at i holds vehicles up for minutes or
// hours, a delay and no detention: "протестувальники затримують
// вантажівки на 15–20 хвилин" ("митники затримали вантажівку з
// контрабандою", with no time, stays a seizure).
func (f *finder) heldUp(i int) bool {
	vehicle := false
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if f.toks[j].Kind == vistka.Punct && f.toks[j].Text != "–" && f.toks[j].Text != "-" {
			break
		}
		switch l := f.low(j); {
		case vehicles[l]:
			vehicle = true
		case l == "хвилина" || l == "година" || l == "годину" || l == "хвилин" || l == "годин":
			return vehicle
		}
	}
	return false
}

// orders are the papers one official signs alone: an order, a decree, a
// resolution of one body.
var orders = map[string]bool{"розпорядження": true, "указ": true, "наказ": true, "постанова": true}

// orderSigned reports whether підписати at i signs an order, a decree or
// a resolution, right before or after it, with no pact in the sentence:
// "Відповідне розпорядження в середу підписав міністр", "підписав указ
// про призов" make no agreement between parties.
func (f *finder) orderSigned(i int) bool {
	if f.pactNamed(f.toks) {
		return false
	}
	for j := i - 4; j <= i+3; j++ {
		if j < 0 || j >= len(f.toks) || j == i {
			continue
		}
		if orders[f.low(j)] && isNoun(&f.toks[j]) && (hasCase(&f.toks[j], "v_zna") || hasCase(&f.toks[j], "v_naz")) {
			return true
		}
	}
	return false
}

// nonExchange are what people trade that makes no cooperation: blows,
// fire, glances, jokes, goals (charges traded are left to звинувачення, views
// traded once to the talks they are).
var nonExchange = map[string]bool{"удар": true, "постріл": true, "погляд": true, "вогонь": true,
	"репліка": true, "жарт": true, "посмішка": true, "усмішка": true,
	// and courtesies: обмінялися привітаннями, рукостисканнями
	"привітання": true, "вітання": true, "поздоровлення": true, "рукостискання": true, "поцілунок": true,
	"обійми": true, "комплімент": true, "люб'язність": true, "люб’язність": true,
	// and the score of a match: обмінялися голами, перемогами
	"гол": true, "шайба": true, "м'яч": true, "очко": true, "перемога": true, "поразка": true, "кидок": true}

// tradedBlows reports whether обмінятися at i trades blows or glances,
// or views over and over (the imperfective): "гравці обмінювалися
// ударами", "жінки обмінювалися думками про відпустку".
func (f *finder) tradedBlows(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		if isNoun(&f.toks[j]) {
			l := f.low(j) // the first noun is what is traded
			return nonExchange[l] || f.verb(i) == "обмінюватися" && (l == "думка" || l == "враження" || l == "новина")
		}
		if f.toks[j].Kind == vistka.Punct {
			break
		}
	}
	return false
}

// inProtest reports whether the finite verb at i is done "на знак
// протесту", the phrase in its clause after it or opening the clause
// before it: "депутати залишили сесійну залу на знак протесту", "На знак
// протесту шахтарі відмовилися підніматися на поверхню". The act is a
// protest whatever the verb.
func (f *finder) inProtest(i int) bool {
	sign := func(j int) bool {
		return j+2 < len(f.toks) && f.low(j) == "на" && f.low(j+1) == "знак" && f.low(j+2) == "протест"
	}
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct || finiteVerb(&f.toks[j]) {
			break
		}
		if sign(j) {
			return true
		}
	}
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if f.punctOrVerb(j) {
			break
		}
		if sign(j) {
			return true
		}
	}
	return false
}

// blackList reports whether the list at j is one of those a state bars
// or restricts: санкційний or чорний before it, or the risky or the
// sanctioned named after it ("до переліку «ризикових»"). Lists of
// candidates, objects or heritage are none.
func (f *finder) blackList(j int) bool {
	if f.adjBefore(j, 2, func(l string) bool { return l == "санкційний" || l == "чорний" }) {
		return true
	}
	k := j + 1
	if k < len(f.toks) && f.toks[k].Kind == vistka.QuoteMark {
		k++
	}
	if k < len(f.toks) {
		switch f.low(k) {
		case "ризиковий", "санкційний", "ризикований":
			return true
		}
	}
	return false
}

// oftenWords say that what a clause tells was done again and again.
var oftenWords = map[string]bool{
	"раз": true, "неодноразово": true, "часто": true, "іноді": true, "інколи": true, "регулярно": true,
	"щоразу": true, "постійно": true, "частенько": true, "зрідка": true,
}

// habitualVisit reports whether the visit verb at at is an imperfective
// past in a sentence that says it happened again and again: "У
// Краматорську воїн бував декілька разів — прилітав сюди на гелікоптері"
// tells a habit of the past, not a visit that took place.
func (f *finder) habitualVisit(at int) bool {
	t := &f.toks[at]
	if !strings.HasPrefix(t.Tag, "verb") || !strings.Contains(t.Tag, ":imperf") || !strings.Contains(t.Tag, ":past") {
		return false
	}
	for j := range f.toks {
		if oftenWords[f.low(j)] {
			return true
		}
	}
	return false
}

// closesSpeech reports whether the verb at i, after a dash, closes words
// said before it: a quotation's closing mark ("«…», – запрошує мер") or
// the end of a line of speech, a comma or an end mark before the dash
// ("- … побачення на нашому концерті! - запрошує фронтмен гурту"). Such a
// verb tells who said the words and how; it asks no one of its own.
func (f *finder) closesSpeech(i int) bool {
	if f.attributesQuote(i) {
		return true
	}
	if i < 2 || !isDash(&f.toks[i-1]) || f.toks[i-2].Kind != vistka.Punct {
		return false
	}
	switch f.toks[i-2].Text {
	case "!", "?", "…", ",", ".":
		return true
	}
	return false
}

// notAllDid reports whether the verb at i has for its subject a bare
// не всі or не кожен, right after it or right before it, with no noun
// after the pronoun ("У Верховній Раді ідею … підтримали не всі", "не
// всі підтримали ідею"): the sentence tells that some did not, and those
// who did go unnamed, so it states no event of anyone's ("не всі
// депутати підтримали" names who, and is left alone).
func (f *finder) notAllDid(i int) bool {
	bare := func(k int) bool { // не всі or не кожен at k, no noun after
		if k < 1 || k >= len(f.toks) || f.low(k-1) != "не" {
			return false
		}
		if l := f.low(k); l != "всі" && l != "усі" && l != "кожен" && l != "кожний" && l != "весь" {
			return false
		}
		return k+1 >= len(f.toks) || !isNoun(&f.toks[k+1]) && !isAdj(&f.toks[k+1])
	}
	if bare(i + 2) {
		return true // "підтримали не всі"
	}
	return i >= 2 && bare(i-1) && (i-1 == 1 || f.toks[i-3].Kind == vistka.Punct || f.toks[i-3].Kind == vistka.Dash) // "Не всі підтримали"
}

// classes are what one attends as a pupil or a member rather than a place
// or a party one visits: гурток, заняття, уроки, курси, секція.
var classes = map[string]bool{
	"гурток": true, "заняття": true, "урок": true, "курс": true, "секція": true,
	"лекція": true, "тренування": true, "студія": true, "факультатив": true, "семінар": true,
}

// attendsClass reports whether the verb of visiting at at has a class for
// its object within its clause (сестра відвідувала гурток малювання,
// відвідує заняття з англійської): attendance, not a visit.
func (f *finder) attendsClass(at int) bool {
	j := f.nounPast(at+1, at+3, func(t *vistka.Token) bool { return t.Kind != vistka.Punct })
	return j >= 0 && classes[f.toks[j].Lemma] && hasCase(&f.toks[j], "v_zna")
}

// penWords say that вивести draws letters: with what or how it is written.
var penWords = map[string]bool{
	"літера": true, "буква": true, "почерк": true, "перо": true, "олівець": true, "ручка": true,
	"крейда": true, "фарба": true, "власноруч": true, "каліграфічно": true, "каліграфічний": true,
}

// wroteOut reports whether вивести at i writes something out, a word of
// writing beside it in its clause (поет власноруч вивів каліграфічними
// літерами: «…», вивела крейдою на дошці): no withdrawal of forces.
func (f *finder) wroteOut(i int) bool {
	for _, step := range []int{1, -1} {
		for j := i + step; j >= 0 && j < len(f.toks) && (j-i)*step <= 4; j += step {
			if t := &f.toks[j]; t.Kind == vistka.Punct {
				break
			}
			if penWords[f.toks[j].Lemma] || penWords[f.low(j)] {
				return true
			}
		}
	}
	return false
}

// resigned reports whether звільнення at n is the one asked for in a
// letter of resignation: "подав заяву про звільнення з посади", not
// "подав клопотання про звільнення з-під варти".
func (f *finder) resigned(n int) bool {
	if n < 2 || f.low(n-1) != "про" || f.low(n-2) != "заява" {
		return false
	}
	// nothing said of whom, or from the post: "з посади", "за власним
	// бажанням"
	switch {
	case n+1 >= len(f.toks) || f.toks[n+1].Kind == vistka.Punct || f.low(n+1) == "за":
		return true
	case n+2 < len(f.toks) && f.low(n+1) == "з":
		return f.low(n+2) == "посада"
	}
	return false
}

// statedResignation reports whether the noun відставка at n is the
// subject's own, told in a statement: "звернення до колективу станції про
// відставку", "заяву про свою відставку" (not "про відставку міністра").
func (f *finder) statedResignation(n int) bool {
	if n+1 < len(f.toks) && f.toks[n+1].Kind != vistka.Punct && f.low(n+1) != "за" && f.low(n+1) != "з" {
		return false
	}
	for j := n - 1; j >= 0 && j >= n-6; j-- {
		switch f.low(j) {
		case "заява", "звернення", "лист":
			return f.low(n-1) == "про" || n > 1 && f.low(n-2) == "про" && f.low(n-1) == "свій"
		}
	}
	return false
}

// calledService reports whether the call at i was to a duty service, named
// before or after the verb: "до чергової частини", "на лінію 102", "до
// поліції".
func (f *finder) calledService(i int) bool {
	for j := max(i-6, 0); j+1 < len(f.toks) && j <= i+6; j++ {
		if w := f.low(j); j == i || w != "до" && w != "на" && w != "в" && w != "у" {
			continue // (зателефонував у поліцію, в редакцію: as до)
		}
		for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
			if services[f.low(k)] {
				return true
			}
		}
	}
	return false
}

// takenFrom reports whether the verb of taking at i names, in its clause
// after it, whom it was taken from: у or в with a genitive ("ФДМУ відібрав
// у нього завод", "відібрали в компанії ліцензію").
func (f *finder) takenFrom(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); l != "у" && l != "в" || f.chosenFor(j) {
			continue
		}
		n := &f.toks[j+1]
		// (a body's noun may be read as a locative: "у компанії")
		if hasCase(n, "v_rod") && (strings.Contains(n.Tag, "pron:pers") || strings.Contains(n.Tag, ":anim") || f.entityAt(j+1) != "") || actorNoun(lower(n)) {
			return true
		}
	}
	return false
}

// propertyTaken reports whether the verb of taking at i (забрати) has
// land, a house, livestock or grain as its object, taken from someone
// named after у or в ("забрали в селян землю") or whose it was in the
// genitive after it ("забрали землю батька"): a seizure.
func (f *finder) propertyTaken(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if !seizedProperty[f.low(j)] || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") {
			continue
		}
		if f.takenFrom(i) {
			return true
		}
		if j+1 < len(f.toks) {
			n := &f.toks[j+1]
			return hasCase(n, "v_rod") && strings.HasPrefix(n.Tag, "noun") && (strings.Contains(n.Tag, ":anim") || f.entityAt(j+1) != "")
		}
		return false
	}
	return false
}

// seizedProperty is what a seizure takes from people: land, a house,
// livestock, grain.
var seizedProperty = map[string]bool{"земля": true, "майно": true, "будинок": true, "хата": true, "садиба": true,
	"худоба": true, "корова": true, "зерно": true, "хліб": true, "врожай": true}

// orderedFrom reports whether the verb of ordering at i names, in its
// clause after it, the firm the order went to: a name with no preposition
// before it in the dative (or indeclinable, or foreign: "замовило ТОВ
// «Альфа» ремонт"), after a word for a firm in the dative ("замовив
// приватній фірмі «Діта» ремонт") or after у or в ("замовила добрива у
// ПП «Агротех»"). A name after another preposition is no counterparty ("замовило для КП
// «Міськсвітло»"), nor is a genitive ("Замовлено охорону об'єктів
// Львівського РСП": whose premises).
func (f *finder) orderedFrom(i int) bool { return f.orderedFromAt(i) >= 0 }

// orderedFromAt returns where orderedFrom finds the firm the order at i
// went to, or -1.
func (f *finder) orderedFromAt(i int) int {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct && strings.ContainsAny(t.Text, ",.;:!?–") {
			return -1
		}
		firmWord := legalForms[f.low(j-1)] && hasCase(&f.toks[j-1], "v_dav")
		if f.toks[j].Kind == vistka.QuoteMark && isNoun(&f.toks[j-1]) && f.entityAt(j-1) == "" && !firmWord {
			return -1 // "Замовлено 100 медалей «90 років судовій системі»": the title of what is ordered
		}
		if f.entityAt(j) == "" {
			continue
		}
		if j > i+2 && f.toks[j-1].Kind == vistka.QuoteMark && legalForms[f.low(j-2)] && hasCase(&f.toks[j-2], "v_dav") {
			return j // "замовив приватній фірмі «Діта» реконструкцію": the firm, named after its kind
		}
		if j > i+1 && isPrep(&f.toks[j-1]) {
			if l := f.low(j - 1); l == "у" || l == "в" {
				return j
			}
			return -1
		}
		if t := &f.toks[j]; hasCase(t, "v_dav") || strings.Contains(t.Tag, ":nv") || !strings.Contains(t.Tag, "v_") || f.datalikeFirm(j) {
			return j
		}
		return -1
	}
	return -1
}

// datalikeFirm reports whether the name at j, read as a genitive, is a
// masculine one in -у or -ю, which the dative shares, with the thing
// ordered in the accusative after it: "замовив «Бізнес-центру «Альфа»
// послуги" (whom for; "замовили техніки" has no firm).
func (f *finder) datalikeFirm(j int) bool {
	t := &f.toks[j]
	if w := scan.ToLower(t.Text); !hasCase(t, "v_rod") || !strings.Contains(t.Tag, ":m:") || !strings.HasSuffix(w, "у") && !strings.HasSuffix(w, "ю") {
		return false
	}
	e := f.entityAt(j)
	k := j + 1
	for k < len(f.toks) && (f.entityAt(k) == e || f.toks[k].Kind == vistka.QuoteMark) {
		k++
	}
	return k < len(f.toks) && isNoun(&f.toks[k]) && hasCase(&f.toks[k], "v_zna") && f.entityAt(k) == ""
}

// barredFrom reports whether the verb of admitting at i is negated and
// admits to a tender or a race: "не допустило ПФ «Діта» до участі в
// аукціоні", "не допустили до торгів" (a rejection of the one kept out).
func (f *finder) barredFrom(i int) bool {
	if i == 0 || f.low(i-1) != "не" {
		return false
	}
	for j := i + 1; j+1 < len(f.toks) && j <= i+8; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct && strings.ContainsAny(t.Text, ",.;:!?–") {
			return false
		}
		if f.low(j) == "до" && barredFromNouns[f.low(j+1)] {
			return true
		}
	}
	return false
}

// barredFromNouns are what one is admitted to after до: a tender, an
// auction, a race.
var barredFromNouns = map[string]bool{
	"участь": true, "торг": true, "тендер": true, "аукціон": true, "конкурс": true, "вибори": true, "реєстрація": true,
}

// defended reports whether захист at n, after на, is someone's: a
// personal possessive before it (на його захист) or a person or a body
// named after it (на захист журналіста, на захист Нацбанку).
func (f *finder) defended(n int) bool {
	if n == 0 {
		return false
	}
	p := n - 1
	if l := f.low(p); l == "його" || l == "її" || l == "їх" || l == "їхній" || l == "свій" {
		p--
	}
	if p < 0 || f.low(p) != "на" {
		return false
	}
	if p < n-1 {
		return true
	}
	if n+1 >= len(f.toks) || !hasCase(&f.toks[n+1], "v_rod") {
		return false
	}
	t := &f.toks[n+1]
	return f.entityAt(n+1) != "" || strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") ||
		n+2 < len(f.toks) && strings.HasPrefix(t.Tag, "adj") && f.entityAt(n+2) != ""
}

// frontedGoal returns the noun among objs that, in the accusative after
// під or на, opens the clause of the verb at i ("Під стіни Верховної Ради
// та обласних рад вийшли"), with only its genitives between it and the
// verb; -1 otherwise.
func (f *finder) frontedGoal(i int, objs map[string]kind) int {
	k := i - 1
	for k >= 0 && f.toks[k].Kind != vistka.Punct && i-k <= 12 {
		k--
	}
	p := k + 1
	if p+1 >= i || f.low(p) != "під" && f.low(p) != "на" {
		return -1
	}
	j := p + 1
	if _, ok := objs[f.low(j)]; !ok || !isNoun(&f.toks[j]) || !hasCase(&f.toks[j], "v_zna") {
		return -1
	}
	for m := j + 1; m < i; m++ {
		if t := &f.toks[m]; !hasCase(t, "v_rod") && !isAnd(t) && f.entityAt(m) == "" {
			return -1
		}
	}
	return j
}

// standingRequirement reports whether вимагати at i tells a standing rule
// in a relative clause of вимога or умова ("свої ж вимоги, які фонд
// вимагає від забудовника"): a present tense after ", які" or ", що"
// that the noun just before the comma governs.
func (f *finder) standingRequirement(i int) bool {
	if !strings.Contains(f.toks[i].Tag, ":pres") {
		return false
	}
	for c := i - 1; c >= 2 && c >= i-4; c-- {
		if f.toks[c].Text != "," {
			continue
		}
		if l := f.low(c + 1); l != "який" && l != "що" {
			return false
		}
		l := f.low(c - 1)
		return l == "вимога" || l == "умова" || l == "норма" || l == "правило" || l == "стандарт"
	}
	return false
}

// wholes are the nouns for a part or a number of people that take a
// plural verb: "Більшість депутатів підтримали".
var wholes = map[string]bool{"більшість": true, "меншість": true, "половина": true, "частина": true, "ряд": true,
	"низка": true, "група": true, "решта": true, "кількість": true, "сотня": true, "тисяча": true, "десяток": true}

// frontedThing returns the index of the head of a phrase ending at i that
// names a thing or a body by a singular inanimate common noun and opens
// its clause ("Підприємство оштрафували", "Міськраду зобов'язали"), or -1.
func (f *finder) frontedThing(i int) int {
	if i < 0 || f.entityAt(i) != "" {
		return -1
	}
	h := i
	for h > 0 && hasCase(&f.toks[h], "v_rod") && !hasCase(&f.toks[h], "v_naz") && !hasCase(&f.toks[h], "v_zna") && i-h < 3 {
		h-- // "Управління освіти оштрафували": the head before its genitives
	}
	t := &f.toks[h]
	if !strings.HasPrefix(t.Tag, "noun:inanim") || plural(t) || strings.Contains(t.Tag, "pron") || f.entityAt(h) != "" || wholes[f.low(h)] ||
		!hasCase(t, "v_naz") && !hasCase(t, "v_zna") || f.governedBy(h) != "" {
		return -1
	}
	lo := f.modifiersBefore(h)
	if lo > 0 && (isAnd(&f.toks[lo-1]) || f.low(lo-1) == "з" || f.low(lo-1) == "із") || !f.clauseOpens(f.allBefore(lo)) {
		return -1 // "Уряд і парламент ухвалили": joined subjects
	}
	return h
}

// spendGuarded reports whether the trigger tr is a payment whose payer
// may be spending on its own rather than aiding (see the guards in
// find): a verb among funders but співфінансувати, whose co-funding is
// a share in a project with others ("Обласна рада співфінансує
// проєкт"), or costs or funding taken on ("взяла на себе витрати").
func (f *finder) spendGuarded(tr trig) bool {
	v := f.verb(tr.at)
	if tr.noun >= 0 && (v == "взяти" || v == "брати" || v == "узяти") {
		l := f.low(tr.noun)
		return l == "витрата" || l == "фінансування"
	}
	return funders[v] && v != "співфінансувати"
}

// foughtAgainst reports whether the fighting verb at i names an enemy in
// its clause: after проти, or after з in the instrumental ("воював проти
// окупантів", "билися з поляками"). Without one the verb tells a
// biography of service or a scuffle, no attack: "воював в Афганістані",
// "бився в лавах повстанців", "воювали на боці російської армії",
// "щука б'ється об землю"; з after пліч-о-пліч or разом names an ally.
func (f *finder) foughtAgainst(i int) bool {
	enemy := func(j int) bool {
		switch f.low(j) {
		case "проти":
			return true
		case "з", "із", "зі":
			ally := j > 0 && (f.low(j-1) == "пліч-о-пліч" || f.low(j-1) == "разом" || f.low(j-1) == "пліч")
			return !ally && j+1 < len(f.toks) && hasCase(&f.toks[j+1], "v_oru")
		}
		return false
	}
	for j := i + 1; j+1 < len(f.toks) && j <= i+12; j++ {
		if t := &f.toks[j]; endsSentence(t) || finiteVerb(t) {
			break
		}
		if enemy(j) {
			return true
		}
	}
	// "з ким воював", "з москалями бився": the enemy put first
	for j := i - 1; j >= 0 && j >= i-4 && f.toks[j].Kind != vistka.Punct; j-- {
		if enemy(j) {
			return true
		}
	}
	return false
}

// soughtAnnulment reports whether the verb of seeking at i seeks an act
// annulled or found unlawful: "домагалась визнання договору недійсним",
// "домігся скасування наказу".
func (f *finder) soughtAnnulment(i int) bool {
	asked := false
	for j := i + 1; j < len(f.toks) && j <= i+9; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		switch l := f.low(j); {
		case l == "скасування" && isNoun(&f.toks[j]):
			return true
		case l == "визнання":
			asked = true
		case asked && (l == "недійсний" || l == "незаконний" || l == "протиправний"):
			return true
		}
	}
	return false
}

// wrongdoings are what someone may be caught at: на хабарі, на брехні,
// на чорному піарі, на гарячому.
var wrongdoings = map[string]bool{
	"хабар": true, "брехня": true, "піар": true, "крадіжка": true, "порушення": true, "махінація": true,
	"підробка": true, "плагіат": true, "обман": true, "шахрайство": true, "гарячий": true, "неправда": true,
	"фальсифікація": true, "підкуп": true, "корупція": true, "хабарництво": true,
	"змова": true, // "АМКУ спіймав фірму на тендерній змові"
}

// caughtAt reports whether a verb of catching at i catches someone named
// after it at a wrongdoing: "ОПОРА впіймала кандидата Миколу Онула на
// чорному піарі".
func (f *finder) caughtAt(i int) bool {
	named := false
	for j := i + 1; j < len(f.toks) && j <= i+10; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if f.entityAt(j) != "" || strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && hasCase(t, "v_zna") ||
			strings.Contains(t.Tag, "pron") && strings.Contains(t.Tag, ":pers") && hasCase(t, "v_zna") {
			named = true // "спіймав її на змові": the one a pronoun stands for
		}
		if lower(t) != "на" || !named {
			continue
		}
		for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
			if wrongdoings[f.low(k)] {
				return true
			}
			if !isAdj(&f.toks[k]) {
				break
			}
		}
	}
	return false
}

// givingUp are the verbs of giving something up that someone may be made
// to do: a refusal, a cancellation, leaving a post or a place.
var givingUp = map[string]bool{
	"відмовитися": true, "відмовлятися": true, "скасувати": true, "скасовувати": true,
	"зректися": true, "зрікатися": true, "поступитися": true, "поступатися": true,
	"покинути": true, "полишити": true, "звільнитися": true, "відкликати": true,
}

// madeToGiveUp reports whether the verb of forcing at i has for what it
// made someone do, a few words after it, a verb of giving up: "громада
// змусила його відмовитися від концерту", "змусили мера скасувати
// рішення". Being made to give something up is coercion even with no
// force named ("змусили воротаря попрацювати" is not).
func (f *finder) madeToGiveUp(i int) bool {
	for k := i + 1; k < len(f.toks) && k <= i+4; k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") {
			return strings.Contains(t.Tag, ":inf") && givingUp[verbLemma(t)]
		}
	}
	return false
}

// letterAsking returns, for a letter at i sent to someone named after до,
// the demand or plea after з that makes it a request ("листи до міського
// голови Сергія Кравченка з вимогою"); -1 when there is none.
func (f *finder) letterAsking(i int) int {
	if i+2 >= len(f.toks) || f.low(i+1) != "до" {
		return -1
	}
	named := false
	for j := i + 2; j+1 < len(f.toks) && j <= i+10; j++ {
		if f.entityAt(j) != "" {
			named = true
			continue
		}
		if f.toks[j].Kind == vistka.Punct {
			return -1
		}
		if l := f.low(j); named && (l == "з" || l == "із") {
			if k := f.low(j + 1); k == "вимога" || k == "прохання" || k == "заклик" {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// signedAfter reports whether the deal named at i has its partner after з
// or із and, set off by a comma, a participle of signing or making:
// "контракт з «Адвокатською фірмою «Альфа», підписаний 17 червня".
func (f *finder) signedAfter(i int) bool {
	if i+2 >= len(f.toks) || f.low(i+1) != "з" && f.low(i+1) != "із" {
		return false
	}
	named := false
	for j := i + 2; j+1 < len(f.toks) && j <= i+12; j++ {
		if f.entityAt(j) != "" {
			named = true
		}
		if f.toks[j].Kind != vistka.Punct || f.toks[j].Text == "«" || f.toks[j].Text == "»" || f.toks[j].Text == "\"" {
			continue
		}
		if f.toks[j].Text != "," || !named {
			return false
		}
		l := f.low(j + 1)
		return strings.HasPrefix(l, "підписан") || strings.HasPrefix(l, "укладен") || l == "підписаний" || l == "укладений"
	}
	return false
}

// mayDo reports whether the infinitive at i tells what a noun of power a
// few words before it allows: "матиме право більшістю голосів її членів
// зобов'язати кандидата".
func (f *finder) mayDo(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if abilities[f.low(k)] && strings.HasPrefix(t.Tag, "noun") {
			return true
		}
	}
	return false
}

// insistedOnAct reports whether the insisting at i is on an act named by a
// verbal noun right after на, past adjectives: "наполягає на скасуванні
// санкцій", "на негайній відставці уряду" (not "на своїй невинуватості").
func (f *finder) insistedOnAct(i int) bool {
	if i+2 >= len(f.toks) || f.low(i+1) != "на" {
		return false
	}
	j := f.nounPast(i+2, i+4, isAdj)
	if j < 0 {
		return false
	}
	l := f.low(j)
	return strings.HasSuffix(l, "ння") || strings.HasSuffix(l, "ття") || l == "відставка"
}

// dutyBound reports whether the infinitive at i tells a duty: зобов'язаний
// right before it, or with a form of бути between ("зобов'язана була
// відхилити").
func (f *finder) dutyBound(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch l := strings.ReplaceAll(f.low(k), "’", "'"); {
		case l == "зобов'язаний":
			return true
		case l != "бути" || !isVerb(&f.toks[k]):
			return false
		}
	}
	return false
}

// abilities are the nouns an infinitive after them tells a power by:
// право зобов'язати, повноваження звільнити. (A chance, можливість
// профінансувати, is left to the words around it: a plan may be told so.)
var abilities = map[string]bool{"право": true, "повноваження": true}

// actorBefore returns where the name of one of actors that ends right
// before token k begins, or k when none does.
func (f *finder) actorBefore(k int, actors []string) int {
	for k > 0 && f.toks[k-1].Kind == vistka.Word && f.entityAt(k-1) != "" && slices.Contains(actors, f.entityAt(k-1)) {
		k--
	}
	return k
}

// modifiers reports whether toks[from:to] are only words that may stand
// between a light verb and its noun: adjectives, numbers, prepositions and
// nouns of time (перші з 2022 року прямі).
func (f *finder) modifiers(from, to int) bool {
	for k := from; k < to; k++ {
		t := &f.toks[k]
		switch {
		case t.Kind == vistka.Number, strings.HasPrefix(t.Tag, "adj"), isPrep(t),
			// "першу за останні п'ять років зустріч": a count in words
			strings.HasPrefix(t.Tag, "numr"),
			strings.HasPrefix(t.Tag, "noun") && (f.spanType(k) == "DATE" || f.spanType(k) == "PERIOD"),
			// "завдали по прифронтових селах понад 400 ударів"
			strings.HasPrefix(t.Tag, "noun") && f.governedBy(k) != "" && !hasCase(t, "v_naz"),
			quantityWords[lower(t)]:
		default:
			return false
		}
	}
	return true
}

// pairedAfter reports whether a noun of objs with an event kind stands
// in the clause from j to end, past про or щодо right at j: "рішення про
// виділення коштів".
func (f *finder) pairedAfter(objs map[string]kind, j, end int) bool {
	if f.low(j) != "про" && f.low(j) != "щодо" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= end; k++ {
		if f.punctOrVerb(k) {
			return false
		}
		if pk, ok := objs[f.low(k)]; ok && pk.typ != "" {
			return true
		}
	}
	return false
}

// decisionOf reports whether the noun at j is what a decision is about:
// "рішення про виділення коштів".
func (f *finder) decisionOf(j int) bool {
	return j >= 2 && f.low(j-1) == "про" && f.low(j-2) == "рішення"
}

// allocationDecided reports whether the verb of taking at i takes a
// decision to allocate or grant, after it ("прийняла рішення про
// виділення …") or opening its clause ("Рішення про надання … приймала
// рада").
func (f *finder) allocationDecided(i int) bool {
	objs := pairs["прийняти"]
	if i+3 < len(f.toks) && f.low(i+1) == "рішення" && f.low(i+2) == "про" {
		if _, ok := objs[f.low(i+3)]; ok {
			return true
		}
	}
	return f.decisionBefore(i, objs) >= 0
}

// decisionBefore returns the noun in objs a decision is about when the
// decision opens the clause of the verb of taking it at i: "Рішення про
// виділення 2 млн гривень на ремонт лікарні ухвалила обласна рада". It
// returns -1 when there is none.
func (f *finder) decisionBefore(i int, objs map[string]kind) int {
	switch f.verb(i) {
	case "ухвалити", "ухвалювати", "прийняти", "приймати":
	default:
		return -1
	}
	for j := i - 1; j >= 2 && j >= i-14; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if k, ok := objs[lower(t)]; ok && k.typ != "" && f.decisionOf(j) && (j == 2 || f.toks[j-3].Kind == vistka.Punct) {
			return j
		}
	}
	return -1
}

// awayOrHome reports whether a match's ground follows the word at i in
// its clause: "в гостях", "вдома".
func (f *finder) awayOrHome(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) == "вдома" || f.low(j) == "гість" && plural(&f.toks[j]) && (f.low(j-1) == "в" || f.low(j-1) == "у") {
			return true
		}
	}
	return false
}

// claimNear reports whether a claim, an appeal or a motion (see claims)
// is named between the verb at i and three words past the noun at n:
// "залишив касаційну скаргу фірми без задоволення", "залишив без
// задоволення позов міськради".
func (f *finder) claimNear(i, n int) bool {
	for j := i + 1; j < len(f.toks) && j <= n+3; j++ {
		if claims[f.low(j)] {
			return true
		}
	}
	return false
}

// quotedFigure reports whether the finite verb at i stands alone in
// quotation marks inside narration, a word used in a figurative sense that
// still tells what was done: "цей план вчергове «зарізала» Верховна Рада".
// A verb so marked inside words quoted in turn ("підписом „Так в Україні
// «мобілізують» добровольців“") is part of those words, not narration.
func (f *finder) quotedFigure(i int) bool {
	t := &f.toks[i]
	return !strings.Contains(t.Tag, ":inf") && i > 0 && i+2 < len(f.toks) &&
		f.toks[i-1].Kind == vistka.QuoteMark && f.toks[i+1].Kind == vistka.QuoteMark &&
		f.toks[i+2].Kind == vistka.Word && !(i > 1 && f.toks[i-2].Text == ":") && !f.withinQuote(i-1)
}

// withinQuote reports whether an opening quotation mark before j in its
// sentence is left open at j: „ or « with no closing mark after it.
func (f *finder) withinQuote(j int) bool {
	depth := 0
	for k := j - 1; k >= 0; k-- {
		switch t := &f.toks[k]; {
		case t.Kind == vistka.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?"):
			return false
		case t.Kind != vistka.QuoteMark:
		case t.Text == "»" || t.Text == "“" || t.Text == "”":
			depth++
		case t.Text == "«" || t.Text == "„":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// underBefore returns the index of the noun among objs that під puts
// right before the verb at i, with adjectives between під and it and the
// name of whose measure it is after it ("Під підозру потрапили", "Під нові
// санкції Великої Британії потрапили"), or -1.
func (f *finder) underBefore(i int, objs []string) int {
	n := i - 1
	if e := f.entityAt(n); e != "" {
		// the owner's name, in the genitive or indeclinable
		for n >= 0 && f.entityAt(n) == e {
			if t := &f.toks[n]; !hasCase(t, "v_rod") && !strings.Contains(t.Tag, ":nv") && t.Kind == vistka.Word {
				return -1
			}
			n--
		}
	}
	if n < 1 || !isNoun(&f.toks[n]) || !slices.Contains(objs, f.low(n)) {
		return -1
	}
	j := f.beforeAdjs(n, -1)
	if j < 0 || f.low(j) != "під" {
		return -1
	}
	return n
}

// hasFormat reports whether a meeting is multilateral: the trigger is a
// summit, or the sentence sets the meeting in a format or at a forum (у
// форматі С5+1, на саміті, на засіданні), not merely talks about one
// (підготовку до саміту).
func (f *finder) hasFormat(tr trig) bool {
	if multilateralWords[f.low(tr.at)] {
		return !f.twoSided(tr.at)
	}
	for i := range f.toks {
		t := &f.toks[i]
		if multilateralWords[lower(t)] && hasCase(t, "v_mis") && !f.twoSided(i) && !f.inDiscussed(tr, i) && !f.asideRelative(i, tr.at) {
			return true
		}
		if lower(t) == "багатосторонній" {
			return true
		}
	}
	return false
}

// decisionRefused reports whether the verb of recognising at i is negated
// and has for its object a decision or a vote, before it or right after
// it, with no adjective that says what it was found to be ("не визнав
// рішення незаконним" is a finding): "рішення сесії не визнав", "не
// визнає рішення ради".
func (f *finder) decisionRefused(i int) bool {
	if i == 0 || f.low(i-1) != "не" {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "conj") || strings.HasPrefix(t.Tag, "verb") {
			break // another clause: "не визнав і назвав його «політичною розправою»"
		}
		if strings.HasPrefix(t.Tag, "adj") && hasCase(t, "v_oru") {
			return false
		}
	}
	for j := max(0, i-4); j < len(f.toks) && j <= i+2; j++ {
		if j == i-1 || j == i {
			continue
		}
		if t := &f.toks[j]; refusedDecisions[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_zna") || hasCase(t, "v_rod") || hasCase(t, "v_naz")) {
			return true
		}
	}
	return false
}

// refusedDecisions are what a body or an official may refuse to
// recognise (see decisionRefused).
var refusedDecisions = map[string]bool{"рішення": true, "вибори": true, "голосування": true, "вердикт": true, "постанова": true}

// asideRelative reports whether the word at i stands in a relative
// clause of який or котрий set off by commas that closes before the
// trigger at: "міністр Ірина Коваль, яка очолює українську делегацію на
// конференції, провела переговори з керівництвом компанії" met the firm;
// the conference is where she is, not the format of the talks.
func (f *finder) asideRelative(i, at int) bool {
	if i >= at {
		return false
	}
	opened := false
	for k := i - 1; k > 0; k-- {
		if t := f.toks[k].Text; t == "," || t == "—" || t == "–" || t == "(" {
			break
		}
		if l := f.low(k); (l == "який" || l == "котрий") && hasCase(&f.toks[k], "v_naz") {
			opened = f.toks[k-1].Text == ","
			break
		}
	}
	if !opened {
		return false
	}
	for k := i + 1; k < at; k++ {
		if f.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// inDiscussed reports whether the word at i stands in what the
// discussion verb at tr names, after its object: "обговорили наступне
// засідання … у форматі «Рамштайн»" sets the meeting talked about in the
// format, not the talks.
func (f *finder) inDiscussed(tr trig, i int) bool {
	if !tr.verb || !discussVerbs[f.verb(tr.at)] || i <= tr.at {
		return false
	}
	for k := tr.at + 1; k < i; k++ {
		t := &f.toks[k]
		if endsSentence(t) {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_zna") && f.entityAt(k) == "" && f.spanType(k) == "" && f.governedBy(k) == "" {
			return true
		}
	}
	return false
}

// discussVerbs tell talks by what was talked about, their object.
var discussVerbs = map[string]bool{"обговорити": true, "обговорювати": true}

// mediated reports whether the sentence makes a meeting mediated: a
// mediation word stands in it, and not as the role talked about
// ("обговорив роль Дохи як посередника", "роль Катару як посередниці"):
// that is the topic of a meeting of two, not a go-between at it.
func (f *finder) mediated() bool {
	for i := range f.toks {
		if !mediationWords[f.low(i)] {
			continue
		}
		roleOf := false
		for j := i - 1; j >= 0 && j >= i-5 && f.toks[j].Kind != vistka.Punct; j-- {
			if f.low(j) == "роль" {
				roleOf = true
				break
			}
		}
		if !roleOf {
			return true
		}
	}
	return false
}

// announcement returns the last event of the statement that the sentence
// says came after the meeting noun at at ("Оголошення пролунало після
// зустрічі польського міністра з Шмигалем" after "Косіняк-Камиш у
// вівторок у Варшаві оголосив, що Польща передасть …"): an event of
// the last of the five sentences before whose verb the sentence's
// first noun names. It returns nil otherwise.
func (f *finder) announcement(at int) *vistka.Event {
	if at < 3 || f.low(at-1) != "після" || !hasCase(&f.toks[0], "v_naz") {
		return nil
	}
	verb := statementNouns[f.low(0)]
	if verb == "" || !slices.ContainsFunc(f.toks[1:at-1], func(t vistka.Token) bool { return soundedVerbs[verbLemma(&t)] }) {
		return nil
	}
	for k := len(f.before) - 1; k >= 0 && f.sentencesSince(&f.before[k]) <= 5; k-- {
		e := &f.before[k]
		for s := f.s - 1; s >= 0; s-- {
			if sent := f.a.Sentences[s]; sent.RStart == e.Sentence.Start {
				if slices.ContainsFunc(sent.Tokens, func(t vistka.Token) bool { return verbLemma(&t) == verb }) {
					return e
				}
				break
			}
		}
	}
	return nil
}

// statementNouns are the nouns of a statement with the verb it is made
// by; soundedVerbs say that one was made.
var (
	statementNouns = map[string]string{"оголошення": "оголосити", "заява": "заявити"}
	soundedVerbs   = map[string]bool{"пролунати": true, "прозвучати": true}
)

// repeats reports whether an event of the same kind by the same actors was
// read from an earlier sentence.
func (f *finder) repeats(ev vistka.Event) bool {
	for _, b := range f.before {
		if b.Type == ev.Type && b.Mode == ev.Mode && slices.Equal(b.Actors, ev.Actors) {
			return true
		}
	}
	return false
}

// headBefore returns the word that opens the clause before the verb at
// at when only genitives that hang on it stand between, a counted one's
// numeral too ("Директору компанії повідомили", "Директорам трьох шкіл
// оголошено догани"), else at-1.
func (f *finder) headBefore(at int) int {
	k := at - 1
	for k > 0 && at-1-k < 3 && f.toks[k-1].Kind != vistka.Punct && (hasCase(&f.toks[k], "v_rod") || f.genitiveOnDative(k)) &&
		(isNoun(&f.toks[k]) || isAdj(&f.toks[k]) || strings.HasPrefix(f.toks[k].Tag, "numr")) {
		k--
	}
	if k < at-1 && !isNoun(&f.toks[k]) && isNoun(&f.toks[k+1]) && f.toks[k].Kind == vistka.Word && !isAdj(&f.toks[k]) && !strings.HasPrefix(f.toks[k].Tag, "numr") {
		k++ // past the head to the word that opens the clause: "що майстра лісу відсторонено"
	}
	if k < at-1 && isNoun(&f.toks[k]) {
		return k
	}
	return at - 1
}

// broughtHome reports whether додому stands between the verb at i and its
// object at n: "Україна повернула додому 157 захисників" brings its own
// people home.
func (f *finder) broughtHome(i, n int) bool {
	for j := i + 1; j < n; j++ {
		if f.low(j) == "додому" {
			return true
		}
	}
	return false
}

// attributesQuote reports whether the verb at i attributes a direct quote
// that closes right before it: "«…», – обурюється пан Богдан".
func (f *finder) attributesQuote(i int) bool {
	j := i - 1
	for j >= 0 && j >= i-2 && (f.toks[j].Kind == vistka.Dash || f.toks[j].Text == "," || f.toks[j].Text == "-") {
		j--
	}
	return j >= 0 && j < i-1 && f.toks[j].Kind == vistka.QuoteMark && (f.toks[j].Text == "»" || f.toks[j].Text == "”" || f.toks[j].Text == "\"")
}

// signedBefore reports whether the pronoun object of the signing verb at i
// stands for an agreement whose signing the sentence before told: "За
// підсумками зустрічі було підписано протокол про наміри. Його підписали
// Лисенко та заступник примара Кишинева." (not a law: "Закон ухвалила
// Рада. Тепер його має підписати президент.")
func (f *finder) signedBefore(i int) bool {
	if f.s == 0 {
		return false
	}
	var g byte
	for _, k := range []int{i - 2, i - 1, i + 1} {
		if k >= 0 && k < len(f.toks) && strings.Contains(f.toks[k].Tag, "pron:pers:3") && hasCase(&f.toks[k], "v_zna") {
			g = gender(&f.toks[k])
		}
	}
	toks := f.a.Sentences[f.s-1].Tokens
	for k := range toks {
		if v := toks[k].Lemma; v != "підписати" && v != "підписувати" && v != "укласти" || !isVerb(&toks[k]) {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+4 && toks[n].Kind != vistka.Punct; n++ {
			if t := &toks[n]; strings.HasPrefix(t.Tag, "noun") && signedDocs[lower(t)] {
				return gender(t) == g || g == 0 && strings.Contains(t.Tag, ":n:")
			}
		}
		for n := k - 1; n >= 0 && n >= k-3 && toks[n].Kind != vistka.Punct; n-- {
			if t := &toks[n]; strings.HasPrefix(t.Tag, "noun") && signedDocs[lower(t)] && hasCase(t, "v_zna") {
				return gender(t) == g // "Угоду підписали у Львові. Її підписали …"
			}
		}
	}
	return false
}

// doubted reports whether the verb at i follows навряд чи in its clause:
// "навряд чи й федерація футболу допомогла", "уряд навряд чи виділить
// кошти". The writer doubts the event; it is neither told nor planned.
func (f *finder) doubted(i int) bool {
	for j := i - 1; j >= 1 && j >= i-8; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) == "чи" && f.low(j-1) == "навряд" {
			return true
		}
	}
	return false
}

// scareQuoted reports whether the event noun at n stands alone in quote
// marks, a common noun in lower case: "Жителі міста висловили свої
// «співчуття»". The marks set the word off as not meant; a name in marks
// (операція «Допомога») begins with a capital.
func (f *finder) scareQuoted(n int) bool {
	if n < 1 || n+1 >= len(f.toks) || !isOpenQuote(f.toks[n-1].Text) || !isCloseQuote(f.toks[n+1].Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.toks[n].Text)
	return unicode.IsLower(r)
}

// mentionedIn reports whether the entity e is named at a token from i up
// to (not including) end.
func (f *finder) mentionedIn(e string, i, end int) bool {
	for j := max(i, 0); j < end && j < len(f.toks); j++ {
		if f.entityAt(j) == e {
			return true
		}
	}
	return false
}

// withAskBefore finds, before the verb of turning to someone at i, the
// ask it is made with: "З проханням підтримати громади вони звернулися до
// голови ради". It returns the noun's index, or -1.
func (f *finder) withAskBefore(i int) int {
	for j := i - 1; j > 0 && j >= i-12; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || finiteVerb(t) {
			return -1
		}
		switch f.low(j) {
		case "вимога", "прохання", "заклик", "клопотання", "пропозиція":
			if strings.HasPrefix(t.Tag, "noun") && (f.low(j-1) == "з" || f.low(j-1) == "із") {
				if _, ok := nouns[f.low(j)]; ok {
					return j
				}
			}
		}
	}
	return -1
}

// rejectedAct returns the noun of a passed act (рішення, постанова,
// закон) that the rejecting verb of tr takes, right after it or after
// the infinitive it governs (відмовився виконувати це рішення), or -1.
func (f *finder) rejectedAct(tr trig, end int) int {
	if tr.noun >= 0 {
		if passedActs[f.low(tr.noun)] {
			return tr.noun
		}
		return -1
	}
	for k := tr.at + 1; k < end && k <= tr.at+4; k++ {
		t := &f.toks[k]
		switch {
		case strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, ":inf"), strings.HasPrefix(t.Tag, "adv"),
			strings.HasPrefix(t.Tag, "adj") && strings.Contains(t.Tag, "pron:dem"):
		case strings.HasPrefix(t.Tag, "noun") && passedActs[f.low(k)] && (hasCase(t, "v_zna") || hasCase(t, "v_naz") || hasCase(t, "v_rod") && strings.Contains(f.toks[tr.at].Tag, ":neg")):
			// (an inanimate accusative has the nominative's form, which
			// the tagger may choose: "ветував закон")
			return k
		default:
			return -1
		}
	}
	return -1
}

// assetDeclaration reports whether the декларація at j is one's
// declaration of income and property, not a joint one: electronic, of
// property or of income (електронна, майнова декларація, декларація про
// доходи), one's own (його декларація), or a single person's (декларація
// судді, декларація Петра Коваля; the leaders' declaration is joint).
func (f *finder) assetDeclaration(j int) bool {
	if j > 0 {
		switch f.low(j - 1) {
		case "електронний", "майновий", "податковий", "щорічний", "свій", "його", "її", "їхній":
			return true
		}
	}
	if j+2 < len(f.toks) && f.low(j+1) == "про" && (f.low(j+2) == "доходи" || f.low(j+2) == "майно" || f.low(j+2) == "дохід") {
		return true
	}
	if j+1 < len(f.toks) {
		n := &f.toks[j+1]
		if hasCase(n, "v_rod") && strings.HasPrefix(n.Tag, "noun:anim") && !strings.Contains(n.Tag, ":p:") && !strings.Contains(n.Tag, "pron") {
			return true
		}
		if e := f.entityAt(j + 1); e != "" && f.ents.Type(e) == "PERS" {
			return true
		}
	}
	return false
}

// reproachedTo reports whether the verb of throwing at i reproaches
// someone: a noun or a pronoun in the dative follows it, past adjectives,
// before any punctuation ("закидають районним відділам освіти нецільове
// використання", "закинув йому бездіяльність"). Throwing takes the
// accusative and the instrumental ("закидали будівлю яйцями").
func (f *finder) reproachedTo(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if hasCase(t, "v_dav") && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "pron")) {
			return f.low(j) != "собі"
		}
		if f.datForGen(j) {
			return true
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// lightBefore finds the event noun of the light verb at i put before it
// in its clause as the object ("Допомогу Україні надала Японія", "Нові
// санкції Канада запровадила вчора"): a noun of objs under no
// preposition in the accusative, or read as a nominative where it cannot
// be the verb's subject. It returns -1 when there is none.
func (f *finder) lightBefore(i int, objs []string) int {
	impers := strings.Contains(f.toks[i].Tag, "impers")
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if impers && j == i-1 && beAux(t) {
			continue // "Атаку на Харків було здійснено": the impersonal form's past бути
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return -1
		}
		if !slices.Contains(objs, f.low(j)) || !strings.HasPrefix(t.Tag, "noun") || !f.eventNoun(j) || f.governedBy(j) != "" || f.entityAt(j) != "" {
			continue // (no word of a name: "фракції «Європейська солідарність» Ірина Геращенко заявила")
		}
		if f.packageOpening(j) {
			return j // "20-й пакет санкцій проти Росії Рада ЄС ухвалила 15 травня": the package put first
		}
		// (a form the tagger read as a nominative is the object when the
		// verb has a subject of its own or does not agree with it:
		// "Нові санкції проти Росії запровадила Канада")
		if hasCase(t, "v_zna") && !hasCase(t, "v_naz") || hasCase(t, "v_naz") && (f.otherSubject(i, j) || !sameForm(t, &f.toks[i]) || f.personAfterVerb(i)) {
			return j
		}
		if hasCase(t, "v_rod") && genitiveLight[f.verb(i)] {
			return j // "Удару по Харкову завдала Росія": завдати takes the genitive
		}
		return -1
	}
	return -1
}

// personAfterVerb reports whether a person named by a common animate
// noun in the nominative, of the verb's form, follows the verb at i past
// its adjectives: the subject put last, so that an event noun before the
// verb is its object ("Напад на АЗС здійснив місцевий житель").
func (f *finder) personAfterVerb(i int) bool {
	h := i + 1
	for h < len(f.toks) && isAdj(&f.toks[h]) && hasCase(&f.toks[h], "v_naz") {
		h++
	}
	if h >= len(f.toks) {
		return false
	}
	t := &f.toks[h]
	return strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_naz") && sameForm(t, &f.toks[i])
}

// warnerActs reports whether one of actors is a subject of the warning
// verb at w: the warner will act himself ("Фермери попередили, що …
// перекриють трасу").
func (f *finder) warnerActs(w int, actors []string) bool {
	for _, s := range f.subjects(w) {
		if slices.Contains(actors, s) {
			return true
		}
	}
	return false
}

// mainVerbAfter returns the finite verb of the main clause that an
// adverbial participle at at opens the sentence before ("Підписавши
// угоду, міністри поїхали"), or -1: the participle comes before any
// finite verb, and the verb is the first after the comma closing it.
func (f *finder) mainVerbAfter(at int) int {
	if !strings.HasPrefix(f.toks[at].Tag, "advp") {
		return -1
	}
	finite := func(t *vistka.Token) bool {
		return finiteVerb(t)
	}
	for j := range at {
		if finite(&f.toks[j]) {
			return -1
		}
	}
	comma := -1
	for j := at + 1; j < len(f.toks); j++ {
		t := &f.toks[j]
		if comma < 0 {
			if t.Text == "," {
				comma = j
			} else if finite(t) || t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" && t.Text != "\"" && t.Text != "-" {
				return -1
			}
			continue
		}
		if j == comma+1 && (strings.HasPrefix(t.Tag, "conj") || slices.Contains([]string{"який", "котрий", "що", "де", "коли", "куди"}, f.low(j))) {
			return -1 // "Підписавши угоду, яку …": a clause inside the participle's
		}
		if finite(t) {
			return j
		}
		if t.Kind == vistka.Punct {
			return -1
		}
	}
	return -1
}

// works are writings and pieces of art that may "call" on people.
var works = map[string]bool{"вірш": true, "пісня": true, "книга": true, "роман": true, "фільм": true, "стаття": true,
	"картина": true, "плакат": true, "твір": true, "вистава": true, "поема": true}

// workSays reports whether the verb at i is said of a work through a
// relative що or який after it: "вірші «…» і «…», що закликають".
func (f *finder) workSays(i int) bool {
	if i < 3 || f.low(i-1) != "що" && f.low(i-1) != "який" || f.toks[i-2].Text != "," {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-12; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "verb") || t.Text == "," && !f.inQuotedText(j) {
			return false
		}
		if works[f.low(j)] && strings.HasPrefix(t.Tag, "noun") {
			return true
		}
	}
	return false
}

// ownClaims are what one holds or aims at oneself and may give up, other
// than the holdings whose giving up concedes: "відмовився від мерських
// амбіцій", "не відмовляється від посвідчення народного депутата".
var ownClaims = map[string]bool{"амбіція": true, "амбіції": true, "посвідчення": true, "членство": true,
	"кандидатура": true, "балотування": true,
	// one's own habits and food: відмовилися від їжі, від звички
	"звичка": true, "їжа": true, "алкоголь": true, "куріння": true, "паління": true, "м'ясо": true,
	"м’ясо": true, "цукор": true, "сигарета": true, "спиртне": true, "солодке": true}

// contests are what one takes part in as a bidder or a candidate, not as
// a party another side invited: quitting them rejects no one.
var contests = map[string]bool{"аукціон": true, "тендер": true, "торг": true, "конкурс": true,
	"закупівля": true, "вибори": true, "приватизація": true, "відбір": true}

// contestQuit reports whether the refusal at i gives up one's own part in
// a contest: від участі, then в or у and a contest past its adjectives
// ("відмовилася від участі в аукціоні", "від участі у тендері на ремонт
// доріг"). Talks or a summit stay rejected: "відмовилися від участі в
// переговорах".
func (f *finder) contestQuit(i int) bool {
	j := f.fromAfter(i)
	if j < 0 || j+3 >= len(f.toks) || f.low(j+1) != "участь" || f.low(j+2) != "в" && f.low(j+2) != "у" {
		return false
	}
	k := f.pastAdjs(j + 3)
	return k < len(f.toks) && contests[f.low(k)]
}

// fromAfter returns the від that follows the verb at i, past й, і, також
// and теж ("відмовився також від …"), or -1.
func (f *finder) fromAfter(i int) int {
	j := i + 1
	for j < len(f.toks) && (f.low(j) == "й" || f.low(j) == "і" || f.low(j) == "також" || f.low(j) == "теж") {
		j++
	}
	if j < len(f.toks) && f.low(j) == "від" {
		return j
	}
	return -1
}

// refusedThing reports whether the verb of refusing at i has for its
// object, after від past adjectives and pronouns (after the verb, or
// fronted before it), a noun that is none of rejectables: "відмовлявся
// від книги", "від цукру і кави".
func (f *finder) refusedThing(i int) bool {
	thing := func(n int) bool { return n >= 0 && !rejectables[f.low(n)] && f.spanType(n) == "" }
	if j := f.fromAfter(i); j >= 0 {
		return thing(f.nounPast(j+1, j+4, func(t *vistka.Token) bool {
			return isAdj(t) || strings.HasPrefix(t.Tag, "adv") || strings.Contains(t.Tag, "pron")
		}))
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if f.low(k) == "від" {
			return thing(f.nounPast(k+1, i-1, func(*vistka.Token) bool { return true }))
		}
	}
	return false
}

// ownClaim reports whether the verb at i has for its object, after від
// past adjectives, one of ownClaims, after the verb (й, і, також between)
// or fronted before it.
func (f *finder) ownClaim(i int) bool {
	if j := f.fromAfter(i); j >= 0 {
		k := f.nounPast(j+1, j+4, isAdj)
		return k >= 0 && ownClaims[f.low(k)]
	}
	if i >= 2 && isNoun(&f.toks[i-1]) && ownClaims[f.low(i-1)] {
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if f.low(k) == "від" {
				return true
			}
			if !isAdj(&f.toks[k]) {
				return false
			}
		}
	}
	return false
}

// involvement are the nouns of one's own part in a deed that one denies.
var involvement = map[string]bool{"причетність": true, "провина": true, "вина": true, "участь": true,
	"зв'язок": true, "належність": true}

// ownInvolvement reports whether the verb at i takes one's part in a deed
// as its object: "заперечує свою причетність до групи", "заперечив
// провину".
func (f *finder) ownInvolvement(i int) bool {
	j := f.nounPast(i+1, i+3, isAdj)
	return j >= 0 && involvement[f.low(j)]
}

// planOf returns the finite verb of plan or intent right before the
// infinitive at at ("планують провести перевірку", "мають намір
// оскаржити" is left to its noun), or at itself: the verb whose clause
// and number tell who acts.
func (f *finder) planOf(at int) int {
	if at > 0 && strings.Contains(f.toks[at].Tag, ":inf") && finiteVerb(&f.toks[at-1]) {
		switch f.low(at - 1) {
		case "планувати", "збиратися", "мати", "могти", "готуватися", "обіцяти", "пообіцяти", "вирішити":
			return at - 1
		}
	}
	return at
}

// heldWith reports whether the meeting noun at n names whom it was held
// with right after it: "нараду з керівниками лікарень" (an instrumental
// after з), not "нараду з питань безпеки", or after the place it was
// held in: "нараду в обласній військовій адміністрації з керівниками
// енергетичних компаній".
func (f *finder) heldWith(n int) bool {
	// "провели першу в історії спільну нараду": a joint one is held
	// by the sides named as its subject
	for k := n - 1; k >= 0 && isAdj(&f.toks[k]); k-- {
		if l := scan.ToLower(f.toks[k].Lemma); l == "спільний" || l == "двосторонній" || l == "тристоронній" {
			return true
		}
	}
	n = f.pastPlaceAt(n + 1)
	if n+2 >= len(f.toks) {
		return false
	}
	switch f.low(n + 1) {
	case "з", "із", "зі":
	default:
		return false
	}
	t := &f.toks[n+2]
	return (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && hasCase(t, "v_oru")
}

// pastPlaceAt returns the last token of a place phrase at i, в or у with
// up to five words in the locative ("в обласній військовій
// адміністрації"), or i-1 when none stands there.
func (f *finder) pastPlaceAt(i int) int {
	if i >= len(f.toks) || f.low(i) != "в" && f.low(i) != "у" {
		return i - 1
	}
	k := i + 1
	for k < len(f.toks) && k <= i+5 && (isNoun(&f.toks[k]) || isAdj(&f.toks[k])) && hasCase(&f.toks[k], "v_mis") {
		k++
	}
	if k == i+1 {
		return i - 1
	}
	return k - 1
}

// purposeAfter reports whether the money named at j is followed by its
// purpose, на or для ("кошти на відновлення шкіл"), not only told a
// reply ("у відповідь на прохання громади уряд виділить кошти").
func (f *finder) purposeAfter(j int) bool {
	return j+1 < len(f.toks) && (f.low(j+1) == "на" || f.low(j+1) == "для")
}

// purposeToldBefore reports whether the money allotted at i goes, after
// на in its clause, to a cause the text has told before and names by a
// pronoun: "Компанія виділить на це 2 млн гривень", "університет уже
// виділив на це 150 тис. євро", "на ці цілі". A firm's or a school's
// money put to another's cause so told is a gift, not its own spending.
func (f *finder) purposeToldBefore(i int) bool {
	start, end := f.allotClause(i)
	for j := start; j+1 <= end; j++ {
		if f.low(j) != "на" {
			continue
		}
		switch n := scan.ToLower(f.toks[j+1].Text); {
		case n == "це":
			return true
		case n == "ці" && j+2 <= end && (f.low(j+2) == "ціль" || f.low(j+2) == "потреба"):
			return true
		}
	}
	return false
}

// steeredAgreed reports whether the accord verb v agrees to give, by the
// infinitive at i, what names no aid: revenues steered to a cause
// ("міністри домовилися спрямувати доходи від заморожених активів на
// відбудову України") give no event of their own, so the accord is the
// event.
func (f *finder) steeredAgreed(v string, i int) bool {
	if v != "домовитися" && v != "домовлятися" {
		return false
	}
	k, ok := verbs[f.verb(i)]
	return !(ok && k.typ != "") && gives[f.verb(i)] && !f.aidNamed(i)
}

// aidNamed reports whether the verb of giving at i names, in its clause,
// what is given as aid is: a sum, goods or arms, or a noun its light
// verb takes ("домовилися виділити Україні 5 млрд доларів", "домовилися
// передати дві системи ППО", "надати допомогу").
func (f *finder) aidNamed(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+10 && f.toks[j].Kind != vistka.Punct; j++ {
		l := f.low(j)
		if (materiel[l] || gifts[l]) && f.ofAct(j) {
			continue // "спрямувати доходи на закупівлю зброї": arms bought, not given
		}
		if f.spanType(j) == "MON" || currencies[l] || materiel[l] || gifts[l] || slices.Contains(lightVerbs[f.verb(i)], l) {
			return true
		}
	}
	return false
}

// ofAct reports whether the noun at j is the genitive of a common noun
// right before it, the object of an act named so ("на закупівлю зброї",
// "виробництво снарядів"), not a thing itself given.
func (f *finder) ofAct(j int) bool {
	if j < 1 || !hasCase(&f.toks[j], "v_rod") {
		return false
	}
	t := f.toks[j-1].Tag
	return strings.HasPrefix(t, "noun") && !strings.Contains(t, ":prop") && !strings.Contains(t, "v_dav")
}

// recommendedTo reports whether the noun of advice at j says what to do
// and the clause of the verb at i, up to the noun, names in the dative,
// under no preposition, whom the advice is given: "Компаніям надано
// рекомендації знизити ціни", "надав «підозрюваним» рітейлерам
// рекомендації про необхідність …".
func (f *finder) recommendedTo(i, j int) bool {
	lo := f.clauseStart(i)
	// what to do said after it: "рекомендації знизити ціни", "про
	// необхідність збільшити" (not "рекомендації щодо лікування")
	if j+1 >= len(f.toks) || !strings.Contains(f.toks[j+1].Tag, ":inf") && !(f.low(j+1) == "про" && j+2 < len(f.toks) && f.low(j+2) == "необхідність") {
		return false
	}
	for k := lo; k < j; k++ {
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && !strings.Contains(t.Tag, "pron:refl") && f.governedBy(k) == "" {
			return true
		}
	}
	return false
}

// senseAfter reports whether "сенс" follows the infinitive at i within its
// clause: "розмовляти з ним є сенс".
func (f *finder) senseAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		if f.low(j) == "сенс" {
			return true
		}
	}
	return false
}

// aboutNoun reports whether the noun at j is the one "про" governs right
// after the verb at i, past its adjectives: "заявив про повну підтримку".
func (f *finder) aboutNoun(i, j int) bool {
	return i+2 < len(f.toks) && f.low(i+1) == "про" && j == f.pastAdjs(i+2)
}

// settledOnLess reports whether погодитися at i is followed by лише or
// тільки and на with a sum of money ("погодився лише на 30 млн
// гривень"): of a sum asked, a part granted, which is a ruling on a
// request or a haggle and no accord ("погодилася лише на перемир'я"
// still agrees to something).
func (f *finder) settledOnLess(i int) bool {
	if i+3 >= len(f.toks) {
		return false
	}
	if l := f.low(i + 1); l != "лише" && l != "тільки" && l != "лишень" {
		return false
	}
	return f.low(i+2) == "на" && f.spanType(i+3) == "MON"
}

// thingNoun reports whether the word at j is a thing one can be given,
// read off the noun's kind rather than a list: a common inanimate noun in
// the accusative whose ending does not make it an act or a quality (-ння,
// -ття, -ість, -ція, -ство) and which is none of the abstract things
// given in words (відповідь, статус, дозвіл): "передали два трактори",
// "надали тимчасове житло" (not "надали відповідь", "надали статус").
func (f *finder) thingNoun(j int) bool {
	t := &f.toks[j]
	counted := j > 0 && (f.toks[j-1].Kind == vistka.Number || strings.HasPrefix(f.toks[j-1].Tag, "numr")) // "два трактори", read as a nominative
	if !hasCase(t, "v_zna") && !(counted && hasCase(t, "v_naz")) || f.governedBy(j) != "" {
		return false
	}
	return f.goodsNoun(j)
}

// taskSet reports whether the verb of charging at i, not an infinitive
// itself, is followed in its clause by the one charged in the dative and
// then an infinitive, the task set: "доручив управлінню перевірити
// лікарню" (not "доручили йому справу", nor "доручив до кінця тижня
// закрити вікна", which names no one charged, nor a resolution's
// "Доручити голові ради …").
func (f *finder) taskSet(i int) bool {
	if strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	dative := f.frontedCharged(i) >= 0 // "Управлінню освіти доручили перевірити школу": the one charged put first
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "verb") {
			return dative && strings.Contains(t.Tag, ":inf")
		}
		if (strings.HasPrefix(t.Tag, "noun") || f.entityAt(j) != "") && hasCase(t, "v_dav") && !isPrep(&f.toks[j-1]) {
			dative = true
		}
		if j == i+1 && strings.HasPrefix(t.Tag, "noun:inanim:m") && hasCase(t, "v_rod") && (strings.HasSuffix(t.Text, "у") || strings.HasSuffix(t.Text, "ю")) {
			dative = true // "доручив відділу освіти": the tagger may read the dative of a masculine noun as its genitive
		}
	}
	return false
}

// frontedCharged returns where the one charged with a task stands when it
// opens the clause of the subjectless verb of charging at at, in the dative
// with its genitives and before any adverb or time ("Управлінню освіти
// доручили перевірити школу", "Комісії доручено підготувати звіт"): a noun
// that is no nominative too (Лікарні, which may be the subject of a
// plural) unless the verb is impersonal, and no pronoun, the verb a past plural with no subject before it or an
// impersonal form. It returns -1 for any other clause.
func (f *finder) frontedCharged(at int) int {
	if vt := f.toks[at].Tag; !strings.Contains(vt, "impers") && !(strings.Contains(vt, ":past") && pluralTag(vt)) {
		return -1
	}
	before := f.adverbsBefore(f.timeBefore(f.adverbsBefore(at)))
	k := f.headBefore(before)
	if e := f.entityAt(before - 1); before > 0 && e != "" {
		for k = before - 1; k > 0 && f.entityAt(k-1) == e; k-- {
		} // "Комісії з питань бюджету доручено": the name's first word
	}
	if k < 0 || k >= at {
		return -1
	}
	t := &f.toks[k]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_dav") || hasCase(t, "v_naz") && !strings.Contains(f.toks[at].Tag, "impers") || !f.clauseOpens(f.allBefore(f.modifiersBefore(k))) {
		return -1
	}
	return k
}

// lawInterest reports whether the interest of the verb at i is an
// inquiry: law enforcement, named before it in its clause, took interest
// in someone or something told in the instrumental after it ("прокурори
// зацікавилися депутатом", "СБУ зацікавилася діяльністю фірми").
func (f *finder) lawInterest(i int) bool {
	if i > 0 && hasCase(&f.toks[i-1], "v_oru") && isNoun(&f.toks[i-1]) {
		// "поетом зацікавився Слідчий комітет Росії": the one of
		// interest first, the body after the verb
		for j := i + 1; j < len(f.toks) && j <= i+3 && f.toks[j].Kind != vistka.Punct; j++ {
			if lawBodies[f.low(j)] {
				return true
			}
		}
	}
	if i+1 >= len(f.toks) || !hasCase(&f.toks[i+1], "v_oru") {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if f.toks[j].Kind == vistka.Punct {
			break
		}
		if lawBodies[f.low(j)] {
			return true
		}
	}
	return false
}

// summedUp reports whether the sentence sums up what was told before it:
// it opens with "Таким чином," or "Отже," and has a word of summing
// ("сумарно", "загалом", "усього", "разом") before its first verb.
func (f *finder) summedUp() bool {
	if len(f.toks) < 4 {
		return false
	}
	switch first := strings.ToLower(f.toks[0].Text); {
	case first == "таким" && strings.ToLower(f.toks[1].Text) == "чином", first == "отже":
	default:
		return false
	}
	for k := 1; k < len(f.toks); k++ {
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if summing[f.low(k)] {
			return true
		}
	}
	return false
}

// summing are the adverbs that add up amounts or counts told before.
var summing = map[string]bool{"сумарно": true, "загалом": true, "усього": true, "всього": true, "разом": true}

// keepers are the verbs of keeping or putting a person in office that a
// vote can be for.
var keepers = map[string]bool{"залишити": true, "залишати": true, "переобрати": true, "призначити": true, "обрати": true}

// voteToKeep reports whether the words from i on, after проголосувати за,
// are "те, щоб" and a verb of keeping or putting one in office with a
// person or a pronoun for its object: "проголосувала за те, щоб залишити
// його на цій посаді" is the voters' support of him.
func (f *finder) voteToKeep(i int) bool {
	if i+3 >= len(f.toks) || f.low(i) != "те" || f.toks[i+1].Text != "," || f.low(i+2) != "щоб" {
		return false
	}
	j := i + 3
	if !isVerb(&f.toks[j]) || !keepers[f.low(j)] || j+1 >= len(f.toks) {
		return false
	}
	o := &f.toks[j+1]
	return hasCase(o, "v_zna") && (strings.Contains(o.Tag, ":pron") || f.entityAt(j+1) != "")
}

// anyoneWho reports whether the verb at i is in a clause of хто after a
// comma and a pronoun of people at large: "закликав тих, хто ще не
// підписав конвенцію", "подякував усім, хто надав допомогу". Its subject
// is whoever it is, not the main clause's.
func (f *finder) anyoneWho(i int) bool {
	for j := i - 1; j >= 2 && j >= i-4; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) != "хто" {
			continue
		}
		return f.toks[j-1].Text == "," && whoAntecedents[f.low(j-2)]
	}
	return false
}

// whoAntecedents are the pronouns a clause of хто tells of: тих, хто …
var whoAntecedents = map[string]bool{
	"ті": true, "тих": true, "тим": true, "тими": true, "той": true, "того": true, "тому": true,
	"всі": true, "всіх": true, "всім": true, "всіма": true, "усі": true, "усіх": true, "усім": true, "усіма": true,
	"кожен": true, "кожного": true, "кожному": true, "кожний": true,
}

// conditionalMood reports whether the finite verb at at is itself in the
// conditional mood, with б or би right beside it, and its sentence states
// no condition for it: "Він охоче зустрівся б із ними, бо не має чого
// приховувати". What one would do is not told as done. With a condition
// (якби, якщо, or another б: "Якби мер не скасував рішення, активісти
// вийшли б на протест", "Був би телефон, він би зателефонував") the
// event stays, hypothetical (see aux). A modal before an infinitive ("міг
// би допомогти") is not the trigger's own mood and is left to aux.
func (f *finder) conditionalMood(at int) bool {
	if at < 0 || at >= len(f.toks) || !strings.Contains(f.toks[at].Tag, ":past") {
		return false
	}
	own := -1
	for _, j := range [...]int{at + 1, at - 1} {
		if j >= 0 && j < len(f.toks) && f.toks[j].Kind != vistka.Punct {
			if l := f.low(j); l == "б" || l == "би" {
				own = j
				break
			}
		}
	}
	if own < 0 {
		return false
	}
	for j := range f.toks {
		switch l := f.low(j); {
		case j == own:
		case l == "б" || l == "би" || l == "якби" || l == "якщо" || l == "коли" && j+1 < len(f.toks) && (f.low(j+1) == "б" || f.low(j+1) == "би"):
			return false
		}
	}
	return true
}

// shouldHave reports whether the infinitive at at is what someone should
// have done, governed by мати in the past with б or би, past adverbs
// ("уряд мав би спершу обговорити механізм із бізнесом"): a
// counterfactual, told because it was not done, which gives no event.
func (f *finder) shouldHave(at int) bool {
	if at < 2 || at >= len(f.toks) || !strings.Contains(f.toks[at].Tag, ":inf") {
		return false
	}
	for j := at - 1; j >= 1 && j >= at-4; j-- {
		if l := f.low(j); l == "б" || l == "би" {
			return f.verb(j-1) == "мати" && strings.Contains(f.toks[j-1].Tag, ":past")
		}
		if t := &f.toks[j]; t.Kind == vistka.Punct || !strings.HasPrefix(t.Tag, "adv") {
			return false
		}
	}
	return false
}

// claimsLodged reports whether the вимога at n is lodged by the verb of
// stating at i: no preposition between them but до (to the debtor), and
// the noun in the accusative: "заявили до заводу грошові вимоги".
func (f *finder) claimsLodged(i, n int) bool {
	if !hasCase(&f.toks[n], "v_zna") {
		return false
	}
	for j := i + 1; j < n; j++ {
		if isPrep(&f.toks[j]) && f.low(j) != "до" {
			return false
		}
	}
	return true
}

// finiteBefore returns the first finite verb after the noun at at and
// before end, else end: a noun that is its clause's subject has its sides
// before its verb, whose object is no side of it.
func (f *finder) finiteBefore(at, end int) int {
	for j := at + 1; j < end; j++ {
		if finiteVerb(&f.toks[j]) {
			return j
		}
	}
	return end
}

// ownResignation reports whether the відставка at n, after a verb of
// announcing, is the speaker's own: right after про or про свою, with no
// one's genitive after it ("оголосив про свою відставку", "заявив про
// відставку з посади"; not "оголосив про відставку міністра").
func (f *finder) ownResignation(n int) bool {
	if n < 1 || f.low(n-1) != "про" && !(n > 1 && f.low(n-1) == "свій" && f.low(n-2) == "про") {
		return false
	}
	if n+1 >= len(f.toks) {
		return true
	}
	t := &f.toks[n+1]
	return t.Kind == vistka.Punct || !(isNoun(t) || isAdj(t)) && f.entityAt(n+1) == ""
}
