package pipeline

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/amount"
	"github.com/vistka/vistka/date"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
	"github.com/vistka/vistka/ner"
	"github.com/vistka/vistka/source"
)

func findAmounts(text string, lexed []scan.Token) []vistka.Amount {
	if a := amount.FindLexed(text, lexed); a != nil {
		return a
	}
	return []vistka.Amount{}
}

// countedNouns gives a count without a unit the noun it counts, from the
// tagged tokens: "понад 4 тисячі поправок" counts поправка, "2 млн
// снарядів" снаряд. The noun joins the amount's text.
func countedNouns(a *vistka.Analysis, amounts []vistka.Amount) {
	var runes []rune
	for i := range amounts {
		am := &amounts[i]
		if am.Unit != "" || am.Value == nil {
			continue
		}
		s := a.SentenceAt(am.End)
		if s < 0 {
			s = a.SentenceAt(am.End - 1)
		}
		if s < 0 {
			continue
		}
		toks := a.Sentences[s].Tokens
		k := sort.Search(len(toks), func(k int) bool { return toks[k].RStart >= am.End })
		if k >= len(toks) || toks[k].RStart-am.End > 1 {
			continue
		}
		// "понад 11 тисяч російських танків": up to two adjectives of the
		// noun's case before it
		for n := 0; n < 2 && k+1 < len(toks) && toks[k].Kind == vistka.Word && strings.HasPrefix(toks[k].Tag, "adj") && !strings.Contains(toks[k].Tag, "pron") &&
			vtag.Case(toks[k].Tag) == vtag.Case(toks[k+1].Tag) && (strings.HasPrefix(toks[k+1].Tag, "noun") || strings.HasPrefix(toks[k+1].Tag, "adj")) &&
			toks[k+1].RStart-toks[k].REnd <= 1; n++ {
			k++
		}
		t := &toks[k]
		if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "prop") || strings.Contains(t.Tag, "pron") ||
			t.Lemma == "" || !strings.Contains(t.Tag, "v_rod") && !strings.Contains(t.Tag, "v_naz") && !strings.Contains(t.Tag, "v_zna") {
			continue
		}
		if runes == nil {
			runes = a.Runes()
		}
		if t.REnd > len(runes) {
			continue
		}
		am.Unit = scan.ToLower(t.Lemma)
		am.End = t.REnd
		am.Text = string(runes[am.Start:am.End])
	}
}

// outletsAsBodies returns a with the spans of known news outlets that the
// entity model calls works, miscellaneous (NER-UK marks «Наші гроші»
// mostly as ART) or people (ЛІГА.net, Громадському) typed as
// organisations, for the entity layer: an outlet that tells something is
// a speaker ("Видання «Українська правда» пише: …"). An outlet named in
// another case (пояснив «Нашим грошам», за даними «Української правди»)
// takes its name in the nominative as its base form. The spans of the
// output keep the model's types and base forms. a itself is not changed.
func outletsAsBodies(a *vistka.Analysis) *vistka.Analysis {
	var spans []vistka.Span
	for i, sp := range a.Spans {
		outlet := (sp.Type == "ART" || sp.Type == "MISC" || sp.Type == "PERS") && source.IsOutlet(sp.Text)
		base := ""
		if outlet || sp.Type == "ORG" {
			// «Нашим грошам», «Української правди»: the outlet's own
			// name in the nominative, which the base form of a work's
			// title (kept as written) or the tagger's reading of a
			// quoted name (Дзеркала тижня as a plural) misses
			base = source.OutletBase(sp.Text)
		}
		if outlet && base == "" && sp.Type == "PERS" {
			// "ЛІГА.net повідомили": a person's base form (Ліга.net) is
			// none of an outlet's; its name is in the base form as written
			base = sp.Text
		}
		if !outlet && base == "" {
			continue
		}
		if spans == nil {
			spans = slices.Clone(a.Spans)
		}
		if outlet {
			spans[i].Type = "ORG"
		}
		if base != "" {
			spans[i].Lemma = base
		}
	}
	if extra := untaggedOutlets(a); len(extra) > 0 {
		if spans == nil {
			spans = slices.Clone(a.Spans)
		}
		for _, o := range extra {
			// the parts of the line the tagger took for names of their own
			spans = slices.DeleteFunc(spans, func(sp vistka.Span) bool { return sp.Start >= o.Start && sp.End <= o.End })
		}
		spans = append(spans, extra...)
		slices.SortFunc(spans, func(x, y vistka.Span) int { return x.Start - y.Start })
	}
	if spans == nil {
		return a
	}
	b := *a
	b.Spans = spans
	return &b
}

