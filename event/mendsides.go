package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// mendSides mends the kind and the sides of the event ev of trigger tr
// once its place, date and aux are read: recognition refused is a
// rejection; the sides of an accusation, a disqualification, a rejection,
// an attack or an appeal are read further where none was found (out are
// the sentence's events so far, an attack's doer may be named in the next
// sentence).
func (f *finder) mendSides(ev *vistka.Event, tr trig, out []vistka.Event) {
	if v := f.verb(tr.at); ev.Type == "CONCEDE" && recognise[v] && slices.Contains(ev.Aux, "negation") &&
		tr.noun >= 0 && f.low(tr.noun) == "звинувачення" {
		// "не визнають звинувачень": the accusations are rejected
		ev.Type, ev.Aux = "REJECT", slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if v := f.verb(tr.at); ev.Type == "SUPPORT" && recognise[v] && slices.Contains(ev.Aux, "negation") {
		// "не визнав результатів виборів", "не визнаватиме анексії":
		// recognition refused is a rejection, still to come if so
		ev.Type, ev.Aux = "REJECT", slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if ev.Type == "ACCUSE" && tr.verb && violationSayers[f.verb(tr.at)] && len(ev.Recipients) == 0 {
		if e := f.violationSaid(tr.at); e > tr.at {
			ev.Recipients = f.namedIn(tr.at+3, e) // "відмова ОВА є порушенням": whose act it is
		}
	}
	if ev.Type == "ACCUSE" && tr.verb && f.verb(tr.at) == "визнати" && len(ev.Recipients) == 0 {
		ev.Recipients = f.misdoers(tr.at) // "визнав, що ТОВ «Альфа» та ТОВ «Бета» спотворили …": whom the finding is against
	}
	if ev.Type == "SANCTION" && tr.verb && f.verb(tr.at) == "дискваліфікувати" && (f.procurement() || slices.ContainsFunc(ev.Recipients, f.legalFirm)) {
		// "тендерний комітет дискваліфікував ПП «Альфа»": a bid
		// turned down by the customer, no sanction of sport; a firm
		// named with its legal form is a bidder ("ТОВ «Альфа»
		// дискваліфікували"), turned down by the customer of the
		// contract told before
		ev.Type = "REJECT"
		if len(ev.Actors) == 0 {
			if c := f.customer(out); c != "" {
				ev.Actors = []string{c}
			}
		}
	}
	if ev.Type == "REJECT" && tr.verb && len(ev.Actors) == 0 && (f.verb(tr.at) == "відхилити" || f.verb(tr.at) == "відхиляти") &&
		slices.ContainsFunc(ev.Recipients, f.legalFirm) {
		// "ТОВ «Бета», пропозицію якого відхилили": a bid turned down
		// by the customer of the contract told before
		if c := f.customer(out); c != "" && !slices.Contains(ev.Recipients, c) {
			ev.Actors = []string{c}
		}
	}
	if ev.Type == "ASSAULT" {
		// "атаки РСЗВ", "ракета була випущена з установки ЗРК
		// «Бук-М»": a weapon system named is the means, no side
		ev.Actors = slices.DeleteFunc(ev.Actors, f.weaponName)
		ev.Recipients = slices.DeleteFunc(ev.Recipients, f.weaponName)
	}
	if ev.Type == "AGREE" && len(ev.Actors) == 0 && len(ev.Recipients) > 0 && tr.verb && (tr.passive || f.noSubject(tr.at)) {
		if h := f.tenderHolder(); h != "" && !slices.Contains(ev.Recipients, h) {
			ev.Actors = []string{h} // "Управління провело тендер. … було акцептовано пропозицію ПАТ «Альфа»"
		}
	}
	if len(ev.Actors) == 1 && f.ents.Type(ev.Actors[0]) == "" {
		if e := f.namedAfterDash(ev.Actors[0]); e != "" {
			// "Фінансував роботи замовник – ДП «Укрдержбуд»": the
			// name after the dash is who the subject is
			ev.Actors = []string{e}
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == e })
		}
	}
	if e := f.bidOwner(tr.at); ev.Type == "REJECT" && tr.verb && e != "" && slices.Equal(ev.Actors, []string{e}) {
		// "пропозицію фірми «Альфа» відхилили": the firm whose bid
		// was turned down is what it was done to, not who did it
		ev.Actors = []string{}
		if !slices.Contains(ev.Recipients, e) {
			ev.Recipients = append(ev.Recipients, e)
		}
		if c := f.customer(out); c != "" && c != e {
			ev.Actors = []string{c}
		}
	}
	if ev.Type == "REJECT" && len(ev.Actors) == 0 && len(ev.Recipients) == 0 && tr.verb &&
		(tr.passive || f.noSubject(tr.at)) && f.rejectedBid(tr.at) {
		// "Усі пропозиції відхилено", "Першу фірму відхилили": bids
		// turned down by no one named are the customer's doing
		if c := f.customer(out); c != "" {
			ev.Actors = []string{c}
		}
		if b := f.bidder(tr.at); b != "" && !slices.Contains(ev.Actors, b) {
			ev.Recipients = []string{b}
		}
	}
	if len(ev.Actors) == 0 && ev.Type == "ASSAULT" && !tr.verb && tr.noun >= 0 {
		// "після російських ударів по …": the attacker named by an
		// adjective, when the text names its country
		ev.Actors = append(ev.Actors, f.attackerCountry(tr.noun)...)
	}
	if len(ev.Actors) == 0 && ev.Type == "ASSAULT" && !tr.verb && tr.noun >= 0 {
		// "внаслідок удару росіян по багатоповерхівці", "атака
		// окупантів на Херсон": the attackers in the genitive after
		// the strike's noun
		if a := f.nounAttacker(tr); a != "" && !slices.Contains(ev.Recipients, a) {
			ev.Actors = append(ev.Actors, a)
		}
	}
	if len(ev.Actors) == 0 && len(ev.Recipients) == 0 && ev.Type == "ACCUSE" && tr.at <= 2 && len(f.toks) > 0 &&
		strings.Contains(f.toks[0].Tag, "impers") {
		// "Як зазначили в поліції, …. Відкрито кримінальне
		// провадження": the body that told the sentence before
		// opened it
		if b := f.toldInBody(); b != "" {
			ev.Actors = append(ev.Actors, b)
		}
	}
	if len(ev.Actors) == 0 && len(ev.Recipients) == 0 && ev.Type == "ACCUSE" && strings.Contains(f.toks[tr.at].Tag, "impers") {
		// "В обласній прокуратурі повідомили, що за фактом удару
		// розпочато досудове розслідування": the body that tells it
		// opened it
		if b := f.tellingBody(tr.at); b != "" {
			ev.Actors = append(ev.Actors, b)
		}
	}
	if ev.Type == "ACCUSE" && len(ev.Recipients) == 0 {
		if r := f.complainedOf(tr); r != "" && !slices.Contains(ev.Actors, r) {
			ev.Recipients = append(ev.Recipients, r) // "зі скаргами на діяльність піцерії"
		}
	}
	if len(ev.Actors) == 0 && tr.verb {
		// "Він пропонував … . Навіть просив передбачити кошти": the
		// one the sentence before is about goes on
		if p := f.carriedSubject(tr.at); p != "" && !slices.Contains(ev.Recipients, p) {
			ev.Actors = append(ev.Actors, p)
		}
	}
	if tr.appeal {
		// the parties of "звернення X до Y" are its genitive and its
		// addressee; a negation in the clause is what came of it ("Не
		// допомогло звернення X до Y")
		a, r := f.appealParties(tr.noun)
		ev.Actors, ev.Recipients = []string{a}, []string{r}
		ev.Aux = slices.DeleteFunc(ev.Aux, func(x string) bool { return x == "negation" })
	}
	if len(ev.Actors) == 0 && ev.Type == "ASSAULT" && (tr.verb || !f.typeBefore(ev.Type, out)) {
		// "На конвой було скоєно напад. Відповідальність за напад
		// взяли на себе бойовики «Талібану»": the doer the next
		// sentence names (not of "Внаслідок атаки …" after an
		// attack told: that attack, named again)
		ev.Actors = f.claimedNext()
	}
}
