package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// postedNouns are titles of people posted to a country, whose place
// names their post, when the entity tagger did not mark them: "з послом
// Японії в Україні Масаші Накагоме"; and the offices such people run
// there, whose place is the office's as much ("подякував представництву
// ПРООН в Україні", "місія МВФ в Україні").
var postedNouns = map[string]bool{"посол": true, "посолка": true, "представник": true, "представниця": true,
	"консул": true, "аташе": true, "координатор": true, "координаторка": true, "кореспондент": true,
	"представництво": true, "місія": true}

// envoysPost reports whether the place whose case word is at k, after в
// or у, is the post of an envoy named before it by the title and whose
// envoy he is: "з послом Японії в Україні, який …", "Координатор ООН з
// гуманітарних питань в Україні" (the title's own phrase: nouns,
// adjectives and prepositions in the genitive between).
func (f *finder) envoysPost(k int) bool {
	for j := k - 2; j >= 0 && j >= k-7; j-- {
		t := &f.toks[j]
		if postedNouns[f.low(j)] && strings.HasPrefix(t.Tag, "noun") {
			return true
		}
		e := f.entityAt(j)
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || f.ents.Type(e) == "PERS" || strings.HasPrefix(t.Tag, "noun") && !hasCase(t, "v_rod") && e == "" {
			return false // (a name ends the title: "Посол Польщі Пйотр Лукасевич у Вінниці")
		}
	}
	return false
}

// meetingNouns name a meeting that takes place: "Зустріч відбулася …".
var meetingNouns = map[string]bool{"зустріч": true, "переговори": true, "розмова": true, "засідання": true, "церемонія": true, "саміт": true}

// ownVisit gives the events of a sentence set during a visit it tells
// itself ("Під час візиту до Берліна Зеленський зустрівся з Шольцом", "У
// рамках візиту до Японії Шмигаль підписав угоду") the visit's place and
// date when they have none of their own.
func (f *finder) ownVisit(out []vistka.Event) []vistka.Event {
	k := slices.IndexFunc(out, func(e vistka.Event) bool { return e.Type == "CONSULT" && e.Mode == "visit" && e.Place != "" })
	if k < 0 || !f.setDuring() {
		return out
	}
	for i := range out {
		if i == k || len(out[i].Aux) > 0 {
			continue
		}
		out[i].Place = cmp.Or(out[i].Place, out[k].Place)
		out[i].Date = cmp.Or(out[i].Date, out[k].Date)
	}
	return out
}

// outcomeOfMeeting reports whether the sentence opens by telling what
// came of a meeting: "За результатами зустрічі", "За підсумками
// переговорів", "Після переговорів".
func (f *finder) outcomeOfMeeting() bool {
	if len(f.toks) < 3 {
		return false
	}
	a, b := f.low(0), f.low(1)
	switch {
	case a == "за" && (b == "результат" || b == "підсумок"):
		return meetingNouns[f.low(2)]
	case a == "після":
		return meetingNouns[b]
	}
	return false
}

// setDuring reports whether the sentence sets itself during a visit:
// "Під час візиту до …", "У рамках візиту до …", "В ході візиту …", with
// adjectives before the noun ("під час офіційного візиту") and after the
// subject ("Кравець під час візиту до Молдови провів переговори"), or
// after an arrival ("Після прибуття до Варшави прем'єр провів переговори").
func (f *finder) setDuring() bool {
	for i := 0; i+2 < len(f.toks); i++ {
		a, b := f.low(i), f.low(i+1)
		if a == "після" && b == "прибуття" && f.arrivalSetting(i+1) && (i == 0 || f.toks[i-1].Kind == vistka.Punct || f.entityAt(i-1) != "" || f.low(i-1) == "одразу" || f.low(i-1) == "відразу") {
			return true // "Після прибуття до Варшави прем'єр провів переговори": there
		}
		if !(a == "під" && b == "час" || a == "у" && b == "рамка" || a == "в" && b == "рамка" || a == "в" && b == "хід" || a == "у" && b == "хід") {
			continue
		}
		if i > 0 && f.toks[i-1].Kind != vistka.Punct && f.entityAt(i-1) == "" {
			continue // "зустрівся під час візиту": a clause's opening only, or right after its subject
		}
		c := i + 2
		for c+1 < len(f.toks) && isAdj(&f.toks[c]) {
			c++
		}
		if w := f.low(c); w == "візит" || w == "поїздка" || w == "перебування" {
			return true
		}
	}
	return false
}

// talksEnded reports whether завершити at i with the meeting noun at j
// tells talks held with a partner named after з ("Завершивши переговори
// з Дудою", "завершив зустріч із Туском"). An infinitive tells no talks
// held ("пообіцяла завершити переговори з Єврокомісією"), nor do talks
// ended with no partner, which tell an accord reached ("Україна та ЄС
// завершили переговори щодо угоди").
func (f *finder) talksEnded(i, j int) bool {
	if strings.Contains(f.toks[i].Tag, ":inf") || j+1 >= len(f.toks) {
		return false
	}
	switch f.low(j + 1) {
	case "з", "із", "зі":
		return true
	}
	return false
}

// arrivalSetting reports whether the noun прибуття at i sets its clause
// after an arrival at a place by that clause's subject: "Після прибуття
// до Варшави прем'єр провів переговори". Not when the one who arrived is
// named in the genitive after it ("після прибуття поїзда до Києва"), and
// not when an object in the accusative stands before the clause's verb
// ("Після прибуття до Києва делегацію зустрів міністр"): the one who
// arrived is then no subject.
func (f *finder) arrivalSetting(i int) bool {
	if i == 0 || f.low(i-1) != "після" || i+2 >= len(f.toks) {
		return false
	}
	switch f.low(i + 1) {
	case "до", "в", "у", "на":
	default:
		return false
	}
	for j := i + 2; j < len(f.toks) && !endsSentence(&f.toks[j]); j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "verb") {
			return true
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") && !hasCase(t, "v_naz") && !isPrep(&f.toks[j-1]) {
			return false
		}
	}
	return true
}

