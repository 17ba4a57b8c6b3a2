package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// Sentences splits text into sentences of tokens. Every token of text is in
// exactly one sentence; a sentence's Tokens is a slice of one array shared
// by all the sentences (capped, so appending to one never overwrites the
// next).
//
// A sentence ends at a line break (a paragraph a line: headlines without a
// full stop end there too) and after . ! ? … unless what follows says
// otherwise: a lower-case word, a comma, or a dash and a lower-case word
// ("Ми готові!» — наголосив він."). Closing quotes and brackets right after
// the full stop stay with the sentence. Abbreviations (ім., вул., т. зв.)
// and initials (Е. Блінкен) do not end sentences, except those that often
// do (тис., грн., р., т. д.) when a capitalised word follows.
func Sentences(text string) []vistka.Sentence {
	var s Scanner
	s.Init(text)
	toks, breaks := s.all()
	return split(toks, breaks, make([]vistka.Sentence, 0, len(toks)/16+1))
}

// split appends the sentences of toks to out; breaks marks the tokens a
// line break comes before.
func split(toks []vistka.Token, breaks lineBreaks, out []vistka.Sentence) []vistka.Sentence {
	sp := splitter{toks: toks, breaks: breaks}
	start := 0
	for i := 0; i < len(toks); i++ {
		sp.quotes.update(toks[i].Text)
		k := i + 1
		if k < len(toks) && sp.lineBreak(k) {
			sp.quotes = quoteState{} // quotes do not run across paragraphs
		} else if k < len(toks) {
			k = sp.boundaryAfter(start, i)
			if k == 0 {
				continue
			}
			for j := i + 1; j < k; j++ {
				sp.quotes.update(toks[j].Text)
			}
		}
		out = append(out, sentence(toks[start:k]))
		start = k
		i = k - 1
	}
	return out
}

// quoteState counts the quotations open in the current paragraph, to tell
// an opening " from a closing one.
type quoteState struct {
	guillemets, low, english, straight int
}

func (q *quoteState) update(text string) {
	if len(text) > 3 {
		return
	}
	switch firstRune(text) {
	case '«':
		q.guillemets++
	case '»':
		q.guillemets = max(q.guillemets-1, 0)
	case '„':
		q.low++
	case '“':
		if q.low > 0 {
			q.low-- // Ukrainian „…“
		} else {
			q.english++
		}
	case '”':
		q.english = max(q.english-1, 0)
	case '"':
		if q.straight > 0 {
			q.straight--
		} else {
			q.straight++
		}
	}
}

func sentence(toks []vistka.Token) vistka.Sentence {
	first, last := &toks[0], &toks[len(toks)-1]
	return vistka.Sentence{
		Start:  first.Start,
		End:    last.End,
		RStart: first.RStart,
		REnd:   last.REnd,
		Tokens: toks[:len(toks):len(toks)],
	}
}

type splitter struct {
	toks   []vistka.Token
	breaks lineBreaks
	quotes quoteState // up to the token being looked at
}

// lineBreak reports whether a line break separates tokens k-1 and k.
func (sp *splitter) lineBreak(k int) bool { return sp.breaks.at(k) }

// attached reports whether token k follows token k-1 with no space between.
func (sp *splitter) attached(k int) bool { return sp.toks[k].Start == sp.toks[k-1].End }

// maxClosers bounds how many closing quotes, brackets and stops after the
// end of a sentence stay with it; the bound keeps splitting linear.
const maxClosers = 8

