package event

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// storyDay dates the events of a long story told day by day: a visit, a
// summit, a tour or a conference over several days, its later paragraphs
// tied to what was told before by their opening words, not by a date.
//
// A sentence that opens with the ordinal day of the occasion ("Першого
// дня візиту", "Другого дня турне", "На третій день саміту") is that day
// counted from the day the occasion began, told by the nearest sentence
// before with one day and a verb of beginning or arrival ("Саміт
// розпочався в четвер", "Зеленський прибув до Токіо у вівторок"); an
// event with no place there takes the place of that arrival. One that
// opens "На завершення візиту" or "В останній день" is the day the
// occasion ended, told by the nearest sentence with one day and a verb of
// ending ("у четвер завершив триденний візит").
//
// A sentence that opens by going on from what was just told ("Згодом",
// "Пізніше", "Після цього", "Перед цим", "Після переговорів", "Після
// пресконференції", "На пресконференції", "Того ж дня", "Того ж вечора")
// takes the day of the nearest dated event of the five sentences before
// (not a demand's or a threat's, whose day is often a deadline), and a
// meeting, a signing or thanks with no place of its own that event's
// place when it was a meeting or a signing, or a visit by one of its
// sides: "За
// підсумками переговорів … підписали угоду. Санчес повідомив, що Іспанія
// цього року передасть … На пресконференції Зеленський подякував … Після
// цього президент зустрівся з …" met on the day and in the city of the
// signing. A sentence between that names a day of its own, or opens a
// background paragraph ("Нагадаємо", "Раніше", "Як повідомлялося"),
// stops the search, and so does a sentence with a date of its own.
//
// A sentence opening "Там" right after one in its paragraph that tells
// no event but one day and one place under в or у ("Турне розпочалося в
// понеділок у Вільнюсі. Там Сибіга зустрівся …") is that day and that
// place; one opening "Наступного дня" is the day after the one it goes on
// from.
//
// A sentence dated by a time of day alone ("Вранці він зустрівся", "і
// вже вранці провів переговори", "Увечері"; not "Увечері того ж дня") is
// on the day told before it, as a sentence going on is, in its paragraph
// or, for a time after the morning, the paragraph before when that one
// recalls nothing ("Нагадаємо"): "Візит розпочався в понеділок у Києві.
// Стубб … вже вранці провів переговори" met on the Monday, not on the
// day of the report; the sentence right after, dated as that morning
// was, moves with it.
//
// The pass runs after the others, in the order of the text, so a day it
// gives is carried on by the sentences after it.
func storyDay(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	var moved retimed
	told := indexEvents(a, evs)
	for i := range evs {
		e := &evs[i]
		if len(e.Aux) > 0 {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 {
			continue
		}
		toks := a.Sentences[s].Tokens
		if timeOfDay(a, dates, s) {
			// "Візит розпочався в понеділок у Києві. Стубб … вже вранці
			// провів переговори": the morning of the story's day
			if d, v := toldJustBefore(a, dates, evs, told, i, s); d != "" && (sameParagraph(a, toldAt(a, v, s), s) || laterInDay(toks) && !inBackground(a, toldAt(a, v, s))) {
				moved = retimed{e.Date, d, s}
				e.Date = d
			}
			continue
		}
		if datesIn(dates, actClause(a.Sentences[s], e)) > 0 {
			continue
		}
		if moved.to != "" && e.Date == moved.from && s-moved.sent == 1 && sameParagraph(a, moved.sent, s) {
			// "… вже вранці провів переговори …. Лідери обговорили
			// …": the sentence after, dated as the morning was
			e.Date, moved.sent = moved.to, s
		}
		if n := ordinalDay(toks); n > 0 {
			if from, p := beganOn(a, dates, evs, s); from != "" {
				e.Date = daysOn(from, n-1)
				if e.Place == "" && p != "" && placeCarried(e) {
					e.Place = p
				}
			}
			continue
		}
		if closingDay(toks) {
			if d := endedOn(a, dates, s); d != "" {
				e.Date = d
			}
			continue
		}
		if w := openingWords(toks, 1); len(w) == 1 && w[0] == "там" {
			if prev := a.Sentences[s-1]; !toldIn(a, evs, s-1) {
				if !sameParagraph(a, s-1, s) {
					continue // a scene set across a paragraph break gives no day
				}
				// "Турне розпочалося в понеділок у Вільнюсі. Там Сибіга
				// зустрівся …": the scene the sentence before set
				if d := onlyDay(dates, prev); d != "" && !spanEnd(prev, dates) {
					e.Date = cmp.Or(e.Date, d)
					if p := scenePlace(ents, prev); e.Place == "" && p != "" {
						e.Place = p
					}
					continue
				}
			}
			if d, v := toldJustBefore(a, dates, evs, told, i, s); e.Date == "" && d != "" {
				// "… лідери підписали спільну заяву.\nТам же президент
				// поспілкувався з генсеком НАТО": where and when the
				// act told just before was
				e.Date = d
				if v != nil && toldAt(a, v, s) == s-1 && e.Place == "" && v.Place != "" && placeCarried(e) {
					e.Place = v.Place
				}
			}
			continue
		}
		next := nextDayOpening(toks)
		if !goesOn(toks) && !next {
			continue
		}
		d, v := toldJustBefore(a, dates, evs, told, i, s)
		if d == "" {
			continue
		}
		if next {
			e.Date = daysOn(pairEnd(dates, d), 1) // "Наступного дня міністр прибув до Риги"; after "2 і 3 грудня", the 4th
			continue
		}
		e.Date = d
		if v != nil && e.Place == "" && v.Place != "" && placeCarried(e) && (placeCarried(v) || v.Mode == "visit" && sharesParty(e, v)) {
			// (a visit is one party's trip: "Кос відвідала Ірпінь. Того
			// ж дня міністр фінансів провів зустріч" was not there)
			e.Place = v.Place
		}
	}
	return evs
}

// retimed is a time of day moved from the day of publication to the
// story's day, in sentence sent: the date the sentences after it carried.
type retimed struct {
	from, to string
	sent     int
}

// dayTimes are the times of day that name no day: a sentence dated by
// them alone is on the day of what was told before it.
var dayTimes = map[string]bool{"вранці": true, "уранці": true, "зранку": true, "увечері": true, "ввечері": true,
	"вдень": true, "удень": true}

// timeOfDay reports whether sentence s opens with a time of day
// ("Увечері", "Вранці") or names one as its only date ("і вже вранці
// провів"), with no day of its own: the time of a day told before.
func timeOfDay(a *vistka.Analysis, dates []vistka.Date, s int) bool {
	sen := a.Sentences[s]
	n := 0
	for _, d := range dates {
		if d.Start < sen.RStart || d.End > sen.REnd {
			continue
		}
		if !dayTimes[scan.ToLower(d.Text)] {
			return false
		}
		n++
	}
	if n > 0 {
		return true
	}
	return opensWithTime(sen.Tokens)
}

// opensWithTime reports whether toks open with a time of day that names
// no day after it ("Увечері Стубб провів зустріч", not "Увечері того ж
// дня", which other passes date).
func opensWithTime(toks []vistka.Token) bool {
	w := openingWords(toks, 2)
	return len(w) == 2 && dayTimes[w[0]] && !dayNamers[w[1]]
}

// dayNamers are the words that name the day of a time of day after it:
// "Увечері того ж дня", "вранці наступного дня".
var dayNamers = map[string]bool{"того": true, "цього": true, "наступного": true, "попереднього": true, "першого": true,
	"другого": true, "третього": true}

// laterInDay reports whether toks open with a time of day after the
// morning ("Увечері", "Вдень"), which goes on from the day told before
// even across a paragraph break; a paragraph opening "Вранці" is the
// morning of the report, as news49 has it.
func laterInDay(toks []vistka.Token) bool {
	w := openingWords(toks, 1)
	return opensWithTime(toks) && w[0] != "вранці" && w[0] != "уранці" && w[0] != "зранку"
}

// inBackground reports whether sentence p is in a paragraph that opens
// by recalling what was told before ("Нагадаємо, …").
func inBackground(a *vistka.Analysis, p int) bool {
	for p > 0 && sameParagraph(a, p-1, p) {
		p--
	}
	return background(a.Sentences[p].Tokens)
}

// toldAt returns the sentence of v, or the one before s when v is nil
// (the day named by that sentence).
func toldAt(a *vistka.Analysis, v *vistka.Event, s int) int {
	if v == nil {
		return s - 1
	}
	return a.SentenceAt(v.Sentence.Start)
}

// sharesParty reports whether e and v have an actor or a recipient in
// common.
func sharesParty(e, v *vistka.Event) bool {
	parties := append(slices.Clone(v.Actors), v.Recipients...)
	return shareAny(append(slices.Clone(e.Actors), e.Recipients...), parties)
}

// placeCarried reports whether e is an act done where its sides were: a
// meeting (not by phone), a signing or thanks.
func placeCarried(e *vistka.Event) bool {
	switch e.Type {
	case "CONSULT":
		return e.Mode != "phone" && e.Mode != "visit"
	case "AGREE", "SUPPORT":
		return true
	}
	return false
}

// openingWords returns the lower-cased words of toks from the first word on,
// past punctuation, at most n of them.
func openingWords(toks []vistka.Token, n int) []string {
	w := make([]string, 0, n) // (at once: a dozen rules ask for every sentence's)
	for k := range toks {
		if toks[k].Kind == vistka.Punct && len(w) == 0 {
			continue
		}
		if len(w) == n {
			break
		}
		w = append(w, scan.ToLower(toks[k].Text))
	}
	return w
}

// ordinals are the ordinal days of an occasion, in the genitive
// ("Першого дня") and in the accusative after на ("На другий день").
var ordinals = map[string]int{"першого": 1, "другого": 2, "третього": 3, "четвертого": 4, "п'ятого": 5,
	"перший": 1, "другий": 2, "третій": 3, "четвертий": 4, "п'ятий": 5}

// ordinalDay returns n when toks open with the n-th day of an occasion:
// "Першого дня візиту", "Другого дня", "На третій день саміту"; or 0.
func ordinalDay(toks []vistka.Token) int {
	w := openingWords(toks, 3)
	if len(w) == 3 && w[0] == "на" && w[2] == "день" && w[1] != "перший" {
		return ordinals[w[1]]
	}
	if len(w) >= 2 && w[1] == "дня" && w[0] != "перший" && w[0] != "другий" {
		return ordinals[w[0]]
	}
	return 0
}

// closingDay reports whether toks open with the last day of an occasion:
// "На завершення візиту", "В останній день саміту".
func closingDay(toks []vistka.Token) bool {
	w := openingWords(toks, 3)
	if len(w) < 3 {
		return false
	}
	return w[0] == "на" && w[1] == "завершення" || (w[0] == "в" || w[0] == "у") && w[1] == "останній" && w[2] == "день"
}

// goesOn reports whether toks open by going on from what was told just
// before: "Згодом", "Пізніше", "Після цього", "Перед цим", "Після
// переговорів", "На пресконференції", "Того ж дня", "Того ж вечора",
// "Цього ж дня", "Тоді ж", within hours ("Через кілька годин", "Уже за
// кілька годин", "За годину").
func goesOn(toks []vistka.Token) bool {
	w := openingWords(toks, 3)
	if len(w) < 3 {
		return false
	}
	switch {
	case w[0] == "згодом" || w[0] == "пізніше" && w[1] != "ніж":
		return true
	case w[0] == "після" && (w[1] == "цього" || w[1] == "того") && w[2] != "як" && w[2] != ",":
		return true
	case w[0] == "перед" && (w[1] == "цим" || w[1] == "тим") && w[2] != "як" && w[2] != ",":
		return true
	case w[0] == "після" && afterWhat[w[1]]:
		return true
	case w[0] == "на" && (w[1] == "пресконференції" || w[1] == "брифінгу"):
		return true
	case (w[0] == "того" || w[0] == "цього") && (w[1] == "ж" || w[1] == "же" || w[1] == "самого") && sameDayTimes[w[2]]:
		return true
	case w[0] == "тоді" && (w[1] == "ж" || w[1] == "же"):
		return true
	case (w[0] == "через" || w[0] == "за") && (w[1] == "кілька" || w[1] == "декілька") && w[2] == "годин" || (w[0] == "через" || w[0] == "за") && w[1] == "годину":
		return true
	case w[0] == "вже" || w[0] == "уже":
		// "Уже за кілька годин": the opening past its first word
		return goesOn(toks[slices.IndexFunc(toks, func(t vistka.Token) bool { return t.Kind != vistka.Punct })+1:])
	}
	return false
}

// sameDayTimes are the times of "Того ж дня", "Цього ж вечора", "Того
// самого ранку": the day of what was told before.
var sameDayTimes = map[string]bool{"дня": true, "вечора": true, "ранку": true}

// afterWhat are the genitives of a meeting or a press conference a
// sentence opening "Після …" goes on from.
var afterWhat = map[string]bool{"переговорів": true, "пресконференції": true, "брифінгу": true, "зустрічі": true,
	"засідання": true, "підписання": true, "церемонії": true, "наради": true, "перемовин": true,
	"завершення": true, "закінчення": true}

// eventIndex lists the indices of events by the sentence they are told
// in, in the order of the events, so that a pass looking back a few
// sentences from each event reads those sentences' events, not every
// event before.
type eventIndex map[int][]int

// indexEvents indexes evs by sentence (see eventIndex).
func indexEvents(a *vistka.Analysis, evs []vistka.Event) eventIndex {
	x := eventIndex{}
	for k := range evs {
		p := a.SentenceAt(evs[k].Sentence.Start)
		x[p] = append(x[p], k)
	}
	return x
}

// before returns the indices of the events of sentence p that come
// before the i-th, in order.
func (x eventIndex) before(p, i int) []int {
	ks := x[p]
	n, _ := slices.BinarySearch(ks, i)
	return ks[:n]
}

// toldJustBefore returns the day and the event it goes on from: the
// nearest event before evs[i] (told indexes evs) dated by a day,
// with no aux, in the five sentences before s, or the one day named by
// the sentence right before when it tells no dated event ("У п'ятницю, в
// останній день саміту, лідери затвердили висновки. Після завершення
// саміту …"), with no event; a day in a sentence whose events are passed
// over is theirs. It returns "" when a sentence between opens
// a background paragraph or names a day with no dated event.
func toldJustBefore(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event, told eventIndex, i, s int) (string, *vistka.Event) {
	low := max(0, s-5)
	for q := s; q > low; q-- {
		if background(a.Sentences[q].Tokens) {
			return "", nil
		}
		p := q - 1
		before := told.before(p, i)
		for k := len(before) - 1; k >= 0; k-- {
			v := &evs[before[k]]
			if len(v.Aux) > 0 || len(v.Date) != len("2006-01-02") ||
				v.Type == "REQUEST" || v.Type == "THREATEN" {
				// (a demand's or a threat's day is often its deadline:
				// "просить зупинити дію постанови до 1 квітня")
				continue
			}
			return v.Date, v
		}
		if background(a.Sentences[p].Tokens) {
			return "", nil
		}
		if d := onlyDay(dates, a.Sentences[p]); d != "" && len(before) == 0 && !spanEnd(a.Sentences[p], dates) {
			if q < s {
				return "", nil // a day told further back, with other sentences after it
			}
			return d, nil
		}
	}
	return "", nil
}

// nextDayOpening reports whether toks open "Наступного дня" (not
// "Наступного дня після …", the day after another act).
func nextDayOpening(toks []vistka.Token) bool {
	w := openingWords(toks, 3)
	return len(w) == 3 && w[0] == "наступного" && w[1] == "дня" && w[2] != "після"
}

// toldIn reports whether an event of evs is told in sentence s.
func toldIn(a *vistka.Analysis, evs []vistka.Event, s int) bool {
	return slices.ContainsFunc(evs, func(v vistka.Event) bool { return a.SentenceAt(v.Sentence.Start) == s })
}

// sameParagraph reports whether sentences p and s (p before s) are in
// one paragraph: no line break between them.
func sameParagraph(a *vistka.Analysis, p, s int) bool {
	return !strings.Contains(a.Text[a.Sentences[p].End:a.Sentences[s].Start], "\n")
}

// scenePlace returns the one place named under в or у in sentence s, or
// "" when it names none or several.
func scenePlace(ents *entity.Result, s vistka.Sentence) string {
	place := ""
	toks := s.Tokens
	for j := 1; j < len(toks); j++ {
		p := ents.At(toks[j].RStart, toks[j].REnd)
		if p == "" || ents.Type(p) != "LOC" || !hasCase(&toks[j], "v_mis") {
			continue
		}
		if l := lower(&toks[j-1]); l != "в" && l != "у" {
			continue
		}
		if place != "" && place != p {
			return ""
		}
		place = p
	}
	return place
}

// spanEnd reports whether a date of sentence s ends a span of time ("Дні
// культури триватимуть до 20 березня"): no day anything happened on.
func spanEnd(s vistka.Sentence, dates []vistka.Date) bool {
	for _, d := range dates {
		if d.Start < s.RStart || d.End > s.REnd {
			continue
		}
		for k := 1; k < len(s.Tokens); k++ {
			if w := scan.ToLower(s.Tokens[k-1].Text); s.Tokens[k].RStart == d.Start && (w == "до" || w == "по") {
				return true
			}
		}
	}
	return false
}

// background reports whether toks open a paragraph that recalls what was
// told before: "Нагадаємо", "Раніше", "Як повідомлялося", "Як
// повідомляв …".
func background(toks []vistka.Token) bool {
	// (the two words of openingWords lower-cased on the stack: the day
	// rules ask it of sentence after sentence)
	k := slices.IndexFunc(toks, func(t vistka.Token) bool { return t.Kind != vistka.Punct })
	if k < 0 || k+1 >= len(toks) {
		return false
	}
	var b0, b1 [32]byte
	w0 := string(scan.AppendLower(b0[:0], toks[k].Text))
	if w0 != "як" {
		return w0 == "нагадаємо" || w0 == "раніше"
	}
	switch string(scan.AppendLower(b1[:0], toks[k+1].Text)) {
	case "повідомлялося", "повідомляв", "повідомляла", "повідомляли", "відомо":
		return true
	}
	return false
}

// beginVerbs are the verbs of a sentence that tells the day an occasion
// began.
var beginVerbs = map[string]bool{"розпочатися": true, "розпочати": true, "почати": true, "початися": true,
	"прибути": true, "прилетіти": true, "приїхати": true, "відкрити": true, "відкритися": true, "стартувати": true}

// endVerbs are the verbs of a sentence that tells the day an occasion
// ended.
var endVerbs = map[string]bool{"завершити": true, "завершитися": true, "закінчити": true, "закінчитися": true}

// beganOn returns the day the occasion of sentence s began, told by the
// nearest sentence before with one day and a verb of beginning, and the
// place of an arrival told there, or "".
func beganOn(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event, s int) (day, place string) {
	for p := s - 1; p >= 0; p-- {
		if background(a.Sentences[p].Tokens) {
			continue
		}
		d := onlyDay(dates, a.Sentences[p])
		if d == "" || !hasVerb(a.Sentences[p].Tokens, beginVerbs) {
			continue
		}
		for k := range evs {
			if v := &evs[k]; a.SentenceAt(v.Sentence.Start) == p && v.Mode == "visit" && v.Date == d {
				place = v.Place
			}
		}
		return d, place
	}
	return "", ""
}

// endedOn returns the day told by the nearest sentence with one day and a
// verb of ending, before s or after it, or "".
func endedOn(a *vistka.Analysis, dates []vistka.Date, s int) string {
	for p := range a.Sentences {
		if p == s || background(a.Sentences[p].Tokens) {
			continue
		}
		if d := onlyDay(dates, a.Sentences[p]); d != "" && hasVerb(a.Sentences[p].Tokens, endVerbs) {
			return d
		}
	}
	return ""
}

// hasVerb reports whether toks hold a verb whose lemma is in verbs.
func hasVerb(toks []vistka.Token, verbs map[string]bool) bool {
	return slices.ContainsFunc(toks, func(t vistka.Token) bool { return verbs[scan.ToLower(t.Lemma)] })
}

// daysOn returns the day n days after d (2006-01-02), or "".
func daysOn(d string, n int) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// strikeDay dates a strike told with no day of its own by the day of the
// strike told before it that heads a report of one attack: "У ніч на
// вівторок Росія здійснила масовану атаку … На Київщині ворог атакував
// Броварський район. … Близько четвертої ранку окупанти атакували Дніпро"
// struck that Tuesday's night. The strike before must be the nearest
// event dated by a day, none between told of another day, and no
// paragraph between may recall an older story ("Нагадаємо, …"); a
// sentence naming a time of its own (other than a time of day) keeps it,
// and so do strikes told in the present ("регулярно обстрілюють"), as a
// total since a time ("від початку року … атакували") or as a day's
// tally ("за минулу добу … 48 разів обстріляли"), which have no one day.
func strikeDay(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Type != "ASSAULT" || e.Date != "" || len(e.Aux) > 0 {
			continue
		}
		if tense, total := triggerTense(a, e); tense == "pres" || tense == "futr" || total {
			continue // "Окупанти регулярно б'ють по Нікополю", "від початку року … атакували"
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || !onlyTimesOfDay(dates, a.Sentences[s]) || slices.ContainsFunc(a.Sentences[s].Tokens, func(t vistka.Token) bool {
			w := scan.ToLower(t.Text)
			return t.Lemma == "доба" || w == "разів" || w == "рази"
		}) {
			continue // "За минулу добу ворог 48 разів обстріляв громади": the day's tally, no one day
		}
		for k := i - 1; k >= 0; k-- {
			v := &evs[k]
			p := a.SentenceAt(v.Sentence.Start)
			if p >= s || len(v.Aux) > 0 || v.Date == "" {
				continue
			}
			if v.Type == "ASSAULT" && len(v.Date) == len("2006-01-02") &&
				!slices.ContainsFunc(a.Sentences[p+1:s+1], func(b vistka.Sentence) bool { return background(b.Tokens) || otherDay(dates, b, v.Date) }) {
				e.Date = v.Date
			}
			break
		}
	}
	return evs
}

// onlyTimesOfDay reports whether every date sentence s names is a time
// of day ("Вночі", "вранці") or has no value: no time of its own.
func onlyTimesOfDay(dates []vistka.Date, s vistka.Sentence) bool {
	for _, d := range dates {
		if d.Start >= s.RStart && d.End <= s.REnd && d.Value != nil && !dayTimes[scan.ToLower(d.Text)] {
			return false
		}
	}
	return true
}

// otherDay reports whether sentence s names a date that is not day.
func otherDay(dates []vistka.Date, s vistka.Sentence, day string) bool {
	for _, d := range dates {
		if d.Start >= s.RStart && d.End <= s.REnd && d.Value != nil && *d.Value != day && !dayTimes[scan.ToLower(d.Text)] {
			return true
		}
	}
	return false
}

// deliveredTo places aid with no place of its own where its sentence
// says it was brought, the town aided itself or another one's: "Фонд
// доставив до Херсона 20 тонн вантажу", "Польща та Литва передали Україні обладнання, яке доставили до
// Львова", "Японія передала Україні 30 генераторів …, які доставили до
// Києва та Одеси" (the first town under до after доставити or
// привезти), and "До Миколаєва доставили перші котельні, які Данія
// передала місту", "до Житомира прибули автобуси, які місту передав
// Люблін" (the town under до right before the verb of delivery or
// arrival).
func deliveredTo(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Type != "AID" || e.Place != "" || len(e.Aux) > 0 {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 {
			continue
		}
		toks := a.Sentences[s].Tokens
		for k := 0; k+2 < len(toks); k++ {
			l := scan.ToLower(toks[k].Lemma)
			var towns []string
			switch {
			case (l == "доставити" || l == "привезти") && scan.ToLower(toks[k+1].Text) == "до":
				towns = townsUnder(ents, toks, k+2)
			case deliveries[l] || arrivals[l]:
				towns = townBefore(ents, toks, k)
			}
			if len(towns) > 0 {
				// (one place an event has: the first named, as a strike
				// on two towns; a town that is itself the one aided, "ВПП
				// доставила до Снігурівки 20 тонн", is its recipient and
				// its place, as news52's guide has aid delivered to a town)
				e.Place = towns[0]
				break
			}
		}
	}
	return evs
}

// townsUnder returns the places in the genitive listed from toks[j] on
// (after до): "до Києва та Одеси".
func townsUnder(ents *entity.Result, toks []vistka.Token, j int) []string {
	var towns []string
	for ; j < len(toks); j++ {
		p := ents.At(toks[j].RStart, toks[j].REnd)
		if p != "" && ents.Type(p) == "LOC" && hasCase(&toks[j], "v_rod") {
			if !slices.Contains(towns, p) {
				towns = append(towns, p)
			}
			continue
		}
		if w := scan.ToLower(toks[j].Text); len(towns) > 0 && (w == "і" || w == "й" || w == "та" || w == ",") || p != "" && len(towns) > 0 {
			continue
		}
		break
	}
	return towns
}

// townBefore returns the town named under до before the verb at k in
// its clause, a few words back at most ("до Миколаєва доставили", "До
// Миколаєва у четвер доставили"), as a list of one, or nil.
func townBefore(ents *entity.Result, toks []vistka.Token, k int) []string {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].Kind == vistka.Punct || isVerb(&toks[j]) {
			return nil
		}
		if scan.ToLower(toks[j].Text) != "до" || j+1 >= k {
			continue
		}
		if p := ents.At(toks[j+1].RStart, toks[j+1].REnd); p == "" || !town(ents, p) {
			return nil
		}
		if towns := townsUnder(ents, toks, j+1); len(towns) > 0 {
			return towns[:1]
		}
		return nil
	}
	return nil
}

// from finds "від X" right after a word of greeting: who sends greetings
// ("передав слова вітання від Байдена"; not "передав запрошення від
// канцлера", an invitation).
func (f *finder) from(start, end int) string {
	for i := start; i < end; i++ {
		if f.low(i) == "від" && isPrep(&f.toks[i]) && f.greetingBefore(i) {
			for j := i + 1; j < end && j <= i+6; j++ {
				if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
					return e
				}
			}
		}
	}
	return ""
}

// greetingBefore reports whether a word of greeting stands among the
// three words before the token at i: вітання, привітання, поздоровлення,
// подяка, побажання.
func (f *finder) greetingBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch f.low(j) {
		case "вітання", "привітання", "поздоровлення", "подяка", "побажання":
			return true
		}
	}
	return false
}
