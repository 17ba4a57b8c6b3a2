package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
	"github.com/vistka/vistka/source"
)

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
	s := f.nameStart(k-2, e)
	if !hasCase(&f.toks[s], "v_naz") && !hasCase(&f.toks[k-2], "v_naz") || f.governedBy(s) != "" ||
		s > 0 && isVerb(&f.toks[s-1]) {
		return "", -1 // (not "Як повідомив Іван Петренко, голова ради, …": the person of the cue)
	}
	for j := i + 1; j < at; j++ {
		if f.toks[j].Text == "," {
			return e, s
		}
		if isVerb(&f.toks[j]) {
			break
		}
	}
	return "", -1
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
		if _, ok := objs[f.low(j)]; ok && isNoun(&f.toks[j]) {
			return j
		}
	}
	return -1
}

// joinedToNominative reports whether the name e ending at token i is
// joined by і, та or й to a name before it whose first word is in the
// nominative: "Міністерство економіки та Світовий банк".
func (f *finder) joinedToNominative(i int, e string) bool {
	j := f.nameAdjsBefore(f.nameStart(i, e)) // "Харків та польський Люблін"
	if j < 2 || !isAnd(&f.toks[j-1]) {
		return false
	}
	o := f.entityAt(j - 2)
	if o == "" || o == e {
		return false
	}
	k := f.nameStart(j-2, o)
	return hasCase(&f.toks[k], "v_naz")
}

// joinedToPerson reports whether the name of entity e at i follows і or
// та after another person's name, past the title in front of e's name
// (прем'єр-міністр Молдови): "Юлія Свириденко та прем'єр-міністр
// Молдови Александру Мунтяну".
func (f *finder) joinedToPerson(i int, e string) bool {
	j := f.nameStart(i, e)
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
	k := f.nameStart(i-2, o)
	return hasCase(&f.toks[k], "v_naz") || strings.Contains(f.toks[k].Tag, ":nv")
}

