package htmldate

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// stamp is a date read from a string, with what the string told about it.
type stamp struct {
	t       time.Time // in UTC when the string gave no zone
	hasTime bool
	hasZone bool
}

// maxMachine is the longest attribute value read as a date; longer values
// are descriptions, not dates.
const maxMachine = 120

// parseMachine reads a date meant for machines (an attribute value, a
// JSON-LD field): ISO 8601 and its usual relatives first, then anything
// parseText understands ("Tue, 28 Feb 2023 10:42:00 +0200", "28.02.2023").
func parseMachine(s string) (stamp, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxMachine {
		return stamp{}, false
	}
	if st, ok := parseISO(s); ok {
		return st, true
	}
	for _, st := range parseText(s, 1) {
		return st, true
	}
	return stamp{}, false
}

// parseISO reads YYYY-MM-DD (also with / or . between the parts, or
// YYYYMMDD), optionally followed by T or a space and hh:mm[:ss[.frac]] and
// a zone: Z, UTC, GMT, ±hh, ±hhmm or ±hh:mm.
func parseISO(s string) (stamp, bool) {
	p := scanner{s: s}
	year, ok := p.digits(4, 4)
	if !ok {
		return stamp{}, false
	}
	var month, day int
	compact := p.peekDigit()
	if compact {
		if month, ok = p.digits(2, 2); !ok {
			return stamp{}, false
		}
		if day, ok = p.digits(2, 2); !ok {
			return stamp{}, false
		}
	} else {
		sep := p.peek()
		if sep != '-' && sep != '/' && sep != '.' {
			return stamp{}, false
		}
		p.i++
		if month, ok = p.digits(1, 2); !ok || p.peek() != sep {
			return stamp{}, false
		}
		p.i++
		if day, ok = p.digits(1, 2); !ok {
			return stamp{}, false
		}
	}
	if p.peekDigit() {
		return stamp{}, false
	}
	var clock [4]int // hour, minute, second, nanosecond
	hasTime := false
	if c := p.peek(); (c == 'T' || c == 't' || c == ' ') && p.i+1 < len(s) && isDigit(s[p.i+1]) {
		save := p.i
		p.i++
		if clock, ok = p.clock(); ok {
			hasTime = true
		} else {
			p.i = save
		}
	}
	loc, hasZone := time.UTC, false
	if hasTime {
		p.spaces()
		loc, hasZone = p.zone()
	}
	t, ok := makeTime(year, month, day, clock, loc)
	if !ok {
		return stamp{}, false
	}
	return stamp{t: t, hasTime: hasTime, hasZone: hasZone}, true
}

// makeTime builds a time from its parts, rejecting impossible dates that
// time.Date would roll over (31 February).
func makeTime(year, month, day int, clock [4]int, loc *time.Location) (time.Time, bool) {
	if month < 1 || month > 12 || day < 1 || day > 31 ||
		clock[0] > 23 || clock[1] > 59 || clock[2] > 59 {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, clock[0], clock[1], clock[2], clock[3], loc)
	if t.Day() != day || int(t.Month()) != month {
		return time.Time{}, false
	}
	return t, true
}

// scanner reads a string byte by byte; it never reads past the end.
type scanner struct {
	s string
	i int
}

func (p *scanner) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *scanner) peekDigit() bool { return isDigit(p.peek()) }

func (p *scanner) spaces() {
	for p.peek() == ' ' {
		p.i++
	}
}

// digits reads min to max decimal digits.
func (p *scanner) digits(min, max int) (int, bool) {
	n, v := 0, 0
	for n < max && p.peekDigit() {
		v = v*10 + int(p.s[p.i]-'0')
		p.i++
		n++
	}
	return v, n >= min
}

// clock reads hh:mm[:ss[.frac]] or hhmm[ss].
func (p *scanner) clock() ([4]int, bool) {
	var c [4]int
	var ok bool
	if c[0], ok = p.digits(2, 2); !ok {
		return c, false
	}
	colon := p.peek() == ':'
	if colon {
		p.i++
	}
	if c[1], ok = p.digits(2, 2); !ok {
		return c, false
	}
	if colon && p.peek() == ':' || !colon && p.peekDigit() {
		if colon {
			p.i++
		}
		if c[2], ok = p.digits(2, 2); !ok {
			return c, false
		}
		if (p.peek() == '.' || p.peek() == ',') && p.i+1 < len(p.s) && isDigit(p.s[p.i+1]) {
			p.i++
			scale := int(time.Second)
			for p.peekDigit() {
				scale /= 10
				c[3] += int(p.s[p.i]-'0') * scale
				p.i++
			}
		}
	}
	return c, !p.peekDigit()
}

