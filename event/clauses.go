package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// listComma reports whether the comma at j joins two nouns in the
// genitive inside one phrase ("єврокомісарка з питань стартапів,
// досліджень та інновацій"), and so ends no clause.
func (f *finder) listComma(j int) bool {
	if f.toks[j].Text != "," || j == 0 || j+1 >= len(f.toks) {
		return false
	}
	a, b := &f.toks[j-1], &f.toks[j+1]
	return strings.HasPrefix(a.Tag, "noun") && strings.HasPrefix(b.Tag, "noun") && hasCase(a, "v_rod") && hasCase(b, "v_rod") &&
		f.entityAt(j-1) == "" && f.entityAt(j+1) == ""
}

// adjComma reports whether the comma at j parts two adjectives of one
// noun: "здійснили короткий, 3-хвилинний обстріл".
func (f *finder) adjComma(j int) bool {
	return f.toks[j].Text == "," && j > 0 && j+1 < len(f.toks) &&
		isAdj(&f.toks[j-1]) && isAdj(&f.toks[j+1])
}

// relativeMain returns the subjects of the main clause when the verb at
// at stands in a relative clause on its object with no subject of its
// own: "Лідери ухвалили декларацію, в якій засудили удари" — the leaders
// condemned.
func (f *finder) relativeMain(at int) []string {
	if v := f.relativeMainVerb(at); v >= 0 {
		return f.subjects(v)
	}
	return nil
}

// relativeMainVerb returns the verb of the main clause whose subjects
// relativeMain takes, or -1.
func (f *finder) relativeMainVerb(at int) int {
	if strings.Contains(f.toks[at].Tag, ":inf") {
		// "заяву, в якій домовилися регулярно обмінюватися візитами та
		// поглиблювати співпрацю": the verb that governs the
		// infinitives, in the same clause
		for j := at - 1; j >= 0 && j >= at-12 && f.toks[j].Kind != vistka.Punct; j-- {
			if t := f.toks[j].Tag; strings.HasPrefix(t, "verb") && !strings.Contains(t, ":inf") {
				at = j
				break
			}
		}
	}
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && !isVerb(&f.toks[k]) && f.toks[k].Lemma != "який" {
		k--
	}
	// "Сейм ухвалив резолюцію, яка вимагає від Росії …": a paper that
	// asks or condemns speaks for whoever passed or sent it
	paper := k >= 2 && f.toks[k].Lemma == "який" && hasCase(&f.toks[k], "v_naz") && f.toks[k-1].Text == "," && writtenActs[f.low(k-2)]
	if k < 2 || f.toks[k].Lemma != "який" || hasCase(&f.toks[k], "v_naz") && !paper || f.personObjectRelative(at) != "" {
		return -1
	}
	c := k - 1
	if isPrep(&f.toks[c]) {
		c--
	}
	if c < 1 || f.toks[c].Text != "," {
		return -1
	}
	for v := c - 1; v >= 0; v-- {
		if t := &f.toks[v]; finiteVerb(t) {
			if paper {
				if !passVerbs[f.verb(v)] && !sendsPaper[f.verb(v)] || v < c-4 {
					return -1
				}
				return v
			}
			if !agree(t, &f.toks[at]) {
				return -1
			}
			return v
		}
	}
	return -1
}

// writtenActs are the papers that speak for whoever passed or sent them:
// a resolution that demands, a statement that condemns.
var writtenActs = map[string]bool{"резолюція": true, "постанова": true, "заява": true, "звернення": true, "декларація": true,
	"лист": true, "нота": true, "петиція": true, "комюніке": true}

// sendsPaper are the verbs of putting out or sending a paper.
var sendsPaper = map[string]bool{"підписати": true, "оприлюднити": true, "направити": true, "надіслати": true, "поширити": true,
	"опублікувати": true, "підписувати": true, "направляти": true, "надсилати": true}

