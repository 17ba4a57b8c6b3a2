package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// sceneDay dates an event told in the past with no date of its own by the
// day the sentence right before it, in its paragraph, opens with when that
// sentence only sets the scene, telling no event of its own: "У четвер
// під будівлею міськради зібралися … мешканців. Люди тримали плакати і
// вимагали закрити звалище" was demanded that Thursday. A sentence that
// names a date of any kind itself keeps its own time, and one after a
// dated act told ("У середу сторони підписали угоду. Міністр подякував
// партнерам") is left as it is.
func sceneDay(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	told := map[int]bool{}
	for i := range evs {
		told[a.SentenceAt(evs[i].Sentence.Start)] = true
	}
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 {
			continue
		}
		if tense, total := triggerTense(a, e); tense != "past" || total {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || told[s-1] || datesIn(dates, actClause(a.Sentences[s], e)) > 0 {
			continue
		}
		prev := a.Sentences[s-1]
		if strings.Contains(a.Text[prev.End:a.Sentences[s].Start], "\n") || datesIn(dates, prev) != 1 {
			continue
		}
		for _, d := range dates {
			if d.Start == prev.RStart && d.Value != nil && d.Granularity == "day" && len(*d.Value) == len("2006-01-02") {
				e.Date = *d.Value
			}
		}
	}
	return evs
}

// unquoted returns the dates that lie outside the direct quotes: a time
// word a speaker says ("«Цієї ночі вона знову атакувала Одесу», –
// наголосив Зеленський, звертаючись до учасників саміту") dates what the
// speaker tells, not the sentence's scene, so the passes that date an
// event by the sentences around it do not read it.
func unquoted(quotes []vistka.Quote, dates []vistka.Date) []vistka.Date {
	out := make([]vistka.Date, 0, len(dates))
	for _, d := range dates {
		if !slices.ContainsFunc(quotes, func(q vistka.Quote) bool { return q.Direct && d.Start >= q.Start && d.End <= q.End }) {
			out = append(out, d)
		}
	}
	return out
}

// datesIn counts the dates within sentence s.
func datesIn(dates []vistka.Date, s vistka.Sentence) int {
	n := 0
	for _, d := range dates {
		if d.Start >= s.RStart && d.End <= s.REnd {
			n++
		}
	}
	return n
}

// tiedDay reports whether a day of sentence s is day, the date an act of
// s was given: a demand dated by the day named with it ("у середу
// депутати підтримали звернення до Кабінету міністрів") was made that
// day, since a deadline (до 1 квітня) dates no act.
func tiedDay(s vistka.Sentence, dates []vistka.Date, day string) bool {
	if len(day) != len("2006-01-02") {
		return false
	}
	return slices.ContainsFunc(dates, func(d vistka.Date) bool {
		return d.Start >= s.RStart && d.End <= s.REnd && d.Value != nil && *d.Value == day
	})
}

// occasionDay dates an event with no date of its own, told in a sentence
// that has none either and opens by tying it to a gathering ("Після
// сесії", "Під час засідання", "На полях саміту", "Перед засіданням"), by
// the one day of the nearest sentence before that names the same
// gathering with a date, however far back in a long text: "У четвер у Полтаві відбулася сесія обласної ради …
// Після сесії начальник ОВА підписав меморандум" was signed that
// Thursday, "в середу на саміті в Брюсселі погодили … На полях саміту
// прем'єр зустрівся" met that Wednesday. A gathering named with dates
// but not one day ("у березні", two days) dates nothing.
func occasionDay(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || datesIn(dates, actClause(a.Sentences[s], e)) > 0 {
			continue
		}
		noun := openingGathering(a.Sentences[s].Tokens)
		opening := noun != ""
		if noun == "" {
			noun = gatheringNamed(a.Sentences[s].Tokens)
		}
		if noun == "" {
			continue
		}
		for p := s - 1; p >= 0; p-- {
			if !slices.ContainsFunc(a.Sentences[p].Tokens, func(t vistka.Token) bool { return sameGathering(t.Lemma, noun) }) {
				continue
			}
			if datesIn(dates, a.Sentences[p]) == 0 {
				continue // "Литвин, який узяв участь у саміті, привітав …": the same gathering, no day told
			}
			e.Date = onlyDay(dates, a.Sentences[p])
			if e.Date == "" && gatheringNamed(a.Sentences[p].Tokens) != "" {
				// "Крім того, на сесії депутати погодили угоду, яку
				// міський голова підпише в січні": an act set at the
				// sitting, the month another's; the sitting's day is
				// told before it
				continue
			}
			break
		}
		if e.Date == "" {
			if v := gatheringTold(a, dates, evs[:i], s, gatheringModes[noun]); v != nil {
				e.Date = v.Date
				if e.Place == "" {
					e.Place = v.Place // "На полях саміту" in Брюссель, where the summit was
				}
			}
		}
		if e.Date == "" && opening && !(e.Type == "CONSULT" && gatheringModes[noun] == e.Mode) {
			// (not the gathering itself: "як зауважив X під час
			// візиту до Києва" is no act set at a visit told before)
			e.Date = oneDayTold(a, dates, s)
		}
	}
	return evs
}

