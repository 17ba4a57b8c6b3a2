package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// sharedDative returns the people named in the dative with no
// preposition after the verb that the verb at at is joined to by a comma
// or an і or a та ("вручила Василю Ожевану грамоту, подякувала за
// працю"): a predicate joined to another shares its object of the
// dative. It returns nil when no such verb stands within the clause.
func (f *finder) sharedDative(at int) []string {
	if at < 3 || f.toks[at-1].Text != "," && !isAnd(&f.toks[at-1]) {
		return nil
	}
	var out []string
	for j := at - 2; j >= 0 && j >= at-14; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || f.toks[j].Kind == vistka.QuoteMark {
			return nil
		}
		if finiteVerb(t) {
			slices.Reverse(out)
			return out
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "PERS" || slices.Contains(out, e) || !hasCase(t, "v_dav") || f.governedBy(j) != "" {
			continue
		}
		if j == 0 || f.entityAt(j-1) != e {
			out = append(out, e)
		}
	}
	return nil
}

// joinedDative returns the animate noun in the dative joined by і, й or
// та to the one at i, past the genitives that hang on it and the
// adjectives before it ("начальникові відділу збору та обробки
// інформації і першому заступникові директора"), or -1.
func (f *finder) joinedDative(i, end int) int {
	for j := i + 1; j+1 < end && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return -1
		}
		if !isAnd(t) {
			continue
		}
		k := j + 1
		for k < end && isAdj(&f.toks[k]) {
			k++
		}
		if k < end && isNoun(&f.toks[k]) && strings.Contains(f.toks[k].Tag, ":anim") && hasCase(&f.toks[k], "v_dav") {
			return k
		}
	}
	return -1
}

// objectOfTrigger reports whether the event noun at i is the object of a
// verb that names an event of its own right before it, with at most
// adjectives between: "засудили удари", "відкинули ці звинувачення".
func (f *finder) objectOfTrigger(i int) bool {
	j := f.beforeAdjs(i, -1)
	if j < 0 {
		return false
	}
	k, ok := verbs[f.verb(j)]
	return ok && k.typ != ""
}

// personObject reports whether a person in the accusative follows the
// verb at i within its clause.
func (f *finder) personObject(i int) bool {
	if f.personBefore(i) != "" || f.guestFirst(i) >= 0 {
		return true // "Того ж дня Шмигаля прийняв президент Франції"
	}
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" && (hasCase(t, "v_zna") || hasCase(t, "v_rod")) && f.governedBy(j) == "" {
			return !f.thingOwned(i, j) // (not "не прийняв тези Лютера": whose the thing is)
		}
		if f.titledPerson(j) {
			return true // "прийняв у Ташкенті міністра закордонних справ Японії Такесі Іваю"
		}
	}
	return false
}

// titledPerson reports whether the word at j is a person's title in the
// accusative (or the genitive, its animate twin), under no preposition,
// after the verb, an adverb or a place, that a person's name follows within
// five words of genitives ("міністра закордонних справ Японії Такесі
// Іваю"): the object is the person, whatever case the tagger gave an
// unfamiliar foreign name.
func (f *finder) titledPerson(j int) bool {
	t := &f.toks[j]
	if j < 1 || !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_zna") && !hasCase(t, "v_rod") || f.entityAt(j) != "" || f.governedBy(j) != "" {
		return false
	}
	// (the genitive of the accusative of a man; but not a noun's
	// genitive: "прийняв закон на вимогу міністра")
	if p := &f.toks[j-1]; !strings.HasPrefix(p.Tag, "verb") && !strings.HasPrefix(p.Tag, "adv") && !(strings.HasPrefix(p.Tag, "noun") && (hasCase(p, "v_mis") || hasCase(p, "v_oru"))) {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+5; k++ {
		if f.toks[k].Kind != vistka.Word {
			return false
		}
		if e := f.entityAt(k); e != "" && f.ents.Type(e) == "PERS" {
			return true
		}
		if !hasCase(&f.toks[k], "v_rod") && f.entityAt(k) == "" {
			return false
		}
	}
	return false
}

// subjectless reports a verb's tag that needs no subject before it: a
// plural, "Посадовця затримали", or an impersonal form, "12 осіб
// заарештовано" (not a singular past, "Його затримав патруль", whose
// subject may come after it).
func subjectless(tag string) bool { return pluralTag(tag) || strings.Contains(tag, "impers") }

// objectFirstForm reports a verb's tag that may follow the ones it acts
// on when they are put first, with or without a subject between
// ("Посадовця затримали", "Місцевих активістів поліція затримала",
// "12 осіб заарештовано", "Директора фірми суд заарештує"): a form with
// no subject of its own, or one of the perfective, the past or the
// present or a passive participle, not an imperfective future ("буде
// затримувати"). (These sites tested strings.Contains(tag, ":p"), which
// meant the same.)
func objectFirstForm(tag string) bool {
	for _, f := range [...]string{":perf", ":past", ":pres", ":pasv"} {
		if strings.Contains(tag, f) {
			return true
		}
	}
	return subjectless(tag)
}

// stealVerbs take people (an abduction) or things (a theft); a thing
// taken is no site struck: "Злодії викрали автомобіль".
var stealVerbs = map[string]bool{"викрасти": true, "викрадати": true, "вкрасти": true, "красти": true}

// leaders are the nouns for those who lead or speak for others; a
// meeting with them names no partner by them alone.
var leaders = map[string]bool{"лідер": true, "керівник": true, "очільник": true, "представник": true, "голова": true, "посадовець": true}

// sidesThenWith reports whether the meeting noun at at is followed by
// its sides in the genitive, one to five words of nouns, adjectives and
// names, and then з, із or зі, the adjectives of the noun at i and the
// noun: "зустріч представників підприємців з міським головою".
func (f *finder) sidesThenWith(at, i int) bool {
	k := f.beforeAdjs(i, at)
	if k <= at+1 || k-at > 6 || !withPrep(f.low(k)) {
		return false
	}
	for m := at + 1; m < k; m++ {
		t := &f.toks[m]
		if !(strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) || !hasCase(t, "v_rod") && !(f.entityAt(m) != "" && strings.Contains(t.Tag, ":nv")) {
			return false
		}
	}
	return true
}

// apologies are the verbs whose перед with the instrumental names whom
// the apology is to: вибачився перед Польщею.
var apologies = map[string]bool{"вибачитися": true, "вибачатися": true, "перепросити": true, "перепрошувати": true}