// untaggedOutlets returns ORG spans for the news outlets the tagger left
// untagged on a line of their own, a sentence that is an outlet's name
// and nothing else: the publisher under the headline ("Українська
// правда", "Європейська правда", "hromadske"), or the one it tagged a
// part of (Донбас of Суспільне Донбас, which outletsAsBodies drops). An
// outlet inside a sentence is left alone: there it is often the one told
// (як повідомили hromadske в прокуратурі), which as an entity would take
// the speaker's place, and outlets are called by common words too
// (Країна, Новини).
func untaggedOutlets(a *vistka.Analysis) []vistka.Span {
	var out []vistka.Span
	runes := a.Runes()
	for s := range a.Sentences {
		toks := a.Sentences[s].Tokens
		first, last := -1, -1
		for i := range toks {
			if toks[i].Kind == vistka.Word || toks[i].Kind == vistka.Number {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 || toks[last].REnd > len(runes) {
			continue
		}
		if d := openerDash(toks, first); d > 0 {
			// "ІНТЕРФАКС-УКРАЇНА – Наглядова рада …": the agency that
			// opens a report in capitals, the dateline without its town
			last = d - 1
		}
		if start, end := toks[first].RStart, toks[last].REnd; last-first < 8 && partlyTagged(a.Spans, start, end) {
			if name := string(runes[start:end]); !strings.ContainsRune(name, '\n') && source.IsOutlet(name) {
				base := source.OutletBase(name) // ІНТЕРФАКС-УКРАЇНА of a dateline: Інтерфакс-Україна
				if base == "" {
					base = name
				}
				out = append(out, vistka.Span{Start: start, End: end, Type: "ORG", Text: name, Lemma: base})
			}
		}
	}
	return out
}

// openerDash returns the index of the dash after one to three words in
// capitals that open a sentence at toks[first] (ІНТЕРФАКС-УКРАЇНА – …), or
// -1: the place of an agency's name in a dateline.
func openerDash(toks []vistka.Token, first int) int {
	for d := first + 1; d < len(toks) && d <= first+3; d++ {
		switch t := toks[d].Text; {
		case t == "–" || t == "—":
			return d
		case toks[d].Kind != vistka.Word || strings.ToUpper(t) != t:
			return -1
		}
	}
	return -1
}

// partlyTagged reports whether the spans of spans, sorted, that overlap
// the code points from start to end lie inside them and none covers them
// all: the line is untagged, or the tagger took a part of it for a name
// of its own (Донбас of Суспільне Донбас).
func partlyTagged(spans []vistka.Span, start, end int) bool {
	k, _ := slices.BinarySearchFunc(spans, start, func(sp vistka.Span, pos int) int { return sp.End - 1 - pos })
	for ; k < len(spans) && spans[k].Start < end; k++ {
		if spans[k].Start < start || spans[k].End > end || spans[k].Start == start && spans[k].End == end {
			return false
		}
	}
	return true
}

// joinedApart returns a with each span that joins names of people (Миколу
// та Ларису Онул) or places sharing one head (Херсонської та Запорізької
// областей) split into one span a name, so that every person and every
// place is an entity of its own: Микола Онул and Лариса Онул, Херсонська
// область and Запорізька область. The spans of the output keep the
// tagger's joined spans; a itself is not changed. bf gives the parts
// their base forms; with none, a is returned as it is.
func joinedApart(a *vistka.Analysis, bf baseFormer) *vistka.Analysis {
	if bf == nil {
		return a
	}
	var spans []vistka.Span // nil until a span is split
	for i, sp := range a.Spans {
		var split []vistka.Span
		if s := a.SentenceAt(sp.Start); s >= 0 && (sp.Type == "PERS" || sp.Type == "LOC" || sp.Type == "ORG") {
			from, to := a.SpanTokens(s, sp.Start, sp.End)
			toks := a.Sentences[s].Tokens[from:to]
			if parts := ner.Conjuncts(toks); len(parts) > 1 {
				split = splitNames(sp, toks, parts, bf)
			}
		}
		switch {
		case split != nil && spans == nil:
			spans = append(slices.Clone(a.Spans[:i]), split...)
		case split != nil:
			spans = append(spans, split...)
		case spans != nil:
			spans = append(spans, sp)
		}
	}
	if spans == nil {
		return a
	}
	b := *a
	b.Spans = spans
	return &b
}

// splitNames splits the span sp over toks into the names parts holds.
// People share the last one's surname when the first names' genders
// agree with it, or when it is the same for men and women (Онул,
// Ященко); places share the last one's head noun (області), in the
// singular. It returns nil when the parts are no such names.
func splitNames(sp vistka.Span, toks []vistka.Token, parts [][2]int, bf baseFormer) []vistka.Span {
	last := toks[parts[len(parts)-1][0]:parts[len(parts)-1][1]]
	out := make([]vistka.Span, 0, len(parts))
	switch sp.Type {
	case "PERS":
		// The shared surname, as the tagger reads the last word: a man's
		// form (Петров, Супруненко).
		sur := &last[len(last)-1]
		if len(last) < 2 || sur.Lemma == "" {
			return nil
		}
		surname := sur.Lemma
		if stem, ok := strings.CutSuffix(surname, "енка"); ok {
			surname = stem + "енко" // Супруненки: the tagger's guess takes a feminine -а
		}
		if !vtag.Has(sur.Tag, "lname") || !vtag.Has(sur.Tag, "p") {
			// Кулагіни read as a woman's first name, Буряки as a place
			// or as beets: the plural of a surname all the same
			man, ok := pluralSurname(sur.Text)
			switch {
			case ok && startsUpper(sur.Text):
				surname = man
			case !strings.Contains(sur.Tag, "prop"):
				return nil
			}
		}
		for k, p := range parts {
			part := toks[p[0]:p[1]]
			first := part
			if k == len(parts)-1 {
				first = part[:len(part)-1]
			}
			if len(first) != 1 || !strings.Contains(first[0].Tag, "fname") {
				return nil
			}
			base := bf.BaseForm("PERS", first[0].Text, first) + " " + surnameFor(surname, genderOf(&first[0]))
			out = append(out, vistka.Span{Start: part[0].RStart, End: part[len(part)-1].REnd, Type: "PERS", Text: ner.JoinTokens(part), Lemma: base})
		}
	default:
		head := &last[len(last)-1]
		if !strings.HasPrefix(head.Tag, "noun") || head.Lemma == "" || strings.Contains(head.Tag, "prop") {
			return nil
		}
		// The head's gender in the singular, as the lexicon has it
		// (воєводствах: n), when bf knows it: each name takes it, whatever
		// the tagger read an adjective as (Люблінському: m or n).
		var g byte
		if ng, ok := bf.(nounGenderer); ok {
			if s := ng.NounGender(head.Lemma); s != "" {
				g = s[0]
			}
		}
		// The plural adjectives right before the head are every name's
		// (Київської та Чернігівської обласних військових адміністрацій:
		// both are обласні військові адміністрації).
		shared := len(last) - 1
		for shared > 1 && strings.HasPrefix(last[shared-1].Tag, "adj") && vtag.Has(last[shared-1].Tag, "p") {
			shared--
		}
		for k, p := range parts {
			part := toks[p[0]:p[1]]
			var words []string
			for i := range part {
				t := &part[i]
				if t == head || k == len(parts)-1 && i == shared {
					break
				}
				if !strings.HasPrefix(t.Tag, "adj") {
					return nil // a name of its own in a list: not a shared head
				}
				words = append(words, agreeing(t, head, g))
			}
			ag := g
			if ag == 0 && len(words) > 0 {
				ag = genderOf(&part[0]) // (Київської: f)
			}
			for i := shared; i < len(last)-1; i++ {
				words = append(words, agreeing(&last[i], head, ag))
			}
			words = append(words, head.Lemma)
			out = append(out, vistka.Span{Start: part[0].RStart, End: part[len(part)-1].REnd, Type: sp.Type, Text: ner.JoinTokens(part), Lemma: strings.Join(words, " ")})
		}
	}
	return out
}

// pluralSurnames are the endings of a surname's plural, nominative or
// genitive, with the man's form's: Кулагіни → Кулагін, Петровські →
// Петровський, Аметових → Аметов.
var pluralSurnames = [...][2]string{
	{"ські", "ський"}, {"цькі", "цький"}, {"зькі", "зький"}, {"енки", "енко"},
	{"ови", "ов"}, {"еви", "ев"}, {"єви", "єв"}, {"іни", "ін"}, {"ини", "ин"}, {"їни", "їн"},
	{"ських", "ський"}, {"цьких", "цький"}, {"енків", "енко"},
	{"ових", "ов"}, {"евих", "ев"}, {"євих", "єв"}, {"іних", "ін"}, {"иних", "ин"},
}

// pluralSurname returns the man's form of a surname in the plural that
// names a family or siblings (Кулагіни, Буряки, Ткачі), and whether the
// word reads as one: a plural ending after a hard consonant, or -і after
// a hushing one.
func pluralSurname(text string) (string, bool) {
	for _, e := range pluralSurnames {
		if stem, ok := strings.CutSuffix(text, e[0]); ok && stem != "" {
			return stem + e[1], true
		}
	}
	rs := []rune(text)
	if len(rs) < 4 {
		return "", false
	}
	last, prev := rs[len(rs)-1], rs[len(rs)-2]
	switch {
	case last == 'и' && strings.ContainsRune("бвгґдзклмнпрстфхц", prev),
		last == 'і' && strings.ContainsRune("чшщж", prev):
		return string(rs[:len(rs)-1]), true
	}
	return "", false
}

// genderOf returns a noun's gender tag (m, f or n), or 0.
func genderOf(t *vistka.Token) byte {
	for _, g := range []string{":m:", ":f:", ":n:"} {
		if strings.Contains(t.Tag, g) {
			return g[1]
		}
	}
	return 0
}

// surnameFor gives a man's surname in the form a woman (f) takes:
// Петров → Петрова, Петровський → Петровська; Ященко and Онул stay.
func surnameFor(surname string, g byte) string {
	if g != 'f' {
		return surname
	}
	for _, e := range []string{"ський", "цький", "зький"} {
		if strings.HasSuffix(surname, e) {
			return strings.TrimSuffix(surname, "ий") + "а"
		}
	}
	for _, e := range []string{"ов", "ев", "єв", "ін", "ин", "їн"} {
		if strings.HasSuffix(surname, e) {
			return surname + "а"
		}
	}
	return surname
}

// agreeing gives an adjective's base form in the gender of the head noun
// it shares with others, capitalised as written: Херсонської (областей)
// → Херсонська. g, when not 0, is that gender.
func agreeing(adj, head *vistka.Token, g byte) string {
	l := adj.Lemma
	if g == 0 {
		g = genderOf(adj) // a plural head has none: Херсонської (f) та Запорізької областей
	}
	if g == 0 {
		g = genderOf(head)
	}
	switch {
	case g == 'f' && strings.HasSuffix(l, "ий"):
		l = strings.TrimSuffix(l, "ий") + "а"
	case g == 'f' && strings.HasSuffix(l, "ій"):
		l = strings.TrimSuffix(l, "ій") + "я"
	case g == 'n' && strings.HasSuffix(l, "ий"):
		l = strings.TrimSuffix(l, "ий") + "е"
	case g == 'n' && strings.HasSuffix(l, "ій"):
		l = strings.TrimSuffix(l, "ій") + "є"
	}
	// each part of a hyphenated adjective as written: Новгород-Сіверського
	written, parts := strings.Split(adj.Text, "-"), strings.Split(l, "-")
	for i := range parts {
		if i < len(written) && parts[i] != "" {
			if r, _ := utf8.DecodeRuneInString(written[i]); scan.IsUpper(r) {
				f, m := utf8.DecodeRuneInString(parts[i])
				parts[i] = string(unicode.ToUpper(f)) + parts[i][m:]
			}
		}
	}
	return strings.Join(parts, "-")
}

// fixTypes corrects types the entity model is known to get wrong:
//   - a "miscellaneous" span naming a part of a listed place (Центральна
//     Азія, Південна Європа, Західна Україна) is a place;
//   - a "person" with digits in its name (G7) is an organisation;
//   - a month taken for a name (в червні as LOC) is a date;
//   - a sea, a gulf or a strait named by its adjective (Фінська затока,
//     Балтійське море, Керченська протока) taken for a body is a place.
func fixTypes(spans []vistka.Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type == "PERS" && strings.ContainsAny(sp.Text, "0123456789") {
			sp.Type = "ORG" // G7, G20, C5+1: no person's name has digits
			continue
		}
		if (sp.Type == "ORG" || sp.Type == "MISC") && waterBody(sp.Lemma) {
			sp.Type = "LOC" // "Росія відправила до Фінської затоки корвет"
			continue
		}
		if monthSieve.May(sp.Lemma) && months[sp.Lemma] && sp.Type != "DATE" {
			sp.Type, sp.Lemma = "DATE", sp.Text // "в червні" is no place
			continue
		}
		if sp.Type != "MISC" {
			continue
		}
		w := scan.Fields(sp.Lemma)
		if len(w) != 2 || !directions[scan.ToLower(w[0])] || !gazetteer.Default().KnownAs(w[1], "LOC") {
			continue
		}
		sp.Type = "LOC"
	}
}

// waterBody reports whether lemma names a sea, a gulf, a strait, an ocean
// or an estuary by one adjective before its noun: Фінська затока,
// Балтійське море, Тихий океан.
func waterBody(lemma string) bool {
	if !waterNouns[scan.LastField(lemma)] {
		return false // (most spans: no slice of their words made)
	}
	w := scan.Fields(lemma)
	if len(w) != 2 {
		return false
	}
	return startsUpper(w[0]) && scan.HasAnySuffix(w[0], "а", "е", "ий")
}

// waterNouns are the nouns of the waters waterBody reads.
var waterNouns = map[string]bool{"море": true, "затока": true, "протока": true, "океан": true, "лиман": true}

// institutionHeads are nouns that head the names of bodies, never of
// documents or works (the NER-UK training data has none of them heading
// a DOC, ART or MISC span; names such as Офіс президента are too new for
// it).
var institutionHeads = map[string]bool{
	"офіс": true, "міністерство": true, "служба": true, "комітет": true, "агентство": true, "бюро": true,
	"управління": true, "департамент": true, "прокуратура": true, "адміністрація": true, "інспекція": true,
	"кабінет": true, "уряд": true,
}

// baseFormer computes the base form of a span, as the entity tagger does.
type baseFormer interface {
	BaseForm(typ, text string, toks []vistka.Token) string
}

// nounGenderer gives a noun lemma's gender in the singular (m, f, n), or
// "" when it does not know the noun.
type nounGenderer interface {
	NounGender(lemma string) string
}

// bodyTypes types as organisations the DOC, ART and MISC spans that an
// institution noun heads: "В Офісі президента уточнили" names a body, not
// a document. bf, when not nil, gives them their base form.
func bodyTypes(a *vistka.Analysis, bf baseFormer) {
	for i := range a.Spans {
		sp := &a.Spans[i]
		if sp.Type != "DOC" && sp.Type != "ART" && sp.Type != "MISC" {
			continue
		}
		s := a.SentenceAt(sp.Start)
		if s < 0 {
			continue
		}
		from, to := a.SpanTokens(s, sp.Start, sp.End)
		if to > from && institutionHeads[scan.ToLower(a.Sentences[s].Tokens[from].Lemma)] {
			sp.Type, sp.Lemma = "ORG", sp.Text
			if bf != nil {
				sp.Lemma = bf.BaseForm("ORG", sp.Text, a.Sentences[s].Tokens[from:to])
			}
		}
	}
}

// months are the names of the months in lower case, as base forms.
var months = map[string]bool{
	"січень": true, "лютий": true, "березень": true, "квітень": true, "травень": true, "червень": true,
	"липень": true, "серпень": true, "вересень": true, "жовтень": true, "листопад": true, "грудень": true,
}

// monthSieve holds the keys of months, which fixTypes asks about every
// span: most it stops with no lookup.
var monthSieve = scan.SieveOf(months)

// directions are the adjectives that cut a region out of a place.
var directions = map[string]bool{
	"центральна": true, "південна": true, "північна": true, "західна": true, "східна": true,
	"середня": true, "південно-східна": true, "південно-західна": true, "північно-східна": true,
	"північно-західна": true, "центральний": true, "південний": true, "північний": true,
	"західний": true, "східний": true, "близький": true, "далекий": true,
}

func findDates(a *vistka.Analysis, lexed []scan.Token) []vistka.Date {
	d := date.Finder{Published: a.Published, Tense: date.Tagged(a)}.FindLexed(a.Text, lexed)
	if d == nil {
		return []vistka.Date{}
	}
	withPreposition(a, d)
	return d
}

// withPreposition takes the temporal preposition у/в before a date into its
// text ("у вівторок", "в 2023 році"), as the extraction contract shows
// dates; the entity spans keep NER-UK's convention without it.
func withPreposition(a *vistka.Analysis, dates []vistka.Date) {
	var runes []rune
	for i := range dates {
		d := &dates[i]
		if runes == nil {
			runes = a.Runes()
		}
		s := d.Start
		if s < 2 || s > len(runes) || runes[s-1] != ' ' {
			continue
		}
		p := runes[s-2]
		if p != 'у' && p != 'в' && p != 'У' && p != 'В' {
			continue
		}
		if s >= 3 && (unicode.IsLetter(runes[s-3]) || unicode.IsDigit(runes[s-3])) {
			continue
		}
		d.Start = s - 2
		d.Text = string(runes[d.Start:d.End])
	}
}

// surnamesAsWritten gives a surname alone the base form it has in the
// person's full name told elsewhere in the document, when it is written
// the same: after "Йонас Гар Стере", "Стере" is Стере (the lemmatizer
// reads it as a form of Стер), after "Ангела Меркель" "Меркель" stays.
// A surname alone in a case the full name's surname declines to
// (declinedSurname) takes that surname too, when one full name of the
// document alone has it: after "Олексій Востріков", "Вострікова" is
// Востріков (not the woman's Вострікова), after "Анастасія Потапова",
// "Потапову" is Потапова (not the man's Потапов).
func surnamesAsWritten(a *vistka.Analysis) {
	last := map[string]bool{}
	var wb [8]string
	for _, sp := range a.Spans {
		if sp.Type != "PERS" {
			continue
		}
		if w := scan.AppendFields(wb[:0], sp.Lemma); len(w) > 1 {
			last[w[len(w)-1]] = true
		}
	}
	for i := range a.Spans {
		sp := &a.Spans[i]
		if sp.Type != "PERS" || strings.ContainsAny(sp.Text, " -") {
			continue
		}
		if last[sp.Text] {
			sp.Lemma = sp.Text
			continue
		}
		if last[sp.Lemma] || taggedNominative(a, sp) {
			continue
		}
		base := ""
		for l := range last {
			if declinedSurname(sp.Text, l) {
				if base != "" {
					base = ""
					break // two people's surnames: neither is sure
				}
				base = l
			}
		}
		if base != "" {
			sp.Lemma = base
		}
	}
}

// taggedNominative reports whether the tagger reads the one-word span sp
// in the nominative: "Івая, своєю чергою, наголосив" after Такесі Іваю
// names Івая (Iwaya), whose surname the full name's dative may be read
// as a consonant's (Івай); a form read so is no oblique case.
func taggedNominative(a *vistka.Analysis, sp *vistka.Span) bool {
	for i := range a.Sentences {
		toks := a.Sentences[i].Tokens
		if from, to := vistka.TokensIn(toks, sp.Start, sp.End); to == from+1 {
			return strings.Contains(toks[from].Tag, "v_naz")
		}
	}
	return false
}

// surnameEndings are the endings of the oblique cases of surnames by the
// ending of the nominative they replace: a surname in a consonant adds
// them (Пецух, Пецуха), one in -а, -я, -о or -й drops its last letter
// for them (Потапова, Потапову; Палій, Палієм), one in -ий or -ій read as
// an adjective its last two (Зеленський, Зеленського).
var surnameEndings = []struct {
	end  string // "" for a consonant
	cut  int    // letters of the nominative replaced
	adds []string
}{
	{"ий", 2, []string{"ого", "ому", "им", "ім"}},
	{"а", 1, []string{"и", "і", "у", "ою", "ої", "ій"}},
	{"я", 1, []string{"і", "ї", "ю", "ею", "єю"}},
	{"о", 1, []string{"а", "у", "ові", "ом"}},
	{"й", 1, []string{"я", "ю", "єві", "єм"}},
	{"", 0, []string{"а", "у", "ові", "ом", "ем", "им", "і"}},
}

// declinedSurname reports whether form is surname in an oblique case
// (surnameEndings), with a stem of three letters or more.
func declinedSurname(form, surname string) bool {
	if !startsUpper(surname) || surname == form {
		return false
	}
	for _, e := range surnameEndings {
		if e.end == "" {
			if r, _ := utf8.DecodeLastRuneInString(surname); !unicode.IsLetter(r) || strings.ContainsRune("аяоеєиіїуюйь", r) {
				continue
			}
		} else if !strings.HasSuffix(surname, e.end) {
			continue
		}
		stem := string([]rune(surname)[:utf8.RuneCountInString(surname)-e.cut])
		if utf8.RuneCountInString(stem) < 3 {
			return false
		}
		rest, ok := strings.CutPrefix(form, stem)
		return ok && slices.Contains(e.adds, rest)
	}
	return false
}

// subjectNames keeps as written the base form of a person's name that is
// the subject of the verb right after it ("Петр Павел прибув", "Кадзухіро
// Накаї зустрівся"): a subject is in the nominative, so a foreign name the
// lexicon does not know, which the lemmatizer would decline as if it
// were oblique (Петри, Накая), is already its base form. It does so only
// where every word the lemmatizer changed became no listed name: a known
// name wins ("Зеленського зустрів Макрон" stays Зеленський).
func subjectNames(a *vistka.Analysis) {
	k := 0
	for si := range a.Sentences {
		toks := a.Sentences[si].Tokens
		for ti := range toks {
			for k < len(a.Spans) && a.Spans[k].End < toks[ti].REnd {
				k++
			}
			if k >= len(a.Spans) {
				return
			}
			sp := &a.Spans[k]
			if sp.End != toks[ti].REnd || ti+1 >= len(toks) || sp.Type != "PERS" || !ner.SingularVerb(toks[verbAfter(a.Spans, toks, ti+1)].Tag) {
				continue
			}
			first := ti
			for first > 0 && toks[first-1].RStart >= sp.Start {
				first--
			}
			if first > 0 && strings.HasPrefix(toks[first-1].Tag, "prep") {
				continue
			}
			if first > 0 && (strings.HasPrefix(toks[first-1].Tag, "noun") || strings.HasPrefix(toks[first-1].Tag, "adj")) &&
				!titled(a.Spans, toks[first-1].RStart) &&
				(strings.Contains(toks[first-1].Tag, ":anim") || !nominativeTitle(a.Spans, toks, first)) {
				// (past a body and the field of the office to the title
				// of the subject: "Верховна представниця ЄС із
				// закордонних справ Кая Каллас закликала"; not a person's
				// noun right before: "мешканка Чугуєва")
				continue // "ухвала Никифорчука була скасована": a genitive
			}
			if datTitle(a.Spans, toks, first) {
				continue // "Президенту Узбекистану Шавкату Мірзійоєву подякував генсек": whom the title's dative names
			}
			verb := toks[verbAfter(a.Spans, toks, ti+1)].Tag
			// (a woman's name by the verb's gender only where it opens
			// the sentence: "Донька заступника прокурора Олександра
			// Корнійця стала" agrees with Донька)
			if sp.Lemma != sp.Text && (asWritten(sp.Text, sp.Lemma) || (first == 0 || nominativeTitle(a.Spans, toks, first)) && feminineSubject(verb, sp.Text, sp.Lemma)) {
				sp.Lemma = sp.Text
			}
			if sp.Lemma == sp.Text {
				// a subject in its base form: its words are in the
				// nominative whatever case the tagger read (Кая Каллас
				// закликала, Кая read as the genitive of Кай), as the
				// readers of subjects need
				for j := first; j <= ti; j++ {
					toks[j].Tag = nominativeTag(toks[j].Tag)
				}
			}
		}
	}
}

// subjectAfterPlace reads as the plural subject a noun the tagger took
// for a genitive singular right after a place in the locative under в, у
// or на: a town's name governs no genitive, and the plural verb after it
// (past its own genitives) agrees with the noun: "у Стамбулі делегації
// України та Росії домовилися" (делегації as of делегація). The
// feminine and neuter forms of the genitive singular are the nominative
// plural's too.
func subjectAfterPlace(a *vistka.Analysis) {
	for si := range a.Sentences {
		toks := a.Sentences[si].Tokens
		for i := 2; i+1 < len(toks); i++ {
			t := &toks[i]
			if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, ":prop") || !strings.Contains(t.Tag, ":f:v_rod") && !strings.Contains(t.Tag, ":n:v_rod") {
				continue
			}
			if spanOver(a.Spans, t) >= 0 || !strings.Contains(toks[i-1].Tag, ":v_mis") {
				continue
			}
			k := spanOver(a.Spans, &toks[i-1])
			if k < 0 || a.Spans[k].Type != "LOC" || a.Spans[k].End != toks[i-1].REnd {
				continue
			}
			first := i - 1
			for first > 0 && toks[first-1].RStart >= a.Spans[k].Start {
				first--
			}
			if first == 0 || !strings.HasPrefix(toks[first-1].Tag, "prep") {
				continue
			}
			if p := strings.ToLower(toks[first-1].Text); p != "в" && p != "у" && p != "на" {
				continue
			}
			j := i + 1
			for j < len(toks) && (strings.HasPrefix(toks[j].Tag, "conj:coord") ||
				(strings.HasPrefix(toks[j].Tag, "noun") || strings.HasPrefix(toks[j].Tag, "adj")) && strings.Contains(toks[j].Tag, ":v_rod")) {
				j++
			}
			if j < len(toks) && strings.HasPrefix(toks[j].Tag, "verb") && (strings.HasSuffix(toks[j].Tag, ":past:p") || strings.Contains(toks[j].Tag, ":pres:p:")) {
				t.Tag = strings.Replace(strings.Replace(t.Tag, ":f:v_rod", ":p:v_naz", 1), ":n:v_rod", ":p:v_naz", 1)
			}
		}
	}
}

