package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// countryOnly reports whether the entity e is named as a country: a place
// that a city named later may narrow.
func (f *finder) countryOnly(e string) bool {
	return f.ents.Type(e) == "LOC" && gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country != 0
}

// caseToken returns the token whose case stands for token i's: i itself,
// or, for a place's name in the nominative after the noun that says what
// kind of place it is, that noun (обстріляли місто Бровари, у місті
// Бровари).
func (f *finder) caseToken(i int) *vistka.Token {
	return &f.toks[f.caseIndex(i)]
}

// settlementNouns say what kind of place the name after them is (a
// tract and a fortress too: "в урочищі Жовті Води", "облогу фортеці
// Замостя").
var settlementNouns = map[string]bool{"місто": true, "село": true, "селище": true, "смт": true, "містечко": true,
	"м.": true, "с.": true, "смт.": true, "острів": true, "порт": true, "урочище": true, "фортеця": true}

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
			return placeNamed(ents, city)
		}
	}
	return ""
}

// townAfter returns the town or region named in the genitive right after
// the attack noun at i, its target ("обстріл Краматорська"), or "" (a
// state's name there may be the side: "удари Росії").
func (f *finder) townAfter(i int) string {
	if g := f.genitiveAfter(i); g != "" && f.ents.Type(g) == "LOC" && gazetteer.Lookup(f.ents.Name(g))&gazetteer.Country == 0 {
		return g
	}
	return ""
}

// frontedPlace returns the place that a name ending at i opens its clause
// with as the object of a plural verb with no subject ("Харків атакували
// дронами", "Херсон обстріляли з артилерії"), or "": a masculine or a
// neuter singular, whose nominative is its accusative, cannot be the
// subject of a plural verb. A feminine one (Литва) tells its case, and
// a name joined to another (Китай та Іран) may be a subject of two.
func (f *finder) frontedPlace(i int) string {
	if i < 0 {
		return ""
	}
	e := f.entityAt(i)
	if e == "" || f.ents.Type(e) != "LOC" || i+1 < len(f.toks) && f.entityAt(i+1) == e {
		return ""
	}
	lo := i
	for lo > 0 && f.entityAt(lo-1) == e {
		lo--
	}
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun:inanim") || plural(t) || strings.Contains(t.Tag, ":nv") || strings.Contains(t.Tag, ":f:") ||
		!hasCase(t, "v_naz") && !hasCase(t, "v_zna") || f.governedBy(lo) != "" {
		return ""
	}
	lo = f.modifiersBefore(lo)
	if lo > 0 && (isAnd(&f.toks[lo-1]) || f.low(lo-1) == "з" || f.low(lo-1) == "із") || !f.clauseOpens(f.allBefore(lo)) {
		return ""
	}
	return e
}

// countryAdj reports an adjective of a country or a union of them by its
// ending (європейський, китайський, німецький, французький).
func countryAdj(lw string) bool {
	return strings.HasSuffix(lw, "ський") || strings.HasSuffix(lw, "цький") || strings.HasSuffix(lw, "зький")
}

// siteAt reports whether the words at i, adjectives skipped, name a place
// people live, work or travel through, which a strike hits: "по
// залізничному вокзалу", "по лікарні".
func (f *finder) siteAt(i int) bool {
	for ; i < len(f.toks) && isAdj(&f.toks[i]) && f.entityAt(i) == ""; i++ {
	}
	return i < len(f.toks) && f.entityAt(i) == "" && isNoun(&f.toks[i]) && sites[f.low(i)]
}

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

// vagueSite reports whether the phrase p names a site struck only by its
// kind (об'єкт критичної інфраструктури, енергетичні об'єкти,
// інфраструктура): no side of its own for a strike by no one named.
func vagueSite(p string) bool {
	for _, w := range strings.Fields(p) {
		if strings.HasPrefix(w, "об'єкт") || strings.HasPrefix(w, "інфраструктур") {
			return true
		}
	}
	return false
}

// siteOfNamed reports whether the site's noun at i has a name in the
// genitive phrase after it ("портову інфраструктуру Одеси", "позиції
// ЗСУ", "енергетику Київщини"): the named town or body is the target then,
// and where the strike was.
func (f *finder) siteOfNamed(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if f.entityAt(j) != "" {
			return true
		}
		if f.toks[j].Kind == vistka.QuoteMark {
			continue // "газовидобувні об'єкти «Нафтогазу»"
		}
		if t := &f.toks[j]; !hasCase(t, "v_rod") || !isNoun(t) && !isAdj(t) || f.timeWord(j) || timeNouns[f.low(j)] {
			return false
		}
	}
	return false
}

