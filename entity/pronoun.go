package entity

import (
	"slices"
	"sort"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// pronouns adds personal pronouns in the nominative (він, вона) to the
// person they stand for, where the text makes it clear: exactly one person
// of that gender was named in the sentence or the two before it. A
// pronoun a mention holds already is left as it is. Read again, after
// the role phrases and epithets are given, a pronoun is not given past a
// role word of its gender no one holds (unheldRoleBetween).
func (r *Result) pronouns(a *vistka.Analysis, again bool) {
	for s := range a.Sentences {
		for i := range a.Sentences[s].Tokens {
			t := &a.Sentences[s].Tokens[i]
			if !strings.Contains(t.Tag, "pron:pers:3") || !strings.Contains(t.Tag, "v_naz") || r.At(t.RStart, t.REnd) != "" {
				continue
			}
			var g byte
			switch {
			case strings.Contains(t.Tag, ":m:"):
				g = 'm'
			case strings.Contains(t.Tag, ":f:"):
				g = 'f'
			default:
				continue
			}
			if thingInApposition(a.Sentences[s].Tokens, i, g) || opensSentence(a.Sentences[s].Tokens, i) && (r.unnamedSubjectBefore(a, s, g) || r.unnamedPersonBefore(a, s, g)) ||
				documentSaying(a, s, i, g) {
				continue
			}
			p := r.onlyPerson(t.RStart, s, g)
			if p == -1 && !nounBefore(a.Sentences[s].Tokens, i, g) {
				p = r.chainedPerson(t.RStart, s, g)
			}
			if p == -2 && !leadsSentence(a.Sentences[s].Tokens, i) && !nounBefore(a.Sentences[s].Tokens, i, g) {
				p = r.sentencePerson(t.RStart, s, g)
			}
			if q := r.quoteStart(t.RStart); q >= 0 {
				// «Вирок заочний, але він не символічний»: in the
				// words of someone quoted, він is as often a thing as
				// a man, and never the speaker; only a person named
				// in the quote itself is taken («Путін розраховував
				// … Він помилився»), the one of that gender named
				// there as a subject when others were named before
				// («Путін розуміє лише силу. Якщо він не сяде …»).
				if p < 0 && !nounBefore(a.Sentences[s].Tokens, i, g) {
					p = r.quotedSubject(q, t.RStart, g)
				}
				if p < 0 {
					if p = r.toldOf(a, s, i, g); p >= 0 {
						r.addMention(p, s, vistka.Mention{Start: t.RStart, End: t.REnd, Text: t.Text, Lemma: scan.ToLower(t.Lemma), Kind: "pronoun"})
						continue
					}
				}
				if p < 0 || !r.mentionedIn(p, q, t.RStart) {
					continue
				}
			}
			if q := r.quotedSentence(a, s, i); p < 0 && q > 0 {
				p = r.speakerBefore(a.Sentences[q].RStart, q, g)
				if p == -1 && q > 1 && r.namesNoPerson(q-1) {
					// a sentence of what was done comes between the
					// speaker and the words: "Директор Андрій Савчук
					// розповів, що … У березні компанія підписала … «…»,
					// – сказав він"
					p = r.speakerBefore(a.Sentences[q-1].RStart, q-1, g)
				}
			}
			if p < 0 && (leadsSentence(a.Sentences[s].Tokens, i) || afterOpeningPhrase(a.Sentences[s].Tokens, i) || afterTimeGenitive(a.Sentences[s].Tokens, i) ||
				afterParticipleClause(a.Sentences[s].Tokens, i) || afterConjunction(a.Sentences[s].Tokens, i)) {
				p = r.previousSubject(t.RStart, s, g)
				if p < 0 && !r.inQuote(t.RStart) {
					p = r.speakerBefore(t.RStart, s, g)
				}
			}
			if p < 0 && opensSentence(a.Sentences[s].Tokens, i) {
				if q := r.soleSpeaker(t.RStart, s, g); q >= 0 && r.quietBefore(a, s, g, q) && !closesQuote(a, s, t.REnd) {
					p = q
				}
			}
			if p >= 0 && again && r.unheldRoleBetween(a, p, t.RStart, g) {
				continue
			}
			if p >= 0 {
				r.addMention(p, s, vistka.Mention{Start: t.RStart, End: t.REnd, Text: t.Text, Lemma: scan.ToLower(t.Lemma), Kind: "pronoun"})
			}
		}
	}
	r.sortMentions()
}

// onlyPerson returns the one person of gender g named before pos in
// sentence s or the two sentences before it, -1 when there is none, or
// -2 when there are more.
func (r *Result) onlyPerson(pos, s int, g byte) int {
	return r.onePerson(pos, s, 2, g, false)
}

// onePerson returns the one person of gender g whom the mentions before
// pos in sentence s or in the back sentences before it stand for, counting
// only pronouns or only names (as pronouns says), -1 when there is none,
// or -2 when there are more.
func (r *Result) onePerson(pos, s, back int, g byte, pronouns bool) int {
	found := -1
	r.idx.before(pos, func(m mref) bool {
		if s-m.sent > back {
			return false
		}
		if m.sent > s || r.Entities[m.ent].Type != "PERS" || r.Gender[m.ent] != g || r.isPronoun(m) != pronouns {
			return true
		}
		if found >= 0 && found != m.ent {
			found = -2
			return false
		}
		found = m.ent
		return true
	})
	return found
}

// quotedSubject returns the one person of gender g named in the words
// quoted from code point q to pos, when named there as a subject, or -1.
func (r *Result) quotedSubject(q, pos int, g byte) int {
	found := -1
	r.idx.before(pos, func(m mref) bool {
		if m.start < q {
			return false
		}
		if r.Entities[m.ent].Type != "PERS" || r.isPronoun(m) {
			return true
		}
		if found >= 0 && found != m.ent || r.Gender[m.ent] != g || !r.nominative(m) {
			found = -2
			return false
		}
		found = m.ent
		return true
	})
	return max(found, -1)
}

// chainedPerson returns the one person the pronouns of gender g before
// pos in sentence s or in the sentence before it were taken for, or -1:
// with no person of that gender named in the three sentences, "Вперше він
// завітав до Львова … Відтоді він не просто встиг полюбити Україну" goes
// on with the man the first він stood for.
func (r *Result) chainedPerson(pos, s int, g byte) int {
	return max(r.onePerson(pos, s, 1, g, true), -1)
}

// thingInApposition reports whether the pronoun toks[i] is spelled out
// right after it, between dashes, by an inanimate noun of its gender in
// the nominative: "не вона — експертна оцінка — була основним
// критерієм" is no woman.
func thingInApposition(toks []vistka.Token, i int, g byte) bool {
	if i+2 >= len(toks) || !dash(toks[i+1].Text) {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		tag := toks[k].Tag
		switch {
		case strings.HasPrefix(tag, "adj"):
			continue
		case strings.HasPrefix(tag, "noun:inanim") && strings.Contains(tag, ":"+string(g)+":v_naz"):
			return true
		}
		return false
	}
	return false
}

// dash reports whether s is a dash or a hyphen written as one.
func dash(s string) bool { return s == "—" || s == "–" || s == "-" }

// nounBefore reports whether a common noun in the nominative of gender g
// comes before token i in toks: the pronoun after it may stand for that
// thing ("Музика стала іншою – тепер вона відчувалася …").
func nounBefore(toks []vistka.Token, i int, g byte) bool {
	for k := range toks[:i] {
		tag := toks[k].Tag
		if strings.HasPrefix(tag, "noun") && strings.Contains(tag, ":"+string(g)+":v_naz") &&
			!strings.Contains(tag, ":pron") && !strings.Contains(tag, ":prop") {
			return true
		}
	}
	return false
}

// unnamedSubjectBefore reports whether the sentence before s opens with
// a subject of gender g that is a common noun for a person no mention
// holds, past a possessive and adjectives ("Його адвокат оскаржить
// рішення. Він вважає …"): a pronoun opening s goes on with that
// subject, someone the text does not name, not with a person named
// further back. A subject inside someone's quoted words ("«Провідник
// отримував передоплату …», – розповів речник") is not the story's.
// Role words, which the roles may give a person later, are
// unheldRoleBetween's.
func (r *Result) unnamedSubjectBefore(a *vistka.Analysis, s int, g byte) bool {
	if s < 1 {
		return false
	}
	toks := a.Sentences[s-1].Tokens
	k := 0
	for k < len(toks) && k < 3 && (strings.HasPrefix(toks[k].Tag, "adj") || strings.Contains(toks[k].Tag, "pron:pos")) {
		k++ // "Його адвокат", "Місцевий житель"
	}
	if k+1 >= len(toks) {
		return false
	}
	t := &toks[k]
	return strings.HasPrefix(t.Tag, "noun:anim:"+string(g)+":v_naz") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, ":pron") &&
		!isRoleWord(lemmaOf(t)) && strings.HasPrefix(toks[k+1].Tag, "verb") && r.At(t.RStart, t.REnd) == "" && !r.inQuote(t.RStart)
}