// spanOver returns the index of the span over t, or -1.
func spanOver(spans []vistka.Span, t *vistka.Token) int {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].End > t.RStart })
	if k < len(spans) && spans[k].Start < t.REnd {
		return k
	}
	return -1
}

// nominativeTag is a noun's tag in another case made nominative; other
// tags are returned as they are.
func nominativeTag(tag string) string {
	if !strings.HasPrefix(tag, "noun") {
		return tag
	}
	switch c := vtag.Case(tag); c {
	case "", "v_naz":
		return tag
	default:
		return strings.Replace(tag, ":"+c, ":v_naz", 1)
	}
}

// verbAfter returns the index of the token the verb of a subject ending
// before toks[j] would be at: j, or past a date or an adverb between
// ("Маргус Цахкна у вівторок прибув", "Цахкна також наголосив"). It
// returns j when nothing is skipped.
func verbAfter(spans []vistka.Span, toks []vistka.Token, j int) int {
	k := j
	for k < len(toks) && k-j < 4 {
		t := &toks[k]
		switch {
		case strings.HasPrefix(t.Tag, "adv") && !strings.Contains(t.Tag, "pron"):
			k++
		case spanAt(spans, t.RStart, t.REnd) == "DATE" || spanAt(spans, t.RStart, t.REnd) == "TIME":
			k++
		case strings.HasPrefix(t.Tag, "prep") && k+1 < len(toks) && spanAt(spans, toks[k+1].RStart, toks[k+1].REnd) == "DATE":
			k++
		case strings.HasPrefix(t.Tag, "prep") && k+1 < len(toks) && weekdays[toks[k+1].Lemma]:
			k += 2 // у вівторок
		default:
			if k > j && !strings.HasPrefix(t.Tag, "verb") {
				return j
			}
			return k
		}
	}
	return j
}

