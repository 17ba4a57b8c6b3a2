package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// Aid (AID): what one side gives another, goods, services, money,
// care or relief, who gives it and who is given it, where the verbs of
// giving and helping leave them open.

// frameGiver returns the body or the country named in toks[lo:hi+1] as
// the one whose support brought about what the clause tells, the giver of
// what is received or arrives there: "завдяки підтримці USAID школа
// отримала ноутбуки", "за сприяння посольства Польщі до госпіталю
// надійшли два автомобілі", "за підтримки уряду Канади", "у межах
// програми ЮНІСЕФ", "коштом уряду Японії"; or "". A name inside quotes
// names the programme, not its giver ("у межах програми «Зерно з
// України»").
func (f *finder) frameGiver(lo, hi int) string {
	for j := lo; j < hi; j++ {
		k := -1
		// the support noun may bear adjectives of its kind: "за
		// фінансової підтримки уряду Японії", "завдяки матеріальній
		// допомозі мецената", "у межах гуманітарної програми ЮНІСЕФ"
		n := min(f.pastAdjs(j+1), hi)
		switch l := f.low(j); {
		case l == "завдяки":
			k = j + 1
			if supportNouns[f.low(n)] {
				k = n + 1 // "завдяки підтримці USAID"
			}
		case l == "за" && supportNouns[f.low(n)] && hasCase(&f.toks[n], "v_rod"):
			k = n + 1 // "за сприяння посольства", "за підтримки уряду"
		case (l == "у" || l == "в") && f.low(j+1) == "межа" && j+2 <= hi && schemeNouns[f.low(min(f.pastAdjs(j+2), hi))]:
			k = min(f.pastAdjs(j+2), hi) + 1 // "у межах програми USAID"
		case l == "кошт" && strings.EqualFold(f.toks[j].Text, "коштом"):
			k = j + 1 // "коштом уряду Японії"
		}
		if k < 0 {
			continue
		}
		for m := k; m <= hi && m <= k+3; m++ {
			t := &f.toks[m]
			if t.Kind == vistka.QuoteMark || t.Kind == vistka.Punct {
				break
			}
			if e := f.entityAt(m); e != "" {
				if typ := f.ents.Type(e); typ == "ORG" || typ == "LOC" {
					return e
				}
				break
			}
			if !hasCase(t, "v_rod") {
				break
			}
		}
	}
	return ""
}

// supportNouns are the nouns of the support a giver lends to what others
// get (see frameGiver).
var supportNouns = map[string]bool{
	"підтримка": true, "сприяння": true, "допомога": true, "фінансування": true, "зусилля": true,
	"співфінансування": true, "партнерство": true,
}

// schemeNouns are the nouns of the schemes a giver runs (see frameGiver).
var schemeNouns = map[string]bool{"програма": true, "проєкт": true, "проект": true, "ініціатива": true}

// goodsArrived reports whether the clause lo..hi of a verb of arriving
// names goods given, by a noun of materiel or a count of things in the
// nominative: "надійшли два генератори", "надійшов реанімобіль".
func (f *finder) goodsArrived(lo, hi int) bool {
	for j := lo; j <= hi; j++ {
		t := &f.toks[j]
		if f.countedThing(j) && (j == 0 || !isPrep(&f.toks[j-1])) {
			return true
		}
		if materiel[f.low(j)] && isNoun(t) && hasCase(t, "v_naz") && f.low(j) != "кошти" && f.entityAt(j) == "" {
			return true
		}
	}
	return false
}

// freeService reports whether the verb at i tells work done free of
// charge for others: a word of "free" next to it and, after it in its
// clause, people or a body it is done for, in the dative or (people) in
// the accusative: "комунальники безкоштовно замінюють вікна мешканцям",
// "лікарі безоплатно оглянули 300 переселенців". The verbs of giving and
// receiving have rules of their own (givenFree, the receipt rules); a
// reflexive verb tells what the subject gets or does for itself
// ("можуть безкоштовно скористатися"), and one with no one it is done for
// tells the subject's own use ("пенсіонери безкоштовно їздять"); an
// infinitive may be refused ("водії відмовляються безкоштовно перевозити
// пільговиків").
func (f *finder) freeService(i int) bool {
	t := &f.toks[i]
	v := f.verb(i)
	if !finiteVerb(t) || gives[v] || receives[v] || scan.HasAnySuffix(f.low(i), "ся", "сь") {
		return false
	}
	free := false
	for j := max(i-2, 0); j < len(f.toks) && j <= i+2; j++ {
		if l := f.low(j); l == "безкоштовно" || l == "безоплатно" || l == "безплатно" {
			free = true
		}
	}
	if !free {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		u := &f.toks[j]
		if u.Kind == vistka.Punct || j > i+1 && isVerb(u) {
			return false
		}
		if !isNoun(u) || strings.Contains(u.Tag, "pron") || isPrep(&f.toks[j-1]) {
			continue
		}
		anim := strings.Contains(u.Tag, ":anim")
		counted := j > 0 && (f.toks[j-1].Kind == vistka.Number || strings.HasPrefix(f.toks[j-1].Tag, "numr"))
		if hasCase(u, "v_dav") && (anim || f.dativeBody(j)) || anim && plural(u) && (hasCase(u, "v_zna") || counted && hasCase(u, "v_rod")) {
			return true
		}
	}
	return false
}

// bloodGiven reports whether the verb здати or здавати at i gives blood,
// named right after it or right before it past one word ("студенти
// здали кров для поранених", "кров для поранених здали студенти"):
// donors' help to the wounded, which the gold sets read as aid.
func (f *finder) bloodGiven(i int) bool {
	for j := max(i-3, 0); j < len(f.toks) && j <= i+2; j++ {
		if j != i && f.low(j) == "кров" && isNoun(&f.toks[j]) && !f.punctIn(min(i, j), max(i, j)) {
			return true
		}
	}
	return false
}

// punctIn reports whether a punctuation mark stands among toks[from:to].
func (f *finder) punctIn(from, to int) bool {
	for j := max(from, 0); j < to && j < len(f.toks); j++ {
		if f.toks[j].Kind == vistka.Punct {
			return true
		}
	}
	return false
}

// fundsRaised reports whether the verb зібрати or збирати at i raises
// money for others: a sum after it in its clause and whom it is for, after
// для or in "на потреби", "на допомогу", "на підтримку" ("благодійники
// зібрали для військових 3 млн гривень", "зібрали 500 тисяч гривень на
// дрон для бригади"), or goods it buys ("зібрали 200 тисяч гривень на
// генератор"). What one gathers for oneself ("зібрали урожай") has no sum.
func (f *finder) fundsRaised(i int) bool {
	sum, goods := false, false
	for j := i + 1; j < len(f.toks) && j <= i+10 && !f.punctOrVerb(j); j++ {
		t := &f.toks[j]
		if f.spanType(j) == "MON" || currencies[f.low(j)] {
			sum = true
		}
		if f.low(j-1) == "на" && (materiel[f.low(j)] || supplies[f.low(j)]) && isNoun(t) {
			goods = true
		}
		if f.low(j-1) == "для" && strings.HasPrefix(t.Tag, "adj:p") && hasCase(t, "v_rod") && (j+1 >= len(f.toks) || !isNoun(&f.toks[j+1])) {
			goods = true // "для військових", "для поранених": people named by a plural adjective
		}
	}
	return sum && (goods || len(f.beneficiary(i)) > 0 || len(f.aidPurpose(i)) > 0)
}

// aidProgramme reports whether the verb at i launches, widens or
// continues a programme of help, its noun after the verb in its clause
// with a genitive of help after its adjectives: "розширює програму
// грошової допомоги для переселенців", "запустив програму підтримки
// ветеранів". A programme of works ("програму ремонту доріг") is none.
func (f *finder) aidProgramme(i int) bool {
	if !programmeVerbs[f.verb(i)] {
		return false
	}
	for j := i + 1; j+1 < len(f.toks) && j <= i+4 && !f.punctOrVerb(j); j++ {
		t := &f.toks[j]
		if f.low(j) != "програма" || !isNoun(t) {
			continue
		}
		k := j + 1
		for k < len(f.toks) && k <= j+3 && isAdj(&f.toks[k]) {
			k++ // "програму багатоцільової грошової допомоги"
		}
		return k < len(f.toks) && helpNouns[f.low(k)] && hasCase(&f.toks[k], "v_rod")
	}
	return false
}

// programmeVerbs are the verbs of launching, widening or continuing a
// programme (see aidProgramme).
var programmeVerbs = map[string]bool{
	"запустити": true, "запускати": true, "розширити": true, "розширювати": true,
	"започаткувати": true, "започатковувати": true, "продовжити": true, "продовжувати": true,
}

// helpNouns are the nouns of help a programme gives (see aidProgramme).
var helpNouns = map[string]bool{
	"допомога": true, "підтримка": true, "компенсація": true, "виплата": true, "грант": true, "відшкодування": true,
}

// servicesGiven reports whether the verb надати or надавати at i gives a
// service of help, one of serviceNouns after it in its clause, to people
// or a community in the dative: "юристи надали понад 5 тисяч
// консультацій переселенцям", "надають притулок родинам". A service given
// a firm is trade, and a service named after another object is its topic
// ("надав пацієнтові рекомендації щодо лікування"); a home ("надати житло суддям") is as often promised as
// given, and is left to the rules of goods.
func (f *finder) servicesGiven(i int) bool {
	service, people := false, false
	for j := i + 1; j < len(f.toks) && j <= i+8 && !f.punctOrVerb(j); j++ {
		t := &f.toks[j]
		if !isNoun(t) || strings.Contains(t.Tag, "pron") {
			continue
		}
		switch {
		case hasCase(t, "v_dav") && (strings.Contains(t.Tag, ":anim") || f.dativeBody(j) && !firmNouns[f.low(j)]):
			people = true
		case serviceNouns[f.low(j)] && !isPrep(&f.toks[j-1]):
			service = true
		case !service && !scaleWords[f.low(j)] && !scaleWords[scan.ToLower(t.Text)]:
			return false // another object first: "надав пацієнтові рекомендації щодо лікування"
		}
	}
	return service && people
}

// serviceNouns are the nouns of services of help (see servicesGiven).
var serviceNouns = map[string]bool{
	"консультація": true, "притулок": true, "прихисток": true, "лікування": true, "реабілітація": true,
}

// contribution reports whether the verb внести or вносити at i pays a
// sum in, named right after it past a word or two ("держави-учасниці
// внесли близько 10 млн євро") or after the fund it goes to ("внесла до
// трастового фонду 10 млн євро"): a contribution. Bail ("внесли заставу
// у 2 млн грн") and a change to a budget ("внесли зміни на 5 млн грн")
// name another object first.
func (f *finder) contribution(i int) bool {
	if i > 0 && (f.verb(i-1) == "погодитися" || f.verb(i-1) == "погоджуватися") {
		return false // "погодився внести до фонду 200 млн євро": the consent's rule reads it
	}
	for j := i + 1; j < len(f.toks) && j <= i+6 && !f.punctOrVerb(j); j++ {
		t := &f.toks[j]
		if f.spanType(j) == "MON" {
			return true
		}
		if l := f.low(j); l == "до" || l == "в" || l == "у" {
			k := f.pastAdjs(j + 1)
			if k < len(f.toks) && contributionFunds[f.low(k)] {
				j = k // "до трастового фонду"
				continue
			}
			return false
		}
		if isNoun(t) && f.entityAt(j) == "" && !scaleWords[f.low(j)] && !currencies[f.low(j)] {
			return false // "внесли заставу", "внесли зміни"
		}
	}
	return false
}

// contributionFunds are the nouns of the funds a contribution goes to.
var contributionFunds = map[string]bool{"фонд": true, "бюджет": true, "трибунал": true}

// providedWith reports whether the verb забезпечити or забезпечувати at
// i supplies goods, a noun of materiel or supplies in the instrumental,
// to people or a body in the accusative, in its clause after it:
// "церква забезпечить паливом амбулаторію", "громада забезпечила
// генераторами всі школи". Heat or power a plant supplies ("забезпечить
// теплом 20 будинків") and a duty ("забезпечити безпеку") are none.
func (f *finder) providedWith(i int) bool {
	goods, to := false, false
	for j := i + 1; j < len(f.toks) && j <= i+6 && !f.punctOrVerb(j); j++ {
		t := &f.toks[j]
		if !isNoun(t) || strings.Contains(t.Tag, "pron") || isPrep(&f.toks[j-1]) {
			continue
		}
		if l := f.low(j); hasCase(t, "v_oru") && (materiel[l] || supplies[l] || gifts[l] || providedGoods[l]) {
			goods = true
		} else if hasCase(t, "v_zna") && (strings.Contains(t.Tag, ":anim") || f.dativeBody(j) || f.entityAt(j) != "") {
			to = true
		}
	}
	return goods && to
}