// unnamedPersonBefore reports whether the sentence before s names no
// person of gender g and brings in someone of that gender by age, as news
// brings in one it does not name ("Патрульні зупинили 25-річного водія.
// Він був …", "винесли з будинку 80-річну пенсіонерку. Вона …"): a
// pronoun opening s is that someone, not a person named further back. A
// word for someone already named (поетеса, дівчина, мама) comes with no
// age.
func (r *Result) unnamedPersonBefore(a *vistka.Analysis, s int, g byte) bool {
	if s < 1 || r.namesPersonIn(a, s-1, g) {
		return false
	}
	toks := a.Sentences[s-1].Tokens
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if strings.HasPrefix(t.Tag, "noun:anim:"+string(g)+":") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, ":pron") &&
			ageAdjective(toks[k-1].Text) && r.At(t.RStart, t.REnd) == "" && !r.inQuote(t.RStart) {
			return true
		}
	}
	return false
}

// ageAdjective reports whether w is an age written with digits:
// 25-річного, 80-річна.
func ageAdjective(w string) bool {
	n, rest := 0, w
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	return n > 0 && strings.HasPrefix(rest[n:], "-річн")
}

// namesPersonIn reports whether a mention of a person of gender g lies in
// sentence s.
func (r *Result) namesPersonIn(a *vistka.Analysis, s int, g byte) bool {
	found := false
	r.idx.before(a.Sentences[s].REnd, func(m mref) bool {
		if m.sent < s {
			return false
		}
		if m.sent == s && r.Entities[m.ent].Type == "PERS" && r.Gender[m.ent] == g {
			found = true
			return false
		}
		return true
	})
	return found
}

