package event

// The constructions of court, prosecution and audit news read here: the
// impersonal forms of rulings and charges (оштрафовано, стягнуто,
// скеровано), the body that tells its own act in a closing cue, claims
// lodged with a court, statements brought to law enforcement, and appeals
// told by a party's spokesman.

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// firmBeforeImpersonal returns the organisation named right before the
// impersonal form at at, its name opening the clause: "ТОВ «Альфа»
// оштрафовано на 2 млн грн". A form in -но, -то has no subject, so the
// firm is what it was done to, though the quoted part of its name reads
// as a nominative. It returns "" when there is none, or when the name is
// under a preposition or hangs on a noun before it.
func (f *finder) firmBeforeImpersonal(at int) string {
	if !strings.Contains(f.toks[at].Tag, "impers") {
		return ""
	}
	j := at - 1
	for j > 0 && f.entityAt(j) == "" && (f.toks[j].Kind == vistka.QuoteMark || isCloseQuote(f.toks[j].Text)) {
		j--
	}
	e := f.entityAt(j)
	if j < 0 || e == "" || f.ents.Type(e) != "ORG" || f.governedBy(j) != "" || f.prepBeforeForm(j, e) != "" {
		return ""
	}
	h := j
	for h > 0 && (f.entityAt(h-1) == e || f.entityAt(h-1) == "" && (f.toks[h-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[h-1].Text) || legalForms[f.low(h-1)])) {
		h--
	}
	if !legalForms[f.low(h)] {
		return "" // "Альфа" alone may be the genitive of a noun before it
	}
	if h > 0 && f.toks[h-1].Kind != vistka.Punct && !strings.HasPrefix(f.toks[h-1].Tag, "conj") {
		return ""
	}
	return e
}

// cueBody returns the body of law enforcement named by a cue that closes
// the sentence after the impersonal form at at, the body telling its own
// act: "Обвинувальний акт скеровано до суду, повідомили в Полтавській
// обласній прокуратурі", "Івану Петренку повідомлено про підозру, —
// повідомили в поліції". It returns "" when there is none.
func (f *finder) cueBody(at int) string {
	// (an impersonal form the tagger read as an adverb is one too:
	// повідомлено)
	if t := f.toks[at].Tag; !strings.Contains(t, "impers") && !strings.HasPrefix(t, "adv") {
		return ""
	}
	for j := at + 1; j+2 < len(f.toks); j++ {
		if f.toks[j].Text != "," && f.toks[j].Text != "—" && f.toks[j].Text != "–" {
			continue
		}
		v := j + 1
		if v < len(f.toks) && (f.toks[v].Text == "—" || f.toks[v].Text == "–") {
			v++ // ", — повідомили в …"
		}
		if v+1 >= len(f.toks) || !isVerb(&f.toks[v]) || !speechVerbs[f.verb(v)] || !plural(&f.toks[v]) {
			continue
		}
		if p := f.low(v + 1); p != "в" && p != "у" {
			continue
		}
		for k := v + 2; k < len(f.toks) && k <= v+5; k++ {
			e := f.entityAt(k)
			if e == "" {
				continue
			}
			for m := k; m < len(f.toks) && f.entityAt(m) == e; m++ {
				if lawBodies[scan.ToLower(f.toks[m].Lemma)] {
					return e
				}
			}
			return ""
		}
	}
	return ""
}

// sentToCourt reports whether the recipient r of the event of tr is the
// court an indictment is sent to ("Обвинувальний акт скеровано до
// Октябрського районного суду") or a claim put before its verb is
// lodged with ("Позов до Господарського суду Київської області заявила
// прокуратура"), not one charged.
func (f *finder) sentToCourt(tr trig, r string) bool {
	if tr.noun < 0 || !slices.Contains(scan.Fields(scan.ToLower(f.ents.Name(r))), "суд") {
		return false
	}
	if f.low(tr.noun) == "обвинувальний" {
		return true
	}
	// (a claim put first only: after the verb, "подала скаргу до
	// Верховного Суду", the court is left to the rules of objects)
	return claims[f.low(tr.noun)] && tr.noun < tr.at && tr.noun+2 < len(f.toks) && f.low(tr.noun+1) == "до" && f.entityAt(tr.noun+2) == r
}

// offenceAdj reports whether the adjective w calls an act an offence:
// "корупційні дії", "протиправні діяння".
func offenceAdj(w string) bool {
	switch w {
	case "корупційний", "корупційні", "злочинний", "злочинні", "протиправний", "протиправні", "незаконний", "незаконні":
		return true
	}
	return false
}

// toLaw reports whether the заява at n is brought to a body of law
// enforcement named right before it: "звернувся до НАБУ із заявою",
// "звернулася до поліції із заявою" (an offence reported, whatever it
// says).
func (f *finder) toLaw(n int) bool {
	for j := n - 1; j >= 1 && j >= n-5; j-- {
		if f.punctOrVerb(j) {
			return false
		}
		if lawBodies[scan.ToLower(f.toks[j].Lemma)] && f.low(j-1) == "до" {
			return true
		}
	}
	return false
}

// claimToCourt reports whether the claim noun at j is followed, up to the
// verb at i, only by the court it is lodged with: "Позов до
// Господарського суду Чернігівської області заявила прокуратура".
func (f *finder) claimToCourt(j, i int) bool {
	if !claims[f.low(j)] || j+2 >= i || f.low(j+1) != "до" {
		return false
	}
	court := false
	for m := j + 2; m < i; m++ {
		t := &f.toks[m]
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || !hasCase(t, "v_rod") {
			return false
		}
		court = court || courtNoun(f.low(m))
	}
	return court
}

// recoveredBefore returns the з or із before the impersonal form of
// стягнути or стягувати at i that names whom a sum is recovered from,
// in the same clause ("з ТОВ «Альфа» на користь міської ради стягнуто 8
// млн грн"), or -1.
func (f *finder) recoveredBefore(i int, v string) int {
	if v != "стягнути" && v != "стягувати" || !strings.Contains(f.toks[i].Tag, "impers") {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		t := &f.toks[j]
		quote := t.Kind == vistka.QuoteMark || isOpenQuote(t.Text) || isCloseQuote(t.Text)
		if !quote && t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if l := f.low(j); (l == "з" || l == "із") && j+1 < i && (f.partyAfterZ(j) != "" || f.roleAfterZ(j)) {
			return j
		}
	}
	return -1
}

// partyAfterZ returns the party named right after the з or із at j
// (past a firm's legal form and quote marks), or "".
func (f *finder) partyAfterZ(j int) string {
	for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
		if e := f.entityAt(k); e != "" {
			return e
		}
		if t := &f.toks[k]; t.Kind != vistka.QuoteMark && !isOpenQuote(t.Text) && !legalForms[f.low(k)] {
			return ""
		}
	}
	return ""
}

