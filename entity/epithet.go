package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
	"github.com/vistka/vistka/ner"
)

// epithets are the common nouns a story calls someone it has named by
// after their words: "«…», – зазначив посадовець", "– …, – каже фермер".
var epithets = map[string]bool{
	"посадовець": true, "посадовиця": true, "чиновник": true, "чиновниця": true, "фермер": true, "фермерка": true,
	"аграрій": true, "аграрійка": true, "підприємець": true, "підприємиця": true, "науковець": true, "науковиця": true,
	"лікар": true, "лікарка": true, "експерт": true, "експертка": true, "економіст": true, "економістка": true,
	"аналітик": true, "аналітикиня": true, "юрист": true, "юристка": true, "активіст": true, "активістка": true,
	"волонтер": true, "волонтерка": true, "військовий": true, "військова": true, "ветеран": true, "ветеранка": true,
	"співрозмовник": true, "співрозмовниця": true, "мешканець": true, "мешканка": true, "пенсіонер": true,
	"пенсіонерка": true, "вчитель": true, "вчителька": true, "учитель": true, "учителька": true, "очевидець": true,
	"очевидиця": true, "спортсмен": true, "спортсменка": true, "тренер": true, "тренерка": true, "політик": true,
	"правозахисник": true, "правозахисниця": true, "адвокат": true, "адвокатка": true, "студент": true,
	"студентка": true, "письменник": true, "письменниця": true, "митець": true, "мисткиня": true, "художник": true,
	"художниця": true, "жінка": true, "чоловік": true, "бізнесмен": true, "бізнесменка": true, "депутат": true,
	"депутатка": true, "освітянин": true, "освітянка": true, "медик": true, "медикиня": true,
	"рятувальник": true, "рятувальниця": true, "дослідник": true, "дослідниця": true, "біженець": true, "біженка": true,
	// occupations and callings a story names someone by after the name
	// ("Офіцер додав", "За словами декана", "– сказав функціонер")
	"офіцер": true, "прикордонник": true, "прикордонниця": true, "декан": true, "деканка": true,
	"топменеджер": true, "топменеджерка": true, "функціонер": true, "функціонерка": true, "фінансист": true,
	"фінансистка": true, "режисер": true, "режисерка": true, "захисник": true, "захисниця": true,
	"обвинувач": true, "обвинувачка": true, "владика": true, "банкір": true, "банкірка": true,
	// the one an interview or a portrait is about ("– додає наша
	// героїня", "– пояснює наш гість")
	"герой": true, "героїня": true, "гість": true, "гостя": true,
}

