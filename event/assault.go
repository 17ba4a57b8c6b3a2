package event

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// hostile reports whether an actor can attack: a country named in the
// text, or a phrase of armed forces or invaders (російські війська,
// окупанти, росіяни).
func (f *finder) hostile(a string) bool {
	if entity.Index(a) >= 0 {
		return f.ents.Type(a) == "LOC"
	}
	enemy, weapon := false, false // "російські дрони", "ворожа ракета"
	for _, w := range strings.Fields(scan.ToLower(a)) {
		if groups[w] || invaders[w] {
			return true
		}
		enemy = enemy || enemyWord(w)
		weapon = weapon || scan.HasAnyPrefix(w, "дрон", "ракет", "безпілотник", "шахед", "бпла", "снаряд", "бомб")
	}
	return enemy && weapon
}

// invaders are nouns for an attacking side.
var invaders = map[string]bool{"окупанти": true, "окупант": true, "росіяни": true, "росіянин": true, "ворог": true,
	"загарбники": true, "агресор": true, "рашисти": true, "бойовики": true, "терористи": true}

// front returns the direction of the front a sentence names before end,
// as "на Куп'янському напрямку": the place of the fighting told there, its
// entity or, when the entity tagger did not mark it, its name
// ("Куп'янський напрямок"). It returns "" when there is none.
func (f *finder) front(end int) string {
	for j := 2; j < end; j++ {
		t, adj := &f.toks[j], &f.toks[j-1]
		if f.low(j) != "напрямок" || !hasCase(t, "v_mis") || f.low(j-2) != "на" || !strings.HasPrefix(adj.Tag, "adj") {
			continue
		}
		if e := cmp.Or(f.entityAt(j), f.entityAt(j-1)); e != "" {
			if f.ents.Type(e) == "LOC" {
				return e
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(adj.Text)
		if !unicode.IsUpper(r) {
			continue // "на південному напрямку": no named front
		}
		l := lower(adj)
		_, n := utf8.DecodeRuneInString(l)
		return string(r) + l[n:] + " напрямок"
	}
	return ""
}

// townStruck returns the town the entity tagger took for a person that
// stands right after the verb of attack at at, past its instrument in
// the instrumental, in the nominative that an inanimate's accusative
// shares ("дрон атакував Марганець", "ворог обстріляв дронами
// Ізмаїл"): a person's accusative would differ (Марганця), so the word is
// the town struck. It returns "" otherwise.
func (f *finder) townStruck(at, end int) string {
	for j := at + 1; j < end && j <= at+3; j++ {
		t := &f.toks[j]
		e := f.entityAt(j)
		if e == "" && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_oru") {
			continue // "дронами"
		}
		if e != "" && f.entityAt(j+1) != e && hasCase(t, "v_naz") && f.townAsPerson([]string{e}) != "" {
			return e
		}
		return ""
	}
	return ""
}

// armedClash reports whether the clash at i is an armed one: "бойове
// зіткнення", "збройні зіткнення".
func (f *finder) armedClash(i int) bool {
	if i == 0 {
		return false
	}
	switch f.low(i - 1) {
	case "бойовий", "збройний", "військовий", "вогневий":
		return true
	}
	return false
}

// accusedOf returns whom a verb of accusing charges with the attack the
// noun at i names: "звинуватив Росію в умисному ударі по порту",
// "звинувачує окупантів в обстрілі Херсона" (the accused named, or told
// by an animate noun or a body, in the accusative right before в or у
// and the adjectives of the noun; the target after по or на, or a town
// in the genitive); "" when the noun is no such charge ("в ударах з
// метою …" names no target).
func (f *finder) accusedOf(i int) string {
	p := f.beforeAdjs(i, 0)
	if p < 2 || !hasCase(&f.toks[i], "v_mis") || f.low(p) != "в" && f.low(p) != "у" || !isPrep(&f.toks[p]) || !f.hitAfter(i) {
		return ""
	}
	a, v := f.entityAt(p-1), p-1
	switch {
	case a != "" && (hasCase(&f.toks[p-1], "v_zna") || strings.Contains(f.toks[p-1].Tag, ":nv")):
		for v > 0 && f.entityAt(v) == a {
			v--
		}
	case a == "" && isNoun(&f.toks[p-1]) && hasCase(&f.toks[p-1], "v_zna") && f.namedTarget(i):
		// "звинувачує окупантів", "звинуватили російських військових"
		// (a place named as the target: not "уряд у нападі на свободу
		// слова")
		a, v = f.nounPhrase(p-1), f.beforeAdjs(p-1, 0)
	default:
		return ""
	}
	switch f.verb(v) {
	case "звинуватити", "звинувачувати", "обвинуватити", "обвинувачувати":
		return a
	}
	return ""
}

// hitAfter reports whether the attack noun at i names what it hit right
// after it, past the weapons that tell what with ("атаці дронів на",
// "ударах ракетами по"): по or на, a town in the genitive ("обстрілі
// Херсона"), or a site or a part of the land in the genitive ("обстрілах
// українських портів", "обстрілі півдня країни").
func (f *finder) hitAfter(i int) bool {
	j := f.pastWeapons(i + 1)
	if j >= len(f.toks) {
		return false
	}
	if f.low(j) == "по" || f.low(j) == "на" {
		return f.hitThing(j + 1)
	}
	return f.townAfter(i) != "" || f.siteHit(j)
}

// hitThing reports whether the words at j, after по or на, name what a
// strike hits, within four words: a name ("на мережу МЗС"), a site or a
// place ("на енергетичну інфраструктуру", "на свою територію") or people
// ("на водія", "на цивільних"); not an idea ("на свободу слова", "на
// бізнес").
func (f *finder) hitThing(j int) bool {
	for k := j; k < len(f.toks) && k <= j+3 && f.toks[k].Kind != vistka.Punct; k++ {
		t := &f.toks[k]
		switch {
		case f.entityAt(k) != "":
			return true
		case isNoun(t) && (sites[f.low(k)] || placeWords[f.low(k)] || strings.Contains(t.Tag, ":anim")):
			return true
		case isAdj(t) && strings.Contains(t.Tag, ":p:") && (k+1 >= len(f.toks) || !isNoun(&f.toks[k+1]) && !isAdj(&f.toks[k+1])):
			return true // "на мирних": people by an adjective standing alone
		}
	}
	return false
}

// pastWeapons returns the first word at or after j that is no weapon in the
// genitive or the instrumental: "дронів", "ракетами", "ударними
// безпілотниками".
func (f *finder) pastWeapons(j int) int {
	for k := j; k < len(f.toks); k++ {
		t := &f.toks[k]
		switch {
		case isAdj(t) && f.entityAt(k) == "":
		case isNoun(t) && weapons[f.low(k)] && (hasCase(t, "v_rod") || hasCase(t, "v_oru")):
			j = k + 1
		default:
			return j
		}
	}
	return j
}

// siteHit reports whether the words at j, adjectives skipped, are a site a
// strike hits or a part of the land, in the genitive: "українських
// портів", "півдня країни".
func (f *finder) siteHit(j int) bool {
	for ; j < len(f.toks) && isAdj(&f.toks[j]) && f.entityAt(j) == ""; j++ {
	}
	if j >= len(f.toks) || f.entityAt(j) != "" || !isNoun(&f.toks[j]) || !hasCase(&f.toks[j], "v_rod") {
		return false
	}
	return sites[f.low(j)] || compass[f.low(j)]
}

// namedTarget reports whether the attack noun at i names a place as its
// target: a town in the genitive, a site or a part of the land in the
// genitive, or a place within three words after по or на ("по порту
// Одеси", "на Бєлгород").
func (f *finder) namedTarget(i int) bool {
	if f.townAfter(i) != "" || f.siteHit(f.pastWeapons(i+1)) {
		return true
	}
	for j := i + 2; j < len(f.toks) && j <= i+4 && f.toks[j].Kind != vistka.Punct; j++ {
		if e := f.entityAt(j); e != "" {
			return f.ents.Type(e) == "LOC"
		}
	}
	return false
}

// gangAhead reports whether the object right after the verb at i, past
// its adjectives, is a group of offenders or people: "викрили злочинну
// групу", "викрила шахраїв" (not "викрила схему", "викрили кол-центр").
func (f *finder) gangAhead(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "adj") && !strings.Contains(t.Tag, "pron") {
			continue
		}
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") || strings.Contains(t.Tag, "pron") {
			return false
		}
		return gangs[t.Lemma] || strings.Contains(t.Tag, ":anim")
	}
	return false
}

