package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// checkpoint returns the border crossing named in quotation marks after
// the verb at at and before end, as "пункт пропуску «Краківець –
// Корчова»": the place of a blockade or a crossing there ("заблокували рух
// у пунктах пропуску «Краківець – Корчова» та …", "до пункту пропуску
// «Сірет – Порубне»", "через пункт пропуску «…»"). It returns "" when the
// clause names none.
func (f *finder) checkpoint(at, end int) string {
	for j := at + 1; j+2 < end; j++ {
		if f.low(j) == "про" && isPrep(&f.toks[j]) {
			// "підписали угоду про спільний контроль у пункті пропуску
			// «…»": the checkpoint is what the object is about
			return ""
		}
		if f.low(j) != "пункт" || f.low(j+1) != "пропуск" || !isPrep(&f.toks[j-1]) || !isOpenQuote(f.toks[j+2].Text) {
			continue
		}
		for k := j + 3; k < end && k < j+10; k++ {
			if isCloseQuote(f.toks[k].Text) {
				if k == j+3 {
					return ""
				}
				if e := f.entityAt(j + 3); e != "" && f.ents.Type(e) == "LOC" && f.entityAt(k-1) == e {
					return e // "пункт пропуску «Ягодин»": the place the entity tagger found
				}
				return "пункт пропуску «" + f.text(j+3, k) + "»"
			}
		}
		return ""
	}
	return ""
}

// listedPeopleBefore returns the head of the plural noun for people that
// ends the phrase before a comma in front of the phrase headed at i, as in
// a list of subjects ("Представники ради ветеранів, пенсіонери і
// ветерани праці звернулися"); -1 when there is none. The phrase may have
// adjectives before its head and genitives after it.
func (f *finder) listedPeopleBefore(i int) int {
	k := i
	for k > 0 && isAdj(&f.toks[k-1]) {
		k-- // "деякі люди", "громадські діячі"
	}
	if k < 2 || f.toks[k-1].Text != "," {
		return -1
	}
	return f.peopleEndingAt(k - 2)
}

// peopleEndingAt returns the head of the phrase for people that ends at e:
// a plural animate noun in the nominative, at e or before a genitive tail
// of up to three words ("ветерани праці", "представники ради
// ветеранів"); -1 when there is none.
func (f *finder) peopleEndingAt(e int) int {
	for h := e; h >= 0 && h >= e-3; h-- {
		t := &f.toks[h]
		if strings.HasPrefix(t.Tag, "noun:anim:p") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") && f.entityAt(h) == "" && f.governedBy(h) == "" {
			return h
		}
		if !hasCase(t, "v_rod") || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			return -1 // only a genitive tail stands between: "ради ветеранів", "Дякової слободи"
		}
		if n := f.entityAt(h); n != "" && f.ents.Type(n) != "LOC" {
			return -1 // "детективи НАБУ та прокурори САП": the bodies, named
		}
	}
	return -1
}