// commonPartner reports whether the common noun at i is the other party
// of the trigger tr under its preposition: the partner of a meeting or a
// talk (з підприємцями, з місцевими жителями), whom an apology is to
// (перед ветеранами) or whom an attack is on (напали на прикордонників).
// The noun must be animate or a body; objectPhrase words it.
func (f *finder) commonPartner(i int, tr trig) bool {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || f.entityAt(i) != "" {
		return false
	}
	if f.titledName(i) != "" {
		return false // (a title names the person after it: з начальником штабу Міхаєм Панаітом)
	}
	if tr.k.typ == "CONSULT" && tr.k.mode != "visit" && f.officeOf(i) && withPrep(f.governedBy(i)) && i-tr.at <= 4 {
		// "зустрівся з мером Харкова", "провів переговори з міністром
		// оборони Естонії": one named by office alone, the place or the
		// body in the genitive whose office it is (головою, which the
		// tagger may read as the inanimate head, too)
		return true
	}
	if tr.k.typ == "CONSULT" && tr.k.mode == "meet" && !tr.verb && hasCase(t, "v_oru") && withPrep(f.governedBy(i)) &&
		(strings.Contains(t.Tag, ":anim") || f.officeOf(i) || delegates[f.low(i)] && f.entityAt(i+1) == "") && f.sidesThenWith(tr.at, i) {
		// "відбулася зустріч представників підприємців з міським
		// головою": the meeting's sides in the genitive, then whom they
		// met; a body's people by a group noun, too ("з керівництвом
		// міста"; "з делегацією Любліна" is the town's)
		return true
	}
	if !strings.Contains(t.Tag, ":anim") && !actorNoun(f.low(i)) {
		return false
	}
	if !tr.verb && !(tr.during && tr.k.typ == "CONSULT" && plural(t) && f.low(i) != "колега") {
		// (a meeting the clause is set after or in, with a group:
		// "після зустрічі з лідерами фракцій"; not one person by a bare
		// title, "після зустрічі з президентом", nor colleagues whose
		// apposition names them: see counterparts)
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if e := f.entityAt(j); e != "" {
			if k := f.caseIndex(j); (f.governedBy(k) == "в" || f.governedBy(k) == "у") && hasCase(&f.toks[k], "v_mis") {
				break // "з шахтарями у Нововолинську", "з батьками в селі Вінницькі Хутори": where they met
			}
			if (tr.k.typ == "CONSULT" || f.sharedWith(tr, i)) && f.placeOfGroup(i, j, e) {
				break // "з мешканцями Балаклії", "з керівниками громад Ізюмського району", "солідарність з мешканцями Харкова": the people of a place
			}
			return false // "з колегами з Польщі", "з делегацією Конгресу": the name says who
		}
	}
	prep := f.governedBy(i)
	if prep == "" {
		prep = f.countedUnder(i) // "з 40 великими компаніями"
	}
	switch {
	case tr.k.typ == "CONSULT" && tr.k.mode != "visit" && withPrep(prep) && hasCase(t, "v_oru"):
		// (leaders stand for those whose leaders they are, named or
		// counted after them: з лідерами понад 20 країн)
		return i-tr.at <= 4 && (!leaders[f.low(i)] || f.leadersOfCommon(i))
	case tr.k.typ == "AGREE" && withPrep(prep) && hasCase(t, "v_oru") && !strings.Contains(t.Tag, ":anim") && actorNoun(f.low(i)):
		// "уклала з міською радою договір", "підписав угоду з
		// компанією": the body the agreement is made with
		return i-tr.at <= 5 || tr.noun >= 0 && i > tr.noun && i-tr.noun <= 3
	case tr.k.typ == "CONCEDE" && prep == "перед" && hasCase(t, "v_oru"):
		return apologies[f.verb(tr.at)]
	case tr.k.typ == "CONCEDE" && (prep == "для" || prep == "до" || withPrep(prep) && f.liftedFrom(tr)) && hasCase(t, "v_rod"):
		// "послабила обмеження для українських вантажівок", "пом'якшила
		// вимоги до перевізників": whom the rules are eased for
		return f.easedFor(tr, i)
	case tr.k.typ == "SUPPORT" && prep == "" && hasCase(t, "v_rod") && strings.Contains(t.Tag, ":anim"):
		// "високо оцінив роботу литовських інструкторів", "відзначила
		// внесок волонтерів": whose work or merit is praised
		return f.meritOf(tr, i)
	case (tr.k.typ == "SUPPORT" || tr.k.typ == "COOPERATE") && withPrep(prep) && hasCase(t, "v_oru"):
		// "висловив солідарність з мешканцями Харкова", "налагодила
		// взаємодію з митницею", "солідаризувалися з шахтарями": the
		// ones stood by or worked with, right after the act
		return f.sharedWith(tr, i)
	case tr.k.typ == "REQUEST" && prep == "від" && hasCase(t, "v_rod") && (f.verb(tr.at) == "вимагати" || f.verb(tr.at) == "вимагатиме" || f.verb(tr.at) == "зажадати"):
		// "вимагав від фірми повернути кошти", "вимагають від міськради",
		// "зажадали від влади пояснень": whom the demand is put to
		return i-tr.at <= 3
	case tr.k.typ == "ASSAULT" && prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis"):
		v := f.verb(tr.at)
		// (and on whom explosives are dropped: "скинули вибухівку з дрона
		// на цивільного велосипедиста")
		return (v == "напасти" || v == "нападати") && i-tr.at <= 5 || (v == "скинути" || v == "скидати") && i-tr.at <= 7 && strings.Contains(t.Tag, ":anim")
	case tr.k.typ == "ACCUSE" && prep == "до" && hasCase(t, "v_rod") && tr.noun >= 0 && tr.noun < i && claims[f.low(tr.noun)]:
		// "подала до суду позов до лікарні": whom the claim is against
		// (not the court it is filed with)
		return i-tr.noun <= 3 && !courtNoun(f.low(i))
	case tr.k.typ == "SANCTION" && withPrep(prep) && hasCase(t, "v_oru") && tr.noun >= 0 && tr.noun < i && contracts[f.low(tr.noun)]:
		// "розірвало договір з фірмою", "розірвав контракт з
		// постачальником": the party the contract is broken with
		return i-tr.noun <= 3
	case tr.k.typ == "SANCTION" && (prep == "проти" || sanctionTopics[prep]) && tr.noun >= 0 && tr.noun < i:
		// "запровадили санкції проти російських банків", "обмеження
		// щодо 20 компаній": whom the measures hit
		return i-tr.noun <= 5
	}
	return false
}

// merits are the nouns of what praise is given for, whose owner in the
// genitive is the one praised (see meritOf).
var merits = map[string]bool{"робота": true, "внесок": true, "мужність": true, "зусилля": true, "професіоналізм": true,
	"героїзм": true, "стійкість": true, "досягнення": true, "праця": true, "відвага": true}

// meritOf reports whether the genitive at i owns the merit a SUPPORT of
// praise is for: the noun before it, past adjectives, is one of merits
// and the trigger's object (its noun, or within two words of its verb):
// "високо оцінив роботу литовських інструкторів", "відзначила внесок
// волонтерів".
func (f *finder) meritOf(tr trig, i int) bool {
	n := f.beforeAdjs(i, 0)
	if n < 0 || !merits[f.low(n)] || !isNoun(&f.toks[n]) {
		return false
	}
	return n == tr.noun || tr.verb && n > tr.at && n-tr.at <= 2
}

// easedNouns are the restrictions and rules whose easing concedes to
// those they bind (see easedFor).
// (lemmas: вимоги, умови, санкції are read as вимога, умова, санкція)
var easedNouns = map[string]bool{"обмеження": true, "вимога": true, "правило": true,
	"умова": true, "санкція": true, "режим": true, "заборона": true, "мито": true,
	"ембарго": true, "послаблення": true}

// easedFor reports whether the word at i, after для or до, names those a
// conceded easing of restrictions or rules is for: the trigger's noun is
// one of easedNouns a few words before ("послабила обмеження для
// українських вантажівок", "пом'якшила вимоги до перевізників").
func (f *finder) easedFor(tr trig, i int) bool {
	return tr.k.typ == "CONCEDE" && tr.noun >= 0 && tr.noun < i && i-tr.noun <= 4 && easedNouns[f.low(tr.noun)]
}

// liftedFrom reports whether the CONCEDE of tr lifts measures from those
// named after з: "зняв санкції з Білорусі", "зняли обмеження з трьох
// бізнесменів".
func (f *finder) liftedFrom(tr trig) bool {
	v := f.verb(tr.at)
	return tr.verb && (v == "зняти" || v == "знімати")
}

// sharedNouns are the nouns of support or work shared with a side named
// after з: солідарність з, взаємодія з, партнерство з.
var sharedNouns = map[string]bool{"солідарність": true, "взаємодія": true, "партнерство": true, "співпраця": true, "співробітництво": true}

// sharedWith reports whether the word at i, in the instrumental after з,
// is the side a SUPPORT or a COOPERATE is shared with: right after the
// act's noun (висловив солідарність з мешканцями, налагодила взаємодію з
// митницею) or its verb (солідаризувалися з шахтарями).
func (f *finder) sharedWith(tr trig, i int) bool {
	if tr.noun >= 0 && sharedNouns[f.low(tr.noun)] {
		return tr.noun < i && i-tr.noun <= 3
	}
	return tr.verb && f.verb(tr.at) == "солідаризуватися" && tr.at < i && i-tr.at <= 3
}

// countedUnder returns the preposition before a number in figures that
// counts the noun at i, adjectives between them ("з 40 великими
// компаніями"), or "".
func (f *finder) countedUnder(i int) string {
	j := f.beforeAdjs(i, 0)
	if j < 1 || f.toks[j].Kind != vistka.Number || !isPrep(&f.toks[j-1]) {
		return ""
	}
	return f.low(j - 1)
}

// officeOf reports whether the token at i is one official named by office
// alone in the instrumental, a singular noun of offices, with the place or
// the body whose office it is after it in the genitive (мером Харкова,
// міністром оборони Естонії, головою Верховної Ради), no person's name
// after those.
func (f *finder) officeOf(i int) bool {
	t := &f.toks[i]
	if !offices[lower(t)] || strings.Contains(t.Tag, ":p:") || !hasCase(t, "v_oru") || i+1 >= len(f.toks) {
		return false
	}
	j := i + 1
	for j < len(f.toks) && j <= i+6 && hasCase(&f.toks[j], "v_rod") && (isNoun(&f.toks[j]) || isAdj(&f.toks[j])) {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
			return false
		}
		j++
	}
	if j == i+1 {
		return false
	}
	for k := j; k < len(f.toks) && k <= j+2; k++ {
		if e := f.entityAt(k); e != "" && f.ents.Type(e) == "PERS" {
			return false // "з міністром закордонних справ Саудівської Аравії принцом Файсалом бін Фарханом": named after a rank
		}
	}
	return true
}

