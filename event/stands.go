package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// verbTriggerStands tells whether the trigger tr of the verb v at i (of
// kind k by itself) tells an event done, and not one intended, ruled,
// wondered about, played or said in another sense; on the way it sets tr's
// kind, noun and flags where the words around tell them better. out are
// the sentence's events found so far.
func (f *finder) verbTriggerStands(tr *trig, i int, v string, k kind, passive bool, out []vistka.Event) bool {
	t := &f.toks[i]
	if tr.noun >= 0 && tr.k.typ == "REQUEST" && (v == "підтримати" || v == "підтримувати") && f.low(tr.noun) == "звернення" && (tr.noun+1 >= len(f.toks) || f.low(tr.noun+1) != "до") {
		// "підтримали звернення громадян": those who made it backed,
		// nothing asked of anyone named
		tr.k, tr.noun, tr.fronted = k, -1, false
	}
	if tr.noun >= 0 && tr.k.typ == "REQUEST" && (v == "передати" || v == "передавати") && !f.ownAppeal(tr.noun) {
		return false // "передав представникам МКЧХ звернення родин": another's appeal passed on
	}
	if tr.noun >= 0 && tr.k.mode == "visit" && f.low(tr.noun) == "консультація" && !strings.EqualFold(f.toks[tr.noun].Text, "консультації") {
		return false // "поїхати до Одеси на консультацію в Інститут": one seen by a doctor (talks are plural: "на консультації з колегами")
	}
	if tr.noun >= 0 && (f.low(tr.noun) == "матеріали" || f.low(tr.noun) == "матеріал") && tr.k.typ == "ACCUSE" && !f.referredToLaw(i) {
		return false // "передали матеріали до музею": sent, no one accused
	}
	if (v == "заявити" || v == "заявляти") && tr.noun > i && f.low(tr.noun) == "вимога" && !f.claimsLodged(i, tr.noun) {
		return false // "заявив про вимоги Росії": what was spoken of, no claim lodged
	}
	if (v == "заявити" || v == "заявляти") && tr.noun > i && f.low(tr.noun) == "позов" && f.low(tr.noun-1) == "про" {
		return false // "заявив про позов до фірми": what was spoken of, no claim lodged
	}
	if tr.noun >= 0 && f.low(tr.noun) == "моніторинг" && !f.procurementAfter(tr.noun+1) {
		return false // "ОБСЄ проводить моніторинг ситуації": watching, no one checked
	}
	if tr.noun > i && (f.low(tr.noun) == "провадження" || f.low(tr.noun) == "справа") && f.bankruptcyCase(tr.noun+1) {
		return false // "суд відкрив провадження у справі про банкрутство заводу": a procedure, no one accused
	}
	if (v == "видати" || v == "видавати") && tr.noun > i && f.low(tr.noun) == "ордер" && !(tr.noun+2 < len(f.toks) && f.low(tr.noun+1) == "на" && (f.low(tr.noun+2) == "арешт" || f.low(tr.noun+2) == "затримання")) {
		return false // "видав йому ордер на квартиру": a flat's warrant, no charge
	}
	if (v == "отримати" || v == "отримувати") && tr.noun >= 0 && (f.low(tr.noun) == "договір" || f.low(tr.noun) == "контракт") && !f.pricedContract(tr.noun) {
		return false // "отримала договір поштою": a paper received; "договір на 2 млн гривень отримало ТОВ «Альфа»" is one won
	}
	if (v == "звільнити" || v == "звільняти") && tr.k.mode == "release" && tr.noun > i && f.fromPost(tr.noun) {
		tr.k = kind{"COERCE", ""} // "звільнив затриманого чиновника з посади": a dismissal
	} else if v == "звільнити" && tr.k.mode == "release" && tr.noun > i && heldNow[f.low(tr.noun)] && strings.Contains(t.Tag, ":inf") {
		// "вимагають звільнити затриманих", "влада має звільнити
		// затриманих": a demand, nothing done
		return false
	}
	if (v == "звільнити" || v == "звільняти") && tr.k.typ == "COERCE" && f.ownRequest(i) {
		return false // "звільнив заступника з посади за власним бажанням": one who leaves, no one made to
	}
	if (v == "скасувати" || v == "скасовувати") && f.throughCourt(max(i-3, 0), i) {
		// "намагаються в судовому порядку скасувати угоду", "через
		// суд скасувала рішення ради": one does not cancel, one sues
		tr.k = kind{"ACCUSE", ""}
	}
	if tr.k.typ == "REJECT" && tr.noun >= 0 && strings.Contains(t.Tag, ":inf") && f.forcedTo(i) {
		return false // "змусила мера скасувати рішення": a cancellation forced is no one's rejection
	}
	if tr.k.typ == "" && (v == "запропонувати" || v == "пропонувати") && !strings.Contains(t.Tag, "pasv") && f.proposedTo(i) >= 0 {
		tr.k = kind{"REQUEST", ""} // "запропонував депутатам підтримати проєкт": what they are asked to do
	}
	if tr.k.typ == "" && violationSayers[v] && !passive && f.violationSaid(i) >= 0 {
		tr.k = kind{"ACCUSE", ""} // "заявив, що відмова ОВА є порушенням права": a violation charged
	}
	if tr.k.typ == "" && v == "визнати" && !passive && f.foundMisdeed(i) {
		tr.k = kind{"ACCUSE", ""} // "АМКУ визнав, що фірми спотворили результати торгів": a finding against them
	}
	if tr.k.typ == "" && auditFinds[v] && !passive && f.duringAudit(i) >= 0 && !f.auditHeldElsewhere() {
		tr.k = kind{"ACCUSE", ""} // "Під час інспекції регулятор виявив, що банк …": an inspection's finding
	}
	if tr.k.typ == "ACCUSE" && auditFinds[v] {
		if j := f.duringAudit(i); j >= 0 && audits[f.low(j)] && f.auditOf(j) {
			return false // "Під час перевірки Укрзалізниці аудитори виявили порушення": the inspection of the body named tells it
		}
	}
	if tr.k.typ == "" && (v == "звернутися" || v == "звертатися") && f.turnedToAbout(i) {
		tr.k = kind{"REQUEST", ""} // "звернулася до МВС щодо вжиття заходів": an appeal
	}
	if tr.k.typ == "" && (v == "звернутися" || v == "звертатися") && f.turnedForHelp(i) {
		tr.k = kind{"REQUEST", ""} // "громада звернулася по допомогу до ЮНІСЕФ": help asked of someone
	}
	if tr.k.typ == "" && (v == "звернутися" || v == "звертатися") && f.turnedToAuthority(i) {
		tr.k = kind{"REQUEST", ""} // "мешканці звернулися до мера": an appeal to those in charge
	}
	if tr.k.typ == "" && (v == "попередити" || v == "попереджати" || v == "застерегти") &&
		(f.warnedOfOwnAct(i) || f.warnedOfUnmet(i) || f.warnedOfReply(i) || f.warnedOfForce(i)) {
		// one's own act held over ("попередив, що може обмежити
		// постачання газу"), others' if demands go unmet ("попередила,
		// що в разі бездіяльності влади люди перекриють шосе"), a
		// retaliation ("попередив, що у відповідь Москва розмістить
		// ракети"), an act on a condition ("попередив, що Мінськ
		// застосує все, що має, якщо …")
		tr.k = kind{"THREATEN", ""}
	}
	if tr.k.typ == "" {
		return false
	}
	if f.doubted(i) {
		return false // "навряд чи й федерація допомогла": doubted, not told
	}
	if f.scareQuoted(tr.noun) && v != "назвати" && v != "називати" {
		// (what one calls a claim is quoted as said: "звинувачення
		// міністра назвали «безпідставними»" denies it)
		return false // "висловили свої «співчуття»": ironic, no sympathy
	}
	if receives[v] && f.careReceived(tr.noun) {
		return false // "жителі отримуватимуть медичну допомогу": care, no one's aid
	}
	if n := tr.noun; n >= 0 && f.low(n) == "дія" && tr.k.typ == "SANCTION" && !f.treatyForce(n) {
		return false // "призупинив дію закону": a law's force, no ties cut
	}
	if n := tr.noun; n >= 0 && f.low(n) == "захист" && tr.k.typ == "AID" && !(n > 0 && shelterAdjs[f.low(n-1)]) {
		return false // "надав захист свідку": not the protection a state gives refugees
	}
	if n := tr.noun; n >= 0 && f.low(n) == "захист" && tr.k.typ != "AID" && !f.defended(n) {
		return false // "виступив на захист прав людини": no one's side taken
	}
	if n := tr.noun; n >= 0 && f.low(n) == "відставка" && (v == "оголосити" || v == "заявити") && !f.ownResignation(n) {
		return false // "оголосив про відставку міністра": someone else's, announced
	}
	if n := tr.noun; n >= 0 && f.low(n) == "відставка" && (v == "розповсюдити" || v == "оприлюднити" || v == "написати") && !f.statedResignation(n) {
		return false // "написав статтю про відставку міністра": someone else's, or no statement
	}
	if (v == "зацікавитися" || v == "зацікавлюватися") && !f.lawInterest(i) {
		return false // "інвестори зацікавилися проєктом": no inquiry
	}
	if n := tr.noun; n >= 0 && v == "піти" && f.low(n) == "суд" && n+1 < len(f.toks) && isVerb(&f.toks[n+1]) {
		return false // "пішов у суд працювати": gone to work there, no one sued
	}
	if n := tr.noun; n >= 0 && f.low(n) == "звільнення" && !f.resigned(n) {
		return false // "подав клопотання про звільнення з-під варти": no resignation
	}
	if n := tr.noun; n >= 0 && (v == "зупинити" || v == "призупинити") && (f.low(n) == "робота" || f.low(n) == "діяльність") &&
		(n+1 >= len(f.toks) || !hasCase(&f.toks[n+1], "v_rod") || !isNoun(&f.toks[n+1]) && f.entityAt(n+1) == "") {
		return false // "завод зупинив роботу": its own work, no one stopped
	}
	if (v == "влучити" || v == "влучати" || v == "поцілити") && (!f.weaponBefore(i) || f.typeBefore("ASSAULT", out) && !f.datedHit(i, out)) {
		// "м'яч влучив у ворота": only a weapon's hit is a strike; and
		// after an attack told, where its drones hit is its detail
		return false
	}
	if tr.k.typ == "ASSAULT" && (f.sportsTarget(i) || f.playTold() || f.matchMet(i)) {
		return false // "Руїс розстріляв ворота Буффона": a shot at goal; "атакували лівим флангом" in a match minute; "розгромила суперників у фіналі"
	}
	if tr.k.typ == "ASSAULT" && f.wordsAsBlows(i) {
		return false // "атакували ректорат запитами": words, no blows
	}
	if (v == "зустрітися" || v == "зустрічатися" || v == "зустрінутися") && f.matchMet(i) {
		return false // "У неділю у фіналі команди зустрілися": a match, no meeting
	}
	if tr.k.typ == "CONSULT" && f.audienceMet(i, tr.noun) {
		return false // "Письменник зустрівся з читачами": an audience, no party to talks
	}
	if (tr.k.typ == "RETREAT" || tr.k.typ == "CONCEDE") && f.playTold() {
		return false // "«Ворскла» капітулювала в компенсований час": a goal let in
	}
	if n := tr.noun; n >= 0 && heldWithOthers[f.low(n)] && !f.heldWith(n) && !(tr.verb && f.jointSubject(i)) {
		// (held by two sides named as its subject, it is theirs:
		// "Сибіга та Сікорський провели онлайн-переговори")
		return false // "провів нараду з питань підготовки до зими": his own staff's, no one met
	}
	if (v == "зустріти" || v == "зустрічати") && f.withPlacards(i) {
		tr.k = kind{"PROTEST", ""} // "медики зустріли міністра з плакатами": a protest at the guest
	}
	if tr.k == (kind{"CONSULT", "meet"}) && (v == "зустрітися" || v == "зустрічатися" || v == "зустрінутися" || tr.verb && tr.noun > i && blocNouns[f.low(tr.noun)] && !f.has(phoneWords)) && f.manySidesMeet(i) {
		// "міністри оборони Японії, Філіппін, США та Австралії мають
		// зустрітися", "прем'єри Польщі, Чехії та Угорщини провели
		// зустріч"
		tr.k.mode = "multilateral"
	}
	if v == "зібратися" && f.officialsGather(i) && !f.gatheredToProtest(i) {
		tr.k = kind{"CONSULT", f.gatherMode(i)} // "міністри енергетики трьох країн зберуться в Бухаресті": a meeting
	} else if v == "зібратися" && !f.gatheredToProtest(i) && !f.withPlacards(i) && !(f.atSeat(i) && f.protestAround()) {
		return false // "депутати зібралися на засідання": no protest
	}
	if n := tr.noun; n >= 0 && f.low(n) == "пакет" && (v == "приєднатися" || v == "приєднуватися") &&
		(n+1 >= len(f.toks) || f.low(n+1) != "санкція" && f.low(n+1) != "санкції") {
		return false // "приєдналася до пакета реформ": no sanctions
	}
	if hosts[v] && (tr.k.typ == "PROTEST") != f.partTaken(i) && tr.k.typ != "AID" {
		// only "приймав участь у мітингу" (for брав участь) joins a
		// protest, and taking part in anything else hosts no one
		return false
	}
	if v == "вимагати" && f.standingRequirement(i) {
		return false // "свої ж вимоги, які фонд вимагає від забудовника": rules held, no demand made
	}
	if (v == "зазнати" || v == "зазнавати") && tr.noun > i && f.low(tr.noun) == "поразка" && (f.matchLost(tr.noun) || f.awayOrHome(tr.noun)) {
		return false // "зазнали поразки в гостях у Чорногорії": a match lost, no battle
	}
	if (v == "внести" || v == "вносити") && tr.noun >= 0 && (f.low(tr.noun) == "відомість" || f.low(tr.noun) == "відомості") && !f.pretrialEntry(i) {
		return false // "внесли відомості до Державного реєстру": a record, no charge
	}
	if (v == "залишити" || v == "залишати") && tr.noun > i && f.low(tr.noun) == "задоволення" && !f.claimNear(i, tr.noun) {
		return false // "залишив без задоволення" with no claim, appeal or motion named: nothing turned down
	}
	if (v == "вимагати" || v == "вимагатися") && f.normSubject(i) {
		return false // "Цього вимагає Конституція": what a law says, no demand made
	}
	if (v == "виступити" || v == "виступати") && tr.noun >= 0 && tr.noun+1 < len(f.toks) && opponents[f.low(tr.noun+1)] {
		return false // "Збірна виступила проти команди Франції": a match
	}
	if (v == "поступитися" || v == "поступатися") && f.matchLost(i) {
		return false // "«Шахтар» поступився «Фіорентині» з рахунком 1:2": a match lost, nothing conceded
	}
	if (v == "визнати" || v == "визнавати") && tr.k.typ == "ACCUSE" && tr.noun > i && slices.ContainsFunc(f.toks[i+1:tr.noun], func(t vistka.Token) bool { return lower(&t) == "себе" }) {
		tr.k = kind{"CONCEDE", ""} // "визнав себе винним": pleads guilty
	}
	if n := tr.noun; n > 0 && f.low(n) == "вирок" && strings.HasPrefix(f.low(n-1), "виправдувальн") {
		return false // "виніс виправдувальний вирок": an acquittal accuses no one
	}
	if strings.HasPrefix(t.Tag, "advp") && i > 0 && f.low(i-1) == "не" {
		// "Костюк, не заперечуючи потреби в змінах, застерегла":
		// a negated adverbial participle tells the manner of the
		// clause's act, no act of its own
		return false
	}
	if (v == "випустити" || v == "запустити") && tr.k.typ == "ASSAULT" && !f.launchedAt(i) {
		return false // "випустили альбом", "запустили проєкт": only weapons launched at a target
	}
	if tr.noun >= 0 && f.low(tr.noun) == "по" && tr.k.typ == "ASSAULT" {
		// "вдарили по Харкову": a place or a body struck; "вдарили по
		// них" in a story is a blow
		if e := f.entityAt(tr.noun + 1); (e == "" || f.ents.Type(e) != "LOC" && f.ents.Type(e) != "ORG") && !f.siteAt(tr.noun+1) {
			return false
		}
	}
	if (v == "потрапити" || v == "потрапляти") && tr.noun >= 0 && f.low(tr.noun) == "удар" && !f.struckPlace(i) {
		return false // "під удар потрапили пенсіонери": harmed, no strike
	}
	if (v == "заборонити" || v == "забороняти") && tr.k.typ != "SANCTION" && !f.infinitiveAfter(i) && !f.datedBan(i) {
		return false // "закон забороняє продаж": a rule, not a ban imposed on someone
	}
	cameTo := false
	if (v == "висловити" || v == "висловлювати") && tr.noun >= 0 && f.low(tr.noun) == "протест" {
		if f.cameToDo(i) >= 0 {
			// "до Москви стікалися великі групи кримських татар – щоб
			// висловити протест владі": people come to voice a protest
			// hold one, not a state's diplomatic accusation
			tr.k, cameTo = kind{"PROTEST", ""}, true
		} else if _, k := f.subject(i); k >= 0 && f.entityAt(k) == "" && strings.HasPrefix(f.toks[k].Tag, "noun:anim:p") && !diplomats[f.low(k)] && !envoys[f.low(k)] {
			tr.k = kind{"PROTEST", ""} // "Мешканці села висловили протест": people, not a state
		}
	}
	if strings.Contains(t.Tag, ":inf") && i > 0 && !cameTo && (f.intentionRightBefore(i) || f.quotedIntention(i) || f.intentionBefore(i) || f.purposeBefore(i) || f.listedIntent(i)) && !f.decided(i) && !f.statedPlan(i) && !f.voicedWill(i) &&
		!(tries[f.low(i-1)] && (tr.k.typ == "ACCUSE" || v == "стягнути")) {
		// (a legal action tried is under way: "намагається оскаржити
		// прокуратура", "намагається стягнути з ТОВ 1,15 млн грн")
		return false // "повідомила про намір судитися": not done
	}
	if strings.Contains(t.Tag, ":inf") && f.senseAfter(i) {
		return false // "розмовляти з ним є сенс лише наодинці"
	}
	if tr.k.typ == "AID" && tr.noun < 0 && f.helpToDo(i) {
		// "допомагати вченим обліковувати птахів": help, not aid;
		// "Литва допомагає відновлювати школи" is a donor's aid
		tr.donor, tr.help = true, true
	}
	if tr.k.typ == "AID" && tr.noun < 0 && f.thingSubject(i) {
		return false // "навіть це не допомогло італійцям": no giver
	}
	if tr.k.typ == "RETREAT" && tr.noun < 0 && i+1 < len(f.toks) && hasCase(&f.toks[i+1], "v_dav") && !hasCase(&f.toks[i+1], "v_naz") &&
		!((v == "повернути" || v == "повертати") && f.toOwner(i)) && !f.heritageAfter(i) && tr.k.mode != "release" {
		return false // "ділянку відвели міському управлінню": land allotted (a thing given back to its owner is returned)
	}
	if tr.k.typ == "RETREAT" && tr.k.mode != "release" && tr.noun < 0 && (f.personObject(i) || i+1 < len(f.toks) && strings.Contains(f.toks[i+1].Tag, "pron:pers") && hasCase(&f.toks[i+1], "v_zna")) {
		return false // "лікар відвела їх до кабінету": no withdrawal
	}
	return true
}
