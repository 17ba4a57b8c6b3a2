package event

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// storyTown returns the town a local story is set in: the one settlement
// its headline and first sentence name with в or у ("У Чорнокінцях на
// Тернопільщині сталася бійка …", "Львів'яни відкрили у Вінниці школу").
// It returns "" when they name none, or more than one town, or a country
// only: the text does not settle it then. With no town named so, it is
// the town whose body they name (see leadSeat), set by bySeat. A town
// they name as where someone arrived or something was brought ("прибув до
// Харкова", "До Миколаєва доставили котельні") is the story's town too,
// set by byArrival: the scene of the visitors' acts, not of all that is
// told of the town.
func storyTown(a *vistka.Analysis, ents *entity.Result, m *memos) (town string, by setBy) {
	first := 0
	if hasHeadline(a) {
		first = 1 // the headline, then the lead's first sentence
	}
	by = byArrival // till a town is named with в or у
	for s := range min(first+3, len(a.Sentences)) {
		if s > first && anyVerb(a.Sentences[s-1].Tokens) {
			break // the lead's first sentence with a verb read (a dateline has none)
		}
		f := m.finder(a, ents, s)
		for j := range f.toks {
			e := f.entityAt(j)
			if e == "" || e == f.entityAt(j-1) || !f.storySettlement(e) {
				continue
			}
			k := f.caseIndex(j) // "в селі Чорнокінці": the kind noun's case
			if !hasCase(&f.toks[k], "v_mis") && !f.broughtTo(k) {
				continue
			}
			how := byName
			if f.broughtTo(k) {
				how = byArrival
			} else if p := f.governedBy(k); p != "в" && p != "у" {
				continue
			}
			if f.inParticiple(k) || f.inLifeClause(k) {
				// "ексзаступника голови ОДА, затриманого у Львові": where
				// he was caught; "Міністр, який народився у Львові,":
				// where he was born; neither is the story's town
				continue
			}
			if town != "" && town != e {
				return "", byName
			}
			town, by = e, min(by, how)
		}
	}
	if town == "" {
		if town = leadSeat(a, ents, 0, first); town != "" {
			return town, bySeat
		}
	}
	return town, by
}

// wentOn reports whether the text before sentence s takes the story out
// of town: a visit told to another town ("Глава держави також відвідав
// Чернігів"; a spot in the town, "відвідав порт", is no such) or a
// departure ("Увечері він вирушив до Києва"), told in sentence left (see
// leftAt) or after it.
func wentOn(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event, s, left int, home string) bool {
	if left < s {
		return true
	}
	return slices.ContainsFunc(evs, func(v vistka.Event) bool {
		return v.Mode == "visit" && v.Place != "" && v.Place != home && len(v.Aux) == 0 && a.SentenceAt(v.Sentence.Start) < s && town(ents, v.Place)
	})
}

// leftAt returns the first sentence that tells a departure or a return
// (see leaveVerbs), or the number of sentences when none does.
func leftAt(a *vistka.Analysis) int {
	if s := slices.IndexFunc(a.Sentences, func(b vistka.Sentence) bool { return hasVerb(b.Tokens, leaveVerbs) }); s >= 0 {
		return s
	}
	return len(a.Sentences)
}

// setBy tells how the text settles the town its story is set in (see
// storyTown): by naming it with в or у, by the seat of a body, or by an
// arrival.
type setBy int

const (
	byName setBy = iota
	bySeat
	byArrival
)

// leadSeat returns the town whose council, mayor or executive sentences
// first to last (the headline and the lead's first sentence) name by the
// town's adjective ("біля будівлі Житомирської міської ради",
// "Луцький міський голова", "Одеська міськрада"): a local story told of
// a town's body is set in the town. It returns "" when they name none, or
// the bodies of more than one town.
func leadSeat(a *vistka.Analysis, ents *entity.Result, first, last int) string {
	f := &finder{a: a, ents: ents}
	town := ""
	for s := first; s <= last && s < len(a.Sentences); s++ {
		toks := a.Sentences[s].Tokens
		for j := 0; j+1 < len(toks); j++ {
			adj := &toks[j]
			r, _ := utf8.DecodeRuneInString(adj.Text)
			if !strings.HasPrefix(adj.Tag, "adj") || !unicode.IsUpper(r) || !townBody(toks[j+1:]) {
				continue
			}
			parts := strings.Split(lower(adj), "-") // (Івано-Франківська)
			for k, w := range parts {
				l := []rune(w)
				parts[k] = string(unicode.ToUpper(l[0])) + string(l[1:])
			}
			t := f.adjTown(strings.Join(parts, "-"))
			if t == "" {
				continue
			}
			if town != "" && town != t {
				return ""
			}
			town = t
		}
	}
	return town
}

// courtNamed reports whether the body id is a court: one of its words is
// a court's noun (Господарський суд Київської області, суди).
func courtNamed(ents *entity.Result, id string) bool {
	name := id
	if n := ents.Name(id); n != "" {
		name = n
	}
	return nameHasWord(name, func(w string) bool { return courtNoun(w) || w == "суди" })
}

// broughtTo reports whether the place at k is where the sentence's
// arrival or delivery went, under до in the genitive: "Фінський президент
// прибув до Харкова", "До Миколаєва доставили перші котельні" (the story
// told there), not "повернувся до Києва" nor "закликав до Львова"; or the
// town things were handed over to (see givenTo).
func (f *finder) broughtTo(k int) bool {
	if f.givenTo(k) {
		return true
	}
	if !hasCase(&f.toks[k], "v_rod") || f.governedBy(k) != "до" {
		return false
	}
	return slices.ContainsFunc(f.toks, func(t vistka.Token) bool {
		// (a past form: "мав прибути до Києва" tells no arrival)
		return strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, ":past") && (arrivals[t.Lemma] || deliveries[t.Lemma] || t.Lemma == "прилетіти")
	})
}

// givenTo reports whether the town at k is the one a past verb of
// giving right before it gave to, in the dative: "Люблін передав Луцьку
// дві машини швидкої допомоги", "Данія подарувала Миколаєву котельні"
// (the things were brought there; the story is told there as after "до
// Луцька доставили").
func (f *finder) givenTo(k int) bool {
	if k < 1 || !hasCase(&f.toks[k], "v_dav") || f.governedBy(k) != "" {
		return false
	}
	t := &f.toks[k-1]
	return isVerb(t) && strings.Contains(t.Tag, ":past") && givingVerbs[t.Lemma]
}

// givingVerbs are the verbs of giving things over in person.
var givingVerbs = map[string]bool{"передати": true, "подарувати": true, "вручити": true, "доставити": true, "привезти": true}

// townBody reports whether toks open with the name of a town's council,
// its mayor or its executive, after the town's adjective: міська рада,
// міський голова, міськрада, мерія, міськвиконком (not a town's court,
// міський суд).
func townBody(toks []vistka.Token) bool {
	switch lower(&toks[0]) {
	case "міськрада", "мерія", "міськвиконком":
		return true
	case "міський":
		return len(toks) > 1 && (lower(&toks[1]) == "рада" || lower(&toks[1]) == "голова")
	}
	return false
}

// inParticiple reports whether the word at k stands in a participle's
// phrase set off by a comma: "чиновника, затриманого у Львові".
func (f *finder) inParticiple(k int) bool {
	for j := k - 1; j > 0; j-- {
		if f.toks[j].Kind != vistka.Punct {
			continue
		}
		return f.participleComma(j-1, k) == j
	}
	return false
}

