package quote

// Who speaks when the cue does not name it, and what a cue reports past
// its clause: a cue with no subject of its own speaks for the last person
// or people named as a subject (zeroSubject), a pronoun for the body that
// is the last subject (bodySubject, bodyBefore); мовляв (movliav); content
// after a colon (colonAfter); where a line of dialogue over several
// sentences opens (dialogueOpen).

import (
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/vtag"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// movliav reads "мовляв, …": words given as someone's own, the speaker
// named before them in the sentence ("…вигнали їх із зали: мовляв, вас
// ніхто не запрошував") or, when the sentence opens with мовляв, in the
// sentence before ("Зібралися батьки. Мовляв, тренерів звільнили.").
func (d *doc) movliav(i, from, to int) (vistka.Quote, bool) {
	start := i + 1
	if start < to && d.toks[start].Text == "," {
		start++
	}
	end := d.contentEnd(start, to)
	for v := i - 1; v >= from; v-- {
		if strings.HasPrefix(d.toks[v].Tag, "verb") && verbForm(d.toks[v].Tag) != "" {
			// "підніс пальця до вуст, мовляв, тихо, і показав рукою на
			// ящик": the gesture's doer's next act ends the words
			end = d.coordinatedEnd(v, start, end)
			break
		}
	}
	if d.words(start, end) < 2 {
		return vistka.Quote{}, false
	}
	if i-2 >= from && d.toks[i-1].Text == "," && cueLemma(d.toks[i-2].Lemma, d.toks[i-2].Tag) != "" {
		return vistka.Quote{}, false // "додав, мовляв, …": the cue before it reports the words
	}
	id, text := "", ""
	if i > from {
		id, text = d.speaker(from, i, i)
	} else if s := d.toks[i].sent; s > 0 {
		pf, pt := d.sentenceRange(s - 1)
		id, text = d.speaker(pf, pt, pt-1)
	}
	if id == "" {
		return vistka.Quote{}, false
	}
	q := vistka.Quote{Speaker: id, SpeakerText: text, Cue: "мовляв",
		Start: d.toks[start].RStart, End: d.toks[end-1].REnd}
	q.Text = string(d.text[q.Start:q.End])
	return q, true
}

// colonAfter returns where content said after a colon starts: "І
// запропонувала опонентам свій варіант: обрати наглядову раду …". The
// colon follows the cue within a few words that hold no verb; content in
// quotation marks or a dash is direct speech, read elsewhere. It returns
// -1 when there is none.
func (d *doc) colonAfter(i, to int) int {
	for j := i + 1; j < to && j <= i+7; j++ {
		t := d.toks[j]
		if t.Text == ":" {
			if j+1 < to && d.toks[j+1].Kind != vistka.QuoteMark && !isDash(d.toks[j+1]) {
				return j + 1
			}
			return -1
		}
		if t.Kind == vistka.Punct || t.Kind == vistka.QuoteMark || isDash(t) || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
	}
	return -1
}

// headlineObject reports whether the cue at i of a headline (a first
// sentence that ends in no full stop, to being its end) has a thing for
// its object before the colon at c: "Україна звинуватила Росію в
// порушенні перемир'я: уночі атаковано дві ТЕС", "Швеція оголосила новий
// пакет допомоги: гаубиці, катери та ракети" join two facts, while
// "Сибіга закликав партнерів: …" and "Посол написав у Facebook: …" give
// what was said.
func (d *doc) headlineObject(i, c, to int) bool {
	if to == 0 || c <= i || d.toks[to-1].Kind == vistka.Punct && strings.ContainsAny(d.toks[to-1].Text, ".!?…") {
		return false
	}
	for j := i + 1; j < c; j++ {
		t := d.toks[j]
		if !strings.Contains(t.Tag, "v_zna") || strings.Contains(t.Tag, "pron") || j > i+1 && strings.HasPrefix(d.toks[j-1].Tag, "prep") {
			continue
		}
		if e := d.ents.At(t.RStart, t.REnd); e != "" {
			if d.ents.Type(e) == "LOC" || d.ents.Type(e) == "ORG" {
				return true
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":inanim") {
			return true
		}
	}
	return false
}

// zeroSubject finds who speaks through a cue with no subject of its own
// ("Запевняє, що …", "… та акцентував на …", "бо, казав, «…»"): the last
// person named as a subject, of the verb's gender. A plural, impersonal or
// reflexive-passive verb has no such speaker, nor has a clause with a
// subject of its own.
func (d *doc) zeroSubject(cueAt, from int) (id, text string) {
	t := d.toks[cueAt]
	if strings.HasPrefix(t.Tag, "verb") && vtag.Has(t.Tag, "p") && vtag.Has(t.Tag, "past") && t.sent > 0 &&
		cueAt == from+1 && contrasts[scan.ToLower(d.toks[from].Text)] {
		// "… – залізничники також відмовились. Натомість повідомили,
		// що …": a plural verb opening its sentence goes on with the
		// people the sentence before made its plural subject
		return d.peopleSubject(t.sent - 1)
	}
	if strings.HasPrefix(t.Tag, "verb") && vtag.Has(t.Tag, "p") && vtag.Has(t.Tag, "past") && t.sent > 0 &&
		cueAt == from && d.peopleSpoke(t.sent-1) {
		// "Експерти зауважили про конфлікт. Згадали про те, що …": a
		// plural verb of speech opening its sentence goes on with the
		// people who spoke in the sentence before
		return d.peopleSubject(t.sent - 1)
	}
	if id, text := d.peopleGoOn(cueAt, from); id != "" {
		return id, text
	}
	if !strings.HasPrefix(t.Tag, "verb") || vtag.Has(t.Tag, "p") || vtag.Has(t.Tag, "inf") || d.impersonal(cueAt, from) {
		return "", ""
	}
	var g byte
	switch {
	case vtag.Has(t.Tag, "past") && vtag.Has(t.Tag, "m"):
		g = 'm'
	case vtag.Has(t.Tag, "past") && vtag.Has(t.Tag, "f"):
		g = 'f'
	case (vtag.Has(t.Tag, "pres") || vtag.Has(t.Tag, "futr")) && vtag.Has(t.Tag, "3"):
	default:
		return "", ""
	}
	for j := d.clauseStart(cueAt, from); j < cueAt; j++ {
		if tg := d.toks[j].Tag; strings.HasPrefix(tg, "noun") && strings.Contains(tg, "v_naz") {
			return "", ""
		}
	}
	if id, text := d.bodyBefore(t.sent, g); id != "" {
		// "Суд відмітив, що …. Натомість пояснив, що …": the body that
		// is the subject of the sentence before goes on
		return id, text
	}
	e := d.ents.LastSubject(t.RStart, t.sent, g)
	if e == "" && t.sent > 0 && d.zeroSentence(t.sent-1, g) {
		// "Наталія Шкоденко звернулася до голів …. Таких … понад 98
		// тисяч. Як приклад, навела досвід … . Додала, що …": a
		// sentence before with no subject of its own carries the
		// speaker on from further back
		s := t.sent - 1
		e = d.ents.LastSubject(d.toks[d.sentStart[s]].RStart, s, g)
	}
	if e == "" {
		if cueAt == from && t.sent > 0 {
			// "Зловмисник … провину визнав. Каже, …": a person named by a
			// common noun as the subject of the sentence before
			return d.personSubject(t.sent-1, g)
		}
		return "", ""
	}
	return e, d.ents.Entities[entity.Index(e)].Name
}

// zeroSentence reports whether the first finite verb of sentence s is
// in the past of gender g with no noun in the nominative before it (one
// after як, "Як приклад, навела …", is an aside): the sentence goes on
// with the subject of one before it.
func (d *doc) zeroSentence(s int, g byte) bool {
	f, to := d.sentenceRange(s)
	for j := f; j < to; j++ {
		t := d.toks[j]
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_naz") && !(j > f && scan.EqualFold(d.toks[j-1].Text, "як")) {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") && !vtag.Has(t.Tag, "inf") {
			return vtag.Has(t.Tag, "past") && vtag.Has(t.Tag, string(g)) && !vtag.Has(t.Tag, "p")
		}
	}
	return false
}

// contrasts are the connectives that open a sentence going on with the
// subject of the one before, what it did against what it did not:
// "Натомість повідомили, що …" ("Також повідомили" may be anyone).
var contrasts = setOf("натомість", "зате")

// peopleSpoke reports whether sentence s has a plural verb of speech in
// the past: "Експерти зауважили про конфлікт".
func (d *doc) peopleSpoke(s int) bool {
	f, to := d.sentenceRange(s)
	for j := f; j < to; j++ {
		if t := d.toks[j]; strings.HasPrefix(t.Tag, "verb") && vtag.Has(t.Tag, "p") && vtag.Has(t.Tag, "past") && cueLemma(t.Lemma, t.Tag) != "" {
			return true
		}
	}
	return false
}

// peopleSubject returns the plural animate noun in the nominative of
// sentence s, no name and no pronoun, that a plural finite verb follows
// in the same clause, as the speaker's phrase: "… – залізничники також
// відмовились". It returns "" when there is none or two.
func (d *doc) peopleSubject(s int) (id, text string) {
	f, to := d.sentenceRange(s)
	found := -1
	for j := f; j < to; j++ {
		t := d.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":anim") || !strings.Contains(t.Tag, "v_naz") ||
			!vtag.Has(t.Tag, "p") || strings.Contains(t.Tag, "pron") || d.ents.At(t.RStart, t.REnd) != "" {
			continue
		}
		if found >= 0 {
			return "", ""
		}
		found = j
	}
	if found < 0 {
		return "", ""
	}
	for j := found + 1; j < to && d.toks[j].Text != "," && !isDash(d.toks[j]); j++ {
		if tg := d.toks[j].Tag; strings.HasPrefix(tg, "verb") && vtag.Has(tg, "p") && !vtag.Has(tg, "inf") {
			return d.toks[found].Text, d.toks[found].Text
		}
	}
	return "", ""
}