// leadersOfCommon reports whether the plural leaders' noun at i has a
// common noun in the genitive right after it that names what they lead or
// stand for, no name: "з представниками бізнесу", "з керівниками громад"
// (not "з лідерами понад 20 країн", counted, whose leaders stand for
// the countries).
func (f *finder) leadersOfCommon(i int) bool {
	// (its adjectives or a number word between: "з представниками
	// ветеранських організацій", "з лідерами обох фракцій")
	k := i + 1
	for k < len(f.toks) && k <= i+3 && (isAdj(&f.toks[k]) || strings.HasPrefix(f.toks[k].Tag, "numr")) && hasCase(&f.toks[k], "v_rod") && f.entityAt(k) == "" {
		k++
	}
	if !strings.Contains(f.toks[i].Tag, ":p:") || k >= len(f.toks) {
		return false
	}
	n := &f.toks[k]
	return strings.HasPrefix(n.Tag, "noun") && hasCase(n, "v_rod") && !strings.Contains(n.Tag, "pron") && !strings.Contains(n.Tag, ":prop") &&
		f.entityAt(k) == "" && (f.spanType(k) == "" || f.spanType(k) == "JOB") // (з представниками підприємців: a trade is no name)
}

// placeOfGroup reports whether the name e at j, a town, a district or a
// region in the genitive, only says where the people named by the plural
// common noun at i live or serve: right after residents ("з мешканцями
// Балаклії"), or after the genitive of what they lead ("з керівниками
// громад Ізюмського району"). Such people are the partner, not the place.
func (f *finder) placeOfGroup(i, j int, e string) bool {
	t := &f.toks[i]
	if f.ents.Type(e) != "LOC" || !hasCase(&f.toks[j], "v_rod") || !strings.Contains(t.Tag, ":p:") || isCountry(f.ents, e) {
		return false
	}
	if j == i+1 {
		return residents[f.low(i)]
	}
	return leaders[f.low(i)] && f.leadersOfCommon(i)
}

// residents are the people of a place, named by it: мешканці Балаклії.
var residents = map[string]bool{"мешканець": true, "житель": true, "мешканка": true, "жителька": true}

// crews are the nouns of a team or a crew as the one greeted, thanked,
// helped or sent (привітав команду з перемогою, нагородив екіпаж), not
// as a doer.
var crews = map[string]bool{"команда": true, "збірна": true, "екіпаж": true}

// crewSent reports whether the crew at i is the object of a verb of
// sending right before it (направила команду фахівців, не направляти
// збірну): what is sent, no party.
func (f *finder) crewSent(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "verb") {
			return sendVerbs[f.low(j)]
		}
	}
	return false
}

// objectAt names the object at i: its entity, or objectPhrase's phrase
// when it is none.
func (f *finder) objectAt(i int, tr trig) string {
	if e := f.entityAt(i); e != "" {
		return e
	}
	return f.objectPhrase(i, tr)
}

// objectPhrase names an object that is no entity in the nominative: the
// lemma of a body or an animate noun and the genitives after it as
// written (прокуратурі → прокуратура, поляків → поляк).
func (f *finder) objectPhrase(i int, tr trig) string {
	t := &f.toks[i]
	if i != tr.noun && f.partyParticiple(i) {
		// "визнала обвинувачених винними": обвинувачені; "обрав
		// затриманій запобіжний захід": затримана
		return f.personForm(i)
	}
	office := tr.k.typ == "CONSULT" && f.officeOf(i)
	// "затримала двох агентів": a number word in the animate accusative
	// counts people, whatever the tagger reads in the noun (агент, a
	// chemical's too)
	people := i > 0 && animateCounts[scan.ToLower(f.toks[i-1].Text)] && plural(t)
	if i == tr.noun || !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || !actorNoun(lower(t)) && !strings.Contains(t.Tag, ":anim") && f.groupOf(i) == "" &&
		!(tr.k.typ == "AID" && f.dativeBody(i)) && !office && !(crews[lower(t)] && !f.crewSent(i)) && !people && !f.calledSides(i, tr) &&
		!(tr.k.typ == "CONSULT" && delegates[lower(t)]) && // "з керівництвом міста": a body's people met
		!(tr.k.typ == "ASSAULT" && struckSites[lower(t)] && !f.siteOfNamed(i) && !stealVerbs[f.verb(tr.at)]) { // "атакували тролейбус": what is hit
		return ""
	}
	if e := f.namedAfter(i); e != "" {
		return e
	}
	if f.calledSides(i, tr) {
		// "обидві сторони", "усі сторони конфлікту": as written, with the
		// word that counts them and the genitive of what they are sides of
		lo, hi := i, i+1
		if i > 0 && (f.toks[i-1].Lemma == "обидва" || f.toks[i-1].Lemma == "весь" || f.toks[i-1].Lemma == "увесь") {
			lo--
		}
		if hi < len(f.toks) && isNoun(&f.toks[hi]) && hasCase(&f.toks[hi], "v_rod") && f.entityAt(hi) == "" {
			hi++
		}
		return scan.ToLower(f.text(lo, hi))
	}
	if e := f.firmNamedAfter(i); e != "" {
		return e // "оштрафував будівельну компанію ТОВ «Альфа»": the firm
	}
	if e := f.groupOf(i); e != "" {
		return e // "звинуватив російські війська": Russia's forces
	}
	if officials[lower(t)] && i+1 < len(f.toks) && f.spanType(i+1) == "ORG" {
		return f.entityAt(i + 1) // "щодо службових осіб ДП «Укрекоінвест»": the firm's
	}
	out := lower(t)
	if i > 0 && f.toks[i-1].Kind == vistka.Number || f.countedObject(i) {
		out = f.text(i-1, i+1) // "46 людей", "сім фірм": as many as the text says
	} else if adjs := f.agreeingAdjectives(i); adjs != "" {
		out = adjs + " " + out // "селищної ради": селищна рада
	} else if plural(t) && !hasCase(t, "v_naz") && !(tr.k.typ == "AID" && tr.verb && i == tr.at+1 && f.dativeOfTwo(i)) {
		// "затримали місцевих активістів": the plural as written, with
		// its adjectives, which the pipeline puts in the nominative
		// plural (a lemma is singular); "затримали двох чоловіків": with
		// the number word that counts them (the pipeline gives двоє)
		lo := i - f.pluralAdjectives(i)
		if lo > 0 && lo < i && f.low(lo) == "званий" && f.low(lo-1) == "так" {
			lo-- // "вигнали так званих куркулів": так звані куркулі
		}
		if f.countingWord(lo-1) && strings.Contains(t.Tag, ":anim") {
			lo--
		} else if lo < i && lo > 0 && f.toks[lo-1].Kind == vistka.Number && f.spanType(lo-1) == "" && hasCase(t, "v_rod") && countsGenitive(f.toks[lo-1].Text) {
			// "проти 15 російських компаній": digits before the
			// adjectives count the things too, as written, which is
			// their base form when the noun is in the genitive (not "з
			// 40 великими компаніями"; with no adjective it is taken
			// above)
			lo--
		}
		out = scan.ToLower(f.text(lo, i+1))
	}
	hi := i + 1
	// "вимагатиме від уряду щоквартальних звітів": after від and a body's
	// noun, a genitive that names no one is what is demanded, not whose
	// the body is (a person's role keeps its own: "від керівника
	// будівельної компанії")
	demanded := tr.k.typ == "REQUEST" && !strings.Contains(t.Tag, ":anim") && f.governedBy(i) == "від" && hi < len(f.toks) && f.entityAt(hi) == "" &&
		!managements[lower(t)]
	if managements[lower(t)] && hi < len(f.toks) && strings.HasSuffix(f.toks[hi].Tag, ":abbr") {
		hi++ // "звинуватив керівництво КП": the abbreviation, which has no case, is whose
	}
	for !demanded && hi < len(f.toks) && hi-i <= 3 && hi != tr.noun && hasCase(&f.toks[hi], "v_rod") && (isNoun(&f.toks[hi]) || isAdj(&f.toks[hi])) {
		if _, ok := nouns[f.low(hi)]; ok && !(hi == i+1 && gatheringPeople[lower(t)]) {
			break // (but "учасників акції": the people named by the gathering they were at)
		}
		if hi == i+1 && f.givenAfterDative(i) {
			break // "надали українській команді проживання та харчування"
		}
		if tr.k.typ == "AID" && materiel[f.low(hi)] && isNoun(&f.toks[hi]) {
			break // "передав лікарні обладнання": the goods given, no part of the one given them
		}
		if tr.k.typ == "ASSAULT" && (f.timeWord(hi) || timeNouns[f.low(hi)] || hi+1 < len(f.toks) && timeNouns[f.low(hi+1)]) {
			break // "атака на порти цього місяця": when, no part of the site
		}
		hi++
	}
	for hi > i+1 && isAdj(&f.toks[hi-1]) {
		hi-- // "завдали полякам нищівної поразки"
	}
	if e := cmp.Or(f.entityAt(hi-1), f.firmNamedAfter(hi-1)); hi > i+1 && e != "" && f.ents.Type(e) == "ORG" {
		// "директора компанії ТОВ «Сигма»", "власника фірми «Омега»": the
		// whole name the genitives end in or name, not its legal form or
		// kind alone
		for hi < len(f.toks) && (f.entityAt(hi) == e || f.toks[hi].Kind == vistka.QuoteMark && (f.entityAt(hi+1) == e || f.entityAt(hi-1) == e)) {
			hi++
		}
	}
	if e := f.entityAt(hi); hi > i+1 && hi < len(f.toks) && e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[hi], "v_rod") && f.entityAt(hi-1) != e {
		// "учителям прифронтових громад Запорізької області": the place
		// the genitives' people or towns are of, whole, past the reach
		// of the genitives read above
		for hi < len(f.toks) && f.entityAt(hi) == e {
			hi++
		}
	}
	if e := f.entityAt(i + 1); office && e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
		// "з начальником Ізюмської міської військової адміністрації": the
		// whole name of the body whose office it is
		for hi < len(f.toks) && (hi <= i+1 || f.entityAt(hi) == e) {
			hi++
		}
	}
	if hi > i+1 {
		out += " " + f.text(i+1, hi)
	}
	return out
}

