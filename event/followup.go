package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// saidThen reads a sentence that says when and where the one before was
// said ("Про це він заявив у середу у Брюсселі під час засідания"): the
// events of the sentence before with no place or date of their own take
// them.
func (f *finder) saidThen(out []vistka.Event, dates []vistka.Date) {
	if len(f.toks) < 4 || f.low(0) != "про" || f.low(1) != "це" {
		return
	}
	cue := false
	for i := range f.toks {
		cue = cue || speechVerbs[f.verb(i)] || publishedWords[f.low(i)]
	}
	if !cue {
		return
	}
	place := ""
	for i := range f.toks {
		t := &f.toks[i]
		if e := f.entityAt(i); e != "" && f.ents.Type(e) == "LOC" && hasCase(t, "v_mis") {
			if p := f.governedBy(i); p == "в" || p == "у" {
				place = e
				break
			}
		}
	}
	date := f.date(dates, 0)
	// The sentences told about: the one before and those of its
	// paragraph before it, three at most, as a lead with a figure after
	// its event ("ЮНІСЕФ передав області 40 генераторів. Загальна
	// вартість … 2,3 млн доларів.\n\nПро це в середу повідомив …").
	first := f.s - 1
	for n := 1; n < 3 && first > 0 && !f.breakBefore(first); n++ {
		first--
	}
	from := f.a.Sentences[first].RStart
	for k := len(out) - 1; k >= 0 && out[k].Sentence.Start >= from; k-- {
		if out[k].Place == "" {
			out[k].Place = place
		}
		if out[k].Date == "" && !causeNoun(f.a, &out[k]) {
			out[k].Date = date
		}
	}
}

// causeNoun reports whether the event's trigger is a noun told as the
// cause of what its sentence reports (внаслідок, унаслідок, з-за, adjectives
// between): "Кількість загиблих унаслідок ракетного удару … по Одесі зросла
// до чотирьох. Про це у вівторок повідомив …" reports the toll that
// Tuesday, not the strike, which came before.
func causeNoun(a *vistka.Analysis, e *vistka.Event) bool {
	if e.TriggerSpan == nil {
		return false
	}
	toks := a.Sentences[a.SentenceAt(e.Sentence.Start)].Tokens
	for i := range toks {
		if toks[i].RStart != e.TriggerSpan.Start {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			switch lower(&toks[k]) {
			case "внаслідок", "унаслідок":
				return true
			}
			if !strings.HasPrefix(toks[k].Tag, "adj") {
				return false
			}
		}
		return false
	}
	return false
}

// breakBefore reports whether a line break parts sentence s from the one
// before it.
func (f *finder) breakBefore(s int) bool {
	end, next := f.a.Sentences[s-1].End, f.a.Sentences[s].Start
	return end <= next && next <= len(f.a.Text) && strings.IndexByte(f.a.Text[end:next], '\n') >= 0
}

// decidedThen reads a sentence that says when the decision told before
// was taken ("Відповідну постанову уряд ухвалив у середу", "Рішення суд
// ухвалив 18 листопада"): the events of the sentence before with no date
// of their own take its day.
func (f *finder) decidedThen(out []vistka.Event, dates []vistka.Date) {
	act := 0 // the act noun opens the sentence, or follows "відповідний"
	if len(f.toks) > 0 && strings.HasPrefix(f.low(0), "відповідн") {
		act = 1
	}
	if len(f.toks) < 4 || !actNouns[f.low(act)] && !rulingNouns[f.low(act)] || act == 0 && !hasCase(&f.toks[0], "v_zna") {
		return
	}
	taken := false
	for i := range f.toks {
		switch f.verb(i) {
		case "ухвалити", "прийняти", "підписати", "затвердити", "оприлюднити":
			taken = true
		}
	}
	date := f.date(dates, 0)
	if !taken || len(date) != len("2006-01-02") {
		return
	}
	// The sentence before, or the one before that when the sentence
	// between tells no event ("МВФ погодив виділення траншу. Кошти
	// надійдуть цього тижня, – повідомляє … Рішення ухвалили у вівторок").
	for back := 1; back <= 2 && f.s-back >= 0; back++ {
		if back == 2 && (f.s-back < 1 || !f.dateInMainClause(dates)) {
			return // (not the headline's; not "Рішення ухвалили після того, як минулого тижня …")
		}
		prev := f.a.Sentences[f.s-back]
		n := 0
		for k := len(out) - 1; k >= 0 && out[k].Sentence.Start == prev.RStart; k-- {
			n++
			if out[k].Date == "" {
				out[k].Date = date
			}
		}
		if n > 0 || len(out) > 0 && out[len(out)-1].Sentence.Start > prev.RStart {
			return
		}
	}
}