// documentSaying reports whether pronoun i of sentence s is the subject of
// a verb a document's content takes ("Він передбачає заборону …",
// "Вона стосується …"), with no що-clause after it (one who foresees
// something says it in one), and a thing of its gender was named in the
// sentence before or in s before it: the bill or the rule, not a man
// named with it.
func documentSaying(a *vistka.Analysis, s, i int, g byte) bool {
	toks := a.Sentences[s].Tokens
	if i+2 >= len(toks) || !strings.HasPrefix(toks[i+1].Tag, "verb") || !documentVerbs[toks[i+1].Lemma] ||
		toks[i+2].Text == "," || scan.EqualFold(toks[i+2].Text, "що") {
		return false
	}
	thing := func(t *vistka.Token) bool {
		return strings.HasPrefix(t.Tag, "noun:inanim:"+string(g)+":") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, ":pron")
	}
	if slices.ContainsFunc(toks[:i], func(t vistka.Token) bool { return thing(&t) }) {
		return true
	}
	return s > 0 && slices.ContainsFunc(a.Sentences[s-1].Tokens, func(t vistka.Token) bool { return thing(&t) })
}

// documentVerbs are the lemmas of verbs whose subject is what a law, a
// bill, a programme or an agreement says.
var documentVerbs = map[string]bool{
	"передбачати": true, "стосуватися": true, "регулювати": true, "містити": true,
}

// isPronoun reports whether the indexed mention m is a pronoun mention.
func (r *Result) isPronoun(m mref) bool {
	for _, mm := range r.Entities[m.ent].Mentions {
		if mm.Start == m.start && mm.End == m.end {
			return mm.Kind == "pronoun"
		}
	}
	return false
}

// opensSentence reports whether token i is the first word of its
// sentence.
func opensSentence(toks []vistka.Token, i int) bool {
	for _, t := range toks[:i] {
		if t.Kind == vistka.Word {
			return false
		}
	}
	return true
}

// leadsSentence reports whether token i opens its sentence, or follows
// only one or two adverbs that open it: "Раніше він очолював …",
// "Згодом вона додала …" put the pronoun where a subject opens.
func leadsSentence(toks []vistka.Token, i int) bool {
	n := 0
	for _, t := range toks[:i] {
		if t.Kind != vistka.Word {
			return false
		}
		if !strings.HasPrefix(t.Tag, "adv") {
			return false
		}
		n++
	}
	return n <= 2
}

// afterConjunction reports whether token i follows only a conjunction
// that opens its sentence, with adverbs and commas (Проте, Але, Адже,
// Втім, "Насамперед тому, що"): the pronoun is the first word for anyone
// in the sentence, where a subject opens, and goes on with the subject
// of the sentence before ("Олег Рибак зустрівся з Петром Гуменюком.
// Проте він не підписав угоду").
func afterConjunction(toks []vistka.Token, i int) bool {
	if i < 1 || i > 5 {
		return false
	}
	conj := false
	for _, t := range toks[:i] {
		switch {
		case strings.HasPrefix(t.Tag, "conj"):
			conj = true
		case t.Text == ",", strings.HasPrefix(t.Tag, "adv") && !strings.Contains(t.Tag, "pron"):
		default:
			return false
		}
	}
	return conj
}

