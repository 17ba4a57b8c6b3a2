package entity

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/vtag"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/ner"
)

// Aliases knows which different names stand for one thing (США and
// Сполучені Штати Америки). Canonical returns a key shared by all names of
// one thing, and false for a name it does not know. A key that opens with
// # is a body's (НАТО and Альянс), any other a country's.
type Aliases interface {
	Canonical(name string) (key string, ok bool)
}

// acronymAliases is Aliases that also knows the acronyms of names (РФ for
// Російська Федерація).
type acronymAliases interface {
	Acronym(short string) (key string, ok bool)
}

// lowerAliases is Aliases that takes a name with its lower case, which
// Link has made already: CanonicalLower(name, scan.ToLower(name)) is
// Canonical(name), without lower-casing name again.
type lowerAliases interface {
	CanonicalLower(name, low string) (key string, ok bool)
}

// Result is the entities of one document and a way to find which entity a
// stretch of text refers to.
type Result struct {
	Entities []vistka.Entity
	// Gender of each entity: 'm', 'f' or 0 when unknown (PERS only).
	Gender []byte
	// Sentence index of each mention, in the order of Entities[i].Mentions.
	mentionSent [][]int
	// assoc: for each entity, the entity indexes named together with its
	// titles (the country a president is president of).
	assoc [][]int
	idx   index
	// shared: the acronyms (ОВА) that the document uses for the bodies
	// of two places or more (Харківська ОВА, Сумська обласна військова
	// адміністрація); the acronym alone names neither. Worked out from
	// names, the names to link, when first asked for (sharedOf).
	shared map[string]bool
	names  []pending
	text   []rune           // the document, for the short stretches between mentions
	a      *vistka.Analysis // the tokens, for the case of a mention
	// tailKey: for each entity, the alias key of the last word of its
	// first name, when it is a country's name (Росії, РФ), or "".
	tailKey []string
	// filed: for each entity, the names it is filed under (file) with
	// its type as it is now; filing one again would change nothing.
	filed [][]string
	// facts: for each entity, the facts of its name.
	facts   []nameFacts
	aliases Aliases
	// alone: the base forms, in lower case, of the people's names of one
	// word that stand alone somewhere, no name right after them.
	alone map[string]bool
	// appointed: the titles given by a verb of appointing (призначив
	// Петренка заступником міністра), each as its holder's index, a
	// zero byte and the title; the holder is new to the post, no former
	// holder of it (appointedTo).
	appointed map[string]bool
	// posted: the people a verb of appointing puts on a post it names
	// by no title (призначив на цю посаду Оксану Дем'яненко), each as
	// its index (markPosted).
	posted []int
}

// ID returns the id of entity i.
func ID(i int) string {
	if 0 <= i && i < len(ids) {
		return ids[i]
	}
	return "E" + strconv.Itoa(i+1)
}

// ids are the ids of the first entities of a document, made once: the
// stages ask for them again and again.
var ids = func() (s [512]string) {
	for i := range s {
		s[i] = "E" + strconv.Itoa(i+1)
	}
	return s
}()

// Index returns the index of the entity with id, or -1.
func Index(id string) int {
	if len(id) < 2 || id[0] != 'E' {
		return -1
	}
	n, err := strconv.Atoi(id[1:])
	if err != nil || n < 1 {
		return -1
	}
	return n - 1
}

// At returns the id of the entity with a mention overlapping the code-point
// range [start, end), preferring the mention that covers most of it, or "".
func (r *Result) At(start, end int) string {
	best, bestLen := -1, 0
	r.idx.overlapping(start, end, func(m mref) bool {
		lo, hi := max(m.start, start), min(m.end, end)
		if hi-lo > bestLen || hi-lo == bestLen && m.ent < best {
			best, bestLen = m.ent, hi-lo
		}
		return true
	})
	if best < 0 {
		return ""
	}
	return ID(best)
}

// Type returns the type of the entity with id, or "".
func (r *Result) Type(id string) string {
	i := Index(id)
	if i < 0 || i >= len(r.Entities) {
		return ""
	}
	return r.Entities[i].Type
}

// Name returns the name of entity id, or "".
func (r *Result) Name(id string) string {
	i := Index(id)
	if i < 0 || i >= len(r.Entities) {
		return ""
	}
	return r.Entities[i].Name
}

// LastPerson returns the id of the person mentioned last before code-point
// offset pos, in sentence s or the sentences just before it, whose gender
// agrees with g ('m', 'f' or 0 for any); "" when there is none. It is how a
// pronoun such as він finds its person.
func (r *Result) LastPerson(pos int, s int, g byte) string {
	found, subject := -1, -1
	r.idx.before(pos, func(m mref) bool {
		if s-m.sent > 3 {
			return false
		}
		e := r.Entities[m.ent]
		if e.Type != "PERS" || g != 0 && r.Gender[m.ent] != 0 && r.Gender[m.ent] != g || r.quotedBefore(m, pos) {
			return true // (nor one named in words quoted: «Путін …», – написав він)
		}
		if found < 0 {
			found = m.ent
		}
		if r.nominative(m) || r.openingSpeaker(m) {
			subject = m.ent
			return false
		}
		return true
	})
	// A pronoun picks up the last person named as a subject before the
	// last person named at all: "Зеленський подякував Столтенбергу. Він
	// також закликав …" is Зеленський.
	if subject >= 0 {
		return ID(subject)
	}
	if found >= 0 {
		return ID(found)
	}
	return ""
}

// CapitalOf resolves "у казахстанській столиці" before pos: the country
// the adjective adj (its lemma) names must be an entity, and the city the
// place last named before pos for which isCity holds and which shares a
// sentence with the country (прибув до Казахстану та зустрівся в Астані).
// It returns "" when the text does not settle it.
func (r *Result) CapitalOf(adj string, pos int, isCity func(name string) bool) string {
	c := r.countryOf(adj)
	if c < 0 {
		return ""
	}
	return r.capitalOf(c, pos, isCity)
}

// CapitalOfCountry is CapitalOf for a country given by its entity id:
// "у столиці Литви".
func (r *Result) CapitalOfCountry(id string, pos int, isCity func(name string) bool) string {
	c := Index(id)
	if c < 0 || c >= len(r.Entities) {
		return ""
	}
	return r.capitalOf(c, pos, isCity)
}

func (r *Result) capitalOf(c, pos int, isCity func(name string) bool) string {
	sents := map[int]bool{}
	for _, m := range r.idx.refs {
		if m.ent == c {
			sents[m.sent] = true
		}
	}
	found := ""
	r.idx.before(pos, func(m mref) bool {
		e := &r.Entities[m.ent]
		if m.ent == c || e.Type != "LOC" || !isCity(e.Name) {
			return true
		}
		for _, o := range r.idx.refs {
			if o.ent == m.ent && sents[o.sent] {
				found = ID(m.ent)
				return false
			}
		}
		return true
	})
	if found != "" {
		return found
	}
	// "Зеленський … взяв участь у саміті, що відбувся в Гельсінкі. …
	// прибув до столиці Фінляндії": the country's capital named before,
	// in a sentence of its own
	caps := gazetteer.Capitals(r.Entities[c].Name)
	r.idx.before(pos, func(m mref) bool {
		if e := &r.Entities[m.ent]; e.Type == "LOC" && slices.Contains(caps, e.Name) {
			found = ID(m.ent)
			return false
		}
		return true
	})
	return found
}

// LastSubject returns the person of gender g (0 for any) last named as a
// subject (in the nominative) before pos, within sentence s and the two
// before it; "" when there is none. It is who a verb with no subject of
// its own (Запевняє, що …) stands for.
func (r *Result) LastSubject(pos int, s int, g byte) string {
	found := ""
	r.idx.before(pos, func(m mref) bool {
		if s-m.sent > 2 {
			return false
		}
		e := r.Entities[m.ent]
		if e.Type != "PERS" || g != 0 && r.Gender[m.ent] != 0 && r.Gender[m.ent] != g || !r.nominative(m) || r.quotedBefore(m, pos) {
			return true // (nor one named in words quoted: «Путін …», – написав він)
		}
		found = ID(m.ent)
		return false
	})
	return found
}

// LastBody returns the organisation named as a subject before pos, in
// sentence s or the one before it, whose first word agrees in gender g
// with a pronoun standing for it: "ВГСУ погодився із доводами суду. Він
// скасував постанову" is ВГСУ. A name that hangs on a preposition or a
// noun (рішення ВГСУ) is no subject. A state acts as a body: "Японія
// оголосила пакет допомоги. Вона передасть …". It returns "" when there
// is none; a caller asks it only when no person fits the pronoun.
func (r *Result) LastBody(pos int, s int, g byte) string {
	found := ""
	r.idx.before(pos, func(m mref) bool {
		if s-m.sent > 1 {
			return false
		}
		e := &r.Entities[m.ent]
		state := e.Type == "LOC" && gazetteer.Lookup(e.Name)&gazetteer.Country != 0
		if e.Type != "ORG" && !state {
			return true
		}
		toks, k := r.tokenOf(m)
		if k < 0 || !strings.Contains(toks[k].Tag, "v_naz") ||
			!strings.Contains(toks[k].Tag, ":"+string(g)+":") {
			return true
		}
		if k > 0 && (strings.HasPrefix(toks[k-1].Tag, "prep") || strings.HasPrefix(toks[k-1].Tag, "noun")) {
			return true
		}
		found = ID(m.ent)
		return false
	})
	return found
}

// TitledBefore returns the persons named in the two sentences before
// sentence s whose titles have a word whose lemma is head: "міністерка
// культури України Тетяна Бережна та міністерка культури Португалії
// Даліла Родрігеш … міністерки підписали" gives both, in the order of
// their first mention.
func (r *Result) TitledBefore(s int, head string) []string {
	var out []string
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" {
			continue
		}
		near := false
		for _, ms := range r.mentionSent[i] {
			near = near || ms < s && s-ms <= 2
		}
		if !near {
			continue
		}
		for _, t := range e.Titles {
			if slices.Contains(strings.Fields(scan.ToLower(t)), head) {
				out = append(out, ID(i))
				break
			}
		}
	}
	return out
}

// BodyOf returns the organisation named before pos, in sentence s or the
// two before it, whose name's head noun is head: "Міжнародний комітет
// Червоного Хреста … комітет також виділить" is the committee; of two,
// the one named last. Further back, it is the only such body named
// before pos. It returns "" when none is.
func (r *Result) BodyOf(pos int, s int, head string) string {
	ids := r.idx.byHead["ORG\x00"+scan.ToLower(head)]
	if len(ids) == 0 {
		return ""
	}
	found, far, farOnly := -1, -1, true
	r.idx.before(pos, func(m mref) bool {
		if !slices.Contains(ids, m.ent) {
			return true
		}
		if s-m.sent <= 2 {
			found = m.ent
			return false
		}
		if far >= 0 && far != m.ent {
			farOnly = false
			return false
		}
		far = m.ent
		return true
	})
	if found < 0 && far >= 0 && farOnly {
		// further back, the one body of that head named before
		// ("Рада директорів Міжнародного валютного фонду схвалила … (four
		// sentences on the minister) … Водночас у фонді закликали")
		found = far
	}
	if found < 0 {
		return ""
	}
	return ID(found)
}

// RecentPerson returns the person of gender g (0 for any) named last
// before pos, within sentence s and the three before it, skipping those
// in not: what an oblique pronoun (йому, його) stands for, which is never
// the subject of its own clause.
func (r *Result) RecentPerson(pos int, s int, g byte, not []string) string {
	return r.recentPerson(pos, s, 3, g, not)
}

// TitleCountry returns the one country or place named in the titles of
// the person id (міністерка закордонних справ Нідерландів: Нідерланди), or
// "" when there is none or more than one.
func (r *Result) TitleCountry(id string) string {
	i := Index(id)
	if i < 0 || i >= len(r.Entities) || r.Entities[i].Type != "PERS" {
		return ""
	}
	if cs := r.titleCountries(i); len(cs) == 1 {
		return ID(cs[0])
	}
	return ""
}

// RecentPersonWithin is RecentPerson within sentence s and the back
// sentences before it.
func (r *Result) RecentPersonWithin(pos int, s, back int, g byte, not []string) string {
	return r.recentPerson(pos, s, back, g, not)
}

// NearPerson is RecentPerson within sentence s and the one before it: what
// a pronoun opening a clause with no subject (Йому повідомили) stands for,
// which a story about someone named further back may leave unclear.
//
// A chain of pronouns carries the person further: when each sentence
// between the pronoun and a person named up to three sentences back
// speaks of someone of that gender by a pronoun and names no one else
// ("Миколи Заїки. Під час його балотування … Його звинуватили"), the
// pronoun stands for that person.
func (r *Result) NearPerson(pos int, s int, g byte) string {
	if p := r.recentPerson(pos, s, 1, g, nil); p != "" || g == 0 || r.a == nil {
		return p
	}
	found, at := -1, -1
	r.idx.before(pos, func(m mref) bool {
		if s-m.sent > 3 {
			return false
		}
		if r.Entities[m.ent].Type != "PERS" || r.Gender[m.ent] != 0 && r.Gender[m.ent] != g {
			return true
		}
		found, at = m.ent, m.sent
		return false
	})
	if found < 0 {
		return ""
	}
	for k := at + 1; k < s; k++ {
		if !r.pronounOf(k, g) {
			return ""
		}
	}
	return ID(found)
}

// pronounOf reports whether sentence k has a third-person pronoun, personal
// or possessive, of gender g: він, його, її.
func (r *Result) pronounOf(k int, g byte) bool {
	if k < 0 || k >= len(r.a.Sentences) {
		return false
	}
	want := "він"
	if g == 'f' {
		want = "вона"
	}
	for i := range r.a.Sentences[k].Tokens {
		t := &r.a.Sentences[k].Tokens[i]
		switch {
		case strings.Contains(t.Tag, "pron:pers:3") && t.Lemma == want:
			return true
		case strings.Contains(t.Tag, "pron:pos") && (g == 'm' && t.Lemma == "його" || g == 'f' && t.Lemma == "її"):
			return true
		}
	}
	return false
}

func (r *Result) recentPerson(pos, s, back int, g byte, not []string) string {
	found := ""
	r.idx.before(pos, func(m mref) bool {
		if s-m.sent > back {
			return false
		}
		e := r.Entities[m.ent]
		if e.Type != "PERS" || g != 0 && r.Gender[m.ent] != 0 && r.Gender[m.ent] != g || slices.Contains(not, ID(m.ent)) ||
			m.sent == s && r.isPronoun(m) {
			return true // (він of the sentence itself is its subject, not whom його stands for)
		}
		found = ID(m.ent)
		return false
	})
	return found
}

// tokenOf returns the tokens of mention m's sentence and the index of the
// one m begins with, or -1 when no token begins there (or the sentence is
// unknown).
func (r *Result) tokenOf(m mref) ([]vistka.Token, int) {
	if r.a == nil || m.sent < 0 || m.sent >= len(r.a.Sentences) {
		return nil, -1
	}
	toks := r.a.Sentences[m.sent].Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].REnd > m.start })
	if k >= len(toks) || toks[k].RStart != m.start {
		return toks, -1
	}
	return toks, k
}

// nominative reports whether mention m begins with a word in the
// nominative: the person was named as a subject.
func (r *Result) nominative(m mref) bool {
	toks, k := r.tokenOf(m)
	if k < 0 || inApposition(toks, k) {
		return false
	}
	return strings.Contains(toks[k].Tag, "v_naz") || indeclinableSubject(toks, k, m.end) || r.unchangedSurname(m, toks, k) ||
		r.nominativeSurname(m, toks, k) || r.womansSurname(m, toks, k)
}

// womansSurnameEnds are the endings of a woman's surname declined as an
// adjective: only its nominative ends so (Петрова, Петрової, Петровій,
// Петрову, Петровою), though a man's genitive may (Петров, Петрова).
var womansSurnameEnds = []string{"ова", "ева", "єва", "іна", "їна", "ина", "ська", "цька", "зька"}

// womansSurname reports whether the mention at k ends in a woman's
// surname of womansSurnameEnds, spelt as her name ends, which the tagger
// read as a man's genitive: "«…», – сказала Лигачова" names her as who.
// A surname after a preposition is no subject.
func (r *Result) womansSurname(m mref, toks []vistka.Token, k int) bool {
	if m.ent < 0 || m.ent >= len(r.Entities) || r.Gender[m.ent] != 'f' || k > 0 && strings.HasPrefix(toks[k-1].Tag, "prep") {
		return false
	}
	j := k
	for j < len(toks) && toks[j].REnd < m.end {
		j++
	}
	if j >= len(toks) || toks[j].REnd != m.end || !strings.HasPrefix(toks[j].Tag, "noun") {
		return false
	}
	w, name := toks[j].Text, r.Entities[m.ent].Name
	return scan.HasAnySuffix(w, womansSurnameEnds...) && (name == w || strings.HasSuffix(name, " "+w))
}

// nominativeSurname reports whether the name opening at k, whose first
// word the tagger read in an oblique case, ends in a surname it read in
// the nominative right before a verb of the person's gender: in
// "Верховний комісар ООН з прав людини Фолькер Тюрк повідомив" the
// first name took the case of the genitive before it, and the name is
// the subject all the same.
func (r *Result) nominativeSurname(m mref, toks []vistka.Token, k int) bool {
	if k > 0 && strings.HasPrefix(toks[k-1].Tag, "prep") || m.ent < 0 || m.ent >= len(r.Entities) {
		return false
	}
	j := k
	for j < len(toks) && toks[j].REnd < m.end {
		j++
	}
	if j == k || j+1 >= len(toks) || toks[j].REnd != m.end || !strings.HasPrefix(toks[j].Tag, "noun") || !strings.Contains(toks[j].Tag, "v_naz") {
		return false
	}
	j++
	if toks[j].Text == "," {
		// an aside: "Фолькер Тюрк, який виступав слідом, повідомив"
		for n := j + 1; n < len(toks) && n <= j+6; n++ {
			if toks[n].Text == "," {
				j = n + 1
				break
			}
		}
	}
	if j >= len(toks) {
		return false
	}
	v, g := toks[j].Tag, r.Gender[m.ent]
	return strings.HasPrefix(v, "verb") && vtag.Has(v, "past") && g != 0 && vtag.Has(v, string(g))
}

