package event

// The constructions of court, prosecution and audit news read here: the
// impersonal forms of rulings and charges (оштрафовано, стягнуто,
// скеровано), the body that tells its own act in a closing cue, claims
// lodged with a court, statements brought to law enforcement, and appeals
// told by a party's spokesman.

import (
	"cmp"
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
			return cmp.Or(f.entityAt(k), f.objectPhrase(k, tr))
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
