package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// partTaken reports whether участь follows the verb at i, as in
// "приймав (активну) участь у мітингу", the calque of брав участь.
func (f *finder) partTaken(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if f.low(j) == "участь" {
			return true
		}
		if !isAdj(&f.toks[j]) {
			return false
		}
	}
	return false
}

// lightOnly are event nouns that name an event only as the object of a
// light verb (вийти на акцію протесту, звернутися з вимогою, взяти участь
// у засіданні): alone, "засідання суду" or "вимога закону" is none.
var lightOnly = map[string]bool{
	"засідання": true, "сесія": true, "конференція": true, "форум": true, "акція": true, "нарада": true, "асамблея": true,
	"вимога": true, "прохання": true, "заклик": true, "лист": true, "звернення": true, "запит": true,
	// "підтримка України залишається пріоритетом": whose support is it?
	"підтримка": true,
	// "посередник заявив": who mediates, no mediation
	"посередник": true, "посередниця": true,
	// new nouns of the widened lexicon count when a light verb names them:
	// "оголосили голодування, мобілізацію, перемир'я", "надала притулок"
	"голодування": true, "мобілізація": true, "призов": true, "перемир'я": true, "притулок": true, "вдячність": true,
	// "виконали рекомендації комітету": advice given only (see
	// recommendedTo)
	"рекомендація": true,
	// "наступ на права", "з початку вторгнення": told, not done here
	"наступ": true, "контрнаступ": true, "вторгнення": true, "засудження": true, "консультація": true, "виведення": true,
	// "фінансування проєкту скоротили", "моніторинг цін показав": no
	// one gives or checks anyone
	"фінансування": true, "моніторинг": true,
	// (and the social desk's payments, "виплати затримуються": see
	// payNouns)
	// "заява про екстрадицію", "погрози бойкотом":
	// no one named orders, decides or declares it
	"екстрадиція": true, "бойкот": true,
}

// chairedNouns are the gatherings a sentence may tell as held under
// someone's chairmanship with no light verb (see chairedHeld).
var chairedNouns = map[string]bool{"нарада": true, "відеонарада": true, "онлайн-нарада": true, "відеоконференція": true}

// chairedHeld reports whether the gathering noun at i, which otherwise
// needs a light verb, is the subject of a verb of taking place right
// before it, past its adjectives, or right after it, in a sentence that
// names who chaired it: "Під головуванням віце-прем'єр-міністра Олександра
// Сича відбулася селекторна нарада", "Нарада пройшла під головуванням
// міністра". A gathering held with no chair named ("Відбулася нарада з
// питань освіти") is left to the light verbs.
func (f *finder) chairedHeld(i int, k kind) bool {
	if k.typ != "CONSULT" || !chairedNouns[f.low(i)] || !hasCase(&f.toks[i], "v_naz") || f.chair() == "" {
		return false
	}
	return f.heldBefore(i) || i+1 < len(f.toks) && takesPlace[f.verb(i+1)]
}

// chair returns the person named after "під головуванням" in the
// sentence, with a title or without ("під головуванням прем'єр-міністра
// Олександра Сича", "під головуванням Олександра Сича"), or "".
func (f *finder) chair() string {
	for j := 0; j+2 < len(f.toks); j++ {
		if f.low(j) != "під" || f.low(j+1) != "головування" {
			continue
		}
		if as := f.titledAfter(j + 1); len(as) > 0 {
			return as[0]
		}
		if e := f.entityAt(j + 2); e != "" && f.ents.Type(e) == "PERS" && hasCase(&f.toks[j+2], "v_rod") {
			return e
		}
		return ""
	}
	return ""
}

// protestKinds are the genitives that make an акція a protest.
var protestKinds = map[string]bool{"протест": true, "непокора": true, "солідарність": true}

// joiningVerbs are the verbs of joining an action already under way.
var joiningVerbs = map[string]bool{"приєднатися": true, "приєднуватися": true, "долучитися": true, "долучатися": true}

// joinProtestBefore returns the event noun among objs that, after до, stands
// before the joining verb at i in its clause ("до протесту приєдналися
// бригади", "До страйку долучилися шахтарі"), with only its modifiers
// between them; -1 otherwise.
func (f *finder) joinProtestBefore(i int, v string, objs []string) int {
	if !joiningVerbs[v] {
		return -1
	}
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return -1
		}
		if slices.Contains(objs, f.low(j)) && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_rod") && f.low(j-1) == "до" {
			return j
		}
	}
	return -1
}