// openingSpeaker reports whether the mention m is the one whose words
// its sentence opens with, "За словами Клінгбайля, …" or "На думку
// Качинського, …": the sentence is his, as if he were its subject, so
// "Він наголосив" in the next sentence is he and not a man named as a
// subject before.
func (r *Result) openingSpeaker(m mref) bool {
	toks, k := r.tokenOf(m)
	if k < 2 || !opensSentence(toks, k-2) {
		return false
	}
	prep, noun := strings.ToLower(toks[k-2].Text), strings.ToLower(toks[k-1].Text)
	return prep == "за" && noun == "словами" || prep == "на" && noun == "думку"
}

// unchangedSurname reports whether the mention at k is a person's surname
// alone, spelt as it ends the full name named before (so it does not
// decline), which the tagger read in an oblique case, standing as the
// subject of a singular verb of the person's gender right after it or
// after an aside between commas: "з молдовським колегою Іоном Русу. Русу,
// своєю чергою, наголосив, що …" names Русу as who.
func (r *Result) unchangedSurname(m mref, toks []vistka.Token, k int) bool {
	t := toks[k]
	if t.REnd != m.end || m.ent < 0 || m.ent >= len(r.Entities) || r.Entities[m.ent].Type != "PERS" ||
		!strings.HasPrefix(t.Tag, "noun") || k > 0 && strings.HasPrefix(toks[k-1].Tag, "prep") {
		return false
	}
	name := r.Entities[m.ent].Name
	if !strings.Contains(name, " ") || !strings.HasSuffix(name, " "+t.Text) {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].Text == "," {
		// an aside: "Русу, своєю чергою, наголосив"
		for n := j + 1; n < len(toks) && n <= j+5; n++ {
			if toks[n].Text == "," {
				j = n + 1
				break
			}
		}
	}
	if j >= len(toks) || !strings.HasPrefix(toks[j].Tag, "verb") || vtag.Has(toks[j].Tag, "p") {
		return false
	}
	v, g := toks[j].Tag, r.Gender[m.ent]
	return vtag.Has(v, "past") && g != 0 && vtag.Has(v, string(g))
}

// indeclinableSubject reports whether the name opening at k with an
// indeclinable first word, which the tagger read in an oblique case, is
// the subject of the finite verb right after it: "Помічниця генсека ООН
// Джойс Мсуя повідомила" names her as who. A name after a preposition is
// never the subject.
//
// A name read as a bare locative right after a past verb that has no
// subject before it in its clause is that verb's subject too: "Британія,
// як повідомив Гілі, виділить …" (a locative is never bare).
func indeclinableSubject(toks []vistka.Token, k, end int) bool {
	if k > 0 && strings.HasPrefix(toks[k-1].Tag, "prep") {
		return false
	}
	if strings.Contains(toks[k].Tag, "v_mis") && k > 0 && invertedAfter(toks, k) {
		return true
	}
	if !strings.Contains(toks[k].Tag, ":nv") {
		return false
	}
	j := k
	for j < len(toks) && toks[j].RStart < end {
		j++
	}
	if j >= len(toks) || !strings.HasPrefix(toks[j].Tag, "verb") {
		return false
	}
	// a past verb agrees with the name: "Джойс Мсуя повідомила", not the
	// dative of "Лянґе було тяжко"
	v := toks[j].Tag
	return vtag.Has(v, "pres") || vtag.Has(v, "past") && vtag.PersonGender(toks[k].Tag) != 0 && vtag.Has(v, string(vtag.PersonGender(toks[k].Tag)))
}

// invertedAfter reports whether toks[k] follows a past verb of its
// gender whose clause names no subject in the nominative before the verb.
func invertedAfter(toks []vistka.Token, k int) bool {
	v := toks[k-1].Tag
	g := vtag.PersonGender(toks[k].Tag)
	if !strings.HasPrefix(v, "verb") || !vtag.Has(v, "past") || g == 0 || !vtag.Has(v, string(g)) {
		return false
	}
	for j := k - 2; j >= 0; j-- {
		t := &toks[j]
		if t.Text == "," || t.Text == ";" || strings.HasPrefix(t.Tag, "verb") {
			return true
		}
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_naz") {
			return false
		}
	}
	return true
}

// inApposition reports whether the name opening at k stands after a
// person's title in an oblique case, past a genitive tail, which an
// indeclinable name read as a nominative shares: "зустрівся з прем'єром
// Італії Марко Россі" names him as whom, not as who.
func inApposition(toks []vistka.Token, k int) bool {
	j := k - 1
	for j >= 0 && j >= k-4 && strings.Contains(toks[j].Tag, "v_rod") && !strings.Contains(toks[j].Tag, "v_naz") {
		j-- // "прем'єром Італії"
	}
	if j < 0 {
		return false
	}
	t := &toks[j]
	return strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "v_naz") &&
		(strings.Contains(t.Tag, "v_oru") || strings.Contains(t.Tag, "v_dav") || strings.Contains(t.Tag, "v_rod") || strings.Contains(t.Tag, "v_zna") || strings.Contains(t.Tag, "v_mis"))
}

// addMention adds a mention to entity i and to the index.
func (r *Result) addMention(i, sent int, m vistka.Mention) {
	e := &r.Entities[i]
	e.Mentions = append(e.Mentions, m)
	r.mentionSent[i] = append(r.mentionSent[i], sent)
	r.idx.add(mref{start: m.Start, end: m.End, ent: i, sent: sent})
}

// pending is a span with the index of its sentence.
type pending struct {
	span vistka.Span
	sent int
}

// splitRank returns a title span that ends in a military rank after
// another title as the two titles it is ("колишній командувач
// Об'єднаних сил генерал-лейтенант Сергій Наєв"), or the span alone.
func (r *Result) splitRank(a *vistka.Analysis, j pending) []pending {
	if j.sent < 0 {
		return []pending{j}
	}
	toks := a.Sentences[j.sent].Tokens
	from, to := a.SpanTokens(j.sent, j.span.Start, j.span.End)
	if to-from < 2 || to > len(toks) || !ner.MilitaryRank(scan.ToLower(lemmaOf(&toks[to-1]))) {
		return []pending{j}
	}
	if prev := &toks[to-2]; prev.Kind != vistka.Word || ner.MilitaryRank(scan.ToLower(lemmaOf(prev))) ||
		!strings.HasPrefix(prev.Tag, "noun") && !strings.HasPrefix(prev.Tag, "adj") {
		return []pending{j} // "генерал армії", "командувач і генерал": one title, or joined
	}
	first, rank := j, j
	first.span.End = toks[to-2].REnd
	first.span.Text = string(r.text[first.span.Start:first.span.End])
	first.span.Lemma = ""
	rank.span.Start = toks[to-1].RStart
	rank.span.Text = toks[to-1].Text
	rank.span.Lemma = lemmaOf(&toks[to-1])
	return []pending{first, rank}
}

// entityTypes are the span types that become entities.
var entityTypes = map[string]bool{"PERS": true, "LOC": true, "ORG": true, "MISC": true}

// Link merges the spans of a into entities.
func Link(a *vistka.Analysis, aliases Aliases) *Result {
	r := &Result{a: a, aliases: aliases, text: a.Runes(), idx: index{byLast: map[string][]int{},
		byFirst: map[string][]int{}, byCore: map[string][]int{}, byHead: map[string][]int{}}}
	var jobs []pending
	names := make([]pending, 0, len(a.Spans))
	r.alone = aloneNames(a.Spans)
	for k, sp := range a.Spans {
		s := a.SentenceAt(sp.Start)
		if (sp.Type == "ORG" || sp.Type == "LOC") && k+1 < len(a.Spans) && titleBeforeName(sp, a.Spans[k+1]) {
			// "Президент України Володимир Зеленський" tagged as an
			// organisation, "Прем'єр-міністеркою України Юлією
			// Свириденко" as a place
			sp.Type = "JOB"
			sp = titleAfterName(a, sp, s)
		}
		if (sp.Type == "PERS" || (sp.Type == "ORG" || sp.Type == "LOC") && !quotedSpan(a, sp, s)) && s >= 0 && commonRoleWord(a, sp, s) {
			// "сам Президент Віктор Янукович", "адреса Президента":
			// a title the tagger took for a name, one word it reads
			// as a common noun naming a position; so is a role word
			// opening a sentence it took for a body ("Міністерка
			// розповіла …"), unless in quotes (a body's name)
			sp.Type = "JOB"
		}
		if sp.Type != "PERS" && sp.Type != "JOB" {
			sp = r.withoutTrailingNoun(sp)
		}
		switch {
		case sp.Type == "JOB":
			jobs = append(jobs, r.splitRank(a, pending{sp, s})...)
			names = append(names, titlePlaces(a, sp, s)...)
		case sp.Type == "PERS" && romanNumber(sp.Text):
			// "депутатом V - VI скликання": a number, no one's name
		case sp.Type == "PERS" && len(names) > 0 && r.splitName(names[len(names)-1], sp, s):
			// "Туре Сандвік" tagged as two people: one name
			last := &names[len(names)-1].span
			last.Lemma = r.joinedLemma(last, &sp, s)
			last.Text = last.Text + " " + sp.Text
			last.End = sp.End
		case entityTypes[sp.Type]:
			if sp.Type == "PERS" && s >= 0 && (k == 0 || a.Spans[k-1].End < sp.Start) {
				sp = r.withFirstName(sp, s)
			}
			names = append(names, pending{sp, s})
		}
	}

	// Each name is filed under a key or two of byName and byAcronym:
	// made big enough at once, they do not grow again and again.
	r.idx.byName = make(map[string]int, 2*len(names))
	r.idx.byAcronym = make(map[string][]int, len(names))
	townCases(names)
	r.names = names
	if n := len(names); n > 0 && r.Entities == nil {
		// One entity a name at most, and a row of each table below for
		// each: made big enough at once, they do not grow again and again.
		r.Entities, r.Gender, r.mentionSent = make([]vistka.Entity, 0, n), make([]byte, 0, n), make([][]int, 0, n)
		r.assoc, r.tailKey, r.filed, r.facts = make([][]int, 0, n), make([]string, 0, n), make([][]string, 0, n), make([]nameFacts, 0, n)
	}
	prev, prevEnd := -1, -1 // the entity of the name before, and its end
	for k, n := range names {
		lemma := n.span.Lemma
		if lemma == "" {
			lemma = n.span.Text
		}
		if m := listedManGenitive(a, n); m != "" {
			lemma = m // "співвласники фірм Котлярова, Остапенка і Кондратюка": men, not Котлярова
		}
		if n.span.Type == "ORG" {
			lemma = clubName(lemma)
		}
		low := scan.ToLower(lemma) // the key of the name, asked for below again and again
		key := ""
		if la, ok := aliases.(lowerAliases); ok {
			key, _ = la.CanonicalLower(lemma, low)
		} else if aliases != nil {
			key, _ = aliases.Canonical(lemma)
		}
		if ac, ok := aliases.(acronymAliases); ok && key == "" && n.span.Type != "PERS" && isAcronym(lemma) {
			// "РФ" after Росія: the acronym of the country's official
			// name (Російська Федерація) is the country
			key, _ = ac.Acronym(lemma)
		}
		facts := factsOf(lemma)
		i := r.find(n.span.Type, &facts, low, key)
		rename := false
		if i < 0 && n.span.Type == "LOC" {
			// "Сама Ковентрі заявила": the surname of a person named
			// before, read as a town (Coventry) where it is a subject.
			if p := r.findPerson(n.span.Text); p >= 0 && subjectWord(a, n) {
				n.span.Type, lemma = "PERS", n.span.Text
				low, facts = scan.ToLower(lemma), factsOf(lemma)
				i = p
			}
		}
		if i < 0 && n.span.Type != "PERS" && initialName(n.span.Text) {
			// "Т. Шевченко" read as a place: an initial and a surname
			// of a person named in the text are that person.
			if p := r.findPerson(n.span.Text); p >= 0 {
				n.span.Type, lemma = "PERS", n.span.Text
				low, facts = scan.ToLower(lemma), factsOf(lemma)
				i = p
			}
		}
		if i < 0 && n.span.Type == "PERS" && strings.Contains(n.span.Text, " ") {
			// "прем'єр-міністр Молдови Александру Мунтяну … Юлія
			// Свириденко та Александру Мунтяну провели": a full name
			// written the same again is the same person, whatever case
			// the tagger reads in it the second time
			// (of the two readings, the one that takes the form for its
			// own base form: "мати Юрія Мірошниченка Валентина Кочура"
			// read as a man's genitive, then as a subject)
			if p, l := r.writtenBefore("PERS", n.span.Text); p >= 0 {
				i = p
				if l == n.span.Text || lemma != n.span.Text {
					lemma = l
				} else {
					rename = true
				}
				low, facts = scan.ToLower(lemma), factsOf(lemma)
			}
		}
		if i < 0 && (n.span.Type != "PERS" || !strings.Contains(n.span.Text, " ")) {
			// "представник «Оборонстроя» … «дочка» «Оборонстроя»":
			// a name written the same again in one text is the same
			// body, place or person, whatever case the tagger read in
			// it the second time (the genitive, then a nominative
			// plural «Партії регіонів», or a guess that kept the form).
			// The first reading's base form stands, but for a form it
			// kept as written once, which this reading declines: the
			// form read as its own base form twice is a nominative
			// (Валмієра, not Валмієр); of two declined readings, the
			// one whose last word the tagger gives as the lemma here
			// (Кривому Рогу: Кривий Ріг, not a guessed Кривий Рог).
			if p, l := r.writtenBefore(n.span.Type, n.span.Text); p >= 0 {
				i = p
				rename = lemma != l && r.Entities[p].Name == l &&
					(l == n.span.Text && r.keptOnce(p, l) || l != n.span.Text && lemma != n.span.Text && r.taggerLemma(n, lemma) && !r.taggerLemma(n, l))
				if !rename {
					lemma = l
				}
				low, facts = scan.ToLower(lemma), factsOf(lemma)
			}
		}
		if i < 0 && n.span.Type == "PERS" {
			// "Джорджа Мелоні … подякував Джорджі Мелоні": a woman's
			// first name in an oblique case the tagger kept as written
			if p, nominative := r.findFirstNameCase(lemma); p >= 0 {
				i, rename = p, nominative
				if !nominative {
					lemma = r.Entities[p].Name
					low, facts = scan.ToLower(lemma), factsOf(lemma)
				}
			}
		}
		if i < 0 && n.span.Type == "PERS" {
			// "Марко Рубіо … з Марком Рубіо": a man's first name in -о
			// in a form the lexicon reads as the name without it
			if p, nominative := r.findFirstNameInO(lemma, n.span.Text); p >= 0 {
				i, rename = p, nominative
				if !nominative {
					lemma = r.Entities[p].Name
					low, facts = scan.ToLower(lemma), factsOf(lemma)
				}
			}
		}
		if i < 0 && n.span.Type == "PERS" && lemma == n.span.Text {
			// "Сальомея Гринчишин … Сальомеї аплодували": a first name
			// alone in the genitive, dative or locative that the tagger
			// kept as written, or its nominative after it
			if p, nom := r.findFirstNameAlone(lemma); p >= 0 {
				i, rename = p, nom && !strings.Contains(r.Entities[p].Name, " ")
				if !nom {
					first, _, _ := strings.Cut(r.Entities[p].Name, " ")
					lemma = first // (the nominative, as the person's name spells it)
				}
				low, facts = scan.ToLower(lemma), factsOf(lemma)
			}
		}
		cores, head := nameParts(a, n, lemma)
		if i < 0 {
			i = r.findPart(n.span.Type, lemma, low, cores, head)
		}
		tk := "" // (read for organisations only: no other entity becomes one)
		if n.span.Type == "ORG" {
			tk = r.tailKeyOf(n)
		}
		if i < 0 && tk != "" {
			i = r.findByTail(lemma, tk)
		}
		if i < 0 && n.span.Type == "ORG" {
			i = r.findLegal(lemma, low)
		}
		if i < 0 && n.span.Type == "ORG" {
			i = r.findRegional(lemma)
		}
		if i < 0 && (n.span.Type == "ORG" || n.span.Type == "LOC") {
			// (a body's short name may be tagged a place: "театр імені
			// Заньковецької")
			i = r.findShortened(n)
		}
		polite := false // named by first name and patronymic: keeps its full name
		if i < 0 && n.span.Type == "PERS" {
			i = r.findByPatronymic(lemma)
			polite = i >= 0
		}
		if i < 0 && n.span.Type == "PERS" && !strings.Contains(lemma, " ") {
			i = r.recentNamesake(lemma, n.sent)
			polite = i >= 0
		}
		if i < 0 && n.span.Type == "PERS" && !strings.Contains(lemma, " ") {
			if i = r.findWomansAccusative(lemma, n.span.Text); i >= 0 {
				r.Gender[i] = 0 // (read again: the form in -у gave a man's)
			}
		}
		if i < 0 && n.span.Type == "PERS" && !strings.Contains(lemma, " ") {
			// "Арина Сабаленка … Сабаленку привітали": her surname in
			// the accusative, which the lexicon reads as a man's dative
			// (Сабаленко, Касаткін)
			if p, sur := r.findSurnameAccusative(n.span.Text); p >= 0 {
				i, lemma = p, sur
				low, facts = scan.ToLower(lemma), factsOf(lemma)
			}
		}
		if i < 0 && prev >= 0 && r.Entities[prev].Type != "PERS" && n.span.Type != "PERS" && r.bracketed(prevEnd, n.span) &&
			(initialFits(n.span.Text, r.Entities[prev].Name) || foreignAcronym(n.span, r.Entities[prev])) {
			// Міжнародна організація цивільної авіації (ICAO): the
			// acronym in brackets right after a name is that name's.
			i = prev
		}
		if i < 0 && prev >= 0 && r.Entities[prev].Type == "ORG" && n.span.Type == "ORG" && r.brandBracketed(prevEnd, n.span) &&
			contractionFits(n.span.Text, r.Entities[prev].Name) {
			// ПрАТ «Українська залізниця» («Укрзалізниця»): the brand
			// in brackets, made of the name's words cut short, is the
			// same company.
			i = prev
		}
		if i < 0 && n.span.Type != "PERS" && k+1 < len(names) {
			// МАГАТЕ alone, then Міжнародне агентство з атомної
			// енергії (МАГАТЕ): the name the acronym stands in
			// brackets after is the body the acronym named before.
			i = r.bracketedAfter(n.span, lemma, names[k+1].span)
		}
		if i < 0 && prev >= 0 && r.Entities[prev].Type == n.span.Type && n.span.Type != "PERS" && r.translated(prevEnd, n.span, r.Entities[prev].Name) {
			// Uniwersytet Rzeszowski (Жешувський університет): a name
			// in brackets in the other script is the same body's.
			i = prev
		}
		if i < 0 {
			r.Entities = append(r.Entities, vistka.Entity{ID: ID(len(r.Entities)), Type: n.span.Type, Titles: []string{}})
			r.Gender = append(r.Gender, 0)
			r.mentionSent = append(r.mentionSent, nil)
			r.assoc = append(r.assoc, nil)
			r.tailKey = append(r.tailKey, tk)
			r.filed = append(r.filed, nil)
			r.facts = append(r.facts, nameFacts{})
			i = len(r.Entities) - 1
		}
		e := &r.Entities[i]
		body := strings.HasPrefix(key, "#")
		if key != "" && !body && e.Type == "ORG" && n.span.Type == "LOC" {
			// "РФ" read as a body, then Росія as a place: a country is
			// a place
			e.Type = "LOC"
			r.filed[i] = r.filed[i][:0] // (its names to be filed as a place's)
		}
		if body && e.Type == "LOC" && n.span.Type == "ORG" {
			// "Альянс" read as a place, then НАТО as a body: a body
			e.Type = "ORG"
			r.filed[i] = r.filed[i][:0]
		}
		if key != "" {
			var kb [128]byte
			if k := typedKey(kb[:0], e.Type, 1, key); !hasKey(r.idx.byName, k) {
				r.idx.byName[string(k)] = i
			}
		}
		r.addMention(i, n.sent, vistka.Mention{Start: n.span.Start, End: n.span.End, Text: n.span.Text, Lemma: lemma, Kind: "name"})
		prev, prevEnd = i, n.span.End
		// (a name is no better than itself; a body's acronym is better
		// than its one-word descriptor, НАТО than Альянс)
		// (and any other name of a country than its short one, США than
		// Америка)
		_, short := gazetteer.ShortName(lemma)
		_, wasShort := gazetteer.ShortName(e.Name)
		if rename {
			// the same name written again, read this time as its own
			// base form: the person's name
			e.Name = lemma
			r.facts[i] = facts
		} else if !polite && lemma != e.Name && (Better(lemma, e.Name) && !(body && isAcronym(e.Name) && descriptorName(lemma)) && !(key != "" && short && e.Name != "") ||
			body && isAcronym(lemma) && descriptorName(e.Name) || key != "" && wasShort && !short) {
			e.Name = lemma
			r.facts[i] = facts
		}
		// Most mentions repeat a name filed before (the entity's name
		// is always one): filing it again would change nothing but cost
		// the keys.
		r.fileOnce(i, &facts, low)
		if e.Name != lemma {
			r.fileOnce(i, &r.facts[i], "")
		}
		for _, core := range cores {
			fileUnder(r.idx.byCore, e.Type, core, i)
		}
		if head != "" && e.Type == "ORG" {
			fileUnder(r.idx.byHead, e.Type, head, i)
		}
		if e.Type == "PERS" && n.sent >= 0 {
			if r.Gender[i] == 0 {
				r.Gender[i] = genderOf(a, n.sent, n.span)
			} else if g := firstNameGender(a, n.sent, n.span, true); g != 0 {
				// a first name before a surname decides over a surname
				// read alone before it: the headline's "Гетманцев і
				// Южаніна" (a man's genitive to the tagger), then "Ніна
				// Южаніна" (a surname alone the tagger may read as a
				// first name: Руто)
				r.Gender[i] = g
			}
		}
	}
	r.names = nil // (sharedOf is asked while the names are linked only)
	r.untaggedSurnames(a)
	voted := r.agreeGenders(a)
	for i := range r.Entities {
		e := &r.Entities[i]
		for _, m := range e.Mentions {
			if m.Lemma != e.Name && !slices.Contains(e.Aliases, m.Lemma) {
				e.Aliases = append(e.Aliases, m.Lemma)
			}
		}
	}
	if ranks := rankTitles(a); len(ranks) > 0 {
		jobs = append(jobs, ranks...)
		slices.SortStableFunc(jobs, func(x, y pending) int { return x.span.Start - y.span.Start })
	}
	r.titles(a, jobs)
	r.titleGenders(voted)
	r.pronouns(a, false)
	r.epithetSpeakers(a)
	r.roles(a)
	r.roleGenders(a, voted)
	// again for the pronouns left, now the role phrases and epithets
	// are someone's: "Дипломатка вважає, що … «…», – сказала вона"
	r.pronouns(a, true)
	r.latter(a)
	return r
}

