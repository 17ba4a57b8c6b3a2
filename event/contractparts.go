package event

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// contractParts adds the firms' parts of a contract that a procurement
// notice tells after its lead: "Управління … уклало низку угод на
// реконструкцію п'яти будинків на 13,42 млн грн. … ТОВ «Альфа» отримає
// 2,90 млн грн. на реконструкцію будинку", "ТОВ «Бета» отримало
// замовлення вартістю 8,31 млн грн.", "Найбільші підряди отримали ПАТ
// «А» (94,23 млн грн.) та ТОВ «Б»", "Решту 1,55 млн грн. освоїть ПрАТ
// «В»". Each is an AGREE of the lead's customer with the firm, though the
// sentence names no giver; so is a firm that does the work for a sum
// ("За 13,81 млн грн. ТОВ «Гамма» проведе реконструкцію цеху"). Only a
// document whose lead (its first two sentences) tells a contract its
// customer made (уклав угоди, провів тендер, замовив) gets them.
func contractParts(a *vistka.Analysis, ents *entity.Result, m *memos, out []vistka.Event) []vistka.Event {
	lead, ls := leadCustomer(a, ents, out)
	added := false
	for s := ls + 1; s < len(a.Sentences); s++ {
		f := m.finder(a, ents, s)
		if lead == "" && !slices.ContainsFunc(f.toks, func(t vistka.Token) bool { return t.Text == ":" }) {
			continue // no customer: neither the lead's nor tenders named before a colon (tendersOf)
		}
		for i := range f.toks {
			if !isVerb(&f.toks[i]) {
				continue
			}
			v := f.verb(i)
			if !receives[v] && v != "освоїти" && v != "освоювати" && !performs[v] {
				continue
			}
			lo, hi := f.partClause(i)
			customer := lead
			if c := f.tendersOf(lo); c != "" {
				customer = c
			}
			if customer == "" {
				continue
			}
			noun := f.contractPart(i, lo, hi, v)
			if noun == -2 {
				continue
			}
			firms := f.partFirms(i, lo, hi)
			firms = slices.DeleteFunc(firms, func(e string) bool { return e == customer })
			if len(firms) == 0 {
				continue
			}
			t := &f.toks[i]
			if slices.ContainsFunc(out, triggeredAt(t)) {
				continue // the sentence's rules read it already
			}
			ev := vistka.Event{Type: "AGREE", Actors: []string{customer}, Recipients: firms, Aux: []string{},
				Trigger:     v,
				TriggerSpan: &vistka.Range{Start: t.RStart, End: t.REnd},
				Sentence:    vistka.Range{Start: a.Sentences[s].RStart, End: a.Sentences[s].REnd}}
			if noun >= 0 {
				ev.Trigger = v + " " + f.low(noun)
				ev.TriggerSpan.Start = min(t.RStart, f.toks[noun].RStart)
				ev.TriggerSpan.End = max(t.REnd, f.toks[noun].REnd)
			}
			out = append(out, ev)
			added = true
		}
	}
	if added {
		slices.SortStableFunc(out, func(x, y vistka.Event) int { return x.Sentence.Start - y.Sentence.Start })
	}
	return out
}

// tendersOf returns the customer whose tenders the clause before lo, up
// to a colon right before it, names: "знову повернулася на тендери
// «Житлоінвестбуду»: у березні «Азур Груп» отримав 31 млн грн. на
// будівництво" (the firm's part of that customer's contract); else "".
func (f *finder) tendersOf(lo int) string {
	if lo < 2 || f.toks[lo-1].Text != ":" {
		return ""
	}
	for j := lo - 2; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if !strings.HasPrefix(f.low(j), "тендер") || !isNoun(&f.toks[j]) {
			continue
		}
		for k := j + 1; k < lo-1 && k <= j+3; k++ {
			if e := f.entityAt(k); e != "" && f.ents.Type(e) == "ORG" && hasCase(&f.toks[k], "v_rod") {
				return e
			}
		}
	}
	return ""
}

