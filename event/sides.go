package event

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// Sides read from the context of an event rather than from its clause's
// subject and object: the owner of an act named by its genitive, the
// subject carried over from the sentence before, a place that speaks
// across a comma, a partner put first, the giver of an award.

// ownerOfAct reports whether the name at i stands right after an act's
// noun (пропозиція, рішення, ініціатива, план …) that is in the
// accusative and not the nominative, as its genitive ("Пропозицію ГО
// «Світанок» внести питання … відхилили"): whose act the verb's object
// is, never the verb's subject.
func (f *finder) ownerOfAct(i int) bool {
	if i > 0 && (f.toks[i].Kind == vistka.QuoteMark || isCloseQuote(f.toks[i].Text)) {
		i--
	}
	e := f.entityAt(i)
	if e == "" {
		return false
	}
	j := f.nameStart(i, e)
	if j == 0 {
		return false
	}
	if t := &f.toks[j]; f.toks[j].Kind != vistka.QuoteMark && hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":nv") &&
		scan.Capitals(t.Text) != scan.RuneCount(t.Text) {
		return false // "це рішення Варшава відкинула": a name in the nominative is the subject
	}
	for j > 0 && (f.toks[j-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[j-1].Text)) {
		j--
	}
	if j == 0 {
		return false
	}
	h := &f.toks[j-1]
	if j >= 2 && isPrep(&f.toks[j-2]) {
		return false // "на прохання України направила": whose request it was done at
	}
	// (a plural the tagger read as a genitive singular is the object
	// put first all the same: "Білий дім погрози Брюсселя відкинув")
	acc := hasCase(h, "v_zna") && !hasCase(h, "v_naz") || hasCase(h, "v_rod") && f.objectFirst(j-1)
	return strings.HasPrefix(h.Tag, "noun") && acc && f.entityAt(j-1) == "" &&
		(decisionNouns[f.low(j-1)] || f.low(j-1) == "вимога" || f.low(j-1) == "прохання" || f.low(j-1) == "законопроєкт" || f.low(j-1) == "погроза")
}

// actOwnerBefore returns the name in the clause before the verb at at
// that stands as the genitive of an act's noun in the accusative (see
// ownerOfAct): "Пропозицію ГО «Світанок» внести питання … відхилили" —
// whose proposal was rejected. "" when none.
func (f *finder) actOwnerBefore(at int) string {
	for j := at - 1; j >= 0 && j >= at-15; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" && t.Text != "—" && t.Text != "-" || finiteVerb(t) ||
			strings.HasPrefix(t.Tag, "conj") {
			// (not across і: "привітав рішення Берна і закликав")
			return ""
		}
		if e := f.entityAt(j); e != "" && f.ownerOfAct(j) {
			return e
		}
	}
	return ""
}

// peopleOwnerFirst returns the people named by a plural noun in the
// genitive, with the genitives after it, right after the act's noun in
// the accusative that opens the clause of the verb at at (as
// actOwnerBefore's names): "Пропозицію мешканців відхилила міська рада",
// "Ініціативу вчителів Полтави підтримала міська рада" — whose act it
// is, as written (the pipeline puts it in the nominative). "" when the
// clause does not open so.
func (f *finder) peopleOwnerFirst(at int) string {
	lo := f.clauseStart(at)
	if lo+2 > at {
		return ""
	}
	h, p := &f.toks[lo], &f.toks[lo+1]
	if !strings.HasPrefix(h.Tag, "noun") || !hasCase(h, "v_zna") || hasCase(h, "v_naz") || f.entityAt(lo) != "" ||
		!decisionNouns[f.low(lo)] && !proposals[f.low(lo)] && f.low(lo) != "вимога" && f.low(lo) != "прохання" {
		return ""
	}
	if !strings.HasPrefix(p.Tag, "noun:anim:p") || !hasCase(p, "v_rod") || strings.Contains(p.Tag, "pron") || f.entityAt(lo+1) != "" {
		return ""
	}
	hi := lo + 2
	for hi < at && hi <= lo+3 && hasCase(&f.toks[hi], "v_rod") && (isNoun(&f.toks[hi]) || f.entityAt(hi) != "") && !decisionNouns[f.low(hi)] {
		hi++ // "вчителів Полтави": which
	}
	for j := lo + 2; j < at; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct || finiteVerb(t) {
			return "" // another clause between
		}
	}
	return scan.ToLower(f.text(lo+1, lo+2)) + f.tailText(lo+2, hi)
}

// tailText returns the words from lo to hi as written, after a space, or
// "" when there are none.
func (f *finder) tailText(lo, hi int) string {
	if hi <= lo {
		return ""
	}
	return " " + f.text(lo, hi)
}

// donorCapitals are the capitals news names a donor state by: "Токіо
// виділив …", "Берн спрямував …", "Оттава виділить …".
var donorCapitals = map[string]bool{"Вашингтон": true, "Лондон": true, "Париж": true, "Берлін": true,
	"Токіо": true, "Оттава": true, "Варшава": true, "Берн": true, "Рим": true, "Мадрид": true, "Гаага": true,
	"Стокгольм": true, "Осло": true, "Копенгаген": true, "Гельсінкі": true, "Таллінн": true, "Рига": true,
	"Вільнюс": true, "Прага": true, "Братислава": true, "Відень": true, "Анкара": true, "Сеул": true,
	"Канберра": true, "Бухарест": true, "Афіни": true, "Лісабон": true, "Дублін": true, "Рейк'явік": true,
	"Амстердам": true, "Брюссель": true}

// lastComma returns the index of the last comma after i and before at,
// or -1 when there is none.
func (f *finder) lastComma(i, at int) int {
	for j := at - 1; j > i; j-- {
		if f.toks[j].Text == "," {
			return j
		}
	}
	return -1
}

// placeSpeaksAcrossComma reports a plural verb at at whose clause, after
// a comma, opens with the place it is said in, "у Москві", while the
// subject found at i stands before the comma in the singular: "Британія
// запровадила санкції, у Москві пригрозили відповіддю" (Moscow threatens,
// see bodyIn; not Britain).
func (f *finder) placeSpeaksAcrossComma(i, at int) bool {
	if i < 0 || i >= at || !plural(&f.toks[at]) || plural(&f.toks[i]) {
		return false
	}
	c := f.lastComma(i, at)
	if c < 0 || c+2 >= at {
		return false
	}
	if l := f.low(c + 1); l != "у" && l != "в" {
		return false
	}
	e := f.entityAt(c + 2)
	if e == "" || !hasCase(&f.toks[c+2], "v_mis") {
		return false
	}
	for j := c + 2; j < at; j++ {
		if t := &f.toks[j]; hasCase(t, "v_naz") && !hasCase(t, "v_mis") && f.entityAt(j) == "" {
			return false // a subject of its own in the clause
		}
	}
	return true
}

// troupes are the kinds of companies of performers and players whose
// name in quotation marks follows them and stands in their case (see
// kindBefore): "з вінницьким хором «Мокоша» співпрацював", "з гуртом
// «Океан Ельзи»".
var troupes = map[string]bool{"хор": true, "гурт": true, "ансамбль": true, "оркестр": true, "театр": true,
	"колектив": true, "капела": true, "квартет": true, "тріо": true, "квінтет": true}

// partnerOpening returns the name after з, із or зі put before the verb
// at at, in its clause, with no verb and no comma between: the partner of
// a verb of working or meeting together told first ("З компанією «Альфа»
// уряд співпрацював торік", "Два роки тому саме з вінницьким хором
// «Мокоша» рокер співпрацював"). The name is in the instrumental, or in
// quotation marks after a kind in it, or after an office and its state
// ("З прем'єр-міністром Польщі Дональдом Туском"); "" when there is none.
func (f *finder) partnerOpening(at int) string {
	for k := at - 1; k >= 0; k-- {
		t := &f.toks[k]
		if t.Text == "," || t.Kind == vistka.Punct && t.Kind != vistka.QuoteMark || finiteVerb(t) {
			return ""
		}
		if l := f.low(k); l != "з" && l != "із" && l != "зі" || !isPrep(t) {
			continue
		}
		if p := f.titledName(k + 1); p != "" && offices[f.low(k+1)] && hasCase(&f.toks[k+1], "v_oru") {
			return p // "З прем'єр-міністром Польщі Дональдом Туском Зеленський обговорив": the one the office names
		}
		for j := k + 1; j < at && j <= k+4; j++ {
			e := f.entityAt(j)
			if e == "" {
				continue
			}
			if hasCase(&f.toks[j], "v_oru") && !hasCase(&f.toks[j], "v_naz") {
				return e
			}
			if n := f.kindBefore(j); n > k && hasCase(&f.toks[n], "v_oru") {
				return e
			}
			return ""
		}
		return ""
	}
	return ""
}