// inLifeClause reports whether the word at k stands in a clause of
// який or котрий, set off by a comma, that tells where someone was born,
// grew up or studied ("Міністр, який народився у Львові, …", "депутатка,
// котра навчалася в Острозі"): a fact of a life, not the scene of the act.
func (f *finder) inLifeClause(k int) bool {
	for j := k - 1; j > 1 && j >= k-6; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.toks[j].Lemma; (l == "який" || l == "котрий") && f.toks[j-1].Text == "," {
			for v := j + 1; v < k; v++ {
				if lifeVerbs[f.toks[v].Lemma] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// lifeVerbs are the verbs of where a life went: born, grown up, studied.
var lifeVerbs = map[string]bool{"народитися": true, "вирости": true, "навчатися": true, "виховуватися": true, "походити": true}

// settlement reports whether the place e is a town or a village: not a
// country or a region.
func (f *finder) settlement(e string) bool {
	if f.ents.Type(e) != "LOC" || f.region(e) || f.ents.Name(e) == "Крим" {
		return false
	}
	c := gazetteer.Lookup(f.ents.Name(e))
	return c&gazetteer.Settlement != 0 && c&gazetteer.Country == 0
}

// storySettlement reports whether the place e may be the town a story is
// set in: a settlement, or a town abroad that VESUM lists only as a place
// (Тбілісі, Варшава, Рига).
func (f *finder) storySettlement(e string) bool {
	return f.settlement(e) || f.ents.Type(e) == "LOC" && gazetteer.Lookup(f.ents.Name(e))&(gazetteer.Abroad|gazetteer.Country) == gazetteer.Abroad
}

// localTypes are the events that happen where a local story is set when
// their clause names no place: an attack, an arrest, a rally, police sent,
// residents' demands (and meetings). Aid is not among them: who funds it
// gives it from elsewhere ("Роботи фінансує польська сторона").
var localTypes = map[string]bool{"ASSAULT": true, "COERCE": true, "PROTEST": true, "MOBILIZE": true, "REQUEST": true}

// arrivals are the verbs of help that comes in person ("На допомогу
// прибули ремонтні бригади"): given where the story is set, unlike aid
// sent from afar.
var arrivals = map[string]bool{"прибути": true, "приїхати": true, "прийти": true, "прибувати": true, "приїжджати": true}

// demands are the requests made where people stand: residents or
// strikers who demand or insist.
var demands = map[string]bool{"вимагати": true, "наполягати": true}

// crowd reports whether the actor a is a group of people on the spot
// (мешканці вулиці, учасники акцій, страйкарі), whose demands are made
// where they stand.
func crowd(a string) bool {
	w, _, _ := strings.Cut(scan.ToLower(a), " ")
	return crowdNouns[w]
}

// crowdNouns are the plural nouns of people on the spot.
var crowdNouns = map[string]bool{"мешканці": true, "жителі": true, "учасники": true, "страйкарі": true, "протестувальники": true,
	"мітингувальники": true, "активісти": true, "гірники": true, "люди": true, "селяни": true, "батьки": true}

// setIn gives the events of a local story that have no place the town the
// story is set in (see storyTown): "У Берліні сотні людей вимагали … .
// Поліція Берліна стягнула до посольства сотню правоохоронців" — the
// police were sent there. A town the story is set in for the body of it
// that its lead names (see leadSeat) is not where a court acted, nor
// where that body or another town's body acted or was acted on, nor where
// no one named acted. Only
// events that have happened (no aux), of
// the local types, meetings, help that came in person or acts told at a
// local occasion (see atOccasion), whose sentence
// names no other place (but whence the help came), take it; a town the
// lead set the story in by an arrival (byArrival) is given only to
// meetings, signings and thanks whose sentence names no other place.
func setIn(a *vistka.Analysis, ents *entity.Result, m *memos, evs []vistka.Event) []vistka.Event {
	town, by := storyTown(a, ents, m)
	if town == "" {
		return evs
	}
	seat := by == bySeat
	left := len(a.Sentences)
	if by == byArrival {
		left = leftAt(a)
	}
	f0 := &finder{a: a, ents: ents}
	moved := movedFrom(a, ents, m, town)
	// A town abroad (Тбілісі, Варшава) is the scene of its rallies, its
	// police and the talks held there, not of the strikes on Ukraine a
	// speaker there recalls nor of a court's ruling told of the country.
	abroad := gazetteer.Lookup(ents.Name(town))&gazetteer.Settlement == 0
	for i := range evs {
		e := &evs[i]
		if s := a.SentenceAt(e.Sentence.Start); s > moved {
			continue // "Тим часом у Брюсселі …": the story went elsewhere before
		}
		came := e.Type == "AID" && arrivals[e.Trigger]
		if street(ents, e.Place) && !streetBlocked(a, ents, m, e) {
			e.Place = "" // "на вулиці Європейській мешканці перекрили дорогу": in the town, on that street
		}
		if e.Place != "" || len(e.Aux) > 0 || !localTypes[e.Type] && (e.Type != "CONSULT" || e.Mode != "meet") && !came && !atOccasion(a, ents, e) {
			continue
		}
		if s := a.SentenceAt(e.Sentence.Start); by == byArrival && (s < 0 || !placeCarried(e) || inBackground(a, s) || wentOn(a, ents, evs, s, left, town)) {
			// "прибув до Харкова … росіяни вдарили по області": the
			// visitors' scene, not the town's news; "Нагадаємо, у
			// травні він зустрівся …": an older story
			continue
		}
		if abroad && (e.Type == "ASSAULT" || slices.ContainsFunc(e.Actors, func(id string) bool { return courtNamed(ents, id) })) {
			continue
		}
		if e.Type == "REQUEST" && (!demands[e.Trigger] || !slices.ContainsFunc(e.Actors, crowd)) {
			continue // a call, an appeal or a body's claim is said, not done, somewhere
		}
		if seat && (len(e.Actors) == 0 || slices.ContainsFunc(slices.Concat(e.Actors, e.Recipients), func(id string) bool {
			return courtNamed(ents, id) || f0.seatTown(id) != ""
		})) {
			// "Броварська міська рада … Господарський суд Київської
			// області зобов'язав …": a court sits where its name says;
			// what a town's body did or had done to it, or what no one
			// named did ("на користь Львівської міської ради стягнуто"),
			// is told of the body, not placed in its town
			continue
		}
		if s := a.SentenceAt(e.Sentence.Start); seat && s >= 0 {
			if other := leadSeat(a, ents, s, s); other != "" && other != town {
				continue // "Фермери протестували проти рішення Полтавської міськради": another town's body
			}
		}
		if e.Type != "CONSULT" && slices.ContainsFunc(e.Actors, func(id string) bool { return national(ents, id) }) {
			// "Верховна Рада заборонила", "Польща запровадила": not the
			// town's doing (a meeting is where the visitor came)
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 {
			continue
		}
		f := finder{a: a, ents: ents, s: s, toks: a.Sentences[s].Tokens}
		if slices.ContainsFunc(f.toks, func(t vistka.Token) bool {
			p := ents.At(t.RStart, t.REnd)
			if p != "" && f.ownersPlace(slices.IndexFunc(f.toks, func(u vistka.Token) bool { return u.RStart == t.RStart })) {
				return false // "зустрівся з президентом Литви": whose president, not where
			}
			if came && p != "" {
				// "прибули бригади з Хмельницького": whence the crews came
				if j := slices.IndexFunc(f.toks, func(u vistka.Token) bool { return u.RStart == t.RStart }); j > 0 {
					if g := f.governedBy(f.caseIndex(j)); g == "з" || g == "із" {
						return false
					}
				}
			}
			if p == "" || p == town || ents.Type(p) != "LOC" {
				return false
			}
			if by == byArrival {
				// a trip out of a town arrived in, "Також Сікорський
				// відвідав Бучу, де поспілкувався", even to its suburb;
				// "Люблін фінансуватиме …" names who pays, not where
				return !hasCase(&t, "v_naz")
			}
			return !around(ents.Name(p), ents.Name(town)) && !street(ents, p)
		}) || f.elsewhere() {
			continue // "затримали у Львівській області", "за кордоном": elsewhere
		}
		e.Place = town
	}
	return evs
}

// mayorMet places a meeting of a town's head with its residents
// (мешканці, жителі, in any case: the phrase is not yet in the nominative
// here) or its veterans, families, entrepreneurs (see townsfolk), told
// with no place of its own, in the town
// the head's title names: "Міський голова Харкова Ігор Терехов … зустрівся
// з мешканцями", "Начальник Херсонської міської військової адміністрації
// … зустрівся з мешканцями Корабельного району" met in Харків, Херсон. A
// region's head (обласної) may meet them anywhere in the region.
func mayorMet(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	f := &finder{a: a, ents: ents}
	for i := range evs {
		e := &evs[i]
		if e.Type != "CONSULT" || e.Mode != "meet" || e.Place != "" || len(e.Aux) > 0 || !slices.ContainsFunc(e.Recipients, townsfolk) {
			continue
		}
		if s := a.SentenceAt(e.Sentence.Start); s < 0 || ownPlace(a, ents, a.Sentences[s]) {
			continue
		}
		for _, id := range e.Actors {
			if k := entity.Index(id); k >= 0 && k < len(ents.Entities) && ents.Entities[k].Type == "PERS" {
				if t := f.headsTown(ents.Entities[k].Titles); t != "" {
					e.Place = t
					break
				}
			}
		}
	}
	return evs
}

// townsfolk reports whether the phrase r names residents: мешканці,
// жителі, in any case; or the town's own people a head meets as a group
// (ветерани, родини загиблих, підприємці, переселенці: "Міський голова
// Луцька провів зустріч із ветеранами" met them in Луцьк).
func townsfolk(r string) bool {
	w := scan.ToLower(r)
	return strings.HasPrefix(w, "мешканц") || strings.HasPrefix(w, "жител") || strings.HasPrefix(w, "ветеран") ||
		strings.HasPrefix(w, "родин") || strings.HasPrefix(w, "підприємц") || strings.HasPrefix(w, "переселен")
}

// headsTown returns the town a title of a town's head names: the town in
// the genitive after міський голова or мер (міський голова Харкова), or
// the town an adjective before міської names (начальник Херсонської
// міської військової адміністрації); "" for any other title.
func (f *finder) headsTown(titles []string) string {
	for _, t := range titles {
		w := scan.Fields(scan.ToLower(t))
		for k, x := range w {
			switch {
			case x == "міської" && k > 0:
				adj := scan.Fields(t)[k-1]
				if r, ok := strings.CutSuffix(adj, "ої"); ok {
					adj = r + "а" // the genitive of the title: Херсонської → Херсонська
				}
				if town := f.adjTown(adj); town != "" {
					return town
				}
			case (x == "мер" || x == "голова" && k > 0 && w[k-1] == "міський") && k+1 < len(w):
				return f.townNamedAs(w[k+1])
			}
		}
	}
	return ""
}

// townNamedAs returns the one town of the text whose name the inflected
// lower-cased word may be, by their first four letters (харкова:
// Харків), or "" when none or more than one is.
func (f *finder) townNamedAs(word string) string {
	w := []rune(word)
	if len(w) < 4 {
		return ""
	}
	stem := string(w[:4])
	return f.soleEntity(func(e *vistka.Entity) bool {
		return strings.HasPrefix(scan.ToLower(e.Name), stem) && f.settlement(e.ID)
	})
}

// soleEntity returns the one entity of the text that ok accepts, or ""
// when none or more than one is.
func (f *finder) soleEntity(ok func(e *vistka.Entity) bool) string {
	id := ""
	for j := range f.ents.Entities {
		if e := &f.ents.Entities[j]; ok(e) {
			if id != "" {
				return ""
			}
			id = e.ID
		}
	}
	return id
}

// namedSite reports whether an organisation's name names a site a strike
// may hit, by one of the nouns of sites in it (Бурштинська ТЕС, Одеський
// порт), not a town's part (село, район) nor a body (Збройні сили).
func namedSite(name string) bool {
	return nameHasWord(name, func(w string) bool { return sites[w] && !settlementNouns[w] && !townParts[w] })
}

// townParts are the nouns of sites that name a part of a town, not a
// thing in it.
var townParts = map[string]bool{"околиця": true, "район": true, "квартал": true, "мікрорайон": true, "інфраструктура": true, "позиція": true}

// localOccasions are the local occasions a story tells events at: an
// opening, a ceremony, a presentation (a visit may be paid elsewhere).
var localOccasions = map[string]bool{"відкриття": true, "церемонія": true, "презентація": true, "урочистість": true}

// atOccasion reports whether e is told at a local occasion: its sentence
// opens with Під час, Після or На and the occasion ("Під час відкриття
// компанія та університет підписали меморандум"), or follows one that
// opens by naming who was at it, e's doer among them ("На церемонії були
// начальник ОВА Іван Руденко … Руденко подякував прикордонникам"). A
// signing, thanks or aid so told took place where the story is set.
func atOccasion(a *vistka.Analysis, ents *entity.Result, e *vistka.Event) bool {
	s := a.SentenceAt(e.Sentence.Start)
	if s < 1 {
		return false
	}
	if occasionOpens(a.Sentences[s].Tokens) != "" {
		return true
	}
	prev := a.Sentences[s-1].Tokens
	if occasionOpens(prev) == "" || len(prev) < 4 || lower(&prev[0]) != "на" || !strings.HasPrefix(prev[2].Lemma, "бути") {
		return false
	}
	return slices.ContainsFunc(prev, func(t vistka.Token) bool {
		return slices.Contains(e.Actors, ents.At(t.RStart, t.REnd))
	})
}

// occasionOpens returns the occasion a sentence opens with after Під час,
// Після or На ("Під час візиту", "На відкритті"), or "".
func occasionOpens(toks []vistka.Token) string {
	if len(toks) < 3 {
		return ""
	}
	n := 1
	switch lower(&toks[0]) {
	case "після", "на":
	case "під":
		if lower(&toks[1]) != "час" {
			return ""
		}
		n = 2
	default:
		return ""
	}
	if localOccasions[toks[n].Lemma] {
		return toks[n].Lemma
	}
	return ""
}

// streetNouns are the kinds of a town's street or square whose name
// follows them (вулиця Шевченка, проспект Миру).
var streetNouns = map[string]bool{"вулиця": true, "проспект": true, "бульвар": true, "провулок": true, "площа": true, "узвіз": true}

// street reports whether the place id is a town's street or square: the
// gold sets place what happens on it in the town ("мешканці перекрили
// дорогу на вулиці Європейській" in Кременчук).
func street(ents *entity.Result, id string) bool {
	if id == "" || ents.Type(id) != "LOC" {
		return false
	}
	w, _, _ := strings.Cut(ents.Name(id), " ")
	return streetNouns[scan.ToLower(w)]
}

// streetBlocked reports whether e's place, a street, is what the event
// was done to, named in the accusative ("перекрили вулицю Київську"):
// the street blocked is the place, not the town around it.
func streetBlocked(a *vistka.Analysis, ents *entity.Result, m *memos, e *vistka.Event) bool {
	s := a.SentenceAt(e.Sentence.Start)
	if s < 0 {
		return true
	}
	f := m.finder(a, ents, s)
	for j := range f.toks {
		if f.entityAt(j) == e.Place && f.entityAt(j-1) != e.Place && hasCase(&f.toks[j], "v_zna") && f.governedBy(j) == "" {
			return true
		}
	}
	return false
}

// ownersPlace reports whether the place at j is named in the genitive
// right after a noun, with no preposition of its own: a title's or a
// body's country or town ("з президентом Литви", "головою комітету
// Сейму", "з мером Харкова") says whose, not where the event was. A
// word for a kind of place before it ("у порту Одеси") keeps it a place.
func (f *finder) ownersPlace(j int) bool {
	if j < 1 || !hasCase(&f.toks[j], "v_rod") {
		return false
	}
	e := f.entityAt(j)
	k := f.nameStart(j, e) // the place's first word: "Об'єднаних Арабських Еміратів"
	if k < 1 {
		return false
	}
	n := &f.toks[k-1]
	return strings.HasPrefix(n.Tag, "noun") && f.entityAt(k-1) == "" && !settlementNouns[n.Lemma]
}

// movedFrom returns the index of the first sentence after the lead that
// opens by setting what it tells in another place than the story's town,
// with в or у and the place in the locative among its first words ("Тим
// часом у Брюсселі верховна представниця ЄС …", "У Варшаві …"), or the
// number of sentences when none does: the events told after it are not
// the town's for want of a place. (A place named further on, "доставили
// до лікарні у Чорткові", does not move the story.)
func movedFrom(a *vistka.Analysis, ents *entity.Result, m *memos, town string) int {
	first := 2
	if hasHeadline(a) {
		first = 3
	}
	for s := first; s < len(a.Sentences); s++ {
		f := m.finder(a, ents, s)
		for j := range f.toks {
			e := f.entityAt(j)
			if e == "" || e == town || e == f.entityAt(j-1) || ents.Type(e) != "LOC" || around(ents.Name(e), ents.Name(town)) {
				continue
			}
			k := f.caseIndex(j)
			if !hasCase(&f.toks[k], "v_mis") {
				continue
			}
			if p := f.governedBy(k); (p == "в" || p == "у") && j <= 4 {
				return s
			}
		}
	}
	return len(a.Sentences)
}

// doneBy gives the place of an event told with no doer ("…, якого
// затримали в Марбельї") to the same event told again with its doer
// within the next three sentences ("Іспанська поліція затримала
// 54-річного українця 9 жовтня"): the later sentence says who did what the
// earlier one placed. Both have the same type and verb; the later one has
// a doer, no place of its own and no aux, and the two name no different
// persons or bodies as whom it was done to.
func doneBy(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Place != "" || len(e.Actors) == 0 || len(e.Aux) > 0 {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		for k := i - 1; k >= 0; k-- {
			prev := &evs[k]
			p := a.SentenceAt(prev.Sentence.Start)
			if p < 0 || s-p > 3 {
				break
			}
			if p == s || prev.Type != e.Type || prev.Trigger != e.Trigger || len(prev.Actors) > 0 || len(prev.Aux) > 0 || prev.Place == "" {
				continue
			}
			if named(ents, prev.Recipients) && named(ents, e.Recipients) && !shareAny(e.Recipients, prev.Recipients) {
				continue // "затримали в Києві Олега Мельника. Поліція затримала Івана Коваля": two arrests
			}
			if !placeFits(a, ents, prev.Place, e) {
				break // "Поліція затримала його за кордоном": elsewhere
			}
			e.Place = prev.Place
			break
		}
	}
	return evs
}

// named reports whether some of ids is an entity of the text (not a
// phrase such as "54-річний українець").
func named(ents *entity.Result, ids []string) bool {
	return slices.ContainsFunc(ids, func(id string) bool { return entity.Index(id) >= 0 && ents.Type(id) != "" })
}

// visitedTown narrows a visit to a country to the town its clause goes on
// to name with в or у after the verb: "відвідала Бельгію і побувала у
// штаб-квартирі НАТО в Брюсселі" was in Брюссель; "відвідав Німеччину, де
// в Берліні зустрівся з …" too. The country stays the place visited.
func visitedTown(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Type != "CONSULT" || e.Mode != "visit" || e.TriggerSpan == nil || !isCountry(ents, e.Place) {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 {
			continue
		}
		f := finder{a: a, ents: ents, s: s, toks: a.Sentences[s].Tokens}
		for j := range f.toks {
			if f.toks[j].RStart < e.TriggerSpan.End {
				continue
			}
			if w := f.low(j); w == "а" || w == "але" || w == "проте" || w == "," && (j+1 == len(f.toks) || f.low(j+1) != "де") {
				break // "відвідав Польщу, а в Києві тим часом …": another clause
			}
			t := f.entityAt(j)
			if t == "" || t == f.entityAt(j-1) || !f.settlement(t) {
				continue
			}
			k := f.caseIndex(j)
			if p := f.governedBy(k); hasCase(&f.toks[k], "v_mis") && (p == "в" || p == "у") {
				e.Place = t
				break
			}
		}
	}
	return evs
}

// capitalVisited narrows a meeting, a visit or a signing placed in a
// country to the country's capital when an event told before took place
// there: "Свириденко … провела переговори … у штаб-квартирі НАТО в
// Брюсселі. … У рамках візиту до Бельгії прем'єр-міністерка також
// зустрілася з …" met in Брюссель, as the gold sets place a country only
// when the text tells no town. One to come (aux) is left as it is, and so
// is a visit its sentence gives days from and to ("з 1 по 4 грудня
// перебувала з візитом у Франції"): a stay of days in the country, its
// towns told apart, is placed in the country.
func capitalVisited(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if !(e.Type == "CONSULT" && e.Mode != "phone" || e.Type == "AGREE") || len(e.Aux) > 0 || !isCountry(ents, e.Place) {
			continue
		}
		if s := a.SentenceAt(e.Sentence.Start); e.Mode == "visit" && s >= 0 && daysFromTo(a.Sentences[s].Tokens) {
			continue
		}
		caps := gazetteer.Capitals(ents.Name(e.Place))
		for k := i - 1; k >= 0; k-- {
			if p := evs[k].Place; p != "" && slices.Contains(caps, ents.Name(p)) {
				e.Place = p
				break
			}
		}
	}
	return evs
}

// daysFromTo reports whether toks name a span of days by its first and
// last day: "з 1 по 4 грудня", "з 3 до 5 березня", "від 10 до 12 травня".
func daysFromTo(toks []vistka.Token) bool {
	for i := 0; i+3 < len(toks); i++ {
		if w := lower(&toks[i]); (w == "з" || w == "із" || w == "від") && toks[i+1].Kind == vistka.Number {
			if w := lower(&toks[i+2]); (w == "по" || w == "до") && toks[i+3].Kind == vistka.Number {
				return true
			}
		}
	}
	return false
}

// targetTown gives an attack with no place the town whose part it struck,
// named in the genitive after по and its noun: "вели вогонь по північних
// районах Новоазовська", "вдарили по околицях Херсона" were in that town;
// a site struck that is named (an organisation's name holding a noun of
// sites: "атакували Бурштинську ТЕС") is the place itself.
func targetTown(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Type != "ASSAULT" || e.Place != "" && !district(ents, e.Place) || e.TriggerSpan == nil {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 {
			continue
		}
		f := finder{a: a, ents: ents, s: s, toks: a.Sentences[s].Tokens}
		if e.Place == "" {
			// "атакували Бурштинську ТЕС": the site itself (a plant's
			// adjective is often its region's, not its town's:
			// Запорізька АЕС is in Енергодар)
			for _, r := range e.Recipients {
				if ents.Type(r) == "ORG" && namedSite(ents.Name(r)) {
					e.Place = r
					break
				}
			}
		}
		// (from the trigger's start: "вдарили по" holds its по)
		at := slices.IndexFunc(f.toks, func(t vistka.Token) bool { return t.RStart >= e.TriggerSpan.Start })
		for j := at; j >= 0 && j < len(f.toks) && f.toks[j].Kind != vistka.Punct; j++ {
			if f.low(j) == "по" {
				town, head := f.townOfPart(j + 1)
				if town == "" && head >= 0 {
					town = cmp.Or(f.townOfNamed(f.toks[head].Lemma), f.townMeant(head))
				}
				e.Place = cmp.Or(town, e.Place)
				break
			}
		}
		if e.Place == "" && at >= 0 && at+1 < len(f.toks) && hasCase(&f.toks[at+1], "v_zna") {
			e.Place = f.townMeant(at + 1) // "Наступного дня ворог атакував місто ударними дронами"
		}
	}
	return evs
}

// townMeant returns the town the noun at j stands for when it names none
// ("ворог випустив по місту 12 дронів", "бив по обласному центру",
// "атакував місто"): the oblast centre named last for обласний центр
// (see centreBefore), else for місто the one town the nearest sentence
// before that names a town names ("Удар по Одесі … Росіяни вдарили по
// місту"), or "" when it names two (which one?) or the noun has a name or
// a genitive after it ("місто Харків", "місто на Дніпрі" is read
// elsewhere).
func (f *finder) townMeant(j int) string {
	if j+1 < len(f.toks) && (f.entityAt(j+1) != "" || hasCase(&f.toks[j+1], "v_rod")) {
		return ""
	}
	switch {
	case f.low(j) == "центр" && j > 0 && f.low(j-1) == "обласний":
		return f.centreBefore(j)
	case f.low(j) != "місто" || j > 0 && isAdj(&f.toks[j-1]):
		return "" // "рідне місто", "прифронтове місто": which?
	}
	for s := f.s - 1; s >= 0 && s >= f.s-5; s-- {
		if town, two := f.townNamedIn(s); town != "" || two {
			return town
		}
	}
	return ""
}

// townOfPart returns the town named in the genitive at the end of the
// noun phrase that starts at i ("північних і північно-східних районах
// Новоазовська"), or "", and the index of the phrase's noun (-1 when
// there is none).
func (f *finder) townOfPart(i int) (town string, head int) {
	head = -1
	for j := i; j < len(f.toks) && j < i+6; j++ {
		t := &f.toks[j]
		if e := f.entityAt(j); e != "" {
			if head >= 0 && f.settlement(e) && hasCase(t, "v_rod") {
				return e, head
			}
			if district(f.ents, e) {
				// "по Київському району Харкова": a district named, then
				// its town in the genitive
				k := f.nameEnd(j)
				if c := f.entityAt(k); k < len(f.toks) && c != "" && f.settlement(c) && hasCase(&f.toks[k], "v_rod") {
					return c, j
				}
			}
			return "", -1
		}
		switch {
		case strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron"):
			if head >= 0 {
				return "", head // "по вокзалу ракету": the phrase ended
			}
			head = j
		case strings.HasPrefix(t.Tag, "adj") && head < 0, strings.HasPrefix(t.Tag, "conj") && head < 0:
		default:
			return "", head
		}
	}
	return "", head
}

// district reports whether the entity id names a district (Київський
// район), a part of a town or a region rather than a town.
func district(ents *entity.Result, id string) bool {
	return ents.Type(id) == "LOC" && strings.HasSuffix(ents.Name(id), " район")
}

// townOfNamed returns the town an earlier sentence named in the genitive
// right after the noun lemma: "по вокзалу" after "удар по залізничному
// вокзалу Краматорська" is that station, in that town. It returns "" when
// none did, or when two towns did.
func (f *finder) townOfNamed(lemma string) string {
	town := ""
	for s := f.s - 1; s >= 0; s-- {
		g := finder{a: f.a, ents: f.ents, s: s, toks: f.a.Sentences[s].Tokens}
		for j := 0; j+1 < len(g.toks); j++ {
			if g.toks[j].Lemma != lemma {
				continue
			}
			e := g.entityAt(j + 1)
			if e == "" || !g.settlement(e) || !hasCase(&g.toks[j+1], "v_rod") {
				continue
			}
			if town != "" && town != e {
				return ""
			}
			town = e
		}
	}
	return town
}

// thereThen dates an event told "Там же" or "Там" after a visit, or a
// forum, a summit or a conference held at its place (a multilateral
// meeting), with that one's date when it has none of its own: "Сьогодні
// делегація прибула до Вінниці … Там же представники … підписали
// меморандум" was signed that day, on the visit, and "узяла участь у
// форумі інвесторів у Торонто. Там уряд України і компанія Brookfield
// уклали меморандум" on the forum's day. "Там же" dates it by any event told at that
// place in the two sentences before, a meeting as well as a visit.
func thereThen(a *vistka.Analysis, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || e.Place == "" || len(e.Aux) > 0 {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || len(a.Sentences[s].Tokens) == 0 || lower(&a.Sentences[s].Tokens[0]) != "там" {
			continue
		}
		toks := a.Sentences[s].Tokens
		same := len(toks) > 1 && lower(&toks[1]) == "же" // Там же: any event told there
		for k := i - 1; k >= 0; k-- {
			v := &evs[k]
			if p := a.SentenceAt(v.Sentence.Start); p == s {
				continue
			} else if p < s-2 && !same || p < s-4 {
				break
			}
			if v.Mode == "visit" || v.Mode == "multilateral" {
				// "Там" after a forum, a summit or a conference held
				// there, as after a visit
				if v.Place == e.Place && len(v.Aux) == 0 {
					e.Date = v.Date
				}
				break
			}
			if same && v.Place == e.Place && v.Date != "" && len(v.Aux) == 0 {
				// "взяв участь у засіданні … Там же провів окрему
				// зустріч": the same place, the same day
				e.Date = v.Date
				break
			}
		}
	}
	return evs
}

// signedAt gives a signing with no place the place of one of the next
// two sentences when it opens by telling the signing again by its
// document, with no signer: "Зеленський і Кісіда підписали угоду …
// Документ підписали на полях саміту G7 в Італії" was signed in Італія;
// so too in the passive, "Угоду було підписано в Києві", and of one still
// planned, "Відповідну угоду між міністерствами планують підписати в
// Гаазі".
func signedAt(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		future := slices.Equal(e.Aux, []string{"future"})
		if e.Type != "AGREE" || e.Place != "" || len(e.Aux) > 0 && !future {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 {
			continue
		}
		for n := s + 1; n < len(a.Sentences) && n <= s+2; n++ {
			f := finder{a: a, ents: ents, s: n, toks: a.Sentences[n].Tokens}
			v, planned := f.signedAgain()
			if v < 0 {
				continue
			}
			if future && !planned {
				break // a signing to come is not placed by one done
			}
			e.Place = f.signedIn(v)
			break
		}
	}
	return evs
}

// signedIn returns the place after the signing verb at v in its
// sentence: the first place named, when it is in the locative after в, у.
func (f *finder) signedIn(v int) string {
	for j := v + 1; j < len(f.toks); j++ {
		p := f.entityAt(j)
		if p == "" || p == f.entityAt(j-1) || f.ents.Type(p) != "LOC" {
			continue
		}
		k := f.caseIndex(j)
		if g := f.governedBy(k); hasCase(&f.toks[k], "v_mis") && (g == "в" || g == "у") {
			return p
		}
		return ""
	}
	return ""
}

// signedBefore gives a signing of "документ" (the document just told of)
// with no place and no date those of a sentence among the eight before
// that told the signing in the passive, with no other signing told
// between: "Кредитну угоду … було підписано
// у вівторок у Лондоні. … Віцепрезидентка банку, яка підписала документ
// від імені банку, заявила …" signed in Лондон that Tuesday.
func signedBefore(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Type != "AGREE" || e.Place != "" || e.Date != "" || len(e.Aux) > 0 || e.TriggerSpan == nil {
			continue
		}
		s := a.SentenceAt(e.TriggerSpan.Start)
		if s < 0 {
			continue
		}
		toks := a.Sentences[s].Tokens
		at := tokenStarting(toks, e.TriggerSpan.Start)
		if at < 0 || toks[at].Lemma != "підписати" || at+1 >= len(toks) || toks[at+1].Lemma != "документ" {
			continue
		}
		for n := s - 1; n >= 0 && n >= s-8; n-- {
			if slices.ContainsFunc(evs, func(v vistka.Event) bool {
				return v.Type == "AGREE" && a.SentenceAt(v.Sentence.Start) == n
			}) {
				break // another signing told between: the document may be its
			}
			f := finder{a: a, ents: ents, s: n, toks: a.Sentences[n].Tokens}
			v, planned := f.signedAgain()
			if v < 0 || planned || f.low(v-1) != "бути" && !strings.Contains(f.toks[v].Tag, "impers") {
				continue
			}
			e.Place = f.signedIn(v)
			if d := f.date(dates, v); len(d) == len("2006-01-02") {
				e.Date = d
			}
			break
		}
	}
	return evs
}

// signedAgain returns where the verb підписати stands in a sentence that
// opens with the document signed, in the accusative (an adjective may
// stand before it), and has no verb before that one but the auxiliary of
// the passive ("Угоду було підписано") or a verb of plan before the
// infinitive ("угоду … планують підписати": planned); or -1.
func (f *finder) signedAgain() (at int, planned bool) {
	d := 0
	if len(f.toks) > 1 && isAdj(&f.toks[0]) {
		d = 1 // "Відповідну угоду"
	}
	if len(f.toks) < d+3 || !documentNouns[f.low(d)] || !hasCase(&f.toks[d], "v_zna") {
		return -1, false
	}
	for j := d + 1; j < len(f.toks) && j <= d+10; j++ {
		t := &f.toks[j]
		if !isVerb(t) {
			continue
		}
		switch f.low(j) {
		case "підписати", "підписувати":
			return j, strings.Contains(t.Tag, ":futr")
		case "бути", "планувати", "збиратися", "мати":
			if j+1 < len(f.toks) && f.toks[j+1].Lemma == "підписати" {
				return j + 1, f.low(j) != "бути"
			}
		}
		return -1, false
	}
	return -1, false
}

// metOnArrival gives a meeting or a signing with no place the place of the
// visit an adverbial participle of the same sentence tells its actor made
// first: "Прибувши до Львова, Туск зустрівся з мером" met in Львів.
func metOnArrival(a *vistka.Analysis, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Place != "" || len(e.Aux) > 0 || e.TriggerSpan == nil || e.Type != "AGREE" && (e.Type != "CONSULT" || e.Mode == "visit") {
			continue
		}
		for k := range evs {
			v := &evs[k]
			if v.Mode != "visit" || v.Place == "" || v.Sentence != e.Sentence || v.TriggerSpan == nil || v.TriggerSpan.Start >= e.TriggerSpan.Start ||
				!shareAny(v.Actors, e.Actors) || !participle(a, v.TriggerSpan.Start) {
				continue
			}
			e.Place = v.Place
			break
		}
	}
	return evs
}

// guestIsVisitor names the visitor where an event names them as the guest
// ("Зеленський подякував гостю за підтримку", "Високий гість зустрівся з
// …"): the actor of the last visit told before, when one visitor only
// made the visits; a meeting the guest holds with no place of its own is
// where the visit went.
func guestIsVisitor(evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		for role, names := range [][]string{e.Actors, e.Recipients} {
			for k, x := range names {
				if !guests[scan.ToLower(x)] {
					continue
				}
				v := visitBefore(evs, e.Sentence.Start)
				if v < 0 || slices.Contains(names, evs[v].Actors[0]) {
					continue
				}
				names[k] = evs[v].Actors[0]
				if role == 0 && e.Type == "CONSULT" && e.Mode != "visit" && e.Place == "" && len(e.Aux) == 0 {
					e.Place = evs[v].Place
				}
			}
		}
	}
	return evs
}