// gangs are the nouns for a group of offenders.
var gangs = map[string]bool{"група": true, "угруповання": true, "банда": true, "організація": true, "мережа": true}

// typeBefore reports whether an event of type typ was told before in the
// document or in this sentence.
func (f *finder) typeBefore(typ string, here []vistka.Event) bool {
	return slices.ContainsFunc(f.before, func(b vistka.Event) bool { return b.Type == typ }) ||
		slices.ContainsFunc(here, func(b vistka.Event) bool { return b.Type == typ })
}

// pronounClash returns the subject pronoun of the verb at at as written
// when it and an object pronoun of the same gender in the verb's clause
// would both stand for actor, the one person of that gender the text
// offers ("Він посміхнувся Андрію … і завжди підтримуватиме його": he
// and him are two people, and which one Андрій is the text leaves open);
// else "".
func (f *finder) pronounClash(at int, actor string) string {
	if f.ents.Type(actor) != "PERS" {
		return ""
	}
	v := at
	for range 8 {
		if w := f.afterThatClause(v); w >= 0 {
			v = w
			continue
		}
		if w := f.coordinatedVerb(v); w >= 0 {
			v = w
			continue
		}
		break
	}
	_, i := f.subject(v)
	if i < 0 || i >= at {
		return ""
	}
	t := &f.toks[i]
	g := gender(t)
	if !strings.Contains(t.Tag, "pron:pers:3") || !hasCase(t, "v_naz") || g == 0 {
		return ""
	}
	o := -1
	for j := at - 1; j > i && f.toks[j].Kind != vistka.Punct && !isVerb(&f.toks[j]); j-- {
		if objectPronoun(&f.toks[j], g) {
			o = j // "Він його підтримав"
		}
	}
	for j := at + 1; o < 0 && j < len(f.toks) && j <= at+3 && f.toks[j].Kind != vistka.Punct; j++ {
		if objectPronoun(&f.toks[j], g) {
			o = j
		}
	}
	if o < 0 || f.ents.RecentPerson(f.toks[o].RStart, f.s, g, nil) != actor {
		return "" // (another person for the object: "Петро зустрів Івана. Він привітав його")
	}
	if f.thingBefore(o, g) {
		return "" // його and її may stand for a thing: "Він отримав закон і підписав його"
	}
	return t.Text
}

