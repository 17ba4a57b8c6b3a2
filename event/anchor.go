package event

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// This file holds the days a sentence ties to another one told before it
// with no date of its own (session 36): "Днем раніше", "За два дні до
// обміну", a "Напередодні" that the date layer could not resolve.

// daysEarlier returns n when the sentence sets itself n days before the
// day told before it: "Днем раніше" (1), "За день до того" (1), "За два
// дні до того", "за тиждень до цього" (7), "За два дні до обміну" (an act
// or a gathering told before), and "Напередодні" when the date layer gave
// it no value (no publication date: "17 листопада 2025 року надав грант.
// Напередодні Корецький провів переговори"). A clause of time after до
// ("За два дні до того, як він виїхав") counts from its own event, not
// from one told before, and gives 0, as does anything else. "Напередодні
// голосування", an act of toldActs in the genitive, counts one day back
// from it as "За день до голосування" does. The words
// stand before the trigger at at: after it they tell of what the event is
// about ("звинуватили керівництво в тому, що проект роздали лише за день
// до засідання").
func (f *finder) daysEarlier(dates []vistka.Date, at int) int {
	sent := f.a.Sentences[f.s]
	for _, d := range dates {
		if d.Value == nil && d.Relative && d.Start >= sent.RStart && d.End <= f.toks[at].RStart && scan.ToLower(d.Text) == "напередодні" {
			return 1
		}
	}
	for i := 0; i+1 < at; i++ {
		w := scan.ToLower(f.toks[i].Text)
		if w == "днем" && scan.ToLower(f.toks[i+1].Text) == "раніше" {
			return 1
		}
		if f.eveOfNoun(i) {
			return 1 // "Напередодні голосування депутати зустрілися": the eve of the act told before
		}
		if w != "за" {
			continue
		}
		j, n := i+1, 1
		if v := f.countAt(j); v > 0 {
			j, n = j+1, v
		}
		unit := f.low(j)
		if unit == "тиждень" {
			n *= 7
		} else if unit != "день" {
			continue
		}
		if j+2 >= len(f.toks) || f.low(j+1) != "до" {
			continue
		}
		if a := scan.ToLower(f.toks[j+2].Text); a == "того" || a == "цього" {
			if j+4 < len(f.toks) && f.toks[j+3].Text == "," && f.low(j+4) == "як" {
				return 0 // "за два дні до того, як він виїхав": the clause's day
			}
			return n
		}
		if toldActs[f.low(j+2)] && hasCase(&f.toks[j+2], "v_rod") {
			return n
		}
	}
	return 0
}

// daysAfterAct returns the day a sentence set some days after an act told
// before gives its event: "Через два тижні після обшуків НАБУ повідомило
// про підозру" after "Раніше, 14 жовтня, детективи провели обшуки" is 28
// October, "Наступного дня після обшуків депутат звернувся" the day after
// them. The act is a noun of toldActs (or обшук) in the genitive after
// "через N днів (тижнів) після" or "наступного дня після", before the
// trigger at at; its day is the one day the nearest earlier sentence that
// names the noun (or tells it by its verb: "підписали угоду" for
// підписання) gives, outside a clause of time of its own. It returns ""
// otherwise.
func (f *finder) daysAfterAct(dates []vistka.Date, at int) string {
	for i := 0; i+3 < at; i++ {
		j, n := i+1, 1
		switch scan.ToLower(f.toks[i].Text) {
		case "через":
			if v := f.countAt(j); v > 0 {
				j, n = j+1, v
			}
			switch f.low(j) {
			case "тиждень":
				n *= 7
			case "день":
			default:
				return ""
			}
		case "наступного":
			if f.low(j) != "день" {
				continue
			}
		default:
			continue
		}
		if j+2 >= at || f.low(j+1) != "після" {
			return ""
		}
		noun := f.low(j + 2)
		if !toldActs[noun] && noun != "обшук" || !hasCase(&f.toks[j+2], "v_rod") {
			return ""
		}
		if day := f.dayOfAct(noun, dates, false); day != "" {
			return daysBack(day, -n)
		}
		return ""
	}
	return ""
}

