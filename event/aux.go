package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// planOfOtherClause reports whether the verb of planning at i stands in
// another clause than the trigger, a verb in the past or the present
// after a comma: "Фірма планує звести будинок, проти чого протестують
// мешканці", "фірма планувала залучити охорону, тоді як замовник
// заборонив це" tell what is done now or was done, not what is planned.
func (f *finder) planOfOtherClause(i int, tr trig) bool {
	t, w := &f.toks[tr.at], &f.toks[i]
	if !tr.verb || !strings.HasPrefix(w.Tag, "verb") || !strings.HasPrefix(t.Tag, "verb") || !strings.Contains(t.Tag, ":past") && !strings.Contains(t.Tag, ":pres") ||
		strings.Contains(t.Tag, ":perf") && strings.Contains(t.Tag, ":pres") {
		return false
	}
	for j := i + 1; j < tr.at; j++ {
		if f.toks[j].Text == "," {
			return true
		}
	}
	return false
}

// aux reads future, negation and hypothetical from the trigger and the
// words before it in its sentence.
func (f *finder) aux(tr trig) []string {
	aux := []string{}
	t := &f.toks[tr.at]
	// (a perfective verb has no present: the tagger's perf:pres is its
	// future, as in "попередили, що … перекриють трасу")
	future := strings.Contains(t.Tag, "futr") || strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, ":perf") && strings.Contains(t.Tag, ":pres")
	if tr.verb && f.verb(tr.at) == "закидати" {
		// a reproach is the imperfective закидати, whose present the
		// tagger may read as the perfective's future (закидати яйцями)
		// (and so may it read the present закидає as perf:futr: only the
		// imperfective's own future, закидатиме, is still to come)
		future = strings.Contains(t.Tag, "futr") && strings.Contains(scan.ToLower(t.Text), "тим")
	}
	if tr.verb && f.verb(tr.at) == "готувати" && tr.noun > tr.at {
		future = true // "готує апеляційну скаргу": the appeal is still to come
	}
	if tr.verb && tr.at > 0 && strings.Contains(t.Tag, ":inf") {
		for _, k := range f.framedInfinitives(tr.at) {
			switch f.verb(k - 1) {
			case "пообіцяти", "обіцяти":
				future = true // "пообіцяв зустрітися": still to come
			case "погодитися", "погоджуватися":
				future = true // "погодився виділити": consent to what is still to come, as news6 and news7 mark it
			case "прагнути":
				// "прагне співпрацювати з партнерами": an aim, the act still
				// to come, as a plan's (планує співпрацювати)
				future = true
			}
			future = future || f.statedPlan(k) // "має намір оскаржити"
			future = future || f.voicedWill(k) // "висловив готовність підписати"
			if m, _ := f.modal(k); k != tr.at && m == "future" {
				future = true // "має зустрітися з мером і підписати": the frame of the first
			}
		}
	}
	if tr.verb && strings.HasPrefix(t.Tag, "advp") {
		if k := f.infinitiveBeforeParticiple(tr.at); k > 0 {
			switch f.verb(k - 1) {
			case "пообіцяти", "обіцяти":
				future = true // "пообіцяла проконтролювати особисто, завітавши в кілька домівок": the visit is promised too
			}
		}
	}
	neg, hyp := false, false
	switch f.putOff(tr) {
	case "cancelled":
		neg = true // "скасував візит до Києва": the visit did not take place
	case "postponed":
		future = true // "переніс візит на березень": still to come
	}
	mod := -1 // the modal word read here, not read again as hypothetical
	if tr.verb && strings.Contains(t.Tag, ":inf") {
		var m string
		m, mod = f.modal(tr.at)
		switch {
		case m == "future":
			future = true
		case m == "hypothetical" && f.low(mod) == "мати" && f.butNotDone(tr.at):
			neg = true // "мав прибути, але візит скасували": it did not happen
		case m == "hypothetical":
			hyp = true
		}
		if k, not := f.futureAfter(tr.at); k >= 0 {
			// "оскаржувати рішення фірма не буде": the future put after
			// the infinitive, negated or not
			future, neg = true, neg || not
		}
		neg = neg || f.failedAfter(tr.at) // "Сторони домовитися не змогли": not done
	}
	if !tr.verb {
		// "Зустріч … відбудеться в Гаазі", "Саміт запланований на
		// червень", "Переговори не відбулися": the verb the noun is the
		// subject of, in its clause
		// (past the names of its sides: "Зустріч Володимира Зеленського
		// з Дональдом Трампом не відбулася")
		for j := tr.at + 1; j < len(f.toks) && j <= tr.at+10; j++ {
			if f.toks[j].Kind == vistka.Punct {
				if f.toks[j].Text != "," || !f.heldWhich(j+1) {
					break
				}
				j++ // "Засідання …, яке відбудеться": the verb of the relative clause
				continue
			}
			w := &f.toks[j]
			if futureWords[f.low(j)] {
				future = true
			}
			if strings.HasPrefix(w.Tag, "verb") && strings.Contains(w.Tag, ":inf") && j > tr.at+6 {
				break // "листи … з вимогою не допустити": what is demanded, no verb of the noun's
			}
			if strings.HasPrefix(w.Tag, "verb") {
				future = future || strings.Contains(w.Tag, "futr")
				neg = f.low(j-1) == "не" && !f.copulaOfTrait(j)
				if f.verb(j) == "мати" && j+1 < len(f.toks) && strings.Contains(f.toks[j+1].Tag, ":inf") {
					// "Переговори мають відбутися": what is to be; "мали
					// відбутися": not said to have been
					if strings.Contains(w.Tag, ":past") {
						hyp = true
					} else {
						future = true
					}
				}
				break
			}
		}
	}
	for i := 0; i < len(f.toks); i++ {
		w := &f.toks[i]
		l := f.low(i)
		if i < tr.at && futureWords[l] && !(l == "наступний" && i+1 < len(f.toks) && f.low(i+1) == "день" && strings.Contains(t.Tag, "past")) &&
			!f.planOfOtherClause(i, tr) {
			// ("Наступного дня суд узяв його під варту": the day after,
			// already past)
			future = true
		}
		if i < tr.at && i >= tr.at-3 && strings.HasPrefix(w.Tag, "verb") && strings.Contains(w.Tag, "futr") &&
			!(strings.HasSuffix(w.Tag, ":1") && i+1 < len(f.toks) && f.toks[i+1].Text == ",") {
			// буде підписано, матиме; not the writer's "Нагадаємо, …",
			// "Зазначимо, …" set off by a comma
			future = true
		}
		if i < tr.at && i >= tr.at-2 && l == "не" {
			neg = true
		}
		if i == tr.at+1 && l == "не" && i+1 < len(f.toks) && f.toks[i+1].Lemma == "бути" && strings.Contains(t.Tag, ":impers") {
			neg = true // "згоди досягнуто не було": the impersonal form's бути negated after it
		}
		if i < tr.at && i >= tr.at-4 && l == "не" && i+1 < tr.at && hypotheticalWords[f.low(i+1)] && isVerb(&f.toks[i+1]) {
			neg = true // "не могли відверто надавати підтримку": the frame negated
		}
		if i >= tr.at-4 && i <= tr.at+1 && hypotheticalWords[l] && i != mod && !(f.asBestCould(i) && !strings.Contains(t.Tag, ":inf")) {
			// ("як міг допомагав": as best he could; "як міг він
			// допомогти?" asks what could be)
			hyp = true
		}
	}
	if future {
		aux = append(aux, "future")
	}
	if neg {
		aux = append(aux, "negation")
	}
	if hyp {
		aux = append(aux, "hypothetical")
	}
	return aux
}