// zone reads Z, UTC, GMT, or an offset (optionally after UTC or GMT).
func (p *scanner) zone() (*time.Location, bool) {
	rest := p.s[p.i:]
	switch {
	case strings.HasPrefix(rest, "Z") || strings.HasPrefix(rest, "z"):
		return time.UTC, true
	case strings.HasPrefix(rest, "UTC") || strings.HasPrefix(rest, "GMT"):
		p.i += 3
		if loc, ok := p.offset(); ok {
			return loc, true
		}
		return time.UTC, true
	}
	return p.offset()
}

// offset reads ±hh, ±hhmm or ±hh:mm (the minus also as U+2212).
func (p *scanner) offset() (*time.Location, bool) {
	sign := 0
	switch rest := p.s[p.i:]; {
	case strings.HasPrefix(rest, "+"):
		sign, p.i = 1, p.i+1
	case strings.HasPrefix(rest, "-"):
		sign, p.i = -1, p.i+1
	case strings.HasPrefix(rest, "\u2212"):
		sign, p.i = -1, p.i+len("\u2212")
	default:
		return time.UTC, false
	}
	h, ok := p.digits(2, 2)
	if !ok {
		return time.UTC, false
	}
	if p.peek() == ':' {
		p.i++
	}
	m, _ := p.digits(2, 2)
	if h > 14 || m > 59 {
		return time.UTC, false
	}
	return fixedZone(sign * (h*3600 + m*60)), true
}

func fixedZone(offset int) *time.Location {
	if offset == 0 {
		return time.UTC
	}
	return time.FixedZone("", offset)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// token is a piece of running text: a number, a word (lower-cased) or one
// other character.
type token struct {
	kind   byte // 'n' number, 'w' word, 'p' anything else
	text   string
	num    int
	digits int
	space  bool // white space before it
}

// maxTokens bounds the tokens parseText reads, so that a huge text node
// costs no more than a page's worth of work.
const maxTokens = 1 << 16

func tokenize(s string) []token {
	var toks []token
	space := false
	for i := 0; i < len(s) && len(toks) < maxTokens; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			i += size
			continue
		case isDigit(s[i]):
			j, v := i, 0
			for j < len(s) && isDigit(s[j]) {
				if j-i < 9 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, token{kind: 'n', text: s[i:j], num: v, digits: j - i, space: space})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += size
			}
			toks = append(toks, token{kind: 'w', text: strings.ToLower(s[i:j]), space: space})
			i = j
		default:
			toks = append(toks, token{kind: 'p', text: s[i : i+size], space: space})
			i += size
		}
		space = false
	}
	return toks
}

// parseText finds up to max dates written in running text, in order:
// 28.02.2023, 28/02/2023, 2023-02-28, 28 лютого 2023 (року), 28 февраля
// 2023, 28 February 2023, February 28, 2023 and Feb. 28th 2023, each
// with a time of day when one comes just before or after it
// ("10:42, 28 лютого 2023", "28.02.2023 о 10:42", "Feb 28, 2023 3:05 PM").
func parseText(s string, max int) []stamp {
	toks := tokenize(s)
	var out []stamp
	for i := 0; i < len(toks) && len(out) < max; i++ {
		y, m, d, end, ok := dateAt(toks, i)
		if !ok {
			continue
		}
		clock, zone, hasTime, hasZone := timeAfter(toks, end)
		if !hasTime {
			clock, hasTime = timeBefore(toks, i)
		}
		loc := time.UTC
		if hasZone {
			loc = zone
		}
		if t, ok := makeTime(y, m, d, clock, loc); ok {
			out = append(out, stamp{t: t, hasTime: hasTime, hasZone: hasZone})
			i = end - 1
		}
	}
	return out
}