// guests are the phrases a visitor is named by: гостю reads as the
// accusative of гостя, so both lemmas count.
var guests = map[string]bool{"гість": true, "гостя": true, "високий гість": true, "висока гостя": true}

// visitBefore returns the index of the last visit told before the
// sentence at start, or -1 when there is none or the visits before it
// were made by more than one visitor.
func visitBefore(evs []vistka.Event, start int) int {
	last := -1
	for k, v := range evs {
		if v.Mode != "visit" || v.Sentence.Start >= start || len(v.Actors) != 1 {
			continue
		}
		if last >= 0 && evs[last].Actors[0] != v.Actors[0] {
			return -1
		}
		last = k
	}
	return last
}

// participle reports whether the token at the code-point offset pos is
// an adverbial participle (прибувши, приїхавши).
func participle(a *vistka.Analysis, pos int) bool {
	s := a.SentenceAt(pos)
	if s < 0 {
		return false
	}
	for _, t := range a.Sentences[s].Tokens {
		if t.RStart == pos {
			return strings.HasPrefix(t.Tag, "advp")
		}
	}
	return false
}

// national reports whether the actor id acts for a country: a state, a
// national body (Верховна Рада, Кабмін, уряд, an acronym or a name of a
// ministry, Офіс Президента) or a person titled as its leader or
// minister.
func national(ents *entity.Result, id string) bool {
	if isCountry(ents, id) {
		return true
	}
	name := id // a phrase: "уряд", "президент"
	if entity.Index(id) >= 0 {
		name = ents.Name(id)
	}
	low := scan.ToLower(name)
	if ents.Type(id) == "PERS" {
		for _, e := range ents.Entities {
			if e.ID == id {
				for _, t := range e.Titles {
					if nationalTitle(scan.ToLower(t)) {
						return true
					}
				}
			}
		}
		return false
	}
	if ents.Type(id) != "" && ents.Type(id) != "ORG" {
		return false
	}
	if w, _, _ := strings.Cut(low, " "); nationalTitle(low) || nationalBodies[w] || strings.HasPrefix(w, "мін") && !strings.Contains(low, " ") {
		return true // "Мінекономіки", "МВС" is listed
	}
	return strings.Contains(low, "верховна рада") || strings.Contains(low, "кабінет міністрів") || strings.Contains(low, "офіс президента")
}

