package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// notUnanswered reports the set phrase of a threat at the verb at i: a
// future or a present "не залишиться без відповіді", "не залишимо це без
// відповіді", "не залишиться без належної відповіді", "не залишиться без
// наслідків для компаній" (a question that
// "залишилося без відповіді" went unanswered; nothing is threatened).
func (f *finder) notUnanswered(i int) bool {
	if i == 0 || f.low(i-1) != "не" || strings.Contains(f.toks[i].Tag, ":past") || strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if f.low(j) == "без" {
			for k := j + 1; k < len(f.toks) && k <= j+2; k++ {
				if l := f.low(k); l == "відповідь" || l == "наслідок" || l == "наслідки" {
					return true
				}
			}
			return false
		}
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
	}
	return false
}

// threatToldBy returns who voices, in a clause of "що", a threat whose
// clause has a thing for its subject: "У міністерстві оборони заявили, що
// збільшення військ «не залишиться без відповіді»" (the ministry), "Посол
// заявив, що такі дії не залишаться без відповіді" (the ambassador). It
// returns nil when no verb of saying stands before the clause.
func (f *finder) threatToldBy(at int) []string {
	k := at - 1
	for ; k >= 1 && at-k <= 12 && f.low(k) != "що"; k-- {
		if u := f.toks[k].Text; u == "." || u == ";" || u == ":" {
			return nil
		}
	}
	if !f.thatAfterComma(k) {
		return nil
	}
	m, who := f.toldBefore(k)
	if m < 0 || who != nil {
		return who
	}
	// "У міністерстві … назвали дії «провокацією» та заявили, що …":
	// the body that opens the sentence, past a verb joined before
	for j := m - 1; j >= 1 && m-j <= 12; j-- {
		if u := f.toks[j].Text; u == "." || u == ";" || u == ":" {
			break
		}
		if l := f.low(j - 1); (l == "у" || l == "в") && j-1 == 0 && isNoun(&f.toks[j]) && (hasCase(&f.toks[j], "v_mis") || strings.Contains(f.toks[j].Tag, ":nv")) {
			if e := f.entityAt(j); e != "" {
				return []string{e}
			}
			return []string{f.toks[j].Lemma}
		}
	}
	return nil
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

// quotedThreat reports a threat's set phrase at i quoted inside reported
// speech: "заявили, що збільшення військ «не залишиться без відповіді»".
// The mark opens after a word of the teller's clause, so the phrase is a
// fragment of indirect speech, not a direct quote whose events are the
// speaker's words only.
func (f *finder) quotedThreat(i int) bool {
	if !isVerb(&f.toks[i]) || !f.notUnanswered(i) {
		return false
	}
	for j := i - 1; j >= 1 && i-j <= 3; j-- {
		if f.toks[j].Kind == vistka.QuoteMark {
			return f.toks[j-1].Kind == vistka.Word
		}
	}
	return false
}

// contributed reports whether the infinitive at j pays a sum in: "погодився
// внести до фонду 300 млн доларів" (a donor's contribution; bail paid,
// "внести заставу", is none).
func (f *finder) contributed(j int) bool {
	if v := f.verb(j); v != "внести" && v != "вносити" {
		return false
	}
	sum := false
	for k := j + 1; k < len(f.toks) && k <= j+8 && f.toks[k].Kind != vistka.Punct; k++ {
		if l := f.low(k); l == "застава" || l == "відомості" || l == "зміна" || l == "зміни" || l == "пропозиція" {
			return false
		}
		if f.spanType(k) == "MON" || currencies[f.low(k)] {
			sum = true
		}
	}
	return sum
}

// sumBeforeAid reports whether a sum of money stands right before
// допомога in the genitive within nine words after the verb at i: "родини
// отримають від міста по 100 тисяч гривень допомоги".
func (f *finder) sumBeforeAid(i int) bool {
	for j := i + 2; j < len(f.toks) && j <= i+9; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) == "допомога" && hasCase(&f.toks[j], "v_rod") {
			return f.spanType(j-1) == "MON" || currencies[f.low(j-1)]
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

// measureTakers are the verbs one takes measures with.
var measureTakers = map[string]bool{"вжити": true, "ужити": true, "вживати": true, "ухвалити": true,
	"ухвалювати": true, "застосувати": true, "застосовувати": true, "запровадити": true}

// harshMeasures are the adjectives of measures that answer another side.
var harshMeasures = map[string]bool{"рішучий": true, "дзеркальний": true, "відповідний": true,
	"жорсткий": true, "адекватний": true, "асиметричний": true, "симетричний": true}

// measuresThreatened reports countermeasures still to come at the verb
// at i, lemma v: "Пекін ухвалить «рішучі заходи»", "Москва вживе
// дзеркальних заходів", "застосує заходи у відповідь" — a threat (the
// police who "вжили заходів" in the past took measures, none).
func (f *finder) measuresThreatened(i int, v string) bool {
	if !measureTakers[v] || strings.Contains(f.toks[i].Tag, ":past") {
		return false
	}
	harsh := false
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Kind != vistka.QuoteMark && t.Text != "«" && t.Text != "»" {
			return false
		}
		if strings.HasPrefix(t.Tag, "adj") && harshMeasures[f.low(j)] {
			harsh = true
		}
		if f.low(j) == "контрзахід" && strings.HasPrefix(t.Tag, "noun") {
			return true // "Пекін вживе контрзаходів": countermeasures need no adjective
		}
		if f.low(j) == "захід" && strings.HasPrefix(t.Tag, "noun") {
			return harsh || j+2 < len(f.toks) && f.low(j+1) == "у" && f.low(j+2) == "відповідь"
		}
	}
	return false
}

// answersInKind reports a response in kind still to come at the verb at
// i, lemma v: "Москва відповідатиме дзеркально", "відповість жорстко" —
// a threat, as countermeasures promised are (one who "відповів
// симетрично" in the past answered, none; "відповідати на запитання"
// has no manner of this kind).
//
// The manner may stand before the verb ("пообіцяв дзеркально
// відповісти"), and an answer to a hostile act needs none: "Мінськ
// відповість на будь-які провокації", "готові відповісти на нові мита".
func (f *finder) answersInKind(i int, v string) bool {
	if v != "відповісти" && v != "відповідати" || strings.Contains(f.toks[i].Tag, ":past") {
		return false
	}
	inKind := i > 0 && answerManners[f.low(i-1)]
	if m := i; strings.Contains(f.toks[i].Tag, ":inf") {
		if inKind {
			m = i - 1 // "пообіцяв дзеркально відповісти": the modal before the manner
		}
		if !f.modalBefore(m) {
			return false
		}
	}
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if answerManners[f.low(j)] {
			return true
		}
	}
	if inKind {
		return true
	}
	if i+1 >= len(f.toks) || f.low(i+1) != "на" {
		return false
	}
	j := f.nounPast(i+2, i+5, isAdj)
	return j >= 0 && hostileActs[f.low(j)]
}