// oneDayTold returns the day every date told in sents names, when they
// name one day and it alone, or "": a report of one dated occasion whose
// gathering its lead tells by an act ("Верховна Рада в середу
// ратифікувала угоду … Під час засідання депутати заблокували
// трибуну"), the sitting held that day. A month, a year or a second day
// told before dates nothing: the text tells of more than that day; nor
// does a day first told past the lead's paragraph (an essay that names
// one day in passing is no report of it). The eve told after that day
// ("Техніка прибула в середу ввечері" after "у четвер передав") is an
// aside and leaves the report one day's.
func oneDayTold(a *vistka.Analysis, dates []vistka.Date, s int) string {
	day, paras := "", 0
	acted := "" // the day as told by other than a dateline
	for p, b := range a.Sentences[:s] {
		if p > 0 && !sameParagraph(a, p-1, p) {
			paras++
		}
		if day == "" && paras > 1 {
			return "" // the headline's paragraph and the lead's
		}
		// (a date to come or one that bounds a span tells of no other
		// day: "Меморандум передбачає … першу літню школу в липні")
		var told []vistka.Date
		for _, d := range dates {
			if dayTold(a, b, d) {
				told = append(told, d)
			}
		}
		if len(told) == 0 {
			continue
		}
		main := mainClause(b)
		d := onlyDay(told, main)
		if acted != "" && d != "" && dayAfter(d) == acted && allDays(told, main) {
			// "Люблін у четвер передав Луцьку машини. Техніка прибула
			// до Луцька в середу ввечері": the eve told after the
			// story's day is an aside the report comes back from (not
			// after a dateline's day alone: "ЛЬВІВ, 3 квітня. Депутати
			// в четвер …" tells of the Thursday)
			continue
		}
		if d == "" || day != "" && d != day || !allDays(told, main) {
			return ""
		}
		day = d
		if !slices.ContainsFunc(told, func(x vistka.Date) bool { return datelineDay(b.Tokens, x) }) {
			acted = d
		}
	}
	return day
}

// allDays reports whether every date in sentence s is of day granularity.
func allDays(dates []vistka.Date, s vistka.Sentence) bool {
	for _, d := range dates {
		if d.Start >= s.RStart && d.End <= s.REnd && (d.Value == nil || len(*d.Value) != len("2006-01-02")) {
			return false
		}
	}
	return true
}

// occasionPlace places a meeting or a signing with no place of its own,
// told in a sentence that opens by tying it to a gathering ("На полях
// форуму", "Під час саміту"), where the last CONSULT of the gathering's
// mode told before (short of a background paragraph) took place: "Сибіга взяв
// участь у форумі …, що відбувся в Королівському замку. На полях форуму
// він провів зустріч" met in the castle. Unlike occasionDay it asks for
// no day: the place of a gathering told with none is still its place. One
// to come (aux) is left as it is, and so is one after a sentence between
// that tells another day, as occasionDay leaves it. Any other act its
// clause ties to a summit, a sitting, a forum or a conference (see
// actAtGathering) takes the place of the last such gathering told
// before, whatever was told between, unless the act is dated to another
// day: "Сибіга у вівторок виступив на засіданні Ради Безпеки ООН у
// Нью-Йорку. … Небензя на засіданні відкинув звинувачення".
func occasionPlace(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Place != "" || len(e.Aux) > 0 || e.Type == "CONSULT" && e.Mode == "visit" {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 {
			continue
		}
		talks := e.Type == "CONSULT" || e.Type == "AGREE"
		var mode string
		if talks {
			mode = gatheringModes[openingGathering(a.Sentences[s].Tokens)]
		} else {
			mode = actAtGathering(a.Sentences[s].Tokens, e)
		}
		if mode == "" {
			continue
		}
		seen := s // the sentence of the last act passed, whose next one recalls nothing
		for k := i - 1; k >= 0; k-- {
			v := &evs[k]
			p := a.SentenceAt(v.Sentence.Start)
			if p >= s {
				continue
			}
			if p != seen {
				if background(a.Sentences[p+1].Tokens) {
					break
				}
				seen = p // (the acts of one sentence ask it once)
			}
			if v.Type == "CONSULT" && v.Mode == mode && len(v.Aux) == 0 {
				switch {
				case !talks:
					// the summit's act is of its day, whatever else
					// was told between ("Напередодні він прибув …")
					if e.Date == "" || e.Date == v.Date {
						e.Place = v.Place
					}
				case !slices.ContainsFunc(a.Sentences[p+1:s], func(t vistka.Sentence) bool { return datesIn(dates, t) > 0 }):
					e.Place = v.Place
				}
				break
			}
		}
	}
	return evs
}

// actAtGathering returns the mode of the gathering the clause of e's
// trigger says it was done at, "" if none: "Небензя на засіданні
// відкинув звинувачення", "Під час засідання Німеччина оголосила про
// фінансування", "Учасники саміту засудили удари" — an act of the summit
// or the sitting told before, where it was held. A council's session
// (сесія) is left out: a body's own sitting, which the text seldom
// places.
func actAtGathering(toks []vistka.Token, e *vistka.Event) string {
	if e.TriggerSpan == nil {
		return ""
	}
	mode := ""
	for k := 1; k < len(toks) && toks[k].RStart < e.TriggerSpan.Start; k++ {
		t := &toks[k]
		if subordinators[lower(t)] || t.Lemma == "який" {
			mode = ""
			continue
		}
		m := gatheringModes[t.Lemma]
		if m != "multilateral" || t.Lemma == "сесія" {
			continue
		}
		switch w := lower(&toks[k-1]); {
		case w == "на", w == "час" && k > 1 && lower(&toks[k-2]) == "під", toks[k-1].Lemma == "учасник":
			mode = m
		}
	}
	return mode
}

// gatheringModes are the gatherings a sentence can open with that the
// text may have told by a verb and a name rather than by the same noun:
// "Зеленський у четвер взяв участь у засіданні Європейської ради … На
// полях саміту президент провів двосторонні зустрічі", "Зеленський у
// середу прибув до Вільнюса … На початку візиту Зеленський зустрівся".
var gatheringModes = map[string]string{"саміт": "multilateral", "засідання": "multilateral", "конференція": "multilateral",
	"форум": "multilateral", "сесія": "multilateral", "візит": "visit"}