// findRegional returns the one body named so far that lemma, an
// organisation's name, names with or without a town or region after it:
// an outlet or a club and its regional name, Суспільне and Суспільне
// Тернопіль, Динамо and Динамо Київ, either first; or -1.
func (r *Result) findRegional(lemma string) int {
	if len(r.Entities) > 500 {
		return -1
	}
	found := -1
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "ORG" || !(regionalOf(lemma, e.Name) || regionalOf(e.Name, lemma)) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// findShortened returns the one body (or hromada, a place named as a body
// is) named so far that n, a name of two words or more, names in full or
// short: the same words in the same order, the longer with adjectives of
// rank or standing (Львівська опера, Львівська національна опера;
// Лопатинська громада, Лопатинська селищна громада), of its town
// before an adjective of kind (Апеляційний суд, Рівненський апеляційний
// суд), initials, first names after імені (театр імені Заньковецької,
// Національний академічний драматичний театр імені Марії Заньковецької)
// and a tail of words of its own; or -1. An adjective of kind tells two
// bodies apart (Верховний Суд, Верховний антикорупційний суд).
func (r *Result) findShortened(n pending) int {
	if len(r.Entities) > 500 || n.sent < 0 || !strings.Contains(n.span.Text, " ") {
		return -1
	}
	name, ok := r.tokensOf(n.sent, n.span.Start, n.span.End)
	if !ok {
		return -1
	}
	found := -1
	for i := range r.Entities {
		e := &r.Entities[i]
		if !shortenedAsBody(e, n) || !strings.Contains(e.Name, " ") {
			continue
		}
		other, ok := r.nameTokens(i)
		if !ok || len(other) == len(name) || !(shortenedOf(name, other) || shortenedOf(other, name)) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// shortenedAsBody reports whether entity e is named short as a body is:
// an ORG, or, for a place's name n, a hromada.
func shortenedAsBody(e *vistka.Entity, n pending) bool {
	return e.Type == "ORG" || e.Type == "LOC" && n.span.Type == "LOC" && hromadaName(e.Name)
}

// hromadaName reports whether a place's name is a hromada's (Лопатинська
// селищна громада), which a text shortens as it does a body's name
// (Лопатинська громада): a hromada is a place that governs itself.
func hromadaName(name string) bool {
	return strings.HasSuffix(name, " громада")
}

// nameTokens returns the tokens of the first mention of entity i that
// gives its name, or of its first name mention, as tokensOf does.
func (r *Result) nameTokens(i int) ([]vistka.Token, bool) {
	e := &r.Entities[i]
	k := slices.IndexFunc(e.Mentions, func(m vistka.Mention) bool { return m.Kind == "name" && m.Lemma == e.Name })
	if k < 0 {
		k = slices.IndexFunc(e.Mentions, func(m vistka.Mention) bool { return m.Kind == "name" })
	}
	if k < 0 || r.mentionSent[i][k] < 0 {
		return nil, false
	}
	return r.tokensOf(r.mentionSent[i][k], e.Mentions[k].Start, e.Mentions[k].End)
}

// tokensOf returns the tokens of a body's name from start to end in
// sentence s, of two words or more, and whether findShortened may read
// it: not a name with a quoted part (Київський велотрек «Авангард», a
// name run on: Одеської міської ради «Українській правді»), nor one the
// tagger cut before a place it names (Олімпійського комітету | Росії).
func (r *Result) tokensOf(s, start, end int) ([]vistka.Token, bool) {
	toks := r.a.Sentences[s].Tokens
	f, t := r.a.SpanTokens(s, start, end)
	if t-f < 2 || t < len(toks) && strings.Contains(toks[t].Tag, ":geo") && capitalised(toks[t].Text) {
		return nil, false
	}
	for k := f; k < t; k++ {
		if strings.ContainsAny(toks[k].Text, "«»\"„“") {
			return nil, false
		}
	}
	return toks[f:t], true
}

// shortenedOf reports whether short, the tokens of a body's name, are
// long's with some words left out (see findShortened): all of short's
// words in long in order, a noun among them, and each word of long left
// out before the last one matched an adjective of standing, a town's
// adjective before an adjective, an initial, or a word after імені.
func shortenedOf(short, long []vistka.Token) bool {
	if len(long) <= len(short) {
		return false
	}
	j, named, noun := 0, false, false
	for k := range long {
		w := &long[k]
		if j < len(short) && sameLemma(w, &short[j]) {
			noun = noun || strings.HasPrefix(w.Tag, "noun")
			named = named || w.Lemma == "ім'я" || w.Text == "ім"
			j++
			continue
		}
		switch {
		case j == len(short):
			// a tail of the longer name's own
		case named, w.Text == ".", scan.RuneCount(w.Text) == 1 && capitalised(w.Text):
		case strings.HasPrefix(w.Tag, "adj") && (standingAdjective(w.Lemma) ||
			capitalised(w.Text) && k+1 < len(long) && strings.HasPrefix(long[k+1].Tag, "adj") && townAdjective(w.Lemma)):
		default:
			return false
		}
	}
	return j == len(short) && noun
}

// sameLemma reports whether two tokens are one word, in any case.
func sameLemma(a, b *vistka.Token) bool {
	if a.Lemma != "" && b.Lemma != "" {
		return strings.EqualFold(a.Lemma, b.Lemma)
	}
	return strings.EqualFold(a.Text, b.Text)
}

// townAdjective reports an adjective made of a place's name
// (рівненський), by its base form.
func townAdjective(lemma string) bool {
	l := scan.ToLower(lemma)
	return strings.HasSuffix(l, "ський") || strings.HasSuffix(l, "цький") || strings.HasSuffix(l, "зький")
}

// standingAdjective reports an adjective of a body's rank or standing,
// which its short name leaves out.
func standingAdjective(lemma string) bool {
	switch scan.ToLower(lemma) {
	case "національний", "державний", "академічний", "центральний", "комунальний", "драматичний", "публічний", "акціонерний", "приватний", "обласний", "районний", "міський",
		"селищний", "сільський", "територіальний": // (of a hromada: Лопатинська селищна громада)
		return true
	}
	return false
}

// regionalOf reports whether long is short, one word and no acronym,
// followed by the name of a town or region: Суспільне Тернопіль of
// Суспільне.
func regionalOf(short, long string) bool {
	if len(long) <= len(short) || long[len(short)] != ' ' || !strings.HasPrefix(long, short) {
		return false // (not short+" ": no string built per pair of entities)
	}
	rest := long[len(short)+1:]
	if strings.ContainsAny(short, " -") || isAcronym(short) || strings.ContainsAny(rest, " ") {
		return false
	}
	c := gazetteer.Lookup(rest)
	return c&(gazetteer.Settlement|gazetteer.Region) != 0 && c&gazetteer.Person == 0
}

// withoutTrailingNoun returns sp without its last word when that is a
// word in lower case in Cyrillic letters and the words before it are
// acronyms or names in Latin letters, none of it in quotation marks: the
// tagger ran the name on over the noun after it ("експортувала до ЄС
// меду", "Wabtec контракт", "ходити до ТЦК навмання"). A name in
// quotation marks («СК інжиніринг») keeps its words.
func (r *Result) withoutTrailingNoun(sp vistka.Span) vistka.Span {
	cut := strings.LastIndexByte(sp.Text, ' ')
	if cut < 0 || strings.ContainsAny(sp.Text, "«»\"„“”") {
		return sp
	}
	last := sp.Text[cut+1:]
	if !strings.ContainsFunc(last, unicode.IsLetter) || strings.ContainsFunc(last, func(c rune) bool {
		return !unicode.Is(unicode.Cyrillic, c) || !unicode.IsLower(c)
	}) {
		return sp
	}
	for w := range strings.FieldsSeq(sp.Text[:cut]) {
		if !isAcronym(w) && !typeFree(w) {
			return sp
		}
	}
	if sp.Start > 0 && sp.Start <= len(r.text) && strings.ContainsRune("«\"„“", r.text[sp.Start-1]) {
		return sp
	}
	sp.End -= utf8.RuneCountInString(last) + 1
	sp.Text = strings.TrimRight(sp.Text[:cut], " ")
	sp.Lemma = sp.Text
	return sp
}

// townCases retypes a person's one-word name that is a case form of a
// town named in the text as a place ("Люблін передав Луцьку 14 машин"
// after or before "приїхав до Луцька"): the tagger reads a town in the
// dative or locative as a surname. The town is a settlement of the
// gazetteer and no person's name (a first name read as a place, Денисові,
// is none), the form is its name (ending in a consonant) with a case
// ending, and the word stands alone, with no other person's name next to
// it.
func townCases(names []pending) {
	towns := map[string]string{}
	for _, n := range names {
		if n.span.Type != "LOC" {
			continue
		}
		l := lemmaOr(n.span)
		if last, _ := utf8.DecodeLastRuneInString(l); !strings.ContainsRune("бвгґджзйклмнпрстфхцчшщь", last) ||
			utf8.RuneCountInString(l) < 4 || strings.ContainsAny(l, " -") {
			continue // (asked before the gazetteer, which most places need not be)
		}
		if c := gazetteer.Lookup(l); c&gazetteer.Settlement != 0 && c&gazetteer.Person == 0 {
			towns[l] = l
		}
	}
	if len(towns) == 0 {
		return
	}
	for k := range names {
		sp := &names[k].span
		if sp.Type != "PERS" || strings.ContainsAny(sp.Text, " -.") ||
			k > 0 && names[k-1].span.Type == "PERS" && names[k-1].span.End+1 >= sp.Start ||
			k+1 < len(names) && names[k+1].span.Type == "PERS" && sp.End+1 >= names[k+1].span.Start {
			continue
		}
		for _, end := range townEndings {
			if t, ok := towns[strings.TrimSuffix(sp.Text, end)]; ok && strings.HasSuffix(sp.Text, end) {
				sp.Type, sp.Lemma = "LOC", t
				break
			}
		}
	}
}

// townEndings are the case endings of a town's name that ends in a
// consonant: Луцьку, Луцька, Луцьком, Львові, Києві.
var townEndings = []string{"у", "ю", "а", "я", "ом", "ем", "і", "ові", "еві"}

// splitName reports whether span sp, a person's one word in sentence s,
// stands right after the one word of the person before, one space
// apart: a first name and a surname the tagger took for two people.
func (r *Result) splitName(prev pending, sp vistka.Span, s int) bool {
	p := prev.span
	if p.Type != "PERS" || prev.sent != s || s < 0 || p.End+1 != sp.Start || sp.Start >= len(r.text) || r.text[p.End] != ' ' ||
		strings.ContainsAny(p.Text, " -.") || strings.ContainsAny(sp.Text, " -.") || isAcronym(p.Text) || isAcronym(sp.Text) {
		return false
	}
	// "Корнель Сальомеї" where Корнель stands alone elsewhere: a first
	// name used by itself is a character's, and the next word another's.
	if r.alone[scan.ToLower(lemmaOr(p))] {
		return false
	}
	// "з Зеленським Стере", "говорив Корнель Сальомеї": two words in
	// different cases, one of them oblique, are two people's. (A foreign
	// first name is often misread as a vocative: Туре Сандвік.)
	_, f := r.a.SpanTokens(s, p.Start, p.End)
	_, t := r.a.SpanTokens(s, sp.Start, sp.End)
	if f < 1 || t < 1 {
		return true
	}
	ft, tt := r.a.Sentences[s].Tokens[f-1].Tag, r.a.Sentences[s].Tokens[t-1].Tag
	cf, ct := caseOf(ft), caseOf(tt)
	return cf == ct || !oblique(cf) && !oblique(ct)
}

// withFirstName returns sp, a surname alone the tagger found, with the
// word right before it when that word is a foreign first name the tagger
// left out ("представник ПРООН Яко Сіллієрс", "Каан Терзіоглу, директор"):
// a word the lexicon lists as a first name, or a capitalised word inside
// the sentence that it reads as no person's word (Яко as a conjunction,
// Кадрі as кадр) before a surname in the nominative. The word before must
// lie outside every span (the caller checks the span before).
func (r *Result) withFirstName(sp vistka.Span, s int) vistka.Span {
	if strings.ContainsAny(sp.Text, " -.") || isAcronym(sp.Text) {
		return sp
	}
	toks := r.a.Sentences[s].Tokens
	f, t := r.a.SpanTokens(s, sp.Start, sp.End)
	if t != f+1 || f < 1 {
		return sp
	}
	prev, sur := &toks[f-1], &toks[f]
	if prev.REnd+1 != sur.RStart || !capitalised(prev.Text) || isAcronym(prev.Text) || scan.RuneCount(prev.Text) < 3 {
		return sp
	}
	c := caseOf(sur.Tag)
	if c == "" {
		return sp
	}
	fl := prev.Text // (a foreign first name may read as some other word: Туре, not Тур)
	switch {
	case strings.Contains(prev.Tag, ":fname"):
		// A first name the lexicon lists agrees with the surname in its
		// case (not "з Іванці Софійка"; a foreign one may read as a
		// vocative), and then its base form is the lexicon's.
		if !strings.Contains(prev.Tag, c) && !(c == "v_naz" && strings.Contains(prev.Tag, "v_kly")) {
			return sp
		}
		if c != "v_naz" {
			fl = prev.Lemma
		}
	case c != "v_naz" || strings.HasPrefix(prev.Tag, "adj") && !capitalised(prev.Lemma) ||
		strings.Contains(prev.Tag, ":anim") || strings.Contains(prev.Tag, ":prop"):
		// Else a word before a surname in the nominative, one the lexicon
		// does not know (it keeps its capital in the base form guessed:
		// Каан read as an adjective) or one it reads as no person's word
		// (Яко as a conjunction, Кадрі as кадр); not a person's title
		// or kin word (Президент, Пані), which it lists as animate, nor
		// an adjective (Святий).
		return sp
	case !capitalised(prev.Lemma) && f == 1:
		return sp // (a capital opening the sentence says nothing)
	case f >= 2:
		// Not a word governed by a preposition or agreeing with an
		// adjective before it ("у Бундестазі Свириденко", "Верховної
		// Ради Івахів"), nor one after a quote mark or a stop.
		b := &toks[f-2]
		if strings.HasPrefix(b.Tag, "prep") || strings.HasPrefix(b.Tag, "adj") ||
			b.Text != "," && !unicode.IsLetter(firstRune(b.Text)) {
			return sp
		}
	}
	if r.alone[scan.ToLower(fl)] || r.alone[scan.ToLower(prev.Text)] {
		return sp // (a name that stands alone elsewhere is a person's of its own: "говорив Корнель Сальомеї")
	}
	sp.Start, sp.Text, sp.Lemma = prev.RStart, prev.Text+" "+sp.Text, fl+" "+lemmaOr(sp)
	return sp
}

// oblique reports a case a name takes only governed by a verb, a noun or
// a preposition.
func oblique(c string) bool {
	switch c {
	case "v_rod", "v_dav", "v_zna", "v_oru", "v_mis":
		return true
	}
	return false
}

// aloneNames returns the base forms, in lower case, of the people's names
// of one word among spans that no other person's name follows one space
// apart.
func aloneNames(spans []vistka.Span) map[string]bool {
	alone := map[string]bool{}
	for k, sp := range spans {
		if sp.Type != "PERS" || strings.ContainsAny(sp.Text, " -.") {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Type == "PERS" && spans[k+1].Start == sp.End+1 {
			continue
		}
		alone[scan.ToLower(lemmaOr(sp))] = true
	}
	return alone
}

// lemmaOr returns the base form of span sp, or its text when it has none.
func lemmaOr(sp vistka.Span) string {
	if sp.Lemma != "" {
		return sp.Lemma
	}
	return sp.Text
}

// caseOf returns the case of a tag (v_naz, v_rod, ...), or "".
func caseOf(tag string) string {
	if i := strings.Index(tag, "v_"); i >= 0 && i+5 <= len(tag) {
		return tag[i : i+5]
	}
	return ""
}

// joinedLemma returns the base form of the name of first and second, one
// person's, in sentence s: the words' own base forms, but the first word
// as written when the second is a nominative in its base form (a foreign
// first name may read as some other word: Туре, not Тур; "з Анною
// Ульсен" keeps Анна, the surname not declined but no nominative).
func (r *Result) joinedLemma(first, second *vistka.Span, s int) string {
	fl, sl := first.Lemma, second.Lemma
	if fl == "" {
		fl = first.Text
	}
	if sl == "" {
		sl = second.Text
	}
	if sl == second.Text && s >= 0 {
		if _, to := r.a.SpanTokens(s, second.Start, second.End); to > 0 {
			tag := r.a.Sentences[s].Tokens[to-1].Tag
			if tag == "" || strings.Contains(tag, "v_naz") { // untagged text is taken as it stands
				fl = first.Text
			}
		}
	}
	return fl + " " + sl
}

// tailKeyOf returns the alias key of the last word of name n when it is
// a country's name (Росії of Міністерство оборони Росії, РФ of
// Міноборони РФ) and the name has words before it, or "".
func (r *Result) tailKeyOf(n pending) string {
	if r.aliases == nil || n.sent < 0 || !strings.Contains(n.span.Text, " ") {
		return ""
	}
	_, to := r.a.SpanTokens(n.sent, n.span.Start, n.span.End)
	if to < 1 {
		return ""
	}
	t := &r.a.Sentences[n.sent].Tokens[to-1]
	if c, _ := utf8.DecodeRuneInString(t.Text); !scan.IsUpper(c) {
		return ""
	}
	if k, ok := r.aliases.Canonical(t.Lemma); ok && t.Lemma != "" && !strings.HasPrefix(k, "#") {
		return k
	}
	if k, ok := r.aliases.Canonical(t.Text); ok && !strings.HasPrefix(k, "#") {
		return k
	}
	if ac, ok := r.aliases.(acronymAliases); ok && isAcronym(t.Text) {
		if k, ok := ac.Acronym(t.Text); ok {
			return k
		}
	}
	return ""
}

// findByTail links an organisation's name to the one organisation named
// before by its acronym or a shortening of it (findAcronym), when their
// tails are different names of one country: Міноборони РФ and
// Міністерство оборони Росії, МЗС РФ and Міністерство закордонних справ
// Російської Федерації. key is the alias key of lemma's last word.
func (r *Result) findByTail(lemma, key string) int {
	found := -1
	short := withTail(lemma, key)
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "ORG" || r.tailKey[i] != key {
			continue
		}
		long := withTail(e.Name, key)
		if acronymOf(short, long) || acronymOf(long, short) || syllabicOf(short, long) || syllabicOf(long, short) {
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	return found
}

// withTail returns name with its last word put as the country key,
// written as a capitalised word, so that two names of one country compare as
// one word.
func withTail(name, key string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return name
	}
	return name[:i+1] + "Ключ" + key
}

// bracketed reports whether span sp is an acronym of one word standing
// in brackets right after code point end, where the name before it ends:
// "(ICAO)", "(МАГАТЕ)".
func (r *Result) bracketed(end int, sp vistka.Span) bool {
	if strings.ContainsAny(sp.Text, " -") || !isAcronym(sp.Text) || sp.End >= len(r.text) || r.text[sp.End] != ')' {
		return false
	}
	return end >= 0 && end <= sp.Start && strings.TrimSpace(string(r.text[end:sp.Start])) == "("
}

// brandBracketed reports whether span sp, one word, stands in quotation
// marks in brackets right after code point end, where the name before it
// ends (or its closing quotation mark): "… «Українська залізниця»
// («Укрзалізниця»)".
func (r *Result) brandBracketed(end int, sp vistka.Span) bool {
	if end < 0 || end > sp.Start || sp.End+2 > len(r.text) || strings.ContainsAny(sp.Text, " ") {
		return false
	}
	before := strings.Join(strings.Fields(string(r.text[end:sp.Start])), "")
	return (before == "(«" || before == "»(«") && string(r.text[sp.End:sp.End+2]) == "»)"
}

// contractionFits reports whether a one-word name is made of the first
// letters, two or more, of two or more words of name in their order:
// Укрзалізниця of ПрАТ «Українська залізниця» (укр + залізниця). Case
// and marks do not count.
func contractionFits(short, name string) bool {
	s := []rune(scan.ToLower(short))
	var words [][]rune
	for _, w := range scan.Fields(scan.ToLower(name)) {
		w = strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) })
		if w != "" {
			words = append(words, []rune(w))
		}
	}
	// fits reports whether s[si:] is made of prefixes of words[wi:] in
	// their order, pieces being the prefixes s[:si] was made of
	var fits func(si, wi, pieces int) bool
	fits = func(si, wi, pieces int) bool {
		if si == len(s) {
			return pieces >= 2
		}
		for w := wi; w < len(words); w++ {
			for n := min(len(words[w]), len(s)-si); n >= 2; n-- {
				if slices.Equal(words[w][:n], s[si:si+n]) && fits(si+n, w+1, pieces+1) {
					return true
				}
			}
		}
		return false
	}
	return len(s) >= 4 && fits(0, 0, 0)
}

// bracketedAfter returns the entity an acronym named before when the
// acronym stands in brackets right after the name sp (base form lemma),
// next being the span after it: "МАГАТЕ …, Міжнародного агентства з
// атомної енергії (МАГАТЕ)". It returns -1 when next is no such acronym
// or named no entity yet.
func (r *Result) bracketedAfter(sp vistka.Span, lemma string, next vistka.Span) int {
	if next.Type == "PERS" || !r.bracketed(sp.End, next) || !initialFits(next.Text, lemma) {
		return -1
	}
	acr := next.Lemma
	if acr == "" {
		acr = next.Text
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		if !placeOrBody(e.Type, sp.Type) || !placeOrBody(e.Type, next.Type) {
			continue
		}
		if slices.ContainsFunc(e.Mentions, func(m vistka.Mention) bool { return m.Lemma == acr && m.Kind == "name" }) {
			return i
		}
	}
	return -1
}

// translated reports whether span sp stands alone in brackets right after
// code point end, where the name before it ends (or its closing quotation
// mark), and is written in the other script (Cyrillic or Latin) than that name: "Uniwersytet
// Rzeszowski (Жешувський університет)", "Запорізька АЕС (Zaporizhzhia
// NPP)". A translation has as many words as name, the name before; an
// acronym is bracketed's. A channel and its programme in brackets in
// the other script (ICTV (Ділові факти)) differ in their words.
func (r *Result) translated(end int, sp vistka.Span, name string) bool {
	if end <= 0 || end > sp.Start || sp.End >= len(r.text) || r.text[sp.End] != ')' ||
		strings.Trim(string(r.text[end:sp.Start]), " »”\"") != "(" || isAcronym(sp.Text) ||
		countNameWords(sp.Text) != countNameWords(name) {
		return false
	}
	k := end - 1
	for k > 0 && !unicode.IsLetter(r.text[k]) {
		k--
	}
	return unicode.IsLetter(r.text[k]) && unicode.Is(unicode.Cyrillic, r.text[k]) != cyrillicName(sp.Text)
}

// cyrillicName reports whether a name opens with a Cyrillic letter.
func cyrillicName(name string) bool {
	return unicode.Is(unicode.Cyrillic, firstRune(name))
}

// foreignAcronym reports whether the acronym sp, in brackets right after
// the name of body e, may be e's acronym of another language's name in
// Ukrainian letters: Дитячий фонд ООН (ЮНІСЕФ). Both are bodies, the name
// has two words or more, and the acronym three letters or more (УПЦ (МП)
// adds the church's patriarchate to the church, not to a monastery
// before it).
func foreignAcronym(sp vistka.Span, e vistka.Entity) bool {
	return sp.Type == "ORG" && e.Type == "ORG" && strings.Contains(e.Name, " ") && scan.RuneCount(sp.Text) >= 3
}

// initialFits reports whether an acronym may stand for name by its first
// letter: a Cyrillic acronym opens with the name's first letter (ОАЕ,
// Об'єднані Арабські Емірати); a Latin one may spell another language's
// name (ICAO).
func initialFits(acronym, name string) bool {
	a, n := firstRune(acronym), firstRune(name)
	if !unicode.Is(unicode.Cyrillic, a) {
		return true
	}
	return unicode.ToLower(a) == unicode.ToLower(n)
}

// subjectWord reports whether the span n is one word in the nominative
// with no preposition before it.
// romanNumber reports whether a name is made of Roman numerals alone,
// with the dashes and spaces of a range: "V - VI", "XIX".
func romanNumber(name string) bool {
	digits := false
	for _, c := range name {
		switch {
		case strings.ContainsRune("IVXLCDM", c):
			digits = true
		case c == ' ' || c == '-' || c == '–' || c == '—':
		default:
			return false
		}
	}
	return digits
}

func subjectWord(a *vistka.Analysis, n pending) bool {
	if n.sent < 0 || strings.Contains(n.span.Text, " ") {
		return false
	}
	from, to := a.SpanTokens(n.sent, n.span.Start, n.span.End)
	if to != from+1 {
		return false
	}
	toks := a.Sentences[n.sent].Tokens
	if from > 0 && strings.HasPrefix(toks[from-1].Tag, "prep") {
		return false
	}
	if strings.Contains(toks[from].Tag, "v_naz") {
		return true
	}
	// An indeclinable word takes its case from the words around it:
	// "Сама Ковентрі заявила".
	return strings.Contains(toks[from].Tag, ":nv") &&
		(from == 0 || toks[from-1].Kind == vistka.Punct || strings.HasPrefix(toks[from-1].Tag, "adj") && strings.Contains(toks[from-1].Tag, "v_naz"))
}

// commonRoleWord reports whether span sp of sentence s is one word that
// the tagger reads as a common noun (no proper name) naming a position:
// президент, міністр, but not the surname Голова the tagger reads as one.
func commonRoleWord(a *vistka.Analysis, sp vistka.Span, s int) bool {
	// (a.SpanTokens by a search from the span's start: the tokens are
	// in order, and none starting after its end lies in it)
	toks := a.Sentences[s].Tokens
	from := sort.Search(len(toks), func(k int) bool { return toks[k].RStart >= sp.Start })
	n := 0
	for k := from; k < len(toks) && toks[k].RStart <= sp.End && n < 2; k++ {
		if toks[k].REnd <= sp.End {
			if n == 0 {
				from = k
			}
			n++
		}
	}
	if n != 1 {
		return false
	}
	t := &toks[from]
	// (a rank too: "Генерал вручив бійцям нагороди")
	return strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":prop") && (isRoleWord(t.Lemma) || ner.MilitaryRank(scan.ToLower(t.Lemma)))
}