// objectPronoun reports whether t is a singular personal pronoun of
// gender g in the accusative or dative: його, йому, її, їй.
func objectPronoun(t *vistka.Token, g byte) bool {
	return strings.Contains(t.Tag, "pron:pers:3") && gender(t) == g && !strings.Contains(t.Tag, ":p:") &&
		(hasCase(t, "v_zna") || hasCase(t, "v_dav"))
}

// weaponBefore reports whether a weapon is the subject of the verb at i:
// a noun of weapons in the nominative before it in its clause ("російський
// дрон влучив у будинок", "ракета влучила"). A masculine weapon the
// tagger reads as accusative, its form the nominative's, is the subject
// too when the past verb agrees with it and no preposition governs it:
// after a verb of speech ("Нагадаємо, 24 лютого російський дрон влучив
// у потяг") the tagger takes the noun for that verb's object, but what
// влучити hits follows у or в.
func (f *finder) weaponBefore(i int) bool {
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		t := &f.toks[j]
		if !weapons[lower(t)] {
			continue
		}
		if hasCase(t, "v_naz") {
			return true
		}
		return hasCase(t, "v_zna") && strings.Contains(t.Tag, ":inanim:m:") && strings.Contains(f.toks[i].Tag, ":past:m") && !f.governed(j)
	}
	return false
}

// governed reports whether the noun at j follows a preposition, past the
// adjectives before it: "у ворожий дрон".
func (f *finder) governed(j int) bool {
	for k := j - 1; k >= 0; k-- {
		switch tag := f.toks[k].Tag; {
		case strings.HasPrefix(tag, "adj"):
			continue
		case strings.HasPrefix(tag, "prep"):
			return true
		}
		return false
	}
	return false
}

// datedHit reports whether the hit told by the verb at i is dated in its
// own clause while the last attack told before it has no date, a habit
// ("куди армія РФ майже щодня скидає авіабомби. У Чугуєві, де в неділю
// ворожа ракета влучила в п'ятиповерхівку, …"): a strike of its own, not
// the detail of that attack. A dated hit a paragraph recalls
// ("Нагадаємо, 24 лютого російський дрон влучив у потяг") is a strike of
// its own whatever the attack before it: the story goes back to another
// day.
func (f *finder) datedHit(i int, here []vistka.Event) bool {
	dated := false
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.spanType(j) == "DATE" || weekdays[f.toks[j].Lemma] {
			dated = true
			break
		}
	}
	if !dated {
		return false
	}
	if background(f.toks) {
		return true
	}
	for _, evs := range [][]vistka.Event{here, f.before} {
		for k := len(evs) - 1; k >= 0; k-- {
			if evs[k].Type == "ASSAULT" {
				return evs[k].Date == ""
			}
		}
	}
	return false
}

// weaponAfter reports whether a weapon in the nominative follows the verb
// at i in its clause: "у будинок прилетіла ракета".
func (f *finder) weaponAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if t := &f.toks[j]; weapons[lower(t)] && hasCase(t, "v_naz") {
			return true
		}
	}
	return false
}

// sportsTarget reports whether the object right after the verb at i, past
// adjectives, is a goal or a ball: a match told in the words of war.
func (f *finder) sportsTarget(i int) bool {
	j := f.pastAdjs(i + 1)
	if j >= len(f.toks) {
		return false
	}
	switch f.low(j) {
	case "ворота", "м'яч", "кошик", "сітка":
		return true
	}
	return false
}

// matchLost reports whether the verb of yielding at i tells a match lost:
// a score (1:2) or a word of a match or a tournament follows in its clause
// ("поступився «Фіорентині» в Лізі конференцій", "поступилася у фіналі").
func (f *finder) matchLost(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if matchWords[f.low(j)] || isScore(t.Text) {
			return true
		}
		if j == i+1 && strings.Contains(t.Tag, ":v_dav") && strings.Contains(t.Tag, ":compc") {
			return true // "поступився сильнішому": lost to the better one
		}
		if rivals[f.low(j)] && hasCase(t, "v_dav") {
			return true // "Поступившись лише чемпіонові": lost to a rival
		}
	}
	return false
}

// matchMet reports whether the verb of meeting at i tells a match: its
// clause names a match or a round of a tournament after у or в ("У
// неділю у фіналі команди зустрілися", "у півфіналі львів'яни
// зустрілися з господарями турніру").
func (f *finder) matchMet(i int) bool {
	lo, hi := f.clauseBounds(i)
	for j := lo + 1; j <= hi; j++ {
		if !matchWords[f.low(j)] || !hasCase(&f.toks[j], "v_mis") {
			continue
		}
		k := f.beforeAdjs(j, lo) // "у стикових матчах"
		if p := f.low(k); p == "у" || p == "в" {
			return true
		}
	}
	return false
}