// nationalBodies are the first words of a country's bodies' names.
var nationalBodies = map[string]bool{
	"кабмін": true, "уряд": true, "міністерство": true, "парламент": true, "мвс": true, "мзс": true, "моз": true, "мон": true,
	"мо": true, "нбу": true, "нацбанк": true, "сейм": true, "бундестаг": true, "конгрес": true, "сенат": true, "кремль": true,
}

// nationalTitle reports whether a title names a country's leader or a
// minister: президент, прем'єр-міністр, міністр.
func nationalTitle(t string) bool {
	w, _, _ := strings.Cut(t, " ")
	switch {
	case strings.HasPrefix(w, "президент"), strings.HasPrefix(w, "прем'єр"), strings.HasPrefix(w, "міністр"), strings.HasPrefix(w, "віцепрем'єр"),
		strings.HasPrefix(w, "голова") && strings.Contains(t, "уряд"):
		return true
	}
	return false
}

// elsewhere reports whether the sentence names a place no entity covers
// that is not a local story's town: abroad (за кордоном) or a capital
// (у столиці).
func (f *finder) elsewhere() bool {
	abroad, capital := f.placeWords()
	return abroad || capital
}

// placeWords reports whether the sentence says за кордоном (abroad) and
// у столиці (in the capital).
func (f *finder) placeWords() (abroad, capital bool) {
	for j := 1; j < len(f.toks); j++ {
		switch f.toks[j].Lemma {
		case "кордон":
			if f.low(j-1) == "за" && hasCase(&f.toks[j], "v_oru") {
				abroad = true
			}
		case "столиця":
			if p := f.low(j - 1); (p == "в" || p == "у") && hasCase(&f.toks[j], "v_mis") {
				capital = true
			}
		}
	}
	return abroad, capital
}

