package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// Threats (THREATEN): the set phrases of an answer to come ("не
// залишиться без відповіді"), countermeasures and answers promised or
// warned of, and who voices them.

// notUnanswered reports the set phrase of a threat at the verb at i: a
// future or a present "не залишиться без відповіді", "не залишимо це без
// відповіді", "не залишиться без належної відповіді", "не залишиться без
// наслідків для компаній" (a question that
// "залишилося без відповіді" went unanswered; nothing is threatened).
func (f *finder) notUnanswered(i int) bool {
	if i == 0 || f.low(i-1) != "не" || strings.Contains(f.toks[i].Tag, ":past") || strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if f.low(j) == "без" {
			for k := j + 1; k < len(f.toks) && k <= j+2; k++ {
				if l := f.low(k); l == "відповідь" || l == "наслідок" || l == "наслідки" {
					return true
				}
			}
			return false
		}
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
	}
	return false
}

// threatToldBy returns who voices, in a clause of "що", a threat whose
// clause has a thing for its subject: "У міністерстві оборони заявили, що
// збільшення військ «не залишиться без відповіді»" (the ministry), "Посол
// заявив, що такі дії не залишаться без відповіді" (the ambassador). It
// returns nil when no verb of saying stands before the clause.
func (f *finder) threatToldBy(at int) []string {
	k := at - 1
	for ; k >= 1 && at-k <= 12 && f.low(k) != "що"; k-- {
		if u := f.toks[k].Text; u == "." || u == ";" || u == ":" {
			return nil
		}
	}
	if !f.thatAfterComma(k) {
		return nil
	}
	m, who := f.toldBefore(k)
	if m < 0 || who != nil {
		return who
	}
	// "У міністерстві … назвали дії «провокацією» та заявили, що …":
	// the body that opens the sentence, past a verb joined before
	for j := m - 1; j >= 1 && m-j <= 12; j-- {
		if u := f.toks[j].Text; u == "." || u == ";" || u == ":" {
			break
		}
		if l := f.low(j - 1); (l == "у" || l == "в") && j-1 == 0 && isNoun(&f.toks[j]) && (hasCase(&f.toks[j], "v_mis") || strings.Contains(f.toks[j].Tag, ":nv")) {
			if e := f.entityAt(j); e != "" {
				return []string{e}
			}
			return []string{f.toks[j].Lemma}
		}
	}
	return nil
}

// quotedThreat reports a threat's set phrase at i quoted inside reported
// speech: "заявили, що збільшення військ «не залишиться без відповіді»".
// The mark opens after a word of the teller's clause, so the phrase is a
// fragment of indirect speech, not a direct quote whose events are the
// speaker's words only.
func (f *finder) quotedThreat(i int) bool {
	if !isVerb(&f.toks[i]) || !f.notUnanswered(i) {
		return false
	}
	for j := i - 1; j >= 1 && i-j <= 3; j-- {
		if f.toks[j].Kind == vistka.QuoteMark {
			return f.toks[j-1].Kind == vistka.Word
		}
	}
	return false
}

// measureTakers are the verbs one takes measures with.
var measureTakers = map[string]bool{"вжити": true, "ужити": true, "вживати": true, "ухвалити": true,
	"ухвалювати": true, "застосувати": true, "застосовувати": true, "запровадити": true}

// harshMeasures are the adjectives of measures that answer another side.
var harshMeasures = map[string]bool{"рішучий": true, "дзеркальний": true, "відповідний": true,
	"жорсткий": true, "адекватний": true, "асиметричний": true, "симетричний": true}