// managements are the nouns for the people who run a body, which the
// genitive after them always names ("керівництво шахти", "дирекція
// заводу"): a demand made of them ("вимагають від керівництва шахти")
// is made of the body's management, not of its mine.
var managements = map[string]bool{"керівництво": true, "дирекція": true}

// countsGenitive reports whether the number in digits n takes the
// genitive plural in the nominative (5, 12, 40 осіб; not 2, 23, 31,
// which take the nominative).
func countsGenitive(n string) bool {
	if n == "" || n[len(n)-1] < '0' || n[len(n)-1] > '9' {
		return false
	}
	if len(n) > 1 && n[len(n)-2] == '1' {
		return true // 11-14 осіб
	}
	d := n[len(n)-1]
	return d == '0' || d >= '5'
}

// gatheringPeople are the people named by the gathering they took part
// in or made, whose genitive stays with them though it is an event's
// noun: "затримали 70 учасників акції", "оштрафував організаторів
// мітингу".
var gatheringPeople = map[string]bool{"учасник": true, "учасниця": true, "організатор": true, "організаторка": true}

// givenAfterDative reports whether the noun after the dative at i is the
// thing given to it, not a genitive of its own: a noun whose form is its
// nominative's and accusative's too (проживання, харчування), read as a
// genitive, with no other noun or number after it in the clause but
// more such nouns joined to it ("надали українській команді проживання
// та харчування на весь час": what the team was given; "надала голові
// правління слово": слово is given, правління is the head's).
func (f *finder) givenAfterDative(i int) bool {
	j := i + 1
	if !hasCase(&f.toks[i], "v_dav") || j >= len(f.toks) || !sameAsLemma(&f.toks[j]) {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+6; k++ {
		t := &f.toks[k]
		switch w := f.low(k); {
		case (w == "та" || w == "і" || w == "й" || w == ",") && k+1 < len(f.toks) && sameAsLemma(&f.toks[k+1]):
			k++ // "проживання та харчування": more things given
		case t.Kind == vistka.Punct, isPrep(t), strings.HasPrefix(t.Tag, "verb"):
			return true
		case strings.HasPrefix(t.Tag, "noun"), t.Kind == vistka.Number:
			return false // "голові правління слово", "… лікарні нові ліжка", "… 5 ліжок"
		}
	}
	return true
}

// sameAsLemma reports a lower-case common noun written as its lemma: a
// neuter in -ння, -ття whose genitive is its nominative and accusative
// too (проживання).
func sameAsLemma(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, "prop") && t.Text == t.Lemma && vtag.Gender(t.Tag) == 'n'
}

// dativeBody reports whether the noun at j is a community, a public
// service or people in need that a gift may be given to without a name:
// "передало області 12 автобусів", "виплатить родинам загиблих"; not a
// firm paid for its work (перерахував субпідряднику 1,05 млн грн).
func (f *finder) dativeBody(j int) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
		return false
	}
	switch lower(t) {
	case "область", "місто", "столиця", "село", "селище", "громада", "регіон", "район", "родина", "сім'я", "лікарня", "школа", "переселенець", "постраждалий", "мешканець",
		"музей", "бібліотека", // "передасть 12 музеям обладнання"
		"театр", "філармонія", // as музей: "подарував обласній філармонії інструменти"
		"станція", "електростанція", // "передасть українським атомним станціям обладнання"
		// institutions, as лікарня and школа: "передала госпіталю два
		// тренажери", "виділила ліцею 3 млн гривень"
		"госпіталь", "ліцей", "гімназія", "університет", "амбулаторія", "поліклініка",
		// a town's firms and centres given money or goods by a council or
		// a fund: "виділило підприємству 12 млн гривень", "перерахує
		// регіональним центрам 180 млн гривень", "закладам освіти"
		"підприємство", "центр", "заклад", "установа", "кооператив",
		// a town's utility, as its firms: "спрямує водоканалу 15 млн гривень"
		"водоканал",
		// shelters and relief posts: "передав штабу дві тонни борошна",
		// "передали притулку ковдри"
		"штаб", "притулок", "інтернат", "хоспіс",
		// the social desk's people in need (session 57): "виплатить
		// ветеранам", "компенсує аграріям", "біженцям надаватиметься"
		"ветеран", "пенсіонер", "біженець", "пільговик", "вдова", "сирота", "фермер", "аграрій":
		return true
	}
	return false
}

// bodyDativeAfter reports whether the verb of giving at i is followed,
// past numbers and adjectives, by a name or a community or a service in
// the dative (dativeBody): "передано трьом лікарням", "передали
// Тернопільській області".
func (f *finder) bodyDativeAfter(i int) bool {
	j := i + 1
	for j < len(f.toks) && (f.toks[j].Kind == vistka.Number || strings.Contains(f.toks[j].Tag, "numr") || isAdj(&f.toks[j])) {
		j++
	}
	return j < len(f.toks) && isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_dav") && (f.entityAt(j) != "" || f.dativeBody(j))
}

// genitiveRecipient reports whether the noun at k, a community or a
// service the tagger read as a genitive (dativeBody), is the one goods
// are given to: its form is the dative's too (лікарні, школі, області),
// it follows the goods a verb of giving takes as its object, past
// adjectives of its own, and no noun in the dative follows in the clause
// ("передав обладнання лікарні" gives the hospital the equipment;
// "передав обладнання лікарні волонтерам" gives the hospital's equipment
// to the volunteers). The verb is finite: an infinitive under a proposal
// ("запропонувала передати обладнання лікарні") is no giving told.
func (f *finder) genitiveRecipient(k int) bool {
	t := &f.toks[k]
	if !hasCase(t, "v_rod") || !f.dativeBody(k) || f.entityAt(k) != "" {
		return false
	}
	l := scan.ToLower(t.Text)
	if !strings.HasSuffix(l, "і") && !strings.HasSuffix(l, "ї") {
		return false
	}
	g := f.beforeAdjs(k, 0)
	if g <= 0 || !(materiel[f.low(g)] || gifts[f.low(g)]) || !isNoun(&f.toks[g]) {
		return false
	}
	v := g - 1
	if v > 0 && (f.toks[v].Kind == vistka.Number || strings.Contains(f.toks[v].Tag, "numr")) {
		v--
	}
	if v < 0 || !gives[f.verb(v)] || strings.Contains(f.toks[v].Tag, ":inf") {
		return false // (an infinitive, "запропонувала передати обладнання лікарні", tells no giving done)
	}
	for j := k + 1; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if hasCase(&f.toks[j], "v_dav") || isVerb(&f.toks[j]) || strings.HasPrefix(f.toks[j].Tag, "conj") {
			return false
		}
	}
	return true
}

// dativeOfTwo reports whether the noun at j, right after a verb of
// giving, is a community or a service in the dative though its form is
// also the plural read as the object ("передав лікарні 50 обігрівачів",
// "передали області генератори"): the thing given, a number or a noun
// in the accusative, follows it, and a verb takes one direct object.
func (f *finder) dativeOfTwo(j int) bool {
	if j+1 >= len(f.toks) || !f.dativeBody(j) || f.entityAt(j) != "" {
		return false
	}
	l := scan.ToLower(f.toks[j].Text)
	if !strings.HasSuffix(l, "і") && !strings.HasSuffix(l, "ї") {
		return false
	}
	// (goods whose accusative is their genitive's form too, read so:
	// "передав лікарні обладнання"; or their nominative's, as a thing's
	// is: "передав лікарні апарат ШВЛ")
	if f.low(j+1) == "ще" && j+2 < len(f.toks) {
		j++ // "передав столиці ще три автобуси": more of the same
	}
	n := &f.toks[j+1]
	return n.Kind == vistka.Number || strings.Contains(n.Tag, "numr") || strings.HasPrefix(n.Tag, "noun") && (hasCase(n, "v_zna") && !hasCase(n, "v_rod") || materiel[f.low(j+1)] && (hasCase(n, "v_rod") || hasCase(n, "v_naz") && strings.Contains(n.Tag, ":inanim")))
}

