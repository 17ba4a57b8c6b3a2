package event

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/date"
	"github.com/vistka/vistka/internal/scan"
)

// datedBan reports whether the ban at i is laid on someone named in the
// dative right after it: "заборонив товариству будь-які роботи".
func (f *finder) datedBan(i int) bool {
	if i+1 >= len(f.toks) {
		return false
	}
	t := &f.toks[i+1]
	if strings.Contains(t.Tag, ":nv") && f.entityAt(i+1) != "" {
		return true // "заборонив ТОВ «Карпатська оселя» роботи"
	}
	if !hasCase(t, "v_dav") || !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
		return false
	}
	return f.entityAt(i+1) != "" || actorNoun(lower(t)) || strings.Contains(t.Tag, ":anim")
}

// timeNouns end phrases of time in the genitive: того ж дня, цього тижня.
var timeNouns = map[string]bool{"день": true, "тиждень": true, "ранок": true, "вечір": true, "місяць": true, "рік": true, "доба": true, "ніч": true}

// sentencesSince returns how many sentences before this one e's sentence
// is.
func (f *finder) sentencesSince(e *vistka.Event) int {
	n := 0
	for s := f.s - 1; s >= 0 && f.a.Sentences[s].RStart > e.Sentence.Start; s-- {
		n++
	}
	return n + 1
}

// dayAfter returns the first full date told after the token at in its
// sentence, or "".
func (f *finder) dayAfter(dates []vistka.Date, at int) string {
	sent := f.a.Sentences[f.s]
	for _, d := range dates {
		if d.Value != nil && len(*d.Value) == len("2006-01-02") && d.Start > f.toks[at].RStart && d.End <= sent.REnd {
			return *d.Value
		}
	}
	return ""
}

// pastTimeBefore returns where the adverbs and words of time right
// before the verb at at begin: "якому тиждень тому повідомили" gives the
// index of тиждень.
func (f *finder) pastTimeBefore(at int) int {
	k := at
	for k > 0 && f.toks[k-1].Kind == vistka.Word && (strings.HasPrefix(f.toks[k-1].Tag, "adv") || f.spanType(k-1) == "DATE") && f.low(k-1) != "який" {
		k--
	}
	return k
}

// date returns the value of the date in the sentence nearest to the trigger.
func (f *finder) date(dates []vistka.Date, at int) string { return f.nearestDate(dates, at, false) }

// actDate is date for the event the trigger at tells itself, not for a
// sentence that dates what another tells: a document's date after від
// and a day in a participle phrase after the trigger are another act's
// ("скасував рішення облради від 28 травня 2015 року"), though in "Про
// це свідчить постанова суду від 10 грудня" the document's is the day.
func (f *finder) actDate(dates []vistka.Date, at int) string { return f.nearestDate(dates, at, true) }