// gatheringTold returns the last CONSULT of mode told before sentence s
// when it has a day of its own and none other is told between (its
// sentence names that day alone, outside quotes), or nil.
func gatheringTold(a *vistka.Analysis, dates []vistka.Date, before []vistka.Event, s int, mode string) *vistka.Event {
	if mode == "" {
		return nil
	}
	for k := len(before) - 1; k >= 0; k-- {
		v := &before[k]
		p := a.SentenceAt(v.Sentence.Start)
		if p >= s || v.Type != "CONSULT" || v.Mode != mode || len(v.Aux) > 0 {
			continue
		}
		if len(v.Date) != len("2006-01-02") || onlyDay(dates, a.Sentences[p]) != v.Date {
			return nil
		}
		for q := p + 1; q < s; q++ {
			if datesIn(dates, a.Sentences[q]) > 0 {
				return nil // another day told between
			}
		}
		return v
	}
	return nil
}

// openingGathering returns the lemma of the gathering a sentence opens
// with after Після, Під час, На полях, На початку or Перед ("Після
// сесії", "Під час засідання", "На полях саміту", "На початку візиту"),
// or in a clause of while ("Поки тривало засідання", "Доки тривала
// сесія"), or "".
func openingGathering(toks []vistka.Token) string {
	i := 0
	for i < len(toks) && toks[i].Kind == vistka.Punct {
		i++
	}
	if i+2 >= len(toks) {
		return ""
	}
	n := i + 1
	switch lower(&toks[i]) {
	case "після", "перед":
	case "поки", "доки":
		if toks[i+1].Lemma != "тривати" {
			return ""
		}
		n = i + 2
	case "під", "на":
		if w := lower(&toks[i+1]); w != "час" && w != "поле" && w != "полях" && !(w == "початок" && lower(&toks[i]) == "на") {
			if lower(&toks[i]) == "на" && cameTo(toks, i+1) {
				return toks[i+1].Lemma // "На відкриття приїхав міністр"
			}
			return "" // "На початку візиту" as well
		}
		n = i + 2
	default:
		return ""
	}
	if l := toks[n].Lemma; gatheringDays[l] {
		return l
	}
	return ""
}

// cameTo reports whether toks[k] is an occasion in the accusative that
// the verb of arrival right after it came to: "На відкриття приїхав
// міністр", "На церемонію прибули посли" came that day.
func cameTo(toks []vistka.Token, k int) bool {
	return k+1 < len(toks) && gatheringDays[toks[k].Lemma] && strings.Contains(toks[k].Tag, "v_zna") && arrivalVerbs[toks[k+1].Lemma]
}

// arrivalVerbs are the verbs of coming to an occasion.
var arrivalVerbs = map[string]bool{"приїхати": true, "прибути": true, "прийти": true, "завітати": true}

// gatheringNamed returns the lemma of the gathering a sentence sets its
// act at past its opening words ("Також на сесії депутати підтримали",
// "Крім того, на зустрічі депутат звинуватив", "Наприкінці засідання
// депутати звернулися", "Також під час візиту … підписали"): the noun
// in the locative after на, with one adjective between at most ("на
// позачерговій сесії"), or after під час, наприкінці, на початку or
// по завершенні; or "". A gathering the sentence goes to ("прийшли на
// сесію") is no setting.
func gatheringNamed(toks []vistka.Token) string {
	for k := range toks {
		if !gatheringDays[toks[k].Lemma] || toks[k].Kind == vistka.Punct {
			continue
		}
		j := k - 1
		if j > 0 && strings.HasPrefix(toks[j].Tag, "adj") {
			j-- // "на позачерговій сесії"
		}
		if j < 0 {
			continue
		}
		w := lower(&toks[j])
		switch {
		case w == "на" && strings.Contains(toks[k].Tag, "v_mis"):
			return toks[k].Lemma
		case w == "наприкінці" || w == "час" && j > 0 && lower(&toks[j-1]) == "під":
			return toks[k].Lemma
		case (w == "початку" || w == "початок") && j > 0 && lower(&toks[j-1]) == "на":
			return toks[k].Lemma
		}
	}
	return ""
}

// sittings are the nouns a council's sitting is named by, one for the
// other: "на сесії міської ради у вівторок … Наприкінці засідання".
var sittings = map[string]bool{"сесія": true, "засідання": true, "пленарне": true}

// sameGathering reports whether lemma names the gathering noun does.
func sameGathering(lemma, noun string) bool {
	return lemma == noun || sittings[lemma] && sittings[noun]
}

// gatheringDays are the nouns of a session, a summit or a meeting whose day
// the events told on it or after it share.
var gatheringDays = map[string]bool{"сесія": true, "саміт": true, "засідання": true, "конференція": true, "форум": true,
	"нарада": true, "зустріч": true, "переговори": true, "консультація": true, "візит": true, "пленарне": true,
	// occasions of a day that a report opens with: "В Одесі у четвер
	// поліцейські провели рейд … Під час рейду торговці вийшли на
	// протест", "заявив на брифінгу в середу … Після брифінгу міністр
	// зустрівся"
	"рейд": true, "брифінг": true, "пресконференція": true, "пікет": true, "відкриття": true, "церемонія": true}

// onlyDay returns the day of the one date of day granularity in sentence
// s, or "" when it has none or more than one.
func onlyDay(dates []vistka.Date, s vistka.Sentence) string {
	day := ""
	for _, d := range dates {
		if d.Start < s.RStart || d.End > s.REnd || d.Value == nil || d.Granularity != "day" || len(*d.Value) != len("2006-01-02") {
			continue
		}
		if day != "" && day != *d.Value {
			return ""
		}
		day = *d.Value
	}
	return day
}