// quotedDative reports whether token j, a body's name in quote marks
// right after a verb of giving, is the one given to though the tagger read
// it as a genitive: "Нацбанк виділив «Брокбізнесбанку» 2 млрд грн" (the
// dative and the genitive share -у, -ю, -і, -ї), or an indeclinable name
// with the thing given after it ("передав «Укренерго» обладнання").
func (f *finder) quotedDative(j int) bool {
	t := &f.toks[j]
	if j == 0 || f.toks[j-1].Kind != vistka.QuoteMark || f.spanType(j) != "ORG" {
		return false
	}
	if strings.Contains(t.Tag, ":nv") {
		// an indeclinable name ("передав «Укренерго» обладнання"): the
		// thing given after its closing mark
		return f.thingAfterName(j)
	}
	if !hasCase(t, "v_rod") {
		return false
	}
	l := scan.ToLower(t.Text)
	return strings.HasSuffix(l, "у") || strings.HasSuffix(l, "ю") || strings.HasSuffix(l, "і") || strings.HasSuffix(l, "ї")
}

// abbrDative reports whether token j, right after a verb of giving, is a
// body's indeclinable abbreviation with the thing given after it, which is
// the one given to though the tagger reads it as a genitive: "Мукачево
// передало ЗСУ 38 пікапів" (an abbreviation has no case of its own; the
// thing counted after it is the verb's object).
func (f *finder) abbrDative(j int) bool {
	t := &f.toks[j]
	return f.spanType(j) == "ORG" && strings.Contains(t.Tag, ":nv") && strings.Contains(t.Tag, ":abbr") && f.thingAfterName(j)
}

// thingAfterName reports whether the name at j, an indeclinable one the
// tagger gives no case of its own, is followed (past its closing quote
// mark) by a thing given, counted or in the accusative: the name is then
// the one given it (see quotedDative, abbrDative).
func (f *finder) thingAfterName(j int) bool {
	k := j + 1
	for k < len(f.toks) && f.entityAt(k) == f.entityAt(j) {
		k++
	}
	if k < len(f.toks) && isCloseQuote(f.toks[k].Text) {
		k++
	}
	if k >= len(f.toks) {
		return false
	}
	// (a sum paid a firm may be a fine or a fee: "виплатила
	// «Укренерго» 2 млн грн штрафу")
	n := &f.toks[k]
	// (a count in words, as in figures: "передасть «Укренерго» два
	// автотрансформатори")
	return f.spanType(k) != "MON" && (n.Kind == vistka.Number || strings.HasPrefix(n.Tag, "numr") || strings.HasPrefix(n.Tag, "noun") && (hasCase(n, "v_zna") || hasCase(n, "v_naz")) && f.entityAt(k) == "")
}

// relativeObject returns the event noun among objs that a relative
// pronoun in the accusative, opening the clause of the light verb at i,
// stands for: "акцій протесту, які профспілка проводила" (the noun may
// have its genitive after it). It returns -1 for any other clause.
func (f *finder) relativeObject(i int, objs []string) int {
	for c := i - 1; c > 0 && c >= i-8; c-- {
		t := &f.toks[c]
		if t.Kind != vistka.Punct {
			continue
		}
		if t.Text != "," || c+1 >= i {
			return -1
		}
		r := &f.toks[c+1]
		if l := lower(r); l != "який" && l != "котрий" || !hasCase(r, "v_zna") && !(hasCase(r, "v_naz") && f.subjectBetween(c+2, i)) {
			return -1
		}
		k := c - 1
		for k > 0 && f.spanType(k) == "MON" {
			k-- // "кредиту ЄБРР на 300 млн євро, який": its sum after it
		}
		if k < c-1 && k > 0 && f.low(k) == "сума" && f.low(k-1) == "на" {
			k-- // "кредиту на суму 270 млн євро, який"
		}
		if k == c-1 || f.low(k) != "на" {
			k = c
		}
		words := 0 // the words between, a name counted as one
		for j := k - 1; j >= 0 && words < 2; j-- {
			if slices.Contains(objs, f.low(j)) && isNoun(&f.toks[j]) && f.eventNoun(j) {
				return j
			}
			if e := f.entityAt(j); e != "" && j > 0 && f.entityAt(j-1) == e {
				continue // the lender's name after the loan, one word: "кредиту Європейського банку реконструкції та розвитку"
			}
			if !hasCase(&f.toks[j], "v_rod") {
				break
			}
			words++
		}
		return -1
	}
	return -1
}

// subjectBetween reports whether a noun or a name in the nominative
// stands in toks[lo:hi], a relative clause's words before its verb: then
// a masculine який or котрий the tagger read as the nominative is the
// object ("кредиту, який банк надав", "кредиту, який ЄБРР надав").
func (f *finder) subjectBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && f.entityAt(j) == "" {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") {
			return true
		}
	}
	return false
}

// objectsOpening returns the first of the animate nouns in the accusative
// (or its genitive form) that, coordinated with their numerals and
// possessives, make the whole clause before the verb at at: "Організатора
// та двох його спільників затримали". It returns -1 for any other clause.
func (f *finder) objectsOpening(at int) int {
	k := at - 1
	for k >= 0 && f.toks[k].Kind != vistka.Punct {
		k--
	}
	first, nouns := -1, 0
	for j := k + 1; j < at; j++ {
		t := &f.toks[j]
		switch {
		case strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && !strings.Contains(t.Tag, ":prop") &&
			(hasCase(t, "v_zna") || hasCase(t, "v_rod")):
			if first < 0 {
				first = j
			}
			nouns++
		case isAnd(t), strings.HasPrefix(t.Tag, "numr"), strings.Contains(t.Tag, "pron:pos"), strings.HasPrefix(t.Tag, "adj") && !hasCase(t, "v_naz"):
		default:
			return -1
		}
	}
	if nouns < 2 {
		return -1 // one noun alone is read by the rule before
	}
	return first
}

// frontedObject returns the person put first in the sentence as the
// object of the verb at at with no subject of its own (a plural or an
// impersonal form), or with its subject after it: "Львів'янина,
// підозрюваного у шахрайстві, затримали", "Агента ФСБ затримала СБУ".
// The person is an animate noun in the accusative that cannot be a
// nominative, with no nominative noun between it and the verb.
func (f *finder) frontedObject(at int) string {
	none := subjectless(f.toks[at].Tag)
	if !none && !f.subjectAfter(at) || at < 1 || at < 2 && (!none || plural(&f.toks[0])) {
		// (one word before a subjectless verb is its object when
		// singular, "Обвинуваченого відпустили під заставу"; a lone
		// plural, "Селян зганяли", is left to the rules that keep its
		// number)
		return ""
	}
	o := 0 // the object noun
	if !none && f.countingWord(0) {
		o = 1 // "Двох чоловіків затримала поліція"
	} else if none && strings.Contains(f.toks[0].Tag, "pron:pos") {
		o = 1 // "Її заступника відсторонено від посади"
	}
	adjs := o // "Українських моряків звільнено з полону": past the adjectives
	for o < at && isAdj(&f.toks[o]) && !strings.Contains(f.toks[o].Tag, "pron") && (hasCase(&f.toks[o], "v_zna") || hasCase(&f.toks[o], "v_rod")) {
		o++
	}
	t := &f.toks[o]
	// (with its subject after it, the animate accusative the tagger may
	// read as the genitive: "Львів'янина затримав поліцейський")
	// (and after a possessive before a form in -но, -то: "Її заступника
	// відсторонено")
	acc := hasCase(t, "v_zna") || (!none || o == 1) && hasCase(t, "v_rod")
	if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":anim") || !acc || hasCase(t, "v_naz") || o >= at {
		return ""
	}
	for j := o + 1; j < at; j++ {
		if u := &f.toks[j]; strings.HasPrefix(u.Tag, "noun") && hasCase(u, "v_naz") || finiteVerb(u) {
			return ""
		}
	}
	if e := f.entityAt(o); e != "" {
		return e
	}
	if !none || o > adjs {
		// "Двох чоловіків затримала поліція": двоє чоловіків;
		// "Українських моряків звільнено": українські моряки
		return f.objectPhrase(o, trig{noun: -1})
	}
	return t.Lemma
}