// frontedGuest returns, for a visit or an arrival noun at at that sets its
// clause ("Під час візиту до Києва", "Після прибуття до Києва"), the
// object in the accusative the clause puts first, after the noun's place
// and before its verb: "делегацію" of "Під час візиту до Києва делегацію
// прийняв президент", the one who came (the subject after the verb is the
// host). -1 when the verb comes first or no such object stands there.
func (f *finder) frontedGuest(at int) int {
	if at+1 >= len(f.toks) {
		return -1
	}
	switch f.low(at + 1) {
	case "до", "в", "у", "на":
	default:
		return -1
	}
	j := at + 2
	for j < len(f.toks) && f.toks[j].Kind == vistka.Word && !isVerb(&f.toks[j]) && !hasCase(&f.toks[j], "v_zna") && !hasCase(&f.toks[j], "v_naz") {
		j++ // the place: "до Києва", "до української столиці"
	}
	if j >= len(f.toks) || j == at+2 {
		return -1
	}
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") || hasCase(t, "v_naz") || strings.Contains(t.Tag, "pron") && !strings.Contains(t.Tag, "pers") {
		return -1
	}
	e := f.entityAt(j)
	if f.governedBy(j) != "" || e == "" && !strings.Contains(t.Tag, ":anim") && !actorNoun(lower(t)) {
		return -1 // "під час візиту до Берліна в четвер підписав": a time, no guest
	}
	for k := j + 1; k < len(f.toks) && k <= j+6; k++ {
		u := &f.toks[k]
		if strings.HasPrefix(u.Tag, "verb") {
			return j
		}
		if u.Kind != vistka.Word || e != "" && f.entityAt(k) != e && !hasCase(u, "v_rod") || e == "" && !hasCase(u, "v_rod") {
			return -1 // the object's own words only: "делегацію Польщі"
		}
	}
	return -1
}

// guestName names the one frontedGuest found at g: a name, the person a
// title names, or the phrase in the nominative.
func (f *finder) guestName(g int, tr trig) string {
	if e := f.entityAt(g); e != "" {
		return e
	}
	if r := f.ents.RoleAt(f.a, f.s, g); r != "" {
		return r
	}
	return f.objectPhrase(g, tr)
}

// hosts are verbs that make a meeting only with a person as their object:
// прийняв у Києві генсека НАТО.
var hosts = map[string]bool{"прийняти": true, "приймати": true}

// delegationObject reports whether a delegation is the accusative
// object of the host verb at i, after it or put before it: "прийняв
// делегацію Європейського парламенту", "делегацію мешканців прийняв
// заступник міського голови". Receiving a delegation is meeting it.
func (f *finder) delegationObject(i int) bool {
	for _, d := range []int{1, -1} {
		for j := i + d; j >= 0 && j < len(f.toks) && j != i+5*d; j += d {
			t := &f.toks[j]
			if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || isPrep(t) {
				break
			}
			if f.low(j) == "делегація" && hasCase(t, "v_zna") {
				return true
			}
		}
	}
	return false
}

// guestFirst returns the index of the guest a host received when the
// guest stands first in the clause and the host, a person, after the verb
// at i: a person named ("Зеленського в Овальному кабінеті прийняв
// президент США"), a pronoun ("У палаці Котрочень його прийняв президент
// Румунії Нікушор Дан") or a person's noun ("у столиці гостю прийняв
// президент") in the accusative, past a phrase of place or time. It
// returns -1 otherwise: a law or a decision put first ("Його прийняла
// Верховна Рада") has no person after the verb.
func (f *finder) guestFirst(i int) int {
	if i+1 >= len(f.toks) || !finiteVerb(&f.toks[i]) || f.hostAfter(i) == "" {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return -1
		}
		e := f.entityAt(j)
		guest := e != "" && (f.ents.Type(e) == "PERS" || strings.Contains(t.Tag, ":lname")) ||
			strings.Contains(t.Tag, "pron:pers:3") ||
			e == "" && strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") && (guestNouns[lower(t)] || f.officeOfNamed(j))
		// (напередодні before a name is the adverb, not "on the eve of":
		// "Напередодні Зеленського … прийняв президент США")
		if g := f.governedBy(j); guest && (hasCase(t, "v_zna") || e != "" && hasCase(t, "v_rod")) && !hasCase(t, "v_naz") && (g == "" || g == "напередодні" && e != "") {
			k := j
			for k > 0 && e != "" && f.entityAt(k-1) == e {
				k--
			}
			if k == 0 || f.toks[k-1].Kind == vistka.Punct || strings.HasPrefix(f.toks[k-1].Tag, "adv") || f.low(k-1) == "напередодні" || f.placePhraseBefore(k) || f.timePhraseBefore(k) {
				return j
			}
			return -1
		}
		if e != "" && (f.ents.Type(e) == "PERS" || strings.Contains(t.Tag, ":lname")) || !(strings.HasPrefix(t.Tag, "adv") || isPrep(t) ||
			(strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && !hasCase(t, "v_naz")) {
			return -1 // (a place named in the phrase is passed: "в Овальному кабінеті")
		}
	}
	return -1
}

// lastVisitor returns the one who made the last visit told before, when
// he is a person other than host: "Після обіду Зеленський вирушив до
// Бухареста. У палаці Котрочень його прийняв …" — him who came.
func (f *finder) lastVisitor(host string) string {
	for k := len(f.before) - 1; k >= 0; k-- {
		if v := f.before[k]; v.Mode == "visit" {
			if len(v.Actors) == 1 && v.Actors[0] != host && f.ents.Type(v.Actors[0]) == "PERS" {
				return v.Actors[0]
			}
			return ""
		}
	}
	return ""
}

// guestNouns name a visitor received by a host.
var guestNouns = map[string]bool{"гість": true, "гостя": true, "делегація": true, "візитер": true}

// hostAfter returns the person, named after a title or alone, who is the
// subject right after the verb at i ("прийняв президент США Дональд
// Трамп"), or "". An adverb ("прийняв також президент Латвії Едгарс
// Рінкевичс") or a phrase of place ("прийняв в Імператорському палаці
// імператор Японії Нарухіто") may stand before the host; a host named by
// one title of a country or a body alone, singular, with no name after
// it, is that title as written ("де його прийняв прем'єр-міністр Латвії").
func (f *finder) hostAfter(i int) string {
	title, place, end := -1, false, -1 // the host's first word, within a place phrase, past the title's country
	for j := i + 1; j < len(f.toks) && j <= i+10; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			break
		}
		e := f.entityAt(j)
		if title < 0 && !(e != "" && f.ents.Type(e) == "PERS") {
			if isPrep(t) {
				place = true
				continue
			}
			if place && (e != "" || !hasCase(t, "v_naz")) {
				continue // "в Імператорському палаці", "в Токіо"
			}
			place = false
			if j == i+1 && (strings.HasPrefix(t.Tag, "adv") || strings.HasPrefix(t.Tag, "part")) {
				continue // "прийняв також", "приймав уже"
			}
		}
		if e != "" && f.ents.Type(e) == "PERS" {
			if hasCase(t, "v_naz") {
				return e
			}
			return ""
		} else if e != "" && title >= 0 {
			end = j + 1
			continue // the country or the body of a title: "президент США"
		} else if e != "" {
			return ""
		}
		if title >= 0 && hasCase(t, "v_rod") && !hasCase(t, "v_naz") {
			continue // the genitive of a title: "міністр закордонних справ"
		}
		if !strings.HasPrefix(t.Tag, "noun:anim") && !strings.HasPrefix(t.Tag, "adj") || !hasCase(t, "v_naz") || end >= 0 {
			return ""
		}
		if title < 0 {
			title = j
		}
	}
	if title >= 0 && end > title {
		// (a singular title: "Його прийняли депутати Ради" may tell a
		// law passed)
		for k := title; k < end; k++ {
			if t := &f.toks[k]; strings.HasPrefix(t.Tag, "noun:anim") && hasCase(t, "v_naz") {
				if plural(t) {
					return ""
				}
				return f.text(title, end)
			}
		}
	}
	return ""
}

