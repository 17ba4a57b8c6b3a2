package quote

// The document as the finders walk it (doc, newDoc) and Find, which runs
// them; direct quotes in quotation marks with their attribution before,
// after or around them (direct); lines of dialogue (dialogueLines); and
// the speaker of a cue's clause (speaker).

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/vtag"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/source"
)

// tok is one token of the document with where it sits.
type tok struct {
	*vistka.Token
	// Lemma is the token's lemma, or the one the finders need where the
	// tagger's differs: "за даними" read as the adjective даний is дані,
	// ідеться's ітися is йтися.
	Lemma string
	sent  int // sentence index
	para  int // paragraph index
}

// doc is the flat view of a document that the finders walk.
type doc struct {
	a    *vistka.Analysis
	ents *entity.Result
	toks []tok
	text []rune
	// sentStart[s] is the index in toks of sentence s's first token.
	sentStart []int
	// headlines holds the starts of statements read off "Name: …" lines.
	headlines map[int]bool
}

// newDoc lays a out for the finders, in the array of toks when it has the
// room.
func newDoc(a *vistka.Analysis, ents *entity.Result, toks []tok) *doc {
	n := 0
	for _, s := range a.Sentences {
		n += len(s.Tokens)
	}
	d := &doc{a: a, ents: ents, text: a.Runes(), toks: slices.Grow(toks[:0], n), sentStart: make([]int, 0, len(a.Sentences))}
	para, prevEnd := 0, 0
	for s := range a.Sentences {
		d.sentStart = append(d.sentStart, len(d.toks))
		for t := range a.Sentences[s].Tokens {
			tk := &a.Sentences[s].Tokens[t]
			if tk.RStart > prevEnd && tk.RStart <= len(d.text) && slices.Contains(d.text[prevEnd:tk.RStart], '\n') {
				para++
			}
			prevEnd = tk.REnd
			lemma := tk.Lemma
			if strings.HasPrefix(tk.Tag, "adj") && (tk.Text == "даними" || tk.Text == "даних") {
				lemma = "дані"
			}
			if lemma == "ітися" {
				lemma = "йтися" // "ідеться" is "йдеться"
			}
			d.toks = append(d.toks, tok{tk, lemma, s, para})
		}
	}
	return d
}

// Find returns the quotes of a document, direct and indirect, in text
// order. ents resolves speakers to entities; it may be nil.
func Find(a *vistka.Analysis, ents *entity.Result) []vistka.Quote {
	if ents == nil {
		ents = &entity.Result{}
	}
	buf := tokBufs.Get().(*[]tok)
	d := newDoc(a, ents, *buf)
	defer func() {
		clear(d.toks) // let the document go
		*buf = d.toks[:0]
		tokBufs.Put(buf)
	}()
	quotes, used := d.direct()
	quotes = append(quotes, d.interview(used)...)
	quotes = append(quotes, d.indirect(used)...)
	quotes = append(quotes, d.toldBefore(quotes)...)
	slices.SortFunc(quotes, func(x, y vistka.Quote) int { return x.Start - y.Start })
	quotes = append(quotes, d.dialogueLines(quotes, used)...)
	quotes = d.dropRetold(quotes)
	quotes = slices.DeleteFunc(quotes, heading)
	slices.SortStableFunc(quotes, func(x, y vistka.Quote) int { return x.Start - y.Start })
	quotes = sameWords(quotes)
	if quotes == nil {
		quotes = []vistka.Quote{}
	}
	return quotes
}

// tokBufs holds the slices of tokens Find has laid documents out in: one
// a document, which a new slice for each had the garbage collector take
// back again and again.
var tokBufs = sync.Pool{New: func() any { return new([]tok) }}

// heading reports a quote with no speaker and no cue written in
// capitals: a subheading or a slogan set in quotation marks ("« НАВІЩО
// МЕНІ ВОДА ДО ЕСПРЕСО ? »" over a paragraph), not words anyone is said
// to speak. A line in capitals with its speaker stays: "«СЛАВА
// УКРАЇНІ!» — вигукнув Петро".
func heading(q vistka.Quote) bool {
	if q.Speaker != "" || q.SpeakerText != "" || q.Cue != "" {
		return false
	}
	letters, upper := 0, 0
	for _, r := range q.Text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 6 && upper*5 >= letters*4
}

// pair is a top-level pair of quotation marks: toks[open] and toks[close].
type pair struct{ open, close int }

// markRole tells an opening mark from a closing one.
func (d *doc) isOpening(i int, stack []int) bool {
	r, _ := utf8.DecodeRuneInString(d.toks[i].Text)
	switch r {
	case '«', '„':
		return true
	case '»', '”':
		return false
	case '“':
		// „…“ closes; “…” opens.
		for j := len(stack) - 1; j >= 0; j-- {
			if c, _ := utf8.DecodeRuneInString(d.toks[stack[j]].Text); c == '„' {
				return false
			}
		}
		return true
	case '"':
		if len(stack) > 0 {
			if c, _ := utf8.DecodeRuneInString(d.toks[stack[len(stack)-1]].Text); c == '"' {
				return false
			}
		}
		start := d.toks[i].RStart
		if start == 0 {
			return true
		}
		prev := d.text[start-1]
		return scan.IsSpace(prev) || strings.ContainsRune("([{:—–-«„", prev)
	}
	return false
}

func closes(open, close rune) bool {
	switch open {
	case '«':
		return close == '»'
	case '„':
		// „…" is often typed with a straight closing mark.
		return close == '“' || close == '”' || close == '"'
	case '“':
		return close == '”' || close == '“'
	case '"':
		return close == '"'
	}
	return false
}

// marks matches quotation marks, top level only, letting a quote run on
// over paragraphs that each open with a quotation mark. It also returns
// the opening marks at top level that never close: a quote left open at
// the end of its paragraph that no later mark closes.
func (d *doc) marks() (out []pair, open []int) {
	var stack, parens []int
	pending := -1 // an opening mark left open at a paragraph's end
	nested := -1  // the last mark that closed a nested quote, the outer one left open
	drop := func() {
		if pending >= 0 {
			open = append(open, pending)
		}
		pending = -1
	}
	for i := range d.toks {
		t := &d.toks[i]
		newPara := i > 0 && t.para != d.toks[i-1].para
		if newPara && len(stack) > 0 && nested >= 0 && d.onlyPunctAfter(nested, i) &&
			t.Kind == vistka.QuoteMark && d.isOpening(i, nil) && d.closesInPara(i) {
			// "ТОВ «Торговий дім «Еко-Сервіс».\n«Еко-Сервіс» заснував …":
			// the paragraph ends on the mark that closed a nested quote
			// and the next opens a quote of its own that closes on its
			// line, so the mark closed both; no quote runs on into the
			// next line.
			out = append(out, pair{stack[0], nested})
			stack = stack[:0]
		}
		if newPara && len(stack) > 0 {
			// A new paragraph: an open quote goes on only if the
			// paragraph opens with a quotation mark.
			if t.Kind == vistka.QuoteMark && d.isOpening(i, nil) {
				continue
			}
			if len(stack) == 1 {
				drop()
				pending = stack[0]
			}
			stack = stack[:0]
		}
		if newPara {
			parens = parens[:0]
		}
		switch t.Text {
		case "(":
			parens = append(parens, i)
		case ")":
			if n := len(parens); n > 0 {
				// "(група «Рейтинг) виводить …": a mark opened inside
				// brackets that close first was never closed; it must
				// not swallow the quotes after it.
				p := parens[n-1]
				parens = parens[:n-1]
				for len(stack) > 0 && stack[len(stack)-1] > p {
					stack = stack[:len(stack)-1]
				}
			}
		}
		if t.Kind != vistka.QuoteMark {
			continue
		}
		if d.isOpening(i, stack) {
			if len(stack) == 0 && !(pending >= 0 && d.closesInPara(i)) {
				// A name in quotes closed on its own line («Ощадбанку»)
				// leaves an open quote of the lines before going on.
				drop()
			}
			stack = append(stack, i)
			continue
		}
		c, _ := utf8.DecodeRuneInString(t.Text)
		if len(stack) == 0 && pending >= 0 {
			// Text written a sentence a line: «… runs over lines with
			// no marks of their own and closes with an attribution
			// (», – зазначив Олег Литвяк.) at most twelve lines on.
			o, _ := utf8.DecodeRuneInString(d.toks[pending].Text)
			if closes(o, c) && t.para-d.toks[pending].para <= 12 && (d.attributed(pending, i) || d.passage(pending, i)) {
				out = append(out, pair{pending, i})
				pending = -1
			} else {
				drop()
			}
			continue
		}
		for j := len(stack) - 1; j >= 0; j-- {
			o, _ := utf8.DecodeRuneInString(d.toks[stack[j]].Text)
			if closes(o, c) {
				if j == 1 && d.closesBoth(stack[0], i) {
					j = 0 // «Ніколи не кажи «ніколи» …: one mark closes both
				}
				if j == 0 && pending >= 0 && d.retold(pending, stack[0], i) {
					// "«Беззубенко запитав: «А де тут ми?».\nЯ кажу
					// «…».\nНа що він сказав: «…», – розказав Ледін.": the
					// last mark closes the words retold and the quote
					// open since an earlier line, whose marks were its own.
					out = slices.DeleteFunc(out, func(q pair) bool { return q.open > pending })
					out = append(out, pair{pending, i})
					pending = -1
				} else if j == 0 {
					out = append(out, pair{stack[0], i})
				}
				stack = stack[:j]
				nested = -1
				if j > 0 {
					nested = i
				}
				break
			}
		}
	}
	drop()
	if len(stack) > 0 {
		open = append(open, stack[0])
	}
	return out, open
}

// onlyPunctAfter reports whether only punctuation stands between
// toks[close] and toks[next].
func (d *doc) onlyPunctAfter(close, next int) bool {
	for j := close + 1; j < next; j++ {
		if d.toks[j].Kind != vistka.Punct {
			return false
		}
	}
	return true
}

// closesBoth reports whether the mark toks[close], which closes a quote
// nested in the one opened at toks[open], closes the outer one too: print
// often writes one » for both («Ніколи не кажи «ніколи» таки має право на
// життя). It does when the next mark of the paragraph opens a quote after
// a colon (зауважив: «…»), which cannot stand inside the outer quote.
func (d *doc) closesBoth(open, close int) bool {
	o, _ := utf8.DecodeRuneInString(d.toks[open].Text)
	c, _ := utf8.DecodeRuneInString(d.toks[close].Text)
	if !closes(o, c) {
		return false
	}
	for j := close + 1; j < len(d.toks) && d.toks[j].para == d.toks[close].para; j++ {
		if d.toks[j].Kind != vistka.QuoteMark {
			continue
		}
		return d.isOpening(j, nil) && (j > 0 && d.toks[j-1].Text == ":" || d.nestedName(open))
	}
	return d.nestedName(open)
}

// nestedName reports whether the mark toks[open] opens a firm's name that
// holds another in quotes, within its sentence, with one » written for
// both (print's habit): "директор ТОВ «БВК «Компанія Федорченко» Віталій
// Авраменко". The mark stands after a word, not at a sentence's start or
// after a colon, as speech opens; one to three words, the first
// capitalised, and no punctuation lead to the inner mark. The caller has
// found no closing mark after the inner one in the paragraph.
func (d *doc) nestedName(open int) bool {
	if open == 0 || d.toks[open-1].Kind != vistka.Word || d.toks[open-1].sent != d.toks[open].sent {
		return false
	}
	for j := open + 1; j < len(d.toks) && j <= open+4; j++ {
		t := d.toks[j]
		switch {
		case t.Kind == vistka.QuoteMark:
			return j > open+1 && d.isOpening(j, nil)
		case t.Kind == vistka.Punct || j == open+1 && !isUpperStart(t.Text):
			return false
		}
	}
	return false
}

// closesInPara reports whether the opening mark toks[open] is closed
// within its paragraph before another mark opens.
func (d *doc) closesInPara(open int) bool {
	o, _ := utf8.DecodeRuneInString(d.toks[open].Text)
	for j := open + 1; j < len(d.toks) && d.toks[j].para == d.toks[open].para; j++ {
		if d.toks[j].Kind != vistka.QuoteMark {
			continue
		}
		c, _ := utf8.DecodeRuneInString(d.toks[j].Text)
		return closes(o, c)
	}
	return false
}

// passage reports whether toks[open] and toks[close] hold a quoted
// passage of its own over several lines: it opens a sentence, closes its
// last paragraph, holds no other marks but quotes nested whole inside one
// of its lines ("… зайшов до клубу « 44 » і подумав : « … ! » …"), and
// at least eight words. Its speaker may be named only sentences before,
// or not at all.
func (d *doc) passage(open, close int) bool {
	if open > 0 && d.toks[open-1].para == d.toks[open].para && !isEnd(d.toks[open-1]) {
		return false
	}
	for j := close + 1; j < len(d.toks) && d.toks[j].para == d.toks[close].para; j++ {
		if !isEnd(d.toks[j]) {
			return false
		}
	}
	for j := open + 1; j < close; j++ {
		if d.toks[j].Kind == vistka.QuoteMark {
			k := d.nestedClose(j, close)
			if k < 0 {
				return false
			}
			j = k
		}
	}
	return d.words(open+1, close) >= 8
}