// playTold reports whether the sentence tells play on a pitch or in a
// ring and names no weapon: a minute of a match by its number (на 19-й
// хвилині), a round, a half, the penalty area, the ropes, a goal
// ("вінничани атакували лівим флангом, і Гнатюк завдав удару з-за меж
// штрафного майданчика", "у дев'ятому раунді … завдав удару лівим
// боковим").
func (f *finder) playTold() bool {
	play := false
	for j := range f.toks {
		l := f.low(j)
		if weapons[l] {
			return false
		}
		switch {
		case playWords[l]:
			play = true
		case l == "хвилина" && j > 0 && strings.Contains(f.toks[j-1].Tag, ":numr") && f.toks[j-1].Text[0] >= '0' && f.toks[j-1].Text[0] <= '9':
			play = true // "на 63-й хвилині"
		case l == "штрафний" && j+1 < len(f.toks) && f.low(j+1) == "майданчик",
			l == "компенсований" && j+1 < len(f.toks) && f.low(j+1) == "час",
			l == "ворота" && j > 0 && f.low(j-1) == "по",
			isScore(f.toks[j].Text) && j > 0 && f.low(j-1) == "рахунок":
			// "з рахунком 4:0" (not a time: "близько 14:00"), "удару по
			// воротах", "в компенсований час"
			play = true
		}
	}
	return play
}

// playWords name what only a match or a bout has, and the rival one
// plays against ("розгромила суперників").
var playWords = map[string]bool{"раунд": true, "тайм": true, "канат": true, "ринг": true, "рефері": true,
	"пенальті": true, "гол": true, "м'яч": true, "нокаут": true, "нокдаун": true, "суперник": true, "суперниця": true}

// wordsAsBlows reports whether the verb of attack at i strikes with words
// or papers, an instrumental of them in its clause ("атакували ректорат
// запитами", "атакує редакцію листами"): pressure, no attack.
func (f *finder) wordsAsBlows(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+5 && f.toks[j].Kind != vistka.Punct; j++ {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_oru") && wordsSent[f.low(j)] {
			return true
		}
	}
	return false
}

// wordsSent are what one writes or says to someone.
var wordsSent = map[string]bool{"запит": true, "лист": true, "питання": true, "скарга": true, "звернення": true,
	"дзвінок": true, "повідомлення": true, "критика": true, "коментар": true, "петиція": true, "запитання": true}

// isScore reports a score written as one word: 1:2, 0:0.
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, ":")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// matchWords name a match or a tournament.
var matchWords = map[string]bool{"матч": true, "рахунок": true, "тур": true, "фінал": true, "півфінал": true, "чвертьфінал": true,
	"ліга": true, "чемпіонат": true, "турнір": true, "кубок": true, "поєдинок": true, "гра": true, "сет": true, "плей-оф": true}

// launchedAt reports whether weapons are launched at a target by the verb
// at i: a noun of weapons and по before a place or a body in its clause
// ("випустили по Харкову понад 20 ударних дронів").
func (f *finder) launchedAt(i int) bool {
	weapon, target := false, false
	for j := i + 1; j < len(f.toks) && j <= i+9 && f.toks[j].Kind != vistka.Punct; j++ {
		weapon = weapon || weapons[f.low(j)]
		if f.low(j) == "по" && j+1 < len(f.toks) {
			if e := f.entityAt(j + 1); e != "" && (f.ents.Type(e) == "LOC" || f.ents.Type(e) == "ORG") || f.siteAt(j+1) {
				target = true
			}
		}
	}
	return weapon && target
}

// struckPlace reports whether the subject of the verb at i, in the
// nominative before or after it in its clause, is a place's name or a
// site a strike hits: "Під удар потрапив Харків", "під удар потрапив
// енергетичний об'єкт".
func (f *finder) struckPlace(i int) bool {
	lo, hi := f.clauseBounds(i)
	for j := lo; j <= hi; j++ {
		t := &f.toks[j]
		if !hasCase(t, "v_naz") {
			continue
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" || e == "" && strings.HasPrefix(t.Tag, "noun") && sites[f.low(j)] {
			return true
		}
	}
	return false
}

// strikeCounted reports whether the strike noun at i is counted by an
// ordinal after це, the predicate of a sentence that sums up ("Це вже
// третя атака на енергетичні об'єкти за тиждень", "це восьма атака на
// порт з початку року"): the attack told before, numbered in its series.
func (f *finder) strikeCounted(i int) bool {
	if i < 2 || !isAdj(&f.toks[i-1]) || !strings.Contains(f.toks[i-1].Tag, ":numr") {
		return false
	}
	for j := i - 2; j >= 0 && i-j <= 4; j-- {
		switch f.low(j) {
		case "це":
			return true
		case "вже", "уже", "лише", "щонайменше":
			continue
		}
		return false
	}
	return false
}

// struckSites are the sites of siteAt that name the thing hit, without
// the places a town's name says better (місто, село, район, центр,
// громада: the town is the target), and the vehicles a strike hits.
var struckSites = func() map[string]bool {
	m := map[string]bool{"тролейбус": true, "трамвай": true, "автобус": true, "маршрутка": true,
		"автомобіль": true, "потяг": true, "поїзд": true, "електричка": true, "локомотив": true,
		"судно": true, "танкер": true, "вантажівка": true, "база": true, "аеродром": true,
		// what a cyberattack hits: "кібератака на сервери «Укрзалізниці»"
		"сервер": true, "сайт": true}
	for w := range sites {
		switch w {
		case "місто", "село", "селище", "околиця", "район", "мікрорайон", "центр", "громада":
		default:
			m[w] = true
		}
	}
	return m
}()