// statedPlan reports whether the infinitive at i follows "має намір"
// (мають): a plan its subject states, told as a future event
// ("Прокуратура має намір оскаржити ухвалу"), not an intention merely
// mentioned (повідомила про намір судитися), one denied (не має наміру),
// or one that was (мав намір оскаржити, але відмовився).
func (f *finder) statedPlan(i int) bool {
	i = f.timeSpanBefore(i) // "має намір до 1 травня виділити"
	return i >= 2 && f.low(i-1) == "намір" && f.verb(i-2) == "мати" && strings.Contains(f.toks[i-2].Tag, ":pres") &&
		(i < 3 || f.low(i-3) != "не")
}

// voicedWill reports whether the infinitive at i follows a readiness, an
// intention or a wish its subject voices: "висловив готовність підписати
// угоду", "висловила намір оскаржити", "підтвердив готовність
// королівства сприяти", "оголосила про готовність направити офіцерів"
// (with a genitive owner between, as intentionBefore reads it). Such a
// frame tells a future event, as "готовий підписати" does; one negated
// ("не висловив готовності") or merely reported ("повідомила про намір
// судитися") does not.
func (f *finder) voicedWill(i int) bool {
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		t := &f.toks[j]
		if w := lower(t); strings.HasPrefix(t.Tag, "noun") && willWords[w] && !hasCase(t, "v_rod") {
			k := j - 1
			if f.low(k) == "про" && w == "готовність" && k > 0 {
				k-- // "оголосила про готовність": readiness, not a plan
				switch f.verb(k) {
				case "оголосити", "оголошувати", "заявити", "заявляти":
					return k == 0 || f.low(k-1) != "не"
				}
				return false
			}
			switch f.verb(k) {
			case "висловити", "висловлювати", "підтвердити", "підтверджувати":
				return k == 0 || f.low(k-1) != "не"
			}
			return false
		}
		if !hasCase(t, "v_rod") {
			return false
		}
	}
	return false
}