// answerManners are the adverbs of an answer in kind.
var answerManners = map[string]bool{"дзеркально": true, "симетрично": true, "асиметрично": true, "жорстко": true,
	"рішуче": true, "адекватно": true}

// hostileActs are what one side promises to answer when it threatens:
// "відповість на будь-які провокації", "на агресію", "на нові мита" (not
// "на запитання", "на лист").
var hostileActs = map[string]bool{"провокація": true, "агресія": true, "напад": true, "удар": true, "атака": true,
	"санкція": true, "санкції": true, "мито": true, "ескалація": true,
	// and the other hostile acts of a state one retaliates against:
	// "відповість на розміщення ракет", "на висилку дипломатів", "на
	// нові обмеження"
	"розміщення": true, "висилка": true, "обстріл": true, "вторгнення": true, "блокада": true,
	"обмеження": true, "конфіскація": true, "погроза": true}

// answerPromised reports a harsh answer promised at the verb at i, lemma
// v: "У МЗС Росії пообіцяли «жорстку відповідь» на нові санкції", "обіцяє
// дзеркальну відповідь" — a threat, as countermeasures promised are (a
// promise of help is no threat, nor is an answer with no such adjective).
func (f *finder) answerPromised(i int, v string) bool {
	if v != "пообіцяти" && v != "обіцяти" && v != "попередити" && v != "попереджати" && v != "заявити" && v != "заявляти" {
		return false
	}
	if f.answerClause(i) {
		return true
	}
	if v != "пообіцяти" && v != "обіцяти" {
		return false
	}
	harsh := false
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" && t.Text != "\"" {
			return false
		}
		if strings.HasPrefix(t.Tag, "adj") && harshMeasures[f.low(j)] {
			harsh = true
		}
		if f.low(j) == "відповідь" && strings.HasPrefix(t.Tag, "noun") {
			return harsh
		}
		if f.low(j) == "контрзахід" && strings.HasPrefix(t.Tag, "noun") {
			return true // "пообіцяло «рішучі контрзаходи»": countermeasures promised
		}
	}
	return false
}