// protestSite returns the building a protest stands by, after під in the
// instrumental in toks[at:end]: an organisation's name (під Верховною
// Радою) or a body's noun (під мерією), or "".
func (f *finder) protestSite(at, end int) string {
	for j := at + 1; j+1 < end; j++ {
		if f.low(j) != "під" || !isPrep(&f.toks[j]) {
			continue
		}
		k := j + 1
		for k < end && isAdj(&f.toks[k]) && f.entityAt(k) == "" {
			k++
		}
		walls := k < end && (f.low(k) == "стіна" || f.low(k) == "будівля") && hasCase(&f.toks[k], "v_zna")
		if k >= end || !hasCase(&f.toks[k], "v_oru") && !walls {
			return "" // (under the walls the crowd came to: під стіни Ради)
		}
		if e := f.entityAt(k); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
			return e
		}
		if actorNoun(f.low(k)) || f.low(k) == "будівля" || f.low(k) == "посольство" || walls {
			if e := f.entityAt(k + 1); e != "" && k+1 < end && hasCase(&f.toks[k+1], "v_rod") {
				if f.ents.Type(e) == "ORG" {
					return e // "під будівлею Мінмолодьспорту": the body's
				}
				return "" // "під посольством Угорщини": in a city the text may name, not in Hungary
			}
			return f.low(k)
		}
		return ""
	}
	return ""
}

// protestSeat returns the town of the local council or administration a
// protest stands by in toks[at:end], after під, біля, перед, коло or
// навпроти, its walls or its building between (see seatTown): "мітинг
// під стінами Житомирської ОДА", "пікет біля Харківської міськради"; by
// the walls or the building of a body that is no local one, the body
// itself ("під стінами Верховної Ради": its seat, no town assumed). It
// returns "" otherwise.
func (f *finder) protestSeat(at, end int) string {
	for j := at + 1; j+1 < end; j++ {
		if !standBy[f.low(j)] || !isPrep(&f.toks[j]) {
			continue
		}
		k := j + 1
		walls := false
		if k+1 < end && siteParts[f.low(k)] && f.entityAt(k) == "" {
			k++ // "під стінами", "біля будівлі"
			walls = true
		}
		if e := f.entityAt(k); e != "" && e != f.entityAt(k-1) {
			if t := f.seatTown(e); t != "" || !walls || f.ents.Type(e) != "ORG" || f.localBody(e) {
				return t // (a local body whose town its name does not tell: "Під стінами ОДА")
			}
			return e // "під стінами Верховної Ради": a national body's seat, no town assumed
		}
		if k < end && f.entityAt(k) == "" && councilNouns[f.low(k)] {
			// "під стінами ради", "під будівлею міськради": the one
			// local body the text names (Полтавська міськрада); a town's
			// council is none of a region's (Полтавська ОВА in a story
			// of Кременчук)
			return f.onlySeat(cityCouncil(f.low(k)) || k > 0 && f.low(k-1) == "міський")
		}
	}
	return ""
}

// localBody reports whether the organisation e is named as a local
// council or administration (ОДА, Полтавська міськрада, обласна рада).
func (f *finder) localBody(e string) bool {
	return nameHasWord(f.ents.Name(e), func(w string) bool { return localBodies[w] })
}

// cityCouncil reports whether the word w names a town's council or
// its executive (міськрада, міська, мерія, міськвиконком).
func cityCouncil(w string) bool {
	return w == "міськрада" || w == "міська" || w == "мерія" || w == "міськвиконком"
}

// councilNouns name a local council or administration by its kind.
var councilNouns = map[string]bool{"рада": true, "міськрада": true, "облрада": true, "райрада": true, "ода": true, "ова": true, "мерія": true}

// onlySeat returns the town of the local bodies the text names (see
// seatTown) when they are all seated in one; else "". With city, only a
// town's council or its mayor's office count.
func (f *finder) onlySeat(city bool) string {
	town := ""
	for j := range f.ents.Entities {
		e := &f.ents.Entities[j]
		if e.Type != "ORG" || city && !nameHasWord(e.Name, cityCouncil) {
			continue
		}
		t := f.seatTown(e.ID)
		if t == "" {
			continue
		}
		if town != "" && t != town {
			return ""
		}
		town = t
	}
	return town
}

// standBy are the prepositions of where a protest stands by a building.
var standBy = map[string]bool{"під": true, "біля": true, "перед": true, "коло": true, "навпроти": true}

// siteParts are the parts of a body's seat a protest stands by.
var siteParts = map[string]bool{"стіна": true, "будівля": true, "приміщення": true, "вхід": true}

