package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
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
	"гурток": true, "заняття": true, "урок": true, "курс": true, "курси": true, "секція": true,
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