// afterOpeningPhrase reports whether token i follows only a
// prepositional phrase of time or place that opens its sentence, a
// preposition and up to three nouns, adjectives, numbers or
// demonstratives, no person's name among them: "У четвер він має
// виступити", "На полях форуму він провів зустріч", "Після цього він
// наголосив" put the pronoun where a subject opens. A comma may close
// the phrase: "Попри молодий вік, він уже встиг пограти".
func afterOpeningPhrase(toks []vistka.Token, i int) bool {
	if i > 2 && i <= 5 && toks[i-1].Text == "," {
		i--
	}
	if i < 2 || i > 4 || !strings.HasPrefix(toks[0].Tag, "prep") {
		return false
	}
	for _, t := range toks[1:i] {
		switch {
		case strings.Contains(t.Tag, ":prop") || strings.Contains(t.Tag, "pron:pers"):
			return false
		case t.Kind == vistka.Number, strings.HasPrefix(t.Tag, "noun"), strings.HasPrefix(t.Tag, "adj"), strings.HasPrefix(t.Tag, "numr"):
		default:
			return false
		}
	}
	return true
}

// timeNouns are the lemmas of the nouns of a time a genitive phrase may
// open a sentence with: "Того ж дня", "Наступного тижня", "Цієї ночі".
var timeNouns = map[string]bool{
	"день": true, "тиждень": true, "місяць": true, "рік": true, "ранок": true, "вечір": true, "ніч": true,
	"доба": true, "весна": true, "літо": true, "осінь": true, "зима": true,
}

// afterTimeGenitive reports whether token i follows only a phrase of
// time in the genitive that opens its sentence, an adjective or a
// demonstrative, the particle ж and a noun of a time ("Того ж дня він
// зустрівся", "Наступного тижня вона відвідає", "Минулого року він
// очолив"): the pronoun stands where a subject opens.
func afterTimeGenitive(toks []vistka.Token, i int) bool {
	if i < 2 || i > 3 || !strings.HasPrefix(toks[0].Tag, "adj") || !vtag.Has(toks[0].Tag, "v_rod") {
		return false
	}
	k := 1
	if i == 3 {
		if toks[1].Text != "ж" && toks[1].Text != "же" {
			return false
		}
		k = 2
	}
	t := &toks[k]
	return strings.HasPrefix(t.Tag, "noun:inanim") && vtag.Has(t.Tag, "v_rod") && timeNouns[scan.ToLower(lemmaOf(t))]
}

// afterParticipleClause reports whether token i follows only a clause of
// an adverbial participle that opens its sentence, closed by a comma,
// with no name or personal pronoun in it: "Виступаючи на
// пресконференції, він закликав …", "Відповідаючи на запитання
// журналістів, вона наголосила": the participle's doer is the
// pronoun's, where a subject opens.
func afterParticipleClause(toks []vistka.Token, i int) bool {
	if i < 3 || !strings.HasPrefix(toks[0].Tag, "advp") || toks[i-1].Text != "," {
		return false
	}
	for _, t := range toks[1 : i-1] {
		if t.Kind != vistka.Word && t.Kind != vistka.Number || strings.Contains(t.Tag, ":prop") ||
			strings.Contains(t.Tag, "pron:pers") || strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, "inf") {
			return false
		}
	}
	return true
}

// quotedSentence returns the sentence that words quoted right before the
// pronoun toks[i] of sentence s open, when the pronoun is the subject of
// their cue ("«…», – сказав він") and the quotation opens its sentence,
// or -1: who speaks was then named before the quotation, as the subject
// of the sentence before it ("Адвокат Роман Білик заявив, що … «…», –
// сказав він").
func (r *Result) quotedSentence(a *vistka.Analysis, s, i int) int {
	toks := a.Sentences[s].Tokens
	if i < 3 || !strings.HasPrefix(toks[i-1].Tag, "verb") || !dash(toks[i-2].Text) {
		return -1
	}
	k := i - 3
	if toks[k].Text == "," && k > 0 {
		if q := r.dashedReply(a, toks[k].RStart); q >= 0 {
			// "— …, — підсумував він": a reply set off by a dash that
			// opens its paragraph, as the words in quotation marks
			return q
		}
		k--
	}
	var open rune
	switch toks[k].Text {
	case "»":
		open = '«'
	case "“":
		open = '„'
	case "\"":
		open = '"'
	default:
		return -1
	}
	for c := toks[k].RStart - 1; c >= 0 && c < len(r.text); c-- {
		switch r.text[c] {
		case open:
			q := a.SentenceAt(c)
			if q < 0 || len(a.Sentences[q].Tokens) == 0 || a.Sentences[q].Tokens[0].RStart != c {
				return -1
			}
			return q
		case '»', '“', '"':
			if open == '«' && r.text[c] != '»' {
				continue // words quoted inside: «… "шахедів" …»
			}
			return -1 // (a closing mark of other words)
		}
	}
	return -1
}

// dashedReply returns the sentence that opens with the dash opening the
// paragraph of the comma at code point comma, or -1 when no dash opens
// that paragraph or no sentence opens with it.
func (r *Result) dashedReply(a *vistka.Analysis, comma int) int {
	d := r.dialogueOpening(comma)
	if d < 0 {
		return -1
	}
	q := a.SentenceAt(d)
	if q < 0 || len(a.Sentences[q].Tokens) == 0 || a.Sentences[q].Tokens[0].RStart != d {
		return -1
	}
	return q
}