// during reports whether the event noun at i stands in a phrase of time
// that hangs on the clause: під час візиту, в ході переговорів, у рамках
// зустрічі, за результатами переговорів.
func (f *finder) during(i int) bool {
	if i < 1 {
		return false
	}
	k := f.beforeAdjs(i, 0) // past the adjectives: "у ході телефонної розмови"
	b := f.low(k)
	if b == "після" && hasCase(&f.toks[i], "v_rod") || b == "перед" && hasCase(&f.toks[i], "v_oru") {
		return true // "після зустрічі з …", "перед зустріччю з …"
	}
	if f.talkWith(i) {
		return true // "сказав у телефонній розмові з Туском"
	}
	if f.toldTalk(i) {
		return true // "розповів про переговори з ЄІБ": the teller talked
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
	j := f.beforeAdjs(i, -1)
	if l == "зустріч" {
		return j >= 0 && f.low(j) == "на" // "на зустрічі з представниками ЄБРР повідомив"
	}
	return j >= 0 && (f.low(j) == "у" || f.low(j) == "в")
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
		if e == "" && animateNoun(t) &&
			!strings.Contains(t.Tag, ":p:") && nounGender(t) == g {
			return "", true
		}
		return "", false
	}
	for j := i - 1; j >= 0; j-- {
		if strings.Contains(f.toks[j].Tag, "pron:pers") {
			continue // (він taken up is no one named)
		}
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
	if k < 0 || !finiteVerb(v) || numberOf(v) == 0 {
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
	for j < len(f.toks) && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_naz") {
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

// pairBefore reports whether the sentence before told an event with both
// an actor and a recipient: two sides a plural вони may take up.
func (f *finder) pairBefore() bool {
	if f.s == 0 || len(f.before) == 0 {
		return false
	}
	last := f.before[len(f.before)-1]
	return last.Sentence.Start == f.a.Sentences[f.s-1].RStart && len(last.Actors) > 0 && len(last.Recipients) > 0
}

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
		(isNoun(&p.toks[k]) || strings.HasPrefix(p.toks[k].Tag, "adj")) && !hasCase(&p.toks[k], "v_naz") && p.entityAt(k) == "") && k < j+6 {
		k++ // "у середу", "вже"
	}
	if k >= len(p.toks) || !isVerb(&p.toks[k]) || plural(&p.toks[k]) || pastGender(&p.toks[k]) != g && pastGender(&p.toks[k]) != 0 {
		return ""
	}
	return p.nounPhrase(j)
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
	k := f.nameStart(i, e)
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

// formGenders are the genders of the nouns legal forms abbreviate:
// ТОВ is товариство, ДП підприємство, ДК компанія.
var formGenders = map[string]byte{
	"тов": 'n', "тзов": 'n', "пат": 'n', "прат": 'n', "ат": 'n', "ват": 'n', "зат": 'n', "дп": 'n', "кп": 'n', "пп": 'n',
	"дк": 'f', "нак": 'f', "пк": 'f',
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
			k := f.nameStart(j, e)
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
		for j > 0 && (isAdj(&f.toks[j-1]) && hasCase(&f.toks[j-1], "v_rod") || f.low(j-1) == "ж" || f.low(j-1) == "же") {
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

// ownSubject reports whether the common noun at i, right before the
// singular finite verb at at, is in the nominative of the verb's number
// and gender: the subject after an object put first ("Активістів
// поліція затримала"), not a genitive the object governs. (A plural
// noun is left alone: "фірми" may be either.)
func (f *finder) ownSubject(i, at int) bool {
	t, v := &f.toks[i], &f.toks[at]
	return i+1 == at && f.entityAt(i) == "" && strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_naz") &&
		finiteVerb(v) && numberOf(v) == -1 && sameForm(t, v)
}

// hangsOnObject reports whether the noun or the name at i follows,
// past its kind's word and quote marks, a person's noun in the accusative
// or the genitive (not the nominative) that opens no prepositional
// phrase: it hangs on that object as its genitive and is no subject
// ("Директора фірми затримали", "Директора ТОВ «Альфа» затримали").
func (f *finder) hangsOnObject(i int) bool { return f.objectHead(i) >= 0 }

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
		if f.missionName(i) {
			return "" // "НАТО в рамках місії «Балтійський вартовий» направило": the mission it acts under
		}
		if street(f.ents, f.entityAt(i)) {
			return "" // "мешканці будинку, що на вулиці Франка, 12 провели акцію": an address does nothing
		}
		if after && i > 0 && isNoun(&f.toks[i-1]) && f.entityAt(i-1) == "" && f.governedBy(i-1) != "" {
			return "" // "відійшли з села Олександро-Шультине": the name of what the preposition governs
		}
		if k := f.kindBefore(i); after && k >= 0 && !hasCase(&f.toks[k], "v_naz") {
			return "" // "оштрафували фірму «Альфа»": the name stands in its kind's case
		}
		if !after && f.accusativeKind(i) {
			return "" // "Компанію «Альфа» оштрафували": the object put first, in its kind's accusative
		}
		if !after && f.toldKind(i) {
			return "" // "Суркіс у коментарі виданню «Український футбол» висловив": the one told
		}
		if !after && f.agentKind(i) {
			return "" // "Суд, спираючись на документи, надані фірмою «Альфа», зобов'язав": who gave them
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
			nv := !after && (strings.Contains(t.Tag, ":nv") || acronym) && (i == 0 || !isNoun(&f.toks[i-1]) && !isAdj(&f.toks[i-1]) ||
				f.spanType(i-1) == "DATE" || f.spanType(i-1) == "PERIOD" || weekdays[f.toks[i-1].Lemma] ||
				// "наступного тижня ЄС виділить": a phrase of time the
				// tagger left untagged
				timeNouns[f.toks[i-1].Lemma] && hasCase(&f.toks[i-1], "v_rod") && i >= 2 && isAdj(&f.toks[i-2]) ||
				// "Тим часом ЗСУ уразили": meanwhile
				i >= 2 && f.low(i-1) == "час" && f.low(i-2) == "той" && hasCase(&f.toks[i-1], "v_oru") ||
				// "У відповідь НАТО підняло в повітря винищувачі": in answer
				i >= 2 && f.low(i-1) == "відповідь" && (f.low(i-2) == "у" || f.low(i-2) == "в") ||
				// "Слідчі ДБР затримали": the body of the investigators
				// before it, an adjective standing as a noun
				inquirers[f.low(i-1)] && isAdj(&f.toks[i-1]) && hasCase(&f.toks[i-1], "v_naz")) &&
				// "представники України та США": joined to a genitive
				!(i >= 2 && isAnd(&f.toks[i-1]) && hasCase(&f.toks[i-2], "v_rod") && !hasCase(&f.toks[i-2], "v_naz") && !strings.Contains(f.toks[i-2].Tag, ":nv") && f.entityAt(i-2) != "")
			// A foreign surname the tagger reads as a vocative (Стере
			// відвідав) is a subject when it is its own base form and
			// the surname of a full name; a vocative that differs from
			// it (Стрибе) or a name alone (Любо) calls someone.
			voc, sp := false, f.spanOf(i) // (the name's span, asked once for the tests below)
			if sp != nil && hasCase(t, "v_kly") && sp.Type == "PERS" {
				voc = sp.Lemma == sp.Text && strings.Contains(f.ents.Name(e), " ")
			}
			// A surname that is its own base form, read by the tagger as
			// a genitive, after a phrase of time (Того ж дня Цахкна
			// відвідав): the subject.
			if sp != nil && !after && hasCase(t, "v_rod") && sp.Type == "PERS" && sp.Lemma == sp.Text &&
				strings.Contains(f.ents.Name(e), " ") && i > 0 && timeNouns[f.toks[i-1].Lemma] {
				voc = true
			}
			// A body's name that is its own base form, read as a genitive
			// after a phrase of time (Минулого тижня Сили оборони уразили,
			// the genitive сили hanging on тижня): the subject.
			if sp != nil && !after && hasCase(t, "v_rod") && sp.Type == "ORG" && sp.Lemma == sp.Text && i >= 2 &&
				timeNouns[f.toks[i-1].Lemma] && hasCase(&f.toks[i-1], "v_rod") && isAdj(&f.toks[i-2]) && sp.Start == t.RStart {
				voc = true
			}
			// A surname that is its own base form read as a locative with
			// no preposition before it (Гроссі закликав, read as Гросс):
			// a locative is never bare, so it is the subject.
			if sp != nil && !after && hasCase(t, "v_mis") && !hasCase(t, "v_naz") && sp.Type == "PERS" && sp.Lemma == sp.Text &&
				strings.Contains(f.ents.Name(e), " ") && (i == 0 || !isPrep(&f.toks[i-1])) {
				voc = true
			}
			// A person's name the tagger took for an inanimate common
			// noun (Свенсен as свенсен, in the accusative) has no case
			// to trust: before the verb, after no noun it could hang on
			// but a phrase of time (Нагадаємо, у березні Свенсен
			// відвідала Київ), it is the subject.
			if sp != nil && !after && sp.Type == "PERS" && !hasCase(t, "v_naz") && strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, ":prop") &&
				(i == 0 || !isNoun(&f.toks[i-1]) || f.spanType(i-1) == "DATE" || timeNouns[f.toks[i-1].Lemma]) {
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
			if sp != nil && !after && !voc && hasCase(t, "v_dav") && !hasCase(t, "v_naz") && sp.Type == "PERS" &&
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
			if !voc && !nv && f.numberedInCase(i, e) {
				return "" // "Батьки учнів ліцею №5 попросили": the name ending in its number is in its noun's case
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
			(i+1 >= len(f.toks) || !isNoun(&f.toks[i+1]) && !isAdj(&f.toks[i+1])) {
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
			(i+1 >= len(f.toks) || !isNoun(&f.toks[i+1]) ||
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
		c := i - 1 // the count, past the adjectives of the counted: "близько 300 українських аграріїв"
		for !after && c > 0 && c >= i-2 && isAdj(&f.toks[c]) && hasCase(&f.toks[c], "v_rod") && strings.Contains(f.toks[c].Tag, ":p") {
			c--
		}
		if !after && c >= 1 && scaleWords[strings.TrimSuffix(scan.ToLower(f.toks[c].Text), ".")] && f.toks[c-1].Kind == vistka.Number && !f.punctIn(i+1, at) {
			// "8 тис. козаків розбили": the figure before its scale,
			// abbreviated, in the verb's clause ("загинуло 2 млн жителів,
			// а понад 4 млн були змушені" counts the first clause's dead,
			// not the second's subject)
			c--
		}
		if !after && c >= 0 && (f.toks[c].Kind == vistka.Number || fewWords[f.low(c)] || f.countingNumeral(c) || crowds[f.low(c)] && isNoun(&f.toks[c])) && isNoun(t) && (strings.Contains(t.Tag, ":anim") || countedStates[lower(t)] && f.countedAlone(c)) &&
			strings.Contains(t.Tag, ":p:") && hasCase(t, "v_rod") && !strings.Contains(t.Tag, "pron") && (strings.HasSuffix(f.toks[at].Tag, ":p") || strings.Contains(f.toks[at].Tag, ":p:")) {
			// "близько 20 важкоатлетів і тренерів вийшли", "Понад сто
			// фермерів пікетували": as many as the text counts, and the
			// nouns joined on
			hi := i + 1
			if hi+1 < at && isAnd(&f.toks[hi]) && isNoun(&f.toks[hi+1]) && hasCase(&f.toks[hi+1], "v_rod") {
				hi += 2
			}
			if e := f.entityAt(hi); e != "" && hi < at && hasCase(&f.toks[hi], "v_rod") {
				for hi < at && f.entityAt(hi) == e {
					hi++ // "кілька прихильників УПЦ": whose
				}
			}
			lo := c
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
		bodyAcc := !after && v < len(f.toks) && isVerb(&f.toks[v]) && actorNoun(lower(t)) &&
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
			if e := f.sentBy(i); e != "" && envoys[lower(t)] && (lower(t) != "делегація" || f.ents.Type(e) == "LOC") && !f.workforceOf(i, e) {
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
			if actorNoun(lower(t)) && (i == 0 || !isAdj(&f.toks[i-1])) && !strings.Contains(t.Tag, ":p:") &&
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
		if k := f.bracketOpen(i); k >= 0 {
			// "Каунаський технологічний університет (Литва)
			// підписали": what the brackets add is no subject
			i = k
			continue
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
				if e := f.entityAt(i - 1); e != "" {
					// "гості з Литви, Латвії, Естонії, які запрошували":
					// a name under a preposition, or the last of a list
					// under one, is not what який stands for; the people
					// it tells where from are
					p := f.listUnderPrep(i-1, e)
					if k := f.nameStart(i-1, e) - 1; p < 0 && k >= 0 && isPrep(&f.toks[k]) {
						p = k
					}
					if p < 0 && f.headOfPhrase(i-1, e) {
						return e, i - 1
					}
					if h, j := f.peopleBeforeFrom(p); p >= 0 && h != "" {
						return h, j
					}
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
			if f.inClosedCondition(i, at) {
				continue // "погрожувала ветувати, якщо Єврокомісія не надасть гарантій, але зняла": Єврокомісія is надасть's
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
		j := f.pastAdjs(from + 1)
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
	if f.speakersOwnVerb(at) && f.caselessAfter(from) {
		return "", -1 // "Прокуратура заявила, що підозрює ТОВ «Альфа»": whom the speaker suspects
	}
	for i := from; i < len(f.toks) && i <= from+2; i++ {
		if f.toks[i].Kind == vistka.Punct {
			break // "вирішили, що фірма порушила": the next clause's subject
		}
		if isAdj(&f.toks[i]) && i+1 < len(f.toks) && f.inJob(i+1) && !f.inJob(i) {
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
	for j < len(f.toks) && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_oru") {
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

// countedCrowdAfter returns the people counted right after the verb of
// protest or of gathering at at (from: the token after it), who are its
// subject: "Під стінами ОДА пікетували понад 200 шахтарів", "Біля ОДА
// зібралися понад 200 шахтарів"; a verb of another kind takes them as its
// object ("затримали 12 учасників"). "" when there are none.
func (f *finder) countedCrowdAfter(at, from int) string {
	t := &f.toks[at]
	if verbs[f.verb(at)].typ != "PROTEST" && !reflexive(t) && !receives[f.verb(at)] && !f.thingObjectBefore(at) || !plural(t) && !strings.Contains(t.Tag, ":n") {
		return ""
	}
	k := from
	// (a scale the tagger reads as a numeral noun counts too: "1,3 млн
	// переселенців", "понад 370 тис. вчителів")
	for k < len(f.toks) && k <= from+3 && (f.toks[k].Kind == vistka.Number || counts[f.low(k)] || strings.HasPrefix(f.toks[k].Tag, "numr") ||
		k > from && strings.Contains(f.toks[k].Tag, ":numr") && f.toks[k-1].Kind == vistka.Number) {
		k++
	}
	if k == from || k >= len(f.toks) {
		return ""
	}
	n := &f.toks[k]
	if !strings.HasPrefix(n.Tag, "noun:anim:p") && !(households[n.Lemma] && plural(n)) || !hasCase(n, "v_rod") || strings.Contains(n.Tag, "pron") || f.entityAt(k) != "" {
		return ""
	}
	return f.text(from, k+1)
}

// thingObjectBefore reports whether the clause of the finite verb at at
// puts the verb's object first: a thing in the accusative under no
// preposition before it that cannot be its subject, read only as an
// accusative or (as the tagger may read an inanimate accusative) a
// nominative of another number ("Кров здали понад 120 студентів",
// "Допомогу отримали 300 родин"); the people counted after the verb are
// then its subject, not its object.
func (f *finder) thingObjectBefore(at int) bool {
	v := &f.toks[at]
	for j := at - 1; j >= 0 && j >= at-6; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
		if !strings.HasPrefix(t.Tag, "noun:inanim") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_zna") && !hasCase(t, "v_naz") ||
			f.entityAt(j) != "" || f.governedBy(j) != "" || timeNouns[t.Lemma] || f.spanType(j) != "" {
			continue
		}
		return !hasCase(t, "v_naz") || !sameForm(t, v)
	}
	return false
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
// on: "після першої купівлі ФДМУ відібрав", "під час візиту ОВА
// провела".
func (f *finder) acronymBeforeVerb(i, at int) bool {
	t, v := &f.toks[i], &f.toks[at]
	if i != at-1 || i == 0 || !strings.HasPrefix(v.Tag, "verb") || plural(v) || strings.Contains(v.Tag, ":inf") ||
		!strings.Contains(t.Tag, ":nv") || !strings.Contains(t.Tag, ":abbr") || f.spanType(i) != "ORG" {
		return false
	}
	// The genitives before it hang on a preposition, not on a subject:
	// "Адміністративна колегія тервідділення АМКУ оштрафувала" is the
	// board's.
	// (and so does a sum: "Договір на 57 млн гривень ОВА уклала з …")
	j := i - 1
	for j >= 0 && ((isNoun(&f.toks[j]) || isAdj(&f.toks[j])) && hasCase(&f.toks[j], "v_rod") && !hasCase(&f.toks[j], "v_naz") || f.spanType(j) == "MON") {
		j--
	}
	if j >= 2 && f.low(j-1) == "що" && f.toks[j-2].Text == "," && !strings.Contains(v.Tag, ":past") {
		// "Служба заявила, що після рішення АМКУ розірве договори": a
		// що-clause opening with the phrase, its verb with no gender to
		// tell, keeps the speaker for its subject
		return false
	}
	// (or on a phrase of time that hangs on the clause: "Під час візиту
	// ОВА провела зустріч", "Напередодні наради ДСНС провела навчання")
	return j < i-1 && j >= 0 && (isPrep(&f.toks[j]) || f.low(j) == "напередодні" || f.during(j+1))
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
		if finiteVerb(t) {
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
		case v < i && finiteVerb(&f.toks[v]) && asideVerbs[f.low(v)]:
			return k
		case k+3 < i && f.low(k+1) == "за" && (scan.EqualFold(f.toks[k+3].Text, "словами") || scan.EqualFold(f.toks[k+3].Text, "даними")),
			k+3 < i && f.low(k+1) == "на" && scan.EqualFold(f.toks[k+3].Text, "думку"):
			return k
		}
		return 0
	}
	return 0
}

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
	return isVerb(&f.toks[1])
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

// counts are the nouns of a round number that count people in the
// genitive after them: "сотні працівників", "десятки активістів"; by
// lemma, as every word set the rules compare with f.low (сотні is read as
// сотня, торги as торг, консультації as консультація).
var counts = map[string]bool{"сотня": true, "десяток": true, "тисяча": true, "кілька": true, "декілька": true,
	"понад": true, "близько": true, "майже": true, "щонайменше": true, "приблизно": true}

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

// conditions are the words that open a clause of condition (коли, often
// an indirect question, is not among them).
var conditions = map[string]bool{"якщо": true, "доки": true, "поки": true, "якби": true}

// inClosedCondition reports whether the word at i stands in a clause of
// condition (", якщо …", ", доки …") that a comma closes before the
// verb at at, itself in no such clause: "Словаччина погрожувала
// ветувати пакет, якщо Єврокомісія не надасть гарантій, але в середу
// зняла свої застереження" — the clause's subject is its own verb's,
// not at's.
func (f *finder) inClosedCondition(i, at int) bool {
	closed := false
	for j := i + 1; j < at; j++ {
		switch {
		case f.toks[j].Text == ",":
			closed = true
		case closed && conditions[f.low(j)]:
			return false // the verb is in a clause of condition of its own
		}
	}
	if !closed {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if conditions[f.low(j)] {
			return j == 0 || f.toks[j-1].Text == ","
		}
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
	}
	return false
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
		if u := &f.toks[j]; finiteVerb(u) && numberOf(u) == -1 && agree(t, u) {
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

// toldKind reports whether the name at i, in quotation marks, stands
// after the word for its kind in the dative: "у коментарі виданню
// «Український футбол» висловив" tells whom the words were given to (a
// name in quotation marks does not decline, so its own case does not
// tell).
func (f *finder) toldKind(i int) bool {
	if e := f.entityAt(i); e != "" {
		i = f.nameStart(i, e)
	}
	k := f.kindBefore(i)
	return k >= 0 && hasCase(&f.toks[k], "v_dav") && !hasCase(&f.toks[k], "v_naz") && !hasCase(&f.toks[k], "v_rod")
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
	k = f.beforeAdjs(k+1, -1)
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
		return (hasCase(t, "v_naz") || f.ents.Type(e) != "PERS" && (strings.Contains(t.Tag, ":nv") || !strings.Contains(t.Tag, "v_"))) && f.governedBy(j) == ""
	})
	if len(out) < 2 {
		return []string{}
	}
	return out
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

// speakerAfter returns the speaker named after the verb at at that closes
// a direct quote, a person (a title before the name allowed: "міністр
// енергетики Угорщини Ласло Ковач") or a body, in the nominative, with
// where the speaker's phrase opens and closes; "" when the clause names
// none there. A dative may come between ("погрожував Україні речник
// Кремля Дмитро Пєсков").
func (f *finder) speakerAfter(at int) (string, int, int) {
	first := -1
	for j := at + 1; j < len(f.toks) && j <= at+10; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return "", -1, -1
		}
		if first < 0 && hasCase(t, "v_dav") && !hasCase(t, "v_naz") {
			continue // the one threatened or thanked before the speaker
		}
		if first < 0 {
			first = j
		}
		e := f.entityAt(j)
		if e != "" && (f.ents.Type(e) == "PERS" || f.ents.Type(e) == "ORG" && j == first) && hasCase(t, "v_naz") {
			last := j
			for last+1 < len(f.toks) && f.entityAt(last+1) == e {
				last++
			}
			return e, first, last
		}
		if e == "" && !isNoun(t) && !isAdj(t) && t.Kind != vistka.QuoteMark {
			return "", -1, -1
		}
	}
	return "", -1, -1
}

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
	return i >= 2 && isVerb(&f.toks[i-1]) && obj(i-2)
}

// setOffBefore returns where a phrase set off by two commas or two dashes
// right before token at opens, after the noun it tells more of: a
// participle's or a relative clause ("майстра лісу, на території обходу
// якого виявлено пні, відсторонено", "Чоловіка, підозрюваного в
// крадіжці, затримали") or an apposition ("Двом учасникам схеми —
// керівникам фонду — повідомили"); else at.
func (f *finder) setOffBefore(at int) int {
	if at < 3 || f.toks[at-1].Text != "," && !isDash(&f.toks[at-1]) {
		return at
	}
	comma := f.toks[at-1].Text == ","
	for o := at - 2; o >= 1 && o >= at-16; o-- {
		t := &f.toks[o]
		if t.Kind == vistka.Punct && (comma && t.Text != "," || !comma && !isDash(t)) {
			if endsSentence(t) || t.Text == ":" || t.Text == ";" {
				return at
			}
			continue
		}
		if t.Kind != vistka.Punct {
			continue
		}
		n := o - 1
		for n > 0 && (hasCase(&f.toks[n], "v_rod") || f.genitiveOnDative(n)) && isNoun(&f.toks[n-1]) && f.toks[n-1].Kind == vistka.Word {
			n-- // past the genitives on the noun: "майстра лісу"
		}
		h, first := &f.toks[n], &f.toks[o+1]
		if !strings.HasPrefix(h.Tag, "noun") || !strings.Contains(h.Tag, ":anim") || o+1 >= at-1 {
			return at
		}
		c := vtag.Case(h.Tag)
		switch {
		case comma && (strings.Contains(first.Tag, "adjp") || strings.HasPrefix(first.Tag, "noun") && partyParticiples[lower(first)]) && c != "" && hasCase(first, c) && agree(h, first):
			return o // "Чоловіка, підозрюваного в крадіжці,"
		case comma && f.relativeWithin(o+1, at-1):
			return o // "майстра лісу, на території обходу якого виявлено пні,"
		case strings.HasPrefix(first.Tag, "noun") && c != "" && hasCase(first, c) && (!comma || c == "v_dav"):
			return o // "учасникам схеми — керівникам фонду —", "учасникам схеми, керівникам фонду,"
		}
		return at
	}
	return at
}

// relativeWithin reports whether toks[from:to] hold a form of який, the
// word that opens a relative clause within its first words.
func (f *finder) relativeWithin(from, to int) bool {
	for j := from; j < to && j < from+5; j++ {
		if f.toks[j].Lemma == "який" {
			return true
		}
	}
	return false
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

// missions are the undertakings a name in quotes after them names.
var missions = map[string]bool{"місія": true, "операція": true, "ініціатива": true, "програма": true}

// missionName reports whether the name at i is that of a mission or an
// operation named in quotes after its noun in an oblique case: "в рамках
// місії «Балтійський вартовий»".
func (f *finder) missionName(i int) bool {
	if e := f.entityAt(i); e != "" {
		i = f.nameStart(i, e) // the name's first word
	}
	if i < 2 || f.toks[i-1].Kind != vistka.QuoteMark && f.toks[i-1].Text != "«" {
		return false
	}
	k := &f.toks[i-2]
	return missions[f.low(i-2)] && strings.HasPrefix(k.Tag, "noun") && !hasCase(k, "v_naz")
}

// otherSubject reports whether the verb at i has a subject in the
// nominative other than token j (an object tagged as nominative, like
// "рішення" in "це рішення Варшава відкинула", is then an object).
func (f *finder) otherSubject(i, j int) bool {
	for k := max(0, j-1); k < len(f.toks) && k <= i+3; k++ {
		if k == j || k == i || k == j-1 && !isNoun(&f.toks[k]) {
			continue
		}
		t := &f.toks[k]
		if f.entityAt(k) != "" && (hasCase(t, "v_naz") || strings.Contains(t.Tag, ":nv")) && f.governedBy(k) == "" {
			return true
		}
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
			!isNoun(&f.toks[k-1]) && f.entityAt(k-1) == "" {
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
	k := f.thatOpening(at)
	if v := f.adverbsOnly(at - 1); k < 0 && v >= 0 && isAnd(&f.toks[v]) {
		// "розповів, що оцінює збитки в 20 тисяч гривень і подасть
		// позов": the clause's first predicate, coordinated with the
		// verb, has no subject of its own either
		j := v - 1
		for j >= 1 && (f.toks[j].Kind == vistka.Word || f.toks[j].Kind == vistka.Number) && f.low(j) != "що" && !isVerb(&f.toks[j]) {
			j--
		}
		if j >= 1 && finiteVerb(&f.toks[j]) && agree(&f.toks[j], &f.toks[at]) {
			at = j
			k = f.thatOpening(at)
		}
	}
	if k < 0 || !agree(&f.toks[k-2], &f.toks[at]) {
		return nil
	}
	for j := k + 1; j < at; j++ {
		// "зазначив, що перше обладнання прибуде": a noun of its own,
		// which a neuter noun's case may hide, is the clause's subject
		// (not a plural one before a singular verb: "що збитки оцінює").
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_naz") || hasCase(t, "v_zna")) && f.governedBy(j) == "" &&
			!(pluralTag(t.Tag) && strings.Contains(f.toks[at].Tag, ":s:")) {
			return nil
		}
		if f.nounlessSubject(j, at) {
			return nil
		}
	}
	return f.subjects(k - 2)
}

// rankWords are the adjectives besides the ordinals that tell, agreeing
// with an unnamed subject, where it stood in the act: "єдиний", "останній".
var rankWords = map[string]bool{"єдиний": true, "останній": true}

// nounlessSubject reports whether the word at j, in a clause after що,
// is a subject that no noun heads, of the finite verb at at: an
// adjective or a participle standing for people ("що кожен звільнений
// отримає допомогу", "що поранені зможуть отримати") or a number word
// ("що двоє постраждалих отримають"), in the nominative and of the
// verb's number. Such a clause is not the speaker's own doing. (A
// predicative adjective before an infinitive, "що готова надати", is
// no subject: the verb is then not finite; nor is an ordinal or a word
// of rank, "що перша подала".)
func (f *finder) nounlessSubject(j, at int) bool {
	t, v := &f.toks[j], &f.toks[at]
	if !finiteVerb(v) || !hasCase(t, "v_naz") || f.governedBy(j) != "" {
		return false
	}
	if strings.HasPrefix(t.Tag, "numr") {
		return true
	}
	if !isAdj(t) || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":numr") || rankWords[t.Lemma] || !sameForm(t, v) {
		return false // "що перша подала позов", "що єдиний проголосував": the speaker's rank in the act
	}
	n := &f.toks[j+1]
	return j+1 == at || !isNoun(n) && !isAdj(n)
}

// thatOpening returns the "що" after a comma and a verb that opens the
// clause of the verb at at with no verb between them, or -1.
func (f *finder) thatOpening(at int) int {
	k := at - 1
	for k >= 1 && f.toks[k].Kind == vistka.Word && f.low(k) != "що" && !isVerb(&f.toks[k]) {
		k--
	}
	if !f.thatAfterComma(k) || !isVerb(&f.toks[k-2]) {
		return -1
	}
	return k
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
	if t := &f.toks[k]; !finiteVerb(t) || !clauseFrames[f.verb(k)] {
		return -1
	}
	return k
}

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
		if beAux(&f.toks[j]) {
			j++
		}
	}
	if j >= len(f.toks) || !isVerb(&f.toks[j]) || !strings.Contains(f.toks[j].Tag, "impers") {
		return false
	}
	v := impersonalVerb(f.toks[j].Text)
	_, paired := pairs[v][f.low(i)]
	return paired || slices.Contains(lightVerbs[v], f.low(i))
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
	j = f.nameStart(j, e)
	if j < 2 || f.toks[j-1].Kind != vistka.QuoteMark {
		return false
	}
	t := &f.toks[j-2]
	return strings.HasPrefix(t.Tag, "noun") && !hasCase(t, "v_naz") && f.entityAt(j-2) == ""
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
	for j := f.setOffBefore(i) - 1; j >= 0; j-- {
		u := &f.toks[j]
		if u.Kind == vistka.Punct {
			break
		}
		if (strings.HasPrefix(u.Tag, "noun") || strings.HasPrefix(u.Tag, "adj")) && hasCase(u, "v_naz") && !f.genitiveOnDative(j) && !f.accusativeKind(j) {
			return false
		}
	}
	return true
}

// accusativeKind reports whether the name at j, in quotation marks, has
// before it its kind's word in the accusative, whose case the name takes
// whatever the tagger read in it: "Компанію «Альфа» оштрафували".
func (f *finder) accusativeKind(j int) bool {
	k := f.kindBefore(j)
	return k >= 0 && hasCase(&f.toks[k], "v_zna") && !hasCase(&f.toks[k], "v_naz")
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

// fewWords count people vaguely: "кілька прихильників УПЦ напали",
// "безліч мешканців долучалися до мітингів".
var fewWords = map[string]bool{"кілька": true, "декілька": true, "кількоро": true, "кільканадцять": true, "багато": true,
	"безліч": true, "чимало": true}

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
	a = f.nameStart(a, e)
	for b+1 < len(f.toks) && f.entityAt(b+1) == e {
		b++
	}
	v := b + 1
	if v < len(f.toks) && isCloseQuote(f.toks[v].Text) {
		v++
	}
	if v >= len(f.toks) || !isVerb(&f.toks[v]) || !plural(&f.toks[v]) {
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
	k = f.nameStart(k, body)
	k--
	if k >= 0 && isOpenQuote(f.toks[k].Text) {
		k--
	}
	return k >= 0 && (f.low(k) == "у" || f.low(k) == "в")
}

// legalForms are the words a firm's name opens with or follows:
// ДП «Вугілля України», ТОВ «Альфа», компанія «Укрнафта».
// neuterForms are the legal forms whose noun is neuter (підприємство,
// товариство): a past verb of another gender cannot have them for its
// subject.
var neuterForms = map[string]bool{"дп": true, "тов": true, "тзов": true, "пат": true, "прат": true, "ат": true, "ват": true,
	"зат": true, "кп": true, "пп": true}

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

// joinedSides reports whether the name e at i is joined by і, та to
// another name of a body or a country right before or after it, both in
// the nominative: "Україна та Польща", "ЄС і США".
func (f *finder) joinedSides(i int, e string) bool {
	lo, hi := i, i
	lo = f.nameStart(lo, e)
	for hi+1 < len(f.toks) && f.entityAt(hi+1) == e {
		hi++
	}
	other := func(j int) bool {
		o := f.entityAt(j)
		t := f.ents.Type(o)
		// (an indeclinable name, ЄС, США, may be read in any case; a
		// Latin one in none)
		return o != "" && o != e && (t == "ORG" || t == "LOC") && (hasCase(&f.toks[j], "v_naz") || strings.Contains(f.toks[j].Tag, ":nv") || !strings.Contains(f.toks[j].Tag, "v_"))
	}
	// (past the kind of a firm named, with its adjectives: "міська рада
	// та польська компанія Solaris")
	if lo > 0 && f.toks[lo-1].Kind == vistka.QuoteMark {
		lo-- // «Нафтогаз»
	}
	if hi+1 < len(f.toks) && f.toks[hi+1].Kind == vistka.QuoteMark {
		hi++
	}
	lo, hi = f.pastKind(lo, -1), f.pastKind(hi, 1)
	return lo >= 2 && isAnd(&f.toks[lo-1]) && other(f.pastKind(lo-1, -1)-1) || hi+2 < len(f.toks) && isAnd(&f.toks[hi+1]) && other(f.pastKind(hi+1, 1)+1)
}

// pastKind returns, from the token at i, the last token in direction dir
// (1 after, -1 before) of a firm's kind and its adjectives in the
// nominative that no name covers ("польська компанія" before Solaris),
// or i when there is none.
func (f *finder) pastKind(i, dir int) int {
	k, kind := i, false
	for j := i + dir; j >= 0 && j < len(f.toks) && (j-i)*dir <= 3; j += dir {
		t := &f.toks[j]
		if f.entityAt(j) != "" || !hasCase(t, "v_naz") || !(isAdj(t) || isNoun(t) && legalForms[f.low(j)]) {
			break
		}
		k, kind = j, kind || isNoun(t)
	}
	if !kind {
		return i
	}
	return k
}

// subjectAfter reports whether the finite verb at at is followed by its
// subject closing the clause, a noun or a name in the nominative (an
// acronym in any case) of the verb's number (and, in the past, gender):
// "Двох чоловіків затримала поліція", "Агента ФСБ затримала СБУ".
func (f *finder) subjectAfter(at int) bool {
	v := &f.toks[at]
	if !finiteVerb(v) || at+1 >= len(f.toks) {
		return false
	}
	j := f.pastAdjs(at + 1)
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
	if j < 1 || !isVerb(&f.toks[j-1]) {
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

// workforceOf reports whether the staff noun at i (працівники,
// співробітники) names the workforce of the body e, a workplace named by
// its kind (завод, шахта, лікарня, …): "Працівники Харківського
// тракторного заводу подали позов" are the workers, who act for
// themselves (strike, demand, sue), not the plant; the staff of an
// authority act for it ("співробітники СБУ затримали").
func (f *finder) workforceOf(i int, e string) bool {
	if l := lower(&f.toks[i]); l != "працівник" && l != "співробітник" {
		return false
	}
	named := false // inside e's name
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		in := f.entityAt(j) == e
		if named && !in {
			break
		}
		named = named || in
		if in && workplaces[f.low(j)] {
			return true
		}
	}
	return false
}

// workplaces are the kinds of workplace whose name opens with them (or
// with its adjectives before them): Харківський тракторний завод,
// шахта «Дніпровська», Черкаська обласна лікарня.
var workplaces = map[string]bool{"завод": true, "шахта": true, "фабрика": true, "комбінат": true, "лікарня": true,
	"підприємство": true, "школа": true, "ліцей": true, "університет": true, "депо": true, "порт": true,
	"водоканал": true, "теплокомуненерго": true, "театр": true, "музей": true, "поліклініка": true}

// numberedInCase reports whether the name e, whose word at i is its
// number after № ("ліцею №5", "школи № 12"), which has no case, opens with a
// common noun or an adjective the tagger read in an oblique case only: the whole name is
// in that case, not the nominative its number would seem to allow.
func (f *finder) numberedInCase(i int, e string) bool {
	t := &f.toks[i]
	if strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj") || t.Tag == "" {
		return false
	}
	k := f.nameStart(i, e)
	if k >= i || !slices.ContainsFunc(f.toks[k:i+1], func(u vistka.Token) bool { return strings.HasPrefix(u.Text, "№") }) {
		return false
	}
	h := &f.toks[k]
	return (strings.HasPrefix(h.Tag, "noun") || strings.HasPrefix(h.Tag, "adj")) && !strings.Contains(h.Tag, ":prop") && !strings.Contains(h.Tag, ":nv") &&
		vtag.Case(h.Tag) != "" && !hasCase(h, "v_naz")
}