// subjects finds the actors of a verb: its subject, with the subjects
// coordinated with it (Україна та Польща підписали).
func (f *finder) subjects(at int) []string {
	if v := f.rulingAfterFinding(at); v >= 0 {
		if sub := f.subjects(v); len(sub) > 0 {
			return sub // "Суд урахував, що обвинувачений визнав вину, і призначив йому штраф"
		}
	}
	if v := f.afterThatClause(at); v >= 0 {
		if sub := f.subjects(v); len(sub) > 0 {
			return sub
		}
		if b := f.bodyIn(v, verbs[f.verb(at)].typ); b != "" {
			return []string{b} // "У МЗС заявили, що …, і закликали Угорщину": the body the speakers are in
		}
		return nil
	}
	if f.ownerRelative(at) != "" && plural(&f.toks[at]) {
		return nil // "ТОВ «Бета», пропозицію якого відхилили": the name is whose bid, the verb has no subject
	}
	if impersonalForm(&f.toks[at]) {
		return nil // "Фірму «Альфа» притягнуто до відповідальності", "Харків обстріляно": a form in -но, -то has no subject
	}
	if v := f.coordinatedVerb(at); v >= 0 && !(plural(&f.toks[at]) && !plural(&f.toks[v]) && f.pluralSubjectAfter(at)) &&
		!(plural(&f.toks[at]) && numberOf(&f.toks[v]) == -1 && f.singularSubject(v)) {
		// "війська перетнули кордон біля сіл Маркине і Щербак і вели
		// вогонь": a predicate joined to another shares its subject
		// (not "володіла Ганна Петренко, і його арештовували
		// держвиконавці": a plural with its own subject after it)
		if sub := f.subjects(v); len(sub) > 0 {
			return sub
		}
	}
	if they := f.they(at); they != nil {
		return they
	}
	if both := f.namesBeforeWhich(at); both != nil {
		return both
	}
	if p := f.spokesSubject(at); p != "" {
		return []string{p}
	}
	first, i := f.subject(at)
	if first != "" && (i < 0 || i > at) && plural(&f.toks[at]) {
		if b := f.bodyIn(at, verbs[f.verb(at)].typ); b != "" && b != first {
			// "У МЗС подякували ОАЕ за допомогу", "У Кремлі звинуватили
			// США": the body or the capital the clause opens with
			// speaks, not the indeclinable name after the verb
			return []string{b}
		}
	}
	if first == "" || f.singleAcrossComma(first, i, at) || f.firmAcrossComma(first, i, at) || f.otherGenderAcrossComma(first, i, at) || f.placeSpeaksAcrossComma(i, at) ||
		f.pronounAcrossComma(i, at) {
		return nil
	}
	out := []string{first}
	if e := f.joinedBodyAfter(i, at); e != "" && e != first && plural(&f.toks[at]) {
		// "ЄБРР та уряд Японії підписали": the place's body joined
		// after (put first: out is reversed below, and its last is the
		// subject the loop below steps back from)
		out = []string{e, first}
	}
	var sent []string // the more bodies envoys came for, put after the first
	if i >= 0 && envoys[f.low(i)] && hasCase(&f.toks[i], "v_naz") {
		// "Представники Польщі та України провели зустріч": every body
		// the envoys came for; and a name joined before the envoys
		// acts beside them ("Олег Синєгубов і представники ВПП
		// підписали угоду")
		sent = f.sentByMore(i, first)
		if !plural(&f.toks[at]) {
			return append(out, sent...)
		}
	}
	joined := false // an і or a та passed
	for i > 1 {
		// Back over the rest of the first subject's mention.
		j := i - 1
		for j >= 0 && f.entityAt(j) == out[len(out)-1] {
			j--
		}
		if f.ents.Type(out[len(out)-1]) == "" && f.entityAt(i) == "" {
			// "Міністр та його польський колега підписали": the
			// adjectives and the possessive of a phrase named as written
			for j >= 1 && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_naz") && f.entityAt(j) == "" {
				j--
			}
		} else {
			j = f.nameAdjsBefore(j+1) - 1 // "Україна та сусідня Польща підписали": the name's own adjectives
		}
		if j >= 1 && f.toks[j].Kind == vistka.QuoteMark && isAnd(&f.toks[j-1]) {
			j-- // "«Нафтогаз» і «Газпром» провели": the mark opening the name
		}
		if j >= 1 && namedKinds[f.low(j)] && f.entityAt(j) == "" && isAnd(&f.toks[j-1]) {
			j-- // "Україна і компанія Boeing підписали": the kind before the name
		} else if k := f.kindBeforeName(j); k > 0 && isAnd(&f.toks[k-1]) {
			j = k - 1 // "Terma та український концерн «Укроборонпром» підписали"
		}
		j = f.skipTitle(j)
		if j >= 1 && !isAnd(&f.toks[j]) && f.toks[j].Text != "," {
			j = f.skipRelation(j)
		}
		if k := f.correlativeFirst(j); k >= 0 {
			// "Як Україна, так і Польща підписали", "Не лише Україна,
			// а й Польща підписали": the first of the pair, whatever number
			// the verb takes (as Як Україна, так і Польща підписала)
			if e := f.entityAt(k); e != "" && !slices.Contains(out, e) {
				out = append(out, e)
			}
			break
		}
		// A comma joins names of a list whose last two an і or a та
		// joins: "Японія, Канада та Австралія надали".
		if j < 1 || !isAnd(&f.toks[j]) && (f.toks[j].Text != "," || !joined || !f.listedName(j-1)) {
			break
		}
		joined = joined || isAnd(&f.toks[j])
		if h := f.peopleEndingAt(j - 1); isAnd(&f.toks[j]) && h >= 0 {
			// "традиційні видавці та продуценти медіа обговорювали",
			// "ветерани війни і ветерани праці звернулися": people named
			// by a plural noun, joined before
			if p := f.nounPhrase(h); p != "" && !slices.Contains(out, p) {
				out = append(out, p)
			}
			// "Громадські діячі, науковці та краєзнавці викривають": the
			// people listed before it with commas
			for h := f.listedPeopleBefore(h); h >= 0; h = f.listedPeopleBefore(h) {
				if p := f.nounPhrase(h); p != "" && !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
			break
		}
		if h := f.bareNounOpening(j - 1); h >= 0 && isAnd(&f.toks[j]) && plural(&f.toks[at]) {
			// "Уряд і МВФ досягли домовленості", "Президент і прем'єр
			// провели нараду": a body or a person named by a singular
			// common noun that opens the clause, joined before
			if p := f.bareNounSubject(h); p != "" && !slices.Contains(out, p) {
				out = append(out, p)
			}
			break
		}
		if hs := f.bareNounList(j - 1); len(hs) > 0 && isAnd(&f.toks[j]) && plural(&f.toks[at]) {
			// "Мешканці, міністр і посол підписали": common nouns listed
			// with commas from the clause's start, each its own side
			// (out runs from the last named back, as the pairs above)
			for _, h := range slices.Backward(hs) {
				p := f.nounPhrase(h)
				if !plural(&f.toks[h]) {
					p = f.bareNounSubject(h)
				}
				if p != "" && !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
			break
		}
		if h := f.bodyHeadBefore(j - 1); h >= 0 && isAnd(&f.toks[j]) {
			// "управління ЖКГ міськради та ТОВ «Альфа» уклали": a body
			// named by its kind with its genitive tail, joined before
			if p := f.nounPhrase(h); p != "" && !slices.Contains(out, p) {
				out = append(out, p)
			}
			break
		}
		if j >= 2 && f.toks[j-1].Kind == vistka.QuoteMark && f.entityAt(j-2) != "" {
			j-- // (the mark closing the name before the і)
		}
		e := f.entityAt(j - 1)
		// The case is the name's first word's: "Національний … центр
		// України та Болгарський … інститут підписали".
		k := j - 1
		for k > 0 && e != "" && f.entityAt(k-1) == e {
			k--
		}
		// (an indeclinable name, which the tagger may read in any case:
		// "Рубіо і Сибіга обговорили")
		// (a name in Latin letters has no case: "Нафтогаз і Orlen")
		// (nor has a foreign full name that does not decline, whatever
		// the tagger read: "Довіле Шакалене та її естонський колега
		// Ганно Певкур підписали")
		// (but a person's given name that declines, read in another
		// case, tells the name's: "Заступниця Олени Коваль та її
		// колега" is Коваль's deputy, an indeclinable surname after it)
		if e == "" || slices.Contains(out, e) || !hasCase(&f.toks[j-1], "v_naz") && !hasCase(&f.toks[k], "v_naz") && !strings.Contains(f.toks[j-1].Tag, ":nv") && vtag.Case(f.toks[j-1].Tag) != "" && !f.undeclined(j-1) ||
			f.obliqueGivenName(k, j-1) ||
			f.governedBy(j-1) != "" || f.governedBy(k) != "" {
			break
		}
		out = append(out, e)
		i = j - 1
	}
	slices.Reverse(out)
	out = append(out, sent...)
	if len(out) == 1 && f.firmBeforePlural(out[0], at) {
		return nil // "ТОВ «Автомагістраль» дискваліфікували": the firm is what was done to
	}
	return out
}

// nameAdjsBefore returns where the lower-case adjectives right before the
// name opening at j begin ("сусідня Польща", "польський Люблін"), or j
// when none stands there. They qualify the name, in its case: the
// nominative, or an inanimate accusative of the same form, which the
// tagger may read for it; a genitive or other case belongs to another
// phrase.
func (f *finder) nameAdjsBefore(j int) int {
	for j >= 1 {
		t := &f.toks[j-1]
		if !isAdj(t) || f.entityAt(j-1) != "" || !startsLowerTok(t) ||
			!hasCase(t, "v_naz") && !(hasCase(t, "v_zna") && strings.Contains(t.Tag, "rinanim")) {
			break
		}
		j--
	}
	return j
}

// namedKinds are the kinds of groups whose name follows them in
// apposition: угруповання ХАМАС, рух «Талібан», компанія Boeing.
var namedKinds = map[string]bool{"угруповання": true, "організація": true, "рух": true, "партія": true, "компанія": true,
	"корпорація": true, "концерн": true, "коаліція": true, "блок": true, "об'єднання": true}

// kindBeforeName returns the first token of the word for a body's kind
// and the adjectives before it that stand right before the name ending
// the walk at j, past the mark opening a quoted name (український
// концерн «Укроборонпром»), or -1.
func (f *finder) kindBeforeName(j int) int {
	if j >= 0 && f.toks[j].Kind == vistka.QuoteMark {
		j--
	}
	if j < 1 || !namedKinds[f.low(j)] || f.entityAt(j) != "" {
		return -1
	}
	for j > 1 && isAdj(&f.toks[j-1]) && f.entityAt(j-1) == "" && startsLowerTok(&f.toks[j-1]) {
		j--
	}
	return j
}

// startsLowerTok reports whether t's text opens with a lower-case letter.
func startsLowerTok(t *vistka.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

// joinedBodyAfter returns the place or body whose institution an і or a
// та joins after the subject at i, right before the verb at at: "ЄБРР та
// уряд Японії підписали" gives Японія; else "". (The tagger may read the
// institution's nominative as the accusative of the same form.)
func (f *finder) joinedBodyAfter(i, at int) string {
	if i < 0 {
		return ""
	}
	e := f.entityAt(i)
	j := i + 1
	if g := f.entityAt(j); e == "" && g != "" && j < at && hasCase(&f.toks[j], "v_rod") && !plural(&f.toks[i]) {
		// "Уряд України та Європейський Союз підписали": past the
		// genitive name that makes the body's noun the first subject
		// (a plural noun's genitives are all its own: "представники
		// України та США")
		e = g
	}
	for e != "" && j < at && f.entityAt(j) == e {
		j++
	}
	if j+1 < at && isAnd(&f.toks[j]) {
		// "ЄІБ і Мінфін підписали": a name after the і whose nominative
		// the tagger read as the accusative of the same form
		if b := f.entityAt(j + 1); b != "" && b != e && (f.ents.Type(b) == "ORG" || f.ents.Type(b) == "LOC") && !strings.Contains(f.toks[j+1].Tag, ":anim") &&
			(hasCase(&f.toks[j+1], "v_naz") || hasCase(&f.toks[j+1], "v_zna") || strings.Contains(f.toks[j+1].Tag, ":nv")) {
			k := j + 1
			for k < at && f.entityAt(k) == b {
				k++
			}
			if k == at {
				return b
			}
		}
	}
	if j+2 >= at || !isAnd(&f.toks[j]) || !institutions[f.low(j+1)] && !namedKinds[f.low(j+1)] || !hasCase(&f.toks[j+1], "v_naz") && !hasCase(&f.toks[j+1], "v_zna") || f.entityAt(j+1) != "" {
		return ""
	}
	b := f.entityAt(j + 2)
	if b == "" || !hasCase(&f.toks[j+2], "v_rod") && !strings.Contains(f.toks[j+2].Tag, ":nv") && !namedKinds[f.low(j+1)] || f.ents.Type(b) != "LOC" && f.ents.Type(b) != "ORG" {
		return ""
	}
	k := j + 2
	for k < at && f.entityAt(k) == b {
		k++
	}
	if k != at {
		return ""
	}
	return b
}

// listedName reports whether the name that ends at token k opens a
// clause or follows a comma, as the first names of a list do ("Японія,
// Канада та Австралія"), rather than closing a clause of its own ("Як
// заявив Петро Коваль, Японія та Канада …").
func (f *finder) listedName(k int) bool {
	e := f.entityAt(k)
	if e == "" {
		return false
	}
	k = f.nameStart(k, e)
	if k > 0 && f.toks[k-1].Kind == vistka.QuoteMark {
		k--
	}
	j := k - 1
	if j >= 0 {
		j = f.skipTitle(j) // "Президент Литви Гітанас Науседа, …"
	}
	if j < 0 {
		return true
	}
	t := &f.toks[j]
	return t.Kind == vistka.Punct && t.Text != ":" || strings.HasPrefix(t.Tag, "adj")
}

// they returns who "вони" before the verb at at stands for: the actors
// of the last event of the sentence before when they are several, a
// group named by a phrase, or an organisation ("Представники МВФ прибули
// до Києва. Вони зустрілися з …"); nil when the verb's subject is no
// such pronoun or no group fits. One person is never "вони".
func (f *finder) they(at int) []string {
	k := -1
	for j := at - 1; j >= 0; j-- {
		t := &f.toks[j]
		if lower(t) == "вони" && hasCase(t, "v_naz") {
			k = j
			break
		}
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || hasCase(t, "v_naz") && strings.HasPrefix(t.Tag, "noun") || f.entityAt(j) != "" {
			return nil
		}
	}
	if k < 0 {
		return nil
	}
	if g := f.groupEarlier(k); g != "" {
		return []string{g}
	}
	if f.s == 0 {
		return nil
	}
	if len(f.before) == 0 || f.before[len(f.before)-1].Sentence.Start != f.a.Sentences[f.s-1].RStart {
		// "Львів'яни відкрили школу. … вони розповіли": the people the
		// sentence before opens with, when it told no event
		if p := f.peopleOpening(f.s - 1); p != "" {
			return []string{p}
		}
		return nil
	}
	last := f.before[len(f.before)-1]
	if last.Sentence.Start != f.a.Sentences[f.s-1].RStart {
		return nil
	}
	switch {
	case len(last.Actors) > 1:
		return slices.Clone(last.Actors)
	case len(last.Actors) == 1 && (entity.Index(last.Actors[0]) < 0 && !f.singularIn(f.s-1, last.Actors[0]) || f.ents.Type(last.Actors[0]) == "ORG"):
		return slices.Clone(last.Actors)
	}
	return nil
}

// singularIn reports whether the actor a, a phrase no entity names, has
// a singular noun as its head, its first noun as written in sentence s:
// "область отримає від уряду генератори" gives "уряду", which no "вони"
// after it stands for ("Ініціатори петиції", "300 студентів університету"
// are plural); a noun of number or part (близько сотні мешканців,
// більшість депутатів) is passed over for the people counted.
func (f *finder) singularIn(s int, a string) bool {
	toks := f.a.Sentences[s].Tokens
	for _, w := range strings.Fields(scan.ToLower(a)) {
		for i := range toks {
			if t := &toks[i]; scan.ToLower(t.Text) == w && strings.HasPrefix(t.Tag, "noun") && !wholes[t.Lemma] {
				return numberOf(t) == -1 // not "близько сотні мешканців": the people counted
			}
		}
	}
	return false
}

// namesBeforeWhich returns the two names joined by і or та right before
// the comma of a plural "які" that opens the clause of the plural verb at
// at, whatever their case: "подякував Польщі та Данії, які передали для
// області 40 генераторів" — Польща and Данія gave. It returns nil when
// the first name hangs on a noun or a preposition ("з лідерами Польщі та
// Литви, які …": the leaders) or anything but adverbs stands between які
// and the verb.
func (f *finder) namesBeforeWhich(at int) []string {
	if !plural(&f.toks[at]) {
		return nil
	}
	r := at - 1
	for r >= 0 && f.toks[r].Kind == vistka.Word && strings.HasPrefix(f.toks[r].Tag, "adv") {
		r--
	}
	if r < 4 || lower(&f.toks[r]) != "який" || !hasCase(&f.toks[r], "v_naz") || !plural(&f.toks[r]) || f.toks[r-1].Text != "," {
		return nil
	}
	y := f.entityAt(r - 2)
	j := r - 2
	for j >= 0 && y != "" && f.entityAt(j) == y {
		j--
	}
	j = f.skipOwnTitle(j)
	if y == "" || j < 1 || !isAnd(&f.toks[j]) {
		return nil
	}
	x := f.entityAt(j - 1)
	k := j - 1
	for k >= 0 && x != "" && f.entityAt(k) == x {
		k--
	}
	if k >= 0 && strings.Contains(f.toks[k].Tag, "pron:pers") {
		k = -1 // "візит до нього X та Y": a pronoun is no noun the name hangs on
	}
	if x == "" || x == y || f.ents.Type(x) != f.ents.Type(y) {
		return nil
	}
	if k >= 0 {
		if t := &f.toks[k]; isPrep(t) || strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj") || strings.HasPrefix(t.Tag, "conj") || t.Text == "," {
			return nil
		}
	}
	return []string{x, y}
}

// skipOwnTitle steps back from j over a job title right before the
// second of two joined names, with the possessive and the adjectives
// before it ("X та його тодішнього начальника Y"); it returns j unchanged
// when no title is there.
func (f *finder) skipOwnTitle(j int) int {
	if j < 0 || !f.inJob(j) {
		return j
	}
	k := j
	for k >= 0 && f.inJob(k) {
		k--
	}
	for n := 0; k >= 0 && n < 3 && isAdj(&f.toks[k]) && f.entityAt(k) == ""; n++ {
		k--
	}
	return k
}

// groupEarlier returns the people "вони" at k stands for when an earlier
// clause of its sentence opens with them as the subject of a plural
// verb: "окупанти щодня обстрілюють правобережжя, лише за минулу добу
// вони поранили 11 людей". It returns "" when another plural noun of
// people comes nearer before "вони" ("Поліцейські затримали чоловіків,
// вони погрожували …": either may be meant).
func (f *finder) groupEarlier(k int) string {
	comma := false
	for j := k - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Text == "," {
			comma = true
			continue
		}
		if !strings.HasPrefix(t.Tag, "noun:anim:p") || strings.Contains(t.Tag, "pron") {
			continue
		}
		if !comma || !hasCase(t, "v_naz") || f.entityAt(j) != "" {
			return ""
		}
		v := f.predicateAfter(j)
		if v < 0 || v >= k || !pluralTag(f.toks[v].Tag) {
			return ""
		}
		for h := v + 1; h < k; h++ {
			if f.toks[h].Text == "," {
				return f.nounPhrase(j)
			}
		}
		return ""
	}
	return ""
}