// clauseEnd cuts a trigger's reach at reported speech (", що …"), and
// that of an adverbial participle or of a verb in a relative clause at the
// comma that ends it: "Відвідавши Індію, Сибіга повернувся до Києва",
// "Сибіга, який відвідав Індію, повернувся до Києва".
func (f *finder) clauseEnd(at, end int) int {
	if f.setOffClause(at) {
		for j := at + 1; j < end; j++ {
			if f.toks[j].Text == "," {
				return j
			}
		}
	}
	for j := at + 1; j+1 < end; j++ {
		if f.toks[j].Text == "," && (f.low(j+1) == "що" || f.low(j+1) == "який" || strings.HasPrefix(f.toks[j+1].Tag, "advp")) {
			return j
		}
		if f.toks[j].Text == "," && j+2 < end && f.placeRelative(j+1) {
			return j // "уразили склад у Курській області, з якого окупанти постачали снаряди на Сумський напрямок": the relative clause's own
		}
		if f.toks[j].Text == ":" && f.subjectClause(j+1) {
			return j // "підірвали колію під потягом: СБУ затримала підозрюваного"
		}
		if f.toks[j].Text == "," && j > 0 && f.toks[j-1].Text == "того" && (f.toks[j+1].Text == "як" || f.toks[j+1].Text == "щоб") {
			return j // "звернувся до парламенту … після того, як кандидат від партії … переміг": a clause of its own
		}
		if f.toks[j].Text == "," && f.reportCueAt(j+1) {
			return j // "Внаслідок атаки судно дістало пошкоджень, – повідомляє РБК-Україна": the source, no argument
		}
		if f.toks[j].Text == "," && f.butClause(j+1) {
			return j // "оскаржило рішення, проте АМКУ скаргу залишив без розгляду": a clause of its own
		}
		if f.toks[j].Text == "," && f.contrastClause(j+1) {
			return j // "договір укладено без рішення ради, а суд не мав підстав зобов'язати РДА …": the next clause's
		}
		if f.toks[j].Text == "," && f.placeClause(j+1, end) {
			return j // "запровадила санкції, у Пекіні та Москві пригрозили відповіддю": the place is the next clause's
		}
	}
	return end
}

// placeRelative reports whether a relative clause of який or котрий after
// a preposition opens at i, one that tells a where or a when of its own
// ("з якого окупанти постачали снаряди на фронт", "на якому видно",
// "під час якої"), or one of звідки. A partitive or a manner (", з яких
// 150 млн підуть на …", "поспіх, з яким МОН готує зміни") goes on
// telling the parties of the main clause's act and does not end it.
func (f *finder) placeRelative(i int) bool {
	if f.low(i) == "звідки" {
		return true
	}
	if i+1 >= len(f.toks) || !isPrep(&f.toks[i]) || f.low(i+1) != "який" && f.low(i+1) != "котрий" {
		return false
	}
	if p := f.low(i); p == "з" || p == "із" || p == "зі" {
		return hasCase(&f.toks[i+1], "v_rod") && !plural(&f.toks[i+1]) // "з якого": from where
	}
	return true
}

// placeClause reports whether a clause of its own opens at i with where
// it happened: в, у or на and a place, then its own verb in a personal
// form before any comma ("у Пекіні та Москві пригрозили", "на Харківщині
// загинули"), within end.
func (f *finder) placeClause(i, end int) bool {
	if i+1 >= end || f.low(i) != "в" && f.low(i) != "у" && f.low(i) != "на" {
		return false
	}
	if e := f.entityAt(i + 1); e == "" || f.ents.Type(e) != "LOC" {
		return false
	}
	for k := i + 2; k < len(f.toks) && k < i+10; k++ {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			return false
		}
		if finiteVerb(t) {
			return true
		}
	}
	return false
}

// butClause reports whether a clause opened by проте, однак, втім or але
// starts at i (але й, але і join what comes before: "не лише Польщі, але
// й Литві").
func (f *finder) butClause(i int) bool {
	switch f.low(i) {
	case "проте", "однак", "втім":
		return true
	case "але":
		return i+1 < len(f.toks) && f.low(i+1) != "й" && f.low(i+1) != "і"
	}
	return false
}

