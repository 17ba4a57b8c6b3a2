package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// eventFor's phases that decide whether the event is kept: each reports
// false for what the text tells as no event of parties (the author's own
// doing, spending, a condition, a habit, a retelling, a private matter).

// doneByParties reports whether the event is one parties did: not the
// author's own doing or what is asked for, a theft, a body's own
// declaration, papers filed in court, or an arrival of nobody.
func (f *finder) doneByParties(ev *vistka.Event, tr trig, end int) bool {
	if tr.verb && (f.firstPerson(tr.at) || f.withAuthor(tr.at) || f.requested(tr.at)) {
		// "ми поговорили з піаністом", "запросив мене", "зі мною
		// погодяться": the author's doing; "закликає допомогти":
		// what is asked for
		return false
	}
	if v := f.verb(tr.at); (v == "викрасти" || v == "викрадати") && !slices.ContainsFunc(ev.Recipients, func(r string) bool { return f.ents.Type(r) == "PERS" || f.ents.Type(r) == "" }) {
		return false // "викрали авто", "викрадав гроші": theft, not an abduction
	}
	if vt := f.toks[tr.at].Tag; ev.Type == "AGREE" && tr.noun >= 0 && f.low(tr.noun) == "декларація" && f.verb(tr.at) == "ухвалити" &&
		len(ev.Actors) < 2 && !strings.HasSuffix(vt, ":p") && !strings.Contains(vt, ":p:") && !f.joint(tr.noun) {
		return false // "Парламент ухвалив декларацію, в якій вимагає …": a body's own statement, no agreement
	}
	if ev.Type == "ACCUSE" && tr.noun >= 0 && scan.ToLower(f.toks[tr.noun].Lemma) == "суд" && f.filedThing(tr.at, end) {
		return false // "подав до суду документи": papers handed in, no one sued; "подала до суду позов": the claim's event
	}
	if ev.Mode == "visit" && tr.verb && len(ev.Actors) == 0 {
		return false // "обладнання прибуде до Миколаєва": nobody comes
	}
	return true
}

