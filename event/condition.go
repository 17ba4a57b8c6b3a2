package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// threatVerbs threaten what their clause says will follow.
var threatVerbs = map[string]bool{
	"пригрозити": true, "погрожувати": true, "погрозити": true, "пригрожувати": true, "попередити": true, "попереджати": true,
	"грозити": true, "грозитися": true, "застерігати": true,
}

// threatCondition reports whether the trigger at at stands in the
// condition of a threat: a clause opened by якщо or якби after a verb of
// threatening earlier in the sentence ("пригрозив, що Україна звернеться
// до СОТ, якщо Угорщина не скасує заборону"). What the other side must
// do or not do is no event of its own.
func (f *finder) threatCondition(at int) bool {
	open := -1
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if l := f.low(j); l == "якщо" || l == "якби" {
			open = j
			break
		}
		if t.Kind == vistka.Punct && t.Text != "," || finiteVerb(t) {
			return false // another clause's verb lies between
		}
	}
	if open < 0 {
		return false
	}
	for j := open - 1; j >= 0; j-- {
		if endsSentence(&f.toks[j]) {
			return false
		}
		if threatVerbs[f.verb(j)] {
			return true
		}
	}
	return false
}

// inCondition reports whether the trigger at at stands in a clause of
// якщо or якби that opens a few words before it, with no other clause's
// verb or a comma between: "Якщо донори погодяться, установки можуть
// прибути", "Данія може профінансувати закупівлю, якщо Євросоюз схвалить
// фонд". What is only supposed is not told as done or to be done; what
// may follow it (the main clause) stays a hypothetical event.
func (f *finder) inCondition(at int) bool {
	for j := at - 1; j >= 0 && j >= at-6; j-- {
		t := &f.toks[j]
		if l := f.low(j); l == "якщо" || l == "якби" {
			return true
		}
		if t.Kind == vistka.Punct || t.Kind == vistka.QuoteMark || finiteVerb(t) {
			return false
		}
	}
	return false
}

// inQuestion reports whether the trigger at at stands in a question of
// чи that opens its clause (at the sentence's start or after a comma,
// a colon or a dash) with a verb right after it: "Чи погодиться Вашингтон
// пришвидшити поставки, поки невідомо", "На запитання, чи запросять
// Україну на саміт, …". What is asked is not told. (Чи between two
// nouns is "or"; "навряд чи підтримає" is a doubt told.)
func (f *finder) inQuestion(at int) bool {
	for j := at - 1; j >= 0 && j >= at-6; j-- {
		t := &f.toks[j]
		if f.low(j) == "чи" {
			if !isVerb(&f.toks[j+1]) {
				return false
			}
			if j == 0 {
				return true
			}
			p := &f.toks[j-1]
			return p.Kind == vistka.Punct && (p.Text == "," || p.Text == ":" || p.Text == "—" || p.Text == "–" || p.Text == "-") || endsSentence(p)
		}
		if t.Kind == vistka.Punct || t.Kind == vistka.QuoteMark {
			return false
		}
	}
	return false
}

// passedOnRequest reports whether the trigger is передати with a request
// (прохання, вимога) that belongs to a name in the genitive right after
// it: "Келлог пообіцяв передати прохання Києва до Білого дому". The one
// who passes it on carries another's request and asks nothing himself;
// a note passed with a request of one's own ("передало ноту з
// проханням") stays a request.
func (f *finder) passedOnRequest(tr trig) bool {
	n := tr.noun
	if !tr.verb || n < 0 || n+1 >= len(f.toks) || (f.verb(tr.at) != "передати" && f.verb(tr.at) != "передавати") {
		return false
	}
	if l := f.toks[n].Lemma; l != "прохання" && l != "вимога" {
		return false
	}
	return hasCase(&f.toks[n+1], "v_rod") && f.entityAt(n+1) != ""
}

// refusals name a demand not met.
var refusals = map[string]bool{"відмова": true, "невиконання": true, "ігнорування": true, "незгода": true, "бездіяльність": true,
	"несплата": true, "невиплата": true, "неповернення": true, "непогашення": true, // a debt not paid: "у разі несплати боргу"
	"зрив": true} // a term or a promise not kept: "у разі зриву цих термінів"

// warnedOfUnmet reports whether the warning verb at i opens a що-clause
// that starts with a demand not met, "у разі відмови" or the like, and
// says what will then be done: "попередила, що в разі бездіяльності влади
// люди перекриють шосе" is a threat ("попередили, що в разі похолодання
// …" names no demand).
func (f *finder) warnedOfUnmet(i int) bool {
	if !f.commaThat(i, 3) {
		return false
	}
	j := i + 3
	if l := f.low(j); l != "у" && l != "в" || f.low(j+1) != "раз" || !refusals[f.low(j+2)] {
		return false
	}
	for k := j + 3; k < len(f.toks) && !endsSentence(&f.toks[k]); k++ {
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "verb") && (strings.Contains(t.Tag, ":futr") || strings.Contains(t.Tag, ":perf") && strings.Contains(t.Tag, ":pres")) {
			return true
		}
	}
	return false
}

// warnedOfReply reports whether the verb of warning at i opens a clause
// of що that tells an act still to come as a reply, у відповідь before
// or after its verb, or the answer itself: "попередив, що у відповідь
// Москва розмістить ракети в Білорусі", "попередили, що завдадуть удару
// у відповідь", "попередив Тайвань, що відповість силою". A
// retaliation held over is a threat (PLOVER's THREATEN), whatever act
// it names.
func (f *finder) warnedOfReply(i int) bool {
	that := -1
	for j := i + 2; j < len(f.toks) && j <= i+5 && that < 0; j++ {
		if f.thatAfterComma(j) {
			that = j // (past the one warned: "попередив Тайвань, що")
		}
	}
	if that < 0 {
		return false
	}
	reply, future := false, false
	for k := that + 1; k+1 < len(f.toks) && !endsSentence(&f.toks[k]); k++ {
		if l := f.low(k); (l == "у" || l == "в") && f.low(k+1) == "відповідь" && !f.replyToAsk(k+1) {
			reply = true
		}
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "verb") && (strings.Contains(t.Tag, ":futr") || strings.Contains(t.Tag, ":perf") && strings.Contains(t.Tag, ":pres")) {
			future = true
			if l := f.low(k); (l == "відповісти" || l == "відповідати") && !f.replyToAsk(k) {
				reply = true // "попередив Тайвань, що відповість силою": the answer itself held over
			}
		}
	}
	return reply && future
}

// asks are what one replies to in kind, no hostile act: "у відповідь на
// прохання громади", "на запит", "на звернення".
var asks = map[string]bool{"прохання": true, "запит": true, "звернення": true, "заклик": true, "лист": true,
	"запитання": true, "питання": true, "пропозиція": true, "запрошення": true, "клопотання": true}

// replyToAsk reports whether відповідь at j answers a request or a
// question (asks) after на: a reply, no retaliation.
func (f *finder) replyToAsk(j int) bool {
	if j+2 >= len(f.toks) || f.low(j+1) != "на" {
		return false
	}
	n := f.nounPast(j+2, j+5, isAdj)
	return n >= 0 && asks[f.low(n)]
}

// warnedOfForce reports whether the verb of warning at i opens a clause
// of що that tells an act still to come of the side warning, or of the
// state or body it names, done by any means or on a condition:
// "попередив, що Мінськ «застосує все, що має», якщо хтось перетне
// кордон", "попередили, що захищатимуть свої судна всіма доступними
// засобами". A clause whose subject is a thing ("попередили, що ціни
// зростуть, якщо …") is no threat.
func (f *finder) warnedOfForce(i int) bool {
	if !f.commaThat(i, 2) {
		return false
	}
	act := -1
	for j := i + 3; j < len(f.toks) && j <= i+8 && act < 0; j++ {
		t := &f.toks[j]
		switch {
		case t.Kind == vistka.QuoteMark || t.Text == "«" || t.Text == "»" || t.Text == "\"":
		case t.Kind == vistka.Punct || f.low(j) == "не":
			return false
		case strings.HasPrefix(t.Tag, "verb"):
			if !strings.Contains(t.Tag, ":futr") && !(strings.Contains(t.Tag, ":perf") && strings.Contains(t.Tag, ":pres")) {
				return false
			}
			act = j
		case hasCase(t, "v_naz") && strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") && f.entityAt(j) == "":
			return false // the clause's subject is a thing or a common noun
		}
	}
	if act < 0 {
		return false
	}
	for k := act + 1; k < len(f.toks) && !endsSentence(&f.toks[k]); k++ {
		switch f.low(k) {
		case "якщо", "якби":
			return f.toks[k-1].Text == "," || f.toks[k-1].Kind == vistka.QuoteMark || f.toks[k-1].Text == "»"
		case "засіб":
			if l := f.low(k - 1); anyMeans[l] || k > 1 && anyMeans[f.low(k-2)] {
				return true
			}
		}
	}
	return false
}

// anyMeans are the words of "всіма (доступними) засобами", "будь-якими
// засобами".
var anyMeans = map[string]bool{"весь": true, "увесь": true, "будь-який": true}