// placePhraseBefore reports whether the token before k closes a phrase of place
// or time that opens the clause: "У палаці Котрочень його …", "в
// Овальному кабінеті".
func (f *finder) placePhraseBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := &f.toks[j]
		if isPrep(t) {
			return j == 0 || f.toks[j-1].Kind == vistka.Punct || strings.HasPrefix(f.toks[j-1].Tag, "adv")
		}
		if t.Kind != vistka.Word || hasCase(t, "v_naz") && f.entityAt(j) == "" {
			return false
		}
	}
	return false
}

// timePhraseBefore reports whether the words from the clause's start to k
// are a phrase of time with no nominative in it: "Першого дня візиту
// його прийняв …", "Наступного дня його прийняв …", "Під час візиту …".
func (f *finder) timePhraseBefore(k int) bool {
	timed := false
	for j := k - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return timed
		}
		if j < k-5 || t.Kind != vistka.Word || strings.HasPrefix(t.Tag, "verb") || hasCase(t, "v_naz") && f.entityAt(j) == "" {
			return false
		}
		if timeNouns[lower(t)] || lower(t) == "час" || f.spanType(j) == "DATE" {
			timed = true
		}
	}
	return timed
}

// credentials reports whether the verb at i takes credentials (вірчі
// грамоти) as its object: a head of state receiving ambassadors meets them.
func (f *finder) credentials(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.credentialWord(j) {
			return true
		}
	}
	return false
}

// credentialWord reports whether the word at j is грамота as credentials,
// вірчі грамоти; a грамота alone is an award ("вручила грамоту
// управління культури").
func (f *finder) credentialWord(j int) bool {
	return f.low(j) == "грамота" && j > 0 && f.low(j-1) == "вірчий"
}

// counterparts returns the counterparts met that the meeting noun at at
// names after з: "зустріч зі своїми колегами – вінницькими громадськими
// лідерами –" gives the people in apposition, "зустріч з колегами з
// Польщі" the colleagues. It returns "" for any other partner.
func (f *finder) counterparts(at int) string {
	j := at + 1
	if j >= len(f.toks) || !withPrep(f.low(j)) {
		return ""
	}
	j++
	for j < len(f.toks) && (isAdj(&f.toks[j]) || strings.Contains(f.toks[j].Tag, "pron:pos")) {
		j++
	}
	if j >= len(f.toks) || !peers[f.low(j)] || !hasCase(&f.toks[j], "v_oru") {
		return ""
	}
	if k := j + 1; k+1 < len(f.toks) && isDash(&f.toks[k]) {
		// the people in apposition between dashes
		h := k + 1
		for h < len(f.toks) && isAdj(&f.toks[h]) && hasCase(&f.toks[h], "v_oru") {
			h++
		}
		if h < len(f.toks) && strings.HasPrefix(f.toks[h].Tag, "noun:anim") && hasCase(&f.toks[h], "v_oru") {
			return f.text(k+1, h+1)
		}
	}
	return f.text(j, j+1)
}

// peers are the nouns for one's counterparts.
var peers = map[string]bool{"колега": true, "партнер": true, "візаві": true}

// metDelegation returns the delegation met by the verb at at, in the
// accusative under no preposition right after the verb or anywhere before
// it in its clause: the country or the body it came from when named
// after it ("зустрів делегацію Польщі" → Польща), else "делегація".
func (f *finder) metDelegation(at int) string {
	k := -1
	if at+1 < len(f.toks) && f.toks[at+1].Lemma == "делегація" {
		k = at + 1
	}
	for j := at - 1; k < 0 && j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.toks[j].Lemma == "делегація" {
			k = j
		}
	}
	if k < 0 || !hasCase(&f.toks[k], "v_zna") || f.governedBy(k) != "" || f.entityAt(k) != "" {
		return ""
	}
	if e := f.entityAt(k + 1); e != "" && hasCase(&f.toks[k+1], "v_rod") && (f.ents.Type(e) == "LOC" || f.ents.Type(e) == "ORG") {
		return e
	}
	if k+2 < len(f.toks) && (f.low(k+1) == "з" || f.low(k+1) == "із") {
		// "Делегацію з Польщі зустрів мер": where it came from
		if e := f.entityAt(k + 2); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[k+2], "v_rod") && (k+3 >= len(f.toks) || f.entityAt(k+3) != e) {
			return e
		}
	}
	if plural(&f.toks[k]) {
		return "делегації"
	}
	return "делегація"
}

// metPeople reports whether token k is a plural animate common noun in
// the accusative, no pronoun and no entity: whom one met
// ("протестувальників", "мешканців").
func (f *finder) metPeople(k int) bool {
	t := &f.toks[k]
	return strings.HasPrefix(t.Tag, "noun:anim:p") && hasCase(t, "v_zna") && !strings.Contains(t.Tag, "pron") && f.entityAt(k) == ""
}

// audienceMet reports whether the meeting told by the verb at i (or its
// noun at n) is with an audience: readers, fans, viewers, listeners
// after з in its clause ("зустрівся з читачами", "зустріч з
// уболівальниками"). An audience is no party to talks.
func (f *finder) audienceMet(i, n int) bool {
	from := max(i, n) + 1
	for j := from; j < len(f.toks) && j <= from+3 && f.toks[j].Kind != vistka.Punct; j++ {
		if l := f.low(j); l != "з" && l != "із" && l != "зі" {
			continue
		}
		k := f.pastAdjs(j + 1)
		return k < len(f.toks) && audiences[f.low(k)] && hasCase(&f.toks[k], "v_oru")
	}
	return false
}

// audiences are those who come to see or hear someone.
var audiences = map[string]bool{"читач": true, "шанувальник": true, "глядач": true, "слухач": true,
	"вболівальник": true, "уболівальник": true, "фанат": true, "відвідувач": true}

// lastMeeting returns the participants of the last meeting, agreement or
// joint work told before (its actors and recipients, who are "the sides"
// now), and that event.
func (f *finder) lastMeeting(here []vistka.Event) ([]string, *vistka.Event) {
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		ev := all[k]
		switch ev.Type {
		case "CONSULT", "AGREE", "COOPERATE":
		default:
			continue
		}
		var out []string
		for _, e := range append(slices.Clone(ev.Actors), ev.Recipients...) {
			if ev.Mode == "visit" && (f.ents.Type(e) == "LOC" || f.ents.Type(e) == "" && !slices.Contains(ev.Actors, e)) {
				continue // the place visited is no side, nor a site no name stands for ("відвідали лікарню")
			}
			if ev.Type != "CONSULT" && f.ents.Type(e) == "" && !slices.Contains(ev.Actors, e) {
				// "Фінляндія і Швеція домовилися створити спільний центр
				// нагляду": the thing agreed on is no side
				continue
			}
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
		if len(out) > 1 {
			return out, &ev
		}
	}
	return []string{}, nil
}