// providedGoods are goods one is provided with besides materiel and
// supplies (see providedWith).
var providedGoods = map[string]bool{"житло": true, "дрова": true, "вугілля": true, "харчування": true, "вода": true}

// reliefShipped reports whether the verb of giving or delivering at i
// ships food under a programme of help or as humanitarian aid: a noun of
// food in its clause after it and "за програмою", "у межах програми" or
// "гуманітарний" in the clause ("Україна за програмою поставила понад
// 300 тис. тонн продовольства", "поставила до Ефіопії 25 тисяч тонн
// пшениці у межах гуманітарної програми"). Food sold ("поставила до
// Китаю 1 млн тонн кукурудзи") is trade.
func (f *finder) reliefShipped(i int) bool {
	lo, hi := f.clauseBounds(i)
	food, frame := false, false
	for j := lo; j <= hi; j++ {
		l := f.low(j)
		if j > i && foods[l] && isNoun(&f.toks[j]) {
			food = true
		}
		if l == "гуманітарний" || l == "програма" && j > lo && (f.low(j-1) == "за" || f.low(j-1) == "межа" || isAdj(&f.toks[j-1]) && j-1 > lo && f.low(j-2) == "межа") {
			frame = true
		}
	}
	return food && frame
}

// foods are the nouns of food shipped as relief (see reliefShipped).
var foods = map[string]bool{
	"продовольство": true, "пшениця": true, "зерно": true, "борошно": true, "продукти": true, "кукурудза": true,
	"олія": true, "крупа": true,
}

// aidNounOwner returns the giver named in the genitive right after a
// noun of aid received in toks[start:end], past the giver's adjectives:
// "громада отримала грант USAID", "отримала кредит Світового банку"; or
// "". A giver after від is giver's.
func (f *finder) aidNounOwner(start, end int) string {
	for j := start; j+1 < end; j++ {
		if !aidNouns[f.low(j)] || !isNoun(&f.toks[j]) {
			continue
		}
		k := f.pastAdjs(j + 1)
		if k >= end {
			return ""
		}
		if e := f.entityAt(k); e != "" && f.ents.Type(e) != "PERS" && (hasCase(&f.toks[k], "v_rod") || latinName(&f.toks[k]) || f.toks[k].Tag == "unclass" || strings.Contains(f.toks[k].Tag, "abbr")) {
			return e
		}
		return ""
	}
	return ""
}

// paidCare reports whether the verb оплатити or оплачувати at i pays for
// care or schooling of someone, a noun of careNouns after it in its
// clause: "фонд оплатив лікування пораненого бійця", "благодійники
// оплатили операцію для дитини", or a purchase for another named after
// для (purchaseFor): "Канада оплатила закупівлю газу для України". Bills
// and fines paid are none.
func (f *finder) paidCare(i int) bool {
	if v := f.verb(i); v != "оплатити" && v != "оплачувати" {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+4 && !f.punctOrVerb(j); j++ {
		t := &f.toks[j]
		if careNouns[f.low(j)] && isNoun(t) {
			return true
		}
		if purchaseNouns[f.low(j)] && isNoun(t) && f.purchaseFor(j) {
			return true
		}
	}
	return false
}

// purchaseNouns are the nouns of a purchase one may pay for on behalf of
// another (see purchaseFor).
var purchaseNouns = map[string]bool{"закупівля": true, "придбання": true, "постачання": true, "доставка": true}

// purchaseFor reports whether the purchase noun at j is followed in its
// clause by для and a name or a noun of people: "оплатила закупівлю газу
// для України". A firm's own purchase ("оплатила закупівлю сировини")
// names no one it is for.
func (f *finder) purchaseFor(j int) bool {
	for k := j + 1; k+1 < len(f.toks) && k <= j+6 && !f.punctOrVerb(k); k++ {
		if f.low(k) != "для" || !isPrep(&f.toks[k]) {
			continue
		}
		for m := k + 1; m < len(f.toks) && m <= k+3 && !f.punctOrVerb(m); m++ {
			if t := &f.toks[m]; f.entityAt(m) != "" || isNoun(t) && strings.Contains(t.Tag, ":anim") {
				return true
			}
		}
		return false
	}
	return false
}

// careNouns are the nouns of care paid for others (see paidCare).
var careNouns = map[string]bool{
	"лікування": true, "операція": true, "реабілітація": true, "протезування": true, "навчання": true,
	"оздоровлення": true, "обстеження": true,
}

// upkeepNouns are the nouns of keep and relief paid for others, which
// name a receiver only with the people after them (see caredFor): a
// funder may pay its own "проживання" too, so they make no aid alone.
var upkeepNouns = map[string]bool{
	"харчування": true, "проживання": true, "відпочинок": true, "утримання": true, "евакуація": true,
	"підтримка": true, "перевезення": true, "догляд": true,
}

// caredFor returns the people in the genitive after a noun of care or
// keep that the funding verb of tr pays for: "профінансував реабілітацію
// двохсот ветеранів", "оплатила навчання дітей загиблих захисників",
// "взяв на себе витрати на лікування поранених бійців". They receive the
// aid. A town or a building after the noun ("відбудову Ірпеня") is no
// one, nor are the giver's own people ("своїх працівників").
func (f *finder) caredFor(tr trig, end int) string {
	if !tr.verb || !f.fundsCare(tr) {
		return ""
	}
	for j := tr.at + 1; j < end && j <= tr.at+6 && !f.punctOrVerb(j); j++ {
		if l := f.low(j); (careNouns[l] || upkeepNouns[l]) && isNoun(&f.toks[j]) {
			return f.caredPeople(j+1, end)
		}
	}
	return ""
}

// fundsCare reports whether the trigger tr is a verb that pays for a work
// named after it: a funder, оплатити, a cost covered (компенсувати
// витрати), or витрати taken on.
func (f *finder) fundsCare(tr trig) bool {
	switch v := f.verb(tr.at); {
	case funders[v] && v != "співфінансувати", v == "оплатити", v == "оплачувати",
		v == "компенсувати", v == "компенсовувати", v == "відшкодувати", v == "відшкодовувати":
		return true
	case v == "взяти" || v == "брати":
		return tr.noun > tr.at && (f.low(tr.noun) == "витрати" || f.low(tr.noun) == "витрата")
	}
	return false
}

// caredPeople returns the people phrase in the genitive that begins at k,
// its number word and adjectives with it and a genitive of people after
// it ("дітей загиблих енергетиків"), or a person's name; "" for anything
// else.
func (f *finder) caredPeople(k, end int) string {
	m := k
	if m < end && (f.toks[m].Kind == vistka.Number || strings.Contains(f.toks[m].Tag, "numr")) {
		m++
	}
	for m < end && (isAdj(&f.toks[m]) || strings.Contains(f.toks[m].Tag, "adj")) {
		if l := f.toks[m].Lemma; l == "свій" || l == "власний" {
			return "" // "оплатила лікування своїх працівників": its own
		}
		m++
	}
	if m >= end {
		return ""
	}
	t := &f.toks[m]
	if e := f.entityAt(m); e != "" {
		if f.ents.Type(e) == "PERS" && hasCase(t, "v_rod") {
			return e
		}
		return ""
	}
	if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_rod") {
		return ""
	}
	hi := m
	if n := f.pastAdjs(m + 1); n < end {
		if u := &f.toks[n]; strings.HasPrefix(u.Tag, "noun:anim") && !strings.Contains(u.Tag, "pron") && hasCase(u, "v_rod") && f.entityAt(n) == "" {
			hi = n // "дітей загиблих захисників": whose children
		}
	}
	return f.text(k, hi+1)
}

// deviceNoun reports whether the common noun at j names a device or a
// vehicle by the ending of its lemma, goods given as materiel are: a
// machine that records or scans ("томограф", "ендоскоп"), one that works
// or heats ("стабілізатор", "дефібрилятор", "зволожувач"), a carrier
// ("сміттєвоз", "водовоз", "автовоз"), a car ("реанімобіль"); or one of
// the goods of relief listed in reliefGoods ("візок", "сітка", "намет").
func (f *finder) deviceNoun(j int) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun:inanim") || strings.Contains(t.Tag, "prop") || f.entityAt(j) != "" {
		return false
	}
	l := f.low(j)
	return reliefGoods[l] || scan.HasAnySuffix(l, "граф", "скоп", "атор", "ятор", "вач", "воз", "мобіль")
}

// reliefGoods are goods given as relief that no ending marks (see
// deviceNoun).
var reliefGoods = map[string]bool{
	"візок": true, "сітка": true, "намет": true, "ліжко": true, "матрац": true, "драбина": true,
	"автодрабина": true, "котел": true, "буржуйка": true, "павербанк": true, "старлінк": true,
}

// secondGiver returns, for aid received at at from the one giver
// actors names, another giver named after від later in the sentence,
// with the span of its phrase: "лікарня отримала від компанії Siemens
// томограф, а також ліки від фонду «Таблеточки»" tells two gifts. A
// phrase "від імені" names whom one acts for, not a giver; j is -1 when
// there is none.
func (f *finder) secondGiver(at int, actors, recipients []string) (g string, j, k int) {
	if len(actors) != 1 {
		return "", -1, -1
	}
	first := false
	for i := at + 1; i+1 < len(f.toks); i++ {
		if f.low(i) != "від" || !isPrep(&f.toks[i]) || f.low(i+1) == "ім'я" {
			continue
		}
		for m := i + 1; m < len(f.toks) && m <= i+4; m++ {
			e := f.entityAt(m)
			if e == "" {
				continue
			}
			switch {
			case e == actors[0]:
				first = true
			case first && !slices.Contains(recipients, e) && f.ents.Type(e) != "PERS":
				end := m
				for end+1 < len(f.toks) && f.entityAt(end+1) == e {
					end++
				}
				return e, i, end
			}
			break
		}
	}
	return "", -1, -1
}

// budgets are the common nouns of a purse that pays for aid a clause
// opens with: "Співфінансування проєкту забезпечить обласний бюджет".
var budgets = map[string]bool{"бюджет": true, "скарбниця": true}