// priceAsked reports whether просити at i asks a price, told against
// another's: "ТОВ «Бета», яке просило на 9 млн грн менше" (a bid, no
// request put to anyone).
func (f *finder) priceAsked(i int) bool {
	if i+1 >= len(f.toks) || f.low(i+1) != "на" {
		return false
	}
	for j := i + 2; j < len(f.toks) && j <= i+6; j++ {
		switch f.low(j) {
		case "менше", "більше", "дешевше", "дорожче":
			return true
		}
		if f.punctOrVerb(j) {
			return false
		}
	}
	return false
}

// appealToldBy returns the side of the one who tells, in a clause of
// "що" with no subject of its own, an appeal a plural verb makes or
// prepares: "Представник депутатки сказав «Нашим грошам», що скаргу вже
// готують", "У департаменті пояснили, що …, а рішення колегії
// оскаржать" — the speaker's side appeals. It returns nil when the verb
// is no appeal in the plural, or the clause names its own subject.
func (f *finder) appealToldBy(at int) []string {
	t := &f.toks[at]
	if !strings.Contains(t.Tag, ":p:3") || strings.Contains(t.Tag, ":past") {
		return nil
	}
	switch f.verb(at) {
	case "оскаржити", "оскаржувати", "готувати", "подати", "подавати":
	default:
		return nil
	}
	k := at - 1
	for ; k >= 1 && at-k <= 12 && f.low(k) != "що"; k-- {
		u := &f.toks[k]
		if u.Text == "." || u.Text == ":" || u.Text == ";" {
			return nil
		}
		if strings.HasPrefix(u.Tag, "noun") && hasCase(u, "v_naz") && !hasCase(u, "v_zna") && plural(u) && f.governedBy(k) == "" {
			// "що юристи готують скаргу": its own subject (a singular,
			// "рішення колегії оскаржать", is the plural verb's object)
			return nil
		}
	}
	if !f.thatAfterComma(k) {
		return nil
	}
	_, who := f.toldBefore(k)
	return who
}

// toldBefore returns the verb of saying before the ", що" at k, past
// whom it was told to ("сказав «Нашим грошам», що"), and who says it:
// its subjects, or the body it is told in (bodyTold). m is -1 when no
// verb of saying stands within four words.
func (f *finder) toldBefore(k int) (m int, who []string) {
	for m := k - 2; m >= 0 && k-2-m <= 4; m-- {
		if !isVerb(&f.toks[m]) {
			continue
		}
		if v := f.verb(m); !speechVerbs[v] && !appealSayers[v] && !replies[v] {
			return -1, nil
		}
		if s := f.subjects(m); len(s) > 0 {
			return m, s
		}
		if b := f.bodyTold(m); b != "" {
			return m, []string{b}
		}
		return m, nil
	}
	return -1, nil
}

// bodyTold returns the body a plural or impersonal verb of saying with no subject at m
// is told in, named after у or в opening its clause: "У департаменті
// «Нашим грошам» пояснили" (the department), or "".
func (f *finder) bodyTold(m int) string {
	if !subjectless(f.toks[m].Tag) {
		return ""
	}
	for j := m - 1; j >= 0 && m-j <= 6; j-- {
		if f.toks[j].Kind == vistka.Punct && !isOpenQuote(f.toks[j].Text) && !isCloseQuote(f.toks[j].Text) {
			return ""
		}
		if l := f.low(j); (l == "у" || l == "в") && j+1 < m && isNoun(&f.toks[j+1]) && (hasCase(&f.toks[j+1], "v_mis") || strings.Contains(f.toks[j+1].Tag, ":nv")) {
			// (an indeclinable name the tagger read in another case: "В
			// МЗС попередили")
			if e := f.entityAt(j + 1); e != "" {
				return e
			}
			return f.toks[j+1].Lemma
		}
	}
	return ""
}

// replies are the verbs of saying, besides speechVerbs and appealSayers,
// a party answers with: "пояснили, що …", "відповів, що …".
var replies = map[string]bool{"пояснити": true, "пояснювати": true, "відповісти": true, "відповідати": true}

// dativeSuspect returns the person, named by a noun of role with no name,
// that opens the sentence in the dative, its adjectives first, before an
// impersonal or subjectless notice of suspicion: "Директорці районної
// лікарні повідомлено про підозру" (the director of the hospital),
// "Колишньому голові повідомили про підозру"; or that follows such a
// notice put first:
// "Про підозру повідомлено також начальнику відділу". It returns "" for
// any other trigger, or when a name opens the sentence (the rules of
// names read it).
func (f *finder) dativeSuspect(tr trig) string {
	if !tr.verb || tr.noun < 0 || f.low(tr.noun) != "підозра" || f.verb(tr.at) != "повідомити" {
		return ""
	}
	// (or a subjectless past plural: "Колишньому сільському голові ще
	// торік повідомили про підозру")
	if t := f.toks[tr.at].Tag; !strings.Contains(t, "impers") && !strings.HasPrefix(t, "adv") && !(strings.Contains(t, ":past") && pluralTag(t)) {
		return ""
	}
	if tr.noun < tr.at {
		// "Про підозру повідомлено також начальнику відділу": the
		// suspect after the form, past its adverbs
		k := tr.at + 1
		for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adv") {
			k++
		}
		if k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "noun:anim") && !strings.Contains(f.toks[k].Tag, "pron") && hasCase(&f.toks[k], "v_dav") {
			return f.objectAt(k, tr)
		}
	}
	k := 0
	if k < tr.at && strings.Contains(f.toks[k].Tag, "pron:pos") {
		k++ // "Її заступнику повідомлено про підозру"
	}
	for k < tr.at && isAdj(&f.toks[k]) && !strings.Contains(f.toks[k].Tag, "numr") && hasCase(&f.toks[k], "v_dav") && f.entityAt(k) == "" {
		k++ // "Колишньому сільському голові" (an ordinal, "Другому затриманому", is read as before)
	}
	t := &f.toks[k]
	if k >= tr.at || !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_dav") || f.entityAt(k) != "" {
		return ""
	}
	return f.objectPhrase(k, tr)
}

// asideCite reports whether the name at i is the source of an aside "як
// стверджує X," set off by commas inside a clause ("Усі вони, як
// стверджує прокуратура, підписували акти"): it says, and is no subject
// of the clause's verb.
func (f *finder) asideCite(i int) bool {
	e := f.entityAt(i)
	k := i
	for e != "" && k > 0 && f.entityAt(k-1) == e {
		k--
	}
	if k < 3 || f.low(k-2) != "як" || !isVerb(&f.toks[k-1]) || f.toks[k-3].Text != "," {
		return false
	}
	j := i + 1
	for e != "" && j < len(f.toks) && f.entityAt(j) == e {
		j++
	}
	return j < len(f.toks) && f.toks[j].Text == ","
}

// futureAfter returns the future of бути that an infinitive at at put
// first stands before in its clause, "оскаржувати рішення фірма не
// буде", "оскаржувати його не будуть", and whether не negates it; -1
// when there is none.
func (f *finder) futureAfter(at int) (int, bool) {
	for j := at + 1; j < len(f.toks) && j <= at+5; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return -1, false
		}
		if !strings.HasPrefix(t.Tag, "verb") {
			continue
		}
		if t.Lemma != "бути" || !strings.Contains(t.Tag, "futr") {
			return -1, false
		}
		return j, f.low(j-1) == "не"
	}
	return -1, false
}