// quotedSpan reports whether span sp of sentence s opens right after a
// quote mark: «Лідер», a name in quotes however common its word.
func quotedSpan(a *vistka.Analysis, sp vistka.Span, s int) bool {
	if s < 0 {
		return false
	}
	toks := a.Sentences[s].Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].RStart >= sp.Start })
	return k > 0 && quoteMark(toks[k-1].Text)
}

// titleBeforeName reports whether an organisation or place span is really a title
// standing before a person's name: it opens with a role word (президент,
// міністр) and the name follows with only a space between.
func titleBeforeName(sp, next vistka.Span) bool {
	if next.Type != "PERS" || next.Start-sp.End > 1 {
		return false
	}
	name := sp.Lemma
	if name == "" {
		name = sp.Text
	}
	// The role word may follow an adjective: "Міський голова Києва".
	words := scan.Fields(scan.ToLower(name))
	for k, w := range words {
		if k > 1 {
			break
		}
		if roleWords[w] || headsOfState[w] {
			return true
		}
	}
	return false
}

// listedManGenitive returns the tagger's base form of the one-word
// person's name n when it is a man's surname in the genitive listed with
// another such surname next to it ("фірм Котлярова, Остапенка і
// Кондратюка"): read so, "Котлярова" is Котляров, no woman of the
// document. It returns "" for any other name.
func listedManGenitive(a *vistka.Analysis, n pending) string {
	if n.span.Type != "PERS" || n.sent < 0 || n.sent >= len(a.Sentences) {
		return ""
	}
	toks := a.Sentences[n.sent].Tokens
	k := -1
	for j := range toks {
		if toks[j].RStart >= n.span.Start && toks[j].REnd <= n.span.End && toks[j].Kind == vistka.Word {
			if k >= 0 {
				return "" // a full name tells its gender by its first name
			}
			k = j
		}
	}
	manGen := func(j int) bool {
		return j >= 0 && j < len(toks) && strings.Contains(toks[j].Tag, "noun:anim:m:v_rod") && strings.Contains(toks[j].Tag, ":lname")
	}
	joins := func(j int) bool {
		if j < 0 || j >= len(toks) {
			return false
		}
		switch scan.ToLower(toks[j].Text) {
		case ",", "і", "й", "та":
			return true
		}
		return false
	}
	if k < 0 || !manGen(k) || toks[k].Lemma == "" || !(joins(k-1) && manGen(k-2) || joins(k+1) && manGen(k+2)) {
		return ""
	}
	return toks[k].Lemma
}

// typedKey appends the key of the index maps for a name of type typ: typ,
// sep (0 for a name in lower case, 1 for an alias key, 2 for a company's
// name without its legal form) and name.
func typedKey(dst []byte, typ string, sep byte, name string) []byte {
	return append(append(append(dst, typ...), sep), name...)
}

