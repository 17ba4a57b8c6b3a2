package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// Acts of private and social life that the verbs of diplomacy also
// name: a guest invited to a festive occasion, a patient, a settler, a
// tourist, a child or laypeople who "visit" a town or a place, a view
// shared ("погодилися з цим"). The rules were found auditing a random
// sample of the events read from real regional press (BRUK texts of the
// 2010s).

// festivities are the festive or social gatherings one is invited to as a
// guest: "запросив гостей на свято", "на святкову лінійку були запрошені".
var festivities = map[string]bool{"свято": true, "святкування": true, "лінійка": true, "церемонія": true,
	"урочистість": true, "весілля": true, "вечір": true, "вечірка": true, "бал": true,
	"концерт": true, "фестиваль": true, "ярмарок": true, "вистава": true, "виставка": true, "прем'єра": true,
	"ювілей": true, "гостина": true, "застілля": true, "обід": true, "вечеря": true, "чаювання": true,
	"забава": true, "дискотека": true, "екскурсія": true, "майстер-клас": true, "день": true,
	// and a private treat or pastime: "запросив до танцю", "запрошував на
	// каву"
	"танець": true, "кава": true, "чай": true, "прогулянка": true}

// festiveMarks are the adjectives that make any gathering an occasion:
// "на святковий захід", "на урочисте зібрання".
var festiveMarks = map[string]bool{"святковий": true, "урочистий": true, "вітальний": true}

// festiveInvite reports whether the invitation verb (or participle) at i
// invites to an occasion, на or до and its noun in the clause before or
// after it ("запросив гостей на свято", "На святкову лінійку були
// запрошені такі гості", "молодят на церемонію запрошує працівник
// колонії"): a host's hospitality, nothing asked of a party. An invitation
// to visit, to talks, to a summit or into a working body, and one of a
// guest named or of an envoy ("запросив делегацію Варшави на День
// міста", "запросив лідерів країн на церемонію"), is left to the rules of
// REQUEST and COOPERATE.
func (f *finder) festiveInvite(i int) bool {
	occasion := func(j int) bool {
		if l := f.low(j); l != "на" && l != "до" {
			return false
		}
		for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
			t := &f.toks[k]
			if festiveMarks[f.low(k)] {
				return true
			}
			if strings.HasPrefix(t.Tag, "adj") || strings.HasPrefix(t.Tag, "numr") {
				continue
			}
			if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") && !hasCase(t, "v_rod") {
				return false
			}
			l := f.low(k)
			if l == "день" {
				// "на День знань", "на день народження", not "на другий день"
				return k+1 < len(f.toks) && (f.low(k+1) == "народження" || f.capitalised(k))
			}
			return festivities[l]
		}
		return false
	}
	stop := func(j int) bool {
		t := &f.toks[j]
		return t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" || strings.HasPrefix(t.Tag, "verb") && f.low(j) != "бути"
	}
	for j := i + 1; j < len(f.toks) && j <= i+6 && !stop(j); j++ {
		if f.entityAt(j) != "" || envoysMet[f.low(j)] {
			return false // "запросив делегацію Варшави на День міста": a guest of state
		}
	}
	return f.within(i, 10, 6, stop, occasion) || f.festiveWhich(i)
}

// festiveWhich reports whether the invitation verb at i opens a relative
// clause on a festive occasion: на or до and який right after a comma,
// adverbs or a subject maybe between it and the verb, and a festivity
// (or a gathering marked festive by an adjective) right before the comma ("влаштував святкову
// вечерю, на яку запросив найближчих друзів"). A summit or talks one is
// invited to ("саміт, на який запросила Зеленського") are no festivity.
func (f *finder) festiveWhich(i int) bool {
	for j := i - 1; j >= 3 && j >= i-4; j-- {
		if f.toks[j].Kind == vistka.Punct || isVerb(&f.toks[j]) {
			return false
		}
		if f.toks[j].Lemma != "який" {
			continue
		}
		if l := f.low(j - 1); l != "на" && l != "до" || f.toks[j-2].Text != "," {
			return false
		}
		n := j - 3
		if !isNoun(&f.toks[n]) || f.entityAt(n) != "" {
			return false
		}
		if festivities[f.low(n)] {
			return true
		}
		for a := n - 1; a >= 0 && strings.HasPrefix(f.toks[a].Tag, "adj"); a-- {
			if festiveMarks[f.low(a)] {
				return true // "на урочисте зібрання, на яке запросили"
			}
		}
		return false
	}
	return false
}

// everyone are the words of an invitation open to all: "запросив усіх
// зайти", "запрошує всіх бажаючих".
var everyone = map[string]bool{"усіх": true, "всіх": true, "кожного": true, "кожну": true, "бажаючих": true,
	"охочих": true, "кожен": true, "кожний": true}