// nestedClose returns the mark that closes the quote opening at toks[j]
// in its own line and before toks[limit], with no mark between; -1 when
// toks[j] opens none.
func (d *doc) nestedClose(j, limit int) int {
	if !d.isOpening(j, nil) {
		return -1
	}
	o, _ := utf8.DecodeRuneInString(d.toks[j].Text)
	for k := j + 1; k < limit && d.toks[k].para == d.toks[j].para; k++ {
		if d.toks[k].Kind != vistka.QuoteMark {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(d.toks[k].Text); closes(o, c) && !d.isOpening(k, []int{j}) {
			return k
		}
		return -1
	}
	return -1
}

// attributed reports whether the quote from toks[open] to toks[close] has
// an attribution with a cue: after it, before it (or a colon after a noun
// of words and whose they are), or cutting it in two. A quote written a
// sentence a line is taken only then.
func (d *doc) attributed(open, close int) bool {
	if from, to, ok := d.attributionAfter(close); ok {
		if cue, _, _ := d.attribution(from, to); cue != "" {
			return true
		}
	}
	if from, to, ok := d.attributionBefore(open); ok {
		if cue, _, _ := d.attribution(from, to); cue != "" {
			return true
		}
	}
	if c, _, _ := d.quoteOf(open); c != "" {
		return true // "навести цитату Сергія Дорохова : « … »"
	}
	if c, _, _ := d.wordedAs(open); c != "" {
		return true // "відхилив з формулюванням : « … »"
	}
	_, _, _, ok := d.splitAt(pair{open, close})
	return ok
}

// direct finds direct quotes; used marks the tokens they and their
// attributions take, so indirect speech does not count them again.
func (d *doc) direct() ([]vistka.Quote, []bool) {
	used := make([]bool, len(d.toks))
	var out []vistka.Quote
	// after is the last quote attributed after its closing mark, and
	// where its attribution ends.
	var after struct {
		q  vistka.Quote
		to int
	}
	ps, open := d.marks()
	for _, o := range open {
		// «… never closed: after a cue and a colon it is still a quote,
		// up to its paragraph's end.
		if p, ok := d.unclosed(o); ok {
			ps = append(ps, p)
		}
	}
	slices.SortFunc(ps, func(a, b pair) int { return a.open - b.open })
	for _, p := range ps {
		if p.close-p.open < 2 {
			continue
		}
		words, endsSentence := 0, false
		for i := p.open + 1; i < p.close; i++ {
			switch d.toks[i].Kind {
			case vistka.Word, vistka.Number, vistka.Code, vistka.Abbr:
				words++
			case vistka.Punct:
				if strings.ContainsAny(d.toks[i].Text, ".!?…") {
					endsSentence = true
				}
			}
		}
		if p.open > 0 && d.toks[p.open-1].sent == d.toks[p.open].sent && d.toks[p.open-1].para == d.toks[p.open].para {
			if b := d.toks[p.open-1]; strings.HasPrefix(b.Tag, "prep") || titleNouns[scan.ToLower(b.Lemma)] {
				// "здаючи Севастополь за «дешевий російський газ»": a
				// phrase a preposition governs; "замітка під назвою
				// «…»": a title. Neither is speech, unless it is the
				// reason a decision was given in its maker's words, or
				// what someone was accused of in the accuser's
				// ("звинуватила владу в «політичних репресіях»").
				q, ok := d.reasonQuoted(p, words, endsSentence)
				if !ok {
					q, ok = d.accusedOf(p, words)
				}
				if !ok {
					q, ok = d.thankedFor(p, words)
				}
				if ok {
					out = append(out, q)
					for i := p.open; i <= p.close; i++ {
						used[i] = true
					}
				}
				continue
			}
		}
		if q, ok := d.reasonOrName(p, words, endsSentence); ok {
			out = append(out, q)
			for i := p.open; i <= p.close; i++ {
				used[i] = true
			}
			continue
		}
		if qs, ok := d.split(p, used); ok {
			out = append(out, qs...)
			continue
		}
		q := vistka.Quote{Direct: true}
		from, to, ok := d.attributionAfter(p.close)
		aside := false // "«…» (як писав В. Ляхов)"
		if !ok {
			from, to, ok = d.parenAside(p.close)
			aside = ok
		}
		if ok && !endsSentence && (isConj(d.toks[from].Lemma) || d.cueThat(from, to)) {
			// "грати «однією лівою ногою», а з іншого – він казав, що
			// …": a phrase quoted in narration, and a cue with a clause
			// of its own after it.
			ok = false
		}
		if ok && !aside && !endsSentence && d.namedByNoun(p.open) && d.toks[p.close].para == d.toks[p.open].para {
			// "за словами Марини Романцової, яка представляла організацію
			// «Хто, якщо не ти», позивач жодного разу не висловлював …": a
			// name the noun before it bears, and the clause after it
			// tells of someone else.
			ok = false
		}
		if ok && p.open > 0 && d.toks[p.open-1].Kind == vistka.Word && d.toks[p.open-1].sent == d.toks[p.open].sent &&
			d.toks[p.open-1].para == d.toks[p.open].para && !endsSentence && d.toks[p.close].para == d.toks[p.open].para && d.cueAfterComma(p.close) {
			// "Сторони погодили обмін за формулою "1000 на 1000",
			// розповів Умєров": a fragment quoted inside what is told;
			// the whole clause is indirect speech.
			continue
		}
		before := false
		if !ok {
			from, to, ok = d.attributionBefore(p.open)
			before = ok
		}
		if !ok {
			from, to, ok = d.thatBefore(p.open, p.close) // "переконаний, що «…»"
			before = ok
		}
		if ok && before && d.toks[to].Text == "," && !endsSentence && words < 4 && d.phraseGoesOn(p.close) {
			// "…, яку пов'язували з ім'ям депутата Яценка, «хрещеного
			// батька» Тендерної палати": a by-name set off in narration
			// that goes on after it; the clause before is no attribution
			continue
		}
		if ok && before && d.toks[to].Text == "," {
			// "пасіка, яку створив директор, як він сам сказав, «суто з
			// науковою метою»": the як-aside alone attributes
			from = d.asAside(from, to)
		}
		if ok {
			q.Cue, q.Speaker, q.SpeakerText = d.attribution(from, to)
		}
		if ok && !before && q.Cue == "" && p.open > 0 && d.toks[p.open-1].Text == ":" {
			// "він закричав : « Час ! » , і настала тиша": the clause
			// after tells no one speaking; the colon's clause does,
			// unless it says the words were not said ("не запитуючи
			// банально : « Хто там ? » , розчинила двері").
			if f, t, ok2 := d.attributionBefore(p.open); ok2 {
				if cue, sp, spt := d.attribution(f, t); cue != "" && !d.negatedCue(f, t) {
					from, to, before = f, t, true
					q.Cue, q.Speaker, q.SpeakerText = cue, sp, spt
				}
			}
		}
		if q.Cue == "" && words >= 2 && after.to > 0 && p.open == after.to+2 && isDash(d.toks[p.open-1]) &&
			d.toks[after.to].Text == "." && d.toks[p.open].para == d.toks[after.to].para {
			// "«Це компромісний документ», – наголосив Умєров. – «Він
			// враховує …»": the quote goes on after its attribution, in
			// marks of its own.
			q.Cue, q.Speaker, q.SpeakerText = after.q.Cue, after.q.Speaker, after.q.SpeakerText
		}
		if q.Cue == "" && words >= 4 && d.hasFiniteVerb(p.open+1, p.close) {
			// "Умєров прокоментував ситуацію. «Ситуація складна …»":
			// the one who just spoke goes on.
			q.Cue, q.Speaker, q.SpeakerText = d.speakerBefore(p.open)
		}
		if q.Cue == "" && words >= 4 && d.hasFiniteVerb(p.open+1, p.close) {
			// "Однак «в процесі виникли обставини …». Про це
			// повідомляється в обґрунтуванні закупівлі": the sentence
			// after names the source
			if from, to, ok := d.toldAfter(p); ok {
				q.Cue, q.Speaker, q.SpeakerText = d.attribution(from, to)
				if q.Cue != "" {
					endsSentence = true
				}
			}
		}
		if q.Speaker == "" && q.SpeakerText == "" {
			// "Згадайте його вислів: «…»", "лунала її фраза: «…»": the
			// words of the person named last of that gender
			if id, text, noun := d.wordsOfBefore(p.open); text != "" {
				q.Speaker, q.SpeakerText = id, text
				if q.Cue == "" {
					q.Cue = noun
				}
			} else if q.Cue == "" {
				q.Cue, q.Speaker, q.SpeakerText = d.wordedAs(p.open)
				if q.Cue == "" {
					q.Cue, q.Speaker, q.SpeakerText = d.quoteOf(p.open)
				}
			}
		}
		introduced := false
		if q.Cue == "" && q.Speaker == "" && q.SpeakerText == "" && words >= 4 && d.hasFiniteVerb(p.open+1, p.close) && (before || !ok) {
			// "Свято відбулося за підтримки Ольги Петренко: «…»": the
			// one person the clause before names speaks (see introducedBy)
			if id, text := d.introducedBy(p, from, to, before); id != "" {
				q.Speaker, q.SpeakerText, introduced = id, text, true
			}
		}
		if q.Cue == "" && q.Speaker == "" && q.SpeakerText == "" && words >= 8 && endsSentence {
			// a passage in the first person right after a sentence about
			// its one speaker
			q.Speaker, q.SpeakerText = d.firstPersonBefore(p)
		}
		if q.Cue == "" && d.namedByNoun(p.open) {
			continue // "марш миру «Мир. Єдність. Правда. Воля»": a name the noun before it bears
		}
		if q.Cue == "" && !introduced && !(words >= 4 && (endsSentence || d.wholeParagraph(p) && d.hasFiniteVerb(p.open+1, p.close))) {
			continue // a name or title in quotation marks, not speech
		}
		if q.Cue == "" && d.afterTopic(p.open) {
			continue // "опитування на тему: «Де ставити кіоски?»": a topic named, no one speaking
		}
		if q.Cue != "" && words < 2 && !(words == 1 && d.utterance(p, before)) {
			continue
		}
		if d.inName(d.toks[p.open+1].RStart, d.toks[p.close-1].REnd) && !(q.Cue != "" && d.workSaid(p, before, q.Cue)) {
			continue // ТОВ «Оболонь Девелопмент Груп»: a name, not speech
		}
		first, last := p.open+1, p.close-1
		q.Start, q.End = d.toks[first].RStart, d.toks[last].REnd
		q.Text = string(d.text[q.Start:q.End])
		for i := p.open; i <= p.close; i++ {
			used[i] = true
		}
		if ok && before && q.Cue == "за" {
			// "За Зиморовичем, поляки зазнавали утисків: «…»": the
			// clause before the colon is told in his name too.
			if _, k := d.zaPerson(from, to); k > 0 && d.words(k+1, to) >= 3 && d.hasFiniteVerb(k+1, to) {
				iq := vistka.Quote{Speaker: q.Speaker, SpeakerText: q.SpeakerText, Cue: "за",
					Start: d.toks[k+1].RStart, End: d.toks[to-1].REnd}
				iq.Text = string(d.text[iq.Start:iq.End])
				out = append(out, iq)
			}
			for i := from; i <= to; i++ {
				used[i] = true
			}
			ok = false
		}
		if ok && before && d.thatClause(from, to) {
			// "побоюється, що степ позбавлений імунітету: «…»": the
			// що-clause before the colon is indirect speech of its own.
			ok = false
		}
		if ok {
			// The attribution ends where a second predicate of the
			// speaker begins: "…», – зазначив Бондаренко та додав, що …"
			// leaves "додав, що …" to indirect speech.
			for i := from; i < to; i++ {
				if i > from && (d.toks[i].Text == "," || isConj(d.toks[i].Lemma) && i+1 < to && strings.HasPrefix(d.toks[i+1].Tag, "verb")) {
					break
				}
				used[i] = true
			}
		}
		if ok && !before && q.Cue != "" {
			after.q, after.to = q, to
		}
		out = append(out, q)
	}
	return out, used
}

// sharePolled returns where a percentage at toks[i] ends, with the
// genitive of whom it counts after it ("57,2% опитаних", "40%
// респондентів"), when it stands right before the cue at cueAt as its
// subject; 0 for any other number.
func (d *doc) sharePolled(i, cueAt int) int {
	j := i + 1
	if !strings.HasSuffix(d.toks[i].Text, "%") {
		if j >= cueAt || d.toks[j].Text != "%" {
			return 0
		}
		j++
	}
	for j < cueAt && j-i <= 4 && (strings.HasPrefix(d.toks[j].Tag, "noun") || strings.HasPrefix(d.toks[j].Tag, "adj")) && strings.Contains(d.toks[j].Tag, "v_rod") {
		j++
	}
	if j != cueAt {
		return 0
	}
	return j
}

// titleNouns are the nouns a title in quotation marks follows: під назвою
// «…», із заголовком «…».
var titleNouns = setOf("назва", "заголовок")

// afterTopic reports whether the quotation mark at toks[open] follows
// the noun тема, with a colon or not, in its sentence: "на тему: «…»".
func (d *doc) afterTopic(open int) bool {
	k := open - 1
	if k >= 0 && d.toks[k].Text == ":" {
		k--
	}
	return k >= 0 && d.toks[k].sent == d.toks[open].sent && strings.HasPrefix(d.toks[k].Tag, "noun") && scan.ToLower(d.toks[k].Lemma) == "тема"
}

// statementNouns are what a person's words are published in: "йдеться в
// його заяві", "в тексті її звернення".
var statementNouns = setOf("заява", "повідомлення", "звернення", "лист", "допис", "публікація", "пост")

// isAcronym reports a word in capitals of two to six letters (МВС, МЗС).
func isAcronym(w string) bool {
	n := scan.Capitals(w)
	return n >= 2 && n <= 6
}

// inName reports whether the code points [start, end) lie inside one
// name the entity tagger found (a person, place, organisation, work or
// document).
func (d *doc) inName(start, end int) bool {
	return d.inSpan(start, end, "PERS", "LOC", "ORG", "MISC", "ART", "DOC")
}

// workSaid reports whether the quote at p, which the entity tagger took
// for the title of a work, is followed by a comma and a dash, as words
// said are and titles are not ("«Ситуація контрольована», — зазначив
// Синєгубов"), or follows a verb of speaking proper and a colon ("Мер
// наголосив: «Ситуація контрольована»"; not "написав: «…»", which may
// name a book, nor "розповів про свій роман: «…»"). before tells whether
// the attribution with cue is before.
func (d *doc) workSaid(p pair, before bool, cue string) bool {
	start, end := d.toks[p.open+1].RStart, d.toks[p.close-1].REnd
	if !d.inSpan(start, end, "ART") || d.inSpan(start, end, "PERS", "LOC", "ORG", "MISC", "DOC") {
		return false
	}
	if before {
		return p.open > 0 && d.toks[p.open-1].Text == ":" && speechCues[cue] && cue != "розповісти" && cue != "розказати"
	}
	i := p.close + 1
	if i < len(d.toks) && d.toks[i].Text == "," {
		i++
	} else if d.toks[p.close-1].Text == "," {
		// «…,» — the comma inside the marks
	} else {
		return false
	}
	return i < len(d.toks) && isDash(d.toks[i])
}

// inSpan reports whether the code points [start, end) lie inside one span
// of the types.
func (d *doc) inSpan(start, end int, types ...string) bool {
	sp := d.a.Spans
	k := sort.Search(len(sp), func(k int) bool { return sp[k].End >= end })
	for ; k < len(sp) && sp[k].Start <= start; k++ {
		if sp[k].End >= end && slices.Contains(types, sp[k].Type) {
			return true
		}
	}
	return false
}

// speechCues are the cues of the sentence before a quote that has no
// attribution of its own, which then goes on with that speaker: verbs of
// speaking proper, not of finding, deciding or greeting.
var speechCues = setOf(
	"сказати", "заявити", "зазначити", "наголосити", "підкреслити", "додати",
	"розповісти", "пояснити", "прокоментувати", "висловитися", "відповісти",
	"поділитися", "звернутися", "нагадати", "запевнити", "визнати", "зауважити",
	"уточнити", "повторити", "відреагувати", "говорити", "казати", "розказати",
	"доповнити", "доповнювати",
)

// speakerBefore reads who speaks in the sentence right before the quote
// opening at open, when that sentence ends with its full stop where the
// quote begins and says that someone spoke (a cue of speechCues): "Умєров
// прокоментував ситуацію на фронті.\n«…»". It returns the cue and the
// speaker, or nothing.
//
// A sentence between that names no one, quotes nothing and has no cue
// goes on with what the speaker says, and the quote after it is the
// speaker's still: "Жебрівський зазначив, що децентралізація вкрай
// необхідна. Якщо для інших областей це поштовх, то для Донеччини це
// альтернатива. «…»".
func (d *doc) speakerBefore(open int) (cue, speaker, speakerText string) {
	end := open - 1
	if end < 0 || d.toks[end].Text != "." || d.toks[end].sent == d.toks[open].sent {
		return "", "", ""
	}
	from := d.sentStart[d.toks[end].sent]
	if !d.narration(from, end) {
		return "", "", "" // a quote of its own, or a title: not plain narration
	}
	cue, speaker, speakerText = d.attribution(from, end)
	if cue == "" && from > 0 && d.toks[from-1].Text == "." && !d.namesSomeone(from, end) {
		if end, from := from-1, d.sentStart[d.toks[from-1].sent]; d.narration(from, end) {
			cue, speaker, speakerText = d.attribution(from, end)
		}
	}
	if !speechCues[cue] || speaker == "" && speakerText == "" {
		return "", "", ""
	}
	return cue, speaker, speakerText
}

// narration reports whether toks[from:end] quote nothing (no quotation
// mark: no quote of their own, no title).
func (d *doc) narration(from, end int) bool {
	return !d.holds(from, end, vistka.QuoteMark)
}

// namesSomeone reports whether toks[from:end] name a person or a body, or
// hold a noun of a person or a pronoun of the third person (one of the
// first, нам, is the speaker's own voice).
func (d *doc) namesSomeone(from, end int) bool {
	for i := from; i < end; i++ {
		t := d.toks[i]
		if e := d.ents.At(t.RStart, t.REnd); e != "" && d.ents.Type(e) != "LOC" {
			return true
		}
		if strings.HasPrefix(t.Tag, "noun") && vtag.Has(t.Tag, "anim") && !vtag.Has(t.Tag, "pron") ||
			vtag.Has(t.Tag, "pron") && vtag.Has(t.Tag, "pers") && vtag.Has(t.Tag, "3") {
			return true
		}
	}
	return false
}

// cueAfterComma reports whether a comma and a cue (with a dash or not)
// follow the closing mark at close: "…", розповів Умєров.
func (d *doc) cueAfterComma(close int) bool {
	c := close + 2
	if c < len(d.toks) && isDash(d.toks[c]) {
		c++
	}
	return c < len(d.toks) && d.toks[close+1].Text == "," && cueLemma(d.toks[c].Lemma, d.toks[c].Tag) != ""
}

// cueThat reports whether the first cue in toks[from:to] takes a
// що-clause of its own: "казав, що …".
func (d *doc) cueThat(from, to int) bool {
	for j := from; j < to; j++ {
		if d.cueAt(j) != "" {
			return j+2 < to && d.toks[j+1].Text == "," && isThat(d.toks[j+2].Lemma)
		}
	}
	return false
}

// thatClause reports whether toks[from:to] hold ", що".
func (d *doc) thatClause(from, to int) bool {
	for j := from; j+1 < to; j++ {
		if d.toks[j].Text == "," && isThat(d.toks[j+1].Lemma) {
			return true
		}
	}
	return false
}

// split reads a quote that the attribution cuts in two: «Ми відновимо
// енергетику міста, – сказав він, – і зробимо це до зими». It gives two
// quotes with one speaker, neither holding the attribution.
//
// Later attributions cut it again: «…, – каже Дудко. – … , – продовжує
// Дудко. – …» gives three quotes; each part after an attribution has its
// speaker.
func (d *doc) split(p pair, used []bool) ([]vistka.Quote, bool) {
	var out []vistka.Quote
	first := p.open + 1
	cue, speaker, text := "", "", ""
	for cur := p; ; {
		i, end, cueAt, ok := d.splitAt(cur)
		if !ok {
			break
		}
		cue, speaker, text = d.attribution(cueAt, end)
		if cue == "" {
			cue, speaker, text = d.remarkAttribution(cueAt, end)
		}
		last := i - 1
		for last > first && (d.toks[last].Text == "," || isDash(d.toks[last])) {
			last--
		}
		q := vistka.Quote{Direct: true, Cue: cue, Speaker: speaker, SpeakerText: text,
			Start: d.toks[first].RStart, End: d.toks[last].REnd}
		q.Text = string(d.text[q.Start:q.End])
		out = append(out, q)
		first = end + 1
		cur = pair{end - 1, p.close} // splitAt looks from two past open
	}
	if out == nil {
		return nil, false
	}
	q := vistka.Quote{Direct: true, Cue: cue, Speaker: speaker, SpeakerText: text,
		Start: d.toks[first].RStart, End: d.toks[p.close-1].REnd}
	q.Text = string(d.text[q.Start:q.End])
	out = append(out, q)
	for j := p.open; j <= p.close; j++ {
		used[j] = true
	}
	return out, true
}

// splitAt finds the attribution that cuts the quote p in two: the dash
// before it (i), the dash after it (end) and its cue. The attribution may
// end a sentence and name the speaker with an apposition that holds a
// quoted name: «…, – каже Лорін Додд, керівник проєкту "Укриття". – …».
func (d *doc) splitAt(p pair) (i, end, cueAt int, ok bool) {
	for i = p.open + 2; i < p.close-2; i++ {
		if !isDash(d.toks[i]) {
			continue
		}
		cueAt = i + 1
		if a := d.toks[cueAt].Tag; strings.HasPrefix(a, "adv") && !strings.HasPrefix(a, "advp") && cueAt+1 < p.close-1 &&
			strings.HasPrefix(d.toks[cueAt+1].Tag, "verb") && !strings.Contains(d.toks[cueAt+1].Tag, ":inf") && cueLemma(d.toks[cueAt+1].Lemma, d.toks[cueAt+1].Tag) != "" {
			cueAt++ // the way it was said first: «…? – здивовано перепитували чиновники. – …»
		}
		if cueLemma(d.toks[cueAt].Lemma, d.toks[cueAt].Tag) == "" && mannerLemma(d.toks[cueAt].Lemma, d.toks[cueAt].Tag) == "" &&
			d.conclusionAt(cueAt, p.close) < 0 {
			if end = d.remark(p, i, cueAt); end > 0 {
				return i, end, cueAt, true
			}
			continue
		}
		// The attribution runs to the next dash before the close.
		end = -1
		for j := cueAt + 1; j < p.close && j <= cueAt+25; j++ {
			if isDash(d.toks[j]) {
				end = j
				break
			}
			if d.toks[j].Kind == vistka.QuoteMark {
				if k := d.closingMark(j, p.close); k > j {
					j = k
					continue
				}
				break
			}
		}
		if end < 0 || end+1 >= p.close {
			continue
		}
		if cue, _, _ := d.attribution(cueAt, end); cue == "" {
			continue
		}
		return i, end, cueAt, true
	}
	return 0, 0, 0, false
}

// kinNouns name a person by kinship or neighbourhood to another, or
// those who speak for another before the law or in public (Адвокат
// Гордієнка, Захист Деркача, Родина Іваненка, Представники Коваля). Not
// a spokesman or an aide (речник президента), whom the entity layer
// resolves to the person the title names.
var kinNouns = setOf("мама", "мати", "батько", "тато", "син", "донька", "дочка", "дружина", "чоловік",
	"брат", "сестра", "бабуся", "дідусь", "онук", "онука", "сусід", "сусідка", "вдова", "наречена", "наречений",
	"родина", "сім'я", "родич", "родичка", "рідні", "адвокат", "адвокатка", "захисник", "захисниця", "захист",
	"юрист", "юристка", "представник", "представниця", "оточення", "соратник", "соратниця")

// aideNouns name one who speaks for another by office (Речниця Олега
// Мельника): the entity layer resolves such a phrase to the person who
// holds the office when the text names one; else the phrase speaks, as a
// kinship noun's does.
var aideNouns = setOf("речник", "речниця", "прессекретар", "пресекретар", "пресекретарка", "прессекретарка", "помічник", "помічниця")

// kinOf returns the end of a subject before the cue at cueAt that is a
// kinship noun in the nominative at i and a person's name in the genitive
// after it (past adjectives and numbers): "Мама 5-річної Іванки",
// "Сусідка Петра Коваля", or an aide's noun no entity stands for
// ("Речниця Олега Мельника"); not an apposition after a comma. It returns 0
// otherwise.
func (d *doc) kinOf(i, cueAt int) int {
	t := d.toks[i]
	l := scan.ToLower(t.Lemma)
	if i >= cueAt || !strings.HasPrefix(t.Tag, "noun") || !vtag.Has(t.Tag, "v_naz") || !kinNouns[l] && !(aideNouns[l] && d.ents.At(t.RStart, t.REnd) == "") {
		return 0
	}
	if i > 0 && (d.toks[i-1].Text == "," || isDash(d.toks[i-1]) || d.toks[i-1].Text == "(") {
		return 0 // "Петро Коваль, чоловік Олени, розповів": an apposition on the speaker
	}
	k := i + 1
	for k < cueAt && k <= i+3 && (strings.HasPrefix(d.toks[k].Tag, "adj") || d.toks[k].Kind == vistka.Number || strings.HasPrefix(d.toks[k].Tag, "number")) {
		k++
	}
	named := false
	for k < cueAt && strings.HasPrefix(d.toks[k].Tag, "noun") && vtag.Has(d.toks[k].Tag, "v_rod") {
		if e := d.ents.At(d.toks[k].RStart, d.toks[k].REnd); e != "" && d.ents.Type(e) == "PERS" {
			named = true
		}
		k++
	}
	if !named {
		return 0
	}
	for j := k; j < cueAt && d.toks[j].Text != ","; j++ {
		if e := d.ents.At(d.toks[j].RStart, d.toks[j].REnd); e != "" && d.ents.Type(e) == "PERS" && vtag.Has(d.toks[j].Tag, "v_naz") {
			// "Мати Петра Олена Коваль розповіла", "Представник
			// Зеленського в Криму Таміла Ташева заявила": she is named
			return 0
		}
	}
	return k
}

// remark returns the closing dash of the author's words set between
// dashes inside the quote p when their verb at cueAt is no speech verb:
// «Тут зустрінуться три стихії, — інтригує міський голова. — Гадаю, …».
// The words must be a finite verb in the third person and its subject in
// the nominative, after a comma, ! or ? and before ", —" or ". —", with
// more words of the quote after them. It returns -1 otherwise.
func (d *doc) remark(p pair, i, cueAt int) int {
	if b := d.toks[i-1].Text; b != "," && b != "!" && b != "?" && b != "…" {
		return -1
	}
	tg := d.toks[cueAt].Tag
	if !strings.HasPrefix(tg, "verb") || vtag.Has(tg, "inf") || vtag.Has(tg, "impers") ||
		!vtag.Has(tg, "past") && !vtag.Has(tg, "3") {
		return -1
	}
	subject := false
	for j := cueAt + 1; j < p.close-1 && j <= cueAt+7; j++ {
		t := d.toks[j]
		if isDash(t) {
			if !subject || j < cueAt+3 || (d.toks[j-1].Text != "," && d.toks[j-1].Text != ".") {
				return -1
			}
			return j
		}
		if t.Kind != vistka.Word {
			if j+1 < p.close && isDash(d.toks[j+1]) && (t.Text == "," || t.Text == ".") {
				continue
			}
			return -1
		}
		switch {
		case strings.HasPrefix(t.Tag, "verb"), isThat(t.Lemma), scan.EqualFold(t.Lemma, "який"):
			return -1
		case strings.HasPrefix(t.Tag, "noun") && vtag.Has(t.Tag, "v_naz"):
			subject = true
		}
	}
	return -1
}

// remarkAttribution reads the author's words that remark found: the verb's
// lemma as the cue and its subject as the speaker.
func (d *doc) remarkAttribution(cueAt, end int) (cue, speaker, speakerText string) {
	speaker, speakerText = d.speaker(cueAt, end, cueAt)
	if speaker == "" && speakerText == "" {
		return "", "", ""
	}
	return scan.ToLower(d.toks[cueAt].Lemma), speaker, speakerText
}

// attributionAfter returns the clause after a closing mark that may say who
// spoke: "…", - сказав Токаєв.
func (d *doc) attributionAfter(close int) (from, to int, ok bool) {
	i := close + 1
	para := d.toks[close].para
	for i < len(d.toks) && d.toks[i].para == para && (d.toks[i].Text == "," || isDash(d.toks[i])) {
		i++
	}
	if i == close+1 || i >= len(d.toks) || d.toks[i].para != para {
		return 0, 0, false
	}
	from = i
	for i < len(d.toks) && d.toks[i].para == para &&
		!(d.toks[i].Kind == vistka.Punct && strings.ContainsAny(d.toks[i].Text, ".!?…:;")) {
		if d.toks[i].Kind == vistka.QuoteMark {
			// A quoted name in the attribution: "– розповідає директор
			// «Глибокої» Шаміль Мамлєєв".
			if k := d.closingMark(i, min(len(d.toks), i+8)); k > i && i > from {
				i = k + 1
				continue
			}
			break
		}
		i++
	}
	return from, i, i > from
}

// toldAfter returns the sentence after the quote at p when the quote is
// its own sentence (at most a connective before it: "Однак «…».") and the
// next one, opening with "Про це" or "Так" and a cue, says who said it:
// "Про це повідомляється в обґрунтуванні закупівлі", "Про це заявив
// міністр", "Так мер прокоментував ситуацію".
func (d *doc) toldAfter(p pair) (from, to int, ok bool) {
	s := d.toks[p.open].sent
	if d.toks[p.close].sent != s || p.open-d.sentStart[s] > 1 {
		return 0, 0, false
	}
	if p.open > d.sentStart[s] && d.toks[p.open-1].Kind != vistka.Word {
		return 0, 0, false
	}
	k := p.close + 1
	if k >= len(d.toks) || !strings.ContainsAny(d.toks[k].Text, ".!?…") || d.toks[k].sent != s || s+1 >= len(d.sentStart) {
		return 0, 0, false
	}
	from, to = d.sentenceRange(s + 1)
	if k+1 != from || to-from < 3 {
		return 0, 0, false
	}
	if scan.EqualFold(d.toks[from].Text, "так") && d.toks[from+1].Kind == vistka.Word {
		// "«…». Так мер прокоментував ситуацію": так points back to the
		// words, and a cue must follow in the sentence
		cued := false
		for j := from + 1; j < to && !cued; j++ {
			cued = d.cueAt(j) != ""
		}
		if !cued {
			return 0, 0, false
		}
	} else if !scan.EqualFold(d.toks[from].Text, "про") || !scan.EqualFold(d.toks[from+1].Text, "це") {
		return 0, 0, false
	}
	if d.toks[to-1].Kind == vistka.Punct {
		to--
	}
	return from, to, true
}

// attributionBefore returns the clause before an opening mark that may say
// who spoke: Блінкен заявив: «…». The clause may end the paragraph before.
func (d *doc) attributionBefore(open int) (from, to int, ok bool) {
	i := open - 1
	if i >= 0 && isDash(d.toks[i]) {
		i--
	}
	if i < 0 || d.toks[i].Text != ":" && d.toks[i].Text != "," {
		return 0, 0, false
	}
	to = i
	para := d.toks[i].para
	for i--; i >= 0 && d.toks[i].para == para && !(d.toks[i].Kind == vistka.Punct && strings.ContainsAny(d.toks[i].Text, ".!?…;")); i-- {
		if d.toks[i].Kind == vistka.QuoteMark {
			// a title in guillemets right before the speaker's name is
			// stepped over: "Озвучив це «заступник командувача» Едуард
			// Басурін: «…»"
			// So is an organisation's name in them after its kind:
			// "Прес-служба корпорації «МАКО Холдінг» визнала …: «…»".
			k := d.titleOpen(i)
			if k < 0 {
				break
			}
			// (not one a preposition governs: "зайшов до клубу «44» і
			// подумав: «…»")
			named := k > 0 && k+1 < i && strings.HasPrefix(d.toks[k-1].Tag, "noun") &&
				!(k > 1 && strings.HasPrefix(d.toks[k-2].Tag, "prep")) &&
				d.inSpan(d.toks[k+1].RStart, d.toks[i-1].REnd, "ORG")
			if i+1 >= to && !(named && d.toks[to].Text == ":") {
				// (an organisation's name may end the role before the
				// colon: "Анатолій Науменко, президент «Федерації
				// карате»: «…»")
				break
			}
			if !named && d.ents.Type(d.ents.At(d.toks[i+1].RStart, d.toks[i+1].REnd)) != "PERS" {
				break
			}
			i = k
		}
	}
	return i + 1, to, to > i+1
}

// thatBefore reads a quotation that opens right after the що of a cue's
// clause, in the cue's sentence: "Він переконаний, що «якість наших
// інститутів – на рівні відсталих країн. …»". It returns the clause before
// the comma as the attribution, as attributionBefore does for a colon.
// The quotation must close the sentence: in "заявив, що «Слуга народу»
// програє" the marks hold a name inside the clause.
func (d *doc) thatBefore(open, close int) (from, to int, ok bool) {
	i := open - 1
	if i < 1 || !isThat(d.toks[i].Lemma) || d.toks[i-1].Text != "," || d.toks[i-1].para != d.toks[open].para {
		return 0, 0, false
	}
	if n := close + 1; n < len(d.toks) && d.toks[n].para == d.toks[close].para &&
		!(d.toks[n].Kind == vistka.Punct && strings.ContainsAny(d.toks[n].Text, ".!?…")) {
		return 0, 0, false
	}
	to = i - 1
	from = d.sentStart[d.toks[to].sent]
	if from >= to || d.cueAt(to-1) == "" && !d.cueIn(from, to) {
		return 0, 0, false
	}
	return from, to, true
}

// cueIn reports whether toks[from:to] hold a cue.
func (d *doc) cueIn(from, to int) bool {
	for j := from; j < to; j++ {
		if d.cueAt(j) != "" {
			return true
		}
	}
	return false
}

// reasonQuoted reads the quote at p as the reason for a decision, in the
// words of the one who made it, after через: "тендер, який замовник
// пізніше скасував через «неможливість усунути порушення»", "суд
// відмовив через «відсутність підстав»". The speaker is the verb's
// subject, in its clause.
func (d *doc) reasonQuoted(p pair, words int, endsSentence bool) (vistka.Quote, bool) {
	if words < 3 || endsSentence || p.open < 2 || scan.ToLower(d.toks[p.open-1].Text) != "через" || d.toks[p.close].sent != d.toks[p.open].sent {
		return vistka.Quote{}, false
	}
	v := -1 // the verb, with its object between it and через
	for i := p.open - 2; i >= 0 && i >= p.open-7 && d.toks[i].sent == d.toks[p.open].sent; i-- {
		if t := d.toks[i]; t.Kind == vistka.Punct {
			break
		}
		if t := d.toks[i]; strings.HasPrefix(t.Tag, "verb") {
			if reasonVerbs[scan.ToLower(t.Lemma)] {
				v = i
			}
			break
		}
	}
	if v < 0 {
		return vistka.Quote{}, false
	}
	if d.inName(d.toks[p.open+1].RStart, d.toks[p.close-1].REnd) {
		return vistka.Quote{}, false
	}
	from, _ := d.sentenceRange(d.toks[v].sent)
	for i := v - 1; i > from; i-- {
		if l := scan.ToLower(d.toks[i].Lemma); l == "який" || l == "котрий" {
			from = i + 1 // the relative clause's own subject
			break
		}
	}
	return d.quotedReason(p, v, from)
}

// quotedReason is the direct quote inside p whose cue is the verb at v,
// its speaker looked for from token from up to v; none when no speaker
// is found.
func (d *doc) quotedReason(p pair, v, from int) (vistka.Quote, bool) {
	q := vistka.Quote{Direct: true, Cue: scan.ToLower(d.toks[v].Lemma)}
	q.Speaker, q.SpeakerText = d.speaker(from, v, v)
	if q.Speaker == "" && q.SpeakerText == "" {
		return vistka.Quote{}, false
	}
	q.Start, q.End = d.toks[p.open+1].RStart, d.toks[p.close-1].REnd
	q.Text = string(d.text[q.Start:q.End])
	return q, true
}

// explainedBy reads the quote at p as the words of one who explained a
// decision by a need or a reason named in the instrumental right before
// it: "В обґрунтуванні закупівлі це пояснено необхідністю «виконання
// вимог УЄФА …»", "замовник мотивував рішення потребою «…»", or by a
// reason quoted whole, in the instrumental: "суд мотивував відмову
// «відсутністю доказів»". (Not a call quoted from its infinitive,
// "закликав партнерів «діяти рішуче»": the news sets keep a call
// indirect, from its object on, and optional.) The speaker
// is the verb's subject, or the document it is said in.
func (d *doc) explainedBy(p pair, words int, endsSentence bool) (vistka.Quote, bool) {
	if words < 2 || endsSentence || p.open < 3 || d.toks[p.close].sent != d.toks[p.open].sent {
		return vistka.Quote{}, false
	}
	n, f := d.toks[p.open-1], d.toks[p.open+1]
	if n.sent != d.toks[p.open].sent {
		return vistka.Quote{}, false
	}
	last := p.open - 2 // the last word the verb may be
	switch {
	case explanations[scan.ToLower(n.Lemma)] && strings.Contains(n.Tag, "v_oru") && words >= 3:
	case (strings.HasPrefix(f.Tag, "noun") || strings.HasPrefix(f.Tag, "adj")) && strings.Contains(f.Tag, "v_oru") && !strings.Contains(f.Tag, "prop"):
		// "суддя мотивувала рішення «відсутністю доказів»": the reason
		// itself quoted, opening with the instrumental
		last = p.open - 1
	default:
		return vistka.Quote{}, false
	}
	v := -1 // the verb, with at most its object between it and the noun
	for i := last; i >= 0 && i >= last-2 && d.toks[i].sent == n.sent; i-- {
		t := d.toks[i]
		if t.Kind == vistka.Punct {
			break
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if explainVerbs[scan.ToLower(t.Lemma)] {
				v = i
			}
			break
		}
	}
	if v < 0 || d.inName(d.toks[p.open+1].RStart, d.toks[p.close-1].REnd) {
		return vistka.Quote{}, false
	}
	return d.quotedReason(p, v, d.clauseFrom(v))
}

// namedAs reads the quote at p as the words of one who named something
// by them, a quoted fragment in the instrumental after назвати:
// "Тоді Лукашенко назвав ці публікації «замовною кампанією»", "У фонді
// висновки назвали «передчасними»". The fragment opens in lower case (a
// name given, "назвали проєкт «Мрією»", is no speech) and is short; the
// verb stands at most three words before it, its object between. Only
// the perfective: one statement, not a habitual name (`Сам Петро
// називає віллу «підводним палацом»`, `в Україні називають «…»`). An
// adverb or a particle may open the naming before its adjective
// ("назвали «юридично нікчемними»", "назвала атаку «ще одним воєнним
// злочином»"), and a threat names what it threatens with in the
// instrumental too ("пригрозив Берліну «наслідками, про які там
// пошкодують»").
// maxNamingWords bounds a fragment quoted after назвати: a naming is a
// phrase ("назвав угоду «найкращою новиною для галузі за останнє
// десятиліття»"), not a speech; other fragments read so (a threat, a
// naming told in назвавши) keep to six words.
const maxNamingWords = 10

func (d *doc) namedAs(p pair, words int, endsSentence bool) (vistka.Quote, bool) {
	if words < 1 || words > maxNamingWords || endsSentence && !d.namedLast(p, words) || p.open < 2 || d.toks[p.close].sent != d.toks[p.open].sent {
		return vistka.Quote{}, false
	}
	f := d.toks[p.open+1]
	if (strings.HasPrefix(f.Tag, "adv") || strings.HasPrefix(f.Tag, "part")) && isLowerStart(f.Text) && p.open+2 < p.close {
		f = d.toks[p.open+2]
	}
	if !strings.HasPrefix(f.Tag, "noun") && !strings.HasPrefix(f.Tag, "adj") && !strings.HasPrefix(f.Tag, "numr") ||
		!strings.Contains(f.Tag, "v_oru") || strings.Contains(f.Tag, "prop") || !isLowerStart(f.Text) {
		return vistka.Quote{}, false
	}
	v := d.verbBack(p.open-1, p.open-4, f.sent, func(l string) bool { return l == "назвати" || l == "пригрозити" })
	if words > 6 && (v < 0 || scan.ToLower(d.toks[v].Lemma) != "назвати") {
		return vistka.Quote{}, false
	}
	if v < 0 && !d.inName(f.RStart, d.toks[p.close-1].REnd) {
		return d.namedWhile(p, f.sent)
	}
	if v < 0 || d.inName(f.RStart, d.toks[p.close-1].REnd) {
		return vistka.Quote{}, false
	}
	return d.fragmentOf(p, v)
}

// namedWhile reads a naming told in the adverbial participle назвавши
// after a comma, at most its object between it and the fragment, as a
// direct quote of the subject of the finite verb before the comma: "У
// МЗС Росії вимоги Києва відкинули, назвавши їх «недружнім кроком»",
// "Міністр відкинув вимоги, назвавши їх «…»".
func (d *doc) namedWhile(p pair, sent int) (vistka.Quote, bool) {
	a := -1
	for i := p.open - 1; i >= 0 && i >= p.open-3 && d.toks[i].sent == sent && d.toks[i].Kind == vistka.Word; i-- {
		if scan.ToLower(d.toks[i].Text) == "назвавши" {
			a = i
			break
		}
	}
	if a < 2 || d.toks[a-1].Text != "," {
		return vistka.Quote{}, false
	}
	from := d.clauseFrom(a - 2)
	m := -1 // the finite verb of the clause before the comma
	for i := a - 2; i >= from; i-- {
		if t := d.toks[i]; strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			m = i
			break
		}
	}
	if m < 0 {
		return vistka.Quote{}, false
	}
	q := vistka.Quote{Direct: true, Cue: "назвати"}
	if q.Speaker, q.SpeakerText = d.speaker(from, m, m); q.Speaker == "" && q.SpeakerText == "" {
		return vistka.Quote{}, false
	}
	q.Start, q.End = d.toks[p.open+1].RStart, d.toks[p.close-1].REnd
	q.Text = string(d.text[q.Start:q.End])
	return q, true
}