// aidGiven reads who gives what is paid for with a loan and reports
// whether aid or its like is given: not a body's own spending or routine
// pay, a consent, a transfer to no one, a grant or payment to no one
// named.
func (f *finder) aidGiven(ev *vistka.Event, tr trig, end int) bool {
	lender := ""
	if f.spendGuarded(tr) && len(ev.Actors) == 0 {
		if lender = f.lentFrom(tr.at, end); lender != "" {
			// "Закупівлю профінансують за рахунок кредиту Ексімбанку
			// США": the lender gives, not one named after it
			ev.Actors = []string{lender}
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == lender })
		}
	}
	if f.spendGuarded(tr) && len(ev.Recipients) == 0 && ev.Place == "" && lender == "" &&
		!slices.ContainsFunc(ev.Actors, func(a string) bool { return f.ents.Type(a) == "LOC" || f.donor(a) }) {
		// (a donor body that pays gives too: "Світовий банк
		// погодився профінансувати ремонт ще 40 мостів")
		return false // "мерія фінансує ремонт доріг": spending, no one aided; a country that pays gives
	}
	if f.spendGuarded(tr) && len(ev.Actors) == 0 && f.actFunds(tr.at) {
		return false // "ухвалив бюджет, який фінансуватиме федеральний уряд": a budget law spends, no one gives
	}
	if f.spendGuarded(tr) && f.ownWorkFunded(tr.at) {
		return false // "агрохолдинг спонсорує власну футбольну команду": paying for one's own, no aid
	}
	if f.spendGuarded(tr) && f.customerPays(tr.at) {
		return false // "Фінансував роботи замовник – ДП «Альфа»": paying for a service ordered, no aid
	}
	if ev.Type == "AID" && tr.noun >= 0 && f.low(tr.noun) == "надання" && f.verb(tr.at) == "погодити" && !f.hasMoney(tr.noun, end) {
		ev.Type = "AGREE" // "погодила надання земельної ділянки": a consent, no aid
	}
	if ev.Type == "AID" && tr.noun >= 0 && handedOver[f.low(tr.noun)] && len(ev.Recipients) == 0 {
		return false // "оголосили про передачу справи": aid only to one named
	}
	if ev.Type == "AID" && tr.verb && tr.noun >= 0 && f.low(tr.noun) == "грант" && len(ev.Recipients) == 0 && !slices.ContainsFunc(ev.Actors, f.donor) &&
		!f.hasMoney(tr.at, end) {
		// "Міська рада надала гранти за програмою підтримки бізнесу": a
		// body's spending, no one named ("виділила 6 млн гривень на
		// гранти для ветеранського бізнесу" is told by its sum)
		return false
	}
	if ev.Type == "AID" && tr.noun >= 0 && slices.Contains(payNouns, f.low(tr.noun)) && receives[f.verb(tr.at)] && len(ev.Actors) == 0 &&
		(len(ev.Recipients) != 1 || !countedPhrase(ev.Recipients[0]) || strings.Contains(f.toks[tr.at].Tag, ":pres")) {
		// "кожен ліквідатор аварії отримає виплату", "мешканці
		// отримають виплати": no payer named, a rule told (the golds'
		// optional at most); "кожен третій українець отримує пенсію":
		// a statistic. (People counted who got it or will are aid to
		// them though no payer is: "доплату отримають понад 370 тис.
		// вчителів" is required in news65, whose payer is told in
		// another sentence.)
		return false
	}
	if ev.Type == "AID" && tr.noun >= 0 && slices.Contains(payNouns, f.low(tr.noun)) && (f.wagesOf(tr.noun) ||
		len(ev.Recipients) == 0 && !slices.ContainsFunc(ev.Actors, f.donor) && !f.hasMoney(tr.at, end) ||
		!gives[f.verb(tr.at)] && f.afterPrep(tr.noun) || f.afterNoun(tr.noun, tr.at)) {
		// "Пенсійний фонд розпочав виплату пенсій за грудень": a
		// body's routine, no one named; "розпочала виплату зарплат
		// працівникам": an employer's pay; "отримають у березневій
		// виплаті": where, not what is got; "не надав доказів
		// виплати": another noun's
		return false
	}
	if ev.Type == "AID" && tr.noun >= 0 && (f.low(tr.noun) == "виділення" || f.low(tr.noun) == "надання") && len(ev.Recipients) == 0 &&
		!f.hasMoney(tr.noun, end) {
		r := ""
		if f.decisionOf(tr.noun) {
			// "Кошти фонд отримав як фінансову підтримку. Рішення
			// про виділення грошей ухвалювала міська рада": the
			// one that got the money, told just before
			r = f.receivedBefore()
		}
		if r == "" {
			return false // "оголосила про виділення коштів на міст": no one aided, no sum
		}
		ev.Recipients = []string{r}
	}
	return true
}