// everyoneInvited reports whether the invitation verb at i invites all
// comers, its object right after it being усіх, всіх, кожного, бажаючих
// ("Очільник області запросив усіх зайти"), or the public of a book, a
// show or a place (one of audiences), past adjectives ("Автор запрошує читача до
// скарбниці поезії", "музей запрошує юних відвідувачів"): an open call,
// no request of anyone named.
func (f *finder) everyoneInvited(i int) bool {
	if i+1 < len(f.toks) && everyone[strings.ToLower(f.toks[i+1].Text)] {
		return true
	}
	j := f.pastAdjs(i + 1)
	return j < len(f.toks) && audiences[f.low(j)] && isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_zna")
}

// attendances are what one attends rather than visits: a doctor's
// consultation, a lesson, a show.
var attendances = map[string]bool{"консультація": true, "прийом": true, "урок": true, "заняття": true,
	"лекція": true, "концерт": true, "вистава": true, "спектакль": true, "екскурсія": true,
	"майстер-клас": true, "тренування": true, "курс": true, "богослужіння": true, "служба": true,
	"матч": true, "кінотеатр": true, "сеанс": true, "процедура": true}

// attended reports whether the object of відвідати at i, the first
// accusative noun after it, is a service or a show one attends
// ("відвідали консультацію невролога", "відвідав концерт"): a patient or
// a spectator, no visit.
func (f *finder) attended(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || isPrep(t) {
			return false
		}
		if strings.HasPrefix(t.Tag, "adj") {
			continue
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") {
			return attendances[f.low(j)]
		}
	}
	return false
}

// privatePurposes are what people come somewhere for in their own life:
// "приїжджатимуть на реабілітацію", "приїхав на заробітки".
var privatePurposes = map[string]bool{"реабілітація": true, "лікування": true, "відпочинок": true,
	"оздоровлення": true, "навчання": true, "заробіток": true, "канікули": true, "обстеження": true,
	"операція": true, "екскурсія": true, "гостина": true, "проживання": true, "пмж": true, "стажування": true}

// settlers are the gerunds and infinitives of settling down to work or
// study somewhere: "прибув до Криму, влаштувавшись працювати вантажником".
var settlers = map[string]bool{"влаштуватися": true, "оселитися": true, "поселитися": true, "працювати": true,
	"навчатися": true, "вчитися": true, "лікуватися": true, "жити": true}

// privateTrip reports whether the coming verb at i comes for one's own
// life, на and a purpose such as treatment, rest or study in its clause
// ("До Харкова на реабілітацію приїжджатимуть пацієнти"), or a gerund or
// an infinitive of settling to work or study right after its clause
// ("прибув до Криму, влаштувавшись працювати вантажником", "переїхав до
// Львова, щоб навчатися"): a patient, a tourist or a settler, no visit.
func (f *finder) privateTrip(i int) bool {
	purpose := func(j int) bool {
		return f.low(j) == "на" && j+1 < len(f.toks) && privatePurposes[f.low(j+1)] && hasCase(&f.toks[j+1], "v_zna")
	}
	if f.within(i, 6, 0, f.punctOrVerb, purpose) {
		return true
	}
	j := i + 1
	for ; j < len(f.toks) && j <= i+8 && !f.punctOrVerb(j); j++ {
		if purpose(j) {
			return true
		}
	}
	if j < len(f.toks) && f.toks[j].Text == "," {
		j++
		if j < len(f.toks) && (f.low(j) == "щоб" || f.low(j) == "аби") {
			j++
		}
		if j < len(f.toks) && settlers[f.verb(j)] &&
			(strings.Contains(f.toks[j].Tag, ":inf") || strings.HasPrefix(f.toks[j].Tag, "advp")) {
			return true
		}
	}
	return false
}

// withAuthor reports whether з, зі or із and a first-person pronoun stand
// in the clause right before the verb at i ("шахісти, думаю, зі мною
// погодяться", "з нами зустрівся мер"): the author is a party, as in
// "запросив мене".
func (f *finder) withAuthor(i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if strings.Contains(t.Tag, "pron:pers:1") && hasCase(t, "v_oru") {
			l := f.low(j - 1)
			return l == "з" || l == "зі" || l == "із"
		}
	}
	return false
}

