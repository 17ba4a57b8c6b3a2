package date

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	sc "github.com/vistka/vistka/internal/scan"
)

// Granularities of a Date.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
)

// Finder finds date expressions and resolves them against the date the
// text was published. The zero Finder knows no publication date.
type Finder struct {
	// Published is when the text was published; zero when unknown. Its
	// calendar day in its own location is the day "сьогодні" means.
	Published time.Time
	// Tense tells past from future around an expression; nil means
	// SurfaceTense.
	Tense TenseFunc
}

// Find returns the dates in text, resolved against published (zero when
// unknown), reading tense from surface forms.
func Find(text string, published time.Time) []vistka.Date {
	return Finder{Published: published}.Find(text)
}

// Find returns the dates in text in the order they occur. It never returns
// nil and never panics. Offsets are code points into text.
func (f Finder) Find(text string) []vistka.Date {
	return f.FindLexed(text, lex(text))
}

// FindLexed is Find over toks, the tokens scan.Lex returns for text, which
// it only reads: callers that run other finders over the same tokens lex
// the text once.
func (f Finder) FindLexed(text string, toks []sc.Token) []vistka.Date {
	s := scan{f: f, text: text, toks: toks, out: []vistka.Date{}}
	if !f.Published.IsZero() {
		y, m, d := f.Published.Date()
		s.pub, s.known = time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
	}
	s.run()
	if day, ok := s.datelineDay(); ok {
		// "ХАРКІВ, 3 березня /Укрінформ/. Вночі …" in a story published on
		// 4 March: the report was filed on the 3rd, and its вночі, вчора,
		// сьогодні and у вівторок count from that day.
		s = scan{f: f, text: text, toks: toks, out: []vistka.Date{}, pub: day, known: true}
		s.run()
	}
	return s.out
}

// run reads the dates of the text into out.
func (s *scan) run() {
	for i := 0; i < len(s.toks); {
		if n := s.at(i); n > 0 {
			i += n
		} else {
			i++
		}
	}
	s.textYear()
	s.storyYear()
	s.weekdaysApposed()
}

// datelineDay returns the day a dateline names ("ХАРКІВ, 3 березня
// /Укрінформ/. …", "КИЇВ. 2 січня. ІНТЕРФАКС-УКРАЇНА. …") when it is one
// to three days before the publication day: the day the report was
// written, which its relative words count from. A dateline is a line of
// the first three that opens with a place in capitals and a comma or a
// full stop, then the day, then a full stop, a slash, a comma or a dash.
func (s *scan) datelineDay() (time.Time, bool) {
	if !s.known {
		return time.Time{}, false
	}
	// the first date written out; a headline's "вночі" may come before it
	k := slices.IndexFunc(s.out, func(d vistka.Date) bool { return !d.Relative })
	if k < 0 {
		return time.Time{}, false
	}
	d := s.out[k]
	if d.Value == nil || d.Granularity != Day {
		return time.Time{}, false
	}
	day, err := time.Parse(time.DateOnly, *d.Value)
	if err != nil || !day.Before(s.pub) || day.Before(s.pub.AddDate(0, 0, -3)) {
		return time.Time{}, false
	}
	head := s.text
	if len(head) > 4000 {
		head = head[:4000]
	}
	r := []rune(head)
	if d.End >= len(r) {
		return time.Time{}, false
	}
	start := d.Start
	for start > 0 && r[start-1] != '\n' {
		start--
	}
	if strings.Count(string(r[:start]), "\n") > 2 {
		return time.Time{}, false
	}
	place := strings.TrimSpace(string(r[start:d.Start]))
	if !strings.HasSuffix(place, ",") && !strings.HasSuffix(place, ".") {
		return time.Time{}, false
	}
	place = strings.TrimRight(place, ",.")
	letters := 0
	for _, c := range place {
		switch {
		case unicode.IsUpper(c):
			letters++
		case c == ' ' || c == '-' || c == '\'' || c == '’':
		default:
			return time.Time{}, false
		}
	}
	if letters < 3 {
		return time.Time{}, false
	}
	after := strings.TrimLeft(string(r[d.End:]), " ")
	if after == "" || !strings.ContainsRune("./,–—-", []rune(after)[0]) {
		return time.Time{}, false
	}
	return day, true
}

// weekdaysApposed gives a weekday the value of the day written out after
// it ("У четвер, 14 серпня, … звільнено 84 українців": that Thursday),
// when that day falls on the weekday; a day on another weekday, or one
// with no value, leaves the weekday unresolved.
func (s *scan) weekdaysApposed() {
	for _, a := range s.apposed {
		if a.at+1 >= len(s.out) {
			continue
		}
		d := s.out[a.at+1]
		if d.Value == nil || d.Granularity != Day || d.Start-s.out[a.at].End > 3 {
			continue
		}
		t, err := time.Parse(time.DateOnly, *d.Value)
		if err != nil || t.Weekday() != a.day {
			continue
		}
		v := *d.Value
		s.out[a.at].Value = &v
	}
}

// textYear gives the days written without a year in a text with no known
// publication date the year of the text's full dates, when it names two
// or more and every date with a year it names, and every bare year, has
// that one year: "Під час
// засідання 15 вересня ЦВК …" in a text that names "5 вересня 2015 року"
// and "25 жовтня 2015 року" is 2015-09-15.
func (s *scan) textYear() {
	if len(s.yearless) == 0 {
		return
	}
	year, full := "", 0
	for k := range s.out {
		d := &s.out[k]
		if d.Relative || d.Value == nil {
			continue
		}
		y, _, _ := strings.Cut(*d.Value, "-")
		if year != "" && y != year {
			return // "від 8 квітня. У серпні 2011 року …": the text spans years
		}
		year = y
		if d.Granularity == Day {
			full++
		}
	}
	y, err := strconv.Atoi(year)
	if err != nil || full < 2 {
		return
	}
	for i := range s.toks {
		// "Деклараційна кампанія – 2016 стартувала з 1 січня": a bare
		// year is no date, but the text speaks of another year
		if n := s.digits(i, 4, 4); n >= 1900 && n < 2100 && n != y {
			return
		}
	}
	for _, u := range s.yearless {
		if t, ok := validDay(y, u.m, u.d); ok {
			v := t.Format(time.DateOnly)
			s.out[u.at].Value = &v
		}
	}
}

// yearless is a day written without a year, unresolved: out[at] is m, d.
type yearless struct {
	at int
	m  time.Month
	d  int
}

type scan struct {
	f     Finder
	text  string
	toks  []token
	cache []int8    // surface tense of each token, for the default TenseFunc
	pub   time.Time // the publication day, UTC midnight
	known bool      // pub is known
	out   []vistka.Date
	// yearless are the days out holds with no year and no value, the
	// publication date unknown.
	yearless []yearless
	// apposed are the weekdays out holds with no value because a day
	// written out follows them: "у четвер, 14 серпня".
	apposed []apposed
	// guessed are the days written without a year that took theirs from
	// the publication date.
	guessed []yearless
}

// apposed is a weekday at out[at] with the day written after it.
type apposed struct {
	at  int
	day time.Weekday
}

var none = token{Kind: sym, Gap: gapNewline}

func (s *scan) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &none
	}
	return &s.toks[i]
}

// word returns the lower-cased word at i, or "" when i is not a word on
// the same line as the token before it.
func (s *scan) word(i int) string {
	t := s.tok(i)
	if t.Kind != word || t.Gap == gapNewline {
		return ""
	}
	return t.Text
}

// prevWord returns the word before i on the same line.
func (s *scan) prevWord(i int) string {
	if s.tok(i).Gap == gapNewline {
		return ""
	}
	t := s.tok(i - 1)
	if t.Kind != word {
		return ""
	}
	return t.Text
}

// streetBefore reports a street's noun, or its abbreviation with its
// dot (вул., пл.), right before i.
func (s *scan) streetBefore(i int) bool {
	if streetWords[s.prevWord(i)] {
		return true
	}
	return i >= 2 && s.isSym(i-1, '.') && streetWords[s.prevWord(i-1)]
}