// townActs reports whether the noun at i is місто (or міста, towns) in
// the nominative right before its finite verb, past adverbs: a town
// named by its noun acts through its council ("місто виділить кожній
// родині по 50 тисяч гривень", "міста домовилися обмінюватися
// досвідом"); struck or given to, it is only the place or the one its
// name names ("атакували місто", "передали місту").
func (f *finder) townActs(i int) bool {
	if lower(&f.toks[i]) != "місто" || !hasCase(&f.toks[i], "v_naz") {
		return false
	}
	j := i + 1
	for j < len(f.toks) && (strings.HasPrefix(f.toks[j].Tag, "adv") || isAnd(&f.toks[j])) {
		j++ // "місто й надалі допомагатиме"
	}
	return j < len(f.toks) && finiteVerb(&f.toks[j])
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
			if isVerb(&f.toks[k]) {
				break
			}
		}
		if k < 0 || !isVerb(&f.toks[k]) || !leaves(f.verb(k)) {
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
	if !isNoun(&f.toks[at]) || k+1 >= len(f.toks) {
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

// routeNouns are the parts of a town one passes through, in the
// instrumental: центром Вільнюса, вулицями Тбілісі.
var routeNouns = map[string]bool{"центр": true, "вулиця": true, "проспект": true, "площа": true}

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
			for k < len(f.toks) && k <= j+3 && isAdj(&f.toks[k]) {
				k++
			}
			return k < len(f.toks) && hasCase(&f.toks[k], "v_rod") && f.dativeBody(k)
		}
	}
	return false
}

// marketCountry returns the country whose market the ринок at n is, named
// by an adjective before it ("російський ринок") or in the genitive after
// it ("ринок Росії"), or "".
func (f *finder) marketCountry(n int) string {
	if c := f.adjCountry(n); c != "" {
		return c
	}
	if e := f.entityAt(n + 1); n+1 < len(f.toks) && e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[n+1], "v_rod") {
		return e
	}
	return ""
}

// leaves are the verbs of leaving a place, a retreat when forces leave
// a town (see armedBefore).
var leaves = map[string]bool{"залишити": true, "залишати": true, "покинути": true, "покидати": true}

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