// datForGen reports whether the masculine noun at j, read as a genitive
// in -у or -ю, is a dative of the one reproached: the thing reproached
// follows it in the accusative ("закидає уряду бездіяльність": the
// genitive and the dative of уряд share the form, and the genitive takes
// no second object).
func (f *finder) datForGen(j int) bool {
	t := &f.toks[j]
	if j+1 >= len(f.toks) || !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":m:") || !hasCase(t, "v_rod") || f.governedBy(j) != "" {
		return false
	}
	if l := scan.ToLower(t.Text); !strings.HasSuffix(l, "у") && !strings.HasSuffix(l, "ю") {
		return false
	}
	n := &f.toks[j+1]
	return strings.HasPrefix(n.Tag, "noun") && hasCase(n, "v_zna") && !hasCase(n, "v_rod")
}

// namedObjectOpening returns the name in the accusative (not read as a
// nominative; a person's may be read as a genitive) that opens the clause of the finite verb at at, with no
// nominative and no other verb between: the object put first, the
// subject after the verb ("Росію за обстріл Одеси засудила Франція");
// else "".
func (f *finder) namedObjectOpening(at int) string {
	if strings.Contains(f.toks[at].Tag, ":inf") {
		return ""
	}
	lo := f.clauseStart(at)
	e := f.entityAt(lo)
	if e == "" || lo >= at {
		return ""
	}
	// (a person's accusative has the genitive's form, and the tagger may
	// read it so: "Олега Мельника затримала поліція")
	if t := &f.toks[lo]; !hasCase(t, "v_zna") && !(hasCase(t, "v_rod") && f.ents.Type(e) == "PERS") || hasCase(t, "v_naz") || f.governedBy(lo) != "" {
		return ""
	}
	for j := lo + 1; j < at; j++ {
		u := &f.toks[j]
		if f.entityAt(j) == e {
			continue
		}
		if hasCase(u, "v_naz") && (strings.HasPrefix(u.Tag, "noun") || f.entityAt(j) != "") || strings.HasPrefix(u.Tag, "verb") ||
			strings.Contains(u.Tag, "pron:pers") {
			return ""
		}
	}
	return e
}

// dativeOpening returns whom the finite verb at at was done to when its
// clause opens with them in the dative, governed by no preposition, and
// its subject follows the verb: "Зеленському подякував генсек ООН",
// "Президенту Узбекистану Шавкату Мірзійоєву подякував генсек ООН" (the
// name after the title), "Прем'єрові зателефонував канцлер" (a person
// named by a common noun, as a phrase). A nominative noun, a pronoun or
// another verb between the dative and the verb, or a dative the tagger
// also reads as a nominative, makes it no object of this verb; "" then.
func (f *finder) dativeOpening(at int, tr trig) string {
	if strings.Contains(f.toks[at].Tag, ":inf") || !f.nominativeAfter(at) {
		return ""
	}
	lo := f.clauseStart(at)
	if lo < at && strings.HasPrefix(f.toks[lo].Tag, "conj") {
		lo++ // "…, а Зеленському подякував …"
	}
	j := lo
	for j < at && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_dav") && f.entityAt(j) == "" {
		j++
	}
	if j >= at {
		return ""
	}
	t := &f.toks[j]
	e := f.entityAt(j)
	// (the tagger may read a surname in -ому as an adjective: Зеленському)
	if !strings.HasPrefix(t.Tag, "noun") && e == "" || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_dav") || hasCase(t, "v_naz") || f.governedBy(j) != "" ||
		e == "" && !strings.Contains(t.Tag, ":anim") {
		return ""
	}
	for k := j + 1; k < at; k++ {
		u := &f.toks[k]
		if x := f.entityAt(k); x != "" && (x == e || !hasCase(u, "v_naz")) {
			continue
		}
		if u.Kind == vistka.Punct || strings.HasPrefix(u.Tag, "verb") || strings.Contains(u.Tag, "pron") ||
			hasCase(u, "v_naz") && strings.HasPrefix(u.Tag, "noun") && f.governedBy(k) == "" {
			// (a time under its preposition may stand between: "у
			// вівторок")
			return ""
		}
	}
	if e != "" {
		if typ := f.ents.Type(e); typ != "PERS" && typ != "ORG" && typ != "LOC" {
			return ""
		}
		return e
	}
	return f.objectPhrase(j, tr)
}

// nominativeAfter reports whether the finite verb at at is followed,
// past its adjectives, by a noun in the nominative of the verb's number
// (and, in the past, gender): the subject after the verb, with whatever
// title, name or genitive follows it ("подякував генсек ООН Антоніу
// Гутерріш").
func (f *finder) nominativeAfter(at int) bool {
	v := &f.toks[at]
	j := f.pastAdjs(at + 1)
	if !strings.HasPrefix(v.Tag, "verb") || j >= len(f.toks) {
		return false
	}
	n := &f.toks[j]
	if !strings.HasPrefix(n.Tag, "noun") || strings.Contains(n.Tag, "pron") {
		return false
	}
	if hasCase(n, "v_naz") && sameForm(n, v) {
		return true
	}
	// A person after a singular verb, by name or by a title naming one:
	// the tagger guesses the gender and case of a foreign first name or
	// of a feminine title it does not know ("зателефонувала
	// прем'єр-міністерка Данії Метте Фредеріксен", Метте read as a
	// masculine vocative, прем'єр-міністерка as a masculine).
	if pluralTag(v.Tag) || !strings.Contains(n.Tag, ":anim") {
		return false
	}
	if e := f.entityAt(j); e != "" {
		return f.ents.Type(e) == "PERS"
	}
	return hasCase(n, "v_naz") && f.titledName(j) != ""
}

// objectBefore finds the object of a verb that stands before it in its
// clause ("це рішення скасував суд", "ухвалення пакета блокувала
// Угорщина"): a noun of objs in the accusative, at most four words back,
// with no punctuation or other verb between. It returns -1 when there is
// none.
func (f *finder) objectBefore(i int, objs map[string]kind) int {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if strings.Contains(t.Tag, ":inf") && j >= 2 && f.withDemand(j-2) {
			continue // "Петицію з вимогою зупинити роботи підписали …": what the demand is
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return -1 // "стали на позицію … й погодились": another clause's
		}
		k, ok := objs[lower(t)]
		if ok && (atRequest(f, j) || f.low(j) == "грамота" && !f.credentialWord(j)) {
			// "на прохання доньки передали його музею": whose wish it
			// was done at, no request passed on; "Грамоту їй вручив
			// мер": an award, no credentials
			continue
		}
		if ok && f.indictmentAt(j) {
			return j // "Обвинувальний акт стосовно трьох посадовців прокуратура направила до суду"
		}
		if !ok || !strings.HasPrefix(t.Tag, "noun") || j < i-4 && k.typ != "" && !f.claimToCourt(j, i) && !f.withDemand(j+1) || f.entityAt(j) != "" && !f.namedTaken(j, k) {
			// (farther back than four words, only an object that makes
			// no event: "указ про його призначення президент підписав";
			// no word of a name: "Голова фракції «Європейська
			// солідарність» Ірина Геращенко заявила")
			continue
		}
		// an animate plural's accusative is its genitive: "моряків звільнили"
		if hasCase(t, "v_zna") || hasCase(t, "v_rod") && strings.Contains(t.Tag, ":anim") && j == i-1 || hasCase(t, "v_naz") && f.otherSubject(i, j) {
			return j
		}
		if hasCase(t, "v_naz") && k.typ == "AID" && f.aidBodyAfter(i) != "" {
			return j // "Співфінансування проєкту забезпечить обласний бюджет": the body after the verb gives
		}
		if hasCase(t, "v_rod") && accords[lower(t)] && reached[f.verb(i)] {
			return j // "згоди щодо експорту зерна досягнуто": досягти governs the genitive
		}
		if k.typ == "" && hasCase(t, "v_naz") && slices.ContainsFunc(f.toks[j+1:i], func(s vistka.Token) bool {
			return strings.HasPrefix(s.Tag, "noun") && strings.Contains(s.Tag, ":anim") && hasCase(&s, "v_naz")
		}) {
			return j // "Закон про мобілізацію президент підписав": the subject is the person
		}
		if k.typ == "" && j == i-1 && f.personJustBefore(j) {
			return j // "Міський голова рішення підписує": subject, object, verb
		}
	}
	return -1
}

// namedTaken reports whether the word at j, the head of a name, is the
// thing a verb of taking by force took, put first as its object:
// "Запорізьку АЕС російські війська захопили". Other words of names are
// no fronted objects ("Голова фракції … заявила").
func (f *finder) namedTaken(j int, k kind) bool {
	return k.typ == "ASSAULT" && hasCase(&f.toks[j], "v_zna") && (j+1 >= len(f.toks) || f.entityAt(j+1) != f.entityAt(j))
}

// atRequest reports whether the noun at j is the прохання, вимога or
// запит of "на прохання X", "на вимогу X": the request the act was done
// at, not one the act passes on or makes.
func atRequest(f *finder, j int) bool {
	switch f.low(j) {
	case "прохання", "вимога", "запит":
		return j > 0 && f.low(j-1) == "на"
	}
	return false
}