// warnedOfOwnAct reports whether the verb of warning at i tells, in its
// clause of що, that its subject may do an act that is an event
// ("«Нафтогаз» попередив, що може обмежити постачання газу", "водії
// попередили, що з квітня можуть оголосити страйк"): a threat of one's
// own act. A clause with a subject of its own ("попередили, що погода
// може погіршитися") or what may only happen ("може бути") is none.
func (f *finder) warnedOfOwnAct(i int) bool {
	if !f.commaThat(i, 2) {
		return false
	}
	for j := i + 3; j+1 < len(f.toks) && j <= i+7; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if f.low(j) != "могти" || strings.Contains(t.Tag, ":inf") {
				return false
			}
			n := &f.toks[j+1]
			if !strings.HasPrefix(n.Tag, "verb") || !strings.Contains(n.Tag, ":inf") {
				return false
			}
			inf := f.low(j + 1)
			if verbs[inf].typ != "" {
				return true
			}
			// a verb that is an event only with its object: оголосити страйк
			for k := j + 2; k < len(f.toks) && k <= j+4; k++ {
				if _, paired := pairs[inf][f.low(k)]; paired || slices.Contains(lightVerbs[inf], f.low(k)) {
					return true
				}
			}
			return false
		}
		if hasCase(t, "v_naz") && (strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron")) {
			return false // the clause's own subject
		}
	}
	return false
}

// attacks are what one side warns it will answer by force: "у разі
// нападу Росія завдасть удару" is a threat, as an answer to a refusal is.
var attacks = map[string]bool{"напад": true, "агресія": true, "вторгнення": true, "атака": true, "удар": true, "провокація": true}

// onRefusal reports whether the clause of the trigger at at opens with
// "у разі відмови" or the like: what will be done if a demand is not met
// is a threat ("заявив, що в разі відмови Кишинів звернеться до ГА ООН"),
// and so is what will be done if the other side attacks ("у разі нападу").
func (f *finder) onRefusal(at int) bool {
	for j := at - 1; j >= 2 && j >= at-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," {
			break
		}
		if (refusals[f.low(j)] || attacks[f.low(j)]) && f.low(j-1) == "раз" && (f.low(j-2) == "у" || f.low(j-2) == "в") {
			return true
		}
		if finiteVerb(t) {
			break
		}
	}
	return f.onAttackAfter(at)
}

// onAttackAfter reports whether "у разі нападу" or the like follows the
// trigger at at in its clause: "Росія завдасть удару у разі нападу".
func (f *finder) onAttackAfter(at int) bool {
	for j := at + 1; j+2 < len(f.toks) && j <= at+10; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," || finiteVerb(t) {
			return false
		}
		if (f.low(j) == "у" || f.low(j) == "в") && f.low(j+1) == "раз" && attacks[f.low(j+2)] {
			return true
		}
	}
	return false
}

// threatOf returns the threat that the event ev, told as what will follow
// a refusal, makes: the same actors threaten, and nobody is named as its
// target.
func threatOf(ev vistka.Event) vistka.Event {
	th := ev
	th.Type, th.Mode = "THREATEN", ""
	th.Actors = append([]string(nil), ev.Actors...)
	th.Recipients = []string{}
	th.Aux = []string{}
	return th
}

// breaches are what calling something an accusation names it: a breach,
// a crime, a provocation ("назвали візит «провокацією»"), blackmail, an
// act of terror or aggression.
var breaches = map[string]bool{"порушення": true, "злочин": true, "провокація": true, "шантаж": true,
	"теракт": true, "терор": true, "агресія": true, "диверсія": true,
	// an act called an attack by someone: "назвав відключення GPS
	// гібридною атакою Росії"
	"атака": true, "кібератака": true, "напад": true, "саботаж": true}

// blamingAdjectives are what calling an act blames it for: "назвало дії
// російської сторони дискримінаційними", "назвав акцію незаконною" (a
// criticism, no refusal: see voidWords).
var blamingAdjectives = map[string]bool{"дискримінаційний": true, "незаконний": true, "протиправний": true,
	"неприйнятний": true, "провокаційний": true, "злочинний": true}

// shamingAdjectives are what calling an act or a decision condemns it as,
// in words of morals or of relations between states rather than of law:
// "назвав рішення EFC «ганебним»", "назвала рішення Кишинева «недружнім
// кроком»", "назвав позицію Москви цинічною". Unlike a ruling called
// unlawful (decisionCalled), a decision so called is blamed too.
var shamingAdjectives = map[string]bool{"ганебний": true, "цинічний": true, "недружній": true, "ворожий": true,
	"абсурдний": true, "лицемірний": true, "варварський": true, "безвідповідальний": true, "аморальний": true,
	"терористичний": true, "агресивний": true}

// calledBreach reports whether the verb назвати at i names its object a
// breach or a crime, or calls it unlawful or discriminatory, in the
// instrumental, before any punctuation: "назвав рішення Будапешта
// порушенням угоди" and "назвало дії російської сторони
// дискримінаційними" are accusations.
func (f *finder) calledBreach(i int) bool { return f.breachAt(i) > 0 }

// breachAt returns where the noun of a breach in the instrumental stands
// after the verb of calling at i (calledBreach), or -1.
func (f *finder) breachAt(i int) int {
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return -1
		}
		if breaches[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_oru") {
			return j
		}
		if blamingAdjectives[f.low(j)] && strings.HasPrefix(t.Tag, "adj") && hasCase(t, "v_oru") && !f.decisionCalled(i, j) {
			return j // "назвало дії російської сторони дискримінаційними"
		}
		if shamingAdjectives[f.low(j)] && strings.HasPrefix(t.Tag, "adj") && hasCase(t, "v_oru") {
			return j // "назвав рішення EFC «ганебним»"
		}
		if f.low(j) == "такий" && hasCase(t, "v_oru") && f.breachClause(j) {
			return j // "рішення Будапешта назвали таким, що порушує Угоду про асоціацію"
		}
	}
	return -1
}

// breachClause reports whether "таким" at j opens ", що порушує …" or
// ", що суперечить …": an act called one that breaks an agreement or a
// law, which blames whoever did it.
func (f *finder) breachClause(j int) bool {
	if !f.commaThat(j, 1) {
		return false
	}
	switch f.low(j + 3) {
	case "порушувати", "порушити", "суперечити":
		return true
	}
	return false
}

// decisionCalled reports whether what the verb of calling at i calls by
// the adjective at j is a decision, after the verb or just before it:
// "назвав рішення суду незаконним" criticises a ruling, which the sets
// leave as no event (see voidWords), unlike acts blamed.
func (f *finder) decisionCalled(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if voidedActs[f.low(k)] && isNoun(&f.toks[k]) {
			return true
		}
	}
	for k := i - 1; k >= 0 && i-k <= 4 && f.toks[k].Kind != vistka.Punct; k-- {
		if voidedActs[f.low(k)] && isNoun(&f.toks[k]) {
			return true
		}
	}
	return false
}

// voidWords are what calling a decision refuses to recognise it as:
// null, illegitimate, invalid. Calling it unlawful ("назвала рішення
// незаконним") is a criticism, not a refusal.
var voidWords = map[string]bool{"нікчемний": true, "нелегітимний": true, "недійсний": true}

// voidedActs are the acts a body can reject by calling them void.
var voidedActs = map[string]bool{"рішення": true, "вирок": true, "ухвала": true, "постанова": true, "резолюція": true,
	"указ": true, "закон": true, "вибори": true, "референдум": true}

// calledVoid reports whether the verb назвати at i calls a decision null
// or unlawful: "рішення суду назвали «юридично нікчемним»", "назвав
// вирок незаконним" reject it.
func (f *finder) calledVoid(i int) bool { return f.voidedAt(i) >= 0 }

// voidedAt returns where the decision stands that the verb назвати at i
// calls void (calledVoid), or -1. The decision is the object, before the
// verb or after it; the adjective is in the instrumental, an adverb or
// quotation marks between.
func (f *finder) voidedAt(i int) int {
	void := false
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "\"" {
			break
		}
		if voidWords[f.low(j)] && strings.HasPrefix(t.Tag, "adj") && hasCase(t, "v_oru") {
			void = true
			break
		}
	}
	if !void {
		return -1
	}
	act := func(j int) bool {
		t := &f.toks[j]
		// (the tagger may read "рішення" as a genitive)
		return voidedActs[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_zna") || f.low(j) == "рішення")
	}
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if f.toks[j].Kind == vistka.Punct {
			break
		}
		if act(j) {
			return j
		}
	}
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		if act(j) {
			return j
		}
	}
	return -1
}

// falseWords are what calling a claim denies it is true: a fake, a lie,
// a manipulation ("назвав фейком заяви Москви").
var falseWords = map[string]bool{"фейк": true, "брехня": true, "неправда": true, "дезінформація": true,
	"вигадка": true, "маніпуляція": true, "наклеп": true}

// statedClaims are what one says that another may call false.
var statedClaims = map[string]bool{"заява": true, "заяви": true, "слово": true, "слова": true, "повідомлення": true,
	"інформація": true, "звинувачення": true, "твердження": true, "відео": true, "публікація": true, "дані": true}

