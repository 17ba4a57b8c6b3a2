package pipeline

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// kindBack is how many sentences before the kind noun's own a party it
// refers back to may be named in.
const kindBack = 5

// firmForms are the legal forms a firm's name is written after
// ("ТОВ «Альфа»"), each with the kind nouns that refer back to such a
// firm: фірма and компанія to any, товариство to a company, підприємство
// to a state, municipal or private enterprise.
var firmForms = map[string][]string{
	"тов":  {"фірма", "компанія", "товариство"},
	"тзов": {"фірма", "компанія", "товариство"},
	"тдв":  {"фірма", "компанія", "товариство"},
	"пат":  {"фірма", "компанія", "товариство"},
	"прат": {"фірма", "компанія", "товариство"},
	"ат":   {"фірма", "компанія", "товариство"},
	"ват":  {"фірма", "компанія", "товариство"},
	"зат":  {"фірма", "компанія", "товариство"},
	"пп":   {"фірма", "компанія", "підприємство"},
	"дп":   {"підприємство"},
	"кп":   {"підприємство"},
	"квп":  {"підприємство"},
	"кнп":  {"підприємство"},
	// a firm named after the kind noun itself: "компанія «Альфа»"
	"фірма":        {"фірма", "компанія"},
	"компанія":     {"фірма", "компанія"},
	"товариство":   {"фірма", "компанія", "товариство"},
	"підприємство": {"підприємство"},
}

// nameKinds are the kind nouns that refer back to a body whose name holds
// the word, or one of the words given: суд to "Господарський суд
// Київської області", міськрада to "Вінницька міська рада".
var nameKinds = map[string][]string{
	"суд":           {"суд", "госпсуд", "адмінсуд", "райсуд"},
	"рада":          {"рада", "міськрада", "облрада", "райрада", "сільрада", "селищрада"},
	"міськрада":     {"міська рада", "міськрада"},
	"міська рада":   {"міська рада", "міськрада"},
	"обласна рада":  {"обласна рада", "облрада"},
	"облрада":       {"обласна рада", "облрада"},
	"сільрада":      {"сільська рада", "сільрада"},
	"сільська рада": {"сільська рада", "сільрада"},
	"селищна рада":  {"селищна рада"},
	"банк":          {"банк"},
	"лікарня":       {"лікарня"},
	"водоканал":     {"водоканал"},
	"фонд":          {"фонд"},
	"асоціація":     {"асоціація"},
	"агентство":     {"агентство"},
	"департамент":   {"департамент"},
	"управління":    {"управління"},
	"профспілка":    {"профспілка"},
	"федерація":     {"федерація"},
	"посольство":    {"посольство"},
	"прокуратура":   {"прокуратура"},
	"інспекція":     {"інспекція"},
	"університет":   {"університет"},
	"академія":      {"академія"},
	"театр":         {"театр"},
	"музей":         {"музей"},
	"комбінат":      {"комбінат"},
	"завод":         {"завод"},
}

// roleKinds are the role nouns of a party a text introduces with the
// noun before its name ("позивач — ТОВ «Альфа»", "замовник торгів,
// КП «Водоканал»") and then refers back to by the noun alone.
var roleKinds = map[string]bool{
	"позивач": true, "відповідач": true, "замовник": true, "виконавець": true,
	"підрядник": true, "постачальник": true, "скаржник": true, "переможець": true,
	"орендар": true, "забудовник": true, "перевізник": true,
	// a person a court, police or prosecutor case introduced so
	// ("підозрюваному Івану Петренку", "обвинувачена Ольга Коваль")
	"підозрюваний": true, "підозрювана": true, "обвинувачений": true, "обвинувачена": true,
	"підсудний": true, "підсудна": true, "засуджений": true, "засуджена": true,
	"затриманий": true, "затримана": true,
}

// clientKinds are the nouns by which a lawyer's words refer to the one
// the lawyer defends, whom the text named after the lawyer's title in the
// genitive: "Адвокат Петренка Олена Мороз заявила, що її клієнт
// оскаржить рішення".
var clientKinds = map[string]bool{"клієнт": true, "клієнтка": true, "підзахисний": true, "підзахисна": true}

