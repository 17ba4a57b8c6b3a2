package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// firmKinds are the plural nouns for firms that a text may use again for
// the firms it named together: "фірми «Форвард СВ» і «Логістік СВ» … Фірми
// подали в суд".
var firmKinds = map[string]bool{"фірми": true, "компанії": true, "підприємства": true, "товариства": true}

// firmKind tells a text that is one of firmKinds in any case. Cyrillic
// letters keep their length in either case, so only a text of one of
// their lengths is lower-cased and looked up.
func firmKind(text string) bool {
	switch len(text) {
	case len("фірми"), len("компанії"), len("підприємства"), len("товариства"):
		return firmKinds[scan.ToLower(text)]
	}
	return false
}

// namedFirms returns the organisations that the plural noun phrase (Фірми)
// named together, up to ten sentences back: the same noun in the plural,
// then two or more organisations joined by і, та or commas. It returns nil
// when there is no such group.
func (f *finder) namedFirms(phrase string) []string {
	kind := scan.ToLower(phrase)
	if !firmKinds[kind] {
		return nil
	}
	for s := f.s; s >= 0 && s >= f.s-10; s-- {
		toks := f.a.Sentences[s].Tokens
		for k := 0; k+1 < len(toks); k++ {
			if scan.ToLower(toks[k].Text) != kind {
				continue
			}
			if group := f.firmGroup(toks, k); len(group) > 1 {
				return group
			}
		}
	}
	return nil
}

// firmGroup returns the organisations named right after toks[k] (фірми
// «Форвард СВ» і «Логістік СВ»), joined by і, та or commas.
func (f *finder) firmGroup(toks []vistka.Token, k int) []string {
	var group []string
	last := ""
loop:
	for j := k + 1; j < len(toks) && j <= k+16; j++ {
		t := &toks[j]
		e := f.ents.At(t.RStart, t.REnd)
		switch {
		case e != "" && f.ents.Type(e) == "ORG":
			if e != last && !slices.Contains(group, e) {
				group = append(group, e)
			}
			last = e
			continue
		case t.Kind == vistka.QuoteMark:
			continue
		case (t.Text == "," || isAnd(t)) && last != "":
			last = ""
			continue
		}
		break loop
	}
	return group
}

// firmRecipients returns the organisations named together after a plural
// noun for firms that is the object of the trigger at `at`, before end:
// "оштрафував компанії «Альфа» та «Бета»" fined both.
func (f *finder) firmRecipients(at, end int) []string {
	for k := at + 1; k < end && k < len(f.toks); k++ {
		if f.toks[k].Text == "," || isVerb(&f.toks[k]) {
			return nil
		}
		if firmKind(f.toks[k].Text) && !isPrep(&f.toks[k-1]) {
			if g := f.firmGroup(f.toks, k); len(g) > 1 {
				return g
			}
			return nil
		}
	}
	return nil
}

// postedTitle is inTitle for a place, which a title the entity tagger did
// not mark may hold too: "з послом Японії в Україні Масаші Накагоме".
func (f *finder) postedTitle(i int) bool { return f.titled(i, true) }

func (f *finder) titled(i int, posted bool) bool {
	k := f.nameEnd(i)
	if k >= len(f.toks) || f.spanType(k) != "PERS" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		// An envoy's title holds the place only as his post: the state he
		// stands for is the event's party whether or not the entity
		// tagger marked the title (викликало посла Росії Олега Озерова).
		envoy := postedNouns[f.low(j)] && isNoun(&f.toks[j])
		if f.inJob(j) && (posted || !envoy) || posted && envoy {
			return true
		}
		if f.punctOrVerb(j) {
			return false
		}
	}
	return false
}

// tries are the words of an attempt.
var tries = map[string]bool{"намагатися": true, "спробувати": true, "намагання": true, "спроба": true}

// entityAhead reports whether a name stands in the clause after the verb
// at i, within six words: "СБУ викрила агента ФСБ".
func (f *finder) entityAhead(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.entityAt(j) != "" {
			return true
		}
	}
	return false
}