func (s *scan) isSym(i int, r rune) bool {
	t := s.tok(i)
	return t.Kind == sym && t.R == r && t.Gap == gapNone
}

// isDash reports a range dash at i: "28–29", "28 лютого – 1 березня".
func (s *scan) isDash(i int) bool {
	t := s.tok(i)
	return t.Kind == sym && isDash(t.R) && t.Gap != gapNewline && s.tok(i+1).Gap != gapNewline
}

// digits returns the number at i with at most max digits, or -1.
func (s *scan) digits(i, min, max int) int {
	t := s.tok(i)
	if t.Kind != num || len(t.Text) < min || len(t.Text) > max {
		return -1
	}
	n, err := strconv.Atoi(t.Text)
	if err != nil {
		return -1
	}
	return n
}

// glued reports a number stuck to what is before it: С5, №28, 1.2.3.
func (s *scan) glued(i int) bool {
	t := s.tok(i)
	if t.Gap != gapNone || i == 0 {
		return false
	}
	p := s.tok(i - 1)
	if p.Kind != sym {
		return true
	}
	switch p.R {
	case '.', ',', '/', ':', '-', '‐', '‑', '–', '—', '−', '+', '№', '#', '_', '$', '€', '£', '₴':
		return true
	}
	return false
}

// continues reports a number pattern that goes on after j: 2023-02-28-1.
func (s *scan) continues(j int) bool {
	t := s.tok(j)
	if t.Gap != gapNone {
		return false
	}
	return t.Kind == num || t.Kind == word ||
		(t.Kind == sym && t.R != ',' && t.R != ';' && t.R != ')' && s.tok(j+1).Kind == num && s.tok(j+1).Gap == gapNone)
}

func (s *scan) at(i int) int {
	t := s.tok(i)
	switch t.Kind {
	case num:
		if s.glued(i) {
			return 0
		}
		if n := s.numeric(i); n > 0 {
			return n
		}
		if n := s.dayMonth(i); n > 0 {
			return n
		}
		if n := s.year(i); n > 0 {
			return n
		}
		return s.ago(i)
	case word:
		return s.words(i)
	}
	return 0
}

// numeric reads 2023-02-28, 28.02.2023 and 28.02.23.
func (s *scan) numeric(i int) int {
	if y := s.digits(i, 4, 4); y > 0 && s.isSym(i+1, '-') && s.isSym(i+3, '-') {
		m, d := s.digits(i+2, 2, 2), s.digits(i+4, 2, 2)
		// A time may follow: 2023-02-28T10:00.
		timed := s.tok(i+5).Kind == word && s.tok(i+5).Text == "t" && s.tok(i+5).Gap == gapNone
		if m >= 0 && d >= 0 && s.tok(i+2).Gap == gapNone && s.tok(i+4).Gap == gapNone && (timed || !s.continues(i+5)) {
			s.emitDay(i, i+5, y, time.Month(m), d, false)
			return 5
		}
	}
	if d := s.digits(i, 1, 2); d >= 0 && s.isSym(i+1, '.') && s.isSym(i+3, '.') {
		m, y := s.digits(i+2, 1, 2), s.digits(i+4, 4, 4)
		if y < 0 && len(s.tok(i).Text) == 2 && len(s.tok(i+2).Text) == 2 {
			// 24.02.22: a two-digit year, only with two-digit day and
			// month, so that 1.5.22 stays a number.
			if y2 := s.digits(i+4, 2, 2); y2 >= 0 {
				y = 2000 + y2
				if y2 >= 50 {
					y = 1900 + y2
				}
			}
		}
		end := i + 5
		if r := s.tok(end); r.Kind == word && r.Text == "р" && r.Gap == gapNone {
			// 28.02.2023р.: рік abbreviated and glued to the year
			end++
			if s.isSym(end, '.') {
				end++
			}
		}
		if m >= 0 && y >= 0 && s.tok(i+2).Gap == gapNone && s.tok(i+4).Gap == gapNone && (end > i+5 || !s.continues(i+5)) {
			s.emitDay(i, end, y, time.Month(m), d, false)
			return end - i
		}
	}
	return 0
}

// dayNum reads a day of the month at i: 28, 28-го. It returns the day
// and the index after it, or -1.
func (s *scan) dayNum(i int) (int, int) {
	d := s.digits(i, 1, 2)
	if d < 1 || d > 31 {
		return -1, i
	}
	j := i + 1
	if t := s.tok(j); t.Kind == sym && isHyphen(t.R) && t.Gap == gapNone {
		switch w := s.tok(j + 1); {
		case w.Kind == word && w.Gap == gapNone && ordinalDayEnding(w.Text):
			j += 2
		case w.Kind == word && w.Gap == gapNone:
			return -1, i // 5-ти, 10-річний
		}
	}
	return d, j
}

// ordinalDayEnding reports the endings a day written as an ordinal takes
// after its hyphen: 1-го, 5-е, 5-те, 2-ге, 1-ше, 3-тє, 7-ме, до 5-му.
// (5-ти is the cardinal's genitive, not among them.)
func ordinalDayEnding(w string) bool {
	switch w {
	case "го", "ого", "е", "й", "те", "ге", "ше", "тє", "ме", "му":
		return true
	}
	return false
}

// noDay reports a number of one or two digits at i that no day can be
// (0, 32–99), right before a month.
func (s *scan) noDay(i int) bool {
	if i < 0 || s.tok(i+1).Gap == gapNewline {
		return false
	}
	d := s.digits(i, 1, 2)
	return d == 0 || d > 31
}

// weekdayJustRead reports whether the token at i is a weekday in the
// accusative that the last date read ends with.
func (s *scan) weekdayJustRead(i int) bool {
	if i < 0 || len(s.out) == 0 || s.out[len(s.out)-1].End != s.toks[i].RE {
		return false
	}
	f, ok := weekdays[s.word(i)]
	return ok && f.c == acc
}

// monthAt returns the month named at i in the genitive, or 0.
func (s *scan) monthAt(i int, c gcase) time.Month {
	if f, ok := months[s.word(i)]; ok && f.c == c {
		return f.month
	}
	return 0
}

// dayMonth reads "28 лютого [2023 року]", "28–29 лютого", "28 лютого –
// 1 березня 2023 року". A range gives two dates; its first end takes the
// month and year of the second when it has none.
func (s *scan) dayMonth(i int) int {
	d1, j := s.dayNum(i)
	if d1 < 0 {
		return 0
	}
	if s.tok(j).Upper && s.streetBefore(i) {
		return 0 // "вулиця 8 Березня", "площа 9 Січня": a name, not a date
	}
	if s.isDash(j) {
		if d2, k := s.dayNum(j + 1); d2 >= 0 {
			if m := s.monthAt(k, gen); m != 0 {
				y, rel, end := s.yearAfter(k + 1)
				s.emitDayMaybe(i, j, y, rel, m, d1)
				s.emitDayMaybe(j+1, end, y, rel, m, d2)
				return end - i
			}
		}
	}
	if p := s.prevWord(i); (p == "з" || p == "із" || p == "від") && (s.word(j) == "по" || s.word(j) == "до") && i > 0 {
		// "з 1 по 5 березня", "від 5 до 10 квітня": the first day takes
		// the month and year of the second
		if d2, k := s.dayNum(j + 1); d2 > d1 {
			if m := s.monthAt(k, gen); m != 0 {
				y, rel, end := s.yearAfter(k + 1)
				s.emitDayMaybe(i, j, y, rel, m, d1)
				s.emitDayMaybe(j+1, end, y, rel, m, d2)
				return end - i
			}
		}
	}
	if c := s.word(j); c == "і" || c == "й" || c == "та" {
		// "2 і 3 грудня": two days of one month, the first taking the
		// month and year of the second
		if d2, k := s.dayNum(j + 1); d2 > d1 {
			if m := s.monthAt(k, gen); m != 0 {
				y, rel, end := s.yearAfter(k + 1)
				s.emitDayMaybe(i, j, y, rel, m, d1)
				s.emitDayMaybe(j+1, end, y, rel, m, d2)
				return end - i
			}
		}
	}
	m := s.monthAt(j, gen)
	if m == 0 {
		return 0
	}
	y, rel, end := s.yearAfter(j + 1)
	if y == 0 && !rel {
		y, end = s.yearBeforePreposition(j+1, end)
	}
	if y == 0 && !rel && s.isDash(end) {
		if d2, k := s.dayNum(end + 1); d2 >= 0 {
			if m2 := s.monthAt(k, gen); m2 != 0 {
				y2, rel2, end2 := s.yearAfter(k + 1)
				y1 := y2
				if y2 > 0 && m > m2 {
					y1 = y2 - 1 // 28 грудня – 3 січня 2024 року
				}
				s.emitDayMaybe(i, end, y1, rel2, m, d1)
				s.emitDayMaybe(end+1, end2, y2, rel2, m2, d2)
				return end2 - i
			}
		}
	}
	s.emitDayMaybe(i, end, y, rel, m, d1)
	return end - i
}