// alsoThere gives a meeting, a call or a signing with no date of its own, told in
// a sentence with no date that says the doer "також" (or, opening it,
// "Крім того", "Водночас") did it, the day and, when it has none, the place of the
// doer's meeting, visit or signing told last, within the three sentences
// before, or the eight before when none between names a time (a date
// that bounds a span or one still to come names none), or, with none,
// the day of
// the doer's act of another kind told so: "На полях саміту Литвин
// зустрівся з Шмідт. … Литвин також провів переговори з канцлером
// Німеччини" talked there that day too. Any other act told so (a visit,
// aid, a call on others, a refusal: "Також Сікорський відвідав Бучу",
// "Водночас депутати відхилили проєкт") takes the day of the doer's act of
// any kind told last, not its place, or, when the doer did nothing in
// those sentences, the day of another's act told last if that is the
// story's day (the first day an act was dated by: "Днем раніше фонд
// передав …" is another); a demand's day named with it (often a
// deadline) and a day a span starts or ends ("з 1 січня") are passed
// over, and "а також" lists things, it ties no act. One to come (aux) is
// left as it is, and so is one whose sentence names a place of its own
// under в or у, and one told past a paragraph that recalls an older story
// ("Нагадаємо, …").
func alsoThere(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 || len(e.Actors) == 0 {
			continue
		}
		talks := e.Type == "CONSULT" && (e.Mode == "meet" || e.Mode == "phone") || e.Type == "AGREE"
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || datesIn(dates, actClause(a.Sentences[s], e)) > 0 || !alsoTied(a.Sentences[s], e) {
			continue
		}
		if ownPlace(a, ents, a.Sentences[s]) {
			continue // "Литвин також провів переговори у Варшаві": elsewhere, another day
		}
		var own, other, acted *vistka.Event
		doerSeen := false
		for k := i - 1; k >= 0 && own == nil; k-- {
			v := &evs[k]
			p := a.SentenceAt(v.Sentence.Start)
			if p == s {
				continue
			}
			if p < s-3 && (p < s-8 || slices.ContainsFunc(a.Sentences[p+1:s], func(b vistka.Sentence) bool { return timeTold(a, dates, b) })) {
				// past three sentences only when none between names a
				// time: the visit's day still holds
				break
			}
			dated := p < s-3 && slices.ContainsFunc(a.Sentences[p+1:s], func(b vistka.Sentence) bool { return datesIn(dates, b) > 0 })
			if slices.ContainsFunc(a.Sentences[p+1:s+1], func(b vistka.Sentence) bool { return background(b.Tokens) }) {
				break // "Нагадаємо, …": an older story, not the day told before
			}
			if len(v.Aux) > 0 {
				continue
			}
			same := shareAny(v.Actors, e.Actors)
			doerSeen = doerSeen || same
			switch {
			case talks && !(v.Type == "CONSULT" && (v.Mode == "meet" || v.Mode == "visit") || v.Type == "AGREE"):
				if same && acted == nil && len(v.Date) == len("2006-01-02") && v.Type != "REQUEST" && v.Type != "THREATEN" && !spanBound(a.Sentences[p], dates) {
					acted = v
				}
			case !talks && (v.Type == "REQUEST" || v.Type == "THREATEN") && datesIn(dates, a.Sentences[p]) > 0 && !tiedDay(a.Sentences[p], dates, v.Date):
				// a demand's day named with it is often its deadline,
				// unless the demand was dated by it
			case !talks && spanBound(a.Sentences[p], dates):
				// "відмовився підвищувати тариф з 1 січня": a day a
				// span starts or ends, no day the act was done
			case len(v.Date) != len("2006-01-02"):
				// "Сторони обговорили …" after the meeting: the same
				// talks, told again with no day
			case same:
				own = v
			case other == nil && !dated:
				// (another's act, past a date that bounds a span or
				// one to come, may be of another day: "Ключі отримають
				// до 20 грудня. Також міська рада виділила …")
				other = v
			}
		}
		if own == nil && !talks && !doerSeen && other != nil && other.Date == firstDay(evs) {
			// "Депутат звинуватив X. Управління також заперечило":
			// another doer's act told just before on the story's day,
			// when the doer did nothing there ("Днем раніше фонд
			// передав …" is another day)
			own = other
		}
		if own == nil && acted != nil {
			// "Кабмін у п'ятницю виділив громадам 2 млрд гривень. …
			// Також Кабмін погодив угоду": the doer's day, with no
			// talks of its own to place the signing
			e.Date = acted.Date
			continue
		}
		if own == nil {
			continue
		}
		e.Date = own.Date
		if talks && e.Place == "" && e.Mode != "phone" && !visitedThere(a, evs, s) {
			e.Place = own.Place // a call's place is where each side sat, not the meeting's
		}
	}
	return evs
}

// visitedThere reports whether sentence s tells a visit to a place:
// "Також Сікорський відвідав Бучу, де поспілкувався з мешканцями" met
// there, not where the visitor was before.
func visitedThere(a *vistka.Analysis, evs []vistka.Event, s int) bool {
	return slices.ContainsFunc(evs, func(v vistka.Event) bool {
		return v.Mode == "visit" && v.Place != "" && len(v.Aux) == 0 && a.SentenceAt(v.Sentence.Start) == s
	})
}

// timeTold reports whether sentence b names a time the story went on
// to: a date that neither bounds a span ("з 1 лютого", "до 15 березня")
// nor lies after the day of publication. "Постанова набирає чинності з 1
// лютого", "Перші дрони мають зійти з конвеєра навесні наступного року"
// tell of no other day something was done on.
func timeTold(a *vistka.Analysis, dates []vistka.Date, b vistka.Sentence) bool {
	return slices.ContainsFunc(dates, func(d vistka.Date) bool { return dayTold(a, b, d) })
}