// aidBodyAfter returns the body named by a common noun, with its
// adjectives and the genitives after it, that stands right after the
// light verb at at as its subject when the clause opens with the noun of
// aid it gives: a body that gives (donorBodies, actorNoun) or a budget, in
// the nominative (or an inanimate's accusative, its form) and of the
// verb's form ("Фінансування ремонту забезпечить
// міська рада", "Співфінансування проєкту забезпечить обласний бюджет").
// It returns "" when another word follows the verb.
func (f *finder) aidBodyAfter(at int) string {
	// (an inanimate noun's nominative reads as its accusative, which the
	// tagger may choose after a verb: "забезпечить обласний бюджет")
	nom := func(t *vistka.Token) bool {
		return hasCase(t, "v_naz") || hasCase(t, "v_zna") && (strings.Contains(t.Tag, "inanim") || strings.Contains(t.Tag, ":n:"))
	}
	lo := at + 1
	h := lo
	for h < len(f.toks) && isAdj(&f.toks[h]) && nom(&f.toks[h]) {
		h++
	}
	if h >= len(f.toks) || f.entityAt(h) != "" {
		return ""
	}
	t := &f.toks[h]
	if l := f.low(h); !isNoun(t) || strings.Contains(t.Tag, "pron") || !nom(t) || !sameForm(t, &f.toks[at]) ||
		!donorBodies[l] && !budgets[l] && !actorNoun(l) {
		return ""
	}
	hi := h + 1
	for hi < len(f.toks) && f.toks[hi].Kind != vistka.Punct && (hasCase(&f.toks[hi], "v_rod") || f.entityAt(hi) != "" && f.entityAt(hi) == f.entityAt(hi-1)) {
		hi++ // "міська рада Києва"
	}
	return f.text(lo, hi)
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
		if l := f.low(k); l == "застава" || l == "відомість" || l == "зміна" || l == "пропозиція" {
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

// volunteersSupport reports whether "надати / надавати підтримку" at the
// verb at, with its noun at n, is given by volunteers: what volunteers
// give a soldier or a family is help in goods and money, AID, not the
// endorsement SUPPORT stands for ("бійцю надавали підтримку волонтери").
func (f *finder) volunteersSupport(at, n int, actors []string) bool {
	if n < 0 || f.low(n) != "підтримка" {
		return false
	}
	if v := f.verb(at); v != "надати" && v != "надавати" {
		return false
	}
	for _, a := range actors {
		name := a
		if f.ents.Type(a) != "" {
			name = f.ents.Name(a)
		}
		if strings.HasPrefix(strings.ToLower(name), "волонтер") {
			return true
		}
	}
	return false
}

// givenFree reports whether the verb надати (or передати, to a state or a
// community) at i gives something free of charge (безкоштовно or безоплатно right beside it) to someone in the
// dative after it in its clause: "безкоштовно надаватиме юридичну
// консультацію тим громадам" is aid, whatever is given.
func (f *finder) givenFree(i int) bool {
	handed := false
	if v := f.verb(i); v != "надати" && v != "надавати" {
		// (a thing handed over free may be a gift to oneself's kin:
		// "безоплатно передав фірмі своєї родички"; to a state it is
		// aid: "безкоштовно передасть 25 тисяч тонн пшениці Ефіопії")
		if v != "передати" && v != "передавати" {
			return false
		}
		handed = true
	}
	free := false
	for _, j := range [...]int{i - 2, i - 1, i + 1, i + 2} {
		if j >= 0 && j < len(f.toks) && (f.low(j) == "безкоштовно" || f.low(j) == "безоплатно") {
			free = true
		}
	}
	if !free {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if handed {
			if e := f.entityAt(j); e != "" && isCountry(f.ents, e) && f.dativeForm(j) {
				return true
			}
			// (a thing handed over free is aid to a state or a
			// community, but may be a gift to one's kin: "безоплатно
			// передав фірмі своєї родички")
			if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && !strings.Contains(t.Tag, "pron") && (f.ents.Type(f.entityAt(j)) == "LOC" || f.dativeBody(j) && !firmNouns[f.low(j)]) {
				return true
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && !strings.Contains(t.Tag, "pron") {
			return true
		}
	}
	return false
}

// dativeForm reports whether the word at j may be a dative whatever case
// the tagger chose: it is read so, it does not decline, or its genitive
// has the dative's form (dativeAsGenitive: Ефіопії).
func (f *finder) dativeForm(j int) bool {
	t := &f.toks[j]
	if hasCase(t, "v_dav") || strings.Contains(t.Tag, ":nv") {
		return true
	}
	return f.dativeAsGenitive(j)
}

// firmNouns are the common nouns of firms among the bodies given things
// (see dativeBody).
var firmNouns = map[string]bool{"підприємство": true, "кооператив": true}

// worksOn are the nouns of works done on a place or a thing: rebuilding,
// repair, demining (see worksPurpose).
var worksOn = map[string]bool{"відбудова": true, "відновлення": true, "ремонт": true, "реконструкція": true,
	"будівництво": true, "розбудова": true, "розмінування": true, "модернізація": true, "відбудування": true}

// worksPurpose reports whether the name at i is the genitive object of a
// noun of works right under для ("обладнання для відбудови Ірпеня",
// "кошти на техніку для розмінування Харківщини"): the phrase tells the
// aid's purpose, the town or land worked on, not who receives it, unlike
// "для ЗСУ" or "для потреб громади".
func (f *finder) worksPurpose(i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		t := &f.toks[j]
		if !isNoun(t) && !isAdj(t) {
			return false
		}
		if isNoun(t) && worksOn[t.Lemma] && f.low(j-1) == "для" {
			return true
		}
	}
	return false
}

// wagesOf reports whether the noun of payment at n pays wages: the noun
// right after it past its adjectives, or after до past theirs, is a noun
// of pay (payOnly), its case not asked ("виплату зарплат", "виплату
// заробітної плати", "доплату до окладу": a noun right after the
// payment's is what is paid). An employer's pay to its staff is no aid.
// A bare плата with за after it is a fee (feeFor), not wages.
func (f *finder) wagesOf(n int) bool {
	j := f.pastAdjs(n + 1)
	if j+1 < len(f.toks) && f.low(j) == "до" {
		j = f.pastAdjs(j + 1)
	}
	return j < len(f.toks) && payOnly[f.low(j)] && isNoun(&f.toks[j]) && !f.feeFor(n+1, j)
}

// feeFor reports whether the noun of pay at j, its adjectives opening at
// start, is a fee for something: плата with no adjective before it and за
// right after ("компенсацію плати за навчання", "плати за комунальні
// послуги"); a payment compensating a fee is aid, while "заробітної плати
// за березень" is still wages.
func (f *finder) feeFor(start, j int) bool {
	return f.low(j) == "плата" && start == j && j+1 < len(f.toks) && f.low(j+1) == "за"
}

// payOnly are the nouns of an employee's pay (see wagesOf).
var payOnly = map[string]bool{
	"зарплата": true, "зарплатня": true, "оклад": true, "премія": true, "платня": true, "плата": true,
}

// thousandsGiven returns where the count opens when the plural noun at i,
// in the genitive past its adjectives, is counted by a noun of thousands
// (see counted) in the dative at k after a number, and they are given
// aid: "здійснило виплати 40 тисячам переселенців", "призначив субсидії
// 300 тисячам домогосподарств" (households and families are inanimate
// in the lexicon, so any noun counts); else -1.
func (f *finder) thousandsGiven(i, k int, tr trig) int {
	t := &f.toks[i]
	if tr.k.typ != "AID" || k < 1 || !counted[f.low(k)] || !hasCase(&f.toks[k], "v_dav") || f.toks[k-1].Kind != vistka.Number ||
		!strings.HasPrefix(t.Tag, "noun") || !plural(t) || !hasCase(t, "v_rod") || strings.Contains(t.Tag, "pron") || !f.inObject(tr, k-1) {
		return -1
	}
	return k - 1
}

// thousandsText renders the people counted from k to i, with a noun of
// thousands in the dative put in the nominative the number takes, as the
// Guidelines name a counted phrase ("40 тисячам переселенців": 40 тисяч
// переселенців; "2 тисячам родин": 2 тисячі родин); any other count as
// the text says.
func (f *finder) thousandsText(k, i int) string {
	if k+1 >= i || f.low(k+1) != "тисяча" || !hasCase(&f.toks[k+1], "v_dav") {
		return f.text(k, i+1)
	}
	n := f.toks[k].Text
	end := i + 1
	if end < len(f.toks) && f.entityAt(end) != "" && hasCase(&f.toks[end], "v_rod") {
		end = f.nameEnd(end) // "12 тисячам мешканців Херсонщини": whose people
	}
	return n + " " + thousandAfter(n) + " " + f.text(k+2, end)
}

// thousandAfter returns the form of тисяча that the number n, written in
// digits, takes in the nominative: тисяча after 1, тисячі after 2–4 and
// after a fraction ("1,5 тисячі"), тисяч after the rest and 11–14.
func thousandAfter(n string) string {
	if strings.ContainsAny(n, ",.") {
		return "тисячі"
	}
	if strings.HasSuffix(n, "11") || strings.HasSuffix(n, "12") || strings.HasSuffix(n, "13") || strings.HasSuffix(n, "14") {
		return "тисяч"
	}
	switch n[len(n)-1] {
	case '1':
		return "тисяча"
	case '2', '3', '4':
		return "тисячі"
	}
	return "тисяч"
}

// shelterAdjs tell the protection a state gives refugees (see socialPay):
// "тимчасовий захист", "міжнародний захист".
var shelterAdjs = map[string]bool{"тимчасовий": true, "міжнародний": true}

// afterPrep reports whether the noun at n, past its adjectives, stands
// after a preposition: "у березневій виплаті".
func (f *finder) afterPrep(n int) bool {
	k := f.beforeAdjs(n, -1)
	return k >= 0 && isPrep(&f.toks[k])
}

// afterNoun reports whether the noun at n, past its adjectives, is the
// genitive of another noun than the verb at at governs, not a sum's:
// "не надав доказів виплати" (the proof is given, not the payment).
func (f *finder) afterNoun(n, at int) bool {
	k := f.beforeAdjs(n, -1)
	return k >= 0 && k != at && isNoun(&f.toks[k]) && hasCase(&f.toks[n], "v_rod") &&
		f.spanType(k) != "MON" && !currencies[f.low(k)] // "спрямує водоканалу 15 млн гривень компенсації": the sum's
}

// actFunds reports whether the verb at i opens a relative clause whose
// antecedent is a budget or a law: "бюджет, який фінансуватиме …",
// "законопроєкт, що фінансуватиме …".
func (f *finder) actFunds(i int) bool {
	if i < 3 || (f.low(i-1) != "який" && f.low(i-1) != "що") || f.toks[i-2].Text != "," {
		return false
	}
	switch f.low(i - 3) {
	case "бюджет", "закон", "законопроєкт", "законопроект", "кошторис":
		return true
	}
	return false
}

// grantAgreed returns the aid an agreement signed at the noun n grants
// (угоду, меморандум про надання, виділення of money or of a grant, a
// loan, a tranche): "Україна та Світовий банк підписали угоду про
// надання гранту", "Японія підписала з Україною угоду про надання
// $1,2 млрд". The givers are the parties that give aid (a donor state, a
// bank, a fund), the recipient the one named in the dative after the
// noun of giving, else the other parties; false when no party gives.
func (f *finder) grantAgreed(ev vistka.Event, n, end int) (vistka.Event, bool) {
	if ev.Type != "AGREE" || n < 0 || n+3 >= end || f.low(n) != "угода" && f.low(n) != "меморандум" ||
		f.low(n+1) != "про" || f.low(n+2) != "надання" && f.low(n+2) != "виділення" {
		return vistka.Event{}, false
	}
	if !f.hasMoney(n+3, end) && !grantNouns[f.low(n+3)] && (n+4 >= end || !grantNouns[f.low(n+4)]) {
		return vistka.Event{}, false // "угоду про надання послуг": no money given
	}
	var to string
	if e := f.entityAt(n + 3); e != "" && hasCase(&f.toks[n+3], "v_dav") {
		to = e
	}
	var givers, got []string
	for _, p := range slices.Concat(ev.Actors, ev.Recipients) {
		switch {
		case p == to:
		case f.donor(p):
			givers = append(givers, p)
		case to == "":
			got = append(got, p)
		}
	}
	if to != "" {
		got = []string{to}
	}
	if len(givers) == 0 || len(got) == 0 {
		return vistka.Event{}, false
	}
	aid := ev
	aid.Type, aid.Mode, aid.Actors, aid.Recipients, aid.Aux = "AID", "", givers, got, slices.Clone(ev.Aux)
	aid.TriggerSpan = &vistka.Range{Start: f.toks[n+2].RStart, End: f.toks[n+2].REnd}
	aid.Trigger = f.text(n+2, n+3)
	return aid, true
}

// grantNouns are the nouns of money given that an agreement of giving
// names: надання гранту, кредиту, траншу, допомоги.
var grantNouns = map[string]bool{"грант": true, "кредит": true, "транш": true, "допомога": true}

// ownWorkFunded reports whether the object of the verb of funding at i
// is the payer's own (власний, свій right after the verb, past an adverb
// or two): "спонсорує власну команду", "фінансує свої програми".
func (f *finder) ownWorkFunded(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		t := &f.toks[j]
		if l := f.low(j); (l == "власний" || l == "свій") && hasCase(t, "v_zna") {
			return true
		}
		if !strings.HasPrefix(t.Tag, "adv") {
			return false
		}
	}
	return false
}

// moneyWords are the nouns of money one gets: "отримав кошти".
var moneyWords = map[string]bool{"кошти": true, "кошт": true, "гроші": true, "фінансування": true, "підтримка": true,
	"грант": true, "субсидія": true, "дотація": true, "допомога": true}

// lastExchange returns the named actor and the recipient of the last
// event of the six sentences before that has both and is given or done
// between two parties (AID, SUPPORT, COOPERATE, REQUEST, ACCUSE, REJECT):
// the sides a later "Сторони підписали меморандум" stands for when no
// meeting was told. It returns an empty slice for none.
func (f *finder) lastExchange(here []vistka.Event) []string {
	from := f.a.Sentences[max(f.s-6, 0)].RStart
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		ev := all[k]
		if ev.Sentence.Start < from {
			break
		}
		switch ev.Type {
		case "AID", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT":
		default:
			continue
		}
		if len(ev.Actors) == 0 || len(ev.Recipients) == 0 || f.ents.Type(ev.Actors[0]) == "" || ev.Actors[0] == ev.Recipients[0] {
			continue
		}
		return []string{ev.Actors[0], ev.Recipients[0]}
	}
	return []string{}
}

// receives are verbs whose subject is the one given to.
var receives = map[string]bool{"отримати": true, "отримувати": true, "одержати": true, "одержувати": true}

// giver finds "від X" of any type: who gives what is received.
func (f *finder) giver(start, end int) string {
	for i := start; i < end; i++ {
		if f.low(i) == "від" && isPrep(&f.toks[i]) {
			for j := i + 1; j < end && j <= i+6; j++ {
				if e := f.entityAt(j); e != "" {
					return e
				}
			}
		}
	}
	return ""
}

// contributionPaid reports whether the contribution (внесок) at j that
// the verb at i makes is money: its clause names a sum, or a fund or a
// budget follows it ("зробила внесок у 20 млн доларів", "зробила внесок
// до фонду підтримки"), unlike one's part in a cause ("зробити «внесок у
// те, аби столиця почала рух»").
func (f *finder) contributionPaid(i, j int) bool {
	if f.sumIn(i) {
		return true
	}
	for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
		if l := f.low(k); l == "фонд" || l == "бюджет" {
			return true
		}
	}
	return false
}