// personJustBefore reports whether a person's noun in the nominative
// comes right before token j, or before the genitive that follows it
// ("голова ради рішення"): the subject of a clause whose object is j.
func (f *finder) personJustBefore(j int) bool {
	for m := j - 1; m >= 0 && m >= j-3; m-- {
		t := &f.toks[m]
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":pron") {
			return true
		}
	}
	return false
}

// headOfPhrase reports whether the mention of entity e that ends at token
// i heads its phrase: "компанії з Китаю та ОАЕ, які …" — ОАЕ follows a
// preposition or a conjunction, so який stands for "компанії", not for it.
func (f *finder) headOfPhrase(i int, e string) bool {
	j := i
	for j >= 0 && f.entityAt(j) == e {
		j--
	}
	if j < 0 {
		return true
	}
	t := &f.toks[j]
	return !isPrep(t) && !strings.HasPrefix(t.Tag, "conj")
}

// datAfterAnd reports whether the place at i, tagged a genitive, is the
// dative joined by і, й, та or a comma to a place in the dative right
// before it: a masculine name in -у or -ю has one form for both cases
// ("подякував Катару та Єгипту", Єгипту read as the genitive).
func (f *finder) datAfterAnd(i int) bool {
	t := &f.toks[i]
	if !hasCase(t, "v_rod") || vtag.Gender(t.Tag) != 'm' || !strings.Contains(t.Tag, ":geo") ||
		!strings.HasSuffix(t.Text, "у") && !strings.HasSuffix(t.Text, "ю") {
		return false
	}
	if i < 2 || !isAnd(&f.toks[i-1]) && f.toks[i-1].Text != "," {
		return false
	}
	p := &f.toks[i-2]
	return f.entityAt(i-2) != "" && hasCase(p, "v_dav") && !hasCase(p, "v_rod") && strings.Contains(p.Tag, ":geo")
}

// accords are what sides reach when they agree: домовленість, згода.
var accords = map[string]bool{"домовленість": true, "згода": true, "компроміс": true, "консенсус": true}

// genitiveOnDative reports whether the inanimate noun at j, which the
// tagger may read as a nominative plural, follows a person's noun in the
// dative as its genitive: "Ще двом учасникам схеми повідомили".
func (f *finder) genitiveOnDative(j int) bool {
	u := &f.toks[j]
	if j < 1 || !strings.HasPrefix(u.Tag, "noun") || !strings.Contains(u.Tag, ":inanim") || f.entityAt(j) != "" {
		return false
	}
	h := &f.toks[j-1]
	return strings.HasPrefix(h.Tag, "noun") && strings.Contains(h.Tag, ":anim") && hasCase(h, "v_dav") && !strings.Contains(h.Tag, "pron")
}

// objectEntityBefore returns the person or organisation named right before
// the verb at i, in its clause, in the dative or the accusative (for a
// person, the genitive form the accusative takes): "Філіпчуку висунуто",
// "Ігоря Калєтніка оголошено в розшук".
func (f *finder) objectEntityBefore(i int) string {
	if e := f.firmRightBefore(i); e != "" && f.firmBeforePlural(e, i) {
		return e // "ТОВ «Автомагістраль» дискваліфікували"
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		u := &f.toks[j]
		if u.Kind == vistka.Punct && u.Kind != vistka.QuoteMark {
			return ""
		}
		e := f.entityAt(j)
		if e != "" && j >= 2 && f.toks[j-1].Kind == vistka.QuoteMark && f.entityAt(j-2) == "" && isNoun(&f.toks[j-2]) {
			if k := &f.toks[j-2]; (hasCase(k, "v_zna") || hasCase(k, "v_dav")) && f.governedBy(j-2) == "" {
				return e // "Фірму «Альфа» притягнуто": the name in the case of its kind
			}
		}
		if e != "" && hasCase(u, "v_rod") {
			// "Пропозицію «Кріогенсервісу» відхилили": whose proposal
			k := j - 1
			for k >= 0 && f.entityAt(k) == e {
				k--
			}
			if k >= 0 && f.toks[k].Kind == vistka.QuoteMark {
				k--
			}
			if k >= 0 && f.entityAt(k) == "" && isNoun(&f.toks[k]) && hasCase(&f.toks[k], "v_zna") && decisionNouns[f.low(k)] &&
				f.governedBy(k) == "" {
				return e
			}
		}
		if e == "" || hasCase(u, "v_naz") || isPrep(&f.toks[max(j-1, 0)]) && j > 0 {
			continue
		}
		if typ := f.ents.Type(e); typ != "PERS" && typ != "ORG" && typ != "LOC" {
			continue
		}
		if hasCase(u, "v_dav") || hasCase(u, "v_zna") || hasCase(u, "v_rod") && strings.Contains(u.Tag, ":anim") {
			return e
		}
	}
	return ""
}

// withDemand reports whether a demand or a request follows at j:
// "надіслало організаторам ноту з вимогою прибрати мапу", "передало МЗС
// ноту з проханням забезпечити рух вантажів" asks, whatever the note.
func (f *finder) withDemand(j int) bool {
	return j+1 < len(f.toks) && (f.low(j) == "з" || f.low(j) == "із") && (f.low(j+1) == "вимога" || f.low(j+1) == "прохання")
}

// calledSides reports whether the word at i is the sides of a conflict
// called on, in the plural and no preposition before it: "закликав обидві
// сторони утримуватися", "закликав сторони конфлікту до стриманості".
func (f *finder) calledSides(i int, tr trig) bool {
	t := &f.toks[i]
	return tr.k.typ == "REQUEST" && t.Lemma == "сторона" && plural(t) && f.governedBy(i) == ""
}

// coordObject returns what the dative pronoun at i after the verb at
// stands for when that verb is joined by і, та or й to an earlier verb of
// its clause: the object of that verb ("викликало посла Угорщини Антала
// Гейзера і вручило йому ноту"), a person named there first, else the
// first name in it ("викликало тимчасового повіреного у справах Росії та
// вручило йому ноту"), but one named by the place he belongs to as a
// phrase ("визнав жителя Херсона винним і призначив йому штраф" is
// житель Херсона, not the town). It returns "" when the object is no
// accusative or names nothing.
func (f *finder) coordObject(tr trig, i int) string {
	at := tr.at
	if i != at+1 || at < 3 || !hasCase(&f.toks[i], "v_dav") || strings.Contains(f.toks[i].Tag, ":p:") {
		return ""
	}
	if c := f.low(at - 1); c != "і" && c != "та" && c != "й" {
		return ""
	}
	v := -1
	for j := at - 2; j >= 0 && j >= at-12; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || t.Kind == vistka.QuoteMark || strings.HasPrefix(t.Tag, "conj") {
			return ""
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") {
				return ""
			}
			v = j
			break
		}
	}
	if v < 0 || v+1 >= at-1 {
		return ""
	}
	var first string
	head := false // the object's head noun passed
	hn := -1      // a head noun that names one by where he belongs
	for j := v + 1; j < at-1; j++ {
		t := &f.toks[j]
		// (an animate object's accusative is its genitive: the tagger
		// may read "тимчасового повіреного" either way)
		if !head && strings.HasPrefix(t.Tag, "noun") {
			if !hasCase(t, "v_zna") && !(hasCase(t, ":anim") && hasCase(t, "v_rod")) {
				return "" // "приїхав у вівторок і вручив йому": no object
			}
			head = true
			if belongers[lower(t)] && f.entityAt(j) == "" {
				hn = j
			}
		}
		if !head && !strings.HasPrefix(t.Tag, "adj") && f.entityAt(j) == "" {
			return "" // "заявив, що …", "прибув до Києва і вручив йому"
		}
		e := f.entityAt(j)
		if e == "" {
			continue
		}
		if f.ents.Type(e) == "PERS" {
			return e
		}
		if first == "" {
			first = e
		}
	}
	if hn >= 0 && first != "" {
		if p := f.objectPhrase(hn, tr); p != "" {
			return p
		}
	}
	return first
}

// belongers name a person by the place or the state he belongs to, which
// follows in the genitive: the person is the phrase, not the place
// ("громадянина Польщі", "жительку Херсона", "уродженця Одеси").
var belongers = map[string]bool{"громадянин": true, "громадянка": true, "житель": true, "жителька": true, "мешканець": true, "мешканка": true,
	"уродженець": true, "уродженка": true, "підданий": true, "підданка": true}