// leadCustomer returns the customer of the contract the document's lead
// tells, and the lead's sentence: the one actor, an organisation, of an
// AGREE in the first two sentences that names no firm or person it was
// made with (a place the tagger took for one aside), in a sentence whose
// verb concludes a contract, holds a tender or orders (уклало низку угод,
// провів тендер, замовив); else "" and -1.
func leadCustomer(a *vistka.Analysis, ents *entity.Result, out []vistka.Event) (string, int) {
	party := func(r string) bool { return ents.Type(r) == "ORG" || ents.Type(r) == "PERS" }
	for s := 0; s < len(a.Sentences) && s < 2; s++ {
		sent := a.Sentences[s]
		for _, e := range out {
			if e.Sentence.Start != sent.RStart || e.Type != "AGREE" || len(e.Actors) != 1 || ents.Type(e.Actors[0]) != "ORG" ||
				slices.ContainsFunc(e.Recipients, party) || len(e.Aux) > 0 {
				continue
			}
			for k := range sent.Tokens {
				t := &sent.Tokens[k]
				if !strings.HasPrefix(t.Tag, "verb") {
					continue
				}
				switch lower(t) {
				case "укласти", "укладати", "замовити", "замовляти":
					return e.Actors[0], s
				case "провести", "проводити":
					if k+1 < len(sent.Tokens) && strings.HasPrefix(lower(&sent.Tokens[k+1]), "тендер") {
						return e.Actors[0], s
					}
				}
			}
		}
	}
	return "", -1
}

// partClause returns the bounds of the clause of the verb at i: from
// after the comma, semicolon or colon before it to the one after it (a
// comma inside a list of firms with their sums in brackets does not end
// it).
func (f *finder) partClause(i int) (lo, hi int) {
	lo = i
	for lo > 0 && !clauseMark(f.toks[lo-1].Text) {
		lo--
	}
	hi, depth := i+1, 0
	for ; hi < len(f.toks); hi++ {
		switch f.toks[hi].Text {
		case "(":
			depth++
		case ")":
			depth--
		}
		if depth == 0 && (clauseMark(f.toks[hi].Text) && !f.listComma(hi) && !f.firmNext(hi)) {
			break
		}
	}
	return lo, hi
}

func clauseMark(s string) bool { return s == "," || s == ";" || s == ":" || s == "–" || s == "—" }

// firmNext reports whether a firm with its legal form follows the comma
// at j: the next item of a list of firms.
func (f *finder) firmNext(j int) bool {
	return j+1 < len(f.toks) && legalForms[f.low(j+1)] && strings.ToUpper(f.toks[j+1].Text) == f.toks[j+1].Text
}

// notPaid are what a firm gets that is no payment under a contract (its
// own takings, penalties, a licence) and the words of a tally over time.
var notPaid = map[string]bool{
	"прибуток": true, "дохід": true, "виручка": true, "збиток": true, "штраф": true, "премія": true,
	"зарплата": true, "дивіденд": true, "дивіденди": true, "кешбек": true, "ліцензія": true, "дозвіл": true,
	"загалом": true, "усього": true, "всього": true, "сукупно": true, "щороку": true,
}

// earlier are words before the verb that set a part in another time, so
// in another contract.
var earlier = map[string]bool{"раніше": true, "торік": true, "минулий": true, "позаминулий": true, "попередній": true, "колись": true}