// contrastClause reports whether a clause of its own opens at i with а
// and its subject, a noun in the nominative, with a finite verb of its
// own a few words after ("…, а суд не мав підстав", "…, а фірма
// оскаржила").
func (f *finder) contrastClause(i int) bool {
	if i+2 >= len(f.toks) || f.low(i) != "а" {
		return false
	}
	h := i + 1
	for h+1 < len(f.toks) && isAdj(&f.toks[h]) && hasCase(&f.toks[h], "v_naz") {
		h++ // "а Антимонопольний комітет"
	}
	n := &f.toks[h]
	if !strings.HasPrefix(n.Tag, "noun") || !hasCase(n, "v_naz") || hasCase(n, "v_zna") && f.entityAt(h) == "" && !strings.Contains(n.Tag, ":anim") {
		return false
	}
	// (past a phrase of time: "…, а АМКУ у червні 2017-го розпочав розгляд")
	for j := h + 1; j < len(f.toks) && j <= h+5; j++ {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "verb") {
			return !strings.Contains(t.Tag, ":inf")
		} else if t.Kind == vistka.Punct || hasCase(t, "v_naz") && strings.HasPrefix(t.Tag, "noun") {
			return false
		}
	}
	return false
}

// reportCueAt reports whether a source's cue closing a statement opens at
// i, past a dash: "– повідомляє РБК-Україна", "передає Укрінформ",
// "повідомили в ОВА".
func (f *finder) reportCueAt(i int) bool {
	if i < len(f.toks) && f.toks[i].Kind == vistka.Dash {
		i++
	}
	if i >= len(f.toks) {
		return false
	}
	switch scan.ToLower(f.toks[i].Text) {
	case "повідомляє", "повідомляють", "передає", "пише", "пишуть", "інформує":
		return true
	case "повідомили", "зазначили", "розповіли", "уточнили":
		return i+1 < len(f.toks) && (f.low(i+1) == "в" || f.low(i+1) == "у")
	}
	return false
}

// subjectClause reports whether a clause of its own starts at i: a name
// and a finite verb right after it (the second half of a headline).
func (f *finder) subjectClause(i int) bool {
	e := f.entityAt(i)
	if e == "" {
		return false
	}
	j := i
	for j < len(f.toks) && f.entityAt(j) == e {
		j++
	}
	return j < len(f.toks) && finiteVerb(&f.toks[j])
}

// clauseComma returns the comma that closes a clause opened by the comma
// at c and its first word, within fifteen words and with no other
// punctuation, or -1.
func (f *finder) clauseComma(c int) int {
	for k := c + 2; k < len(f.toks) && k <= c+16; k++ {
		if f.toks[k].Kind == vistka.Punct {
			if f.toks[k].Text == "," {
				return k
			}
			return -1
		}
	}
	return -1
}

// relativeOpen returns the comma that opens a relative clause closed by
// the comma at i (", фундатором якого є депутат Іванчук,"): the relative
// pronoun among the clause's first three words, no other comma between.
// It returns 0 when the comma at i closes no such clause.
func (f *finder) relativeOpen(i int) int {
	if f.toks[i].Text != "," {
		return 0
	}
	for k := i - 1; k > 0 && i-k <= 16; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct && t.Text != "," && (t.Text != ")" && t.Text != "(" || k+1 == i && t.Text == "(") {
			return 0 // (a short name in brackets may close the clause: "…, що здійснює регулювання (НКРЕКП), …")
		}
		if t.Text != "," {
			continue
		}
		// "Національна комісія, що здійснює регулювання, …": що as which,
		// right after a noun's comma
		that := f.low(k+1) == "що" && isNoun(&f.toks[k-1]) && hasCase(&f.toks[k-1], "v_naz")
		for j := k + 1; j < i && j <= k+3; j++ {
			if l := f.low(j); l == "який" || l == "котрий" || l == "чий" || that && j == k+1 {
				// a clause with its own verb, not a phrase set off
				// inside one ("унаслідок якої польське військо,
				// покидавши зброю, відступило")
				if slices.ContainsFunc(f.toks[j+1:i], func(t vistka.Token) bool { return strings.HasPrefix(t.Tag, "verb") }) {
					return k
				}
				return 0
			}
		}
		return 0
	}
	return 0
}