// falseClaimAt returns where the claim stands that the verb назвати at i
// calls false, "назвав фейком заяви російського МЗС", "ці слова назвали
// маніпуляцією": a denial, REJECT; or -1. The claim is the object,
// before the verb or after it; the false word is a noun in the
// instrumental right after the verb or after the claim.
func (f *finder) falseClaimAt(i int) int {
	called := func(j int) bool {
		return j < len(f.toks) && falseWords[f.low(j)] && isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_oru")
	}
	// (in whatever case the tagger reads a form such as заяви or слова
	// in, but not governed by a preposition)
	claim := func(j int) bool {
		t := &f.toks[j]
		return statedClaims[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && !hasCase(t, "v_oru") && !hasCase(t, "v_mis") &&
			f.entityAt(j) == "" && f.governedBy(j) == ""
	}
	if called(i + 1) {
		// "назвав фейком заяви …": the claim after the false word
		if i+2 < len(f.toks) && claim(i+2) {
			return i + 2
		}
		// "ці слова назвали маніпуляцією": the claim before the verb
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if f.toks[j].Kind == vistka.Punct {
				break
			}
			if claim(j) {
				return j
			}
		}
		return -1
	}
	// "назвав заяви Москви фейком": the claim, its owner, the false word
	if i+1 < len(f.toks) && claim(i+1) {
		for j := i + 2; j < len(f.toks) && j <= i+5 && f.toks[j].Kind != vistka.Punct; j++ {
			if called(j) {
				return i + 1
			}
		}
	}
	return -1
}

// voidedOwner returns the entity named in the genitive right after the
// decision at k: whose decision is rejected ("рішення Ради Європи").
func (f *finder) voidedOwner(k int) string {
	for j := k + 1; j < len(f.toks) && j <= k+3; j++ {
		if e := f.entityAt(j); e != "" && hasCase(&f.toks[j], "v_rod") {
			return e
		}
		if !hasCase(&f.toks[j], "v_rod") {
			break
		}
	}
	return ""
}

// calledOwners returns the entities named between the verb of calling at
// i and the breach noun at k: whose act is called a breach ("назвав
// рішення Будапешта порушенням угоди з ЄС" accuses Budapest, not the EU
// the agreement is with).
func (f *finder) calledOwners(i, k int) []string {
	if e := f.entityAt(k + 1); e != "" && hasCase(&f.toks[k+1], "v_rod") && breaches[f.low(k)] && f.low(k) != "порушення" {
		// "назвав обстріл Харкова воєнним злочином Росії": whose crime
		// the genitive after it says (the names before are what it hit);
		// a breach's genitive is what is broken ("порушенням Угоди про
		// асоціацію")
		if t := f.ents.Type(e); t == "LOC" || t == "ORG" || t == "PERS" {
			return []string{e}
		}
	}
	var out []string
	for j := i + 1; j < k; j++ {
		if p := f.governedBy(j); p == "по" || p == "на" || j > 0 && nouns[f.low(j-1)].typ == "ASSAULT" {
			// "назвав удар по Одесі терористичною атакою", "обстріл
			// Херсона": the target, not the one blamed
			continue
		}
		if e := f.entityAt(j); e != "" && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		// the act put before the verb: "рішення Будапешта назвали
		// таким, що порушує …"
		for j := i - 1; j >= 0 && j >= i-5 && f.toks[j].Kind != vistka.Punct; j-- {
			if voidedActs[f.low(j)] && isNoun(&f.toks[j]) {
				if e := f.voidedOwner(j); e != "" {
					out = append(out, e)
				}
				break
			}
		}
	}
	return out
}

// givenBefore reports whether the clause of the verb at at has, before
// the verb, goods or money it gives: "Ще два автотрансформатори
// наступного тижня передасть Литва" puts the object first; so does a
// relative clause of a sum or goods (see relativeGiven).
func (f *finder) givenBefore(at int) bool {
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return f.relativeGiven(at) || f.shareApposed(j)
		}
		if strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if f.spanType(j) == "MON" || materiel[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") || f.shareOfSum(j) {
			return true
		}
		if materiel[f.low(j)] && strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_naz") && !agree(t, &f.toks[at]) {
			return true // "Гуманітарний вантаж для Сумщини відправила Італія": read as a nominative, yet no subject of the verb
		}
	}
	return false
}

// shareOfSum reports whether the noun at j is a sum or the money of a cost
// in the genitive after a share of it: "понад половину суми надав фонд",
// "частину коштів".
func (f *finder) shareOfSum(j int) bool {
	if t := &f.toks[j]; !wholeSums[f.low(j)] || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_rod") || j == 0 {
		return false
	}
	return shares[f.low(j-1)] && isNoun(&f.toks[j-1])
}

