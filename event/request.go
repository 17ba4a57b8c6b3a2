package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// districtNouns are the kinds of a town's part or of a region whose name
// follows them.
var districtNouns = map[string]bool{"мікрорайон": true, "район": true, "квартал": true, "громада": true, "область": true}

// kin are the words for family and friends: a request between them is
// a private matter, no event.
var kin = map[string]bool{
	"мама": true, "мати": true, "матуся": true, "тато": true, "батько": true, "бабуся": true, "баба": true,
	"дідусь": true, "дід": true, "сестра": true, "брат": true, "син": true, "донька": true, "дочка": true,
	"онук": true, "онука": true, "тітка": true, "дядько": true, "дружина": true, "подруга": true,
	"друг": true, "приятель": true, "приятелька": true, "сусід": true, "сусідка": true, "кум": true, "кума": true,
}

// privateAsking reports whether a request is put to family or a friend,
// named by the common noun alone ("подруга запропонувала мамі пройти
// обстеження", "Потап звернувся до мами"), or by one of them to no one
// named ("просить мама"): a private suggestion, not a formal appeal. A
// mother's appeal to the president is one.
func (f *finder) privateAsking(ev vistka.Event) bool {
	if len(ev.Recipients) == 0 {
		return slices.ContainsFunc(ev.Actors, func(a string) bool { return kin[scan.ToLower(a)] })
	}
	for _, r := range ev.Recipients {
		if !kin[scan.ToLower(r)] {
			return false
		}
	}
	return true
}

// withJoined adds to ids the other names of the sentence's spans that
// join several ("Маневицького і Колківського лісгоспів" names two
// entities, Маневицький лісгосп and Колківський лісгосп): the event that
// names one names all.
func (f *finder) withJoined(ids []string) []string {
	n := len(ids)
	for k := 0; k < n; k++ {
		for i := range f.toks {
			if f.entityAt(i) != ids[k] {
				continue
			}
			sp := f.spanOf(i)
			if sp == nil || !strings.ContainsAny(sp.Text, ",") && !strings.Contains(sp.Text, " та ") && !strings.Contains(sp.Text, " і ") && !strings.Contains(sp.Text, " й ") {
				continue // a span that joins no names
			}
			lo, hi := i, i
			for lo > 0 && f.toks[lo-1].RStart >= sp.Start {
				lo--
			}
			for hi+1 < len(f.toks) && f.toks[hi+1].REnd <= sp.End {
				hi++
			}
			for j := lo; j <= hi; j++ {
				if e := f.entityAt(j); e != "" && !slices.Contains(ids, e) {
					ids = append(ids, e)
				}
			}
		}
	}
	return ids
}

// coordinators join two verbs of one list.
var coordinators = map[string]bool{"і": true, "й": true, "та": true}

// requested reports whether the verb at i is an infinitive that a verb
// of asking governs: "закликає допомогти дружині" asks for aid, it gives
// none.
func (f *finder) requested(i int) bool {
	if !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	c := i - 1
	if c > 0 && f.low(c) == "також" && f.low(c-1) == "а" {
		c-- // "ухвалити синхронні обмеження, а також запровадити санкції"
	}
	if c > 0 && (coordinators[f.low(c)] || f.low(c) == "а" && f.low(c+1) == "також") {
		// "закликав припинити вогонь з 20 грудня до 19 січня та обміняти
		// всіх полонених": the second of two infinitives asked for, past
		// the first one's long object
		from := c - 1
		if from > 0 && f.toks[from].Text == "," && f.low(c) == "а" {
			from-- // (the comma before "а також")
		}
		for j := from; j >= 0 && j >= i-16; j-- {
			t := &f.toks[j]
			if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" {
				break
			}
			if strings.HasPrefix(t.Tag, "verb") {
				if strings.Contains(t.Tag, ":inf") && f.requested(j) {
					return true
				}
				break
			}
		}
	}
	// "закликав грузинську владу відмовитися": the addressee may stand
	// between them, and a time ("протягом двох місяців скасувати").
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			if t.Text == "," && j == i-1 {
				// "просили видалити фото з мережі, заборонити …": one
				// more infinitive in a list of what is asked for
				return f.listedInfinitive(j)
			}
			return false
		}
		if k, ok := verbs[f.verb(j)]; ok && (k.typ == "REQUEST" || obliges[f.verb(j)]) {
			return true // "зобов'язало міськраду скасувати рішення": what is ordered
		}
		if l := lower(t); l == "запрошення" || (l == "запросити" || l == "запрошувати") && strings.HasPrefix(t.Tag, "verb") {
			return true // "передав їй запрошення канцлера відвідати Берлін": what one is invited to, not done
		}
		if v := f.verb(j); (v == "запропонувати" || v == "пропонувати") && f.proposedTo(j) >= 0 {
			return true // "запропонував депутатам підтримати проєкт": what is asked for
		}
		if nk, ok := nouns[lower(t)]; ok && nk.typ == "REQUEST" && strings.HasPrefix(t.Tag, "noun") {
			return true // "звернулася до суду з вимогою визнати незаконним"
		}
		if finiteVerb(t) {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") {
			// "закликав партнерів «діяти рішуче» і запровадити санкції":
			// an infinitive asked for along with another one
			return f.requested(j)
		}
	}
	return false
}