// peopleOpening returns the people named by a plural animate common noun
// in the nominative that opens sentence s as the subject of its plural
// verb: "Львів'яни відкрили у Вінниці школу", "Місцеві мешканці
// перекрили дорогу". It returns "" for any other opening.
func (f *finder) peopleOpening(s int) string {
	p := &finder{a: f.a, ents: f.ents, s: s, toks: f.a.Sentences[s].Tokens}
	j := 0
	for j < 2 && j+1 < len(p.toks) && (strings.HasPrefix(p.toks[j].Tag, "conj") || strings.HasPrefix(p.toks[j].Tag, "part") || p.toks[j].Tag == "adv" || strings.HasPrefix(p.toks[j].Tag, "adv:")) {
		j++ // "Але ось мешканці …", "Водночас депутати …": a connective opens the sentence
	}
	for j < len(p.toks) && strings.HasPrefix(p.toks[j].Tag, "adj") && hasCase(&p.toks[j], "v_naz") {
		j++
	}
	counted := false
	if k := p.countBefore(j); k > j && k+1 < len(p.toks) && strings.HasPrefix(p.toks[k].Tag, "noun:anim:p") && hasCase(&p.toks[k], "v_rod") {
		// "Понад сто гірників шахти другу добу залишаються під землею":
		// people counted
		j, counted = k, true
	}
	if j+1 >= len(p.toks) {
		return ""
	}
	t, v := &p.toks[j], &p.toks[j+1]
	if k := p.predicateAfter(j); k > j+1 {
		v = &p.toks[k]
	}
	if !strings.HasPrefix(t.Tag, "noun:anim:p") || !hasCase(t, "v_naz") && !counted || strings.Contains(t.Tag, "pron") || p.entityAt(j) != "" ||
		!strings.HasPrefix(v.Tag, "verb") || !pluralTag(v.Tag) {
		return p.peopleAfterVerb()
	}
	return p.nounPhrase(j)
}