// sentencePerson returns the one person of gender g named before pos in
// sentence s itself, or -1 when there is none or more: in "Як
// повідомлялося, у серпні Косіняка-Камиша приймали в Києві, де він
// оглянув …" the pronoun is the man of its sentence, though other men
// were named in the two sentences before.
func (r *Result) sentencePerson(pos, s int, g byte) int {
	found := -1
	r.idx.before(pos, func(m mref) bool {
		if m.sent < s {
			return false
		}
		if m.sent > s || r.Entities[m.ent].Type != "PERS" || r.Gender[m.ent] != g || r.isPronoun(m) || r.quotedBefore(m, pos) {
			return true
		}
		if found >= 0 && found != m.ent || r.governed(m) {
			found = -1
			return false
		}
		found = m.ent
		return true
	})
	return found
}

// governed reports whether mention m depends on the word before it: a
// preposition ("Із Петром Григоровичем він познайомився") or a noun that
// is no preposition's ("в період прем'єрства Януковича … де він"). Such
// a person is seldom what a later pronoun of the sentence stands for;
// a name after a time phrase ("у серпні Гнатюка приймали") is not
// governed, but one after a word for a person in its own case is
// ("разом із колегою Мартою Зінченко").
func (r *Result) governed(m mref) bool {
	toks, k := r.tokenOf(m)
	if k < 0 {
		return true
	}
	if k == 0 {
		return false
	}
	prev := toks[k-1].Tag
	if strings.HasPrefix(prev, "prep") {
		return true
	}
	return strings.HasPrefix(prev, "noun") && (!(k > 1 && strings.HasPrefix(toks[k-2].Tag, "prep")) ||
		strings.HasPrefix(prev, "noun:anim") && !strings.Contains(prev, "v_naz") && sameCase(prev, toks[k].Tag))
}

// previousSubject returns the person a pronoun opening sentence s stands
// for when the sentence before names one person of gender g, named as
// its subject: "Прем'єр Бабіш відповів у соцмережі. Він написав …" is
// Бабіш though a man was named a sentence earlier. Persons of the other
// gender do not count ("Каллас провела розмову з міністром Денисом
// Шмигалем. Вона запевнила …" is Каллас). It returns -1 when the
// sentence before names no such person, or two.
func (r *Result) previousSubject(pos, s int, g byte) int {
	found, subject := -1, false
	r.idx.before(pos, func(m mref) bool {
		if m.sent < s-1 {
			return false
		}
		if m.sent != s-1 || r.Entities[m.ent].Type != "PERS" || r.isPronoun(m) || r.Gender[m.ent] != g {
			return true
		}
		if found >= 0 && found != m.ent {
			found = -2
			return false
		}
		found = m.ent
		subject = subject || r.nominative(m)
		return true
	})
	if found < 0 || !subject {
		return -1
	}
	return found
}

// speakerBefore returns who speaks the words quoted from the start of
// sentence s: the one person of gender g the sentence before names as
// its subject, others of that gender named there only as the object of
// a preposition or a noun ("Сибіга обговорив із Сікорським … «…», –
// заявив він" is Сибіга's); whose words "За словами" opens the sentence
// with is its subject as well (citedBy). It returns -1 when there is no
// such person, or two.
//
// A subject of a clause the sentence opens with a conjunction or a
// relative word ("…, де Чиж-Вишенський робився поетичним") or a name a
// common noun governs ("ріки Вілламет") is none; a pronoun of gender g
// the sentence does not give to anyone leaves it open.
func (r *Result) speakerBefore(pos, s int, g byte) int {
	if s < 1 || r.a == nil || s-1 >= len(r.a.Sentences) {
		return -1
	}
	toks := r.a.Sentences[s-1].Tokens
	found := -1
	r.idx.before(pos, func(m mref) bool {
		if m.sent < s-1 {
			return false
		}
		if m.sent != s-1 || r.Entities[m.ent].Type != "PERS" || r.Gender[m.ent] != g {
			return true
		}
		nom := r.nominative(m) || r.citedBy(m) // ("За словами Олега Ніколенка, …")
		if r.governed(m) && !nom {
			return true
		}
		if !nom || found >= 0 && found != m.ent || afterThing(toks, m.start) || inClause(toks, m.start) {
			found = -2
			return false
		}
		found = m.ent
		return true
	})
	if found < 0 {
		return -1
	}
	for _, t := range toks {
		if strings.Contains(t.Tag, "pron:pers:3") && strings.Contains(t.Tag, "v_naz") && strings.Contains(t.Tag, ":"+string(g)+":") &&
			!r.mentionedIn(found, t.RStart, t.REnd) {
			return -1
		}
	}
	return found
}