// tokensOfThanks are the awards a body gives in its own name: грамота,
// подяка.
var tokensOfThanks = map[string]bool{"грамота": true, "подяка": true}

// awardGiver returns the body whose token of thanks the noun at n names,
// in the genitive right after it (відзначені грамотами Литовського сейму,
// нагородили грамотою міської ради): the one who awards when the sentence
// names no other; "" when there is none or it is no named body.
func (f *finder) awardGiver(n int) string {
	if n < 0 || n+1 >= len(f.toks) || !tokensOfThanks[f.toks[n].Lemma] {
		return ""
	}
	j := n + 1
	if f.low(j) == "від" {
		j++ // "подякою від міського голови"
	}
	for k := j; k < len(f.toks) && k <= j+2; k++ {
		if e := f.entityAt(k); e != "" && f.ents.Type(e) != "LOC" {
			if !hasCase(&f.toks[k], "v_rod") || hasCase(&f.toks[k], "v_dav") {
				return "" // "подяки обласному депутату Роману Сімутіну": the one thanked
			}
			return e
		}
	}
	return ""
}

// timeWord reports whether token j tells a time: a date's word or a
// weekday ("минулого тижня", "12 березня", "понеділок").
func (f *finder) timeWord(j int) bool {
	return f.spanType(j) == "DATE" || weekdays[f.toks[j].Lemma]
}

// carriedSubject returns the person a sentence with no subject of its own
// goes on about: its verb at at is a singular past form of a gender (a
// finite verb with only adverbs, particles, conjunctions and a time before
// it: "Навіть просив для цього передбачити кошти"), and the sentence before
// has a person of that gender for its subject, by a name or він/вона in
// the nominative ("Впродовж багатьох років він пропонував …"). It returns
// that person, or "".
func (f *finder) carriedSubject(at int) string {
	v := &f.toks[at]
	if f.s == 0 || !strings.HasPrefix(v.Tag, "verb") || !strings.Contains(v.Tag, ":past") || !strings.HasSuffix(v.Tag, ":m") && !strings.HasSuffix(v.Tag, ":f") {
		return ""
	}
	g := v.Tag[len(v.Tag)-1] // 'm' or 'f'
	for j := 0; j < at; j++ {
		if f.timeWord(j) || (f.low(j) == "у" || f.low(j) == "в") && f.timeWord(j+1) {
			continue // a time put first: "Минулого тижня передав лікарні генератори", "У понеділок …"
		}
		tg := f.toks[j].Tag
		if f.toks[j].Kind == vistka.Punct || !(strings.HasPrefix(tg, "adv") && !strings.HasPrefix(tg, "advp") || strings.HasPrefix(tg, "part") || strings.HasPrefix(tg, "conj")) {
			return ""
		}
	}
	for j := at + 1; j < len(f.toks); j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			break
		}
		if hasCase(t, "v_naz") && (strings.HasPrefix(t.Tag, "noun") && gender(t) == g || f.entityAt(j) != "") {
			return "" // "Прибув і голова": a subject after the verb
		}
	}
	p := &finder{a: f.a, ents: f.ents, s: f.s - 1, toks: f.a.Sentences[f.s-1].Tokens}
	for j := range p.toks {
		t := &p.toks[j]
		if t.Kind == vistka.Punct && j > 0 && p.toks[j-1].Kind != vistka.Word {
			continue
		}
		if finiteVerb(t) {
			break // only a subject before the sentence's first verb
		}
		if !hasCase(t, "v_naz") {
			continue
		}
		if strings.Contains(t.Tag, "pron:pers:3") && gender(t) == g {
			return f.ents.LastPerson(t.RStart, f.s-1, g)
		}
		if e := p.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
			if k := entity.Index(e); k >= 0 && k < len(f.ents.Gender) && f.ents.Gender[k] != 0 && f.ents.Gender[k] != g {
				return ""
			}
			return e
		}
	}
	return ""
}

// joint reports whether the noun at n is said to be shared: спільну
// декларацію, підсумкову декларацію саміту.
func (f *finder) joint(n int) bool {
	shared := func(l string) bool {
		return strings.HasPrefix(l, "спільн") || strings.HasPrefix(l, "підсумков")
	}
	return f.adjBefore(n, 3, shared) || n+1 < len(f.toks) && multilateralWords[f.low(n+1)]
}

// bySide returns who an event noun at i is by, named after "з боку" right
// after it or its modifiers: "обстріл з боку російських військ".
func (f *finder) bySide(i int) string {
	for j := i + 1; j+2 < len(f.toks) && j <= i+3; j++ {
		if f.low(j) != "з" || f.low(j+1) != "бік" {
			continue
		}
		return f.sideAt(j)
	}
	return ""
}

// sideIn returns who an event told by a verb with no subject is by,
// named after "з боку" in the verb's clause, before or after it: "З боку
// Росії було завдано удару по Сумах"; or "".
func (f *finder) sideIn(at int) string {
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.low(j) == "з" && j+2 < len(f.toks) && f.low(j+1) == "бік" {
			return f.sideAt(j)
		}
	}
	for j := at + 1; j+2 < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if f.low(j) == "з" && f.low(j+1) == "бік" {
			return f.sideAt(j)
		}
	}
	return ""
}

// sideAt reads the side named after "з боку" at j: a name, or an animate
// noun or a noun of a body with its words.
func (f *finder) sideAt(j int) string {
	for k := j + 2; k < len(f.toks) && k <= j+4; k++ {
		if e := f.entityAt(k); e != "" {
			return e
		}
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun") {
			if hasCase(t, "v_rod") && (strings.Contains(t.Tag, ":anim") || actorNoun(lower(t))) && !strings.Contains(t.Tag, "pron") {
				for n := k + 1; n < len(f.toks) && n <= k+3 && f.toks[n].Kind != vistka.Punct; n++ {
					if e := f.entityAt(n); e != "" && f.ents.Type(e) == "PERS" {
						return e // "з боку віце-мера Одеси Вахтанга Убірії": the person by the title
					}
				}
				return f.text(j+2, k+1)
			}
			return ""
		}
	}
	return ""
}

// adjectiveFor returns the nominative of the adjective at i in the
// gender and number of the noun n it goes with: міській (раді) → міська,
// обласному (управлінні) → обласне.
func (f *finder) adjectiveFor(i int, n *vistka.Token) string {
	l := scan.ToLower(f.toks[i].Lemma)
	stem, hard := strings.CutSuffix(l, "ий")
	switch {
	case !hard:
		return l
	case strings.Contains(n.Tag, ":p:"):
		return stem + "і"
	case strings.Contains(n.Tag, ":f:"):
		return stem + "а"
	case strings.Contains(n.Tag, ":n:"):
		return stem + "е"
	}
	return l
}

// withPartner reports whether a name after з or із follows the verb at i
// within its clause: "укласти з Польщею договір".
func (f *finder) withPartner(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); (l == "з" || l == "із") && f.entityAt(j+1) != "" {
			return true
		}
	}
	return false
}

// bodyClosing returns the side named by its noun in the locative after в or
// у that closes the clause of the verb at i ("Рішення одразу
// розкритикували в опозиції"): the body a name stands for before, or the
// noun's base form; else "". A court closing the clause is where an
// appeal goes ("оскаржити його в суді"), no side.
func (f *finder) bodyClosing(i int) string {
	for j := i + 1; j+1 < len(f.toks); j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		n := &f.toks[j+1]
		if l := f.low(j); (l == "в" || l == "у") && isPrep(t) && strings.HasPrefix(n.Tag, "noun") && hasCase(n, "v_mis") &&
			closingSides[lower(n)] && f.entityAt(j+1) == "" && (j+2 >= len(f.toks) || f.toks[j+2].Kind == vistka.Punct) {
			if b := f.ents.BodyOf(n.RStart, f.s, lower(n)); b != "" {
				return b
			}
			return lower(n)
		}
	}
	return ""
}

// closingSides are the sides of politics that bodyClosing names.
var closingSides = map[string]bool{"опозиція": true, "уряд": true, "влада": true, "міністерство": true, "мерія": true,
	"коаліція": true, "фракція": true, "партія": true}