// lawyers are the titles whose genitive names a client.
var lawyers = map[string]bool{"адвокат": true, "адвокатка": true, "захисник": true, "захисниця": true}

// kindArgs makes the event arguments and quote speakers that are a bare
// kind or role noun ("фірма", "водоканал", "міськрада", "позивач") the
// entity the text named before and refers back to by the noun: the one
// party the noun fits named in its sentence before it or in the kindBack
// sentences before; none when two fit, or when another party it fits was
// named further back (a story of two agencies). A firm fits фірма/компанія/товариство/підприємство by
// the legal form it was named with (ТОВ «Альфа»), a body fits by a word
// of its name (Господарський суд → суд, КП «Водоканал» → водоканал), a
// party fits a role noun the text introduced it with ("позивач — ТОВ
// «Альфа»"). A noun followed by a name ("фірма «Бета»") is that name's,
// a plural is no one party, and an entity already an argument of the
// event is not taken again.
func kindArgs(a *vistka.Analysis, ents *entity.Result, events []vistka.Event, quotes []vistka.Quote) {
	if ents == nil || len(ents.Entities) == 0 {
		return
	}
	for i := range events {
		ev := &events[i]
		for _, args := range [][]string{ev.Actors, ev.Recipients} {
			for k, r := range args {
				s, t := kindToken(a, r, ev.Sentence.Start, ev.Sentence.End, -1, -1)
				if t < 0 {
					continue
				}
				if id := kindReferent(a, ents, r, s, t); id != "" && !slices.Contains(ev.Actors, id) && !slices.Contains(ev.Recipients, id) {
					args[k] = id
				}
			}
		}
	}
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker == "" {
			continue
		}
		// the speaker stands in the sentences the quote opens and ends in,
		// outside the quoted words
		from, to := q.Start, q.End
		for _, se := range a.Sentences {
			if se.RStart <= q.Start && q.Start < se.REnd {
				from = se.RStart
			}
			if se.RStart < q.End && q.End <= se.REnd {
				to = se.REnd
			}
		}
		s, t := kindToken(a, q.Speaker, from, to, q.Start, q.End)
		if t < 0 {
			continue
		}
		if id := kindReferent(a, ents, q.Speaker, s, t); id != "" {
			q.Speaker = id
		}
	}
}

// kindKey returns the kind noun the phrase r is, lower-cased, or "" when
// r is no bare kind or role noun.
func kindKey(r string) string {
	if r == "" || entity.Index(r) >= 0 {
		return ""
	}
	low := scan.ToLower(r)
	if _, ok := nameKinds[low]; ok || roleKinds[low] || clientKinds[low] {
		return low
	}
	switch low {
	case "фірма", "компанія", "товариство", "підприємство":
		return low
	}
	return ""
}

// kindToken finds the kind noun r in the sentences of the code-point
// range from–to, outside the quote qs–qe (negative when none): the index
// of its sentence and of its (last) token, singular and not followed by a
// name of its own; t is -1 when there is none such, or the noun stands
// there twice.
func kindToken(a *vistka.Analysis, r string, from, to, qs, qe int) (s, t int) {
	key := kindKey(r)
	if key == "" {
		return -1, -1
	}
	words := scan.Fields(key)
	s, t = -1, -1
	for si := range a.Sentences {
		se := &a.Sentences[si]
		if se.REnd <= from || se.RStart >= to {
			continue
		}
		toks := se.Tokens
	next:
		for i := 0; i+len(words) <= len(toks); i++ {
			if qs >= 0 && toks[i].RStart >= qs && toks[i].RStart < qe {
				continue
			}
			for j, w := range words {
				tk := &toks[i+j]
				if scan.ToLower(tk.Lemma) != w && scan.ToLower(tk.Text) != w {
					continue next
				}
			}
			if t >= 0 {
				return -1, -1 // the noun twice: which one is the argument is unknown
			}
			s, t = si, i+len(words)-1
		}
	}
	if t < 0 {
		return -1, -1
	}
	toks := a.Sentences[s].Tokens
	if strings.Contains(toks[t].Tag, ":p:") && !strings.Contains(toks[t].Tag, ":s:") {
		return -1, -1 // "фірми" as a plural stands for no one party
	}
	if namedAfter(a, toks, t) {
		return -1, -1
	}
	return s, t
}