// yearAfter reads the year that may follow a month: "2023", "2023 року",
// "2023 р.", "2023-го", or "минулого року". It returns the year (0 when
// none is written), whether the year is relative (then y is resolved, or 0
// when the publication date is unknown), and the index after it.
func (s *scan) yearAfter(j int) (y int, rel bool, end int) {
	if t := s.tok(j); t.Kind == num && t.Gap != gapNewline {
		y := s.digits(j, 4, 4)
		if y < 1000 || y > 2999 {
			return 0, false, j
		}
		end := s.yearTail(j + 1)
		// Without року the number must end the phrase: "у лютому 2500
		// військових" is no year.
		if n := s.tok(end); end == j+1 && n.Kind != sym && n.Gap != gapNewline {
			return 0, false, j
		}
		return y, false, end
	}
	if off, end, ok := s.yearAbbr(j); ok {
		// "1 грудня ц.р.": this year's, whatever the tense
		if !s.known {
			return 0, true, end
		}
		return s.pub.Year() + off, true, end
	}
	if off, ok := yearWords[s.word(j)]; ok {
		// "у жовтні торік"
		if !s.known {
			return 0, true, j + 1
		}
		return s.pub.Year() + off, true, j + 1
	}
	if off, ok := deixis(s.word(j)); ok {
		if w := s.word(j + 1); w == "року" || w == "році" {
			if !s.known {
				return 0, true, j + 2
			}
			return s.pub.Year() + off, true, j + 2
		}
	}
	return 0, false, j
}

// yearBeforePreposition reads a bare year at k after a day and month
// when a preposition follows it: "24 лютого 2022 у Бучі", "1 січня 2023
// в Києві" (yearAfter takes a bare number only at the end of a phrase,
// as "у лютому 2500 військових" has none); else it gives 0 and end.
func (s *scan) yearBeforePreposition(k, end int) (int, int) {
	y := s.digits(k, 4, 4)
	if y < 1900 || y > 2100 || s.tok(k).Gap == gapNewline {
		return 0, end
	}
	switch s.word(k + 1) {
	case "в", "у", "о", "об", "на", "під", "біля", "після":
		return y, k + 1
	}
	return 0, end
}

// yearAbbr reads the abbreviations ц.р. (цього року) and м.р. (минулого
// року) at j, with or without a space inside, giving the year's offset
// from the publication's and the index after them.
func (s *scan) yearAbbr(j int) (off, end int, ok bool) {
	switch s.word(j) {
	case "ц":
		off = 0
	case "м":
		off = -1
	default:
		return 0, 0, false
	}
	r := s.tok(j + 2)
	if !s.isSym(j+1, '.') || r.Kind != word || r.Text != "р" || r.Upper || r.Gap > gapSpace {
		return 0, 0, false
	}
	end = j + 3
	if s.isSym(end, '.') {
		end++
	}
	return off, end, true
}

// yearWords are the adverbs of a year counted from the publication's,
// with their offset: торік is the year before.
var yearWords = map[string]int{"торік": -1, "минулоріч": -1, "цьогоріч": 0, "цьогорік": 0, "позаторік": -2}

// monthOfYear reads a month in the locative after a year named relative
// to the publication's, the year's words running from i to j: "торік у
// жовтні", "минулого року в березні" are that year's month, emitted as
// one date; it returns the tokens read, or 0.
func (s *scan) monthOfYear(i, j, off int) int {
	if n := s.dayOfYear(i, j, off); n > 0 {
		return n
	}
	if p := s.word(j); p != "у" && p != "в" {
		return 0
	}
	f, ok := months[s.word(j+1)]
	if !ok || f.c != loc {
		return 0
	}
	y := 0
	if s.known {
		y = s.pub.Year() + off
	}
	s.emitMonth(i, j+2, y, f.month)
	return j + 2 - i
}

// dayOfYear reads a day and month with no year of their own after a year
// named relative to the publication's, the year's words running from i
// to j: "торік 24 лютого", "минулого року 5 березня" are that year's day,
// emitted as one date (read alone, the day would take the year the tense
// gives, the wrong one when the story looks back a year).
func (s *scan) dayOfYear(i, j, off int) int {
	d, k := s.dayNum(j)
	if d < 0 || s.glued(j) {
		return 0
	}
	m := s.monthAt(k, gen)
	if m == 0 {
		return 0
	}
	if y, rel, _ := s.yearAfter(k + 1); y > 0 || rel {
		return 0 // the day's own year speaks for it
	}
	if !s.known {
		s.emit(i, k+1, "", false, false, Day)
	} else {
		s.emitDay(i, k+1, s.pub.Year()+off, m, d, false)
	}
	return k + 1 - i
}

// yearTail returns the index after the words that may follow a year's
// digits: -го, року, р.
func (s *scan) yearTail(j int) int {
	if t := s.tok(j); t.Kind == sym && isHyphen(t.R) && t.Gap == gapNone {
		switch w := s.tok(j + 1); {
		case w.Kind == word && w.Gap == gapNone && ordinalEnding(w.Text):
			j += 2
		default:
			return j
		}
	}
	if ok, plural := yearWord(s.word(j)); ok && !plural {
		if s.word(j) == "р" && s.isSym(j+1, '.') {
			return j + 2
		}
		return j + 1
	}
	return j
}

func ordinalEnding(w string) bool {
	switch w {
	case "го", "му", "й", "ий", "ого", "ому", "м", "ім", "ому-", "ій":
		return true
	}
	return false
}

// year reads "2023 року", "у 2023 році", "2023-го", "2022–2023 роках". A
// bare four-digit number is not read as a year.
func (s *scan) year(i int) int {
	y := s.digits(i, 4, 4)
	if y < 1000 || y > 2999 {
		return 0
	}
	// A range of years: 2022–2023 роки, 2014-2015 рр.
	if s.isDash(i+1) && s.tok(i+2).Kind == num {
		if y2 := s.digits(i+2, 4, 4); y2 > y && y2 <= 2999 {
			if ok, _ := yearWord(s.word(i + 3)); ok {
				end := i + 4
				if s.word(i+3) == "рр" || s.word(i+3) == "р" {
					if s.isSym(end, '.') {
						end++
					}
				}
				s.emitYear(i, i+1, y)
				s.emitYear(i+2, end, y2)
				return end - i
			}
		}
	}
	end := s.yearTail(i + 1)
	if end > i+1 {
		s.emitYear(i, end, y)
		return end - i
	}
	if n := s.yearRange(i, y); n > 0 {
		return n
	}
	return s.yearList(i, y)
}