// epithetSpeakers takes a common noun of epithets right after the cue
// that follows someone's words ("«…», – зазначив посадовець", "– …, –
// каже фермер") for the one person of its gender named in the sentence
// the words open in or the two before it: a story names whom it quotes
// before it calls them by what they are. The noun must be a nominative
// in the singular, after a verb after a dash after the closing mark or
// the comma of the words, and no name may follow it.
func (r *Result) epithetSpeakers(a *vistka.Analysis) {
	for s := range a.Sentences {
		toks := a.Sentences[s].Tokens
		for i := 3; i < len(toks); i++ {
			t := &toks[i]
			if !epithets[scan.ToLower(t.Lemma)] && !describes(t) || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") ||
				!strings.Contains(t.Tag, "v_naz") || vtag.Gender(t.Tag) == 'p' || r.At(t.RStart, t.REnd) != "" {
				continue
			}
			from := adjectivesBefore(toks, i) // "– переконаний данський політик"
			if from < 3 || !cueWord(&toks[from-1]) || !dash(toks[from-2].Text) ||
				i+1 < len(toks) && (unicode.IsUpper(firstRune(toks[i+1].Text)) || quoteMark(toks[i+1].Text) || r.At(toks[i+1].RStart, toks[i+1].REnd) != "") {
				continue // "– сказав адвокат Олег Кузьмич", "– сказав тренер «Карпат» …": the title of the name after it
			}
			open, k := -1, from-3
			if toks[k].Text == "," && k > 0 && closingMark(toks[k-1].Text) {
				k-- // "«…», – зазначив посадовець"
			}
			switch {
			case closingMark(toks[k].Text):
				open = r.quoteOpening(toks[k].RStart)
			case toks[k].Text == "," && epithets[scan.ToLower(t.Lemma)]:
				// (a word not listed in a dialogue's reply is as often
				// the other side's: "– Учора, – відповів сусід")
				open = r.dialogueOpening(toks[k].RStart)
			}
			if open < 0 {
				continue
			}
			g := vtag.Gender(t.Tag)
			if g != 'm' && g != 'f' {
				continue
			}
			qs := a.SentenceAt(open)
			if qs < 0 {
				continue
			}
			p := r.epithetHolder(t.RStart, scan.ToLower(t.Lemma), g)
			if p < 0 && p != -2 {
				p = r.onlyPerson(open, qs, g)
			}
			if p == -2 && a.Sentences[qs].Tokens[0].RStart == open {
				// others named in the sentences before words that open
				// their sentence: the subject of the sentence right
				// before them ("Фермер Віктор Гуцол розповів, що … «…»,
				// – сказав аграрій")
				p = r.speakerBefore(open, qs, g)
			}
			if p >= 0 && !epithets[scan.ToLower(t.Lemma)] && !r.mentionedIn(p, a.Sentences[max(qs-1, 0)].RStart, open) {
				// a word not among epithets is the speaker's only when
				// the words follow the speaker's mention, or a pronoun
				// for them, in the sentence before or their own: "…», –
				// пише журналіст" about someone named further back is
				// the writer's
				p = -1
			}
			if p >= 0 && r.countryFits(toks, from, i, p) {
				r.addMention(p, s, r.epithetMention(toks, from, i))
			}
		}
		r.occupationObjects(a, s)
		if from, i, last, ok := openingEpithet(toks); ok && r.At(toks[i].RStart, toks[i].REnd) == "" {
			t := &toks[i]
			g, l := vtag.Gender(t.Tag), scan.ToLower(t.Lemma)
			p := r.epithetHolder(t.RStart, l, g)
			switch {
			case p >= 0, p == -2:
			case last > i && !epithets[l]:
				// "Наставник збірної пояснив": the one whose title
				// names the same kind of body (головний тренер
				// збірної), not whoever was named last
				p = r.epithetHolder(t.RStart, scan.ToLower(toks[last].Text), g)
			default:
				p = -1
				if interviewWords[l] {
					p = r.interviewee(t.RStart, g)
				}
				if p < 0 {
					p = r.previousSubject(t.RStart, s, g)
				}
				if p < 0 {
					p = r.speakerBefore(t.RStart, s, g)
				}
				if p < 0 && interviewWords[l] {
					p = r.soleOfGender(t.RStart, g)
				}
				if p >= 0 && r.calledOtherwise(p, l) {
					p = -1
				}
			}
			if p >= 0 && r.countryFits(toks, from, i, p) {
				m := r.epithetMention(toks, from, i)
				if last > i && !epithets[l] {
					m.End, m.Text = toks[last].REnd, string(r.text[m.Start:toks[last].REnd])
				}
				r.addMention(p, s, m)
			}
		}
	}
	r.sortMentions()
}