// listedIntent reports whether the infinitive at i is joined, by a comma
// or і, та, й, to an earlier infinitive of its clause that an
// intention governs ("мав на меті стимулювати співпрацю, зміцнювати
// співпрацю", "має намір оскаржити рішення та подати позов"): each of the
// aims listed is only meant, as the first is.
func (f *finder) listedIntent(i int) bool {
	joined := false
	for j := i - 1; j >= 1 && j >= i-12; j-- {
		t := &f.toks[j]
		switch {
		case t.Text == "," || isAnd(t):
			joined = true
		case t.Kind == vistka.Punct:
			return false
		case finiteVerb(t):
			return false
		case strings.HasPrefix(t.Tag, "conj") || strings.Contains(t.Tag, "pron:rel"):
			return false // "…, що сприяє", "…, коли почала": a clause of its own
		case strings.Contains(t.Tag, ":inf") && joined:
			return intentions[f.low(j-1)] && !f.decided(j) && !f.statedPlan(j) && !f.voicedWill(j)
		}
	}
	return false
}

// byWhich reports whether the verb of helping at i opens a clause of чим
// after a comma ("помилився, чим допоміг суперникові", "…, чим і
// посприяв"): the help is what an act before it brought about, no aid
// given.
func (f *finder) byWhich(i int) bool {
	j := i - 1
	if j >= 0 && (f.low(j) == "і" || f.low(j) == "й" || f.low(j) == "ще" || f.low(j) == "лише" || f.low(j) == "тільки") {
		j--
	}
	return j >= 1 && strings.ToLower(f.toks[j].Text) == "чим" && f.toks[j-1].Text == ","
}

// greetedOn reports whether the one named r stands in the clause after
// the verb of greeting at at right after з, із or зі, past its adjectives
// ("привітав із Днем знань", "вітали з професійним святом"): the occasion
// greeted on, not whom.
func (f *finder) greetedOn(at int, r string) bool {
	for j := at + 1; j < len(f.toks) && j <= at+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if f.entityAt(j) != r {
			continue
		}
		k := f.beforeAdjs(j, at)
		l := f.low(k)
		return k > at && (l == "з" || l == "із" || l == "зі")
	}
	return false
}

// leisureCrowds are the people who fill a place at leisure: the tourists who
// "occupied" a fortress took no ground.
var leisureCrowds = map[string]bool{"турист": true, "відпочивальник": true, "відвідувач": true, "глядач": true,
	"покупець": true, "дачник": true, "курортник": true, "вболівальник": true, "уболівальник": true,
	"фанат": true, "шанувальник": true, "гість": true, "паломник": true, "екскурсант": true}

// crowdTook reports whether the one who occupies at i is a crowd at
// leisure, a noun of leisureCrowds in the nominative before the verb in its
// sentence, before який if the verb is in a relative clause ("Туристи,
// які 16 травня просто окупували фортецю", "відпочивальники окупували
// пляжі"): a figure of speech, no assault.
func (f *finder) crowdTook(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") {
			return leisureCrowds[f.low(j)]
		}
	}
	return false
}

// pactHeads are the last words of a pact's name: Харківська угода,
// Будапештський меморандум, and the plurals of a set of pacts named
// together (Харківські угоди, Мінські домовленості, Женевські конвенції).
var pactHeads = map[string]bool{"угода": true, "договір": true, "меморандум": true, "конвенція": true,
	"пакт": true, "домовленість": true, "домовленості": true, "хартія": true,
	"угоди": true, "договори": true, "меморандуми": true, "конвенції": true, "пакти": true, "хартії": true}

// pactName reports whether the one named r is a pact by its name's last
// word ("Підписуючи Харківську угоду", which the tagger may read as a
// place; "схвалив Угоду про асоціацію"), or by the pact word right after
// the name, an adjective, in the sentence ("підписали Мінські угоди",
// the name read as Мінські): the paper signed or approved, never a party
// to the act.
func (f *finder) pactName(r string) bool {
	n := f.ents.Name(r)
	if pactHeads[strings.ToLower(n[strings.LastIndexByte(n, ' ')+1:])] {
		return true
	}
	// a name the tagger cut before its pact word, an adjective: "Мінські"
	// of "Мінські угоди" (a party before the pact's noun, "підписав з
	// Україною угоду", is a noun)
	for j := 0; j+1 < len(f.toks); j++ {
		if f.entityAt(j) == r && f.entityAt(j+1) != r && strings.HasPrefix(f.toks[j].Tag, "adj") && pactHeads[f.low(j+1)] && isNoun(&f.toks[j+1]) {
			return true
		}
	}
	return false
}

// viewNouns are the words of an opinion one shares: "погодилися з цією
// думкою", "погодився з таким твердженням".
var viewNouns = map[string]bool{"думка": true, "теза": true, "твердження": true, "припущення": true,
	"міркування": true, "оцінка": true, "зауваження": true, "висловлювання": true}

