package amount

import (
	"math"
	"strconv"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// Find returns the amounts in text in the order they occur. It never
// returns nil and never panics. Offsets are code points into text.
func Find(text string) []vistka.Amount {
	return FindLexed(text, lex(text))
}

// FindLexed is Find over toks, the tokens scan.Lex returns for text, which
// it only reads: callers that run other finders over the same tokens lex
// the text once.
func FindLexed(text string, toks []scan.Token) []vistka.Amount {
	p := parser{text: text, toks: toks}
	out := []vistka.Amount{}
	for i := 0; i < len(p.toks); {
		if a, next, ok := p.at(i); ok {
			out = append(out, a)
			p.from = 0
			if a.Bound == "" && a.Unit != "" && (p.isWord(i-1, "з") || p.isWord(i-1, "із") || p.isWord(i-1, "зі")) {
				p.from, p.fromUnit = next, a.Unit
			}
			i, p.last = next, next
			continue
		}
		i++
	}
	return out
}

// SameUnits gives a sum with a scale word and no unit of its own the
// currency of the sum with a scale word right before it in its sentence:
// "4,2 млн євро, з яких 3 млн – грант ЄС", "виділили 5 млрд гривень, ще 2
// млрд – на ремонти". Run it after the counted nouns are read ("двох
// тисяч садиб" has a unit). text is the text the sums were found in.
func SameUnits(text string, out []vistka.Amount) {
	var runes []rune // text's code points, read only when a sum may need them
	for k := 1; k < len(out); k++ {
		a, prev := &out[k], &out[k-1]
		if a.Unit != "" || !currencyCode(prev.Unit) || !scaledText(a.Text) || !scaledText(prev.Text) {
			continue
		}
		if runes == nil {
			runes = []rune(text)
		}
		if prev.End > a.Start || a.Start > len(runes) || strings.ContainsAny(string(runes[prev.End:a.Start]), ".!?;:\n") {
			continue
		}
		a.Unit = prev.Unit
	}
}

// scaledText reports whether a sum's text has a scale word: млн, тисяч.
func scaledText(s string) bool {
	for _, w := range strings.Fields(s) {
		if _, _, ok := scaleWord(strings.ToLower(strings.TrimRight(w, "."))); ok {
			return true
		}
	}
	return false
}

// KronerCountries are the countries that pay in крони, by their
// Ukrainian names, with their currency codes.
var KronerCountries = map[string]string{"Данія": "DKK", "Норвегія": "NOK", "Швеція": "SEK", "Чехія": "CZK", "Ісландія": "ISK"}

// LeiCountries are the countries that pay in леї.
var LeiCountries = map[string]string{"Молдова": "MDL", "Румунія": "RON"}

// Kroner gives the sums in bare крони (unit "крона", as a counted noun)
// the currency the document names them in elsewhere, when it names
// exactly one: "2 млрд данських крон … понад 70 млрд крон" are both DKK.
// Failing that, the currency of country, when it is not "": the one
// country of крони the text speaks of (KronerCountries).
func Kroner(out []vistka.Amount, country string) []vistka.Amount {
	return bare(out, "крона", KronerCountries, country)
}

// Lei does for bare леї (unit "лей") what Kroner does for крони: "понад
// 1,5 млн леїв" in a story about Молдова are MDL (LeiCountries).
func Lei(out []vistka.Amount, country string) []vistka.Amount {
	return bare(out, "лей", LeiCountries, country)
}

// bare gives the sums in unit, a money several countries share, the one
// code of codes the document names elsewhere, or else that of country.
func bare(out []vistka.Amount, unit string, codes map[string]string, country string) []vistka.Amount {
	code := codes[country]
	named := ""
	for _, a := range out {
		for _, c := range codes {
			if a.Unit != c {
				continue
			}
			if named != "" && named != a.Unit {
				return out
			}
			named = a.Unit
		}
	}
	if named != "" {
		code = named
	}
	if code == "" {
		return out
	}
	for i := range out {
		if out[i].Unit == unit {
			out[i].Unit = code
		}
	}
	return out
}

type parser struct {
	text string
	toks []token
	last int // the token after the last amount found
	// from is the token after the last amount found when "з" stood before
	// it ("з 13,9% на початку 2011 року"), else 0; fromUnit is its unit.
	from     int
	fromUnit string
}

// qty is a number as read, before it is turned into a float: digits ×
// 10^exp, so that 7,08 млн is 708e4 and is converted exactly once.
type qty struct {
	digits  string
	exp     int
	scale   int  // the power of ten of the scale word read, if scaled
	known   bool // false when the digits cannot be read with certainty (1.200)
	numeric bool // written with digits or cardinal words, not only a scale word
	scaled  bool // a scale word (тисяча, млн, …) was read
	vague   bool // only a lower bound: десятки тисяч, тисячі, кілька мільйонів
	coef    bool // the vague quantity has its own word (десятки, кілька)
	over    bool // "з лишком": a little more than
}

func (q qty) value() (float64, bool) {
	if !q.known || q.digits == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(q.digits+"e"+strconv.Itoa(q.exp), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return &token{Kind: sym, Gap: gapNewline}
	}
	return &p.toks[i]
}

// changedBefore reports whether a verb of change opens the clause of the
// "до" at i, at most eight words before it with no punctuation between:
// "знизив граничну ціну на російську нафту до 44,10 долара".
func (p *parser) changedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := p.tok(j)
		if t.Kind == sym && (t.R == ',' || t.R == '—' || t.R == '–') && j == i-1 {
			// "скоротився на 18% порівняно з березнем, до $2,6 млрд",
			// "зріс на 12% — до 310 млн євро": the change by an amount,
			// then the value reached
			return p.changedBy(j)
		}
		if t.Kind != word {
			return false
		}
		if changeVerb(t.Text) {
			return true
		}
		if p.tok(j+1).Gap == gapNewline {
			return false
		}
	}
	return false
}