// nearestDate is date, and actDate when act is true.
func (f *finder) nearestDate(dates []vistka.Date, at int, act bool) string {
	sent := f.a.Sentences[f.s]
	pos := f.toks[at].RStart
	best, bestDist := "", -1
	forEnd := -1 // the end of a year after на, which a range goes on from
	for _, d := range dates {
		if d.Value == nil || d.Start < sent.RStart || d.End > sent.REnd {
			continue
		}
		if d.Start > pos && f.askedBetween(at, d.Start) {
			continue // "закликав припинити вогонь з 20 грудня": when the act asked for would be
		}
		if d.Start > pos && f.ownClauseDate(at, d.Start) {
			continue // "зустрівся з президентом, а в четвер має провести переговори"
		}
		if f.untilDay(d.Start) {
			continue // "зобов'язав банк до 1 березня усунути порушення", "меморандум про партнерство до 2030 року": by when, not when
		}
		if act && f.documentDay(d.Start) {
			continue // "скасував рішення облради від 28 травня 2015 року": the decision's date, not the ruling's
		}
		if act && d.Start > pos && f.participleDay(at, d.Start) {
			continue // "визнав недійсним договір, укладений у 2007 році": the contract's year
		}
		if len(*d.Value) == len("2006") && f.yearOfNoun(d.Start) {
			continue // "Олімпійських ігор 2026 року": the games' year
		}
		if len(*d.Value) == len("2006") && (strings.HasPrefix(d.Text, "на ") || f.afterNa(d.Start) || forEnd >= 0 && d.Start-forEnd <= 2) {
			forEnd = d.End
			continue // "програму обмінів на 2026–2028 роки": what it is for, not when
		}
		if d.Start > pos && f.relativeBetween(at, d.Start) {
			continue // "… Житомирщини, над якою Таллінн узяв шефство у 2022 році"
		}
		if len(*d.Value) < len("2006-01-02") && f.sinceDate(d.Start, d.End) {
			continue // "відновлення якого Данія підтримує з 2022 року": when it began, not the event's day
		}
		if d.Start > pos && f.thatBetween(at, d.Start) {
			continue // "подякувала Єврокомісії і повідомила, що у ніч на понеділок росіяни пошкодили …": the clause's day
		}
		if d.Start > pos && f.holdingBetween(at, d.Start) {
			continue // "погодили проведення засідання комісії в листопаді": when the sitting is to be held, not when agreed
		}
		if len(*d.Value) == len("2006") && d.Start > pos && f.purposeBetween(at, d.Start) {
			continue // "нададуть 500 млн євро на закупівлю дронів у 2025 році": when the money is spent, not when pledged
		}
		if d.End <= pos && f.closedTimeClause(d.Start, at) {
			continue // "Після того як 20 листопада Росія атакувала Київ, міністр звернувся …": the attack's day
		}
		if d.End <= pos && f.closedRelative(d.Start, at) {
			continue // "розпорядження, на підставі якого у грудні 2009-го був укладений договір, скасоване": the clause's day
		}
		if d.End <= pos && f.nowInRelative(d.End, at) {
			continue // "прибула до Миколаєва, відновлення якого Данія підтримує": what goes on, not that day's
		}
		if d.End <= pos && f.inRelative(d.End, at) {
			continue // "у середу звернулася із запитом про видачу X, якого затримали в Марбельї": the request's day
		}
		if d.Start > pos && f.chargeBetween(at, d.Start) && !f.suspicionDay(d) {
			continue // "оголошений в розшук за підозру у фальсифікації … 16 січня 2014 року": the deed's day
		}
		if f.secondOfTwo(dates, d) {
			continue // "2 і 3 грудня провела переговори", "10–12 березня": days running from the first
		}
		if f.quotedDate(d.Start, at) {
			// "ухвалила постанову «Про … на місцевих виборах 25 жовтня
			// 2015 року», якою звернулася …": part of a title
			continue
		}
		dist := d.Start - pos
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = *d.Value, dist
			if y, ok := monthRange(dates, d); ok {
				best = y // "У квітні-листопаді 2015 року уклали договір": some time that year
			}
		}
	}
	return best
}

// tokenFrom returns the first token of the sentence that starts at the
// rune offset pos or after it (len(f.toks) if none).
func (f *finder) tokenFrom(pos int) int {
	return sort.Search(len(f.toks), func(k int) bool { return f.toks[k].RStart >= pos })
}

// documentDay reports whether the date that starts at code point start
// follows від right after a noun, a number or a closing quote: the date
// of a document or a case ("скасував рішення Київради від 22 травня 2013
// року", "провадження № 120 від 27.01.2016", "ухвалу «Про …» від 5
// березня"), not of the act told. A document in the instrumental, past
// the genitives after it, is the one the act was done by, and its date
// the act's ("Рішенням від 9 січня суд зобов'язав …", "скасоване
// розпорядженням голови облдержадміністрації від 01.09.2010").
func (f *finder) documentDay(start int) bool {
	k := f.tokenFrom(start)
	if k < 2 || k >= len(f.toks) || f.toks[k].RStart != start || f.low(k-1) != "від" {
		return false
	}
	p := &f.toks[k-2]
	if !strings.HasPrefix(p.Tag, "noun") && p.Kind != vistka.Number && !isCloseQuote(p.Text) {
		return false
	}
	h := k - 2
	for h > 0 && f.toks[h].Kind != vistka.Punct && (hasCase(&f.toks[h], "v_rod") || f.entityAt(h) != "") {
		h-- // "розпорядженням голови Херсонської облдержадміністрації від …": back to the head
	}
	if hasCase(&f.toks[h], "v_oru") {
		return false
	}
	// (a document in the nominative alone after a finite verb of its own
	// is that verb's subject, what the sentence cites: "Суд стягнув з
	// фірми 6 млн грн. Про це свідчить постанова суду від 10 грудня")
	if hasCase(&f.toks[h], "v_naz") && !hasCase(&f.toks[h], "v_zna") {
		for j := h - 1; j >= 0 && j >= h-3; j-- {
			if t := &f.toks[j]; finiteVerb(t) {
				return false
			}
		}
	}
	return true
}

// participleDay reports whether the date that starts at code point pos
// stands in a participle phrase set off by a comma after the trigger at
// at, with no comma closing it before the date: the day of what the
// participle tells ("визнав недійсним договір оренди, укладений у 2007
// році між міськрадою і фірмою"), not of the act.
func (f *finder) participleDay(at, pos int) bool {
	if !isVerb(&f.toks[at]) {
		return false // "контракт з фірмою, підписаний 17 червня": the noun's own act told by the participle
	}
	d := f.tokenFrom(pos)
	c := f.participleComma(at, d)
	if c < 0 {
		return false
	}
	for k := c + 2; k < d; k++ {
		if f.toks[k].Text == "," {
			return false
		}
	}
	return true
}