// countBefore returns where the noun after a count that opens at j
// stands ("Понад сто", "Близько 200", "Кілька десятків"): past a word of
// a bound and the numerals; j when no count opens there.
func (f *finder) countBefore(j int) int {
	k := j
	if k < len(f.toks) && countBounds[f.low(k)] {
		k++
	}
	n := k
	for k < len(f.toks) && k < n+3 && (strings.HasPrefix(f.toks[k].Tag, "numr") || f.toks[k].Kind == vistka.Number || countNouns[f.low(k)]) {
		k++
	}
	if k == n {
		return j
	}
	return k
}

// countBounds are the words of a bound before a count of people.
var countBounds = map[string]bool{"понад": true, "близько": true, "майже": true, "щонайменше": true, "приблизно": true, "більше": true, "менше": true, "до": true}

// countNouns are the nouns that count people by tens or hundreds, by
// their lemmas, as low gives them ("Кілька сотень ветеранів", "Десятки
// активістів").
var countNouns = map[string]bool{"десяток": true, "сотня": true, "тисяча": true, "кілька": true, "декілька": true}

// peopleAfterVerb returns the people named by a plural animate common
// noun in the nominative right after the sentence's first verb, when that
// verb is plural and no noun in the nominative comes before it: "До
// справи долучилися слідчі ДБР", "На місце прибули рятувальники". It
// returns "" for any other sentence.
func (f *finder) peopleAfterVerb() string {
	for j, t := range f.toks {
		if hasCase(&t, "v_naz") && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) || f.entityAt(j) != "" {
			return ""
		}
		if !strings.HasPrefix(t.Tag, "verb") {
			continue
		}
		if !pluralTag(t.Tag) || j+1 >= len(f.toks) {
			return ""
		}
		n := &f.toks[j+1]
		people := strings.HasPrefix(n.Tag, "noun:anim:p") && !strings.Contains(n.Tag, "pron") ||
			strings.HasPrefix(n.Tag, "adj:p") && groupAdjs[lower(n)] && (j+2 >= len(f.toks) || !isNoun(&f.toks[j+2]) || !hasCase(&f.toks[j+2], "v_naz") || f.entityAt(j+2) != "")
		if !people || !hasCase(n, "v_naz") || f.entityAt(j+1) != "" {
			return ""
		}
		if strings.HasPrefix(n.Tag, "noun") {
			return f.nounPhrase(j + 1)
		}
		// "слідчі ДБР" stand for their body, as "Слідчі ДБР затримали"
		// does; "військові бригади": the adjective with the genitive
		// words it belongs to
		k := j + 2
		if e := f.entityAt(k); e != "" && f.ents.Type(e) == "ORG" {
			return e
		} else if e != "" {
			k = f.nameEnd(k)
		} else {
			for k < len(f.toks) && k < j+5 && hasCase(&f.toks[k], "v_rod") && (isNoun(&f.toks[k]) || isAdj(&f.toks[k])) {
				k++
			}
		}
		return f.text(j+1, k)
	}
	return ""
}

// predicateAfter returns the index of the verb after the noun at j when
// only the noun's genitive words, words in brackets, adverbs, не and a
// pronoun stand between: "мешканці вулиці Йосипа Сліпого її ремонту (…)
// наразі не радіють"; else -1.
func (f *finder) predicateAfter(j int) int {
	for k := j + 1; k < len(f.toks) && k <= j+20; k++ {
		t := &f.toks[k]
		switch {
		case strings.HasPrefix(t.Tag, "verb"):
			return k
		case t.Text == "(":
			for k < len(f.toks) && f.toks[k].Text != ")" {
				k++
			}
		case t.Text == "," && f.asideAt(k+1) > 0:
			k = f.asideAt(k + 1) // "Протестувальники, однак, заявили": a connective set off by commas
		case t.Text == "," && f.relativeClose(k) > 0:
			k = f.relativeClose(k) // "Мешканці села, які давно чекають на ділянки, зібралися": who they are
		case hasCase(t, "v_rod") && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")),
			strings.HasPrefix(t.Tag, "adv"), lower(t) == "не", strings.Contains(t.Tag, "pron:pers"),
			(lower(t) == "від" || lower(t) == "з" || lower(t) == "із") && strings.HasPrefix(t.Tag, "prep"): // "депутати від опозиції"
		case spanNouns[t.Lemma] && hasCase(t, "v_zna") || strings.HasPrefix(t.Tag, "adj") && k+1 < len(f.toks) && spanNouns[f.toks[k+1].Lemma] && hasCase(&f.toks[k+1], "v_zna") ||
			f.spanType(k) == "DATE" || f.spanType(k) == "PERIOD":
			// "гірники другу добу залишаються": a phrase of time
		case (lower(t) == "у" || lower(t) == "в") && isPrep(t) && k+1 < len(f.toks) && weekdays[f.toks[k+1].Lemma]:
			k++ // "ветерани у неділю вийшли": the day, for a finder that has no spans of dates
		case isAnd(t) && k+1 < len(f.toks) && hasCase(&f.toks[k+1], "v_rod"):
			// "Кілька сотень ветеранів і їхніх рідних вийшли": others
			// counted with them
		default:
			return -1
		}
	}
	return -1
}

// spanNouns are the units of time whose accusative says how long:
// другу добу, третій тиждень.
var spanNouns = map[string]bool{"день": true, "доба": true, "ніч": true, "тиждень": true, "місяць": true, "рік": true, "година": true}

// relativeClose returns the comma that closes a relative clause of який
// opened by the comma at c, within fifteen words and with no other
// punctuation, or -1.
func (f *finder) relativeClose(c int) int {
	if c+1 >= len(f.toks) || f.toks[c+1].Lemma != "який" {
		return -1
	}
	return f.clauseComma(c)
}

// asideAt returns the comma that closes a connective set off by commas
// from k, one or two words (однак, втім, своєю чергою), or -1.
func (f *finder) asideAt(k int) int {
	for m := k; m < len(f.toks) && m <= k+2; m++ {
		t := &f.toks[m]
		if t.Text == "," {
			if m == k {
				return -1
			}
			return m
		}
		l := lower(t)
		if t.Kind != vistka.Word || !(strings.HasPrefix(t.Tag, "conj") || strings.HasPrefix(t.Tag, "part") || t.Tag == "adv" || strings.HasPrefix(t.Tag, "adv:") || l == "свій" || l == "черга") {
			return -1
		}
	}
	return -1
}