// budgetOf returns the town or region whose budget the money given by the
// verb at at comes from, in its clause before end: "виділять із бюджету
// Рівного", "з бюджету Київської області" (not a country's: "з бюджету
// України" names no place a thing is given in).
func (f *finder) budgetOf(at, end int) string {
	for j := at + 1; j+2 < end && j <= at+4; j++ {
		if l := f.low(j); (l == "з" || l == "із" || l == "зі") && f.low(j+1) == "бюджет" && hasCase(&f.toks[j+1], "v_rod") {
			k := j + 2
			for k < end && k <= j+4 && f.entityAt(k) == "" && isAdj(&f.toks[k]) {
				k++
			}
			if e := f.entityAt(k); e != "" && k < end && f.ents.Type(e) == "LOC" && hasCase(&f.toks[k], "v_rod") && !isCountry(f.ents, e) {
				return e
			}
			return ""
		}
	}
	return ""
}

// buys are verbs of buying, which give aid when others' efforts bought a
// thing for someone (see paidByOthers).
var buys = map[string]bool{"придбати": true, "купити": true, "закупити": true, "придбавати": true, "купувати": true, "закуповувати": true}

// builds are verbs of building, fitting out and mending, which give aid
// when a donor's money paid for the work: "котельню збудували коштом
// Данського фонду", "центр облаштували коштом уряду Німеччини", "вікна
// замінюють за кошти міського бюджету" (see paidByOthers).
var builds = map[string]bool{"збудувати": true, "побудувати": true, "будувати": true, "відбудувати": true, "відбудовувати": true,
	"облаштувати": true, "облаштовувати": true, "обладнати": true, "відремонтувати": true, "ремонтувати": true,
	"відновити": true, "відновлювати": true, "утеплити": true, "реконструювати": true, "замінити": true, "замінювати": true}

// paidByOthers reports whether the verb of buying or building at i was
// paid by others: bought by their efforts for someone named by для
// ("придбали для потреб райвідділу зусиллями міської ради"), or, told by
// a verb (no participle, passive is its flag), with the money of a donor
// named, a body or a country, or donors named by their noun ("закупили
// за кошти уряду Японії", "коштом міжнародних партнерів"); a budget's
// money ("закупити для лікарень за кошти обласного бюджету") is spending.
func (f *finder) paidByOthers(i int, passive bool) bool {
	k, cost := f.paidAt(i, len(f.toks))
	switch {
	case k < 0:
		return false
	case !cost:
		return buys[f.verb(i)] && f.boughtFor(i, len(f.toks)) != ""
	}
	return !passive && isVerb(&f.toks[i]) && f.donorNamed(k+1)
}

// paidAt returns the index of the word after the verb at at, in its
// clause before end, that names whose efforts or money did it, a genitive
// following: "зусиллями міської ради", "коштом уряду Німеччини", "за
// кошти Всесвітньої продовольчої програми" (the index of кошти); -1 when
// there is none. cost is true for money ("коштом", "за кошти").
func (f *finder) paidAt(at, end int) (k int, cost bool) {
	for j := at + 1; j+1 < end && j <= at+10; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1, false
		}
		if !hasCase(&f.toks[j+1], "v_rod") {
			continue
		}
		switch {
		case f.low(j) == "зусилля" && hasCase(t, "v_oru") && j <= at+8:
			return j, false
		case f.low(j) == "кошт" && scan.ToLower(t.Text) == "коштом",
			f.low(j) == "кошт" && scan.ToLower(t.Text) == "кошти" && f.low(j-1) == "за":
			return j, true
		}
	}
	return -1, false
}

// donorNamed reports whether the genitive from j on names a donor: a body
// or a country (see donorEntity), or donors by their plural noun (see
// donorPeople: "міжнародних партнерів").
func (f *finder) donorNamed(j int) bool {
	if f.donorEntity(j) != "" {
		return true
	}
	for k := j; k < len(f.toks) && k <= j+3; k++ {
		t := &f.toks[k]
		if f.entityAt(k) != "" || !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_rod") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && donorPeople[f.low(k)] && plural(t) {
			return true
		}
	}
	return false
}

// donorEntity returns the body or the country named among the first words
// of the genitive from j on ("уряду Японії", "Данського фонду
// інвестицій"), or "".
func (f *finder) donorEntity(j int) string {
	for k := j; k < len(f.toks) && k <= j+3; k++ {
		if e := f.entityAt(k); e != "" {
			if f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC" {
				return e
			}
			return ""
		}
		if t := &f.toks[k]; !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_rod") {
			return ""
		}
	}
	return ""
}

// benefactors returns those whose efforts are named from j on: a
// genitive phrase ("міської ради"), and more joined by та or і, in the
// genitive or as a body in the instrumental with its name in quotation
// marks ("та громадською організацією «Ліга керівників та
// роботодавців»").
func (f *finder) benefactors(j, end int) []string {
	var out []string
	for j < end {
		lo := j
		for j < end && isAdj(&f.toks[j]) {
			j++
		}
		if j >= end || !isNoun(&f.toks[j]) {
			break
		}
		name := f.entityAt(j)
		next := j + 1
		for name != "" && next < end && f.entityAt(next) == name {
			next++
		}
		if name == "" && next < end && f.toks[next].Kind == vistka.QuoteMark {
			if c := f.closingQuote(next, min(end, next+10)); c > next+1 {
				name, next = cmp.Or(f.entityAt(next+1), f.text(next+1, c)), c+1
			}
		}
		if name == "" {
			name = f.text(lo, j+1)
		}
		out = append(out, name)
		if next+1 >= end || f.low(next) != "та" && f.low(next) != "і" {
			break
		}
		j = next + 1
	}
	return out
}

// closingQuote returns the index of the mark that closes the quotation
// opened at open, before limit, or -1.
func (f *finder) closingQuote(open, limit int) int {
	for k := open + 1; k < limit; k++ {
		if t := &f.toks[k]; t.Kind == vistka.QuoteMark {
			if t.Text == "»" || t.Text == "”" || t.Text == "\"" {
				return k
			}
			return -1 // a mark nested inside
		}
	}
	return -1
}

// boughtFor returns for whom a thing bought by the verb at at is, in its
// clause before end: "для потреб райвідділу", "для лікарні"; "" when no
// для names it.
func (f *finder) boughtFor(at, end int) string {
	for j := at + 1; j+1 < end && j <= at+4; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if f.low(j) != "для" {
			continue
		}
		k := j + 1
		if f.low(k) == "потреба" && k+1 < end {
			k++ // "для потреб райвідділу": the unit's
		}
		lo := k
		for k < end && isAdj(&f.toks[k]) {
			k++
		}
		if k >= end || !isNoun(&f.toks[k]) || !hasCase(&f.toks[k], "v_rod") {
			return ""
		}
		if e := f.entityAt(k); e != "" {
			return e
		}
		return f.text(lo, k+1)
	}
	return ""
}

// deliveries are the verbs of aid brought somewhere: the place it was
// brought to (до Херсона, у Херсон) is the one aided.
var deliveries = map[string]bool{"доставити": true, "доставляти": true, "привезти": true, "привозити": true}

// careKinds are the kinds of допомога that name a service people get
// (medical or legal care), not aid given.
var careKinds = map[string]bool{"медичний": true, "медико-санітарний": true, "психологічний": true,
	"правовий": true, "юридичний": true, "стоматологічний": true}

// careReceived reports whether the noun at n, what a verb of receiving
// governs, is care received from no one named: "жителі отримуватимуть
// медичну допомогу там, де й раніше". Care from a giver ("отримали
// медичну допомогу від ЄС") stays aid.
func (f *finder) careReceived(n int) bool {
	if n < 1 || f.low(n) != "допомога" || !careKinds[f.low(n-1)] {
		return false
	}
	for j := n + 1; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if f.low(j) == "від" {
			return false
		}
	}
	return true
}