// personBound reports whether the verb at i (побити, зв'язати,
// відсторонити) has a person right after it as its object, past its
// adjectives and numbers: "зв'язали 82-річну жительку", "побили Івана
// Коваля" (not "побили рекорд", "зв'язали з ним"); or right before it,
// put first, past an adverb: "його побили співкамерники", "Охоронця
// жорстоко побили" (not "рекорд побили").
func (f *finder) personBound(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if f.entityAt(j) != "" {
			return f.personAccusative(j)
		}
		if strings.HasPrefix(t.Tag, "adj") || t.Kind == vistka.Number || strings.HasPrefix(t.Tag, "numr") {
			continue
		}
		if f.personAccusative(j) {
			return true
		}
		break
	}
	j := i - 1
	if j > 0 && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j--
	}
	if j < 0 {
		return false
	}
	// (a pronoun the tagger read as a genitive or a possessive after
	// напередодні, "що напередодні його побили", is the verb's object
	// all the same: no noun follows it)
	l := scan.ToLower(f.toks[j].Text)
	return f.personAccusative(j) || l == "його" || l == "її" || l == "їх"
}

// personAccusative reports whether the token at j is a person in the
// accusative: a person or a post the entity layer names ("начальника
// слідчого ізолятора"), an animate noun or a personal pronoun.
func (f *finder) personAccusative(j int) bool {
	t := &f.toks[j]
	// (a masculine animate noun's accusative is its genitive, which the
	// tagger may give: "відсторонило начальника")
	if !hasCase(t, "v_zna") && !(hasCase(t, "v_rod") && strings.Contains(t.Tag, ":anim:m")) {
		return false
	}
	if e := f.entityAt(j); e != "" {
		typ := f.ents.Type(e)
		return typ == "PERS" || typ == "JOB"
	}
	return strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") || strings.Contains(t.Tag, "pron:pers")
}

// namedAfterDash returns the firm, body or person that a dash sets in
// apposition to the common noun a, written in the nominative in the
// sentence: "Фінансував роботи замовник – ДП «Укрдержбуд»" names the
// customer. It returns "" when no name follows such a noun.
func (f *finder) namedAfterDash(a string) string {
	for k := 0; k+2 < len(f.toks); k++ {
		t := &f.toks[k]
		if f.entityAt(k) != "" || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") || f.text(k, k+1) != a || !isDash(&f.toks[k+1]) {
			continue
		}
		j := k + 2
		if f.toks[j].Kind == vistka.QuoteMark && j+1 < len(f.toks) {
			j++
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "ORG" && f.ents.Type(e) != "PERS" {
			return ""
		}
		if u := &f.toks[j]; strings.Contains(u.Tag, "v_") && !hasCase(u, "v_naz") && !strings.Contains(u.Tag, ":nv") {
			return "" // "замовнику – ДП …": not the subject's name
		}
		return e
	}
	return ""
}

// personBefore returns the person named right before the verb at i in the
// accusative (or the genitive, its animate twin the tagger may choose), not
// the nominative, and under no preposition: the object standing first
// ("Шмигаля прийняв президент Франції"). It returns "" otherwise.
func (f *finder) personBefore(i int) string {
	k := i - 1
	if k < 0 {
		return ""
	}
	t := &f.toks[k]
	e := f.entityAt(k)
	if e == "" || f.ents.Type(e) != "PERS" || hasCase(t, "v_naz") || !hasCase(t, "v_zna") && !hasCase(t, "v_rod") || f.governedBy(k) != "" {
		return ""
	}
	if p := &f.toks[max(k-1, 0)]; k > 0 && strings.HasPrefix(p.Tag, "noun") && !timeNouns[lower(p)] && !weekdays[lower(p)] {
		return "" // "на свято Маланки приймають": a noun's genitive
	}
	return e
}

// nameStart returns where the tokens of entity e that end at i begin:
// from i back past those before it (i itself when the one before is not
// e's).
func (f *finder) nameStart(i int, e string) int {
	for i > 0 && f.entityAt(i-1) == e {
		i--
	}
	return i
}

// nameEnd returns where the name at i ends: past the tokens of its entity.
func (f *finder) nameEnd(i int) int {
	e, k := f.entityAt(i), i+1
	for k < len(f.toks) && f.entityAt(k) == e {
		k++
	}
	return k
}

// legalFirm reports whether e is a firm named with its legal form (ТОВ
// «Альфа», ПП «Бета»).
func (f *finder) legalFirm(e string) bool {
	return f.ents.Type(e) == "ORG" && legalForms[scan.ToLower(firstWord(f.ents.Name(e)))]
}