// failedAfter reports whether the infinitive at at is followed in its
// clause by a negated past of змогти or могти that governs it, the
// modal put after: "Сторони домовитися не змогли" — it was not done.
func (f *finder) failedAfter(at int) bool {
	for j := at + 1; j < len(f.toks) && j <= at+4; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if !strings.HasPrefix(t.Tag, "verb") {
			continue
		}
		return (t.Lemma == "змогти" || t.Lemma == "могти") && strings.Contains(t.Tag, ":past") && f.low(j-1) == "не"
	}
	return false
}

// againstOpening returns whom a case or an indictment is against, named
// after щодо or стосовно opening its clause before the trigger: "Щодо
// посадовця відкрито кримінальне провадження", "Обвинувальний акт
// стосовно трьох посадовців прокуратура направила до суду". It returns
// "" for any other trigger, or when no person or body follows.
func (f *finder) againstOpening(tr trig) string {
	if tr.k.typ != "ACCUSE" || tr.noun < 0 || !proceedings[f.low(tr.noun)] {
		return ""
	}
	first := min(tr.at, tr.noun)
	if tr.noun < tr.at {
		// the noun put first, щодо right after it: "Обвинувальний акт
		// стосовно трьох посадовців прокуратура направила"
		j := tr.noun + 1
		if f.low(tr.noun) == "обвинувальний" {
			j++ // past акт
		}
		if j < tr.at && sanctionTopics[f.low(j)] && isPrep(&f.toks[j]) {
			return f.againstAfter(j, tr.at, tr)
		}
	}
	for j := first - 1; j >= 0 && first-j <= 8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if !sanctionTopics[f.low(j)] || !isPrep(t) {
			continue
		}
		if j > 0 && f.toks[j-1].Kind != vistka.Punct && j-1 != tr.noun && j-2 != tr.noun {
			return "" // (under a noun of its own: "рішення щодо фірми")
		}
		return f.againstAfter(j, first, tr)
	}
	return ""
}

// againstAfter returns the name, or the phrase of a person or a body in
// the genitive, that the щодо or стосовно at j governs before end; "".
func (f *finder) againstAfter(j, end int, tr trig) string {
	for k := j + 1; k < end && k <= j+4; k++ {
		if e := f.entityAt(k); e != "" {
			return e
		}
		if u := &f.toks[k]; strings.HasPrefix(u.Tag, "noun") {
			if !hasCase(u, "v_rod") {
				return ""
			}
			return f.objectPhrase(k, tr)
		}
	}
	return ""
}

// indictmentAt reports whether the adjective at j opens "обвинувальний
// акт" as an object, in the accusative (or the nominative the tagger may
// give it), wherever it stands before its verb: its trigger is the
// adjective, which the words for whom it is against may part from the
// verb.
func (f *finder) indictmentAt(j int) bool {
	t := &f.toks[j]
	return f.low(j) == "обвинувальний" && strings.HasPrefix(t.Tag, "adj") && (hasCase(t, "v_zna") || hasCase(t, "v_naz")) &&
		j+1 < len(f.toks) && f.low(j+1) == "акт"
}

// ownerSeized reports whether the genitive at i names whose property is
// seized or whose home is searched: "наклав арешт на майно
// підозрюваного", "наклали арешт на рахунки компанії «Омега»",
// "провели обшуки у посадовців митниці", "обшук у квартирі
// підозрюваного". The owner is the one coerced.
func (f *finder) ownerSeized(i int, tr trig) bool {
	if tr.k.typ != "COERCE" || tr.noun < 0 || i <= tr.noun+1 || !hasCase(&f.toks[i], "v_rod") || !isNoun(&f.toks[i]) {
		return false
	}
	p := tr.noun + 1
	switch n := f.low(tr.noun); {
	case n == "арешт" && f.low(p) == "на":
		// the property in the accusative, then its owner
		return f.propertyThen(p+1, i, "v_zna")
	case n == "обшук" && (f.low(p) == "у" || f.low(p) == "в"):
		// the people searched, or their premises in the locative first
		return i == f.pastAdjs(p+1) || f.propertyThen(p+1, i, "v_mis")
	}
	return false
}

// propertyThen reports whether toks[from:i] is one noun in case c with
// its adjectives, what is seized or searched, so that the genitive at i
// is its owner.
func (f *finder) propertyThen(from, i int, c string) bool {
	k := f.pastAdjs(from)
	if k != i-1 {
		return false
	}
	t := &f.toks[k]
	return strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, c)
}

// standingPerson reports whether the participle or adjective at i stands
// alone for a person of a criminal case, as the object of a measure: "Суд
// обрав підозрюваному запобіжний захід" (the tagger reads підозрюваному
// as a participle; no noun of its case follows).
func (f *finder) standingPerson(i int) bool {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "adj") || !personAdjs[scan.ToLower(t.Lemma)] || !hasCase(t, "v_dav") && !hasCase(t, "v_zna") {
		return false
	}
	if i+1 < len(f.toks) {
		n := &f.toks[i+1]
		if (strings.HasPrefix(n.Tag, "noun") || strings.HasPrefix(n.Tag, "adj")) && vtag.Case(n.Tag) == vtag.Case(t.Tag) {
			return false // "підозрюваному чоловіку": the noun is the person
		}
	}
	return true
}

// personForm returns the nominative of the participle or adjective at i
// that stands for a person, in its gender and number: затриманій →
// затримана, підозрюваним → підозрювані (the lemma is the masculine
// singular).
func (f *finder) personForm(i int) string {
	t := &f.toks[i]
	if strings.Contains(t.Tag, ":n:") {
		return scan.ToLower(t.Lemma) // a person is no neuter: обвинуваченому read as one is a man
	}
	return f.adjectiveFor(i, t)
}

// roleAfterZ reports whether the з or із at j governs a person named by
// a noun of role, in the genitive: "З підприємця стягнуто 40 тисяч
// гривень штрафу".
func (f *finder) roleAfterZ(j int) bool {
	if j+1 >= len(f.toks) || f.entityAt(j+1) != "" {
		return false
	}
	t := &f.toks[j+1]
	return strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_rod")
}

// lawStaffBefore reports whether the one-word acronym e at i follows an
// adjective in the nominative that names staff of law enforcement, the
// head of a subject the tagger reads as an adjective: "Слідчі ДБР" (an
// indeclinable acronym, tagged in any case, hangs on it).
func (f *finder) lawStaffBefore(i int, e string) bool {
	if i < 1 || f.entityAt(i-1) == e || i+1 < len(f.toks) && f.entityAt(i+1) == e {
		return false
	}
	t := &f.toks[i-1]
	return strings.HasPrefix(t.Tag, "adj") && hasCase(t, "v_naz") && lawBodies[scan.ToLower(t.Lemma)] && f.governedBy(i-1) == ""
}