// around reports whether the region named region is one the town named
// town lies in, by its name: an oblast's, a district's or a community's
// adjective made from the town's name (Полтавська область, Полтавський
// район for Полтава; Харківська for Харків) or a region in -щина
// (Полтавщина). Київ and Севастополь, cities of their own status, lie in
// no oblast.
func around(region, town string) bool {
	if town == "" || strings.ContainsAny(town, " -") || town == "Київ" || town == "Севастополь" {
		return false
	}
	w, _, _ := strings.Cut(scan.ToLower(region), " ")
	if !strings.HasSuffix(w, "щина") && !strings.HasSuffix(w, "ська") && !strings.HasSuffix(w, "ський") &&
		!strings.HasSuffix(w, "цька") && !strings.HasSuffix(w, "цький") && !strings.HasSuffix(w, "зька") && !strings.HasSuffix(w, "зький") {
		return false
	}
	stem := []rune(scan.ToLower(town))
	if n := len(stem); n > 2 && (stem[n-1] == 'й' && (stem[n-2] == 'и' || stem[n-2] == 'і')) {
		stem = stem[:n-2] // Хмельницький → хмельницьк
	} else if strings.ContainsRune("аяоеіиь", stem[n-1]) {
		stem = stem[:n-1] // Полтава → полтав, Суми → сум
	}
	if len(stem) < 3 {
		return false
	}
	stems := []string{string(stem)}
	// the consonant the suffix -ськ- changes: Запоріжжя → запорізька,
	// Кременчук → кременчуцький
	n := len(stem)
	switch {
	case n > 4 && string(stem[n-2:]) == "жж":
		stems = append(stems, string(stem[:n-2])+"з")
	case stem[n-1] == 'ж' || stem[n-1] == 'г':
		stems = append(stems, string(stem[:n-1])+"з")
	case stem[n-1] == 'к' || stem[n-1] == 'ч':
		stems = append(stems, string(stem[:n-1])+"ц")
	}
	for _, st := range stems {
		if strings.HasPrefix(w, st) && len([]rune(w))-len([]rune(st)) <= 6 { // Рівне → рівн-енська
			return true
		}
	}
	return false
}