// sharedView reports whether погодитися at i is followed by з, із or зі
// and a demonstrative pronoun (цим, тим) or a word of an opinion ("Люди
// одноголосно погодилися із цим", "погодився з цією думкою"): a view
// shared, no agreement between parties. Arguments, a position or a
// court's findings agreed with are left to the rules of SUPPORT.
func (f *finder) sharedView(i int) bool {
	j := i + 1
	if j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j++ // "погодилися одразу з цим"
	}
	if j+1 >= len(f.toks) {
		return false
	}
	if l := f.low(j); l != "з" && l != "із" && l != "зі" {
		return false
	}
	switch strings.ToLower(f.toks[j+1].Text) {
	case "цим", "тим", "цією", "тією", "такою", "таким", "цими", "такими":
		if j+2 >= len(f.toks) || !isNoun(&f.toks[j+2]) {
			return true // "погодилися із цим", "погодився з тим, що"
		}
		return viewNouns[f.low(j+2)]
	}
	return viewNouns[f.low(j+1)]
}

// childhoodWords are the words that set a trip in one's childhood: "ще
// малим побував", "дитиною приїжджав", "в дитинстві відвідав".
var childhoodWords = map[string]bool{"малим": true, "малою": true, "малими": true, "дитиною": true,
	"хлопчиком": true, "хлопчаком": true, "дівчинкою": true, "підлітком": true, "школярем": true,
	"школяркою": true, "змалку": true, "змалечку": true, "дитинстві": true, "юності": true}

// travelling are the gerunds of one's own journeys: "Подорожуючи з
// батьком, він завітав до Єлисаветграду".
var travelling = map[string]bool{"подорожувати": true, "мандрувати": true, "мандруватися": true,
	"кочувати": true, "блукати": true}

// childhoodTrip reports whether the coming verb at i is set in one's
// childhood by a word of its clause ("ще малим побував Кобзар і на
// Кіровоградщині", "в дитинстві відвідав Крим") or told of a journey by a
// gerund of travelling in its sentence before it ("Подорожуючи з
// батьком-чумаком, він завітав до Єлисаветграду"): a life's story, no
// visit.
func (f *finder) childhoodTrip(i int) bool {
	stop := func(j int) bool {
		t := &f.toks[j]
		return t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj")
	}
	for j := i - 1; j >= 0 && j >= i-4 && (f.toks[j].Text == "," || !stop(j)); j-- {
		if childhoodWords[strings.ToLower(f.toks[j].Text)] {
			return true
		}
	}
	for j := i + 1; j < len(f.toks) && j <= i+4 && !stop(j); j++ {
		if childhoodWords[strings.ToLower(f.toks[j].Text)] {
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if strings.HasPrefix(f.toks[j].Tag, "advp") && travelling[f.verb(j)] {
			return true
		}
		if f.toks[j].Kind == vistka.Punct && f.toks[j].Text != "," && f.toks[j].Text != "-" {
			return false
		}
	}
	return false
}

// tourists are the people who travel for leisure or devotion: their
// visits are trips, no diplomacy.
var tourists = map[string]bool{"турист": true, "туристка": true, "екскурсант": true, "паломник": true,
	"прочанин": true, "відпочивальник": true, "мандрівник": true, "мандрівниця": true}

// tours are the trips whose participants visit places: "Учасники туру
// мали змогу відвідати населені пункти Кіровоградщини".
var tours = map[string]bool{"тур": true, "екскурсія": true, "похід": true, "мандрівка": true, "подорож": true,
	"туристичний": true, "паломництво": true, "проща": true, "велопробіг": true, "автопробіг": true}

// touristsCame reports whether the subject of the coming or visiting verb
// at i, in its clause before it, is tourists, pilgrims or travellers, or
// the participants of a tour, an excursion or a hike ("Учасники туру мали
// змогу відвідати населені пункти", "Туристи відвідали фортецю"): a
// leisure trip, no visit of state.
func (f *finder) touristsCame(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," || strings.HasPrefix(t.Tag, "conj") || strings.Contains(t.Tag, "pron:rel") {
			return false
		}
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") {
			continue
		}
		l := f.low(j)
		if tourists[l] {
			return true
		}
		if (l == "учасник" || l == "учасниця") && j+1 < len(f.toks) && tours[f.low(j+1)] {
			return true
		}
	}
	return false
}

// laypeople are the nouns of people who go to a place for themselves, not
// for a body: "школярі відвідуватимуть басейн", "туристи відвідали
// музей" tell no visit to those in charge there.
var laypeople = map[string]bool{
	"школяр": true, "школярка": true, "учень": true, "учениця": true, "студент": true, "студентка": true,
	"дитина": true, "діти": true, "дітлахи": true, "малеча": true, "вихованець": true, "турист": true,
	"відвідувач": true, "екскурсант": true, "мешканець": true, "житель": true, "глядач": true,
}