// changedBy reports whether the clause before the comma at i tells a
// change by an amount: a verb of change, then "на" and a number, within
// twelve words: "подорожчали приблизно на 12%".
func (p *parser) changedBy(i int) bool {
	by := false
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := p.tok(j)
		if t.Kind == sym && (t.R == '.' || t.R == '!' || t.R == '?') || p.tok(j+1).Gap == gapNewline {
			return false
		}
		if t.Kind == word && t.Text == "на" && j+1 < i && (p.tok(j+1).Kind == num || j+2 < i && p.tok(j+2).Kind == num) {
			by = true
		}
		if t.Kind == word && multiple(t.Text) {
			by = true // "підвищив плату вдвічі, до 1,2 тисячі гривень"
		}
		if t.Kind == word && changeVerb(t.Text) {
			return by
		}
		if by && t.Kind == sym && (t.R == '–' || t.R == '—') && p.isWord(j+1, "на") {
			return true // "а виробництво – на 12%, до 9,8 млрд кВт·год": the verb left out
		}
	}
	return false
}

// reached reports whether the "до" at i ends a change from the amount
// "з" introduced a few words before, in the same unit and the same
// sentence: "з 13,9% на початку 2011 року до 16,9% на початку 2012 року"
// tells the value reached, not an upper bound.
func (p *parser) reached(i int) bool {
	const reach = 8 // tokens between the first amount and до
	if p.from == 0 || i < p.from || i-p.from > reach {
		return false
	}
	for j := p.from; j < i; j++ {
		t := p.tok(j)
		if t.Gap == gapNewline || t.Kind == sym && (t.R == '!' || t.R == '?' || t.R == ';' ||
			t.R == '.' && p.tok(j+1).Kind == word && p.tok(j+1).Upper) {
			return false
		}
		if t.Kind == word && (t.Text == "від" || t.Text == "з" || t.Text == "із") {
			return false // another start: "з 5% ... від 3 до 4%"
		}
	}
	if p.tok(i).Gap == gapNewline {
		return false
	}
	_, unit, _, ok := p.part(i+1, true)
	return ok && unit == p.fromUnit
}