// monthRange reports whether the month d is one end of a range of months
// written as one hyphenated word ("у квітні-листопаді 2015 року", which
// the date layer gives as two months) and returns the year both share:
// the event is dated no closer than that.
func monthRange(dates []vistka.Date, d vistka.Date) (string, bool) {
	if d.Value == nil || d.Granularity != "month" || len(*d.Value) != len("2006-01") {
		return "", false
	}
	year := (*d.Value)[:4]
	for _, e := range dates {
		if e.Value == nil || e.Start == d.Start || e.Granularity != "month" || len(*e.Value) != len("2006-01") || (*e.Value)[:4] != year {
			continue
		}
		if e.Start == d.End+1 || d.Start == e.End+1 {
			return year, true
		}
	}
	return "", false
}

// quotedDate reports whether the date that begins at code point pos
// lies inside quotation marks (a title, words quoted: see inQuotedText)
// that the trigger at at is outside of.
func (f *finder) quotedDate(pos, at int) bool {
	for k := range f.toks {
		if f.toks[k].RStart >= pos {
			return f.inQuotedText(k) && !f.inQuotedText(at)
		}
	}
	return false
}

// askedBetween reports whether the verb at at asks or orders something
// and an infinitive it governs stands after it and before code point pos:
// a date there tells when the act asked for is to be, not when it was
// asked ("Він закликав припинити вогонь з 20 грудня до 19 січня").
//
// The verb that asks may also be one joined after the trigger: "подякував
// колезі за прийом і запросив його відвідати Київ у червні" thanked
// with no date; June is the visit asked for.
func (f *finder) askedBetween(at, pos int) bool {
	asks := func(i int) bool {
		k, ok := verbs[f.verb(i)]
		return ok && k.typ == "REQUEST" || obliges[f.verb(i)]
	}
	asking := asks(at)
	for k := at + 1; k < len(f.toks) && f.toks[k].RStart < pos; k++ {
		t := &f.toks[k]
		if asking && strings.Contains(t.Tag, ":inf") && f.requested(k) {
			return true
		}
		if finiteVerb(t) {
			asking = asks(k)
		}
	}
	return false
}

// ownClauseDate reports whether the date at code point pos, after the
// trigger at at, opens a clause of its own joined by ", а": "Того ж дня
// міністр зустрівся з президентом, а в четвер має провести переговори"
// met on the day told before, not on Thursday.
func (f *finder) ownClauseDate(at, pos int) bool {
	for k := at + 1; k+1 < len(f.toks) && f.toks[k].RStart < pos; k++ {
		if f.low(k) == "а" && f.toks[k-1].Text == "," && (f.toks[k+1].RStart == pos || f.contrastClause(k)) {
			return true // (or past the next clause's subject: "…, а АМКУ у червні розпочав розгляд")
		}
	}
	return false
}

// chargeBetween reports whether a charge (за підозрою у, у справі про,
// звинувачення в) stands after token at and before code point pos: a date
// there tells when the deed charged was done, not the event.
func (f *finder) chargeBetween(at, pos int) bool {
	for k := at + 1; k < len(f.toks) && f.toks[k].RStart < pos; k++ {
		switch f.low(k) {
		case "підозра", "справа", "звинувачення", "обвинувачення":
			if f.low(k) == "справа" && k > 0 && f.toks[k].Text == "справ" && strings.HasPrefix(f.low(k-1), "закордонн") || f.low(k) == "справа" && k > 0 && f.low(k-1) == "внутрішній" {
				continue // "міністрів закордонних справ": an office, no case
			}
			return true
		}
	}
	return false
}

// suspicionDay reports whether the day d follows підозра or
// обвинувачення right after it, with no charge between: "повідомили К.
// про підозру 14 березня 2024 року" was told the suspicion that day (the
// deed charged, "про підозру у хабарі, отриманому 3 травня", comes
// after the noun). A year or a month after the noun stays the charge's.
func (f *finder) suspicionDay(d vistka.Date) bool {
	if d.Value == nil || len(*d.Value) != len("2006-01-02") {
		return false
	}
	for k := 0; k+1 < len(f.toks); k++ {
		if f.toks[k+1].RStart == d.Start {
			l := f.low(k)
			return l == "підозра" || l == "обвинувачення"
		}
	}
	return false
}