// dateInMainClause reports whether a date of the sentence stands before
// its first comma: "Рішення ухвалили у вівторок за підсумками …".
func (f *finder) dateInMainClause(dates []vistka.Date) bool {
	sent := f.a.Sentences[f.s]
	end := sent.REnd
	for _, t := range f.toks {
		if t.Text == "," {
			end = t.RStart
			break
		}
	}
	for _, d := range dates {
		if d.Value != nil && d.Start >= sent.RStart && d.End <= end {
			return true
		}
	}
	return false
}

// heldAt reads a sentence that says where and when the meeting told
// before took place ("Зустріч відбулася в Офісі президента"): the last
// meeting with no place or date of its own takes them.
func (f *finder) heldAt(out []vistka.Event, dates []vistka.Date) {
	held, ceremony, near, stem, future := false, "", false, "", false
	for i := range f.toks {
		switch f.verb(i) {
		case "відбутися", "відбуватися", "пройти", "проходити", "статися", "тривати":
			h := f.heldNounAt(i)
			if typ := heldNouns[f.low(max(h, 0))]; h >= 0 && typ != "" && hasCase(&f.toks[h], "v_naz") && !held {
				// "Затримання відбулося в Ужгороді", "Акція пройшла
				// біля посольства", "Акція протесту відбулася в
				// понеділок": where and when the arrest or the rally
				// told just before took place
				held, ceremony, near = true, typ, true
				stem = heldStems[f.low(h)]
				continue
			}
			if f.verb(i) == "статися" {
				continue
			}
			if v := f.verb(i); i > 0 && (v == "відбутися" || v == "відбуватися") && !held && f.meetingPronoun(i-1) {
				// "Кулеба і Бербок провели переговори. Вони відбулися у
				// Берліні": a pronoun for the meeting named just before
				// (people do not take place)
				held = true
				continue
			}
			m := f.meetingSubject(i)
			if m >= 0 && !held {
				// "Зустріч відбудеться у Варшаві" places a meeting to
				// come; "Саміт відбудеться у Вашингтоні" is not where a
				// meeting told before took place
				future = strings.Contains(f.toks[i].Tag, "futr")
			}
			held = held || m >= 0 && (hasCase(&f.toks[m], "v_naz") || hasCase(&f.toks[m], "v_zna"))
			if k := i - 2; k >= 0 && f.low(k) == "церемонія" {
				// "Церемонія передачі відбулася в Києві": where the gift
				// or the signing told before took place
				ceremony = ceremonies[f.low(i-1)]
				held = held || ceremony != ""
			}
		}
	}
	if !held {
		return
	}
	place := ""
	for i := range f.toks {
		t := &f.toks[i]
		e := f.entityAt(i)
		if e == "" || !hasCase(t, "v_mis") || (f.ents.Type(e) != "LOC" && f.ents.Type(e) != "ORG") {
			continue
		}
		if p := f.governedBy(i); p == "в" || p == "у" {
			place = e
			break
		}
	}
	if place == "" {
		place = f.townOfSite()
	}
	date := f.date(dates, 0)
	for k := len(out) - 1; k >= 0; k-- {
		if near && f.sentencesSince(&out[k]) > 2 {
			return
		}
		if near && stem != "" && !strings.Contains(out[k].Trigger, stem) {
			continue // "Суд обрав запобіжний захід. Затримання відбулося …": not that arrest
		}
		if ceremony != "" && out[k].Type != ceremony || ceremony == "" && (out[k].Type != "CONSULT" || out[k].Mode == "visit") ||
			!future && len(out[k].Aux) > 0 || future && !slices.Equal(out[k].Aux, []string{"future"}) {
			continue // a visit is not the meeting that took place
		}
		if out[k].Place == "" || place != "" && f.countryOnly(out[k].Place) && !f.countryOnly(place) {
			// "провів переговори в Туреччині. Зустріч відбулася … в
			// Анкарі": the city narrows the country
			out[k].Place = place
		}
		if out[k].Date == "" {
			out[k].Date = date
		}
		return
	}
}