// dayTold reports whether the date d stands in sentence b and names a
// time the story went on to (see timeTold).
func dayTold(a *vistka.Analysis, b vistka.Sentence, d vistka.Date) bool {
	return d.Start >= b.RStart && d.End <= b.REnd && !boundsSpan(b.Tokens, d) && !toCome(a, d) && !stillDue(a, b.Tokens, d)
}

// stillDue reports whether d is the month or the year of publication told
// for an act still to come: the verb nearest before d in its clause is in
// the future or a modal with its infinitive ("фракція може ухвалити його
// вже в грудні", "уряд затвердить план цього року" in a December report),
// which tells of no other day the story went on to.
func stillDue(a *vistka.Analysis, toks []vistka.Token, d vistka.Date) bool {
	if d.Value == nil || a.Published.IsZero() || len(*d.Value) >= len("2006-01-02") ||
		!strings.HasPrefix(a.Published.Format("2006-01-02"), *d.Value) {
		return false
	}
	k := slices.IndexFunc(toks, func(t vistka.Token) bool { return t.RStart >= d.Start })
	for k--; k >= 0; k-- {
		t := &toks[k]
		if t.Kind == vistka.Punct || t.Lemma == "що" || t.Lemma == "який" {
			return false // the clause opens before any verb
		}
		if !strings.HasPrefix(t.Tag, "verb") || strings.Contains(t.Tag, ":inf") {
			continue
		}
		return strings.Contains(t.Tag, ":futr") || dueModals[t.Lemma] && k+1 < len(toks) && strings.Contains(toks[k+1].Tag, ":inf")
	}
	return false
}

// dueModals are the verbs whose infinitive tells an act that may or is to
// come: "може ухвалити", "має оприлюднити", "планує підписати".
var dueModals = map[string]bool{"могти": true, "мати": true, "планувати": true, "збиратися": true, "мусити": true}

// toCome reports whether the date d lies after the day of publication
// (when that is known): a day, a month or a year still to come.
func toCome(a *vistka.Analysis, d vistka.Date) bool {
	if d.Value == nil || a.Published.IsZero() {
		return false
	}
	pub := a.Published.Format("2006-01-02")
	return len(*d.Value) <= len(pub) && *d.Value > pub[:len(*d.Value)]
}

// boundsSpan reports whether the date d starts or ends a span of time
// among toks: after з, із, до or по.
func boundsSpan(toks []vistka.Token, d vistka.Date) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].RStart == d.Start {
			w := lower(&toks[k-1])
			return w == "з" || w == "із" || w == "до" || w == "по"
		}
	}
	return false
}

// alsoTied reports whether sentence s says that e was done too: "також"
// in e's own clause ("Ініціатори звернулися також до прокуратури"), not
// of a thing listed ("зобов'язавши раду скасувати заборону, а також
// зняти бар'єр"), or an opening "Крім того" with e in the main clause. An
// act told in a clause of що or of який under it ("Він також наголосив,
// що Росія відхилила пропозицію", "подякував Польщі, яка передала
// генератори") is that clause's, of its own time.
func alsoTied(s vistka.Sentence, e *vistka.Event) bool {
	toks := s.Tokens
	trig := -1
	for k := range toks {
		if e.TriggerSpan != nil && toks[k].RStart == e.TriggerSpan.Start {
			trig = k
		}
	}
	if trig < 0 {
		return false
	}
	sameClause := func(i, j int) bool {
		lo, hi := min(i, j), max(i, j)
		return !slices.ContainsFunc(toks[lo+1:hi+1], func(t vistka.Token) bool { return subordinators[lower(&t)] || t.Lemma == "який" })
	}
	if besides(s) && sameClause(0, trig) {
		return true
	}
	for k := range toks {
		if lower(&toks[k]) == "також" && (k == 0 || lower(&toks[k-1]) != "а") && sameClause(k, trig) {
			return true
		}
	}
	return false
}

// subordinators are the words that open a clause under another one with
// a time of its own (a clause of де or коли goes on with the main
// clause's time: "відвідав Бучу, де поспілкувався з мешканцями").
var subordinators = map[string]bool{"що": true, "щоб": true, "якщо": true, "бо": true, "оскільки": true,
	"котрий": true, "котра": true, "котре": true, "котрі": true}

// spanBound reports whether a date of sentence s starts or ends a span
// of time ("з 1 січня", "до 20 березня").
func spanBound(s vistka.Sentence, dates []vistka.Date) bool {
	return slices.ContainsFunc(dates, func(d vistka.Date) bool {
		return d.Start >= s.RStart && d.End <= s.REnd && boundsSpan(s.Tokens, d)
	})
}

// firstDay returns the day of the first event of evs (in the order of
// the text) dated by a day, with no aux: the day of the story its lead
// tells; or "".
func firstDay(evs []vistka.Event) string {
	for _, v := range evs {
		if len(v.Aux) == 0 && len(v.Date) == len("2006-01-02") {
			return v.Date
		}
	}
	return ""
}

// besides reports whether the sentence opens with "Крім того", "Окрім
// того", "Крім цього" or "Водночас" (not "Водночас, …", which sets
// a contrast): one more thing done, as також says.
func besides(s vistka.Sentence) bool {
	t := s.Tokens
	if len(t) < 2 {
		return false
	}
	w, n := scan.ToLower(t[0].Text), scan.ToLower(t[1].Text)
	return (w == "крім" || w == "окрім") && (n == "того" || n == "цього") || w == "водночас" && n != ","
}