// refusedClaimOf reports whether the name e at i owns the claim a court
// refuses "у задоволенні": "Суд відмовив у задоволенні позову ТОВ
// «Гамма» до Укрзалізниці" (the claimant, though the name stands under
// у).
func (f *finder) refusedClaimOf(i int, e string) bool {
	k := i
	for k > 0 && (f.entityAt(k-1) == e || f.toks[k-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[k-1].Text) || legalForms[f.low(k-1)]) {
		k--
	}
	if k < 3 || !claims[f.low(k-1)] || !hasCase(&f.toks[k-1], "v_rod") || f.low(k-2) != "задоволення" {
		return false
	}
	l := f.low(k - 3)
	return l == "у" || l == "в"
}

// filedThing reports whether the verb at `at` (подати до суду) has an
// object in the accusative of its own before end: what was handed to the
// court ("подав до суду документи"), or a claim, which is the trigger
// then ("подала до суду позов").
func (f *finder) filedThing(at, end int) bool {
	for k := at + 1; k < end && k < len(f.toks); k++ {
		t := &f.toks[k]
		if t.Text == "," || t.Text == "." || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") && !strings.HasPrefix(f.toks[k-1].Tag, "prep") && f.entityAt(k) == "" &&
			scan.ToLower(t.Lemma) != "суд" {
			return true
		}
	}
	return false
}

// caseIndex is caseToken as the index of the token.
func (f *finder) caseIndex(i int) int {
	t := &f.toks[i]
	j := i // the first word of the name: "село Велика Писарівка"
	if e := f.entityAt(i); e != "" {
		for j > 0 && i-j < 4 && f.entityAt(j-1) == e {
			j--
		}
	}
	if j > 0 && (hasCase(t, "v_naz") || hasCase(t, "v_zna") && strings.Contains(t.Tag, "inanim") || hasCase(t, "v_rod") && hasCase(&f.toks[j-1], "v_mis")) &&
		settlementNouns[f.toks[j-1].Lemma] && f.spanType(i) == "LOC" {
		// (or the genitive: "в порту Карасу", "у порту Одеси"; an
		// inanimate name the tagger read as the accusative its nominative
		// looks like: "в селі Вінницькі Хутори")
		return j - 1
	}
	return i
}

// courtBefore reports whether a court is named before the verb at i in
// its sentence, as the subject of an acquittal is: "Апеляційний суд
// виправдав лікаря", "Колегія суддів виправдала обвинуваченого".
func (f *finder) courtBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch f.low(j) {
		case "суд", "госпсуд", "райсуд", "суддя", "колегія", "присяжний", "трибунал":
			return true
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "ORG" && strings.Contains(scan.ToLower(f.toks[j].Lemma), "суд") {
			return true
		}
	}
	return false
}

// quashedBefore reports whether a verdict is quashed before the verb at i
// in its sentence: "скасував вирок міського суду та виправдав його".
func (f *finder) quashedBefore(i int) bool {
	for j := i - 1; j > 0; j-- {
		if f.low(j) == "вирок" && (f.verb(j-1) == "скасувати" || f.verb(j-1) == "скасовувати") {
			return true
		}
	}
	return false
}

// inquiryOrdered reports whether the verb at i (призначити, оголосити)
// has an inquiry as its object, next to it or after its adjectives
// ("оголосила позапланову перевірку", "призначили службове
// розслідування"): an investigation opened. An inquiry named later in
// the clause ("призначив керівника розслідування", "призначив нараду
// щодо перевірки") is none.
func (f *finder) inquiryOrdered(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "adj") {
			continue
		}
		switch f.low(j) {
		case "перевірка", "розслідування", "аудит":
			return hasCase(t, "v_zna")
		}
		return false
	}
	return false
}

// offenceReported reports whether the заява at n reports an offence, as
// a complaint to the police or a watchdog does: "заяву про можливе
// порушення антикорупційного законодавства", "заяву про вчинення
// злочину" (not "заяву про звільнення").
func (f *finder) offenceReported(n int) bool {
	if f.toLaw(n) {
		return true
	}
	if n+1 >= len(f.toks) || f.low(n+1) != "про" {
		return false
	}
	for j := n + 2; j < len(f.toks) && j <= n+4; j++ {
		switch f.low(j) {
		case "порушення", "правопорушення", "злочин", "вчинення", "скоєння", "шахрайство", "зловживання",
			"вимагання", "хабарництво", "крадіжка", "розкрадання", "погроза", "погрози":
			return true
		case "дія", "дії", "діяння":
			// "про можливі корупційні дії": an act an adjective calls
			// an offence
			return offenceAdj(f.low(j - 1))
		}
		if !isAdj(&f.toks[j]) {
			return false
		}
	}
	return false
}

// caseAgainst are the prepositions that name whom a case concerns
// (a case under відносно is read already).
var caseAgainst = map[string]bool{"щодо": true, "стосовно": true, "проти": true}

// caseAgainstBefore returns whom a case opened by the verb at at concerns
// when a phrase of caseAgainst names it before the verb in its clause
// ("Стосовно посадовця відкрито кримінальне провадження", "Щодо
// директора фірми порушено кримінальну справу", "Проти мера відкрито
// провадження"); "" when there is none.
func (f *finder) caseAgainstBefore(at int, tr trig) string {
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		if f.toks[k].Kind == vistka.Punct {
			return ""
		}
		if l := f.low(k); !caseAgainst[l] || !isPrep(&f.toks[k]) {
			continue
		}
		h := k + 1
		for h < at && isAdj(&f.toks[h]) {
			h++
		}
		if h >= at {
			return ""
		}
		if e := f.entityAt(h); e != "" {
			return e
		}
		return f.objectPhrase(h, tr)
	}
	return ""
}

// complaint reports whether the trigger tr is a grievance told with no
// one it is against: a count of complaints ("подали понад 300 скарг"), or
// скаржитися, поскаржитися or нарікати on a state of things, на and a
// thing with no name in the rest of its clause ("скаржаться на низький
// тиск води", "скаржилися на затримки компенсацій"). A complaint that
// something was done ("поскаржилися, що начальник використовує …") or of
// a named side ("на накрутку голосів на користь клубу «Олімп»") is left.
func (f *finder) complaint(tr trig) bool {
	if tr.noun >= 0 {
		return f.low(tr.noun) == "скарга" && tr.noun > 0 && f.toks[tr.noun-1].Kind == vistka.Number
	}
	switch f.verb(tr.at) {
	case "скаржитися", "поскаржитися", "нарікати":
	default:
		return false
	}
	j := tr.at + 1
	if j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j++ // "скаржаться також на …"
	}
	if j+1 >= len(f.toks) || f.low(j) != "на" || f.low(j+1) == "те" {
		return false
	}
	for k := j + 1; k < len(f.toks); k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct && !isDash(t) || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if f.entityAt(k) != "" || strings.Contains(t.Tag, ":anim") && strings.HasPrefix(t.Tag, "noun") {
			return false // "на дії поліції", "на водіїв": someone it is against
		}
	}
	return true
}