// toldActs are the nouns of an act or a gathering that "за два дні до"
// counts back from when the text told it before: "Україна в п'ятницю
// повернула … За два дні до обміну делегація провела переговори".
var toldActs = map[string]bool{"обмін": true, "візит": true, "зустріч": true, "переговори": true, "засідання": true,
	"саміт": true, "голосування": true, "підписання": true, "удар": true, "атака": true, "затримання": true,
	"арешт": true, "нарада": true, "конференція": true, "форум": true, "сесія": true, "відкриття": true}

// countAt returns the number a token at i gives (a numeral of two to
// seven, or digits), or 0.
func (f *finder) countAt(i int) int {
	if i >= len(f.toks) {
		return 0
	}
	if f.toks[i].Kind == vistka.Number {
		if n, err := strconv.Atoi(f.toks[i].Text); err == nil && n > 0 && n < 100 {
			return n
		}
		return 0
	}
	switch f.low(i) {
	case "два", "дві":
		return 2
	case "три":
		return 3
	case "чотири":
		return 4
	case "п'ять":
		return 5
	case "шість":
		return 6
	case "сім":
		return 7
	}
	return 0
}

// daysBack returns the day n days before the day d (2006-01-02), or "".
func daysBack(d string, n int) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -n).Format(time.DateOnly)
}

// eveOfMain returns the day before the main clause's day for an event told
// in a relative clause with напередодні: "Шмигаль, який напередодні провів
// у Відні переговори …, у четвер заявив …" met on the Wednesday; "24
// листопада зустрівся з Рубіо, який напередодні прибув до Женеви" arrived
// on the 23rd. The main clause's day is a day the sentence names outside
// the relative clause (the comma before який to the comma after the
// trigger). It returns "" when the trigger is in no such clause, the
// clause has no напередодні, or the sentence names no other day.
func (f *finder) eveOfMain(dates []vistka.Date, at int) string {
	c := -1 // the comma before the relative pronoun
	eve := -1
	for j := at - 1; j > 0; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return ""
		}
		if scan.ToLower(f.toks[j].Text) == "напередодні" {
			eve = j
		}
		if l := f.low(j); (l == "який" || l == "котрий") && f.toks[j-1].Text == "," {
			c = j - 1
			break
		}
	}
	if c < 0 || eve < 0 {
		return ""
	}
	from := f.toks[c].RStart
	to := f.a.Sentences[f.s].REnd
	for k := at + 1; k < len(f.toks); k++ {
		if f.toks[k].Text == "," {
			to = f.toks[k].RStart
			break
		}
	}
	eveAt := f.toks[eve].RStart
	isEve := false
	main := ""
	sent := f.a.Sentences[f.s]
	for _, d := range dates {
		if d.Start < sent.RStart || d.End > sent.REnd {
			continue
		}
		if d.Start == eveAt {
			isEve = true // the date layer read it as the adverb, not "напередодні візиту"
			continue
		}
		if d.Value == nil || len(*d.Value) != len("2006-01-02") || d.Start >= from && d.End <= to {
			continue
		}
		if main == "" {
			main = *d.Value
		}
	}
	if !isEve || main == "" {
		return ""
	}
	return daysBack(main, 1)
}

// eveAfterDay returns the day before the one the sentence just before
// names, when this one opens with a Напередодні the date layer resolved
// to the eve of publication (was) and the sentence before, in the same
// paragraph, names one day written out (not a weekday) other than
// publication's:
// "Нагадаємо, 28 жовтня Сибіга і Сікорський відвідали Ірпінь. Напередодні
// міністри взяли участь у засіданні Ради ЄС" took part on the 27th. It
// returns "", "" otherwise (a Напередодні after a sentence with no day,
// or in a paragraph of its own, stays the eve of publication).
func (f *finder) eveAfterDay(dates []vistka.Date) (was, eve string) {
	if f.s == 0 {
		return "", ""
	}
	i := 0
	for i < len(f.toks) && f.toks[i].Kind == vistka.Punct {
		i++
	}
	if i >= len(f.toks) || scan.ToLower(f.toks[i].Text) != "напередодні" {
		return "", ""
	}
	at := f.toks[i].RStart
	for _, d := range dates {
		if d.Start == at && d.Relative && d.Value != nil {
			was = *d.Value
		}
	}
	if was == "" {
		return "", ""
	}
	prev, cur := f.a.Sentences[f.s-1], f.a.Sentences[f.s]
	if prev.End > cur.Start || containsNewline(f.a.Text[prev.End:cur.Start]) {
		return "", ""
	}
	day := ""
	for _, d := range dates {
		// a day written out: after "у понеділок … підписали" a
		// Напередодні elsewhere stays the eve of publication
		if d.Start < prev.RStart || d.End > prev.REnd || d.Relative || d.Value == nil || len(*d.Value) != len("2006-01-02") {
			continue
		}
		if day != "" && day != *d.Value {
			return "", ""
		}
		day = *d.Value
	}
	if day == "" || daysBack(day, 1) == was {
		return "", ""
	}
	if eve = daysBack(day, 1); eve == "" || eve > was {
		return "", "" // (a day after publication is no event told)
	}
	return was, eve
}

func containsNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// nextDayInSentence returns the day after the day the sentence names
// before a "наступного дня" that stands before the trigger at at, with no
// day between: "2 квітня Гроссі провів у Києві переговори …, а наступного
// дня зустрівся в Москві з …" met on the 3rd. It returns "" otherwise
// (and for "наступного дня після виборів", the day after another).
func (f *finder) nextDayInSentence(dates []vistka.Date, at int) string {
	for i := at - 2; i > 0; i-- {
		if f.low(i) != "наступний" || f.low(i+1) != "день" || !hasCase(&f.toks[i+1], "v_rod") {
			continue
		}
		if i+2 < len(f.toks) && f.low(i+2) == "після" {
			return ""
		}
		from, to := f.toks[i].RStart, f.toks[at].RStart
		sent := f.a.Sentences[f.s]
		day := ""
		for _, d := range dates {
			if d.Start < sent.RStart || d.End > sent.REnd || d.Value == nil || len(*d.Value) != len("2006-01-02") {
				continue
			}
			if d.Start >= from && d.Start < to {
				return "" // "а наступного дня, 3 квітня, …": its own day
			}
			if d.End <= from {
				day = *d.Value
			}
		}
		if day == "" {
			return ""
		}
		return dayAfter(day)
	}
	return ""
}

// tiedBack returns the day of the sentence just before for a sentence
// with no date of its own that opens by tying itself to what that one
// told: "Після цього компанія звернулася до партнерів" (the day of the
// last event told, in the sentence before), "Відповідну угоду в Осло
// підписали …" after "17 листопада 2025 року надав … грант" (the paper
// of the act told before), "Кремль тоді пригрозив Британії" after "24
// лютого Лондон заборонив …" (тоді before the trigger). An event in the present (", які вже другий
// тиждень протестують") goes on, tied to no day. It returns "" otherwise.
func (f *finder) tiedBack(dates []vistka.Date, at int) string {
	if f.s == 0 || strings.Contains(f.toks[at].Tag, ":pres") {
		return ""
	}
	i := 0
	for i < len(f.toks) && f.toks[i].Kind == vistka.Punct {
		i++
	}
	if i+2 >= len(f.toks) {
		return ""
	}
	a, b := scan.ToLower(f.toks[i].Text), f.low(i+1)
	switch {
	case a == "після" && (scan.ToLower(f.toks[i+1].Text) == "цього" || scan.ToLower(f.toks[i+1].Text) == "того") && f.low(i+2) != "як" && f.toks[i+2].Text != ",":
	case f.low(i) == "відповідний" && actPapers[b]:
	case f.thenBefore(at):
	default:
		return ""
	}
	if datesIn(dates, f.a.Sentences[f.s]) > 0 {
		return ""
	}
	if n := len(f.before); n > 0 && f.sentencesSince(&f.before[n-1]) == 1 {
		if _, d := f.dl.of(&f.before[n-1]); len(d) == len("2006-01-02") {
			return d
		}
	}
	return onlyDay(dates, f.a.Sentences[f.s-1])
}

// actPapers are the papers an act is made by, which "Відповідну …" names
// for the act told just before.
var actPapers = map[string]bool{"угода": true, "договір": true, "меморандум": true, "рішення": true, "постанова": true,
	"документ": true, "указ": true, "наказ": true, "контракт": true, "розпорядження": true}