// layVisit reports whether the visit of the verb at at is made by
// laypeople (see laypeople), its subject a plain noun of them before it.
func (f *finder) layVisit(at int, actors []string) bool {
	if len(actors) != 1 || entity.Index(actors[0]) >= 0 {
		return false
	}
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_naz") || f.countedLay(j)) && laypeople[t.Lemma] && strings.Contains(actors[0], t.Text) {
			return true
		}
	}
	return false
}

// countedLay reports whether the noun at j is in the genitive plural
// after a number that counts it: "Понад 10 тисяч туристів відвідали
// Кам'янець-Подільський", "Тисячі відвідувачів".
func (f *finder) countedLay(j int) bool {
	if j < 1 || !hasCase(&f.toks[j], "v_rod") || !plural(&f.toks[j]) {
		return false
	}
	p := &f.toks[j-1]
	return p.Kind == vistka.Number || strings.HasPrefix(p.Tag, "numr") || countNouns[f.low(j-1)]
}

// carriers are what comes with no one visiting: a train, a lorry, a ship,
// a cargo.
var carriers = map[string]bool{"вантаж": true, "ешелон": true, "конвой": true, "судно": true, "корабель": true,
	"пором": true, "паром": true, "гелікоптер": true, "вертоліт": true, "човен": true}

// vehicleCame reports whether the subject of the verb of arrival at at is
// a vehicle or a cargo, the first noun in the nominative before it in its
// clause past any names ("Потяг Київ – Варшава прибув до Перемишля",
// "Гуманітарний вантаж прибув до Херсона"): no one visits. A guest who
// came by train names it in the instrumental ("прибула до Києва
// потягом") and stays.
func (f *finder) vehicleCame(at int) bool {
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && !isDash(t) || finiteVerb(t) {
			return false
		}
		if f.entityAt(j) != "" || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") {
			continue
		}
		return vehicles[t.Lemma] || carriers[t.Lemma]
	}
	return false
}

// privateVerbs are the verbs of coming, of running into someone and of
// calling that tell a private life as readily as a visit of state:
// "приїхав до Парижа", "зустрів Софію на балу", "зателефонував братові".
// The formal arrival (прибути) and the meeting by appointment
// (зустрітися з) are the words of reports on officials, who may be
// named there with no title: they are left out.
var privateVerbs = map[string]bool{"приїхати": true, "приїжджати": true, "поїхати": true, "їхати": true,
	"переїхати": true, "зустріти": true, "зустрічати": true, "зателефонувати": true, "телефонувати": true,
	"подзвонити": true, "дзвонити": true}

// storyLength is the fewest sentences of a text that can show, by
// telling no political act before, that it tells a private life; a
// report of a line or two names its officials bare as often.
const storyLength = 3

// privateMeeting reports whether the CONSULT of a verb of coming, of
// running into someone or of calling (privateVerbs) passes only between
// private people in a story of private life: every side a person the
// document gives no title or role anywhere, or the town one comes to
// (privateSides); no body and no role named in the sentence; no act told
// before it with other sides; and a text of a few sentences at least
// (storyLength) ("Приїхавши до Відня, він говорив про свою працю",
// "Олександр Фредро зустрів Софію Скарбек", "Макар би зателефонував").
// PLOVER's consultations are those of political actors; a titled
// official's visit ("міністр Петренко прибув до Львова"), a meeting with
// one, and the visit of a dissident untitled in a story of a people's
// protest and its arrests stay.
func (f *finder) privateMeeting(ev vistka.Event, tr trig) bool {
	if ev.Type != "CONSULT" || tr.noun >= 0 || !privateVerbs[f.verb(tr.at)] || !f.privateSides(ev) {
		return false
	}
	if len(f.a.Sentences) < storyLength {
		return false // "Марія Петренко зателефонувала Петрові Іваненку." alone: no story to tell a life by
	}
	for j := range f.toks {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "ORG" || f.spanType(j) == "JOB" {
			return false // "зустрів представників ЮНІСЕФ", "зустрів мера": a body or a role at hand
		}
	}
	if slices.ContainsFunc(f.before, func(b vistka.Event) bool { return !f.privateSides(b) }) {
		return false // "влада відмовлялася … Григоренко приїжджав до Сімферополя": a political story
	}
	return true
}

// privateSides reports whether ev has an actor and every side of it is a
// person the document gives no title or role anywhere, or, for a visit,
// the town one comes to.
func (f *finder) privateSides(ev vistka.Event) bool {
	untitled := func(id string) bool {
		i := entity.Index(id)
		return i >= 0 && i < len(f.ents.Entities) && f.ents.Entities[i].Type == "PERS" && len(f.ents.Entities[i].Titles) == 0
	}
	town := func(id string) bool { return ev.Mode == "visit" && f.ents.Type(id) == "LOC" }
	return len(ev.Actors) > 0 && allOf(ev.Actors, untitled) && allOf(ev.Recipients, func(r string) bool { return untitled(r) || town(r) })
}