// clauseNameEnd reports whether the comma at c closes a name that holds
// a relative clause (a regulator's: "Національної комісії, що здійснює
// державне регулювання у сферах енергетики та комунальних послуг") and
// is followed by з (із, зі) and what is asked: ", з проханням".
func (f *finder) clauseNameEnd(c int) bool {
	if f.toks[c].Text != "," || c == 0 || c+1 >= len(f.toks) {
		return false
	}
	if l := f.low(c + 1); l != "з" && l != "із" && l != "зі" {
		return false
	}
	sp := f.spanOf(c - 1)
	return sp != nil && sp.End == f.toks[c-1].REnd && strings.Contains(sp.Text, ", що ")
}

// addresseeAside returns the comma that closes a relative clause of що,
// який or котрий opened by the comma at c after a noun, when the clause
// has no other punctuation and is followed by з (із, зі) and a noun of
// what is asked: "до Національної комісії, що здійснює державне
// регулювання, з проханням"; or -1.
func (f *finder) addresseeAside(c int) int {
	if f.toks[c].Text != "," || c == 0 || c+2 >= len(f.toks) || !isNoun(&f.toks[c-1]) {
		return -1
	}
	if l := f.low(c + 1); l != "що" && l != "який" && l != "котрий" {
		return -1
	}
	k := f.clauseComma(c)
	if k < 0 || k+1 >= len(f.toks) {
		return -1
	}
	if l := f.low(k + 1); l != "з" && l != "із" && l != "зі" {
		return -1 // (із before a consonant cluster: "…, із закликом")
	}
	return k
}

// clauseOpens tells whether token i opens its clause: nothing but
// adverbs and a date ("Торік його засудили", "Минулого тижня посадовця
// затримали", "Згодом їй повідомили про підозру") stands between it and
// the sentence's start or a punctuation mark.
func (f *finder) clauseOpens(i int) bool {
	if f.afterOutcome(i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &f.toks[k]
		switch {
		case t.Kind == vistka.Punct:
			return true
		case k == i-1 && f.low(k) == "що" && strings.HasPrefix(t.Tag, "conj"):
			return true // "додав, що організатору повідомлено про підозру"
		case k == i-1 && (f.low(k) == "де" || f.low(k) == "коли") && k > 0 && f.toks[k-1].Text == ",":
			return true // "у ресторані, де посередника і затримали"
		case strings.HasPrefix(t.Tag, "adv") && !strings.Contains(t.Tag, "pron"), f.spanType(k) == "DATE":
		default:
			return false
		}
	}
	return i <= 4 // the sentence's start
}

// afterOutcome reports whether token i follows a phrase that opens its
// clause with what an act followed from, за результатами or за
// підсумками and the genitives that hang on it ("За результатами
// перевірки директорам трьох шкіл оголошено догани"): the phrase tells
// why, and the one named after it opens the clause as its object.
func (f *finder) afterOutcome(i int) bool {
	j := i - 1
	for j > 0 && i-1-j < 4 && hasCase(&f.toks[j], "v_rod") && (isNoun(&f.toks[j]) || isAdj(&f.toks[j])) &&
		!strings.Contains(f.toks[j].Tag, "pron") && f.entityAt(j) == "" {
		j--
	}
	if j == i-1 || j < 1 || f.low(j-1) != "за" || f.low(j) != "результат" && f.low(j) != "підсумок" || !hasCase(&f.toks[j], "v_oru") {
		return false
	}
	return j-1 == 0 || f.toks[j-2].Kind == vistka.Punct
}

// sharedOpening returns where the words that open the clause of the verb
// at at end, past a predicate the verb is joined to by і ("Вчителя
// затримали і засудили") and past a relative clause that follows them
// ("Вчителя, який працював у школі, засудили"): what opens the clause is
// the object of both.
func (f *finder) sharedOpening(at int) int {
	if k := at - 1; k > 0 && isAnd(&f.toks[k]) {
		for j := k - 1; j >= 0 && k-j <= 5; j-- {
			t := &f.toks[j]
			if t.Kind == vistka.Punct {
				break
			}
			if strings.HasPrefix(t.Tag, "verb") {
				if strings.Contains(t.Tag, ":past") && slices.Contains(strings.Split(t.Tag, ":"), "p") {
					at = j // "звільнили з роботи і засудили"
				}
				break
			}
		}
	}
	if k := at - 1; k > 0 && f.toks[k].Text == "," {
		for j := k - 1; j > 0 && k-j <= 12; j-- {
			if f.toks[j].Kind == vistka.Punct {
				if f.toks[j].Text == "," && f.low(j+1) == "який" && !hasCase(&f.toks[j-1], "v_naz") {
					return j // the relative's antecedent stands before its comma
				}
				break
			}
		}
	}
	return at
}