// turnedToAbout reports whether the verb of turning to someone at i, with
// no noun of what it turns with, names whom it turns to (до X) and then
// the matter (щодо, стосовно, з приводу): "звернулася до МВС щодо вжиття
// заходів", "звернулася до партій, які мають намір …, щодо дотримання
// порядку". Turning to someone about a matter is an appeal to them. A
// relative clause after the addressee is passed over; any other comma or
// a verb of the clause ends the search ("звернувся до журналістів і
// розповів щодо …" says, not asks).
func (f *finder) turnedToAbout(i int) bool {
	j := i + 1
	for j < len(f.toks) && j <= i+3 && f.low(j) != "до" {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		j++ // "звернулася також до", "звернулася вчора до"
	}
	if j >= len(f.toks) || f.low(j) != "до" {
		return false
	}
	rel := false
	for k := j + 1; k < len(f.toks) && k <= j+40; k++ {
		switch l := f.low(k); {
		case l == "щодо" || l == "стосовно":
			return !rel
		case (l == "з" || l == "із") && k+1 < len(f.toks) && f.low(k+1) == "привід":
			return !rel
		case l == "по" && f.askedFor(k) && !f.askedToTurn(i):
			return !rel // "звернувся до банку по гарантії": what is asked for
		}
		if f.toks[k].Kind == vistka.Punct {
			switch {
			case f.toks[k].Text != ",":
				return false
			case k+1 < len(f.toks) && (f.low(k+1) == "який" || f.low(k+1) == "котрий"):
				rel = true
			case rel:
				rel = false // the comma closing the relative clause
			default:
				return false
			}
			continue
		}
		if !rel && isVerb(&f.toks[k]) {
			return false
		}
	}
	return false
}

// askedFor reports whether the по at k governs what one turns to someone
// for ("по допомогу", "по кредит", "по гарантії", "по роз'яснення"): a
// common inanimate noun, past adjectives, that is no place, no way of
// reaching someone (по телефону, in the dative), no whole (по всій
// області) and no comment a journalist asks for (interviewWords), with
// no medical care (по медичну допомогу: treatment sought).
func (f *finder) askedFor(k int) bool {
	h := k + 1
	for h < len(f.toks) && isAdj(&f.toks[h]) {
		if l := f.low(h); l == "весь" || l == "медичний" || l == "меддопомога" {
			return false
		}
		h++
	}
	if h >= len(f.toks) {
		return false
	}
	t := &f.toks[h]
	return strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, ":prop") && !hasCase(t, "v_dav") && !hasCase(t, "v_oru") &&
		f.entityAt(h) == "" && !settlementNouns[t.Lemma] && !districtNouns[t.Lemma] && !reachedBy[t.Lemma] && !interviewWords[t.Lemma]
}

// askedToTurn reports whether the verb at i is an infinitive after a verb
// of asking earlier in the sentence, past a clause set off by commas:
// "попросив мешканців, чиї будинки пошкоджено, звертатися до ЦНАПу по
// компенсацію" tells what they are asked to do, not an appeal made.
func (f *finder) askedToTurn(i int) bool {
	if !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if k, ok := verbs[f.verb(j)]; ok && k.typ == "REQUEST" && strings.HasPrefix(f.toks[j].Tag, "verb") {
			return true
		}
	}
	return false
}

// reachedBy are the nouns of the ways and places one is reached by or
// over after по, and of what по сути, по черзі tell (the tagger may read their dative or locative as
// another case).
var reachedBy = map[string]bool{"телефон": true, "пошта": true, "лінія": true, "зв'язок": true, "відеозв'язок": true, "радіо": true,
	"телебачення": true, "ефір": true, "мережа": true, "інтернет": true, "країна": true, "світ": true,
	"територія": true, "місто": true, "регіон": true, "питання": true, "справа": true, "суть": true, "черга": true}

// proposedTo returns, for a verb of proposing at i that an infinitive
// follows in its clause, whom it proposes it to: a person or a group in
// the dative, between them or opening the clause ("запропонував
// депутатам підтримати проєкт", "Саме промисловцям мер і запропонував
// стати благодійниками"). Proposing that someone do something asks it of
// them. It returns -1 when there is no such addressee, or when the
// infinitive gives something (запропонувала передати обладнання: aid
// offered, see gives) other than information the addressee is to hand
// in ("запропонував керівникам районів надати характеристики": asked).
func (f *finder) proposedTo(i int) int {
	to, inf := -1, -1
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			break
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") {
				inf = j
			}
			break
		}
		if to < 0 && f.addressed(j) {
			to = j
		}
	}
	if inf < 0 || gives[f.verb(inf)] && !(to >= 0 && f.informationAfter(inf)) {
		return -1
	}
	if to >= 0 {
		return to
	}
	for j := i - 1; j >= 0 && j >= i-25; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "(" && t.Text != ")" {
			break // past a name in brackets: "Олександр Борейко (ТОВ «Світязь») і запропонували"
		}
		if finiteVerb(t) {
			break
		}
		if f.addressed(j) {
			to = j // the first of them: "Саме заможним промисловцям …"
		}
	}
	return to
}