// auditOf reports whether the inspection noun at i, in the genitive after
// під час (adjectives between), names the body inspected right after it:
// "під час позапланової перевірки Укрзалізниці".
func (f *finder) auditOf(i int) bool {
	if !hasCase(&f.toks[i], "v_rod") || i+1 >= len(f.toks) || f.entityAt(i+1) == "" || f.ents.Type(f.entityAt(i+1)) != "ORG" {
		return false
	}
	j := f.beforeAdjs(i, 0)
	return j > 0 && f.low(j) == "час" && f.low(j-1) == "під"
}

// inTurn returns where ", а той" begins a clause with no verb of its own
// that repeats the verb at at with its roles turned: "звинувачував
// Стасюка у популізмі, а той, у свою чергу, у бажанні …" — той, then the
// preposition that followed the object. It returns the span from а to
// that preposition, or -1, -1 for any other.
func (f *finder) inTurn(at int) (from, to int) {
	prep := ""
	for j := at + 1; j < len(f.toks) && j <= at+6; j++ {
		if isPrep(&f.toks[j]) {
			prep = f.low(j)
			break
		}
	}
	if prep == "" {
		return -1, -1
	}
	for j := at + 1; j+2 < len(f.toks); j++ {
		t := &f.toks[j]
		if endsSentence(t) || finiteVerb(t) {
			return -1, -1
		}
		if t.Text != "," || f.low(j+1) != "а" || f.low(j+2) != "той" || !hasCase(&f.toks[j+2], "v_naz") {
			continue
		}
		k := j + 3
		for k < len(f.toks) && (f.toks[k].Kind == vistka.Punct || isDash(&f.toks[k])) {
			k++
		}
		if k+2 < len(f.toks) && f.low(k) == "у" && f.low(k+1) == "свій" && f.low(k+2) == "черга" {
			k += 3 // у свою чергу
		}
		for k < len(f.toks) && (f.toks[k].Kind == vistka.Punct || isDash(&f.toks[k])) {
			k++
		}
		if k < len(f.toks) && isPrep(&f.toks[k]) && (f.low(k) == prep || (prep == "у" || prep == "в") && (f.low(k) == "у" || f.low(k) == "в")) {
			return j + 1, k
		}
		return -1, -1
	}
	return -1, -1
}

// plotVerb and plotNouns tell a hostile plan: готує провокацію, планує
// теракт. (plotVerb is a switch: plots asks about every verb of every
// sentence, and most are none of these five.)
func plotVerb(v string) bool {
	switch v {
	case "готувати", "планувати", "підготувати",
		// "встановила, що кібератаку здійснило угруповання": an attack
		// found and laid at someone's door
		"здійснити", "здійснювати":
		return true
	}
	return false
}

var plotNouns = map[string]bool{"провокація": true, "теракт": true, "диверсія": true, "напад": true,
	"вторгнення": true, "наступ": true, "атака": true, "удар": true, "провокації": true,
	"кібератака": true, "підпал": true}

// plots reads a plan told in reported speech as an accusation by the
// speaker of whoever is said to plan it: "ГУР заявило, що Росія готує
// провокацію на ЗАЕС".
func (f *finder) plots(quotes []vistka.Quote) []vistka.Event {
	var out []vistka.Event
	for i := range f.toks {
		t := &f.toks[i]
		if v := f.verb(i); !plotVerb(v) || i+1 >= len(f.toks) {
			continue
		}
		obj := -1
		for k := i + 1; k < len(f.toks) && k <= i+3; k++ {
			if plotNouns[f.toks[k].Lemma] {
				obj = k
				break
			}
			if !isAdj(&f.toks[k]) && !strings.HasPrefix(f.toks[k].Tag, "numr") {
				break
			}
		}
		if obj < 0 && i >= 2 {
			// "кібератаку на системи «Укрпошти» здійснило угруповання":
			// the plan or attack before the verb
			for k := i - 1; k >= 0 && k >= i-12; k-- {
				if l := f.toks[k].Lemma; plotNouns[l] && hasCase(&f.toks[k], "v_zna") {
					obj = k
					break
				}
				if f.toks[k].Kind == vistka.Punct || f.low(k) == "що" {
					break
				}
			}
		}
		if obj < 0 {
			continue
		}
		var q *vistka.Quote
		for k := range quotes {
			if c := &quotes[k]; !c.Direct && c.Speaker != "" && c.Start <= t.RStart && t.REnd <= c.End {
				q = c
			}
		}
		if q == nil {
			continue
		}
		who, k := f.subject(i)
		if who == "" || who == q.Speaker || f.armsSubject(i, k) {
			// (the arms an attack was made with accuse no one: "За
			// даними розвідки, атаку здійснили морські безпілотники")
			continue
		}
		out = append(out, vistka.Event{Type: "ACCUSE", Actors: []string{q.Speaker}, Recipients: []string{who}, Aux: []string{},
			Trigger:     t.Lemma + " " + f.toks[obj].Lemma,
			TriggerSpan: &vistka.Range{Start: min(t.RStart, f.toks[obj].RStart), End: max(t.REnd, f.toks[obj].REnd)},
			Sentence:    vistka.Range{Start: f.a.Sentences[f.s].RStart, End: f.a.Sentences[f.s].REnd}})
	}
	return out
}

// armsSubject reports whether the subject of the verb at i, read from the
// token at k (or, when k is -1, put after the verb), is arms: "атаку
// здійснили морські безпілотники".
func (f *finder) armsSubject(i, k int) bool {
	if k >= 0 {
		return weapons[f.low(k)]
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if isNoun(&f.toks[j]) {
			return weapons[f.low(j)]
		}
	}
	return false
}

// pretrialEntry reports whether the entry made by the verb at i goes into
// the register of pre-trial investigations (ЄРДР, Єдиний реєстр
// досудових розслідувань) or tells an offence: "внесла до ЄРДР відомості
// про кримінальне правопорушення".
func (f *finder) pretrialEntry(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+12; j++ {
		if f.toks[j].Kind == vistka.Punct && f.toks[j].Text != "," {
			return false
		}
		switch f.low(j) {
		case "єрдр", "досудовий", "правопорушення", "злочин":
			return true
		}
		if f.toks[j].Text == "ЄРДР" {
			return true
		}
	}
	return false
}

// courtNoun reports whether w names a court, which a claim is filed with,
// not brought against.
func courtNoun(w string) bool {
	return w == "суд" || w == "госпсуд" || w == "райсуд" || w == "трибунал"
}

// suspicionBefore returns the index of підозра after про that opens the
// clause of the verb at i, up to seven words before it ("Про підозру у
// хабарництві повідомили …"), or -1.
func (f *finder) suspicionBefore(i int) int {
	for j := i - 1; j >= 1 && j >= i-7; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return -1
		}
		if f.low(j) == "підозра" && isNoun(&f.toks[j]) && f.low(j-1) == "про" && isPrep(&f.toks[j-1]) {
			return j
		}
	}
	return -1
}