// contractPart reports whether the verb of receiving (or освоїти) at i in
// toks[lo:hi] tells a firm's part of a contract: a contract noun it
// governs, not in the genitive plural of a tally (returned: its index), or
// a sum with the work it pays for (на реконструкцію, за виготовлення) or
// with a word for a share of the lead's sum (Решту, З цієї суми; -1). It
// returns -2 when it does not: a giver named (від), aid, takings, a tally,
// another time.
func (f *finder) contractPart(i, lo, hi int, v string) int {
	if f.giver(lo, hi) != "" {
		return -2 // "отримає від селищної ради": the sentence's own rules read it
	}
	noun, sum, work, share := -1, false, false, false
	for j := lo; j < hi; j++ {
		l := f.low(j)
		if j != i && finiteVerb(&f.toks[j]) {
			return -2 // another finite verb: no simple clause
		}
		if aidNouns[l] || notPaid[l] || l == "останній" || j < i && earlier[l] {
			return -2 // "В минулому році «Альфа» отримала підряд": another contract
		}
		if contractNouns[l] && isNoun(&f.toks[j]) {
			if hasCase(&f.toks[j], "v_rod") && plural(&f.toks[j]) {
				return -2 // "отримала підрядів на 447 млн грн": a tally
			}
			noun = j
		}
		sum = sum || f.spanType(j) == "MON" || currencies[l]
		work = work || j > i && (l == "на" || l == "за") && isPrep(&f.toks[j]) && (f.workAfter(j+1, hi) || j+1 < hi && f.paidFor(j+1))
		share = share || j < i && (l == "решта" || l == "сума" || l == "частина")
	}
	switch {
	case noun >= 0 && receives[v]:
		return noun
	case performs[v]:
		if (sum || f.sumFragmentBefore()) && f.workAfter(i+1, hi) && f.toks[i].Tag != "" && !strings.Contains(f.toks[i].Tag, ":inf") {
			return -1
		}
	case sum && (work || share || v == "освоїти" || v == "освоювати"):
		return -1
	}
	return -2
}

// performs are verbs a firm does the work of a contract with: "За 13,81
// млн грн. ТОВ «Альфа» проведе реконструкцію цеху" is its part.
var performs = map[string]bool{"провести": true, "виконати": true, "здійснити": true, "збудувати": true, "побудувати": true}

// sumFragmentBefore reports whether the sentence before f.s is no more than
// a sum with its preposition ("За 13,81 млн грн."), cut off from the
// sentence it opens by the splitter at the abbreviation's full stop.
func (f *finder) sumFragmentBefore() bool {
	if f.s == 0 {
		return false
	}
	prev := f.a.Sentences[f.s-1].Tokens
	if len(prev) < 3 || !isPrep(&prev[0]) || lower(&prev[0]) != "за" && lower(&prev[0]) != "на" {
		return false
	}
	money := false
	for k := 1; k < len(prev); k++ {
		t := &prev[k]
		switch {
		case t.Kind == vistka.Number:
		case currencies[strings.TrimSuffix(lower(t), ".")]:
			money = true
		case strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":numr"):
		case t.Kind == vistka.Punct && k == len(prev)-1:
		default:
			return false
		}
	}
	return money
}

// partFirms returns the firms that get the part told by the verb at i in
// toks[lo:hi]: the organisation in the nominative before it (ТОВ «Альфа»
// отримає), else those after it up to a preposition or a relative word
// (отримає ПП «Бета», засновником котрої …; підряди отримали ПАТ «А»
// (94 млн грн.), ТОВ «Б» та ТОВ «В»). Each must be a firm: a legal form
// in or before its name, or elsewhere in the document.
func (f *finder) partFirms(i, lo, hi int) []string {
	firm := func(j int, e string) bool {
		if f.ents.Type(e) != "ORG" {
			return false
		}
		if f.firmActor([]string{e}, j+1) || f.formedElsewhere(e) {
			return true
		}
		k := j - 1
		for k > lo && f.entityAt(k) == e {
			k--
		}
		return k >= lo && legalForms[f.low(k)]
	}
	for j := i - 1; j >= lo; j-- {
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "ORG" {
			continue
		}
		if strings.Contains(f.toks[j].Tag, "v_") && !hasCase(&f.toks[j], "v_naz") || f.governedBy(j) != "" {
			continue
		}
		if firm(j, e) {
			return []string{e}
		}
		return nil
	}
	var firms []string
	depth := 0
	for j := i + 1; j < hi; j++ {
		switch f.toks[j].Text {
		case "(":
			depth++
		case ")":
			depth--
		}
		if depth > 0 {
			continue
		}
		if isPrep(&f.toks[j]) || isVerb(&f.toks[j]) {
			break
		}
		e := f.entityAt(j)
		if e == "" || slices.Contains(firms, e) {
			continue
		}
		if strings.Contains(f.toks[j].Tag, "v_") && !hasCase(&f.toks[j], "v_naz") && !hasCase(&f.toks[j], "v_zna") {
			continue
		}
		if firm(j, e) {
			firms = append(firms, e)
		}
	}
	return firms
}