// accusedOf reads the quote at p as the words of one who accused someone
// of what the fragment names, a short quoted fragment in the locative
// after звинуватити … в (у): "Партія … звинуватила владу в «політичних
// репресіях»". The fragment opens in lower case; the verb stands at most
// four words before the preposition, its object between.
func (d *doc) accusedOf(p pair, words int) (vistka.Quote, bool) {
	if words < 1 || words > 6 || p.open < 3 || d.toks[p.close].sent != d.toks[p.open].sent {
		return vistka.Quote{}, false
	}
	pr, f := d.toks[p.open-1], d.toks[p.open+1]
	if l := scan.ToLower(pr.Text); l != "в" && l != "у" || pr.sent != f.sent || !isLowerStart(f.Text) ||
		!strings.Contains(f.Tag, "v_mis") && !locativeToo(f) {
		return vistka.Quote{}, false
	}
	v := d.verbBack(p.open-2, p.open-6, f.sent, func(l string) bool { return l == "звинуватити" || l == "звинувачувати" })
	if v < 0 || d.inName(f.RStart, d.toks[p.close-1].REnd) {
		return vistka.Quote{}, false
	}
	return d.fragmentOf(p, v)
}

// locativeToo reports a noun of the feminine kinds whose locative singular
// is written as its genitive and its plural (-ія → -ії, -ця → -ці, -ість →
// -ості), which the tagger read in another case: the quotation mark after
// в hides the preposition from it ("в «політизації мистецтва»", "у
// «дискредитації реформи»").
func locativeToo(t tok) bool {
	if !strings.HasPrefix(t.Tag, "noun") {
		return false
	}
	w, l := scan.ToLower(t.Text), scan.ToLower(t.Lemma)
	return strings.HasSuffix(l, "ія") && strings.HasSuffix(w, "ії") || strings.HasSuffix(l, "ця") && strings.HasSuffix(w, "ці") ||
		strings.HasSuffix(l, "ість") && strings.HasSuffix(w, "ості")
}

// verbBack returns the first verb a walk back from token from to token
// stop meets, over words of sentence sent alone, when ok accepts its
// lemma lower-cased; else -1: the verb that quotes a fragment with at
// most its object between (назвати X «…», звинуватити X в «…»).
func (d *doc) verbBack(from, stop, sent int, ok func(lemma string) bool) int {
	for i := from; i >= 0 && i >= stop && d.toks[i].sent == sent; i-- {
		t := d.toks[i]
		if t.Kind != vistka.Word {
			return -1
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if ok(scan.ToLower(t.Lemma)) {
				return i
			}
			return -1
		}
	}
	return -1
}

// fragmentOf returns the quoted fragment at p as a direct quote of the
// subject of the verb at v that quotes it (назвати, звинуватити), or, for
// a verb joined by а, і, та after reported content, of that content's
// cue: "Речник заявив, що …, а саму справу назвав «…»".
func (d *doc) fragmentOf(p pair, v int) (vistka.Quote, bool) {
	from := d.clauseFrom(v)
	if sf, _ := d.sentenceRange(d.toks[v].sent); from == v && from > sf+1 && d.toks[from-1].Text == "," {
		// "Президент, звертаючись до нації, назвав відхід військ
		// «…»": the subject before an adverbial participle's phrase set
		// off by commas
		if c := d.clauseStart(from-1, sf); c > sf && d.toks[c-1].Text == "," && (strings.HasPrefix(d.toks[c].Tag, "advp") || relativeWord(d.toks[c].Text)) {
			// (and before a relative clause: "Президент, який узяв участь
			// у зустрічі, назвав домовленість «історичною»")
			from = d.clauseStart(c-1, sf)
		} else if c > sf+1 && d.toks[c-1].Text == "," && d.sourceAside(c-1, v) == from-1 {
			// "Держсекретар США, за даними Reuters, назвав її «…»": the
			// subject before who passes the words on
			from = d.clauseStart(c-1, sf)
		}
	}
	if r := from - 1; from == v && r > 1 && isRelativeLemma(d.toks[r].Lemma) && strings.Contains(d.toks[r].Tag, "v_naz") {
		// "його прийняв президент Філіппін, який назвав Японію «…»":
		// the relative clause's own naming, of the noun it stands for
		if id, text := d.antecedent(r, d.sentStart[d.toks[v].sent]); id != "" || text != "" {
			q := vistka.Quote{Direct: true, Cue: scan.ToLower(d.toks[v].Lemma), Speaker: id, SpeakerText: text}
			q.Start, q.End = d.toks[p.open+1].RStart, d.toks[p.close-1].REnd
			q.Text = string(d.text[q.Start:q.End])
			return q, true
		}
	}
	if q, ok := d.quotedReason(p, v, from); ok {
		return q, true
	}
	if l := scan.ToLower(d.toks[from].Text); (l == "а" || l == "і" || l == "та" || l == "й") && from > 0 && d.toks[from-1].Text == "," {
		// "Речник заявив, що …, а саму справу назвав «…»": the subject
		// of the predicate the naming is joined to
		if c := d.cueBefore(from - 1); c >= 0 {
			q := vistka.Quote{Direct: true, Cue: scan.ToLower(d.toks[v].Lemma)}
			if q.Speaker, q.SpeakerText = d.speaker(d.clauseFrom(c), c, c); q.Speaker == "" && q.SpeakerText == "" {
				return vistka.Quote{}, false
			}
			q.Start, q.End = d.toks[p.open+1].RStart, d.toks[p.close-1].REnd
			q.Text = string(d.text[q.Start:q.End])
			return q, true
		}
	}
	return vistka.Quote{}, false
}

// relativeWord reports a relative pronoun that opens a clause set off by
// commas: який, яка, яке, які, and the possessive чий, чия, чиє, чиї
// ("Директор, чий інститут потрапив до переліку, назвав …").
func relativeWord(w string) bool {
	switch scan.ToLower(w) {
	case "який", "яка", "яке", "які", "чий", "чия", "чиє", "чиї":
		return true
	}
	return false
}

// cueBefore returns the finite verb of speech that opens the sentence's
// reported content before i, "заявив" in "Речник заявив, що …", or -1.
func (d *doc) cueBefore(i int) int {
	from, _ := d.sentenceRange(d.toks[i].sent)
	for j := from; j < i; j++ {
		t := d.toks[j]
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") && cueLemma(t.Lemma, t.Tag) != "" &&
			j+2 < i && d.toks[j+1].Text == "," && scan.EqualFold(d.toks[j+2].Text, "що") {
			return j
		}
	}
	return -1
}

// namedLast reports a short naming that closes its sentence right after
// a perfective назвати: "а саму справу назвав «політичним замовленням»."
// (the object put before the verb, the fragment last).
func (d *doc) namedLast(p pair, words int) bool {
	if p.open < 2 {
		return false
	}
	v := d.toks[p.open-1]
	return words <= 4 && strings.HasPrefix(v.Tag, "verb") && scan.ToLower(v.Lemma) == "назвати" && strings.Contains(v.Tag, ":perf")
}

// clauseFrom returns where the clause of the verb at v starts: after the
// last punctuation mark or relative word before it in its sentence, so
// that the clause's own subject is found.
func (d *doc) clauseFrom(v int) int {
	from, _ := d.sentenceRange(d.toks[v].sent)
	for i := v - 1; i > from; i-- {
		if t := d.toks[i]; t.Kind == vistka.Punct || isRelativeLemma(t.Lemma) {
			return i + 1 // the clause's own subject
		}
	}
	return from
}

// reasonOrName reads the quote at p as a quoted request (quotedRequest),
// a quoted reason (explainedBy, quotedBecause) or a quoted naming
// (namedAs).
func (d *doc) reasonOrName(p pair, words int, endsSentence bool) (vistka.Quote, bool) {
	if q, ok := d.quotedRequest(p, words); ok {
		return q, true
	}
	if q, ok := d.explainedBy(p, words, endsSentence); ok {
		return q, true
	}
	if q, ok := d.quotedBecause(p, words, endsSentence); ok {
		return q, true
	}
	if q, ok := d.promisedOrThanked(p, words); ok {
		return q, true
	}
	return d.namedAs(p, words, endsSentence)
}

// maxFragmentWords bounds a fragment quoted in narration after the verb
// that gives it (a promise, thanks): a phrase, not a speech.
const maxFragmentWords = 12