// skipTitle steps back from token j over a job title that stands before a
// name (прем'єр-міністр Польщі Дональд Туск): a JOB span and the genitive
// words after it. It returns j unchanged when no title is there.
func (f *finder) skipTitle(j int) int {
	k, limit := j, 6
	for k >= 0 && j-k < limit && !f.inJob(k) {
		t := &f.toks[k]
		if k >= 2 && f.low(k) == "справа" && hasCase(t, "v_mis") && (f.low(k-1) == "у" || f.low(k-1) == "в") {
			// "міністр у справах ветеранів", "міністр у справах
			// трудових мігрантів Філіппін": one title
			k, limit = k-2, limit+2
			continue
		}
		if !hasCase(t, "v_rod") && t.Kind != vistka.Abbr && !(t.Kind == vistka.Word && t.Tag == "") {
			return j
		}
		k--
	}
	if k < 0 || !f.inJob(k) {
		return j
	}
	for k >= 0 && f.inJob(k) {
		k--
	}
	return k
}

// skipRelation steps back from j over a nominative animate noun with its
// adjectives and possessive pronouns that stands in apposition to the
// name after it ("та його угорський колега Петер Сійярто") and returns
// the token before them, or j when there is no such phrase.
func (f *finder) skipRelation(j int) int {
	k := j
	if e := f.entityAt(k); e != "" && hasCase(&f.toks[k], "v_rod") && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
		// "та верховна представниця ЄС Габріела Моретті": the body or
		// the state whose the role is, in the genitive after it
		role := false
		for k > 0 && f.entityAt(k) == e {
			t := &f.toks[k]
			role = role || strings.HasPrefix(t.Tag, "noun:anim") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":prop")
			k--
		}
		if role {
			return k // the role taken into the body's name: "Верховна представниця Євросоюзу"
		}
	}
	t := &f.toks[k]
	if !strings.HasPrefix(t.Tag, "noun:anim") || !hasCase(t, "v_naz") || strings.Contains(t.Tag, ":prop") {
		return j
	}
	k--
	// (його and її do not decline, whatever case the tagger read: "та
	// її естонський колега Ганно Певкур")
	for k >= 0 && isAdj(&f.toks[k]) && (hasCase(&f.toks[k], "v_naz") || strings.Contains(f.toks[k].Tag, ":nv:pron:pos")) {
		k--
	}
	return k
}

// singleAcrossComma reports whether the subject found for the plural
// verb at at is one person named in another clause, before a comma,
// while the verb's own clause has no word that could be its subject (a
// nominative, a relative pronoun): the verb does not agree with the
// person and tells what was done by people unnamed ("Іваненко очолив
// організацію, відтоді його багато разів арештовували"; not "…, під час
// якої сторони домовилися", "Беззубенка, які вимагали").
func (f *finder) singleAcrossComma(e string, i, at int) bool {
	if v := f.modalOf(at); v > i {
		at = v // "…: могли якщо не заарештувати": the modal agrees, not the infinitive
	}
	if i < 0 || i >= at || !plural(&f.toks[at]) || !strings.Contains(f.toks[at].Tag, ":past") || plural(&f.toks[i]) ||
		f.ents.Type(e) != "PERS" && (f.ents.Type(e) != "ORG" || !f.objectPronounOpens(at)) {
		// (a firm too when a pronoun before the verb is whom: "ТОВ
		// «Альфа» порушило закон, і його оштрафували")
		return false
	}
	switch f.low(i + 1) {
	case "з", "із", "зі", "разом", "та", "і", "й":
		return false // "Іваненко з Петренком", "Іваненко та Петренко": more than one
	}
	c := -1
	for j := at - 1; j > i; j-- {
		if f.toks[j].Text == "," || f.toks[j].Text == ":" || f.toks[j].Text == ";" {
			c = j
			break
		}
	}
	if k := f.pronounBefore(at); c < 0 && k > i+1 && strings.HasPrefix(f.toks[k-1].Tag, "conj") && f.objectPronounOpens(at) {
		c = k - 1 // "вийшла з будівлі і її затримали": the clause opens at і
	}
	if c < 0 || f.entityAt(c+1) == e {
		return false // (the comma of a name)
	}
	for j := c + 1; j < at; j++ {
		t := &f.toks[j]
		if hasCase(t, "v_naz") || strings.Contains(t.Tag, ":rel") || strings.HasPrefix(t.Tag, "conj:coord") && !(j+1 == f.pronounBefore(at) && f.objectPronounOpens(at)) {
			return false // (", і її затримали": what was done to her by others)
		}
		switch f.low(j) {
		case "який", "котрий", "що":
			return false
		}
	}
	return true
}

// modalOf returns the finite verb an infinitive at at hangs on, a few
// words before it in its clause ("могли якщо не заарештувати", "могла б
// навіть його убити"), past infinitives joined before it ("могли якщо
// не заарештувати, то затримати й привезти"), or -1.
func (f *finder) modalOf(at int) int {
	if !strings.Contains(f.toks[at].Tag, ":inf") {
		return -1
	}
	near := at // the nearest infinitive of the chain
	for j := at - 1; j >= 0 && j >= near-4; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && !(t.Text == "," && f.low(j+1) == "то") {
			return -1
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if !strings.Contains(t.Tag, ":inf") {
				return j
			}
			near = j
		}
	}
	return -1
}

// otherGenderAcrossComma reports whether the subject found at i for the
// verb at at (or for the modal an infinitive at at hangs on) is a common
// noun of one gender in another clause, before a comma, while the verb is
// a singular past of another gender and its own clause has no word that
// could be its subject: "Чоловік був у її владі, могла би навіть його
// убити" tells what she could do, not the man. Names are left alone (the
// tagger may miss a surname's gender).
func (f *finder) otherGenderAcrossComma(e string, i, at int) bool {
	if v := f.modalOf(at); v > i {
		at = v
	}
	if i < 0 || i >= at || f.entityAt(i) != "" || !isNoun(&f.toks[i]) || strings.Contains(f.toks[i].Tag, "pron") {
		return false
	}
	vg, ng := pastGender(&f.toks[at]), gender(&f.toks[i])
	if vg == 0 || ng == 0 || vg == ng || scan.ToLower(e) != scan.ToLower(f.toks[i].Text) && scan.ToLower(e) != f.low(i) {
		return false // (a phrase longer than the noun may carry a title of the other gender: "голова ради Марія")
	}
	c := f.lastComma(i, at)
	if c < 0 {
		return false
	}
	for j := c + 1; j < at; j++ {
		t := &f.toks[j]
		if hasCase(t, "v_naz") || strings.Contains(t.Tag, ":rel") || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
	}
	return true
}

// pronounAcrossComma reports whether the clause of the verb at at, after
// a comma that follows the subject found at i, has a personal pronoun in
// the nominative of its own that names no one the text made clear: "«Батьківщина»
// вимагає відставки міністра, він звинувачення відкидає" — він is the
// minister, not the party.
func (f *finder) pronounAcrossComma(i, at int) bool {
	if i < 0 || i >= at {
		return false
	}
	for j := at - 1; j > i; j-- {
		t := &f.toks[j]
		if t.Text == "," {
			return false
		}
		if strings.Contains(t.Tag, "pron:pers:3") && hasCase(t, "v_naz") && f.entityAt(j) == "" && j > i+1 && slices.ContainsFunc(f.toks[i+1:j], func(k vistka.Token) bool { return k.Text == "," }) {
			return true
		}
	}
	return false
}