// firmRightBefore returns the entity named right before token i, past
// closing quotation marks, or "".
func (f *finder) firmRightBefore(i int) string {
	k := i - 1
	for k >= 0 && f.toks[k].Kind == vistka.QuoteMark {
		k--
	}
	if k < 0 {
		return ""
	}
	return f.entityAt(k)
}

// firmBeforePlural reports whether e, the one subject found for the
// plural past verb at at, is a firm named with its legal form, one and
// singular: the verb then has no subject, and the firm put first is its
// object ("ТОВ «Автомагістраль» дискваліфікували через …").
func (f *finder) firmBeforePlural(e string, at int) bool {
	v := &f.toks[at]
	if !strings.HasPrefix(v.Tag, "verb") || !strings.Contains(v.Tag, ":past") || !plural(v) || !f.legalFirm(e) {
		return false
	}
	// the firm's mention right before the verb, past its closing mark,
	// opening the clause (not "фахівець … ТОВ «Енселко Агро» домовилися",
	// a firm whose staff acts)
	if f.firmRightBefore(at) != e {
		return false
	}
	k := at - 1
	for k >= 0 && (f.entityAt(k) == e || f.toks[k].Kind == vistka.QuoteMark || legalForms[f.low(k)]) {
		k--
	}
	return k < 0 || f.toks[k].Kind == vistka.Punct
}

// otherPerson returns whom the singular personal pronoun at i (його, їй,
// з ним) stands for as the object of actors' act: the one person of its
// gender named up to three sentences back other than the actors, when
// the actors are named (not a pronoun as written) and no second such
// person or a thing of its gender could be meant; else "". "Президент
// зустрівся з прем'єром. Він привітав його" is the premier.
func (f *finder) otherPerson(i int, actors []string) string {
	t := &f.toks[i]
	g := gender(t)
	if g == 0 || strings.Contains(t.Tag, ":p:") || len(actors) == 0 || f.actBefore(i) {
		return ""
	}
	for _, a := range actors {
		if thirdPersons[scan.ToLower(a)] {
			return ""
		}
	}
	e := f.ents.RecentPerson(t.RStart, f.s, g, actors)
	if e == "" || f.thingBefore(i, g) && !f.invitedOne(i) {
		return ""
	}
	if o := f.ents.RecentPerson(t.RStart, f.s, g, append(slices.Clip(actors), e)); o != "" &&
		(f.ents.RecentPersonWithin(t.RStart, f.s, 1, g, actors) != e || f.ents.RecentPersonWithin(t.RStart, f.s, 1, g, append(slices.Clip(actors), e)) != "") {
		// Another one further back is no rival when e is the one other
		// person of the gender named in this sentence or the one before:
		// "Сибіга зустрівся з Фрейзер. … Президент США Джон Міллер
		// поговорив з Віктором Гнатенком. Гнатенко запросив його" is
		// Міллер.
		return ""
	}
	return e
}

// invitedOne reports whether the pronoun at i is the object of запросити
// right before it: one invites people, not things ("подякував за
// підтримку і запросив її відвідати Харків" is a woman, not the support).
func (f *finder) invitedOne(i int) bool {
	if i < 1 {
		return false
	}
	v := f.verb(i - 1)
	return v == "запросити" || v == "запрошувати"
}

// thirdPersons are the subject pronouns of the third person.
var thirdPersons = map[string]bool{"він": true, "вона": true, "воно": true, "вони": true}

// thingBefore reports whether a thing of gender g, which його or її may
// stand for, is named before the pronoun at o in its sentence or in the
// one before: "Він отримав закон і підписав його".
func (f *finder) thingBefore(o int, g byte) bool {
	thing := func(t *vistka.Token) bool {
		tg := nounGender(t)
		return strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron") &&
			!strings.Contains(t.Tag, ":p:") && (hasCase(t, "v_naz") || hasCase(t, "v_zna")) &&
			(tg == g || g == 'm' && tg == 'n') && !timeNouns[t.Lemma] && !spans[t.Lemma] // (not "увесь цей час")
	}
	for j := range o {
		if e := f.entityAt(j); thing(&f.toks[j]) && (e == "" || f.ents.Type(e) != "PERS") {
			return true
		}
	}
	if f.s > 0 {
		for k := range f.a.Sentences[f.s-1].Tokens {
			t := &f.a.Sentences[f.s-1].Tokens[k]
			if e := f.ents.At(t.RStart, t.REnd); thing(t) && (e == "" || f.ents.Type(e) != "PERS") {
				return true
			}
		}
	}
	return false
}