// warnedClause returns the verb of warning (попередили, що …) whose
// що-clause the word at at stands in, or -1: that warning is itself a
// threat (see warnedOfUnmet).
func (f *finder) warnedClause(at int) int {
	for j := at - 1; j >= 2 && j >= at-25; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," && t.Text != "—" && t.Text != "–" {
			return -1
		}
		if f.thatAfterComma(j) {
			if v := f.verb(j - 2); v == "попередити" || v == "попереджати" || v == "застерегти" {
				return j - 2
			}
			return -1
		}
	}
	return -1
}

// packageOpening reports whether the word at j is the genitive of a
// package that opens its clause, with only its number or its adjectives
// before it: "20-й пакет санкцій проти Росії …", "Перший пакет санкцій
// …" put first, the one who adopted it after.
func (f *finder) packageOpening(j int) bool {
	if j < 1 || f.low(j-1) != "пакет" || !hasCase(&f.toks[j], "v_rod") {
		return false
	}
	for k := j - 2; k >= 0; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			return true
		}
		if !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "numr") && t.Kind != vistka.Number {
			return false
		}
	}
	return true
}

// rejectables are what a refusal of it rejects (PLOVER's REJECT: a
// proposal, demand, request, offer, decision or accusation, and the talks
// or help offered): "відмовилася від пропозиції Росії", "від
// переговорів", "від звинувачень".
var rejectables = map[string]bool{
	"пропозиція": true, "вимога": true, "прохання": true, "запит": true, "ультиматум": true, "умова": true,
	"рішення": true, "постанова": true, "ухвала": true, "вирок": true, "указ": true, "закон": true,
	"звинувачення": true, "обвинувачення": true, "претензія": true, "позов": true, "скарга": true,
	"переговори": true, "переговор": true, "діалог": true, "зустріч": true, "візит": true, "запрошення": true,
	"угода": true, "договір": true, "домовленість": true, "контракт": true, "меморандум": true, "компроміс": true,
	"план": true, "ініціатива": true, "ідея": true, "проєкт": true, "проект": true, "резолюція": true,
	"допомога": true, "підтримка": true, "послуга": true, "посередництво": true, "посередник": true,
	"співпраця": true, "співробітництво": true, "участь": true, "мир": true, "перемир'я": true,
	"санкції": true, "санкція": true, "обмін": true, "кредит": true, "транш": true, "фінансування": true,
}

// thatClause reports whether the verb at i is followed right away by a
// clause of what is said: "заперечив, що брав гроші", "не заперечував,
// що співав".
func (f *finder) thatClause(i int) bool {
	j := i + 1
	if j < len(f.toks) && f.toks[j].Text == "," {
		j++
	}
	return j < len(f.toks) && f.low(j) == "що"
}

// commaThat reports whether a comma and що follow the word at i, and n
// more words after them: "попередив, що …".
func (f *finder) commaThat(i, n int) bool {
	return i+2+n < len(f.toks) && f.thatAfterComma(i+2)
}

// thatAfterComma reports whether the word at k is що after a comma, a word
// before the comma: "заявив, що".
func (f *finder) thatAfterComma(k int) bool {
	return k >= 2 && f.toks[k-1].Text == "," && f.low(k) == "що"
}