// receivedBefore returns the noun, in the nominative, of the one that the
// sentence before says got money: "Кошти фонд отримав як фінансову
// підтримку" gives "фонд". It returns "" when there is none.
func (f *finder) receivedBefore() string {
	if f.s < 1 {
		return ""
	}
	toks := f.a.Sentences[f.s-1].Tokens
	for i, t := range toks {
		if l := scan.ToLower(t.Lemma); l != "отримати" && l != "отримувати" || !strings.HasPrefix(t.Tag, "verb") {
			continue
		}
		money, who := false, ""
		for j := max(i-4, 0); j < len(toks) && j <= i+4; j++ {
			u := &toks[j]
			if !strings.HasPrefix(u.Tag, "noun") || strings.Contains(u.Tag, "pron") {
				continue
			}
			l := scan.ToLower(u.Lemma)
			switch {
			case moneyWords[l]:
				money = true
			case j < i && who == "" && hasCase(u, "v_naz"):
				who = l
			}
		}
		if money && who != "" {
			return who
		}
	}
	return ""
}

// subjectOfNext reports whether the name at j, read in any case (an
// acronym, or a form the nominative shares), is right before a finite
// verb: the subject of the clause, not a genitive of the noun before in
// an oblique case ("Під час візиту ВПП передала громаді …"; a noun in
// the nominative is the subject itself: "Наступний саміт НАТО
// відбудеться").
func (f *finder) subjectOfNext(j int) bool {
	t := &f.toks[j]
	return (hasCase(t, "v_naz") || strings.Contains(t.Tag, ":nv")) && f.opensClause(j)
}

// genitiveAfter finds the actor of an event noun: зустріч Блінкена.
func (f *finder) genitiveAfter(at int) string {
	if at+1 < len(f.toks) {
		n := at + 1
		if nouns[f.low(at)].typ == "CONSULT" && n+1 < len(f.toks) && f.toks[n].Kind == vistka.QuoteMark && isOpenQuote(f.toks[n].Text) {
			n++ // "Наступна зустріч «Рамштайну» запланована на лютий": the name in quotation marks
		}
		// (a surname the tagger read as a bare locative, which is never
		// bare, is the genitive: "Зустріч Гроссі зі Шмигалем")
		if e := f.entityAt(n); e != "" && (hasCase(&f.toks[n], "v_rod") || f.caselessName(n) || f.ents.Type(e) == "PERS" && hasCase(&f.toks[n], "v_mis")) &&
			(hasCase(&f.toks[at], "v_naz") || !f.subjectOfNext(n)) {
			return e // (a name in Latin letters has no case: "саміт G7", "саміт ASEAN"; not a label: "атаки F")
		}
		// "протести опозиції", "протести громадськості": a group; "акція
		// протесту місцевих фермерів": the people past the kind of the
		// action and the adjectives, as written (the pipeline gives them
		// in the nominative plural)
		lo := at + 1
		if nouns[f.low(at)].typ == "PROTEST" && protestKinds[f.low(lo)] && lo+1 < len(f.toks) {
			lo++
		}
		j := lo
		for j < len(f.toks) && j < lo+2 && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_rod") && !strings.Contains(f.toks[j].Tag, "pron") {
			j++
		}
		if j < len(f.toks) && nouns[f.low(at)] == (kind{"CONSULT", "meet"}) && hasCase(&f.toks[j], "v_rod") && (strings.HasPrefix(f.toks[j].Tag, "noun:anim") || delegates[f.low(j)]) &&
			!strings.Contains(f.toks[j].Tag, "pron") && f.entityAt(j) == "" {
			// "зустріч представників підприємців з міським головою",
			// "зустріч українського прем'єра з президентом Польщі": people
			// named by a noun, with the genitives that complete them,
			// meet the partner after з
			hi := j + 1
			// (a noun of occupation is no name: "представників підприємців"
			// after the entrepreneurs' protest told)
			for hi < len(f.toks) && hi <= j+2 && hasCase(&f.toks[hi], "v_rod") && isNoun(&f.toks[hi]) &&
				!strings.Contains(f.toks[hi].Tag, "pron") && (f.spanType(hi) == "" || f.spanType(hi) == "JOB") {
				hi++
			}
			if f.partnerAt(hi) {
				return f.text(at+1, hi)
			}
		}
		if j >= len(f.toks) || j > lo && !plural(&f.toks[j]) {
			return ""
		}
		if t := &f.toks[j]; nouns[f.low(at)].typ == "PROTEST" && hasCase(t, "v_rod") && strings.HasPrefix(t.Tag, "noun") &&
			(protesters[lower(t)] || strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron")) {
			if protesters[lower(t)] && j == lo {
				return lower(t) // in the nominative: опозиція
			}
			hi := j + 1
			for hi < len(f.toks) && hi <= j+2 && hasCase(&f.toks[hi], "v_rod") && (isNoun(&f.toks[hi]) || isAdj(&f.toks[hi])) &&
				!strings.Contains(f.toks[hi].Tag, "pron") && f.spanType(hi) == "" {
				hi++ // "акція протесту працівників шахти": with the genitives that complete them
			}
			for hi > j+1 && isAdj(&f.toks[hi-1]) {
				hi--
			}
			return f.text(lo, hi)
		}
	}
	return ""
}

// nounOwner returns the body or the country named in the genitive right
// after the event noun of tr, past its adjectives ("санкції США"), or "".
func (f *finder) nounOwner(tr trig) string {
	if tr.noun < 0 {
		return ""
	}
	j := tr.noun + 1
	j = f.pastAdjs(j)
	if j >= len(f.toks) || !hasCase(&f.toks[j], "v_rod") {
		return ""
	}
	if e := f.entityAt(j); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
		return e
	}
	return ""
}

// protesters are collective nouns for who protests.
var protesters = map[string]bool{
	"опозиція": true, "громадськість": true, "громада": true, "студентство": true, "профспілка": true,
}

// objectPronounOpens reports whether a personal pronoun in the accusative
// or the dative stands right before the verb at at, past adverbs: a
// plural verb after it tells what unnamed people did to the one it
// stands for, whom the singular verb before had as subject ("Суддя
// вийшла з будівлі суду, і її затримали", "його згодом арештували").
func (f *finder) objectPronounOpens(at int) bool {
	k := f.pronounBefore(at)
	return k >= 0 && !hasCase(&f.toks[k], "v_naz") && (hasCase(&f.toks[k], "v_zna") || hasCase(&f.toks[k], "v_dav"))
}

// singularSubject reports whether the subject of the singular verb at v
// is a singular common noun, which a plural verb joined to v cannot
// share: "фірма порушила закон, та оштрафували її".
func (f *finder) singularSubject(v int) bool {
	_, k := f.subject(v)
	return k >= 0 && f.entityAt(k) == "" && isNoun(&f.toks[k]) && numberOf(&f.toks[k]) == -1
}

// namesAfter returns the names in the nominative after the verb at at,
// up to end or the next verb, that no preposition governs: the subjects
// of a verb put after them ("Під санкції потрапили Ротенберг і
// Абрамович").
func (f *finder) namesAfter(at, end int) []string {
	return f.entitiesAfter(at, end, func(j int, e string) bool {
		t := &f.toks[j]
		if f.governedBy(j) != "" {
			return false
		}
		return hasCase(t, "v_naz") || f.ents.Type(e) != "PERS" && (strings.Contains(t.Tag, ":nv") || t.Kind != vistka.Word || !strings.Contains(t.Tag, "v_"))
	})
}

// correlativeFirst returns the last token of the first name of a pair
// that a correlative conjunction joins, when the і or the й at j opens
// the second ("як Україна, так і Польща", "не лише Україна, а й
// Польща", "не тільки уряд, але й МВФ"), or -1.
func (f *finder) correlativeFirst(j int) int {
	if j < 4 || !isAnd(&f.toks[j]) || f.toks[j-2].Text != "," {
		return -1
	}
	k := j - 3
	e := f.entityAt(k)
	if e == "" {
		return -1
	}
	lo := f.nameStart(k, e)
	if lo < 1 {
		return -1
	}
	open := f.low(lo - 1)
	switch f.low(j - 1) {
	case "так":
		if open != "як" {
			return -1
		}
	case "а", "але":
		if open != "лише" && open != "тільки" && open != "лиш" || lo < 2 || f.low(lo-2) != "не" {
			return -1
		}
	default:
		return -1
	}
	return k
}