// measuresThreatened reports countermeasures still to come at the verb
// at i, lemma v: "Пекін ухвалить «рішучі заходи»", "Москва вживе
// дзеркальних заходів", "застосує заходи у відповідь" — a threat (the
// police who "вжили заходів" in the past took measures, none).
func (f *finder) measuresThreatened(i int, v string) bool {
	if !measureTakers[v] || strings.Contains(f.toks[i].Tag, ":past") {
		return false
	}
	harsh := false
	for j := i + 1; j < len(f.toks) && j <= i+5; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Kind != vistka.QuoteMark && t.Text != "«" && t.Text != "»" {
			return false
		}
		if strings.HasPrefix(t.Tag, "adj") && harshMeasures[f.low(j)] {
			harsh = true
		}
		if f.low(j) == "контрзахід" && strings.HasPrefix(t.Tag, "noun") {
			return true // "Пекін вживе контрзаходів": countermeasures need no adjective
		}
		if f.low(j) == "захід" && strings.HasPrefix(t.Tag, "noun") {
			return harsh || j+2 < len(f.toks) && f.low(j+1) == "у" && f.low(j+2) == "відповідь"
		}
	}
	return false
}

// answersInKind reports a response in kind still to come at the verb at
// i, lemma v: "Москва відповідатиме дзеркально", "відповість жорстко" —
// a threat, as countermeasures promised are (one who "відповів
// симетрично" in the past answered, none; "відповідати на запитання"
// has no manner of this kind).
//
// The manner may stand before the verb ("пообіцяв дзеркально
// відповісти"), and an answer to a hostile act needs none: "Мінськ
// відповість на будь-які провокації", "готові відповісти на нові мита".
func (f *finder) answersInKind(i int, v string) bool {
	if v != "відповісти" && v != "відповідати" || strings.Contains(f.toks[i].Tag, ":past") || f.correspondsTo(i) {
		return false
	}
	inKind := i > 0 && answerManners[f.low(i-1)]
	if m := i; strings.Contains(f.toks[i].Tag, ":inf") {
		if inKind {
			m = i - 1 // "пообіцяв дзеркально відповісти": the modal before the manner
		}
		if !f.modalBefore(m) {
			return false
		}
	}
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if answerManners[f.low(j)] {
			return true
		}
	}
	if inKind {
		return true
	}
	if i+1 >= len(f.toks) || f.low(i+1) != "на" {
		return false
	}
	j := f.nounPast(i+2, i+5, isAdj)
	return j >= 0 && hostileActs[f.low(j)]
}

// correspondsTo reports whether відповідати at i has a thing in the
// dative for its object, past adverbs, adjectives and particles within
// three words: "найбільш адекватно відповідає інтересам України", "не
// відповідає вимогам ЄС" tell what a thing matches, no answer to anyone
// (one answers a party, named, or на an act).
func (f *finder) correspondsTo(i int) bool {
	j := f.nounPast(i+1, i+3, func(t *vistka.Token) bool {
		return strings.HasPrefix(t.Tag, "adv") || isAdj(t) || strings.HasPrefix(t.Tag, "part")
	})
	if j < 0 {
		return false
	}
	t := &f.toks[j]
	return hasCase(t, "v_dav") && strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, "pron") && f.entityAt(j) == ""
}

// answerManners are the adverbs of an answer in kind.
var answerManners = map[string]bool{"дзеркально": true, "симетрично": true, "асиметрично": true, "жорстко": true,
	"рішуче": true, "адекватно": true}

// hostileActs are what one side promises to answer when it threatens:
// "відповість на будь-які провокації", "на агресію", "на нові мита" (not
// "на запитання", "на лист").
var hostileActs = map[string]bool{"провокація": true, "агресія": true, "напад": true, "удар": true, "атака": true,
	"санкція": true, "санкції": true, "мито": true, "ескалація": true,
	// and the other hostile acts of a state one retaliates against:
	// "відповість на розміщення ракет", "на висилку дипломатів", "на
	// нові обмеження"
	"розміщення": true, "висилка": true, "обстріл": true, "вторгнення": true, "блокада": true,
	"обмеження": true, "конфіскація": true, "погроза": true}