// dateAt reads a date starting at toks[i]; end is the index after it.
func dateAt(toks []token, i int) (y, m, d, end int, ok bool) {
	at := func(k int) token {
		if k < len(toks) {
			return toks[k]
		}
		return token{}
	}
	isPunct := func(k int, set string) bool {
		t := at(k)
		return t.kind == 'p' && !t.space && strings.Contains(set, t.text)
	}
	t := at(i)
	// A number glued to the letters or digits before it is part of
	// something else (a code, a version).
	if i > 0 && !t.space && toks[i-1].kind != 'p' {
		return
	}
	num := func(k, min, max int) bool {
		t := at(k)
		next := at(k + 1)
		glued := next.kind == 'w' && !next.space && !ordinal(next.text) && next.text != "t"
		return t.kind == 'n' && t.digits >= min && t.digits <= max && !glued
	}
	switch {
	case t.kind == 'n' && t.digits == 4 && isPunct(i+1, "-/.") && num(i+2, 1, 2) &&
		at(i+3).text == at(i+1).text && isPunct(i+3, "-/.") && num(i+4, 1, 2):
		// 2023-02-28
		return t.num, at(i + 2).num, at(i + 4).num, i + 5, true
	case num(i, 1, 2) && isPunct(i+1, "./-") && num(i+2, 1, 2) &&
		at(i+3).text == at(i+1).text && isPunct(i+3, "./-") && at(i+4).kind == 'n' && at(i+4).digits == 4 && !at(i+4).space:
		// 28.02.2023, 28/02/2023; the day comes first unless it cannot.
		d, m = t.num, at(i+2).num
		if m > 12 && d <= 12 && at(i+1).text == "/" {
			d, m = m, d
		}
		return at(i + 4).num, m, d, i + 5, true
	case num(i, 1, 2):
		// 28 лютого 2023, 28. Februar 2023, 28th of February, 2023
		k := i + 1
		if ordinal(at(k).text) && !at(k).space {
			k++
		}
		if isPunct(k, ".") {
			k++
		}
		if at(k).text == "of" {
			k++
		}
		mon, known := months[at(k).text]
		if !known || at(k).kind != 'w' {
			return
		}
		k++
		if at(k).text == "." {
			k++
		}
		if at(k).text == "," {
			k++
		}
		if yt := at(k); yt.kind == 'n' && yt.digits == 4 {
			return yt.num, int(mon), t.num, k + 1, true
		}
	case t.kind == 'w':
		// February 28, 2023; Feb. 28th 2023
		mon, known := months[t.text]
		if !known {
			return
		}
		k := i + 1
		if at(k).text == "." {
			k++
		}
		dt := at(k)
		if dt.kind != 'n' || dt.digits > 2 {
			return
		}
		k++
		if ordinal(at(k).text) && !at(k).space {
			k++
		}
		if at(k).text == "," {
			k++
		}
		if yt := at(k); yt.kind == 'n' && yt.digits == 4 {
			return yt.num, int(mon), dt.num, k + 1, true
		}
	}
	return
}

