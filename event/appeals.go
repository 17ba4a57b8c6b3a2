package event

import (
	"cmp"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// The rules of this file were found reading the errors of the seventh
// press set (real local news).

// appealOf reports whether the noun звернення at i is one person's or
// body's appeal to those in charge, both named: the genitive of who
// appealed right after it and до with whom it was addressed to
// ("звернення директора музею Олександра Остапюка до управління культури
// облдержадміністрації"). A bare "звернення до суду" names no one who
// appealed; "звернення Петра Коваля до громади" is an address, no appeal.
func (f *finder) appealOf(i int) bool {
	a, r := f.appealParties(i)
	return a != "" && r != ""
}

// appealOffices are the offices, besides authorities, an appeal goes to.
var appealOffices = map[string]bool{"управління": true, "департамент": true, "прокурор": true, "прокуратура": true}

// appealParties returns who made the appeal of the noun звернення at i
// and to whom (see appealOf), or "" for either not named.
func (f *finder) appealParties(i int) (actor, rec string) {
	if f.low(i) != "звернення" || i+3 >= len(f.toks) || !hasCase(&f.toks[i+1], "v_rod") {
		return "", ""
	}
	for j := i + 1; j+1 < len(f.toks) && j <= i+10; j++ {
		t := &f.toks[j]
		if e := f.entityAt(j); e != "" {
			if actor == "" {
				actor = cmp.Or(f.bodyName(j, e), e)
			}
			continue
		}
		if f.low(j) == "до" {
			if actor == "" {
				return "", ""
			}
			return actor, f.appealAddressee(j + 1)
		}
		if t.Kind != vistka.Word || !hasCase(t, "v_rod") {
			return "", ""
		}
	}
	return "", ""
}

// appealAddressee returns the one an appeal is addressed to, from k on (after
// до): a name, or those in charge by their head noun past its adjectives
// with its genitives ("управління культури облдержадміністрації").
func (f *finder) appealAddressee(k int) string {
	if k >= len(f.toks) {
		return ""
	}
	if e := f.entityAt(k); e != "" {
		return cmp.Or(f.bodyName(k, e), e)
	}
	h := k
	for h < len(f.toks) && h <= k+3 && isAdj(&f.toks[h]) {
		h++
	}
	if h >= len(f.toks) || !isNoun(&f.toks[h]) || !authorities[f.toks[h].Lemma] && !appealOffices[f.toks[h].Lemma] {
		return ""
	}
	hi := h + 1
	for hi < len(f.toks) && hi <= h+3 && hasCase(&f.toks[hi], "v_rod") && f.entityAt(hi) == "" &&
		(isNoun(&f.toks[hi]) || isAdj(&f.toks[hi])) {
		hi++
	}
	if e := f.entityAt(hi); e != "" && hasCase(&f.toks[hi], "v_rod") {
		return cmp.Or(f.bodyName(hi, e), e) // "до прокурора області Дмитра Чепіжака": the person
	}
	return f.text(k, hi)
}

// carriedSubject returns the person a sentence with no subject of its own
// goes on about: its verb at at is a singular past form of a gender (a
// finite verb with only adverbs, particles and conjunctions before it:
// "Навіть просив для цього передбачити кошти"), and the sentence before
// has a person of that gender for its subject, by a name or він/вона in
// the nominative ("Впродовж багатьох років він пропонував …"). It returns
// that person, or "".
func (f *finder) carriedSubject(at int) string {
	v := &f.toks[at]
	if f.s == 0 || !strings.HasPrefix(v.Tag, "verb") || !strings.Contains(v.Tag, ":past") || !strings.HasSuffix(v.Tag, ":m") && !strings.HasSuffix(v.Tag, ":f") {
		return ""
	}
	g := v.Tag[len(v.Tag)-1] // 'm' or 'f'
	for j := 0; j < at; j++ {
		tg := f.toks[j].Tag
		if f.toks[j].Kind == vistka.Punct || !(strings.HasPrefix(tg, "adv") && !strings.HasPrefix(tg, "advp") || strings.HasPrefix(tg, "part") || strings.HasPrefix(tg, "conj")) {
			return ""
		}
	}
	for j := at + 1; j < len(f.toks); j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			break
		}
		if hasCase(t, "v_naz") && (strings.HasPrefix(t.Tag, "noun") && gender(t) == g || f.entityAt(j) != "") {
			return "" // "Прибув і голова": a subject after the verb
		}
	}
	p := &finder{a: f.a, ents: f.ents, s: f.s - 1, toks: f.a.Sentences[f.s-1].Tokens}
	for j := range p.toks {
		t := &p.toks[j]
		if t.Kind == vistka.Punct && j > 0 && p.toks[j-1].Kind != vistka.Word {
			continue
		}
		if finiteVerb(t) {
			break // only a subject before the sentence's first verb
		}
		if !hasCase(t, "v_naz") {
			continue
		}
		if strings.Contains(t.Tag, "pron:pers:3") && gender(t) == g {
			return f.ents.LastPerson(t.RStart, f.s-1, g)
		}
		if e := p.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
			if k := entity.Index(e); k >= 0 && k < len(f.ents.Gender) && f.ents.Gender[k] != 0 && f.ents.Gender[k] != g {
				return ""
			}
			return e
		}
	}
	return ""
}