// personSubject returns the first word of sentence s that names a person
// by a common noun in the nominative (Зловмисник, Затриманий), of gender
// g when g is not 0, as the speaker's phrase.
func (d *doc) personSubject(s int, g byte) (id, text string) {
	f, to := d.sentenceRange(s)
	for j := f; j < to && j < f+4; j++ {
		t := d.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":anim") || !strings.Contains(t.Tag, "v_naz") ||
			strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, "prop") || d.ents.At(t.RStart, t.REnd) != "" {
			continue
		}
		if g != 0 && !vtag.Has(t.Tag, string(g)) {
			return "", ""
		}
		return t.Text, t.Text
	}
	return "", ""
}

// dialogueOpen returns where a line of dialogue that runs over several
// sentences opens: the dash that starts a paragraph at most six sentences
// before sentence s, with no quotation mark, used token or attribution of
// its own on the way. It returns -1 when there is none.
func (d *doc) dialogueOpen(s int, used []bool) int {
	for k := s - 1; k >= 0 && k >= s-6; k-- {
		f, t := d.sentenceRange(k)
		for j := f; j < t; j++ {
			if c := d.nameInMarks(j, t); c > j {
				j = c // "- Курсу на «Локоматі» передують …": a name in marks, no quotation
				continue
			}
			if used[j] || d.toks[j].Kind == vistka.QuoteMark ||
				j > f && isDash(d.toks[j]) && j+1 < t && cueLemma(d.toks[j+1].Lemma, d.toks[j+1].Tag) != "" {
				return -1
			}
		}
		if isDash(d.toks[f]) && (f == 0 || d.toks[f].para != d.toks[f-1].para || d.sentenceDash(f)) {
			return f
		}
		if f > 0 && d.toks[f].para-d.toks[f-1].para > 1 {
			return -1
		}
	}
	return -1
}