// suspectOpening returns the party participle that opens the clause
// before the verb whose words begin at at, with the charge after it
// ("Підозрюваного в крадіжці затримали") or alone, as the tagger may read
// it as an adjective ("Підозрюваного затримано наступного дня"), or "".
func (f *finder) suspectOpening(at int) string {
	party := func(i int) bool {
		// (a participle standing alone the tagger may read as a noun)
		return f.partyParticiple(i) || isNoun(&f.toks[i]) && partyParticiples[lower(&f.toks[i])]
	}
	p := at - 1 // the party word, with no charge after it
	if p >= 0 && !party(p) {
		// the charge: "в крадіжці", "у розбійному нападі на крамницю"
		p = -1
		for k := at - 1; k >= 1 && k >= at-8; k-- {
			t := &f.toks[k]
			if t.Kind != vistka.Word || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && !hasCase(t, "v_zna") {
				return ""
			}
			if (f.low(k) == "в" || f.low(k) == "у") && isPrep(t) && party(k-1) {
				p = k - 1
				break
			}
		}
	}
	if p < 0 || !party(p) || !hasCase(&f.toks[p], "v_zna") && !hasCase(&f.toks[p], "v_rod") || !f.clauseOpens(f.modifiersBefore(p)) {
		return ""
	}
	return f.toks[p].Lemma
}

// bribeIn reports whether the clause of the verb or the noun at i names
// what is given as a bribe: "неправомірна вигода", "хабар", "відкат".
func (f *finder) bribeIn(i int) bool {
	start, end := f.allotClause(i)
	for j := start; j <= end; j++ {
		switch f.low(j) {
		case "хабар", "відкат":
			return isNoun(&f.toks[j])
		case "неправомірний":
			if j+1 <= end && f.low(j+1) == "вигода" {
				return true
			}
		}
	}
	return false
}

// criminals are the nouns for those whose calls and visits are the means
// of a crime.
var criminals = map[string]bool{"шахрай": true, "аферист": true, "зловмисник": true, "злочинець": true, "вимагач": true}

// byCriminals reports whether a noun of criminals in the nominative
// stands within three words of the verb at i: "якому зателефонували
// шахраї", "шахраї телефонували".
func (f *finder) byCriminals(i int) bool {
	return f.nominativeNear(i, criminals)
}

// checkedForPart reports whether the verb of checking at i checks someone
// for a part in a crime: "перевіряє його на причетність до …".
func (f *finder) checkedForPart(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) == "на" && strings.HasPrefix(f.low(j+1), "причетн") {
			return true
		}
	}
	return false
}

// checkedWhether reports whether the verb of checking at i asks, in a
// чи-clause right after it, whether someone did wrong: "перевірить, чи не
// порушив туроператор санкційний режим", "з'ясовують, чи причетні вони до
// розстрілу цивільних" — an inquiry into them (not "перевірили, чи
// працює світлофор").
func (f *finder) checkedWhether(i int) bool {
	j := i + 1
	if j < len(f.toks) && f.toks[j].Text == "," {
		j++
	}
	if j >= len(f.toks) || f.low(j) != "чи" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+6 && f.toks[k].Kind != vistka.Punct; k++ {
		if scan.HasAnyPrefix(f.low(k), wrongs...) {
			return true
		}
	}
	return false
}

// wrongs are the beginnings of the lemmas that tell of wrongdoing in a
// question asked by an inquiry (see checkedWhether).
var wrongs = []string{"поруш", "причетн", "винн", "винуват", "незаконн", "зловжи", "привласн", "підроб"}

// investigatorChecks reports whether the verb of checking at i has for
// its subject, in its clause, investigators or a body of law enforcement
// or audit, and for its object a body's dealings or the body or firm
// itself: "Детективи НАБУ перевіряють ще чотири контракти",
// "Держаудитслужба перевірила закупівлі", "компанію вже перевіряла
// Рахункова палата" — an inquiry, not a check of quality ("Мер перевірив
// якість ремонту").
func (f *finder) investigatorChecks(i int) bool {
	if !f.dealingsAfter(i) && f.checkedBody(i) < 0 {
		return false
	}
	return f.inquirerNear(i, -1) || f.inquirerNear(i, 1)
}

// inquirerNear reports whether an investigator or a body of law
// enforcement or audit in the nominative stands within five words of
// the verb at i, before it (dir -1) or after it (dir 1), in its clause.
func (f *finder) inquirerNear(i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(f.toks) && j != i+6*dir; j += dir {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if e := f.entityAt(j); e != "" {
			for _, b := range investigators {
				if strings.Contains(f.ents.Name(e), b) {
					return true
				}
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && inquirers[f.low(j)] {
			return true
		}
	}
	return false
}

// checkedBody returns the word of a body or firm that is the object of
// the verb of checking at i, in the accusative right after it or put
// first in its clause ("перевірила ДП «Гамма»", "компанію перевіряла
// палата"), or -1.
func (f *finder) checkedBody(i int) int {
	at := func(j int) bool {
		t := &f.toks[j]
		if !hasCase(t, "v_zna") || hasCase(t, "v_naz") && f.entityAt(j) == "" {
			return false
		}
		if e := f.entityAt(j); e != "" {
			return f.ents.Type(e) == "ORG"
		}
		return strings.HasPrefix(t.Tag, "noun") && checkedBodies[f.low(j)]
	}
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if at(j) {
			return j
		}
		if f.toks[j].Kind == vistka.Punct || f.low(j) != "також" && f.low(j) != "ще" {
			break
		}
	}
	if j := f.frontedAccusative(i); j >= 0 && (at(j) || f.entityAt(j) != "" && f.ents.Type(f.entityAt(j)) == "ORG") {
		return j
	}
	return -1
}

// checkedBodies are the common nouns of the bodies and firms an inquiry
// checks.
var checkedBodies = map[string]bool{"компанія": true, "підприємство": true, "фірма": true, "товариство": true,
	"установа": true, "управління": true, "департамент": true, "міністерство": true, "фонд": true}

// dealingsAfter reports whether the object of the verb at i, within the
// next words of its clause, is a body's dealings: contracts, deals,
// procurements, tenders, payments.
func (f *finder) dealingsAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if dealings[f.low(j)] {
			return true
		}
	}
	return false
}

// dealings are the nouns of dealings that investigators check.
var dealings = map[string]bool{"контракт": true, "договір": true, "угода": true, "закупівля": true, "тендер": true,
	"платіж": true, "виплата": true, "витрата": true, "операція": true, "транзакція": true}

// inquirers are the common nouns of those who investigate or audit.
var inquirers = map[string]bool{"детектив": true, "слідчий": true, "прокурор": true, "правоохоронець": true, "аудитор": true,
	"ревізор": true, "оперативник": true, "поліція": true, "прокуратура": true, "слідство": true}

