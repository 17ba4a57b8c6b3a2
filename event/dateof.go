package event

import (
	"cmp"
	"slices"

	"github.com/vistka/vistka"
)

// dateOf sets ev's date, the date of trigger tr: the one told at the act,
// the clause's main date, an eve or a next day, the day of the meeting or
// the visit the sentence is set in, or the date told before (out are the
// sentence's events so far).
func (f *finder) dateOf(ev *vistka.Event, tr trig, out []vistka.Event, quotes []vistka.Quote, dates []vistka.Date, mainDate string, visit *vistka.Event) {
	ev.Date = cmp.Or(f.actDate(dates, tr.at), mainDate)
	if ev.Type == "ASSAULT" && !tr.verb && f.accusedOf(tr.at) != "" {
		// "у понеділок звинуватив Росію в ударі по порту, внаслідок
		// якого 20 листопада загинули …": the day of the accusation
		// is not the attack's; a day after the noun is
		ev.Date = f.dayAfter(dates, tr.at)
	}
	if was, eve := f.eve(dates, ev.Place); was != "" && ev.Date == was {
		ev.Date = eve // "Напередодні в Осло міністр провів переговори" after a signing on Wednesday
	} else if was, eve := f.eveAfterDay(dates); was != "" && ev.Date == was {
		ev.Date = eve // "Нагадаємо, 28 жовтня … відвідали Ірпінь. Напередодні міністри …"
	}
	if eve := f.eveOfMain(dates, tr.at); eve != "" {
		ev.Date = eve // "Шмигаль, який напередодні провів переговори, у четвер заявив"
	}
	if next := f.nextDayInSentence(dates, tr.at); next != "" {
		ev.Date = next // "2 квітня провів переговори …, а наступного дня зустрівся …"
	}
	if ev.Date == "" && f.afterMeeting() {
		// "Після наради він зустрівся з …": the day of the meeting
		// told just before
		if n := len(f.before); n > 0 && f.before[n-1].Type == "CONSULT" {
			_, ev.Date = f.dl.of(&f.before[n-1])
		}
	}
	if ev.Date == "" && (f.sameDay() || f.evening()) {
		ev.Date = cmp.Or(f.toldDayBefore(unquoted(quotes, dates)), f.lastDate(out, slices.Contains(ev.Aux, "future"))) // "Того ж дня Сибіга зустрівся …"
		if ev.Date == "" {
			// "Вантаж у середу доставили … Міністр того ж дня
			// зустрівся": the day the sentence before names
			ev.Date = f.dayBefore(dates)
		}
	}
	if ev.Date == "" && f.nextDay() {
		// "Поліція затримала його 9 жовтня. Наступного дня суд узяв
		// його під варту": the day after the one told before
		ev.Date = dayAfter(pairEnd(dates, cmp.Or(f.toldDayBefore(unquoted(quotes, dates)), f.lastDate(out, slices.Contains(ev.Aux, "future")), f.dayBefore(dates))))
	}
	if ev.Date == "" && len(ev.Aux) == 0 {
		ev.Date = f.tiedBack(dates, tr.at) // "Після цього компанія звернулася …", "Відповідну угоду підписали …"
	}
	if ev.Date == "" {
		ev.Date = f.eveOfAct(dates, tr.at) // "Напередодні візиту …": the eve of the visit's day
	}
	if ev.Date == "" {
		ev.Date = f.daysAfterAct(dates, tr.at) // "Через два тижні після обшуків …"
	}
	if ev.Date == "" {
		if n := f.daysEarlier(dates, tr.at); n > 0 && !f.unresolvedBefore(dates) {
			// "Днем раніше суд відхилив клопотання", "За два дні до
			// обміну делегація провела переговори": days before the
			// one told before
			ev.Date = daysBack(cmp.Or(f.lastDate(out, slices.Contains(ev.Aux, "future")), f.dayBefore(dates)), n)
		}
	}
	if ev.Date == "" && visit != nil {
		ev.Date = visit.Date
	}
	if ev.Date == "" {
		ev.Date = f.alsoThen(tr, ev.Actors, dates) // "Вона також пригрозила …"
	}
}