// shareApposed reports whether the comma at c closes a sum set off by
// commas after a share of it put first: "а решту, 13 млн гривень, надав
// уряд Данії", "половину, 2 млн євро, виділить фонд".
func (f *finder) shareApposed(c int) bool {
	if c < 3 || f.toks[c].Text != "," || f.spanType(c-1) != "MON" {
		return false
	}
	j := c - 1
	for j > 0 && f.spanType(j-1) == "MON" {
		j--
	}
	if j < 2 || f.toks[j-1].Text != "," {
		return false
	}
	t := &f.toks[j-2]
	return shares[f.low(j-2)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna")
}

// wholeSums are the nouns of money given as a whole (see shareOfSum).
var wholeSums = map[string]bool{"сума": true, "кошти": true, "кошт": true, "вартість": true}

// shares are the nouns of a part of a sum (see shareOfSum).
var shares = map[string]bool{"половина": true, "частина": true, "третина": true, "чверть": true, "решта": true}

// relativeGiven reports whether the clause of the verb at at opens with a
// relative pronoun (in the accusative, or in the nominative as the tagger
// may read it: a sum gives nothing) that stands for a sum or goods named
// right before the comma: "у 150 млн євро, які виділить банк", "шість
// котелень, які Данія передала місту".
func (f *finder) relativeGiven(at int) bool {
	j := at - 1
	for j >= 0 && f.toks[j].Kind != vistka.Punct {
		j--
	}
	if j < 1 || j+1 >= at || f.toks[j].Text != "," || f.toks[j+1].Lemma != "який" || !hasCase(&f.toks[j+1], "v_zna") && !hasCase(&f.toks[j+1], "v_naz") {
		return false
	}
	return f.spanType(j-1) == "MON" || materiel[f.low(j-1)] && isNoun(&f.toks[j-1])
}

// numberOf reports whether the token's tag is plural (1), singular (-1) or
// says neither (0).
func numberOf(t *vistka.Token) int {
	switch {
	case strings.Contains(t.Tag, ":p:") || strings.HasSuffix(t.Tag, ":p"):
		return 1
	case strings.Contains(t.Tag, ":s:") || strings.HasSuffix(t.Tag, ":s") ||
		strings.Contains(t.Tag, ":m:") || strings.HasSuffix(t.Tag, ":m") ||
		strings.Contains(t.Tag, ":f:") || strings.HasSuffix(t.Tag, ":f") ||
		strings.Contains(t.Tag, ":n:") || strings.HasSuffix(t.Tag, ":n"):
		return -1
	}
	return 0
}

// sameForm reports whether the noun n can be the subject of the finite
// verb v: of its number, and of its gender for a past form.
func sameForm(n, v *vistka.Token) bool {
	if numberOf(n) != numberOf(v) {
		return false
	}
	if !strings.Contains(v.Tag, ":past") || numberOf(v) == 1 {
		return true
	}
	for _, g := range []string{":m", ":f", ":n"} {
		if has := func(t *vistka.Token) bool { return strings.Contains(t.Tag, g+":") || strings.HasSuffix(t.Tag, g) }; has(v) {
			return has(n)
		}
	}
	return true
}

// invertedSubject returns the name that ends the clause right after the
// finite verb at at, in the nominative and of the verb's number (and
// gender, for a past form), when the noun in the nominative before the
// verb is of another: the object came first and the subject last ("Ще
// два автотрансформатори наступного тижня передасть Литва", "Найбільший
// внесок оголосила Німеччина"). It returns "" otherwise.
func (f *finder) invertedSubject(at int) string {
	v := &f.toks[at]
	if !finiteVerb(v) || numberOf(v) == 0 || at+1 >= len(f.toks) {
		return ""
	}
	// a sum and the one given it put first ("Фінансування у розмірі 4,5
	// млн євро Молдові надасть уряд Естонії"): the giver comes last, in
	// the nominative even where the tagger read an accusative, perhaps a
	// body's noun before its state's name
	// (so is the giver after a relative pronoun that stands for the sum or
	// the goods: "150 млн євро, які виділить Європейський інвестиційний
	// банк", where the tagger reads the name as an accusative)
	// (and so is the giver of the rest of a sum set off by commas: "а
	// решту, 13 млн гривень, надав уряд Данії в межах програми")
	apposed := gives[f.verb(at)] && f.shareApposed(at-1)
	// (and so is the funder after a work put first, which the tagger
	// reads as the subject: "Закупівлю частково профінансує ЄБРР",
	// "Будівництво мосту профінансує Світовий банк"; and the doer of a
	// light verb whose own noun opens the clause: "Досудове розслідування
	// здійснює слідчий відділ поліції")
	// (and so is the giver of a gift put first: "Автомобіль бригаді
	// подарував фонд «Повернись живим»")
	given := f.dativeBefore(at) != "" && f.sumFronted(at) || gives[f.verb(at)] && f.relativeGiven(at) || apposed || f.workFunded(at) || f.lightObjectBefore(at) >= 0 ||
		f.verb(at) == "подарувати" && f.giftBefore(at) >= 0
	if p := f.animateAfter(at); p != "" {
		return p // "Кооператив відвідав начальник ОВА": the thing put first
	}
	e, start := f.entityAt(at+1), at+1
	first := at + 1 // the name's first token, whose form must fit the verb
	if e == "" && at+2 < len(f.toks) && alsoWords[f.low(at+1)] && f.entityAt(at+2) != "" {
		// "Це рішення підтримав і ВГСУ": the subject put last, with і
		// (too) before it
		e, start, first = f.entityAt(at+2), at+2, at+2
	}
	if e == "" && given && at+2 < len(f.toks) && isNoun(&f.toks[at+1]) && giverHeads[f.low(at+1)] && hasCase(&f.toks[at+2], "v_rod") {
		e, start = f.entityAt(at+2), at+2
	}
	if e == "" && given && at+3 < len(f.toks) && isNoun(&f.toks[at+1]) && actorNoun(f.low(at+1)) && isOpenQuote(f.toks[at+2].Text) {
		// "Автомобіль бригаді подарував фонд «Повернись живим»": a
		// body's kind before its quoted name
		e, start = f.entityAt(at+3), at+3
	}
	if e == "" && at+2 < len(f.toks) && groupHeads[f.low(at+1)] && hasCase(&f.toks[at+1], "v_naz") {
		// "кібератаку … здійснило угруповання UAC-0050": a group's noun
		// before its name
		e, start = f.entityAt(at+2), at+2
	}
	if e == "" {
		return f.invertedBody(at)
	}
	n := &f.toks[first]
	// (an acronym's gender is its head word's, which the tagger may not
	// know: НАБУ, бюро, read as feminine; its number is enough)
	if !sameForm(n, v) && !(strings.Contains(n.Tag, ":nv") && numberOf(n) == numberOf(v)) || strings.Contains(n.Tag, ":nv") && f.ents.Type(e) != "ORG" {
		return ""
	}
	nv := strings.Contains(n.Tag, ":nv") // an acronym, read in any case
	if !hasCase(n, "v_naz") && !nv && !(given && hasCase(n, "v_zna")) && !accusativeAsNominative(n) {
		return ""
	}
	end := start
	for end < len(f.toks) && f.entityAt(end) == e {
		end++
	}
	if end < len(f.toks) && start == at+3 && isCloseQuote(f.toks[end].Text) {
		end++ // past the quoted name's closing mark
	}
	// (or come before a phrase under a preposition when the object put
	// first has a form only the accusative has: "частину коштів надасть
	// Європейський інвестиційний банк у вигляді кредиту"; the verb has
	// its object then, and the name is no second one)
	strict := false
	if end < len(f.toks) && f.toks[end].Kind != vistka.Punct && !(given && isPrep(&f.toks[end])) {
		if !isPrep(&f.toks[end]) {
			return "" // the name must close the clause (or, a giver's, come before a phrase of how)
		}
		strict = true
	}
	if v := f.verb(at); !strict && (v == "виступити" || v == "виступати") && f.frontedAgainst(at) == 0 {
		return e // "Проти діяльності фірми «Еко-Сервіс» виступає аеропорт": what is opposed came first
	}
	if apposed {
		return e // "а решту, 13 млн гривень, надав уряд Данії": the rest of the sum came first
	}
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return ""
		}
		if f.entityAt(j) != "" && hasCase(t, "v_naz") {
			if f.appositionOfObject(j) || f.kindDisagrees(j, v) {
				continue // "компанію «Бета» оштрафувала комісія": the object's name
			}
			return "" // a name before the verb: the usual order
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") && !hasCase(t, "v_naz") && f.entityAt(j) == "" &&
			(j == 0 && strings.Contains(t.Tag, ":anim") || f.governedBy(j) == "" && !timeNouns[t.Lemma]) {
			// "Агента ФСБ затримала СБУ": a person put first as the
			// object, the body after the verb agreeing with it;
			// "минулого року компанію перевіряла Рахункова палата": a
			// thing in a form only the accusative has
			return e
		}
		if nv || strict && !(hasCase(t, "v_naz") && (strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron"))) {
			continue // (an acronym stands after its verb only past a fronted object)
		}
		if f.inQuotedText(j) {
			continue // "за статтею «фінансування тероризму»": a title's words
		}
		if hasCase(t, "v_naz") && (strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron")) {
			if strict {
				return ""
			}
			if numberOf(t) != 0 && !sameForm(t, v) {
				return e
			}
			if given && !strings.Contains(t.Tag, ":anim") {
				return e // the fronted object's noun, not the giver
			}
			return ""
		}
	}
	return ""
}

// invertedSubjectEnd returns the index past the subject that follows the
// finite verb at at (see invertedSubject), when it is one of actors: its
// nouns and adjectives in the nominative (or an inanimate accusative of
// the same form), the genitives hanging on them and its name's words and
// quotes. It returns -1 when the verb has no subject after it.
func (f *finder) invertedSubjectEnd(at int, actors []string) int {
	if inv := f.invertedSubject(at); inv == "" || !slices.Contains(actors, inv) {
		return -1
	}
	j := at + 1
	for ; j < len(f.toks); j++ {
		t := &f.toks[j]
		switch {
		case f.entityAt(j) != "", t.Kind == vistka.QuoteMark, isOpenQuote(t.Text), isCloseQuote(t.Text):
		case (isNoun(t) || isAdj(t)) && (hasCase(t, "v_naz") || hasCase(t, "v_rod") || accusativeAsNominative(t)):
		case j == at+1 && alsoWords[f.low(j)]:
		default:
			return j
		}
	}
	return j
}

// sidesJoinedAfter returns the sides joined by та, і or a comma that
// close the clause right after the plural verb at at, before end: names
// of bodies or states in the nominative (or an inanimate accusative of
// the same form, or an acronym) and bodies of a state named with it
// (уряд Швейцарії, for Швейцарія): "Запуск фінансують ЄС та уряд
// Швейцарії". Two sides at least, or nil.
func (f *finder) sidesJoinedAfter(at, end int) []string {
	if !plural(&f.toks[at]) {
		return nil
	}
	var out []string
	j := at + 1
	for j < end {
		e, k := f.sideAfterVerb(j)
		if e == "" || slices.Contains(out, e) {
			return nil
		}
		out = append(out, e)
		if j = k; j >= end || f.toks[j].Kind == vistka.Punct && f.toks[j].Text != "," {
			break
		}
		if !isAnd(&f.toks[j]) && f.toks[j].Text != "," {
			return nil // the sides must close the clause
		}
		j++
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sideAfterVerb returns the side named at j (see sidesJoinedAfter) and
// the index past it, or "".
func (f *finder) sideAfterVerb(j int) (string, int) {
	t := &f.toks[j]
	nominal := func(t *vistka.Token) bool {
		return hasCase(t, "v_naz") || accusativeAsNominative(t) || strings.Contains(t.Tag, ":nv")
	}
	e := f.entityAt(j)
	if e == "" && isNoun(t) && giverHeads[f.low(j)] && nominal(t) && j+1 < len(f.toks) && hasCase(&f.toks[j+1], "v_rod") {
		j++ // "уряд Швейцарії": the state its body acts for
		e = f.entityAt(j)
		if f.ents.Type(e) != "LOC" {
			return "", j
		}
	} else if typ := f.ents.Type(e); typ != "ORG" && typ != "LOC" || !nominal(t) {
		return "", j
	}
	for j < len(f.toks) && f.entityAt(j) == e {
		j++
	}
	return e, j
}

// accusativeAsNominative reports whether t, read by the tagger as an
// accusative, is an inanimate form that reads the same in the
// nominative (not a feminine singular, whose accusative is its own:
// програму). After a verb the tagger takes such a name for its object
// ("Частину коштів надасть Світовий банк"); invertedSubject lets it be
// the subject only past an object before the verb in a form only the
// accusative has, or a plural the verb does not agree with.
func accusativeAsNominative(t *vistka.Token) bool {
	return hasCase(t, "v_zna") && !strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, ":ranim") && !strings.Contains(t.Tag, ":f:")
}

// funders are the verbs whose subject pays for a work named as their
// object; paying for one's own work is spending, not aid (see the
// guards in find).
var funders = map[string]bool{"фінансувати": true, "профінансувати": true, "співфінансувати": true,
	"субсидувати": true, "просубсидувати": true, "спонсорувати": true, "проспонсорувати": true}

// workFunded reports whether the verb of funding at at follows, in its
// clause, a work put first as its object: a common inanimate noun in the
// nominative or the accusative under no preposition ("Ремонт школи
// профінансувала Данія", "Закупівлю частково профінансує ЄБРР"), with no
// name, person, pronoun or body's noun (actorNoun) that could pay before
// the verb ("Уряд профінансує …" keeps its usual order).
func (f *finder) workFunded(at int) bool {
	if !funders[f.verb(at)] || strings.Contains(f.toks[at].Tag, ":inf") {
		return false
	}
	work := false
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			break
		}
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") && !hasCase(t, "v_zna") || f.governedBy(j) != "" {
			continue
		}
		if f.entityAt(j) != "" || !strings.Contains(t.Tag, ":inanim") || strings.Contains(t.Tag, "pron") || actorNoun(f.low(j)) || timeNouns[t.Lemma] {
			return false
		}
		work = true
	}
	return work
}