// openingEpithet returns the common noun that opens a sentence as the
// subject of its verb, with no name after it ("Офіцер додав, що …",
// "Співрозмовник агентства додав"), or whose words "За словами" or "На
// думку" open it ("За словами декана, …"), with the adjectives before
// it ("За словами фінського професора"), or the subject of "Як" and a
// verb of speech opening it ("Як зазначив банкір, …"): a story calls
// the one it has just named by what they are. It returns where the phrase starts, its
// noun, its last word (the noun or a genitive after it), and whether
// there is one. The noun is one of epithets, or
// another word describes takes when its verb has a clause or a colon
// after it ("Економістка очікує, що …"): a bare subject is as often
// someone not named ("Противник накопичує ракети"). Чоловік and жінка,
// which name anyone ("Чоловік перебуває під вартою" after his lawyer's
// words), are not taken, nor the words roles reads against the kinds of
// title they cover (roleKinds: a посадовець is no company director).
func openingEpithet(toks []vistka.Token) (int, int, int, bool) {
	if len(toks) < 4 {
		return 0, 0, 0, false
	}
	from, want, cue := 0, "v_naz", false
	if w0 := scan.ToLower(toks[0].Text); (w0 == "за" && scan.EqualFold(toks[1].Text, "словами") || w0 == "на" && scan.EqualFold(toks[1].Text, "думку")) &&
		toks[0].Text != "НА" && toks[0].Text != "ЗА" {
		from, want = 2, "v_rod"
	} else if k := openingPhraseEnd(toks); k > 0 {
		from = k // "Щодо обмінного курсу банкір прогнозує, що …"
	} else if k := openingAdverbsEnd(toks); k > 0 {
		from = k // "Водночас політик наголосив, що …"
	} else if scan.EqualFold(toks[0].Text, "як") && strings.HasPrefix(toks[1].Tag, "verb") {
		from, cue = 2, true // "Як зазначив банкір, …"
	}
	nom := want == "v_naz"
	i := from
	if i+1 < len(toks) && ourOwn(&toks[i]) {
		i++ // "Наш співрозмовник переконаний"
	}
	for i+1 < len(toks) && describingAdjective(&toks[i], want) {
		i++ // "Американський законодавець додав", "За словами фінського професора"
	}
	t := &toks[i]
	l := scan.ToLower(t.Lemma)
	listed := epithets[l]
	if !listed && !describes(t) || l == "чоловік" || l == "жінка" || roleKinds[l] != nil || !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, want) ||
		strings.Contains(t.Tag, ":p:") || nom && !unicode.IsUpper(firstRune(toks[0].Text)) || i+2 >= len(toks) {
		return 0, 0, 0, false
	}
	next := i + 1
	if nom && strings.HasPrefix(toks[next].Tag, "noun:inanim") && strings.Contains(toks[next].Tag, "v_rod") {
		next++ // "Співрозмовник агентства додав"
	}
	if cue {
		// the subject of a cue of speech that opens the sentence: a
		// comma closes it, the words told follow
		if toks[next].Text != "," {
			return 0, 0, 0, false
		}
		return from, i, next - 1, true
	}
	if nom && !(strings.HasPrefix(toks[next].Tag, "verb") && !strings.Contains(toks[next].Tag, "inf")) ||
		!nom && toks[next].Text != "," {
		return 0, 0, 0, false
	}
	if nom && !listed && !clauseAfter(toks, next+1) {
		return 0, 0, 0, false
	}
	return from, i, next - 1, true
}

// openingPhraseEnd returns the token after a prepositional phrase of
// time, place or topic that opens toks (afterOpeningPhrase), where a
// subject may stand ("Щодо обмінного курсу банкір прогнозує"), or 0
// when no such phrase opens them.
func openingPhraseEnd(toks []vistka.Token) int {
	if len(toks) == 0 || !strings.HasPrefix(toks[0].Tag, "prep") {
		return 0
	}
	for k := 2; k <= 5 && k < len(toks); k++ {
		if strings.HasPrefix(toks[k].Tag, "noun") && strings.Contains(toks[k].Tag, "v_naz") && afterOpeningPhrase(toks, k) {
			return k
		}
	}
	return 0
}

// openingAdverbsEnd returns the token after one or two adverbs that open
// toks, and a comma after them ("Водночас", "Також", "Згодом", "Натомість,"),
// where a subject may stand as after a phrase of time; or 0 when no
// adverb opens them.
func openingAdverbsEnd(toks []vistka.Token) int {
	k := 0
	for k < 2 && k < len(toks) && strings.HasPrefix(toks[k].Tag, "adv") && !strings.Contains(toks[k].Tag, "pron") {
		k++
	}
	if k > 0 && k < len(toks) && toks[k].Text == "," {
		k++
	}
	return k
}

// clauseAfter reports whether a clause or a colon follows toks[k:]: ", що
// …", ", як …", ": …", past adverbs ("Економістка також вважає, що").
func clauseAfter(toks []vistka.Token, k int) bool {
	for k < len(toks) && strings.HasPrefix(toks[k].Tag, "adv") {
		k++
	}
	if k < len(toks) && toks[k].Text == ":" {
		return true
	}
	return k+1 < len(toks) && toks[k].Text == "," && (scan.EqualFold(toks[k+1].Text, "що") || scan.EqualFold(toks[k+1].Text, "як"))
}