// ownPlace reports whether the sentence names a place under в or у,
// outside a relative clause of який, which tells of the noun before it,
// not where the act was: "зустріч із представниками польського бізнесу,
// які працюють в Україні" names no place of the meeting.
func ownPlace(a *vistka.Analysis, ents *entity.Result, s vistka.Sentence) bool {
	toks := s.Tokens
	relative := false
	for j := 1; j < len(toks); j++ {
		if toks[j].Kind == vistka.Punct {
			relative = false
		}
		if toks[j-1].Text == "," && (toks[j].Lemma == "який" || toks[j].Lemma == "котрий") {
			relative = true
		}
		if relative {
			continue
		}
		if p := ents.At(toks[j].RStart, toks[j].REnd); p != "" && ents.Type(p) == "LOC" && hasCase(&toks[j], "v_mis") {
			if l := lower(&toks[j-1]); l == "в" || l == "у" {
				return true
			}
		}
	}
	return false
}

// sidesNouns name the sides of talks just told by what they are:
// сторони, лідери, президенти, міністри, прем'єри, делегації.
var sidesNouns = map[string]bool{"сторона": true, "лідер": true, "президент": true, "міністр": true, "прем'єр": true,
	"прем'єр-міністр": true, "делегація": true, "очільник": true, "співрозмовник": true}

// sidesOfTalks dates a signing, an agreement or talks with no date of
// their own, told in the past in a sentence with no date whose subject
// names the sides by a plural noun (сторони, лідери, президенти), by the
// day of the meeting told in the sentence right before between the same
// sides: "На початку візиту Зеленський зустрівся з президентом Литви
// Гітанасом Наусєдою. Лідери підписали спільну заяву" signed that day,
// and "З Мерцом сторони підписали спільну декларацію" after the meeting
// with Merz. The place of the meeting is given too when the event has
// none. Sides told by their names ("Зеленський і Мерц підписали") and a
// meeting with a third side are left as they are.
func sidesOfTalks(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 || !(e.Type == "AGREE" || e.Type == "CONSULT" && e.Mode == "meet") {
			continue
		}
		if tense, total := triggerTense(a, e); tense != "past" || total {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || datesIn(dates, actClause(a.Sentences[s], e)) > 0 || !slices.ContainsFunc(a.Sentences[s].Tokens, func(t vistka.Token) bool {
			return sidesNouns[lower(&t)] && (strings.Contains(t.Tag, ":p:") || strings.HasSuffix(t.Tag, ":p"))
		}) {
			continue
		}
		sides := append(slices.Clone(e.Actors), e.Recipients...)
		if len(sides) < 2 {
			continue
		}
		for k := range evs {
			v := &evs[k]
			if a.SentenceAt(v.Sentence.Start) != s-1 || v.Type != "CONSULT" || v.Mode != "meet" || len(v.Aux) > 0 || len(v.Date) != len("2006-01-02") {
				continue
			}
			met := append(slices.Clone(v.Actors), v.Recipients...)
			if slices.ContainsFunc(sides, func(id string) bool { return !slices.Contains(met, id) }) {
				continue
			}
			e.Date = v.Date
			if e.Place == "" && e.Mode != "phone" {
				e.Place = v.Place // a call's place is where each side sat, not the meeting's
			}
			break
		}
	}
	return evs
}

// headlineDay dates an event of the lead's first sentence with no date of
// its own by the one day the headline line above it gives, when the
// headline names the event by the same word: "Удар по Одесі 18 січня:
// кількість загиблих зросла до чотирьох" over "Кількість загиблих
// унаслідок ракетного удару … по Одесі зросла до чотирьох" dates the
// strike the 18th.
func headlineDay(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	if len(a.Sentences) < 2 {
		return evs
	}
	head := a.Sentences[0]
	nl := strings.IndexByte(a.Text[head.Start:], '\n')
	if nl < 0 || head.Start+nl < head.End || !strings.Contains(a.Text[head.End:a.Sentences[1].Start], "\n") {
		return evs // no headline line of its own
	}
	day := onlyDay(dates, head)
	if day == "" {
		return evs
	}
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 || e.TriggerSpan == nil || a.SentenceAt(e.Sentence.Start) != 1 {
			continue
		}
		word := ""
		for _, t := range a.Sentences[1].Tokens {
			if t.RStart == e.TriggerSpan.Start {
				word = lower(&t)
			}
		}
		if word != "" && slices.ContainsFunc(head.Tokens, func(t vistka.Token) bool { return lower(&t) == word }) {
			e.Date = day
		}
	}
	return evs
}

// leadDay dates an event of the headline that no event of the lead told
// again (see dropHeadline), past and with no date of its own, by the one
// day the lead names: the headline tells the lead's news, whatever verb
// each uses. "ХАМАС звільнив ще трьох заручників" over "Угруповання ХАМАС
// у суботу передало … трьох ізраїльських заручників" was that Saturday.
// Only the headline's first item is the lead's: an event after another
// finite verb is left as it is. A dateline's day (the day the report was
// filed) is not the lead's, and a lead that names two days leaves the
// headline as it is, and so does the day of a source line ("Про це у
// вівторок повідомила …"), but for a document's ("Про це свідчить
// рішення від 9 липня").
func leadDay(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	if !hasHeadline(a) {
		return evs
	}
	leadEnd := headLeadEnd(a)
	day := ""
	for s := 1; s < len(a.Sentences) && a.Sentences[s].RStart < leadEnd; s++ {
		sent := a.Sentences[s]
		if !anyVerb(sent.Tokens) {
			continue // a dateline of its own ("КИЇВ, 12 березня. /Укрінформ/.")
		}
		source := len(sent.Tokens) > 2 && lower(&sent.Tokens[0]) == "про" && lower(&sent.Tokens[1]) == "це"
		for _, d := range dates {
			if d.Start < sent.RStart || d.End > sent.REnd || d.Value == nil || d.Granularity != "day" || len(*d.Value) != len("2006-01-02") {
				continue
			}
			if s == 1 && datelineDay(sent.Tokens, d) || source && !documentDay(sent.Tokens, d) {
				continue // "Про це у вівторок повідомила посолка": the day it was told
			}
			if day != "" && day != *d.Value {
				return evs
			}
			day = *d.Value
		}
	}
	if day == "" {
		return evs
	}
	for i := range evs {
		if e := &evs[i]; e.Date == "" && headlineLead(a, e) {
			e.Date = day
		}
	}
	return evs
}