// boundaryAfter returns the index of the token that starts a new sentence
// after token i, 0 when the sentence goes on; start is the first token of
// the current sentence.
func (sp *splitter) boundaryAfter(start, i int) int {
	toks := sp.toks
	t := &toks[i]
	abbr := false
	abbrWord := "" // the word before a spaced dot: "ін ."
	switch t.Kind {
	case vistka.Punct:
		if !isTerminal(firstRune(t.Text)) {
			return 0
		}
		if t.Text == "." && sp.quotes.guillemets > 0 && sp.inShortTitle(i) {
			return 0 // «НГ. Львів», «Новий час. Економіка»: a name's dot
		}
		if t.Text == "." && i > start {
			prev := &toks[i-1]
			switch {
			case i == start+1 && prev.Kind == vistka.Number:
				// "1. Перше…": an enumerator, not a sentence.
				return 0
			case prev.Kind == vistka.Word && !sp.attached(i):
				// Pre-tokenised text ("ім . Шевченка", "Т . Г . Шевченко"):
				// the word and the dot are an abbreviation or an initial.
				kind := spacedAbbr(prev.Text)
				if kind == vistka.Initial && i >= 2 && toks[i-2].Text == "°" {
					kind = vistka.Word // 78 ° С .
				}
				switch kind {
				case vistka.Initial:
					return 0
				case vistka.Abbr:
					abbr = true
					abbrWord = prev.Text
					if !isFinalAbbrWord(prev.Text) && (i-1 == start || toks[i-2].Kind != vistka.Number) {
						return 0
					}
				}
			}
		}
	case vistka.Initial:
		if !sp.initialsAfterSurname(start, i) && !sp.pronounAfter(i) {
			return 0
		}
		abbr = true // "затвердила директор Васильєва Т. І. Сутність …": a capital starts a sentence
	case vistka.Abbr:
		if !isFinalAbbr(t.Text) && (i == start || toks[i-1].Kind != vistka.Number) {
			return 0
		}
		abbr = true
	default:
		return 0
	}
	k := i + 1
	q := sp.quotes
	for k < len(toks) && k <= i+maxClosers && !sp.lineBreak(k) && sp.closes(k, &q) {
		q.update(toks[k].Text)
		k++
	}
	if k == len(toks) || sp.lineBreak(k) {
		return k
	}
	next := &toks[k]
	if abbr {
		// After an abbreviation only a capital (or an opening quote) starts
		// a sentence: "5 тис. 200" and "2023 р. у Києві" go on.
		switch next.Kind {
		case vistka.QuoteMark:
			if sp.opens(k) {
				return k
			}
		case vistka.Number:
			// "та ін. 2. Розкуркулення": a list goes on.
			if isListEnd(t.Text) || abbrWord != "" && isListEnd(abbrWord+".") {
				return k
			}
		default:
			if startsUpper(next.Text) {
				return k
			}
		}
		return 0
	}
	switch next.Kind {
	case vistka.Punct:
		switch firstRune(next.Text) {
		case ',', ';', ':', ')', ']', '}':
			return 0
		}
	case vistka.Dash:
		// «Ми готові!» — наголосив він.
		if k+1 < len(toks) && !sp.lineBreak(k+1) && startsLower(toks[k+1].Text) {
			return 0
		}
	default:
		if startsLower(next.Text) {
			return 0
		}
	}
	return k
}

// initialsAfterSurname reports whether the initial at i is the second of
// two after a surname, as official style writes a name ("Васильєвою Т.
// І.", "Кисельов В. І."), with a word after them that is no surname: the
// name is complete, and a capitalised word after it starts a sentence.
// Initials before a surname ("Т. Г. Шевченко"), or after a word with no
// surname's ending ("Фонду Т. Г. Шевченка"), end nothing.
func (sp *splitter) initialsAfterSurname(start, i int) bool {
	toks := sp.toks
	if i-2 <= start || toks[i-1].Kind != vistka.Initial || toks[i-2].Kind != vistka.Word || i+1 >= len(toks) {
		return false
	}
	prev, next := toks[i-2].Text, toks[i+1].Text
	return startsUpper(prev) && !startsUpper(prev[utf8.RuneLen(firstRune(prev)):]) && surnameLike(prev) &&
		toks[i+1].Kind == vistka.Word && !surnameLike(next) && (i+2 >= len(toks) || toks[i+2].Kind != vistka.Initial)
}

// pronounAfter reports whether the word after the initial at i is a
// personal pronoun in the nominative, which no name goes on with: in
// "відреагував у соцмережі X. Він написав" the letter is a name of its
// own (X), and the pronoun starts a sentence.
func (sp *splitter) pronounAfter(i int) bool {
	if i+1 >= len(sp.toks) || sp.toks[i+1].Kind != vistka.Word {
		return false
	}
	switch sp.toks[i+1].Text {
	case "Він", "Вона", "Воно", "Вони":
		return true
	}
	return false
}