// describes reports whether t is an animate common noun a story may call
// someone it has named by, besides epithets: written in lower case or
// opening its sentence, no word of kin, sex or age (kinWords: "Мати
// одного з піхотинців" is someone else, whom the text may never name),
// no name of a people (британець, for which nationality is no role), and
// no role word (roles reads those against the titles of the people
// named).
func describes(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, ":prop") || strings.Contains(t.Tag, ":pron") ||
		strings.Contains(t.Tag, ":abbr") || strings.Contains(t.Tag, ":p:") || strings.ContainsFunc(t.Text, unicode.IsDigit) {
		return false
	}
	l := scan.ToLower(t.Lemma)
	return !kinWords[l] && !isRoleWord(l) && utf8.RuneCountInString(l) > 3 && !people(l)
}

// people reports whether the lower-cased noun l names a people by the
// name of its country: британець (Британія), француз (Франція).
func people(l string) bool {
	if CountryNamed(l) != "" {
		return true
	}
	w := []rune(l)
	for _, n := range countryNames() {
		c := n.runes
		k := 0
		for k < len(c) && k < len(w) && c[k] == w[k] {
			k++
		}
		if k >= 4 && k >= len(w)-2 {
			return true
		}
	}
	return false
}

// kinWords are the nouns for kin, sex and age, which stand for anyone a
// story has not named as often as for one it has.
var kinWords = map[string]bool{
	"мати": true, "мама": true, "батько": true, "тато": true, "син": true, "дочка": true, "донька": true,
	"брат": true, "сестра": true, "дружина": true, "чоловік": true, "жінка": true, "дитина": true,
	"хлопець": true, "хлопчик": true, "дівчина": true, "дівчинка": true, "людина": true, "особа": true,
	"бабуся": true, "бабця": true, "баба": true, "дідусь": true, "дід": true, "онук": true, "онука": true,
	"дядько": true, "тітка": true, "пан": true, "пані": true, "друг": true, "подруга": true,
	"наречений": true, "наречена": true, "немовля": true, "підліток": true, "юнак": true,
	// the rest of notTitles' kin: "– каже вдова загиблого" is someone else
	"матір": true, "вдова": true, "вдовець": true, "онучка": true, "правнук": true, "правнучка": true,
	"прабабуся": true, "прадід": true, "дядя": true, "тітонька": true, "вуйко": true, "племінник": true,
	"племінниця": true, "кум": true, "кума": true, "зять": true, "невістка": true, "свекор": true,
	"свекруха": true, "тесть": true, "теща": true, "вітчим": true, "мачуха": true, "пасинок": true,
	"падчерка": true, "коханий": true, "кохана": true, "родич": true, "родичка": true,
}

// describingAdjective reports whether t is an adjective in the case want
// that may stand before a noun describing someone: not a participle of a
// cue (переконаний), nor a pronoun (його).
func describingAdjective(t *vistka.Token, want string) bool {
	return strings.HasPrefix(t.Tag, "adj") && strings.Contains(t.Tag, want) && !strings.Contains(t.Tag, "adjp") &&
		!strings.Contains(t.Tag, "pron") && !strings.ContainsFunc(t.Text, unicode.IsDigit)
}

// adjectivesBefore returns where the adjectives agreeing with the
// nominative noun toks[i] right before it start: "данський політик",
// "переконаний" (a participle, the cue) left out.
func adjectivesBefore(toks []vistka.Token, i int) int {
	for i > 0 && describingAdjective(&toks[i-1], "v_naz") && sameGender(toks[i-1].Tag, toks[i].Tag) {
		i--
	}
	if i > 0 && ourOwn(&toks[i-1]) && sameGender(toks[i-1].Tag, toks[i].Tag) {
		i-- // "– додає наша героїня": the story's own
	}
	return i
}

// ourOwn reports whether t is "наш" in the nominative: the story's own
// guest or hero ("наш гість", "наша героїня").
func ourOwn(t *vistka.Token) bool {
	return strings.Contains(t.Tag, "v_naz") && scan.ToLower(t.Lemma) == "наш"
}

// sameGender reports whether two tags have one gender.
func sameGender(a, b string) bool { return vtag.Gender(a) == vtag.Gender(b) }

// cueWord reports whether t may be the cue of words quoted before it,
// its subject after it: a verb ("– сказав політик") or a predicative
// participle ("– переконаний політик").
func cueWord(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "adj") && strings.Contains(t.Tag, "adjp") && strings.Contains(t.Tag, "v_naz")
}

