package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
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

// donorCapitals are the capitals news names a donor state by: "Токіо
// виділив …", "Берн спрямував …", "Оттава виділить …".
var donorCapitals = map[string]bool{"Вашингтон": true, "Лондон": true, "Париж": true, "Берлін": true,
	"Токіо": true, "Оттава": true, "Варшава": true, "Берн": true, "Рим": true, "Мадрид": true, "Гаага": true,
	"Стокгольм": true, "Осло": true, "Копенгаген": true, "Гельсінкі": true, "Таллінн": true, "Рига": true,
	"Вільнюс": true, "Прага": true, "Братислава": true, "Відень": true, "Анкара": true, "Сеул": true,
	"Канберра": true, "Бухарест": true, "Афіни": true, "Лісабон": true, "Дублін": true, "Рейк'явік": true,
	"Амстердам": true, "Брюссель": true}

// placeSpeaksAcrossComma reports a plural verb at at whose clause, after
// a comma, opens with the place it is said in, "у Москві", while the
// subject found at i stands before the comma in the singular: "Британія
// запровадила санкції, у Москві пригрозили відповіддю" (Moscow threatens,
// see bodyIn; not Britain).
func (f *finder) placeSpeaksAcrossComma(i, at int) bool {
	if i < 0 || i >= at || !plural(&f.toks[at]) || plural(&f.toks[i]) {
		return false
	}
	c := -1
	for j := at - 1; j > i; j-- {
		if f.toks[j].Text == "," {
			c = j
			break
		}
	}
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