// promisedOrThanked reads the quote at p, right after a verb of promising
// or thanking, as a fragment of the words of the one who promised or
// thanked: "пообіцяв «повернути державу людям»", "пообіцяла «і надалі
// підвищувати ціну агресії»", "подякував «усім, хто зберіг єдність»".
// The fragment opens in lower case (a name, "пообіцяв «Нафтогазу» …", is
// no speech) and has two words at least (one, "пообіцяв «відмити»
// підрядників", may be the writer's irony); a promise's holds an
// infinitive among its first words.
func (d *doc) promisedOrThanked(p pair, words int) (vistka.Quote, bool) {
	if words < 2 || words > maxFragmentWords || p.open < 2 || d.toks[p.close].sent != d.toks[p.open].sent {
		return vistka.Quote{}, false
	}
	v, f := d.toks[p.open-1], d.toks[p.open+1]
	if !strings.HasPrefix(v.Tag, "verb") || v.sent != f.sent || !isLowerStart(f.Text) || d.inName(f.RStart, d.toks[p.close-1].REnd) {
		return vistka.Quote{}, false
	}
	switch scan.ToLower(v.Lemma) {
	case "подякувати", "дякувати":
	case "пообіцяти", "обіцяти":
		inf := false
		for i := p.open + 1; i < p.close && i <= p.open+3; i++ {
			inf = inf || strings.Contains(d.toks[i].Tag, ":inf")
		}
		if !inf {
			return vistka.Quote{}, false
		}
	default:
		return vistka.Quote{}, false
	}
	return d.fragmentOf(p, p.open-1)
}

// thankedFor reads the quote at p after за as a fragment of the words of
// one who thanked someone for what it names, the verb at most three words
// before за, its object between: "подякував партнерам за «чітку
// позицію»".
func (d *doc) thankedFor(p pair, words int) (vistka.Quote, bool) {
	if words < 1 || words > maxFragmentWords || p.open < 3 || d.toks[p.close].sent != d.toks[p.open].sent {
		return vistka.Quote{}, false
	}
	pr, f := d.toks[p.open-1], d.toks[p.open+1]
	if scan.ToLower(pr.Text) != "за" || pr.sent != f.sent || !isLowerStart(f.Text) {
		return vistka.Quote{}, false
	}
	v := d.verbBack(p.open-2, p.open-5, f.sent, func(l string) bool { return l == "подякувати" || l == "дякувати" })
	if v < 0 || d.inName(f.RStart, d.toks[p.close-1].REnd) {
		return vistka.Quote{}, false
	}
	return d.fragmentOf(p, v)
}

// isUpperStart reports whether s opens with a capital letter.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isLowerStart reports whether s opens with a lower-case letter.
func isLowerStart(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// isRelativeLemma reports whether l opens a relative clause: який, котрий.
func isRelativeLemma(l string) bool {
	l = scan.ToLower(l)
	return l == "який" || l == "котрий"
}

// explainVerbs explain or justify a decision by a reason.
var explainVerbs = map[string]bool{
	"пояснити": true, "пояснювати": true, "обґрунтувати": true, "обґрунтовувати": true,
	"обгрунтувати": true, "обгрунтовувати": true, "мотивувати": true, "аргументувати": true,
}

// explanations are the reasons a decision is explained by, in the
// instrumental before a quoted phrase.
var explanations = map[string]bool{
	"необхідність": true, "потреба": true, "неможливість": true, "відсутність": true,
	"доцільність": true, "вимога": true, "наявність": true,
}

// reasonVerbs are decisions whose reason is often quoted from their maker
// after через.
var reasonVerbs = map[string]bool{
	"скасувати": true, "скасовувати": true, "відхилити": true, "відхиляти": true,
	"відмовити": true, "відмовляти": true, "відмовитися": true, "відмовлятися": true,
	"припинити": true, "припиняти": true, "зупинити": true, "зупиняти": true,
	"заборонити": true, "забороняти": true, "звільнити": true, "звільняти": true,
}

// phraseGoesOn reports whether the sentence goes on with a word right
// after the closing mark at close: the quoted words are part of a phrase.
func (d *doc) phraseGoesOn(close int) bool {
	if close+1 >= len(d.toks) {
		return false
	}
	n := d.toks[close+1]
	return n.Kind == vistka.Word && n.sent == d.toks[close].sent && n.para == d.toks[close].para
}

// accordingToReport returns the noun of "згідно з [adjectives] повідомленням
// / заявою / даними" opening at i before the clause end to, or 0.
func (d *doc) accordingToReport(i, to int) int {
	if !scan.EqualFold(d.toks[i].Text, "згідно") || i+2 >= to || d.toks[i+1].Lemma != "з" && d.toks[i+1].Lemma != "із" {
		return 0
	}
	k := i + 2
	for k < to && strings.HasPrefix(d.toks[k].Tag, "adj") {
		k++
	}
	if k < to && accordingLemma(d.toks[k].Lemma) {
		return k
	}
	return 0
}

// accordingLemma reports whether a noun names a source's words after за
// or згідно з: за словами, згідно з повідомленням, згідно із заявою.
func accordingLemma(l string) bool {
	return accordingTo[l] || l == "повідомлення" || l == "заява"
}

// titleOpen returns the opening guillemet of the short phrase whose closing
// guillemet is at i, in the same sentence and with no end of a sentence
// inside, or -1.
func (d *doc) titleOpen(i int) int {
	if d.toks[i].Text != "»" {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-12 && d.toks[k].sent == d.toks[i].sent; k-- {
		switch t := d.toks[k]; {
		case t.Text == "«":
			return k
		case t.Kind == vistka.QuoteMark || t.Kind == vistka.Punct && strings.ContainsAny(t.Text, ".!?…;:"):
			return -1
		}
	}
	return -1
}

// attribution reads the cue and the speaker of the clause toks[from:to].
func (d *doc) attribution(from, to int) (cue, speaker, speakerText string) {
	cueAt := -1
	for i := from; i < to; i++ {
		if scan.EqualFold(d.toks[i].Lemma, "який") {
			// "«Атлант розправив плечі» – книга Айн Ренд, яку авторка
			// писала 12 років": a cue in a relative clause on a title
			// attributes nothing.
			break
		}
		c := cmp.Or(d.cueAt(i), mannerLemma(d.toks[i].Lemma, d.toks[i].Tag))
		if c == "" && d.conclusionAt(i, to) > 0 {
			// "«…, — дійшов висновку підприємець, коли пішов на фронт. —
			// …»": a conclusion drawn attributes the words as a cue does
			c = scan.ToLower(d.toks[i].Lemma)
		}
		if c != "" {
			if thatOnly[c] {
				continue // "«…», засудив насаджування і звинуватив владу в перегинах"
			}
			if continues[c] && i != from && !(i+1 < len(d.toks) && d.toks[i+1].Text == ":") {
				// "наступні схеми продовжують працювати": only "– продовжує
				// Дудко" and "продовжує:" go on with speech
				continue
			}
			cue, cueAt = c, i
			break
		}
		if scan.EqualFold(d.toks[i].Text, "за") && i+1 < to && accordingTo[d.toks[i+1].Lemma] {
			cue, cueAt = "за словами", i+1
			break
		}
		if k := d.accordingToReport(i, to); k > 0 {
			// "Згідно з офіційним повідомленням штабу АТО: «…»"
			cue, cueAt = "згідно з", k
			break
		}
		if scan.EqualFold(d.toks[i].Text, "за") && (i == from || d.toks[i-1].Text == ",") {
			if e, _ := d.zaPerson(i, to); e != "" {
				// "За Зиморовичем, поляки зазнавали утисків: «…»"
				return "за", e, d.mentionText(e, d.toks[i+1].RStart)
			}
		}
	}
	if cueAt >= 0 && to < len(d.toks) && d.toks[to].Text == ":" {
		if j, id, text := d.innerSpeaker(from, cueAt, to); j > 0 {
			return d.cueAt(j), id, text
		}
	}
	if cueAt < 0 {
		if k := d.viewOf(from, to); k > 0 {
			// "«…», – такою була позиція співака": whose view it is
			t := d.toks[k+1]
			if e := d.ents.At(t.RStart, t.REnd); e != "" {
				return d.toks[k].Lemma, e, d.mentionText(e, t.RStart)
			}
			p := scan.ToLower(t.Lemma)
			return d.toks[k].Lemma, p, p
		}
		if e := d.namedColon(from, to); e != "" {
			// "О. Саранчин: «…»": an interview names who answers.
			return "сказати", e, string(d.text[d.toks[from].RStart:d.toks[to-1].REnd])
		}
		return "", "", ""
	}
	speaker, speakerText = d.speaker(from, to, cueAt)
	if speaker == "" {
		speaker, speakerText = d.zeroSubject(cueAt, from)
	}
	if speaker == "" && speakerText == "" {
		speakerText = d.quotedPlace(cueAt, from, to)
		speaker = speakerText
	}
	return cue, speaker, speakerText
}

// innerSpeaker returns, for an attribution toks[from:to] before a colon
// whose first cue at cueAt has a що-clause or a relative clause after it
// with a cue of speech of its own, that cue and its speaker: the one who
// said the words the colon opens is the inner verb's subject ("Вона
// нагадала, що президент Зеленський казав: «…»") or the noun a relative
// pronoun stands for ("згадав слова Столтенберга, який сказав: «…»"),
// not the one who recalls them. It returns j = 0 when there is none.
func (d *doc) innerSpeaker(from, cueAt, to int) (j int, id, text string) {
	for k := cueAt + 1; k+2 < to; k++ {
		if d.toks[k].Text != "," {
			continue
		}
		c := k + 1
		relative := d.isRelative(c) && strings.Contains(d.toks[c].Tag, "v_naz")
		if !relative && scan.ToLower(d.toks[c].Lemma) != "що" {
			continue
		}
		for v := c + 1; v < to; v++ {
			t := d.toks[v]
			if t.Text == "," || t.Kind == vistka.QuoteMark {
				break // the clause goes on past an aside or a title
			}
			if !strings.HasPrefix(t.Tag, "verb") || !speechCues[d.cueAt(v)] {
				continue
			}
			if relative {
				id, text = d.antecedent(c, from)
			} else {
				id, text = d.speaker(c+1, to, v)
			}
			if id == "" && text == "" {
				return 0, "", ""
			}
			return v, id, text
		}
	}
	return 0, "", ""
}

// viewNouns name what someone thinks or answers.
var viewNouns = map[string]bool{"позиція": true, "думка": true, "відповідь": true, "реакція": true, "оцінка": true, "коментар": true}

// viewOf returns, for an attribution after a quotation that opens with
// такий and a noun of a view, its speaker after it in the genitive, the
// index of that noun: "«…», – такою була позиція співака", "така думка
// мера", "такою є відповідь міністерства". The speaker is a name or a
// person's noun. It returns -1 for any other attribution.
func (d *doc) viewOf(from, to int) int {
	if from >= to || scan.ToLower(d.toks[from].Lemma) != "такий" {
		return -1
	}
	k := from + 1
	if k < to && scan.ToLower(d.toks[k].Lemma) == "бути" {
		k++
	}
	if k+1 >= to || !viewNouns[scan.ToLower(d.toks[k].Lemma)] {
		return -1
	}
	t := d.toks[k+1]
	if !vtag.Has(t.Tag, "v_rod") || !strings.HasPrefix(t.Tag, "noun") {
		return -1
	}
	if d.ents.At(t.RStart, t.REnd) == "" && !vtag.Has(t.Tag, "anim") && !isBody(scan.ToLower(t.Lemma)) {
		return -1
	}
	return k
}

// quotedPlace returns the name in quotation marks of the body a verb with
// no subject speaks from, in the locative after it or before it, when the
// entity tagger found no name there: "…», – відмітили у «Лізі
// антитрасту»". It returns "" when there is none.
func (d *doc) quotedPlace(cueAt, from, to int) string {
	if tg := d.toks[cueAt].Tag; !strings.HasPrefix(tg, "verb") || !vtag.Has(tg, "p") && !vtag.Has(tg, "impers") {
		return ""
	}
	for k := from; k+2 < to; k++ {
		if l := d.toks[k].Lemma; (l != "у" && l != "в") || !strings.HasPrefix(d.toks[k].Tag, "prep") || d.toks[k+1].Kind != vistka.QuoteMark {
			continue
		}
		if c := d.closingMark(k+1, min(to, k+8)); c > k+2 {
			if _, name := d.namedSource(k+1, c+1); name != "" {
				return name
			}
		}
	}
	return ""
}

// sourceAside returns the comma that closes an aside naming who passes
// the words on, set off by commas after the subject and before the cue at
// cueAt: ", цитує його слова агентство PAP," ", як пише видання,", ",
// повідомляє Reuters,". toks[i] must be the opening comma with a noun
// before it; it returns 0 when there is no such aside.
func (d *doc) sourceAside(i, cueAt int) int {
	if i+2 >= cueAt || i == 0 || d.toks[i].Text != "," || !strings.HasPrefix(d.toks[i-1].Tag, "noun") {
		return 0
	}
	v := i + 1
	if scan.EqualFold(d.toks[v].Text, "за") && accordingTo[d.toks[v+1].Lemma] && !strings.Contains(d.toks[v+1].Tag, "pron") {
		// ", за даними Reuters,": a source's data, not its words said
		return d.asideEnd(v+2, cueAt)
	}
	if scan.EqualFold(d.toks[v].Text, "як") {
		v++
	}
	switch d.toks[v].Lemma {
	case "цитувати", "процитувати", "писати", "передавати", "повідомляти":
	default:
		return 0
	}
	if !strings.HasPrefix(d.toks[v].Tag, "verb") || strings.Contains(d.toks[v].Tag, ":inf") {
		return 0
	}
	return d.asideEnd(v+1, cueAt)
}

// sourceBeforeFragment reports a source aside opening at the comma i and
// set off between a subject and the verb that quotes a fragment, a few
// words on: "Держсекретар США, за даними Reuters, назвав її «…»" — the
// words are the subject's (the fragment's quote, marked in used), and the
// source only passes them on.
func (d *doc) sourceBeforeFragment(i, to int, used []bool) bool {
	for k := i + 1; k < to && k <= i+8; k++ {
		if d.toks[k].Text != "," {
			continue
		}
		if d.sourceAside(i, k+1) != k {
			return false
		}
		for j := k + 1; j < to && j <= k+4; j++ {
			if used[j] && d.toks[j].Kind == vistka.QuoteMark {
				return true
			}
		}
		return false
	}
	return false
}

// asideEnd returns the comma that closes, at most six words past from, an
// aside set off before the cue at cueAt, an adverb at most between them;
// else 0.
func (d *doc) asideEnd(from, cueAt int) int {
	for k := from; k < cueAt && k <= from+5; k++ {
		if d.toks[k].Text == "," {
			if k == cueAt-1 || strings.HasPrefix(d.toks[k+1].Tag, "adv") {
				return k // (an adverb may come before the cue: "…, також наголосив")
			}
			return 0
		}
	}
	return 0
}

// asideOwner returns the subject a cue set off by commas right after it
// stands for, when its possessive (його, її: gender g) agrees with it:
// "Міністерство оборони, як йдеться в його заяві, вітає рішення". The
// subject is a short phrase with no verb that opens the sentence, named
// (an organisation or a person) or a body's noun; "" when there is none.
func (d *doc) asideOwner(cueAt int, g byte) (id, text string) {
	from := d.sentStart[d.toks[cueAt].sent]
	c := cueAt - 1
	if c > from && scan.EqualFold(d.toks[c].Text, "як") {
		c--
	}
	if c <= from || d.toks[c].Text != "," || d.words(from, c) > 5 || d.hasFiniteVerb(from, c) {
		return "", ""
	}
	for j := from; j < c; j++ {
		t := d.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, "v_naz") || strings.Contains(t.Tag, "pron") {
			continue
		}
		agrees := g == 'f' && vtag.Has(t.Tag, "f") || g == 'm' && (vtag.Has(t.Tag, "m") || vtag.Has(t.Tag, "n"))
		if e := d.ents.At(t.RStart, t.REnd); e != "" && d.ents.Type(e) != "LOC" {
			if !agrees && !strings.Contains(t.Tag, ":nv") {
				return "", ""
			}
			return e, d.mentionText(e, t.RStart)
		}
		if agrees && (isBody(scan.ToLower(t.Lemma)) || strings.Contains(t.Tag, ":anim")) {
			p := d.phrase(j, from, c, -1)
			return p, p
		}
		return "", ""
	}
	return "", ""
}

// addressee reports whether the entity e at toks[i] stands right after the
// cue at cueAt (quotation marks aside) with a noun in the nominative after
// it before to: "розповів «Українській правді» джерело в уряді".
func (d *doc) addressee(i, cueAt, to int, e string) bool {
	k := i - 1
	for k > cueAt && (d.ents.At(d.toks[k].RStart, d.toks[k].REnd) == e || d.toks[k].Kind == vistka.QuoteMark) {
		k--
	}
	if k != cueAt {
		return false
	}
	j := i + 1
	for j < to && (d.ents.At(d.toks[j].RStart, d.toks[j].REnd) == e || d.toks[j].Kind == vistka.QuoteMark) {
		j++
	}
	if j+1 < to && vtag.Has(d.toks[cueAt].Tag, "p") && (scan.EqualFold(d.toks[j].Text, "у") || scan.EqualFold(d.toks[j].Text, "в")) {
		// "…, повідомили LIGA.net у пресслужбі МОН": a plural cue with
		// no subject of its own was told the name after it by the body
		// in the locative after that
		n := d.toks[j+1]
		if b := d.ents.At(n.RStart, n.REnd); b != "" && b != e && d.ents.Type(b) == "ORG" ||
			b == "" && strings.HasPrefix(n.Tag, "noun") && strings.Contains(n.Tag, "v_mis") && bodyWords[scan.ToLower(n.Lemma)] {
			return true
		}
	}
	return j < to && strings.HasPrefix(d.toks[j].Tag, "noun") && strings.Contains(d.toks[j].Tag, "v_naz") && !strings.Contains(d.toks[j].Tag, "pron")
}

// bodyWords are nouns for a body's office that speaks for it: "у
// пресслужбі МОН", "в міністерстві".
var bodyWords = map[string]bool{
	"пресслужба": true, "прес-служба": true, "міністерство": true, "відомство": true, "управління": true,
	"департамент": true, "адміністрація": true, "штаб": true, "компанія": true, "офіс": true,
}

// wordsOfQuoted returns whose words a cue of quoting at cueAt names in
// the genitive after слова: "«…», – цитує Reuters слова міністра" is the
// minister's, the person titled so just before when there is one; "" when
// the attribution names no such words.
func (d *doc) wordsOfQuoted(cueAt, to int) (id, text string) {
	for k := cueAt + 1; k+1 < to && k <= cueAt+6; k++ {
		if !scan.EqualFold(d.toks[k].Text, "слова") {
			continue
		}
		j := k + 1
		for j < to && strings.HasPrefix(d.toks[j].Tag, "adj") {
			j++
		}
		if j >= to {
			return "", ""
		}
		t := d.toks[j]
		// (a name the entity layer ran on over слова is no name of
		// the one quoted: "Reuters слова міністра")
		if e := d.ents.At(t.RStart, t.REnd); e != "" && d.ents.Type(e) != "LOC" && d.ents.At(d.toks[k].RStart, d.toks[k].REnd) != e {
			return e, d.mentionText(e, t.RStart)
		}
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, "v_rod") || strings.Contains(t.Tag, "pron") {
			return "", ""
		}
		p := scan.ToLower(t.Lemma)
		if people := d.ents.TitledBefore(t.sent+1, scan.ToLower(t.Lemma)); len(people) == 1 {
			return people[0], p
		}
		return p, p
	}
	return "", ""
}

// oneOfQuoted returns the one of many a cue of quoting at cueAt names
// as its object, after the outlet that quotes: "«…», – цитує FT одного з
// урядовців" quotes один з урядовців, not FT; "одну з депутаток" is одна
// з депутаток. It returns "" when the attribution names no such one.
func (d *doc) oneOfQuoted(cueAt, to int) string {
	for k := cueAt + 1; k+2 < to && k <= cueAt+4; k++ {
		t, p, n := d.toks[k], d.toks[k+1], d.toks[k+2]
		if scan.ToLower(t.Lemma) != "один" || !strings.Contains(t.Tag, "v_zna") && !strings.Contains(t.Tag, "v_rod") {
			continue
		}
		if l := scan.ToLower(p.Text); l != "з" && l != "із" && l != "зі" || !strings.HasPrefix(n.Tag, "noun") || !strings.Contains(n.Tag, "v_rod") || !vtag.Has(n.Tag, "p") {
			return ""
		}
		one := "один"
		if vtag.Has(t.Tag, "f") {
			one = "одна"
		}
		return one + " " + scan.ToLower(p.Text) + " " + n.Text
	}
	return ""
}

// quotedObject returns the person a cue of quoting names as its object
// right after it: "«…», – цитує міністра пресслужба" quotes the minister
// titled so in the two sentences before, "цитує Гнатюка агентство" the
// person named; "" when the word after the cue is neither.
func (d *doc) quotedObject(cueAt, to int) (id, text string) {
	i := cueAt + 1
	if i >= to {
		return "", ""
	}
	t := d.toks[i]
	if e := d.ents.At(t.RStart, t.REnd); e != "" && d.ents.Type(e) == "PERS" && !strings.Contains(t.Tag, "v_naz") {
		return e, d.mentionText(e, t.RStart)
	}
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || !strings.Contains(t.Tag, "v_zna") && !strings.Contains(t.Tag, "v_rod") {
		return "", ""
	}
	if people := d.ents.TitledBefore(t.sent+1, scan.ToLower(t.Lemma)); len(people) == 1 {
		return people[0], scan.ToLower(t.Lemma)
	}
	return "", ""
}