// investigators are the bodies of law enforcement and audit, by a word of
// their names.
var investigators = []string{"НАБУ", "ДБР", "БЕБ", "СБУ", "Служба безпеки", "антикорупційне бюро", "Бюро економічної безпеки",
	"Державне бюро розслідувань", "Держаудитслужба", "аудиторська служба", "Рахункова палата", "прокуратура", "поліція"}

// appealToCome returns the speaker of a clause of "що" that tells an
// appeal in the passive future: "адвокат заявив, що ухвалу буде
// оскаржено", "…, додавши, що вирок буде оскаржено" — the one who says
// it will be appealed is the one who will appeal. An appeal told in the
// past ("повідомив, що вирок оскаржено") may be anyone's, and is not read.
func (f *finder) appealToCome(at int) []string {
	if v := f.verb(at); v != "оскаржити" && v != "оскаржувати" || at < 1 || f.low(at-1) != "бути" || !strings.Contains(f.toks[at-1].Tag, "futr") {
		return nil
	}
	k := at - 2
	for k >= 1 && f.toks[k].Kind == vistka.Word && f.low(k) != "що" && !isVerb(&f.toks[k]) {
		k--
	}
	if !f.thatAfterComma(k) {
		return nil
	}
	if !isVerb(&f.toks[k-2]) && !strings.HasPrefix(f.toks[k-2].Tag, "advp") {
		// "адвокат заявив журналістам, що вирок буде оскаржено": past
		// whom it was told to
		if m, who := f.toldBefore(k); m >= 0 {
			return who
		}
		return nil
	}
	if v := f.verb(k - 2); !speechVerbs[v] && !appealSayers[v] {
		return nil
	}
	m := k - 2
	if strings.HasPrefix(f.toks[m].Tag, "advp") {
		// "заявив …, додавши, що …": the participle's subject is the
		// verb's before it
		m--
		for m >= 0 && f.toks[m].Text != "." && (!finiteVerb(&f.toks[m])) {
			m--
		}
		if m < 0 || f.toks[m].Text == "." {
			return nil
		}
	}
	return f.subjects(m)
}

// appealSayers are the verbs of saying, besides speechVerbs, that tell a
// speaker's own appeal to come.
var appealSayers = map[string]bool{
	"додати": true, "додавати": true, "повідомляти": true, "наголошувати": true, "зазначати": true,
	"запевнити": true, "запевняти": true, "пообіцяти": true, "попередити": true,
}

// courtWords make a засідання a court hearing.
var courtWords = map[string]bool{"суд": true, "колегія": true, "трибунал": true}

// purposeBefore reports whether the infinitive at i opens a clause of
// purpose with adverbs or particles between: "аби остаточно відмовитися
// від газу", "щоб не допустити".
func (f *finder) purposeBefore(i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if tag := f.toks[j].Tag; !strings.HasPrefix(tag, "adv") && !strings.HasPrefix(tag, "part") {
			return false
		}
		if l := f.low(j - 1); l == "щоб" || l == "аби" {
			return true
		}
	}
	return false
}

// quotedIntention reports whether the infinitive at i follows a word of
// intention or ground across a closing quote mark: "«не бачить підстав»
// виводити війська" tells no withdrawal.
func (f *finder) quotedIntention(i int) bool {
	return i > 1 && f.toks[i-1].Kind == vistka.QuoteMark && intentions[f.low(i-2)]
}

// intentionBefore reports whether the infinitive at i follows a noun of
// intention or decision with its genitive owner between: "підтримали
// рішення Маневицького і Колківського лісгоспів відмовитися від угідь".
func (f *finder) intentionBefore(i int) bool {
	i = f.timeSpanBefore(i) // "про намір уряду до 1 травня виділити"
	// "пригрозив Україні заблокувати": a threat's addressee between
	if i >= 2 && threats[f.verb(i-2)] && (hasCase(&f.toks[i-1], "v_dav") || strings.Contains(f.toks[i-1].Tag, "pron")) {
		return true
	}
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		t := &f.toks[j]
		if !hasCase(t, "v_rod") && !isAnd(t) && t.Kind != vistka.QuoteMark {
			return false
		}
		if p := &f.toks[j-1]; strings.HasPrefix(p.Tag, "noun") && intentions[lower(p)] && !hasCase(p, "v_rod") {
			return true
		}
	}
	return false
}

// intentionRightBefore reports whether a word of intention stands right
// before the infinitive at i, a time phrase between them apart
// ("має намір до 1 травня виділити"). A time phrase opening the sentence
// ("До кінця року підписати угоду") has nothing before it.
func (f *finder) intentionRightBefore(i int) bool {
	k := f.timeSpanBefore(i)
	return k > 0 && intentions[f.low(k-1)]
}

// intentions are words whose infinitive is only meant, not done: намір
// судитися; щоб and аби give one of purpose ("готує провокацію, щоб
// звинуватити Україну").
// threats are the verbs of threatening whose infinitive is not done.
var threats = map[string]bool{"пригрозити": true, "погрожувати": true, "пригрожувати": true, "загрожувати": true,
	"грозити": true, "грозитися": true}

var intentions = map[string]bool{"намір": true, "план": true, "бажання": true, "готовність": true, "щоб": true, "аби": true,
	// "з метою заморозити українців": a purpose told
	"мета": true,
	// "необхідно вручити йому підозру": what is still to be done
	"необхідно": true, "потрібно": true, "треба": true,
	// "не можна звинувачувати безневинних": what one may or may not
	// do, a norm, nothing done
	"можна": true,
	// "суд відмовився задовольнити позов": the refusal is the event
	"відмовитися": true, "відмовлятися": true,
	// "пригрозив заблокувати вступ": the threat is the event
	"пригрозити": true, "погрожувати": true, "пригрожувати": true, "загрожувати": true,
	"грозити": true, "грозитися": true, // "грозиться заблокувати пакет"
	// "є сенс розмовляти": what would make sense; "не мала права
	// скасовувати": what one may or may not do; "не мав підстав
	// зобов'язати": a ground to act, not the act
	"сенс": true, "право": true, "повноваження": true, "підстава": true,
	// "намагається спростувати свою винуватість": tried, not done
	"намагатися": true, "спробувати": true, "намагання": true, "спроба": true,
	// "подякувала Данії за рішення передати літаки": what was decided
	"рішення": true, "пропозиція": true, "обіцянка": true, "згода": true,
	// "відмова Німеччини передати ракети": the refusal is the event
	"відмова": true,
	// "суд дав дозвіл провести обшук": what is permitted, not done
	"дозвіл": true}

// warrantRelative returns the warrant noun a relative clause opening
// right before the verb of issuing at i stands for ("ордера на арешт,
// який видав федеральний суд", "ордер, виданий …" aside), the noun at most
// three words before the comma; or -1.
func (f *finder) warrantRelative(i int) int {
	if v := f.verb(i); v != "видати" && v != "видавати" || i < 3 || f.low(i-1) != "який" || f.toks[i-2].Text != "," {
		return -1
	}
	for j := i - 3; j >= 0 && j >= i-5; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return -1
		}
		if f.low(j) == "ордер" {
			return j
		}
	}
	return -1
}