// talksOf returns the last meeting told whose sides include all of
// actors, or, with none such or no actors, the last meeting: "За
// підсумками переговорів Зеленський і Санчес підписали угоду" after the
// king received Зеленський is the outcome of the talks with Санчес.
func (f *finder) talksOf(here []vistka.Event, actors []string) *vistka.Event {
	if len(actors) > 0 {
		all := append(slices.Clone(f.before), here...)
		for k := len(all) - 1; k >= 0; k-- {
			if ev := all[k]; ev.Type == "CONSULT" && ev.Mode != "visit" && !slices.ContainsFunc(actors, func(a string) bool {
				return !slices.Contains(ev.Actors, a) && !slices.Contains(ev.Recipients, a)
			}) {
				return &ev
			}
		}
	}
	_, m := f.lastMeeting(here)
	return m
}

// unnamedBetween reports whether the meeting noun at at is followed by між
// and a plural noun of sides in the instrumental that names no one:
// "переговори між делегаціями", "між сторонами", "між відомствами" (not
// "між делегаціями України та Росії").
func (f *finder) unnamedBetween(at int) bool {
	j := at + 2
	if j >= len(f.toks) || f.low(at+1) != "між" {
		return false
	}
	t := &f.toks[j]
	if !sides[lower(t)] && lower(t) != "відомство" || !hasCase(t, "v_oru") || !strings.Contains(t.Tag, ":p:") || f.entityAt(j) != "" {
		return false
	}
	return j+1 >= len(f.toks) || f.entityAt(j+1) == "" && !hasCase(&f.toks[j+1], "v_rod")
}

// lastVisitSides returns the guests of the last visit told in the
// sentence or the two before it and the place or the host they came to,
// or nil: "До Одеси прибула делегація Кишинева. Переговори між
// делегаціями тривали …".
func (f *finder) lastVisitSides(here []vistka.Event) []string {
	from := f.a.Sentences[max(f.s-2, 0)].RStart
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		ev := all[k]
		if ev.Sentence.Start < from {
			break
		}
		if ev.Type != "CONSULT" || ev.Mode != "visit" || len(ev.Actors) == 0 || len(ev.Recipients) == 0 {
			continue
		}
		return append(slices.Clone(ev.Actors), ev.Recipients...)
	}
	return nil
}

// spokeAt are the verbs of speaking at a gathering, taking part in it
// only when the gathering or its body is named.
var spokeAt = map[string]bool{"виступити": true, "виступати": true, "відкрити": true, "відкривати": true}

// alsoThen returns the day the sentence before names ahead of its verb
// when this one goes on with that sentence's subject by a pronoun and
// також ("Напередодні речниця МЗС Росії Марія Захарова заявила, що … Вона
// також пригрозила Франції"): what the subject also did that day. It
// returns "" otherwise.
func (f *finder) alsoThen(tr trig, actors []string, dates []vistka.Date) string {
	if f.s == 0 || !tr.verb || tr.at > 3 || len(f.toks) < 3 || f.low(1) != "також" {
		return ""
	}
	if p := f.low(0); p != "він" && p != "вона" && p != "вони" {
		return ""
	}
	who := f.entityAt(0)
	if who == "" || !slices.Contains(actors, who) {
		return ""
	}
	prev := f.a.Sentences[f.s-1]
	verb := -1
	named := false
	for i := range prev.Tokens {
		t := &prev.Tokens[i]
		if strings.HasPrefix(t.Tag, "verb") {
			verb = t.RStart
			break
		}
		named = named || f.ents.At(t.RStart, t.REnd) == who
	}
	if verb < 0 || !named {
		return ""
	}
	day := ""
	for _, d := range dates {
		if d.Value == nil || d.Start < prev.RStart || d.Start >= verb || len(*d.Value) != len("2006-01-02") {
			continue
		}
		if day != "" && day != *d.Value {
			return ""
		}
		day = *d.Value
	}
	return day
}

// duringWhich reports whether the verb at at opens a relative clause set
// off by a comma that happens during the meeting before it: ", під час
// якої сторони обговорили", ", в ході якої обговорили".
func (f *finder) duringWhich(at int) bool {
	for j := at - 1; j >= 2 && j >= at-4; j-- {
		if f.low(j) != "який" {
			continue
		}
		if f.toks[j-2].Text == "," || j >= 3 && f.toks[j-3].Text == "," {
			l, m := f.low(j-2), f.low(j-1)
			return l == "під" && m == "час" || l == "в" && m == "хід" || l == "у" && m == "хід"
		}
		return false
	}
	return false
}

// modals are verbs that govern the infinitive of the event they tell of.
var modals = map[string]bool{"мати": true, "могти": true, "мусити": true, "планувати": true, "збиратися": true, "бути": true}

// destBefore returns the place after до in the clause before the verb of
// arriving at at: "Наступного вівторка до Києва прибуде місія МВФ".
func (f *finder) destBefore(at int) string {
	if at > 0 && strings.Contains(f.toks[at].Tag, ":inf") && modals[f.verb(at-1)] {
		at-- // "до Києва має прибути": the verb that governs the infinitive
	}
	for j := at - 1; j >= 1 && at-j <= 4; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && f.low(j-1) == "до" && hasCase(t, "v_rod") {
			return e
		}
	}
	return ""
}

// ledBy returns the person who leads the actors, named after "на чолі з"
// in toks[from:end]: "прибуде місія МВФ на чолі з Гевіном Греєм".
func (f *finder) ledBy(from, end int) string {
	for j := from; j+3 < end; j++ {
		if f.low(j) == "на" && f.low(j+1) == "чоло" && (f.low(j+2) == "з" || f.low(j+2) == "із") {
			if e := f.entityAt(j + 3); e != "" && f.ents.Type(e) == "PERS" {
				return e
			}
			return ""
		}
	}
	return ""
}

// ledDelegation returns the head of the delegation or mission named in
// the genitive right after the event noun at at, past its adjectives and
// the body or country it is of: "під час візиту української урядової
// делегації на чолі з прем'єр-міністеркою Юлією Свириденко" is her visit.
func (f *finder) ledDelegation(at int) string {
	j := at + 1
	for j < len(f.toks) && j <= at+3 && isAdj(&f.toks[j]) {
		j++
	}
	if j >= len(f.toks) || !envoys[f.low(j)] || !hasCase(&f.toks[j], "v_rod") {
		return ""
	}
	j++
	if f.entityAt(j) != "" {
		j = f.nameEnd(j) // past the body or country the delegation is of
	}
	if j+3 >= len(f.toks) || f.low(j) != "на" || f.low(j+1) != "чоло" || f.low(j+2) != "з" && f.low(j+2) != "із" {
		return ""
	}
	// past the head's title and the body or country it is of
	k := j + 3
	for k < len(f.toks) && k < j+12 && (f.inJob(k) || f.entityAt(k) != "" && f.ents.Type(f.entityAt(k)) != "PERS") {
		k++
	}
	if e := f.entityAt(k); k < len(f.toks) && e != "" && f.ents.Type(e) == "PERS" {
		return e
	}
	return ""
}