// glossAbbrev reports whether token i is an abbreviation in brackets that
// only shortens the common words before them: "представників об'єднань
// співвласників багатоквартирних будинків (ОСББ)" names no party.
func (f *finder) glossAbbrev(i int) bool {
	e := f.entityAt(i)
	if e == "" || i < 2 || f.toks[i-1].Text != "(" || f.entityAt(i-2) != "" || !isNoun(&f.toks[i-2]) {
		return false
	}
	j := i
	for j < len(f.toks) && f.entityAt(j) == e {
		j++
	}
	w := f.toks[i].Text
	return j == i+1 && j < len(f.toks) && f.toks[j].Text == ")" && utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w
}

// sameFirmWords are the nouns of "у цієї ж фірми".
var sameFirmWords = map[string]bool{"фірма": true, "компанія": true, "підприємство": true, "товариство": true, "постачальник": true}

// boughtFromSame adds a purchase from the firm named before, told by a
// demonstrative phrase: "СхідГЗК купував цю ж речовину у цієї ж фірми" is
// an AGREE of the buyer with the last firm the text named before that is
// not the buyer.
func boughtFromSame(a *vistka.Analysis, ents *entity.Result, m *memos, out []vistka.Event) []vistka.Event {
	added := false
	for s := 1; s < len(a.Sentences); s++ {
		f := m.finder(a, ents, s)
		for i := range f.toks {
			if !isVerb(&f.toks[i]) || !buys[f.verb(i)] || !f.sameFirmAfter(i) {
				continue
			}
			buyer := ""
			for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
				if e := f.entityAt(j); e != "" && f.ents.Type(e) == "ORG" && f.subjectBefore(e, i) {
					buyer = e
					break
				}
			}
			if buyer == "" {
				continue
			}
			seller := f.lastFirm(buyer)
			t := &f.toks[i]
			if seller == "" || slices.ContainsFunc(out, triggeredAt(t)) {
				continue
			}
			out = append(out, vistka.Event{Type: "AGREE", Actors: []string{buyer}, Recipients: []string{seller}, Aux: []string{},
				Trigger:     f.verb(i),
				TriggerSpan: &vistka.Range{Start: t.RStart, End: t.REnd},
				Sentence:    vistka.Range{Start: a.Sentences[s].RStart, End: a.Sentences[s].REnd}})
			added = true
		}
	}
	if added {
		slices.SortStableFunc(out, func(x, y vistka.Event) int { return x.Sentence.Start - y.Sentence.Start })
	}
	return out
}

// sameFirmAfter reports whether "у цієї ж фірми" (в тієї ж компанії)
// follows the verb at i in its clause.
func (f *finder) sameFirmAfter(i int) bool {
	for j := i + 1; j+3 < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); (l == "у" || l == "в") && isPrep(&f.toks[j]) {
			d, p, n := f.low(j+1), f.low(j+2), f.low(j+3)
			return (d == "цей" || d == "той") && (p == "ж" || p == "же") && sameFirmWords[n]
		}
	}
	return false
}

// lastFirm returns the firm the text named last before sentence f.s
// that is not not: an organisation with a legal form in or before its
// name.
func (f *finder) lastFirm(not string) string {
	for s := f.s - 1; s >= 0; s-- {
		g := finder{a: f.a, ents: f.ents, s: s, toks: f.a.Sentences[s].Tokens}
		for j := len(g.toks) - 1; j >= 0; j-- {
			e := g.entityAt(j)
			if e == "" || e == not || g.ents.Type(e) != "ORG" || j > 0 && g.entityAt(j-1) == e {
				continue
			}
			if g.legalFirm(e) || j > 0 && legalForms[g.low(j-1)] {
				return e
			}
		}
	}
	return ""
}