// spans are nouns of a stretch of time: "увесь цей час", "весь період".
var spans = map[string]bool{"час": true, "період": true, "раз": true, "термін": true, "строк": true}

// titleSide reports whether the side e of the verb at at is no entity
// but a person named by a title alone, a singular animate noun in the
// nominative near the verb that e opens with: "Делегацію зустрів
// міністр", "Заступник міністра зустрів делегацію".
func (f *finder) titleSide(at int, e string) bool {
	if f.ents.Type(e) != "" {
		return false
	}
	w, _, _ := strings.Cut(e, " ")
	for j := max(at-6, 0); j < len(f.toks) && j <= at+6; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun:anim") && !plural(t) && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") && f.entityAt(j) == "" && strings.EqualFold(t.Text, w) {
			return true
		}
	}
	return false
}

// inName reports whether token i lies inside a name (Солідарність «БПП»,
// Угода про асоціацію as a document): a word of a name names no event.
func (f *finder) inName(i int) bool {
	t := &f.toks[i]
	sp := f.a.Spans
	return namesToken(sp, sort.Search(len(sp), func(n int) bool { return sp[n].End > t.RStart }), t)
}

// namesToken reports whether span n, the first of sp that ends after
// token t starts, is a name that holds t.
func namesToken(sp []vistka.Span, n int, t *vistka.Token) bool {
	if n >= len(sp) || sp[n].Start > t.RStart || t.REnd > sp[n].End {
		return false
	}
	switch sp[n].Type {
	case "ORG", "LOC", "PERS", "MISC", "ART", "DOC":
		return true
	}
	return false
}

// nameCursor is inName for the tokens of a sentence asked about in text
// order, with one binary search a sentence rather than one a token: the
// spans sorted by their ends, as inName's search takes them to be, the
// first that ends after a token is at or past the first that ends after
// the token before it. Spans not so sorted, or a token before the last
// one asked about, go to inName.
type nameCursor struct {
	f  *finder
	n  int // the first span that ends after the token asked about last
	at int // that token's start, -1 before the first
}

func (c *nameCursor) inName(i int) bool {
	f := c.f
	t := &f.toks[i]
	if !f.spansByEnd || t.RStart < c.at {
		return f.inName(i)
	}
	sp := f.a.Spans
	if c.at < 0 {
		c.n = sort.Search(len(sp), func(n int) bool { return sp[n].End > t.RStart })
	}
	for c.n < len(sp) && sp[c.n].End <= t.RStart {
		c.n++
	}
	c.at = t.RStart
	return namesToken(sp, c.n, t)
}

// titledName returns the person named after the job title that starts at
// i (міністр енергетики України Герман Галущенко), or "".
func (f *finder) titledName(i int) string {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
			return e
		}
		if t := &f.toks[j]; t.Kind == vistka.Punct || !f.inJob(j) && !hasCase(t, "v_rod") && !hasCase(t, "v_mis") && !isPrep(t) &&
			!strings.Contains(t.Tag, ":nv") && t.Kind != vistka.QuoteMark && f.spanType(j) != "ORG" {
			// (керівник УЦОЯО Ігор Лікарчук: an indeclinable body in any
			// case; директора підприємства «Укрспецбудпостач» Ігоря
			// Литвиненка: a quoted name)
			return ""
		}
	}
	return ""
}

// sidesNamed returns the names in the genitive after the "sides" noun
// before the verb at i: "Делегації України та Росії", "Лідери Польщі й
// Литви".
func (f *finder) sidesNamed(i int) []string {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Text == "," && j > 0 && f.entityAt(j-1) != "" && f.entityAt(j+1) != "" {
			continue // a list of the sides
		}
		if t.Kind == vistka.Punct {
			return nil
		}
		if !sides[lower(t)] || !hasCase(t, "v_naz") {
			continue
		}
		if j+1 >= i || !hasCase(&f.toks[j+1], "v_rod") && !f.caselessName(j+1) {
			return nil // (a name in Latin letters has no case: "Лідери G7")
		}
		e := f.entityAt(j + 1)
		if e == "" {
			return nil
		}
		return append([]string{e}, f.coordinated(j+1, i)...)
	}
	return nil
}