// find returns the entity a new name of type typ with base form lemma
// (low in lower case, and alias key, when it has one) belongs to, or -1.
func (r *Result) find(typ string, f *nameFacts, low, key string) int {
	lemma := f.name
	found := -1
	var kb [128]byte // the keys are looked up in it, not made strings
	if i, ok := r.idx.byName[string(typedKey(kb[:0], typ, 0, low))]; ok {
		found = i
	}
	if key != "" {
		if i, ok := r.idx.byName[string(typedKey(kb[:0], typ, 1, key))]; ok && (found < 0 || i < found) {
			found = i
		}
	}
	if found >= 0 {
		return found
	}
	if (typ == "LOC" || typ == "ORG" || typ == "MISC") && typeFree(lemma) {
		// "General Electric" read once as a place and once as a body:
		// a name in Latin letters gives the tagger little to tell its
		// type by, and one such name in one text is one entity
		found := -1
		for _, other := range [...]string{"LOC", "ORG", "MISC"} {
			if other == typ {
				continue
			}
			if i, ok := r.idx.byName[string(typedKey(kb[:0], other, 0, low))]; ok {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
		if found >= 0 {
			return found
		}
	}
	if key != "" && (typ == "LOC" || typ == "ORG") {
		// A country the tagger took once for a place and once for a
		// body (Росія, Російській Федерації) is one country.
		other := "ORG"
		if typ == "ORG" {
			other = "LOC"
		}
		if i, ok := r.idx.byName[string(typedKey(kb[:0], other, 1, key))]; ok {
			return i
		}
	}
	if (typ == "LOC" || typ == "ORG") && placeKindName(low) {
		// A district the tagger took once for a place and once for a
		// body (Козельщинського району) is one district.
		other := "ORG"
		if typ == "ORG" {
			other = "LOC"
		}
		if i, ok := r.idx.byName[string(typedKey(kb[:0], other, 0, low))]; ok {
			return i
		}
	}
	switch typ {
	case "PERS":
		if i := r.findPerson(lemma); i >= 0 {
			return i
		}
		if i := r.findInflectedSurname(lemma); i >= 0 {
			return i
		}
		// A first name alone (Дякую Емманюелю) for the one person of the
		// document who has it.
		if !strings.Contains(lemma, " ") {
			if ids := r.idx.byFirst[low]; len(ids) == 1 {
				return ids[0]
			}
			return -1
		}
		// A name used alone before the full name that opens with it
		// (Прабово, then Прабово Субіянто; Дегтярьова, then Дегтярьова
		// Тетяна Анатоліївна).
		if first, _, _ := strings.Cut(low, " "); first != "" {
			if i, ok := r.idx.byName[string(typedKey(kb[:0], "PERS", 0, first))]; ok && !strings.Contains(r.Entities[i].Name, " ") {
				return i
			}
		}
		return -1
	case "LOC":
		if i := r.findVowelVariant(typ, lemma, low); i >= 0 {
			return i
		}
		if i := r.findAcronym(typ, f); i >= 0 {
			return i
		}
		// A body's acronym tagged as a place (СОТ, after Світова
		// організація торгівлі) is the body.
		if !strings.Contains(lemma, " ") && isAcronym(lemma) {
			return r.findAcronym("ORG", f)
		}
		// A union's full or clipped name tagged as a place after its
		// acronym tagged as a body (ЄС, then Європейський Союз or
		// Євросоюз) is the union.
		if !strings.Contains(lemma, " ") && !clippedStart(lemma) {
			return -1 // (most places: a one-word name no acronym is made of)
		}
		if j := r.findAcronym("ORG", f); j >= 0 && isAcronym(r.Entities[j].Name) {
			return j
		}
		return -1
	case "ORG", "MISC":
		i := r.findAcronym(typ, f)
		if i < 0 && typ == "ORG" && strings.Contains(lemma, " ") {
			// The body's full name after its acronym tagged as a place.
			if j := r.findAcronym("LOC", f); j >= 0 && isAcronym(r.Entities[j].Name) {
				return j
			}
		}
		if i < 0 && typ == "ORG" && isAcronym(lemma) {
			// The acronym tagged as a body after the full or clipped
			// name tagged as a place (Європейський Союз or Євросоюз,
			// then ЄС).
			if j := r.findAcronym("LOC", f); j >= 0 && !isAcronym(r.Entities[j].Name) {
				return j
			}
		}
		if i < 0 && typ == "ORG" && strings.Contains(lemma, " ") {
			i = r.findFirstField(lemma)
		}
		return i
	}
	return -1
}

// findFirstField finds the one body named so far whose name is lemma, a
// body's name of two words or more, and more fields after та or і: a
// body named by the first of its fields (Служба відновлення, after
// Служба відновлення та розвитку інфраструктури; Міністерство освіти,
// after Міністерство освіти і науки України). A body's noun after the
// conjunction (Український інститут і фонд, a span run on) is no field;
// two such bodies make the short name no one's.
func (r *Result) findFirstField(lemma string) int {
	found := -1
	for j := range r.Entities {
		e := &r.Entities[j]
		if e.Type != "ORG" || len(e.Name) <= len(lemma)+4 || !strings.HasPrefix(e.Name, lemma) {
			continue
		}
		if rest := e.Name[len(lemma):]; strings.HasPrefix(rest, " та ") || strings.HasPrefix(rest, " і ") {
			if w, _, _ := strings.Cut(rest[strings.IndexByte(rest[1:], ' ')+2:], " "); gazetteer.Lookup(w)&gazetteer.OrgNoun != 0 {
				continue // "Український інститут і фонд": a second body, no field
			}
			if found >= 0 {
				return -1
			}
			found = j
		}
	}
	return found
}

// findVowelVariant finds a one-word place whose base form differs from
// lemma by a final а or я only: a town the lexicon does not know is
// brought to "Констанца" from "Констанци" but to "Констанц" from
// "Констанці", and both are one town.
// low is lemma in lower case; the keys of the variants are made on the
// stack.
func (r *Result) findVowelVariant(typ, lemma, low string) int {
	if strings.ContainsAny(lemma, " -") || scan.RuneCount(lemma) < 4 {
		return -1
	}
	var kb [128]byte
	k := typedKey(kb[:0], typ, 0, low)
	n := len(k)
	for _, v := range [...]string{"а", "я"} {
		if i, ok := r.idx.byName[string(append(k[:n], v...))]; ok {
			return i
		}
	}
	if strings.HasSuffix(low, "а") || strings.HasSuffix(low, "я") {
		if i, ok := r.idx.byName[string(k[:n-len("а")])]; ok {
			return i
		}
	}
	return -1
}

// nameParts reads, from the tokens of a place or organisation name, the
// name without its capitalised genitive tail, longest first (Кабінет
// Міністрів and Кабінет of Кабінет Міністрів України; none when there is
// no tail), and its head noun (Кабінет), none when an abbreviation opens
// a name that goes on (ДТЕК Дніпровські електромережі). Both are taken
// from the base form, word for word.
func nameParts(a *vistka.Analysis, n pending, lemma string) (cores []string, head string) {
	if n.sent < 0 || (n.span.Type != "ORG" && n.span.Type != "LOC") {
		return nil, ""
	}
	from, to := a.SpanTokens(n.sent, n.span.Start, n.span.End)
	toks := a.Sentences[n.sent].Tokens[from:to]
	if inner, ok := legalInner(lemma); ok && len(toks) > 3 && toks[1].Text == "«" && toks[len(toks)-1].Text == "»" {
		// НАК «Нафтогаз України»: the parts of the quoted name, which
		// the company is called by (Нафтогаз)
		toks, lemma = toks[2:len(toks)-1], inner
	}
	if c := strings.IndexByte(lemma, ','); c > 0 && n.span.Type == "ORG" {
		// A body's name holding a comma is called by its words before
		// the comma and their head: Національна комісія, що здійснює
		// державне регулювання у сферах енергетики … (Національна
		// комісія, Комісія); Міністерство регіонального розвитку,
		// будівництва та … (Міністерство). (Split at the comma, the
		// name's words would no longer match the tokens one to one.)
		k := slices.IndexFunc(toks, func(t vistka.Token) bool { return t.Text == "," })
		if k <= 0 {
			return nil, ""
		}
		toks, lemma = toks[:k], strings.TrimSpace(lemma[:c])
		cores = append(cores, lemma)
	}
	var lb [8]string
	lw := scan.AppendFields(lb[:0], lemma)
	if len(toks) == 0 || len(lw) != len(toks) {
		return nil, ""
	}
	t := len(toks)
	for t > 1 && genitiveName(&toks[t-1]) && !genitiveName(&toks[0]) {
		t--
		cores = append(cores, strings.Join(lw[:t], " "))
	}
	if n.span.Type == "ORG" && t >= 3 && nationAdj(&toks[0]) && strings.HasPrefix(toks[1].Tag, "adj") && scan.IsUpper(firstRune(toks[1].Text)) {
		// Український Червоний Хрест, Українська Православна Церква: a
		// country's adjective before a name of its own, which names the
		// same body when only one such body is named
		cores = append(cores, strings.Join(lw[1:t], " "))
	}
	for k := 0; k < t; k++ {
		if strings.HasPrefix(toks[k].Tag, "noun") {
			head = lw[k]
			break
		}
	}
	if t > 1 && allCaps(toks[0].Text) {
		// ДТЕК Дніпровські електромережі: a company's subsidiary, with
		// a name of its own after the parent's abbreviation; ДТЕК alone
		// is the parent.
		head = ""
	}
	return cores, head
}

// nationAdj reports an adjective made from a place's or a nation's name
// (Український, Британський): it ends in -ський, -цький or -зький.
func nationAdj(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "adj") && townAdjective(t.Lemma)
}

// allCaps reports whether w is an abbreviation in capitals of two letters
// or more (ДТЕК).
func allCaps(w string) bool {
	// strings.ToUpper(w) == w and strings.ToLower(w) != w, rune by rune
	// and with no strings made: no rune changes in upper case (and none
	// is an invalid byte, which both would change), and one does in lower
	// case.
	n, cased := 0, false
	for i := 0; i < len(w); n++ {
		c, size := utf8.DecodeRuneInString(w[i:])
		if c == utf8.RuneError && size == 1 || unicode.ToUpper(c) != c {
			return false
		}
		cased = cased || scan.Lower(c) != c
		i += size
	}
	return n > 1 && cased
}

// genitiveName reports a capitalised word in the genitive, or an
// indeclinable abbreviation: the name tail of "Рада ЄС", "Уряд України".
func genitiveName(t *vistka.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !scan.IsUpper(r) {
		return false
	}
	return strings.Contains(t.Tag, "v_rod") || strings.Contains(t.Tag, ":nv") && strings.Contains(t.Tag, "abbr")
}

// findPart links organisation and place names that differ by a name tail
// or stand for one another by their head, when only one entity fits:
// Верховна Рада України and Верховна Рада either way round, and Рада for
// the one organisation whose head is рада. low is lemma in lower case.
func (r *Result) findPart(typ, lemma, low string, cores []string, head string) int {
	one := func(ids []int) int {
		if len(ids) == 1 {
			return ids[0]
		}
		return -1
	}
	var kb [128]byte // the keys, lower-cased on the stack
	apart := lemma
	if inner, ok := legalInner(lemma); ok {
		// НАК «Нафтогаз України» after Нафтогаз: the quoted name is
		// what the words compare with, not the legal form and marks
		apart = inner
	}
	for _, core := range cores {
		if i, ok := r.idx.byName[string(scan.AppendLower(append(append(kb[:0], typ...), 0), core))]; ok {
			if setApart(r.Entities[i].Name, apart) {
				continue
			}
			return i
		}
	}
	if i := one(r.idx.byCore[string(typedKey(kb[:0], typ, 0, low))]); i >= 0 {
		return i
	}
	if typ != "ORG" {
		return -1
	}
	if !strings.Contains(lemma, " ") {
		return one(r.idx.byHead[string(typedKey(kb[:0], typ, 0, low))])
	}
	if head != "" {
		k := scan.AppendLower(append(append(kb[:0], typ...), 0), head)
		if i, ok := r.idx.byName[string(k)]; ok && len(r.idx.byHead[string(k)]) <= 1 && !setApart(r.Entities[i].Name, lemma) {
			return i
		}
	}
	return -1
}

// setApart reports whether a new name, lemma, and name, that of the
// entity found by a part of lemma, each have a word the other lacks: Рада
// Європи after a Рада that became the Верховна Рада, Запорізька АЕС after
// Рівненська АЕС, are other bodies; Рада ЄС after Рада, Харківське
// відділення АМКУ after Харківське територіальне відділення АМКУ are not.
func setApart(name, lemma string) bool {
	nw, lw := nameWords(scan.ToLower(name)), nameWords(scan.ToLower(lemma))
	missing := func(ws, in []string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(in, w) })
	}
	return missing(nw, lw) && missing(lw, nw)
}