// givenForUse reports whether the verb of receiving at i, with its clause
// ending at end, tells a firm given the use of something by a body after
// a contest: "в користування" right after the verb, and від before a body
// named or named by a common noun (які отримали в користування від
// міської влади 32 маршрути).
func (f *finder) givenForUse(i, end int) bool {
	if i+2 >= end || !(f.low(i+1) == "в" || f.low(i+1) == "у") || f.low(i+2) != "користування" {
		return false
	}
	return f.giver(i+3, end) != "" || f.bodyGiver(i+3, end) != ""
}

// bodyGiver returns the body named by a common noun after від in
// toks[start:end], in the nominative with the adjectives that agree with
// it (від міської влади: міська влада), or "".
func (f *finder) bodyGiver(start, end int) string {
	for j := start; j+1 < end; j++ {
		if f.low(j) != "від" || !isPrep(&f.toks[j]) {
			continue
		}
		k := j + 1
		for k < end && k <= j+3 && isAdj(&f.toks[k]) {
			k++
		}
		if k < end && f.entityAt(k) == "" && isNoun(&f.toks[k]) && actorNoun(f.low(k)) {
			if adjs := f.agreeingAdjectives(k); adjs != "" {
				return adjs + " " + f.low(k) // "від міської влади": міська влада
			}
			return f.low(k)
		}
		return ""
	}
	return ""
}

// paidFor reports whether the noun at j, after на or за, is work a firm is
// paid for beyond workAfter's: "на будівництво дитсадка", "за заміну
// вікон" (an inanimate accusative with its object in the genitive).
func (f *finder) paidFor(j int) bool {
	t := &f.toks[j]
	if f.low(j) == "будівництво" {
		return true
	}
	return strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":inanim") && hasCase(t, "v_zna") && f.entityAt(j) == "" &&
		j+1 < len(f.toks) && isNoun(&f.toks[j+1]) && hasCase(&f.toks[j+1], "v_rod")
}

// contractWon adds a contract a firm is told to have received with no
// giver named and no lead to lend one: "Нагадаємо, в 2011 році підряд на
// ремонт фонтану … отримало ТОВ «Альфа»", "ПП «Бета» отримало замовлення
// на ремонт школи". It is an AGREE with the firm alone, the customer
// left unnamed. A tally (підрядів, підряди на 3 млрд грн), a giver named
// (від), aid or takings, and a clause with another finite verb keep it
// out, as do the firm's parts contractParts has read.
func contractWon(a *vistka.Analysis, ents *entity.Result, m *memos, out []vistka.Event) []vistka.Event {
	added := false
	for s := range a.Sentences {
		f := m.finder(a, ents, s)
		for i := range f.toks {
			t := &f.toks[i]
			if !finiteVerb(t) || !receives[f.verb(i)] {
				continue
			}
			lo, hi := f.partClause(i)
			noun := f.wonContract(i, lo, hi)
			if noun < 0 {
				continue
			}
			firms := f.partFirms(i, lo, hi)
			if len(firms) == 0 || slices.ContainsFunc(out, triggeredAt(t)) {
				continue
			}
			out = append(out, vistka.Event{Type: "AGREE", Actors: []string{}, Recipients: firms, Aux: []string{},
				Trigger:     f.verb(i) + " " + f.low(noun),
				TriggerSpan: &vistka.Range{Start: min(t.RStart, f.toks[noun].RStart), End: max(t.REnd, f.toks[noun].REnd)},
				Sentence:    vistka.Range{Start: a.Sentences[s].RStart, End: a.Sentences[s].REnd}})
			added = true
		}
	}
	if added {
		slices.SortStableFunc(out, func(x, y vistka.Event) int { return x.Sentence.Start - y.Sentence.Start })
	}
	return out
}