// lightObjectBefore returns the index of the light verb's own event noun
// when it opens the sentence or the clause of the verb at at, past its
// adjectives and the phrases under it ("Досудове розслідування у
// кримінальному провадженні … здійснює слідчий відділ"), or -1: an
// investigation or a check is what is done, never its doer, whatever
// case the tagger read on it and on the name after the verb.
func (f *finder) lightObjectBefore(at int) int {
	v := f.verb(at)
	objs, light := pairs[v], lightVerbs[v]
	if objs == nil && light == nil {
		return -1
	}
	n := -1
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if breaksClause(t) || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if strings.HasPrefix(t.Tag, "noun") && f.governedBy(j) == "" && !f.inQuotedText(j) {
			n = j
		}
	}
	if n < 0 || strings.Contains(f.toks[n].Tag, ":anim") || !hasCase(&f.toks[n], "v_naz") && !hasCase(&f.toks[n], "v_zna") {
		return -1
	}
	if _, own := objs[f.low(n)]; !own && !slices.Contains(light, f.low(n)) {
		return -1
	}
	for j := n - 1; j >= 0 && !breaksClause(&f.toks[j]); j-- {
		if !isAdj(&f.toks[j]) {
			return -1
		}
	}
	return n
}

// breaksClause reports whether t is punctuation other than a quotation
// mark: a title in quotes goes on the clause.
func breaksClause(t *vistka.Token) bool {
	return t.Kind == vistka.Punct && !quoteMark(t.Text)
}

// clauseBounds returns the first and the last token of the clause around
// the token at i: from the punctuation before it to the punctuation after
// it.
func (f *finder) clauseBounds(i int) (lo, hi int) {
	hi = i
	for hi+1 < len(f.toks) && f.toks[hi+1].Kind != vistka.Punct {
		hi++
	}
	return f.clauseStart(i), hi
}

// clauseStart returns the first token of the clause around the token at
// i: the one after the punctuation before it, or the sentence's first.
func (f *finder) clauseStart(i int) int {
	for i > 0 && f.toks[i-1].Kind != vistka.Punct {
		i--
	}
	return i
}

// lightDoer returns the doer of the light verb at v whose own event noun
// opens its clause (see lightObjectBefore), named after it: the name
// right after the verb, or the body named after a common noun of people
// there ("Розслідування ведуть слідчі Національної поліції"), or "".
func (f *finder) lightDoer(v int) string {
	if v+1 >= len(f.toks) || f.lightObjectBefore(v) < 0 {
		return ""
	}
	h := v + 1
	if e := f.entityAt(h); e != "" {
		return e
	}
	// (the tagger may read a noun of people made from an adjective as
	// one: слідчі)
	people := func(h int) bool { return actorNoun(f.low(h)) || inquirers[f.low(h)] }
	for h < len(f.toks) && isAdj(&f.toks[h]) && !people(h) {
		h++
	}
	if h+1 >= len(f.toks) || !people(h) {
		return ""
	}
	// (a body's name, whatever case the tagger read on it: "слідчі Служби
	// безпеки України")
	if e := f.entityAt(h + 1); e != "" && (hasCase(&f.toks[h+1], "v_rod") || f.ents.Type(e) == "ORG") {
		return e
	}
	return ""
}

// nounDoer is lightDoer for the event noun at n itself, when the light
// verb after it in its clause has it as its own noun.
func (f *finder) nounDoer(n int) string {
	v := n + 1
	for v < len(f.toks) && !breaksClause(&f.toks[v]) && (!finiteVerb(&f.toks[v])) {
		v++
	}
	if v >= len(f.toks) || breaksClause(&f.toks[v]) || f.lightObjectBefore(v) != n {
		return ""
	}
	return f.lightDoer(v)
}

// animateAfter returns the person named by a common animate noun in the
// nominative right after the finite verb at at, past its adjectives, of
// the verb's form, when before the verb in its clause the one noun not
// under a preposition is a thing that reads the same in the accusative:
// an animate noun's accusative is another form ("начальника"), so the
// person is the subject and the thing, put first, the object ("Завод
// відвідав міністр економіки", "Кооператив «Агро» очолив фермер Іван
// Петренко"). It returns the person's phrase (or the name after it), or "".
func (f *finder) animateAfter(at int) string {
	p, _ := f.animateAfterThing(at)
	return p
}

// animateAfterThing is animateAfter that also returns the index of the
// thing put first (the first word of its name when named), or -1.
func (f *finder) animateAfterThing(at int) (string, int) {
	v := &f.toks[at]
	if l := v.Lemma; strings.HasSuffix(l, "ся") || strings.HasSuffix(l, "сь") || !strings.Contains(v.Tag, ":past") && !strings.Contains(v.Tag, ":pres") && !strings.Contains(v.Tag, ":futr") {
		return "", -1
	}
	h := at + 1
	for h < len(f.toks) && isAdj(&f.toks[h]) && hasCase(&f.toks[h], "v_naz") {
		h++
	}
	if h >= len(f.toks) || !strings.HasPrefix(f.toks[h].Tag, "noun:anim") || strings.Contains(f.toks[h].Tag, "pron") ||
		strings.Contains(f.toks[h].Tag, ":prop") || !hasCase(&f.toks[h], "v_naz") || f.entityAt(h) != "" || !sameForm(&f.toks[h], v) {
		return "", -1
	}
	thing, th := false, -1
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Kind != vistka.QuoteMark && !isOpenQuote(t.Text) && !isCloseQuote(t.Text) || strings.HasPrefix(t.Tag, "verb") ||
			strings.HasPrefix(t.Tag, "conj") {
			break
		}
		k := f.beforeAdjs(j, -1) // (not governedBy, which reads "У середу лікарню" as one phrase)
		if !strings.HasPrefix(t.Tag, "noun") || k >= 0 && isPrep(&f.toks[k]) {
			continue
		}
		if timeNouns[t.Lemma] && hasCase(t, "v_rod") && f.entityAt(j) == "" {
			continue // "Цього тижня Київ відвідав прем'єр Польщі": a phrase of time, no object
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":anim") {
			return "", -1 // a person before the verb: the usual order
		}
		if e := f.entityAt(j); e != "" && j > 0 && (f.entityAt(j-1) == e || f.toks[j-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[j-1].Text)) {
			continue // a name's own words, after its kind's noun
		}
		if !hasCase(t, "v_naz") && !hasCase(t, "v_zna") || thing {
			return "", -1
		}
		thing = true
		th = j
	}
	if !thing {
		return "", -1
	}
	return f.nounPhrase(h), th
}

// invertedBody returns the body named by a common noun that closes the
// clause right after the finite verb at at, in the nominative and of the
// verb's form, when the noun before the verb is a thing that cannot act,
// put first as the object: "Раніше проєкт схвалив виконавчий комітет
// міськради", "Рішення оскаржила обласна прокуратура". It returns the
// body's phrase, or "".
func (f *finder) invertedBody(at int) string {
	v := &f.toks[at]
	h := at + 1
	// (an inanimate noun reads the same in the accusative, as the tagger
	// may take it after a verb: "схвалив виконавчий комітет")
	nomAcc := func(t *vistka.Token) bool {
		return hasCase(t, "v_naz") || hasCase(t, "v_zna") && !strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, ":f")
	}
	for h < len(f.toks) && isAdj(&f.toks[h]) && nomAcc(&f.toks[h]) {
		h++
	}
	if h >= len(f.toks) || !isNoun(&f.toks[h]) || !actorNoun(f.low(h)) || !nomAcc(&f.toks[h]) ||
		f.entityAt(h) != "" || !sameForm(&f.toks[h], v) {
		return ""
	}
	p := f.nounPhrase(h)
	if p == "" || entity.Index(p) >= 0 {
		return ""
	}
	end := h + 1
	for end < len(f.toks) && !isVerb(&f.toks[end]) && f.toks[end].Kind != vistka.Punct {
		end++
	}
	if end < len(f.toks) && f.toks[end].Kind != vistka.Punct || f.text(at+1, end) != p {
		return "" // the body's phrase must close the clause
	}
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || f.entityAt(j) != "" || strings.Contains(t.Tag, "pron") || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if strings.HasPrefix(t.Tag, "noun") {
			if t.Lemma == "раз" {
				continue // "окупанти 23 рази обстріляли громади": how many times, no object
			}
			if f.governedBy(j) == "" && !hasCase(t, "v_zna") && !hasCase(t, "v_naz") && (hasCase(t, "v_rod") || hasCase(t, "v_dav")) {
				// (past the genitives and the datives that hang on the
				// object or the verb: "Автомобіль військовим подарував
				// фонд", "Проєкт міськради схвалив виконавчий комітет")
				continue
			}
			if strings.Contains(t.Tag, ":anim") || actorNoun(f.low(j)) || !hasCase(t, "v_zna") && !hasCase(t, "v_naz") || f.governedBy(j) != "" {
				return ""
			}
			return p // a thing put first: the object
		}
	}
	return ""
}