// throughCourt reports whether tokens from to end name the court as the
// way a sum was recovered: "через суд", "в судовому порядку".
func (f *finder) throughCourt(from, end int) bool {
	for j := from; j+1 < end && j+1 < len(f.toks); j++ {
		if w := f.low(j + 1); f.low(j) == "через" && (w == "суд" || strings.HasPrefix(w, "госпсуд")) ||
			f.toks[j].Lemma == "судовий" && f.toks[j+1].Lemma == "порядок" {
			return true
		}
	}
	return false
}

// complainedOf returns whom a complaint is about, named after на right
// after the noun скарга or the verb скаржитися: a name ("скаржаться на
// кафе «Ромашка»"), an animate noun ("скарги на сусідів"), or the one
// whose work it is ("зі скаргами на діяльність піцерії": піцерія). A
// complaint about a thing (на шум) names no one; "" then.
func (f *finder) complainedOf(tr trig) string {
	s := tr.noun
	if s < 0 || f.toks[s].Lemma != "скарга" {
		if v := f.verb(tr.at); v != "скаржитися" && v != "поскаржитися" && v != "нарікати" {
			return ""
		}
		s = tr.at
	}
	j := s + 1
	if j >= len(f.toks) || f.low(j) != "на" {
		return ""
	}
	work := false
	k := j + 1
	if k < len(f.toks) {
		switch f.toks[k].Lemma {
		case "діяльність", "робота", "дія", "дії", "бездіяльність":
			work, k = true, k+1
		}
	}
	k = f.pastAdjs(k)
	if k >= len(f.toks) {
		return ""
	}
	if e := f.entityAt(k); e != "" {
		return e
	}
	t := &f.toks[k]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || t.Lemma == "" {
		return ""
	}
	if work && hasCase(t, "v_rod") || strings.Contains(t.Tag, ":anim") {
		return scan.ToLower(t.Lemma)
	}
	return ""
}

// auditFinds are the verbs of finding that, told of an inspection,
// report its findings.
var auditFinds = map[string]bool{"виявити": true, "виявляти": true, "встановити": true, "з'ясувати": true, "зафіксувати": true}

// inspections are the nouns of an inspection or an audit of a body.
var inspections = map[string]bool{"перевірка": true, "аудит": true, "ревізія": true, "інспекція": true}

// duringAudit returns the inspection noun when the clause of the verb
// at i opens with "під час" or "в ході" and that noun in the genitive
// (adjectives between, or проведення before it) before the verb, with no
// verb or punctuation between but a relative clause on the inspection:
// "Під час інспекції регулятор виявив, що …", "під час позапланової
// перевірки інспектори виявили", "В ході перевірки екологи встановили",
// "Під час проведення ревізії аудитори виявили", "Під час перевірки,
// яка тривала місяць, інспектори зафіксували"; else -1.
func (f *finder) duringAudit(i int) int {
	lo := i - 8
	for j := i - 1; j >= 2 && j >= lo; j-- {
		t := &f.toks[j]
		if t.Text == "," {
			// a relative clause on the inspection, skipped whole, unless
			// it tells who held it ("яку провела комісія"): the light
			// verb there makes the inspection
			if o := f.relativeOpen(j); o > 0 {
				if f.holdsIn(o, j) {
					return -1
				}
				lo -= j - o
				j = o
				continue
			}
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if !inspections[f.low(j)] || f.entityAt(j) != "" {
			continue // (a body's name: "співробітники Державної фінансової інспекції")
		}
		// (the case is the phrase's, whatever the tagger read: "у ході
		// перевірки" taken for a plural accusative)
		k := f.beforeAdjs(j, 1)
		if f.low(k) == "проведення" {
			k = f.beforeAdjs(k, 1) // "під час проведення ревізії"
		}
		if f.low(k) == "час" && f.low(k-1) == "під" || (f.low(k) == "хід" || f.low(k) == "ході") && (f.low(k-1) == "в" || f.low(k-1) == "у") {
			return j
		}
		return -1
	}
	return -1
}

// auditHeldElsewhere reports whether another sentence of the document
// tells an inspection held (провести or проводити with an inspection
// noun among the three words after it): "Держекоінспекція провела
// перевірку"; a finding "в ході перевірки" then retells it.
func (f *finder) auditHeldElsewhere() bool {
	for s := range f.a.Sentences {
		if s == f.s {
			continue
		}
		toks := f.a.Sentences[s].Tokens
		for i := range toks {
			if l := toks[i].Lemma; l != "провести" && l != "проводити" {
				continue
			}
			for j := i + 1; j < len(toks) && j <= i+3; j++ {
				if inspections[toks[j].Lemma] {
					return true
				}
			}
		}
	}
	return false
}

// holdsIn reports whether a verb of holding (провести, проводити) stands
// between the tokens lo and hi.
func (f *finder) holdsIn(lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if v := f.verb(k); v == "провести" || v == "проводити" {
			return true
		}
	}
	return false
}

// bankruptcyCase reports whether the words from j on name a bankruptcy
// case: "(у справі) про банкрутство", "про визнання банкрутом".
func (f *finder) bankruptcyCase(j int) bool {
	if j+1 < len(f.toks) && (f.low(j) == "у" || f.low(j) == "в") && f.low(j+1) == "справа" {
		j += 2
	}
	if j+1 >= len(f.toks) || f.low(j) != "про" {
		return false
	}
	if n := f.low(j + 1); n == "банкрутство" {
		return true
	}
	return j+2 < len(f.toks) && f.low(j+1) == "визнання" && f.low(j+2) == "банкрут"
}

// referralBodies are the common nouns and acronyms of the bodies that
// take up a referral of findings: поліція, прокуратура, НАБУ.
var referralBodies = map[string]bool{"поліція": true, "прокуратура": true, "бюро": true, "набу": true, "дбр": true, "беб": true,
	"сбу": true, "сап": true, "нацполіція": true, "правоохоронний": true, "слідство": true, "назк": true}

// corruptionAgency reports whether the noun at k is the agency for
// preventing corruption named in full: "агентства з питань запобігання
// корупції" (НАЗК).
func (f *finder) corruptionAgency(k int) bool {
	if f.low(k) != "агентство" {
		return false
	}
	for j := k + 1; j < len(f.toks) && j <= k+4; j++ {
		if f.low(j) == "корупція" {
			return true
		}
	}
	return false
}

// referredToLaw reports whether the verb at i sends something to a law
// enforcement body: "до" within its clause after it, then such a body
// (adjectives before it): "направила до Національного антикорупційного
// бюро", "передали до поліції".
func (f *finder) referredToLaw(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) != "до" {
			continue
		}
		for k := j + 1; k < len(f.toks) && k <= j+4; k++ {
			if referralBodies[f.low(k)] || referralBodies[scan.ToLower(f.toks[k].Text)] || f.corruptionAgency(k) {
				return true
			}
			if !isAdj(&f.toks[k]) {
				return false
			}
		}
		return false
	}
	return false
}