// weekdays are the days of the week, as lemmas.
var weekdays = map[string]bool{
	"понеділок": true, "вівторок": true, "середа": true, "четвер": true, "п'ятниця": true,
	"субота": true, "неділя": true,
}

// spanAt returns the type of the span that covers [start, end), or "".
func spanAt(spans []vistka.Span, start, end int) string {
	n := sort.Search(len(spans), func(n int) bool { return spans[n].End > start })
	if n < len(spans) && spans[n].Start <= start && end <= spans[n].End {
		return spans[n].Type
	}
	return ""
}

// asWritten reports whether a name's text may stand for its base form:
// the words the lemma changed all became names the gazetteer does not
// list.
func asWritten(text, lemma string) bool {
	var tb, lb [8]string
	tw, lw := scan.AppendFields(tb[:0], text), scan.AppendFields(lb[:0], lemma)
	if len(tw) != len(lw) {
		return false
	}
	g := gazetteer.Default()
	for i := range tw {
		if tw[i] != lw[i] && g.KnownAs(lw[i], "PERS") {
			return false
		}
	}
	return true
}

// feminineSubject reports a woman's name the lemmatizer read as a man's
// in the genitive (Кристаліна Георгієва → Кристалін Георгієв) as the
// subject of a verb in the feminine past (заявила): every word it changed
// ends in -а or -я as written and not in its base form, and the first
// name it became is no man's name the gazetteer lists (Олега Мельника
// затримала поліція: an object put first, whose verb agrees with the
// subject after it).
func feminineSubject(verb, text, lemma string) bool {
	if !strings.HasPrefix(verb, "verb") || !strings.Contains(verb, ":past:f") {
		return false
	}
	var tb, lb [8]string
	tw, lw := scan.AppendFields(tb[:0], text), scan.AppendFields(lb[:0], lemma)
	if len(tw) > 1 && len(lw) == len(tw) && tw[0] != lw[0] && gazetteer.Default().KnownAs(lw[0], "PERS") && gazetteer.Lookup(lw[0])&gazetteer.FirstName != 0 {
		return false // "Олега Мельника затримала поліція": a man's first name, an object put first
	}
	return readAsMan(text, lemma)
}