// yearRange reads "з 2001 по 2004 рр.", "від 1904 до 1918 року" at the
// first year, and a range standing alone in brackets or before a mark:
// "(2006-2010)". Both ends must be plausible years close together: an
// amount such as "1500-2000 гривень" is followed by its unit.
func (s *scan) yearRange(i, y int) int {
	if p := s.prevWord(i); (p == "з" || p == "із" || p == "від") && (s.word(i+1) == "по" || s.word(i+1) == "до") {
		if y2 := s.digits(i+2, 4, 4); y2 > y && y2 <= 2999 {
			if end := s.yearTail(i + 3); end > i+3 || s.word(i+3) == "рр" || s.word(i+3) == "роки" || s.word(i+3) == "роках" {
				if end == i+3 {
					end = i + 4
					if s.isSym(end, '.') {
						end++
					}
				}
				s.emitYear(i, i+1, y)
				s.emitYear(i+2, end, y2)
				return end - i
			}
		}
	}
	if s.isDash(i+1) && s.tok(i+2).Gap <= gapSpaces {
		y2 := s.digits(i+2, 4, 4)
		if y >= 1800 && y2 > y && y2 <= 2100 && y2-y <= 50 && s.tok(i+3).Kind != word && s.tok(i+3).Kind != num {
			s.emitYear(i, i+1, y)
			s.emitYear(i+2, i+3, y2)
			return 3
		}
	}
	return 0
}

// yearList reads years listed before one plural year word: "у 1994, 1997
// і 2005 роках".
func (s *scan) yearList(i, y int) int {
	ends := []int{i}
	j := i + 1
	for len(ends) < 20 {
		t := s.tok(j)
		sep := (t.Kind == sym && t.R == ',' && t.Gap != gapNewline) || s.word(j) == "і" || s.word(j) == "й" || s.word(j) == "та" || s.word(j) == "або"
		if !sep || s.digits(j+1, 4, 4) < 1000 {
			break
		}
		ends = append(ends, j+1)
		j += 2
	}
	if len(ends) < 2 {
		return 0
	}
	last := ends[len(ends)-1]
	ok, plural := yearWord(s.word(last + 1))
	if !ok || !plural {
		return 0
	}
	end := last + 2
	if s.word(last+1) == "рр" && s.isSym(end, '.') {
		end++
	}
	for _, k := range ends[:len(ends)-1] {
		s.emitYear(k, k+1, s.digits(k, 4, 4))
	}
	s.emitYear(last, end, s.digits(last, 4, 4))
	return end - i
}

// count reads a small count at i, in digits or words; -1 when none.
func (s *scan) count(i int) (int, int) {
	if t := s.tok(i); t.Kind == num {
		if n := s.digits(i, 1, 3); n > 0 {
			return n, i + 1
		}
		return -1, i
	}
	if t := s.tok(i); t.Kind != word {
		return -1, i
	}
	if n, ok := small[s.tok(i).Text]; ok && n > 0 {
		return n, i + 1
	}
	return -1, i
}

// ago reads "3 дні тому", "два тижні тому", "рік тому".
func (s *scan) ago(i int) int {
	n, j := s.count(i)
	w := s.word(j)
	if j == i && s.tok(i).Kind == word {
		w = s.tok(i).Text // "Рік тому …" opening a line, where word gives ""
	}
	u, singular := unitWord(w)
	if u == noUnit || (n < 0 && !singular) || s.word(j+1) != "тому" {
		return 0
	}
	if n < 0 {
		n = 1
	}
	s.emitShift(i, j+2, u, -n)
	return j + 2 - i
}

// ahead reads "через 3 дні", "через тиждень" at i, the word через.
func (s *scan) ahead(i int) int {
	n, j := s.count(i + 1)
	u, singular := unitWord(s.word(j))
	if u == noUnit || (n < 0 && !singular) {
		return 0
	}
	if n < 0 {
		n = 1
	}
	if s.word(j+1) == "після" {
		return 0 // "через тиждень після заяви президента": after that, not after publication
	}
	if s.tense(i, j+1) == Past {
		return 0 // "через рік поїхав": a year after a told event, not after publication
	}
	s.emitShift(i, j+1, u, n)
	return j + 1 - i
}