// titledAfter reads the people named with their titles in the genitive
// right after an event noun, coordinated: "зустріч міністра закордонних
// справ України Андрія Сибіги та держсекретаря США Марко Рубіо". A title
// with no name after it is the person it stands for, when the document
// makes that clear. It returns nil unless a title opens the phrase.
func (f *finder) titledAfter(at int) []string {
	var out []string
	j := at + 1
	for j < len(f.toks) && f.inJob(j) && hasCase(&f.toks[j], "v_rod") {
		title := j
		for j < len(f.toks) && f.inJob(j) {
			j++
		}
		// the country or body of the title: "президента Франції"
		for j < len(f.toks) {
			e := f.entityAt(j)
			if e == "" || f.ents.Type(e) == "PERS" {
				break
			}
			for j < len(f.toks) && f.entityAt(j) == e {
				j++
			}
		}
		p := ""
		if j < len(f.toks) {
			p = f.entityAt(j)
		}
		if p != "" && f.ents.Type(p) == "PERS" {
			for j < len(f.toks) && f.entityAt(j) == p {
				j++
			}
		} else if p = f.ents.RoleAt(f.a, f.s, title); p == "" {
			return out
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
		if j+1 >= len(f.toks) || !isAnd(&f.toks[j]) && f.toks[j].Text != "," {
			return out
		}
		j++
	}
	return out
}

// entitiesAfter returns the entities named after the verb at at, up to
// end or the next verb, each once, that keep accepts.
func (f *finder) entitiesAfter(at, end int, keep func(j int, e string) bool) []string {
	var out []string
	for j := at + 1; j < end; j++ {
		if isVerb(&f.toks[j]) {
			break
		}
		if e := f.entityAt(j); e != "" && !slices.Contains(out, e) && keep(j, e) {
			out = append(out, e)
		}
	}
	return out
}

// titleBefore returns the animate noun in an oblique case that the name e
// at i stands in apposition to, past a genitive tail (держсекретарем США
// Марко Рубіо), or -1.
func (f *finder) titleBefore(i int, e string) int {
	k := f.nameStart(i, e)
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && !hasCase(t, "v_naz") && !hasCase(t, "v_rod") {
			if o := f.entityAt(j); o != "" && o != e && f.ents.Type(o) == "PERS" {
				return -1 // another person's name: "з Олафом Бекером Петро Коваль подякував"
			}
			return j
		}
		if j > 0 && hasCase(t, "v_mis") && (f.low(j-1) == "в" || f.low(j-1) == "у") {
			j-- // the post: "з послом Японії в Україні Масаші Накагоме"
			continue
		}
		if !hasCase(t, "v_rod") && !strings.Contains(t.Tag, ":nv") {
			return -1
		}
	}
	return -1
}

// caselessName reports whether the word at i is an organisation's name in
// Latin letters, of two letters or more, which the tagger gives no case:
// it stands in whatever case its place asks (саміт G7, Лідери ASEAN), not
// a label (атаки F).
func (f *finder) caselessName(i int) bool {
	e := f.entityAt(i)
	return e != "" && latinName(&f.toks[i]) && len(f.toks[i].Text) > 1 && f.ents.Type(e) == "ORG"
}

// firmNamedAfter returns the firm a word for a firm at i names in
// apposition, over a legal form and a quotation mark outside its span:
// "компанію ТОВ «Альфа»", "підприємство «Бета»" give the firm's name;
// else "".
func (f *finder) firmNamedAfter(i int) string {
	if !legalForms[f.low(i)] || f.entityAt(i) != "" {
		return ""
	}
	k := i + 1
	if k < len(f.toks) && legalForms[f.low(k)] && f.entityAt(k) == "" {
		k++ // "компанію ТОВ «Альфа»" with ТОВ outside the name
	}
	if k < len(f.toks) && f.toks[k].Kind == vistka.QuoteMark && f.entityAt(k) == "" {
		k++
	}
	if e := f.entityAt(k); e != "" && f.ents.Type(e) == "ORG" {
		return e
	}
	return ""
}

// namedAfter returns the person a role noun at i names in apposition,
// after the genitives that complete the role (затримали депутата
// міськради Івана Мороза: Іван Мороз), or "".
func (f *finder) namedAfter(i int) string {
	for k := i + 1; k < len(f.toks) && k-i <= 4; k++ {
		if f.spanType(k) == "PERS" {
			if partisans[lower(&f.toks[i])] && hasCase(&f.toks[k], "v_rod") && !hasCase(&f.toks[i], "v_rod") {
				return "" // "прихильники Олега Ляшка протестували": a group of his, not he ("адвокат Іван Мороз": he)
			}
			return f.entityAt(k)
		}
		if !hasCase(&f.toks[k], "v_rod") || !isNoun(&f.toks[k]) && !isAdj(&f.toks[k]) {
			return ""
		}
	}
	return ""
}