// heldNounAt returns the index of the word right before the verb at i,
// or of the one before it when that is a noun of heldNouns and the noun
// between, in the genitive or the instrumental, says of what ("Акція
// протесту відбулася", "Обмін полоненими відбувся"); -1 at the
// sentence's start.
func (f *finder) heldNounAt(i int) int {
	h := i - 1
	if h < 1 {
		return h
	}
	if t := &f.toks[h]; isNoun(t) && (hasCase(t, "v_rod") || hasCase(t, "v_oru")) && heldNouns[f.low(h-1)] != "" {
		return h - 1
	}
	return h
}

// meetingSubject returns the index of the meeting noun that is the
// subject of the verb at i, right before it or before the genitives that
// name whose meeting it was ("Зустріч прем'єр-міністрів відбулася",
// "Переговори двох лідерів тривали"), or -1.
func (f *finder) meetingSubject(i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if meetingNouns[f.low(j)] {
			return j
		}
		if t := &f.toks[j]; !hasCase(t, "v_rod") || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "numr") {
			return -1
		}
	}
	return -1
}

// heldNouns are the nouns of events other than meetings that a sentence
// says took place somewhere, with the type of the event they name.
var heldNouns = map[string]string{"затримання": "COERCE", "арешт": "COERCE", "обшук": "COERCE", "акція": "PROTEST",
	"мітинг": "PROTEST", "пікет": "PROTEST", "протест": "PROTEST", "демонстрація": "PROTEST", "обстріл": "ASSAULT",
	"атака": "ASSAULT", "удар": "ASSAULT", "напад": "ASSAULT", "підписання": "AGREE",
	"обмін": "RETREAT"} // "Обмін відбувся в неділю": the prisoners just returned

// heldStems are what the trigger of the arrest a heldNouns noun names
// again holds.
var heldStems = map[string]string{"затримання": "затрим", "арешт": "арешт", "обшук": "обшук"}

// handedAt reads a sentence set during a handover in a place ("…, —
// сказав Мамедзаде під час передачі обладнання в Чернігові"): the last
// aid told in the five sentences before with no place of its own was
// given there.
func (f *finder) handedAt(out []vistka.Event) {
	place := ""
	for i := 2; i < len(f.toks) && place == ""; i++ {
		if f.low(i-2) != "під" || f.low(i-1) != "час" || !handovers[f.low(i)] {
			continue
		}
		for j := i + 1; j < len(f.toks) && j <= i+5 && f.toks[j].Kind != vistka.Punct; j++ {
			if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[j], "v_mis") {
				if p := f.governedBy(j); p == "в" || p == "у" {
					place = e
					break
				}
			}
		}
	}
	if place == "" {
		return
	}
	for k := len(out) - 1; k >= 0 && f.sentencesSince(&out[k]) <= 5; k-- {
		if out[k].Type == "AID" && len(out[k].Aux) == 0 {
			if out[k].Place == "" {
				out[k].Place = place
			}
			return
		}
	}
}

// handovers are the nouns of a handing over: під час передачі.
var handovers = map[string]bool{"передача": true, "вручення": true, "передавання": true}

// ceremonies are what a ceremony of (церемонія передачі, підписання)
// makes of the event told before it.
var ceremonies = map[string]string{"передача": "AID", "підписання": "AGREE", "вручення": "AID"}

// scene is where and on what day a sentence that tells no event of its
// own set the talks the next sentence tells (see ongoing).
type scene struct{ place, day string }