// summitOf returns the gathering of a body told in this sentence or the
// one before, with a place, whose members ev's actors all are: "У
// Брюсселі триває саміт ЄС. Лідери ЄС погодили новий пакет санкцій" was
// agreed there. It returns nil when there is none.
func (f *finder) summitOf(ev vistka.Event, here []vistka.Event) *vistka.Event {
	if len(ev.Actors) == 0 {
		return nil
	}
	prev := -1
	if f.s > 0 {
		prev = f.a.Sentences[f.s-1].RStart
	}
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		m := &all[k]
		if m.Sentence.Start < prev {
			break
		}
		if m.Type != "CONSULT" || m.Mode != "multilateral" || len(m.Aux) > 0 || m.Place == "" || len(m.Actors) == 0 {
			continue
		}
		if !slices.ContainsFunc(ev.Actors, func(a string) bool { return !slices.Contains(m.Actors, a) }) {
			return m
		}
	}
	return nil
}

// manySided reports an adjective that makes a meeting one of three sides
// or more: тристоронній, багатосторонній.
func manySided(adj string) bool {
	switch adj {
	case "тристоронній", "чотиристоронній", "багатосторонній", "п'ятисторонній":
		return true
	}
	return false
}

// thenWith finds, after the meeting at i in its sentence, a conjunct that
// leaves the verb out and tells a later meeting with someone else: ", а
// згодом – з …", ", а потім із …". It returns the indexes of а and of the
// preposition, or -1, -1. A verb between makes the conjunct a clause of
// its own.
func (f *finder) thenWith(i int) (j, k int) {
	for c := i + 1; c+3 < len(f.toks); c++ {
		t := &f.toks[c]
		if endsSentence(t) || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if t.Text != "," || f.low(c+1) != "а" {
			continue
		}
		d := c + 3
		switch f.low(c + 2) {
		case "потім", "згодом", "пізніше", "відтак", "далі":
		default:
			// ", а 25 листопада – з …": the day of the second
			if n := f.timeAt(c + 2); n == 0 {
				continue
			} else {
				d = c + 2 + n
			}
		}
		if d >= len(f.toks) {
			continue
		}
		if isDash(&f.toks[d]) {
			d++
		}
		if d >= len(f.toks) || f.low(d) != "з" && f.low(d) != "із" && f.low(d) != "зі" {
			continue
		}
		for e := d + 1; e < len(f.toks) && f.toks[e].Kind != vistka.Punct; e++ {
			if isVerb(&f.toks[e]) {
				return -1, -1 // ", а потім з Павелом підписав меморандум"
			}
		}
		return c + 1, d
	}
	return -1, -1
}

// partnerNamed reports whether the talk at j is with a named side or an
// official: з and, past its adjectives, a name or a noun of offices
// ("з послом Китаю", "з Каєю Каллас").
func (f *finder) partnerNamed(j int) bool {
	for k := j + 1; k+1 < len(f.toks) && k <= j+2; k++ {
		if l := f.low(k); l != "з" && l != "із" && l != "зі" {
			continue
		}
		n := f.pastAdjs(k + 1)
		return n < len(f.toks) && (f.entityAt(n) != "" || offices[f.low(n)])
	}
	return false
}

// talksWith reports whether the консультації at j are talks between
// sides: with a partner after them ("провів консультації з Блінкеном",
// "консультації між МЗС") or named as talks ("двосторонні, політичні
// консультації"); "проводить консультації для громадян" is advice given
// (спільні консультації agreed on regularly are cooperation: see
// regularTalks).
func (f *finder) talksWith(j int) bool {
	if j > 0 {
		if scan.HasAnyPrefix(f.low(j-1), "двосторон", "політичн", "міжурядов", "міжвідомч", "дипломатичн", "міждержавн") {
			return true
		}
	}
	for k := j + 1; k < len(f.toks) && k <= j+2; k++ {
		switch f.low(k) {
		case "з", "із", "зі", "між":
			return true
		case "для":
			return false // "провели консультації для громадян": advice given
		}
	}
	k := f.beforeAdjs(j, 0)
	return k >= 0 && (f.verb(k) == "провести" || f.verb(k) == "проводити") && f.jointSubject(k)
}

// interviewWords are what a journalist asks an official to agree to.
var interviewWords = map[string]bool{"інтерв'ю": true, "коментар": true, "бліц-інтерв'ю": true, "фотосесія": true, "зйомка": true}

// agreedToInterview reports whether the verb at i agrees to an interview:
// "погодився на інтерв'ю", or through a relative, "інтерв'ю, на яке
// погодився посол".
func (f *finder) agreedToInterview(i int) bool {
	if i+2 < len(f.toks) && f.low(i+1) == "на" && interviewWords[f.low(i+2)] {
		return true
	}
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if f.low(j) != "який" || f.low(j-1) != "на" {
			continue
		}
		for k := j - 2; k >= 0; k-- {
			if interviewWords[f.low(k)] && isNoun(&f.toks[k]) {
				return true
			}
		}
	}
	return false
}

// wentTo returns the motion verb and the place it went to when the
// trigger at stands in a clause of "де" after them ("вирушив до Найробі,
// де в п'ятницю проведе переговори", "вирушить до Вашингтона, де має
// зустрітися з …"): the clause's event is there, and its subject is the
// verb's. It returns -1 and "" otherwise.
func (f *finder) wentTo(at int) (int, string) {
	j, e := f.placeBeforeWhere(at)
	if j < 2 || f.low(j-1) != "до" {
		return -1, ""
	}
	if v := j - 2; isVerb(&f.toks[v]) && (motionVerbs[f.verb(v)] || verbs[f.verb(v)].mode == "visit") {
		return v, e
	}
	// "продовжив візит до Риги, де його прийняв …", "прибув з робочим
	// візитом до Берліна, де …": the visit's noun between, with its
	// adjectives, свій and з
	v, visit := j-2, false
	for v > 0 && (f.low(v) == "візит" && !visit || isAdj(&f.toks[v]) || f.low(v) == "свій" || visit && (f.low(v) == "з" || f.low(v) == "із")) {
		visit = visit || f.low(v) == "візит"
		v--
	}
	if visit && isVerb(&f.toks[v]) {
		return v, e
	}
	return -1, ""
}