// bareNounOpening returns j when the word at j is a singular common noun
// in the nominative for a body or a person (уряд, президент, прем'єр,
// міністр), with only its adjectives before it in its clause and no
// preposition governing it: "Уряд і МВФ досягли", "У вівторок президент
// і прем'єр провели". Else -1.
func (f *finder) bareNounOpening(j int) int {
	if j < 0 {
		return -1
	}
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || plural(t) || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":prop") || f.entityAt(j) != "" ||
		!hasCase(t, "v_naz") && !(hasCase(t, "v_zna") && strings.Contains(t.Tag, ":inanim")) {
		return -1
	}
	if !actorNoun(lower(t)) && !(strings.Contains(t.Tag, ":anim") && entity.IsRoleWord(t.Lemma)) {
		return -1
	}
	k := j - 1
	for k >= 0 && isAdj(&f.toks[k]) && hasCase(&f.toks[k], "v_naz") && f.entityAt(k) == "" {
		k--
	}
	// Back to the clause's start, past words of time and adverbs only.
	for ; k >= 0; k-- {
		u := &f.toks[k]
		if u.Text == "," && k > 0 && (hasCase(&f.toks[k-1], "v_naz") || f.entityAt(k-1) != "") {
			return -1 // "Мешканці, міністр і посол …": a list, read as one
		}
		if u.Kind == vistka.Punct {
			break // "За словами міністра, уряд і МВФ підписали"
		}
		if strings.HasPrefix(u.Tag, "verb") || strings.HasPrefix(u.Tag, "conj") || f.entityAt(k) != "" && f.spanType(k) != "DATE" ||
			strings.HasPrefix(u.Tag, "noun") && hasCase(u, "v_naz") && f.spanType(k) != "DATE" && !timeNouns[u.Lemma] {
			return -1
		}
	}
	if f.governedBy(j) != "" {
		return -1
	}
	return j
}

// bareNounList returns the heads of two or more common nouns listed with
// commas that open the clause and end at j, first to last: "Мешканці,
// міністр" of "Мешканці, міністр і посол підписали". Each is a noun in
// the nominative, with adjectives of its own before it, naming a body or
// a person (a singular actor's noun or role word, or a plural of people);
// a name or a word of another kind in the list gives nil.
func (f *finder) bareNounList(j int) []int {
	var hs []int
	for {
		if j < 0 || !f.listedNoun(j) {
			return nil
		}
		hs = append([]int{j}, hs...)
		k := j - 1
		for k >= 0 && isAdj(&f.toks[k]) && hasCase(&f.toks[k], "v_naz") && f.entityAt(k) == "" {
			k--
		}
		if k < 0 || f.toks[k].Kind == vistka.Punct && f.toks[k].Text != "," {
			break // the clause's start
		}
		if f.toks[k].Text != "," {
			return nil
		}
		j = k - 1
	}
	if len(hs) < 2 {
		return nil
	}
	return hs
}

// listedNoun reports whether the token at j is a common noun in the
// nominative naming a body or a person, as bareNounList lists them.
func (f *finder) listedNoun(j int) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") || strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, ":prop") || f.entityAt(j) != "" || f.governedBy(j) != "" {
		return false
	}
	if plural(t) {
		return strings.Contains(t.Tag, ":anim")
	}
	return actorNoun(lower(t)) || strings.Contains(t.Tag, ":anim") && entity.IsRoleWord(t.Lemma)
}

// bareNounSubject names the subject a bare common noun at h stands for,
// as the subject finder does: the person the text named by that title
// before, the body named by that noun, else the phrase as written.
func (f *finder) bareNounSubject(h int) string {
	if e := f.ents.RoleAt(f.a, f.s, h); e != "" {
		return e
	}
	t := &f.toks[h]
	if actorNoun(lower(t)) && (h == 0 || !isAdj(&f.toks[h-1])) {
		if b := f.ents.BodyOf(t.RStart, f.s, lower(t)); b != "" {
			return b
		}
	}
	return f.nounPhrase(h)
}

// bodyHeadBefore returns, for the last word at j of a genitive tail, the
// body's noun in the nominative that heads it a few words before, no
// preposition governing it ("управління ЖКГ Чернігівської міськради"),
// or -1. A name in the nominative at j is its own subject, not a tail.
func (f *finder) bodyHeadBefore(j int) int {
	if j < 1 || !hasCase(&f.toks[j], "v_rod") || hasCase(&f.toks[j], "v_naz") {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		t := &f.toks[k]
		// (a noun whose nominative has the genitive's form may be read as
		// the genitive: "управління")
		if strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_naz") || scan.ToLower(t.Text) == f.low(k)) && f.entityAt(k) == "" && actorNoun(f.low(k)) {
			if f.governedBy(k) != "" {
				return -1
			}
			return k
		}
		if t.Kind != vistka.Word && t.Kind != vistka.QuoteMark || !hasCase(t, "v_rod") && f.entityAt(k) == "" && t.Kind == vistka.Word {
			return -1
		}
	}
	return -1
}

// whoseDecision reads an object that is someone's decision or proposal
// at i, and returns who made it when a group names it (рішення уряду,
// рішення японського уряду: Японія when the text names it), or "".
func (f *finder) whoseDecision(i, end int) string {
	if i >= end || !isNoun(&f.toks[i]) || !decisionNouns[f.low(i)] {
		return ""
	}
	j := i + 1
	for j < end && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_rod") {
		j++
	}
	if j < end && j == i+1 && hasCase(&f.toks[j], "v_rod") && f.entityAt(j) == "" {
		// "підтримав ініціативу генсека": the person the role stands for
		if p := f.ents.RoleAt(f.a, f.s, j); p != "" {
			return p
		}
	}
	if j >= end || !groups[f.low(j)] || !hasCase(&f.toks[j], "v_rod") || f.entityAt(j) != "" {
		return ""
	}
	if g := f.groupOf(j); g != "" {
		return g
	}
	if j == i+1 {
		return f.low(j) // "рішення уряду": the government as written
	}
	return ""
}

// countedFirst returns the people counted at the start of the sentence
// as the object of the plural verb at at, with its subject between them:
// "Двох його спільників оперативники затримали наступного дня". It
// returns "" for any other sentence.
func (f *finder) countedFirst(at int) string {
	if !f.countingWord(0) || !plural(&f.toks[at]) {
		return ""
	}
	o := 1
	if o < at && strings.Contains(f.toks[o].Tag, "pron:pos") {
		o++ // "Двох його спільників"
	}
	if o+1 >= at {
		return ""
	}
	t := &f.toks[o]
	if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":anim") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_rod") && !hasCase(t, "v_zna") {
		return ""
	}
	subject := false
	for j := o + 1; j < at; j++ {
		u := &f.toks[j]
		if u.Kind == vistka.Punct || strings.HasPrefix(u.Tag, "verb") {
			return ""
		}
		subject = subject || strings.HasPrefix(u.Tag, "noun") && hasCase(u, "v_naz") && !hasCase(u, "v_zna")
	}
	if !subject {
		return ""
	}
	if e := f.entityAt(o); e != "" {
		return e
	}
	if p := f.objectPhrase(o, trig{noun: -1}); p != "" {
		return p
	}
	return f.toks[o].Lemma
}