// unheldRoleBetween reports whether a role word of gender g in the
// singular that no mention holds stands between person p's last mention
// before pos and pos: "… Омбудсман додав … Офіс Генерального прокурора
// повідомив про підозру колишньому начальнику ізолятора. За даними
// слідства, він …" is that unnamed head, not the ombudsman.
func (r *Result) unheldRoleBetween(a *vistka.Analysis, p, pos int, g byte) bool {
	from := -1
	r.idx.before(pos, func(m mref) bool {
		if m.ent == p {
			from = m.end
			return false
		}
		return true
	})
	if from < 0 {
		return false
	}
	for s := max(a.SentenceAt(from), 0); s < len(a.Sentences) && a.Sentences[s].RStart < pos; s++ {
		for i := range a.Sentences[s].Tokens {
			t := &a.Sentences[s].Tokens[i]
			if t.RStart < from || t.RStart >= pos || !strings.HasPrefix(t.Tag, "noun") || vtag.Gender(t.Tag) != g || !isRoleWord(lemmaOf(t)) {
				continue
			}
			if r.At(t.RStart, t.REnd) == "" {
				return true
			}
		}
	}
	return false
}

// namesNoPerson reports whether sentence s names no person: no mention
// of a person, a pronoun for one or a title of one falls in it.
func (r *Result) namesNoPerson(s int) bool {
	if s < 0 || r.a == nil || s >= len(r.a.Sentences) {
		return false
	}
	none := true
	r.idx.overlapping(r.a.Sentences[s].RStart, r.a.Sentences[s].REnd, func(m mref) bool {
		if r.Entities[m.ent].Type == "PERS" {
			none = false
			return false
		}
		return true
	})
	return none
}

// citedBefore returns the one person of gender g the sentence before s
// names right after "з посиланням на", whom the story cites: "Про це
// пише видання з посиланням на голову профспілки Миколу Ткачука. За
// словами профспілкового лідера, …" is Ткачук. It returns -1 when there
// is no such person, or the words name two.
func (r *Result) citedBefore(s int, g byte) int {
	if s < 1 || r.a == nil || s-1 >= len(r.a.Sentences) {
		return -1
	}
	toks := r.a.Sentences[s-1].Tokens
	from := -1
	for k := 0; k+2 < len(toks); k++ {
		if (scan.EqualFold(toks[k].Text, "з") || scan.EqualFold(toks[k].Text, "із")) && scan.EqualFold(toks[k+1].Text, "посиланням") &&
			scan.EqualFold(toks[k+2].Text, "на") {
			from = toks[k+2].REnd
		}
	}
	if from < 0 {
		return -1
	}
	found := -1
	r.idx.overlapping(from, r.a.Sentences[s-1].REnd, func(m mref) bool {
		if r.Entities[m.ent].Type != "PERS" || r.isPronoun(m) {
			return true
		}
		if found >= 0 && found != m.ent || r.Gender[m.ent] != g {
			found = -1
			return false
		}
		found = m.ent
		return true
	})
	return found
}

// afterThing reports whether the word before code point pos in toks is a
// common noun for a thing, in lower case, and the name at pos opens with
// no first name: the name is the thing's ("ріки Вілламет"), no subject.
// (A title's last word before a first name is the title's: "голова
// комітету з питань оборони та розвідки Олександр Завітневич".)
func afterThing(toks []vistka.Token, pos int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].RStart >= pos })
	if k == 0 || k == len(toks) || strings.Contains(toks[k].Tag, ":fname") {
		return false
	}
	t := &toks[k-1]
	return strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, ":pron") &&
		!strings.Contains(toks[k].Tag, ":pron") && !scan.IsUpper(firstRune(t.Text)) && !isRoleWord(lemmaOf(t))
}

// inClause reports whether a conjunction or a relative word comes before
// code point pos in toks: a name after it is the subject of a clause,
// not of the sentence.
func inClause(toks []vistka.Token, pos int) bool {
	for _, t := range toks {
		if t.RStart >= pos {
			return false
		}
		if strings.HasPrefix(t.Tag, "conj:subord") || strings.Contains(t.Tag, ":rel") {
			return true
		}
	}
	return false
}

// soleSpeaker returns the person a pronoun opening sentence s stands for
// when the two sentences before name no one (they carry his words: "За
// його словами, …", a quotation) and the person is the only one named in
// the four sentences before s, and of gender g: "… – зазначив Олександр
// Попов. За його словами, … «…», – упевнений експерт. Він також додав".
// It returns -1 otherwise.
func (r *Result) soleSpeaker(pos, s int, g byte) int {
	found := -1
	r.idx.before(pos, func(m mref) bool {
		if s-m.sent > 4 {
			return false
		}
		if r.Entities[m.ent].Type != "PERS" || r.isPronoun(m) {
			return true
		}
		if s-m.sent <= 2 || found >= 0 && found != m.ent {
			found = -2
			return false
		}
		found = m.ent
		return true
	})
	if found < 0 || r.Gender[found] != g {
		return -1
	}
	return found
}