// willWords are the nouns of readiness, intention and wish that voicedWill
// reads.
var willWords = map[string]bool{"готовність": true, "намір": true, "бажання": true}

// wishes are the verbs of wanting that, before an infinitive, tell a wish,
// not an act: "хоче зустрітися", "бажала допомогти", "мріє відвідати".
var wishes = map[string]bool{"хотіти": true, "захотіти": true, "бажати": true, "побажати": true, "мріяти": true}

// readyWords, before an infinitive, say what one is ready to do: "готова
// надати".
var readyWords = map[string]bool{"готовий": true}

// modal returns the aux that the word governing the infinitive at i gives
// it, and where that word is (-1 for none). What is to be ("має
// відвідати", "має прибути", with "має" in the present), what can be
// ("може отримати", "зможе отримати") and what one is ready to do
// ("готова надати") are "future", as the gold sets mark them; a duty, a
// need or a compulsion ("мусить звільнити", "повинна вивести", "слід
// запровадити", "змушений запровадити") and a past "мав прибути", which
// the text does not say was done, are "hypothetical". One adverb may stand
// between ("має негайно звільнити"). "Був змушений запровадити" tells what
// was done, and "міг" is left to the words of condition (міг би).
func (f *finder) modal(i int) (string, int) {
	j := i - 1
	if j > 0 && strings.HasPrefix(f.toks[j].Tag, "adv") && !f.modalWord(j) {
		j--
	}
	if j > 0 && strings.Contains(f.toks[j].Tag, "pron:pers") && !hasCase(&f.toks[j], "v_naz") && isVerb(&f.toks[j-1]) {
		j-- // "хочуть його вбити": the infinitive's object before it
	}
	if j > 1 && isNoun(&f.toks[j]) && !hasCase(&f.toks[j], "v_naz") {
		// "зможе на паритетних засадах розвивати": a phrase of manner or
		// time under its preposition between the modal and its infinitive
		k := j - 1
		for k > 0 && k >= j-3 && (isAdj(&f.toks[k]) || isNoun(&f.toks[k]) && !hasCase(&f.toks[k], "v_naz")) {
			k-- // (its adjectives, and a noun its genitive hangs on: "до кінця року", "за рахунок резервного фонду")
		}
		if k > 0 && isPrep(&f.toks[k]) && isVerb(&f.toks[k-1]) {
			j = k - 1
		}
	}
	if j < 0 || f.toks[j].Kind == vistka.Punct {
		return "", -1
	}
	w := &f.toks[j]
	if strings.HasPrefix(w.Tag, "verb") {
		present := strings.Contains(w.Tag, ":pres") || strings.Contains(w.Tag, ":futr")
		switch l := f.low(j); {
		case l == "мати" && present, (l == "могти" || l == "змогти") && present:
			return "future", j
		case wishes[l] && present:
			return "future", j // a wish: "хоче зустрітися", as бажання зустрітися
		case (l == "мати" || wishes[l]) && strings.Contains(w.Tag, ":past"):
			return "hypothetical", j // "мав прибути", "хотів підписати", "бажала допомогти": not said to be done
		case l != "мусити":
			return "", -1
		}
	}
	if readyWords[f.low(j)] {
		return "future", j
	}
	if !f.modalWord(j) {
		return "", -1
	}
	if j > 0 && f.verb(j-1) == "бути" && strings.Contains(f.toks[j-1].Tag, ":past") && f.low(j) == "змушений" {
		return "", -1 // "був змушений закрити": it did
	}
	return "hypothetical", j
}