// weapons are nouns for arms that stand as the subject of a strike for
// whoever launched them: дрони СБУ, ракети армії РФ.
var weapons = map[string]bool{"дрон": true, "безпілотник": true, "ракета": true, "бпла": true, "БпЛА": true,
	"снаряд": true, "бомба": true, "авіабомба": true, "шахед": true}

// attackersAfter returns who made the attacks the noun at i names, in the
// genitive after it: a name (атаки Росії), a country's forces (атак
// російських військ: Росія, when the text names it) or the phrase
// (атаки окупантів), or "".
func (f *finder) attackersAfter(i int) string {
	for k := i + 1; k < len(f.toks) && k <= i+3; k++ {
		t := &f.toks[k]
		if !hasCase(t, "v_rod") {
			return ""
		}
		if e := f.entityAt(k); e != "" {
			return e
		}
		if !strings.HasPrefix(t.Tag, "noun") {
			continue
		}
		if e := f.groupOf(k); e != "" {
			return e
		}
		if strings.Contains(t.Tag, ":anim") && !groups[lower(t)] {
			if plural(t) {
				// "атак російських окупантів": as written, with the
				// adjectives (the pipeline gives the nominative plural)
				return f.text(i+1, k+1)
			}
			return t.Lemma // атаки окупанта
		}
		return ""
	}
	return ""
}

// newTarget reports whether ev is a strike on a target no strike told
// before in the document was on: "завдали понад 400 ударів … внаслідок
// удару КАБом по Степногірську" tells a new strike, not the same again.
func (f *finder) newTarget(ev vistka.Event, out []vistka.Event) bool {
	if ev.Type != "ASSAULT" || len(ev.Recipients) == 0 {
		return false
	}
	for _, o := range append(slices.Clone(f.before), out...) {
		if o.Type == "ASSAULT" && shareAny(o.Recipients, ev.Recipients) {
			return false
		}
	}
	return true
}

// lastAttacker returns the actors of the last attack told before, in this
// sentence (here) or the ones before, or nil. Drones or missiles shot
// down are passed over: "Сили ППО знешкодили 32 ракети. Гутерріш засудив
// удар" condemns the strike, not the air defence.
func (f *finder) lastAttacker(here []vistka.Event) []string {
	for _, evs := range [][]vistka.Event{here, f.before} {
		for k := len(evs) - 1; k >= 0; k-- {
			if evs[k].Type == "ASSAULT" && len(evs[k].Actors) > 0 && !downingVerbs[firstWord(evs[k].Trigger)] {
				return slices.Clone(evs[k].Actors)
			}
		}
	}
	return nil
}

// downingVerbs are the lemmas of the verbs of air defence bringing down
// what flies at it: збити, знешкодити, подавити, перехопити.
var downingVerbs = map[string]bool{"збити": true, "знешкодити": true, "подавити": true, "перехопити": true}

// combatDuty reports whether the verb at i, lemma v, puts forces on combat
// duty: "заступив на бойове чергування", "поставили на бойове чергування"
// (a nurse's night duty is no бойове).
func (f *finder) combatDuty(i int, v string) bool {
	switch v {
	case "заступити", "заступати", "поставити", "ставити":
	default:
		return false
	}
	for k := i + 1; k+2 < len(f.toks) && k <= i+4; k++ {
		if f.low(k) == "на" {
			return f.low(k+1) == "бойовий" && f.low(k+2) == "чергування"
		}
	}
	return false
}

// warships are the vessels of a navy.
var warships = map[string]bool{"корвет": true, "фрегат": true, "есмінець": true, "крейсер": true, "авіаносець": true,
	"підводний": true, "ракетоносець": true}

// warshipIn returns the warship that the verb of entering at i tells
// entering waters, its subject in the clause ("у Фінську затоку увійшов
// російський корвет"), or -1 (a tanker or a ferry that enters a port is
// no show of force).
func (f *finder) warshipIn(i int) int {
	if !isVerb(&f.toks[i]) || strings.Contains(f.toks[i].Tag, ":inf") {
		return -1
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || isPrep(t) {
			break
		}
		if warships[f.low(j)] && hasCase(t, "v_naz") {
			return j
		}
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || isPrep(t) {
			break
		}
		if warships[f.low(j)] && hasCase(t, "v_naz") {
			return j
		}
	}
	return -1
}

// warshipOwner returns the country a warship at k belongs to, named by
// an adjective before it ("російський корвет"), or its fleet after it
// ("фрегат Чорноморського флоту"), or "".
func (f *finder) warshipOwner(k int) string {
	if c := f.adjCountry(k); c != "" {
		return c
	}
	for j := k + 1; j < len(f.toks) && j <= k+3; j++ {
		if f.low(j) == "флот" {
			return f.entityAt(j)
		}
	}
	return ""
}

// warplanes are the aircraft that are scrambled: "піднялися в повітря два
// винищувачі".
var warplanes = map[string]bool{"винищувач": true, "бомбардувальник": true, "перехоплювач": true, "авіація": true,
	"гелікоптер": true, "вертоліт": true, "штурмовик": true}