// quietBefore reports whether the two sentences before s leave the
// subject to person p: no pronoun of gender g in them stands for someone
// else or no one ("Так чи інак, він прийшов."), and no title of a
// position names another ("Саудівський міністр підтвердив …"; a word
// such as експерт may be his, and a role word that stands for him is
// his: "…», – сказав омбудсман. Він також закликав").
func (r *Result) quietBefore(a *vistka.Analysis, s int, g byte, p int) bool {
	for k := max(s-2, 0); k < s; k++ {
		toks := a.Sentences[k].Tokens
		if len(toks) == 0 {
			continue
		}
		for i := range toks {
			t := &toks[i]
			if strings.Contains(t.Tag, "pron:pers:3") && strings.Contains(t.Tag, "v_naz") &&
				strings.Contains(t.Tag, ":"+string(g)+":") && !r.mentionedIn(p, t.RStart, t.REnd) {
				return false
			}
			if strings.HasPrefix(t.Tag, "noun") && isRoleWord(lemmaOf(t)) && !r.holds(p, t.RStart, t.REnd) && r.RoleAt(a, k, i) != ID(p) {
				return false // the tagger may read "Польський міністр" as a body
			}
		}
		from, to := toks[0].RStart, toks[len(toks)-1].REnd
		for _, sp := range a.Spans {
			if sp.Type == "JOB" && sp.Start >= from && sp.End <= to && !r.mentionedIn(p, sp.Start, sp.End) &&
				slices.ContainsFunc(scan.Fields(sp.Lemma), isRoleWord) {
				return false
			}
		}
	}
	return true
}

// closesQuote reports whether a quotation closes in sentence s after
// code point pos before one opens: the pronoun is then in the words of
// someone quoted, whose quotation began a paragraph earlier ("Тому ця
// нагорода – не моя. Вона належить тим, хто …»").
func closesQuote(a *vistka.Analysis, s, pos int) bool {
	for _, t := range a.Sentences[s].Tokens {
		if t.RStart < pos {
			continue
		}
		switch t.Text {
		case "«":
			return false
		case "»":
			return true
		}
	}
	return false
}

// inQuote reports whether code point pos lies inside «» quotation marks
// opened in its paragraph.
func (r *Result) inQuote(pos int) bool { return r.quoteStart(pos) >= 0 }

// quoteStart returns where the «» quotation around code point pos opens
// in its paragraph, or -1 when pos is outside quotation marks.
func (r *Result) quoteStart(pos int) int {
	for k := min(pos, len(r.text)) - 1; k >= 0; k-- {
		switch r.text[k] {
		case '«':
			return k
		case '»', '\n':
			return -1
		}
	}
	return -1
}

// quotedBefore reports whether mention m stands in words quoted in «…»
// that close before pos: in "«Путін продовжує вбивати цивільних», –
// написав він" the quoted name is not who writes.
//
// A name after a dash inside the marks is an attribution that a quote
// left open takes in ("« З 2015 року я почала їздити …, – розповідає
// Катерина Хом’як"), not quoted words.
func (r *Result) quotedBefore(m mref, pos int) bool {
	q := r.quoteStart(m.start)
	if q < 0 {
		return false
	}
	for k := q; k < m.start; k++ {
		if r.text[k] == '–' || r.text[k] == '—' {
			return false
		}
	}
	for k := m.end; k < pos && k < len(r.text); k++ {
		if r.text[k] == '»' {
			return true
		}
	}
	return false
}

// holds reports whether a mention of entity p covers the code points
// [from, to).
func (r *Result) holds(p, from, to int) bool {
	for _, m := range r.Entities[p].Mentions {
		if m.Start <= from && to <= m.End {
			return true
		}
	}
	return false
}

// mentionedIn reports whether entity p has a mention in the code points
// [from, to).
func (r *Result) mentionedIn(p, from, to int) bool {
	for _, m := range r.Entities[p].Mentions {
		if from <= m.Start && m.End <= to {
			return true
		}
	}
	return false
}

// firstPerson are the forms of я and ми: a speaker telling of himself.
var firstPerson = map[string]bool{"я": true, "мене": true, "мені": true, "мною": true, "ми": true, "нас": true, "нам": true, "нами": true}