// nameInMarks returns the closing mark of a name in quotation marks that
// opens at j, before t: one to four words, with no punctuation but a
// hyphen between the marks ("на «Локоматі»", "ТОВ «Нова пошта»"); else
// -1. Such a name is no quotation, so a line of dialogue may hold it.
func (d *doc) nameInMarks(j, t int) int {
	if d.toks[j].Kind != vistka.QuoteMark || d.toks[j].Text == "»" || d.toks[j].Text == "“" && j+1 < t && d.toks[j+1].Kind != vistka.Word {
		return -1
	}
	for k := j + 1; k < t && k <= j+5; k++ {
		switch tk := d.toks[k]; {
		case tk.Kind == vistka.QuoteMark:
			if k == j+1 || tk.Text == "«" || tk.Text == "„" {
				return -1
			}
			return k
		case tk.Kind == vistka.Word, tk.Kind == vistka.Number, isDash(tk) || tk.Text == "-":
		default:
			return -1
		}
	}
	return -1
}

// sentenceDash reports whether the dash at f, the first token of its
// sentence, opens a line of dialogue within a paragraph, as text without
// paragraph breaks writes it ("… поточних витрат. - Ми не маємо наміру
// …"): the sentence before ends in a full stop, and a capitalised word
// follows the dash.
func (d *doc) sentenceDash(f int) bool {
	if f < 1 || f+1 >= len(d.toks) || !strings.ContainsAny(d.toks[f-1].Text, ".!?…") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.toks[f+1].Text)
	return scan.IsUpper(r)
}