// headlineLead reports whether e is the headline's first item, past and
// neither negated nor to come: the news the lead tells again, whose day
// (leadDay) or town (leadPlace) the lead may give.
func headlineLead(a *vistka.Analysis, e *vistka.Event) bool {
	head := a.Sentences[0]
	if e.Sentence.Start != head.RStart || len(e.Aux) > 0 {
		return false
	}
	tense, total := triggerTense(a, e)
	return tense != "pres" && tense != "futr" && !total && !verbBefore(head.Tokens, e.TriggerSpan)
}

// verbBefore reports whether a finite verb stands before the trigger span
// tr among toks: a headline of two items ("НБУ знизив облікову ставку,
// МВФ схвалив новий транш", "… підірвали колію: СБУ затримала
// підозрюваного") tells the lead's news first, and the second item may be
// of another day.
func verbBefore(toks []vistka.Token, tr *vistka.Range) bool {
	if tr == nil {
		return true
	}
	for _, t := range toks {
		if t.RStart >= tr.Start {
			return false
		}
		if finiteVerb(&t) {
			return true
		}
	}
	return false
}

// documentDay reports whether the date d is a document's, after від
// among toks ("Про це свідчить рішення відділення від 9 липня").
func documentDay(toks []vistka.Token, d vistka.Date) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].RStart == d.Start {
			return lower(&toks[k-1]) == "від"
		}
	}
	return false
}

// datelineDay reports whether the date d is the day of a dateline that
// opens the sentence of toks: a place, a comma or a full stop, and the
// day ("Вільнюс, 17 вересня. Укрінформ. Міністр …").
func datelineDay(toks []vistka.Token, d vistka.Date) bool {
	return len(toks) > 2 && !d.Relative && d.Start == toks[2].RStart && (toks[1].Text == "," || toks[1].Text == ".")
}