// secondOfTwo reports whether the day d is the second of two days joined
// by і, й, та or a dash ("2 і 3 грудня", "10–12 березня"), which the date
// layer gives as two dates: what went on over them is dated by the first.
func (f *finder) secondOfTwo(dates []vistka.Date, d vistka.Date) bool {
	if d.Value == nil || len(*d.Value) != len("2006-01-02") {
		return false
	}
	for k := range f.toks {
		if t := &f.toks[k]; t.RStart < d.Start && d.Start < t.REnd {
			// "10–12" is one token: the second day of a range in it
			return strings.ContainsAny(t.Text, "–—-") && slices.ContainsFunc(dates, func(e vistka.Date) bool {
				return e.Start == t.RStart && e.Value != nil && len(*e.Value) == len("2006-01-02")
			})
		}
		if k < 2 || f.toks[k].RStart != d.Start {
			continue
		}
		j := f.toks[k-1]
		if w := scan.ToLower(j.Text); w != "і" && w != "й" && w != "та" && w != "–" && w != "—" && w != "-" {
			return false
		}
		for _, e := range dates {
			if e.End == f.toks[k-2].REnd && e.Value != nil && len(*e.Value) == len("2006-01-02") {
				return true
			}
		}
		return false
	}
	return false
}

// pairEnd returns the second of two days joined in the text ("2 і 3
// грудня", "10–12 листопада") when day is the first, which dates what went
// on over them; the day after them is after the second. It returns day
// otherwise.
func pairEnd(dates []vistka.Date, day string) string {
	for k := 0; k+1 < len(dates); k++ {
		e, d := dates[k], dates[k+1]
		if e.Value == nil || d.Value == nil || *e.Value != day || len(*d.Value) != len(day) || *d.Value <= day {
			continue
		}
		if gap := d.Start - e.End; gap >= 0 && gap <= 3 {
			return *d.Value
		}
	}
	return day
}

// unresolvedBefore reports whether the sentence just before names a day
// the date layer could not resolve (a weekday with no publication date):
// "У вівторок біля міськради протестували … Напередодні депутати не
// підтримали …" is the eve of that Tuesday, which has no value, not of a
// day told further back.
func (f *finder) unresolvedBefore(dates []vistka.Date) bool {
	if f.s == 0 {
		return false
	}
	prev := f.a.Sentences[f.s-1]
	return slices.ContainsFunc(dates, func(d vistka.Date) bool {
		return d.Start >= prev.RStart && d.End <= prev.REnd && d.Value == nil && d.Relative && d.Granularity == "day"
	})
}

// eveOfAct returns the day before the one an earlier sentence gives the
// act or gathering that "Напередодні" names before the trigger at at
// ("прибув до Києва з неоголошеним робочим візитом у четвер … Напередодні
// візиту Зеленський провів телефонну розмову": the Wednesday), or "" when
// no sentence before names it with one day (an act told by a verb alone,
// "Рада ЄС у понеділок схвалила … Напередодні голосування", is left).
func (f *finder) eveOfAct(dates []vistka.Date, at int) string {
	noun := ""
	for i := 0; i+1 < at; i++ {
		if f.eveOfNoun(i) {
			noun = f.low(i + 1)
			break
		}
	}
	if noun == "" {
		return ""
	}
	if day := cmp.Or(f.dayOfAct(noun, dates, true), f.leadDayBefore(noun, dates)); day != "" {
		return daysBack(day, 1)
	}
	return ""
}

// eveOfNoun reports whether token i is "напередодні" before a noun of
// toldActs, which it governs in the genitive: the tagger may read a
// feminine genitive as the plural nominative of the same form
// ("Напередодні сесії біля приміщення ради …").
func (f *finder) eveOfNoun(i int) bool {
	if i+1 >= len(f.toks) || scan.ToLower(f.toks[i].Text) != "напередодні" || !toldActs[f.low(i+1)] {
		return false
	}
	t := &f.toks[i+1]
	return hasCase(t, "v_rod") || hasCase(t, ":p:v_naz")
}