// allOf reports whether every id passes ok.
func allOf(ids []string, ok func(string) bool) bool {
	for _, id := range ids {
		if !ok(id) {
			return false
		}
	}
	return true
}

// strangers are the common nouns a story names a private person by: a
// girl, a young man, a guest, a passer-by.
var strangers = map[string]bool{"дівчина": true, "дівчинка": true, "хлопець": true, "хлопчик": true,
	"юнак": true, "жінка": true, "чоловік": true, "гість": true, "незнайомець": true, "незнайомка": true,
	"перехожий": true, "дитина": true}

// loneTypes are the events a private person's act to no one named is
// read as: a request, a refusal, a thanks.
var loneTypes = map[string]bool{"REQUEST": true, "REJECT": true, "SUPPORT": true}

// privateLone reports whether a request, a refusal or a thanks passes
// between a private person and no one named: one actor and no recipient,
// the actor named by a common noun alone, a stranger or kin, an
// adjective maybe before it ("Дівчина відмовилася від допомоги",
// "Нічний гість попросив відвезти його", "похвалила дівчинка"), or by a
// first name alone in a story (see firstNameOnly: "Іра посміхалася й
// дякувала"); or, for a request or a thanks, no actor and one such
// stranger for a recipient ("Хлопцеві пропонували залишитися"). A
// story's person, no event between parties. A request put to someone
// ("жінка попросила поліцію допомогти"), a person with a full name or a
// title, and a group ("мешканці вимагали …", "Жінці відмовили у
// виплаті": a refusal by a body unnamed) stay.
func (f *finder) privateLone(ev vistka.Event) bool {
	if !loneTypes[ev.Type] {
		return false
	}
	switch {
	case len(ev.Recipients) == 0 && len(ev.Actors) == 1:
		return privateNoun(ev.Actors[0]) || f.firstNameOnly(ev.Actors[0])
	case len(ev.Actors) == 0 && len(ev.Recipients) == 1 && ev.Type != "REJECT":
		return privateNoun(ev.Recipients[0])
	}
	return false
}

// privateNoun reports whether the side s is a phrase (not an entity) of
// at most two words whose last is a stranger's or kin's noun: "дівчина",
// "нічний гість".
func privateNoun(s string) bool {
	if entity.Index(s) >= 0 {
		return false
	}
	w := strings.Fields(scan.ToLower(s))
	return len(w) > 0 && len(w) <= 2 && (strangers[w[len(w)-1]] || kin[w[len(w)-1]])
}

// firstNameOnly reports whether the side id is a person the document
// names by a first name alone (one word, which the tagger reads as a
// first name where the sentence names it) and gives no title or role,
// in a story of a few sentences (storyLength) whose sentence names no
// body and no role: "Іра посміхалася й дякувала". News name an official
// in full or by surname.
func (f *finder) firstNameOnly(id string) bool {
	i := entity.Index(id)
	if i < 0 || i >= len(f.ents.Entities) || len(f.a.Sentences) < storyLength {
		return false
	}
	e := &f.ents.Entities[i]
	if e.Type != "PERS" || len(e.Titles) > 0 || strings.Contains(e.Name, " ") {
		return false
	}
	named := false
	for j := range f.toks {
		switch x := f.entityAt(j); {
		case x == id:
			named = named || strings.Contains(f.toks[j].Tag, ":fname")
		case x != "" && f.ents.Type(x) == "ORG", f.spanType(j) == "JOB":
			return false
		}
	}
	return named
}

// capitalised reports whether the word at n, not the first of its
// sentence nor after a quotation mark, begins with a capital letter: a
// common noun that opens a name ("Конференції з відновлення України").
func (f *finder) capitalised(n int) bool {
	if n < 1 || n >= len(f.toks) || f.toks[n-1].Kind == vistka.QuoteMark || f.toks[n-1].Kind == vistka.Punct && f.toks[n-1].Text != "," {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.toks[n].Text)
	return unicode.IsUpper(r)
}

// decided reports whether the infinitive at i follows "ухвалив рішення",
// "прийняв рішення": a decision taken by the subject, who does it (Уряд
// Литви ухвалив рішення закрити пункти пропуску), not one told of
// (подякувала за рішення передати літаки).
func (f *finder) decided(i int) bool {
	if i < 2 || f.low(i-1) != "рішення" {
		return false
	}
	switch f.verb(i - 2) {
	case "ухвалити", "прийняти", "ухвалювати", "приймати":
		return true
	}
	return false
}