// groupHeads are the nouns of a group that stand before its name: угруповання
// UAC-0050, група Sandworm.
var groupHeads = map[string]bool{"угруповання": true, "угрупування": true, "група": true}

// appositionOfObject reports whether the quoted name at j stands in
// apposition to a common noun in an oblique case right before it, under
// a preposition ("кібератаку на інтернет-провайдера «Лінкмережа»"): the
// name is in that noun's case whatever the tagger read, so no subject.
func (f *finder) appositionOfObject(j int) bool {
	e := f.entityAt(j)
	k := f.nameStart(j, e)
	if k < 2 || f.toks[k-1].Kind != vistka.QuoteMark {
		return false
	}
	n := &f.toks[k-2]
	// (or the kind in the accusative, the object itself: "компанію
	// «Альфа» перевіряла палата")
	return strings.HasPrefix(n.Tag, "noun") && f.entityAt(k-2) == "" && !hasCase(n, "v_naz") &&
		(k >= 3 && isPrep(&f.toks[k-3]) || hasCase(n, "v_zna") && f.governedBy(k-2) == "")
}

// kindDisagrees reports whether the quoted name at j follows its kind's
// noun in a form the nominative and the accusative share that does not
// agree with the verb v ("Підприємство «Альфа» у змові звинуватив
// комітет": підприємство is neuter, звинуватив masculine): the name is
// then no subject of v but its object put first.
func (f *finder) kindDisagrees(j int, v *vistka.Token) bool {
	k := f.nameStart(j, f.entityAt(j))
	if k < 2 || f.toks[k-1].Kind != vistka.QuoteMark || f.entityAt(k-2) != "" {
		return false
	}
	n := &f.toks[k-2]
	return strings.HasPrefix(n.Tag, "noun:inanim") && (hasCase(n, "v_naz") || hasCase(n, "v_zna")) && !sameForm(n, v)
}

// giverHeads are the nouns of a state's bodies that stand before its
// name in the genitive: уряд Естонії, міністерство оборони Німеччини.
var giverHeads = map[string]bool{"уряд": true, "міністерство": true, "агентство": true, "парламент": true}

// givenToPeople reports whether the verb of giving at at is followed by
// the people given to, in the dative, and a counted thing given: "Болгарія
// передасть українським полярникам два снігоходи". With a donor for its
// subject (see donor) that is aid, whatever the things are.
func (f *finder) givenToPeople(at int) bool {
	j := f.pastAdjs(at + 1)
	if j+2 >= len(f.toks) {
		return false
	}
	if t := &f.toks[j]; !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":anim") || strings.Contains(t.Tag, "pron") ||
		!hasCase(t, "v_dav") || numberOf(t) != 1 {
		return false
	}
	n, thing := &f.toks[j+1], &f.toks[j+2]
	if strings.HasPrefix(n.Tag, "noun") && batches[f.low(j+1)] && hasCase(n, "v_zna") {
		// "передали міським рятувальникам партію пожежних рукавів": a
		// batch of things, past their adjectives
		for k := j + 2; k < len(f.toks) && k <= j+4; k++ {
			if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun") {
				return strings.Contains(t.Tag, ":inanim") && hasCase(t, "v_rod") && !handedPapers[f.low(k)]
			}
		}
		return false
	}
	return (n.Kind == vistka.Number || strings.HasPrefix(n.Tag, "numr")) &&
		strings.HasPrefix(thing.Tag, "noun") && strings.Contains(thing.Tag, ":inanim") && (hasCase(thing, "v_zna") || hasCase(thing, "v_rod")) && !handedPapers[f.low(j+2)]
}

// batches are the nouns of a lot of things given: партія, комплект.
var batches = map[string]bool{"партія": true, "комплект": true, "набір": true}

// setOfPapers reports whether the batch noun at j is followed by
// documents in the genitive: "передав слідчим комплект документів" hands
// over papers, no goods.
func (f *finder) setOfPapers(j int) bool {
	return batches[f.low(j)] && j+1 < len(f.toks) && handedPapers[f.low(j+1)]
}

// handedPapers are documents handed over, no goods: "передав партію документів".
var handedPapers = map[string]bool{"документ": true, "матеріал": true, "справа": true, "лист": true, "папір": true, "том": true}

// envoysMet are the people whose gathering is a meeting of the states or
// bodies they speak for.
var envoysMet = map[string]bool{
	"міністр": true, "лідер": true, "посол": true, "президент": true, "прем'єр-міністр": true, "делегація": true,
	"глава": true, "очільник": true, "голова": true, "керівник": true, "представник": true, "спікер": true,
}

// officialsGather reports whether the verb зібратися at at has for its
// subject, in its clause before it, officials in the plural: "міністри
// енергетики трьох країн зберуться в Бухаресті" is a meeting of the three,
// not a rally.
func (f *finder) officialsGather(at int) bool {
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && numberOf(t) == 1 {
			return envoysMet[f.low(j)]
		}
	}
	return false
}

// gatherMode returns the mode of the meeting told by зібратися at at:
// "meet" when its clause names two sides ("міністри оборони України та
// Польщі", "двох країн"), "multilateral" otherwise.
func (f *finder) gatherMode(at int) string {
	seen := map[string]bool{}
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.low(j) == "два" || f.low(j) == "обидва" {
			return "meet"
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" {
			seen[e] = true
		}
	}
	if len(seen) == 2 {
		return "meet"
	}
	return "multilateral"
}

// manySidesMeet reports whether the subject of зустрітися at at, in its
// clause before it, names three states or more ("міністри оборони
// Японії, Філіппін, США та Австралії мають зустрітися") or counts three
// countries or more ("лідери трьох країн зустрінуться"), and nobody is
// met with з after it: a meeting of many sides, PLOVER's multilateral.
func (f *finder) manySidesMeet(at int) bool {
	for j := at + 1; j < len(f.toks) && !endsSentence(&f.toks[j]); j++ {
		if f.partnerAt(j) {
			return false // "зустрілися з прем'єром": a partner met
		}
	}
	seen := map[string]bool{}
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," || finiteVerb(t) && f.low(j) != "мати" {
			break // another clause
		}
		if manyCounts[f.low(j)] && j+1 < at && (f.low(j+1) == "країна" || f.low(j+1) == "держава") {
			return true
		}
		if e := f.entityAt(j); e != "" && f.countryOnly(e) {
			seen[e] = true
		}
	}
	return len(seen) >= 3
}

// threeStates reports whether the sides are three countries or more.
func (f *finder) threeStates(sides []string) bool {
	n := 0
	for _, e := range sides {
		if f.countryOnly(e) {
			n++
		}
	}
	return n >= 3
}

// manyCounts are the number words of three sides or more.
var manyCounts = map[string]bool{"три": true, "чотири": true, "п'ять": true, "шість": true, "сім": true, "вісім": true}

// neverDoes reports whether the verb at at is in the present tense after
// "ніколи не": a habit denied, as a rule told ("справжні працівники банку
// ніколи не просять назвати CVV-код"), is no event.
func (f *finder) neverDoes(at int) bool {
	return at >= 2 && strings.Contains(f.toks[at].Tag, ":pres") && f.low(at-1) == "не" && f.low(at-2) == "ніколи"
}

// habit reports whether the imperfective verb at at tells what was or is
// done each time: after an adverb of habit ("зазвичай", "завжди",
// "щоразу", "як правило"; завжди with the future pledges, "завжди
// підтримуватиме") or in a sentence that opens with при and a
// plural noun in the locative ("При операціях з грошима вони
// зустрічалися лише вдвох").
func (f *finder) habit(at int) bool {
	if !strings.Contains(f.toks[at].Tag, ":imperf") || strings.Contains(f.toks[at].Tag, ":inf") {
		return false
	}
	if len(f.toks) > 2 && f.low(0) == "при" {
		if t := &f.toks[1]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_mis") && strings.Contains(t.Tag, ":p:") {
			return true
		}
	}
	if f.casesWhen(at) {
		return true
	}
	for j := at - 1; j >= 0 && j >= at-4 && (f.toks[j].Kind != vistka.Punct || f.asARule(j)); j-- {
		if f.low(j) == "завжди" && strings.Contains(f.toks[at].Tag, ":futr") {
			return false // "завжди підтримуватиме": a pledge, not a habit
		}
		if f.habitAt(j, false) {
			return true
		}
	}
	return false
}