// readAsMan reports whether the lemmatizer made of a name a man's base
// form as of a genitive: every word it changed ends in -а or -я as
// written and not in its base form (Кристаліна Георгієва → Кристалін
// Георгієв), and it changed one at least.
func readAsMan(text, lemma string) bool {
	var tb, lb [8]string
	tw, lw := scan.AppendFields(tb[:0], text), scan.AppendFields(lb[:0], lemma)
	if len(tw) != len(lw) {
		return false
	}
	changed := false
	for i := range tw {
		if tw[i] == lw[i] {
			continue
		}
		if !(strings.HasSuffix(tw[i], "а") || strings.HasSuffix(tw[i], "я")) || strings.HasSuffix(lw[i], "а") || strings.HasSuffix(lw[i], "я") {
			return false
		}
		changed = true
	}
	return changed
}

// womansSurname reports whether a surname, lower-cased, ends as a
// woman's surname that declines does in the nominative (Рябова, Шишкіна,
// Яшина, Ковальська), not as the genitive of a man's whose woman's form
// does not decline (Ткачука: Олександра Ткачук).
func womansSurname(w string) bool {
	for _, end := range [...]string{"ова", "єва", "ева", "іна", "їна", "ина", "ська", "цька", "зька"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// titledWomen reads as a woman's name in the nominative a name the
// lemmatizer took for a man's in the genitive right after a woman's
// title in the nominative: "Її речниця Євгенія Яшина в коментарі
// російським медіа стверджувала" is no spokeswoman of Євгеній Яшин. The
// title is one of the entity model's (a JOB span) with a feminine noun
// of an office in -иця or -ка for its last word, and the name as written
// opens with a first name the gazetteer lists and ends in a woman's
// surname ("речниця Олега Мельника", "речниця Олександра Ткачука" name
// whose spokeswoman she is).
func titledWomen(a *vistka.Analysis) {
	g := gazetteer.Default()
	for i := range a.Spans {
		sp := &a.Spans[i]
		if sp.Type != "PERS" || sp.Lemma == sp.Text || !strings.Contains(sp.Text, " ") || !readAsMan(sp.Text, sp.Lemma) {
			continue
		}
		s := a.SentenceAt(sp.Start)
		if s < 0 {
			continue
		}
		from, to := a.SpanTokens(s, sp.Start, sp.End)
		toks := a.Sentences[s].Tokens
		if from < 1 || to <= from {
			continue
		}
		t := &toks[from-1]
		w := scan.ToLower(t.Text)
		if !strings.HasPrefix(t.Tag, "noun:anim:f:v_naz") || !(strings.HasSuffix(w, "иця") || strings.HasSuffix(w, "ка")) || spanAt(a.Spans, t.RStart, t.REnd) != "JOB" {
			continue
		}
		words := scan.Fields(sp.Text)
		first, last := words[0], scan.ToLower(words[len(words)-1])
		if !g.KnownAs(first, "PERS") || gazetteer.Lookup(first)&gazetteer.FirstName == 0 || !womansSurname(last) {
			continue
		}
		sp.Lemma = sp.Text
		for j := from; j < to; j++ {
			toks[j].Tag = nominativeTag(toks[j].Tag)
		}
	}
}

// nominativeTitle reports whether the person noun nearest before
// toks[first], past the bodies and places named in the genitive after it
// and the field of the office (із закордонних справ), is in the
// nominative: "Президентка Європейської комісії Урсула фон дер
// Ляєн заявила" (a title of the subject), not "Донька заступника
// прокурора Київської області Олександра Корнійця стала" (a title in the
// genitive: the name is the genitive's).
func nominativeTitle(spans []vistka.Span, toks []vistka.Token, first int) bool {
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		t := &toks[k]
		if typ := spanAt(spans, t.RStart, t.REnd); typ == "ORG" || typ == "LOC" {
			continue
		}
		if l := scan.ToLower(t.Text); (l == "з" || l == "із") && k+1 < first && strings.Contains(toks[k+1].Tag, "v_rod") {
			continue // the field of the office: із закордонних справ
		}
		if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") {
			return strings.Contains(t.Tag, "v_naz")
		}
		if !strings.Contains(t.Tag, "v_rod") {
			return false
		}
	}
	return false
}