// ongoing reads a sentence that only sets talks in a place: "У Женеві
// тривають переговори", "У Брюсселі відбувається засідання", or, the
// noun first, "Зустріч прем'єр-міністрів відбулася в четвер у Таллінні.
// Сторони обговорили …" (heldAt also gives the place to a meeting told
// before). It returns the place, and the day of talks told in the past
// with one ("відбулася в четвер"; talks going on or to come give none).
func (f *finder) ongoing(dates []vistka.Date) scene {
	at := -1 // the verb that holds the talks
	for i := 1; i < len(f.toks) && at < 0; i++ {
		if v := f.verb(i - 1); v != "" && takesPlace[v] && (meetingNouns[f.low(i)] && f.low(i) != "церемонія" || f.low(i) == "консультації") {
			at = i - 1
		} else if v := f.verb(i); takesPlace[v] && !strings.Contains(f.toks[i].Tag, "futr") {
			if m := f.meetingSubject(i); m >= 0 && f.low(m) != "церемонія" && hasCase(&f.toks[m], "v_naz") {
				at = i
			}
		}
	}
	if at < 0 {
		return scene{}
	}
	var sc scene
	if strings.Contains(f.toks[at].Tag, "past") {
		if d := f.date(dates, at); len(d) == len("2006-01-02") {
			sc.day = d
		}
	}
	for i := 1; i < len(f.toks); i++ {
		if e := f.entityAt(i); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[i], "v_mis") && (f.low(i-1) == "в" || f.low(i-1) == "у") {
			sc.place = e
			break
		}
	}
	return sc
}

// retold reads a sentence that tells again, by the same verb and in the
// past, an event told at most three sentences before ("СБУ затримала на
// Харківщині агентку … Жінку затримали в середу"): the event takes the
// date when it had none, and what the verb makes here with no actor of
// its own is that event told again and is dropped, its place given to
// the event when it had none. It returns here
// without it.
func (f *finder) retold(out, here []vistka.Event, dates []vistka.Date) []vistka.Event {
	for i := range f.toks {
		t := &f.toks[i]
		v := f.verb(i)
		if v == "" || verbs[v].typ == "" || !strings.Contains(t.Tag, ":past") {
			continue
		}
		own := slices.IndexFunc(here, triggeredAt(t))
		if own >= 0 && len(here[own].Actors) > 0 {
			continue
		}
		date := f.clauseDate(dates, i)
		if date == "" && own < 0 {
			continue
		}
		for k := len(out) - 1; k >= 0; k-- {
			e := &out[k]
			if e.Trigger != v || e.Type != verbs[v].typ {
				continue
			}
			if len(e.Aux) == 0 && len(e.Actors) > 0 && (e.Date == "" || date == "" || e.Date == date) && f.sentencesSince(e) <= 3 {
				e.Date = cmp.Or(e.Date, date)
				if own >= 0 {
					// "зловмисника затримали під час спроби …": the
					// detention just told, and where ("Посадовця
					// затримали у вівторок у Києві")
					e.Place = cmp.Or(e.Place, here[own].Place)
					here = slices.Delete(here, own, own+1)
				}
			}
			break
		}
	}
	return here
}

// restated reads the signing of a document named again at the start of a
// sentence ("Документ у Києві підписали міністр … та голова …") as the
// agreement told at most three sentences before: each takes the date and
// place the other has and it has not.
func restated(a *vistka.Analysis, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Type != "AGREE" || len(e.Aux) > 0 {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 || len(a.Sentences[s].Tokens) < 2 {
			continue
		}
		if t := &a.Sentences[s].Tokens[0]; !documentNouns[lower(t)] || !hasCase(t, "v_zna") {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			prev := &evs[k]
			if prev.Sentence.Start == e.Sentence.Start {
				continue
			}
			if p := a.SentenceAt(prev.Sentence.Start); p < 0 || s-p > 3 {
				break
			}
			if prev.Type != "AGREE" || len(prev.Aux) > 0 {
				continue
			}
			e.Date, prev.Date = cmp.Or(e.Date, prev.Date), cmp.Or(prev.Date, e.Date)
			e.Place, prev.Place = cmp.Or(e.Place, prev.Place), cmp.Or(prev.Place, e.Place)
			break
		}
	}
	return evs
}