// seatTown returns the town a local body is seated in, read off the
// adjective its name opens with (Житомирська ОДА, Харківська міськрада,
// Бучанська міська рада: Житомир, Харків, Буча): the place of that name
// the text names, else the town's name as the gazetteer lists it. It
// returns "" for any other organisation and when the gazetteer lists no
// town the adjective is made from.
func (f *finder) seatTown(id string) string {
	typ := f.ents.Type(id)
	if typ != "ORG" && typ != "LOC" {
		return ""
	}
	w := scan.Fields(f.ents.Name(id))
	if len(w) < 2 || !localBodies[scan.ToLower(w[1])] {
		return ""
	}
	if typ == "LOC" && !bodyNouns[scan.ToLower(w[1])] {
		// a body's name the tagger took for a place ("Харківська
		// облдержадміністрація") is still its seat's; an adjective
		// after a place's ("Київська обласна …") names no body
		return ""
	}
	return f.adjTown(w[0])
}

// adjTown returns the town the adjective adj is made from (Житомирська,
// Кременчуцький, Запорізька: Житомир, Кременчук, Запоріжжя), as
// settlementAmong gives it, or "" when the gazetteer lists none.
func (f *finder) adjTown(adj string) string {
	whole := adj
	for _, end := range []string{"ий", "а", "е"} {
		if r, ok := strings.CutSuffix(adj, "зьк"+end); ok && r != "" {
			// "Запорізька міська рада": a town in -жжя, whose adjective
			// turns жж into з (Запоріжжя)
			return f.settlementAmong([]string{r + "жжя"})
		}
		if r, ok := strings.CutSuffix(adj, "ськ"+end); ok {
			adj = r + "ськ"
			break
		}
		if r, ok := strings.CutSuffix(adj, "цьк"+end); ok {
			adj = r + "цьк"
			break
		}
	}
	if !strings.HasSuffix(adj, "ськ") && !strings.HasSuffix(adj, "цьк") {
		return ""
	}
	// The adjective's own stem first: Луцьк, Бердянськ (not a village
	// Лук the rule of Кременчук gives), Кропивницький.
	cands := []string{adj, adj + "ий"}
	for _, cut := range []string{"енськ", "ськ", "ьк"} {
		if r, ok := strings.CutSuffix(adj, cut); ok && r != "" {
			for _, end := range []string{"а", "е", "и", "я", "ь", ""} { // (Черкаси before a village Черкас; Козелець)
				cands = append(cands, r+end)
			}
			if k, ok := strings.CutSuffix(r, "ц"); ok && cut == "ьк" {
				cands = append(cands, k+"к") // the к the suffix turns into ц: Кременчук → кременчуцький
			}
		}
	}
	return cmp.Or(f.settlementAmong(cands), f.namedTown(whole))
}