// answerPromised reports a harsh answer promised at the verb at i, lemma
// v: "У МЗС Росії пообіцяли «жорстку відповідь» на нові санкції", "обіцяє
// дзеркальну відповідь" — a threat, as countermeasures promised are (a
// promise of help is no threat, nor is an answer with no such adjective).
func (f *finder) answerPromised(i int, v string) bool {
	if v != "пообіцяти" && v != "обіцяти" && v != "попередити" && v != "попереджати" && v != "заявити" && v != "заявляти" {
		return false
	}
	if f.answerClause(i) {
		return true
	}
	if v != "пообіцяти" && v != "обіцяти" {
		return false
	}
	harsh := false
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" && t.Text != "\"" {
			return false
		}
		if strings.HasPrefix(t.Tag, "adj") && harshMeasures[f.low(j)] {
			harsh = true
		}
		if f.low(j) == "відповідь" && strings.HasPrefix(t.Tag, "noun") {
			return harsh
		}
		if f.low(j) == "контрзахід" && strings.HasPrefix(t.Tag, "noun") {
			return true // "пообіцяло «рішучі контрзаходи»": countermeasures promised
		}
	}
	return false
}

// answerClause reports whether the verb of promise or warning at i opens
// a clause of що whose subject is an answer that will come soon or be
// harsh: "пообіцяла, що «відповідь не забариться»", "попередив, що
// відповідь буде жорсткою" (a reply to a letter that "надійде завтра" is
// no threat).
func (f *finder) answerClause(i int) bool {
	if !f.commaThat(i, 2) {
		return false
	}
	j := i + 3
	if f.toks[j].Kind == vistka.QuoteMark || f.toks[j].Text == "«" {
		j++
	}
	for ; j < len(f.toks) && j <= i+5 && isAdj(&f.toks[j]); j++ {
	}
	if j+2 >= len(f.toks) || f.low(j) != "відповідь" || !hasCase(&f.toks[j], "v_naz") {
		return false
	}
	switch f.low(j + 1) {
	case "не":
		return f.low(j+2) == "забаритися" || f.low(j+2) == "забарюватися"
	case "бути":
		return harshMeasures[f.low(j+2)] || answerManners[f.low(j+2)]
	}
	return false
}

// warnedOfAnswer reports whether the verb of warning at i warns of an
// answer, sanctions or countermeasures, with no one named or those warned
// told by a common noun before про: "Пекін попередив про «рішучу
// відповідь»", "попередили про санкції", "попередила країни Балтії про
// «асиметричну відповідь»" (a warning of the consequences of bad weather
// is none).
func (f *finder) warnedOfAnswer(i int) bool {
	about := f.aboutPastWarned(i)
	if about < 0 || about+1 >= len(f.toks) {
		return false
	}
	for j := about + 1; j < len(f.toks) && j <= about+4; j++ {
		switch f.low(j) {
		case "відповідь":
			// (not "про відповідь на запит": a reply)
			// (nor "про відповідь організму": whose response it is)
			// (an unstopped headline may end on it, "Пекін попередив
			// про відповідь": nothing after it to read)
			return isNoun(&f.toks[j]) && (harshMeasures[f.low(j-1)] || j+1 == len(f.toks) || f.low(j+1) != "на" && !f.genitiveNounAt(j+1))
		case "санкції", "санкція", "контрзахід":
			return isNoun(&f.toks[j])
		}
		if t := &f.toks[j]; !strings.HasPrefix(t.Tag, "adj") && t.Kind != vistka.QuoteMark && t.Text != "«" {
			return false
		}
	}
	return false
}

// aboutPastWarned returns the про after the verb of warning at i, right
// after it or past those warned in the accusative (a noun and the words
// that go with it: "країни Балтії", "сусідні держави"), or -1.
func (f *finder) aboutPastWarned(i int) int {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		if f.low(j) == "про" {
			return j
		}
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || j == i+1 && !hasCase(t, "v_zna") {
			return -1
		}
	}
	return -1
}

// genitiveNounAt reports whether the token at j is a noun in the genitive.
func (f *finder) genitiveNounAt(j int) bool {
	return j < len(f.toks) && isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_rod")
}

// modalBefore reports a verb of ability, readiness, intention or promise
// right before the infinitive at i: "може відповісти", "готова
// відповісти", "має намір відповісти", "пообіцяв відповісти".
func (f *finder) modalBefore(i int) bool {
	if i == 0 {
		return false
	}
	switch f.low(i - 1) {
	case "могти", "змогти", "готовий", "намір", "мати", "збиратися", "планувати", "пообіцяти", "обіцяти", "пригрозити":
		return true
	}
	return false
}