// asBestCould reports whether the token at i is the "міг" of an adverbial
// "як міг" (as best one could: "як міг допомагав сусідам"), which does not
// make what is told hypothetical when a finite verb tells it; "як міг би"
// and "як могла б" still do.
func (f *finder) asBestCould(i int) bool {
	if i == 0 || f.low(i-1) != "як" || !isVerb(&f.toks[i]) || f.verb(i) != "могти" || !strings.Contains(f.toks[i].Tag, ":past") {
		return false
	}
	return i+1 >= len(f.toks) || f.low(i+1) != "би" && f.low(i+1) != "б"
}

// putOff tells whether the talks or the visit of tr are told called off
// ("cancelled": скасувати візит, зустріч) or put off ("postponed":
// перенести, відкласти візит) by the verb whose object they are, or "".
func (f *finder) putOff(tr trig) string {
	if !tr.verb || tr.noun < 0 || tr.k.typ != "CONSULT" {
		return ""
	}
	return putOffVerbs[f.verb(tr.at)]
}

// putOffVerbs are the verbs that call talks off or put them off, with
// what they tell of them (see putOff).
var putOffVerbs = map[string]string{"скасувати": "cancelled", "скасовувати": "cancelled",
	"перенести": "postponed", "переносити": "postponed", "відкласти": "postponed", "відкладати": "postponed"}

// butNotDone reports whether a clause of але, проте or однак after the
// infinitive at i says that what was to be did not happen: "мав прибути,
// але не прибув", "мала відбутися, проте її скасували", "але візит
// перенесли".
func (f *finder) butNotDone(i int) bool {
	for j := i + 1; j < len(f.toks); j++ {
		switch f.low(j) {
		case "але", "проте", "однак":
		default:
			continue
		}
		for k := j + 1; k < len(f.toks) && k <= j+5 && f.toks[k].Kind != vistka.Punct; k++ {
			if !isVerb(&f.toks[k]) {
				continue
			}
			switch f.verb(k) {
			case "скасувати", "перенести", "відкласти", "зірвати", "скасовувати", "переносити", "відкладати":
				return true
			}
			return f.low(k-1) == "не"
		}
		return false
	}
	return false
}

// framedInfinitives gives the infinitive at i and, when it is the second
// of two infinitives joined by та, і or й, the first one, whose frame
// (пообіцяв, має намір, має) it shares: "обіцяє подбати про проблеми
// киян та належно прихистити біженців".
func (f *finder) framedInfinitives(i int) []int {
	out := []int{i}
	j := i - 1
	for j > 0 && strings.HasPrefix(f.toks[j].Tag, "adv") && !strings.HasPrefix(f.toks[j].Tag, "advp") {
		j--
	}
	if j <= 0 {
		return out
	}
	switch f.low(j) {
	case "та", "і", "й":
	default:
		return out
	}
	for k := j - 1; k > 0 && k >= j-8; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			return out
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") {
				out = append(out, k)
			}
			return out
		}
	}
	return out
}

// infinitiveBeforeParticiple gives the infinitive an adverbial participle
// at i follows after a comma (the infinitive's words between, no other
// verb), so that it tells how that infinitive's act is to be done:
// "пообіцяла проконтролювати особисто, завітавши зненацька в кілька
// домівок"; -1 when there is none.
func (f *finder) infinitiveBeforeParticiple(i int) int {
	if i < 2 || f.toks[i-1].Text != "," {
		return -1
	}
	for j := i - 2; j > 0 && j >= i-7; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "advp") {
			return -1
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if strings.Contains(t.Tag, ":inf") {
				return j
			}
			return -1
		}
	}
	return -1
}

// modalWord reports whether the word at j is one of dutyWords or
// readyWords, by its lemma or, for a predicative read otherwise, as
// written.
func (f *finder) modalWord(j int) bool {
	l, w := f.low(j), scan.ToLower(f.toks[j].Text)
	return dutyWords[l] || dutyWords[w] || readyWords[l]
}

// copulaOfTrait reports whether the verb at j is бути linking its subject
// to what it is said to be, a noun or an adjective in the instrumental
// after it ("відмова Москви не є несподіванкою"): a negated copula says
// what the act is not, not that it was not done.
func (f *finder) copulaOfTrait(j int) bool {
	if f.verb(j) != "бути" || j+1 >= len(f.toks) {
		return false
	}
	n := &f.toks[j+1]
	return (isNoun(n) || isAdj(n)) && hasCase(n, "v_oru")
}