// titled reports whether a JOB, LOC or ORG span holds the rune offset pos:
// a title in apposition before a name (міністр оборони Нідерландів).
// datTitle reports whether a title right before toks[first] opens with
// a noun in the dative that is no nominative: the name after it is in
// the dative too, not a subject.
func datTitle(spans []vistka.Span, toks []vistka.Token, first int) bool {
	if first == 0 {
		return false
	}
	for i := range spans {
		sp := &spans[i]
		if sp.Type != "JOB" || sp.End != toks[first-1].REnd {
			continue
		}
		for j := first - 1; j >= 0 && toks[j].RStart >= sp.Start; j-- {
			if toks[j].RStart == sp.Start {
				t := toks[j].Tag
				return strings.HasPrefix(t, "noun") && strings.Contains(t, ":v_dav") && !strings.Contains(t, ":v_naz")
			}
		}
	}
	return false
}

func titled(spans []vistka.Span, pos int) bool {
	for i := range spans {
		if sp := &spans[i]; sp.Start <= pos && pos < sp.End && (sp.Type == "JOB" || sp.Type == "LOC" || sp.Type == "ORG") {
			return true
		}
	}
	return false
}

// pluralArgs puts in its base form, the nominative plural, an actor or
// a recipient that is a plural noun in another case as the sentence has
// it, with the adjectives before it and the genitives after
// it ("Селян зганяли в колгоспи", "затримали місцевих активістів",
// "страйк шахтарів"): селяни, місцеві активісти, шахтарі, as a noun in
// the nominative stands. A counted phrase takes the form its number has
// in the nominative (see countedBase). inflect gives a lemma's forms
// (morph.Lexicon.Inflect).
func pluralArgs(a *vistka.Analysis, events []vistka.Event, inflect func(lemma, want string) []string) {
	for i := range events {
		ev := &events[i]
		for _, args := range [][]string{ev.Actors, ev.Recipients} {
			for k, r := range args {
				if n := pluralBase(a, ev.Sentence, r, inflect); n != "" {
					args[k] = n
				} else if n := singularBase(a, ev.Sentence, r, inflect); n != "" {
					args[k] = n
				}
			}
		}
	}
}

// pluralBase returns the nominative plural of the phrase r of the
// sentence in span (see pluralArgs), or "" when r is no such phrase.
func pluralBase(a *vistka.Analysis, span vistka.Range, r string, inflect func(lemma, want string) []string) string {
	words := scan.Fields(r)
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	toks, at := phraseIn(a, span, words)
	if at < 0 {
		// one carried from the sentence before ("Фігурантам інкримінують
		// …. Обох оголошено в розшук": фігуранти)
		toks, at = phraseIn(a, sentenceBefore(a, span), words)
	}
	if at < 0 {
		return ""
	}
	if len(words) > 2 && scan.ToLower(words[0]) == "так" && toks[at+1].Lemma == "званий" {
		// "вигнали так званих куркулів": так звані куркулі
		if n := pluralBase(a, span, strings.Join(words[1:], " "), inflect); n != "" {
			return scan.ToLower(words[0]) + " " + n
		}
		return ""
	}
	if toks[at].Kind == vistka.Number {
		return countedBase(toks[at:at+len(words)], inflect)
	}
	if strings.HasPrefix(toks[at].Tag, "numr") {
		return countedWordBase(toks[at:at+len(words)], inflect)
	}
	h := 0
	for h < len(words) && (strings.HasPrefix(toks[at+h].Tag, "adj") && strings.Contains(toks[at+h].Tag, ":p:") && !strings.Contains(toks[at+h].Tag, "pron") ||
		h+1 < len(words) && adjectivalBefore(&toks[at+h], &toks[at+h+1])) {
		h++
	}
	if h == len(words) {
		return ""
	}
	if h == 0 && len(words) <= 3 && dativePlural(toks[at:at+len(words)]) {
		h = len(words) - 1 // "українським військовим", read as the instrumental singular
	}
	head := &toks[at+h]
	if !strings.HasPrefix(head.Tag, "noun:") || !strings.Contains(head.Tag, ":p:") && h != len(words)-1 || !strings.Contains(head.Tag, ":p:") && !dativePlural(toks[at+h:at+h+1]) || strings.Contains(head.Tag, "v_naz") ||
		strings.Contains(head.Tag, "pron") || strings.Contains(head.Tag, ":prop") {
		return ""
	}
	out := make([]string, 0, len(words))
	for j := 0; j <= h; j++ {
		t := &toks[at+j]
		if strings.Contains(t.Tag, ":nv") {
			out = append(out, t.Text) // "британських ЗМІ": ЗМІ does not decline
			continue
		}
		fs := inflect(t.Lemma, "p:v_naz")
		if len(fs) == 0 {
			return ""
		}
		// "затримали Київських активістів": a capital mid-sentence stays
		out = append(out, keepCapital(t.Text, scan.ToLower(fs[0]), at+j))
	}
	return strings.Join(append(out, words[h+1:]...), " ")
}