// contestedAct returns the body named in the act put first in the
// sentence as the object of the verb at at, whose subject, one of actors,
// follows the verb: "Передачу угідь «Товариству рибалок» оскаржило
// підприємство" (to whom the land went), "Рішення міськради оскаржила
// фірма «Альфа»" (whose decision it was). The act is a noun in the
// accusative (or an inanimate one read as a nominative) opening the
// sentence; the body is a name in the dative or
// the genitive, governed by no preposition, before the verb.
func (f *finder) contestedAct(at int, actors []string) string {
	// (an inanimate noun's accusative is its nominative: рішення)
	t := &f.toks[0]
	if at < 2 || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") && !(hasCase(t, "v_naz") && strings.Contains(t.Tag, ":inanim")) || f.entityAt(0) != "" {
		return ""
	}
	after := false
	for j := at + 1; j < len(f.toks) && !endsSentence(&f.toks[j]); j++ {
		if e := f.entityAt(j); e != "" && slices.Contains(actors, e) {
			after = true
			break
		}
	}
	if !after {
		return ""
	}
	for j := 1; j < at; j++ {
		u := &f.toks[j]
		if u.Kind == vistka.Punct || strings.HasPrefix(u.Tag, "verb") {
			return ""
		}
		if e := f.entityAt(j); e != "" && !slices.Contains(actors, e) && (hasCase(u, "v_dav") || hasCase(u, "v_rod")) && f.governedBy(j) == "" {
			return e
		}
	}
	return ""
}

// doneToHere is lastDoneTo within the sentence of ev: the one named by a
// common noun whom the event before it in out, of the same sentence, was
// done to ("Директора фірми затримали, йому також повідомили про
// підозру"), or "".
func (f *finder) doneToHere(ev vistka.Event, out []vistka.Event) string {
	k := len(out) - 1
	if k < 0 || out[k].Sentence != ev.Sentence || !coerced[out[k].Type] || len(out[k].Recipients) != 1 || f.ents.Type(out[k].Recipients[0]) != "" || struckPhrase(out[k]) {
		return ""
	}
	return out[k].Recipients[0]
}

// lastTwoDoneTo returns the last two persons the events before were done
// to, when the last of those events is told in the sentence before:
// "Підозру також отримав директор підрядника Віталій Ковтун. Обох
// затримали" is Ковтун and the deputy minister suspected before him. It
// returns nil when the events name fewer than two persons.
func (f *finder) lastTwoDoneTo() []string {
	if f.s == 0 || len(f.before) == 0 || f.before[len(f.before)-1].Sentence.Start != f.a.Sentences[f.s-1].RStart {
		return nil
	}
	var two []string
	for i := len(f.before) - 1; i >= 0 && len(two) < 2; i-- {
		for _, r := range f.before[i].Recipients {
			if f.ents.Type(r) == "PERS" && !slices.Contains(two, r) && len(two) < 2 {
				two = append(two, r)
			}
		}
	}
	if len(two) < 2 {
		return nil
	}
	return []string{two[1], two[0]}
}

// sentByMore returns the bodies or countries coordinated in the genitive
// after first, the one sentBy found after the noun at i: "представники
// Польщі та України", "делегації США, Канади й Японії".
func (f *finder) sentByMore(i int, first string) []string {
	j := i + 1
	for j < len(f.toks) && f.entityAt(j) != first {
		j++
	}
	var out []string
	for j < len(f.toks) {
		for j < len(f.toks) && f.entityAt(j) != "" && (f.entityAt(j) == first || slices.Contains(out, f.entityAt(j))) {
			j++
		}
		if j+1 >= len(f.toks) || !isAnd(&f.toks[j]) && f.toks[j].Text != "," {
			break
		}
		e := f.entityAt(j + 1)
		if e == "" || !hasCase(&f.toks[j+1], "v_rod") || slices.Contains(out, e) || e == first {
			break
		}
		if typ := f.ents.Type(e); typ != "ORG" && typ != "LOC" {
			break
		}
		out = append(out, e)
		j++
	}
	return out
}

// joinedBefore returns the names joined by і, та or a comma before the
// last mention of e ahead of token at: "Журавко і Сокола притягнуто" gives
// Журавко for Сокола.
func (f *finder) joinedBefore(at int, e string) []string {
	j := at - 1
	for j >= 0 && f.entityAt(j) != e {
		j--
	}
	for j >= 0 && f.entityAt(j) == e {
		j--
	}
	var out []string
	for j >= 1 && (isAnd(&f.toks[j]) || f.toks[j].Text == ",") {
		o := f.entityAt(j - 1)
		if o == "" || o == e || slices.Contains(out, o) || f.ents.Type(o) != f.ents.Type(e) {
			break
		}
		out = append([]string{o}, out...)
		j--
		for j >= 0 && f.entityAt(j) == o {
			j--
		}
	}
	return out
}

// conductors are the verbs that carry out an investigation or a check told
// by a noun before them.
var conductors = map[string]bool{"проводити": true, "провести": true, "вести": true, "розслідувати": true,
	"здійснювати": true, "здійснити": true, "розпочати": true, "відкрити": true}

// conductor returns the entity that is the subject of a verb of carrying
// out right after the event noun at i, and where it ends, or "".
func (f *finder) conductor(i int) (string, int) {
	j := i + 1
	if j+1 >= len(f.toks) || !conductors[f.verb(j)] {
		return "", -1
	}
	k := j + 1
	for k < len(f.toks) && isAdj(&f.toks[k]) && f.entityAt(k) == "" {
		k++
	}
	e := f.entityAt(k)
	if e == "" {
		// "проводить головне управління Нацполіції в області": a body
		// named by its kind, with the name it hangs on
		if k < len(f.toks) && actorNoun(f.low(k)) && (hasCase(&f.toks[k], "v_naz") || hasCase(&f.toks[k], "v_zna") && strings.Contains(f.toks[k].Tag, ":inanim")) {
			// (an inanimate noun's nominative is its accusative's form,
			// which the tagger may choose after the verb)
			if p := f.nounPhrase(k); p != "" {
				end := k
				for end+1 < len(f.toks) && (hasCase(&f.toks[end+1], "v_rod") || f.entityAt(end+1) != "" && f.entityAt(end+1) == f.entityAt(end)) && f.toks[end+1].Kind == vistka.Word {
					end++
				}
				return p, end
			}
		}
		return "", -1
	}
	for k+1 < len(f.toks) && f.entityAt(k+1) == e {
		k++
	}
	return e, k
}

// proposalOwner returns the body whose proposal, initiative or decision
// (a noun of decisionNouns in the nominative, its owner's name in the
// genitive after it) stands right before the passive at at, past a form
// of бути: "Пропозиція Угорщини (була) відхилена", "Ініціатива Литви
// підтримується"; "" otherwise.
func (f *finder) proposalOwner(at int) string {
	j := at - 1
	if j > 0 && f.verb(j) == "бути" {
		j--
	}
	e := f.entityAt(j)
	if e == "" || !hasCase(&f.toks[j], "v_rod") {
		return ""
	}
	j = f.nameStart(j, e)
	if j == 0 {
		return ""
	}
	n := &f.toks[j-1]
	if !decisionNouns[f.low(j-1)] || f.entityAt(j-1) != "" || !hasCase(n, "v_naz") || !agree(n, &f.toks[at]) || j >= 2 && isPrep(&f.toks[j-2]) {
		return ""
	}
	return e
}

// managedBy returns the one named in the dative before вдалося (вдасться,
// не вдалося) that governs the infinitive at at: "Зеленському вдалося
// зустрітися". "" when none.
func (f *finder) managedBy(at int) string {
	if at < 2 || !strings.Contains(f.toks[at].Tag, ":inf") {
		return ""
	}
	if v := f.verb(at - 1); v != "вдатися" && v != "удатися" && v != "вдаватися" && v != "удаватися" {
		return ""
	}
	j := at - 2
	if j > 0 && f.low(j) == "не" {
		j--
	}
	if e := f.entityAt(j); e != "" && hasCase(&f.toks[j], "v_dav") && f.governedBy(j) == "" {
		return e
	}
	return ""
}
