package event

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
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
		here := f.retold(out, f.gappedGivers(f.sentence(quotes, dates)), dates)
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
	out = ownTown(a, ents, out)
	out = districtTown(a, ents, out)
	out = setIn(a, ents, m, out)
	out = mayorMet(a, ents, out)
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
	out = storyScene(a, ents, quotes, told, out)
	out = onTheSpot(a, ents, told, out)
	out = rescuedThere(a, ents, told, out)
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
	out = leadPlace(a, ents, out)
	out = retoldDay(a, quotes, told, sharedDay(a, quotes, told, out))
	out = sanctionBans(a, out)
	out = talksRefused(out)
	out = slices.DeleteFunc(out, func(e vistka.Event) bool {
		return privateHelp(a, e) || procedure(a, e) || lonelyTalk(a, e) || talkIn(a, e) || pressTalk(e) || everyoneOnly(a, e) || divineParty(ents, e) || muteTalk(ents, e)
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

// placePhrase reports whether the sentence names a place of its own, by
// a noun in the locative after в or у: "У польській столиці він
// зустрівся".
func (f *finder) placePhrase() bool {
	for i := 1; i < len(f.toks); i++ {
		if l := f.low(i - 1); (l == "в" || l == "у") && isNoun(&f.toks[i]) && hasCase(&f.toks[i], "v_mis") ||
			(l == "в" || l == "у") && isAdj(&f.toks[i]) && hasCase(&f.toks[i], "v_mis") {
			return true
		}
	}
	return false
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
		v, passive, agented, kept, doneTo := f.verbAt(i)
		if v == "" {
			continue
		}
		k, ok := verbs[v]
		if k.typ == "" && passive && gives[v] && (agented || f.givenPassive(v, f.reflexiveSubject(i), i)) {
			k = kind{"AID", ""} // "Кошти, виділені Норвегією Україні", "Кошти Україні надаються Світовим банком": money or goods given
		}
		// v's key in the Sieves below and in kindOf, taken once, so that v
		// is hashed once for all of them (see scan.SieveKey; since their
		// phases were split out of this function, May would inline here
		// as well, but hash v again for each Sieve).
		vk := scan.KeyOf(v)
		var stands bool
		if k, ok, passive, stands = f.kindOf(i, v, vk, k, ok, passive, consumed); !stands {
			continue
		}
		partner := ""
		if jointSieve.Has(vk) && jointVerbs[v] && !passive && (v != "взяти" && v != "брати" || f.partTaken(i)) {
			// "парк разом із WWF реалізував проект": a joint undertaking
			if partner = f.together(i); partner != "" && !rebuilds[v] && !f.ceremonyPartner(v, partner) {
				k, ok = kind{"COOPERATE", ""}, true
			} else if partner = ""; f.jointlyByBoth(i) {
				k, ok = kind{"COOPERATE", ""}, true // "Україна і Польща спільно розробили план": both sides at it
			}
		}
		if buySieve.Has(vk) && buys[v] && !ok && f.boughtFromFirm(i) >= 0 {
			// "техніку придбали у ТОВ «Альфа»": a purchase from a firm is
			// its contract, like an order
			k, ok = kind{"AGREE", ""}, true
		}
		if (buySieve.Has(vk) && buys[v] || builds[v]) && !ok && f.paidByOthers(i, passive) {
			// "придбали для потреб райвідділу зусиллями міської ради",
			// "генератори закупили за кошти уряду Японії": bought or built
			// for someone by others, or with a donor's money
			k, ok = kind{"AID", ""}, true
		}
		if trainVerbs[v] && !passive && f.foreignTrainees(i+1) >= 0 {
			k, ok = kind{"AID", ""}, true // "Нідерланди продовжать навчати українських військових": another state's forces trained
		}
		// "фонд закупить для шкіл 200 комплектів обладнання": bought for
		// someone, aid when a donor buys it (see tr.donor)
		boughtFor := buySieve.Has(vk) && buys[v] && !ok && !passive && strings.HasPrefix(t.Tag, "verb") && f.boughtFor(i, len(f.toks)) != ""
		if boughtFor {
			k, ok = kind{"AID", ""}, true
		}
		if v == "" || !ok && pairs[v] == nil && !(auditFinds[v] && f.duringAudit(i) >= 0) {
			continue
		}
		var joint bool
		if k, _, joint, stands = f.agreedKind(i, v, k, ok); !stands { // (ok is asked no more below)
			continue
		}
		tr := trig{at: i, noun: -1, k: k, verb: true, passive: passive, partner: partner, kept: kept, agented: agented, doneTo: doneTo, donor: boughtFor}
		objs := lightVerbs[v] // the nouns of a light verb, which the tests below ask for again and again
		f.lightNoun(&tr, i, v, k, passive, objs, consumed)
		settled := f.nounBefore(&tr, i, v, k, passive, objs, consumed)
		f.received(&tr, i, v)
		f.givenOrReturned(&tr, i, v)
		f.pairedNoun(&tr, i, v, passive, settled, consumed)
		if !f.verbTriggerStands(&tr, i, v, k, passive, out) {
			continue
		}
		trigs = append(trigs, tr)
		if joint && tr.k.typ == "AGREE" {
			c := tr
			c.k = kind{"COOPERATE", ""}
			trigs = append(trigs, c)
		}
	}
	for i := range f.toks {
		trigs = f.nounTrigger(trigs, i, consumed, inQuote)
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
	for n := range trigs {
		out = f.eventFor(out, trigs, n, quotes, dates, sent, sentVisit)
	}
	return f.ownVisit(f.agreedAid(out))
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