// protestersOf returns the town or country whose people protest as the
// subject before the verb at: "докери фінської Котки відмовляються",
// "шахтарі Павлограда вийшли на вулиці" — a place's name in the genitive
// after a plural noun of people in the nominative, adjectives between.
func (f *finder) protestersOf(at int) string {
	for j := at - 1; j > 0 && j >= at-8; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return ""
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "LOC" || !hasCase(&f.toks[j], "v_rod") || f.entityAt(j-1) == e {
			continue
		}
		k := j - 1
		for k > 0 && isAdj(&f.toks[k]) && f.entityAt(k) == "" {
			k--
		}
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && strings.Contains(t.Tag, ":p:") &&
			hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") && f.entityAt(k) == "" {
			return e
		}
		return ""
	}
	return ""
}

// blockedHall returns the body whose rostrum, hall or building the
// protest after the verb at (up to end) took: "заблокували трибуну
// сесійної зали Черкаської міської ради" was in the council. It returns
// "" otherwise.
func (f *finder) blockedHall(at, end int) string {
	for j := at + 1; j < end && j <= at+2; j++ {
		if !halls[f.low(j)] || !hasCase(&f.toks[j], "v_zna") {
			continue
		}
		for k := j + 1; k < end && k <= j+4; k++ {
			t := &f.toks[k]
			if e := f.entityAt(k); e != "" {
				if f.ents.Type(e) == "ORG" && hasCase(t, "v_rod") {
					return e
				}
				return ""
			}
			if !hasCase(t, "v_rod") || !strings.HasPrefix(t.Tag, "adj") && !halls[lower(t)] {
				return ""
			}
		}
	}
	return ""
}

// halls are the parts of a body's seat a protest takes.
var halls = map[string]bool{"трибуна": true, "зала": true, "зал": true, "будівля": true, "приміщення": true, "президія": true}

// gatheringPlace returns where the gathering was that a relative clause
// sets the verb at at in: "У Римі відбулася конференція …, на якій
// Свириденко підписала угоду" is in Rome. It returns "" unless the
// clause opens with a preposition and який after a comma, the noun before
// the comma names a gathering, and the main clause names its place (в/у
// and a place in the locative).
func (f *finder) gatheringPlace(at int) string {
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && f.low(k) != "який" && !isVerb(&f.toks[k]) {
		k--
	}
	if k < 2 || f.low(k) != "який" || !isPrep(&f.toks[k-1]) {
		return ""
	}
	c := k - 2
	for c >= 0 && f.toks[c].Text != "," {
		c--
	}
	if c < 1 || k-c > 4 {
		return ""
	}
	gathering := false
	for j := c - 1; j >= 0 && j >= c-6; j-- {
		if l := f.low(j); meetingNouns[l] || multilateralWords[l] {
			gathering = true
			break
		}
	}
	if !gathering {
		return ""
	}
	for j := 1; j < c; j++ {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[j], "v_mis") {
			if p := f.low(j - 1); p == "в" || p == "у" {
				return e
			}
		}
	}
	return ""
}

// withPlacards reports whether the people coming at the verb at i bring
// placards or banners: з плакатами, із транспарантами, within its clause.
func (f *finder) withPlacards(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+8; j++ {
		if f.punctOrVerb(j) {
			return false
		}
		if !withPrep(f.low(j)) {
			continue
		}
		k := f.pastAdjs(j + 1)
		if k < len(f.toks) && placards[f.low(k)] {
			return true
		}
	}
	return false
}

// placards are what protesters carry.
var placards = map[string]bool{"плакат": true, "транспарант": true, "банер": true, "гасло": true}

// refusedWork reports whether an infinitive of work, right after a verb
// of refusal, stands at i or after an adverb: refusing to work, to come up
// from a mine or to start work is a strike (not refusing to leave a post
// or a coalition).
func (f *finder) refusedWork(i int) bool {
	if i < len(f.toks) && strings.HasPrefix(f.toks[i].Tag, "adv") {
		i++
	}
	if i >= len(f.toks) || !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	switch f.low(i) {
	case "працювати", "підніматися", "піднятися", "приступати", "приступити",
		// dockers refusing a ship: відмовляються розвантажувати судно
		"розвантажувати", "розвантажити", "завантажувати", "завантажити", "обслуговувати":
		return true
	}
	return false
}