// whereClause returns the event of the main clause when the verb at "at"
// opens a clause of "де" that has no subject of its own: "прибув до
// Одеси, де зустрівся з Умєровим" — he who came meets, there, then.
func (f *finder) whereClause(at int, here []vistka.Event) *vistka.Event {
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && f.low(k) != "де" && !isVerb(&f.toks[k]) {
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
	if !f.thatAfterComma(j) || !isVerb(&f.toks[j-2]) || !speechVerbs[f.verb(j-2)] && !assuranceVerbs[f.verb(j-2)] {
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

// placeBefore finds the place of an event said before its trigger in its
// clause: "У Тбілісі тисячі людей вийшли на акцію протесту". A place under
// на that is no region (на Майдані Незалежності, на Кіпрі) is where, as
// after the verb, unless a town under в or у stands before it: "У
// Мукачеві … на вулиці Духновича заблокували" was in the town.
func (f *finder) placeBefore(at int) string {
	on := ""
	for j := at - 1; j >= 0; j-- {
		t := f.caseToken(j) // "у м. Дніпро", "у місті Бровари": the kind noun's case
		if f.toks[j].Text == ":" {
			return cmp.Or(f.openingPlace(j), on) // "У Львові сесія не відбулася: депутати заблокували трибуну"
		}
		if f.toks[j].Kind == vistka.Punct && !f.listComma(j) {
			return cmp.Or(f.whereBefore(j), on)
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && (hasCase(t, "v_mis") || hasCase(t, "v_zna") && !f.motion(at)) {
			// An unknown town may be read as an accusative (в
			// Лінчепінгу as of Лінчепінга); with a verb of no motion,
			// в/у names where it happened.
			k := j
			if t != &f.toks[j] {
				k = j - 1
			}
			if p := f.governedBy(k); (p == "в" || p == "у" || p == "на" && hasCase(t, "v_mis")) && !f.postedTitle(j) && !f.envoysPost(k) {
				// (на Харківщині, на Донбасі: a region; not the post of
				// an envoy, "Посол Туреччини в Україні Ягмур Ахмет
				// Гюльдере привітав")
				if p == "на" && !f.region(e) {
					if on == "" && !strings.Contains(f.ents.Name(e), "напрям") && !street(f.ents, e) {
						// (a direction of the front is no place of a
						// strike on a town, see front; a street is in
						// its town, see setIn)
						on = e
					}
					continue
				}
				return cmp.Or(f.townBeforeRegion(k, e), e)
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
		if e := f.townMeantBack(j); e != "" {
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
	return on
}

// townBeforeRegion returns the town named right before the region e
// whose phrase begins at k, in a place phrase of its own: "У Броварах на
// Київщині затримали", "біля містечка Пилявці на Поділлі розбили", "Під
// Бахмутом на Донеччині атакували", "У селі Петрівка в Полтавській
// області" happened in the town, and the region only says where the town
// is (the golds give the town first). It returns "" when e is no region
// or no such town stands before it.
func (f *finder) townBeforeRegion(k int, e string) string {
	if n := f.ents.Name(e); !f.region(e) && !strings.HasSuffix(n, " область") && !strings.HasSuffix(n, " район") {
		return ""
	}
	for k > 0 && f.entityAt(k-1) == e {
		k-- // "в Полтавській області": from its first word
	}
	p := k - 1 // the region's preposition
	if p < 1 || !isPrep(&f.toks[p]) {
		return ""
	}
	c := f.entityAt(p - 1)
	if c == "" || c == e || f.ents.Type(c) != "LOC" || f.region(c) || gazetteer.Lookup(f.ents.Name(c))&gazetteer.Country != 0 {
		return "" // (a village the gazetteer does not know is a town too: Пилявці)
	}
	m := p - 1
	for m > 0 && f.entityAt(m-1) == c {
		m--
	}
	if q := f.caseIndex(p - 1); q < m {
		m = q // "у селі Петрівка": the kind noun's phrase
	}
	if t := &f.toks[m]; hasCase(t, "v_mis") {
		if g := f.governedBy(m); g == "в" || g == "у" {
			return c
		}
	}
	for j := m - 1; j >= max(m-2, 0); j-- {
		if f.area(j) == c {
			return c // "біля містечка Пилявці", "під Бахмутом"
		}
	}
	return ""
}

// townMeantBack returns, for "у місті" or "у селі" with no name after it
// at j, the one town the sentence before names, or the town of the last
// visit told: "До Сум прибула делегація Червоного Хреста. У місті гості
// передали лікарні генератори" handed them over in Суми. It returns ""
// when the sentence before names none or more than one and no visit was
// told.
func (f *finder) townMeantBack(j int) string {
	t := &f.toks[j]
	if j < 1 || !hasCase(t, "v_mis") {
		return ""
	}
	if l := lower(t); l != "місто" && l != "село" && l != "селище" {
		return ""
	}
	if p := f.low(j - 1); p != "в" && p != "у" {
		return ""
	}
	if j+1 < len(f.toks) && (f.entityAt(j+1) != "" || f.toks[j+1].Kind == vistka.Word && hasCase(&f.toks[j+1], "v_rod")) {
		return "" // "у місті Бровари", "у місті Херсонської області": named here
	}
	return cmp.Or(f.townBefore(), f.visitedCity(func(string) bool { return true }))
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
		if g.low(j) != "до" || !isVerb(&g.toks[j-1]) {
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
	if h := k - 1; h > 0 && hasCase(&f.toks[k], "v_rod") && isNoun(&f.toks[h]) && hasCase(&f.toks[h], "v_mis") {
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
	town, _ := f.townNamedIn(f.s - 1)
	return town
}

// townNamedIn returns the one town sentence s names, or "" when it names
// none or more than one; two reports the latter.
func (f *finder) townNamedIn(s int) (town string, two bool) {
	g := finder{a: f.a, ents: f.ents, s: s, toks: f.a.Sentences[s].Tokens}
	return g.townBeforeIn(len(g.toks))
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
	case lt == "околиця" && hasCase(t, "v_mis") && (f.governedBy(i) == "на" || f.governedBy(i) == "в" || f.governedBy(i) == "у"):
		j = i + 1 // "на околицях Ужгорода", "в околицях Ізюма"
	case lt == "центр" && hasCase(t, "v_mis") && !plural(t) && (f.governedBy(i) == "в" || f.governedBy(i) == "у"):
		j = i + 1 // "провели мітинг у центрі Дніпра": the town's centre
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
				if c := f.seatTown(e); c != "" {
					return c
				}
			}
			if regionalAdmins[f.low(j+1)] && hasCase(&f.toks[j+1], "v_rod") {
				return f.centreBefore(j) // "в приміщенні облдержадміністрації підписали"
			}
		case in(j) && f.ents.Type(f.entityAt(j)) == "ORG" && (j == 0 || f.entityAt(j-1) != f.entityAt(j)):
			return f.seatTown(f.entityAt(j)) // "У Черкаській міській раді підписали угоду" (the name's first word after у)
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

// regionalAdmins are the lemmas of a regional administration named
// with no town: it sits in the oblast centre.
var regionalAdmins = map[string]bool{"облдержадміністрація": true, "ода": true, "ова": true}

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
	if i > 0 && isAdj(&f.toks[i-1]) {
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

// provincial reports whether the gazetteer knows name as a Ukrainian town
// that is no city of special status (Буча, Мукачево, Львів; not Київ):
// it is the capital of nothing.
func provincial(name string) bool {
	c := gazetteer.Lookup(name)
	return c&gazetteer.Settlement != 0 && c&(gazetteer.Region|gazetteer.Country) == 0
}

// abbreviation reports whether name is written in capitals, two letters
// or more: ЄС, США, ООН, САП.
func abbreviation(name string) bool { return scan.Capitals(name) >= 2 }

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
	if k < 2 || f.toks[k-1].Text != "," || !isVerb(&f.toks[k-2]) {
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
	j := f.beforeAdjs(c-1, 0)
	if !isVerb(&f.toks[j]) {
		return -1
	}
	return c
}

// takesPlace are the verbs a gathering takes place, begins or goes on by.
var takesPlace = map[string]bool{"відбутися": true, "відбуватися": true, "пройти": true, "проходити": true,
	"розпочатися": true, "розпочинатися": true, "початися": true, "починатися": true, "стартувати": true, "тривати": true}

// seats are the nouns of the seats of power people gather at to be heard:
// біля будівлі парламенту, під стінами мерії, біля посольства Росії.
var seats = map[string]bool{"парламент": true, "мерія": true, "посольство": true, "консульство": true, "уряд": true,
	"адміністрація": true, "міськрада": true, "облрада": true, "райрада": true, "рада": true, "кабмін": true,
	"міністерство": true, "резиденція": true, "палац": true, "ода": true, "ова": true}

// seatBody returns the body at whose seat the protest at at is held, in
// its clause after it: біля, під or перед, a word for the building or
// its walls maybe, then the body's name ("під стінами Львівської ОВА",
// "біля будівлі Харківської міської ради", "перед Верховною Радою"); or
// "".
func (f *finder) seatBody(at, end int) string {
	for j := at + 1; j+1 < end && j+1 < len(f.toks); j++ {
		if f.toks[j].Kind == vistka.Punct {
			return ""
		}
		if !isPrep(&f.toks[j]) {
			continue
		}
		k := f.seatHead(j)
		if k < 0 {
			continue
		}
		if e := f.entityAt(k); k < len(f.toks) && e != "" && f.ents.Type(e) == "ORG" {
			return e
		}
		return ""
	}
	return ""
}

// seatHead returns where the seat's noun or body stands when the word at
// j is біля, під or перед: past a word for the building or its walls
// and the adjectives ("під стінами Львівської ОВА", "біля будівлі
// парламенту"); or -1 for any other word. The caller keeps j+1 inside
// the sentence.
func (f *finder) seatHead(j int) int {
	if l := f.low(j); l != "біля" && l != "під" && l != "перед" {
		return -1
	}
	k := j + 1
	if l := f.low(k); (l == "будівля" || l == "приміщення" || l == "стіна" || l == "стіни") && k+1 < len(f.toks) {
		k++
	}
	return f.pastAdjs(k)
}

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
		if seat {
			continue
		}
		k := f.seatHead(j)
		if k < 0 {
			continue
		}
		seat = k < len(f.toks) && (seats[f.low(k)] || f.spanType(k) == "ORG")
	}
	return seat
}

// compass are the nouns of "на півдні X": a part of a country.
var compass = map[string]bool{"південь": true, "північ": true, "схід": true, "захід": true}

// titleCountries gives each person among sides as the country their
// titles name, the one they act for: "Зеленський зустрівся з Санду. …
// уряди двох країн підписали угоду" are Ukraine and Moldova, whose
// governments sign, not the two presidents. A side with no one country
// in its titles stays as it is.
func (f *finder) titleCountries(sides []string) []string {
	out := make([]string, 0, len(sides))
	for _, id := range sides {
		if c := f.ents.TitleCountry(id); c != "" {
			id = c
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
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
			!isAdj(&f.toks[i-1]) && (i+1 == len(f.toks) || f.entityAt(i+1) == "" && !hasCase(&f.toks[i+1], "v_rod")) {
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
		if !isAdj(&f.toks[k]) {
			continue
		}
		// "Костянтинівської міської військової адміністрації",
		// "Дніпропетровської ОВА"
		own := false
		j := k + 1
		for ; j < len(f.toks) && isAdj(&f.toks[j]); j++ {
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
