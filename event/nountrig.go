package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// nounTrigger appends to trigs the trigger the noun at i is, if it is
// one: a noun outside the quotes, not yet taken by a verb's trigger (see
// consumed), that names an event this sentence tells as done.
func (f *finder) nounTrigger(trigs []trig, i int, consumed map[int]bool, inQuote func(*vistka.Token) bool) []trig {
	t := &f.toks[i]
	// Every trigger below is a noun outside the quotes not yet taken:
	// those checks first, before the word is looked up.
	if !strings.HasPrefix(t.Tag, "noun") || consumed[i] || inQuote(t) {
		return trigs
	}
	nk := scan.KeyOf(f.low(i))
	if !nounTriggers.Has(nk) {
		return trigs // none of the tables below holds the word: nouns has no kind for it
	}
	if contractSieve.Has(nk) && contracts[f.low(i)] && f.signedAfter(i) {
		// "контракт з фірмою «Альфа», підписаний 17 червня": the
		// deal told by its participle
		trigs = append(trigs, trig{at: i, noun: i, k: kind{"AGREE", ""}})
		return trigs
	}
	if l := f.low(i); (l == "лист" || l == "звернення") && hasCase(t, "v_naz") {
		if j := f.letterAsking(i); j >= 0 && !consumed[j] {
			// "колективні листи до міського голови Сергія Кравченка
			// з вимогою …": a request to the one named, whoever wrote
			consumed[j] = true
			trigs = append(trigs, trig{at: i, noun: j, k: kind{"REQUEST", ""}})
			return trigs
		}
	}
	if f.low(i) == "звернення" && f.appealOf(i) {
		// "звернення директора музею X до управління культури": an
		// appeal made, by the one in the genitive, to the one after до
		trigs = append(trigs, trig{at: i, noun: i, k: kind{"REQUEST", ""}, appeal: true})
		return trigs
	}
	if auditSieve.Has(nk) && audits[f.low(i)] && f.auditOf(i) {
		// "Держфініспекція під час позапланової перевірки
		// Укрзалізниці звернула увагу на договір": the body checked
		trigs = append(trigs, trig{at: i, noun: i, k: kind{"ACCUSE", ""}, audit: true})
		return trigs
	}
	if f.low(i) == "навчання" && f.foreignTrainees(i+1) >= 0 && f.courseUnderWay(i) {
		// "Навчання українських пілотів уже розпочалося": another
		// state's forces trained, whoever trains them (the subject of
		// the verb after it, whatever case the tagger reads in it)
		trigs = append(trigs, trig{at: i, noun: i, k: kind{"AID", ""}})
		return trigs
	}
	if f.handoverUnderWay(i) {
		// "Передача Молдові генераторів з боку Румунії завершилася":
		// aid handed over, by the one after з боку
		trigs = append(trigs, trig{at: i, noun: i, k: kind{"AID", ""}, sender: f.sideIn(i)})
		return trigs
	}
	if f.signingHeld(i) {
		// "Відбулося підписання меморандуму між Мінцифри та
		// Google": the signing told as held, by the sides after між
		trigs = append(trigs, trig{at: i, noun: i, k: kind{"AGREE", ""}})
		return trigs
	}
	k, ok := nouns[f.low(i)]
	// (a protest held is one: "пройшли акції протесту")
	if !ok || f.inName(i) || lightOnly[f.low(i)] && !f.heldBody(i, k) && !f.chairedHeld(i, k) && !f.heldConsultations(i, k) && !f.partakenHeld(i, k) &&
		!(k.typ == "PROTEST" && f.eventNoun(i) && (f.heldSubject(i) || f.heldProtest(i))) {
		return trigs
	}
	aimed := f.low(i) == "критика" && f.addressedTo(i) > 0
	if f.low(i) == "критика" && !aimed {
		return trigs // "критика уряду": whose, and of whom, is not told as an act
	}
	if k.typ == "SANCTION" && f.measureWorks(i) {
		return trigs // "Санкції проти Росії не працюють": how the sanctions act, no sanctions imposed
	}
	if k.typ == "ASSAULT" && f.strikeCounted(i) {
		return trigs // "Це вже третя атака на порт": the strike told before, counted in its series
	}
	if f.low(i) == "зіткнення" && !f.armedClash(i) {
		return trigs // "зіткнення двох автомобілів": a crash
	}
	if f.low(i) == "прибуття" && !f.arrivalSetting(i) && (i == 0 || f.low(i-1) != "після" || f.frontedGuest(i) < 0) {
		return trigs // "після прибуття поїзда", "після прибуття рятувальників": no visit the clause is set after
	}
	if f.low(i) == "відмова" && !f.refusalToAct(i) {
		return trigs // "відмова Москви «ще раз показує …»": a refusal told before, no act of this sentence
	}
	if f.low(i) == "обмін" && !f.captivesAfter(i+1) {
		return trigs // "обмін досвідом": no exchange of captives
	}
	if f.low(i) == "декларація" && f.assetDeclaration(i) {
		return trigs // "Про це свідчить електронна декларація судді": what one owns, no agreement
	}
	during := f.during(i)
	background := f.background(i, k.typ)
	if background {
		during = false // "після російських ударів": a strike told before, not a meeting the clause is set in
	}
	// (an attack by a side named after it is one in any case:
	// "супроводжувався стріляниною з боку віце-мера")
	planned := k.typ == "CONSULT" && f.plannedAside(i) // "обговорили підготовку засідання …, яке відбудеться 15 грудня"
	if !during && !background && !aimed && !planned && !strings.Contains(t.Tag, "v_naz") && !f.heldSubject(i) && !f.countedHeld(i, k) && !(k.typ == "ASSAULT" && (f.bySide(i) != "" || f.accusedOf(i) != "")) && !f.misreadSubject(i) ||
		during && k.typ != "CONSULT" {
		return trigs
	}
	if f.objectOfTrigger(i) && !planned {
		return trigs // "засудили удари Росії": what was condemned
	}
	trigs = append(trigs, trig{at: i, noun: i, k: k, during: during})
	return trigs
}