// eve returns the day a напередодні of the sentence was resolved to (the
// day before publication) and the day before the day of the last event
// told before at the same place, which it stands for: "Україна та
// Норвегія у середу в Осло підписали угоду. … Напередодні в Осло міністр
// провів переговори" were on Tuesday. It returns "", "" when the
// sentence has no напередодні or no event before at that place has a
// day.
func (f *finder) eve(dates []vistka.Date, place string) (was, eve string) {
	if place == "" {
		return "", ""
	}
	sent := f.a.Sentences[f.s]
	for _, d := range dates {
		if d.Value == nil || !d.Relative || d.Start < sent.RStart || d.End > sent.REnd || scan.ToLower(d.Text) != "напередодні" {
			continue
		}
		for k := len(f.before) - 1; k >= 0; k-- {
			p, day := f.dl.of(&f.before[k])
			if p != place || len(day) != len("2006-01-02") {
				continue
			}
			last, err := time.Parse(time.DateOnly, day)
			if err != nil {
				return "", ""
			}
			if eve = last.AddDate(0, 0, -1).Format(time.DateOnly); eve > *d.Value {
				return "", "" // (a day after publication is no event told)
			}
			return *d.Value, eve
		}
		return "", ""
	}
	return "", ""
}

// relativeBetween reports whether a relative clause opens after token at
// and before code point pos: the date there is the clause's.
func (f *finder) relativeBetween(at, pos int) bool {
	for k := at + 1; k < len(f.toks) && f.toks[k].RStart < pos; k++ {
		if l := f.low(k); (l == "який" || l == "котрий") && k > 0 && (f.toks[k-1].Text == "," || isPrep(&f.toks[k-1])) {
			if f.toks[k-1].Text == "," && f.tookPlace(at, k) {
				continue // "саміт, який відбувся в понеділок у Києві"
			}
			return true
		}
		if l := f.low(k); (l == "де" || l == "куди" || l == "коли") && f.toks[k-1].Text == "," {
			return true // "відвідав село Ягідне, де навесні 2022 року …"
		}
	}
	return false
}

// sinceDate reports whether the date that starts at code point start
// follows з, із, зі or від: a year or a month something has gone on
// since ("підтримує з 2022 року", "з вересня пограбували 17
// пенсіонерів", "від 2023 року допомагає"), not the day of an event;
// but a date that коли goes on from is the day of that clause
// ("перебуває під вартою з листопада 2024 року, коли його затримали").
func (f *finder) sinceDate(start, end int) bool {
	k := f.tokenFrom(start)
	if k == 0 || k >= len(f.toks) || f.toks[k].RStart != start {
		return false
	}
	switch f.low(k - 1) {
	case "з", "із", "зі", "від":
	default:
		return false
	}
	e := f.tokenFrom(end)
	return e+1 >= len(f.toks) || f.toks[e].Text != "," || f.low(e+1) != "коли"
}

// nowInRelative reports whether the trigger at is a verb in the present
// in a relative clause of який or котрий, its object, that begins after
// code point pos: what it tells goes on, and a day of the main clause before it is
// not its day ("Фредеріксен у четвер прибула до Миколаєва, відновлення
// якого Данія підтримує", "подякував за допомогу, яку Корея надає").
func (f *finder) nowInRelative(pos, at int) bool {
	if t := f.toks[at].Tag; !strings.HasPrefix(t, "verb") || !strings.Contains(t, ":pres") {
		return false
	}
	for k := at - 1; k > 0 && f.toks[k].RStart >= pos; k-- {
		if f.toks[k].Kind == vistka.Punct {
			return false
		}
		if l := f.low(k); l == "який" || l == "котрий" {
			if hasCase(&f.toks[k], "v_naz") || isPrep(&f.toks[k-1]) {
				return false // "резолюцію, яка вимагає", "декларацію, в якій вимагає": the paper says it the day it was adopted
			}
			for j := k - 1; j >= 0 && j >= k-3 && f.toks[j].RStart >= pos; j-- {
				if f.toks[j].Text == "," {
					return true
				}
			}
			return false
		}
	}
	return false
}

// thatBetween reports whether a clause of що or щоб set off by a comma
// begins after the trigger at and before code point pos: a date there
// tells when what the clause says was (or is to be) done, not the event
// ("Гринчук подякувала Єврокомісії і повідомила, що внаслідок атак у ніч
// на понеділок росіяни пошкодили дві ТЕЦ").
func (f *finder) thatBetween(at, pos int) bool {
	for k := at + 1; k < len(f.toks) && f.toks[k].RStart < pos; k++ {
		if l := f.low(k); (l == "що" || l == "щоб") && f.toks[k-1].Text == "," {
			if l == "що" && f.tookPlace(at, k) {
				continue
			}
			return true
		}
	}
	return false
}