// sameRuling reads a court's ruling told in two sentences: "Вищий
// антикорупційний суд у середу обрав запобіжний захід колишньому
// начальнику митниці … Суд відпустив його під заставу". An event of the
// court, named by the bare noun суд or the same court again, with no
// date, in the sentence right after a dated event of a court the name of
// which ends in суд, takes that event's date, and its recipients when it
// names none (його).
func sameRuling(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	court := func(ids []string, bare bool) bool {
		if len(ids) != 1 {
			return false
		}
		name := scan.ToLower(ids[0])
		if entity.Index(ids[0]) >= 0 {
			name = scan.ToLower(ents.Name(ids[0]))
		}
		if bare {
			return name == "суд"
		}
		return strings.HasSuffix(name, " суд")
	}
	for i := range evs {
		e := &evs[i]
		bare := court(e.Actors, true)
		if e.Date != "" || len(e.Aux) > 0 || !bare && !court(e.Actors, false) {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		for k := i - 1; k >= 0 && s > 0; k-- {
			p := &evs[k]
			ps := a.SentenceAt(p.Sentence.Start)
			if ps == s {
				continue
			}
			if ps != s-1 {
				break
			}
			if p.Date == "" || len(p.Aux) > 0 || !court(p.Actors, false) || !bare && (p.Actors[0] != e.Actors[0] || p.Type != e.Type) {
				// (a court the entity layer took суд for must be that
				// event's court, and the ruling of the same type: "Суд
				// узяв його під варту" after "Вищий антикорупційний суд у
				// п'ятницю обрав", not "суд із нею не погодився")
				continue
			}
			e.Date = p.Date
			if len(e.Recipients) == 0 {
				e.Recipients = slices.Clone(p.Recipients)
			}
			break
		}
	}
	return evs
}

// publishedWords are the participles that date a statement a source line
// names, as a speech verb does: "Про це йдеться в заяві МЗС, оприлюдненій
// у суботу"; and a decision: "Про це повідомляє Mind із посиланням на
// рішення регулятора, ухвалене на засіданні в четвер".
var publishedWords = map[string]bool{"оприлюднений": true, "опублікований": true, "поширений": true, "ухвалений": true}

// clauseDate returns the date of the clause of token at: one no
// punctuation parts from it, or "".
func (f *finder) clauseDate(dates []vistka.Date, at int) string {
	d := f.date(dates, at)
	if d == "" {
		return ""
	}
	for _, x := range dates {
		if x.Value == nil || *x.Value != d {
			continue
		}
		lo, hi := x.Start, f.toks[at].RStart
		if hi < lo {
			lo, hi = f.toks[at].REnd, x.Start
		}
		for k := range f.toks {
			if t := &f.toks[k]; t.Kind == vistka.Punct && t.RStart >= lo && t.REnd <= hi {
				return ""
			}
		}
		return d
	}
	return ""
}

// townOfSite returns the place, not a country, named in the genitive
// after a common noun of a part of it in the locative under в, у or на:
// "в центрі Кишинева", "у передмісті Парижа", "на околиці Варшави"; or "".
func (f *finder) townOfSite() string {
	for i := 2; i < len(f.toks); i++ {
		e := f.entityAt(i)
		if e == "" || f.ents.Type(e) != "LOC" || f.countryOnly(e) || !hasCase(&f.toks[i], "v_rod") || f.entityAt(i-1) == e {
			continue // (not "у столиці Туреччини": a country's part is no site)
		}
		n := &f.toks[i-1]
		if !strings.HasPrefix(n.Tag, "noun") || !hasCase(n, "v_mis") || f.entityAt(i-1) != "" {
			continue
		}
		if p := f.low(i - 2); p == "в" || p == "у" || p == "на" {
			return e
		}
	}
	return ""
}

// meetingPronoun reports whether the token at i is вони or вона standing
// for a meeting the sentence before names by a noun of its number and
// gender: переговори for вони, зустріч or розмова for вона.
func (f *finder) meetingPronoun(i int) bool {
	w := f.low(i)
	if f.s == 0 || w != "вони" && w != "вона" || !strings.Contains(f.toks[i].Tag, "pron") {
		return false
	}
	p := finder{a: f.a, ents: f.ents, s: f.s - 1, toks: f.a.Sentences[f.s-1].Tokens}
	for j := range p.toks {
		t := &p.toks[j]
		if !meetingNouns[p.low(j)] || !strings.HasPrefix(t.Tag, "noun") {
			continue
		}
		if w == "вони" && plural(t) || w == "вона" && strings.Contains(t.Tag, ":f:") && !plural(t) {
			return true
		}
	}
	return false
}