// tiedPlace places an event with no place of its own, told in a sentence
// that opens by tying it to what was told just before (see tieOpens:
// "Того ж дня", "Згодом", "За підсумками зустрічі", "Під час візиту",
// "Після перевірки", "Перед засіданням"), where the nearest event told
// in the three sentences before took place: "До Луцька прибула делегація
// з Любліна. Того ж дня відбулася зустріч делегації з керівництвом міста"
// met in Луцьк. With no placed event in those sentences it is the town
// the local story is set in (see storyTown): "У Снігурівці відкрили міст
// … Під час візиту ОВА та агентство підписали угоду". A visit keeps its
// destination, an event to come (aux) is left as it is, and so are a
// phone call (each side sat at home), a suspicion served, one whose
// sentence names a place in the locative of its own and one after a
// sentence between that tells another day. A street or another's visit
// to a spot is no such place.
func tiedPlace(a *vistka.Analysis, ents *entity.Result, m *memos, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	story := ""
	for i := range evs {
		e := &evs[i]
		if e.Place != "" || len(e.Aux) > 0 || e.Mode == "visit" || e.Mode == "phone" || !tiedTypes[e.Type] || strings.Contains(e.Trigger, "підозр") {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 {
			continue
		}
		toks := a.Sentences[s].Tokens
		tie, n := tieOpens(toks)
		if tie == "" || ownPlace(a, ents, a.Sentences[s]) || e.TriggerSpan != nil && e.TriggerSpan.Start == toks[n].RStart {
			continue // (the occasion itself: "Під час зустрічі з Рютте Сибіга заявив")
		}
		place, townPlace, at, from := "", "", -1, -1
		for k := range evs {
			v := &evs[k]
			p := a.SentenceAt(v.Sentence.Start)
			if meetingNouns[tie] && p < s && p >= s-3 && v.Place == "" && v.Type == "CONSULT" && v.Mode != "visit" && v.Mode != "phone" && len(v.Aux) == 0 &&
				v.TriggerSpan != nil && v.TriggerSpan.Start > at {
				// "Наступного дня він провів переговори з прем'єром. За
				// підсумками переговорів …": the talks the tie names, not
				// placed (yet), not the reception before them
				place, townPlace, at, from = "", "", v.TriggerSpan.Start, p
				continue
			}
			if p >= s || p < s-3 || v.Place == "" || len(v.Aux) > 0 || v.TriggerSpan == nil || v.TriggerSpan.Start < at || street(ents, v.Place) {
				continue // (a street: "затримали в кав'ярні на Французькому бульварі" is no place of the searches after)
			}
			if v.Mode == "visit" && (!town(ents, v.Place) || tie != "візит" && tie != "поїздка" && !visitorAmong(ents, v, e)) {
				// "відвідав житловий квартал на Північній Салтівці": a
				// spot in the town; "Кос відвідала Ірпінь … Того ж дня
				// Марченко провів зустріч": another's trip
				continue
			}
			place, at, from = v.Place, v.TriggerSpan.Start, p
			if town(ents, v.Place) {
				townPlace = v.Place
			}
		}
		if townPlace != "" && !town(ents, place) {
			// "прибув до Токіо. Першого дня його прийняв в
			// Імператорському палаці імператор. Під час аудієнції
			// президент подякував": the town the venue is in
			place = townPlace
		}
		if place == "" && from < 0 {
			place = occasionNamed(a, ents, dates, evs, e, tie, s)
		}
		if from >= 0 && slices.ContainsFunc(a.Sentences[from+1:s], func(b vistka.Sentence) bool { return datesIn(dates, b) > 0 }) {
			continue // "Уряд у вівторок ухвалив бюджет. За підсумками засідання …": another day told between
		}
		if place == "" {
			if story == "" {
				story, _ = storyTown(a, ents, m)
			}
			place = story
		}
		e.Place = place
	}
	return evs
}

// occasionNamed returns the place of the act the tie noun names, told
// before the three sentences tiedPlace reads and placed (a check, a
// sitting, a ceremony: its trigger holds the noun), the nearest one; or
// "". A tie names its occasion however far back the report told it: "У
// четвер Когут провів перевірку укриттів у школах Миргорода. … Після
// перевірки Когут провів нараду" held it in Миргород. Not past a
// paragraph that recalls an older story, nor past a sentence between
// that tells another time (a deadline, "до 1 листопада", tells none),
// nor when that act is of another day than e.
func occasionNamed(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date, evs []vistka.Event, e *vistka.Event, tie string, s int) string {
	for k := len(evs) - 1; k >= 0; k-- {
		v := &evs[k]
		p := a.SentenceAt(v.Sentence.Start)
		if p >= s-3 || p < 0 || v.Place == "" || len(v.Aux) > 0 || street(ents, v.Place) || !slices.Contains(strings.Fields(v.Trigger), tie) {
			continue
		}
		if e.Date != "" && v.Date != e.Date || slices.ContainsFunc(a.Sentences[p+1:s+1], func(b vistka.Sentence) bool { return background(b.Tokens) || timeTold(a, dates, b) }) {
			return "" // the nearest such act is of another day, or one is told since
		}
		return v.Place
	}
	return ""
}

// visitorAmong reports whether the visit v may have been made by e's
// doer: one of e's actors made it, or e names its doer by a common noun
// (делегація, гості) or not at all.
func visitorAmong(ents *entity.Result, v, e *vistka.Event) bool {
	return len(e.Actors) == 0 || slices.ContainsFunc(e.Actors, func(id string) bool {
		return slices.Contains(v.Actors, id) || ents.Type(id) == ""
	})
}

// town reports whether the place id is a town, a region or a country the
// gazetteer knows, not a spot within a town (a quarter, a street, a
// building).
func town(ents *entity.Result, id string) bool {
	name := id
	if n := ents.Name(id); n != "" {
		name = n
	}
	return gazetteer.Lookup(name)&(gazetteer.Settlement|gazetteer.Region|gazetteer.Country) != 0
}

// tiedTypes are the events tiedPlace places: meetings, signings, gifts,
// thanks, protests and accusations are done where the occasion was; a
// call, a sanction or a measure of the police is said or decided
// elsewhere as well.
var tiedTypes = map[string]bool{"CONSULT": true, "AGREE": true, "AID": true, "SUPPORT": true, "PROTEST": true,
	"ACCUSE": true, "COOPERATE": true, "REJECT": true}

// tieOpens returns how a sentence opens by tying what it tells to the
// time of what was told before: "день" for "Того ж дня", "Того самого
// дня", "Тоді ж" and "Згодом", or the lemma of an occasion of tieNouns
// after "За підсумками", "За результатами", "Під час", "Після" or
// "Перед", one adjective between at most ("Під час робочої зустрічі");
// else "". It returns too where the occasion's noun stands.
func tieOpens(toks []vistka.Token) (string, int) {
	i := 0
	for i < len(toks) && toks[i].Kind == vistka.Punct {
		i++
	}
	w := func(k int) string {
		if k < len(toks) {
			return scan.ToLower(toks[k].Text)
		}
		return ""
	}
	n := i + 1
	switch w(i) {
	case "згодом":
		return "день", i
	case "тоді":
		if w(i+1) == "ж" || w(i+1) == "же" {
			return "день", i
		}
		return "", -1
	case "того":
		if (w(i+1) == "ж" || w(i+1) == "же" || w(i+1) == "самого") && w(i+2) == "дня" {
			return "день", i
		}
		return "", -1
	case "за":
		if w(i+1) != "підсумками" && w(i+1) != "результатами" {
			return "", -1
		}
		n = i + 2
	case "під":
		if w(i+1) != "час" {
			return "", -1
		}
		n = i + 2
	case "після", "перед":
	default:
		return "", -1
	}
	if n+1 < len(toks) && strings.HasPrefix(toks[n].Tag, "adj") {
		n++
	}
	if n < len(toks) && tieNouns[toks[n].Lemma] {
		return toks[n].Lemma, n
	}
	return "", -1
}

// tieNouns are the occasions a sentence ties its act to: a gathering, a
// visit, a ceremony, an inspection, a picket, a vote or an attack, all
// held at one place.
var tieNouns = map[string]bool{"зустріч": true, "переговори": true, "розмова": true, "засідання": true, "саміт": true,
	"конференція": true, "форум": true, "нарада": true, "сесія": true, "візит": true, "церемонія": true, "відкриття": true,
	"передача": true, "аудієнція": true, "перевірка": true, "пікет": true, "голосування": true, "акція": true,
	"презентація": true, "атака": true, "обстріл": true, "поїздка": true, "огляд": true, "рейд": true, "брифінг": true,
	"обговорення": true, "виступ": true} // "Під час обговорення голова комітету закликав колег …"