// bracketOpen returns where the brackets closed at i open, within seven
// words before ("Каунаський технологічний університет (Литва)", "УПЦ
// (МП)"), or -1 when the token at i closes none.
func (f *finder) bracketOpen(i int) int {
	if f.toks[i].Text != ")" {
		return -1
	}
	for k := i - 1; k >= 0 && i-k < 8; k-- {
		if f.toks[k].Text == "(" {
			return k
		}
	}
	return -1
}

// bodyIn returns the organisation named in the locative after в/у at the
// start of the clause of the plural verb at i: "У Росатомі відкинули", or
// "".
func (f *finder) bodyIn(i int, typ string) string {
	if !strings.Contains(f.toks[i].Tag, ":p") {
		return ""
	}
	// "У Москві відкинули звинувачення": a capital speaks for its state
	// when it rejects, accuses, supports, threatens or asks.
	places := statements[typ]
	if b := f.bodyClosing(i); b != "" && places {
		return b // "Рішення одразу розкритикували в опозиції"
	}
	for j := i - 1; j >= 1; j-- {
		if k := f.bracketOpen(j); k > 0 {
			j = k // "У єпархії УПЦ (МП) відкинули звинувачення": what the brackets add
			continue
		}
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		e := f.entityAt(j)
		// (its adjectives may stand between: "У міській раді
		// звинувачення відкинули")
		p := j - 1
		for p >= 1 && isAdj(&f.toks[p]) && hasCase(&f.toks[p], "v_mis") && f.entityAt(p) == "" {
			p--
		}
		if e == "" && p >= 0 && (f.low(p) == "у" || f.low(p) == "в") && isPrep(&f.toks[p]) && strings.HasPrefix(t.Tag, "noun") &&
			hasCase(t, "v_mis") && actorNoun(lower(t)) && (p == 0 || f.toks[p-1].Kind == vistka.Punct || strings.HasPrefix(f.toks[p-1].Tag, "adv") || strings.HasPrefix(f.toks[p-1].Tag, "conj")) {
			// "Водночас у міністерстві відмовилися підвищувати
			// дотацію": the body named before by this head noun, the
			// clause opening with it
			if b := f.ents.BodyOf(t.RStart, f.s, lower(t)); b != "" {
				return b
			}
			if p == 0 || f.toks[p-1].Kind == vistka.Punct {
				// "У мерії звинувачення відкинули": a body no name
				// stands for, named by its noun alone, opening the clause
				var w []string
				for q := p + 1; q < j; q++ {
					w = append(w, f.adjectiveFor(q, t))
				}
				return strings.Join(append(w, lower(t)), " ")
			}
		}
		if e == "" || f.ents.Type(e) != "ORG" && f.ents.Type(e) != "MISC" && !(places && f.ents.Type(e) == "LOC" && !f.townFolk(i, e)) {
			continue
		}
		k := j - 1
		for k >= 0 && f.entityAt(k) == e {
			k--
		}
		// "В МЗС Великої Британії засудили": an indeclinable name is in
		// the case of its preposition
		// So is an acronym the tagger took for a common word ("У САП
		// повідомили": сап in the accusative).
		quoted := k >= 1 && f.toks[k].Kind == vistka.QuoteMark && f.entityAt(k) == "" && (f.low(k-1) == "у" || f.low(k-1) == "в" || f.firmIn(k-1))
		if !hasCase(t, "v_mis") && !quoted && !((strings.Contains(f.toks[k+1].Tag, ":nv") || abbreviation(f.toks[k+1].Text)) && k >= 0 && (f.low(k) == "у" || f.low(k) == "в")) {
			// ("У «Укренерго» заявили": a name in quotation marks right
			// after в or у, whatever case the tagger reads in it)
			continue
		}
		for k >= 1 && f.toks[k].Kind == vistka.QuoteMark && f.entityAt(k) == "" {
			k-- // "У «Черкасигазі» звинувачення відкинули": a name in quotation marks
		}
		// "на комунальному підприємстві «Житомиртеплокомуненерго»
		// звинувачення відкинули": a firm named after its kind, which
		// takes на as well as в or у
		firm := k >= 1 && f.firmIn(k)
		if firm {
			k--
		}
		country := ""
		for k >= 0 && isAdj(&f.toks[k]) && hasCase(&f.toks[k], "v_mis") && f.entityAt(k) == "" {
			// "У російському МЗС відкинули": the ministry of Росія
			country = cmp.Or(country, f.ents.CountryOf(f.low(k)))
			k--
		}
		if k >= 0 && (f.low(k) == "у" || f.low(k) == "в" || firm && f.low(k) == "на" && isPrep(&f.toks[k])) {
			if c := f.entityAt(j + 1); c != "" && c != e && f.ents.Type(e) == "ORG" && f.ents.Type(c) == "LOC" && strings.Contains(t.Tag, ":nv") &&
				gazetteer.Lookup(f.ents.Name(c))&gazetteer.Country != 0 {
				return c // "У МЗС Польщі засудили": the state speaks through its ministry
			}
			return cmp.Or(country, f.bodyName(k+1, e), e)
		}
		if k >= 2 && places && country == "" && isAnd(&f.toks[k]) && f.entityAt(k-1) != "" && hasCase(&f.toks[k-1], "v_mis") &&
			f.ents.Type(f.entityAt(k-1)) == "LOC" && (f.low(k-2) == "у" || f.low(k-2) == "в") {
			return e // "у Пекіні та Москві пригрозили": the capitals speak (the last named)
		}
		if k >= 0 && f.entityAt(k) != "" && country == "" {
			continue // "У МЗС Польщі": the place is the body's
		}
		return ""
	}
	return ""
}

// intendingBody returns the body named in the locative after в/у that
// intends, plans or means the infinitive at i through a plural verb with
// no subject of its own, that verb perhaps joined to one before it: "У
// «Дорбуд-Києві» мають намір оскаржити рішення", "У компанії не
// погоджуються з рішенням і мають намір оскаржити його в суді"; else "".
func (f *finder) intendingBody(i int, typ string) string {
	if !strings.Contains(f.toks[i].Tag, ":inf") {
		return ""
	}
	v := -1
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if f.low(j) == "намір" || f.low(j) == "не" {
			continue
		}
		if t := &f.toks[j]; finiteVerb(t) && pluralTag(t.Tag) {
			v = j
		}
		break
	}
	if v < 0 {
		return ""
	}
	return f.joinedBodyIn(v, typ)
}

// firmIn reports whether the token at k is a word for a firm in the
// locative, not itself a name: "на комунальному підприємстві «…»".
func (f *finder) firmIn(k int) bool {
	t := &f.toks[k]
	return f.entityAt(k) == "" && legalForms[f.low(k)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_mis")
}

// joinedBodyIn is bodyIn for the plural verb at v, or for the plural verb
// before it that v is joined to by і or та in one clause: "У компанії не
// погоджуються з рішенням і мають намір …", "У «Захід-Ойлі» звинувачення
// заперечили і заявили, що подадуть позов".
func (f *finder) joinedBodyIn(v int, typ string) string {
	if e := f.bodyIn(v, typ); e != "" {
		return e
	}
	for j := v - 1; j >= 1 && j >= v-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return ""
		}
		if isAnd(t) {
			for u := j - 1; u >= 0 && u >= j-6; u-- {
				w := &f.toks[u]
				if w.Kind == vistka.Punct {
					return ""
				}
				if finiteVerb(w) && pluralTag(w.Tag) {
					return f.bodyIn(u, typ)
				}
			}
			return ""
		}
	}
	return ""
}