// hostedAt are the words after до себе or on their own that put an
// invitation in one's home: "запросив до себе додому", "до себе на
// чай".
var hostedAt = map[string]bool{"додому": true, "хату": true, "оселю": true, "домівку": true}

// gigs are what a performer or a lecturer is invited to give, after з:
// "запрошували дует до себе з концертами", "запросив виступити з
// лекторієм".
var gigs = map[string]bool{"концерт": true, "гастроль": true, "вистава": true, "лекція": true,
	"лекторій": true, "майстер-клас": true, "спектакль": true, "програма": true}

// jobs are the infinitives and nouns of work one is invited to take
// up: "запросили викладати", "запросити лікаря на роботу", "запросив у
// компаньйони".
var jobs = map[string]bool{"викладати": true, "працювати": true, "робота": true, "служба": true,
	"посада": true, "компаньйон": true, "співпрацівник": true}

// hostedOrHired reports whether the invitation verb at i, in the words
// after it up to the clause's end (eight at most), invites one to one's
// home (додому, до себе додому), to give concerts or lectures (з
// концертами, з лекторієм) or to a job (викладати, працювати, на
// роботу, у компаньйони): hospitality, a booking or hiring, which the
// Guidelines leave out as they leave out appointments; no request
// between parties. A visit or talks named in the sentence keep it a
// guest of state ("запросив президента до себе з візитом").
func (f *finder) hostedOrHired(i int) bool {
	hit := false
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" {
			break
		}
		l := f.low(j)
		switch {
		case visitWords[l]:
			return false
		case hostedAt[strings.ToLower(t.Text)] && (l == "додому" || f.low(j-1) == "до" || f.low(j-1) == "у" || f.low(j-1) == "в"):
			hit = true
		case gigs[l] && isNoun(t) && hasCase(t, "v_oru") && (f.low(j-1) == "з" || f.low(j-1) == "із" || f.low(j-1) == "зі"):
			hit = true
		case jobs[l] && (strings.Contains(t.Tag, ":inf") || isNoun(t) && hasCase(t, "v_zna") && isPrep(&f.toks[j-1])) && !f.partyInvited(i):
			// "на роботу", "у компаньйони"; not "до роботи в коаліції",
			// a working body joined
			hit = true
		}
	}
	return hit && !f.sentenceHas(visitWords)
}

// partyInvited reports whether the one invited, the first noun in the
// accusative after the invitation verb at i (past its adjectives), is a
// party rather than someone to hire: a body or a place by its name, a
// body by a common noun (an inanimate one: компанії, бізнес), or
// investors ("запросив американські компанії працювати в Україні",
// "запросив Німеччину працювати разом", "запросив інвесторів працювати в
// Харкові"): they are asked to invest or take part, as "запросив Латвію
// долучитися до проєкту" asks, and nobody is hired.
func (f *finder) partyInvited(i int) bool {
	k := f.pastAdjs(i + 1)
	if k >= len(f.toks) || !isNoun(&f.toks[k]) || !hasCase(&f.toks[k], "v_zna") || strings.Contains(f.toks[k].Tag, "pron") {
		return false
	}
	if e := f.entityAt(k); e != "" {
		return f.ents.Type(e) != "PERS"
	}
	return !strings.Contains(f.toks[k].Tag, ":anim") || investors[f.low(k)]
}

// investors are the people whose work somewhere is an investment:
// "запросив інвесторів працювати в Харкові".
var investors = map[string]bool{"інвестор": true, "підприємець": true, "бізнесмен": true, "партнер": true}

// visitWords are the words of a visit or talks that make an invitation a
// guest of state's: "запросив до себе з візитом".
var visitWords = map[string]bool{"візит": true, "переговори": true, "зустріч": true, "саміт": true,
	"відвідати": true, "відвідування": true, "консультація": true}

// sentenceHas reports whether a word of the sentence has its lemma in
// set.
func (f *finder) sentenceHas(set map[string]bool) bool {
	for j := range f.toks {
		if set[f.low(j)] {
			return true
		}
	}
	return false
}

// thinkers are the people whose agreement is one of views: scholars,
// experts and critics.
var thinkers = map[string]bool{"експерт": true, "вчений": true, "учений": true, "науковець": true,
	"дослідник": true, "історик": true, "фахівець": true, "філософ": true, "психолог": true,
	"критик": true, "аналітик": true, "економіст": true, "мовознавець": true, "лікар": true,
	"спеціаліст": true, "теоретик": true, "богослов": true, "теолог": true, "літературознавець": true}

