package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
)

// placeOf returns the place of ev, the event of trigger tr (its clause
// ends at end), given place, the one its objects named: dest is where it
// went, wentPlace and wentWhom the place and the people of a clause of де,
// mainPlace the clause's, portLeft a port left. It is where a visit went,
// a protest or a strike was held, talks sat, or the place told before (out
// are the sentence's events so far); it may set who a visit received.
func (f *finder) placeOf(ev *vistka.Event, tr trig, place, dest, wentPlace, mainPlace, portLeft string, wentWhom []string, end int, out []vistka.Event) string {
	if ev.Mode == "visit" && dest == "" && tr.verb {
		// "До Києва прибуде місія МВФ": the destination before the verb
		dest = f.destBefore(tr.at)
	}
	if ev.Mode == "visit" && dest != "" {
		if !slices.Contains(ev.Recipients, dest) {
			ev.Recipients = append(ev.Recipients, dest)
		}
		if place == "" || f.ents.Type(place) == "ORG" && f.ents.Type(dest) == "LOC" {
			// (a visit to a city is there, not at the body that told
			// of it: "Місія МВФ прибуде до Києва, повідомили в
			// Національному банку")
			place = dest
		}
	}
	if (ev.Type == "MOBILIZE" || ev.Type == "AID" && tr.donor) && place == "" && dest != "" && f.ents.Type(dest) == "LOC" {
		place = dest // "направила до Чорнокінців посилені наряди": where they are sent
		if ev.Type == "AID" && !slices.Contains(ev.Recipients, dest) {
			ev.Recipients = append(ev.Recipients, dest) // "направила до Ужгорода рятувальників": the town helped
		}
	}
	if ev.Mode == "visit" && (place == "" || tr.verb && visitVerbs[f.verb(tr.at)]) {
		// "відвідав Львів": the place visited is where the visit is,
		// not the town it lies near (відвідав село Ягідне поблизу
		// Чернігова).
		if k := slices.IndexFunc(ev.Recipients, func(e string) bool { return f.ents.Type(e) == "LOC" }); k >= 0 {
			place = ev.Recipients[k]
		}
	}
	if ev.Mode == "visit" && (tr.noun >= 0 || f.verb(tr.at) == "працювати") && len(ev.Recipients) == 0 && place != "" && f.ents.Type(place) == "LOC" {
		ev.Recipients = []string{place} // "перебуває з візитом у Вашингтоні": the place visited
	}
	if place == "" && tr.noun >= 0 && (f.low(tr.noun) == "вулиця" || f.low(tr.noun) == "площа") && tr.noun+1 < len(f.toks) {
		// "вийшли на вулиці Братислави": the city of the streets
		if e := f.entityAt(tr.noun + 1); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[tr.noun+1], "v_rod") {
			place = e
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == e })
		}
	}
	if wentPlace != "" && ev.Mode != "visit" {
		place = wentPlace // "вирушив до Найробі, де проведе переговори": there
		if len(ev.Recipients) == 0 {
			ev.Recipients = wentWhom
		}
	}
	if place == "" {
		place = f.checkpoint(tr.at, end) // "заблокували рух у пункті пропуску «Краківець – Корчова»"
	}
	if place == "" {
		place = cmp.Or(f.placeBefore(tr.at), mainPlace, f.gatheringPlace(tr.at))
	}
	if ev.Type == "PROTEST" && (place == "" || f.region(place) || strings.HasSuffix(f.ents.Name(place), "область")) {
		// "мітинг під стінами Житомирської ОДА": in Житомир
		seat := cmp.Or(f.protestSeat(tr.at, end), f.protestSeat(-1, tr.at))
		if seat == "" && tr.verb && f.verb(tr.at) == "пікетувати" {
			// "пікетували Одеську міськраду": at its seat
			for _, r := range ev.Recipients {
				if seat = f.seatTown(r); seat != "" {
					break
				}
			}
		}
		if place == "" || seat != "" && gazetteer.Lookup(cmp.Or(f.ents.Name(seat), seat))&gazetteer.Settlement != 0 {
			// "пікетували будівлю Козелецької селищної ради на
			// Чернігівщині": the seat's town, within the region
			place = cmp.Or(seat, place)
		}
	}
	if place == "" && ev.Type == "PROTEST" {
		// "пікет під мерією", "акція під Верховною Радою"; "Під стіни
		// Ради вийшли активісти"
		place = cmp.Or(f.protestSite(tr.at, end), f.protestSite(-1, tr.at))
	}
	if place == "" && ev.Type == "PROTEST" {
		place = f.blockedHall(tr.at, end) // "заблокували трибуну сесійної зали міської ради"
	}
	if place == "" && ev.Type == "PROTEST" {
		place = f.protestersOf(tr.at) // "Портові робітники фінської Котки відмовляються розвантажувати"
	}

	if place == "" && ev.Type == "CONSULT" && ev.Mode != "visit" {
		place = f.seatBefore(tr.at) // "у понеділок в Офісі президента зустрівся"
	}
	if place == "" && (ev.Type == "CONSULT" && ev.Mode != "visit" && ev.Mode != "phone" || ev.Type == "AGREE") {
		// "в обласній державній адміністрації зустрівся", "у
		// приміщенні Одеської ОВА провів зустріч", "У Черкаській
		// міській раді підписали угоду"
		place = f.adminSeat(tr.at)
	}
	if place != "" && ev.Type == "ASSAULT" && (f.region(place) || strings.HasSuffix(f.ents.Name(place), "область")) {
		// "обстріляли село Велика Олександрівка на Херсонщині": the
		// village struck, not its region
		if k := slices.IndexFunc(ev.Recipients, func(e string) bool {
			return f.ents.Type(e) == "LOC" && e != place && !f.region(e) && gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country == 0
		}); k >= 0 {
			place = ev.Recipients[k]
		}
	}
	if place == "" && ev.Type == "ASSAULT" {
		// "атакували Київ": a town or a region struck is where
		if k := slices.IndexFunc(ev.Recipients, func(e string) bool { return f.ents.Type(e) == "LOC" }); k >= 0 {
			place = ev.Recipients[k]
		}
	}
	if place == "" && ev.Type == "ASSAULT" {
		place = f.townAsPerson(ev.Recipients) // "атакували дронами Ізмаїл"
	}
	if place == "" && ev.Type == "ASSAULT" && len(ev.Recipients) == 0 && len(ev.Actors) > 0 && tr.verb {
		// "дрон атакував Марганець": the town struck, read as no object
		if t := f.townStruck(tr.at, end); t != "" && !slices.Contains(ev.Actors, t) {
			place, ev.Recipients = t, []string{t}
		}
	}
	if place == "" && ev.Type == "RETREAT" && tr.verb {
		place = cmp.Or(portLeft, f.townLeft(tr.at)) // "залишили Дебальцеве": the town left
	}
	if place == "" && ev.Type == "CONSULT" && !tr.verb {
		place = f.tookPlaceIn(tr.at) // "Переговори …, що відбулися в середу в Москві"
	}
	if place == "" && ev.Type == "CONSULT" && tr.verb && tr.noun > tr.at {
		// "взяв участь у форумі «…», що відбувся в Королівському
		// замку": the gathering's noun after the light verb
		place = f.tookPlaceIn(tr.noun)
	}
	if place == "" && (ev.Type == "ASSAULT" || ev.Type == "RETREAT") {
		place = f.front(end) // "на Куп'янському напрямку росіяни атакували"
	}
	if place == "" && ev.Type == "ASSAULT" {
		// "начальник Костянтинівської МВА зазначив, що росіяни
		// обстріляли місто": the city of the administration
		place = f.ownArea(tr.at, end)
	}
	if place == "" {
		// "у Варшаві оголосив, що Польща передасть …": where it
		// was announced
		place = f.mainClausePlace(tr.at)
	}
	if place == "" && tr.verb {
		// "Делегація, яка перебуває в Києві, провела зустріч": where
		// the doer stays
		place = f.subjectStays(tr.at)
	}
	if place == "" && ev.Type == "PROTEST" {
		// "до Москви стікалися …, щоб висловити протест": where they
		// came; "приїжджав до Сімферополя, беручи участь у
		// демонстраціях": where the main clause's event was
		if place = f.cameTo(tr.at); place == "" && strings.HasPrefix(f.toks[tr.at].Tag, "advp") {
			if k := len(out) - 1; k >= 0 && out[k].Sentence == ev.Sentence {
				place = out[k].Place
			}
		}
	}
	return place
}