// wonContract returns the index of the contract noun in the singular
// (підряд, замовлення, контракт) that the verb of receiving at i in
// toks[lo:hi] takes, in a clause with no giver, no other finite verb and
// no word of aid, takings or a tally; else -1.
func (f *finder) wonContract(i, lo, hi int) int {
	if f.giver(lo, hi) != "" {
		return -1
	}
	noun := -1
	for j := lo; j < hi; j++ {
		l, tag := f.low(j), f.toks[j].Tag
		if j != i && strings.HasPrefix(tag, "verb") && !strings.Contains(tag, ":inf") {
			return -1
		}
		if aidNouns[l] || notPaid[l] {
			return -1
		}
		if contractNouns[l] && strings.HasPrefix(tag, "noun") {
			if strings.Contains(tag, ":p:") || hasCase(&f.toks[j], "v_rod") && !hasCase(&f.toks[j], "v_zna") && !hasCase(&f.toks[j], "v_naz") {
				return -1 // "отримала підрядів на 447 млн грн": a tally
			}
			noun = j
		}
		if f.contractAdverb(j) {
			noun = j
		}
	}
	return noun
}

// contractAdverb reports whether the token at j is підряд tagged as the
// adverb (три роки підряд, "in a row") where it is the noun, a contract
// for work: right before на and the work in the accusative, and after no
// counted time ("в 2011 році підряд на ремонт фонтану", not "другий рік
// підряд на ринку").
func (f *finder) contractAdverb(j int) bool {
	if f.low(j) != "підряд" || !strings.HasPrefix(f.toks[j].Tag, "adv") || j+2 >= len(f.toks) || f.low(j+1) != "на" ||
		!isNoun(&f.toks[j+2]) || !hasCase(&f.toks[j+2], "v_zna") {
		return false
	}
	if j == 0 {
		return true
	}
	b := &f.toks[j-1]
	// (a locative is always under its preposition: "в 2011 році")
	return b.Kind == vistka.Punct || strings.HasPrefix(b.Tag, "noun") && (f.governedBy(j-1) != "" || hasCase(b, "v_mis"))
}

// triggeredAt returns a test of an event whose trigger spans the token t:
// a word an event has read already.
func triggeredAt(t *vistka.Token) func(vistka.Event) bool {
	return func(e vistka.Event) bool {
		return e.TriggerSpan != nil && e.TriggerSpan.Start <= t.RStart && t.REnd <= e.TriggerSpan.End
	}
}

// contractNouns are what a firm gets from a customer: a contract.
var contractNouns = map[string]bool{"підряд": true, "замовлення": true, "держзамовлення": true, "контракт": true}

// workAfter reports whether a noun of work stands at j, after adjectives
// if any, before end: "на капітальний ремонт", "на розширення
// каналізації" (not "відповідь на запит").
func (f *finder) workAfter(j, end int) bool {
	for j < end && isAdj(&f.toks[j]) {
		j++
	}
	if j >= end || !isNoun(&f.toks[j]) {
		return false
	}
	l := f.low(j)
	return paidWorks[l] || strings.HasSuffix(l, "ння") || strings.HasSuffix(l, "ття") || strings.HasSuffix(l, "ція")
}

// paidWorks are nouns of work a firm is paid for that are no verbal nouns in
// -ння: "на ремонт", "на охорону".
var paidWorks = map[string]bool{
	"ремонт": true, "капремонт": true, "монтаж": true, "демонтаж": true, "охорона": true, "поставка": true,
	"роботи": true, "робота": true, "послуга": true, "послуги": true, "закупівля": true, "проєкт": true, "проект": true,
}

// formedElsewhere reports whether another entity of the document is e's
// name after a legal form: "ТОВ «Альфа»" for «Альфа».
func (f *finder) formedElsewhere(e string) bool {
	name := f.ents.Name(e)
	for _, o := range f.ents.Entities {
		form, rest, ok := strings.Cut(o.Name, " ")
		if ok && legalForms[scan.ToLower(form)] && strings.Trim(rest, "«»\"") == name {
			return true
		}
	}
	return false
}
