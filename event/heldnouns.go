package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// Gatherings and signings told by their nouns as held (session 52, helper
// h52m): who took part is named after "за участі", and the sides of a
// signing after між; and a state's official come to a ceremony, who
// visits its town.

// workVerbs open or close a gathering's work: "розпочав роботу форум".
var workVerbs = map[string]bool{"розпочати": true, "розпочинати": true, "почати": true, "починати": true,
	"завершити": true, "завершувати": true, "продовжити": true, "продовжувати": true}

// partakenHeld reports whether a gathering named by a noun that otherwise
// needs a light verb (нарада, засідання, форум, конференція), at i in the
// nominative, is the subject of a verb of taking place, before it past
// its adjectives or after it past its complements or in a relative
// clause set off after it, with those who took part named after "за
// участі": "Нарада за участі голови ОВА відбулася у понеділок",
// "Засідання, яке відбулося за участі міністра, …", "У Варшаві розпочав
// роботу форум за участі міністрів України, Польщі та Литви". A court's
// hearing (засідання суду) or a body's own sitting is no meeting.
func (f *finder) partakenHeld(i int, k kind) bool {
	if k.typ != "CONSULT" || i+1 >= len(f.toks) || f.ownSession(i) || !hasCase(&f.toks[i], "v_naz") && !f.heldSubject(i) {
		return false
	}
	if len(f.participants(i, len(f.toks))) == 0 {
		return false
	}
	if j := f.beforeAdjs(i, -1); j >= 0 && (takesPlace[f.verb(j)] || f.low(j) == "робота" && j > 0 && workVerbs[f.verb(j-1)]) {
		return true
	}
	j := f.verbOrBreak(i+1, i+12)
	if j >= 0 && f.toks[j].Text == "," {
		return f.heldWhich(j + 1)
	}
	return f.heldVerb(j)
}

// signings are the nouns of putting one's name to a paper:
// "підписання меморандуму".
var signings = map[string]bool{"підписання": true, "укладення": true, "укладання": true, "парафування": true}

// signingHeld reports whether the noun at i is a signing of an agreement
// (the paper right after it, in the genitive) between sides named after
// між, told as taking place: "Відбулося підписання меморандуму між
// Мінцифри та Google", "Підписання угоди між Україною та Британією
// відбулося у Лондоні". The sides are who agreed.
func (f *finder) signingHeld(i int) bool {
	if !signings[f.low(i)] || !isNoun(&f.toks[i]) || i+1 >= len(f.toks) {
		return false
	}
	n := f.pastAdjs(i + 1)
	if n >= len(f.toks) || !agreementNouns[f.low(n)] || !hasCase(&f.toks[n], "v_rod") || len(f.between(len(f.toks))) < 2 {
		return false
	}
	return f.heldBefore(i) || f.heldVerb(f.verbOrBreak(n+1, n+14))
}

// heldBefore reports whether a verb of taking place stands right before
// the noun at i, past its adjectives: "Відбулося підписання", "відбулася
// селекторна нарада".
func (f *finder) heldBefore(i int) bool {
	j := f.beforeAdjs(i, -1)
	return j >= 0 && takesPlace[f.verb(j)]
}

// verbOrBreak returns the first token from on, at most last, that is a
// finite verb or punctuation that ends the clause (a quotation mark does
// not), or -1: where a subject before from finds its verb, unless its
// clause ends first.
func (f *finder) verbOrBreak(from, last int) int {
	for j := from; j < len(f.toks) && j <= last; j++ {
		if t := &f.toks[j]; breaksClause(t) || finiteVerb(t) {
			return j
		}
	}
	return -1
}

// heldVerb reports whether the token at j (-1 for none) is a finite verb
// of taking place.
func (f *finder) heldVerb(j int) bool {
	return j >= 0 && finiteVerb(&f.toks[j]) && takesPlace[f.verb(j)]
}

// ownSession reports whether the sitting at j is a court's hearing or a
// body's own sitting, no talks between sides: "у судовому засіданні", "у
// засіданні суду", "у засіданні Верховної Ради", "у сесії міської ради".
func (f *finder) ownSession(j int) bool {
	if l := f.low(j); l != "засідання" && l != "сесія" {
		return false
	}
	if j > 0 && f.low(j-1) == "судовий" || j+1 < len(f.toks) && courtWords[f.low(j+1)] {
		return true
	}
	k := j + 1
	for k < len(f.toks) && k <= j+3 && f.entityAt(k) == "" && hasCase(&f.toks[k], "v_rod") {
		k++ // "у засіданні сесії міської ради"
	}
	e := ""
	if k < len(f.toks) {
		e = f.entityAt(k)
	}
	return e != "" && f.ownSitting(e) || e == "" && k > j+1
}