// namedTown returns the one town or village the text names whose
// adjective adj may be (see around), when the gazetteer lists none the
// adjective's regular stems give: Шабівська селищна рада in a text that
// names Шабо (the entity tagger may have taken a one-word town for a
// person, see townAsPerson). It returns "" when the text names none or
// more than one.
func (f *finder) namedTown(adj string) string {
	return f.soleEntity(func(e *vistka.Entity) bool {
		return around(adj, e.Name) && (f.settlement(e.ID) || f.townAsPerson([]string{e.ID}) != "")
	})
}

// settlementAmong returns the first of the candidate names the gazetteer
// knows as a settlement and not a country: the text's place entity of
// that name, or the name; "" when none is.
func (f *finder) settlementAmong(cands []string) string {
	for _, c := range cands {
		if g := gazetteer.Lookup(c); g&gazetteer.Settlement == 0 || g&gazetteer.Country != 0 {
			continue
		}
		return placeNamed(f.ents, c)
	}
	return ""
}

// placeNamed returns the text's place entity of the given name, or the
// name when the text names none.
func placeNamed(ents *entity.Result, name string) string {
	for j := range ents.Entities {
		if e := &ents.Entities[j]; e.Type == "LOC" && e.Name == name {
			return e.ID
		}
	}
	return name
}

// localBodies are the second words of the names of a town's or a
// region's council or administration, seated in its town.
var localBodies = map[string]bool{"ода": true, "ова": true, "рда": true, "рва": true, "міськрада": true, "облрада": true,
	"райрада": true, "міська": true, "обласна": true, "районна": true, "облдержадміністрація": true,
	"райдержадміністрація": true, "міськвиконком": true, "мерія": true, "селищна": true, "сільська": true}

// bodyNouns are the localBodies that are nouns: a name made of a town's
// adjective and one of them is a body's whatever type the tagger gave it.
var bodyNouns = map[string]bool{"ода": true, "ова": true, "рда": true, "рва": true, "міськрада": true, "облрада": true,
	"райрада": true, "облдержадміністрація": true, "райдержадміністрація": true, "міськвиконком": true, "мерія": true}

// servedInquiry adds the investigation a search served: "НАБУ провело
// обшуки в «Альфі» в межах розслідування щодо розкрадань" tells an
// inquiry of the same body into the same side, told by a noun after "в
// межах", "у рамках". Only searches: an arrest "в рамках провадження"
// tells no inquiry of its own.
func servedInquiry(a *vistka.Analysis, evs []vistka.Event) []vistka.Event {
	n := len(evs)
	for i := range n {
		e := evs[i]
		if e.Type != "COERCE" || e.TriggerSpan == nil || !strings.Contains(e.Trigger, "обшук") {
			continue
		}
		s := a.SentenceAt(e.TriggerSpan.Start)
		if s < 0 {
			continue
		}
		toks := a.Sentences[s].Tokens
		for j := 0; j+2 < len(toks); j++ {
			if toks[j].RStart < e.TriggerSpan.End || toks[j].Lemma != "в" && toks[j].Lemma != "у" ||
				toks[j+1].Lemma != "межа" && toks[j+1].Lemma != "рамка" || !hasCase(&toks[j+1], "v_mis") {
				continue
			}
			k := j + 2
			if strings.HasPrefix(toks[k].Tag, "adj") && k+1 < len(toks) {
				k++ // "у рамках кримінального провадження"
			}
			if toks[k].Lemma != "розслідування" && toks[k].Lemma != "провадження" {
				break
			}
			span := vistka.Range{Start: toks[k].RStart, End: toks[k].REnd}
			if slices.ContainsFunc(evs, func(v vistka.Event) bool {
				return v.Type == "ACCUSE" && v.Sentence == e.Sentence && v.TriggerSpan != nil && *v.TriggerSpan == span
			}) {
				break
			}
			evs = append(evs, vistka.Event{Type: "ACCUSE", Trigger: toks[k].Lemma,
				Actors: slices.Clone(e.Actors), Recipients: slices.Clone(e.Recipients),
				Place: e.Place, Date: e.Date, Aux: slices.Clone(e.Aux), Sentence: e.Sentence, TriggerSpan: &span})
			break
		}
	}
	return evs
}

// meetingOutcome dates an event of a sentence that opens with the
// meeting told in the sentence before as its occasion ("За підсумками
// зустрічі союзники оголосили нові внески", "Після переговорів сторони
// підписали …", "Під час засідання …", "Під час конференції …") with the
// day that sentence gives the meeting, when the event has no date of its
// own and the sentence before names the meeting (by a noun of
// occasionNouns or by зібратися) with one full date; a sentence between
// that names the meeting again with no day, or a source line with none
// ("Про це повідомили в Кабміні."), is passed over, up to three
// sentences back.
func meetingOutcome(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 {
			continue
		}
		f := finder{a: a, ents: ents, s: s, toks: a.Sentences[s].Tokens}
		n := f.occasion()
		if n < 0 || f.date(dates, n) != "" {
			continue
		}
		for b := s - 1; b >= 0 && b >= s-3; b-- {
			p := finder{a: a, ents: ents, s: b, toks: a.Sentences[b].Tokens}
			if len(p.toks) > 2 && p.low(0) == "про" && p.low(1) == "це" && datesIn(dates, a.Sentences[b]) == 0 {
				continue // "Про це повідомили в Кабміні.": a source line between
			}
			met := -1
			for j := range p.toks {
				if occasionNouns[p.low(j)] || p.verb(j) == "зібратися" {
					met = j
					break
				}
			}
			d := ""
			if met >= 0 {
				d = p.date(dates, met)
			}
			if met < 0 || d != "" {
				if len(d) == len("2006-01-02") && p.oneDay(dates) {
					e.Date = d
				}
				break
			}
			// (the meeting told again with no day: "Засідання вперше
			// провели …"; its day is further back)
		}
	}
	return evs
}

// occasion returns where the noun of a meeting stands when the sentence
// opens with it as the occasion of what it tells: "За підсумками
// зустрічі", "Після переговорів", "Під час засідання"; or -1.
func (f *finder) occasion() int {
	n := -1
	switch {
	case len(f.toks) > 3 && f.low(0) == "за" && f.low(1) == "підсумок":
		n = 2
	case len(f.toks) > 3 && f.low(0) == "під" && f.low(1) == "час":
		n = 2
	case len(f.toks) > 2 && f.low(0) == "після":
		n = 1
	default:
		return -1
	}
	if !occasionNouns[f.low(n)] || !hasCase(&f.toks[n], "v_rod") {
		return -1
	}
	return n
}