// partisans are the nouns of people who stand with or against one named
// after them in the genitive, or act for him: прихильники, родичі,
// адвокати Олега Ляшка are a group of their own, no apposition naming him.
var partisans = map[string]bool{"прихильник": true, "послідовник": true, "опонент": true, "противник": true,
	"родич": true, "адвокат": true, "соратник": true} // lemmas: прихильники is прихильник

// returnedPeople are who a state brings home from captivity or deportation.
var returnedPeople = map[string]bool{"дитина": true, "діти": true, "полонений": true, "військовополонений": true,
	"цивільний": true, "громадянин": true, "людина": true, "люди": true, "підліток": true, "захисник": true, "військовий": true}

// takenPeopleAfter reports whether people (returnedPeople) the words
// before them tell were taken away (депортованих, викрадених, вивезених,
// утримуваних) follow the verb of returning at i within its clause:
// "повернула Україні 20 депортованих дітей", "повернули незаконно
// вивезених підлітків". Whoever gives back people taken away releases
// them; people returned from a trip or a camp are none.
func (f *finder) takenPeopleAfter(i int) bool {
	taken := false
	for j := i + 1; j < len(f.toks) && j <= i+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if scan.HasAnyPrefix(f.low(j), "депортован", "викраден", "вивезен", "утримуван", "примусово") {
			taken = true
		}
		if taken && strings.HasPrefix(t.Tag, "noun:anim") && returnedPeople[lower(t)] {
			return true
		}
	}
	return false
}

// firstPerson reports whether the verb at i is said by the author: a
// first-person form, or я/ми as its subject (ми поговорили з …).
func (f *finder) firstPerson(i int) bool {
	tg := f.toks[i].Tag
	if strings.Contains(tg, ":1") && (strings.Contains(tg, "pres") || strings.Contains(tg, "futr")) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			break
		}
		if strings.Contains(t.Tag, "pron:pers:1") && hasCase(t, "v_naz") {
			return true
		}
	}
	// "запросив мене до себе", "розповів нам"
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if strings.Contains(f.toks[j].Tag, "pron:pers:1") {
			return true
		}
	}
	return false
}

// nameHasWord reports whether a word of the lower-cased name passes ok.
func nameHasWord(name string, ok func(string) bool) bool {
	return slices.ContainsFunc(scan.Fields(scan.ToLower(name)), ok)
}

// ownBodies are bodies named after a place that act for themselves, not
// for the place: the Council of Europe is not Europe.
var ownBodies = map[string]bool{"рада європи": true, "ради європи": true, "раді європи": true, "радою європи": true}

// bodyName reads a body named as one name with the place or organisation
// it acts for ("Уряд Канади", "Рада ЄС" as a single span): the actor is
// what is named after the body's noun, as institutionOf reads it when the
// two are separate names. It returns that entity's id, or the name in
// its base form when the document has no entity of its own for it; ""
// when mention e at token i is no such body.
func (f *finder) bodyName(i int, e string) string {
	if f.ents.Type(e) != "ORG" {
		return ""
	}
	lo := f.nameStart(i, e)
	hi := i
	for hi+1 < len(f.toks) && f.entityAt(hi+1) == e {
		hi++
	}
	if lo == hi || !institutions[f.low(lo)] || ownBodies[strings.ToLower(f.text(lo, hi+1))] {
		return ""
	}
	var words []string
	for k := lo + 1; k <= hi; k++ {
		t := &f.toks[k]
		if !strings.Contains(t.Tag, ":geo") && !strings.Contains(t.Tag, ":nv") && t.Kind != vistka.Abbr {
			return "" // Міністерство закордонних справ, Рада безпеки ООН
		}
		words = append(words, t.Lemma)
	}
	tail := strings.Join(words, " ")
	for k, ent := range f.ents.Entities {
		if id := entity.ID(k); id != e && (ent.Type == "LOC" || ent.Type == "ORG") && strings.EqualFold(ent.Name, tail) {
			return id
		}
	}
	return tail
}

// phaseVerbs govern the infinitive of what is begun or kept on: "почали
// виселяти".
var phaseVerbs = map[string]bool{"почати": true, "починати": true, "стати": true, "продовжити": true, "продовжувати": true}