// addressed reports whether token j is someone in the dative that a verb
// may address: an animate noun or a person's or a body's name, with no
// preposition before it.
func (f *finder) addressed(j int) bool {
	t := &f.toks[j]
	if !hasCase(t, "v_dav") || f.governedBy(j) != "" || !strings.HasPrefix(t.Tag, "noun") {
		return false
	}
	if strings.Contains(t.Tag, ":anim") {
		return true
	}
	e := f.entityAt(j)
	return e != "" && (f.ents.Type(e) == "PERS" || f.ents.Type(e) == "ORG")
}

// alsoTurnedTo finds, after the appeal at i to someone about a matter
// (see turnedToAbout), a conjunct that leaves the verb out and names a
// second addressee and its matter: "звернулася до партій щодо дотримання
// порядку, а також – до МВС стосовно вжиття заходів". It returns the span
// from the conjunction to the word of the matter and the second
// addressee; r is "" when there is none. A verb between the addressee
// and the matter makes the conjunct a clause of its own.
func (f *finder) alsoTurnedTo(i int) (j, k int, r string) {
	for c := i + 1; c+2 < len(f.toks); c++ {
		if endsSentence(&f.toks[c]) {
			break
		}
		if f.toks[c].Text != "," || f.low(c+1) != "а" && f.low(c+1) != "і" && f.low(c+1) != "та" {
			continue
		}
		d := c + 2
		if f.low(d) == "також" {
			d++
		}
		if d < len(f.toks) && isDash(&f.toks[d]) {
			d++
		}
		if d >= len(f.toks) || f.low(d) != "до" {
			continue
		}
		for k = d + 1; k < len(f.toks) && k <= d+15; k++ {
			t := &f.toks[k]
			if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
				break
			}
			if l := f.low(k); l == "щодо" || l == "стосовно" || (l == "з" || l == "із") && k+1 < len(f.toks) && f.low(k+1) == "привід" {
				return c + 1, k, f.addressee(d + 1)
			}
		}
	}
	return -1, -1, ""
}

// addressee names whom a phrase opening at i (after до) means: the entity
// there, else the lemma of its first noun.
func (f *finder) addressee(i int) string {
	for j := i; j < len(f.toks) && j <= i+3; j++ {
		if e := f.entityAt(j); e != "" {
			return e
		}
		if isNoun(&f.toks[j]) {
			return f.low(j)
		}
	}
	return ""
}

// listedInfinitive reports whether the clause before the comma at c
// holds an infinitive that is asked for (see requested), so that the
// infinitive after the comma continues its list.
func (f *finder) listedInfinitive(c int) bool {
	for j := c - 1; j >= 0 && j >= c-10; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") {
			return strings.Contains(t.Tag, ":inf") && f.requested(j)
		}
	}
	return false
}

// obliges are verbs of ordering: the infinitive after them is what is
// ordered, not done.
var obliges = map[string]bool{"зобов'язати": true, "зобов'язувати": true, "наказати": true, "доручити": true}

// turnedToAuthority reports whether the verb of turning to someone at i,
// with no noun of what it turns with, turns to those in charge (see
// authorities), the head noun after до past its adjectives: "звернулися
// до влади і надзвичайних служб", "звернулися до лозівського мера".
// People turning to the authorities appeal to them; turning to a court
// (a claim), to journalists or to a nation (a speech) is not this.
func (f *finder) turnedToAuthority(i int) bool {
	j := i + 1
	for j < len(f.toks) && j <= i+3 && f.low(j) != "до" {
		if f.punctOrVerb(j) {
			return false
		}
		j++
	}
	if j >= len(f.toks) || f.low(j) != "до" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+4; k++ {
		t := &f.toks[k]
		if strings.HasPrefix(t.Tag, "adj") {
			continue
		}
		return strings.HasPrefix(t.Tag, "noun") && authorities[t.Lemma]
	}
	return false
}

// information are the nouns of what one is asked to hand in rather than
// given as aid: "надати … характеристики своїх районів", "подати звіти".
var information = map[string]bool{
	"інформація": true, "характеристика": true, "звіт": true, "дані": true, "пояснення": true,
	"пропозиція": true, "перелік": true, "список": true, "довідка": true, "відомість": true,
}

// informationAfter reports whether the infinitive of giving at inf has
// information (see information) for its object in its clause.
func (f *finder) informationAfter(inf int) bool {
	for j := inf + 1; j < len(f.toks) && j <= inf+6 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") && information[t.Lemma] && !hasCase(t, "v_rod") {
			return true
		}
	}
	return false
}