// aircraftUp returns the warplane that піднятися at i tells scrambled: "в
// повітря" next to it, and a warplane its subject in its clause ("над
// затокою піднялися в повітря два винищувачі Су-35"); a balloon or a
// price that rises is none (-1).
func (f *finder) aircraftUp(i int) int {
	air := false
	for _, j := range []int{i - 2, i + 1} {
		if j >= 0 && j+1 < len(f.toks) && (f.low(j) == "в" || f.low(j) == "у") && f.low(j+1) == "повітря" {
			air = true
		}
	}
	if !air {
		return -1
	}
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if warplanes[f.low(j)] && hasCase(t, "v_naz") {
			return j
		}
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if warplanes[f.low(j)] && hasCase(t, "v_naz") {
			return j
		}
	}
	return -1
}

// militaryWords name armed forces and their ships.
var militaryWords = map[string]bool{"флот": true, "війська": true, "військо": true, "контингент": true, "підрозділ": true,
	"військові": true, "есмінець": true, "фрегат": true, "корвет": true, "крейсер": true, "військовий": true}

// militaryBefore returns where the clause of the verb at i names armed
// forces before it: "два судна Чорноморського флоту залишили порт
// Тартус" (a ship with grain that leaves a port withdraws nothing: -1).
func (f *finder) militaryBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if t := &f.toks[k]; t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if militaryWords[f.low(k)] {
			return k
		}
	}
	return -1
}

// jointDrill reports whether the навчання at j are joint: "спільні
// (військові) навчання".
func (f *finder) jointDrill(j int) bool {
	return j > 0 && strings.HasPrefix(f.low(j-1), "спільн") || j > 1 && strings.HasPrefix(f.low(j-2), "спільн")
}

// staffDrill reports whether the навчання at j are command-staff
// exercises, a rehearsal of war by the staffs of the forces, joint or not:
// "спільні командно-штабні навчання".
func (f *finder) staffDrill(j int) bool {
	return j > 0 && strings.HasPrefix(f.low(j-1), "командно-штабн")
}

// armedBefore reports whether the clause of the verb at i names armed
// forces or invaders before it as its subject, by their noun
// (війська, окупанти, ворог, підрозділи) or as ЗСУ: "Російські війська
// залишили Херсон", "ЗСУ залишили Авдіївку" (not "Мільйони українців
// залишили Україну", people who left).
func (f *finder) armedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if l := f.low(k); t.Text == "ЗСУ" || (forces[l] || invaders[l] || militaryWords[l]) && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") {
			return true
		}
	}
	return false
}

// coordinatedVerb returns, for a finite verb at at right after і, й or
// та (or after them or ", а" and adverbials only), the finite verb of the same number and tense (or a past one before
// a present) before it in the sentence that it is joined to ("перетнули
// кордон … і вели вогонь", "передала докази і вимагає"), or -1.
func (f *finder) coordinatedVerb(at int) int {
	plural := func(tag string) bool { return strings.HasSuffix(tag, ":p") || strings.Contains(tag, ":p:") }
	finite := func(tag string) bool {
		return strings.HasPrefix(tag, "verb") && !strings.Contains(tag, ":inf") && !strings.Contains(tag, ":impers")
	}
	tense := func(tag string) bool { return strings.Contains(tag, ":past") }
	if at < 2 || !finite(f.toks[at].Tag) {
		return -1
	}
	c := at - 1
	if l := f.low(c); l != "і" && l != "й" && l != "та" {
		// (or past the adverbials after it: "…, а ввечері прибув до
		// Рима", "та на полях саміту провів зустріч")
		if c = f.joinedAfterAdverbials(at); c < 0 {
			return -1
		}
	}
	for j := c - 1; j >= 0; j-- {
		t := &f.toks[j]
		if finite(t.Tag) && f.inQuotedText(j) {
			continue // "тримали плакати «Ми хочемо дихати» і вимагали": a slogan's verb is no one's here
		}
		if t.Text == ";" || t.Text == ":" || strings.HasPrefix(t.Tag, "conj:subord") || strings.Contains(t.Tag, ":rel") ||
			slices.Contains([]string{"що", "який", "котрий", "де", "куди", "звідки", "коли"}, f.low(j)) {
			return -1 // "приїхали до села, де їх зустріли мешканці, і провели": another clause's verb
		}
		if finite(t.Tag) {
			if plural(t.Tag) != plural(f.toks[at].Tag) {
				return -1
			}
			if tense(t.Tag) != tense(f.toks[at].Tag) && !(tense(t.Tag) && strings.Contains(f.toks[at].Tag, ":pres")) {
				return -1
			}
			if c < at-1 && f.relativeVerb(j) {
				// "взяв участь у вечері, яку давав король, а також
				// зустрівся": past the adverbials, the verb of a relative
				// clause between is not the one joined
				return -1
			}
			// (a past verb may be joined by a present one: "Україна
			// передала ООН докази і вимагає допустити спостерігачів")
			return j
		}
	}
	return -1
}

// strikeTargetBefore returns the place or body struck, under по or на
// with the accusative, put before the light verb at at in its clause
// when the strike noun follows the verb ("По Харкову завдано удару", "На
// Одесу було здійснено атаку", "Росія по Херсону завдала удару"), or "".
func (f *finder) strikeTargetBefore(at int) string {
	for j := at - 1; j >= 0 && j >= at-8; j-- {
		t := &f.toks[j]
		if beAux(t) {
			continue
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return ""
		}
		e := f.entityAt(j)
		if e == "" || f.entityAt(j-1) == e && j > 0 {
			continue // (the name's first word tells its preposition)
		}
		if typ := f.ents.Type(e); typ != "LOC" && typ != "ORG" {
			continue
		}
		if p := f.governedBy(j); p == "по" || p == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis") {
			return e
		}
	}
	return ""
}