// adjectivalBefore reports whether a, a participle or an adjective the
// tagger read as a noun of people ("поранених", "затриманих"), qualifies
// b, an adjective or a plural noun of people in its case: "поранених
// українських бійців" is a phrase headed by бійців.
func adjectivalBefore(a, b *vistka.Token) bool {
	if !strings.HasPrefix(a.Tag, "noun:anim:p:") || !scan.HasAnySuffix(a.Lemma, "ий", "ій") {
		return false
	}
	c := caseOf(a.Tag)
	return c != "" && strings.Contains(b.Tag, ":p:"+c) && (strings.HasPrefix(b.Tag, "adj") || strings.HasPrefix(b.Tag, "noun:anim:p:") && !strings.Contains(b.Tag, "pron"))
}

// caseOf returns the case of a tag ("v_rod"), or "".
func caseOf(tag string) string {
	if i := strings.Index(tag, "v_"); i >= 0 && i+5 <= len(tag) {
		return tag[i : i+5]
	}
	return ""
}

// singularBase returns the nominative singular of the phrase r of the
// sentence in span when r is a common noun in the singular of another
// case, with the adjectives before it agreeing ("отримала від
// благодійного фонду": благодійний фонд, "передав міській лікарні":
// міська лікарня), the counterpart of pluralBase; else "". The
// pipeline's arguments named by no entity come as written.
func singularBase(a *vistka.Analysis, span vistka.Range, r string, inflect func(lemma, want string) []string) string {
	words := scan.Fields(r)
	if len(words) == 0 || len(words) > 7 {
		return ""
	}
	toks, at := phraseIn(a, span, words)
	if at < 0 {
		return ""
	}
	h := len(words) - 1
	for k := 1; k < len(words); k++ {
		if strings.HasPrefix(toks[at+k].Tag, "prep") {
			// "за словами співрозмовника в Офісі президента": the
			// place under its preposition stays as written
			h = k - 1
			break
		}
	}
	if h >= 4 {
		return ""
	}
	for h > 0 && genitiveAfterHead(toks[at+h-1:at+h+1]) {
		h-- // "з керівництвом міста": the genitives after the head stay as written
	}
	head := &toks[at+h]
	gender := singularGender(head.Tag)
	if !strings.HasPrefix(head.Tag, "noun:") || gender == "" || strings.Contains(head.Tag, "v_naz") || strings.Contains(head.Tag, "v_kly") ||
		strings.Contains(head.Tag, "pron") || strings.Contains(head.Tag, ":prop") || strings.Contains(head.Tag, ":nv") || head.Lemma == "" {
		return ""
	}
	out := make([]string, 0, len(words))
	for j := 0; j < h; j++ {
		t := &toks[at+j]
		if !strings.HasPrefix(t.Tag, "adj") || strings.Contains(t.Tag, "pron") || singularGender(t.Tag) != gender || strings.Contains(t.Tag, "v_naz") {
			return ""
		}
		fs := inflect(t.Lemma, gender+":v_naz")
		if len(fs) == 0 {
			return ""
		}
		out = append(out, keepCapital(t.Text, scan.ToLower(fs[0]), at+j))
	}
	out = append(out, keepCapital(head.Text, scan.ToLower(head.Lemma), at+h))
	return strings.Join(append(out, words[h+1:]...), " ")
}

// countNouns count what their genitive names: тисячі людей.
var countNouns = map[string]bool{"тисяча": true, "сотня": true, "десяток": true, "мільйон": true, "мільярд": true, "дюжина": true}

// genitiveAfterHead reports whether of the two tokens the second is a
// common noun in the genitive that completes the first, a noun
// ("керівництвом міста", "делегації громади").
func genitiveAfterHead(two []vistka.Token) bool {
	a, b := &two[0], &two[1]
	if countNouns[a.Lemma] {
		return false // "тисячі людей вийшли": a plural the tagger read as a genitive singular
	}
	return strings.HasPrefix(a.Tag, "noun:") && !strings.Contains(a.Tag, "pron") &&
		strings.HasPrefix(b.Tag, "noun:") && strings.Contains(b.Tag, "v_rod") && !strings.Contains(b.Tag, "pron")
}

// singularGender returns the gender, m, f or n, of a tag of the
// singular, or "" for one of the plural.
func singularGender(tag string) string {
	for _, g := range []string{"m", "f", "n"} {
		if strings.Contains(tag, ":"+g+":") {
			return g
		}
	}
	return ""
}

// keepCapital returns w with a capital when written, the word of the
// text at token i, has one mid-sentence ("від Благодійного фонду").
func keepCapital(written, w string, i int) string {
	if c, _ := utf8.DecodeRuneInString(written); i > 0 && unicode.IsUpper(c) {
		c, n := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(c)) + w[n:]
	}
	return w
}

// sentenceBefore returns the range of the sentence before the one of
// span, or an empty range when span's is the first.
func sentenceBefore(a *vistka.Analysis, span vistka.Range) vistka.Range {
	for s := 1; s < len(a.Sentences); s++ {
		if a.Sentences[s].RStart == span.Start {
			return vistka.Range{Start: a.Sentences[s-1].RStart, End: a.Sentences[s-1].REnd}
		}
	}
	return vistka.Range{Start: -1, End: -1}
}