// asARule reports whether the comma at j closes "як правило", set off
// by commas as a parenthetical ("Люди, як правило, критикують владу").
func (f *finder) asARule(j int) bool {
	return f.toks[j].Text == "," && j > 1 && f.low(j-1) == "правило" && f.low(j-2) == "як"
}

// specificSide reports whether the actor a is a side the news follows,
// whose habits are its deeds ("окупанти щодня обстрілюють правобережжя",
// "Литва завжди допомагає Молдові"): an entity (a person, a body, a
// place standing for its state) or a phrase naming a country's side,
// forces or a body (see groups, invaders, institutions). A habit of
// people of any kind ("громадяни зазвичай допомагають сусідам") is none.
func (f *finder) specificSide(a string) bool {
	if entity.Index(a) >= 0 {
		return true
	}
	for _, w := range strings.Fields(scan.ToLower(a)) {
		if groups[w] || invaders[w] || institutions[w] {
			return true
		}
	}
	return false
}

// thisTime reports whether the sentence tells what was done this time
// ("цього разу", "цей раз"), against which a habit told in it is the
// foil: "Угорщина, яка зазвичай блокує санкції, цього разу не
// заперечувала".
func (f *finder) thisTime() bool {
	for j := 1; j < len(f.toks); j++ {
		if f.low(j) == "раз" && f.low(j-1) == "цей" { // lemmas: цього разу, цей раз
			return true
		}
	}
	return false
}

// casesWhen reports whether the verb at at is in a clause of коли on
// plural випадки ("Були випадки, коли діти скаржилися на якість", "Бувають
// випадки, коли …"): what happened more than once, told in general.
// (A single "був випадок, коли …" is one event.)
func (f *finder) casesWhen(at int) bool {
	for j := at - 1; j >= 2 && j >= at-30; j-- {
		if f.low(j) != "коли" {
			// (the clause may go on past a comma: "коли на тендерах
			// перемагали заклади з інших областей, а діти потім
			// скаржилися"; not past a contrast or another clause)
			switch t := &f.toks[j]; {
			case t.Kind == vistka.Punct && t.Text != ",", t.Kind == vistka.QuoteMark:
				return false
			case f.low(j) == "але" || f.low(j) == "проте" || f.low(j) == "однак" || f.low(j) == "що" || t.Lemma == "який":
				return false
			}
			continue
		}
		c := j - 1
		if f.toks[c].Text != "," {
			return false
		}
		n := &f.toks[c-1]
		return n.Lemma == "випадок" && plural(n)
	}
	return false
}

// habitual are the adverbs of what is done each time.
var habitual = map[string]bool{"зазвичай": true, "завжди": true, "щоразу": true, "щораз": true}

// frequent are the adverbs of what is done often, beyond habitual.
var frequent = map[string]bool{"часто": true, "найчастіше": true, "регулярно": true, "постійно": true}

// habitAt reports whether the word at j marks a habit: an adverb of what
// is done each time (habitual, or the правило of "як правило") or, when
// often is set, also one of what is done often (frequent). The habit of
// anyone, which the sides decide (see habit), needs the first; a custom
// of people of a kind or of a story's stranger (see genericHabit), and a
// strike that recurs (see repeatedStrike), either.
func (f *finder) habitAt(j int, often bool) bool {
	l := f.low(j)
	return habitual[l] || l == "правило" && j > 0 && f.low(j-1) == "як" || often && frequent[l]
}

// funds name money by what it is, not by a sum: кошти, виручка. Збір is
// money only when counted ("30% зборів"), as it is a meeting too.
var funds = map[string]bool{"кошти": true, "кошт": true, "гроші": true, "виручка": true, "прибуток": true, "пожертва": true}

// households are the families money may be given to by name: "подружжю
// Казимирських", "родині Петренків"; and the households a subsidy is
// counted by ("субсидію отримали 1,2 млн домогосподарств").
var households = map[string]bool{"подружжя": true, "сім'я": true, "родина": true, "домогосподарство": true}

// fundsGiven reports whether the verb of giving at at, with a name or
// each one of some people in the dative after it ("кожному
// звільненому"), gives money its clause names: a sum, funds, or a share
// of the takings ("30% зборів оркестр передасть Україні").
func (f *finder) fundsGiven(at int) bool {
	to := false
	for j := at + 1; j < len(f.toks) && j <= at+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if j <= at+4 && hasCase(t, "v_dav") && (f.entityAt(j) != "" && f.ents.Type(f.entityAt(j)) != "PERS" ||
			f.low(j) == "кожний" && j+1 < len(f.toks) && hasCase(&f.toks[j+1], "v_dav")) {
			to = true
			break
		}
		if households[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && j+1 < len(f.toks) && f.entityAt(j+1) != "" {
			// "виділять із бюджету міста на квартиру подружжю Оксани та
			// Віктора Ярут": money given to a named family
			to = true
			break
		}
	}
	if !to {
		return false
	}
	from, end := at, at+1
	for from > 0 && f.toks[from-1].Kind != vistka.Punct {
		from--
	}
	for end < len(f.toks) && f.toks[end].Kind != vistka.Punct {
		end++
	}
	for j := from; j < end; j++ {
		l := f.low(j)
		counted := j > 0 && (f.spanType(j-1) == "PCT" || f.toks[j-1].Kind == vistka.Number)
		// (a sum in words the tagger gave no span: "Один мільйон двісті
		// тисяч гривень")
		inWords := currencies[l] && j > from && (strings.HasPrefix(f.toks[j-1].Tag, "numr") || strings.Contains(f.toks[j-1].Tag, ":numr"))
		if funds[l] && isNoun(&f.toks[j]) || (l == "збір" || l == "збори") && counted || f.spanType(j) == "MON" || counted && currencies[l] || inWords {
			return true
		}
	}
	return false
}

// toldSubjects returns, for a verb at at that opens a що-clause with no
// subject of its own after a verb of saying and its object ("попередили
// УЄФА, що бойкотуватимуть матчі", "запевнив партнерів, що надасть"), the
// subjects of that verb of saying when it agrees with the verb at at.
func (f *finder) toldSubjects(at int) []string {
	k := at - 1
	for k >= 1 && f.toks[k].Kind == vistka.Word && f.low(k) != "що" && !isVerb(&f.toks[k]) {
		if t := &f.toks[k]; hasCase(t, "v_naz") && (strings.HasPrefix(t.Tag, "noun") || f.entityAt(k) != "") {
			return nil // a subject of its own
		}
		k--
	}
	if k < 3 || !f.thatAfterComma(k) {
		return nil
	}
	for j := k - 3; j >= 0 && j >= k-6; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return nil
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") || !agree(t, &f.toks[at]) || numberOf(t) != numberOf(&f.toks[at]) {
				return nil
			}
			return f.subjects(j)
		}
	}
	return nil
}

// teams are the sides a body sends to a competition or a gathering.
var teams = map[string]bool{"збірна": true, "команда": true, "делегація": true, "спортсмен": true}

// sendVerbs send a team somewhere.
var sendVerbs = map[string]bool{
	"направити": true, "направляти": true, "відправити": true, "відправляти": true, "надіслати": true, "надсилати": true,
}

// teamWithheld reports whether the verb at at, negated after a decision,
// sends no team to an event: "ухвалила рішення не направляти збірну на
// чемпіонат Європи" is a boycott ("не направила збірну на збори через
// брак коштів" is not).
func (f *finder) teamWithheld(at int) bool {
	if at < 2 || f.low(at-1) != "не" || !sendVerbs[f.verb(at)] {
		return false
	}
	if l := f.low(at - 2); l != "рішення" && f.verb(at-2) != "вирішити" && f.verb(at-2) != "вирішувати" {
		return false
	}
	for j := at + 1; j+1 < len(f.toks) && j <= at+3; j++ {
		if teams[f.low(j)] && isNoun(&f.toks[j]) {
			return f.low(j+1) == "на"
		}
	}
	return false
}

// promiseVerbs promise or threaten what their clause says will follow.
var promiseVerbs = map[string]bool{"пообіцяти": true, "обіцяти": true}

// conditionEnd returns, for a verb at at negated in a clause of якщо or
// якби (unmetCondition), the comma that closes that
// clause; -1 when there is none before the sentence ends.
func (f *finder) conditionEnd(at int) int {
	if !f.unmetCondition(at) {
		return -1
	}
	for j := at + 1; j < len(f.toks); j++ {
		if endsSentence(&f.toks[j]) {
			return -1
		}
		if f.toks[j].Text == "," {
			return j
		}
	}
	return -1
}

// promisedAfter reports whether the clause after the comma at c, up to
// the sentence's end, has a verb of promising or threatening: "якби мер
// не скасував рішення, активісти пообіцяли влаштувати пікет".
func (f *finder) promisedAfter(c int) bool {
	for j := c + 1; j < len(f.toks) && !endsSentence(&f.toks[j]); j++ {
		if v := f.verb(j); promiseVerbs[v] || threatVerbs[v] {
			return true
		}
	}
	return false
}