// weaponName reports whether the entity id names a weapon system by the
// abbreviation its name opens with: РСЗВ, ЗРК «Бук-М».
func (f *finder) weaponName(id string) bool {
	if entity.Index(id) < 0 {
		return false
	}
	w, _, _ := strings.Cut(f.ents.Name(id), " ")
	return weaponSystems[w]
}

// weaponSystems are the abbreviations of kinds of weapon systems.
var weaponSystems = map[string]bool{"РСЗВ": true, "ЗРК": true, "ПЗРК": true, "ПТРК": true, "ОТРК": true,
	"ЗРГК": true, "САУ": true, "РЕБ": true}

// struckPhrase reports whether the one recipient of the strike e is a site
// or a vehicle named by a common noun (промислове підприємство, енергетичні
// об'єкти): a thing, for which no pronoun of people hurt after it stands.
func struckPhrase(e vistka.Event) bool {
	if e.Type != "ASSAULT" || len(e.Recipients) != 1 {
		return false
	}
	for _, w := range strings.Fields(e.Recipients[0]) {
		r := []rune(w)
		// (the plural's ending for the singular's: об'єкти, будівлі, школи)
		stem := string(r[:len(r)-1])
		if struckSites[w] || struckSites[stem] || struckSites[stem+"я"] || struckSites[stem+"а"] {
			return true
		}
	}
	return false
}

// background reports whether the event noun at i of type typ stands in a
// phrase that tells it as the setting of what the sentence says: a strike
// as a cause ("внаслідок удару по Дніпру загинули"), protests in spite of
// which something was done ("попри протести опозиції").
func (f *finder) background(i int, typ string) bool {
	j := f.beforeAdjs(i, -1)
	if j < 0 {
		return false
	}
	w := f.low(j)
	if typ == "ASSAULT" && seriesWords[w] && j > 0 && hasCase(&f.toks[i], "v_rod") {
		w = f.low(j - 1) // "після серії російських ударів по …"
	}
	switch typ {
	case "ASSAULT":
		if w == "після" && hasCase(&f.toks[i], "v_rod") {
			// "газу бракує після російських ударів по об'єктах
			// видобутку": a strike told as what came before, its
			// attacker named by an adjective; or one strike, its
			// attacker named in the genitive after it ("після удару
			// Росії по Тернополю президент закликав")
			return f.attackerAdjective(i) || !f.repeatedStrike(i) && (f.attackersAfter(i) != "" || f.attackerArms(i))
		}
		if w == "через" && hasCase(&f.toks[i], "v_zna") {
			// "засідання скликали через масований удар Росії по
			// Києву": one strike told as the cause, its attacker named
			// (not "через постійні обстріли", a state of things)
			return !f.repeatedStrike(i) && (f.attackerAdjective(i) || f.attackersAfter(i) != "" || f.attackerArms(i))
		}
		return w == "внаслідок" || w == "унаслідок" || w == "результат" && j > 0 && (f.low(j-1) == "в" || f.low(j-1) == "у")
	case "PROTEST":
		return w == "попри" || w == "на" && j > 0 && f.low(j-1) == "незважаючи"
	}
	return false
}

// repeatedStrike reports whether the strike noun at i is told as one
// that recurs, by an adjective before it ("постійні обстріли",
// "регулярні атаки", "щоденних ударів") or an adverb of habit in its
// clause (see oftenBefore).
func (f *finder) repeatedStrike(i int) bool {
	for j := i - 1; j >= 0 && isAdj(&f.toks[j]); j-- {
		if scan.HasAnyPrefix(f.low(j), repeatedStems...) {
			return true
		}
	}
	return f.oftenBefore(i)
}

// repeatedStems open the adjectives of strikes that recur.
var repeatedStems = []string{"постійн", "регулярн", "систематичн", "щоденн", "щонічн", "безперервн", "нескінченн", "частих", "часті", "численн"}

// attackerAdjective reports whether an adjective of a country or an
// army stands right before the noun at i, among its adjectives:
// "російських ударів", "масованої російської атаки".
func (f *finder) attackerAdjective(i int) bool {
	for j := i - 1; j >= 0 && isAdj(&f.toks[j]); j-- {
		if f.attackerWord(j) {
			return true
		}
	}
	return false
}

// attackerWord reports whether the adjective at j is a country's or an
// enemy's: російських, ворожої, іранських.
func (f *finder) attackerWord(j int) bool {
	w := f.low(j)
	return enemyWord(w) || f.ents.CountryOf(w) != ""
}

// enemyWord reports whether the lower-case word w is an adjective of the
// attacking side: російських, ворожої.
func enemyWord(w string) bool {
	return strings.HasPrefix(w, "російськ") || strings.HasPrefix(w, "ворож")
}