// wordsOfBefore returns the person whose words open at the quotation mark
// at open after "його вислів:", "її фраза:", "його слова:" (a possessive,
// a noun of what is said and a colon), with the possessive as written and
// the noun's lemma; "" when there is none or no person of that gender was
// named before.
func (d *doc) wordsOfBefore(open int) (id, text, noun string) {
	if open < 3 || d.toks[open-1].Text != ":" {
		return "", "", ""
	}
	n, p := d.toks[open-2], d.toks[open-3]
	l := scan.ToLower(n.Lemma)
	if !strings.HasPrefix(n.Tag, "noun") || !speechNouns[l] && l != "фраза" || n.sent != d.toks[open].sent {
		return "", "", ""
	}
	g := possessiveGender(p.Text)
	if g == 0 {
		return "", "", ""
	}
	if e := d.ents.LastPerson(p.RStart, p.sent, g); e != "" {
		return e, p.Text, l
	}
	return "", "", ""
}

// namedByNoun reports whether the quotation mark at open follows a common
// noun with nothing between, in its sentence: "марш миру «Мир. Єдність»",
// "акція «Квітка добра»": the name the noun bears, not speech.
func (d *doc) namedByNoun(open int) bool {
	if open < 1 {
		return false
	}
	t := d.toks[open-1]
	return t.Kind == vistka.Word && t.sent == d.toks[open].sent && strings.HasPrefix(t.Tag, "noun") &&
		!strings.Contains(t.Tag, "pron") && t.REnd < d.toks[open].RStart
}

// sameWords drops, of two quotes with the same span (sorted by start),
// the one told by where it is written when the other names whose data or
// words they are: "За даними архіву СБУ, як ідеться на сайті центру, …"
// tells the archive's data, which the centre's site passes on; and, of
// one speaker's, the one a cue reaches past мовляв, which tells it. (Two
// speakers of one content are kept otherwise.)
func sameWords(qs []vistka.Quote) []vistka.Quote {
	written := func(q vistka.Quote) bool { return q.Cue == "йтися" || q.Cue == "говоритися" }
	out := qs[:0]
	for _, q := range qs {
		if n := len(out); n > 0 && out[n-1].Start == q.Start && out[n-1].End == q.End {
			p := out[n-1]
			switch {
			case strings.HasPrefix(q.Cue, "за ") && written(p):
				out[n-1] = q
				continue
			case strings.HasPrefix(p.Cue, "за ") && written(q):
				continue
			case q.Cue == "мовляв" && q.Speaker == p.Speaker:
				// "звинуватив міліцію в перевищенні повноважень,
				// мовляв, …": the words мовляв gives, read once
				out[n-1] = q
				continue
			case p.Cue == "мовляв" && q.Speaker == p.Speaker:
				continue
			}
		}
		if n := len(out); n > 0 && q.Speaker == out[n-1].Speaker && q.Direct && marksAround(out[n-1], q) {
			// "нагадав, що …, і висловив сподівання, що «…»": the words in
			// the marks told once, by the cue that gives them, without
			// the marks
			out[n-1].Start, out[n-1].End, out[n-1].Text, out[n-1].Parts, out[n-1].Direct = q.Start, q.End, q.Text, q.Parts, true
			continue
		}
		out = append(out, q)
	}
	return out
}

// marksAround reports whether quote p is quote q with the quotation
// marks around it: one text read twice, once with its marks.
func marksAround(p, q vistka.Quote) bool {
	r, _ := utf8.DecodeRuneInString(p.Text)
	return q.Start == p.Start+1 && q.End == p.End-1 && (r == '«' || r == '„' || r == '"')
}

// possessiveGender returns 'm' for його, 'f' for її, else 0.
func possessiveGender(w string) byte {
	switch scan.ToLower(w) {
	case "його":
		return 'm'
	case "її":
		return 'f'
	}
	return 0
}

// speaker finds who speaks in toks[from:to] around the cue at cueAt: a
// person or organisation named there, a pronoun standing for the last
// person named, a role phrase, or failing those the noun phrase as written.
func (d *doc) speaker(from, to, cueAt int) (id, text string) {
	if l := d.toks[cueAt].Lemma; l == "цитувати" || l == "процитувати" {
		// "«…», – цитує його RTÉ": the one quoted speaks, not who quotes
		for i := cueAt + 1; i < to && i <= cueAt+2; i++ {
			t := d.toks[i]
			if g := possessiveGender(t.Text); g != 0 {
				if e := d.ents.LastPerson(t.RStart, t.sent, g); e != "" {
					return e, t.Text
				}
			}
		}
		if text := d.oneOfQuoted(cueAt, to); text != "" {
			return text, text
		}
		if e, text := d.wordsOfQuoted(cueAt, to); text != "" {
			return e, text
		}
		if e, text := d.quotedObject(cueAt, to); text != "" {
			return e, text
		}
	}
	if l := d.toks[cueAt].Lemma; l == "йтися" || l == "говоритися" {
		// "«…», — говориться в тексті його повідомлення": whose
		// statement it is, the person named last
		for i := cueAt + 1; i+1 < to && i <= cueAt+5; i++ {
			t := d.toks[i]
			if g, n := possessiveGender(t.Text), d.toks[i+1]; g != 0 && strings.HasPrefix(n.Tag, "noun") && statementNouns[scan.ToLower(n.Lemma)] {
				if e, text := d.asideOwner(cueAt, g); text != "" {
					// "Міністерство оборони, як йдеться в його заяві,
					// вітає …": the subject the aside follows
					return e, text
				}
				if e := d.ents.LastPerson(t.RStart, t.sent, g); e != "" {
					return e, t.Text
				}
			}
		}
	}
	type cand struct {
		id, text string
		rank     int
	}
	best := cand{rank: 99}
	consider := func(c cand) {
		if c.rank < best.rank {
			best = c
		}
	}
	for i := from; i < to; i++ {
		if i == cueAt {
			continue
		}
		if k := d.kinOf(i, cueAt); k > 0 {
			// "Мама 5-річної Іванки розповідає, що …": the relative
			// speaks, not the person named in the genitive after her
			consider(cand{"", string(d.text[d.toks[i].RStart:d.toks[k-1].REnd]), -1})
			i = k - 1
			continue
		}
		if k := d.unnamedSourceAt(i, to, cueAt); k > 0 {
			// "За словами співрозмовника в Офісі президента, …": a
			// source the text does not name speaks, and the body named
			// after it is where it sits, not the speaker
			consider(cand{"", d.phrase(i, from, to, cueAt), 0})
			i = k - 1
			continue
		}
		if c := d.whoClause(i, cueAt); c > 0 {
			// "Чимало тих, хто працює в Чорнобилі, вірять, що …": the
			// people the хто-clause describes speak; a name inside the
			// clause is where or with whom they are, not the speaker.
			head := d.toks[i-2].Text
			if vtag.Has(d.toks[i-2].Tag, "p") && !strings.Contains(d.toks[i-2].Tag, "v_naz") {
				head = "ті"
			}
			consider(cand{"", head + string(d.text[d.toks[i-2].REnd:d.toks[c-1].REnd]), 3})
			i = c
			continue
		}
		if i < cueAt && strings.HasPrefix(d.toks[i].Tag, "advp") {
			// "суд, спираючись на документи, надані фірмою «Авангард
			// 10», встановив, що …": names in an adverbial participle's
			// phrase before the cue are not its subject.
			if c := d.lastComma(i, cueAt); c > i {
				i = c
				continue
			}
		}
		if i < cueAt && i+1 < cueAt && scan.EqualFold(d.toks[i].Text, "на") && (d.toks[i+1].Lemma == "запитання" || d.toks[i+1].Lemma == "питання") {
			// "На запитання журналістів, чи планує уряд нові
			// обмеження, прем'єрка відповіла": who asked and what is
			// asked about are not who answers
			if c := d.lastComma(i, cueAt); c > i {
				i = c
				continue
			}
		}
		if i < cueAt && i > from && d.toks[i-1].Text == "," && strings.Contains(d.toks[i].Tag, "adjp") {
			// "експерти, опитані УНІАН, вважають, що …": a name in a
			// participle's phrase set off before the cue is its agent or
			// object, not the speaker.
			if c := d.lastComma(i, cueAt); c > i {
				i = c
				continue
			}
		}
		if i < cueAt && i > from+1 && d.toks[i-1].Text == "," && d.relativeAside(i) {
			// "Експерти TI Україна, до яких звернулося hromadske,
			// підтвердили, що …": a name in a relative clause set off
			// between the subject and the cue is not the speaker
			if c := d.lastComma(i, cueAt); c > i && c == cueAt-1 && d.plainRun(i, c) {
				i = c
				continue
			}
		}
		if c := d.sourceAside(i, cueAt); c > 0 {
			// "Лідер протестувальників Рафал Мекляр, цитує його слова
			// агентство PAP, попередив, що …": who passes the words on
			// between commas after the subject is not who speaks
			i = c
			continue
		}
		t := d.toks[i]
		nom := strings.Contains(t.Tag, "v_naz") ||
			// an indeclinable word after a nominative, or right after
			// the cue: "Сама Ковентрі", "– заявила Гринчук"
			strings.Contains(t.Tag, ":nv") && (i == cueAt+1 || i > from && strings.HasPrefix(d.toks[i-1].Tag, "adj") && strings.Contains(d.toks[i-1].Tag, "v_naz"))
		according := accordingLemma(d.toks[cueAt].Lemma)
		if e := d.ents.At(t.RStart, t.REnd); e != "" && nom && strings.Contains(t.Tag, "pron:pers:3") {
			// the entity layer took the pronoun for a person named
			// before; a role that is the subject just before comes first
			g := vtag.PersonGender(t.Tag)
			if id, text := d.roleSubject(i, g, e); g != 0 && text != "" && placed(text) {
				// only a role of a named country or place is someone
				// new (Норвезький посол), not the person named again
				// by a title (Дипломат додав, голова агентства)
				consider(cand{id, text, 1})
				continue
			}
		}
		if e := d.ents.At(t.RStart, t.REnd); e != "" {
			if !nom && i < cueAt && d.afterRole(i, from, cueAt) {
				nom = true
			}
			if strings.Contains(t.Tag, "v_dav") && !nom && (i > cueAt || !vtag.Has(d.toks[cueAt].Tag, "p")) && d.ents.Type(e) == "PERS" &&
				strings.Contains(d.ents.Name(e), " ") && strings.HasSuffix(d.ents.Name(e), t.Text) {
				// "— сказав Мунтяну", "Русу, своєю чергою, наголосив": a
				// surname that does not decline, the same in the person's
				// full name, read as a dative; before the cue only with a
				// singular verb ("Русу повідомили" is whom it was told)
				nom = true
			}
			if strings.Contains(t.Tag, "v_dav") && !nom {
				continue // "Бережанській повідомили": whom it was told
			}
			k := i - 1
			if k > from && d.toks[k].Kind == vistka.QuoteMark {
				k-- // "на запит «Української правди»"
			}
			if k >= from && askedBy[scan.ToLower(d.toks[k].Lemma)] && strings.HasPrefix(d.toks[k].Tag, "noun") && d.subjectBefore(from, k) {
				continue // "у відповідь на запит ZN.UA зазначив": who asked
			}
			if !nom && d.objectAfterCue(i, cueAt, e) {
				continue // "– засміявся кашовар і пригостив Наталочку": the object of a verb after the cue
			}
			if i == cueAt+2 && askCues[d.toks[cueAt].Lemma] && (scan.EqualFold(d.toks[i-1].Text, "в") || scan.EqualFold(d.toks[i-1].Text, "у")) {
				continue // "– запитала в Романа": whom she asked
			}
			if d.toldOutlet(i, e, to, cueAt) {
				continue // "Як повідомили агентству «Інтерфакс-Україна» в пресслужбі суду": whom it was told
			}
			if !nom && i < cueAt && strings.Contains(t.Tag, "v_rod") && d.bodyInLocativeBefore(i, from, cueAt) {
				// "У НКРЕКП звинувачення міністра назвали «…»": the body
				// in the locative speaks through a verb with no subject of
				// its own; a name in the genitive after it owns the
				// verb's object
				continue
			}
			rank := 4
			switch d.ents.Type(e) {
			case "PERS":
				rank = 0
			case "ORG":
				rank = 2
			}
			if !nom {
				rank++
				// A name hanging on a noun in the nominative is the tail of
				// the speaker's phrase, not the speaker: "департамент
				// Київради повідомив", "прокурор Запорізької області".
				k := i - 1
				for k >= from && d.ents.At(d.toks[k].RStart, d.toks[k].REnd) == e {
					k--
				}
				if k >= from && k != cueAt && strings.HasPrefix(d.toks[k].Tag, "noun") && strings.Contains(d.toks[k].Tag, "v_naz") &&
					!outletKinds[scan.ToLower(d.toks[k].Lemma)] { // "Агентство Reuters": a name in apposition
					rank += 3
					if isAcronym(d.toks[k].Text) {
						// "МВС Сербії повідомило": the body the tagger did
						// not mark speaks, named with its country
						consider(cand{"", string(d.text[d.toks[k].RStart:t.REnd]), 3})
					}
				} else if strings.Contains(t.Tag, "v_rod") && i < cueAt && d.genitiveTail(k, from) {
					// so is one in the genitive at the end of a chain of
					// them: "Прес-служба корпорації Януковича визнала"
					rank += 3
				} else if q := k; strings.Contains(t.Tag, "v_rod") && i > cueAt && q > cueAt && d.toks[q].Kind == vistka.QuoteMark &&
					strings.HasPrefix(d.toks[q-1].Tag, "noun") && !strings.Contains(d.toks[q-1].Tag, "v_naz") && q-1 != cueAt {
					// and an outlet in quotes owning whom it was told:
					// "– перепитували чиновники журналіста «Доби»"
					rank += 3
				}
			}
			if d.ents.Type(e) == "PERS" && i < cueAt && d.titleOwner(i, e) {
				// "Промоутер Дюбуа Френк Воррен заявив": the surname
				// between a title and a full name is whom the title is
				// held for, the full name the speaker
				rank += 3
			}
			if !nom && i > cueAt && d.addressee(i, cueAt, to, e) {
				// "Як розповів «Українській правді» джерело в уряді, …":
				// the name right after the cue, in an oblique case before
				// a subject, is whom it was told
				rank += 5
			}
			cueTag := d.toks[cueAt].Tag
			if strings.HasPrefix(cueTag, "advp") {
				// "У МЗС Росії рішення назвали «…», заявивши, що …": an
				// adverbial participle has the subject of the verb before it
				for k := cueAt - 1; k >= from && k > i; k-- {
					if strings.HasPrefix(d.toks[k].Tag, "verb") && !strings.Contains(d.toks[k].Tag, ":inf") {
						cueTag = d.toks[k].Tag
						break
					}
				}
			}
			if !nom && i < cueAt && d.ents.Type(e) == "ORG" && (vtag.Has(cueTag, "p") || vtag.Has(cueTag, "impers")) && d.inLocative(i, from) {
				// "У Генштабі назвали ці заяви вигадкою і наголосили, що
				// …": a body in the locative speaks through a verb with
				// no subject of its own, before any noun the verb governs
				consider(cand{e, d.mentionText(e, t.RStart), 3})
				continue
			}
			if !nom && !according && i > from && d.afterOutletOblique(i) {
				// "в ефірі телеканалу ICTV": a name after an outlet's
				// noun in an oblique case is where it was said
				rank += 5
			} else if (!nom || i > from && (d.toks[i-1].Kind == vistka.QuoteMark || strings.HasPrefix(d.toks[i-1].Tag, "prep"))) && !according && d.governed(i, from) {
				// a name in quotation marks after an oblique noun
				// (на стадіоні «Юність») is in that noun's case
				rank += 5
			}
			if cue := d.toks[cueAt]; accordingLemma(cue.Lemma) {
				// за словами Блінкена: the genitive is the speaker, a
				// person before the organisation he speaks for.
				rank = min(rank, 1)
				if d.ents.Type(e) == "PERS" {
					rank = 0
				}
			}
			consider(cand{e, d.mentionText(e, t.RStart), rank})
			continue
		}
		if nom && strings.Contains(t.Tag, "pron:dem") && scan.EqualFold(t.Lemma, "той") && (i == from && i+1 == cueAt || i == cueAt+1 && i+1 == to) {
			// "Той відповів, що …", "– …, – відповів той": the
			// demonstrative points past the last subject to the other
			// person just named.
			g := vtag.PersonGender(t.Tag)
			if g != 0 {
				subj := d.ents.LastSubject(t.RStart, t.sent, 0)
				if e := d.ents.RecentPerson(t.RStart, t.sent, g, []string{subj}); e != "" {
					consider(cand{e, t.Text, 1})
					continue
				}
			}
		}
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "pron:pers:3") && (nom || according) {
			g := byte(0)
			switch {
			case strings.Contains(t.Tag, ":m:"):
				g = 'm'
			case strings.Contains(t.Tag, ":f:"):
				g = 'f'
			case strings.Contains(t.Tag, ":p:") && nom:
				// "Вони вказали, що …": only a body can stand for it.
				if e, text := d.bodySubject(i, 'p'); e != "" {
					consider(cand{e, text, 2})
					continue
				}
				if text := d.peopleBefore(i); text != "" {
					consider(cand{"", text, 3})
					continue
				}
				if text := d.peopleOpening(i); text != "" {
					consider(cand{"", text, 3})
					continue
				}
			case strings.Contains(t.Tag, ":n:") && nom:
				// "Відділення фонду подало позов. Воно вказало, що …":
				// no person is neuter
				if e, text := d.bodySubject(i, 'n'); e != "" {
					consider(cand{e, text, 2})
					continue
				}
			}
			if g != 0 {
				e := d.ents.LastPerson(t.RStart, t.sent, g)
				if id, text := d.roleSubject(i, g, e); text != "" {
					consider(cand{id, text, 1})
					continue
				}
				if e != "" {
					consider(cand{e, t.Text, 1})
					continue
				}
				if nom {
					if text := d.roleBefore(i, g); text != "" {
						consider(cand{"", text, 2})
						continue
					}
					if e, text := d.bodySubject(i, g); e != "" {
						consider(cand{e, text, 2})
						continue
					}
					if text := d.accordingPerson(i, g); text != "" {
						consider(cand{"", text, 2})
						continue
					}
				}
			}
			consider(cand{"", t.Text, 6})
			continue
		}
		// "у лікарні повідомили": a body in the locative speaks only
		// through a verb with no subject of its own (plural, impersonal);
		// in "в суді він пояснив" he speaks.
		cueTag := d.toks[cueAt].Tag
		// (a reflexive cue has no subject of its own either: "–
		// зазначається у повідомленні")
		impersonal := vtag.Has(cueTag, "p") || vtag.Has(cueTag, "impers") || d.toks[cueAt].Lemma == "йтися" ||
			vtag.Has(cueTag, "rev") && vtag.Has(cueTag, "3")
		if impersonal && i < cueAt && scan.EqualFold(t.Text, "там") {
			// "У МЗС України відреагували на заяву. Там наголосили, що
			// …": the body the sentence before was in
			if e, text := d.bodyThere(i); e != "" {
				consider(cand{e, text, 2})
				continue
			}
		}
		// A neuter noun after the cue may be tagged accusative for
		// nominative: "– резюмує джерело Forbes".
		inverted := i > cueAt && vtag.Has(t.Tag, "n") && strings.Contains(t.Tag, "v_zna") ||
			// a neuter body right before a neuter verb is its subject,
			// whatever case the tagger gave it: "після атаки командування
			// повідомило, що …"
			i+1 == cueAt && vtag.Has(t.Tag, "n") && strings.HasPrefix(cueTag, "verb") && vtag.Has(cueTag, "past") && vtag.Has(cueTag, "n")
		if strings.HasPrefix(t.Tag, "noun") && isBody(scan.ToLower(t.Lemma)) &&
			(nom || inverted || impersonal && d.inLocative(i, from) || according && strings.Contains(t.Tag, "v_rod")) {
			// "Суд заявив, що …", "у лікарні повідомили, що …": a body
			// named by a common noun speaks as itself.
			text := d.phrase(i, from, to, cueAt)
			if !nom {
				text = d.bodyPhrase(i, to, cueAt)
			}
			if l := scan.ToLower(t.Lemma); !nom && impersonal && (text == l || strings.HasSuffix(text, " "+l)) && d.inLocative(i, from) &&
				(i+1 >= to || d.ents.At(d.toks[i+1].RStart, d.toks[i+1].REnd) == "") { // (not "в прес-службі ГУ МВС": the name's)
				// "Міністерство фінансів підготувало законопроєкт. У
				// відомстві зазначили, що …": the one body named just
				// before that the word fits
				if e := d.placeBody(i, l); e != "" {
					consider(cand{e, d.ents.Name(e), 2})
					continue
				}
			}
			if l := scan.ToLower(t.Lemma); (l == "повідомлення" || l == "заява") && text == l {
				// "Про це повідомило Оперативне командування. «…», –
				// йдеться в повідомленні": a message no one is named for
				// is the one the body just named made
				if e := d.issuer(i); e != "" {
					consider(cand{e, d.ents.Entities[entity.Index(e)].Name, 2})
					continue
				}
			}
			consider(cand{"", text, 5})
			continue
		}
		if (nom || according && strings.Contains(t.Tag, "v_rod")) && strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") &&
			!strings.Contains(t.Tag, "pron") { // not ніхто, хтось
			if e := d.ents.RoleAt(d.a, t.sent, i-d.sentStart[t.sent]); e != "" {
				consider(cand{e, d.phrase(i, from, to, cueAt), 1})
				continue
			}
			consider(cand{"", d.phrase(i, from, to, cueAt), 5})
		}
		if j := d.oneOfMany(i, to); nom && j > 0 {
			// "— пояснила одна з них", "— каже один із торговців": one
			// of many speaks, as written
			consider(cand{"", string(d.text[t.RStart:d.toks[j-1].REnd]), 5})
			i = j - 1
			continue
		}
		if i < cueAt && (t.Kind == vistka.Number || strings.HasSuffix(t.Text, "%")) {
			if j := d.sharePolled(i, cueAt); j > 0 {
				// "57,2% опитаних вважають, що …", "27,7% відповіли, що
				// …": a share of those polled speaks
				consider(cand{"", string(d.text[t.RStart:d.toks[j-1].REnd]), 5})
				continue
			}
		}
		if nom && strings.HasPrefix(t.Tag, "adj") && personAdjs[scan.ToLower(t.Lemma)] &&
			(i+1 >= len(d.toks) || !strings.HasPrefix(d.toks[i+1].Tag, "noun") ||
				!strings.Contains(d.toks[i+1].Tag, "v_naz") && !strings.Contains(d.toks[i+1].Tag, "v_oru") && (i == 0 || d.toks[i-1].Text != ",")) {
			// (a noun in another case after it is its object:
			// "обвинувачений провину визнав і сказав, що …")
			// "Затриманий зізнався, що …": a participle standing alone
			// for a person of a case
			consider(cand{"", t.Text, 5})
		}
		if i == cueAt-1 && latinAcronym(t.Text) && d.ents.At(t.RStart, t.REnd) == "" {
			// "Також ZIK повідомив, що …": an outlet's Latin acronym
			// the entity layer left unnamed, right before the cue
			consider(cand{"", t.Text, 6})
		}
	}
	if best.rank == 99 {
		return "", ""
	}
	if best.id == "" && papers[scan.ToLower(best.text)] {
		// "«…», – наголошується в повідомленні": a paper with no owner
		// is the one whose paper was named just before ("йдеться в
		// заяві компанії")
		if id, text := d.paperOwnerBefore(cueAt); text != "" {
			return id, text
		}
	}
	if best.id == "" {
		return best.text, best.text
	}
	return best.id, best.text
}