// heldParticipants returns those a relative clause on the meeting noun at
// at names after "за участі" as taking part in it, the clause telling
// that it took place, past a place of the noun's own: "під час переговорів
// в Абу-Дабі, що відбулися минулого тижня за участі представників
// Коордштабу, російської сторони", "зустрічі, яка відбулася за участі
// Шмигаля та Рютте"; nil otherwise.
func (f *finder) heldParticipants(at int) []string {
	c := -1
	for j := at + 1; j < len(f.toks) && j <= at+6; j++ {
		if f.toks[j].Text == "," {
			c = j
			break
		}
		if breaksClause(&f.toks[j]) || isVerb(&f.toks[j]) {
			return nil
		}
	}
	if c < 0 || c+2 >= len(f.toks) || f.toks[c+1].Lemma != "який" && f.low(c+1) != "що" || !takesPlace[f.verb(c+2)] {
		return nil
	}
	for j := c + 3; j+1 < len(f.toks) && !breaksClause(&f.toks[j]) && !finiteVerb(&f.toks[j]); j++ {
		if f.low(j) == "за" && f.low(j+1) == "участь" {
			return f.participants(j-1, len(f.toks))
		}
	}
	return nil
}

// nationalOffices are the first words of the titles of a state's or a
// union's officials, who come to a town from elsewhere.
var nationalOffices = map[string]bool{"міністр": true, "міністерка": true, "прем'єр-міністр": true,
	"прем'єр-міністерка": true, "віцепрем'єр-міністр": true, "віцепрем'єр-міністерка": true, "віце-прем'єр-міністр": true,
	"президент": true, "президентка": true, "єврокомісар": true, "єврокомісарка": true}

// nationalGuest reports whether one of actors is a person whose title is
// a state's office: a minister who came to an opening visits the town it
// is in ("На відкриття приїхав міністр освіти"), where the town's own
// heads who came (голова ОДА, мер) are guests of a ceremony.
func (f *finder) nationalGuest(actors []string) bool {
	for _, a := range actors {
		i := entity.Index(a)
		if i < 0 || i >= len(f.ents.Entities) || f.ents.Entities[i].Type != "PERS" {
			continue
		}
		for _, t := range f.ents.Entities[i].Titles {
			if w, _, _ := strings.Cut(scan.ToLower(t), " "); nationalOffices[w] {
				return true
			}
		}
	}
	return false
}

// openingCome reports whether the visit verb at at has an opening or a
// ceremony for where one comes ("на відкриття", "на церемонію"), before
// or after it in its clause, as toCelebration reads a celebration: a
// state's official come to one visits its town, where one come to a
// concert or a show visits no one.
func (f *finder) openingCome(at int) bool {
	opening := func(j int) bool {
		if !f.celebrationAt(j) {
			return false
		}
		l := f.low(f.pastAdjs(j + 1))
		return l == "відкриття" || l == "церемонія"
	}
	return f.within(at, 6, 3, func(j int) bool { return f.toks[j].Kind == vistka.Punct }, opening)
}

// sidesOfSetting makes the sides of the meeting a sentence sets itself in
// the doers of a talk or a signing whose verb has no subject, when two or
// more are named (session 52, helper h52o): "Під час зустрічі, яка
// відбулася за участі Зеленського та Макрона, обговорили …", "Угоду
// підписали під час переговорів, які відбулися за участі Туреччини та
// України". A side the verb's setting gave as met is one of them.
func (f *finder) sidesOfSetting(ev *vistka.Event, rec *[]string) {
	s := f.duringSides()
	if len(s) < 2 {
		return
	}
	ev.Actors = s
	*rec = slices.DeleteFunc(*rec, func(r string) bool { return slices.Contains(s, r) })
}

// homeward are the verbs of bringing people home, whose recipient is the
// side they come back to, not the count of them.
var homeward = map[string]bool{"повернути": true, "повертати": true}

// whenceAt returns how many tokens from j a phrase of з, із or зі with a
// thing's noun in the genitive takes, past its adjectives, telling whence
// people were let go or taken ("з полону", "з російського полону", "із
// в'язниці"), or 0 (session 52, helper h52o): a released or detained
// object counted after it is still the verb's ("звільнила з полону 50
// українців"). A name (з Росії) or people (з бійців) are no such place.
func (f *finder) whenceAt(j int) int {
	if l := f.low(j); l != "з" && l != "із" && l != "зі" || !isPrep(&f.toks[j]) {
		return 0
	}
	n := f.pastAdjs(j + 1)
	if n >= len(f.toks) || !isNoun(&f.toks[n]) || !hasCase(&f.toks[n], "v_rod") || f.entityAt(n) != "" ||
		strings.Contains(f.toks[n].Tag, ":anim") || strings.Contains(f.toks[n].Tag, "pron") {
		return 0
	}
	return n + 1 - j
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
		// "за участі міністрів закордонних справ України, Польщі та
		// Литви": the states the officials came for, as after a noun
		// of meeting
		return f.sidesAfter(trig{at: j + 1, noun: -1, k: kind{"CONSULT", "meet"}})
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
