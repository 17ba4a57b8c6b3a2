package event

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/date"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
	"github.com/vistka/vistka/source"
)

// Find returns the events of a document. quotes are its direct quotes
// (triggers inside them are skipped) and dates its resolved dates; ents
// resolves arguments to entity ids.
func Find(a *vistka.Analysis, ents *entity.Result, quotes []vistka.Quote, dates []vistka.Date) []vistka.Event {
	if ents == nil {
		ents = &entity.Result{}
	}
	out := []vistka.Event{}
	if narrative(a) {
		return out
	}
	var setting scene
	dates = weeksCoarse(dates)
	dl := datelineOf(a, ents, dates)
	byEnd := slices.IsSortedFunc(a.Spans, func(x, y vistka.Span) int { return cmp.Compare(x.End, y.End) })
	m := newMemos(a)
	for s := range a.Sentences {
		f := m.finder(a, ents, s)
		f.before, f.dl, f.spansByEnd = out, dl, byEnd
		if s > 0 {
			f.saidThen(out, dates)
			f.heldAt(out, dates)
			f.handedAt(out)
			f.decidedThen(out, dates)
		}
		here := f.retold(out, f.sentence(quotes, dates), dates)
		if f.linkLine() {
			// "Читайте також: …": another article's headline
			here = nil
		}
		if from, to, ok := f.quotedTitle(); ok {
			here = slices.DeleteFunc(here, func(e vistka.Event) bool {
				return e.TriggerSpan != nil && e.TriggerSpan.Start >= from && e.TriggerSpan.End <= to
			})
		}
		if f.question() {
			// "Яку допомогу надали партнери?": a question asks, it
			// tells no event (one it says might have been, "Як міг
			// депутат допомогти забудовникам?", stays hypothetical)
			here = slices.DeleteFunc(here, func(e vistka.Event) bool { return !slices.Contains(e.Aux, "hypothetical") })
		}
		if setting.place != "" && !f.placePhrase() {
			// "У Женеві тривають переговори. Делегації США та Росії
			// обговорили обмін полоненими": the talks just set there
			for k := range here {
				if e := &here[k]; e.Type == "CONSULT" && e.Mode != "visit" && e.Place == "" && len(e.Aux) == 0 {
					e.Place = setting.place
				}
			}
		}
		if setting.day != "" && datesIn(dates, a.Sentences[s]) == 0 {
			// "Зустріч прем'єр-міністрів відбулася в четвер. Сторони
			// обговорили …": the talks held that day
			for k := range here {
				if e := &here[k]; e.Type == "CONSULT" && e.Mode != "visit" && e.Date == "" && len(e.Aux) == 0 {
					e.Date = setting.day
				}
			}
		}
		setting = scene{}
		if len(here) == 0 {
			setting = f.ongoing(dates)
		}
		out = append(out, here...)
	}
	out = sameRuling(a, ents, restated(a, dl.give(policeSeat(a, ents, courtSeat(a, ents, out)))))
	out = rulingDay(a, ents, m, dates, out)
	// Places and dates the text settles beyond the event's clause (see
	// setting.go).
	out = guestIsVisitor(out)
	out = doneBy(a, ents, out)
	out = visitedTown(a, ents, out)
	out = capitalVisited(a, ents, out)
	out = targetTown(a, ents, out)
	out = setIn(a, ents, m, out)
	out = thereThen(a, out)
	told := unquoted(quotes, dates)
	out = sceneDay(a, told, out)
	out = occasionDay(a, told, out)
	out = occasionPlace(a, told, out)
	out = alsoThere(a, ents, told, out)
	out = sidesOfTalks(a, told, out)
	out = headlineDay(a, told, out)
	out = storyDay(a, ents, told, out)
	out = strikeDay(a, told, out)
	out = continuedDay(a, ents, quotes, told, out)
	out = deliveredTo(a, ents, out)
	out = signedAt(a, ents, out)
	out = signedBefore(a, ents, dates, out)
	out = meetingOutcome(a, ents, dates, out)
	out = metOnArrival(a, out)
	out = tiedPlace(a, ents, m, told, out)
	out = duringVisit(a, ents, dates, quotes, out)
	out = thankedSide(a, out)
	out = peerSide(a, ents, out)
	out = servedInquiry(a, out)
	out = dedupe(a, boughtFromSame(a, ents, m, contractWon(a, ents, m, contractParts(a, ents, m, dropHeadline(a, ents, out)))))
	out = leadDay(a, told, out)
	out = sanctionBans(a, out)
	out = slices.DeleteFunc(out, func(e vistka.Event) bool {
		return privateHelp(a, e) || lonelyTalk(a, e) || talkIn(a, e) || pressTalk(e) || everyoneOnly(a, e) || divineParty(ents, e)
	})
	for i := range out {
		// arrays in JSON, never null
		if out[i].Actors == nil {
			out[i].Actors = []string{}
		}
		if out[i].Recipients == nil {
			out[i].Recipients = []string{}
		}
		if out[i].Aux == nil {
			out[i].Aux = []string{}
		}
	}
	return out
}

// question reports whether the sentence is a question: it ends with a
// question mark, past closing quotation marks and brackets, and no colon
// sets a statement before it ("Ілія навідріз відмовився: навіщо
// стільки?!" tells the refusal).
func (f *finder) question() bool {
	for i := len(f.toks) - 1; i >= 0; i-- {
		t := &f.toks[i]
		if t.Kind == vistka.QuoteMark || t.Text == ")" {
			continue
		}
		return strings.HasPrefix(t.Text, "?") && !slices.ContainsFunc(f.toks[:i], func(t vistka.Token) bool { return t.Text == ":" })
	}
	return false
}

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

// firmKinds are the plural nouns for firms that a text may use again for
// the firms it named together: "фірми «Форвард СВ» і «Логістік СВ» … Фірми
// подали в суд".
var firmKinds = map[string]bool{"фірми": true, "компанії": true, "підприємства": true, "товариства": true}

// firmKind tells a text that is one of firmKinds in any case. Cyrillic
// letters keep their length in either case, so only a text of one of
// their lengths is lower-cased and looked up.
func firmKind(text string) bool {
	switch len(text) {
	case len("фірми"), len("компанії"), len("підприємства"), len("товариства"):
		return firmKinds[scan.ToLower(text)]
	}
	return false
}

// namedFirms returns the organisations that the plural noun phrase (Фірми)
// named together, up to ten sentences back: the same noun in the plural,
// then two or more organisations joined by і, та or commas. It returns nil
// when there is no such group.
func (f *finder) namedFirms(phrase string) []string {
	kind := scan.ToLower(phrase)
	if !firmKinds[kind] {
		return nil
	}
	for s := f.s; s >= 0 && s >= f.s-10; s-- {
		toks := f.a.Sentences[s].Tokens
		for k := 0; k+1 < len(toks); k++ {
			if scan.ToLower(toks[k].Text) != kind {
				continue
			}
			if group := f.firmGroup(toks, k); len(group) > 1 {
				return group
			}
		}
	}
	return nil
}

// firmGroup returns the organisations named right after toks[k] (фірми
// «Форвард СВ» і «Логістік СВ»), joined by і, та or commas.
func (f *finder) firmGroup(toks []vistka.Token, k int) []string {
	var group []string
	last := ""
loop:
	for j := k + 1; j < len(toks) && j <= k+16; j++ {
		t := &toks[j]
		e := f.ents.At(t.RStart, t.REnd)
		switch {
		case e != "" && f.ents.Type(e) == "ORG":
			if e != last && !slices.Contains(group, e) {
				group = append(group, e)
			}
			last = e
			continue
		case t.Kind == vistka.QuoteMark:
			continue
		case (t.Text == "," || isAnd(t)) && last != "":
			last = ""
			continue
		}
		break loop
	}
	return group
}

// firmRecipients returns the organisations named together after a plural
// noun for firms that is the object of the trigger at `at`, before end:
// "оштрафував компанії «Альфа» та «Бета»" fined both.
func (f *finder) firmRecipients(at, end int) []string {
	for k := at + 1; k < end && k < len(f.toks); k++ {
		if f.toks[k].Text == "," || strings.HasPrefix(f.toks[k].Tag, "verb") {
			return nil
		}
		if firmKind(f.toks[k].Text) && !isPrep(&f.toks[k-1]) {
			if g := f.firmGroup(f.toks, k); len(g) > 1 {
				return g
			}
			return nil
		}
	}
	return nil
}

// joint reports whether the noun at n is said to be shared: спільну
// декларацію, підсумкову декларацію саміту.
func (f *finder) joint(n int) bool {
	for k := n - 1; k >= 0 && k >= n-3 && strings.HasPrefix(f.toks[k].Tag, "adj"); k-- {
		if l := f.low(k); strings.HasPrefix(l, "спільн") || strings.HasPrefix(l, "підсумков") {
			return true
		}
	}
	return n+1 < len(f.toks) && multilateralWords[f.low(n+1)]
}

// filedThing reports whether the verb at `at` (подати до суду) has an
// object in the accusative of its own before end: what was handed to the
// court ("подав до суду документи"), or a claim, which is the trigger
// then ("подала до суду позов").
func (f *finder) filedThing(at, end int) bool {
	for k := at + 1; k < end && k < len(f.toks); k++ {
		t := &f.toks[k]
		if t.Text == "," || t.Text == "." || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") && !strings.HasPrefix(f.toks[k-1].Tag, "prep") && f.entityAt(k) == "" &&
			scan.ToLower(t.Lemma) != "суд" {
			return true
		}
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

// resigned reports whether звільнення at n is the one asked for in a
// letter of resignation: "подав заяву про звільнення з посади", not
// "подав клопотання про звільнення з-під варти".
func (f *finder) resigned(n int) bool {
	if n < 2 || f.low(n-1) != "про" || f.low(n-2) != "заява" {
		return false
	}
	// nothing said of whom, or from the post: "з посади", "за власним
	// бажанням"
	switch {
	case n+1 >= len(f.toks) || f.toks[n+1].Kind == vistka.Punct || f.low(n+1) == "за":
		return true
	case n+2 < len(f.toks) && f.low(n+1) == "з":
		return f.low(n+2) == "посада"
	}
	return false
}

// drawnUpWith reports whether the preposition з at j after стягнути or
// стягувати takes the instrumental, a border or a region forces are
// drawn up to ("стягують до кордону з Сумщиною додаткові підрозділи"),
// not the genitive of whom a sum is recovered from ("стягнув з фірми").
func (f *finder) drawnUpWith(v string, j int) bool {
	if v != "стягнути" && v != "стягувати" || f.low(j) != "з" && f.low(j) != "із" || j+1 >= len(f.toks) {
		return false
	}
	n := &f.toks[j+1]
	if !strings.HasPrefix(n.Tag, "noun") || !vtag.Has(n.Tag, "v_oru") || n.Text == strings.ToUpper(n.Text) {
		return false // (an abbreviation the tagger read as instrumental: "стягнув з ПК «…»")
	}
	w := scan.ToLower(n.Text)
	for _, e := range []string{"ою", "ею", "єю", "ом", "ем", "єм", "ами", "ями"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// statedResignation reports whether the noun відставка at n is the
// subject's own, told in a statement: "звернення до колективу станції про
// відставку", "заяву про свою відставку" (not "про відставку міністра").
func (f *finder) statedResignation(n int) bool {
	if n+1 < len(f.toks) && f.toks[n+1].Kind != vistka.Punct && f.low(n+1) != "за" && f.low(n+1) != "з" {
		return false
	}
	for j := n - 1; j >= 0 && j >= n-6; j-- {
		switch f.low(j) {
		case "заява", "звернення", "лист":
			return f.low(n-1) == "про" || n > 1 && f.low(n-2) == "про" && f.low(n-1) == "свій"
		}
	}
	return false
}

// actBefore reports whether the accusative pronoun at i (його, її)
// stands for an act named before it in its sentence: "У компанії назвали
// рішення необґрунтованим і повідомили, що оскаржать його".
func (f *finder) actBefore(i int) bool {
	g := gender(&f.toks[i])
	for j := i - 1; j >= 0; j-- {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || !actNouns[lower(t)] && lower(t) != "вирок" && lower(t) != "ухвала" {
			continue
		}
		// його is a man's or a thing's (neuter) pronoun, її a woman's
		if ng := gender(t); ng == g || g == 'm' && strings.Contains(t.Tag, ":n:") {
			return true
		}
	}
	return false
}

// appealableBefore reports whether a thing one appeals against, of the
// gender of the pronoun at i, stands before it in its sentence: "заявила,
// що підозра ґрунтується на …, і пообіцяла оскаржити її" appeals the
// suspicion, not a woman or a body named before.
func (f *finder) appealableBefore(i int) bool {
	g := gender(&f.toks[i])
	for j := i - 1; j >= 0; j-- {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && appealables[lower(t)] && gender(t) == g {
			return true
		}
	}
	return false
}

// appealables are what an appeal contests besides the acts of actNouns.
var appealables = map[string]bool{"підозра": true, "обвинувачення": true, "штраф": true, "припис": true, "висновок": true}

// actNouns are the acts a decision is written in.
var actNouns = map[string]bool{"рішення": true, "постанова": true, "указ": true, "наказ": true, "розпорядження": true, "закон": true, "документ": true}

// heldAt reads a sentence that says where and when the meeting told
// before took place ("Зустріч відбулася в Офісі президента"): the last
// meeting with no place or date of its own takes them.
func (f *finder) heldAt(out []vistka.Event, dates []vistka.Date) {
	held, ceremony, near, stem, future := false, "", false, "", false
	for i := range f.toks {
		switch f.verb(i) {
		case "відбутися", "відбуватися", "пройти", "проходити", "статися", "тривати":
			if typ := heldNouns[f.low(max(i-1, 0))]; i > 0 && typ != "" && hasCase(&f.toks[i-1], "v_naz") && !held {
				// "Затримання відбулося в Ужгороді", "Акція пройшла
				// біля посольства": where the arrest or the rally told
				// just before took place
				held, ceremony, near = true, typ, true
				stem = heldStems[f.low(i-1)]
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

// actFunds reports whether the verb at i opens a relative clause whose
// antecedent is a budget or a law: "бюджет, який фінансуватиме …",
// "законопроєкт, що фінансуватиме …".
func (f *finder) actFunds(i int) bool {
	if i < 3 || (f.low(i-1) != "який" && f.low(i-1) != "що") || f.toks[i-2].Text != "," {
		return false
	}
	switch f.low(i - 3) {
	case "бюджет", "закон", "законопроєкт", "законопроект", "кошторис":
		return true
	}
	return false
}

// countryOnly reports whether the entity e is named as a country: a place
// that a city named later may narrow.
func (f *finder) countryOnly(e string) bool {
	return f.ents.Type(e) == "LOC" && gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country != 0
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

// handedOver are the nouns of goods handed over that a light verb makes
// aid (see pairs): оголосили про передачу Україні бронетехніки.
var handedOver = map[string]bool{"передача": true, "передавання": true, "постачання": true, "поставка": true}

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

// placePhrase reports whether the sentence names a place of its own, by
// a noun in the locative after в or у: "У польській столиці він
// зустрівся".
func (f *finder) placePhrase() bool {
	for i := 1; i < len(f.toks); i++ {
		if l := f.low(i - 1); (l == "в" || l == "у") && strings.HasPrefix(f.toks[i].Tag, "noun") && hasCase(&f.toks[i], "v_mis") ||
			(l == "в" || l == "у") && strings.HasPrefix(f.toks[i].Tag, "adj") && hasCase(&f.toks[i], "v_mis") {
			return true
		}
	}
	return false
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
		own := slices.IndexFunc(here, func(e vistka.Event) bool {
			return e.TriggerSpan != nil && e.TriggerSpan.Start <= t.RStart && t.REnd <= e.TriggerSpan.End
		})
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

// documentNouns name what is signed.
var documentNouns = map[string]bool{"документ": true, "угода": true, "меморандум": true, "договір": true, "декларація": true, "контракт": true}

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

// damages are the verbs of damage that are an attack only when a state
// or armed forces do it.
var damages = map[string]bool{"пошкодити": true, "пошкоджувати": true, "зруйнувати": true, "руйнувати": true, "поранити": true}

// hostile reports whether an actor can attack: a country named in the
// text, or a phrase of armed forces or invaders (російські війська,
// окупанти, росіяни).
func (f *finder) hostile(a string) bool {
	if entity.Index(a) >= 0 {
		return f.ents.Type(a) == "LOC"
	}
	enemy, weapon := false, false // "російські дрони", "ворожа ракета"
	for _, w := range strings.Fields(scan.ToLower(a)) {
		if groups[w] || invaders[w] {
			return true
		}
		enemy = enemy || strings.HasPrefix(w, "російськ") || strings.HasPrefix(w, "ворож")
		for _, stem := range [...]string{"дрон", "ракет", "безпілотник", "шахед", "бпла", "снаряд", "бомб"} {
			weapon = weapon || strings.HasPrefix(w, stem)
		}
	}
	return enemy && weapon
}

// invaders are nouns for an attacking side.
var invaders = map[string]bool{"окупанти": true, "окупант": true, "росіяни": true, "росіянин": true, "ворог": true,
	"загарбники": true, "агресор": true, "рашисти": true, "бойовики": true, "терористи": true}

// weekdays are the names of the days of the week.
var weekdays = map[string]bool{"понеділок": true, "вівторок": true, "середа": true, "четвер": true, "п'ятниця": true, "субота": true, "неділя": true}

// timeNouns end phrases of time in the genitive: того ж дня, цього тижня.
var timeNouns = map[string]bool{"день": true, "тиждень": true, "ранок": true, "вечір": true, "місяць": true, "рік": true, "доба": true, "ніч": true}

// inTitle reports whether the place at i belongs to the title of a
// person named right after it: "голова представництва JICA в Україні
// Кадзухіро Накаї" names no place of the event.
func (f *finder) inTitle(i int) bool { return f.titled(i, false) }

// postedTitle is inTitle for a place, which a title the entity tagger did
// not mark may hold too: "з послом Японії в Україні Масаші Накагоме".
func (f *finder) postedTitle(i int) bool { return f.titled(i, true) }

func (f *finder) titled(i int, posted bool) bool {
	e := f.entityAt(i)
	k := i + 1
	for k < len(f.toks) && f.entityAt(k) == e {
		k++
	}
	if k >= len(f.toks) || f.spanType(k) != "PERS" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		// An envoy's title holds the place only as his post: the state he
		// stands for is the event's party whether or not the entity
		// tagger marked the title (викликало посла Росії Олега Озерова).
		envoy := postedNouns[f.low(j)] && strings.HasPrefix(f.toks[j].Tag, "noun")
		if f.inJob(j) && (posted || !envoy) || posted && envoy {
			return true
		}
		if f.toks[j].Kind == vistka.Punct || strings.HasPrefix(f.toks[j].Tag, "verb") {
			return false
		}
	}
	return false
}

// unchangedName reports whether the name at i is one whose base form is
// its text: a foreign name that does not decline, whatever case the
// tagger read in it (Масаші Накагоме).
func (f *finder) unchangedName(i int) bool {
	sp := f.spanOf(i)
	return sp != nil && sp.Type == "PERS" && sp.Lemma == sp.Text && strings.Contains(sp.Text, " ")
}

// listComma reports whether the comma at j joins two nouns in the
// genitive inside one phrase ("єврокомісарка з питань стартапів,
// досліджень та інновацій"), and so ends no clause.
func (f *finder) listComma(j int) bool {
	if f.toks[j].Text != "," || j == 0 || j+1 >= len(f.toks) {
		return false
	}
	a, b := &f.toks[j-1], &f.toks[j+1]
	return strings.HasPrefix(a.Tag, "noun") && strings.HasPrefix(b.Tag, "noun") && hasCase(a, "v_rod") && hasCase(b, "v_rod") &&
		f.entityAt(j-1) == "" && f.entityAt(j+1) == ""
}

// postedNouns are titles of people posted to a country, whose place
// names their post, when the entity tagger did not mark them: "з послом
// Японії в Україні Масаші Накагоме".
var postedNouns = map[string]bool{"посол": true, "посолка": true, "представник": true, "представниця": true,
	"консул": true, "аташе": true, "координатор": true, "координаторка": true, "кореспондент": true}

// envoysPost reports whether the place whose case word is at k, after в
// or у, is the post of an envoy named before it by the title and whose
// envoy he is: "з послом Японії в Україні, який …", "Координатор ООН з
// гуманітарних питань в Україні" (the title's own phrase: nouns,
// adjectives and prepositions in the genitive between).
func (f *finder) envoysPost(k int) bool {
	for j := k - 2; j >= 0 && j >= k-7; j-- {
		t := &f.toks[j]
		if postedNouns[f.low(j)] && strings.HasPrefix(t.Tag, "noun") {
			return true
		}
		e := f.entityAt(j)
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || f.ents.Type(e) == "PERS" || strings.HasPrefix(t.Tag, "noun") && !hasCase(t, "v_rod") && e == "" {
			return false // (a name ends the title: "Посол Польщі Пйотр Лукасевич у Вінниці")
		}
	}
	return false
}

// tries are the words of an attempt.
var tries = map[string]bool{"намагатися": true, "спробувати": true, "намагання": true, "спроба": true}

// posts are the verbs of taking a post or a role.
var posts = map[string]bool{"очолити": true, "очолювати": true, "стати": true, "обійняти": true, "увійти": true, "балотуватися": true}

// recognise are the verbs of recognition, whose refusal rejects.
var recognise = map[string]bool{"визнати": true, "визнавати": true}

// refused are the verbs of agreement that, negated, reject.
var refused = map[string]bool{
	"погодитися": true, "погоджуватися": true, "погодити": true, "погоджувати": true,
	"задовольнити": true, "задовольняти": true, // "не задовольняють заяву про відставку"
}

// caseToken returns the token whose case stands for token i's: i itself,
// or, for a place's name in the nominative after the noun that says what
// kind of place it is, that noun (обстріляли місто Бровари, у місті
// Бровари).
func (f *finder) caseToken(i int) *vistka.Token {
	return &f.toks[f.caseIndex(i)]
}

// caseIndex is caseToken as the index of the token.
func (f *finder) caseIndex(i int) int {
	t := &f.toks[i]
	j := i // the first word of the name: "село Велика Писарівка"
	if e := f.entityAt(i); e != "" {
		for j > 0 && i-j < 4 && f.entityAt(j-1) == e {
			j--
		}
	}
	if j > 0 && (hasCase(t, "v_naz") || hasCase(t, "v_zna") && strings.Contains(t.Tag, "inanim") || hasCase(t, "v_rod") && hasCase(&f.toks[j-1], "v_mis")) &&
		settlementNouns[f.toks[j-1].Lemma] && f.spanType(i) == "LOC" {
		// (or the genitive: "в порту Карасу", "у порту Одеси"; an
		// inanimate name the tagger read as the accusative its nominative
		// looks like: "в селі Вінницькі Хутори")
		return j - 1
	}
	return i
}

// kindApposed reports whether the name at i (a place, or a body the model
// took it for) stands right after the word for its kind in an oblique
// case, in apposition to it: "50 мешканців мікрорайону Митниця перекрили
// рух", "Громада села Листвин подала до суду" (the tagger may read the
// name as a nominative; the residents act, not the district).
func (f *finder) kindApposed(i int) bool {
	e := f.entityAt(i)
	if e == "" || f.ents.Type(e) != "LOC" && f.ents.Type(e) != "ORG" || i == 0 || f.entityAt(i-1) == e {
		return false
	}
	k := &f.toks[i-1]
	return (settlementNouns[k.Lemma] || districtNouns[k.Lemma]) && strings.HasPrefix(k.Tag, "noun") && !hasCase(k, "v_naz")
}

// districtNouns are the kinds of a town's part or of a region whose name
// follows them.
var districtNouns = map[string]bool{"мікрорайон": true, "район": true, "квартал": true, "громада": true, "область": true}

// settlementNouns say what kind of place the name after them is.
var settlementNouns = map[string]bool{"місто": true, "село": true, "селище": true, "смт": true, "містечко": true,
	"м.": true, "с.": true, "смт.": true, "острів": true, "порт": true}

// sentencesSince returns how many sentences before this one e's sentence
// is.
func (f *finder) sentencesSince(e *vistka.Event) int {
	n := 0
	for s := f.s - 1; s >= 0 && f.a.Sentences[s].RStart > e.Sentence.Start; s-- {
		n++
	}
	return n + 1
}

// meetingNouns name a meeting that takes place: "Зустріч відбулася …".
var meetingNouns = map[string]bool{"зустріч": true, "переговори": true, "розмова": true, "засідання": true, "церемонія": true, "саміт": true}

// publishedWords are the participles that date a statement a source line
// names, as a speech verb does: "Про це йдеться в заяві МЗС, оприлюдненій
// у суботу".
var publishedWords = map[string]bool{"оприлюднений": true, "опублікований": true, "поширений": true}

// speechVerbs say that something was said, in a sentence that dates a
// statement ("Про це він заявив у середу").
var speechVerbs = map[string]bool{
	"заявити": true, "заявляти": true, "сказати": true, "повідомити": true, "наголосити": true,
	"розповісти": true, "зазначити": true, "оголосити": true, "написати": true, "говорити": true,
}

// courtSeat gives the rulings of a court named with its city
// ("Шевченківський районний суд Запоріжжя заочно визнав …") that city as
// their place when they have none, or only the country ("Суд у
// Німеччині засудив …": the court of Мюнхен sat in Мюнхен): the place
// of that name the text names, else the city's base form.
func courtSeat(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		for _, id := range evs[i].Actors {
			if evs[i].Place != "" && !isCountry(ents, evs[i].Place) {
				break
			}
			evs[i].Place = cmp.Or(seatOf(a, ents, id), evs[i].Place)
		}
	}
	return evs
}

// policeSeat gives an arrest, a search or a fine by a town's police
// ("Поліція Нікополя затримала чоловіка", "Працівники Кременчуцького
// міського відділу міліції затримали …") that town as its place when its
// clause names none: a town's police acts in its town, whatever the
// dateline. A region's or a district's police (поліція Житомирської
// області, Коростенський районний відділ поліції) acts over a wider area
// and gives none, and neither does a country's (Поліція Молдови).
func policeSeat(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	f := finder{a: a, ents: ents}
	for i := range evs {
		e := &evs[i]
		if e.Type != "COERCE" || e.Place != "" || len(e.Aux) > 0 {
			continue
		}
		for _, id := range e.Actors {
			if t := f.policeTown(id); t != "" {
				e.Place = t
				break
			}
		}
	}
	return evs
}

// policeTown returns the town a police body's name ties it to: a town in
// the genitive after поліція, міліція or поліцейські (Поліція Нікополя,
// Поліцейські Дніпра), or a town's adjective before міський відділ or
// міське управління of the police (Кременчуцький міський відділ
// міліції, its last word read off the text when the tagger left it out);
// "" for any other name. id is an entity or a phrase.
func (f *finder) policeTown(id string) string {
	name := cmp.Or(f.ents.Name(id), id)
	w := scan.Fields(scan.ToLower(name))
	switch {
	case len(w) == 2 && policeNouns[w[0]]:
		for s := range f.a.Sentences {
			for _, t := range f.a.Sentences[s].Tokens {
				if scan.ToLower(t.Text) == w[1] && hasCase(&t, "v_rod") && strings.Contains(t.Tag, "prop") {
					return f.settlementAmong([]string{t.Lemma})
				}
			}
		}
	case len(w) >= 3 && (w[1] == "міський" || w[1] == "міське") && (w[2] == "відділ" || w[2] == "управління" || w[2] == "відділення"):
		if last := w[len(w)-1]; len(w) == 3 {
			last = f.wordAfter(id)
			if !policeNouns[last] {
				return ""
			}
		} else if !policeNouns[last] {
			return ""
		}
		return f.adjTown(scan.Fields(name)[0])
	}
	return ""
}

// wordAfter returns the word right after the first mention of the entity
// id, lower-cased, or "".
func (f *finder) wordAfter(id string) string {
	k := entity.Index(id)
	if k < 0 || k >= len(f.ents.Entities) || len(f.ents.Entities[k].Mentions) == 0 {
		return ""
	}
	end := f.ents.Entities[k].Mentions[0].End
	for s := range f.a.Sentences {
		for _, t := range f.a.Sentences[s].Tokens {
			if t.RStart >= end {
				return scan.ToLower(t.Text)
			}
		}
	}
	return ""
}

// policeNouns name the police (and its genitive after a department).
var policeNouns = map[string]bool{"поліція": true, "міліція": true, "поліцейські": true, "поліції": true, "міліції": true}

// checkpoint returns the border crossing named in quotation marks after
// the verb at at and before end, as "пункт пропуску «Краківець –
// Корчова»": the place of a blockade or a crossing there ("заблокували рух
// у пунктах пропуску «Краківець – Корчова» та …", "до пункту пропуску
// «Сірет – Порубне»", "через пункт пропуску «…»"). It returns "" when the
// clause names none.
func (f *finder) checkpoint(at, end int) string {
	for j := at + 1; j+2 < end; j++ {
		if f.low(j) == "про" && isPrep(&f.toks[j]) {
			// "підписали угоду про спільний контроль у пункті пропуску
			// «…»": the checkpoint is what the object is about
			return ""
		}
		if f.low(j) != "пункт" || f.low(j+1) != "пропуск" || !isPrep(&f.toks[j-1]) || !isOpenQuote(f.toks[j+2].Text) {
			continue
		}
		for k := j + 3; k < end && k < j+10; k++ {
			if isCloseQuote(f.toks[k].Text) {
				if k == j+3 {
					return ""
				}
				if e := f.entityAt(j + 3); e != "" && f.ents.Type(e) == "LOC" && f.entityAt(k-1) == e {
					return e // "пункт пропуску «Ягодин»": the place the entity tagger found
				}
				return "пункт пропуску «" + f.text(j+3, k) + "»"
			}
		}
		return ""
	}
	return ""
}

func isOpenQuote(s string) bool  { return s == "«" || s == "„" || s == "\"" }
func isCloseQuote(s string) bool { return s == "»" || s == "“" || s == "\"" }

// front returns the direction of the front a sentence names before end,
// as "на Куп'янському напрямку": the place of the fighting told there, its
// entity or, when the entity tagger did not mark it, its name
// ("Куп'янський напрямок"). It returns "" when there is none.
func (f *finder) front(end int) string {
	for j := 2; j < end; j++ {
		t, adj := &f.toks[j], &f.toks[j-1]
		if f.low(j) != "напрямок" || !hasCase(t, "v_mis") || f.low(j-2) != "на" || !strings.HasPrefix(adj.Tag, "adj") {
			continue
		}
		if e := cmp.Or(f.entityAt(j), f.entityAt(j-1)); e != "" {
			if f.ents.Type(e) == "LOC" {
				return e
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(adj.Text)
		if !unicode.IsUpper(r) {
			continue // "на південному напрямку": no named front
		}
		l := lower(adj)
		_, n := utf8.DecodeRuneInString(l)
		return string(r) + l[n:] + " напрямок"
	}
	return ""
}

// townAsPerson returns the first of the targets of a strike that the
// entity tagger took for a person but that is a town by its one-word name
// (Ізмаїл, Надія are first names too): a town struck is where. It returns
// "" when there is none.
func (f *finder) townAsPerson(targets []string) string {
	for _, e := range targets {
		if n := f.ents.Name(e); f.ents.Type(e) == "PERS" && !strings.Contains(n, " ") && gazetteer.Lookup(n)&(gazetteer.Settlement|gazetteer.Place) != 0 {
			return e
		}
	}
	return ""
}

// townStruck returns the town the entity tagger took for a person that
// stands right after the verb of attack at at, past its instrument in
// the instrumental, in the nominative that an inanimate's accusative
// shares ("дрон атакував Марганець", "ворог обстріляв дронами
// Ізмаїл"): a person's accusative would differ (Марганця), so the word is
// the town struck. It returns "" otherwise.
func (f *finder) townStruck(at, end int) string {
	for j := at + 1; j < end && j <= at+3; j++ {
		t := &f.toks[j]
		e := f.entityAt(j)
		if e == "" && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_oru") {
			continue // "дронами"
		}
		if e != "" && f.entityAt(j+1) != e && hasCase(t, "v_naz") && f.townAsPerson([]string{e}) != "" {
			return e
		}
		return ""
	}
	return ""
}

// isCountry reports whether the entity id is a country.
func isCountry(ents *entity.Result, id string) bool {
	return ents.Type(id) == "LOC" && gazetteer.Lookup(ents.Name(id))&gazetteer.Country != 0
}

// seatOf returns the city the court id is named with (Шевченківський
// районний суд Запоріжжя, Господарський суд міста Києва), or "": not
// for a court of a region or a country (Господарський суд Київської
// області, Верховний суд України). id may be a phrase the entity tagger
// did not mark (Вищий земельний суд Мюнхена).
func seatOf(a *vistka.Analysis, ents *entity.Result, id string) string {
	k := entity.Index(id)
	name, phrase := id, ents.Type(id) == "" && (k < 0 || k >= len(ents.Entities))
	if !phrase {
		if ents.Type(id) != "ORG" || k < 0 || k >= len(ents.Entities) {
			return ""
		}
		name = ents.Entities[k].Name
	}
	w := scan.Fields(name)
	if n := len(w); n < 3 || scan.ToLower(w[n-2]) != "суд" && scan.ToLower(w[n-2]) != "міста" {
		return ""
	}
	// at reports whether token i of sent ends a mention of the court.
	at := func(sent *vistka.Sentence, i int) bool {
		if phrase {
			return i > 0 && sent.Tokens[i-1].Text == w[len(w)-2]
		}
		for _, m := range ents.Entities[k].Mentions {
			if sent.Tokens[i].REnd == m.End {
				return true
			}
		}
		return false
	}
	for s := range a.Sentences {
		sent := &a.Sentences[s]
		for i := range sent.Tokens {
			t := &sent.Tokens[i]
			if t.Text != w[len(w)-1] || !hasCase(t, "v_rod") || !strings.Contains(t.Tag, "prop") || !at(sent, i) {
				continue
			}
			city := t.Lemma
			if gazetteer.Lookup(city)&gazetteer.Country != 0 || strings.ToUpper(city) == city {
				// (Господарський суд АРК: a region's)
				return ""
			}
			for j := range ents.Entities {
				if ents.Entities[j].Type == "LOC" && ents.Entities[j].Name == city {
					return entity.ID(j)
				}
			}
			return city
		}
	}
	return ""
}

// datelineOf reads the dateline, whose place and date the events of the
// lead take when their own clause names none: in "ХЕРСОН, 4 листопада
// /Укрінформ/. СБУ затримала депутата" the arrest was in Херсон on 4
// November. A dateline opens the first paragraph of the body with a
// place, a comma or a full stop, and a date ("Київ. 18 березня.
// ІНТЕРФАКС-УКРАЇНА –"); the lead is that paragraph. Events of later
// paragraphs keep what their own clauses say.
func datelineOf(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date) dateline {
	s := 0
	if hasHeadline(a) {
		s = 1
	}
	// The splitter may end a sentence after "Київ." or the date: the
	// dateline is read over the first sentences of the body, of which
	// it needs the first eight tokens at most.
	var buf [8]vistka.Token
	toks := buf[:0]
	for _, sent := range a.Sentences[min(s, len(a.Sentences)):min(s+3, len(a.Sentences))] {
		toks = append(toks, sent.Tokens[:min(len(sent.Tokens), cap(toks)-len(toks))]...)
	}
	if len(toks) < 3 {
		return dateline{}
	}
	place := ents.At(toks[0].RStart, toks[0].REnd)
	byline := toks[1].Text == "•" // "Чернівці • Укрінформ" on a line of its own
	// "ЛЬВІВ (Укрінформ) – …": the outlet in brackets and a dash, no date
	bracket := false
	if toks[1].Text == "(" {
		for k := 2; k < len(toks) && k <= 6; k++ {
			if toks[k].Text == ")" {
				bracket = k+1 < len(toks) && isDash(&toks[k+1])
				break
			}
		}
	}
	// "ЛУЦЬК. Міський голова …", "Рівне — Міський голова …": a regional
	// paper's town in capitals and a full stop, or a dash before the
	// first capitalised word of the lead, no date
	bare := toks[1].Text == "." && startsUpper(toks[0].Text) && strings.ToUpper(toks[0].Text) == toks[0].Text && utf8.RuneCountInString(toks[0].Text) > 2 ||
		isDash(&toks[1]) && startsUpper(toks[2].Text)
	if place == "" || ents.Type(place) != "LOC" || (toks[1].Text != "," && toks[1].Text != "." && !byline && !bracket && !bare) {
		return dateline{}
	}
	// A day with no year to read it by (no publication date: "Харків, 3
	// лютого. …") still makes the line a dateline: its place holds.
	date, dated := "", false
	for _, d := range dates {
		if d.Start == toks[2].RStart && d.Granularity == "day" && !d.Relative {
			dated = true
			if d.Value != nil && len(*d.Value) == len("2006-01-02") {
				date = *d.Value
			}
		}
	}
	if !dated && !byline && !bracket && !bare {
		return dateline{}
	}
	// The lead runs to the end of the dateline's paragraph; after a
	// byline, it is the paragraph that follows.
	leadStart, leadEnd := toks[0].Start, len(a.Text)
	if k := strings.IndexByte(a.Text[toks[0].Start:], '\n'); k >= 0 {
		leadEnd = toks[0].Start + k
	}
	if byline {
		leadStart = leadEnd
		for leadStart < len(a.Text) && (a.Text[leadStart] == '\n' || a.Text[leadStart] == ' ' || a.Text[leadStart] == '\r') {
			leadStart++
		}
		leadEnd = len(a.Text)
		if k := strings.IndexByte(a.Text[leadStart:], '\n'); k >= 0 {
			leadEnd = leadStart + k
		}
	}
	var lead []vistka.Range
	for _, sent := range a.Sentences[s:] {
		if sent.Start < leadStart {
			continue
		}
		if sent.Start >= leadEnd {
			break
		}
		lead = append(lead, vistka.Range{Start: sent.RStart, End: sent.REnd})
	}
	return dateline{place: place, date: date, lead: lead}
}

// dateline is the place and the date a dateline gives the events of the
// lead (its sentences) when they have none of their own.
type dateline struct {
	place, date string
	lead        []vistka.Range
}

// give gives the events of the lead the dateline's place and date where
// they have none.
func (d dateline) give(evs []vistka.Event) []vistka.Event {
	for i := range evs {
		evs[i].Place, evs[i].Date = d.of(&evs[i])
	}
	return evs
}

// of returns the place and the date of e, with the dateline's where e is
// of the lead and has none of its own.
func (d dateline) of(e *vistka.Event) (place, date string) {
	if !slices.Contains(d.lead, e.Sentence) {
		return e.Place, e.Date
	}
	return cmp.Or(e.Place, d.place), cmp.Or(e.Date, d.date)
}

// dropHeadline drops the events of a headline that the lead tells again:
// "Україна та Японія підписали угоду" over "Зеленський і Кісіда підписали
// угоду" is one signing, told by the lead with its persons, date and
// place. A headline is a first line with no full stop at its end; the
// lead is the next two sentences.
func dropHeadline(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	if !hasHeadline(a) {
		return evs
	}
	head := a.Sentences[0]
	leadEnd := headLeadEnd(a)
	inHead := func(e *vistka.Event) bool { return e.Sentence.Start == head.RStart }
	out := evs[:0:0]
	for i := range evs {
		e := &evs[i]
		told := false
		for j := range evs {
			l := &evs[j]
			if !inHead(e) || inHead(l) || l.Type != e.Type {
				continue
			}
			if l.Sentence.Start >= leadEnd && (l.Mode != e.Mode || !slices.ContainsFunc(e.Actors, func(a string) bool { return sameActor(ents, a, l.Actors) }) || saysAlso(a, l) ||
				l.Date != "" && e.Date != "" && l.Date != e.Date) {
				// past the lead, only the same actor doing the same tells
				// it again, and not what it did also ("Суд також
				// зобов'язав водія відшкодувати" after "Суд оштрафував
				// водія")
				continue
			}
			if e.Type != "CONSULT" || l.Mode == e.Mode || e.Mode == "meet" || l.Mode == "meet" {
				told = true
				if len(l.Actors) == 0 && len(e.Actors) > 0 && l.Mode == e.Mode && sameSet(l.Recipients, e.Recipients) {
					// "Росія вночі атакувала енергетику Одещини" over
					// "Унаслідок нічної атаки … на Одещину пошкоджено …":
					// who did it, as the headline says
					l.Actors = e.Actors
				}
				if l.Place == "" && e.Place != "" && len(l.Aux) == 0 && headPlaceFits(a, ents, e, l) {
					// "Фермери заблокували Париж" over "фермери
					// заблокували ділянки паризької кільцевої дороги":
					// where the headline says it was
					l.Place = e.Place
				}
				break
			}
		}
		if !told {
			out = append(out, *e)
		}
	}
	return out
}

// sameActor reports whether the headline's actor a is one of actors: the
// same, or a body's head noun alone that the body named later goes by
// ("Суд оштрафував продавця" over "Хмельницький міськрайонний суд …
// Суд оштрафував продавця").
func sameActor(ents *entity.Result, a string, actors []string) bool {
	return slices.Contains(actors, a) || entity.Index(a) < 0 && slices.ContainsFunc(actors, func(b string) bool { return ents.Called(b, a) })
}

// headLeadEnd returns where the lead under a's headline ends (a rune
// offset): the lead is the two sentences after the headline that have a
// verb, as a dateline ("КИЇВ, 14 жовтня. /Укрінформ/.") has none.
func headLeadEnd(a *vistka.Analysis) int {
	leadEnd, told := a.Sentences[0].REnd, 0
	for _, s := range a.Sentences[1:] {
		if told == 2 {
			break
		}
		leadEnd = s.REnd
		if slices.ContainsFunc(s.Tokens, isVerb) {
			told++
		}
	}
	return leadEnd
}

// leadRetells reports whether the only events of type typ told before
// the sentence are the headline's while the sentence is of the lead
// under it: the lead tells the headline's event again, with what the
// headline leaves out ("Внаслідок ракетного удару по Харкову в ніч на 5
// березня загинули …" under "Внаслідок ракетного удару по Харкову
// загинули …"), and dropHeadline keeps the lead's, not the headline's.
func (f *finder) leadRetells(typ string, here []vistka.Event) bool {
	if f.s == 0 || slices.ContainsFunc(here, func(b vistka.Event) bool { return b.Type == typ }) || !hasHeadline(f.a) {
		return false
	}
	head := f.a.Sentences[0].RStart
	if slices.ContainsFunc(f.before, func(b vistka.Event) bool { return b.Type == typ && b.Sentence.Start != head }) {
		return false
	}
	return f.a.Sentences[f.s].RStart < headLeadEnd(f.a)
}

// saysAlso reports whether the sentence of e tells it as done besides
// something else: "також" before its trigger.
func saysAlso(a *vistka.Analysis, e *vistka.Event) bool {
	s := a.SentenceAt(e.Sentence.Start)
	if s < 0 {
		return false
	}
	for _, t := range a.Sentences[s].Tokens {
		if e.TriggerSpan != nil && t.RStart >= e.TriggerSpan.Start {
			break
		}
		if scan.EqualFold(t.Text, "також") {
			return true
		}
	}
	return false
}

// headPlaceFits reports whether the lead's event l, told again from the
// headline's event e, may take e's place: not when l's sentence names
// another place ("У Львові затримали … . Його затримали у Винниках"),
// abroad (за кордоном) or the capital when the headline names no town,
// nor when a national actor does it and the headline's event has none
// ("У Києві протестували проти закону. Верховна Рада ухвалила закон"),
// a meeting apart.
func headPlaceFits(a *vistka.Analysis, ents *entity.Result, e, l *vistka.Event) bool {
	isNational := func(id string) bool { return national(ents, id) }
	if l.Type != "CONSULT" && slices.ContainsFunc(l.Actors, isNational) && !slices.ContainsFunc(e.Actors, isNational) {
		return false
	}
	return placeFits(a, ents, e.Place, l)
}

// placeFits reports whether the event l may take the place told for it
// by another sentence: not when its own sentence names another place
// with в, у or на, or abroad, or the capital while place is no town.
func placeFits(a *vistka.Analysis, ents *entity.Result, place string, l *vistka.Event) bool {
	s := a.SentenceAt(l.Sentence.Start)
	if s < 0 {
		return true
	}
	f := finder{a: a, ents: ents, s: s, toks: a.Sentences[s].Tokens}
	for j := range f.toks {
		p := f.entityAt(j)
		if p == "" || p == place || p == f.entityAt(j-1) || ents.Type(p) != "LOC" || entity.Index(place) >= 0 && around(ents.Name(p), ents.Name(place)) {
			continue
		}
		// where it was, not a place that names a thing ("митного поста
		// «Ягодин»", "до ринку Ранжис")
		k := f.caseIndex(j)
		if g := f.governedBy(k); hasCase(&f.toks[k], "v_mis") && (g == "в" || g == "у" || g == "на") {
			return false
		}
	}
	abroad, capital := f.placeWords()
	return !abroad && (!capital || entity.Index(place) >= 0 && f.settlement(place))
}

// hasHeadline reports whether the first sentence of a is a headline: a
// line of its own, followed by more text, with no full stop at its end.
func hasHeadline(a *vistka.Analysis) bool {
	if len(a.Sentences) < 2 {
		return false
	}
	toks := a.Sentences[0].Tokens
	if len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].Text {
	case ".", "!", "?", "…", ":":
		return false
	}
	// Byte offsets: the tokenizer keeps them in step with the code-point
	// ones, and they index the text without decoding it.
	end, next := a.Sentences[0].End, a.Sentences[1].Start
	return end <= next && next <= len(a.Text) && strings.IndexByte(a.Text[end:next], '\n') >= 0
}

// dedupe drops an event that another one tells again with as much or
// more: a headline and the lead both say that Україна і Польща підписали
// меморандум; the lead adds the date and the place, and stays.
//
// Two events of one sentence whose verbs differ in tense are two acts
// ("окупанти щодня обстрілюють місто, за минулу добу вони поранили трьох
// людей"), and a total told since a time ("від початку вторгнення місто
// вже передало 14 автомобілів") is no retelling of one act.
func dedupe(a *vistka.Analysis, evs []vistka.Event) []vistka.Event {
	drop := make([]bool, len(evs))
	tense := make([]string, len(evs))
	total := make([]bool, len(evs))
	for i := range evs {
		tense[i], total[i] = triggerTense(a, &evs[i])
	}
	for i := range evs {
		for j := range evs {
			if i == j || drop[j] || !sameEvent(&evs[i], &evs[j]) {
				continue
			}
			if total[i] != total[j] || evs[i].Sentence == evs[j].Sentence && tense[i] != "" && tense[j] != "" && tense[i] != tense[j] {
				continue
			}
			// i goes when j says at least as much, and on a tie the
			// later one goes.
			if ri, rj := richness(&evs[i]), richness(&evs[j]); ri < rj || ri == rj && i > j {
				drop[i] = true
				if len(evs[j].Recipients) == 0 {
					evs[j].Recipients = evs[i].Recipients // (the attack's people hurt, told by the verb dropped)
				}
				break
			}
		}
	}
	out := evs[:0]
	for i := range evs {
		if !drop[i] {
			out = append(out, evs[i])
		}
	}
	return out
}

// triggerTense returns the tense of e's trigger when it is a finite verb
// ("pres", "past" or "futr"), and whether e's sentence tells it as a total
// since a time: від початку or з початку before the trigger.
func triggerTense(a *vistka.Analysis, e *vistka.Event) (tense string, total bool) {
	s := a.SentenceAt(e.Sentence.Start)
	if s < 0 || e.TriggerSpan == nil {
		return "", false
	}
	toks := a.Sentences[s].Tokens
	for k := range toks {
		t := &toks[k]
		if t.RStart >= e.TriggerSpan.Start {
			if t.RStart == e.TriggerSpan.Start && strings.HasPrefix(t.Tag, "verb") {
				for _, x := range []string{"pres", "past", "futr"} {
					if strings.Contains(t.Tag, ":"+x) {
						tense = x
					}
				}
			}
			break
		}
		// (початок after it first: the rarer test, and no lower-casing)
		if k+1 < len(toks) && toks[k+1].Lemma == "початок" {
			if l := lower(t); l == "від" || l == "з" {
				total = true
			}
		}
	}
	return tense, total
}

// sameEvent reports whether two events can be one told twice: the same
// type, mode, participants and modality, and no date or place that
// disagree.
func sameEvent(a, b *vistka.Event) bool {
	if a.Type != b.Type || !slices.Equal(a.Aux, b.Aux) {
		return false
	}
	if a.Type == "CONSULT" {
		// A meeting is symmetric: "X met Y" and "the sides X and Y
		// discussed" are one meeting, whatever its mode says.
		pa := append(slices.Clone(a.Actors), a.Recipients...)
		pb := append(slices.Clone(b.Actors), b.Recipients...)
		if !sameSet(pa, pb) || a.Mode != b.Mode && a.Mode != "meet" && b.Mode != "meet" {
			return false
		}
	} else if a.Mode != b.Mode || !sameSet(a.Actors, b.Actors) || !sameSet(a.Recipients, b.Recipients) {
		// One sentence telling an agreement twice ("підписали заяву,
		// якою погодили …") with some of the same parties is one.
		agree := a.Type == "AGREE" && a.Sentence == b.Sentence && a.Mode == b.Mode && (subset(a.Actors, b.Actors) || subset(b.Actors, a.Actors)) &&
			len(a.Actors) > 0 && len(b.Actors) > 0
		// "викликали посла Росії Олега Озерова, якому вручили ноту
		// протесту": one protest told by two verbs.
		accuse := a.Type == "ACCUSE" && a.Sentence == b.Sentence && len(a.Recipients) > 0 && len(b.Recipients) > 0 &&
			(subset(a.Recipients, b.Recipients) || subset(b.Recipients, a.Recipients)) &&
			(sameSet(a.Actors, b.Actors) || len(a.Actors) == 0 || len(b.Actors) == 0)
		// "обстріляли правобережжя області і поранили шістьох людей": one
		// attack told by two verbs, the people hurt named by the second.
		assault := a.Type == "ASSAULT" && a.Sentence == b.Sentence && a.Mode == b.Mode && sameSet(a.Actors, b.Actors) && len(a.Actors) > 0 &&
			(len(a.Recipients) == 0 || len(b.Recipients) == 0)
		if !agree && !accuse && !assault {
			return false
		}
	}
	if a.Date != "" && b.Date != "" && a.Date != b.Date {
		return false
	}
	if a.Type != "CONSULT" && a.Sentence != b.Sentence && firstWord(a.Trigger) != firstWord(b.Trigger) {
		// "вимагав від начальника відділу $100 тис" and, far after,
		// "закликає допомогти його дружині": two requests by one man
		return false
	}
	return a.Place == "" || b.Place == "" || a.Place == b.Place
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// subset reports whether every element of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func richness(e *vistka.Event) int {
	n := 0
	if e.Mode != "" && e.Mode != "meet" {
		n++ // a phone call or a visit says more than a meeting
	}
	if e.Date != "" {
		n++
	}
	if e.Place != "" {
		n++
	}
	return n
}

type finder struct {
	before []vistka.Event // the events of earlier sentences
	dl     dateline       // what the dateline gives the lead
	a      *vistka.Analysis
	ents   *entity.Result
	s      int
	toks   []vistka.Token
	lows   []string // low's lower-cased lemmas of toks, "" until asked for
	verbs  []memo   // verb's lemmas of toks, once asked for
	ids    []memo   // entityAt's entity ids of toks, once asked for
	// spansByEnd reports whether a.Spans are sorted by their ends (see
	// nameCursor).
	spansByEnd bool
}

// memos holds the finders' memos of a document's tokens (see low, verb
// and entityAt), sentence after sentence: the finder of the pass over the
// sentences fills them, and the passes over the whole document after it
// (contractWon, boughtFromSame, contractParts, storyTown) read them back
// rather than asking again. What they keep depends on the token alone.
type memos struct {
	lows       []string
	verbs, ids []memo
	start      []int // start[s] is the index of sentence s's first token
}

// newMemos returns the empty memos of a's tokens.
func newMemos(a *vistka.Analysis) *memos {
	m := &memos{start: make([]int, len(a.Sentences)+1)}
	for s := range a.Sentences {
		m.start[s+1] = m.start[s] + len(a.Sentences[s].Tokens)
	}
	n := m.start[len(a.Sentences)]
	m.lows, m.verbs, m.ids = make([]string, n), make([]memo, n), make([]memo, n)
	return m
}

// finder returns a finder of sentence s with its memos.
func (m *memos) finder(a *vistka.Analysis, ents *entity.Result, s int) finder {
	from, to := m.start[s], m.start[s+1]
	return finder{a: a, ents: ents, s: s, toks: a.Sentences[s].Tokens,
		lows: m.lows[from:to:to], verbs: m.verbs[from:to:to], ids: m.ids[from:to:to]}
}

// memo is what verb or entityAt returned for a token, when known.
type memo struct {
	s     string
	known bool
}

// low returns lower(&f.toks[i]), lower-casing each token's lemma once:
// the rules ask for most of them many times.
func (f *finder) low(i int) string {
	if i < len(f.lows) && f.lows[i] != "" {
		return f.lows[i]
	}
	return f.lowFirst(i)
}

// lowFirst is low for a token not yet lower-cased. A finder made for
// one look at a sentence, with no memo of its own (only memos gives them
// out), lower-cases each time: it asks about few tokens, and a memo the
// length of the sentence for each such look was most of what the rules
// allocated.
func (f *finder) lowFirst(i int) string {
	if f.lows == nil {
		return lower(&f.toks[i])
	}
	f.lows[i] = lower(&f.toks[i])
	return f.lows[i]
}

// trig is one trigger found in a sentence.
type trig struct {
	at, noun int // token indexes; noun is -1 for a verb alone
	k        kind
	verb     bool
	during   bool   // "під час візиту до Києва": the clause's subject acts
	passive  bool   // a passive participle: "був арештований"
	partner  string // with whom a joint undertaking was done
	donor    bool   // money given to no one named: aid only from a donor
	captor   string // who releases people returned from it: повернула з Росії
	audit    bool   // "під час перевірки Укрзалізниці": the clause's subject checks the body named
	setOff   bool   // a participle set off after its noun: "вимоги, висунуті коаліцією до Ради"
	doneTo   string // the one a participle set off after it with its doer tells of: "Чоловік, затриманий поліцією"
	agented  bool   // a participle set off after its noun with its doer named
	sender   string // who sent the relief that arrives: прибули вантажівки від уряду Словенії
	kept     bool   // a vote to keep one in office: проголосували за те, щоб залишити його
	help     bool   // help in doing something: допомагала відновити школи
	fronted  bool   // a light verb's noun put before it: "Допомогу Україні надала Японія"
	appeal   bool   // "звернення X до Y": an appeal named by its noun, its parties after it (see appealParties)
}

func lower(t *vistka.Token) string {
	if t.Lemma == "" {
		return scan.ToLower(t.Text)
	}
	// (ToLower turns Ґ into ґ and nothing else into it: the lower case
	// has ґ just when the lemma has ґ or Ґ)
	l := scan.ToLower(t.Lemma)
	// ґ is the only letter of Ukrainian whose first byte is 0xd2: most
	// lemmas are passed over by that byte alone.
	if strings.IndexByte(l, 0xd2) >= 0 && strings.Contains(l, "ґ") && strings.Contains(t.Tag, ":alt") {
		// an alternative spelling with ґ (мітинґ, Ґеорґій) is the word of
		// the standard one with г, which the tables list
		return strings.ReplaceAll(l, "ґ", "г")
	}
	return l
}

// calledService reports whether the call at i was to a duty service, named
// before or after the verb: "до чергової частини", "на лінію 102", "до
// поліції".
func (f *finder) calledService(i int) bool {
	for j := max(i-6, 0); j+1 < len(f.toks) && j <= i+6; j++ {
		if w := f.low(j); j == i || w != "до" && w != "на" && w != "в" && w != "у" {
			continue // (зателефонував у поліцію, в редакцію: as до)
		}
		for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
			if services[f.low(k)] {
				return true
			}
		}
	}
	return false
}

// armedClash reports whether the clash at i is an armed one: "бойове
// зіткнення", "збройні зіткнення".
func (f *finder) armedClash(i int) bool {
	if i == 0 {
		return false
	}
	switch f.low(i - 1) {
	case "бойовий", "збройний", "військовий", "вогневий":
		return true
	}
	return false
}

// adjComma reports whether the comma at j parts two adjectives of one
// noun: "здійснили короткий, 3-хвилинний обстріл".
func (f *finder) adjComma(j int) bool {
	return f.toks[j].Text == "," && j > 0 && j+1 < len(f.toks) &&
		strings.HasPrefix(f.toks[j-1].Tag, "adj") && strings.HasPrefix(f.toks[j+1].Tag, "adj")
}

// bySide returns who an event noun at i is by, named after "з боку" right
// after it or its modifiers: "обстріл з боку російських військ".
func (f *finder) bySide(i int) string {
	for j := i + 1; j+2 < len(f.toks) && j <= i+3; j++ {
		if f.low(j) != "з" || f.low(j+1) != "бік" {
			continue
		}
		return f.sideAt(j)
	}
	return ""
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

// accusedOf returns whom a verb of accusing charges with the attack the
// noun at i names: "звинуватив Росію в умисному ударі по порту" (the
// accused named in the accusative right before в or у and the
// adjectives of the noun, the target after по or на); "" when the noun
// is no such charge ("в ударах з метою …" names no target).
func (f *finder) accusedOf(i int) string {
	p := i - 1
	for p > 0 && strings.HasPrefix(f.toks[p].Tag, "adj") {
		p--
	}
	if p < 2 || !hasCase(&f.toks[i], "v_mis") || f.low(p) != "в" && f.low(p) != "у" || !isPrep(&f.toks[p]) ||
		i+1 >= len(f.toks) || f.low(i+1) != "по" && f.low(i+1) != "на" {
		return ""
	}
	e := f.entityAt(p - 1)
	if e == "" || !hasCase(&f.toks[p-1], "v_zna") && !strings.Contains(f.toks[p-1].Tag, ":nv") {
		return ""
	}
	v := p - 1
	for v > 0 && f.entityAt(v) == e {
		v--
	}
	switch f.verb(v) {
	case "звинуватити", "звинувачувати":
		return e
	}
	return ""
}

// agentAfter returns who did what an event noun tells, named in the
// instrumental right after the name e that starts at i: a body or a
// force ("обстріл Херсона російськими військами", "атака Одеси
// окупантами") or a state's name ("обстріл Харкова Росією"); not an
// instrument ("ракетами"); else "".
func (f *finder) agentAfter(i int, e string) string {
	for i < len(f.toks) && f.entityAt(i) == e {
		i++
	}
	j := i
	for j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj") && hasCase(&f.toks[j], "v_oru") {
		j++
	}
	if j >= len(f.toks) || !hasCase(&f.toks[j], "v_oru") || !strings.HasPrefix(f.toks[j].Tag, "noun") || strings.Contains(f.toks[j].Tag, "pron") {
		return ""
	}
	if o := f.entityAt(j); o != "" {
		if j == i && (f.ents.Type(o) == "LOC" || f.ents.Type(o) == "ORG") {
			return o
		}
		return ""
	}
	t := &f.toks[j]
	if !actorNoun(lower(t)) && !strings.Contains(t.Tag, ":anim") {
		return ""
	}
	return f.nounPhrase(j)
}

// sideIn returns who an event told by a verb with no subject is by,
// named after "з боку" in the verb's clause, before or after it: "З боку
// Росії було завдано удару по Сумах"; or "".
func (f *finder) sideIn(at int) string {
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.low(j) == "з" && j+2 < len(f.toks) && f.low(j+1) == "бік" {
			return f.sideAt(j)
		}
	}
	for j := at + 1; j+2 < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if f.low(j) == "з" && f.low(j+1) == "бік" {
			return f.sideAt(j)
		}
	}
	return ""
}

// sideAt reads the side named after "з боку" at j: a name, or an animate
// noun or a noun of a body with its words.
func (f *finder) sideAt(j int) string {
	for k := j + 2; k < len(f.toks) && k <= j+4; k++ {
		if e := f.entityAt(k); e != "" {
			return e
		}
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun") {
			if hasCase(t, "v_rod") && (strings.Contains(t.Tag, ":anim") || actorNoun(lower(t))) && !strings.Contains(t.Tag, "pron") {
				for n := k + 1; n < len(f.toks) && n <= k+3 && f.toks[n].Kind != vistka.Punct; n++ {
					if e := f.entityAt(n); e != "" && f.ents.Type(e) == "PERS" {
						return e // "з боку віце-мера Одеси Вахтанга Убірії": the person by the title
					}
				}
				return f.text(j+2, k+1)
			}
			return ""
		}
	}
	return ""
}

// entityAhead reports whether a name stands in the clause after the verb
// at i, within six words: "СБУ викрила агента ФСБ".
func (f *finder) entityAhead(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.entityAt(j) != "" {
			return true
		}
	}
	return false
}

// gangAhead reports whether the object right after the verb at i, past
// its adjectives, is a group of offenders or people: "викрили злочинну
// групу", "викрила шахраїв" (not "викрила схему", "викрили кол-центр").
func (f *finder) gangAhead(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "adj") && !strings.Contains(t.Tag, "pron") {
			continue
		}
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") || strings.Contains(t.Tag, "pron") {
			return false
		}
		return gangs[t.Lemma] || strings.Contains(t.Tag, ":anim")
	}
	return false
}

// gangs are the nouns for a group of offenders.
var gangs = map[string]bool{"група": true, "угруповання": true, "банда": true, "організація": true, "мережа": true}

// courtBefore reports whether a court is named before the verb at i in
// its sentence, as the subject of an acquittal is: "Апеляційний суд
// виправдав лікаря", "Колегія суддів виправдала обвинуваченого".
func (f *finder) courtBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch f.low(j) {
		case "суд", "госпсуд", "райсуд", "суддя", "колегія", "присяжний", "трибунал":
			return true
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "ORG" && strings.Contains(scan.ToLower(f.toks[j].Lemma), "суд") {
			return true
		}
	}
	return false
}

// quashedBefore reports whether a verdict is quashed before the verb at i
// in its sentence: "скасував вирок міського суду та виправдав його".
func (f *finder) quashedBefore(i int) bool {
	for j := i - 1; j > 0; j-- {
		if f.low(j) == "вирок" && (f.verb(j-1) == "скасувати" || f.verb(j-1) == "скасовувати") {
			return true
		}
	}
	return false
}

// personBound reports whether the verb of violence at i (побити,
// зв'язати) has a person right after it as its object, past its
// adjectives and numbers: "зв'язали 82-річну жительку", "побили Івана
// Коваля" (not "побили рекорд", "зв'язали з ним").
func (f *finder) personBound(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if e := f.entityAt(j); e != "" {
			return f.ents.Type(e) == "PERS" && hasCase(t, "v_zna")
		}
		if strings.HasPrefix(t.Tag, "adj") || t.Kind == vistka.Number || strings.HasPrefix(t.Tag, "numr") {
			continue
		}
		return strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && hasCase(t, "v_zna") ||
			strings.Contains(t.Tag, "pron:pers") && hasCase(t, "v_zna")
	}
	return false
}

// takenFrom reports whether the verb of taking at i names, in its clause
// after it, whom it was taken from: у or в with a genitive ("ФДМУ відібрав
// у нього завод", "відібрали в компанії ліцензію").
func (f *finder) takenFrom(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); l != "у" && l != "в" || f.chosenFor(j) {
			continue
		}
		n := &f.toks[j+1]
		// (a body's noun may be read as a locative: "у компанії")
		if hasCase(n, "v_rod") && (strings.Contains(n.Tag, "pron:pers") || strings.Contains(n.Tag, ":anim") || f.entityAt(j+1) != "") || actorNoun(lower(n)) {
			return true
		}
	}
	return false
}

// inquiryOrdered reports whether the verb at i (призначити, оголосити)
// has an inquiry as its object, next to it or after its adjectives
// ("оголосила позапланову перевірку", "призначили службове
// розслідування"): an investigation opened. An inquiry named later in
// the clause ("призначив керівника розслідування", "призначив нараду
// щодо перевірки") is none.
func (f *finder) inquiryOrdered(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "adj") {
			continue
		}
		switch f.low(j) {
		case "перевірка", "розслідування", "аудит":
			return hasCase(t, "v_zna")
		}
		return false
	}
	return false
}

// offenceReport reports whether the verb of drawing up at i (скласти,
// складати) has an administrative report as its object in its clause
// ("склали адміністративний протокол", "склали адмінпротокол"), the
// police's charge of an offence even with the one charged unnamed; a
// report on someone is reportOn's. The minutes of a meeting (склав
// протокол засідання) and "протоколи про вчинення адміністративних
// правопорушень" (a power to draw them up) are none.
func (f *finder) offenceReport(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if f.toks[j].Kind == vistka.Punct || strings.HasPrefix(f.toks[j].Tag, "verb") {
			break
		}
		if f.low(j) == "адмінпротокол" || f.low(j) == "адміністративний" && j+1 < len(f.toks) && f.low(j+1) == "протокол" {
			return true
		}
	}
	return false
}

// propertyTaken reports whether the verb of taking at i (забрати) has
// land, a house, livestock or grain as its object, taken from someone
// named after у or в ("забрали в селян землю") or whose it was in the
// genitive after it ("забрали землю батька"): a seizure.
func (f *finder) propertyTaken(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if !seizedProperty[f.low(j)] || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") {
			continue
		}
		if f.takenFrom(i) {
			return true
		}
		if j+1 < len(f.toks) {
			n := &f.toks[j+1]
			return hasCase(n, "v_rod") && strings.HasPrefix(n.Tag, "noun") && (strings.Contains(n.Tag, ":anim") || f.entityAt(j+1) != "")
		}
		return false
	}
	return false
}

// seizedProperty is what a seizure takes from people: land, a house,
// livestock, grain.
var seizedProperty = map[string]bool{"земля": true, "майно": true, "будинок": true, "хата": true, "садиба": true,
	"худоба": true, "корова": true, "зерно": true, "хліб": true, "врожай": true}

// orderedFrom reports whether the verb of ordering at i names, in its
// clause after it, the firm the order went to: a name with no preposition
// before it in the dative (or indeclinable, or foreign: "замовило ТОВ
// «Альфа» ремонт"), after a word for a firm in the dative ("замовив
// приватній фірмі «Діта» ремонт") or after у or в ("замовила добрива у
// ПП «Агротех»"). A name after another preposition is no counterparty ("замовило для КП
// «Міськсвітло»"), nor is a genitive ("Замовлено охорону об'єктів
// Львівського РСП": whose premises).
func (f *finder) orderedFrom(i int) bool { return f.orderedFromAt(i) >= 0 }

// orderedFromAt returns where orderedFrom finds the firm the order at i
// went to, or -1.
func (f *finder) orderedFromAt(i int) int {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct && strings.ContainsAny(t.Text, ",.;:!?–") {
			return -1
		}
		firmWord := legalForms[f.low(j-1)] && hasCase(&f.toks[j-1], "v_dav")
		if f.toks[j].Kind == vistka.QuoteMark && strings.HasPrefix(f.toks[j-1].Tag, "noun") && f.entityAt(j-1) == "" && !firmWord {
			return -1 // "Замовлено 100 медалей «90 років судовій системі»": the title of what is ordered
		}
		if f.entityAt(j) == "" {
			continue
		}
		if j > i+2 && f.toks[j-1].Kind == vistka.QuoteMark && legalForms[f.low(j-2)] && hasCase(&f.toks[j-2], "v_dav") {
			return j // "замовив приватній фірмі «Діта» реконструкцію": the firm, named after its kind
		}
		if j > i+1 && isPrep(&f.toks[j-1]) {
			if l := f.low(j - 1); l == "у" || l == "в" {
				return j
			}
			return -1
		}
		if t := &f.toks[j]; hasCase(t, "v_dav") || strings.Contains(t.Tag, ":nv") || !strings.Contains(t.Tag, "v_") || f.datalikeFirm(j) {
			return j
		}
		return -1
	}
	return -1
}

// datalikeFirm reports whether the name at j, read as a genitive, is a
// masculine one in -у or -ю, which the dative shares, with the thing
// ordered in the accusative after it: "замовив «Бізнес-центру «Альфа»
// послуги" (whom for; "замовили техніки" has no firm).
func (f *finder) datalikeFirm(j int) bool {
	t := &f.toks[j]
	if w := scan.ToLower(t.Text); !hasCase(t, "v_rod") || !strings.Contains(t.Tag, ":m:") || !strings.HasSuffix(w, "у") && !strings.HasSuffix(w, "ю") {
		return false
	}
	e := f.entityAt(j)
	k := j + 1
	for k < len(f.toks) && (f.entityAt(k) == e || f.toks[k].Kind == vistka.QuoteMark) {
		k++
	}
	return k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "noun") && hasCase(&f.toks[k], "v_zna") && f.entityAt(k) == ""
}

// barredFrom reports whether the verb of admitting at i is negated and
// admits to a tender or a race: "не допустило ПФ «Діта» до участі в
// аукціоні", "не допустили до торгів" (a rejection of the one kept out).
func (f *finder) barredFrom(i int) bool {
	if i == 0 || f.low(i-1) != "не" {
		return false
	}
	for j := i + 1; j+1 < len(f.toks) && j <= i+8; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct && strings.ContainsAny(t.Text, ",.;:!?–") {
			return false
		}
		if f.low(j) == "до" && barredFromNouns[f.low(j+1)] {
			return true
		}
	}
	return false
}

// barredFromNouns are what one is admitted to after до: a tender, an
// auction, a race.
var barredFromNouns = map[string]bool{
	"участь": true, "торги": true, "тендер": true, "аукціон": true, "конкурс": true, "вибори": true, "реєстрація": true,
}

// bidNouns are what a tender's customer accepts or turns down: bids and
// bidders.
var bidNouns = map[string]bool{
	"пропозиція": true, "заявка": true, "учасник": true, "фірма": true, "компанія": true, "претендент": true,
}

// rejectedBid reports whether the verb of rejecting at i, told with no one
// doing it (passive or impersonal), has bids or bidders for its object in
// its clause: "Усі пропозиції відхилено", "Першу фірму відхилили",
// "дешевшу пропозицію відхилили", "заявки були відхилені".
func (f *finder) rejectedBid(i int) bool {
	if !strings.HasPrefix(f.low(i), "відхил") {
		return false
	}
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < len(f.toks) && j >= i-6 && j <= i+4; j += step {
			if t := &f.toks[j]; t.Kind == vistka.Punct {
				break
			}
			if bidNouns[f.low(j)] {
				return true
			}
		}
	}
	return false
}

// bidOwner returns the firm or body whose bid the verb of rejecting at i
// turns down, named in the genitive right after the bid noun in its
// clause, itself or by a common noun before the name: "пропозицію фірми
// «Альфа» відхилили", "Відхилили заявку ТОВ «Омега»", or "".
func (f *finder) bidOwner(i int) string {
	if !strings.HasPrefix(f.low(i), "відхил") {
		return ""
	}
	for _, step := range []int{-1, 1} {
		for k := i + step; k >= 0 && k < len(f.toks) && k >= i-8 && k <= i+4; k += step {
			if f.toks[k].Kind == vistka.Punct {
				break
			}
			if l := f.low(k); l != "пропозиція" && l != "заявка" || f.entityAt(k) != "" {
				continue
			}
			j := k + 1
			if j < len(f.toks) && f.entityAt(j) == "" && strings.HasPrefix(f.toks[j].Tag, "noun") && hasCase(&f.toks[j], "v_rod") {
				j++ // "пропозицію фірми «Альфа»": the kind of the body named
			}
			if j < len(f.toks) && f.toks[j].Kind == vistka.QuoteMark {
				j++
			}
			if e := f.entityAt(j); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "PERS") {
				return e
			}
		}
	}
	return ""
}

// namedAfterDash returns the firm, body or person that a dash sets in
// apposition to the common noun a, written in the nominative in the
// sentence: "Фінансував роботи замовник – ДП «Укрдержбуд»" names the
// customer. It returns "" when no name follows such a noun.
func (f *finder) namedAfterDash(a string) string {
	for k := 0; k+2 < len(f.toks); k++ {
		t := &f.toks[k]
		if f.entityAt(k) != "" || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") || f.text(k, k+1) != a || !isDash(&f.toks[k+1]) {
			continue
		}
		j := k + 2
		if f.toks[j].Kind == vistka.QuoteMark && j+1 < len(f.toks) {
			j++
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "ORG" && f.ents.Type(e) != "PERS" {
			return ""
		}
		if u := &f.toks[j]; strings.Contains(u.Tag, "v_") && !hasCase(u, "v_naz") && !strings.Contains(u.Tag, ":nv") {
			return "" // "замовнику – ДП …": not the subject's name
		}
		return e
	}
	return ""
}

// bidder returns the one bidder told of in the two sentences before,
// whose bid the singular bid noun rejected at i is: "На участь у
// тендері подавалося ПАТ «Альфа». … Однак пропозицію відхилили" (the
// first firm or body named after the verb of applying), or "".
func (f *finder) bidder(i int) string {
	single := false
	for j := max(i-3, 0); j < len(f.toks) && j <= i+2; j++ {
		if l := f.low(j); (l == "пропозиція" || l == "заявка") && !plural(&f.toks[j]) {
			single = true
		}
	}
	if !single {
		return ""
	}
	for s := f.s - 1; s >= 0 && s >= f.s-2; s-- {
		toks := f.a.Sentences[s].Tokens
		applied, part := -1, false
		for j := range toks {
			l := scan.ToLower(toks[j].Lemma)
			if strings.HasPrefix(l, "подава") || l == "подати" || l == "податися" {
				applied = j
			}
			part = part || l == "участь"
		}
		if applied < 0 || !part {
			continue
		}
		for j := applied + 1; j < len(toks); j++ {
			if e := f.ents.At(toks[j].RStart, toks[j].REnd); e != "" && f.ents.Type(e) == "ORG" {
				return e
			}
		}
	}
	return ""
}

// tenderHolder returns the body the sentence before tells held a tender
// (the first firm or body named before провести / проводити with тендер,
// торги or закупівлю after it), or "": the customer of a contract the
// next sentence tells with no one doing it ("Управління провело тендер
// на ремонт. За результатами торгів було акцептовано пропозицію ПАТ
// «Альфа»").
func (f *finder) tenderHolder() string {
	if f.s == 0 {
		return ""
	}
	toks := f.a.Sentences[f.s-1].Tokens
	for j := range toks {
		if l := scan.ToLower(toks[j].Lemma); l != "провести" && l != "проводити" {
			continue
		}
		held := false
		for k := j + 1; k < len(toks) && k <= j+3; k++ {
			switch scan.ToLower(toks[k].Lemma) {
			case "тендер", "торги", "закупівля":
				held = true
			}
		}
		if !held {
			continue
		}
		for k := range j {
			if e := f.ents.At(toks[k].RStart, toks[k].REnd); e != "" && f.ents.Type(e) == "ORG" {
				return e
			}
		}
	}
	return ""
}

// procurementWords are the lemmas that place a sentence in a
// procurement: a tender, its bids, its customer.
var procurementWords = map[string]bool{"тендер": true, "тендерний": true, "торги": true, "закупівля": true,
	"закупівельний": true, "пропозиція": true, "замовник": true, "prozorro": true, "прозорро": true}

// procurement reports whether the sentence tells of a procurement
// (тендерний комітет, пропозиція, замовник).
func (f *finder) procurement() bool {
	for k := range f.toks {
		if procurementWords[scan.ToLower(f.toks[k].Lemma)] {
			return true
		}
	}
	return false
}

// customer returns the customer of the last contract told in the
// document: the actor of the last agreement with a firm or a body for its
// sole actor and a recipient, or "".
func (f *finder) customer(here []vistka.Event) string {
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		if e := &all[k]; e.Type == "AGREE" && len(e.Actors) == 1 && len(e.Recipients) > 0 && f.ents.Type(e.Actors[0]) == "ORG" {
			return e.Actors[0]
		}
	}
	return ""
}

// acceptedBid reports whether the verb of accepting at i has a bid for its
// object: "акцептували пропозицію ТОВ «Бета»".
func (f *finder) acceptedBid(i int) bool {
	return i+1 < len(f.toks) && strings.HasPrefix(f.low(i+1), "пропозиці")
}

// byForce reports whether the sentence tells of force, threats or
// pressure (через погрози та тиск змусили …): what makes forcing coercion.
func (f *finder) byForce() bool {
	for k := range f.toks {
		if forceWords[f.low(k)] {
			return true
		}
	}
	return false
}

// defended reports whether захист at n, after на, is someone's: a
// personal possessive before it (на його захист) or a person or a body
// named after it (на захист журналіста, на захист Нацбанку).
func (f *finder) defended(n int) bool {
	if n == 0 {
		return false
	}
	p := n - 1
	if l := f.low(p); l == "його" || l == "її" || l == "їх" || l == "їхній" || l == "свій" {
		p--
	}
	if p < 0 || f.low(p) != "на" {
		return false
	}
	if p < n-1 {
		return true
	}
	if n+1 >= len(f.toks) || !hasCase(&f.toks[n+1], "v_rod") {
		return false
	}
	t := &f.toks[n+1]
	return f.entityAt(n+1) != "" || strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") ||
		n+2 < len(f.toks) && strings.HasPrefix(t.Tag, "adj") && f.entityAt(n+2) != ""
}

// setOffParticiple returns the light verb of a passive participle at i
// set off by a comma right after the event noun it governs ("Ці вимоги,
// висунуті коаліцією … до Верховної Ради"), or "".
func (f *finder) setOffParticiple(i int) string {
	t := &f.toks[i]
	if i < 2 || !strings.HasPrefix(t.Tag, "adj") || f.toks[i-1].Text != "," {
		return ""
	}
	v := participleVerb(lower(t), participleEnds)
	n := &f.toks[i-2]
	if !slices.Contains(lightVerbs[v], f.low(i-2)) || !strings.HasPrefix(n.Tag, "noun") || !agree(n, t) || !f.eventNoun(i-2) {
		if lightVerbs[v] != nil && f.concernedBefore(i-1, lightVerbs[v]) >= 0 {
			return v // "провадженні щодо посадовців ради, розпочатому поліцією"
		}
		return ""
	}
	return v
}

// frontedGoal returns the noun among objs that, in the accusative after
// під or на, opens the clause of the verb at i ("Під стіни Верховної Ради
// та обласних рад вийшли"), with only its genitives between it and the
// verb; -1 otherwise.
func (f *finder) frontedGoal(i int, objs map[string]kind) int {
	k := i - 1
	for k >= 0 && f.toks[k].Kind != vistka.Punct && i-k <= 12 {
		k--
	}
	p := k + 1
	if p+1 >= i || f.low(p) != "під" && f.low(p) != "на" {
		return -1
	}
	j := p + 1
	if _, ok := objs[f.low(j)]; !ok || !strings.HasPrefix(f.toks[j].Tag, "noun") || !hasCase(&f.toks[j], "v_zna") {
		return -1
	}
	for m := j + 1; m < i; m++ {
		if t := &f.toks[m]; !hasCase(t, "v_rod") && !isAnd(t) && f.entityAt(m) == "" {
			return -1
		}
	}
	return j
}

// partTaken reports whether участь follows the verb at i, as in
// "приймав (активну) участь у мітингу", the calque of брав участь.
func (f *finder) partTaken(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if f.low(j) == "участь" {
			return true
		}
		if !strings.HasPrefix(f.toks[j].Tag, "adj") {
			return false
		}
	}
	return false
}

// frontedAgainst returns the проти that opens the sentence of the verb at
// i ("Проти діяльності полігону, який використовує фірма «Еко-Сервіс», з
// 2009 року виступає аеропорт"), or -1: no finite verb stands between
// them but in a relative clause set off by commas.
func (f *finder) frontedAgainst(i int) int {
	if i < 2 || f.low(0) != "проти" {
		return -1
	}
	relative := false
	for j := 1; j < i; j++ {
		t := &f.toks[j]
		switch {
		case t.Text == ",":
			relative = j+1 < i && (f.low(j+1) == "який" || f.low(j+1) == "що")
		case strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") && !relative:
			return -1
		}
	}
	return 0
}

// senders are the verbs of handing in or sending a заява, which accuses
// only when it reports an offence (see offenceReported).
var senders = map[string]bool{"подати": true, "подавати": true, "направити": true, "направляти": true,
	"надіслати": true, "надсилати": true, "скерувати": true, "звернутися": true, "звертатися": true}

// pointers are the verbs of pointing to or stressing порушення (see
// pointedTo).
var pointers = map[string]bool{"наголосити": true, "наголошувати": true, "вказати": true, "вказувати": true}

// offenceReported reports whether the заява at n reports an offence, as
// a complaint to the police or a watchdog does: "заяву про можливе
// порушення антикорупційного законодавства", "заяву про вчинення
// злочину" (not "заяву про звільнення").
func (f *finder) offenceReported(n int) bool {
	if f.toLaw(n) {
		return true
	}
	if n+1 >= len(f.toks) || f.low(n+1) != "про" {
		return false
	}
	for j := n + 2; j < len(f.toks) && j <= n+4; j++ {
		switch f.low(j) {
		case "порушення", "правопорушення", "злочин", "вчинення", "скоєння", "шахрайство", "зловживання",
			"вимагання", "хабарництво", "крадіжка", "розкрадання", "погроза", "погрози":
			return true
		case "дія", "дії", "діяння":
			// "про можливі корупційні дії": an act an adjective calls
			// an offence
			return offenceAdj(f.low(j - 1))
		}
		if !strings.HasPrefix(f.toks[j].Tag, "adj") {
			return false
		}
	}
	return false
}

// pointedTo reports whether the порушення at j is what the verb at i
// points to or stresses, right after its на: "наголошують на порушеннях
// при будівництві", "вказала на численні порушення" (not "наголосив на
// відсутності порушень").
func (f *finder) pointedTo(i, j int) bool {
	if i+1 >= j || f.low(i+1) != "на" {
		return false
	}
	for m := i + 2; m < j; m++ {
		if !strings.HasPrefix(f.toks[m].Tag, "adj") {
			return false
		}
	}
	return true
}

// standingRequirement reports whether вимагати at i tells a standing rule
// in a relative clause of вимога or умова ("свої ж вимоги, які фонд
// вимагає від забудовника"): a present tense after ", які" or ", що"
// that the noun just before the comma governs.
func (f *finder) standingRequirement(i int) bool {
	if !strings.Contains(f.toks[i].Tag, ":pres") {
		return false
	}
	for c := i - 1; c >= 2 && c >= i-4; c-- {
		if f.toks[c].Text != "," {
			continue
		}
		if l := f.low(c + 1); l != "який" && l != "що" {
			return false
		}
		l := f.low(c - 1)
		return l == "вимога" || l == "умова" || l == "норма" || l == "правило" || l == "стандарт"
	}
	return false
}

// listedPeopleBefore returns the head of the plural noun for people that
// ends the phrase before a comma in front of the phrase headed at i, as in
// a list of subjects ("Представники ради ветеранів, пенсіонери і
// ветерани праці звернулися"); -1 when there is none. The phrase may have
// adjectives before its head and genitives after it.
func (f *finder) listedPeopleBefore(i int) int {
	k := i
	for k > 0 && strings.HasPrefix(f.toks[k-1].Tag, "adj") {
		k-- // "деякі люди", "громадські діячі"
	}
	if k < 2 || f.toks[k-1].Text != "," {
		return -1
	}
	return f.peopleEndingAt(k - 2)
}

// peopleEndingAt returns the head of the phrase for people that ends at e:
// a plural animate noun in the nominative, at e or before a genitive tail
// of up to three words ("ветерани праці", "представники ради
// ветеранів"); -1 when there is none.
func (f *finder) peopleEndingAt(e int) int {
	for h := e; h >= 0 && h >= e-3; h-- {
		t := &f.toks[h]
		if strings.HasPrefix(t.Tag, "noun:anim:p") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") && f.entityAt(h) == "" && f.governedBy(h) == "" {
			return h
		}
		if !hasCase(t, "v_rod") || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			return -1 // only a genitive tail stands between: "ради ветеранів", "Дякової слободи"
		}
		if n := f.entityAt(h); n != "" && f.ents.Type(n) != "LOC" {
			return -1 // "детективи НАБУ та прокурори САП": the bodies, named
		}
	}
	return -1
}

// onVerbalNoun reports whether the instrumental at i, with its adjectives,
// hangs on a verbal noun right before it ("у зловживанні владою",
// "перевищенні службових повноважень", "керування автомобілем"): what is
// abused or driven, not the doer of a passive.
func (f *finder) onVerbalNoun(i int) bool {
	k := f.adjectivesBefore(i) - 1
	if k < 0 || !strings.HasPrefix(f.toks[k].Tag, "noun") {
		return false
	}
	l := f.low(k)
	return strings.HasSuffix(l, "ння") || strings.HasSuffix(l, "ття")
}

// staff are the people who act for the body named after them in the
// genitive: "працівники поліції", "співробітники СБУ".
var staff = map[string]bool{"працівник": true, "співробітник": true, "представник": true, "інспектор": true,
	"офіцер": true, "боєць": true, "оперативник": true, "детектив": true, "слідчий": true, "прикордонник": true}

// wholes are the nouns for a part or a number of people that take a
// plural verb: "Більшість депутатів підтримали".
var wholes = map[string]bool{"більшість": true, "меншість": true, "половина": true, "частина": true, "ряд": true,
	"низка": true, "група": true, "решта": true, "кількість": true, "сотня": true, "тисяча": true, "десяток": true}

// frontedThing returns the index of the head of a phrase ending at i that
// names a thing or a body by a singular inanimate common noun and opens
// its clause ("Підприємство оштрафували", "Міськраду зобов'язали"), or -1.
func (f *finder) frontedThing(i int) int {
	if i < 0 || f.entityAt(i) != "" {
		return -1
	}
	h := i
	for h > 0 && hasCase(&f.toks[h], "v_rod") && !hasCase(&f.toks[h], "v_naz") && !hasCase(&f.toks[h], "v_zna") && i-h < 3 {
		h-- // "Управління освіти оштрафували": the head before its genitives
	}
	t := &f.toks[h]
	if !strings.HasPrefix(t.Tag, "noun:inanim") || plural(t) || strings.Contains(t.Tag, "pron") || f.entityAt(h) != "" || wholes[f.low(h)] ||
		!hasCase(t, "v_naz") && !hasCase(t, "v_zna") || f.governedBy(h) != "" {
		return -1
	}
	lo := f.modifiersBefore(h)
	if lo > 0 && (isAnd(&f.toks[lo-1]) || f.low(lo-1) == "з" || f.low(lo-1) == "із") || !f.clauseOpens(f.allBefore(lo)) {
		return -1 // "Уряд і парламент ухвалили": joined subjects
	}
	return h
}

// greets are the verbs of greeting and congratulating.
var greets = map[string]bool{"привітати": true, "вітати": true}

// greetedBefore returns the people greeted when they stand right before
// the verb at at, in the accusative, with a genitive tail at most
// ("Гостей свята привітав міський голова", "З приємною подією присутніх
// привітала заступниця мера"); "" when there are none.
func (f *finder) greetedBefore(at int, tr trig) string {
	for h := at - 1; h >= 0 && h >= at-3; h-- {
		t := &f.toks[h]
		if t.Kind == vistka.Punct || f.entityAt(h) != "" {
			return ""
		}
		present := f.low(h) == "присутній" && plural(t)
		if (present || strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron")) &&
			!hasCase(t, "v_naz") && (hasCase(t, "v_zna") || hasCase(t, "v_rod")) && (present || f.governedBy(h) == "") {
			if present {
				return "присутні" // (an adjective standing as a noun: those present)
			}
			return f.objectPhrase(h, tr)
		}
		if !hasCase(t, "v_rod") {
			return "" // only a genitive tail stands between: "Гостей свята"
		}
	}
	return ""
}

// caseAgainstBefore returns whom a case opened by the verb at at concerns
// when a phrase of щодо or стосовно names it before the verb in its
// clause ("Стосовно посадовця відкрито кримінальне провадження", "Щодо
// директора фірми порушено кримінальну справу"); "" when there is none.
func (f *finder) caseAgainstBefore(at int, tr trig) string {
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		if f.toks[k].Kind == vistka.Punct {
			return ""
		}
		if l := f.low(k); (l != "щодо" && l != "стосовно") || !isPrep(&f.toks[k]) {
			continue
		}
		h := k + 1
		for h < at && strings.HasPrefix(f.toks[h].Tag, "adj") {
			h++
		}
		if h >= at {
			return ""
		}
		if e := f.entityAt(h); e != "" {
			return e
		}
		return f.objectPhrase(h, tr)
	}
	return ""
}

// sharedDative returns the people named in the dative with no
// preposition after the verb that the verb at at is joined to by a comma
// or an і or a та ("вручила Василю Ожевану грамоту, подякувала за
// працю"): a predicate joined to another shares its object of the
// dative. It returns nil when no such verb stands within the clause.
func (f *finder) sharedDative(at int) []string {
	if at < 3 || f.toks[at-1].Text != "," && !isAnd(&f.toks[at-1]) {
		return nil
	}
	var out []string
	for j := at - 2; j >= 0 && j >= at-14; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || f.toks[j].Kind == vistka.QuoteMark {
			return nil
		}
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			slices.Reverse(out)
			return out
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "PERS" || slices.Contains(out, e) || !hasCase(t, "v_dav") || f.governedBy(j) != "" {
			continue
		}
		if j == 0 || f.entityAt(j-1) != e {
			out = append(out, e)
		}
	}
	return nil
}

// appositionOf returns the person named in the nominative right before a
// comma that opens the phrase headed by the singular noun at i, when a
// comma closes that phrase before the singular verb at at ("Фред Фінн,
// власник рекорду, приїхав"): the phrase set off describes the person,
// who is the subject. It returns "" and -1 when there is no such person.
func (f *finder) appositionOf(i, at int) (string, int) {
	t, v := &f.toks[i], &f.toks[at]
	if !strings.HasPrefix(t.Tag, "noun") || plural(t) || plural(v) || strings.Contains(t.Tag, "pron") {
		return "", -1
	}
	k := f.adjectivesBefore(i)
	if k < 2 || f.toks[k-1].Text != "," {
		return "", -1
	}
	e := f.entityAt(k - 2)
	if e == "" || f.ents.Type(e) != "PERS" {
		return "", -1
	}
	s := k - 2
	for s > 0 && f.entityAt(s-1) == e {
		s--
	}
	if !hasCase(&f.toks[s], "v_naz") && !hasCase(&f.toks[k-2], "v_naz") || f.governedBy(s) != "" ||
		s > 0 && strings.HasPrefix(f.toks[s-1].Tag, "verb") {
		return "", -1 // (not "Як повідомив Іван Петренко, голова ради, …": the person of the cue)
	}
	for j := i + 1; j < at; j++ {
		if f.toks[j].Text == "," {
			return e, s
		}
		if strings.HasPrefix(f.toks[j].Tag, "verb") {
			break
		}
	}
	return "", -1
}

// thanks are the verbs of thanking.
var thanks = map[string]bool{"подякувати": true, "дякувати": true}

// thankedAfter returns the people named in the dative in toks[from:end],
// up to the next verb: after a reason (за сприяння …) they are the ones
// thanked. Only people's names count: a place or a body in the dative
// there may be the one the help went to ("подякував за допомогу
// Україні").
func (f *finder) thankedAfter(from, end int) []string {
	var out []string
	for j := from; j < end; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			break
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "PERS" || j > 0 && f.entityAt(j-1) == e || !hasCase(t, "v_dav") || f.governedBy(j) != "" {
			continue
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// norms are the texts that lay down rules: what they require is no
// party's demand.
var norms = map[string]bool{"закон": true, "законодавство": true, "конституція": true, "конвенція": true,
	"кодекс": true, "стандарт": true, "норма": true, "правило": true, "правила": true, "директива": true,
	"регламент": true, "положення": true, "інструкція": true, "стаття": true, "порядок": true}

// normSubject reports whether the subject of the verb at i, a noun in the
// nominative in its clause right before or after it, is a text that lays
// down rules: "Цього вимагає Конституція України", "як того вимагають
// міжнародні конвенції", "Закон вимагає від забудовника …".
func (f *finder) normSubject(i int) bool {
	subject := func(j int) bool {
		t := &f.toks[j]
		return strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && norms[f.low(j)]
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || isPrep(t) {
			break
		}
		if subject(j) {
			return true
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") {
			return false // "Депутати вимагають змінити закон": a party demands
		}
	}
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || isPrep(t) || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if subject(j) {
			return true
		}
	}
	return false
}

// holdings are what one holds and may give up: land, a share, a seat.
var holdings = map[string]bool{
	"земля": true, "ділянка": true, "гектар": true, "угіддя": true, "частка": true, "майно": true,
	"мандат": true, "претензія": true, "територія": true, "акція": true, "нерухомість": true, "приміщення": true,
	// a post given up is a resignation ("відмовився від посади"), which
	// concedes as подати у відставку does
	"посада": true,
}

// gaveUp reports whether відмовитися at i gives up something held, named
// after від: a measure of it ("від 4,25 тис гектарів угідь") or a holding
// ("від своєї частки", "від депутатського мандата").
func (f *finder) gaveUp(i int) bool {
	i = f.timeGap(i)
	if i+1 >= len(f.toks) || f.low(i+1) != "від" {
		return false
	}
	for j := i + 2; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if holdings[f.low(j)] && strings.HasPrefix(t.Tag, "noun") {
			return true
		}
		if t.Kind != vistka.Number && !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "numr") && f.spanType(j) != "QUANT" &&
			!(strings.HasPrefix(t.Tag, "noun") && j+1 < len(f.toks) && holdings[f.low(j+1)]) {
			return false // "від пропозиції", "від участі": no holding
		}
	}
	return false
}

// joinedDative returns the animate noun in the dative joined by і, й or
// та to the one at i, past the genitives that hang on it and the
// adjectives before it ("начальникові відділу збору та обробки
// інформації і першому заступникові директора"), or -1.
func (f *finder) joinedDative(i, end int) int {
	for j := i + 1; j+1 < end && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return -1
		}
		if !isAnd(t) {
			continue
		}
		k := j + 1
		for k < end && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k++
		}
		if k < end && strings.HasPrefix(f.toks[k].Tag, "noun") && strings.Contains(f.toks[k].Tag, ":anim") && hasCase(&f.toks[k], "v_dav") {
			return k
		}
	}
	return -1
}

// customerPays reports whether the subject of the verb of paying at i,
// in its clause, is the customer (замовник): one who pays for works or
// a service it ordered aids no one.
func (f *finder) customerPays(i int) bool {
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < len(f.toks) && j-i <= 6 && i-j <= 6; j += step {
			t := &f.toks[j]
			if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
				break
			}
			if l := f.low(j); (l == "замовник" || l == "замовниця") && hasCase(t, "v_naz") {
				return true
			}
		}
	}
	return false
}

// kin are the words for family and friends: a request between them is
// a private matter, no event.
var kin = map[string]bool{
	"мама": true, "мати": true, "матуся": true, "тато": true, "батько": true, "бабуся": true, "баба": true,
	"дідусь": true, "дід": true, "сестра": true, "брат": true, "син": true, "донька": true, "дочка": true,
	"онук": true, "онука": true, "тітка": true, "дядько": true, "дружина": true, "подруга": true,
	"друг": true, "приятель": true, "приятелька": true, "сусід": true, "сусідка": true, "кум": true, "кума": true,
}

// adjectiveFor returns the nominative of the adjective at i in the
// gender and number of the noun n it goes with: міській (раді) → міська,
// обласному (управлінні) → обласне.
func (f *finder) adjectiveFor(i int, n *vistka.Token) string {
	l := scan.ToLower(f.toks[i].Lemma)
	stem, hard := strings.CutSuffix(l, "ий")
	switch {
	case !hard:
		return l
	case strings.Contains(n.Tag, ":p:"):
		return stem + "і"
	case strings.Contains(n.Tag, ":f:"):
		return stem + "а"
	case strings.Contains(n.Tag, ":n:"):
		return stem + "е"
	}
	return l
}

// complaint reports whether the trigger tr is a grievance told with no
// one it is against: a count of complaints ("подали понад 300 скарг"), or
// скаржитися, поскаржитися or нарікати on a state of things, на and a
// thing with no name in the rest of its clause ("скаржаться на низький
// тиск води", "скаржилися на затримки компенсацій"). A complaint that
// something was done ("поскаржилися, що начальник використовує …") or of
// a named side ("на накрутку голосів на користь клубу «Олімп»") is left.
func (f *finder) complaint(tr trig) bool {
	if tr.noun >= 0 {
		return f.low(tr.noun) == "скарга" && tr.noun > 0 && f.toks[tr.noun-1].Kind == vistka.Number
	}
	switch f.verb(tr.at) {
	case "скаржитися", "поскаржитися", "нарікати":
	default:
		return false
	}
	j := tr.at + 1
	if j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j++ // "скаржаться також на …"
	}
	if j+1 >= len(f.toks) || f.low(j) != "на" || f.low(j+1) == "те" {
		return false
	}
	for k := j + 1; k < len(f.toks); k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct && !isDash(t) || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if f.entityAt(k) != "" || strings.Contains(t.Tag, ":anim") && strings.HasPrefix(t.Tag, "noun") {
			return false // "на дії поліції", "на водіїв": someone it is against
		}
	}
	return true
}

// privateAsking reports whether a request is put to family or a friend,
// named by the common noun alone ("подруга запропонувала мамі пройти
// обстеження", "Потап звернувся до мами"), or by one of them to no one
// named ("просить мама"): a private suggestion, not a formal appeal. A
// mother's appeal to the president is one.
func (f *finder) privateAsking(ev vistka.Event) bool {
	if len(ev.Recipients) == 0 {
		return slices.ContainsFunc(ev.Actors, func(a string) bool { return kin[scan.ToLower(a)] })
	}
	for _, r := range ev.Recipients {
		if !kin[scan.ToLower(r)] {
			return false
		}
	}
	return true
}

// foughtAgainst reports whether the fighting verb at i names an enemy in
// its clause: after проти, or after з in the instrumental ("воював проти
// окупантів", "билися з поляками"). Without one the verb tells a
// biography of service or a scuffle, no attack: "воював в Афганістані",
// "бився в лавах повстанців", "воювали на боці російської армії",
// "щука б'ється об землю"; з after пліч-о-пліч or разом names an ally.
func (f *finder) foughtAgainst(i int) bool {
	enemy := func(j int) bool {
		switch f.low(j) {
		case "проти":
			return true
		case "з", "із", "зі":
			ally := j > 0 && (f.low(j-1) == "пліч-о-пліч" || f.low(j-1) == "разом" || f.low(j-1) == "пліч")
			return !ally && j+1 < len(f.toks) && hasCase(&f.toks[j+1], "v_oru")
		}
		return false
	}
	for j := i + 1; j+1 < len(f.toks) && j <= i+12; j++ {
		if t := &f.toks[j]; endsSentence(t) || strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			break
		}
		if enemy(j) {
			return true
		}
	}
	// "з ким воював", "з москалями бився": the enemy put first
	for j := i - 1; j >= 0 && j >= i-4 && f.toks[j].Kind != vistka.Punct; j-- {
		if enemy(j) {
			return true
		}
	}
	return false
}

// soughtAnnulment reports whether the verb of seeking at i seeks an act
// annulled or found unlawful: "домагалась визнання договору недійсним",
// "домігся скасування наказу".
func (f *finder) soughtAnnulment(i int) bool {
	asked := false
	for j := i + 1; j < len(f.toks) && j <= i+9; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		switch l := f.low(j); {
		case l == "скасування" && strings.HasPrefix(f.toks[j].Tag, "noun"):
			return true
		case l == "визнання":
			asked = true
		case asked && (l == "недійсний" || l == "незаконний" || l == "протиправний"):
			return true
		}
	}
	return false
}

// wrongdoings are what someone may be caught at: на хабарі, на брехні,
// на чорному піарі, на гарячому.
var wrongdoings = map[string]bool{
	"хабар": true, "брехня": true, "піар": true, "крадіжка": true, "порушення": true, "махінація": true,
	"підробка": true, "плагіат": true, "обман": true, "шахрайство": true, "гарячий": true, "неправда": true,
	"фальсифікація": true, "підкуп": true, "корупція": true, "хабарництво": true,
	"змова": true, // "АМКУ спіймав фірму на тендерній змові"
}

// caughtAt reports whether a verb of catching at i catches someone named
// after it at a wrongdoing: "ОПОРА впіймала кандидата Миколу Онула на
// чорному піарі".
func (f *finder) caughtAt(i int) bool {
	named := false
	for j := i + 1; j < len(f.toks) && j <= i+10; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if f.entityAt(j) != "" || strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && hasCase(t, "v_zna") ||
			strings.Contains(t.Tag, "pron") && strings.Contains(t.Tag, ":pers") && hasCase(t, "v_zna") {
			named = true // "спіймав її на змові": the one a pronoun stands for
		}
		if lower(t) != "на" || !named {
			continue
		}
		for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
			if wrongdoings[f.low(k)] {
				return true
			}
			if !strings.HasPrefix(f.toks[k].Tag, "adj") {
				break
			}
		}
	}
	return false
}

// forcers are the verbs of making someone do something.
var forcers = map[string]bool{"змусити": true, "змушувати": true, "примусити": true, "примушувати": true}

// forcedTo reports whether the infinitive at i is what a verb of forcing
// a few words before it made someone do: "змусили засуджених підписати".
func (f *finder) forcedTo(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if f.toks[k].Kind == vistka.Punct {
			return false
		}
		if forcers[f.verb(k)] {
			return true
		}
	}
	return false
}

// givingUp are the verbs of giving something up that someone may be made
// to do: a refusal, a cancellation, leaving a post or a place.
var givingUp = map[string]bool{
	"відмовитися": true, "відмовлятися": true, "скасувати": true, "скасовувати": true,
	"зректися": true, "зрікатися": true, "поступитися": true, "поступатися": true,
	"покинути": true, "полишити": true, "звільнитися": true, "відкликати": true,
}

// madeToGiveUp reports whether the verb of forcing at i has for what it
// made someone do, a few words after it, a verb of giving up: "громада
// змусила його відмовитися від концерту", "змусили мера скасувати
// рішення". Being made to give something up is coercion even with no
// force named ("змусили воротаря попрацювати" is not).
func (f *finder) madeToGiveUp(i int) bool {
	for k := i + 1; k < len(f.toks) && k <= i+4; k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") {
			return strings.Contains(t.Tag, ":inf") && givingUp[verbLemma(t)]
		}
	}
	return false
}

// letterAsking returns, for a letter at i sent to someone named after до,
// the demand or plea after з that makes it a request ("листи до міського
// голови Сергія Кравченка з вимогою"); -1 when there is none.
func (f *finder) letterAsking(i int) int {
	if i+2 >= len(f.toks) || f.low(i+1) != "до" {
		return -1
	}
	named := false
	for j := i + 2; j+1 < len(f.toks) && j <= i+10; j++ {
		if f.entityAt(j) != "" {
			named = true
			continue
		}
		if f.toks[j].Kind == vistka.Punct {
			return -1
		}
		if l := f.low(j); named && (l == "з" || l == "із") {
			if k := f.low(j + 1); k == "вимога" || k == "прохання" || k == "заклик" {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// audits are the nouns of an inspection of a body.
var audits = map[string]bool{"перевірка": true, "аудит": true, "ревізія": true}

// auditOf reports whether the inspection noun at i, in the genitive after
// під час (adjectives between), names the body inspected right after it:
// "під час позапланової перевірки Укрзалізниці".
func (f *finder) auditOf(i int) bool {
	if !hasCase(&f.toks[i], "v_rod") || i+1 >= len(f.toks) || f.entityAt(i+1) == "" || f.ents.Type(f.entityAt(i+1)) != "ORG" {
		return false
	}
	j := i - 1
	for j > 0 && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j--
	}
	return j > 0 && f.low(j) == "час" && f.low(j-1) == "під"
}

// contracts are the nouns of a deal between two sides.
var contracts = map[string]bool{"контракт": true, "договір": true, "угода": true}

// nounTriggers holds every noun the loop of sentence that finds noun
// triggers looks up: the keys of contracts, audits and nouns, лист and
// звернення. A noun it stops is none of them, and triggers nothing.
var nounTriggers = func() scan.Sieve {
	s := scan.SieveOf(contracts, audits).Union(scan.SieveOf(nouns))
	s.Add("лист")
	s.Add("звернення")
	return s
}()

// Sieves of the small verb sets that sentence asks about every verb it
// finds, before it knows the verb triggers anything: most verbs are in
// none of them, and a Sieve tells most of those apart without hashing
// the verb. They are made when the package's variables are, before its
// init functions run: a set that an init function adds to (undergone)
// has none.
var (
	listerSieve = scan.SieveOf(listers)
	comerSieve  = scan.SieveOf(comers)
	driveSieve  = scan.SieveOf(drives)
	expelSieve  = scan.SieveOf(expels)
	jointSieve  = scan.SieveOf(jointVerbs)
	buySieve    = scan.SieveOf(buys)
	// and of the two small noun sets the loop of noun triggers asks
	// about every noun nounTriggers lets through
	contractSieve = scan.SieveOf(contracts)
	auditSieve    = scan.SieveOf(audits)
)

// signedAfter reports whether the deal named at i has its partner after з
// or із and, set off by a comma, a participle of signing or making:
// "контракт з «Адвокатською фірмою «Альфа», підписаний 17 червня".
func (f *finder) signedAfter(i int) bool {
	if i+2 >= len(f.toks) || f.low(i+1) != "з" && f.low(i+1) != "із" {
		return false
	}
	named := false
	for j := i + 2; j+1 < len(f.toks) && j <= i+12; j++ {
		if f.entityAt(j) != "" {
			named = true
		}
		if f.toks[j].Kind != vistka.Punct || f.toks[j].Text == "«" || f.toks[j].Text == "»" || f.toks[j].Text == "\"" {
			continue
		}
		if f.toks[j].Text != "," || !named {
			return false
		}
		l := f.low(j + 1)
		return strings.HasPrefix(l, "підписан") || strings.HasPrefix(l, "укладен") || l == "підписаний" || l == "укладений"
	}
	return false
}

// withPartner reports whether a name after з or із follows the verb at i
// within its clause: "укласти з Польщею договір".
func (f *finder) withPartner(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); (l == "з" || l == "із") && f.entityAt(j+1) != "" {
			return true
		}
	}
	return false
}

// mayDo reports whether the infinitive at i tells what a noun of power a
// few words before it allows: "матиме право більшістю голосів її членів
// зобов'язати кандидата".
func (f *finder) mayDo(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if abilities[f.low(k)] && strings.HasPrefix(t.Tag, "noun") {
			return true
		}
	}
	return false
}

// insistedOnAct reports whether the insisting at i is on an act named by a
// verbal noun right after на, past adjectives: "наполягає на скасуванні
// санкцій", "на негайній відставці уряду" (not "на своїй невинуватості").
func (f *finder) insistedOnAct(i int) bool {
	if i+2 >= len(f.toks) || f.low(i+1) != "на" {
		return false
	}
	for j := i + 2; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") {
			l := f.low(j)
			return strings.HasSuffix(l, "ння") || strings.HasSuffix(l, "ття") || l == "відставка"
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// dutyBound reports whether the infinitive at i tells a duty: зобов'язаний
// right before it, or with a form of бути between ("зобов'язана була
// відхилити").
func (f *finder) dutyBound(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch l := strings.ReplaceAll(f.low(k), "’", "'"); {
		case l == "зобов'язаний":
			return true
		case l != "бути" || !strings.HasPrefix(f.toks[k].Tag, "verb"):
			return false
		}
	}
	return false
}

// abilities are the nouns an infinitive after them tells a power by:
// право зобов'язати, повноваження звільнити. (A chance, можливість
// профінансувати, is left to the words around it: a plan may be told so.)
var abilities = map[string]bool{"право": true, "повноваження": true}

// endsSentence reports whether t is a full stop, a question or an
// exclamation mark.
func endsSentence(t *vistka.Token) bool {
	return t.Kind == vistka.Punct && strings.ContainsAny(t.Text, ".!?…")
}

// verb returns verbLemma(&f.toks[i]), a verb's from the lemma low keeps;
// it keeps what it returns for each token, which the rules ask for many
// times.
func (f *finder) verb(i int) string {
	if i < len(f.verbs) && f.verbs[i].known {
		return f.verbs[i].s
	}
	return f.verbFirst(i)
}

// verbFirst is verb for a token not yet asked about.
func (f *finder) verbFirst(i int) string {
	var v string
	if strings.HasPrefix(f.toks[i].Tag, "verb") {
		v = f.low(i)
		// (the ending first: most verbs are no impersonal form, and
		// impersonalVerb has nothing for a word not ending in о)
		if endsInO(f.toks[i].Text) && strings.Contains(f.toks[i].Tag, "impers") {
			if _, ok := verbs[v]; !ok && pairs[v] == nil && lightVerbs[v] == nil {
				// an impersonal form the tagger gave a lemma no verb has
				// ("задоволено": задоволити for задовольнити)
				if w := impersonalVerb(f.toks[i].Text); w != "" {
					v = w
				}
			}
		}
	} else {
		v = verbLemma(&f.toks[i])
	}
	if f.verbs != nil { // (see lowFirst)
		f.verbs[i] = memo{v, true}
	}
	return v
}

// verbLemma returns the verb lemma of a verb or adverbial participle.
func verbLemma(t *vistka.Token) string {
	// The lemma is lower-cased only for the tags that use it: most
	// tokens are no verb, and many lemmas are names.
	switch {
	case strings.HasPrefix(t.Tag, "verb"):
		return lower(t)
	case strings.HasPrefix(t.Tag, "advp"):
		l := lower(t)
		if l == "беручи" {
			return "брати" // a stem of its own: беручи участь
		}
		if strings.HasSuffix(l, "ходячи") {
			return l // "виходячи на вулицю": one going out, no protest (nor виходячи з, a premise)
		}
		// (an imperfective one by its present stem: обстрілюючи,
		// атакуючи, вимагаючи)
		// (a perfective one of a stem that changes in the past: уклавши
		// is укласти, провівши провести, знайшовши знайти, привізши
		// привезти, принісши принести, померши померти, напавши
		// напасти, допомігши допомогти)
		for _, e := range [][2]string{{"вівшись", "вестися"}, {"вівши", "вести"}, {"клавши", "класти"}, {"йшовши", "йти"}, {"нісши", "нести"},
			{"візши", "везти"}, {"ерши", "ерти"}, {"павши", "пасти"}, {"кравши", "красти"}, {"мігши", "могти"},
			{"вшись", "тися"}, {"вши", "ти"}, {"уючи", "увати"}, {"юючи", "ювати"}, {"аючи", "ати"}, {"яючи", "яти"},
			// (an imperfective one of the second conjugation whose stem
			// keeps its consonant: проводячи, говорячи, просячи)
			{"одячи", "одити"}, {"орячи", "орити"}, {"осячи", "осити"}} {
			if strings.HasSuffix(l, e[0]) {
				return strings.TrimSuffix(l, e[0]) + e[1]
			}
		}
	case strings.HasPrefix(t.Tag, "adv"):
		// an impersonal form read as an adverb: "Виннику повідомлено
		// про підозру"
		return impersonalVerb(t.Text)
	}
	return ""
}

func (f *finder) sentence(quotes []vistka.Quote, dates []vistka.Date) []vistka.Event {
	var out []vistka.Event
	direct := directIn(quotes, f.toks)
	inQuote := func(t *vistka.Token) bool {
		if !direct {
			return false
		}
		// quotes are in text order: the last one starting at or before
		// the token is the only one that can hold it.
		i := sort.Search(len(quotes), func(i int) bool { return quotes[i].Start > t.RStart })
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if q := quotes[j]; q.Direct && t.RStart >= q.Start && t.REnd <= q.End {
				return true
			}
		}
		return false
	}
	out = append(out, f.plots(quotes)...)
	var trigs []trig
	consumed := map[int]bool{}
	names := nameCursor{f: f, at: -1}
	for i := range f.toks {
		t := &f.toks[i]
		if inQuote(t) && !f.quotedThreat(i) || names.inName(i) {
			continue
		}
		if strings.HasPrefix(t.Tag, "verb") && f.inQuotedText(i) && !f.quotedFigure(i) && !f.quotedThreat(i) {
			continue // "порадив Лаврову «не погрожувати»": words quoted, not done
		}
		v := f.verb(i)
		kept := false
		if b := f.reflexiveLight(i); b != "" {
			v = b // "проводиться мобілізація": the light verb's passive with its noun
		}
		if (v == "проголосувати" || v == "голосувати") && i+2 < len(f.toks) && f.low(i+1) == "за" {
			// "проголосували за розірвання договору": what the vote
			// approved, when it names an event
			if _, ok := pairs["схвалити"][f.low(i+2)]; ok {
				v = "схвалити"
			}
			if f.voteToKeep(i + 2) {
				v, kept = "підтримати", true // "проголосували за те, щоб залишити його на посаді"
			}
		}
		passive := false
		agented, doneTo := false, ""
		if v == "" && !strings.HasPrefix(t.Tag, "adj") {
			continue // no verb and no participle: most tokens, which none of the tests below need see
		}
		if v == "" {
			// "він був арештований", "був притягнений до
			// відповідальності": a passive participle names the event
			// with its subject as the one it was done to.
			v, passive = f.passiveVerb(i), true
			if v == "" {
				v = f.setOffParticiple(i)
			}
			if v == "" {
				// "Чоловік, затриманий поліцією, зізнався": set off
				// after its noun, with its doer
				v, doneTo = f.agentedParticiple(i)
				agented = v != ""
			}
		} else if undergone[v] {
			passive = true // "посадовці підозрюються у розтраті"
		} else if b := f.reflexivePassive(i); b != "" {
			v, passive = b, true // "Харків обстрілюється російськими військами"
		}
		if v == "" {
			continue // no verb: most tokens, which the tables below need not be asked about
		}
		if f.unstated(i, v) {
			continue
		}
		k, ok := verbs[v]
		// v's key in the Sieves below, taken once: this function is too
		// big for May to be inlined into it, and Has is (see scan.SieveKey).
		vk := scan.KeyOf(v)
		if (v == "оцінити" || v == "оцінювати") && i > 0 && f.low(i-1) == "високо" {
			k = kind{"SUPPORT", ""} // "високо оцінив мужність українців": praise
		}
		if (v == "передати" || v == "передавати") && !strings.Contains(t.Tag, ":inf") && f.unitGiven(i) {
			k, ok = kind{"AID", ""}, true // "волонтери передали 95-й бригаді два позашляховики": goods given to a unit
		}
		if (v == "прийти" || v == "приходити") && i+2 < len(f.toks) && f.low(i+1) == "на" && f.low(i+2) == "допомога" {
			k, ok = kind{"AID", ""}, true // "прийшли на допомогу армії": aid given
			consumed[i+2] = true
		}
		if (v == "надійти" || v == "надходити") && f.aidFormFrom(i) != "" {
			k, ok = kind{"AID", ""}, true // "Кошти надійдуть у вигляді гранту від Японії": money that arrives as aid
		}
		if f.measuresThreatened(i, v) || f.answersInKind(i, v) || f.answerPromised(i, v) {
			// "Пекін ухвалить «рішучі заходи»", "вживе заходів у
			// відповідь", "Москва відповідатиме дзеркально":
			// countermeasures promised
			k, ok = kind{"THREATEN", ""}, true
		}
		if (v == "залишитися" || v == "залишатися" || v == "залишити" || v == "залишати") && f.notUnanswered(i) {
			k, ok = kind{"THREATEN", ""}, true // "такі дії не залишаться без відповіді": a threat of a response
		}
		if (!ok || k.typ == "") && strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") && f.inProtest(i) {
			k, ok = kind{"PROTEST", ""}, true // "залишили сесійну залу на знак протесту": an act of protest
		}
		if (v == "призначити" || v == "оголосити") && f.inquiryOrdered(i) {
			k, ok = kind{"ACCUSE", ""}, true // "оголосила позапланову перевірку", "призначили службове розслідування"
		}
		if (v == "дати" || v == "давати") && i+2 < len(f.toks) && f.low(i+1) == "високий" && f.low(i+2) == "оцінка" {
			k, ok = kind{"SUPPORT", ""}, true // "дав високу оцінку діям уряду": praise
		}
		if ok && (k.typ == "AGREE" && !f.withPartner(i) || k.typ == "REJECT") && strings.Contains(t.Tag, ":inf") && f.forcedTo(i) {
			// "змусили засуджених підписати зобов'язання": a pledge
			// signed under force is no agreement (a treaty one was made
			// to sign with another side is: "примусило Хмельницького
			// укласти з Польщею договір"); "змусила його відмовитися
			// від концерту": a refusal forced is no one's rejection
			continue
		}
		if strings.Contains(t.Tag, ":inf") && f.mayDo(i) {
			continue // "рада матиме право зобов'язати кандидата": what one may do, not what was done
		}
		if strings.Contains(t.Tag, ":inf") && f.dutyBound(i) {
			continue // "замовник зобов'язаний відхилити пропозицію": a duty, not what was done
		}
		if (v == "виконати" || v == "виконувати") && f.complianceRefused(i) {
			k, ok = kind{"REJECT", ""}, true // "заявила, що не виконуватиме її": a ruling refused
		}
		if (v == "назвати" || v == "називати") && f.calledBreach(i) {
			k, ok = kind{"ACCUSE", ""}, true // "назвав рішення Будапешта порушенням угоди": an accusation
		}
		if (v == "назвати" || v == "називати") && f.calledVoid(i) {
			k, ok = kind{"REJECT", ""}, true // "рішення суду назвали нікчемним": a decision rejected
		}
		if v == "назвати" && f.falseClaimAt(i) >= 0 {
			k, ok = kind{"REJECT", ""}, true // "назвав фейком заяви Москви": a claim denied
		}
		if listerSieve.Has(vk) && listers[v] && f.outlawList(i) >= 0 {
			k, ok = kind{"COERCE", ""}, true // "занесли до переліку терористів": blacklisted
		}
		if listerSieve.Has(vk) && listers[v] && f.sanctionList(i) >= 0 {
			k, ok = kind{"SANCTION", ""}, true // "внесла до санкційного списку": sanctioned
		}
		switch v {
		case "доручити", "доручати":
			if !f.taskSet(i) {
				continue // "доручили йому справу": a matter entrusted, no task asked
			}
		case "зізнатися", "зізнаватися":
			if i+1 < len(f.toks) && !isPrep(&f.toks[i+1]) && !endsSentence(&f.toks[i+1]) {
				continue // "зізнається, що здійснив мрію": speech, not a confession of guilt
			}
		case "зателефонувати":
			if f.calledService(i) {
				continue // "зателефонував до чергової частини поліції": a call reporting something, not talks
			}
			if i > 0 && strings.Contains(t.Tag, ":inf") && (f.low(i-1) == "можливість" || f.low(i-1) == "змога") {
				continue // "позбавити її можливості зателефонувати рідним": a call that may not be made
			}
			if f.byCriminals(i) {
				continue // "якому зателефонували шахраї": the means of a fraud, not talks
			}
		case "рекомендувати", "порекомендувати":
			if !f.advisedBody(i) {
				continue // "рекомендують мешканцям зачинити вікна": advice to the public, no request
			}
		case "відібрати", "відбирати":
			if !f.takenFrom(i) {
				continue // "відібрали 20 учасників": chosen, nothing taken
			}
		case "забрати", "забирати":
			if !f.propertyTaken(i) {
				continue // "забрали дітей зі школи", "забрав зерно з поля": fetched, nothing seized
			}
		case "замовити", "замовляти":
			if !f.orderedFrom(i) {
				continue // "замовили 34 тонни добрив": an order from no one named
			}
		case "допустити", "допускати":
			if !f.barredFrom(i) {
				continue // "допустили до участі ТОВ «Альфа»", "не допустити порушень": no one kept out
			}
		case "акцептувати":
			if !f.acceptedBid(i) {
				continue // "акцептувати рахунок": a payment, no agreement
			}
		case "виправдати":
			if !f.courtBefore(i) || f.quashedBefore(i) {
				// "виправдали сподівання": no court, no acquittal; "скасував
				// вирок … та виправдав його": the quashing is the event
				continue
			}
		case "побити", "зв'язати":
			if !f.personBound(i) {
				continue // "побили рекорд", "зв'язали з ним": no one assaulted
			}
		case "обуритися", "обурюватися":
			if !f.entityAhead(i) || f.attributesQuote(i) {
				// ("«Я ветеран, мені 74 роки», – обурюється пан Богдан":
				// the words quoted are the outrage, at no one named)
				continue // "глядачі обурилися ціною квитків": outrage at no one named
			}
		case "викрити", "викривати":
			if !f.entityAhead(i) && !f.gangAhead(i) {
				continue // "поліція викрила кол-центр": exposed, with no one named accused
			}
		case "воювати", "битися":
			if !f.foughtAgainst(i) {
				continue // "воював в Афганістані", "воювати на боці російської армії": no enemy named
			}
		case "домагатися", "домогтися":
			if !f.soughtAnnulment(i) {
				continue // "домагалася підвищення зарплати": no one's act contested
			}
		case "впіймати", "спіймати", "піймати", "зловити":
			if !f.caughtAt(i) {
				continue // "рибалка впіймав щуку", "зловили на кордоні": no wrongdoing named
			}
		case "змусити", "змушувати", "примусити", "примушувати":
			if !f.byForce() && !f.madeToGiveUp(i) {
				continue // "змусили воротаря попрацювати": made to, not coerced
			}
		case "закидати", "закинути":
			if !f.reproachedTo(i) {
				continue // "аграрії закидали будівлю Європарламенту яйцями": thrown at, no reproach
			}
		case "наполягати", "наполягти":
			if (i+2 >= len(f.toks) || f.toks[i+1].Text != "," || f.low(i+2) != "щоб") && !f.insistedOnAct(i) {
				continue // "наполягає на своїй невинуватості": insisting, no demand
			}
		case "продовжити", "продовжувати", "подовжити", "подовжувати":
			if i > 0 && f.low(i-1) == "не" {
				continue // "не продовжила обмеження на імпорт": restrictions let lapse, none imposed
			}
		case "попередити", "застерегти":
			if (i+1 >= len(f.toks) || f.entityAt(i+1) == "" || !hasCase(&f.toks[i+1], "v_zna")) && !f.warnedOfUnmet(i) && !f.warnedOfOwnAct(i) {
				continue // "синоптики попередили про наслідки негоди": a warning to no one named, no threat
			}
		case "узгодити":
			if !f.withPartner(i) && !strings.HasSuffix(t.Tag, ":p") && !strings.Contains(t.Tag, ":p:") {
				continue // "громада узгодила перейменування села": one side's approval, no agreement between sides
			}
		case "прилетіти", "прилітати":
			if f.weaponBefore(i) || f.weaponAfter(i) {
				continue // "ракета прилетіла у житловий будинок": a hit, no visit
			}
		case "припинити", "припиняти":
			if strings.Contains(t.Tag, ":inf") && (i == 0 || !strings.HasPrefix(f.toks[i-1].Tag, "verb")) {
				continue // "протестуючи проти рішення уряду припинити фінансування": whose decision, the words around tell
			}
		case "покарати":
			if !strings.Contains(t.Tag, ":past") && !passive {
				continue // "Чи не покарає їх за це Бог?": a punishment wondered about, none done
			}
		case "перевірити", "перевіряти", "з'ясувати", "з'ясовувати":
			if (v == "з'ясувати" || v == "з'ясовувати" || !f.checkedForPart(i) && !f.investigatorChecks(i)) && !f.checkedWhether(i) {
				continue // "перевірили якість доріг": no one suspected
			}
			k = kind{"ACCUSE", ""} // "міліція перевіряє його на причетність до інших злочинів"
		}
		if (comerSieve.Has(vk) && comers[v] || v == "з'явитися" || v == "з'являтися") && !passive && f.withPlacards(i) {
			// "у сесійній залі з'явились мешканці гуртожитку з плакатами",
			// "прийшли до парламенту з транспарантами": a protest
			k, ok = kind{"PROTEST", ""}, true
		}
		if driveSieve.Has(vk) && drives[v] && !passive && f.forcedHere(i) && f.sentPeople(i, false) >= 0 {
			// "Селян почали силоміць заганяти до колгоспів": people
			// driven by force
			k, ok = kind{"COERCE", ""}, true
		}
		if expelSieve.Has(vk) {
			if heldOnly, sends := expels[v]; sends && !passive && f.sentPeople(i, heldOnly) >= 0 {
				// "Заарештованих татар відсилали на вокзал", "вислали з
				// країни журналіста": people sent away by force
				k, ok = kind{"COERCE", ""}, true
			}
		}
		if v == "перебувати" && f.stayedForTalks(i) {
			// "Свириденко перебувала в Ряшеві, де зустрілася з
			// маршалком": a stay there for talks is a visit, by the
			// subject (not one undergone, as перебуває у розшуку)
			k, ok, passive = kind{"CONSULT", "visit"}, true, false
		}
		partner := ""
		if jointSieve.Has(vk) && jointVerbs[v] && !passive && (v != "взяти" && v != "брати" || f.partTaken(i)) {
			// "парк разом із WWF реалізував проект": a joint undertaking
			if partner = f.together(i); partner != "" {
				k, ok = kind{"COOPERATE", ""}, true
			}
		}
		if buySieve.Has(vk) && buys[v] && !ok && f.boughtFromFirm(i) >= 0 {
			// "техніку придбали у ТОВ «Альфа»": a purchase from a firm is
			// its contract, like an order
			k, ok = kind{"AGREE", ""}, true
		}
		if buySieve.Has(vk) && buys[v] && !ok && f.effortsAt(i, len(f.toks)) >= 0 && f.boughtFor(i, len(f.toks)) != "" {
			// "придбали для потреб райвідділу зусиллями міської ради":
			// bought for someone by others
			k, ok = kind{"AID", ""}, true
		}
		if v == "" || !ok && pairs[v] == nil {
			continue
		}
		if v == "мати" && i+1 < len(f.toks) && strings.Contains(f.toks[i+1].Tag, ":inf") {
			continue // "має провести переговори": a modal, the infinitive's pair tells it
		}
		if f.anyoneWho(i) {
			continue // "закликав тих, хто ще не підписав конвенцію": whoever it is, no one named did it
		}
		if (v == "підписати" || v == "підписувати") && f.pronounObject(i) && !f.signedBefore(i) {
			continue // "Тепер його має підписати президент": the law just told, no agreement
		}
		if hosts[v] && (!f.personObject(i) || f.decisionFirst(i)) && !f.delegationObject(i) && !f.credentials(i) && !f.partTaken(i) && !f.allocationDecided(i) {
			continue // прийняти закон, приймати рішення: no meeting
		}
		agreeing := agreeVerbs[v] // (asked three times below)
		joint := false            // a joint undertaking agreed: cooperation besides the agreement (see below)
		if agreeing && i+2 < len(f.toks) && (f.low(i+1) == "спільно" || f.low(i+1) == "разом") && strings.Contains(f.toks[i+2].Tag, ":inf") {
			// "домовилися спільно провести серію лекцій": an agreement
			// to work together, both the accord and the joint work
			k, ok, joint = kind{"AGREE", ""}, true, !f.eventInfinitive(i+2)
		} else if agreeing && f.regularTalks(i+1) {
			k, ok = kind{"COOPERATE", ""}, true // "домовилися двічі на рік проводити спільні консультації"
		} else if (v == "запросити" || v == "запрошувати") && f.intoWorkingBody(i) {
			k, ok = kind{"COOPERATE", ""}, true // "запросив екологів до робочої групи": to work together
		} else if (v == "відмовитися" || v == "відмовлятися") && f.ownWords(i) {
			continue // "не відмовився від жодного свого рядка": one's own words kept or retracted, no one rejected
		} else if (v == "відмовитися" || v == "відмовлятися") && f.refusedThing(i) && !f.gaveUp(i) {
			// "довго відмовлявся від книги", "відмовилася від цукру":
			// something given up or turned down that no one proposed,
			// demanded or decided, no one rejected
			continue
		} else if (v == "відмовитися" || v == "відмовлятися") && f.ownClaim(i) && !f.gaveUp(i) {
			// "від мерських амбіцій відмовився Луценко": one's own
			// ambitions or card given up, no one rejected (a seat or
			// land given up concedes: see gaveUp)
			continue
		} else if (v == "заперечити" || v == "заперечувати") && f.ownInvolvement(i) {
			continue // "заперечує свою причетність до групи": a denial of one's part, no one rejected
		} else if (v == "заперечити" || v == "заперечувати") && f.thatClause(i) {
			continue // "не заперечував, що співав за гроші": what is said is so or not, no one rejected
		} else if (v == "закликати") && f.workSays(i) {
			continue // "вірші, що закликають українців до боротьби": a work's call, no one's request
		} else if (v == "погодитися" || v == "погоджуватися") && f.settledOnLess(i) {
			continue // "суддя погодився лише на 30 млн гривень": a lesser sum settled, no accord
		} else if (v == "погодитися" || v == "погоджуватися") && f.agreedToInterview(i) {
			continue // "погодився на інтерв'ю": consent to talk to a journalist, no agreement
		} else if agreeing && f.eventInfinitive(i+1) && !f.steeredAgreed(v, i+1) {
			continue // "домовилися співпрацювати", "погодився виділити": the infinitive tells what
		} else if (v == "погодитися" || v == "погоджуватися") && i+1 < len(f.toks) && strings.Contains(f.toks[i+1].Tag, ":inf") {
			if posts[f.verb(i+1)] {
				continue // "погодився очолити департамент": a post taken, nothing conceded
			}
			k, ok = kind{"CONCEDE", ""}, true // "Україна погодилася запровадити ліцензування": a concession
			if f.contributed(i + 1) {
				k = kind{"AID", ""} // "Світовий банк погодився внести до фонду 300 млн доларів": a contribution
			}
		}
		if (v == "відмовитися" || v == "відмовлятися") && f.gaveUp(i) {
			k, ok = kind{"CONCEDE", ""}, true // "держлісгосп планує відмовитися від 4,25 тис гектарів угідь": land given up
		}
		if f.teamWithheld(i) {
			k, ok = kind{"PROTEST", ""}, true // "вирішила не направляти збірну на чемпіонат": a boycott
		}
		if (v == "відмовитися" || v == "відмовлятися") && f.refusedWork(i+1) {
			k, ok = kind{"PROTEST", ""}, true // "шахтарі відмовляються підніматися на поверхню", "лікарі відмовилися працювати": a strike
		}
		tr := trig{at: i, noun: -1, k: k, verb: true, passive: passive, partner: partner, kept: kept, agented: agented, doneTo: doneTo}
		objs := lightVerbs[v] // the nouns of a light verb, which the tests below ask for again and again
		if objs != nil {
			reach := 7
			if gives[v] {
				reach = 9 // "виділити Україні ще 0,25% ВВП на військову допомогу"
			}
			if responds[v] {
				reach = 9 // past what is answered: "відреагували на цей лист московського батюшки акцією"
			}
			if v == "звернутися" || v == "звертатися" || v == "подати" || v == "написати" || v == "надіслати" || v == "надсилати" {
				// "звернувся до генерального директора МАГАТЕ Рафаеля Гроссі
				// з проханням", "подала до Міжнародного арбітражного суду
				// … в Парижі новий позов"
				reach = 13
			}
			if v == "мати" {
				reach = 2 // "мав телефонну розмову з X" (not "має прибути на зустріч", a modal)
			}
			if (v == "отримати" || v == "отримувати") && f.sumBeforeAid(i) {
				reach = 9 // past the giver and the sum: "отримають від міста по 100 тисяч гривень допомоги"
			}
			if v == "завдати" {
				reach = 9 // past the target and a count: "завдала по об'єктах енергетики понад 20 масованих ударів"
			}
			addressed := reach == 13 // a verb that addresses someone before what it asks
			named := 0               // the words of names past their first, which count as one word
			for j := i + 1; j < len(f.toks) && j <= i+reach+named; j++ {
				if e := f.entityAt(j); e != "" && e == f.entityAt(j-1) && f.spanOf(j) == f.spanOf(j-1) && !slices.Contains(objs, f.low(j)) {
					// a name counts as one word: "отримав від Фонду
					// «Брейв1» грант"
					named++
					continue
				}
				if j-named > i+5 && !f.modifiers(i+1, j) && reach == 7 {
					break // "провели перші з 2022 року прямі переговори"
				}
				inTitle := addressed && f.spanOf(j) != nil && f.spanOf(j) == f.spanOf(j-1)
				if inTitle {
					// "надіслав лист в. о. начальника Державної інспекції
					// контролю за цінами у Хмельницькій області Дмитру
					// Ягодину з проханням": the addressee's title and body,
					// however long, count as one word, their points too
					reach++
					continue
				}
				if f.toks[j].Kind == vistka.Punct && !f.adjComma(j) && f.entityAt(j) == "" {
					break // (not the full stop of an initial inside a name: "до С . Кравченка")
				}
				if slices.Contains(objs, f.low(j)) && strings.HasPrefix(f.toks[j].Tag, "noun") && nouns[f.low(j)].typ == "AID" && j > 0 && f.low(j-1) == "за" {
					break // "отримає 1,3 млн євро за допомогу з запуском": paid for help, not given aid
				}
				if (v == "відправити" || v == "відправляти") && f.low(j) == "допомога" && j > 0 && f.low(j-1) == "на" {
					break // "відправити судді на допомогу іншим": people sent to help, no aid given
				}
				lw := f.low(j)
				if lw == "мито" && !f.importTariff(j) {
					continue // "ввів мито на експорт соняшнику": a tax on one's own goods
				}
				if (v == "погодити" || v == "погоджувати") && loanNouns[lw] && !f.lentTo(i, j) {
					continue // "сторони погодили кредит на 400 млн євро": an agreement, not aid
				}
				if lw == "захід" && j > 0 && f.low(j-1) == "обмежувальний" {
					lw = "обмеження" // "запровадила обмежувальні заходи": restrictions, sanctions
				}
				if approvals[v] && lw == "виплата" && strings.HasPrefix(f.toks[j].Tag, "noun") && f.lentTo(i, j) {
					// "Рада ЄС затвердила виплату Україні 3,05 млрд
					// євро": a payment approved for one named is aid (of
					// pensions or wages to no one named, none)
					tr.noun, tr.k = j, kind{"AID", ""}
					consumed[j] = true
					break
				}
				if v == "завершити" && nouns[lw].typ == "CONSULT" && nouns[lw].mode == "meet" && !f.talksEnded(i, j) {
					continue // "завершили переговори щодо угоди": no partner named
				}
				if lw == "рекомендація" && !f.recommendedTo(i, j) {
					continue // "міністерство лише надає методичні рекомендації": to no one named
				}
				if slices.Contains(objs, lw) && nouns[lw].typ == "SUPPORT" && hasCase(&f.toks[j], "v_rod") && f.underPrepNoun(j) {
					continue // "надала кошти в рамках програми підтримки": the name of a programme the act falls under (goods given under one are still aid)
				}
				if slices.Contains(objs, lw) && strings.HasPrefix(f.toks[j].Tag, "noun") && f.eventNoun(j) && (!lightNear[v] || f.aboutNoun(i, j)) {
					tr.noun = j
					consumed[j] = true
					// The noun says what the event is when the verb says
					// nothing, something else (ухвалити санкції), or
					// less (прибути з візитом).
					if nk := nouns[lw]; k.typ == "" || k.typ != nk.typ || nk.mode != "" {
						tr.k = nk
					}
					if v == "перебувати" {
						tr.passive = false // "перебуває з візитом у Вашингтоні": the guest visits
					}
					if (v == "спрямувати" || v == "спрямовувати") && f.low(j) == "підтримка" {
						tr.k = kind{"AID", ""} // "спрямує на підтримку України 100 млн євро": money
					}
					if f.low(j) == "підтримка" && j > 0 && materialAid[f.low(j-1)] {
						tr.k = kind{"AID", ""} // "надавати фінансову підтримку метрополітену": money or goods
					}
					if f.low(j) == "навчання" && !f.jointDrill(j) {
						tr.k = kind{"MOBILIZE", ""} // "провела навчання ядерних сил": a show of force
					}
					if f.low(j) == "перевірка" && j+1 < len(f.toks) && (strings.HasPrefix(f.low(j+1), "боєготовн") || strings.HasPrefix(f.low(j+1), "боєздатн")) {
						tr.k = kind{"MOBILIZE", ""} // "провела перевірку боєготовності військ": forces readied
					}
					break
				}
			}
		}
		// Sanctions put into force by a decision or a decree ("увів у дію
		// рішення РНБО про застосування санкцій", "ухвалила рішення про
		// санкції"): the decision itself is no event of its own below.
		// A thing set on fire named before the verb and its pronoun
		// ("облили пікап бензином і підпалили його"): not a noun of
		// where it was, after the pronoun ("у дворі будинку").
		settled := false
		if decreeVerbs[v] && !passive {
			if j := f.sanctionDecree(i); j >= 0 && (tr.noun == j || tr.noun < 0 && !consumed[j]) {
				tr.noun, tr.k, settled = j, nouns[f.low(j)], true
				consumed[j] = true
			}
		}
		if v == "підпалити" || v == "підпалювати" {
			if j := f.pronounObjectBefore(i, pairs[v]); j >= 0 && !consumed[j] {
				tr.noun, tr.k, settled = j, pairs[v][f.low(j)], true
				consumed[j] = true
			}
		}
		if tr.noun < 0 && objs != nil && !passive {
			// "Допомогу Україні надала Японія", "Нові санкції проти
			// Росії запровадила Канада": the event noun opens the
			// clause as the object
			if j := f.lightBefore(i, objs); j >= 0 && !consumed[j] {
				tr.noun, tr.fronted = j, true
				consumed[j] = true
				if nk := nouns[f.low(j)]; k.typ == "" || k.typ != nk.typ || nk.mode != "" {
					tr.k = nk
				}
			} else if j := f.joinProtestBefore(i, v, objs); j >= 0 && !consumed[j] {
				// "У середу до протесту приєдналися бригади з Черкаської
				// області": what they joined opens the clause, the
				// joiners after the verb
				tr.noun, tr.fronted, tr.k = j, true, nouns[f.low(j)]
				consumed[j] = true
			}
		}
		if tr.noun < 0 && (v == "повідомити" || v == "повідомляти") {
			// "Про підозру повідомлено начальнику відділу", "Про
			// підозру у хабарництві повідомили двом поліцейським": the
			// notice put first
			if j := f.suspicionBefore(i); j >= 0 && !consumed[j] {
				tr.noun, tr.k, tr.fronted = j, nouns[f.low(j)], true
				consumed[j] = true
			}
		}
		if tr.noun < 0 && undergone[v] {
			if n := f.underBefore(i, objs); n >= 0 && !consumed[n] {
				// "Під підозру потрапили Novus та Ашан", "Під нові
				// санкції ЄС потрапили …": the measure put before the
				// verb, its subjects after it (see namesAfter), whose
				// measure it is right after it (see nounOwner)
				tr.noun, tr.k = n, nouns[f.low(n)]
				consumed[n] = true
			}
		}
		if tr.noun < 0 && objs != nil && passive && i >= 2 && f.toks[i-1].Text == "," &&
			slices.Contains(objs, f.low(i-2)) && strings.HasPrefix(f.toks[i-2].Tag, "noun") && f.eventNoun(i-2) && agree(&f.toks[i-2], t) {
			// "Ці вимоги, висунуті коаліцією … до Верховної Ради": the
			// noun the participle set off after it tells of
			tr.noun, tr.k, tr.setOff = i-2, nouns[f.low(i-2)], true
			consumed[i-2] = true
		}
		if tr.noun < 0 && objs != nil && passive && i >= 2 && f.toks[i-1].Text == "," {
			// "У провадженні щодо посадовців ради, розпочатому
			// поліцією": the noun with whom it concerns before the comma
			// (no agreement asked: the tagger reads "розпочатому" after
			// "провадженні" as masculine dative)
			if j := f.concernedBefore(i-1, objs); j >= 0 && !consumed[j] {
				tr.noun, tr.k, tr.setOff = j, nouns[f.low(j)], true
				consumed[j] = true
			}
		}
		if tr.noun < 0 && objs != nil {
			// "акцій протесту, які профспілка проводила": the event noun
			// the relative clause of the light verb stands for
			if j := f.relativeObject(i, objs); j >= 0 && !((v == "погодити" || v == "погоджувати") && loanNouns[f.low(j)] && !f.lentTo(i, i)) {
				// ("кредиту ЄБРР, який банк погодив для «Нафтогазу»": a
				// loan agreed for a borrower named is aid, as after the
				// verb; see lentTo)
				tr.noun, tr.k = j, nouns[f.low(j)]
				consumed[j] = true
			}
		}
		if tr.noun < 0 && (v == "звернутися" || v == "звертатися") {
			tr.noun = f.withAskBefore(i)
			if tr.noun >= 0 {
				tr.k = nouns[f.low(tr.noun)]
				consumed[tr.noun] = true
			}
		}
		if tr.noun < 0 && receives[v] {
			// "Україна отримала від ЄС 3,1 млрд євро": money received
			// from a named giver; "отримала 1,8 млн грн за ремонт" or
			// "вугілля на 167 млн грн" is payment and trade
			end := i + 1
			for end < len(f.toks) && end <= i+9 && f.toks[end].Kind != vistka.Punct {
				end++
			}
			g := f.giver(i+1, end)
			if g == "" {
				g = f.peopleGiver(i+1, end) // "отримала від партнерів 9,4 млрд доларів"
			}
			if g != "" && f.ents.Type(g) != "PERS" {
				for j := i + 1; j < end; j++ {
					if l := f.low(j); l == "за" || l == "на" {
						break
					}
					if f.spanType(j) == "MON" || currencies[f.low(j)] {
						if !f.sumPaidFor(j) {
							tr.k = kind{"AID", ""}
						}
						break
					}
					if (materiel[f.low(j)] || f.buildingMaterials(j)) && strings.HasPrefix(f.toks[j].Tag, "noun") && f.entityAt(j) == "" && !f.ofOtherThing(j) {
						// "Україна отримала від Німеччини ще одну систему
						// Patriot", "отримала від Данії винищувачі": goods
						// from a named giver
						tr.k = kind{"AID", ""}
						break
					}
				}
				if tr.k.typ == "" && f.materielBefore(i) {
					tr.k = kind{"AID", ""} // "Пожежні каски … отримали вогнеборці від міської ради": goods received
				}
				if tr.k.typ == "" && f.sumBefore(i) {
					tr.k = kind{"AID", ""} // "Ще 40 млн євро на відновлення станцій компанія отримала від уряду Норвегії"
				}
				if f.contractFrom(i, end, g) {
					tr.k = kind{"AGREE", ""}
				}
			}
			if f.givenForUse(i, end) {
				tr.k = kind{"AGREE", ""} // "отримали в користування від міської влади 32 маршрути"
			}
		}
		if tr.noun < 0 && gives[v] {
			// "Оттава виділить Україні 5 млрд доларів": money given
			// (to someone: "спрямувала 13,5 млрд грн на ремонт" is spending)
			// "спрямувати 2 млрд євро на боєприпаси для України";
			// "Житомирській області було виділено 5 млн грн"
			dative := f.forCountry(i) || f.dativeBefore(i) != "" || f.dativeBodyBefore(i) >= 0 || f.relativeDative(i) >= 0
			// (people in the dative put first, "Пораненим бійцям передали
			// генератори", are given goods; money paid them, "Адвокатам
			// перерахували 950 тис грн", may be a fee)
			peopleOnly := !f.forCountry(i) && f.dativeBefore(i) == "" && f.dativeBodyBefore(i) >= 0 && !f.dativeBody(f.dativeBodyBefore(i))
			lim := i + 7
			if i+1 < len(f.toks) && f.low(i+1) == "на" {
				lim = i + 9 // past a purpose put first: "виділив на зимову підтримку громад понад 4,2 млрд єн"
			}
			if f.forNeedsOf(i) {
				tr.k = kind{"AID", ""} // "передадуть на потреби 95-ї бригади"
			}
			if tr.k.typ == "" && f.dativeBefore(i) != "" && f.sumFronted(i) {
				// "Фінансування у розмірі 4,5 млн євро Молдові надасть
				// уряд Естонії": the sum and the one given it put first
				tr.k = kind{"AID", ""}
			}
			people := f.peopleAfter(i)              // "передав військовим 50 дронів"
			frontedTo := f.dativeBodyBefore(i) >= 0 // "Фермерам передали два трактори": the ones given first
			for j := i + 1; j < len(f.toks) && j <= lim && f.toks[j].Kind != vistka.Punct && tr.k.typ == ""; j++ {
				if e := f.entityAt(j); e != "" && e == f.entityAt(j-1) {
					// a name counts as one word: "передало Державній службі
					// України з надзвичайних ситуацій 14 машин"
					lim++
				}
				if f.low(j) == "за" && j+1 < len(f.toks) && (f.spanType(j+1) == "MON" || f.toks[j+1].Kind == vistka.Number) {
					break // a price: "пообіцяв директору … за $31 тис неправомірної вигоди вплинути"
				}
				// (the tagger may read "області" right after the verb as a genitive)
				dative = dative || hasCase(&f.toks[j], "v_dav") && (f.entityAt(j) != "" || f.dativeBody(j)) || j == i+1 && hasCase(&f.toks[j], "v_rod") && f.dativeBody(j) ||
					j == i+2 && f.quotedDative(j) || j == i+1 && (f.dativeOfTwo(j) || f.abbrDative(j))
				if (f.spanType(j) == "MON" || currencies[f.low(j)]) && dative && (!peopleOnly || f.aidNounBetween(i, j)) || (materiel[f.low(j)] || gifts[f.low(j)] || f.buildingMaterials(j)) && strings.HasPrefix(f.toks[j].Tag, "noun") && (dative || f.dativeAfterGoods(j) || people >= 0 && f.goodsAfterPeople(people, j)) ||
					frontedTo && f.thingNoun(j) {
					// "виділить Україні 5 млрд доларів", "передасть
					// Україні дві системи ППО"; goods, not money (a wage
					// or a fee), given people named by their noun:
					// "Фонд передав військовим 50 дронів"
					tr.k = kind{"AID", ""}
					break
				}
				if rescuers[f.low(j)] && strings.HasPrefix(f.toks[j].Tag, "noun") && (hasCase(&f.toks[j], "v_zna") || hasCase(&f.toks[j], "v_rod")) {
					// "Словаччина направила до Ужгорода 40 рятувальників":
					// help sent by another state (see donor)
					tr.k, tr.donor = kind{"AID", ""}, true
					break
				}
				if (f.spanType(j) == "MON" || currencies[f.low(j)]) && !dative && f.dativeAfterSum(j) {
					// "Уряд у п'ятницю виділив 2 млрд гривень
					// прифронтовим громадам": the one given the sum
					// named right after it
					tr.k = kind{"AID", ""}
					break
				}
				if (f.spanType(j) == "MON" || currencies[f.low(j)] && slices.ContainsFunc(f.toks[max(i+1, j-3):j], func(t vistka.Token) bool { return t.Kind == vistka.Number })) && !dative {
					// "Світовий банк виділить 100 млн доларів на
					// відновлення шкіл": aid when a donor gives it
					tr.k, tr.donor = kind{"AID", ""}, true
					break
				}
			}
		}
		if tr.k.typ == "" && gives[v] && f.givenToPeople(i) {
			tr.k, tr.donor = kind{"AID", ""}, true // "Болгарія передасть українським полярникам два снігоходи"
		}
		if (tr.k.typ == "" || tr.k.typ == "AID" && tr.donor) && gives[v] && f.fundsGiven(i) {
			// "Уряд виплатить кожному звільненому по 100 тис. грн": money
			// given to someone named, whoever gives it
			tr.k, tr.donor = kind{"AID", ""}, false
		}
		if tr.k.typ == "" && gives[v] && f.givenFree(i) {
			tr.k = kind{"AID", ""} // "безкоштовно надаватиме юридичну консультацію громадам"
		}
		if tr.k.typ == "" && (v == "надати" || v == "надавати") && f.freeAfter(i) {
			tr.k = kind{"AID", ""} // "надало сучасне обладнання міському центру безкоштовно"
		}
		if tr.k.typ == "" && (v == "компенсувати" || v == "компенсовувати") && f.costCovered(i) {
			tr.k = kind{"AID", ""} // "компенсуватиме 70% вартості путівок для дітей пільгових категорій"
		}
		if tr.k.typ == "" && gives[v] && f.goodsDativeBefore(i) >= 0 {
			tr.k = kind{"AID", ""} // "Ще два автобуси громаді передало Міністерство": the goods and the one given them first
		}
		if tr.k.typ == "" && gives[v] && f.givenBefore(i) {
			tr.k, tr.donor = kind{"AID", ""}, true // "Ще два автотрансформатори передасть Литва": the object first
		}
		if tr.k.typ == "" && (v == "виплатити" || v == "виплачувати") && f.wagesPaid(i) {
			tr.k = kind{"AID", ""} // "вирішив виплатити тренерам їхній оклад": pay given to those named
		}
		if tr.k.typ == "" && (v == "подарувати" || v == "дарувати") && f.giftAfter(i) {
			tr.k = kind{"AID", ""} // "подарував рятувальникам квадрокоптер": a gift
		}
		if tr.k.typ == "" && (v == "доставити" || v == "доставляти" || v == "доправити" || v == "доправляти") && f.suppliesAfter(i) {
			tr.k = kind{"AID", ""} // "конвой доставив у громаду продуктові набори": relief brought
		}
		if v == "прибути" || v == "прибувати" {
			if e, help := f.reliefFrom(i); e != "" {
				// "До Чернігова прибули вантажівки з обладнанням від уряду
				// Словенії": relief that arrives is its sender's aid (a
				// town that sends crews на допомогу gives too, donor or not)
				tr.k, tr.sender, tr.donor = kind{"AID", ""}, e, !help
			}
		}
		if v == "надійти" || v == "надходити" {
			if e := f.aidFormFrom(i); e != "" {
				tr.sender, tr.donor = e, true // the giver, not the money, is the doer
			}
		}
		if (v == "повернути" || v == "повертати" || v == "передати" || v == "передавати") && (tr.k.typ == "" || tr.k.typ == "AID") && f.heritageAfter(i) {
			tr.k = kind{"RETREAT", ""} // "Німеччина передала Україні понад 1200 археологічних предметів": property given back
		}
		if (v == "повернути" || v == "повертати") && tr.k.typ == "" {
			if j := f.heldIn(i); j >= 0 {
				tr.k, tr.captor = kind{"RETREAT", "release"}, f.entityAt(j)
			} else if f.toOwner(i) {
				tr.k = kind{"RETREAT", ""} // "трактор повернули власнику": property returned
			}
		}
		if objs := pairs[v]; objs != nil && !settled && !(tr.noun >= 0 && (v == "звернутися" || v == "звертатися" || v == "подати" || v == "подавати" || v == "вийти" || v == "виходити")) {
			found := false
			reach := 7
			switch v {
			case "передати", "передавати":
				reach = 11 // past the one given to: "передав Координаційному штабу з питань поводження з військовополоненими списки"
			case "визнати", "визнавати":
				reach = 13 // past the one found guilty: "визнав колишнього голову Вижницької РДА Михайла Григорчука винним"
			case "призвати", "призивати":
				reach = 11 // past where they are called to and how many: "призвати до лав Збройних сил понад 2,5 тисячі військовозобов'язаних"
			case "перекинути", "перекидати":
				reach = 11 // past where they are moved to: "перекинула до кордону з Волинською та Рівненською областями додаткові підрозділи"
			case "обрати", "обирати":
				reach = 13 // past the one it is chosen for, named by a long title: "обрав колишньому заступнику міністра розвитку громад та територій Олександру К. запобіжний захід"
			}
			for j := i + 1; j < len(f.toks) && j <= i+reach; j++ {
				if f.toks[j].Kind == vistka.Punct || strings.HasPrefix(f.toks[j].Tag, "verb") {
					break
				}
				// (building materials handed over are goods, no case's
				// papers: "передав громаді дві вантажівки будівельних
				// матеріалів")
				if pk, ok := objs[f.low(j)]; ok && !atRequest(f, j) && !f.buildingMaterials(j) && (f.low(j) != "грамота" || f.credentialWord(j) || v == "нагородити" || v == "нагороджувати" || v == "відзначити" || v == "відзначати") && (f.low(j) != "заява" || !senders[v] || f.offenceReported(j)) && (f.low(j) != "порушення" || !pointers[v] || f.pointedTo(i, j)) &&
					(f.low(j) != "нота" || !f.withDemand(j+1)) && (f.low(j) != "заморожування" || f.frozenAssets(j+1)) && (f.low(j) != "обмін" || f.captivesAfter(j+1) && f.low(j-1) != "про") && (f.low(j) != "спільний" || (f.noPrepBetween(i, j) || f.jointStarted(i, j)) && !f.proposedInfinitive(i) && (!startVerbs[v] || f.jointUndertaking(j))) && (f.low(j) != "мито" || pk.typ != "SANCTION" || f.importTariff(j)) && (f.low(j) != "такий" || f.voidsNorm(j) && !f.conductFound(i, j)) &&
					(!hosts[v] || f.decisionOf(j)) && (pk.typ != "SANCTION" || v != "внести" && v != "вносити" || f.blackList(j)) && !f.drawnUpWith(v, j) {
					if pk.typ == "" && actNouns[f.low(j)] && j+1 < len(f.toks) && (f.pairedAfter(objs, j+1, i+reach) || tr.noun > j || f.entityAt(j+1) != "" && hasCase(&f.toks[j+1], "v_rod")) {
						// "схвалила рішення про виділення", "ухвалила
						// рішення про обов'язкову евакуацію" (the light
						// verb's noun found after it): what the act is
						// about; "схвалив рішення Ізраїлю": whose act
						continue
					}
					tr.k, tr.noun = pk, j
					consumed[j] = true
					found = true
					break
				}
			}
			if !found {
				if j := f.warrantRelative(i); j >= 0 {
					// "на підставі ордера на арешт, який видав суд
					// Нью-Йорка": the warrant the relative clause tells
					// the issuing of
					tr.k, tr.noun, tr.fronted = objs[f.low(j)], j, true
					consumed[j] = true
				} else if j := f.decisionBefore(i, objs); j >= 0 {
					// "Рішення про виділення грошей на табір щороку
					// ухвалювала міська рада": the decision's noun
					// opening the clause
					tr.k, tr.noun, tr.fronted = objs[f.low(j)], j, true
					consumed[j] = true
				} else if j := f.objectBefore(i, objs); j >= 0 {
					// (its objects between it and the verb, unless it is under a
					// preposition: "Під стіни Верховної Ради вийшли")
					tr.k, tr.noun, tr.fronted = objs[f.low(j)], j, !isPrep(&f.toks[max(f.adjectivesBefore(j)-1, 0)])
					consumed[j] = true
				} else if j := f.passiveObjectBefore(i, objs, passive || strings.Contains(t.Tag, "impers") || strings.HasPrefix(t.Tag, "adv")); j >= 0 {
					// "Рішення Київради було скасоване судом", "рішення
					// міськради скасовано": the subject of a passive, the
					// object of an impersonal form (or of one the tagger
					// read as an adverb: "позов задоволено"), before it;
					// whose act it is the owner's rules find (actOwner,
					// impersonalOwner), not the whole phrase before it
					tr.k, tr.noun = objs[f.low(j)], j
					consumed[j] = true
				} else if j := f.recoveredBefore(i, v); j >= 0 {
					// "з ТОВ «Альфа» на користь міської ради стягнуто 8
					// млн грн": whom a sum is recovered from, before
					// the impersonal form
					tr.k, tr.noun = objs[f.low(j)], j
					consumed[j] = true
				} else if j := f.frontedAgainst(i); j >= 0 && (v == "виступити" || v == "виступати") {
					// "Проти діяльності полігону … виступає аеропорт":
					// what is opposed, opening the sentence
					tr.k, tr.noun = objs["проти"], j
					consumed[j] = true
				} else if j := f.frontedGoal(i, objs); j >= 0 && (v == "вийти" || v == "виходити") {
					// "Під стіни Верховної Ради та багатьох обласних рад
					// вийшли активісти": where they came out to, opening
					// the clause
					tr.k, tr.noun = objs[f.low(j)], j
					consumed[j] = true
				} else if (v == "захопити" || v == "захоплювати") && f.placeTaken(i) {
					tr.k = kind{"ASSAULT", ""} // "окупанти захопили Бахмут": a town taken, as окупували
				}
			}
		}
		if tr.noun >= 0 && tr.k.typ == "REQUEST" && (v == "підтримати" || v == "підтримувати") && f.low(tr.noun) == "звернення" && f.low(tr.noun+1) != "до" {
			// "підтримали звернення громадян": those who made it backed,
			// nothing asked of anyone named
			tr.k, tr.noun, tr.fronted = k, -1, false
		}
		if tr.noun >= 0 && tr.k.typ == "REQUEST" && (v == "передати" || v == "передавати") && !f.ownAppeal(tr.noun) {
			continue // "передав представникам МКЧХ звернення родин": another's appeal passed on
		}
		if tr.noun >= 0 && tr.k.mode == "visit" && f.low(tr.noun) == "консультація" && !strings.EqualFold(f.toks[tr.noun].Text, "консультації") {
			continue // "поїхати до Одеси на консультацію в Інститут": one seen by a doctor (talks are plural: "на консультації з колегами")
		}
		if tr.noun >= 0 && (f.low(tr.noun) == "матеріали" || f.low(tr.noun) == "матеріал") && tr.k.typ == "ACCUSE" && !f.referredToLaw(i) {
			continue // "передали матеріали до музею": sent, no one accused
		}
		if (v == "заявити" || v == "заявляти") && tr.noun > i && f.low(tr.noun) == "вимога" && !f.claimsLodged(i, tr.noun) {
			continue // "заявив про вимоги Росії": what was spoken of, no claim lodged
		}
		if (v == "заявити" || v == "заявляти") && tr.noun > i && f.low(tr.noun) == "позов" && f.low(tr.noun-1) == "про" {
			continue // "заявив про позов до фірми": what was spoken of, no claim lodged
		}
		if tr.noun >= 0 && f.low(tr.noun) == "моніторинг" && !f.procurementAfter(tr.noun+1) {
			continue // "ОБСЄ проводить моніторинг ситуації": watching, no one checked
		}
		if tr.noun > i && (f.low(tr.noun) == "провадження" || f.low(tr.noun) == "справа") && f.bankruptcyCase(tr.noun+1) {
			continue // "суд відкрив провадження у справі про банкрутство заводу": a procedure, no one accused
		}
		if (v == "видати" || v == "видавати") && tr.noun > i && f.low(tr.noun) == "ордер" && !(tr.noun+2 < len(f.toks) && f.low(tr.noun+1) == "на" && (f.low(tr.noun+2) == "арешт" || f.low(tr.noun+2) == "затримання")) {
			continue // "видав йому ордер на квартиру": a flat's warrant, no charge
		}
		if (v == "отримати" || v == "отримувати") && tr.noun >= 0 && (f.low(tr.noun) == "договір" || f.low(tr.noun) == "контракт") && !f.pricedContract(tr.noun) {
			continue // "отримала договір поштою": a paper received; "договір на 2 млн гривень отримало ТОВ «Альфа»" is one won
		}
		if (v == "звільнити" || v == "звільняти") && tr.k.mode == "release" && tr.noun > i && f.fromPost(tr.noun) {
			tr.k = kind{"COERCE", ""} // "звільнив затриманого чиновника з посади": a dismissal
		} else if v == "звільнити" && tr.k.mode == "release" && tr.noun > i && heldNow[f.low(tr.noun)] && strings.Contains(t.Tag, ":inf") {
			// "вимагають звільнити затриманих", "влада має звільнити
			// затриманих": a demand, nothing done
			continue
		}
		if (v == "звільнити" || v == "звільняти") && tr.k.typ == "COERCE" && f.ownRequest(i) {
			continue // "звільнив заступника з посади за власним бажанням": one who leaves, no one made to
		}
		if (v == "скасувати" || v == "скасовувати") && f.throughCourt(max(i-3, 0), i) {
			// "намагаються в судовому порядку скасувати угоду", "через
			// суд скасувала рішення ради": one does not cancel, one sues
			tr.k = kind{"ACCUSE", ""}
		}
		if tr.k.typ == "REJECT" && tr.noun >= 0 && strings.Contains(t.Tag, ":inf") && f.forcedTo(i) {
			continue // "змусила мера скасувати рішення": a cancellation forced is no one's rejection
		}
		if tr.k.typ == "" && (v == "запропонувати" || v == "пропонувати") && !strings.Contains(t.Tag, "pasv") && f.proposedTo(i) >= 0 {
			tr.k = kind{"REQUEST", ""} // "запропонував депутатам підтримати проєкт": what they are asked to do
		}
		if tr.k.typ == "" && violationSayers[v] && !passive && f.violationSaid(i) >= 0 {
			tr.k = kind{"ACCUSE", ""} // "заявив, що відмова ОВА є порушенням права": a violation charged
		}
		if tr.k.typ == "" && v == "визнати" && !passive && f.foundMisdeed(i) {
			tr.k = kind{"ACCUSE", ""} // "АМКУ визнав, що фірми спотворили результати торгів": a finding against them
		}
		if tr.k.typ == "" && auditFinds[v] && !passive && f.duringAudit(i) >= 0 {
			tr.k = kind{"ACCUSE", ""} // "Під час інспекції регулятор виявив, що банк …": an inspection's finding
		}
		if tr.k.typ == "ACCUSE" && auditFinds[v] {
			if j := f.duringAudit(i); j >= 0 && audits[f.low(j)] && f.auditOf(j) {
				continue // "Під час перевірки Укрзалізниці аудитори виявили порушення": the inspection of the body named tells it
			}
		}
		if tr.k.typ == "" && (v == "звернутися" || v == "звертатися") && f.turnedToAbout(i) {
			tr.k = kind{"REQUEST", ""} // "звернулася до МВС щодо вжиття заходів": an appeal
		}
		if tr.k.typ == "" && (v == "звернутися" || v == "звертатися") && f.turnedToAuthority(i) {
			tr.k = kind{"REQUEST", ""} // "мешканці звернулися до мера": an appeal to those in charge
		}
		if tr.k.typ == "" && (v == "попередити" || v == "попереджати" || v == "застерегти") && f.warnedOfOwnAct(i) {
			tr.k = kind{"THREATEN", ""} // "попередив, що може обмежити постачання газу": one's own act held over
		}
		if tr.k.typ == "" && (v == "попередити" || v == "попереджати" || v == "застерегти") && f.warnedOfUnmet(i) {
			tr.k = kind{"THREATEN", ""} // "попередила, що в разі бездіяльності влади люди перекриють шосе"
		}
		if tr.k.typ == "" {
			continue
		}
		if f.doubted(i) {
			continue // "навряд чи й федерація допомогла": doubted, not told
		}
		if f.scareQuoted(tr.noun) && v != "назвати" && v != "називати" {
			// (what one calls a claim is quoted as said: "звинувачення
			// міністра назвали «безпідставними»" denies it)
			continue // "висловили свої «співчуття»": ironic, no sympathy
		}
		if receives[v] && f.careReceived(tr.noun) {
			continue // "жителі отримуватимуть медичну допомогу": care, no one's aid
		}
		if n := tr.noun; n >= 0 && f.low(n) == "захист" && !f.defended(n) {
			continue // "виступив на захист прав людини": no one's side taken
		}
		if n := tr.noun; n >= 0 && f.low(n) == "відставка" && (v == "розповсюдити" || v == "оприлюднити" || v == "написати") && !f.statedResignation(n) {
			continue // "написав статтю про відставку міністра": someone else's, or no statement
		}
		if (v == "зацікавитися" || v == "зацікавлюватися") && !f.lawInterest(i) {
			continue // "інвестори зацікавилися проєктом": no inquiry
		}
		if n := tr.noun; n >= 0 && v == "піти" && f.low(n) == "суд" && n+1 < len(f.toks) && strings.HasPrefix(f.toks[n+1].Tag, "verb") {
			continue // "пішов у суд працювати": gone to work there, no one sued
		}
		if n := tr.noun; n >= 0 && f.low(n) == "звільнення" && !f.resigned(n) {
			continue // "подав клопотання про звільнення з-під варти": no resignation
		}
		if n := tr.noun; n >= 0 && (v == "зупинити" || v == "призупинити") && (f.low(n) == "робота" || f.low(n) == "діяльність") &&
			(n+1 >= len(f.toks) || !hasCase(&f.toks[n+1], "v_rod") || !strings.HasPrefix(f.toks[n+1].Tag, "noun") && f.entityAt(n+1) == "") {
			continue // "завод зупинив роботу": its own work, no one stopped
		}
		if (v == "влучити" || v == "влучати" || v == "поцілити") && (!f.weaponBefore(i) || f.typeBefore("ASSAULT", out) && !f.datedHit(i, out)) {
			// "м'яч влучив у ворота": only a weapon's hit is a strike; and
			// after an attack told, where its drones hit is its detail
			continue
		}
		if tr.k.typ == "ASSAULT" && (f.sportsTarget(i) || f.playTold() || f.matchMet(i)) {
			continue // "Руїс розстріляв ворота Буффона": a shot at goal; "атакували лівим флангом" in a match minute; "розгромила суперників у фіналі"
		}
		if tr.k.typ == "ASSAULT" && f.wordsAsBlows(i) {
			continue // "атакували ректорат запитами": words, no blows
		}
		if (v == "зустрітися" || v == "зустрічатися" || v == "зустрінутися") && f.matchMet(i) {
			continue // "У неділю у фіналі команди зустрілися": a match, no meeting
		}
		if tr.k.typ == "CONSULT" && f.audienceMet(i, tr.noun) {
			continue // "Письменник зустрівся з читачами": an audience, no party to talks
		}
		if (tr.k.typ == "RETREAT" || tr.k.typ == "CONCEDE") && f.playTold() {
			continue // "«Ворскла» капітулювала в компенсований час": a goal let in
		}
		if n := tr.noun; n >= 0 && heldWithOthers[f.low(n)] && !f.heldWith(n) {
			continue // "провів нараду з питань підготовки до зими": his own staff's, no one met
		}
		if (v == "зустріти" || v == "зустрічати") && f.withPlacards(i) {
			tr.k = kind{"PROTEST", ""} // "медики зустріли міністра з плакатами": a protest at the guest
		}
		if (v == "зустрітися" || v == "зустрічатися" || v == "зустрінутися") && tr.k.typ == "CONSULT" && f.manySidesMeet(i) {
			tr.k.mode = "multilateral" // "міністри оборони Японії, Філіппін, США та Австралії мають зустрітися"
		}
		if v == "зібратися" && f.officialsGather(i) && !f.gatheredToProtest(i) {
			tr.k = kind{"CONSULT", f.gatherMode(i)} // "міністри енергетики трьох країн зберуться в Бухаресті": a meeting
		} else if v == "зібратися" && !f.gatheredToProtest(i) && !f.withPlacards(i) && !(f.atSeat(i) && f.protestAround()) {
			continue // "депутати зібралися на засідання": no protest
		}
		if n := tr.noun; n >= 0 && f.low(n) == "пакет" && (v == "приєднатися" || v == "приєднуватися") &&
			(n+1 >= len(f.toks) || f.low(n+1) != "санкція" && f.low(n+1) != "санкції") {
			continue // "приєдналася до пакета реформ": no sanctions
		}
		if hosts[v] && (tr.k.typ == "PROTEST") != f.partTaken(i) && tr.k.typ != "AID" {
			// only "приймав участь у мітингу" (for брав участь) joins a
			// protest, and taking part in anything else hosts no one
			continue
		}
		if v == "вимагати" && f.standingRequirement(i) {
			continue // "свої ж вимоги, які фонд вимагає від забудовника": rules held, no demand made
		}
		if (v == "зазнати" || v == "зазнавати") && tr.noun > i && f.low(tr.noun) == "поразка" && (f.matchLost(tr.noun) || f.awayOrHome(tr.noun)) {
			continue // "зазнали поразки в гостях у Чорногорії": a match lost, no battle
		}
		if (v == "внести" || v == "вносити") && tr.noun >= 0 && (f.low(tr.noun) == "відомість" || f.low(tr.noun) == "відомості") && !f.pretrialEntry(i) {
			continue // "внесли відомості до Державного реєстру": a record, no charge
		}
		if (v == "залишити" || v == "залишати") && tr.noun > i && f.low(tr.noun) == "задоволення" && !f.claimNear(i, tr.noun) {
			continue // "залишив без задоволення" with no claim, appeal or motion named: nothing turned down
		}
		if (v == "вимагати" || v == "вимагатися") && f.normSubject(i) {
			continue // "Цього вимагає Конституція": what a law says, no demand made
		}
		if (v == "виступити" || v == "виступати") && tr.noun >= 0 && tr.noun+1 < len(f.toks) && opponents[f.low(tr.noun+1)] {
			continue // "Збірна виступила проти команди Франції": a match
		}
		if (v == "поступитися" || v == "поступатися") && f.matchLost(i) {
			continue // "«Шахтар» поступився «Фіорентині» з рахунком 1:2": a match lost, nothing conceded
		}
		if (v == "визнати" || v == "визнавати") && tr.k.typ == "ACCUSE" && tr.noun > i && slices.ContainsFunc(f.toks[i+1:tr.noun], func(t vistka.Token) bool { return lower(&t) == "себе" }) {
			tr.k = kind{"CONCEDE", ""} // "визнав себе винним": pleads guilty
		}
		if n := tr.noun; n > 0 && f.low(n) == "вирок" && strings.HasPrefix(f.low(n-1), "виправдувальн") {
			continue // "виніс виправдувальний вирок": an acquittal accuses no one
		}
		if strings.HasPrefix(t.Tag, "advp") && i > 0 && f.low(i-1) == "не" {
			// "Костюк, не заперечуючи потреби в змінах, застерегла":
			// a negated adverbial participle tells the manner of the
			// clause's act, no act of its own
			continue
		}
		if (v == "випустити" || v == "запустити") && tr.k.typ == "ASSAULT" && !f.launchedAt(i) {
			continue // "випустили альбом", "запустили проєкт": only weapons launched at a target
		}
		if tr.noun >= 0 && f.low(tr.noun) == "по" && tr.k.typ == "ASSAULT" {
			// "вдарили по Харкову": a place or a body struck; "вдарили по
			// них" in a story is a blow
			if e := f.entityAt(tr.noun + 1); (e == "" || f.ents.Type(e) != "LOC" && f.ents.Type(e) != "ORG") && !f.siteAt(tr.noun+1) {
				continue
			}
		}
		if (v == "потрапити" || v == "потрапляти") && tr.noun >= 0 && f.low(tr.noun) == "удар" && !f.struckPlace(i) {
			continue // "під удар потрапили пенсіонери": harmed, no strike
		}
		if (v == "заборонити" || v == "забороняти") && tr.k.typ != "SANCTION" && !f.infinitiveAfter(i) && !f.datedBan(i) {
			continue // "закон забороняє продаж": a rule, not a ban imposed on someone
		}
		cameTo := false
		if (v == "висловити" || v == "висловлювати") && tr.noun >= 0 && f.low(tr.noun) == "протест" {
			if f.cameToDo(i) >= 0 {
				// "до Москви стікалися великі групи кримських татар – щоб
				// висловити протест владі": people come to voice a protest
				// hold one, not a state's diplomatic accusation
				tr.k, cameTo = kind{"PROTEST", ""}, true
			} else if _, k := f.subject(i); k >= 0 && f.entityAt(k) == "" && strings.HasPrefix(f.toks[k].Tag, "noun:anim:p") && !diplomats[f.low(k)] && !envoys[f.low(k)] {
				tr.k = kind{"PROTEST", ""} // "Мешканці села висловили протест": people, not a state
			}
		}
		if strings.Contains(t.Tag, ":inf") && i > 0 && !cameTo && (intentions[f.low(i-1)] || f.intentionBefore(i) || f.purposeBefore(i) || f.listedIntent(i)) && !f.decided(i) && !f.statedPlan(i) && !f.voicedWill(i) &&
			!(tries[f.low(i-1)] && (tr.k.typ == "ACCUSE" || v == "стягнути")) {
			// (a legal action tried is under way: "намагається оскаржити
			// прокуратура", "намагається стягнути з ТОВ 1,15 млн грн")
			continue // "повідомила про намір судитися": not done
		}
		if strings.Contains(t.Tag, ":inf") && f.senseAfter(i) {
			continue // "розмовляти з ним є сенс лише наодинці"
		}
		if tr.k.typ == "AID" && tr.noun < 0 && f.helpToDo(i) {
			// "допомагати вченим обліковувати птахів": help, not aid;
			// "Литва допомагає відновлювати школи" is a donor's aid
			tr.donor, tr.help = true, true
		}
		if tr.k.typ == "AID" && tr.noun < 0 && f.thingSubject(i) {
			continue // "навіть це не допомогло італійцям": no giver
		}
		if tr.k.typ == "RETREAT" && tr.noun < 0 && i+1 < len(f.toks) && hasCase(&f.toks[i+1], "v_dav") && !hasCase(&f.toks[i+1], "v_naz") &&
			!((v == "повернути" || v == "повертати") && f.toOwner(i)) && !f.heritageAfter(i) {
			continue // "ділянку відвели міському управлінню": land allotted (a thing given back to its owner is returned)
		}
		if tr.k.typ == "RETREAT" && tr.k.mode != "release" && tr.noun < 0 && (f.personObject(i) || i+1 < len(f.toks) && strings.Contains(f.toks[i+1].Tag, "pron:pers") && hasCase(&f.toks[i+1], "v_zna")) {
			continue // "лікар відвела їх до кабінету": no withdrawal
		}
		trigs = append(trigs, tr)
		if joint && tr.k.typ == "AGREE" {
			c := tr
			c.k = kind{"COOPERATE", ""}
			trigs = append(trigs, c)
		}
	}
	for i := range f.toks {
		t := &f.toks[i]
		// Every trigger below is a noun outside the quotes not yet taken:
		// those checks first, before the word is looked up.
		if !strings.HasPrefix(t.Tag, "noun") || consumed[i] || inQuote(t) {
			continue
		}
		nk := scan.KeyOf(f.low(i))
		if !nounTriggers.Has(nk) {
			continue // none of the tables below holds the word: nouns has no kind for it
		}
		if contractSieve.Has(nk) && contracts[f.low(i)] && f.signedAfter(i) {
			// "контракт з фірмою «Альфа», підписаний 17 червня": the
			// deal told by its participle
			trigs = append(trigs, trig{at: i, noun: i, k: kind{"AGREE", ""}})
			continue
		}
		if l := f.low(i); (l == "лист" || l == "звернення") && hasCase(t, "v_naz") {
			if j := f.letterAsking(i); j >= 0 && !consumed[j] {
				// "колективні листи до міського голови Сергія Кравченка
				// з вимогою …": a request to the one named, whoever wrote
				consumed[j] = true
				trigs = append(trigs, trig{at: i, noun: j, k: kind{"REQUEST", ""}})
				continue
			}
		}
		if f.low(i) == "звернення" && f.appealOf(i) {
			// "звернення директора музею X до управління культури": an
			// appeal made, by the one in the genitive, to the one after до
			trigs = append(trigs, trig{at: i, noun: i, k: kind{"REQUEST", ""}, appeal: true})
			continue
		}
		if auditSieve.Has(nk) && audits[f.low(i)] && f.auditOf(i) {
			// "Держфініспекція під час позапланової перевірки
			// Укрзалізниці звернула увагу на договір": the body checked
			trigs = append(trigs, trig{at: i, noun: i, k: kind{"ACCUSE", ""}, audit: true})
			continue
		}
		k, ok := nouns[f.low(i)]
		// (a protest held is one: "пройшли акції протесту")
		if !ok || f.inName(i) || lightOnly[f.low(i)] && !f.heldBody(i, k) && !f.chairedHeld(i, k) &&
			!(k.typ == "PROTEST" && f.eventNoun(i) && (f.heldSubject(i) || f.heldProtest(i))) {
			continue
		}
		aimed := f.low(i) == "критика" && f.addressedTo(i) > 0
		if f.low(i) == "критика" && !aimed {
			continue // "критика уряду": whose, and of whom, is not told as an act
		}
		if f.low(i) == "зіткнення" && !f.armedClash(i) {
			continue // "зіткнення двох автомобілів": a crash
		}
		if f.low(i) == "прибуття" && !f.arrivalSetting(i) && (i == 0 || f.low(i-1) != "після" || f.frontedGuest(i) < 0) {
			continue // "після прибуття поїзда", "після прибуття рятувальників": no visit the clause is set after
		}
		if f.low(i) == "обмін" && !f.captivesAfter(i+1) {
			continue // "обмін досвідом": no exchange of captives
		}
		if f.low(i) == "декларація" && f.assetDeclaration(i) {
			continue // "Про це свідчить електронна декларація судді": what one owns, no agreement
		}
		during := f.during(i)
		background := f.background(i, k.typ)
		if background {
			during = false // "після російських ударів": a strike told before, not a meeting the clause is set in
		}
		// (an attack by a side named after it is one in any case:
		// "супроводжувався стріляниною з боку віце-мера")
		if !during && !background && !aimed && !strings.Contains(t.Tag, "v_naz") && !f.heldSubject(i) && !f.countedHeld(i, k) && !(k.typ == "ASSAULT" && (f.bySide(i) != "" || f.accusedOf(i) != "")) && !f.misreadSubject(i) ||
			during && k.typ != "CONSULT" {
			continue
		}
		if f.objectOfTrigger(i) {
			continue // "засудили удари Росії": what was condemned
		}
		trigs = append(trigs, trig{at: i, noun: i, k: k, during: during})
	}
	slices.SortFunc(trigs, func(x, y trig) int { return x.at - y.at })
	// An imperfective adverbial participle tells how the clause's event
	// was done ("вийшли на вулиці, протестуючи", "подав позов, вимагаючи
	// компенсації"); it is an event of its own only when nothing else in
	// the sentence is ("порушили перемир'я, обстрілюючи Харків"). Taking
	// part is no manner: "приїжджав до Сімферополя, беручи участь у
	// демонстраціях протесту" tells a protest of its own.
	imperf := func(tr trig) bool {
		t := f.toks[tr.at].Tag
		if v := f.verb(tr.at); (v == "брати" || v == "взяти") && tr.noun >= 0 {
			return false
		}
		if tr.noun >= 0 && tr.k.mode == "visit" {
			return false // "Перебуваючи з візитом у Києві, Макрон зустрівся": a visit of its own
		}
		// (by its form: one in -чи, -чись; the tagger may call a perfective
		// one in -вши imperfective, as закликавши)
		w := scan.ToLower(f.toks[tr.at].Text)
		return strings.HasPrefix(t, "advp") && strings.Contains(t, ":imperf") && (strings.HasSuffix(w, "чи") || strings.HasSuffix(w, "чись"))
	}
	// A demand made while protesting is the protest's content, an event of
	// its own ("перекрили трасу, вимагаючи від уряду запровадити ціни",
	// "пікетували комісію, вимагаючи оприлюднити протоколи"), where the
	// sentence has no demand else and nothing but protests besides.
	protestDemand := func(tr trig) bool {
		return tr.k.typ == "REQUEST" && !slices.ContainsFunc(trigs, func(o trig) bool { return o.at != tr.at && o.k.typ != "PROTEST" })
	}
	if slices.ContainsFunc(trigs, func(tr trig) bool { return !imperf(tr) }) {
		trigs = slices.DeleteFunc(trigs, func(tr trig) bool { return imperf(tr) && !protestDemand(tr) })
	}

	sent := f.a.Sentences[f.s]
	sentVisit := f.duringVisit() // once a sentence: "Під час візиту …"
	for n, tr := range trigs {
		if tr.during && !tr.verb && tr.k.typ == "CONSULT" && tr.k.mode == "meet" && slices.ContainsFunc(trigs[n+1:], func(o trig) bool { return o.verb && o.k.typ == "CONSULT" && o.k.mode == "meet" }) {
			continue // "Під час зустрічі у Вашингтоні Рубіо і Сибіга обговорили": the meeting the verb tells
		}
		end := len(f.toks)
		if n+1 < len(trigs) {
			end = trigs[n+1].at
		}
		end = f.clauseEnd(tr.at, end)
		participated := false // the sides were read from за участі
		ev := vistka.Event{Type: tr.k.typ, Mode: tr.k.mode, Actors: []string{}, Recipients: []string{}, Aux: []string{},
			Sentence: vistka.Range{Start: sent.RStart, End: sent.REnd}}
		last := tr.at
		if tr.noun > last {
			last = tr.noun
		}
		ev.TriggerSpan = &vistka.Range{Start: f.toks[tr.at].RStart, End: f.toks[last].REnd}
		ev.Trigger = f.triggerText(tr)
		var mainPlace, mainDate, wentPlace string
		var wentWhom []string // who went, received in a clause of де
		skip := 0             // where the arguments after the trigger start, when later
		impAgent := ""        // the instrumental doer of an impersonal form
		if tr.passive {
			// The subject is who it was done to; who did it stands in
			// the instrumental after the participle.
			if tr.setOff {
				// "вимоги, висунуті коаліцією до Ради": the noun is the
				// event; whom it was done to follows (see objects)
			} else if tr.agented {
				// "Пропозиція Угорщини, відхилена Радою ЄС": the noun
				// before the comma, or whose act it is; a thing's
				// ("Танки, передані Німеччиною Україні"): whom it went to
				// follows (see objects)
				if tr.doneTo != "" {
					ev.Recipients = append(ev.Recipients, tr.doneTo)
				}
			} else if o := f.actOwner(tr.at); o != "" {
				// "рішення селищної ради скасоване судом": the body
				// whose act was cancelled
				ev.Recipients = append(ev.Recipients, o)
			} else if _, k := f.subject(tr.at); k >= 0 && groups[f.low(k)] {
				// "польське військо було розбите": the army itself,
				// which no actor beside it stands for as its country.
				ev.Recipients = append(ev.Recipients, f.nounPhrase(k))
			} else if o := f.proposalOwner(tr.at); o != "" {
				// "Пропозиція Угорщини була відхилена Радою ЄС",
				// "Ініціатива Литви підтримується Польщею": whose proposal
				ev.Recipients = append(ev.Recipients, o)
			} else {
				ev.Recipients = append(ev.Recipients, f.subjects(tr.at)...)
			}
			if tr.noun >= 0 && tr.noun < tr.at && undergone[f.verb(tr.at)] {
				// "Під підозру потрапили Novus, Ашан та Metro": the
				// subjects after the verb, the measure put first
				if r := f.namesAfter(tr.at, end); len(r) > len(ev.Recipients) {
					ev.Recipients = r
				}
			}
			if a := f.agent(tr.at+1, end, tr.setOff); a != "" {
				ev.Actors = append(ev.Actors, a)
				ev.Actors = append(ev.Actors, f.agentsJoined(tr.at+1, end, a)...)
			} else if a := f.nounOwner(tr); a != "" && undergone[f.verb(tr.at)] {
				// "потрапила під санкції США", "зазнав удару Росії": whose
				// the measure or the blow is
				ev.Actors = append(ev.Actors, a)
			}
			if ev.Type == "MOBILIZE" && len(ev.Actors) == 0 {
				// "Польська авіація була піднята в повітря": the forces
				// raised, or their country, act
				ev.Actors, ev.Recipients = ev.Recipients, []string{}
				if _, k := f.subject(tr.at); k >= 0 {
					if g := f.groupOf(k); g != "" {
						ev.Actors = []string{g}
					}
				}
				ev.Actors = slices.DeleteFunc(ev.Actors, func(a string) bool { return a == "" })
			}
		} else if tr.verb {
			at := tr.at
			if at > 0 && agreeVerbs[f.verb(at-1)] {
				at-- // "Сторони домовилися співпрацювати": who agreed does
			}
			if k := len(out) - 1; strings.HasPrefix(f.toks[tr.at].Tag, "advp") && k >= 0 && len(out[k].Actors) > 0 {
				// "фермери заблокували дороги, протестуючи проти угоди":
				// the adverbial participle's subject is the main verb's
				ev.Actors = slices.Clone(out[k].Actors)
			} else if m := f.verbBeforeThat(tr.at); m >= 0 {
				// "замовник з'ясував, що учасники пов'язані, відхиливши
				// їхні пропозиції": the participle is the main clause's,
				// not the що-clause's
				ev.Actors = append(ev.Actors, f.subjects(m)...)
			} else if !f.sidesBefore(at) {
				ev.Actors = append(ev.Actors, f.subjects(tr.at)...)
				if len(ev.Actors) == 1 {
					if p := f.pronounClash(tr.at, ev.Actors[0]); p != "" {
						ev.Actors[0] = p // "Він … підтримуватиме його": not the one person for both
					}
				}
			}
			if v := f.mainVerbAfter(tr.at); len(ev.Actors) == 0 && v >= 0 {
				// "Підписуючи угоду, уряд сподівався на інвестиції": a
				// participle opening the sentence shares its main verb's subject
				ev.Actors = f.subjects(v)
			}
			if len(ev.Actors) == 1 && f.ents.Type(ev.Actors[0]) == "" {
				if g := f.namedFirms(ev.Actors[0]); len(g) > 1 {
					ev.Actors = g // "Фірми … подали в суд": the firms named together before
				}
			}
			if vt := f.toks[tr.at].Tag; len(ev.Actors) == 1 && (strings.Contains(vt, ":p:") || strings.HasSuffix(vt, ":p")) {
				// "Документ підписали в Каунасі ректор … та ректор …":
				// a plural verb's subjects after it, all of them
				if sa := f.subjectsAfter(tr.at, end); slices.Contains(sa, ev.Actors[0]) {
					ev.Actors = sa
				}
			}
			if len(ev.Actors) == 0 && f.sidesBefore(at) {
				// "Делегації України та Росії провели переговори", "лідери
				// держав-членів НАТО ухвалили": the sides named after the
				// noun; with none named, the parties of the last meeting.
				ev.Actors = f.sidesNamed(at)
				if len(ev.Actors) == 0 {
					if p := f.sidesPhrase(at); p != "" && !f.statesOfMeeting(at, out) {
						ev.Actors = []string{p}
					} else {
						var m *vistka.Event
						ev.Actors, m = f.lastMeeting(out)
						if p := f.duringPartner(at); p != "" && m != nil && !slices.Contains(ev.Actors, p) {
							// "Свириденко прибула до Вільнюса. Під час зустрічі
							// з прем'єркою Литви … сторони обговорили": the
							// visitor and the one met, not the sides of an
							// earlier meeting
							if v := f.lastVisitor(p); v != "" {
								ev.Actors, m = []string{v, p}, nil
							}
						}
						if m == nil && ev.Type == "AGREE" && tr.noun >= 0 && contracts[f.low(tr.noun)] {
							// "Місто подало позов до ТОВ «Альфа». Договір
							// сторони уклали в 2025 році": the parties of
							// the dispute just told
							ev.Actors = f.lastParties(out)
						}
						if m == nil && ev.Type == "AGREE" && len(ev.Actors) == 0 && strings.Contains(f.toks[tr.at].Tag, ":past") {
							// "Кросно передало місту два генератори. …
							// Сторони також підписали меморандум": with no
							// meeting told, the giver and the taker of the
							// last exchange a few sentences back
							ev.Actors = f.lastExchange(out)
						}
						if m != nil {
							// "Міністри підписали спільну заяву": where
							// and when they met
							mainPlace, mainDate = f.dl.of(m)
							if k := f.sidesNoun(at); k >= 0 {
								ev.Actors = f.ofTitle(ev.Actors, f.toks[k].Lemma)
							}
						} else if k := at - 1; k >= 0 && sides[f.low(k)] {
							// "На концерті були присутні міністерка … та
							// міністерка … Того ж дня міністерки підписали":
							// the persons of that title just named
							if ps := f.ents.TitledBefore(f.s, f.low(k)); len(ps) > 1 {
								ev.Actors = ps
							}
						}
					}
				}
			}
			if len(ev.Actors) == 0 && tr.k.mode == "visit" && f.sidesBefore(at) {
				// "Міністри прибули до Києва": a visit is no joint
				// undertaking; with no sides named and no meeting told,
				// the people as the text names them
				if j := f.sidesNoun(at); j >= 0 {
					if p := f.nounPhrase(j); p != "" {
						ev.Actors = []string{p}
					}
				}
			}
			if f.outcomeOfMeeting() && strings.Contains(f.toks[tr.at].Tag, ":past") {
				// "За результатами зустрічі міністри підписали
				// меморандум": where and when they met
				if m := f.talksOf(out, ev.Actors); m != nil {
					mainPlace, mainDate = f.dl.of(m)
				}
			}
			if len(ev.Actors) == 0 {
				// "Фрейзер запевнила, що її країна виділить Україні …":
				// the speaker's country
				if c := f.speakersCountry(tr.at); c != "" {
					ev.Actors = append(ev.Actors, c)
				}
			}
			if len(ev.Actors) == 0 {
				// "Зеленському вдалося зустрітися з Трампом", "Силам
				// оборони не вдалося утримати": who managed it, in the dative
				if e := f.managedBy(tr.at); e != "" {
					ev.Actors = append(ev.Actors, e)
				}
			}
			if len(ev.Actors) == 0 {
				// "прибув до Одеси, де зустрівся з …": the clause of де
				// goes on with the main clause's subject, place and time.
				if m := f.whereClause(tr.at, out); m != nil {
					ev.Actors = append(ev.Actors, m.Actors...)
					mainPlace, mainDate = m.Place, m.Date
				}
			}
			if v, dest := f.wentTo(tr.at); v >= 0 && ev.Type == "CONSULT" {
				// "вирушить до Вашингтона, де має зустрітися з …": he
				// who went, there
				if len(ev.Actors) == 0 {
					ev.Actors = append(ev.Actors, f.subjects(v)...)
				} else if p := tr.at - 1; p > 0 && f.low(p-1) == "де" && hasCase(&f.toks[p], "v_zna") &&
					(f.low(p) == "він" || f.low(p) == "вона" || f.low(p) == "вони") {
					// "продовжив візит до Риги, де його прийняв прем'єр":
					// whom the host received is who went
					wentWhom = f.subjects(v)
				}
				wentPlace = dest
			}
			if v, in := f.stayedAt(tr.at); v >= 0 && len(ev.Actors) == 0 {
				// "перебувала в Ряшеві, де зустрілася з маршалком":
				// she who stayed there, there
				ev.Actors = append(ev.Actors, f.subjects(v)...)
				wentPlace = in
			}
			if c := f.cameToDo(tr.at); len(ev.Actors) == 0 && c >= 0 && ev.Type == "PROTEST" {
				// "Шахтарі приїхали до Києва, щоб висловити протест":
				// who came
				ev.Actors = f.subjects(c)
			}
			if vt := f.toks[tr.at].Tag; len(ev.Actors) == 0 && (strings.Contains(vt, "impers") || strings.HasPrefix(vt, "adv")) {
				// (adv: an impersonal form the tagger read as an adverb)
				// "Поліцією затримано двох підозрюваних", "санкції було
				// запроваджено Євросоюзом": the doer of an impersonal
				// form in the instrumental, before it or after it
				if impAgent = f.impersonalAgent(tr.at, end); impAgent != "" {
					ev.Actors = append(ev.Actors, impAgent)
				} else if impAgent = f.sanctionsOf(tr); impAgent != "" {
					// "Проти Росії запроваджено санкції ЄС": whose
					// sanctions they are imposes them
					ev.Actors = append(ev.Actors, impAgent)
				}
			}
			// (an impersonal form the tagger read as an adverb is one too:
			// "додав, що організатору повідомлено про підозру")
			impers := strings.Contains(f.toks[tr.at].Tag, "impers") || strings.HasPrefix(f.toks[tr.at].Tag, "adv") && tr.verb
			if len(ev.Actors) == 0 && !impers {
				// "заявив, що звернувся до ООН", "заявив, що …, і
				// висунув звинувачення": the speaker's own doing; not
				// "повідомив, що уражено об'єкт", done by no one named.
				ev.Actors = append(ev.Actors, f.mainSubjects(tr.at)...)
			}
			if len(ev.Actors) == 0 && !impers {
				ev.Actors = append(ev.Actors, f.toldSubjects(tr.at)...) // "попередили УЄФА, що бойкотуватимуть матчі"
			}
			if len(ev.Actors) == 0 && !impers && ev.Type == "ACCUSE" {
				// "сказав «Нашим грошам», що скаргу вже готують": the
				// speaker's side appeals
				ev.Actors = append(ev.Actors, f.appealToldBy(tr.at)...)
			}
			if len(ev.Actors) == 0 && !impers && ev.Type == "THREATEN" && tr.verb && f.notUnanswered(tr.at) {
				// "заявили, що такі дії не залишаться без відповіді":
				// the one who says it threatens
				ev.Actors = append(ev.Actors, f.threatToldBy(tr.at)...)
			}
			if len(ev.Actors) == 0 && impers {
				// "додав, що ухвалу буде оскаржено": an appeal still to
				// come, told by the one who will make it
				ev.Actors = append(ev.Actors, f.appealToCome(tr.at)...)
			}
			if b := f.cueBody(tr.at); len(ev.Actors) == 0 && b != "" && (ev.Type == "ACCUSE" || ev.Type == "COERCE") {
				// "Обвинувальний акт скеровано до суду, повідомили в
				// обласній прокуратурі": the body that tells its own act
				// (a doer not in the clause, as the instrumental one)
				impAgent = b
				ev.Actors = append(ev.Actors, b)
			}
			if len(ev.Actors) == 0 {
				// "ухвалили декларацію, в якій засудили удари": the
				// relative clause goes on with the main clause's subject.
				ev.Actors = append(ev.Actors, f.relativeMain(tr.at)...)
				if k := len(out) - 1; len(ev.Actors) > 0 && k >= 0 && len(out[k].Actors) > 0 {
					// the main clause's event names them better: "Міністри
					// підписали заяву, якою погодили …" are the sides
					ev.Actors = slices.Clone(out[k].Actors)
				}
			}
			if len(ev.Actors) == 0 {
				// "У Росатомі відкинули звинувачення": a body speaks
				// through a plural verb with no subject of its own (or
				// through the verb it is joined to: "У ТЦК визнали
				// порушення і призначили службове розслідування").
				if e := f.joinedBodyIn(tr.at, tr.k.typ); e != "" {
					ev.Actors = append(ev.Actors, e)
				} else if at := f.planOf(tr.at); pluralTag(f.toks[at].Tag) {
					// "У САП повідомили, що оскаржать ухвалу": the body
					// that said it goes on as the subject of what it said
					// ("У ДБР підтвердили, що отримали звернення і вже
					// розпочали перевірку")
					if v := f.thatClauseCue(at); v >= 0 && strings.HasPrefix(f.toks[v].Tag, "verb") && pluralTag(f.toks[v].Tag) {
						if e := f.joinedBodyIn(v, tr.k.typ); e != "" {
							ev.Actors = append(ev.Actors, e) // (its verb joined to one before: "звинувачення заперечили і заявили, що …")
						}
					}
				}
				if len(ev.Actors) == 0 {
					if e := f.intendingBody(tr.at, tr.k.typ); e != "" {
						ev.Actors = append(ev.Actors, e)
					}
				}
				if len(ev.Actors) == 0 {
					if es := f.bodyAfter(tr.at, end, tr.k.typ); len(es) > 0 {
						ev.Actors = append(ev.Actors, es...)
					} else if e := f.thereBody(tr.at, tr.k.typ); e != "" {
						ev.Actors = append(ev.Actors, e)
					}
				}
			}
			if len(ev.Actors) == 0 && strings.Contains(f.toks[tr.at].Tag, "impers") {
				// "З боку Росії було завдано удару": a form in -но, -то
				// names whose doing it is with з боку
				if a := f.sideIn(tr.at); a != "" {
					ev.Actors = append(ev.Actors, a)
				} else if a := f.agent(tr.at+1, end, false); a != "" {
					ev.Actors = append(ev.Actors, a) // "затримано поліцейськими": by whom
				}
			}
			if vt := f.toks[tr.at].Tag; len(ev.Actors) == 0 && (strings.Contains(vt, ":p:") || strings.HasSuffix(vt, ":p")) {
				// "Угоду підписали у Лондоні міністерка Світлана Гринчук,
				// голова правління Віталій Зайченко та президентка банку
				// Оділь Рено-Бассо": the subjects after the verb
				ev.Actors = f.subjectsAfter(tr.at, end)
			}
			if k := len(out) - 1; len(ev.Actors) == 0 && k >= 0 && len(out[k].Actors) > 0 && tr.at > 0 && isAnd(&f.toks[tr.at-1]) &&
				out[k].TriggerSpan != nil && out[k].TriggerSpan.Start < f.toks[tr.at].RStart {
				// "відкинули звинувачення і пригрозили відповіддю": the
				// verb joined to the one before goes on with its subject.
				ev.Actors = slices.Clone(out[k].Actors)
			}
		} else if a, k := f.conductor(tr.at); a != "" {
			// "Розслідування веде ДБР", "Досудове розслідування проводить
			// Національна поліція": the noun is the object, the subject
			// follows its verb
			ev.Actors = append(ev.Actors, a)
			skip = k + 1
		} else if as := f.titledAfter(tr.at); len(as) > 0 && tr.k.typ == "CONSULT" {
			// "зустріч міністра закордонних справ України Андрія Сибіги
			// та держсекретаря США Марко Рубіо": the sides with titles
			ev.Actors = append(ev.Actors, as...)
		} else if as := f.sidesAfter(tr); len(as) > 0 {
			// "переговори делегацій України та Росії": the sides
			ev.Actors = append(ev.Actors, as...)
		} else if tr.k.typ == "CONSULT" && tr.k.mode != "visit" && f.unnamedBetween(tr.at) {
			// "Переговори між делегаціями тривали понад дві години",
			// "Переговори між відомствами тривали з весни": the sides of
			// the last meeting, agreement or joint work told, else the
			// guests of the last visit and where they came
			if ps, m := f.lastMeeting(out); m != nil {
				ev.Actors = ps
			} else {
				ev.Actors = f.lastVisitSides(out)
			}
		} else if a := f.bySide(tr.at); a != "" && ev.Type == "ASSAULT" {
			// "відбувся обстріл з боку окупантів": whose it was
			ev.Actors = append(ev.Actors, a)
			if g := f.genitiveAfter(tr.at); g != "" && g != a && f.ents.Type(g) == "LOC" && gazetteer.Lookup(f.ents.Name(g))&gazetteer.Country == 0 {
				// "обстріл Сум з боку Росії": the town is the target
				ev.Recipients = append(ev.Recipients, g)
			}
		} else if a := f.accusedOf(tr.at); a != "" && ev.Type == "ASSAULT" {
			// "звинуватив Росію в умисному ударі по порту Одеси": the
			// attack laid at its door, an attributed claim
			ev.Actors = append(ev.Actors, a)
		} else if bs := f.between(len(f.toks)); len(bs) > 0 && f.low(tr.at) == "зіткнення" {
			// "бойове зіткнення між ЗСУ і противником": the sides
			ev.Actors = append(ev.Actors, bs...)

		} else if a := f.genitiveAfter(tr.at); a != "" {
			if ev.Type == "ASSAULT" && f.ents.Type(a) == "LOC" && gazetteer.Lookup(f.ents.Name(a))&gazetteer.Country == 0 {
				// "обстріл Краматорська": a town after a strike is its target
				ev.Recipients = append(ev.Recipients, a)
				if by := f.agentAfter(tr.at+1, a); by != "" {
					ev.Actors = append(ev.Actors, by) // "обстріл Херсона російськими військами": by whom
				}
			} else {
				ev.Actors = append(ev.Actors, a)
				if ev.Type == "CONSULT" && f.entityAt(tr.at+1) == a {
					// "Зустріч Зеленського та Трампа відбулася …": both sides
					ev.Actors = append(ev.Actors, f.coordinated(tr.at+1, len(f.toks))...)
				}
			}
		} else if g := f.frontedGuest(tr.at); tr.during && tr.k.mode == "visit" && g >= 0 {
			// "Під час візиту до Києва делегацію прийняв президент": the
			// object put first is the one who came, the subject the host
			if p := f.guestName(g, tr); p != "" {
				ev.Actors = append(ev.Actors, p)
			}
		} else if tr.during {
			ev.Actors = append(ev.Actors, f.subjects(tr.at)...)
			if len(ev.Actors) == 0 {
				// "Під час зустрічі з Марком Рютте Андрій Сибіга заявив":
				// the subject of the verb the meeting is the time of
				for j := tr.at + 1; j < len(f.toks); j++ {
					if t := &f.toks[j]; strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
						as := f.subjects(j)
						if len(as) == 0 && !strings.Contains(t.Tag, "impers") {
							// "повідомив, що під час зустрічі з … подякував":
							// the speaker's own doing
							as = f.mainSubjects(j)
						}
						ev.Actors = slices.DeleteFunc(as, func(a string) bool { return slices.Contains(ev.Recipients, a) })
						break
					}
				}
			}
		}
		if ev.Type == "SUPPORT" && tr.verb && f.volunteersSupport(tr.at, tr.noun, ev.Actors) {
			ev.Type = "AID" // "бійцю надавали підтримку волонтери": help in goods and money
		}
		if tr.audit {
			// the body checked is the one named after the noun; who
			// checks is the subject of the clause's verb
			g := f.entityAt(tr.at + 1)
			ev.Actors, ev.Recipients = nil, append(ev.Recipients, g)
			for j := range f.toks {
				if t := &f.toks[j]; strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
					ev.Actors = slices.DeleteFunc(f.subjects(j), func(a string) bool { return a == g })
					break
				}
			}
			if p := f.adjectivesBefore(tr.at) - 2; len(ev.Actors) == 0 && p > 0 && f.entityAt(p-1) != "" && f.entityAt(p-1) != g && f.ents.Type(f.entityAt(p-1)) == "ORG" {
				// "звернула увагу Держфініспекція під час перевірки": the
				// body right before the phrase of time, after its verb
				ev.Actors = []string{f.entityAt(p - 1)}
			}
			for skip = tr.at + 1; skip < len(f.toks) && f.entityAt(skip) == g; skip++ {
			}
		}
		if len(ev.Actors) == 0 && ev.Type == "MOBILIZE" {
			// "У Росії оголошено мобілізацію", "в Україні проводиться
			// мобілізація": the state raises its forces
			if c := f.countryIn(tr.at); c != "" {
				ev.Actors = append(ev.Actors, c)
			}
		}
		if len(ev.Actors) == 0 && !tr.verb && ev.Type != "AGREE" && ev.Type != "CONSULT" && ev.Type != "COOPERATE" {
			// "Санкції проти Росії було запроваджено Євросоюзом": the
			// doer of the noun's light verb in a passive form after it
			// (not of a joint one, done by its sides)
			if a := f.nounAgent(tr.at); a != "" {
				ev.Actors = append(ev.Actors, a)
			}
		}
		from := max(tr.at+1, skip)
		if a := f.from(from, end); a != "" && ev.Type == "SUPPORT" {
			ev.Actors = []string{a} // передав вітання від Байдена
		}
		if l := f.ledBy(from, end); l != "" && len(ev.Actors) > 0 && !slices.Contains(ev.Actors, l) {
			ev.Actors = append(ev.Actors, l) // with its head: "делегація на чолі з X"
		}
		if tr.verb && !tr.passive && len(ev.Actors) > 0 && ev.Type != "COOPERATE" {
			// "Петро Коваль разом з Олафом Бекером відвідав Бучу": who
			// did it with the subject
			for _, c := range f.jointActors(tr.at, ev.Actors) {
				if !slices.Contains(ev.Actors, c) {
					ev.Actors = append(ev.Actors, c)
				}
			}
		}
		rec, dest, place := f.objects(from, end, ev.Actors, tr)
		if c := f.participleComma(tr.at, end); place != "" && c > from {
			// "взяв під варту чиновника, затриманого у Львові": the place
			// of the participle's act, not of the verb's
			_, _, place = f.objects(from, c, ev.Actors, tr)
		}
		if tr.fronted {
			// the phrase of the noun before the verb: "Допомогу Україні
			// надала Японія", "Зустріч з Олафом Бекером провів …"
			lo := tr.noun
			for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
				lo-- // "Україні допомогу надала Японія"
			}
			fr, _, _ := f.objects(lo, tr.at, ev.Actors, tr)
			for _, r := range fr {
				if !slices.Contains(rec, r) {
					rec = append(rec, r)
				}
			}
		}
		if len(rec) == 0 && ev.Type == "ACCUSE" && tr.noun > tr.at && proceedings[f.low(tr.noun)] {
			if r := f.caseAgainstBefore(tr.at, tr); r != "" {
				rec = append(rec, r) // "Стосовно посадовця відкрито кримінальне провадження": against whom
			}
		}
		if len(rec) == 0 && ev.Type == "SUPPORT" && tr.verb && !tr.passive && greets[f.verb(tr.at)] {
			if r := f.greetedBefore(tr.at, tr); r != "" {
				rec = append(rec, r) // "Гостей свята привітав міський голова": whom
			}
		}
		if len(rec) == 0 && ev.Type == "SUPPORT" && tr.verb && thanks[f.verb(tr.at)] {
			rec = f.sharedDative(tr.at) // "вручила Василю Ожевану грамоту, подякувала за працю": him
		}
		if ev.Type == "SUPPORT" && tr.verb && greets[f.verb(tr.at)] && slices.ContainsFunc(rec, func(r string) bool { return f.greetedOn(tr.at, r) }) {
			// "привітав із Днем знань": the occasion, not whom
			if rec = slices.DeleteFunc(rec, func(r string) bool { return f.greetedOn(tr.at, r) }); len(rec) == 0 {
				continue // the audience greeted on a holiday: a ritual, no one named
			}
		}
		rec = slices.DeleteFunc(rec, func(r string) bool { return slices.Contains(ev.Actors, r) || f.sentToCourt(tr, r) || f.pactName(r) })
		if len(rec) == 0 && ev.Type == "REJECT" && tr.verb && !tr.passive && len(ev.Actors) > 0 {
			// "відмовився виконувати рішення Київради", "Рада ухвалила
			// постанову. … Уряд відхилив постанову": the body that passed
			// the act rejected, when the text names it
			if n := f.rejectedAct(tr, end); n >= 0 {
				if e := f.actPassedBy(n, end); e != "" && !slices.Contains(ev.Actors, e) {
					rec = append(rec, e)
				}
			}
		}
		if ev.Type == "AGREE" && len(ev.Actors) == 0 && len(rec) == 0 {
			// "Угоду між Україною та Данією підписали у Копенгагені":
			// the parties of the document signed by no one named
			n := tr.noun
			for j := tr.at - 1; n < 0 && j > 0 && f.toks[j].Kind != vistka.Punct; j-- {
				if f.low(j) == "між" {
					n = j - 1
				}
			}
			if n >= 0 {
				ev.Actors = f.partiesOf(n)
			}
		}
		if tr.passive && !tr.setOff && !(tr.agented && tr.doneTo == "") {
			rec = nil
		}
		if len(rec) == 0 && tr.verb && !tr.passive && (coerced[ev.Type] || ev.Type == "RETREAT" && ev.Mode == "release") && (subjectless(f.toks[tr.at].Tag) || strings.HasPrefix(f.toks[tr.at].Tag, "adv")) {
			if k := f.objectHead(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.auxBefore(tr.at)))) - 1); k >= 0 && f.clauseOpens(f.allBefore(f.modifiersBefore(k))) {
				// "Директора фірми «Альфа» затримали": the person put first,
				// with the firm the name after him belongs to (adv: an
				// impersonal form the tagger read as an adverb, затримано)
				rec = append(rec, cmp.Or(f.objectPhrase(k, tr), f.low(k)))
			}
		}
		if len(rec) == 0 && len(ev.Actors) == 1 && tr.verb && !tr.passive && coerced[ev.Type] && pluralTag(f.toks[tr.at].Tag) {
			if k := f.frontedThing(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.auxBefore(tr.at)))) - 1); k >= 0 {
				if p := f.nounPhrase(k); p != "" && p == ev.Actors[0] {
					// "Підприємство оштрафували на 10 тисяч гривень": a
					// thing in the singular put first is the object of a
					// plural verb with no subject, not its doer
					ev.Actors, rec = nil, append(rec, p)
				}
			}
		}
		if n := tr.noun; len(rec) == 0 && tr.verb && n >= 0 && n < tr.at && (f.low(n) == "з" || f.low(n) == "із") {
			if r := f.partyAfterZ(n); r != "" && !slices.Contains(ev.Actors, r) {
				rec = append(rec, r) // "з ТОВ «Альфа» … стягнуто": whom from
			} else if r == "" && f.roleAfterZ(n) {
				if p := f.objectPhrase(n+1, tr); p != "" {
					rec = append(rec, p) // "З підприємця стягнуто": whom from
				}
			}
		}
		if r := f.againstOpening(tr); len(rec) == 0 && r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "Щодо посадовця відкрито кримінальне провадження": against whom
		}
		if r := f.dativeSuspect(tr); len(rec) == 0 && r != "" {
			rec = append(rec, r) // "Директорці лікарні повідомлено про підозру": who
		}
		if r := f.firmBeforeImpersonal(tr.at); len(rec) == 0 && tr.verb && !tr.passive && r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "ТОВ «Альфа» оштрафовано": the firm it was done to
		}
		if len(rec) == 0 && tr.verb && !tr.passive && (ev.Type == "REJECT" || ev.Type == "SUPPORT" || ev.Type == "ACCUSE") {
			if o := f.impersonalOwner(tr.at); o != "" {
				// "Апеляцію Київради відхилено": whose appeal (an impersonal
				// form has no subject: not "Скаргу фірми «Альфа» задоволено"
				// with the firm as the doer)
				ev.Actors = slices.DeleteFunc(ev.Actors, func(a string) bool { return a == o })
				rec = append(rec, o)
			}
		}
		if len(rec) == 0 && tr.verb && !tr.passive && (len(ev.Actors) == 0 || impAgent != "" || f.subjectAfter(tr.at) && f.frontedObject(tr.at) != "") {
			// "Львів'янина, підозрюваного у шахрайстві, затримали в
			// Івано-Франківську": the one it was done to, put first
			if r := f.frontedObject(tr.at); r != "" && r != impAgent && !slices.Contains(ev.Actors, r) {
				rec = append(rec, r)
			} else if r := f.objectPronounBefore(tr); r != "" && r != impAgent {
				rec = append(rec, r)
			}
		} else if p, j := f.animateAfterThing(tr.at); len(rec) == 0 && tr.verb && !tr.passive && j >= 0 && slices.Contains(ev.Actors, p) {
			// "Кооператив відвідав начальник ОВА": the thing put first
			r := cmp.Or(f.entityAt(j), f.namedAfter(j))
			if r == "" && j+2 < tr.at && isOpenQuote(f.toks[j+1].Text) {
				r = f.entityAt(j + 2) // "Завод «Мотор Січ»": the name after its kind
			}
			if r = cmp.Or(r, f.objectPhrase(j, tr)); r != "" && !slices.Contains(ev.Actors, r) {
				rec = append(rec, r)
			}
		} else if len(rec) == 0 && tr.verb && !tr.passive {
			if r := f.namedObjectOpening(tr.at); r != "" && !slices.Contains(ev.Actors, r) {
				rec = append(rec, r) // "Росію за обстріл Одеси засудила Франція": whom, put first
			} else if k := f.frontedAccusative(tr.at); k >= 0 && (ev.Type == "ACCUSE" || coerced[ev.Type]) && f.toks[k].Kind == vistka.Word &&
				cmp.Or(f.entityAt(k), f.objectPhrase(k, tr)) != "" && !slices.Contains(ev.Actors, cmp.Or(f.entityAt(k), f.objectPhrase(k, tr))) {
				rec = append(rec, cmp.Or(f.entityAt(k), f.objectPhrase(k, tr))) // "компанію перевіряла Рахункова палата": whom, put first
			} else if r := f.dativeOpening(tr.at, tr); r != "" && !slices.Contains(ev.Actors, r) {
				rec = append(rec, r) // "Зеленському подякував генсек ООН": to whom, put first
			} else if r := f.partnerOpening(tr.at); r != "" && (ev.Type == "COOPERATE" || ev.Type == "CONSULT" && ev.Mode == "meet") && !slices.Contains(ev.Actors, r) {
				rec = append(rec, r) // "З компанією «Альфа» уряд співпрацював": with whom, put first
			} else if r := f.countedFirst(tr.at); r != "" && coerced[ev.Type] && !slices.Contains(ev.Actors, r) {
				rec = append(rec, r) // "Двох його спільників оперативники затримали": whom, counted first
			} else if r := f.objectPronounBefore(tr); r != "" && !slices.Contains(ev.Actors, r) {
				rec = append(rec, r) // "його затримали поліцейські": whom
			} else if k := cmp.Or(f.pronounBefore(tr.at)+1, f.pronounOpening(tr.at)+1) - 1; r == "" && k >= 0 && (hasCase(&f.toks[k], "v_zna") || hasCase(&f.toks[k], "v_dav")) &&
				!hasCase(&f.toks[k], "v_naz") && f.governedBy(k) == "" && (f.namedSubjectBefore(k) || f.subjectAfterPronoun(tr.at) != "") {
				if r := f.otherPerson(k, ev.Actors); r != "" {
					rec = append(rec, r) // "Міністерка йому подякувала"
				}
			}
		}
		if v := f.verb(tr.at); len(rec) == 0 && tr.verb && (v == "оскаржити" || v == "оскаржувати") {
			// "Передачу угідь «Товариству рибалок» оскаржило
			// підприємство": the one whose gain is contested
			if r := f.contestedAct(tr.at, ev.Actors); r != "" {
				rec = append(rec, r)
			}
		}
		if n := tr.noun; len(rec) == 0 && ev.Type == "COERCE" && n >= 0 && f.low(n) == "тиск" {
			// "вдалася до тиску на селян": the people pressed, named by no name
			if j := f.pressedPeople(n); j >= 0 {
				rec = append(rec, f.nounPhrase(j))
			}
		}
		if _, sends := expels[f.verb(tr.at)]; len(rec) == 0 && tr.verb && ev.Type == "COERCE" && (sends || drives[f.verb(tr.at)]) {
			// "Баєва правоохоронці випровадили": the one sent away, put first
			if j := f.sentPeople(tr.at, false); j >= 0 {
				if e := f.entityAt(j); e != "" {
					rec = append(rec, e)
				} else {
					rec = append(rec, f.nounPhrase(j))
				}
			}
		}
		if len(rec) == 0 && tr.verb && ev.Type == "CONSULT" {
			// "під час телефонної розмови з Марко Рубіо обговорив": the
			// partner named in the meeting the verb is set in
			if p := f.duringPartner(tr.at); p != "" && !slices.Contains(ev.Actors, p) {
				rec = append(rec, p)
			}
		}
		if len(rec) == 0 && ev.Type == "AID" && tr.noun >= 0 && tr.noun+1 < len(f.toks) && f.low(tr.noun) == "підтримка" && hasCase(&f.toks[tr.noun+1], "v_rod") {
			// "спрямує на підтримку України": whose support (the
			// genitive after допомога is the giver: пакет допомоги США)
			if e := f.entityAt(tr.noun + 1); e != "" && f.ents.Type(e) == "LOC" && !slices.Contains(ev.Actors, e) {
				rec = append(rec, e)
			}
		}
		if len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.noun < 0 {
			// "виділить на підтримку України 400 млн злотих": the money's
			// purpose names whom it supports
			if e := f.supportedState(tr.at); e != "" && !slices.Contains(ev.Actors, e) {
				rec = append(rec, e)
			}
		}
		if len(rec) == 0 && tr.verb && ev.Type == "ACCUSE" && tr.at+1 < end && nouns[f.low(tr.at+1)].typ == "ASSAULT" {
			// "засудив атаку": the attack just told, by whom it was
			if a := f.lastAttacker(out); len(a) > 0 {
				rec = append(rec, a...)
			}
		}
		if ev.Type == "COERCE" && len(rec) == 0 {
			// "провели обшук в офісі «Кріогенсервісу»": whose premises
			for j := tr.at + 1; j+1 < end && j-tr.at <= 8; j++ {
				if !premises[f.low(j)] {
					continue
				}
				k := j + 1
				if f.toks[k].Kind == vistka.QuoteMark && k+1 < end {
					k++
				}
				if e := f.entityAt(k); e != "" && hasCase(&f.toks[k], "v_rod") && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "PERS") {
					rec = append(rec, e)
				}
				break
			}
		}
		if ev.Type == "PROTEST" && len(rec) == 0 {
			// "зібралися біля посольства Росії": a protest at an embassy
			// is against its country
			for j := tr.at + 1; j+1 < end; j++ {
				if f.low(j) == "посольство" {
					if e := f.entityAt(j + 1); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[j+1], "v_rod") {
						rec = append(rec, e)
					}
					break
				}
			}
		}
		if v := f.verb(tr.at); (v == "зустріти" || v == "зустрічати") && tr.verb && ev.Type == "CONSULT" {
			if k := tr.at - 1; len(rec) == 0 && k >= 0 && strings.Contains(f.toks[k].Tag, "pron:pers:3") && hasCase(&f.toks[k], "v_zna") {
				// "У Маріїнському палаці її зустрів Президент": whom
				if p := f.ents.RecentPerson(f.toks[k].RStart, f.s, gender(&f.toks[k]), ev.Actors); p != "" {
					rec = append(rec, p)
				}
			} else if e := f.entityAt(k); len(rec) == 0 && k >= 0 && e != "" && f.ents.Type(e) == "PERS" && hasCase(&f.toks[k], "v_zna") && !hasCase(&f.toks[k], "v_naz") && !slices.Contains(ev.Actors, e) {
				rec = append(rec, e) // "У Києві Сибігу зустрів Андрій Єрмак"
			}
			met := false // people met, named by a common noun
			if len(rec) == 0 && slices.ContainsFunc(ev.Actors, func(e string) bool { t := f.ents.Type(e); return t == "PERS" || t == "ORG" }) {
				// "Увечері протестувальників зустрів заступник міністра
				// Олег Шевчук", "Міністр зустрів протестувальників": people
				// named by a plural animate noun, right before or after
				// the verb, met by one named
				for _, k := range []int{tr.at - 1, tr.at + 1} {
					if k >= 0 && k < len(f.toks) && f.metPeople(k) {
						if n := f.nounPhrase(k); n != "" {
							rec, met = append(rec, n), true
							break
						}
					}
				}
			}
			if d := f.metDelegation(tr.at); !met && d != "" && !slices.ContainsFunc(rec, func(e string) bool { t := f.ents.Type(e); return t == "PERS" || t == "ORG" }) &&
				slices.ContainsFunc(ev.Actors, func(e string) bool { return f.ents.Type(e) == "PERS" || f.titleSide(tr.at, e) }) {
				rec, met = []string{d}, true // "зустрів делегацію Польщі", "Делегацію в аеропорту зустрів міністр"
			}
			if len(ev.Actors) == 0 || !slices.ContainsFunc(rec, func(e string) bool { t := f.ents.Type(e); return t == "PERS" || t == "ORG" }) && !met {
				continue // "зустрів Новий рік у Харкові": no one met; "треба було зустріти": no one meeting
			}
		}
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
			case strings.HasPrefix(f.toks[n+1].Tag, "noun"):
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
		if v := f.verb(tr.at); tr.verb && tr.noun >= 0 && f.low(tr.noun) == "фінансування" && v == "оголосити" && len(rec) == 0 {
			// "оголосили про фінансування систем IRIS-T для України" is
			// aid to the one named; "Міністерство оголосило про
			// фінансування нових шкіл", its own spending, is none
			continue
		}
		if tr.during && len(rec) == 0 && dest == "" && f.genitiveAfter(tr.at) == "" {
			// "звинуватив Москву … під час зустрічі": the meeting just
			// told, or one the text does not name; no new event.
			continue
		}
		if len(rec) == 0 && (len(ev.Actors) == 0 || impAgent != "") && tr.verb && !tr.passive && f.noSubject(tr.at) {
			// "Філіпчуку висунуто звинувачення", "Бережанській
			// повідомили про підозру": whom it was done to stands
			// before a verb with no subject.
			if e := f.objectEntityBefore(tr.at); e != "" && e != impAgent {
				rec = append(rec, f.joinedBefore(tr.at, e)...)
				rec = append(rec, e)
			} else if k := f.pronounBefore(tr.at); k >= 0 && strings.Contains(f.toks[k].Tag, "pron:pers:3") && f.pronounOpens(k) &&
				(hasCase(&f.toks[k], "v_dav") || hasCase(&f.toks[k], "v_zna") && coerced[ev.Type] && subjectless(f.toks[tr.at].Tag)) {
				// "Його засудили до п'яти років", "Їй повідомили про
				// підозру": the person last named
				if p := f.doneToHere(ev, out); p != "" && hasCase(&f.toks[k], "v_dav") && !plural(&f.toks[k]) && f.officeObjectBefore(k, gender(&f.toks[k])) {
					rec = append(rec, p) // "Керівника підприємства притягнуто до відповідальності, йому видано припис": the one named by his office
				} else if p := f.ents.NearPerson(f.toks[k].RStart, f.s, gender(&f.toks[k])); p != "" {
					rec = append(rec, p)
				} else if p := f.doneToHere(ev, out); p != "" {
					rec = append(rec, p) // "Директора фірми затримали, йому також повідомили про підозру"
				} else if p := f.lastDoneTo(); p != "" {
					rec = append(rec, p) // "Суд обрав директору підприємства запобіжний захід. Його підозрюють у розтраті"
				}
			} else if k := f.adverbsBefore(f.timeBefore(f.adverbsBefore(tr.at))) - 1; k >= 0 && both[f.toks[k].Lemma] && coerced[ev.Type] &&
				subjectless(f.toks[tr.at].Tag) && (hasCase(&f.toks[k], "v_zna") || hasCase(&f.toks[k], "v_rod")) && f.clauseOpens(k) {
				// "Обох у вівторок затримали в Житомирі": the two told of
				// in the sentence before
				if p := f.lastDoneTo(); p != "" {
					rec = append(rec, p)
				} else if two := f.lastTwoDoneTo(); two != nil {
					rec = append(rec, two...)
				} else {
					rec = append(rec, f.low(k))
				}
			} else if k := f.headBefore(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.sharedOpening(f.auxBefore(tr.at)))))); k >= 0 && (hasCase(&f.toks[k], "v_dav") || (hasCase(&f.toks[k], "v_zna") || hasCase(&f.toks[k], "v_rod")) && coerced[ev.Type] && subjectless(f.toks[tr.at].Tag)) &&
				strings.HasPrefix(f.toks[k].Tag, "noun") &&
				strings.Contains(f.toks[k].Tag, ":anim") && !strings.Contains(f.toks[k].Tag, "pron") && !f.collectiveSubject(k) && f.clauseOpens(f.allBefore(f.modifiersBefore(k))) {
				// "Зловмиснику повідомили про підозру", "Посадовця
				// затримали в п'ятницю", "Директору компанії повідомлено
				// про підозру": the one named by a common noun, opening
				// the clause
				// (counted, as many as the text says: "12 осіб заарештовано")
				if p := f.peopleGiven(k); p != "" {
					rec = append(rec, p) // "Пораненим бійцям передали генератори"
				} else if p := f.objectPhrase(k, tr); p != "" && (k < tr.at-1 || k > 0 && f.toks[k-1].Kind == vistka.Number || f.countingWord(k-1)) {
					rec = append(rec, p)
				} else {
					rec = append(rec, f.low(k))
				}
			} else if k := f.objectsOpening(tr.at); k >= 0 && coerced[ev.Type] && subjectless(f.toks[tr.at].Tag) {
				rec = append(rec, f.low(k)) // "Організатора та двох його спільників затримали"
			}
		}
		if len(ev.Actors) == 0 && !tr.verb && ev.Type == "CONSULT" && tr.k.mode == "meet" {
			// "Під головуванням віце-прем'єра Олександра Сича відбулася
			// нарада": the one who chaired it
			if c := f.chair(); c != "" {
				ev.Actors = []string{c}
			}
		}
		if len(ev.Actors) == 0 && !tr.verb && ev.Type == "CONSULT" {
			// "Зустріч відбулася за участі Зеленського та Макрона": the
			// sides that took part (one named alone, "за участі міністра
			// Туреччини Хакана Фідана", is a third party to a meeting told
			// before)
			if ps := f.participants(tr.at, end); len(ps) > 1 {
				ev.Actors = ps
				participated = true
			}
		}
		if len(ev.Actors) == 0 && ev.Type == "COOPERATE" && tr.noun > tr.at && f.low(tr.noun) == "спільний" {
			if s := f.jointSides(tr.noun); s != nil {
				// "було оголошено про старт спільної програми ЄБРР та
				// «Укрзалізниці»": the sides whose programme it is
				ev.Actors, rec = s[:1], s[1:]
			}
		}
		if len(ev.Actors) == 0 && (ev.Type == "AGREE" || ev.Type == "CONSULT" || ev.Type == "COOPERATE") && (strings.Contains(f.toks[tr.at].Tag, ":impers") || tr.passive && strings.Contains(f.toks[tr.at].Tag, ":rev") || f.noSubjectSigning(tr)) {
			// "між ТОВ «Бюро Ейнштейн» та ДП «Облавтодор» було укладено
			// договір": the sides are who agreed ("підписується меморандум
			// між областю та повітом": past the paper, which tells an
			// event of its own)
			b := end
			if !strings.Contains(f.toks[tr.at].Tag, ":impers") {
				b = len(f.toks)
			}
			ev.Actors = f.between(b)
			if len(ev.Actors) == 0 && len(rec) == 0 {
				// "Угоду було підписано в четвер у Кишиневі під час
				// переговорів прем'єр-міністрів України та Молдови": the
				// sides of the talks it was signed at
				ev.Actors = f.duringSides()
			}
			if len(ev.Actors) == 0 && len(rec) == 0 && ev.Type == "AGREE" && tr.noun >= 0 && accords[f.low(tr.noun)] {
				// "Сторони обговорили обмін. Домовленості про новий обмін
				// досягнуто": the sides of the talks told in the sentence
				// or the two before
				if ps, m := f.lastMeeting(out); m != nil && m.Sentence.Start >= f.a.Sentences[max(f.s-2, 0)].RStart {
					ev.Actors = ps
				}
			}
		}
		if len(ev.Actors) == 0 && len(rec) == 0 && ev.Type == "CONSULT" && !tr.verb {
			// "Між Україною та Туреччиною відбулися переговори": the
			// sides named before the noun (of a meeting: "між ними існує
			// угода" tells no agreement made)
			if b := f.between(tr.at); len(b) > 1 {
				ev.Actors = b
			}
		}
		if len(rec) == 0 && ev.Type == "SANCTION" && f.frontedAgainst(tr.at) == 0 && hasCase(&f.toks[1], "v_rod") {
			if e := f.entityAt(1); e != "" {
				rec = append(rec, e) // "Проти Росії запроваджено нові санкції": whom they are against
			}
		}
		if v := f.verb(tr.at); len(rec) == 0 && ev.Type == "SANCTION" && (v == "накласти" || v == "накладати") && tr.at >= 2 && f.low(0) == "на" {
			if e := f.entityAt(1); e != "" && !slices.Contains(ev.Actors, e) && (hasCase(&f.toks[1], "v_zna") || strings.Contains(f.toks[1].Tag, ":nv")) &&
				!slices.ContainsFunc(f.toks[2:tr.at], func(t vistka.Token) bool {
					return strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, "insert") && t.Lemma != "бути"
				}) {
				rec = append(rec, e) // "На Іран накладено санкції США": whom they are put on
			}
		}
		if ev.Type == "AID" && tr.verb && tr.noun < 0 && f.sumFronted(tr.at) {
			if e := f.dativeBefore(tr.at); e != "" && !slices.Contains(ev.Actors, e) {
				// "Фінансування у розмірі 4,5 млн євро Молдові надасть
				// уряд Естонії": the one given the fronted sum, not the
				// giver after the verb
				rec = []string{e}
			}
		}
		if len(ev.Actors) == 0 && len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.noun < 0 {
			if e := f.dativeBefore(tr.at); e != "" {
				rec = append(rec, e) // "Житомирській області було виділено 5 млн грн": the one given to
			}
		}
		if k := f.givenBodyFirst(tr.at); k >= 0 && ev.Type == "AID" && tr.verb && len(rec) == 0 && len(ev.Actors) == 1 && strings.EqualFold(ev.Actors[0], f.toks[k].Text) {
			// "Лікарні передали карету швидкої": the hospital given it,
			// in the dative the tagger read as a nominative plural; the
			// giver unnamed
			ev.Actors = nil
			rec = append(rec, f.toks[k].Lemma)
		}
		if len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.noun < 0 {
			if j := f.dativeBodyBefore(tr.at); j >= 0 {
				p := f.objectPhrase(j, tr)
				if pluralDativeForm(&f.toks[j]) {
					p = f.peopleGiven(j) // "Українським військовим передали": read as the instrumental singular
				}
				if p != "" {
					rec = append(rec, p) // "Мешканцям зруйнованого будинку область виділила по 200 тисяч гривень"
				}
			}
		}
		if len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.noun < 0 {
			if j := f.goodsDativeBefore(tr.at); j >= 0 {
				// "Ще дві котельні місту передала Данія": the one given
				// the goods put first, the giver after the verb
				if e := f.entityAt(j); e != "" {
					rec = append(rec, e)
				} else if p := f.objectPhrase(j, tr); p != "" {
					rec = append(rec, p)
				}
			}
		}
		if len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.noun < 0 {
			if j := f.relativeDative(tr.at); j >= 0 {
				// "відвідав лікарню, якій партнери передали апарат УЗД":
				// the one the relative pronoun stands for is given to
				if e := f.entityAt(j); e != "" {
					rec = append(rec, e)
				} else if p := f.objectPhrase(j, tr); p != "" {
					rec = append(rec, p)
				}
			}
		}
		if v := f.verb(tr.at); len(ev.Actors) == 0 && len(rec) == 0 && ev.Type == "REQUEST" && tr.verb && (v == "доручити" || v == "доручати") {
			if j := f.frontedCharged(tr.at); j >= 0 {
				// "Управлінню освіти доручили перевірити школу": the one
				// charged, put first; the one who charged it unnamed
				if e := f.entityAt(j); e != "" {
					rec = append(rec, e)
				} else if p := f.objectPhrase(j, tr); p != "" {
					rec = append(rec, p)
				}
			}
		}
		if len(rec) == 0 && ev.Type == "REQUEST" && tr.verb && tr.noun > tr.at && f.low(tr.noun) == "рекомендація" {
			// "Компаніям надано рекомендації знизити ціни": whom the
			// advice is given, put first
			for j := tr.at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
				if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && f.governedBy(j) == "" {
					if p := f.objectPhrase(j, tr); p != "" {
						rec = append(rec, p)
					}
					break
				}
			}
		}
		if ev.Type == "COERCE" && tr.noun > tr.at && (f.low(tr.noun) == "штраф" || f.low(tr.noun) == "стягнення") {
			rec = f.finedTogether(tr.noun, end, rec)
		}
		if ev.Type == "COERCE" && tr.verb && obliges[f.verb(tr.at)] {
			rec = f.beforeOrdered(tr.at, end, rec)
		}
		if len(rec) == 0 && ev.Type == "RETREAT" && tr.verb && tr.noun > tr.at {
			if p := f.releasedAfter(tr, end); p != "" && !slices.Contains(ev.Actors, p) {
				rec = append(rec, p) // "звільнив від кримінальної відповідальності інженера": whom
			}
		}
		if g := f.firmRecipients(tr.at, end); tr.verb && len(g) > 1 {
			// "оштрафував компанії «Альфа» та «Бета»": both, not the
			// noun or the last name alone
			rec = slices.DeleteFunc(rec, func(r string) bool { return f.ents.Type(r) == "" || slices.Contains(g, r) })
			rec = append(g, rec...)
		}
		if k := len(out) - 1; len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.at > 0 && isAnd(&f.toks[tr.at-1]) && k >= 0 &&
			len(out[k].Recipients) > 0 && len(ev.Actors) > 0 && slices.Equal(out[k].Actors, ev.Actors) &&
			out[k].TriggerSpan != nil && out[k].TriggerSpan.Start < f.toks[tr.at].RStart && out[k].Sentence == ev.Sentence {
			// "висловив вдячність рятувальникам … та подарував
			// квадрокоптер": the second verb gives to the first's
			rec = slices.Clone(out[k].Recipients)
		}
		ev.Recipients = append(ev.Recipients, slices.DeleteFunc(rec, func(r string) bool { return slices.Contains(ev.Actors, r) })...)
		if k := f.effortsAt(tr.at, end); tr.verb && ev.Type == "AID" && k >= 0 {
			// "придбали для потреб райвідділу зусиллями міської ради та
			// громадською організацією «Ліга …»": those whose efforts
			// bought it give it, to whom it is for
			if b := f.benefactors(k+1, end); len(b) > 0 {
				ev.Actors = b
			}
			if r := f.boughtFor(tr.at, end); r != "" {
				ev.Recipients = []string{r}
			}
		}
		if tr.verb && visitVerbs[f.verb(tr.at)] && len(ev.Actors) == 1 && f.ents.Type(ev.Actors[0]) == "LOC" {
			// "Київ відвідав прем'єр-міністр Нідерландів Дік Схоф": the
			// place is what is visited, the visitor follows the verb
			if v := f.visitorAfter(tr.at, end); v != "" {
				ev.Recipients = []string{ev.Actors[0]}
				ev.Actors = []string{v}
			}
		} else if tr.verb && visitVerbs[f.verb(tr.at)] {
			// "Одесу відвідав президент Чехії": the place before the
			// verb in the accusative is what is visited
			for j := tr.at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
				if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[j], "v_zna") && !hasCase(&f.toks[j], "v_naz") && f.governedBy(j) == "" {
					ev.Recipients = []string{e}
					break
				}
			}
		}
		if tr.verb && visitVerbs[f.verb(tr.at)] && (f.layVisit(tr.at, ev.Actors) || f.attendsClass(tr.at)) {
			continue // "школярі відвідуватимуть басейн СДЮШОР": a trip of the public, no visit to a body; "відвідувала гурток": attendance
		}
		if ev.Type == "SUPPORT" && len(ev.Actors) == 0 {
			if g := f.awardGiver(tr.noun); g != "" {
				// "відзначені грамотами Литовського сейму", "нагородили
				// грамотою міністерства": the body whose award it is gives it
				ev.Actors = []string{g}
				ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == g })
			}
		}
		if v := f.verb(tr.at); (v == "виключити" || v == "виключати") && len(ev.Actors) == 0 && tr.noun >= 0 && tr.noun+1 < len(f.toks) {
			// "Росію виключили з Ради Європи": the body expels
			if e := f.entityAt(tr.noun + 1); e != "" && f.ents.Type(e) == "ORG" {
				ev.Actors = append(ev.Actors, e)
			}
		}
		if tr.partner != "" && !slices.Contains(ev.Recipients, tr.partner) && !slices.Contains(ev.Actors, tr.partner) {
			ev.Recipients = append(ev.Recipients, tr.partner)
		}
		if !tr.verb && ev.Type == "PROTEST" && len(ev.Actors) == 0 {
			if a := f.organisedBy(tr.noun); a != "" {
				ev.Actors = []string{a} // "акції протесту, організовані профспілкою": who held them
			}
		}
		if v := f.verb(tr.at); (v == "стягнути" || v == "стягувати") && ev.Type == "COERCE" && len(ev.Actors) > 0 && (f.throughCourt(0, end) || f.firmActor(ev.Actors, tr.at) || tr.at > 0 && tries[f.low(tr.at-1)]) {
			// "підрядник через суд стягнув з управління борг": a party
			// that sued for the sum, not the court that ordered it; a firm
			// has no power to make anyone pay ("ДП «Альфа» стягує з ТОВ
			// «Бета» 5 млн грн"), so it sues too; and one who tries to
			// recover it ("прокурор намагається стягнути з фірми
			// збитки") claims it in court, as a court that orders it does
			// not try
			ev.Type = "ACCUSE"
		}
		if receives[f.verb(tr.at)] {
			// "Україна отримала транш від МВФ": the subject is the one
			// given to, the giver comes after від.
			ev.Recipients = ev.Actors
			ev.Actors = []string{}
			if g := f.giver(from, end); g != "" {
				ev.Actors = append(ev.Actors, g)
			} else if g := f.bodyGiver(from, end); g != "" && ev.Type == "AGREE" {
				ev.Actors = append(ev.Actors, g) // "від міської влади": a body named by a common noun
			} else if g := f.peopleGiver(from, end); g != "" && ev.Type == "AID" {
				ev.Actors = append(ev.Actors, g) // "отримала від партнерів": people no name stands for
			}
			if len(ev.Actors) == 0 && ev.Type == "AID" && f.underTermsOf(tr.at) {
				continue // "зміни до програми, за якими ветерани зможуть отримати гранти": who may receive under its terms, no aid given
			}
			if r := f.receiver(tr.at); len(ev.Recipients) == 0 && ev.Type == "AID" && tr.verb && r != "" {
				// "клуб отримає від УАФ 5 млн гривень": no name for
				// the one given it, the phrase as quotes give speakers
				ev.Recipients = []string{r}
			}
		}
		if v := f.verb(tr.at); (v == "відбити" || v == "відбивати") && tr.noun >= 0 {
			// "Сили оборони відбили 47 атак російських військ": the
			// subject was attacked; the attackers follow the attacks.
			if w := f.low(tr.at); strings.HasSuffix(w, "ся") || strings.HasSuffix(w, "сь") {
				continue // "відбивалася мама": fended off words
			}
			ev.Recipients = ev.Actors
			ev.Actors = []string{}
			if a := f.attackersAfter(tr.noun); a != "" {
				ev.Actors = append(ev.Actors, a)
			} else if k := tr.noun - 1; k < 0 || !strings.HasPrefix(f.toks[k].Tag, "numr") && f.toks[k].Kind != vistka.Number {
				continue // "мама відбила напад": no attackers, no count of attacks
			}
		}
		if tr.sender != "" {
			if tr.donor {
				ev.Recipients = append(ev.Actors, ev.Recipients...)
			} // (crews that come на допомогу are the sender's, not helped)
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == tr.sender })
			ev.Actors = []string{tr.sender}
			if dest == "" {
				dest = f.destBefore(tr.at) // "До Чернігова прибули": the place helped
			}
		}
		if v := f.verb(tr.at); tr.captor != "" {
			// "Україна повернула з Росії ще 12 дітей": the country they
			// were held in releases them to the subject.
			ev.Recipients = slices.DeleteFunc(append(ev.Actors, ev.Recipients...), func(r string) bool { return r == tr.captor })
			ev.Actors = []string{tr.captor}
		} else if v == "повернути" && tr.noun >= 0 && f.low(tr.noun) == "полон" {
			// "Україна повернула з російського полону 84 людей": the
			// captor releases them to the subject.
			ev.Recipients = append(ev.Actors, ev.Recipients...)
			ev.Actors = []string{}
			if k := tr.noun - 1; k >= 0 && strings.HasPrefix(f.toks[k].Tag, "adj") {
				if c := f.ents.CountryOf(f.toks[k].Lemma); c != "" {
					ev.Actors = append(ev.Actors, c)
				}
			}
		}
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
		if ev.Mode == "visit" && tr.noun >= 0 && len(ev.Recipients) == 0 && place != "" && f.ents.Type(place) == "LOC" {
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
		if place == "" && ev.Type == "CONSULT" && ev.Mode != "visit" && ev.Mode != "phone" {
			place = f.adminSeat(tr.at) // "в обласній державній адміністрації зустрівся", "у приміщенні Одеської ОВА провів зустріч"
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
			place = f.townLeft(tr.at) // "залишили Дебальцеве": the town left
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
		var visit *vistka.Event
		if !tr.during {
			visit = sentVisit
		}
		if place == "" && visit != nil {
			place = visit.Place // "Під час візиту він заявив, що …"
		}
		if place == "" && ev.Type == "CONSULT" && ev.Mode == "meet" && !f.has(phoneWords) && f.daysEarlier(dates, tr.at) == 0 {
			// "Пірц Мусар прибула до Києва. У палаці її зустрів
			// Зеленський": the visitor is met where the visit went (not
			// "За день до того він зустрівся …", before it)
			place = f.visitOf(append(slices.Clone(ev.Actors), ev.Recipients...))
		}
		if place == "" && (ev.Type == "CONSULT" || ev.Type == "AGREE") && f.sameDay() && !f.has(phoneWords) {
			// "Учора в Брюсселі … підписали угоду. Того ж дня ректорка
			// провела переговори": the same day's talks where the last
			// meeting or signing was
			place = f.lastPlace(out)
			if place == "" {
				place = f.dayPlace(dates)
			}
			if place == "" {
				place = f.arrivedThatDay(dates)
			}
			if place == "" {
				place = f.partyPlace(append(slices.Clone(ev.Actors), ev.Recipients...), f.lastDate(out, slices.Contains(ev.Aux, "future")))
			}
		}
		if tr.during && ev.Type == "CONSULT" && len(ev.Actors) == 0 {
			continue // "Під час зустрічі послу вручили ноту": the setting of what was done, no meeting of its own
		}
		if slices.Contains(ev.Actors, place) {
			place = "" // "У Москві відкинули": the actor, not where
		}
		if tr.verb && f.verb(tr.at) == "побувати" && (place == "" || f.ents.Type(place) != "LOC") {
			continue // "побував у фракції Соцпартії": a membership, no place visited
		}
		ev.Place = place
		if c := f.budgetOf(tr.at, end); ev.Type == "AID" && ev.Place == "" && c != "" {
			// "виділять із бюджету Рівного": a town's money, given by the
			// town and spent there
			ev.Place = c
			if len(ev.Actors) == 0 {
				ev.Actors = append(ev.Actors, c)
			}
		}
		if ev.Type == "CONSULT" && ev.Mode == "meet" {
			switch {
			case f.has(phoneWords):
				ev.Mode = "phone"
			case f.mediated() && !participated:
				// (the sides that took part, mediators listed after them,
				// met: "за участі представників Коордштабу, російської
				// сторони та турецьких посередників")
				ev.Mode = "third-party"
			case f.hasFormat(tr) && !(tr.verb && len(ev.Actors) == 1 && len(ev.Recipients) == 1 && f.ents.Type(ev.Recipients[0]) == "PERS"):
				// (one met one at a summit: "На саміті в Гаазі Зеленський
				// зустрівся з Мерцом" is their own meeting, as на полях
				// саміту is)
				ev.Mode = "multilateral"
			}
		}
		if ev.Type == "CONSULT" && ev.Mode == "multilateral" && !tr.verb && f.low(tr.at) == "саміт" && f.twoSided(tr.at) {
			ev.Mode = "meet" // "саміт Україна – ЄС": a summit of two sides
		}
		if ev.Type == "CONSULT" && ev.Mode == "multilateral" && tr.verb && tr.noun > tr.at && len(ev.Recipients) == 0 {
			// "взяв участь у засіданні Ради ЄС", "у саміті НАТО": the body
			// whose gathering it is, as the one met
			if e := f.genitiveAfter(tr.noun); e != "" && entity.Index(e) >= 0 && !slices.Contains(ev.Actors, e) {
				ev.Recipients = append(ev.Recipients, e)
			} else if e := f.entityAt(tr.noun); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "MISC") && strings.Contains(f.ents.Name(e), " ") && !slices.Contains(ev.Actors, e) {
				// "взяла участь у Конференції з відновлення України":
				// the gathering named, as the one met
				ev.Recipients = append(ev.Recipients, e)
			}
		}
		if ev.Type == "CONSULT" && ev.Mode == "multilateral" && tr.verb && tr.noun > tr.at && len(ev.Recipients) == 0 && spokeAt[f.verb(tr.at)] && !f.capitalised(tr.noun) {
			// (a gathering named with a capital the model left untagged,
			// "виступила на відкритті Конференції з відновлення
			// України", is named)
			continue // "Він виступав на конференції": a speech at a gathering no one named
		}
		if tr.verb && (f.firstPerson(tr.at) || f.withAuthor(tr.at) || f.requested(tr.at)) {
			// "ми поговорили з піаністом", "запросив мене", "зі мною
			// погодяться": the author's doing; "закликає допомогти":
			// what is asked for
			continue
		}
		if v := f.verb(tr.at); (v == "викрасти" || v == "викрадати") && !slices.ContainsFunc(ev.Recipients, func(r string) bool { return f.ents.Type(r) == "PERS" || f.ents.Type(r) == "" }) {
			continue // "викрали авто", "викрадав гроші": theft, not an abduction
		}
		if vt := f.toks[tr.at].Tag; ev.Type == "AGREE" && tr.noun >= 0 && f.low(tr.noun) == "декларація" && f.verb(tr.at) == "ухвалити" &&
			len(ev.Actors) < 2 && !strings.HasSuffix(vt, ":p") && !strings.Contains(vt, ":p:") && !f.joint(tr.noun) {
			continue // "Парламент ухвалив декларацію, в якій вимагає …": a body's own statement, no agreement
		}
		if ev.Type == "ACCUSE" && tr.noun >= 0 && scan.ToLower(f.toks[tr.noun].Lemma) == "суд" && f.filedThing(tr.at, end) {
			continue // "подав до суду документи": papers handed in, no one sued; "подала до суду позов": the claim's event
		}
		if ev.Mode == "visit" && tr.verb && len(ev.Actors) == 0 {
			continue // "обладнання прибуде до Миколаєва": nobody comes
		}
		if v := f.verb(tr.at); (v == "фінансувати" || v == "профінансувати") && len(ev.Recipients) == 0 && ev.Place == "" &&
			!slices.ContainsFunc(ev.Actors, func(a string) bool { return f.ents.Type(a) == "LOC" || f.donor(a) }) {
			// (a donor body that pays gives too: "Світовий банк
			// погодився профінансувати ремонт ще 40 мостів")
			continue // "мерія фінансує ремонт доріг": spending, no one aided; a country that pays gives
		}
		if v := f.verb(tr.at); (v == "фінансувати" || v == "профінансувати") && len(ev.Actors) == 0 && f.actFunds(tr.at) {
			continue // "ухвалив бюджет, який фінансуватиме федеральний уряд": a budget law spends, no one gives
		}
		if v := f.verb(tr.at); (v == "фінансувати" || v == "профінансувати") && f.customerPays(tr.at) {
			continue // "Фінансував роботи замовник – ДП «Альфа»": paying for a service ordered, no aid
		}
		if ev.Type == "AID" && tr.noun >= 0 && f.low(tr.noun) == "надання" && f.verb(tr.at) == "погодити" && !f.hasMoney(tr.noun, end) {
			ev.Type = "AGREE" // "погодила надання земельної ділянки": a consent, no aid
		}
		if ev.Type == "AID" && tr.noun >= 0 && handedOver[f.low(tr.noun)] && len(ev.Recipients) == 0 {
			continue // "оголосили про передачу справи": aid only to one named
		}
		if ev.Type == "AID" && tr.noun >= 0 && (f.low(tr.noun) == "виділення" || f.low(tr.noun) == "надання") && len(ev.Recipients) == 0 &&
			!f.hasMoney(tr.noun, end) {
			r := ""
			if f.decisionOf(tr.noun) {
				// "Кошти фонд отримав як фінансову підтримку. Рішення
				// про виділення грошей ухвалювала міська рада": the
				// one that got the money, told just before
				r = f.receivedBefore()
			}
			if r == "" {
				continue // "оголосила про виділення коштів на міст": no one aided, no sum
			}
			ev.Recipients = []string{r}
		}
		if ev.Type == "CONSULT" && tr.verb && talkVerbs[f.verb(tr.at)] && (f.outletSubject(tr.at) || f.pressPartner(tr.at) || f.orgInterviews(tr.at, ev)) {
			// "Портал … поспілкувався з заступником голови", "директор
			// погодився поспілкуватися зі ЗМІ": an interview, no meeting
			continue
		}
		if ev.Type == "CONSULT" && tr.verb && talkVerbs[f.verb(tr.at)] && len(ev.Recipients) == 0 && f.inLanguage(tr.at) {
			continue // "розмовляв лише німецькою": the language one speaks, no talk with anyone
		}
		if ev.Mode == "visit" && tr.noun < 0 && len(ev.Recipients) == 0 && ev.Place == "" {
			// "часто відвідував джазові концерти": nobody and nowhere
			// visited; "Коли активісти прибули, …", "прибули додому":
			// an arrival with no one and nowhere to visit
			continue
		}
		if ev.Mode == "visit" && tr.verb && len(ev.Recipients) == 0 && f.ordinaryVisitors(tr.at) {
			continue // "туристи відвідали музей": people at a place, no party visited
		}
		if ev.Mode == "visit" && tr.verb && len(ev.Recipients) == 0 && f.habitualVisit(tr.at) {
			continue // "бував декілька разів — прилітав сюди": a habit, no visit that took place
		}
		if ev.Mode == "visit" && tr.verb && len(ev.Recipients) == 0 && f.toCelebration(tr.at) {
			continue // "на урочисте відкриття завітали …": guests of a ceremony
		}
		if ev.Type == "SUPPORT" && tr.verb && f.welcomedGuests(tr.at) {
			continue // "учасників фестивалю привітав ректор": a host's welcome
		}
		ev.Date = cmp.Or(f.date(dates, tr.at), mainDate)
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
		if ev.Type == "CONSULT" && !tr.verb && (ev.Place == "" || ev.Date == "") {
			// "Оголошення пролунало після зустрічі міністрів": the
			// meeting was where and when the announcement was
			if m := f.announcement(tr.at); m != nil {
				place, date := f.dl.of(m)
				ev.Place, ev.Date = cmp.Or(ev.Place, place), cmp.Or(ev.Date, date)
			}
		}
		if ev.Type == "ASSAULT" && tr.verb && f.beastAssault(tr.at, end) {
			// "слимаки атакують городи", "убила кількох зайців": animals
			// and pests are no parties, and the idiom is no attack
			continue
		}
		if damages[f.verb(tr.at)] && (tr.passive || strings.Contains(f.toks[tr.at].Tag, "impers") || !slices.ContainsFunc(ev.Actors, f.hostile)) {
			// "буря пошкодила лінії": no attack; "атакували Одесу,
			// пошкоджено судна": the attack told, not another
			continue
		}
		ev.Aux = f.aux(tr)
		if v := f.verb(tr.at); tr.verb && (v == "допустити" || v == "допускати") {
			// "не допустило фірму до участі": the rejection done, not negated
			ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
		}
		if v := f.verb(tr.at); ev.Type == "REJECT" && tr.verb && (v == "виконати" || v == "виконувати") {
			// "не виконуватиме резолюцію": the не is the refusal's own
			ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
		}
		if ev.Type == "THREATEN" && tr.verb && f.notUnanswered(tr.at) {
			// "не залишиться без відповіді": the не is the threat's own
			ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
		}
		if f.unmetCondition(tr.at) && f.threatCondition(tr.at) {
			// "пригрозив Литві відповіддю, якщо Вільнюс не скасує
			// обмеження": what a threat demands is not done (with no
			// threat before it the condition stays a hypothetical event)
			continue
		}
		if c := f.conditionEnd(tr.at); c >= 0 && f.promisedAfter(c) {
			continue // "якби мер не скасував рішення, активісти пообіцяли …": the demand, not done
		}
		if slices.Contains(ev.Aux, "hypothetical") && f.threatCondition(tr.at) {
			continue // "пригрозив …, якщо Угорщина не скасує заборону": the condition, no event
		}
		if f.inCondition(tr.at) {
			continue // "Якщо донори погодяться, установки можуть прибути": the condition, no event
		}
		if n := tr.noun; ev.Type == "SANCTION" && n >= 0 && f.toks[n].Lemma == "заборона" && !f.tradeBan(n) {
			continue // "запровадила заборону на продаж алкоголю": a rule at home, no sanction
		}
		if f.passedOnRequest(tr) {
			continue // "пообіцяв передати прохання Києва до Білого дому": another's request carried, no request of the carrier
		}
		if f.inQuestion(tr.at) {
			continue // "Чи погодиться Вашингтон, поки невідомо": asked, not told, no event
		}
		if tr.verb && f.conditionalMood(tr.at) {
			continue // "він охоче зустрівся б із ними": what one would do, no event
		}
		if tr.verb && f.shouldHave(tr.at) {
			continue // "уряд мав би спершу обговорити механізм": what should have been done, no event
		}
		if tr.verb && f.teamWithheld(tr.at) {
			// the boycott is the team withheld, no negated event
			ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
		}
		if tr.verb && f.neverDoes(tr.at) {
			continue // "працівники банку ніколи не просять назвати пароль": a rule, no event
		}
		if tr.verb && f.habit(tr.at) {
			continue // "При розрахунках вони зустрічалися лише вдвох": a habit, no event
		}
		if n := tr.noun; ev.Type == "CONCEDE" && n >= 0 && (f.low(n) == "вина" || f.low(n) == "провина") &&
			(slices.Contains(ev.Aux, "negation") || f.reasonBefore(tr.at) || f.inPart(tr.at)) {
			// "провину не визнав": no confession; "звільнив, тому що …
			// свою вину визнав": a reason given for a ruling; "провину
			// визнав частково": a partial admission, no concession
			continue
		}
		if v := f.verb(tr.at); (ev.Type == "SUPPORT" || ev.Type == "AGREE") && slices.Equal(ev.Aux, []string{"negation"}) && refused[v] {
			// "не погодився з позицією прокурорів", "райрада не
			// погодила продовження оренди": a rejection ("не
			// підтримали" stays support negated)
			ev.Type, ev.Aux = "REJECT", []string{}
			if f.foundThat(tr.at) {
				// "Суд встановив, що виділення ділянки не було
				// погоджено з департаментом": consent found missing, a
				// finding, no refusal
				continue
			}
		}
		if len(ev.Actors) == 0 && f.summedUp() && slices.ContainsFunc(f.before, func(b vistka.Event) bool { return b.Type == ev.Type }) {
			// "Відділення наклало 544 тис. грн штрафу на компанії. …
			// Таким чином, сумарно фірми отримали 544 тис. грн штрафу":
			// the sum of what was told, no new event
			continue
		}
		if v := f.verb(tr.at); ev.Type == "SUPPORT" && recognise[v] && !slices.Contains(ev.Aux, "negation") &&
			tr.noun >= 0 && f.low(tr.noun) == "результат" {
			continue // "визнав порушення … та спотворення результатів торгів": only results refused are told
		}
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
		if len(ev.Actors) == 0 && len(ev.Recipients) == 0 {
			continue // nothing in the text says who: no event
		}
		if ev.Type == "AID" && tr.noun >= 0 && f.lentToClients(tr.noun) && !slices.ContainsFunc(ev.Actors, f.donor) {
			// "банкам забороняється надавати клієнтам кредити": lending
			// as a business (not "Японія надала кредити українським банкам")
			continue
		}
		if ev.Type == "AID" && tr.noun >= 0 && loanNouns[f.low(tr.noun)] && !slices.ContainsFunc(ev.Actors, f.donor) && slices.ContainsFunc(ev.Recipients, f.lender) {
			// "Кабмін схвалив угоду з ЄІБ про кредит": the bank lends,
			// the borrower who signs with it is given the loan
			ev.Actors, ev.Recipients = ev.Recipients, ev.Actors
		}
		if ev.Type == "AID" && tr.verb && tr.noun > 0 && f.low(tr.noun-1) == "про" && gives[f.verb(tr.at)] {
			continue // "надала подрузі розписку про позику": a paper about the loan given, no loan
		}
		if ev.Type == "AID" && f.bribeIn(tr.at) {
			continue // "отримав від фірми понад 420 тис грн неправомірної вигоди": a bribe
		}
		if ev.Type == "COERCE" && len(ev.Actors) == 0 && forcers[f.verb(tr.at)] && !f.byForce() {
			// "необхідність економити змушує посадовців відмовлятися від
			// програм": circumstances, no one coerced them
			continue
		}
		if ev.Type == "CONSULT" && ev.Mode == "visit" && len(ev.Actors) == 1 && f.vehicle(ev.Actors[0]) {
			continue // "конвой ООН приїжджав туди у вересні": a convoy comes, it visits no one
		}
		if tr.donor && len(ev.Recipients) == 0 && allots[f.verb(tr.at)] && !slices.ContainsFunc(ev.Actors, f.donor) && slices.ContainsFunc(ev.Actors, f.publicPurse) && !f.allottedFor(tr.at, ev.Actors) {
			ev.Recipients = f.allottedTowns(tr.at, ev.Actors) // "спрямував 1,5 млрд гривень на ремонт тепломереж у Харкові та Сумах"
		}
		if tr.donor && !slices.ContainsFunc(ev.Actors, f.donor) && !(tr.help && len(ev.Recipients) == 0 && f.firmMentioned(ev.Actors, tr.at)) &&
			!(allots[f.verb(tr.at)] && slices.ContainsFunc(ev.Actors, f.publicPurse) && (len(ev.Recipients) > 0 || f.allottedFor(tr.at, ev.Actors))) &&
			!(tr.verb && gives[f.verb(tr.at)] && len(ev.Recipients) > 0 && slices.ContainsFunc(ev.Actors, f.charity)) &&
			!(tr.verb && gives[f.verb(tr.at)] && len(ev.Recipients) > 0 && slices.ContainsFunc(ev.Actors, func(a string) bool { return f.guest(a, out) })) &&
			!(tr.sender != "" && f.ents.Type(tr.sender) == "LOC") {
			// (relief sent by a town is its gift, as a country's is:
			// "до Луцька прибула гуманітарна колона з Любліна", "надійшла
			// допомога від Любліна"; a firm that helps do something for no one named gives:
			// "компанія Metinvest, яка допомагала відновити систему ППО")
			continue // "мерія спрямувала 13 млн грн на ремонт": spending
		}
		if ev.Type != "CONSULT" && (ev.Place == "" || ev.Date == "") && len(ev.Aux) == 0 {
			// "Своєю чергою держсекретар висловив подяку Токаєву": what
			// the sides of the meeting just told did to each other, they
			// did there and then.
			if m := f.meetingOf(ev, out); m != nil {
				place, date := f.dl.of(m)
				ev.Place = cmp.Or(ev.Place, place)
				ev.Date = cmp.Or(ev.Date, date)
			} else if m := f.summitOf(ev, out); m != nil {
				ev.Place = cmp.Or(ev.Place, m.Place)
				ev.Date = cmp.Or(ev.Date, m.Date)
			} else if _, m := f.lastMeeting(out); m != nil && ev.Type == "AGREE" && m.Type == "CONSULT" && m.Sentence.Start >= f.a.Sentences[max(f.s-2, 0)].RStart && f.afterTalks() {
				// "Зеленський зустрівся з Туском у Варшаві в четвер. За
				// підсумками переговорів було підписано угоду. Від імені
				// уряду документ підписав міністр …": signed there and then
				place, date := f.dl.of(m)
				ev.Place = cmp.Or(ev.Place, place)
				ev.Date = cmp.Or(ev.Date, date)
			}
		}
		if !tr.verb && len(ev.Actors) == 0 && f.typeBefore(ev.Type, out) && !f.newTarget(ev, out) && !f.leadRetells(ev.Type, out) && !(tr.noun >= 0 && len(ev.Recipients) > 0 && f.countedHeld(tr.noun, tr.k)) {
			// "обмеження покликані позбавити Кремль коштів": the
			// sanctions just told, named again by a noun with no actor
			// (not "Відбулася низка зустрічей з …" after a visit:
			// meetings of their own)
			continue
		}
		if !tr.verb && (tr.during || ev.Place == "" && len(ev.Recipients) == 0) && f.repeats(ev) {
			// "це перший візит Блінкена": the visit already told; "під
			// час зустрічі Пісторіус оголосив": the meeting just told
			continue
		}
		if k := len(out) - 1; tr.verb && ev.Type == "CONSULT" && ev.Mode == "meet" && len(ev.Recipients) == 0 && topicVerbs[f.verb(tr.at)] &&
			k >= 0 && out[k].Mode == "visit" && slices.Equal(out[k].Actors, ev.Actors) && tr.at > 0 && (f.low(tr.at-1) == "який" || f.low(tr.at-1) == "котрий") {
			// "має прибути Арарат Мірзоян, який обговорить підготовку
			// угоди": what the visit is for, no meeting of its own
			continue
		}
		if k := len(out) - 1; tr.verb && ev.Type == "CONSULT" && topicVerbs[f.verb(tr.at)] && k >= 0 && out[k].Type == "CONSULT" && f.duringWhich(tr.at) {
			// "провів зустріч з головою місії МВФ, під час якої сторони
			// обговорили умови програми": what the meeting just told
			// discussed, no meeting of its own (nor of the sides named
			// in an earlier sentence)
			continue
		}
		if v := f.verb(tr.at); tr.verb && (v == "провести" || v == "проводити") && tr.noun >= 0 && f.low(tr.noun) == "засідання" &&
			len(ev.Actors) < 2 && !f.jointBody(tr.noun+1) && !f.bodyOfTwo(tr.noun+1) {
			continue // "Кабінет міністрів провів засідання": a body sitting alone
		}
		if tr.noun >= 0 && f.low(tr.noun) == "засідання" && ev.Mode == "multilateral" && (f.jointBody(tr.noun+1) && len(ev.Actors)+len(ev.Recipients) <= 2 || f.bodyOfTwo(tr.noun+1)) {
			// "засідання спільної міжурядової комісії" of two states,
			// "засідання Ради асоціації Україна – ЄС"
			ev.Mode = "meet"
		}
		if tr.noun > 0 && ev.Type == "CONSULT" && ev.Mode == "meet" && manySided(f.low(tr.noun-1)) {
			ev.Mode = "multilateral" // "провели тристоронню зустріч"
		}
		if tr.noun > 0 && ev.Type == "CONSULT" && len(ev.Recipients) > 1 && f.low(tr.noun) == "зустріч" && f.low(tr.noun-1) == "окремий" {
			// "провів окремі зустрічі з українською та російською
			// делегаціями": a go-between meeting each side
			ev.Mode = "third-party"
		} else if tr.noun >= 0 && ev.Type == "CONSULT" && len(ev.Recipients) > 1 && f.low(tr.noun) == "зустріч" && strings.Contains(f.toks[tr.noun].Tag, ":p:") {
			// "провів зустрічі з X і Y": a meeting with each (a country
			// with the person after it, whose title names it: "з послом
			// України в НАТО Вадимом Пристайком")
			for n := 0; n < len(ev.Recipients); n++ {
				one := ev
				one.Recipients = []string{ev.Recipients[n]}
				if f.ents.Type(ev.Recipients[n]) == "LOC" && n+1 < len(ev.Recipients) && f.ents.Type(ev.Recipients[n+1]) == "PERS" {
					one.Recipients = slices.Clone(ev.Recipients[n : n+2])
					n++
				}
				one.Actors, one.Aux = slices.Clone(ev.Actors), slices.Clone(ev.Aux)
				if one.Mode == "multilateral" && tr.verb && len(one.Actors) == 1 && f.ents.Type(one.Recipients[len(one.Recipients)-1]) == "PERS" {
					// "узяв участь у засіданні Ради ЄС і провів зустрічі з
					// Каллас та Рютте": one met each, as one who met one
					// at a summit (see hasFormat above)
					one.Mode = "meet"
				}
				out = append(out, one)
			}
			continue
		}
		if tr.verb && ev.Type == "AGREE" && buys[f.verb(tr.at)] {
			// "техніку для системи «Єдиний медичний простір» придбали у
			// ТОВ «Альфа»": a buyer is a subject named before the verb
			ev.Actors = slices.DeleteFunc(ev.Actors, func(a string) bool { return !f.subjectBefore(a, tr.at) })
		}
		if v := f.verb(tr.at); tr.verb && ev.Type == "AGREE" && (v == "замовити" || v == "замовляти") {
			if j := f.orderedFromAt(tr.at); j >= 0 {
				if e := f.entityAt(j); slices.Contains(ev.Actors, e) {
					// "Техніку замовили ТОВ «Будсервіс»": the firm the order
					// went to, after a verb with no subject, is no customer
					ev.Actors = slices.DeleteFunc(ev.Actors, func(a string) bool { return a == e })
					if !slices.Contains(ev.Recipients, e) {
						ev.Recipients = append([]string{e}, ev.Recipients...)
					}
				} else if e != "" && !slices.Contains(ev.Recipients, e) {
					// "замовив приватній фірмі «Діта» ремонт": the firm's
					// name, not the word for its kind
					ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return legalForms[scan.ToLower(r)] })
					ev.Recipients = append([]string{e}, ev.Recipients...)
				}
			}
		}
		if tr.fronted && ev.Type == "SANCTION" && f.packageOpening(tr.noun) {
			// the package put first, who adopted it named before the
			// verb ("20-й пакет санкцій проти Росії Рада ЄС ухвалила") or
			// as its owner, the verb having no other subject ("19-й пакет
			// санкцій ЄС ухвалив торік"): no recipient
			for _, e := range []string{f.entityAt(tr.at - 1), f.entityAt(tr.noun + 1)} {
				if e == "" || !slices.Contains(ev.Recipients, e) {
					continue
				}
				ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == e })
				if len(ev.Actors) == 0 {
					ev.Actors = []string{e}
				}
			}
		}
		if tr.verb && ev.Type == "THREATEN" && threats[f.verb(tr.at)] && len(ev.Recipients) == 0 {
			if r := f.threatenedObject(tr); r != "" {
				ev.Recipients = []string{r} // "пригрозив звільнити директора з посади": the one to be dismissed
			}
		}
		if v := f.verb(tr.at); tr.verb && ev.Type == "ACCUSE" && (v == "назвати" || v == "називати") {
			if k := f.breachAt(tr.at); k > 0 {
				ev.Recipients = f.calledOwners(tr.at, k)
			}
		}
		if v := f.verb(tr.at); tr.verb && ev.Type == "REJECT" && (v == "назвати" || v == "називати") && len(ev.Recipients) == 0 {
			if k := f.voidedAt(tr.at); k >= 0 {
				if e := f.voidedOwner(k); e != "" {
					ev.Recipients = []string{e} // "рішення Ради Європи назвали нікчемним"
				}
			} else if k := f.falseClaimAt(tr.at); k >= 0 {
				if e := f.voidedOwner(k); e != "" {
					ev.Recipients = []string{e} // "назвав фейком заяви Кремля": whose claim
				}
			}
		}
		if listers[f.verb(tr.at)] && ev.Type == "COERCE" && len(ev.Actors) == 0 {
			if e := f.listOwner(f.outlawList(tr.at)); e != "" {
				ev.Actors = []string{e} // "до переліку терористів Росфінмоніторингу": who keeps the list
			}
		}
		if n := f.sanctionList(tr.at); n >= 0 && listers[f.verb(tr.at)] && ev.Type == "SANCTION" && n+1 < len(f.toks) {
			m := n + 1
			if f.low(m) == "санкція" {
				m++ // до списку санкцій
			}
			e := f.entityAt(m)
			switch {
			case e == "":
			case len(ev.Actors) == 0 && hasCase(&f.toks[m], "v_rod") && (f.ents.Type(e) == "LOC" || f.ents.Type(e) == "ORG"):
				ev.Actors = []string{e} // "До санкційного списку Великої Британії внесли": whose list
			case len(ev.Recipients) == 0 && f.ents.Type(e) == "PERS" && m > tr.at:
				ev.Recipients = []string{e} // "внесла до санкційного списку Ротенберга": a person owns no such list
			}
		}
		if v := f.verb(tr.at); ev.Type == "ACCUSE" && (v == "зацікавитися" || v == "зацікавлюватися") && len(ev.Recipients) == 0 && tr.at > 0 &&
			hasCase(&f.toks[tr.at-1], "v_oru") && strings.HasPrefix(f.toks[tr.at-1].Tag, "noun") {
			ev.Recipients = []string{cmp.Or(f.entityAt(tr.at-1), f.low(tr.at-1))} // "поетом зацікавився Слідчий комітет"
		}
		if v := f.verb(tr.at); ev.Type == "REQUEST" && tr.noun < 0 && (v == "запропонувати" || v == "пропонувати") && len(ev.Recipients) == 0 {
			if j := f.proposedTo(tr.at); j >= 0 {
				ev.Recipients = []string{cmp.Or(f.entityAt(j), f.low(j))}
			}
		}
		ev.Actors, ev.Recipients = f.withJoined(ev.Actors), f.withJoined(ev.Recipients)
		ev.Actors, ev.Recipients = f.calledBodies(ev.Actors), f.calledBodies(ev.Recipients)
		if ev.Type == "REQUEST" && f.privateAsking(ev) {
			continue // "подруга запропонувала мамі пройти обстеження": a private suggestion
		}
		if ev.Type == "CONSULT" && len(ev.Recipients) == 0 && len(ev.Actors) == 1 && scan.ToLower(ev.Actors[0]) == "учасники" {
			// "Учасники обговорили програму": the participants of a
			// meeting told before, which names them; no side named here
			continue
		}
		if ev.Type == "ACCUSE" && len(ev.Recipients) == 0 && f.complaint(tr) {
			// "мешканці скаржаться на низький тиск води", "подали понад
			// 300 скарг": a grievance with no one it is against or
			// brought to is no accusation
			continue
		}
		if ev.Type == "CONSULT" && ev.Mode == "meet" && len(ev.Recipients) > 1 {
			if j, k := f.thenWith(tr.at); j >= 0 {
				// "провів зустріч з верховною представницею ЄС Каєю
				// Каллас, а згодом – з міністром закордонних справ
				// Нідерландів": a second meeting, the verb left out
				var first, then []string
				for _, r := range ev.Recipients {
					if f.mentionedIn(r, k, len(f.toks)) && !f.mentionedIn(r, tr.at, j) {
						then = append(then, r)
					} else {
						first = append(first, r)
					}
				}
				if len(first) > 0 && len(then) > 0 {
					ev.Recipients = first
					out = append(out, ev)
					next := ev
					next.Actors, next.Recipients, next.Aux = slices.Clone(ev.Actors), then, slices.Clone(ev.Aux)
					next.TriggerSpan = &vistka.Range{Start: f.toks[j].RStart, End: f.toks[k].REnd}
					next.Trigger = f.text(j, k+1)
					if day, ok := f.dayIn(dates, j+1, k); ok {
						// ", а 25 листопада – з Пауеллом": its own day, and
						// not the place the first conjunct was given
						next.Date = day
						if ev.Place != "" && f.mentionedIn(ev.Place, tr.at, j) {
							next.Place = ""
						}
					}
					out = append(out, next)
					continue
				}
			}
		}
		out = append(out, ev)
		if v := f.verb(tr.at); ev.Type == "REQUEST" && tr.noun < 0 && (v == "звернутися" || v == "звертатися") {
			if j, k, r := f.alsoTurnedTo(tr.at); r != "" && !slices.Contains(ev.Recipients, r) {
				// "звернулася до партій щодо …, а також – до МВС
				// стосовно …": the verb left out, a second appeal
				also := ev
				also.Actors, also.Recipients, also.Aux = slices.Clone(ev.Actors), []string{r}, slices.Clone(ev.Aux)
				also.TriggerSpan = &vistka.Range{Start: f.toks[j].RStart, End: f.toks[k].REnd}
				also.Trigger = f.text(j, k+1)
				out = append(out, also)
			}
		}
		if ev.Type == "PROTEST" && len(ev.Actors) > 0 && slices.Contains(ev.Aux, "future") && !f.afterUnmetCondition(tr.at) && (f.unmetOpening(tr.at) || f.promisedUnless(tr.at)) {
			// "Якщо цього не зроблять, працівники проведуть
			// попереджувальний страйк": a protest held out if a demand is
			// not met is a threat of protest (CAMEO 133), none held
			out[len(out)-1] = threatOf(ev)
		}
		if ev.Type != "THREATEN" && len(ev.Actors) > 0 && slices.Contains(ev.Aux, "future") && (f.onRefusal(tr.at) || f.afterUnmetCondition(tr.at)) {
			if f.unmetConditionWord(tr.at) == "якби" {
				// "якби мер не скасував рішення, активісти пообіцяли
				// влаштувати пікет": the condition is contrary to fact,
				// so the threat is all there is; the picket will not be
				out[len(out)-1] = threatOf(ev)
			} else if w := f.warnedClause(tr.at); w < 0 || f.warnerActs(w, ev.Actors) {
				// (in what a warning says that others will do, "Організатори
				// попередили, що в разі ігнорування вимог до протесту
				// долучаться аграрії", the warner's threat is the warning
				// itself)
				out = append(out, threatOf(ev)) // "в разі відмови Кишинів звернеться до ГА ООН": a threat
			}
		}
		if tr.verb && !tr.passive && ev.Type == "ACCUSE" && len(ev.Actors) == 1 && len(ev.Recipients) == 1 {
			if j, k := f.inTurn(tr.at); j >= 0 {
				// "Хомко звинувачував Стасюка у популізмі, а той, у свою
				// чергу, у бажанні …": the one accused accuses back
				back := ev
				back.Actors, back.Recipients = slices.Clone(ev.Recipients), slices.Clone(ev.Actors)
				back.TriggerSpan = &vistka.Range{Start: f.toks[j].RStart, End: f.toks[k].REnd}
				back.Trigger = f.text(j, k+1)
				out = append(out, back)
			}
		}
	}
	return f.ownVisit(out)
}

// inTurn returns where ", а той" begins a clause with no verb of its own
// that repeats the verb at at with its roles turned: "звинувачував
// Стасюка у популізмі, а той, у свою чергу, у бажанні …" — той, then the
// preposition that followed the object. It returns the span from а to
// that preposition, or -1, -1 for any other.
func (f *finder) inTurn(at int) (from, to int) {
	prep := ""
	for j := at + 1; j < len(f.toks) && j <= at+6; j++ {
		if isPrep(&f.toks[j]) {
			prep = f.low(j)
			break
		}
	}
	if prep == "" {
		return -1, -1
	}
	for j := at + 1; j+2 < len(f.toks); j++ {
		t := &f.toks[j]
		if endsSentence(t) || strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			return -1, -1
		}
		if t.Text != "," || f.low(j+1) != "а" || f.low(j+2) != "той" || !hasCase(&f.toks[j+2], "v_naz") {
			continue
		}
		k := j + 3
		for k < len(f.toks) && (f.toks[k].Kind == vistka.Punct || isDash(&f.toks[k])) {
			k++
		}
		if k+2 < len(f.toks) && f.low(k) == "у" && f.low(k+1) == "свій" && f.low(k+2) == "черга" {
			k += 3 // у свою чергу
		}
		for k < len(f.toks) && (f.toks[k].Kind == vistka.Punct || isDash(&f.toks[k])) {
			k++
		}
		if k < len(f.toks) && isPrep(&f.toks[k]) && (f.low(k) == prep || (prep == "у" || prep == "в") && (f.low(k) == "у" || f.low(k) == "в")) {
			return j + 1, k
		}
		return -1, -1
	}
	return -1, -1
}

// ownVisit gives the events of a sentence set during a visit it tells
// itself ("Під час візиту до Берліна Зеленський зустрівся з Шольцом", "У
// рамках візиту до Японії Шмигаль підписав угоду") the visit's place and
// date when they have none of their own.
func (f *finder) ownVisit(out []vistka.Event) []vistka.Event {
	k := slices.IndexFunc(out, func(e vistka.Event) bool { return e.Type == "CONSULT" && e.Mode == "visit" && e.Place != "" })
	if k < 0 || !f.setDuring() {
		return out
	}
	for i := range out {
		if i == k || len(out[i].Aux) > 0 {
			continue
		}
		out[i].Place = cmp.Or(out[i].Place, out[k].Place)
		out[i].Date = cmp.Or(out[i].Date, out[k].Date)
	}
	return out
}

// outcomeOfMeeting reports whether the sentence opens by telling what
// came of a meeting: "За результатами зустрічі", "За підсумками
// переговорів", "Після переговорів".
func (f *finder) outcomeOfMeeting() bool {
	if len(f.toks) < 3 {
		return false
	}
	a, b := f.low(0), f.low(1)
	switch {
	case a == "за" && (b == "результат" || b == "підсумок"):
		return meetingNouns[f.low(2)]
	case a == "після":
		return meetingNouns[b]
	}
	return false
}

// setDuring reports whether the sentence sets itself during a visit:
// "Під час візиту до …", "У рамках візиту до …", "В ході візиту …", with
// adjectives before the noun ("під час офіційного візиту") and after the
// subject ("Кравець під час візиту до Молдови провів переговори"), or
// after an arrival ("Після прибуття до Варшави прем'єр провів переговори").
func (f *finder) setDuring() bool {
	for i := 0; i+2 < len(f.toks); i++ {
		a, b := f.low(i), f.low(i+1)
		if a == "після" && b == "прибуття" && f.arrivalSetting(i+1) && (i == 0 || f.toks[i-1].Kind == vistka.Punct || f.entityAt(i-1) != "" || f.low(i-1) == "одразу" || f.low(i-1) == "відразу") {
			return true // "Після прибуття до Варшави прем'єр провів переговори": there
		}
		if !(a == "під" && b == "час" || a == "у" && b == "рамка" || a == "в" && b == "рамка" || a == "в" && b == "хід" || a == "у" && b == "хід") {
			continue
		}
		if i > 0 && f.toks[i-1].Kind != vistka.Punct && f.entityAt(i-1) == "" {
			continue // "зустрівся під час візиту": a clause's opening only, or right after its subject
		}
		c := i + 2
		for c+1 < len(f.toks) && strings.HasPrefix(f.toks[c].Tag, "adj") {
			c++
		}
		if w := f.low(c); w == "візит" || w == "поїздка" || w == "перебування" {
			return true
		}
	}
	return false
}

// talksEnded reports whether завершити at i with the meeting noun at j
// tells talks held with a partner named after з ("Завершивши переговори
// з Дудою", "завершив зустріч із Туском"). An infinitive tells no talks
// held ("пообіцяла завершити переговори з Єврокомісією"), nor do talks
// ended with no partner, which tell an accord reached ("Україна та ЄС
// завершили переговори щодо угоди").
func (f *finder) talksEnded(i, j int) bool {
	if strings.Contains(f.toks[i].Tag, ":inf") || j+1 >= len(f.toks) {
		return false
	}
	switch f.low(j + 1) {
	case "з", "із", "зі":
		return true
	}
	return false
}

// arrivalSetting reports whether the noun прибуття at i sets its clause
// after an arrival at a place by that clause's subject: "Після прибуття
// до Варшави прем'єр провів переговори". Not when the one who arrived is
// named in the genitive after it ("після прибуття поїзда до Києва"), and
// not when an object in the accusative stands before the clause's verb
// ("Після прибуття до Києва делегацію зустрів міністр"): the one who
// arrived is then no subject.
func (f *finder) arrivalSetting(i int) bool {
	if i == 0 || f.low(i-1) != "після" || i+2 >= len(f.toks) {
		return false
	}
	switch f.low(i + 1) {
	case "до", "в", "у", "на":
	default:
		return false
	}
	for j := i + 2; j < len(f.toks) && !endsSentence(&f.toks[j]); j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "verb") {
			return true
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") && !hasCase(t, "v_naz") && !isPrep(&f.toks[j-1]) {
			return false
		}
	}
	return true
}

// frontedGuest returns, for a visit or an arrival noun at at that sets its
// clause ("Під час візиту до Києва", "Після прибуття до Києва"), the
// object in the accusative the clause puts first, after the noun's place
// and before its verb: "делегацію" of "Під час візиту до Києва делегацію
// прийняв президент", the one who came (the subject after the verb is the
// host). -1 when the verb comes first or no such object stands there.
func (f *finder) frontedGuest(at int) int {
	if at+1 >= len(f.toks) {
		return -1
	}
	switch f.low(at + 1) {
	case "до", "в", "у", "на":
	default:
		return -1
	}
	j := at + 2
	for j < len(f.toks) && f.toks[j].Kind == vistka.Word && !strings.HasPrefix(f.toks[j].Tag, "verb") && !hasCase(&f.toks[j], "v_zna") && !hasCase(&f.toks[j], "v_naz") {
		j++ // the place: "до Києва", "до української столиці"
	}
	if j >= len(f.toks) || j == at+2 {
		return -1
	}
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") || hasCase(t, "v_naz") || strings.Contains(t.Tag, "pron") && !strings.Contains(t.Tag, "pers") {
		return -1
	}
	e := f.entityAt(j)
	if f.governedBy(j) != "" || e == "" && !strings.Contains(t.Tag, ":anim") && !actorNoun(lower(t)) {
		return -1 // "під час візиту до Берліна в четвер підписав": a time, no guest
	}
	for k := j + 1; k < len(f.toks) && k <= j+6; k++ {
		u := &f.toks[k]
		if strings.HasPrefix(u.Tag, "verb") {
			return j
		}
		if u.Kind != vistka.Word || e != "" && f.entityAt(k) != e && !hasCase(u, "v_rod") || e == "" && !hasCase(u, "v_rod") {
			return -1 // the object's own words only: "делегацію Польщі"
		}
	}
	return -1
}

// guestName names the one frontedGuest found at g: a name, the person a
// title names, or the phrase in the nominative.
func (f *finder) guestName(g int, tr trig) string {
	if e := f.entityAt(g); e != "" {
		return e
	}
	if r := f.ents.RoleAt(f.a, f.s, g); r != "" {
		return r
	}
	return f.objectPhrase(g, tr)
}

// pronounObjectBefore returns, when a pronoun object follows the verb at
// i ("облили пікап бензином і підпалили його"), the noun of objs it
// stands for: the last one before the verb within its sentence's few
// words, with no punctuation between; or -1.
func (f *finder) pronounObjectBefore(i int, objs map[string]kind) int {
	if i+1 >= len(f.toks) {
		return -1
	}
	switch scan.ToLower(f.toks[i+1].Text) {
	case "його", "її", "їх":
	default:
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return -1
		}
		if _, ok := objs[f.low(j)]; ok && strings.HasPrefix(f.toks[j].Tag, "noun") {
			return j
		}
	}
	return -1
}

// decreeVerbs put a decision or a decree into force: ввести (увести) в
// дію, підписати, ухвалити, затвердити.
var decreeVerbs = map[string]bool{"ввести": true, "увести": true, "підписати": true, "ухвалити": true, "затвердити": true}

// sanctionActs are the nouns of applying sanctions that may stand
// between про and the sanctions: "про застосування санкцій".
var sanctionActs = map[string]bool{"застосування": true, "запровадження": true, "введення": true, "продовження": true}

// importTariff reports whether the duty at j is put on goods brought in
// (на імпорт, на китайські товари, на ввезення), a measure against
// another's trade, not a tax on one's own exports or a fee paid.
func (f *finder) importTariff(j int) bool {
	for k := j + 1; k < len(f.toks) && k <= j+5; k++ {
		switch f.low(k) {
		case "імпорт", "ввезення", "товар", "продукція", "продукт":
			return true
		case "експорт", "вивезення":
			return false
		}
		if f.toks[k].Kind == vistka.Punct {
			break
		}
	}
	return f.foreignGoods(j)
}

// countryAdj reports an adjective of a country or a union of them by its
// ending (європейський, китайський, німецький, французький).
func countryAdj(lw string) bool {
	return strings.HasSuffix(lw, "ський") || strings.HasSuffix(lw, "цький") || strings.HasSuffix(lw, "зький")
}

// foreignGoods reports whether the goods a duty at j is put on (after на)
// are told as another's: by an adjective of a country's people ("мита на
// європейські автомобілі", "мито на китайську сталь"), by the land they
// come from ("на сталь з Китаю") or by a clause of bringing them in ("на
// легкові автомобілі, які імпортують з Європейського Союзу").
func (f *finder) foreignGoods(j int) bool {
	on := false
	for k := j + 1; k < len(f.toks) && k <= j+12; k++ {
		lw := f.low(k)
		switch {
		case lw == "експорт" || lw == "вивезення":
			return false
		case lw == "на":
			on = true
		case !on:
		case strings.HasPrefix(f.toks[k].Tag, "adj") && countryAdj(lw):
			return true
		case (lw == "з" || lw == "із") && k+1 < len(f.toks) && f.spanType(k+1) == "LOC":
			return true
		case lw == "імпортувати" || lw == "ввозити" || lw == "ввезти":
			return true
		case f.toks[k].Kind == vistka.Punct && (lw != "," || k+1 >= len(f.toks) || f.low(k+1) != "який"):
			return false
		}
	}
	return false
}

// sanctionDecree returns the index of the sanctions noun when the verb
// at i puts into force a decision or a decree about sanctions, the body
// that decided named in between: "увів у дію рішення Ради національної
// безпеки і оборони про застосування санкцій", "підписав указ про
// санкції", "ухвалила рішення про запровадження санкцій"; or -1.
func (f *finder) sanctionDecree(i int) int {
	j := i + 1
	if j+1 < len(f.toks) && (f.low(j) == "у" || f.low(j) == "в") && f.low(j+1) == "дія" {
		j += 2 // "увів у дію рішення"
	}
	if j >= len(f.toks) || f.low(j) != "рішення" && f.low(j) != "указ" && f.low(j) != "постанова" {
		return -1
	}
	for k := j + 1; k < len(f.toks) && k <= j+8; k++ {
		if f.toks[k].Kind == vistka.Punct {
			return -1
		}
		if f.low(k) != "про" {
			continue
		}
		n := k + 1
		if n < len(f.toks) && sanctionActs[f.low(n)] {
			n++
			for n < len(f.toks) && (strings.HasPrefix(f.toks[n].Tag, "adj") || f.toks[n].Kind == vistka.Number) {
				n++ // "про запровадження 25-відсоткових мит"
			}
		}
		if n < len(f.toks) && (f.low(n) == "санкція" || f.low(n) == "мито" && n > k+1 && f.importTariff(n)) {
			return n
		}
		return -1
	}
	return -1
}

// objectOfTrigger reports whether the event noun at i is the object of a
// verb that names an event of its own right before it, with at most
// adjectives between: "засудили удари", "відкинули ці звинувачення".
func (f *finder) objectOfTrigger(i int) bool {
	j := i - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j--
	}
	if j < 0 {
		return false
	}
	k, ok := verbs[f.verb(j)]
	return ok && k.typ != ""
}

// typeBefore reports whether an event of type typ was told before in the
// document or in this sentence.
func (f *finder) typeBefore(typ string, here []vistka.Event) bool {
	return slices.ContainsFunc(f.before, func(b vistka.Event) bool { return b.Type == typ }) ||
		slices.ContainsFunc(here, func(b vistka.Event) bool { return b.Type == typ })
}

// relativeMain returns the subjects of the main clause when the verb at
// at stands in a relative clause on its object with no subject of its
// own: "Лідери ухвалили декларацію, в якій засудили удари" — the leaders
// condemned.
func (f *finder) relativeMain(at int) []string {
	if v := f.relativeMainVerb(at); v >= 0 {
		return f.subjects(v)
	}
	return nil
}

// relativeMainVerb returns the verb of the main clause whose subjects
// relativeMain takes, or -1.
func (f *finder) relativeMainVerb(at int) int {
	if strings.Contains(f.toks[at].Tag, ":inf") {
		// "заяву, в якій домовилися регулярно обмінюватися візитами та
		// поглиблювати співпрацю": the verb that governs the
		// infinitives, in the same clause
		for j := at - 1; j >= 0 && j >= at-12 && f.toks[j].Kind != vistka.Punct; j-- {
			if t := f.toks[j].Tag; strings.HasPrefix(t, "verb") && !strings.Contains(t, ":inf") {
				at = j
				break
			}
		}
	}
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && !strings.HasPrefix(f.toks[k].Tag, "verb") && f.toks[k].Lemma != "який" {
		k--
	}
	// "Сейм ухвалив резолюцію, яка вимагає від Росії …": a paper that
	// asks or condemns speaks for whoever passed or sent it
	paper := k >= 2 && f.toks[k].Lemma == "який" && hasCase(&f.toks[k], "v_naz") && f.toks[k-1].Text == "," && writtenActs[f.low(k-2)]
	if k < 2 || f.toks[k].Lemma != "який" || hasCase(&f.toks[k], "v_naz") && !paper || f.personObjectRelative(at) != "" {
		return -1
	}
	c := k - 1
	if isPrep(&f.toks[c]) {
		c--
	}
	if c < 1 || f.toks[c].Text != "," {
		return -1
	}
	for v := c - 1; v >= 0; v-- {
		if t := &f.toks[v]; strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			if paper {
				if !passVerbs[f.verb(v)] && !sendsPaper[f.verb(v)] || v < c-4 {
					return -1
				}
				return v
			}
			if !agree(t, &f.toks[at]) {
				return -1
			}
			return v
		}
	}
	return -1
}

// writtenActs are the papers that speak for whoever passed or sent them:
// a resolution that demands, a statement that condemns.
var writtenActs = map[string]bool{"резолюція": true, "постанова": true, "заява": true, "звернення": true, "декларація": true,
	"лист": true, "нота": true, "петиція": true, "комюніке": true}

// sendsPaper are the verbs of putting out or sending a paper.
var sendsPaper = map[string]bool{"підписати": true, "оприлюднити": true, "направити": true, "надіслати": true, "поширити": true,
	"опублікувати": true, "підписувати": true, "направляти": true, "надсилати": true}

// agreedWith returns the party whose view the noun at n (after погодитися
// з) is: the body it names itself (апеляційним судом), or the one named
// in the genitive after it (висновками суду першої інстанції, позицією
// прокуратури), as an entity or as written.
func (f *finder) agreedWith(n, end int) string {
	if e := f.entityAt(n); e != "" {
		return e
	}
	free := trig{noun: -1, k: kind{"SUPPORT", ""}}
	if actorNoun(f.low(n)) {
		return f.objectPhrase(n, free)
	}
	k := n + 1
	for k < end && strings.HasPrefix(f.toks[k].Tag, "adj") && hasCase(&f.toks[k], "v_rod") {
		k++
	}
	if k >= end || !hasCase(&f.toks[k], "v_rod") {
		return ""
	}
	if e := f.entityAt(k); e != "" {
		return e
	}
	return f.objectPhrase(k, free)
}

// personObjectRelative returns the person named right before ", якого" or
// ", яку" (no preposition) when that relative pronoun is the object of the
// verb at at with nothing but adverbs and words of time between: "з
// Олегом Ляшком, якого затримали минулого тижня" — Ляшко was detained,
// and the main clause's subject did not do it.
func (f *finder) personObjectRelative(at int) string {
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && (strings.HasPrefix(f.toks[k].Tag, "adv") || f.spanType(k) == "DATE") && f.low(k) != "який" {
		k--
	}
	// (якого of a man is read as the genitive as often: one form)
	if k < 2 || f.low(k) != "який" || !hasCase(&f.toks[k], "v_zna") && !(hasCase(&f.toks[k], "v_rod") && strings.Contains(f.toks[k].Tag, ":m:")) || f.toks[k-1].Text != "," {
		return ""
	}
	if e := f.entityAt(k - 2); e != "" && f.ents.Type(e) == "PERS" {
		return e
	}
	// "затримали директора комунального підприємства «Альфа», якого
	// підозрюють у …": a person named by a role, with the genitive words
	// and a firm's name after it
	for j := k - 2; j >= 0 && j >= k-9; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && f.entityAt(j) == "" && (hasCase(t, "v_zna") || hasCase(t, "v_rod") && strings.Contains(t.Tag, ":m:")) &&
			j > 0 && strings.HasPrefix(f.toks[j-1].Tag, "verb") {
			return f.objectPhrase(j, trig{noun: -1, k: kind{"ACCUSE", ""}})
		}
		if t.Kind != vistka.QuoteMark && !hasCase(t, "v_rod") && f.entityAt(j) == "" {
			return ""
		}
	}
	return ""
}

// joinedToNominative reports whether the name e ending at token i is
// joined by і, та or й to a name before it whose first word is in the
// nominative: "Міністерство економіки та Світовий банк".
func (f *finder) joinedToNominative(i int, e string) bool {
	j := i
	for j > 0 && f.entityAt(j-1) == e {
		j--
	}
	if j < 2 || !isAnd(&f.toks[j-1]) {
		return false
	}
	o := f.entityAt(j - 2)
	if o == "" || o == e {
		return false
	}
	k := j - 2
	for k > 0 && f.entityAt(k-1) == o {
		k--
	}
	return hasCase(&f.toks[k], "v_naz")
}

// joinedToPerson reports whether the name of entity e at i follows і or
// та after another person's name, past the title in front of e's name
// (прем'єр-міністр Молдови): "Юлія Свириденко та прем'єр-міністр
// Молдови Александру Мунтяну".
func (f *finder) joinedToPerson(i int, e string) bool {
	j := i
	for j > 0 && f.entityAt(j-1) == e {
		j--
	}
	for k := j - 1; k > 0 && k >= j-6; k-- {
		t := &f.toks[k]
		if isAnd(t) {
			o := f.entityAt(k - 1)
			return o != "" && o != e && f.ents.Type(o) == "PERS"
		}
		if t.Kind != vistka.Word || f.spanType(k) != "JOB" && f.entityAt(k) == "" {
			return false
		}
	}
	return false
}

// joinedToName reports whether an і or a та joins the word at i to a
// name right before it in the nominative (or indeclinable): "МВФ і уряд".
func (f *finder) joinedToName(i int) bool {
	if i < 2 || !isAnd(&f.toks[i-1]) {
		return false
	}
	o := f.entityAt(i - 2)
	if o == "" {
		return false
	}
	k := i - 2
	for k > 0 && f.entityAt(k-1) == o {
		k--
	}
	return hasCase(&f.toks[k], "v_naz") || strings.Contains(f.toks[k].Tag, ":nv")
}

// actorBefore returns where the name of one of actors that ends right
// before token k begins, or k when none does.
func (f *finder) actorBefore(k int, actors []string) int {
	for k > 0 && f.toks[k-1].Kind == vistka.Word && f.entityAt(k-1) != "" && slices.Contains(actors, f.entityAt(k-1)) {
		k--
	}
	return k
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

// modifiers reports whether toks[from:to] are only words that may stand
// between a light verb and its noun: adjectives, numbers, prepositions and
// nouns of time (перші з 2022 року прямі).
func (f *finder) modifiers(from, to int) bool {
	for k := from; k < to; k++ {
		t := &f.toks[k]
		switch {
		case t.Kind == vistka.Number, strings.HasPrefix(t.Tag, "adj"), isPrep(t),
			// "першу за останні п'ять років зустріч": a count in words
			strings.HasPrefix(t.Tag, "numr"),
			strings.HasPrefix(t.Tag, "noun") && (f.spanType(k) == "DATE" || f.spanType(k) == "PERIOD"),
			// "завдали по прифронтових селах понад 400 ударів"
			strings.HasPrefix(t.Tag, "noun") && f.governedBy(k) != "" && !hasCase(t, "v_naz"),
			quantityWords[lower(t)]:
		default:
			return false
		}
	}
	return true
}

// hosts are verbs that make a meeting only with a person as their object:
// прийняв у Києві генсека НАТО.
var hosts = map[string]bool{"прийняти": true, "приймати": true}

// delegationObject reports whether a delegation is the accusative
// object of the host verb at i, after it or put before it: "прийняв
// делегацію Європейського парламенту", "делегацію мешканців прийняв
// заступник міського голови". Receiving a delegation is meeting it.
func (f *finder) delegationObject(i int) bool {
	for _, d := range []int{1, -1} {
		for j := i + d; j >= 0 && j < len(f.toks) && j != i+5*d; j += d {
			t := &f.toks[j]
			if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || isPrep(t) {
				break
			}
			if f.low(j) == "делегація" && hasCase(t, "v_zna") {
				return true
			}
		}
	}
	return false
}

// personBefore returns the person named right before the verb at i in the
// accusative (or the genitive, its animate twin the tagger may choose), not
// the nominative, and under no preposition: the object standing first
// ("Шмигаля прийняв президент Франції"). It returns "" otherwise.
func (f *finder) personBefore(i int) string {
	k := i - 1
	if k < 0 {
		return ""
	}
	t := &f.toks[k]
	e := f.entityAt(k)
	if e == "" || f.ents.Type(e) != "PERS" || hasCase(t, "v_naz") || !hasCase(t, "v_zna") && !hasCase(t, "v_rod") || f.governedBy(k) != "" {
		return ""
	}
	if p := &f.toks[max(k-1, 0)]; k > 0 && strings.HasPrefix(p.Tag, "noun") && !timeNouns[lower(p)] && !weekdays[lower(p)] {
		return "" // "на свято Маланки приймають": a noun's genitive
	}
	return e
}

// guestFirst returns the index of the guest a host received when the
// guest stands first in the clause and the host, a person, after the verb
// at i: a person named ("Зеленського в Овальному кабінеті прийняв
// президент США"), a pronoun ("У палаці Котрочень його прийняв президент
// Румунії Нікушор Дан") or a person's noun ("у столиці гостю прийняв
// президент") in the accusative, past a phrase of place or time. It
// returns -1 otherwise: a law or a decision put first ("Його прийняла
// Верховна Рада") has no person after the verb.
func (f *finder) guestFirst(i int) int {
	if i+1 >= len(f.toks) || !strings.HasPrefix(f.toks[i].Tag, "verb") || strings.Contains(f.toks[i].Tag, ":inf") || f.hostAfter(i) == "" {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return -1
		}
		e := f.entityAt(j)
		guest := e != "" && (f.ents.Type(e) == "PERS" || strings.Contains(t.Tag, ":lname")) ||
			strings.Contains(t.Tag, "pron:pers:3") ||
			e == "" && strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") && guestNouns[lower(t)]
		// (напередодні before a name is the adverb, not "on the eve of":
		// "Напередодні Зеленського … прийняв президент США")
		if g := f.governedBy(j); guest && (hasCase(t, "v_zna") || e != "" && hasCase(t, "v_rod")) && !hasCase(t, "v_naz") && (g == "" || g == "напередодні" && e != "") {
			k := j
			for k > 0 && e != "" && f.entityAt(k-1) == e {
				k--
			}
			if k == 0 || f.toks[k-1].Kind == vistka.Punct || strings.HasPrefix(f.toks[k-1].Tag, "adv") || f.low(k-1) == "напередодні" || f.placePhraseBefore(k) || f.timePhraseBefore(k) {
				return j
			}
			return -1
		}
		if e != "" && (f.ents.Type(e) == "PERS" || strings.Contains(t.Tag, ":lname")) || !(strings.HasPrefix(t.Tag, "adv") || isPrep(t) ||
			(strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && !hasCase(t, "v_naz")) {
			return -1 // (a place named in the phrase is passed: "в Овальному кабінеті")
		}
	}
	return -1
}

// lastVisitor returns the one who made the last visit told before, when
// he is a person other than host: "Після обіду Зеленський вирушив до
// Бухареста. У палаці Котрочень його прийняв …" — him who came.
func (f *finder) lastVisitor(host string) string {
	for k := len(f.before) - 1; k >= 0; k-- {
		if v := f.before[k]; v.Mode == "visit" {
			if len(v.Actors) == 1 && v.Actors[0] != host && f.ents.Type(v.Actors[0]) == "PERS" {
				return v.Actors[0]
			}
			return ""
		}
	}
	return ""
}

// guestNouns name a visitor received by a host.
var guestNouns = map[string]bool{"гість": true, "гостя": true, "делегація": true, "візитер": true}

// hostAfter returns the person, named after a title or alone, who is the
// subject right after the verb at i ("прийняв президент США Дональд
// Трамп"), or "". An adverb ("прийняв також президент Латвії Едгарс
// Рінкевичс") or a phrase of place ("прийняв в Імператорському палаці
// імператор Японії Нарухіто") may stand before the host; a host named by
// one title of a country or a body alone, singular, with no name after
// it, is that title as written ("де його прийняв прем'єр-міністр Латвії").
func (f *finder) hostAfter(i int) string {
	title, place, end := -1, false, -1 // the host's first word, within a place phrase, past the title's country
	for j := i + 1; j < len(f.toks) && j <= i+10; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			break
		}
		e := f.entityAt(j)
		if title < 0 && !(e != "" && f.ents.Type(e) == "PERS") {
			if isPrep(t) {
				place = true
				continue
			}
			if place && (e != "" || !hasCase(t, "v_naz")) {
				continue // "в Імператорському палаці", "в Токіо"
			}
			place = false
			if j == i+1 && (strings.HasPrefix(t.Tag, "adv") || strings.HasPrefix(t.Tag, "part")) {
				continue // "прийняв також", "приймав уже"
			}
		}
		if e != "" && f.ents.Type(e) == "PERS" {
			if hasCase(t, "v_naz") {
				return e
			}
			return ""
		} else if e != "" && title >= 0 {
			end = j + 1
			continue // the country or the body of a title: "президент США"
		} else if e != "" {
			return ""
		}
		if title >= 0 && hasCase(t, "v_rod") && !hasCase(t, "v_naz") {
			continue // the genitive of a title: "міністр закордонних справ"
		}
		if !strings.HasPrefix(t.Tag, "noun:anim") && !strings.HasPrefix(t.Tag, "adj") || !hasCase(t, "v_naz") || end >= 0 {
			return ""
		}
		if title < 0 {
			title = j
		}
	}
	if title >= 0 && end > title {
		// (a singular title: "Його прийняли депутати Ради" may tell a
		// law passed)
		for k := title; k < end; k++ {
			if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun:anim") && hasCase(t, "v_naz") {
				if plural(t) {
					return ""
				}
				return f.text(title, end)
			}
		}
	}
	return ""
}

// placePhraseBefore reports whether the token before k closes a phrase of place
// or time that opens the clause: "У палаці Котрочень його …", "в
// Овальному кабінеті".
func (f *finder) placePhraseBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := &f.toks[j]
		if isPrep(t) {
			return j == 0 || f.toks[j-1].Kind == vistka.Punct || strings.HasPrefix(f.toks[j-1].Tag, "adv")
		}
		if t.Kind != vistka.Word || hasCase(t, "v_naz") && f.entityAt(j) == "" {
			return false
		}
	}
	return false
}

// timePhraseBefore reports whether the words from the clause's start to k
// are a phrase of time with no nominative in it: "Першого дня візиту
// його прийняв …", "Наступного дня його прийняв …", "Під час візиту …".
func (f *finder) timePhraseBefore(k int) bool {
	timed := false
	for j := k - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return timed
		}
		if j < k-5 || t.Kind != vistka.Word || strings.HasPrefix(t.Tag, "verb") || hasCase(t, "v_naz") && f.entityAt(j) == "" {
			return false
		}
		if timeNouns[lower(t)] || lower(t) == "час" || f.spanType(j) == "DATE" {
			timed = true
		}
	}
	return timed
}

// credentials reports whether the verb at i takes credentials (вірчі
// грамоти) as its object: a head of state receiving ambassadors meets them.
func (f *finder) credentials(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.credentialWord(j) {
			return true
		}
	}
	return false
}

// credentialWord reports whether the word at j is грамота as credentials,
// вірчі грамоти; a грамота alone is an award ("вручила грамоту
// управління культури").
func (f *finder) credentialWord(j int) bool {
	return f.low(j) == "грамота" && j > 0 && f.low(j-1) == "вірчий"
}

// personObject reports whether a person in the accusative follows the
// verb at i within its clause.
func (f *finder) personObject(i int) bool {
	if f.personBefore(i) != "" || f.guestFirst(i) >= 0 {
		return true // "Того ж дня Шмигаля прийняв президент Франції"
	}
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" && (hasCase(t, "v_zna") || hasCase(t, "v_rod")) && f.governedBy(j) == "" {
			return !f.thingOwned(i, j) // (not "не прийняв тези Лютера": whose the thing is)
		}
		if f.titledPerson(j) {
			return true // "прийняв у Ташкенті міністра закордонних справ Японії Такесі Іваю"
		}
	}
	return false
}

// titledPerson reports whether the word at j is a person's title in the
// accusative (or the genitive, its animate twin), under no preposition,
// after the verb, an adverb or a place, that a person's name follows within
// five words of genitives ("міністра закордонних справ Японії Такесі
// Іваю"): the object is the person, whatever case the tagger gave an
// unfamiliar foreign name.
func (f *finder) titledPerson(j int) bool {
	t := &f.toks[j]
	if j < 1 || !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_zna") && !hasCase(t, "v_rod") || f.entityAt(j) != "" || f.governedBy(j) != "" {
		return false
	}
	// (the genitive of the accusative of a man; but not a noun's
	// genitive: "прийняв закон на вимогу міністра")
	if p := &f.toks[j-1]; !strings.HasPrefix(p.Tag, "verb") && !strings.HasPrefix(p.Tag, "adv") && !(strings.HasPrefix(p.Tag, "noun") && (hasCase(p, "v_mis") || hasCase(p, "v_oru"))) {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+5; k++ {
		if f.toks[k].Kind != vistka.Word {
			return false
		}
		if e := f.entityAt(k); e != "" && f.ents.Type(e) == "PERS" {
			return true
		}
		if !hasCase(&f.toks[k], "v_rod") && f.entityAt(k) == "" {
			return false
		}
	}
	return false
}

// during reports whether the event noun at i stands in a phrase of time
// that hangs on the clause: під час візиту, в ході переговорів, у рамках
// зустрічі, за результатами переговорів.
func (f *finder) during(i int) bool {
	if i < 1 {
		return false
	}
	k := i - 1 // past the adjectives: "у ході телефонної розмови"
	for k > 0 && strings.HasPrefix(f.toks[k].Tag, "adj") {
		k--
	}
	b := f.low(k)
	if b == "після" && hasCase(&f.toks[i], "v_rod") || b == "перед" && hasCase(&f.toks[i], "v_oru") {
		return true // "після зустрічі з …", "перед зустріччю з …"
	}
	if f.talkWith(i) {
		return true // "сказав у телефонній розмові з Туском"
	}
	if k < 1 || !hasCase(&f.toks[i], "v_rod") {
		return false
	}
	a := f.low(k - 1)
	// (and what came of it: "за результатами переговорів з Туском")
	return a == "під" && b == "час" || (a == "в" || a == "у") && (b == "хід" || b == "рамка" || b == "ході" || b == "рамках") ||
		a == "за" && (b == "результат" || b == "підсумок")
}

// talkWith reports whether the noun at i is a talk in the locative after
// у or в, with the other side after з: "у телефонній розмові з Туском";
// or a meeting after на: "на зустрічі з представниками банку".
// The clause's subject is the one who talked.
func (f *finder) talkWith(i int) bool {
	l := f.low(i)
	if l != "розмова" && l != "бесіда" && l != "зустріч" || !hasCase(&f.toks[i], "v_mis") ||
		i+1 >= len(f.toks) || f.low(i+1) != "з" && f.low(i+1) != "із" {
		return false
	}
	j := i - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j--
	}
	if l == "зустріч" {
		return j >= 0 && f.low(j) == "на" // "на зустрічі з представниками ЄБРР повідомив"
	}
	return j >= 0 && (f.low(j) == "у" || f.low(j) == "в")
}

func (f *finder) triggerText(tr trig) string {
	if tr.passive {
		return f.low(tr.at)
	}
	if tr.verb {
		v := f.verb(tr.at)
		if tr.noun >= 0 {
			return v + " " + f.low(tr.noun)
		}
		return v
	}
	return f.low(tr.at)
}

// clauseEnd cuts a trigger's reach at reported speech (", що …"), and
// that of an adverbial participle or of a verb in a relative clause at the
// comma that ends it: "Відвідавши Індію, Сибіга повернувся до Києва",
// "Сибіга, який відвідав Індію, повернувся до Києва".
func (f *finder) clauseEnd(at, end int) int {
	if f.setOffClause(at) {
		for j := at + 1; j < end; j++ {
			if f.toks[j].Text == "," {
				return j
			}
		}
	}
	for j := at + 1; j+1 < end; j++ {
		if f.toks[j].Text == "," && (f.low(j+1) == "що" || f.low(j+1) == "який" || strings.HasPrefix(f.toks[j+1].Tag, "advp")) {
			return j
		}
		if f.toks[j].Text == ":" && f.subjectClause(j+1) {
			return j // "підірвали колію під потягом: СБУ затримала підозрюваного"
		}
		if f.toks[j].Text == "," && j > 0 && f.toks[j-1].Text == "того" && (f.toks[j+1].Text == "як" || f.toks[j+1].Text == "щоб") {
			return j // "звернувся до парламенту … після того, як кандидат від партії … переміг": a clause of its own
		}
		if f.toks[j].Text == "," && f.reportCueAt(j+1) {
			return j // "Внаслідок атаки судно дістало пошкоджень, – повідомляє РБК-Україна": the source, no argument
		}
		if f.toks[j].Text == "," && f.butClause(j+1) {
			return j // "оскаржило рішення, проте АМКУ скаргу залишив без розгляду": a clause of its own
		}
		if f.toks[j].Text == "," && f.placeClause(j+1, end) {
			return j // "запровадила санкції, у Пекіні та Москві пригрозили відповіддю": the place is the next clause's
		}
	}
	return end
}

// placeClause reports whether a clause of its own opens at i with where
// it happened: в, у or на and a place, then its own verb in a personal
// form before any comma ("у Пекіні та Москві пригрозили", "на Харківщині
// загинули"), within end.
func (f *finder) placeClause(i, end int) bool {
	if i+1 >= end || f.low(i) != "в" && f.low(i) != "у" && f.low(i) != "на" {
		return false
	}
	if e := f.entityAt(i + 1); e == "" || f.ents.Type(e) != "LOC" {
		return false
	}
	for k := i + 2; k < len(f.toks) && k < i+10; k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			return true
		}
	}
	return false
}

// butClause reports whether a clause opened by проте, однак, втім or але
// starts at i (але й, але і join what comes before: "не лише Польщі, але
// й Литві").
func (f *finder) butClause(i int) bool {
	switch f.low(i) {
	case "проте", "однак", "втім":
		return true
	case "але":
		return i+1 < len(f.toks) && f.low(i+1) != "й" && f.low(i+1) != "і"
	}
	return false
}

// reportCueAt reports whether a source's cue closing a statement opens at
// i, past a dash: "– повідомляє РБК-Україна", "передає Укрінформ",
// "повідомили в ОВА".
func (f *finder) reportCueAt(i int) bool {
	if i < len(f.toks) && f.toks[i].Kind == vistka.Dash {
		i++
	}
	if i >= len(f.toks) {
		return false
	}
	switch scan.ToLower(f.toks[i].Text) {
	case "повідомляє", "повідомляють", "передає", "пише", "пишуть", "інформує":
		return true
	case "повідомили", "зазначили", "розповіли", "уточнили":
		return i+1 < len(f.toks) && (f.low(i+1) == "в" || f.low(i+1) == "у")
	}
	return false
}

// subjectClause reports whether a clause of its own starts at i: a name
// and a finite verb right after it (the second half of a headline).
func (f *finder) subjectClause(i int) bool {
	e := f.entityAt(i)
	if e == "" {
		return false
	}
	j := i
	for j < len(f.toks) && f.entityAt(j) == e {
		j++
	}
	return j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "verb") && !strings.Contains(f.toks[j].Tag, ":inf")
}

// entityAt returns the entity id a token belongs to; "" for an index
// outside the sentence. It keeps what it returns for each token, as verb
// does: the rules ask about most tokens many times, and each answer is a
// search of the entities' mentions.
func (f *finder) entityAt(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	if i < len(f.ids) && f.ids[i].known {
		return f.ids[i].s
	}
	t := &f.toks[i]
	e := f.ents.At(t.RStart, t.REnd)
	if f.ids != nil { // (see lowFirst)
		f.ids[i] = memo{e, true}
	}
	return e
}

func hasCase(t *vistka.Token, c string) bool { return strings.Contains(t.Tag, c) }

func isPrep(t *vistka.Token) bool { return strings.HasPrefix(t.Tag, "prep") }

// governedBy returns the lemma of the preposition that governs token i,
// looking back over the words of one noun phrase, or "".
func (f *finder) governedBy(i int) string {
	// Prepositions do not govern the nominative: in "За посередництва
	// Туреччини Україна" Україна is not under "за".
	self := f.entityAt(i)
	if k := f.firmWordBefore(i, self); k >= 0 && strings.Contains(f.toks[i].Tag, ":nv") {
		// "з будівельною компанією ТОВ «Альфа»": an indeclinable name
		// under the preposition of the word for a firm before it
		return f.governedBy(k)
	}
	if p := f.prepBeforeForm(i, self); p != "" {
		return p // "Перевірку щодо ПП «Омега» провела Держаудитслужба": the quoted name keeps the nominative
	}
	if hasCase(&f.toks[i], "v_naz") && !f.nvAfterPrep(i, self) {
		if self != "" && strings.Contains(f.toks[i].Tag, ":prop") {
			// "з держсекретарем Марко Рубіо": a foreign name the tagger
			// reads as a nominative, in apposition to a title under
			// the preposition
			if j := f.titleBefore(i, self); j >= 0 {
				return f.governedBy(j)
			}
		}
		return ""
	}
	c := vtag.Case(f.toks[i].Tag)
	joined := false // a conjunction passed
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		t := &f.toks[j]
		if isPrep(t) {
			if n := f.termFor(j); n > 0 && j+n <= i {
				return "" // "дискваліфікувало на чотири роки біатлоністку": the term ended
			}
			if l := f.low(j); (l == "понад" || l == "близько") && j+1 < i && (f.toks[j+1].Kind == vistka.Number || strings.HasPrefix(f.toks[j+1].Tag, "numr") || crowds[f.low(j+1)]) {
				return "" // "Понад сто фермерів пікетували", "Близько сотні мешканців вийшли": a bound of the count, not a preposition
			}
			if j < i-7 && joined {
				return ""
			}
			if n := &f.toks[j+1]; j+1 < i && c == "v_zna" && vtag.Case(n.Tag) == "v_rod" && strings.HasPrefix(n.Tag, "noun") && f.entityAt(j+1) == "" &&
				(f.low(j) == "з" || f.low(j) == "із" || f.low(j) == "зі") {
				// "обстріляли з артилерії Куп'янськ": з governs the
				// weapon's genitive, not the name in the accusative after it
				return ""
			}
			if n := &f.toks[j+1]; self == "" && j+1 < i && c != "" && c != "v_rod" && vtag.Case(n.Tag) == "v_rod" && !hasCase(n, c) {
				// "Після цього пропозицію «Альфи» відхилили", "після
				// виявлення факту фірму …": the phrase under the
				// preposition ended with its genitive, a common noun in
				// another case after it stands outside (not a name,
				// whose case the tagger may miss in apposition to a
				// title: "до президентки МОК Кірсті Ковентрі")
				return ""
			}
			return f.low(j)
		}
		joined = joined || strings.HasPrefix(t.Tag, "conj")
		if self != "" && weekdays[t.Lemma] {
			return "" // "відвідав у вівторок Київ": the day is the preposition's
		}
		if j < i-7 && !hasCase(t, "v_rod") && (c == "" || !hasCase(t, c)) {
			// past seven words, only a title and its genitive tail:
			// "з генеральним секретарем Ради співробітництва арабських
			// держав Перської затоки Джасемом аль-Будаві"
			return ""
		}
		if t.Kind == vistka.QuoteMark {
			continue // "проти російського «Газпрому»"
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && (c == "" || !hasCase(t, c)) && f.entityAt(j) != self {
			return "" // "британська компанія «Krederi ltd»": the name of a subject
		}
		if t.Kind != vistka.Word || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if self != "" && f.entityAt(j) == self {
			continue // the rest of the same name (Фуміо Кісідою)
		}
		// A noun in another case between them takes the preposition,
		// unless that noun is a genitive hanging on another: "на допомогу
		// Україні" and "у центрі Києва" put the name under no
		// preposition; "до міністерства України" and "з президентом
		// країни Токаєвим" keep theirs.
		if tc := vtag.Case(t.Tag); strings.HasPrefix(t.Tag, "noun") && c != "" && tc != c && tc != "v_rod" {
			return ""
		}
		if f.adjectiveClosesPhrase(j, c) {
			return "" // "затримали на гарячому посадовця": the phrase under на ended
		}
	}
	return ""
}

// adjectiveClosesPhrase reports whether the adjective at j stands for a
// noun of its own and ends the phrase of a preposition before it: its
// case is not c, nor the genitive, and the word after it is not in its
// case ("затримали на гарячому посадовця": гарячому, in the locative,
// has no noun after it, so посадовця is under no preposition).
func (f *finder) adjectiveClosesPhrase(j int, c string) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "adj") || c == "" || j+1 >= len(f.toks) {
		return false
	}
	tc := vtag.Case(t.Tag)
	if tc == "" || tc == c || tc == "v_rod" || hasCase(t, c) || f.entityAt(j) != "" {
		return false
	}
	// (an indeclinable word, a name or a quote mark after it may be the
	// noun it goes with: "з власним ДП «Альфа»")
	n := &f.toks[j+1]
	if strings.Contains(n.Tag, ":nv") || strings.Contains(n.Tag, ":prop") || n.Kind != vistka.Word || f.entityAt(j+1) != "" {
		return false
	}
	return !hasCase(n, tc)
}

// subjects finds the actors of a verb: its subject, with the subjects
// coordinated with it (Україна та Польща підписали).
func (f *finder) subjects(at int) []string {
	if v := f.afterThatClause(at); v >= 0 {
		return f.subjects(v)
	}
	if f.ownerRelative(at) != "" && plural(&f.toks[at]) {
		return nil // "ТОВ «Бета», пропозицію якого відхилили": the name is whose bid, the verb has no subject
	}
	if strings.Contains(f.toks[at].Tag, ":impers") {
		return nil // "Фірму «Альфа» притягнуто до відповідальності": a form in -но, -то has no subject
	}
	if v := f.coordinatedVerb(at); v >= 0 && !(plural(&f.toks[at]) && !plural(&f.toks[v]) && f.pluralSubjectAfter(at)) &&
		!(plural(&f.toks[at]) && numberOf(&f.toks[v]) == -1 && f.singularSubject(v)) {
		// "війська перетнули кордон біля сіл Маркине і Щербак і вели
		// вогонь": a predicate joined to another shares its subject
		// (not "володіла Ганна Петренко, і його арештовували
		// держвиконавці": a plural with its own subject after it)
		if sub := f.subjects(v); len(sub) > 0 {
			return sub
		}
	}
	if they := f.they(at); they != nil {
		return they
	}
	if both := f.namesBeforeWhich(at); both != nil {
		return both
	}
	if p := f.spokesSubject(at); p != "" {
		return []string{p}
	}
	first, i := f.subject(at)
	if first != "" && (i < 0 || i > at) && plural(&f.toks[at]) {
		if b := f.bodyIn(at, verbs[f.verb(at)].typ); b != "" && b != first {
			// "У МЗС подякували ОАЕ за допомогу", "У Кремлі звинуватили
			// США": the body or the capital the clause opens with
			// speaks, not the indeclinable name after the verb
			return []string{b}
		}
	}
	if first == "" || f.singleAcrossComma(first, i, at) || f.otherGenderAcrossComma(first, i, at) || f.placeSpeaksAcrossComma(i, at) ||
		f.pronounAcrossComma(i, at) {
		return nil
	}
	out := []string{first}
	if e := f.joinedBodyAfter(i, at); e != "" && e != first && plural(&f.toks[at]) {
		// "ЄБРР та уряд Японії підписали": the place's body joined
		// after (put first: out is reversed below, and its last is the
		// subject the loop below steps back from)
		out = []string{e, first}
	}
	if i >= 0 && envoys[f.low(i)] && hasCase(&f.toks[i], "v_naz") {
		// "Представники Польщі та України провели зустріч": every body
		// the envoys came for
		return append(out, f.sentByMore(i, first)...)
	}
	joined := false // an і or a та passed
	for i > 1 {
		// Back over the rest of the first subject's mention.
		j := i - 1
		for j >= 0 && f.entityAt(j) == out[len(out)-1] {
			j--
		}
		if f.ents.Type(out[len(out)-1]) == "" && f.entityAt(i) == "" {
			// "Міністр та його польський колега підписали": the
			// adjectives and the possessive of a phrase named as written
			for j >= 1 && strings.HasPrefix(f.toks[j].Tag, "adj") && hasCase(&f.toks[j], "v_naz") && f.entityAt(j) == "" {
				j--
			}
		}
		if j >= 1 && f.toks[j].Kind == vistka.QuoteMark && isAnd(&f.toks[j-1]) {
			j-- // "«Нафтогаз» і «Газпром» провели": the mark opening the name
		}
		if j >= 1 && namedKinds[f.low(j)] && f.entityAt(j) == "" && isAnd(&f.toks[j-1]) {
			j-- // "Україна і компанія Boeing підписали": the kind before the name
		} else if k := f.kindBeforeName(j); k > 0 && isAnd(&f.toks[k-1]) {
			j = k - 1 // "Terma та український концерн «Укроборонпром» підписали"
		}
		j = f.skipTitle(j)
		if j >= 1 && !isAnd(&f.toks[j]) && f.toks[j].Text != "," {
			j = f.skipRelation(j)
		}
		if k := f.correlativeFirst(j); k >= 0 {
			// "Як Україна, так і Польща підписали", "Не лише Україна,
			// а й Польща підписали": the first of the pair, whatever number
			// the verb takes (as Як Україна, так і Польща підписала)
			if e := f.entityAt(k); e != "" && !slices.Contains(out, e) {
				out = append(out, e)
			}
			break
		}
		// A comma joins names of a list whose last two an і or a та
		// joins: "Японія, Канада та Австралія надали".
		if j < 1 || !isAnd(&f.toks[j]) && (f.toks[j].Text != "," || !joined || !f.listedName(j-1)) {
			break
		}
		joined = joined || isAnd(&f.toks[j])
		if h := f.peopleEndingAt(j - 1); isAnd(&f.toks[j]) && h >= 0 {
			// "традиційні видавці та продуценти медіа обговорювали",
			// "ветерани війни і ветерани праці звернулися": people named
			// by a plural noun, joined before
			if p := f.nounPhrase(h); p != "" && !slices.Contains(out, p) {
				out = append(out, p)
			}
			// "Громадські діячі, науковці та краєзнавці викривають": the
			// people listed before it with commas
			for h := f.listedPeopleBefore(h); h >= 0; h = f.listedPeopleBefore(h) {
				if p := f.nounPhrase(h); p != "" && !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
			break
		}
		if h := f.bareNounOpening(j - 1); h >= 0 && isAnd(&f.toks[j]) && plural(&f.toks[at]) {
			// "Уряд і МВФ досягли домовленості", "Президент і прем'єр
			// провели нараду": a body or a person named by a singular
			// common noun that opens the clause, joined before
			if p := f.bareNounSubject(h); p != "" && !slices.Contains(out, p) {
				out = append(out, p)
			}
			break
		}
		if hs := f.bareNounList(j - 1); len(hs) > 0 && isAnd(&f.toks[j]) && plural(&f.toks[at]) {
			// "Мешканці, міністр і посол підписали": common nouns listed
			// with commas from the clause's start, each its own side
			// (out runs from the last named back, as the pairs above)
			for _, h := range slices.Backward(hs) {
				p := f.nounPhrase(h)
				if !plural(&f.toks[h]) {
					p = f.bareNounSubject(h)
				}
				if p != "" && !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
			break
		}
		if h := f.bodyHeadBefore(j - 1); h >= 0 && isAnd(&f.toks[j]) {
			// "управління ЖКГ міськради та ТОВ «Альфа» уклали": a body
			// named by its kind with its genitive tail, joined before
			if p := f.nounPhrase(h); p != "" && !slices.Contains(out, p) {
				out = append(out, p)
			}
			break
		}
		if j >= 2 && f.toks[j-1].Kind == vistka.QuoteMark && f.entityAt(j-2) != "" {
			j-- // (the mark closing the name before the і)
		}
		e := f.entityAt(j - 1)
		// The case is the name's first word's: "Національний … центр
		// України та Болгарський … інститут підписали".
		k := j - 1
		for k > 0 && e != "" && f.entityAt(k-1) == e {
			k--
		}
		// (an indeclinable name, which the tagger may read in any case:
		// "Рубіо і Сибіга обговорили")
		// (a name in Latin letters has no case: "Нафтогаз і Orlen")
		if e == "" || slices.Contains(out, e) || !hasCase(&f.toks[j-1], "v_naz") && !hasCase(&f.toks[k], "v_naz") && !strings.Contains(f.toks[j-1].Tag, ":nv") && vtag.Case(f.toks[j-1].Tag) != "" ||
			f.governedBy(j-1) != "" || f.governedBy(k) != "" {
			break
		}
		out = append(out, e)
		i = j - 1
	}
	slices.Reverse(out)
	if len(out) == 1 && f.firmBeforePlural(out[0], at) {
		return nil // "ТОВ «Автомагістраль» дискваліфікували": the firm is what was done to
	}
	return out
}

// legalFirm reports whether e is a firm named with its legal form (ТОВ
// «Альфа», ПП «Бета»).
func (f *finder) legalFirm(e string) bool {
	return f.ents.Type(e) == "ORG" && legalForms[scan.ToLower(firstWord(f.ents.Name(e)))]
}

// firmRightBefore returns the entity named right before token i, past
// closing quotation marks, or "".
func (f *finder) firmRightBefore(i int) string {
	k := i - 1
	for k >= 0 && f.toks[k].Kind == vistka.QuoteMark {
		k--
	}
	if k < 0 {
		return ""
	}
	return f.entityAt(k)
}

// firmBeforePlural reports whether e, the one subject found for the
// plural past verb at at, is a firm named with its legal form, one and
// singular: the verb then has no subject, and the firm put first is its
// object ("ТОВ «Автомагістраль» дискваліфікували через …").
func (f *finder) firmBeforePlural(e string, at int) bool {
	v := &f.toks[at]
	if !strings.HasPrefix(v.Tag, "verb") || !strings.Contains(v.Tag, ":past") || !plural(v) || !f.legalFirm(e) {
		return false
	}
	// the firm's mention right before the verb, past its closing mark,
	// opening the clause (not "фахівець … ТОВ «Енселко Агро» домовилися",
	// a firm whose staff acts)
	if f.firmRightBefore(at) != e {
		return false
	}
	k := at - 1
	for k >= 0 && (f.entityAt(k) == e || f.toks[k].Kind == vistka.QuoteMark || legalForms[f.low(k)]) {
		k--
	}
	return k < 0 || f.toks[k].Kind == vistka.Punct
}

// namedKinds are the kinds of groups whose name follows them in
// apposition: угруповання ХАМАС, рух «Талібан», компанія Boeing.
var namedKinds = map[string]bool{"угруповання": true, "організація": true, "рух": true, "партія": true, "компанія": true,
	"корпорація": true, "концерн": true, "коаліція": true, "блок": true, "об'єднання": true}

// kindBeforeName returns the first token of the word for a body's kind
// and the adjectives before it that stand right before the name ending
// the walk at j, past the mark opening a quoted name (український
// концерн «Укроборонпром»), or -1.
func (f *finder) kindBeforeName(j int) int {
	if j >= 0 && f.toks[j].Kind == vistka.QuoteMark {
		j--
	}
	if j < 1 || !namedKinds[f.low(j)] || f.entityAt(j) != "" {
		return -1
	}
	for j > 1 && strings.HasPrefix(f.toks[j-1].Tag, "adj") && f.entityAt(j-1) == "" && startsLowerTok(&f.toks[j-1]) {
		j--
	}
	return j
}

// startsLowerTok reports whether t's text opens with a lower-case letter.
func startsLowerTok(t *vistka.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

// joinedBodyAfter returns the place or body whose institution an і or a
// та joins after the subject at i, right before the verb at at: "ЄБРР та
// уряд Японії підписали" gives Японія; else "". (The tagger may read the
// institution's nominative as the accusative of the same form.)
func (f *finder) joinedBodyAfter(i, at int) string {
	if i < 0 {
		return ""
	}
	e := f.entityAt(i)
	j := i + 1
	if g := f.entityAt(j); e == "" && g != "" && j < at && hasCase(&f.toks[j], "v_rod") && !plural(&f.toks[i]) {
		// "Уряд України та Європейський Союз підписали": past the
		// genitive name that makes the body's noun the first subject
		// (a plural noun's genitives are all its own: "представники
		// України та США")
		e = g
	}
	for e != "" && j < at && f.entityAt(j) == e {
		j++
	}
	if j+1 < at && isAnd(&f.toks[j]) {
		// "ЄІБ і Мінфін підписали": a name after the і whose nominative
		// the tagger read as the accusative of the same form
		if b := f.entityAt(j + 1); b != "" && b != e && (f.ents.Type(b) == "ORG" || f.ents.Type(b) == "LOC") && !strings.Contains(f.toks[j+1].Tag, ":anim") &&
			(hasCase(&f.toks[j+1], "v_naz") || hasCase(&f.toks[j+1], "v_zna") || strings.Contains(f.toks[j+1].Tag, ":nv")) {
			k := j + 1
			for k < at && f.entityAt(k) == b {
				k++
			}
			if k == at {
				return b
			}
		}
	}
	if j+2 >= at || !isAnd(&f.toks[j]) || !institutions[f.low(j+1)] && !namedKinds[f.low(j+1)] || !hasCase(&f.toks[j+1], "v_naz") && !hasCase(&f.toks[j+1], "v_zna") || f.entityAt(j+1) != "" {
		return ""
	}
	b := f.entityAt(j + 2)
	if b == "" || !hasCase(&f.toks[j+2], "v_rod") && !strings.Contains(f.toks[j+2].Tag, ":nv") && !namedKinds[f.low(j+1)] || f.ents.Type(b) != "LOC" && f.ents.Type(b) != "ORG" {
		return ""
	}
	k := j + 2
	for k < at && f.entityAt(k) == b {
		k++
	}
	if k != at {
		return ""
	}
	return b
}

// bareLocative reports whether the name at i, read as a locative with no
// preposition, right after a verb, is a dative of the same form:
// "подякував Німеччині", "пообіцяла Молдові".
func (f *finder) bareLocative(i int) bool {
	if !hasCase(&f.toks[i], "v_mis") {
		return false
	}
	k := i
	for k > 0 && f.entityAt(k-1) == f.entityAt(i) {
		k--
	}
	return k > 0 && strings.HasPrefix(f.toks[k-1].Tag, "verb")
}

// listedBefore returns the names of a list before the name at i, which
// is a later member of it: the names of the same kind before it, joined
// by commas, і or та, where a comma comes first ("Польщі, Литві та
// Латвії", "Білорусі, Ірану та КНДР"); else nil.
func (f *finder) listedBefore(i int) []string {
	e := f.entityAt(i)
	if e == "" {
		return nil
	}
	j := i
	for j > 0 && f.entityAt(j-1) == e {
		j--
	}
	var out []string
	comma := false
	for j >= 2 && (f.toks[j-1].Text == "," || isAnd(&f.toks[j-1])) {
		comma = comma || f.toks[j-1].Text == ","
		o := f.entityAt(j - 2)
		if o == "" || o == e || f.ents.Type(o) != f.ents.Type(e) {
			break
		}
		out = append(out, o)
		j -= 2
		for j > 0 && f.entityAt(j-1) == o {
			j--
		}
	}
	if !comma {
		return nil
	}
	return out
}

// listedName reports whether the name that ends at token k opens a
// clause or follows a comma, as the first names of a list do ("Японія,
// Канада та Австралія"), rather than closing a clause of its own ("Як
// заявив Петро Коваль, Японія та Канада …").
func (f *finder) listedName(k int) bool {
	e := f.entityAt(k)
	if e == "" {
		return false
	}
	for k > 0 && f.entityAt(k-1) == e {
		k--
	}
	if k > 0 && f.toks[k-1].Kind == vistka.QuoteMark {
		k--
	}
	j := k - 1
	if j >= 0 {
		j = f.skipTitle(j) // "Президент Литви Гітанас Науседа, …"
	}
	if j < 0 {
		return true
	}
	t := &f.toks[j]
	return t.Kind == vistka.Punct && t.Text != ":" || strings.HasPrefix(t.Tag, "adj")
}

// pronounClash returns the subject pronoun of the verb at at as written
// when it and an object pronoun of the same gender in the verb's clause
// would both stand for actor, the one person of that gender the text
// offers ("Він посміхнувся Андрію … і завжди підтримуватиме його": he
// and him are two people, and which one Андрій is the text leaves open);
// else "".
func (f *finder) pronounClash(at int, actor string) string {
	if f.ents.Type(actor) != "PERS" {
		return ""
	}
	v := at
	for range 8 {
		if w := f.afterThatClause(v); w >= 0 {
			v = w
			continue
		}
		if w := f.coordinatedVerb(v); w >= 0 {
			v = w
			continue
		}
		break
	}
	_, i := f.subject(v)
	if i < 0 || i >= at {
		return ""
	}
	t := &f.toks[i]
	g := gender(t)
	if !strings.Contains(t.Tag, "pron:pers:3") || !hasCase(t, "v_naz") || g == 0 {
		return ""
	}
	o := -1
	for j := at - 1; j > i && f.toks[j].Kind != vistka.Punct && !strings.HasPrefix(f.toks[j].Tag, "verb"); j-- {
		if objectPronoun(&f.toks[j], g) {
			o = j // "Він його підтримав"
		}
	}
	for j := at + 1; o < 0 && j < len(f.toks) && j <= at+3 && f.toks[j].Kind != vistka.Punct; j++ {
		if objectPronoun(&f.toks[j], g) {
			o = j
		}
	}
	if o < 0 || f.ents.RecentPerson(f.toks[o].RStart, f.s, g, nil) != actor {
		return "" // (another person for the object: "Петро зустрів Івана. Він привітав його")
	}
	if f.thingBefore(o, g) {
		return "" // його and її may stand for a thing: "Він отримав закон і підписав його"
	}
	return t.Text
}

// otherPerson returns whom the singular personal pronoun at i (його, їй,
// з ним) stands for as the object of actors' act: the one person of its
// gender named up to three sentences back other than the actors, when
// the actors are named (not a pronoun as written) and no second such
// person or a thing of its gender could be meant; else "". "Президент
// зустрівся з прем'єром. Він привітав його" is the premier.
func (f *finder) otherPerson(i int, actors []string) string {
	t := &f.toks[i]
	g := gender(t)
	if g == 0 || strings.Contains(t.Tag, ":p:") || len(actors) == 0 || f.actBefore(i) {
		return ""
	}
	for _, a := range actors {
		if thirdPersons[scan.ToLower(a)] {
			return ""
		}
	}
	e := f.ents.RecentPerson(t.RStart, f.s, g, actors)
	if e == "" || f.thingBefore(i, g) && !f.invitedOne(i) {
		return ""
	}
	if o := f.ents.RecentPerson(t.RStart, f.s, g, append(slices.Clip(actors), e)); o != "" &&
		(f.ents.RecentPersonWithin(t.RStart, f.s, 1, g, actors) != e || f.ents.RecentPersonWithin(t.RStart, f.s, 1, g, append(slices.Clip(actors), e)) != "") {
		// Another one further back is no rival when e is the one other
		// person of the gender named in this sentence or the one before:
		// "Сибіга зустрівся з Фрейзер. … Президент США Джон Міллер
		// поговорив з Віктором Гнатенком. Гнатенко запросив його" is
		// Міллер.
		return ""
	}
	return e
}

// invitedOne reports whether the pronoun at i is the object of запросити
// right before it: one invites people, not things ("подякував за
// підтримку і запросив її відвідати Харків" is a woman, not the support).
func (f *finder) invitedOne(i int) bool {
	if i < 1 {
		return false
	}
	v := f.verb(i - 1)
	return v == "запросити" || v == "запрошувати"
}

// lastNamedOne returns the person named last before the word at i, in
// its sentence or the one before, by a name or a title of gender g: ""
// when an animate noun of that gender naming no one comes after the
// last name ("на навчання Андрія, а якось привіз старенького лікаря.
// Той призначив …" is the doctor).
func (f *finder) lastNamedOne(i int, g byte) string {
	check := func(t *vistka.Token, e string) (string, bool) {
		if e != "" && f.ents.Type(e) == "PERS" {
			return e, true
		}
		if e == "" && strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron") &&
			!strings.Contains(t.Tag, ":p:") && nounGender(t) == g {
			return "", true
		}
		return "", false
	}
	for j := i - 1; j >= 0; j-- {
		if e, ok := check(&f.toks[j], f.entityAt(j)); ok {
			if e == "" && f.entityAt(j+1) != "" && f.ents.Type(f.entityAt(j+1)) == "PERS" {
				continue // a title before the name: "з прем'єром Іваном Сорокою"
			}
			return e
		}
	}
	if f.s == 0 {
		return ""
	}
	toks := f.a.Sentences[f.s-1].Tokens
	for j := len(toks) - 1; j >= 0; j-- {
		t := &toks[j]
		e := f.ents.At(t.RStart, t.REnd)
		if e, ok := check(t, e); ok {
			if e == "" && j+1 < len(toks) && f.ents.Type(f.ents.At(toks[j+1].RStart, toks[j+1].REnd)) == "PERS" {
				continue
			}
			return e
		}
	}
	return ""
}

// subjectAfterPronoun returns the subject that follows the finite verb
// at at when a clause opens with a personal pronoun in the accusative or
// the dative before the verb: the object came first ("Його привітав мер
// міста", "Йому подякував президент"). The subject is a noun in the
// nominative of the verb's form, after adjectives, that ends the clause
// or is a name; else "". It tells that the pronoun is whom, not that the
// subject is the actor (the rules of subject do).
func (f *finder) subjectAfterPronoun(at int) string {
	v := &f.toks[at]
	k := f.pronounBefore(at)
	if k < 0 {
		k = f.pronounOpening(at) // "Його на вокзалі зустрів Зеленський"
	}
	if k < 0 || !strings.HasPrefix(v.Tag, "verb") || strings.Contains(v.Tag, ":inf") || numberOf(v) == 0 {
		return ""
	}
	p := &f.toks[k]
	if hasCase(p, "v_naz") || !hasCase(p, "v_zna") && !hasCase(p, "v_dav") || f.governedBy(k) != "" {
		return ""
	}
	if k > 0 && f.toks[k-1].Kind != vistka.Punct && !strings.HasPrefix(f.toks[k-1].Tag, "conj") {
		return "" // the clause opens at the pronoun
	}
	j := at + 1
	for j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj") && hasCase(&f.toks[j], "v_naz") {
		j++
	}
	if j >= len(f.toks) {
		return ""
	}
	n := &f.toks[j]
	if !strings.HasPrefix(n.Tag, "noun") || strings.Contains(n.Tag, "pron") || !hasCase(n, "v_naz") || hasCase(n, "v_zna") && f.entityAt(j) == "" ||
		!sameForm(n, v) {
		return "" // (an accusative of the same form is the object: "її підтримає закон")
	}
	if e := f.entityAt(j); e != "" {
		return e
	}
	end := j + 1
	for end < len(f.toks) && (hasCase(&f.toks[end], "v_rod") || f.entityAt(end) != "") && f.toks[end].Kind != vistka.Punct {
		end++ // "мер міста"
	}
	if end < len(f.toks) && f.toks[end].Kind != vistka.Punct {
		return "" // the subject closes the clause
	}
	return f.nounPhrase(j)
}

// thirdPersons are the subject pronouns of the third person.
var thirdPersons = map[string]bool{"він": true, "вона": true, "воно": true, "вони": true}

// namedSubjectBefore reports whether a word that may be the verb's subject, a
// nominative or a name, stands before the pronoun at k in its clause:
// "Міністерка йому подякувала" (not "…, і йому повідомили").
func (f *finder) namedSubjectBefore(k int) bool {
	for j := k - 1; j >= 0 && f.toks[j].Kind != vistka.Punct && !strings.HasPrefix(f.toks[j].Tag, "conj"); j-- {
		if hasCase(&f.toks[j], "v_naz") || f.entityAt(j) != "" {
			return true
		}
	}
	return false
}

// thingBefore reports whether a thing of gender g, which його or її may
// stand for, is named before the pronoun at o in its sentence or in the
// one before: "Він отримав закон і підписав його".
func (f *finder) thingBefore(o int, g byte) bool {
	thing := func(t *vistka.Token) bool {
		tg := nounGender(t)
		return strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron") &&
			!strings.Contains(t.Tag, ":p:") && (hasCase(t, "v_naz") || hasCase(t, "v_zna")) &&
			(tg == g || g == 'm' && tg == 'n') && !timeNouns[t.Lemma] && !spans[t.Lemma] // (not "увесь цей час")
	}
	for j := range o {
		if e := f.entityAt(j); thing(&f.toks[j]) && (e == "" || f.ents.Type(e) != "PERS") {
			return true
		}
	}
	if f.s > 0 {
		for k := range f.a.Sentences[f.s-1].Tokens {
			t := &f.a.Sentences[f.s-1].Tokens[k]
			if e := f.ents.At(t.RStart, t.REnd); thing(t) && (e == "" || f.ents.Type(e) != "PERS") {
				return true
			}
		}
	}
	return false
}

// spans are nouns of a stretch of time: "увесь цей час", "весь період".
var spans = map[string]bool{"час": true, "період": true, "раз": true, "термін": true, "строк": true}

// objectPronoun reports whether t is a singular personal pronoun of
// gender g in the accusative or dative: його, йому, її, їй.
func objectPronoun(t *vistka.Token, g byte) bool {
	return strings.Contains(t.Tag, "pron:pers:3") && gender(t) == g && !strings.Contains(t.Tag, ":p:") &&
		(hasCase(t, "v_zna") || hasCase(t, "v_dav"))
}

// they returns who "вони" before the verb at at stands for: the actors
// of the last event of the sentence before when they are several, a
// group named by a phrase, or an organisation ("Представники МВФ прибули
// до Києва. Вони зустрілися з …"); nil when the verb's subject is no
// such pronoun or no group fits. One person is never "вони".
func (f *finder) they(at int) []string {
	k := -1
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if lower(t) == "вони" && hasCase(t, "v_naz") {
			k = j
			break
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || hasCase(t, "v_naz") && strings.HasPrefix(t.Tag, "noun") || f.entityAt(j) != "" {
			return nil
		}
	}
	if k < 0 {
		return nil
	}
	if g := f.groupEarlier(k); g != "" {
		return []string{g}
	}
	if f.s == 0 {
		return nil
	}
	if len(f.before) == 0 || f.before[len(f.before)-1].Sentence.Start != f.a.Sentences[f.s-1].RStart {
		// "Львів'яни відкрили школу. … вони розповіли": the people the
		// sentence before opens with, when it told no event
		if p := f.peopleOpening(f.s - 1); p != "" {
			return []string{p}
		}
		return nil
	}
	last := f.before[len(f.before)-1]
	if last.Sentence.Start != f.a.Sentences[f.s-1].RStart {
		return nil
	}
	switch {
	case len(last.Actors) > 1:
		return slices.Clone(last.Actors)
	case len(last.Actors) == 1 && (entity.Index(last.Actors[0]) < 0 && !f.singularIn(f.s-1, last.Actors[0]) || f.ents.Type(last.Actors[0]) == "ORG"):
		return slices.Clone(last.Actors)
	}
	return nil
}

// singularIn reports whether the actor a, a phrase no entity names, has
// a singular noun as its head, its first noun as written in sentence s:
// "область отримає від уряду генератори" gives "уряду", which no "вони"
// after it stands for ("Ініціатори петиції", "300 студентів університету"
// are plural); a noun of number or part (близько сотні мешканців,
// більшість депутатів) is passed over for the people counted.
func (f *finder) singularIn(s int, a string) bool {
	toks := f.a.Sentences[s].Tokens
	for _, w := range strings.Fields(scan.ToLower(a)) {
		for i := range toks {
			if t := &toks[i]; scan.ToLower(t.Text) == w && strings.HasPrefix(t.Tag, "noun") && !wholes[t.Lemma] {
				return numberOf(t) == -1 // not "близько сотні мешканців": the people counted
			}
		}
	}
	return false
}

// pairBefore reports whether the sentence before told an event with both
// an actor and a recipient: two sides a plural вони may take up.
func (f *finder) pairBefore() bool {
	if f.s == 0 || len(f.before) == 0 {
		return false
	}
	last := f.before[len(f.before)-1]
	return last.Sentence.Start == f.a.Sentences[f.s-1].RStart && len(last.Actors) > 0 && len(last.Recipients) > 0
}

// namesBeforeWhich returns the two names joined by і or та right before
// the comma of a plural "які" that opens the clause of the plural verb at
// at, whatever their case: "подякував Польщі та Данії, які передали для
// області 40 генераторів" — Польща and Данія gave. It returns nil when
// the first name hangs on a noun or a preposition ("з лідерами Польщі та
// Литви, які …": the leaders) or anything but adverbs stands between які
// and the verb.
func (f *finder) namesBeforeWhich(at int) []string {
	if !plural(&f.toks[at]) {
		return nil
	}
	r := at - 1
	for r >= 0 && f.toks[r].Kind == vistka.Word && strings.HasPrefix(f.toks[r].Tag, "adv") {
		r--
	}
	if r < 4 || lower(&f.toks[r]) != "який" || !hasCase(&f.toks[r], "v_naz") || !plural(&f.toks[r]) || f.toks[r-1].Text != "," {
		return nil
	}
	y := f.entityAt(r - 2)
	j := r - 2
	for j >= 0 && y != "" && f.entityAt(j) == y {
		j--
	}
	j = f.skipOwnTitle(j)
	if y == "" || j < 1 || !isAnd(&f.toks[j]) {
		return nil
	}
	x := f.entityAt(j - 1)
	k := j - 1
	for k >= 0 && x != "" && f.entityAt(k) == x {
		k--
	}
	if k >= 0 && strings.Contains(f.toks[k].Tag, "pron:pers") {
		k = -1 // "візит до нього X та Y": a pronoun is no noun the name hangs on
	}
	if x == "" || x == y || f.ents.Type(x) != f.ents.Type(y) {
		return nil
	}
	if k >= 0 {
		if t := &f.toks[k]; isPrep(t) || strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj") || strings.HasPrefix(t.Tag, "conj") || t.Text == "," {
			return nil
		}
	}
	return []string{x, y}
}

// skipOwnTitle steps back from j over a job title right before the
// second of two joined names, with the possessive and the adjectives
// before it ("X та його тодішнього начальника Y"); it returns j unchanged
// when no title is there.
func (f *finder) skipOwnTitle(j int) int {
	if j < 0 || !f.inJob(j) {
		return j
	}
	k := j
	for k >= 0 && f.inJob(k) {
		k--
	}
	for n := 0; k >= 0 && n < 3 && strings.HasPrefix(f.toks[k].Tag, "adj") && f.entityAt(k) == ""; n++ {
		k--
	}
	return k
}

// groupEarlier returns the people "вони" at k stands for when an earlier
// clause of its sentence opens with them as the subject of a plural
// verb: "окупанти щодня обстрілюють правобережжя, лише за минулу добу
// вони поранили 11 людей". It returns "" when another plural noun of
// people comes nearer before "вони" ("Поліцейські затримали чоловіків,
// вони погрожували …": either may be meant).
func (f *finder) groupEarlier(k int) string {
	comma := false
	for j := k - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Text == "," {
			comma = true
			continue
		}
		if !strings.HasPrefix(t.Tag, "noun:anim:p") || strings.Contains(t.Tag, "pron") {
			continue
		}
		if !comma || !hasCase(t, "v_naz") || f.entityAt(j) != "" {
			return ""
		}
		v := f.predicateAfter(j)
		if v < 0 || v >= k || !pluralTag(f.toks[v].Tag) {
			return ""
		}
		for h := v + 1; h < k; h++ {
			if f.toks[h].Text == "," {
				return f.nounPhrase(j)
			}
		}
		return ""
	}
	return ""
}

// counterparts returns the counterparts met that the meeting noun at at
// names after з: "зустріч зі своїми колегами – вінницькими громадськими
// лідерами –" gives the people in apposition, "зустріч з колегами з
// Польщі" the colleagues. It returns "" for any other partner.
func (f *finder) counterparts(at int) string {
	j := at + 1
	if j >= len(f.toks) || !withPrep(f.low(j)) {
		return ""
	}
	j++
	for j < len(f.toks) && (strings.HasPrefix(f.toks[j].Tag, "adj") || strings.Contains(f.toks[j].Tag, "pron:pos")) {
		j++
	}
	if j >= len(f.toks) || !peers[f.low(j)] || !hasCase(&f.toks[j], "v_oru") {
		return ""
	}
	if k := j + 1; k+1 < len(f.toks) && isDash(&f.toks[k]) {
		// the people in apposition between dashes
		h := k + 1
		for h < len(f.toks) && strings.HasPrefix(f.toks[h].Tag, "adj") && hasCase(&f.toks[h], "v_oru") {
			h++
		}
		if h < len(f.toks) && strings.HasPrefix(f.toks[h].Tag, "noun:anim") && hasCase(&f.toks[h], "v_oru") {
			return f.text(k+1, h+1)
		}
	}
	return f.text(j, j+1)
}

// peers are the nouns for one's counterparts.
var peers = map[string]bool{"колега": true, "партнер": true, "візаві": true}

// metDelegation returns the delegation met by the verb at at, in the
// accusative under no preposition right after the verb or anywhere before
// it in its clause: the country or the body it came from when named
// after it ("зустрів делегацію Польщі" → Польща), else "делегація".
func (f *finder) metDelegation(at int) string {
	k := -1
	if at+1 < len(f.toks) && f.toks[at+1].Lemma == "делегація" {
		k = at + 1
	}
	for j := at - 1; k < 0 && j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.toks[j].Lemma == "делегація" {
			k = j
		}
	}
	if k < 0 || !hasCase(&f.toks[k], "v_zna") || f.governedBy(k) != "" || f.entityAt(k) != "" {
		return ""
	}
	if e := f.entityAt(k + 1); e != "" && hasCase(&f.toks[k+1], "v_rod") && (f.ents.Type(e) == "LOC" || f.ents.Type(e) == "ORG") {
		return e
	}
	if k+2 < len(f.toks) && (f.low(k+1) == "з" || f.low(k+1) == "із") {
		// "Делегацію з Польщі зустрів мер": where it came from
		if e := f.entityAt(k + 2); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[k+2], "v_rod") && (k+3 >= len(f.toks) || f.entityAt(k+3) != e) {
			return e
		}
	}
	if plural(&f.toks[k]) {
		return "делегації"
	}
	return "делегація"
}

// titleSide reports whether the side e of the verb at at is no entity
// but a person named by a title alone, a singular animate noun in the
// nominative near the verb that e opens with: "Делегацію зустрів
// міністр", "Заступник міністра зустрів делегацію".
func (f *finder) titleSide(at int, e string) bool {
	if f.ents.Type(e) != "" {
		return false
	}
	w, _, _ := strings.Cut(e, " ")
	for j := max(at-6, 0); j < len(f.toks) && j <= at+6; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun:anim") && !plural(t) && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") && f.entityAt(j) == "" && strings.EqualFold(t.Text, w) {
			return true
		}
	}
	return false
}

// metPeople reports whether token k is a plural animate common noun in
// the accusative, no pronoun and no entity: whom one met
// ("протестувальників", "мешканців").
func (f *finder) metPeople(k int) bool {
	t := &f.toks[k]
	return strings.HasPrefix(t.Tag, "noun:anim:p") && hasCase(t, "v_zna") && !strings.Contains(t.Tag, "pron") && f.entityAt(k) == ""
}

// peopleOpening returns the people named by a plural animate common noun
// in the nominative that opens sentence s as the subject of its plural
// verb: "Львів'яни відкрили у Вінниці школу", "Місцеві мешканці
// перекрили дорогу". It returns "" for any other opening.
func (f *finder) peopleOpening(s int) string {
	p := &finder{a: f.a, ents: f.ents, s: s, toks: f.a.Sentences[s].Tokens}
	j := 0
	for j < 2 && j+1 < len(p.toks) && (strings.HasPrefix(p.toks[j].Tag, "conj") || strings.HasPrefix(p.toks[j].Tag, "part") || p.toks[j].Tag == "adv" || strings.HasPrefix(p.toks[j].Tag, "adv:")) {
		j++ // "Але ось мешканці …", "Водночас депутати …": a connective opens the sentence
	}
	for j < len(p.toks) && strings.HasPrefix(p.toks[j].Tag, "adj") && hasCase(&p.toks[j], "v_naz") {
		j++
	}
	counted := false
	if k := p.countBefore(j); k > j && k+1 < len(p.toks) && strings.HasPrefix(p.toks[k].Tag, "noun:anim:p") && hasCase(&p.toks[k], "v_rod") {
		// "Понад сто гірників шахти другу добу залишаються під землею":
		// people counted
		j, counted = k, true
	}
	if j+1 >= len(p.toks) {
		return ""
	}
	t, v := &p.toks[j], &p.toks[j+1]
	if k := p.predicateAfter(j); k > j+1 {
		v = &p.toks[k]
	}
	if !strings.HasPrefix(t.Tag, "noun:anim:p") || !hasCase(t, "v_naz") && !counted || strings.Contains(t.Tag, "pron") || p.entityAt(j) != "" ||
		!strings.HasPrefix(v.Tag, "verb") || !pluralTag(v.Tag) {
		return p.peopleAfterVerb()
	}
	return p.nounPhrase(j)
}

// countBefore returns where the noun after a count that opens at j
// stands ("Понад сто", "Близько 200", "Кілька десятків"): past a word of
// a bound and the numerals; j when no count opens there.
func (f *finder) countBefore(j int) int {
	k := j
	if k < len(f.toks) && countBounds[f.low(k)] {
		k++
	}
	n := k
	for k < len(f.toks) && k < n+3 && (strings.HasPrefix(f.toks[k].Tag, "numr") || f.toks[k].Kind == vistka.Number || countNouns[f.low(k)]) {
		k++
	}
	if k == n {
		return j
	}
	return k
}

// countBounds are the words of a bound before a count of people.
var countBounds = map[string]bool{"понад": true, "близько": true, "майже": true, "щонайменше": true, "приблизно": true, "більше": true, "менше": true, "до": true}

// countNouns are the nouns that count people by tens or hundreds.
var countNouns = map[string]bool{"десятки": true, "сотні": true, "тисячі": true, "десятків": true, "сотень": true, "тисяч": true, "кілька": true, "декілька": true}

// roleOpening returns the one person the sentence s opens with when it
// names that person by office alone, a singular animate noun of gender g
// in the nominative with no name (its adjectives before it and its
// genitives after it) right before a verb that agrees with it:
// "Фінський президент у середу прибув до Харкова", "Литовська міністерка
// запевнила …". A pronoun after it that finds no person named stands for
// it. It returns "" for any other sentence.
func (f *finder) roleOpening(s int, g byte) string {
	p := &finder{a: f.a, ents: f.ents, s: s, toks: f.a.Sentences[s].Tokens}
	j := 0
	for j < 2 && j+1 < len(p.toks) && (strings.HasPrefix(p.toks[j].Tag, "conj") || strings.HasPrefix(p.toks[j].Tag, "part") || p.toks[j].Tag == "adv" || strings.HasPrefix(p.toks[j].Tag, "adv:")) {
		j++ // "Тим часом президент …": a connective opens the sentence
	}
	for j < len(p.toks) && strings.HasPrefix(p.toks[j].Tag, "adj") && hasCase(&p.toks[j], "v_naz") {
		j++
	}
	if j >= len(p.toks) {
		return ""
	}
	t := &p.toks[j]
	if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, ":p:") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_naz") ||
		gender(t) != g || p.entityAt(j) != "" || strings.Contains(t.Tag, ":prop") {
		return ""
	}
	k := j + 1
	for k < len(p.toks) && (hasCase(&p.toks[k], "v_rod") || p.entityAt(k) != "") && p.toks[k].Kind != vistka.Punct {
		if e := p.entityAt(k); e != "" && p.ents.Type(e) == "PERS" {
			return "" // "Президент Фінляндії Александер Стубб": named
		}
		k++ // "Президент Фінляндії"
	}
	for k < len(p.toks) && (strings.HasPrefix(p.toks[k].Tag, "adv") || isPrep(&p.toks[k]) ||
		(strings.HasPrefix(p.toks[k].Tag, "noun") || strings.HasPrefix(p.toks[k].Tag, "adj")) && !hasCase(&p.toks[k], "v_naz") && p.entityAt(k) == "") && k < j+6 {
		k++ // "у середу", "вже"
	}
	if k >= len(p.toks) || !strings.HasPrefix(p.toks[k].Tag, "verb") || plural(&p.toks[k]) || pastGender(&p.toks[k]) != g && pastGender(&p.toks[k]) != 0 {
		return ""
	}
	return p.nounPhrase(j)
}

// peopleAfterVerb returns the people named by a plural animate common
// noun in the nominative right after the sentence's first verb, when that
// verb is plural and no noun in the nominative comes before it: "До
// справи долучилися слідчі ДБР", "На місце прибули рятувальники". It
// returns "" for any other sentence.
func (f *finder) peopleAfterVerb() string {
	for j, t := range f.toks {
		if hasCase(&t, "v_naz") && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) || f.entityAt(j) != "" {
			return ""
		}
		if !strings.HasPrefix(t.Tag, "verb") {
			continue
		}
		if !pluralTag(t.Tag) || j+1 >= len(f.toks) {
			return ""
		}
		n := &f.toks[j+1]
		people := strings.HasPrefix(n.Tag, "noun:anim:p") && !strings.Contains(n.Tag, "pron") ||
			strings.HasPrefix(n.Tag, "adj:p") && groupAdjs[lower(n)] && (j+2 >= len(f.toks) || !strings.HasPrefix(f.toks[j+2].Tag, "noun") || !hasCase(&f.toks[j+2], "v_naz") || f.entityAt(j+2) != "")
		if !people || !hasCase(n, "v_naz") || f.entityAt(j+1) != "" {
			return ""
		}
		if strings.HasPrefix(n.Tag, "noun") {
			return f.nounPhrase(j + 1)
		}
		// "слідчі ДБР" stand for their body, as "Слідчі ДБР затримали"
		// does; "військові бригади": the adjective with the genitive
		// words it belongs to
		k := j + 2
		if e := f.entityAt(k); e != "" && f.ents.Type(e) == "ORG" {
			return e
		} else if e != "" {
			for k < len(f.toks) && f.entityAt(k) == e {
				k++
			}
		} else {
			for k < len(f.toks) && k < j+5 && hasCase(&f.toks[k], "v_rod") && (strings.HasPrefix(f.toks[k].Tag, "noun") || strings.HasPrefix(f.toks[k].Tag, "adj")) {
				k++
			}
		}
		return f.text(j+1, k)
	}
	return ""
}

// groupAdjs are adjectives that stand alone, in the plural, for people
// who act: "долучилися слідчі ДБР", "прибули військові".
var groupAdjs = map[string]bool{
	"слідчий": true, "поліцейський": true, "військовий": true, "черговий": true, "місцевий": true,
}

// predicateAfter returns the index of the verb after the noun at j when
// only the noun's genitive words, words in brackets, adverbs, не and a
// pronoun stand between: "мешканці вулиці Йосипа Сліпого її ремонту (…)
// наразі не радіють"; else -1.
func (f *finder) predicateAfter(j int) int {
	for k := j + 1; k < len(f.toks) && k <= j+20; k++ {
		t := &f.toks[k]
		switch {
		case strings.HasPrefix(t.Tag, "verb"):
			return k
		case t.Text == "(":
			for k < len(f.toks) && f.toks[k].Text != ")" {
				k++
			}
		case t.Text == "," && f.asideAt(k+1) > 0:
			k = f.asideAt(k + 1) // "Протестувальники, однак, заявили": a connective set off by commas
		case hasCase(t, "v_rod") && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")),
			strings.HasPrefix(t.Tag, "adv"), lower(t) == "не", strings.Contains(t.Tag, "pron:pers"),
			(lower(t) == "від" || lower(t) == "з" || lower(t) == "із") && strings.HasPrefix(t.Tag, "prep"): // "депутати від опозиції"
		case spanNouns[t.Lemma] && hasCase(t, "v_zna") || strings.HasPrefix(t.Tag, "adj") && k+1 < len(f.toks) && spanNouns[f.toks[k+1].Lemma] && hasCase(&f.toks[k+1], "v_zna") ||
			f.spanType(k) == "DATE" || f.spanType(k) == "PERIOD":
			// "гірники другу добу залишаються": a phrase of time
		default:
			return -1
		}
	}
	return -1
}

// animateCounts are the number words whose accusative is their genitive,
// as only people's are: двох (not два), трьох, чотирьох, обох.
var animateCounts = map[string]bool{"двох": true, "трьох": true, "чотирьох": true, "обох": true, "обидвох": true}

// spanNouns are the units of time whose accusative says how long:
// другу добу, третій тиждень.
var spanNouns = map[string]bool{"день": true, "доба": true, "ніч": true, "тиждень": true, "місяць": true, "рік": true, "година": true}

// asideAt returns the comma that closes a connective set off by commas
// from k, one or two words (однак, втім, своєю чергою), or -1.
func (f *finder) asideAt(k int) int {
	for m := k; m < len(f.toks) && m <= k+2; m++ {
		t := &f.toks[m]
		if t.Text == "," {
			if m == k {
				return -1
			}
			return m
		}
		l := lower(t)
		if t.Kind != vistka.Word || !(strings.HasPrefix(t.Tag, "conj") || strings.HasPrefix(t.Tag, "part") || t.Tag == "adv" || strings.HasPrefix(t.Tag, "adv:") || l == "свій" || l == "черга") {
			return -1
		}
	}
	return -1
}

// skipTitle steps back from token j over a job title that stands before a
// name (прем'єр-міністр Польщі Дональд Туск): a JOB span and the genitive
// words after it. It returns j unchanged when no title is there.
func (f *finder) skipTitle(j int) int {
	k, limit := j, 6
	for k >= 0 && j-k < limit && !f.inJob(k) {
		t := &f.toks[k]
		if k >= 2 && f.low(k) == "справа" && hasCase(t, "v_mis") && (f.low(k-1) == "у" || f.low(k-1) == "в") {
			// "міністр у справах ветеранів", "міністр у справах
			// трудових мігрантів Філіппін": one title
			k, limit = k-2, limit+2
			continue
		}
		if !hasCase(t, "v_rod") && t.Kind != vistka.Abbr && !(t.Kind == vistka.Word && t.Tag == "") {
			return j
		}
		k--
	}
	if k < 0 || !f.inJob(k) {
		return j
	}
	for k >= 0 && f.inJob(k) {
		k--
	}
	return k
}

// apposedPerson reports whether the person e, named at i with a surname
// that does not decline, which the tagger read in an oblique case, stands
// in apposition to a role in the nominative right before the name, with
// the body or state the role is of in the genitive between them:
// "верховна представниця ЄС Габріела Моретті провели" (Габріела read as
// the genitive of Габріел) names her as the subject.
func (f *finder) apposedPerson(i int, e string) bool {
	if f.ents.Type(e) != "PERS" || !strings.Contains(f.toks[i].Tag, ":nv") {
		return false
	}
	k := i
	for k > 0 && f.entityAt(k-1) == e {
		k--
	}
	k--
	role := func(k int) bool {
		t := &f.toks[k]
		return strings.HasPrefix(t.Tag, "noun:anim") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":prop")
	}
	b := ""
	if k >= 0 {
		b = f.entityAt(k)
	}
	if b == "" || !hasCase(&f.toks[k], "v_rod") || f.ents.Type(b) != "ORG" && f.ents.Type(b) != "LOC" {
		return false
	}
	for k > 0 && f.entityAt(k) == b {
		k--
		if f.entityAt(k) == b && role(k) {
			return true // the role taken into the body's name: "Верховна представниця Євросоюзу"
		}
	}
	return f.entityAt(k) == "" && role(k)
}

// skipRelation steps back from j over a nominative animate noun with its
// adjectives and possessive pronouns that stands in apposition to the
// name after it ("та його угорський колега Петер Сійярто") and returns
// the token before them, or j when there is no such phrase.
func (f *finder) skipRelation(j int) int {
	k := j
	if e := f.entityAt(k); e != "" && hasCase(&f.toks[k], "v_rod") && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
		// "та верховна представниця ЄС Габріела Моретті": the body or
		// the state whose the role is, in the genitive after it
		role := false
		for k > 0 && f.entityAt(k) == e {
			t := &f.toks[k]
			role = role || strings.HasPrefix(t.Tag, "noun:anim") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":prop")
			k--
		}
		if role {
			return k // the role taken into the body's name: "Верховна представниця Євросоюзу"
		}
	}
	t := &f.toks[k]
	if !strings.HasPrefix(t.Tag, "noun:anim") || !hasCase(t, "v_naz") || strings.Contains(t.Tag, ":prop") {
		return j
	}
	k--
	for k >= 0 && strings.HasPrefix(f.toks[k].Tag, "adj") && hasCase(&f.toks[k], "v_naz") {
		k--
	}
	return k
}

// inName reports whether token i lies inside a name (Солідарність «БПП»,
// Угода про асоціацію as a document): a word of a name names no event.
func (f *finder) inName(i int) bool {
	t := &f.toks[i]
	sp := f.a.Spans
	return namesToken(sp, sort.Search(len(sp), func(n int) bool { return sp[n].End > t.RStart }), t)
}

// namesToken reports whether span n, the first of sp that ends after
// token t starts, is a name that holds t.
func namesToken(sp []vistka.Span, n int, t *vistka.Token) bool {
	if n >= len(sp) || sp[n].Start > t.RStart || t.REnd > sp[n].End {
		return false
	}
	switch sp[n].Type {
	case "ORG", "LOC", "PERS", "MISC", "ART", "DOC":
		return true
	}
	return false
}

// nameCursor is inName for the tokens of a sentence asked about in text
// order, with one binary search a sentence rather than one a token: the
// spans sorted by their ends, as inName's search takes them to be, the
// first that ends after a token is at or past the first that ends after
// the token before it. Spans not so sorted, or a token before the last
// one asked about, go to inName.
type nameCursor struct {
	f  *finder
	n  int // the first span that ends after the token asked about last
	at int // that token's start, -1 before the first
}

func (c *nameCursor) inName(i int) bool {
	f := c.f
	t := &f.toks[i]
	if !f.spansByEnd || t.RStart < c.at {
		return f.inName(i)
	}
	sp := f.a.Spans
	if c.at < 0 {
		c.n = sort.Search(len(sp), func(n int) bool { return sp[n].End > t.RStart })
	}
	for c.n < len(sp) && sp[c.n].End <= t.RStart {
		c.n++
	}
	c.at = t.RStart
	return namesToken(sp, c.n, t)
}

// directIn reports whether a direct quote of quotes meets the code
// points from the first start to the last end of toks: no direct quote
// holds a token of a sentence that none meets.
func directIn(quotes []vistka.Quote, toks []vistka.Token) bool {
	if len(toks) == 0 || len(quotes) == 0 {
		return false
	}
	start, end := toks[0].RStart, toks[0].REnd
	for i := range toks {
		start, end = min(start, toks[i].RStart), max(end, toks[i].REnd)
	}
	for _, q := range quotes {
		if q.Direct && q.Start <= end && q.End >= start {
			return true
		}
	}
	return false
}

// inJob reports whether token i lies inside a JOB span.
func (f *finder) inJob(i int) bool {
	t := &f.toks[i]
	sp := f.a.Spans
	n := sort.Search(len(sp), func(n int) bool { return sp[n].End > t.RStart })
	return n < len(sp) && sp[n].Type == "JOB" && sp[n].Start <= t.RStart && t.REnd <= sp[n].End
}

func isAnd(t *vistka.Token) bool {
	switch lower(t) {
	case "та", "і", "й":
		return true
	}
	return false
}

// formGenders are the genders of the nouns legal forms abbreviate:
// ТОВ is товариство, ДП підприємство, ДК компанія.
var formGenders = map[string]byte{
	"тов": 'n', "тзов": 'n', "пат": 'n', "прат": 'n', "ат": 'n', "ват": 'n', "зат": 'n', "дп": 'n', "кп": 'n', "пп": 'n',
	"дк": 'f', "нак": 'f', "пк": 'f',
}

// nounGender is gender with the neuter too ('n').
func nounGender(t *vistka.Token) byte {
	if strings.Contains(t.Tag, ":n:") {
		return 'n'
	}
	return gender(t)
}

// pronounBody returns the firm an accusative pronoun of gender g at i
// stands for when no person does: the firm named last before it in the
// sentence whose noun agrees with it ("фірма … оштрафував її", "ТОВ
// «Альфа» (фармкомпанія, яку АМКУ спіймав на змові)": the firm's name
// when a word for a firm follows it in brackets), or "". Those in not are
// skipped.
func (f *finder) pronounBody(i int, g byte, not []string) string {
	if g == 0 {
		return ""
	}
	// його is a man's and a thing's (neuter) pronoun alike
	yoho := scan.ToLower(f.toks[i].Text) == "його"
	agrees := func(eg byte) bool { return eg == g || yoho && (eg == 'm' || eg == 'n') }
	firmNoun := func(j int) bool {
		t := &f.toks[j]
		l := f.low(j)
		return strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":p:") && agrees(nounGender(t)) &&
			(legalForms[l] || strings.HasSuffix(l, "компанія") || strings.HasSuffix(l, "фірма"))
	}
	for j := i - 1; j >= 0 && i-j <= 40; j-- {
		e := f.entityAt(j)
		if e != "" && f.ents.Type(e) == "ORG" && !slices.Contains(not, e) {
			k := j
			for k > 0 && f.entityAt(k-1) == e {
				k--
			}
			h := j + 1
			for h < len(f.toks) && f.toks[h].Kind == vistka.QuoteMark {
				h++
			}
			if p := &f.toks[max(k-1, 0)]; k > 0 && strings.Contains(p.Tag, ":anim") && hasCase(p, "v_naz") && hasCase(&f.toks[k], "v_rod") {
				// "Детективи НАБУ затримали його": the body of the doers
				// is not whom they took
				j = k
				continue
			}
			eg, ok := formGenders[f.low(k)]
			if !ok {
				eg = nounGender(&f.toks[k])
			}
			if agrees(eg) || h+1 < i && f.toks[h].Text == "(" && firmNoun(h+1) {
				return e
			}
			j = k
			continue
		}
		if e == "" && firmNoun(j) && !(j > 0 && f.toks[j-1].Text == "(") {
			if l := f.low(j); !slices.Contains(not, l) {
				return l
			}
		}
	}
	return ""
}

// pronounOpens is clauseOpens for the pronoun at k, which a
// demonstrative adverb of time or place may come before: "відтоді його
// арештовували", "там його поранили".
func (f *finder) pronounOpens(k int) bool {
	if k > 0 && strings.HasPrefix(f.toks[k-1].Tag, "adv:pron:dem") {
		k--
	}
	if f.clauseOpens(k) {
		return true
	}
	// "У середу його взяли під варту", "Наступного дня йому повідомили
	// про підозру", "Того ж дня …": past a phrase of time opening the clause
	if t := f.timeBefore(k); t < k {
		return f.clauseOpens(t)
	}
	j := k
	if j > 0 && hasCase(&f.toks[j-1], "v_rod") && dayParts[f.toks[j-1].Lemma] {
		j--
		for j > 0 && (strings.HasPrefix(f.toks[j-1].Tag, "adj") && hasCase(&f.toks[j-1], "v_rod") || f.low(j-1) == "ж" || f.low(j-1) == "же") {
			j--
		}
	}
	return j < k-1 && f.clauseOpens(j)
}

// dayParts are the nouns of a day or a part of it whose genitive with an
// adjective tells when: того ж дня, наступного ранку, цієї ночі.
var dayParts = map[string]bool{"день": true, "ранок": true, "вечір": true, "ніч": true, "тиждень": true}

// pronounBefore returns the personal pronoun right before the verb at at,
// or before the adverbs and the count of times between them ("його багато
// разів арештовували", "її двічі затримували"), or -1.
func (f *finder) pronounBefore(at int) int {
	for j := at - 1; j >= 0 && j >= at-4; j-- {
		t := &f.toks[j]
		switch {
		case strings.Contains(t.Tag, "pron:pers:3"):
			return j
		case strings.HasPrefix(t.Tag, "adv") || f.low(j) == "раз" || strings.HasPrefix(t.Tag, "numr"):
			continue
		}
		break
	}
	return -1
}

// pronounOpening returns the index of a personal pronoun of the third
// person that opens the clause of the verb at at, past a phrase of place
// or time between them ("Його на вокзалі зустрів Володимир Зеленський",
// "Їй у вівторок подякував мер"), or -1. Only adverbs, prepositions and
// nouns and adjectives in no nominative may stand between.
func (f *finder) pronounOpening(at int) int {
	for j := at - 1; j >= 0 && j >= at-6; j-- {
		t := &f.toks[j]
		if strings.Contains(t.Tag, "pron:pers:3") {
			if j == 0 || f.toks[j-1].Kind == vistka.Punct {
				return j
			}
			return -1
		}
		if strings.HasPrefix(t.Tag, "adv") || isPrep(t) ||
			(strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && !hasCase(t, "v_naz") && f.entityAt(j) == "" {
			continue
		}
		return -1
	}
	return -1
}

// singleAcrossComma reports whether the subject found for the plural
// verb at at is one person named in another clause, before a comma,
// while the verb's own clause has no word that could be its subject (a
// nominative, a relative pronoun): the verb does not agree with the
// person and tells what was done by people unnamed ("Іваненко очолив
// організацію, відтоді його багато разів арештовували"; not "…, під час
// якої сторони домовилися", "Беззубенка, які вимагали").
func (f *finder) singleAcrossComma(e string, i, at int) bool {
	if v := f.modalOf(at); v > i {
		at = v // "…: могли якщо не заарештувати": the modal agrees, not the infinitive
	}
	if i < 0 || i >= at || !plural(&f.toks[at]) || !strings.Contains(f.toks[at].Tag, ":past") || plural(&f.toks[i]) ||
		f.ents.Type(e) != "PERS" && (f.ents.Type(e) != "ORG" || !f.objectPronounOpens(at)) {
		// (a firm too when a pronoun before the verb is whom: "ТОВ
		// «Альфа» порушило закон, і його оштрафували")
		return false
	}
	switch f.low(i + 1) {
	case "з", "із", "зі", "разом", "та", "і", "й":
		return false // "Іваненко з Петренком", "Іваненко та Петренко": more than one
	}
	c := -1
	for j := at - 1; j > i; j-- {
		if f.toks[j].Text == "," || f.toks[j].Text == ":" || f.toks[j].Text == ";" {
			c = j
			break
		}
	}
	if k := f.pronounBefore(at); c < 0 && k > i+1 && strings.HasPrefix(f.toks[k-1].Tag, "conj") && f.objectPronounOpens(at) {
		c = k - 1 // "вийшла з будівлі і її затримали": the clause opens at і
	}
	if c < 0 || f.entityAt(c+1) == e {
		return false // (the comma of a name)
	}
	for j := c + 1; j < at; j++ {
		t := &f.toks[j]
		if hasCase(t, "v_naz") || strings.Contains(t.Tag, ":rel") || strings.HasPrefix(t.Tag, "conj:coord") && !(j+1 == f.pronounBefore(at) && f.objectPronounOpens(at)) {
			return false // (", і її затримали": what was done to her by others)
		}
		switch f.low(j) {
		case "який", "котрий", "що":
			return false
		}
	}
	return true
}

// modalOf returns the finite verb an infinitive at at hangs on, a few
// words before it in its clause ("могли якщо не заарештувати", "могла б
// навіть його убити"), past infinitives joined before it ("могли якщо
// не заарештувати, то затримати й привезти"), or -1.
func (f *finder) modalOf(at int) int {
	if !strings.Contains(f.toks[at].Tag, ":inf") {
		return -1
	}
	near := at // the nearest infinitive of the chain
	for j := at - 1; j >= 0 && j >= near-4; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && !(t.Text == "," && f.low(j+1) == "то") {
			return -1
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if !strings.Contains(t.Tag, ":inf") {
				return j
			}
			near = j
		}
	}
	return -1
}

// otherGenderAcrossComma reports whether the subject found at i for the
// verb at at (or for the modal an infinitive at at hangs on) is a common
// noun of one gender in another clause, before a comma, while the verb is
// a singular past of another gender and its own clause has no word that
// could be its subject: "Чоловік був у її владі, могла би навіть його
// убити" tells what she could do, not the man. Names are left alone (the
// tagger may miss a surname's gender).
func (f *finder) otherGenderAcrossComma(e string, i, at int) bool {
	if v := f.modalOf(at); v > i {
		at = v
	}
	if i < 0 || i >= at || f.entityAt(i) != "" || !strings.HasPrefix(f.toks[i].Tag, "noun") || strings.Contains(f.toks[i].Tag, "pron") {
		return false
	}
	vg, ng := pastGender(&f.toks[at]), gender(&f.toks[i])
	if vg == 0 || ng == 0 || vg == ng || scan.ToLower(e) != scan.ToLower(f.toks[i].Text) && scan.ToLower(e) != f.low(i) {
		return false // (a phrase longer than the noun may carry a title of the other gender: "голова ради Марія")
	}
	c := -1
	for j := at - 1; j > i; j-- {
		if f.toks[j].Text == "," {
			c = j
			break
		}
	}
	if c < 0 {
		return false
	}
	for j := c + 1; j < at; j++ {
		t := &f.toks[j]
		if hasCase(t, "v_naz") || strings.Contains(t.Tag, ":rel") || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
	}
	return true
}

// pronounAcrossComma reports whether the clause of the verb at at, after
// a comma that follows the subject found at i, has a personal pronoun in
// the nominative of its own that names no one the text made clear: "«Батьківщина»
// вимагає відставки міністра, він звинувачення відкидає" — він is the
// minister, not the party.
func (f *finder) pronounAcrossComma(i, at int) bool {
	if i < 0 || i >= at {
		return false
	}
	for j := at - 1; j > i; j-- {
		t := &f.toks[j]
		if t.Text == "," {
			return false
		}
		if strings.Contains(t.Tag, "pron:pers:3") && hasCase(t, "v_naz") && f.entityAt(j) == "" && j > i+1 && slices.ContainsFunc(f.toks[i+1:j], func(k vistka.Token) bool { return k.Text == "," }) {
			return true
		}
	}
	return false
}

// ownSubject reports whether the common noun at i, right before the
// singular finite verb at at, is in the nominative of the verb's number
// and gender: the subject after an object put first ("Активістів
// поліція затримала"), not a genitive the object governs. (A plural
// noun is left alone: "фірми" may be either.)
func (f *finder) ownSubject(i, at int) bool {
	t, v := &f.toks[i], &f.toks[at]
	return i+1 == at && f.entityAt(i) == "" && strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_naz") &&
		strings.HasPrefix(v.Tag, "verb") && !strings.Contains(v.Tag, ":inf") && numberOf(v) == -1 && sameForm(t, v)
}

// hangsOnObject reports whether the noun or the name at i follows,
// past its kind's word and quote marks, a person's noun in the accusative
// or the genitive (not the nominative) that opens no prepositional
// phrase: it hangs on that object as its genitive and is no subject
// ("Директора фірми затримали", "Директора ТОВ «Альфа» затримали").
func (f *finder) hangsOnObject(i int) bool { return f.objectHead(i) >= 0 }

// objectHead returns the index of the person's noun the noun or the name
// at i hangs on as its genitive (see hangsOnObject), or -1.
func (f *finder) objectHead(i int) int {
	if i > 0 && (f.toks[i].Kind == vistka.QuoteMark || isCloseQuote(f.toks[i].Text)) {
		i-- // "Директора фірми «Альфа»": the name inside
	}
	if i < 0 {
		return -1
	}
	e := f.entityAt(i)
	if e != "" && f.ents.Type(e) == "PERS" || e == "" && strings.Contains(f.toks[i].Tag, ":anim") {
		return -1 // people are subjects: "Двох спільників оперативники затримали"
	}
	j := i
	if e != "" {
		for j > 0 && f.entityAt(j-1) == e {
			j--
		}
	}
	for j > 0 && (f.toks[j-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[j-1].Text) || legalForms[f.low(j-1)]) {
		j--
	}
	if j == 0 || j == i && e == "" && !strings.HasPrefix(f.toks[i].Tag, "noun") {
		return -1
	}
	h := &f.toks[j-1]
	if strings.HasPrefix(h.Tag, "noun:anim") && !strings.Contains(h.Tag, "pron") && !strings.Contains(h.Tag, ":prop") && !hasCase(h, "v_naz") &&
		(hasCase(h, "v_zna") || hasCase(h, "v_rod")) && f.entityAt(j-1) == "" && f.governedBy(j-1) == "" &&
		f.clauseOpens(f.allBefore(f.modifiersBefore(j-1))) {
		// (the person opens the clause: not "Такі дії місцевих депутатів
		// Відділення АМКУ визнало", the genitive of another object)
		return j - 1
	}
	return -1
}

// subject finds the actor of a verb: the nearest entity or personal
// pronoun in the nominative before it, not inside a prepositional phrase;
// failing that, one right after it (inverted order). It returns the id and
// the index of the token it was read from.
func (f *finder) subject(at int) (string, int) {
	if e := f.invertedSubject(at); e != "" {
		return e, -1 // "Ще два автотрансформатори передасть Литва"
	}
	try := func(i int, after bool) string {
		t := &f.toks[i]
		if !after && f.acronymBeforeVerb(i, at) {
			// "після першої купівлі ФДМУ відібрав у нього завод": an
			// indeclinable body's acronym right before a singular verb
			// is its subject, not the genitive of the noun before
			return cmp.Or(f.bodyName(i, f.entityAt(i)), f.entityAt(i))
		}
		if f.governedBy(i) != "" || f.inQuotedText(i) || !after && f.hangsOnObject(i) && !f.ownSubject(i, at) || !after && f.asideCite(i) || f.kindApposed(i) {
			return ""
		}
		if !after && f.toldOutlet(i) {
			return "" // "У «Містобанку» ЛІГА.net повідомили, що …": whom the bank told
		}
		if after && i > 0 && strings.HasPrefix(f.toks[i-1].Tag, "noun") && f.entityAt(i-1) == "" && f.governedBy(i-1) != "" {
			return "" // "відійшли з села Олександро-Шультине": the name of what the preposition governs
		}
		if k := f.kindBefore(i); after && k >= 0 && !hasCase(&f.toks[k], "v_naz") {
			return "" // "оштрафували фірму «Альфа»": the name stands in its kind's case
		}
		if after && f.routeBefore(i) {
			return "" // "перекрили трасу Київ – Харків": the places name the road
		}
		if f.namesMeans(i) {
			return "" // "атаку здійснили ракетою Х-59": the name of the weapon it was made with
		}
		if !after && f.ownerOfAct(i) {
			return "" // "пропозицію ГО «Світанок» … відхилили": whose proposal, not who rejected it
		}
		if after && i > 0 && isPrep(&f.toks[i-1]) {
			return "" // "провів переговори з Абдель Фаттахом ас-Сісі": a name the tagger read as a nominative, under its preposition
		}
		if e := f.entityAt(i); e != "" {
			// An indeclinable name (ЄС, МЗС) may be tagged with any
			// case; it is a subject unless it hangs on a noun (рішення ЄС).
			// A date before it is no noun it hangs on: "минулого тижня ЄС".
			// (an acronym the tagger took for a common word, ВАКС as
			// вакса, is indeclinable too)
			acronym := scan.RuneCount(t.Text) >= 2 && scan.Capitals(t.Text) == scan.RuneCount(t.Text)
			nv := !after && (strings.Contains(t.Tag, ":nv") || acronym) && (i == 0 || !strings.HasPrefix(f.toks[i-1].Tag, "noun") && !strings.HasPrefix(f.toks[i-1].Tag, "adj") ||
				f.spanType(i-1) == "DATE" || f.spanType(i-1) == "PERIOD" || weekdays[f.toks[i-1].Lemma] ||
				// "наступного тижня ЄС виділить": a phrase of time the
				// tagger left untagged
				timeNouns[f.toks[i-1].Lemma] && hasCase(&f.toks[i-1], "v_rod") && i >= 2 && strings.HasPrefix(f.toks[i-2].Tag, "adj") ||
				// "Тим часом ЗСУ уразили": meanwhile
				i >= 2 && f.low(i-1) == "час" && f.low(i-2) == "той" && hasCase(&f.toks[i-1], "v_oru") ||
				// "Слідчі ДБР затримали": the body of the investigators
				// before it, an adjective standing as a noun
				inquirers[f.low(i-1)] && strings.HasPrefix(f.toks[i-1].Tag, "adj") && hasCase(&f.toks[i-1], "v_naz")) &&
				// "представники України та США": joined to a genitive
				!(i >= 2 && isAnd(&f.toks[i-1]) && hasCase(&f.toks[i-2], "v_rod") && !hasCase(&f.toks[i-2], "v_naz") && !strings.Contains(f.toks[i-2].Tag, ":nv") && f.entityAt(i-2) != "")
			// A foreign surname the tagger reads as a vocative (Стере
			// відвідав) is a subject when it is its own base form and
			// the surname of a full name; a vocative that differs from
			// it (Стрибе) or a name alone (Любо) calls someone.
			voc := false
			if sp := f.spanOf(i); sp != nil && hasCase(t, "v_kly") && sp.Type == "PERS" {
				voc = sp.Lemma == sp.Text && strings.Contains(f.ents.Name(e), " ")
			}
			// A surname that is its own base form, read by the tagger as
			// a genitive, after a phrase of time (Того ж дня Цахкна
			// відвідав): the subject.
			if sp := f.spanOf(i); sp != nil && !after && hasCase(t, "v_rod") && sp.Type == "PERS" && sp.Lemma == sp.Text &&
				strings.Contains(f.ents.Name(e), " ") && i > 0 && timeNouns[f.toks[i-1].Lemma] {
				voc = true
			}
			// A body's name that is its own base form, read as a genitive
			// after a phrase of time (Минулого тижня Сили оборони уразили,
			// the genitive сили hanging on тижня): the subject.
			if sp := f.spanOf(i); sp != nil && !after && hasCase(t, "v_rod") && sp.Type == "ORG" && sp.Lemma == sp.Text && i >= 2 &&
				timeNouns[f.toks[i-1].Lemma] && hasCase(&f.toks[i-1], "v_rod") && strings.HasPrefix(f.toks[i-2].Tag, "adj") && sp.Start == t.RStart {
				voc = true
			}
			// A surname that is its own base form read as a locative with
			// no preposition before it (Гроссі закликав, read as Гросс):
			// a locative is never bare, so it is the subject.
			if sp := f.spanOf(i); sp != nil && !after && hasCase(t, "v_mis") && !hasCase(t, "v_naz") && sp.Type == "PERS" && sp.Lemma == sp.Text &&
				strings.Contains(f.ents.Name(e), " ") && (i == 0 || !isPrep(&f.toks[i-1])) {
				voc = true
			}
			// A person's name the tagger took for an inanimate common
			// noun (Свенсен as свенсен, in the accusative) has no case
			// to trust: before the verb, after no noun it could hang on
			// but a phrase of time (Нагадаємо, у березні Свенсен
			// відвідала Київ), it is the subject.
			if sp := f.spanOf(i); sp != nil && !after && sp.Type == "PERS" && !hasCase(t, "v_naz") && strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, ":prop") &&
				(i == 0 || !strings.HasPrefix(f.toks[i-1].Tag, "noun") || f.spanType(i-1) == "DATE" || timeNouns[f.toks[i-1].Lemma]) {
				voc = true
			}
			// A surname that does not decline, spelt as it ends the full
			// name, read as a dative, before a singular verb (Іоном Русу …
			// Русу, своєю чергою, наголосив): the subject, not whom it was
			// told ("Русу повідомили").
			if !after && hasCase(t, "v_dav") && !hasCase(t, "v_naz") && f.ents.Type(e) == "PERS" && !plural(&f.toks[at]) &&
				strings.Contains(f.ents.Name(e), " ") && strings.HasSuffix(f.ents.Name(e), " "+t.Text) && (i == 0 || !isPrep(&f.toks[i-1])) {
				voc = true
			}
			if sp := f.spanOf(i); sp != nil && !after && !voc && hasCase(t, "v_dav") && !hasCase(t, "v_naz") && sp.Type == "PERS" &&
				(sp.Lemma == sp.Text || sp.Text == f.ents.Name(e)) && strings.Contains(sp.Text, " ") && plural(&f.toks[at]) && f.joinedToPerson(i, e) {
				// "Юлія Свириденко та (прем'єр-міністр Молдови)
				// Александру Мунтяну провели переговори": a full name that
				// is its own base form, read as a dative, joined to a
				// person before a plural verb
				voc = true
			}
			if !after && !voc && hasCase(t, "v_zna") && strings.Contains(t.Tag, ":inanim") && plural(&f.toks[at]) && f.joinedToNominative(i, e) {
				// "Міністерство економіки та Світовий банк підписали": an
				// inanimate name whose accusative is its nominative, joined
				// to a subject before a plural verb
				voc = true
			}
			if nv && !voc && strings.Contains(t.Tag, ":nv") && f.genitiveSurname(i) {
				return "" // "Остапенка взяли під варту": a surname the tagger could not decline, in the accusative
			}
			if hasCase(t, "v_naz") || t.Tag == "" || nv || voc || !after && f.apposedPerson(i, e) ||
				!strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
				return cmp.Or(f.bodyName(i, e), e)
			}
			if !after && (strings.Contains(t.Tag, ":nv") || acronym) && f.lawStaffBefore(i, e) {
				return f.text(i-1, i+1) // "Слідчі ДБР оголосили в розшук": the staff of the body
			}
			return ""
		}
		if strings.Contains(t.Tag, "pron:pers:3") && hasCase(t, "v_naz") {
			// (воно stands for no person: "І воно буде оскаржене" is the
			// ruling)
			if strings.Contains(t.Tag, ":n:") {
				return f.ents.LastBody(t.RStart, f.s, 'n')
			}
			if plural(t) && !f.pairBefore() {
				// "Серед них — режисер Юрій Ґудзик. … вони зможуть
				// поспілкуватися": вони stands for no one person (but
				// "Свириденко провела розмову з Болоджаном. Вони
				// обговорили …": the two sides, the first one leading)
				return ""
			}
			if p := f.ents.LastPerson(t.RStart, f.s, gender(t)); p != "" || gender(t) == 0 {
				return p
			}
			if f.s > 0 {
				if r := f.roleOpening(f.s-1, gender(t)); r != "" {
					return r // "Фінський президент прибув до Харкова. Він зустрівся …": the one named by office
				}
			}
			// "ВГСУ погодився … Він скасував": no person to stand for
			return f.ents.LastBody(t.RStart, f.s, gender(t))
		}
		if l := lower(t); !after && (l == "той" || l == "та") && strings.Contains(t.Tag, "pron:dem") && hasCase(t, "v_naz") &&
			(i+1 >= len(f.toks) || !strings.HasPrefix(f.toks[i+1].Tag, "noun") && !strings.HasPrefix(f.toks[i+1].Tag, "adj")) {
			// "Він заявив, що той підтримає його": той is the other one,
			// the person of its gender last named who is not the one він
			// takes up, when no unnamed person came after that name
			g := gender(t)
			if p := f.ents.LastPerson(t.RStart, f.s, g); p != "" {
				if o := f.ents.RecentPerson(t.RStart, f.s, g, []string{p}); o != "" && f.lastNamedOne(i, g) == o {
					return o
				}
			}
			return "" // (unsure whom: as before, none)
		}
		if !after && hasCase(t, "v_naz") && strings.HasPrefix(t.Tag, "adj") && (personAdjs[lower(t)] || officeAdjs[lower(t)]) &&
			(i+1 >= len(f.toks) || !strings.HasPrefix(f.toks[i+1].Tag, "noun") ||
				!hasCase(&f.toks[i+1], "v_naz") && !hasCase(&f.toks[i+1], "v_oru") && (i == 0 || f.toks[i-1].Text != ",")) {
			// (a noun in another case after it is its object, not its
			// head: "обвинувачений провину визнав"; not a doer after a
			// participle set off: "Росія, звинувачена Україною, …")
			return t.Text // "Затриманий зізнався": a participle standing alone for a person
		}
		if crowds[lower(t)] && !after && strings.HasPrefix(t.Tag, "noun") && !(hasCase(t, "v_zna") && !hasCase(t, "v_naz") && !hasCase(t, "v_rod")) {
			// (an accusative alone is an object: "створили ініціативну
			// групу і звертатимуться")
			// "тисячі людей вийшли": the numeral noun may be tagged as a
			// genitive
			return f.nounPhrase(i)
		}
		if !after && i > 0 && (f.toks[i-1].Kind == vistka.Number || fewWords[f.low(i-1)] || f.countingNumeral(i-1) || crowds[f.low(i-1)] && strings.HasPrefix(f.toks[i-1].Tag, "noun")) && strings.HasPrefix(t.Tag, "noun") && (strings.Contains(t.Tag, ":anim") || countedStates[lower(t)] && f.countedAlone(i-1)) &&
			strings.Contains(t.Tag, ":p:") && hasCase(t, "v_rod") && !strings.Contains(t.Tag, "pron") && (strings.HasSuffix(f.toks[at].Tag, ":p") || strings.Contains(f.toks[at].Tag, ":p:")) {
			// "близько 20 важкоатлетів і тренерів вийшли", "Понад сто
			// фермерів пікетували": as many as the text counts, and the
			// nouns joined on
			hi := i + 1
			if hi+1 < at && isAnd(&f.toks[hi]) && strings.HasPrefix(f.toks[hi+1].Tag, "noun") && hasCase(&f.toks[hi+1], "v_rod") {
				hi += 2
			}
			if e := f.entityAt(hi); e != "" && hi < at && hasCase(&f.toks[hi], "v_rod") {
				for hi < at && f.entityAt(hi) == e {
					hi++ // "кілька прихильників УПЦ": whose
				}
			}
			lo := i - 1
			for lo > 0 && (fewWords[f.low(lo-1)] || counts[f.low(lo-1)] || f.toks[lo-1].Kind == vistka.Number) {
				lo-- // "Кілька десятків батьків": the whole count
			}
			return f.text(lo, hi)
		}
		// A body's noun right before the verb, read as an accusative after
		// a phrase of time ("У 2014-2016 суди скасували"): its nominative
		// has the same form.
		v := i + 1
		if e := f.entityAt(v); e != "" && hasCase(&f.toks[v], "v_rod") {
			for v < len(f.toks) && f.entityAt(v) == e {
				v++ // "збройні сили Росії перетнули": whose
			}
		}
		for v < len(f.toks) && v <= i+2 && strings.HasPrefix(f.toks[v].Tag, "adv") && !strings.HasPrefix(f.toks[v].Tag, "advp") {
			v++ // "торік парламент уже відхилив": past an adverb
		}
		bodyAcc := !after && v < len(f.toks) && strings.HasPrefix(f.toks[v].Tag, "verb") && actorNoun(lower(t)) &&
			hasCase(t, "v_zna") && strings.Contains(t.Tag, ":inanim") && (agree(t, &f.toks[v]) ||
			// "МВФ і уряд досягли": the second of two subjects of a
			// plural verb, joined to a name in the nominative
			plural(&f.toks[v]) && !plural(t) && f.joinedToName(i))
		// (a weapon so before a past verb of its gender: "Нагадаємо, 24
		// лютого російський дрон влучив у потяг", read as what нагадати
		// tells; see weaponBefore)
		bodyAcc = bodyAcc || !after && v < len(f.toks) && weapons[lower(t)] && hasCase(t, "v_zna") && strings.Contains(t.Tag, ":inanim:m:") &&
			strings.Contains(f.toks[v].Tag, ":past:m")
		if (hasCase(t, "v_naz") || bodyAcc) && strings.HasPrefix(t.Tag, "noun") {
			if weapons[t.Lemma] && i+1 < len(f.toks) && hasCase(&f.toks[i+1], "v_rod") {
				// "Дрони СБУ уразили завод": whose weapons they are
				if e := f.entityAt(i + 1); e != "" {
					return cmp.Or(f.bodyName(i+1, e), e)
				}
			}
			if e := f.ents.RoleAt(f.a, f.s, i); e != "" {
				return e
			}
			if e := f.sentBy(i); e != "" && envoys[lower(t)] && (lower(t) != "делегація" || f.ents.Type(e) == "LOC") {
				// "прибуде місія МВФ": the fund's; a country's delegation
				// is the country's, while senators are not the Senate
				return e
			}
			if e := f.institutionOf(i); e != "" {
				return e
			}
			if e := f.groupOf(i); e != "" {
				return e
			}
			if actorNoun(lower(t)) && (i == 0 || !strings.HasPrefix(f.toks[i-1].Tag, "adj")) && !strings.Contains(t.Tag, ":p:") &&
				(i+1 >= len(f.toks) || !hasCase(&f.toks[i+1], "v_rod") || f.toks[i+1].Kind != vistka.Word) {
				// "Міжнародний комітет Червоного Хреста … Комітет також
				// виділить": the body named before by this head noun (in
				// the singular: "Світовий банк … банки відмовили" are
				// banks at large)
				if b := f.ents.BodyOf(t.RStart, f.s, lower(t)); b != "" {
					return b
				}
			}
			return f.nounPhrase(i)
		}
		return ""
	}
	for i := at - 1; i >= 0; i-- {
		if f.toks[i].Text == "(" {
			break // a verb inside brackets has its subject there: "(після купівлі ФДМУ відібрав …)"
		}
		if f.toks[i].Text == ")" {
			// "Каунаський технологічний університет (Литва)
			// підписали": what the brackets add is no subject
			k := i - 1
			for k >= 0 && f.toks[k].Text != "(" && i-k < 8 {
				k--
			}
			if k >= 0 && f.toks[k].Text == "(" {
				i = k
				continue
			}
		}
		if k := f.likeOpen(i); k > 0 {
			// "Нинішні депутати, як і їхні попередники, відмовилися": the
			// phrase of likeness set off before the verb names no subject
			i = k
			continue
		}
		if k := f.relativeOpen(i); k > 0 && !f.subordinate(i+1, at) {
			// "Фонд «Покуття», фундатором якого є депутат Андрій
			// Іванчук, висловлює невдоволення": the relative clause
			// set off before the verb holds no subject of its; only a
			// name, a body or a person before it is (not "Дрон і
			// автомобіль, яким перевозили сигарети, конфіскували")
			// (or a crowd: "Кілька тисяч білорусів, які …, пройшли маршем")
			if e, j := f.subject(k); e != "" && j >= 0 && (f.entityAt(j) == e || actorNoun(f.low(j)) || strings.Contains(f.toks[j].Tag, ":anim") || crowds[lower(&f.toks[j])]) {
				return e, j
			}
			break // none before it: perhaps one after the verb
		}
		if f.toks[i].Text == "," && i+1 < at && f.low(i+1) == "як" && strings.HasPrefix(f.toks[i+1].Tag, "conj") && f.ownNoun(i+2, at) {
			// "кореспонденти побігли робити новини про те, як народ
			// штурмує відділення": a як-clause with a subject of its own
			// the verb agrees with takes none from the main clause
			break
		}
		if f.toks[i].Text == "," && f.subordinate(i+1, at) {
			// "Столтенберг, який прибув до України": який stands for
			// the name before the comma.
			if r := &f.toks[i+1]; (lower(r) == "який" || lower(r) == "котрий") && hasCase(r, "v_naz") && i > 0 {
				if g, rg := pastGender(&f.toks[at]), gender(r); g != 0 && rg != 0 && g != rg {
					// "Суд задовольнив клопотання прокуратури, яка
					// розслідує справу, і наклав арешт": the relative
					// clause is not the verb's; its subject is before.
					continue
				}
				if nv, nr := numberOf(&f.toks[at]), numberOf(r); nv != 0 && nr != 0 && nv != nr {
					// "монастир, який у 2015 році розгромили бойовики":
					// a singular який with a plural verb (or the other
					// way round) is the verb's object, in the form of
					// the nominative; the subject comes after the verb.
					break
				}
				if e := f.entityAt(i - 1); e != "" && f.headOfPhrase(i-1, e) {
					return e, i - 1
				}
				if p, j := f.peopleBeforeWhich(i, at); p != "" {
					return p, j
				}
				if p, j := f.protestersBeforeWhich(i, at); p != "" {
					return p, j
				}
				if h := &f.toks[i-1]; f.entityAt(i-1) == "" && strings.HasPrefix(h.Tag, "noun") && hasCase(h, "v_naz") && plural(h) == plural(r) &&
					(strings.Contains(h.Tag, ":anim") || actorNoun(lower(h)) || groups[lower(h)]) && !strings.Contains(h.Tag, "pron") && !f.indefiniteHead(i-1) {
					// "Російські війська, які обстріляли Харків, відійшли":
					// the people or the body named by a common noun
					if e := try(i-1, false); e != "" {
						return e, i - 1
					}
				}
			}
			if j := f.relativeHead(i, at); j >= 0 {
				// "шукають людей з сусіднього села, що підірвали
				// електроопори": the pronoun, the clause's subject,
				// stands for people named in another case before it
				if e := f.entityAt(j); e != "" {
					return e, j
				}
				return f.text(f.modifiersBefore(j), i), j
			}
			if v := f.mainVerb(i, at); v >= 0 {
				// "поліція зацікавилась ще в 2015-му, коли почала
				// перевірку фірм": a clause of time with no subject of
				// its own shares the main clause's
				return f.subject(v)
			}
			break // "…, проти чого протестують мешканці": the subject is inside
		}
		if f.toks[i].Text == "," && f.asReported(i) {
			break // "Як повідомляла Європейська правда, ЄС ухвалив …"
		}
		if k := f.sourceAside(i); k > 0 {
			// "Клуб, як пише видання, не оскаржуватиме рішення",
			// "Чилійські колеги, за його словами, передадуть …": who
			// tells it, set off by commas, is not the verb's subject
			i = k
			continue
		}
		if t := &f.toks[i]; hasCase(t, "v_naz") && strings.HasPrefix(t.Tag, "noun") && (strings.Contains(t.Tag, "pron:neg") ||
			strings.Contains(t.Tag, "pron:indef") || strings.Contains(t.Tag, "pron:pers:1") || strings.Contains(t.Tag, "pron:pers:2")) {
			return "", -1 // ніхто, хтось, ми: no one the text names
		}
		if e := try(i, false); e != "" {
			if f.otherClausePlural(i, at) {
				continue // "Рятувальники розбирають завали, а мешканцям область виділила": not виділила's
			}
			if f.otherVerbs(i, at) {
				continue // "вирішили, що фірма порушила закон, та оштрафували її": фірма is порушила's
			}
			if f.impersonalBetween(i, at) {
				break // "ТОВ «Альфа» оштрафовано на 9 млн, ще 4 млн стягнуть із ПП «Бета»": the object of the impersonal form
			}
			if f.pluralAfter(at, i) {
				break // "володіла Ганна Петренко, і його арештовували держвиконавці": the plural after the plural verb
			}
			if u, j := f.unitBefore(i, f.entityAt(i)); u != "" {
				return u, j // "ВП «Рівненська АЕС» ДП «НАЕК «Енергоатом» уклало угоду": the plant's
			}
			if p, j := f.appositionOf(i, at); p != "" && f.entityAt(i) == "" {
				return p, j // "Фред Фінн, власник рекорду, приїхав": the person, not the phrase set off
			}
			return e, i
		}
	}
	from := at + 1
	if v := f.verb(at); from+1 < len(f.toks) && isPrep(&f.toks[from]) && (lightVerbs[v] != nil || pairs[v] != nil) {
		// "подав у відставку тодішній керівник УЦОЯО Ігор Лікарчук": past
		// the light verb's noun
		j := from + 1
		for j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj") {
			j++
		}
		if j < len(f.toks) {
			if _, paired := pairs[v][f.low(j)]; paired || slices.Contains(lightVerbs[v], f.low(j)) {
				from = j + 1
			}
		}
	}
	if p := f.countedCrowdAfter(at, from); p != "" {
		return p, -1 // "пікетували понад 200 шахтарів", "зібралися близько сотні працівників"
	}
	next := from == at+1 // right after the verb
	if next {
		from = f.pastMeans(from) // "Удар завдали ракетою Х-22 російські війська": past the weapon and its name
	}
	for i := from; i < len(f.toks) && i <= from+2; i++ {
		if f.toks[i].Kind == vistka.Punct {
			break // "вирішили, що фірма порушила": the next clause's subject
		}
		if strings.HasPrefix(f.toks[i].Tag, "adj") && i+1 < len(f.toks) && f.inJob(i+1) && !f.inJob(i) {
			continue // "тодішній керівник УЦОЯО Ігор Лікарчук": to the title
		}
		if f.inJob(i) && hasCase(&f.toks[i], "v_naz") {
			// "підписали міністр енергетики Герман Галущенко та …": the
			// person the title names
			if e := f.titledName(i); e != "" {
				return e, -1
			}
		}
		if neuterForms[f.low(i)] && (pastGender(&f.toks[at]) == 'm' || pastGender(&f.toks[at]) == 'f') {
			break // "Нацбанк оштрафував АТ «Альфа»": a neuter firm's form after a verb of another gender is its object
		}
		if e := try(i, true); e != "" && (next || f.ents.Type(e) == "PERS" || f.ents.Type(e) == "ORG") {
			// (past the light verb's noun, only a person or a body: not
			// "підняло в повітря два винищувачі")
			return e, -1
		}
	}
	return "", -1
}

// pastMeans returns where the words after a means in the instrumental
// at i end: a bare inanimate noun with its adjectives and the name or
// the mark after it ("ракетою Х-22", "ударними дронами «Шахед»",
// "крилатою ракетою"), which stands between a verb and its subject
// ("Удар завдали ракетою Х-22 російські війська"). It returns i when no
// such means starts there.
func (f *finder) pastMeans(i int) int {
	j := i
	for j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj") && hasCase(&f.toks[j], "v_oru") {
		j++
	}
	if j >= len(f.toks) || f.entityAt(j) != "" {
		return i
	}
	if t := &f.toks[j]; !strings.HasPrefix(t.Tag, "noun:inanim") || !hasCase(t, "v_oru") || hasCase(t, "v_naz") || actorNoun(lower(t)) || f.governedBy(j) != "" {
		return i
	}
	j++
	if j < len(f.toks) && (f.toks[j].Kind == vistka.QuoteMark || isOpenQuote(f.toks[j].Text)) {
		j++
	}
	if e := f.entityAt(j); e != "" {
		for j < len(f.toks) && f.entityAt(j) == e {
			j++
		}
	} else if j < len(f.toks) && f.toks[j].Tag == "noninfl" {
		j++ // "Х-22"
	}
	if j < len(f.toks) && (f.toks[j].Kind == vistka.QuoteMark || isCloseQuote(f.toks[j].Text)) {
		j++
	}
	return j
}

// namesMeans reports whether the name at i names the thing a bare noun
// in the instrumental before it stands for, a weapon or a means the deed
// was done with ("атаку здійснили ракетою Х-59", "удар завдали ракетою
// «Іскандер-М»", "дронами «Шахед»"): the thing is no doer, nor is its
// name. A body's noun there (компанією «Альфа») may be the agent of a
// passive form, and a person's (головою Іван Петренко) a predicate, so
// only an inanimate noun that names no body counts.
func (f *finder) namesMeans(i int) bool {
	e := f.entityAt(i)
	if e == "" {
		return false
	}
	k := i - 1
	for k >= 0 && (f.entityAt(k) == e || f.toks[k].Kind == vistka.QuoteMark) {
		k--
	}
	if k < 0 || f.entityAt(k) != "" {
		return false
	}
	if typ := f.ents.Type(e); typ == "PERS" || typ == "LOC" {
		return false // no weapon's name
	}
	if k > 0 && strings.Contains(f.toks[k-1].Tag, "pron") {
		return false // "Тим часом УЄФА оштрафував", "Своєю чергою держсекретар": a phrase of time or of turn
	}
	t := &f.toks[k]
	return strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_oru") && !hasCase(t, "v_naz") &&
		!actorNoun(lower(t)) && f.governedBy(k) == ""
}

// pairedAfter reports whether a noun of objs with an event kind stands
// in the clause from j to end, past про or щодо right at j: "рішення про
// виділення коштів".
func (f *finder) pairedAfter(objs map[string]kind, j, end int) bool {
	if f.low(j) != "про" && f.low(j) != "щодо" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= end; k++ {
		if f.toks[k].Kind == vistka.Punct || strings.HasPrefix(f.toks[k].Tag, "verb") {
			return false
		}
		if pk, ok := objs[f.low(k)]; ok && pk.typ != "" {
			return true
		}
	}
	return false
}

// countedCrowdAfter returns the people counted right after the verb of
// protest or of gathering at at (from: the token after it), who are its
// subject: "Під стінами ОДА пікетували понад 200 шахтарів", "Біля ОДА
// зібралися понад 200 шахтарів"; a verb of another kind takes them as its
// object ("затримали 12 учасників"). "" when there are none.
func (f *finder) countedCrowdAfter(at, from int) string {
	t := &f.toks[at]
	if verbs[f.verb(at)].typ != "PROTEST" && !reflexive(t) || !plural(t) && !strings.Contains(t.Tag, ":n") {
		return ""
	}
	k := from
	for k < len(f.toks) && k <= from+3 && (f.toks[k].Kind == vistka.Number || counts[f.low(k)] || strings.HasPrefix(f.toks[k].Tag, "numr")) {
		k++
	}
	if k == from || k >= len(f.toks) {
		return ""
	}
	n := &f.toks[k]
	if !strings.HasPrefix(n.Tag, "noun:anim:p") || !hasCase(n, "v_rod") || strings.Contains(n.Tag, "pron") || f.entityAt(k) != "" {
		return ""
	}
	return f.text(from, k+1)
}

// otherClausePlural reports whether the common noun at i, a plural
// before a comma, cannot be the subject of the singular past verb at at
// after that comma: "Рятувальники розбирають завали, а мешканцям
// будинку область виділила …".
func (f *finder) otherClausePlural(i, at int) bool {
	t, v := &f.toks[i], &f.toks[at]
	if f.entityAt(i) != "" || !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || !plural(t) || pastGender(v) == 0 {
		return false
	}
	return slices.ContainsFunc(f.toks[i+1:at], func(u vistka.Token) bool { return u.Text == "," })
}

// acronymBeforeVerb reports whether token i, right before the finite
// singular verb at at, is an indeclinable acronym naming a body (ФДМУ,
// АМКУ) after a prepositional phrase in the genitive that it could hang
// on: "після першої купівлі ФДМУ відібрав".
func (f *finder) acronymBeforeVerb(i, at int) bool {
	t, v := &f.toks[i], &f.toks[at]
	if i != at-1 || i == 0 || !strings.HasPrefix(v.Tag, "verb") || plural(v) || strings.Contains(v.Tag, ":inf") ||
		!strings.Contains(t.Tag, ":nv") || !strings.Contains(t.Tag, ":abbr") || f.spanType(i) != "ORG" {
		return false
	}
	// The genitives before it hang on a preposition, not on a subject:
	// "Адміністративна колегія тервідділення АМКУ оштрафувала" is the
	// board's.
	j := i - 1
	for j >= 0 && (strings.HasPrefix(f.toks[j].Tag, "noun") || strings.HasPrefix(f.toks[j].Tag, "adj")) && hasCase(&f.toks[j], "v_rod") && !hasCase(&f.toks[j], "v_naz") {
		j--
	}
	if j >= 2 && f.low(j-1) == "що" && f.toks[j-2].Text == "," && !strings.Contains(v.Tag, ":past") {
		// "Служба заявила, що після рішення АМКУ розірве договори": a
		// що-clause opening with the phrase, its verb with no gender to
		// tell, keeps the speaker for its subject
		return false
	}
	return j < i-1 && j >= 0 && isPrep(&f.toks[j])
}

// pluralAfter reports whether the verb at at, in the plural, has its
// subject right after it, an animate plural noun in the nominative, while
// the nominative found before it at i is singular: "і його арештовували
// держвиконавці".
func (f *finder) pluralAfter(at, i int) bool {
	b := &f.toks[i]
	return f.pluralSubjectAfter(at) && strings.HasPrefix(b.Tag, "noun") && !plural(b)
}

// pluralSubjectAfter reports whether the verb at at is plural with an
// animate plural noun in the nominative right after it.
func (f *finder) pluralSubjectAfter(at int) bool {
	v := &f.toks[at]
	if at+1 >= len(f.toks) || !strings.HasPrefix(v.Tag, "verb") || !plural(v) {
		return false
	}
	n := &f.toks[at+1]
	return strings.HasPrefix(n.Tag, "noun:anim") && plural(n) && hasCase(n, "v_naz") && !strings.Contains(n.Tag, "pron")
}

// plural reports whether the token's tag is plural.
func plural(t *vistka.Token) bool { return numberOf(t) == 1 }

// ownNoun reports whether toks[from:at] hold a common noun in the
// nominative, not a pronoun, that can be the subject of the verb at at.
func (f *finder) ownNoun(from, at int) bool {
	for j := from; j < at; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") && sameForm(t, &f.toks[at]) {
			return true
		}
	}
	return false
}

// mainVerb returns, for a verb at at in a clause of time opened by коли
// after the comma at c with no word before the verb that could be its
// subject, the verb of the main clause before the comma when both are
// past forms of one gender ("поліція зацікавилась …, коли почала"); -1
// otherwise.
func (f *finder) mainVerb(c, at int) int {
	from := c + 2 // past коли
	switch {
	case c+1 >= at:
		return -1
	case c+2 < at && scan.ToLower(f.toks[c+2].Text) == "чого" && sequels[f.low(c+1)]:
		from = c + 3 // "прибув до Києва, після чого зустрівся": what came next
	case f.low(c+1) != "коли":
		return -1
	}
	for j := from; j < at; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct || hasCase(t, "v_naz") && (strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || f.entityAt(j) != "") {
			// (коли той прибув: a subject of its own)
			return -1
		}
	}
	g := pastGender(&f.toks[at])
	pl := from == c+3 && strings.Contains(f.toks[at].Tag, ":past") && plural(&f.toks[at])
	if g == 0 && !pl {
		return -1
	}
	for j := c - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "-" {
			return -1
		}
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			if pastGender(t) != g || pl && !(strings.Contains(t.Tag, ":past") && plural(t)) {
				return -1
			}
			return j
		}
	}
	return -1
}

// sequels are the prepositions of a relative чого that tells what came
// after or of the clause before: "…, після чого зустрівся", "…,
// внаслідок чого загинули".
var sequels = map[string]bool{"після": true, "внаслідок": true}

// likeOpen returns the comma that opens a phrase of likeness closed by the
// comma at i (", як і їхні попередники,", ", як і торік,"): як і or як й
// right after it, no verb and no other punctuation inside. It returns 0
// when the comma at i closes no such phrase.
func (f *finder) likeOpen(i int) int {
	if f.toks[i].Text != "," {
		return 0
	}
	for k := i - 1; k > 0 && i-k <= 8; k-- {
		t := &f.toks[k]
		if strings.HasPrefix(t.Tag, "verb") {
			return 0
		}
		if t.Kind != vistka.Punct {
			continue
		}
		if t.Text == "," && k+3 < i && f.low(k+1) == "як" && (f.low(k+2) == "і" || f.low(k+2) == "й") {
			return k
		}
		return 0
	}
	return 0
}

// relativeOpen returns the comma that opens a relative clause closed by
// the comma at i (", фундатором якого є депутат Іванчук,"): the relative
// pronoun among the clause's first three words, no other comma between.
// It returns 0 when the comma at i closes no such clause.
func (f *finder) relativeOpen(i int) int {
	if f.toks[i].Text != "," {
		return 0
	}
	for k := i - 1; k > 0 && i-k <= 16; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct && t.Text != "," && (t.Text != ")" && t.Text != "(" || k+1 == i && t.Text == "(") {
			return 0 // (a short name in brackets may close the clause: "…, що здійснює регулювання (НКРЕКП), …")
		}
		if t.Text != "," {
			continue
		}
		// "Національна комісія, що здійснює регулювання, …": що as which,
		// right after a noun's comma
		that := f.low(k+1) == "що" && strings.HasPrefix(f.toks[k-1].Tag, "noun") && hasCase(&f.toks[k-1], "v_naz")
		for j := k + 1; j < i && j <= k+3; j++ {
			if l := f.low(j); l == "який" || l == "котрий" || l == "чий" || that && j == k+1 {
				// a clause with its own verb, not a phrase set off
				// inside one ("унаслідок якої польське військо,
				// покидавши зброю, відступило")
				if slices.ContainsFunc(f.toks[j+1:i], func(t vistka.Token) bool { return strings.HasPrefix(t.Tag, "verb") }) {
					return k
				}
				return 0
			}
		}
		return 0
	}
	return 0
}

// sourceAside returns the comma that opens an aside naming who tells it,
// closed by the comma at i: ", як пише видання,", ", цитує його слова
// агентство PAP,", ", за його словами,", ", на думку експерта,"; 0 when
// there is none.
func (f *finder) sourceAside(i int) int {
	if f.toks[i].Text != "," {
		return 0
	}
	for k := i - 1; k > 0 && i-k <= 7; k-- {
		if f.toks[k].Kind == vistka.Punct && f.toks[k].Text != "," {
			return 0
		}
		if f.toks[k].Text != "," {
			continue
		}
		v := k + 1
		if f.low(v) == "як" {
			v++
		}
		switch {
		case v < i && strings.HasPrefix(f.toks[v].Tag, "verb") && !strings.Contains(f.toks[v].Tag, ":inf") && asideVerbs[f.low(v)]:
			return k
		case k+3 < i && f.low(k+1) == "за" && (scan.EqualFold(f.toks[k+3].Text, "словами") || scan.EqualFold(f.toks[k+3].Text, "даними")),
			k+3 < i && f.low(k+1) == "на" && scan.EqualFold(f.toks[k+3].Text, "думку"):
			return k
		}
		return 0
	}
	return 0
}

// capitals reports a word of two or more letters all in capitals: САП, НАБУ.
func capitals(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// pluralTag reports a tag of the plural: verb:perf:past:p, verb:perf:futr:p:3.
func pluralTag(tag string) bool { return strings.Contains(tag, ":p:") || strings.HasSuffix(tag, ":p") }

// subjectless reports a verb's tag that needs no subject before it: a
// plural, "Посадовця затримали", or an impersonal form, "12 осіб
// заарештовано" (not a singular past, "Його затримав патруль", whose
// subject may come after it).
func subjectless(tag string) bool { return pluralTag(tag) || strings.Contains(tag, "impers") }

// asideVerbs tell who passes words on in an aside: "…, як пише видання,".
var asideVerbs = map[string]bool{"писати": true, "цитувати": true, "повідомляти": true, "передавати": true}

// asReported reports whether the comma at i closes a parenthetical
// source clause that opens the sentence: "Як повідомляв Укрінформ,",
// "Як заявив міністр,"; its subject is not the main clause's.
func (f *finder) asReported(i int) bool {
	if i < 2 || f.low(0) != "як" {
		return false
	}
	for j := 1; j < i; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
	}
	return strings.HasPrefix(f.toks[1].Tag, "verb")
}

// weaponBefore reports whether a weapon is the subject of the verb at i:
// a noun of weapons in the nominative before it in its clause ("російський
// дрон влучив у будинок", "ракета влучила"). A masculine weapon the
// tagger reads as accusative, its form the nominative's, is the subject
// too when the past verb agrees with it and no preposition governs it:
// after a verb of speech ("Нагадаємо, 24 лютого російський дрон влучив
// у потяг") the tagger takes the noun for that verb's object, but what
// влучити hits follows у or в.
func (f *finder) weaponBefore(i int) bool {
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		t := &f.toks[j]
		if !weapons[lower(t)] {
			continue
		}
		if hasCase(t, "v_naz") {
			return true
		}
		return hasCase(t, "v_zna") && strings.Contains(t.Tag, ":inanim:m:") && strings.Contains(f.toks[i].Tag, ":past:m") && !f.governed(j)
	}
	return false
}

// governed reports whether the noun at j follows a preposition, past the
// adjectives before it: "у ворожий дрон".
func (f *finder) governed(j int) bool {
	for k := j - 1; k >= 0; k-- {
		switch tag := f.toks[k].Tag; {
		case strings.HasPrefix(tag, "adj"):
			continue
		case strings.HasPrefix(tag, "prep"):
			return true
		}
		return false
	}
	return false
}

// datedHit reports whether the hit told by the verb at i is dated in its
// own clause while the last attack told before it has no date, a habit
// ("куди армія РФ майже щодня скидає авіабомби. У Чугуєві, де в неділю
// ворожа ракета влучила в п'ятиповерхівку, …"): a strike of its own, not
// the detail of that attack. A dated hit a paragraph recalls
// ("Нагадаємо, 24 лютого російський дрон влучив у потяг") is a strike of
// its own whatever the attack before it: the story goes back to another
// day.
func (f *finder) datedHit(i int, here []vistka.Event) bool {
	dated := false
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.spanType(j) == "DATE" || weekdays[f.toks[j].Lemma] {
			dated = true
			break
		}
	}
	if !dated {
		return false
	}
	if background(f.toks) {
		return true
	}
	for _, evs := range [][]vistka.Event{here, f.before} {
		for k := len(evs) - 1; k >= 0; k-- {
			if evs[k].Type == "ASSAULT" {
				return evs[k].Date == ""
			}
		}
	}
	return false
}

// weaponAfter reports whether a weapon in the nominative follows the verb
// at i in its clause: "у будинок прилетіла ракета".
func (f *finder) weaponAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if t := &f.toks[j]; weapons[lower(t)] && hasCase(t, "v_naz") {
			return true
		}
	}
	return false
}

// sportsTarget reports whether the object right after the verb at i, past
// adjectives, is a goal or a ball: a match told in the words of war.
func (f *finder) sportsTarget(i int) bool {
	j := i + 1
	for j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j++
	}
	if j >= len(f.toks) {
		return false
	}
	switch f.low(j) {
	case "ворота", "м'яч", "кошик", "сітка":
		return true
	}
	return false
}

// matchLost reports whether the verb of yielding at i tells a match lost:
// a score (1:2) or a word of a match or a tournament follows in its clause
// ("поступився «Фіорентині» в Лізі конференцій", "поступилася у фіналі").
func (f *finder) matchLost(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if matchWords[f.low(j)] || isScore(t.Text) {
			return true
		}
		if j == i+1 && strings.Contains(t.Tag, ":v_dav") && strings.Contains(t.Tag, ":compc") {
			return true // "поступився сильнішому": lost to the better one
		}
		if rivals[f.low(j)] && hasCase(t, "v_dav") {
			return true // "Поступившись лише чемпіонові": lost to a rival
		}
	}
	return false
}

// matchMet reports whether the verb of meeting at i tells a match: its
// clause names a match or a round of a tournament after у or в ("У
// неділю у фіналі команди зустрілися", "у півфіналі львів'яни
// зустрілися з господарями турніру").
func (f *finder) matchMet(i int) bool {
	lo, hi := i, i
	for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	for hi+1 < len(f.toks) && f.toks[hi+1].Kind != vistka.Punct {
		hi++
	}
	for j := lo + 1; j <= hi; j++ {
		if !matchWords[f.low(j)] || !hasCase(&f.toks[j], "v_mis") {
			continue
		}
		k := j - 1
		for k > lo && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k-- // "у стикових матчах"
		}
		if p := f.low(k); p == "у" || p == "в" {
			return true
		}
	}
	return false
}

// audienceMet reports whether the meeting told by the verb at i (or its
// noun at n) is with an audience: readers, fans, viewers, listeners
// after з in its clause ("зустрівся з читачами", "зустріч з
// уболівальниками"). An audience is no party to talks.
func (f *finder) audienceMet(i, n int) bool {
	from := max(i, n) + 1
	for j := from; j < len(f.toks) && j <= from+3 && f.toks[j].Kind != vistka.Punct; j++ {
		if l := f.low(j); l != "з" && l != "із" && l != "зі" {
			continue
		}
		k := j + 1
		for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k++
		}
		return k < len(f.toks) && audiences[f.low(k)] && hasCase(&f.toks[k], "v_oru")
	}
	return false
}

// audiences are those who come to see or hear someone.
var audiences = map[string]bool{"читач": true, "шанувальник": true, "глядач": true, "слухач": true,
	"вболівальник": true, "уболівальник": true, "фанат": true, "відвідувач": true}

// playTold reports whether the sentence tells play on a pitch or in a
// ring and names no weapon: a minute of a match by its number (на 19-й
// хвилині), a round, a half, the penalty area, the ropes, a goal
// ("вінничани атакували лівим флангом, і Гнатюк завдав удару з-за меж
// штрафного майданчика", "у дев'ятому раунді … завдав удару лівим
// боковим").
func (f *finder) playTold() bool {
	play := false
	for j := range f.toks {
		l := f.low(j)
		if weapons[l] {
			return false
		}
		switch {
		case playWords[l]:
			play = true
		case l == "хвилина" && j > 0 && strings.Contains(f.toks[j-1].Tag, ":numr") && f.toks[j-1].Text[0] >= '0' && f.toks[j-1].Text[0] <= '9':
			play = true // "на 63-й хвилині"
		case l == "штрафний" && j+1 < len(f.toks) && f.low(j+1) == "майданчик",
			l == "компенсований" && j+1 < len(f.toks) && f.low(j+1) == "час",
			l == "ворота" && j > 0 && f.low(j-1) == "по",
			isScore(f.toks[j].Text) && j > 0 && f.low(j-1) == "рахунок":
			// "з рахунком 4:0" (not a time: "близько 14:00"), "удару по
			// воротах", "в компенсований час"
			play = true
		}
	}
	return play
}

// playWords name what only a match or a bout has, and the rival one
// plays against ("розгромила суперників").
var playWords = map[string]bool{"раунд": true, "тайм": true, "канат": true, "ринг": true, "рефері": true,
	"пенальті": true, "гол": true, "м'яч": true, "нокаут": true, "нокдаун": true, "суперник": true, "суперниця": true}

// wordsAsBlows reports whether the verb of attack at i strikes with words
// or papers, an instrumental of them in its clause ("атакували ректорат
// запитами", "атакує редакцію листами"): pressure, no attack.
func (f *finder) wordsAsBlows(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+5 && f.toks[j].Kind != vistka.Punct; j++ {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_oru") && wordsSent[f.low(j)] {
			return true
		}
	}
	return false
}

// wordsSent are what one writes or says to someone.
var wordsSent = map[string]bool{"запит": true, "лист": true, "питання": true, "скарга": true, "звернення": true,
	"дзвінок": true, "повідомлення": true, "критика": true, "коментар": true, "петиція": true, "запитання": true}

// isScore reports a score written as one word: 1:2, 0:0.
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, ":")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// matchWords name a match or a tournament.
var matchWords = map[string]bool{"матч": true, "рахунок": true, "тур": true, "фінал": true, "півфінал": true, "чвертьфінал": true,
	"ліга": true, "чемпіонат": true, "турнір": true, "кубок": true, "поєдинок": true, "гра": true, "сет": true, "плей-оф": true}

// launchedAt reports whether weapons are launched at a target by the verb
// at i: a noun of weapons and по before a place or a body in its clause
// ("випустили по Харкову понад 20 ударних дронів").
func (f *finder) launchedAt(i int) bool {
	weapon, target := false, false
	for j := i + 1; j < len(f.toks) && j <= i+9 && f.toks[j].Kind != vistka.Punct; j++ {
		weapon = weapon || weapons[f.low(j)]
		if f.low(j) == "по" && j+1 < len(f.toks) {
			if e := f.entityAt(j + 1); e != "" && (f.ents.Type(e) == "LOC" || f.ents.Type(e) == "ORG") || f.siteAt(j+1) {
				target = true
			}
		}
	}
	return weapon && target
}

// siteAt reports whether the words at i, adjectives skipped, name a place
// people live, work or travel through, which a strike hits: "по
// залізничному вокзалу", "по лікарні".
func (f *finder) siteAt(i int) bool {
	for ; i < len(f.toks) && strings.HasPrefix(f.toks[i].Tag, "adj") && f.entityAt(i) == ""; i++ {
	}
	return i < len(f.toks) && f.entityAt(i) == "" && strings.HasPrefix(f.toks[i].Tag, "noun") && sites[f.low(i)]
}

// struckPlace reports whether the subject of the verb at i, in the
// nominative before or after it in its clause, is a place's name or a
// site a strike hits: "Під удар потрапив Харків", "під удар потрапив
// енергетичний об'єкт".
func (f *finder) struckPlace(i int) bool {
	lo, hi := i, i
	for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	for hi+1 < len(f.toks) && f.toks[hi+1].Kind != vistka.Punct {
		hi++
	}
	for j := lo; j <= hi; j++ {
		t := &f.toks[j]
		if !hasCase(t, "v_naz") {
			continue
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" || e == "" && strings.HasPrefix(t.Tag, "noun") && sites[f.low(j)] {
			return true
		}
	}
	return false
}

// bodyClosing returns the side named by its noun in the locative after в or
// у that closes the clause of the verb at i ("Рішення одразу
// розкритикували в опозиції"): the body a name stands for before, or the
// noun's base form; else "". A court closing the clause is where an
// appeal goes ("оскаржити його в суді"), no side.
func (f *finder) bodyClosing(i int) string {
	for j := i + 1; j+1 < len(f.toks); j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		n := &f.toks[j+1]
		if l := f.low(j); (l == "в" || l == "у") && isPrep(t) && strings.HasPrefix(n.Tag, "noun") && hasCase(n, "v_mis") &&
			closingSides[lower(n)] && f.entityAt(j+1) == "" && (j+2 >= len(f.toks) || f.toks[j+2].Kind == vistka.Punct) {
			if b := f.ents.BodyOf(n.RStart, f.s, lower(n)); b != "" {
				return b
			}
			return lower(n)
		}
	}
	return ""
}

// closingSides are the sides of politics that bodyClosing names.
var closingSides = map[string]bool{"опозиція": true, "уряд": true, "влада": true, "міністерство": true, "мерія": true,
	"коаліція": true, "фракція": true, "партія": true}

// sites are the nouns of siteAt.
var sites = map[string]bool{"вокзал": true, "лікарня": true, "школа": true, "будинок": true, "багатоповерхівка": true,
	"гуртожиток": true, "ринок": true, "порт": true, "аеропорт": true, "зупинка": true, "підстанція": true,
	"електростанція": true, "тец": true, "тес": true, "міст": true, "термінал": true, "супермаркет": true, "гіпермаркет": true,
	// what a strike on a region or a front hits: "по енергетичній
	// інфраструктурі Одещини", "по позиціях ЗСУ", "по околицях села"
	"інфраструктура": true, "об'єкт": true, "енергооб'єкт": true, "підприємство": true, "завод": true, "склад": true,
	"нафтобаза": true, "позиція": true, "місто": true, "село": true, "селище": true, "околиця": true, "район": true,
	"будівля": true, "квартал": true, "мікрорайон": true,
	// a town by its rank, a community and a region's energy: "по
	// обласному центру", "по громаді", "по енергетиці Запоріжжя"
	"центр": true, "громада": true, "енергетика": true}

// weapons are nouns for arms that stand as the subject of a strike for
// whoever launched them: дрони СБУ, ракети армії РФ.
var weapons = map[string]bool{"дрон": true, "безпілотник": true, "ракета": true, "бпла": true, "БпЛА": true,
	"снаряд": true, "бомба": true, "авіабомба": true, "шахед": true}

// bodyIn returns the organisation named in the locative after в/у at the
// start of the clause of the plural verb at i: "У Росатомі відкинули", or
// "".
func (f *finder) bodyIn(i int, typ string) string {
	if !strings.Contains(f.toks[i].Tag, ":p") {
		return ""
	}
	// "У Москві відкинули звинувачення": a capital speaks for its state
	// when it rejects, accuses, supports, threatens or asks.
	places := statements[typ]
	if b := f.bodyClosing(i); b != "" && places {
		return b // "Рішення одразу розкритикували в опозиції"
	}
	for j := i - 1; j >= 1; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		e := f.entityAt(j)
		// (its adjectives may stand between: "У міській раді
		// звинувачення відкинули")
		p := j - 1
		for p >= 1 && strings.HasPrefix(f.toks[p].Tag, "adj") && hasCase(&f.toks[p], "v_mis") && f.entityAt(p) == "" {
			p--
		}
		if e == "" && p >= 0 && (f.low(p) == "у" || f.low(p) == "в") && isPrep(&f.toks[p]) && strings.HasPrefix(t.Tag, "noun") &&
			hasCase(t, "v_mis") && actorNoun(lower(t)) && (p == 0 || f.toks[p-1].Kind == vistka.Punct || strings.HasPrefix(f.toks[p-1].Tag, "adv") || strings.HasPrefix(f.toks[p-1].Tag, "conj")) {
			// "Водночас у міністерстві відмовилися підвищувати
			// дотацію": the body named before by this head noun, the
			// clause opening with it
			if b := f.ents.BodyOf(t.RStart, f.s, lower(t)); b != "" {
				return b
			}
			if p == 0 || f.toks[p-1].Kind == vistka.Punct {
				// "У мерії звинувачення відкинули": a body no name
				// stands for, named by its noun alone, opening the clause
				var w []string
				for q := p + 1; q < j; q++ {
					w = append(w, f.adjectiveFor(q, t))
				}
				return strings.Join(append(w, lower(t)), " ")
			}
		}
		if e == "" || f.ents.Type(e) != "ORG" && f.ents.Type(e) != "MISC" && !(places && f.ents.Type(e) == "LOC" && !f.townFolk(i, e)) {
			continue
		}
		k := j - 1
		for k >= 0 && f.entityAt(k) == e {
			k--
		}
		// "В МЗС Великої Британії засудили": an indeclinable name is in
		// the case of its preposition
		// So is an acronym the tagger took for a common word ("У САП
		// повідомили": сап in the accusative).
		quoted := k >= 1 && f.toks[k].Kind == vistka.QuoteMark && f.entityAt(k) == "" && (f.low(k-1) == "у" || f.low(k-1) == "в" || f.firmIn(k-1))
		if !hasCase(t, "v_mis") && !quoted && !((strings.Contains(f.toks[k+1].Tag, ":nv") || capitals(f.toks[k+1].Text)) && k >= 0 && (f.low(k) == "у" || f.low(k) == "в")) {
			// ("У «Укренерго» заявили": a name in quotation marks right
			// after в or у, whatever case the tagger reads in it)
			continue
		}
		for k >= 1 && f.toks[k].Kind == vistka.QuoteMark && f.entityAt(k) == "" {
			k-- // "У «Черкасигазі» звинувачення відкинули": a name in quotation marks
		}
		// "на комунальному підприємстві «Житомиртеплокомуненерго»
		// звинувачення відкинули": a firm named after its kind, which
		// takes на as well as в or у
		firm := k >= 1 && f.firmIn(k)
		if firm {
			k--
		}
		country := ""
		for k >= 0 && strings.HasPrefix(f.toks[k].Tag, "adj") && hasCase(&f.toks[k], "v_mis") && f.entityAt(k) == "" {
			// "У російському МЗС відкинули": the ministry of Росія
			country = cmp.Or(country, f.ents.CountryOf(f.low(k)))
			k--
		}
		if k >= 0 && (f.low(k) == "у" || f.low(k) == "в" || firm && f.low(k) == "на" && isPrep(&f.toks[k])) {
			if c := f.entityAt(j + 1); c != "" && c != e && f.ents.Type(e) == "ORG" && f.ents.Type(c) == "LOC" && strings.Contains(t.Tag, ":nv") &&
				gazetteer.Lookup(f.ents.Name(c))&gazetteer.Country != 0 {
				return c // "У МЗС Польщі засудили": the state speaks through its ministry
			}
			return cmp.Or(country, f.bodyName(k+1, e), e)
		}
		if k >= 2 && places && country == "" && isAnd(&f.toks[k]) && f.entityAt(k-1) != "" && hasCase(&f.toks[k-1], "v_mis") &&
			f.ents.Type(f.entityAt(k-1)) == "LOC" && (f.low(k-2) == "у" || f.low(k-2) == "в") {
			return e // "у Пекіні та Москві пригрозили": the capitals speak (the last named)
		}
		if k >= 0 && f.entityAt(k) != "" && country == "" {
			continue // "У МЗС Польщі": the place is the body's
		}
		return ""
	}
	return ""
}

// intendingBody returns the body named in the locative after в/у that
// intends, plans or means the infinitive at i through a plural verb with
// no subject of its own, that verb perhaps joined to one before it: "У
// «Дорбуд-Києві» мають намір оскаржити рішення", "У компанії не
// погоджуються з рішенням і мають намір оскаржити його в суді"; else "".
func (f *finder) intendingBody(i int, typ string) string {
	if !strings.Contains(f.toks[i].Tag, ":inf") {
		return ""
	}
	v := -1
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if f.low(j) == "намір" || f.low(j) == "не" {
			continue
		}
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") && pluralTag(t.Tag) {
			v = j
		}
		break
	}
	if v < 0 {
		return ""
	}
	return f.joinedBodyIn(v, typ)
}

// firmIn reports whether the token at k is a word for a firm in the
// locative, not itself a name: "на комунальному підприємстві «…»".
func (f *finder) firmIn(k int) bool {
	t := &f.toks[k]
	return f.entityAt(k) == "" && legalForms[f.low(k)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_mis")
}

// joinedBodyIn is bodyIn for the plural verb at v, or for the plural verb
// before it that v is joined to by і or та in one clause: "У компанії не
// погоджуються з рішенням і мають намір …", "У «Захід-Ойлі» звинувачення
// заперечили і заявили, що подадуть позов".
func (f *finder) joinedBodyIn(v int, typ string) string {
	if e := f.bodyIn(v, typ); e != "" {
		return e
	}
	for j := v - 1; j >= 1 && j >= v-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return ""
		}
		if isAnd(t) {
			for u := j - 1; u >= 0 && u >= j-6; u-- {
				w := &f.toks[u]
				if w.Kind == vistka.Punct {
					return ""
				}
				if strings.HasPrefix(w.Tag, "verb") && !strings.Contains(w.Tag, ":inf") && pluralTag(w.Tag) {
					return f.bodyIn(u, typ)
				}
			}
			return ""
		}
	}
	return ""
}

// bodyAfter returns the organisation named in the locative after в/у
// after the plural verb at i with no subject of its own, up to end, when
// the verb tells a statement: "Вирок розкритикували в Державному
// департаменті США", "Рішення засудили в МЗС Литви" (the state speaks
// through its ministry); a country or a union named by its initials
// speaks for itself, and those listed after it with commas and та or і
// speak too ("Удар засудили в ЄС, Великій Британії, Молдові та
// Туреччині"); else none.
func (f *finder) bodyAfter(i, end int, typ string) []string {
	if !statements[typ] || !strings.HasPrefix(f.toks[i].Tag, "verb") || !plural(&f.toks[i]) || strings.Contains(f.toks[i].Tag, ":inf") {
		return nil
	}
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		// (a singular noun before is the object the plural verb does
		// not agree with: "Засудження активіста вже розкритикували в …")
		if t := &f.toks[j]; hasCase(t, "v_naz") && (f.entityAt(j) != "" || strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":p:")) ||
			f.low(j) == "що" || f.low(j) == "який" {
			// (nor a що-clause or a relative one, whose subject is the
			// speaker's: "повідомили, що оскаржать його в
			// Господарському суді")
			return nil
		}
	}
	for j := i + 1; j+1 < end && j+1 < len(f.toks); j++ {
		if f.toks[j].Kind == vistka.Punct {
			return nil
		}
		if l := f.low(j); (l != "у" && l != "в") || !isPrep(&f.toks[j]) {
			continue
		}
		e, k, h := f.speakingIn(j+1, end)
		if e == "" {
			continue
		}
		for c := k; c <= h; c++ {
			if f.low(c) == "суд" {
				return nil // "оскаржили вирок в Апеляційному суді": where, not who
			}
		}
		if f.ents.Type(e) == "LOC" {
			// "засудили в ЄС, Великій Британії, Молдові та Туреччині"
			out := []string{e}
			for m := h + 1; m+1 < end && (f.toks[m].Text == "," || isAnd(&f.toks[m])); {
				e2, _, h2 := f.speakingIn(m+1, end)
				if e2 == "" || f.ents.Type(e2) != "LOC" {
					break
				}
				out = append(out, e2)
				m = h2 + 1
			}
			return out
		}
		if c := f.entityAt(h + 1); c != "" && f.ents.Type(c) == "LOC" && strings.Contains(f.toks[k].Tag, ":nv") && gazetteer.Lookup(f.ents.Name(c))&gazetteer.Country != 0 {
			return []string{c}
		}
		return []string{cmp.Or(f.bodyName(k, e), e)}
	}
	return nil
}

// speakingIn reads, at k after в or у, a body or a state that speaks in
// the locative: an organisation, a country, or a union or bloc named by
// its initials (ЄС), after adjectives of its own. It returns the entity
// and its first and last tokens, or "" when none stands there.
func (f *finder) speakingIn(k, end int) (e string, first, last int) {
	for k < end && strings.HasPrefix(f.toks[k].Tag, "adj") && f.entityAt(k) == "" {
		k++
	}
	if k >= end {
		return "", 0, 0
	}
	e = f.entityAt(k)
	if e == "" || !hasCase(&f.toks[k], "v_mis") && !strings.Contains(f.toks[k].Tag, ":nv") {
		return "", 0, 0
	}
	switch f.ents.Type(e) {
	case "ORG":
	case "LOC":
		if gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country == 0 && !capitals(f.toks[k].Text) {
			return "", 0, 0 // "засудили в Одесі": where, not who
		}
	default:
		return "", 0, 0
	}
	h := k
	for h+1 < len(f.toks) && f.entityAt(h+1) == e {
		h++
	}
	return e, k, h
}

// peopleBeforeWhich returns the people a plural "які" after the comma at c
// stands for, as the subject of the plural verb at at in its clause:
// "зібралися медики, які вимагали …", "зібралося близько сотні
// працівників лікарні, які вимагали …" — a plural animate noun before
// the comma, past the genitive words that complete it; "" and -1 when
// there is none.
func (f *finder) peopleBeforeWhich(c, at int) (string, int) {
	if !plural(&f.toks[at]) || !plural(&f.toks[c+1]) {
		return "", -1
	}
	for j := c - 1; j >= 0 && j >= c-6; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun:anim:p") && !strings.Contains(t.Tag, "pron") && f.entityAt(j) == "" {
			if hasCase(t, "v_naz") {
				if f.indefiniteHead(j) {
					return "", -1 // "Якісь люди, які …": one of a kind is no one
				}
				return f.nounPhrase(j), j
			}
			if hasCase(t, "v_rod") && f.countedSubject(j) {
				// (counted as the subject: "зібралося близько сотні
				// працівників"; not "звернувся до батьків, які …" nor
				// "скерував на роботу 50 людей, які …", whom something
				// was done to)
				return f.objectPhrase(j, trig{noun: -1, k: kind{"REQUEST", ""}}), j
			}
			return "", -1
		}
		if t.Kind == vistka.Punct || !hasCase(t, "v_rod") {
			return "", -1
		}
	}
	return "", -1
}

// countedStates are the nouns of states that act when counted as a
// subject, as people do: "26 держав-членів погодили текст", "Понад 50
// країн підписали декларацію".
var countedStates = map[string]bool{"країна": true, "держава": true, "держава-член": true, "уряд": true}

// countedAlone reports whether the count at k heads its phrase, no
// noun before it that the counted genitive completes ("представники 14
// держав", "начальники генштабів 26 країн" are those people's), but for
// решта, a count itself ("решта 26 держав-членів"), and no preposition
// before it ("журналісти із 17 держав" come from them).
func (f *finder) countedAlone(k int) bool {
	if k == 0 {
		return true
	}
	p := &f.toks[k-1]
	switch f.low(k - 1) {
	case "решта", "понад", "близько", "майже", "приблизно", "щонайменше":
		return true // (a bound of the count: "Понад 50 країн підписали")
	}
	return !strings.HasPrefix(p.Tag, "noun") && !strings.HasPrefix(p.Tag, "adj") && !isPrep(p)
}

// countingNumeral reports whether the number word at k counts a subject:
// in the nominative (Сто фермерів пікетували), or after a bound of the
// count, whatever case the tagger gives it there (Понад сто фермерів);
// not "Двох нападників затримали".
func (f *finder) countingNumeral(k int) bool {
	t := &f.toks[k]
	if !strings.HasPrefix(t.Tag, "numr") {
		return false
	}
	if hasCase(t, "v_naz") {
		return true
	}
	if k == 0 {
		return false
	}
	switch f.low(k - 1) {
	case "понад", "близько", "майже", "приблизно", "щонайменше":
		return true
	}
	return false
}

// protestersBeforeWhich returns the people a plural "які" after the comma
// at c stands for when the verb at at is one of protest, in whatever case
// the sentence gives them: "зустрівся з представниками підприємців, які
// вже другий тиждень протестують на майдані" — whoever they are to the
// main clause, they protest. "" and -1 when there is none.
func (f *finder) protestersBeforeWhich(c, at int) (string, int) {
	if verbs[f.verb(at)].typ != "PROTEST" || !plural(&f.toks[at]) || !plural(&f.toks[c+1]) {
		return "", -1
	}
	for j := c - 1; j >= 0 && j >= c-6; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return "", -1
		}
		if strings.HasPrefix(t.Tag, "noun:anim:p") && !strings.Contains(t.Tag, "pron") && f.entityAt(j) == "" && !hasCase(t, "v_rod") {
			return f.objectPhrase(j, trig{noun: -1, k: kind{"PROTEST", ""}}), j
		}
		if !hasCase(t, "v_rod") {
			return "", -1
		}
	}
	return "", -1
}

// countedSubject reports whether the noun at j is counted (a number or
// a word of count before it) as the subject of a reflexive verb right
// before the count: "зібралося близько сотні працівників".
func (f *finder) countedSubject(j int) bool {
	k := j - 1
	for k >= 0 && (f.toks[k].Kind == vistka.Number || counts[f.low(k)]) {
		k--
	}
	if k == j-1 || k < 0 {
		return false
	}
	v := &f.toks[k]
	return strings.HasPrefix(v.Tag, "verb") && reflexive(v)
}

// reflexive reports whether the verb t is reflexive: tagged so, or ending
// in -ся or -сь.
func reflexive(t *vistka.Token) bool {
	return strings.Contains(t.Tag, ":rev") || strings.HasSuffix(lower(t), "ся") || strings.HasSuffix(lower(t), "сь")
}

// investigatingBodies are the bodies named by a common noun that open
// proceedings.
var investigatingBodies = map[string]bool{"поліція": true, "прокуратура": true, "нацполіція": true, "кіберполіція": true}

// tellers are the verbs by which a body in the locative tells something:
// "Як зазначили в поліції", "У прокуратурі повідомили".
var tellers = map[string]bool{"зазначити": true, "повідомити": true, "заявити": true, "розповісти": true,
	"пояснити": true, "уточнити": true, "додати": true}

// toldInBody returns the investigating body, by its common noun, that
// the sentence before opens by telling of in the locative with a plural
// verb of speech ("Як зазначили в поліції, …", "У прокуратурі
// повідомили, що …"), or "".
func (f *finder) toldInBody() string {
	if f.s == 0 {
		return ""
	}
	prev := f.a.Sentences[f.s-1].Tokens
	told, body := false, ""
	for j := 0; j < len(prev) && j < 5; j++ {
		t := &prev[j]
		if strings.HasPrefix(t.Tag, "verb") && plural(t) && tellers[t.Lemma] {
			told = true
		}
		if l := lower(t); (l == "в" || l == "у") && isPrep(t) && j+1 < len(prev) {
			if n := &prev[j+1]; strings.HasPrefix(n.Tag, "noun") && hasCase(n, "v_mis") && investigatingBodies[n.Lemma] {
				body = n.Lemma
			}
		}
	}
	if !told {
		return ""
	}
	return body
}

// tellingBody returns the investigating body, by its common noun, that
// tells the що-clause holding the token at: "в обласній прокуратурі
// повідомили, що …" (в or у, adjectives, the body in the locative, a
// plural verb of telling, a comma and що, in this order); "" when there
// is none.
func (f *finder) tellingBody(at int) string {
	k := -1
	for j := at - 1; j >= 2; j-- {
		if f.low(j) == "що" && f.toks[j-1].Text == "," {
			k = j - 2
			break
		}
	}
	if k < 0 || !strings.HasPrefix(f.toks[k].Tag, "verb") || !plural(&f.toks[k]) || !tellers[f.toks[k].Lemma] {
		return ""
	}
	for j := k - 1; j >= 1 && f.toks[j].Kind != vistka.Punct; j-- {
		n := &f.toks[j]
		if !strings.HasPrefix(n.Tag, "noun") || !hasCase(n, "v_mis") || !investigatingBodies[n.Lemma] {
			continue
		}
		p := j - 1
		for p > 0 && strings.HasPrefix(f.toks[p].Tag, "adj") {
			p-- // "в обласній прокуратурі"
		}
		if l := f.low(p); (l == "в" || l == "у") && isPrep(&f.toks[p]) {
			return n.Lemma
		}
		return ""
	}
	return ""
}

// thereBody returns the organisation the sentence before names in the
// locative after в/у when this sentence opens with "Там" and the plural
// verb at i, of a statement, has no subject of its own: "В Асоціації міст
// України з таким підходом не згодні. Там наголошують на тому, що …, і
// вимагають …"; else "".
func (f *finder) thereBody(i int, typ string) string {
	if f.s == 0 || len(f.toks) == 0 || f.low(0) != "там" || !statements[typ] || !strings.HasPrefix(f.toks[i].Tag, "verb") || !plural(&f.toks[i]) {
		return ""
	}
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if t := &f.toks[j]; hasCase(t, "v_naz") && (f.entityAt(j) != "" || strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":p:")) {
			return "" // a subject of its own
		}
	}
	prev := f.a.Sentences[f.s-1].Tokens
	for j := 0; j+1 < len(prev); j++ {
		if l := lower(&prev[j]); l != "у" && l != "в" || !isPrep(&prev[j]) {
			continue
		}
		t := &prev[j+1]
		if e := f.ents.At(t.RStart, t.REnd); e != "" && f.ents.Type(e) == "ORG" && (hasCase(t, "v_mis") || strings.Contains(t.Tag, ":nv")) {
			return e
		}
	}
	return ""
}

// counts are the nouns of a round number that count people in the
// genitive after them: "сотні працівників", "десятки активістів".
var counts = map[string]bool{"сотня": true, "десяток": true, "тисяча": true, "сотні": true, "десятки": true, "тисячі": true, "кілька": true, "декілька": true,
	"понад": true, "близько": true, "майже": true, "щонайменше": true, "приблизно": true}

// titledName returns the person named after the job title that starts at
// i (міністр енергетики України Герман Галущенко), or "".
func (f *finder) titledName(i int) string {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
			return e
		}
		if t := &f.toks[j]; t.Kind == vistka.Punct || !f.inJob(j) && !hasCase(t, "v_rod") && !hasCase(t, "v_mis") && !isPrep(t) &&
			!strings.Contains(t.Tag, ":nv") && t.Kind != vistka.QuoteMark && f.spanType(j) != "ORG" {
			// (керівник УЦОЯО Ігор Лікарчук: an indeclinable body in any
			// case; директора підприємства «Укрспецбудпостач» Ігоря
			// Литвиненка: a quoted name)
			return ""
		}
	}
	return ""
}

// inQuotedText reports whether token i lies inside quotation marks that
// hold more than a name: a slogan or words quoted ("скандували гасла
// «Словаччина – це Європа»"), whose names are no party to the event.
func (f *finder) inQuotedText(i int) bool {
	open := -1
	for j := i - 1; j >= 0; j-- {
		if t := &f.toks[j]; t.Kind == vistka.QuoteMark {
			if t.Text == "»" || t.Text == "”" {
				return false
			}
			if t.Text == "\"" {
				n := 0
				for k := 0; k <= j; k++ {
					if f.toks[k].Text == "\"" {
						n++
					}
				}
				if n%2 == 0 {
					return false // it closes a quote before i
				}
			}
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	e, words := f.entityAt(i), 0
	for j := open + 1; j < len(f.toks); j++ {
		t := &f.toks[j]
		if t.Kind == vistka.QuoteMark {
			if j == i+1 && open == i-1 && words == 1 && strings.HasPrefix(f.toks[i].Tag, "noun") && strings.Contains(f.toks[i].Tag, ":anim") {
				return false // "донецькі «фахівці»": one word in irony quotes names people
			}
			if j == i+1 && open == i-1 && open > 0 && words == 1 && strings.HasPrefix(f.toks[i].Tag, "verb") &&
				strings.HasPrefix(f.toks[open-1].Tag, "adv") && !strings.Contains(f.toks[open-1].Tag, "pron") {
				return false // "насильно «випровадити»": a verb in irony quotes after its adverb is done
			}
			return words > 0
		}
		if t.Kind == vistka.Word && (e == "" || f.entityAt(j) != e) || isDash(t) {
			words++
		}
	}
	return false
}

// isDash reports whether a token is a dash.
func isDash(t *vistka.Token) bool {
	return t.Text == "–" || t.Text == "—" || t.Text == "-"
}

// institutionOf reads a subject that is a body of a named place or
// organisation: "Рада Європейського Союзу", "уряд Німеччини", "парламент
// Польщі" act for the name in the genitive after them.
func (f *finder) institutionOf(i int) string {
	if !institutions[f.low(i)] || i+1 >= len(f.toks) {
		return ""
	}
	e := f.entityAt(i + 1)
	if e == "" || !hasCase(&f.toks[i+1], "v_rod") && !strings.Contains(f.toks[i+1].Tag, ":nv") {
		return ""
	}
	if t := f.ents.Type(e); t != "LOC" && t != "ORG" && !(t == "PERS" && armies[f.low(i)]) {
		return ""
	}
	return e
}

// groupOf reads a subject that names a country's forces, side or people
// by an adjective or a name of inhabitants: "російські війська", "Російська
// сторона", "Росіяни" act for Росія when the document names it.
func (f *finder) groupOf(i int) string {
	t := &f.toks[i]
	if groups[lower(t)] {
		// The adjective may be tagged a noun (японській → японська).
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if isAnd(&f.toks[j]) && j > 0 && strings.HasPrefix(f.toks[j-1].Tag, "adj") {
				continue // "Польська та союзна авіація"
			}
			if !strings.HasPrefix(f.toks[j].Tag, "adj") && !sameCase(&f.toks[j], t) {
				break
			}
			if e := f.ents.CountryOf(f.low(j)); e != "" {
				return e
			}
		}
		return ""
	}
	if strings.Contains(t.Tag, ":anim") && strings.Contains(t.Tag, ":p:") && !strings.Contains(t.Tag, "pron") {
		return f.ents.CountryOf(lower(t))
	}
	return ""
}

func sameCase(a, b *vistka.Token) bool {
	c := vtag.Case(a.Tag)
	return c != "" && c == vtag.Case(b.Tag) && strings.HasPrefix(a.Tag, "noun")
}

// armies act for the person who leads them: військо Хмельницького.
var armies = map[string]bool{"військо": true, "війська": true, "армія": true, "загін": true}

// groups are nouns for a country's side, forces or people.
var groups = map[string]bool{
	"війська": true, "військо": true, "військові": true, "сили": true, "армія": true,
	"сторона": true, "окупанти": true, "загарбники": true, "угруповання": true,
	"уряд": true, "влада": true, "дипломати": true, "делегація": true, "флот": true,
	"авіація": true, "артилерія": true, "прикордонники": true, "силовики": true,
	"народ": true,
}

// institutions are nouns for bodies that act for a country or an
// organisation named after them.
var institutions = map[string]bool{
	"рада": true, "уряд": true, "парламент": true, "влада": true, "сенат": true,
	"конгрес": true, "міністерство": true, "відомство": true, "комісія": true,
	"армія": true, "війська": true, "військо": true, "сили": true, "посольство": true,
	"керівництво": true, "адміністрація": true, "генштаб": true, "штаб": true, "командування": true,
	"президія": true, "колегія": true, // Президія НАН підтримала
}

// sidesBefore reports whether the subject of the verb at i is "сторони"
// (the sides): "Сторони обговорили …", "сторони домовилися …".
func (f *finder) sidesBefore(i int) bool {
	aside := 0 // the words of an aside passed
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if j >= 2 && f.toks[j].Text == "," && f.toks[j-2].Text == "," && parentheticals[f.low(j-1)] {
			// "Сторони, зокрема, погодили": a word set off by commas
			j -= 2
			aside += 3
			continue
		}
		t := &f.toks[j]
		// (right before a plural verb, "сторони" read as an accusative
		// is the subject: "За підсумками переговорів сторони підписали")
		plural := hasCase(t, "v_naz") && strings.Contains(t.Tag, ":p:") ||
			j == i-1 && strings.Contains(t.Tag, ":p:") && hasCase(t, "v_zna") && strings.HasSuffix(f.toks[i].Tag, ":p") ||
			// (or as a genitive singular, its object put first:
			// "Відповідну угоду сторони підписали")
			j == i-1 && scan.EqualFold(t.Text, "сторони") && strings.HasSuffix(f.toks[i].Tag, ":p")
		if sides[lower(t)] && plural {
			// further back than three words only over the names of the
			// sides: "Делегації України та Росії в п'ятницю провели"
			return j >= i-3-aside || len(f.sidesNamed(i)) > 0
		}
		if t.Text == "," && j > 0 && f.entityAt(j-1) != "" && f.entityAt(j+1) != "" {
			continue // "Прем'єри України, Молдови та Румунії": a list of the sides
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
	}
	return false
}

// parentheticals are words set off by commas between a subject and its verb:
// "Сторони, зокрема, погодили", "Сторони, однак, не домовилися".
var parentheticals = map[string]bool{"зокрема": true, "однак": true, "проте": true, "втім": true, "водночас": true,
	"також": true, "щоправда": true, "відтак": true}

// sidesNamed returns the names in the genitive after the "sides" noun
// before the verb at i: "Делегації України та Росії", "Лідери Польщі й
// Литви".
func (f *finder) sidesNamed(i int) []string {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Text == "," && j > 0 && f.entityAt(j-1) != "" && f.entityAt(j+1) != "" {
			continue // a list of the sides
		}
		if t.Kind == vistka.Punct {
			return nil
		}
		if !sides[lower(t)] || !hasCase(t, "v_naz") {
			continue
		}
		if j+1 >= i || !hasCase(&f.toks[j+1], "v_rod") && !f.caselessName(j+1) {
			return nil // (a name in Latin letters has no case: "Лідери G7")
		}
		e := f.entityAt(j + 1)
		if e == "" {
			return nil
		}
		return append([]string{e}, f.coordinated(j+1, i)...)
	}
	return nil
}

// sides are plural nouns that stand for the parties of the last meeting:
// "Сторони домовилися", "Лідери погодили", "Співрозмовники обговорили".
// "Міністри підписали заяву", "Президенти домовилися", "уряди двох країн
// підписали меморандум": the two just met.
var sides = map[string]bool{"сторона": true, "лідер": true, "співрозмовник": true, "делегація": true,
	"міністр": true, "президент": true, "прем'єр-міністр": true, "прем'єр": true, "глава": true,
	"міністерка": true, "президентка": true, "прем'єрка": true, "прем'єр-міністерка": true, "уряд": true}

// lightOnly are event nouns that name an event only as the object of a
// light verb (вийти на акцію протесту, звернутися з вимогою, взяти участь
// у засіданні): alone, "засідання суду" or "вимога закону" is none.
var lightOnly = map[string]bool{
	"засідання": true, "конференція": true, "форум": true, "акція": true, "нарада": true, "асамблея": true,
	"вимога": true, "прохання": true, "заклик": true, "лист": true, "звернення": true, "запит": true,
	// "підтримка України залишається пріоритетом": whose support is it?
	"підтримка": true,
	// "посередник заявив": who mediates, no mediation
	"посередник": true, "посередниця": true,
	// new nouns of the widened lexicon count when a light verb names them:
	// "оголосили голодування, мобілізацію, перемир'я", "надала притулок"
	"голодування": true, "мобілізація": true, "призов": true, "перемир'я": true, "притулок": true, "вдячність": true,
	// "виконали рекомендації комітету": advice given only (see
	// recommendedTo)
	"рекомендація": true,
	// "наступ на права", "з початку вторгнення": told, not done here
	"наступ": true, "контрнаступ": true, "вторгнення": true, "засудження": true, "консультація": true, "виведення": true,
	// "фінансування проєкту скоротили", "моніторинг цін показав": no
	// one gives or checks anyone
	"фінансування": true, "моніторинг": true,
	// "заява про екстрадицію", "погрози бойкотом":
	// no one named orders, decides or declares it
	"екстрадиція": true, "бойкот": true,
}

// lastMeeting returns the participants of the last meeting, agreement or
// joint work told before (its actors and recipients, who are "the sides"
// now), and that event.
func (f *finder) lastMeeting(here []vistka.Event) ([]string, *vistka.Event) {
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		ev := all[k]
		switch ev.Type {
		case "CONSULT", "AGREE", "COOPERATE":
		default:
			continue
		}
		var out []string
		for _, e := range append(slices.Clone(ev.Actors), ev.Recipients...) {
			if ev.Mode == "visit" && f.ents.Type(e) == "LOC" {
				continue // the place visited is no side
			}
			if ev.Type != "CONSULT" && f.ents.Type(e) == "" && !slices.Contains(ev.Actors, e) {
				// "Фінляндія і Швеція домовилися створити спільний центр
				// нагляду": the thing agreed on is no side
				continue
			}
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
		if len(out) > 1 {
			return out, &ev
		}
	}
	return []string{}, nil
}

// talksOf returns the last meeting told whose sides include all of
// actors, or, with none such or no actors, the last meeting: "За
// підсумками переговорів Зеленський і Санчес підписали угоду" after the
// king received Зеленський is the outcome of the talks with Санчес.
func (f *finder) talksOf(here []vistka.Event, actors []string) *vistka.Event {
	if len(actors) > 0 {
		all := append(slices.Clone(f.before), here...)
		for k := len(all) - 1; k >= 0; k-- {
			if ev := all[k]; ev.Type == "CONSULT" && ev.Mode != "visit" && !slices.ContainsFunc(actors, func(a string) bool {
				return !slices.Contains(ev.Actors, a) && !slices.Contains(ev.Recipients, a)
			}) {
				return &ev
			}
		}
	}
	_, m := f.lastMeeting(here)
	return m
}

// lastParties returns the named actor and recipient of the last event, of
// the sentence or the three before it, that has both: the parties a
// contract's "сторони" stand for when no meeting was told. It returns an
// empty slice for none.
func (f *finder) lastParties(here []vistka.Event) []string {
	from := f.a.Sentences[max(f.s-3, 0)].RStart
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		ev := all[k]
		if ev.Sentence.Start < from {
			break
		}
		if len(ev.Actors) == 0 || len(ev.Recipients) == 0 || f.ents.Type(ev.Actors[0]) == "" || f.ents.Type(ev.Recipients[0]) == "" {
			continue
		}
		return []string{ev.Actors[0], ev.Recipients[0]}
	}
	return []string{}
}

// decisionOf reports whether the noun at j is what a decision is about:
// "рішення про виділення коштів".
func (f *finder) decisionOf(j int) bool {
	return j >= 2 && f.low(j-1) == "про" && f.low(j-2) == "рішення"
}

// allocationDecided reports whether the verb of taking at i takes a
// decision to allocate or grant, after it ("прийняла рішення про
// виділення …") or opening its clause ("Рішення про надання … приймала
// рада").
func (f *finder) allocationDecided(i int) bool {
	objs := pairs["прийняти"]
	if i+3 < len(f.toks) && f.low(i+1) == "рішення" && f.low(i+2) == "про" {
		if _, ok := objs[f.low(i+3)]; ok {
			return true
		}
	}
	return f.decisionBefore(i, objs) >= 0
}

// moneyWords are the nouns of money one gets: "отримав кошти".
var moneyWords = map[string]bool{"кошти": true, "кошт": true, "гроші": true, "фінансування": true, "підтримка": true,
	"грант": true, "субсидія": true, "дотація": true, "допомога": true}

// receivedBefore returns the noun, in the nominative, of the one that the
// sentence before says got money: "Кошти фонд отримав як фінансову
// підтримку" gives "фонд". It returns "" when there is none.
func (f *finder) receivedBefore() string {
	if f.s < 1 {
		return ""
	}
	toks := f.a.Sentences[f.s-1].Tokens
	for i, t := range toks {
		if l := scan.ToLower(t.Lemma); l != "отримати" && l != "отримувати" || !strings.HasPrefix(t.Tag, "verb") {
			continue
		}
		money, who := false, ""
		for j := max(i-4, 0); j < len(toks) && j <= i+4; j++ {
			u := &toks[j]
			if !strings.HasPrefix(u.Tag, "noun") || strings.Contains(u.Tag, "pron") {
				continue
			}
			l := scan.ToLower(u.Lemma)
			switch {
			case moneyWords[l]:
				money = true
			case j < i && who == "" && hasCase(u, "v_naz"):
				who = l
			}
		}
		if money && who != "" {
			return who
		}
	}
	return ""
}

// decisionBefore returns the noun in objs a decision is about when the
// decision opens the clause of the verb of taking it at i: "Рішення про
// виділення 2 млн гривень на ремонт лікарні ухвалила обласна рада". It
// returns -1 when there is none.
func (f *finder) decisionBefore(i int, objs map[string]kind) int {
	switch f.verb(i) {
	case "ухвалити", "ухвалювати", "прийняти", "приймати":
	default:
		return -1
	}
	for j := i - 1; j >= 2 && j >= i-14; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if k, ok := objs[lower(t)]; ok && k.typ != "" && f.decisionOf(j) && (j == 2 || f.toks[j-3].Kind == vistka.Punct) {
			return j
		}
	}
	return -1
}

// lastExchange returns the named actor and the recipient of the last
// event of the six sentences before that has both and is given or done
// between two parties (AID, SUPPORT, COOPERATE, REQUEST, ACCUSE, REJECT):
// the sides a later "Сторони підписали меморандум" stands for when no
// meeting was told. It returns an empty slice for none.
func (f *finder) lastExchange(here []vistka.Event) []string {
	from := f.a.Sentences[max(f.s-6, 0)].RStart
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		ev := all[k]
		if ev.Sentence.Start < from {
			break
		}
		switch ev.Type {
		case "AID", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT":
		default:
			continue
		}
		if len(ev.Actors) == 0 || len(ev.Recipients) == 0 || f.ents.Type(ev.Actors[0]) == "" || ev.Actors[0] == ev.Recipients[0] {
			continue
		}
		return []string{ev.Actors[0], ev.Recipients[0]}
	}
	return []string{}
}

// subordinate reports whether the clause toks[from:at] opens with a
// relative or subordinating word (який, що, чого, де, коли, щоб, бо),
// possibly after a preposition: its subject is its own.
func (f *finder) subordinate(from, at int) bool {
	for i := from; i < at && i <= from+1; i++ {
		switch f.low(i) {
		case "який", "котрий", "що", "щоб", "де", "куди", "звідки", "коли", "бо", "оскільки", "якщо", "хоча", "чий":
			return true
		}
		if !isPrep(&f.toks[i]) {
			return false
		}
	}
	return false
}

// pastGender returns the gender of a past-tense verb in the singular
// (прибув: m, прибула: f), or 0.
func pastGender(t *vistka.Token) byte {
	if !strings.HasPrefix(t.Tag, "verb") || !strings.Contains(t.Tag, ":past") {
		return 0
	}
	for _, g := range []string{"m", "f", "n"} {
		if strings.HasSuffix(t.Tag, ":"+g) || strings.Contains(t.Tag, ":"+g+":") {
			return g[0]
		}
	}
	return 0
}

func gender(t *vistka.Token) byte {
	switch {
	case strings.Contains(t.Tag, ":m:"):
		return 'm'
	case strings.Contains(t.Tag, ":f:"):
		return 'f'
	}
	return 0
}

// subjectOfNext reports whether the name at j, read in any case (an
// acronym, or a form the nominative shares), is right before a finite
// verb: the subject of the clause, not a genitive of the noun before in
// an oblique case ("Під час візиту ВПП передала громаді …"; a noun in
// the nominative is the subject itself: "Наступний саміт НАТО
// відбудеться").
func (f *finder) subjectOfNext(j int) bool {
	t := &f.toks[j]
	return (hasCase(t, "v_naz") || strings.Contains(t.Tag, ":nv")) && f.opensClause(j)
}

// partnerAt reports whether з, із or зі at j comes before a word in the
// instrumental: the partner met or talked with ("зустрівся з
// прем'єром").
func (f *finder) partnerAt(j int) bool {
	if j+1 >= len(f.toks) {
		return false
	}
	l := f.low(j)
	return (l == "з" || l == "із" || l == "зі") && hasCase(&f.toks[j+1], "v_oru")
}

// genitiveAfter finds the actor of an event noun: зустріч Блінкена.
func (f *finder) genitiveAfter(at int) string {
	if at+1 < len(f.toks) {
		// (a surname the tagger read as a bare locative, which is never
		// bare, is the genitive: "Зустріч Гроссі зі Шмигалем")
		if e := f.entityAt(at + 1); e != "" && (hasCase(&f.toks[at+1], "v_rod") || f.caselessName(at+1) || f.ents.Type(e) == "PERS" && hasCase(&f.toks[at+1], "v_mis")) &&
			(hasCase(&f.toks[at], "v_naz") || !f.subjectOfNext(at+1)) {
			return e // (a name in Latin letters has no case: "саміт G7", "саміт ASEAN"; not a label: "атаки F")
		}
		// "протести опозиції", "протести громадськості": a group; "акція
		// протесту місцевих фермерів": the people past the kind of the
		// action and the adjectives, as written (the pipeline gives them
		// in the nominative plural)
		lo := at + 1
		if nouns[f.low(at)].typ == "PROTEST" && protestKinds[f.low(lo)] && lo+1 < len(f.toks) {
			lo++
		}
		j := lo
		for j < len(f.toks) && j < lo+2 && strings.HasPrefix(f.toks[j].Tag, "adj") && hasCase(&f.toks[j], "v_rod") && !strings.Contains(f.toks[j].Tag, "pron") {
			j++
		}
		if j < len(f.toks) && nouns[f.low(at)] == (kind{"CONSULT", "meet"}) && hasCase(&f.toks[j], "v_rod") && strings.HasPrefix(f.toks[j].Tag, "noun:anim") &&
			!strings.Contains(f.toks[j].Tag, "pron") && f.entityAt(j) == "" {
			// "зустріч представників підприємців з міським головою",
			// "зустріч українського прем'єра з президентом Польщі": people
			// named by a noun, with the genitives that complete them,
			// meet the partner after з
			hi := j + 1
			for hi < len(f.toks) && hi <= j+2 && hasCase(&f.toks[hi], "v_rod") && strings.HasPrefix(f.toks[hi].Tag, "noun") &&
				!strings.Contains(f.toks[hi].Tag, "pron") && f.spanType(hi) == "" {
				hi++
			}
			if f.partnerAt(hi) {
				return f.text(at+1, hi)
			}
		}
		if j >= len(f.toks) || j > lo && !plural(&f.toks[j]) {
			return ""
		}
		if t := &f.toks[j]; nouns[f.low(at)].typ == "PROTEST" && hasCase(t, "v_rod") && strings.HasPrefix(t.Tag, "noun") &&
			(protesters[lower(t)] || strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron")) {
			if protesters[lower(t)] && j == lo {
				return lower(t) // in the nominative: опозиція
			}
			hi := j + 1
			for hi < len(f.toks) && hi <= j+2 && hasCase(&f.toks[hi], "v_rod") && (strings.HasPrefix(f.toks[hi].Tag, "noun") || strings.HasPrefix(f.toks[hi].Tag, "adj")) &&
				!strings.Contains(f.toks[hi].Tag, "pron") && f.spanType(hi) == "" {
				hi++ // "акція протесту працівників шахти": with the genitives that complete them
			}
			for hi > j+1 && strings.HasPrefix(f.toks[hi-1].Tag, "adj") {
				hi--
			}
			return f.text(lo, hi)
		}
	}
	return ""
}

// titledAfter reads the people named with their titles in the genitive
// right after an event noun, coordinated: "зустріч міністра закордонних
// справ України Андрія Сибіги та держсекретаря США Марко Рубіо". A title
// with no name after it is the person it stands for, when the document
// makes that clear. It returns nil unless a title opens the phrase.
func (f *finder) titledAfter(at int) []string {
	var out []string
	j := at + 1
	for j < len(f.toks) && f.inJob(j) && hasCase(&f.toks[j], "v_rod") {
		title := j
		for j < len(f.toks) && f.inJob(j) {
			j++
		}
		// the country or body of the title: "президента Франції"
		for j < len(f.toks) {
			e := f.entityAt(j)
			if e == "" || f.ents.Type(e) == "PERS" {
				break
			}
			for j < len(f.toks) && f.entityAt(j) == e {
				j++
			}
		}
		p := ""
		if j < len(f.toks) {
			p = f.entityAt(j)
		}
		if p != "" && f.ents.Type(p) == "PERS" {
			for j < len(f.toks) && f.entityAt(j) == p {
				j++
			}
		} else if p = f.ents.RoleAt(f.a, f.s, title); p == "" {
			return out
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
		if j+1 >= len(f.toks) || !isAnd(&f.toks[j]) && f.toks[j].Text != "," {
			return out
		}
		j++
	}
	return out
}

// titledSides reads the people named with their titles in the
// instrumental after між, from j: "розмова між міністром закордонних справ
// України Дмитром Корнієнком і його австрійською колегою Бригіттою
// Штайнер". The titles' words, the bodies and countries they are of, a
// possessive and the conjunctions are passed over; the phrase ends at any
// other word. It returns nil unless a title opens the phrase and two
// people are named in it.
func (f *finder) titledSides(j int) []string {
	if j >= len(f.toks) || !hasCase(&f.toks[j], "v_oru") || !f.inJob(j) && !(strings.HasPrefix(f.toks[j].Tag, "noun") && strings.Contains(f.toks[j].Tag, ":anim")) {
		return nil
	}
	var out []string
	for k := j; k < len(f.toks); k++ {
		t := &f.toks[k]
		e := f.entityAt(k)
		switch {
		case e != "" && f.ents.Type(e) == "PERS":
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		case e != "", f.inJob(k), t.Text == ",", isAnd(t):
		case sidePossessives[scan.ToLower(t.Text)]:
		case t.Kind == vistka.Word && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && (hasCase(t, "v_oru") || hasCase(t, "v_rod")):
			// "міністром закордонних справ", "австрійською колегою"
		default:
			k = len(f.toks)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sidePossessives are the possessives before a side's title: "його
// австрійською колегою".
var sidePossessives = map[string]bool{"його": true, "її": true, "їхнім": true, "їхньою": true, "своїм": true, "своєю": true}

// plotVerb and plotNouns tell a hostile plan: готує провокацію, планує
// теракт. (plotVerb is a switch: plots asks about every verb of every
// sentence, and most are none of these five.)
func plotVerb(v string) bool {
	switch v {
	case "готувати", "планувати", "підготувати",
		// "встановила, що кібератаку здійснило угруповання": an attack
		// found and laid at someone's door
		"здійснити", "здійснювати":
		return true
	}
	return false
}

var plotNouns = map[string]bool{"провокація": true, "теракт": true, "диверсія": true, "напад": true,
	"вторгнення": true, "наступ": true, "атака": true, "удар": true, "провокації": true,
	"кібератака": true, "підпал": true}

// plots reads a plan told in reported speech as an accusation by the
// speaker of whoever is said to plan it: "ГУР заявило, що Росія готує
// провокацію на ЗАЕС".
func (f *finder) plots(quotes []vistka.Quote) []vistka.Event {
	var out []vistka.Event
	for i := range f.toks {
		t := &f.toks[i]
		if v := f.verb(i); !plotVerb(v) || i+1 >= len(f.toks) {
			continue
		}
		obj := -1
		for k := i + 1; k < len(f.toks) && k <= i+3; k++ {
			if plotNouns[f.toks[k].Lemma] {
				obj = k
				break
			}
			if !strings.HasPrefix(f.toks[k].Tag, "adj") && !strings.HasPrefix(f.toks[k].Tag, "numr") {
				break
			}
		}
		if obj < 0 && i >= 2 {
			// "кібератаку на системи «Укрпошти» здійснило угруповання":
			// the plan or attack before the verb
			for k := i - 1; k >= 0 && k >= i-12; k-- {
				if l := f.toks[k].Lemma; plotNouns[l] && hasCase(&f.toks[k], "v_zna") {
					obj = k
					break
				}
				if f.toks[k].Kind == vistka.Punct || f.low(k) == "що" {
					break
				}
			}
		}
		if obj < 0 {
			continue
		}
		var q *vistka.Quote
		for k := range quotes {
			if c := &quotes[k]; !c.Direct && c.Speaker != "" && c.Start <= t.RStart && t.REnd <= c.End {
				q = c
			}
		}
		if q == nil {
			continue
		}
		who, k := f.subject(i)
		if who == "" || who == q.Speaker || f.armsSubject(i, k) {
			// (the arms an attack was made with accuse no one: "За
			// даними розвідки, атаку здійснили морські безпілотники")
			continue
		}
		out = append(out, vistka.Event{Type: "ACCUSE", Actors: []string{q.Speaker}, Recipients: []string{who}, Aux: []string{},
			Trigger:     t.Lemma + " " + f.toks[obj].Lemma,
			TriggerSpan: &vistka.Range{Start: min(t.RStart, f.toks[obj].RStart), End: max(t.REnd, f.toks[obj].REnd)},
			Sentence:    vistka.Range{Start: f.a.Sentences[f.s].RStart, End: f.a.Sentences[f.s].REnd}})
	}
	return out
}

// armsSubject reports whether the subject of the verb at i, read from the
// token at k (or, when k is -1, put after the verb), is arms: "атаку
// здійснили морські безпілотники".
func (f *finder) armsSubject(i, k int) bool {
	if k >= 0 {
		return weapons[f.low(k)]
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if strings.HasPrefix(f.toks[j].Tag, "noun") {
			return weapons[f.low(j)]
		}
	}
	return false
}

// attackersAfter returns who made the attacks the noun at i names, in the
// genitive after it: a name (атаки Росії), a country's forces (атак
// російських військ: Росія, when the text names it) or the phrase
// (атаки окупантів), or "".
func (f *finder) attackersAfter(i int) string {
	for k := i + 1; k < len(f.toks) && k <= i+3; k++ {
		t := &f.toks[k]
		if !hasCase(t, "v_rod") {
			return ""
		}
		if e := f.entityAt(k); e != "" {
			return e
		}
		if !strings.HasPrefix(t.Tag, "noun") {
			continue
		}
		if e := f.groupOf(k); e != "" {
			return e
		}
		if strings.Contains(t.Tag, ":anim") && !groups[lower(t)] {
			if plural(t) {
				// "атак російських окупантів": as written, with the
				// adjectives (the pipeline gives the nominative plural)
				return f.text(i+1, k+1)
			}
			return t.Lemma // атаки окупанта
		}
		return ""
	}
	return ""
}

// nounOwner returns the body or the country named in the genitive right
// after the event noun of tr, past its adjectives ("санкції США"), or "".
func (f *finder) nounOwner(tr trig) string {
	if tr.noun < 0 {
		return ""
	}
	j := tr.noun + 1
	j += f.adjectivesAt(j)
	if j >= len(f.toks) || !hasCase(&f.toks[j], "v_rod") {
		return ""
	}
	if e := f.entityAt(j); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
		return e
	}
	return ""
}

// chairedNouns are the gatherings a sentence may tell as held under
// someone's chairmanship with no light verb (see chairedHeld).
var chairedNouns = map[string]bool{"нарада": true, "відеонарада": true, "онлайн-нарада": true, "відеоконференція": true}

// chairedHeld reports whether the gathering noun at i, which otherwise
// needs a light verb, is the subject of a verb of taking place right
// before it, past its adjectives, or right after it, in a sentence that
// names who chaired it: "Під головуванням віце-прем'єр-міністра Олександра
// Сича відбулася селекторна нарада", "Нарада пройшла під головуванням
// міністра". A gathering held with no chair named ("Відбулася нарада з
// питань освіти") is left to the light verbs.
func (f *finder) chairedHeld(i int, k kind) bool {
	if k.typ != "CONSULT" || !chairedNouns[f.low(i)] || !hasCase(&f.toks[i], "v_naz") || f.chair() == "" {
		return false
	}
	j := i - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j--
	}
	return j >= 0 && takesPlace[f.verb(j)] || i+1 < len(f.toks) && takesPlace[f.verb(i+1)]
}

// chair returns the person named after "під головуванням" in the
// sentence, with a title or without ("під головуванням прем'єр-міністра
// Олександра Сича", "під головуванням Олександра Сича"), or "".
func (f *finder) chair() string {
	for j := 0; j+2 < len(f.toks); j++ {
		if f.low(j) != "під" || f.low(j+1) != "головування" {
			continue
		}
		if as := f.titledAfter(j + 1); len(as) > 0 {
			return as[0]
		}
		if e := f.entityAt(j + 2); e != "" && f.ents.Type(e) == "PERS" && hasCase(&f.toks[j+2], "v_rod") {
			return e
		}
		return ""
	}
	return ""
}

// participants returns the names told after "за участі" or "за участю"
// in the clause of the noun at at, up to end, with their titles or
// without: "за участі президента Франції Емманюеля Макрона", "за участю
// Зеленського та Туска".
func (f *finder) participants(at, end int) []string {
	for j := at + 1; j+2 < end && j+2 < len(f.toks); j++ {
		if f.low(j) != "за" || f.low(j+1) != "участь" {
			continue
		}
		if as := f.titledAfter(j + 1); len(as) > 0 {
			return as
		}
		k := j + 2
		if envoys[f.low(k)] && hasCase(&f.toks[k], "v_rod") && plural(&f.toks[k]) && k+1 < end && f.entityAt(k+1) != "" {
			k++ // "за участі представників Координаційного штабу": their body's
		}
		if e := f.entityAt(k); e != "" && hasCase(&f.toks[k], "v_rod") {
			out := append([]string{e}, f.coordinated(k, end)...)
			if len(out) == 1 {
				out = append(out, f.sideNamedAfter(k, end)...)
			}
			return out
		}
		return nil
	}
	return nil
}

// sideNamedAfter returns the side named after the name at i by the
// adjective of its country and сторона in the genitive, past a comma or
// та/і ("за участі Коордштабу, російської сторони та …"): the country when
// the text names it, else the phrase in the nominative. Mediators named
// after it are no side.
func (f *finder) sideNamedAfter(i, end int) []string {
	e := f.entityAt(i)
	j := i
	for j < end && f.entityAt(j) == e {
		j++
	}
	if j+2 >= end || f.toks[j].Text != "," && !isAnd(&f.toks[j]) {
		return nil
	}
	a, n := &f.toks[j+1], &f.toks[j+2]
	if !strings.HasPrefix(a.Tag, "adj") || lower(n) != "сторона" || !hasCase(n, "v_rod") || plural(n) {
		return nil
	}
	if c := f.ents.CountryOf(lower(a)); c != "" {
		return []string{c}
	}
	if w := f.agreeingAdjectives(j + 2); w != "" {
		return []string{w + " сторона"}
	}
	return nil
}

// sidesAfter reads the sides of a meeting told by a noun and the
// genitive after it ("переговори делегацій України та Росії", "зустріч
// лідерів Франції та Німеччини") or the names after між.
func (f *finder) sidesAfter(tr trig) []string {
	at := tr.at
	exchange := tr.k.typ == "RETREAT" && f.low(at) == "обмін" && f.captivesAfter(at+1)
	if exchange {
		at++ // "обмін полоненими між Україною та Росією"
	}
	if tr.k.typ != "CONSULT" && !exchange || at+2 >= len(f.toks) {
		return nil
	}
	if f.low(at+1) == "між" {
		// "переговори між Україною та Росією", "між делегаціями
		// України та Росії", "між «Нафтогазом» та «Газпромом»"; two
		// people with their titles first, rather than the country of
		// the first title ("між Президентом України Олексієм Марченком
		// і канцлером Австрії Ернстом Гайдером")
		if ts := f.titledSides(at + 2); ts != nil {
			return ts
		}
		j := at + 2
		if j+1 < len(f.toks) && f.toks[j].Kind == vistka.QuoteMark {
			j++
		}
		if sides[f.low(j)] && hasCase(&f.toks[j], "v_oru") {
			j++
		} else if e := f.entityAt(j); e != "" && hasCase(&f.toks[j], "v_oru") {
			return append([]string{e}, f.coordinated(j, len(f.toks))...)
		}
		if e := f.entityAt(j); j < len(f.toks) && e != "" && hasCase(&f.toks[j], "v_rod") {
			return append([]string{e}, f.coordinated(j, len(f.toks))...)
		}
		return nil
	}
	office := offices[f.low(at+1)] && plural(&f.toks[at+1]) // "зустріч уповноважених з прав людини України та Росії"
	if !sides[f.low(at+1)] && !envoys[f.low(at+1)] && !office || !hasCase(&f.toks[at+1], "v_rod") {
		return nil // "зустріч представників України та Польщі" too
	}
	k := at + 2
	for k < len(f.toks) && k <= at+5 && f.entityAt(k) == "" && f.toks[k].Kind == vistka.Word && !startsUpper(f.toks[k].Text) &&
		((strings.HasPrefix(f.toks[k].Tag, "adj") || strings.HasPrefix(f.toks[k].Tag, "noun")) && hasCase(&f.toks[k], "v_rod") ||
			office && k == at+2 && withPrep(f.low(k)) && k+1 < len(f.toks) && hasCase(&f.toks[k+1], "v_rod")) {
		k++ // "зустріч міністрів закордонних справ України, …": the office's words
	}
	e := f.entityAt(k)
	if e == "" || !hasCase(&f.toks[k], "v_rod") {
		return nil
	}
	return append([]string{e}, f.coordinated(k, len(f.toks))...)
}

// unnamedBetween reports whether the meeting noun at at is followed by між
// and a plural noun of sides in the instrumental that names no one:
// "переговори між делегаціями", "між сторонами", "між відомствами" (not
// "між делегаціями України та Росії").
func (f *finder) unnamedBetween(at int) bool {
	j := at + 2
	if j >= len(f.toks) || f.low(at+1) != "між" {
		return false
	}
	t := &f.toks[j]
	if !sides[lower(t)] && lower(t) != "відомство" || !hasCase(t, "v_oru") || !strings.Contains(t.Tag, ":p:") || f.entityAt(j) != "" {
		return false
	}
	return j+1 >= len(f.toks) || f.entityAt(j+1) == "" && !hasCase(&f.toks[j+1], "v_rod")
}

// lastVisitSides returns the guests of the last visit told in the
// sentence or the two before it and the place or the host they came to,
// or nil: "До Одеси прибула делегація Кишинева. Переговори між
// делегаціями тривали …".
func (f *finder) lastVisitSides(here []vistka.Event) []string {
	from := f.a.Sentences[max(f.s-2, 0)].RStart
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		ev := all[k]
		if ev.Sentence.Start < from {
			break
		}
		if ev.Type != "CONSULT" || ev.Mode != "visit" || len(ev.Actors) == 0 || len(ev.Recipients) == 0 {
			continue
		}
		return append(slices.Clone(ev.Actors), ev.Recipients...)
	}
	return nil
}

// startsUpper reports whether s opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// protesters are collective nouns for who protests.
var protesters = map[string]bool{
	"опозиція": true, "громадськість": true, "громада": true, "студентство": true, "профспілка": true,
}

// receives are verbs whose subject is the one given to.
var receives = map[string]bool{"отримати": true, "отримувати": true, "одержати": true, "одержувати": true}

// giver finds "від X" of any type: who gives what is received.
func (f *finder) giver(start, end int) string {
	for i := start; i < end; i++ {
		if f.low(i) == "від" && isPrep(&f.toks[i]) {
			for j := i + 1; j < end && j <= i+6; j++ {
				if e := f.entityAt(j); e != "" {
					return e
				}
			}
		}
	}
	return ""
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

// objects reads recipients, a destination (до X) and a place (в/у/на X in
// the locative) from toks[start:end].
func (f *finder) objects(start, end int, actors []string, tr trig) (rec []string, dest, place string) {
	coercive := coerced[tr.k.typ] // (asked about many of the words below)
	appeal := tr.k.typ == "ACCUSE" && tr.verb && appeals[f.verb(tr.at)]
	seen := map[string]bool{}
	for _, a := range actors {
		seen[a] = true
	}
	var genitives []string
	partnered := false // a partner with з read: "з X і Y"
	topic := false     // past щодо, про: what is talked about, no place
	for i := start; i < end; i++ {
		if i == tr.noun && tr.k.typ == "ASSAULT" {
			continue // "скинули КАБи на Херсон": the weapon is no target
		}
		if tr.kept && i < tr.at+6 {
			continue // "за те, щоб залишити": the one kept follows
		}
		if f.glossAbbrev(i) {
			continue // "об'єднань співвласників багатоквартирних будинків (ОСББ)": the words before, shortened
		}
		if e := f.entityAt(i); e != "" && i >= 2 && f.toks[i-1].Text == "(" && f.entityAt(i-2) == e {
			// "затримали детективи Національного антикорупційного бюро
			// (НАБУ)": the name before, shortened, whose part was read
			// there (here the doers')
			continue
		}
		if e := f.entityAt(i); e != "" && i > start && f.toks[i-1].Text == "," && f.opensClause(i) {
			break // "атакує Польщу, НАТО відповість": the next clause's subject
		}
		ct := f.caseIndex(i)
		t, lt := &f.toks[ct], f.low(ct)
		if stopWord(lt) {
			break // через її агресію проти України: a cause, not a recipient
		}
		if appeal && f.appealForum(i) {
			// "оскаржило рішення замовника до Антимонопольного комітету",
			// "оскаржить вирок в апеляційному суді": where the appeal goes,
			// not whose decision it is
			seen[f.entityAt(i)] = true
			continue
		}
		if tr.k.typ == "REQUEST" && tr.verb && strings.Contains(t.Tag, ":inf") && (i > start || i > tr.at) {
			// "закликали світ визнати Голодомор": what is asked begins; an
			// infinitive right after the verb ("просила передавати
			// вітання Петрові") leaves the one asked unnamed
			break
		}
		if f.nextInfinitive(tr, i) {
			break // "конфіскувати активи і передати їх Україні": the next verb's
		}
		if lt == "за" && isPrep(t) && i+1 < end && hasCase(&f.toks[i+1], "v_zna") && !f.timeSpan(i+1) {
			if len(rec) == 0 && tr.verb && thanks[f.verb(tr.at)] {
				// "подякувала за сприяння директору музею Ользі
				// Курчаковій": the people thanked after the reason
				for _, p := range f.thankedAfter(i+1, end) {
					if !seen[p] {
						rec = append(rec, p)
						seen[p] = true
					}
				}
			}
			break // подякував Макрону за рішення передати Україні: a reason
		}
		if lt == "адреса" && i > start && f.low(i-1) == "на" {
			// звинувачення на адресу Києва: toward whom
			for j := i + 1; j < end && j <= i+4; j++ {
				if e := f.entityAt(j); e != "" && hasCase(&f.toks[j], "v_rod") && !seen[e] {
					rec = append(rec, e)
					seen[e] = true
					break
				}
			}
			if e := f.inPersonOf(i+1, end); e != "" && !seen[e] {
				rec = append(rec, e) // "на адресу керівництва району в особі голови Віктора Партака"
				seen[e] = true
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "adj") && against[tr.k.typ] && f.entityAt(i) == "" && f.againstPhrase(i) && !f.nameAhead(i) {
			// "санкції проти 50 російських компаній": against Росія
			if c := f.ents.CountryOf(lt); c != "" && !seen[c] {
				rec = append(rec, c)
				seen[c] = true
			}
			continue
		}
		if (tr.k.typ == "SUPPORT" || tr.k.typ == "REJECT" || tr.k.typ == "ACCUSE") && strings.HasPrefix(t.Tag, "adj") && f.entityAt(i) == "" &&
			i+1 < end && decisionNouns[f.low(i+1)] {
			// "висловили підтримку українській позиції": Україна's
			if c := f.ents.CountryOf(lt); c != "" && !seen[c] {
				rec = append(rec, c)
				seen[c] = true
			}
			continue
		}
		counted := i > 0 && f.toks[i-1].Kind == vistka.Number && strings.Contains(t.Tag, ":anim") && coercive && tr.verb && tr.noun < 0
		if k := f.countedPeople(i, tr); k >= 0 && len(rec) == 0 && f.entityAt(i) == "" && !f.inQuotedText(i) &&
			(f.toks[k].Kind == vistka.Number || i+1 >= len(f.toks) || f.entityAt(i+1) == "" || !hasCase(&f.toks[i+1], "v_rod")) {
			// (a number word before people of a named place or body,
			// "звільнила двох громадян Литви", leaves them to that name)
			// "звільнила 12 полонених", "затримання 43 осіб": the people
			// counted, as the text says
			if p := f.text(k, i+1); !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if f.inQuotedText(i) || i > 0 && (f.toks[i-1].Text == "%" || f.toks[i-1].Kind == vistka.Number && !strings.HasPrefix(f.toks[i-1].Tag, "adj")) && !counted && !withCount(f.countedUnder(i)) {
			// (a number's adjective is no quantity: "визнав винним
			// 43-річного водія")
			continue // "0,3% ВВП": what a quantity is of ("затримали 46 людей" is whom)
		}
		if c := cmp.Or(f.capital(i), f.regionalCentre(i)); c != "" && place == "" && !seen[c] && !topic {
			place = c // "зустріч у казахстанській столиці"
			continue
		}
		if c := f.capitalTo(i); c != "" && dest == "" && !seen[c] {
			dest = c // "прибув до української столиці"
			continue
		}
		if isPrep(t) && topicWords[lt] {
			topic = true // "переговори щодо судноплавства в Чорному морі"
		}
		if i > start && strings.Contains(t.Tag, ":inf") && strings.HasPrefix(t.Tag, "verb") {
			topic = true // "підтримав ідею створити в Констанці центр": the idea's place
		}
		if i > tr.at && tr.verb && discussVerbs[f.verb(tr.at)] && strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_zna") &&
			f.entityAt(i) == "" && f.spanType(i) == "" && !timeNouns[lt] && !date.IsWeekday(lt) && f.governedBy(i) == "" {
			// "обговорили співпрацю в енергетиці … та працевлаштування
			// фахівців у Катарі", "обговорили ситуацію в Сирії": what
			// was discussed begins, and a place in it is the topic's
			topic = true
		}
		if f.entityAt(i) == "" && len(rec) == 0 && tr.k.typ == "CONSULT" && tr.k.mode != "visit" && offices[lt] && hasCase(t, "v_oru") && withPrep(f.governedBy(ct)) && ct-tr.at <= 4 {
			// "зустрівся з послом Німеччини в Україні Гайко Томсом", "з
			// міністром оборони Литви Довіле Шакалєне": the person the
			// title names (past the place of the post, and in any case
			// the tagger reads a foreign name in), not the country
			if p := f.titledName(ct); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
				partnered = true
				continue
			}
		}
		if e := f.delegationOf(i); e != "" && !seen[e] {
			rec = append(rec, e) // "зустрівся з делегацією Конгресу США"
			seen[e] = true
			continue
		}
		if e := f.institutionOf(i); e != "" && !seen[e] && tr.k.typ == "CONSULT" && f.entityAt(i) == "" && hasCase(t, "v_oru") && withPrep(f.governedBy(i)) {
			// "провів переговори з урядом Польщі": the state or the body
			// whose institution it is
			rec = append(rec, e)
			seen[e] = true
			continue
		}
		if c := f.area(i); c != "" && place == "" && !topic {
			place = c // "в районі Покровська"
			seen[c] = true
			continue
		}
		var e string
		group := groups[lt] // (asked by two cases)
		switch {
		case strings.Contains(t.Tag, "pron:pers:3") && (hasCase(t, "v_dav") || hasCase(t, "v_zna") && f.governedBy(i) == "" && coercive && tr.verb && f.inObject(tr, i) && i-tr.at <= 2 ||
			tr.kept && i == tr.at+6):
			if hasCase(t, "v_zna") && (f.actBefore(i) || appeal && f.appealableBefore(i)) {
				continue // "назвали рішення необґрунтованим і оскаржать його": the act, not a person
			}
			if hasCase(t, "v_zna") && f.possessiveBeforeNoun(i, end) {
				continue // "звільнила його заступника": whose deputy; the deputy is the one
			}
			if strings.Contains(t.Tag, ":p:") && hasCase(t, "v_dav") {
				// "Прокуратура висунула їм обвинувачення": many, not the
				// one person named last (an accusative їх may stand for a
				// family named in the plural: Онули … вигнали їх)
				e = f.lastDoneTo()
				break
			}
			if e = f.coordObject(tr, ct); e != "" {
				break // "викликало посла Угорщини і вручило йому ноту": the one summoned
			}
			if hasCase(t, "v_dav") && !strings.Contains(t.Tag, ":p:") && f.officeObjectBefore(i, gender(t)) {
				continue // "Керівника підприємства притягнуто до відповідальності, йому видано припис": the one named by his office
			}
			e = f.ents.RecentPerson(t.RStart, f.s, gender(t), actors)
			if e != "" && !f.mentionedBefore(e, i) && hasCase(t, "v_zna") && coercive && !strings.Contains(t.Tag, ":p:") {
				// "вирішили, що фірма порушила закон, та оштрафували її":
				// a firm of the pronoun's gender in the sentence comes
				// before a person of an earlier one
				if b := f.pronounBody(i, gender(t), actors); b != "" {
					e = b
				}
			}
			if e == "" && hasCase(t, "v_zna") && coercive && !strings.Contains(t.Tag, ":p:") {
				e = f.pronounBody(i, gender(t), actors) // "АМКУ спіймав її на змові": the firm
			}
			if e == "" && hasCase(t, "v_dav") && coercive && i > tr.at && i-tr.at <= 2 {
				// "Йому повідомили про підозру. Суд обрав йому запобіжний
				// захід": no person named, the one named by a common noun
				// the sentence before's charge or detention was done to
				// (right after the verb: "йому загрожує" further on is
				// another clause's)
				e = f.lastDoneTo()
			}
		case strings.Contains(t.Tag, "pron:pers:3") && hasCase(t, "v_zna") && f.governedBy(i) == "" && tr.verb && f.inObject(tr, i) && i-tr.at <= 2,
			strings.Contains(t.Tag, "pron:pers:3") && hasCase(t, "v_oru") && withPrep(f.governedBy(i)) && (tr.k.typ == "CONSULT" || tr.k.typ == "COOPERATE") && i-tr.at <= 3:
			// "Він привітав його з перемогою", "зустрілася з ним": the
			// one other person of the pronoun's gender
			e = f.otherPerson(i, actors)
		case group && (hasCase(t, "v_dav") || hasCase(t, "v_zna")) && f.governedBy(i) == "":
			e = f.groupOf(i) // подякував японській стороні
		case group && hasCase(t, "v_oru") && (tr.k.typ == "CONSULT" || tr.k.typ == "COOPERATE") && withPrep(f.governedBy(i)):
			// "зустрічі з українською та російською делегаціями": each
			// side the adjectives name
			for _, c := range f.sidesByAdjective(i) {
				if !seen[c] {
					rec = append(rec, c)
					seen[c] = true
				}
			}
			continue
		default:
			e = f.entityAt(i)
		}
		if w := f.adjectivesBefore(i); tr.k.typ == "ACCUSE" && tr.noun >= 0 && proceedings[f.low(tr.noun)] && w > 0 && (sanctionTopics[f.low(w-1)] || f.low(w-1) == "проти") &&
			(hasCase(t, "v_rod") || hasCase(t, "v_zna")) && w-1 > tr.noun && w-1-tr.noun <= 3 && len(rec) == 0 {
			// "відкрила провадження щодо директора компанії": against whom
			rec = f.addObject(rec, seen, e, i, tr)
			continue
		}
		if e == "" && len(rec) == 0 && tr.verb && (coercive || tr.k.typ == "RETREAT") && f.standingPerson(i) && f.governedBy(i) == "" && f.inObject(tr, i) {
			p := f.personForm(ct) // "обрав підозрюваному запобіжний захід": the suspect
			rec = append(rec, p)
			seen[p] = true
			continue
		}
		if len(rec) == 0 && f.ownerSeized(i, tr) {
			// "наклав арешт на майно підозрюваного", "обшуки у
			// посадовців митниці": the owner
			rec = f.addObject(rec, seen, e, i, tr)
			continue
		}
		if e == "" && len(rec) == 0 && f.governedBy(i) == "" && hasCase(t, "v_dav") && tr.noun >= 0 && i == tr.noun+1+f.adjectivesAt(tr.noun+1) &&
			f.low(tr.noun) == "підозра" {
			// "повідомила про підозру колишньому депутату": the suspect,
			// and a second one joined by і or та ("начальникові відділу
			// і першому заступникові директора УЦОЯО")
			for k := i; k >= 0; k = f.joinedDative(k, end) {
				if p := f.titledName(k); p != "" {
					// "ексзаступнику директора ДП «Енергоатом» Олександру
					// Гордієнку": the person the title names
					if !seen[p] {
						rec = append(rec, p)
						seen[p] = true
					}
					continue
				}
				if p := f.objectPhrase(k, tr); p != "" && !seen[p] {
					rec = append(rec, p)
					seen[p] = true
				}
			}
			continue
		}
		// An animate accusative has the genitive's form, and the tagger
		// may read it so: "узяв під варту начальника поста".
		animAcc := hasCase(t, "v_rod") && strings.Contains(t.Tag, ":anim") && (tr.k.typ == "COERCE" || tr.k.typ == "ACCUSE" || tr.k.typ == "REJECT" && acquits[f.verb(tr.at)] || tr.k.typ == "SANCTION" && !f.namedTail(i) || tr.k.typ == "ASSAULT" && harms[f.verb(tr.at)] && (i+1 >= len(f.toks) || f.entityAt(i+1) == ""))
		// A counted object stands in the genitive after its number word:
		// "зобов'язав сім фірм повернути".
		animAcc = animAcc || tr.k.typ == "COERCE" && f.countedObject(i)
		// An inanimate accusative has the nominative's form too:
		// "Прокурор просив суд взяти …" (the tagger reads суд as the
		// nominative).
		animAcc = animAcc || f.askedBody(tr, i)
		if e == "" && len(rec) == 0 && (hasCase(t, "v_dav") || f.thankedGenitive(i, tr) || (hasCase(t, "v_zna") || animAcc) && tr.k.typ != "CONSULT" || tr.k.typ == "AID" && (i == tr.at+1 && f.dativeOfTwo(i) || f.genitiveRecipient(i))) &&
			tr.verb && (f.governedBy(i) == "" && f.inObject(tr, i) || f.afterTerm(tr, i)) && !topicVerbs[f.verb(tr.at)] {
			// A body or a group as the object: "відмовив прокуратурі",
			// "розбили поляків"; a role that names someone: "подякував
			// фінській колезі".
			if r := f.ents.RoleAt(f.a, f.s, i); r != "" && !seen[r] {
				rec = append(rec, r)
				seen[r] = true
				continue
			}
			if tr.k.typ == "RETREAT" && tr.k.mode == "" && !hasCase(t, "v_dav") {
				continue // "вивела війська": the troops moved are no party ("повернули власнику": the owner is)
			}
			if p := f.titledName(i); p != "" && !f.countryInTitle(i, p) {
				// "визнав колишнього голову РДА Михайла Григорчука",
				// "подякував прем'єр-міністерці Японії Санае Такаїчі": the
				// person the title names
				if !seen[p] {
					rec = append(rec, p)
					seen[p] = true
				}
				continue
			}
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && tr.k.typ == "REQUEST" && f.governedBy(i) == "до" && strings.HasPrefix(t.Tag, "noun") && (strings.Contains(t.Tag, ":anim") || groups[lt] || actorNoun(lt) && addresses[f.verb(tr.at)]) &&
			hasCase(t, "v_rod") && !strings.Contains(t.Tag, "pron") {
			// "звернувся з листом до президента", "до майстрів": whom the
			// request is put to, a role that names someone or the phrase
			// (a title before the name, до президентки МОК Ганни
			// Ковентрі, leaves the names to follow in their order)
			if f.titledName(i) != "" || i+1 < end && f.toks[i+1].Kind == vistka.QuoteMark {
				continue // (до компанії «Альфа»: the name in quotation marks follows)
			}
			if r := f.ents.RoleAt(f.a, f.s, i); r != "" {
				rec = append(rec, r)
				seen[r] = true
			} else if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && f.recoveredFrom(tr, i, end) {
			// "стягнув з фірми 751 тис. грн", "відмовилися стягувати
			// санкції з фірми": the firm the sum is (or is not) taken from
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && f.coercedOn(tr, i) {
			// "наклав штраф на директора підприємства", "наклав арешт на
			// майно підозрюваного": who is fined, whose property is held
			k := i
			if assets[f.low(i)] && i+1 < end && hasCase(&f.toks[i+1], "v_rod") {
				k = i + 1 + f.adjectivesAt(i+1)
			}
			if k < end {
				if p := cmp.Or(f.entityAt(k), f.objectPhrase(k, tr)); p != "" && !seen[p] {
					rec = append(rec, p)
					seen[p] = true
				}
			}
			continue
		}
		if len(rec) == 0 && f.seizedFrom(tr, i) {
			// "вилучили у чоловіка пістолет": whom the things are taken
			// from
			e = cmp.Or(e, f.objectPhrase(i, tr))
			if e != "" && !seen[e] {
				rec = append(rec, e)
				seen[e] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && len(actors) > 0 && len(genitives) == 0 &&
			(tr.k.typ == "REJECT" || tr.k.typ == "SUPPORT" && tr.noun >= 0 && claims[f.low(tr.noun)] || tr.k.typ == "ACCUSE" && tr.verb && appeals[f.verb(tr.at)]) &&
			f.claimOwner(i, tr) {
			// "скасував постанову апеляційного суду", "відхилив касацію
			// військової прокуратури": the body whose decision or claim
			// is turned down; "задовольнив позов прокуратури": whose
			// claim is granted; "оскаржила рішення міськради": whose
			// decision is appealed
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && (len(actors) > 0 || tr.k.typ == "ASSAULT") && f.commonPartner(i, tr) {
			// "зустрівся з підприємцями", "вибачився перед ветеранами",
			// "напали на прикордонників": a partner, a party apologised
			// to or a target named by a common noun (the target of
			// attackers left unnamed too: "невідомі напали на журналіста")
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && tr.k.typ == "CONSULT" && officials[lt] && hasCase(t, "v_oru") && withPrep(f.governedBy(ct)) && ct+1 < end && hasCase(&f.toks[ct+1], "v_rod") {
			// "зустрічі з високими посадовцями НАТО": the body the
			// officials met serve
			if o := f.entityAt(ct + 1); o != "" && (f.ents.Type(o) == "ORG" || f.ents.Type(o) == "LOC") && !seen[o] {
				rec = append(rec, o)
				seen[o] = true
				partnered = true
				continue
			}
		}
		if e == "" && len(rec) == 0 && f.dismissedTitle(tr, i, end) {
			// "звільнила з посади його заступника": the one dismissed,
			// named by the post's title alone
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" || seen[e] {
			continue
		}
		if len(rec) == 0 && f.dismissedAfterPost(tr, i, e) {
			// "звільнила з посади міністра аграрної політики та
			// продовольства Романа Мельничука": the one dismissed, in
			// the accusative past the post and its title (which the
			// genitives' chain would leave under з)
			rec = append(rec, e)
			seen[e] = true
			continue
		}
		if tr.k.typ == "REJECT" && len(rec) == 0 && f.refusedClaimOf(i, e) {
			rec = append(rec, e) // "відмовив у задоволенні позову ТОВ «Гамма»": whose claim
			seen[e] = true
			continue
		}
		prep := f.governedBy(i)
		if t != &f.toks[i] {
			prep = f.governedBy(i - 1) // у місті Бровари
		}
		if prep == "" && (strings.Contains(t.Tag, ":nv") || f.unchangedName(i)) && f.ents.Type(e) == "PERS" {
			// "з держсекретарем США Марко Рубіо": an indeclinable name,
			// tagged in any case, after a title stands in the title's
			// case, under its preposition
			if k := f.titleBefore(i, e); k >= 0 {
				if p := f.governedBy(k); p != "" {
					prep, t = p, &f.toks[k]
				}
			}
		}
		if k := f.kindBefore(i); prep == "" && k >= 0 && f.ents.Type(e) == "ORG" {
			// "з фірмою «Профіт»", "з підприємством об'єднання громадян
			// «Світанок»", "оштрафували фірму «Альфа»": a name in
			// quotation marks after its kind stands in the kind's case,
			// under its preposition
			if p := f.governedBy(k); p != "" {
				prep, t = p, &f.toks[k]
			} else if !hasCase(&f.toks[k], "v_naz") {
				t = &f.toks[k]
			}
			if n := len(rec) - 1; n >= 0 && (strings.HasPrefix(rec[n], f.low(k)) || strings.Contains(rec[n], " "+f.low(k))) && f.ents.Type(rec[n]) == "" {
				// "позбавив ліцензії банк «Альфа»", "відмовила приватній
				// фірмі «Альфа»": the name, not its kind
				delete(seen, rec[n])
				rec = rec[:n]
			}
		}
		typ := f.ents.Type(e)
		if prep == "" && !hasCase(t, "v_naz") {
			// "надала допомогу Польщі, Литві та Латвії", "санкції проти
			// Білорусі, Ірану та КНДР": a later name of a list goes
			// where the names before it went, whatever case the tagger
			// read in it
			hs := f.listedBefore(i)
			if slices.ContainsFunc(hs, func(h string) bool { return slices.Contains(rec, h) }) {
				rec = append(rec, e)
				seen[e] = true
				continue
			}
			if slices.ContainsFunc(hs, func(h string) bool { return slices.Contains(genitives, h) }) {
				genitives = append(genitives, e)
				continue
			}
		}
		switch {
		case prep == "" && tr.k.typ == "ACCUSE" && hasCase(t, "v_rod") && i >= 2 && decisions[f.low(i-1)] && f.low(i-2) == "на":
			rec = append(rec, e) // "апеляцію на рішення госпсуду": whose decision
		case (prep == "з" || prep == "із") && hasCase(t, "v_rod") && tr.k.typ == "COERCE" && tr.noun >= 0 && (f.low(tr.noun) == "з" || f.low(tr.noun) == "із"):
			rec = append(rec, e) // "суд стягнув з ТОВ «Київ» 6 млн грн": from whom
		case prep == "для" && (tr.k.typ == "AID" || tr.k.typ == "REJECT") && (typ == "ORG" || typ == "LOC"):
			rec = append(rec, e) // "профінансує закупівлю дронів для ЗСУ", "заблокував виділення коштів для України"
		case prep == "" && hasCase(t, "v_rod") && i >= 2 && (tr.k.typ == "AGREE" || tr.k.typ == "SUPPORT" || tr.k.typ == "REJECT") &&
			strings.HasPrefix(f.toks[i-1].Tag, "noun") && hasCase(&f.toks[i-1], "v_oru") && (f.low(i-2) == "з" || f.low(i-2) == "із") && i-2 == tr.at+1:
			rec = append(rec, e) // "погодився з пропозицією Трампа": whose proposal
		case prep == "на" && hasCase(t, "v_zna") && tr.k.typ == "ACCUSE" && tr.noun >= 0 && tr.noun < i && scan.ToLower(f.toks[tr.noun].Lemma) == "суд":
			rec = append(rec, e) // "подали в суд на АМКУ": whom they sued
		case prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && tr.k.typ == "ACCUSE" && tr.noun >= 0 && tr.noun < i && (f.low(tr.noun) == "відповідальність" || f.low(tr.noun) == "провина"):
			rec = append(rec, e) // "відповідальність поклали на Росію": who is blamed
		case prep == "" && hasCase(t, "v_rod") && tr.k.typ == "ACCUSE" && tr.noun >= 0 && tr.noun < i && f.low(tr.noun) == "ордер" && f.arrestOf(i) && (f.low(i-1) == "арешт" || typ == "PERS"):
			rec = append(rec, e) // "видав ордер на арешт Володимира Путіна", "на арешт бізнесмена Олега Савченка": whom the warrant names
		case prep == "від" && tr.k.typ == "REQUEST":
			rec = append(rec, e) // "вимагає від Росії гарантій"
		case prep == "від" || prep == "при":
			continue // "ще при директорі Мусєєву": a time, not a party
		case (prep == "по" || prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis")) && tr.k.typ == "ASSAULT" && (typ == "LOC" || typ == "ORG"):
			rec = append(rec, e) // удар по Дніпру, напала на Україну: the target
		case tr.k.typ == "ASSAULT" && typ == "PERS" && f.attackOn(tr) && f.attackedPerson(i, prep):
			rec = append(rec, e) // "напали на журналіста Івана Петренка", "напад на активіста Петренка": whom
		case (prep == "в" || prep == "у") && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && tr.k.typ == "ASSAULT" && (tr.verb && invades[f.verb(tr.at)] || tr.noun >= 0 && tr.noun < i && f.low(tr.noun) == "вторгнення") && (typ == "LOC" || typ == "ORG"):
			rec = append(rec, e) // "вторглася в Україну", "розпочала вторгнення в Україну": the country invaded
		case prep == "перед" && hasCase(t, "v_oru") && tr.k.typ == "CONCEDE" && tr.verb && apologies[f.verb(tr.at)]:
			rec = append(rec, e) // "вибачився перед Польщею": whom the apology is to
		case sanctionTopics[prep] && tr.k.typ == "SANCTION" && tr.noun >= 0 && tr.noun < i && i-tr.noun <= 5:
			rec = append(rec, e) // "запровадив обмеження щодо Білорусі": whom they hit
		case prep == "між" && tr.k.mode == "third-party":
			rec = append(rec, e) // посередником у переговорах між Україною та Росією
		case prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && tr.k.typ == "SANCTION" && tr.noun >= 0 && tr.noun < i && (typ == "LOC" || typ == "ORG"):
			rec = append(rec, e) // наклали санкції на Іран
		case prep == "на" && (hasCase(t, "v_zna") || typ == "ORG" && !strings.Contains(t.Tag, "v_")) && !hasCase(t, "v_mis") && tr.k.typ == "COERCE" && tr.noun >= 0 && (tr.noun < i || tr.at < i && (f.verb(tr.at) == "накласти" || f.verb(tr.at) == "накладати")) && (f.low(tr.noun) == "штраф" || f.low(tr.noun) == "стягнення") && (typ == "ORG" || typ == "PERS"):
			// наклало 20 тис. грн штрафу на ТОВ «Дельта», наклало на
			// КП «Водоканал» штраф: who is fined
			rec = append(rec, e)
		case prep == "на" && hasCase(t, "v_zna") && tr.k.typ == "COERCE" && tr.noun >= 0 && tr.noun < i && f.low(tr.noun) == "тиск" && (typ == "ORG" || typ == "PERS"):
			rec = append(rec, e) // "чинили тиск на суддю Петренка": who is pressed
		case prep == "до" && tr.noun >= 0 && (f.low(tr.noun) == "відомість" || f.low(tr.noun) == "відомості") && tr.k.typ == "ACCUSE":
			continue // "внесла відомості до ЄРДР": the register, no party
		case prep == "до" && tr.noun >= 0 && f.low(tr.noun) == "заява" && tr.k.typ == "ACCUSE":
			continue // "направила до НАЗК заяву про порушення": the body told of it, not the one accused
		case prep == "до" && typ == "LOC" && tr.verb && (f.verb(tr.at) == "запросити" || f.verb(tr.at) == "запрошувати"):
			continue // "запросив до Варшави Зеленського": where to, not the one asked
		case prep == "до" && (tr.k.typ == "REQUEST" || tr.k.typ == "ACCUSE" || tr.k.typ == "SANCTION" && typ == "LOC" && tr.noun >= 0 && pairs["заборонити"][f.low(tr.noun)].typ == "SANCTION" && f.low(tr.noun) != "в'їзд"):
			// звернувся до ООН з вимогою, подав позов до міськради,
			// заборонив експорт до Росії (but заборонили в'їзд до ЄС:
			// where one may not go, not whom the ban hits)
			rec = append(rec, e)
		case (prep == "до" || (prep == "в" || prep == "у") && hasCase(t, "v_zna") && !hasCase(t, "v_mis")) && tr.k.typ == "AID" && tr.verb && deliveries[f.verb(tr.at)] && (typ == "LOC" || typ == "ORG"):
			rec = append(rec, e) // "доставив до Херсона 20 тонн вантажу": the town it was brought to
		case prep == "до" && (typ == "LOC" || typ == "ORG"):
			if dest == "" {
				dest = cmp.Or(f.capitalOfCountryAt(i), e)
			}
		case (prep == "в" || prep == "у" || prep == "на") && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && tr.k.mode == "visit" && typ == "LOC" && f.arrival(tr):
			if dest == "" {
				dest = e // "прибув в Україну з візитом", "прилетів на Тайвань": where to, as до
			}
		case (prep == "в" || prep == "у") && tr.verb && buys[f.verb(tr.at)] && typ == "ORG" && f.boughtFromFirm(tr.at) >= 0:
			rec = append(rec, e) // "придбали у ТОВ «Альфа» техніку": the firm bought from
		case (prep == "в" || prep == "у") && tr.verb && (f.verb(tr.at) == "замовити" || f.verb(tr.at) == "замовляти") && (typ == "ORG" || typ == "PERS"):
			rec = append(rec, e) // "замовила добрива у ПП «Агротех»": the firm ordered from
		case (prep == "в" || prep == "у") && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && typ == "LOC" && tr.k.typ == "CONSULT" && tr.k.mode == "meet" &&
			!f.motion(tr.at) && !f.has(phoneWords) && f.spanType(i) != "DATE":
			// "провели переговори в Турку": talks go nowhere, so a town
			// read as an accusative there is an indeclinable name in the
			// locative (Турку, not the accusative of Турка)
			if place == "" && !topic && !f.modifiesObject(i, tr) {
				place = e
			}
		case (prep == "в" || prep == "у" || prep == "на") && hasCase(t, "v_mis") && typ == "LOC":
			if place == "" && !topic && (tr.k.mode == "visit" || !f.modifiesObject(i, tr)) && !f.postedTitle(i) {
				// (the place of what is visited is where the visit is:
				// "відвідав лікарню в Коростені")
				place = e
			}
		case prep == "над" && hasCase(t, "v_oru") && typ == "LOC" && tr.k.typ == "ASSAULT":
			if place == "" {
				place = e // "збила 45 дронів над Бєлгородською областю": where the fight was
			}
		case (prep == "в" || prep == "у") && hasCase(t, "v_mis") && typ == "ORG" && tr.k.typ == "CONSULT":
			// "зустрілися в Офісі президента", "у Білому домі": a body's
			// seat is where a meeting with someone was
			if place == "" && !topic {
				place = e
			}
		case (prep == "з" || prep == "із" || prep == "зі") && hasCase(t, "v_rod") && typ == "LOC" && tr.k.typ == "RETREAT" && tr.k.mode == "":
			// (not where returned property was taken from: "артефакти,
			// вивезені з окупованого Криму")
			if place == "" && !(tr.verb && f.heritageAfter(tr.at)) {
				place = e // "відійшли з Олександро-Шультиного": where from
			}
		case (prep == "з" || prep == "із" || prep == "зі") && hasCase(t, "v_rod") && typ == "LOC" && tr.k.typ == "CONSULT" && f.partnersFrom(i):
			// "зустрічі з колегами з Канади, Нідерландів та Норвегії"
			rec = append(rec, e)
			for _, c := range f.coordinated(i, end) {
				if !seen[c] {
					rec = append(rec, c)
					seen[c] = true
				}
			}
		case (prep == "з" || prep == "із" || prep == "зі") && (hasCase(t, "v_oru") || strings.Contains(t.Tag, ":nv") || latinName(t) && (typ == "ORG" || typ == "PERS") && tr.k.mode != "visit" && f.rightUnder(i) || typ == "PERS" && f.undeclined(i)) && !withInstrument[tr.k.typ] && !f.peopleFrom(i, tr) &&
			!(tr.k.typ == "AID" && f.fundOf(i)) && !f.cameFromOrWith(tr, i, typ),
			prep == "проти" && against[tr.k.typ]:
			rec = append(rec, e)
			partnered = partnered || prep != "проти"
		case prep == "" && partnered && typ == "PERS" && hasCase(t, "v_oru") && f.andTitled(i, e):
			// "з президентом Туреччини … і канцлером Німеччини Фрідріхом
			// Мерцом": a second partner past the preposition's reach
			rec = append(rec, e)
		case prep == "" && hasCase(t, "v_oru") && tr.verb && (f.verb(tr.at) == "зацікавитися" || f.verb(tr.at) == "зацікавлюватися"):
			rec = append(rec, e) // "прокурори зацікавилися депутатом": whom the inquiry is into
		case prep == "" && (hasCase(t, "v_dav") || hasCase(t, "v_zna") || f.freeIndeclinable(i) || f.objectAsNominative(i, tr, actors) || f.bareLocative(i) || f.datAfterAnd(i)) && !topicVerbs[f.verb(tr.at)]:
			rec = append(rec, e)
		case prep == "" && tr.k.typ == "AID" && typ == "PERS" && hasCase(t, "v_rod") && f.householdOf(i):
			rec = append(rec, e) // "виділять із бюджету на квартиру подружжю Оксани та Віктора Ярут": the family given to
		case prep == "" && hosts[f.verb(tr.at)] && typ == "PERS" && (hasCase(t, "v_rod") || hasCase(t, "v_zna")):
			rec = append(rec, e) // прийняв у Києві генсека НАТО Єнса Столтенберга
		case prep == "" && hasCase(t, "v_rod") && tr.verb && f.inObject(tr, i) && !topicVerbs[f.verb(tr.at)] && !f.inTitle(i) && !f.ownerOfActor(i, actors):
			// (not the country of a title: "прибув міністр закордонних
			// справ Вірменії Арарат Мірзоян", nor the body an actor put
			// after the verb belongs to: "оскаржило ТОВ «Альфа» Київської
			// обласної організації")
			genitives = append(genitives, e)
			continue
		default:
			continue
		}
		seen[e] = true
	}
	if len(rec) == 0 {
		for _, g := range genitives {
			if !seen[g] {
				rec = append(rec, g)
				seen[g] = true
			}
		}
	}
	return rec, dest, place
}

// countedPeople returns where the count opens when the animate plural
// noun at i, after a number and its adjectives, is whom a release verb
// or a noun of coercion is done to: "звільнила 12 полонених",
// "повідомила про затримання 43 осіб" (a verb of coercion has its own
// reading, see objects); else -1.
func (f *finder) countedPeople(i int, tr trig) int {
	t := &f.toks[i]
	k := i - f.pluralAdjectives(i) - 1
	if k < 0 || f.toks[k].Kind != vistka.Number && !f.countingWord(k) || !strings.HasPrefix(t.Tag, "noun:anim:p:") || strings.Contains(t.Tag, "pron") {
		return -1
	}
	switch {
	case tr.k.typ == "RETREAT" && tr.k.mode == "release" && tr.verb && f.inObject(tr, k):
		return k
	case coerced[tr.k.typ] && tr.noun >= 0 && k == tr.noun+1 && strings.HasPrefix(f.toks[tr.noun].Tag, "noun"):
		return k
	case tr.k.typ == "COERCE" && tr.verb && tr.noun > tr.at && (leftPosts[f.low(tr.noun)] || f.fromPost(tr.noun)) && f.inObject(tr, k):
		return k // "звільнила трьох працівників з посади": those dismissed
	case coerced[tr.k.typ] && tr.verb && (f.verb(tr.at) == "скласти" || f.verb(tr.at) == "складати") && f.reportOn(tr.at) == k:
		return k // "склали на двох учасників акції протоколи": those it is drawn up on
	}
	return -1
}

// otherVerbs reports whether the singular common noun at i, found before
// the plural verb at at, is the subject of a singular finite verb
// between them that agrees with it, and so not at's: "вирішили, що фірма
// порушила закон, та оштрафували її".
func (f *finder) otherVerbs(i, at int) bool {
	t, v := &f.toks[i], &f.toks[at]
	if f.entityAt(i) != "" || !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || numberOf(t) != -1 ||
		!strings.HasPrefix(v.Tag, "verb") || !plural(v) || strings.Contains(v.Tag, ":inf") {
		return false
	}
	for j := i + 1; j < at; j++ {
		if u := &f.toks[j]; strings.HasPrefix(u.Tag, "verb") && !strings.Contains(u.Tag, ":inf") && numberOf(u) == -1 && agree(t, u) {
			return true
		}
	}
	return false
}

// objectPronounBefore returns whom the accusative pronoun right before the
// plural or impersonal verb of tr, one with no subject, stands for: the
// body or the firm of its gender named before in the sentence ("Фірма
// порушила закон, і її оштрафували"), else the person last named in the
// sentence; "" when there is no such pronoun.
func (f *finder) objectPronounBefore(tr trig) string {
	at := tr.at
	if at < 1 || !coerced[tr.k.typ] {
		return ""
	}
	k := f.pronounBefore(at) // (past adverbs: "його згодом арештували")
	if k < 0 {
		return ""
	}
	v, t := &f.toks[at], &f.toks[k]
	if !plural(v) && !strings.Contains(v.Tag, "impers") || !strings.Contains(t.Tag, "pron:pers:3") || !hasCase(t, "v_zna") && !hasCase(t, "v_dav") ||
		strings.Contains(t.Tag, ":p:") || f.governedBy(k) != "" {
		return ""
	}
	if b := f.pronounBody(k, nounGender(t), nil); hasCase(t, "v_zna") && b != "" {
		return b
	}
	if p := f.ents.RecentPerson(t.RStart, f.s, gender(t), nil); p != "" && f.mentionedBefore(p, k) {
		return p // (one named in an earlier sentence is left to the rules that weigh it)
	}
	if hasCase(t, "v_zna") && f.pronounOpens(k) && k == f.openingWord() {
		// "Його затримали детективи НАБУ": the sentence opens with the
		// one done to, the doers after the verb; he is the person last
		// named before it (in this sentence or the one before, or
		// further back when the sentences between speak of him by a
		// pronoun)
		if p := f.ents.NearPerson(t.RStart, f.s, gender(t)); p != "" {
			return p
		}
		return f.prevSubjectPerson(gender(t))
	}
	return ""
}

// prevSubjectPerson returns a person named by a common noun (чоловік,
// водій) that opens the sentence before as its subject, in the singular
// and of gender g, with its adjectives, when no name stands for anyone
// there: "Чоловік під час сутички втік. Його оголосили в розшук". It
// returns "" otherwise.
func (f *finder) prevSubjectPerson(g byte) string {
	if f.s == 0 || g == 0 {
		return ""
	}
	pf := finder{a: f.a, ents: f.ents, s: f.s - 1, toks: f.a.Sentences[f.s-1].Tokens}
	for j := range pf.toks {
		t := &pf.toks[j]
		if pf.entityAt(j) != "" && pf.ents.Type(pf.entityAt(j)) == "PERS" {
			return ""
		}
		if strings.HasPrefix(t.Tag, "adj") || t.Kind != vistka.Word || pf.spanType(j) != "" {
			continue // "За даними поліції, 27-річний чоловік …"
		}
		if strings.HasPrefix(t.Tag, "noun:anim") && hasCase(t, "v_naz") && !plural(t) && !strings.Contains(t.Tag, "pron") && gender(t) == g {
			if p := pf.nounPhrase(j); p != "" {
				return p
			}
			return lower(t)
		}
		if strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
	}
	return ""
}

// openingWord returns the index of the sentence's first word, past quote
// marks and dashes, or -1.
func (f *finder) openingWord() int {
	for j := range f.toks {
		if f.toks[j].Kind == vistka.Word {
			return j
		}
	}
	return -1
}

// objectPronounOpens reports whether a personal pronoun in the accusative
// or the dative stands right before the verb at at, past adverbs: a
// plural verb after it tells what unnamed people did to the one it
// stands for, whom the singular verb before had as subject ("Суддя
// вийшла з будівлі суду, і її затримали", "його згодом арештували").
func (f *finder) objectPronounOpens(at int) bool {
	k := f.pronounBefore(at)
	return k >= 0 && !hasCase(&f.toks[k], "v_naz") && (hasCase(&f.toks[k], "v_zna") || hasCase(&f.toks[k], "v_dav"))
}

// singularSubject reports whether the subject of the singular verb at v
// is a singular common noun, which a plural verb joined to v cannot
// share: "фірма порушила закон, та оштрафували її".
func (f *finder) singularSubject(v int) bool {
	_, k := f.subject(v)
	return k >= 0 && f.entityAt(k) == "" && strings.HasPrefix(f.toks[k].Tag, "noun") && numberOf(&f.toks[k]) == -1
}

// kindBefore returns, for a name at i in quotation marks, the index of
// the common noun of its kind before the opening mark (фірму «Альфа»),
// past up to three genitives that hang on the kind (підприємством
// об'єднання громадян «Світанок»); -1 when there is none.
func (f *finder) kindBefore(i int) int {
	if i < 2 || f.toks[i-1].Kind != vistka.QuoteMark {
		return -1
	}
	kind := -1 // the head: a kind in the genitive may hang on another
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		t := &f.toks[k]
		if f.entityAt(k) != "" || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			break
		}
		if actorNoun(f.low(k)) || troupes[f.low(k)] {
			kind = k
		}
		if !hasCase(t, "v_rod") {
			break
		}
	}
	return kind
}

// routeBefore reports whether the name at i names a road or a route by
// its ends, right after the noun for it, adjectives between, or after the
// first end and a dash: "трасу Київ – Харків", "автошлях Київ – Чоп",
// "рейсу Львів – Варшава".
func (f *finder) routeBefore(i int) bool {
	k := i - 1
	if k >= 1 && isDash(&f.toks[k]) && f.entityAt(k-1) != "" {
		k -= 2
		for k >= 0 && f.entityAt(k) != "" && f.entityAt(k) == f.entityAt(k+1) {
			k--
		}
	}
	for k >= 0 && strings.HasPrefix(f.toks[k].Tag, "adj") {
		k--
	}
	return k >= 0 && routes[f.low(k)]
}

// routes are the nouns of roads and routes that their ends name.
var routes = map[string]bool{"траса": true, "автотраса": true, "дорога": true, "автодорога": true, "шосе": true, "автошлях": true,
	"магістраль": true, "автомагістраль": true, "маршрут": true, "рейс": true, "напрямок": true, "сполучення": true}

// mentionedBefore reports whether the entity e is named in the sentence
// before token i.
func (f *finder) mentionedBefore(e string, i int) bool {
	for j := 0; j < i; j++ {
		if f.entityAt(j) == e {
			return true
		}
	}
	return false
}

// claimOwner reports whether the common noun at i, a body or a person
// in the genitive, is whose decision or claim the noun before it names:
// постанову апеляційного суду, касацію військової прокуратури.
func (f *finder) claimOwner(i int, tr trig) bool {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || f.entityAt(i) != "" || !hasCase(t, "v_rod") ||
		!strings.Contains(t.Tag, ":anim") && !actorNoun(f.low(i)) {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if f.entityAt(j) != "" {
			return false // "скаргу матері колишнього члена виконкому Олексія Пелипаса": the name says whose
		}
		if u := &f.toks[j]; u.Kind == vistka.Punct || isPrep(u) || strings.HasPrefix(u.Tag, "verb") || strings.HasPrefix(u.Tag, "conj") {
			break
		}
	}
	w := f.adjectivesBefore(i) - 1
	if w < 0 || !decisions[f.low(w)] && !claims[f.low(w)] {
		return false
	}
	if w == tr.noun {
		return true
	}
	// the decision is the trigger's object, close after it in its clause
	// (not "задовольнив позов «Союзу», а не забезпечив вимоги фірми")
	if w <= tr.at || w-tr.at > 5 {
		return false
	}
	for j := tr.at + 1; j < w; j++ {
		if f.toks[j].Kind == vistka.Punct || strings.HasPrefix(f.toks[j].Tag, "verb") && !strings.Contains(f.toks[j].Tag, ":inf") {
			return false
		}
	}
	return true
}

// awayOrHome reports whether a match's ground follows the word at i in
// its clause: "в гостях", "вдома".
func (f *finder) awayOrHome(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) == "вдома" || f.low(j) == "гість" && plural(&f.toks[j]) && (f.low(j-1) == "в" || f.low(j-1) == "у") {
			return true
		}
	}
	return false
}

// pretrialEntry reports whether the entry made by the verb at i goes into
// the register of pre-trial investigations (ЄРДР, Єдиний реєстр
// досудових розслідувань) or tells an offence: "внесла до ЄРДР відомості
// про кримінальне правопорушення".
func (f *finder) pretrialEntry(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+12; j++ {
		if f.toks[j].Kind == vistka.Punct && f.toks[j].Text != "," {
			return false
		}
		switch f.low(j) {
		case "єрдр", "досудовий", "правопорушення", "злочин":
			return true
		}
		if f.toks[j].Text == "ЄРДР" {
			return true
		}
	}
	return false
}

// caughtIn returns the length of a phrase of на with a word in the
// locative at j, and a genitive after it, telling where or at what one was
// caught ("на хабарі", "на гарячому", "на місці злочину"); 0 if there is
// none.
func (f *finder) caughtIn(j int) int {
	if j+1 >= len(f.toks) || f.low(j) != "на" || !hasCase(&f.toks[j+1], "v_mis") || f.entityAt(j+1) != "" {
		return 0
	}
	if j+2 < len(f.toks) && hasCase(&f.toks[j+2], "v_rod") && strings.HasPrefix(f.toks[j+2].Tag, "noun") && !strings.Contains(f.toks[j+2].Tag, ":anim") {
		return 3 // "на місці злочину"
	}
	return 2
}

// claimNear reports whether a claim, an appeal or a motion (see claims)
// is named between the verb at i and three words past the noun at n:
// "залишив касаційну скаргу фірми без задоволення", "залишив без
// задоволення позов міськради".
func (f *finder) claimNear(i, n int) bool {
	for j := i + 1; j < len(f.toks) && j <= n+3; j++ {
		if claims[f.low(j)] {
			return true
		}
	}
	return false
}

// appeals are the verbs of appealing against a decision.
var appeals = map[string]bool{"оскаржити": true, "оскаржувати": true}

// claims are the nouns for what a party asks a court or a body for.
var claims = map[string]bool{"позов": true, "касація": true, "скарга": true, "апеляція": true, "пропозиція": true, "клопотання": true, "вимога": true}

// leaders are the nouns for those who lead or speak for others; a
// meeting with them names no partner by them alone.
var leaders = map[string]bool{"лідер": true, "керівник": true, "очільник": true, "представник": true, "голова": true, "посадовець": true}

// addresses are the verbs whose до names the body a request is put to,
// a court or an office as well as a person: звернулася до суду з
// клопотанням.
var addresses = map[string]bool{"звернутися": true, "звертатися": true}

// invades are the verbs whose в with the accusative names the country
// invaded: Росія вторглася в Україну.
var invades = map[string]bool{"вторгнутися": true, "вторгатися": true}

// apologies are the verbs whose перед with the instrumental names whom
// the apology is to: вибачився перед Польщею.
var apologies = map[string]bool{"вибачитися": true, "вибачатися": true, "перепросити": true, "перепрошувати": true}

// commonPartner reports whether the common noun at i is the other party
// of the trigger tr under its preposition: the partner of a meeting or a
// talk (з підприємцями, з місцевими жителями), whom an apology is to
// (перед ветеранами) or whom an attack is on (напали на прикордонників).
// The noun must be animate or a body; objectPhrase words it.
func (f *finder) commonPartner(i int, tr trig) bool {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || f.entityAt(i) != "" {
		return false
	}
	if f.titledName(i) != "" {
		return false // (a title names the person after it: з начальником штабу Міхаєм Панаітом)
	}
	if tr.k.typ == "CONSULT" && tr.k.mode != "visit" && f.officeOf(i) && withPrep(f.governedBy(i)) && i-tr.at <= 4 {
		// "зустрівся з мером Харкова", "провів переговори з міністром
		// оборони Естонії": one named by office alone, the place or the
		// body in the genitive whose office it is (головою, which the
		// tagger may read as the inanimate head, too)
		return true
	}
	if !strings.Contains(t.Tag, ":anim") && !actorNoun(f.low(i)) {
		return false
	}
	if !tr.verb && !(tr.during && tr.k.typ == "CONSULT" && plural(t) && f.low(i) != "колега") {
		// (a meeting the clause is set after or in, with a group:
		// "після зустрічі з лідерами фракцій"; not one person by a bare
		// title, "після зустрічі з президентом", nor colleagues whose
		// apposition names them: see counterparts)
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if e := f.entityAt(j); e != "" {
			if k := f.caseIndex(j); (f.governedBy(k) == "в" || f.governedBy(k) == "у") && hasCase(&f.toks[k], "v_mis") {
				break // "з шахтарями у Нововолинську", "з батьками в селі Вінницькі Хутори": where they met
			}
			if tr.k.typ == "CONSULT" && f.placeOfGroup(i, j, e) {
				break // "з мешканцями Балаклії", "з керівниками громад Ізюмського району": the people of a place
			}
			return false // "з колегами з Польщі", "з делегацією Конгресу": the name says who
		}
	}
	prep := f.governedBy(i)
	if prep == "" {
		prep = f.countedUnder(i) // "з 40 великими компаніями"
	}
	switch {
	case tr.k.typ == "CONSULT" && tr.k.mode != "visit" && withPrep(prep) && hasCase(t, "v_oru"):
		// (leaders stand for those whose leaders they are, named or
		// counted after them: з лідерами понад 20 країн)
		return i-tr.at <= 4 && (!leaders[f.low(i)] || f.leadersOfCommon(i))
	case tr.k.typ == "AGREE" && withPrep(prep) && hasCase(t, "v_oru") && !strings.Contains(t.Tag, ":anim") && actorNoun(f.low(i)):
		// "уклала з міською радою договір", "підписав угоду з
		// компанією": the body the agreement is made with
		return i-tr.at <= 5 || tr.noun >= 0 && i > tr.noun && i-tr.noun <= 3
	case tr.k.typ == "CONCEDE" && prep == "перед" && hasCase(t, "v_oru"):
		return apologies[f.verb(tr.at)]
	case tr.k.typ == "REQUEST" && prep == "від" && hasCase(t, "v_rod") && (f.verb(tr.at) == "вимагати" || f.verb(tr.at) == "вимагатиме"):
		// "вимагав від фірми повернути кошти", "вимагають від міськради":
		// whom the demand is put to
		return i-tr.at <= 3
	case tr.k.typ == "ASSAULT" && prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis"):
		v := f.verb(tr.at)
		return (v == "напасти" || v == "нападати") && i-tr.at <= 5
	case tr.k.typ == "ACCUSE" && prep == "до" && hasCase(t, "v_rod") && tr.noun >= 0 && tr.noun < i && claims[f.low(tr.noun)]:
		// "подала до суду позов до лікарні": whom the claim is against
		// (not the court it is filed with)
		return i-tr.noun <= 3 && !courtNoun(f.low(i))
	case tr.k.typ == "SANCTION" && withPrep(prep) && hasCase(t, "v_oru") && tr.noun >= 0 && tr.noun < i && contracts[f.low(tr.noun)]:
		// "розірвало договір з фірмою", "розірвав контракт з
		// постачальником": the party the contract is broken with
		return i-tr.noun <= 3
	case tr.k.typ == "SANCTION" && (prep == "проти" || sanctionTopics[prep]) && tr.noun >= 0 && tr.noun < i:
		// "запровадили санкції проти російських банків", "обмеження
		// щодо 20 компаній": whom the measures hit
		return i-tr.noun <= 5
	}
	return false
}

// countedUnder returns the preposition before a number in figures that
// counts the noun at i, adjectives between them ("з 40 великими
// компаніями"), or "".
func (f *finder) countedUnder(i int) string {
	j := i - 1
	for j > 0 && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j--
	}
	if j < 1 || f.toks[j].Kind != vistka.Number || !isPrep(&f.toks[j-1]) {
		return ""
	}
	return f.low(j - 1)
}

// withCount reports whether p, a preposition from countedUnder, is з, the
// preposition of a partner counted: "уклав угоди з 40 компаніями".
func withCount(p string) bool { return p == "з" || p == "із" || p == "зі" }

// officeOf reports whether the token at i is one official named by office
// alone in the instrumental, a singular noun of offices, with the place or
// the body whose office it is after it in the genitive (мером Харкова,
// міністром оборони Естонії, головою Верховної Ради), no person's name
// after those.
func (f *finder) officeOf(i int) bool {
	t := &f.toks[i]
	if !offices[lower(t)] || strings.Contains(t.Tag, ":p:") || !hasCase(t, "v_oru") || i+1 >= len(f.toks) {
		return false
	}
	j := i + 1
	for j < len(f.toks) && j <= i+6 && hasCase(&f.toks[j], "v_rod") && (strings.HasPrefix(f.toks[j].Tag, "noun") || strings.HasPrefix(f.toks[j].Tag, "adj")) {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
			return false
		}
		j++
	}
	if j == i+1 {
		return false
	}
	for k := j; k < len(f.toks) && k <= j+2; k++ {
		if e := f.entityAt(k); e != "" && f.ents.Type(e) == "PERS" {
			return false // "з міністром закордонних справ Саудівської Аравії принцом Файсалом бін Фарханом": named after a rank
		}
	}
	return true
}

// offices are the nouns of one office a person may be named by alone:
// "з мером Харкова", "з головою обласної військової адміністрації".
var offices = map[string]bool{
	"мер": true, "мерка": true, "міністр": true, "міністерка": true, "посол": true, "посолка": true,
	"голова": true, "начальник": true, "начальниця": true, "губернатор": true, "губернаторка": true,
	"президент": true, "президентка": true, "прем'єр-міністр": true, "прем'єр-міністерка": true, "прем'єр": true,
	"прем'єрка": true, "канцлер": true, "канцлерка": true, "спікер": true, "спікерка": true, "очільник": true,
	"очільниця": true, "керівник": true, "керівниця": true, "командувач": true, "командувачка": true,
	"командир": true, "секретар": true, "генсек": true, "заступник": true, "заступниця": true,
	"уповноважений": true, "уповноважена": true, "омбудсмен": true, "омбудсменка": true, "директор": true,
	"директорка": true, "ректор": true, "ректорка": true, "староста": true, "примар": true,
}

// leadersOfCommon reports whether the plural leaders' noun at i has a
// common noun in the genitive right after it that names what they lead or
// stand for, no name: "з представниками бізнесу", "з керівниками громад"
// (not "з лідерами понад 20 країн", counted, whose leaders stand for
// the countries).
func (f *finder) leadersOfCommon(i int) bool {
	// (its adjectives or a number word between: "з представниками
	// ветеранських організацій", "з лідерами обох фракцій")
	k := i + 1
	for k < len(f.toks) && k <= i+3 && (strings.HasPrefix(f.toks[k].Tag, "adj") || strings.HasPrefix(f.toks[k].Tag, "numr")) && hasCase(&f.toks[k], "v_rod") && f.entityAt(k) == "" {
		k++
	}
	if !strings.Contains(f.toks[i].Tag, ":p:") || k >= len(f.toks) {
		return false
	}
	n := &f.toks[k]
	return strings.HasPrefix(n.Tag, "noun") && hasCase(n, "v_rod") && !strings.Contains(n.Tag, "pron") && !strings.Contains(n.Tag, ":prop") &&
		f.entityAt(k) == "" && (f.spanType(k) == "" || f.spanType(k) == "JOB") // (з представниками підприємців: a trade is no name)
}

// placeOfGroup reports whether the name e at j, a town, a district or a
// region in the genitive, only says where the people named by the plural
// common noun at i live or serve: right after residents ("з мешканцями
// Балаклії"), or after the genitive of what they lead ("з керівниками
// громад Ізюмського району"). Such people are the partner, not the place.
func (f *finder) placeOfGroup(i, j int, e string) bool {
	t := &f.toks[i]
	if f.ents.Type(e) != "LOC" || !hasCase(&f.toks[j], "v_rod") || !strings.Contains(t.Tag, ":p:") || isCountry(f.ents, e) {
		return false
	}
	if j == i+1 {
		return residents[f.low(i)]
	}
	return leaders[f.low(i)] && f.leadersOfCommon(i)
}

// residents are the people of a place, named by it: мешканці Балаклії.
var residents = map[string]bool{"мешканець": true, "житель": true, "мешканка": true, "жителька": true}

// courtNoun reports whether w names a court, which a claim is filed with,
// not brought against.
func courtNoun(w string) bool {
	return w == "суд" || w == "госпсуд" || w == "райсуд" || w == "трибунал"
}

// sanctionTopics are the prepositions of the matter that, after a
// sanction's noun, name whom it hits: "обмеження щодо Білорусі".
var sanctionTopics = map[string]bool{"щодо": true, "стосовно": true}

// budgetOf returns the town or region whose budget the money given by the
// verb at at comes from, in its clause before end: "виділять із бюджету
// Рівного", "з бюджету Київської області" (not a country's: "з бюджету
// України" names no place a thing is given in).
func (f *finder) budgetOf(at, end int) string {
	for j := at + 1; j+2 < end && j <= at+4; j++ {
		if l := f.low(j); (l == "з" || l == "із" || l == "зі") && f.low(j+1) == "бюджет" && hasCase(&f.toks[j+1], "v_rod") {
			k := j + 2
			for k < end && k <= j+4 && f.entityAt(k) == "" && strings.HasPrefix(f.toks[k].Tag, "adj") {
				k++
			}
			if e := f.entityAt(k); e != "" && k < end && f.ents.Type(e) == "LOC" && hasCase(&f.toks[k], "v_rod") && !isCountry(f.ents, e) {
				return e
			}
			return ""
		}
	}
	return ""
}

// quotedFigure reports whether the finite verb at i stands alone in
// quotation marks inside narration, a word used in a figurative sense that
// still tells what was done: "цей план вчергове «зарізала» Верховна Рада".
// A verb so marked inside words quoted in turn ("підписом „Так в Україні
// «мобілізують» добровольців“") is part of those words, not narration.
func (f *finder) quotedFigure(i int) bool {
	t := &f.toks[i]
	return !strings.Contains(t.Tag, ":inf") && i > 0 && i+2 < len(f.toks) &&
		f.toks[i-1].Kind == vistka.QuoteMark && f.toks[i+1].Kind == vistka.QuoteMark &&
		f.toks[i+2].Kind == vistka.Word && !(i > 1 && f.toks[i-2].Text == ":") && !f.withinQuote(i-1)
}

// withinQuote reports whether an opening quotation mark before j in its
// sentence is left open at j: „ or « with no closing mark after it.
func (f *finder) withinQuote(j int) bool {
	depth := 0
	for k := j - 1; k >= 0; k-- {
		switch t := &f.toks[k]; {
		case t.Kind == vistka.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?"):
			return false
		case t.Kind != vistka.QuoteMark:
		case t.Text == "»" || t.Text == "“" || t.Text == "”":
			depth++
		case t.Text == "«" || t.Text == "„":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// buys are verbs of buying, which give aid when others' efforts bought a
// thing for someone (see effortsAt).
var buys = map[string]bool{"придбати": true, "купити": true, "закупити": true, "придбавати": true, "купувати": true, "закуповувати": true}

// effortsAt returns the index of "зусиллями" after the verb at at in its
// clause (before end), with a genitive after it: "придбали … зусиллями
// міської ради"; -1 when there is none.
func (f *finder) effortsAt(at, end int) int {
	for j := at + 1; j+1 < end && j <= at+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if f.low(j) == "зусилля" && hasCase(t, "v_oru") && hasCase(&f.toks[j+1], "v_rod") {
			return j
		}
	}
	return -1
}

// benefactors returns those whose efforts are named from j on: a
// genitive phrase ("міської ради"), and more joined by та or і, in the
// genitive or as a body in the instrumental with its name in quotation
// marks ("та громадською організацією «Ліга керівників та
// роботодавців»").
func (f *finder) benefactors(j, end int) []string {
	var out []string
	for j < end {
		lo := j
		for j < end && strings.HasPrefix(f.toks[j].Tag, "adj") {
			j++
		}
		if j >= end || !strings.HasPrefix(f.toks[j].Tag, "noun") {
			break
		}
		name := f.entityAt(j)
		next := j + 1
		for name != "" && next < end && f.entityAt(next) == name {
			next++
		}
		if name == "" && next < end && f.toks[next].Kind == vistka.QuoteMark {
			if c := f.closingQuote(next, min(end, next+10)); c > next+1 {
				name, next = cmp.Or(f.entityAt(next+1), f.text(next+1, c)), c+1
			}
		}
		if name == "" {
			name = f.text(lo, j+1)
		}
		out = append(out, name)
		if next+1 >= end || f.low(next) != "та" && f.low(next) != "і" {
			break
		}
		j = next + 1
	}
	return out
}

// closingQuote returns the index of the mark that closes the quotation
// opened at open, before limit, or -1.
func (f *finder) closingQuote(open, limit int) int {
	for k := open + 1; k < limit; k++ {
		if t := &f.toks[k]; t.Kind == vistka.QuoteMark {
			if t.Text == "»" || t.Text == "”" || t.Text == "\"" {
				return k
			}
			return -1 // a mark nested inside
		}
	}
	return -1
}

// boughtFor returns for whom a thing bought by the verb at at is, in its
// clause before end: "для потреб райвідділу", "для лікарні"; "" when no
// для names it.
func (f *finder) boughtFor(at, end int) string {
	for j := at + 1; j+1 < end && j <= at+4; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if f.low(j) != "для" {
			continue
		}
		k := j + 1
		if f.low(k) == "потреба" && k+1 < end {
			k++ // "для потреб райвідділу": the unit's
		}
		lo := k
		for k < end && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k++
		}
		if k >= end || !strings.HasPrefix(f.toks[k].Tag, "noun") || !hasCase(&f.toks[k], "v_rod") {
			return ""
		}
		if e := f.entityAt(k); e != "" {
			return e
		}
		return f.text(lo, k+1)
	}
	return ""
}

// householdOf reports whether the name at i, in the genitive, names a
// family in the dative under no preposition ("подружжю Оксани та Віктора
// Ярут", "родині Петренків"), past the other names joined to it.
func (f *finder) householdOf(i int) bool {
	k := i - 1
	for k >= 0 && (f.entityAt(k) != "" || f.low(k) == "та" || f.low(k) == "і" || f.low(k) == "й") {
		k--
	}
	if k < 0 {
		return false
	}
	t := &f.toks[k]
	return households[f.low(k)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && f.governedBy(k) == ""
}

// ownerOfActor reports whether the name at i follows right after the
// name of one of actors (past a closing quote mark), as the genitive of
// whom the actor belongs to: "підприємство «Бета» Житомирської обласної
// ради".
func (f *finder) ownerOfActor(i int, actors []string) bool {
	e := f.entityAt(i)
	k := i - 1
	for k >= 0 && f.entityAt(k) == e {
		k--
	}
	if k > 0 && f.entityAt(k) == "" && f.toks[k].Kind == vistka.QuoteMark {
		k--
	}
	if k >= 0 && f.entityAt(k) != "" && slices.Contains(actors, f.entityAt(k)) {
		return true
	}
	// "Його зустрів голова Офісу Президента", "планує прибути
	// прем'єр-міністр України": the genitive of an actor named by a
	// phrase, the noun before it the phrase's
	if k < 0 || f.entityAt(k) != "" || !strings.HasPrefix(f.toks[k].Tag, "noun") {
		return false
	}
	end := i + 1
	for end < len(f.toks) && f.entityAt(end) == e {
		end++
	}
	owner := f.text(k, end)
	return slices.ContainsFunc(actors, func(a string) bool { return entity.Index(a) < 0 && strings.Contains(a, owner) })
}

// subjectsAfter returns the persons named in the nominative after the
// plural verb at at, in its clause, when at least two are: a subject
// put after its verb.
func (f *finder) subjectsAfter(at, end int) []string {
	out := f.entitiesAfter(at, end, func(j int, e string) bool {
		t := &f.toks[j]
		if f.ents.Type(e) != "PERS" && !f.joinedSides(j, e) {
			// (a body or a country only joined to another: "підписали
			// Україна та Польща")
			return false
		}
		return (hasCase(t, "v_naz") || f.ents.Type(e) != "PERS" && strings.Contains(t.Tag, ":nv")) && f.governedBy(j) == ""
	})
	if len(out) < 2 {
		return []string{}
	}
	return out
}

// underBefore returns the index of the noun among objs that під puts
// right before the verb at i, with adjectives between під and it and the
// name of whose measure it is after it ("Під підозру потрапили", "Під нові
// санкції Великої Британії потрапили"), or -1.
func (f *finder) underBefore(i int, objs []string) int {
	n := i - 1
	if e := f.entityAt(n); e != "" {
		// the owner's name, in the genitive or indeclinable
		for n >= 0 && f.entityAt(n) == e {
			if t := &f.toks[n]; !hasCase(t, "v_rod") && !strings.Contains(t.Tag, ":nv") && t.Kind == vistka.Word {
				return -1
			}
			n--
		}
	}
	if n < 1 || !strings.HasPrefix(f.toks[n].Tag, "noun") || !slices.Contains(objs, f.low(n)) {
		return -1
	}
	j := n - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j--
	}
	if j < 0 || f.low(j) != "під" {
		return -1
	}
	return n
}

// namesAfter returns the names in the nominative after the verb at at,
// up to end or the next verb, that no preposition governs: the subjects
// of a verb put after them ("Під санкції потрапили Ротенберг і
// Абрамович").
func (f *finder) namesAfter(at, end int) []string {
	return f.entitiesAfter(at, end, func(j int, e string) bool {
		t := &f.toks[j]
		if f.governedBy(j) != "" {
			return false
		}
		return hasCase(t, "v_naz") || f.ents.Type(e) != "PERS" && (strings.Contains(t.Tag, ":nv") || t.Kind != vistka.Word || !strings.Contains(t.Tag, "v_"))
	})
}

// entitiesAfter returns the entities named after the verb at at, up to
// end or the next verb, each once, that keep accepts.
func (f *finder) entitiesAfter(at, end int, keep func(j int, e string) bool) []string {
	var out []string
	for j := at + 1; j < end; j++ {
		if strings.HasPrefix(f.toks[j].Tag, "verb") {
			break
		}
		if e := f.entityAt(j); e != "" && !slices.Contains(out, e) && keep(j, e) {
			out = append(out, e)
		}
	}
	return out
}

// duringSides returns the sides of the meeting the sentence sets itself
// in, "під час переговорів X та Y" or "під час зустрічі X з Y", wherever it
// stands in the sentence; nil when there is none.
func (f *finder) duringSides() []string {
	for i := 0; i+2 < len(f.toks); i++ {
		if f.low(i) != "під" || f.low(i+1) != "час" || !meetingNouns[f.low(i+2)] {
			continue
		}
		j := i + 2
		sides := f.sidesAfter(trig{at: j, noun: j, k: kind{"CONSULT", "meet"}})
		if p := f.duringPartner(len(f.toks)); p != "" && !slices.Contains(sides, p) {
			sides = append(sides, p)
		}
		return sides
	}
	return nil
}

// capitalised reports whether the word at n, not the first of its
// sentence nor after a quotation mark, begins with a capital letter: a
// common noun that opens a name ("Конференції з відновлення України").
func (f *finder) capitalised(n int) bool {
	if n < 1 || n >= len(f.toks) || f.toks[n-1].Kind == vistka.QuoteMark || f.toks[n-1].Kind == vistka.Punct && f.toks[n-1].Text != "," {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.toks[n].Text)
	return unicode.IsUpper(r)
}

// spokeAt are the verbs of speaking at a gathering, taking part in it
// only when the gathering or its body is named.
var spokeAt = map[string]bool{"виступити": true, "виступати": true}

// deliveries are the verbs of aid brought somewhere: the place it was
// brought to (до Херсона, у Херсон) is the one aided.
var deliveries = map[string]bool{"доставити": true, "доставляти": true, "привезти": true, "привозити": true}

// duringPartner returns the partner of the meeting a clause sets its verb
// at in ("під час телефонної розмови з Марко Рубіо обговорив", "у ході
// розмови з", "на зустрічі з"), or "".
func (f *finder) duringPartner(at int) string {
	for i := 0; i+1 < at; i++ {
		// (also "у ході розмови з", "на зустрічі з", "за результатами
		// переговорів з", "після розмови з")
		n := 0
		switch l, m := f.low(i), f.low(i+1); {
		case l == "під" && m == "час", (l == "у" || l == "в") && (m == "хід" || m == "ході"), l == "за" && (m == "результат" || m == "підсумок"):
			n = 2
		case l == "на" || l == "після":
			n = 1
		default:
			continue
		}
		for j := i + n; j < at && j <= i+5; j++ {
			if !meetingNouns[f.low(j)] {
				continue
			}
			if k := j + 1; k+1 < at && (f.low(k) == "з" || f.low(k) == "із") {
				for m := k + 1; m < at && m <= k+6; m++ {
					if e := f.entityAt(m); e != "" && f.ents.Type(e) == "PERS" {
						return e
					}
				}
			}
			return ""
		}
	}
	return ""
}

// nvAfterPrep reports whether the indeclinable name e at i, which the
// tagger may read as a nominative, follows a preposition right before
// its first word: "з Марко Рубіо".
func (f *finder) nvAfterPrep(i int, e string) bool {
	if e == "" || !strings.Contains(f.toks[i].Tag, ":nv") {
		return false
	}
	k := i
	for k > 0 && f.entityAt(k-1) == e {
		k--
	}
	return k > 0 && isPrep(&f.toks[k-1])
}

// firmWordBefore returns the word for a firm, outside the name, that the
// firm's name e at i stands in apposition to ("компанією ТОВ «Альфа»",
// "підприємству «Бета»"), or -1.
func (f *finder) firmWordBefore(i int, e string) int {
	if e == "" || f.ents.Type(e) != "ORG" {
		return -1
	}
	k := i
	for k > 0 && f.entityAt(k-1) == e {
		k--
	}
	if k > 0 && f.toks[k-1].Kind == vistka.QuoteMark && f.entityAt(k-1) == "" {
		k--
	}
	if k > 0 && legalForms[f.low(k-1)] && strings.HasPrefix(f.toks[k-1].Tag, "noun") && f.entityAt(k-1) == "" {
		return k - 1
	}
	return -1
}

// titleBefore returns the animate noun in an oblique case that the name e
// at i stands in apposition to, past a genitive tail (держсекретарем США
// Марко Рубіо), or -1.
func (f *finder) titleBefore(i int, e string) int {
	k := i
	for k > 0 && f.entityAt(k-1) == e {
		k--
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && !hasCase(t, "v_naz") && !hasCase(t, "v_rod") {
			if o := f.entityAt(j); o != "" && o != e && f.ents.Type(o) == "PERS" {
				return -1 // another person's name: "з Олафом Бекером Петро Коваль подякував"
			}
			return j
		}
		if j > 0 && hasCase(t, "v_mis") && (f.low(j-1) == "в" || f.low(j-1) == "у") {
			j-- // the post: "з послом Японії в Україні Масаші Накагоме"
			continue
		}
		if !hasCase(t, "v_rod") && !strings.Contains(t.Tag, ":nv") {
			return -1
		}
	}
	return -1
}

// andTitled reports whether the name e at i follows і/та, right before it
// or before the title it stands in apposition to: "і канцлером Німеччини
// Фрідріхом Мерцом".
func (f *finder) andTitled(i int, e string) bool {
	k := i
	for k > 0 && f.entityAt(k-1) == e {
		k--
	}
	if j := f.titleBefore(i, e); j >= 0 {
		k = j
	}
	if k > 1 && withPrep(f.low(k-1)) && (isAnd(&f.toks[k-2]) || f.low(k-2) == "також") {
		k-- // "…, а також з послом України в НАТО Вадимом Пристайком"
	}
	return k > 0 && (isAnd(&f.toks[k-1]) || f.low(k-1) == "також")
}

// nameAhead reports whether the adjectives from i lead to a name:
// "проти російського «Газпрому»" is against Газпром, not Росія.
func (f *finder) nameAhead(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		t := &f.toks[j]
		if f.entityAt(j) != "" {
			return true
		}
		if t.Kind != vistka.QuoteMark && !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// againstPhrase reports whether the adjective at i stands in a phrase
// under проти, past numbers and words of quantity: "проти понад 50
// російських компаній".
func (f *finder) againstPhrase(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := &f.toks[j]
		switch {
		case lower(t) == "проти":
			return true
		case lower(t) == "на" && j > 0 && (f.low(j-1) == "санкція" || f.low(j-1) == "санкції"):
			return true // "наклали санкції на російські банки"
		case sanctionTopics[lower(t)] && j > 0 && nouns[f.low(j-1)].typ == "SANCTION":
			return true // "санкції щодо 20 російських компаній"
		case t.Kind == vistka.Number, strings.HasPrefix(t.Tag, "adj"), strings.HasPrefix(t.Tag, "numr"), quantityWords[lower(t)]:
		default:
			return false
		}
	}
	return false
}

// quantityWords bound a number: понад 50, близько 20.
var quantityWords = map[string]bool{"понад": true, "близько": true, "майже": true, "щонайменше": true, "приблизно": true, "більш": true, "більше": true, "ніж": true, "до": true}

// freeIndeclinable reports an indeclinable name (НАТО, ЄС) that does not
// hang on the noun before it: "звинуватило НАТО", not "секретаря НАТО".
func (f *finder) freeIndeclinable(i int) bool {
	t := &f.toks[i]
	if !strings.Contains(t.Tag, ":nv") {
		return false
	}
	return i == 0 || !strings.HasPrefix(f.toks[i-1].Tag, "noun") && !strings.HasPrefix(f.toks[i-1].Tag, "adj")
}

// against are the event types whose target "проти X" names: sanctions
// against Russia are against it, support for sanctions against Russia is
// not support for Russia.
var against = map[string]bool{
	"SANCTION": true, "ACCUSE": true, "ASSAULT": true, "THREATEN": true, "PROTEST": true,
	"COERCE": true, "REJECT": true, "MOBILIZE": true,
}

// coerced are the event types done to someone a pronoun in the
// accusative may stand for: суд узяв його під варту.
// harms are the verbs of an attack that name the people hurt as their
// object: "поранили 11 людей", "вбили двох цивільних" (the animate
// accusative has the genitive's form, which the tagger may read); people
// of a named place or body ("поранили трьох мешканців Херсона") are left
// to that name.
var harms = map[string]bool{"поранити": true, "вбити": true, "убити": true, "травмувати": true, "скалічити": true,
	"ранити": true, "поранювати": true, "вбивати": true, "убивати": true}

var coerced = map[string]bool{"COERCE": true, "ACCUSE": true, "SANCTION": true, "ASSAULT": true}

// withInstrument are the event types for which "з X" names what was used
// (обстріляли Харків із РСЗВ), not a partner.
var withInstrument = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "THREATEN": true, "PROTEST": true}

// topicVerbs take what is talked about as their object, not whom:
// обговорили постачання ППО.
var topicVerbs = map[string]bool{"обговорити": true, "обговорювати": true}

// stopWord tells a word that ends the reach of a trigger's objects: what
// follows gives a reason or a circumstance. (A switch: objects asks about
// every word it reads, and most are none of these five.)
func stopWord(l string) bool {
	switch l {
	case "через", "внаслідок", "оскільки", "бо", "адже":
		return true
	}
	return false
}

// hasFormat reports whether a meeting is multilateral: the trigger is a
// summit, or the sentence sets the meeting in a format or at a forum (у
// форматі С5+1, на саміті, на засіданні), not merely talks about one
// (підготовку до саміту).
func (f *finder) hasFormat(tr trig) bool {
	if multilateralWords[f.low(tr.at)] {
		return !f.twoSided(tr.at)
	}
	for i := range f.toks {
		t := &f.toks[i]
		if multilateralWords[lower(t)] && hasCase(t, "v_mis") && !f.twoSided(i) && !f.inDiscussed(tr, i) && !f.asideRelative(i, tr.at) {
			return true
		}
		if lower(t) == "багатосторонній" {
			return true
		}
	}
	return false
}

// asideRelative reports whether the word at i stands in a relative
// clause of який or котрий set off by commas that closes before the
// trigger at: "міністр Ірина Коваль, яка очолює українську делегацію на
// конференції, провела переговори з керівництвом компанії" met the firm;
// the conference is where she is, not the format of the talks.
func (f *finder) asideRelative(i, at int) bool {
	if i >= at {
		return false
	}
	opened := false
	for k := i - 1; k > 0; k-- {
		if t := f.toks[k].Text; t == "," || t == "—" || t == "–" || t == "(" {
			break
		}
		if l := f.low(k); (l == "який" || l == "котрий") && hasCase(&f.toks[k], "v_naz") {
			opened = f.toks[k-1].Text == ","
			break
		}
	}
	if !opened {
		return false
	}
	for k := i + 1; k < at; k++ {
		if f.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// inDiscussed reports whether the word at i stands in what the
// discussion verb at tr names, after its object: "обговорили наступне
// засідання … у форматі «Рамштайн»" sets the meeting talked about in the
// format, not the talks.
func (f *finder) inDiscussed(tr trig, i int) bool {
	if !tr.verb || !discussVerbs[f.verb(tr.at)] || i <= tr.at {
		return false
	}
	for k := tr.at + 1; k < i; k++ {
		t := &f.toks[k]
		if endsSentence(t) {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_zna") && f.entityAt(k) == "" && f.spanType(k) == "" && f.governedBy(k) == "" {
			return true
		}
	}
	return false
}

// twoSided reports whether the summit at i is named by its two sides
// joined by a dash, and no third: "саміт Україна – ЄС" is a meeting of
// two, "саміт Україна – ЄС – Японія" is not.
func (f *finder) twoSided(i int) bool {
	a := i + 1
	if a >= len(f.toks) || f.entityAt(a) == "" {
		return false
	}
	j := a
	for j < len(f.toks) && f.entityAt(j) == f.entityAt(a) {
		j++
	}
	if j+1 >= len(f.toks) || !isDash(&f.toks[j]) || f.entityAt(j+1) == "" {
		return false
	}
	k := j + 1
	for k < len(f.toks) && f.entityAt(k) == f.entityAt(j+1) {
		k++
	}
	return k >= len(f.toks) || !isDash(&f.toks[k])
}

// discussVerbs tell talks by what was talked about, their object.
var discussVerbs = map[string]bool{"обговорити": true, "обговорювати": true}

// mediated reports whether the sentence makes a meeting mediated: a
// mediation word stands in it, and not as the role talked about
// ("обговорив роль Дохи як посередника", "роль Катару як посередниці"):
// that is the topic of a meeting of two, not a go-between at it.
func (f *finder) mediated() bool {
	for i := range f.toks {
		if !mediationWords[f.low(i)] {
			continue
		}
		roleOf := false
		for j := i - 1; j >= 0 && j >= i-5 && f.toks[j].Kind != vistka.Punct; j-- {
			if f.low(j) == "роль" {
				roleOf = true
				break
			}
		}
		if !roleOf {
			return true
		}
	}
	return false
}

// has reports whether a word of the sentence has one of the lemmas.
func (f *finder) has(lemmas map[string]bool) bool {
	for i := range f.toks {
		if lemmas[f.low(i)] {
			return true
		}
	}
	return false
}

// date returns the value of the date in the sentence nearest to the trigger.
func (f *finder) date(dates []vistka.Date, at int) string {
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
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
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
		if f.low(k) == "а" && f.toks[k-1].Text == "," && f.toks[k+1].RStart == pos {
			return true
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

// alsoThen returns the day the sentence before names ahead of its verb
// when this one goes on with that sentence's subject by a pronoun and
// також ("Напередодні речниця МЗС Росії Марія Захарова заявила, що … Вона
// також пригрозила Франції"): what the subject also did that day. It
// returns "" otherwise.
func (f *finder) alsoThen(tr trig, actors []string, dates []vistka.Date) string {
	if f.s == 0 || !tr.verb || tr.at > 3 || len(f.toks) < 3 || f.low(1) != "також" {
		return ""
	}
	if p := f.low(0); p != "він" && p != "вона" && p != "вони" {
		return ""
	}
	who := f.entityAt(0)
	if who == "" || !slices.Contains(actors, who) {
		return ""
	}
	prev := f.a.Sentences[f.s-1]
	verb := -1
	named := false
	for i := range prev.Tokens {
		t := &prev.Tokens[i]
		if strings.HasPrefix(t.Tag, "verb") {
			verb = t.RStart
			break
		}
		named = named || f.ents.At(t.RStart, t.REnd) == who
	}
	if verb < 0 || !named {
		return ""
	}
	day := ""
	for _, d := range dates {
		if d.Value == nil || d.Start < prev.RStart || d.Start >= verb || len(*d.Value) != len("2006-01-02") {
			continue
		}
		if day != "" && day != *d.Value {
			return ""
		}
		day = *d.Value
	}
	return day
}

// announcement returns the last event of the statement that the sentence
// says came after the meeting noun at at ("Оголошення пролунало після
// зустрічі польського міністра з Шмигалем" after "Косіняк-Камиш у
// вівторок у Варшаві оголосив, що Польща передасть …"): an event of
// the last of the five sentences before whose verb the sentence's
// first noun names. It returns nil otherwise.
func (f *finder) announcement(at int) *vistka.Event {
	if at < 3 || f.low(at-1) != "після" || !hasCase(&f.toks[0], "v_naz") {
		return nil
	}
	verb := statementNouns[f.low(0)]
	if verb == "" || !slices.ContainsFunc(f.toks[1:at-1], func(t vistka.Token) bool { return soundedVerbs[verbLemma(&t)] }) {
		return nil
	}
	for k := len(f.before) - 1; k >= 0 && f.sentencesSince(&f.before[k]) <= 5; k-- {
		e := &f.before[k]
		for s := f.s - 1; s >= 0; s-- {
			if sent := f.a.Sentences[s]; sent.RStart == e.Sentence.Start {
				if slices.ContainsFunc(sent.Tokens, func(t vistka.Token) bool { return verbLemma(&t) == verb }) {
					return e
				}
				break
			}
		}
	}
	return nil
}

// statementNouns are the nouns of a statement with the verb it is made
// by; soundedVerbs say that one was made.
var (
	statementNouns = map[string]string{"оголошення": "оголосити", "заява": "заявити"}
	soundedVerbs   = map[string]bool{"пролунати": true, "прозвучати": true}
)

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
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].RStart >= start })
	if k == 0 || k >= len(f.toks) || f.toks[k].RStart != start {
		return false
	}
	switch f.low(k - 1) {
	case "з", "із", "зі", "від":
	default:
		return false
	}
	e := sort.Search(len(f.toks), func(e int) bool { return f.toks[e].RStart >= end })
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

// townLeft returns the town or region that the verb of leaving at at
// takes as its object right after it: "підрозділи залишили Дебальцеве",
// "війська покинули Херсон". It returns "" when there is none.
func (f *finder) townLeft(at int) string {
	leaves := func(v string) bool {
		return v == "залишити" || v == "залишати" || v == "покинути" || v == "покидати"
	}
	if !leaves(f.verb(at)) {
		// "залишили Дебальцеве і відійшли на нові рубежі": the verb of
		// leaving joined before the one that withdraws
		k := at - 1
		if k < 1 || !isAnd(&f.toks[k]) {
			return ""
		}
		for k--; k >= 0 && at-k <= 5 && f.toks[k].Kind != vistka.Punct; k-- {
			if strings.HasPrefix(f.toks[k].Tag, "verb") {
				break
			}
		}
		if k < 0 || !strings.HasPrefix(f.toks[k].Tag, "verb") || !leaves(f.verb(k)) {
			return ""
		}
		at = k
	}
	if j := at + 1; j < len(f.toks) {
		// (a neuter town's name reads the same in the nominative)
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && (hasCase(&f.toks[j], "v_zna") || hasCase(&f.toks[j], "v_naz")) {
			return e
		}
	}
	return ""
}

// tookPlaceIn returns the place the relative clause after the gathering's
// noun at at says it took place in: "Переговори між «Нафтогазом» та
// «Газпромом», що відбулися в середу в Москві" (see tookPlace). It
// returns "" when there is none.
func (f *finder) tookPlaceIn(at int) string {
	quoted := false // inside a quoted name: "у форумі «Україна – Польща: безпека разом», що відбувся"
	for k := at + 1; k < len(f.toks) && k <= at+25; k++ {
		t := &f.toks[k]
		switch {
		case t.Text == "«":
			quoted = true
			continue
		case t.Text == "»":
			quoted = false
			continue
		case quoted:
			continue
		}
		if t.Kind == vistka.Punct && t.Text != "," && t.Text != "–" && t.Text != "—" || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if l := f.low(k); (l == "що" || l == "який") && f.toks[k-1].Text == "," && f.tookPlace(at, k) {
			for j := k + 2; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
				if p := f.low(j - 1); (p == "в" || p == "у") && hasCase(&f.toks[j], "v_mis") {
					if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" {
						return e
					}
				}
			}
			return ""
		}
	}
	return ""
}

// tookPlace reports whether the relative clause at k, on the noun of a
// gathering at at, tells that it took place: "Переговори …, що
// відбулися в середу в Москві", "саміту Україна – ЄС, що відбувся в
// понеділок у Києві" — its day and its place are the gathering's.
func (f *finder) tookPlace(at, k int) bool {
	if !strings.HasPrefix(f.toks[at].Tag, "noun") || k+1 >= len(f.toks) {
		return false
	}
	if l := f.low(at); !meetingNouns[l] && !multilateralWords[l] {
		return false
	}
	switch f.low(k + 1) {
	case "відбутися", "відбуватися", "пройти", "проходити":
		return true
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
		if f.low(k) == "на" && isPrep(&f.toks[k]) && strings.HasPrefix(f.toks[k+1].Tag, "noun") && hasCase(&f.toks[k+1], "v_zna") {
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
	d := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].RStart >= start })
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
	d := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].RStart >= start })
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
		case strings.HasPrefix(f.toks[k].Tag, "noun") && hasCase(&f.toks[k], "v_naz"):
			return false // "… командирам, яких звинуватила Угорщина": a doer of its own, who may act that day
		}
	}
	return false
}

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

// afterNa reports whether the date that starts at start follows на.
func (f *finder) afterNa(start int) bool {
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].RStart >= start })
	return k > 0 && k < len(f.toks) && f.toks[k].RStart == start && f.low(k-1) == "на"
}

// yearOfNoun reports whether the year that starts at code point start
// hangs on the noun right before it, one that names no event:
// "Олімпійських ігор 2026 року", "бюджету 2025 року", and in another
// case than the genitive "в Олімпійських іграх 2026 року", "на
// чемпіонаті 2026 року"; a noun of a part of the year ("на початку 2025
// року", "в середині 2025 року") names when.
func (f *finder) yearOfNoun(start int) bool {
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].RStart >= start })
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

// aux reads future, negation and hypothetical from the trigger and the
// words before it in its sentence.
func (f *finder) aux(tr trig) []string {
	aux := []string{}
	t := &f.toks[tr.at]
	// (a perfective verb has no present: the tagger's perf:pres is its
	// future, as in "попередили, що … перекриють трасу")
	future := strings.Contains(t.Tag, "futr") || strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, ":perf") && strings.Contains(t.Tag, ":pres")
	if tr.verb && f.verb(tr.at) == "закидати" {
		// a reproach is the imperfective закидати, whose present the
		// tagger may read as the perfective's future (закидати яйцями)
		future = strings.Contains(t.Tag, "futr")
	}
	if tr.verb && f.verb(tr.at) == "готувати" && tr.noun > tr.at {
		future = true // "готує апеляційну скаргу": the appeal is still to come
	}
	if tr.verb && tr.at > 0 && strings.Contains(t.Tag, ":inf") {
		for _, k := range f.framedInfinitives(tr.at) {
			switch f.verb(k - 1) {
			case "пообіцяти", "обіцяти":
				future = true // "пообіцяв зустрітися": still to come
			case "погодитися", "погоджуватися":
				future = true // "погодився виділити": consent to what is still to come, as news6 and news7 mark it
			}
			future = future || f.statedPlan(k) // "має намір оскаржити"
			future = future || f.voicedWill(k) // "висловив готовність підписати"
			if m, _ := f.modal(k); k != tr.at && m == "future" {
				future = true // "має зустрітися з мером і підписати": the frame of the first
			}
		}
	}
	if tr.verb && strings.HasPrefix(t.Tag, "advp") {
		if k := f.infinitiveBeforeParticiple(tr.at); k > 0 {
			switch f.verb(k - 1) {
			case "пообіцяти", "обіцяти":
				future = true // "пообіцяла проконтролювати особисто, завітавши в кілька домівок": the visit is promised too
			}
		}
	}
	neg, hyp := false, false
	mod := -1 // the modal word read here, not read again as hypothetical
	if tr.verb && strings.Contains(t.Tag, ":inf") {
		var m string
		m, mod = f.modal(tr.at)
		switch {
		case m == "future":
			future = true
		case m == "hypothetical" && f.low(mod) == "мати" && f.butNotDone(tr.at):
			neg = true // "мав прибути, але візит скасували": it did not happen
		case m == "hypothetical":
			hyp = true
		}
		if k, not := f.futureAfter(tr.at); k >= 0 {
			// "оскаржувати рішення фірма не буде": the future put after
			// the infinitive, negated or not
			future, neg = true, neg || not
		}
		neg = neg || f.failedAfter(tr.at) // "Сторони домовитися не змогли": not done
	}
	if !tr.verb {
		// "Зустріч … відбудеться в Гаазі", "Саміт запланований на
		// червень", "Переговори не відбулися": the verb the noun is the
		// subject of, in its clause
		// (past the names of its sides: "Зустріч Володимира Зеленського
		// з Дональдом Трампом не відбулася")
		for j := tr.at + 1; j < len(f.toks) && j <= tr.at+10 && f.toks[j].Kind != vistka.Punct; j++ {
			w := &f.toks[j]
			if futureWords[f.low(j)] {
				future = true
			}
			if strings.HasPrefix(w.Tag, "verb") && strings.Contains(w.Tag, ":inf") && j > tr.at+6 {
				break // "листи … з вимогою не допустити": what is demanded, no verb of the noun's
			}
			if strings.HasPrefix(w.Tag, "verb") {
				future = future || strings.Contains(w.Tag, "futr")
				neg = f.low(j-1) == "не"
				if f.verb(j) == "мати" && j+1 < len(f.toks) && strings.Contains(f.toks[j+1].Tag, ":inf") {
					// "Переговори мають відбутися": what is to be; "мали
					// відбутися": not said to have been
					if strings.Contains(w.Tag, ":past") {
						hyp = true
					} else {
						future = true
					}
				}
				break
			}
		}
	}
	for i := 0; i < len(f.toks); i++ {
		w := &f.toks[i]
		l := f.low(i)
		if i < tr.at && futureWords[l] && !(l == "наступний" && i+1 < len(f.toks) && f.low(i+1) == "день" && strings.Contains(t.Tag, "past")) {
			// ("Наступного дня суд узяв його під варту": the day after,
			// already past)
			future = true
		}
		if i < tr.at && i >= tr.at-3 && strings.HasPrefix(w.Tag, "verb") && strings.Contains(w.Tag, "futr") &&
			!(strings.HasSuffix(w.Tag, ":1") && i+1 < len(f.toks) && f.toks[i+1].Text == ",") {
			// буде підписано, матиме; not the writer's "Нагадаємо, …",
			// "Зазначимо, …" set off by a comma
			future = true
		}
		if i < tr.at && i >= tr.at-2 && l == "не" {
			neg = true
		}
		if i == tr.at+1 && l == "не" && i+1 < len(f.toks) && f.toks[i+1].Lemma == "бути" && strings.Contains(t.Tag, ":impers") {
			neg = true // "згоди досягнуто не було": the impersonal form's бути negated after it
		}
		if i < tr.at && i >= tr.at-4 && l == "не" && i+1 < tr.at && hypotheticalWords[f.low(i+1)] && strings.HasPrefix(f.toks[i+1].Tag, "verb") {
			neg = true // "не могли відверто надавати підтримку": the frame negated
		}
		if i >= tr.at-4 && i <= tr.at+1 && hypotheticalWords[l] && i != mod && !(f.asBestCould(i) && !strings.Contains(t.Tag, ":inf")) {
			// ("як міг допомагав": as best he could; "як міг він
			// допомогти?" asks what could be)
			hyp = true
		}
	}
	if future {
		aux = append(aux, "future")
	}
	if neg {
		aux = append(aux, "negation")
	}
	if hyp {
		aux = append(aux, "hypothetical")
	}
	return aux
}

// unmetCondition reports whether the verb at at is negated in a clause of
// якщо or якби that it opens within a few words: "якщо Вільнюс не
// скасує", "якщо Росія не виведе війська". The condition is not done,
// nor said to be.
func (f *finder) unmetCondition(at int) bool {
	if at < 2 || f.low(at-1) != "не" || !strings.HasPrefix(f.toks[at].Tag, "verb") {
		return false
	}
	for j := at - 2; j >= 0 && j >= at-5; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); l == "якщо" || l == "якби" {
			return true
		}
	}
	return false
}

// inObject reports whether token i belongs to the first noun phrase after
// the trigger: its object and the genitives hanging on it (привітав
// зусилля Сполучених Штатів), before any preposition or comma.
func (f *finder) inObject(tr trig, i int) bool {
	from0 := tr.at + 1
	if k := tr.noun; k > tr.at+1 && k-tr.at <= 2 && isPrep(&f.toks[k-1]) && i > k {
		from0 = k + 1 // "узяв під варту начальника поста": past the pair's phrase
	}
	from := tr.at
	for j := from0; j < i; j++ {
		t := &f.toks[j]
		if f.chargeTitle(j) {
			from += 2 // "викликало тимчасового повіреного у справах Росії": one title
			continue
		}
		if j == tr.at+1 && tr.verb && (f.low(j) == "й" || f.low(j) == "і") && j+1 <= i && !strings.HasPrefix(f.toks[j+1].Tag, "verb") && !hasCase(&f.toks[j+1], "v_naz") && !f.verbInClause(j+1) {
			// "кошти виділили й подружжю Казимирських": й is "also",
			// right after the verb ("підтримав і суд його задовольнив"
			// joins a clause with a subject of its own)
			from++
			continue
		}
		if n := f.termFor(j); n > 0 && j == tr.at+1 && j+n <= i {
			// "дискваліфікувало на чотири роки біатлоністку",
			// "заарештував на два місяці директора": past the term
			j += n - 1
			from += n
			continue
		}
		if n := f.caughtIn(j); n > 0 && coerced[tr.k.typ] && j == tr.at+1 && j+n <= i {
			// "затримала на хабарі інспектора", "викрила на гарячому
			// двох грабіжників": past where they were caught
			j += n - 1
			from += n
			continue
		}
		if j == tr.at+1 && j+2 <= i && isPrep(t) && f.adjectiveClosesPhrase(j+1, vtag.Case(f.toks[i].Tag)) {
			// "затримали на гарячому посадовця": past the adverbial
			j++
			from += 2
			continue
		}
		if n := f.timeAt(j); n > 0 && j == from+1 && j+n <= i {
			// "привітав у понеділок Зеленського", "затримала 15 березня
			// в Києві …": past when
			j += n - 1
			from += n
			continue
		}
		if n := f.placeAt(j); n > 0 && j == from+1 && j+n <= i {
			// "затримала на Львівщині Івана Петренка", "привітав у
			// Парижі Зеленського": past where
			j += n - 1
			from += n
			continue
		}
		if l := f.low(j); coerced[tr.k.typ] && (l == "понад" || l == "близько") && j+1 < len(f.toks) && (f.toks[j+1].Kind == vistka.Number || strings.HasPrefix(f.toks[j+1].Tag, "numr")) {
			continue // "затримала понад 50 осіб": a bound of the count, not a preposition
		}
		if isPrep(t) || t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
	}
	// "оголосило персонами нон грата трьох співробітників посольства
	// Росії": past the object noun of the pair
	if k := tr.noun; k > from && f.low(k) == "персона" && k+2 < len(f.toks) && f.low(k+2) == "грата" {
		from = k + 2
	}
	return i-from <= 5
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

// placeAt returns how many tokens from j name a place under в, у or на
// in the locative ("на Львівщині", "у Києві"), or 0.
func (f *finder) placeAt(j int) int {
	if l := f.low(j); l != "в" && l != "у" && l != "на" || !isPrep(&f.toks[j]) || j+1 >= len(f.toks) {
		return 0
	}
	e := f.entityAt(j + 1)
	if e == "" || f.ents.Type(e) != "LOC" || !hasCase(&f.toks[j+1], "v_mis") {
		return 0
	}
	k := j + 1
	for k < len(f.toks) && f.entityAt(k) == e {
		k++
	}
	return k - j
}

// voidsNorm reports whether "таким" at j opens ", що не відповідає …",
// ", що суперечить …" or ", що втратив чинність": a norm struck down.
func (f *finder) voidsNorm(j int) bool {
	if j+3 >= len(f.toks) || f.toks[j+1].Text != "," || f.low(j+2) != "що" {
		return false
	}
	switch k := j + 3; {
	case f.low(k) == "не" && k+1 < len(f.toks) && f.low(k+1) == "відповідати":
		return true
	case f.low(k) == "суперечити":
		return true
	case f.low(k) == "втратити" && k+1 < len(f.toks) && f.low(k+1) == "чинність":
		return true
	}
	return false
}

// routeNouns are the parts of a town one passes through, in the
// instrumental: центром Вільнюса, вулицями Тбілісі.
var routeNouns = map[string]bool{"центр": true, "вулиця": true, "проспект": true, "площа": true}

// termFor returns the length of a term "на чотири роки", "на місяць",
// "на два тижні" that opens at token j, or 0.
func (f *finder) termFor(j int) int {
	if f.low(j) != "на" {
		return 0
	}
	k := j + 1
	for k < len(f.toks) && (strings.HasPrefix(f.toks[k].Tag, "numr") || f.toks[k].Kind == vistka.Number) {
		k++
	}
	if k < len(f.toks) && termNouns[f.low(k)] {
		return k - j + 1
	}
	return 0
}

// termNouns are the units of a term: на чотири роки, на місяць.
var termNouns = map[string]bool{"рік": true, "місяць": true, "тиждень": true, "день": true, "доба": true}

// verbInClause reports whether a finite verb follows toks[j] before the
// clause ends at a punctuation mark: "і суд його задовольнив".
func (f *finder) verbInClause(j int) bool {
	for k := j; k < len(f.toks) && f.toks[k].Kind != vistka.Punct; k++ {
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			return true
		}
	}
	return false
}

// repeats reports whether an event of the same kind by the same actors was
// read from an earlier sentence.
func (f *finder) repeats(ev vistka.Event) bool {
	for _, b := range f.before {
		if b.Type == ev.Type && b.Mode == ev.Mode && slices.Equal(b.Actors, ev.Actors) {
			return true
		}
	}
	return false
}

// crowds are nouns of number that make a group of the people counted
// after them a subject: тисячі людей вийшли на акцію протесту.
// A група of people counted after it is one too: група громадських
// діячів відвідала штаб-квартиру НАТО (not група компаній).
var crowds = map[string]bool{"група": true, "тисяча": true, "сотня": true, "десяток": true, "десятки": true, "сотні": true, "тисячі": true, "мільйон": true}

// actorNouns are common nouns for those who act as a body: a court, a
// prosecutor's office, a community. Any animate noun (прикордонники,
// мешканці, козаки) acts too.
// actorNoun reports whether w is a noun of actorNouns, or a compound
// whose first part is one: "компанія-оператор", "фірма-підрядник".
func actorNoun(w string) bool {
	if actorNouns[w] {
		return true
	}
	head, _, ok := strings.Cut(w, "-")
	return ok && actorNouns[head]
}

// crews are the nouns of a team or a crew as the one greeted, thanked,
// helped or sent (привітав команду з перемогою, нагородив екіпаж), not
// as a doer.
var crews = map[string]bool{"команда": true, "збірна": true, "екіпаж": true}

// crewSent reports whether the crew at i is the object of a verb of
// sending right before it (направила команду фахівців, не направляти
// збірну): what is sent, no party.
func (f *finder) crewSent(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "verb") {
			return sendVerbs[f.low(j)]
		}
	}
	return false
}

var actorNouns = map[string]bool{
	"суд": true, "прокуратура": true, "поліція": true, "кіберполіція": true, "міліція": true, "слідство": true, "арбітраж": true,
	"міськрада": true, "облрада": true, "райрада": true, "рада": true, "фонд": true,
	"комісія": true, "громада": true, "діаспора": true, "спільнота": true, "інспекція": true, "служба": true, "управління": true,
	"департамент": true, "міністерство": true, "відомство": true, "адміністрація": true,
	"райдержадміністрація": true, "облдержадміністрація": true, "госпсуд": true, "райсуд": true,
	"військо": true, "війська": true, "армія": true, "загін": true, "організація": true, "профспілка": true, "партія": true, "блок": true,
	"компанія": true, "фірма": true, "підприємство": true, "товариство": true, "банк": true,
	// a town's or a region's utility, named by its kind: водоканал
	// оскаржить рішення, обленерго відключило
	"водоканал": true, "обленерго": true, "облгаз": true,
	// a seat standing for its government, or a trading house: Білий дім
	// відкинув погрози, торговий дім уклав договір
	"дім":    true,
	"кремль": true, "розвідка": true, "контррозвідка": true, "сила": true, "парламент": true, "посольство": true, "командування": true,
	"делегація": true, "правління": true, // правління Нацбанку оштрафувало банк
	"опозиція": true, // a parliament's opposition acts as a body: опозиція вимагає вето, заблокувала трибуну
	"фракція":  true, // and so do its factions: опозиційні фракції вимагали ухвалити звернення
	// a family that sues or protests: родина загиблої подала позов; a
	// village council, as a city's: сільрада скасувала рішення
	"родина": true, "сім'я": true, "сільрада": true,
	// the defence in a trial (захист оскаржить вирок); a relief convoy
	// (конвой доставив у громаду продуктові набори)
	"захист": true, "конвой": true,
	// an enlistment office calls up: обласний військовий комісаріат
	// призвав військовозобов'язаних
	"військкомат": true, "комісаріат": true,
	// a body named by its kind: антитерористичний центр СБУ подав позов
	"центр":   true,
	"лікарня": true, "університет": true, "школа": true, "агентство": true, "комітет": true,
	"уряд": true, "кабмін": true, "мерія": true, "інститут": true, "академія": true,
	"бюро": true, "палата": true, "трибунал": true, "асоціація": true, "спілка": true, "об'єднання": true,
	"держпідприємство": true, "концерн": true, "корпорація": true, "холдинг": true, "видання": true,
	"спецслужба": true, "влада": true, "угруповання": true, "федерація": true, "конфедерація": true, "союз": true,
	"конференція": true, "виконком": true, "коаліція": true,
	"завод": true, "комбінат": true, "фабрика": true, "шахта": true, "кооператив": true, "лісгосп": true, "залізниця": true, "представництво": true,
	"місія": true, "підрозділ": true, "бригада": true, "батальйон": true, "полк": true, "дивізія": true, "флот": true, "авіація": true,
	// an authority's territorial branch: відділення наклало штраф
	"відділення": true, "тервідділення": true,
	// a department and a board that act: слідчий відділ прокуратури
	// проводить розслідування, адмінколегія АМКУ винесла рішення
	"відділ": true, "колегія": true, "адмінколегія": true,
	// a body's regional office: Західний офіс Держаудитслужби підтвердив
	"офіс": true,
	// a people's collective nouns act as a group: українська молодь
	// провела демонстрацію, місцева молодь вимагає прав, студентство
	// пікетувало міністерство
	"молодь": true, "студентство": true, "інтелігенція": true,
	// a nation or a people acting as one: народ підтримав ініціативу
	"народ": true,
	// a workforce acts as one: трудовий колектив звернувся до Фонду,
	// колектив інституту подав позов
	"колектив": true,
	// the press as a body: російські державні ЗМІ звинуватили
	// організаторів, західні медіа розкритикували рішення
	"змі": true, "медіа": true,
}

// nounPhrase names a subject that is no entity by the phrase as written: a
// body (суд, прокуратура) or an animate noun (прикордонники, мешканці
// Дякової слободи) with the adjectives before it and the genitives after
// it. It returns "" for other nouns and for pronouns.
func (f *finder) nounPhrase(i int) string {
	t := &f.toks[i]
	if crowds[lower(t)] {
		// тисячі людей, сотні фермерів, кілька тисяч французьких фермерів
		j := i + 1
		for j < len(f.toks) && j <= i+3 && strings.HasPrefix(f.toks[j].Tag, "adj") && hasCase(&f.toks[j], "v_rod") {
			j++
		}
		if j < len(f.toks) && hasCase(&f.toks[j], "v_rod") && strings.Contains(f.toks[j].Tag, ":anim") && strings.HasPrefix(f.toks[j].Tag, "noun") {
			lo := i
			if i > 0 && (strings.HasPrefix(f.toks[i-1].Tag, "numr") || f.toks[i-1].Kind == vistka.Number) {
				lo = i - 1
			}
			return f.text(lo, j+1)
		}
	}
	if strings.Contains(t.Tag, "pron") || !actorNoun(lower(t)) && !weapons[lower(t)] && !strings.Contains(t.Tag, ":anim") && !f.namedSide(i) &&
		!(lower(t) == "група" && hasCase(t, "v_naz")) { // (a group acts as a whole: "Ініціативна група попередила")
		return "" // "українські дрони знищили": the weapons stand for their side
	}
	if e := f.namedAfter(i); e != "" {
		return e
	}
	if e := f.firmNamedAfter(i); e != "" {
		return e // "місцева компанія ТОВ «Альфа» подала позов": the firm
	}
	if e := f.entityAt(i + 1); e != "" && lower(t) == "угруповання" && f.ents.Type(e) != "LOC" {
		return e // "угруповання UAC-0002": the group by its name
	}
	if e := f.entityAt(i + 1); e != "" && officials[lower(t)] && f.ents.Type(e) == "ORG" {
		return e // "Посадовці Департаменту охорони здоров'я підозрюються": the department's
	}
	lo, hi := i, i+1
	for lo > 0 && strings.HasPrefix(f.toks[lo-1].Tag, "adj") && !strings.Contains(f.toks[lo-1].Tag, "pron") && f.spanType(lo-1) != "DATE" &&
		!timeNouns[f.toks[lo-1].Lemma] && f.low(lo-1) != "вихідний" {
		lo-- // (not "минулі вихідні", the time)
	}
	for hi < len(f.toks) && hi-i <= 3 && (hasCase(&f.toks[hi], "v_rod") || f.caselessName(hi)) && (f.caselessName(hi) || strings.HasPrefix(f.toks[hi].Tag, "noun") || strings.HasPrefix(f.toks[hi].Tag, "adj") || hi > i+1 && strings.HasPrefix(f.toks[hi-1].Tag, "adj") && f.countedNoun(hi)) &&
		f.spanType(hi) != "DATE" && f.spanType(hi) != "TIME" && f.spanType(hi) != "PERIOD" && !f.timeGenitive(hi) &&
		!f.objectFirst(hi) {
		hi++ // (not "минулого четверга", the time; not "Мер звинувачення відкинув", the object put before the verb)
	}
	if hi > i+1 && hi < len(f.toks) && strings.HasPrefix(f.toks[hi-1].Tag, "adj") && strings.HasPrefix(f.toks[hi].Tag, "noun") && hasCase(&f.toks[hi], "v_rod") {
		hi++ // not ending on an adjective: "Мешканці Дякової слободи Антрацитівського району"
	}
	if lo > 0 && f.low(lo) == "званий" && f.low(lo-1) == "так" {
		lo-- // "так званих куркулів": так звані куркулі
	}
	if plural(t) && hi > i+1 {
		hi = f.countriesOn(hi) // "Міністри закордонних справ України та Польщі": the people of both
	}
	if e := f.entityAt(hi - 1); hi > i+1 && e != "" {
		// not cut inside a name: "Рада виконавчих директорів
		// Міжнародного валютного фонду", not "… Міжнародного"
		for hi < len(f.toks) && hi-i <= 8 && f.entityAt(hi) == e && !isPrep(&f.toks[hi]) {
			hi++
		}
	}
	return f.text(lo, hi)
}

// objectFirst reports whether the noun at j is a claim or what one may
// reject, put before the verb that takes it, with at most two genitives
// of its own between: "Мер звинувачення відкинув", "Білий дім погрози
// Брюсселя відкинув". A subject's noun phrase ends before it.
func (f *finder) objectFirst(j int) bool {
	if w := f.low(j); !statedClaims[w] && !rejectables[w] && w != "погроза" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
		t := &f.toks[k]
		if strings.HasPrefix(t.Tag, "verb") {
			return !strings.Contains(t.Tag, ":rev")
		}
		if !hasCase(t, "v_rod") && f.entityAt(k) == "" {
			return false
		}
	}
	return false
}

// caselessName reports whether the word at i is an organisation's name in
// Latin letters, of two letters or more, which the tagger gives no case:
// it stands in whatever case its place asks (саміт G7, Лідери ASEAN), not
// a label (атаки F).
func (f *finder) caselessName(i int) bool {
	e := f.entityAt(i)
	return e != "" && latinName(&f.toks[i]) && len(f.toks[i].Text) > 1 && f.ents.Type(e) == "ORG"
}

// timeGenitive reports whether a time noun in the genitive opens at i, with its
// adjective or alone: "Російські війська минулої доби атакували" names
// the troops, not the troops of the day.
func (f *finder) timeGenitive(i int) bool {
	if i+1 < len(f.toks) && strings.HasPrefix(f.toks[i].Tag, "adj") {
		i++
	}
	return timeNouns[f.toks[i].Lemma] && hasCase(&f.toks[i], "v_rod")
}

// timeSpan reports whether a span of time opens at i, after за: "першу
// за кілька років зустріч", "за останні п'ять років" (not a reason: "за
// рішення").
func (f *finder) timeSpan(i int) bool {
	if st := f.spanType(i); st == "PERIOD" || st == "DATE" {
		return true
	}
	for j := i; j < len(f.toks) && j <= i+3; j++ {
		if l := f.toks[j].Lemma; timeNouns[l] || l == "година" || l == "хвилина" {
			return true
		}
		if !strings.HasPrefix(f.toks[j].Tag, "adj") && !strings.HasPrefix(f.toks[j].Tag, "numr") && f.toks[j].Kind != vistka.Number {
			return false
		}
	}
	return false
}

// countriesOn returns, for a phrase ending before hi on a place's name in
// the genitive, the end past the other places joined to it in the
// genitive by commas and a last і or та: "міністри закордонних справ
// України, Польщі та Литви" names the ministers of all three; hi itself
// when no such list follows.
func (f *finder) countriesOn(hi int) int {
	e := f.entityAt(hi - 1)
	if e == "" || f.ents.Type(e) != "LOC" || !hasCase(&f.toks[hi-1], "v_rod") {
		return hi
	}
	for k := hi; k+1 < len(f.toks); {
		last := isAnd(&f.toks[k])
		if !last && f.toks[k].Text != "," {
			break
		}
		n := f.entityAt(k + 1)
		if n == "" || f.ents.Type(n) != "LOC" || !hasCase(&f.toks[k+1], "v_rod") {
			break
		}
		k += 2
		for k < len(f.toks) && f.entityAt(k) == n {
			k++
		}
		if last {
			return k
		}
	}
	return hi // (commas with no і or та closing the list)
}

// correlativeFirst returns the last token of the first name of a pair
// that a correlative conjunction joins, when the і or the й at j opens
// the second ("як Україна, так і Польща", "не лише Україна, а й
// Польща", "не тільки уряд, але й МВФ"), or -1.
func (f *finder) correlativeFirst(j int) int {
	if j < 4 || !isAnd(&f.toks[j]) || f.toks[j-2].Text != "," {
		return -1
	}
	k := j - 3
	e := f.entityAt(k)
	if e == "" {
		return -1
	}
	lo := k
	for lo > 0 && f.entityAt(lo-1) == e {
		lo--
	}
	if lo < 1 {
		return -1
	}
	open := f.low(lo - 1)
	switch f.low(j - 1) {
	case "так":
		if open != "як" {
			return -1
		}
	case "а", "але":
		if open != "лише" && open != "тільки" && open != "лиш" || lo < 2 || f.low(lo-2) != "не" {
			return -1
		}
	default:
		return -1
	}
	return k
}

// bareNounOpening returns j when the word at j is a singular common noun
// in the nominative for a body or a person (уряд, президент, прем'єр,
// міністр), with only its adjectives before it in its clause and no
// preposition governing it: "Уряд і МВФ досягли", "У вівторок президент
// і прем'єр провели". Else -1.
func (f *finder) bareNounOpening(j int) int {
	if j < 0 {
		return -1
	}
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || plural(t) || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":prop") || f.entityAt(j) != "" ||
		!hasCase(t, "v_naz") && !(hasCase(t, "v_zna") && strings.Contains(t.Tag, ":inanim")) {
		return -1
	}
	if !actorNoun(lower(t)) && !(strings.Contains(t.Tag, ":anim") && entity.IsRoleWord(t.Lemma)) {
		return -1
	}
	k := j - 1
	for k >= 0 && strings.HasPrefix(f.toks[k].Tag, "adj") && hasCase(&f.toks[k], "v_naz") && f.entityAt(k) == "" {
		k--
	}
	// Back to the clause's start, past words of time and adverbs only.
	for ; k >= 0; k-- {
		u := &f.toks[k]
		if u.Text == "," && k > 0 && (hasCase(&f.toks[k-1], "v_naz") || f.entityAt(k-1) != "") {
			return -1 // "Мешканці, міністр і посол …": a list, read as one
		}
		if u.Kind == vistka.Punct {
			break // "За словами міністра, уряд і МВФ підписали"
		}
		if strings.HasPrefix(u.Tag, "verb") || strings.HasPrefix(u.Tag, "conj") || f.entityAt(k) != "" && f.spanType(k) != "DATE" ||
			strings.HasPrefix(u.Tag, "noun") && hasCase(u, "v_naz") && f.spanType(k) != "DATE" && !timeNouns[u.Lemma] {
			return -1
		}
	}
	if f.governedBy(j) != "" {
		return -1
	}
	return j
}

// bareNounList returns the heads of two or more common nouns listed with
// commas that open the clause and end at j, first to last: "Мешканці,
// міністр" of "Мешканці, міністр і посол підписали". Each is a noun in
// the nominative, with adjectives of its own before it, naming a body or
// a person (a singular actor's noun or role word, or a plural of people);
// a name or a word of another kind in the list gives nil.
func (f *finder) bareNounList(j int) []int {
	var hs []int
	for {
		if j < 0 || !f.listedNoun(j) {
			return nil
		}
		hs = append([]int{j}, hs...)
		k := j - 1
		for k >= 0 && strings.HasPrefix(f.toks[k].Tag, "adj") && hasCase(&f.toks[k], "v_naz") && f.entityAt(k) == "" {
			k--
		}
		if k < 0 || f.toks[k].Kind == vistka.Punct && f.toks[k].Text != "," {
			break // the clause's start
		}
		if f.toks[k].Text != "," {
			return nil
		}
		j = k - 1
	}
	if len(hs) < 2 {
		return nil
	}
	return hs
}

// listedNoun reports whether the token at j is a common noun in the
// nominative naming a body or a person, as bareNounList lists them.
func (f *finder) listedNoun(j int) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":prop") || f.entityAt(j) != "" || f.governedBy(j) != "" {
		return false
	}
	if plural(t) {
		return strings.Contains(t.Tag, ":anim")
	}
	return actorNoun(lower(t)) || strings.Contains(t.Tag, ":anim") && entity.IsRoleWord(t.Lemma)
}

// bareNounSubject names the subject a bare common noun at h stands for,
// as the subject finder does: the person the text named by that title
// before, the body named by that noun, else the phrase as written.
func (f *finder) bareNounSubject(h int) string {
	if e := f.ents.RoleAt(f.a, f.s, h); e != "" {
		return e
	}
	t := &f.toks[h]
	if actorNoun(lower(t)) && (h == 0 || !strings.HasPrefix(f.toks[h-1].Tag, "adj")) {
		if b := f.ents.BodyOf(t.RStart, f.s, lower(t)); b != "" {
			return b
		}
	}
	return f.nounPhrase(h)
}

// bodyHeadBefore returns, for the last word at j of a genitive tail, the
// body's noun in the nominative that heads it a few words before, no
// preposition governing it ("управління ЖКГ Чернігівської міськради"),
// or -1. A name in the nominative at j is its own subject, not a tail.
func (f *finder) bodyHeadBefore(j int) int {
	if j < 1 || !hasCase(&f.toks[j], "v_rod") || hasCase(&f.toks[j], "v_naz") {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		t := &f.toks[k]
		// (a noun whose nominative has the genitive's form may be read as
		// the genitive: "управління")
		if strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_naz") || scan.ToLower(t.Text) == f.low(k)) && f.entityAt(k) == "" && actorNoun(f.low(k)) {
			if f.governedBy(k) != "" {
				return -1
			}
			return k
		}
		if t.Kind != vistka.Word && t.Kind != vistka.QuoteMark || !hasCase(t, "v_rod") && f.entityAt(k) == "" && t.Kind == vistka.Word {
			return -1
		}
	}
	return -1
}

// countedObject reports whether the noun at i is a body's noun in the
// genitive plural counted by a number word in the accusative right
// before it: "сім фірм", "три компанії" read as genitive.
func (f *finder) countedObject(i int) bool {
	t := &f.toks[i]
	if i == 0 || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_rod") || !actorNoun(f.low(i)) && !animateCounts[scan.ToLower(f.toks[i-1].Text)] || f.entityAt(i) != "" {
		return false // (двох агентів: people, whatever the noun's reading)
	}
	n := &f.toks[i-1]
	return strings.HasPrefix(n.Tag, "numr") && hasCase(n, "v_zna")
}

// recoveredFrom reports whether the noun at i, before end, is a body
// named by its kind that a sum is recovered from: "з фірми" after
// стягнути or стягувати, the trigger's verb or the infinitive a refusal
// governs ("відмовилися стягувати санкції з фірми"); a name in
// quotation marks after the noun is left to the rules of names.
func (f *finder) recoveredFrom(tr trig, i, end int) bool {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_rod") || !firmKind(t.Text) && !actorNoun(f.low(i)) {
		return false
	}
	if p := f.governedBy(i); p != "з" && p != "із" && p != "зі" || i+1 < end && f.toks[i+1].Kind == vistka.QuoteMark {
		return false
	}
	v := f.verb(tr.at)
	if tr.k.typ == "REJECT" && tr.at+1 < len(f.toks) && strings.Contains(f.toks[tr.at+1].Tag, ":inf") {
		v = f.verb(tr.at + 1)
	} else if tr.k.typ != "COERCE" {
		return false
	}
	return tr.verb && (v == "стягнути" || v == "стягувати") && i > tr.at
}

// countedNoun reports whether the token at j is a number word in the
// genitive before the genitive noun it counts, inside a genitive tail
// that would otherwise end on an adjective: "суди перших двох
// інстанцій", not "суди перших".
func (f *finder) countedNoun(j int) bool {
	return strings.HasPrefix(f.toks[j].Tag, "numr") && j+1 < len(f.toks) && strings.HasPrefix(f.toks[j+1].Tag, "noun") && hasCase(&f.toks[j+1], "v_rod")
}

// firmNamedAfter returns the firm a word for a firm at i names in
// apposition, over a legal form and a quotation mark outside its span:
// "компанію ТОВ «Альфа»", "підприємство «Бета»" give the firm's name;
// else "".
func (f *finder) firmNamedAfter(i int) string {
	if !legalForms[f.low(i)] || f.entityAt(i) != "" {
		return ""
	}
	k := i + 1
	if k < len(f.toks) && legalForms[f.low(k)] && f.entityAt(k) == "" {
		k++ // "компанію ТОВ «Альфа»" with ТОВ outside the name
	}
	if k < len(f.toks) && f.toks[k].Kind == vistka.QuoteMark && f.entityAt(k) == "" {
		k++
	}
	if e := f.entityAt(k); e != "" && f.ents.Type(e) == "ORG" {
		return e
	}
	return ""
}

// namedSide reports whether the word at i is сторона, one party, named by
// the adjective before it or the genitive after it: "українська сторона
// зверталася", "сторона захисту подасть апеляцію".
func (f *finder) namedSide(i int) bool {
	t := &f.toks[i]
	if lower(t) != "сторона" || !strings.Contains(t.Tag, ":f:") {
		return false
	}
	if i > 0 && strings.HasPrefix(f.toks[i-1].Tag, "adj") && !strings.Contains(f.toks[i-1].Tag, "pron") && vtag.Case(f.toks[i-1].Tag) == vtag.Case(t.Tag) {
		return true
	}
	return i+1 < len(f.toks) && strings.HasPrefix(f.toks[i+1].Tag, "noun") && hasCase(&f.toks[i+1], "v_rod")
}

// namedAfter returns the person a role noun at i names in apposition,
// after the genitives that complete the role (затримали депутата
// міськради Івана Мороза: Іван Мороз), or "".
func (f *finder) namedAfter(i int) string {
	for k := i + 1; k < len(f.toks) && k-i <= 4; k++ {
		if f.spanType(k) == "PERS" {
			return f.entityAt(k)
		}
		if !hasCase(&f.toks[k], "v_rod") || !strings.HasPrefix(f.toks[k].Tag, "noun") && !strings.HasPrefix(f.toks[k].Tag, "adj") {
			return ""
		}
	}
	return ""
}

// finedTogether adds to rec, the ones a fine (its noun at n) is put on,
// those joined to them by і, та or й, each a firm or a person in a form
// the accusative may take ("наклало штраф на підприємця Валентину
// Козименко та Роздрібно-виробниче підприємство"), and the firms named
// after "на компанії" ("штрафу на компанії «Альфа» та «Бета»", the
// plural read as a locative by the tagger), before end.
func (f *finder) finedTogether(n, end int, rec []string) []string {
	for k := n + 1; k+1 < end && k < len(f.toks); k++ {
		if f.low(k) == "на" && firmKind(f.toks[k+1].Text) {
			if g := f.firmGroup(f.toks, k+1); len(g) > 1 {
				for _, e := range g {
					if !slices.Contains(rec, e) {
						rec = append(rec, e)
					}
				}
			}
			break
		}
	}
	for k := n + 1; k+2 < end && k+2 < len(f.toks); k++ {
		r := f.entityAt(k)
		if r == "" || !slices.Contains(rec, r) || f.entityAt(k+1) == r {
			continue
		}
		j := k + 1
		if f.toks[j].Kind == vistka.QuoteMark {
			j++
		}
		if j+1 >= end || !isAnd(&f.toks[j]) {
			continue
		}
		j++
		if f.toks[j].Kind == vistka.QuoteMark && j+1 < end {
			j++
		}
		e := f.entityAt(j)
		if t := &f.toks[j]; e == "" || slices.Contains(rec, e) || f.ents.Type(e) != "ORG" && f.ents.Type(e) != "PERS" ||
			!hasCase(t, "v_zna") && !(hasCase(t, "v_naz") && strings.Contains(f.toks[f.headOf(j, e)].Tag, ":inanim")) && !strings.Contains(t.Tag, ":nv") {
			continue
		}
		rec = append(rec, e)
	}
	return rec
}

// headOf returns the first noun of the entity e's mention from j on (its
// head word, past the adjectives before it), or j.
func (f *finder) headOf(j int, e string) int {
	for k := j; k < len(f.toks) && f.entityAt(k) == e; k++ {
		if strings.HasPrefix(f.toks[k].Tag, "noun") {
			return k
		}
	}
	return j
}

// beforeOrdered keeps of rec, the recipients of an order given by the
// verb at at, those named before the infinitive of what is ordered (up
// to end): "Суд зобов'язав ТОВ «Альфа» повернути райдержадміністрації
// ділянку" binds the firm; the body the land goes back to, an address
// or the owner of the premises named after it are the infinitive's own
// objects, not bound by the order. A phrase that is no entity is kept.
func (f *finder) beforeOrdered(at, end int, rec []string) []string {
	inf := -1
	for j := at + 1; j < end && j < len(f.toks); j++ {
		if strings.HasPrefix(f.toks[j].Tag, "verb") {
			if strings.Contains(f.toks[j].Tag, ":inf") {
				inf = j
			}
			break
		}
	}
	if inf < 0 || slices.ContainsFunc(f.toks[at+1:inf], func(t vistka.Token) bool { return strings.Contains(t.Tag, "pron:pers") }) {
		return rec // (a pronoun stands for one named before: "зобов'язав його здати паспорти")
	}
	return slices.DeleteFunc(rec, func(r string) bool {
		if f.ents.Type(r) == "" {
			return false
		}
		for j := at + 1; j < inf; j++ {
			if f.entityAt(j) == r {
				return false
			}
		}
		return true
	})
}

// releasedAfter returns the person a release names right after its
// phrase of what one is freed from ("звільнив від кримінальної
// відповідальності інженера", "… директора фірми «Альфа» Тараса
// Петренка"), before end: the object in the accusative that the
// preposition of the trigger's noun does not govern.
func (f *finder) releasedAfter(tr trig, end int) string {
	k := tr.noun + 1
	if k >= end || k >= len(f.toks) {
		return ""
	}
	t := &f.toks[k]
	// (an animate accusative has the genitive's form, which the tagger
	// may choose: "інженера")
	if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") && !(strings.Contains(t.Tag, ":anim") && hasCase(t, "v_rod")) || strings.Contains(t.Tag, "pron") {
		return ""
	}
	if e := f.entityAt(k); e != "" {
		if f.ents.Type(e) == "PERS" {
			return e
		}
		return ""
	}
	if !strings.Contains(t.Tag, ":anim") {
		return ""
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		// a name in apposition after the role and its genitive tail:
		// "директора фірми «Альфа» Тараса Петренка"
		u := &f.toks[j]
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
			return e
		}
		if u.Kind == vistka.Punct || isPrep(u) || strings.HasPrefix(u.Tag, "verb") {
			break
		}
	}
	return f.objectPhrase(k, tr)
}

// objectPhrase names an object that is no entity in the nominative: the
// lemma of a body or an animate noun and the genitives after it as
// written (прокуратурі → прокуратура, поляків → поляк).
func (f *finder) objectPhrase(i int, tr trig) string {
	t := &f.toks[i]
	if i != tr.noun && f.partyParticiple(i) {
		// "визнала обвинувачених винними": обвинувачені; "обрав
		// затриманій запобіжний захід": затримана
		return f.personForm(i)
	}
	office := tr.k.typ == "CONSULT" && f.officeOf(i)
	// "затримала двох агентів": a number word in the animate accusative
	// counts people, whatever the tagger reads in the noun (агент, a
	// chemical's too)
	people := i > 0 && animateCounts[scan.ToLower(f.toks[i-1].Text)] && plural(t)
	if i == tr.noun || !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || !actorNoun(lower(t)) && !strings.Contains(t.Tag, ":anim") && f.groupOf(i) == "" &&
		!(tr.k.typ == "AID" && f.dativeBody(i)) && !office && !(crews[lower(t)] && !f.crewSent(i)) && !people && !f.calledSides(i, tr) {
		return ""
	}
	if e := f.namedAfter(i); e != "" {
		return e
	}
	if f.calledSides(i, tr) {
		// "обидві сторони", "усі сторони конфлікту": as written, with the
		// word that counts them and the genitive of what they are sides of
		lo, hi := i, i+1
		if i > 0 && (f.toks[i-1].Lemma == "обидва" || f.toks[i-1].Lemma == "весь" || f.toks[i-1].Lemma == "увесь") {
			lo--
		}
		if hi < len(f.toks) && strings.HasPrefix(f.toks[hi].Tag, "noun") && hasCase(&f.toks[hi], "v_rod") && f.entityAt(hi) == "" {
			hi++
		}
		return scan.ToLower(f.text(lo, hi))
	}
	if e := f.firmNamedAfter(i); e != "" {
		return e // "оштрафував будівельну компанію ТОВ «Альфа»": the firm
	}
	if e := f.groupOf(i); e != "" {
		return e // "звинуватив російські війська": Russia's forces
	}
	if officials[lower(t)] && i+1 < len(f.toks) && f.spanType(i+1) == "ORG" {
		return f.entityAt(i + 1) // "щодо службових осіб ДП «Укрекоінвест»": the firm's
	}
	out := lower(t)
	if i > 0 && f.toks[i-1].Kind == vistka.Number || f.countedObject(i) {
		out = f.text(i-1, i+1) // "46 людей", "сім фірм": as many as the text says
	} else if adjs := f.agreeingAdjectives(i); adjs != "" {
		out = adjs + " " + out // "селищної ради": селищна рада
	} else if plural(t) && !hasCase(t, "v_naz") && !(tr.k.typ == "AID" && tr.verb && i == tr.at+1 && f.dativeOfTwo(i)) {
		// "затримали місцевих активістів": the plural as written, with
		// its adjectives, which the pipeline puts in the nominative
		// plural (a lemma is singular); "затримали двох чоловіків": with
		// the number word that counts them (the pipeline gives двоє)
		lo := i - f.pluralAdjectives(i)
		if lo > 0 && lo < i && f.low(lo) == "званий" && f.low(lo-1) == "так" {
			lo-- // "вигнали так званих куркулів": так звані куркулі
		}
		if f.countingWord(lo-1) && strings.Contains(t.Tag, ":anim") {
			lo--
		}
		out = scan.ToLower(f.text(lo, i+1))
	}
	hi := i + 1
	// "вимагатиме від уряду щоквартальних звітів": after від and a body's
	// noun, a genitive that names no one is what is demanded, not whose
	// the body is (a person's role keeps its own: "від керівника
	// будівельної компанії")
	demanded := tr.k.typ == "REQUEST" && !strings.Contains(t.Tag, ":anim") && f.governedBy(i) == "від" && hi < len(f.toks) && f.entityAt(hi) == ""
	for !demanded && hi < len(f.toks) && hi-i <= 3 && hi != tr.noun && hasCase(&f.toks[hi], "v_rod") && (strings.HasPrefix(f.toks[hi].Tag, "noun") || strings.HasPrefix(f.toks[hi].Tag, "adj")) {
		if _, ok := nouns[f.low(hi)]; ok {
			break
		}
		if hi == i+1 && f.givenAfterDative(i) {
			break // "надали українській команді проживання та харчування"
		}
		if tr.k.typ == "AID" && materiel[f.low(hi)] && strings.HasPrefix(f.toks[hi].Tag, "noun") {
			break // "передав лікарні обладнання": the goods given, no part of the one given them
		}
		hi++
	}
	for hi > i+1 && strings.HasPrefix(f.toks[hi-1].Tag, "adj") {
		hi-- // "завдали полякам нищівної поразки"
	}
	if e := cmp.Or(f.entityAt(hi-1), f.firmNamedAfter(hi-1)); hi > i+1 && e != "" && f.ents.Type(e) == "ORG" {
		// "директора компанії ТОВ «Сигма»", "власника фірми «Омега»": the
		// whole name the genitives end in or name, not its legal form or
		// kind alone
		for hi < len(f.toks) && (f.entityAt(hi) == e || f.toks[hi].Kind == vistka.QuoteMark && (f.entityAt(hi+1) == e || f.entityAt(hi-1) == e)) {
			hi++
		}
	}
	if e := f.entityAt(i + 1); office && e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
		// "з начальником Ізюмської міської військової адміністрації": the
		// whole name of the body whose office it is
		for hi < len(f.toks) && (hi <= i+1 || f.entityAt(hi) == e) {
			hi++
		}
	}
	if hi > i+1 {
		out += " " + f.text(i+1, hi)
	}
	return out
}

// givenAfterDative reports whether the noun after the dative at i is the
// thing given to it, not a genitive of its own: a noun whose form is its
// nominative's and accusative's too (проживання, харчування), read as a
// genitive, with no other noun or number after it in the clause but
// more such nouns joined to it ("надали українській команді проживання
// та харчування на весь час": what the team was given; "надала голові
// правління слово": слово is given, правління is the head's).
func (f *finder) givenAfterDative(i int) bool {
	j := i + 1
	if !hasCase(&f.toks[i], "v_dav") || j >= len(f.toks) || !sameAsLemma(&f.toks[j]) {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+6; k++ {
		t := &f.toks[k]
		switch w := f.low(k); {
		case (w == "та" || w == "і" || w == "й" || w == ",") && k+1 < len(f.toks) && sameAsLemma(&f.toks[k+1]):
			k++ // "проживання та харчування": more things given
		case t.Kind == vistka.Punct, isPrep(t), strings.HasPrefix(t.Tag, "verb"):
			return true
		case strings.HasPrefix(t.Tag, "noun"), t.Kind == vistka.Number:
			return false // "голові правління слово", "… лікарні нові ліжка", "… 5 ліжок"
		}
	}
	return true
}

// sameAsLemma reports a lower-case common noun written as its lemma: a
// neuter in -ння, -ття whose genitive is its nominative and accusative
// too (проживання).
func sameAsLemma(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, "prop") && t.Text == t.Lemma && vtag.Gender(t.Tag) == 'n'
}

// agreeingAdjectives returns the adjectives right before the singular noun
// at i that agree with it, in their base form in its gender: "рішення
// селищної ради" gives селищна, "литовському урядові" литовський. It
// stops at a pronoun (цю, свою), a number, a preposition, punctuation and
// a date, and gives "" for a plural noun, whose lemma is singular.
func (f *finder) agreeingAdjectives(i int) string {
	head := &f.toks[i]
	g, c := nounGender(head), vtag.Case(head.Tag)
	if g == 0 || c == "" || strings.Contains(head.Tag, ":p:") {
		return ""
	}
	lo := i
	for lo > 0 && lo > i-3 {
		a := &f.toks[lo-1]
		if !strings.HasPrefix(a.Tag, "adj") || strings.Contains(a.Tag, "pron") || nounGender(a) != g || vtag.Case(a.Tag) != c ||
			f.spanType(lo-1) == "DATE" || f.entityAt(lo-1) != "" {
			break
		}
		lo--
	}
	words := make([]string, 0, i-lo)
	for k := lo; k < i; k++ {
		w := adjInGender(strings.ToLower(f.toks[k].Lemma), g)
		if r, _ := utf8.DecodeRuneInString(f.toks[k].Text); k > 0 && unicode.IsUpper(r) {
			// "Житомирської обласної ради": a name no span covers
			r, n := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(r)) + w[n:]
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// fromPost reports whether a post, a job or a service one leaves is
// named after the object at at, within its clause: "звільнив
// затриманого заступника з посади", "із займаної посади".
func (f *finder) fromPost(at int) bool {
	for j := at + 1; j+1 < len(f.toks) && j <= at+6; j++ {
		if f.toks[j].Kind == vistka.Punct || strings.HasPrefix(f.toks[j].Tag, "verb") {
			return false
		}
		if w := f.low(j); w != "з" && w != "із" && w != "зі" {
			continue
		}
		k := j + 1
		if k+1 < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k++ // "з займаної посади"
		}
		if leftPosts[f.low(k)] {
			return true
		}
	}
	return false
}

// dismissedAfterPost reports whether the name e at i is the one dismissed
// from the post the trigger's noun names, after it: a person in the
// animate accusative (the genitive's form) or indeclinable, "з посади
// директора ДП «Альфа» Василя Гордієнка".
func (f *finder) dismissedAfterPost(tr trig, i int, e string) bool {
	if tr.k.typ != "COERCE" || tr.noun <= tr.at || i <= tr.noun || !leftPosts[f.low(tr.noun)] || f.ents.Type(e) != "PERS" || f.entityAt(i-1) == e {
		return false
	}
	t := &f.toks[i]
	return strings.Contains(t.Tag, ":anim") && (hasCase(t, "v_rod") || hasCase(t, "v_zna")) || strings.Contains(t.Tag, ":nv")
}

// genitiveSurname reports whether the person's name at i is one word in
// the genitive's (and the animate accusative's) form of its base form,
// which the name's span gives: "Остапенка" of Остапенко, "Шевчука" of
// Шевчук.
func (f *finder) genitiveSurname(i int) bool {
	sp := f.spanOf(i)
	if sp == nil || sp.Type != "PERS" || sp.Text == sp.Lemma || strings.Contains(sp.Text, " ") {
		return false
	}
	stem, ok := strings.CutSuffix(sp.Text, "а")
	if !ok {
		stem, ok = strings.CutSuffix(sp.Text, "я")
	}
	return ok && (stem == sp.Lemma || stem+"о" == sp.Lemma)
}

// possessiveBeforeNoun reports whether the pronoun at i, його, її or їх,
// is the possessive of the animate noun in the accusative right after it
// (before end): "звільнила його заступника", "затримали її чоловіка".
func (f *finder) possessiveBeforeNoun(i, end int) bool {
	switch scan.ToLower(f.toks[i].Text) {
	case "його", "її", "їх", "їхнього", "їхню":
	default:
		return false
	}
	if i+1 >= end {
		return false
	}
	n := &f.toks[i+1]
	return strings.HasPrefix(n.Tag, "noun:anim") && hasCase(n, "v_zna") && !strings.Contains(n.Tag, "pron")
}

// dismissedTitle reports whether the animate noun at i, the first after
// the post the trigger's noun names, is the title of the one dismissed,
// with no person named after it before end: "звільнила з посади його
// заступника" (but "з посади міністра Романа Мельничука": the name, see
// dismissedAfterPost).
func (f *finder) dismissedTitle(tr trig, i, end int) bool {
	if tr.k.typ != "COERCE" || tr.noun <= tr.at || i <= tr.noun || !leftPosts[f.low(tr.noun)] {
		return false
	}
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_rod") && !hasCase(t, "v_zna") {
		return false
	}
	for j := tr.noun + 1; j < i; j++ {
		if strings.HasPrefix(f.toks[j].Tag, "noun") && !strings.Contains(f.toks[j].Tag, "pron") || f.entityAt(j) != "" {
			return false // (not the first)
		}
	}
	for j := i + 1; j < end; j++ {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
			return false
		}
	}
	return true
}

// ownRequest reports whether the clause of the dismissal at i says it is
// at the one dismissed's own request or by agreement: "за власним
// бажанням", "за власною заявою", "за згодою сторін".
func (f *finder) ownRequest(i int) bool {
	stop := func(j int) bool {
		t := &f.toks[j]
		return t.Kind == vistka.Punct && t.Text != "," || strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf")
	}
	is := func(j int) bool {
		if f.low(j) != "за" || j+2 >= len(f.toks) {
			return false
		}
		switch f.low(j + 1) {
		case "власний", "свій":
			w := f.low(j + 2)
			return w == "бажання" || w == "заява" || w == "прохання"
		case "згода":
			return f.low(j+2) == "сторона" || f.low(j+2) == "сторони"
		}
		return false
	}
	return f.within(i, 8, 14, stop, is)
}

// heldNow are the participles of people held that звільнити takes as
// released (see pairs).
var heldNow = map[string]bool{"затриманий": true, "заарештований": true, "ув'язнений": true}

// leftPosts are what one is dismissed from.
var leftPosts = map[string]bool{"посада": true, "робота": true, "служба": true, "обов'язок": true, "обов'язки": true}

// countingWord reports whether the token at k is a number word in the
// form that counts people in the accusative or genitive: "двох",
// "трьох", "п'ятьох" (not "два", "п'ять", which count things), or in
// the dative: "двом", "п'ятьом".
func (f *finder) countingWord(k int) bool {
	if k < 0 || k >= len(f.toks) {
		return false
	}
	t := &f.toks[k]
	if strings.HasPrefix(t.Tag, "numr") && hasCase(t, "v_dav") && strings.HasSuffix(scan.ToLower(t.Text), "ом") && countingWords[t.Lemma] {
		return true // "повідомила про підозру двом колаборантам"
	}
	return strings.HasPrefix(t.Tag, "numr") && (hasCase(t, "v_zna") || hasCase(t, "v_rod")) &&
		strings.HasSuffix(scan.ToLower(t.Text), "ох") && countingWords[t.Lemma]
}

// countingWords are the numbers whose forms in -ох count people.
var countingWords = map[string]bool{"два": true, "три": true, "чотири": true, "п'ять": true, "шість": true,
	"сім": true, "вісім": true, "дев'ять": true, "десять": true}

// pluralAdjectives counts the adjectives right before the plural noun at
// i that agree with it in case ("місцевих активістів"), up to two; it
// stops at a pronoun, a date and a name.
func (f *finder) pluralAdjectives(i int) int {
	c, n := vtag.Case(f.toks[i].Tag), 0
	for k := i - 1; k >= 0 && n < 2; k-- {
		a := &f.toks[k]
		if !strings.HasPrefix(a.Tag, "adj") || strings.Contains(a.Tag, "pron") || !strings.Contains(a.Tag, ":p:") || vtag.Case(a.Tag) != c ||
			f.spanType(k) == "DATE" || f.entityAt(k) != "" {
			break
		}
		n++
	}
	return n
}

// adjInGender gives an adjective's lemma, a masculine, in gender g:
// обласний → обласна (f), обласне (n).
func adjInGender(l string, g byte) string {
	switch {
	case g == 'f' && strings.HasSuffix(l, "ий"):
		return strings.TrimSuffix(l, "ий") + "а"
	case g == 'f' && strings.HasSuffix(l, "ій"):
		return strings.TrimSuffix(l, "ій") + "я"
	case g == 'n' && strings.HasSuffix(l, "ий"):
		return strings.TrimSuffix(l, "ий") + "е"
	case g == 'n' && strings.HasSuffix(l, "ій"):
		return strings.TrimSuffix(l, "ій") + "є"
	}
	return l
}

// afterTerm reports whether the word at i follows the term a sentence
// gives right after its verb, and so is the one sentenced: "засудив до
// довічного позбавлення волі командира бригади".
func (f *finder) afterTerm(tr trig, i int) bool {
	m := f.modifiersBefore(i) // "до п'яти років колонії колишнього директора"
	if v := f.low(tr.at); v != "засудити" && v != "засуджувати" || tr.at+1 >= m || f.low(tr.at+1) != "до" || !termEnds[f.low(m-1)] {
		return false
	}
	for j := tr.at + 2; j < i; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct || isPrep(t) || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
	}
	return i-tr.at <= 8
}

// termEnds are the words a sentence's term ends with: до п'яти років,
// до восьми років колонії, до довічного позбавлення волі.
var termEnds = map[string]bool{"рік": true, "місяць": true, "воля": true, "ув'язнення": true, "колонія": true, "арешт": true}

// attackOn reports whether tr is an attack whose target follows with на:
// напасти, нападати or the noun напад.
func (f *finder) attackOn(tr trig) bool {
	if tr.verb {
		v := f.verb(tr.at)
		return v == "напасти" || v == "нападати"
	}
	return tr.noun >= 0 && f.low(tr.noun) == "напад"
}

// attackedPerson reports whether the name at i, under prep, is whom an
// attack is on: на with the accusative, or a name after its title in the
// accusative under на, which the tagger may read as a genitive ("на
// журналіста Івана Петренка").
func (f *finder) attackedPerson(i int, prep string) bool {
	t := &f.toks[i]
	if prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis") {
		return true
	}
	if prep != "" || i < 2 {
		return false
	}
	h := &f.toks[i-1]
	return strings.HasPrefix(h.Tag, "noun:anim") && !strings.Contains(h.Tag, ":prop") && hasCase(h, "v_zna") && !hasCase(h, "v_mis") &&
		f.entityAt(i-1) == "" && f.governedBy(i-1) == "на"
}

// collectiveSubject reports whether the plural noun at k in the genitive is
// counted by a collective number in the nominative before it, which makes
// them the subject: "Троє чоловіків напали на продавчиню".
func (f *finder) collectiveSubject(k int) bool {
	if k < 1 {
		return false
	}
	n := &f.toks[k-1]
	return strings.HasPrefix(n.Tag, "numr") && hasCase(n, "v_naz") && !hasCase(n, "v_zna") && !hasCase(n, "v_rod") && hasCase(&f.toks[k], "v_rod")
}

// auxBefore returns where the impersonal form at at begins with the
// past or future of бути before it ("Трьох активістів було затримано"),
// past adverbs between them, or at when there is none.
func (f *finder) auxBefore(at int) int {
	t := &f.toks[at]
	if !strings.Contains(t.Tag, "impers") && !(strings.HasPrefix(t.Tag, "adv") && impersonalVerb(t.Text) != "") {
		return at // (an impersonal form the tagger read as an adverb is one too: "Посадовцю було повідомлено про підозру")
	}
	if k := f.adverbsBefore(at) - 1; k >= 0 && f.toks[k].Lemma == "бути" && strings.HasPrefix(f.toks[k].Tag, "verb") {
		return k
	}
	return at
}

// adverbsBefore returns where the adverbs right before token at begin:
// "Посереднику також повідомили" gives the index of також.
func (f *finder) adverbsBefore(at int) int {
	for at > 0 && strings.HasPrefix(f.toks[at-1].Tag, "adv") && !strings.Contains(f.toks[at-1].Tag, "pron") {
		at--
	}
	return at
}

// timeBefore returns where the time phrase right before token at begins
// ("Посадовця у вівторок затримали": the index of у), or at when there is
// none. The phrase is a date span or a weekday, with the preposition
// before it; an і that stresses the verb is passed too.
func (f *finder) timeBefore(at int) int {
	if at > 1 && isAnd(&f.toks[at-1]) && strings.HasPrefix(f.toks[at-2].Tag, "noun") && hasCase(&f.toks[at-2], "v_zna") &&
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

// allBefore returns the index of весь right before token i ("всіх
// фігурантів відсторонили"), else i.
func (f *finder) allBefore(i int) int {
	if i > 0 && f.toks[i-1].Lemma == "весь" {
		return i - 1
	}
	return i
}

// both are the words for two people told of before: "Обох затримали".
var both = map[string]bool{"обидва": true, "обидві": true, "обоє": true}

// modifiersBefore returns where the adjectives and numerals before the
// noun at i begin: "Другому затриманому", "Трьом затриманим".
func (f *finder) modifiersBefore(i int) int {
	for i > 0 && (strings.HasPrefix(f.toks[i-1].Tag, "adj") || strings.HasPrefix(f.toks[i-1].Tag, "numr") || f.toks[i-1].Kind == vistka.Number) &&
		!strings.Contains(f.toks[i-1].Tag, "pron") {
		i--
	}
	return i
}

// withJoined adds to ids the other names of the sentence's spans that
// join several ("Маневицького і Колківського лісгоспів" names two
// entities, Маневицький лісгосп and Колківський лісгосп): the event that
// names one names all.
func (f *finder) withJoined(ids []string) []string {
	n := len(ids)
	for k := 0; k < n; k++ {
		for i := range f.toks {
			if f.entityAt(i) != ids[k] {
				continue
			}
			sp := f.spanOf(i)
			if sp == nil || !strings.ContainsAny(sp.Text, ",") && !strings.Contains(sp.Text, " та ") && !strings.Contains(sp.Text, " і ") && !strings.Contains(sp.Text, " й ") {
				continue // a span that joins no names
			}
			lo, hi := i, i
			for lo > 0 && f.toks[lo-1].RStart >= sp.Start {
				lo--
			}
			for hi+1 < len(f.toks) && f.toks[hi+1].REnd <= sp.End {
				hi++
			}
			for j := lo; j <= hi; j++ {
				if e := f.entityAt(j); e != "" && !slices.Contains(ids, e) {
					ids = append(ids, e)
				}
			}
		}
	}
	return ids
}

// duringWhich reports whether the verb at at opens a relative clause set
// off by a comma that happens during the meeting before it: ", під час
// якої сторони обговорили", ", в ході якої обговорили".
func (f *finder) duringWhich(at int) bool {
	for j := at - 1; j >= 2 && j >= at-4; j-- {
		if f.low(j) != "який" {
			continue
		}
		if f.toks[j-2].Text == "," || j >= 3 && f.toks[j-3].Text == "," {
			l, m := f.low(j-2), f.low(j-1)
			return l == "під" && m == "час" || l == "в" && m == "хід" || l == "у" && m == "хід"
		}
		return false
	}
	return false
}

// bodyOfTwo reports whether the words from i, after a sitting's noun,
// name a body of two sides joined by a dash, with no third: "засідання
// Ради асоціації Україна – ЄС". (The Ukraine–NATO Council, which the
// tagger takes as one name, stays multilateral, as the golds read it.)
func (f *finder) bodyOfTwo(i int) bool {
	if i >= len(f.toks) {
		return false
	}
	for k := i; k < len(f.toks) && k <= i+1; k++ {
		if !strings.HasPrefix(f.toks[k].Tag, "noun") || !hasCase(&f.toks[k], "v_rod") {
			return false
		}
		if e := f.entityAt(k + 1); e != "" && !strings.Contains(f.ents.Name(e), "–") && f.twoSided(k) {
			// (not a name that takes in a dash, "Ради Україна – Польща –
			// Литва": the dash after it is not the first)
			return true
		}
	}
	return false
}

// jointBody reports whether the words from i name a body two sides sit
// on together: "спільної міжурядової комісії", "двосторонньої комісії".
func (f *finder) jointBody(i int) bool {
	for j := i; j < len(f.toks) && j <= i+2 && strings.HasPrefix(f.toks[j].Tag, "adj"); j++ {
		switch f.low(j) {
		case "спільний", "міжурядовий", "двосторонній", "змішаний", "міжпарламентський":
			return true
		}
	}
	return false
}

// countryInTitle reports whether a country or place is named between the
// title at i and the person p it names (посла Росії Олега Озерова): the
// country is a party too, and the title's phrase carries it.
func (f *finder) countryInTitle(i int, p string) bool {
	for j := i + 1; j < len(f.toks) && f.entityAt(j) != p; j++ {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" {
			return true
		}
	}
	return false
}

// clauseOpens tells whether token i opens its clause: nothing but
// adverbs and a date ("Торік його засудили", "Минулого тижня посадовця
// затримали", "Згодом їй повідомили про підозру") stands between it and
// the sentence's start or a punctuation mark.
func (f *finder) clauseOpens(i int) bool {
	if f.afterOutcome(i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &f.toks[k]
		switch {
		case t.Kind == vistka.Punct:
			return true
		case k == i-1 && f.low(k) == "що" && strings.HasPrefix(t.Tag, "conj"):
			return true // "додав, що організатору повідомлено про підозру"
		case k == i-1 && (f.low(k) == "де" || f.low(k) == "коли") && k > 0 && f.toks[k-1].Text == ",":
			return true // "у ресторані, де посередника і затримали"
		case strings.HasPrefix(t.Tag, "adv") && !strings.Contains(t.Tag, "pron"), f.spanType(k) == "DATE":
		default:
			return false
		}
	}
	return i <= 4 // the sentence's start
}

// afterOutcome reports whether token i follows a phrase that opens its
// clause with what an act followed from, за результатами or за
// підсумками and the genitives that hang on it ("За результатами
// перевірки директорам трьох шкіл оголошено догани"): the phrase tells
// why, and the one named after it opens the clause as its object.
func (f *finder) afterOutcome(i int) bool {
	j := i - 1
	for j > 0 && i-1-j < 4 && hasCase(&f.toks[j], "v_rod") && (strings.HasPrefix(f.toks[j].Tag, "noun") || strings.HasPrefix(f.toks[j].Tag, "adj")) &&
		!strings.Contains(f.toks[j].Tag, "pron") && f.entityAt(j) == "" {
		j--
	}
	if j == i-1 || j < 1 || f.low(j-1) != "за" || f.low(j) != "результат" && f.low(j) != "підсумок" || !hasCase(&f.toks[j], "v_oru") {
		return false
	}
	return j-1 == 0 || f.toks[j-2].Kind == vistka.Punct
}

// sharedOpening returns where the words that open the clause of the verb
// at at end, past a predicate the verb is joined to by і ("Вчителя
// затримали і засудили") and past a relative clause that follows them
// ("Вчителя, який працював у школі, засудили"): what opens the clause is
// the object of both.
func (f *finder) sharedOpening(at int) int {
	if k := at - 1; k > 0 && isAnd(&f.toks[k]) {
		for j := k - 1; j >= 0 && k-j <= 5; j-- {
			t := &f.toks[j]
			if t.Kind == vistka.Punct {
				break
			}
			if strings.HasPrefix(t.Tag, "verb") {
				if strings.Contains(t.Tag, ":past") && slices.Contains(strings.Split(t.Tag, ":"), "p") {
					at = j // "звільнили з роботи і засудили"
				}
				break
			}
		}
	}
	if k := at - 1; k > 0 && f.toks[k].Text == "," {
		for j := k - 1; j > 0 && k-j <= 12; j-- {
			if f.toks[j].Kind == vistka.Punct {
				if f.toks[j].Text == "," && f.low(j+1) == "який" && !hasCase(&f.toks[j-1], "v_naz") {
					return j // the relative's antecedent stands before its comma
				}
				break
			}
		}
	}
	return at
}

// headBefore returns the word that opens the clause before the verb at
// at when only genitives that hang on it stand between, a counted one's
// numeral too ("Директору компанії повідомили", "Директорам трьох шкіл
// оголошено догани"), else at-1.
func (f *finder) headBefore(at int) int {
	k := at - 1
	for k > 0 && at-1-k < 3 && f.toks[k-1].Kind != vistka.Punct && hasCase(&f.toks[k], "v_rod") &&
		(strings.HasPrefix(f.toks[k].Tag, "noun") || strings.HasPrefix(f.toks[k].Tag, "adj") || strings.HasPrefix(f.toks[k].Tag, "numr")) {
		k--
	}
	if k < at-1 && strings.HasPrefix(f.toks[k].Tag, "noun") {
		return k
	}
	return at - 1
}

// modals are verbs that govern the infinitive of the event they tell of.
var modals = map[string]bool{"мати": true, "могти": true, "мусити": true, "планувати": true, "збиратися": true, "бути": true}

// destBefore returns the place after до in the clause before the verb of
// arriving at at: "Наступного вівторка до Києва прибуде місія МВФ".
func (f *finder) destBefore(at int) string {
	if at > 0 && strings.Contains(f.toks[at].Tag, ":inf") && modals[f.verb(at-1)] {
		at-- // "до Києва має прибути": the verb that governs the infinitive
	}
	for j := at - 1; j >= 1 && at-j <= 4; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && f.low(j-1) == "до" && hasCase(t, "v_rod") {
			return e
		}
	}
	return ""
}

// ledBy returns the person who leads the actors, named after "на чолі з"
// in toks[from:end]: "прибуде місія МВФ на чолі з Гевіном Греєм".
func (f *finder) ledBy(from, end int) string {
	for j := from; j+3 < end; j++ {
		if f.low(j) == "на" && f.low(j+1) == "чоло" && (f.low(j+2) == "з" || f.low(j+2) == "із") {
			if e := f.entityAt(j + 3); e != "" && f.ents.Type(e) == "PERS" {
				return e
			}
			return ""
		}
	}
	return ""
}

// newTarget reports whether ev is a strike on a target no strike told
// before in the document was on: "завдали понад 400 ударів … внаслідок
// удару КАБом по Степногірську" tells a new strike, not the same again.
func (f *finder) newTarget(ev vistka.Event, out []vistka.Event) bool {
	if ev.Type != "ASSAULT" || len(ev.Recipients) == 0 {
		return false
	}
	for _, o := range append(slices.Clone(f.before), out...) {
		if o.Type == "ASSAULT" && slices.ContainsFunc(o.Recipients, func(r string) bool { return slices.Contains(ev.Recipients, r) }) {
			return false
		}
	}
	return true
}

// heldIn finds, after the verb of returning at i, the country people are
// returned from ("повернула з Росії ще 12 дітей"): the index of its name
// after з, when the clause also names the people, or -1.
func (f *finder) heldIn(i int) int {
	at, people := -1, false
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if e := f.entityAt(j); at < 0 && e != "" && f.ents.Type(e) == "LOC" && f.fromPhrase(i, j) {
			at = j
		}
		if strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, "pron") && returnedPeople[lower(t)] {
			people = true
		}
	}
	if !people {
		return -1
	}
	return at
}

// inPart reports whether частково (in part) stands within two words of the
// verb at i: "провину визнав частково", "лише частково визнає".
func (f *finder) inPart(i int) bool {
	for j := max(i-2, 0); j < len(f.toks) && j <= i+2; j++ {
		if f.low(j) == "частково" {
			return true
		}
	}
	return false
}

// attributesQuote reports whether the verb at i attributes a direct quote
// that closes right before it: "«…», – обурюється пан Богдан".
func (f *finder) attributesQuote(i int) bool {
	j := i - 1
	for j >= 0 && j >= i-2 && (f.toks[j].Kind == vistka.Dash || f.toks[j].Text == "," || f.toks[j].Text == "-") {
		j--
	}
	return j >= 0 && j < i-1 && f.toks[j].Kind == vistka.QuoteMark && (f.toks[j].Text == "»" || f.toks[j].Text == "”" || f.toks[j].Text == "\"")
}

// heritageAfter reports whether what the verb of giving or returning at
// i hands over, in its clause after it, is cultural property: artefacts,
// exhibits, a museum's collection, or archaeological, historical or
// museum objects and valuables ("передала Україні понад 1200
// археологічних предметів", "повернули 84 археологічні артефакти") —
// taken property given back, a RETREAT (news9 and news17 mark it so),
// not aid.
func (f *finder) heritageAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+10 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") {
			continue
		}
		switch l := f.low(j); {
		case l == "артефакт" || l == "експонат":
			return true
		case l == "колекція" && j+1 < len(f.toks) && (f.low(j+1) == "музей" || strings.HasPrefix(f.low(j+1), "музейн")):
			return true // "повернули колекцію музею" (not "колекцію дронів")
		case l == "предмет" || l == "цінність" || l == "знахідка" || l == "колекція":
			for k := j - 1; k > i && strings.HasPrefix(f.toks[k].Tag, "adj"); k-- {
				if a := f.low(k); strings.HasPrefix(a, "археологічн") || strings.HasPrefix(a, "історичн") || strings.HasPrefix(a, "культурн") || strings.HasPrefix(a, "музейн") {
					return true
				}
			}
		}
	}
	return false
}

// owners are the nouns for whom property is returned to.
var owners = map[string]bool{"власник": true, "власниця": true, "господар": true, "господиня": true}

// toOwner reports whether an owner in the dative follows the verb of
// returning at i within its clause ("повернули власнику", "повернули
// законним власникам"): property given back, a RETREAT.
func (f *finder) toOwner(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6 && f.toks[j].Kind != vistka.Punct; j++ {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && owners[scan.ToLower(t.Lemma)] {
			return true
		}
	}
	return false
}

// fromPhrase reports whether token j, after the verb at i, lies in a
// phrase of з: "з Росії", "з окупованих територій та Росії".
func (f *finder) fromPhrase(i, j int) bool {
	for k := j - 1; k > i && j-k <= 4; k-- {
		switch l := f.low(k); {
		case l == "з" || l == "із":
			return true
		case isPrep(&f.toks[k]) || strings.HasPrefix(f.toks[k].Tag, "verb"):
			return false
		}
	}
	return false
}

// returnedPeople are who a state brings home from captivity or deportation.
var returnedPeople = map[string]bool{"дитина": true, "діти": true, "полонений": true, "військовополонений": true,
	"цивільний": true, "громадянин": true, "людина": true, "люди": true, "підліток": true, "захисник": true, "військовий": true}

// pronounObject reports whether a personal pronoun in the accusative
// (його, її, їх) stands right before the verb at i, or right before the
// modal verb it follows, or right after it: what is done to is something
// told before.
func (f *finder) pronounObject(i int) bool {
	obj := func(k int) bool {
		return k >= 0 && k < len(f.toks) && strings.Contains(f.toks[k].Tag, "pron:pers:3") && hasCase(&f.toks[k], "v_zna")
	}
	if obj(i-1) || obj(i+1) {
		return true
	}
	return i >= 2 && strings.HasPrefix(f.toks[i-1].Tag, "verb") && obj(i-2)
}

// signedDocs are the papers sides sign with each other.
var signedDocs = map[string]bool{"угода": true, "меморандум": true, "договір": true, "протокол": true, "декларація": true}

// signedBefore reports whether the pronoun object of the signing verb at i
// stands for an agreement whose signing the sentence before told: "За
// підсумками зустрічі було підписано протокол про наміри. Його підписали
// Лисенко та заступник примара Кишинева." (not a law: "Закон ухвалила
// Рада. Тепер його має підписати президент.")
func (f *finder) signedBefore(i int) bool {
	if f.s == 0 {
		return false
	}
	var g byte
	for _, k := range []int{i - 2, i - 1, i + 1} {
		if k >= 0 && k < len(f.toks) && strings.Contains(f.toks[k].Tag, "pron:pers:3") && hasCase(&f.toks[k], "v_zna") {
			g = gender(&f.toks[k])
		}
	}
	toks := f.a.Sentences[f.s-1].Tokens
	for k := range toks {
		if v := toks[k].Lemma; v != "підписати" && v != "підписувати" && v != "укласти" || !strings.HasPrefix(toks[k].Tag, "verb") {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+4 && toks[n].Kind != vistka.Punct; n++ {
			if t := &toks[n]; strings.HasPrefix(t.Tag, "noun") && signedDocs[lower(t)] {
				return gender(t) == g || g == 0 && strings.Contains(t.Tag, ":n:")
			}
		}
		for n := k - 1; n >= 0 && n >= k-3 && toks[n].Kind != vistka.Punct; n-- {
			if t := &toks[n]; strings.HasPrefix(t.Tag, "noun") && signedDocs[lower(t)] && hasCase(t, "v_zna") {
				return gender(t) == g // "Угоду підписали у Львові. Її підписали …"
			}
		}
	}
	return false
}

// summitOf returns the gathering of a body told in this sentence or the
// one before, with a place, whose members ev's actors all are: "У
// Брюсселі триває саміт ЄС. Лідери ЄС погодили новий пакет санкцій" was
// agreed there. It returns nil when there is none.
func (f *finder) summitOf(ev vistka.Event, here []vistka.Event) *vistka.Event {
	if len(ev.Actors) == 0 {
		return nil
	}
	prev := -1
	if f.s > 0 {
		prev = f.a.Sentences[f.s-1].RStart
	}
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		m := &all[k]
		if m.Sentence.Start < prev {
			break
		}
		if m.Type != "CONSULT" || m.Mode != "multilateral" || len(m.Aux) > 0 || m.Place == "" || len(m.Actors) == 0 {
			continue
		}
		if !slices.ContainsFunc(ev.Actors, func(a string) bool { return !slices.Contains(m.Actors, a) }) {
			return m
		}
	}
	return nil
}

// manySided reports an adjective that makes a meeting one of three sides
// or more: тристоронній, багатосторонній.
func manySided(adj string) bool {
	switch adj {
	case "тристоронній", "чотиристоронній", "багатосторонній", "п'ятисторонній":
		return true
	}
	return false
}

// withPrep reports the preposition з in its forms.
func withPrep(p string) bool { return p == "з" || p == "із" || p == "зі" }

// sidesByAdjective returns the countries the coordinated adjectives
// before the group noun at i name: "з українською та російською
// делегаціями" names Україна and Росія.
func (f *finder) sidesByAdjective(i int) []string {
	var out []string
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := &f.toks[j]
		if isAnd(t) || t.Text == "," {
			continue
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			break
		}
		if c := f.ents.CountryOf(lower(t)); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Reverse(out)
	return out
}

// askedBody reports whether the inanimate noun at i, tagged nominative,
// is the one a request verb asks to do something: right after the verb,
// an infinitive after it, and the one asking named by a noun in the
// nominative right before the verb ("Прокурор просив суд взяти
// обвинуваченого під варту").
func (f *finder) askedBody(tr trig, i int) bool {
	if tr.k.typ != "REQUEST" || !tr.verb || i != tr.at+1 || tr.at == 0 || i+1 >= len(f.toks) {
		return false
	}
	t, prev := &f.toks[i], &f.toks[tr.at-1]
	return strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") &&
		strings.Contains(f.toks[i+1].Tag, ":inf") && strings.HasPrefix(prev.Tag, "noun") && hasCase(prev, "v_naz")
}

// suspicionBefore returns the index of підозра after про that opens the
// clause of the verb at i, up to seven words before it ("Про підозру у
// хабарництві повідомили …"), or -1.
func (f *finder) suspicionBefore(i int) int {
	for j := i - 1; j >= 1 && j >= i-7; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return -1
		}
		if f.low(j) == "підозра" && strings.HasPrefix(f.toks[j].Tag, "noun") && f.low(j-1) == "про" && isPrep(&f.toks[j-1]) {
			return j
		}
	}
	return -1
}

// addObject appends to rec the entity e, or the phrase of the word at i
// when e is "" (objectPhrase), unless it is there already (seen).
func (f *finder) addObject(rec []string, seen map[string]bool, e string, i int, tr trig) []string {
	if e == "" {
		e = f.objectPhrase(i, tr)
	}
	if e != "" && !seen[e] {
		rec = append(rec, e)
		seen[e] = true
	}
	return rec
}

// proceedings are the nouns of a case opened against someone, who
// follows щодо or стосовно: "відкрили провадження щодо посадовців",
// "скерувала до суду обвинувальний акт щодо колишнього голови" (the
// indictment's trigger is its adjective).
var proceedings = map[string]bool{"провадження": true, "справа": true, "розслідування": true, "підозра": true,
	"обвинувальний": true, "обвинувачення": true} // обвинувальний акт щодо директора

// acquits are the verbs of an acquittal, whose object is a person: "суд
// виправдав колишнього директора лікарні".
var acquits = map[string]bool{"виправдати": true, "виправдовувати": true}

// assets are what an arrest may be put on, which has an owner: "наклав
// арешт на майно підозрюваного", "на рахунки компанії".
var assets = map[string]bool{"майно": true, "рахунок": true, "рахунки": true, "кошти": true, "активи": true,
	"нерухомість": true, "частка": true, "акції": true, "автомобіль": true, "квартира": true, "будинок": true, "ділянка": true}

// coercedOn reports whether the word at i, in the accusative under на
// right after the noun of a fine, a penalty or an arrest the verb imposes
// (накласти штраф на …, накласти арешт на …), is what the measure falls on.
func (f *finder) coercedOn(tr trig, i int) bool {
	if tr.k.typ != "COERCE" || tr.noun < 0 || tr.noun >= i || i-tr.noun > 4 || f.governedBy(i) != "на" || !hasCase(&f.toks[i], "v_zna") ||
		!strings.HasPrefix(f.toks[i].Tag, "noun") {
		return false
	}
	switch f.low(tr.noun) {
	case "штраф", "стягнення", "арешт":
		return f.low(tr.noun+1) == "на" && i == tr.noun+2+f.adjectivesAt(tr.noun+2)
	}
	return false
}

// seizers are the verbs of things seized from someone.
var seizers = map[string]bool{"вилучити": true, "вилучати": true, "конфіскувати": true, "конфісковувати": true}

// seizedFrom reports whether the word at i, in the genitive under в or у
// after a verb of seizing, names whom the things are taken from: a
// person, a group or a body ("вилучили у чоловіка пістолет"), not a place
// ("вилучили в офісі документи" is in the locative).
func (f *finder) seizedFrom(tr trig, i int) bool {
	if tr.k.typ != "COERCE" || !tr.verb || !seizers[f.verb(tr.at)] || i < 1 || i <= tr.at {
		return false
	}
	t := &f.toks[i]
	if p := f.low(i - 1); (p != "у" && p != "в") || !isPrep(&f.toks[i-1]) || !hasCase(t, "v_rod") || hasCase(t, "v_mis") {
		return false
	}
	if e := f.entityAt(i); e != "" {
		return f.ents.Type(e) == "PERS" || f.ents.Type(e) == "ORG"
	}
	return strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron")
}

// partyParticiples are the participles and adjectives that name a party
// of a criminal case when they stand alone as nouns; personAdjs adds the
// victims to them.
var partyParticiples = map[string]bool{"підозрюваний": true, "обвинувачений": true, "затриманий": true,
	"заарештований": true, "засуджений": true, "підсудний": true, "звинувачений": true}

// partyParticiple reports whether the word at i is a participle of a
// party to a case standing as a noun: "обрав затриманому запобіжний
// захід", not "затриманому чиновнику" (the noun after it is the head).
func (f *finder) partyParticiple(i int) bool {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "adj") || !partyParticiples[lower(t)] {
		return false
	}
	if i+1 < len(f.toks) {
		n := &f.toks[i+1]
		c := vtag.Case(t.Tag)
		if (strings.HasPrefix(n.Tag, "noun") || strings.HasPrefix(n.Tag, "adj")) && c != "" && hasCase(n, c) && agree(t, n) {
			return false
		}
	}
	return true
}

// text returns the text of toks[from:to]. It slices by the tokens' byte
// offsets, which name the same text as their code-point ones, rather than
// decoding the whole text into runes at every call.
func (f *finder) text(from, to int) string {
	return f.a.Text[f.toks[from].Start:f.toks[to-1].End]
}

// coordinators join two verbs of one list.
var coordinators = map[string]bool{"і": true, "й": true, "та": true}

// requested reports whether the verb at i is an infinitive that a verb
// of asking governs: "закликає допомогти дружині" asks for aid, it gives
// none.
func (f *finder) requested(i int) bool {
	if !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	c := i - 1
	if c > 0 && f.low(c) == "також" && f.low(c-1) == "а" {
		c-- // "ухвалити синхронні обмеження, а також запровадити санкції"
	}
	if c > 0 && (coordinators[f.low(c)] || f.low(c) == "а" && f.low(c+1) == "також") {
		// "закликав припинити вогонь з 20 грудня до 19 січня та обміняти
		// всіх полонених": the second of two infinitives asked for, past
		// the first one's long object
		from := c - 1
		if from > 0 && f.toks[from].Text == "," && f.low(c) == "а" {
			from-- // (the comma before "а також")
		}
		for j := from; j >= 0 && j >= i-16; j-- {
			t := &f.toks[j]
			if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" {
				break
			}
			if strings.HasPrefix(t.Tag, "verb") {
				if strings.Contains(t.Tag, ":inf") && f.requested(j) {
					return true
				}
				break
			}
		}
	}
	// "закликав грузинську владу відмовитися": the addressee may stand
	// between them, and a time ("протягом двох місяців скасувати").
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			if t.Text == "," && j == i-1 {
				// "просили видалити фото з мережі, заборонити …": one
				// more infinitive in a list of what is asked for
				return f.listedInfinitive(j)
			}
			return false
		}
		if k, ok := verbs[f.verb(j)]; ok && (k.typ == "REQUEST" || obliges[f.verb(j)]) {
			return true // "зобов'язало міськраду скасувати рішення": what is ordered
		}
		if l := lower(t); l == "запрошення" || (l == "запросити" || l == "запрошувати") && strings.HasPrefix(t.Tag, "verb") {
			return true // "передав їй запрошення канцлера відвідати Берлін": what one is invited to, not done
		}
		if v := f.verb(j); (v == "запропонувати" || v == "пропонувати") && f.proposedTo(j) >= 0 {
			return true // "запропонував депутатам підтримати проєкт": what is asked for
		}
		if nk, ok := nouns[lower(t)]; ok && nk.typ == "REQUEST" && strings.HasPrefix(t.Tag, "noun") {
			return true // "звернулася до суду з вимогою визнати незаконним"
		}
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") {
			// "закликав партнерів «діяти рішуче» і запровадити санкції":
			// an infinitive asked for along with another one
			return f.requested(j)
		}
	}
	return false
}

// doubted reports whether the verb at i follows навряд чи in its clause:
// "навряд чи й федерація футболу допомогла", "уряд навряд чи виділить
// кошти". The writer doubts the event; it is neither told nor planned.
func (f *finder) doubted(i int) bool {
	for j := i - 1; j >= 1 && j >= i-8; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) == "чи" && f.low(j-1) == "навряд" {
			return true
		}
	}
	return false
}

// careKinds are the kinds of допомога that name a service people get
// (medical or legal care), not aid given.
var careKinds = map[string]bool{"медичний": true, "медико-санітарний": true, "психологічний": true,
	"правовий": true, "юридичний": true, "стоматологічний": true}

// careReceived reports whether the noun at n, what a verb of receiving
// governs, is care received from no one named: "жителі отримуватимуть
// медичну допомогу там, де й раніше". Care from a giver ("отримали
// медичну допомогу від ЄС") stays aid.
func (f *finder) careReceived(n int) bool {
	if n < 1 || f.low(n) != "допомога" || !careKinds[f.low(n-1)] {
		return false
	}
	for j := n + 1; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if f.low(j) == "від" {
			return false
		}
	}
	return true
}

// listers are the verbs of putting someone on a list.
var listers = map[string]bool{"занести": true, "заносити": true, "внести": true, "вносити": true}

// outlaws are the people a list names as its kind: a list of terrorists
// or extremists is a blacklist.
var outlaws = map[string]bool{"терорист": true, "екстреміст": true, "тероризм": true, "екстремізм": true}

// outlawList returns, for a verb of putting on a list at i, the list noun
// of "до переліку/списку/реєстру" with terrorists or extremists after it
// ("Бившева занесли до переліку терористів і екстремістів"): being
// blacklisted so is coercion. It returns -1 for any other list.
func (f *finder) outlawList(i int) int {
	for j := i + 1; j+2 < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return -1
		}
		if f.low(j) != "до" {
			continue
		}
		switch f.low(j + 1) {
		case "перелік", "список", "реєстр":
		default:
			return -1
		}
		for k := j + 2; k < len(f.toks) && k <= j+4 && f.toks[k].Kind != vistka.Punct; k++ {
			if outlaws[f.low(k)] {
				return j + 1
			}
		}
		return -1
	}
	return -1
}

// sanctionList returns, for a verb of putting on a list at i, the list
// noun of a sanctions list in its clause, after the verb ("внесла до
// санкційного списку", "внесли до списку санкцій") or before it ("До
// санкційного переліку ЄС внесли"), or -1.
func (f *finder) sanctionList(i int) int {
	list := func(j int) int { // j: до
		n, sanctions := j+1, false
		for n < len(f.toks) && strings.HasPrefix(f.toks[n].Tag, "adj") {
			sanctions = sanctions || f.low(n) == "санкційний"
			n++
		}
		if n >= len(f.toks) {
			return -1
		}
		switch f.low(n) {
		case "перелік", "список", "реєстр":
		default:
			return -1
		}
		if !sanctions && (n+1 >= len(f.toks) || f.low(n+1) != "санкція") {
			return -1
		}
		return n
	}
	for j := i + 1; j < len(f.toks) && j <= i+5 && f.toks[j].Kind != vistka.Punct; j++ {
		if f.low(j) == "до" {
			return list(j)
		}
	}
	for j := i - 1; j >= 0 && j >= i-7 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.low(j) == "до" {
			if n := list(j); n < i {
				return n
			}
			return -1
		}
	}
	return -1
}

// listOwner returns the body named in the genitive after the list noun at
// n, in its phrase: "до переліку терористів і екстремістів
// Росфінмоніторингу"; "" when there is none.
func (f *finder) listOwner(n int) string {
	if n < 0 {
		return ""
	}
	for k := n + 1; k < len(f.toks) && k <= n+6 && f.toks[k].Kind != vistka.Punct; k++ {
		// (a body the tagger may take for a person: an inanimate noun)
		if e := f.entityAt(k); e != "" && hasCase(&f.toks[k], "v_rod") &&
			(f.ents.Type(e) == "ORG" || f.ents.Type(e) == "PERS" && strings.Contains(f.toks[k].Tag, ":inanim")) {
			return e
		}
	}
	return ""
}

// scareQuoted reports whether the event noun at n stands alone in quote
// marks, a common noun in lower case: "Жителі міста висловили свої
// «співчуття»". The marks set the word off as not meant; a name in marks
// (операція «Допомога») begins with a capital.
func (f *finder) scareQuoted(n int) bool {
	if n < 1 || n+1 >= len(f.toks) || !isOpenQuote(f.toks[n-1].Text) || !isCloseQuote(f.toks[n+1].Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.toks[n].Text)
	return unicode.IsLower(r)
}

// turnedToAbout reports whether the verb of turning to someone at i, with
// no noun of what it turns with, names whom it turns to (до X) and then
// the matter (щодо, стосовно, з приводу): "звернулася до МВС щодо вжиття
// заходів", "звернулася до партій, які мають намір …, щодо дотримання
// порядку". Turning to someone about a matter is an appeal to them. A
// relative clause after the addressee is passed over; any other comma or
// a verb of the clause ends the search ("звернувся до журналістів і
// розповів щодо …" says, not asks).
func (f *finder) turnedToAbout(i int) bool {
	j := i + 1
	for j < len(f.toks) && j <= i+3 && f.low(j) != "до" {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		j++ // "звернулася також до", "звернулася вчора до"
	}
	if j >= len(f.toks) || f.low(j) != "до" {
		return false
	}
	rel := false
	for k := j + 1; k < len(f.toks) && k <= j+40; k++ {
		switch l := f.low(k); {
		case l == "щодо" || l == "стосовно":
			return !rel
		case (l == "з" || l == "із") && k+1 < len(f.toks) && f.low(k+1) == "привід":
			return !rel
		}
		if f.toks[k].Kind == vistka.Punct {
			switch {
			case f.toks[k].Text != ",":
				return false
			case k+1 < len(f.toks) && (f.low(k+1) == "який" || f.low(k+1) == "котрий"):
				rel = true
			case rel:
				rel = false // the comma closing the relative clause
			default:
				return false
			}
			continue
		}
		if !rel && strings.HasPrefix(f.toks[k].Tag, "verb") {
			return false
		}
	}
	return false
}

// proposedTo returns, for a verb of proposing at i that an infinitive
// follows in its clause, whom it proposes it to: a person or a group in
// the dative, between them or opening the clause ("запропонував
// депутатам підтримати проєкт", "Саме промисловцям мер і запропонував
// стати благодійниками"). Proposing that someone do something asks it of
// them. It returns -1 when there is no such addressee, or when the
// infinitive gives something (запропонувала передати обладнання: aid
// offered, see gives) other than information the addressee is to hand
// in ("запропонував керівникам районів надати характеристики": asked).
func (f *finder) proposedTo(i int) int {
	to, inf := -1, -1
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			break
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") {
				inf = j
			}
			break
		}
		if to < 0 && f.addressed(j) {
			to = j
		}
	}
	if inf < 0 || gives[f.verb(inf)] && !(to >= 0 && f.informationAfter(inf)) {
		return -1
	}
	if to >= 0 {
		return to
	}
	for j := i - 1; j >= 0 && j >= i-25; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "(" && t.Text != ")" {
			break // past a name in brackets: "Олександр Борейко (ТОВ «Світязь») і запропонували"
		}
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			break
		}
		if f.addressed(j) {
			to = j // the first of them: "Саме заможним промисловцям …"
		}
	}
	return to
}

// addressed reports whether token j is someone in the dative that a verb
// may address: an animate noun or a person's or a body's name, with no
// preposition before it.
func (f *finder) addressed(j int) bool {
	t := &f.toks[j]
	if !hasCase(t, "v_dav") || f.governedBy(j) != "" || !strings.HasPrefix(t.Tag, "noun") {
		return false
	}
	if strings.Contains(t.Tag, ":anim") {
		return true
	}
	e := f.entityAt(j)
	return e != "" && (f.ents.Type(e) == "PERS" || f.ents.Type(e) == "ORG")
}

// alsoTurnedTo finds, after the appeal at i to someone about a matter
// (see turnedToAbout), a conjunct that leaves the verb out and names a
// second addressee and its matter: "звернулася до партій щодо дотримання
// порядку, а також – до МВС стосовно вжиття заходів". It returns the span
// from the conjunction to the word of the matter and the second
// addressee; r is "" when there is none. A verb between the addressee
// and the matter makes the conjunct a clause of its own.
func (f *finder) alsoTurnedTo(i int) (j, k int, r string) {
	for c := i + 1; c+2 < len(f.toks); c++ {
		if endsSentence(&f.toks[c]) {
			break
		}
		if f.toks[c].Text != "," || f.low(c+1) != "а" && f.low(c+1) != "і" && f.low(c+1) != "та" {
			continue
		}
		d := c + 2
		if f.low(d) == "також" {
			d++
		}
		if d < len(f.toks) && isDash(&f.toks[d]) {
			d++
		}
		if d >= len(f.toks) || f.low(d) != "до" {
			continue
		}
		for k = d + 1; k < len(f.toks) && k <= d+15; k++ {
			t := &f.toks[k]
			if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
				break
			}
			if l := f.low(k); l == "щодо" || l == "стосовно" || (l == "з" || l == "із") && k+1 < len(f.toks) && f.low(k+1) == "привід" {
				return c + 1, k, f.addressee(d + 1)
			}
		}
	}
	return -1, -1, ""
}

// thenWith finds, after the meeting at i in its sentence, a conjunct that
// leaves the verb out and tells a later meeting with someone else: ", а
// згодом – з …", ", а потім із …". It returns the indexes of а and of the
// preposition, or -1, -1. A verb between makes the conjunct a clause of
// its own.
func (f *finder) thenWith(i int) (j, k int) {
	for c := i + 1; c+3 < len(f.toks); c++ {
		t := &f.toks[c]
		if endsSentence(t) || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if t.Text != "," || f.low(c+1) != "а" {
			continue
		}
		d := c + 3
		switch f.low(c + 2) {
		case "потім", "згодом", "пізніше", "відтак", "далі":
		default:
			// ", а 25 листопада – з …": the day of the second
			if n := f.timeAt(c + 2); n == 0 {
				continue
			} else {
				d = c + 2 + n
			}
		}
		if d >= len(f.toks) {
			continue
		}
		if isDash(&f.toks[d]) {
			d++
		}
		if d >= len(f.toks) || f.low(d) != "з" && f.low(d) != "із" && f.low(d) != "зі" {
			continue
		}
		for e := d + 1; e < len(f.toks) && f.toks[e].Kind != vistka.Punct; e++ {
			if strings.HasPrefix(f.toks[e].Tag, "verb") {
				return -1, -1 // ", а потім з Павелом підписав меморандум"
			}
		}
		return c + 1, d
	}
	return -1, -1
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

// mentionedIn reports whether the entity e is named at a token from i up
// to (not including) end.
func (f *finder) mentionedIn(e string, i, end int) bool {
	for j := max(i, 0); j < end && j < len(f.toks); j++ {
		if f.entityAt(j) == e {
			return true
		}
	}
	return false
}

// addressee names whom a phrase opening at i (after до) means: the entity
// there, else the lemma of its first noun.
func (f *finder) addressee(i int) string {
	for j := i; j < len(f.toks) && j <= i+3; j++ {
		if e := f.entityAt(j); e != "" {
			return e
		}
		if strings.HasPrefix(f.toks[j].Tag, "noun") {
			return f.low(j)
		}
	}
	return ""
}

// withAskBefore finds, before the verb of turning to someone at i, the
// ask it is made with: "З проханням підтримати громади вони звернулися до
// голови ради". It returns the noun's index, or -1.
func (f *finder) withAskBefore(i int) int {
	for j := i - 1; j > 0 && j >= i-12; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			return -1
		}
		switch f.low(j) {
		case "вимога", "прохання", "заклик", "клопотання", "пропозиція":
			if strings.HasPrefix(t.Tag, "noun") && (f.low(j-1) == "з" || f.low(j-1) == "із") {
				if _, ok := nouns[f.low(j)]; ok {
					return j
				}
			}
		}
	}
	return -1
}

// listedInfinitive reports whether the clause before the comma at c
// holds an infinitive that is asked for (see requested), so that the
// infinitive after the comma continues its list.
func (f *finder) listedInfinitive(c int) bool {
	for j := c - 1; j >= 0 && j >= c-10; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") {
			return strings.Contains(t.Tag, ":inf") && f.requested(j)
		}
	}
	return false
}

// firstPerson reports whether the verb at i is said by the author: a
// first-person form, or я/ми as its subject (ми поговорили з …).
func (f *finder) firstPerson(i int) bool {
	tg := f.toks[i].Tag
	if strings.Contains(tg, ":1") && (strings.Contains(tg, "pres") || strings.Contains(tg, "futr")) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			break
		}
		if strings.Contains(t.Tag, "pron:pers:1") && hasCase(t, "v_naz") {
			return true
		}
	}
	// "запросив мене до себе", "розповів нам"
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if strings.Contains(f.toks[j].Tag, "pron:pers:1") {
			return true
		}
	}
	return false
}

// lentToClients reports whether the noun at n is loans in the plural and
// its clause names, in the dative, the customers a lender serves: a bank's
// business ("надавати клієнтам кредити", "ціна, за якою НБУ надає
// кредити комерційним банкам"), no aid to anyone named.
func (f *finder) lentToClients(n int) bool {
	if l := f.low(n); l != "кредит" && l != "позика" || numberOf(&f.toks[n]) != 1 {
		return false
	}
	start, end := f.allotClause(n)
	for j := start; j <= end; j++ {
		if t := &f.toks[j]; borrowers[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && f.entityAt(j) == "" {
			return true
		}
	}
	return false
}

// bribeIn reports whether the clause of the verb or the noun at i names
// what is given as a bribe: "неправомірна вигода", "хабар", "відкат".
func (f *finder) bribeIn(i int) bool {
	start, end := f.allotClause(i)
	for j := start; j <= end; j++ {
		switch f.low(j) {
		case "хабар", "відкат":
			return strings.HasPrefix(f.toks[j].Tag, "noun")
		case "неправомірний":
			if j+1 <= end && f.low(j+1) == "вигода" {
				return true
			}
		}
	}
	return false
}

// lender reports whether a is a bank or a fund that lends abroad, named in
// donors (a state is not: it may as well be given aid).
func (f *finder) lender(a string) bool {
	return f.ents.Type(a) != "LOC" && donors[f.ents.Name(a)]
}

// borrowers are the customers of lenders by their common noun.
var borrowers = map[string]bool{"клієнт": true, "банк": true, "позичальник": true, "населення": true, "вкладник": true}

// gives are light verbs that give aid when their object is a sum of money.
var gives = map[string]bool{
	"виділити": true, "надати": true, "надавати": true, "передати": true, "спрямувати": true,
	"спрямовувати": true, "пообіцяти": true, "обіцяти": true,
	"направити": true, "перерахувати": true, "перераховувати": true, "виділяти": true,
	"переказати": true, "переказувати": true, // as перерахувати: "ЄК переказала Україні 4,2 млрд євро"
	"передавати": true, "поставити": true, "постачати": true, "відправити": true,
	"виплатити": true, "виплачувати": true, "подарувати": true,
	"додати": true, // "ЄС додасть ще 400 млн євро": more money from a donor
	// sent to someone named: "Канада надішле Україні бронетехніку"
	"надіслати": true, "надсилати": true,
	// pledged or donated: "Литва пожертвувала Україні 10 млн євро"
	"пожертвувати": true, "задонатити": true,
}

// rescuers are the people a state sends another to help: "направила 40
// рятувальників", "відправила медиків".
var rescuers = map[string]bool{
	"рятувальник": true, "пожежник": true, "медик": true, "лікар": true, "сапер": true, "піротехнік": true,
}

// materiel is what a state gives another as military or civil aid, besides
// money: "передасть Україні дві системи ППО".
var materiel = map[string]bool{
	"зброя": true, "система": true, "комплекс": true, "снаряд": true, "боєприпаси": true,
	"боєприпас": true, "танк": true, "літак": true, "винищувач": true, "гелікоптер": true,
	"ракета": true, "гаубиця": true, "бронетехніка": true, "техніка": true, "дрон": true,
	"безпілотник": true, "генератор": true, "трансформатор": true, "обладнання": true,
	"автомобіль": true, "бронемашина": true, "міна": true, "пакет": true, "гуманітарка": true,
	"вантаж": true, "медикаменти": true, "ліки": true, "бмп": true, "бтр": true,
	"сканер": true, "автобус": true, "вантажівка": true, "пікап": true, "реанімобіль": true, "швидка": true,
	"ноутбук": true, "комп'ютер": true, "термінал": true, "тепловізор": true, "бронежилет": true,
	"шолом": true, "пальне": true, "паливо": true, "кошти": true, "автотрансформатор": true, "установка": true, "підстанція": true,
	"ппо": true, "артилерія": true, "машина": true, "автоцистерна": true,
	"квадрокоптер": true, "каска": true,
	"позашляховик": true, "мікроавтобус": true, // as пікап: "передали прикордонникам 15 позашляховиків"
	"тролейбус": true, "трамвай": true, // as автобус: "передасть місту вісім тролейбусів"
	"обігрівач": true,                                   // "передав лікарні 50 обігрівачів"
	"вертоліт":  true, "міномет": true, "гармата": true, // as гелікоптер, гаубиця: "передала Україні вертольоти"
	"вакцина": true, "доза": true, // "передав Україні 300 тисяч доз вакцини"
	// a battery of air defence, or of power: "передали Україні ще дві
	// батареї Patriot", "передав лікарні акумулятори"
	"батарея": true, "акумулятор": true,
	// relief in kits and devices: "передав мешканцям продуктові набори",
	// "передав лікарні апарат ШВЛ"
	"набір": true, "аптечка": true, "ковдра": true, "продукти": true, "апарат": true,
	// boats and radars of a coast guard: "надасть Манілі п'ять патрульних
	// катерів і радари"
	"катер": true, "радар": true,
	// plants and stores given a town, and beds and trainers given a
	// hospital: "передала місту дві модульні котельні", "отримало 15
	// мобільних станцій очищення води", "передасть громаді склад",
	// "передав госпіталю 40 ліжок"
	"котельня": true, "котельна": true, "станція": true, "склад": true, "ліжко": true, "тренажер": true,
}

// buildingMaterials reports whether token j is building materials,
// relief given for repairs as goods are ("отримала від Червоного Хреста
// будівельні матеріали"); матеріали alone are also a case's papers or a
// journalist's pieces.
func (f *finder) buildingMaterials(j int) bool {
	return f.low(j) == "будматеріал" || f.low(j) == "матеріал" && j > 0 && f.low(j-1) == "будівельний"
}

// forNeedsOf reports whether the giving verb at i is followed by на
// потреби and a named body in the genitive: what is given goes to that
// body or military unit ("частину премії гравці передадуть на потреби
// 95-ї бригади", "зібрані кошти передали на потреби ЗСУ").
func (f *finder) forNeedsOf(i int) bool {
	if i+3 >= len(f.toks) || f.low(i+1) != "на" || f.toks[i+2].Text != "потреби" {
		return false
	}
	for j := i + 3; j < len(f.toks) && j <= i+7 && f.toks[j].Kind != vistka.Punct; j++ {
		if hasCase(&f.toks[j], "v_rod") && (f.entityAt(j) != "" || militaryUnits[f.low(j)]) {
			return true
		}
		if !strings.HasPrefix(f.toks[j].Tag, "adj") && f.toks[j].Kind != vistka.Number {
			return false
		}
	}
	return false
}

// militaryUnits are the units aid is given to by their kind.
var militaryUnits = map[string]bool{"бригада": true, "батальйон": true, "полк": true, "дивізія": true, "підрозділ": true}

// forCountry reports whether the clause of the verb at i names a country
// after для: who money spent on something is for; or a community or
// public service ("передали для області 40 генераторів", "виділили для
// прифронтових громад 5 млн грн").
func (f *finder) forCountry(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+12 && f.toks[j].Kind != vistka.Punct; j++ {
		if f.low(j) == "для" && isPrep(&f.toks[j]) {
			if e := f.entityAt(j + 1); e != "" {
				return f.ents.Type(e) == "LOC"
			}
			k := j + 1
			for k < len(f.toks) && k <= j+3 && strings.HasPrefix(f.toks[k].Tag, "adj") {
				k++
			}
			return k < len(f.toks) && hasCase(&f.toks[k], "v_rod") && f.dativeBody(k)
		}
	}
	return false
}

// dativeBody reports whether the noun at j is a community, a public
// service or people in need that a gift may be given to without a name:
// "передало області 12 автобусів", "виплатить родинам загиблих"; not a
// firm paid for its work (перерахував субпідряднику 1,05 млн грн).
func (f *finder) dativeBody(j int) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
		return false
	}
	switch lower(t) {
	case "область", "місто", "столиця", "село", "селище", "громада", "регіон", "район", "родина", "сім'я", "лікарня", "школа", "переселенець", "постраждалий", "мешканець",
		"музей", "бібліотека", // "передасть 12 музеям обладнання"
		"станція", "електростанція", // "передасть українським атомним станціям обладнання"
		// institutions, as лікарня and школа: "передала госпіталю два
		// тренажери", "виділила ліцею 3 млн гривень"
		"госпіталь", "ліцей", "гімназія", "університет", "амбулаторія", "поліклініка",
		// a town's firms and centres given money or goods by a council or
		// a fund: "виділило підприємству 12 млн гривень", "перерахує
		// регіональним центрам 180 млн гривень", "закладам освіти"
		"підприємство", "центр", "заклад", "установа", "кооператив":
		return true
	}
	return false
}

// dativeAfterGoods reports whether the goods named at j, the object of a
// verb of giving, are followed by the one given them in the dative: a
// name ("передав генератори Харкову") or a community or a service named
// by its noun ("передав генератори місту", "передала обладнання міській
// лікарні"), past the goods' own words in the genitive ("системи ППО").
// A community or a service the tagger reads as a genitive is the one
// given when its form is the dative's too and no other dative follows in
// the clause (genitiveRecipient): "передав обладнання лікарні".
// The goods are the verb's object, in the accusative, or counted in the
// genitive after a number ("передали 50 генераторів лікарням"). People
// named by an animate noun in the dative are given them too.
func (f *finder) dativeAfterGoods(j int) bool {
	if !hasCase(&f.toks[j], "v_zna") && !f.countedGoods(j) {
		return false // "надасть послуги оптимізації систем зв'язку «Борисполю»": the goods no object
	}
	for k := j + 1; k < len(f.toks) && k <= j+5; k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || t.Kind == vistka.Number || isPrep(t) || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
			continue // an adjective or a word of the goods' name
		}
		if hasCase(t, "v_dav") && (f.entityAt(k) != "" || f.dativeBody(k)) || f.genitiveRecipient(k) {
			return true
		}
		if hasCase(t, "v_dav") && strings.HasPrefix(t.Tag, "noun:anim") {
			return true // people past the goods' owner: "передав обладнання лікарні волонтерам"
		}
		if !hasCase(t, "v_rod") {
			return false
		}
	}
	return false
}

// countedGoods reports whether the noun at j stands in the genitive, or
// in the nominative plural that два, три, чотири take, after a number or
// a number word: goods counted ("50 генераторів", "дві машини").
func (f *finder) countedGoods(j int) bool {
	if j == 0 || !hasCase(&f.toks[j], "v_rod") && !hasCase(&f.toks[j], "v_naz") {
		return false
	}
	p := &f.toks[j-1]
	return p.Kind == vistka.Number || strings.Contains(p.Tag, "numr")
}

// genitiveRecipient reports whether the noun at k, a community or a
// service the tagger read as a genitive (dativeBody), is the one goods
// are given to: its form is the dative's too (лікарні, школі, області),
// it follows the goods a verb of giving takes as its object, past
// adjectives of its own, and no noun in the dative follows in the clause
// ("передав обладнання лікарні" gives the hospital the equipment;
// "передав обладнання лікарні волонтерам" gives the hospital's equipment
// to the volunteers). The verb is finite: an infinitive under a proposal
// ("запропонувала передати обладнання лікарні") is no giving told.
func (f *finder) genitiveRecipient(k int) bool {
	t := &f.toks[k]
	if !hasCase(t, "v_rod") || !f.dativeBody(k) || f.entityAt(k) != "" {
		return false
	}
	l := scan.ToLower(t.Text)
	if !strings.HasSuffix(l, "і") && !strings.HasSuffix(l, "ї") {
		return false
	}
	g := k - 1
	for g > 0 && strings.HasPrefix(f.toks[g].Tag, "adj") {
		g--
	}
	if g <= 0 || !(materiel[f.low(g)] || gifts[f.low(g)]) || !strings.HasPrefix(f.toks[g].Tag, "noun") {
		return false
	}
	v := g - 1
	if v > 0 && (f.toks[v].Kind == vistka.Number || strings.Contains(f.toks[v].Tag, "numr")) {
		v--
	}
	if v < 0 || !gives[f.verb(v)] || strings.Contains(f.toks[v].Tag, ":inf") {
		return false // (an infinitive, "запропонувала передати обладнання лікарні", tells no giving done)
	}
	for j := k + 1; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if hasCase(&f.toks[j], "v_dav") || strings.HasPrefix(f.toks[j].Tag, "verb") || strings.HasPrefix(f.toks[j].Tag, "conj") {
			return false
		}
	}
	return true
}

// dativeOfTwo reports whether the noun at j, right after a verb of
// giving, is a community or a service in the dative though its form is
// also the plural read as the object ("передав лікарні 50 обігрівачів",
// "передали області генератори"): the thing given, a number or a noun
// in the accusative, follows it, and a verb takes one direct object.
func (f *finder) dativeOfTwo(j int) bool {
	if j+1 >= len(f.toks) || !f.dativeBody(j) || f.entityAt(j) != "" {
		return false
	}
	l := scan.ToLower(f.toks[j].Text)
	if !strings.HasSuffix(l, "і") && !strings.HasSuffix(l, "ї") {
		return false
	}
	// (goods whose accusative is their genitive's form too, read so:
	// "передав лікарні обладнання"; or their nominative's, as a thing's
	// is: "передав лікарні апарат ШВЛ")
	if f.low(j+1) == "ще" && j+2 < len(f.toks) {
		j++ // "передав столиці ще три автобуси": more of the same
	}
	n := &f.toks[j+1]
	return n.Kind == vistka.Number || strings.Contains(n.Tag, "numr") || strings.HasPrefix(n.Tag, "noun") && (hasCase(n, "v_zna") && !hasCase(n, "v_rod") || materiel[f.low(j+1)] && (hasCase(n, "v_rod") || hasCase(n, "v_naz") && strings.Contains(n.Tag, ":inanim")))
}

// quotedDative reports whether token j, a body's name in quote marks
// right after a verb of giving, is the one given to though the tagger read
// it as a genitive: "Нацбанк виділив «Брокбізнесбанку» 2 млрд грн" (the
// dative and the genitive share -у, -ю, -і, -ї), or an indeclinable name
// with the thing given after it ("передав «Укренерго» обладнання").
func (f *finder) quotedDative(j int) bool {
	t := &f.toks[j]
	if j == 0 || f.toks[j-1].Kind != vistka.QuoteMark || f.spanType(j) != "ORG" {
		return false
	}
	if strings.Contains(t.Tag, ":nv") {
		// an indeclinable name ("передав «Укренерго» обладнання"): the
		// thing given after its closing mark
		return f.thingAfterName(j)
	}
	if !hasCase(t, "v_rod") {
		return false
	}
	l := scan.ToLower(t.Text)
	return strings.HasSuffix(l, "у") || strings.HasSuffix(l, "ю") || strings.HasSuffix(l, "і") || strings.HasSuffix(l, "ї")
}

// abbrDative reports whether token j, right after a verb of giving, is a
// body's indeclinable abbreviation with the thing given after it, which is
// the one given to though the tagger reads it as a genitive: "Мукачево
// передало ЗСУ 38 пікапів" (an abbreviation has no case of its own; the
// thing counted after it is the verb's object).
func (f *finder) abbrDative(j int) bool {
	t := &f.toks[j]
	return f.spanType(j) == "ORG" && strings.Contains(t.Tag, ":nv") && strings.Contains(t.Tag, ":abbr") && f.thingAfterName(j)
}

// thingAfterName reports whether the name at j, an indeclinable one the
// tagger gives no case of its own, is followed (past its closing quote
// mark) by a thing given, counted or in the accusative: the name is then
// the one given it (see quotedDative, abbrDative).
func (f *finder) thingAfterName(j int) bool {
	k := j + 1
	for k < len(f.toks) && f.entityAt(k) == f.entityAt(j) {
		k++
	}
	if k < len(f.toks) && isCloseQuote(f.toks[k].Text) {
		k++
	}
	if k >= len(f.toks) {
		return false
	}
	// (a sum paid a firm may be a fine or a fee: "виплатила
	// «Укренерго» 2 млн грн штрафу")
	n := &f.toks[k]
	// (a count in words, as in figures: "передасть «Укренерго» два
	// автотрансформатори")
	return f.spanType(k) != "MON" && (n.Kind == vistka.Number || strings.HasPrefix(n.Tag, "numr") || strings.HasPrefix(n.Tag, "noun") && (hasCase(n, "v_zna") || hasCase(n, "v_naz")) && f.entityAt(k) == "")
}

// sumFronted reports whether the clause of the giving verb at i opens
// with a sum of money as its object, before the verb and with no verb or
// punctuation between ("Фінансування у розмірі 4,5 млн євро Молдові
// надасть уряд Естонії"); the clause opens at the start of the sentence
// or after a conjunction.
func (f *finder) sumFronted(i int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
		if f.spanType(j) == "MON" || currencies[f.low(j)] && j > 0 && f.toks[j-1].Kind == vistka.Number {
			return true
		}
	}
	return false
}

// sumPaidFor reports whether the sum at j is followed by за and the work or
// the thing it pays for, in the accusative: "отримала від міськради 5 млн
// гривень за ремонт доріг" is payment, no aid ("за рахунок субвенції"
// names where the money comes from, "за програмою" under what it is given).
func (f *finder) sumPaidFor(j int) bool {
	k := j
	for k < len(f.toks) && (f.spanType(k) == "MON" || currencies[f.low(k)]) {
		k++
	}
	if k+1 >= len(f.toks) || f.low(k) != "за" {
		return false
	}
	k++
	for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") {
		k++ // "за виконані роботи"
	}
	return k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "noun") && hasCase(&f.toks[k], "v_zna") && f.low(k) != "рахунок" && f.entityAt(k) == ""
}

// currencies name money when the entity tagger leaves a sum unmarked.
var currencies = map[string]bool{"долар": true, "євро": true, "гривня": true, "фунт": true, "франк": true, "єна": true,
	"крона": true, "злотий": true, "юань": true, "форинт": true, "грн": true}

// spanType returns the type of the NER span token i lies in, or "".
func (f *finder) spanType(i int) string {
	if sp := f.spanOf(i); sp != nil {
		return sp.Type
	}
	return ""
}

// undeclined reports whether token i lies in a person's name of two
// words or more whose base form is as written: a foreign name that does
// not decline (з Довіле Шакалєне), whatever case the tagger read in its
// words.
func (f *finder) undeclined(i int) bool {
	sp := f.spanOf(i)
	return sp != nil && sp.Type == "PERS" && sp.Lemma == sp.Text && strings.Contains(sp.Text, " ")
}

// spanOf returns the entity span token i lies in, or nil.
func (f *finder) spanOf(i int) *vistka.Span {
	t := &f.toks[i]
	sp := f.a.Spans
	n := sort.Search(len(sp), func(n int) bool { return sp[n].End > t.RStart })
	if n < len(sp) && sp[n].Start <= t.RStart && t.REnd <= sp[n].End {
		return &sp[n]
	}
	return nil
}

// lastAttacker returns the actors of the last attack told before, in this
// sentence (here) or the ones before, or nil. Drones or missiles shot
// down are passed over: "Сили ППО знешкодили 32 ракети. Гутерріш засудив
// удар" condemns the strike, not the air defence.
func (f *finder) lastAttacker(here []vistka.Event) []string {
	for _, evs := range [][]vistka.Event{here, f.before} {
		for k := len(evs) - 1; k >= 0; k-- {
			if evs[k].Type == "ASSAULT" && len(evs[k].Actors) > 0 && !downingVerbs[firstWord(evs[k].Trigger)] {
				return slices.Clone(evs[k].Actors)
			}
		}
	}
	return nil
}

// downingVerbs are the lemmas of the verbs of air defence bringing down
// what flies at it: збити, знешкодити, подавити, перехопити.
var downingVerbs = map[string]bool{"збити": true, "знешкодити": true, "подавити": true, "перехопити": true}

// whoseDecision reads an object that is someone's decision or proposal
// at i, and returns who made it when a group names it (рішення уряду,
// рішення японського уряду: Японія when the text names it), or "".
func (f *finder) whoseDecision(i, end int) string {
	if i >= end || !strings.HasPrefix(f.toks[i].Tag, "noun") || !decisionNouns[f.low(i)] {
		return ""
	}
	j := i + 1
	for j < end && strings.HasPrefix(f.toks[j].Tag, "adj") && hasCase(&f.toks[j], "v_rod") {
		j++
	}
	if j < end && j == i+1 && hasCase(&f.toks[j], "v_rod") && f.entityAt(j) == "" {
		// "підтримав ініціативу генсека": the person the role stands for
		if p := f.ents.RoleAt(f.a, f.s, j); p != "" {
			return p
		}
	}
	if j >= end || !groups[f.low(j)] || !hasCase(&f.toks[j], "v_rod") || f.entityAt(j) != "" {
		return ""
	}
	if g := f.groupOf(j); g != "" {
		return g
	}
	if j == i+1 {
		return f.low(j) // "рішення уряду": the government as written
	}
	return ""
}

// passedActs are the acts a body passes or issues: ухвалила постанову,
// прийняв закон, видав указ.
var passedActs = map[string]bool{
	"рішення": true, "постанова": true, "закон": true, "законопроєкт": true, "резолюція": true,
	"указ": true, "розпорядження": true, "наказ": true,
}

// passVerbs are the verbs of passing or issuing an act.
var passVerbs = map[string]bool{
	"ухвалити": true, "прийняти": true, "схвалити": true, "видати": true, "затвердити": true, "ухвалювати": true, "приймати": true,
}

// rejectedAct returns the noun of a passed act (рішення, постанова,
// закон) that the rejecting verb of tr takes, right after it or after
// the infinitive it governs (відмовився виконувати це рішення), or -1.
func (f *finder) rejectedAct(tr trig, end int) int {
	if tr.noun >= 0 {
		if passedActs[f.low(tr.noun)] {
			return tr.noun
		}
		return -1
	}
	for k := tr.at + 1; k < end && k <= tr.at+4; k++ {
		t := &f.toks[k]
		switch {
		case strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, ":inf"), strings.HasPrefix(t.Tag, "adv"),
			strings.HasPrefix(t.Tag, "adj") && strings.Contains(t.Tag, "pron:dem"):
		case strings.HasPrefix(t.Tag, "noun") && passedActs[f.low(k)] && (hasCase(t, "v_zna") || hasCase(t, "v_naz") || hasCase(t, "v_rod") && strings.Contains(f.toks[tr.at].Tag, ":neg")):
			// (an inanimate accusative has the nominative's form, which
			// the tagger may choose: "ветував закон")
			return k
		default:
			return -1
		}
	}
	return -1
}

// actPassedBy returns the body (or the person) that passed the act named
// by the noun at n: the name in the genitive after it (рішення Київради),
// the doer of a participle set off after it (закон, ухвалений Верховною
// Радою), or the subject of a verb of passing with the same noun in one
// of the three sentences before (Київрада ухвалила рішення про тарифи);
// "" when the text does not say.
func (f *finder) actPassedBy(n, end int) string {
	if n+1 < len(f.toks) {
		e := f.entityAt(n + 1)
		if e != "" && (hasCase(&f.toks[n+1], "v_rod") || strings.Contains(f.toks[n+1].Tag, ":nv")) {
			return e
		}
		if h := &f.toks[n+1]; n+1 < end && e == "" && strings.HasPrefix(h.Tag, "noun") && hasCase(h, "v_rod") && !plural(h) && !strings.Contains(h.Tag, "pron") &&
			(actorNoun(f.low(n+1)) || institutions[f.low(n+1)] || strings.Contains(h.Tag, ":anim") && entity.IsRoleWord(h.Lemma)) {
			// "скасував указ президента", "рішення уряду": the person
			// named by that title before, else the noun
			return cmp.Or(f.ents.RoleAt(f.a, f.s, n+1), f.low(n+1))
		}
	}
	if n+2 < end && f.toks[n+1].Text == "," && passVerbs[participleVerb(f.low(n+2), participleEnds)] {
		return f.agent(n+3, end, false)
	}
	act := f.low(n)
	for s := f.s - 1; s >= 0 && s >= f.s-3; s-- {
		toks := f.a.Sentences[s].Tokens
		for v := range toks {
			if !strings.HasPrefix(toks[v].Tag, "verb") || !passVerbs[scan.ToLower(toks[v].Lemma)] {
				continue
			}
			found := false
			for k := v + 1; k < len(toks) && k <= v+3; k++ {
				if scan.ToLower(toks[k].Lemma) == act {
					found = true
					break
				}
			}
			if !found {
				continue
			}
			for k := v - 1; k >= 0 && toks[k].Kind != vistka.Punct; k-- {
				t := &toks[k]
				e := f.ents.At(t.RStart, t.REnd)
				if l := scan.ToLower(t.Lemma); e == "" && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && !plural(t) && (actorNoun(l) || institutions[l]) &&
					(k == 0 || !isPrep(&toks[k-1])) {
					// "Парламент ухвалив закон": the body named by its noun
					return cmp.Or(f.ents.BodyOf(t.RStart, s, l), l)
				}
				if e == "" {
					continue
				}
				if t := f.ents.Type(e); t != "ORG" && t != "LOC" && t != "PERS" {
					return ""
				}
				lo := k
				for lo > 0 && f.ents.At(toks[lo-1].RStart, toks[lo-1].REnd) == e {
					lo--
				}
				if lo > 0 && isPrep(&toks[lo-1]) || !hasCase(&toks[lo], "v_naz") && !strings.Contains(toks[lo].Tag, ":nv") {
					return ""
				}
				return e
			}
			return ""
		}
	}
	return ""
}

// decisionNouns are what someone decides or proposes, whose author a
// genitive after them names.
var decisionNouns = map[string]bool{
	"рішення": true, "пропозиція": true, "ініціатива": true, "позиція": true, "заява": true,
	"план": true, "крок": true, "зусилля": true, "постанова": true, "указ": true,
}

// hasMoney reports whether a sum of money stands in toks[from:to].
func (f *finder) hasMoney(from, to int) bool {
	for j := from; j < to && j < len(f.toks); j++ {
		if f.spanType(j) == "MON" || currencies[f.low(j)] {
			return true
		}
	}
	return false
}

// eventNoun reports whether the noun at j names an event: "акція" does
// only as a protest (акція протесту), not as a sale.
func (f *finder) eventNoun(j int) bool {
	if f.low(j) == "засідання" {
		// "бере участь у засіданнях суду": a hearing, not a meeting
		return !(j+1 < len(f.toks) && courtWords[f.low(j+1)])
	}
	if f.low(j) == "навчання" {
		// "провели спільні навчання": joint exercises, not training;
		// "провела навчання ядерних сил": a show of force (see drill)
		return f.jointDrill(j) || f.drill(j)
	}
	if f.low(j) == "критика" {
		return f.addressedTo(j) > 0
	}
	if f.low(j) == "наступ" || f.low(j) == "контрнаступ" {
		return f.armedAdvance(j)
	}
	if f.low(j) == "консультація" {
		return f.talksWith(j)
	}
	if f.low(j) == "виведення" {
		// "виведення військ" (not "виведення коштів")
		if j+1 >= len(f.toks) {
			return false
		}
		_, troops := pairs["перекинути"][f.low(j+1)]
		return troops
	}
	if f.low(j) != "акція" {
		return true
	}
	if j+2 < len(f.toks) && (f.low(j+1) == "з" || f.low(j+1) == "із") && f.low(j+2) == "вимога" {
		return true // "акцією з вимогою не споруджувати пам'ятник": a protest
	}
	if f.causeAfter(j) {
		return true // "проводячи численні акції за мир": a rally for a cause
	}
	if j > 0 && (f.verb(j-1) == "повторити" || f.verb(j-1) == "повторювати") &&
		slices.ContainsFunc(f.before, func(e vistka.Event) bool { return e.Type == "PROTEST" }) {
		// "Жителі перекрили трасу. … обіцяли повторити акцію": the
		// protest the text told before, held again
		return true
	}
	return j+1 < len(f.toks) && protestKinds[f.low(j+1)]
}

// advanceGoals are what an armed advance is on besides a named place:
// "наступ на Запорізькому напрямку", "наступ на позиції ЗСУ".
var advanceGoals = map[string]bool{"напрямок": true, "позиція": true, "позиції": true, "фронт": true,
	"ділянка": true, "місто": true, "село": true, "селище": true, "плацдарм": true, "оборона": true}

// armedAdvance reports whether the наступ at j is an armed one: on a
// place, a direction or positions, where it is (на півдні), or on nothing
// said ("ЗСУ розпочали наступ"); "почала наступ на селянство" is a
// campaign against people.
func (f *finder) armedAdvance(j int) bool {
	if j+2 >= len(f.toks) || f.low(j+1) != "на" {
		return true
	}
	k := j + 2
	for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") {
		k++
	}
	return k < len(f.toks) && (strings.Contains(f.toks[k].Tag, ":geo") || advanceGoals[f.low(k)] || hasCase(&f.toks[k], "v_mis"))
}

// talksWith reports whether the консультації at j are talks between
// sides: with a partner after them ("провів консультації з Блінкеном",
// "консультації між МЗС") or named as talks ("двосторонні, політичні
// консультації"); "проводить консультації для громадян" is advice given
// (спільні консультації agreed on regularly are cooperation: see
// regularTalks).
func (f *finder) talksWith(j int) bool {
	if j > 0 {
		for _, p := range []string{"двосторон", "політичн", "міжурядов", "міжвідомч", "дипломатичн", "міждержавн"} {
			if strings.HasPrefix(f.low(j-1), p) {
				return true
			}
		}
	}
	for k := j + 1; k < len(f.toks) && k <= j+2; k++ {
		switch f.low(k) {
		case "з", "із", "зі", "між":
			return true
		case "для":
			return false // "провели консультації для громадян": advice given
		}
	}
	k := j - 1
	for k > 0 && strings.HasPrefix(f.toks[k].Tag, "adj") {
		k--
	}
	return k >= 0 && (f.verb(k) == "провести" || f.verb(k) == "проводити") && f.jointSubject(k)
}

// jointSubject reports whether the plural verb at at has two sides or
// more joined by та, і or й for its subject, or the sides named as such:
// "Україна та США провели консультації", "Делегації України та США
// провели консультації".
func (f *finder) jointSubject(at int) bool {
	if !plural(&f.toks[at]) {
		return false
	}
	if f.sidesBefore(at) {
		return true
	}
	seen := map[string]bool{}
	and := false
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj:subord") {
			break
		}
		and = and || isAnd(t)
		if e := f.entityAt(j); e != "" {
			seen[e] = true
		}
	}
	return and && len(seen) >= 2
}

// jointDrill reports whether the навчання at j are joint: "спільні
// (військові) навчання".
func (f *finder) jointDrill(j int) bool {
	return j > 0 && strings.HasPrefix(f.low(j-1), "спільн") || j > 1 && strings.HasPrefix(f.low(j-2), "спільн")
}

// drill reports whether the навчання at j are military exercises of one
// side's forces: "військові навчання", "навчання ядерних сил", "навчання
// Чорноморського флоту" (PLOVER's MOBILIZE, a show of military power).
func (f *finder) drill(j int) bool {
	if j > 0 && (strings.HasPrefix(f.low(j-1), "військов") || strings.HasPrefix(f.low(j-1), "командно-штабн")) {
		return true
	}
	for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
		switch f.low(k) {
		case "війська", "військо", "сили", "сила", "армія", "флот", "угруповання", "десантник", "ппо":
			return hasCase(&f.toks[k], "v_rod")
		}
		if !strings.HasPrefix(f.toks[k].Tag, "adj") {
			return false
		}
	}
	return false
}

// assetDeclaration reports whether the декларація at j is one's
// declaration of income and property, not a joint one: electronic, of
// property or of income (електронна, майнова декларація, декларація про
// доходи), one's own (його декларація), or a single person's (декларація
// судді, декларація Петра Коваля; the leaders' declaration is joint).
func (f *finder) assetDeclaration(j int) bool {
	if j > 0 {
		switch f.low(j - 1) {
		case "електронний", "майновий", "податковий", "щорічний", "свій", "його", "її", "їхній":
			return true
		}
	}
	if j+2 < len(f.toks) && f.low(j+1) == "про" && (f.low(j+2) == "доходи" || f.low(j+2) == "майно" || f.low(j+2) == "дохід") {
		return true
	}
	if j+1 < len(f.toks) {
		n := &f.toks[j+1]
		if hasCase(n, "v_rod") && strings.HasPrefix(n.Tag, "noun:anim") && !strings.Contains(n.Tag, ":p:") && !strings.Contains(n.Tag, "pron") {
			return true
		}
		if e := f.entityAt(j + 1); e != "" && f.ents.Type(e) == "PERS" {
			return true
		}
	}
	return false
}

// relativeObject returns the event noun among objs that a relative
// pronoun in the accusative, opening the clause of the light verb at i,
// stands for: "акцій протесту, які профспілка проводила" (the noun may
// have its genitive after it). It returns -1 for any other clause.
func (f *finder) relativeObject(i int, objs []string) int {
	for c := i - 1; c > 0 && c >= i-8; c-- {
		t := &f.toks[c]
		if t.Kind != vistka.Punct {
			continue
		}
		if t.Text != "," || c+1 >= i {
			return -1
		}
		r := &f.toks[c+1]
		if l := lower(r); l != "який" && l != "котрий" || !hasCase(r, "v_zna") && !(hasCase(r, "v_naz") && f.subjectBetween(c+2, i)) {
			return -1
		}
		k := c - 1
		for k > 0 && f.spanType(k) == "MON" {
			k-- // "кредиту ЄБРР на 300 млн євро, який": its sum after it
		}
		if k < c-1 && k > 0 && f.low(k) == "сума" && f.low(k-1) == "на" {
			k-- // "кредиту на суму 270 млн євро, який"
		}
		if k == c-1 || f.low(k) != "на" {
			k = c
		}
		words := 0 // the words between, a name counted as one
		for j := k - 1; j >= 0 && words < 2; j-- {
			if slices.Contains(objs, f.low(j)) && strings.HasPrefix(f.toks[j].Tag, "noun") && f.eventNoun(j) {
				return j
			}
			if e := f.entityAt(j); e != "" && j > 0 && f.entityAt(j-1) == e {
				continue // the lender's name after the loan, one word: "кредиту Європейського банку реконструкції та розвитку"
			}
			if !hasCase(&f.toks[j], "v_rod") {
				break
			}
			words++
		}
		return -1
	}
	return -1
}

// subjectBetween reports whether a noun or a name in the nominative
// stands in toks[lo:hi], a relative clause's words before its verb: then
// a masculine який or котрий the tagger read as the nominative is the
// object ("кредиту, який банк надав", "кредиту, який ЄБРР надав").
func (f *finder) subjectBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && f.entityAt(j) == "" {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") {
			return true
		}
	}
	return false
}

// responds are the verbs of answering something by an act: відреагували
// на рішення акцією протесту.
var responds = map[string]bool{"відреагувати": true, "реагувати": true, "відповісти": true}

// protestKinds are the genitives that make an акція a protest.
var protestKinds = map[string]bool{"протест": true, "непокора": true, "солідарність": true}

// objectsOpening returns the first of the animate nouns in the accusative
// (or its genitive form) that, coordinated with their numerals and
// possessives, make the whole clause before the verb at at: "Організатора
// та двох його спільників затримали". It returns -1 for any other clause.
func (f *finder) objectsOpening(at int) int {
	k := at - 1
	for k >= 0 && f.toks[k].Kind != vistka.Punct {
		k--
	}
	first, nouns := -1, 0
	for j := k + 1; j < at; j++ {
		t := &f.toks[j]
		switch {
		case strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && !strings.Contains(t.Tag, ":prop") &&
			(hasCase(t, "v_zna") || hasCase(t, "v_rod")):
			if first < 0 {
				first = j
			}
			nouns++
		case isAnd(t), strings.HasPrefix(t.Tag, "numr"), strings.Contains(t.Tag, "pron:pos"), strings.HasPrefix(t.Tag, "adj") && !hasCase(t, "v_naz"):
		default:
			return -1
		}
	}
	if nouns < 2 {
		return -1 // one noun alone is read by the rule before
	}
	return first
}

// frontedObject returns the person put first in the sentence as the
// object of the verb at at with no subject of its own (a plural or an
// impersonal form), or with its subject after it: "Львів'янина,
// підозрюваного у шахрайстві, затримали", "Агента ФСБ затримала СБУ".
// The person is an animate noun in the accusative that cannot be a
// nominative, with no nominative noun between it and the verb.
func (f *finder) frontedObject(at int) string {
	none := subjectless(f.toks[at].Tag)
	if !none && !f.subjectAfter(at) || at < 1 || at < 2 && (!none || plural(&f.toks[0])) {
		// (one word before a subjectless verb is its object when
		// singular, "Обвинуваченого відпустили під заставу"; a lone
		// plural, "Селян зганяли", is left to the rules that keep its
		// number)
		return ""
	}
	o := 0 // the object noun
	if !none && f.countingWord(0) {
		o = 1 // "Двох чоловіків затримала поліція"
	} else if none && strings.Contains(f.toks[0].Tag, "pron:pos") {
		o = 1 // "Її заступника відсторонено від посади"
	}
	t := &f.toks[o]
	// (with its subject after it, the animate accusative the tagger may
	// read as the genitive: "Львів'янина затримав поліцейський")
	// (and after a possessive before a form in -но, -то: "Її заступника
	// відсторонено")
	acc := hasCase(t, "v_zna") || (!none || o == 1) && hasCase(t, "v_rod")
	if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":anim") || !acc || hasCase(t, "v_naz") || o >= at {
		return ""
	}
	for j := o + 1; j < at; j++ {
		if u := &f.toks[j]; strings.HasPrefix(u.Tag, "noun") && hasCase(u, "v_naz") || strings.HasPrefix(u.Tag, "verb") && !strings.Contains(u.Tag, ":inf") {
			return ""
		}
	}
	if e := f.entityAt(o); e != "" {
		return e
	}
	if !none {
		return f.objectPhrase(o, trig{noun: -1}) // "Двох чоловіків затримала поліція": двоє чоловіків
	}
	return t.Lemma
}

// countedFirst returns the people counted at the start of the sentence
// as the object of the plural verb at at, with its subject between them:
// "Двох його спільників оперативники затримали наступного дня". It
// returns "" for any other sentence.
func (f *finder) countedFirst(at int) string {
	if !f.countingWord(0) || !plural(&f.toks[at]) {
		return ""
	}
	o := 1
	if o < at && strings.Contains(f.toks[o].Tag, "pron:pos") {
		o++ // "Двох його спільників"
	}
	if o+1 >= at {
		return ""
	}
	t := &f.toks[o]
	if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":anim") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_rod") && !hasCase(t, "v_zna") {
		return ""
	}
	subject := false
	for j := o + 1; j < at; j++ {
		u := &f.toks[j]
		if u.Kind == vistka.Punct || strings.HasPrefix(u.Tag, "verb") {
			return ""
		}
		subject = subject || strings.HasPrefix(u.Tag, "noun") && hasCase(u, "v_naz") && !hasCase(u, "v_zna")
	}
	if !subject {
		return ""
	}
	if e := f.entityAt(o); e != "" {
		return e
	}
	if p := f.objectPhrase(o, trig{noun: -1}); p != "" {
		return p
	}
	return f.toks[o].Lemma
}

// contestedAct returns the body named in the act put first in the
// sentence as the object of the verb at at, whose subject, one of actors,
// follows the verb: "Передачу угідь «Товариству рибалок» оскаржило
// підприємство" (to whom the land went), "Рішення міськради оскаржила
// фірма «Альфа»" (whose decision it was). The act is a noun in the
// accusative (or an inanimate one read as a nominative) opening the
// sentence; the body is a name in the dative or
// the genitive, governed by no preposition, before the verb.
func (f *finder) contestedAct(at int, actors []string) string {
	// (an inanimate noun's accusative is its nominative: рішення)
	t := &f.toks[0]
	if at < 2 || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") && !(hasCase(t, "v_naz") && strings.Contains(t.Tag, ":inanim")) || f.entityAt(0) != "" {
		return ""
	}
	after := false
	for j := at + 1; j < len(f.toks) && !endsSentence(&f.toks[j]); j++ {
		if e := f.entityAt(j); e != "" && slices.Contains(actors, e) {
			after = true
			break
		}
	}
	if !after {
		return ""
	}
	for j := 1; j < at; j++ {
		u := &f.toks[j]
		if u.Kind == vistka.Punct || strings.HasPrefix(u.Tag, "verb") {
			return ""
		}
		if e := f.entityAt(j); e != "" && !slices.Contains(actors, e) && (hasCase(u, "v_dav") || hasCase(u, "v_rod")) && f.governedBy(j) == "" {
			return e
		}
	}
	return ""
}

// materialAid are the adjectives that make support money or goods:
// фінансова підтримка.
var materialAid = map[string]bool{"фінансовий": true, "матеріальний": true, "гуманітарний": true, "військовий": true, "грошовий": true}

// criminals are the nouns for those whose calls and visits are the means
// of a crime.
var criminals = map[string]bool{"шахрай": true, "аферист": true, "зловмисник": true, "злочинець": true, "вимагач": true}

// byCriminals reports whether a noun of criminals in the nominative
// stands within three words of the verb at i: "якому зателефонували
// шахраї", "шахраї телефонували".
func (f *finder) byCriminals(i int) bool {
	for j := max(0, i-3); j < len(f.toks) && j <= i+3; j++ {
		if t := &f.toks[j]; criminals[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") {
			return true
		}
	}
	return false
}

// reasonBefore reports whether the word at i stands in a clause of reason
// ("тому що", "оскільки", "бо") opened before it in its sentence.
func (f *finder) reasonBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch f.low(j) {
		case "оскільки", "бо", "адже":
			return true
		case "що":
			if j > 0 && f.low(j-1) == "тому" {
				return true
			}
		}
	}
	return false
}

// reproachedTo reports whether the verb of throwing at i reproaches
// someone: a noun or a pronoun in the dative follows it, past adjectives,
// before any punctuation ("закидають районним відділам освіти нецільове
// використання", "закинув йому бездіяльність"). Throwing takes the
// accusative and the instrumental ("закидали будівлю яйцями").
func (f *finder) reproachedTo(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if hasCase(t, "v_dav") && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "pron")) {
			return f.low(j) != "собі"
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// checkedForPart reports whether the verb of checking at i checks someone
// for a part in a crime: "перевіряє його на причетність до …".
func (f *finder) checkedForPart(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) == "на" && strings.HasPrefix(f.low(j+1), "причетн") {
			return true
		}
	}
	return false
}

// namedObjectOpening returns the name in the accusative (not read as a
// nominative; a person's may be read as a genitive) that opens the clause of the finite verb at at, with no
// nominative and no other verb between: the object put first, the
// subject after the verb ("Росію за обстріл Одеси засудила Франція");
// else "".
func (f *finder) namedObjectOpening(at int) string {
	if strings.Contains(f.toks[at].Tag, ":inf") {
		return ""
	}
	lo := at
	for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	e := f.entityAt(lo)
	if e == "" || lo >= at {
		return ""
	}
	// (a person's accusative has the genitive's form, and the tagger may
	// read it so: "Олега Мельника затримала поліція")
	if t := &f.toks[lo]; !hasCase(t, "v_zna") && !(hasCase(t, "v_rod") && f.ents.Type(e) == "PERS") || hasCase(t, "v_naz") || f.governedBy(lo) != "" {
		return ""
	}
	for j := lo + 1; j < at; j++ {
		u := &f.toks[j]
		if f.entityAt(j) == e {
			continue
		}
		if hasCase(u, "v_naz") && (strings.HasPrefix(u.Tag, "noun") || f.entityAt(j) != "") || strings.HasPrefix(u.Tag, "verb") ||
			strings.Contains(u.Tag, "pron:pers") {
			return ""
		}
	}
	return e
}

// dativeOpening returns whom the finite verb at at was done to when its
// clause opens with them in the dative, governed by no preposition, and
// its subject follows the verb: "Зеленському подякував генсек ООН",
// "Президенту Узбекистану Шавкату Мірзійоєву подякував генсек ООН" (the
// name after the title), "Прем'єрові зателефонував канцлер" (a person
// named by a common noun, as a phrase). A nominative noun, a pronoun or
// another verb between the dative and the verb, or a dative the tagger
// also reads as a nominative, makes it no object of this verb; "" then.
func (f *finder) dativeOpening(at int, tr trig) string {
	if strings.Contains(f.toks[at].Tag, ":inf") || !f.nominativeAfter(at) {
		return ""
	}
	lo := at
	for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	if lo < at && strings.HasPrefix(f.toks[lo].Tag, "conj") {
		lo++ // "…, а Зеленському подякував …"
	}
	j := lo
	for j < at && strings.HasPrefix(f.toks[j].Tag, "adj") && hasCase(&f.toks[j], "v_dav") && f.entityAt(j) == "" {
		j++
	}
	if j >= at {
		return ""
	}
	t := &f.toks[j]
	e := f.entityAt(j)
	// (the tagger may read a surname in -ому as an adjective: Зеленському)
	if !strings.HasPrefix(t.Tag, "noun") && e == "" || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_dav") || hasCase(t, "v_naz") || f.governedBy(j) != "" ||
		e == "" && !strings.Contains(t.Tag, ":anim") {
		return ""
	}
	for k := j + 1; k < at; k++ {
		u := &f.toks[k]
		if x := f.entityAt(k); x != "" && (x == e || !hasCase(u, "v_naz")) {
			continue
		}
		if u.Kind == vistka.Punct || strings.HasPrefix(u.Tag, "verb") || strings.Contains(u.Tag, "pron") ||
			hasCase(u, "v_naz") && strings.HasPrefix(u.Tag, "noun") && f.governedBy(k) == "" {
			// (a time under its preposition may stand between: "у
			// вівторок")
			return ""
		}
	}
	if e != "" {
		if typ := f.ents.Type(e); typ != "PERS" && typ != "ORG" && typ != "LOC" {
			return ""
		}
		return e
	}
	return f.objectPhrase(j, tr)
}

// nominativeAfter reports whether the finite verb at at is followed,
// past its adjectives, by a noun in the nominative of the verb's number
// (and, in the past, gender): the subject after the verb, with whatever
// title, name or genitive follows it ("подякував генсек ООН Антоніу
// Гутерріш").
func (f *finder) nominativeAfter(at int) bool {
	v := &f.toks[at]
	j := at + 1
	for j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j++
	}
	if !strings.HasPrefix(v.Tag, "verb") || j >= len(f.toks) {
		return false
	}
	n := &f.toks[j]
	return strings.HasPrefix(n.Tag, "noun") && !strings.Contains(n.Tag, "pron") && hasCase(n, "v_naz") && sameForm(n, v)
}

// namedTail reports whether a name stands in the genitive tail of the
// noun at i, within three words: "співробітників посольства України"
// (whose staff the name says).
func (f *finder) namedTail(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3 && f.toks[j].Kind != vistka.Punct; j++ {
		if f.entityAt(j) != "" {
			return true
		}
		if !hasCase(&f.toks[j], "v_rod") {
			return false
		}
	}
	return false
}

// checkedWhether reports whether the verb of checking at i asks, in a
// чи-clause right after it, whether someone did wrong: "перевірить, чи не
// порушив туроператор санкційний режим", "з'ясовують, чи причетні вони до
// розстрілу цивільних" — an inquiry into them (not "перевірили, чи
// працює світлофор").
func (f *finder) checkedWhether(i int) bool {
	j := i + 1
	if j < len(f.toks) && f.toks[j].Text == "," {
		j++
	}
	if j >= len(f.toks) || f.low(j) != "чи" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+6 && f.toks[k].Kind != vistka.Punct; k++ {
		l := f.low(k)
		for _, w := range wrongs {
			if strings.HasPrefix(l, w) {
				return true
			}
		}
	}
	return false
}

// wrongs are the beginnings of the lemmas that tell of wrongdoing in a
// question asked by an inquiry (see checkedWhether).
var wrongs = []string{"поруш", "причетн", "винн", "винуват", "незаконн", "зловжи", "привласн", "підроб"}

// investigatorChecks reports whether the verb of checking at i has for
// its subject, in its clause, investigators or a body of law enforcement
// or audit, and for its object a body's dealings or the body or firm
// itself: "Детективи НАБУ перевіряють ще чотири контракти",
// "Держаудитслужба перевірила закупівлі", "компанію вже перевіряла
// Рахункова палата" — an inquiry, not a check of quality ("Мер перевірив
// якість ремонту").
func (f *finder) investigatorChecks(i int) bool {
	if !f.dealingsAfter(i) && f.checkedBody(i) < 0 {
		return false
	}
	return f.inquirerNear(i, -1) || f.inquirerNear(i, 1)
}

// inquirerNear reports whether an investigator or a body of law
// enforcement or audit in the nominative stands within five words of
// the verb at i, before it (dir -1) or after it (dir 1), in its clause.
func (f *finder) inquirerNear(i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(f.toks) && j != i+6*dir; j += dir {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if e := f.entityAt(j); e != "" {
			for _, b := range investigators {
				if strings.Contains(f.ents.Name(e), b) {
					return true
				}
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && inquirers[f.low(j)] {
			return true
		}
	}
	return false
}

// checkedBody returns the word of a body or firm that is the object of
// the verb of checking at i, in the accusative right after it or put
// first in its clause ("перевірила ДП «Гамма»", "компанію перевіряла
// палата"), or -1.
func (f *finder) checkedBody(i int) int {
	at := func(j int) bool {
		t := &f.toks[j]
		if !hasCase(t, "v_zna") || hasCase(t, "v_naz") && f.entityAt(j) == "" {
			return false
		}
		if e := f.entityAt(j); e != "" {
			return f.ents.Type(e) == "ORG"
		}
		return strings.HasPrefix(t.Tag, "noun") && checkedBodies[f.low(j)]
	}
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if at(j) {
			return j
		}
		if f.toks[j].Kind == vistka.Punct || f.low(j) != "також" && f.low(j) != "ще" {
			break
		}
	}
	if j := f.frontedAccusative(i); j >= 0 && (at(j) || f.entityAt(j) != "" && f.ents.Type(f.entityAt(j)) == "ORG") {
		return j
	}
	return -1
}

// frontedAccusative returns the head of the object put before the finite
// verb at at in its clause, in a form only the accusative has, when the
// verb's subject follows it ("компанію вже перевіряла Рахункова палата",
// "Минулого року фірму «Альфа» оштрафувала комісія"): the name in quotes
// after a kind noun, or the noun itself. It returns -1 otherwise.
func (f *finder) frontedAccusative(at int) int {
	if f.invertedSubject(at) == "" {
		return -1
	}
	for j := at - 1; j >= 0 && j >= at-6; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return -1
		}
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") || hasCase(t, "v_naz") || f.entityAt(j) != "" || f.governedBy(j) != "" || timeNouns[t.Lemma] {
			continue
		}
		if j+2 < at && isOpenQuote(f.toks[j+1].Text) && f.entityAt(j+2) != "" {
			return j + 2 // "фірму «Альфа»": the name after its kind
		}
		return j
	}
	return -1
}

// checkedBodies are the common nouns of the bodies and firms an inquiry
// checks.
var checkedBodies = map[string]bool{"компанія": true, "підприємство": true, "фірма": true, "товариство": true,
	"установа": true, "управління": true, "департамент": true, "міністерство": true, "фонд": true}

// lightBefore finds the event noun of the light verb at i put before it
// in its clause as the object ("Допомогу Україні надала Японія", "Нові
// санкції Канада запровадила вчора"): a noun of objs under no
// preposition in the accusative, or read as a nominative where it cannot
// be the verb's subject. It returns -1 when there is none.
func (f *finder) lightBefore(i int, objs []string) int {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return -1
		}
		if !slices.Contains(objs, f.low(j)) || !strings.HasPrefix(t.Tag, "noun") || !f.eventNoun(j) || f.governedBy(j) != "" || f.entityAt(j) != "" {
			continue // (no word of a name: "фракції «Європейська солідарність» Ірина Геращенко заявила")
		}
		if f.packageOpening(j) {
			return j // "20-й пакет санкцій проти Росії Рада ЄС ухвалила 15 травня": the package put first
		}
		// (a form the tagger read as a nominative is the object when the
		// verb has a subject of its own or does not agree with it:
		// "Нові санкції проти Росії запровадила Канада")
		if hasCase(t, "v_zna") && !hasCase(t, "v_naz") || hasCase(t, "v_naz") && (f.otherSubject(i, j) || !sameForm(t, &f.toks[i])) {
			return j
		}
		return -1
	}
	return -1
}

// warnedClause returns the verb of warning (попередили, що …) whose
// що-clause the word at at stands in, or -1: that warning is itself a
// threat (see warnedOfUnmet).
func (f *finder) warnedClause(at int) int {
	for j := at - 1; j >= 2 && j >= at-25; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," && t.Text != "—" && t.Text != "–" {
			return -1
		}
		if f.low(j) == "що" && f.toks[j-1].Text == "," {
			if v := f.verb(j - 2); v == "попередити" || v == "попереджати" || v == "застерегти" {
				return j - 2
			}
			return -1
		}
	}
	return -1
}

// warnerActs reports whether one of actors is a subject of the warning
// verb at w: the warner will act himself ("Фермери попередили, що …
// перекриють трасу").
func (f *finder) warnerActs(w int, actors []string) bool {
	for _, s := range f.subjects(w) {
		if slices.Contains(actors, s) {
			return true
		}
	}
	return false
}

// joiningVerbs are the verbs of joining an action already under way.
var joiningVerbs = map[string]bool{"приєднатися": true, "приєднуватися": true, "долучитися": true, "долучатися": true}

// joinProtestBefore returns the event noun among objs that, after до, stands
// before the joining verb at i in its clause ("до протесту приєдналися
// бригади", "До страйку долучилися шахтарі"), with only its modifiers
// between them; -1 otherwise.
func (f *finder) joinProtestBefore(i int, v string, objs []string) int {
	if !joiningVerbs[v] {
		return -1
	}
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return -1
		}
		if slices.Contains(objs, f.low(j)) && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_rod") && f.low(j-1) == "до" {
			return j
		}
	}
	return -1
}

// dealingsAfter reports whether the object of the verb at i, within the
// next words of its clause, is a body's dealings: contracts, deals,
// procurements, tenders, payments.
func (f *finder) dealingsAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if dealings[f.low(j)] {
			return true
		}
	}
	return false
}

// dealings are the nouns of dealings that investigators check.
var dealings = map[string]bool{"контракт": true, "договір": true, "угода": true, "закупівля": true, "тендер": true,
	"платіж": true, "виплата": true, "витрата": true, "операція": true, "транзакція": true}

// inquirers are the common nouns of those who investigate or audit.
var inquirers = map[string]bool{"детектив": true, "слідчий": true, "прокурор": true, "правоохоронець": true, "аудитор": true,
	"ревізор": true, "оперативник": true, "поліція": true, "прокуратура": true, "слідство": true}

// investigators are the bodies of law enforcement and audit, by a word of
// their names.
var investigators = []string{"НАБУ", "ДБР", "БЕБ", "СБУ", "Служба безпеки", "антикорупційне бюро", "Бюро економічної безпеки",
	"Державне бюро розслідувань", "Держаудитслужба", "аудиторська служба", "Рахункова палата", "прокуратура", "поліція"}

// objectBefore finds the object of a verb that stands before it in its
// clause ("це рішення скасував суд", "ухвалення пакета блокувала
// Угорщина"): a noun of objs in the accusative, at most four words back,
// with no punctuation or other verb between. It returns -1 when there is
// none.
func (f *finder) objectBefore(i int, objs map[string]kind) int {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if strings.Contains(t.Tag, ":inf") && j >= 2 && f.withDemand(j-2) {
			continue // "Петицію з вимогою зупинити роботи підписали …": what the demand is
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return -1 // "стали на позицію … й погодились": another clause's
		}
		k, ok := objs[lower(t)]
		if ok && (atRequest(f, j) || f.low(j) == "грамота" && !f.credentialWord(j)) {
			// "на прохання доньки передали його музею": whose wish it
			// was done at, no request passed on; "Грамоту їй вручив
			// мер": an award, no credentials
			continue
		}
		if ok && f.indictmentAt(j) {
			return j // "Обвинувальний акт стосовно трьох посадовців прокуратура направила до суду"
		}
		if !ok || !strings.HasPrefix(t.Tag, "noun") || j < i-4 && k.typ != "" && !f.claimToCourt(j, i) && !f.withDemand(j+1) || f.entityAt(j) != "" && !f.namedTaken(j, k) {
			// (farther back than four words, only an object that makes
			// no event: "указ про його призначення президент підписав";
			// no word of a name: "Голова фракції «Європейська
			// солідарність» Ірина Геращенко заявила")
			continue
		}
		// an animate plural's accusative is its genitive: "моряків звільнили"
		if hasCase(t, "v_zna") || hasCase(t, "v_rod") && strings.Contains(t.Tag, ":anim") && j == i-1 || hasCase(t, "v_naz") && f.otherSubject(i, j) {
			return j
		}
		if hasCase(t, "v_rod") && accords[lower(t)] && reached[f.verb(i)] {
			return j // "згоди щодо експорту зерна досягнуто": досягти governs the genitive
		}
		if k.typ == "" && hasCase(t, "v_naz") && slices.ContainsFunc(f.toks[j+1:i], func(s vistka.Token) bool {
			return strings.HasPrefix(s.Tag, "noun") && strings.Contains(s.Tag, ":anim") && hasCase(&s, "v_naz")
		}) {
			return j // "Закон про мобілізацію президент підписав": the subject is the person
		}
		if k.typ == "" && j == i-1 && f.personJustBefore(j) {
			return j // "Міський голова рішення підписує": subject, object, verb
		}
	}
	return -1
}

// packageOpening reports whether the word at j is the genitive of a
// package that opens its clause, with only its number or its adjectives
// before it: "20-й пакет санкцій проти Росії …", "Перший пакет санкцій
// …" put first, the one who adopted it after.
func (f *finder) packageOpening(j int) bool {
	if j < 1 || f.low(j-1) != "пакет" || !hasCase(&f.toks[j], "v_rod") {
		return false
	}
	for k := j - 2; k >= 0; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			return true
		}
		if !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "numr") && t.Kind != vistka.Number {
			return false
		}
	}
	return true
}

// namedTaken reports whether the word at j, the head of a name, is the
// thing a verb of taking by force took, put first as its object:
// "Запорізьку АЕС російські війська захопили". Other words of names are
// no fronted objects ("Голова фракції … заявила").
func (f *finder) namedTaken(j int, k kind) bool {
	return k.typ == "ASSAULT" && hasCase(&f.toks[j], "v_zna") && (j+1 >= len(f.toks) || f.entityAt(j+1) != f.entityAt(j))
}

// placeTaken reports whether the verb of taking at i has a place's name
// in the accusative as its object, right after it or past a time phrase
// (захопили Бахмут, захопили у 2014 році Крим), or put first
// (Бахмут окупанти захопили).
func (f *finder) placeTaken(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if f.spanType(j) == "LOC" && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") && (j == i+1 || !isPrep(&f.toks[j-1])) {
			return true
		}
		if f.spanType(j) == "" && strings.HasPrefix(t.Tag, "noun") && !isPrep(&f.toks[j-1]) && j-1 > i && !isPrep(&f.toks[j-2]) {
			break // another object: "захопили увагу Європи"
		}
	}
	if i > 0 && f.spanType(i-1) == "" {
		for j := i - 1; j >= 0 && j >= i-5; j-- {
			t := &f.toks[j]
			if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || isPrep(t) {
				return false
			}
			if f.spanType(j) == "LOC" && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") && !hasCase(t, "v_naz") && (j == 0 || f.toks[j-1].Kind == vistka.Punct) {
				return true
			}
		}
	}
	return false
}

// passiveObjectBefore finds the noun of objs in the nominative or the
// accusative before the passive or impersonal form at i, past бути
// and its genitives ("Рішення Київради було скасоване"), in the same
// clause, that makes an event with the verb. It returns -1 when there is
// none, or when the form is not passive (passive false: no search).
func (f *finder) passiveObjectBefore(i int, objs map[string]kind, passive bool) int {
	if !passive {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.QuoteMark || isCloseQuote(t.Text) || isOpenQuote(t.Text) {
			continue // "Скаргу фірми «Альфа» задоволено"
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "conj") || strings.HasPrefix(t.Tag, "verb") && t.Lemma != "бути" {
			return -1
		}
		// (an adjective that makes the pair: "Обвинувальний акт
		// скеровано до суду")
		if k, ok := objs[lower(t)]; ok && k.typ != "" && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && (hasCase(t, "v_naz") || hasCase(t, "v_zna")) && !atRequest(f, j) {
			return j
		}
	}
	return -1
}

// atRequest reports whether the noun at j is the прохання, вимога or
// запит of "на прохання X", "на вимогу X": the request the act was done
// at, not one the act passes on or makes.
func atRequest(f *finder, j int) bool {
	switch f.low(j) {
	case "прохання", "вимога", "запит":
		return j > 0 && f.low(j-1) == "на"
	}
	return false
}

// mainVerbAfter returns the finite verb of the main clause that an
// adverbial participle at at opens the sentence before ("Підписавши
// угоду, міністри поїхали"), or -1: the participle comes before any
// finite verb, and the verb is the first after the comma closing it.
func (f *finder) mainVerbAfter(at int) int {
	if !strings.HasPrefix(f.toks[at].Tag, "advp") {
		return -1
	}
	finite := func(t *vistka.Token) bool {
		return strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf")
	}
	for j := range at {
		if finite(&f.toks[j]) {
			return -1
		}
	}
	comma := -1
	for j := at + 1; j < len(f.toks); j++ {
		t := &f.toks[j]
		if comma < 0 {
			if t.Text == "," {
				comma = j
			} else if finite(t) || t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" && t.Text != "\"" && t.Text != "-" {
				return -1
			}
			continue
		}
		if j == comma+1 && (strings.HasPrefix(t.Tag, "conj") || slices.Contains([]string{"який", "котрий", "що", "де", "коли", "куди"}, f.low(j))) {
			return -1 // "Підписавши угоду, яку …": a clause inside the participle's
		}
		if finite(t) {
			return j
		}
		if t.Kind == vistka.Punct {
			return -1
		}
	}
	return -1
}

// interviewWords are what a journalist asks an official to agree to.
var interviewWords = map[string]bool{"інтерв'ю": true, "коментар": true, "бліц-інтерв'ю": true, "фотосесія": true, "зйомка": true}

// agreedToInterview reports whether the verb at i agrees to an interview:
// "погодився на інтерв'ю", or through a relative, "інтерв'ю, на яке
// погодився посол".
func (f *finder) agreedToInterview(i int) bool {
	if i+2 < len(f.toks) && f.low(i+1) == "на" && interviewWords[f.low(i+2)] {
		return true
	}
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if f.low(j) != "який" || f.low(j-1) != "на" {
			continue
		}
		for k := j - 2; k >= 0; k-- {
			if interviewWords[f.low(k)] && strings.HasPrefix(f.toks[k].Tag, "noun") {
				return true
			}
		}
	}
	return false
}

// coordinatedVerb returns, for a finite verb at at right after і, й or
// та, the finite verb of the same number and tense (or a past one before
// a present) before it in the sentence that it is joined to ("перетнули
// кордон … і вели вогонь", "передала докази і вимагає"), or -1.
func (f *finder) coordinatedVerb(at int) int {
	plural := func(tag string) bool { return strings.HasSuffix(tag, ":p") || strings.Contains(tag, ":p:") }
	finite := func(tag string) bool {
		return strings.HasPrefix(tag, "verb") && !strings.Contains(tag, ":inf") && !strings.Contains(tag, ":impers")
	}
	tense := func(tag string) bool { return strings.Contains(tag, ":past") }
	if at < 2 || !finite(f.toks[at].Tag) {
		return -1
	}
	if l := f.low(at - 1); l != "і" && l != "й" && l != "та" {
		return -1
	}
	for j := at - 2; j >= 0; j-- {
		t := &f.toks[j]
		if finite(t.Tag) && f.inQuotedText(j) {
			continue // "тримали плакати «Ми хочемо дихати» і вимагали": a slogan's verb is no one's here
		}
		if t.Text == ";" || t.Text == ":" || strings.HasPrefix(t.Tag, "conj:subord") || strings.Contains(t.Tag, ":rel") ||
			slices.Contains([]string{"що", "який", "котрий", "де", "куди", "звідки", "коли"}, f.low(j)) {
			return -1 // "приїхали до села, де їх зустріли мешканці, і провели": another clause's verb
		}
		if finite(t.Tag) {
			if plural(t.Tag) != plural(f.toks[at].Tag) {
				return -1
			}
			if tense(t.Tag) != tense(f.toks[at].Tag) && !(tense(t.Tag) && strings.Contains(f.toks[at].Tag, ":pres")) {
				return -1
			}
			// (a past verb may be joined by a present one: "Україна
			// передала ООН докази і вимагає допустити спостерігачів")
			return j
		}
	}
	return -1
}

// works are writings and pieces of art that may "call" on people.
var works = map[string]bool{"вірш": true, "пісня": true, "книга": true, "роман": true, "фільм": true, "стаття": true,
	"картина": true, "плакат": true, "твір": true, "вистава": true, "поема": true}

// workSays reports whether the verb at i is said of a work through a
// relative що or який after it: "вірші «…» і «…», що закликають".
func (f *finder) workSays(i int) bool {
	if i < 3 || f.low(i-1) != "що" && f.low(i-1) != "який" || f.toks[i-2].Text != "," {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-12; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "verb") || t.Text == "," && !f.inQuotedText(j) {
			return false
		}
		if works[f.low(j)] && strings.HasPrefix(t.Tag, "noun") {
			return true
		}
	}
	return false
}

// saidWords are what one says or writes oneself.
var saidWords = map[string]bool{"слово": true, "рядок": true, "показання": true, "заява": true, "погляд": true,
	"переконання": true, "думка": true, "висловлювання": true, "теза": true}

// ownWords reports whether the verb at i is followed by від and one's own
// words: "відмовився від своїх слів", "від жодного свого рядка".
func (f *finder) ownWords(i int) bool {
	if i+2 >= len(f.toks) || f.low(i+1) != "від" {
		return false
	}
	own := false
	for j := i + 2; j < len(f.toks) && j <= i+5; j++ {
		t := &f.toks[j]
		if f.low(j) == "свій" {
			own = true
		}
		if strings.HasPrefix(t.Tag, "noun") {
			return own && saidWords[f.low(j)]
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// ownClaims are what one holds or aims at oneself and may give up, other
// than the holdings whose giving up concedes: "відмовився від мерських
// амбіцій", "не відмовляється від посвідчення народного депутата".
var ownClaims = map[string]bool{"амбіція": true, "амбіції": true, "посвідчення": true, "членство": true,
	"кандидатура": true, "балотування": true,
	// one's own habits and food: відмовилися від їжі, від звички
	"звичка": true, "їжа": true, "алкоголь": true, "куріння": true, "паління": true, "м'ясо": true,
	"м’ясо": true, "цукор": true, "сигарета": true, "спиртне": true, "солодке": true}

// rejectables are what a refusal of it rejects (PLOVER's REJECT: a
// proposal, demand, request, offer, decision or accusation, and the talks
// or help offered): "відмовилася від пропозиції Росії", "від
// переговорів", "від звинувачень".
var rejectables = map[string]bool{
	"пропозиція": true, "вимога": true, "прохання": true, "запит": true, "ультиматум": true, "умова": true,
	"рішення": true, "постанова": true, "ухвала": true, "вирок": true, "указ": true, "закон": true,
	"звинувачення": true, "обвинувачення": true, "претензія": true, "позов": true, "скарга": true,
	"переговори": true, "переговор": true, "діалог": true, "зустріч": true, "візит": true, "запрошення": true,
	"угода": true, "договір": true, "домовленість": true, "контракт": true, "меморандум": true, "компроміс": true,
	"план": true, "ініціатива": true, "ідея": true, "проєкт": true, "проект": true, "резолюція": true,
	"допомога": true, "підтримка": true, "послуга": true, "посередництво": true, "посередник": true,
	"співпраця": true, "співробітництво": true, "участь": true, "мир": true, "перемир'я": true,
	"санкції": true, "санкція": true, "обмін": true, "кредит": true, "транш": true, "фінансування": true,
}

// refusedThing reports whether the verb of refusing at i has for its
// object, after від past adjectives and pronouns (after the verb, or
// fronted before it), a noun that is none of rejectables: "відмовлявся
// від книги", "від цукру і кави".
func (f *finder) refusedThing(i int) bool {
	noun := func(k int) (int, bool) {
		t := &f.toks[k]
		if strings.HasPrefix(t.Tag, "noun") {
			return k, true
		}
		return -1, strings.HasPrefix(t.Tag, "adj") || strings.HasPrefix(t.Tag, "adv") || strings.Contains(t.Tag, "pron")
	}
	j := i + 1
	for j < len(f.toks) && (f.low(j) == "й" || f.low(j) == "і" || f.low(j) == "також" || f.low(j) == "теж") {
		j++
	}
	if j < len(f.toks) && f.low(j) == "від" {
		for k := j + 1; k < len(f.toks) && k <= j+4; k++ {
			n, goOn := noun(k)
			if n >= 0 {
				return !rejectables[f.low(n)] && f.spanType(n) == ""
			}
			if !goOn {
				return false
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if f.low(k) != "від" {
			continue
		}
		for m := k + 1; m < i; m++ {
			if n, _ := noun(m); n >= 0 {
				return !rejectables[f.low(n)] && f.spanType(n) == ""
			}
		}
		return false
	}
	return false
}

// ownClaim reports whether the verb at i has for its object, after від
// past adjectives, one of ownClaims, after the verb (й, і, також between)
// or fronted before it.
func (f *finder) ownClaim(i int) bool {
	j := i + 1
	for j < len(f.toks) && (f.low(j) == "й" || f.low(j) == "і" || f.low(j) == "також" || f.low(j) == "теж") {
		j++
	}
	if j < len(f.toks) && f.low(j) == "від" {
		for k := j + 1; k < len(f.toks) && k <= j+4; k++ {
			t := &f.toks[k]
			if strings.HasPrefix(t.Tag, "noun") {
				return ownClaims[f.low(k)]
			}
			if !strings.HasPrefix(t.Tag, "adj") {
				return false
			}
		}
		return false
	}
	if i >= 2 && strings.HasPrefix(f.toks[i-1].Tag, "noun") && ownClaims[f.low(i-1)] {
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if f.low(k) == "від" {
				return true
			}
			if !strings.HasPrefix(f.toks[k].Tag, "adj") {
				return false
			}
		}
	}
	return false
}

// involvement are the nouns of one's own part in a deed that one denies.
var involvement = map[string]bool{"причетність": true, "провина": true, "вина": true, "участь": true,
	"зв'язок": true, "належність": true}

// ownInvolvement reports whether the verb at i takes one's part in a deed
// as its object: "заперечує свою причетність до групи", "заперечив
// провину".
func (f *finder) ownInvolvement(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") {
			return involvement[f.low(j)]
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// thatClause reports whether the verb at i is followed right away by a
// clause of what is said: "заперечив, що брав гроші", "не заперечував,
// що співав".
func (f *finder) thatClause(i int) bool {
	j := i + 1
	if j < len(f.toks) && f.toks[j].Text == "," {
		j++
	}
	return j < len(f.toks) && f.low(j) == "що"
}

// personJustBefore reports whether a person's noun in the nominative
// comes right before token j, or before the genitive that follows it
// ("голова ради рішення"): the subject of a clause whose object is j.
func (f *finder) personJustBefore(j int) bool {
	for m := j - 1; m >= 0 && m >= j-3; m-- {
		t := &f.toks[m]
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":pron") {
			return true
		}
	}
	return false
}

// otherSubject reports whether the verb at i has a subject in the
// nominative other than token j (an object tagged as nominative, like
// "рішення" in "це рішення Варшава відкинула", is then an object).
func (f *finder) otherSubject(i, j int) bool {
	for k := max(0, j-1); k < len(f.toks) && k <= i+3; k++ {
		if k == j || k == i || k == j-1 && !strings.HasPrefix(f.toks[k].Tag, "noun") {
			continue
		}
		t := &f.toks[k]
		if f.entityAt(k) != "" && (hasCase(t, "v_naz") || strings.Contains(t.Tag, ":nv")) && f.governedBy(k) == "" {
			return true
		}
	}
	return false
}

// headOfPhrase reports whether the mention of entity e that ends at token
// i heads its phrase: "компанії з Китаю та ОАЕ, які …" — ОАЕ follows a
// preposition or a conjunction, so який stands for "компанії", not for it.
func (f *finder) headOfPhrase(i int, e string) bool {
	j := i
	for j >= 0 && f.entityAt(j) == e {
		j--
	}
	if j < 0 {
		return true
	}
	t := &f.toks[j]
	return !isPrep(t) && !strings.HasPrefix(t.Tag, "conj")
}

// whereClause returns the event of the main clause when the verb at "at"
// opens a clause of "де" that has no subject of its own: "прибув до
// Одеси, де зустрівся з Умєровим" — he who came meets, there, then.
func (f *finder) whereClause(at int, here []vistka.Event) *vistka.Event {
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && f.low(k) != "де" && !strings.HasPrefix(f.toks[k].Tag, "verb") {
		k--
	}
	if k < 1 || f.low(k) != "де" || f.toks[k-1].Text != "," {
		return nil
	}
	pos := f.toks[k].RStart
	for n := len(here) - 1; n >= 0; n-- {
		if ev := &here[n]; ev.TriggerSpan != nil && ev.TriggerSpan.End <= pos && len(ev.Actors) > 0 {
			return ev
		}
	}
	return nil
}

// wentTo returns the motion verb and the place it went to when the
// trigger at stands in a clause of "де" after them ("вирушив до Найробі,
// де в п'ятницю проведе переговори", "вирушить до Вашингтона, де має
// зустрітися з …"): the clause's event is there, and its subject is the
// verb's. It returns -1 and "" otherwise.
func (f *finder) wentTo(at int) (int, string) {
	j, e := f.placeBeforeWhere(at)
	if j < 2 || f.low(j-1) != "до" {
		return -1, ""
	}
	if v := j - 2; strings.HasPrefix(f.toks[v].Tag, "verb") && (motionVerbs[f.verb(v)] || verbs[f.verb(v)].mode == "visit") {
		return v, e
	}
	// "продовжив візит до Риги, де його прийняв …", "прибув з робочим
	// візитом до Берліна, де …": the visit's noun between, with its
	// adjectives, свій and з
	v, visit := j-2, false
	for v > 0 && (f.low(v) == "візит" && !visit || strings.HasPrefix(f.toks[v].Tag, "adj") || f.low(v) == "свій" || visit && (f.low(v) == "з" || f.low(v) == "із")) {
		visit = visit || f.low(v) == "візит"
		v--
	}
	if visit && strings.HasPrefix(f.toks[v].Tag, "verb") {
		return v, e
	}
	return -1, ""
}

// placeBeforeWhere returns the first token of the place named right
// before ", де" when the trigger at stands in that clause with no verb of
// its own before it (a modal aside), and the place's entity: "… до
// Найробі, де проведе переговори", "… у Варшаві, де підписав угоду". It
// returns -1 and "" when there is none.
func (f *finder) placeBeforeWhere(at int) (int, string) {
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && f.low(k) != "де" && (!strings.HasPrefix(f.toks[k].Tag, "verb") || modals[f.verb(k)]) {
		k--
	}
	if k < 3 || f.low(k) != "де" || f.toks[k-1].Text != "," {
		return -1, ""
	}
	e := f.entityAt(k - 2)
	j := k - 2
	for j > 0 && f.entityAt(j-1) == e {
		j--
	}
	if e == "" || f.ents.Type(e) != "LOC" {
		return -1, ""
	}
	return j, e
}

// stayedAt returns the verb of staying (перебувати, бути) and the place
// it names after в or у when the trigger at stands in a clause of "де"
// right after them with no subject of its own ("перебувала в Ряшеві, де
// зустрілася з маршалком воєводства", "був у Варшаві, де підписав
// угоду"): the clause's event is there, and its subject is the verb's.
// It returns -1 and "" otherwise.
func (f *finder) stayedAt(at int) (int, string) {
	j, e := f.placeBeforeWhere(at)
	if j < 2 || f.low(j-1) != "в" && f.low(j-1) != "у" {
		return -1, ""
	}
	if v := j - 2; strings.HasPrefix(f.toks[v].Tag, "verb") && staying[f.verb(v)] {
		return v, e
	}
	return -1, ""
}

// stayedForTalks reports whether the verb of staying at i names a place
// after в or у, and a clause of "де" after it tells talks or a signing
// there: "перебувала в Ряшеві, де зустрілася з маршалком", "перебував у
// Варшаві, де підписав угоду" (not "перебуває у Львові, де живе його
// родина").
func (f *finder) stayedForTalks(i int) bool {
	if i+4 >= len(f.toks) || f.low(i+1) != "в" && f.low(i+1) != "у" {
		return false
	}
	e := f.entityAt(i + 2)
	if e == "" || f.ents.Type(e) != "LOC" {
		return false
	}
	j := i + 2
	for j+1 < len(f.toks) && f.entityAt(j+1) == e {
		j++
	}
	if j+2 >= len(f.toks) || f.toks[j+1].Text != "," || f.low(j+2) != "де" {
		return false
	}
	for k := j + 3; k < len(f.toks) && k <= j+8 && f.toks[k].Kind != vistka.Punct; k++ {
		if !strings.HasPrefix(f.toks[k].Tag, "verb") || modals[f.verb(k)] {
			continue
		}
		switch v := f.verb(k); {
		case verbs[v].typ == "CONSULT" && verbs[v].mode != "visit" || verbs[v].typ == "AGREE":
			return true
		case v == "провести" || v == "проводити":
			return k+1 < len(f.toks) && meetingNouns[f.low(k+1)]
		}
		return false
	}
	return false
}

// subjectStays returns the place a relative clause of який on the
// subject says the doer stays in, when the clause closes right before the
// main clause's verb at at: "Делегація Європарламенту, яка перебуває в
// Києві, провела зустріч …", "Міністр, який перебував з візитом у
// Вільнюсі, зустрівся з …". It returns "" otherwise.
func (f *finder) subjectStays(at int) string {
	c := at - 1 // the comma that closes the clause, adverbs between
	for c > 0 && strings.HasPrefix(f.toks[c].Tag, "adv") {
		c--
	}
	if c < 4 || f.toks[c].Text != "," {
		return ""
	}
	for k := c - 1; k >= 1; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct && t.Text != "," {
			return ""
		}
		if t.Text != "," {
			continue
		}
		// k opens the clause: ", який перебуває … в X ,"
		if f.toks[k+1].Lemma != "який" || !hasCase(&f.toks[k+1], "v_naz") || f.verb(k+2) != "перебувати" ||
			!strings.HasPrefix(f.toks[k-1].Tag, "noun") && f.entityAt(k-1) == "" {
			return ""
		}
		for j := k + 3; j < c; j++ {
			if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[j], "v_mis") {
				if p := f.governedBy(j); p == "в" || p == "у" {
					return e
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// staying are the verbs of being somewhere (see stayedAt).
var staying = map[string]bool{"перебувати": true, "бути": true, "побувати": true}

// protestSite returns the building a protest stands by, after під in the
// instrumental in toks[at:end]: an organisation's name (під Верховною
// Радою) or a body's noun (під мерією), or "".
func (f *finder) protestSite(at, end int) string {
	for j := at + 1; j+1 < end; j++ {
		if f.low(j) != "під" || !isPrep(&f.toks[j]) {
			continue
		}
		k := j + 1
		for k < end && strings.HasPrefix(f.toks[k].Tag, "adj") && f.entityAt(k) == "" {
			k++
		}
		walls := k < end && (f.low(k) == "стіна" || f.low(k) == "будівля") && hasCase(&f.toks[k], "v_zna")
		if k >= end || !hasCase(&f.toks[k], "v_oru") && !walls {
			return "" // (under the walls the crowd came to: під стіни Ради)
		}
		if e := f.entityAt(k); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
			return e
		}
		if actorNoun(f.low(k)) || f.low(k) == "будівля" || f.low(k) == "посольство" || walls {
			if e := f.entityAt(k + 1); e != "" && k+1 < end && hasCase(&f.toks[k+1], "v_rod") {
				if f.ents.Type(e) == "ORG" {
					return e // "під будівлею Мінмолодьспорту": the body's
				}
				return "" // "під посольством Угорщини": in a city the text may name, not in Hungary
			}
			return f.low(k)
		}
		return ""
	}
	return ""
}

// protestSeat returns the town of the local council or administration a
// protest stands by in toks[at:end], after під, біля, перед, коло or
// навпроти, its walls or its building between (see seatTown): "мітинг
// під стінами Житомирської ОДА", "пікет біля Харківської міськради"; by
// the walls or the building of a body that is no local one, the body
// itself ("під стінами Верховної Ради": its seat, no town assumed). It
// returns "" otherwise.
func (f *finder) protestSeat(at, end int) string {
	for j := at + 1; j+1 < end; j++ {
		if !standBy[f.low(j)] || !isPrep(&f.toks[j]) {
			continue
		}
		k := j + 1
		walls := false
		if k+1 < end && siteParts[f.low(k)] && f.entityAt(k) == "" {
			k++ // "під стінами", "біля будівлі"
			walls = true
		}
		if e := f.entityAt(k); e != "" && e != f.entityAt(k-1) {
			if t := f.seatTown(e); t != "" || !walls || f.ents.Type(e) != "ORG" || f.localBody(e) {
				return t // (a local body whose town its name does not tell: "Під стінами ОДА")
			}
			return e // "під стінами Верховної Ради": a national body's seat, no town assumed
		}
		if k < end && f.entityAt(k) == "" && councilNouns[f.low(k)] {
			// "під стінами ради", "під будівлею міськради": the one
			// local body the text names (Полтавська міськрада)
			return f.onlySeat()
		}
	}
	return ""
}

// localBody reports whether the organisation e is named as a local
// council or administration (ОДА, Полтавська міськрада, обласна рада).
func (f *finder) localBody(e string) bool {
	return slices.ContainsFunc(scan.Fields(scan.ToLower(f.ents.Name(e))), func(w string) bool { return localBodies[w] })
}

// councilNouns name a local council or administration by its kind.
var councilNouns = map[string]bool{"рада": true, "міськрада": true, "облрада": true, "райрада": true, "ода": true, "ова": true, "мерія": true}

// onlySeat returns the town of the local bodies the text names (see
// seatTown) when they are all seated in one; else "".
func (f *finder) onlySeat() string {
	town := ""
	for j := range f.ents.Entities {
		e := &f.ents.Entities[j]
		if e.Type != "ORG" {
			continue
		}
		t := f.seatTown(e.ID)
		if t == "" {
			continue
		}
		if town != "" && t != town {
			return ""
		}
		town = t
	}
	return town
}

// standBy are the prepositions of where a protest stands by a building.
var standBy = map[string]bool{"під": true, "біля": true, "перед": true, "коло": true, "навпроти": true}

// siteParts are the parts of a body's seat a protest stands by.
var siteParts = map[string]bool{"стіна": true, "будівля": true, "приміщення": true, "вхід": true}

// vehicle reports whether the entity or phrase e is a convoy or a
// vehicle, which travels but pays no visit.
func (f *finder) vehicle(e string) bool {
	name := cmp.Or(f.ents.Name(e), e)
	head, _, _ := strings.Cut(scan.ToLower(name), " ")
	switch head {
	case "конвой", "колона", "вантажівка", "вантажівки", "судно", "потяг", "поїзд", "автобус":
		return true
	}
	return false
}

// protestersOf returns the town or country whose people protest as the
// subject before the verb at: "докери фінської Котки відмовляються",
// "шахтарі Павлограда вийшли на вулиці" — a place's name in the genitive
// after a plural noun of people in the nominative, adjectives between.
func (f *finder) protestersOf(at int) string {
	for j := at - 1; j > 0 && j >= at-8; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return ""
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "LOC" || !hasCase(&f.toks[j], "v_rod") || f.entityAt(j-1) == e {
			continue
		}
		k := j - 1
		for k > 0 && strings.HasPrefix(f.toks[k].Tag, "adj") && f.entityAt(k) == "" {
			k--
		}
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && strings.Contains(t.Tag, ":p:") &&
			hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") && f.entityAt(k) == "" {
			return e
		}
		return ""
	}
	return ""
}

// blockedHall returns the body whose rostrum, hall or building the
// protest after the verb at (up to end) took: "заблокували трибуну
// сесійної зали Черкаської міської ради" was in the council. It returns
// "" otherwise.
func (f *finder) blockedHall(at, end int) string {
	for j := at + 1; j < end && j <= at+2; j++ {
		if !halls[f.low(j)] || !hasCase(&f.toks[j], "v_zna") {
			continue
		}
		for k := j + 1; k < end && k <= j+4; k++ {
			t := &f.toks[k]
			if e := f.entityAt(k); e != "" {
				if f.ents.Type(e) == "ORG" && hasCase(t, "v_rod") {
					return e
				}
				return ""
			}
			if !hasCase(t, "v_rod") || !strings.HasPrefix(t.Tag, "adj") && !halls[lower(t)] {
				return ""
			}
		}
	}
	return ""
}

// halls are the parts of a body's seat a protest takes.
var halls = map[string]bool{"трибуна": true, "зала": true, "зал": true, "будівля": true, "приміщення": true, "президія": true}

// gatheringPlace returns where the gathering was that a relative clause
// sets the verb at at in: "У Римі відбулася конференція …, на якій
// Свириденко підписала угоду" is in Rome. It returns "" unless the
// clause opens with a preposition and який after a comma, the noun before
// the comma names a gathering, and the main clause names its place (в/у
// and a place in the locative).
func (f *finder) gatheringPlace(at int) string {
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && f.low(k) != "який" && !strings.HasPrefix(f.toks[k].Tag, "verb") {
		k--
	}
	if k < 2 || f.low(k) != "який" || !isPrep(&f.toks[k-1]) {
		return ""
	}
	c := k - 2
	for c >= 0 && f.toks[c].Text != "," {
		c--
	}
	if c < 1 || k-c > 4 {
		return ""
	}
	gathering := false
	for j := c - 1; j >= 0 && j >= c-6; j-- {
		if l := f.low(j); meetingNouns[l] || multilateralWords[l] {
			gathering = true
			break
		}
	}
	if !gathering {
		return ""
	}
	for j := 1; j < c; j++ {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[j], "v_mis") {
			if p := f.low(j - 1); p == "в" || p == "у" {
				return e
			}
		}
	}
	return ""
}

// planOf returns the finite verb of plan or intent right before the
// infinitive at at ("планують провести перевірку", "мають намір
// оскаржити" is left to its noun), or at itself: the verb whose clause
// and number tell who acts.
func (f *finder) planOf(at int) int {
	if at > 0 && strings.Contains(f.toks[at].Tag, ":inf") && strings.HasPrefix(f.toks[at-1].Tag, "verb") && !strings.Contains(f.toks[at-1].Tag, ":inf") {
		switch f.low(at - 1) {
		case "планувати", "збиратися", "мати", "могти", "готуватися", "обіцяти", "пообіцяти", "вирішити":
			return at - 1
		}
	}
	return at
}

// thatClauseCue returns the verb before ", що" whose clause the verb at
// at opens with no subject of its own, past adverbs ("що вже розпочали")
// or after a first predicate of the clause and і, та, й ("що отримали
// звернення і вже розпочали"), or -1.
func (f *finder) thatClauseCue(at int) int {
	k := f.adverbsOnly(at - 1)
	if k < 2 {
		return -1
	}
	if l := f.low(k); l == "і" || l == "та" || l == "й" {
		v := -1
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			t := &f.toks[j]
			if t.Kind != vistka.Word {
				return -1
			}
			if strings.HasPrefix(t.Tag, "verb") {
				if !agree(t, &f.toks[at]) {
					return -1
				}
				v = j
				break
			}
		}
		if v < 0 {
			return -1
		}
		k = f.adverbsOnly(v - 1)
	}
	if k < 2 || f.low(k) != "що" || f.toks[k-1].Text != "," {
		return -1
	}
	return k - 2
}

// adverbsOnly returns the first token at or before k that is no adverb
// (вже, також, одразу); a participle's adverb is not skipped.
func (f *finder) adverbsOnly(k int) int {
	for k >= 0 && strings.HasPrefix(f.toks[k].Tag, "adv") && !strings.HasPrefix(f.toks[k].Tag, "advp") {
		k--
	}
	return k
}

// mainSubjects finds the actors of a verb in a clause of "що" with no
// subject of its own: "він заявив, що звернувся до ООН" — the one who
// said it did it. The verb before the comma must agree in gender.
func (f *finder) mainSubjects(at int) []string {
	if fr := f.clauseFrame(at); fr >= 0 {
		at = fr // "заявив, що має намір оскаржити звільнення": the frame's doer
	}
	k := at - 1
	for k >= 1 && f.toks[k].Kind == vistka.Word && f.low(k) != "що" && !strings.HasPrefix(f.toks[k].Tag, "verb") {
		k--
	}
	if k < 2 || f.low(k) != "що" || f.toks[k-1].Text != "," || !strings.HasPrefix(f.toks[k-2].Tag, "verb") {
		return nil
	}
	if !agree(&f.toks[k-2], &f.toks[at]) {
		return nil
	}
	for j := k + 1; j < at; j++ {
		// "зазначив, що перше обладнання прибуде": a noun of its own,
		// which a neuter noun's case may hide, is the clause's subject.
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_naz") || hasCase(t, "v_zna")) && f.governedBy(j) == "" {
			return nil
		}
	}
	return f.subjects(k - 2)
}

// clauseFrames are the finite verbs of an intention whose infinitive
// tells the act: планує оскаржити, має намір подати, збирається
// відвідати (not what can be: "попередили, що можуть оголосити страйк"
// is a warning's threat).
var clauseFrames = map[string]bool{"планувати": true, "збиратися": true, "хотіти": true, "мати": true, "вирішити": true}

// clauseFrame returns the finite frame verb right before the infinitive
// at at (мати only with намір between), or -1.
func (f *finder) clauseFrame(at int) int {
	if !strings.Contains(f.toks[at].Tag, ":inf") || at < 1 {
		return -1
	}
	k := at - 1
	if f.low(k) == "намір" && k >= 1 {
		k--
		if f.verb(k) != "мати" {
			return -1
		}
	} else if f.verb(k) == "мати" {
		return -1 // "має прибути" is what is to be, no one's intention
	}
	if t := &f.toks[k]; !strings.HasPrefix(t.Tag, "verb") || strings.Contains(t.Tag, ":inf") || !clauseFrames[f.verb(k)] {
		return -1
	}
	return k
}

// speakersCountry returns, for a verb at at whose subject is "її країна",
// "його держава" (a possessive and країна or держава in the nominative,
// right before it) in a clause of що after a verb of saying, the country
// of the one who says it: the one country in the speaker's titles
// ("Міністерка закордонних справ Нідерландів Гелен Фрейзер запевнила, що
// її країна виділить") or named in the genitive after the speaker's
// title ("Прем'єр Японії заявив, що його країна надасть"); "" when the
// text does not settle it.
func (f *finder) speakersCountry(at int) string {
	k := at - 1
	for k >= 0 && (strings.HasPrefix(f.toks[k].Tag, "adv") || f.low(k) == "також" || f.low(k) == "ще") {
		k-- // "її країна також виділить"
	}
	if k < 1 || !countryNouns[scan.ToLower(f.toks[k].Lemma)] || !hasCase(&f.toks[k], "v_naz") || !strings.Contains(f.toks[k-1].Tag, "pron:pos") {
		return ""
	}
	j := k - 2
	if j < 2 || f.low(j) != "що" || f.toks[j-1].Text != "," || !strings.HasPrefix(f.toks[j-2].Tag, "verb") || !speechVerbs[f.verb(j-2)] && !assuranceVerbs[f.verb(j-2)] {
		return ""
	}
	for _, sp := range f.subjects(j - 2) {
		if f.ents.Type(sp) == "PERS" {
			return f.ents.TitleCountry(sp)
		}
	}
	// a title with its country after it, no name: "Прем'єр Японії заявив"
	for i := 0; i+1 < j-2; i++ {
		if f.spanType(i) == "JOB" && hasCase(&f.toks[i], "v_naz") {
			if e := f.entityAt(i + 1); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[i+1], "v_rod") {
				return e
			}
		}
	}
	return ""
}

// assuranceVerbs are verbs of saying beyond speechVerbs that tell what a
// speaker's country will do: "запевнила, що її країна виділить".
var assuranceVerbs = map[string]bool{"запевнити": true, "запевняти": true, "пообіцяти": true, "обіцяти": true, "підтвердити": true,
	"додати": true, "підкреслити": true, "зазначати": true, "наголошувати": true, "повідомляти": true, "заявляти": true}

// countryNouns name a state as a common noun: "її країна".
var countryNouns = map[string]bool{"країна": true, "держава": true}

// appealToCome returns the speaker of a clause of "що" that tells an
// appeal in the passive future: "адвокат заявив, що ухвалу буде
// оскаржено", "…, додавши, що вирок буде оскаржено" — the one who says
// it will be appealed is the one who will appeal. An appeal told in the
// past ("повідомив, що вирок оскаржено") may be anyone's, and is not read.
func (f *finder) appealToCome(at int) []string {
	if v := f.verb(at); v != "оскаржити" && v != "оскаржувати" || at < 1 || f.low(at-1) != "бути" || !strings.Contains(f.toks[at-1].Tag, "futr") {
		return nil
	}
	k := at - 2
	for k >= 1 && f.toks[k].Kind == vistka.Word && f.low(k) != "що" && !strings.HasPrefix(f.toks[k].Tag, "verb") {
		k--
	}
	if k < 2 || f.low(k) != "що" || f.toks[k-1].Text != "," {
		return nil
	}
	if !strings.HasPrefix(f.toks[k-2].Tag, "verb") && !strings.HasPrefix(f.toks[k-2].Tag, "advp") {
		// "адвокат заявив журналістам, що вирок буде оскаржено": past
		// whom it was told to
		if m, who := f.toldBefore(k); m >= 0 {
			return who
		}
		return nil
	}
	if v := f.verb(k - 2); !speechVerbs[v] && !appealSayers[v] {
		return nil
	}
	m := k - 2
	if strings.HasPrefix(f.toks[m].Tag, "advp") {
		// "заявив …, додавши, що …": the participle's subject is the
		// verb's before it
		m--
		for m >= 0 && f.toks[m].Text != "." && (!strings.HasPrefix(f.toks[m].Tag, "verb") || strings.Contains(f.toks[m].Tag, ":inf")) {
			m--
		}
		if m < 0 || f.toks[m].Text == "." {
			return nil
		}
	}
	return f.subjects(m)
}

// appealSayers are the verbs of saying, besides speechVerbs, that tell a
// speaker's own appeal to come.
var appealSayers = map[string]bool{
	"додати": true, "додавати": true, "повідомляти": true, "наголошувати": true, "зазначати": true,
	"запевнити": true, "запевняти": true, "пообіцяти": true, "попередити": true,
}

// afterThatClause returns the verb of the main clause when the verb at
// "at" is coordinated with it after a clause of "що": "заявив, що Мінськ
// відповідає на провокації, і висунув звинувачення" — висунув goes with
// заявив, not with Мінськ; so after "наголосив на тому, що …", and after
// a contrast (", але звинуватив"). It returns -1 otherwise.
func (f *finder) afterThatClause(at int) int {
	if strings.Contains(f.toks[at].Tag, ":inf") && at > 0 && strings.HasPrefix(f.toks[at-1].Tag, "verb") && !strings.Contains(f.toks[at-1].Tag, ":inf") {
		at-- // "…, і пообіцяла оскаржити її": the verb the infinitive hangs on
	}
	j := at - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j-- // також, ще
	}
	if j < 2 || !isAnd(&f.toks[j]) && !f.butClause(j) || f.toks[j-1].Text != "," {
		// (or a contrast: "заявив, що Москва «відкрита до діалогу»,
		// але звинуватив Київ")
		return -1
	}
	for k := j - 2; k >= 2; k-- {
		if f.toks[k].Kind == vistka.Punct && f.toks[k].Text != "," && f.toks[k].Text != "«" && f.toks[k].Text != "»" {
			return -1
		}
		if f.low(k) == "що" && f.toks[k-1].Text == "," {
			v := k - 2
			if v >= 2 && thatCorrelative[scan.ToLower(f.toks[v].Text)] && isPrep(&f.toks[v-1]) {
				v -= 2 // "наголосив на тому, що …", "заявив про те, що …"
			}
			for n := 0; n < 5 && v > 0 && (f.toks[v].Kind == vistka.QuoteMark || hasCase(&f.toks[v], "v_dav")); n++ {
				v-- // "заявила «Українській правді», що …": whom it was told
			}
			if strings.HasPrefix(f.toks[v].Tag, "verb") && agree(&f.toks[v], &f.toks[at]) {
				return v
			}
			return -1
		}
	}
	return -1
}

// thatCorrelative are the forms of той that a preposition after a verb
// of saying takes before its що-clause: "наголосив на тому, що …".
var thatCorrelative = map[string]bool{"те": true, "тому": true, "тим": true, "того": true}

// agree reports whether two verb forms can share a subject: the same
// gender or number in the past, or any pair where one says neither.
func agree(a, b *vistka.Token) bool {
	form := func(t *vistka.Token) string {
		for _, g := range []string{":m", ":f", ":n", ":p"} {
			if strings.Contains(t.Tag, g+":") || strings.HasSuffix(t.Tag, g) {
				return g
			}
		}
		return ""
	}
	fa, fb := form(a), form(b)
	return fa == "" || fb == "" || fa == fb
}

// peopleFrom reports whether the indeclinable name at i, read as a
// genitive right after з, says where the people named by the noun before
// the preposition come from: "допомагали викладачі зі США" (not the
// trigger's noun: "переговори з США").
func (f *finder) peopleFrom(i int, tr trig) bool {
	t := &f.toks[i]
	if i < 2 || !strings.Contains(t.Tag, ":nv") || !hasCase(t, "v_rod") || hasCase(t, "v_oru") || !isPrep(&f.toks[i-1]) {
		return false
	}
	n := &f.toks[i-2]
	return i-2 != tr.noun && i-2 != tr.at && strings.HasPrefix(n.Tag, "noun") && strings.Contains(n.Tag, ":anim") && f.entityAt(i-2) == ""
}

// partnersFrom reports whether the place at i says where the persons of
// "з колегами з Канади" come from: "з" before it follows an animate noun
// in the instrumental that no name covers.
func (f *finder) partnersFrom(i int) bool {
	j := i - 1
	for j >= 0 && f.entityAt(j) == f.entityAt(i) {
		j--
	}
	if j < 1 || !isPrep(&f.toks[j]) {
		return false
	}
	n := &f.toks[j-1]
	return strings.HasPrefix(n.Tag, "noun") && strings.Contains(n.Tag, ":anim") && hasCase(n, "v_oru") && f.entityAt(j-1) == ""
}

// coordinated returns the names coordinated with the one at i in the same
// case: "Канади, Нідерландів та Норвегії".
func (f *finder) coordinated(i, end int) []string {
	var out []string
	c := vtag.Case(f.toks[i].Tag)
	last := f.entityAt(i)
	for j := i + 1; j < end; j++ {
		t := &f.toks[j]
		e := f.entityAt(j)
		switch {
		case e == last && e != "":
		case t.Text == "," || isAnd(t) || t.Kind == vistka.QuoteMark: // (names in quotation marks: «Нафтогазом» та «Газпромом»)
		case e != "" && vtag.Case(t.Tag) == c:
			out = append(out, e)
			last = e
		default:
			return out
		}
	}
	return out
}

// opensClause reports whether the name at j is followed, right after its
// words, by a finite verb: the subject of a clause of its own, not one
// more of a list.
func (f *finder) opensClause(j int) bool {
	e := f.entityAt(j)
	k := j
	for k < len(f.toks) && f.entityAt(k) == e {
		k++
	}
	if k >= len(f.toks) {
		return false
	}
	t := &f.toks[k]
	return strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf")
}

// fundOf reports whether the name at i hangs in the genitive on a common
// noun after з: the purse aid comes from ("з фондів ЄС", "з бюджету
// міста"), not a partner.
func (f *finder) fundOf(i int) bool {
	k := i
	for k > 0 && f.entityAt(k-1) != "" && f.entityAt(k-1) == f.entityAt(i) {
		k--
	}
	return k > 1 && strings.HasPrefix(f.toks[k-1].Tag, "noun") && f.entityAt(k-1) == "" && hasCase(&f.toks[k-1], "v_rod") && isPrep(&f.toks[k-2])
}

// datAfterAnd reports whether the place at i, tagged a genitive, is the
// dative joined by і, й, та or a comma to a place in the dative right
// before it: a masculine name in -у or -ю has one form for both cases
// ("подякував Катару та Єгипту", Єгипту read as the genitive).
func (f *finder) datAfterAnd(i int) bool {
	t := &f.toks[i]
	if !hasCase(t, "v_rod") || vtag.Gender(t.Tag) != 'm' || !strings.Contains(t.Tag, ":geo") ||
		!strings.HasSuffix(t.Text, "у") && !strings.HasSuffix(t.Text, "ю") {
		return false
	}
	if i < 2 || !isAnd(&f.toks[i-1]) && f.toks[i-1].Text != "," {
		return false
	}
	p := &f.toks[i-2]
	return f.entityAt(i-2) != "" && hasCase(p, "v_dav") && !hasCase(p, "v_rod") && strings.Contains(p.Tag, ":geo")
}

// ownBodies are bodies named after a place that act for themselves, not
// for the place: the Council of Europe is not Europe.
var ownBodies = map[string]bool{"рада європи": true, "ради європи": true, "раді європи": true, "радою європи": true}

// bodyName reads a body named as one name with the place or organisation
// it acts for ("Уряд Канади", "Рада ЄС" as a single span): the actor is
// what is named after the body's noun, as institutionOf reads it when the
// two are separate names. It returns that entity's id, or the name in
// its base form when the document has no entity of its own for it; ""
// when mention e at token i is no such body.
func (f *finder) bodyName(i int, e string) string {
	if f.ents.Type(e) != "ORG" {
		return ""
	}
	lo := i
	for lo > 0 && f.entityAt(lo-1) == e {
		lo--
	}
	hi := i
	for hi+1 < len(f.toks) && f.entityAt(hi+1) == e {
		hi++
	}
	if lo == hi || !institutions[f.low(lo)] || ownBodies[strings.ToLower(f.text(lo, hi+1))] {
		return ""
	}
	var words []string
	for k := lo + 1; k <= hi; k++ {
		t := &f.toks[k]
		if !strings.Contains(t.Tag, ":geo") && !strings.Contains(t.Tag, ":nv") && t.Kind != vistka.Abbr {
			return "" // Міністерство закордонних справ, Рада безпеки ООН
		}
		words = append(words, t.Lemma)
	}
	tail := strings.Join(words, " ")
	for k, ent := range f.ents.Entities {
		if id := entity.ID(k); id != e && (ent.Type == "LOC" || ent.Type == "ORG") && strings.EqualFold(ent.Name, tail) {
			return id
		}
	}
	return tail
}

// placeBefore finds the place of an event said before its trigger in its
// clause: "У Тбілісі тисячі людей вийшли на акцію протесту".
func (f *finder) placeBefore(at int) string {
	for j := at - 1; j >= 0; j-- {
		t := f.caseToken(j) // "у м. Дніпро", "у місті Бровари": the kind noun's case
		if f.toks[j].Text == ":" {
			return f.openingPlace(j) // "У Львові сесія не відбулася: депутати заблокували трибуну"
		}
		if f.toks[j].Kind == vistka.Punct && !f.listComma(j) {
			return f.whereBefore(j)
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && (hasCase(t, "v_mis") || hasCase(t, "v_zna") && !f.motion(at)) {
			// An unknown town may be read as an accusative (в
			// Лінчепінгу as of Лінчепінга); with a verb of no motion,
			// в/у names where it happened.
			k := j
			if t != &f.toks[j] {
				k = j - 1
			}
			if p := f.governedBy(k); (p == "в" || p == "у" || p == "на" && hasCase(t, "v_mis") && f.region(e)) && !f.postedTitle(j) && !f.envoysPost(k) {
				// (на Харківщині, на Донбасі: a region; not the post of
				// an envoy, "Посол Туреччини в Україні Ягмур Ахмет
				// Гюльдере привітав")
				return e
			}
		}
		if e := cmp.Or(f.capital(j), f.regionalCentre(j)); e != "" {
			return e
		}
		if e := f.area(j); e != "" {
			return e
		}
		if e := f.venueOpening(j); e != "" {
			return e
		}
		if j == 0 && lower(t) == "там" && strings.HasPrefix(t.Tag, "adv") {
			// "Завершальним пунктом поїздки стала Рига. Там він
			// зустрівся …": the one town of the sentence before; else
			// "прибув до Вашингтона. … Там він зустрівся …": where the
			// visit before went
			if e := f.townBefore(); e != "" {
				return e
			}
			if e := f.visitedCity(func(string) bool { return true }); e != "" || f.low(1) != "же" {
				return e
			}
			// "Форум у Львівському палаці мистецтв зібрав … Там же Кулеба
			// провів зустріч": where the last event told just before was
			for k := len(f.before) - 1; k >= 0; k-- {
				v := f.before[k]
				if f.a.SentenceAt(v.Sentence.Start) < f.s-4 {
					break
				}
				if p, _ := f.dl.of(&v); len(v.Aux) == 0 && cmp.Or(v.Place, p) != "" {
					return cmp.Or(v.Place, p) // (the lead's, placed by its dateline)
				}
			}
		}
	}
	return ""
}

// venueOpening returns, for a building named with no town that opens the
// clause at j ("У палаці Котрочень його прийняв …" after "вирушив до
// Бухареста"), the town of the visit told just before, or "".
func (f *finder) venueOpening(j int) string {
	t := &f.toks[j]
	if !venueNouns[lower(t)] || !hasCase(t, "v_mis") || f.entityAt(j) != "" || j < 1 || !isPrep(&f.toks[j-1]) {
		return ""
	}
	if p := f.low(j - 1); p != "в" && p != "у" || j > 1 && !strings.HasPrefix(f.toks[j-2].Tag, "adv") {
		return ""
	}
	if k := j + 1; k+1 < len(f.toks) && isPrep(&f.toks[k]) && f.ents.Type(f.entityAt(k+1)) == "LOC" {
		return "" // "у палаці в Бухаресті": the town is named
	}
	return cmp.Or(f.destinationBefore(), f.visitedCity(func(string) bool { return true }))
}

// destinationBefore returns the town the sentence before tells someone
// went to ("Після обіду Зеленський вирушив до Бухареста."): the last
// place after до right after a verb of going or visiting, or "".
func (f *finder) destinationBefore() string {
	if f.s < 1 {
		return ""
	}
	g := finder{a: f.a, ents: f.ents, s: f.s - 1, toks: f.a.Sentences[f.s-1].Tokens}
	dest := ""
	for j := 1; j+1 < len(g.toks); j++ {
		if g.low(j) != "до" || !strings.HasPrefix(g.toks[j-1].Tag, "verb") {
			continue
		}
		if v := g.verb(j - 1); !motionVerbs[v] && verbs[v].mode != "visit" {
			continue
		}
		if e := g.entityAt(j + 1); e != "" && g.ents.Type(e) == "LOC" {
			dest = e
		}
	}
	return dest
}

// venueNouns are buildings where leaders receive guests.
var venueNouns = map[string]bool{"палац": true, "резиденція": true, "штаб-квартира": true}

// participleComma returns the comma after the trigger at, before end,
// that opens a participle's phrase on the noun before it ("чиновника,
// затриманого у Львові"), or -1.
func (f *finder) participleComma(at, end int) int {
	for j := at + 1; j+1 < end; j++ {
		if f.toks[j].Text != "," {
			continue
		}
		if t := &f.toks[j+1]; strings.HasPrefix(t.Tag, "adj") && f.entityAt(j+1) == "" &&
			(strings.Contains(t.Tag, "adjp") || participleVerb(lower(t), participleEnds) != "") {
			return j
		}
	}
	return -1
}

// openingPlace returns the town the sentence opens with, in the locative
// after в or у among its first words ("Тим часом у Львові того ж дня
// сесія … не відбулася"), when the colon at c goes on to tell what
// happened there; or "".
func (f *finder) openingPlace(c int) string {
	if f.s == 0 && hasHeadline(f.a) {
		return "" // "Переговори в Москві завершилися нічим: «Газпром» погрожує Києву": a headline's colon joins two items
	}
	for j := 0; j < c && j <= 4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return ""
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "LOC" {
			continue
		}
		if k := f.caseIndex(j); hasCase(&f.toks[k], "v_mis") {
			if p := f.governedBy(k); p == "в" || p == "у" {
				return e
			}
		}
		return ""
	}
	return ""
}

// whereBefore returns the place named in the locative after в, у or на
// right before the comma at c that opens a clause of "де": "У Чугуєві,
// де в неділю ракета влучила в п'ятиповерхівку" — the hit was in
// Чугуїв. It returns "" for any other comma.
func (f *finder) whereBefore(c int) string {
	if c < 2 || c+1 >= len(f.toks) || f.toks[c].Text != "," || f.low(c+1) != "де" {
		return ""
	}
	e := f.entityAt(c - 1)
	if e == "" || f.ents.Type(e) != "LOC" {
		return ""
	}
	k := f.caseIndex(c - 1) // "у місті Чугуєві, де": the kind noun's case
	if p := f.governedBy(k); hasCase(&f.toks[k], "v_mis") && (p == "в" || p == "у" || p == "на") {
		return e
	}
	// "у ресторані в центрі Києва, де": the town in the genitive of a
	// part of it in the locative
	if h := k - 1; h > 0 && hasCase(&f.toks[k], "v_rod") && strings.HasPrefix(f.toks[h].Tag, "noun") && hasCase(&f.toks[h], "v_mis") {
		if p := f.low(h - 1); p == "в" || p == "у" || p == "на" {
			return e
		}
	}
	return ""
}

// townBefore returns the one town the sentence before f's names, or ""
// when it names none or more than one: "Завершальним пунктом поїздки
// стала Рига" for a "Там" opening the next sentence.
func (f *finder) townBefore() string {
	if f.s < 1 {
		return ""
	}
	g := finder{a: f.a, ents: f.ents, s: f.s - 1, toks: f.a.Sentences[f.s-1].Tokens}
	town := ""
	for j := range g.toks {
		e := g.entityAt(j)
		if e == "" || e == town || !g.town(e) {
			continue
		}
		if town != "" {
			return ""
		}
		town = e
	}
	return town
}

// town reports whether the place e is a town at home or abroad (Рига, a
// city abroad, is no Settlement of the gazetteer).
func (f *finder) town(e string) bool {
	if f.ents.Type(e) != "LOC" || f.region(e) {
		return false
	}
	c := gazetteer.Lookup(f.ents.Name(e))
	return c&(gazetteer.Settlement|gazetteer.Place) != 0 && c&gazetteer.Country == 0
}

// region reports whether the place e is a region of a country, which
// takes на: на Харківщині, на Донбасі, на Закарпатті.
func (f *finder) region(e string) bool {
	n := f.ents.Name(e)
	return strings.HasSuffix(n, "щина") || strings.HasSuffix(n, "ччина") || n == "Донбас" || n == "Закарпаття" ||
		n == "Поділля" || n == "Полісся" || n == "Буковина" || n == "Волинь" || n == "Слобожанщина"
}

// motion reports whether the verb at at tells a movement to somewhere,
// after which в/у with an accusative is where to: прибув в Астану,
// повернувся у Київ.
func (f *finder) motion(at int) bool {
	v := f.verb(at)
	return verbs[v].mode == "visit" || motionVerbs[v]
}

// motionVerbs are verbs of movement that name no event of their own.
var motionVerbs = map[string]bool{
	"поїхати": true, "їхати": true, "вирушити": true, "повернутися": true, "летіти": true,
	"полетіти": true, "переїхати": true, "перекинути": true, "відправити": true, "направити": true,
	"прийти": true, "піти": true, "вийти": true, "вступити": true, "ввійти": true, "увійти": true,
	"запросити": true, "перевезти": true, "депортувати": true, "вивезти": true, "вислати": true,
}

// seatBefore returns the organisation in the locative after в/у before
// the verb at in its clause, whose seat a meeting was in: "Єрмак у
// понеділок в Офісі президента зустрівся з …", or "".
func (f *finder) seatBefore(at int) string {
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return ""
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "ORG" && hasCase(t, "v_mis") {
			if p := f.governedBy(j); p == "в" || p == "у" {
				return e
			}
		}
	}
	return ""
}

// topicWords are prepositions whose phrase is what an event is about, not
// where it is: "переговори щодо судноплавства в Чорному морі".
var topicWords = map[string]bool{"щодо": true, "стосовно": true, "про": true}

// area returns the place X of "в районі X", "поблизу X", "біля X" at token
// i (район in the locative after в/у, or the preposition itself), or "".
func (f *finder) area(i int) string {
	t, lt := &f.toks[i], f.low(i)
	j := -1
	switch {
	case lt == "район" && hasCase(t, "v_mis") && (f.governedBy(i) == "в" || f.governedBy(i) == "у"):
		j = i + 1
	case hasCase(t, "v_mis") && compass[lt] && f.governedBy(i) == "на":
		j = i + 1 // "на півдні Лівану", "на сході України"
	case lt == "територія" && hasCase(t, "v_mis") && !plural(t) && i > 0 && f.low(i-1) == "на":
		j = i + 1 // "на території Білорусі" (not "на окупованих територіях України", a topic)
	case lt == "небо" && hasCase(t, "v_mis") && (f.governedBy(i) == "в" || f.governedBy(i) == "у") && i+1 < len(f.toks) && f.low(i+1) == "над":
		// "у небі над Києвом": where the drones were downed
		if e := f.entityAt(i + 2); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[i+2], "v_oru") {
			return e
		}

	case isPrep(t) && (lt == "поблизу" || lt == "біля" || lt == "неподалік" || lt == "під"):
		j = i + 1
	case hasCase(t, "v_oru") && routeNouns[lt] && f.governedBy(i) == "":
		j = i + 1 // "пройшли маршем центром Вільнюса", "вулицями Тбілісі": the way through
	}
	if j < 0 || j >= len(f.toks) || !hasCase(&f.toks[j], "v_rod") && !(lt == "під" && hasCase(&f.toks[j], "v_oru")) {
		return ""
	}
	if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" {
		return e
	}
	if j+1 < len(f.toks) && settlementNouns[f.toks[j].Lemma] && f.entityAt(j) == "" {
		// "поблизу села Соломоново", "в районі міста Захонь": the place
		// after its kind
		if e := f.entityAt(j + 1); e != "" && f.ents.Type(e) == "LOC" {
			return e
		}
	}
	return ""
}

// regionalCentre resolves "в обласному центрі" at token i to the oblast
// centre named last before it in the text ("ЛЬВІВ, 21 травня … а в
// обласному центрі також підписав меморандум": Львів), or "": a district
// town visited since (Гайсин after Вінниця) is no such centre.
func (f *finder) regionalCentre(i int) string {
	t := &f.toks[i]
	if f.low(i) != "центр" || i < 2 || f.low(i-1) != "обласний" || !hasCase(t, "v_mis") {
		return ""
	}
	if p := f.governedBy(i); p != "в" && p != "у" {
		return ""
	}
	return f.centreBefore(i)
}

// centreBefore returns the oblast centre named last before token i in the
// text, or "".
func (f *finder) centreBefore(i int) string {
	for s := f.s; s >= 0; s-- {
		g := finder{a: f.a, ents: f.ents, s: s, toks: f.a.Sentences[s].Tokens}
		last := len(g.toks) - 1
		if s == f.s {
			last = i - 1
		}
		for j := last; j >= 0; j-- {
			if e := g.entityAt(j); e != "" && oblastCentres[f.ents.Name(e)] {
				return e
			}
		}
	}
	return ""
}

// adminSeat returns the town of the regional administration a meeting
// was held in, named in the verb's clause with в or у: "в обласній
// державній адміністрації зустрівся" is in the oblast centre named last
// (the dateline's ЛЬВІВ), "у приміщенні Одеської ОВА провів зустріч",
// "у будівлі Сумської ОДА" in the town the body's name is made from
// (see seatTown). It returns "" when the clause names none.
func (f *finder) adminSeat(at int) string {
	in := func(j int) bool {
		p := f.governedBy(j)
		return hasCase(&f.toks[j], "v_mis") && (p == "в" || p == "у")
	}
	try := func(j int) string {
		switch l := f.low(j); {
		case l == "адміністрація" && in(j) && (j >= 1 && f.low(j-1) == "обласний" || j >= 2 && f.low(j-2) == "обласний"):
			return f.centreBefore(j)
		case (l == "приміщення" || l == "будівля") && in(j) && j+1 < len(f.toks):
			if e := f.entityAt(j + 1); e != "" && hasCase(&f.toks[j+1], "v_rod") {
				return f.seatTown(e)
			}
		}
		return ""
	}
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if c := try(j); c != "" {
			return c
		}
	}
	for j := at + 1; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if c := try(j); c != "" {
			return c
		}
	}
	return ""
}

// oblastCentres are the towns Ukraine's oblasts (and Crimea) are
// governed from.
var oblastCentres = map[string]bool{
	"Вінниця": true, "Луцьк": true, "Дніпро": true, "Донецьк": true, "Житомир": true, "Ужгород": true,
	"Запоріжжя": true, "Івано-Франківськ": true, "Київ": true, "Кропивницький": true, "Луганськ": true,
	"Львів": true, "Миколаїв": true, "Одеса": true, "Полтава": true, "Рівне": true, "Суми": true,
	"Тернопіль": true, "Харків": true, "Херсон": true, "Хмельницький": true, "Черкаси": true,
	"Чернівці": true, "Чернігів": true, "Сімферополь": true,
}

// capital resolves "у казахстанській столиці" at token i to the city the
// text named with that country before (Астана), or "": it invents none.
func (f *finder) capital(i int) string {
	t := &f.toks[i]
	if f.low(i) != "столиця" || !hasCase(t, "v_mis") {
		return ""
	}
	if p := f.governedBy(i); p != "в" && p != "у" {
		return ""
	}
	isCity := capitalCity
	if i+1 < len(f.toks) && hasCase(&f.toks[i+1], "v_rod") {
		// "у столиці Литви"
		c := f.entityAt(i + 1)
		k := i + 1
		for k < len(f.toks) && c != "" && f.entityAt(k) == c {
			k++
		}
		if e := f.entityAt(k); c != "" && e != "" && e != c && f.ents.Type(e) == "LOC" && isCity(f.ents.Name(e)) {
			return e // "У столиці Казахстану Астані": the city named
		}
		if c != "" && f.entityAt(k) == "" && f.ents.Type(c) == "LOC" && isCity(f.ents.Name(c)) {
			return c // "в столиці Бісау": the city named in apposition, not a country
		}
		if c != "" && f.ents.Type(c) == "LOC" && gazetteer.Lookup(f.ents.Name(c))&gazetteer.Country != 0 {
			if p := f.ents.CapitalOfCountry(c, t.RStart, isCity); p != "" {
				return p
			}
			// "прибув до Вільнюса. У столиці Литви …": the city just
			// visited
			for k := len(f.before) - 1; k >= 0; k-- {
				if v := f.before[k]; v.Mode == "visit" {
					if v.Place != "" && v.Place != c && isCity(f.ents.Name(v.Place)) {
						return v.Place
					}
					break
				}
			}
		}
	}
	if i > 0 && strings.HasPrefix(f.toks[i-1].Tag, "adj") {
		if c := f.ents.CapitalOf(f.toks[i-1].Lemma, t.RStart, isCity); c != "" {
			return c
		}
	} else if i+1 < len(f.toks) && hasCase(&f.toks[i+1], "v_rod") {
		return ""
	}
	// "прибув до Києва. У столиці він зустрівся …", "прибув до Анкари.
	// У турецькій столиці …": the capital just visited; a Ukrainian town
	// visited since, which is no capital, is passed ("прибула до Києва …
	// відвідала Бучу … Згодом у столиці …")
	for k := len(f.before) - 1; k >= 0; k-- {
		v := f.before[k]
		if v.Mode != "visit" {
			continue
		}
		if v.Place != "" && isCity(f.ents.Name(v.Place)) && !provincial(f.ents.Name(v.Place)) {
			return v.Place
		}
		if v.Place == "" || !provincial(f.ents.Name(v.Place)) {
			break
		}
	}
	return ""
}

// capitalCity reports whether name may be a capital named in the text:
// no country, and a name of one word unless the gazetteer lists it as a
// place (not "Європейський Союз", named with Молдова in a sentence
// before; Кишинів and Київ are also regions of ISO 3166-2), nor an
// abbreviation (ЄС, США, ООН).
func capitalCity(name string) bool {
	c := gazetteer.Lookup(name)
	return c&gazetteer.Country == 0 && (c&(gazetteer.Settlement|gazetteer.Place|gazetteer.Region) != 0 || !strings.Contains(name, " ") && !abbreviation(name))
}

// capitalTo returns the capital a phrase of до and the country's
// adjective before столиця names at i ("прибув до української столиці",
// "до польської столиці": Київ, Варшава; the place of that name the
// text names, else the name), or "". The country is the gazetteer's one
// of that adjective, its capital the gazetteer's only one: a city of the
// country the text names is not taken for it (Харків for української).
func (f *finder) capitalTo(i int) string {
	if i < 2 || f.low(i) != "столиця" || !hasCase(&f.toks[i], "v_rod") || !strings.HasPrefix(f.toks[i-1].Tag, "adj") || f.low(i-2) != "до" {
		return ""
	}
	caps := gazetteer.Capitals(entity.CountryNamed(f.toks[i-1].Lemma))
	if len(caps) != 1 {
		return ""
	}
	for j := range f.ents.Entities {
		if e := &f.ents.Entities[j]; e.Type == "LOC" && e.Name == caps[0] {
			return e.ID
		}
	}
	return caps[0]
}

// capitalOfCountryAt returns the capital the text named of the country
// named at i after "столиці" in the genitive ("прибув до столиці
// Фінляндії": Гельсінкі, named before), or "".
func (f *finder) capitalOfCountryAt(i int) string {
	e := f.entityAt(i)
	if i < 1 || e == "" || f.ents.Type(e) != "LOC" || f.low(i-1) != "столиця" || !hasCase(&f.toks[i-1], "v_rod") ||
		gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country == 0 {
		return ""
	}
	return f.ents.CapitalOfCountry(e, f.toks[i].RStart, func(name string) bool { return gazetteer.Lookup(name)&gazetteer.Country == 0 })
}

// provincial reports whether the gazetteer knows name as a Ukrainian town
// that is no city of special status (Буча, Мукачево, Львів; not Київ):
// it is the capital of nothing.
func provincial(name string) bool {
	c := gazetteer.Lookup(name)
	return c&gazetteer.Settlement != 0 && c&(gazetteer.Region|gazetteer.Country) == 0
}

// abbreviation reports whether name is written in capitals, two letters
// or more: ЄС, США, ООН.
func abbreviation(name string) bool {
	n := 0
	for _, r := range name {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// visitedCity returns the city of the last visit told before, or "".
func (f *finder) visitedCity(isCity func(string) bool) string {
	for k := len(f.before) - 1; k >= 0; k-- {
		if v := f.before[k]; v.Mode == "visit" {
			if v.Place != "" && isCity(f.ents.Name(v.Place)) {
				return v.Place
			}
			break
		}
	}
	return ""
}

// courtWords make a засідання a court hearing.
var courtWords = map[string]bool{"суд": true, "колегія": true, "трибунал": true}

// passiveVerb returns the verb lemma of the passive participle at i
// (арештований → арештувати, притягнений → притягнути, затриманий →
// затримати) when that verb names an event, else "".
func (f *finder) passiveVerb(i int) string {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "adj") {
		return ""
	}
	// Only a participle said of its subject with a form of бути tells
	// an event ("арештованого майна" does not); the tagger does not
	// always mark the participle (притягнений is plain adj).
	if i == 0 || f.low(i-1) != "бути" && !f.predicative(i) {
		return ""
	}
	return participleVerb(lower(t), participleEnds)
}

// participleEnds map the endings of passive participles, and of the
// impersonal forms in -но, -то, to their verbs' infinitive endings.
var (
	participleEnds = [][2]string{{"ований", "увати"}, {"нений", "нути"}, {"аний", "ати"}, {"яний", "яти"},
		{"дений", "сти"}, {"ений", "ити"}, {"тий", "ти"}} // викрадений → викрасти
	impersonalEnds = [][2]string{{"овано", "увати"}, {"нено", "нути"}, {"ано", "ати"}, {"яно", "яти"},
		{"ено", "ити"}, {"ито", "ити"}, {"уто", "ути"}, {"ято", "яти"}}
)

// misreadSubject reports whether the event noun at i, tagged a genitive
// singular, is the nominative or accusative plural of a feminine noun in
// -ії or -ї that the impersonal form of its light verb right after it
// (past було or буде) governs: "Рішенням РНБО санкції запроваджено проти
// …", "Того ж дня санкції запроваджено" (the tagger reads the genitive
// after a word in the genitive or a date). An object under negation is in
// the genitive after не, which stands between.
func (f *finder) misreadSubject(i int) bool {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_rod") || vtag.Gender(t.Tag) != 'f' || !strings.HasSuffix(t.Text, "ї") || i > 0 && isPrep(&f.toks[i-1]) {
		return false
	}
	j := i + 1
	if j < len(f.toks) {
		if w := scan.ToLower(f.toks[j].Text); w == "було" || w == "буде" {
			j++
		}
	}
	if j >= len(f.toks) || !strings.HasPrefix(f.toks[j].Tag, "verb") || !strings.Contains(f.toks[j].Tag, "impers") {
		return false
	}
	v := impersonalVerb(f.toks[j].Text)
	_, paired := pairs[v][f.low(i)]
	return paired || slices.Contains(lightVerbs[v], f.low(i))
}

// impersonalVerb is participleVerb of the lower-cased impersonal form w
// (see impersonalEnds), with a sure no first for a word that does not end
// in о, as every ending there does.
func impersonalVerb(w string) string {
	if !endsInO(w) {
		return ""
	}
	return participleVerb(scan.ToLower(w), impersonalEnds)
}

// endsInO reports whether w ends in о or О, the only letter that
// lower-cases to о.
func endsInO(w string) bool {
	return strings.HasSuffix(w, "о") || strings.HasSuffix(w, "О")
}

// participleVerb returns the trigger verb of a passive participle or an
// impersonal form w (заарештований, повідомлено, оголошено), undoing the
// consonant changes of the stem (повідом-л-ено, оголош-ено), or "".
func participleVerb(w string, ends [][2]string) string {
	for _, e := range ends {
		if !strings.HasSuffix(w, e[0]) {
			continue
		}
		stem := strings.TrimSuffix(w, e[0])
		if v := participleCand(stem, "", e); v != "" {
			return v
		}
		for _, a := range stemChanges {
			if strings.HasSuffix(stem, a[0]) {
				if v := participleCand(strings.TrimSuffix(stem, a[0]), a[1], e); v != "" {
					return v
				}
			}
		}
	}
	return ""
}

// stemChanges are the consonant changes of a participle's stem that
// participleVerb undoes: the changed end, and the verb's.
var stemChanges = [][2]string{{"мл", "м"}, {"бл", "б"}, {"пл", "п"}, {"вл", "в"}, {"фл", "ф"},
	{"ш", "с"}, {"ж", "з"}, {"ж", "д"}, {"ч", "т"}, {"щ", "ст"}, {"дж", "д"},
	{"вол", "вольн"}} // задоволено: задовольнити

// participleCand returns the verb stem+add+e[1] when it is one that
// participleVerb takes for a participle of ending e[0], or "". The verb
// is looked up in a buffer, and made a string only when it is taken.
func participleCand(stem, add string, e [2]string) string {
	var buf [96]byte
	b := append(append(append(buf[:0], stem...), add...), e[1]...)
	if e[0] == "дений" {
		// викрадений; not укладений, проведений, which say of a
		// contract or a meeting that it exists more often than
		// that it was made then
		if k := verbs[string(b)]; k.typ == "ASSAULT" || k.typ == "COERCE" {
			return string(b)
		}
		return ""
	}
	if k, ok := verbs[string(b)]; ok && k.typ != "" || pairs[string(b)] != nil || lightVerbs[string(b)] != nil {
		return string(b)
	}
	return ""
}

// agent returns the doer of a passive in toks[start:end]: a name or an
// animate noun in the instrumental ("викрадений бойовиками").
func (f *finder) agent(start, end int, setOff bool) string {
	for i := start; i < end && i <= start+4; i++ {
		t := &f.toks[i]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if !hasCase(t, "v_oru") || f.governedBy(i) != "" || f.onVerbalNoun(i) {
			continue
		}
		if e := f.entityAt(i); e != "" {
			return e
		}
		if decisions[lower(t)] && strings.HasPrefix(t.Tag, "noun") {
			// "скасоване постановою Верховного суду", "розпорядженням
			// голови облдержадміністрації": whose act it was done by
			for j := i + 1; j < end && j <= i+3 && hasCase(&f.toks[j], "v_rod"); j++ {
				if e := f.entityAt(j); e != "" {
					return e
				}
			}
		}
		if strings.HasPrefix(t.Tag, "noun") && (strings.Contains(t.Tag, ":anim") || groups[lower(t)] || institutions[lower(t)] || !setOff && actorNoun(lower(t))) {
			// (a body by its common noun: "оскаржено прокуратурою"; set
			// off, with its genitives below)
			if plural(t) {
				// "обстріляний російськими військами", "викрадений
				// окупантами": as written, with the adjectives after the
				// participle (the pipeline gives the nominative plural);
				// staff with the body they serve: "затримано працівниками
				// поліції"
				hi := i + 1
				if e := f.entityAt(i + 1); staff[lower(t)] && e != "" && f.ents.Type(e) == "ORG" {
					return cmp.Or(f.bodyName(i+1, e), e) // "співробітниками СБУ": the body, as "Слідчі СБУ затримали" has it
				}
				if staff[lower(t)] {
					for hi < end && hi-i <= 3 && hasCase(&f.toks[hi], "v_rod") && !isPrep(&f.toks[hi]) && (strings.HasPrefix(f.toks[hi].Tag, "noun") || strings.HasPrefix(f.toks[hi].Tag, "adj") || f.entityAt(hi) != "") {
						hi++
					}
					for hi > i+1 && strings.HasPrefix(f.toks[hi-1].Tag, "adj") {
						hi--
					}
				}
				return f.text(max(start, f.adjectivesBefore(i)), hi)
			}
			return lower(t)
		}
		if setOff && strings.HasPrefix(t.Tag, "noun") && actorNoun(lower(t)) {
			// "вимоги, висунуті коаліцією громадських організацій": the
			// body with its genitives
			hi := i + 1
			for hi < end && hi-i <= 6 && (hasCase(&f.toks[hi], "v_rod") && !isPrep(&f.toks[hi]) || isAnd(&f.toks[hi]) && hi+1 < end && hasCase(&f.toks[hi+1], "v_rod")) {
				hi++
			}
			return lower(t) + strings.TrimPrefix(f.text(i, hi), t.Text)
		}
	}
	return ""
}

// agentsJoined returns the names joined by і, та or й to the named doer a
// of a passive in toks[start:end], each in the instrumental as a is
// ("підписаний Україною і Данією"): the doers of one act.
func (f *finder) agentsJoined(start, end int, a string) []string {
	i := start
	for i < end && i <= start+4 && f.entityAt(i) != a {
		i++
	}
	if i >= end || i > start+4 {
		return nil
	}
	var more []string
	for {
		for i < end && f.entityAt(i) == a {
			i++
		}
		if i+1 >= end || !isAnd(&f.toks[i]) || !hasCase(&f.toks[i+1], "v_oru") {
			return more
		}
		e := f.entityAt(i + 1)
		if e == "" || e == a || slices.Contains(more, e) {
			return more
		}
		more = append(more, e)
		a, i = e, i+1
	}
}

// helpToDo reports whether the help verb at i governs an infinitive
// (допомагати вченим обліковувати) or one opens its sentence
// ("Нагадати, …, допомагають класики"): help in doing, not aid given.
func (f *finder) helpToDo(i int) bool {
	if strings.Contains(f.toks[0].Tag, ":inf") {
		return true
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if strings.Contains(f.toks[j].Tag, ":inf") {
			return true
		}
	}
	return false
}

// purposeBefore reports whether the infinitive at i opens a clause of
// purpose with adverbs or particles between: "аби остаточно відмовитися
// від газу", "щоб не допустити".
func (f *finder) purposeBefore(i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if tag := f.toks[j].Tag; !strings.HasPrefix(tag, "adv") && !strings.HasPrefix(tag, "part") {
			return false
		}
		if l := f.low(j - 1); l == "щоб" || l == "аби" {
			return true
		}
	}
	return false
}

// cameToDo returns the verb of the main clause when the infinitive at i
// follows щоб or аби after a clause whose verb is one of people coming or
// gathering: "з'їжджалися до Києва сотні шахтарів, щоб …". The journey
// made for it tells that it was done. It returns -1 for any other.
func (f *finder) cameToDo(i int) int {
	if i < 1 || f.low(i-1) != "щоб" && f.low(i-1) != "аби" {
		return -1
	}
	for j := i - 2; j >= 0; j-- {
		t := &f.toks[j]
		if endsSentence(t) {
			return -1
		}
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			if comers[f.verb(j)] {
				return j
			}
			return -1
		}
	}
	return -1
}

// cameTo returns where the people came to for the event at i that
// cameToDo tells: the place after до before or after the verb of coming
// ("до Москви стікалися", "приїхали до Києва, щоб").
func (f *finder) cameTo(i int) string {
	c := f.cameToDo(i)
	if c < 0 {
		return ""
	}
	if e := f.destBefore(c); e != "" {
		return e
	}
	for j := c + 1; j+1 < i; j++ {
		if f.toks[j].Kind == vistka.Punct {
			break
		}
		if e := f.entityAt(j + 1); e != "" && f.low(j) == "до" && f.ents.Type(e) == "LOC" {
			return e
		}
	}
	return ""
}

// expels are the verbs of sending people away; for the ones marked true
// (відсилати, відправляти) only people held are sent by force.
var expels = map[string]bool{"вислати": false, "висилати": false, "депортувати": false, "видворити": false,
	"видворяти": false, "випровадити": false, "випроваджувати": false, "відсилати": true, "відіслати": true,
	"відправляти": true, "відправити": true, "етапувати": true, "виселити": false, "виселяти": false}

// drives are the verbs of driving people somewhere, coercion when done
// by force (forcedAdverbs): "селян силоміць заганяли до колгоспів".
var drives = map[string]bool{"загнати": true, "заганяти": true, "зігнати": true, "зганяти": true,
	"переселити": true, "переселяти": true, "вивезти": true, "вивозити": true}

// forcedAdverbs tell that a thing was done to people against their will.
var forcedAdverbs = map[string]bool{"силоміць": true, "примусово": true, "насильно": true}

// phaseVerbs govern the infinitive of what is begun or kept on: "почали
// виселяти".
var phaseVerbs = map[string]bool{"почати": true, "починати": true, "стати": true, "продовжити": true, "продовжувати": true}

// pressedPeople returns the people the pressure noun at n is put on: an
// animate noun in the accusative after на right after it ("тиск на
// селян", "тиску на місцевих мешканців"), or -1.
func (f *finder) pressedPeople(n int) int {
	if n+2 >= len(f.toks) || f.low(n+1) != "на" {
		return -1
	}
	for j := n + 2; j < len(f.toks) && j <= n+4; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") {
			if strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_zna") && f.entityAt(j) == "" {
				return j
			}
			return -1
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return -1
		}
	}
	return -1
}

// forcedHere reports whether an adverb of force stands next to the verb at
// i: "силоміць заганяти", "вивезли примусово".
func (f *finder) forcedHere(i int) bool {
	return i > 0 && forcedAdverbs[f.low(i-1)] || i+1 < len(f.toks) && forcedAdverbs[f.low(i+1)]
}

// held are the participles of people held by force.
var held = map[string]bool{"заарештований": true, "затриманий": true, "ув'язнений": true, "засуджений": true,
	"полонений": true, "в'язень": true, "арештант": true}

// diplomats are the people whose expulsion is a state's sanction.
var diplomats = map[string]bool{"дипломат": true, "посол": true, "консул": true, "аташе": true, "співробітник": true, "працівник": true}

// sentPeople returns the people the verb of sending away at i sends: an
// animate noun in the accusative right after it, or one opening its
// clause that cannot be a nominative ("Заарештованих кримських татар
// відсилали", "Баєва правоохоронці спробували випровадити"); -1 when
// there is none, or when they are envoys, whose expulsion is a sanction
// ("вислали трьох дипломатів"). With heldOnly the people must be held:
// "Затриманих відправляли до Сибіру", not "відправили сина до бабусі".
func (f *finder) sentPeople(i int, heldOnly bool) int {
	person := func(j int) bool {
		t := &f.toks[j]
		return strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron") &&
			!diplomats[f.low(j)] && (hasCase(t, "v_zna") || hasCase(t, "v_rod") && j > 0 && !isPrep(&f.toks[j-1]))
	}
	isHeld := func(from, to int) bool {
		for j := from; j <= to; j++ {
			if held[f.low(j)] {
				return true
			}
		}
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || diplomats[f.low(j)] {
			break
		}
		if person(j) && f.entityAt(j) == "" {
			if heldOnly && !isHeld(i+1, j) {
				return -1
			}
			return j
		}
	}
	k := i - 1
	for k >= 0 && f.toks[k].Kind != vistka.Punct {
		k--
	}
	j := k + 1
	for j < i && strings.HasPrefix(f.toks[j].Tag, "adj") && hasCase(&f.toks[j], "v_zna") {
		j++
	}
	if j >= i || !person(j) || hasCase(&f.toks[j], "v_naz") || heldOnly && !isHeld(k+1, j) {
		return -1
	}
	for u := j + 1; u < i; u++ {
		if strings.HasPrefix(f.toks[u].Tag, "verb") && !tries[f.verb(u)] && !phaseVerbs[f.verb(u)] {
			return -1 // (the verb of trying or beginning governs the infinitive: "спробували випровадити")
		}
	}
	return j
}

// weaponName reports whether the entity id names a weapon system by the
// abbreviation its name opens with: РСЗВ, ЗРК «Бук-М».
func (f *finder) weaponName(id string) bool {
	if entity.Index(id) < 0 {
		return false
	}
	w, _, _ := strings.Cut(f.ents.Name(id), " ")
	return weaponSystems[w]
}

// weaponSystems are the abbreviations of kinds of weapon systems.
var weaponSystems = map[string]bool{"РСЗВ": true, "ЗРК": true, "ПЗРК": true, "ПТРК": true, "ОТРК": true,
	"ЗРГК": true, "САУ": true, "РЕБ": true}

// withPlacards reports whether the people coming at the verb at i bring
// placards or banners: з плакатами, із транспарантами, within its clause.
func (f *finder) withPlacards(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+8; j++ {
		if f.toks[j].Kind == vistka.Punct || strings.HasPrefix(f.toks[j].Tag, "verb") {
			return false
		}
		if !withPrep(f.low(j)) {
			continue
		}
		k := j + 1
		for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k++
		}
		if k < len(f.toks) && placards[f.low(k)] {
			return true
		}
	}
	return false
}

// heldWith reports whether the meeting noun at n names whom it was held
// with right after it: "нараду з керівниками лікарень" (an instrumental
// after з), not "нараду з питань безпеки", or after the place it was
// held in: "нараду в обласній військовій адміністрації з керівниками
// енергетичних компаній".
func (f *finder) heldWith(n int) bool {
	// "провели першу в історії спільну нараду": a joint one is held
	// by the sides named as its subject
	for k := n - 1; k >= 0 && strings.HasPrefix(f.toks[k].Tag, "adj"); k-- {
		if l := scan.ToLower(f.toks[k].Lemma); l == "спільний" || l == "двосторонній" || l == "тристоронній" {
			return true
		}
	}
	n = f.pastPlaceAt(n + 1)
	if n+2 >= len(f.toks) {
		return false
	}
	switch f.low(n + 1) {
	case "з", "із", "зі":
	default:
		return false
	}
	t := &f.toks[n+2]
	return (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && hasCase(t, "v_oru")
}

// pastPlaceAt returns the last token of a place phrase at i, в or у with
// up to five words in the locative ("в обласній військовій
// адміністрації"), or i-1 when none stands there.
func (f *finder) pastPlaceAt(i int) int {
	if i >= len(f.toks) || f.low(i) != "в" && f.low(i) != "у" {
		return i - 1
	}
	k := i + 1
	for k < len(f.toks) && k <= i+5 && (strings.HasPrefix(f.toks[k].Tag, "noun") || strings.HasPrefix(f.toks[k].Tag, "adj")) && hasCase(&f.toks[k], "v_mis") {
		k++
	}
	if k == i+1 {
		return i - 1
	}
	return k - 1
}

// heldWithOthers are the meetings that are talks only when others are
// named after з: a нарада or a video conference of one's own staff is none.
var heldWithOthers = map[string]bool{"нарада": true, "відеоконференція": true, "онлайн-нарада": true, "відеонарада": true,
	"онлайн-зустріч": true, "відеозустріч": true, "онлайн-переговори": true}

// placards are what protesters carry.
var placards = map[string]bool{"плакат": true, "транспарант": true, "банер": true, "гасло": true}

// comers are the verbs of people coming or gathering somewhere.
var comers = map[string]bool{"зібратися": true, "збиратися": true, "стікатися": true, "з'їжджатися": true,
	"з'їхатися": true, "сходитися": true, "зійтися": true, "прийти": true, "приходити": true, "приїхати": true,
	"приїжджати": true, "прибути": true, "прибувати": true, "вийти": true, "виходити": true, "прямувати": true}

// intentionBefore reports whether the infinitive at i follows a noun of
// intention or decision with its genitive owner between: "підтримали
// рішення Маневицького і Колківського лісгоспів відмовитися від угідь".
func (f *finder) intentionBefore(i int) bool {
	// "пригрозив Україні заблокувати": a threat's addressee between
	if i >= 2 && threats[f.verb(i-2)] && (hasCase(&f.toks[i-1], "v_dav") || strings.Contains(f.toks[i-1].Tag, "pron")) {
		return true
	}
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		t := &f.toks[j]
		if !hasCase(t, "v_rod") && !isAnd(t) && t.Kind != vistka.QuoteMark {
			return false
		}
		if p := &f.toks[j-1]; strings.HasPrefix(p.Tag, "noun") && intentions[lower(p)] && !hasCase(p, "v_rod") {
			return true
		}
	}
	return false
}

// doneToHere is lastDoneTo within the sentence of ev: the one named by a
// common noun whom the event before it in out, of the same sentence, was
// done to ("Директора фірми затримали, йому також повідомили про
// підозру"), or "".
func (f *finder) doneToHere(ev vistka.Event, out []vistka.Event) string {
	k := len(out) - 1
	if k < 0 || out[k].Sentence != ev.Sentence || !coerced[out[k].Type] || len(out[k].Recipients) != 1 || f.ents.Type(out[k].Recipients[0]) != "" {
		return ""
	}
	return out[k].Recipients[0]
}

// lastDoneTo returns the one named by a common noun whom the last event of
// the sentence before was done to (a court's measure, a detention, a
// charge), when no person is named for a pronoun to stand for: "Суд обрав
// директору підприємства запобіжний захід. Його підозрюють у розтраті".
// It returns "" otherwise.
func (f *finder) lastDoneTo() string {
	if f.s == 0 || len(f.before) == 0 {
		return ""
	}
	e := &f.before[len(f.before)-1]
	if e.Sentence.Start != f.a.Sentences[f.s-1].RStart && !(f.s >= 2 && e.Sentence.Start == f.a.Sentences[f.s-2].RStart && f.goesOnAbout(f.s-1)) {
		return ""
	}
	if !coerced[e.Type] || len(e.Recipients) != 1 || f.ents.Type(e.Recipients[0]) != "" {
		return ""
	}
	return e.Recipients[0]
}

// goesOnAbout reports whether sentence s, which tells no event, opens with
// a subject that goes on about the one the sentence before it was about:
// a personal pronoun of the third person singular or a person named by a
// common noun, in the nominative ("СБУ затримала мешканця міста.
// Зловмисник фотографував причали. Йому повідомили про підозру").
func (f *finder) goesOnAbout(s int) bool {
	toks := f.a.Sentences[s].Tokens
	if len(toks) == 0 {
		return false
	}
	t := &toks[0]
	if !hasCase(t, "v_naz") || plural(t) {
		return false
	}
	return strings.Contains(t.Tag, "pron:pers:3") || strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && !strings.Contains(t.Tag, ":prop")
}

// lastTwoDoneTo returns the last two persons the events before were done
// to, when the last of those events is told in the sentence before:
// "Підозру також отримав директор підрядника Віталій Ковтун. Обох
// затримали" is Ковтун and the deputy minister suspected before him. It
// returns nil when the events name fewer than two persons.
func (f *finder) lastTwoDoneTo() []string {
	if f.s == 0 || len(f.before) == 0 || f.before[len(f.before)-1].Sentence.Start != f.a.Sentences[f.s-1].RStart {
		return nil
	}
	var two []string
	for i := len(f.before) - 1; i >= 0 && len(two) < 2; i-- {
		for _, r := range f.before[i].Recipients {
			if f.ents.Type(r) == "PERS" && !slices.Contains(two, r) && len(two) < 2 {
				two = append(two, r)
			}
		}
	}
	if len(two) < 2 {
		return nil
	}
	return []string{two[1], two[0]}
}

// statedPlan reports whether the infinitive at i follows "має намір"
// (мають): a plan its subject states, told as a future event
// ("Прокуратура має намір оскаржити ухвалу"), not an intention merely
// mentioned (повідомила про намір судитися), one denied (не має наміру),
// or one that was (мав намір оскаржити, але відмовився).
func (f *finder) statedPlan(i int) bool {
	return i >= 2 && f.low(i-1) == "намір" && f.verb(i-2) == "мати" && strings.Contains(f.toks[i-2].Tag, ":pres") &&
		(i < 3 || f.low(i-3) != "не")
}

// voicedWill reports whether the infinitive at i follows a readiness, an
// intention or a wish its subject voices: "висловив готовність підписати
// угоду", "висловила намір оскаржити", "підтвердив готовність
// королівства сприяти", "оголосила про готовність направити офіцерів"
// (with a genitive owner between, as intentionBefore reads it). Such a
// frame tells a future event, as "готовий підписати" does; one negated
// ("не висловив готовності") or merely reported ("повідомила про намір
// судитися") does not.
func (f *finder) voicedWill(i int) bool {
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		t := &f.toks[j]
		if w := lower(t); strings.HasPrefix(t.Tag, "noun") && willWords[w] && !hasCase(t, "v_rod") {
			k := j - 1
			if f.low(k) == "про" && w == "готовність" && k > 0 {
				k-- // "оголосила про готовність": readiness, not a plan
				switch f.verb(k) {
				case "оголосити", "оголошувати", "заявити", "заявляти":
					return k == 0 || f.low(k-1) != "не"
				}
				return false
			}
			switch f.verb(k) {
			case "висловити", "висловлювати", "підтвердити", "підтверджувати":
				return k == 0 || f.low(k-1) != "не"
			}
			return false
		}
		if !hasCase(t, "v_rod") {
			return false
		}
	}
	return false
}

// willWords are the nouns of readiness, intention and wish that voicedWill
// reads.
var willWords = map[string]bool{"готовність": true, "намір": true, "бажання": true}

// dutyWords are the words of duty, need and compulsion that, before an
// infinitive, say what is owed, not done: "мусить звільнити", "повинна
// вивести", "слід запровадити", "змушений запровадити".
var dutyWords = map[string]bool{
	"мусити": true, "повинний": true, "повинен": true, "зобов'язаний": true,
	"змушений": true, "слід": true, "треба": true, "потрібно": true,
	"необхідно": true, "варто": true, "належить": true,
}

// readyWords, before an infinitive, say what one is ready to do: "готова
// надати".
var readyWords = map[string]bool{"готовий": true}

// modal returns the aux that the word governing the infinitive at i gives
// it, and where that word is (-1 for none). What is to be ("має
// відвідати", "має прибути", with "має" in the present), what can be
// ("може отримати", "зможе отримати") and what one is ready to do
// ("готова надати") are "future", as the gold sets mark them; a duty, a
// need or a compulsion ("мусить звільнити", "повинна вивести", "слід
// запровадити", "змушений запровадити") and a past "мав прибути", which
// the text does not say was done, are "hypothetical". One adverb may stand
// between ("має негайно звільнити"). "Був змушений запровадити" tells what
// was done, and "міг" is left to the words of condition (міг би).
func (f *finder) modal(i int) (string, int) {
	j := i - 1
	if j > 0 && strings.HasPrefix(f.toks[j].Tag, "adv") && !f.modalWord(j) {
		j--
	}
	if j > 0 && strings.Contains(f.toks[j].Tag, "pron:pers") && !hasCase(&f.toks[j], "v_naz") && strings.HasPrefix(f.toks[j-1].Tag, "verb") {
		j-- // "хочуть його вбити": the infinitive's object before it
	}
	if j < 0 || f.toks[j].Kind == vistka.Punct {
		return "", -1
	}
	w := &f.toks[j]
	if strings.HasPrefix(w.Tag, "verb") {
		present := strings.Contains(w.Tag, ":pres") || strings.Contains(w.Tag, ":futr")
		switch l := f.low(j); {
		case l == "мати" && present, (l == "могти" || l == "змогти") && present:
			return "future", j
		case (l == "хотіти" || l == "захотіти") && present:
			return "future", j // a wish: "хоче зустрітися", as бажання зустрітися
		case (l == "мати" || l == "хотіти" || l == "захотіти") && strings.Contains(w.Tag, ":past"):
			return "hypothetical", j // "мав прибути", "хотів підписати": not said to be done
		case l != "мусити":
			return "", -1
		}
	}
	if readyWords[f.low(j)] {
		return "future", j
	}
	if !f.modalWord(j) {
		return "", -1
	}
	if j > 0 && f.verb(j-1) == "бути" && strings.Contains(f.toks[j-1].Tag, ":past") && f.low(j) == "змушений" {
		return "", -1 // "був змушений закрити": it did
	}
	return "hypothetical", j
}

// asBestCould reports whether the token at i is the "міг" of an adverbial
// "як міг" (as best one could: "як міг допомагав сусідам"), which does not
// make what is told hypothetical when a finite verb tells it; "як міг би"
// and "як могла б" still do.
func (f *finder) asBestCould(i int) bool {
	if i == 0 || f.low(i-1) != "як" || !strings.HasPrefix(f.toks[i].Tag, "verb") || f.verb(i) != "могти" || !strings.Contains(f.toks[i].Tag, ":past") {
		return false
	}
	return i+1 >= len(f.toks) || f.low(i+1) != "би" && f.low(i+1) != "б"
}

// butNotDone reports whether a clause of але, проте or однак after the
// infinitive at i says that what was to be did not happen: "мав прибути,
// але не прибув", "мала відбутися, проте її скасували", "але візит
// перенесли".
func (f *finder) butNotDone(i int) bool {
	for j := i + 1; j < len(f.toks); j++ {
		switch f.low(j) {
		case "але", "проте", "однак":
		default:
			continue
		}
		for k := j + 1; k < len(f.toks) && k <= j+5 && f.toks[k].Kind != vistka.Punct; k++ {
			if !strings.HasPrefix(f.toks[k].Tag, "verb") {
				continue
			}
			switch f.verb(k) {
			case "скасувати", "перенести", "відкласти", "зірвати", "скасовувати", "переносити", "відкладати":
				return true
			}
			return f.low(k-1) == "не"
		}
		return false
	}
	return false
}

// framedInfinitives gives the infinitive at i and, when it is the second
// of two infinitives joined by та, і or й, the first one, whose frame
// (пообіцяв, має намір, має) it shares: "обіцяє подбати про проблеми
// киян та належно прихистити біженців".
func (f *finder) framedInfinitives(i int) []int {
	out := []int{i}
	j := i - 1
	for j > 0 && strings.HasPrefix(f.toks[j].Tag, "adv") && !strings.HasPrefix(f.toks[j].Tag, "advp") {
		j--
	}
	if j <= 0 {
		return out
	}
	switch f.low(j) {
	case "та", "і", "й":
	default:
		return out
	}
	for k := j - 1; k > 0 && k >= j-8; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			return out
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") {
				out = append(out, k)
			}
			return out
		}
	}
	return out
}

// infinitiveBeforeParticiple gives the infinitive an adverbial participle
// at i follows after a comma (the infinitive's words between, no other
// verb), so that it tells how that infinitive's act is to be done:
// "пообіцяла проконтролювати особисто, завітавши зненацька в кілька
// домівок"; -1 when there is none.
func (f *finder) infinitiveBeforeParticiple(i int) int {
	if i < 2 || f.toks[i-1].Text != "," {
		return -1
	}
	for j := i - 2; j > 0 && j >= i-7; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "advp") {
			return -1
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") {
				return j
			}
			return -1
		}
	}
	return -1
}

// modalWord reports whether the word at j is one of dutyWords or
// readyWords, by its lemma or, for a predicative read otherwise, as
// written.
func (f *finder) modalWord(j int) bool {
	l, w := f.low(j), scan.ToLower(f.toks[j].Text)
	return dutyWords[l] || dutyWords[w] || readyWords[l]
}

// decided reports whether the infinitive at i follows "ухвалив рішення",
// "прийняв рішення": a decision taken by the subject, who does it (Уряд
// Литви ухвалив рішення закрити пункти пропуску), not one told of
// (подякувала за рішення передати літаки).
func (f *finder) decided(i int) bool {
	if i < 2 || f.low(i-1) != "рішення" {
		return false
	}
	switch f.verb(i - 2) {
	case "ухвалити", "прийняти", "ухвалювати", "приймати":
		return true
	}
	return false
}

// boughtFromFirm returns where the firm that the verb of buying at i
// buys from is named, "у" or "в" and a legal form before it in the
// clause ("придбали у ТОВ «Альфа»"), or -1; a person or a pronoun before
// the verb buys for himself, no contract ("він придбав у ТОВ «Альфа»
// квартиру").
func (f *finder) boughtFromFirm(i int) int {
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		t := &f.toks[j]
		e := f.entityAt(j)
		if e != "" && f.ents.Type(e) == "PERS" || strings.Contains(t.Tag, "pron") && strings.Contains(t.Tag, ":pers") {
			return -1
		}
		if e != "" && f.subjectBefore(e, i) && f.privateFirm(e, j) {
			return -1 // "Фірма «Гамма» купила у ТОВ «Бета» кафе": a sale between firms, no procurement
		}
	}
	for j := i + 1; j+2 < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if l := lower(t); (l == "у" || l == "в") && isPrep(t) && legalForms[f.low(j+1)] {
			for k := j + 2; k < len(f.toks) && k <= j+3; k++ {
				if e := f.entityAt(k); e != "" && f.ents.Type(e) == "ORG" {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// subjectBefore reports whether e is named in the nominative in the
// clause before the verb at at.
func (f *finder) subjectBefore(e string, at int) bool {
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.entityAt(j) == e && (hasCase(&f.toks[j], "v_naz") || !strings.Contains(f.toks[j].Tag, "v_")) {
			return !f.titleOf(e, j)
		}
	}
	return false
}

// titleOf reports whether the name e ending at j is the title in quote
// marks of a noun in another case before it: "системи «Єдиний медичний
// простір»".
func (f *finder) titleOf(e string, j int) bool {
	for j > 0 && f.entityAt(j-1) == e {
		j--
	}
	if j < 2 || f.toks[j-1].Kind != vistka.QuoteMark {
		return false
	}
	t := &f.toks[j-2]
	return strings.HasPrefix(t.Tag, "noun") && !hasCase(t, "v_naz") && f.entityAt(j-2) == ""
}

// privateForms are the legal forms and words of private firms.
var privateForms = map[string]bool{
	"тов": true, "тзов": true, "пат": true, "прат": true, "ат": true, "ват": true, "зат": true, "пп": true,
	"фоп": true, "компанія": true, "фірма": true, "товариство": true, "концерн": true, "корпорація": true, "холдинг": true,
}

// privateFirm reports whether e, named at j, is a private firm: its name
// opens with a private legal form or one stands before it.
func (f *finder) privateFirm(e string, j int) bool {
	if privateForms[scan.ToLower(firstWord(f.ents.Name(e)))] {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if f.entityAt(k) == e || f.toks[k].Kind == vistka.QuoteMark {
			continue
		}
		return privateForms[scan.ToLower(f.toks[k].Text)]
	}
	return false
}

// contractNouns are what a firm gets from a customer: a contract.
var contractNouns = map[string]bool{"підряд": true, "замовлення": true, "держзамовлення": true, "контракт": true}

// aidNouns make what is received aid, not payment under a contract.
var aidNouns = map[string]bool{
	"грант": true, "допомога": true, "кредит": true, "транш": true, "субсидія": true,
	"дотація": true, "субвенція": true, "компенсація": true, "позика": true, "пожертва": true,
}

// contractFrom reports whether the verb of receiving at i, with the giver
// g named in toks[i+1:end], tells of a contract: a contract noun received
// ("отримав підряд від ПАТ «ДТЕК»"), or a firm named before the verb
// getting money or work from a body that is no donor ("«Альфа» отримає від
// селищної ради 25 млн грн на ремонт каналізації"); aid words keep it aid
// ("отримало від міськради субвенцію").
func (f *finder) contractFrom(i, end int, g string) bool {
	if f.ents.Type(g) != "ORG" || f.donor(g) {
		return false
	}
	for end < len(f.toks) && end <= i+20 && f.toks[end].Kind != vistka.Punct {
		end++ // the giver's name may be long: "від Департаменту … облдержадміністрації на ремонт"
	}
	paid := false
	for j := i + 1; j < end; j++ {
		l := scan.ToLower(f.toks[j].Lemma)
		if aidNouns[l] {
			return false
		}
		if contractNouns[l] {
			// "отримав від Укрзалізниці замовлень на 27 млрд грн": a
			// tally of years in the genitive plural, no one contract
			return !hasCase(&f.toks[j], "v_rod") || !plural(&f.toks[j])
		}
		paid = paid || f.spanType(j) == "MON" || currencies[f.low(j)] || l == "на" && f.workAfter(j+1, end)
	}
	return paid && f.firmBefore(i)
}

// workAfter reports whether a noun of work stands at j, after adjectives
// if any, before end: "на капітальний ремонт", "на розширення
// каналізації" (not "відповідь на запит").
func (f *finder) workAfter(j, end int) bool {
	for j < end && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j++
	}
	if j >= end || !strings.HasPrefix(f.toks[j].Tag, "noun") {
		return false
	}
	l := f.low(j)
	return paidWorks[l] || strings.HasSuffix(l, "ння") || strings.HasSuffix(l, "ття") || strings.HasSuffix(l, "ція")
}

// paidWorks are nouns of work a firm is paid for that are no verbal nouns in
// -ння: "на ремонт", "на охорону".
var paidWorks = map[string]bool{
	"ремонт": true, "капремонт": true, "монтаж": true, "демонтаж": true, "охорона": true, "поставка": true,
	"роботи": true, "робота": true, "послуга": true, "послуги": true, "закупівля": true, "проєкт": true, "проект": true,
}

// firmBefore reports whether the subject named in the clause before the
// verb at i is a firm: its name opens with a legal form, a legal form
// stands before it, or the document names it elsewhere with one
// ("ПАТ «Луцьксантехмонтаж №536»", then «Луцьксантехмонтаж №536»).
func (f *finder) firmBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8 && f.toks[j].Kind != vistka.Punct; j-- {
		e := f.entityAt(j)
		if e == "" {
			continue
		}
		if f.ents.Type(e) != "ORG" || !hasCase(&f.toks[j], "v_naz") && strings.Contains(f.toks[j].Tag, "v_") {
			return false
		}
		return f.firmActor([]string{e}, i) || f.formedElsewhere(e)
	}
	return false
}

// formedElsewhere reports whether another entity of the document is e's
// name after a legal form: "ТОВ «Альфа»" for «Альфа».
func (f *finder) formedElsewhere(e string) bool {
	name := f.ents.Name(e)
	for _, o := range f.ents.Entities {
		form, rest, ok := strings.Cut(o.Name, " ")
		if ok && legalForms[scan.ToLower(form)] && strings.Trim(rest, "«»\"") == name {
			return true
		}
	}
	return false
}

// donor reports whether the actor a gives aid when it gives money: a
// foreign state or a body that lends or grants abroad.
func (f *finder) donor(a string) bool {
	name := f.ents.Name(a)
	if f.ents.Type(a) == "LOC" {
		return name != "Україна" && gazetteer.Lookup(name)&gazetteer.Country != 0 || donorCapitals[name]
	}
	// (whatever type the model gave the name; an agency of the UN by its
	// full name, "Всесвітня продовольча програма ООН", "Агентство ООН у
	// справах біженців", gives as the UN does)
	return donors[name] || slices.Contains(strings.Fields(name), "ООН") || f.grantFund(name)
}

// grantFund reports whether the name is a foundation's that grants money,
// opening with its noun ("Фонд Говарда Баффетта", "Національний фонд
// досліджень України", "Фонд «Брейв1»"), not a state fund that holds or
// insures ("Фонд державного майна", "Фонд гарантування вкладів").
func (f *finder) grantFund(name string) bool {
	words := strings.Fields(scan.ToLower(name))
	i := slices.Index(words, "фонд")
	if i < 0 || i > 1 {
		return false
	}
	return !slices.ContainsFunc(words, func(w string) bool { return heldFunds[w] })
}

// heldFunds are the words of the names of state funds that hold property,
// pensions or deposits, whose payments are no grants.
var heldFunds = map[string]bool{"майна": true, "гарантування": true, "страхування": true, "пенсійний": true, "пенсійного": true, "соціального": true}

// publicPurse reports whether the actor a spends public money: a
// government, a council or its deputies, an administration, a ministry, a
// budget, or a place that stands for its authority. What such a body
// allots for people or an institution is aid to them, as the gold sets
// read it ("Кабмін виділив із резервного фонду 150 млн грн на відновлення
// дамб та виплати постраждалим", "облрада виділила на придбання шкільних
// автобусів для громад"; see allottedFor); its money for its own works
// ("Мерія спрямувала 13 млн грн на ремонт доріг") and a firm's or a
// person's money are spending.
func (f *finder) publicPurse(a string) bool {
	if f.ents.Type(a) == "LOC" {
		return true // "Загреб виділить 5 млн євро", "Житомирщина спрямувала …"
	}
	for _, w := range strings.Fields(scan.ToLower(cmp.Or(f.ents.Name(a), a))) {
		if publicPurses[w] || len(w) > 8 && strings.HasPrefix(w, "мін") && !strings.HasPrefix(w, "мінськ") {
			return true
		}
	}
	return false
}

// publicPurses are the words of the names of bodies that spend public
// money (see publicPurse).
var publicPurses = map[string]bool{
	"уряд": true, "кабмін": true, "кабінет": true, "рада": true, "облрада": true, "міськрада": true, "райрада": true,
	"сільрада": true, "селищна": true, "депутати": true, "адміністрація": true, "ова": true, "ода": true, "рда": true,
	"облдержадміністрація": true, "райдержадміністрація": true, "міністерство": true, "департамент": true,
	"бюджет": true, "держава": true, "виконком": true, "мерія": true, "уряду": true,
}

// allots are the verbs of allotting money to a purpose (see publicPurse).
var allots = map[string]bool{"виділити": true, "виділяти": true, "спрямувати": true, "спрямовувати": true}

// allottedFor reports whether the purpose the money allotted at i is for,
// in the verb's clause after на or для, names whom it helps: people
// ("виплати постраждалим", "підготовку українських військових"), an
// institution or a community ("відновлення лікарні", "укриттів у 14
// школах", "для громад"), or humanitarian help ("на гуманітарне
// розмінування"). actors, who allot it, are not its beneficiaries.
func (f *finder) allottedFor(i int, actors []string) bool {
	start, end := f.allotClause(i)
	purpose := false
	for j := start; j <= end; j++ {
		t := &f.toks[j]
		switch l := f.low(j); {
		case l == "на" || l == "для":
			purpose = true
		case !purpose || hasCase(t, "v_naz") || slices.Contains(actors, f.entityAt(j)):
		case beneficiaries[l] || strings.HasPrefix(t.Tag, "noun:anim"):
			return true
		case damaged[l] && strings.HasPrefix(t.Tag, "adj") && j+1 <= end && homes[f.low(j+1)]:
			return true // "на відновлення пошкодженого житла": relief for those whose homes were damaged
		case strings.HasPrefix(t.Tag, "adj:p") && (j+1 > end || !strings.HasPrefix(f.toks[j+1].Tag, "noun") && !strings.HasPrefix(f.toks[j+1].Tag, "adj")):
			return true // a plural adjective standing for people: "постраждалим", "малозабезпеченим"
		}
	}
	return false
}

// supportedState returns the state or the place named in the genitive
// after "на підтримку" in the clause of the verb of giving at i
// ("виділить на підтримку України 400 млн злотих"), or "".
func (f *finder) supportedState(i int) string {
	_, end := f.allotClause(i)
	for j := i + 1; j+2 <= end; j++ {
		if f.low(j) == "на" && f.low(j+1) == "підтримка" && hasCase(&f.toks[j+2], "v_rod") {
			if e := f.entityAt(j + 2); e != "" && f.ents.Type(e) == "LOC" {
				return e
			}
			return ""
		}
	}
	return ""
}

// allotClause returns the first and the last token of the clause of the
// verb of allotting at i: from the punctuation or the що before it to the
// punctuation after it.
func (f *finder) allotClause(i int) (start, end int) {
	start, end = i, i
	for start > 0 && f.toks[start-1].Kind != vistka.Punct && f.low(start-1) != "що" {
		start--
	}
	for end+1 < len(f.toks) && f.toks[end+1].Kind != vistka.Punct {
		end++
	}
	return start, end
}

// allottedTowns returns the towns, villages and regions named in the
// purpose the money allotted at i is for (after на or для, in the verb's
// clause), when those who allot it are not a town's own council: a
// government's or a region's money for works there is aid to them ("уряд
// спрямував 1,5 млрд гривень на ремонт тепломереж у Харкові та Сумах",
// "Кабмін виділив на ремонт дороги до Ягодина 45 млн гривень"), a city's
// money for its own streets spending ("Мерія спрямувала 13 млн грн на
// ремонт доріг у Києві").
func (f *finder) allottedTowns(i int, actors []string) []string {
	for _, a := range actors {
		for _, w := range strings.Fields(scan.ToLower(cmp.Or(f.ents.Name(a), a))) {
			if townCouncils[w] {
				return nil
			}
		}
	}
	start, end := f.allotClause(i)
	var towns []string
	purpose := false
	for j := start; j <= end; j++ {
		if l := f.low(j); l == "на" || l == "для" {
			purpose = true
			continue
		}
		if e := f.entityAt(j); purpose && e != "" && f.ents.Type(e) == "LOC" && !slices.Contains(actors, e) && !slices.Contains(towns, e) && gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country == 0 {
			towns = append(towns, e)
		}
	}
	return towns
}

// townCouncils are the words of the names of a town's or a village's own
// bodies, whose money for works in their town is spending (see
// allottedTowns).
var townCouncils = map[string]bool{
	"міськрада": true, "мерія": true, "виконком": true, "сільрада": true, "селищна": true, "міська": true,
	"сільська": true, "місто": true, "громада": true,
}

// beneficiaries are the nouns (and the adjective гуманітарний) of those a
// public allotment helps, or of help itself (see allottedFor).
// damaged are the participles of damage done: money allotted to repair
// homes so damaged is relief for those who live there, not a body's
// spending on its own works ("на відновлення пошкодженого житла", not "на
// ремонт пошкодженої дороги").
var damaged = map[string]bool{"пошкоджений": true, "зруйнований": true, "знищений": true, "постраждалий": true}

// homes are the words for where people live.
var homes = map[string]bool{"житло": true, "будинок": true, "оселя": true, "помешкання": true, "квартира": true, "дім": true}

var beneficiaries = map[string]bool{
	"лікарня": true, "школа": true, "садок": true, "дитсадок": true, "громада": true, "заклад": true, "госпіталь": true,
	"інтернат": true, "притулок": true, "університет": true, "амбулаторія": true, "поліклініка": true, "родина": true,
	"сім'я": true, "гуманітарний": true, "допомога": true, "підтримка": true,
	// money passed on to others: "виділила 6 млн гривень на гранти для
	// ветеранського бізнесу", "на компенсації переселенцям"
	"грант": true, "компенсація": true,
}

// charity reports whether the actor a is a charity, volunteers or a
// patron, whose gifts of things to people are aid: "Волонтери передали
// військовим два автомобілі" (not their help in doing something).
func (f *finder) charity(a string) bool {
	l := scan.ToLower(cmp.Or(f.ents.Name(a), a))
	return charities[firstWord(l)] || strings.Contains(l, "благодійн")
}

// guest reports whether a is a guest of a visit told before in the text,
// its actor: what guests hand over to their hosts' people is a gift, aid
// ("Молдовські гості прибули до Одеси. Вони передали міським
// рятувальникам партію пожежних рукавів").
func (f *finder) guest(a string, here []vistka.Event) bool {
	for _, w := range strings.Fields(scan.ToLower(cmp.Or(f.ents.Name(a), a))) {
		if guestWords[w] {
			return true // "Гості передали рятувальникам два генератори"
		}
	}
	for _, ev := range append(slices.Clone(f.before), here...) {
		if ev.Type == "CONSULT" && ev.Mode == "visit" && slices.Contains(ev.Actors, a) {
			return true
		}
	}
	return false
}

// guestWords name guests by their common noun.
var guestWords = map[string]bool{"гості": true, "гість": true, "гостя": true, "делегація": true, "делегації": true}

// charities are the givers by their common noun whose gifts are aid.
var charities = map[string]bool{"волонтер": true, "волонтери": true, "волонтерка": true, "благодійник": true,
	"благодійники": true, "меценат": true, "меценати": true}

// donors are the bodies whose money abroad is aid.
var donors = map[string]bool{
	"Світовий банк": true, "МВФ": true, "Міжнародний валютний фонд": true, "ЄБРР": true,
	"Європейський банк реконструкції та розвитку": true, "ЄІБ": true, "Європейський інвестиційний банк": true,
	"ЄС": true, "Євросоюз": true, "Європейський Союз": true, "Єврокомісія": true, "Європейська комісія": true,
	"USAID": true, "ООН": true, "ЮНІСЕФ": true, "Всесвітня продовольча програма": true, "ВПП": true,
	"Червоний Хрест": true, "МКЧХ": true, "Міжнародний комітет Червоного Хреста": true, "UNDP": true,
	"ПРООН": true, "JICA": true, "НАТО": true,
	// the UN's health agency grants abroad as its other agencies do:
	// "ВООЗ виділить на випробування грант у 1,8 млн доларів"
	"ВООЗ": true, "Всесвітня організація охорони здоров'я": true,
}

// agreeVerbs agree to do what an infinitive after them says.
var agreeVerbs = map[string]bool{"домовитися": true, "домовлятися": true, "погодитися": true, "погоджуватися": true,
	"погодити": true, "погоджувати": true, "вирішити": true, "ухвалити": true}

// regularTalks reports whether the words from i, up to a punctuation
// mark, agree to hold talks regularly or jointly: "двічі на рік проводити
// спільні консультації", "регулярно проводити зустрічі".
func (f *finder) regularTalks(i int) bool {
	talks, regular := false, false
	for j := i; j < len(f.toks) && j < i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		switch l := f.low(j); {
		case l == "консультації" || l == "консультація" || l == "зустріч" || l == "засідання":
			talks = talks || j > i && (f.verb(j-1) == "проводити" || f.verb(j-1) == "провести" ||
				j > i+1 && (f.verb(j-2) == "проводити" || f.verb(j-2) == "провести"))
		case strings.HasPrefix(l, "регулярн") || strings.HasPrefix(l, "щорічн") || l == "щороку" || l == "рік" || l == "місяць" ||
			strings.HasPrefix(l, "спільн") || strings.HasPrefix(l, "постійн"):
			regular = true
		}
	}
	return talks && regular
}

// refusedWork reports whether an infinitive of work, right after a verb
// of refusal, stands at i or after an adverb: refusing to work, to come up
// from a mine or to start work is a strike (not refusing to leave a post
// or a coalition).
func (f *finder) refusedWork(i int) bool {
	if i < len(f.toks) && strings.HasPrefix(f.toks[i].Tag, "adv") {
		i++
	}
	if i >= len(f.toks) || !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	switch f.low(i) {
	case "працювати", "підніматися", "піднятися", "приступати", "приступити",
		// dockers refusing a ship: відмовляються розвантажувати судно
		"розвантажувати", "розвантажити", "завантажувати", "завантажити", "обслуговувати":
		return true
	}
	return false
}

// reliefFrom returns the sender of the relief that arrives by the verb at
// i: a cargo, a vehicle or supplies in its clause and від before a body or
// a country ("прибули дві вантажівки з медичним обладнанням від уряду
// Словенії", "Гуманітарна допомога від Японії прибула до Харкова"), or з
// right after a humanitarian cargo ("до Луцька прибула гуманітарна колона
// з польського міста-побратима Люблін"), or,
// for those who come на допомогу, з after the verb before one ("На
// допомогу тепловикам прибули бригади з Хмельницького", with help true);
// else "".
func (f *finder) reliefFrom(i int) (sender string, help bool) {
	lo, hi := i, i
	for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	for hi+1 < len(f.toks) && f.toks[hi+1].Kind != vistka.Punct {
		hi++
	}
	cargo, from := false, ""
	humane := -1 // a humanitarian cargo: "гуманітарна колона з Любліна"
	for j := lo; j <= hi; j++ {
		if strings.HasPrefix(f.toks[j].Tag, "noun") && (supplies[f.low(j)] || cargoes[f.low(j)]) {
			cargo = true
			if j > lo && f.toks[j-1].Lemma == "гуманітарний" && humane < 0 {
				humane = j
			}
		}
		if f.low(j) == "на" && j+1 <= hi && f.low(j+1) == "допомога" && hasCase(&f.toks[j+1], "v_zna") {
			help = true // "На допомогу вінницьким тепловикам прибули бригади з Хмельницького"
		}
		with := f.low(j) == "з" || f.low(j) == "із"
		if (f.low(j) == "від" || help && j > i && with || humane >= 0 && j == humane+1 && with) && isPrep(&f.toks[j]) && from == "" {
			for k := j + 1; k <= hi && k <= j+3; k++ {
				if e := f.entityAt(k); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
					from = e
					break
				}
			}
		}
	}
	if !cargo {
		return "", false
	}
	return from, help
}

// aidFormFrom returns the giver of the aid the money that arrives by the
// verb at i comes as: у вигляді or у формі before an aid noun (past
// adjectives), or an aid noun right before від, and від before a body or
// a country in the same clause ("Кошти надійдуть у вигляді гранту від
// Японії", "у формі безповоротного кредиту від ЄБРР", "Кредит від ЄБРР
// надійде"); or, for help that arrives (допомога, гуманітарка), з before a
// place ("З міста Люблін до Рівного надійшла допомога"); else "".
func (f *finder) aidFormFrom(i int) string {
	lo, hi := i, i
	for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	for hi+1 < len(f.toks) && f.toks[hi+1].Kind != vistka.Punct {
		hi++
	}
	form, from := false, ""
	help, place := false, "" // "З Польщі надійшла гуманітарна допомога": the help and the place it comes from
	for j := lo; j <= hi; j++ {
		if l := f.low(j); (l == "допомога" || l == "гуманітарка") && hasCase(&f.toks[j], "v_naz") {
			help = true
		}
		if l := f.low(j); (l == "з" || l == "із") && isPrep(&f.toks[j]) && place == "" {
			for k := j + 1; k <= hi && k <= j+3; k++ {
				if e := f.entityAt(k); e != "" && f.ents.Type(e) == "LOC" {
					place = e
					break
				}
			}
		}
		if l := f.low(j); (l == "у" || l == "в") && j+1 <= hi && (f.low(j+1) == "вигляд" || f.low(j+1) == "форма") {
			k := j + 2
			for k <= hi && strings.HasPrefix(f.toks[k].Tag, "adj") {
				k++
			}
			form = form || k <= hi && aidNouns[f.low(k)]
		}
		if aidNouns[f.low(j)] && strings.HasPrefix(f.toks[j].Tag, "noun") && j+1 <= hi && f.low(j+1) == "від" {
			form = true // "Кредит від ЄБРР надійде до кінця року": the aid and its giver
		}
		if f.low(j) == "від" && isPrep(&f.toks[j]) && from == "" {
			for k := j + 1; k <= hi && k <= j+3; k++ {
				if e := f.entityAt(k); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
					from = e
					break
				}
			}
		}
	}
	if !form {
		if help {
			return place
		}
		return ""
	}
	return from
}

// cargoes are what relief comes in or as: вантаж, вантажівки, обладнання.
var cargoes = map[string]bool{"вантаж": true, "вантажівка": true, "фура": true, "допомога": true, "гуманітарка": true,
	"обладнання": true, "партія": true, "конвой": true, "колона": true}

// supplies are the goods relief brings: food, water kits, medicine,
// generators (a cargo alone may be trade: доставило вантаж добрив).
var supplies = map[string]bool{
	"набір": true, "продукти": true, "продовольство": true, "ліки": true, "медикаменти": true,
	"гуманітарка": true, "генератор": true, "їжа": true, "аптечка": true, "ковдра": true,
}

// suppliesAfter reports whether a noun of supplies follows the verb at i
// within its clause: "доставив у громаду продуктові набори", "доставили
// в село ліки", "доставив продукти".
func (f *finder) suppliesAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+7 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") {
			continue
		}
		if supplies[f.low(j)] || f.low(j) == "продукт" && strings.Contains(t.Tag, ":p:") {
			// (продукти, the plural, is food: "доставив продукти")
			return true
		}
		if f.low(j) == "вантаж" && (j > 0 && f.low(j-1) == "гуманітарний" || j+2 < len(f.toks) && f.low(j+1) == "для" &&
			strings.HasPrefix(f.toks[j+2].Tag, "adj") || j+2 < len(f.toks) && f.low(j+1) == "для" && strings.HasPrefix(f.toks[j+2].Tag, "noun") && strings.Contains(f.toks[j+2].Tag, ":anim")) {
			// "доставили вантаж для 68-ї бригади", "гуманітарний вантаж":
			// cargo for those named is relief ("вантаж вугілля" is trade)
			return true
		}
	}
	return false
}

// eventInfinitive reports whether token i is an infinitive that names an
// event of its own: співпрацювати, виділити.
func (f *finder) eventInfinitive(i int) bool {
	if i >= len(f.toks) || !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	v := f.verb(i)
	k, ok := verbs[v]
	return ok && k.typ != "" || gives[v]
}

// steeredAgreed reports whether the accord verb v agrees to give, by the
// infinitive at i, what names no aid: revenues steered to a cause
// ("міністри домовилися спрямувати доходи від заморожених активів на
// відбудову України") give no event of their own, so the accord is the
// event.
func (f *finder) steeredAgreed(v string, i int) bool {
	if v != "домовитися" && v != "домовлятися" {
		return false
	}
	k, ok := verbs[f.verb(i)]
	return !(ok && k.typ != "") && gives[f.verb(i)] && !f.aidNamed(i)
}

// aidNamed reports whether the verb of giving at i names, in its clause,
// what is given as aid is: a sum, goods or arms, or a noun its light
// verb takes ("домовилися виділити Україні 5 млрд доларів", "домовилися
// передати дві системи ППО", "надати допомогу").
func (f *finder) aidNamed(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+10 && f.toks[j].Kind != vistka.Punct; j++ {
		l := f.low(j)
		if (materiel[l] || gifts[l]) && f.ofAct(j) {
			continue // "спрямувати доходи на закупівлю зброї": arms bought, not given
		}
		if f.spanType(j) == "MON" || currencies[l] || materiel[l] || gifts[l] || slices.Contains(lightVerbs[f.verb(i)], l) {
			return true
		}
	}
	return false
}

// ofAct reports whether the noun at j is the genitive of a common noun
// right before it, the object of an act named so ("на закупівлю зброї",
// "виробництво снарядів"), not a thing itself given.
func (f *finder) ofAct(j int) bool {
	if j < 1 || !hasCase(&f.toks[j], "v_rod") {
		return false
	}
	t := f.toks[j-1].Tag
	return strings.HasPrefix(t, "noun") && !strings.Contains(t, ":prop") && !strings.Contains(t, "v_dav")
}

// intentions are words whose infinitive is only meant, not done: намір
// судитися; щоб and аби give one of purpose ("готує провокацію, щоб
// звинуватити Україну").
// threats are the verbs of threatening whose infinitive is not done.
var threats = map[string]bool{"пригрозити": true, "погрожувати": true, "загрожувати": true}

var intentions = map[string]bool{"намір": true, "план": true, "бажання": true, "готовність": true, "щоб": true, "аби": true,
	// "з метою заморозити українців": a purpose told
	"мета": true,
	// "необхідно вручити йому підозру": what is still to be done
	"необхідно": true, "потрібно": true, "треба": true,
	// "не можна звинувачувати безневинних": what one may or may not
	// do, a norm, nothing done
	"можна": true,
	// "суд відмовився задовольнити позов": the refusal is the event
	"відмовитися": true, "відмовлятися": true,
	// "пригрозив заблокувати вступ": the threat is the event
	"пригрозити": true, "погрожувати": true, "загрожувати": true,
	// "є сенс розмовляти": what would make sense; "не мала права
	// скасовувати": what one may or may not do
	"сенс": true, "право": true, "повноваження": true,
	// "намагається спростувати свою винуватість": tried, not done
	"намагатися": true, "спробувати": true, "намагання": true, "спроба": true,
	// "подякувала Данії за рішення передати літаки": what was decided
	"рішення": true, "пропозиція": true, "обіцянка": true, "згода": true,
	// "суд дав дозвіл провести обшук": what is permitted, not done
	"дозвіл": true}

// noPrepBetween reports whether no preposition stands between the verb at
// i and the word at j, so that the word begins the verb's object:
// "створили спільне підприємство", not "створив умови для спільного
// видобутку".
func (f *finder) noPrepBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if isPrep(&f.toks[k]) {
			return false
		}
	}
	return true
}

// afterTalks reports whether the sentence or the one before sets what it
// tells at the end of talks or during them, naming no one: "За
// підсумками переговорів …", "Під час зустрічі …".
func (f *finder) afterTalks() bool {
	for s := max(f.s-1, 0); s <= f.s; s++ {
		toks := f.a.Sentences[s].Tokens
		for k := 0; k+2 < len(toks); k++ {
			a, b := scan.ToLower(toks[k].Text), scan.ToLower(toks[k+1].Text)
			if (a == "за" && b == "підсумками" || a == "під" && b == "час") && meetingNouns[lower(&toks[k+2])] &&
				(k+3 >= len(toks) || !hasCase(&toks[k+3], "v_rod") || toks[k+3].Kind != vistka.Word) {
				return true
			}
		}
	}
	return false
}

// accords are what sides reach when they agree: домовленість, згода.
var accords = map[string]bool{"домовленість": true, "згода": true, "компроміс": true, "консенсус": true}

// recommendedTo reports whether the noun of advice at j says what to do
// and the clause of the verb at i, up to the noun, names in the dative,
// under no preposition, whom the advice is given: "Компаніям надано
// рекомендації знизити ціни", "надав «підозрюваним» рітейлерам
// рекомендації про необхідність …".
func (f *finder) recommendedTo(i, j int) bool {
	lo := i
	for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	// what to do said after it: "рекомендації знизити ціни", "про
	// необхідність збільшити" (not "рекомендації щодо лікування")
	if j+1 >= len(f.toks) || !strings.Contains(f.toks[j+1].Tag, ":inf") && !(f.low(j+1) == "про" && j+2 < len(f.toks) && f.low(j+2) == "необхідність") {
		return false
	}
	for k := lo; k < j; k++ {
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && !strings.Contains(t.Tag, "pron:refl") && f.governedBy(k) == "" {
			return true
		}
	}
	return false
}

// startNouns name a thing's start: "оголосили про старт спільної
// програми".
var startNouns = map[string]bool{"старт": true, "запуск": true, "початок": true, "започаткування": true}

// jointStarted reports whether the verb at i tells of the start of what
// the adjective at j is of: "оголосили про старт спільної програми",
// "про запуск спільного проєкту" (not "оголосили про спільний збір").
func (f *finder) jointStarted(i, j int) bool {
	return j == i+3 && f.low(i+1) == "про" && startNouns[f.low(i+2)]
}

// undertakings are what sides start together: a programme, a project.
var undertakings = map[string]bool{"програма": true, "проєкт": true, "проект": true, "ініціатива": true, "платформа": true}

// jointUndertaking reports whether the adjective at j goes with a noun of
// an undertaking, past other adjectives: "спільну програму", "спільний
// інвестиційний проєкт" (not "спільні навчання", an exercise whose noun
// tells its own event).
func (f *finder) jointUndertaking(j int) bool {
	for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
		if strings.HasPrefix(f.toks[k].Tag, "noun") {
			return undertakings[f.low(k)]
		}
		if !strings.HasPrefix(f.toks[k].Tag, "adj") {
			return false
		}
	}
	return false
}

// jointSides returns the sides named in the genitive after the adjective
// at j and the noun it goes with, two or more joined by та, і or commas:
// "спільної програми ЄБРР та «Укрзалізниці»", "спільну робочу групу
// України та Польщі"; else nil.
func (f *finder) jointSides(j int) []string {
	k := j + 1
	for k < len(f.toks) && k <= j+3 && f.entityAt(k) == "" && (strings.HasPrefix(f.toks[k].Tag, "adj") || strings.HasPrefix(f.toks[k].Tag, "noun")) {
		k++
	}
	if k == j+1 {
		return nil // no noun after the adjective
	}
	var out []string
	for ; k < len(f.toks); k++ {
		t := &f.toks[k]
		e := f.entityAt(k)
		switch {
		case e != "" && len(out) == 0 && !hasCase(t, "v_rod") && !strings.Contains(t.Tag, ":nv") && t.Kind != vistka.QuoteMark:
			return nil // "спільну програму Україна розпочала": no genitive
		case e != "" && !slices.Contains(out, e):
			out = append(out, e)
		case e != "", t.Kind == vistka.QuoteMark, t.Text == ",", t.Text == "(", t.Text == ")", isAnd(t):
		default:
			k = len(f.toks)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// approvals are the verbs of a body approving money: затвердити, схвалити
// and погодити виплату.
var approvals = map[string]bool{"затвердити": true, "затверджувати": true, "схвалити": true, "схвалювати": true,
	"погодити": true, "погоджувати": true}

// loanNouns are the money a lender may agree to give.
var loanNouns = map[string]bool{"кредит": true, "позика": true, "транш": true, "грант": true}

// lentTo reports whether a loan agreed by the verb at i, its noun at j,
// names whom it is for: a name in the dative before the noun or after
// it, or after для ("ЄБРР погодив кредит у 100 млн євро для «Укргідроенерго»",
// "МВФ погодив Україні транш"). A loan agreed with no borrower named
// ("сторони погодили кредит") stays the sides' agreement.
func (f *finder) lentTo(i, j int) bool {
	for k := i + 1; k < len(f.toks) && k <= j+7; k++ {
		t := &f.toks[k]
		if k > j && (t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb")) {
			return false
		}
		if k == j {
			continue
		}
		if n := k + 1; f.low(k) == "для" && n < len(f.toks) && (f.entityAt(n) != "" || f.toks[n].Kind == vistka.QuoteMark && n+1 < len(f.toks) && f.entityAt(n+1) != "") {
			return true // (not a purpose: "кредит на 400 млн євро для відновлення енергетики")
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && !isPrep(&f.toks[k-1]) && f.entityAt(k) != "" {
			return true
		}
	}
	return false
}

// proposedInfinitive reports whether the verb at i is an infinitive right
// after запропонувати: "запропонував створити спільну робочу групу" sets
// nothing up yet (news8 reads it as a request only).
func (f *finder) proposedInfinitive(i int) bool {
	if i == 0 || !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	v := f.verb(i - 1)
	return v == "запропонувати" || v == "пропонувати"
}

// jointVerbs make a joint undertaking with разом з / спільно з.
var jointVerbs = map[string]bool{
	"реалізувати": true, "реалізовувати": true, "здійснити": true, "здійснювати": true,
	"виконати": true, "виконувати": true, "організувати": true, "організовувати": true,
	"розробити": true, "розробляти": true, "впровадити": true, "впроваджувати": true,
	"запустити": true, "створити": true, "провести": true, "проводити": true,
	// "служба разом із міністерством готує спільну базу"
	"готувати": true, "підготувати": true,
	// "Разом з ООН у доставці взяли участь ЮНІСЕФ і ВПП" (with участь only)
	"взяти": true, "брати": true,
}

// together returns with whom the verb at i says its clause was done:
// "разом із Всесвітнім фондом природи", "спільно з міністерством" (a
// name, a body or a group in the instrumental), or "".
func (f *finder) together(i int) string {
	lo := i
	for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	for j := lo; j+2 < len(f.toks) && j <= i+6; j++ {
		if w := f.low(j); w != "разом" && w != "спільно" {
			continue
		}
		if p := f.low(j + 1); p != "з" && p != "із" && p != "зі" {
			continue
		}
		for k := j + 2; k < len(f.toks) && k <= j+5; k++ {
			t := &f.toks[k]
			if !hasCase(t, "v_oru") && (k > j+2 || !strings.Contains(t.Tag, ":nv")) {
				continue // (an indeclinable name right after з: "разом з ООН")
			}
			if e := f.entityAt(k); e != "" && f.ents.Type(e) != "LOC" {
				return e
			}
			if institutions[lower(t)] || groups[lower(t)] {
				return lower(t)
			}
		}
	}
	return ""
}

// jointActors returns who the clause of the verb at i says did it with
// its actors: the names in the instrumental after "разом з" or "спільно
// з" ("Петро Коваль разом з Олафом Бекером підписали", "Японія разом з
// Канадою надала"); a place only beside actors that are no persons.
func (f *finder) jointActors(i int, actors []string) []string {
	lo := i
	for lo > 0 && f.toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	persons := slices.ContainsFunc(actors, func(a string) bool { return f.ents.Type(a) == "PERS" })
	for j := lo; j+2 < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			break
		}
		if w := f.low(j); w != "разом" && w != "спільно" {
			continue
		}
		if p := f.low(j + 1); p != "з" && p != "із" && p != "зі" {
			continue
		}
		var out []string
		bare := -1 // a common noun for the partner, no name after it
		for k := j + 2; k < len(f.toks) && k <= j+8; k++ {
			t := &f.toks[k]
			e := f.entityAt(k)
			switch {
			case e != "" && (len(out) > 0 && out[len(out)-1] == e):
			case e != "" && hasCase(t, "v_oru") && (f.ents.Type(e) != "LOC" || !persons):
				out = append(out, e)
			case e != "" && k == j+2 && strings.Contains(t.Tag, ":nv") && f.ents.Type(e) != "LOC":
				out = append(out, e) // "Уряд разом із МВФ підписали": an indeclinable name right after з
			case t.Text == "," || isAnd(t) || len(out) == 0 && (strings.HasPrefix(t.Tag, "adj") || f.inJob(k) || hasCase(t, "v_rod") || hasCase(t, "v_oru") && strings.HasPrefix(t.Tag, "noun")):
				if bare < 0 && len(out) == 0 && e == "" && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_oru") && !plural(t) && !strings.Contains(t.Tag, "pron") &&
					(actorNoun(lower(t)) || strings.Contains(t.Tag, ":anim") && entity.IsRoleWord(t.Lemma)) {
					bare = k
				}
			default:
				return f.barePartner(out, bare, i)
			}
		}
		return f.barePartner(out, bare, i)
	}
	return nil
}

// barePartner returns out, or, when out is empty and the verb at v is
// plural, the partner named after "разом з" by the common noun at bare
// ("Мер разом із губернатором відкрили": a plural verb makes the two
// its subjects): the person the text named by that title before, else
// the noun's base form with its adjectives.
func (f *finder) barePartner(out []string, bare, v int) []string {
	if len(out) > 0 || bare < 0 || !plural(&f.toks[v]) {
		return out
	}
	if e := f.ents.RoleAt(f.a, f.s, bare); e != "" {
		return []string{e}
	}
	p := scan.ToLower(f.toks[bare].Lemma)
	if adjs := f.agreeingAdjectives(bare); adjs != "" {
		p = adjs + " " + p
	}
	return []string{p}
}

// infinitiveAfter reports whether an infinitive follows the verb at toks[i]
// within its clause: "заборонив реєстраційній службі вчиняти дії".
func (f *finder) infinitiveAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if strings.HasPrefix(f.toks[j].Tag, "verb") && strings.Contains(f.toks[j].Tag, ":inf") {
			return true
		}
	}
	return false
}

// visitVerbs name a visit by their object alone: what is visited must be a
// place or someone named.
var visitVerbs = map[string]bool{"відвідати": true, "відвідувати": true}

// visitorAfter returns who visits when the subject follows the verb at
// at: the person a title in the nominative names, a person named in the
// nominative, or a group such as делегація with what it is of; "" when
// there is none before end.
func (f *finder) visitorAfter(at, end int) string {
	for i := at + 1; i < end && i <= at+4; i++ {
		t := &f.toks[i]
		if t.Kind == vistka.Punct || isPrep(t) {
			return ""
		}
		if !hasCase(t, "v_naz") {
			continue
		}
		if f.inJob(i) {
			if e := f.titledName(i); e != "" {
				return e
			}
		}
		if e := f.entityAt(i); e != "" && f.ents.Type(e) == "PERS" {
			return e
		}
		if strings.HasPrefix(t.Tag, "noun") && actorNoun(lower(t)) {
			if e := f.delegationOf(i); e != "" {
				return e
			}
			return f.nounPhrase(i)
		}
	}
	return ""
}

// thingSubject reports whether the verb at i has a demonstrative pronoun
// for its subject right before it, with at most a particle and не between
// (навіть це не допомогло): a thing, not a giver.
func (f *finder) thingSubject(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := &f.toks[j]
		if strings.Contains(t.Tag, "pron:dem") && hasCase(t, "v_naz") {
			return true
		}
		if l := lower(t); l != "не" && !strings.HasPrefix(t.Tag, "part") && !strings.HasPrefix(t.Tag, "adv") {
			return false
		}
	}
	return false
}

// senseAfter reports whether "сенс" follows the infinitive at i within its
// clause: "розмовляти з ним є сенс".
func (f *finder) senseAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		if f.low(j) == "сенс" {
			return true
		}
	}
	return false
}

// predicative reports whether the passive participle at i is said of the
// name right before it, with no бути: "Ігор Калєтнік оголошений в розшук";
// the participle agrees with it and no noun follows that it could qualify
// instead ("арештований майно").
func (f *finder) predicative(i int) bool {
	t := &f.toks[i]
	if !strings.Contains(t.Tag, "pasv") {
		return false // (all three tests below ask for a passive participle)
	}
	if i > 0 && f.relativeSubject(i) {
		// (the doer may follow: "скасоване постановою суду")
		return i+1 >= len(f.toks) || !strings.HasPrefix(f.toks[i+1].Tag, "noun") || hasCase(&f.toks[i+1], "v_oru")
	}
	if i > 0 && f.actOwner(i) != "" {
		return i+1 >= len(f.toks) || !strings.HasPrefix(f.toks[i+1].Tag, "noun") || hasCase(&f.toks[i+1], "v_oru")
	}
	if i == 0 || !hasCase(t, "v_naz") {
		return false
	}
	prev := &f.toks[i-1]
	if f.entityAt(i-1) == "" || !hasCase(prev, "v_naz") {
		// "Ігоря Калєтніка, який оголошений в розшук": який stands for
		// the name before the comma
		if l := lower(prev); (l != "який" && l != "котрий") || !hasCase(prev, "v_naz") || i < 3 || f.toks[i-2].Text != "," || f.entityAt(i-3) == "" {
			return false
		}
	}
	return i+1 >= len(f.toks) || !strings.HasPrefix(f.toks[i+1].Tag, "noun")
}

// impersonalOwner returns the body whose act or claim opens the clause
// as the object of the impersonal form at at (or of one the tagger read
// as an adverb), past бути: "Апеляцію Київради відхилено", "Скаргу фірми
// «Альфа» було задоволено" — the first name in the genitives after the
// act noun, under no preposition, or the party's noun right after it when
// no name follows ("Апеляційну скаргу товариства відхилено", "Позов
// прокурора задоволено"); "" for any other clause.
func (f *finder) impersonalOwner(at int) string {
	v := &f.toks[at]
	if !strings.Contains(v.Tag, "impers") && !strings.HasPrefix(v.Tag, "adv") {
		return ""
	}
	j := f.auxBefore(at) - 1
	owner, party := "", "" // a name, or a noun of a party with no name ("скаргу товариства")
	for ; j >= 0 && at-j <= 9; j-- {
		t := &f.toks[j]
		if e := f.entityAt(j); e != "" {
			owner = e
			continue
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_rod") && (legalForms[f.low(j)] || strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron")) {
			party = f.low(j)
		}
		if t.Kind == vistka.QuoteMark || isCloseQuote(t.Text) || isOpenQuote(t.Text) {
			continue
		}
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			return ""
		}
		if (decisions[f.low(j)] || claims[f.low(j)]) && (hasCase(t, "v_naz") || hasCase(t, "v_zna")) {
			if j > 0 && (isPrep(&f.toks[j-1]) || f.toks[j-1].Kind == vistka.Word && !strings.HasPrefix(f.toks[j-1].Tag, "adj") && !strings.HasPrefix(f.toks[j-1].Tag, "conj")) {
				return "" // under a preposition, or not opening the clause
			}
			if owner == "" && party != "" && j+1 < len(f.toks) && f.low(j+1) == party {
				// "Апеляційну скаргу товариства відхилено": the party the
				// claim is of, named by its kind right after it
				return party
			}
			return owner
		}
		if !hasCase(t, "v_rod") {
			return ""
		}
	}
	return ""
}

// actOwner returns the body whose act is the subject of the passive
// participle at i, or "": "рішення Бучанської селищної ради (було)
// скасоване", "розпорядження голови РДА, на підставі якого …,
// скасоване" — the first name in the genitives after the act noun, which
// agrees with the participle and hangs on no preposition.
func (f *finder) actOwner(i int) string {
	p := &f.toks[i]
	if !hasCase(p, "v_naz") && !(hasCase(p, "v_zna") && (strings.Contains(p.Tag, ":n:") || strings.Contains(p.Tag, ":p:"))) {
		return ""
	}
	j := i - 1
	if j > 0 && f.low(j) == "бути" {
		j--
	}
	if j > 0 && f.toks[j].Text == "," {
		// back over a relative clause on the act: ", на підставі якого …,"
		c := j - 1
		for c > 0 && f.toks[c].Text != "," {
			c--
		}
		if c < 1 || !slices.ContainsFunc(f.toks[c+1:min(c+4, j)], func(t vistka.Token) bool { return lower(&t) == "який" }) {
			return ""
		}
		j = c - 1
	}
	owner := ""
	for from := j; j >= 0 && from-j <= 8; j-- {
		t := &f.toks[j]
		if e := f.entityAt(j); e != "" {
			owner = e
			continue
		}
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			return ""
		}
		if decisions[f.low(j)] && (hasCase(t, "v_naz") || hasCase(t, "v_zna")) {
			if plural := strings.Contains(p.Tag, ":p:"); plural != strings.Contains(t.Tag, ":p:") || !plural && gender(t) != gender(p) ||
				j > 0 && isPrep(&f.toks[j-1]) {
				return ""
			}
			return owner
		}
		if !hasCase(t, "v_rod") {
			return ""
		}
	}
	return ""
}

// relativeSubject reports whether the passive participle at i follows a
// relative clause set off by commas on its subject, a noun in the
// nominative of its form with the genitives after it: "розпорядження
// голови Генічеської РДА, на підставі якого був укладений договір,
// скасоване розпорядженням голови облдержадміністрації".
func (f *finder) relativeSubject(i int) bool {
	// (a neuter's or an inanimate plural's nominative is its accusative,
	// which the tagger may choose)
	if p := &f.toks[i]; i < 4 || f.toks[i-1].Text != "," || !hasCase(p, "v_naz") && !(hasCase(p, "v_zna") && (strings.Contains(p.Tag, ":n:") || strings.Contains(p.Tag, ":p:"))) {
		return false
	}
	c := i - 2
	for c > 0 && f.toks[c].Text != "," {
		c--
	}
	if c < 1 || !slices.ContainsFunc(f.toks[c+1:min(c+4, i)], func(t vistka.Token) bool { return lower(&t) == "який" }) {
		return false
	}
	for j := c - 1; j >= 0; j-- {
		t := &f.toks[j]
		if hasCase(t, "v_naz") && strings.HasPrefix(t.Tag, "noun") {
			p := &f.toks[i]
			if plural := strings.Contains(p.Tag, ":p:"); plural == strings.Contains(t.Tag, ":p:") && (plural || gender(t) == gender(p)) {
				return true
			}
			if f.entityAt(j) == "" {
				return false
			}
			continue // a word of a name the tagger read as a nominative: "голови Генічеська РДА"
		}
		if !hasCase(t, "v_rod") && f.entityAt(j) == "" {
			return false // (a name's words may be of any case: "голови Генічеська РДА")
		}
	}
	return false
}

// noSubject reports whether the verb at i has no subject of its own: an
// impersonal form (висунуто, оголошено) or a plural with no nominative
// before it in its clause (повідомили про підозру).
func (f *finder) noSubject(i int) bool {
	t := &f.toks[i]
	if strings.Contains(t.Tag, "impers") || strings.HasPrefix(t.Tag, "adv") {
		return true // adv: an impersonal form the tagger read as an adverb
	}
	// (a future in the third person too: "посадовця відсторонять від
	// виконання обов'язків")
	if !slices.Contains(strings.Split(t.Tag, ":"), "p") || !strings.Contains(t.Tag, "past") && !strings.Contains(t.Tag, "pres") && !strings.Contains(t.Tag, "futr:p:3") {
		return false
	}
	if e := f.firmRightBefore(i); e != "" && f.firmBeforePlural(e, i) {
		return true // "ТОВ «Автомагістраль» дискваліфікували": the firm is the object
	}
	for j := i - 1; j >= 0; j-- {
		u := &f.toks[j]
		if u.Kind == vistka.Punct {
			break
		}
		if (strings.HasPrefix(u.Tag, "noun") || strings.HasPrefix(u.Tag, "adj")) && hasCase(u, "v_naz") {
			return false
		}
	}
	return true
}

// objectEntityBefore returns the person or organisation named right before
// the verb at i, in its clause, in the dative or the accusative (for a
// person, the genitive form the accusative takes): "Філіпчуку висунуто",
// "Ігоря Калєтніка оголошено в розшук".
func (f *finder) objectEntityBefore(i int) string {
	if e := f.firmRightBefore(i); e != "" && f.firmBeforePlural(e, i) {
		return e // "ТОВ «Автомагістраль» дискваліфікували"
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		u := &f.toks[j]
		if u.Kind == vistka.Punct && u.Kind != vistka.QuoteMark {
			return ""
		}
		e := f.entityAt(j)
		if e != "" && j >= 2 && f.toks[j-1].Kind == vistka.QuoteMark && f.entityAt(j-2) == "" && strings.HasPrefix(f.toks[j-2].Tag, "noun") {
			if k := &f.toks[j-2]; (hasCase(k, "v_zna") || hasCase(k, "v_dav")) && f.governedBy(j-2) == "" {
				return e // "Фірму «Альфа» притягнуто": the name in the case of its kind
			}
		}
		if e != "" && hasCase(u, "v_rod") {
			// "Пропозицію «Кріогенсервісу» відхилили": whose proposal
			k := j - 1
			for k >= 0 && f.entityAt(k) == e {
				k--
			}
			if k >= 0 && f.toks[k].Kind == vistka.QuoteMark {
				k--
			}
			if k >= 0 && f.entityAt(k) == "" && strings.HasPrefix(f.toks[k].Tag, "noun") && hasCase(&f.toks[k], "v_zna") && decisionNouns[f.low(k)] &&
				f.governedBy(k) == "" {
				return e
			}
		}
		if e == "" || hasCase(u, "v_naz") || isPrep(&f.toks[max(j-1, 0)]) && j > 0 {
			continue
		}
		if typ := f.ents.Type(e); typ != "PERS" && typ != "ORG" && typ != "LOC" {
			continue
		}
		if hasCase(u, "v_dav") || hasCase(u, "v_zna") || hasCase(u, "v_rod") && strings.Contains(u.Tag, ":anim") {
			return e
		}
	}
	return ""
}

// meetingOf returns the last meeting or visit told before ev that took
// place (planned or denied ones are passed over), when ev is between its
// sides only:
// ev's actors and recipients are all its actors or recipients. A
// sentence that sets itself at another time (раніше, минулого тижня, a
// date of its own) has none.
func (f *finder) meetingOf(ev vistka.Event, here []vistka.Event) *vistka.Event {
	if len(ev.Actors) == 0 || len(ev.Recipients) == 0 {
		return nil
	}
	for i := range f.toks {
		switch f.low(i) {
		case "раніше", "згодом", "пізніше", "напередодні", "минулого", "минулому", "наступного", "наступному", "днями":
			return nil
		}
	}
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		m := &all[k]
		if m.Type != "CONSULT" || m.Mode == "phone" {
			continue
		}
		if len(m.Aux) > 0 {
			continue // a meeting planned is not where anything was done yet
		}
		if place, date := f.dl.of(m); place == "" && date == "" {
			return nil
		}
		side := func(e string) bool { return slices.Contains(m.Actors, e) || slices.Contains(m.Recipients, e) }
		if !slices.ContainsFunc(ev.Actors, func(e string) bool { return !side(e) }) &&
			!slices.ContainsFunc(ev.Recipients, func(e string) bool { return !side(e) }) {
			return m
		}
		return nil
	}
	return nil
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

// opening returns the index of the sentence's first word, past a dash
// or a quotation mark, or -1 when it has fewer than two tokens after it.
func (f *finder) opening() int {
	i := 0
	if len(f.toks) > 0 && f.toks[0].Kind == vistka.Punct {
		i++
	}
	if i+1 >= len(f.toks) {
		return -1
	}
	return i
}

// afterMeeting reports whether the sentence opens "Після наради", "Після
// зустрічі": it goes on from a meeting told before, on its day.
func (f *finder) afterMeeting() bool {
	i := f.opening()
	return i >= 0 && f.low(i) == "після" && occasions[f.low(i+1)]
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

// occasions are the nouns of a meeting or a session whose day the events
// told after it share.
var occasions = map[string]bool{"нарада": true, "зустріч": true, "переговори": true, "засідання": true, "брифінг": true,
	"церемонія": true, "розмова": true, "консультації": true, "перемовини": true}

// nextDay reports whether the sentence dates itself as the day after the
// one before: "наступного дня", "на наступний день".
func (f *finder) nextDay() bool {
	for i := 0; i+1 < len(f.toks); i++ {
		if f.low(i) == "наступний" && f.low(i+1) == "день" &&
			(hasCase(&f.toks[i+1], "v_rod") || i > 0 && f.low(i-1) == "на") {
			// not "наступного дня після виборів", the day after another
			return i+2 >= len(f.toks) || f.low(i+2) != "після"
		}
	}
	return false
}

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

// visitOf returns the place of a visit told in the sentence before by one
// of the parties, or "".
func (f *finder) visitOf(parties []string) string {
	for k := len(f.before) - 1; k >= 0; k-- {
		e := &f.before[k]
		if f.sentencesSince(e) > 1 {
			break
		}
		if e.Mode == "visit" && e.Place != "" && slices.ContainsFunc(e.Actors, func(a string) bool { return slices.Contains(parties, a) }) {
			return e.Place
		}
	}
	return ""
}

// lastPlace returns the place of the last meeting, visit or signing told
// in this sentence, or of a meeting or signing in the one before it, or
// "". (A visit the sentence before told is one person's trip: "Кос
// відвідала Ірпінь. Того ж дня міністр провів зустріч" was not there.)
func (f *finder) lastPlace(here []vistka.Event) string {
	for k := len(here) - 1; k >= 0; k-- {
		if e := &here[k]; (e.Type == "CONSULT" || e.Type == "AGREE") && e.Place != "" {
			return e.Place
		}
	}
	for k := len(f.before) - 1; k >= 0; k-- {
		e := &f.before[k]
		if f.sentencesSince(e) > 1 {
			break
		}
		if (e.Type == "CONSULT" && e.Mode != "visit" || e.Type == "AGREE") && e.Place != "" {
			return e.Place
		}
	}
	return ""
}

// partyPlace returns the place of the last meeting or signing on day told
// in the ten sentences before by one of parties: "Шмигаль і Вотрен у
// понеділок у Парижі підписали угоду. … Того ж дня Шмигаля прийняв
// Макрон" was in Paris, the same day and the same person. It returns ""
// otherwise.
func (f *finder) partyPlace(parties []string, day string) string {
	if day == "" {
		return ""
	}
	for k := len(f.before) - 1; k >= 0; k-- {
		e := &f.before[k]
		if f.sentencesSince(e) > 10 {
			break
		}
		// (the lead's signing is where its dateline says: "МАНІЛА, 15
		// грудня. … підписали меморандум. … Того ж дня Кулеба зустрівся")
		p, d := f.dl.of(e)
		if d != day {
			continue
		}
		if (e.Type == "CONSULT" && e.Mode != "visit" || e.Type == "AGREE") && p != "" &&
			slices.ContainsFunc(append(slices.Clone(e.Actors), e.Recipients...), func(a string) bool { return slices.Contains(parties, a) }) {
			return p
		}
	}
	return ""
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

// arrivedThatDay returns the town an arrival told in the sentence that
// names the last day before this one went to: "Стере прибув до Києва в
// середу вранці. … Того ж дня міністр оборони Норвегії зустрівся з …"
// was in Kyiv, where the day's visit came. An arrival sets the scene of
// the day; a trip to a place (відвідала Ірпінь) does not. The day may be
// named further back than dayPlace looks: a visit's other news comes
// between. It returns "" otherwise.
func (f *finder) arrivedThatDay(dates []vistka.Date) string {
	s := f.daySentence(dates, f.s)
	if s < 0 {
		return ""
	}
	sent := f.a.Sentences[s]
	for _, e := range f.before {
		verb, _, _ := strings.Cut(e.Trigger, " ")
		if e.Sentence.Start == sent.RStart && e.Type == "CONSULT" && e.Mode == "visit" && len(e.Aux) == 0 && arrivals[verb] && f.town(e.Place) {
			return e.Place
		}
	}
	return ""
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

// duringVisit returns the last visit or meeting before when the sentence
// sets itself during one ("Під час візиту Брекельманс заявив, що …"), so
// that its events take that one's place and date; nil otherwise.
//
// A trip (візит, поїздка, перебування) is no phone call: "Сибіга, який у
// понеділок відвідав Варшаву, у четвер провів телефонну розмову … Під час
// візиту …" goes back past the call to the visit. One named with where it
// went ("Під час візиту до Варшави") is the last told there, past those
// told elsewhere after it.
func (f *finder) duringVisit() *vistka.Event {
	for i := 1; i+1 < len(f.toks); i++ {
		if f.low(i-1) != "під" || f.low(i) != "час" {
			continue
		}
		n := f.low(i + 1)
		if n != "візит" && n != "зустріч" && n != "переговори" && n != "поїздка" && n != "перебування" {
			return nil
		}
		trip := n == "візит" || n == "поїздка" || n == "перебування"
		// "Під час візиту до Берліна …" names where: the visit told
		// before is that one only when it was there.
		dest := ""
		if i+3 < len(f.toks) && f.low(i+2) == "до" {
			dest = f.entityAt(i + 3)
		}
		for k := len(f.before) - 1; k >= 0; k-- {
			b := &f.before[k]
			if b.Type != "CONSULT" || trip && b.Mode == "phone" {
				continue
			}
			if dest != "" && b.Place != dest {
				continue
			}
			return b
		}
	}
	return nil
}

// mainClausePlace returns the place of the main clause when the verb at
// at stands in its clause of що after a verb: "Косіняк-Камиш у Варшаві
// оголосив, що Польща передасть …" gives Варшава, or "". So does a
// clause of який on the paper the main verb made: "Рада у середу у Відні
// ухвалила резолюцію, яка вимагає …" (the paper says it where it was
// adopted).
func (f *finder) mainClausePlace(at int) string {
	k := at - 1
	for k >= 1 && f.low(k) != "що" {
		if c := f.paperSays(k); c > 0 {
			return f.placeBefore(c)
		}
		if t := &f.toks[k]; t.Kind == vistka.Punct && t.Text != "," || strings.HasPrefix(t.Tag, "verb") {
			return "" // another clause's verb, or the sentence's start
		}
		k--
	}
	if k < 2 || f.toks[k-1].Text != "," || !strings.HasPrefix(f.toks[k-2].Tag, "verb") {
		return ""
	}
	return f.placeBefore(k - 1) // the main clause up to its verb
}

// paperSays returns where the comma before k is when k opens a clause
// of який or котрий, in the nominative or after в or у, on an inanimate
// noun that is the object of a verb just before it, adjectives between:
// "ухвалила резолюцію, яка", "підписали спільну заяву, в якій"; else -1.
func (f *finder) paperSays(k int) int {
	if l := f.low(k); l != "який" && l != "котрий" {
		return -1
	}
	c := k - 1
	if p := f.low(c); (p == "в" || p == "у") && hasCase(&f.toks[k], "v_mis") {
		c--
	} else if !hasCase(&f.toks[k], "v_naz") {
		return -1
	}
	if c < 2 || f.toks[c].Text != "," {
		return -1
	}
	n := &f.toks[c-1]
	if !strings.HasPrefix(n.Tag, "noun") || strings.Contains(n.Tag, ":anim") || !hasCase(n, "v_zna") || f.entityAt(c-1) != "" {
		return -1
	}
	j := c - 2
	for j > 0 && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j--
	}
	if !strings.HasPrefix(f.toks[j].Tag, "verb") {
		return -1
	}
	return c
}

// objectAsNominative reports whether the place at i, tagged nominative
// right after the trigger verb that already has its subject, is its
// object: an inanimate noun's accusative reads as its nominative
// ("Стере відвідав Чернігів").
func (f *finder) objectAsNominative(i int, tr trig, actors []string) bool {
	t := &f.toks[i]
	if tr.verb && len(actors) > 0 && f.quotedNameObject(i, tr) {
		return true // "НКРЕКП оштрафувала «Енергозбут-Капітал» на 1,7 млн гривень": a firm's name in quotation marks
	}
	if !tr.verb || len(actors) == 0 || !hasCase(t, "v_naz") || f.ents.Type(f.entityAt(i)) != "LOC" {
		return false
	}
	for j := tr.at + 1; j < i; j++ {
		if k := f.weaponPhrase(j); k > j && k <= i {
			j = k - 1 // "обстріляли з артилерії Куп'янськ": what with, then what
			continue
		}
		if n := f.timeAt(j); n > 0 && j+n <= i {
			j += n - 1 // "відвідав у вівторок Київ": when, then what
			continue
		}
		if u := &f.toks[j]; u.Kind == vistka.Punct || isPrep(u) || strings.HasPrefix(u.Tag, "noun") && f.entityAt(j) != f.entityAt(i) {
			return false
		}
	}
	return true
}

// weaponPhrase returns where a phrase of з and a common noun in the
// genitive with its adjectives, opening at j, ends: "з артилерії", "з
// реактивних систем залпового вогню"; else j.
func (f *finder) weaponPhrase(j int) int {
	if l := f.low(j); !isPrep(&f.toks[j]) || l != "з" && l != "із" && l != "зі" {
		return j
	}
	k := j + 1
	for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") && hasCase(&f.toks[k], "v_rod") && f.entityAt(k) == "" {
		k++
	}
	if k >= len(f.toks) || !strings.HasPrefix(f.toks[k].Tag, "noun") || !hasCase(&f.toks[k], "v_rod") || f.entityAt(k) != "" || strings.Contains(f.toks[k].Tag, ":anim") {
		return j
	}
	return k + 1
}

// delegates are nouns for people who come for a body: "з делегацією
// Конгресу США", "з представниками МВФ".
var delegates = map[string]bool{
	"делегація": true, "представник": true, "представниця": true, "представництво": true,
	"місія": true, "керівництво": true, "посол": true, "посли": true, "очільник": true, "колега": true,
}

// delegationOf returns the organisation or country named in the genitive
// after a noun of delegates in the instrumental after з at token i, or "".
func (f *finder) delegationOf(i int) string {
	t, l := &f.toks[i], f.low(i)
	if !delegateSieve.May(l) || !delegates[l] && !heads[l] || !hasCase(t, "v_oru") || f.governedBy(i) != "з" && f.governedBy(i) != "із" && f.governedBy(i) != "зі" {
		return ""
	}
	e := f.sentBy(i)
	if e == "" || delegates[l] {
		return e
	}
	if f.ents.RoleAt(f.a, f.s, i) != "" {
		return "" // the title names a person told of before
	}
	// A head of state, of a government or of a body named by the title
	// alone stands for the country or the body: "зустрівся з
	// президентом Франції", "з президентом МОК"; with the name after it,
	// the name is the partner.
	j := i + 1
	for j < len(f.toks) && f.entityAt(j) != e {
		j++
	}
	for j < len(f.toks) && f.entityAt(j) == e {
		j++
	}
	for k := j; k < len(f.toks) && k <= j+5 && f.toks[k].Kind != vistka.Punct; k++ {
		if o := f.entityAt(k); o != "" && f.ents.Type(o) == "PERS" {
			return ""
		}
	}
	if f.ents.Type(e) == "LOC" && !isCountry(f.ents, e) {
		return "" // (the head of a town is its mayor, not a head of state)
	}
	return e
}

// delegateSieve holds the keys of delegates and heads, which delegationOf
// asks about the words after every trigger: most it stops with no lookup.
var delegateSieve = scan.SieveOf(delegates, heads)

// heads are the titles of the heads of a state, a government or a body,
// which, named with no name after them, stand for it as a partner.
var heads = map[string]bool{"президент": true, "президентка": true, "прем'єр-міністр": true, "прем'єр-міністерка": true,
	"прем'єр": true, "прем'єрка": true, "канцлер": true, "канцлерка": true, "король": true, "королева": true}

// envoys are nouns for people who act for the body or country named in
// the genitive after them: "місія МВФ", "представники України".
var envoys = map[string]bool{"місія": true, "представник": true, "представниця": true, "делегація": true,
	// staff acting for their body: співробітники СБУ затримали
	"співробітник": true, "працівник": true, "правоохоронець": true}

// sentByMore returns the bodies or countries coordinated in the genitive
// after first, the one sentBy found after the noun at i: "представники
// Польщі та України", "делегації США, Канади й Японії".
func (f *finder) sentByMore(i int, first string) []string {
	j := i + 1
	for j < len(f.toks) && f.entityAt(j) != first {
		j++
	}
	var out []string
	for j < len(f.toks) {
		for j < len(f.toks) && f.entityAt(j) != "" && (f.entityAt(j) == first || slices.Contains(out, f.entityAt(j))) {
			j++
		}
		if j+1 >= len(f.toks) || !isAnd(&f.toks[j]) && f.toks[j].Text != "," {
			break
		}
		e := f.entityAt(j + 1)
		if e == "" || !hasCase(&f.toks[j+1], "v_rod") || slices.Contains(out, e) || e == first {
			break
		}
		if typ := f.ents.Type(e); typ != "ORG" && typ != "LOC" {
			break
		}
		out = append(out, e)
		j++
	}
	return out
}

// sentBy returns the body or country whose delegation or mission the noun
// at i names, in the genitive after it: "місія Міжнародного валютного
// фонду" is the fund's; "" when none is named.
func (f *finder) sentBy(i int) string {
	if k := i + 2; k < len(f.toks) && (f.low(i+1) == "з" || f.low(i+1) == "із") && (f.low(i) == "делегація" || f.low(i) == "місія") {
		// "делегація з Японії": the country it came from sent it
		if e := f.entityAt(k); e != "" && hasCase(&f.toks[k], "v_rod") && gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country != 0 {
			return e
		}
		return ""
	}
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		u := &f.toks[j]
		if e := f.entityAt(j); e != "" && hasCase(u, "v_rod") {
			if typ := f.ents.Type(e); typ == "ORG" || typ == "LOC" {
				return e
			}
			return ""
		}
		if !strings.HasPrefix(u.Tag, "adj") {
			return ""
		}
	}
	return ""
}

// modifiesObject reports whether the place at i, after its preposition,
// qualifies what a meeting discussed rather than the meeting: "обговорив з
// Фіданом безпеку в Чорному морі" (the object before the preposition is
// a plain noun, not the trigger's own noun). A target struck is where a
// strike was, so only meetings ask.
func (f *finder) modifiesObject(i int, tr trig) bool {
	j := i - 1
	for j > tr.at && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j--
	}
	if j <= tr.at+1 || !isPrep(&f.toks[j]) {
		return false
	}
	n := j - 1
	t := &f.toks[n]
	if st := f.spanType(n); st == "DATE" || st == "TIME" || st == "PERIOD" || date.IsWeekday(lower(t)) || timeNouns[lower(t)] {
		return false // "підписали в п'ятницю в Каунасі": a day is no object
	}
	named := false // a name in the genitive before the place
	if e := f.entityAt(n); e != "" && (hasCase(t, "v_rod") || strings.Contains(t.Tag, ":nv")) {
		// "обговорили підготовку до саміту НАТО у Вашингтоні",
		// "відкриття посольства Японії в Києві": a name in the genitive
		// (or indeclinable) belongs to the thing before it, and so does
		// the place after it; not to a person ("з прем'єром Польщі у
		// Варшаві") or a part in another case ("на сході України в
		// Донецькій області")
		named = true
		m := n
		for m > tr.at+1 && f.entityAt(m-1) == e {
			m--
		}
		n = m - 1
		t = &f.toks[n]
	}
	if hasCase(t, "v_rod") {
		// "зустрівся на полях саміту НАТО у Вашингтоні", "під час
		// форуму в Давосі": the thing is where the event was, and so is
		// its place; so is a thing of a thing ("на відкритті Конференції
		// з відновлення України в Римі"), past genitives and з with one
		k := n - 1
		for k > tr.at && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k--
		}
		h := k
		for h > tr.at && (strings.HasPrefix(f.toks[h].Tag, "adj") ||
			strings.HasPrefix(f.toks[h].Tag, "noun") && hasCase(&f.toks[h], "v_rod") && !hasCase(&f.toks[h], "v_mis") ||
			f.low(h) == "з" && hasCase(&f.toks[h+1], "v_rod")) {
			h--
		}
		if h > tr.at && (hasCase(&f.toks[h], "v_mis") && strings.HasPrefix(f.toks[h].Tag, "noun") || f.low(h) == "час" && f.low(h-1) == "під") {
			return false
		}
		if !named && k > tr.at && strings.HasPrefix(f.toks[k].Tag, "noun") && hasCase(&f.toks[k], "v_oru") && withPrep(f.governedBy(k)) {
			// "провів нараду з головами громад у Вижниці": the partners
			// met, whose genitive says who they are, not what was
			// discussed; the place after it is the meeting's (but "з
			// головою місії МВФ в Україні": a body named, whose post's
			// place it is)
			return false
		}
	}
	return (tr.k.typ == "CONSULT" || tr.k.typ == "AGREE") && n > tr.at && n != tr.noun && strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":inanim") && f.entityAt(n) == "" &&
		(hasCase(t, "v_zna") || hasCase(t, "v_rod")) && tr.verb
}

// statements are the event types a body or a capital performs by saying
// so.
var statements = map[string]bool{"REJECT": true, "ACCUSE": true, "SUPPORT": true, "THREATEN": true, "REQUEST": true}

// background reports whether the event noun at i of type typ stands in a
// phrase that tells it as the setting of what the sentence says: a strike
// as a cause ("внаслідок удару по Дніпру загинули"), protests in spite of
// which something was done ("попри протести опозиції").
func (f *finder) background(i int, typ string) bool {
	j := i - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j--
	}
	if j < 0 {
		return false
	}
	w := f.low(j)
	if typ == "ASSAULT" && seriesWords[w] && j > 0 && hasCase(&f.toks[i], "v_rod") {
		w = f.low(j - 1) // "після серії російських ударів по …"
	}
	switch typ {
	case "ASSAULT":
		if w == "після" && hasCase(&f.toks[i], "v_rod") {
			// "газу бракує після російських ударів по об'єктах
			// видобутку": a strike told as what came before, its
			// attacker named by an adjective; or one strike, its
			// attacker named in the genitive after it ("після удару
			// Росії по Тернополю президент закликав")
			return f.attackerAdjective(i) || !f.repeatedStrike(i) && f.attackersAfter(i) != ""
		}
		if w == "через" && hasCase(&f.toks[i], "v_zna") {
			// "засідання скликали через масований удар Росії по
			// Києву": one strike told as the cause, its attacker named
			// (not "через постійні обстріли", a state of things)
			return !f.repeatedStrike(i) && (f.attackerAdjective(i) || f.attackersAfter(i) != "")
		}
		return w == "внаслідок" || w == "унаслідок" || w == "результат" && j > 0 && (f.low(j-1) == "в" || f.low(j-1) == "у")
	case "PROTEST":
		return w == "попри" || w == "на" && j > 0 && f.low(j-1) == "незважаючи"
	}
	return false
}

// repeatedStrike reports whether the strike noun at i is told as one
// that recurs, by an adjective before it ("постійні обстріли",
// "регулярні атаки", "щоденних ударів") or an adverb of habit in its
// clause (see oftenBefore).
func (f *finder) repeatedStrike(i int) bool {
	for j := i - 1; j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adj"); j-- {
		for _, p := range repeatedStems {
			if strings.HasPrefix(f.low(j), p) {
				return true
			}
		}
	}
	return f.oftenBefore(i)
}

// repeatedStems open the adjectives of strikes that recur.
var repeatedStems = []string{"постійн", "регулярн", "систематичн", "щоденн", "щонічн", "безперервн", "нескінченн", "частих", "часті", "численн"}

// attackerAdjective reports whether an adjective of a country or an
// army stands right before the noun at i, among its adjectives:
// "російських ударів", "масованої російської атаки".
func (f *finder) attackerAdjective(i int) bool {
	for j := i - 1; j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adj"); j-- {
		if w := f.low(j); strings.HasPrefix(w, "російськ") || strings.HasPrefix(w, "ворож") || f.ents.CountryOf(w) != "" {
			return true
		}
	}
	return false
}

// attackerCountry returns the country of the document that an adjective
// among those right before the noun at i is derived from: "російських
// ударів" → Росія, when the text names it; or the one the adjective of
// the arms after it is: "удар російських ракет".
func (f *finder) attackerCountry(i int) []string {
	// "удар російських ракет по …": the country of the arms in the
	// genitive after the noun, by their adjective
	k := i + 1
	for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") && f.entityAt(k) == "" {
		k++
	}
	if k > i+1 && k < len(f.toks) && weapons[f.low(k)] && hasCase(&f.toks[k], "v_rod") {
		for j := i + 1; j < k; j++ {
			if c := cmp.Or(f.ents.CountryOf(f.low(j)), entity.CountryNamed(f.low(j))); c != "" {
				return []string{c}
			}
		}
	}
	for j := i - 1; j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adj"); j-- {
		if c := f.ents.CountryOf(f.low(j)); c != "" {
			return []string{c}
		}
		if c := entity.CountryNamed(f.low(j)); c != "" && !f.oftenBefore(i) {
			// "після масованої російської атаки на …" in a text that
			// never names Russia (not the attacks of every so often:
			// "громади, які найчастіше залишаються без світла після
			// російських обстрілів")
			return []string{c}
		}
	}
	return nil
}

// oftenBefore reports whether an adverb of habit or frequency stands
// before the word at i in its clause: "найчастіше", "регулярно",
// "зазвичай" (see habitual).
func (f *finder) oftenBefore(i int) bool {
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		switch l := f.low(j); {
		case habitual[l], l == "часто", l == "найчастіше", l == "регулярно", l == "постійно":
			return true
		}
	}
	return false
}

// heldSubject reports whether the noun at i, which the tagger read as an
// accusative, stands right after a verb of taking place whose subject it
// must be: "У Женеві пройшла зустріч Зеленського і Трампа".
func (f *finder) heldSubject(i int) bool {
	if i == 0 || !hasCase(&f.toks[i], "v_zna") {
		return false
	}
	return takesPlace[f.verb(i-1)]
}

// lightNear are the light verbs of speech whose noun must follow right
// after про: "заявив про підтримку України" (not "заявив про
// необхідність підтримки").
var lightNear = map[string]bool{"заявити": true, "заявляти": true}

// aboutNoun reports whether the noun at j is the one "про" governs right
// after the verb at i, past its adjectives: "заявив про повну підтримку".
func (f *finder) aboutNoun(i, j int) bool {
	return i+2 < len(f.toks) && f.low(i+1) == "про" && j == i+2+f.adjectivesAt(i+2)
}

// withDemand reports whether a demand or a request follows at j:
// "надіслало організаторам ноту з вимогою прибрати мапу", "передало МЗС
// ноту з проханням забезпечити рух вантажів" asks, whatever the note.
func (f *finder) withDemand(j int) bool {
	return j+1 < len(f.toks) && (f.low(j) == "з" || f.low(j) == "із") && (f.low(j+1) == "вимога" || f.low(j+1) == "прохання")
}

// captivesAfter reports whether captives are named at j, after обмін:
// "провели обмін полоненими" (an exchange of experience is none).
func (f *finder) captivesAfter(j int) bool {
	for k := j; k < len(f.toks) && k <= j+1; k++ {
		if _, ok := pairs["обміняти"][f.low(k)]; ok {
			return true
		}
	}
	return false
}

// seriesWords count the gatherings named after them: низка зустрічей.
var seriesWords = map[string]bool{"низка": true, "серія": true, "ряд": true, "цикл": true, "кілька": true, "декілька": true}

// countedHeld reports whether the meeting noun at i, in the genitive, is
// counted by a word that is the subject of a verb of taking place:
// "Відбулася низка зустрічей з послом", "Кілька зустрічей пройшли в Римі".
func (f *finder) countedHeld(i int, k kind) bool {
	if k.typ != "CONSULT" || i < 1 || !hasCase(&f.toks[i], "v_rod") || !seriesWords[f.low(i-1)] {
		return false
	}
	if i >= 2 && takesPlace[f.verb(i-2)] {
		return true
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if v := f.verb(j); v != "" {
			return takesPlace[v]
		}
	}
	return false
}

// takesPlace are the verbs a gathering takes place, begins or goes on by.
var takesPlace = map[string]bool{"відбутися": true, "відбуватися": true, "пройти": true, "проходити": true,
	"розпочатися": true, "розпочинатися": true, "початися": true, "починатися": true, "стартувати": true, "тривати": true}

// heldProtest reports whether the protest noun at i, in the nominative,
// is the subject of a verb of taking place right before it or after the
// genitives that complete it: "пройшла акція протесту фермерів", "Акція
// протесту шахтарів відбулася біля ОДА".
func (f *finder) heldProtest(i int) bool {
	if !hasCase(&f.toks[i], "v_naz") {
		return false
	}
	if i > 0 && takesPlace[f.verb(i-1)] {
		return true
	}
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		if takesPlace[f.verb(j)] {
			return true
		}
		if !hasCase(&f.toks[j], "v_rod") || !strings.HasPrefix(f.toks[j].Tag, "noun") && !strings.HasPrefix(f.toks[j].Tag, "adj") {
			return false
		}
	}
	return false
}

// heldBody reports whether a gathering named by a noun that otherwise
// needs a light verb (засідання, конференція, форум) is the subject of a
// verb of taking place, with the body that meets named right after it:
// "Засідання Ради ЄС відбудеться у Люксембурзі". A court's hearing
// (засідання суду) is no meeting.
func (f *finder) heldBody(i int, k kind) bool {
	if k.typ != "CONSULT" || i+1 >= len(f.toks) || courtWords[f.low(i+1)] {
		return false
	}
	e := f.entityAt(i + 1)
	if e == "" || f.ents.Type(e) != "ORG" || !hasCase(&f.toks[i+1], "v_rod") ||
		slices.ContainsFunc(strings.Fields(strings.ToLower(f.ents.Name(e))), func(w string) bool { return courtWords[w] || strings.HasPrefix(w, "госпсуд") }) {
		return false
	}
	if f.heldSubject(i) || i > 0 && takesPlace[f.verb(i-1)] && hasCase(&f.toks[i], "v_naz") {
		// "Наступного тижня відбудеться засідання Ради ЄС"
		return true
	}
	end := i + 1 // past the body's name, however long (Контактної групи з питань оборони України)
	for end < len(f.toks) && f.entityAt(end) == e {
		end++
	}
	for j := end; j < len(f.toks) && j <= end+5; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if v := f.verb(j); v != "" {
			return takesPlace[v]
		}
	}
	return false
}

// adjectivesAt returns how many adjectives stand from token i on.
func (f *finder) adjectivesAt(i int) int {
	n := 0
	for i+n < len(f.toks) && strings.HasPrefix(f.toks[i+n].Tag, "adj") {
		n++
	}
	return n
}

// gatheredToProtest reports whether the people who gathered at token i
// did so to protest: protesters by name (протестувальники, активісти
// зібралися), or a purpose of demanding or protesting after щоб
// ("зібралися біля посольства Росії, щоб вимагати звільнення полонених").
func (f *finder) gatheredToProtest(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if gatherers[f.low(j)] {
			return true
		}
		if f.toks[j].Kind == vistka.Punct {
			break
		}
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if gatherers[f.low(j)] && !isPrep(&f.toks[j-1]) {
			return true // "біля облради зібралися близько 300 активістів": the protesters after the verb
		}
		if l := f.low(j); f.toks[j].Kind == vistka.Punct || isPrep(&f.toks[j]) && l != "близько" && l != "понад" && l != "до" {
			break // (past a count: "близько 300", "понад сто")
		}
	}
	for j := i + 1; j+1 < len(f.toks) && j <= i+4; j++ {
		if f.low(j) == "на" && rallyNouns[f.low(j+1)] {
			return true // "зібралися на мітинг", "на акцію протесту"
		}
		if f.toks[j].Kind == vistka.Punct {
			break
		}
	}
	for j := i + 1; j+1 < len(f.toks) && j-i <= 15; j++ {
		if f.low(j) == "щоб" {
			switch f.verb(j + 1) {
			case "вимагати", "протестувати", "висловити", "закликати", "засудити", "підтримати":
				return true
			}
			return false
		}
		if f.toks[j].Text == "." {
			break
		}
	}
	return false
}

// warrantRelative returns the warrant noun a relative clause opening
// right before the verb of issuing at i stands for ("ордера на арешт,
// який видав федеральний суд", "ордер, виданий …" aside), the noun at most
// three words before the comma; or -1.
func (f *finder) warrantRelative(i int) int {
	if v := f.verb(i); v != "видати" && v != "видавати" || i < 3 || f.low(i-1) != "який" || f.toks[i-2].Text != "," {
		return -1
	}
	for j := i - 3; j >= 0 && j >= i-5; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return -1
		}
		if f.low(j) == "ордер" {
			return j
		}
	}
	return -1
}

// arrestOf reports whether the name at i is whose arrest на арешт before
// it asks, right after it or past the person's title and its adjectives
// in the genitive: "на арешт Володимира Путіна", "на арешт російського
// бізнесмена Олега Савченка" (past a title, only a person's name: not the
// body in "на арешт уповноваженої Кремля").
func (f *finder) arrestOf(i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if f.low(j) == "арешт" {
			return f.low(j-1) == "на"
		}
		if t := &f.toks[j]; !hasCase(t, "v_rod") || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || f.entityAt(j) != "" {
			return false
		}
	}
	return false
}

// seats are the nouns of the seats of power people gather at to be heard:
// біля будівлі парламенту, під стінами мерії, біля посольства Росії.
var seats = map[string]bool{"парламент": true, "мерія": true, "посольство": true, "консульство": true, "уряд": true,
	"адміністрація": true, "міськрада": true, "облрада": true, "райрада": true, "рада": true, "кабмін": true,
	"міністерство": true, "резиденція": true, "палац": true, "ода": true, "ова": true}

// atSeat reports whether the verb of gathering at i is placed, in its
// clause, at a seat of power: біля, під, перед and the seat's noun, or
// a building or its walls of a body ("біля будівлі парламенту", "під
// стінами Київради", "біля посольства Росії"), before the verb or after
// it; not when the clause names another purpose (на ярмарок, на
// засідання).
func (f *finder) atSeat(i int) bool {
	from := i
	for from > 0 && f.toks[from-1].Kind != vistka.Punct && i-from < 8 {
		from--
	}
	seat := false
	for j := from; j+1 < len(f.toks) && j <= i+6; j++ {
		if j > i && f.toks[j].Kind == vistka.Punct {
			break
		}
		l := f.low(j)
		if j > i && l == "на" && !rallyNouns[f.low(j+1)] && f.low(j+1) != "акція" {
			return false // "зібралися на засідання"
		}
		if seat || l != "біля" && l != "під" && l != "перед" {
			continue
		}
		k := j + 1
		if l := f.low(k); (l == "будівля" || l == "приміщення" || l == "стіна" || l == "стіни") && k+1 < len(f.toks) {
			k++
		}
		for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k++
		}
		seat = k < len(f.toks) && (seats[f.low(k)] || f.spanType(k) == "ORG")
	}
	return seat
}

// protestAround reports whether the sentence after the finder's own
// tells a demand or a protest's people or force used on them, or the one
// before it names a protest: people gathered at a seat of power there
// protest ("десятки тисяч людей зібралися біля будівлі мерії. Поліція
// застосувала сльозогінний газ …", "… біля будівлі парламенту. Вони
// вимагали відставки уряду").
func (f *finder) protestAround() bool {
	for _, n := range []int{f.s + 1, f.s - 1} {
		if n < 0 || n >= len(f.a.Sentences) {
			continue
		}
		for _, t := range f.a.Sentences[n].Tokens {
			l := lower(&t)
			if n == f.s+1 && (l == "вимагати" || gatherers[l] || l == "сльозогінний" || l == "водомет") ||
				n == f.s-1 && (rallyNouns[l] || l == "акція") {
				return true
			}
		}
	}
	return false
}

// rallyNouns are what people gather for when they protest: зібралися на
// мітинг.
var rallyNouns = map[string]bool{"мітинг": true, "протест": true, "пікет": true, "демонстрація": true, "марш": true, "віче": true, "страйк": true}

// gatherers are the nouns for people who gather to protest.
var gatherers = map[string]bool{"протестувальник": true, "протестувальники": true, "мітингувальник": true,
	"мітингувальники": true, "демонстрант": true, "демонстранти": true, "активіст": true, "активісти": true, "пікетувальник": true}

// fewWords count people vaguely: "кілька прихильників УПЦ напали",
// "безліч мешканців долучалися до мітингів".
var fewWords = map[string]bool{"кілька": true, "декілька": true, "кількоро": true, "кільканадцять": true, "багато": true,
	"безліч": true, "чимало": true}

// compass are the nouns of "на півдні X": a part of a country.
var compass = map[string]bool{"південь": true, "північ": true, "схід": true, "захід": true}

// opponents are the sides of a match one plays against: виступила проти
// команди Франції.
var opponents = map[string]bool{"команда": true, "збірна": true, "суперник": true, "суперниця": true, "клуб": true}

// premises are nouns for the places of a body or a person searched: в
// офісі компанії, у квартирі депутата.
var premises = map[string]bool{"офіс": true, "приміщення": true, "квартира": true, "будинок": true, "помешкання": true, "маєток": true}

// officials are nouns for the people who act for a body named after them
// in the genitive: службові особи ДП «Укрекоінвест».
var officials = map[string]bool{"особа": true, "посадовець": true, "посадовці": true, "службовець": true, "службовці": true}

// joinedBefore returns the names joined by і, та or a comma before the
// last mention of e ahead of token at: "Журавко і Сокола притягнуто" gives
// Журавко for Сокола.
func (f *finder) joinedBefore(at int, e string) []string {
	j := at - 1
	for j >= 0 && f.entityAt(j) != e {
		j--
	}
	for j >= 0 && f.entityAt(j) == e {
		j--
	}
	var out []string
	for j >= 1 && (isAnd(&f.toks[j]) || f.toks[j].Text == ",") {
		o := f.entityAt(j - 1)
		if o == "" || o == e || slices.Contains(out, o) || f.ents.Type(o) != f.ents.Type(e) {
			break
		}
		out = append([]string{o}, out...)
		j--
		for j >= 0 && f.entityAt(j) == o {
			j--
		}
	}
	return out
}

// partiesOf returns the parties named after між right after the noun at
// n: "угоду між Україною та Данією"; else nil.
func (f *finder) partiesOf(n int) []string {
	if n+1 >= len(f.toks) || f.low(n+1) != "між" {
		return nil
	}
	var out []string
	for k := n + 2; k < len(f.toks); k++ {
		t := &f.toks[k]
		e := f.entityAt(k)
		switch {
		case e != "" && hasCase(t, "v_oru") && (len(out) == 0 || out[len(out)-1] != e):
			out = append(out, e)
		case e != "" && len(out) > 0 && out[len(out)-1] == e, t.Text == ",", isAnd(t):
		default:
			if len(out) < 2 {
				return nil
			}
			return out
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// between returns the parties named after між in the sentence up to end:
// "між Україною та Польщею", "між Слєпченком і прокурором" (a common noun
// joined on is left out).
func (f *finder) between(end int) []string {
	for j := 0; j+1 < end; j++ {
		if f.low(j) != "між" || !isPrep(&f.toks[j]) {
			continue
		}
		var out []string
		for k := j + 1; k < end; k++ {
			t := &f.toks[k]
			e := f.entityAt(k)
			switch {
			case e != "" && (len(out) == 0 || out[len(out)-1] != e):
				out = append(out, e)
			case e != "", t.Kind == vistka.QuoteMark, t.Text == ",", isAnd(t):
			case len(out) == 0 && k == j+1 && strings.HasPrefix(t.Tag, "noun") && envoys[lower(t)] && hasCase(t, "v_oru"):
				// "між делегаціями України та Туреччини": the sides they came for
			case len(out) > 0 && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_oru") && k+1 < end && f.entityAt(k+1) != "" && isAnd(&f.toks[k-1]):
				// "між Одеською областю та повітом Констанца": the kind of
				// the second side before its name
			default:
				return out
			}
		}
		return out
	}
	return nil
}

// adjectivesBefore returns where the adjectives right before token i
// begin: i itself when there are none.
func (f *finder) adjectivesBefore(i int) int {
	for i > 0 && strings.HasPrefix(f.toks[i-1].Tag, "adj") {
		i--
	}
	return i
}

// sidesPhrase returns the phrase of sides that a genitive of their own
// defines as a new group, "лідери держав-членів НАТО" before the verb at
// i, rather than the parties of a meeting told before; or "".
func (f *finder) sidesPhrase(i int) string {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if sides[lower(t)] && hasCase(t, "v_naz") && strings.Contains(t.Tag, ":p:") {
			if j+1 < i && strings.HasPrefix(f.toks[j+1].Tag, "noun") && hasCase(&f.toks[j+1], "v_rod") && f.entityAt(j+1) == "" {
				return f.text(j, i)
			}
			return ""
		}
	}
	return ""
}

// calledSides reports whether the word at i is the sides of a conflict
// called on, in the plural and no preposition before it: "закликав обидві
// сторони утримуватися", "закликав сторони конфлікту до стриманості".
func (f *finder) calledSides(i int, tr trig) bool {
	t := &f.toks[i]
	return tr.k.typ == "REQUEST" && t.Lemma == "сторона" && plural(t) && f.governedBy(i) == ""
}

// sidesNoun returns the plural noun for sides (міністри, делегації) in
// the nominative a few words before the verb at i, or -1.
func (f *finder) sidesNoun(i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if t := &f.toks[j]; sides[lower(t)] && hasCase(t, "v_naz") && strings.Contains(t.Tag, ":p:") && f.entityAt(j) == "" {
			return j
		}
	}
	return -1
}

// titleFamilies groups the titles of sides by office, a man's and a
// woman's together.
var titleFamilies = map[string]string{"міністр": "міністр", "міністерка": "міністр",
	"президент": "президент", "президентка": "президент",
	"прем'єр": "прем'єр", "прем'єр-міністр": "прем'єр", "прем'єрка": "прем'єр", "прем'єр-міністерка": "прем'єр"}

// ofTitle keeps of the sides of a meeting those that the plural title
// head (міністри, президенти) may name: "… зустрілася з Президентом
// України Володимиром Зеленським та главою МЗС Андрієм Сибігою. …
// міністри підписали меморандум" leaves out the president, whose title
// is of another office; a side with no title of any office stays. With
// fewer than two left, or a head that is no office, sides are as given.
func (f *finder) ofTitle(sides []string, head string) []string {
	fam := titleFamilies[scan.ToLower(head)]
	if fam == "" || len(sides) < 3 {
		return sides
	}
	var out []string
	for _, id := range sides {
		i := entity.Index(id)
		other := false
		if i >= 0 && i < len(f.ents.Entities) && f.ents.Entities[i].Type == "PERS" {
			mine := false
			for _, t := range f.ents.Entities[i].Titles {
				for _, w := range strings.Fields(scan.ToLower(t)) {
					switch g := titleFamilies[w]; {
					case g == fam:
						mine = true
					case g != "":
						other = true
					}
				}
			}
			other = other && !mine
		}
		if !other {
			out = append(out, id)
		}
	}
	if len(out) < 2 {
		return sides
	}
	return out
}

// statesOfMeeting reports whether the sides before the verb at i are
// those of states or countries in general ("Глави держав обговорили",
// "Лідери країн погодили") right after a meeting of two sides or more
// was told: then they are that meeting's sides, not a phrase of their own.
func (f *finder) statesOfMeeting(i int, out []vistka.Event) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if sides[lower(t)] && hasCase(t, "v_naz") && strings.Contains(t.Tag, ":p:") {
			if j+2 != i {
				return false // "лідери обох країн" is no phrase: sidesPhrase leaves it
			}
			switch f.toks[i-1].Lemma {
			case "держава", "країна":
			default:
				return false
			}
			_, m := f.lastMeeting(out)
			return m != nil
		}
	}
	return false
}

// decisions are the acts an appeal or a complaint is lodged against.
var decisions = map[string]bool{"рішення": true, "постанова": true, "ухвала": true, "вирок": true, "розпорядження": true, "наказ": true}

// settledOnLess reports whether погодитися at i is followed by лише or
// тільки and на with a sum of money ("погодився лише на 30 млн
// гривень"): of a sum asked, a part granted, which is a ruling on a
// request or a haggle and no accord ("погодилася лише на перемир'я"
// still agrees to something).
func (f *finder) settledOnLess(i int) bool {
	if i+3 >= len(f.toks) {
		return false
	}
	if l := f.low(i + 1); l != "лише" && l != "тільки" && l != "лишень" {
		return false
	}
	return f.low(i+2) == "на" && f.spanType(i+3) == "MON"
}

// complied are what one complies with, besides decisions: a refusal to
// carry them out rejects them.
var complied = map[string]bool{"резолюція": true, "вимога": true, "угода": true, "домовленість": true}

// complianceRefused reports whether the verb of carrying out at i is
// negated and to come ("не виконуватиме її", "не виконає рішення суду",
// "не буде виконувати постанову") with a ruling, a demand, an accord or
// a pronoun for one as its object: a refusal announced. What one does
// not do now ("не виконує домовленостей") is someone's charge, and what
// is not done under якщо a condition: neither is this.
func (f *finder) complianceRefused(i int) bool {
	t := &f.toks[i]
	switch {
	case strings.Contains(t.Tag, ":futr") && i > 0 && f.low(i-1) == "не":
	case strings.Contains(t.Tag, ":inf") && i > 1 && f.low(i-2) == "не" && f.low(i-1) == "бути" && strings.Contains(f.toks[i-1].Tag, ":futr"):
	default:
		return false
	}
	if f.unmetCondition(i) {
		return false // "якщо уряд не виконає їхніх вимог": a condition, no refusal
	}
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		u := &f.toks[j]
		if u.Kind == vistka.Punct || strings.HasPrefix(u.Tag, "verb") || isPrep(u) {
			return false
		}
		if strings.Contains(u.Tag, "pron:pers:3") && (hasCase(u, "v_zna") || hasCase(u, "v_rod")) {
			return true
		}
		if strings.HasPrefix(u.Tag, "noun") && (decisions[lower(u)] || complied[lower(u)]) {
			return true
		}
	}
	return false
}

// thingNoun reports whether the word at j is a thing one can be given,
// read off the noun's kind rather than a list: a common inanimate noun in
// the accusative whose ending does not make it an act or a quality (-ння,
// -ття, -ість, -ція, -ство) and which is none of the abstract things
// given in words (відповідь, статус, дозвіл): "передали два трактори",
// "надали тимчасове житло" (not "надали відповідь", "надали статус").
func (f *finder) thingNoun(j int) bool {
	t := &f.toks[j]
	counted := j > 0 && (f.toks[j-1].Kind == vistka.Number || strings.HasPrefix(f.toks[j-1].Tag, "numr")) // "два трактори", read as a nominative
	if !strings.HasPrefix(t.Tag, "noun:inanim") || !hasCase(t, "v_zna") && !(counted && hasCase(t, "v_naz")) || f.governedBy(j) != "" || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":prop") || strings.Contains(t.Tag, "abbr") || f.entityAt(j) != "" {
		return false
	}
	l := f.low(j)
	if f.spanType(j) == "MON" || currencies[l] || scaleWords[l] || moneyWords[l] || scaleWords[f.toks[j].Text] {
		return false // money, which the tests of sums read: "Адвокатам перерахували 950 тис грн" may be a fee
	}
	for _, suf := range []string{"ння", "ття", "ість", "ція", "сія", "зія", "ство", "цтво"} {
		if strings.HasSuffix(l, suf) {
			return false
		}
	}
	return !wordsGiven[l]
}

// wordsGiven are the abstract things and papers given or handed over that
// no ending tells: no aid ("надали відповідь", "передали документи").
var wordsGiven = map[string]bool{
	"відповідь": true, "статус": true, "дозвіл": true, "право": true, "згода": true, "слово": true, "доступ": true,
	"гарантія": true, "можливість": true, "час": true, "шанс": true, "звіт": true, "документ": true, "документи": true,
	"матеріал": true, "матеріали": true, "лист": true, "список": true, "дані": true, "привіт": true, "подяка": true,
	"повноваження": true, "справа": true, "проєкт": true, "проект": true, "пропозиція": true, "вимога": true,
	"припис": true, "штраф": true, "протокол": true, "повістка": true, "підозра": true, "сертифікат": true,
	"диплом": true, "атестат": true, "посвідчення": true, "нагорода": true, "медаль": true, "орден": true, "грамота": true,
}

// taskSet reports whether the verb of charging at i, not an infinitive
// itself, is followed in its clause by the one charged in the dative and
// then an infinitive, the task set: "доручив управлінню перевірити
// лікарню" (not "доручили йому справу", nor "доручив до кінця тижня
// закрити вікна", which names no one charged, nor a resolution's
// "Доручити голові ради …").
func (f *finder) taskSet(i int) bool {
	if strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	dative := f.frontedCharged(i) >= 0 // "Управлінню освіти доручили перевірити школу": the one charged put first
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "verb") {
			return dative && strings.Contains(t.Tag, ":inf")
		}
		if (strings.HasPrefix(t.Tag, "noun") || f.entityAt(j) != "") && hasCase(t, "v_dav") && !isPrep(&f.toks[j-1]) {
			dative = true
		}
		if j == i+1 && strings.HasPrefix(t.Tag, "noun:inanim:m") && hasCase(t, "v_rod") && (strings.HasSuffix(t.Text, "у") || strings.HasSuffix(t.Text, "ю")) {
			dative = true // "доручив відділу освіти": the tagger may read the dative of a masculine noun as its genitive
		}
	}
	return false
}

// frontedCharged returns where the one charged with a task stands when it
// opens the clause of the subjectless verb of charging at at, in the dative
// with its genitives and before any adverb or time ("Управлінню освіти
// доручили перевірити школу", "Комісії доручено підготувати звіт"): a noun
// that is no nominative too (Лікарні, which may be the subject of a
// plural) unless the verb is impersonal, and no pronoun, the verb a past plural with no subject before it or an
// impersonal form. It returns -1 for any other clause.
func (f *finder) frontedCharged(at int) int {
	if vt := f.toks[at].Tag; !strings.Contains(vt, "impers") && !(strings.Contains(vt, ":past") && pluralTag(vt)) {
		return -1
	}
	before := f.adverbsBefore(f.timeBefore(f.adverbsBefore(at)))
	k := f.headBefore(before)
	if e := f.entityAt(before - 1); before > 0 && e != "" {
		for k = before - 1; k > 0 && f.entityAt(k-1) == e; k-- {
		} // "Комісії з питань бюджету доручено": the name's first word
	}
	if k < 0 || k >= at {
		return -1
	}
	t := &f.toks[k]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_dav") || hasCase(t, "v_naz") && !strings.Contains(f.toks[at].Tag, "impers") || !f.clauseOpens(f.allBefore(f.modifiersBefore(k))) {
		return -1
	}
	return k
}

// obliges are verbs of ordering: the infinitive after them is what is
// ordered, not done.
var obliges = map[string]bool{"зобов'язати": true, "зобов'язувати": true, "наказати": true, "доручити": true}

// conductors are the verbs that carry out an investigation or a check told
// by a noun before them.
var conductors = map[string]bool{"проводити": true, "провести": true, "вести": true, "розслідувати": true,
	"здійснювати": true, "здійснити": true, "розпочати": true, "відкрити": true}

// conductor returns the entity that is the subject of a verb of carrying
// out right after the event noun at i, and where it ends, or "".
func (f *finder) conductor(i int) (string, int) {
	j := i + 1
	if j+1 >= len(f.toks) || !conductors[f.verb(j)] {
		return "", -1
	}
	k := j + 1
	for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") && f.entityAt(k) == "" {
		k++
	}
	e := f.entityAt(k)
	if e == "" {
		// "проводить головне управління Нацполіції в області": a body
		// named by its kind, with the name it hangs on
		if k < len(f.toks) && actorNoun(f.low(k)) && (hasCase(&f.toks[k], "v_naz") || hasCase(&f.toks[k], "v_zna") && strings.Contains(f.toks[k].Tag, ":inanim")) {
			// (an inanimate noun's nominative is its accusative's form,
			// which the tagger may choose after the verb)
			if p := f.nounPhrase(k); p != "" {
				end := k
				for end+1 < len(f.toks) && (hasCase(&f.toks[end+1], "v_rod") || f.entityAt(end+1) != "" && f.entityAt(end+1) == f.entityAt(end)) && f.toks[end+1].Kind == vistka.Word {
					end++
				}
				return p, end
			}
		}
		return "", -1
	}
	for k+1 < len(f.toks) && f.entityAt(k+1) == e {
		k++
	}
	return e, k
}

// ownArea returns the town or the region that a bare місто or область
// after the verb at (up to end) stands for, by the administration of it
// the sentence names: "Начальник Костянтинівської МВА зазначив, що
// росіяни обстріляли місто" is Костянтинівка, "атакували
// інфраструктуру області, повідомив начальник Дніпропетровської ОВА"
// Дніпропетровщина. It returns "" when the sentence names no such body
// or the text no such place.
func (f *finder) ownArea(at, end int) string {
	kind := ""
	for i := at + 1; i < end && kind == ""; i++ {
		t := &f.toks[i]
		if l := lower(t); (l == "місто" || l == "область") && strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_zna") || hasCase(t, "v_rod")) &&
			!strings.HasPrefix(f.toks[i-1].Tag, "adj") && (i+1 == len(f.toks) || f.entityAt(i+1) == "" && !hasCase(&f.toks[i+1], "v_rod")) {
			kind = l // not "місто Харків", "області країни"
		}
	}
	if kind == "" {
		return ""
	}
	fits := func(name string) bool {
		if kind == "область" {
			return strings.HasSuffix(name, "щина") || strings.HasSuffix(name, "ччина") || strings.HasSuffix(name, "область")
		}
		return !strings.Contains(name, " ") && !strings.HasSuffix(name, "ий") && !strings.HasSuffix(name, "ій") &&
			gazetteer.Lookup(name)&gazetteer.Country == 0
	}
	for k := 0; k+1 < len(f.toks); k++ {
		if !strings.HasPrefix(f.toks[k].Tag, "adj") {
			continue
		}
		// "Костянтинівської міської військової адміністрації",
		// "Дніпропетровської ОВА"
		own := false
		j := k + 1
		for ; j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj"); j++ {
			l := f.low(j)
			own = own || kind == "місто" && strings.HasPrefix(l, "міськ") || kind == "область" && strings.HasPrefix(l, "обласн")
		}
		if j < len(f.toks) && (kind == "місто" && cityBodies[f.toks[j].Text] || kind == "область" && regionBodies[f.toks[j].Text]) {
			own = true
		}
		if !own {
			continue
		}
		if e := f.ents.PlaceOf(f.toks[k].Lemma, fits); e != "" {
			return e
		}
	}
	return ""
}

// cityBodies and regionBodies are the acronyms of a town's and a
// region's administration: Костянтинівська МВА, Дніпропетровська ОВА.
var (
	cityBodies   = map[string]bool{"МВА": true, "ВЦА": true}
	regionBodies = map[string]bool{"ОВА": true, "ОДА": true}
)

// talkVerbs are the verbs of a talk that an interview is told by.
var talkVerbs = map[string]bool{"поспілкуватися": true, "спілкуватися": true, "поговорити": true, "розмовляти": true}

// outlets are the common nouns for a newspaper, a site or its journalists.
var outlets = map[string]bool{"портал": true, "сайт": true, "видання": true, "газета": true, "редакція": true,
	"журналіст": true, "журналістка": true, "журналісти": true, "кореспондент": true, "кореспондентка": true, "агентство": true}

// outletSubject reports whether the clause before the verb at at has an
// outlet or a journalist in the nominative for its subject: "Портал
// NEWS.lugansk.ua поспілкувався з …", "Кореспондент «Дня» поговорив з …".
func (f *finder) outletSubject(at int) bool {
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && outlets[lower(t)] {
			return true
		}
		// a news outlet named: "«Українська правда» поговорила з …"
		if e := f.entityAt(j); e != "" && source.IsOutlet(f.ents.Name(e)) {
			return true
		}
	}
	return false
}

// toldOutlet reports whether the entity at i is a news outlet that a
// plural verb right after its name told something to, with the body that
// told it in the locative before it: "У «Містобанку» ЛІГА.net повідомили,
// що …", "В «Укрзалізниці» «Українській правді» розповіли". An outlet's
// name does not decline, so its case does not tell.
func (f *finder) toldOutlet(i int) bool {
	e := f.entityAt(i)
	if e == "" || !source.IsOutlet(f.ents.Name(e)) {
		return false
	}
	a, b := i, i
	for a > 0 && f.entityAt(a-1) == e {
		a--
	}
	for b+1 < len(f.toks) && f.entityAt(b+1) == e {
		b++
	}
	v := b + 1
	if v < len(f.toks) && isCloseQuote(f.toks[v].Text) {
		v++
	}
	if v >= len(f.toks) || !strings.HasPrefix(f.toks[v].Tag, "verb") || !plural(&f.toks[v]) {
		return false
	}
	k := a - 1
	if k >= 0 && isOpenQuote(f.toks[k].Text) {
		k--
	}
	if k >= 0 && isCloseQuote(f.toks[k].Text) {
		k--
	}
	body := f.entityAt(k)
	if body == "" || body == e || f.ents.Type(body) != "ORG" && f.ents.Type(body) != "LOC" {
		return false
	}
	for k > 0 && f.entityAt(k-1) == body {
		k--
	}
	k--
	if k >= 0 && isOpenQuote(f.toks[k].Text) {
		k--
	}
	return k >= 0 && (f.low(k) == "у" || f.low(k) == "в")
}

// pressNouns are the common nouns for the press as a whole that one
// talks to in an interview: "поспілкувався зі ЗМІ", "з пресою".
var pressNouns = map[string]bool{"змі": true, "преса": true, "медіа": true}

// pressPartner reports whether the talk verb at at is with the press,
// told in the instrumental of a phrase of з right after it, up to one
// adjective between: "погодився поспілкуватися зі ЗМІ", "поговорив з
// місцевими журналістами". An interview given is no meeting, as the
// gold guidelines leave out journalists interviewing an official.
func (f *finder) pressPartner(at int) bool {
	j := at + 1
	if j >= len(f.toks) || !strings.HasPrefix(f.toks[j].Tag, "prep") {
		return false
	}
	if l := lower(&f.toks[j]); l != "з" && l != "із" && l != "зі" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+2 && f.toks[k].Kind != vistka.Punct; k++ {
		t := &f.toks[k]
		if l := lower(t); outlets[l] || pressNouns[l] {
			return true
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// lawInterest reports whether the interest of the verb at i is an
// inquiry: law enforcement, named before it in its clause, took interest
// in someone or something told in the instrumental after it ("прокурори
// зацікавилися депутатом", "СБУ зацікавилася діяльністю фірми").
func (f *finder) lawInterest(i int) bool {
	if i > 0 && hasCase(&f.toks[i-1], "v_oru") && strings.HasPrefix(f.toks[i-1].Tag, "noun") {
		// "поетом зацікавився Слідчий комітет Росії": the one of
		// interest first, the body after the verb
		for j := i + 1; j < len(f.toks) && j <= i+3 && f.toks[j].Kind != vistka.Punct; j++ {
			if lawBodies[f.low(j)] {
				return true
			}
		}
	}
	if i+1 >= len(f.toks) || !hasCase(&f.toks[i+1], "v_oru") {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if f.toks[j].Kind == vistka.Punct {
			break
		}
		if lawBodies[f.low(j)] {
			return true
		}
	}
	return false
}

// lawBodies are the words for investigators and prosecutors whose
// interest in someone is an inquiry.
var lawBodies = map[string]bool{
	"прокурор": true, "прокуратура": true, "поліція": true, "поліцейський": true, "правоохоронець": true,
	"слідчий": true, "слідство": true, "детектив": true, "сбу": true, "набу": true, "дбр": true,
	"сап": true, "беб": true, "нацполіція": true, "кіберполіція": true, "податківець": true, "митник": true, "міліція": true, "міліціонер": true,
}

// coordObject returns what the dative pronoun at i after the verb at
// stands for when that verb is joined by і, та or й to an earlier verb of
// its clause: the object of that verb ("викликало посла Угорщини Антала
// Гейзера і вручило йому ноту"), a person named there first, else the
// first name in it ("викликало тимчасового повіреного у справах Росії та
// вручило йому ноту"), but one named by the place he belongs to as a
// phrase ("визнав жителя Херсона винним і призначив йому штраф" is
// житель Херсона, not the town). It returns "" when the object is no
// accusative or names nothing.
func (f *finder) coordObject(tr trig, i int) string {
	at := tr.at
	if i != at+1 || at < 3 || !hasCase(&f.toks[i], "v_dav") || strings.Contains(f.toks[i].Tag, ":p:") {
		return ""
	}
	if c := f.low(at - 1); c != "і" && c != "та" && c != "й" {
		return ""
	}
	v := -1
	for j := at - 2; j >= 0 && j >= at-12; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || t.Kind == vistka.QuoteMark || strings.HasPrefix(t.Tag, "conj") {
			return ""
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") {
				return ""
			}
			v = j
			break
		}
	}
	if v < 0 || v+1 >= at-1 {
		return ""
	}
	var first string
	head := false // the object's head noun passed
	hn := -1      // a head noun that names one by where he belongs
	for j := v + 1; j < at-1; j++ {
		t := &f.toks[j]
		// (an animate object's accusative is its genitive: the tagger
		// may read "тимчасового повіреного" either way)
		if !head && strings.HasPrefix(t.Tag, "noun") {
			if !hasCase(t, "v_zna") && !(hasCase(t, ":anim") && hasCase(t, "v_rod")) {
				return "" // "приїхав у вівторок і вручив йому": no object
			}
			head = true
			if belongers[lower(t)] && f.entityAt(j) == "" {
				hn = j
			}
		}
		if !head && !strings.HasPrefix(t.Tag, "adj") && f.entityAt(j) == "" {
			return "" // "заявив, що …", "прибув до Києва і вручив йому"
		}
		e := f.entityAt(j)
		if e == "" {
			continue
		}
		if f.ents.Type(e) == "PERS" {
			return e
		}
		if first == "" {
			first = e
		}
	}
	if hn >= 0 && first != "" {
		if p := f.objectPhrase(hn, tr); p != "" {
			return p
		}
	}
	return first
}

// belongers name a person by the place or the state he belongs to, which
// follows in the genitive: the person is the phrase, not the place
// ("громадянина Польщі", "жительку Херсона", "уродженця Одеси").
var belongers = map[string]bool{"громадянин": true, "громадянка": true, "житель": true, "жителька": true, "мешканець": true, "мешканка": true,
	"уродженець": true, "уродженка": true, "підданий": true, "підданка": true}

// chargeTitle reports whether the preposition at j belongs to the title
// of a chargé d'affaires: "повірений у справах Росії" names an envoy of
// Росія as "посол Росії" does.
func (f *finder) chargeTitle(j int) bool {
	if j < 1 || j+2 >= len(f.toks) || !isPrep(&f.toks[j]) {
		return false
	}
	p := f.low(j)
	return (p == "у" || p == "в") && f.low(j-1) == "повірений" && f.low(j+1) == "справа"
}

// nextInfinitive reports whether token i is a conjunction joining to the
// infinitive trigger of tr, past its own object, another infinitive: what
// follows is that verb's ("конфіскувати активи і передати їх Україні").
func (f *finder) nextInfinitive(tr trig, i int) bool {
	if !tr.verb || !strings.Contains(f.toks[tr.at].Tag, ":inf") || i+1 >= len(f.toks) || i <= tr.at+1 {
		return false
	}
	if c := f.low(i); c != "і" && c != "та" && c != "й" || !strings.Contains(f.toks[i+1].Tag, ":inf") {
		return false
	}
	for j := tr.at + 1; j < i; j++ {
		if strings.HasPrefix(f.toks[j].Tag, "noun") && hasCase(&f.toks[j], "v_zna") {
			return true
		}
	}
	return false
}

// legalForms are the words a firm's name opens with or follows:
// ДП «Вугілля України», ТОВ «Альфа», компанія «Укрнафта».
// neuterForms are the legal forms whose noun is neuter (підприємство,
// товариство): a past verb of another gender cannot have them for its
// subject.
var neuterForms = map[string]bool{"дп": true, "тов": true, "тзов": true, "пат": true, "прат": true, "ат": true, "ват": true,
	"зат": true, "кп": true, "пп": true}

var legalForms = map[string]bool{
	"дп": true, "тов": true, "тзов": true, "пат": true, "прат": true, "ат": true, "ват": true,
	"зат": true, "кп": true, "пп": true, "дк": true, "нак": true, "пк": true, "фоп": true,
	"компанія": true, "фірма": true, "підприємство": true, "держпідприємство": true,
	"товариство": true, "концерн": true, "корпорація": true, "холдинг": true,
}

// firmActor reports whether one of actors is a firm: its name opens with a
// legal form (ТОВ «Альфа»), or a word for a firm stands right before it in
// the clause before the verb at at (компанія «Укрнафта»).
func (f *finder) firmActor(actors []string, at int) bool {
	for _, a := range actors {
		if legalForms[scan.ToLower(firstWord(f.ents.Name(a)))] {
			return true
		}
	}
	for j := at - 1; j > 0 && f.toks[j].Kind != vistka.Punct; j-- {
		e := f.entityAt(j)
		if e == "" || !slices.Contains(actors, e) {
			continue
		}
		k := j - 1
		if k > 0 && f.toks[k].Kind == vistka.QuoteMark {
			k-- // компанія «Укрнафта»
		}
		if legalForms[lower(&f.toks[k])] {
			return true
		}
	}
	return false
}

// throughCourt reports whether tokens from to end name the court as the
// way a sum was recovered: "через суд", "в судовому порядку".
func (f *finder) throughCourt(from, end int) bool {
	for j := from; j+1 < end && j+1 < len(f.toks); j++ {
		if w := f.low(j + 1); f.low(j) == "через" && (w == "суд" || strings.HasPrefix(w, "госпсуд")) ||
			f.toks[j].Lemma == "судовий" && f.toks[j+1].Lemma == "порядок" {
			return true
		}
	}
	return false
}

// dativeBefore returns the place or body in the dative, governed by no
// preposition, in the clause before the verb at at: "Житомирській
// області було виділено …"; "" when there is none.
func (f *finder) dativeBefore(at int) string {
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		e := f.entityAt(j)
		if e == "" || !hasCase(&f.toks[j], "v_dav") || f.governedBy(j) != "" {
			continue
		}
		if typ := f.ents.Type(e); typ == "LOC" || typ == "ORG" {
			return e
		}
	}
	return ""
}

// dativeBodyBefore returns where a community or its people (dativeBody:
// мешканцям, родинам, громаді) stand in the dative, governed by no
// preposition, opening the clause of the verb at at (after its
// conjunction): "Мешканцям зруйнованого будинку область виділила по 200
// тисяч гривень", "…, а родинам загиблих уряд виділив …"; or -1.
func (f *finder) dativeBodyBefore(at int) int {
	j := at - 1
	for j >= 0 && f.toks[j].Kind != vistka.Punct {
		j--
	}
	j++ // the clause's first word, past a conjunction ("…, а мешканцям …")
	if j < at && strings.HasPrefix(f.toks[j].Tag, "conj") {
		j++
	}
	for j < at && strings.HasPrefix(f.toks[j].Tag, "adj") && (hasCase(&f.toks[j], "v_dav") || pluralDativeForm(&f.toks[j])) {
		j++ // "Місцевим мешканцям", "Українським військовим"
	}
	if j >= at || f.entityAt(j) != "" || !(hasCase(&f.toks[j], "v_dav") && f.dativeBody(j) || f.peopleInDative(j)) {
		return -1
	}
	return j
}

// givenBodyFirst returns where a community or a service named by a soft
// feminine noun (лікарня, область, станція) opens the clause of the
// plural verb of giving at at, right before it, in the form its dative
// singular and its nominative plural share (Лікарні, Області), when no
// other dative follows the verb in the clause: the one given, not the
// givers ("Лікарні передали карету швидкої", but "Лікарні передали
// громаді обладнання"). It returns -1 for any other clause.
func (f *finder) givenBodyFirst(at int) int {
	k := f.adverbsBefore(at) - 1
	if k < 0 || !strings.Contains(f.toks[at].Tag, ":past") || !pluralTag(f.toks[at].Tag) || !f.dativeBody(k) || f.entityAt(k) != "" && !strings.EqualFold(f.entityAt(k), f.toks[k].Text) {
		return -1
	}
	t := &f.toks[k]
	if !plural(t) || !hasCase(t, "v_naz") || !strings.HasPrefix(t.Tag, "noun:inanim") || (k > 0 && f.toks[k-1].Kind != vistka.Punct && !strings.HasPrefix(f.toks[k-1].Tag, "conj")) {
		return -1
	}
	l := scan.ToLower(t.Text)
	if !(strings.HasSuffix(t.Lemma, "я") || strings.HasSuffix(t.Lemma, "ь")) || !(strings.HasSuffix(l, "і") || strings.HasSuffix(l, "ї")) {
		return -1
	}
	for j := at + 1; j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
		if (strings.HasPrefix(f.toks[j].Tag, "noun") || f.entityAt(j) != "") && hasCase(&f.toks[j], "v_dav") && !isPrep(&f.toks[j-1]) {
			return -1 // "Лікарні передали громаді обладнання": the hospitals give
		}
	}
	return k
}

// underTermsOf reports whether the clause of the verb at at opens with за
// and the relative pronoun (за якими, за якою, за яким): what a rule or
// a programme lets one do, told of its terms.
func (f *finder) underTermsOf(at int) bool {
	j := at - 1
	for j >= 0 && f.toks[j].Kind != vistka.Punct {
		j--
	}
	return j+2 < at && f.low(j+1) == "за" && f.toks[j+2].Lemma == "який"
}

// goodsDativeBefore returns where the one given stands when the clause of
// the verb of giving at at puts the goods first and the one given them
// right before the verb, past adverbs ("Ще два автобуси громаді передало
// Міністерство", "Десять генераторів лікарні безкоштовно передав фонд",
// "Кошти школі виділила Данія"): a community or a service named by its
// noun in the dative (dativeBody), with its adjectives, or a place or a
// body named in the dative; the giver then follows the verb. It returns
// -1 for any other clause.
func (f *finder) goodsDativeBefore(at int) int {
	j := at - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j--
	}
	if j < 1 || f.governedBy(j) != "" || !strings.HasPrefix(f.toks[j].Tag, "noun") || strings.Contains(f.toks[j].Tag, "pron") {
		return -1
	}
	d := j
	if e := f.entityAt(d); e != "" {
		for d > 0 && f.entityAt(d-1) == e {
			d--
		}
		if typ := f.ents.Type(e); typ != "LOC" && typ != "ORG" || !hasCase(&f.toks[d], "v_dav") && !strings.Contains(f.toks[d].Tag, ":nv") {
			return -1
		}
	} else if !f.dativeBody(d) && !firstGiven[f.low(d)] || !hasCase(&f.toks[d], "v_dav") && !f.dativeAsGenitive(d) {
		return -1
	}
	for k := d - 1; k >= 0; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || isPrep(t) {
			return -1
		}
		if strings.HasPrefix(t.Tag, "adj") {
			continue // the one given's adjectives: "Луцькому госпіталю"
		}
		if (materiel[f.low(k)] || gifts[f.low(k)] || moneyWords[f.low(k)] || f.buildingMaterials(k)) && strings.HasPrefix(t.Tag, "noun") && f.entityAt(k) == "" &&
			(hasCase(t, "v_zna") || f.countedGoods(k) || hasCase(t, "v_naz") && strings.Contains(t.Tag, ":inanim")) || f.spanType(k) == "MON" {
			// (a thing's accusative is its nominative, which the
			// tagger gives a noun that opens the clause: "Кошти школі
			// виділила Данія")
			return j
		}
		return -1
	}
	return -1
}

// firstGiven are the nouns of those given goods or money put before the
// verb, besides dativeBody's: an enterprise, a hospital or a school ("45
// млн гривень підприємству виділила міська рада").
var firstGiven = map[string]bool{"підприємство": true, "госпіталь": true, "ліцей": true, "гімназія": true, "заклад": true, "центр": true}

// dativeAsGenitive reports whether the noun at d, read by the tagger as a
// genitive, has the dative's form too: a feminine noun in -і or -ї
// ("лікарні", "області", "Ефіопії", "Кореї"), whose genitive and dative
// are one word.
func (f *finder) dativeAsGenitive(d int) bool {
	t := &f.toks[d]
	l := scan.ToLower(t.Text)
	return hasCase(t, "v_rod") && strings.Contains(t.Tag, ":f:") && (strings.HasSuffix(l, "і") || strings.HasSuffix(l, "ї"))
}

// relativeDative returns where the noun a relative pronoun in the dative
// opening the clause of the verb at at stands for is, right before the
// comma: a name or a community or a service ("відвідав лікарню, якій
// партнери передали апарат УЗД", "громаді, якій фонд передав
// генератори"); or -1.
func (f *finder) relativeDative(at int) int {
	j := at - 1
	for j >= 0 && f.toks[j].Kind != vistka.Punct {
		j--
	}
	if j < 1 || j+1 >= at || f.toks[j].Text != "," || f.toks[j+1].Lemma != "який" || !hasCase(&f.toks[j+1], "v_dav") {
		return -1
	}
	k := j - 1
	if f.entityAt(k) != "" {
		for k > 0 && f.entityAt(k-1) == f.entityAt(k) {
			k--
		}
		return k
	}
	if f.dativeBody(k) {
		return k
	}
	return -1
}

// peopleAfter returns where people named by a plural noun in the dative,
// no name (peopleInDative), follow the verb of giving at i past their
// adjectives: "передав військовим 50 дронів", "передали пораненим бійцям
// генератори"; or -1. Whoever gives them goods gives aid (see
// goodsAfterPeople).
func (f *finder) peopleAfter(i int) int {
	j := i + 1
	for j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj") && (hasCase(&f.toks[j], "v_dav") || pluralDativeForm(&f.toks[j])) {
		j++
	}
	if j < len(f.toks) && f.entityAt(j) == "" && f.peopleInDative(j) {
		return j
	}
	return -1
}

// goodsAfterPeople reports whether the goods at j are the object of the
// verb of giving whose people given them stand at k (peopleAfter): the
// first noun after them, past a number and adjectives, in the
// accusative or counted ("передав військовим 50 дронів", "передали
// бійцям нові генератори"); not a noun of another thing's
// ("передавала окупантам координати підстанцій"), nor money, which paid
// to people may be a wage or a fee ("виплатила працівникам кошти").
func (f *finder) goodsAfterPeople(k, j int) bool {
	if f.low(j) == "кошти" || !hasCase(&f.toks[j], "v_zna") && !f.countedGoods(j) {
		return false
	}
	for m := k + 1; m < j; m++ {
		t := &f.toks[m]
		if t.Kind != vistka.Number && !strings.Contains(t.Tag, "numr") && !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return true
}

// peopleInDative reports whether the noun at j names people in the
// dative plural ("військовим", "пораненим бійцям"), also when it is a
// noun declined as an adjective the tagger read as the instrumental
// singular, whose form is the same ("Українським військовим передали").
func (f *finder) peopleInDative(j int) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":prop") {
		return false
	}
	return hasCase(t, "v_dav") && plural(t) && !hasCase(t, "v_naz") ||
		pluralDativeForm(t) && (strings.HasSuffix(t.Lemma, "ий") || strings.HasSuffix(t.Lemma, "ій"))
}

// scaleWords are the words that scale a sum written in figures.
var scaleWords = map[string]bool{"тис": true, "тисяч": true, "тисячі": true, "млн": true, "мільйон": true, "мільйона": true, "мільйонів": true, "млрд": true, "мільярд": true, "мільярда": true, "мільярдів": true, ".": true}

// dativeAfterSum reports whether the sum at j, the object of a verb of
// giving, is followed right after its own words by the one given it in
// the dative: a name ("виділив 2 млрд гривень Харкову") or a community
// or a service named by its noun, past its adjectives ("виділив 2 млрд
// гривень прифронтовим громадам"); not a noun in the genitive or past a
// preposition ("виділив 2 млрд гривень на ремонт шкіл").
func (f *finder) dativeAfterSum(j int) bool {
	k := j
	for k < len(f.toks) && (f.spanType(k) == "MON" || currencies[f.low(k)] || f.toks[k].Kind == vistka.Number || strings.Contains(f.toks[k].Tag, "numr") || scaleWords[f.low(k)]) {
		k++
	}
	for ; k < len(f.toks) && k <= j+8; k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || isPrep(t) || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "adj") && hasCase(t, "v_dav") {
			continue
		}
		return strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_dav") && (f.entityAt(k) != "" || f.dativeBody(k))
	}
	return false
}

// aidNounBetween reports whether the noun допомога stands between the
// verb at i and the sum at j: "Евакуйованим виплатять одноразову
// допомогу — по 2 тис. гривень" is aid, whoever it is paid to.
func (f *finder) aidNounBetween(i, j int) bool {
	return slices.ContainsFunc(f.toks[i+1:j], func(t vistka.Token) bool { return t.Lemma == "допомога" })
}

// peopleGiven returns the people in the dative plural at k (see
// peopleInDative) with the adjectives before them, lower-cased as
// written, which the pipeline puts in the nominative plural ("Українським
// військовим передали": українські військові), and the genitive after
// them that tells whose or of what they are, which keeps its case
// ("Власникам зруйнованих помешкань": власники зруйнованих помешкань);
// "" for any other word.
func (f *finder) peopleGiven(k int) string {
	if !f.peopleInDative(k) || !plural(&f.toks[k]) && !pluralDativeForm(&f.toks[k]) {
		return ""
	}
	lo := k
	for lo > 0 && strings.HasPrefix(f.toks[lo-1].Tag, "adj") && (hasCase(&f.toks[lo-1], "v_dav") || pluralDativeForm(&f.toks[lo-1])) {
		lo--
	}
	hi := k + 1
	for hi < len(f.toks) && hi-k <= 3 && f.entityAt(hi) == "" && hasCase(&f.toks[hi], "v_rod") && !hasCase(&f.toks[hi], "v_dav") &&
		(strings.HasPrefix(f.toks[hi].Tag, "noun") && !strings.Contains(f.toks[hi].Tag, "pron") || strings.HasPrefix(f.toks[hi].Tag, "adj")) {
		hi++
	}
	for hi > k+1 && strings.HasPrefix(f.toks[hi-1].Tag, "adj") {
		hi-- // an adjective of a noun that follows: no genitive of its own
	}
	return scan.ToLower(f.text(lo, hi))
}

// pluralDativeForm reports whether the word of t, read as an
// instrumental singular, has the form of an adjective's dative plural:
// -им, -ім (українським, військовим).
func pluralDativeForm(t *vistka.Token) bool {
	l := scan.ToLower(t.Text)
	return hasCase(t, "v_oru") && !plural(t) && (strings.HasSuffix(l, "им") || strings.HasSuffix(l, "ім"))
}

// organisedBy returns who held the protest named by the noun at i, told
// by a passive participle of organising after it: "акції протесту,
// організовані Федерацією профспілок", "мітинг, влаштований активістами";
// "" when there is none.
func (f *finder) organisedBy(i int) string {
	for j := i + 1; j+1 < len(f.toks) && j <= i+4; j++ {
		if l := f.toks[j].Lemma; l != "організований" && l != "влаштований" && l != "проведений" || !strings.Contains(f.toks[j].Tag, "pasv") {
			if endsSentence(&f.toks[j]) {
				return ""
			}
			continue
		}
		k := j + 1
		for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") && hasCase(&f.toks[k], "v_oru") {
			k++
		}
		if k >= len(f.toks) || !hasCase(&f.toks[k], "v_oru") {
			return ""
		}
		if e := f.entityAt(k); e != "" {
			return e
		}
		// (the participle is no adjective of the holders)
		return strings.TrimPrefix(f.nounPhrase(k), f.toks[j].Text+" ")
	}
	return ""
}

// verbBeforeThat returns the finite verb of the main clause when the
// adverbial participle at at closes a sentence whose main verb, one of
// finding out, takes a що-clause before it ("Замовник з'ясував, що …, відхиливши …"), or -1.
func (f *finder) verbBeforeThat(at int) int {
	if !strings.HasPrefix(f.toks[at].Tag, "advp") || at == 0 || f.toks[at-1].Text != "," {
		return -1
	}
	for j := at - 2; j >= 2; j-- {
		if f.low(j) != "що" || f.toks[j-1].Text != "," {
			continue
		}
		if t := &f.toks[j-2]; strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") && findsOut[f.verb(j-2)] {
			return j - 2
		}
		return -1
	}
	return -1
}

// foundThat reports whether the word at at stands in a що-clause of a
// finite verb of finding out: "Суд встановив, що …", "Слідство з'ясувало,
// що …".
func (f *finder) foundThat(at int) bool {
	for j := at - 1; j >= 2; j-- {
		if f.low(j) != "що" || f.toks[j-1].Text != "," {
			continue
		}
		for k := j - 2; k >= 0 && k >= j-4 && f.toks[k].Kind != vistka.Punct; k-- {
			if t := &f.toks[k]; strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") && findsOut[f.verb(k)] {
				return true
			}
		}
		return false
	}
	return false
}

// summedUp reports whether the sentence sums up what was told before it:
// it opens with "Таким чином," or "Отже," and has a word of summing
// ("сумарно", "загалом", "усього", "разом") before its first verb.
func (f *finder) summedUp() bool {
	if len(f.toks) < 4 {
		return false
	}
	switch first := strings.ToLower(f.toks[0].Text); {
	case first == "таким" && strings.ToLower(f.toks[1].Text) == "чином", first == "отже":
	default:
		return false
	}
	for k := 1; k < len(f.toks); k++ {
		if t := &f.toks[k]; strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if summing[f.low(k)] {
			return true
		}
	}
	return false
}

// summing are the adverbs that add up amounts or counts told before.
var summing = map[string]bool{"сумарно": true, "загалом": true, "усього": true, "всього": true, "разом": true}

// findsOut are the verbs of finding a fact out, whose finder goes on to
// act on it ("з'ясував, що …, відхиливши …"); after a verb of thinking
// the participle is the що-clause's own ("подумала, що це я,
// заморозивши …").
var findsOut = map[string]bool{"з'ясувати": true, "встановити": true, "виявити": true, "визначити": true,
	"дізнатися": true, "з'ясовувати": true, "встановлювати": true, "виявляти": true}

// keepers are the verbs of keeping or putting a person in office that a
// vote can be for.
var keepers = map[string]bool{"залишити": true, "залишати": true, "переобрати": true, "призначити": true, "обрати": true}

// voteToKeep reports whether the words from i on, after проголосувати за,
// are "те, щоб" and a verb of keeping or putting one in office with a
// person or a pronoun for its object: "проголосувала за те, щоб залишити
// його на цій посаді" is the voters' support of him.
func (f *finder) voteToKeep(i int) bool {
	if i+3 >= len(f.toks) || f.low(i) != "те" || f.toks[i+1].Text != "," || f.low(i+2) != "щоб" {
		return false
	}
	j := i + 3
	if !strings.HasPrefix(f.toks[j].Tag, "verb") || !keepers[f.low(j)] || j+1 >= len(f.toks) {
		return false
	}
	o := &f.toks[j+1]
	return hasCase(o, "v_zna") && (strings.Contains(o.Tag, ":pron") || f.entityAt(j+1) != "")
}

// firmMentioned reports whether one of actors is named in the sentence
// before at right after a word for a firm or a legal form: "компанія
// Metinvest, яка …", "ТОВ «Альфа»".
func (f *finder) firmMentioned(actors []string, at int) bool {
	if f.firmActor(actors, at) {
		return true
	}
	for j := 1; j < at; j++ {
		e := f.entityAt(j)
		if e == "" || !slices.Contains(actors, e) || f.entityAt(j-1) == e {
			continue
		}
		k := j - 1
		if k > 0 && f.toks[k].Kind == vistka.QuoteMark {
			k-- // корпорація «Альфа»
		}
		if legalForms[lower(&f.toks[k])] {
			return true
		}
	}
	return false
}

// impersonalAgent returns the doer of the impersonal form at at, in the
// instrumental right before it ("Поліцією (було) затримано") or after it
// ("було запроваджено Євросоюзом"); "" when none is named.
func (f *finder) impersonalAgent(at, end int) string {
	first, aux := -1, false
	for k := at - 1; k >= 0 && k >= at-6; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			break
		}
		if l := scan.ToLower(t.Text); l == "було" || l == "буде" {
			aux = true // (the word, not its lemma: lower gives бути)
			continue
		}
		if strings.HasPrefix(t.Tag, "verb") || isPrep(t) && !hasCase(t, "v_oru") {
			break
		}
		if hasCase(t, "v_oru") || f.entityAt(k) != "" && f.entityAt(k) == f.entityAt(k+1) {
			first = k
			continue
		}
		if first >= 0 {
			break
		}
	}
	if first > 0 && aux {
		// "Над Харківською, Сумською та Полтавською областями було
		// збито 25 дронів": a name joined to others or under a
		// preposition says where, not who (with nothing between the
		// name and the form the older reading stands)
		if p := &f.toks[first-1]; isPrep(p) || isAnd(p) || p.Text == "," {
			first = -1
		}
	}
	if first >= 0 {
		if a := f.agent(first, at, false); a != "" {
			return a
		}
	}
	return f.agent(at+1, end, false)
}

// inLanguage reports whether the talk verb at at is followed, past an
// adverb or two, by the language it is held in: "розмовляв лише
// німецькою", "спілкуються українською мовою".
func (f *finder) inLanguage(at int) bool {
	for j := at + 1; j < len(f.toks) && j <= at+3; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "adv") || strings.HasPrefix(t.Tag, "part") {
			continue
		}
		l := f.low(j)
		// (the tagger may read німецькою as the noun німецька)
		return hasCase(t, "v_oru") && (strings.HasSuffix(l, "ький") || strings.HasSuffix(l, "ька") || l == "мова")
	}
	return false
}

// indefiniteHead reports whether the noun at i is named only as one of a
// kind, by a word before it among its adjectives: "такі самі хлопці",
// "ще один іноземець", "якісь люди". Such a phrase names no one.
func (f *finder) indefiniteHead(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "numr") {
			return false
		}
		switch f.low(j) {
		case "такий", "інший", "один", "якийсь", "деякий", "певний", "самий", "будь-який":
			return true
		}
	}
	return false
}

// ownerRelative returns the body or person a genitive relative right
// before the verb at at stands for when it names whose proposal, decision
// or bid the verb acts on, its noun right after the comma: "ТОВ «Бета»,
// пропозицію якого відхилили" gives ТОВ «Бета»; else "".
func (f *finder) ownerRelative(at int) string {
	k := at - 1
	if k < 3 || f.low(k) != "який" || !hasCase(&f.toks[k], "v_rod") || !decisionNouns[f.low(k-1)] && f.low(k-1) != "скарга" && f.low(k-1) != "позов" || f.toks[k-2].Text != "," {
		return ""
	}
	j := k - 3
	for j >= 0 && f.toks[j].Kind == vistka.QuoteMark {
		j--
	}
	if j < 0 {
		return ""
	}
	e := f.entityAt(j)
	if t := f.ents.Type(e); t != "ORG" && t != "PERS" {
		return ""
	}
	return e
}

// objectRelative returns what a relative який in the accusative opening
// the clause of the verb at at stands for, when the verb's subject alone
// (or an adverb) stands between them: the name before the comma, an
// animate common noun there (in the nominative: the clause's head is
// the main clause's subject) or the body whose act (пропозиція, рішення)
// that noun is. "" when none.
func (f *finder) objectRelative(at int) string {
	k := at - 1
	for k >= 0 && at-k <= 5 && f.toks[k].Kind == vistka.Word && f.low(k) != "який" &&
		(strings.HasPrefix(f.toks[k].Tag, "adv") || f.entityAt(k) != "" && hasCase(&f.toks[k], "v_naz") ||
			(strings.HasPrefix(f.toks[k].Tag, "noun") || strings.HasPrefix(f.toks[k].Tag, "adj")) && hasCase(&f.toks[k], "v_naz")) {
		k--
	}
	if k < 2 || f.low(k) != "який" || f.toks[k-1].Text != "," {
		return ""
	}
	e := f.entityAt(k - 2)
	j := k - 2 // the name's first word
	for e != "" && j > 0 && f.entityAt(j-1) == e {
		j--
	}
	// "пропозиція Угорщини, яку": whose proposal; the relative agrees
	// with the proposal
	act := e != "" && j > 0 && hasCase(&f.toks[k-2], "v_rod") && decisionNouns[f.low(j-1)] && f.entityAt(j-1) == "" && !isPrep(&f.toks[max(j-2, 0)])
	r, h := &f.toks[k], &f.toks[k-2]
	if act {
		h = &f.toks[j-1]
	}
	// (якого, яких of the animate read as the genitive as often: one form)
	anim := strings.Contains(h.Tag, ":anim") || f.ents.Type(e) == "PERS"
	if !hasCase(r, "v_zna") && !(anim && hasCase(r, "v_rod") && (gender(r) == 'm' || plural(r))) || plural(r) != plural(h) || !plural(r) && gender(r) != gender(h) {
		return ""
	}
	if act {
		return e
	}
	if e != "" {
		if n := &f.toks[max(j-1, 0)]; j > 0 && strings.HasPrefix(n.Tag, "noun") && strings.Contains(n.Tag, ":anim") && f.entityAt(j-1) == "" &&
			!strings.Contains(n.Tag, "pron") && plural(n) == plural(r) && (plural(r) || gender(n) == gender(r)) {
			// "трьом командирам ЗСУ, яких звинуватила": the people of
			// the body, with it
			return f.nounPhrase(j - 1)
		}
		if j > 0 && strings.HasPrefix(f.toks[j-1].Tag, "noun") && strings.Contains(f.toks[j-1].Tag, ":inanim") && f.entityAt(j-1) == "" {
			// "з центру соціальних служб … Житомирської міської ради, яку
			// запрошували": a name hanging on a thing may not be what the
			// relative stands for
			return ""
		}
		if t := f.ents.Type(e); (t == "PERS" || t == "ORG" || t == "LOC") && f.headOfPhrase(k-2, e) {
			return e
		}
		return ""
	}
	if strings.HasPrefix(h.Tag, "noun") && strings.Contains(h.Tag, ":anim") && hasCase(h, "v_naz") && !strings.Contains(h.Tag, "pron") && !f.indefiniteHead(k-2) {
		return f.nounPhrase(k - 2)
	}
	return ""
}

// joinedSides reports whether the name e at i is joined by і, та to
// another name of a body or a country right before or after it, both in
// the nominative: "Україна та Польща", "ЄС і США".
func (f *finder) joinedSides(i int, e string) bool {
	lo, hi := i, i
	for lo > 0 && f.entityAt(lo-1) == e {
		lo--
	}
	for hi+1 < len(f.toks) && f.entityAt(hi+1) == e {
		hi++
	}
	other := func(j int) bool {
		o := f.entityAt(j)
		t := f.ents.Type(o)
		// (an indeclinable name, ЄС, США, may be read in any case)
		return o != "" && o != e && (t == "ORG" || t == "LOC") && (hasCase(&f.toks[j], "v_naz") || strings.Contains(f.toks[j].Tag, ":nv"))
	}
	return lo >= 2 && isAnd(&f.toks[lo-1]) && other(lo-2) || hi+2 < len(f.toks) && isAnd(&f.toks[hi+1]) && other(hi+2)
}

// agentedParticiple returns the trigger verb of a passive participle at i
// set off by a comma after the noun it agrees with, with its doer in the
// instrumental right after it, and the one it was done to: the name
// before the comma, the body whose act (пропозиція, рішення) the noun is,
// or a noun for people; "" for a thing. "Чоловік, затриманий поліцією",
// "Росія, звинувачена Україною", "Пропозиція Угорщини, відхилена Радою
// ЄС", "Танки, передані Німеччиною Україні".
func (f *finder) agentedParticiple(i int) (string, string) {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "adj") || !strings.Contains(t.Tag, "pasv") {
		return "", ""
	}
	if i == 0 || f.toks[i-1].Text != "," {
		return f.preposedParticiple(i)
	}
	if i < 2 {
		return "", ""
	}
	v := participleVerb(lower(t), participleEnds)
	if k := verbs[v]; k.typ == "" || f.agent(i+1, len(f.toks), false) == "" {
		return "", ""
	}
	h := i - 2
	e := f.entityAt(h)
	j := h // the name's first word
	for e != "" && j > 0 && f.entityAt(j-1) == e {
		j--
	}
	act := e != "" && j > 0 && hasCase(&f.toks[h], "v_rod") && decisionNouns[f.low(j-1)] && f.entityAt(j-1) == ""
	if act {
		h = j - 1
	}
	n := &f.toks[h]
	if !strings.HasPrefix(n.Tag, "noun") || !agree(n, t) || !hasCase(t, vtag.Case(n.Tag)) {
		return "", ""
	}
	switch typ := f.ents.Type(e); {
	case act || e != "" && (typ == "PERS" || typ == "ORG" || typ == "LOC"):
		return v, e
	case e == "" && strings.Contains(n.Tag, ":anim") && !f.indefiniteHead(h):
		return v, f.nounPhrase(h)
	case e == "" && strings.Contains(n.Tag, ":inanim"):
		return v, ""
	}
	return "", ""
}

// reflexivePassive returns the trigger verb of a reflexive form at i
// that tells what is done to its subject by a doer named in the
// instrumental after it ("Харків обстрілюється російськими військами",
// "Ініціатива підтримується Польщею"), or "". A reflexive verb that is a
// trigger of its own (зустрітися) is not one, nor is a past form.
func (f *finder) reflexivePassive(i int) string {
	t := &f.toks[i]
	v := f.verb(i)
	// (in the present: a past reflexive is a doing of the subject's own,
	// "привіталася з портьє – молодим хлопцем")
	if !strings.HasPrefix(t.Tag, "verb") || !strings.Contains(t.Tag, ":pres") || !strings.HasSuffix(v, "ся") {
		return ""
	}
	if _, ok := verbs[v]; ok {
		return ""
	}
	b := strings.TrimSuffix(v, "ся")
	if (b == "підписувати" || b == "укладати") && f.docSubject(i) {
		return b // "Сьогодні підписується меморандум між областю та повітом": sides after між, no doer
	}
	if k := verbs[b]; k.typ == "" || f.agent(i+1, len(f.toks), false) == "" {
		return ""
	}
	return b
}

// docSubject reports whether the reflexive verb at i has for its subject,
// right after it or right before it past adjectives, a paper sides sign
// (угода, меморандум, договір, протокол) in the nominative: "підписується
// меморандум", "Угода укладається".
func (f *finder) docSubject(i int) bool {
	for _, j := range []int{i + 1, i - 1} {
		if j >= 0 && j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "noun") && signedDocs[f.low(j)] && hasCase(&f.toks[j], "v_naz") {
			return true
		}
	}
	return false
}

// proposalOwner returns the body whose proposal, initiative or decision
// (a noun of decisionNouns in the nominative, its owner's name in the
// genitive after it) stands right before the passive at at, past a form
// of бути: "Пропозиція Угорщини (була) відхилена", "Ініціатива Литви
// підтримується"; "" otherwise.
func (f *finder) proposalOwner(at int) string {
	j := at - 1
	if j > 0 && f.verb(j) == "бути" {
		j--
	}
	e := f.entityAt(j)
	if e == "" || !hasCase(&f.toks[j], "v_rod") {
		return ""
	}
	for j > 0 && f.entityAt(j-1) == e {
		j--
	}
	if j == 0 {
		return ""
	}
	n := &f.toks[j-1]
	if !decisionNouns[f.low(j-1)] || f.entityAt(j-1) != "" || !hasCase(n, "v_naz") || !agree(n, &f.toks[at]) || j >= 2 && isPrep(&f.toks[j-2]) {
		return ""
	}
	return e
}

// sanctionsOf returns the body or country named in the genitive right
// after the sanctions noun of tr (санкції ЄС, обмеження США), which
// imposes them; "" for another noun or none. An indeclinable name may be
// read in any case.
func (f *finder) sanctionsOf(tr trig) string {
	if tr.noun < 0 || tr.k.typ != "SANCTION" {
		return ""
	}
	j := tr.noun + 1
	j += f.adjectivesAt(j)
	if j >= len(f.toks) || !hasCase(&f.toks[j], "v_rod") && !strings.Contains(f.toks[j].Tag, ":nv") || f.governedBy(j) != "" {
		return ""
	}
	if e := f.entityAt(j); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
		return e
	}
	return ""
}

// setOffClause reports whether the verb at at is an adverbial participle
// opening its sentence, or the verb of a relative clause that opens right
// after a comma before it (", який відвідав"), with no comma between: a
// clause that a comma ends, after which the main clause goes on.
func (f *finder) setOffClause(at int) bool {
	t := &f.toks[at]
	if strings.HasPrefix(t.Tag, "advp") {
		return at == 0
	}
	if !strings.HasPrefix(t.Tag, "verb") || strings.Contains(t.Tag, ":inf") {
		return false
	}
	for j := at - 1; j >= 1 && j >= at-4; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); (l == "який" || l == "котрий") && f.toks[j-1].Text == "," {
			// (the main clause's verb after the relative one's comma)
			for k := at + 1; k+1 < len(f.toks); k++ {
				if f.toks[k].Text == "," {
					u := &f.toks[k+1]
					return strings.HasPrefix(u.Tag, "verb") && !strings.Contains(u.Tag, ":inf")
				}
			}
			return false
		}
	}
	return false
}

// nounAgent returns the doer, named in the instrumental, of the passive
// form of the event noun's light verb (an impersonal form, a passive
// participle, a reflexive) that the noun at n is the subject of:
// "Санкції проти Росії було запроваджено Євросоюзом", "Угода між
// Україною та Польщею була підписана урядом", "Допомога Україні
// надається Німеччиною". "" when none.
func (f *finder) nounAgent(n int) string {
	for j := n + 1; j < len(f.toks) && j <= n+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return ""
		}
		if f.verb(j) == "бути" {
			continue
		}
		var v string
		switch {
		case strings.HasPrefix(t.Tag, "adj") && strings.Contains(t.Tag, "pasv") && hasCase(t, "v_naz") && agree(t, &f.toks[n]):
			v = participleVerb(lower(t), participleEnds)
		case strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, "impers"), strings.HasPrefix(t.Tag, "adv") && j > n+1 && f.verb(j-1) == "бути":
			v = impersonalVerb(t.Text)
		case strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, ":pres") && strings.HasSuffix(f.verb(j), "ся"):
			v = strings.TrimSuffix(f.verb(j), "ся")
		case strings.HasPrefix(t.Tag, "verb"):
			return ""
		default:
			continue
		}
		if !slices.Contains(lightVerbs[v], f.low(n)) {
			if _, ok := pairs[v][f.low(n)]; !ok {
				return ""
			}
		}
		if a := f.agent(j+1, len(f.toks), false); a != "" {
			return a
		}
		if strings.Contains(t.Tag, "impers") && n > 0 {
			// "Рішенням РНБО санкції запроваджено": the doer, or whose
			// decision it was, before the noun
			if a := f.impersonalAgent(n, n); a != "" {
				return a
			}
			for k := n - 1; k >= 0 && k >= n-10; k-- {
				// past a long name: "рішенням Ради національної безпеки
				// і оборони України санкції запроваджено"
				if d := &f.toks[k]; d.Kind == vistka.Punct || strings.HasPrefix(d.Tag, "verb") {
					break
				}
				if decisions[f.low(k)] && strings.HasPrefix(f.toks[k].Tag, "noun") && hasCase(&f.toks[k], "v_oru") {
					return f.agent(k, n, false)
				}
			}
		}
		// (an indeclinable name, США, may be read in any case)
		if e := f.entityAt(j + 1); e != "" && j+1 < len(f.toks) && strings.Contains(f.toks[j+1].Tag, ":nv") && f.ents.Type(e) != "PERS" {
			return e
		}
		return ""
	}
	return ""
}

// countryIn returns the country named after у or в in the locative in the
// clause before the token at, with no finite verb of its own between, or
// "": "У Росії оголошено мобілізацію".
func (f *finder) countryIn(at int) string {
	for j := at - 1; j >= 1; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") && f.verb(j) != "бути" && !strings.Contains(t.Tag, "impers") {
			return ""
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "LOC" || !hasCase(t, "v_mis") || gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country == 0 {
			continue
		}
		k := j - 1
		for k >= 0 && f.entityAt(k) == e {
			k--
		}
		if k >= 0 && (f.low(k) == "у" || f.low(k) == "в") {
			return e
		}
	}
	return ""
}

// reflexiveLight returns the light verb of a present reflexive at i whose
// noun, in the nominative, stands right after it or right before it
// (past its adjectives): "проводиться мобілізація", "допомога
// надається"; "" otherwise.
func (f *finder) reflexiveLight(i int) string {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "verb") || !strings.Contains(t.Tag, ":pres") {
		return ""
	}
	v := f.verb(i)
	if !strings.HasSuffix(v, "ся") || lightVerbs[v] != nil {
		return ""
	}
	if _, ok := verbs[v]; ok {
		return ""
	}
	b := strings.TrimSuffix(v, "ся")
	objs := lightVerbs[b]
	if objs == nil {
		return ""
	}
	noun := func(j int) bool {
		return j >= 0 && j < len(f.toks) && slices.Contains(objs, f.low(j)) && strings.HasPrefix(f.toks[j].Tag, "noun") && hasCase(&f.toks[j], "v_naz") && agree(&f.toks[j], t)
	}
	j := i + 1
	for j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j++
	}
	if noun(j) || noun(i-1) {
		return b
	}
	return ""
}

// managedBy returns the one named in the dative before вдалося (вдасться,
// не вдалося) that governs the infinitive at at: "Зеленському вдалося
// зустрітися". "" when none.
func (f *finder) managedBy(at int) string {
	if at < 2 || !strings.Contains(f.toks[at].Tag, ":inf") {
		return ""
	}
	if v := f.verb(at - 1); v != "вдатися" && v != "удатися" && v != "вдаватися" && v != "удаватися" {
		return ""
	}
	j := at - 2
	if j > 0 && f.low(j) == "не" {
		j--
	}
	if e := f.entityAt(j); e != "" && hasCase(&f.toks[j], "v_dav") && f.governedBy(j) == "" {
		return e
	}
	return ""
}

// preposedParticiple is agentedParticiple for a participle before its
// noun, its doer between them: "Затриманий поліцією чоловік зізнався",
// "обстріляні росіянами села". The noun agrees with the participle in
// case, gender and number, right after the doer's words; both are in
// the nominative.
func (f *finder) preposedParticiple(i int) (string, string) {
	t := &f.toks[i]
	v := participleVerb(lower(t), participleEnds)
	// (the subject's: "вдало оскаржених сторонами проваджень" counts
	// cases, no event)
	if k := verbs[v]; k.typ == "" || !hasCase(t, "v_naz") || f.agent(i+1, min(i+4, len(f.toks)), false) == "" {
		return "", ""
	}
	h := i + 1
	for h < len(f.toks) && h <= i+5 && (hasCase(&f.toks[h], "v_oru") || f.entityAt(h) != "" && f.entityAt(h) == f.entityAt(h-1)) {
		h++
	}
	if h >= len(f.toks) || h == i+1 {
		return "", ""
	}
	n := &f.toks[h]
	if !strings.HasPrefix(n.Tag, "noun") || !agree(n, t) || !hasCase(t, vtag.Case(n.Tag)) {
		return "", ""
	}
	if e := f.entityAt(h); e != "" {
		if typ := f.ents.Type(e); typ == "PERS" || typ == "ORG" || typ == "LOC" {
			return v, e
		}
		return "", ""
	}
	if strings.Contains(n.Tag, ":anim") {
		return v, f.nounPhrase(h)
	}
	return v, ""
}

// subjectAfter reports whether the finite verb at at is followed by its
// subject closing the clause, a noun or a name in the nominative (an
// acronym in any case) of the verb's number (and, in the past, gender):
// "Двох чоловіків затримала поліція", "Агента ФСБ затримала СБУ".
func (f *finder) subjectAfter(at int) bool {
	v := &f.toks[at]
	if !strings.HasPrefix(v.Tag, "verb") || strings.Contains(v.Tag, ":inf") || at+1 >= len(f.toks) {
		return false
	}
	j := at + 1
	for j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adj") {
		j++
	}
	if j >= len(f.toks) {
		return false
	}
	n := &f.toks[j]
	nv := strings.Contains(n.Tag, ":nv") && f.ents.Type(f.entityAt(j)) == "ORG"
	if !strings.HasPrefix(n.Tag, "noun") || !hasCase(n, "v_naz") && !nv || !sameForm(n, v) {
		return false
	}
	end := j + 1
	for e := f.entityAt(j); e != "" && end < len(f.toks) && f.entityAt(end) == e; end++ {
	}
	return end >= len(f.toks) || f.toks[end].Kind == vistka.Punct
}

// anyoneWho reports whether the verb at i is in a clause of хто after a
// comma and a pronoun of people at large: "закликав тих, хто ще не
// підписав конвенцію", "подякував усім, хто надав допомогу". Its subject
// is whoever it is, not the main clause's.
func (f *finder) anyoneWho(i int) bool {
	for j := i - 1; j >= 2 && j >= i-4; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) != "хто" {
			continue
		}
		return f.toks[j-1].Text == "," && whoAntecedents[f.low(j-2)]
	}
	return false
}

// whoAntecedents are the pronouns a clause of хто tells of: тих, хто …
var whoAntecedents = map[string]bool{
	"ті": true, "тих": true, "тим": true, "тими": true, "той": true, "того": true, "тому": true,
	"всі": true, "всіх": true, "всім": true, "всіма": true, "усі": true, "усіх": true, "усім": true, "усіма": true,
	"кожен": true, "кожного": true, "кожному": true, "кожний": true,
}

// conditionalMood reports whether the finite verb at at is itself in the
// conditional mood, with б or би right beside it, and its sentence states
// no condition for it: "Він охоче зустрівся б із ними, бо не має чого
// приховувати". What one would do is not told as done. With a condition
// (якби, якщо, or another б: "Якби мер не скасував рішення, активісти
// вийшли б на протест", "Був би телефон, він би зателефонував") the
// event stays, hypothetical (see aux). A modal before an infinitive ("міг
// би допомогти") is not the trigger's own mood and is left to aux.
func (f *finder) conditionalMood(at int) bool {
	if at < 0 || at >= len(f.toks) || !strings.Contains(f.toks[at].Tag, ":past") {
		return false
	}
	own := -1
	for _, j := range [...]int{at + 1, at - 1} {
		if j >= 0 && j < len(f.toks) && f.toks[j].Kind != vistka.Punct {
			if l := f.low(j); l == "б" || l == "би" {
				own = j
				break
			}
		}
	}
	if own < 0 {
		return false
	}
	for j := range f.toks {
		switch l := f.low(j); {
		case j == own:
		case l == "б" || l == "би" || l == "якби" || l == "якщо" || l == "коли" && j+1 < len(f.toks) && (f.low(j+1) == "б" || f.low(j+1) == "би"):
			return false
		}
	}
	return true
}

// shouldHave reports whether the infinitive at at is what someone should
// have done, governed by мати in the past with б or би, past adverbs
// ("уряд мав би спершу обговорити механізм із бізнесом"): a
// counterfactual, told because it was not done, which gives no event.
func (f *finder) shouldHave(at int) bool {
	if at < 2 || at >= len(f.toks) || !strings.Contains(f.toks[at].Tag, ":inf") {
		return false
	}
	for j := at - 1; j >= 1 && j >= at-4; j-- {
		if l := f.low(j); l == "б" || l == "би" {
			return f.verb(j-1) == "мати" && strings.Contains(f.toks[j-1].Tag, ":past")
		}
		if t := &f.toks[j]; t.Kind == vistka.Punct || !strings.HasPrefix(t.Tag, "adv") {
			return false
		}
	}
	return false
}

// authorities are the nouns of those in charge whom people turn to with
// an appeal: "звернулися до влади", "до лозівського мера", "до
// керівництва області".
// (Not the police or prosecutors: "потерпіла звернулася до поліції"
// reports a crime, a complaint more than an appeal.)
var authorities = map[string]bool{
	"влада": true, "мер": true, "керівництво": true, "губернатор": true, "уряд": true,
	"адміністрація": true, "райдержадміністрація": true, "облдержадміністрація": true,
	"рада": true, "голова": true, "міськрада": true, "сільрада": true, "райрада": true, "облрада": true, "міністерство": true,
	"інспекція": true, "омбудсман": true, "омбудсмен": true,
}

// turnedToAuthority reports whether the verb of turning to someone at i,
// with no noun of what it turns with, turns to those in charge (see
// authorities), the head noun after до past its adjectives: "звернулися
// до влади і надзвичайних служб", "звернулися до лозівського мера".
// People turning to the authorities appeal to them; turning to a court
// (a claim), to journalists or to a nation (a speech) is not this.
func (f *finder) turnedToAuthority(i int) bool {
	j := i + 1
	for j < len(f.toks) && j <= i+3 && f.low(j) != "до" {
		if f.toks[j].Kind == vistka.Punct || strings.HasPrefix(f.toks[j].Tag, "verb") {
			return false
		}
		j++
	}
	if j >= len(f.toks) || f.low(j) != "до" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+4; k++ {
		t := &f.toks[k]
		if strings.HasPrefix(t.Tag, "adj") {
			continue
		}
		return strings.HasPrefix(t.Tag, "noun") && authorities[t.Lemma]
	}
	return false
}

// complainedOf returns whom a complaint is about, named after на right
// after the noun скарга or the verb скаржитися: a name ("скаржаться на
// кафе «Ромашка»"), an animate noun ("скарги на сусідів"), or the one
// whose work it is ("зі скаргами на діяльність піцерії": піцерія). A
// complaint about a thing (на шум) names no one; "" then.
func (f *finder) complainedOf(tr trig) string {
	s := tr.noun
	if s < 0 || f.toks[s].Lemma != "скарга" {
		if v := f.verb(tr.at); v != "скаржитися" && v != "поскаржитися" {
			return ""
		}
		s = tr.at
	}
	j := s + 1
	if j >= len(f.toks) || f.low(j) != "на" {
		return ""
	}
	work := false
	k := j + 1
	if k < len(f.toks) {
		switch f.toks[k].Lemma {
		case "діяльність", "робота", "дія", "дії", "бездіяльність":
			work, k = true, k+1
		}
	}
	for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") {
		k++
	}
	if k >= len(f.toks) {
		return ""
	}
	if e := f.entityAt(k); e != "" {
		return e
	}
	t := &f.toks[k]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || t.Lemma == "" {
		return ""
	}
	if work && hasCase(t, "v_rod") || strings.Contains(t.Tag, ":anim") {
		return scan.ToLower(t.Lemma)
	}
	return ""
}

// wages are the nouns of pay: what is paid to people named is given them.
var wages = map[string]bool{
	"зарплата": true, "зарплатня": true, "оклад": true, "премія": true, "стипендія": true,
	"пенсія": true, "компенсація": true, "винагорода": true, "платня": true,
}

// wagesPaid reports whether the verb of paying at i pays a noun of pay
// (see wages) to people named in the dative in its clause, and a sponsor
// pays it (see sponsored): "фонд вирішив за кошти меценатів виплатити
// тренерам їхній посадовий оклад". An employer paying its staff
// ("завод виплатив працівникам зарплату") gives no aid.
func (f *finder) wagesPaid(i int) bool {
	if !f.sponsored(i) {
		return false
	}
	dative, pay := false, false
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
			continue
		}
		if hasCase(t, "v_dav") && (strings.Contains(t.Tag, ":anim") || f.entityAt(j) != "") {
			dative = true
		}
		if wages[t.Lemma] && (hasCase(t, "v_zna") || hasCase(t, "v_naz")) {
			pay = true
		}
	}
	return dative && pay
}

// giftAfter reports whether the verb of giving a gift at i has a thing
// for its object in its clause: "подарував квадрокоптер із
// відеокамерою", "подарувала школі автобус"; not "подарував надію".
func (f *finder) giftAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+5 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_zna") || hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":anim")) && (materiel[t.Lemma] || gifts[t.Lemma]) {
			return true
		}
	}
	return false
}

// auditFinds are the verbs of finding that, told of an inspection,
// report its findings.
var auditFinds = map[string]bool{"виявити": true, "виявляти": true, "встановити": true, "з'ясувати": true}

// inspections are the nouns of an inspection or an audit of a body.
var inspections = map[string]bool{"перевірка": true, "аудит": true, "ревізія": true, "інспекція": true}

// duringAudit returns the inspection noun when the clause of the verb
// at i opens with "під час" and that noun in the genitive (adjectives
// between) before the verb, with no verb or punctuation between: "Під
// час інспекції регулятор виявив, що …", "під час позапланової перевірки
// інспектори виявили"; else -1.
func (f *finder) duringAudit(i int) int {
	for j := i - 1; j >= 2 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if !inspections[f.low(j)] || !hasCase(t, "v_rod") {
			continue
		}
		k := j - 1
		for k > 1 && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k--
		}
		if f.low(k) == "час" && f.low(k-1) == "під" {
			return j
		}
		return -1
	}
	return -1
}

// bankruptcyCase reports whether the words from j on name a bankruptcy
// case: "(у справі) про банкрутство", "про визнання банкрутом".
func (f *finder) bankruptcyCase(j int) bool {
	if j+1 < len(f.toks) && (f.low(j) == "у" || f.low(j) == "в") && f.low(j+1) == "справа" {
		j += 2
	}
	if j+1 >= len(f.toks) || f.low(j) != "про" {
		return false
	}
	if n := f.low(j + 1); n == "банкрутство" {
		return true
	}
	return j+2 < len(f.toks) && f.low(j+1) == "визнання" && f.low(j+2) == "банкрут"
}

// quotedNameObject reports whether the token at i belongs to an
// organisation's name in quotation marks that opens right after the
// finite trigger verb (an adverb between): the name stands in the verb's
// object's place, whatever case the tagger read ("оштрафувала
// «Енергозбут-Капітал»"). Not after a verb of speech or motion, whose
// name after it is its subject in inverted order: only a verb that
// takes an object (COERCE, ACCUSE, SANCTION, REJECT, SUPPORT).
func (f *finder) quotedNameObject(i int, tr trig) bool {
	switch tr.k.typ {
	case "COERCE", "ACCUSE", "SANCTION", "REJECT", "SUPPORT":
	default:
		return false
	}
	e := f.entityAt(i)
	if e == "" || f.ents.Type(e) != "ORG" || tr.noun >= 0 && tr.noun != tr.at {
		return false
	}
	v := &f.toks[tr.at]
	if !strings.HasPrefix(v.Tag, "verb") || strings.Contains(v.Tag, ":inf") || strings.Contains(v.Tag, "pasv") || strings.HasSuffix(f.low(tr.at), "ся") {
		return false
	}
	k := i
	for k > tr.at && f.entityAt(k-1) == e {
		k--
	}
	return k == tr.at+2 && f.toks[tr.at+1].Kind == vistka.QuoteMark
}

// procurementAfter reports whether the word at j is a procurement in the
// genitive, what a monitoring checks: "моніторинг закупівлі", "моніторинг
// тендеру".
func (f *finder) procurementAfter(j int) bool {
	if j >= len(f.toks) {
		return false
	}
	switch f.toks[j].Lemma {
	case "закупівля", "тендер", "торги", "процедура":
		return hasCase(&f.toks[j], "v_rod")
	}
	return false
}

// materielBefore reports whether goods (see materiel) open the clause of
// the verb of receiving at i, put before it as its object: "Пожежні
// каски, захисні костюми та рукави отримали вогнеборці від міської
// ради". A comma of the list is passed; other punctuation or a verb ends
// the search.
func (f *finder) materielBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":anim") && (hasCase(t, "v_zna") || hasCase(t, "v_naz")) && materiel[t.Lemma] {
			return true
		}
	}
	return false
}

// referralBodies are the common nouns and acronyms of the bodies that
// take up a referral of findings: поліція, прокуратура, НАБУ.
var referralBodies = map[string]bool{"поліція": true, "прокуратура": true, "бюро": true, "набу": true, "дбр": true, "беб": true,
	"сбу": true, "сап": true, "нацполіція": true, "правоохоронний": true, "слідство": true, "назк": true}

// corruptionAgency reports whether the noun at k is the agency for
// preventing corruption named in full: "агентства з питань запобігання
// корупції" (НАЗК).
func (f *finder) corruptionAgency(k int) bool {
	if f.low(k) != "агентство" {
		return false
	}
	for j := k + 1; j < len(f.toks) && j <= k+4; j++ {
		if f.low(j) == "корупція" {
			return true
		}
	}
	return false
}

// referredToLaw reports whether the verb at i sends something to a law
// enforcement body: "до" within its clause after it, then such a body
// (adjectives before it): "направила до Національного антикорупційного
// бюро", "передали до поліції".
func (f *finder) referredToLaw(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) != "до" {
			continue
		}
		for k := j + 1; k < len(f.toks) && k <= j+4; k++ {
			if referralBodies[f.low(k)] || referralBodies[scan.ToLower(f.toks[k].Text)] || f.corruptionAgency(k) {
				return true
			}
			if !strings.HasPrefix(f.toks[k].Tag, "adj") {
				return false
			}
		}
		return false
	}
	return false
}

// information are the nouns of what one is asked to hand in rather than
// given as aid: "надати … характеристики своїх районів", "подати звіти".
var information = map[string]bool{
	"інформація": true, "характеристика": true, "звіт": true, "дані": true, "пояснення": true,
	"пропозиція": true, "перелік": true, "список": true, "довідка": true, "відомості": true,
}

// informationAfter reports whether the infinitive of giving at inf has
// information (see information) for its object in its clause.
func (f *finder) informationAfter(inf int) bool {
	for j := inf + 1; j < len(f.toks) && j <= inf+6 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") && information[t.Lemma] && !hasCase(t, "v_rod") {
			return true
		}
	}
	return false
}

// impersonalBetween reports whether an impersonal form in -но, -то stands
// between the name at i and the verb at at, in the name's clause (before
// a comma): the name is that form's object, no subject of the verb after.
func (f *finder) impersonalBetween(i, at int) bool {
	for j := i + 1; j < at; j++ {
		t := &f.toks[j]
		if t.Text == "," {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, "impers") {
			return true
		}
	}
	return false
}

// addressedTo returns the token after "на адресу" that follows the noun
// at j in its clause, within a few words ("критики прозвучало на адресу
// керівництва району"), or 0: criticism aimed at someone.
func (f *finder) addressedTo(j int) int {
	for k := j + 1; k+2 < len(f.toks) && k <= j+6; k++ {
		if f.toks[k].Kind == vistka.Punct {
			return 0
		}
		if f.low(k) == "на" && f.low(k+1) == "адреса" {
			return k + 2
		}
	}
	return 0
}

// inPersonOf returns the person named after "в особі" (in the person of)
// within a few words of from, up to end: "керівництва району в особі
// голови Віктора Партака" is aimed at Партак; or "".
func (f *finder) inPersonOf(from, end int) string {
	for k := from; k+1 < end && k <= from+6; k++ {
		if (f.low(k) == "в" || f.low(k) == "у") && f.low(k+1) == "особа" {
			for j := k + 2; j < end && j <= k+8; j++ {
				if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
					return e
				}
			}
			return ""
		}
	}
	return ""
}

// sponsors are the nouns of those who pay for others out of goodwill.
var sponsors = map[string]bool{"фонд": true, "меценат": true, "спонсор": true, "благодійник": true, "волонтер": true}

// sponsored reports whether the sentence of the verb at i, before it,
// names a sponsor (see sponsors) or whose money pays ("за кошти
// меценатів", "за рахунок спонсорів").
func (f *finder) sponsored(i int) bool {
	for j := 0; j < i; j++ {
		if sponsors[f.toks[j].Lemma] && strings.HasPrefix(f.toks[j].Tag, "noun") {
			return true
		}
		if f.low(j) == "за" && j+1 < i && (f.low(j+1) == "кошти" || f.low(j+1) == "рахунок") {
			return true
		}
	}
	return false
}

// claimsLodged reports whether the вимога at n is lodged by the verb of
// stating at i: no preposition between them but до (to the debtor), and
// the noun in the accusative: "заявили до заводу грошові вимоги".
func (f *finder) claimsLodged(i, n int) bool {
	if !hasCase(&f.toks[n], "v_zna") {
		return false
	}
	for j := i + 1; j < n; j++ {
		if isPrep(&f.toks[j]) && f.low(j) != "до" {
			return false
		}
	}
	return true
}

// beasts are animals, pests and germs: never parties of an event.
var beasts = map[string]bool{
	"заєць": true, "слимак": true, "шкідник": true, "комаха": true, "вірус": true, "бактерія": true,
	"грибок": true, "кліщ": true, "комар": true, "сарана": true, "гусінь": true, "жук": true,
	"попелиця": true, "гризун": true, "миша": true, "щур": true, "пацюк": true, "собака": true,
	"пес": true, "кіт": true, "вовк": true, "ведмідь": true, "кабан": true, "лисиця": true,
	"шершень": true, "оса": true, "бджола": true, "змія": true, "акула": true, "тварина": true,
	"звір": true, "птах": true, "муха": true, "тарган": true, "саранча": true,
}

// beastAssault tells whether the attack verb at at has an animal, a pest or
// a germ for its subject ("шкідники атакують сади") or its object ("убила
// кількох зайців"), not inside a name.
func (f *finder) beastAssault(at, end int) bool {
	beast := func(k int) bool {
		t := &f.toks[k]
		return strings.HasPrefix(t.Tag, "noun") && beasts[f.low(k)] && f.entityAt(k) == ""
	}
	if _, k := f.subject(at); k >= 0 && k < len(f.toks) && beast(k) {
		return true
	}
	for k := at + 1; k < end && k < len(f.toks); k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			break
		}
		if strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") {
			return beast(k) && (hasCase(t, "v_zna") || hasCase(t, "v_rod"))
		}
	}
	return false
}

// visitors are ordinary people who go to places: their visits meet no party.
var visitors = map[string]bool{
	"турист": true, "школяр": true, "учень": true, "студент": true, "дитина": true, "відвідувач": true,
	"мешканець": true, "житель": true, "глядач": true, "паломник": true, "пенсіонер": true,
	"дошкільня": true, "вихованець": true, "екскурсант": true, "шанувальник": true, "фанат": true,
}

// ordinaryVisitors tells whether the visit verb at at has ordinary people,
// not named, for its subject ("школярі відвідуватимуть басейн").
func (f *finder) ordinaryVisitors(at int) bool {
	_, k := f.subject(at)
	return k >= 0 && k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "noun") && visitors[f.low(k)] && f.entityAt(k) == ""
}

// appealForum reports whether toks[i] names a body an appeal is taken to:
// an ORG under до, or under в or у in the locative ("оскаржило рішення
// до Антимонопольного комітету", "оскаржать в Господарському суді").
func (f *finder) appealForum(i int) bool {
	e := f.entityAt(i)
	if e == "" || f.ents.Type(e) != "ORG" {
		return false
	}
	switch f.governedBy(i) {
	case "до":
		return hasCase(&f.toks[i], "v_rod")
	case "в", "у":
		return hasCase(&f.toks[i], "v_mis")
	}
	return false
}

// arrival reports whether a visit's trigger is a visit named (з візитом)
// or an arrival (прибути, прилетіти), whose place in the accusative after
// в, у or на is where the visitor went: "приїхала в Петриківку замолоду"
// tells where someone settled, no visit.
func (f *finder) arrival(tr trig) bool {
	if tr.noun >= 0 {
		return true
	}
	switch f.verb(tr.at) {
	case "прибути", "прибувати", "прилетіти", "прилітати":
		return true
	}
	return false
}

// frozenAssets reports whether toks[j] names what a sanction freezes
// (заморожування активів, коштів, рахунків, майна), not a price or a
// tariff frozen (заморожування тарифів).
func (f *finder) frozenAssets(j int) bool {
	if j >= len(f.toks) {
		return false
	}
	switch f.low(j) {
	case "актив", "активи", "кошти", "кошт", "рахунок", "рахунки", "майно", "резерв", "резерви":
		return true
	}
	return false
}

// noSubjectSigning reports whether the trigger at tr is a verb of signing
// told with no subject of its own: a plural of indefinite persons
// ("Між Україною та Польщею підписали угоду", "підписують", "підпишуть")
// or a passive participle ("був підписаний договір"), whose sides the
// між phrase names as the impersonal's do.
func (f *finder) noSubjectSigning(tr trig) bool {
	if !tr.verb || tr.noun >= 0 && tr.noun < tr.at {
		return false
	}
	v := f.verb(tr.at)
	if tr.passive && strings.HasPrefix(f.toks[tr.at].Tag, "adj") {
		v = f.passiveVerb(tr.at)
	}
	switch v {
	case "підписати", "підписувати", "укласти", "укладати":
	default:
		return false
	}
	t := &f.toks[tr.at]
	return tr.passive || strings.HasPrefix(t.Tag, "verb") && plural(t) && !strings.Contains(t.Tag, ":1") && !strings.Contains(t.Tag, ":2")
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

// bodyKinds are the head nouns of the public bodies a text names in full
// once and then by their kind alone: "Львівська міська рада … угоду з
// міською радою", "Рівненська обласна державна адміністрація … з
// обласною адміністрацією".
var bodyKinds = map[string]bool{"рада": true, "адміністрація": true, "держадміністрація": true, "виконком": true}

// calledBodies gives each phrase among args that calls a body by its kind
// alone, adjectives and the kind's noun (міська рада, обласна
// адміністрація), the body of that kind the text named before the
// sentence, when one alone fits (see entity.Result.BodyCalled); the
// other arguments stay.
func (f *finder) calledBodies(args []string) []string {
	for k, p := range args {
		if entity.Index(p) >= 0 {
			continue
		}
		ws := strings.Fields(scan.ToLower(p))
		if len(ws) < 2 || !bodyKinds[ws[len(ws)-1]] {
			continue
		}
		if b := f.ents.BodyCalled(f.a.Sentences[f.s].RStart, ws[len(ws)-1], ws[:len(ws)-1]); b != "" && !slices.Contains(args, b) {
			args[k] = b
		}
	}
	return args
}

// relativeHead returns the noun of people a relative clause opened after
// the comma at i stands on when its pronoun is the clause's subject —
// який in the nominative or що, with nothing but adverbs and particles
// before the verb at at — and the noun is in another case: "поліція
// шукає людей з сусіднього села, що підірвали електроопори", "суд
// засудив чоловіків, які напали на охоронця". The verb is perfective: a
// deed done, not what the people are like. A genitive phrase after the
// noun is stepped over; the noun agrees with the verb. A що after a
// dative or after a verb that tells someone something opens what was
// told ("повідомили журналістам, що затримали підозрюваного",
// "переконав виборців, що …"), not a relative clause. It returns -1 when
// there is none.
func (f *finder) relativeHead(i, at int) int {
	if i < 1 || i+1 >= at {
		return -1
	}
	r := &f.toks[i+1]
	that := false
	switch l := lower(r); {
	case (l == "який" || l == "котрий") && hasCase(r, "v_naz"):
	case l == "що":
		that = true
	default:
		return -1
	}
	for j := i + 2; j < at; j++ {
		if t := &f.toks[j]; t.Kind != vistka.Word || !strings.HasPrefix(t.Tag, "adv") && !strings.HasPrefix(t.Tag, "part") {
			return -1
		}
	}
	v := &f.toks[at]
	if !strings.Contains(v.Tag, ":perf") {
		// "не допускати атлетів, які підтримують війну", "батьків, які
		// відмовляються виїжджати": an imperfective tells what the people
		// are like, a habit or a state, not a deed of theirs
		return -1
	}
	if arrivals[lower(v)] || trips[lower(v)] {
		// "подякував уболівальникам, які приїхали до Львова": people
		// who came, named in passing, pay no visit
		return -1
	}
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		t := &f.toks[j]
		if t.Kind != vistka.Word {
			return -1
		}
		if isPrep(t) || strings.HasPrefix(t.Tag, "adj") && !strings.Contains(t.Tag, "pron") {
			continue
		}
		if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
			return -1
		}
		e := f.entityAt(j)
		if sameForm(t, v) && !hasCase(t, "v_naz") && (e != "" && f.ents.Type(e) != "LOC" ||
			e == "" && (strings.Contains(t.Tag, ":anim") || actorNoun(lower(t)) || groups[lower(t)]) && !f.indefiniteHead(j)) {
			if that && (hasCase(t, "v_dav") || f.tellsBefore(f.modifiersBefore(j))) {
				return -1
			}
			return j
		}
		if !hasCase(t, "v_rod") {
			return -1 // only a genitive phrase after the noun is stepped over
		}
	}
	return -1
}

// trips are the verbs of coming by transport or to stay, besides
// arrivals: прилетіти, завітати, переїхати.
var trips = map[string]bool{"прилетіти": true, "прилітати": true, "завітати": true, "переїхати": true, "переїжджати": true,
	"навідатися": true, "побувати": true}

// tellsBefore reports whether a verb that tells, warns or persuades
// someone stands right before the noun phrase opening at j: after it a
// що-clause is what was told.
func (f *finder) tellsBefore(j int) bool {
	if j < 1 || !strings.HasPrefix(f.toks[j-1].Tag, "verb") {
		return false
	}
	return toldWhom[f.toks[j-1].Lemma]
}

// toldWhom are the verbs that take whom they tell and a що-clause of what.
var toldWhom = map[string]bool{
	"переконати": true, "переконувати": true, "запевнити": true, "запевняти": true, "попередити": true,
	"попереджати": true, "повідомити": true, "повідомляти": true, "поінформувати": true, "інформувати": true,
	"нагадати": true, "нагадувати": true, "навчити": true, "вчити": true, "просити": true, "попросити": true,
	"обдурити": true, "ошукати": true, "заспокоїти": true, "заспокоювати": true, "налякати": true, "лякати": true,
}

// officeObjectBefore reports whether a person is named by an office noun
// alone, of gender g, singular, in the accusative or its animate twin the
// genitive, under no preposition and with no name of his own, before
// token i of the sentence: the dative pronoun at i after it stands for
// him ("Керівника підприємства тоді було притягнуто до
// відповідальності, йому видано припис"), not for a person named in an
// earlier sentence.
func (f *finder) officeObjectBefore(i int, g byte) bool {
	for k := 0; k < i; k++ {
		t := &f.toks[k]
		if !offices[f.low(k)] || !strings.HasPrefix(t.Tag, "noun:anim") || plural(t) || gender(t) != g ||
			!hasCase(t, "v_zna") || hasCase(t, "v_naz") || f.governedBy(k) != "" || f.entityAt(k) != "" {
			continue
		}
		named := false
		for j := k + 1; j < i && j <= k+4; j++ {
			if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
				named = true // "директора Івана Петренка": named
			}
		}
		if !named {
			return true
		}
	}
	return false
}

// workingBodies are the bodies one is invited into to work with those
// who invite: a working group, a commission, a headquarters.
var workingBodies = map[string]bool{"група": true, "комісія": true, "склад": true, "штаб": true, "комітет": true, "команда": true}

// intoWorkingBody reports whether the verb of inviting at i is followed,
// in its clause, by до and a working body ("запросив екологів до робочої
// групи", "запрошує активістів до складу комісії"): the invited are to
// work together with the one who invites, no request of a visit.
func (f *finder) intoWorkingBody(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if f.low(j) != "до" || !isPrep(t) {
			continue
		}
		k := j + 1
		for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adj") {
			k++
		}
		return k < len(f.toks) && workingBodies[f.low(k)]
	}
	return false
}

// frames are the nouns of a programme an act is done under.
var frames = map[string]bool{"програма": true, "проєкт": true, "проект": true, "ініціатива": true, "план": true}

// underPrepNoun reports whether the genitive at j hangs on a programme's
// noun right before it, past that noun's adjectives, which a preposition governs
// ("в рамках програми підтримки", "за програмою допомоги"): it names a
// frame the act falls under, not the act's object.
func (f *finder) underPrepNoun(j int) bool {
	k := j - 1
	if k < 1 || !strings.HasPrefix(f.toks[k].Tag, "noun") || !frames[f.low(k)] || f.entityAt(k) != "" {
		return false // (not "зі словами подяки": thanks told)
	}
	for k > 0 && strings.HasPrefix(f.toks[k-1].Tag, "adj") {
		k--
	}
	if k > 0 && isPrep(&f.toks[k-1]) {
		return true
	}
	// "в рамках програми": a compound preposition, its noun under в
	return k > 1 && strings.HasPrefix(f.toks[k-1].Tag, "noun") && (f.low(k-1) == "рамка" || f.low(k-1) == "межа") && isPrep(&f.toks[k-2])
}