// lentToClients reports whether the noun at n is loans in the plural and
// its clause names, in the dative, the customers a lender serves: a bank's
// business ("надавати клієнтам кредити", "ціна, за якою НБУ надає
// кредити комерційним банкам"), no aid to anyone named.
func (f *finder) lentToClients(n int) bool {
	if l := f.low(n); l != "кредит" && l != "позика" || numberOf(&f.toks[n]) != 1 {
		return false
	}
	start, end := f.allotClause(n)
	for j := start; j <= end; j++ {
		if t := &f.toks[j]; borrowers[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && f.entityAt(j) == "" {
			return true
		}
	}
	return false
}

// lender reports whether a is a bank or a fund that lends abroad, named in
// donors (a state is not: it may as well be given aid).
func (f *finder) lender(a string) bool {
	return f.ents.Type(a) != "LOC" && donors[f.ents.Name(a)]
}

// borrowers are the customers of lenders by their common noun.
var borrowers = map[string]bool{"клієнт": true, "банк": true, "позичальник": true, "населення": true, "вкладник": true}

// gives are light verbs that give aid when their object is a sum of money.
var gives = map[string]bool{
	"виділити": true, "надати": true, "надавати": true, "передати": true, "спрямувати": true,
	"спрямовувати": true, "пообіцяти": true, "обіцяти": true,
	"направити": true, "перерахувати": true, "перераховувати": true, "виділяти": true,
	"переказати": true, "переказувати": true, // as перерахувати: "ЄК переказала Україні 4,2 млрд євро"
	"передавати": true, "поставити": true, "постачати": true, "відправити": true,
	"виплатити": true, "виплачувати": true, "подарувати": true,
	"додати": true, // "ЄС додасть ще 400 млн євро": more money from a donor
	// sent to someone named: "Канада надішле Україні бронетехніку"
	"надіслати": true, "надсилати": true,
	// pledged or donated: "Литва пожертвувала Україні 10 млн євро"
	"пожертвувати": true, "задонатити": true,
	// lent, or handed out to people: "ЄІБ позичить Києву 100 млн
	// євро", "волонтери роздали мешканцям продуктові набори"
	"позичити": true, "позичати": true, "роздати": true, "роздавати": true,
}

// rescueUnit reports whether the unit noun at i is told a rescue, fire
// or medical one by an adjective before it ("рятувальних підрозділів",
// "пожежні розрахунки"): crews sent to help, no forces.
func (f *finder) rescueUnit(i int) bool {
	for j := f.adjectivesBefore(i); j < i; j++ {
		if rescueAdjs[f.low(j)] {
			return true
		}
	}
	return false
}

var rescueAdjs = map[string]bool{"рятувальний": true, "пошуково-рятувальний": true, "пожежний": true, "пожежно-рятувальний": true,
	"аварійний": true, "аварійно-рятувальний": true, "медичний": true}

// rescuers are the people a state sends another to help: "направила 40
// рятувальників", "відправила медиків".
var rescuers = map[string]bool{
	"рятувальник": true, "пожежник": true, "медик": true, "лікар": true, "сапер": true, "піротехнік": true,
}

// materiel is what a state gives another as military or civil aid, besides
// money: "передасть Україні дві системи ППО".
var materiel = map[string]bool{
	"зброя": true, "система": true, "комплекс": true, "снаряд": true, "боєприпаси": true,
	"боєприпас": true, "танк": true, "літак": true, "винищувач": true, "гелікоптер": true,
	"ракета": true, "гаубиця": true, "бронетехніка": true, "техніка": true, "дрон": true,
	"безпілотник": true, "генератор": true, "трансформатор": true, "обладнання": true,
	"автомобіль": true, "бронемашина": true, "міна": true, "пакет": true, "гуманітарка": true,
	"вантаж": true, "медикамент": true, "ліки": true, "бмп": true, "бтр": true,
	// armour and guns named by their own nouns, not by the acronyms
	"бронетранспортер": true, "бронеавтомобіль": true, "кулемет": true, "радіолокатор": true, "тягач": true,
	"сканер": true, "автобус": true, "вантажівка": true, "пікап": true, "реанімобіль": true, "швидка": true,
	"ноутбук": true, "комп'ютер": true, "термінал": true, "тепловізор": true, "бронежилет": true,
	"шолом": true, "пальне": true, "паливо": true, "кошти": true, "автотрансформатор": true, "установка": true, "підстанція": true,
	"ппо": true, "артилерія": true, "машина": true, "автоцистерна": true,
	"квадрокоптер": true, "каска": true,
	"позашляховик": true, "мікроавтобус": true, // as пікап: "передали прикордонникам 15 позашляховиків"
	"тролейбус": true, "трамвай": true, // as автобус: "передасть місту вісім тролейбусів"
	"обігрівач": true, // "передав лікарні 50 обігрівачів"
	// a mobile laboratory and a modular town for the displaced (session
	// 57): "передала Міндовкілля мобільну лабораторію", "передала громаді
	// модульне містечко"
	"лабораторія": true, "містечко": true,
	"вертоліт": true, "міномет": true, "гармата": true, // as гелікоптер, гаубиця: "передала Україні вертольоти"
	"вакцина": true, "доза": true, // "передав Україні 300 тисяч доз вакцини"
	// a battery of air defence, or of power: "передали Україні ще дві
	// батареї Patriot", "передав лікарні акумулятори"
	"батарея": true, "акумулятор": true,
	// relief in kits and devices: "передав мешканцям продуктові набори",
	// "передав лікарні апарат ШВЛ"
	"набір": true, "аптечка": true, "ковдра": true, "продукти": true, "апарат": true,
	// boats and radars of a coast guard: "надасть Манілі п'ять патрульних
	// катерів і радари"
	"катер": true, "радар": true,
	// plants and stores given a town, and beds and trainers given a
	// hospital: "передала місту дві модульні котельні", "отримало 15
	// мобільних станцій очищення води", "передасть громаді склад",
	// "передав госпіталю 40 ліжок"
	"котельня": true, "котельна": true, "станція": true, "склад": true, "ліжко": true, "тренажер": true,
	// relief in sets, as in kits: "передала громаді 300 комплектів для
	// ремонту вікон" (a set of papers is none: see handedPapers)
	"комплект": true,
	// farm and road machines given farmers and towns: "отримала від фонду
	// 12 тракторів, чотири сівалки та два обприскувачі", "передав громаді
	// екскаватор"
	"трактор": true, "комбайн": true, "сівалка": true, "обприскувач": true, "культиватор": true,
	"екскаватор": true, "навантажувач": true, "бульдозер": true, "грейдер": true, "сміттєвоз": true,
	"евакуатор": true, "причіп": true, "цистерна": true, "човен": true, "мотоцикл": true, "квадроцикл": true,
	// relief for homes and shelters, pumps for floods, devices for
	// hospitals and schools: "передали громаді п'ять мотопомп",
	// "передав лікарні два дефібрилятори", "передали школі 30 планшетів"
	"мотопомпа": true, "помпа": true, "насос": true, "котел": true, "бойлер": true, "інвертор": true,
	"павербанк": true, "ліхтар": true, "матрац": true, "меблі": true, "одяг": true, "взуття": true,
	"борошно": true, "консерва": true, "дрова": true, "брикет": true,
	"дефібрилятор": true, "томограф": true, "інкубатор": true, "планшет": true, "смартфон": true,
	"рація": true, "радіостанція": true, "бінокль": true, "приціл": true, "турнікет": true,
}

// buildingMaterials reports whether token j is building materials,
// relief given for repairs as goods are ("отримала від Червоного Хреста
// будівельні матеріали"); матеріали alone are also a case's papers or a
// journalist's pieces.
func (f *finder) buildingMaterials(j int) bool {
	return f.low(j) == "будматеріал" || f.low(j) == "матеріал" && j > 0 && f.low(j-1) == "будівельний"
}

// forNeedsOf reports whether the giving verb at i is followed by на
// потреби and a named body in the genitive: what is given goes to that
// body or military unit ("частину премії гравці передадуть на потреби
// 95-ї бригади", "зібрані кошти передали на потреби ЗСУ").
func (f *finder) forNeedsOf(i int) bool {
	if i+3 >= len(f.toks) || f.low(i+1) != "на" || f.toks[i+2].Text != "потреби" {
		return false
	}
	for j := i + 3; j < len(f.toks) && j <= i+7 && f.toks[j].Kind != vistka.Punct; j++ {
		if hasCase(&f.toks[j], "v_rod") && (f.entityAt(j) != "" || militaryUnits[f.low(j)]) {
			return true
		}
		if !isAdj(&f.toks[j]) && f.toks[j].Kind != vistka.Number {
			return false
		}
	}
	return false
}

// militaryUnits are the units aid is given to by their kind.
var militaryUnits = map[string]bool{"бригада": true, "батальйон": true, "полк": true, "дивізія": true, "підрозділ": true}

// dativeAfterGoods reports whether the goods named at j, the object of a
// verb of giving, are followed by the one given them in the dative: a
// name ("передав генератори Харкову") or a community or a service named
// by its noun ("передав генератори місту", "передала обладнання міській
// лікарні"), past the goods' own words in the genitive ("системи ППО").
// A community or a service the tagger reads as a genitive is the one
// given when its form is the dative's too and no other dative follows in
// the clause (genitiveRecipient): "передав обладнання лікарні".
// The goods are the verb's object, in the accusative, or counted in the
// genitive after a number ("передали 50 генераторів лікарням"). People
// named by an animate noun in the dative are given them too.
func (f *finder) dativeAfterGoods(j int) bool {
	if !hasCase(&f.toks[j], "v_zna") && !f.countedGoods(j) {
		return false // "надасть послуги оптимізації систем зв'язку «Борисполю»": the goods no object
	}
	for k := j + 1; k < len(f.toks) && k <= j+5; k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || t.Kind == vistka.Number || isPrep(t) || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
			continue // an adjective or a word of the goods' name
		}
		if hasCase(t, "v_dav") && (f.entityAt(k) != "" || f.dativeBody(k)) || f.genitiveRecipient(k) {
			return true
		}
		if hasCase(t, "v_dav") && strings.HasPrefix(t.Tag, "noun:anim") {
			return true // people past the goods' owner: "передав обладнання лікарні волонтерам"
		}
		if !hasCase(t, "v_rod") {
			return false
		}
	}
	return false
}

// rescued reports whether the verb v at i tells people saved from harm,
// which the gold sets read as aid: freed from the rubble ("деблокували з-під
// завалів жінку", "дістали з-під завалів трьох людей") or saved by
// rescuers named before the verb in its clause ("рятувальники врятували
// 11 мешканців"). A body brought out ("дістали тіло"), a road unblocked
// ("деблокували рух") and one saved by a neighbour or a doctor are none.
func (f *finder) rescued(i int, v string) bool {
	rubble, saves := false, false
	switch v {
	case "деблокувати", "дістати", "витягти", "витягнути", "визволити", "вивільнити":
	case "врятувати":
		saves = true
	default:
		return false
	}
	person := false
	for j := i + 1; j < len(f.toks) && j <= i+6 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		switch l := f.low(j); {
		case l == "з-під" || l == "з" && j+1 < len(f.toks) && f.low(j+1) == "-під":
			rubble = true
		case l == "тіло" || l == "тіла":
			return false
		case strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && f.entityAt(j) == "" &&
			(hasCase(t, "v_zna") || hasCase(t, "v_rod") && j > i+1 && (f.toks[j-1].Kind == vistka.Number || strings.HasPrefix(f.toks[j-1].Tag, "numr"))):
			person = true
		case strings.Contains(t.Tag, "pron:pers:3") && hasCase(t, "v_zna"):
			person = true
		}
	}
	if !person {
		return false
	}
	if rubble && v != "врятувати" {
		return true
	}
	if !saves {
		return false
	}
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if rescuerWords[f.low(j)] || f.low(j) == "дснс" {
			return true
		}
	}
	return false
}

// rescuerWords are the nouns of an emergency service's people.
var rescuerWords = map[string]bool{"рятувальник": true, "вогнеборець": true, "пожежник": true, "надзвичайник": true, "водолаз": true}

// countedGoods reports whether the noun at j stands in the genitive, or
// in the nominative plural that два, три, чотири take, after a number or
// a number word: goods counted ("50 генераторів", "дві машини").
func (f *finder) countedGoods(j int) bool {
	if j == 0 || !hasCase(&f.toks[j], "v_rod") && !hasCase(&f.toks[j], "v_naz") {
		return false
	}
	p := &f.toks[j-1]
	return p.Kind == vistka.Number || strings.Contains(p.Tag, "numr")
}

// sumPaidFor reports whether the sum at j is followed by за and the work or
// the thing it pays for, in the accusative: "отримала від міськради 5 млн
// гривень за ремонт доріг" is payment, no aid ("за рахунок субвенції"
// names where the money comes from, "за програмою" under what it is given).
func (f *finder) sumPaidFor(j int) bool {
	k := j
	for k < len(f.toks) && (f.spanType(k) == "MON" || currencies[f.low(k)]) {
		k++
	}
	if k+1 >= len(f.toks) || f.low(k) != "за" {
		return false
	}
	k++
	k = f.pastAdjs(k) // "за виконані роботи"
	return k < len(f.toks) && isNoun(&f.toks[k]) && hasCase(&f.toks[k], "v_zna") && f.low(k) != "рахунок" && f.entityAt(k) == ""
}

// hasMoney reports whether a sum of money stands in toks[from:to].
func (f *finder) hasMoney(from, to int) bool {
	for j := from; j < to && j < len(f.toks); j++ {
		if f.spanType(j) == "MON" || currencies[f.low(j)] {
			return true
		}
	}
	return false
}

// materialAid are the adjectives that make support money or goods:
// фінансова підтримка.
var materialAid = map[string]bool{"фінансовий": true, "матеріальний": true, "гуманітарний": true, "військовий": true, "грошовий": true}

// helpToDo reports whether the help verb at i governs an infinitive
// (допомагати вченим обліковувати) or one opens its sentence
// ("Нагадати, …, допомагають класики"): help in doing, not aid given.
func (f *finder) helpToDo(i int) bool {
	if strings.Contains(f.toks[0].Tag, ":inf") {
		return true
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if strings.Contains(f.toks[j].Tag, ":inf") {
			return true
		}
	}
	return false
}

// aidNouns make what is received aid, not payment under a contract.
var aidNouns = map[string]bool{
	"грант": true, "допомога": true, "кредит": true, "транш": true, "субсидія": true,
	"дотація": true, "субвенція": true, "компенсація": true, "позика": true, "пожертва": true,
}

// donor reports whether the actor a gives aid when it gives money: a
// foreign state or a body that lends or grants abroad.
func (f *finder) donor(a string) bool {
	name := f.ents.Name(a)
	if f.ents.Type(a) == "LOC" {
		// (the union of states the model may read as a place: ЄС)
		return name != "Україна" && gazetteer.Lookup(name)&gazetteer.Country != 0 || donorCapitals[name] || donors[name]
	}
	// (whatever type the model gave the name; an agency of the UN by its
	// full name, "Всесвітня продовольча програма ООН", "Агентство ООН у
	// справах біженців", gives as the UN does)
	return donors[name] || slices.Contains(strings.Fields(name), "ООН") || f.grantFund(cmp.Or(name, a)) || givers(cmp.Or(name, a)) || aidAgency(name)
}

// givers reports whether a name or a phrase names its bearers by a word
// of giving: partners, patrons, sponsors, donors ("литовські партнери
// виділили на ремонт 180 тисяч євро", "приватні меценати надали до 250
// тис. євро", "учасники донорської конференції пообіцяли виділити 2,3
// млрд євро"), whose money is a gift, not a body's spending.
func givers(name string) bool {
	for _, w := range strings.Fields(scan.ToLower(name)) {
		if scan.HasAnyPrefix(w, giverStems...) {
			return true
		}
	}
	return false
}

// giverStems are the stems of the words of givers (see givers).
var giverStems = []string{"партнер", "меценат", "спонсор", "донор", "карітас", "caritas"}