// purposeBetween reports whether the verb at at is a future one and a
// purpose of на with a noun in the accusative stands after it and before
// code point pos: a year there tells when the thing is for ("нададуть 500
// млн євро на закупівлю дронів у 2025 році"), not when it was pledged.
func (f *finder) purposeBetween(at, pos int) bool {
	if !strings.Contains(f.toks[at].Tag, "futr") {
		return false
	}
	for k := at + 1; k+1 < len(f.toks) && f.toks[k+1].RStart < pos; k++ {
		if f.low(k) == "на" && isPrep(&f.toks[k]) && isNoun(&f.toks[k+1]) && hasCase(&f.toks[k+1], "v_zna") {
			return true
		}
	}
	return false
}

// holdingBetween reports whether a noun of holding an occasion
// (проведення, скликання) stands after the trigger at at and before code
// point pos, in the same clause: a date there is the occasion's ("погодили
// проведення засідання змішаної комісії в листопаді", "домовилися про
// скликання саміту в червні").
func (f *finder) holdingBetween(at, pos int) bool {
	for k := at + 1; k < len(f.toks) && f.toks[k].RStart < pos; k++ {
		if t := f.toks[k].Text; t == "," || t == ";" || t == ":" {
			return false
		}
		if l := f.toks[k].Lemma; l == "проведення" || l == "скликання" {
			return true
		}
	}
	return false
}