// namedAfter reports whether the token after toks[h] opens a name of its
// own: a quote mark, a capital word, or a NER span ("фірма «Бета»",
// "компанія Nestlé").
func namedAfter(a *vistka.Analysis, toks []vistka.Token, h int) bool {
	if h+1 >= len(toks) {
		return false
	}
	n := &toks[h+1]
	switch n.Text {
	case "«", "\"", "„", "“":
		return true
	}
	if c, _ := utf8.DecodeRuneInString(n.Text); unicode.IsUpper(c) {
		return true
	}
	for _, sp := range a.Spans {
		if sp.Start == n.RStart {
			return true
		}
	}
	return false
}

// kindReferent returns the id of the one entity the kind noun r at token
// t of sentence s refers back to (see kindArgs), or "".
func kindReferent(a *vistka.Analysis, ents *entity.Result, r string, s, t int) string {
	key := kindKey(r)
	toks := a.Sentences[s].Tokens
	if key == "суд" && t > 0 && scan.ToLower(toks[t-1].Text) == "до" {
		// "звернулася до суду" files a claim with a court of first
		// instance, seldom the one whose ruling the text names
		return ""
	}
	pos := toks[t].RStart
	from := a.Sentences[max(0, s-kindBack)].RStart
	found := -1
	for e := range ents.Entities {
		en := &ents.Entities[e]
		if en.Type != "ORG" && en.Type != "LOC" && !((roleKinds[key] || clientKinds[key]) && en.Type == "PERS") {
			continue
		}
		fits, far := false, false
		for _, m := range en.Mentions {
			if m.End > pos || !kindFits(a, key, en, m) {
				continue
			}
			if m.Start < from {
				far = true
				continue
			}
			fits = true
			break
		}
		if far && !fits {
			return "" // another such party named further back
		}
		if !fits {
			continue
		}
		if key == "суд" && courtBeside(a, en, from, pos) {
			return "" // "Вищий госпсуд ухвалу суду скасував": two courts at work
		}
		if found >= 0 {
			return "" // two parties fit: no link
		}
		found = e
	}
	if found < 0 {
		return ""
	}
	return ents.Entities[found].ID
}