// bodyAfter returns the organisation named in the locative after в/у
// after the plural verb at i with no subject of its own, up to end, when
// the verb tells a statement: "Вирок розкритикували в Державному
// департаменті США", "Рішення засудили в МЗС Литви" (the state speaks
// through its ministry); a country or a union named by its initials
// speaks for itself, and those listed after it with commas and та or і
// speak too ("Удар засудили в ЄС, Великій Британії, Молдові та
// Туреччині"); else none.
func (f *finder) bodyAfter(i, end int, typ string) []string {
	if !statements[typ] || !isVerb(&f.toks[i]) || !plural(&f.toks[i]) || strings.Contains(f.toks[i].Tag, ":inf") {
		return nil
	}
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		// (a singular noun before is the object the plural verb does
		// not agree with: "Засудження активіста вже розкритикували в …")
		if t := &f.toks[j]; hasCase(t, "v_naz") && (f.entityAt(j) != "" || strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":p:")) ||
			f.low(j) == "що" || f.low(j) == "який" {
			// (nor a що-clause or a relative one, whose subject is the
			// speaker's: "повідомили, що оскаржать його в
			// Господарському суді")
			return nil
		}
	}
	for j := i + 1; j+1 < end && j+1 < len(f.toks); j++ {
		if f.toks[j].Kind == vistka.Punct {
			return nil
		}
		if l := f.low(j); (l != "у" && l != "в") || !isPrep(&f.toks[j]) {
			continue
		}
		e, k, h := f.speakingIn(j+1, end)
		if e == "" {
			continue
		}
		for c := k; c <= h; c++ {
			if f.low(c) == "суд" {
				return nil // "оскаржили вирок в Апеляційному суді": where, not who
			}
		}
		if f.ents.Type(e) == "LOC" {
			// "засудили в ЄС, Великій Британії, Молдові та Туреччині"
			out := []string{e}
			for m := h + 1; m+1 < end && (f.toks[m].Text == "," || isAnd(&f.toks[m])); {
				e2, _, h2 := f.speakingIn(m+1, end)
				if e2 == "" || f.ents.Type(e2) != "LOC" {
					break
				}
				out = append(out, e2)
				m = h2 + 1
			}
			return out
		}
		if c := f.entityAt(h + 1); c != "" && f.ents.Type(c) == "LOC" && strings.Contains(f.toks[k].Tag, ":nv") && gazetteer.Lookup(f.ents.Name(c))&gazetteer.Country != 0 {
			return []string{c}
		}
		return []string{cmp.Or(f.bodyName(k, e), e)}
	}
	return nil
}

// speakingIn reads, at k after в or у, a body or a state that speaks in
// the locative: an organisation, a country, or a union or bloc named by
// its initials (ЄС), after adjectives of its own. It returns the entity
// and its first and last tokens, or "" when none stands there.
func (f *finder) speakingIn(k, end int) (e string, first, last int) {
	for k < end && isAdj(&f.toks[k]) && f.entityAt(k) == "" {
		k++
	}
	if k >= end {
		return "", 0, 0
	}
	e = f.entityAt(k)
	if e == "" || !hasCase(&f.toks[k], "v_mis") && !strings.Contains(f.toks[k].Tag, ":nv") {
		return "", 0, 0
	}
	switch f.ents.Type(e) {
	case "ORG":
	case "LOC":
		if gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country == 0 && !abbreviation(f.toks[k].Text) {
			return "", 0, 0 // "засудили в Одесі": where, not who
		}
	default:
		return "", 0, 0
	}
	h := k
	for h+1 < len(f.toks) && f.entityAt(h+1) == e {
		h++
	}
	return e, k, h
}

// investigatingBodies are the bodies named by a common noun that open
// proceedings.
var investigatingBodies = map[string]bool{"поліція": true, "прокуратура": true, "нацполіція": true, "кіберполіція": true}

// tellers are the verbs by which a body in the locative tells something:
// "Як зазначили в поліції", "У прокуратурі повідомили".
var tellers = map[string]bool{"зазначити": true, "повідомити": true, "заявити": true, "розповісти": true,
	"пояснити": true, "уточнити": true, "додати": true}

// toldInBody returns the investigating body, by its common noun, that
// the sentence before opens by telling of in the locative with a plural
// verb of speech ("Як зазначили в поліції, …", "У прокуратурі
// повідомили, що …"), or "".
func (f *finder) toldInBody() string {
	if f.s == 0 {
		return ""
	}
	prev := f.a.Sentences[f.s-1].Tokens
	told, body := false, ""
	for j := 0; j < len(prev) && j < 5; j++ {
		t := &prev[j]
		if strings.HasPrefix(t.Tag, "verb") && plural(t) && tellers[t.Lemma] {
			told = true
		}
		if l := lower(t); (l == "в" || l == "у") && isPrep(t) && j+1 < len(prev) {
			if n := &prev[j+1]; strings.HasPrefix(n.Tag, "noun") && hasCase(n, "v_mis") && investigatingBodies[n.Lemma] {
				body = n.Lemma
			}
		}
	}
	if !told {
		return ""
	}
	return body
}

// tellingBody returns the investigating body, by its common noun, that
// tells the що-clause holding the token at: "в обласній прокуратурі
// повідомили, що …" (в or у, adjectives, the body in the locative, a
// plural verb of telling, a comma and що, in this order); "" when there
// is none.
func (f *finder) tellingBody(at int) string {
	k := -1
	for j := at - 1; j >= 2; j-- {
		if f.thatAfterComma(j) {
			k = j - 2
			break
		}
	}
	if k < 0 || !isVerb(&f.toks[k]) || !plural(&f.toks[k]) || !tellers[f.toks[k].Lemma] {
		return ""
	}
	for j := k - 1; j >= 1 && f.toks[j].Kind != vistka.Punct; j-- {
		n := &f.toks[j]
		if !strings.HasPrefix(n.Tag, "noun") || !hasCase(n, "v_mis") || !investigatingBodies[n.Lemma] {
			continue
		}
		p := f.beforeAdjs(j, 0) // "в обласній прокуратурі"
		if l := f.low(p); (l == "в" || l == "у") && isPrep(&f.toks[p]) {
			return n.Lemma
		}
		return ""
	}
	return ""
}

// thereBody returns the organisation the sentence before names in the
// locative after в/у when this sentence opens with "Там" and the plural
// verb at i, of a statement, has no subject of its own: "В Асоціації міст
// України з таким підходом не згодні. Там наголошують на тому, що …, і
// вимагають …"; else "".
func (f *finder) thereBody(i int, typ string) string {
	if f.s == 0 || len(f.toks) == 0 || f.low(0) != "там" || !statements[typ] || !isVerb(&f.toks[i]) || !plural(&f.toks[i]) {
		return ""
	}
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if t := &f.toks[j]; hasCase(t, "v_naz") && (f.entityAt(j) != "" || strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":p:")) {
			return "" // a subject of its own
		}
	}
	prev := f.a.Sentences[f.s-1].Tokens
	for j := 0; j+1 < len(prev); j++ {
		if l := lower(&prev[j]); l != "у" && l != "в" || !isPrep(&prev[j]) {
			continue
		}
		t := &prev[j+1]
		if e := f.ents.At(t.RStart, t.REnd); e != "" && f.ents.Type(e) == "ORG" && (hasCase(t, "v_mis") || strings.Contains(t.Tag, ":nv")) {
			return e
		}
	}
	return ""
}

// sidesBefore reports whether the subject of the verb at i is "сторони"
// (the sides): "Сторони обговорили …", "сторони домовилися …".
func (f *finder) sidesBefore(i int) bool {
	aside := 0 // the words of an aside passed
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if j >= 2 && f.toks[j].Text == "," && f.toks[j-2].Text == "," && parentheticals[f.low(j-1)] {
			// "Сторони, зокрема, погодили": a word set off by commas
			j -= 2
			aside += 3
			continue
		}
		t := &f.toks[j]
		// (right before a plural verb, "сторони" read as an accusative
		// is the subject: "За підсумками переговорів сторони підписали")
		plural := hasCase(t, "v_naz") && strings.Contains(t.Tag, ":p:") ||
			j == i-1 && strings.Contains(t.Tag, ":p:") && hasCase(t, "v_zna") && strings.HasSuffix(f.toks[i].Tag, ":p") ||
			// (or as a genitive singular, its object put first:
			// "Відповідну угоду сторони підписали")
			j == i-1 && scan.EqualFold(t.Text, "сторони") && strings.HasSuffix(f.toks[i].Tag, ":p")
		if sides[lower(t)] && plural {
			// further back than three words only over the names of the
			// sides: "Делегації України та Росії в п'ятницю провели"
			return j >= i-3-aside || len(f.sidesNamed(i)) > 0
		}
		if t.Text == "," && j > 0 && f.entityAt(j-1) != "" && f.entityAt(j+1) != "" {
			continue // "Прем'єри України, Молдови та Румунії": a list of the sides
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
	}
	return false
}

// parentheticals are words set off by commas between a subject and its verb:
// "Сторони, зокрема, погодили", "Сторони, однак, не домовилися".
var parentheticals = map[string]bool{"зокрема": true, "однак": true, "проте": true, "втім": true, "водночас": true,
	"також": true, "щоправда": true, "відтак": true}