// epithetMention is the mention of toks[from:i+1], a noun describing a
// person with the adjectives before it: its lemma the adjectives' lemmas
// in the noun's gender and the noun's.
func (r *Result) epithetMention(toks []vistka.Token, from, i int) vistka.Mention {
	t := &toks[i]
	words := make([]string, 0, i-from+1)
	for k := from; k < i; k++ {
		if strings.HasPrefix(toks[k].Tag, "adj") {
			l := scan.ToLower(toks[k].Lemma)
			if vtag.Gender(t.Tag) == 'f' {
				l = feminine(l)
			}
			words = append(words, l)
		}
	}
	words = append(words, scan.ToLower(t.Lemma))
	start := toks[from].RStart
	return vistka.Mention{Start: start, End: t.REnd, Text: string(r.text[start:t.REnd]), Lemma: strings.Join(words, " "), Kind: "title"}
}

// epithetKin are, for an epithet, the heads of the titles it calls their
// holders by: the prosecutor is the обвинувач of a trial, the lawyer the
// захисник, a bishop the владика.
var epithetKin = map[string][]string{
	"обвинувач": {"прокурор"}, "обвинувачка": {"прокурорка"},
	"захисник": {"адвокат"}, "захисниця": {"адвокатка"},
	"владика": {"митрополит", "архієпископ", "єпископ", "патріарх"},
	// an officer is whoever holds an officer's rank ("полковником Андрієм
	// Кравцем … Офіцер розповів"), a journalist whoever writes or speaks
	// for the press ("кореспондентка агентства Джилл Лоулесс …
	// Журналістка нагадала")
	"офіцер": officerRanks, "офіцерка": officerRanks,
	"журналіст": {"кореспондент", "редактор", "оглядач", "репортер", "ведучий", "колумніст"},
	// a coach is the team's наставник
	"наставник": {"тренер"}, "наставниця": {"тренерка"},
	"журналістка": {"кореспондентка", "редакторка", "оглядачка", "репортерка", "ведуча", "колумністка"},
}

// officerRanks are the officers' ranks of an army and a navy.
var officerRanks = []string{"лейтенант", "капітан", "майор", "підполковник", "полковник", "генерал", "генерал-майор",
	"генерал-лейтенант", "генерал-полковник", "адмірал", "віцеадмірал", "контрадмірал", "капітан-лейтенант"}

// occupationObjects gives a word for an occupation in an oblique case in
// sentence s, the object of a verb, a preposition or a noun ("На
// запитання журналістки", "подякували тренерові", "клопотання
// адвоката"), to the one person named before whose title has the word or
// a title it stands for (epithetKin: кореспондентка for журналістка): a
// story calls whom it has named by their calling wherever the word
// stands, not only as a subject. Two holders of such a title, or none,
// leave it to no one, as does another person of the word's gender named
// after the holder (of two poets, "перевагу над поетом" after Шекспір is
// not the Шевченко titled поет further back); a name right after the
// word takes it as its title; role words are roles'.
func (r *Result) occupationObjects(a *vistka.Analysis, s int) {
	toks := a.Sentences[s].Tokens
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, "v_naz") || strings.Contains(t.Tag, ":p:") ||
			strings.Contains(t.Tag, ":prop") || !occupation(t) || !objectRole(toks, i) || r.At(t.RStart, t.REnd) != "" {
			continue
		}
		if i+1 < len(toks) && (unicode.IsUpper(firstRune(toks[i+1].Text)) || quoteMark(toks[i+1].Text)) {
			continue // "тренерові «Карпат» Олегу …", "адвокату Олегу Кузьмичу": a title of the name after it
		}
		g := vtag.Gender(t.Tag)
		if g != 'm' && g != 'f' {
			continue
		}
		from := i
		for from > 0 && describingAdjective(&toks[from-1], caseOf(t.Tag)) && sameGender(toks[from-1].Tag, t.Tag) {
			from--
		}
		if p := r.titledHolder(t.RStart, scan.ToLower(t.Lemma), g, true); p >= 0 && r.lastOfGender(t.RStart, g) == p && r.countryFits(toks, from, i, p) {
			r.addMention(p, s, r.epithetMention(toks, from, i))
		}
	}
}