// toldOf returns whom the pronoun toks[i] of sentence s stands for when
// it opens quoted words that open the sentence and the words speak of
// their speaker in the first person: the one person of gender g the
// sentence before names in another case than the nominative, besides its
// subject, who tells of that person ("Залужний розповів про зустріч із
// прем'єр-міністром Кейром Стармером. «Він запитав мене …», – сказав
// дипломат"); or -1.
func (r *Result) toldOf(a *vistka.Analysis, s, i int, g byte) int {
	toks := a.Sentences[s].Tokens
	if s < 1 || i != 1 || !quoteMark(toks[0].Text) {
		return -1
	}
	first, closing := false, -1
	for k := i + 1; k < len(toks); k++ {
		t := &toks[k]
		if quoteMark(t.Text) {
			closing = k
			break
		}
		first = first || strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "pron") && firstPerson[scan.ToLower(t.Text)]
	}
	if !first && (closing < 0 || !r.saidBySubjectBefore(a, s, closing)) {
		return -1
	}
	found, subject := -1, false
	r.idx.before(toks[0].RStart, func(m mref) bool {
		if m.sent < s-1 {
			return false
		}
		if m.sent != s-1 || r.Entities[m.ent].Type != "PERS" || r.isPronoun(m) {
			return true
		}
		if r.nominative(m) {
			subject = true
			return true
		}
		if r.Gender[m.ent] != g {
			return true
		}
		if found >= 0 && found != m.ent {
			found = -2
			return false
		}
		found = m.ent
		return true
	})
	if found < 0 || !subject || slices.ContainsFunc(r.nominativeIn(s-1), func(e int) bool { return e == found }) {
		return -1
	}
	return found
}

// saidBySubjectBefore reports whether the person the cue after the
// closing mark toks[closing] of sentence s names (the first person's
// mention after it, a name or a role: "«…», – сказав президент") is the
// one the sentence before names in the nominative: the speaker who told
// of someone there ("Зеленський прокоментував заяву Путіна. «Він не
// хоче миру», – сказав президент"), whom he does not call він.
func (r *Result) saidBySubjectBefore(a *vistka.Analysis, s, closing int) bool {
	toks := a.Sentences[s].Tokens
	speaker := -1
	r.idx.overlapping(toks[closing].REnd, a.Sentences[s].REnd, func(m mref) bool {
		if m.sent == s && r.Entities[m.ent].Type == "PERS" && !r.isPronoun(m) {
			speaker = m.ent
			return false
		}
		return true
	})
	return speaker >= 0 && slices.Contains(r.nominativeIn(s-1), speaker)
}

// nominativeIn returns the people named in the nominative in sentence s.
func (r *Result) nominativeIn(s int) []int {
	var out []int
	for i := range r.Entities {
		if r.Entities[i].Type != "PERS" {
			continue
		}
		for k, m := range r.Entities[i].Mentions {
			if k < len(r.mentionSent[i]) && r.mentionSent[i][k] == s && r.nominative(mref{start: m.Start, end: m.End, ent: i, sent: s}) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// latter gives "Останній" or "Остання" (the latter) opening a sentence as
// the subject of its verb to the person of its gender named last in the
// sentence before, when that sentence names two persons or more:
// "Свириденко зустрілася з міністром фінансів Сергієм Марченком.
// Останній доповів про виконання бюджету." With one person named there
// the word is no one's: it is the last of something else ("Остання
// зустріч", or a list the text goes on with).
func (r *Result) latter(a *vistka.Analysis) {
	added := false
	for s := 1; s < len(a.Sentences); s++ {
		toks := a.Sentences[s].Tokens
		if len(toks) < 3 {
			continue
		}
		t := &toks[0]
		lemma := scan.ToLower(t.Lemma)
		if lemma != "останній" || !strings.HasPrefix(t.Tag, "adj") || !vtag.Has(t.Tag, "v_naz") || r.At(t.RStart, t.REnd) != "" {
			continue
		}
		g := vtag.Gender(t.Tag)
		k := 1
		for k < len(toks) && strings.HasPrefix(toks[k].Tag, "adv") {
			k++ // "Останній також наголосив"
		}
		if g != 'm' && g != 'f' || k >= len(toks) || !strings.HasPrefix(toks[k].Tag, "verb") || strings.Contains(toks[k].Tag, "inf") {
			continue
		}
		if p := r.lastNamedOf(s-1, t.RStart, g); p >= 0 {
			r.addMention(p, s, vistka.Mention{Start: t.RStart, End: t.REnd, Text: t.Text, Lemma: lemma, Kind: "pronoun"})
			added = true
		}
	}
	if added {
		r.sortMentions() // (pronouns left them in order)
	}
}

// lastNamedOf returns the person named last in sentence s, before pos,
// when that person is of gender g and s names another person too; else
// -1.
func (r *Result) lastNamedOf(s, pos int, g byte) int {
	last, other := -1, false
	r.idx.before(pos, func(m mref) bool {
		if m.sent < s {
			return false
		}
		if m.sent > s || r.Entities[m.ent].Type != "PERS" {
			return true
		}
		if last < 0 {
			last = m.ent
		}
		other = m.ent != last
		return !other
	})
	if !other || r.Gender[last] != g {
		return -1
	}
	return last
}