// dativePlural reports whether toks, adjectives and a noun declined as
// one whose lemma ends in -ий or -ій, all read as the instrumental
// singular, have the forms of the dative plural, -им or -ім: "українським
// військовим" stands for the people given to, as event's rules take it
// from a clause with no subject ("Українським військовим передали").
func dativePlural(toks []vistka.Token) bool {
	for i := range toks {
		t := &toks[i]
		l := scan.ToLower(t.Text)
		if !strings.Contains(t.Tag, "v_oru") || strings.Contains(t.Tag, ":p:") || !strings.HasSuffix(l, "им") && !strings.HasSuffix(l, "ім") {
			return false
		}
		if i < len(toks)-1 && !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	last := &toks[len(toks)-1]
	return strings.HasPrefix(last.Tag, "noun:anim") && (strings.HasSuffix(last.Lemma, "ий") || strings.HasSuffix(last.Lemma, "ій"))
}

// countedBase returns the nominative of a number and the plural noun it
// counts when the sentence has them in another case and the number asks
// for the nominative plural, as one ending in 2, 3 or 4 does
// ("затримання 43 осіб": 43 особи); else "". A number ending in another
// digit counts a genitive plural in the nominative too ("затримання 46
// осіб": 46 осіб).
func countedBase(toks []vistka.Token, inflect func(lemma, want string) []string) string {
	if len(toks) != 2 {
		return ""
	}
	n, t := toks[0].Text, &toks[1]
	if !strings.HasPrefix(t.Tag, "noun:") || !strings.Contains(t.Tag, ":p:v_rod") || strings.Contains(t.Tag, "pron") || t.Lemma == "людина" {
		return "" // (42 людини, not люди)
	}
	last := n[len(n)-1]
	if last < '2' || last > '4' || len(n) > 1 && n[len(n)-2] == '1' || strings.ContainsAny(n, ",.") {
		return ""
	}
	fs := inflect(t.Lemma, "p:v_naz")
	if len(fs) == 0 {
		return ""
	}
	return n + " " + scan.ToLower(fs[0])
}

// countedWordBase returns the nominative of a number word and the
// people it counts, which the sentence has in the accusative, the
// genitive or the dative ("затримали двох чоловіків", "звільнили трьох
// заручників", "повідомила про підозру двом колаборантам"): the
// collective number with the genitive plural (двоє чоловіків, троє
// заручників, п'ятеро дітей, двоє колаборантів); women counted take the
// number and the noun in the nominative (дві жінки, п'ять жінок). A
// genitive tail after the noun stays as written ("двох учасників
// угруповання": двоє учасників угруповання). It returns "" for anything
// else.
func countedWordBase(toks []vistka.Token, inflect func(lemma, want string) []string) string {
	if len(toks) < 2 || len(toks) > 5 {
		return ""
	}
	n := &toks[0]
	if countedHundreds[n.Lemma] && strings.Contains(n.Tag, "v_rod") {
		return hundredBase(toks)
	}
	coll, ok := collectives[n.Lemma]
	if !ok && countedTens[n.Lemma] {
		coll, ok = n.Lemma, true // a round ten has no collective: тридцять учасників
	}
	low := scan.ToLower(n.Text)
	dative := strings.HasSuffix(low, "ом") && strings.Contains(n.Tag, "v_dav")
	if !ok || !strings.HasSuffix(low, "ох") && !dative {
		return ""
	}
	h := 1 // the noun counted, past its adjectives
	for h < len(toks) && strings.HasPrefix(toks[h].Tag, "adj") {
		h++
	}
	if h == len(toks) || h > 3 {
		return ""
	}
	t := &toks[h]
	// (the animate accusative is the genitive; the tagger gives either)
	if dative && !strings.HasPrefix(t.Tag, "noun:anim:p:v_dav") || !dative && !strings.HasPrefix(t.Tag, "noun:anim:p:v_rod") && !strings.HasPrefix(t.Tag, "noun:anim:p:v_zna") {
		return ""
	}
	for i := h + 1; i < len(toks); i++ {
		if !strings.Contains(toks[i].Tag, "v_rod") {
			return "" // only a genitive tail stays as written
		}
	}
	words := make([]string, 0, len(toks))
	for i := 1; i < len(toks); i++ {
		words = append(words, toks[i].Text)
	}
	// the head lower-cased, the tail as written ("трьом командирам ЗСУ")
	tail := strings.Join(words[h:], " ")
	feminine := t.Lemma != "дитина" && t.Lemma != "людина" && len(inflect(t.Lemma, "f:v_naz")) > 0 && len(inflect(t.Lemma, "m:v_naz")) == 0
	if !feminine {
		if dative && !genitivePlural(toks[1:h+1], words, inflect) {
			return ""
		}
		return strings.TrimSpace(coll + " " + scan.ToLower(strings.Join(words[:h], " ")) + " " + tail)
	}
	// a feminine noun: "затримали двох жінок": дві жінки
	card := n.Lemma
	if card == "два" {
		card = "дві"
	}
	want := "p:v_naz"
	if n.Lemma != "два" && n.Lemma != "три" && n.Lemma != "чотири" {
		want = "p:v_rod" // п'ять жінок
	}
	if n.Lemma == "два" || n.Lemma == "три" || n.Lemma == "чотири" || dative {
		for i := 1; i <= h; i++ {
			fs := inflect(toks[i].Lemma, want)
			if len(fs) == 0 {
				return ""
			}
			words[i-1] = fs[0]
		}
	}
	return strings.TrimSpace(card + " " + scan.ToLower(strings.Join(words[:h], " ")) + " " + tail)
}

// genitivePlural puts the words of toks (an adjective or two and the noun
// they go with, all in the dative) into the genitive plural in words,
// which holds them from its first element; it reports whether every one
// had that form.
func genitivePlural(toks []vistka.Token, words []string, inflect func(lemma, want string) []string) bool {
	for i := range toks {
		if toks[i].Lemma == "людина" {
			words[i] = "людей" // (not the rare людин)
			continue
		}
		fs := inflect(toks[i].Lemma, "p:v_rod")
		if len(fs) == 0 {
			return false
		}
		words[i] = fs[0]
	}
	return true
}

// collectives give the collective number, which counts people, of the
// numbers whose forms in -ох count them.
var collectives = map[string]string{"два": "двоє", "три": "троє", "чотири": "четверо", "п'ять": "п'ятеро", "шість": "шестеро",
	"сім": "семеро", "вісім": "восьмеро", "дев'ять": "дев'ятеро", "десять": "десятеро"}

// countedTens are the round tens whose forms in -ох and -ом count
// people (двадцятьох, тридцятьом) and which stand in the nominative with
// the genitive plural: двадцять учасників.
var countedTens = map[string]bool{"двадцять": true, "тридцять": true, "п'ятдесят": true, "шістдесят": true, "сімдесят": true, "вісімдесят": true}

// countedHundreds are the round hundreds, which have no collective and
// stand in the nominative with the genitive plural: двісті ветеранів.
var countedHundreds = map[string]bool{"сто": true, "двісті": true, "триста": true, "чотириста": true, "п'ятсот": true,
	"шістсот": true, "сімсот": true, "вісімсот": true, "дев'ятсот": true}

// hundredBase returns the nominative of a phrase of people counted by a
// round hundred in the genitive ("реабілітацію двохсот ветеранів"): the
// number's lemma and the people as written, in the genitive plural they
// keep after it; "" when no people follow in the genitive plural.
func hundredBase(toks []vistka.Token) string {
	h := 1
	for h < len(toks) && strings.HasPrefix(toks[h].Tag, "adj") && strings.Contains(toks[h].Tag, "v_rod") {
		h++
	}
	if h == len(toks) || !strings.HasPrefix(toks[h].Tag, "noun:anim:p:v_rod") {
		return ""
	}
	words := make([]string, 0, len(toks))
	words = append(words, toks[0].Lemma)
	for _, t := range toks[1:] {
		if !strings.Contains(t.Tag, "v_rod") {
			return "" // only a genitive tail stays as written
		}
		words = append(words, t.Text)
	}
	return strings.Join(words, " ")
}

// phraseIn returns the tokens of the sentence in span and the index at
// which the run of tokens whose texts are words (ignoring case) opens,
// or -1.
func phraseIn(a *vistka.Analysis, span vistka.Range, words []string) ([]vistka.Token, int) {
	lows := make([]string, len(words)) // the words lower-cased once, not once a token
	for j, w := range words {
		lows[j] = scan.ToLower(w)
	}
	for s := range a.Sentences {
		if a.Sentences[s].RStart != span.Start {
			continue
		}
		toks := a.Sentences[s].Tokens
		// Each token lower-cased into buf, on the stack for most: the
		// comparison makes no string of it.
		var buf [64]byte
	next:
		for i := 0; i+len(words) <= len(toks); i++ {
			for j, w := range lows {
				if t := toks[i+j].Text; firstLowerDiffers(t, w) || string(scan.AppendLower(buf[:0], t)) != w {
					continue next
				}
			}
			return toks, i
		}
	}
	return nil, -1
}

// firstLowerDiffers reports whether scan.ToLower(s) differs from w by its
// first letter, when that letter is ASCII or one of the Cyrillic letters
// scan.LowerCyrillic lower-cases byte by byte, as ToLower does: a test of
// two bytes that spares phraseIn lower-casing most tokens. False means
// the whole words must be compared.
func firstLowerDiffers(s, w string) bool {
	switch {
	case s == "" || w == "":
		return false
	case s[0] < utf8.RuneSelf:
		c := s[0]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c != w[0]
	case len(s) >= 2 && len(w) >= 2:
		if c, d, ok := scan.LowerCyrillic(s[0], s[1]); ok {
			return c != w[0] || d != w[1]
		}
	}
	return false
}