// lastOfGender returns the person of gender g mentioned last before pos,
// or -1.
func (r *Result) lastOfGender(pos int, g byte) int {
	found := -1
	r.idx.before(pos, func(m mref) bool {
		if r.Entities[m.ent].Type == "PERS" && r.Gender[m.ent] == g {
			found = m.ent
			return false
		}
		return true
	})
	return found
}

// occupation reports whether the noun t names a calling a story calls
// someone by (epithets, the professions written before names, the words
// epithetKin reads against titles), not a role word (roles reads those),
// nor a word for anyone (чоловік, жінка).
func occupation(t *vistka.Token) bool {
	l := scan.ToLower(t.Lemma)
	return (epithets[l] || professionTitles[l] || epithetKin[l] != nil) && !kinWords[l] && !isRoleWord(l)
}

// epithetHolder returns the person of gender g named last before pos
// whose title has the epithet's word or a head it stands for ("Головний
// тренер … Сергій Ребров … – сказав тренер", "Прокурор Андрій Синюк …
// За словами обвинувача"), or -1. A word not among epithets names the
// one holder only: with two rectors named, "– сказав ректор" is whoever
// spoke, not the one named last, and it returns -2.
func (r *Result) epithetHolder(pos int, lemma string, g byte) int {
	return r.titledHolder(pos, lemma, g, !epithets[lemma])
}

// titledHolder is epithetHolder, asked for the one holder (sole) or the
// last one named.
func (r *Result) titledHolder(pos int, lemma string, g byte, sole bool) int {
	found := -1
	want := append([]string{lemma}, epithetKin[lemma]...)
	fits := func(t string) bool {
		t = scan.ToLower(t)
		return titleHas(t, want) || rankOf(t, lemma) || epithetBody(t, lemma)
	}
	r.idx.before(pos, func(m mref) bool {
		e := &r.Entities[m.ent]
		if e.Type != "PERS" || r.Gender[m.ent] != g && r.Gender[m.ent] != 0 || m.ent == found ||
			!slices.ContainsFunc(e.Titles, fits) {
			return true
		}
		if found >= 0 {
			found = -2
			return false
		}
		found = m.ent
		return sole
	})
	return found
}

// epithetBody reports whether the lower-cased title t names a body of
// the kind the epithet lemma says one works in: a banker is whoever holds
// a post in a bank ("Голова НБУ Андрій Пишний … Банкір пояснив", "голова
// правління Ощадбанку … За словами банкіра"), the bank named by a word
// with банк in it or by НБУ; a banking committee (банківського
// комітету) is no bank.
func epithetBody(t, lemma string) bool {
	if !bankers[lemma] {
		return false
	}
	for _, w := range scan.Fields(t) {
		if w == "нбу" || strings.Contains(w, "банк") && !strings.HasPrefix(w, "банківськ") {
			return true
		}
	}
	return false
}

// bankers are the epithets of one who works in a bank.
var bankers = map[string]bool{"банкір": true, "банкірка": true}

// courtSides are the callings of the sides of a trial, each with those
// of the sides against it: the prosecutor is no адвокат, the lawyer no
// обвинувач.
var courtSides = map[string][]string{
	"адвокат": prosecution, "адвокатка": prosecution, "захисник": prosecution, "захисниця": prosecution,
	"обвинувач": defence, "обвинувачка": defence,
}

var (
	prosecution = []string{"прокурор", "прокурорка", "суддя", "слідчий", "слідча", "генпрокурор"}
	defence     = []string{"адвокат", "адвокатка", "захисник", "захисниця"}
)

// calledOtherwise reports whether person p holds a title of the other
// side of a trial than the epithet l: "Прокурор Олег Кравчук оголосив
// підозру. Адвокат заявив, що …" is the defence's lawyer, not the
// prosecutor.
func (r *Result) calledOtherwise(p int, l string) bool {
	if titles := r.Entities[p].Titles; bankers[l] && len(titles) > 0 {
		// a banker is not one whose titles name no bank: "Міністр
		// фінансів … зустрівся з головою банківського комітету … Банкір"
		return !slices.ContainsFunc(titles, func(t string) bool { return epithetBody(scan.ToLower(t), l) })
	}
	against := courtSides[l]
	return len(against) > 0 && slices.ContainsFunc(r.Entities[p].Titles, func(t string) bool {
		return titleHas(scan.ToLower(t), against)
	})
}