// dativeBodyBefore returns where a community or its people (dativeBody:
// мешканцям, родинам, громаді) stand in the dative, governed by no
// preposition, opening the clause of the verb at at (after its
// conjunction): "Мешканцям зруйнованого будинку область виділила по 200
// тисяч гривень", "…, а родинам загиблих уряд виділив …"; or -1.
func (f *finder) dativeBodyBefore(at int) int {
	j := at - 1
	for j >= 0 && f.toks[j].Kind != vistka.Punct {
		j--
	}
	j++ // the clause's first word, past a conjunction ("…, а мешканцям …")
	if j < at && strings.HasPrefix(f.toks[j].Tag, "conj") {
		j++
	}
	j = f.pastOpening(j, at)
	for j < at && isAdj(&f.toks[j]) && (hasCase(&f.toks[j], "v_dav") || pluralDativeForm(&f.toks[j])) {
		j++ // "Місцевим мешканцям", "Українським військовим"
	}
	if j >= at || f.entityAt(j) != "" || !(hasCase(&f.toks[j], "v_dav") && f.dativeBody(j) || f.peopleInDative(j)) {
		return -1
	}
	return j
}

// pastOpening returns where the clause that begins at j goes on past the
// circumstance it opens with, before at: adverbs ("Відтепер", "Також")
// and one phrase under a preposition, its adjectives, its noun or name
// and the genitives after it ("За державною програмою", "У межах
// програми USAID"), so that the dative of those given may follow ("За
// державною програмою аграріям відшкодовують …"). A genitive the tagger
// also reads as a dative ends the phrase: it may be the one given. It
// returns j when the clause opens otherwise.
func (f *finder) pastOpening(j, at int) int {
	for j < at && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j++
	}
	if j >= at || !isPrep(&f.toks[j]) {
		return j
	}
	k := j + 1
	for k < at && isAdj(&f.toks[k]) {
		k++
	}
	if k >= at || !isNoun(&f.toks[k]) && f.entityAt(k) == "" {
		return j
	}
	for e := f.entityAt(k); k+1 < at && e != "" && f.entityAt(k+1) == e; k++ {
	}
	k++
	for k < at && (isAdj(&f.toks[k]) || isNoun(&f.toks[k]) || f.entityAt(k) != "") && hasCase(&f.toks[k], "v_rod") && !hasCase(&f.toks[k], "v_dav") {
		k++ // "У межах програми уряду"
	}
	for k < at && strings.HasPrefix(f.toks[k].Tag, "adv") {
		k++
	}
	return k
}

// relativeDative returns where the noun a relative pronoun in the dative
// opening the clause of the verb at at stands for is, right before the
// comma: a name or a community or a service ("відвідав лікарню, якій
// партнери передали апарат УЗД", "громаді, якій фонд передав
// генератори"); or -1.
func (f *finder) relativeDative(at int) int {
	j := at - 1
	for j >= 0 && f.toks[j].Kind != vistka.Punct {
		j--
	}
	if j < 1 || j+1 >= at || f.toks[j].Text != "," || f.toks[j+1].Lemma != "який" || !hasCase(&f.toks[j+1], "v_dav") {
		return -1
	}
	k := j - 1
	if e := f.entityAt(k); e != "" {
		return f.nameStart(k, e)
	}
	if f.dativeBody(k) {
		return k
	}
	return -1
}

// peopleInDative reports whether the noun at j names people in the
// dative plural ("військовим", "пораненим бійцям"), also when it is a
// noun declined as an adjective the tagger read as the instrumental
// singular, whose form is the same ("Українським військовим передали").
func (f *finder) peopleInDative(j int) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":prop") {
		return false
	}
	return hasCase(t, "v_dav") && plural(t) && !hasCase(t, "v_naz") ||
		pluralDativeForm(t) && (strings.HasSuffix(t.Lemma, "ий") || strings.HasSuffix(t.Lemma, "ій"))
}

// dativeAfterSum reports whether the sum at j, the object of a verb of
// giving, is followed right after its own words by the one given it in
// the dative: a name ("виділив 2 млрд гривень Харкову") or a community
// or a service named by its noun, past its adjectives ("виділив 2 млрд
// гривень прифронтовим громадам"); not a noun in the genitive or past a
// preposition ("виділив 2 млрд гривень на ремонт шкіл").
func (f *finder) dativeAfterSum(j int) bool {
	k := j
	for k < len(f.toks) && (f.spanType(k) == "MON" || currencies[f.low(k)] || f.toks[k].Kind == vistka.Number || strings.Contains(f.toks[k].Tag, "numr") || scaleWords[f.low(k)]) {
		k++
	}
	for ; k < len(f.toks) && k <= j+8; k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || isPrep(t) || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "adj") && hasCase(t, "v_dav") {
			continue
		}
		return strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_dav") && (f.entityAt(k) != "" || f.dativeBody(k))
	}
	return false
}

// pluralDativeForm reports whether the word of t, read as an
// instrumental singular, has the form of an adjective's dative plural:
// -им, -ім (українським, військовим).
func pluralDativeForm(t *vistka.Token) bool {
	l := scan.ToLower(t.Text)
	return hasCase(t, "v_oru") && !plural(t) && (strings.HasSuffix(l, "им") || strings.HasSuffix(l, "ім"))
}

// objectRelative returns what a relative який in the accusative opening
// the clause of the verb at at stands for, when the verb's subject alone
// (or an adverb) stands between them: the name before the comma, an
// animate common noun there (in the nominative: the clause's head is
// the main clause's subject) or the body whose act (пропозиція, рішення)
// that noun is. "" when none.
func (f *finder) objectRelative(at int) string {
	k := at - 1
	for k >= 0 && at-k <= 5 && f.toks[k].Kind == vistka.Word && f.low(k) != "який" &&
		(strings.HasPrefix(f.toks[k].Tag, "adv") || f.entityAt(k) != "" && hasCase(&f.toks[k], "v_naz") ||
			(isNoun(&f.toks[k]) || isAdj(&f.toks[k])) && hasCase(&f.toks[k], "v_naz")) {
		k--
	}
	if k < 2 || f.low(k) != "який" || f.toks[k-1].Text != "," {
		return ""
	}
	e := f.entityAt(k - 2)
	j := k - 2 // the name's first word
	for e != "" && j > 0 && f.entityAt(j-1) == e {
		j--
	}
	// "пропозиція Угорщини, яку": whose proposal; the relative agrees
	// with the proposal
	act := e != "" && j > 0 && hasCase(&f.toks[k-2], "v_rod") && decisionNouns[f.low(j-1)] && f.entityAt(j-1) == "" && !isPrep(&f.toks[max(j-2, 0)])
	r, h := &f.toks[k], &f.toks[k-2]
	if act || f.peopleOfName(j, e) {
		// "жителі Херсонщини, яких": the relative agrees with the people
		// whose name is the genitive after them
		h = &f.toks[j-1]
	}
	// (якого, яких of the animate read as the genitive as often: one form)
	anim := strings.Contains(h.Tag, ":anim") || f.ents.Type(e) == "PERS"
	if !hasCase(r, "v_zna") && !(anim && hasCase(r, "v_rod") && (gender(r) == 'm' || plural(r))) || plural(r) != plural(h) || !plural(r) && gender(r) != gender(h) {
		return ""
	}
	if act {
		return e
	}
	if e != "" {
		if f.peopleOfName(j, e) && plural(h) == plural(r) && (plural(r) || gender(h) == gender(r)) {
			// "трьом командирам ЗСУ, яких звинуватила": the people of
			// the body, with it
			return f.nounPhrase(j - 1)
		}
		if j > 0 && isNoun(&f.toks[j-1]) && strings.Contains(f.toks[j-1].Tag, ":inanim") && f.entityAt(j-1) == "" {
			// "з центру соціальних служб … Житомирської міської ради, яку
			// запрошували": a name hanging on a thing may not be what the
			// relative stands for
			return ""
		}
		if t := f.ents.Type(e); (t == "PERS" || t == "ORG" || t == "LOC") && f.headOfPhrase(k-2, e) {
			return e
		}
		return ""
	}
	// ("повернути українських дітей, яких депортувала Росія": the
	// object of the main verb as well, not the genitive of a person
	// before it: "заступника міністра, якого")
	if animateNoun(h) && !f.indefiniteHead(k-2) &&
		(hasCase(h, "v_naz") || (hasCase(h, "v_zna") || hasCase(h, "v_rod")) && !f.ofPerson(k-2)) {
		return f.nounPhrase(k - 2)
	}
	return ""
}

// ofPerson reports whether the noun at i, with its adjectives, is the
// genitive of an animate noun before it: "заступника міністра".
func (f *finder) ofPerson(i int) bool {
	j := f.adjectivesBefore(i) - 1
	if j < 0 || !hasCase(&f.toks[i], "v_rod") {
		return false
	}
	return animateNoun(&f.toks[j])
}

// peopleOfName reports whether the name e whose first word is at j hangs
// in the genitive on an animate noun right before it that no name is:
// "командирам ЗСУ", "жителі Херсонщини".
func (f *finder) peopleOfName(j int, e string) bool {
	if e == "" || j < 1 || f.entityAt(j-1) != "" {
		return false
	}
	return animateNoun(&f.toks[j-1])
}