// sides are plural nouns that stand for the parties of the last meeting:
// "Сторони домовилися", "Лідери погодили", "Співрозмовники обговорили".
// "Міністри підписали заяву", "Президенти домовилися", "уряди двох країн
// підписали меморандум": the two just met.
var sides = map[string]bool{"сторона": true, "лідер": true, "співрозмовник": true, "делегація": true,
	"міністр": true, "президент": true, "прем'єр-міністр": true, "прем'єр": true, "глава": true,
	"міністерка": true, "президентка": true, "прем'єрка": true, "прем'єр-міністерка": true, "уряд": true}

// lastParties returns the named actor and recipient of the last event, of
// the sentence or the three before it, that has both: the parties a
// contract's "сторони" stand for when no meeting was told. It returns an
// empty slice for none.
func (f *finder) lastParties(here []vistka.Event) []string {
	from := f.a.Sentences[max(f.s-3, 0)].RStart
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		ev := all[k]
		if ev.Sentence.Start < from {
			break
		}
		if len(ev.Actors) == 0 || len(ev.Recipients) == 0 || f.ents.Type(ev.Actors[0]) == "" || f.ents.Type(ev.Recipients[0]) == "" {
			continue
		}
		return []string{ev.Actors[0], ev.Recipients[0]}
	}
	return []string{}
}

// partnerAt reports whether з, із or зі at j comes before a word in the
// instrumental: the partner met or talked with ("зустрівся з
// прем'єром").
func (f *finder) partnerAt(j int) bool {
	if j+1 >= len(f.toks) {
		return false
	}
	l := f.low(j)
	return (l == "з" || l == "із" || l == "зі") && hasCase(&f.toks[j+1], "v_oru")
}

