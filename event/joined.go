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
	if isAnd(c) || f.low(k-1) == "а" && f.toks[k-2].Text == "," {
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

// firmAcrossComma reports whether e, the subject found at i for the
// plural past verb at at, is a firm or a body named in the singular (by
// its word's number, or by its legal form or kind: ТОВ «Альфа», завод
// «Бета») that stands before a comma, while the verb's clause after the
// comma names no nominative: that clause's verb has no subject, and the
// firm is no doer of it ("прийшло ТОВ «Альфа», однак його пропозицію
// відхилили", "Торги виграло ТОВ «Бета», у липні з фірмою уклали
// договір"). The firm's clause has a verb of its own before the comma:
// a comma of a date, a list or a relative clause ends no such clause
// ("ТОВ «Альфа» і компанія «Бета» у середу, 15 жовтня, підписали");
// singleAcrossComma asks the same of a person.
func (f *finder) firmAcrossComma(e string, i, at int) bool {
	if i < 0 || i >= at || f.ents.Type(e) != "ORG" || !plural(&f.toks[at]) || !strings.Contains(f.toks[at].Tag, ":past") || !f.singularName(e, i) {
		return false
	}
	c := f.lastComma(i, at)
	if c < 0 || f.entityAt(c+1) == e || f.listComma(c) || !f.verbBeforeComma(c) {
		return false
	}
	for j := c + 1; j < at; j++ {
		t := &f.toks[j]
		if hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":pron:pos") || strings.Contains(t.Tag, ":rel") || isVerb(t) {
			return false
		}
		switch f.low(j) {
		case "який", "котрий", "що", "де", "коли":
			return false
		}
	}
	return true
}

// singularName reports whether the firm or body e, named at i, is one in
// the singular: the word it was read from says so, or its legal form or
// the word for its kind does (ТОВ, завод), read as frontedFirm reads them
// (firmForm).
func (f *finder) singularName(e string, i int) bool {
	if t := &f.toks[i]; isNoun(t) && !strings.Contains(t.Tag, ":nv") {
		return numberOf(t) == -1
	}
	form, _ := f.firmForm(e, i)
	return form >= 0 && f.singularForm(form)
}

// firmTakenUp returns the firm named before a comma that the clause of
// the plural verb at at, with no subject of its own (firmAcrossComma),
// takes up by a pronoun or by the word for a firm ("прийшло ТОВ «Альфа»,
// однак його пропозицію відхилили", "з фірмою уклали договір"): what
// the act was done to; "" otherwise.
func (f *finder) firmTakenUp(at int) string {
	e, i := f.subject(at)
	if e == "" || !f.firmAcrossComma(e, i, at) {
		return ""
	}
	for j := at - 1; j > i && f.toks[j].Text != ","; j-- {
		t := &f.toks[j]
		switch l := f.low(j); {
		case (l == "його" || l == "її") && strings.Contains(t.Tag, "pron"):
			return e
		case legalForms[l] && isNoun(t) && !hasCase(t, "v_naz"):
			return e
		}
	}
	return ""
}

// verbBeforeComma reports whether a finite verb stands in the stretch
// that the comma at c ends, back to the punctuation mark before it
// (quotation marks pass).
func (f *finder) verbBeforeComma(c int) bool {
	for j := c - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.QuoteMark || isOpenQuote(t.Text) || isCloseQuote(t.Text) {
			continue
		}
		if t.Kind == vistka.Punct {
			return false
		}
		if finiteVerb(t) {
			return true
		}
	}
	return false
}

// listUnderPrep returns, for the name e ending at i, the index of the
// preposition that governs the list it ends ("з Литви, Латвії, Естонії":
// the index of з), or -1 when no list joined by commas, і or та leads
// back from it to a preposition.
func (f *finder) listUnderPrep(i int, e string) int {
	j, joined := f.nameStart(i, e)-1, false
	for j > 0 && (f.toks[j].Text == "," || isAnd(&f.toks[j])) && f.entityAt(j-1) != "" {
		j, joined = f.nameStart(j-1, f.entityAt(j-1))-1, true
	}
	if !joined || j < 0 || !isPrep(&f.toks[j]) {
		return -1
	}
	return j
}

// peopleBeforeFrom returns the people named by a plural noun in the nominative
// right before the preposition at p ("гості з Литви, Латвії, Естонії,
// які запрошували": гості), and its index; "" and -1 when none is.
func (f *finder) peopleBeforeFrom(p int) (string, int) {
	h := p - 1
	if h < 0 {
		return "", -1
	}
	t := &f.toks[h]
	if !strings.HasPrefix(t.Tag, "noun:anim:p") || !hasCase(t, "v_naz") || strings.Contains(t.Tag, "pron") || f.entityAt(h) != "" || f.indefiniteHead(h) {
		return "", -1
	}
	return f.nounPhrase(h), h
}

// partnerBeforeWhich returns the partner a clause of "з яким" (з якою,
// з якими, з котрим) that holds the verb at at stands for: the name, or
// the noun in the number of the pronoun, right before its comma ("ТОВ
// «Альфа», з яким Київрада уклала договір", "компанія, з якою співпрацює
// фонд"); "" when the verb's clause opens with no such phrase.
func (f *finder) partnerBeforeWhich(at int) string {
	k := at - 1
	for k >= 0 && f.toks[k].Lemma != "який" && f.toks[k].Lemma != "котрий" {
		t := &f.toks[k]
		if isVerb(t) || t.Kind == vistka.Punct && !isOpenQuote(t.Text) && !isCloseQuote(t.Text) {
			return ""
		}
		k--
	}
	if k < 3 || !hasCase(&f.toks[k], "v_oru") {
		return ""
	}
	switch f.low(k - 1) {
	case "з", "із", "зі":
	default:
		return ""
	}
	c := k - 2
	if f.toks[c].Text != "," {
		return ""
	}
	h := c - 1
	for h > 0 && (f.toks[h].Kind == vistka.QuoteMark || isCloseQuote(f.toks[h].Text)) {
		h--
	}
	if e := f.entityAt(h); e != "" {
		// (a state or a town too: "Польща, з якою Україна підписала
		// угоду"; not one in the genitive that hangs on a noun before
		// it, "з міністром закордонних справ Гани, з яким": the noun's)
		// (but envoys act for theirs: "представники Світового банку,
		// з якими")
		if s := f.nameStart(h, e); s > 0 && isNoun(&f.toks[s-1]) && !envoys[f.low(s-1)] && hasCase(&f.toks[h], "v_rod") && !hasCase(&f.toks[h], "v_naz") {
			return ""
		}
		if s := f.nameStart(h, e); s > 0 && f.entityAt(s-1) != "" {
			return "" // a name cut in two ("Мухаммедом бін Абдель Рахманом Аль Тані"): whose, unsure
		}
		return e
	}
	t := &f.toks[h]
	if !isNoun(t) || strings.Contains(t.Tag, "pron") || numberOf(t) != numberOf(&f.toks[k]) {
		return ""
	}
	// (the name the noun is said of after a dash: "ІБК «Рассвет» –
	// єдина компанія, з якою співпрацює фонд")
	if d := f.modifiersBefore(h) - 1; d > 0 && (f.toks[d].Text == "–" || f.toks[d].Text == "—") {
		n := d - 1
		for n > 0 && (f.toks[n].Kind == vistka.QuoteMark || isCloseQuote(f.toks[n].Text)) {
			n--
		}
		if e := f.entityAt(n); e != "" {
			return e
		}
	}
	return f.nounPhrase(h)
}