// closedRelative reports whether the date that starts at code point
// start stands in a relative clause of який or котрий set off by commas
// that closes before the trigger at: "розпорядження, на підставі якого у
// грудні 2009-го був укладений договір, скасоване": the date is the
// clause's, not the main clause's.
func (f *finder) closedRelative(start, at int) bool {
	d := f.tokenFrom(start)
	if d >= at {
		return false
	}
	opened := false
	for k := d - 1; k > 0; k-- {
		if t := f.toks[k].Text; t == "," || t == "—" || t == "–" || t == "(" {
			break
		}
		if l := f.low(k); l == "який" || l == "котрий" {
			// the comma before it, or before the preposition phrase it
			// hangs on: ", на підставі якого"
			for c := k - 1; c >= max(0, k-3); c-- {
				if f.toks[c].Text == "," {
					opened = true
					break
				}
			}
			break
		}
	}
	if !opened {
		return false
	}
	for k := d + 1; k < at; k++ {
		if f.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// closedTimeClause reports whether the date that starts at code point
// start lies in a clause of time that puts the main clause after or
// before it (після того як, перш ніж, перед тим як, відколи) and is
// closed by a comma before the trigger at at: "Після того як 20
// листопада Росія атакувала Київ, міністр звернувся до партнерів" —
// the day is the attack's, not the request's. (A clause of коли or
// щойно tells the same time as the main clause: its day is the main
// clause's too.)
func (f *finder) closedTimeClause(start, at int) bool {
	d := f.tokenFrom(start)
	if d >= at {
		return false
	}
	opened := false
	for k := d - 1; k >= 0; k-- {
		if t := f.toks[k].Text; t == "," || t == "—" || t == "–" || t == "(" || t == ":" {
			break
		}
		w := func(i int) string { return scan.ToLower(f.toks[i].Text) }
		l := w(k)
		if l == "відколи" || l == "ніж" && k > 0 && w(k-1) == "перш" ||
			l == "як" && k > 0 && (w(k-1) == "того" || w(k-1) == "тим" || f.toks[k-1].Text == "," && k > 1 && (w(k-2) == "того" || w(k-2) == "тим")) {
			opened = true
			break
		}
	}
	if !opened {
		return false
	}
	for k := d + 1; k < at; k++ {
		if t := f.toks[k].Text; t == "," || t == "—" || t == "–" {
			return true
		}
	}
	return false
}

// inRelative reports whether the verb at at, a past plural with no
// subject, is in a relative clause of який or котрий as its object ("X,
// якого затримали …") that opens after code point pos and runs on to it
// with no comma or dash between: a date before such a clause is its main
// clause's, not the unnamed doers'.
func (f *finder) inRelative(pos, at int) bool {
	if t := f.toks[at].Tag; !strings.HasPrefix(t, "verb") || !strings.Contains(t, ":past:p") {
		return false // (an unnamed doer only: "якого затримали"; "яких звинуватила" is the main clause's)
	}
	for k := at - 1; k > 0 && f.toks[k].RStart >= pos; k-- {
		switch t := f.toks[k].Text; {
		case t == "," || t == "—" || t == "–":
			return false
		case f.low(k) == "який" || f.low(k) == "котрий":
			// (only the relative's object: "X, який прибув" may be of
			// the main clause's day, "декларацію, в якій вимагає" is)
			return f.toks[k-1].Text == "," && f.toks[k-1].RStart >= pos && (hasCase(&f.toks[k], "v_zna") || hasCase(&f.toks[k], "v_rod")) && !hasCase(&f.toks[k], "v_naz")
		case isNoun(&f.toks[k]) && hasCase(&f.toks[k], "v_naz"):
			return false // "… командирам, яких звинуватила Угорщина": a doer of its own, who may act that day
		}
	}
	return false
}

// afterNa reports whether the date that starts at start follows на.
func (f *finder) afterNa(start int) bool {
	k := f.tokenFrom(start)
	return k > 0 && k < len(f.toks) && f.toks[k].RStart == start && f.low(k-1) == "на"
}

// yearOfNoun reports whether the year that starts at code point start
// hangs on the noun right before it, one that names no event:
// "Олімпійських ігор 2026 року", "бюджету 2025 року", and in another
// case than the genitive "в Олімпійських іграх 2026 року", "на
// чемпіонаті 2026 року"; a noun of a part of the year ("на початку 2025
// року", "в середині 2025 року") names when.
func (f *finder) yearOfNoun(start int) bool {
	k := f.tokenFrom(start)
	if k == 0 || k >= len(f.toks) || f.toks[k].RStart != start || isPrep(&f.toks[k]) {
		return false // "у 2025 році" is when
	}
	t := &f.toks[k-1]
	_, event := nouns[lower(t)]
	if !strings.HasPrefix(t.Tag, "noun") || event {
		return false
	}
	if hasCase(t, "v_rod") {
		return true
	}
	// the year in the genitive after a common noun in another case:
	// "2026 року" (a place's name, "над Києвом 2014 р.", and a part of
	// the year, say when)
	if strings.Contains(t.Tag, "prop") || unicode.IsUpper([]rune(t.Text)[0]) || yearParts[lower(t)] {
		return false
	}
	return (hasCase(t, "v_mis") || hasCase(t, "v_zna") || hasCase(t, "v_oru") || hasCase(t, "v_dav")) && f.yearGenitive(k)
}

// yearParts are nouns of a part of a year or of a span of time, after
// which a year in another case than theirs says when: "у першому кварталі
// 2024 року", "в середині 2025 року".
var yearParts = map[string]bool{
	"початок": true, "середина": true, "кінець": true, "половина": true, "квартал": true,
	"півріччя": true, "зима": true, "весна": true, "літо": true, "осінь": true, "рік": true,
	"місяць": true, "тиждень": true, "день": true, "ніч": true, "період": true, "сезон": true,
	"час": true, "ранок": true, "вечір": true, "кінці": true, "перебіг": true, "протязі": true,
}

// yearGenitive reports whether the tokens from k are a year in the
// genitive with its noun: "2026 року", "2026 р.".
func (f *finder) yearGenitive(k int) bool {
	if k+1 >= len(f.toks) {
		return false
	}
	w := f.low(k + 1)
	return w == "рік" && hasCase(&f.toks[k+1], "v_rod") || f.toks[k+1].Text == "р"
}

// timeAt returns how many tokens from j a date or a time phrase takes (a
// DATE span, with в, у or на before it), or 0.
func (f *finder) timeAt(j int) int {
	k := j
	if l := f.low(k); (l == "в" || l == "у" || l == "на") && isPrep(&f.toks[k]) {
		k++
	}
	n := k
	for n < len(f.toks) && (f.spanType(n) == "DATE" || weekdays[f.toks[n].Lemma]) {
		n++
	}
	if n == k {
		return 0
	}
	return n - j
}

// timeBefore returns where the time phrase right before token at begins
// ("Посадовця у вівторок затримали": the index of у), or at when there is
// none. The phrase is a date span or a weekday, with the preposition
// before it; an і that stresses the verb is passed too.
func (f *finder) timeBefore(at int) int {
	if at > 1 && isAnd(&f.toks[at-1]) && isNoun(&f.toks[at-2]) && hasCase(&f.toks[at-2], "v_zna") &&
		!strings.Contains(f.toks[at-2].Tag, "pron") {
		at-- // "де посередника і затримали": і stresses the verb, joins nothing
	}
	k := at
	for k > 0 && (f.spanType(k-1) == "DATE" || weekdays[f.toks[k-1].Lemma]) {
		k--
	}
	if k < at && k > 0 && (f.low(k-1) == "у" || f.low(k-1) == "в") {
		k--
	}
	return k
}

// dayIn returns the value of the date that opens at a token from i up to
// (not including) k ("" when it is not resolved), and whether there is
// one.
func (f *finder) dayIn(dates []vistka.Date, i, k int) (string, bool) {
	for j := i; j < k && j < len(f.toks); j++ {
		for _, d := range dates {
			if d.Start == f.toks[j].RStart {
				if d.Value == nil {
					return "", true
				}
				return *d.Value, true
			}
		}
	}
	return "", false
}

// timePreps are the prepositions that open a time phrase: до 1 травня, у
// березні, протягом тижня.
var timePreps = map[string]bool{"до": true, "з": true, "із": true, "від": true, "у": true, "в": true, "на": true,
	"протягом": true, "упродовж": true, "впродовж": true, "наприкінці": true, "після": true}

// timeSpanBefore returns where a time phrase right before the word at i
// starts — numbers and a month's name, a year's word or a noun of time,
// after one preposition of time ("до 1 травня", "у березні", "протягом
// тижня", "до кінця року") — or i when none stands there. An intention
// and the act it names may have one between them: "повідомив про намір
// уряду до 1 травня виділити". (timeBefore reads the date spans and
// weekdays before a finite verb, after у or в only.)
func (f *finder) timeSpanBefore(i int) int {
	j, timed := i-1, false
	for ; j >= 0; j-- {
		t := &f.toks[j]
		w := scan.ToLower(t.Text)
		switch {
		case date.IsMonth(w) || timeNouns[f.low(j)] || f.low(j) == "кінець" || f.low(j) == "початок":
			timed = true
			continue
		case t.Kind == vistka.Number:
			continue
		}
		break
	}
	if !timed || j < 0 || !timePreps[f.low(j)] {
		return i
	}
	return j
}

// sameDay reports whether the sentence dates itself by the one before:
// "того ж дня", "цього ж дня", "в той же день".
func (f *finder) sameDay() bool {
	for i := 0; i+2 < len(f.toks); i++ {
		a, b, c := f.low(i), f.low(i+1), f.low(i+2)
		if (a == "той" || a == "цей" || a == "те" || a == "це" || a == "того" || a == "цього") && (b == "ж" || b == "же") && c == "день" {
			return true
		}
	}
	return false
}

// evening reports whether the sentence opens "Увечері" or "Після обіду"
// with no date of its own: later on the day told before.
func (f *finder) evening() bool {
	i := f.opening()
	if i < 0 {
		return false
	}
	switch a := f.low(i); {
	case a == "увечері" || a == "ввечері":
		return f.toks[i+1].Kind != vistka.Number // not "Увечері 3 березня"
	case a == "після":
		return f.low(i+1) == "обід"
	}
	return false
}

// nextDay reports whether the sentence dates itself as the day after the
// one before: "наступного дня", "на наступний день", "наступного ранку",
// "наступного вечора".
func (f *finder) nextDay() bool {
	for i := 0; i+1 < len(f.toks); i++ {
		if f.low(i) == "наступний" && nextDayTimes[f.low(i+1)] &&
			(hasCase(&f.toks[i+1], "v_rod") || i > 0 && f.low(i-1) == "на") {
			// not "наступного дня після виборів", the day after another
			return i+2 >= len(f.toks) || f.low(i+2) != "після"
		}
	}
	return false
}

// nextDayTimes are the nouns of "наступного дня", "наступного ранку" and
// "наступного вечора": the day after the one told before.
var nextDayTimes = map[string]bool{"день": true, "ранок": true, "вечір": true}

// dayAfter returns the day after the day d (2006-01-02), or "".
func dayAfter(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, 1).Format(time.DateOnly)
}

// lastDate returns the date of the last dated event before: of this
// sentence's here, or of the sentences before.
//
// An event told in a relative clause is background ("обрав запобіжний
// захід Олегу Ткачуку, якому напередодні повідомили про підозру"): the
// day of the main clause comes first when the text has one.
//
// So is a plan or promise (an event marked future) when the event dated
// is none: "Каллас повідомила, що наступного тижня ЄС виділить … Того ж
// дня міністр провів розмову" took place on the day of the meeting.
func (f *finder) lastDate(here []vistka.Event, future bool) string {
	for _, main := range []bool{true, false} {
		for _, evs := range [][]vistka.Event{here, f.before} {
			for k := len(evs) - 1; k >= 0; k-- {
				if main && (relativeEvent(f.a, &evs[k]) || !future && slices.Contains(evs[k].Aux, "future")) {
					continue
				}
				if _, d := f.dl.of(&evs[k]); len(d) == len("2006-01-02") {
					return d // a day, not "у 2025 році"
				}
			}
		}
	}
	return ""
}

// relativeEvent reports whether the trigger of e opens its clause with a
// relative pronoun after a comma, words of time between: ", якому
// напередодні повідомили про підозру".
func relativeEvent(a *vistka.Analysis, e *vistka.Event) bool {
	toks, from, _, ok := triggerTokens(a, *e)
	if !ok {
		return false
	}
	for j := from - 1; j > 0; j-- {
		if toks[j].Kind == vistka.Punct {
			return false
		}
		if strings.EqualFold(toks[j].Lemma, "який") || strings.EqualFold(toks[j].Lemma, "котрий") {
			return toks[j-1].Text == ","
		}
	}
	return false
}

// toldDayBefore returns the one day the nearest sentence before this one
// that names a day (of the three before, past paragraph breaks) names,
// when neither it nor any sentence after it tells an event: "Нагадаємо,
// 23 вересня Зеленський виступив на Генеральній асамблеї ООН. Того ж дня
// він зустрівся з Трампом" met on the 23rd, not on the day of the last
// event told, which the speech is not; "У середу вранці енергетики
// відновили електропостачання … Ремонтні роботи тривають.\nТого ж дня
// Польща та Литва передали Україні обладнання" handed it over that
// Wednesday. dates are those outside direct quotes (a day a speaker names,
// "«Завтра ми обговоримо …», – заявила Купер", is not the scene's). It
// returns "" otherwise.
func (f *finder) toldDayBefore(dates []vistka.Date) string {
	if f.s == 0 || f.s >= len(f.a.Sentences) {
		return ""
	}
	for p := f.s - 1; p >= 0 && p >= f.s-3; p-- {
		prev := f.a.Sentences[p]
		if n := len(f.before); n > 0 && f.before[n-1].Sentence.Start >= prev.RStart {
			return "" // it tells an event, whose day lastDate gives
		}
		day, named := "", false
		for _, d := range dates {
			if d.Start < prev.RStart || d.End > prev.REnd || d.Value == nil || f.untilDay(d.Start) {
				continue
			}
			if d.Granularity != "day" || len(*d.Value) != len("2006-01-02") || day != "" && day != *d.Value {
				return ""
			}
			day, named = *d.Value, true
		}
		if named {
			return day
		}
	}
	return ""
}

// dayBefore returns the last day named before this sentence, or "" when
// none is. (Within six sentences or past them it is the same day: a quote
// of several sentences between the lead's "в четвер" and "Міністр того ж
// дня" names no other.)
func (f *finder) dayBefore(dates []vistka.Date) string {
	if f.s == 0 || f.s >= len(f.a.Sentences) {
		return ""
	}
	to := f.a.Sentences[f.s].RStart
	day := ""
	for _, d := range dates {
		if d.End <= to && d.Value != nil && len(*d.Value) == len("2006-01-02") && !f.untilDay(d.Start) {
			day = *d.Value
		}
	}
	return day
}

// dayPlace returns the place named by в or у in the sentence that names
// the last day before this one (as dayBefore finds it) when that sentence
// tells no event: "Вантаж у середу доставили на склад у Києві. … Міністр
// того ж дня зустрівся на складі" met in Kyiv. It returns "" otherwise.
func (f *finder) dayPlace(dates []vistka.Date) string {
	s := f.daySentence(dates, 6)
	if s < 0 {
		return ""
	}
	sent := f.a.Sentences[s]
	if slices.ContainsFunc(f.before, func(e vistka.Event) bool { return e.Sentence.Start == sent.RStart }) {
		return ""
	}
	day := finder{a: f.a, ents: f.ents, s: s, toks: sent.Tokens}
	for i := 1; i < len(day.toks); i++ {
		if e := day.entityAt(i); e != "" && f.ents.Type(e) == "LOC" && hasCase(&day.toks[i], "v_mis") {
			if p := day.governedBy(i); p == "в" || p == "у" {
				return e
			}
		}
	}
	return ""
}

// daySentence returns the index of the sentence, of the back before this
// one, that names the last day before it (as dayBefore finds it), or -1.
func (f *finder) daySentence(dates []vistka.Date, back int) int {
	if f.s == 0 || f.s >= len(f.a.Sentences) {
		return -1
	}
	from, to := f.a.Sentences[max(f.s-back, 0)].RStart, f.a.Sentences[f.s].RStart
	at := -1
	for _, d := range dates {
		if d.Start >= from && d.End <= to && d.Value != nil && len(*d.Value) == len("2006-01-02") && !f.untilDay(d.Start) {
			at = d.Start
		}
	}
	if at < 0 {
		return -1
	}
	s := f.s - 1
	for s > 0 && f.a.Sentences[s].RStart > at {
		s--
	}
	return s
}

// untilDay reports whether the date that starts at code point start ends a
// span of time (триватимуть до 20 вересня), which is no day anything
// happened on.
func (f *finder) untilDay(start int) bool {
	for s := max(f.s-6, 0); s <= f.s && s < len(f.a.Sentences); s++ {
		toks := f.a.Sentences[s].Tokens
		for k := 1; k < len(toks); k++ {
			if toks[k].RStart == start {
				w := scan.ToLower(toks[k-1].Text)
				return w == "до" || w == "по"
			}
		}
	}
	return false
}