// thatClauseCue returns the verb before ", що" whose clause the verb at
// at opens with no subject of its own, past adverbs and negation ("що вже
// розпочали", "що не оскаржуватимуть") or after a first predicate of the
// clause and і, та, й ("що отримали звернення і вже розпочали"), or -1.
func (f *finder) thatClauseCue(at int) int {
	k := f.adverbsOnly(at - 1)
	for k >= 0 && f.low(k) == "не" {
		k = f.adverbsOnly(k - 1)
	}
	if k < 2 {
		return -1
	}
	if l := f.low(k); l == "і" || l == "та" || l == "й" {
		v := -1
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			t := &f.toks[j]
			if t.Kind != vistka.Word {
				return -1
			}
			if strings.HasPrefix(t.Tag, "verb") {
				if !agree(t, &f.toks[at]) {
					return -1
				}
				v = j
				break
			}
		}
		if v < 0 {
			return -1
		}
		k = f.adverbsOnly(v - 1)
	}
	if !f.thatAfterComma(k) {
		return -1
	}
	return k - 2
}

// afterThatClause returns the verb of the main clause when the verb at
// "at" is coordinated with it after a clause of "що": "заявив, що Мінськ
// відповідає на провокації, і висунув звинувачення" — висунув goes with
// заявив, not with Мінськ; so after "наголосив на тому, що …", and after
// a contrast (", але звинуватив"). It returns -1 otherwise.
func (f *finder) afterThatClause(at int) int {
	if strings.Contains(f.toks[at].Tag, ":inf") && at > 0 && finiteVerb(&f.toks[at-1]) {
		at-- // "…, і пообіцяла оскаржити її": the verb the infinitive hangs on
	}
	j := at - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j-- // також, ще
	}
	if j < 2 || !isAnd(&f.toks[j]) && !f.butClause(j) || f.toks[j-1].Text != "," {
		// (or a contrast: "заявив, що Москва «відкрита до діалогу»,
		// але звинуватив Київ")
		return -1
	}
	for k := j - 2; k >= 2; k-- {
		if f.toks[k].Kind == vistka.Punct && f.toks[k].Text != "," && f.toks[k].Text != "«" && f.toks[k].Text != "»" {
			return -1
		}
		if f.thatAfterComma(k) {
			v := k - 2
			if v >= 2 && thatCorrelative[scan.ToLower(f.toks[v].Text)] && isPrep(&f.toks[v-1]) {
				v -= 2 // "наголосив на тому, що …", "заявив про те, що …"
			}
			for n := 0; n < 5 && v > 0 && (f.toks[v].Kind == vistka.QuoteMark || hasCase(&f.toks[v], "v_dav")); n++ {
				v-- // "заявила «Українській правді», що …": whom it was told
			}
			if isVerb(&f.toks[v]) && agree(&f.toks[v], &f.toks[at]) {
				return v
			}
			return -1
		}
	}
	return -1
}

// thatCorrelative are the forms of той that a preposition after a verb
// of saying takes before its що-clause: "наголосив на тому, що …".
var thatCorrelative = map[string]bool{"те": true, "тому": true, "тим": true, "того": true}

// opensClause reports whether the name at j is followed, right after its
// words, by a finite verb: the subject of a clause of its own, not one
// more of a list.
func (f *finder) opensClause(j int) bool {
	k := f.nameEnd(j)
	if k >= len(f.toks) {
		return false
	}
	t := &f.toks[k]
	return finiteVerb(t)
}

// opening returns the index of the sentence's first word, past a dash
// or a quotation mark, or -1 when it has fewer than two tokens after it.
func (f *finder) opening() int {
	i := 0
	if len(f.toks) > 0 && f.toks[0].Kind == vistka.Punct {
		i++
	}
	if i+1 >= len(f.toks) {
		return -1
	}
	return i
}

// verbBeforeThat returns the finite verb of the main clause when the
// adverbial participle at at closes a sentence whose main verb, one of
// finding out, takes a що-clause before it ("Замовник з'ясував, що …, відхиливши …"), or -1.
func (f *finder) verbBeforeThat(at int) int {
	if !strings.HasPrefix(f.toks[at].Tag, "advp") || at == 0 || f.toks[at-1].Text != "," {
		return -1
	}
	for j := at - 2; j >= 2; j-- {
		if !f.thatAfterComma(j) {
			continue
		}
		if t := &f.toks[j-2]; finiteVerb(t) && findsOut[f.verb(j-2)] {
			return j - 2
		}
		return -1
	}
	return -1
}

