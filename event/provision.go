package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// The text of a law, a code or a contract (a BRUK document of the legal
// genre, a regulation quoted whole) tells what its parties and bodies do
// under it in the present or the infinitive: "Генеральний прокурор
// звільняє прокурорів з посад у випадках, встановлених цим Законом",
// "Сторони можуть припинити дію цієї Угоди". Such a provision is a rule,
// no act; found auditing the events of texts outside the gold sets
// (session 56).

// ownTexts are the nouns a legal text calls itself by, with a capital
// after цей or даний: цим Законом, цієї Угоди, даного Договору.
var ownTexts = map[string]bool{"закон": true, "кодекс": true, "угода": true, "договір": true, "положення": true,
	"порядок": true, "статут": true, "конвенція": true, "меморандум": true, "регламент": true,
	"інструкція": true, "правило": true, "хартія": true}

// lawSets are the participles of a procedure or a case a law sets:
// у порядку, визначеному законом; у встановленому законом порядку.
var lawSets = map[string]bool{"визначений": true, "встановлений": true, "передбачений": true}

// provision reports whether the verb at i, in the present of an
// imperfective or in the infinitive, stands in a sentence that reads as a
// legal text's own: one that names its text with a capital after цей or
// даний ("цим Законом", "цієї Угоди"), or names the procedure a law sets
// ("у порядку, визначеному законом", "у встановленому законом
// порядку"). A news text names the law it tells of in the lower case
// ("вимагають скасування цього закону") and its acts in the past.
func (f *finder) provision(i int) bool {
	tag := f.toks[i].Tag
	if !strings.Contains(tag, ":inf") && (!strings.Contains(tag, ":pres") || strings.Contains(tag, ":perf")) {
		return false
	}
	for j := 1; j < len(f.toks); j++ {
		l := f.low(j)
		if ownTexts[l] && isNoun(&f.toks[j]) && (f.low(j-1) == "цей" || f.low(j-1) == "даний") && f.capitalised(j) {
			return true
		}
		if (l == "закон" || l == "законодавство") && f.procedureNear(j) {
			return true
		}
	}
	return false
}

// procedureNear reports whether the law at j is what sets a procedure or
// a case: one of lawSets within two words before it, and порядок or випадок
// within three words of that ("у порядку, визначеному законом", "у
// встановленому законом порядку").
func (f *finder) procedureNear(j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if !lawSets[f.low(k)] {
			continue
		}
		for m := k - 3; m <= k+3 && m <= j+2; m++ {
			if m >= 0 && m < len(f.toks) && (f.low(m) == "порядок" || f.low(m) == "випадок") {
				return true
			}
		}
	}
	return false
}

// listItem reports whether the verb at i, an infinitive or the present
// of an imperfective, stands in an item of a numbered list: a number and
// a closing bracket open its clause, at the start of the sentence or
// after a colon or a semicolon ("Постановою передбачено: 1) …; 2)
// зобов'язати уповноважені банки звітувати …", "Генеральний прокурор: …;
// 3) призначає на посади та звільняє з посад прокурорів; …"). A decree,
// a resolution or a programme lists so what is to be done, and a law the
// powers of an office: a provision, no act told. The body that adopts it
// and binds someone by it tells that with a past ("Нацбанк зобов'язав
// банки звітувати"), which stays.
func (f *finder) listItem(i int) bool {
	tag := f.toks[i].Tag
	if !strings.Contains(tag, ":inf") && (!strings.Contains(tag, ":pres") || strings.Contains(tag, ":perf")) {
		return false
	}
	j := i - 1
	for j >= 0 && f.toks[j].Text != ";" && f.toks[j].Text != ":" && !endsSentence(&f.toks[j]) {
		if j <= i-26 {
			return false // no boundary within 25 words: a number and a bracket there open no item ("(додаток 5)")
		}
		j--
	}
	// the item opens right after the boundary (or the sentence's start)
	k := j + 1
	return k+2 <= i && f.toks[k].Kind == vistka.Number && f.toks[k+1].Text == ")"
}