// kindFits reports whether the kind noun key refers fitly to entity en
// named by mention m.
func kindFits(a *vistka.Analysis, key string, en *vistka.Entity, m vistka.Mention) bool {
	if words, ok := nameKinds[key]; ok {
		if en.Type != "ORG" {
			return false
		}
		for _, n := range append([]string{en.Name}, en.Aliases...) {
			low := " " + strings.Join(scan.Fields(scan.ToLower(n)), " ") + " "
			for _, w := range words {
				if strings.Contains(low, " "+w+" ") || w == "водоканал" && strings.Contains(low, w) {
					return true
				}
			}
		}
		return false
	}
	before := tokensBefore(a, m.Start, 5)
	if clientKinds[key] {
		// "Адвокат Петренка": the name in the genitive right after a
		// lawyer's title
		if en.Type != "PERS" || len(before) == 0 {
			return false
		}
		r, name := &before[len(before)-1], tokenAt(a, m.Start)
		return name != nil && lawyers[scan.ToLower(r.Lemma)] && vtag.Case(name.Tag) == "v_rod"
	}
	if roleKinds[key] && en.Type == "PERS" {
		// a person's role stands right before the name, in its case:
		// "підозрюваному Івану Петренку", not "захисник засудженого
		// Віталій Рябоконь"
		if len(before) == 0 {
			return false
		}
		r, name := &before[len(before)-1], tokenAt(a, m.Start)
		return name != nil && scan.ToLower(r.Lemma) == roleLemma(key) &&
			vtag.Case(r.Tag) != "" && vtag.Case(r.Tag) == vtag.Case(name.Tag)
	}
	if roleKinds[key] {
		// "позивач — ТОВ «Альфа»", "замовник торгів, КП «Водоканал»", "замовником є …"
		for k, tk := range before {
			if scan.ToLower(tk.Lemma) != key {
				continue
			}
			ok := true
			for _, b := range before[k+1:] {
				if b.Kind == vistka.Word && !strings.Contains(b.Tag, "v_rod") && scan.ToLower(b.Lemma) != "бути" && !firmForm(b) {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
		return false
	}
	if en.Type != "ORG" {
		return false
	}
	// a firm named with its legal form or kind noun before it or first
	// in its name: "ТОВ «Альфа»", "компанії «Альфа»"
	if w := scan.Fields(m.Text); len(w) > 1 {
		if kinds, ok := firmForms[scan.ToLower(w[0])]; ok && slices.Contains(kinds, key) {
			return true
		}
	}
	for k := len(before) - 1; k >= 0; k-- {
		b := before[k]
		if b.Text == "«" || b.Text == "\"" || b.Text == "„" || b.Text == "“" {
			continue
		}
		form := scan.ToLower(b.Text)
		kinds, ok := firmForms[form]
		if !ok {
			kinds, ok = firmForms[scan.ToLower(b.Lemma)]
		}
		return ok && slices.Contains(kinds, key)
	}
	return false
}

// firmForm reports whether tk is a firm's legal form (ТОВ, ПП, ДП, …).
func firmForm(tk vistka.Token) bool {
	_, ok := firmForms[scan.ToLower(tk.Text)]
	return ok && tk.Text != scan.ToLower(tk.Text)
}

// tokensBefore returns up to n tokens that end at or before the code-point
// offset pos, within its sentence.
func tokensBefore(a *vistka.Analysis, pos, n int) []vistka.Token {
	for _, se := range a.Sentences {
		if pos < se.RStart || pos >= se.REnd {
			continue
		}
		k := 0
		for k < len(se.Tokens) && se.Tokens[k].RStart < pos {
			k++
		}
		return se.Tokens[max(0, k-n):k]
	}
	return nil
}

// tokenAt returns the token that starts at code point pos, or nil.
func tokenAt(a *vistka.Analysis, pos int) *vistka.Token {
	for si := range a.Sentences {
		se := &a.Sentences[si]
		if pos < se.RStart || pos >= se.REnd {
			continue
		}
		for k := range se.Tokens {
			if se.Tokens[k].RStart == pos {
				return &se.Tokens[k]
			}
		}
	}
	return nil
}

// roleLemma returns the lemma a role noun's word is tagged with: the
// masculine of a feminine participle noun (затримана → затриманий).
func roleLemma(key string) string {
	if stem, ok := strings.CutSuffix(key, "на"); ok {
		return stem + "ний"
	}
	return key
}

// courtBeside reports whether a sentence that names the court en between
// the code-point offsets from and pos also holds a bare суд outside any
// name, which is then another court than en.
func courtBeside(a *vistka.Analysis, en *vistka.Entity, from, pos int) bool {
	for _, m := range en.Mentions {
		if m.Start < from || m.End > pos {
			continue
		}
		for _, se := range a.Sentences {
			if m.Start < se.RStart || m.Start >= se.REnd {
				continue
			}
			for _, tk := range se.Tokens {
				if scan.ToLower(tk.Lemma) == "суд" && tk.RStart < pos && !inSpan(a.Spans, tk.RStart) {
					return true
				}
			}
		}
	}
	return false
}

// inSpan reports whether the code-point offset pos lies inside one of
// spans (sorted by start).
func inSpan(spans []vistka.Span, pos int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].End > pos })
	return k < len(spans) && spans[k].Start <= pos
}