// dayBefore reports whether "напередодні" stands alone, as an adverb,
// before the token n (lower-cased word w): a mark, a preposition or a
// conjunction, or a verb in the past (зустрівся, провела, взяли). The
// scanner has no tags: a noun in the genitive (саміту, зустрічі,
// виборів) is told from a verb by its ending.
func dayBefore(n *token, w string) bool {
	if n.Kind != word {
		return true
	}
	switch w {
	case "в", "у", "на", "з", "із", "і", "й", "та", "також", "ввечері", "вранці":
		return true
	}
	for _, e := range []string{"в", "ла", "ли", "ло", "вся", "лася", "лися", "лось", "лося"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// nameThenVerb reports whether token i is a capitalised word followed by
// a verb in the past: "Напередодні Угорщина звинуватила …" has the
// subject between the adverb and its verb, while "напередодні Дня
// Незалежності" names a day.
func (s *scan) nameThenVerb(i int) bool {
	t := s.tok(i)
	if t.Kind != word || !t.Upper {
		return false
	}
	n := s.tok(i + 1)
	return n.Kind == word && !n.Upper && dayBefore(n, s.word(i+1))
}

// subjectThenVerb reports whether a subject of up to two words in the
// nominative stands between напередодні and its verb in the past, at i:
// "напередодні російські війська атакували …", unlike "напередодні
// російського вторгнення" (a genitive) or "напередодні візиту".
func (s *scan) subjectThenVerb(i int) bool {
	for k := 0; k < 3; k++ {
		w := s.word(i + k)
		if w == "" {
			return false
		}
		if k > 0 && pastVerb(w) {
			return true
		}
		if k == 0 && (strings.HasSuffix(w, "ння") || strings.HasSuffix(w, "ття")) && !pastVerb(s.word(i+1)) {
			// "напередодні голосування депутати провели": a noun of an
			// act, its genitive the nominative's form, with another
			// noun after it is the act's genitive, not the subject
			return false
		}
		if k > 0 && pluralAdjective(s.word(i+k-1)) {
			continue // "напередодні польські гості зустрілися": a noun after a plural adjective in the nominative agrees with it
		}
		for _, e := range []string{"ого", "ої", "их", "ів", "ості", "у", "ю", "ею", "ям", "ам", "ом", "ем"} {
			if strings.HasSuffix(w, e) {
				return false
			}
		}
	}
	return false
}

// pluralAdjective reports an adjective in the nominative plural by its
// ending (польські, іноземні, нові): the noun after it is in the
// nominative too, even one that ends as a genitive does (гості,
// новини). Words that end so but are no adjectives (пісні, річниці)
// pass, as their endings are not listed.
func pluralAdjective(w string) bool {
	for _, e := range []string{"ські", "цькі", "зькі", "ові", "еві", "ні", "кі"} {
		if strings.HasSuffix(w, e) && len([]rune(w)) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// titleThenVerb reports whether a person's title and name stand between
// напередодні and its verb in the past, at i: "Напередодні речниця МЗС
// Росії Марія Захарова заявила", "напередодні міністр оборони Рустем
// Умєров провів".
func (s *scan) titleThenVerb(i int) bool {
	if !titleWords[s.word(i)] {
		return false
	}
	for k := 1; k < 7; k++ {
		w := s.word(i + k)
		if w == "" {
			return false
		}
		if pastVerb(w) {
			return k >= 2 && s.tok(i+k-1).Upper
		}
	}
	return false
}

// bodyThenVerb reports whether a body's name stands between напередодні
// and its verb in the past, at i: "Напередодні Служба безпеки України
// затримала …", "напередодні Верховна Рада ухвалила …". The name opens
// with a body's head noun in the nominative and ends capitalised right
// before the verb (not "напередодні Дня Незалежності", a day).
func (s *scan) bodyThenVerb(i int) bool {
	if t := s.tok(i); !t.Upper || !bodyHeads[s.word(i)] {
		return false
	}
	for k := 1; k < 6; k++ {
		w := s.word(i + k)
		if w == "" {
			return false
		}
		if pastVerb(w) {
			return s.tok(i + k - 1).Upper
		}
	}
	return false
}

// placeBodyThenVerb reports whether a body named by its place stands
// between напередодні and its verb in the past, at i: "Напередодні
// Одеська міська рада на засіданні виконкому оштрафувала …",
// "напередодні Київська обласна прокуратура повідомила …". The name opens
// with a capitalised adjective in the nominative singular, lower-case
// adjectives follow, then a body's head noun; the verb comes next or
// after one phrase under на, у or в of two words at most.
func (s *scan) placeBodyThenVerb(i int) bool {
	if t := s.tok(i); !t.Upper || !nominativeAdjective(s.word(i)) {
		return false
	}
	k := 1
	for k < 4 && s.tok(i+k).Kind == word && !s.tok(i+k).Upper && nominativeAdjective(s.word(i+k)) {
		k++
	}
	if !placeBodyHeads[s.word(i+k)] {
		return false
	}
	k++
	switch s.word(i + k) {
	case "на", "у", "в":
		for n := 1; n <= 3; n++ {
			if pastVerb(s.word(i + k + n)) {
				return n >= 2
			}
		}
		return false
	}
	return pastVerb(s.word(i + k))
}

// nominativeAdjective reports an adjective in the nominative singular by
// its ending: Одеська, міська, обласний, районне.
func nominativeAdjective(w string) bool {
	for _, e := range []string{"ська", "цька", "зька", "ський", "цький", "зький", "ське", "цьке", "на", "ний", "не"} {
		if strings.HasSuffix(w, e) && len([]rune(w)) > len([]rune(e))+1 {
			return true
		}
	}
	return false
}

// placeBodyHeads are the head nouns of bodies named by their place.
var placeBodyHeads = map[string]bool{
	"рада": true, "адміністрація": true, "прокуратура": true, "поліція": true, "держадміністрація": true,
	"влада": true, "служба": true, "міськрада": true, "облрада": true, "райрада": true, "сільрада": true,
}

// bodyHeads open the names of bodies in the nominative.
var bodyHeads = map[string]bool{
	"служба": true, "міністерство": true, "верховна": true, "кабінет": true, "офіс": true, "генеральний": true,
	"генеральна": true, "державна": true, "державне": true, "національна": true, "національне": true,
	"національний": true, "центр": true, "рада": true, "посольство": true, "прокуратура": true, "комітет": true,
}

// countedThenVerb reports whether a counted subject stands between
// напередодні and its verb in the past, at i: "Напередодні кілька сотень
// прихильників опозиції пікетували …", "напередодні близько 300 гірників
// вийшли …". The count opens it (a word of quantity or a number), its
// genitive words follow, the verb within six words.
func (s *scan) countedThenVerb(i int) bool {
	if t := s.tok(i); !countWords[s.word(i)] && (t.Kind != num || t.Gap == gapNewline) {
		return false
	}
	for k := 1; k < 7; k++ {
		w := s.word(i + k)
		if w == "" {
			if t := s.tok(i + k); t.Kind == num && t.Gap != gapNewline {
				continue // "близько 300 гірників"
			}
			return false
		}
		if pastVerb(w) {
			return k >= 2
		}
	}
	return false
}

// countWords open a counted subject: кілька сотень, близько 300, понад
// тисячу, десятки.
var countWords = map[string]bool{
	"кілька": true, "декілька": true, "близько": true, "понад": true, "майже": true, "щонайменше": true,
	"десятки": true, "сотні": true, "тисячі": true, "сотня": true, "група": true,
}

// titleWords are the titles a person is named with as a subject.
var titleWords = map[string]bool{
	"речник": true, "речниця": true, "міністр": true, "міністерка": true, "президент": true, "президентка": true,
	"прем'єр": true, "прем'єрка": true, "прем'єр-міністр": true, "прем'єр-міністерка": true, "посол": true,
	"посолка": true, "голова": true, "очільник": true, "очільниця": true, "керівник": true, "керівниця": true,
	"генсек": true, "канцлер": true, "депутат": true, "депутатка": true, "спікер": true, "спікерка": true,
	"віцепрем'єр": true, "віцепрем'єр-міністр": true,
}

func (s *scan) words(i int) int {
	w := s.word(i)
	if w == "" {
		w = s.tok(i).Text // a word at the start of a line
	}
	switch w {
	case "через":
		return s.ahead(i)
	case "сьогодні":
		s.emitRel(i, i+1, 0)
		return 1
	case "вчора", "учора":
		s.emitRel(i, i+1, -1)
		return 1
	case "позавчора":
		s.emitRel(i, i+1, -2)
		return 1
	case "напередодні":
		// "напередодні зустрівся": the day before; "напередодні саміту"
		// is before an event the text names, not a date.
		if dayBefore(s.tok(i+1), s.word(i+1)) || s.nameThenVerb(i+1) || s.subjectThenVerb(i+1) || s.titleThenVerb(i+1) || s.countedThenVerb(i+1) ||
			s.bodyThenVerb(i+1) || s.placeBodyThenVerb(i+1) {
			s.emitRel(i, i+1, -1)
			return 1
		}
		return 0
	case "вночі", "уночі":
		// "Росія вночі атакувала енергетику Одещини": the night before the
		// morning of publication, which is its day; "27 листопада вночі",
		// "вночі 5 березня", "вночі на середу" are dated by their day.
		if s.night(i, i+1) {
			s.emitRel(i, i+1, 0)
			return 1
		}
		return 0
	case "вранці", "уранці", "зранку":
		// "Вранці Федоров провів нараду": the morning of the day of
		// publication, as вночі; "у понеділок вранці", "вранці 5
		// березня", "сьогодні вранці" are dated by their day, and a
		// habit ("вранці ми перевіряємо") by none.
		if s.night(i, i+1) && !s.toldWithin(i) {
			s.emitRel(i, i+1, 0)
			return 1
		}
		return 0
	case "ночі":
		if p := s.prevWord(i); (p == "протягом" || p == "впродовж" || p == "упродовж") && s.night(i-1, i+1) {
			s.emitRel(i-1, i+1, 0) // "протягом ночі противник запустив"
			return 1
		}
		return 0
	case "завтра":
		s.emitRel(i, i+1, 1)
		return 1
	case "післязавтра":
		s.emitRel(i, i+1, 2)
		return 1
	}
	if off, ok := yearWords[w]; ok {
		if n := s.monthOfYear(i, i+1, off); n > 0 {
			return n // "торік у жовтні"
		}
		s.emitRelYear(i, i+1, off)
		return 1
	}
	if off, ok := deixis(w); ok {
		return s.deictic(i, off)
	}
	if strings.IndexByte(w, '-') >= 0 { // (ContainsRune is two calls deep for every word)
		return s.monthPair(i, w)
	}
	if !dateSieve.May(w) || !dateWords[w] {
		return 0 // neither a month, a weekday nor a count of a unit (ago)
	}
	prev := s.prevWord(i)
	if f, ok := months[w]; ok {
		if s.noDay(i - 1) {
			return 0 // "32 січня 2023 року": an impossible day, not the month
		}
		y, rel, end := s.yearAfter(i + 1)
		switch {
		case y > 0 || rel:
			// лютого 2023 року, у лютому 2023 р., лютий 2023, у
			// лютому минулого року
			s.emitMonth(i, end, y, f.month)
			return end - i
		case f.c == loc && (prev == "у" || prev == "в" || prev == "во"):
			s.emitMonthTense(i, i+1, f.month)
			return 1
		case f.c == gen && monthPrepositions[prev]:
			s.emitMonthTense(i, i+1, f.month)
			return 1
		case f.c == nom && prev == "на" && (w != "лютий" || s.tok(i+1).Kind != word) &&
			!s.isDash(i+1) && (i < 2 || s.prevWord(i-1) != "станом"):
			// The accusative (лютий alone, not "на лютий мороз"; not a
			// range, "на травень – грудень 2026 року", nor a state,
			// "станом на листопад"): what is set for a month is to come
			// whatever the verb ("засідання перенесли на лютий").
			// ("за жовтень" is left: the month a wage or a count is for,
			// rarely when a told event happened.)
			if !s.known {
				s.emit(i, i+1, "", false, false, Month)
			} else {
				s.emitMonthIn(i, i+1, f.month, Future)
			}
			return 1
		}
		return 0
	}
	if f, ok := weekdays[w]; ok {
		if s.dayFollows(i+1) && (prev == "у" || prev == "в" || prev == "во" || prev == "з" || prev == "із" || prev == "від" || prev == "до") {
			// "у неділю, 4 березня": the day written out dates it, and
			// the weekday alone may point to another week; it takes
			// the day's value when the day falls on it (weekdaysApposed).
			s.apposed = append(s.apposed, apposed{len(s.out), f.day})
			s.emit(i, i+1, "", false, true, Day)
			return 1
		}
		switch {
		case f.c == acc && (prev == "у" || prev == "в" || prev == "во"):
			s.emitWeekdayTense(i, i+1, f.day)
			return 1
		case f.c == acc && (prev == "і" || prev == "й" || prev == "та") && s.weekdayJustRead(i-2):
			// "у понеділок і вівторок": the second weekday shares the
			// preposition of the first
			s.emitWeekdayTense(i, i+1, f.day)
			return 1
		case f.c == gen && (prev == "з" || prev == "із") && i >= 2 && nightWords[s.prevWord(i-1)] && s.word(i+1) == "на":
			// "у ніч з понеділка на вівторок", "вночі з суботи на
			// неділю": dated by the day it runs into, read at на
			return 0
		case f.c == gen && (prev == "з" || prev == "із" || prev == "від" || prev == "до"):
			s.emitWeekdayTense(i, i+1, f.day)
			return 1
		case f.c == acc && prev == "на" && i >= 2 && (s.prevWord(i-1) == "ніч" || s.nightFrom(i-1)):
			// "в ніч на середу", "у ніч з вівторка на середу": the night
			// before that day, dated by it
			from := i - 2
			if s.prevWord(i-1) != "ніч" {
				from -= 2 // past "з вівторка"
			}
			if w := s.prevWord(from); from >= 1 && (w == "в" || w == "у") {
				from--
			}
			s.emitWeekdayTense(from, i+1, f.day)
			return 1
		case f.c == gen && prev == "проти" && i >= 2 && (s.prevWord(i-1) == "ніч" || s.prevWord(i-1) == "вночі" || s.prevWord(i-1) == "уночі"):
			// "уночі проти четверга", "в ніч проти неділі": the night
			// before that day, dated by it, as "в ніч на середу"
			from := i - 2
			if w := s.prevWord(from); s.prevWord(i-1) == "ніч" && from >= 1 && (w == "в" || w == "у") {
				from--
			}
			s.emitWeekdayTense(from, i+1, f.day)
			return 1
		}
		return 0
	}
	return s.ago(i)
}

// nightFrom reports whether the words before token i say "ніч з
// <weekday>" ("у ніч з вівторка на середу", "вночі з суботи на неділю",
// i at на): the weekday the night runs from.
func (s *scan) nightFrom(i int) bool {
	f, ok := weekdays[s.prevWord(i)]
	return ok && f.c == gen && i >= 3 && (s.prevWord(i-1) == "з" || s.prevWord(i-1) == "із") && nightWords[s.prevWord(i-2)]
}

// nightWords name the night in "у ніч з вівторка на середу" and "вночі
// з суботи на неділю".
var nightWords = map[string]bool{"ніч": true, "вночі": true, "уночі": true}

// monthPair reads two months joined by a hyphen into one word, w at i, in
// the genitive or the locative: "у січні-грудні 2015 року", "протягом
// вересня-грудня 2015 року", "у травні-жовтні". They give two dates, one
// per month; the first takes the year of the second, or the year before
// when it comes later in the calendar (грудня-лютого 2016 року). Without a
// year, the second month is resolved by the tense as "у жовтні" would be.
func (s *scan) monthPair(i int, w string) int {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.ContainsRune(b, '-') {
		return 0
	}
	f1, ok1 := months[a]
	f2, ok2 := months[b]
	if !ok1 || !ok2 || f1.c != f2.c || (f1.c != gen && f1.c != loc) || f1.month == f2.month {
		return 0
	}
	t := s.tok(i)
	raw := s.text[t.BS:t.BE]
	cut := strings.IndexFunc(raw, sc.IsHyphen)
	if cut < 0 {
		return 0
	}
	_, hl := utf8.DecodeRuneInString(raw[cut:])
	rcut := t.RS + utf8.RuneCountInString(raw[:cut])
	y, rel, end := s.yearAfter(i + 1)
	if y == 0 && !rel {
		prev := s.prevWord(i)
		if !(f1.c == loc && (prev == "у" || prev == "в" || prev == "во")) && !(f1.c == gen && monthPrepositions[prev]) {
			return 0
		}
		if !s.known {
			return 0
		}
		s.emitMonthTense(i, i+1, f2.month)
		last := s.out[len(s.out)-1]
		s.out = s.out[:len(s.out)-1]
		if last.Value == nil {
			return 1
		}
		y, _ = strconv.Atoi((*last.Value)[:4])
		end = i + 1
	}
	if y <= 0 {
		return 0
	}
	y1 := y
	if f1.month > f2.month {
		y1--
	}
	first := time.Date(y1, f1.month, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	s.out = append(s.out, vistka.Date{Text: raw[:cut], Start: t.RS, End: rcut, Value: &first, Relative: rel, Granularity: Month})
	second := time.Date(y, f2.month, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	e := s.toks[end-1]
	s.out = append(s.out, vistka.Date{Text: s.text[t.BS+cut+hl : e.BE], Start: rcut + 1, End: e.RE, Value: &second, Relative: rel, Granularity: Month})
	return end - i
}

// dayFollows reports whether a day and month stand at j, after a comma or
// a bracket or none: "у неділю, 4 березня", "у середу (12 березня)".
func (s *scan) dayFollows(j int) bool {
	if t := s.tok(j); t.Kind == sym && (t.R == ',' || t.R == '(') && t.Gap != gapNewline {
		j++
	}
	if s.tok(j).Gap == gapNewline {
		return false
	}
	d, k := s.dayNum(j)
	return d > 0 && s.monthAt(k, gen) != 0
}

// deictic reads what follows минулого, цього, наступного, … at i.
func (s *scan) deictic(i, off int) int {
	w := s.word(i + 1)
	switch w {
	case "тижня", "тижні", "тиждень":
		s.emitWeek(i, i+2, off)
		return 2
	case "місяця", "місяці", "місяць":
		s.emitRelMonth(i, i+2, off)
		return 2
	case "року", "році", "рік":
		if n := s.monthOfYear(i, i+2, off); n > 0 {
			return n // "минулого року в березні"
		}
		s.emitRelYear(i, i+2, off)
		return 2
	case "ночі":
		// "цієї ночі", "минулої ночі": the night before the morning of
		// publication, as вночі
		if (off == 0 || off == -1) && s.night(i, i+2) {
			s.emitRel(i, i+2, 0)
			return 2
		}
		return 0
	}
	if f, ok := weekdays[w]; ok && f.c != nom {
		s.emitWeekday(i, i+2, f.day, off)
		return 2
	}
	return 0
}

// toldWithin reports whether token i stands inside a quote (more «
// than » before it in its paragraph) or after що in its sentence: a
// morning a speaker tells of ("«Вранці приїхали екскаватори…»",
// "розповів, що ввечері залишив трактор …, а зранку побачив") is the
// story's, not the day of publication.
func (s *scan) toldWithin(i int) bool {
	before := s.text[:s.tok(i).BS]
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		before = before[nl+1:]
	}
	if strings.Count(before, "«")+strings.Count(before, "„") > strings.Count(before, "»")+strings.Count(before, "“") {
		return true
	}
	for k := i - 1; k >= 0; k-- {
		t := s.tok(k)
		if sentenceEnd(t) {
			return false
		}
		if s.word(k) == "що" {
			return true
		}
		if t.Gap == gapNewline {
			return false
		}
	}
	return false
}

// night reports whether the night at tokens [i, to) (вночі; цієї ночі,
// протягом ночі) is dated by the publication day alone: its clause tells
// what was done (not a habit: "роботи ведемо вночі", "зниження
// температури вночі"), no date stands right before it (сьогодні вночі,
// вчора вночі, 27 листопада вночі) and no day or preposition that names
// one follows it (вночі 5 березня, вночі на середу, уночі проти неділі,
// цієї ночі з суботи на неділю).
func (s *scan) night(i, to int) bool {
	if n := len(s.out); n > 0 && i > 0 && s.out[n-1].End == s.toks[i-1].RE {
		return false
	}
	if i > 0 && (s.tok(i-1).Text == "«" || s.tok(i-1).Text == "\"") {
		return false // a title: проєкт «Вночі»
	}
	if p := s.prevWord(i); p == "сьогодні" || p == "вчора" || p == "учора" || p == "позавчора" || p == "завтра" {
		return false
	}
	for k := i + 1; k <= i+2 && k < len(s.toks); k++ {
		t := s.tok(k)
		if t.Gap == gapNewline {
			break
		}
		w := s.word(k)
		switch {
		case w == "на" || w == "проти" || w == "з" || w == "із" || w == "зі":
			return false
		case t.Kind == num:
			return false
		}
		if w == "ночі" {
			continue
		}
		break
	}
	return s.tense(i, to) == Past
}

// emit appends a date for tokens [from, to).
func (s *scan) emit(from, to int, value string, ok bool, relative bool, gran string) {
	d := vistka.Date{
		Text:        s.text[s.toks[from].BS:s.toks[to-1].BE],
		Start:       s.toks[from].RS,
		End:         s.toks[to-1].RE,
		Relative:    relative,
		Granularity: gran,
	}
	if ok {
		d.Value = &value
	}
	s.out = append(s.out, d)
}

func validDay(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && t.Year() == y && t.Month() == m && t.Day() == d
}

func (s *scan) emitDay(from, to, y int, m time.Month, d int, relative bool) {
	t, ok := validDay(y, m, d)
	s.emit(from, to, t.Format(time.DateOnly), ok, relative, Day)
}

// emitDayMaybe emits a day whose year may be missing (y == 0): then the
// year is the one that puts the day on the side of the publication date
// the tense says, or the nearest one when the tense is unknown.
func (s *scan) emitDayMaybe(from, to, y int, rel bool, m time.Month, d int) {
	if y > 0 {
		s.emitDay(from, to, y, m, d, false)
		return
	}
	if rel || !s.known {
		if !rel {
			s.yearless = append(s.yearless, yearless{len(s.out), m, d})
		}
		s.emit(from, to, "", false, false, Day)
		return
	}
	py := s.pub.Year()
	tense := Past
	if !s.dated(from, to) {
		tense = s.tense(from, to)
	}
	var best time.Time
	found, tie := false, false
	bestDist := time.Duration(0)
	for _, cy := range [...]int{py - 1, py, py + 1} {
		t, ok := validDay(cy, m, d)
		if !ok {
			continue
		}
		switch tense {
		case Past:
			// The latest on or before the publication day, a day of
			// slack for time zones.
			if !t.After(s.pub.AddDate(0, 0, 1)) {
				best, found = t, true
			}
		case Future:
			if !found && !t.Before(s.pub.AddDate(0, 0, -1)) {
				best, found = t, true
			}
		default:
			dist := t.Sub(s.pub)
			if dist < 0 {
				dist = -dist
			}
			switch {
			case !found || dist < bestDist:
				best, bestDist, found, tie = t, dist, true, false
			case dist == bestDist:
				tie = true
			}
		}
	}
	if found && !tie {
		s.guessed = append(s.guessed, yearless{len(s.out), m, d})
	}
	s.emit(from, to, best.Format(time.DateOnly), found && !tie, false, Day)
}

// dated reports whether the day at tokens [from, to) dates a document: "від"
// before it and a document noun a few words back, as in "ухвалі
// Печерського райсуду від 10 вересня" or "рішення від 27 березня". A
// document dated so already exists, so the day is on or before
// publication whatever the verb. "від 5 до 10 березня" is a range, not a
// dating, and so is a day followed by до or по.
func (s *scan) dated(from, to int) bool {
	if from < 2 || s.prevWord(from) != "від" || s.tok(from-1).Gap == gapNewline {
		return false
	}
	if w := s.word(to); w == "до" || w == "по" || s.isDash(to) {
		return false
	}
	const reach = 8 // words between the noun and від: "постанова Одеського апеляційного господарського суду від"
	for k, n := from-2, 0; k >= 0 && n < reach; k-- {
		t := s.tok(k)
		if t.Kind != word {
			if t.Kind == sym && (t.R == ';' || t.R == ':' || t.R == '!' || t.R == '?') {
				return false
			}
			if t.Kind == sym && t.R == '.' && !s.abbreviation(k-1) {
				return false
			}
			if t.Gap == gapNewline {
				return false
			}
			continue
		}
		if documentNouns[t.Text] {
			return true
		}
		if t.Gap == gapNewline {
			return false
		}
		n++
	}
	return false
}

// abbreviation reports a short word in lower case at k, the kind a dot
// after it shortens rather than ends a sentence: "м. Києва", "вул. Лесі".
func (s *scan) abbreviation(k int) bool {
	t := s.tok(k)
	return k >= 0 && t.Kind == word && !t.Upper && utf8.RuneCountInString(t.Text) <= 3
}

// documentNouns are the forms of nouns for documents that "від" and a day
// date: рішення, ухвала, постанова, розпорядження, наказ, указ, лист,
// договір, угода, протокол, заява, вирок, акт.
var documentNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`рішення рішенні рішенням рішень
		ухвала ухвали ухвалі ухвалу ухвалою
		постанова постанови постанові постанову постановою
		розпорядження розпорядженні розпорядженням
		наказ наказу наказі наказом указ указу указі указом
		лист листа листі листом листу
		договір договору договорі договором угода угоди угоді угоду угодою
		протокол протоколу протоколі протоколом заява заяви заяві заяву заявою
		вирок вироку вироком акт акта акту акті актом`) {
		m[w] = true
	}
	return m
}()

func (s *scan) emitYear(from, to, y int) {
	s.emit(from, to, strconv.Itoa(y), true, false, Year)
}

func (s *scan) emitMonth(from, to, y int, m time.Month) {
	if y <= 0 {
		s.emit(from, to, "", false, false, Month)
		return
	}
	s.emit(from, to, time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), true, false, Month)
}

// emitMonthTense emits a month named without a year: "у лютому".
func (s *scan) emitMonthTense(from, to int, m time.Month) {
	if !s.known {
		s.emit(from, to, "", false, false, Month)
		return
	}
	s.emitMonthIn(from, to, m, s.tense(from, to))
}

// emitMonthIn emits month m of the year that puts it on the side of
// publication tense says (this month itself either way), or the nearest
// year when the tense is unknown.
func (s *scan) emitMonthIn(from, to int, m time.Month, tense Tense) {
	py, pm := s.pub.Year(), s.pub.Month()
	y := py
	switch tense {
	case Past:
		if m > pm {
			y--
		}
	case Future:
		if m < pm {
			y++
		}
	default:
		switch d := int(m) - int(pm); {
		case d > 6:
			y--
		case d < -6:
			y++
		case d == 6 || d == -6:
			s.emit(from, to, "", false, false, Month)
			return
		}
	}
	s.emitMonth(from, to, y, m)
}

// emitRel emits a day off days from publication: вчора, завтра.
func (s *scan) emitRel(from, to, days int) {
	s.emit(from, to, s.pub.AddDate(0, 0, days).Format(time.DateOnly), s.known, true, Day)
}

func (s *scan) emitRelYear(from, to, years int) {
	s.emit(from, to, strconv.Itoa(s.pub.Year()+years), s.known, true, Year)
}

func (s *scan) emitRelMonth(from, to, months int) {
	t := time.Date(s.pub.Year(), s.pub.Month()+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	s.emit(from, to, t.Format("2006-01"), s.known, true, Month)
}

// monday returns the Monday of the week t is in.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// emitWeek emits a week as its Monday: минулого тижня.
func (s *scan) emitWeek(from, to, weeks int) {
	t := monday(s.pub).AddDate(0, 0, 7*weeks)
	s.emit(from, to, t.Format(time.DateOnly), s.known, true, Week)
}

// emitWeekday emits the weekday of a week named by its offset from the
// publication week: "минулого вівторка" is the Tuesday of last week.
func (s *scan) emitWeekday(from, to int, wd time.Weekday, weeks int) {
	t := monday(s.pub).AddDate(0, 0, 7*weeks+(int(wd)+6)%7)
	s.emit(from, to, t.Format(time.DateOnly), s.known, true, Day)
}

// emitWeekdayTense emits "у вівторок": in the past, the last such day on
// or before publication; in the future, the first on or after it; with the
// tense unknown, the nearer of the two.
func (s *scan) emitWeekdayTense(from, to int, wd time.Weekday) {
	if !s.known {
		s.emit(from, to, "", false, true, Day)
		return
	}
	back := (int(s.pub.Weekday()) - int(wd) + 7) % 7
	fwd := (7 - back) % 7
	days := -back
	switch s.tense(from, to) {
	case Past:
	case Future:
		days = fwd
	default:
		if fwd < back {
			days = fwd
		}
	}
	s.emitRel(from, to, days)
}

// emitShift emits a date n units from publication: 3 дні тому (n = -3).
func (s *scan) emitShift(from, to int, u unit, n int) {
	p := s.pub
	switch u {
	case day:
		s.emit(from, to, p.AddDate(0, 0, n).Format(time.DateOnly), s.known, true, Day)
	case week:
		s.emit(from, to, monday(p.AddDate(0, 0, 7*n)).Format(time.DateOnly), s.known, true, Week)
	case month:
		t := time.Date(p.Year(), p.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		s.emit(from, to, t.Format("2006-01"), s.known, true, Month)
	case year:
		y := p.Year() + n
		s.emit(from, to, strconv.Itoa(y), s.known && y >= 1000, true, Year)
	}
}

// tense asks the Finder's TenseFunc about the expression at tokens
// [from, to), giving it the sentence around it.
func (s *scan) tense(from, to int) Tense {
	const reach = 80 // tokens; keeps pathological text linear
	a := from
	for a > 0 && from-a < reach && !s.sentenceStart(a) {
		a--
	}
	b := to
	for b < len(s.toks) && b-to < reach && !s.sentenceStart(b) {
		b++
	}
	expr := vistka.Range{Start: s.toks[from].RS, End: s.toks[to-1].RE}
	if s.f.Tense == nil {
		// SurfaceTense on the tokens already scanned.
		if s.cache == nil {
			s.cache = make([]int8, len(s.toks))
		}
		return decide(surfaceCues(s.toks[a:b], 0, s.cache[a:b]), expr)
	}
	return s.f.Tense(Context{
		Sentence: s.text[s.toks[a].BS:s.toks[b-1].BE],
		Start:    s.toks[a].RS,
		Expr:     expr,
	})
}

// sentenceStart reports whether a sentence starts at token k: after a line
// break, or after . ! ? … and a space before a capital, a digit or a mark.
func (s *scan) sentenceStart(k int) bool {
	t := s.tok(k)
	if k == 0 || t.Gap == gapNewline {
		return true
	}
	p := s.tok(k - 1)
	if p.Kind != sym || t.Gap == gapNone {
		return false
	}
	switch p.R {
	case '.', '!', '?', '…':
		return t.Kind != word || t.Upper
	}
	return false
}

// storyYear gives a day written without a year the year of the date
// told just before it when that date is in an earlier year than the one
// the publication date gave the day, and the day goes on the story that
// date began: it opens the sentence after the dated one (past a
// conjunction or an adverb of sequence) or goes on the same one after a
// comma and a conjunction, no other date between, and falls on or after
// that date and less than half a year later. "Нагадаємо, 31 липня 2018
// року прокуратура затримала посадовицю. 2 серпня їй повідомили про
// підозру" is 2018-08-02 in a story published in 2019, as is "…
// затримали 31 липня 2018 року, а 2 серпня …"; "… 20 грудня 2018 року.
// 5 січня …" stays in the publication's year (a day before the one told).
func (s *scan) storyYear() {
	for _, g := range s.guessed {
		if g.at == 0 {
			continue
		}
		prev, cur := s.out[g.at-1], s.out[g.at]
		if prev.Value == nil || prev.Relative || prev.Granularity != Day && prev.Granularity != Month || cur.Value == nil {
			continue
		}
		v := *prev.Value
		if prev.Granularity == Month {
			v += "-01"
		}
		anchor, err := time.Parse(time.DateOnly, v)
		if err != nil || anchor.Year() >= yearOf(*cur.Value) {
			continue
		}
		t, ok := validDay(anchor.Year(), g.m, g.d)
		if !ok || t.Before(anchor) || !t.Before(anchor.AddDate(0, 6, 0)) || !s.opensNextSentence(prev.End, cur.Start) {
			continue
		}
		val := t.Format(time.DateOnly)
		s.out[g.at].Value = &val
	}
}

// yearOf returns the year a resolved date value opens with.
func yearOf(v string) int {
	y, _ := strconv.Atoi(v[:min(4, len(v))])
	return y
}

// storyOpeners are the words a sentence that goes on a story may open
// with before its day: "А 8 травня", "Вже 4 квітня".
var storyOpeners = map[string]bool{"а": true, "і": true, "й": true, "та": true, "але": true, "проте": true,
	"вже": true, "потім": true, "згодом": true, "тоді": true, "далі": true, "відтак": true}

// opensNextSentence reports whether the date that starts at code point
// start opens the sentence right after the one that holds the code point
// end (past storyOpeners): one sentence end between them.
func (s *scan) opensNextSentence(end, start int) bool {
	k := slices.IndexFunc(s.toks, func(t token) bool { return t.RS >= start })
	if k <= 0 {
		return false
	}
	j := k
	for n := 0; n < 2 && j > 0 && s.toks[j].Gap != gapNewline && s.toks[j-1].Kind == word && storyOpeners[s.toks[j-1].Text]; n++ {
		j--
	}
	if j < k && s.tok(j-1).Kind == sym && s.tok(j-1).R == ',' {
		// the same sentence goes on: "…, а 5 березня фірма почала роботи"
		return s.boundaries(j-1, end) == 0
	}
	if s.toks[j].Gap != gapNewline && !sentenceEnd(s.tok(j-1)) {
		return false
	}
	return s.boundaries(j-1, end) == 0
}

// boundaries counts the sentence ends before token j back to the code
// point end: a new line, or a full stop before a capital.
func (s *scan) boundaries(j, end int) int {
	ends := 0
	for i := j; i > 0 && s.toks[i-1].RS >= end; i-- {
		if s.toks[i].Gap == gapNewline || sentenceEnd(&s.toks[i-1]) && s.toks[i].Upper {
			ends++
		}
	}
	return ends
}

// sentenceEnd reports a full stop, a question or an exclamation mark.
func sentenceEnd(t *token) bool {
	return t.Kind == sym && (t.R == '.' || t.R == '!' || t.R == '?')
}