// metOrVisited reports whether talks or a visit took place with someone
// or somewhere: not an interview, a language spoken, a trip of the public,
// a habit, guests of a ceremony, or a host's welcome.
func (f *finder) metOrVisited(ev *vistka.Event, tr trig) bool {
	if ev.Type == "CONSULT" && tr.verb && talkVerbs[f.verb(tr.at)] && (f.outletSubject(tr.at) || f.pressPartner(tr.at) || f.orgInterviews(tr.at, *ev)) {
		// "Портал … поспілкувався з заступником голови", "директор
		// погодився поспілкуватися зі ЗМІ": an interview, no meeting
		return false
	}
	if ev.Type == "CONSULT" && tr.verb && talkVerbs[f.verb(tr.at)] && len(ev.Recipients) == 0 && f.inLanguage(tr.at) {
		return false // "розмовляв лише німецькою": the language one speaks, no talk with anyone
	}
	if ev.Mode == "visit" && tr.noun < 0 && len(ev.Recipients) == 0 && ev.Place == "" && !(tr.verb && f.openingCome(tr.at) && f.nationalGuest(ev.Actors)) {
		// "часто відвідував джазові концерти": nobody and nowhere
		// visited; "Коли активісти прибули, …", "прибули додому":
		// an arrival with no one and nowhere to visit (a minister
		// come to an opening visits the town it is in, which the
		// text may name before: see nationalGuest)
		return false
	}
	if ev.Mode == "visit" && tr.verb && len(ev.Recipients) == 0 && f.ordinaryVisitors(tr.at) {
		return false // "туристи відвідали музей": people at a place, no party visited
	}
	if ev.Mode == "visit" && tr.verb && len(ev.Recipients) == 0 && f.habitualVisit(tr.at) {
		return false // "бував декілька разів — прилітав сюди": a habit, no visit that took place
	}
	if ev.Mode == "visit" && tr.verb && len(ev.Recipients) == 0 && f.toCelebration(tr.at) && !(f.openingCome(tr.at) && f.nationalGuest(ev.Actors)) {
		return false // "на урочисте відкриття завітали …": guests of a ceremony
	}
	if ev.Type == "SUPPORT" && tr.verb && f.welcomedGuests(tr.at) {
		return false // "учасників фестивалю привітав ректор": a host's welcome
	}
	return true
}

