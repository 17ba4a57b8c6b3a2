package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
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

// wagesOf reports whether the noun of payment at n pays wages, a noun of
// pay in the genitive after it past its adjectives: "виплату зарплат",
// "виплату заробітної плати", "доплату до окладу". An employer's pay to
// its staff is no aid.
func (f *finder) wagesOf(n int) bool {
	j := f.pastAdjs(n + 1)
	if j+1 < len(f.toks) && f.low(j) == "до" {
		j = f.pastAdjs(j + 1)
	}
	return j < len(f.toks) && payOnly[f.low(j)] && isNoun(&f.toks[j])
}

// payOnly are the nouns of an employee's pay (see wagesOf).
var payOnly = map[string]bool{
	"зарплата": true, "зарплатня": true, "оклад": true, "премія": true, "платня": true, "плата": true,
}

// thousandsGiven returns where the count opens when the plural noun at i,
// in the genitive past its adjectives, is counted by a noun of thousands
// in the dative at k after a number, and they are given aid:
// "здійснило виплати 40 тисячам переселенців", "призначив субсидії 300
// тисячам домогосподарств" (households and families are inanimate in
// the lexicon, so any noun counts); else -1.
func (f *finder) thousandsGiven(i, k int, tr trig) int {
	t := &f.toks[i]
	if tr.k.typ != "AID" || k < 1 || !thousands[f.low(k)] || !hasCase(&f.toks[k], "v_dav") || f.toks[k-1].Kind != vistka.Number ||
		!strings.HasPrefix(t.Tag, "noun") || !plural(t) || !hasCase(t, "v_rod") || strings.Contains(t.Tag, "pron") || !f.inObject(tr, k-1) {
		return -1
	}
	return k - 1
}

// thousands are the nouns that count in round numbers (see thousandsGiven).
var thousands = map[string]bool{"тисяча": true, "мільйон": true, "сотня": true}

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
	w := "тисяч"
	if last := n[len(n)-1]; !strings.HasSuffix(n, "11") && !strings.HasSuffix(n, "12") && !strings.HasSuffix(n, "13") && !strings.HasSuffix(n, "14") {
		switch last {
		case '1':
			w = "тисяча"
		case '2', '3', '4':
			w = "тисячі"
		}
	}
	end := i + 1
	if end < len(f.toks) && f.entityAt(end) != "" && hasCase(&f.toks[end], "v_rod") {
		end = f.nameEnd(end) // "12 тисячам мешканців Херсонщини": whose people
	}
	return n + " " + w + " " + f.text(k+2, end)
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