// findInflectedSurname links a surname alone that kept a case ending the
// base forms could not take off (a foreign name: "зустріч Вадефуля" after
// Йоганн Вадефуль) to the one person with a full name whose surname it is
// with a case ending: -а/-я, -у/-ю, -ом/-ем, -ові/-еві, -і, after a hard
// stem, a soft sign or й. It returns -1 for a name of more words, none or
// two such persons.
func (r *Result) findInflectedSurname(lemma string) int {
	if strings.ContainsAny(lemma, " -.") {
		return -1
	}
	low := scan.ToLower(lemma)
	found := -1
	for _, end := range [...]string{"ові", "еві", "ом", "ем", "а", "я", "у", "ю", "і"} {
		base, ok := strings.CutSuffix(low, end)
		if !ok || scan.RuneCount(base) < 3 {
			continue
		}
		for _, stem := range [...]string{base, base + "ь", base + "й"} {
			for _, i := range r.idx.byLast[stem] {
				if ew := scan.Fields(r.Entities[i].Name); len(ew) < 2 || scan.ToLower(ew[len(ew)-1]) != stem {
					continue
				}
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// findPerson links a surname alone to the one person whose full name ends
// with it, and a full name to the one surname-only person it completes.
// Two candidates mean the name is ambiguous: it is kept apart.
// writtenBefore returns the entity of type typ with a name mention
// written exactly as text, and that mention's base form; -1 when none.
func (r *Result) writtenBefore(typ, text string) (int, string) {
	for i := range r.Entities {
		if r.Entities[i].Type != typ {
			continue
		}
		for _, m := range r.Entities[i].Mentions {
			if m.Kind == "name" && m.Text == text {
				return i, m.Lemma
			}
		}
	}
	return -1, ""
}

// taggerLemma reports whether the last word of base form name is the
// lemma the tagger gives the last word of n, in any letter case.
func (r *Result) taggerLemma(n pending, name string) bool {
	if n.sent < 0 {
		return false
	}
	f, t := r.a.SpanTokens(n.sent, n.span.Start, n.span.End)
	if t <= f {
		return false
	}
	return scan.EqualFold(r.a.Sentences[n.sent].Tokens[t-1].Lemma, scan.LastField(name))
}

// keptOnce reports whether entity i has one name mention only whose
// base form is form, the text as written.
func (r *Result) keptOnce(i int, form string) bool {
	n := 0
	for _, m := range r.Entities[i].Mentions {
		if m.Kind == "name" && m.Lemma == form {
			n++
		}
	}
	return n == 1
}

func (r *Result) findPerson(lemma string) int {
	var buf [64]byte // lastWord(lemma) on the stack
	ids := r.idx.byLast[string(scan.AppendLower(buf[:0], scan.LastField(lemma)))]
	head := compoundHead(lemma)
	if head != "" {
		// "Лула … Луїс Інасіу Лула да Сілва": the first part of a
		// double surname named alone before
		ids = append(ids[:len(ids):len(ids)], r.idx.byLast[scan.ToLower(head)]...)
	}
	if len(ids) == 0 {
		return -1 // (most new names: no words made)
	}
	words := withoutParticles(withoutDots(scan.Fields(lemma)))
	found := -1
	for _, i := range ids {
		e := &r.Entities[i]
		ew := withoutParticles(withoutDots(scan.Fields(e.Name)))
		if len(ew) == 0 || len(words) == 0 {
			continue
		}
		match := false
		switch {
		case len(words) == 1 && len(ew) > 1:
			match = strings.EqualFold(ew[len(ew)-1], words[0]) || strings.EqualFold(compoundHead(e.Name), words[0])
		case len(words) > 1 && len(ew) == 1:
			match = strings.EqualFold(words[len(words)-1], ew[0]) || head != "" && strings.EqualFold(head, ew[0])
		case len(words) > 1 && len(ew) > 1:
			// Initials: Е. Блінкен and Ентоні Блінкен; the same first
			// name with a patronymic or without: Давид Нерівний and
			// Давид Васильович Нерівний, Д. В. Нерівний.
			match = strings.EqualFold(words[len(words)-1], ew[len(ew)-1]) &&
				(initialsAgree(words[0], ew[0]) || strings.EqualFold(words[0], ew[0])) && middleAgrees(words, ew)
		}
		if match {
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	return found
}

// compoundHead returns the first part of a Portuguese or Spanish
// double surname, the word before the particle that joins it to the
// last (Лула of Луїс Інасіу Лула да Сілва, as news calls him), or "".
// (Not фон or ван: the word before them is a first name.)
func compoundHead(name string) string {
	if !strings.Contains(name, " д") {
		return "" // (most names: no particle to look for)
	}
	var fb [8]string
	f := scan.AppendFields(fb[:0], name)
	if len(f) < 4 {
		return ""
	}
	switch f[len(f)-2] {
	case "да", "де", "дос", "ду", "даш", "дас":
		return f[len(f)-3]
	}
	return ""
}

// withoutParticles drops the particles of a surname (фон дер Ляєн, де
// Голль, ван Бастен), however written, so that "Фон дер Ляєн" opening a
// sentence is the surname alone.
func withoutParticles(words []string) []string {
	out := words[:0:0]
	for i, w := range words {
		// A capitalised one is a particle only before another particle
		// (Фон дер Ляєн); Ван of Ван І is a name.
		if isParticle(w) && (w == scan.ToLower(w) || i+1 < len(words) && isParticle(words[i+1])) {
			continue
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return words
	}
	return out
}

func isParticle(w string) bool {
	if len(w) > len("дель") {
		return false // (no longer in lower case: its letters are Cyrillic, two bytes in either case)
	}
	var buf [16]byte // lower-cased on the stack: no string made
	switch string(scan.AppendLower(buf[:0], w)) {
	case "фон", "дер", "де", "ван", "ді", "да", "ла", "ле", "аль", "бін", "ібн", "цу", "дю", "дель":
		return true
	}
	return false
}

func initialsAgree(a, b string) bool {
	ra, na := utf8.DecodeRuneInString(a)
	rb, nb := utf8.DecodeRuneInString(b)
	if ra != rb {
		return false
	}
	return strings.HasSuffix(a, ".") || strings.HasSuffix(b, ".") || na == len(a) || nb == len(b)
}

// middleAgrees reports whether the words between the first name and the
// surname of two names of one person agree where both have them: a
// patronymic and its initial (Васильович, В.); a name without them agrees.
func middleAgrees(a, b []string) bool {
	if len(a) < 3 || len(b) < 3 {
		return true
	}
	return initialsAgree(a[1], b[1]) || strings.EqualFold(a[1], b[1])
}

// withoutDots drops the full stops that tokenized text writes apart from
// an initial ("О . Саранчин").
func withoutDots(words []string) []string {
	if !slices.Contains(words, ".") {
		return words
	}
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool { return w == "." })
}

// findAcronym links an acronym (НБУ, МЗС України) to a longer name whose
// initials spell it (Національний банк України, Міністерство закордонних
// справ України), either way round. f is the facts of the new name; the
// loops over all entities of the type test the facts of both names
// before the names themselves, and most pairs fail there.
func (r *Result) findAcronym(typ string, f *nameFacts) int {
	lemma := f.name
	found := -1
	var kb [64]byte // typ+k, looked up without a string made
	for _, k := range f.acronymKeys() {
		for _, i := range r.idx.byAcronym[string(append(append(kb[:0], typ...), k...))] {
			e := &r.Entities[i]
			if !(f.mayBeShort() && (acronymOf(lemma, e.Name) || acronymOf(lemma, innerName(e.Name))) ||
				r.facts[i].mayBeShort() && acronymOf(e.Name, lemma)) {
				continue
			}
			if typ == "ORG" && len(r.sharedOf()) > 0 && (r.shared[bareAcronym(lemma)] || r.shared[bareAcronym(e.Name)]) {
				continue // (asked of the pairs that match only: most documents need no shared acronyms)
			}
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	if found >= 0 || len(r.Entities) > 500 {
		return found
	}
	// ВАКС for Вищий антикорупційний суд: one word gives two letters.
	// Whether lemma can be either side is asked once, not once a pair
	// (see compoundAcronym).
	f.shape()
	short := !f.spaced && f.capitals >= 3
	long := f.words >= 2
	if short || long {
		for i := range r.Entities {
			e := &r.Entities[i]
			if e.Type != typ {
				continue
			}
			// (the acronym's first letter is the first word's)
			if ef := r.facts[i].shape(); ef.initial == f.initial && (short && ef.words == f.capitals-1 && compoundAcronym(lemma, e.Name) ||
				long && !ef.spaced && ef.capitals == f.words+1 && compoundAcronym(e.Name, lemma) ||
				long && ef.spaced && (spelledCompound(e.Name, lemma) || spelledCompound(lemma, e.Name))) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	if found >= 0 {
		return found
	}
	// ЄК for Єврокомісія, ЄС for Євросоюз, Євросоюз for Європейський
	// Союз, either way round; a union the tagger took once for a place
	// and once for a body is one union.
	one := !f.spaced
	if clip := one && clippedStart(lemma); one && (f.capitals == 2 || f.capitals == 3 || clip) {
		for i := range r.Entities {
			e := &r.Entities[i]
			if !placeOrBody(e.Type, typ) {
				continue
			}
			if clippedAcronym(lemma, e.Name) || clippedAcronym(e.Name, lemma) || clip && r.facts[i].shape().unclipped && clippedFull(lemma, e.Name) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	} else if f.words == 2 && f.unclipped {
		// (the full name after the clipped one: only one-word names
		// can be that)
		for i := range r.Entities {
			e := &r.Entities[i]
			if placeOrBody(e.Type, typ) && strings.IndexByte(e.Name, ' ') < 0 && clippedFull(e.Name, lemma) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	if found >= 0 || typ != "ORG" {
		return found
	}
	// Мін'юст for Міністерство юстиції, МінЖКГ for Міністерство ЖКГ,
	// either way round.
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != typ {
			continue
		}
		if ef := r.facts[i].shape(); f.syllabicOf(ef) && syllabicOf(lemma, e.Name) || ef.syllabicOf(f) && syllabicOf(e.Name, lemma) ||
			f.clipped && clippedHead(lemma, e.Name) || ef.clipped && clippedHead(e.Name, lemma) {
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	return found
}

// nameFacts are what findAcronym asks of a name, worked out once a name
// (a mention's base form, an entity's name) and not once a look-up or a
// pair of names, and only when asked for: most names are found, or
// filed, with no need of them.
type nameFacts struct {
	name string
	// keys: acronymKeys(name), the first nkeys of them once asked for
	// (nkeys < 0 before); short: the name may be acronymOf's short
	// (appendKeys), known with them; spill: all the keys when there are
	// more than keys holds.
	keys  [3]string
	nkeys int
	spill []string
	short bool
	// The rest, what the tests of a pair of names ask of each first,
	// is set by shape.
	shaped          bool
	words, capitals int  // countNameWords(name), scan.Capitals(name)
	spaced          bool // the name holds a space
	initial         rune // the first letter of its first word in lower case (compoundAcronym's first)
	// compound: the first word may be the compound that syllabicOf
	// reads as short (six letters or more, no acronym); start holds
	// its first three letters as sameStart compares them, -1 past its
	// end, for a compound or a name with a space (the only names
	// syllabicOf compares).
	compound bool
	start    [3]rune
	clipped  bool // the name may be the short of clippedHead (clippedAt)
	// unclipped: the name may be the full name of clippedFull, a space
	// in it and one of clippedAdjectives first (clippedAdjStart).
	unclipped bool
}

// factsOf returns the facts of name, none of them worked out yet.
func factsOf(name string) nameFacts { return nameFacts{name: name, nkeys: -1} }

// acronymKeys returns acronymKeys(f.name), made on the first call.
func (f *nameFacts) acronymKeys() []string {
	if f.nkeys < 0 {
		var keys []string
		keys, f.short = appendKeys(f.keys[:0], f.name)
		f.nkeys = len(keys)
		if f.nkeys > len(f.keys) {
			// A long name's keys outgrow the array (rare): made again
			// from nil, so that f.spill never points into f (which would
			// move every name's facts to the heap).
			f.spill, _ = appendKeys(nil, f.name)
		}
	}
	if f.spill != nil {
		return f.spill
	}
	return f.keys[:f.nkeys]
}

// mayBeShort reports whether the name may be the short name of acronymOf.
func (f *nameFacts) mayBeShort() bool {
	f.acronymKeys()
	return f.short
}

// shape works out the facts of a pair's tests on the first call, and
// returns f.
func (f *nameFacts) shape() *nameFacts {
	if !f.shaped {
		f.reshape()
	}
	return f
}

// reshape works out the facts shape returns.
func (f *nameFacts) reshape() {
	f.shaped = true
	f.words, f.capitals = countNameWords(f.name), scan.Capitals(f.name)
	f.spaced, f.clipped = strings.IndexByte(f.name, ' ') >= 0, clippedAt(f.name) > 0
	f.unclipped = f.spaced && clippedAdjStart(f.name)
	first := firstNameWord(f.name)
	c, _ := scan.DecodeRune(first)
	f.initial = scan.Lower(c)
	f.compound = scan.RuneCount(first) >= 6 && !isAcronym(first)
	if f.compound || f.spaced { // (else no syllabicOf asks for it)
		for k := range f.start {
			f.start[k], first = nextLetter(first)
		}
	}
}

// syllabicOf reports what syllabicOf(f.name, long.name) needs of the two
// names' facts: a compound in f's first word, a long name of more than
// one word and more words than f's (two or more for the compound, and
// f's others), and the first three letters of both first words the same.
func (f *nameFacts) syllabicOf(long *nameFacts) bool {
	return f.compound && long.spaced && long.words > f.words && f.start == long.start
}

// syllabicOf reports whether short opens with a word made of the
// beginnings of long's words, at least three letters of each, and ends
// with long's name tail, if any: Мін'юст for Міністерство юстиції,
// Генштаб ЗСУ and Генштаб for Генеральний штаб ЗСУ, Міноборони for
// Міністерство оборони Росії.
func syllabicOf(short, long string) bool {
	// Most pairs fail on their first words, before any word is made.
	if first := firstNameWord(short); scan.RuneCount(first) < 6 || isAcronym(first) || !strings.Contains(long, " ") ||
		!sameStart(first, firstNameWord(long), 3) {
		return false
	}
	var sb [8]string
	return syllabicWords(appendNameWords(sb[:0], short), long)
}

// clippedCompound reports whether short, one word, is made of clipped
// words of body in their order, the way short names of bodies are made
// with some words left out: Мінагрополітики for Міністерство аграрної
// політики та продовольства, Держгеокадастр for Державна служба з питань
// геодезії, картографії та кадастру, Міненерго for Міністерство
// енергетики, Мінцифри for Міністерство цифрової трансформації,
// Держпраці for Державна служба України з питань праці, Мінветеранів for
// Міністерство у справах ветеранів, Мінмолодьспорту for Міністерство
// молоді та спорту. The first word of body opens it with
// three letters or more; each later part is a word of body whole, or its
// first three letters or more, before a linking о when more follows
// (агро, гео), or, ending short, its first four letters or more and a
// vowel (цифри, енерго), or its first four letters or more and the soft
// sign of its base form (молодь). Two parts at least; short must be used up.
func clippedCompound(short string, body []string) bool {
	if len(body) < 2 || len(body) > 12 {
		return false
	}
	compound := []rune(withoutApostrophes(scan.ToLower(short)))
	if len(compound) >= 64 {
		return false
	}
	var wb [12][]rune
	words := wb[:len(body)]
	for i, w := range body {
		words[i] = []rune(withoutApostrophes(scan.ToLower(strings.TrimRight(w, ",;"))))
	}
	var failed [12]uint64          // failed[wi] bit k: compound[k:] is not made of words[wi:]
	var match func(k, wi int) bool // compound[k:] is made of parts of words[wi:], some left out
	match = func(k, wi int) bool {
		if k == len(compound) {
			return true
		}
		if wi == len(words) || failed[wi]&(1<<k) != 0 {
			return false
		}
		w := words[wi]
		n := 0
		for n < len(w) && k+n < len(compound) && compound[k+n] == w[n] {
			n++
		}
		if n == len(w) && match(k+n, wi+1) {
			return true // the word whole: праці, ветеранів
		}
		for m := n; m >= 3; m-- {
			if match(k+m, wi+1) {
				return true // the clipped word: кадастр
			}
			if k+m+1 < len(compound) && compound[k+m] == 'о' && match(k+m+1, wi+1) {
				return true // a linking vowel: агро, гео
			}
			if m >= 4 && k+m+1 == len(compound) && strings.ContainsRune("аоеиіуяюєї", compound[k+m]) {
				return true // the ending of a clipped word: цифри, енерго
			}
			if m >= 4 && k+m < len(compound) && compound[k+m] == 'ь' && match(k+m+1, wi+1) {
				return true // a noun in its base form, soft sign and all: молодь of молоді
			}
		}
		if match(k, wi+1) {
			return true // the word left out
		}
		failed[wi] |= 1 << k
		return false
	}
	// The first part is the first word's; another must follow.
	w := words[0]
	for n := min(len(w), len(compound)-1); n >= 3; n-- {
		if slices.Equal(compound[:n], w[:n]) && match(n, 1) {
			return true
		}
	}
	return false
}

// clubKinds are the acronyms of the kinds of sports clubs: футбольний,
// гандбольний, хокейний, баскетбольний, волейбольний, міні-футбольний
// клуб.
var clubKinds = []string{"ФК", "ГК", "ХК", "БК", "ВК", "МФК", "ФСК"}

// clubName returns a club's name without the acronym of its kind before
// its quoted name (ФК «Малинськ» → Малинськ, ГК «Карпати» → Карпати), as
// the club is called; any other name as it is. A company's legal form
// (ТОВ «…», ПАТ «…») stays while the document is read (the stages after
// this one tell a firm by it); QuotedNames drops it at the end.
func clubName(name string) string {
	if !strings.HasSuffix(name, "»") {
		return name // (most names, told by their last bytes)
	}
	kind, rest, ok := strings.Cut(name, " ")
	if !ok || !slices.Contains(clubKinds, kind) {
		return name
	}
	inner, ok := strings.CutPrefix(rest, "«")
	if !ok {
		return name
	}
	inner, ok = strings.CutSuffix(inner, "»")
	if !ok || inner == "" || hasGuillemet(inner) {
		return name
	}
	return inner
}

// placeKinds are the lower-cased last words of a place's name that say
// what kind of place it is: Козельщинський район, Київська область.
var placeKinds = []string{" район", " область", " село", " селище", " місто"}

// placeKindName reports whether a lower-cased name of two words or more
// ends in one of placeKinds.
func placeKindName(low string) bool {
	return slices.ContainsFunc(placeKinds, func(k string) bool { return strings.HasSuffix(low, k) })
}

// clippedHead reports whether short, one word, is the clipped first word
// of long, three letters or more, joined to long's second and last word,
// an acronym: МінЖКГ for Міністерство ЖКГ, МінАПК for Міністерство АПК.
func clippedHead(short, long string) bool {
	j := clippedAt(short)
	if j == 0 || !strings.Contains(long, " ") {
		return false
	}
	rs := []rune(short)
	i := utf8.RuneCountInString(short[:j]) // (an invalid byte a rune of its own, as in rs)
	var lb [8]string
	lw := appendNameWords(lb[:0], long)
	if len(lw) != 2 || lw[1] != string(rs[i:]) {
		return false
	}
	head := []rune(lw[0])
	return len(head) > i && scan.ToLower(string(head[:i])) == scan.ToLower(string(rs[:i]))
}

// clippedAt returns where the acronym of short begins, in bytes, when
// short is one word of a clipped word and an acronym as clippedHead reads
// it: a first letter, two letters or more in lower case, then two
// capitals or more and nothing else (the Ж of МінЖКГ); else 0.
func clippedAt(short string) int {
	if last, _ := utf8.DecodeLastRuneInString(short); !scan.IsUpper(last) ||
		strings.IndexByte(short, ' ') >= 0 || strings.IndexByte(short, '-') >= 0 {
		return 0 // (most names, which end in lower case)
	}
	_, j := utf8.DecodeRuneInString(short)
	n := 1
	for j < len(short) {
		c, size := utf8.DecodeRuneInString(short[j:])
		if !unicode.IsLower(c) {
			break
		}
		j, n = j+size, n+1
	}
	if n < 3 || scan.Capitals(short[j:]) < 2 {
		return 0
	}
	return j
}

// syllabicWords is syllabicOf for short split into its words, without the
// first words' quick checks.
func syllabicWords(sw []string, long string) bool {
	if len(sw) == 0 || isAcronym(sw[0]) || scan.RuneCount(sw[0]) < 6 || !strings.Contains(long, " ") {
		return false
	}
	var lb [8]string
	lw := appendNameWords(lb[:0], long)
	t := len(lw) - (len(sw) - 1)
	if len(sw) == 1 && !hasGuillemet(long) && clippedCompound(sw[0], lw) {
		// Мінагрополітики for Міністерство аграрної політики та
		// продовольства; not for a name with a quoted name in it, which
		// is that name's (Міноборони, Міністерства оборони «Укрвійськбуд»)
		return true
	}
	if len(sw) == 1 {
		t = tailStart(lw)
		if t < len(lw) && len(lw) == 2 && syllabicBody(sw[0], lw) {
			// Кабмін for Кабінет Міністрів: the capitalised genitive
			// read as a name tail is part of the compound
			return true
		}
		if t < len(lw) && len(lw) == 3 && t <= 1 && syllabicBody(sw[0], lw[:2]) {
			// Кабмін for Кабінет Міністрів України: so is it before
			// the country's name, which the short form leaves out
			return true
		}
	}
	if t < 2 || t > len(lw) {
		return false
	}
	for i, w := range sw[1:] {
		if !sameWord(w, lw[t+i]) {
			return false
		}
	}
	return syllabicBody(sw[0], lw[:t])
}

// syllabicBody reports whether short, one word, is made of the beginnings
// of the words of body, two or more, at least three letters of each.
func syllabicBody(short string, body []string) bool {
	if len(body) < 2 {
		return false
	}
	compound := []rune(withoutApostrophes(scan.ToLower(short)))
	words := make([][]rune, len(body))
	for i, w := range body {
		words[i] = []rune(withoutApostrophes(scan.ToLower(w)))
	}
	var match func(k, wi int) bool // compound[k:] is made of body[wi:]
	match = func(k, wi int) bool {
		if wi == len(words) {
			return k == len(compound)
		}
		w := words[wi]
		for n := 1; n <= len(w) && k+n <= len(compound) && compound[k+n-1] == w[n-1]; n++ {
			if n >= 3 && match(k+n, wi+1) {
				return true
			}
		}
		return false
	}
	return match(0, 0)
}

// firstNameWord returns the first of nameWords(name), or "".
func firstNameWord(name string) string {
	start := 0
	for start < len(name) && (name[start] == ' ' || name[start] == '-') {
		start++
	}
	end := start
	for end < len(name) && name[end] != ' ' && name[end] != '-' {
		end++
	}
	return name[start:end]
}

// sameStart reports whether words a and b open with the same n letters
// in lower case, apostrophes left out, as syllabicOf compares them.
func sameStart(a, b string, n int) bool {
	for range n {
		var ra, rb rune
		ra, a = nextLetter(a)
		rb, b = nextLetter(b)
		if ra < 0 || ra != rb {
			return false
		}
	}
	return true
}

// nextLetter returns the first rune of s in lower case, apostrophes left
// out, and the rest of s after it; -1 and "" when there is none.
func nextLetter(s string) (rune, string) {
	for s != "" {
		r, size := scan.DecodeRune(s)
		s = s[size:]
		if r != '\'' && r != '’' && r != 'ʼ' {
			return scan.Lower(r), s
		}
	}
	return -1, ""
}

// withoutApostrophes drops the apostrophes of a word: мін'юст → мінюст.
func withoutApostrophes(w string) string {
	if !strings.ContainsAny(w, "'’ʼ") {
		return w
	}
	return apostropheDropper.Replace(w)
}

// apostropheDropper drops the apostrophes withoutApostrophes does: made
// once, not a replacer each call.
var apostropheDropper = strings.NewReplacer("'", "", "’", "", "ʼ", "")

// sharedAcronyms returns the acronyms that stand for the bodies of two
// different places among the names: ОВА when both Харківська ОВА and
// Сумська обласна військова адміністрація are named.
func sharedAcronyms(names []pending) map[string]bool {
	var shared map[string]bool
	places := map[string][]string{} // acronym → the places' adjectives
	var wb [8]string
	for _, n := range names {
		if n.span.Type != "ORG" {
			continue
		}
		lemma := n.span.Lemma
		if lemma == "" {
			lemma = n.span.Text
		}
		place, acr := placeBody(appendNameWords(wb[:0], lemma))
		if place == "" || slices.ContainsFunc(places[acr], func(p string) bool { return sameWord(p, place) }) {
			continue
		}
		places[acr] = append(places[acr], place)
		if len(places[acr]) == 2 {
			if shared == nil {
				shared = map[string]bool{}
			}
			shared[acr] = true
		}
	}
	return shared
}

// sharedOf returns r.shared, worked out on the first call: most
// documents have no acronym to ask about.
func (r *Result) sharedOf() map[string]bool {
	if r.names != nil {
		r.shared, r.names = sharedAcronyms(r.names), nil
	}
	return r.shared
}

// bareAcronym returns the acronym a name of one word stands for (ОВА;
// ОДА for облдержадміністрація), or "".
func bareAcronym(name string) string {
	if strings.ContainsAny(name, " -") {
		return ""
	}
	if p, a := placeBody([]string{name}); p == "" {
		return a
	}
	return ""
}

// compoundAcronym reports whether short, one all-capitals word, spells
// the initials of long's words with one more letter from inside one of
// them, a compound's second part: ВАКС for Вищий антикорупційний
// (анти-корупційний) суд.
func compoundAcronym(short, long string) bool {
	// One letter more than long has words, two words at least: short has
	// as many letters as capitals (lower-casing keeps the runes one for
	// one), long as many words in any case. Most pairs fail here, before
	// the words are made.
	n := scan.Capitals(short)
	if strings.Contains(short, " ") || n < 3 || countNameWords(long) != n-1 {
		return false
	}
	letters := []rune(scan.ToLower(short))
	words := nameWords(scan.ToLower(long))
	if len(words) < 2 || len(letters) != len(words)+1 {
		return false
	}
	var match func(k, wi int) bool // letters[k:] spell words[wi:], one word giving two
	match = func(k, wi int) bool {
		if wi == len(words) {
			return k == len(letters)
		}
		w := []rune(words[wi])
		if k >= len(letters) || w[0] != letters[k] {
			return false
		}
		if match(k+1, wi+1) {
			return true
		}
		if len(letters)-k != len(words)-wi+1 || len(w) < 8 {
			return false // the extra letter is still to come, or the word is short
		}
		for p := 3; p < len(w)-3; p++ {
			if w[p] == letters[k+1] && match(k+2, wi+1) {
				return true
			}
		}
		return false
	}
	return match(0, 0)
}

// spelledCompound reports whether short, a name with an acronym after
// its first word, and long are one body by that acronym spelled out:
// Запорізька АЕС and Запорізька атомна електростанція (ЗАЕС).
func spelledCompound(short, long string) bool {
	var sb [8]string
	sw := appendNameWords(sb[:0], short)
	if len(sw) < 2 || !slices.ContainsFunc(sw[1:], isAcronym) {
		return false
	}
	return compoundAcronym(spelledInitials(sw), long)
}

// clippedPrefixes are the clipped first parts of compound names of
// bodies and unions, each the clipping of an adjective whose initial an
// acronym of the full name takes: Єврокомісія (Європейська комісія, ЄК),
// Держдума (Державна дума, ДД).
var clippedPrefixes = []string{"євро", "держ", "нац", "укр", "ген"}

// clippedStart reports whether name opens with one of clippedPrefixes.
func clippedStart(name string) bool {
	if r, _ := utf8.DecodeRuneInString(name); !strings.ContainsRune("ЄДНУГєднуг", r) {
		return false // (the first letters of clippedPrefixes: most names fail here, with no lower-casing)
	}
	low := scan.ToLower(name)
	return slices.ContainsFunc(clippedPrefixes, func(p string) bool { return strings.HasPrefix(low, p) })
}

// placeOrBody reports whether a name of type typ may be one entity with
// an entity of type et by a clipped name: the same type, or a place and a
// body (ЄС a body, Євросоюз a place).
func placeOrBody(et, typ string) bool {
	return et == typ || (et == "LOC" || et == "ORG") && (typ == "LOC" || typ == "ORG")
}

// clippedAdjectives are the stems of the adjectives clippedPrefixes clip,
// in their order: Євросоюз is Європейський Союз.
var clippedAdjectives = []string{"європейськ", "державн", "національн", "українськ", "генеральн"}

// clippedAdjStart reports whether name opens with one of
// clippedAdjectives (Європейський Союз), in any letter case.
func clippedAdjStart(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	if len(first) < 10 {
		return false // the shortest, державн, has 7 letters of 2 bytes
	}
	if r, _ := utf8.DecodeRuneInString(first); !strings.ContainsRune("ЄДНУГєднуг", r) {
		return false // (the first letters of clippedAdjectives, as in clippedStart)
	}
	low := scan.ToLower(first)
	return slices.ContainsFunc(clippedAdjectives, func(a string) bool { return strings.HasPrefix(low, a) })
}

// clippedFull reports whether clip, one word made of a clipped prefix
// (clippedPrefixes) and a noun, is the compound of full, two words: the
// prefix's adjective and that noun (Євросоюз and Європейський Союз,
// Єврокомісія and Європейська комісія, Держдума and Державна дума).
func clippedFull(clip, full string) bool {
	if strings.ContainsAny(clip, " -") || len(full) < len(clip) {
		return false
	}
	adj, noun, ok := strings.Cut(scan.ToLower(full), " ")
	if !ok || strings.Contains(noun, " ") {
		return false
	}
	low := scan.ToLower(clip)
	for k, p := range clippedPrefixes {
		if rest, ok := strings.CutPrefix(low, p); ok && scan.RuneCount(rest) >= 4 && rest == noun && strings.HasPrefix(adj, clippedAdjectives[k]) {
			return true
		}
	}
	return false
}

// clippedAcronym reports whether short, two capitals, is the acronym of
// long, one word made of a clipped prefix (clippedPrefixes) and a noun of
// four letters or more: ЄК for Єврокомісія, ЄС for Євросоюз, ЄП for
// Європарламент. A national or state body's acronym may take a third, the
// У of України: НБУ for Нацбанк, НГУ for Нацгвардія.
func clippedAcronym(short, long string) bool {
	if len(short) > 8 || len(long) < 12 || !isAcronym(short) || strings.ContainsAny(long, " -") {
		return false
	}
	letters := []rune(scan.ToLower(short))
	national := len(letters) == 3 && letters[2] == 'у'
	if len(letters) != 2 && !national || scan.Capitals(short) != len(letters) {
		return false
	}
	low := scan.ToLower(long)
	for _, p := range clippedPrefixes {
		rest, ok := strings.CutPrefix(low, p)
		if !ok || scan.RuneCount(rest) < 4 || national && p != "нац" && p != "держ" {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(p); first == letters[0] {
			if second, _ := utf8.DecodeRuneInString(rest); second == letters[1] {
				return true
			}
		}
	}
	return false
}

// acronymOf reports whether short is an all-capitals acronym of the words
// of long, either of all of them or of those before a name tail that both
// share: МЗС України and Міністерство закордонних справ України; МЗС and
// МЗС України.
func acronymOf(short, long string) bool {
	var sb, lb [8]string
	sw, lw := appendNameWords(sb[:0], short), appendNameWords(lb[:0], long)
	if len(sw) == 0 || len(lw) < 1 || short == long {
		return false
	}
	if ps, as := placeBody(sw); as != "" {
		// An administration's body: Харківська ОВА or Харківська
		// облдержадміністрація for Харківська обласна ... адміністрація
		// when the place's adjective agrees; ОВА or облдержадміністрація
		// alone for any place's.
		if pl, al := placeBody(lw); al == as {
			return ps == "" || pl != "" && sameWord(ps, pl)
		}
		if ps != "" || !isAcronym(sw[0]) {
			return false
		}
	}
	if !isAcronym(sw[0]) {
		return false
	}
	if pl := localPart(lw); pl >= 2 && len(sw) == 1 {
		// КРУ for Контрольно-ревізійне управління у Волинській
		// області, as for КРУ у Волинській області
		return initials(lw[:pl]) == sw[0]
	}
	if ps, pl := localPart(sw), localPart(lw); ps == 1 && pl >= 2 && len(sw)-ps == len(lw)-pl {
		// ГУНП в Черкаській області and Головне управління
		// Національної поліції в Черкаській області: the same region
		// after the acronym and the name it stands for.
		for i := 1; ps+i < len(sw); i++ {
			if !sameWord(sw[ps+i], lw[pl+i]) {
				return false
			}
		}
		return initials(lw[:pl]) == sw[0]
	}
	if isAcronym(lw[0]) {
		// МЗС and МЗС України: the same acronym, one with a tail.
		return sw[0] == lw[0] && (len(sw) == 1 || len(lw) == 1)
	}
	if len(lw) < 2 {
		return false
	}
	if len(sw) == 1 && initials(lw) == sw[0] {
		return true
	}
	if len(sw) == 1 && len(lw) >= 2 && spelledInitials(lw) == sw[0] {
		return true // ЗАЕС for Запорізька АЕС
	}
	if o := ownPart(lw); len(sw) == 1 && o > 0 && initials(lw[:o]) == sw[0] {
		return true // ГУР for Головне управління розвідки Міністерства оборони України
	}
	t := tailStart(lw)
	if len(sw) == 1 && t == len(lw) && ukrainian(sw[0], initials(lw)) {
		return true // НАБУ for Національне антикорупційне бюро
	}
	if t < 2 || initials(lw[:t]) != sw[0] {
		return false
	}
	if len(sw) == 1 {
		return true // МЗС for Міністерство закордонних справ України
	}
	tail := sw[1:]
	if len(tail) != len(lw)-t {
		return false
	}
	for i, w := range tail {
		if !sameWord(w, lw[t+i]) {
			return false
		}
	}
	return true
}

// ownPart returns how many words open a body's name before the name of
// the body it belongs to, in the genitive, of two words or more
// (Головне управління розвідки | Міністерства оборони України), or 0:
// such a unit's acronym is of its own words only (ГУР). Three words at
// least, so that no two-letter acronym is read into a longer name.
func ownPart(words []string) int {
	for i := 1; i+1 < len(words); i++ {
		c, _ := utf8.DecodeRuneInString(words[i])
		if !scan.IsUpper(c) {
			continue
		}
		if n, _ := utf8.DecodeRuneInString(words[i+1]); i >= 3 && !scan.IsUpper(n) {
			return i
		}
		return 0
	}
	return 0
}

// ukrainian reports whether acronym is the initials of a national body's
// name with the У of its tail України, which the name leaves out:
// НАБУ for Національне антикорупційне бюро, ДПСУ for Державна
// прикордонна служба, НБУ for Національний банк.
func ukrainian(acronym, initials string) bool {
	rest, ok := strings.CutPrefix(acronym, initials)
	return ok && rest == "У" && len(initials) >= 2*len("А")
}

// sameWord compares two words of a name tail, forgiving a different case
// ending (України and Україна when one base form kept the genitive).
func sameWord(a, b string) bool {
	ra, rb := []rune(scan.ToLower(a)), []rune(scan.ToLower(b))
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n == len(ra) && n == len(rb) || n >= 3 && len(ra)-n <= 2 && len(rb)-n <= 2
}

// hasBracket reports whether s holds a round bracket: strings.ContainsAny(s,
// "()") without the set it builds each call.
func hasBracket(s string) bool {
	return strings.IndexByte(s, '(') >= 0 || strings.IndexByte(s, ')') >= 0
}

// hasGuillemet reports whether s holds a guillemet: strings.ContainsAny(s,
// "«»") without decoding s rune by rune.
func hasGuillemet(s string) bool {
	return strings.Contains(s, "«") || strings.Contains(s, "»")
}

// descriptorName reports a name of one word that is no acronym: Альянс,
// the descriptor of a body whose aliases also hold its acronym.
func descriptorName(w string) bool { return !isAcronym(w) && !strings.Contains(w, " ") }

// Better reports whether name a is a fuller base form than b: more words,
// then more letters. A name with an initial loses to a spelled-out one,
// one with a bracket to one without.
// It is how an entity chooses its name among its mentions.
func Better(a, b string) bool {
	if b == "" {
		return true
	}
	ia, ib := dotted(a), dotted(b)
	if ia != ib {
		return ib
	}
	// A name with a variant in brackets loses to one without:
	// Францішек Смолька, not Францішек ( Франц ) Смолька.
	if ba, bb := hasBracket(a), hasBracket(b); ba != bb {
		return bb
	}
	var ab, bb [8]string
	fa, fb := scan.AppendFields(ab[:0], a), scan.AppendFields(bb[:0], b)
	if len(fa) != len(fb) {
		return len(fa) > len(fb)
	}
	// A Ukrainian name beats one of as many words in Latin letters:
	// Жешувський університет, not Uniwersytet Rzeszowski.
	if ca, cb := cyrillicName(a), cyrillicName(b); ca != cb {
		return ca
	}
	// A first name and surname beat a first name and patronymic: Лариса
	// Онул, not Лариса Анатоліївна.
	if pa, pb := len(fa) == 2 && patronymic(fa[1]), len(fb) == 2 && patronymic(fb[1]); pa != pb {
		return pb
	}
	return scan.RuneCount(a) > scan.RuneCount(b)
}

// dotted reports whether a name holds a dot before any "імені" in it: an
// abbreviated name loses to one written out, but a body named after a
// person by the initials (Інститут кібернетики імені В. М. Глушкова) is
// named in full.
func dotted(name string) bool {
	if k := strings.Index(name, " імені "); k >= 0 {
		name = name[:k]
	}
	return strings.Contains(name, ".")
}

// genderOf reads the grammatical gender of a person's name from the tags
// of its tokens: a first name decides, else the last token tagged m or f.
// A woman's surname that is also a masculine noun (Катерина Хом’як,
// Олена Коваль) takes the first name's gender.
func genderOf(a *vistka.Analysis, s int, sp vistka.Span) byte {
	if g := firstNameGender(a, s, sp, false); g != 0 {
		return g
	}
	from, to := a.SpanTokens(s, sp.Start, sp.End)
	for i := to - 1; i >= from; i-- {
		tag := a.Sentences[s].Tokens[i].Tag
		// A thing the tagger took for a person (Голодомору: an
		// inanimate common noun) has no gender a pronoun could take.
		if !strings.HasPrefix(tag, "noun") || strings.Contains(tag, ":inanim") && !strings.Contains(tag, ":prop") {
			continue
		}
		if g := vtag.PersonGender(tag); g != 0 {
			return g
		}
	}
	return 0
}

// firstNameGender returns the gender of the first name in the name span
// sp of sentence s, or 0 when it has none; with full, only of a first
// name a word of the name follows.
func firstNameGender(a *vistka.Analysis, s int, sp vistka.Span, full bool) byte {
	from, to := a.SpanTokens(s, sp.Start, sp.End)
	if full {
		to-- // (the last word is no first name before a surname)
	}
	for i := from; i < to; i++ {
		if tag := a.Sentences[s].Tokens[i].Tag; strings.HasPrefix(tag, "noun") && strings.Contains(tag, ":fname") {
			if g := vtag.PersonGender(tag); g != 0 {
				return g
			}
		}
	}
	return 0
}

// agreeGenders sets a person's gender from the past-tense verbs that
// agree with the person's name where all of them agree: "Фредеріксен
// оголосила", "заявила Метте Фредеріксен". A foreign name's tags are the
// tagger's guesses (Метте as the vocative of Метт); the verbs are the
// text's word.
func (r *Result) agreeGenders(a *vistka.Analysis) []bool {
	voted := make([]bool, len(r.Entities))
	for i := range r.Entities {
		if r.Entities[i].Type != "PERS" {
			continue
		}
		g, v := r.verbVote(a, i, false)
		if g != 0 {
			r.Gender[i] = g
		}
		voted[i] = v
	}
	return voted
}

// roleGenders sets the gender of a person no verb agreeing with a name
// gave one from the past-tense verbs that agree with the role phrases
// standing for that person, where all of them agree: a foreign name's
// tags are the tagger's guesses (Юха Віртанен as a woman's), "«…», –
// сказав дипломат" is the text's word.
func (r *Result) roleGenders(a *vistka.Analysis, voted []bool) {
	for i := range r.Entities {
		if r.Entities[i].Type != "PERS" || i < len(voted) && voted[i] {
			continue
		}
		if g, _ := r.verbVote(a, i, true); g != 0 {
			r.Gender[i] = g
		}
	}
}

// verbVote returns the gender of the past-tense verbs that agree with
// entity i's mentions (its role phrases alone when titlesOnly) where all
// of them agree, 0 where none does or they differ, and whether any verb
// agreed at all.
func (r *Result) verbVote(a *vistka.Analysis, i int, titlesOnly bool) (gender byte, voted bool) {
	var votes [2]int
	for k, m := range r.Entities[i].Mentions {
		if titlesOnly && m.Kind != "title" || k >= len(r.mentionSent[i]) {
			continue
		}
		s := r.mentionSent[i][k]
		if s < 0 || s >= len(a.Sentences) {
			continue
		}
		switch verbGender(a.Sentences[s].Tokens, m.Start, m.End) {
		case 'm':
			votes[0]++
		case 'f':
			votes[1]++
		}
	}
	switch {
	case votes[0] > 0 && votes[1] == 0:
		return 'm', true
	case votes[1] > 0 && votes[0] == 0:
		return 'f', true
	}
	return 0, votes[0]+votes[1] > 0
}

// titleGenders makes a woman of a person no verb gave a gender to whose
// title names a woman: "з міністеркою закордонних справ Литви Довіле
// Вайткуте", whose first name the tagger reads as a man's vocative.
func (r *Result) titleGenders(voted []bool) {
	for i := range r.Entities {
		if r.Entities[i].Type != "PERS" || i < len(voted) && voted[i] || r.Gender[i] == 'f' {
			continue
		}
		if slices.ContainsFunc(r.Entities[i].Titles, womansTitle) {
			r.Gender[i] = 'f'
		}
	}
}

// womansTitle reports whether a title's head is a woman's word for an
// office (міністерка, президентка, посолка, речниця, заступниця), past
// a word of time before it (колишня міністерка).
func womansTitle(t string) bool {
	w := scan.Fields(scan.ToLower(t))
	if len(w) > 1 && (w[0] == "колишня" || w[0] == "тодішня" || w[0] == "чинна" || w[0] == "нова") {
		w = w[1:]
	}
	return len(w) > 0 && len([]rune(w[0])) > 4 && (strings.HasSuffix(w[0], "ка") || strings.HasSuffix(w[0], "иця"))
}

// verbGender returns the gender of the past-tense verb that agrees with
// the name at [start, end) in toks, standing right before it or after it
// past at most three words of its clause, or 0. The name must have a word
// in the nominative (or one that does not decline).
func verbGender(toks []vistka.Token, start, end int) byte {
	from := sort.Search(len(toks), func(k int) bool { return toks[k].REnd > start })
	to := from
	nom, declined := false, false
	for to < len(toks) && toks[to].RStart < end {
		if strings.Contains(toks[to].Tag, "v_oru") && !strings.Contains(toks[to].Tag, ":nv") {
			// "зустрівся з прем'єр-міністеркою Молдови Наталією Гуцу та
			// поклав": a name in the instrumental is no verb's subject
			return 0
		}
		// An initial (Д. В. Нерівного) does not decline: it tells no
		// case. (The tag first: most words are no initial.)
		if !nom && (strings.Contains(toks[to].Tag, "v_naz") || strings.Contains(toks[to].Tag, ":nv")) {
			w := toks[to].Text
			nom = !(scan.RuneCount(w) == 1 || scan.RuneCount(w) == 2 && strings.HasSuffix(w, "."))
		}
		declined = declined || inflectedName(&toks[to])
		to++
	}
	if !nom || declined || from == to {
		return 0
	}
	past := func(t *vistka.Token) byte {
		if !strings.HasPrefix(t.Tag, "verb") || !strings.Contains(t.Tag, ":past:") {
			return 0
		}
		return vtag.PersonGender(t.Tag)
	}
	if from > 0 {
		if g := past(&toks[from-1]); g != 0 {
			return g
		}
	}
	for j := to; j < len(toks) && j <= to+3; j++ {
		t := &toks[j]
		if t.Kind == vistka.Punct {
			return 0
		}
		if strings.HasPrefix(t.Tag, "verb") {
			return past(t)
		}
	}
	return 0
}

// inflectedName reports whether t is a first name written in an oblique
// case that is not its base form: in "призначив Олену Коваль" the
// surname that does not decline is no subject, as Олену shows.
func inflectedName(t *vistka.Token) bool {
	if !strings.Contains(t.Tag, ":fname") || strings.Contains(t.Tag, ":nv") || t.Text == t.Lemma {
		return false
	}
	for _, c := range []string{"v_rod", "v_dav", "v_zna", "v_mis"} {
		if strings.Contains(t.Tag, c) {
			return true
		}
	}
	return false
}

// sortMentions puts every entity's mentions in text order, keeping the
// sentence index of each with it.
func (r *Result) sortMentions() {
	for i := range r.Entities {
		ms, ss := r.Entities[i].Mentions, r.mentionSent[i]
		if len(ms) > 0 && slices.IsSortedFunc(ms, func(x, y vistka.Mention) int { return x.Start - y.Start }) {
			continue // in order already, as most are: the stable sort would copy them as they are
		}
		idx := make([]int, len(ms))
		for k := range idx {
			idx[k] = k
		}
		slices.SortStableFunc(idx, func(x, y int) int { return ms[x].Start - ms[y].Start })
		nm, ns := make([]vistka.Mention, len(ms)), make([]int, len(ss))
		for k, j := range idx {
			nm[k], ns[k] = ms[j], ss[j]
		}
		r.Entities[i].Mentions, r.mentionSent[i] = nm, ns
	}
}

// initialName reports whether text is an initial or two and one
// capitalised word: "Т. Шевченко", "Д. В. Нерівного".
func initialName(text string) bool {
	if strings.IndexByte(text, '.') < 0 {
		return false // (no initial: most names, tested first)
	}
	var wb [4]string
	w := scan.AppendFields(wb[:0], text)
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for _, x := range w[:len(w)-1] {
		r := []rune(x)
		if len(r) != 2 || r[1] != '.' || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	last := []rune(w[len(w)-1])
	return len(last) > 2 && unicode.IsUpper(last[0]) && !unicode.IsUpper(last[1])
}

// firstNameOf reports whether name is of two or more words and its
// first word is first, letter case aside.
func firstNameOf(name, first string) bool {
	if len(name) <= len(first) || name[len(first)] != ' ' || !strings.EqualFold(name[:len(first)], first) {
		return false
	}
	return strings.TrimSpace(name[len(first):]) != ""
}

// recentNamesake links a first name alone to the person of that first
// name named in full in its sentence or the one before, when two or more
// of the document share it and only one was named so near: "Другий м'яч
// забив Денис Безбородько. Утім Денис — вихованець клубу" after a Денис
// Фаворов named earlier. It returns -1 otherwise.
func (r *Result) recentNamesake(first string, sent int) int {
	if sent < 0 {
		return -1
	}
	found, namesakes := -1, 0
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || !firstNameOf(e.Name, first) {
			continue
		}
		namesakes++
		if !slices.ContainsFunc(r.mentionSent[i], func(s int) bool { return s == sent || s == sent-1 }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	if namesakes < 2 {
		return -1 // one namesake: the rules before link it, or leave it on purpose
	}
	return found
}

// findWomansAccusative links a one-word name and a one-word person whose
// name differs from it by a final а or я only, when the form in -у or -ю
// that made the shorter name is a woman's accusative just as well as a
// man's dative (Джамалу, read Джамал, and Джамалі, Джамала): the woman is
// the one person, and the longer name wins. text is the mention as
// written; it returns the entity or -1.
func (r *Result) findWomansAccusative(lemma, text string) int {
	if scan.RuneCount(lemma) < 4 {
		return -1
	}
	var kb [128]byte
	low := scan.ToLower(lemma)
	ambiguous := func(t string) bool { return strings.HasSuffix(t, "у") || strings.HasSuffix(t, "ю") }
	if ambiguous(text) {
		// Джамалу after Джамала
		for _, v := range [...]string{"а", "я"} {
			if i, ok := r.idx.byName[string(typedKey(kb[:0], "PERS", 0, low+v))]; ok {
				return i
			}
		}
		return -1
	}
	// Джамала after Джамалу: the shorter name, all of whose mentions are
	// such forms
	short, ok := strings.CutSuffix(low, "а")
	if !ok {
		short, ok = strings.CutSuffix(low, "я")
	}
	if !ok {
		return -1
	}
	i, ok := r.idx.byName[string(typedKey(kb[:0], "PERS", 0, short))]
	if !ok || slices.ContainsFunc(r.Entities[i].Mentions, func(m vistka.Mention) bool { return m.Kind == "name" && !ambiguous(m.Text) }) {
		return -1
	}
	return i
}

// findFirstNameCase links a full name of two words whose first name ends
// in -і and one whose first name ends in -а or -я instead, with the same
// surname: a woman's foreign first name in the dative, genitive or
// locative, which the tagger keeps as a name of its own (Джорджі Мелоні
// of Джорджа Мелоні). It returns the person named before (-1 for none)
// and whether lemma is the nominative, which the person then takes for
// its name.
func (r *Result) findFirstNameCase(lemma string) (int, bool) {
	first, rest, ok := strings.Cut(lemma, " ")
	if !ok || strings.Contains(rest, " ") || scan.RuneCount(first) < 4 {
		return -1, false
	}
	var kb [128]byte
	look := func(f string) int {
		if i, ok := r.idx.byName[string(typedKey(kb[:0], "PERS", 0, scan.ToLower(f+" "+rest)))]; ok {
			return i
		}
		return -1
	}
	if stem, ok := strings.CutSuffix(first, "і"); ok {
		for _, v := range [...]string{"а", "я"} {
			if i := look(stem + v); i >= 0 {
				return i, false
			}
		}
		return -1, false
	}
	for _, v := range [...]string{"а", "я"} {
		if stem, ok := strings.CutSuffix(first, v); ok {
			if i := look(stem + "і"); i >= 0 {
				return i, true
			}
		}
	}
	return -1, false
}

// findFirstNameAlone links a one-word name in -і or -ї, a first name of
// the first declension in the genitive, dative or locative (Сальомеї,
// Наталі), to the one person whose first name, or one-word name, ends in
// -а or -я instead; and a one-word name in -а or -я to the one person
// named so far by the same word in -і or -ї alone, whose nominative it
// is then. It returns the person (-1 for none or two) and whether name
// is the nominative.
func (r *Result) findFirstNameAlone(name string) (int, bool) {
	if strings.Contains(name, " ") || scan.RuneCount(name) < 4 || !capitalised(name) {
		return -1, false
	}
	low := scan.ToLower(name)
	var kb [128]byte
	oneWord := func(w string) int {
		if i, ok := r.idx.byName[string(typedKey(kb[:0], "PERS", 0, w))]; ok && !strings.Contains(r.Entities[i].Name, " ") {
			return i
		}
		return -1
	}
	found := -1
	add := func(i int) bool {
		if i < 0 || i == found {
			return true
		}
		if found >= 0 {
			return false // two people: no link
		}
		found = i
		return true
	}
	stem, vowels := "", ""
	if s, ok := strings.CutSuffix(low, "і"); ok {
		stem, vowels = s, "ая"
	} else if s, ok := strings.CutSuffix(low, "ї"); ok {
		stem, vowels = s, "я"
	}
	if stem != "" {
		for _, v := range vowels {
			w := stem + string(v)
			if ids := r.idx.byFirst[w]; len(ids) > 1 || len(ids) == 1 && !add(ids[0]) || !add(oneWord(w)) {
				return -1, false
			}
		}
		return found, false
	}
	for _, pair := range [...][2]string{{"а", "і"}, {"я", "і"}, {"я", "ї"}} {
		if s, ok := strings.CutSuffix(low, pair[0]); ok && !add(oneWord(s+pair[1])) {
			return -1, false
		}
	}
	return found, found >= 0
}

// findSurnameAccusative links a surname alone in -у or -ю (text) to the
// one person named in full whose surname ends in -а or -я instead: the
// accusative of a woman's surname, adjectival or a noun (Касаткіну,
// Сабаленку after Ілона Касаткіна, Арина Сабаленка), or of a man's in -а
// (Сибігу after Андрій Сибіга). It returns the person and the surname as
// the full name has it, or -1 for none or two.
func (r *Result) findSurnameAccusative(text string) (int, string) {
	stem, ok := strings.CutSuffix(text, "у")
	end := "а"
	if !ok {
		stem, ok = strings.CutSuffix(text, "ю")
		end = "я"
	}
	if c, _ := utf8.DecodeRuneInString(text); !ok || scan.RuneCount(stem) < 3 || !unicode.IsUpper(c) {
		return -1, ""
	}
	want := scan.ToLower(stem + end)
	found, sur := -1, ""
	for _, i := range r.idx.byLast[want] {
		e := &r.Entities[i]
		ew := scan.Fields(e.Name)
		if e.Type != "PERS" || len(ew) < 2 || scan.ToLower(ew[len(ew)-1]) != want {
			continue
		}
		if found >= 0 && found != i {
			return -1, ""
		}
		found, sur = i, ew[len(ew)-1]
	}
	return found, sur
}

// patronymic reports whether a word is a patronymic (Валерійович,
// Онуфрійович, Петрівна, Якович: a stem of two letters will do).
func patronymic(w string) bool {
	w = scan.ToLower(w)
	for _, suf := range []string{"ович", "евич", "йович", "івна", "ївна", "івни", "овна"} {
		if strings.HasSuffix(w, suf) && scan.RuneCount(w) >= len([]rune(suf))+2 {
			return true
		}
	}
	return false
}

// findByPatronymic links a first name and patronymic (Дмитро Валерійович,
// the polite way to name a person already named in full) to the one
// person of the document with that first name and a surname.
func (r *Result) findByPatronymic(lemma string) int {
	var wb, eb [8]string
	words := scan.AppendFields(wb[:0], lemma)
	if len(words) != 2 || !patronymic(words[1]) {
		return -1
	}
	found := -1
	for i := range r.Entities {
		e := &r.Entities[i]
		ew := scan.AppendFields(eb[:0], e.Name)
		if e.Type != "PERS" || len(ew) < 2 || !strings.EqualFold(ew[0], words[0]) || patronymic(ew[len(ew)-1]) {
			continue
		}
		if found >= 0 {
			return -1 // two people of that first name
		}
		found = i
	}
	return found
}

// untaggedSurnames adds the mentions the entity tagger left out of a
// person already named in full: "Фідан, своєю чергою, заявив" after
// "Хакан Фідан". A capitalised word outside every span is the person's
// surname when it is written as the surname was in one of the person's
// mentions (or as the surname of the name), and exactly one person of the
// document has it.
func (r *Result) untaggedSurnames(a *vistka.Analysis) {
	surnames := map[string][]int{} // a written form → persons
	var wb [8]string
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(scan.AppendFields(wb[:0], e.Name)) < 2 {
			continue
		}
		forms := []string{lastWord(e.Name)}
		for _, m := range e.Mentions {
			if w := scan.AppendFields(wb[:0], m.Text); len(w) > 1 {
				forms = append(forms, w[len(w)-1])
			}
		}
		for _, f := range forms {
			if scan.RuneCount(f) <= 2 {
				continue // (counted before lower-casing, which keeps the runes one for one)
			}
			if k := scan.ToLower(f); !slices.Contains(surnames[k], i) {
				surnames[k] = append(surnames[k], i)
			}
		}
	}
	if len(surnames) == 0 {
		return
	}
	added := false
	sp := a.Spans
	n := 0 // the first span that ends after the token: the tokens go in text order
	for s := range a.Sentences {
		toks := a.Sentences[s].Tokens
		for ti := range toks {
			t := &toks[ti]
			if t.Kind != vistka.Word || !capitalised(t.Text) || strings.HasPrefix(t.Tag, "verb") {
				continue
			}
			for n < len(sp) && sp[n].End <= t.RStart {
				n++
			}
			if n < len(sp) && sp[n].Start < t.REnd {
				continue // inside a span
			}
			var buf [64]byte // lower-cased on the stack: no string made
			ps := surnames[string(scan.AppendLower(buf[:0], t.Text))]
			if len(ps) != 1 {
				continue
			}
			i := ps[0]
			r.addMention(i, s, vistka.Mention{Start: t.RStart, End: t.REnd, Text: t.Text, Lemma: lastWord(r.Entities[i].Name), Kind: "name"})
			added = true
		}
	}
	if added {
		r.sortMentions()
	}
}

// capitalised reports whether w opens with a capital letter. The lower
// case ASCII and Cyrillic letters that open most words (a-z, а-п, р-я,
// ѐ-џ) are told by their first bytes, with no rune decoded.
func capitalised(w string) bool {
	if w != "" && 'a' <= w[0] && w[0] <= 'z' || len(w) > 1 && (w[0] == 0xd0 && w[1] >= 0xb0 || w[0] == 0xd1 && w[1] < 0xa0) {
		return false
	}
	c, _ := scan.DecodeRune(w)
	return scan.IsUpper(c)
}

// OrgsBefore returns the distinct organisations named before pos, in
// sentence s or the one before it, whose names fit keeps, the one named
// last first: what "у відомстві" or "у пресслужбі" may point back to.
func (r *Result) OrgsBefore(pos int, s int, keep func(name string) bool) []string {
	var out []string
	r.idx.before(pos, func(m mref) bool {
		if s-m.sent > 1 {
			return false
		}
		e := &r.Entities[m.ent]
		if id := ID(m.ent); e.Type == "ORG" && keep(e.Name) && !slices.Contains(out, id) {
			out = append(out, id)
		}
		return true
	})
	return out
}

// BodyCalled returns the organisation named before pos whose name has
// head as its head noun and every one of words ("міська" of "з міською
// радою" in "Львівська міська рада"): a body the text goes on to call by
// its kind alone. It returns "" when none is, or when two bodies fit.
func (r *Result) BodyCalled(pos int, head string, words []string) string {
	found := -1
	for _, i := range r.idx.byHead["ORG\x00"+scan.ToLower(head)] {
		if found == i || !r.namedBefore(i, pos) {
			continue
		}
		fields := strings.Fields(scan.ToLower(r.Entities[i].Name))
		if !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(fields, w) }) {
			if found >= 0 {
				return ""
			}
			found = i
		}
	}
	if found < 0 {
		return ""
	}
	return ID(found)
}

// Called reports whether the organisation id has head as its head noun:
// whether a phrase of that noun alone (суд, фонд) may stand for it.
func (r *Result) Called(id, head string) bool {
	i := Index(id)
	return i >= 0 && slices.Contains(r.idx.byHead["ORG\x00"+scan.ToLower(head)], i)
}

// namedBefore reports whether entity i has a mention that starts before
// pos.
func (r *Result) namedBefore(i, pos int) bool {
	return slices.ContainsFunc(r.Entities[i].Mentions, func(m vistka.Mention) bool { return m.Start < pos })
}