// aidAgency reports whether a name is a development or relief agency's
// by what it does: "Агентство США з міжнародного розвитку", "Німецьке
// товариство міжнародного співробітництва", "Данська рада у справах
// біженців", "Лікарі без кордонів".
func aidAgency(name string) bool {
	l := scan.ToLower(name)
	for _, p := range aidAgencyPhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// aidAgencyPhrases are the phrases of the names of aid agencies (see
// aidAgency).
var aidAgencyPhrases = []string{"міжнародного розвитку", "міжнародного співробітництва", "у справах біженців", "без кордонів"}

// lentFrom returns the lender named in what funds the act of the verb
// at i, from i up to end: "профінансують за рахунок кредиту Ексімбанку
// США", "коштом позики Світового банку", "за рахунок гранту уряду
// Японії" give the bank and the government; "".
func (f *finder) lentFrom(i, end int) string {
	for k := i + 1; k < end && k < len(f.toks)-2; k++ {
		from := k + 1
		switch f.low(k) {
		case "кошт":
			if scan.ToLower(f.toks[k].Text) != "коштом" {
				continue
			}
		case "за":
			if f.low(k+1) != "рахунок" {
				continue
			}
			from = k + 2
		default:
			continue
		}
		switch f.low(from) {
		case "кредит", "позика", "грант":
		default:
			return ""
		}
		for m := from + 1; m < end && m <= from+3; m++ {
			if e := f.entityAt(m); e != "" {
				return e
			}
		}
		return ""
	}
	return ""
}

// grantFund reports whether the name is a foundation's that grants money,
// opening with its noun ("Фонд Говарда Баффетта", "Національний фонд
// досліджень України", "Фонд «Брейв1»"), not a state fund that holds or
// insures ("Фонд державного майна", "Фонд гарантування вкладів").
func (f *finder) grantFund(name string) bool {
	words := strings.Fields(scan.ToLower(name))
	i := slices.Index(words, "фонд")
	if i < 0 || i > 1 {
		return false
	}
	return !slices.ContainsFunc(words, func(w string) bool { return heldFunds[w] })
}

// heldFunds are the words of the names of state funds that hold property,
// pensions or deposits, whose payments are no grants.
var heldFunds = map[string]bool{"майна": true, "гарантування": true, "страхування": true, "пенсійний": true, "пенсійного": true, "соціального": true}

// publicPurse reports whether the actor a spends public money: a
// government, a council or its deputies, an administration, a ministry, a
// budget, or a place that stands for its authority. What such a body
// allots for people or an institution is aid to them, as the gold sets
// read it ("Кабмін виділив із резервного фонду 150 млн грн на відновлення
// дамб та виплати постраждалим", "облрада виділила на придбання шкільних
// автобусів для громад"; see allottedFor); its money for its own works
// ("Мерія спрямувала 13 млн грн на ремонт доріг") and a firm's or a
// person's money are spending.
func (f *finder) publicPurse(a string) bool {
	if f.ents.Type(a) == "LOC" {
		return true // "Загреб виділить 5 млн євро", "Житомирщина спрямувала …"
	}
	for _, w := range strings.Fields(scan.ToLower(cmp.Or(f.ents.Name(a), a))) {
		if publicPurses[w] || len(w) > 8 && strings.HasPrefix(w, "мін") && !strings.HasPrefix(w, "мінськ") {
			return true
		}
	}
	return false
}

// publicPurses are the words of the names of bodies that spend public
// money (see publicPurse).
var publicPurses = map[string]bool{
	"уряд": true, "кабмін": true, "кабінет": true, "рада": true, "облрада": true, "міськрада": true, "райрада": true,
	"сільрада": true, "селищна": true, "депутати": true, "адміністрація": true, "ова": true, "ода": true, "рда": true,
	"облдержадміністрація": true, "райдержадміністрація": true, "міністерство": true, "департамент": true,
	"бюджет": true, "держава": true, "виконком": true, "мерія": true, "уряду": true,
}

// allots are the verbs of allotting money to a purpose (see publicPurse).
var allots = map[string]bool{"виділити": true, "виділяти": true, "спрямувати": true, "спрямовувати": true}

// allottedFor reports whether the purpose the money allotted at i is for,
// in the verb's clause after на or для, names whom it helps: people
// ("виплати постраждалим", "підготовку українських військових"), an
// institution or a community ("відновлення лікарні", "укриттів у 14
// школах", "для громад"), or humanitarian help ("на гуманітарне
// розмінування"). actors, who allot it, are not its beneficiaries.
func (f *finder) allottedFor(i int, actors []string) bool {
	start, end := f.allotClause(i)
	purpose := false
	for j := start; j <= end; j++ {
		t := &f.toks[j]
		switch l := f.low(j); {
		case l == "на" || l == "для":
			purpose = true
		case !purpose || hasCase(t, "v_naz") || slices.Contains(actors, f.entityAt(j)):
		case beneficiaries[l] || strings.HasPrefix(t.Tag, "noun:anim"):
			return true
		case damaged[l] && strings.HasPrefix(t.Tag, "adj") && j+1 <= end && homes[f.low(j+1)]:
			return true // "на відновлення пошкодженого житла": relief for those whose homes were damaged
		case strings.HasPrefix(t.Tag, "adj:p") && (j+1 > end || !isNoun(&f.toks[j+1]) && !isAdj(&f.toks[j+1])):
			return true // a plural adjective standing for people: "постраждалим", "малозабезпеченим"
		}
	}
	return false
}

// countedGift reports whether a count of things opens at j (see
// countedThing) after the verb of giving at i, given outright to a body, a
// community or people, not to a country (between states a count handed
// over is as often returned: "передала Росії 24 тіла", "передала Україні
// 12 ікон"): no date ("до 28 жовтня"), and no lease or swap told in the
// sentence ("передасть кооперативу в оренду ще одну ділянку", "мав
// передати КМДА 8 квартир, в обмін на оренду").
func (f *finder) countedGift(i, j int) bool {
	if !f.countedThing(j) || f.spanType(j) == "DATE" || f.spanType(j+1) == "DATE" || timeUnits[f.low(j+1)] {
		return false
	}
	for k := i + 1; k < j; k++ {
		if e := f.entityAt(k); e != "" && f.countryOnly(e) {
			return false
		}
	}
	for k := i + 1; k < len(f.toks); k++ {
		if l := f.low(k); l == "оренда" || l == "обмін" || l == "користування" {
			return false
		}
	}
	return true
}

// sumIn reports whether the clause of the verb at i names a sum of money.
func (f *finder) sumIn(i int) bool {
	start, end := f.allotClause(i)
	for j := start; j <= end; j++ {
		if f.spanType(j) == "MON" {
			return true
		}
	}
	return false
}

// beneficiary returns whom the money or the goods given at i are for,
// named after для in the verb's clause past adjectives: a name, people by
// an animate noun or a community or a service by its noun (see
// dativeBody), "виділив 5 млн гривень для переселенців", "компенсуватиме
// вартість путівок для дітей пільгових категорій"; a thing or an act
// after для ("обладнання для розмінування") names no one. Names joined
// to the first are for whom too: "для Харкова та Сум".
func (f *finder) beneficiary(i int) []string {
	for j := i + 1; j+1 < len(f.toks) && j <= i+8; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct || isVerb(t) {
			return nil
		}
		if f.low(j) != "для" || !isPrep(&f.toks[j]) {
			continue
		}
		k := j + 1
		for k+1 < len(f.toks) && isAdj(&f.toks[k]) {
			k++
		}
		if e := f.entityAt(k); e != "" {
			return append([]string{e}, f.coordinated(k, len(f.toks))...)
		}
		t := &f.toks[k]
		if !isNoun(t) || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_rod") {
			return nil
		}
		if strings.Contains(t.Tag, ":anim") {
			return []string{f.nounPhrase(k)}
		}
		if f.dativeBody(k) {
			return []string{f.text(j+1, k+1)}
		}
		return nil
	}
	return nil
}

// aidPurpose returns whom the money or the goods given at i are for,
// named in the clause of the verb after "на допомогу" (in the dative) or
// "на підтримку", "на потреби" (in the genitive), past adjectives: a name,
// a community or a service (see dativeBody), a military unit or people by
// an animate noun ("виділить на підтримку України 400 млн злотих",
// "виділить 10 млн гривень на допомогу постраждалим родинам", "з бюджету
// на підтримку Сил оборони виділили 120 млн грн"), with the names joined
// to the first ("на потреби Харкова та Сум").
func (f *finder) aidPurpose(i int) []string {
	start, end := f.allotClause(i)
	for j := start; j+2 <= end; j++ {
		if f.low(j) != "на" || !isPrep(&f.toks[j]) {
			continue
		}
		k := j + 1
		for k < end && isAdj(&f.toks[k]) {
			k++ // "на першочергову допомогу"
		}
		c := "v_rod"
		switch f.low(k) {
		case "допомога":
			c = "v_dav"
		case "підтримка", "потреба":
		default:
			continue
		}
		h := k + 1
		for h < end && isAdj(&f.toks[h]) && hasCase(&f.toks[h], c) {
			h++
		}
		if e := f.entityAt(h); e != "" {
			return append([]string{e}, f.coordinated(h, end+1)...)
		}
		if h > end {
			return nil // "… на підтримку" closing a headline with no full stop
		}
		if t := &f.toks[h]; hasCase(t, c) && isNoun(t) && !strings.Contains(t.Tag, "pron") &&
			(f.dativeBody(h) || militaryUnits[f.low(h)] || strings.Contains(t.Tag, ":anim")) {
			return []string{cmp.Or(f.nounPhrase(h), f.low(h))}
		}
		return nil
	}
	return nil
}

// allotClause returns the first and the last token of the clause of the
// verb of allotting at i: from the punctuation or the що before it to the
// punctuation after it.
func (f *finder) allotClause(i int) (start, end int) {
	start, end = i, i
	for start > 0 && f.toks[start-1].Kind != vistka.Punct && f.low(start-1) != "що" {
		start--
	}
	for end+1 < len(f.toks) && f.toks[end+1].Kind != vistka.Punct {
		end++
	}
	return start, end
}

// allottedTowns returns the towns, villages and regions named in the
// purpose the money allotted at i is for (after на or для, in the verb's
// clause), when those who allot it are not a town's own council: a
// government's or a region's money for works there is aid to them ("уряд
// спрямував 1,5 млрд гривень на ремонт тепломереж у Харкові та Сумах",
// "Кабмін виділив на ремонт дороги до Ягодина 45 млн гривень"), a city's
// money for its own streets spending ("Мерія спрямувала 13 млн грн на
// ремонт доріг у Києві").
func (f *finder) allottedTowns(i int, actors []string) []string {
	for _, a := range actors {
		for _, w := range strings.Fields(scan.ToLower(cmp.Or(f.ents.Name(a), a))) {
			if townCouncils[w] {
				return nil
			}
		}
	}
	start, end := f.allotClause(i)
	var towns []string
	purpose := false
	for j := start; j <= end; j++ {
		if l := f.low(j); l == "на" || l == "для" {
			purpose = true
			continue
		}
		if e := f.entityAt(j); purpose && e != "" && f.ents.Type(e) == "LOC" && !slices.Contains(actors, e) && !slices.Contains(towns, e) && gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country == 0 {
			towns = append(towns, e)
		}
	}
	return towns
}

// townCouncils are the words of the names of a town's or a village's own
// bodies, whose money for works in their town is spending (see
// allottedTowns).
var townCouncils = map[string]bool{
	"міськрада": true, "мерія": true, "виконком": true, "сільрада": true, "селищна": true, "міська": true,
	"сільська": true, "місто": true, "громада": true,
}

// beneficiaries are the nouns (and the adjective гуманітарний) of those a
// public allotment helps, or of help itself (see allottedFor).
// damaged are the participles of damage done: money allotted to repair
// homes so damaged is relief for those who live there, not a body's
// spending on its own works ("на відновлення пошкодженого житла", not "на
// ремонт пошкодженої дороги").
var damaged = map[string]bool{"пошкоджений": true, "зруйнований": true, "знищений": true, "постраждалий": true}

// homes are the words for where people live.
var homes = map[string]bool{"житло": true, "будинок": true, "оселя": true, "помешкання": true, "квартира": true, "дім": true}