// bodySubject finds what a pronoun with no person to stand for refers
// to: the subject of its own sentence or the one before that is an
// organisation, a body named by a common noun (суд, фонд) or a role
// (представник Нацгвардії), of the pronoun's gender. "Суд відмовив у
// позові. Він вказав, що …" is the court.
func (d *doc) bodySubject(i int, g byte) (id, text string) {
	id, text, _ = d.bodySubjectAt(i, g)
	return id, text
}

// bodySubjectAt is bodySubject that also returns where the body stands.
func (d *doc) bodySubjectAt(i int, g byte) (id, text string, at int) {
	s := d.toks[i].sent
	lo := d.sentStart[max(0, s-1)]
	for j := i - 1; j >= lo; j-- {
		t := d.toks[j]
		f, to := d.sentenceRange(t.sent)
		// An indeclinable acronym (ВГСУ) may be tagged with any case; it
		// is a subject unless something governs it.
		e := d.ents.At(t.RStart, t.REnd)
		nv := strings.Contains(t.Tag, ":nv") && e != "" && !d.governed(j, f) && !d.verbObject(j, f) &&
			(j == f || d.ents.At(d.toks[j-1].RStart, d.toks[j-1].REnd) != e && !strings.HasPrefix(d.toks[j-1].Tag, "noun"))
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, "v_naz") && !nv || strings.Contains(t.Tag, "pron") {
			continue
		}
		if e := d.ents.At(t.RStart, t.REnd); e != "" {
			if d.quotedApposition(j, f, e) {
				continue // "до нафтового терміналу «Шесхарис»": the name of a noun in another case
			}
			// An acronym (ВГСУ) shows no gender.
			if d.ents.Type(e) == "ORG" && (g == 'p') == vtag.Has(t.Tag, "p") {
				return e, d.mentionText(e, t.RStart), j
			}
			continue
		}
		if !vtag.Has(t.Tag, string(g)) {
			continue
		}
		if d.relativeSubject(j, f) {
			continue // "договорів, які управління уклало з …": the relative clause's own subject
		}
		if isBody(scan.ToLower(t.Lemma)) || strings.Contains(t.Tag, ":anim") {
			return d.phrase(j, f, to, -1), d.phrase(j, f, to, -1), j
		}
	}
	return "", "", -1
}

// relativeSubject reports whether the common noun at toks[j] (its
// adjectives before it) follows right after a relative pronoun that
// opens a clause: "14 договорів, які управління уклало" — the noun is
// the subject of the relative clause (the pronoun its object), no one
// the text goes on about.
func (d *doc) relativeSubject(j, from int) bool {
	k := j - 1
	for k >= from && strings.HasPrefix(d.toks[k].Tag, "adj") && scan.ToLower(d.toks[k].Lemma) != "який" {
		k--
	}
	if k <= from || scan.ToLower(d.toks[k].Lemma) != "який" || d.toks[k-1].Text != "," {
		return false
	}
	return true
}

// quotedApposition reports whether the name e at toks[j] stands in quote
// marks right after a common noun in a case other than the nominative:
// "прямував до нафтового терміналу «Шесхарис»". Such a name takes the
// noun's case, whatever the tagger gave it, and is no subject.
func (d *doc) quotedApposition(j, from int, e string) bool {
	k := j
	for k-1 >= from && d.ents.At(d.toks[k-1].RStart, d.toks[k-1].REnd) == e {
		k--
	}
	if k-2 < from || d.toks[k-1].Kind != vistka.QuoteMark {
		return false
	}
	n := d.toks[k-2]
	return strings.HasPrefix(n.Tag, "noun") && !strings.Contains(n.Tag, "v_naz") && !strings.Contains(n.Tag, "prop") && d.ents.At(n.RStart, n.REnd) == ""
}