// placeBeforeWhere returns the first token of the place named right
// before ", де" when the trigger at stands in that clause with no verb of
// its own before it (a modal aside), and the place's entity: "… до
// Найробі, де проведе переговори", "… у Варшаві, де підписав угоду". It
// returns -1 and "" when there is none.
func (f *finder) placeBeforeWhere(at int) (int, string) {
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && f.low(k) != "де" && (!isVerb(&f.toks[k]) || modals[f.verb(k)]) {
		k--
	}
	if k < 3 || f.low(k) != "де" || f.toks[k-1].Text != "," {
		return -1, ""
	}
	e := f.entityAt(k - 2)
	j := f.nameStart(k-2, e)
	if e == "" || f.ents.Type(e) != "LOC" {
		return -1, ""
	}
	return j, e
}

// stayedAt returns the verb of staying (перебувати, бути) and the place
// it names after в or у when the trigger at stands in a clause of "де"
// right after them with no subject of its own ("перебувала в Ряшеві, де
// зустрілася з маршалком воєводства", "був у Варшаві, де підписав
// угоду"): the clause's event is there, and its subject is the verb's.
// It returns -1 and "" otherwise.
func (f *finder) stayedAt(at int) (int, string) {
	j, e := f.placeBeforeWhere(at)
	if j < 2 || f.low(j-1) != "в" && f.low(j-1) != "у" {
		return -1, ""
	}
	if v := j - 2; isVerb(&f.toks[v]) && staying[f.verb(v)] {
		return v, e
	}
	return -1, ""
}

// stayedForTalks reports whether the verb of staying at i names a place
// after в or у, and a clause of "де" after it tells talks or a signing
// there: "перебувала в Ряшеві, де зустрілася з маршалком", "перебував у
// Варшаві, де підписав угоду" (not "перебуває у Львові, де живе його
// родина").
func (f *finder) stayedForTalks(i int) bool {
	if i+4 >= len(f.toks) || f.low(i+1) != "в" && f.low(i+1) != "у" {
		return false
	}
	e := f.entityAt(i + 2)
	if e == "" || f.ents.Type(e) != "LOC" {
		return false
	}
	j := i + 2
	for j+1 < len(f.toks) && f.entityAt(j+1) == e {
		j++
	}
	if j+2 >= len(f.toks) || f.toks[j+1].Text != "," || f.low(j+2) != "де" {
		return false
	}
	for k := j + 3; k < len(f.toks) && k <= j+8 && f.toks[k].Kind != vistka.Punct; k++ {
		if !isVerb(&f.toks[k]) || modals[f.verb(k)] {
			continue
		}
		switch v := f.verb(k); {
		case verbs[v].typ == "CONSULT" && verbs[v].mode != "visit" || verbs[v].typ == "AGREE":
			return true
		case v == "провести" || v == "проводити":
			return k+1 < len(f.toks) && meetingNouns[f.low(k+1)]
		}
		return false
	}
	return false
}

// staying are the verbs of being somewhere (see stayedAt).
var staying = map[string]bool{"перебувати": true, "бути": true, "побувати": true}

// vehicle reports whether the entity or phrase e is a convoy or a
// vehicle, which travels but pays no visit.
func (f *finder) vehicle(e string) bool {
	name := cmp.Or(f.ents.Name(e), e)
	head, _, _ := strings.Cut(scan.ToLower(name), " ")
	switch head {
	case "конвой", "колона", "вантажівка", "вантажівки", "судно", "потяг", "поїзд", "автобус":
		return true
	}
	return false
}

// cameToDo returns the verb of the main clause when the infinitive at i
// follows щоб or аби after a clause whose verb is one of people coming or
// gathering: "з'їжджалися до Києва сотні шахтарів, щоб …". The journey
// made for it tells that it was done. It returns -1 for any other.
func (f *finder) cameToDo(i int) int {
	if i < 1 || f.low(i-1) != "щоб" && f.low(i-1) != "аби" {
		return -1
	}
	for j := i - 2; j >= 0; j-- {
		t := &f.toks[j]
		if endsSentence(t) {
			return -1
		}
		if finiteVerb(t) {
			if comers[f.verb(j)] {
				return j
			}
			return -1
		}
	}
	return -1
}

// cameTo returns where the people came to for the event at i that
// cameToDo tells: the place after до before or after the verb of coming
// ("до Москви стікалися", "приїхали до Києва, щоб").
func (f *finder) cameTo(i int) string {
	c := f.cameToDo(i)
	if c < 0 {
		return ""
	}
	if e := f.destBefore(c); e != "" {
		return e
	}
	for j := c + 1; j+1 < i; j++ {
		if f.toks[j].Kind == vistka.Punct {
			break
		}
		if e := f.entityAt(j + 1); e != "" && f.low(j) == "до" && f.ents.Type(e) == "LOC" {
			return e
		}
	}
	return ""
}

// comers are the verbs of people coming or gathering somewhere.
var comers = map[string]bool{"зібратися": true, "збиратися": true, "стікатися": true, "з'їжджатися": true,
	"з'їхатися": true, "сходитися": true, "зійтися": true, "прийти": true, "приходити": true, "приїхати": true,
	"приїжджати": true, "прибути": true, "прибувати": true, "вийти": true, "виходити": true, "прямувати": true}

// guest reports whether a is a guest of a visit told before in the text,
// its actor: what guests hand over to their hosts' people is a gift, aid
// ("Молдовські гості прибули до Одеси. Вони передали міським
// рятувальникам партію пожежних рукавів").
func (f *finder) guest(a string, here []vistka.Event) bool {
	for _, w := range strings.Fields(scan.ToLower(cmp.Or(f.ents.Name(a), a))) {
		if guestWords[w] {
			return true // "Гості передали рятувальникам два генератори"
		}
	}
	for _, ev := range append(slices.Clone(f.before), here...) {
		if ev.Type == "CONSULT" && ev.Mode == "visit" && slices.Contains(ev.Actors, a) {
			return true
		}
	}
	return false
}

// guestWords name guests by their common noun.
var guestWords = map[string]bool{"гості": true, "гість": true, "гостя": true, "делегація": true, "делегації": true}

// regularTalks reports whether the words from i, up to a punctuation
// mark, agree to hold talks regularly or jointly: "двічі на рік проводити
// спільні консультації", "регулярно проводити зустрічі".
func (f *finder) regularTalks(i int) bool {
	talks, regular := false, false
	for j := i; j < len(f.toks) && j < i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		switch l := f.low(j); {
		case l == "консультації" || l == "консультація" || l == "зустріч" || l == "засідання":
			talks = talks || j > i && (f.verb(j-1) == "проводити" || f.verb(j-1) == "провести" ||
				j > i+1 && (f.verb(j-2) == "проводити" || f.verb(j-2) == "провести"))
		case strings.HasPrefix(l, "регулярн") || strings.HasPrefix(l, "щорічн") || l == "щороку" || l == "рік" || l == "місяць" ||
			strings.HasPrefix(l, "спільн") || strings.HasPrefix(l, "постійн"):
			regular = true
		}
	}
	return talks && regular
}