// leadDayBefore returns the day the lead names, when no sentence before
// names the act noun with a date ("Після голосування Мельник зустрівся"
// names it with none): "Напередодні голосування Орбан провів телефонну
// розмову" after "Рада ЄС у понеділок схвалила 20-й пакет санкцій" (the
// vote the report is of), "Напередодні відкриття росіяни атакували
// область" after "У Черкасах у четвер запрацював завод". The lead is the
// first sentence of the body that names a day; it must lie in the body's
// first paragraph, before this sentence, and name one day.
func (f *finder) leadDayBefore(noun string, dates []vistka.Date) string {
	first := 0
	if hasHeadline(f.a) {
		first = 1
	}
	for p := first; p < f.s; p++ {
		s := f.a.Sentences[p]
		if datesIn(dates, s) > 0 && slices.ContainsFunc(s.Tokens, func(t vistka.Token) bool { return sameGathering(lower(&t), noun) }) {
			return "" // named with dates that are not one day (see dayOfAct)
		}
	}
	for p := first; p < f.s; p++ {
		s := f.a.Sentences[p]
		if p > first && containsNewline(f.a.Text[f.a.Sentences[first].Start:s.Start]) {
			return ""
		}
		if day := onlyDay(dates, s); day != "" {
			return day
		}
	}
	return ""
}

// dayOfAct returns the one day that the last sentence before this one
// naming the act noun gives it, past the dates of its own clauses of time
// ("Обмін став можливим після того, як 5 березня омбудсмен зустрівся …":
// the meeting's day, not the exchange's), or "". With skipUndated, a
// sentence that names the act with no day of its own ("Робочий візит
// тривав близько 12 годин": the same visit) is passed over for one before
// it; without, it ends the search.
func (f *finder) dayOfAct(noun string, dates []vistka.Date, skipUndated bool) string {
	for p := f.s - 1; p >= 0; p-- {
		s := f.a.Sentences[p]
		if !slices.ContainsFunc(s.Tokens, func(t vistka.Token) bool { return sameGathering(lower(&t), noun) || actVerbs[t.Lemma] == noun }) {
			continue
		}
		own := slices.DeleteFunc(slices.Clone(dates), func(d vistka.Date) bool { return inTimeClause(s, d.Start) })
		if skipUndated && datesIn(own, s) == 0 {
			continue
		}
		return onlyDay(own, s)
	}
	return ""
}

// actVerbs are the verbs that tell an act of toldActs: "підписали угоду"
// is the signing "після підписання" goes on from.
var actVerbs = map[string]string{"підписати": "підписання", "затримати": "затримання", "заарештувати": "арешт",
	"обміняти": "обмін", "обмінятися": "обмін", "проголосувати": "голосування"}

// inTimeClause reports whether the date that starts at code point start
// in sentence s stands in a clause of time of its own, opened before it
// in its clause by після того (,) як, перед тим як, перш ніж or відколи:
// the day is that clause's event's.
func inTimeClause(s vistka.Sentence, start int) bool {
	toks := s.Tokens
	d := slices.IndexFunc(toks, func(t vistka.Token) bool { return t.RStart >= start })
	w := func(i int) string { return scan.ToLower(toks[i].Text) }
	for k := d - 1; k >= 0; k-- {
		l := w(k)
		if l == "відколи" || l == "ніж" && k > 0 && w(k-1) == "перш" {
			return true
		}
		if l == "як" && k > 0 && (w(k-1) == "того" || w(k-1) == "тим" || toks[k-1].Text == "," && k > 1 && (w(k-2) == "того" || w(k-2) == "тим")) {
			return true
		}
		if t := toks[k].Text; t == "," || t == "—" || t == "–" || t == "(" || t == ":" {
			return false
		}
	}
	return false
}

// thenBefore reports whether тоді (then: at the time just told) stands
// before the trigger at at as an adverb of time: not "тоді як" (whereas),
// "тоді, коли" (a clause of its own), nor a vague "ще тоді", "вже тоді".
func (f *finder) thenBefore(at int) bool {
	for k := 0; k < at; k++ {
		if scan.ToLower(f.toks[k].Text) != "тоді" {
			continue
		}
		if k+1 < len(f.toks) {
			if n := scan.ToLower(f.toks[k+1].Text); n == "як" || n == "коли" || n == "," {
				return false
			}
		}
		if k > 0 {
			if p := scan.ToLower(f.toks[k-1].Text); p == "ще" || p == "вже" || p == "уже" {
				return false
			}
		}
		return true
	}
	return false
}
