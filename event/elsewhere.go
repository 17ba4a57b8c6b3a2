package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// objectsElsewhere returns rec, the ones the event ev of trigger tr (its
// clause ending at end) is done to, read where its objects named none
// after the verb: the guest a host received, put before the verb; the body
// whose work was stopped; the body whose decision was backed, rejected or
// accused; the person or owner a relative clause stands for; the
// counterparts met during a meeting. It may set ev's actors on the way.
func (f *finder) objectsElsewhere(ev *vistka.Event, tr trig, rec []string, end int) []string {
	if e := f.personBefore(tr.at); len(rec) == 0 && tr.verb && hosts[f.verb(tr.at)] && e != "" && !slices.Contains(ev.Actors, e) {
		rec = append(rec, e) // "Того ж дня Шмигаля прийняв президент Франції": whom
	}
	if j := f.guestFirst(tr.at); tr.verb && hosts[f.verb(tr.at)] && j >= 0 {
		// the guest put first, the host after the verb: "У палаці
		// Котрочень його прийняв президент Румунії Нікушор Дан", "у
		// столиці гостю прийняв президент"
		h := f.hostAfter(tr.at)
		ev.Actors = []string{h}
		rec = slices.DeleteFunc(rec, func(r string) bool { return r == h })
		switch e := f.entityAt(j); {
		case len(rec) > 0:
		case e != "":
			rec = append(rec, e)
		case strings.Contains(f.toks[j].Tag, "pron"):
			if r := cmp.Or(f.otherPerson(j, ev.Actors), f.lastVisitor(h)); r != "" {
				rec = append(rec, r)
			}
		case f.officeOfNamed(j):
			// "Прем'єр-міністра Бельгії прийняв президент": the one
			// the office names, or the office with its state
			rec = append(rec, cmp.Or(f.ents.RoleAt(f.a, f.s, j), f.toks[j].Lemma+" "+f.text(j+1, f.nameEnd(j+1))))
		default:
			rec = append(rec, f.toks[j].Lemma) // (the guest's noun alone, in its base form)
		}
	}
	if n := tr.noun; len(rec) == 0 && tr.verb && ev.Type == "COERCE" && n >= 0 && n+1 < len(f.toks) && (f.low(n) == "робота" || f.low(n) == "діяльність") {
		// "зупинила роботу цеху", "призупинив діяльність компанії
		// «Альфа»": whose work
		e := f.entityAt(n + 1)
		if e == "" && n+2 < len(f.toks) && f.toks[n+2].Kind == vistka.QuoteMark {
			e = f.entityAt(n + 3)
		}
		switch {
		case e != "":
			rec = append(rec, e)
		case isNoun(&f.toks[n+1]):
			rec = append(rec, f.low(n+1))
		}
	}
	if len(rec) == 0 && tr.verb && (ev.Type == "SUPPORT" || ev.Type == "REJECT" || ev.Type == "ACCUSE") {
		// "підтримала рішення уряду", "привітало рішення японського
		// уряду": whose decision
		if g := f.whoseDecision(tr.at+1, end); g != "" {
			rec = append(rec, g)
		}
	}
	if k := f.pastTimeBefore(f.actorBefore(f.pastTimeBefore(tr.at), ev.Actors)); len(rec) == 0 && tr.verb && k >= 3 && f.low(k-1) == "який" && hasCase(&f.toks[k-1], "v_dav") && f.toks[k-2].Text == "," {
		// (the actor between: "Валерію Дяченку, якому НАБУ напередодні
		// повідомило про підозру")
		// (past words of time: "Олександра Ковтуна, якому тиждень тому
		// повідомили про підозру")
		// "викликали посла Олега Озерова, якому вручили ноту": to
		// whom is the name before the relative
		if e := f.entityAt(k - 3); e != "" {
			rec = append(rec, e)
		}
	}
	if v := f.verb(tr.at); len(rec) == 0 && tr.noun >= 0 && ev.Type == "SUPPORT" && (v == "погодитися" || v == "погоджуватися") {
		// "погодився з апеляційним судом", "погодився з висновками
		// суду першої інстанції": the court agreed with
		if r := f.agreedWith(tr.noun, end); r != "" {
			rec = append(rec, r)
		}
	}
	if e := f.personObjectRelative(tr.at); len(rec) == 0 && tr.verb && e != "" {
		// "з Олегом Ляшком, якого затримали минулого тижня": the one
		// detained is the person before the relative
		rec = append(rec, e)
	}
	if r := f.ownerRelative(tr.at); len(rec) == 0 && tr.verb && !tr.passive && r != "" && !slices.Contains(ev.Actors, r) {
		rec = append(rec, r) // "ТОВ «Бета», пропозицію якого відхилили": whose bid
	}
	if r := f.actOwnerBefore(tr.at); len(rec) == 0 && tr.verb && !tr.passive && r != "" && !slices.Contains(ev.Actors, r) {
		rec = append(rec, r) // "пропозицію ГО «Світанок» … відхилили": whose proposal
	}
	if r := f.peopleOwnerFirst(tr.at); len(rec) == 0 && tr.verb && !tr.passive && r != "" && !slices.Contains(ev.Actors, r) {
		rec = append(rec, r) // "Пропозицію мешканців відхилила міська рада": whose proposal, people named by a noun
	}
	if r := f.objectRelative(tr.at); tr.verb && !tr.passive && r != "" && !slices.Contains(ev.Actors, r) {
		// "Росія, яку Сибіга звинуватив", "Чоловік, якого затримала
		// поліція", "Пропозиція Угорщини, яку відхилила Рада ЄС": the
		// noun the relative in the accusative stands for, or whose act
		switch v := f.verb(tr.at); {
		case len(rec) == 0:
			rec = append(rec, r)
		case (v == "звинуватити" || v == "звинувачувати" || v == "підозрювати") && f.ents.Type(r) != "" && !slices.Contains(rec, r):
			// "підприємця, якого прокуратура звинувачує в постачанні
			// до Росії мікроелектроніки": the one accused; names after
			// it tell the charge
			rec = []string{r}
		}
	}
	if tr.during && len(rec) == 0 && ev.Type == "CONSULT" {
		// "Під час зустрічі зі своїми колегами – вінницькими
		// громадськими лідерами – вони розповіли": counterparts met
		if r := f.counterparts(tr.at); r != "" {
			rec = append(rec, r)
		}
	}
	return rec
}