// afterTalks reports whether the sentence or the one before sets what it
// tells at the end of talks or during them, naming no one: "За
// підсумками переговорів …", "Під час зустрічі …".
func (f *finder) afterTalks() bool {
	for s := max(f.s-1, 0); s <= f.s; s++ {
		toks := f.a.Sentences[s].Tokens
		for k := 0; k+2 < len(toks); k++ {
			a, b := scan.ToLower(toks[k].Text), scan.ToLower(toks[k+1].Text)
			if (a == "за" && b == "підсумками" || a == "під" && b == "час") && meetingNouns[lower(&toks[k+2])] &&
				(k+3 >= len(toks) || !hasCase(&toks[k+3], "v_rod") || toks[k+3].Kind != vistka.Word) {
				return true
			}
		}
	}
	return false
}

// visitVerbs name a visit by their object alone: what is visited must be a
// place or someone named.
var visitVerbs = map[string]bool{"відвідати": true, "відвідувати": true}

// visitorAfter returns who visits when the subject follows the verb at
// at: the person a title in the nominative names, a person named in the
// nominative, or a group such as делегація with what it is of; "" when
// there is none before end.
func (f *finder) visitorAfter(at, end int) string {
	for i := at + 1; i < end && i <= at+4; i++ {
		t := &f.toks[i]
		if t.Kind == vistka.Punct || isPrep(t) {
			return ""
		}
		if !hasCase(t, "v_naz") {
			continue
		}
		if f.inJob(i) || strings.HasPrefix(t.Tag, "noun:anim") && f.entityAt(i) == "" {
			// (a title the model left untagged names the person after
			// it too, past the post's place: "Нікополь має відвідати
			// координаторка ООН в Україні Крістіна Бауер")
			if e := f.titledName(i); e != "" {
				return e
			}
		}
		if e := f.entityAt(i); e != "" && f.ents.Type(e) == "PERS" {
			return e
		}
		if strings.HasPrefix(t.Tag, "noun") && actorNoun(lower(t)) {
			if e := f.delegationOf(i); e != "" {
				return e
			}
			return f.nounPhrase(i)
		}
	}
	return ""
}

// meetingOf returns the last meeting or visit told before ev that took
// place (planned or denied ones are passed over), when ev is between its
// sides only:
// ev's actors and recipients are all its actors or recipients. A
// sentence that sets itself at another time (раніше, минулого тижня, a
// date of its own) has none.
func (f *finder) meetingOf(ev vistka.Event, here []vistka.Event) *vistka.Event {
	if len(ev.Actors) == 0 || len(ev.Recipients) == 0 {
		return nil
	}
	for i := range f.toks {
		switch f.low(i) {
		case "раніше", "згодом", "пізніше", "напередодні", "минулого", "минулому", "наступного", "наступному", "днями":
			return nil
		}
	}
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		m := &all[k]
		if m.Type != "CONSULT" || m.Mode == "phone" {
			continue
		}
		if len(m.Aux) > 0 {
			continue // a meeting planned is not where anything was done yet
		}
		if place, date := f.dl.of(m); place == "" && date == "" {
			return nil
		}
		side := func(e string) bool { return slices.Contains(m.Actors, e) || slices.Contains(m.Recipients, e) }
		if !slices.ContainsFunc(ev.Actors, func(e string) bool { return !side(e) }) &&
			!slices.ContainsFunc(ev.Recipients, func(e string) bool { return !side(e) }) {
			return m
		}
		return nil
	}
	return nil
}

// afterMeeting reports whether the sentence opens "Після наради", "Після
// зустрічі": it goes on from a meeting told before, on its day.
func (f *finder) afterMeeting() bool {
	i := f.opening()
	return i >= 0 && f.low(i) == "після" && occasions[f.low(i+1)]
}

// occasions are the nouns of a meeting or a session whose day the events
// told after it share.
var occasions = map[string]bool{"нарада": true, "зустріч": true, "переговори": true, "засідання": true, "брифінг": true,
	"церемонія": true, "розмова": true, "консультація": true, "перемовини": true}

// visitOf returns the place of a visit told in the sentence before by one
// of the parties, or "".
func (f *finder) visitOf(parties []string) string {
	for k := len(f.before) - 1; k >= 0; k-- {
		e := &f.before[k]
		if f.sentencesSince(e) > 1 {
			break
		}
		if e.Mode == "visit" && e.Place != "" && shareAny(e.Actors, parties) {
			return e.Place
		}
	}
	return ""
}

// arrivedThatDay returns the town an arrival told in the sentence that
// names the last day before this one went to: "Стере прибув до Києва в
// середу вранці. … Того ж дня міністр оборони Норвегії зустрівся з …"
// was in Kyiv, where the day's visit came. An arrival sets the scene of
// the day; a trip to a place (відвідала Ірпінь) does not. The day may be
// named further back than dayPlace looks: a visit's other news comes
// between. It returns "" otherwise.
func (f *finder) arrivedThatDay(dates []vistka.Date) string {
	s := f.daySentence(dates, f.s)
	if s < 0 {
		return ""
	}
	sent := f.a.Sentences[s]
	for _, e := range f.before {
		verb, _, _ := strings.Cut(e.Trigger, " ")
		if e.Sentence.Start == sent.RStart && e.Type == "CONSULT" && e.Mode == "visit" && len(e.Aux) == 0 && arrivals[verb] && f.town(e.Place) {
			return e.Place
		}
	}
	return ""
}

// duringVisit returns the last visit or meeting before when the sentence
// sets itself during one ("Під час візиту Брекельманс заявив, що …"), so
// that its events take that one's place and date; nil otherwise.
//
// A trip (візит, поїздка, перебування) is no phone call: "Сибіга, який у
// понеділок відвідав Варшаву, у четвер провів телефонну розмову … Під час
// візиту …" goes back past the call to the visit. One named with where it
// went ("Під час візиту до Варшави") is the last told there, past those
// told elsewhere after it.
func (f *finder) duringVisit() *vistka.Event {
	for i := 1; i+1 < len(f.toks); i++ {
		if f.low(i-1) != "під" || f.low(i) != "час" {
			continue
		}
		n := f.low(i + 1)
		if n != "візит" && n != "зустріч" && n != "переговори" && n != "поїздка" && n != "перебування" {
			return nil
		}
		trip := n == "візит" || n == "поїздка" || n == "перебування"
		// "Під час візиту до Берліна …" names where: the visit told
		// before is that one only when it was there.
		dest := ""
		if i+3 < len(f.toks) && f.low(i+2) == "до" {
			dest = f.entityAt(i + 3)
		}
		for k := len(f.before) - 1; k >= 0; k-- {
			b := &f.before[k]
			if b.Type != "CONSULT" || trip && b.Mode == "phone" {
				continue
			}
			if dest != "" && b.Place != dest {
				continue
			}
			return b
		}
	}
	return nil
}

// delegates are nouns for people who come for a body: "з делегацією
// Конгресу США", "з представниками МВФ".
var delegates = map[string]bool{
	"делегація": true, "представник": true, "представниця": true, "представництво": true,
	"місія": true, "керівництво": true, "посол": true, "посли": true, "очільник": true, "колега": true,
}