// verbObject reports whether the indeclinable acronym at toks[i] stands
// right after a past verb whose subject, a nominative noun of the verb's
// gender, opens the clause before it: "Прокудін подякував ООН" names ООН
// as whom he thanked, not as who speaks next; "повідомило НАБУ", with no
// subject before the verb, keeps the acronym as its subject.
func (d *doc) verbObject(i, from int) bool {
	if i-1 < from {
		return false
	}
	v := d.toks[i-1]
	if !strings.HasPrefix(v.Tag, "verb") || !vtag.Has(v.Tag, "past") {
		return false
	}
	g := vtag.Gender(v.Tag)
	for k := i - 2; k >= from; k-- {
		t := d.toks[k]
		if t.Text == "," || t.Text == ";" || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_naz") && !strings.Contains(t.Tag, "pron") && g != 0 && vtag.Has(t.Tag, string(g)) {
			return true
		}
	}
	return false
}

// governed reports whether the entity at toks[i] hangs on a preposition,
// directly or through a noun that is no speaking body: "вигнали їх із
// конференц-зали ОДА", "після зустрічі з Блінкеном". Such a name is not
// who speaks, unlike "у заяві Верховної Ради".
func (d *doc) governed(i, from int) bool {
	e := d.ents.At(d.toks[i].RStart, d.toks[i].REnd)
	k := i - 1
	for k >= from && (e != "" && d.ents.At(d.toks[k].RStart, d.toks[k].REnd) == e || strings.HasPrefix(d.toks[k].Tag, "adj") || d.toks[k].Kind == vistka.QuoteMark) {
		k--
	}
	if k < from {
		return false
	}
	if strings.HasPrefix(d.toks[k].Tag, "prep") {
		return true
	}
	t := d.toks[k]
	if strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "v_naz") && !isBody(scan.ToLower(t.Lemma)) {
		k--
		for k >= from && strings.HasPrefix(d.toks[k].Tag, "adj") {
			k--
		}
		if k >= from && strings.HasPrefix(d.toks[k].Tag, "prep") {
			return true
		}
		if k >= from && d.objectVerb(k) {
			// or through the object of a verb before it: "Експерти
			// центру проаналізували пропозицію «Тек-гідроаеробуд» і
			// встановили, що …"
			return true
		}
		// or through a chain of such nouns on a verb's object: "замовник
		// провів перевірку структури власності «Спецмебліпостачу» та
		// виявив, що …"
		for n := 0; n < 3 && k >= from && strings.HasPrefix(d.toks[k].Tag, "noun") && !strings.Contains(d.toks[k].Tag, "v_naz") &&
			!strings.Contains(d.toks[k].Tag, "pron"); n++ {
			k--
			for k >= from && strings.HasPrefix(d.toks[k].Tag, "adj") {
				k--
			}
			if k >= from && strings.HasPrefix(d.toks[k].Tag, "verb") && !strings.Contains(d.toks[k].Tag, "inf") && d.ents.At(d.toks[k].RStart, d.toks[k].REnd) == "" {
				return true
			}
		}
	}
	return false
}

// bodyBefore returns the subject of sentence s-1 when it is a body, an
// organisation named or a common noun such as суд, of gender g (0 for
// any): the first noun in the nominative before its first finite verb.
// It returns "" for a person or when there is none.
func (d *doc) bodyBefore(s int, g byte) (id, text string) {
	if s == 0 {
		return "", ""
	}
	f, to := d.sentenceRange(s - 1)
	for j := f; j < to; j++ {
		t := d.toks[j]
		if strings.HasPrefix(t.Tag, "verb") || t.Kind == vistka.QuoteMark {
			return "", ""
		}
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, "v_naz") || strings.Contains(t.Tag, "pron") || d.governed(j, f) {
			continue
		}
		if vtag.Has(t.Tag, "p") || g != 0 && !vtag.Has(t.Tag, string(g)) {
			return "", ""
		}
		if e := d.ents.At(t.RStart, t.REnd); e != "" {
			if d.ents.Type(e) == "ORG" {
				return e, d.mentionText(e, t.RStart)
			}
			return "", ""
		}
		if l := scan.ToLower(t.Lemma); isBody(l) && !documents[l] {
			p := d.phrase(j, f, to, -1)
			return p, p
		}
		return "", ""
	}
	return "", ""
}