// oneOfMany returns where "один із X" at toks[i] ends: один in any gender,
// з, із or зі, and a genitive plural noun (with its adjectives before
// it) or them (них); 0 when there is none.
func (d *doc) oneOfMany(i, to int) int {
	if d.toks[i].Lemma != "один" || i+2 >= to {
		return 0
	}
	switch scan.ToLower(d.toks[i+1].Text) {
	case "з", "із", "зі":
	default:
		return 0
	}
	j := i + 2
	for j < to && strings.HasPrefix(d.toks[j].Tag, "adj") && strings.Contains(d.toks[j].Tag, "v_rod") {
		j++
	}
	if j >= to || !strings.HasPrefix(d.toks[j].Tag, "noun") || !strings.Contains(d.toks[j].Tag, "v_rod") || !vtag.Has(d.toks[j].Tag, "p") {
		return 0
	}
	return j + 1
}

// paperOwnerBefore returns who owns the paper last named with its owner
// in the genitive after в or у before toks[i], in its sentence or the two
// before: "…, йдеться в заяві компанії" gives компанія; "" when there is
// none.
func (d *doc) paperOwnerBefore(i int) (id, text string) {
	lo := d.sentStart[max(0, d.toks[i].sent-2)]
	for j := i - 1; j >= lo; j-- {
		t := d.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || !papers[scan.ToLower(t.Lemma)] {
			continue
		}
		b := j - 1
		for b > lo && strings.HasPrefix(d.toks[b].Tag, "adj") {
			b--
		}
		if b < 0 {
			continue // the paper opens the text ("Звіт також фіксує, що …"): no в or у before it
		}
		if l := scan.ToLower(d.toks[b].Text); l != "в" && l != "у" && !(l == "на" && b > lo && scan.EqualFold(d.toks[b-1].Text, "посиланням")) {
			// only a paper something is said in ("за зверненням депутатів"
			// is why) or one cited ("з посиланням на заяву Ради Європи")
			continue
		}
		k := j + 1
		for k < i && strings.HasPrefix(d.toks[k].Tag, "adj") {
			k++
		}
		if k >= i || !strings.HasPrefix(d.toks[k].Tag, "noun") || !strings.Contains(d.toks[k].Tag, "v_rod") || strings.Contains(d.toks[k].Tag, "pron") {
			continue
		}
		if e := d.ents.At(d.toks[k].RStart, d.toks[k].REnd); e != "" {
			if d.ents.Type(e) == "LOC" {
				continue
			}
			return e, d.mentionText(e, d.toks[k].RStart)
		}
		if isBody(scan.ToLower(d.toks[k].Lemma)) || strings.Contains(d.toks[k].Tag, ":anim") {
			f, to := d.sentenceRange(d.toks[k].sent)
			p := d.phrase(k, f, to, -1)
			return p, p
		}
	}
	return "", ""
}

// genitiveTail reports whether toks[k] ends a chain of nouns in the
// genitive (with their adjectives) that hangs on a noun in the nominative,
// within toks[from:]: "Прес-служба української корпорації [Януковича]".
func (d *doc) genitiveTail(k, from int) bool {
	nouns := 0
	for ; k >= from && nouns <= 3; k-- {
		t := d.toks[k]
		switch {
		case strings.HasPrefix(t.Tag, "adj") && strings.Contains(t.Tag, "v_rod"):
		case strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_rod") && !strings.Contains(t.Tag, "pron"):
			nouns++
		case strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_naz") && !strings.Contains(t.Tag, "pron"):
			return nouns > 0
		default:
			return false
		}
	}
	return false
}

// latinAcronym reports whether w is two to six Latin capitals: ZIK, BBC.
func latinAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// personAdjs are adjectives and participles that stand alone for a person
// of a criminal case or an incident: затриманий, підозрюваний, потерпілий.
var personAdjs = setOf("затриманий", "підозрюваний", "обвинувачений", "звинувачений", "засуджений",
	"заарештований", "потерпілий", "постраждалий", "підсудний", "поранений", "загиблий",
	// the tagger reads these as participles before another one ("Вчений
	// переконаний, що …"): a scientist, an ombudsman
	"вчений", "учений", "уповноважений")

// peopleBefore returns the people a plural pronoun opening its sentence
// at toks[i] stands for when the sentence before names no subject: the
// first plural animate noun there that no preposition governs, "у справі
// вже допитано свідків: … Вони повідомили, що …". It returns "" when there
// is none or the sentence before has a subject in the nominative.
func (d *doc) peopleBefore(i int) string {
	s := d.toks[i].sent
	if s == 0 || d.sentStart[s] != i {
		return ""
	}
	from, to := d.sentenceRange(s - 1)
	for j := from; j < to; j++ {
		t := d.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
			continue
		}
		if strings.Contains(t.Tag, "v_naz") && strings.Contains(t.Tag, ":p:") {
			return "" // a plural subject, which вони may stand for as well
		}
		if !strings.Contains(t.Tag, ":anim") || !strings.Contains(t.Tag, ":p:") || d.ents.At(t.RStart, t.REnd) != "" {
			continue
		}
		k := j - 1
		for k >= from && strings.HasPrefix(d.toks[k].Tag, "adj") {
			k--
		}
		if k >= from && strings.HasPrefix(d.toks[k].Tag, "prep") {
			continue
		}
		return d.phrase(j, from, to, -1)
	}
	return ""
}

// peopleOpening returns the people a plural pronoun at toks[i] stands
// for when no noun in the nominative comes before it in its sentence and
// the sentence before opens with them as the subject of its plural verb:
// "Львів'яни відкрили у Вінниці школу. Під час зустрічі з колегами вони
// розповіли про …". It returns "" for any other.
func (d *doc) peopleOpening(i int) string {
	s := d.toks[i].sent
	if s == 0 {
		return ""
	}
	for j := d.sentStart[s]; j < i; j++ {
		if t := d.toks[j]; strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_naz") {
			return ""
		}
	}
	from, to := d.sentenceRange(s - 1)
	j := from
	for j < to && strings.HasPrefix(d.toks[j].Tag, "adj") && strings.Contains(d.toks[j].Tag, "v_naz") {
		j++
	}
	if j+1 >= to {
		return ""
	}
	t, v := d.toks[j], d.toks[j+1]
	if !strings.HasPrefix(t.Tag, "noun:anim:p") || !strings.Contains(t.Tag, "v_naz") || strings.Contains(t.Tag, "pron") ||
		d.ents.At(t.RStart, t.REnd) != "" || !strings.HasPrefix(v.Tag, "verb") || !vtag.Has(v.Tag, "p") {
		return ""
	}
	return d.phrase(j, from, to, -1)
}

// afterOutletOblique reports whether the name at i follows an outlet's
// noun in an oblique case: "в ефірі телеканалу ICTV".
func (d *doc) afterOutletOblique(i int) bool {
	p := d.toks[i-1]
	if !outletKinds[scan.ToLower(p.Lemma)] {
		return false
	}
	for _, c := range []string{"v_rod", "v_dav", "v_oru", "v_mis"} {
		if strings.Contains(p.Tag, c) {
			return true
		}
	}
	return false
}

// outletKinds are nouns an outlet's name stands in apposition to.
var outletKinds = setOf("агентство", "видання", "газета", "телеканал", "журнал", "портал", "сайт", "радіостанція")

// isBody reports whether the lemma l is a noun of bodies, or a compound
// whose first part is one: "компанія-оператор", "фірма-підрядник".
func isBody(l string) bool {
	l = bodyLemma(l)
	if bodies[l] {
		return true
	}
	head, _, ok := strings.Cut(l, "-")
	return ok && bodies[head]
}

// bodyLemma mends a body's lemma the tagger gets wrong: "в штабі" is read
// as the locative of штаба (a metal bar), not of штаб.
func bodyLemma(l string) string {
	if l == "штаба" {
		return "штаб"
	}
	return l
}

// bodies are common nouns for institutions that speak: суд, прокуратура,
// міністерство, поліція.
var bodies = map[string]bool{
	"суд": true, "прокуратура": true, "міністерство": true, "поліція": true, "міліція": true, "уряд": true,
	"відомство": true, "міськрада": true, "рада": true, "адміністрація": true, "компанія": true,
	"виконком": true, "міськвиконком": true, // a council's executive: за даними виконкому, …
	"лікарня": true, "служба": true, "пресслужба": true, "прес-служба": true, "фірма": true, "комісія": true, "департамент": true,
	"управління": true, "штаб": true, "генштаб": true, "комітет": true, "банк": true, "регулятор": true,
	"парламент": true, "кабмін": true, "мерія": true, "апеляція": true, "колегія": true, "інспекція": true,
	"фонд": true, "агентство": true, "інформагентство": true, "посольство": true, "консульство": true, "облрада": true,
	"облдержадміністрація": true, "райрада": true, "слідство": true, "відділ": true, "відділення": true, "палата": true, // Територіальне відділення встановило, що …; уточнили в палаті
	"редакція":    true, // an outlet's own findings: Редакція з'ясувала, що …
	"академія":    true, // В академії наголосили, що …
	"видавництво": true, // У видавництві кажуть: …
	// documents that say things: у рішенні суду зазначено, що …
	"рішення": true, "ухвала": true, "постанова": true, "вирок": true, "лист": true,
	"заява": true, "звіт": true, "відповідь": true, "документ": true, "повідомлення": true,
	"декларація": true, "висновок": true, "протокол": true, "розпорядження": true, "наказ": true,
	"оголошення": true, "записка": true, "довідка": true, "скарга": true, "позов": true,
	"клопотання": true, "подання": true, "припис": true, "меморандум": true,
	// an audit's report and the parties of a trial: "як зазначено в
	// акті", "як стверджує обвинувачення", "На думку касаційної
	// інстанції, …"
	"акт": true, "обвинувачення": true, "інстанція": true,
	// a procurement's papers: «…», – йдеться в обґрунтуванні закупівлі
	"обґрунтування": true, "обгрунтування": true, "документація": true, "пояснення": true,
	"доповідь":   true,                    // "«…», – зазначається в доповіді"
	"прес-реліз": true, "пресреліз": true, // "Як сказано у прес-релізі, …"
	// bodies and media that speak as a whole
	"влада": true, "змі": true, "медіа": true, "преса": true, "організація": true,
	"сайт": true, "ресурс": true, "видання": true, "газета": true, "джерело": true,
	// за даними розвідки, за даними турецької сторони; захист (a defendant's lawyers) наполягав, що …
	"розвідка": true, "сторона": true, "захист": true, "командування": true, "дирекція": true, "керівництво": true, "центр": true, "офіс": true,
	// за даними гонконгського реєстру
	"реєстр": true,
	// associations, unions and enterprises that speak as a whole
	"асоціація": true, "спілка": true, "федерація": true, "конфедерація": true, "союз": true,
	"профспілка": true, "об'єднання": true, "порт": true, "підприємство": true, "університет": true, "музей": true,
	"школа": true, "інститут": true, "кафедра": true, "деканат": true, "ректорат": true, // На кафедрі говорять, що …
	"завод": true, "фабрика": true, "комбінат": true, // Завод пояснює це тим, що …
	// a town's or a region's utility, named by its kind: У водоканалі
	// заявили, що …; в обленерго пояснили
	"водоканал": true, "обленерго": true, "облгаз": true,
	"корпорація": true, "концерн": true, "холдинг": true, "єврокомісія": true,
	"клуб":  true, // В італійському клубі заявили, що …
	"група": true, // Ініціативна група попередила, що …
	// parties and their factions: У фракції «…» відповіли, що …
	"партія": true, "фракція": true, "політсила": true, // політсила: a party, as the press calls it
	"опозиція": true, // В опозиції затримання назвали «…»
	// за даними бюро (НАБУ, ДБР named again by their head noun)
	"бюро": true,
	// inquiries that find things: Перевірка встановила, що …; Аудит
	// показав, що …
	"перевірка": true, "аудит": true, "розслідування": true, "експертиза": true, "ревізія": true,
}

// inLocative reports whether token i stands in the locative after в/у at
// most two words before it: "в обласній лікарні повідомили".
func (d *doc) inLocative(i, from int) bool {
	if !strings.Contains(d.toks[i].Tag, "v_mis") {
		// "В «Укрзалізниці» розповіли": a body's or a place's name whose
		// genitive and locative are one form, which the tagger read as
		// a genitive, right after в/у or its opening mark (not "у
		// Зеленського", a person's office)
		t := d.toks[i]
		e := d.ents.At(t.RStart, t.REnd)
		return strings.Contains(t.Tag, "v_rod") && (d.ents.Type(e) == "ORG" || d.ents.Type(e) == "LOC") && d.afterVU(i, from)
	}
	for j := i - 1; j >= from && j >= i-8; j-- {
		switch scan.ToLower(d.toks[j].Text) {
		case "в", "у", "на":
			// "В опублікованому весною 2018 році звіті ДАСУ": a
			// participle's phrase may stand between, its participle
			// right after the preposition in the locative too; "У
			// «Містобанку»": a name in quotation marks.
			return j == i-1 || j == i-2 && isOpening(d.toks[j+1]) ||
				strings.HasPrefix(d.toks[j+1].Tag, "adj") && strings.Contains(d.toks[j+1].Tag, "v_mis")
		}
		if t := d.toks[j]; t.Kind == vistka.Punct || t.Kind == vistka.QuoteMark && (j != i-1 || !isOpening(t)) || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
	}
	return false
}

// afterVU reports whether toks[i] stands right after в or у, or after
// в or у and an opening quotation mark, at or after from.
func (d *doc) afterVU(i, from int) bool {
	j := i - 1
	if j > from && isOpening(d.toks[j]) {
		j--
	}
	if j < from {
		return false
	}
	w := scan.ToLower(d.toks[j].Text)
	return w == "в" || w == "у"
}

// bodyInLocativeBefore reports an organisation or a place named in the
// locative after в/у between from and i while the cue at cueAt is a verb with no
// subject of its own (plural or impersonal): "У НКРЕКП звинувачення
// міністра назвали …", whose speaker is the body.
func (d *doc) bodyInLocativeBefore(i, from, cueAt int) bool {
	if tag := d.toks[cueAt].Tag; !strings.HasPrefix(tag, "verb") || !vtag.Has(tag, "p") && !vtag.Has(tag, "impers") {
		return false
	}
	for j := from; j < i; j++ {
		t := d.toks[j]
		if e := d.ents.At(t.RStart, t.REnd); e != "" && (d.ents.Type(e) == "ORG" || d.ents.Type(e) == "LOC") && d.inLocative(j, from) {
			return true // (a seat of power speaks too: "У Кремлі візит Рютте назвали …")
		}
	}
	return false
}

// bodyThere returns the organisation that "там" at i points back to: one
// named in the locative after в/у in the sentence before (У МЗС …
// Там заявили), the body that was its subject, or the only organisation
// it names; or "".
func (d *doc) bodyThere(i int) (id, text string) {
	s := d.toks[i].sent
	if s == 0 {
		return "", ""
	}
	from, to := d.sentenceRange(s - 1)
	for j := from; j < to; j++ {
		t := d.toks[j]
		if e := d.ents.At(t.RStart, t.REnd); e != "" && d.ents.Type(e) == "ORG" && (d.inLocative(j, from) || strings.Contains(t.Tag, ":nv") && j > from &&
			(scan.EqualFold(d.toks[j-1].Text, "в") || scan.EqualFold(d.toks[j-1].Text, "у"))) {
			return e, d.mentionText(e, t.RStart)
		}
	}
	if p := d.bodyInLocative(from, to); p != "" {
		return p, p
	}
	// "Але керівництво фірми цю інформацію спростувало. Також там
	// заявили, що …": the body that was the subject just before.
	for j := from; j < to; j++ {
		t := d.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, "v_naz") || d.governed(j, from) {
			continue
		}
		if e := d.ents.At(t.RStart, t.REnd); e != "" && d.ents.Type(e) == "ORG" {
			return e, d.mentionText(e, t.RStart)
		}
		if isBody(scan.ToLower(t.Lemma)) && !documents[scan.ToLower(t.Lemma)] {
			p := d.phrase(j, from, to, -1)
			return p, p
		}
	}
	// "Журналісти звернулися до Укренерго. Там пояснили, що …": the
	// organisation the sentence before names when it is the only one
	// named in the two sentences before.
	if to > from {
		if ids := d.ents.OrgsBefore(d.toks[to-1].REnd, s-1, func(string) bool { return true }); len(ids) == 1 {
			for j := from; j < to; j++ {
				if t := d.toks[j]; d.ents.At(t.RStart, t.REnd) == ids[0] {
					return ids[0], d.mentionText(ids[0], t.RStart)
				}
			}
		}
	}
	return "", ""
}

// documents are the bodies that are papers, not people: what is said
// there was said by no one in them.
var documents = setOf("рішення", "ухвала", "постанова", "вирок", "лист", "заява", "звіт", "відповідь", "документ",
	"повідомлення", "декларація", "висновок", "протокол", "розпорядження", "наказ", "оголошення", "записка",
	"довідка", "скарга", "позов", "клопотання", "подання", "припис", "меморандум", "реєстр", "прес-реліз", "пресреліз")

// bodyPhrase names a body met in another case in the nominative: its
// head's lemma and the genitive words after it (у лікарні → лікарня, за
// версією слідства → слідство). An acronym keeps its capitals (за даними
// ЗМІ → ЗМІ), and a plural head with adjectives before it is the phrase
// as written (за даними британських ЗМІ), which the pipeline puts in the
// nominative plural: no lemma of the head alone, which would drop whose
// media they are.
func (d *doc) bodyPhrase(head, to, cueAt int) string {
	t := d.toks[head]
	lo := d.adjectivesBefore(head, cueAt)
	if lo < head && vtag.Has(t.Tag, "p") && !strings.Contains(t.Tag, "v_naz") {
		return string(d.text[d.toks[lo].RStart:t.REnd])
	}
	out := bodyLemma(scan.ToLower(t.Lemma))
	al := head // the adjectives of its case right before it, wherever the cue is
	for c := vtag.Case(t.Tag); al > 0 && c != "" && strings.HasPrefix(d.toks[al-1].Tag, "adj") && !strings.Contains(d.toks[al-1].Tag, "pron") &&
		vtag.Case(d.toks[al-1].Tag) == c && al-1 != cueAt; {
		al--
	}
	if adjs := nominativeAdjectives(d.toks[al:head], vtag.Gender(t.Tag)); adjs != "" {
		out = adjs + " " + out // "В обласній військовій адміністрації" → обласна військова адміністрація
	}
	if acronymWord(t.Lemma) {
		out = t.Lemma
	}
	hi := head + 1
	for hi < to && hi != cueAt && hi-head < 4 && (strings.Contains(d.toks[hi].Tag, "v_rod") || strings.Contains(d.toks[hi].Tag, ":nv") && strings.HasPrefix(d.toks[hi].Tag, "noun")) {
		if t := d.toks[hi]; hi+1 < len(d.toks) && strings.HasPrefix(d.toks[hi+1].Tag, "verb") && !vtag.Has(d.toks[hi+1].Tag, "inf") &&
			vtag.Has(t.Tag, "n") && (strings.HasSuffix(t.Text, "ння") || strings.HasSuffix(t.Text, "ття")) {
			break // "В опозиції затримання назвали «…»": the verb's object put before it
		}
		hi++ // (an indeclinable noun in any case: дирекції бієнале)
	}
	if hi > head+1 {
		out += " " + string(d.text[d.toks[head+1].RStart:d.toks[hi-1].REnd])
	}
	return out
}