// members are nouns for people who sit in a body: in the plural, met
// together, they stand for it ("зустрівся з депутатами Бундестагу", "з
// членами Конгресу США").
var members = map[string]bool{"депутат": true, "член": true, "сенатор": true, "конгресмен": true,
	"парламентар": true, "парламентарій": true}

// delegationOf returns the organisation or country named in the genitive
// after a noun of delegates, or of members in the plural, in the
// instrumental after з at token i, or "".
func (f *finder) delegationOf(i int) string {
	t, l := &f.toks[i], f.low(i)
	if !delegateSieve.May(l) || !delegates[l] && !heads[l] && !(members[l] && plural(t)) || !hasCase(t, "v_oru") || f.governedBy(i) != "з" && f.governedBy(i) != "із" && f.governedBy(i) != "зі" {
		return ""
	}
	e := f.sentBy(i)
	if e == "" || !heads[l] {
		return e
	}
	if f.ents.RoleAt(f.a, f.s, i) != "" {
		return "" // the title names a person told of before
	}
	// A head of state, of a government or of a body named by the title
	// alone stands for the country or the body: "зустрівся з
	// президентом Франції", "з президентом МОК"; with the name after it,
	// the name is the partner.
	j := i + 1
	for j < len(f.toks) && f.entityAt(j) != e {
		j++
	}
	for j < len(f.toks) && f.entityAt(j) == e {
		j++
	}
	for k := j; k < len(f.toks) && k <= j+5 && f.toks[k].Kind != vistka.Punct; k++ {
		if o := f.entityAt(k); o != "" && f.ents.Type(o) == "PERS" {
			return ""
		}
	}
	if f.ents.Type(e) == "LOC" && !isCountry(f.ents, e) {
		return "" // (the head of a town is its mayor, not a head of state)
	}
	return e
}

// delegateSieve holds the keys of delegates, heads and members, which
// delegationOf asks about the words after every trigger: most it stops
// with no lookup.
var delegateSieve = scan.SieveOf(delegates, heads, members)

// heads are the titles of the heads of a state, a government or a body,
// which, named with no name after them, stand for it as a partner.
var heads = map[string]bool{"президент": true, "президентка": true, "прем'єр-міністр": true, "прем'єр-міністерка": true,
	"прем'єр": true, "прем'єрка": true, "канцлер": true, "канцлерка": true, "король": true, "королева": true}

// envoys are nouns for people who act for the body or country named in
// the genitive after them: "місія МВФ", "представники України".
var envoys = map[string]bool{"місія": true, "представник": true, "представниця": true, "делегація": true,
	// staff acting for their body: співробітники СБУ затримали
	"співробітник": true, "працівник": true, "правоохоронець": true}

// sentBy returns the body or country whose delegation or mission the noun
// at i names, in the genitive after it: "місія Міжнародного валютного
// фонду" is the fund's; "" when none is named.
func (f *finder) sentBy(i int) string {
	if k := i + 2; k < len(f.toks) && (f.low(i+1) == "з" || f.low(i+1) == "із") && (f.low(i) == "делегація" || f.low(i) == "місія") {
		// "делегація з Японії": the country it came from sent it
		if e := f.entityAt(k); e != "" && hasCase(&f.toks[k], "v_rod") && gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country != 0 {
			return e
		}
		return ""
	}
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		u := &f.toks[j]
		if e := f.entityAt(j); e != "" && hasCase(u, "v_rod") {
			if typ := f.ents.Type(e); typ == "ORG" || typ == "LOC" {
				return e
			}
			return ""
		}
		if !strings.HasPrefix(u.Tag, "adj") {
			return ""
		}
	}
	return ""
}

// countedHeld reports whether the meeting noun at i, in the genitive, is
// counted by a word that is the subject of a verb of taking place:
// "Відбулася низка зустрічей з послом", "Кілька зустрічей пройшли в Римі".
func (f *finder) countedHeld(i int, k kind) bool {
	if k.typ != "CONSULT" || i < 1 || !hasCase(&f.toks[i], "v_rod") || !seriesWords[f.low(i-1)] {
		return false
	}
	if b := f.modifiersBefore(i-1) - 1; b >= 0 && takesPlace[f.verb(b)] {
		return true // "Відбувся черговий раунд переговорів"
	}
	// (past the sides: "раунд переговорів між Україною та Росією
	// відбудеться", "раунд переговорів делегацій України та США пройшов")
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if v := f.verb(j); v != "" {
			return takesPlace[v]
		}
	}
	return false
}

// statesOfMeeting reports whether the sides before the verb at i are
// those of states or countries in general ("Глави держав обговорили",
// "Лідери країн погодили") right after a meeting of two sides or more
// was told: then they are that meeting's sides, not a phrase of their own.
func (f *finder) statesOfMeeting(i int, out []vistka.Event) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if sides[lower(t)] && hasCase(t, "v_naz") && strings.Contains(t.Tag, ":p:") {
			if j+2 != i {
				return false // "лідери обох країн" is no phrase: sidesPhrase leaves it
			}
			switch f.toks[i-1].Lemma {
			case "держава", "країна":
			default:
				return false
			}
			_, m := f.lastMeeting(out)
			return m != nil
		}
	}
	return false
}

// talkVerbs are the verbs of a talk that an interview is told by.
var talkVerbs = map[string]bool{"поспілкуватися": true, "спілкуватися": true, "поговорити": true, "розмовляти": true, "говорити": true}

// inLanguage reports whether the talk verb at at is followed, past an
// adverb or two, by the language it is held in: "розмовляв лише
// німецькою", "спілкуються українською мовою".
func (f *finder) inLanguage(at int) bool {
	for j := at + 1; j < len(f.toks) && j <= at+3; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "adv") || strings.HasPrefix(t.Tag, "part") {
			continue
		}
		l := f.low(j)
		// (the tagger may read німецькою as the noun німецька)
		return hasCase(t, "v_oru") && (strings.HasSuffix(l, "ький") || strings.HasSuffix(l, "ька") || l == "мова")
	}
	return false
}

// visitors are ordinary people who go to places: their visits meet no party.
var visitors = map[string]bool{
	"турист": true, "школяр": true, "учень": true, "студент": true, "дитина": true, "відвідувач": true,
	"мешканець": true, "житель": true, "глядач": true, "паломник": true, "пенсіонер": true,
	"дошкільня": true, "вихованець": true, "екскурсант": true, "шанувальник": true, "фанат": true,
}

// ordinaryVisitors tells whether the visit verb at at has ordinary people,
// not named, for its subject ("школярі відвідуватимуть басейн").
func (f *finder) ordinaryVisitors(at int) bool {
	_, k := f.subject(at)
	return k >= 0 && k < len(f.toks) && isNoun(&f.toks[k]) && visitors[f.low(k)] && f.entityAt(k) == ""
}
