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
		if v+1 >= len(f.toks) || !strings.HasPrefix(f.toks[v].Tag, "verb") || !speechVerbs[f.verb(v)] || !plural(&f.toks[v]) {
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
	if tr.noun < 0 || !slices.Contains(strings.Fields(scan.ToLower(f.ents.Name(r))), "суд") {
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
		if f.toks[j].Kind == vistka.Punct || strings.HasPrefix(f.toks[j].Tag, "verb") {
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
		if l := f.low(j); (l == "з" || l == "із") && j+1 < i && f.partyAfterZ(j) != "" {
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
		if f.toks[j].Kind == vistka.Punct || strings.HasPrefix(f.toks[j].Tag, "verb") {
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
	if k < 2 || f.low(k) != "що" || f.toks[k-1].Text != "," {
		return nil
	}
	// the verb of saying before the comma, past whom it was told to
	// ("сказав «Нашим грошам», що")
	for m := k - 2; m >= 0 && k-2-m <= 4; m-- {
		if !strings.HasPrefix(f.toks[m].Tag, "verb") {
			continue
		}
		if v := f.verb(m); !speechVerbs[v] && !appealSayers[v] && !replies[v] {
			return nil
		}
		if s := f.subjects(m); len(s) > 0 {
			return s
		}
		if b := f.bodyTold(m); b != "" {
			return []string{b}
		}
		return nil
	}
	return nil
}

// bodyTold returns the body a plural verb of saying with no subject at m
// is told in, named after у or в opening its clause: "У департаменті
// «Нашим грошам» пояснили" (the department), or "".
func (f *finder) bodyTold(m int) string {
	if !strings.Contains(f.toks[m].Tag, ":p") {
		return ""
	}
	for j := m - 1; j >= 0 && m-j <= 6; j-- {
		if f.toks[j].Kind == vistka.Punct && !isOpenQuote(f.toks[j].Text) && !isCloseQuote(f.toks[j].Text) {
			return ""
		}
		if l := f.low(j); (l == "у" || l == "в") && j+1 < m && strings.HasPrefix(f.toks[j+1].Tag, "noun") && hasCase(&f.toks[j+1], "v_mis") {
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
// that opens the sentence in the dative before an impersonal notice of
// suspicion: "Директорці районної лікарні повідомлено про підозру" (the
// director of the hospital). It returns "" for any other trigger, or when
// a name stands there (the rules of names read it).
func (f *finder) dativeSuspect(tr trig) string {
	if !tr.verb || tr.noun < 0 || f.low(tr.noun) != "підозра" || f.verb(tr.at) != "повідомити" {
		return ""
	}
	if t := f.toks[tr.at].Tag; !strings.Contains(t, "impers") && !strings.HasPrefix(t, "adv") {
		return ""
	}
	k := 0
	if k < tr.at && strings.Contains(f.toks[k].Tag, "pron:pos") {
		k++ // "Її заступнику повідомлено про підозру"
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
	if k < 3 || f.low(k-2) != "як" || !strings.HasPrefix(f.toks[k-1].Tag, "verb") || f.toks[k-3].Text != "," {
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