// answerClause reports whether the verb of promise or warning at i opens
// a clause of що whose subject is an answer that will come soon or be
// harsh: "пообіцяла, що «відповідь не забариться»", "попередив, що
// відповідь буде жорсткою" (a reply to a letter that "надійде завтра" is
// no threat).
func (f *finder) answerClause(i int) bool {
	if !f.commaThat(i, 2) {
		return false
	}
	j := i + 3
	if f.toks[j].Kind == vistka.QuoteMark || f.toks[j].Text == "«" {
		j++
	}
	for ; j < len(f.toks) && j <= i+5 && isAdj(&f.toks[j]); j++ {
	}
	if j+2 >= len(f.toks) || f.low(j) != "відповідь" || !hasCase(&f.toks[j], "v_naz") {
		return false
	}
	switch f.low(j + 1) {
	case "не":
		return f.low(j+2) == "забаритися" || f.low(j+2) == "забарюватися"
	case "бути":
		return harshMeasures[f.low(j+2)] || answerManners[f.low(j+2)]
	}
	return false
}

// warnedOfAnswer reports whether the verb of warning at i warns, with no
// one named, of an answer, sanctions or countermeasures: "Пекін попередив
// про «рішучу відповідь»", "попередили про санкції" (a warning of the
// consequences of bad weather is none).
func (f *finder) warnedOfAnswer(i int) bool {
	if i+2 >= len(f.toks) || f.low(i+1) != "про" {
		return false
	}
	for j := i + 2; j < len(f.toks) && j <= i+5; j++ {
		switch f.low(j) {
		case "відповідь":
			// (not "про відповідь на запит": a reply)
			return isNoun(&f.toks[j]) && (harshMeasures[f.low(j-1)] || f.low(j+1) != "на")
		case "санкції", "санкція", "контрзахід":
			return isNoun(&f.toks[j])
		}
		if t := &f.toks[j]; !strings.HasPrefix(t.Tag, "adj") && t.Kind != vistka.QuoteMark && t.Text != "«" {
			return false
		}
	}
	return false
}

// modalBefore reports a verb of ability, readiness, intention or promise
// right before the infinitive at i: "може відповісти", "готова
// відповісти", "має намір відповісти", "пообіцяв відповісти".
func (f *finder) modalBefore(i int) bool {
	if i == 0 {
		return false
	}
	switch f.low(i - 1) {
	case "могти", "змогти", "готовий", "намір", "мати", "збиратися", "планувати", "пообіцяти", "обіцяти", "пригрозити":
		return true
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

// units are the military units and hospitals goods are handed to.
var units = map[string]bool{"бригада": true, "батальйон": true, "полк": true, "підрозділ": true, "госпіталь": true, "дивізіон": true}

// unitGiven reports whether the verb передати at i hands something to a
// military unit or a hospital named in the dative right after it, with
// its number and adjectives: "волонтери передали 95-й окремій
// аеромобільній бригаді два позашляховики" gives aid.
func (f *finder) unitGiven(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		t := &f.toks[j]
		if units[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") {
			return true
		}
		if t.Kind == vistka.Punct || !(strings.HasPrefix(t.Tag, "adj") || t.Kind == vistka.Number || strings.HasPrefix(t.Tag, "numr")) {
			return false
		}
	}
	return false
}