// occasionNouns are the nouns of a gathering whose day a sentence that
// opens with it as its occasion takes: the nouns of meeting but
// церемонія, and a conference, a forum, a session, a visit ("Під час
// конференції Україна та Світовий банк підписали угоду").
var occasionNouns = map[string]bool{"зустріч": true, "переговори": true, "розмова": true, "засідання": true, "саміт": true,
	"конференція": true, "форум": true, "нарада": true, "сесія": true, "візит": true}

// oneDay reports whether the sentence names no more than one distinct
// full date.
func (f *finder) oneDay(dates []vistka.Date) bool {
	sent := f.a.Sentences[f.s]
	day := ""
	for _, d := range dates {
		if d.Value == nil || d.Start < sent.RStart || d.End > sent.REnd || len(*d.Value) != len("2006-01-02") {
			continue
		}
		if day != "" && day != *d.Value {
			return false
		}
		day = *d.Value
	}
	return true
}

// duringVisit gives an act done where its sides were (a meeting or a
// signing: see placeCarried; thanks are said, as the golds have them,
// with no place) that names no place of its own the town of the visit
// told last before it, when one of its sides made that visit: "Свириденко у середу прибула з візитом до Варшави … Також
// Свириденко зустрілася з президентом Польщі" met in Warsaw, and so did
// "Шмигаль прибув до Брюсселя, а сьогодні вранці взяв участь у засіданні
// Ради Україна – НАТО". The last visit told must be that side's (after
// "Кос відвідала Ірпінь" another's meeting is not there), to a town at
// home or abroad (a visit to a country leaves the town open), with no
// aux. None is carried past a paragraph that recalls an older story
// (Нагадаємо, Раніше), past another town named between ("Завершальним
// пунктом поїздки стала Рига"), past a departure or a return
// ("Увечері він повернувся потягом до Києва"), to an act to come (but
// one planned in the visit's days: see plannedOnVisit) or one dated
// otherwise than the visit (before it, more than a week after it,
// or a day against the visit's week or month) or when a time told in
// either sentence could not be resolved, nor to one whose sentence names
// a place under в or у.
func duringVisit(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date, quotes []vistka.Quote, evs []vistka.Event) []vistka.Event {
	towns := &finder{a: a, ents: ents}
	for i := range evs {
		e := &evs[i]
		planned := slices.Equal(e.Aux, []string{"future"})
		if e.Place != "" || len(e.Aux) > 0 && !planned || !placeCarried(e) || e.Type == "SUPPORT" || e.TriggerSpan == nil {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 || ownPlace(a, ents, a.Sentences[s]) {
			continue
		}
		var v *vistka.Event
		for k := range evs {
			w := &evs[k]
			if w.Mode == "visit" && w.TriggerSpan != nil && w.TriggerSpan.Start < e.TriggerSpan.Start &&
				(v == nil || w.TriggerSpan.Start > v.TriggerSpan.Start) {
				v = w
			}
		}
		side := v != nil && slices.ContainsFunc(v.Actors, func(id string) bool {
			return slices.Contains(e.Actors, id) || slices.Contains(e.Recipients, id)
		})
		if !side && slices.ContainsFunc(e.Actors, func(id string) bool { return visitingGroup(ents, id) }) {
			// "Під час візиту польська делегація передала університету
			// обладнання. Того ж дня делегація зустрілася з …": guests
			// named by a noun act where their last act told was
			v, side = groupActBefore(ents, evs, e), true
		}
		if v == nil || !side || v.Place == "" || len(v.Aux) > 0 && !planned || !towns.town(v.Place) {
			continue
		}
		if planned && !plannedOnVisit(e, v) {
			continue
		}
		if e.Date != "" && v.Date != "" && e.Date != v.Date &&
			(len(e.Date) != len("2006-01-02") || len(v.Date) != len("2006-01-02") || e.Date < v.Date || e.Date > daysOn(v.Date, 7)) {
			continue // "Туск, який минулого тижня відвідав Львів, учора зустрівся з …": another time
		}
		p := a.SentenceAt(v.Sentence.Start)
		if p < 0 || slices.ContainsFunc(dates, func(d vistka.Date) bool {
			return d.Value == nil && (d.Start >= v.Sentence.Start && d.End <= v.Sentence.End || d.Start >= e.Sentence.Start && d.End <= e.Sentence.End)
		}) {
			continue // a time told that could not be resolved (no day of publication): the times cannot be compared
		}
		if slices.ContainsFunc(a.Sentences[p+1:s+1], func(b vistka.Sentence) bool { return background(b.Tokens) }) {
			continue
		}
		moved := func(f *finder, j int) bool {
			t := &f.toks[j]
			if t.RStart <= v.TriggerSpan.End || t.RStart >= e.TriggerSpan.Start {
				return false
			}
			id := ents.At(t.RStart, t.REnd)
			// (a town in someone's words is no trip, "«… навчатимуться в
			// Жешуві», — зазначив ректор", nor one that says whose, "за
			// кошти воєводства Підкарпаття")
			return leaveVerbs[scan.ToLower(t.Lemma)] || id != "" && id != v.Place && towns.town(id) && !continents[ents.Name(id)] && !f.ownersPlace(j) && !quoted(quotes, t.RStart)
		}
		if slices.ContainsFunc(a.Sentences[p:s+1], func(b vistka.Sentence) bool {
			f := &finder{a: a, ents: ents, toks: b.Tokens}
			for j := range f.toks {
				if moved(f, j) {
					return true
				}
			}
			return false
		}) {
			continue
		}
		e.Place = v.Place
	}
	return evs
}

// plannedOnVisit reports whether e, an act to come, is planned within
// the visit v: a day of the three after the day the visit began ("Сибіга
// прибув до Токіо вчора … У вівторок Сибіга має зустрітися з
// прем'єр-міністеркою"), or the day of a visit to come itself ("У
// середу прем'єрка має відвідати Мюнхен, де поспілкується з …"). An act
// to come with no day of its own may be planned for any time.
func plannedOnVisit(e, v *vistka.Event) bool {
	if len(e.Date) != len("2006-01-02") || len(v.Date) != len("2006-01-02") {
		return false
	}
	if len(v.Aux) > 0 {
		return slices.Equal(v.Aux, []string{"future"}) && e.Date == v.Date
	}
	return e.Date >= v.Date && e.Date <= daysOn(v.Date, 3)
}

// quoted reports whether the code-point offset pos lies in a quote,
// direct or reported.
func quoted(quotes []vistka.Quote, pos int) bool {
	return slices.ContainsFunc(quotes, func(q vistka.Quote) bool { return pos >= q.Start && pos < q.End })
}

// visitingGroup reports whether the side id is a group of visitors named
// by a common noun (делегація, гості), not by an entity of the text.
func visitingGroup(ents *entity.Result, id string) bool {
	if ents.Name(id) != "" {
		return false
	}
	return slices.ContainsFunc(strings.Fields(scan.ToLower(id)), func(w string) bool { return guestWords[w] && w != "гість" && w != "гостя" })
}

// groupActBefore returns the last event told before e (by its trigger)
// that a group of visitors did and that has a place, or nil.
func groupActBefore(ents *entity.Result, evs []vistka.Event, e *vistka.Event) *vistka.Event {
	var v *vistka.Event
	for k := range evs {
		w := &evs[k]
		if w.Place != "" && w.TriggerSpan != nil && w.TriggerSpan.Start < e.TriggerSpan.Start &&
			slices.ContainsFunc(w.Actors, func(id string) bool { return visitingGroup(ents, id) }) &&
			(v == nil || w.TriggerSpan.Start > v.TriggerSpan.Start) {
			v = w
		}
	}
	return v
}

// continents are the lands the gazetteer lists among places abroad that
// no trip moves to ("безпека всієї Європи").
var continents = map[string]bool{"Європа": true, "Азія": true, "Африка": true, "Америка": true, "Австралія": true,
	"Океанія": true, "Антарктида": true, "Балтія": true, "Скандинавія": true, "Балкани": true}

// leaveVerbs are the verbs of a departure or a return that end a stay.
var leaveVerbs = map[string]bool{"повернутися": true, "вирушити": true, "поїхати": true, "виїхати": true, "відбути": true,
	"вилетіти": true, "полетіти": true, "залишити": true, "завершити": true}