func ordinal(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

// fillers may stand between a date and its time: "28 лютого 2023 року о
// 10:42", "28.02.2023, 10:42", "Feb 28, 2023 at 3:05 PM".
var fillers = map[string]bool{
	",": true, "|": true, "-": true, "–": true, "—": true, "/": true, "•": true, "·": true, ".": true,
	"р": true, "року": true, "рік": true, "г": true, "года": true, "год": true,
	"о": true, "об": true, "в": true, "во": true, "у": true, "at": true, "um": true, "o": true,
}

// timeAfter reads hh:mm[:ss] [am|pm] [zone] a few filler tokens after
// toks[k].
func timeAfter(toks []token, k int) (clock [4]int, loc *time.Location, hasTime, hasZone bool) {
	for n := 0; n < 4 && k < len(toks) && fillers[toks[k].text]; n++ {
		k++
	}
	clock, k, hasTime = clockAt(toks, k)
	if !hasTime {
		return
	}
	if k < len(toks) && toks[k].kind == 'w' && (toks[k].text == "am" || toks[k].text == "pm") {
		if clock[0] > 12 || clock[0] == 0 {
			return [4]int{}, nil, false, false
		}
		if toks[k].text == "pm" && clock[0] < 12 {
			clock[0] += 12
		} else if toks[k].text == "am" && clock[0] == 12 {
			clock[0] = 0
		}
		k++
	}
	loc, hasZone = zoneAt(toks, k)
	return
}

// timeBefore reads hh:mm[:ss] that ends just before toks[i], with at most
// one filler between: "10:42, 28 лютого 2023", "10:42 | 28.02.2023".
func timeBefore(toks []token, i int) ([4]int, bool) {
	end := i
	if end > 0 && toks[end-1].kind == 'p' && fillers[toks[end-1].text] {
		end--
	}
	for _, n := range []int{3, 5} { // hh:mm, hh:mm:ss
		if start := end - n; start >= 0 {
			if clock, k, ok := clockAt(toks, start); ok && k == end {
				return clock, true
			}
		}
	}
	return [4]int{}, false
}

// clockAt reads hh:mm[:ss] at toks[k]; next is the index after it.
func clockAt(toks []token, k int) (clock [4]int, next int, ok bool) {
	two := func(k int, first bool) (int, bool) {
		if k >= len(toks) || toks[k].kind != 'n' {
			return 0, false
		}
		t := toks[k]
		if first {
			return t.num, t.digits <= 2
		}
		return t.num, t.digits == 2 && !t.space
	}
	colon := func(k int) bool {
		return k < len(toks) && toks[k].kind == 'p' && toks[k].text == ":" && !toks[k].space
	}
	h, ok1 := two(k, true)
	if !ok1 || !colon(k+1) {
		return clock, k, false
	}
	m, ok2 := two(k+2, false)
	if !ok2 || h > 23 || m > 59 {
		return clock, k, false
	}
	clock[0], clock[1], next = h, m, k+3
	if colon(next) {
		if s, ok := two(next+1, false); ok && s <= 59 {
			clock[2], next = s, next+2
		}
	}
	return clock, next, true
}

// zoneAt reads a zone written after a time in text: UTC, GMT, Z, or an
// offset, either alone or after UTC or GMT.
func zoneAt(toks []token, k int) (*time.Location, bool) {
	if k >= len(toks) {
		return time.UTC, false
	}
	named := false
	switch toks[k].text {
	case "utc", "gmt":
		named = true
		k++
	case "z":
		return time.UTC, !toks[k].space
	}
	if k+1 < len(toks) && (toks[k].text == "+" || toks[k].text == "-" || toks[k].text == "\u2212") && toks[k+1].kind == 'n' && !toks[k+1].space {
		sign := 1
		if toks[k].text != "+" {
			sign = -1
		}
		h, m := toks[k+1].num, 0
		switch toks[k+1].digits {
		case 4:
			h, m = h/100, h%100
		case 1, 2:
			if k+3 < len(toks) && toks[k+2].text == ":" && toks[k+3].kind == 'n' && toks[k+3].digits == 2 {
				m = toks[k+3].num
			}
		default:
			return time.UTC, named
		}
		if h <= 14 && m <= 59 {
			return fixedZone(sign * (h*3600 + m*60)), true
		}
	}
	return time.UTC, named
}

// months maps the month names and their usual abbreviations in Ukrainian,
// Russian and English, lower-cased, to months.
var months = func() map[string]time.Month {
	m := map[string]time.Month{}
	add := func(month time.Month, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = month
		}
	}
	add(time.January, "січня січень січ января январь янв january jan")
	add(time.February, "лютого лютий лют февраля февраль фев февр february feb")
	add(time.March, "березня березень бер марта март мар march mar")
	add(time.April, "квітня квітень квіт апреля апрель апр april apr")
	add(time.May, "травня травень трав мая май may")
	add(time.June, "червня червень черв июня июнь июн june jun")
	add(time.July, "липня липень лип июля июль июл july jul")
	add(time.August, "серпня серпень серп августа август авг august aug")
	add(time.September, "вересня вересень вер сентября сентябрь сен сент september sep sept")
	add(time.October, "жовтня жовтень жовт октября октябрь окт october oct")
	add(time.November, "листопада листопад лист ноября ноябрь ноя нояб november nov")
	add(time.December, "грудня грудень груд декабря декабрь дек december dec")
	return m
}()