// viewAgreed reports whether дійти or доходити at i, with згода,
// консенсус or єдність right after it (past an adjective), is followed by
// a що-clause, straight or after щодо, стосовно, у or в and той ("дійшли
// повної згоди стосовно того, що …", "дійшли консенсусу, що …"), and its
// subject before it is a bare noun of thinkers ("Експерти дійшли повної
// згоди стосовно того, що заперечення — примітивний механізм"): a view
// shared among scholars, no agreement between parties. Sides that settle
// a matter ("Сторони дійшли згоди щодо того, що обмін відбудеться"), the
// sides' experts ("Експерти України та Польщі", "Фахівці обох сторін":
// no bare noun) and experts who agree on a text keep the agreement.
func (f *finder) viewAgreed(i int) bool {
	j := f.pastAdjs(i + 1)
	if j >= len(f.toks) {
		return false
	}
	if l := f.low(j); l != "згода" && l != "консенсус" && l != "єдність" {
		return false
	}
	k := j + 1
	if k < len(f.toks) {
		switch f.low(k) {
		case "щодо", "стосовно", "у", "в", "про":
			if k+1 < len(f.toks) && (f.low(k+1) == "той" || f.low(k+1) == "те") {
				k += 2
			}
		}
	}
	if k+1 >= len(f.toks) || f.toks[k].Text != "," || f.low(k+1) != "що" {
		return false
	}
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		t := &f.toks[b]
		if t.Kind == vistka.Punct || isVerb(t) || isAnd(t) {
			return false
		}
		if isNoun(t) && hasCase(t, "v_naz") {
			return thinkers[f.low(b)] && f.entityAt(b) == ""
		}
		if isNoun(t) || f.entityAt(b) != "" {
			return false // "Експерти України та Польщі", "Фахівці обох сторін": the sides' experts, no bare noun
		}
	}
	return false
}

// artists are the makers and performers whose joint work is their art:
// "композитор співпрацює з поетами".
var artists = map[string]bool{"композитор": true, "поет": true, "поетеса": true, "співак": true,
	"співачка": true, "музикант": true, "художник": true, "художниця": true, "режисер": true,
	"актор": true, "акторка": true, "актриса": true, "письменник": true, "письменниця": true,
	"скульптор": true, "фотограф": true, "хореограф": true, "диригент": true, "виконавець": true,
	"виконавиця": true, "піаніст": true, "скрипаль": true, "аранжувальник": true, "сценарист": true,
	"дизайнер": true, "ілюстратор": true, "перекладач": true, "літератор": true, "митець": true}

// artistsWork reports whether співпрацювати at i is told of art made
// together: its partner after з, із or зі within three words is an
// artist by a common noun ("композитор постійно співпрацює з
// українськими поетами"), and the sentence names no body or place: a
// song written, no cooperation between parties. A ministry or a town
// working with artists stays.
func (f *finder) artistsWork(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+3; j++ {
		if l := f.low(j); l != "з" && l != "із" && l != "зі" {
			continue
		}
		k := f.pastAdjs(j + 1)
		if k >= len(f.toks) || !isNoun(&f.toks[k]) || !artists[f.low(k)] || f.entityAt(k) != "" {
			return false
		}
		return !f.bodyOrPlaceNamed()
	}
	return false
}

// bodyOrPlaceNamed reports whether the sentence names a body or a place.
func (f *finder) bodyOrPlaceNamed() bool {
	for j := range f.toks {
		if e := f.entityAt(j); e != "" {
			if t := f.ents.Type(e); t == "ORG" || t == "LOC" {
				return true
			}
		}
	}
	return false
}

// fansAsk reports whether просити or попросити at i has for its subject,
// the nearest nominative noun before it in its clause, a bare noun of an
// audience (читачі, глядачі, шанувальники: see audiences) ("читачі
// просили поради", "шанувальники попросили співака заспівати ще"): a
// public's wish, no request between parties. An audience that asks an
// official or a body ("вболівальники попросили мера відремонтувати
// стадіон": see partyAsked) asks a party, as residents do.
func (f *finder) fansAsk(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if isNoun(t) && hasCase(t, "v_naz") {
			return audiences[f.low(j)] && f.entityAt(j) == "" && !f.partyAsked(i)
		}
	}
	return false
}

// partyAsked reports whether the one asked, the first noun in the
// accusative after the verb at i (past its adjectives), is a body by its
// name or someone by an office that is no artist's ("попросили мера",
// "попросили Львівську міськраду"; not "попросили співачку").
func (f *finder) partyAsked(i int) bool {
	k := f.pastAdjs(i + 1)
	if k >= len(f.toks) || !isNoun(&f.toks[k]) || !hasCase(&f.toks[k], "v_zna") {
		return false
	}
	if e := f.entityAt(k); e != "" {
		return f.ents.Type(e) == "ORG"
	}
	return f.spanType(k) == "JOB" && !artists[f.low(k)]
}