// pressedPeople returns the people the pressure noun at n is put on: an
// animate noun in the accusative after на right after it ("тиск на
// селян", "тиску на місцевих мешканців"), or -1.
func (f *finder) pressedPeople(n int) int {
	if n+2 >= len(f.toks) || f.low(n+1) != "на" {
		return -1
	}
	j := f.nounPast(n+2, n+4, isAdj)
	if j < 0 {
		return -1
	}
	if t := &f.toks[j]; strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_zna") && f.entityAt(j) == "" {
		return j
	}
	return -1
}

// diplomats are the people whose expulsion is a state's sanction.
var diplomats = map[string]bool{"дипломат": true, "посол": true, "консул": true, "аташе": true, "співробітник": true, "працівник": true}

// sentPeople returns the people the verb of sending away at i sends: an
// animate noun in the accusative right after it, or one opening its
// clause that cannot be a nominative ("Заарештованих кримських татар
// відсилали", "Баєва правоохоронці спробували випровадити"); -1 when
// there is none, or when they are envoys, whose expulsion is a sanction
// ("вислали трьох дипломатів"). With heldOnly the people must be held:
// "Затриманих відправляли до Сибіру", not "відправили сина до бабусі".
func (f *finder) sentPeople(i int, heldOnly bool) int {
	person := func(j int) bool {
		t := &f.toks[j]
		return animateNoun(t) &&
			!diplomats[f.low(j)] && (hasCase(t, "v_zna") || hasCase(t, "v_rod") && j > 0 && !isPrep(&f.toks[j-1]))
	}
	isHeld := func(from, to int) bool {
		for j := from; j <= to; j++ {
			if held[f.low(j)] {
				return true
			}
		}
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || diplomats[f.low(j)] {
			break
		}
		if person(j) && f.entityAt(j) == "" {
			if heldOnly && !isHeld(i+1, j) {
				return -1
			}
			return j
		}
	}
	k := i - 1
	for k >= 0 && f.toks[k].Kind != vistka.Punct {
		k--
	}
	j := k + 1
	for j < i && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_zna") {
		j++
	}
	if j >= i || !person(j) || hasCase(&f.toks[j], "v_naz") || heldOnly && !isHeld(k+1, j) {
		return -1
	}
	for u := j + 1; u < i; u++ {
		if isVerb(&f.toks[u]) && !tries[f.verb(u)] && !phaseVerbs[f.verb(u)] {
			return -1 // (the verb of trying or beginning governs the infinitive: "спробували випровадити")
		}
	}
	return j
}

// nameAfter reports whether a name follows the word at j within n words
// of its clause: "скасував візит до Києва", "зустріч з мером Одеси" (a
// trip of workers to the sea names no host: "скасувала поїздку
// працівників на море").
func (f *finder) nameAfter(j, n int) bool {
	for k := j + 1; k < len(f.toks) && k <= j+n && f.toks[k].Kind != vistka.Punct; k++ {
		if f.entityAt(k) != "" {
			return true
		}
	}
	return false
}