// toldAsDone reads the event's aux and reports whether it is told as
// done: not an attack by animals, damage with no attack, a condition or a
// threat's demand, a question, what one would or should do, a rule or a
// habit.
func (f *finder) toldAsDone(ev *vistka.Event, tr trig, end int) bool {
	if ev.Type == "ASSAULT" && tr.verb && f.beastAssault(tr.at, end) {
		// "слимаки атакують городи", "убила кількох зайців": animals
		// and pests are no parties, and the idiom is no attack
		return false
	}
	if damages[f.verb(tr.at)] && (tr.passive || strings.Contains(f.toks[tr.at].Tag, "impers") || !slices.ContainsFunc(ev.Actors, f.hostile)) {
		// "буря пошкодила лінії": no attack; "атакували Одесу,
		// пошкоджено судна": the attack told, not another
		return false
	}
	ev.Aux = f.aux(tr)
	if v := f.verb(tr.at); tr.verb && (v == "допустити" || v == "допускати") {
		// "не допустило фірму до участі": the rejection done, not negated
		ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if v := f.verb(tr.at); ev.Type == "REJECT" && tr.verb && (v == "виконати" || v == "виконувати") {
		// "не виконуватиме резолюцію": the не is the refusal's own
		ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if ev.Type == "THREATEN" && tr.verb && f.notUnanswered(tr.at) {
		// "не залишиться без відповіді": the не is the threat's own
		ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if f.unmetCondition(tr.at) && f.threatCondition(tr.at) {
		// "пригрозив Литві відповіддю, якщо Вільнюс не скасує
		// обмеження": what a threat demands is not done (with no
		// threat before it the condition stays a hypothetical event)
		return false
	}
	if c := f.conditionEnd(tr.at); c >= 0 && f.promisedAfter(c) {
		return false // "якби мер не скасував рішення, активісти пообіцяли …": the demand, not done
	}
	if slices.Contains(ev.Aux, "hypothetical") && f.threatCondition(tr.at) {
		return false // "пригрозив …, якщо Угорщина не скасує заборону": the condition, no event
	}
	if f.inCondition(tr.at) {
		return false // "Якщо донори погодяться, установки можуть прибути": the condition, no event
	}
	if n := tr.noun; ev.Type == "SANCTION" && n >= 0 && f.toks[n].Lemma == "заборона" && !f.tradeBan(n) {
		return false // "запровадила заборону на продаж алкоголю": a rule at home, no sanction
	}
	if f.passedOnRequest(tr) {
		return false // "пообіцяв передати прохання Києва до Білого дому": another's request carried, no request of the carrier
	}
	if f.inQuestion(tr.at) {
		return false // "Чи погодиться Вашингтон, поки невідомо": asked, not told, no event
	}
	if tr.verb && f.conditionalMood(tr.at) {
		return false // "він охоче зустрівся б із ними": what one would do, no event
	}
	if tr.verb && f.shouldHave(tr.at) {
		return false // "уряд мав би спершу обговорити механізм": what should have been done, no event
	}
	if tr.verb && f.teamWithheld(tr.at) {
		// the boycott is the team withheld, no negated event
		ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if tr.verb && f.neverDoes(tr.at) {
		return false // "працівники банку ніколи не просять назвати пароль": a rule, no event
	}
	if tr.verb && f.habit(tr.at) && (f.thisTime() || !slices.ContainsFunc(ev.Actors, f.specificSide)) {
		// "При розрахунках вони зустрічалися лише вдвох": a habit, no
		// event; a named side's or a specific group's habit
		// ("окупанти зазвичай обстрілюють Нікополь") is one the news
		// keeps, unless it is the foil of what was done this time
		// ("зазвичай підтримує законопроєкти, однак цього разу …")
		return false
	}
	return true
}

// admittedOrRefused turns consent not given into a rejection and reports
// false for a guilt not admitted, consent found missing, a sum of what was
// told, and results recognised.
func (f *finder) admittedOrRefused(ev *vistka.Event, tr trig) bool {
	if n := tr.noun; ev.Type == "CONCEDE" && n >= 0 && (f.low(n) == "вина" || f.low(n) == "провина") &&
		(slices.Contains(ev.Aux, "negation") || f.reasonBefore(tr.at) || f.inPart(tr.at)) {
		// "провину не визнав": no confession; "звільнив, тому що …
		// свою вину визнав": a reason given for a ruling; "провину
		// визнав частково": a partial admission, no concession
		return false
	}
	if v := f.verb(tr.at); (ev.Type == "SUPPORT" || ev.Type == "AGREE") && slices.Equal(ev.Aux, []string{"negation"}) && refused[v] {
		// "не погодився з позицією прокурорів", "райрада не
		// погодила продовження оренди": a rejection ("не
		// підтримали" stays support negated)
		ev.Type, ev.Aux = "REJECT", []string{}
		if f.foundThat(tr.at) {
			// "Суд встановив, що виділення ділянки не було
			// погоджено з департаментом": consent found missing, a
			// finding, no refusal
			return false
		}
	}
	if len(ev.Actors) == 0 && f.summedUp() && slices.ContainsFunc(f.before, func(b vistka.Event) bool { return b.Type == ev.Type }) {
		// "Відділення наклало 544 тис. грн штрафу на компанії. …
		// Таким чином, сумарно фірми отримали 544 тис. грн штрафу":
		// the sum of what was told, no new event
		return false
	}
	if v := f.verb(tr.at); ev.Type == "SUPPORT" && recognise[v] && !slices.Contains(ev.Aux, "negation") &&
		tr.noun >= 0 && f.low(tr.noun) == "результат" {
		return false // "визнав порушення … та спотворення результатів торгів": only results refused are told
	}
	return true
}

// givenOrForced turns the sides of a loan from a bank, names the towns
// money is allotted to, and reports false for lending as a business, a
// paper about a loan, a benefit raised, a bribe, circumstances that force,
// a convoy, and spending with no donor.
func (f *finder) givenOrForced(ev *vistka.Event, tr trig, out []vistka.Event) bool {
	if ev.Type == "AID" && tr.noun >= 0 && f.lentToClients(tr.noun) && !slices.ContainsFunc(ev.Actors, f.donor) {
		// "банкам забороняється надавати клієнтам кредити": lending
		// as a business (not "Японія надала кредити українським банкам")
		return false
	}
	if ev.Type == "AID" && tr.noun >= 0 && loanNouns[f.low(tr.noun)] && !slices.ContainsFunc(ev.Actors, f.donor) && slices.ContainsFunc(ev.Recipients, f.lender) {
		// "Кабмін схвалив угоду з ЄІБ про кредит": the bank lends,
		// the borrower who signs with it is given the loan
		ev.Actors, ev.Recipients = ev.Recipients, ev.Actors
	}
	if ev.Type == "AID" && tr.verb && tr.noun > 0 && f.low(tr.noun-1) == "про" && gives[f.verb(tr.at)] {
		return false // "надала подрузі розписку про позику": a paper about the loan given, no loan
	}
	if ev.Type == "AID" && tr.verb && aidIncreases[f.verb(tr.at)] && len(ev.Recipients) == 0 {
		return false // "уряд збільшив допомогу при народженні дитини": a benefit raised, no one given it
	}
	if ev.Type == "AID" && f.bribeIn(tr.at) {
		return false // "отримав від фірми понад 420 тис грн неправомірної вигоди": a bribe
	}
	if ev.Type == "COERCE" && len(ev.Actors) == 0 && forcers[f.verb(tr.at)] && !f.byForce() {
		// "необхідність економити змушує посадовців відмовлятися від
		// програм": circumstances, no one coerced them
		return false
	}
	if ev.Type == "CONSULT" && ev.Mode == "visit" && len(ev.Actors) == 1 && f.vehicle(ev.Actors[0]) {
		return false // "конвой ООН приїжджав туди у вересні": a convoy comes, it visits no one
	}
	if tr.donor && len(ev.Recipients) == 0 && allots[f.verb(tr.at)] && !slices.ContainsFunc(ev.Actors, f.donor) && slices.ContainsFunc(ev.Actors, f.publicPurse) && !f.allottedFor(tr.at, ev.Actors) {
		ev.Recipients = f.allottedTowns(tr.at, ev.Actors) // "спрямував 1,5 млрд гривень на ремонт тепломереж у Харкові та Сумах"
	}
	if tr.donor && !slices.ContainsFunc(ev.Actors, f.donor) && !(tr.help && len(ev.Recipients) == 0 && f.firmMentioned(ev.Actors, tr.at)) &&
		!(allots[f.verb(tr.at)] && len(ev.Actors) > 0 && !slices.ContainsFunc(ev.Actors, f.publicPurse) && f.purposeToldBefore(tr.at)) &&
		!(allots[f.verb(tr.at)] && slices.ContainsFunc(ev.Actors, f.publicPurse) && (len(ev.Recipients) > 0 || f.allottedFor(tr.at, ev.Actors))) &&
		!(tr.verb && gives[f.verb(tr.at)] && len(ev.Recipients) > 0 && slices.ContainsFunc(ev.Actors, f.charity)) &&
		!(tr.verb && gives[f.verb(tr.at)] && len(ev.Recipients) > 0 && slices.ContainsFunc(ev.Actors, func(a string) bool { return f.guest(a, out) })) &&
		!(tr.sender != "" && f.ents.Type(tr.sender) == "LOC") {
		// (relief sent by a town is its gift, as a country's is:
		// "до Луцька прибула гуманітарна колона з Любліна", "надійшла
		// допомога від Любліна"; a firm that helps do something for no one named gives:
		// "компанія Metinvest, яка допомагала відновити систему ППО")
		return false // "мерія спрямувала 13 млн грн на ремонт": spending
	}
	return true
}

// notRetold reports whether the event is not one told before: a noun
// naming again what was told, a visit or meeting told again, what a visit
// or a meeting just told is for.
func (f *finder) notRetold(ev *vistka.Event, tr trig, out []vistka.Event) bool {
	if !tr.verb && len(ev.Actors) == 0 && f.typeBefore(ev.Type, out) && !f.newTarget(*ev, out) && !f.leadRetells(ev.Type, out) && !(tr.noun >= 0 && len(ev.Recipients) > 0 && f.countedHeld(tr.noun, tr.k)) &&
		!(ev.Type == "AID" && tr.noun >= 0 && f.low(tr.noun) == "навчання") {
		// "обмеження покликані позбавити Кремль коштів": the
		// sanctions just told, named again by a noun with no actor
		// (not "Відбулася низка зустрічей з …" after a visit:
		// meetings of their own; nor training after arms given,
		// "навчання українських пілотів уже розпочалося", aid of its
		// own)
		return false
	}
	if !tr.verb && (tr.during || ev.Place == "" && len(ev.Recipients) == 0) && f.repeats(*ev) && !f.newPartner(*ev, tr) {
		// "це перший візит Блінкена": the visit already told; "під
		// час зустрічі Пісторіус оголосив": the meeting just told
		return false
	}
	if k := len(out) - 1; tr.verb && ev.Type == "CONSULT" && ev.Mode == "meet" && len(ev.Recipients) == 0 && topicVerbs[f.verb(tr.at)] &&
		k >= 0 && out[k].Mode == "visit" && slices.Equal(out[k].Actors, ev.Actors) && tr.at > 0 && (f.low(tr.at-1) == "який" || f.low(tr.at-1) == "котрий") {
		// "має прибути Арарат Мірзоян, який обговорить підготовку
		// угоди": what the visit is for, no meeting of its own
		return false
	}
	if k := len(out) - 1; tr.verb && ev.Type == "CONSULT" && topicVerbs[f.verb(tr.at)] && k >= 0 && out[k].Type == "CONSULT" && f.duringWhich(tr.at) {
		// "провів зустріч з головою місії МВФ, під час якої сторони
		// обговорили умови програми": what the meeting just told
		// discussed, no meeting of its own (nor of the sides named
		// in an earlier sentence)
		return false
	}
	return true
}

// publicEvent reports whether the event is not a private one (a
// suggestion, two private people meeting, a story's stranger) nor the
// participants' or a grievance with no one named.
func (f *finder) publicEvent(ev *vistka.Event, tr trig) bool {
	if ev.Type == "REQUEST" && f.privateAsking(*ev) {
		return false // "подруга запропонувала мамі пройти обстеження": a private suggestion
	}
	if f.privateMeeting(*ev, tr) {
		return false // "Олександр Фредро зустрів Софію Скарбек": two private people
	}
	if f.privateLone(*ev) {
		return false // "Нічний гість попросив відвезти його у центр": a story's stranger
	}
	if ev.Type == "CONSULT" && len(ev.Recipients) == 0 && len(ev.Actors) == 1 && scan.ToLower(ev.Actors[0]) == "учасники" {
		// "Учасники обговорили програму": the participants of a
		// meeting told before, which names them; no side named here
		return false
	}
	if ev.Type == "ACCUSE" && len(ev.Recipients) == 0 && f.complaint(tr) {
		// "мешканці скаржаться на низький тиск води", "подали понад
		// 300 скарг": a grievance with no one it is against or
		// brought to is no accusation
		return false
	}
	return true
}

// countedPhrase reports whether the side s, a phrase as written, opens
// with a count: a number or a word that bounds or counts one ("1,3 млн
// переселенців", "понад 370 тис. вчителів", "близько 18 тисяч людей",
// "тисячі переселенців"). The phrase is surface text, so its first word
// is looked up as written, not as a lemma.
func countedPhrase(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	w = scan.ToLower(w)
	return countBounds[w] || counts[w] || countForms[w]
}

// countForms are the written forms, as a side's phrase opens with them,
// of the nouns that count people (counts holds their lemmas).
var countForms = map[string]bool{"сотні": true, "десятки": true, "тисячі": true, "мільйони": true}