// accordingPerson returns whom a pronoun at toks[i] of gender g stands
// for when its sentence opens the one after a sentence that opens with
// "За словами" (or another according cue) and a person named by a common
// noun of that gender: "За словами співрозмовника, танкер прямував до
// порту. Він наголосив, що …" is the interlocutor's. The noun is returned
// in its dictionary form. It returns "" when there is none.
func (d *doc) accordingPerson(i int, g byte) string {
	s := d.toks[i].sent
	if s == 0 || i != d.sentStart[s] {
		return ""
	}
	f, to := d.sentenceRange(s - 1)
	if to-f < 3 || !scan.EqualFold(d.toks[f].Text, "за") || !accordingLemma(d.toks[f+1].Lemma) {
		return ""
	}
	t := d.toks[f+2]
	if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":anim") || !strings.Contains(t.Tag, "v_rod") ||
		strings.Contains(t.Tag, "pron") || strings.Contains(t.Tag, "prop") || d.ents.At(t.RStart, t.REnd) != "" ||
		!vtag.Has(t.Tag, string(g)) {
		return ""
	}
	return t.Lemma
}

// peopleGoOn finds who speaks through a plural cue of the present or the
// past opening its sentence with a що-clause after it ("Скаржаться, що
// …", "Розповідали, що …"): the people that are the plural subject of
// the sentence before (see peopleSubject), or of the one before that
// when the sentence between opens with a plural verb of no subject of
// its own ("Мешканці стверджують, що …. Адже зверталися до міліції ….
// Розповідали, що …"). "Кажуть, що …" and "Говорять, що …" are what
// people at large say, no one named.
func (d *doc) peopleGoOn(cueAt, from int) (id, text string) {
	t := d.toks[cueAt]
	if cueAt != from || t.sent == 0 || !strings.HasPrefix(t.Tag, "verb") || !vtag.Has(t.Tag, "p") || vtag.Has(t.Tag, "inf") ||
		!vtag.Has(t.Tag, "past") && !(vtag.Has(t.Tag, "pres") && vtag.Has(t.Tag, "3")) || vtag.Has(t.Tag, "impers") {
		return "", ""
	}
	if l := scan.ToLower(t.Lemma); l == "казати" || l == "говорити" {
		return "", ""
	}
	if cueAt+2 >= len(d.toks) || d.toks[cueAt+1].Text != "," || !isThat(d.toks[cueAt+2].Lemma) {
		return "", ""
	}
	for s := t.sent - 1; s >= 0 && s >= t.sent-2; s-- {
		if id, text := d.peopleSubject(s); id != "" {
			return id, text
		}
		if !d.opensSubjectless(s) {
			break
		}
	}
	return "", ""
}

// opensSubjectless reports whether sentence s has a plural finite verb
// with no noun or pronoun in the nominative before it, past an opening
// connective: "Адже неодноразово зверталися до міліції".
func (d *doc) opensSubjectless(s int) bool {
	f, to := d.sentenceRange(s)
	for j := f; j < to && j < f+5; j++ {
		tg := d.toks[j].Tag
		if d.toks[j].Kind == vistka.Punct || (strings.HasPrefix(tg, "noun") || strings.HasPrefix(tg, "adj")) && strings.Contains(tg, "v_naz") {
			return false
		}
		if strings.HasPrefix(tg, "verb") {
			return vtag.Has(tg, "p") && !vtag.Has(tg, "inf")
		}
	}
	return false
}

// objectVerb reports whether toks[k] is a finite verb, of no name, with
// an accusative noun right after it: the noun is its object and a name
// hanging on that noun is no subject ("проаналізували пропозицію
// «Тек-гідроаеробуд»").
func (d *doc) objectVerb(k int) bool {
	v := d.toks[k]
	if !strings.HasPrefix(v.Tag, "verb") || strings.Contains(v.Tag, "inf") || d.ents.At(v.RStart, v.REnd) != "" || k+1 >= len(d.toks) {
		return false
	}
	n := d.toks[k+1]
	return strings.HasPrefix(n.Tag, "noun") && strings.Contains(n.Tag, "v_zna") && !strings.Contains(n.Tag, "pron")
}