// boughtFromFirm returns where the firm that the verb of buying at i
// buys from is named, "у" or "в" and a legal form before it in the
// clause ("придбали у ТОВ «Альфа»"), or -1; a person or a pronoun before
// the verb buys for himself, no contract ("він придбав у ТОВ «Альфа»
// квартиру").
func (f *finder) boughtFromFirm(i int) int {
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		t := &f.toks[j]
		e := f.entityAt(j)
		if e != "" && f.ents.Type(e) == "PERS" || strings.Contains(t.Tag, "pron") && strings.Contains(t.Tag, ":pers") {
			return -1
		}
		if e != "" && f.subjectBefore(e, i) && f.privateFirm(e, j) {
			return -1 // "Фірма «Гамма» купила у ТОВ «Бета» кафе": a sale between firms, no procurement
		}
	}
	for j := i + 1; j+2 < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if l := lower(t); (l == "у" || l == "в") && isPrep(t) && legalForms[f.low(j+1)] {
			for k := j + 2; k < len(f.toks) && k <= j+3; k++ {
				if e := f.entityAt(k); e != "" && f.ents.Type(e) == "ORG" {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// privateForms are the legal forms and words of private firms.
var privateForms = map[string]bool{
	"тов": true, "тзов": true, "пат": true, "прат": true, "ат": true, "ват": true, "зат": true, "пп": true,
	"фоп": true, "компанія": true, "фірма": true, "товариство": true, "концерн": true, "корпорація": true, "холдинг": true,
}

// privateFirm reports whether e, named at j, is a private firm: its name
// opens with a private legal form or one stands before it.
func (f *finder) privateFirm(e string, j int) bool {
	if privateForms[scan.ToLower(firstWord(f.ents.Name(e)))] {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if f.entityAt(k) == e || f.toks[k].Kind == vistka.QuoteMark {
			continue
		}
		return privateForms[scan.ToLower(f.toks[k].Text)]
	}
	return false
}

// titleFamilies groups the titles of sides by office, a man's and a
// woman's together.
var titleFamilies = map[string]string{"міністр": "міністр", "міністерка": "міністр",
	"президент": "президент", "президентка": "президент",
	"прем'єр": "прем'єр", "прем'єр-міністр": "прем'єр", "прем'єрка": "прем'єр", "прем'єр-міністерка": "прем'єр"}

// ofTitle keeps of the sides of a meeting those that the plural title
// head (міністри, президенти) may name: "… зустрілася з Президентом
// України Володимиром Зеленським та главою МЗС Андрієм Сибігою. …
// міністри підписали меморандум" leaves out the president, whose title
// is of another office; a side with no title of any office stays. With
// fewer than two left, or a head that is no office, sides are as given.
func (f *finder) ofTitle(sides []string, head string) []string {
	fam := titleFamilies[scan.ToLower(head)]
	if fam == "" || len(sides) < 3 {
		return sides
	}
	var out []string
	for _, id := range sides {
		i := entity.Index(id)
		other := false
		if i >= 0 && i < len(f.ents.Entities) && f.ents.Entities[i].Type == "PERS" {
			mine := false
			for _, t := range f.ents.Entities[i].Titles {
				for _, w := range strings.Fields(scan.ToLower(t)) {
					switch g := titleFamilies[w]; {
					case g == fam:
						mine = true
					case g != "":
						other = true
					}
				}
			}
			other = other && !mine
		}
		if !other {
			out = append(out, id)
		}
	}
	if len(out) < 2 {
		return sides
	}
	return out
}

// firmActor reports whether one of actors is a firm: its name opens with a
// legal form (ТОВ «Альфа»), or a word for a firm stands right before it in
// the clause before the verb at at (компанія «Укрнафта»).
func (f *finder) firmActor(actors []string, at int) bool {
	for _, a := range actors {
		if legalForms[scan.ToLower(firstWord(f.ents.Name(a)))] {
			return true
		}
	}
	for j := at - 1; j > 0 && f.toks[j].Kind != vistka.Punct; j-- {
		e := f.entityAt(j)
		if e == "" || !slices.Contains(actors, e) {
			continue
		}
		k := j - 1
		if k > 0 && f.toks[k].Kind == vistka.QuoteMark {
			k-- // компанія «Укрнафта»
		}
		if legalForms[lower(&f.toks[k])] {
			return true
		}
	}
	return false
}

// peopleAfter returns where people named by a plural noun in the dative,
// no name (peopleInDative), follow the verb of giving at i past their
// adjectives: "передав військовим 50 дронів", "передали пораненим бійцям
// генератори"; or -1. Whoever gives them goods gives aid (see
// goodsAfterPeople).
func (f *finder) peopleAfter(i int) int {
	j := i + 1
	for j < len(f.toks) && isAdj(&f.toks[j]) && (hasCase(&f.toks[j], "v_dav") || pluralDativeForm(&f.toks[j])) {
		j++
	}
	if j < len(f.toks) && f.entityAt(j) == "" && f.peopleInDative(j) {
		return j
	}
	return -1
}

// firmMentioned reports whether one of actors is named in the sentence
// before at right after a word for a firm or a legal form: "компанія
// Metinvest, яка …", "ТОВ «Альфа»".
func (f *finder) firmMentioned(actors []string, at int) bool {
	if f.firmActor(actors, at) {
		return true
	}
	for j := 1; j < at; j++ {
		e := f.entityAt(j)
		if e == "" || !slices.Contains(actors, e) || f.entityAt(j-1) == e {
			continue
		}
		k := j - 1
		if k > 0 && f.toks[k].Kind == vistka.QuoteMark {
			k-- // корпорація «Альфа»
		}
		if legalForms[lower(&f.toks[k])] {
			return true
		}
	}
	return false
}