// nominativeAdjectives returns the adjectives adjs in the nominative
// singular of gender g (m, f or n), from their lemmas: обласній
// військовій → обласна військова. It returns "" when there are none, or
// when one is not a plain adjective in -ий or -ій.
func nominativeAdjectives(adjs []tok, g byte) string {
	if len(adjs) == 0 {
		return ""
	}
	words := make([]string, 0, len(adjs))
	for _, a := range adjs {
		l := scan.ToLower(a.Lemma)
		var stem, end string
		switch {
		case strings.HasSuffix(l, "ий"):
			stem, end = strings.TrimSuffix(l, "ий"), "ий"
		case strings.HasSuffix(l, "ій"):
			stem, end = strings.TrimSuffix(l, "ій"), "ій"
		default:
			return ""
		}
		switch {
		case g == 'm':
			words = append(words, l)
		case g == 'f' && end == "ий":
			words = append(words, stem+"а")
		case g == 'f':
			words = append(words, stem+"я")
		case g == 'n' && end == "ий":
			words = append(words, stem+"е")
		case g == 'n':
			words = append(words, stem+"є")
		default:
			return ""
		}
	}
	return strings.Join(words, " ")
}

// titleOwner reports whether the one-word name of person e at i stands
// between a title, a common noun for a person, and another person's name
// right after it: "Промоутер Дюбуа Френк Воррен", where Дюбуа is in the
// genitive however the tagger reads an indeclinable name.
func (d *doc) titleOwner(i int, e string) bool {
	if i == 0 || i+1 >= len(d.toks) || d.toks[i].sent != d.toks[i+1].sent {
		return false
	}
	t, n := d.toks[i-1], d.toks[i+1]
	if d.ents.At(t.RStart, t.REnd) != "" || !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, ":prop") || strings.Contains(t.Tag, "pron") {
		return false
	}
	o := d.ents.At(n.RStart, n.REnd)
	return o != "" && o != e && d.ents.Type(o) == "PERS"
}

// adjectivesBefore returns where the adjectives in the case of the noun
// at head, right before it and after the cue at cueAt, begin; head when
// there are none.
func (d *doc) adjectivesBefore(head, cueAt int) int {
	c := vtag.Case(d.toks[head].Tag)
	lo := head
	for lo > cueAt+1 && lo > 0 && strings.HasPrefix(d.toks[lo-1].Tag, "adj") && !strings.Contains(d.toks[lo-1].Tag, "pron") &&
		c != "" && vtag.Case(d.toks[lo-1].Tag) == c {
		lo--
	}
	return lo
}

// mentionText returns the text of entity id's mention at pos.
func (d *doc) mentionText(id string, pos int) string {
	i := entity.Index(id)
	for _, m := range d.ents.Entities[i].Mentions {
		if m.Start <= pos && pos < m.End {
			return m.Text
		}
	}
	return ""
}

// phrase returns a noun phrase around toks[head]: adjectives before it and a
// genitive tail after it, within the clause.
func (d *doc) phrase(head, from, to, cueAt int) string {
	lo, hi := head, head+1
	for lo > from && lo-1 != cueAt && strings.HasPrefix(d.toks[lo-1].Tag, "adj") {
		lo--
	}
	for hi < to && hi != cueAt && hi-head < 4 && strings.Contains(d.toks[hi].Tag, "v_rod") && !d.timeGenitive(hi) &&
		!strings.Contains(d.toks[hi].Tag, "pron:neg") { // "прокурор нічого не став": the object of a negated verb
		hi++
	}
	if hi < to && hi != cueAt && hi > head+1 && strings.HasPrefix(d.toks[hi-1].Tag, "adj") && strings.HasPrefix(d.toks[hi].Tag, "noun") && strings.Contains(d.toks[hi].Tag, "v_rod") {
		hi++ // its noun after the adjectives: "мешканці Дякової слободи Антрацитівського району"
	}
	if hi == head+1 && unnamedSources[d.toks[head].Lemma] {
		hi = d.sourcePlace(hi, to, cueAt)
	}
	for hi > head+1 && strings.HasPrefix(d.toks[hi-1].Tag, "adj") {
		hi-- // not ending on an adjective whose noun is further: "громадяни сусідньої спорідненої за мовою країни"
	}
	return string(d.text[d.toks[lo].RStart:d.toks[hi-1].REnd])
}

// unnamedSources are the nouns news uses for a source it does not name,
// which it names instead by where the source sits: "джерело в уряді",
// "джерела у Силах оборони", "співрозмовник з оточення президента".
var unnamedSources = setOf("джерело", "співрозмовник", "співрозмовниця")

// sourcePlace returns where the place of an unnamed source, a phrase
// under в/у/з/із/серед at toks[at] (its adjectives, its noun and a
// genitive after it), ends; at itself when none is there.
func (d *doc) sourcePlace(at, to, cueAt int) int {
	if at >= to || at == cueAt || !sourcePreps[scan.ToLower(d.toks[at].Text)] {
		return at
	}
	j := at + 1
	for j < to && j != cueAt && (strings.HasPrefix(d.toks[j].Tag, "adj") || d.toks[j].Kind == vistka.QuoteMark) {
		j++
	}
	if j >= to || j == cueAt || !strings.HasPrefix(d.toks[j].Tag, "noun") || strings.Contains(d.toks[j].Tag, "pron") ||
		timeNouns[d.toks[j].Lemma] || months[d.toks[j].Lemma] { // "джерело в понеділок повідомило": when, not where
		return at
	}
	j++
	for k := j; k < to && k != cueAt && k-j < 3; k++ {
		tg := d.toks[k].Tag
		if d.toks[k].Kind == vistka.QuoteMark {
			continue
		}
		if !strings.Contains(tg, "v_rod") || strings.Contains(tg, "pron") || strings.HasPrefix(tg, "verb") {
			break
		}
		if strings.HasPrefix(tg, "noun") {
			j = k + 1
		}
	}
	if j < to && j-1 > at && d.toks[j].Kind == vistka.QuoteMark && d.toks[j-1].Kind != vistka.QuoteMark {
		j++ // the closing mark of a quoted name: "джерело в «Нафтогазі»"
	}
	return j
}

// unnamedSourceAt returns where the phrase of an unnamed source with its
// place at toks[i] ends, when it is the subject (джерело в уряді
// розповіло) or whose words or data are given (за словами співрозмовника
// в Офісі президента); 0 otherwise.
func (d *doc) unnamedSourceAt(i, to, cueAt int) int {
	t := d.toks[i]
	if !unnamedSources[t.Lemma] || !strings.HasPrefix(t.Tag, "noun") {
		return 0
	}
	// (right after the cue the tagger may read the inanimate джерела as
	// an accusative: "…, повідомили джерела у Службі безпеки"; under a
	// preposition it is one: "з посиланням на джерела в уряді" names
	// whom an outlet cites, the source layer's)
	if !strings.Contains(t.Tag, "v_naz") && !(strings.Contains(t.Tag, "v_zna") && i == cueAt+1) &&
		!(strings.Contains(t.Tag, "v_rod") && i > 0 && accordingTo[scan.ToLower(d.toks[i-1].Lemma)]) {
		return 0
	}
	if k := d.sourcePlace(i+1, to, cueAt); k > i+1 {
		return k
	}
	return 0
}

// sourcePreps put an unnamed source somewhere.
var sourcePreps = setOf("в", "у", "з", "із", "зі", "серед")

// lastComma returns the index of the last comma in toks(from:to), or -1.
func (d *doc) lastComma(from, to int) int {
	for j := to - 1; j > from; j-- {
		if d.toks[j].Text == "," {
			return j
		}
	}
	return -1
}

// unclosed reads a quote whose opening mark toks[open] is never closed:
// when a cue and a colon introduce it (описує так: «…), it runs to the end
// of its paragraph; the pair returned closes at its final punctuation.
func (d *doc) unclosed(open int) (pair, bool) {
	if open == 0 || d.toks[open-1].Text != ":" {
		return pair{}, false
	}
	from, to, ok := d.attributionBefore(open)
	if !ok {
		return pair{}, false
	}
	if cue, _, _ := d.attribution(from, to); cue == "" {
		return pair{}, false
	}
	end := open + 1
	for end < len(d.toks) && d.toks[end].para == d.toks[open].para {
		if d.toks[end].Kind == vistka.QuoteMark {
			return pair{}, false // marks of its own: not a plain run of text
		}
		end++
	}
	if !isEnd(d.toks[end-1]) {
		return pair{}, false
	}
	end--
	for end-1 > open && isEnd(d.toks[end-1]) {
		end--
	}
	if d.words(open+1, end) < 4 {
		return pair{}, false
	}
	return pair{open, end}, true
}

// namedColon returns the person that the clause toks[from:to] names and
// nothing else, when a colon ends it: "Д. Дудко:" before a quote.
func (d *doc) namedColon(from, to int) string {
	// Mid-paragraph, a sentence of its own that is a name and a role
	// after a comma: "… показові виступи. Анатолій Науменко, президент
	// федерації карате: «…»" (a text rebuilt as one paragraph).
	ownSentence := from > 1 && d.toks[from-1].para == d.toks[from].para && isEnd(d.toks[from-1]) && !isInitial(d.toks[from-2].Text)
	for !ownSentence && from > 0 && d.toks[from-1].para == d.toks[from].para && (d.toks[from-1].Text == "." || isInitial(d.toks[from-1].Text)) {
		from-- // the sentence break after an initial
	}
	if to >= len(d.toks) || d.toks[to].Text != ":" || !ownSentence && from > 0 && d.toks[from].para == d.toks[from-1].para {
		return ""
	}
	e := ""
	for j := from; j < to; j++ {
		t := d.toks[j]
		x := d.ents.At(t.RStart, t.REnd)
		switch {
		case x != "" && (e == "" || x == e) && d.ents.Type(x) == "PERS":
			e = x
		case t.Text == "." || isInitial(t.Text):
			// initials: "О . Саранчин"
		case ownSentence && t.Text == "," && e != "" && d.roleTail(j+1, to):
			return e
		default:
			return ""
		}
	}
	if ownSentence {
		return "" // (a name alone mid-paragraph may open a list: only a name with its role)
	}
	return e
}

// roleTail reports whether toks[from:to] is a role in apposition: a noun
// first, then no verb and no clause word.
func (d *doc) roleTail(from, to int) bool {
	if from >= to || !strings.HasPrefix(d.toks[from].Tag, "noun") {
		return false
	}
	for j := from; j < to; j++ {
		t := d.toks[j]
		if strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "advp") || isThat(t.Lemma) || scan.EqualFold(t.Lemma, "який") {
			return false
		}
	}
	return true
}

// isInitial reports whether w is one capital letter.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && scan.IsUpper(r)
}

// wholeParagraph reports whether the quotation marks of p hold their
// paragraph alone (a final full stop may follow): a quoted statement set
// apart, not a title inside a sentence.
func (d *doc) wholeParagraph(p pair) bool {
	if p.open > 0 && d.toks[p.open-1].para == d.toks[p.open].para {
		return false
	}
	for j := p.close + 1; j < len(d.toks) && d.toks[j].para == d.toks[p.close].para; j++ {
		if !isEnd(d.toks[j]) {
			return false
		}
	}
	return true
}

// dialogueLines reads the lines of dialogue with no attribution of their
// own that follow one that has it: "— Зупинитись неможливо, — каже Юля.\n—
// І я щаслива, що почуваюсь на своєму місці." The speaker is the last
// dialogue line's, at most four paragraphs before; a dash line with no
// speaker before it (a list) is left alone. qs are the quotes found, in
// text order.
func (d *doc) dialogueLines(qs []vistka.Quote, used []bool) []vistka.Quote {
	var out []vistka.Quote
	last := -1 // index in qs of the last quote that is a line of dialogue
	lastPara := -1
	// the speaker who introduced themself in a line after qs[last]
	// ("— Я Олена Мазур, лікарка"), whose lines the ones after are
	var intro, introText string
	introFor := -1
	k := 0
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		for k < len(qs) && qs[k].Start <= t.RStart {
			if d.dashLine(qs[k].Start) {
				last, lastPara = k, d.paraAt(qs[k].Start)
			}
			k++
		}
		if !isDash(*t) {
			continue // a line opens with a dash
		}
		// A line may open mid-paragraph after a full stop in text that
		// keeps no paragraphs ("…, — зізнався Михайло. — Хотів би
		// подякувати …"): it follows its speaker's line at once and runs
		// to the end of its sentence only.
		mid := i > 0 && d.toks[i-1].para == t.para && isEnd(d.toks[i-1]) && last >= 0 && k > 0 && last == k-1 &&
			d.toks[i-1].sent+1 == t.sent && d.sentOf(qs[last].End) == d.toks[i-1].sent
		// "— Ми все перевірили, — розповідає Олена, — надіслали запити
		// …": a line cut by its attribution goes on after a comma and a
		// dash in the same sentence, the same speaker's
		mid = mid || i > 0 && d.toks[i-1].para == t.para && d.toks[i-1].Text == "," && last >= 0 && k > 0 && last == k-1 &&
			d.sentOf(qs[last].End) == t.sent && d.dashLine(qs[last].Start)
		// "Олена доповнила, назвавши людей на фото: – Так, це було
		// влітку. Я теж там співала.": a line that a cue and a colon
		// introduce in the same paragraph (text that keeps no
		// paragraphs) runs as a line mid-paragraph does, and its speaker
		// is the one the colon's clause names
		colonSame := !mid && i > 0 && d.toks[i-1].Text == ":" && d.toks[i-1].para == t.para
		run := mid || colonSame
		if i > 0 && d.toks[i-1].para == t.para && !run || used[i] || i+1 >= len(d.toks) || used[i+1] {
			continue
		}
		e := i + 1
		for e < len(d.toks) && d.toks[e].para == t.para && (!run || d.toks[e].sent == t.sent) {
			if c := d.nestedClose(e, len(d.toks)); !used[e] && c > 0 && !slices.Contains(used[e:c+1], true) {
				// "— Їм телефонують нібито від імені родича, який
				// «потрапив у ДТП».": a name or a fragment quoted in the
				// line, no one's words of their own
				e = c + 1
				continue
			}
			if used[e] || d.toks[e].Kind == vistka.QuoteMark {
				e = -1
				break
			}
			if isDash(d.toks[e]) && e > i+1 && strings.ContainsAny(d.toks[e-1].Text, ",!?…") {
				// "— Ой, — сказала сама собі Муркавка": a line with an
				// attribution of its own is no one else's continued
				e = -1
				break
			}
			e++
		}
		// "Міністр заявив журналістам:\n— Ми не відступимо …": a line
		// that a narration line of its own introduces with a colon
		// needs no line of dialogue before it
		colonIntro := !mid && i > 0 && d.toks[i-1].Text == ":" && d.toks[i-1].para != t.para || colonSame
		far := e >= 0 && (last < 0 || t.para-lastPara > 4 && !d.farLine(qs[last], i, e, t.para-lastPara))
		if e < 0 || far && !colonIntro {
			continue
		}
		if run {
			// "— Але впевнений, що все буде добре. Ми ще зіграємо
			// весілля. Вірю у краще.": the line goes on over the
			// sentences after it that speak in the first or second
			// person, as narration does not.
			for n := 0; n < 3 && e < len(d.toks) && d.toks[e].para == t.para; n++ {
				f := e
				for f < len(d.toks) && d.toks[f].sent == d.toks[e].sent {
					f++
				}
				if !d.personal(e, f) && !(n < 2 && d.expository(e, f) && (n == 1 || d.goesOn(e))) {
					// (at most two sentences of plain statement, the first
					// opening with a connective: see expository)
					break
				}
				e = f
			}
		}
		end := e
		for end > i+1 && isEnd(d.toks[end-1]) {
			end--
		}
		if d.words(i+1, end) < 4 || !d.hasFiniteVerb(i+1, end) || end < e && strings.Contains(d.toks[e-1].Text, "?") {
			continue // a question is the interviewer's
		}
		q := vistka.Quote{Direct: true, Start: d.toks[i+1].RStart, End: d.toks[end-1].REnd}
		if !far && !colonSame {
			q.Speaker, q.SpeakerText, q.Cue = qs[last].Speaker, qs[last].SpeakerText, qs[last].Cue
		}
		if id, text := d.selfIntro(i+1, end); id != "" && !far && id != qs[last].Speaker {
			// "— Я Олена Мазур, лікарка з Харкова.": a new speaker, who
			// speaks the lines after too
			intro, introText, introFor = id, text, last
			lastPara = t.para
		}
		if !far && !colonSame && introFor == last && intro != "" {
			q.Speaker, q.SpeakerText = intro, introText
		}
		if !mid && i > 0 && d.toks[i-1].Text == ":" && (d.toks[i-1].para != lastPara || colonSame) {
			// "Славік пошепки говорив мені:\n— Через …": a line that a
			// narration line of its own introduces with a colon is the
			// speaker named there. One that names someone with no cue
			// (Наталя трималася за голову:) is not guessed for the last
			// line's speaker either.
			from := d.sentStart[d.toks[i-1].sent]
			if isDash(d.toks[from]) || !d.narration(from, i-1) {
				continue
			}
			cue, speaker, speakerText := d.attribution(from, d.thatClauseAt(from, i-1))
			if (speechCues[cue] || far && mannerCues[cue]) && (speaker != "" || speakerText != "") {
				q.Speaker, q.SpeakerText, q.Cue = speaker, speakerText, cue
			} else if d.namesSomeone(from, i-1) {
				continue
			}
		}
		if q.Speaker == "" && q.SpeakerText == "" {
			continue // a colon that introduces no one's words
		}
		q.Text = string(d.text[q.Start:q.End])
		out = append(out, q)
		for j := i; j < e; j++ {
			used[j] = true
		}
	}
	return out
}

// selfIntro returns the person a line of dialogue toks[from:to] opens by
// introducing as its speaker, and the name as written: "Я Олена Мазур,
// …", "Я — Олена", "Мене звати Олена"; else "", "".
func (d *doc) selfIntro(from, to int) (id, text string) {
	j := from
	switch {
	case j+1 < to && scan.ToLower(d.toks[j].Text) == "я":
		j++
		if isDash(d.toks[j]) {
			j++ // "Я — Олена"
		}
	case j+2 < to && scan.ToLower(d.toks[j].Text) == "мене" && d.toks[j+1].Lemma == "звати":
		j += 2
	default:
		return "", ""
	}
	if j >= to {
		return "", ""
	}
	t := d.toks[j]
	e := d.ents.At(t.RStart, t.REnd)
	if e == "" || d.ents.Type(e) != "PERS" {
		return "", ""
	}
	h := j + 1
	for h < to && d.ents.At(d.toks[h].RStart, d.toks[h].REnd) == e {
		h++
	}
	return e, string(d.text[t.RStart:d.toks[h-1].REnd])
}

// personal reports whether the sentence toks[from:to] has a verb or a
// personal pronoun in the first or second person ("Тож я не міг не
// звернути уваги …": a past verb tells no person, its pronoun does) and
// no quotation mark, cue of memory (Нагадаємо) or dash of another line
// or of an attribution that would make it the writer's or someone
// else's. A dash inside a clause, after a word ("Мої батьки – вихідці
// із села"), is a copula or an aside of the speaker's own.
func (d *doc) personal(from, to int) bool {
	found := false
	for j := from; j < to; j++ {
		t := d.toks[j]
		if isDash(t) && (j == from || strings.ContainsAny(d.toks[j-1].Text, ",!?…")) || t.Kind == vistka.QuoteMark || t.Lemma == "нагадати" {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") && (vtag.Has(t.Tag, "1") || vtag.Has(t.Tag, "2")) || firstOrSecond(t) {
			found = true
		}
	}
	return found
}

// expository reports whether the sentence toks[from:to] may go on with a
// line of dialogue in text that keeps no paragraphs: it states a thing in
// the present, or in an impersonal past ("Але згодом було визначено вісім
// видів голубів …", "Найбільш схильні до інфекції молоді птахи"), names no
// one, has no pronoun of a third person, no cue, dash or quotation mark,
// and no finite past verb, as narration has ("Сонце сідало за обрій").
func (d *doc) expository(from, to int) bool {
	if d.words(from, to) < 3 || d.hasCue(from, to) {
		return false
	}
	impers := false
	for j := from; j < to && !impers; j++ {
		impers = impersonalForm(d.toks[j]) || vtag.Has(d.toks[j].Tag, "impers")
	}
	for j := from; j < to; j++ {
		t := d.toks[j]
		if isDash(t) || t.Kind == vistka.QuoteMark || t.Lemma == "нагадати" {
			return false
		}
		if e := d.ents.At(t.RStart, t.REnd); e != "" && (d.ents.Type(e) == "PERS" || d.ents.Type(e) == "ORG") {
			return false
		}
		if vtag.Has(t.Tag, "pron") && vtag.Has(t.Tag, "pers") && vtag.Has(t.Tag, "3") {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") && vtag.Has(t.Tag, "past") && !(t.Lemma == "бути" && impers) {
			return false
		}
	}
	return true
}

// goesOn reports whether the sentence at from opens with a connective that
// carries an argument on: "Але згодом …", "Тобто …", "Адже …", or with
// the condition of a rule the speaker goes on to give ("Якщо це посуд,
// то …").
func (d *doc) goesOn(from int) bool {
	l := scan.ToLower(d.toks[from].Text)
	return isConj(l) && l != "і" && l != "й" && l != "та" || l == "адже" || l == "тобто" || l == "тому" || l == "зате" || l == "якщо"
}

// firstOrSecond reports whether t is a personal pronoun of the first or
// second person: я, ми, ти, ви, мене, нам.
func firstOrSecond(t tok) bool {
	return vtag.Has(t.Tag, "pron") && vtag.Has(t.Tag, "pers") && (vtag.Has(t.Tag, "1") || vtag.Has(t.Tag, "2"))
}

// dashLine reports whether the quote starting at rune pos is a line of
// dialogue: its paragraph, or its sentence after a full stop, opens with a
// dash right before it.
func (d *doc) dashLine(pos int) bool {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].RStart >= pos })
	return i > 0 && i < len(d.toks) && isDash(d.toks[i-1]) && (i-1 == 0 || d.toks[i-2].para != d.toks[i-1].para || isEnd(d.toks[i-2]))
}