// gappedReach reports whether the "до" at i, right after a dash, goes on
// a change whose verb is left out: an earlier "до" of the sentence after a
// verb of change, with an amount in the same unit, within sixteen tokens:
// "збільшить оборонні видатки до 2,4% ВВП, а до 2030 року – до 3,5%"
// tells a second value reached, not an upper bound.
func (p *parser) gappedReach(i int) bool {
	if d := p.tok(i - 1); d.Kind != sym || d.R != '–' && d.R != '—' && d.R != '-' || p.tok(i).Gap == gapNewline {
		return false
	}
	_, unit, _, ok := p.part(i+1, true)
	if !ok {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-16; j-- {
		t := p.tok(j)
		if t.Gap == gapNewline && j < i-2 || t.Kind == sym && (t.R == '.' || t.R == '!' || t.R == '?' || t.R == ';') {
			return false
		}
		if p.isWord(j, "до") && p.changedBefore(j) {
			_, u, _, ok := p.part(j+1, true)
			return ok && u == unit
		}
	}
	return false
}

func (p *parser) isWord(i int, w string) bool {
	t := p.tok(i)
	return t.Kind == word && t.Text == w && t.Gap != gapNewline
}

// at reads an amount starting at token i.
func (p *parser) at(i int) (vistka.Amount, int, bool) {
	start := i
	t := p.tok(i)
	if t.Kind == sym && currencySymbol(t.R) == "" {
		// what bound and part below come to for every symbol but a
		// currency's, the most common tokens after words
		return vistka.Amount{}, 0, false
	}
	if t.Kind == word {
		switch t.Text {
		case "від":
			return p.fromTo(i)
		case "з", "із", "зі":
			return p.fromChange(i)
		}
	}
	bound := ""
	if b, j, ok := p.bound(i); ok {
		bound, i = b, j
	}
	// "мінус 5%": the sign is spelt out (a glued hyphen is too often a
	// dash to be read as one).
	negative := p.isWord(i, "мінус")
	if negative {
		i++
	}
	if a, j, ok := p.wordRange(start, i, negative); ok {
		return a, j, true
	}
	if t := p.tok(i); t.Kind == word && !t.Upper && !strings.HasPrefix(t.Text, "пів") && !numberSieve.May(t.Text) {
		// what part comes to for most words: no ISO code (upper case),
		// no half (пів…) and no number word
		return vistka.Amount{}, 0, false
	}
	q, unit, j, ok := p.part(i, false)
	if !ok {
		return vistka.Amount{}, 0, false
	}
	if negative {
		if q.vague {
			return vistka.Amount{}, 0, false
		}
		q.digits = "-" + q.digits
	}
	var max *qty
	// A range: 1,5-2 млрд, 5–7%, $80-90 тис.
	if d := p.tok(j); !negative && d.Kind == sym && isDash(d.R) && d.Gap < gapNewline && p.tok(j+1).Gap < gapNewline && p.sameWriting(i, j+1) {
		if q2, unit2, j2, ok := p.part(j+1, true); ok && (unit == "" || unit == unit2 || (unit2 == "" && p.tok(i).Kind == sym)) {
			if q1, ok := rangeOf(q, q2); ok {
				if unit2 != "" {
					unit = unit2
				}
				q, max, j = q1, &q2, j2
				bound = vistka.BoundRange
			}
		}
	}
	// "з лишком" after the amount: a little more than.
	if (p.isWord(j, "з") || p.isWord(j, "із")) && (p.isWord(j+1, "лишком") || p.isWord(j+1, "гаком")) && bound == "" {
		bound, j = vistka.BoundMoreThan, j+2
	}
	if !worth(q, unit, bound) {
		return vistka.Amount{}, 0, false
	}
	if (q.vague || q.over) && bound == "" {
		bound = vistka.BoundMoreThan
	}
	if max == nil && q.known && q.exp == 0 && !q.scaled && !q.vague && !negative {
		q, j = p.subunits(q, j, unit)
	}
	return p.amount(start, j, q, max, unit, bound), j, true
}

// subunits reads the hundredths of a currency after a whole sum in it:
// "25 грн 50 коп." is 25,50 hryvnias, "3 долари 20 центів" 3,20 dollars;
// read alone, the whole would be a wrong sum.
func (p *parser) subunits(q qty, j int, unit string) (qty, int) {
	n, w := p.tok(j), p.tok(j+1)
	if n.Kind != num || n.Gap != gapSpace || len(n.Text) > 2 || w.Kind != word || w.Gap != gapSpace {
		return q, j
	}
	switch w.Text {
	case "коп", "копійка", "копійки", "копійок", "копійку":
		if unit != "UAH" {
			return q, j
		}
	case "цент", "центи", "цента", "центів":
		if unit != "USD" && unit != "EUR" && unit != "CAD" && unit != "AUD" {
			return q, j
		}
	case "євроцент", "євроценти", "євроцента", "євроцентів":
		if unit != "EUR" {
			return q, j
		}
	default:
		return q, j
	}
	cents := n.Text
	if len(cents) == 1 {
		cents = "0" + cents
	}
	q.digits, q.exp = q.digits+cents, -2
	return q, p.abbrDot(j + 1)
}

// wordRange reads a range of two cardinals in one hyphenated word at i,
// with the scale word and unit after it: "два-три мільйони гривень",
// "п'ять-сім відсотків". The amount's text starts at start, before any
// bound; a sign spelt out (negative) makes no range.
func (p *parser) wordRange(start, i int, negative bool) (vistka.Amount, int, bool) {
	t := p.tok(i)
	if t.Kind != word || negative || t.Gap == gapNewline && i > start {
		return vistka.Amount{}, 0, false
	}
	a, b, found := strings.Cut(t.Text, "-")
	if !found {
		return vistka.Amount{}, 0, false
	}
	c1, ok1 := cardinal[a]
	c2, ok2 := cardinal[b]
	if !ok1 || !ok2 || c1.v >= c2.v {
		return vistka.Amount{}, 0, false
	}
	q1 := qty{digits: strconv.FormatInt(c1.v, 10), known: true, numeric: true}
	q2 := qty{digits: strconv.FormatInt(c2.v, 10), known: true, numeric: true}
	q2, j, _ := p.withScale(q2, i+1)
	q1, ok := rangeOf(q1, q2)
	if !ok {
		return vistka.Amount{}, 0, false
	}
	unit, j := p.unit(j)
	if !worth(q2, unit, vistka.BoundRange) {
		return vistka.Amount{}, 0, false
	}
	return p.amount(start, j, q1, &q2, unit, vistka.BoundRange), j, true
}

// sameWriting reports whether the numbers at i and k, each perhaps after
// a currency sign, are written alike, both in digits or both in words: a
// range's ends are ("5–7%", "п'ять-шість тисяч"), while in "кілограм
// груш — три гривні, один — 4 гривні" the dash only sets a price
// beside a word.
func (p *parser) sameWriting(i, k int) bool {
	return p.numberKind(i) == p.numberKind(k)
}

// numberKind is the kind of the token a number starts with at i, past a
// currency sign.
func (p *parser) numberKind(i int) scan.Kind {
	if t := p.tok(i); t.Kind == sym && currencySymbol(t.R) != "" {
		i++
	}
	return p.tok(i).Kind
}

// worth decides whether a number is an amount: it must have a unit, or a
// scale word together with a number or a bound. A bare "2023" or
// "тисячі" alone is not an amount.
func worth(q qty, unit, bound string) bool {
	if unit != "" {
		return true
	}
	return q.scaled && (q.numeric || q.coef || bound != "")
}

func (p *parser) amount(from, to int, q qty, max *qty, unit, bound string) vistka.Amount {
	a := vistka.Amount{
		Text:  p.text[p.toks[from].BS:p.toks[to-1].BE],
		Start: p.toks[from].RS,
		End:   p.toks[to-1].RE,
		Unit:  unit,
		Bound: bound,
	}
	if v, ok := q.value(); ok {
		a.Value = &v
	}
	if max != nil {
		if v, ok := max.value(); ok && a.Value != nil {
			a.Max = &v
		} else {
			a.Value = nil
		}
	}
	return a
}

// rangeOf joins the two ends of a range. A first end without a scale word
// takes the second's (1,5-2 млрд); the ends must rise, else it is no range
// ("у 2022 – 5 млн").
func rangeOf(q1, q2 qty) (qty, bool) {
	if q1.vague || q2.vague {
		return q1, false
	}
	if !q1.scaled && q2.scaled {
		q1.exp += q2.scale
		q1.scale, q1.scaled = q2.scale, true
	}
	v1, ok1 := q1.value()
	v2, ok2 := q2.value()
	if ok1 && ok2 && v1 >= v2 {
		return q1, false
	}
	return q1, true
}

// fromTo reads "від X до Y": a range. Without "до", "від" is only the
// preposition "from" and the amount after it is read on its own.
func (p *parser) fromTo(i int) (vistka.Amount, int, bool) {
	q1, unit1, j, ok := p.part(i+1, false)
	if !ok || !p.isWord(j, "до") {
		return vistka.Amount{}, 0, false
	}
	q2, unit2, k, ok := p.part(j+1, true)
	if !ok || (unit1 != "" && unit2 != "" && unit1 != unit2) {
		return vistka.Amount{}, 0, false
	}
	q1, ok = rangeOf(q1, q2)
	unit := unit2
	if unit == "" {
		unit = unit1
	}
	if !ok || !worth(q2, unit, vistka.BoundRange) {
		return vistka.Amount{}, 0, false
	}
	return p.amount(i, k, q1, &q2, unit, vistka.BoundRange), k, true
}

// fromChange reads "з X до Y" — a change from one value to another, not a
// range: X is returned, with Y's unit when X has none, and Y is read next.
func (p *parser) fromChange(i int) (vistka.Amount, int, bool) {
	q1, unit1, j, ok := p.part(i+1, false)
	if !ok || !p.isWord(j, "до") {
		return vistka.Amount{}, 0, false
	}
	unit := unit1
	if unit == "" {
		q2, unit2, _, ok := p.part(j+1, true)
		if !ok {
			return vistka.Amount{}, 0, false
		}
		unit = unit2
		if !q1.scaled && q2.scaled {
			q1.exp += q2.scale
			q1.scale, q1.scaled = q2.scale, true
		}
	}
	if !worth(q1, unit, "") {
		return vistka.Amount{}, 0, false
	}
	return p.amount(i+1, j, q1, nil, unit, ""), j, true
}

// part reads [currency] quantity [scale] [unit] from token i.
func (p *parser) part(i int, inRange bool) (qty, string, int, bool) {
	prefix := ""
	t := p.tok(i)
	if t.Kind == sym && currencySymbol(t.R) != "" && p.tok(i+1).Kind == num && p.tok(i+1).Gap <= gapSpaces {
		prefix, i = currencySymbol(t.R), i+1
		inRange = true // "$25": the number follows a symbol
	} else if t.Kind == word && t.Upper && p.tok(i+1).Kind == num && p.tok(i+1).Gap <= gapSpaces && isoCodes[t.Text] {
		prefix, i = strings.ToUpper(t.Text), i+1
		inRange = true
	}
	// Half of a unit in one word: піввідсотка, півдолара.
	if rest, found := strings.CutPrefix(t.Text, "пів"); found && t.Kind == word && prefix == "" {
		u := currencyNoun(rest, "")
		if percentWord(rest) {
			u = "%"
		}
		if u != "" {
			return qty{digits: "5", exp: -1, known: true, numeric: true}, u, i + 1, true
		}
	}
	q, j, ok := p.quantity(i, inRange)
	if !ok {
		return q, "", 0, false
	}
	k := j
	unit, j := p.unit(j)
	if prefix != "" {
		if unit != "" && unit != prefix && currencyCode(unit) {
			q.known = false // "$5 млн євро": which?
		}
		if unit != "" && unit != prefix && !currencyCode(unit) {
			j = k // "$1327 кв. м": the price of a square metre, not an area
		}
		unit = prefix
	}
	if p.splitDecimal(i) {
		q.known = false // "площею 97, 4 кв. м": 97,4 with a stray space, or a list?
	}
	return q, unit, j, true
}

// splitDecimal reports a number at i that may be the fraction of the one
// before it, a space typed after the decimal comma: "97, 4 кв. м".
func (p *parser) splitDecimal(i int) bool {
	t, c, n := p.tok(i), p.tok(i-1), p.tok(i-2)
	return i >= 2 && t.Kind == num && t.Gap == gapSpace && c.Kind == sym && c.R == ',' && c.Gap == gapNone && n.Kind == num
}

func currencyCode(u string) bool { return len(u) == 3 && u == strings.ToUpper(u) }

// numberWordAt reports whether a number in words opens at i: "півмільйона",
// "п'ять тисяч".
func (p *parser) numberWordAt(i int) bool {
	if p.tok(i).Kind != word {
		return false
	}
	_, _, ok := p.quantity(i, false)
	return ok
}

// quantity reads a number: digits, cardinal words, "пів"/"півтора", a vague
// word, or a bare scale word, each with the scale word after it.
func (p *parser) quantity(i int, inRange bool) (qty, int, bool) {
	t := p.tok(i)
	if t.Gap == gapNewline && i > 0 && inRange {
		return qty{}, 0, false
	}
	switch t.Kind {
	case num:
		q, j, ok := p.number(i, inRange)
		if !ok {
			return q, 0, false
		}
		q, j, _ = p.withScale(q, j)
		q, j = p.lowerGroups(q, j)
		return q, j, true
	case word:
	default:
		return qty{}, 0, false
	}
	w := t.Text
	switch {
	case w == "пів":
		n := p.tok(i + 1)
		if _, _, ok := scaleWord(n.Text); ok && n.Kind == word {
			q := qty{digits: "5", exp: -1, known: true, numeric: true}
			return p.withScale(q, i+1)
		}
		if n.Kind == word && n.Gap != gapNewline && (percentWord(n.Text) || currencyNoun(n.Text, "") != "") {
			// "пів відсотка", "пів долара": half of the unit after it
			return qty{digits: "5", exp: -1, known: true, numeric: true}, i + 1, true
		}
		return qty{}, 0, false
	case strings.HasPrefix(w, "пів") && len(w) > len("пів"):
		rest := strings.TrimPrefix(strings.TrimPrefix(w, "пів"), "-")
		if e, _, ok := scaleWord(rest); ok {
			return qty{digits: "5", exp: e - 1, scale: e, known: true, numeric: true, scaled: true}, i + 1, true
		}
		if w == "півтора" || w == "півтори" {
			return p.withScale(qty{digits: "15", exp: -1, known: true, numeric: true}, i+1)
		}
		return qty{}, 0, false
	}
	if !numberSieve.May(w) {
		return qty{}, 0, false
	}
	if _, ok := numberWords[w]; !ok {
		return qty{}, 0, false
	}
	if _, ok := cardinal[w]; ok {
		return p.words(i)
	}
	if v, ok := collective[w]; ok {
		return qty{digits: strconv.FormatInt(v, 10), known: true, numeric: true}, i + 1, true
	}
	if e, ok := vague(w); ok {
		q := qty{digits: "1", exp: e, known: true, vague: true, coef: true}
		j := i + 1
		if e2, ok := vague(p.tok(j).Text); ok && e == 0 && e2 > 0 && p.tok(j).Kind == word && p.tok(j).Gap != gapNewline {
			q.exp, j = e2, j+1 // "кілька сотень доларів", "кількох десятків тисяч": the tens or hundreds bound it
		}
		// Scales chain: сотні тисяч, десятки мільйонів.
		for {
			se, _, ok := scaleWord(p.tok(j).Text)
			if !ok || p.tok(j).Kind != word || p.tok(j).Gap == gapNewline {
				break
			}
			q.exp += se
			q.scale, q.scaled = se, true
			j = p.abbrDot(j)
		}
		return q, j, true
	}
	if e, plural, ok := scaleWord(w); ok && w != "тис" && w != "млн" && w != "млрд" && w != "трлн" {
		if q, j, ok := p.scaleThenWords(i, e); ok {
			return q, j, true
		}
		// A bare scale: "мільйон доларів" is one million; "тисячі людей"
		// is thousands of them, unless a bound makes it the genitive
		// singular ("понад тисячі").
		q := qty{digits: "1", exp: e, scale: e, known: true, scaled: true}
		if plural && !p.afterBound(i) {
			q.vague = true
		}
		return q, p.abbrDot(i), true
	}
	return qty{}, 0, false
}

// scaleThenWords reads a scale noun with no number before it, the one
// of its rank, followed by the lower groups in words: "тисячу двісті
// гривень" is 1200, "мільйон двісті тисяч" 1 200 000, "тисячі двохсот" in
// the genitive 1200. Reading the lower groups alone would give a wrong
// sum (200), so the scale word starts the number whatever its form.
func (p *parser) scaleThenWords(i, e int) (qty, int, bool) {
	n := p.tok(i + 1)
	if n.Kind != word || n.Gap == gapNewline {
		return qty{}, 0, false
	}
	if _, ok := cardinal[n.Text]; !ok {
		return qty{}, 0, false
	}
	rest, j, ok := p.words(i + 1)
	if !ok {
		return qty{}, 0, false
	}
	v, err := strconv.ParseInt(rest.digits, 10, 64)
	if err != nil || v >= pow10(e) {
		return qty{}, 0, false // "тисячу двісті тисяч" is no one number
	}
	total := pow10(e) + v
	return qty{digits: strconv.FormatInt(total, 10), known: true, numeric: true, scaled: true, scale: e}, j, true
}

// afterBound reports whether the token before i is a bound word.
func (p *parser) afterBound(i int) bool {
	switch p.tok(i - 1).Text {
	case "понад", "близько", "приблизно", "майже", "орієнтовно", "до", "щонайменше", "принаймні",
		"більше", "більш", "менше", "менш", "ніж", "як", "за", "мінімум", "максимум", "щонайбільше", "вище", "нижче":
		return true
	}
	return false
}

// withScale reads an optional scale word after a number.
func (p *parser) withScale(q qty, j int) (qty, int, bool) {
	t := p.tok(j)
	if t.Kind != word || t.Gap == gapNewline {
		return q, j, true
	}
	if (t.Text == "з" || t.Text == "із") && (p.isWord(j+1, "лишком") || p.isWord(j+1, "гаком")) {
		if e, _, ok := scaleWord(p.tok(j + 2).Text); ok && p.isWord(j+2, p.tok(j+2).Text) {
			q.exp += e
			q.scale, q.scaled, q.over = e, true, true
			return q, p.abbrDot(j + 2), true
		}
		return q, j, true
	}
	if e, _, ok := scaleWord(t.Text); ok {
		q.exp += e
		q.scale, q.scaled = e, true
		return q, p.abbrDot(j), true
	}
	return q, j, true
}

// lowerGroups reads the lower groups of a sum written in digits and scale
// words after its first group: "625 тисяч 776 гривень", "1 мільйон 254
// тисяч", "2 мільйони 300 тисяч". Each group is a whole number below the
// scale before it and has a smaller scale word of its own; only the last
// may have none, after thousands and before a unit ("392 тисяч 470
// гривень"). The sum keeps the first group's scale.
func (p *parser) lowerGroups(q qty, j int) (qty, int) {
	if !q.scaled || !q.known || q.vague || q.over || q.exp != q.scale || len(q.digits) > 6 {
		return q, j
	}
	total, err := strconv.ParseInt(q.digits, 10, 64)
	if err != nil {
		return q, j
	}
	total *= pow10(q.exp)
	last, read := q.scale, false
	for last >= 3 {
		t := p.tok(j)
		if t.Kind != num || t.Gap != gapSpace {
			break
		}
		g, k, ok := p.number(j, false)
		if !ok || !g.known || g.exp != 0 || len(g.digits) > 3 {
			break
		}
		v, err := strconv.ParseInt(g.digits, 10, 64)
		if err != nil || v <= 0 || v >= pow10(last) {
			break
		}
		gs, k2, _ := p.withScale(g, k)
		if gs.scaled {
			if gs.scale >= last || v >= pow10(last-gs.scale) {
				break
			}
			total += v * pow10(gs.scale)
			last, j, read = gs.scale, k2, true
			continue
		}
		if u, _ := p.unit(k); last != 3 || u == "" {
			break
		}
		total += v
		j, read = k, true
		break
	}
	if !read {
		return q, j
	}
	q.digits, q.exp = strconv.FormatInt(total, 10), 0
	return q, j
}

// abbrDot returns the index after the word at j, and after its dot when
// the word is an abbreviation whose dot belongs to it: always for тис. and
// дол., and for млн. грн. only when the sentence goes on after the dot.
func (p *parser) abbrDot(j int) int {
	w := p.tok(j).Text
	d := p.tok(j + 1)
	if d.Kind != sym || d.R != '.' || d.Gap != gapNone {
		return j + 1
	}
	switch w {
	case "тис", "дол", "руб", "коп", "трлн", "млрд", "млн", "грн":
	default:
		return j + 1
	}
	if w == "тис" || w == "дол" || w == "руб" || w == "коп" {
		return j + 2
	}
	n := p.tok(j + 2)
	if n.Gap != gapNewline && ((n.Kind == word && !n.Upper) || n.Kind == num) {
		return j + 2
	}
	return j + 1
}

// squareMetres reads square metres at j: "кв. м", "кв.м.", "кв м",
// "квадратних метрів". The dot after м is taken only inside a sentence.
func (p *parser) squareMetres(j int) (string, int) {
	k := j + 1
	if p.tok(j).Text == "кв" && p.tok(k).Kind == sym && p.tok(k).R == '.' && p.tok(k).Gap == gapNone {
		k++
	}
	m := p.tok(k)
	if m.Kind != word || m.Gap == gapNewline || m.Gap > gapSpace {
		return "", j
	}
	if p.tok(j).Text != "кв" {
		switch m.Text {
		case "метрів", "метри", "метр", "метра", "метрах", "метрами":
			return "квадратний метр", k + 1
		}
		return "", j
	}
	if m.Text != "м" {
		return "", j
	}
	k++
	if d, n := p.tok(k), p.tok(k+1); d.Kind == sym && d.R == '.' && d.Gap == gapNone && n.Gap != gapNewline && (n.Kind == word && !n.Upper || n.Kind == num) {
		k++
	}
	return "квадратний метр", k
}

// words reads cardinal numerals, with their scale words: "двадцять п'ять",
// "дві тисячі двадцять три", "сто тисяч".
func (p *parser) words(i int) (qty, int, bool) {
	var total, group int64
	place := int8(4)
	lastScale := 13
	scaled, scaleExp := false, 0
	j := i
	for ; ; j++ {
		t := p.tok(j)
		if t.Kind != word || (j > i && t.Gap == gapNewline) {
			break
		}
		if c, ok := cardinal[t.Text]; ok && c.place < place {
			group += c.v
			place = c.place
			if c.v >= 10 && c.v < 20 {
				place = 1 // teens end the group
			}
			continue
		}
		if e, _, ok := scaleWord(t.Text); ok && group > 0 && e < lastScale {
			total += group * pow10(e)
			group, place, lastScale = 0, 4, e
			scaled, scaleExp = true, e
			if t.Text == "тис" || t.Text == "млн" || t.Text == "млрд" || t.Text == "трлн" {
				j = p.abbrDot(j) - 1
			}
			continue
		}
		break
	}
	total += group
	if j == i || total <= 0 {
		return qty{}, 0, false
	}
	if t := p.tok(j); t.Kind == word && t.Gap != gapNewline && ordinalNumeral(t.Text) {
		return qty{}, 0, false // "дві тисячі двадцять третьому році": a compound ordinal
	}
	return qty{digits: strconv.FormatInt(total, 10), known: true, numeric: true, scaled: scaled, scale: scaleExp}, j, true
}

func pow10(e int) int64 {
	v := int64(1)
	for range e {
		v *= 10
	}
	return v
}

// number reads a number written in digits: 62, 7,08, 1 200, 24 800,0,
// 1.000.000. A dot followed by exactly three digits (1.200) may be a
// thousands separator or a decimal point, so its value is unknown.
// Numbers glued to letters (С5+1, COVID-19), dates (28.02.2023), times
// and ordinals (5-ти, 2023-го) are not numbers here.
func (p *parser) number(i int, inRange bool) (qty, int, bool) {
	t := p.tok(i)
	if !inRange && t.Gap == gapNone && i > 0 {
		prev := p.tok(i - 1)
		if prev.Kind != sym || strings.ContainsRune(".,/:;-‐‑‒–—−_+№#@&*^=\\", prev.R) {
			return qty{}, 0, false
		}
	}
	intDigits := t.Text
	j := i + 1
	grouped := false
	if len(intDigits) <= 3 {
		for p.tok(j).Kind == num && p.tok(j).Gap == gapSpace && len(p.tok(j).Text) == 3 {
			intDigits += p.tok(j).Text
			j++
			grouped = true
		}
	}
	type part struct {
		sep    rune
		digits string
	}
	var parts []part
	for p.tok(j).Kind == sym && p.tok(j).Gap == gapNone && (p.tok(j).R == '.' || p.tok(j).R == ',') &&
		p.tok(j+1).Kind == num && p.tok(j+1).Gap == gapNone {
		parts = append(parts, part{p.tok(j).R, p.tok(j + 1).Text})
		j += 2
	}
	frac := ""
	known := true
	switch n := len(parts); {
	case n == 0:
	case n == 1:
		frac = parts[0].digits
		if parts[0].sep == '.' && len(frac) == 3 {
			known = false
		}
	default:
		if grouped {
			return qty{}, 0, false
		}
		last := parts[n-1]
		for _, pt := range parts[:n-1] {
			if pt.sep != parts[0].sep || len(pt.digits) != 3 {
				return qty{}, 0, false // a date, a version, an address
			}
			intDigits += pt.digits
		}
		switch {
		case last.sep != parts[0].sep:
			frac = last.digits
		case len(last.digits) == 3:
			intDigits += last.digits
		default:
			return qty{}, 0, false
		}
	}
	// What follows must not make it something else.
	n := p.tok(j)
	if n.Gap == gapNone {
		switch {
		case n.Kind == sym && (isDash(n.R) || n.R == '/' || n.R == ':') && p.tok(j+1).Kind == word && p.tok(j+1).Gap == gapNone:
			return qty{}, 0, false // 5-ти, 2023-го, 10-річний
		case n.Kind == sym && (n.R == '/' || n.R == ':' || n.R == '.') && p.tok(j+1).Kind == num && p.tok(j+1).Gap == gapNone:
			return qty{}, 0, false // 24/7, 10:30, 1.2.3
		case n.Kind == num:
			return qty{}, 0, false
		case n.Kind == word && !unitStart(n.Text):
			return qty{}, 0, false // 5G, 3D
		}
	}
	intDigits = strings.TrimLeft(intDigits, "0")
	if intDigits == "" {
		intDigits = "0"
	}
	return qty{digits: intDigits + frac, exp: -len(frac), known: known, numeric: true}, j, true
}

// unitStart reports words that may be glued to a number: 5млн, 100грн.
func unitStart(w string) bool {
	if _, _, ok := scaleWord(w); ok {
		return true
	}
	return currencyNoun(w, "") != "" || percentWord(w) || measure(w) != "" || w == "дол" || isoCodes[w]
}

// unit reads a unit after a number: a currency, per cent, percentage
// points, or a counted noun. It returns "" and j when there is none.
func (p *parser) unit(j int) (string, int) {
	t := p.tok(j)
	if t.Gap == gapNewline {
		return "", j
	}
	if t.Kind == sym {
		switch {
		case t.R == '%':
			return "%", j + 1
		case currencySymbol(t.R) != "" && t.Gap <= gapSpaces:
			return currencySymbol(t.R), j + 1
		}
		return "", j
	}
	if t.Kind != word {
		return "", j
	}
	w := t.Text
	next := p.tok(j + 1)
	nextWord := next.Kind == word && next.Gap != gapNewline
	switch {
	case w == "дол" || w == "руб":
		k := p.abbrDot(j)
		if k == j+1 && !(p.isWord(j+1, "сша")) {
			return "", j // "дол" without its dot and without США
		}
		if w == "руб" {
			return "RUB", k
		}
		if p.isWord(k, "сша") {
			k++
		}
		return "USD", k
	case w == "грн":
		return "UAH", p.abbrDot(j)
	case w == "кв" || w == "квадратних" || w == "квадратні" || w == "квадратний":
		return p.squareMetres(j)
	case t.Upper && isoCodes[w]:
		return strings.ToUpper(w), j + 1
	case currencyAdjective(w) && nextWord:
		if c := currencyNoun(next.Text, w); c != "" {
			return c, j + 2
		}
		return "", j
	case strings.HasPrefix(w, "фунт") && nextWord && strings.HasPrefix(next.Text, "стерлінг"):
		return "GBP", j + 2
	case percentWord(w):
		return "%", j + 1
	case percentAdjective(w) && nextWord && strings.HasPrefix(next.Text, "пункт"):
		return "pp", j + 2
	case (w == "базисних" || w == "базових") && nextWord && strings.HasPrefix(next.Text, "пункт"):
		return "bp", j + 2
	case w == "п" || w == "в" || w == "б":
		// п.п., в.п. (percentage points), б.п. (basis points)
		if p.tok(j+1).R == '.' && p.tok(j+1).Kind == sym && p.tok(j+1).Gap == gapNone &&
			p.tok(j+2).Kind == word && p.tok(j+2).Text == "п" && p.tok(j+2).Gap <= gapSpace &&
			p.tok(j+3).Kind == sym && p.tok(j+3).R == '.' && p.tok(j+3).Gap == gapNone {
			if w == "б" {
				return "bp", j + 4
			}
			return "pp", j + 4
		}
		return "", j
	case w == "куб":
		if p.tok(j+1).R == '.' && p.tok(j+1).Kind == sym && p.isWord(j+2, "м") {
			return "кубометр", j + 3
		}
		return "", j
	case w == "кубічних" && nextWord && strings.HasPrefix(next.Text, "метр"):
		return "кубометр", j + 2
	}
	if c := currencyNoun(w, ""); c != "" {
		k := j + 1
		if strings.HasPrefix(w, "долар") && p.isWord(k, "сша") {
			k++
		}
		return c, k
	}
	if m := measure(w); m != "" {
		return m, j + 1
	}
	return "", j
}

// bound reads the words that bound an amount: понад, близько, до, більше
// ніж, не менше як, … It returns the index after them.
func (p *parser) bound(i int) (string, int, bool) {
	t := p.tok(i)
	if t.Kind != word {
		return "", i, false
	}
	// The comparatives may take ніж, як or за: "більше ніж", "менш як".
	comparative := func(j int) int {
		if n := p.tok(j); n.Kind == word && n.Gap != gapNewline && (n.Text == "ніж" || n.Text == "як" || n.Text == "за") {
			return j + 1
		}
		return j
	}
	b, j := "", i+1
	switch t.Text {
	case "понад", "щонайменше", "принаймні", "мінімум":
		b = vistka.BoundMoreThan
	case "близько", "приблизно", "майже", "орієнтовно", "порядку", "ледь":
		b = vistka.BoundAbout
		if t.Text == "ледь" {
			if !p.isWord(i+1, "не") {
				return "", i, false
			}
			j++
		}
	case "максимум", "щонайбільше":
		b = vistka.BoundUpTo
	case "до":
		prev := p.tok(i - 1)
		if i > 0 && p.last == i {
			return "", i, false // "підвищили на 0,5 п.п. до 25%"
		}
		if i > 0 && prev.Gap != gapNewline && (prev.Kind == num || (prev.Kind == sym && prev.R == '%') ||
			(prev.Kind == word && (changeVerb(prev.Text) || unitStart(prev.Text)))) {
			return "", i, false // "зросла до 7%", "з 5 до 7%"
		}
		if p.changedBefore(i) {
			return "", i, false // "знизив граничну ціну на нафту до 44,10 долара"
		}
		if p.reached(i) {
			return "", i, false // "з 13,9% на початку 2011 р. до 16,9% на початку 2012 р."
		}
		if p.gappedReach(i) {
			return "", i, false // "збільшить видатки до 2,4% ВВП, а до 2030 року – до 3,5%"
		}
		b = vistka.BoundUpTo
	case "більше", "більш":
		b, j = vistka.BoundMoreThan, comparative(i+1)
	case "менше", "менш", "нижче":
		b, j = vistka.BoundLessThan, comparative(i+1) // "знизити нижче 25%"
	case "вище":
		b, j = vistka.BoundMoreThan, comparative(i+1) // "ціна вище 100 гривень"
	case "не":
		switch p.tok(i + 1).Text {
		case "більше", "більш", "вище":
			b = vistka.BoundUpTo
		case "менше", "менш", "нижче":
			b = vistka.BoundMoreThan
		default:
			return "", i, false
		}
		if p.tok(i+1).Gap == gapNewline {
			return "", i, false
		}
		j = comparative(i + 2)
	default:
		return "", i, false
	}
	if p.tok(j).Gap == gapNewline {
		return "", i, false
	}
	// A price bounded past its preposition: "приблизно за 14,5 млн
	// гривень" (bought for about); not after до, which takes no за.
	prep := p.isWord(j, "на") || p.isWord(j, "у") || p.isWord(j, "в") || t.Text != "до" && p.isWord(j, "за")
	if prep && p.tok(j+1).Gap != gapNewline &&
		(p.tok(j+1).Kind == num || p.tok(j+1).Kind == sym && currencySymbol(p.tok(j+1).R) != "" && p.tok(j+2).Kind == num || p.numberWordAt(j+1)) {
		j++ // "щонайменше на 1% ВВП", "майже на 5%": by how much; "приблизно в $120 млн", "щонайменше у 2 млн грн", "щонайменше в півмільйона євро"
	}
	return b, j, true
}
