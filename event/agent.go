package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

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
	for j < len(f.toks) && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_oru") {
		j++
	}
	if j >= len(f.toks) || !hasCase(&f.toks[j], "v_oru") || !isNoun(&f.toks[j]) || strings.Contains(f.toks[j].Tag, "pron") {
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

// onVerbalNoun reports whether the instrumental at i, with its adjectives,
// hangs on a verbal noun right before it ("у зловживанні владою",
// "перевищенні службових повноважень", "керування автомобілем") or on a
// noun that governs it ("обмін полоненими"): what is abused, driven or
// exchanged, not the doer of a passive.
func (f *finder) onVerbalNoun(i int) bool {
	k := f.adjectivesBefore(i) - 1
	if k < 0 || !isNoun(&f.toks[k]) {
		return false
	}
	l := f.low(k)
	return strings.HasSuffix(l, "ння") || strings.HasSuffix(l, "ття") || governsInstrumental[l]
}

// staff are the people who act for the body named after them in the
// genitive: "працівники поліції", "співробітники СБУ".
var staff = map[string]bool{"працівник": true, "співробітник": true, "представник": true, "інспектор": true,
	"офіцер": true, "боєць": true, "оперативник": true, "детектив": true, "слідчий": true, "прикордонник": true}

// auxBefore returns where the impersonal form at at begins with the
// past or future of бути before it ("Трьох активістів було затримано"),
// past adverbs between them, or at when there is none.
func (f *finder) auxBefore(at int) int {
	if !impersonalForm(&f.toks[at]) {
		return at
	}
	if k := f.adverbsBefore(at) - 1; k >= 0 && f.toks[k].Lemma == "бути" && isVerb(&f.toks[k]) {
		return k
	}
	return at
}

// signedDocs are the papers sides sign with each other.
var signedDocs = map[string]bool{"угода": true, "меморандум": true, "договір": true, "протокол": true, "декларація": true}

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
			if !isVerb(&toks[v]) || !passVerbs[scan.ToLower(toks[v].Lemma)] {
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

// impersonalForm reports whether t is a form in -но, -то, or one the
// tagger read as an adverb ("Посадовцю було повідомлено про підозру",
// "Харків обстріляно").
func impersonalForm(t *vistka.Token) bool {
	return strings.Contains(t.Tag, "impers") || strings.HasPrefix(t.Tag, "adv") && impersonalVerb(t.Text) != ""
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
		if !hasCase(t, "v_oru") || f.governedBy(i) != "" || f.onVerbalNoun(i) || weapons[lower(t)] && f.entityAt(i) == "" {
			continue // (the arms it was done with: "атаковано безпілотниками", "обстріляний ракетами")
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
					for hi < end && hi-i <= 3 && hasCase(&f.toks[hi], "v_rod") && !isPrep(&f.toks[hi]) && (isNoun(&f.toks[hi]) || isAdj(&f.toks[hi]) || f.entityAt(hi) != "") {
						hi++
					}
					for hi > i+1 && isAdj(&f.toks[hi-1]) {
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
		return i+1 >= len(f.toks) || !isNoun(&f.toks[i+1]) || hasCase(&f.toks[i+1], "v_oru")
	}
	if i > 0 && f.actOwner(i) != "" {
		return i+1 >= len(f.toks) || !isNoun(&f.toks[i+1]) || hasCase(&f.toks[i+1], "v_oru")
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
	return i+1 >= len(f.toks) || !isNoun(&f.toks[i+1])
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
			if j > 0 && (isPrep(&f.toks[j-1]) || f.toks[j-1].Kind == vistka.Word && !isAdj(&f.toks[j-1]) && !strings.HasPrefix(f.toks[j-1].Tag, "conj")) {
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
		if beAux(t) {
			aux = true
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

// governsInstrumental are the nouns whose object stands in the
// instrumental: "обмін полоненими", "торгівля зброєю".
var governsInstrumental = map[string]bool{"обмін": true, "торгівля": true, "керівництво": true, "управління": true,
	"володіння": true, "користування": true}

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
	if k := verbs[v]; k.typ == "" && !f.givenPassive(v, f.givenHead(i), i) || f.agent(i+1, len(f.toks), false) == "" {
		return "", ""
	}
	h := i - 2
	if verbs[v].typ == "" {
		h = f.givenHead(i) // "Гаубиці M777, передані …": the thing given, past its model
	}
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
	// (in the present or the future: a past reflexive is a doing of the
	// subject's own, "привіталася з портьє – молодим хлопцем"; the
	// future tells a plan, "Допомога переселенцям надаватиметься Світовим
	// банком")
	if !strings.HasPrefix(t.Tag, "verb") || !strings.Contains(t.Tag, ":pres") && !strings.Contains(t.Tag, ":futr") || !strings.HasSuffix(v, "ся") {
		return ""
	}
	if _, ok := verbs[v]; ok {
		return ""
	}
	b := strings.TrimSuffix(v, "ся")
	if (b == "підписувати" || b == "укладати") && f.docSubject(i) {
		return b // "Сьогодні підписується меморандум між областю та повітом": sides after між, no doer
	}
	if k := verbs[b]; k.typ == "" && !f.givenPassive(b, f.reflexiveSubject(i), i) || f.agent(i+1, len(f.toks), false) == "" {
		return ""
	}
	return b
}

// reflexiveSubject returns where the subject of the reflexive verb at i
// stands, a noun in the nominative that agrees with it, opening its
// clause before it past a dative ("Кошти Україні надаються") or right
// after it ("Україні надаються кошти"); or -1.
func (f *finder) reflexiveSubject(i int) int {
	t := &f.toks[i]
	for j := i - 1; j >= 0 && j >= i-4 && f.toks[j].Kind != vistka.Punct; j-- {
		if u := &f.toks[j]; isNoun(u) && hasCase(u, "v_naz") && agree(u, t) {
			return j
		}
	}
	if j := f.pastAdjs(i + 1); j < len(f.toks) && isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_naz") && agree(&f.toks[j], t) {
		return j
	}
	return -1
}

// docSubject reports whether the reflexive verb at i has for its subject,
// right after it or right before it past adjectives, a paper sides sign
// (угода, меморандум, договір, протокол) in the nominative: "підписується
// меморандум", "Угода укладається".
func (f *finder) docSubject(i int) bool {
	for _, j := range []int{i + 1, i - 1} {
		if j >= 0 && j < len(f.toks) && isNoun(&f.toks[j]) && signedDocs[f.low(j)] && hasCase(&f.toks[j], "v_naz") {
			return true
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
				if decisions[f.low(k)] && isNoun(&f.toks[k]) && hasCase(&f.toks[k], "v_oru") {
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
		return j >= 0 && j < len(f.toks) && slices.Contains(objs, f.low(j)) && isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_naz") && agree(&f.toks[j], t)
	}
	j := f.pastAdjs(i + 1)
	if noun(j) || noun(i-1) {
		return b
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
	for h < len(f.toks) && h <= i+5 && (hasCase(&f.toks[h], "v_oru") || f.entityAt(h) != "" && (f.entityAt(h) == f.entityAt(h-1) || isAnd(&f.toks[h-1])) ||
		isAnd(&f.toks[h]) && h+1 < len(f.toks) && (hasCase(&f.toks[h+1], "v_oru") || f.entityAt(h+1) != "")) {
		h++ // (two doers: "Підписаний Україною та ЄІБ договір")
	}
	if h == i+1 {
		return "", ""
	}
	for h < len(f.toks) && h <= i+8 && isAdj(&f.toks[h]) && agree(&f.toks[h], t) {
		h++ // the noun's own adjectives: "Підписаний Україною та ЄІБ кредитний договір"
	}
	if h >= len(f.toks) {
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