// titledSides reads the people named with their titles in the
// instrumental after між, from j: "розмова між міністром закордонних справ
// України Дмитром Корнієнком і його австрійською колегою Бригіттою
// Штайнер". The titles' words, the bodies and countries they are of, a
// possessive and the conjunctions are passed over; the phrase ends at any
// other word. It returns nil unless a title opens the phrase and two
// people are named in it.
func (f *finder) titledSides(j int) []string {
	if j >= len(f.toks) || !hasCase(&f.toks[j], "v_oru") || !f.inJob(j) && !(isNoun(&f.toks[j]) && strings.Contains(f.toks[j].Tag, ":anim")) {
		return nil
	}
	var out []string
	for k := j; k < len(f.toks); k++ {
		t := &f.toks[k]
		e := f.entityAt(k)
		switch {
		case e != "" && f.ents.Type(e) == "PERS":
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		case e != "", f.inJob(k), t.Text == ",", isAnd(t):
		case sidePossessives[scan.ToLower(t.Text)]:
		case t.Kind == vistka.Word && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && (hasCase(t, "v_oru") || hasCase(t, "v_rod")):
			// "міністром закордонних справ", "австрійською колегою"
		default:
			k = len(f.toks)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sidePossessives are the possessives before a side's title: "його
// австрійською колегою".
var sidePossessives = map[string]bool{"його": true, "її": true, "їхнім": true, "їхньою": true, "своїм": true, "своєю": true}

// sidesAfter reads the sides of a meeting told by a noun and the
// genitive after it ("переговори делегацій України та Росії", "зустріч
// лідерів Франції та Німеччини") or the names after між.
func (f *finder) sidesAfter(tr trig) []string {
	at := tr.at
	exchange := tr.k.typ == "RETREAT" && f.low(at) == "обмін" && f.captivesAfter(at+1)
	if exchange {
		at++ // "обмін полоненими між Україною та Росією"
	}
	if tr.k.typ != "CONSULT" && !exchange || at+2 >= len(f.toks) {
		return nil
	}
	if f.low(at+1) == "між" {
		// "переговори між Україною та Росією", "між делегаціями
		// України та Росії", "між «Нафтогазом» та «Газпромом»"; two
		// people with their titles first, rather than the country of
		// the first title ("між Президентом України Олексієм Марченком
		// і канцлером Австрії Ернстом Гайдером")
		if ts := f.titledSides(at + 2); ts != nil {
			return ts
		}
		j := at + 2
		if j+1 < len(f.toks) && f.toks[j].Kind == vistka.QuoteMark {
			j++
		}
		if sides[f.low(j)] && hasCase(&f.toks[j], "v_oru") {
			j++
		} else if e := f.entityAt(j); e != "" && hasCase(&f.toks[j], "v_oru") {
			return append([]string{e}, f.coordinated(j, len(f.toks))...)
		}
		if e := f.entityAt(j); j < len(f.toks) && e != "" && hasCase(&f.toks[j], "v_rod") {
			return append([]string{e}, f.coordinated(j, len(f.toks))...)
		}
		return nil
	}
	office := offices[f.low(at+1)] && plural(&f.toks[at+1]) // "зустріч уповноважених з прав людини України та Росії"
	if !sides[f.low(at+1)] && !envoys[f.low(at+1)] && !office || !hasCase(&f.toks[at+1], "v_rod") {
		return nil // "зустріч представників України та Польщі" too
	}
	k := at + 2
	for k < len(f.toks) && k <= at+5 && f.entityAt(k) == "" && f.toks[k].Kind == vistka.Word && !startsUpper(f.toks[k].Text) &&
		((isAdj(&f.toks[k]) || isNoun(&f.toks[k])) && hasCase(&f.toks[k], "v_rod") ||
			office && k == at+2 && withPrep(f.low(k)) && k+1 < len(f.toks) && hasCase(&f.toks[k+1], "v_rod")) {
		k++ // "зустріч міністрів закордонних справ України, …": the office's words
	}
	e := f.entityAt(k)
	if e == "" || !hasCase(&f.toks[k], "v_rod") {
		return nil
	}
	return append([]string{e}, f.coordinated(k, len(f.toks))...)
}

// sittingBodies are the bodies a person chairs a sitting of: рада
// оборони, комісія, штаб, Ставка.
var sittingBodies = map[string]bool{"рада": true, "комісія": true, "штаб": true, "ставка": true, "колегія": true,
	"комітет": true}

// chairedBody returns the body whose sitting (засідання at tr.noun) the
// one person among actors held, named in the genitive right after the
// noun, its adjectives first: the body's name, or the phrase in the
// nominative ("засідання обласної ради оборони": обласна рада оборони);
// "" when the doer is no person, the sitting is only proposed or planned
// in an infinitive, or no such body follows.
func (f *finder) chairedBody(tr trig, actors []string) string {
	if len(actors) != 1 || f.ents.Type(actors[0]) != "PERS" || strings.Contains(f.toks[tr.at].Tag, ":inf") {
		return "" // (not "запропонував провести спільне засідання комітетів": a proposal)
	}
	k := tr.noun + 1
	for k < len(f.toks) && isAdj(&f.toks[k]) && hasCase(&f.toks[k], "v_rod") {
		k++
	}
	if k >= len(f.toks) || !hasCase(&f.toks[k], "v_rod") {
		return ""
	}
	if e := f.entityAt(k); e != "" && f.ents.Type(e) == "ORG" {
		return e
	}
	if !isNoun(&f.toks[k]) || !sittingBodies[f.low(k)] || f.entityAt(k) != "" {
		return ""
	}
	return f.objectPhrase(k, tr)
}

// duringSides returns the sides of the meeting the sentence sets itself
// in, "під час переговорів X та Y" or "під час зустрічі X з Y", wherever it
// stands in the sentence; nil when there is none.
func (f *finder) duringSides() []string {
	for i := 0; i+2 < len(f.toks); i++ {
		if f.low(i) != "під" || f.low(i+1) != "час" || !meetingNouns[f.low(i+2)] {
			continue
		}
		j := i + 2
		sides := f.sidesAfter(trig{at: j, noun: j, k: kind{"CONSULT", "meet"}})
		if len(sides) == 0 {
			sides = f.heldParticipants(j) // "під час переговорів, що відбулися за участі делегацій України та США"
		}
		if p := f.duringPartner(len(f.toks)); p != "" && !slices.Contains(sides, p) {
			sides = append(sides, p)
		}
		return sides
	}
	return nil
}

// duringPartner returns the partner of the meeting a clause sets its verb
// at in ("під час телефонної розмови з Марко Рубіо обговорив", "у ході
// розмови з", "на зустрічі з"), or "".
func (f *finder) duringPartner(at int) string {
	for i := 0; i+1 < at; i++ {
		// (also "у ході розмови з", "на зустрічі з", "за результатами
		// переговорів з", "після розмови з")
		n := 0
		switch l, m := f.low(i), f.low(i+1); {
		case l == "під" && m == "час", (l == "у" || l == "в") && (m == "хід" || m == "ході"), l == "за" && (m == "результат" || m == "підсумок"):
			n = 2
		case l == "на" || l == "після":
			n = 1
		default:
			continue
		}
		for j := i + n; j < at && j <= i+5; j++ {
			if !meetingNouns[f.low(j)] {
				continue
			}
			if k := j + 1; k+1 < at && (f.low(k) == "з" || f.low(k) == "із") {
				for m := k + 1; m < at && m <= k+6; m++ {
					if t := &f.toks[m]; hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":nv") {
						continue // "На зустрічі з міністром оборони Естонії Шмигаль обговорив": the subject, not the partner
					}
					if e := f.entityAt(m); e != "" && f.ents.Type(e) == "PERS" {
						return e
					}
				}
			}
			return ""
		}
	}
	return ""
}

// twoSided reports whether the summit at i is named by its two sides
// joined by a dash, and no third: "саміт Україна – ЄС" is a meeting of
// two, "саміт Україна – ЄС – Японія" is not.
func (f *finder) twoSided(i int) bool {
	a := i + 1
	if a >= len(f.toks) || f.entityAt(a) == "" {
		return false
	}
	j := a
	for j < len(f.toks) && f.entityAt(j) == f.entityAt(a) {
		j++
	}
	if j+1 >= len(f.toks) || !isDash(&f.toks[j]) || f.entityAt(j+1) == "" {
		return false
	}
	k := j + 1
	for k < len(f.toks) && f.entityAt(k) == f.entityAt(j+1) {
		k++
	}
	return k >= len(f.toks) || !isDash(&f.toks[k])
}

// newPartner reports whether the meeting ev names a partner that no
// earlier meeting of its actors had, and the meeting of theirs told last
// before it, with no partner named, is not the event told just before:
// "Після засідання міністр зустрівся з Гутеррешем. Вони обговорили …
// Сибіга заявив, що провів телефонну розмову з Рубіо. «…», – заявив
// Сибіга під час зустрічі з членами Конгресу США" is a meeting of its
// own, while "Сибіга провів зустріч. Під час зустрічі з Рютте …" tells
// the one just told. Only a meeting under під час with named partners:
// "після розмови з NV" is an interview, "перед зустріччю" looks back.
func (f *finder) newPartner(ev vistka.Event, tr trig) bool {
	if ev.Type != "CONSULT" || ev.Mode != "meet" || len(ev.Recipients) == 0 || tr.noun < 0 {
		return false
	}
	if k := f.beforeAdjs(tr.noun, 0); k < 1 || f.low(k) != "час" || f.low(k-1) != "під" {
		return false
	}
	for _, r := range ev.Recipients {
		if f.ents.Type(r) == "" {
			return false // "під час зустрічі з жителями": the people of a meeting told before
		}
	}
	for k, b := range f.before {
		if b.Type != ev.Type || b.Mode != ev.Mode || !slices.Equal(b.Actors, ev.Actors) {
			continue
		}
		if slices.ContainsFunc(b.Recipients, func(r string) bool { return slices.Contains(ev.Recipients, r) }) ||
			len(b.Recipients) == 0 && k == len(f.before)-1 {
			return false
		}
	}
	return true
}

// finedTogether adds to rec, the ones a fine (its noun at n) is put on,
// those joined to them by і, та or й, each a firm or a person in a form
// the accusative may take ("наклало штраф на підприємця Валентину
// Козименко та Роздрібно-виробниче підприємство"), and the firms named
// after "на компанії" ("штрафу на компанії «Альфа» та «Бета»", the
// plural read as a locative by the tagger), before end.
func (f *finder) finedTogether(n, end int, rec []string) []string {
	for k := n + 1; k+1 < end && k < len(f.toks); k++ {
		if f.low(k) == "на" && firmKind(f.toks[k+1].Text) {
			if g := f.firmGroup(f.toks, k+1); len(g) > 1 {
				for _, e := range g {
					if !slices.Contains(rec, e) {
						rec = append(rec, e)
					}
				}
			}
			break
		}
	}
	for k := n + 1; k+2 < end && k+2 < len(f.toks); k++ {
		r := f.entityAt(k)
		if r == "" || !slices.Contains(rec, r) || f.entityAt(k+1) == r {
			continue
		}
		j := k + 1
		if f.toks[j].Kind == vistka.QuoteMark {
			j++
		}
		if j+1 >= end || !isAnd(&f.toks[j]) {
			continue
		}
		j++
		if f.toks[j].Kind == vistka.QuoteMark && j+1 < end {
			j++
		}
		e := f.entityAt(j)
		if t := &f.toks[j]; e == "" || slices.Contains(rec, e) || f.ents.Type(e) != "ORG" && f.ents.Type(e) != "PERS" ||
			!hasCase(t, "v_zna") && !(hasCase(t, "v_naz") && strings.Contains(f.toks[f.headOf(j, e)].Tag, ":inanim")) && !strings.Contains(t.Tag, ":nv") {
			continue
		}
		rec = append(rec, e)
	}
	return rec
}

// both are the words for two people told of before: "Обох затримали".
var both = map[string]bool{"обидва": true, "обидві": true, "обоє": true}

// bodyOfTwo reports whether the words from i, after a sitting's noun,
// name a body of two sides joined by a dash, with no third: "засідання
// Ради асоціації Україна – ЄС". (The Ukraine–NATO Council, which the
// tagger takes as one name, stays multilateral, as the golds read it.)
func (f *finder) bodyOfTwo(i int) bool {
	if i >= len(f.toks) {
		return false
	}
	for k := i; k < len(f.toks) && k <= i+1; k++ {
		if !isNoun(&f.toks[k]) || !hasCase(&f.toks[k], "v_rod") {
			return false
		}
		if e := f.entityAt(k + 1); e != "" && !strings.Contains(f.ents.Name(e), "–") && f.twoSided(k) {
			// (not a name that takes in a dash, "Ради Україна – Польща –
			// Литва": the dash after it is not the first; nor the
			// Ukraine–NATO Council the tagger left in two names, where
			// each ally sits)
			return !f.alliedSide(k + 1)
		}
	}
	return false
}

// jointBody reports whether the words from i name a body two sides sit
// on together: "спільної міжурядової комісії", "двосторонньої комісії".
func (f *finder) jointBody(i int) bool {
	for j := i; j < len(f.toks) && j <= i+2 && isAdj(&f.toks[j]); j++ {
		switch f.low(j) {
		case "спільний", "міжурядовий", "двосторонній", "змішаний", "міжпарламентський":
			return true
		}
	}
	return false
}

// partyParticiples are the participles and adjectives that name a party
// of a criminal case when they stand alone as nouns; personAdjs adds the
// victims to them.
var partyParticiples = map[string]bool{"підозрюваний": true, "обвинувачений": true, "затриманий": true,
	"заарештований": true, "засуджений": true, "підсудний": true, "звинувачений": true}

// startNouns name a thing's start: "оголосили про старт спільної
// програми".
var startNouns = map[string]bool{"старт": true, "запуск": true, "початок": true, "започаткування": true}

// jointStarted reports whether the verb at i tells of the start of what
// the adjective at j is of: "оголосили про старт спільної програми",
// "про запуск спільного проєкту" (not "оголосили про спільний збір").
func (f *finder) jointStarted(i, j int) bool {
	return j == i+3 && f.low(i+1) == "про" && startNouns[f.low(i+2)]
}

// undertakings are what sides start together: a programme, a project.
var undertakings = map[string]bool{"програма": true, "проєкт": true, "проект": true, "ініціатива": true, "платформа": true,
	"виробництво": true} // (розпочали спільне виробництво дронів)

// jointUndertaking reports whether the adjective at j goes with a noun of
// an undertaking, past other adjectives: "спільну програму", "спільний
// інвестиційний проєкт" (not "спільні навчання", an exercise whose noun
// tells its own event).
func (f *finder) jointUndertaking(j int) bool {
	k := f.nounPast(j+1, j+3, isAdj)
	return k >= 0 && undertakings[f.low(k)]
}

// operations are what forces or police do together: an operation, a
// patrol, a raid.
var operations = map[string]bool{"операція": true, "спецоперація": true, "патрулювання": true, "рейд": true}

// jointOperation reports whether the adjective at j goes with a noun of
// an operation, past other adjectives: "спільну операцію", "спільне
// морське патрулювання".
func (f *finder) jointOperation(j int) bool {
	k := f.nounPast(j+1, j+3, isAdj)
	return k >= 0 && operations[f.low(k)]
}

// jointSides returns the sides named in the genitive after the adjective
// at j and the noun it goes with, two or more joined by та, і or commas:
// "спільної програми ЄБРР та «Укрзалізниці»", "спільну робочу групу
// України та Польщі"; else nil.
func (f *finder) jointSides(j int) []string {
	k := j + 1
	for k < len(f.toks) && k <= j+3 && f.entityAt(k) == "" && (isAdj(&f.toks[k]) || isNoun(&f.toks[k])) {
		k++
	}
	if k == j+1 {
		return nil // no noun after the adjective
	}
	var out []string
	for ; k < len(f.toks); k++ {
		t := &f.toks[k]
		e := f.entityAt(k)
		switch {
		case e != "" && len(out) == 0 && !hasCase(t, "v_rod") && !strings.Contains(t.Tag, ":nv") && t.Kind != vistka.QuoteMark:
			return nil // "спільну програму Україна розпочала": no genitive
		case e != "" && !slices.Contains(out, e):
			out = append(out, e)
		case e != "", t.Kind == vistka.QuoteMark, t.Text == ",", t.Text == "(", t.Text == ")", isAnd(t):
		default:
			k = len(f.toks)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// jointVerbs make a joint undertaking with разом з / спільно з; the
// verbs of building and rebuilding (rebuilds) are among them.
var jointVerbs = func() map[string]bool {
	m := map[string]bool{
		"реалізувати": true, "реалізовувати": true, "здійснити": true, "здійснювати": true,
		"виконати": true, "виконувати": true, "організувати": true, "організовувати": true,
		"розробити": true, "розробляти": true, "впровадити": true, "впроваджувати": true,
		"запустити": true, "створити": true, "провести": true, "проводити": true,
		// "компанія разом з USAID запускає програму" (a building opened with
		// someone is a ceremony: "разом з мером відкрив укриття")
		"запускати": true, "створювати": true,
		// "служба разом із міністерством готує спільну базу"
		"готувати": true, "підготувати": true,
		// "Разом з ООН у доставці взяли участь ЮНІСЕФ і ВПП" (with участь only)
		"взяти": true, "брати": true,
		// joint production and patrols: "Україна та Данія спільно
		// вироблятимуть дрони", "спільно патрулюватимуть кордон"
		"виробляти": true, "виготовляти": true, "виготовити": true, "патрулювати": true,
		// work itself done together: "Україна і Британія працюватимуть
		// разом над посиленням ППО"
		"працювати": true,
		// a point or a centre opened by two bodies: "Спільно з Червоним
		// Хрестом міська рада відкрила пункт видачі допомоги" (with a
		// person, a ceremony: see ceremonyPartner)
		"відкрити": true, "відкривати": true,
	}
	maps.Copy(m, rebuilds)
	return m
}()

// rebuilds are the jointVerbs of building and rebuilding, joint work only
// of two sides named together ("Україна та Німеччина разом
// відбудовуватимуть енергосистему"): with a partner after разом з the
// thing rebuilt is read as one more side ("Мерія разом з ПРООН відновила
// школу"), so that reading is left to the verb's own event.
var rebuilds = map[string]bool{"відбудувати": true, "відбудовувати": true, "відновити": true, "відновлювати": true,
	"будувати": true, "побудувати": true, "збудувати": true}

// jointlyByBoth reports whether the plural verb at i is told done
// together, спільно or разом right before or after it with no partner of
// з after the adverb, by a subject of two sides joined by a conjunction
// before it in its clause, names on both sides of it ("Україна і Польща
// спільно розробили план", "Литва та Латвія разом проведуть навчання"):
// a joint undertaking of the sides, COOPERATE (PLOVER: joint work). One
// side alone ("вони разом"), people by common nouns ("батько і син
// разом створили"), or a partner after з (read elsewhere) are none.
func (f *finder) jointlyByBoth(i int) bool {
	tag := f.toks[i].Tag
	if !strings.Contains(tag, ":p:") && !strings.HasSuffix(tag, ":p") {
		return false
	}
	adv := -1
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(f.toks) && (f.low(j) == "спільно" || f.low(j) == "разом") {
			adv = j
		}
	}
	if adv < 0 {
		return false
	}
	if adv+1 < len(f.toks) {
		if p := f.low(adv + 1); p == "з" || p == "із" || p == "зі" {
			return false
		}
	}
	for j := min(i, adv) - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if isAnd(&f.toks[j]) && j > 0 && j+1 < len(f.toks) && f.entityAt(j-1) != "" && f.entityAt(j+1) != "" {
			return true
		}
	}
	return false
}

// ceremonyPartner reports whether the partner with whom the verb v was
// done makes it a ceremony, not a joint undertaking: a person by name or
// by title beside an opening ("разом з Віталієм Кличком відкрив укриття");
// bodies opening something together run it together.
func (f *finder) ceremonyPartner(v, partner string) bool {
	return (v == "відкрити" || v == "відкривати") && f.ents.Type(partner) == "PERS"
}

// together returns with whom the verb at i says its clause was done:
// "разом із Всесвітнім фондом природи", "спільно з міністерством" (a
// name, a body or a group in the instrumental), or "".
func (f *finder) together(i int) string {
	lo := f.clauseStart(i)
	for j := lo; j+2 < len(f.toks) && j <= i+6; j++ {
		if w := f.low(j); w != "разом" && w != "спільно" {
			continue
		}
		if p := f.low(j + 1); p != "з" && p != "із" && p != "зі" {
			continue
		}
		for k := j + 2; k < len(f.toks) && k <= j+5; k++ {
			t := &f.toks[k]
			if !hasCase(t, "v_oru") && (k > j+2 || !strings.Contains(t.Tag, ":nv") && !f.caselessName(k)) {
				continue // (an indeclinable name right after з: "разом з ООН", "разом з USAID")
			}
			if e := f.entityAt(k); e != "" && (f.ents.Type(e) != "LOC" || isCountry(f.ents, e)) {
				return e // (a country as a state: "Естонія разом з Латвією провели навчання")
			}
			if institutions[lower(t)] || groups[lower(t)] || f.dativeBody(k) {
				// (a public service or a firm by its common noun: "разом з
				// обласним центром зайнятості", or the name after it,
				// "разом із підприємством «Орбіта»"; not the police or a
				// court at their routine work together)
				return cmp.Or(f.namedAfter(k), lower(t))
			}
		}
	}
	return ""
}

// jointActors returns who the clause of the verb at i says did it with
// its actors: the names in the instrumental after "разом з" or "спільно
// з" ("Петро Коваль разом з Олафом Бекером підписали", "Японія разом з
// Канадою надала"); a place only beside actors that are no persons.
func (f *finder) jointActors(i int, actors []string) []string {
	lo := f.clauseStart(i)
	persons := slices.ContainsFunc(actors, func(a string) bool { return f.ents.Type(a) == "PERS" })
	for j := lo; j+2 < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			break
		}
		if w := f.low(j); w != "разом" && w != "спільно" {
			continue
		}
		if p := f.low(j + 1); p != "з" && p != "із" && p != "зі" {
			continue
		}
		var out []string
		bare := -1 // a common noun for the partner, no name after it
		for k := j + 2; k < len(f.toks) && k <= j+8; k++ {
			t := &f.toks[k]
			e := f.entityAt(k)
			switch {
			case e != "" && (len(out) > 0 && out[len(out)-1] == e):
			case e != "" && hasCase(t, "v_oru") && (f.ents.Type(e) != "LOC" || !persons):
				out = append(out, e)
			case e != "" && k == j+2 && strings.Contains(t.Tag, ":nv") && f.ents.Type(e) != "LOC":
				out = append(out, e) // "Уряд разом із МВФ підписали": an indeclinable name right after з
			case t.Text == "," || isAnd(t) || len(out) == 0 && (strings.HasPrefix(t.Tag, "adj") || f.inJob(k) || hasCase(t, "v_rod") || hasCase(t, "v_oru") && strings.HasPrefix(t.Tag, "noun")):
				if bare < 0 && len(out) == 0 && e == "" && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_oru") && !plural(t) && !strings.Contains(t.Tag, "pron") &&
					(actorNoun(lower(t)) || strings.Contains(t.Tag, ":anim") && entity.IsRoleWord(t.Lemma)) {
					bare = k
				}
			default:
				return f.barePartner(out, bare, i)
			}
		}
		return f.barePartner(out, bare, i)
	}
	return nil
}

// barePartner returns out, or, when out is empty and the verb at v is
// plural, the partner named after "разом з" by the common noun at bare
// ("Мер разом із губернатором відкрили": a plural verb makes the two
// its subjects): the person the text named by that title before, else
// the noun's base form with its adjectives.
func (f *finder) barePartner(out []string, bare, v int) []string {
	if len(out) > 0 || bare < 0 || !plural(&f.toks[v]) {
		return out
	}
	if e := f.ents.RoleAt(f.a, f.s, bare); e != "" {
		return []string{e}
	}
	p := scan.ToLower(f.toks[bare].Lemma)
	if adjs := f.agreeingAdjectives(bare); adjs != "" {
		p = adjs + " " + p
	}
	return []string{p}
}

// statements are the event types a body or a capital performs by saying
// so.
var statements = map[string]bool{"REJECT": true, "ACCUSE": true, "SUPPORT": true, "THREATEN": true, "REQUEST": true}

// captivesAfter reports whether captives are named at j, after обмін:
// "провели обмін полоненими" (an exchange of experience is none).
func (f *finder) captivesAfter(j int) bool {
	for k := j; k < len(f.toks) && k <= j+1; k++ {
		if _, ok := pairs["обміняти"][f.low(k)]; ok {
			return true
		}
	}
	return false
}

// heldBody reports whether a gathering named by a noun that otherwise
// needs a light verb (засідання, конференція, форум) is the subject of a
// verb of taking place, with the body that meets named right after it:
// "Засідання Ради ЄС відбудеться у Люксембурзі". A court's hearing
// (засідання суду) is no meeting.
func (f *finder) heldBody(i int, k kind) bool {
	if k.typ != "CONSULT" || i+1 >= len(f.toks) || courtWords[f.low(i+1)] {
		return false
	}
	end, _ := f.jointBodyEnd(i + 1) // "засідання українсько-румунської міжурядової комісії"
	if end < 0 {
		e := f.entityAt(i + 1)
		if e == "" || f.ents.Type(e) != "ORG" || !hasCase(&f.toks[i+1], "v_rod") || f.ownSitting(e) ||
			slices.ContainsFunc(strings.Fields(strings.ToLower(f.ents.Name(e))), func(w string) bool { return courtWords[w] || strings.HasPrefix(w, "госпсуд") }) {
			return false
		}
		if f.heldSubject(i) || i > 0 && takesPlace[f.verb(i-1)] && hasCase(&f.toks[i], "v_naz") {
			// "Наступного тижня відбудеться засідання Ради ЄС"
			return true
		}
		end = i + 1 // past the body's name, however long (Контактної групи з питань оборони України)
		for end < len(f.toks) && f.entityAt(end) == e {
			end++
		}
	}
	for j := end; j < len(f.toks) && j <= end+5; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return t.Text == "," && f.heldWhich(j+1)
		}
		if f.plannedFor(j) {
			return true
		}
		if v := f.verb(j); v != "" {
			return takesPlace[v]
		}
	}
	return false
}

