package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// Predicates and subjects joined by і, та or а: whose act the second verb
// tells, and which names before a plural verb stand as its subjects.

// adverbialsBefore returns where the adverbials right before the verb at
// at begin — adverbs, particles, a date, prepositional phrases and the
// oblique nouns hanging on them ("а ввечері прибув", "та на полях саміту
// провів", "а в жовтні почали облогу") — or at when none stands there.
// A word that may be in the nominative is no adverbial: it may be the
// verb's own subject ("а 3 жовтня Світовий банк надав").
func (f *finder) adverbialsBefore(at int) int {
	k := at
	for k > 0 {
		t := &f.toks[k-1]
		switch {
		case f.spanType(k-1) == "DATE":
		case t.Tag == "adv" || strings.HasPrefix(t.Tag, "adv:") || strings.HasPrefix(t.Tag, "part"):
		case isPrep(t):
		case (isNoun(t) || isAdj(t) || strings.HasPrefix(t.Tag, "numr")) && !strings.Contains(t.Tag, "pron") &&
			!hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":nv") && f.entityAt(k-1) == "":
			// (a name may be tagged in any case; one under a preposition
			// is taken with it below)
		case f.entityAt(k-1) != "" && f.governedBy(k-1) != "":
		default:
			return k
		}
		k--
	}
	return k
}

// joinedAfterAdverbials returns the index of the і, й, та or а (after a
// comma) that joins the verb at at, past the adverbials before it, to a
// predicate before ("Міністр взяв участь у засіданні Ради Україна – НАТО,
// а ввечері прибув до Рима"), or -1 when no adverbial stands between
// them (the joint right before the verb is coordinatedVerb's own case)
// or no such word opens them.
func (f *finder) joinedAfterAdverbials(at int) int {
	k := f.adverbialsBefore(at)
	if k == at || k < 2 {
		return -1
	}
	c := &f.toks[k-1]
	if isAnd(c) || lower(c) == "а" && f.toks[k-2].Text == "," {
		return k - 1
	}
	return -1
}

// relativeVerb reports whether the verb at j stands in a relative or
// subordinate clause: a relative word or a subordinating conjunction
// opens the stretch between the comma before it and j.
func (f *finder) relativeVerb(j int) bool {
	for k := j - 1; k >= 0 && f.toks[k].Kind != vistka.Punct; k-- {
		t := &f.toks[k]
		if strings.HasPrefix(t.Tag, "conj:subord") || strings.Contains(t.Tag, ":rel") {
			return true
		}
		switch f.low(k) {
		case "що", "який", "котрий", "де", "куди", "звідки", "коли":
			return true
		}
	}
	return false
}

// obliqueGivenName reports whether the person's name from k to i opens
// with a given name the tagger read in a case other than the nominative
// only, and the name declines (it is not its own base form): the name
// is in that case, whatever an indeclinable surname after it was read as
// ("Олени Коваль").
func (f *finder) obliqueGivenName(k, i int) bool {
	t := &f.toks[k]
	return k < i && f.spanType(k) == "PERS" && strings.Contains(t.Tag, ":fname") && !hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":nv") &&
		!f.undeclined(k)
}
