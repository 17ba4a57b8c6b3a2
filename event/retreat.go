package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// stateFrees reports whether the verb of freeing at i has a country for
// its subject ("Росія звільнила", "влада Білорусі звільнила") and a
// person for its object, named or by a noun for people, in its clause
// after it: a release, as a state employs no one it could dismiss so.
func (f *finder) stateFrees(i int) bool {
	e, _ := f.subject(i)
	if e == "" || !f.countryOnly(e) {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if f.punctOrVerb(j) {
			return false
		}
		if p := f.entityAt(j); p != "" && f.ents.Type(p) == "PERS" && hasCase(t, "v_zna") {
			return true
		}
		if isNoun(t) && strings.Contains(t.Tag, ":anim") && hasCase(t, "v_zna") && !strings.Contains(t.Tag, "pron") {
			return true // "звільнила журналіста", "звільнила з полону двох медиків"
		}
	}
	return false
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
	k = f.pastAdjs(k) // "з полону українського журналіста"
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
		case isPrep(&f.toks[k]) || isVerb(&f.toks[k]):
			return false
		}
	}
	return false
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
	k := f.pastAdjs(j + 2)
	return k < len(f.toks) && (strings.Contains(f.toks[k].Tag, ":geo") || advanceGoals[f.low(k)] || hasCase(&f.toks[k], "v_mis"))
}

// callUp reports whether the повістка at j is a call-up paper, not a
// summons to court or to questioning ("повістку до суду", "на допит").
func (f *finder) callUp(j int) bool {
	for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
		switch f.low(k) {
		case "суд", "допит", "виклик", "слідчий", "поліція", "прокуратура":
			return false
		}
	}
	return true
}

// fromMarket reports whether the ринок at j is one left, under з or із
// past its adjectives: "вийшла з російського ринку" (not "вийшла на
// ринок Польщі", entered).
func (f *finder) fromMarket(j int) bool {
	k := f.beforeAdjs(j, 0)
	return k >= 0 && (f.low(k) == "з" || f.low(k) == "із")
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
		if !isAdj(&f.toks[k]) {
			return false
		}
	}
	return false
}