// foundThat reports whether the word at at stands in a що-clause of a
// finite verb of finding out: "Суд встановив, що …", "Слідство з'ясувало,
// що …".
func (f *finder) foundThat(at int) bool {
	for j := at - 1; j >= 2; j-- {
		if !f.thatAfterComma(j) {
			continue
		}
		for k := j - 2; k >= 0 && k >= j-4 && f.toks[k].Kind != vistka.Punct; k-- {
			if t := &f.toks[k]; finiteVerb(t) && findsOut[f.verb(k)] {
				return true
			}
		}
		return false
	}
	return false
}

// findsOut are the verbs of finding a fact out, whose finder goes on to
// act on it ("з'ясував, що …, відхиливши …"); after a verb of thinking
// the participle is the що-clause's own ("подумала, що це я,
// заморозивши …").
var findsOut = map[string]bool{"з'ясувати": true, "встановити": true, "виявити": true, "визначити": true,
	"дізнатися": true, "з'ясовувати": true, "встановлювати": true, "виявляти": true}

// ownerRelative returns the body or person a genitive relative right
// before the verb at at stands for when it names whose proposal, decision
// or bid the verb acts on, its noun right after the comma: "ТОВ «Бета»,
// пропозицію якого відхилили" gives ТОВ «Бета»; else "".
func (f *finder) ownerRelative(at int) string {
	k := at - 1
	if k < 3 || f.low(k) != "який" || !hasCase(&f.toks[k], "v_rod") || !decisionNouns[f.low(k-1)] && f.low(k-1) != "скарга" && f.low(k-1) != "позов" || f.toks[k-2].Text != "," {
		return ""
	}
	j := k - 3
	for j >= 0 && f.toks[j].Kind == vistka.QuoteMark {
		j--
	}
	if j < 0 {
		return ""
	}
	e := f.entityAt(j)
	if t := f.ents.Type(e); t != "ORG" && t != "PERS" {
		return ""
	}
	return e
}

// setOffClause reports whether the verb at at is an adverbial participle
// opening its sentence, or the verb of a relative clause that opens right
// after a comma before it (", який відвідав"), with no comma between: a
// clause that a comma ends, after which the main clause goes on.
func (f *finder) setOffClause(at int) bool {
	t := &f.toks[at]
	if strings.HasPrefix(t.Tag, "advp") {
		return at == 0
	}
	if !finiteVerb(t) {
		return false
	}
	for j := at - 1; j >= 1 && j >= at-4; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); (l == "який" || l == "котрий") && f.toks[j-1].Text == "," {
			// (the main clause's verb after the relative one's comma)
			for k := at + 1; k+1 < len(f.toks); k++ {
				if f.toks[k].Text == "," {
					u := &f.toks[k+1]
					return finiteVerb(u)
				}
			}
			return false
		}
	}
	return false
}

// claimOwnerOpening returns the common noun in the genitive that names
// whose proposal, demand or request opens the clause of the verb at at,
// the noun of the claim first and nothing but adjectives, було and
// adverbs between ("Пропозицію угорської сторони було відхилено",
// "Вимогу профспілки відхилили"), or -1. A named owner is
// objectEntityBefore's.
func (f *finder) claimOwnerOpening(at int) int {
	lo := f.clauseStart(at)
	if lo+1 >= at || !isNoun(&f.toks[lo]) || !rejectables[f.low(lo)] || hasCase(&f.toks[lo], "v_rod") {
		return -1
	}
	m := f.pastAdjs(lo + 1)
	if m >= at || !isNoun(&f.toks[m]) || !hasCase(&f.toks[m], "v_rod") || f.entityAt(m) != "" || strings.Contains(f.toks[m].Tag, "pron") {
		return -1
	}
	if l := f.low(m); !groups[l] && !actorNoun(l) && !strings.Contains(f.toks[m].Tag, ":anim") {
		return -1
	}
	for k := m + 1; k < at; k++ {
		if f.low(k) != "бути" && !strings.HasPrefix(f.toks[k].Tag, "adv") {
			return -1
		}
	}
	return m
}