// attackerArms reports whether arms of a country or an enemy, by their
// adjective, stand in the genitive right after the strike noun at i, one
// strike: "атаки російських ракет і дронів", "удару ворожого дрона"
// (not "удари російських дронів", strikes that recur).
func (f *finder) attackerArms(i int) bool {
	if plural(&f.toks[i]) {
		return false
	}
	named := false
	k := i + 1
	for ; k < len(f.toks) && k <= i+3 && isAdj(&f.toks[k]) && hasCase(&f.toks[k], "v_rod"); k++ {
		named = named || f.attackerWord(k)
	}
	return named && k < len(f.toks) && weapons[f.low(k)] && hasCase(&f.toks[k], "v_rod")
}

// attackerCountry returns the country of the document that an adjective
// among those right before the noun at i is derived from: "російських
// ударів" → Росія, when the text names it; or the one the adjective of
// the arms after it is: "удар російських ракет".
func (f *finder) attackerCountry(i int) []string {
	// "удар російських ракет по …": the country of the arms in the
	// genitive after the noun, by their adjective
	k := i + 1
	for k < len(f.toks) && isAdj(&f.toks[k]) && f.entityAt(k) == "" {
		k++
	}
	if k > i+1 && k < len(f.toks) && weapons[f.low(k)] && hasCase(&f.toks[k], "v_rod") {
		for j := i + 1; j < k; j++ {
			if c := cmp.Or(f.ents.CountryOf(f.low(j)), entity.CountryNamed(f.low(j))); c != "" {
				return []string{c}
			}
		}
	}
	for j := i - 1; j >= 0 && isAdj(&f.toks[j]); j-- {
		if c := f.ents.CountryOf(f.low(j)); c != "" {
			return []string{c}
		}
		if c := entity.CountryNamed(f.low(j)); c != "" && !f.oftenBefore(i) {
			// "після масованої російської атаки на …" in a text that
			// never names Russia (not the attacks of every so often:
			// "громади, які найчастіше залишаються без світла після
			// російських обстрілів")
			return []string{c}
		}
	}
	return nil
}

// nounAttacker returns the attacking side named by a common noun in the
// genitive right after the strike's noun, past the adjectives (удару
// росіян, атаки російських окупантів, обстрілу ворога): the attackers a
// war's news calls so (invaders), as the phrase the objects give; or "".
func (f *finder) nounAttacker(tr trig) string {
	j := tr.noun + 1
	j = f.pastAdjs(j)
	if j >= len(f.toks) || f.entityAt(j) != "" {
		return ""
	}
	t := &f.toks[j]
	w := f.low(j)
	if !isNoun(t) || !invaders[w] && !invaders[w+"и"] || !hasCase(t, "v_rod") {
		return ""
	}
	return f.objectPhrase(j, trig{at: tr.at, noun: -1, k: tr.k})
}

// oftenBefore reports whether an adverb of habit or frequency stands
// before the word at i in its clause: "найчастіше", "регулярно",
// "зазвичай", "як правило" (see habitAt).
func (f *finder) oftenBefore(i int) bool {
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.habitAt(j, true) {
			return true
		}
	}
	return false
}

// seriesWords count the gatherings named after them: низка зустрічей.
var seriesWords = map[string]bool{"низка": true, "серія": true, "ряд": true, "цикл": true, "кілька": true, "декілька": true, "раунд": true}

// kindOfActor reports whether the common noun r is the word for the kind
// of one of actors, standing right before the actor's quoted name in the
// sentence ("подарував фонд «Повернись живим»": the fund is the giver,
// not one given).
func (f *finder) kindOfActor(r string, actors []string) bool {
	if entity.Index(r) >= 0 || strings.Contains(r, " ") {
		return false
	}
	for j := 2; j < len(f.toks); j++ {
		if e := f.entityAt(j); e != "" && f.entityAt(j-1) == "" && isOpenQuote(f.toks[j-1].Text) && slices.Contains(actors, e) && f.low(j-2) == r {
			return true
		}
	}
	return false
}

// beasts are animals, pests and germs: never parties of an event.
var beasts = map[string]bool{
	"заєць": true, "слимак": true, "шкідник": true, "комаха": true, "вірус": true, "бактерія": true,
	"грибок": true, "кліщ": true, "комар": true, "сарана": true, "гусінь": true, "жук": true,
	"попелиця": true, "гризун": true, "миша": true, "щур": true, "пацюк": true, "собака": true,
	"пес": true, "кіт": true, "вовк": true, "ведмідь": true, "кабан": true, "лисиця": true,
	"шершень": true, "оса": true, "бджола": true, "змія": true, "акула": true, "тварина": true,
	"звір": true, "птах": true, "муха": true, "тарган": true, "саранча": true,
}

// beastAssault tells whether the attack verb at at has an animal, a pest or
// a germ for its subject ("шкідники атакують сади") or its object ("убила
// кількох зайців"), not inside a name.
func (f *finder) beastAssault(at, end int) bool {
	beast := func(k int) bool {
		t := &f.toks[k]
		return strings.HasPrefix(t.Tag, "noun") && beasts[f.low(k)] && f.entityAt(k) == ""
	}
	if _, k := f.subject(at); k >= 0 && k < len(f.toks) && beast(k) {
		return true
	}
	for k := at + 1; k < end && k < len(f.toks); k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			break
		}
		if strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") {
			return beast(k) && (hasCase(t, "v_zna") || hasCase(t, "v_rod"))
		}
	}
	return false
}