// sentOf returns the sentence of the token ending at rune pos or the last
// one before it.
func (d *doc) sentOf(pos int) int {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].REnd > pos })
	if i >= len(d.toks) {
		i = len(d.toks) - 1
	}
	if i > 0 && d.toks[i].RStart >= pos {
		i--
	}
	return d.toks[i].sent
}

// paraAt returns the paragraph of the token starting at rune pos.
func (d *doc) paraAt(pos int) int {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].RStart >= pos })
	if i >= len(d.toks) {
		return -1
	}
	return d.toks[i].para
}

// roleSubject finds the person a pronoun at toks[i] stands for when the
// sentence before it has as its subject a role the tagger named no one
// by (Саудівський міністр підтвердив …. Він також повідомив, що …;
// Прем'єр-міністр Молдови … заявив …. За його словами, …), and the person
// last, whom LastPerson found, is named in neither sentence: the subject
// just before is who the pronoun stands for. It returns the person the
// role phrase resolves to, or the phrase itself; "" when the rule does
// not apply.
func (d *doc) roleSubject(i int, g byte, last string) (id, text string) {
	s := d.toks[i].sent
	if s == 0 || d.clauseStart(i, d.sentStart[s]) != d.sentStart[s] {
		return "", ""
	}
	f, to := d.sentenceRange(s - 1)
	if f >= to || d.toks[f].Kind == vistka.QuoteMark || isDash(d.toks[f]) {
		return "", ""
	}
	head := -1
	for j := f; j < to; j++ {
		t := d.toks[j]
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") || t.Kind == vistka.QuoteMark || t.Text == "," {
			break
		}
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_naz") {
			if strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron") && !strings.Contains(t.Tag, "prop") &&
				vtag.Has(t.Tag, string(g)) && d.ents.Type(d.ents.At(t.RStart, t.REnd)) != "PERS" {
				head = j
			}
			break
		}
	}
	if head < 0 {
		return "", ""
	}
	for j := head + 1; j < to && !strings.HasPrefix(d.toks[j].Tag, "verb"); j++ {
		if e := d.ents.At(d.toks[j].RStart, d.toks[j].REnd); e != "" && d.ents.Type(e) == "PERS" {
			// "Прем'єр-міністр Молдови Александру Мунтяну заявив": the
			// person the role names, whatever case the tagger gave him
			if e == last {
				return "", ""
			}
			return e, d.mentionText(e, d.toks[j].RStart)
		}
	}
	if last != "" {
		for j := f; j < i; j++ {
			if d.ents.At(d.toks[j].RStart, d.toks[j].REnd) == last {
				return "", ""
			}
		}
	}
	text = d.phrase(head, f, to, -1)
	if e := d.ents.RoleAt(d.a, s-1, head-f); e != "" {
		return e, text
	}
	return text, text
}

// roleBefore finds the role a personal pronoun at toks[i] of gender g
// stands for when no person of that gender is named before it: the role
// named by a common noun that is the subject of the sentence before the
// pronoun's statement, or stands right after its verb ("Як зазначив
// голова облради, …. «…», — наголосив він"; "Минулої неділі райони
// відвідав міністр, який пообіцяв, що …. Він також повідомив, що …").
// A direct quote that closes before the pronoun is passed over to the
// sentence before its opening mark. It returns the role's phrase, or "".
func (d *doc) roleBefore(i int, g byte) string {
	s := d.toks[i].sent
	if s == 0 {
		return ""
	}
	first := d.sentStart[s]
	for j := i - 1; j >= first; j-- {
		if d.toks[j].Kind != vistka.QuoteMark {
			continue
		}
		// "«…», — наголосив він": the statement opens at the quote's mark
		for k := j - 1; k >= 0 && k >= j-400; k-- {
			if t := d.toks[k]; t.Kind == vistka.QuoteMark && (t.Text == "«" || t.Text == d.toks[j].Text && t.Text != "»") {
				first = d.sentStart[t.sent]
				break
			}
		}
		break
	}
	ps := d.toks[first].sent - 1
	if ps < 0 || ps+1 < len(d.sentStart) && d.toks[first].sent != ps+1 {
		return ""
	}
	f, to := d.sentenceRange(ps)
	if f >= to || d.toks[f].Kind == vistka.QuoteMark || isDash(d.toks[f]) {
		return ""
	}
	role := func(j int) bool {
		t := d.toks[j]
		return d.roleNoun(j) && vtag.Has(t.Tag, string(g)) && d.ents.At(t.RStart, t.REnd) == ""
	}
	for j := f; j < to; j++ {
		t := d.toks[j]
		if t.Kind == vistka.QuoteMark {
			return ""
		}
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_naz") && !role(j) && d.ents.At(t.RStart, t.REnd) != "" {
			return "" // a name is the subject
		}
		if role(j) {
			return d.phrase(j, f, to, -1)
		}
		if strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf") {
			if j+1 < to && role(j+1) {
				return d.phrase(j+1, f, to, -1)
			}
			return ""
		}
	}
	return ""
}

// afterRole reports whether the name at toks[i] stands right before the
// cue at cueAt and after a role in the nominative, with what completes the
// role between (genitives, a place): "Прем'єр-міністр Молдови Александру
// Мунтяну заявив", "Посол Японії в Україні Масаші Мацуда зазначив". Such
// a name is the subject in apposition to the role, whatever case the
// tagger gave a foreign name.
func (d *doc) afterRole(i, from, cueAt int) bool {
	e := d.ents.At(d.toks[i].RStart, d.toks[i].REnd)
	if e == "" || d.ents.Type(e) != "PERS" {
		return false
	}
	j := i
	for j < cueAt && d.ents.At(d.toks[j].RStart, d.toks[j].REnd) == e {
		j++
	}
	if j != cueAt {
		return false
	}
	// The verb agrees with the name: "Мацуда зазначив", not "Журналісти
	// Бережанській повідомили".
	cue, last := d.toks[cueAt].Tag, d.toks[j-1].Tag
	if !vtag.Has(cue, "past") || !(vtag.Has(cue, "m") && vtag.Has(last, "m") || vtag.Has(cue, "f") && vtag.Has(last, "f")) {
		return false
	}
	k := i - 1
	for k >= from && d.ents.At(d.toks[k].RStart, d.toks[k].REnd) == e {
		k--
	}
	for n := 0; k >= from && n < 8; n, k = n+1, k-1 {
		t := d.toks[k]
		if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && strings.Contains(t.Tag, "v_naz") && !strings.Contains(t.Tag, "pron") {
			return d.ents.At(t.RStart, t.REnd) == ""
		}
		if !strings.HasPrefix(t.Tag, "prep") && !((strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && !strings.Contains(t.Tag, "v_naz")) {
			return false
		}
	}
	return false
}

// placed reports whether a role phrase names the country or place the
// role is of by an adjective: "Норвезький посол", "Саудівський міністр".
func placed(phrase string) bool {
	for w := range strings.FieldsSeq(scan.ToLower(phrase)) {
		for _, suf := range []string{"ський", "цький", "зький", "ська", "цька", "зька"} {
			if strings.HasSuffix(w, suf) {
				return true
			}
		}
	}
	return false
}

// issuer returns the organisation named as the subject of a speech cue in
// the three sentences before toks[i] (Про це повідомило Оперативне
// командування …), the last such; "" when there is none.
func (d *doc) issuer(i int) string {
	s := d.toks[i].sent
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		f, to := d.sentenceRange(k)
		for j := to - 1; j >= f; j-- {
			t := d.toks[j]
			e := d.ents.At(t.RStart, t.REnd)
			if e == "" || d.ents.Type(e) != "ORG" || source.IsOutlet(d.ents.Name(e)) {
				// (an outlet that passes the statement on did not make it:
				// "Про це йдеться в заяві Ради ЄС, пише «Європейська
				// правда»")
				continue
			}
			if j > f && statementNouns[scan.ToLower(d.toks[j-1].Lemma)] && strings.Contains(t.Tag, "v_rod") {
				return e // "Про це йдеться в заяві Ради ЄС": whose statement it is
			}
			if d.pressServiceBefore(j, f) && d.hasCue(f, to) {
				return e // "Про це повідомила пресслужба «Нафтогазу»": the body its press service speaks for
			}
			if !strings.Contains(t.Tag, "v_naz") || d.governed(j, f) {
				continue
			}
			for c := f; c < to; c++ {
				if strings.HasPrefix(d.toks[c].Tag, "verb") && d.cueAt(c) != "" {
					return e
				}
			}
		}
	}
	return ""
}

// pressServiceBefore reports whether a press service in the nominative
// stands right before the mention at toks[j] (past its opening mark), so
// that the mention names the body it speaks for: "пресслужба «Нафтогазу»".
func (d *doc) pressServiceBefore(j, f int) bool {
	k := j - 1
	if k > f && d.toks[k].Kind == vistka.QuoteMark {
		k--
	}
	if k < f || !strings.Contains(d.toks[k].Tag, "v_naz") {
		return false
	}
	l := scan.ToLower(d.toks[k].Lemma)
	return l == "пресслужба" || l == "прес-служба"
}

// hasCue reports whether a speech cue's verb stands in toks[from:to].
func (d *doc) hasCue(from, to int) bool {
	for c := from; c < to; c++ {
		if strings.HasPrefix(d.toks[c].Tag, "verb") && d.cueAt(c) != "" {
			return true
		}
	}
	return false
}

// whoClause reports a relative хто-clause on a demonstrative before the
// cue at cueAt: toks[i] is хто after той (тих, ті) and a comma; it returns
// the comma that closes the clause before the cue, or -1. The clause may
// open the span the speaker is looked for in (from).
func (d *doc) whoClause(i, cueAt int) int {
	if i < 2 || i+1 >= cueAt || !scan.EqualFold(d.toks[i].Lemma, "хто") || d.toks[i-1].Text != "," ||
		!scan.EqualFold(d.toks[i-2].Lemma, "той") || !vtag.Has(d.toks[i-2].Tag, "pron") {
		return -1
	}
	for c := i + 1; c < cueAt; c++ {
		if d.toks[c].Text == "," {
			return c
		}
	}
	return -1
}

// placeBody returns the organisation a body noun in the locative at i
// (у відомстві, у пресслужбі, у міністерстві) points back to: the one
// organisation of its kind named in its sentence before it or in the
// sentence before, or "" when there is none or more than one.
func (d *doc) placeBody(i int, lemma string) string {
	fit, ok := placeBodyFits[lemma]
	if acr := entity.BodyAcronym(lemma); !ok && acr != "" {
		// "в облдержадміністрації": the administration of those
		// letters (Волинська обласна державна адміністрація, Волинська ОДА)
		fit, ok = func(name string) bool { return entity.BodyAcronym(name) == acr }, true
	}
	if !ok {
		return d.kindBody(i, lemma)
	}
	ids := d.ents.OrgsBefore(d.toks[i].RStart, d.toks[i].sent, fit)
	if len(ids) != 1 {
		return ""
	}
	return ids[0]
}

// kindBody returns the organisation a body noun of a kind (у музеї, в
// університеті, у компанії) at i points back to: the one organisation
// named before it in the text whose name has the noun (Національний
// музей історії України) or that the noun or a company's legal form
// stands right before (компанії «Укрнафта», НЕК «Укренерго»). An
// organisation last named as a subject in the three sentences before is
// the one the text goes on about: it decides among several ("Тим часом
// НЕК «Укренерго» повідомила, що … У компанії пояснили") unless another
// of them is named in its sentence too (ТОВ «Альфа» та ТОВ «Бета»
// подали), and when it does not fit, the noun may be its own
// (Укрзалізниця, a company no word calls one), so "" is returned.
func (d *doc) kindBody(i int, lemma string) string {
	if !kindNouns[lemma] {
		return ""
	}
	var fitting []int // the entities that fit, by index
	last, lastAt, lastFits := -1, -1, false
	for k := range d.ents.Entities {
		e := &d.ents.Entities[k]
		if e.Type != "ORG" {
			continue
		}
		fits, at := false, -1
		for _, m := range e.Mentions {
			if m.Start >= d.toks[i].RStart {
				break
			}
			if kindName(e.Name, lemma) || d.kindBefore(m.Start, lemma) {
				fits = true
			}
			if j := d.tokAt(m.Start); j >= 0 && d.toks[j].sent >= d.toks[i].sent-3 && d.nominativeAt(j, m.End) {
				at = j
			}
		}
		if fits {
			fitting = append(fitting, k)
		}
		if at > lastAt {
			last, lastAt, lastFits = k, at, fits
		}
	}
	switch {
	case lastAt >= 0 && !lastFits:
		return ""
	case len(fitting) == 1:
		return entity.ID(fitting[0])
	case lastAt < 0 || len(fitting) == 0:
		return ""
	}
	for _, k := range fitting {
		if k == last {
			continue
		}
		for _, m := range d.ents.Entities[k].Mentions {
			if j := d.tokAt(m.Start); j >= 0 && d.toks[j].sent == d.toks[lastAt].sent {
				return "" // two of them named together
			}
		}
	}
	return entity.ID(last)
}

// kindName reports whether an organisation's name has the body noun of a
// kind (Національний музей історії України) or, for компанія, opens with
// a company's legal form (НЕК «Укренерго»).
func kindName(name, lemma string) bool {
	w := strings.Fields(name)
	return len(w) > 0 && lemma == "компанія" && companyForms[w[0]] || slices.Contains(strings.Fields(scan.ToLower(name)), lemma)
}

// nominativeAt reports whether a word of the mention from token j to the
// rune end is in the nominative: the organisation named as a subject.
func (d *doc) nominativeAt(j, end int) bool {
	for ; j < len(d.toks) && d.toks[j].REnd <= end; j++ {
		if strings.Contains(d.toks[j].Tag, "v_naz") {
			return true
		}
	}
	return false
}

// tokAt returns the index of the token that starts at pos, or of the
// word a quotation mark starting at pos opens, or -1.
func (d *doc) tokAt(pos int) int {
	j := sort.Search(len(d.toks), func(j int) bool { return d.toks[j].RStart >= pos })
	if j >= len(d.toks) || d.toks[j].RStart != pos {
		return -1
	}
	return j
}

// kindBefore reports whether the word right before the mention starting
// at pos has lemma ("компанії «Укрнафта»"), or, for компанія, is a
// company's legal form (НЕК «Укренерго», ПАТ «Укрнафта»).
func (d *doc) kindBefore(pos int, lemma string) bool {
	j := d.tokAt(pos)
	if j < 0 {
		return false
	}
	if j > 0 && d.toks[j-1].Kind == vistka.QuoteMark {
		j-- // (the mention may start past its opening mark)
	}
	if j > 0 && lemma == "компанія" && companyForms[d.toks[j-1].Text] {
		return true
	}
	return j > 0 && scan.ToLower(d.toks[j-1].Lemma) == lemma
}

// companyForms are the acronyms of companies' legal forms written before
// their names.
var companyForms = setOf("НАК", "НЕК", "НАЕК", "ПАТ", "ПрАТ", "АТ", "ТОВ", "ДАК")

// kindNouns are the body nouns of a kind that kindBody resolves.
var kindNouns = setOf("музей", "університет", "компанія", "театр", "банк", "завод", "корпорація", "концерн", "холдинг")

// placeBodyFits tells, for a body noun that names a body already named,
// which organisations' names it may stand for: a ministry, a state body
// (відомство) or anyone with a press service.
var placeBodyFits = map[string]func(string) bool{
	"міністерство": ministryName,
	"відомство":    stateBodyName,
	"пресслужба":   func(string) bool { return true },
	"прес-служба":  func(string) bool { return true },
}

// ministryName reports whether name is a ministry's: Міністерство
// фінансів, Мінфін, Мін'юст, МЗС.
func ministryName(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	l := scan.ToLower(w)
	return strings.HasPrefix(l, "мін") || l == "мзс" || l == "моз" || l == "мвс" || l == "мон"
}

// stateBodyName reports whether name is a state body's: a ministry, a
// service, an agency, a committee, or an acronym (СБУ, ДСНС).
func stateBodyName(name string) bool {
	if ministryName(name) {
		return true
	}
	w, _, _ := strings.Cut(name, " ")
	if acronymWord(w) {
		return true
	}
	l := scan.ToLower(w)
	for _, p := range []string{"держ", "національн", "служба", "агентство", "бюро", "офіс", "комітет", "департамент",
		"управління", "інспекція", "комісія", "прокуратура", "адміністрація", "рада", "уряд", "кабінет", "фонд"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return strings.Contains(scan.ToLower(name), "адміністрація") || strings.Contains(scan.ToLower(name), "служба")
}

// acronymWord reports whether w is two to six Cyrillic or Latin capitals.
func acronymWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// subjectBefore reports whether a name in the nominative stands in
// toks[from:to]: "Світовий банк у відповідь на запит ZN.UA зазначив" has
// its speaker before the request ("У відповідь на запит «Укрзалізниця»
// повідомила" has none, and the name after запит speaks).
func (d *doc) subjectBefore(from, to int) bool {
	if s := d.sentStart[d.toks[to].sent]; s < from {
		from = s // (the speaker may stand before a clause the span starts after)
	}
	for j := from; j < to; j++ {
		t := d.toks[j]
		if !strings.Contains(t.Tag, "v_naz") {
			continue
		}
		if d.ents.At(t.RStart, t.REnd) != "" || strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") &&
			(vtag.Has(t.Tag, "anim") || isBody(scan.ToLower(t.Lemma))) {
			return true // (a body or a person named by a common noun: "Світовий банк")
		}
	}
	return false
}

// askedBy are the nouns of asking whose genitive names who asked, not who
// answers: "у відповідь на запит ZN.UA", "на запитання журналістів".
var askedBy = map[string]bool{"запит": true, "запитання": true, "питання": true, "прохання": true}

// relativeAside reports whether the clause at i opens with a relative
// pronoun, or with a preposition and one: "…, які опитало видання, …",
// "…, до яких звернулося hromadske, …".
func (d *doc) relativeAside(i int) bool {
	if d.isRelative(i) {
		return true
	}
	return i+1 < len(d.toks) && strings.HasPrefix(d.toks[i].Tag, "prep") && d.isRelative(i+1)
}

// plainRun reports whether toks[from:to] hold no comma, dash or
// quotation mark: one short clause, no quotation and its attribution.
func (d *doc) plainRun(from, to int) bool {
	for k := from; k < to; k++ {
		if t := d.toks[k]; t.Text == "," || t.Kind == vistka.QuoteMark || isDash(t) {
			return false
		}
	}
	return true
}

// bodyInLocative returns the body a sentence (from:to) was told in by a
// common noun in the locative that its cue has no subject of its own for
// ("У пресслужбі підприємства пояснили, що …. Там запевняють, що …"): the
// body's phrase in the nominative, or "". A paper (у листі) is no body,
// and the locative must stand before the sentence's first verb.
func (d *doc) bodyInLocative(from, to int) string {
	for j := from; j < to; j++ {
		t := d.toks[j]
		if strings.HasPrefix(t.Tag, "verb") || t.Text == "," {
			return ""
		}
		l := bodyLemma(scan.ToLower(t.Lemma))
		if strings.HasPrefix(t.Tag, "noun") && isBody(l) && !documents[l] && d.inLocative(j, from) {
			return d.bodyPhrase(j, to, -1)
		}
	}
	return ""
}

// askCues are the cues of asking, whose "в X", "у X" right after them
// names whom it was asked.
var askCues = setOf("запитати", "запитувати", "спитати", "питати", "перепитати", "перепитувати")

// objectAfterCue reports whether the name of entity e at toks[i], in the
// accusative, follows a finite verb after the cue at cueAt, the first
// word of the name right after it: the name is that verb's object ("– засміявся кашовар і
// пригостив Наталочку", "– сказав він і обійняв Олену Мазур").
func (d *doc) objectAfterCue(i, cueAt int, e string) bool {
	if !vtag.Has(d.toks[i].Tag, "v_zna") {
		return false // "– зізнається чоловік, що назвався Владиславом": who he is
	}
	k := i - 1
	for k > cueAt && d.ents.At(d.toks[k].RStart, d.toks[k].REnd) == e {
		k--
	}
	return k > cueAt && strings.HasPrefix(d.toks[k].Tag, "verb") && !vtag.Has(d.toks[k].Tag, "inf")
}

// thatClauseAt returns where a що-clause after the first cue of
// toks[from:to] starts (its comma), or to: "Колись він сказав Марині,
// що не уявляє, чим вона його буде дивувати:" names who speaks before
// it, and вона inside it is not the speaker.
func (d *doc) thatClauseAt(from, to int) int {
	for k := from; k < to; k++ {
		if d.cueAt(k) == "" && mannerLemma(d.toks[k].Lemma, d.toks[k].Tag) == "" {
			continue
		}
		for c := k + 1; c+1 < to; c++ {
			if d.toks[c].Text == "," && isThat(d.toks[c+1].Lemma) {
				return c
			}
		}
		return to
	}
	return to
}

// timeGenitive reports whether toks[j] opens a genitive of time, a
// number or a determiner with a time noun after it, or the noun itself:
// no complement of the speaker's noun ("мама одного разу сказала").
func (d *doc) timeGenitive(j int) bool {
	if timeNouns[d.toks[j].Lemma] {
		return true
	}
	tg := d.toks[j].Tag
	return (strings.HasPrefix(tg, "numr") || strings.HasPrefix(tg, "adj")) && j+1 < len(d.toks) && timeNouns[d.toks[j+1].Lemma] &&
		strings.Contains(d.toks[j+1].Tag, "v_rod")
}