// surnameEndings are the endings of the common kinds of Ukrainian
// surnames in their cases (Шевченко, Ковальчук, Кисельов, Васильєва,
// Ільїн, Грушевський).
var surnameEndings = []string{
	"енко", "енка", "енку", "енком",
	"ук", "ука", "уку", "уком", "юк", "юка", "юку", "юком",
	"ов", "ова", "ову", "овим", "овою", "овій", "ової", "ового", "овому",
	"ев", "ева", "еву", "евим", "евою", "евій", "евої",
	"єв", "єва", "єву", "євим", "євою", "євій", "євої",
	"ін", "іна", "іну", "іним", "іною", "іній", "іної",
	"ин", "ина", "ину", "иним", "иною", "иній", "иної",
	"ів", "їв",
	"ський", "ська", "ського", "ському", "ським", "ською", "ській", "ської",
	"цький", "цька", "цького", "цькому", "цьким", "цькою", "цькій", "цької",
}

// surnameLike reports whether the capitalised word w ends as a surname.
func surnameLike(w string) bool {
	for _, e := range surnameEndings {
		if len(w) > len(e)+1 && w[len(w)-len(e):] == e {
			return true
		}
	}
	return false
}

// inShortTitle reports whether the dot at i stands inside a short name in
// guillemets on one line: « opens at most three words before it, a
// capitalised word follows it, and » closes at most three words after
// it, with no other stop between.
func (sp *splitter) inShortTitle(i int) bool {
	open := false
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if sp.lineBreak(j+1) || sp.toks[j].Kind == vistka.Punct {
			return false
		}
		if sp.toks[j].Text == "«" {
			open = true
			break
		}
	}
	if !open || i+1 >= len(sp.toks) || sp.toks[i+1].Kind != vistka.Word || !startsUpper(sp.toks[i+1].Text) {
		return false // «Ми готові.» ends a sentence
	}
	for k := i + 1; k < len(sp.toks) && k <= i+4; k++ {
		if sp.lineBreak(k) || sp.toks[k].Kind == vistka.Punct {
			return false
		}
		if sp.toks[k].Text == "»" {
			return true
		}
	}
	return false
}

// closes reports whether token k, right after the end of a sentence, still
// belongs to it: a closing quote or bracket, or more terminal punctuation.
func (sp *splitter) closes(k int, q *quoteState) bool {
	t := &sp.toks[k]
	r := firstRune(t.Text)
	switch t.Kind {
	case vistka.Punct:
		return r == ')' || r == ']' || r == '}' || isTerminal(r) && sp.attached(k)
	case vistka.QuoteMark:
		switch r {
		case '»', '”', '›':
			return true
		case '«', '„', '‹', '‚':
			return false
		}
		// " “: closing when a quotation is open, or when it sticks to
		// what went before and not to what follows.
		if r == '"' || r == '“' {
			if r == '"' && q.straight > 0 || r == '“' && q.low > 0 {
				return true
			}
			return sp.attached(k) && !sp.opens(k)
		}
		// Otherwise (and for ' ‘ ’) closing when it sticks to what went
		// before, or when it stands alone and the next token does not
		// stick to it.
		return sp.attached(k) || !sp.opens(k)
	}
	return false
}

// opens reports whether the quotation mark k opens a quotation: it is not
// a closing mark and the next token sticks to it.
func (sp *splitter) opens(k int) bool {
	switch firstRune(sp.toks[k].Text) {
	case '»', '”', '›':
		return false
	case '«', '„', '‹', '‚':
		return true
	}
	return k+1 < len(sp.toks) && sp.attached(k+1)
}

// spacedAbbr tells what word and a dot after a space would be: Initial for
// one capital letter, Abbr for a known abbreviation, Word otherwise.
func spacedAbbr(word string) vistka.TokenKind {
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && (unicode.IsUpper(r) || unicode.IsTitle(r)) {
		return vistka.Initial
	}
	var buf, kb [64]byte
	if len(word)+1 > len(buf) {
		return vistka.Word
	}
	n := copy(buf[:], word)
	buf[n] = '.'
	if _, ok := abbrKey(string(buf[:n+1]), &kb); ok {
		return vistka.Abbr
	}
	return vistka.Word
}

// isFinalAbbrWord is isFinalAbbr for word and a dot.
func isFinalAbbrWord(word string) bool {
	var buf [64]byte
	if len(word)+1 > len(buf) {
		return false
	}
	n := copy(buf[:], word)
	buf[n] = '.'
	return isFinalAbbr(string(buf[:n+1]))
}

// isListEnd reports whether the abbreviation ends a list (та ін., і т. д.)
// and so ends a sentence even before a number.
func isListEnd(abbr string) bool {
	switch abbr {
	case "ін.", "інш.", "т. д.", "т. п.", "т. ін.", "т.д.", "т.п.", "т.ін.", "etc.", "і т. д.":
		return true
	}
	return false
}