var beneficiaries = map[string]bool{
	"лікарня": true, "школа": true, "садок": true, "дитсадок": true, "громада": true, "заклад": true, "госпіталь": true,
	"інтернат": true, "притулок": true, "університет": true, "амбулаторія": true, "поліклініка": true, "родина": true,
	"сім'я": true, "гуманітарний": true, "допомога": true, "підтримка": true,
	// money passed on to others: "виділила 6 млн гривень на гранти для
	// ветеранського бізнесу", "на компенсації переселенцям"
	"грант": true, "компенсація": true,
}

// charity reports whether the actor a is a charity, volunteers or a
// patron, whose gifts of things to people are aid: "Волонтери передали
// військовим два автомобілі" (not their help in doing something).
func (f *finder) charity(a string) bool {
	l := scan.ToLower(cmp.Or(f.ents.Name(a), a))
	return charities[firstWord(l)] || strings.Contains(l, "благодійн")
}

// charities are the givers by their common noun whose gifts are aid.
var charities = map[string]bool{"волонтер": true, "волонтери": true, "волонтерка": true, "благодійник": true,
	"благодійники": true, "меценат": true, "меценати": true}

// donors are the bodies whose money abroad is aid.
var donors = map[string]bool{
	"Світовий банк": true, "МВФ": true, "Міжнародний валютний фонд": true, "ЄБРР": true,
	"Європейський банк реконструкції та розвитку": true, "ЄІБ": true, "Європейський інвестиційний банк": true,
	"ЄС": true, "Євросоюз": true, "Європейський Союз": true, "Єврокомісія": true, "Європейська комісія": true,
	"USAID": true, "ООН": true, "ЮНІСЕФ": true, "Всесвітня продовольча програма": true, "ВПП": true,
	"Червоний Хрест": true, "МКЧХ": true, "Міжнародний комітет Червоного Хреста": true, "UNDP": true,
	"ПРООН": true, "JICA": true, "НАТО": true,
	// the UN's health agency grants abroad as its other agencies do:
	// "ВООЗ виділить на випробування грант у 1,8 млн доларів"
	"ВООЗ": true, "Всесвітня організація охорони здоров'я": true,
}

// reliefFrom returns the sender of the relief that arrives by the verb at
// i: a cargo, a vehicle or supplies in its clause and від before a body or
// a country ("прибули дві вантажівки з медичним обладнанням від уряду
// Словенії", "Гуманітарна допомога від Японії прибула до Харкова"), or з
// right after a humanitarian cargo ("до Луцька прибула гуманітарна колона
// з польського міста-побратима Люблін"), or,
// for those who come на допомогу, з after the verb before one ("На
// допомогу тепловикам прибули бригади з Хмельницького", with help true);
// else "".
func (f *finder) reliefFrom(i int) (sender string, help bool) {
	lo, hi := f.clauseBounds(i)
	cargo, from := false, ""
	humane := -1 // a humanitarian cargo: "гуманітарна колона з Любліна"
	for j := lo; j <= hi; j++ {
		if isNoun(&f.toks[j]) && (supplies[f.low(j)] || cargoes[f.low(j)]) {
			cargo = true
			if j > lo && f.toks[j-1].Lemma == "гуманітарний" && humane < 0 {
				humane = j
			}
		}
		if f.low(j) == "на" && j+1 <= hi && f.low(j+1) == "допомога" && hasCase(&f.toks[j+1], "v_zna") {
			help = true // "На допомогу вінницьким тепловикам прибули бригади з Хмельницького"
		}
		with := f.low(j) == "з" || f.low(j) == "із"
		if (f.low(j) == "від" || help && j > i && with || humane >= 0 && j == humane+1 && with) && isPrep(&f.toks[j]) && from == "" {
			for k := j + 1; k <= hi && k <= j+3; k++ {
				if e := f.entityAt(k); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
					from = e
					break
				}
			}
		}
	}
	if !cargo {
		return "", false
	}
	return from, help
}

// aidFormFrom returns the giver of the aid the money that arrives by the
// verb at i comes as: у вигляді or у формі before an aid noun (past
// adjectives), or an aid noun right before від, and від before a body or
// a country in the same clause ("Кошти надійдуть у вигляді гранту від
// Японії", "у формі безповоротного кредиту від ЄБРР", "Кредит від ЄБРР
// надійде"); or, for help that arrives (допомога, гуманітарка), з before a
// place ("З міста Люблін до Рівного надійшла допомога"); else "".
func (f *finder) aidFormFrom(i int) string {
	lo, hi := f.clauseBounds(i)
	form, from := false, ""
	help, place := false, "" // "З Польщі надійшла гуманітарна допомога": the help and the place it comes from
	for j := lo; j <= hi; j++ {
		if l := f.low(j); (l == "допомога" || l == "гуманітарка") && hasCase(&f.toks[j], "v_naz") {
			help = true
		}
		if l := f.low(j); (l == "з" || l == "із") && isPrep(&f.toks[j]) && place == "" {
			for k := j + 1; k <= hi && k <= j+3; k++ {
				if e := f.entityAt(k); e != "" && f.ents.Type(e) == "LOC" {
					place = e
					break
				}
			}
		}
		if l := f.low(j); (l == "у" || l == "в") && j+1 <= hi && (f.low(j+1) == "вигляд" || f.low(j+1) == "форма") {
			k := j + 2
			for k <= hi && isAdj(&f.toks[k]) {
				k++
			}
			form = form || k <= hi && aidNouns[f.low(k)]
		}
		if aidNouns[f.low(j)] && isNoun(&f.toks[j]) && j+1 <= hi && f.low(j+1) == "від" {
			form = true // "Кредит від ЄБРР надійде до кінця року": the aid and its giver
		}
		if f.low(j) == "від" && isPrep(&f.toks[j]) && from == "" {
			for k := j + 1; k <= hi && k <= j+3; k++ {
				if e := f.entityAt(k); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
					from = e
					break
				}
			}
		}
	}
	if !form {
		if help {
			return place
		}
		if from == "" {
			from = f.frameGiver(lo, hi) // "за сприяння посольства Польщі надійшли два автомобілі"
		}
		if from != "" && f.goodsArrived(lo, hi) {
			return from // "до лікарні надійшли два генератори від уряду Японії": goods and their giver
		}
		return ""
	}
	return from
}

// cargoes are what relief comes in or as: вантаж, вантажівки, обладнання.
var cargoes = map[string]bool{"вантаж": true, "вантажівка": true, "фура": true, "допомога": true, "гуманітарка": true,
	"обладнання": true, "партія": true, "конвой": true, "колона": true}

// supplies are the goods relief brings: food, water kits, medicine,
// generators (a cargo alone may be trade: доставило вантаж добрив).
var supplies = map[string]bool{
	"набір": true, "продукти": true, "продовольство": true, "ліки": true, "медикамент": true,
	"гуманітарка": true, "генератор": true, "їжа": true, "аптечка": true, "ковдра": true,
}

// suppliesAfter reports whether a noun of supplies follows the verb at i
// within its clause: "доставив у громаду продуктові набори", "доставили
// в село ліки", "доставив продукти".
func (f *finder) suppliesAfter(i int) bool {
	// (past two places joined: "привозять до Ольшани та Гусинки гарячі
	// обіди і ліки")
	for j := i + 1; j < len(f.toks) && j <= i+9 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") {
			continue
		}
		if supplies[f.low(j)] || f.low(j) == "продукт" && strings.Contains(t.Tag, ":p:") {
			// (продукти, the plural, is food: "доставив продукти")
			return true
		}
		if f.low(j) == "вода" && f.low(j-1) == "питний" {
			return true // "доставили 12 вантажівок з питною водою": drinking water is relief
		}
		if f.low(j) == "вантаж" && (j > 0 && f.low(j-1) == "гуманітарний" || j+2 < len(f.toks) && f.low(j+1) == "для" &&
			isAdj(&f.toks[j+2]) || j+2 < len(f.toks) && f.low(j+1) == "для" && isNoun(&f.toks[j+2]) && strings.Contains(f.toks[j+2].Tag, ":anim")) {
			// "доставили вантаж для 68-ї бригади", "гуманітарний вантаж":
			// cargo for those named is relief ("вантаж вугілля" is trade)
			return true
		}
	}
	return false
}

// lentTo reports whether a loan agreed by the verb at i, its noun at j,
// names whom it is for: a name in the dative before the noun or after
// it, or after для ("ЄБРР погодив кредит у 100 млн євро для «Укргідроенерго»",
// "МВФ погодив Україні транш"). A loan agreed with no borrower named
// ("сторони погодили кредит") stays the sides' agreement.
func (f *finder) lentTo(i, j int) bool {
	for k := i + 1; k < len(f.toks) && k <= j+7; k++ {
		t := &f.toks[k]
		if k > j && (t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb")) {
			return false
		}
		if k == j {
			continue
		}
		if n := k + 1; f.low(k) == "для" && n < len(f.toks) && (f.entityAt(n) != "" || f.toks[n].Kind == vistka.QuoteMark && n+1 < len(f.toks) && f.entityAt(n+1) != "") {
			return true // (not a purpose: "кредит на 400 млн євро для відновлення енергетики")
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && !isPrep(&f.toks[k-1]) && f.entityAt(k) != "" {
			return true
		}
	}
	return false
}

// afterGiver reports whether the word at j, after the verb of receiving at
// i, follows the giver g named after від: "отримала від фонду «Карітас»
// шість пунктів", "отримали від держави кошти" (not "отримала кошти від
// продажу будинку в Ізраїлі", nor "отримали від держави 25 соток у селі
// Лісники", where the name read as the giver is a place after the count).
func (f *finder) afterGiver(i, j int, g string) bool {
	k := i + 1
	for k < j && !(f.low(k) == "від" && isPrep(&f.toks[k])) {
		k++
	}
	if k >= j {
		return false
	}
	for m := k + 1; m < j; m++ {
		if f.entityAt(m) == g {
			return true
		}
		if t := &f.toks[m]; t.Kind != vistka.QuoteMark && (!hasCase(t, "v_rod") || !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "noun")) {
			return false
		}
	}
	return f.ents.Type(g) == "" // (a giver by its noun: "від держави")
}

// countedThing reports whether a count opens at j, a figure or a number
// word, of things (see goodsNoun) after the adjectives between: "шість
// мобільних пунктів", "два нові котли".
func (f *finder) countedThing(j int) bool {
	if t := &f.toks[j]; t.Kind != vistka.Number && !strings.HasPrefix(t.Tag, "numr") {
		return false
	}
	k := j + 1
	for k < len(f.toks) && k <= j+3 && isAdj(&f.toks[k]) {
		k++
	}
	return k < len(f.toks) && f.goodsNoun(k)
}

// goodsNoun reports whether the noun at j is a thing that can be given: an
// inanimate common noun, no name, no money (which the tests of sums
// read), no act or quality by its ending and none of wordsGiven.
func (f *finder) goodsNoun(j int) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun:inanim") || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":prop") || strings.Contains(t.Tag, "abbr") || f.entityAt(j) != "" {
		return false
	}
	l := f.low(j)
	if f.spanType(j) == "MON" || currencies[l] || scaleWords[l] || moneyWords[l] || scaleWords[f.toks[j].Text] {
		return false // money, which the tests of sums read: "Адвокатам перерахували 950 тис грн" may be a fee
	}
	if scan.HasAnySuffix(l, "ння", "ття", "ість", "ція", "сія", "зія", "ство", "цтво") {
		return false
	}
	return !wordsGiven[l]
}

// wordsGiven are the abstract things and papers given or handed over that
// no ending tells: no aid ("надали відповідь", "передали документи").
var wordsGiven = map[string]bool{
	"відповідь": true, "статус": true, "дозвіл": true, "право": true, "згода": true, "слово": true, "доступ": true,
	"гарантія": true, "можливість": true, "час": true, "шанс": true, "звіт": true, "документ": true, "документи": true,
	"матеріал": true, "матеріали": true, "лист": true, "список": true, "дані": true, "привіт": true, "подяка": true,
	"повноваження": true, "справа": true, "проєкт": true, "проект": true, "пропозиція": true, "вимога": true,
	"припис": true, "штраф": true, "протокол": true, "повістка": true, "підозра": true, "сертифікат": true,
	"диплом": true, "атестат": true, "посвідчення": true, "нагорода": true, "медаль": true, "орден": true, "грамота": true,
}