// partiesOf returns the parties named after між right after the noun at
// n: "угоду між Україною та Данією"; else nil.
func (f *finder) partiesOf(n int) []string {
	if n+1 >= len(f.toks) || f.low(n+1) != "між" {
		return nil
	}
	var out []string
	for k := n + 2; k < len(f.toks); k++ {
		t := &f.toks[k]
		e := f.entityAt(k)
		switch {
		case e != "" && hasCase(t, "v_oru") && (len(out) == 0 || out[len(out)-1] != e):
			out = append(out, e)
		case e != "" && len(out) > 0 && out[len(out)-1] == e, t.Text == ",", isAnd(t):
		default:
			if len(out) < 2 {
				return nil
			}
			return out
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sidesPhrase returns the phrase of sides that a genitive of their own
// defines as a new group, "лідери держав-членів НАТО" before the verb at
// i, rather than the parties of a meeting told before; or "".
func (f *finder) sidesPhrase(i int) string {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if sides[lower(t)] && hasCase(t, "v_naz") && strings.Contains(t.Tag, ":p:") {
			if j+1 < i && isNoun(&f.toks[j+1]) && hasCase(&f.toks[j+1], "v_rod") && f.entityAt(j+1) == "" {
				return f.text(j, i)
			}
			return ""
		}
	}
	return ""
}

// sidesNoun returns the plural noun for sides (міністри, делегації) in
// the nominative a few words before the verb at i, or -1.
func (f *finder) sidesNoun(i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if t := &f.toks[j]; sides[lower(t)] && hasCase(t, "v_naz") && strings.Contains(t.Tag, ":p:") && f.entityAt(j) == "" {
			return j
		}
	}
	return -1
}

// pressNouns are the common nouns for the press as a whole that one
// talks to in an interview: "поспілкувався зі ЗМІ", "з пресою".
var pressNouns = map[string]bool{"змі": true, "преса": true, "медіа": true}

// pressPartner reports whether the talk verb at at is with the press,
// told in the instrumental of a phrase of з right after it, up to one
// adjective between: "погодився поспілкуватися зі ЗМІ", "поговорив з
// місцевими журналістами". An interview given is no meeting, as the
// gold guidelines leave out journalists interviewing an official.
func (f *finder) pressPartner(at int) bool {
	j := at + 1
	if j >= len(f.toks) || !strings.HasPrefix(f.toks[j].Tag, "prep") {
		return false
	}
	if l := lower(&f.toks[j]); l != "з" && l != "із" && l != "зі" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+2 && f.toks[k].Kind != vistka.Punct; k++ {
		t := &f.toks[k]
		if l := lower(t); outlets[l] || pressNouns[l] {
			return true
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// lawBodies are the words for investigators and prosecutors whose
// interest in someone is an inquiry.
var lawBodies = map[string]bool{
	"прокурор": true, "прокуратура": true, "поліція": true, "поліцейський": true, "правоохоронець": true,
	"слідчий": true, "слідство": true, "детектив": true, "сбу": true, "набу": true, "дбр": true,
	"сап": true, "беб": true, "нацполіція": true, "кіберполіція": true, "податківець": true, "митник": true, "міліція": true, "міліціонер": true,
}

// bodyKinds are the head nouns of the public bodies a text names in full
// once and then by their kind alone: "Львівська міська рада … угоду з
// міською радою", "Рівненська обласна державна адміністрація … з
// обласною адміністрацією".
var bodyKinds = map[string]bool{"рада": true, "адміністрація": true, "держадміністрація": true, "виконком": true}

// calledBodies gives each phrase among args that calls a body by its kind
// alone, adjectives and the kind's noun (міська рада, обласна
// адміністрація), the body of that kind the text named before the
// sentence, when one alone fits (see entity.Result.BodyCalled); the
// other arguments stay.
func (f *finder) calledBodies(args []string) []string {
	for k, p := range args {
		if entity.Index(p) >= 0 {
			continue
		}
		ws := strings.Fields(scan.ToLower(p))
		if len(ws) < 2 || !bodyKinds[ws[len(ws)-1]] {
			continue
		}
		if b := f.ents.BodyCalled(f.a.Sentences[f.s].RStart, ws[len(ws)-1], ws[:len(ws)-1]); b != "" && !slices.Contains(args, b) {
			args[k] = b
		}
	}
	return args
}

// workingBodies are the bodies one is invited into to work with those
// who invite: a working group, a commission, a headquarters.
var workingBodies = map[string]bool{"група": true, "комісія": true, "склад": true, "штаб": true, "комітет": true, "команда": true}

// intoWorkingBody reports whether the verb of inviting at i is followed,
// in its clause, by до and a working body ("запросив екологів до робочої
// групи", "запрошує активістів до складу комісії"): the invited are to
// work together with the one who invites, no request of a visit.
func (f *finder) intoWorkingBody(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if f.low(j) != "до" || !isPrep(t) {
			continue
		}
		k := f.pastAdjs(j + 1)
		return k < len(f.toks) && workingBodies[f.low(k)]
	}
	return false
}