// interviewWords are the words a story calls the one it interviews or
// portrays by: "За словами експерта", "Наш співрозмовник переконаний",
// "Героїня пригадує".
var interviewWords = map[string]bool{
	"співрозмовник": true, "співрозмовниця": true, "експерт": true, "експертка": true,
	"гість": true, "гостя": true, "герой": true, "героїня": true,
}

// interviewee returns the person of gender g a story is about by the
// count of mentions before pos: the one with three or more, twice as many
// as anyone else of that gender, or -1. An interview names its subject
// again and again, and calls them by an interview word after someone
// else was named last ("Міністр фінансів раніше заявляв … За словами
// експерта").
func (r *Result) interviewee(pos int, g byte) int {
	counts := make([]int, len(r.Entities))
	r.idx.before(pos, func(m mref) bool {
		if r.Entities[m.ent].Type == "PERS" && r.Gender[m.ent] == g {
			counts[m.ent]++
		}
		return true
	})
	best, second := -1, 0
	for i, n := range counts {
		switch {
		case best < 0 || n > counts[best]:
			if best >= 0 {
				second = counts[best]
			}
			best = i
		case n > second:
			second = n
		}
	}
	if best < 0 || counts[best] < 3 || counts[best] < 2*second {
		return -1
	}
	return best
}

// soleOfGender returns the one person named before pos whose gender is
// g, when every person named before pos has a known gender, or -1: "–
// зазначив Олег Литвяк. … За словами експерта, …" in a text that names
// no other man.
func (r *Result) soleOfGender(pos int, g byte) int {
	found := -1
	r.idx.before(pos, func(m mref) bool {
		if r.Entities[m.ent].Type != "PERS" || m.ent == found {
			return true
		}
		switch r.Gender[m.ent] {
		case 0:
			found = -2
			return false
		case g:
			if found >= 0 {
				found = -2
				return false
			}
			found = m.ent
		}
		return true
	})
	return max(found, -1)
}

// rankOf reports whether the lower-cased title t has a compound rank the
// word w opens: генерал-майор for генерал.
func rankOf(t, w string) bool {
	return ner.MilitaryRank(w) && strings.Contains(" "+t, " "+w+"-")
}

// countryFits reports whether person p may be who the words
// toks[from:i+1] describe as far as a country's adjective among them
// goes: "За словами румунського адмірала" is not the Ukrainian admiral
// when another person's title names Румунія.
func (r *Result) countryFits(toks []vistka.Token, from, i, p int) bool {
	for k := from; k < i; k++ {
		l := scan.ToLower(lemmaOf(&toks[k]))
		if CountryNamed(l) == "" {
			continue
		}
		stem := []rune(derivedStem(l))
		names := func(q int) bool {
			return slices.ContainsFunc(r.Entities[q].Titles, func(t string) bool {
				return slices.ContainsFunc(scan.Fields(scan.ToLower(t)), func(w string) bool { return stemOf(stem, w) })
			})
		}
		if names(p) {
			continue
		}
		for q := range r.Entities {
			if q != p && r.Entities[q].Type == "PERS" && names(q) {
				return false
			}
		}
	}
	return true
}

// closingMark reports whether w is a mark that closes quoted words.
func closingMark(w string) bool { return w == "»" || w == "”" || w == "\"" || w == "“" }

// quoteOpening returns where the quotation closed at code point end
// opens, within its paragraph, or -1.
func (r *Result) quoteOpening(end int) int {
	closing := r.text[end]
	for k := end - 1; k >= 0; k-- {
		switch c := r.text[k]; {
		case c == '\n' && (k == 0 || r.text[k-1] == '\n'):
			return -1 // (a quote may run over paragraphs only with marks of its own)
		case closing == '»' && c == '«', closing == '”' && (c == '“' || c == '„'), closing == '“' && c == '„', closing == '"' && c == '"':
			return k
		}
	}
	return -1
}

// dialogueOpening returns where the paragraph of a reply set off by a
// dash (– Ми посіяли …, – каже фермер) opens, the dash, or -1 when the
// paragraph does not open with one.
func (r *Result) dialogueOpening(comma int) int {
	k := comma
	for k > 0 && r.text[k-1] != '\n' {
		k--
	}
	for k < comma && (r.text[k] == ' ' || r.text[k] == '\t') {
		k++
	}
	if k < comma && dash(string(r.text[k])) {
		return k
	}
	return -1
}