// givenBodyFirst returns where a community or a service named by a soft
// feminine noun (лікарня, область, станція) opens the clause of the
// plural verb of giving at at, right before it, in the form its dative
// singular and its nominative plural share (Лікарні, Області), when no
// other dative follows the verb in the clause: the one given, not the
// givers ("Лікарні передали карету швидкої", but "Лікарні передали
// громаді обладнання"). It returns -1 for any other clause.
func (f *finder) givenBodyFirst(at int) int {
	k := f.adverbsBefore(at) - 1
	if k < 0 || !strings.Contains(f.toks[at].Tag, ":past") || !pluralTag(f.toks[at].Tag) || !f.dativeBody(k) || f.entityAt(k) != "" && !strings.EqualFold(f.entityAt(k), f.toks[k].Text) {
		return -1
	}
	t := &f.toks[k]
	if !plural(t) || !hasCase(t, "v_naz") || !strings.HasPrefix(t.Tag, "noun:inanim") || (k > 0 && f.toks[k-1].Kind != vistka.Punct && !strings.HasPrefix(f.toks[k-1].Tag, "conj")) {
		return -1
	}
	l := scan.ToLower(t.Text)
	if !(strings.HasSuffix(t.Lemma, "я") || strings.HasSuffix(t.Lemma, "ь")) || !(strings.HasSuffix(l, "і") || strings.HasSuffix(l, "ї")) {
		return -1
	}
	for j := at + 1; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if (isNoun(&f.toks[j]) || f.entityAt(j) != "") && hasCase(&f.toks[j], "v_dav") && !isPrep(&f.toks[j-1]) {
			return -1 // "Лікарні передали громаді обладнання": the hospitals give
		}
	}
	return k
}

// underTermsOf reports whether the clause of the verb at at opens with за
// and the relative pronoun (за якими, за якою, за яким): what a rule or
// a programme lets one do, told of its terms.
func (f *finder) underTermsOf(at int) bool {
	j := at - 1
	for j >= 0 && f.toks[j].Kind != vistka.Punct {
		j--
	}
	return j+2 < at && f.low(j+1) == "за" && f.toks[j+2].Lemma == "який"
}

// goodsDativeBefore returns where the one given stands when the clause of
// the verb of giving at at puts the goods first and the one given them
// right before the verb, past adverbs ("Ще два автобуси громаді передало
// Міністерство", "Десять генераторів лікарні безкоштовно передав фонд",
// "Кошти школі виділила Данія"): a community or a service named by its
// noun in the dative (dativeBody), with its adjectives, or a place or a
// body named in the dative; the giver then follows the verb. It returns
// -1 for any other clause.
func (f *finder) goodsDativeBefore(at int) int {
	j := at - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j--
	}
	if j < 1 || f.governedBy(j) != "" || !isNoun(&f.toks[j]) || strings.Contains(f.toks[j].Tag, "pron") {
		return -1
	}
	d := j
	if e := f.entityAt(d); e != "" {
		d = f.nameStart(d, e)
		if typ := f.ents.Type(e); typ != "LOC" && typ != "ORG" || !hasCase(&f.toks[d], "v_dav") && !strings.Contains(f.toks[d].Tag, ":nv") {
			return -1
		}
	} else if !f.dativeBody(d) && !firstGiven[f.low(d)] || !hasCase(&f.toks[d], "v_dav") && !f.dativeAsGenitive(d) {
		return -1
	}
	for k := f.fundedFor(d) - 1; k >= 0; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || isPrep(t) {
			return -1
		}
		if strings.HasPrefix(t.Tag, "adj") {
			continue // the one given's adjectives: "Луцькому госпіталю"
		}
		if (materiel[f.low(k)] || gifts[f.low(k)] || moneyWords[f.low(k)] || f.buildingMaterials(k)) && strings.HasPrefix(t.Tag, "noun") && f.entityAt(k) == "" &&
			(hasCase(t, "v_zna") || f.countedGoods(k) || hasCase(t, "v_naz") && strings.Contains(t.Tag, ":inanim")) || f.spanType(k) == "MON" {
			// (a thing's accusative is its nominative, which the
			// tagger gives a noun that opens the clause: "Кошти школі
			// виділила Данія")
			return j
		}
		return -1
	}
	return -1
}

// fundedFor returns where a purpose set after the goods or the sum
// put first (на or для and its nouns: "Ще 2 млн гривень на ремонт дахів
// місту виділила рада") opens, right before the one given at d; d when
// there is none.
func (f *finder) fundedFor(d int) int {
	for k := d - 1; k > 0 && k >= d-4; k-- {
		t := &f.toks[k]
		if l := f.low(k); (l == "на" || l == "для") && isPrep(t) && k < d-1 {
			return k
		}
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || f.entityAt(k) != "" {
			break
		}
	}
	return d
}

// firstGiven are the nouns of those given goods or money put before the
// verb, besides dativeBody's: an enterprise, a hospital or a school ("45
// млн гривень підприємству виділила міська рада").
var firstGiven = map[string]bool{"підприємство": true, "госпіталь": true, "ліцей": true, "гімназія": true, "заклад": true, "центр": true}

// dativeAsGenitive reports whether the noun at d, read by the tagger as a
// genitive, has the dative's form too: a feminine noun in -і or -ї
// ("лікарні", "області", "Ефіопії", "Кореї"), whose genitive and dative
// are one word.
func (f *finder) dativeAsGenitive(d int) bool {
	t := &f.toks[d]
	l := scan.ToLower(t.Text)
	return hasCase(t, "v_rod") && strings.Contains(t.Tag, ":f:") && (strings.HasSuffix(l, "і") || strings.HasSuffix(l, "ї"))
}

// goodsAfterPeople reports whether the goods at j are the object of the
// verb of giving whose people given them stand at k (peopleAfter): the
// first noun after them, past a number and adjectives, in the
// accusative or counted ("передав військовим 50 дронів", "передали
// бійцям нові генератори"); not a noun of another thing's
// ("передавала окупантам координати підстанцій"), nor money, which paid
// to people may be a wage or a fee ("виплатила працівникам кошти").
func (f *finder) goodsAfterPeople(k, j int) bool {
	if f.low(j) == "кошти" || !hasCase(&f.toks[j], "v_zna") && !f.countedGoods(j) {
		return false
	}
	for m := k + 1; m < j; m++ {
		t := &f.toks[m]
		if t.Kind != vistka.Number && !strings.Contains(t.Tag, "numr") && !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return true
}

// scaleWords are the words that scale a sum written in figures.
var scaleWords = map[string]bool{"тис": true, "тисяч": true, "тисячі": true, "млн": true, "мільйон": true, "мільйона": true, "мільйонів": true, "млрд": true, "мільярд": true, "мільярда": true, "мільярдів": true, ".": true}

// aidNounBetween reports whether the noun допомога stands between the
// verb at i and the sum at j: "Евакуйованим виплатять одноразову
// допомогу — по 2 тис. гривень" is aid, whoever it is paid to.
func (f *finder) aidNounBetween(i, j int) bool {
	return slices.ContainsFunc(f.toks[i+1:j], func(t vistka.Token) bool { return t.Lemma == "допомога" })
}

// peopleGiven returns the people in the dative plural at k (see
// peopleInDative) with the adjectives before them, lower-cased as
// written, which the pipeline puts in the nominative plural ("Українським
// військовим передали": українські військові), and the genitive after
// them that tells whose or of what they are, which keeps its case
// ("Власникам зруйнованих помешкань": власники зруйнованих помешкань);
// "" for any other word.
func (f *finder) peopleGiven(k int) string {
	if !f.peopleInDative(k) || !plural(&f.toks[k]) && !pluralDativeForm(&f.toks[k]) {
		return ""
	}
	lo := k
	for lo > 0 && isAdj(&f.toks[lo-1]) && (hasCase(&f.toks[lo-1], "v_dav") || pluralDativeForm(&f.toks[lo-1])) {
		lo--
	}
	hi := k + 1
	for hi < len(f.toks) && hi-k <= 3 && f.entityAt(hi) == "" && hasCase(&f.toks[hi], "v_rod") && !hasCase(&f.toks[hi], "v_dav") &&
		(isNoun(&f.toks[hi]) && !strings.Contains(f.toks[hi].Tag, "pron") || isAdj(&f.toks[hi])) {
		hi++
	}
	for hi > k+1 && isAdj(&f.toks[hi-1]) {
		hi-- // an adjective of a noun that follows: no genitive of its own
	}
	return scan.ToLower(f.text(lo, hi))
}

// wages are the nouns of pay: what is paid to people named is given them.
var wages = map[string]bool{
	"зарплата": true, "зарплатня": true, "оклад": true, "премія": true, "стипендія": true,
	"пенсія": true, "компенсація": true, "винагорода": true, "платня": true,
}

// wagesPaid reports whether the verb of paying at i pays a noun of pay
// (see wages) to people named in the dative in its clause, and a sponsor
// pays it (see sponsored): "фонд вирішив за кошти меценатів виплатити
// тренерам їхній посадовий оклад". An employer paying its staff
// ("завод виплатив працівникам зарплату") gives no aid.
func (f *finder) wagesPaid(i int) bool {
	if !f.sponsored(i) {
		return false
	}
	dative, pay := false, false
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
			continue
		}
		if hasCase(t, "v_dav") && (strings.Contains(t.Tag, ":anim") || f.entityAt(j) != "") {
			dative = true
		}
		if wages[t.Lemma] && (hasCase(t, "v_zna") || hasCase(t, "v_naz")) {
			pay = true
		}
	}
	return dative && pay
}

// giftAfter reports whether the verb of giving a gift at i has a thing
// for its object in its clause: "подарував квадрокоптер із
// відеокамерою", "подарувала школі автобус"; not "подарував надію".
func (f *finder) giftAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+5 && f.toks[j].Kind != vistka.Punct; j++ {
		if f.giftNoun(j) {
			return true
		}
	}
	return false
}

// giftNoun reports whether the token at j is a thing that can be given
// as a gift (see materiel and gifts) in the case of a verb's object: the
// accusative, or the nominative of an inanimate noun, which the tagger
// reads for the accusative's form.
func (f *finder) giftNoun(j int) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") && (!hasCase(t, "v_naz") || strings.Contains(t.Tag, ":anim")) {
		return false
	}
	l := f.low(j)
	return materiel[l] || gifts[l]
}

// giftBefore returns where the thing given as a gift by the verb at i
// stands when it is put before the verb in its clause, under no
// preposition, past the words that hang on it or on the verb (its
// genitives, a possessive, a phrase of для, the one given in the dative,
// adverbs): "Машину його підрозділу восени подарували волонтери",
// "Автомобіль військовим подарував фонд"; giftAfter with the object put
// first. It returns -1 when there is none.
func (f *finder) giftBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return -1
		}
		if f.giftNoun(j) && f.governedBy(j) == "" {
			return j
		}
	}
	return -1
}

// materielBefore reports whether goods (see materiel) open the clause of
// the verb of receiving at i, put before it as its object: "Пожежні
// каски, захисні костюми та рукави отримали вогнеборці від міської
// ради". A comma of the list is passed; other punctuation or a verb ends
// the search.
func (f *finder) materielBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":anim") && (hasCase(t, "v_zna") || hasCase(t, "v_naz")) && materiel[f.low(j)] {
			return true
		}
	}
	return false
}

// sponsors are the nouns of those who pay for others out of goodwill.
var sponsors = map[string]bool{"фонд": true, "меценат": true, "спонсор": true, "благодійник": true, "волонтер": true}

// sponsored reports whether the sentence of the verb at i, before it,
// names a sponsor (see sponsors) or whose money pays ("за кошти
// меценатів", "за рахунок спонсорів").
func (f *finder) sponsored(i int) bool {
	for j := 0; j < i; j++ {
		if sponsors[f.toks[j].Lemma] && isNoun(&f.toks[j]) {
			return true
		}
		if f.low(j) == "за" && j+1 < i && (f.low(j+1) == "кошти" || f.low(j+1) == "рахунок") {
			return true
		}
	}
	return false
}

// turnedForHelp reports whether the verb of turning at i asks someone for
// help: по допомогу or за допомогою and a до naming whom, in either
// order, in its clause ("звернулася по допомогу до ЮНІСЕФ", "звернулися
// за допомогою до волонтерів"). Medical care sought ("по медичну
// допомогу до лікарні") is a patient's visit, no one's request.
func (f *finder) turnedForHelp(i int) bool {
	help, to := false, false
	for j := i + 1; j+1 < len(f.toks) && j <= i+8; j++ {
		if f.punctOrVerb(j) {
			break
		}
		switch f.low(j) {
		case "по", "за":
			k := j + 1
			if f.low(k) == "медичний" {
				return false
			}
			help = help || f.low(k) == "допомога" && isNoun(&f.toks[k])
		case "до":
			to = true
		}
	}
	return help && to
}