// heldProtest reports whether the protest noun at i, in the nominative,
// is the subject of a verb of taking place right before it or after the
// genitives that complete it: "пройшла акція протесту фермерів", "Акція
// протесту шахтарів відбулася біля ОДА".
func (f *finder) heldProtest(i int) bool {
	if !hasCase(&f.toks[i], "v_naz") {
		return false
	}
	if i > 0 && takesPlace[f.verb(i-1)] {
		return true
	}
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		if takesPlace[f.verb(j)] {
			return true
		}
		if !hasCase(&f.toks[j], "v_rod") || !isNoun(&f.toks[j]) && !isAdj(&f.toks[j]) {
			return false
		}
	}
	return false
}

// gatheredToProtest reports whether the people who gathered at token i
// did so to protest: protesters by name (протестувальники, активісти
// зібралися), or a purpose of demanding or protesting after щоб
// ("зібралися біля посольства Росії, щоб вимагати звільнення полонених").
func (f *finder) gatheredToProtest(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if gatherers[f.low(j)] {
			return true
		}
		if f.toks[j].Kind == vistka.Punct {
			break
		}
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if gatherers[f.low(j)] && !isPrep(&f.toks[j-1]) {
			return true // "біля облради зібралися близько 300 активістів": the protesters after the verb
		}
		if l := f.low(j); f.toks[j].Kind == vistka.Punct || isPrep(&f.toks[j]) && l != "близько" && l != "понад" && l != "до" {
			break // (past a count: "близько 300", "понад сто")
		}
	}
	for j := i + 1; j+1 < len(f.toks) && j <= i+4; j++ {
		if f.low(j) == "на" && rallyNouns[f.low(j+1)] {
			return true // "зібралися на мітинг", "на акцію протесту"
		}
		if f.toks[j].Kind == vistka.Punct {
			break
		}
	}
	for j := i + 1; j+1 < len(f.toks) && j-i <= 15; j++ {
		if f.low(j) == "щоб" {
			switch f.verb(j + 1) {
			case "вимагати", "протестувати", "висловити", "закликати", "засудити", "підтримати":
				return true
			}
			return false
		}
		if f.toks[j].Text == "." {
			break
		}
	}
	return false
}

// protestAround reports whether the sentence after the finder's own
// tells a demand or a protest's people or force used on them, or the one
// before it names a protest: people gathered at a seat of power there
// protest ("десятки тисяч людей зібралися біля будівлі мерії. Поліція
// застосувала сльозогінний газ …", "… біля будівлі парламенту. Вони
// вимагали відставки уряду").
func (f *finder) protestAround() bool {
	for _, n := range []int{f.s + 1, f.s - 1} {
		if n < 0 || n >= len(f.a.Sentences) {
			continue
		}
		for _, t := range f.a.Sentences[n].Tokens {
			l := lower(&t)
			if n == f.s+1 && (l == "вимагати" || gatherers[l] || l == "сльозогінний" || l == "водомет") ||
				n == f.s-1 && (rallyNouns[l] || l == "акція") {
				return true
			}
		}
	}
	return false
}

// rallyNouns are what people gather for when they protest: зібралися на
// мітинг.
var rallyNouns = map[string]bool{"мітинг": true, "протест": true, "пікет": true, "демонстрація": true, "марш": true, "віче": true, "страйк": true}

// gatherers are the nouns for people who gather to protest.
var gatherers = map[string]bool{"протестувальник": true, "протестувальники": true, "мітингувальник": true,
	"мітингувальники": true, "демонстрант": true, "демонстранти": true, "активіст": true, "активісти": true, "пікетувальник": true}

// organisedBy returns who held the protest named by the noun at i, told
// by a passive participle of organising after it: "акції протесту,
// організовані Федерацією профспілок", "мітинг, влаштований активістами";
// "" when there is none.
func (f *finder) organisedBy(i int) string {
	for j := i + 1; j+1 < len(f.toks) && j <= i+4; j++ {
		if l := f.toks[j].Lemma; l != "організований" && l != "влаштований" && l != "проведений" || !strings.Contains(f.toks[j].Tag, "pasv") {
			if endsSentence(&f.toks[j]) {
				return ""
			}
			continue
		}
		k := j + 1
		for k < len(f.toks) && isAdj(&f.toks[k]) && hasCase(&f.toks[k], "v_oru") {
			k++
		}
		if k >= len(f.toks) || !hasCase(&f.toks[k], "v_oru") {
			return ""
		}
		if e := f.entityAt(k); e != "" {
			return e
		}
		// (the participle is no adjective of the holders)
		return strings.TrimPrefix(f.nounPhrase(k), f.toks[j].Text+" ")
	}
	return ""
}