// laypeople are the nouns of people who go to a place for themselves, not
// for a body: "школярі відвідуватимуть басейн", "туристи відвідали
// музей" tell no visit to those in charge there.
var laypeople = map[string]bool{
	"школяр": true, "школярка": true, "учень": true, "учениця": true, "студент": true, "студентка": true,
	"дитина": true, "діти": true, "дітлахи": true, "малеча": true, "вихованець": true, "турист": true,
	"відвідувач": true, "екскурсант": true, "мешканець": true, "житель": true, "глядач": true,
}

// layVisit reports whether the visit of the verb at at is made by
// laypeople (see laypeople), its subject a plain noun of them before it.
func (f *finder) layVisit(at int, actors []string) bool {
	if len(actors) != 1 || entity.Index(actors[0]) >= 0 {
		return false
	}
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && laypeople[t.Lemma] && strings.Contains(actors[0], t.Text) {
			return true
		}
	}
	return false
}

// givenFree reports whether the verb надати (or передати, to a state or a
// community) at i gives something free of charge (безкоштовно or безоплатно right beside it) to someone in the
// dative after it in its clause: "безкоштовно надаватиме юридичну
// консультацію тим громадам" is aid, whatever is given.
func (f *finder) givenFree(i int) bool {
	handed := false
	if v := f.verb(i); v != "надати" && v != "надавати" {
		// (a thing handed over free may be a gift to oneself's kin:
		// "безоплатно передав фірмі своєї родички"; to a state it is
		// aid: "безкоштовно передасть 25 тисяч тонн пшениці Ефіопії")
		if v != "передати" && v != "передавати" {
			return false
		}
		handed = true
	}
	free := false
	for _, j := range [...]int{i - 2, i - 1, i + 1, i + 2} {
		if j >= 0 && j < len(f.toks) && (f.low(j) == "безкоштовно" || f.low(j) == "безоплатно") {
			free = true
		}
	}
	if !free {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if handed {
			if e := f.entityAt(j); e != "" && isCountry(f.ents, e) && f.dativeForm(j) {
				return true
			}
			// (a thing handed over free is aid to a state or a
			// community, but may be a gift to one's kin: "безоплатно
			// передав фірмі своєї родички")
			if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && !strings.Contains(t.Tag, "pron") && (f.ents.Type(f.entityAt(j)) == "LOC" || f.dativeBody(j) && !firmNouns[f.low(j)]) {
				return true
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && !strings.Contains(t.Tag, "pron") {
			return true
		}
	}
	return false
}

// dativeForm reports whether the word at j may be a dative whatever case
// the tagger chose: it is read so, it does not decline, or its genitive
// has the dative's form (dativeAsGenitive: Ефіопії).
func (f *finder) dativeForm(j int) bool {
	t := &f.toks[j]
	if hasCase(t, "v_dav") || strings.Contains(t.Tag, ":nv") {
		return true
	}
	return f.dativeAsGenitive(j)
}

// firmNouns are the common nouns of firms among the bodies given things
// (see dativeBody).
var firmNouns = map[string]bool{"підприємство": true, "кооператив": true}