// afterUnmetCondition reports whether the trigger at at is what a clause
// of promise after an unmet condition says will follow: "А у випадку,
// якби Гнатюк не скасував рішення, активісти пообіцяли влаштувати
// пікет" is a threat.
func (f *finder) afterUnmetCondition(at int) bool { return f.unmetConditionWord(at) != "" }

// unmetConditionWord returns the word opening the unmet condition that
// the trigger at at follows (see afterUnmetCondition): "якщо" for an
// open one, "якби" for one contrary to fact; "" when there is none.
func (f *finder) unmetConditionWord(at int) string {
	for j := at - 1; j >= 0 && !endsSentence(&f.toks[j]); j-- {
		l := f.low(j)
		if l != "якщо" && l != "якби" {
			continue
		}
		for k := j + 2; k < at && k <= j+5; k++ {
			if c := f.conditionEnd(k); c >= 0 && c < at {
				if f.promisedAfter(c) {
					return l
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// promisedUnless reports whether the trigger at at is an infinitive that
// a verb of promising or threatening right before it holds over an unmet
// condition after it, in the same sentence: "обіцяли повторити акцію,
// якщо їх не почують", "пообіцяли перекрити трасу, якщо уряд не погасить
// борги". A protest so promised is a threat of one, as when the condition
// opens the sentence (see unmetOpening).
func (f *finder) promisedUnless(at int) bool {
	if at == 0 || !strings.Contains(f.toks[at].Tag, ":inf") {
		return false
	}
	if v := f.verb(at - 1); !promiseVerbs[v] && !threatVerbs[v] {
		return false
	}
	for j := at + 1; j+2 < len(f.toks) && !endsSentence(&f.toks[j]); j++ {
		if f.toks[j].Text != "," || f.low(j+1) != "якщо" && f.low(j+1) != "якби" {
			continue
		}
		for k := j + 3; k < len(f.toks) && k <= j+6; k++ {
			if f.unmetCondition(k) {
				return true
			}
		}
		return false
	}
	return false
}

// unmetOpening reports whether the sentence opens with an unmet condition
// of якщо (a negated verb, see conditionEnd) whose clause closes before
// the trigger at at: "Якщо цього не зроблять, працівники проведуть
// страйк".
func (f *finder) unmetOpening(at int) bool {
	if len(f.toks) == 0 || f.low(0) != "якщо" {
		return false
	}
	for k := 2; k < at && k <= 5; k++ {
		if c := f.conditionEnd(k); c >= 0 && c < at {
			return true
		}
	}
	return false
}

// advisedBody reports whether the verb рекомендувати at i advises a body
// or a person named in the dative to do what the infinitive after says:
// "комітет ухвалив рішення рекомендувати Кабінету міністрів доручити …"
// asks the government. Advice to people named by a common noun
// ("рекомендують мешканцям зачинити вікна") is no request of anyone.
func (f *finder) advisedBody(i int) bool {
	named := false
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "verb") {
			return named && strings.Contains(t.Tag, ":inf")
		}
		// (the tagger may read the dative of a masculine noun right after
		// the verb as its genitive: "рекомендувати Кабінету міністрів")
		if e := f.entityAt(j); e != "" && (hasCase(t, "v_dav") || j == i+1 && hasCase(t, "v_rod")) && !isPrep(&f.toks[j-1]) && f.ents.Type(e) != "MISC" {
			named = true
		}
	}
	return false
}

// threatenedObject returns whom the verb of threatening at tr.at threatens
// through the infinitive after it: the object of a punishment or a harm
// ("пригрозив звільнити директора з посади", "погрожував оштрафувати
// компанію «Альфа»"), a name or a person named by an animate noun in the
// accusative; or "". A post left (з посади) may stand before the one
// dismissed.
func (f *finder) threatenedObject(tr trig) string {
	inf := -1
	for j := tr.at + 1; j < len(f.toks) && j <= tr.at+2; j++ {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") {
				inf = j
			}
			break
		}
	}
	if inf < 0 {
		return ""
	}
	for k := inf + 1; k < len(f.toks) && k <= inf+4; k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if isPrep(t) {
			if f.low(k) == "з" && k+1 < len(f.toks) && f.low(k+1) == "посада" {
				k++
				continue
			}
			return ""
		}
		if e := f.entityAt(k); e != "" {
			if typ := f.ents.Type(e); (typ == "PERS" || typ == "ORG") && (hasCase(t, "v_zna") || typ == "PERS" && hasCase(t, "v_rod")) {
				return e
			}
			return ""
		}
		// (an animate accusative has the genitive's form, and the tagger
		// may read it so: "звільнити з посади керівника")
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && (hasCase(t, "v_zna") || hasCase(t, "v_rod")) && !strings.Contains(t.Tag, "pron") {
			return f.objectPhrase(k, tr)
		}
		if isNoun(t) && hasCase(t, "v_zna") && !strings.Contains(t.Tag, "pron") && !decisions[f.low(k)] {
			// (not a decision: "погрожує ветувати рішення ЄС" is a
			// member's veto of its own union's act)
			return f.thingOwner(k) // "погрожує заблокувати вступ Швеції": whose accession
		}
	}
	return ""
}

// thingOwner returns the side a thing named by the inanimate noun at k
// belongs to or is shared with: a state, a body or a person in the
// genitive right after it ("вступ Швеції", "бюджет ЄС") or after з in the
// instrumental ("контракт з «Нафтогазом»"); "" when none.
func (f *finder) thingOwner(k int) string {
	if k+1 >= len(f.toks) {
		return "" // the thing ends a headline with no stop: no owner after it
	}
	j, with := k+1, false
	if l := f.low(j); l == "з" || l == "із" {
		j, with = j+1, true
	}
	if j < len(f.toks) && f.toks[j].Kind == vistka.QuoteMark {
		j++ // "з «Нафтогазом»"
	}
	e := f.entityAt(j)
	if e == "" || !with && !hasCase(&f.toks[j], "v_rod") || with && !hasCase(&f.toks[j], "v_oru") && !strings.Contains(f.toks[j].Tag, ":nv") {
		return ""
	}
	if typ := f.ents.Type(e); typ != "PERS" && typ != "ORG" && typ != "LOC" {
		return ""
	}
	return e
}

// ownAppeal reports whether the appeal or the petition at j, handed over by
// the verb передати, is the giver's own: no owner in the genitive after it
// ("звернення родин зниклих", "звернення Верховної Ради") and no
// demonstrative before it ("передати це звернення уряду"), which tell an
// appeal of others passed on. "Учасники акції передали заступникові
// міністра звернення" asks him.
func (f *finder) ownAppeal(j int) bool {
	if j > 0 && strings.Contains(f.toks[j-1].Tag, "pron:dem") {
		return false
	}
	if k := j + 1; k < len(f.toks) && (isNoun(&f.toks[k]) || isAdj(&f.toks[k]) || f.entityAt(k) != "") && hasCase(&f.toks[k], "v_rod") {
		return false
	}
	return true
}

// sumBefore reports whether the clause of the verb of receiving at i puts
// the sum received before the verb, with no verb between and no price
// after it: "Ще 40 млн євро на відновлення станцій компанія отримала від
// уряду Норвегії" (not "1,8 млн гривень за ремонт ТОВ отримало від
// міста", a payment).
func (f *finder) sumBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if f.spanType(j) == "MON" || currencies[f.low(j)] {
			return !f.sumPaidFor(j)
		}
	}
	return false
}

// frontedAgainst returns the проти that opens the sentence of the verb at
// i ("Проти діяльності полігону, який використовує фірма «Еко-Сервіс», з
// 2009 року виступає аеропорт"), or -1: no finite verb stands between
// them but in a relative clause set off by commas.
func (f *finder) frontedAgainst(i int) int {
	if i < 2 || f.low(0) != "проти" {
		return -1
	}
	relative := false
	for j := 1; j < i; j++ {
		t := &f.toks[j]
		switch {
		case t.Text == ",":
			relative = j+1 < i && (f.low(j+1) == "який" || f.low(j+1) == "що")
		case finiteVerb(t) && !relative:
			return -1
		}
	}
	return 0
}

// unmetCondition reports whether the verb at at is negated in a clause of
// якщо or якби that it opens within a few words: "якщо Вільнюс не
// скасує", "якщо Росія не виведе війська". The condition is not done,
// nor said to be.
func (f *finder) unmetCondition(at int) bool {
	if at < 2 || f.low(at-1) != "не" || !isVerb(&f.toks[at]) {
		return false
	}
	for j := at - 2; j >= 0 && j >= at-5; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); l == "якщо" || l == "якби" {
			return true
		}
	}
	return false
}

// sumFronted reports whether the clause of the giving verb at i opens
// with a sum of money as its object, before the verb and with no verb or
// punctuation between ("Фінансування у розмірі 4,5 млн євро Молдові
// надасть уряд Естонії"); the clause opens at the start of the sentence
// or after a conjunction.
func (f *finder) sumFronted(i int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
		if f.spanType(j) == "MON" || currencies[f.low(j)] && j > 0 && f.toks[j-1].Kind == vistka.Number {
			return true
		}
	}
	return false
}
