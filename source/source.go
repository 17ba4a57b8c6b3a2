package source

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// Roles of Evidence.
const (
	RolePublisher = "publisher"
	RoleVia       = "via"
	RolePhoto     = "photo"
	RoleVideo     = "video"
)

// Find reads who published text, whom it cites and whose photos and videos
// it carries, from the text alone. Via and Photo are never nil. Evidence
// holds every place a value was read from, in text order, with code-point
// offsets.
func Find(text string) vistka.Source { return Finder{}.Find(text) }

// Finder reads sources with what else is known of the text.
type Finder struct {
	// Site is the host name or URL the text was published at, if known
	// (Document.Site, Document.URL). When it belongs to a known outlet,
	// that outlet is the publisher, and an outlet the text names as its
	// own ("передає УНІАН") is cited instead.
	Site string
	// Names are the names the entity tagger found in the text
	// (Analysis.Spans), sorted by start, with code-point offsets: a word
	// in capitals that ends a person's name after a first name in title
	// case is read as the surname regional papers print so ("директор
	// Олександр ПОПОВ"). May be nil.
	Names []vistka.Span
}

// Find is the package-level Find with f's knowledge.
func (fd Finder) Find(text string) vistka.Source {
	buf := tokenBufs.Get().(*[]token)
	return fd.find(text, appendLex((*buf)[:0], text), buf)
}

// FindLexed is Find over lexed, the tokens scan.Lex returns for text,
// which it only reads: callers that run other finders over the same
// tokens (amounts, dates) lex the text once.
func (fd Finder) FindLexed(text string, lexed []scan.Token) vistka.Source {
	buf := tokenBufs.Get().(*[]token)
	return fd.find(text, appendScanned((*buf)[:0], text, lexed), buf)
}

// find reads the sources of text from toks, its tokens, which it puts
// back into buf for the next text.
func (fd Finder) find(text string, toks []token, buf *[]token) vistka.Source {
	f := finder{text: text, toks: toks, publisher: siteOutlet(fd.Site), names: fd.Names}
	f.leadEnd = f.leadLimit()
	for i := 0; i < len(f.toks); {
		if n := f.at(i); n > 0 {
			i += n
		} else {
			i++
		}
	}
	src := f.result()
	clear(f.toks) // let the text go
	*buf = f.toks[:0]
	tokenBufs.Put(buf)
	return src
}

// tokenBufs holds the slices of tokens Find has read texts into: a text
// takes room for a token every eight bytes, which a new slice for each
// one had the garbage collector take back again and again.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

type candidate struct {
	role       string // RolePublisher for a self-naming outlet that may be the publisher
	value      string
	start, end int
	// lead marks a self-naming outlet cited in the lead by a verb of
	// reporting ("…, передає Суспільне Миколаїв", "Як пише ZN.UA з
	// посиланням на …"): the publisher when no other is named.
	lead bool
	// found marks a told outlet whose journalists found out what the
	// lead tells ("Як з'ясували журналісти Bihus.Info, …"): the
	// publisher when no other is named, and cited when another is.
	found bool
	// told marks a self-naming outlet named as the one told something
	// ("сказав Економічній правді", "Як пояснив ZN.UA заступник
	// міністра") or as the one that found it out ("з'ясувало ZN.UA"):
	// the publisher when no other is named, not even in the lead, and
	// nothing otherwise (the body of the report, not its source line).
	told bool
	// credited marks a Ukrainian outlet that names itself, given in a
	// "Джерело: X" line: the outlet whose report the text is, so the
	// publisher when no other is named; a body there stays cited.
	credited bool
	// pub is the outlet a credited photo credit names, the publisher
	// when no other is named ("Фото: Громадське / Ярослав Мельник"
	// gives Громадське); the credit stays a photo's.
	pub string
	// recalled marks an outlet whose earlier report the text recalls
	// ("Як повідомляв «Волинь Post», …", "Як писала DW, …"): a paper
	// recalls its own reports so, and it is the publisher when no other
	// is named, not even by a told outlet; otherwise its role stands.
	recalled bool
	// shown is the Latin brand of an outlet as written (see phrase).
	shown string
	// short is the body's short name given in brackets after it, one
	// word: a later cite of it is the same body ("нагадали в SECO").
	short string
	// of is the outlet a speaker told a source line to ("розповів
	// Укрінформу міністр …"): the speaker is cited where that outlet's
	// name stands, and left out with it (see candidate.told).
	of string
	// own marks an outlet we do not know that the lead's source line
	// names as the one retelling it ("…, пише Kyiv Post із посиланням на
	// …") or as the channel its speaker spoke on ("Про це в ефірі
	// телеканалу «Перший Криворізький» розповів …"): the publisher when
	// a photo credit of the text names it too and no other is named,
	// the outlet crediting its own picture.
	own bool
	// body marks a name cited past the lead for one statement of the
	// body ("За даними ДСНС, вогонь охопив …", "Як пише The Times, …",
	// "…, повідомили у відомстві."): a quote of that source, not a
	// source line of the text, so not cited (see bodyCite).
	body bool
}

type finder struct {
	text      string
	toks      []token
	cands     []candidate
	publisher string // known from the site
	leadEnd   int    // the first token past the lead (see leadLimit)
	names     []vistka.Span
}

var none = token{kind: sym, gap: gapNewline}

func (f *finder) tok(i int) *token {
	if i < 0 || i >= len(f.toks) {
		return &none
	}
	return &f.toks[i]
}

// word returns the lower-cased word at i if it is on the same line as the
// token before it, else "".
func (f *finder) word(i int) string {
	t := f.tok(i)
	if t.kind != word || t.gap == gapNewline {
		return ""
	}
	return t.text
}

func (f *finder) isSym(i int, rs string) bool {
	t := f.tok(i)
	return t.kind == sym && hasRune(rs, t.r)
}

// hasRune is strings.ContainsRune for the few runes isSym is given: a
// plain loop, which lets isSym be inlined (the rules ask it about the
// token before nearly every word).
func hasRune(rs string, r rune) bool {
	for _, c := range rs {
		if c == r {
			return true
		}
	}
	return false
}

// slice returns the original text of tokens [from, to), with runs of
// white space made one space.
func (f *finder) slice(from, to int) string {
	s := f.text[f.toks[from].bs:f.toks[to-1].be]
	if !oddSpace(s) && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// oddSpace reports whether s holds white space other than ' '. The first
// byte of every such rune is 09-0d (ASCII), c2 (U+0085, U+00A0), e1
// (U+1680), e2 (U+2000-U+205F) or e3 (U+3000), and none of these bytes
// ends a rune, so only the runes they open need decoding: Cyrillic names
// have none.
func oddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '\t' <= c && c <= '\r':
			return true
		case c == 0xc2 || 0xe1 <= c && c <= 0xe3:
			if r, _ := utf8.DecodeRuneInString(s[i:]); scan.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// add records a candidate, its value trimmed, and reports whether it did:
// an empty value, or one that is not valid UTF-8, is none.
func (f *finder) add(role, value string, from, to int) bool {
	value = strings.TrimSpace(value)
	if value == "" || !utf8.ValidString(value) {
		return false
	}
	c := candidate{role: role, value: value, start: f.toks[from].rs, end: f.toks[to-1].re}
	if f.isSym(to, "(") && f.tok(to+1).kind == word && f.tok(to+1).gap == gapNone && f.isSym(to+2, ")") {
		c.short = f.slice(to+1, to+2) // "Державному секретаріаті з економічних питань (SECO)"
	}
	f.cands = append(f.cands, c)
	return true
}

// addPhrase adds p as a candidate of role, as add does, with the name
// as the text shows it.
func (f *finder) addPhrase(role string, p phrase) bool {
	if !f.add(role, p.value, p.from, p.to) {
		return false
	}
	f.cands[len(f.cands)-1].shown = p.shown
	return true
}

// cue kinds.
const (
	cueVia  = iota // the name after it is cited: за даними X, із посиланням на X
	cueSays        // a bare verb: повідомляє X; X must close the clause
	cueSelf        // a bare verb an outlet uses of itself: передає Укрінформ
)

// cues are the phrases that introduce a source, by their first word.
var cues = map[string][]struct {
	words []string
	kind  int
}{}

// cueSieve holds the keys of cues, which at asks about every word: most
// words it stops with no lookup.
var cueSieve scan.Sieve

func init() {
	for _, c := range []struct {
		phrase string
		kind   int
	}{
		{"із посиланням на", cueVia}, {"з посиланням на", cueVia}, {"посилаючись на", cueVia},
		{"за даними", cueVia}, {"за інформацією", cueVia}, {"за повідомленням", cueVia},
		{"згідно з даними", cueVia}, {"згідно з інформацією", cueVia}, {"згідно з повідомленням", cueVia},
		// the lead's attribution to a document's author or a data
		// service: "Згідно з постановою Кабінету міністрів, …", "Як
		// випливає з даних Prozorro, …"
		{"згідно з постановою", cueVia}, {"згідно з рішенням", cueVia}, {"як випливає з даних", cueVia},
		{"як пише", cueVia}, {"як пишуть", cueVia}, {"як повідомляє", cueVia}, {"як повідомляють", cueVia},
		{"як передає", cueVia}, {"як передають", cueVia}, {"як зазначає", cueVia}, {"як зазначають", cueVia}, // "Як зазначає Reuters, …", as "Як пише"
		{"як стверджує", cueVia}, {"як стверджують", cueVia}, // "Як стверджує The New York Times, …", as "Як зазначає"
		{"як повідомило", cueVia}, {"як повідомила", cueVia},
		{"як повідомили", cueVia}, {"як повідомляло", cueSelf}, {"як повідомляла", cueSelf}, {"як повідомляв", cueSelf},
		{"як інформує", cueSelf}, {"як з'ясувало", cueVia}, {"як з'ясувала", cueVia},
		{"йдеться на", cueVia}, {"йдеться у", cueVia}, {"йдеться в", cueVia},
		{"ідеться на", cueVia}, {"ідеться у", cueVia}, {"ідеться в", cueVia},
		{"повідомляється в", cueVia}, {"повідомляється у", cueVia}, {"повідомляється на", cueVia},
		{"повідомили в", cueVia}, {"повідомили у", cueVia}, {"повідомили на", cueVia}, {"зазначили на", cueVia}, {"повідомляють в", cueVia}, {"повідомляють у", cueVia},
		{"розповіли в", cueVia}, {"розповіли у", cueVia}, {"заявили в", cueVia}, {"заявили у", cueVia},
		{"інформують в", cueVia}, {"інформують у", cueVia}, {"зазначили в", cueVia}, {"зазначили у", cueVia},
		// "«…», — наголосили в СБУ.": the golds cite the body of an
		// emphasis closing a statement as of any statement
		{"наголосили в", cueVia}, {"наголосили у", cueVia}, {"підкреслили в", cueVia}, {"підкреслили у", cueVia},
		// the verbs of clarifying, adding, reminding and explaining
		// close a statement after its content as "повідомили в" does:
		// "…, уточнили в департаменті …", "…, нагадали в Мінфіні." (the
		// guidelines' cue after content, wherever it stands; opening
		// one past the lead, "Як нагадали в X, …", it is a body cite)
		{"уточнили в", cueVia}, {"уточнили у", cueVia}, {"нагадали в", cueVia}, {"нагадали у", cueVia},
		{"запевнили в", cueVia}, {"запевнили у", cueVia}, {"поінформували в", cueVia}, {"поінформували у", cueVia},
		{"додали в", cueVia}, {"додали у", cueVia}, {"пояснили в", cueVia}, {"пояснили у", cueVia},
		// the present of the plural cues above, which close a statement
		// after its content as they do: "…, кажуть у Коордштабі.",
		// "…, зазначають у міністерстві."
		{"кажуть в", cueVia}, {"кажуть у", cueVia}, {"зазначають в", cueVia}, {"зазначають у", cueVia},
		{"заявляють в", cueVia}, {"заявляють у", cueVia},
		// the imperfective past of the plural cues, a statement made
		// before and recalled: "Про це ж раніше заявляли в Міноборони.",
		// "…, повідомляли в ОВА." (opening one past the lead, "Як
		// повідомляли в X, …", it is a body cite as the others)
		{"заявляли в", cueVia}, {"заявляли у", cueVia}, {"повідомляли в", cueVia}, {"повідомляли у", cueVia},
		{"зазначали в", cueVia}, {"зазначали у", cueVia},
		{"про це свідчать дані", cueVia}, {"про це свідчать результати", cueVia}, {"про це свідчать підсумки", cueVia}, // "Про це свідчать результати опитування Центру …" (see studyOf)
		{"про це свідчить", cueVia}, // "Про це свідчить повідомлення міністерства": a head noun's phrase only
		// a line that names whose figures the lead gave, as "Про це
		// свідчать дані X" does: "Такі дані наводить Держстат."
		{"такі дані наводить", cueVia}, {"такі дані наводять", cueVia}, {"такі дані оприлюднило", cueVia},
		{"такі дані оприлюднила", cueVia}, {"такі дані оприлюднив", cueVia}, {"такі дані оприлюднили", cueVia},
		{"такі дані опублікувало", cueVia}, {"такі дані опублікувала", cueVia}, {"такі дані опублікував", cueVia},
		// a line that names whose finding the lead told: "Такого
		// висновку дійшли аналітики Інституту вивчення війни."
		{"такого висновку дійшли", cueVia}, {"такого висновку дійшов", cueVia}, {"такого висновку дійшла", cueVia},
		// a line that names whose view the lead told: "Таку думку
		// висловив оглядач The Times Роджер Бойс."
		{"таку думку висловив", cueVia}, {"таку думку висловила", cueVia}, {"таку думку висловили", cueVia},
		{"такого висновку дійшло", cueVia}, {"до такого висновку дійшли", cueVia}, {"до такого висновку дійшов", cueVia},
		{"до такого висновку дійшла", cueVia}, {"до такого висновку дійшло", cueVia},
		// a line that names who gave the report's facts: "Інформацію
		// надав департамент ЖКГ міської ради."
		{"інформацію надав", cueVia}, {"інформацію надала", cueVia}, {"інформацію надало", cueVia}, {"інформацію надали", cueVia},
		// a figure's source in brackets after it: "знизився до 13% (дані
		// Національного банку)", as "(за даними НБУ)"
		{"дані", cueVia},
		{"ці дані наводить", cueVia}, {"відповідні дані наводить", cueVia}, {"відповідні дані оприлюднило", cueVia},
		{"на це вказують дані", cueVia}, {"про це стало відомо з", cueVia}, {"про це стало відомо із", cueVia}, {"на це звернули увагу в", cueVia}, {"на це звернули увагу у", cueVia}, // source lines of findings
		// a line that names who retells the lead's speaker, as "Про це
		// пише X" does: "Її слова наводить NV."
		{"її слова наводить", cueSelf}, {"його слова наводить", cueSelf}, {"їхні слова наводить", cueSelf},
		{"про це передає", cueSelf}, // the outlet of itself, as with "Про це повідомляє"
		// a chain told in two sentences: "…, повідомляє Reuters …
		// Інформацію агентства передає «Інтерфакс-Україна»."
		{"інформацію агентства передає", cueSelf}, {"інформацію видання передає", cueSelf}, {"цю інформацію передає", cueSelf},
		{"про це пише", cueSelf},
		{"про це написало", cueSelf}, {"про це написала", cueSelf}, {"про це написали", cueSelf}, // "Про це написало видання «Курс»"
		{"повідомляє", cueSelf}, {"передає", cueSays}, {"інформує", cueSelf}, {"повідомило", cueSelf},
		{"пише", cueSays}, {"пишуть", cueSays}, {"повідомляють", cueSays}, {"передають", cueSays},
		{"цитує", cueSays}, {"цитує його", cueSays}, {"цитує її", cueSays}, {"цитують", cueSays},
		{"цитують його", cueSays}, {"цитують її", cueSays},
		{"повідомила", cueSays}, {"повідомили", cueSays}, {"інформують", cueSays},
		{"звертає увагу", cueSays}, {"звертають увагу", cueSays}, // "…, звертає увагу DW."
		{"зазначає", cueSays},                     // of a site only: "…, зазначає adm-pl.gov.ua" (see siteOnly)
		{"про це повідомив", cueSays},             // a person only after про це: after a quote, the speaker
		{"повідомив", cueSays},                    // only after a comma closing reported content (see toldAfter)
		{"заявив", cueSays}, {"заявила", cueSays}, // so too: "…, заявив речник Кремля Дмитро Пєсков."
		// unnamed sources only (see unnamedOnly): "…, розповіли два
		// співрозмовники в уряді."
		{"розповів", cueSays}, {"розповіла", cueSays}, {"розповіло", cueSays}, {"розповіли", cueSays},
		{"сказав", cueSays}, {"сказала", cueSays}, {"сказало", cueSays}, {"сказали", cueSays},
		{"підтвердив", cueSays}, {"підтвердила", cueSays}, {"підтвердило", cueSays}, {"підтвердили", cueSays},
		{"заявило", cueSays}, {"заявили", cueSays},
	} {
		w := strings.Fields(c.phrase)
		cueSieve.Add(w[0])
		cues[w[0]] = append(cues[w[0]], struct {
			words []string
			kind  int
		}{w, c.kind})
	}
}

func (f *finder) at(i int) int {
	t := f.tok(i)
	if t.kind == sym {
		switch {
		case t.r == '(':
			return f.paren(i)
		case t.r == '/':
			return f.slashed(i)
		case scan.IsDash(t.r):
			return f.lineEnd(i)
		case isQuote(t.r):
			if n := f.newsroomAt(i); n > 0 {
				return n
			}
			if n := f.newsroomRelative(i); n > 0 {
				return n
			}
			return f.wroteBefore(i)
		}
		return 0
	}
	w := t.text
	if w == "читайте" || w == "дивіться" || w == "також" {
		if n := f.seeAlso(i); n > 0 {
			return n
		}
	}
	if t.gap == gapNewline && i > 0 && t.upper {
		if n := f.signature(i); n > 0 {
			return n
		}
	}
	if w == "про" && f.word(i+1) == "це" {
		if n := f.toldTo(i + 2); n > 0 {
			return n + 2
		}
		if n := f.aboutThisSays(i); n > 0 {
			return n
		}
	}
	if w == "про" {
		if n := f.aboutAfterOutlet(i); n > 0 {
			return n
		}
		if n := f.topicToldTo(i); n > 0 {
			return n
		}
	}
	if w == "відповідну" || w == "відповідне" || w == "відповідні" {
		if n := f.statementBy(i); n > 0 {
			return n
		}
	}
	if (w == "у" || w == "в") && t.upper && i < f.leadEnd {
		if n := f.leadBodySays(i); n > 0 {
			return n
		}
	}
	if t.upper && !(f.word(i-1) == "це" && f.word(i-2) == "про") {
		if n := f.toldBody(i); n > 0 {
			return n
		}
		if n := f.ownReport(i); n > 0 {
			return n
		}
	}
	if (w == "на" || strings.HasPrefix(w, "як")) && f.isSym(i-1, ",") {
		if n := f.relayedBy(i); n > 0 {
			return n
		}
	}
	if n := f.toldOutlet(i); n > 0 {
		return n
	}
	if w == "як" {
		if n := f.toldOutlet(i + 1); n > 0 {
			return n + 1 // "Як повідомили агентству «Інтерфакс-Україна»"
		}
		if n := f.wroteEarlier(i); n > 0 {
			return n
		}
	}
	switch {
	case pressHeads[w] || signingUnits[w]:
		if n := f.pressServiceLine(i); n > 0 {
			return n
		}
	case creditWords[w]:
		if n := f.credit(i); n > 0 {
			return n
		}
	case w == "скриншот" || w == "скріншот" || w == "кадр":
		if n := f.stillLine(i); n > 0 {
			return n
		}
	case w == "автор" || w == "авторка" || w == "автори" || w == "текст" || w == "переклад":
		if n := f.authorLine(i); n > 0 {
			return n
		}
	case w == "за":
		if n := f.reprintOf(i); n > 0 {
			return n
		}
	case w == "дайджесті":
		if n := f.digestOf(i); n > 0 {
			return n
		}
	case w == "підписуйтеся" || w == "підписуйтесь" || w == "підпишіться" || w == "передрук" || w == "при" || w == "матеріал" || w == "новину" || w == "це":
		if n := f.houseLine(i); n > 0 {
			return n
		}
	}
	if t.upper && !t.latin {
		if n := f.byline(i); n > 0 {
			return n
		}
	}
	if strings.HasPrefix(w, "кореспондент") {
		return f.correspondent(i)
	}
	if p := f.tok(i - 1); (w == "розпорядження" || w == "розпорядженні") && p.kind == word && (p.text == "в" || p.text == "у") {
		if n := f.heldBy(i); n > 0 {
			return n
		}
	}
	if w == "запит" {
		if n := f.answeredRequest(i); n > 0 {
			return n
		}
	}
	if strings.HasPrefix(w, "журналіст") || strings.HasPrefix(w, "редакці") {
		if n := f.staffOf(i); n > 0 {
			return n
		}
	}
	if n := f.datelineOutlet(i); n > 0 {
		return n
	}
	if n := f.datelineLead(i); n > 0 {
		return n
	}
	if n := f.outletSays(i); n > 0 {
		return n
	}
	if n := f.reviewedOutlet(i); n > 0 {
		return n
	}
	if (w == "у" || w == "в") && f.tok(i+1).kind == word {
		if n := f.pieceOf(i); n > 0 {
			return n
		}
	}
	if n := f.newsroomAt(i); n > 0 {
		return n
	}
	if w == "інтерв'ю" && f.inBefore(i) {
		if n := f.interview(i); n > 0 {
			return n
		}
	}
	if w == "читайте" {
		if n := f.readOnSite(i); n > 0 {
			return n
		}
	}
	if saysVerbs[w] {
		if n := f.toldPaper(i); n > 0 {
			return n
		}
	}
	if w == "ми" && f.inLeadParagraph(i) {
		// "Про це та інше ми поговорили з директором театру Іваном
		// Уривським": the newsroom's own interview, its speaker cited
		if q, ok := f.talkedTo(i + 1); ok && f.addPhrase(RoleVia, q) {
			return q.next - i
		}
	}
	if (w == "ефірі" || w == "подкасті") && f.inBefore(i) {
		if n := f.onAir(i); n > 0 {
			return n
		}
	}
	if w == "коментарі" && f.inBefore(i) {
		if n := f.commentTo(i + 1); n > 0 {
			return n + 1
		}
	}
	if w == "розмові" && f.inBefore(i) && (f.word(i+1) == "з" || f.word(i+1) == "із") && !f.selfOutletNamed(i+2) {
		// "в розмові з The Times": another outlet's talk, as its
		// interview
		if n := f.interviewAt(i, i+2); n > 0 {
			return n
		}
	}
	if w == "коментарі" && f.inBefore(i) && f.word(i+1) == "для" && !f.selfOutletNamed(i+2) {
		if n := f.interviewAt(i, i+2); n > 0 {
			return n // "у коментарі для Bloomberg": another outlet's, as its interview
		}
	}
	if w == "розмові" && f.inBefore(i) && (f.word(i+1) == "з" || f.word(i+1) == "із") && f.selfOutletNamed(i+2) {
		// "в розмові з Радіо Свобода": the outlet talked with, as the
		// one a comment was given to
		if n := f.commentTo(i + 2); n > 0 {
			return n + 2
		}
	}
	if w == "переказує" || w == "переказують" {
		if n := f.retold(i); n > 0 {
			return n
		}
	}
	if p := platform(w); p != "" || (w == "x" && t.upper) {
		if n := f.social(i); n > 0 {
			return n
		}
	}
	if !cueSieve.May(w) {
		return 0 // no cue opens with w: the loop below has none to try
	}
	for _, c := range cues[w] {
		j := i + 1
		for _, cw := range c.words[1:] {
			if f.word(j) != cw && f.dataAdjective(j, cw) {
				j++ // "За статистичними даними X", "за офіційною інформацією X"
			}
			if f.word(j) != cw && w == "як" && j == i+1 && recallAdverbs[f.word(j)] {
				j++ // "Як раніше повідомляло Суспільне, …"
			}
			if f.word(j) != cw && (cw == "в" || cw == "у") && j == i+1 && toldWords[f.word(j)] {
				j++ // "…, повідомили агентству в обласній адміністрації": whom it was told
			}
			if f.word(j) != cw {
				j = -1
				break
			}
			j++
		}
		if j < 0 || len(c.words) == 1 && w == "дані" && !f.isSym(i-1, "(") {
			continue
		}
		if c.kind != cueVia && !f.opensAttribution(i) {
			continue
		}
		if (w == "повідомив" || w == "заявив" || w == "заявила") && len(c.words) == 1 && !f.toldAfter(i) {
			continue
		}
		if p := f.tok(i - 1); (strings.HasSuffix(w, "али") || strings.HasSuffix(w, "яли")) && p.kind == word && p.text == "як" {
			continue // "Як повідомляли в Міноборони, …": a report recalled, no source line
		}
		if unnamedOnly[w] && len(c.words) == 1 && !f.unnamedAt(f.dayAfterCue(j)) && !f.groupTold(i, w, j) {
			continue
		}
		if c.kind == cueVia && c.words[len(c.words)-1] == "на" && f.word(j) == "дані" {
			j++ // "з посиланням на дані ЦВК": the body whose data they are
		}
		if c.kind == cueVia && c.words[len(c.words)-1] == "на" && ownWords[f.word(j)] && f.tok(j+1).upper {
			j++ // "з посиланням на свою Балканську службу": the outlet's own service, by its name
		}
		if c.kind == cueVia && (c.words[0] == "про" || c.words[len(c.words)-1] == "на") {
			// "Про це свідчать результати опитування X", "з посиланням на
			// розслідування «X»": the body who polled, the outlet that
			// looked into it
			j = f.studyOf(j)
		}
		j = f.postedOn(c.words, j)
		j = f.reportIn(c.words, j)
		if c.kind == cueSays {
			j = f.dayAfterCue(j)
			if toldWords[f.word(j)] && f.tok(j+1).kind == word {
				j++ // "…, повідомив агентству адвокат Віктор Марченко": whom it was told
			}
		}
		// "з посиланням на правозахисну ініціативу «…»", "Про це повідомляє
		// громадська організація «…»", "повідомили в благодійному фонді
		// «…»": the kind of a body before its name in quotation marks
		j = f.organisationNamed(j)
		if len(c.words) > 1 && c.words[len(c.words)-2] == "висновку" {
			j = f.findersOf(j)
		}
		medium := ""
		if m := f.platformPage(c.words, j); m != "" {
			medium = m
			j++
		}
		p, ok := f.phrase(j)
		if q, named := f.kindNamedBefore(i, c.words, j); named {
			p, ok = q, true
		}
		if !ok && c.kind != cueVia && f.inLeadParagraph(i) {
			// "…, пише видання." under "Politico: ЄС готує …": the paper
			// the headline names before its colon
			p, ok = f.headlinePaper(j)
		}
		if !ok {
			continue
		}
		p = f.conjoinedAcronym(p)
		p = f.bodyTail(p, c.kind != cueVia)
		if medium != "" {
			p.value += " (" + medium + ")" // "повідомили у Facebook міськради": the body's post
		}
		colonBrand := false
		if e := f.brandEnd(p.from); p.outlet == nil && e > p.next && f.isSym(p.next, ":") {
			// "Про це повідомляє UA: Футбол.": a brand of two words
			// joined by a colon, no body's or person's name
			p.value, p.to, p.next, colonBrand = f.slice(p.from, e), e, e, true
		}
		if q := f.writtenIn(c.words[len(c.words)-1], p); q.next != p.next && !f.bodyCite(i, c.words, q.next) && f.add(RoleVia, q.value, q.from, q.to) {
			// "Про це пише Галина Котульська в «Рівне вечірнє»": the
			// writer cited with the outlet ("Як пише X у «Y», …" in the
			// body is a quote of X, as the body's cites are)
			return q.next - i
		}
		if anaphoric[p.value] {
			if q, ok := f.bodyBefore(i, f.opensAboutThis(i-2)); ok {
				p.value, p.shown = q.value, q.shown // "У МЗС закликали … — наголосили у відомстві": the body named before
			}
		}
		// "…, повідомив Шмигаль після засідання.", "…, заявив прем'єр
		// Дональд Туск на брифінгу у Варшаві, передає X.": the past
		// verb's speaker, then when or where it was said
		told := (strings.HasPrefix(w, "повідоми") || w == "заявив" || w == "заявила") && f.occasionCloses(p.next)
		plural := (strings.HasSuffix(w, "ють") || strings.HasSuffix(w, "ли")) && c.kind == cueSays && len(c.words) == 1
		var joined []phrase // "Про це повідомили Сили оборони півдня та Одеська ОВА.": two who told
		joinedEnd := 0
		if c.kind != cueVia && !f.closesAttribution(p.next) && !told {
			if v := f.word(p.next); !plural || v != "та" && v != "і" && v != "й" {
				continue
			}
			if joined, joinedEnd = f.moreNamed(p.next); joinedEnd == 0 {
				continue
			}
		}
		if w == "повідомив" || w == "повідомила" || w == "заявив" || w == "заявила" {
			if name, sure := f.fullNameBefore(p.from); p.to == p.from+1 && p.outlet == nil && personWord(f, p.from) && sure {
				p.value = name // "…, повідомив Шмигаль": the minister named in full before
			}
		}
		if siteOnly[w] && !siteName(p.value) {
			continue // "…, зазначає Петренко": the speaker of a quote
		}
		role := RoleVia
		if p.outlet != nil && p.outlet.self && (c.kind == cueSelf || c.kind == cueSays && (f.chained(i) || f.aboutThis(i))) {
			role = RolePublisher
		}
		// "Про це повідомляє X", "Про це пише X": the cue read whole from
		// "про", or its verb after "Про це"
		aboutThis := c.kind == cueSelf && (c.words[0] == "про" || i >= 2 && f.word(i-1) == "це" && f.tok(i-2).text == "про")
		if p.outlet == nil && aboutThis && (siteName(p.value) || colonBrand) {
			role = RolePublisher // "Про це повідомляє 0462.ua": a site we do not know, of itself
		}
		if p.outlet == nil && aboutThis && f.quotedAt(p.from) && !f.foreignKind(j, p.from) && f.citesAt(p.next) {
			// "Про це повідомляє «Волинь Post» з посиланням на пресслужбу
			// міськради", "Про це пише волинське видання «Конкурент» з
			// посиланням на …": an outlet we do not know, in quotation
			// marks, that tells the lead of itself citing another
			role = RolePublisher
		}
		if p.outlet == nil && c.kind == cueSays && (f.chained(i) || f.aboutThis(i)) && siteName(p.value) {
			role = RolePublisher // "Про це повідомили в міністерстві, пише LB.ua.": a site retelling its lead
		}
		if p.outlet == nil && c.kind == cueSays && (f.chained(i) || f.aboutThis(i)) && (latinTitle(p.value) || mixedBrand(p.value)) && (w == "пише" || w == "передає") {
			// "Про це йдеться у повідомленні відомства, пише Mind.": an
			// outlet we do not know, in Latin letters, retelling its lead
			role = RolePublisher
		}
		if p.outlet == nil && c.kind == cueSays && len(c.words) == 1 && (w == "пише" || w == "передає") && f.quotedAt(p.from) && f.creditLine(i, p.next) {
			// "Пише «Енергореформа»." as a line of its own closing the
			// text: an outlet we do not know credited with the report
			role = RolePublisher
		}
		if p.outlet == nil && c.kind == cueSays && f.aboutThis(i) && f.quotedAt(p.from) {
			// "Про це повідомили в прокуратурі, передає «Галицький
			// кореспондент».": an outlet we do not know, named in
			// quotation marks, that retells its own lead
			role = RolePublisher
		}
		if p.outlet == nil && c.kind == cueSays && f.aboutThis(i) && p.to == p.from+1 && f.siteLike(p.from, p.to) && f.spanType(p.from) != "PERS" && !f.surnameNamed(p.from) && f.endsSentence(p.next) {
			// "Про це повідомили в поліції, передає Думська.": a
			// regional site we do not know, one Cyrillic word no
			// person's, that retells its own lead and closes the
			// sentence
			role = RolePublisher
		}
		// A known outlet or a site is cited wherever it stands ("Як пише
		// «Українська правда», …"): it is the source chain. Generic ЗМІ
		// name no outlet, so "За даними ЗМІ, …" in the body is a quote.
		chain := f.chainedOutlet(i) // (before p is added)
		// "За інформацією Генерального штабу ЗСУ." as a line of its own
		// closing the text but for credits: read as "Джерело: X"
		closing := w == "за" && f.creditLine(i, p.next)
		body := role == RoleVia && (p.outlet == nil || p.outlet.name == "ЗМІ") && !siteName(p.value) && !f.outletByCue(c.words, j, p) && !closing && f.bodyCite(i, c.words, p.next)
		if !f.addPhrase(role, p) {
			return p.next - i // no name to cite: an empty or broken one
		}
		f.cands[len(f.cands)-1].body = body
		f.cands[len(f.cands)-1].recalled = w == "як" && recallVerbs[c.words[1]] && f.outletNamed(p)
		if c.kind == cueVia && c.words[len(c.words)-1] == "на" && !f.cands[len(f.cands)-1].body {
			if n := f.relayedCite(p.next); n > 0 {
				return n - i
			}
		}
		if role == RoleVia && !f.cands[len(f.cands)-1].body {
			if n := f.secondCited(c.words, p.next); n > 0 {
				return n - i
			}
			if joinedEnd > 0 {
				for _, q := range joined {
					f.addPhrase(RoleVia, q)
				}
				return joinedEnd - i
			}
			if plural {
				if n := f.moreCited(p.next); n > 0 {
					return n - i
				}
			}
		}
		if role == RoleVia && p.outlet == nil && (w == "пише" || w == "повідомляє" || w == "передає") && len(c.words) == 1 &&
			(latinTitle(p.value) || f.quotedAt(p.from)) && f.inLeadParagraph(i) && f.citesAt(p.next) {
			// "…, пише Kyiv Post із посиланням на джерела в МВС
			// Польщі.": an outlet we do not know retelling the lead,
			// its own when it credits the text's picture too
			f.cands[len(f.cands)-1].own = true
		}
		if role == RoleVia && p.outlet == nil && f.writesOwnLead(i, c.words, p) {
			f.cands[len(f.cands)-1].lead = true
		}
		// "Як пише X, …", "Як передає X", "Як повідомляє X"
		asWrites := w == "як" && (c.words[1] == "пише" || c.words[1] == "передає" || c.words[1] == "повідомляє")
		if role == RoleVia && p.outlet == nil && siteName(p.value) && i <= leadTokens && (w == "передає" || w == "пише" || w == "повідомляє" || asWrites) {
			// "…, передає Sport.ua.", "Як пише Gazeta.ua, …": a site we
			// do not know retelling in the lead is the publisher when no
			// other is named
			f.cands[len(f.cands)-1].lead = true
		}
		if role == RoleVia && p.outlet != nil && p.outlet.self && i <= leadTokens && (w == "передає" || w == "пише" || asWrites) {
			f.cands[len(f.cands)-1].lead = true
		}
		if role == RoleVia && p.outlet != nil && !p.outlet.self && (w == "передає" || w == "пише") && len(c.words) == 1 && f.aboutThis(i) && chain {
			// "Про це пише німецьке видання Handelsblatt, передає DW.": a
			// foreign outlet that retells another in the lead's source
			// line is the publisher when no other is named
			f.cands[len(f.cands)-1].lead = true
		}
		tells := c.kind == cueSelf && presentTells[c.words[len(c.words)-1]] && (aboutThis || f.inLeadParagraph(i)) ||
			c.kind == cueSays && (w == "пише" || w == "передає") && (f.chained(i) || f.aboutThis(i)) ||
			w == "як" && presentTells[c.words[1]] && f.inLeadParagraph(i)
		// "Про це повідомляє Mind із посиланням на рішення регулятора":
		// a name in Latin letters after "Про це" that cites another is an
		// outlet, as one in quotation marks is
		named := f.quotedAt(p.from) || aboutThis && (latinTitle(p.value) || dottedBrand(p.value))
		if role == RoleVia && p.outlet == nil && tells && (f.newsNamed(j, p) || f.citesAt(p.next) && named && !f.foreignKind(j, p.from)) {
			// "Про це повідомляє Релігійно-інформаційна служба України з
			// посиланням на …", "Як пише видання «Полтавщина» з
			// посиланням на міськраду, …", "…, повідомляє «Полтавщина»
			// з посиланням на …": an outlet we do not know, named as a
			// news service or citing another in the lead, that tells
			// the lead of itself is the publisher when no other is named
			f.cands[len(f.cands)-1].lead = true
			f.cands[len(f.cands)-1].body = false
		}
		if role == RoleVia && p.outlet != nil && p.outlet.self && w == "передає" && len(c.words) == 1 && f.creditLine(i, p.next) {
			// "Передає Укрінформ." as a line of its own closing the text:
			// the outlet credited with the whole report, as in a
			// "Джерело: X" line
			f.cands[len(f.cands)-1].credited = true
		}
		if role == RoleVia && p.outlet == nil && aboutThis && f.creditLine(f.lineOpen(i, c.words), p.next) &&
			presentTells[c.words[len(c.words)-1]] && !f.quotedAt(p.from) && f.siteLike(p.from, p.to) {
			// "Про це повідомляє Полтавщина." as a line of its own
			// closing the text: a regional site we do not know credited
			// with the whole report, as in a "Джерело: X" line (a body's
			// words or acronym there stay cited, and a region cannot
			// tell of itself in the present); a name in quotation marks
			// ("Про це повідомляє «Енергозбут».") stays cited, a firm's
			// as much as an outlet's
			f.cands[len(f.cands)-1].credited = true
		}
		return p.next - i
	}
	return 0
}

// interview reads the outlet of "в інтерв'ю X" at i, the word інтерв'ю:
// "в інтерв'ю РБК-Україна розповів" — the outlet that interviewed
// publishes; another outlet's interview, past the lead, is cited. It
// returns the tokens read from i, or 0.
func (f *finder) interview(i int) int {
	k := i + 1
	if f.word(k) == "для" {
		k++ // "в інтерв'ю для Bloomberg"
	}
	return f.interviewAt(i, k)
}

// interviewAt reads the outlet of an interview, a comment or a talk
// named at i ("в інтерв'ю", "у коментарі для", "в розмові з") from k,
// as interview does.
func (f *finder) interviewAt(i, k int) int {
	// "в інтерв'ю виданню «Дзеркало тижня»": past what the outlet is
	// and its quotation mark
	k0 := k
	if descriptor(f.word(k)) {
		k++
	}
	if t := f.tok(k); t.kind == sym && isQuote(t.r) {
		k++
	}
	if f.word(k) == "радіо" && f.tok(k).upper && f.selfOutletNamed(k+1) && f.outletAt(k, k+2) == nil {
		k++ // "в інтерв'ю Радіо НВ": the outlet's own radio
	}
	for n := maxOutletWords; n >= 1; n-- {
		if o := f.outletAt(k, k+n); o != nil && o.name != "ЗМІ" {
			role := o.role()
			if i > leadTokens {
				role = RoleVia // "Нагадаємо, у квітні … в інтерв'ю «Дзеркалу тижня»": an interview cited
			}
			end := k + n
			if f.quotedAt(k) && f.closingQuoteAt(end) {
				end++
			}
			f.add(role, o.name, k, k+n)
			f.citeInterviewee(i-1, end, "")
			return k + n - i
		}
	}
	p, ok := f.interviewer(k0)
	if !ok && f.tok(k).latin && f.tok(k).upper && f.tok(k).gap == gapSpace && !f.outletFrom(k) {
		// "в інтерв'ю The Times": a foreign paper by its Latin name
		// alone, cited only with a speaker (a headline's "… в
		// інтерв'ю FT:" names the paper the lead names again)
		e := f.latinRun(k)
		if !f.citeWithOutlet(i-1, e, phrase{value: f.slice(k, e), from: k, to: e}) {
			return 0
		}
		return e - i
	}
	if !ok {
		return 0
	}
	if !f.citeWithOutlet(i-1, p.next, p) {
		f.add(RoleVia, p.value, p.from, p.to)
	}
	return p.next - i
}

// inBefore reports whether the preposition у or в stands before i, the
// sentence's first word too ("В інтерв'ю «Українській правді» …").
func (f *finder) inBefore(i int) bool {
	if a := f.tok(i - 1); a.kind == word && !a.upper && a.gap != gapNewline && strings.HasSuffix(a.text, "ому") {
		i-- // "в ексклюзивному інтерв'ю", "у великому інтерв'ю"
	}
	t := f.tok(i - 1)
	return t.kind == word && (t.text == "у" || t.text == "в") && f.tok(i).gap != gapNewline
}

// citeWithOutlet cites another outlet's interview, comment or talk, p,
// and who gave it, read as citeInterviewee reads them: two sources, as
// news18/12 and news60/12 list the speaker beside the outlet (sources3/58
// gives the outlet among the speaker's names; either matches one of
// them). It reports whether a speaker was found; with none, nothing is
// added.
func (f *finder) citeWithOutlet(i, end int, p phrase) bool {
	n := len(f.cands)
	if !f.add(RoleVia, p.value, p.from, p.to) {
		return false
	}
	if f.citeInterviewee(i, end, "") < 0 {
		f.cands = f.cands[:n]
		return false
	}
	return true
}

// citeInterviewee cites who spoke to the outlet of an interview, a
// comment or a told line, the words from i to end ("в інтерв'ю
// Укрінформу", "розповіла «Українській правді»"), when the line is a
// source line: the lead or a sentence that opens with "Про це". The
// speaker is named after it ("…, розповів Укрінформу міністр Петро
// Коваль", "в інтерв'ю Укрінформу заявив міністр …"), opens the sentence
// ("Міністр Петро Коваль в інтерв'ю Укрінформу заявив, що …", "Про це
// міністр … сказав в інтерв'ю «Економічній правді»"), or is the one who
// opens the sentence before, told by "він" or "вона" ("Про це вона
// розповіла в інтерв'ю Радіо Свобода"). The speaker of a lead names who
// said it, the outlet's own interview as much as another's. of is the
// outlet told, for a told line (see candidate.of). It returns the index
// of the speaker's candidate, or -1.
func (f *finder) citeInterviewee(i, end int, of string) int {
	s := f.sentenceStart(i, 40)
	about := f.tok(s).text == "про" && f.word(s+1) == "це"
	if i >= f.leadEnd && !about || i > 0 && scan.IsDash(f.tok(i-1).r) && f.tok(i-1).kind == sym {
		return -1 // (after a direct quote and its dash, "«…», – сказав Українській правді X" names its speaker only)
	}
	k := end
	if saysVerbs[f.word(k)] || isTold(f.word(k)) {
		k++
	}
	k = f.dayAfterCue(k)
	if (rankWord(f.word(k)) || roleAdjective(f.tok(k))) && roleNoun(f.word(k+1)) {
		k++ // "розповів військовий експерт …": the role after its adjective
	}
	p, ok := f.rolePerson(k)
	if ok && !f.closesAttribution(p.next) && !f.saysClause(p.next) {
		ok = false
	}
	if !ok {
		if p, ok = f.subjectBefore(s, i); !ok {
			return -1
		}
	}
	if !f.add(RoleVia, p.value, p.from, p.to) {
		return -1
	}
	c := f.cands[len(f.cands)-1]
	c.of = of
	// The speaker named before the outlet goes before it, so that the
	// evidence stays in the order of the text.
	k = len(f.cands) - 1
	for k > 0 && f.cands[k-1].start > c.start {
		f.cands[k] = f.cands[k-1]
		k--
	}
	f.cands[k] = c
	return k
}

// subjectBefore reads the speaker who opens the sentence at s, after "Про
// це" and when it was said, and tells what reaches i: a person by role
// and name or by first name and surname, or "він" or "вона" for the one
// who opens the sentence before; between the speaker and i only the
// verb of telling and when or where it was said may stand ("Міністр
// Петро Коваль у середу в інтерв'ю …", "Про це він сказав в інтерв'ю …").
func (f *finder) subjectBefore(s, i int) (phrase, bool) {
	j := s
	if f.tok(j).text == "про" && f.word(j+1) == "це" {
		j += 2
	}
	j = f.whenOpener(j)
	var p phrase
	ok := false
	next := 0
	switch w := f.tok(j).text; {
	case w == "він" || w == "вона":
		if p, ok = f.openerBefore(s); ok {
			if g := f.pastGender(j + 1); g != "" && g != w {
				ok = false
			}
		}
		next = j + 1
	default:
		if t := *f.tok(j); roleNoun(f.tok(j + 1).text) {
			t.upper = false // (the sentence's capital)
			if rankWord(w) || roleAdjective(&t) {
				j++ // "Міський голова Львова Андрій Садовий": the role after its adjective
			}
		}
		if p, ok = f.roleNamed(j); !ok && personWord(f, j) && personWord(f, j+1) && f.tok(j+1).gap == gapSpace && !f.outletFrom(j) && !roleNoun(f.tok(j).text) {
			// (not a title and its country, "Прем'єрка Данії в інтерв'ю …")
			p, ok = phrase{value: f.slice(j, j+2), from: j, to: j + 2, next: j + 2}, true
		}
		if !ok && personWord(f, j) && !personWord(f, j+1) && !f.outletFrom(j) && !roleNoun(f.tok(j).text) {
			// "Зеленський в інтерв'ю журналу The Atlantic заявив …": the
			// surname of one the text named in full before
			if name, sure := f.fullNameBefore(j); sure {
				p, ok = phrase{value: name, from: j, to: j + 1, next: j + 1}, true
			}
		}
		next = p.next
	}
	if !ok || next > i || i-next > 4 {
		return phrase{}, false
	}
	for k := next; k < i; k++ {
		if w := f.word(k); !saysVerbs[w] && !isTold(w) && !occasionWords[w] {
			return phrase{}, false
		}
	}
	return p, true
}

// bodyBefore reads the body that a sentence before the cue at i, within
// a few sentences, opens with after У or В ("У МЗС України закликали
// партнерів …"): the body an anaphoric "у відомстві" closing a statement
// stands for. The name must be an acronym or read as a body's. In a
// source line of its own (subject: "Про це повідомили у відомстві."), a
// body that opens a sentence before as its subject, by its head in the
// nominative ("Міністерство оборони закупить …"), stands for it as well;
// a cue closing the body's own sentence ("Прокуратура розпочала …,
// повідомили у відомстві") is a quote of it.
func (f *finder) bodyBefore(i int, subject bool) (phrase, bool) {
	for k := i - 1; k >= 0 && k > i-60; k-- {
		t := f.tok(k)
		if t.kind != word || !t.upper || k > 0 && t.gap != gapNewline && !f.isSym(k-1, ".!?…") {
			continue
		}
		if subject && t.text != "у" && t.text != "в" {
			// "Міністерство оборони закупить …", "Державна податкова
			// служба перевірить …": the subject, the entity tagger's
			// organisation opening there, in its base form, when a
			// body's head is in it
			if n := f.nameFrom(t.rs); n >= 0 && f.names[n].Type == "ORG" && headed(f.names[n].Lemma) {
				return phrase{value: f.names[n].Lemma}, true
			}
			continue
		}
		if t.text != "у" && t.text != "в" {
			continue
		}
		p, ok := f.name(k + 1)
		if ok && p.outlet == nil && (f.acronym(p.from) || f.bodyLike(p)) {
			return p, true
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// kindNamedBefore reads the body that a cue closing a statement names by
// its kind alone, in lower case, "…, повідомили в компанії.", "…,
// уточнили в палаті.", "«…», — наголосили в міністерстві.": the body
// of that kind named last before, within a few sentences — a firm by
// its name in quotation marks ("Японія передасть «Укренерго» два
// трансформатори, повідомили в компанії" cites Укренерго), another body
// by a name read in the nominative with the kind's noun in it
// ("Рахункова палата", "Міністерство інфраструктури"), a source of that
// kind cited before first ("пресслужба палати"). The phrase stands where
// the kind does. With no such body before it reports false, and the kind
// reads as before.
func (f *finder) kindNamedBefore(i int, cue []string, j int) (phrase, bool) {
	if d := f.tok(i - 1); len(cue) != 2 || cue[1] != "в" && cue[1] != "у" || !f.isSym(i-1, ",") && !(d.kind == sym && scan.IsDash(d.r)) {
		return phrase{}, false
	}
	t := f.tok(j)
	kind, ok := bodyKinds[t.text]
	if !ok || t.kind != word || t.upper || !f.isSym(j+1, ".!") {
		return phrase{}, false
	}
	for n := len(f.cands) - 1; n >= 0 && kind != ""; n-- {
		if c := f.cands[n]; c.role == RoleVia && hasWordPrefix(scan.ToLower(c.value), kindStem(kind)) {
			// "пресслужба палати" cited before: the same body, once
			return phrase{value: c.value, from: j, to: j + 1, next: j + 1}, true
		}
	}
	for k := i - 2; k >= 0 && k > i-antecedentTokens; k-- {
		a := f.tok(k)
		if a.kind == sym && !isQuote(a.r) || a.kind == word && !a.upper {
			continue
		}
		var p phrase
		if kind == "" {
			// a firm: a name in quotation marks, whole, or after its
			// legal form, not a capitalised word inside a quote
			if a.kind == word && !legalForm[a.text] {
				continue
			}
			if p, ok = f.name(k); !ok || p.outlet != nil || p.next > i || p.to-p.from > 4 {
				continue
			}
		} else {
			p, ok = f.name(k)
			if !ok || !hasWordPrefix(scan.ToLower(p.value), kind) {
				p, ok = f.phrase(k) // "Державне агентство України з …": lower-case words in the name
			}
			if !ok || p.outlet != nil || p.next > i || !hasWord(scan.ToLower(p.value), kind) {
				continue
			}
		}
		return phrase{value: p.value, shown: p.shown, from: j, to: j + 1, next: j + 1}, true
	}
	return phrase{}, false
}

// headed reports whether a word of name, in lower case, is the
// nominative of a body's head (міністерство, служба, управління).
func headed(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if l := scan.ToLower(w); heads[l] == l && bodyHeads[l] {
			return true
		}
	}
	return false
}

// opensAboutThis reports whether "Про це" opens a sentence at i.
func (f *finder) opensAboutThis(i int) bool {
	t := f.tok(i)
	return i >= 0 && t.kind == word && t.upper && t.text == "про" && f.word(i+1) == "це" &&
		(i == 0 || t.gap == gapNewline || f.isSym(i-1, ".!?…"))
}

// antecedentTokens is how far back kindNamedBefore looks for the body.
const antecedentTokens = 120

// bodyKinds maps the locatives of the kinds a body is named by after a
// cue closing a statement to the kind's noun in the nominative, "" for a
// firm, whose name need not say what it is.
var bodyKinds = map[string]string{
	"компанії": "", "корпорації": "", "концерні": "", "холдингу": "", "підприємстві": "",
	"агентстві": "агентство", "палаті": "палата", "міністерстві": "міністерство", "службі": "служба",
	"інспекції": "інспекція", "комітеті": "комітет", "фонді": "фонд", "банку": "банк",
}

// kindStem is a kind's noun less its last letter, the stem its other
// cases share: палата → палат (пресслужба палати).
func kindStem(kind string) string {
	_, n := utf8.DecodeLastRuneInString(kind)
	return kind[:len(kind)-n]
}

// hasWord reports whether the words of s, split at spaces, hold w.
func hasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if f == w {
			return true
		}
	}
	return false
}

// hasWordPrefix reports whether a word of s opens with stem.
func hasWordPrefix(s, stem string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.HasPrefix(f, stem) {
			return true
		}
	}
	return false
}

// dataAdjective reports whether the word at j is an adjective that may
// stand before the noun of a data cue, cw: "за статистичними даними X",
// "за оперативною інформацією X". The adjective agrees with the noun in
// the instrumental, so its ending tells it.
func (f *finder) dataAdjective(j int, cw string) bool {
	t := f.tok(j)
	if t.kind != word || t.upper || f.word(j+1) != cw {
		return false
	}
	switch cw {
	case "даними":
		return strings.HasSuffix(t.text, "ими") || strings.HasSuffix(t.text, "іми")
	case "інформацією":
		return strings.HasSuffix(t.text, "ою") || strings.HasSuffix(t.text, "ьою")
	}
	return false
}

// postedOn skips a message named before the site that carries it: in
// "йдеться у повідомленні на сайті управління X" the site is cited, not
// the message. j is the token after the cue.
func (f *finder) postedOn(cue []string, j int) int {
	if len(cue) != 2 || (cue[0] != "йдеться" && cue[0] != "ідеться") || (cue[1] != "у" && cue[1] != "в") {
		return j
	}
	switch f.word(j) {
	case "повідомленні", "заяві", "публікації", "дописі", "зверненні", "пресрелізі", "прес-релізі":
		if f.word(j+1) == "на" {
			return j + 2
		}
		// "йдеться в заяві, оприлюдненій на сайті міністерства": the
		// site the participle names
		if v := f.word(j + 2); f.isSym(j+1, ",") && (strings.HasPrefix(v, "оприлюднен") || strings.HasPrefix(v, "опублікован") || strings.HasPrefix(v, "розміщен")) && f.word(j+3) == "на" {
			return j + 4
		}
	}
	return j
}

// platformPage returns the network named at j, after a cue that ends in
// "у" or "в", when a body's name in the genitive follows it: "повідомили
// у Facebook Бучанської міської ради", "в Instagram Київської ОВА", "у
// Facebook-акаунті міськради" — the body's page, the body cited with the
// platform as a post's author is. A channel ("в Telegram-каналі ОВА")
// is left to the phrase that names it, and "" is returned for no
// platform.
func (f *finder) platformPage(cue []string, j int) string {
	if last := cue[len(cue)-1]; last != "у" && last != "в" {
		return ""
	}
	w := f.word(j)
	if base, kind, ok := strings.Cut(w, "-"); ok {
		if kind != "акаунті" && kind != "сторінці" {
			return "" // "Telegram-каналі" names a channel of its own
		}
		w = base
	}
	name := platform(w)
	if name == "" || strings.HasPrefix(w, "телеграм") || strings.HasPrefix(w, "telegram") && w != "telegram" {
		return ""
	}
	n := f.tok(j + 1)
	if n.kind != word || n.gap == gapNewline || !(n.upper && !n.latin || genitiveAdjective(n.text) || genitiveNoun(n)) {
		return ""
	}
	return name
}

// writtenIn reads where the person p, named after the verb of writing w,
// wrote: "Про це пише Галина Котульська в «Рівне вечірнє»", "пише Альона
// Нефьодова на сайті Миколаївського центру журналістських розслідувань".
// The person is cited with the outlet, as a post's author is with the
// platform: "Галина Котульська (Рівне вечірнє)". Anything else after the
// person leaves p as it is.
func (f *finder) writtenIn(w string, p phrase) phrase {
	if w != "пише" && w != "написав" && w != "написала" || p.outlet != nil || p.to != p.from+2 || !personWord(f, p.from) || !personWord(f, p.from+1) {
		return p
	}
	k := p.next + 1
	switch f.word(p.next) {
	case "у", "в":
		// "у «Главкомі»", "у виданні «Олешшя онлайн»"
		if t := f.tok(k); !(t.kind == sym && isQuote(t.r)) && !f.outletFrom(k) && !(newsKind(t.text) && !t.upper) {
			return p // "у Facebook", "у своїй колонці": no outlet
		}
	case "на":
		// "на сайті «МедіаПорт»", "на «Лівому березі»": the site
		if t := f.tok(k); f.word(k) != "сайті" && !(t.kind == sym && isQuote(t.r)) {
			return p
		}
	default:
		return p
	}
	read := f.phrase
	if f.word(k) == "сайті" {
		read = f.headPhrase // "на сайті X": the site, as "сайт X"
	}
	o, ok := read(k)
	if !ok || f.tok(k).gap == gapNewline || !f.closesAttribution(o.next) {
		return p
	}
	p.value += " (" + o.value + ")"
	p.next = o.next
	return p
}

// reportNouns are the pieces of journalism a source line names as where
// its lead is told: "йдеться у розслідуванні «Слідства.Інфо»".
var reportNouns = map[string]bool{"сюжеті": true, "розслідуванні": true, "статті": true, "матеріалі": true,
	"публікації": true, "репортажі": true, "колонці": true}

// authorWords are the words for a piece's author before the name:
// "у сюжеті журналістки Ольги Коваль".
var authorWords = map[string]bool{"журналіста": true, "журналістки": true, "журналістів": true,
	"кореспондента": true, "кореспондентки": true, "автора": true, "авторки": true}

// showNouns are the show a piece was made for: "для програми «Наші
// гроші»", "у телепрограмі «Схеми»".
var showNouns = map[string]bool{"програми": true, "програмі": true, "телепрограми": true, "телепрограмі": true,
	"проєкту": true, "проекту": true}

// reportIn skips a piece of journalism named after "йдеться у" at j, its
// author and the show it was made for, to the outlet or the show named
// after them, which is cited: "Про це йдеться у сюжеті Надії Бурдей у
// програмі «Наші гроші»" cites Наші гроші, "у розслідуванні
// «Слідства.Інфо»" Слідство.Інфо, "у матеріалі Оксани Коваль «…» на
// «Українській правді»" Українська правда (the piece's title passed);
// with no outlet or show named, the author is cited ("у статті Юрія
// Бутусова"). It returns j when no piece is named there.
func (f *finder) reportIn(cue []string, j int) int {
	if len(cue) != 2 || (cue[0] != "йдеться" && cue[0] != "ідеться") || !reportNouns[f.word(j)] {
		return j
	}
	k := j + 1
	if authorWords[f.word(k)] {
		k++
	}
	author := k
	for k < author+2 && personWord(f, k) && f.tok(k).gap != gapNewline && !f.outletFrom(k) {
		k++
	}
	if k == author {
		if f.word(k) == "для" || f.word(k) == "у" || f.word(k) == "в" {
			k++
		}
		if showNouns[f.word(k)] {
			k++ // "у сюжеті програми «Схеми»"
		}
		if t := f.tok(k); k < len(f.toks) && t.gap != gapNewline && (t.kind == sym && isQuote(t.r) || t.kind == word && t.upper) {
			return k
		}
		return j
	}
	// past the author, up to the clause's end: the show or the outlet
	// after для, у, в or на, past a title in quotation marks or the
	// author's own body ("Олесі Баранцевич Миколаївського центру
	// журналістських розслідувань для «Наших грошей»")
	for m := k; m < k+10 && m+1 < len(f.toks); m++ {
		t := f.tok(m)
		if t.gap == gapNewline && m > k || t.kind == sym && strings.ContainsRune(".,;:!?…", t.r) {
			break
		}
		if w := f.word(m); w != "для" && w != "у" && w != "в" && w != "на" {
			continue
		}
		n := m + 1
		if showNouns[f.word(n)] {
			n++
		}
		if t := f.tok(n); t.gap != gapNewline && (t.kind == sym && isQuote(t.r) || f.outletFrom(n)) {
			return n
		}
	}
	return author
}

// weekdaysIn are the days of the week in the accusative, as "у вівторок"
// has them.
var weekdaysIn = map[string]bool{"понеділок": true, "вівторок": true, "середу": true, "четвер": true,
	"п'ятницю": true, "суботу": true, "неділю": true}

// dayAfterCue returns the index past a day told right after a cue verb,
// before the one who told ("…, повідомив у вівторок міністр енергетики
// Тарас Колесник", "…, заявив сьогодні Петро Коваль"), or j.
func (f *finder) dayAfterCue(j int) int {
	switch w := f.word(j); {
	case (w == "у" || w == "в") && weekdaysIn[f.word(j+1)]:
		return j + 2
	case w == "сьогодні" || w == "учора" || w == "вчора" || w == "напередодні":
		return j + 1
	}
	return j
}

// writesOwnLead reports whether the bare "пише" or "пишуть" at i names
// p, an outlet we do not know, as the writer of the lead's report: a
// name in quotation marks closing a sentence of the lead's paragraph
// ("…, пише «Конкурент».", "Про це пише «Конкурент»."), or a name with
// no quotation marks, in Cyrillic, after "Про це пишуть" or "Про це
// пише" that cites another ("Про це пишуть НикВести з посиланням на
// ОВА"). A regional outlet writes so of itself; it is the publisher when
// no other outlet names itself. A quoted name that cites another after
// the plural ("Про це пишуть «Наші гроші. Запоріжжя» з посиланням на
// …", a network's edition its main site reprints) stays cited, as
// studied14's gold has it.
func (f *finder) writesOwnLead(i int, cue []string, p phrase) bool {
	w := cue[len(cue)-1]
	// "Про це повідомляють Факти ICTV з посиланням на …", "Про це
	// повідомляє видання «Преступности. Нет».": the verb of a news
	// service, no body's name after it; a quoted name after the kind
	// of a news outlet is the outlet's, lower-case words and all
	// ("Про це повідомляє газета «Високий замок».")
	tells := (w == "повідомляє" || w == "повідомляють") && (!f.bodyLike(p) || f.quotedAt(p.from) && f.newsKindBefore(p.from))
	if w != "пише" && w != "пишуть" && !tells || !f.inLeadParagraph(i) {
		return false
	}
	cites := f.citesAt(p.next)
	aboutThis := len(cue) == 3 || i >= 2 && f.word(i-1) == "це" && f.tok(i-2).text == "про"
	if f.quotedAt(p.from) && f.endsSentence(p.next) && (aboutThis || f.isSym(i-1, ",")) {
		// (told by a name in quotation marks only after its kind: a
		// firm's, "Про це повідомляє «Енергозбут».", stays cited)
		return !tells || f.newsKindBefore(p.from)
	}
	// unquoted, the name right after the verb, in Cyrillic: "Про це пише
	// британська газета Financial Times з посиланням на …" is a foreign
	// paper retold
	t := f.tok(p.from)
	return aboutThis && cites && p.from == i+1 && t.upper && !latinWord(t.text)
}

// newsKindBefore reports whether the name in quotation marks at q is
// told a news outlet's by the words before it: "газета «…»",
// "інформаційне агентство «…»", "ІА «…»".
func (f *finder) newsKindBefore(q int) bool {
	return newsKind(f.word(q-2)) || f.newsAgencyAbbr(q-1)
}

// newsAgencyAbbr reports whether the token at k is ІА, the abbreviation
// of "інформаційне агентство", before a name in quotation marks.
func (f *finder) newsAgencyAbbr(k int) bool {
	t, q := f.tok(k), f.tok(k+1)
	return t.kind == word && t.upper && t.text == "іа" && q.kind == sym && isQuote(q.r) && q.gap == gapSpace
}

// latinWord reports whether w opens with a Latin letter.
func latinWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r < unicode.MaxASCII && unicode.IsLetter(r)
}

// inLeadParagraph reports whether the token at i stands in the first line
// of the text or in the paragraph after it.
func (f *finder) inLeadParagraph(i int) bool {
	lines := 0
	for j := 1; j <= i && j < len(f.toks) && lines <= 1; j++ {
		if f.toks[j].gap == gapNewline {
			lines++ // (past the second line the answer is known)
		}
	}
	return lines <= 1
}

// leadTokens is how far into a text its lead reaches, in tokens: an
// interview told there is the text itself.
const leadTokens = 80

// leadLimit returns the index of the first token past the lead: the
// first line (a headline, or a lead written with no headline) and the
// first sentence of the paragraph after it, past a dateline that opens
// it ("ЧЕРКАСИ, 29 квітня. /Укрінформ/. Начальник поліції …").
func (f *finder) leadLimit() int {
	second := false
	dateline := false // the second line has held only a dateline's words so far
	for i := range f.toks {
		if i > 0 && f.toks[i].gap == gapNewline {
			if second {
				return i
			}
			second, dateline = true, true
			continue
		}
		if !second {
			continue
		}
		if t := f.tok(i); t.kind == word && !t.upper && !isDigit(rune(f.text[t.bs])) && !monthWord(t.text) && t.text != "року" {
			dateline = false
		}
		if f.endsSentence(i) && f.tok(i+1).upper && f.tok(i+1).gap != gapNone && !dateline {
			return i + 1
		}
	}
	return len(f.toks)
}

// endsSentence reports whether the token at i ends a sentence: a full
// stop, a question or exclamation mark, an ellipsis, or a closing quote
// after one.
func (f *finder) endsSentence(i int) bool {
	if t := f.tok(i); t.kind == sym && isQuote(t.r) {
		i--
	}
	return f.isSym(i, ".!?…")
}

// secondCited reads a second body joined to one just cited by a cue
// that ends in a preposition: "Про це повідомили в АТ «Укрзалізниця» та
// Головному управлінні Національної поліції у Львівській області,
// передає ZAXID.NET.", "з посиланням на поліцію та обласну військову
// адміністрацію", "з посиланням на жителів і радника мера Петра
// Коваля". Both are cited. j is the token after the first
// name; it returns the token after the second, or 0 when there is none.
func (f *finder) secondCited(cue []string, j int) int {
	if last := cue[len(cue)-1]; last != "в" && last != "у" && last != "на" {
		return 0
	}
	if w := f.word(j); cue[len(cue)-1] == "на" && (w == "та" || w == "і" || w == "й") && !f.tok(j+1).upper {
		// "з посиланням на місцевих жителів і радника міського голови
		// Петра Андрющенка": a person named after a role
		if q, ok := f.rolePerson(j + 1); ok && f.closesAttribution(q.next) && f.addPhrase(RoleVia, q) {
			return q.next
		}
	}
	// "та обласну військову адміністрацію": a body by its kind and
	// adjectives (see describedBody)
	described := !f.tok(j+1).upper && adjective(f.word(j+1))
	if w := f.word(j); w != "та" && w != "і" && w != "й" || !f.tok(j+1).upper && !described {
		return 0
	}
	p, ok := f.phrase(j + 1)
	if !ok || described && !bodyHeads[p.value[strings.LastIndexByte(p.value, ' ')+1:]] {
		return 0
	}
	if w := f.word(p.next); (w == "у" || w == "в") && f.tok(p.next+1).upper && f.word(p.next+2) == "області" {
		// "Головному управлінні Національної поліції у Львівській
		// області": the region is part of the body's name
		p.value, p.to, p.next = f.slice(p.from, p.next+3), p.next+3, p.next+3
	}
	if !f.closesAttribution(p.next) || !f.add(RoleVia, p.value, p.from, p.to) {
		return 0
	}
	return p.next
}

// relayedCite reads the source that a source just cited by "з
// посиланням на" cites in turn, at j after its name: "з посиланням на
// Reuters, яке посилається на трьох дипломатів ЄС" cites both. It
// returns the token after the second, or 0.
func (f *finder) relayedCite(j int) int {
	if !relativeSubject(f.word(j+1)) || !f.isSym(j, ",") || !strings.HasPrefix(f.word(j+2), "посила") || f.word(j+3) != "на" {
		return 0
	}
	p, ok := f.anonymous(j + 4)
	if !ok {
		p, ok = f.phrase(j + 4)
	}
	if !ok || p.from != j+4 || !f.closesAttribution(p.next) || !f.addPhrase(RoleVia, p) {
		return 0
	}
	return p.next
}

// moreCited reads the sources listed at j after the first one a plural
// verb of telling names: "Про це повідомляють Повітряні сили ЗСУ,
// Київська міська військова адміністрація та ДСНС, передає Укрінформ."
// Each is capitalised, the last after та, і or й, and the list closes
// the attribution; all are cited. It returns the token after the last,
// or 0.
func (f *finder) moreCited(j int) int {
	ps, end := f.moreNamed(j)
	for _, p := range ps {
		f.addPhrase(RoleVia, p)
	}
	return end
}

// moreNamed reads the list of moreCited without citing it: the names and
// the token after the last, or nil and 0.
func (f *finder) moreNamed(j int) ([]phrase, int) {
	var ps []phrase
	for {
		w := f.word(j)
		joined := w == "та" || w == "і" || w == "й"
		if !joined && !f.isSym(j, ",") || !f.tok(j+1).upper || f.tok(j+1).gap == gapNewline {
			return nil, 0
		}
		p, ok := f.phrase(j + 1)
		if !ok || p.from != j+1 {
			return nil, 0
		}
		ps = append(ps, p)
		j = p.next
		if joined {
			break
		}
	}
	if !f.closesAttribution(j) && !f.occasionCloses(j) {
		return nil, 0 // (or when and where they told it: "під час брифінгу.")
	}
	return ps, j
}

// conjoinedAcronym extends p over the conjunction of a body's own name
// that joins two acronyms: "Про це повідомили в Мукачівському районному
// ТЦК та СП" names one body, not two.
func (f *finder) conjoinedAcronym(p phrase) phrase {
	if p.to < 1 || p.next != p.to {
		return p
	}
	second, ok := conjoinedAcronyms[f.word(p.to-1)]
	if w := f.word(p.next); !ok || w != "та" && w != "і" || f.word(p.next+1) != second || !f.acronym(p.to-1) {
		return p
	}
	p.value += " " + f.slice(p.next, p.next+2)
	p.to, p.next = p.next+2, p.next+2
	return p
}

// bodyTail extends p, a body's name that does not close its clause, over
// the rest of the name up to the clause's end: what the body deals in
// after з ("Міністерство з питань стратегічних галузей промисловості",
// "Управління з контролю за іноземними активами"), whom it serves under
// after при ("Центр протидії дезінформації при РНБО"), its region ("ГУНП
// в Одеській області") and lower-case words of the name the reader left
// ("Департамент охорони здоров'я Київської міської державної
// адміністрації"). With joined, a second remit after і, та or й in the
// genitive is part of it too ("Державна служба спеціального зв'язку та
// захисту інформації"); a noun in the nominative there is a second
// source ("Офіс генпрокурора та поліція"). p is returned as it is when
// the words do not reach the clause's end or are no name's.
func (f *finder) bodyTail(p phrase, joined bool) phrase {
	if p.outlet != nil || p.to != p.next || p.next <= p.from || f.closesAttribution(p.next) || !f.bodyLike(p) {
		return p
	}
	prep := ""     // the preposition or conjunction just read
	remit := false // a preposition was read: its phrase goes on
	for k := p.next; k < len(f.toks) && k < p.next+8; k++ {
		t := f.tok(k)
		if t.kind != word || t.gap == gapNewline || t.latin {
			return p
		}
		w := t.text
		switch {
		case prep != "" && (w == "з" || w == "із" || w == "при" || w == "та" || w == "і" || w == "й" || w == "за" || w == "у" || w == "в"):
			return p
		case w == "з" || w == "із" || w == "при" || (w == "у" || w == "в") && f.word(k+1) == "справах":
			prep, remit = w, true
			continue
		case w == "за" && (f.word(k-1) == "контролю" || f.word(k-1) == "нагляду"):
			prep = w
			continue
		case w == "та" || w == "і" || w == "й":
			if n := f.tok(k + 1); !joined || !genitiveNoun(n) && !genitiveAdjective(n.text) {
				return p
			}
			prep = w
			continue
		case w == "у" || w == "в":
			// a region: "в Одеській області", "у Бучанському районі"
			if !f.regionAt(k + 1) {
				return p
			}
			k += 2
		default:
			if stopWord(w) || weekdaysIn[w] || mediumWords[w] || platform(w) != "" ||
				!remit && prep == "" && !genitiveNoun(t) && !genitiveAdjective(w) ||
				t.upper && prep != "при" && !f.acronym(k) && !genitiveAdjective(w) && !genitiveNoun(t) {
				return p
			}
		}
		prep = ""
		if f.closesAttribution(k+1) || f.isSym(k+1, "(") && f.acronym(k+2) && f.isSym(k+3, ")") {
			p.value += " " + f.slice(p.next, k+1)
			p.to, p.next = k+1, k+1
			if f.isSym(k+1, "(") {
				p.next = k + 4 // "… (OFAC)": the short name in brackets
			}
			return p
		}
	}
	return p
}

// regionAt reports whether the words at k name a region in the locative,
// the tail of a body's name after у or в: "Одеській області",
// "Вінницькій області", "Бучанському районі", "Донецькому районі".
func (f *finder) regionAt(k int) bool {
	if !f.tok(k).upper {
		return false
	}
	r := f.word(k)
	switch f.word(k + 1) {
	case "області":
		return strings.HasSuffix(r, "ській") || strings.HasSuffix(r, "цькій")
	case "районі":
		return strings.HasSuffix(r, "ському") || strings.HasSuffix(r, "цькому")
	}
	return false
}

// bodyLike reports whether p names a body, not a person: a head noun
// (пресслужба, міністерство), an acronym (ГУНП), or a name with a
// lower-case word in it (Центр протидії дезінформації), in Cyrillic.
func (f *finder) bodyLike(p phrase) bool {
	t := f.tok(p.from)
	if t.kind != word || t.latin {
		return false
	}
	if _, ok := heads[t.text]; ok || f.acronym(p.from) && p.to == p.from+1 {
		return true
	}
	for k := p.from + 1; k < p.to; k++ {
		if u := f.tok(k); u.kind == word && !u.upper && !u.latin {
			return true
		}
	}
	return false
}

// genitiveNoun reports a word that may be a noun in the genitive, by its
// ending: безпеки, інформації, ринку, територій, України; not one in
// the nominative (служба, поліція, міністерство, штаб).
func genitiveNoun(t *token) bool {
	if t.kind != word || t.latin {
		return false
	}
	return scan.HasAnySuffix(t.text, "и", "і", "ї", "у", "ю", "ів", "ей")
}

// conjoinedAcronyms are the bodies whose own name joins two acronyms by a
// conjunction, by the acronym before it: ТЦК та СП (територіальний центр
// комплектування та соціальної підтримки).
var conjoinedAcronyms = map[string]string{"тцк": "сп"}

// retellVerbs are the verbs of an outlet that closes a chain of sources:
// "…, повідомили в X, пише ЛІГА.net".
var retellVerbs = map[string]bool{"пише": true, "передає": true, "повідомляє": true, "інформує": true}

// bodyCite reports whether the cue at i (its words cue, the name read up
// to next) cites a source past the lead for one statement of the body:
// "За даними ДСНС, вогонь охопив …", "Як пише The Times, …", "Як
// зазначили в Кабінеті Міністрів, …", "…, повідомили у відомстві." The
// guidelines make such a statement a quote of its source and keep the
// cited sources to the text's source lines: the lead's attribution, a
// line that opens with "Про це" or "На це", a retelling "з посиланням
// на X" (a retelling outlet keeps its source anywhere: "Як передає
// «Європейська правда» з посиланням на Reuters, …") and a chain of
// outlets.
func (f *finder) bodyCite(i int, cue []string, next int) bool {
	if i < f.leadEnd {
		return false
	}
	switch cue[0] {
	case "із", "з", "посилаючись", "про", "на", "такі", "ці", "відповідні", "такого", "таку", "до", "інформацію":
		return false
	}
	if f.citesAt(next) {
		return false
	}
	if f.aboutThis(i) || f.chained(i) {
		return false
	}
	if len(cue) == 1 && retellVerbs[cue[0]] && f.creditLine(i, next) {
		// "Повідомляє прес-служба Житомирської ОДА." as a line of its
		// own closing the text: a source line, as "Про це повідомляє …"
		return false
	}
	if p := f.tok(i - 1); p.kind == sym && (p.r == ',' || scan.IsDash(p.r)) && (!f.isSym(next, ",") || retellVerbs[f.word(next+1)]) {
		// "…, повідомили в Повітряних силах.", "…, йдеться в заяві МЗС
		// за підсумками візиту.", "…, повідомили в пресслужбі НАБУ, пише
		// ЛІГА.net.": a source line after its content (", за даними X,"
		// set off by commas inside a sentence is an aside of the body)
		return false
	}
	// "Про це агентству повідомили в пресслужбі …", "Як передає
	// кореспондент Укрінформу, про це повідомили в …", "На це звернули
	// увагу в …": the sentence is a source line
	for j := i - 1; j >= 0 && i-j < 40; j-- {
		t := f.tok(j)
		if t.kind == sym && strings.ContainsRune(".!?…", t.r) {
			return true
		}
		if (t.text == "про" || t.text == "на" && t.upper) && f.word(j+1) == "це" {
			return false
		}
		if t.gap == gapNewline {
			return true
		}
	}
	return true
}

// outletByCue reports whether p, a name no known outlet has, read at j
// after the cue words cue, is a news outlet's by how the cue names it: a
// kind of news outlet said before it ("як повідомило агентство TASR",
// "за інформацією телеканалу Nova", "пише газета «Право»"), or a name in
// Latin letters or in quotation marks that writes ("Як пише Der
// Standard, …", "Як пише «Західний кур'єр», …"). Such an outlet
// is cited wherever it stands, as a known one is (see bodyCite): the
// source chain. A body's name after the kind ("агентство ООН у справах
// біженців") stays a body's.
func (f *finder) outletByCue(cue []string, j int, p phrase) bool {
	if p.outlet != nil {
		return false
	}
	if v := cue[len(cue)-1]; (v == "пише" || v == "пишуть") && (latinTitle(p.value) || cue[0] == "як" && f.quotedAt(p.from)) {
		return true // (or a name in quotation marks that writes: "Як пише «Західний кур'єр», …")
	}
	if q, ok := f.adjectivedPaper(j, p.from); ok && q.to == p.to {
		return true // "за інформацією німецького Der Spiegel": a foreign paper
	}
	if f.bodyLike(p) {
		return false
	}
	for k := j; k < p.from; k++ {
		if t := f.tok(k); !t.upper && newsKind(t.text) {
			return true
		}
	}
	return false
}

// siteName reports a name written as a web address: 0462.ua, Zakon.kz.
func siteName(s string) bool {
	k := strings.LastIndexByte(s, '.')
	if k <= 0 || k == len(s)-1 || strings.ContainsAny(s, " /") {
		return false
	}
	tld := s[k+1:]
	if strings.ToUpper(tld) == tld {
		tld = strings.ToLower(tld) // ZAXID.NET, ZN.UA
	}
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// dottedBrand reports whether s is one word of two capitalised parts
// joined by a full stop, as outlets' brands are written (Крим.Реалії,
// Донбас.Реалії): no person's or body's name is spelt so.
func dottedBrand(s string) bool {
	a, b, ok := strings.Cut(s, ".")
	if !ok || a == "" || b == "" || strings.ContainsAny(s, " \t\n") {
		return false
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return unicode.IsUpper(ra) && unicode.IsUpper(rb)
}

// mixedBrand reports whether s is one word that opens with a capital and
// glues a run of Cyrillic letters to a run of Latin ones, two or more
// each, as an outlet's brand does ("ГолосUA", "ЛігаBiz"): no person's or
// body's name is spelt so, and a single Latin letter typed among Cyrillic
// ones (a look-alike "е" or "о") makes no run.
func mixedBrand(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t\n") {
		return false
	}
	cyr, lat, runC, runL := 0, 0, 0, 0
	for k, r := range s {
		if k == 0 && !unicode.IsUpper(r) {
			return false
		}
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			runL, runC = runL+1, 0
			lat = max(lat, runL)
		case unicode.Is(unicode.Cyrillic, r):
			runC, runL = runC+1, 0
			cyr = max(cyr, runC)
		default:
			runC, runL = 0, 0
		}
	}
	return cyr >= 2 && lat >= 2
}

// latinTitle reports whether s is a name in Latin letters of one to three
// capitalised words ("Mind", "Kyiv Post"): an outlet's name, not a
// Ukrainian body's or a person's.
func latinTitle(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				return false
			}
		}
	}
	return true
}

// chained reports whether the bare verb at i names the last outlet of a
// chain of attributions, "…, передає Reuters, пише «Європейська правда»":
// a comma before it closes a source read just before. The outlet that
// retells another's report is the one that published the text.
func (f *finder) chained(i int) bool {
	if i < 2 || !f.isSym(i-1, ",") || len(f.cands) == 0 {
		return false
	}
	j := i - 2
	if t := f.tok(j); t.kind == sym && isQuote(t.r) {
		j-- // a quoted name: «…», пише X
	}
	last := f.cands[len(f.cands)-1]
	return (last.role == RoleVia || last.role == RolePublisher) && last.end == f.tok(j).re
}

// chainedOutlet reports whether the cue at i closes a chain after an
// outlet's name, one we know or a Latin title (see chained): "пише
// Handelsblatt, передає DW", "пише газета Le Monde, передає DW", not
// "повідомили в МЗС, передає DW".
func (f *finder) chainedOutlet(i int) bool {
	if !f.chained(i) {
		return false
	}
	v := f.cands[len(f.cands)-1].value
	return IsOutlet(v) || latinTitle(v)
}

// saysVerbs are the past forms of the verbs of telling by one speaker
// that open a source line after "Про це".
var saysVerbs = map[string]bool{
	"повідомив": true, "повідомила": true, "повідомило": true, "заявив": true, "заявила": true, "заявило": true,
	"сказав": true, "сказала": true, "розповів": true, "розповіла": true, "написав": true, "написала": true,
	"поінформував": true, "поінформувала": true, "поінформувало": true, "зазначив": true, "зазначила": true,
	"оголосив": true, "оголосила": true, "оголосило": true, "підтвердив": true, "підтвердила": true,
	"наголосив": true, "наголосила": true, "наголосило": true,
}

// occasionWords are the words of when and where a source told something,
// which may stand between "Про це" and the verb or after the source:
// "в середу", "під час брифінгу", "на пресконференції в Києві".
var occasionWords = map[string]bool{
	"в": true, "у": true, "на": true, "під": true, "час": true, "після": true, "вчора": true, "сьогодні": true,
	"напередодні": true, "також": true, "ж": true, "же": true, "ввечері": true, "увечері": true, "вранці": true,
	"уранці": true, "зранку": true, "понеділок": true, "вівторок": true, "середу": true, "четвер": true,
	"п'ятницю": true, "суботу": true, "неділю": true, "брифінгу": true, "пресконференції": true,
	"прес-конференції": true, "засіданні": true, "засідання": true, "зустрічі": true, "журналістам": true,
	"року": true, "січня": true, "лютого": true, "березня": true, "квітня": true, "травня": true, "червня": true,
	"липня": true, "серпня": true, "вересня": true, "жовтня": true, "листопада": true, "грудня": true,
	"ефірі": true, "телемарафону": true, "зведенні": true,
}

// broadcastOf reads the outlet we know whose broadcast ("в ефірі
// Еспресо") the words from k to m name: it was told the source line, as
// in its interview, and it is the publisher when no other is named (see
// candidate.told); another channel ("в ефірі «Київ24»") is none.
func (f *finder) broadcastOf(k, m int) {
	if t := f.tok(k + 1); descriptor(f.word(k)) && t.kind == sym && isQuote(t.r) {
		// "в ефірі телеканалу «Еспресо»", "в ефірі телеканалу «Перший
		// Криворізький»": the channel by its kind and its name
		p, ok := f.quotedName(k + 1)
		if !ok || p.next != m || p.outlet != nil && !p.outlet.self || !f.addPhrase(RoleVia, p) {
			return
		}
		// one we do not know is its own when its credit is the text's
		// too, else the speaker's occasion
		c := &f.cands[len(f.cands)-1]
		c.told = p.outlet != nil
		c.own, c.body = p.outlet == nil, p.outlet == nil
		return
	}
	if t := f.tok(k); t.kind == sym && isQuote(t.r) {
		k++
	}
	if t := f.tok(m - 1); t.kind == sym && isQuote(t.r) {
		m--
	}
	if o := f.outletAt(k, m); o != nil && o.self && f.add(RoleVia, o.name, k, m) {
		f.cands[len(f.cands)-1].told = true
	}
}

// occasionNouns are the occasions whose holder may be named after them:
// "після засідання Ради ЄС", "на брифінгу МЗС".
var occasionNouns = map[string]bool{"засідання": true, "засіданні": true, "брифінгу": true, "зустрічі": true,
	"пресконференції": true, "прес-конференції": true, "саміту": true, "зведенні": true,
	"нараді": true, "наради": true, "сесії": true, "конференції": true, "форумі": true, "форуму": true}

// ownWords are the forms of "свій" before a name after "з посиланням
// на": the outlet cites its own service or edition.
var ownWords = map[string]bool{"свою": true, "своє": true, "свого": true, "свої": true, "своїх": true}

// toldWords are whom a source line's speaker told it, in the dative
// before the verb: "Про це агентству повідомив …".
var toldWords = map[string]bool{"журналістам": true, "агентству": true, "виданню": true,
	"кореспондентові": true, "кореспонденту": true, "журналістові": true, "журналісту": true}

// aboutThisSays reads a source line that opens a sentence with "Про це"
// at i, a few words of when or where ("в середу", "під час брифінгу"), a
// verb of telling by one speaker and the source: "Про це в середу
// повідомив начальник ОВА В'ячеслав Чаус, передає Суспільне Чернігів.",
// "Про це заявив речник МЗС Георгій Тихий на брифінгу в четвер." The
// source is cited. A platform among the words ("у своєму
// Telegram-каналі") is left to social, and a plural verb with no
// subject ("Про це в понеділок повідомили в міністерстві") to the cues.
func (f *finder) aboutThisSays(i int) int {
	t := f.tok(i)
	if !t.upper || !(i == 0 || t.gap == gapNewline || f.isSym(i-1, ".!?…")) {
		return 0
	}
	if n := f.aboutThisSubject(i); n > 0 {
		return n
	}
	if n := f.aboutThisPair(i); n > 0 {
		return n
	}
	k := i + 2
	during := false // past "під час": the occasion's words follow, in lower case
	for n := 0; n < 8 && !saysVerbs[f.word(k)]; n++ {
		if f.isSym(k, ",") && k > i+2 && f.datedComma(k) {
			// "Про це у середу, 4 березня, заявив …": the date set off
			// by commas is when, and the commas count for no word
			k++
			n--
			continue
		}
		w := f.word(k)
		if (w == "в" || w == "у") && f.word(k+1) == "інтерв'ю" {
			// "Про це в інтерв'ю РБК-Україна заявила …": the outlet that
			// interviewed (see interview), then the speaker, cited
			if m := f.interview(k + 1); m > 0 {
				k += 1 + m
				if t := f.tok(k); t.kind == sym && isQuote(t.r) {
					k++
				}
				continue
			}
		}
		if (w == "в" || w == "у") && f.word(k+1) == "ефірі" {
			// "Про це в ефірі Еспресо розповів …", "в ефірі «Київ24»",
			// "в ефірі телемарафону «Єдині новини»": the broadcast it
			// was said on, up to the verb
			m := f.untilSaysNamed(k + 2)
			if m == 0 {
				return 0
			}
			f.broadcastOf(k+2, m)
			k = m
			break
		}
		if (w == "з" || w == "із") && meetingWords[f.word(k-1)] {
			// "Про це на зустрічі з представниками ЄБРР повідомив …":
			// whom it was said to, up to the verb
			if m := f.untilSays(k + 1); m > 0 {
				k = m
				break
			}
			return 0
		}
		if (w == "з" || w == "із") && mannerNouns[f.word(k+1)] {
			k += 2 // "Про це з болем повідомив …": how it was said
			continue
		}
		if w == "за" && f.word(k+1) == "підсумками" && f.tok(k+2).kind == word && !f.tok(k+2).upper {
			// "Про це на пресконференції за підсумками зустрічі заявив
			// …": what it followed, a noun in the genitive
			k += 3
			continue
		}
		if occasionNouns[w] && f.tok(k+1).upper && f.tok(k+1).kind == word {
			// "Про це на засіданні Контактної групи з питань оборони
			// України у форматі «Рамштайн» оголосив …": the body whose
			// meeting it was, its name up to the verb
			if m := f.untilSaysNamed(k + 1); m > 0 {
				k = m
				break
			}
			return 0
		}
		if toldWords[w] {
			k++ // "Про це журналістам повідомив …": whom it was told
			continue
		}
		if w == "час" && f.word(k-1) == "під" {
			during = true
		} else if t := f.tok(k); during && t.kind == word && !t.upper && (!stopWord(w) || w == "до" && f.tok(k+1).upper) {
			// "Про це під час робочої поїздки до Миколаєва повідомив …":
			// the occasion, whatever its noun
			k++
			continue
		}
		if t := f.tok(k); t.kind == word && !t.upper && (occasionNouns[w] || adjective(w) && occasionNouns[f.word(k+1)] || occasionNouns[f.word(k-1)] && !saysVerbs[w] && !stopWord(w)) {
			// "Про це на апаратній нараді повідомив …", "Про це під час
			// засідання комітету заявив …": what the occasion was, or
			// whose, in lower-case words
			k++
			continue
		}
		// "Про це на пресконференції в Стокгольмі заявив …": a place
		// named after в or у is where it was said
		place := f.tok(k).upper && (f.word(k-1) == "в" || f.word(k-1) == "у" || during && f.word(k-1) == "до")
		// "Про це після засідання Ради ЄС заявила …": the body whose
		// meeting or briefing it was, capitalised after the occasion
		held := f.tok(k).upper && k > i+2 && (occasionNouns[f.word(k-1)] || f.tok(k-1).upper && f.tok(k-1).kind == word)
		if !occasionWords[w] && !isDigit(rune(f.text[f.tok(k).bs])) && !place && !held {
			return 0
		}
		k++
	}
	if !saysVerbs[f.word(k)] {
		return 0
	}
	j := k + 1
	for {
		if f.word(j) == "журналістам" {
			j++
			continue
		}
		if n := f.saidIn(j); n > 0 {
			j += n
			continue
		}
		break
	}
	p, ok := f.phrase(j)
	if !ok || p.outlet != nil {
		return 0
	}
	p = f.writtenIn(f.word(k), p)
	if !f.closesAttribution(p.next) && !f.occasionAt(p.next) {
		return 0
	}
	f.add(RoleVia, p.value, p.from, p.to)
	return p.next - i
}

// datedComma reports whether the comma at k sets off a date in a source
// line's words of when: it opens one, a day's number after it ("у
// середу, 4 березня"), or closes one, a month or a year before it
// ("4 березня, заявив").
func (f *finder) datedComma(k int) bool {
	if n := f.tok(k + 1); n.kind != sym && n.bs < len(f.text) && isDigit(rune(f.text[n.bs])) {
		return true
	}
	w := f.word(k - 1)
	return monthWord(w) || w == "року" || w == "р"
}

// monthWord reports a month's name in the genitive, as a date has it:
// "5 грудня".
func monthWord(w string) bool {
	switch w {
	case "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня":
		return true
	}
	return false
}

// saidIn reads the occasion after the verb of "Про це розповіла …" at j,
// "в ефірі", "на брифінгу", "у коротенькому інтерв'ю", up to the speaker;
// it returns the tokens read, or 0.
func (f *finder) saidIn(j int) int {
	if w := f.word(j); w != "в" && w != "у" && w != "на" {
		return 0
	}
	m := j + 1
	occasion := func(w string) bool {
		return occasionWords[w] && w != "час" && w != "в" && w != "у" && w != "на" || w == "інтерв'ю" || w == "коментарі"
	}
	if t := f.tok(m); t.kind == word && !t.upper && adjective(t.text) && occasion(f.word(m+1)) {
		m++ // "у коротенькому інтерв'ю", "на спільному брифінгу"
	}
	if !occasion(f.word(m)) || f.word(j) == "на" && (f.word(m) == "інтерв'ю" || f.word(m) == "коментарі") {
		return 0
	}
	if f.word(m) == "ефірі" {
		s := m + 1
		show := func(w string) bool { return w == "телемарафону" || showNouns[w] }
		if t := f.tok(s); t.kind == word && !t.upper && adjective(t.text) && show(f.word(s+1)) {
			s++ // "в ефірі національного телемарафону": the show's adjective
		}
		if descriptor(f.word(s)) && !f.tok(s).upper {
			s++ // "в ефірі телеканалу «Київ»": the channel by its kind
		}
		if t := f.tok(s); t.kind == sym && isQuote(t.r) && !show(f.word(s-1)) {
			// "розповів в ефірі «Київ24» …": the channel by its name,
			// where the speaker after it spoke (see broadcastOf)
			if q, ok := f.quotedName(s); ok {
				return q.next - j
			}
		}
		if !show(f.word(s)) {
			return m + 1 - j
		}
		// "в ефірі телемарафону «Єдині новини»": the show, and its name
		m = s
		if t := f.tok(m + 1); t.kind == sym && isQuote(t.r) {
			if q, ok := f.quotedName(m + 1); ok {
				m = q.next - 1
			}
		}
	}
	return m + 1 - j
}

// statementNouns are what a line names whose it is: "Відповідну заяву
// оприлюднив …".
var statementNouns = map[string]bool{"заяву": true, "повідомлення": true, "інформацію": true, "звернення": true, "дані": true,
	"цифру": true, "цифри": true} // "Відповідну цифру оприлюднив голова …": the figure the lead gave

// statementBy reads a line that names whose statement or figures the
// text told, from "відповідну", "відповідне" or "відповідні" at i
// ("Відповідну цифру оприлюднив …", "Відповідні цифри оприлюднив
// Держстат"): "Відповідну заяву в
// четвер оприлюднив речник МЗС Георгій Тихий.", "Як повідомляє …,
// відповідне повідомлення поширила пресслужба ДСНС." It is a source line,
// as "Такі дані наводить X" is, and the one named is cited. It returns
// the tokens read.
func (f *finder) statementBy(i int) int {
	if !statementNouns[f.word(i+1)] {
		return 0
	}
	k := i + 2
	for n := 0; n < 3 && !published(f.word(k)); n++ {
		if w := f.word(k); !occasionWords[w] && !weekdaysIn[w] {
			return 0
		}
		k++
	}
	if !published(f.word(k)) {
		return 0
	}
	k = f.dayAfterCue(k + 1)
	p, ok := f.phrase(k)
	if !ok || !f.closesAttribution(p.next) && !f.occasionAt(p.next) || !f.addPhrase(RoleVia, p) {
		return 0 // ("оприлюднив X на засіданні робочої групи": where it was told)
	}
	return p.next - i
}

// published reports a past verb of making a statement public:
// оприлюднив, поширила, опублікувало, зробив.
func published(w string) bool {
	return scan.HasAnyPrefix(w, "оприлюдни", "поширил", "поширив", "опублікува", "зробив", "зробила", "зробило", "зробили")
}

// leadSays are the plural verbs of telling with no subject that follow
// the body told in "У X повідомили, що …".
var leadSays = map[string]bool{"повідомили": true, "заявили": true, "зазначили": true, "розповіли": true,
	"наголосили": true, "підтвердили": true, "поінформували": true, "повідомляють": true, "заявляють": true}

// leadBodySays reads the lead's attribution to a body that opens its
// sentence, at i, the capitalised "У" or "В": "У Генштабі повідомили,
// що …", "У пресслужбі ДСНС зазначили: …". In the lead it is the text's
// source line, and the body is cited (past the lead the same words open
// a quote of the body). It returns the tokens read.
func (f *finder) leadBodySays(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline && !f.isSym(i-1, ".!?…") {
		return 0
	}
	// the headline or the paragraph after it, the headline a line of one
	// sentence (not a paper's opening paragraph and its subheading)
	lines := 0
	for k := 1; k <= i; k++ {
		if f.toks[k].gap == gapNewline {
			lines++
		} else if lines == 0 && f.endsSentence(k-1) {
			return 0
		}
	}
	if lines > 1 {
		return 0
	}
	p, ok := f.phrase(i + 1)
	if !ok || p.outlet != nil || !leadSays[f.word(p.next)] || !f.isSym(p.next+1, ",:") && f.word(p.next+1) != "що" {
		return 0
	}
	// a body, not a place ("У Києві повідомили", "У США заявили": who
	// there, the text does not say)
	if !f.bodyLike(p) || f.spanType(p.from) == "LOC" || !strings.Contains(p.value, " ") && p.value == strings.ToLower(p.value) {
		return 0 // (nor a bare noun, "У міністерстві повідомили")
	}
	if !f.addPhrase(RoleVia, p) {
		return 0
	}
	return p.next + 1 - i
}

// spanType returns the type of the entity tagger's span that starts at
// token k (PERS, LOC, ORG, …), or "".
func (f *finder) spanType(k int) string {
	if i := f.nameFrom(f.tok(k).rs); i >= 0 {
		return f.names[i].Type
	}
	return ""
}

// surnameNamed reports whether the word at k is the surname of a first
// name and surname the text gave before.
func (f *finder) surnameNamed(k int) bool {
	name, _ := f.fullNameBefore(k)
	return name != ""
}

// nameFrom returns the index of the entity tagger's span that starts at
// the rune rs, or -1.
func (f *finder) nameFrom(rs int) int {
	i := sort.Search(len(f.names), func(i int) bool { return f.names[i].Start >= rs })
	if i < len(f.names) && f.names[i].Start == rs {
		return i
	}
	return -1
}

// aboutAfterOutlet reads the body an outlet's source line names after
// the outlet, at "про" followed by one noun: "Як передає УНІАН, про
// візит повідомила пресслужба Міністерства оборони України." The body
// is cited, as after "Про це повідомила"; the name must close the
// sentence. It returns the tokens read.
func (f *finder) aboutAfterOutlet(i int) int {
	if !f.isSym(i-1, ",") || f.word(i+1) == "це" || f.tok(i+1).kind != word || f.tok(i+1).upper || !saysVerbs[f.word(i+2)] {
		return 0
	}
	// The sentence opens with "Як передає X,": at most six words before
	// the comma, the outlet among them.
	s := f.sentenceStart(i-1, 7)
	if st := f.tok(s); st.kind != word || st.text != "як" || !st.upper || !reporting(f.word(s+1)) {
		return 0
	}
	p, ok := f.phrase(i + 3)
	if !ok || p.outlet != nil || !f.closesAttribution(p.next) {
		return 0
	}
	f.add(RoleVia, p.value, p.from, p.to)
	return p.next - i
}

// aboutThisSubject reads a source line that names its speaker before
// the verb, from "Про це" at i: "Про це голова правління компанії
// Олександр Перцовський заявив у середу на пресконференції в Києві.",
// "Про це речник Повітряних сил Олексій Бондарчук сказав в ефірі
// телемарафону." Only when or where it was said may follow the verb, up
// to the end of the sentence: a comma, a colon or "що" after it make the
// sentence one of content. The person is cited. It returns the tokens
// read.
func (f *finder) aboutThisSubject(i int) int {
	p, person := f.rolePerson(i + 2)
	cite := p
	if w := f.word(i + 2); !person && (w == "він" || w == "вона") {
		p = phrase{from: i + 2, to: i + 3, next: i + 3} // "Про це він заявив в ефірі …": the speaker named before
		// "Речник МЗС Георгій Тихий у четвер назвав … Про це він сказав
		// на брифінгу": the person who opens the sentence before, when
		// the verb agrees with the pronoun
		cite, person = f.openerBefore(i)
		if g := f.pastGender(cite.next); person && g != "" && g != w {
			person = false // "Міністр Іван Бойко повідомив … Про це вона сказала": another
		}
	} else if !person {
		if cite, person = f.namedPerson(i + 2); !person {
			return 0
		}
		p = cite
	}
	if !saysVerbs[f.word(p.next)] {
		return 0
	}
	// "в ефірі телемарафону «Єдині новини»": the show it was said on,
	// cited for a speaker told by a pronoun
	var show phrase
	medium, mediumEnd := "", 0
	// "Про це він розповів в інтерв'ю англомовному виданню Kyiv Post":
	// the outlet he spoke to, read past, goes with the speaker cited
	interviewEnd := 0
	for k := p.next + 1; k < p.next+16; k++ {
		t := f.tok(k)
		w := f.word(k - 1)
		if ownPage[w] && (f.word(k-2) == "у" || f.word(k-2) == "в") {
			w = f.word(k - 2) // "повідомив у своєму Telegram-каналі"
		}
		if t.kind == word && medium == "" && (w == "у" || w == "в" || w == "мережі" || w == "соцмережі") {
			if medium = platform(t.text); medium == "" && t.text == "x" && w != "у" && w != "в" {
				medium = "X" // "у соцмережі X"
			}
			if medium != "" {
				mediumEnd = k + 1
			}
		}
		end := k >= len(f.toks) || t.gap == gapNewline || t.kind == sym && strings.ContainsRune(".!?…", t.r)
		if !end && person && f.isSym(k, ",") && f.outletCueAt(k+1) {
			// "Про це він сказав на брифінгу в Києві, передає кореспондент
			// Укрінформу.": the outlet retelling the line, read after it
			end = true
		}
		if !end && person && medium != "" && f.isSym(k, ",") && retellVerbs[f.word(k+1)] {
			// "Про це Зеленський повідомив у своєму Telegram-каналі, пише
			// «Українська правда».": the post's author, whoever retells it
			end = true
		}
		if end {
			if person && medium != "" {
				// "Про це начальник ОВА Олег Синєгубов написав у Telegram.":
				// the platform of the person cited, read here, not again
				f.add(RoleVia, cite.value+" ("+medium+")", cite.from, cite.to)
				return mediumEnd - i
			}
			if person {
				f.add(RoleVia, cite.value, cite.from, cite.to)
				if n := f.toldOutlet(p.next); n > 0 {
					return p.next + n - i // "Про це вона розповіла Укрінформу": the outlet told
				}
				if interviewEnd > 0 {
					return interviewEnd - i
				}
			}
			if !person {
				// the show stands for the speaker named before; with
				// the speaker named, the show is where, not who
				if show.value == "" {
					return 0
				}
				f.add(RoleVia, show.value, show.from, show.to)
			}
			return p.next + 1 - i
		}
		if t.kind == word && t.text == "інтерв'ю" && person && f.selfOutletNamed(k+1) {
			// "Про це голова правління … сказав в інтерв'ю «Економічній
			// правді»": the outlet's own interview, the outlet's to tell
			return 0
		}
		if t.kind == word && t.text == "інтерв'ю" && person {
			if q, ok := f.interviewer(k + 1); ok {
				interviewEnd = q.next
				k = q.next - 1
				continue
			}
		}
		if t.kind == word && t.text == "ефірі" && showWords[f.word(k+1)] && f.tok(k+2).kind == sym && isQuote(f.tok(k+2).r) {
			if q, ok := f.quotedName(k + 2); ok {
				show = q
				k = q.next - 1
				continue
			}
		}
		if t.kind == sym && !isQuote(t.r) && !scan.IsDash(t.r) || t.kind == word && (t.text == "що" || t.text == "як" || saying(t.text)) {
			return 0
		}
	}
	return 0
}

// namedPerson reads a person named with no role at k, before the verb
// of a source line: a first name and a surname ("Про це Віталій Кличко
// написав у Telegram"), or a surname alone that an earlier first name
// and surname of the text end in ("Про це Кличко написав …" after
// "Віталій Кличко"), named so. A capitalised word alone that no earlier
// name ends in (Україна, Кремль) is not taken for a person.
func (f *finder) namedPerson(k int) (phrase, bool) {
	if !personWord(f, k) || f.outletFrom(k) {
		return phrase{}, false
	}
	if personWord(f, k+1) && f.tok(k+1).gap == gapSpace && saysVerbs[f.word(k+2)] {
		return phrase{value: f.slice(k, k+2), from: k, to: k + 2, next: k + 2}, true
	}
	if !saysVerbs[f.word(k+1)] {
		return phrase{}, false
	}
	if name, _ := f.fullNameBefore(k); name != "" {
		return phrase{value: name, from: k, to: k + 1, next: k + 1}, true
	}
	if n := f.nameFrom(f.tok(k).rs); n >= 0 && f.names[n].Type == "PERS" && f.names[n].End == f.tok(k).re {
		// "Про це Зеленський сказав …": a surname alone the entity
		// tagger knows for a person's
		return phrase{value: f.slice(k, k+1), from: k, to: k + 1, next: k + 1}, true
	}
	return phrase{}, false
}

// fullNameBefore returns the first name and surname the text gave before
// k for the surname at k ("Денис Шмигаль" for "Шмигаль"), and whether it
// is sure of their base form: the entity tagger's PERS span of the two
// words gives it ("з … Ігорем Тереховим" gives Ігор Терехов); with no
// span they are as written, sure only when the finder has no spans to
// ask. "" when the text gave none.
func (f *finder) fullNameBefore(k int) (string, bool) {
	for m := k - 1; m > 0; m-- {
		if personWord(f, m) && personWord(f, m-1) && f.tok(m).gap == gapSpace && !personWord(f, m+1) &&
			sameStem(f.tok(m).text, f.tok(k).text) && f.tok(m-1).text != f.tok(k).text {
			start, end := f.tok(m-1).rs, f.tok(m).re
			if i := f.nameFrom(start); i >= 0 && f.names[i].End == end && f.names[i].Type == "PERS" && f.names[i].Lemma != "" {
				return f.names[i].Lemma, true
			}
			return f.slice(m-1, m+1), len(f.names) == 0
		}
	}
	return "", false
}

// sentenceStart returns the first token of the sentence or line that
// holds the token at i, going back at most max tokens.
func (f *finder) sentenceStart(i, max int) int {
	s := i
	for k := 0; s > 0 && k < max && f.tok(s).gap != gapNewline && !f.isSym(s-1, ".!?…"); k++ {
		s--
	}
	return s
}

// openerBefore reads the person who opens the sentence before the one
// at i, named after a role: "Речник МЗС України Георгій Тихий у четвер
// назвав …", whom "Про це він сказав …" at i stands for.
func (f *finder) openerBefore(i int) (phrase, bool) {
	if i < 2 || !f.isSym(i-1, ".!?…") {
		return phrase{}, false
	}
	s := f.sentenceStart(i-2, len(f.toks))
	j := f.whenOpener(s)
	if (rankWord(f.tok(j).text) || adjective(f.tok(j).text)) && roleNoun(f.word(j+1)) {
		j++ // "Колишній міністр закордонних справ Дмитро Кулеба вважає …", "Бойова медикиня …"
	}
	if p, ok := f.roleNamed(j); ok || !roleNoun(f.tok(j).text) {
		return p, ok
	}
	// "Начальник Полтавської ОВА Володимир Когут провів перевірку":
	// the name closed by the verb after it, which roleNamed reads on
	for e := j + 3; e <= j+roleSpan && e < len(f.toks); e++ {
		if t := f.tok(e); t.kind == sym && (t.r == '«' || t.r == '»') && t.gap != gapNewline {
			continue // "Голова правління НЕК «Укренерго» Віталій Зайченко вважає": a firm named in the role
		}
		if t := f.tok(e); t.kind != word || t.gap == gapNewline {
			break
		}
		if t := f.tok(e); !t.upper && (pastVerb(t.text) || presentVerb(t.text) || t.text == "разом") && personWord(f, e-1) && personWord(f, e-2) {
			// (or by "разом із …" before the verb: "Володимир Когут
			// разом із представниками ДСНС провів …")
			if k := f.nameStart(j, e); k > j {
				return phrase{value: f.slice(k, e), from: k, to: e, next: e}, true
			}
		}
	}
	return phrase{}, false
}

// presentVerb reports whether w reads as a verb in the present's third
// person singular, as a lead's view is told: вважає, наголошує, каже,
// говорить.
func presentVerb(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return w == "каже"
	}
	return scan.HasAnySuffix(w, "ає", "яє", "ує", "ює", "ить", "іє")
}

// pastVerb reports whether w reads as a verb in the past: провів,
// звернувся, повідомила (not "переконаний", not "з").
func pastVerb(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	return scan.HasAnySuffix(w, "ав", "ив", "ів", "ув", "ла", "ло", "ли", "вся", "лася", "лося", "лися")
}

// whenOpener returns where a sentence at k goes on past the words of
// when that open it, "У четвер, 16 жовтня,", "Вчора", or k when none do.
func (f *finder) whenOpener(k int) int {
	switch t := f.tok(k); {
	case t.kind == word && (t.text == "у" || t.text == "в") && weekdaysIn[f.word(k+1)]:
		k += 2
	case t.kind == word && (t.text == "вчора" || t.text == "учора" || t.text == "сьогодні" || t.text == "напередодні"):
		k++
	default:
		return k
	}
	if f.isSym(k, ",") && f.datedComma(k) {
		// "У четвер, 16 жовтня, начальник …": the date set off by commas
		for m := k + 1; m < k+5; m++ {
			if f.isSym(m, ",") {
				if f.datedComma(m) {
					return m + 1
				}
				break
			}
		}
	}
	return k
}

// pastGender tells the gender of the first past verb in the few words
// from k, "він" for "назвав", "вона" for "заявила", "" for none found
// (a present "вважає" tells none).
func (f *finder) pastGender(k int) string {
	for end := k + 4; k < end; k++ {
		t := f.tok(k)
		if t.kind != word || t.upper {
			continue
		}
		switch w := t.text; {
		case utf8.RuneCountInString(w) < 4:
		case strings.HasSuffix(w, "ла"):
			return "вона"
		case strings.HasSuffix(w, "ав") || strings.HasSuffix(w, "ив") || strings.HasSuffix(w, "ів"):
			return "він"
		}
	}
	return ""
}

// outletCueAt reports whether an outlet's cue closing a source line
// stands at k: "передає Укрінформ", "пише NV з посиланням на …",
// "передає кореспондент Укрінформу".
func (f *finder) outletCueAt(k int) bool {
	switch f.word(k) {
	case "передає", "пише", "повідомляє", "інформує":
	default:
		return false
	}
	if strings.HasPrefix(f.word(k+1), "кореспондент") {
		k++
	}
	if t := f.tok(k + 1); t.kind == sym && isQuote(t.r) {
		k++ // "пише «Главком»"
	}
	return f.outletFrom(k + 1)
}

// showWords name what was on air: "в ефірі телемарафону «Єдині
// новини»", "в ефірі програми «Свобода слова»".
var showWords = map[string]bool{"телемарафону": true, "програми": true, "ток-шоу": true, "шоу": true, "телеканалу": true,
	"радіостанції": true, "радіо": true}

// pluralSays are the plural verbs by which two people joined by "і" tell
// a source line.
var pluralSays = map[string]bool{"повідомили": true, "заявили": true, "розповіли": true, "написали": true,
	"зазначили": true, "підтвердили": true}

// aboutThisPair reads a source line told by two people with their roles,
// joined by "і", "та" or "й", from "Про це" at i: "Про це повідомили
// голова ОВА Олег Синєгубов і міський голова Ігор Терехов у своїх
// Telegram-каналах, передає РБК-Україна." Both are cited, and the
// platform after "у своїх" with each. It returns the tokens read.
func (f *finder) aboutThisPair(i int) int {
	if !pluralSays[f.word(i+2)] {
		return 0
	}
	a, ok := f.rolePerson(i + 3)
	if !ok || !roleLinks[f.word(a.next)] || f.word(a.next) == "з" || f.word(a.next) == "із" {
		return 0
	}
	k := a.next + 1
	for n := 0; n < 2 && (roleAdjective(f.tok(k)) || rankWord(f.word(k))); n++ {
		k++ // "міський голова Ігор Терехов": the role's adjective
	}
	b, ok := f.rolePerson(k)
	if !ok {
		return 0
	}
	end := b.next
	medium := ""
	if w := f.word(end); (w == "у" || w == "в") && strings.HasPrefix(f.word(end+1), "свої") {
		// "у своїх Telegram-каналах"
		medium = platform(f.word(end + 2))
		end += 3
	}
	if !f.closesAttribution(end) && !f.occasionAt(end) {
		return 0
	}
	for _, p := range []phrase{a, b} {
		v := p.value
		if medium != "" {
			v += " (" + medium + ")"
		}
		f.add(RoleVia, v, p.from, p.to)
	}
	return end - i
}

// toldAfter reports whether the masculine verb at i follows a comma that
// closes reported content, "Уряд виплатить …, повідомив міністр Денис
// Улютін.": the source of a fact. After a direct quote and its dash
// ("…», — повідомив він") the verb only names the speaker.
func (f *finder) toldAfter(i int) bool {
	if !f.isSym(i-1, ",") || i < 3 {
		return false
	}
	p := f.tok(i - 2)
	if p.kind == sym && (p.r == '»' || p.r == '"' || p.r == '”') {
		return f.quotedFragment(i - 2)
	}
	return p.kind == word || p.kind == sym && strings.ContainsRune(")%", p.r)
}

// quotedFragment reports whether the quotation mark at c closes a quoted
// fragment inside the sentence's own words ("Міністр провів зустрічі,
// «щоб рух не зупинився», повідомив X"), not a direct quote that opens
// the sentence, whose speaker is no source.
func (f *finder) quotedFragment(c int) bool {
	for k := c - 1; k > 0 && k > c-40; k-- {
		t := f.tok(k)
		if t.gap == gapNewline || t.kind == sym && strings.ContainsRune(".!?…", t.r) {
			return false
		}
		if t.kind == sym && isQuote(t.r) && closingQuote(t.r) == f.tok(c).r {
			prev := f.tok(k - 1)
			return t.gap != gapNewline && prev.kind == sym && prev.r == ',' && f.tok(k-2).kind == word
		}
	}
	return false
}

// siteOnly are cues that name a source only when it is a web address.
var siteOnly = map[string]bool{"зазначає": true}

// meetingWords are occasions held with someone: "на зустрічі з …".
var meetingWords = map[string]bool{"зустрічі": true, "розмові": true, "переговорах": true}

// untilSays returns the index of the verb of saying among the next dozen
// words from k, with no punctuation on the way; 0 when there is none.
func (f *finder) untilSays(k int) int {
	for end := k + 14; k < end && k < len(f.toks); k++ {
		t := f.tok(k)
		if t.kind != word || t.gap == gapNewline {
			return 0
		}
		if saysVerbs[t.text] {
			return k
		}
	}
	return 0
}

// untilSaysNamed is untilSays over a body's name, which may hold a name
// in quotation marks: "Контактної групи … у форматі «Рамштайн»
// оголосив".
func (f *finder) untilSaysNamed(k int) int {
	for end := k + 16; k < end && k < len(f.toks); k++ {
		t := f.tok(k)
		if t.gap == gapNewline || t.kind != word && !(t.kind == sym && isQuote(t.r)) {
			return 0
		}
		if t.kind == word && saysVerbs[t.text] {
			return k
		}
	}
	return 0
}

// occasionAt reports whether the words at j say when or where something
// was told: "на брифінгу", "під час", "в четвер".
func (f *finder) occasionAt(j int) bool {
	switch f.word(j) {
	case "на", "під", "в", "у", "після":
		w := f.word(j + 1)
		if (strings.HasSuffix(w, "ому") || strings.HasSuffix(w, "ій")) && occasionNouns[f.word(j+2)] {
			return true // "у ранковому зведенні", "на щотижневому брифінгу"
		}
		return w != "" && w != "в" && w != "у" && w != "на" && occasionWords[w]
	}
	return false
}

// occasionCloses reports whether the words at j say when or where
// something was told (see occasionAt) and close the clause after a few
// words: "після засідання.", "на брифінгу в Києві,"; not "на зустрічі
// про нові поставки", where the clause goes on.
func (f *finder) occasionCloses(j int) bool {
	if !f.occasionAt(j) {
		return false
	}
	k := j + 1
	for n := 0; n < 4 && f.tok(k).kind == word && f.tok(k).gap != gapNewline; n++ {
		if w := f.word(k); stopWord(w) {
			if (w != "в" && w != "у") || !f.tok(k+1).upper {
				break
			}
		}
		k++
	}
	return f.closesAttribution(k) && f.tok(k).kind != word
}

// aboutThis reports whether the bare verb at i, after a comma, closes a
// sentence that opens with "Про це": "Про це повідомив у Telegram
// начальник ОВА Сергій Лисак, передає Суспільне Дніпро." retells the
// lead's source, as a chain does, and the outlet is the one that
// published the text.
func (f *finder) aboutThis(i int) bool {
	if i < 2 || !f.isSym(i-1, ",") {
		return false
	}
	for j := i - 2; j >= 0 && i-j < 40; j-- {
		t := f.tok(j)
		if t.kind == sym && strings.ContainsRune(".!?…", t.r) {
			return false
		}
		if t.text == "про" && f.word(j+1) == "це" && t.upper && (j == 0 || t.gap == gapNewline || f.isSym(j-1, ".!?…")) {
			return true
		}
		if t.gap == gapNewline {
			return false
		}
	}
	return false
}

// datelineOutlet reads the outlet that closes a dateline before its dash,
// "ЛЬВІВ. 5 квітня. ІНТЕРФАКС-УКРАЇНА – …": a known outlet (or its
// regional edition, "Суспільне Харків") after a full stop or a comma
// among the first words of a line, followed by a spaced dash. A Ukrainian outlet there is the publisher. It returns the tokens
// read.
func (f *finder) datelineOutlet(i int) int {
	if !f.isSym(i-1, ".,") || f.tok(i).gap == gapNewline {
		return 0
	}
	for k := i - 1; k > 0 && f.tok(k).gap != gapNewline; k-- {
		if i-k > 10 {
			return 0
		}
	}
	for n := maxOutletWords; n >= 1; n-- {
		o := f.outletAt(i, i+n)
		if o == nil || o.name == "ЗМІ" {
			continue
		}
		name, end := o.name, i+n
		if e := f.tok(end); o.self && e.kind == word && e.upper && !e.latin && e.gap != gapNewline && e.gap != gapNone {
			// a regional edition: "Харків. 27 листопада. Суспільне
			// Харків – …"
			name, end = name+" "+f.slice(end, end+1), end+1
		}
		if d := f.tok(end); (d.kind != sym || !scan.IsDash(d.r) || d.gap == gapNone || d.gap == gapNewline) && !f.datelineStop(i, end) {
			continue
		}
		f.add(o.role(), name, i, end)
		return end - i
	}
	return 0
}

// datelineLead reads a known outlet at i that closes a dateline of the
// lead other than the ones datelineOutlet, paren and slashed read: after
// a dash or a bullet ("КИЇВ, 5 грудня — УНН.", "Київ • Укрінформ.",
// "Харків, 5 грудня – Укрінформ – …"), after a place with no date ("Київ.
// УНІАН. …"), after a date and a time on a line of their own
// ("05.12.2025 14:30 Укрінформ"), or alone opening the lead's line ("УНН.
// Уряд …", an outlet that names itself only). Only a place, a date and
// a time stand before it on its line, and a dash, a bullet, a full stop
// before a capitalised word or the line's end come after it. A Ukrainian
// outlet there is the publisher. It returns the tokens read.
func (f *finder) datelineLead(i int) int {
	if !f.opensOutlet(i) {
		return 0
	}
	start := i
	for start > 0 && f.tok(start).gap != gapNewline {
		start--
	}
	if i-start > 10 || start >= f.leadEnd {
		return 0
	}
	for k := start; k < i; k++ {
		t := f.tok(k)
		switch {
		case t.kind == sym && strings.ContainsRune(",.:—–-•|", t.r):
		case t.kind == word && (t.upper || isDigit(rune(f.text[t.bs])) || monthWord(t.text) || t.text == "року" || t.text == "р"):
		default:
			return 0
		}
	}
	p, ok := f.outletOpening(i)
	if !ok || p.outlet.name == "ЗМІ" || i == start && !p.outlet.self {
		return 0
	}
	end := p.next
	t := f.tok(end)
	switch {
	case end >= len(f.toks) || t.gap == gapNewline:
		if i == start {
			return 0
		}
	case t.kind == sym && (scan.IsDash(t.r) || t.r == '•' || t.r == '|') && t.gap != gapNone:
	case t.kind == sym && t.r == '.' && t.gap == gapNone && f.tok(end+1).upper && f.tok(end+1).gap != gapNewline:
	default:
		return 0
	}
	f.add(p.outlet.role(), p.value, i, end)
	return end - i
}

// datelineStop reports whether the outlet from i to end closes a dated
// dateline with a full stop instead of a dash, "Київ, 2 грудня.
// Інтерфакс-Україна. Національна комісія …": a number stands before it
// on its line, a full stop right after it, and a capitalised word on
// the same line after that.
func (f *finder) datelineStop(i, end int) bool {
	if !f.isSym(end, ".") || f.tok(end).gap != gapNone || end+1 >= len(f.toks) {
		return false
	}
	if n := f.tok(end + 1); n.kind != word || !n.upper || n.gap == gapNewline {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		t := f.tok(k)
		if t.kind == word && t.text != "" && t.text[0] >= '0' && t.text[0] <= '9' {
			return true
		}
		if t.gap == gapNewline {
			break
		}
	}
	return false
}

// outletSays reads a sentence that opens with a known outlet saying
// something, "Reuters повідомляє, що …", "Видання «Українська правда»
// пише: …": the outlet is cited. A kind of outlet may stand before the
// name (агентство, видання), the name may be in quotation marks, and a
// comma or a colon must follow the verb. It returns the tokens read.
func (f *finder) outletSays(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline && !f.isSym(i-1, ".!?…") {
		return 0
	}
	k := i
	if f.tok(k).kind == word && f.tok(k).text == "нагадаємо" && f.isSym(k+1, ",") {
		k += 2 // "Нагадаємо, раніше УНІАН повідомляв, що …"
	}
	if t := f.tok(k); t.kind == word && (t.text == "раніше" || t.text == "також") {
		k++ // "Раніше «Наші гроші» писали, що …"
	}
	if t := f.tok(k); t.kind == word && outletKinds[t.text] {
		k++ // tok, not word: the sentence's first word may open a line
	}
	quoted := false
	if t := f.tok(k); k < len(f.toks) && t.kind == sym && isQuote(t.r) {
		quoted = true
		k++
	}
	for n := maxOutletWords; n >= 1; n-- {
		o := f.outletAt(k, k+n)
		if o == nil || o.name == "ЗМІ" {
			continue
		}
		j := k + n
		if quoted {
			if t := f.tok(j); j >= len(f.toks) || t.kind != sym || !isQuote(t.r) {
				continue
			}
			j++
		}
		if o.self && newsroomVerbs[f.word(j)] && !f.staffNamed(o.name) {
			// "Суспільне звернулося до Гнатюка по коментар": the
			// newsroom that wrote the text at work
			f.add(RolePublisher, o.name, k, k+n)
			return j + 1 - i
		}
		if !outletVerbs[f.word(j)] || !f.isSym(j+1, ",:") {
			continue
		}
		f.add(RoleVia, o.name, k, k+n)
		// "Раніше УНІАН повідомляв, що …": an earlier report recalled as
		// "Як повідомляв Укрінформ, …" recalls one, the publisher's own
		// when no other is named ("писали" stays a cite)
		v := f.word(j)
		f.cands[len(f.cands)-1].recalled = o.self && (strings.HasPrefix(v, "повідомлял") || v == "повідомляв")
		return j + 1 - i
	}
	return 0
}

// staffNamed reports whether the text names a person on the staff of the
// outlet called name by their post before it and their name after it:
// "редактор видання «Історична правда» Вахтанг Кіпіані презентував
// книгу". The outlet is then a subject of the story, and what it did
// (звернулося до архівів) is no newsroom's work on this text.
func (f *finder) staffNamed(name string) bool {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || isQuote(r) })
	if len(words) == 0 {
		return false
	}
	for m := 1; m+len(words) <= len(f.toks); m++ {
		e := m
		for _, w := range words {
			if f.tok(e).kind != word || f.tok(e).text != w {
				break
			}
			e++
		}
		if e-m != len(words) {
			continue
		}
		k := m - 1
		if f.tok(k).kind == sym && isQuote(f.tok(k).r) {
			k--
		}
		staff := false
		for n := 0; n < 2 && !staff; n, k = n+1, k-1 {
			// the post, maybe with the outlet's kind after it (редактор
			// видання, редактора журналу); it may open a line
			if t := f.tok(k); t.kind == word {
				staff = strings.HasPrefix(t.text, "редактор") || strings.HasPrefix(t.text, "шеф-редактор") || strings.HasPrefix(t.text, "засновни")
			}
		}
		if !staff {
			continue
		}
		if f.tok(e).kind == sym && isQuote(f.tok(e).r) {
			e++
		}
		if t := f.tok(e); t.kind == word && t.upper && t.gap != gapNewline && f.tok(e+1).kind == word && f.tok(e+1).upper {
			return true
		}
	}
	return false
}

// newsroomAt reads an outlet at work opening a sentence, named in
// quotation marks or as a web address, or known, after its journalists or
// its kind: "«Хрещатик» розбирався в нововведеннях", "Журналісти «Дзеркала
// Коломиї» спробували розібратися", "Портал NEWS.lugansk.ua поспілкувався
// з …". A paper tells so of itself; it is the publisher. A name in
// quotation marks alone ("«Нафтогаз» звернувся до суду") must look into
// something as only a newsroom does (розбирався, поспілкувався), not
// merely ask, receive or find out. It returns the tokens read.
func (f *finder) newsroomAt(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline && !f.isSym(i-1, ".!?…") {
		return f.talkedInLead(i)
	}
	k, staff := i, false
	if t := f.tok(k); t.kind == word && (t.text == "журналісти" || t.text == "кореспонденти" || outletKinds[t.text]) {
		k, staff = k+1, true
	}
	p, ok := f.name(k)
	if t := f.tok(k); t.kind == sym && isQuote(t.r) {
		p, ok = f.quotedName(k) // (opening a line too, where name reads none)
	} else if !ok && t.kind == word && t.gap == gapNewline {
		p, ok = f.outletOpening(k) // "Громадське поспілкувалося з …" opening a line
	}
	if !ok || p.outlet != nil && !p.outlet.self {
		return 0
	}
	quoted := f.tok(k).kind == sym
	if !quoted && p.outlet == nil && !siteName(p.value) {
		return 0
	}
	v := f.word(p.next)
	if strings.HasPrefix(v, "спробува") {
		v = f.word(p.next + 1) // "спробували розібратися"
	}
	// "«Главком» переказує головне." after the lead's "Про це пише
	// Financial Times …": the outlet that retells another's report
	retells := (v == "переказує" || v == "переказують") && f.inLeadParagraph(i)
	switch {
	case staff || p.outlet != nil:
		if !lookedInto(v) && !newsroomVerbs[v] && !retells && !f.talkedWith(p.next) || f.staffNamed(p.value) {
			return 0
		}
	case !strings.HasPrefix(v, "розбира") && !strings.HasPrefix(v, "розібра") && !strings.HasPrefix(v, "поспілкува") &&
		!(quoted && (retells || lookedInto(v) && pluralPast(v))) && !(!quoted && strings.HasPrefix(v, "публіку")):
		// "«Нафтогаз» з'ясував": a company may find things out too; a
		// name in the plural that finds out ("«Вісті» дізналися", a
		// paper's plural title, where a firm's agrees in the singular)
		// and a web address that publishes ("Platfor.ma публікує") are
		// the paper at work
		return 0
	}
	f.addPhrase(RolePublisher, p)
	if q, ok := f.talkedTo(p.next); ok && f.inLeadParagraph(i) {
		// "«Українська правда» поговорила з міністром оборони Денисом
		// Шмигалем про …": the outlet's own interview, its speaker cited
		f.addPhrase(RoleVia, q)
		return q.next - i
	}
	return p.next - i
}

// seeAlso passes over a line that links another article, "Читайте
// також: …", "Дивіться також: …", "Також читайте: …", opening its line
// at i: the headline linked is another text's, and a cue in it ("…,
// повідомили в КМДА", "… — ЗМІ") names no source of this one. It
// returns the tokens to the line's end, or 0.
func (f *finder) seeAlso(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline || !f.tok(i).upper {
		return 0
	}
	k := i + 1
	switch w := f.tok(i).text; {
	case w == "також" && (f.word(k) == "читайте" || f.word(k) == "дивіться"):
		k++
	case w != "також" && f.word(k) == "також":
		k++
	case w != "також" && f.isSym(k, ":"):
	default:
		return 0
	}
	if !f.isSym(k, ":") {
		return 0
	}
	for k++; k < len(f.toks) && f.tok(k).gap != gapNewline; k++ {
	}
	return k - i
}

// readOnSite reads a known outlet whose site "читайте" at i sends the
// reader to: "Детальніше про … читайте на сайті РБК-Україна". An outlet
// sends its readers to its own site: the publisher when no other is
// named, and nothing otherwise (told). It returns the tokens read.
func (f *finder) readOnSite(i int) int {
	j := i + 1
	for ; j < i+12 && f.word(j) != "" && !(f.word(j) == "на" && f.word(j+1) == "сайті"); j++ {
	}
	if f.word(j) != "на" || f.word(j+1) != "сайті" {
		return 0
	}
	p, ok := f.name(j + 2)
	if !ok || p.outlet == nil || !p.outlet.self || !f.add(RoleVia, p.value, p.from, p.to) {
		return 0
	}
	c := &f.cands[len(f.cands)-1]
	c.shown, c.told = p.shown, true
	return p.next - i
}

// signature reads a known outlet that names itself alone on the line at
// i, closing the text but for credits: "…\nЕкономічна правда", the outlet
// signing its report, which credits it with the whole text as a
// "Джерело: X" line does (the publisher when no other outlet names
// itself). A regional edition after it is part of it (Суспільне
// Житомир). It returns the tokens read.
func (f *finder) signature(i int) int {
	p, ok := f.outletOpening(i)
	if !ok || !p.outlet.self {
		return 0
	}
	if e := f.tok(p.next); e.kind == word && e.upper && !e.latin && e.gap == gapSpace {
		p.value += " " + f.slice(p.next, p.next+1)
		p.to, p.next = p.next+1, p.next+1
	}
	if p.next < len(f.toks) && f.tok(p.next).gap != gapNewline && !f.isSym(p.next, ".") || !f.closingLine(p.next) {
		return 0
	}
	if !f.add(RoleVia, p.value, p.from, p.to) {
		return 0
	}
	c := &f.cands[len(f.cands)-1]
	c.shown, c.credited = p.shown, true
	return p.next - i
}

// outletOpening reads a known outlet at k, the first word of a line,
// where name reads none: "Громадське поспілкувалося з учасниками акції"
// as a paragraph of its own.
func (f *finder) outletOpening(k int) (phrase, bool) {
	for n := maxOutletWords; n >= 1; n-- {
		if o := f.outletAt(k, k+n); o != nil {
			p := phrase{value: o.name, outlet: o, from: k, to: k + n, next: k + n}
			if o.self && f.tok(k).latin {
				p.shown = f.slice(k, k+n)
			}
			return p, true
		}
	}
	return phrase{}, false
}

// talkedWith reports whether the verb at j tells that its subject talked
// with someone, "поговорив з ним", "поспілкувалося з учасниками": an
// outlet that tells so of itself gives its own interview.
func (f *finder) talkedWith(j int) bool {
	v := f.word(j)
	if !strings.HasPrefix(v, "поговори") && !strings.HasPrefix(v, "поспілкува") {
		return false
	}
	w := f.word(j + 1)
	return w == "з" || w == "із" || w == "зі"
}

// lookedInto reports the verbs of a newsroom looking into a matter:
// розбирався, з'ясували, поспілкувався, дізналися.
func lookedInto(w string) bool {
	return scan.HasAnyPrefix(w, "розбира", "розібра", "з'ясува", "поспілкува", "дізна")
}

// newsroomVerbs are what a newsroom does while it writes a report: asks,
// learns, receives.
var newsroomVerbs = map[string]bool{
	"звернулося": true, "звернулася": true, "звернувся": true, "звернулись": true, "звернулися": true,
	"запитало": true, "запитала": true, "запитав": true, "дізналося": true, "дізналася": true, "дізнався": true,
	"отримало": true, "отримала": true, "отримав": true, "надіслало": true, "надіслала": true,
	"надіслав": true, "зв'язалося": true, "зв'язалася": true, "зв'язався": true,
	"отримали": true, "запитали": true, "надіслали": true,
}

// relatives are the forms of який that open a relative clause an outlet
// at work may stand in: "акт ревізії, копію якого отримали «Наші гроші»",
// "начальниця, до якої «Наші гроші» звернулися по коментар".
var relatives = map[string]bool{"якого": true, "якої": true, "якому": true, "якій": true, "яку": true,
	"яким": true, "яких": true, "якими": true, "якою": true}

// relativeSieve holds the keys of relatives, which newsroomRelative asks
// about the two words before every quotation mark: most it stops with no
// lookup.
var relativeSieve = scan.SieveOf(relatives)

// relativeSubject reports який in the nominative, the subject of its
// clause: "Reuters, яке посилається на …".
func relativeSubject(w string) bool {
	return w == "який" || w == "яка" || w == "яке" || w == "які"
}

// relativeObject reports який in the accusative, the object of its
// clause: "повідомлення, яке цитують ВІКНА", "на який звертає увагу".
func relativeObject(w string) bool {
	return w == "який" || w == "яку" || w == "яке" || w == "які"
}

// isRelative reports whether w is one of relatives.
func isRelative(w string) bool { return relativeSieve.May(w) && relatives[w] }

// newsroomRelative reads an outlet that tells of itself at work in a
// relative clause, the quoted name at i right after the relative pronoun
// (and its preposition) with the verb after it, or right after the verb
// that follows the pronoun: "до якої «Наші гроші» звернулися по
// коментар", "копію якого отримали «Наші гроші»". The outlet is the
// publisher. It returns the tokens read.
func (f *finder) newsroomRelative(i int) int {
	if !isRelative(f.word(i-1)) && !isRelative(f.word(i-2)) {
		return 0 // as after and before below come to, before the name is read
	}
	p, ok := f.quotedName(i)
	if !ok || p.outlet == nil || !p.outlet.self || f.staffNamed(p.value) {
		return 0
	}
	after := newsroomVerbs[f.word(p.next)] && (relatives[f.word(i-1)] || relatives[f.word(i-2)] && f.tok(i-2).kind == word)
	before := newsroomVerbs[f.word(i-1)] && relatives[f.word(i-2)]
	if !after && !before {
		return 0
	}
	f.addPhrase(RolePublisher, p)
	return p.next - i
}

// authorsPhoto reads "Фото автора" at i, its line ending at j, by the
// author's line after it, "Автор: Ольга Шевчук": the author is credited
// with the photo. It returns the tokens read, 0 when no author's line
// names a person.
func (f *finder) authorsPhoto(i, j int) int {
	for k := j; k < len(f.toks); k++ {
		if t := f.tok(k); t.kind != word || t.gap != gapNewline || t.text != "автор" && t.text != "авторка" || !f.isSym(k+1, ":") {
			continue
		}
		n := 0
		for n < 3 && personWord(f, k+2+n) && (n == 0 || f.tok(k+2+n).gap != gapNewline) {
			n++
		}
		if n < 2 || !f.lineEnds(k+2+n) {
			return 0
		}
		f.add(RolePhoto, f.slice(k+2, k+2+n), k+2, k+2+n)
		return j - i
	}
	return 0
}

// pastClosingQuote returns b, or the token after it when the name from
// a to b stands in quotation marks: "Джерело: «Об'єктив»".
func (f *finder) pastClosingQuote(a, b int) int {
	if f.quotedAt(a) && f.closingQuoteAt(b) {
		return b + 1
	}
	return b
}

// closingQuoteAt reports whether a closing quotation mark stands at k.
func (f *finder) closingQuoteAt(k int) bool {
	t := f.tok(k)
	return t.kind == sym && (t.r == '»' || t.r == '”' || t.r == '"' || t.r == '“')
}

// quotedAt reports whether the token before k is an opening quotation
// mark.
func (f *finder) quotedAt(k int) bool {
	t := f.tok(k - 1)
	return t.kind == sym && isQuote(t.r)
}

// outletKinds are the nouns that may stand before an outlet's name, and
// outletVerbs the verbs of an outlet that tells: Агентство Reuters
// повідомляє, що …
var (
	outletKinds = map[string]bool{"агентство": true, "агенція": true, "видання": true, "газета": true, "телеканал": true,
		"портал": true, "сайт": true, "журнал": true, "радіо": true}
	outletVerbs = map[string]bool{"пише": true, "писав": true, "повідомляв": true, "повідомляла": true, "повідомляло": true, "писало": true, "писала": true, "писали": true, "пишуть": true,
		"повідомляє": true, "повідомило": true, "повідомила": true, "повідомили": true, "повідомляють": true,
		"передає": true, "інформує": true, "зазначає": true, "з'ясувало": true, "з'ясувала": true, "з'ясували": true,
		"стверджує": true, "наголошує": true}
)

// opensAttribution reports whether a bare verb at i begins an attribution
// rather than a clause of its own ("США передає Україні …"): after "Про
// це", a comma, a dash, a bracket, a quote or at the start of a line.
func (f *finder) opensAttribution(i int) bool {
	t := f.tok(i)
	if i == 0 || t.gap == gapNewline {
		return true
	}
	if f.tok(i-1).text == "це" && f.tok(i-2).text == "про" && f.tok(i-1).kind == word {
		return true
	}
	p := f.tok(i - 1)
	return p.kind == sym && (p.r == ',' || scan.IsDash(p.r) || p.r == '(' || isQuote(p.r) || p.r == ':' ||
		t.upper && (p.r == '.' || p.r == '!' || p.r == '?' || p.r == '…')) // a sentence that opens with it
}

// relayVerbs are the verbs of an outlet that relays the source a "Про
// це" line names, in a relative clause after it (see relayedBy).
var relayVerbs = map[string]bool{"цитує": true, "цитують": true, "переказує": true, "переказують": true,
	"звертає": true, "звертають": true, "проаналізував": true, "проаналізувала": true, "проаналізувало": true,
	"проаналізували": true, "переклав": true, "переклала": true, "переклало": true, "переклали": true}

// relayedBy reads the outlet that quotes, retells, noticed, analysed or
// translated, in a relative clause at i closing a sentence that opens
// with "Про це", the source the line names: "Про це йдеться у
// повідомленні міськради, яке цитують ВІКНА.", "…, на який звертає увагу
// ЛІГА.net.", "Про це свідчать дані Opendatabot, які проаналізував
// Mind.", "…, який переклала редакція ТСН.ua.", "…, яке переказує
// «Бабель»." A body speaks in its own notices; the one who relays them
// is the publisher (a foreign outlet we know is cited). It returns the
// tokens read, or 0.
func (f *finder) relayedBy(i int) int {
	k := i
	if f.word(k) == "на" {
		k++ // "на який звертає увагу"
	}
	if !relativeObject(f.word(k)) {
		return 0
	}
	v := f.word(k + 1)
	if !relayVerbs[v] || !f.aboutThis(i) {
		return 0
	}
	k += 2
	if strings.HasPrefix(v, "зверта") {
		if f.word(k) != "увагу" {
			return 0
		}
		k++
	}
	if f.word(k) == "редакція" {
		k++ // "який переклала редакція ТСН.ua"
	}
	p, ok := f.name(k)
	if _, head := heads[f.tok(p.from).text]; !ok || head || p.to-p.from > 3 || !f.endsSentence(p.next) {
		return 0
	}
	role := RolePublisher
	if p.outlet != nil && !p.outlet.self {
		role = RoleVia
	}
	f.addPhrase(role, p)
	return p.next - i
}

// closesAttribution reports whether the name ending before j closes the
// clause: punctuation, the end of a line, or "із посиланням на".
func (f *finder) closesAttribution(j int) bool {
	t := f.tok(j)
	if j >= len(f.toks) || t.gap == gapNewline {
		return true
	}
	if t.kind == sym {
		return strings.ContainsRune(".,;:!?)»…\"”", t.r) || scan.IsDash(t.r)
	}
	if r, _ := utf8.DecodeRuneInString(t.text); t.kind == word && unicode.IsDigit(r) {
		return true // "повідомила пресслужба НБУ 14 березня": a date follows
	}
	if t.text == "на" || t.text == "у" || t.text == "в" {
		// "пише Альона Нефьодова на сайті …", "повідомив начальник ОВА
		// Олег Савчук у телеграмі", "повідомляє Генштаб у ранковому
		// зведенні": where it was written or said, past one adjective
		k := j + 1
		if mediumAdjective(f.tok(k)) {
			k++
		}
		if w := f.word(k); mediumWords[w] || platform(w) != "" {
			return true
		}
	}
	return (t.text == "із" || t.text == "з") && f.word(j+1) == "посиланням"
}

// mediumWords are where a source said something: "на сайті", "у
// Facebook", "в ефірі".
var mediumWords = map[string]bool{
	"сайті": true, "сторінці": true, "блозі": true, "каналі": true, "ефірі": true,
	"інтерв'ю": true, "статті": true, "матеріалі": true, "telegram-каналі": true,
	"телеграм-каналі": true, "facebook": true, "telegram": true, "twitter": true,
	"x": true, "соцмережі": true, "соцмережах": true, "мережі": true, "youtube": true,
	"youtube-каналі": true, "коментарі": true, "програмі": true, "етері": true,
	"зведенні": true, "повідомленні": true, "заяві": true, "дописі": true, "зверненні": true, "відеозверненні": true,
}

// mediumAdjective reports a lower-case adjective in the locative that
// may stand before a medium word: "у ранковому зведенні", "у своєму
// телеграм-каналі", "у спільній заяві".
func mediumAdjective(t *token) bool {
	if t.kind != word || t.upper {
		return false
	}
	return strings.HasSuffix(t.text, "ому") || strings.HasSuffix(t.text, "єму") || strings.HasSuffix(t.text, "ій") || strings.HasSuffix(t.text, "їй")
}

func isQuote(r rune) bool {
	switch r {
	case '«', '»', '"', '“', '”', '„', '\'', '‘', '’':
		return true
	}
	return false
}

func closingQuote(r rune) rune {
	switch r {
	case '«':
		return '»'
	case '„':
		return '“'
	case '“':
		return '”'
	case '‘':
		return '’'
	}
	return r
}

// phrase is a source's name as read from the text.
type phrase struct {
	value    string
	outlet   *outlet
	from, to int // tokens of the name as written, for the evidence
	next     int // the token after the phrase
	// shown is how an outlet's Latin brand is written (NV, hromadske)
	// where value is the outlet's name (НВ, Громадське); "" otherwise.
	shown string
}

// foreignOutlet reports whether p names a foreign outlet, one a text
// cites and never its own: an outlet the package knows that does not name
// itself in its reports (Reuters, Politico, the BBC), or one it does not
// know by a title in Latin letters ("The Guardian"; a web address has a
// full stop, no such title).
func foreignOutlet(p phrase) bool {
	if p.outlet != nil {
		return !p.outlet.self
	}
	return latinTitle(p.value)
}

// kindOpens reports whether the capitalised word at k says what kind of
// outlet the name in quotation marks after it is: "Інформаційне
// агентство «Вголос»", "Телеканал «Рада»".
func (f *finder) kindOpens(k int) bool {
	if !descriptor(f.tok(k).text) {
		return false
	}
	k++
	if descriptor(f.word(k)) && !f.tok(k).upper {
		k++
	}
	t := f.tok(k)
	return t.kind == sym && isQuote(t.r) && t.gap != gapNewline
}

// newsNamed reports whether p, a name no known outlet has, read at j
// after a cue, names a news outlet that may tell of itself: a word of
// the name says so ("Релігійно-інформаційна служба України"), or the
// kind of outlet said before it does ("агентство Вголос", "видання
// «Курс»") when the outlet cites another after it ("з посиланням на
// …"): "Про це пише видання «Перша міська»." alone retells another's
// report. A Latin name, a bare acronym (агентство ТАСС) and a foreign
// kind ("російське видання «Коммерсант»") are left out: the outlets
// another outlet retells.
func (f *finder) newsNamed(j int, p phrase) bool {
	if p.outlet != nil || f.tok(p.from).latin {
		return false
	}
	for k := p.from; k < p.to; k++ {
		if w := f.tok(k).text; strings.Contains(w, "інформаційн") || strings.HasPrefix(w, "інформагентств") || newsNameWords[w] {
			return true
		}
	}
	if newsBrand(p.value) {
		return true
	}
	if !f.citesAt(p.next) {
		return false
	}
	if raw := f.slice(p.from, p.to); p.to == p.from+1 && !f.quotedAt(p.from) && strings.ToUpper(raw) == raw {
		return false
	}
	if f.foreignKind(j, p.from) {
		return false
	}
	for k := j; k < p.from; k++ {
		if newsKind(f.tok(k).text) {
			return true
		}
	}
	return false
}

// newsNameWords are the words that say a name is a news outlet's, as the
// regional sites and papers are named: «Волинські новини», «Новини
// Полтавщини», «Вісті Придніпров'я», «Вісник Чернігівщини», «Кременчук
// Today», «Рівне Info». A firm or a body is not named so.
var newsNameWords = map[string]bool{
	"новини": true, "новин": true, "вісті": true, "вістей": true, "вісник": true, "вісника": true,
	"today": true, "news": true, "info": true,
}

// newsBrand reports whether name, one word, is spelt as the regional
// news sites name themselves: a place's name with "24" glued to it
// (Волинь24, Суми24, Чернівці24: the news of the day round the clock),
// or a clipped place glued to a capitalised word for news (МикВісті,
// ЧеркасиНовини, РівнеМедіа). Firms glue words too (ПриватБанк), but
// not to these.
func newsBrand(name string) bool {
	if name == "" || strings.ContainsAny(name, " \t\n") {
		return false
	}
	if base, ok := strings.CutSuffix(name, "24"); ok {
		r, _ := utf8.DecodeRuneInString(base)
		l, _ := utf8.DecodeLastRuneInString(base)
		return utf8.RuneCountInString(base) >= 3 && unicode.Is(unicode.Cyrillic, r) && unicode.IsUpper(r) && unicode.IsLower(l)
	}
	for _, w := range []string{"Вісті", "Новини", "Медіа", "Інфо"} {
		if len(name) > len(w) && strings.HasSuffix(name, w) {
			// glued to a lower-case letter, not set off by a hyphen
			// (an agency named "Поділля-Інфо" may retell another's news)
			r, _ := utf8.DecodeRuneInString(name)
			l, _ := utf8.DecodeLastRuneInString(name[:len(name)-len(w)])
			return unicode.IsUpper(r) && unicode.Is(unicode.Cyrillic, r) && unicode.IsLower(l)
		}
	}
	return false
}

// citesAt reports whether "з посиланням" or "із посиланням" opens at k.
func (f *finder) citesAt(k int) bool {
	w := f.word(k)
	return (w == "з" || w == "із") && f.word(k+1) == "посиланням"
}

// foreignKind reports whether the words from j to the name at to say it
// is a foreign outlet's: "російське видання", "британська газета".
func (f *finder) foreignKind(j, to int) bool {
	for k := j; k < to; k++ {
		if foreignAdjective(f.tok(k).text) {
			return true
		}
	}
	return false
}

// phrase reads the name of a source at j: a quoted name, a known outlet in
// any case, a run of capitalised or Latin words, or a lower-case phrase
// with a known head noun (пресслужбу МЗС → пресслужба МЗС). Words that only
// say what the outlet is (агентства, британське видання) are dropped
// before a name.
func (f *finder) phrase(j int) (phrase, bool) {
	j0 := j // (j moves past a rank or a role's adjective below)
	if p, ok := f.media(j); ok {
		return p, true
	}
	if w := f.word(j); (w == "проєкт" || w == "проект") && f.tok(j+1).upper {
		// "проєкт Радіо Свобода Крим.Реалії": an outlet's project, by
		// its mother outlet and the project's name
		if p, ok := f.name(j + 1); ok && p.outlet != nil {
			if t := f.tok(p.next); t.kind == sym && isQuote(t.r) {
				// "проєкт Радіо Свобода «Новини Приазов'я»": the
				// project by its name in quotation marks, of the mother
				// outlet
				if q, ok := f.quotedName(p.next); ok && q.outlet == nil {
					q.outlet, q.from = p.outlet, p.from
					return q, true
				}
			}
			return p, true
		}
	}
	if p, ok := f.group(j); ok {
		return p, true
	}
	if p, ok := f.unnamedSubject(j); ok {
		return p, true
	}
	if f.newsAgencyAbbr(j) {
		// "Про це пише ІА «Волинські новини».": the agency by its name,
		// the abbreviation of "інформаційне агентство" dropped as the
		// words are
		if p, ok := f.quotedName(j + 1); ok {
			return p, true
		}
	}
	// Adjectives then a descriptor: "британське видання".
	k := j
	for n := 0; n < 3; n++ {
		t := f.tok(k)
		if t.kind != word || t.upper && !(n == 0 && f.kindOpens(k)) || t.latin || t.gap == gapNewline {
			break
		}
		if descriptor(t.text) {
			k++
			if descriptor(f.word(k)) && !f.tok(k).upper {
				k++ // "інформаційне агентство «Вголос»": a kind of two words
			}
			break
		}
		if nom, head := heads[t.text]; head && n > 0 && (f.tok(k+1).upper || bodyHeads[nom]) {
			// "координаційно-моніторингового відділу Бердичівської ОДПІ":
			// the head, though it ends as an adjective may, before the
			// name of the body it is part of; "з посиланням на міську
			// раду", "на обласну службу": a body's head after its
			// adjectives, though its accusative ends as theirs do
			break
		}
		if !adjective(t.text) {
			break
		}
		k++
	}
	if k > j && descriptor(f.tok(k-1).text) {
		if p, ok := f.name(k); ok {
			return p, true
		}
	}
	if p, ok := f.adjectivedPaper(j, k); ok {
		return p, true
	}
	if p, ok := f.paperWriter(j); ok {
		return p, true
	}
	if t := f.tok(j); t.kind == word && !t.upper && firmKind(t.text) && (f.tok(j+1).upper || isQuote(f.tok(j+1).r) && f.tok(j+2).upper) {
		// "повідомили в компанії ДТЕК", "у концерні «Укроборонпром»":
		// the firm by its name, the word for what it is dropped as
		// "видання" is before an outlet's
		if p, ok := f.name(j + 1); ok {
			return p, true
		}
	}
	if w := f.word(j); (w == "в.о" || w == "т.в.о") && f.isSym(j+1, ".") && roleNoun(f.word(j+2)) {
		// "в.о. міністра освіти Євген Кудрявець": the role after the
		// abbreviation of "acting"
		j += 2
	}
	if (rankWord(f.tok(j).text) || k > j && roleAdjective(f.tok(j))) && f.tok(j+1).kind == word && roleNoun(f.tok(j+1).text) {
		// "перший заступник міського голови Ігор Терехов", "міський
		// голова Микола Ноха": the role after its rank or adjective
		j++
	}
	if f.tok(j).upper && roleNoun(f.tok(j).text) {
		// "Президент України Володимир Зеленський": the person, not the
		// title written with a capital
		if p, ok := f.rolePerson(j); ok {
			return p, true
		}
	}
	if p, ok := f.name(j); ok {
		return p, true
	}
	if p, ok := f.headPhrase(j); ok {
		return p, true
	}
	if w := f.word(j - 2); f.word(j-1) == "на" && (w == "посиланням" || w == "посилаючись") {
		if p, ok := f.anonymous(j); ok {
			return p, true
		}
	}
	if w := f.word(j0 - 2); f.word(j0-1) == "на" && (w == "посиланням" || w == "посилаючись") {
		if p, ok := f.roleUnnamed(j0); ok {
			return p, true
		}
	}
	if p, ok := f.pluralBodies(j0); ok {
		return p, true
	}
	if k > j && !f.tok(k).upper && !roleNoun(f.tok(j).text) {
		if p, ok := f.describedBody(j, k); ok {
			return p, true
		}
		if p, ok := f.headPhrase(k); ok {
			return p, true // "інформаційне управління Верховної Ради": the head after its adjectives
		}
		if k > j+1 && descriptor(f.tok(k-1).text) {
			if p, ok := f.headPhrase(k - 1); ok {
				return p, true // "офіційний сайт міста": the descriptor is the head, after its adjectives
			}
		}
	}
	return f.rolePerson(j)
}

// describedBody reads a body named by its kind and the adjectives before
// it alone, from j to its head at k, brought to the nominative: "повідомили
// в китайському зовнішньополітичному відомстві" cites китайське
// зовнішньополітичне відомство, "з посиланням на обласну військову
// адміністрацію" обласна військова адміністрація. A head with words of
// a name after it is read by headPhrase, and a determiner ("у своєму
// відомстві", "у профільному відомстві") names the body told before.
func (f *finder) describedBody(j, k int) (phrase, bool) {
	nom := heads[f.word(k)]
	if !bodyHeads[nom] {
		return phrase{}, false
	}
	if t := f.tok(k + 1); k+1 < len(f.toks) && t.kind == word && t.gap != gapNewline && !stopWord(t.text) {
		return phrase{}, false
	}
	gender := byte('m')
	switch {
	case strings.HasSuffix(nom, "о") || strings.HasSuffix(nom, "ння"):
		gender = 'n'
	case strings.HasSuffix(nom, "а") || strings.HasSuffix(nom, "я"):
		gender = 'f'
	}
	words := make([]string, 0, k-j+1)
	for m := j; m < k; m++ {
		a, ok := nominativeAdjective(f.word(m), gender)
		if !ok {
			return phrase{}, false
		}
		words = append(words, a)
	}
	words = append(words, nom)
	return phrase{value: strings.Join(words, " "), from: j, to: k + 1, next: k + 1}, true
}

// toldIn reports whether the head at k, past up to two adjectives, is
// where something is said: "йдеться у підсумковій декларації", "з
// посиланням на декларацію".
func (f *finder) toldIn(k int) bool {
	for m := k - 1; m >= k-4 && m >= 0; m-- {
		if w := f.word(m); strings.HasSuffix(w, "деться") || w == "посиланням" {
			return true
		}
	}
	return false
}

// pluralHeads maps the plural forms of the heads of bodies to the
// nominative plural: адміністраціях, адміністрацій → адміністрації.
var pluralHeads = map[string]string{}

func init() {
	for _, e := range [...]string{
		"адміністрації адміністрацій адміністраціях адміністраціям", "служби служб службах службам",
		"прокуратури прокуратур прокуратурах прокуратурам", "міністерства міністерств міністерствах міністерствам",
		"відомства відомств відомствах відомствам", "управління управлінь управліннях управлінням",
		"ради рад радах радам", "штаби штабів штабах штабам", "департаменти департаментів департаментах департаментам",
	} {
		forms := strings.Fields(e)
		for _, f := range forms {
			pluralHeads[f] = forms[0]
		}
	}
}

// pluralBodies reads bodies of one kind named by their adjectives and
// a plural head alone, brought to the nominative: "з посиланням на
// обласні військові адміністрації", "повідомили в обласних військових
// адміністраціях" cite обласні військові адміністрації. Their heads
// before them ("голови обласних військових адміністрацій") are kept as
// written: the people, not the bodies. The adjectives must be plural
// (обласні, обласних), so that a singular body ("обласної військової
// адміністрації") is left to describedBody.
func (f *finder) pluralBodies(j int) (phrase, bool) {
	from := j
	if pluralRoles[f.word(j)] {
		j++
	}
	var words []string
	for k := j; len(words) < 3; k++ {
		a, ok := pluralAdjective(f.word(k))
		if !ok || f.tok(k).upper {
			break
		}
		words = append(words, a)
	}
	k := j + len(words)
	nom, ok := pluralHeads[f.word(k)]
	if len(words) == 0 || !ok || f.tok(k).upper || !f.closesAttribution(k+1) {
		return phrase{}, false
	}
	if from < j {
		return phrase{value: f.slice(from, k+1), from: from, to: k + 1, next: k + 1}, true
	}
	return phrase{value: strings.Join(append(words, nom), " "), from: j, to: k + 1, next: k + 1}, true
}

// pluralAdjective returns the nominative plural of w, an adjective in
// the plural (обласні, обласних, обласним → обласні), and whether w
// reads as one; "" gives false.
func pluralAdjective(w string) (string, bool) {
	if utf8.RuneCountInString(w) < 5 {
		return "", false
	}
	switch {
	case strings.HasSuffix(w, "і") && !strings.HasSuffix(w, "ії"):
		return w, true
	case strings.HasSuffix(w, "их") || strings.HasSuffix(w, "іх") || strings.HasSuffix(w, "им") || strings.HasSuffix(w, "ім"):
		return w[:len(w)-len("их")] + "і", true
	}
	return "", false
}

// pluralRoles are the heads of bodies named before them in the plural:
// "голови обласних військових адміністрацій".
var pluralRoles = map[string]bool{"голови": true, "керівники": true, "очільники": true, "речники": true, "представники": true}

// bodyHeads are the heads of heads that name a body, which adjectives
// alone may describe (see describedBody).
var bodyHeads = map[string]bool{
	"відомство": true, "міністерство": true, "посольство": true, "штаб": true, "служба": true, "департамент": true,
	"управління": true, "відділ": true, "прокуратура": true, "поліція": true, "адміністрація": true, "секретаріат": true,
	"рада": true,
}

// nominativeAdjective brings w, an adjective in an oblique case, to the
// nominative of gender ('m', 'f' or 'n'): обласній → обласна,
// зовнішньополітичному → зовнішньополітичне, внутрішньому → внутрішнє.
// A determiner or an ending it does not know reports false.
func nominativeAdjective(w string, gender byte) (string, bool) {
	switch w {
	case "цьому", "цій", "цього", "цієї", "цю", "тому", "тій", "того", "тієї", "ту", "всьому", "усьому", "всій", "усій",
		"якому", "якій", "якого", "якої", "даному", "даній", "даного", "даної", "самому", "самій":
		return "", false
	}
	if scan.HasAnyPrefix(w, "сво", "інш", "наш", "ваш", "їхн", "профільн", "відповідн", "зазначен", "згадан", "кожн") {
		return "", false
	}
	endings := [...]string{"ому", "ого", "им", "ім", "ий", "е"}
	if gender == 'f' {
		endings = [...]string{"ій", "ої", "ою", "у", "а", ""}
	}
	for _, e := range endings {
		stem, ok := strings.CutSuffix(w, e)
		if e == "" || !ok || utf8.RuneCountInString(stem) < 4 {
			continue
		}
		stem = strings.TrimSuffix(stem, "ь")
		soft := strings.HasSuffix(stem, "ішн") || strings.HasSuffix(stem, "хн") || strings.HasSuffix(stem, "середн") || strings.HasSuffix(stem, "останн") || strings.HasSuffix(stem, "сусідн")
		switch {
		case gender == 'f' && soft:
			return stem + "я", true
		case gender == 'f':
			return stem + "а", true
		case gender == 'n' && soft:
			return stem + "є", true
		case gender == 'n':
			return stem + "е", true
		case soft:
			return stem + "ій", true
		}
		return stem + "ий", true
	}
	return "", false
}

// unnamed holds the nouns of unnamed sources, in the form "з посиланням
// на" takes, with their nominative.
var unnamed = map[string]string{
	"дипломатів": "дипломати", "посадовців": "посадовці", "чиновників": "чиновники", "урядовців": "урядовці",
	"співрозмовників": "співрозмовники", "представників": "представники", "джерела": "джерела", "осіб": "особи",
	"людей": "люди", "експертів": "експерти", "аналітиків": "аналітики", "депутатів": "депутати",
	// the people of a place or a case the local desks cite: "з
	// посиланням на місцевих жителів", "на очевидців", "на батьків
	// одного з затриманих"
	"жителів": "жителі", "мешканців": "мешканці", "очевидців": "очевидці", "свідків": "свідки",
	"батьків": "батьки", "родичів": "родичі",
}

// unnamedCounts holds the number words that count unnamed sources, in the
// form "з посиланням на" takes, with their nominative.
var unnamedCounts = map[string]string{
	"двох": "два", "трьох": "три", "чотирьох": "чотири", "п'ятьох": "п'ять", "кількох": "кілька", "декількох": "декілька",
}

// pluralGenitive reports an adjective in the genitive plural, as "з
// посиланням на" takes it of people: європейських, колишніх.
func pluralGenitive(w string) bool {
	return (strings.HasSuffix(w, "их") || strings.HasSuffix(w, "іх")) && utf8.RuneCountInString(w) > 4
}

// roleUnnamed reads an official cited by a role alone, with no name,
// after "з посиланням на": "генерального секретаря кабінету міністрів
// Японії" gives "генеральний секретар кабінету міністрів Японії". The
// role and one adjective before it are brought to the nominative, the
// genitive after it, up to the end of the clause, is kept as written.
// A name after the role is rolePerson's.
func (f *finder) roleUnnamed(j int) (phrase, bool) {
	k := j
	var adj string
	if t := f.tok(k); t.kind == word && !t.upper && strings.HasSuffix(t.text, "ого") && f.tok(k+1).kind == word && roleNoun(f.tok(k+1).text) {
		adj = strings.TrimSuffix(t.text, "ого") + "ий" // генерального → генеральний
		k++
	}
	t := f.tok(k)
	if t.kind != word || t.upper || !roleNoun(t.text) {
		return phrase{}, false
	}
	role := ""
	for _, e := range [...][2]string{{"ника", "ник"}, {"ниці", "ниця"}, {"ницю", "ниця"}, {"таря", "тар"}, {"ора", "ор"}, {"іра", "ір"}, {"ра", "р"}} {
		if strings.HasSuffix(t.text, e[0]) {
			role = strings.TrimSuffix(t.text, e[0]) + e[1]
			break
		}
	}
	if role == "" {
		return phrase{}, false
	}
	end := k + 1
	for end < k+7 && f.tok(end).kind == word && f.tok(end).gap == gapSpace && !stopWord(f.tok(end).text) {
		end++
	}
	if end == k+1 || !f.closesAttribution(end) || personWord(f, end-1) && personWord(f, end-2) {
		return phrase{}, false // no body named, or a name rolePerson did not read
	}
	value := role + " " + f.slice(k+1, end)
	if adj != "" {
		value = adj + " " + value
	}
	return phrase{value: value, from: j, to: end, next: end}, true
}

// anonymous reads unnamed sources cited by "з посиланням на" or
// "посилаючись на" at j: a count, adjectives and a noun of people who
// hold office or know ("двох європейських дипломатів", "обізнані
// джерела", "чинних і колишніх посадовців"), with where they are ("в
// уряді", "ЄС"), the count, adjectives and noun brought to the
// nominative: два європейські дипломати, обізнані джерела.
func (f *finder) anonymous(j int) (phrase, bool) {
	var words []string
	k := j
	if n, ok := unnamedCounts[f.word(k)]; ok {
		words = append(words, n)
		k++
	}
	for n := 0; n < 4; n++ {
		w := f.word(k)
		if f.tok(k).upper {
			break
		}
		switch {
		case pluralGenitive(w):
			words = append(words, strings.TrimSuffix(strings.TrimSuffix(w, "х"), "и"))
			if !strings.HasSuffix(words[len(words)-1], "і") {
				words[len(words)-1] += "і" // європейських → європейські
			}
			k++
			continue
		case (w == "власні" || w == "свої") && f.word(k+1) == "джерела":
			// "з посиланням на власні джерела на ринку": the outlet's
			// own, cited as written
			words = append(words, w)
			k++
			continue
		case w == "власні" || w == "власних" || w == "свої" || w == "своїх":
			return phrase{}, false
		case strings.HasSuffix(w, "і") && len([]rune(w)) > 4 && unnamed[f.word(k+1)] == "джерела":
			words = append(words, w) // "обізнані джерела"
			k++
			continue
		case (w == "і" || w == "та") && k > j && pluralGenitive(f.word(k+1)):
			words = append(words, w) // "чинних і колишніх"
			k++
			continue
		}
		break
	}
	nom, ok := unnamed[f.word(k)]
	if !ok || f.tok(k).upper {
		return phrase{}, false
	}
	value := strings.Join(append(words, nom), " ")
	k++
	end := k
	if w := f.word(k); (w == "в" || w == "у") && f.word(k+1) != "" && !stopWord(f.word(k+1)) {
		// "джерела в уряді", "посадовців у Білому домі", "в
		// адміністрації Байдена": capitalised words, or up to a
		// lower-case one and a capitalised one after it
		end = k + 1
		for end < k+4 {
			t := f.tok(end)
			if t.kind != word || t.gap != gapSpace || stopWord(t.text) && !t.upper {
				break
			}
			end++
			if !t.upper {
				if n := f.tok(end); n.kind == word && !n.upper && n.gap == gapSpace && !stopWord(n.text) &&
					(strings.HasSuffix(t.text, "ій") || strings.HasSuffix(t.text, "ому") || strings.HasSuffix(t.text, "ім")) {
					end++ // "у міській раді": an adjective and its noun
				}
				if n := f.tok(end); n.kind == word && n.upper && n.gap == gapSpace {
					end++
				}
				break
			}
		}
		if end == k+1 {
			end = k
		}
	} else if f.acronym(k) && f.tok(k).gap == gapSpace {
		end = k + 1 // "посадовців ЄС"
	} else if t := f.tok(k + 1); w == "на" && t.kind == word && !t.upper && t.gap == gapSpace && !stopWord(t.text) && (f.endsSentence(k+2) || f.isSym(k+2, ",")) {
		end = k + 2 // "джерела на ринку" closing the clause: where they are
	}
	if end > k {
		value += " " + f.slice(k, end)
	}
	if own := f.word(j); (own == "власні" || own == "свої") && !f.endsSentence(end) && !f.isSym(end, ",") {
		return phrase{}, false // "Газета з посиланням на власні джерела … повідомила": the paper's own, the clause goes on
	}
	return phrase{value: value, from: j, to: end, next: end}, true
}

// unnamedAt reports whether unnamed sources open at j (see
// unnamedSubject).
func (f *finder) unnamedAt(j int) bool {
	_, ok := f.unnamedSubject(j)
	return ok
}

// unnamedOnly are the bare verbs of telling that cite only unnamed
// sources after them ("…, розповіли два співрозмовники в уряді", "Про
// це сказало джерело в СБУ"): a named speaker after them is a quote's.
var unnamedOnly = map[string]bool{"розповів": true, "розповіла": true, "розповіло": true, "розповіли": true,
	"сказав": true, "сказала": true, "сказало": true, "сказали": true, "підтвердив": true, "підтвердила": true,
	"підтвердило": true, "підтвердили": true, "заявило": true, "заявили": true}

// unnamedNouns are the nouns of unnamed sources as the subject of a verb
// of telling, in the nominative or, after a count, the genitive plural;
// true for those unnamed by the word itself (джерело, співрозмовник),
// false for the people of an office, who need a count or an adjective to
// be unnamed ones ("два європейські дипломати", not "дипломат", which
// stands for one named before).
var unnamedNouns = map[string]bool{
	"джерело": true, "джерела": true, "джерел": true, "співрозмовник": true, "співрозмовниця": true,
	"співрозмовники": true, "співрозмовників": true,
	"дипломати": false, "дипломатів": false, "посадовці": false, "посадовців": false, "чиновники": false,
	"чиновників": false, "урядовці": false, "урядовців": false, "високопосадовці": false, "високопосадовців": false,
	"жителі": false, "жителів": false, "мешканці": false, "мешканців": false, // "троє жителів Олешок", "місцеві мешканці"
}

// subjectCounts are the number words that count unnamed sources as a
// subject: "два джерела", "троє співрозмовників".
var subjectCounts = map[string]bool{"два": true, "дві": true, "три": true, "чотири": true, "п'ять": true, "кілька": true,
	"декілька": true, "двоє": true, "троє": true, "четверо": true, "обидва": true, "одне": true, "один": true, "одна": true}

// knowingWords are the participles that say how unnamed sources know:
// "джерела, знайомі з ситуацією".
var knowingWords = map[string]bool{"знайомі": true, "обізнані": true, "близькі": true, "поінформовані": true}

// unnamedSubject reads unnamed sources as the subject of a verb of
// telling at j, as written: a count, adjectives and a noun of people who
// know ("два джерела", "поінформовані джерела", "три співрозмовники",
// "два європейські дипломати"), whose they are ("джерело видання",
// "співрозмовник агентства"), where they are ("в уряді Німеччини", "у
// кількох делегаціях") and how they know (", знайомі з ситуацією"). The
// gold guidelines cite such sources as written.
func (f *finder) unnamedSubject(j int) (phrase, bool) {
	k := j
	counted := subjectCounts[f.word(k)]
	if counted {
		k++
	}
	adjectives := 0
	for ; adjectives < 3; adjectives++ {
		t := f.tok(k)
		if t.kind != word || t.upper || t.gap != gapSpace && k > j || !adjective(t.text) || unnamedNouns[t.text] {
			break
		}
		if t.text == "власні" || t.text == "свої" {
			return phrase{}, false // "з посиланням на власні джерела": the outlet's own, no one it names
		}
		k++
	}
	t := f.tok(k)
	anonymous, ok := unnamedNouns[t.text]
	if !ok || t.kind != word || t.upper || k > j && t.gap != gapSpace {
		return phrase{}, false
	}
	if genitive := strings.HasSuffix(t.text, "ів") || t.text == "джерел"; genitive && !counted ||
		!anonymous && !counted && adjectives == 0 {
		return phrase{}, false
	}
	end := k + 1
	if w := f.word(end); f.tok(end).gap == gapSpace && (descriptor(w) && !f.tok(end).upper || f.tok(end).latin || f.acronym(end)) {
		end++ // "джерело видання", "співрозмовники Reuters", "високопосадовці ЄС"
	} else if n := f.tok(end); n.kind == word && n.upper && n.gap == gapSpace && f.closesAttribution(end+1) {
		end++ // "троє жителів Олешок": the place they live in
	}
	if w := f.word(end); (w == "в" || w == "у") && f.tok(end).gap == gapSpace {
		// "в уряді Німеччини", "у кількох делегаціях"
		m := end + 1
		for m < end+5 {
			n := f.tok(m)
			if n.kind != word || n.gap != gapSpace || stopWord(n.text) && !n.upper || !n.upper && (writingVerbs[n.text] || reviewVerbs[n.text]) {
				break // (nor the citing paper's verb: "джерела в уряді зазначає, що")
			}
			m++
		}
		if m > end+1 {
			end = m
		}
	}
	if f.isSym(end, ",") && knowingWords[f.word(end+1)] && (f.word(end+2) == "з" || f.word(end+2) == "із" || f.word(end+2) == "до") {
		if n := f.tok(end + 3); n.kind == word && n.gap == gapSpace && !stopWord(n.text) {
			end += 4 // ", знайомі з ситуацією"
		}
	}
	return phrase{value: f.slice(j, end), from: j, to: end, next: end}, true
}

// media reads the media as a group after plural adjectives at j,
// "російські ЗМІ", "західні медіа", as written: the words do not decline
// in the nominative and the accusative.
func (f *finder) media(j int) (phrase, bool) {
	k := j
	for k < j+2 {
		t := f.tok(k)
		if t.kind != word || t.upper || t.gap == gapNewline || stopWord(t.text) || !strings.HasSuffix(t.text, "і") && !strings.HasSuffix(t.text, "ї") {
			break
		}
		k++
	}
	if t := f.tok(k); k == j || t.kind != word || t.gap == gapNewline || t.text != "змі" && t.text != "медіа" {
		return phrase{}, false
	}
	return phrase{value: f.slice(j, k+1), from: j, to: k + 1, next: k + 1}, true
}

// group reads a group of people named by a plural noun at j, with the
// event they run: "…, повідомили організатори акції", "повідомили
// рятувальники".
func (f *finder) group(j int) (phrase, bool) {
	t := f.tok(j)
	if t.kind != word || t.upper || t.gap == gapNewline || !groupNouns[t.text] {
		return phrase{}, false
	}
	k := j + 1
	if n := f.tok(k); k < len(f.toks) && n.kind == word && n.gap != gapNewline && (n.text == "акції" || n.text == "заходу" || n.text == "протесту") {
		k++
	}
	if m := f.groupWhose(k); m > k {
		k = m
	}
	return phrase{value: f.slice(j, k), from: j, to: k, next: k}, true
}

// groupWhose returns the end of the body a group of people belongs to,
// told in the genitive after them up to the end of the clause: "бійці
// 93-ї окремої механізованої бригади «Холодний Яр»", "волонтери фонду
// «Повернись живим»", "працівники ДСНС". The golds cite such a group as
// written, with whose it is. It returns k when no such body closes the
// clause within a few words (a verb or a conjunction ends the reading).
func (f *finder) groupWhose(k int) int {
	if t := f.tok(k); k >= len(f.toks) || t.gap == gapNewline || t.kind != word || !t.upper && !genitiveHead(t.text) && !isDigit(rune(t.text[0])) {
		return k // (a body's noun, a name or an ordinal opens it)
	}
	named := false
	for m := k; m < len(f.toks) && m < k+10; m++ {
		t := f.tok(m)
		if t.kind == sym && (t.r == '»' || t.r == '”') && named {
			if f.closesAttribution(m + 1) {
				return m + 1 // the body's name in quotation marks closes it
			}
			continue
		}
		if m > k && f.closesAttribution(m) && !(t.kind == sym && isQuote(t.r) && !named) {
			if named {
				return m
			}
			return k
		}
		switch {
		case t.gap == gapNewline:
			return k
		case t.kind == sym:
			if isQuote(t.r) {
				named = true
			} else if t.r != '-' {
				return k
			}
		case t.upper || t.latin:
			named = true
		case stopWord(t.text) && t.text != "з" || saysVerbs[t.text] || leadSays[t.text]:
			return k
		}
	}
	return k
}

// groupTold reports whether the plural verb w at i is told by a group of
// people with the body they belong to after it at j, not after a direct
// quote (where the group is only its speaker): "Про це журналістам
// розповіли бійці бригади «Холодний Яр»."
func (f *finder) groupTold(i int, w string, j int) bool {
	if !strings.HasSuffix(w, "ли") || f.isSym(i-1, "—–-") {
		return false
	}
	p, ok := f.group(j)
	return ok && p.next > j+1
}

// groupAt reports whether a group of people opens at j (see group).
func (f *finder) groupAt(j int) bool {
	_, ok := f.group(j)
	return ok
}

// genitiveHead reports a lower-case noun in the genitive singular that
// heads a body a group belongs to: бригади, фонду, служби, управління.
func genitiveHead(w string) bool {
	return scan.HasAnySuffix(w, "ади", "ужби", "онду", "ентру", "іння", "ління", "ції", "ату", "иту", "ону", "ства", "ганізації", "лікарні", "партії")
}

// groupNouns are the groups of people whose word a text reports as it
// reports a body's.
var groupNouns = map[string]bool{"організатори": true, "рятувальники": true, "волонтери": true, "медики": true,
	"синоптики": true, "енергетики": true, "правозахисники": true,
	// the soldiers of a unit and the staff of a body, cited with it
	// ("бійці бригади «Холодний Яр»", "працівники ДСНС")
	"бійці": true, "прикордонники": true, "працівники": true, "співробітники": true}

// quotedName reads a name in quotation marks opening at k: «Конкурент».
func (f *finder) quotedName(k int) (phrase, bool) {
	t := f.tok(k)
	if t.r == '»' || t.r == '”' {
		return phrase{}, false
	}
	want := closingQuote(t.r)
	for c := k + 1; c < len(f.toks) && c <= k+12; c++ {
		ct := f.tok(c)
		if ct.gap == gapNewline && !f.titleGoesOn(c, want) {
			break
		}
		if ct.kind == sym && (ct.r == want || (want == '"' && ct.r == '”')) {
			// A name starts with a capital or a digit; a quoted
			// phrase in lower case is a quotation, not a source.
			if c == k+1 || c-k > 9 || !(f.tok(k+1).upper || isDigit(rune(f.text[f.tok(k+1).bs]))) {
				break
			}
			p := phrase{value: f.slice(k+1, c), from: k + 1, to: c, next: c + 1}
			if o := f.outletAt(k+1, c); o != nil {
				p.value, p.outlet = o.name, o
			} else if o := f.editionOf(k+1, c); o != nil {
				// "Про це повідомляє «Суспільне Кропивницький»": a
				// regional or topical edition in quotation marks is
				// its outlet's, as it is unquoted (see phrase)
				p.value, p.outlet = o.name+" "+f.slice(c-1, c), o
			}
			return p, true
		}
	}
	return phrase{}, false
}

// titleGoesOn reports whether the line break before toks[c], inside a
// quoted name, only follows a full stop in the title, the text written a
// sentence a line: "«Наші гроші.\nЗапоріжжя» з посиланням на …". The
// name must close with want at most two words on, on that line.
func (f *finder) titleGoesOn(c int, want rune) bool {
	if !f.isSym(c-1, ".") || f.tok(c).kind != word || !f.tok(c).upper {
		return false
	}
	for e := c + 1; e < len(f.toks) && e <= c+2; e++ {
		if t := f.tok(e); t.gap == gapNewline {
			return false
		} else if t.kind == sym && (t.r == want || want == '"' && t.r == '”') {
			return true
		}
	}
	return false
}

// rolePerson reads a person named after a role at j, "начальника Одеської
// обласної військової адміністрації Олега Кіпера": the source is the
// person, the last two capitalised words before the phrase ends, as
// written.
func (f *finder) rolePerson(j int) (phrase, bool) {
	if f.tok(j).gap == gapNewline && j > 0 {
		return phrase{}, false
	}
	return f.roleNamed(j)
}

// roleNamed is rolePerson for a role that may open a line: the person
// who opens a paragraph.
func (f *finder) roleNamed(j int) (phrase, bool) {
	t := f.tok(j)
	if t.kind != word || !roleNoun(t.text) {
		return phrase{}, false
	}
	end := j + 1
	for ; end < len(f.toks) && end-j <= roleSpan; end++ {
		mt := f.tok(end)
		if mt.kind == sym && (mt.r == '«' || mt.r == '»') && mt.gap != gapNewline && f.personPastMarks(end+1, j+roleSpan) {
			continue // "голова правління «Нафтогазу» Олег Бондарчук": a firm named in the role
		}
		if mt.kind != word || mt.gap == gapNewline || mt.latin {
			break
		}
		if !mt.upper && stopWord(mt.text) {
			// "посолка України у США Ольга Стефанішина", "постійний
			// представник України при ООН Олексій Гайдученко": a place
			// or a body within the role
			if nt := f.tok(end + 1); (mt.text == "у" || mt.text == "в" || mt.text == "при") && nt.kind == word && nt.upper && nt.gap != gapNewline && end+2 < len(f.toks) && f.tok(end+2).kind == word {
				continue
			}
			// "єврокомісарка з питань розширення Марта Кос",
			// "Уповноважений Верховної Ради з прав людини Дмитро
			// Лубінець": the role's complement, when no name has
			// closed yet and one follows
			named := personWord(f, end-2) && personWord(f, end-1) && !genitiveAdjective(f.tok(end-2).text) // not "Верховної Ради"
			if roleLinks[mt.text] && !named && f.personAhead(end+1, j+roleSpan) {
				continue
			}
			// "голова профспілки на підприємстві Іван Гуменюк",
			// "керівник виборчого штабу «Батьківщини» в області Роман
			// Климук": where the role is held, a lower-case noun after на,
			// в or у
			if nt := f.tok(end + 1); (mt.text == "на" || mt.text == "в" || mt.text == "у") && !named && nt.kind == word && !nt.upper && !stopWord(nt.text) && f.personAhead(end+2, j+roleSpan) {
				end++
				continue
			}
			break
		}
	}
	k := f.nameStart(j, end)
	if k < 0 {
		return phrase{}, false
	}
	return phrase{value: f.slice(k, end), from: k, to: end, next: end}, true
}

// nameStart returns where the name ending the role at end begins (the
// role's noun at j), or -1 when the role ends in no name of two words or
// more. A name is its last two capitalised words, with the particles of
// a long name and the words they join ("Урсула фон дер Ляєн", "Лула да
// Сілва", "Мухаммед бін Абдель Рахман Аль Тані"); capitalised words
// before a name are taken only past such a particle, for they may be a
// place of the role (прем'єр-міністр Катару Мухаммед Аль Тані).
func (f *finder) nameStart(j, end int) int {
	k := end - 1
	if k <= j || !personWord(f, k) {
		return -1
	}
	words := 1
	for k-1 > j {
		switch {
		case nameParticle(f, k-1):
			k--
			continue
		case personWord(f, k-1) && (words < 2 || nameParticle(f, k)):
			k--
			words++
			continue
		}
		// capitalised words back to a particle: бін | Абдель Рахман
		p := k - 1
		for p > j && p >= k-3 && personWord(f, p) {
			p--
		}
		if p > j+1 && p < k-1 && nameParticle(f, p) && personWord(f, p-1) {
			words += k - p
			k = p - 1
			continue
		}
		break
	}
	if words < 2 {
		return -1
	}
	if k+2 == end && k-1 > j && personWord(f, k-1) && !genitiveNoun(f.tok(k-1)) && f.taggedPerson(k-1, end) {
		// "посол Данії в Україні Уле Егберг Міккельсен": a name of
		// three words, which the entity tagger holds whole, not a place
		// of the role before two (a word that ends as a genitive does,
		// "президентка Єврокомісії Урсула …", stays the role's)
		k--
	}
	return k
}

// taggedPerson reports whether the entity tagger found a person's name
// that spans the tokens from a to b exactly.
func (f *finder) taggedPerson(a, b int) bool {
	from, to := f.tok(a).rs, f.tok(b-1).re
	i := sort.Search(len(f.names), func(i int) bool { return f.names[i].Start >= from })
	return i < len(f.names) && f.names[i].Start == from && f.names[i].End == to && f.names[i].Type == "PERS"
}

// nameParticle reports a particle of a long foreign name: фон, дер, да,
// бін, or Аль opening a surname.
func nameParticle(f *finder, k int) bool {
	t := f.tok(k)
	if t.kind != word || t.latin {
		return false
	}
	switch f.text[t.bs:t.be] {
	case "фон", "дер", "да", "де", "дос", "ду", "ван", "бін", "ібн", "аль", "ель", "Аль", "Ель", "ді", "дель", "ла", "ле":
		return true
	}
	return false
}

// roleAdjective reports a lower-case adjective that may qualify a role,
// in the nominative, genitive or dative: міський голова, верховна
// представниця, міського голови.
func roleAdjective(t *token) bool {
	if t.kind != word || t.upper {
		return false
	}
	for _, s := range [...]string{"ий", "ій", "на", "ка", "ого", "ої", "ому"} {
		if strings.HasSuffix(t.text, s) && len(t.text) > len(s)+4 {
			return true
		}
	}
	return false
}

// complement returns the end of a body's name that goes on with what the
// body deals in, "з" and lower-case words up to the end of the clause:
// "Державному секретаріаті з економічних питань", "Державній службі
// України з надзвичайних ситуацій". Anything else after "з" ("з
// посиланням на", "з партнерами у Польщі") is left: it returns end. An
// abbreviation in brackets may follow: "… з економічних питань (SECO)".
func (f *finder) complement(end int) int {
	if w := f.word(end); w != "з" && w != "із" || f.tok(end).gap == gapNewline {
		return end
	}
	// (a remit may hold a з of its own: "Координаційний штаб з питань
	// поводження з військовополоненими")
	m := end + 1
	for ; m < len(f.toks) && m-end <= 6; m++ {
		t := f.tok(m)
		if t.kind != word {
			break
		}
		if t.upper || t.latin || t.gap == gapNewline || stopWord(t.text) && !(m > end+2 && (t.text == "з" || t.text == "із")) || t.text == "посиланням" {
			return end
		}
	}
	if m == end+1 || m-end > 6 || !f.isSym(m, ".,;(") && m < len(f.toks) && f.tok(m).gap != gapNewline {
		return end
	}
	// The words name a field: "питань", "прав людини", adjectives in the
	// genitive plural before a noun.
	if w := f.word(end + 1); w != "питань" && w != "прав" && !strings.HasSuffix(w, "их") && !strings.HasSuffix(w, "ння") {
		return end
	}
	return m
}

// genitiveAdjective reports an adjective in the genitive: Північно-Східного,
// Київської, Західних.
func genitiveAdjective(w string) bool {
	return strings.HasSuffix(w, "ого") || strings.HasSuffix(w, "ої") || strings.HasSuffix(w, "их")
}

// roleSpan is how many words a role and the person after it may take:
// "верховна представниця ЄС із закордонних справ і безпекової політики
// Кая Каллас".
const roleSpan = 12

// roleLinks are the lower-case words that join a role's complement to
// it: "з питань", "із закордонних справ і безпекової політики".
var roleLinks = map[string]bool{"з": true, "із": true, "зі": true, "і": true, "та": true, "й": true}

// personAhead reports whether a first name and a surname follow from k,
// before limit, with only words on the way.
func (f *finder) personAhead(k, limit int) bool {
	for ; k < limit && k+1 < len(f.toks); k++ {
		t := f.tok(k)
		if t.kind != word || t.gap == gapNewline {
			return false
		}
		if personWord(f, k) && personWord(f, k+1) {
			return true
		}
	}
	return false
}

// personPastMarks is personAhead with the quotation marks of a name on
// the way passed over: "правління «Нафтогазу» Олег Бондарчук".
func (f *finder) personPastMarks(k, limit int) bool {
	for ; k < limit && k+1 < len(f.toks); k++ {
		t := f.tok(k)
		if t.kind == sym && (t.r == '«' || t.r == '»') && t.gap != gapNewline {
			continue
		}
		if t.kind != word || t.gap == gapNewline {
			return false
		}
		if personWord(f, k) && personWord(f, k+1) {
			return true
		}
	}
	return false
}

// personWord reports a capitalised word in lower case after its capital,
// as first names and surnames are written (not ЗСУ, not МЗС).
func personWord(f *finder, k int) bool {
	t := f.tok(k)
	if t.kind != word || !t.upper || t.latin {
		return false
	}
	// the second letter, decoded in place (a byline's test of every
	// word opening a line)
	w := f.text[t.bs:t.be]
	_, n := utf8.DecodeRuneInString(w)
	r, m := utf8.DecodeRuneInString(w[n:])
	if scan.IsApostrophe(r) && n+m < len(w) {
		r, _ = utf8.DecodeRuneInString(w[n+m:]) // В'ячеслав
	}
	if n >= len(w) {
		return false
	}
	return unicode.IsLower(r) || len(f.names) > 0 && unicode.IsUpper(r) && f.capsSurname(k)
}

// capsSurname reports whether the word at k, in capitals, is a surname
// printed so after a first name in title case (Олександр ПОПОВ): the
// word before it is in title case, and a PERS span of the entity tagger
// holds both, ending at k (the tagger tells an abbreviation, Василь
// ЗСУ, from a surname).
func (f *finder) capsSurname(k int) bool {
	if k == 0 {
		return false
	}
	p, t := f.tok(k-1), f.tok(k)
	if p.kind != word || !p.upper || p.latin || t.gap != gapSpace || strings.ToUpper(f.text[p.bs:p.be]) == f.text[p.bs:p.be] {
		return false
	}
	i := sort.Search(len(f.names), func(i int) bool { return f.names[i].Start > p.rs }) - 1
	return i >= 0 && f.names[i].Type == "PERS" && f.names[i].End == t.re
}

// name reads a quoted name, a known outlet or a capitalised run at k.
func (f *finder) name(k int) (phrase, bool) {
	t := f.tok(k)
	if t.gap == gapNewline && k > 0 {
		return phrase{}, false
	}
	if t.kind == sym && isQuote(t.r) {
		return f.quotedName(k)
	}
	if t.kind != word {
		return phrase{}, false
	}
	// A known outlet, longest form first: "Української правди" (whether
	// any opens at k asked once, not for each length).
	opens := !gates || f.opensOutlet(k)
	for n := maxOutletWords; n >= 1 && opens; n-- {
		if o := f.outletAt(k, k+n); o != nil {
			p := phrase{value: o.name, outlet: o, from: k, to: k + n, next: k + n}
			if o.self && f.tok(k).latin {
				// "пише NV", "пише hromadske": a Ukrainian outlet's
				// Latin brand is its own writing, kept as written
				p.shown = f.slice(k, k+n)
			}
			if e := k + n; o.self && f.tok(e).kind == word && f.tok(e).upper && !f.tok(e).latin &&
				f.tok(e).gap != gapNewline && f.tok(e).gap != gapNone && f.closesAttribution(e+1) {
				// A regional or topical edition: "Суспільне Дніпро",
				// "Суспільне Спорт".
				p.value += " " + f.slice(e, e+1)
				p.to, p.next = e+1, e+1
			}
			if e := k + n; !o.self && f.tok(k).latin && f.tok(e).kind == word && f.tok(e).upper && f.tok(e).latin &&
				f.tok(e).gap == gapSpace && f.closesAttribution(e+1) {
				// A foreign outlet's edition in Latin letters: "Politico
				// Europe", "CNN International".
				p.value += " " + f.slice(e, e+1)
				p.to, p.next = e+1, e+1
			}
			return p, true
		}
	}
	if t.upper && legalForm[t.text] && f.tok(k+1).kind == sym && isQuote(f.tok(k+1).r) && f.tok(k+1).gap == gapSpace {
		// "повідомили в АТ «Укрзалізниця»": the company by its name in
		// quotation marks, not by the abbreviation of its legal form
		if p, ok := f.quotedName(k + 1); ok {
			p.from = k
			return p, true
		}
	}
	if !nameWord(t) {
		return phrase{}, false
	}
	if p, ok := f.body(k); ok {
		return p, true
	}
	if _, ok := heads[t.text]; ok {
		return f.headPhrase(k)
	}
	end := k + 1
	cyrillic := !t.latin
	for m := k + 1; m < len(f.toks) && m-k < 6; m++ {
		mt := f.tok(m)
		if mt.gap == gapNewline || mt.kind != word {
			if mt.kind == sym && mt.r == '&' && nameWord(f.tok(m+1)) && f.tok(m+1).gap != gapNewline {
				continue
			}
			break
		}
		if nameWord(mt) {
			end = m + 1
			continue
		}
		if !connector(mt.text) {
			break
		}
	}
	// A Cyrillic name goes on in lower case: Національного олімпійського
	// комітету, Центру журналістських розслідувань.
	if cyrillic {
		lower := false
		for n := 0; n < 5; n++ {
			mt := f.tok(end)
			if mt.kind != word || mt.gap == gapNewline || mt.gap == gapNone || mt.latin || stopWord(mt.text) {
				break
			}
			// After lower-case words a capitalised one may end the name
			// (Генеральний штаб ЗСУ, Служба безпеки України).
			if mt.upper && !lower {
				break
			}
			lower = lower || !mt.upper
			end++
			if mt.upper {
				// "Державній екологічній інспекції Північно-Східного
				// округу": a capitalised adjective and its noun
				if nt := f.tok(end); genitiveAdjective(mt.text) && nt.kind == word && !nt.upper && nt.gap == gapSpace && !stopWord(nt.text) {
					end++
				}
				break
			}
		}
		end = f.complement(f.nameTail(k, end))
	}
	return phrase{value: f.slice(k, end), from: k, to: end, next: end}, true
}

// nameTail returns where a Cyrillic body's name read up to end goes on:
// with the rest of a ministry's remit joined by і, та or й ("Міністерство
// освіти і науки", "Міністерства аграрної політики та продовольства",
// see conjoinedRemit), then with one capitalised word after a lower-case
// one or after an abbreviation that follows one, the country or the
// forces it belongs to ("Генеральний штаб Збройних сил України", "… і
// науки України", "Оперативне командування ЗС Польщі"). end otherwise.
func (f *finder) nameTail(k, end int) int {
	end = f.conjoinedRemit(k, end)
	p := f.tok(end - 1)
	lowered := p.kind == word && !p.upper || f.acronym(end-1) && !f.acronym(end) && f.tok(end-2).kind == word && !f.tok(end-2).upper
	if t := f.tok(end); end > k+1 && t.kind == word && t.upper && !t.latin && t.gap == gapSpace && lowered && !f.outletFrom(end) {
		if n := f.tok(end + 1); n.kind == sym || n.gap == gapNewline || end+1 >= len(f.toks) || n.kind == word && stopWord(n.text) {
			end++
		}
	}
	return end
}

// conjoinedRemit returns the end of the rest of a body's remit joined by
// і, та or й at m, one or two lower-case words closed by a mark, a
// capitalised word or a word that ends a name: "освіти і науки",
// "економіки, довкілля та сільського господарства". Only a body whose
// kind names a remit (міністерство, комітет, департамент, управління)
// has one, from k on, and only after a lower-case word of it; "в Офісі
// генпрокурора та поліції" names two. m otherwise.
func (f *finder) conjoinedRemit(k, m int) int {
	c := f.tok(m)
	if c.kind != word || c.gap != gapSpace || c.text != "і" && c.text != "та" && c.text != "й" {
		return m
	}
	if p := f.tok(m - 1); m <= k || p.kind != word || p.upper || p.latin {
		return m
	}
	remit := false
	for i := k; i < m && !remit; i++ {
		w := f.word(i)
		remit = strings.HasPrefix(w, "міністерств") || strings.HasPrefix(w, "комітет") ||
			strings.HasPrefix(w, "департамент") || strings.HasPrefix(w, "управлінн")
	}
	if !remit {
		return m
	}
	e := m + 1
	for e < m+3 {
		t := f.tok(e)
		if t.kind != word || t.upper || t.latin || t.gap != gapSpace || stopWord(t.text) {
			break
		}
		e++
	}
	if e == m+1 {
		return m
	}
	if t := f.tok(e); e < len(f.toks) && t.gap != gapNewline && t.kind == word && !t.upper && !stopWord(t.text) {
		return m
	}
	return e
}

// body reads a public body whose name declines as an adjective and a
// noun, brought to the nominative, with the capitalised words after it
// as written: "Повітряних силах ЗСУ" → "Повітряні сили ЗСУ".
func (f *finder) body(k int) (phrase, bool) {
	n := f.tok(k + 1)
	if n.kind != word || n.gap == gapNewline || n.gap == gapNone {
		return phrase{}, false
	}
	nom, ok := bodies[f.tok(k).text+" "+n.text]
	if !ok {
		return phrase{}, false
	}
	end := k + 2
	for end < len(f.toks) && end-k < 5 && f.tok(end).kind == word && f.tok(end).upper && f.tok(end).gap != gapNewline && f.tok(end).gap != gapNone {
		end++
	}
	if end > k+2 && genitiveAdjective(f.word(end-1)) {
		// "Генеральному штабі Збройних сил України": a capitalised
		// adjective, its noun and whose forces they are
		if t := f.tok(end); t.kind == word && !t.upper && !t.latin && t.gap == gapSpace && !stopWord(t.text) {
			end = f.nameTail(k, end+1)
		}
	}
	value := nom
	if end > k+2 {
		value += " " + f.slice(k+2, end)
	}
	if c := f.complement(end); c > end {
		// "Координаційного штабу з питань поводження з
		// військовополоненими": its remit, as written
		value += " " + f.slice(end, c)
		end = c
	}
	return phrase{value: value, from: k, to: end, next: end}, true
}

// legalForm holds the abbreviations of the legal forms of companies and
// municipal enterprises, written before a name in quotation marks.
// Tokens are lower case: "ат" is АТ.
var legalForm = map[string]bool{
	"ат": true, "пат": true, "прат": true, "пао": true, "тов": true, "тзов": true, "дп": true, "кп": true,
	"кнп": true, "нак": true, "нек": true, "пп": true, "фоп": true,
	// the non-profit forms: громадська організація, благодійний фонд,
	// громадська спілка, об'єднання співвласників, комунальний заклад
	"го": true, "вго": true, "мго": true, "бф": true, "мбф": true, "гс": true, "осбб": true, "кз": true,
}

// nameWord reports a word that can be part of a name: capitalised, Latin,
// or a domain (akorda.kz).
func nameWord(t *token) bool {
	return t.kind == word && (t.upper || (t.latin && !connector(t.text)) || strings.Contains(t.text, "."))
}

// connector reports the small Latin words inside names: The Wall Street
// Journal, Financial Times of London.
func connector(w string) bool {
	switch w {
	case "of", "the", "and", "de", "der", "die", "la", "le", "du", "for", "on":
		return true
	}
	return false
}

// outletAt returns the outlet named by exactly the words [from, to).
// outletFrom reports whether a known outlet's name starts at i.
func (f *finder) outletFrom(i int) bool {
	for n := maxOutletWords; n >= 1; n-- {
		if f.outletAt(i, i+n) != nil {
			return true
		}
	}
	return false
}

// opensOutlet reports whether toks[i] is a word that opens a form of
// outlets, looked up once a token.
func (f *finder) opensOutlet(i int) bool {
	t := &f.toks[i]
	if t.head == headUnknown {
		t.head = headNo
		if first, _, _ := strings.Cut(t.text, " "); t.kind == word && headSieve.May(first) && outletHeads[first] {
			t.head = headYes
		}
	}
	return t.head == headYes
}

func (f *finder) outletAt(from, to int) *outlet {
	if to > len(f.toks) {
		return nil
	}
	if gates && (to <= from || from < 0 || !f.opensOutlet(from)) {
		// No form is empty, and none opens with a word that is no
		// form's first: most words are none's, and the callers ask
		// for one, two and three words from each.
		return nil
	}
	// The words go into a buffer on the stack, which the lookup reads
	// without a copy: most are no outlet's.
	var buf [64]byte
	b := buf[:0]
	for m := from; m < to; m++ {
		t := f.tok(m)
		if t.kind != word || (m > from && (t.gap == gapNewline || t.gap == gapNone)) {
			return nil
		}
		if m > from {
			b = append(b, ' ')
		}
		b = append(b, t.text...)
	}
	return outlets[string(b)]
}

// editionOf returns the outlet whose regional or topical edition the
// words from..to name, a self outlet and one capitalised Cyrillic word
// after it ("Суспільне Кропивницький", "Суспільне Спорт"), and nil
// otherwise.
func (f *finder) editionOf(from, to int) *outlet {
	if to-from < 2 {
		return nil
	}
	e := f.tok(to - 1)
	if e.kind != word || !e.upper || e.latin || e.gap == gapNewline || e.gap == gapNone {
		return nil
	}
	if o := f.outletAt(from, to-1); o != nil && o.self {
		return o
	}
	return nil
}

// headPhrase reads a phrase headed by a known noun at k: the head in the
// nominative (keeping its capital), then the words after it as written,
// up to a stop word or punctuation. A head that is only a kind of outlet
// (видання, агентство) needs words after it.
func (f *finder) headPhrase(k int) (phrase, bool) {
	t := f.tok(k)
	nom, ok := heads[t.text]
	if !ok || t.kind != word || (t.gap == gapNewline && k > 0) {
		return phrase{}, false
	}
	cited := f.word(k-1) == "на" && f.word(k-2) == "посиланням"
	if t.text == "ухвали" && !(f.word(k-1) == "з" || f.word(k-1) == "із") {
		if !cited {
			return phrase{}, false
		}
		// the genitive where a thing became known from the ruling ("Про
		// це стало відомо з ухвали суду"), the plural where the rulings
		// are cited ("з посиланням на ухвали міського суду")
		nom = "ухвали"
	}
	if t.upper {
		r, size := utf8.DecodeRuneInString(nom)
		nom = string(unicode.ToUpper(r)) + nom[size:]
	}
	// "…, йдеться в постанові Кабміну.": the cue closes a statement
	// after its content, no quotation
	trailing := strings.HasSuffix(f.word(k-2), "деться") && f.isSym(k-3, ",") && !f.closingQuoteAt(k-4)
	if papers[nom] && !(f.tok(k-4).text == "про" && f.word(k-3) == "це" && toldInPaper(f.word(k-2))) &&
		!(f.tok(k-5).text == "про" && f.word(k-4) == "це" && f.word(k-3) == "стало" && f.word(k-2) == "відомо") &&
		!cited && !trailing {
		// "«…», – йдеться в рішенні комітету": a body cite; "Про це
		// йдеться у рішенні суду", "…, йдеться в постанові уряду" and "з
		// посиланням на рішення комітету" are source lines
		return phrase{}, false
	}
	if nom == "декларація" && !f.toldIn(k) {
		// "Про це свідчить електронна декларація судді": the official's
		// own filing, no source line; "йдеться у підсумковій декларації"
		// is one
		return phrase{}, false
	}
	sources := nom == "джерело" || nom == "джерела"
	end := k + 1
	words := 0
	for m := k + 1; m < len(f.toks) && words < 5; {
		mt := f.tok(m)
		if mt.gap == gapNewline {
			break
		}
		if mt.kind == sym {
			if isQuote(mt.r) && mt.r != '»' && mt.r != '”' {
				if q, ok := f.name(m); ok {
					end, m = q.next, q.next
					words++
					continue
				}
			}
			if mt.r == '.' && end == m && end > k+1 && m+1 < len(f.toks) && f.tok(m+1).upper && f.tok(m+1).gap != gapNewline {
				switch f.tok(m - 1).text {
				case "м", "с", "смт":
					// "ухвала Печерського райсуду м. Києва": the town
					// after its abbreviation is part of the court's name
					end, m = m+1, m+1
					continue
				}
			}
			if n := f.remitList(m); n > m && end > k+1 {
				// "департамент сім'ї, молоді та спорту Житомирської
				// ОДА": the fields a body deals in, listed
				end, m = n, n
				continue
			}
			break
		}
		if r, _ := utf8.DecodeRuneInString(mt.text); unicode.IsDigit(r) {
			break // "пресслужба НБУ 14 березня": a date, not the name
		}
		if (mt.text == "з" || mt.text == "із") && f.word(m+1) == "громадськістю" {
			end, m = m+2, m+2 // "сектор зв'язків з громадськістю УМВС": a press office's name
			words += 2
			continue
		}
		if remit := f.word(m + 1); end > k+1 && (mt.text == "з" || mt.text == "із" || mt.text == "у" || mt.text == "в") &&
			(remit == "питань" || remit == "справах" || remit == "координації") {
			// "Управління ООН з координації гуманітарних справ",
			// "Міністерства у справах ветеранів": a body's remit is
			// part of its name
			n := m + 2
			for n < len(f.toks) && n < m+6 && f.tok(n).kind == word && f.tok(n).gap != gapNewline && !stopWord(f.tok(n).text) {
				n++
			}
			end, m = n, n
			continue
		}
		if n := f.conjoinedRemit(k, m); n > m {
			// "пресслужба Міністерства освіти і науки"
			words += n - m
			end, m = n, n
			continue
		}
		if (mt.text == "та" || mt.text == "і" || mt.text == "й") && end > k+1 && genitiveAdjective(f.word(m-1)) && genitiveAdjective(f.word(m+1)) && !f.tok(m+1).upper {
			// "у рішеннях Київського господарського та апеляційного
			// господарського судів": two adjectives of one noun
			end, m = m+1, m+1
			continue
		}
		if stopWord(mt.text) && !mt.upper {
			// "джерела в уряді": a place, not the end.
			if sources && (mt.text == "в" || mt.text == "у") && f.word(m+1) != "" && !stopWord(f.word(m+1)) {
				end, m = m+2, m+2
				words += 2
				continue
			}
			break
		}
		end, m = m+1, m+1
		words++
	}
	if end == k+1 {
		switch nom {
		case "агентство", "агенція", "видання", "газета", "телеканал", "канал", "телеграм-канал", "сайт", "сторінка",
			"повідомлення", "заява", "звернення", "відеозвернення", "допис", "звіт", "доповідь", "пресреліз", "прес-реліз", "текст", "офіс", "служба", "департамент", "управління", "штаб", "рішення", "постанова", "ухвала", "ухвали", "вирок", "огляд", "проєкт", "проект", "документи", "документ", "листування",
			"лист", "дослідження", "висновок",
			"Агентство", "Видання", "Газета", "Телеканал", "Канал", "Сайт", "Офіс", "Служба", "Штаб":
			return phrase{}, false
		}
	}
	value := nom
	if end > k+1 {
		value += " " + f.slice(k+1, end)
	}
	next := end
	if end > k+1 && f.isSym(end, "(") && f.tok(end+1).kind == word && f.tok(end+1).upper && f.isSym(end+2, ")") {
		next = end + 3 // "пресслужба Управління ООН … (OCHA)": the short name in brackets
	}
	return phrase{value: value, from: k, to: end, next: next}, true
}

// papers are the heads of the documents that are a source only where a
// source line tells the lead is in them ("Про це йдеться у рішенні
// суду", "Про це повідомляється в обґрунтуванні закупівлі"), where it
// became known from them, where they are cited or where a cue closes a
// statement with them; after a quote they are a body cite.
var papers = map[string]bool{
	"рішення": true, "постанова": true, "ухвала": true, "вирок": true, "акт": true, "проєкт": true, "проект": true,
	"обґрунтування": true, "обгрунтування": true, "лист": true, "дослідження": true, "висновок": true,
}

// toldInPaper reports the impersonal verbs of "Про це … у X" that say
// the lead is in a paper: йдеться, ідеться, повідомляється.
func toldInPaper(w string) bool {
	return strings.HasSuffix(w, "деться") || w == "повідомляється"
}

// remitList returns where a list of the fields a body deals in ends when
// the comma at m goes on with lower-case words of it closed by та, і or
// й and one more word: ", молоді та спорту" after "департамент сім'ї";
// m otherwise.
func (f *finder) remitList(m int) int {
	if !f.isSym(m, ",") {
		return m
	}
	n := m + 1
	for n+1 < len(f.toks) && n < m+8 {
		t := f.tok(n)
		if t.kind != word || t.upper || t.latin || t.gap == gapNewline || stopWord(t.text) {
			return m
		}
		switch w := f.word(n + 1); {
		case w == "та" || w == "і" || w == "й":
			if l := f.tok(n + 2); n+2 < len(f.toks) && l.kind == word && !l.upper && !l.latin && !stopWord(l.text) {
				return n + 3
			}
			return m
		case f.isSym(n+1, ","):
			n += 2
		default:
			return m
		}
	}
	return m
}

// sameStem reports whether the words a and b differ only in an ending of
// at most two letters, with a stem of four or more: Центрі, Центру.
func sameStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= 4 && len(ra)-n <= 2 && len(rb)-n <= 2
}

// credit reads "Фото: akorda.kz", "Відео — Reuters", "Джерело: УП"
// (and "Колаж: X", "Ілюстрація: X", "Інфографіка: X" as photos). Generic
// credits (Фото ілюстративне, з відкритих джерел) give nothing.
func (f *finder) credit(i int) int {
	role := RolePhoto
	switch f.tok(i).text {
	case "відео", "video":
		role = RoleVideo
	case "джерело", "першоджерело", "оригінал":
		// "Першоджерело: Суспільне Полтава", "Оригінал: Київ Онлайн": a
		// reprint's line, read as "Джерело: X"
		role = RoleVia
	}
	if p := f.tok(i - 1); i > 0 && f.tok(i).gap != gapNewline && p.kind == word && p.text == "на" {
		return 0 // "На фото: Володимир Зеленський": who is in it, not whose it is
	}
	j := i + 1
	if f.isSym(j, "/") && (f.word(j+1) == "відео" || f.word(j+1) == "фото") {
		j += 2 // Фото/відео: read as photo
	}
	if w := f.word(j); (w == "ілюстративне" || w == "ілюстративні") && f.isSym(j+1, ":") {
		j++ // "Фото ілюстративне: Getty Images"
	}
	if t := f.tok(j); role != RoleVia && t.kind == word && !t.upper && t.gap == gapSpace && f.isSym(j+1, ":") && (i == 0 || f.tok(i).gap == gapNewline) {
		j++ // "Фото обкладинки: НВ" opening its line: what the photo is of, then whose
	}
	if n := f.creditGiven(i, j, role); n > 0 {
		return n
	}
	if w := f.word(j); role == RolePhoto && (w == "автора" || w == "авторки") && (i == 0 || f.tok(i).gap == gapNewline) && f.lineEnds(j+1) {
		return f.authorsPhoto(i, j+1)
	}
	sep := f.tok(j)
	if nom, ok := heads[sep.text]; ok && role == RolePhoto && mediumHeads[nom] && sep.kind == word && sep.gap != gapNewline && (i == 0 || f.tok(i).gap == gapNewline) {
		// "Фото прес-служби Івано-Франківської обласної ради" as a line
		// of its own: the press service whose photo it is
		if p, ok := f.headPhrase(j); ok && (p.next >= len(f.toks) || f.tok(p.next).gap == gapNewline || f.isSym(p.next, ".") && (p.next+1 >= len(f.toks) || f.tok(p.next+1).gap == gapNewline)) {
			f.add(role, p.value, p.from, p.to)
			return p.next - i
		}
		return 0
	}
	if role == RolePhoto && personWord(f, j) && personWord(f, j+1) && sep.gap == gapSpace && (i == 0 || f.tok(i).gap == gapNewline) && f.lineEnds(j+2) {
		// "Фото Андрія Коваля" as a line of its own: the photographer,
		// named in the genitive
		if f.add(role, f.slice(j, j+2), j, j+2) {
			return j + 2 - i
		}
		return 0
	}
	if role == RolePhoto && sep.kind == word && sep.latin && sep.upper && sep.gap == gapSpace && (i == 0 || f.tok(i).gap == gapNewline) {
		// "Фото Getty Images" as a line of its own: a Latin name right
		// after the word, to the line's end
		k := j
		for k < len(f.toks) && f.tok(k).gap != gapNewline && k-j < 4 && (f.tok(k).kind == word && f.tok(k).latin && f.tok(k).upper || f.isSym(k, "/")) {
			k++
		}
		if k > j && (k >= len(f.toks) || f.tok(k).gap == gapNewline) && f.add(role, f.slice(j, k), j, k) {
			return k - i
		}
		return 0
	}
	if sep.kind != sym || sep.gap == gapNewline || !(sep.r == ':' || sep.r == '©' || (scan.IsDash(sep.r) && sep.gap > gapNone)) {
		return 0
	}
	j++
	if f.isSym(j, "©") {
		j++ // "Фото: © Reuters"
	}
	// The credits run to the end of the line, a closing bracket or a full
	// stop; commas, slashes and semicolons separate them.
	start := j
	flush := func(a, b int) {
		if a >= b || f.tok(a).gap == gapNewline && a > start {
			return
		}
		for a < b && f.tok(a).kind == sym && isQuote(f.tok(a).r) {
			a++
		}
		for b > a && f.tok(b-1).kind == sym && (isQuote(f.tok(b-1).r) && !f.quoteOpened(a, b-1) || f.tok(b-1).r == '.') {
			b--
		}
		at := f.tok(a)
		if a < b && role != RoleVia && at.kind == word {
			if p, ok := f.stillOf(a); ok && p.to <= b {
				// "Фото: скриншот з відео Генштабу": the still is of
				// the video of the one credited
				f.add(role, p.value, p.from, p.to)
				return
			}
		}
		if a >= b || b-a > 12 || at.kind != word || generic(at.text) {
			return
		}
		// A credit names someone: a capital, a Latin name or a domain,
		// or a lower-case head noun (пресслужба МВС).
		if _, head := heads[at.text]; !nameWord(at) && !head && !f.describedHead(a, b) && !isDigit(rune(f.text[at.bs])) {
			if p, ok := f.rolePerson(a); ok && role == RoleVia && p.to <= b {
				// a person by role and name, as Українська правда
				// credits under its lead: "Джерело: речник Кремля
				// Кирило Абрамов у коментарі російським ЗМІ"
				f.addPhrase(RoleVia, p)
			}
			return
		}
		if b == a+1 && role != RoleVia && platform(at.text) != "" && (f.isSym(a-1, "/") && a-1 > start || f.isSym(b, "/")) {
			// "Фото: Офіс Президента / Facebook": where the photo was
			// posted, not a second credit
			return
		}
		value := f.slice(a, b)
		if scan.RuneCount(value) > 80 {
			return
		}
		credited := false
		if role == RoleVia {
			if o := f.outletAt(a, b); o != nil {
				value = o.name
				credited = o.self
			} else if o := f.outletAt(a, b-1); o != nil && o.self && b-a == 2 && f.tok(b-1).upper && !f.tok(b-1).latin {
				// a regional edition of an outlet that names itself:
				// "Джерело: Суспільне Херсон"
				value = o.name + " " + f.slice(b-1, b)
				credited = true
			} else if o == nil && (i == 0 || f.tok(i).gap == gapNewline) && f.closingLine(f.pastClosingQuote(a, b)) && f.siteLike(a, b) {
				// a regional site we do not know, credited with the
				// whole report on the text's closing line: "Джерело:
				// Чернігівщина.info", "Джерело: Кременчуцький ТелеграфЪ"
				credited = true
			}
		}
		if f.add(role, value, a, b) {
			f.cands[len(f.cands)-1].credited = credited
			if role == RolePhoto && (i == 0 || f.tok(i).gap == gapNewline) && f.closingLine(b) {
				if pub := f.photoOutlet(a, b); pub != "" {
					f.cands[len(f.cands)-1].credited = true
					f.cands[len(f.cands)-1].pub = pub
				}
			}
		}
	}
	a := j
	for ; j < len(f.toks); j++ {
		t := f.tok(j)
		if t.gap == gapNewline && j > start {
			break
		}
		if t.kind == sym {
			if t.r == '/' && (f.photographer(a, j) || f.urlPath(j) || role != RoleVia && f.slashJoins(a, j)) {
				continue
			}
			if t.r == ',' && role != RoleVia && f.photographerOf(a, j) {
				continue // "Фото: Даніїл Шамкін, Укрінформ": the photographer and the agency, one credit
			}
			if t.r == '(' && j > a {
				// "Фото: Міноборони (архів)": a remark on the photo,
				// not part of the name
				flush(a, j)
				for j < len(f.toks) && !f.isSym(j, ")") && f.tok(j).gap != gapNewline {
					j++
				}
				a = j + 1
				if j < len(f.toks) && f.tok(j).gap != gapNewline {
					continue
				}
				break
			}
			if strings.ContainsRune(",/;|", t.r) {
				flush(a, j)
				a = j + 1
				continue
			}
			if strings.ContainsRune(")]!?…", t.r) || (t.r == '.' && (f.tok(j+1).gap > gapNone || j+1 >= len(f.toks))) {
				break
			}
		}
		if t.kind == word && (t.text == "та" || t.text == "і") && f.tok(j+1).upper {
			flush(a, j)
			a = j + 1
		}
		if j == a && j > start && t.kind == word && (t.text == "відео" || t.text == "фото") && f.isSym(j+1, ":") {
			// "Фото: Reuters; відео: CNN": a credit of its own, read
			// from here
			return j - i
		}
	}
	flush(a, j)
	return j - i
}

// slashJoins reports whether the slash at j, set off by spaces in a
// photo's credit, joins the body named from a to its project after it,
// one credit: "УІНП / Голоси війни". A project is titled as a phrase, a
// capitalised word and a lower-case one to the line's end; a body, an
// outlet or a network after the slash ("НАТО / Міноборони", "Укрінформ
// / Reuters", "Офіс Президента / Facebook") is a credit of its own or
// where the photo was posted.
func (f *finder) slashJoins(a, j int) bool {
	at, nt, lt := f.tok(a), f.tok(j+1), f.tok(j+2)
	if j <= a || at.kind != word || generic(at.text) || platform(at.text) != "" || f.tok(j).gap != gapSpace || nt.gap != gapSpace {
		return false
	}
	if nt.kind != word || !nt.upper || f.acronym(j+1) || platform(nt.text) != "" || f.outletFrom(j+1) {
		return false
	}
	return lt.kind == word && !lt.upper && lt.gap == gapSpace && (j+3 >= len(f.toks) || f.tok(j+3).gap == gapNewline)
}

// describedHead reports whether the words from a to b open with one or
// two lower-case adjectives before a head noun: "патрульна поліція
// Одеської області", "обласна прокуратура" in a credit.
func (f *finder) describedHead(a, b int) bool {
	for k := a; k < b && k < a+3; k++ {
		t := f.tok(k)
		if _, head := heads[t.text]; head && k > a {
			return true
		}
		if t.kind != word || t.upper || !adjective(t.text) {
			return false
		}
	}
	return false
}

// givenVerbs are the forms of надати that say who gave a photo: "Фото
// надане пресслужбою …".
var givenVerbs = map[string]bool{"надане": true, "надано": true, "надала": true, "надав": true, "надало": true,
	"надали": true, "надані": true}

// takenFrom are the heads of where a photo was taken from: "Фото з
// сайту міськради", "Фото зі сторінки ОВА у Facebook".
var takenFrom = map[string]bool{"сайт": true, "сторінка": true, "канал": true, "телеграм-канал": true, "telegram-канал": true}

// creditGiven reads a credit line of its own that says in words who gave
// the photo or where it was taken from, from the word фото or відео at
// i, j after it: "Фото надане пресслужбою Мінрозвитку", "Фото надали в
// Укравтодорі", "Фото з Telegram-каналу Київської ОВА". The name must
// close the line. It returns the tokens read, or 0.
func (f *finder) creditGiven(i, j int, role string) int {
	if role == RoleVia || i > 0 && f.tok(i).gap != gapNewline {
		return 0
	}
	var p phrase
	ok := false
	switch w := f.word(j); {
	case givenVerbs[w]:
		k := j + 1
		if v := f.word(k); v == "в" || v == "у" {
			k++
		}
		p, ok = f.phrase(k)
	case w == "з" || w == "зі" || w == "із":
		if p, ok = f.headPhrase(j + 1); ok && !takenFrom[strings.ToLower(heads[f.word(j+1)])] {
			ok = false
		}
		if ok && f.word(j+1) == "сайту" && f.tok(j+2).upper {
			// "Фото з сайту Львівської міської ради" credits the
			// council, whose site it is (sources2's convention)
			if q, named := f.phrase(j + 2); named && q.next == p.next {
				p = q
			}
		}
	}
	if !ok || p.outlet == nil && generic(f.word(p.from)) {
		return 0
	}
	end := p.next
	if w := f.word(end); (w == "у" || w == "в") && platform(f.word(end+1)) != "" {
		p.value += " " + f.slice(end, end+2) // "зі сторінки ОВА у Facebook", as "Фото: сторінка ОВА у Facebook" gives
		p.to, end = end+2, end+2
	}
	if f.isSym(end, ".") {
		end++
	}
	if end < len(f.toks) && f.tok(end).gap != gapNewline || !f.addPhrase(role, p) {
		return 0
	}
	return end - i
}

// photoOutlet returns the Ukrainian outlet that names itself a photo
// credit from a to b gives, alone, with its regional edition or with its
// photographer after a slash ("Суспільне Рівне", "Громадське / Ярослав
// Мельник"): the outlet's own photo, on the closing line of its text. A
// wire agency, which sells its photos to others (Укрінформ, УНІАН),
// gives "".
func (f *finder) photoOutlet(a, b int) string {
	if f.isSym(a+2, "/") && f.photographerOf(a, a+2) {
		return f.photoOutlet(a+3, b) // "Ярослав Мельник / Громадське"
	}
	for n := maxOutletWords; n >= 1; n-- {
		o := f.outletAt(a, a+n)
		if o == nil {
			continue
		}
		if !o.self || wireAgencies[o.name] {
			return ""
		}
		e, name := a+n, o.name
		if t := f.tok(e); e < b && t.kind == word && t.upper && !t.latin {
			name += " " + f.slice(e, e+1) // "Суспільне Рівне"
			e++
		}
		if e == b || f.isSym(e, "/") {
			return name
		}
		return ""
	}
	return ""
}

// wireAgencies are the Ukrainian news agencies whose photos other
// outlets buy and credit.
var wireAgencies = map[string]bool{"Укрінформ": true, "УНІАН": true, "УНН": true, "Інтерфакс-Україна": true}

// photographer reports whether the slash at j joins an agency and its
// photographer into one credit, "REUTERS/Yuri Gripas": no space around
// the slash, a one-word Latin agency before it (from a) and a Latin name
// after it that is no outlet ("AP/Reuters" are two credits).
func (f *finder) photographer(a, j int) bool {
	if f.outletPhotographer(a, j) {
		return true
	}
	if f.photographerOf(a, j) {
		return true
	}
	if j > a+2 && f.tok(j).gap == gapNone && f.photographerOf(a, a+2) && f.latinToEnd(j+1) {
		// "Kay Nietfeld/dpa/picture alliance": the agencies that hand
		// the photographer's photo on, one credit with it
		return true
	}
	ag, nm := f.tok(a), f.tok(j+1)
	e := j // where the agency's name ends
	if j == a+2 && f.tok(j-1).latin && f.word(j-1) == "photo" {
		e-- // "AP Photo/Efrem Lukatsky": the agency's photo service
	}
	if e != a+1 || !ag.latin || !ag.upper || f.tok(j).gap != gapNone || nm.gap != gapNone || !nm.latin || !nm.upper {
		return false
	}
	for n := maxOutletWords; n >= 1; n-- {
		if f.outletAt(j+1, j+1+n) != nil {
			return false
		}
	}
	return f.outletAt(a, e) != nil || strings.ToUpper(f.text[ag.bs:ag.be]) == f.text[ag.bs:ag.be]
}

// photographerOf reports whether the slash (or comma) at j joins a photographer
// and the agency or outlet the photo is of, written in that order: "Yuri
// Gripas/REUTERS", "Олена Худякова / Суспільне". A first name and a
// surname stand from a to the slash, and a known outlet or a Latin
// agency in capitals after it closes the credit.
func (f *finder) photographerOf(a, j int) bool {
	if j != a+2 || !f.photoPerson(a) || !f.photoPerson(a+1) || f.tok(a).latin != f.tok(a+1).latin {
		return false
	}
	end := j + 1
	if p, ok := f.outletOpening(j + 1); ok {
		end = p.next
	} else if f.tok(j+1).latin && f.acronym(j+1) {
		end = j + 2
	} else if t := f.tok(j + 1); t.kind == sym && isQuote(t.r) {
		// "Олексій Кравцов / «Коммерсант»": an outlet in quotation marks
		if p, ok := f.quotedName(j + 1); ok {
			end = p.next
		}
	}
	t := f.tok(end)
	return end > j+1 && (end >= len(f.toks) || t.gap == gapNewline || t.kind == sym && strings.ContainsRune(".,;)", t.r) ||
		f.isSym(end, "/") && t.gap == gapNone && f.latinToEnd(end+1))
}

// latinToEnd reports whether the words from k to the end of the line
// are one to three Latin words with no space before the first: the
// agencies after a photographer's slash, "picture alliance".
func (f *finder) latinToEnd(k int) bool {
	n := 0
	for ; k+n < len(f.toks) && f.tok(k+n).gap != gapNewline; n++ {
		if t := f.tok(k + n); t.kind != word || !t.latin || n == 0 && t.gap != gapNone || n >= 3 {
			return false
		}
	}
	return n > 0
}

// photoPerson reports whether the word at k may be a photographer's
// first name or surname: a Cyrillic one as personWord has it, or a
// capitalised Latin one not in capitals (Efrem, Lukatsky; not REUTERS).
func (f *finder) photoPerson(k int) bool {
	t := f.tok(k)
	if t.latin {
		w := f.text[t.bs:t.be]
		return t.kind == word && t.upper && len(w) > 1 && strings.ToUpper(w) != w
	}
	return personWord(f, k)
}

// quoteOpened reports whether a quotation mark between a and the
// closing one at b opens what it closes: "ФК «Шахтар»", "47 ОМБр
// «Магура»" keep their closing mark.
func (f *finder) quoteOpened(a, b int) bool {
	c := f.tok(b).r
	for k := a; k < b; k++ {
		if t := f.tok(k); t.kind == sym && isQuote(t.r) && t.r != c && closingQuote(t.r) == c {
			return true
		}
	}
	return false
}

// urlPath reports whether the slash at j is part of a web address, with
// no space on either side and a domain before it: "facebook.com/mon.gov.ua",
// "t.me/kyivoda" are one credit.
func (f *finder) urlPath(j int) bool {
	p, n := f.tok(j-1), f.tok(j+1)
	return f.tok(j).gap == gapNone && n.gap == gapNone && n.kind == word && p.kind == word && strings.Contains(p.text, ".") && n.latin
}

// outletPhotographer reports whether the slash at j joins an outlet, or
// its edition, and the person who took the photo, "Суспільне Полтава /
// Ігор Заїка": a known outlet (or a site we do not know, see siteLike)
// before the slash (from a) and a first name and a surname after it that
// close the credit.
func (f *finder) outletPhotographer(a, j int) bool {
	if j-a < 1 || j-a > maxOutletWords+1 {
		return false
	}
	latin := j-a <= 3 // "Getty Images / Alexey Furman", "The Kyiv Independent / Oleg Petrasiuk": an outlet we do not know, in Latin
	for k := a; k < j && latin; k++ {
		latin = f.tok(k).latin && f.tok(k).upper
	}
	// "Дзеркало Житомира / Ігор Сидорчук": a site we do not know, by
	// words no body's nor a person's
	site := f.siteLike(a, j) && !(f.photoPerson(a) && f.photoPerson(a+1) && j == a+2 && f.spanType(a) == "PERS")
	if !latin && !site && f.outletAt(a, j) == nil && (j-a < 2 || f.outletAt(a, j-1) == nil || !f.tok(j-1).upper) {
		return false
	}
	if !f.photoPerson(j+1) || !f.photoPerson(j+2) || f.tok(j+1).latin != f.tok(j+2).latin || f.tok(j+2).gap == gapNewline {
		return false
	}
	end := f.tok(j + 3)
	return j+3 >= len(f.toks) || end.gap == gapNewline || end.kind == sym && strings.ContainsRune(".,;)", end.r)
}

// correspondent reads "кореспондент Укрінформу": the outlet of a
// correspondent is the publisher when it names itself so.
func (f *finder) correspondent(i int) int {
	for n := maxOutletWords; n >= 1; n-- {
		if o := f.outletAt(i+1, i+1+n); o != nil && f.tok(i+1).gap != gapNewline {
			f.add(o.role(), o.name, i+1, i+1+n)
			if m := f.toldCorrespondent(i, i+1+n); m > 0 {
				return m - i
			}
			return n + 1
		}
	}
	if t := f.tok(i + 1); t.gap != gapNewline && t.kind == sym && isQuote(t.r) {
		// "…, повідомляє кореспондентка «Судового репортера»": an
		// outlet we do not know, in quotation marks, whose correspondent
		// reports; a known one in them, "кореспондент «Новинарні»", as
		// without them
		if p, ok := f.name(i + 1); ok && p.outlet != nil {
			f.add(p.outlet.role(), p.value, p.from, p.to)
			return p.next - i
		} else if ok && reporting(f.word(i-1)) {
			f.add(RolePublisher, p.value, p.from, p.to)
			return p.next - i
		}
	}
	return f.staffOf(i)
}

// toldCorrespondent reads who told the lead to the correspondent at i,
// whose outlet's name ends before e: "Про це кореспондентці Суспільне
// Херсон розповіли троє жителів Олешок". A person by role and name or
// unnamed sources after the verb are cited. It returns the token after
// them, or 0.
func (f *finder) toldCorrespondent(i, e int) int {
	if f.word(i-1) != "це" || f.tok(i-2).text != "про" {
		return 0
	}
	if t := f.tok(e); t.kind == word && t.upper && !t.latin && t.gap == gapSpace && isTold(f.word(e+1)) {
		e++ // the outlet's regional edition: "Суспільне Херсон"
	}
	if !isTold(f.word(e)) {
		return 0
	}
	q, ok := f.rolePerson(e + 1)
	if !ok {
		q, ok = f.unnamedSubject(e + 1)
	}
	if !ok {
		q, ok = f.group(e + 1) // "розповіли бійці бригади «Холодний Яр»"
	}
	if !ok || !f.closesAttribution(q.next) || !f.addPhrase(RoleVia, q) {
		return 0
	}
	return q.next
}

// reporting reports whether w is a verb of reporting in the present:
// повідомляє, передає, пише, інформує.
func reporting(w string) bool {
	switch w {
	case "повідомляє", "передає", "пише", "інформує":
		return true
	}
	return false
}

// staffOf reads an outlet the package does not know, in quotation marks,
// after a word for its staff (кореспондент, журналіст, редакція) who was
// told something, the verb of saying right before or right after
// ("запевнив кореспондента «ВЗ», що …", "журналістам «Вістей»
// розповіли"), or after an editorial office written to (see wroteTo).
// A paper tells so what its own people were told, as "Про це «Волинським
// новинам» повідомили" does (see toldTo); it is the publisher, named as
// written (the pipeline gives its base form). Staff named as the ones
// who act ("журналісти «Прапора» стали готувати", "кореспондент
// «Ровесника»") may be another paper's. It returns the tokens read.
func (f *finder) staffOf(i int) int {
	switch f.word(i) {
	case "кореспондент", "кореспонденти", "журналіст", "журналісти", "редакція":
		return 0
	}
	if t := f.tok(i + 1); t.gap == gapNewline || t.kind != sym || !isQuote(t.r) {
		return 0
	}
	p, ok := f.name(i + 1)
	if !ok || p.outlet != nil || !saying(f.word(i-1)) && !saying(f.word(p.next)) && !f.wroteTo(i) {
		return 0
	}
	f.add(RolePublisher, p.value, p.from, p.to)
	return p.next - i
}

// wroteTo reports whether the word for an editorial office at i is where
// someone wrote or turned: "написав листа в редакцію «Експресу»",
// "звернулися до редакції «Вістей»". Readers write to the paper that
// prints their letter.
func (f *finder) wroteTo(i int) bool {
	if !strings.HasPrefix(f.word(i), "редакці") {
		return false
	}
	if w := f.word(i - 1); w != "в" && w != "у" && w != "до" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		for _, p := range []string{"написа", "надісла", "зверну", "звертає", "звертаю", "зателефону", "прийш", "приніс", "принес"} {
			if strings.HasPrefix(f.word(j), p) {
				return true
			}
		}
	}
	return false
}

// saying reports whether the word w is a verb of saying or assuring in
// the past: повідомив, розповіли, запевнила, пояснив.
func saying(w string) bool {
	for _, p := range []string{"повідоми", "розпові", "сказа", "заяви", "підтверди", "поясни", "запевни", "зізна"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// heldBy reads an outlet the package does not know, in quotation marks,
// after "в розпорядження" or "в розпорядженні" at i: what was handed to
// the paper or is in its hands ("Список в розпорядження «Маєш право
// знати» надав штаб партії", "в розпорядженні «Вістей» є документ"). A
// paper tells so of papers it was given; it is the publisher. It returns
// the tokens read.
func (f *finder) heldBy(i int) int {
	p, ok := f.askingOutlet(i + 1)
	if !ok {
		return 0
	}
	f.add(RolePublisher, p.value, p.from, p.to)
	f.cands[len(f.cands)-1].shown = p.shown
	return p.next - i
}

// askingOutlet reads at k an outlet the package does not know that a
// newsroom's own act names: in quotation marks, or a web address after
// "редакції" ("в розпорядженні редакції ZAXID.NET").
func (f *finder) askingOutlet(k int) (phrase, bool) {
	if w := f.word(k); w == "редакції" || w == "редакція" {
		k++
		if p, ok := f.siteAt(k); ok {
			return p, true
		}
	}
	if t := f.tok(k); t.gap == gapNewline || t.kind != sym || !isQuote(t.r) {
		return phrase{}, false
	}
	p, ok := f.name(k)
	if !ok || p.outlet != nil {
		return phrase{}, false
	}
	return p, true
}

// answeredRequest reads the outlet whose request a body answered, "на
// запит «X»" at i with a reply told by the same clause ("У міськраді на
// запит «X» відповіли", "йдеться у відповіді департаменту на запит
// «X»"): the outlet asked and is the publisher. It returns the tokens
// read.
func (f *finder) answeredRequest(i int) int {
	if f.word(i-1) != "на" {
		return 0
	}
	p, ok := f.askingOutlet(i + 1)
	if !ok {
		return 0
	}
	replied := false
	for k := i - 2; k >= max(0, i-8) && !replied && !f.isSym(k, "."); k-- {
		replied = strings.HasPrefix(f.word(k), "відпові")
	}
	for k := p.next; k < min(len(f.toks), p.next+3) && !replied && !f.isSym(k, "."); k++ {
		replied = strings.HasPrefix(f.word(k), "відпові")
	}
	if !replied {
		return 0
	}
	f.add(RolePublisher, p.value, p.from, p.to)
	f.cands[len(f.cands)-1].shown = p.shown
	return p.next - i
}

// wroteBefore reads an outlet the package does not know, in quotation
// marks, that has already written of the matter: "«Подолянин» уже
// писав про ідею". A paper recalls its own earlier reports so; it is the
// publisher. So is one, known or not, that says it cannot check what it
// reports: "«Українська правда» не може незалежно перевірити ці дані"
// (see cannotCheck). It returns the tokens read.
func (f *finder) wroteBefore(i int) int {
	p, ok := f.name(i)
	if !ok {
		p, ok = f.quotedName(i) // (opening a line, where name reads none)
	}
	if !ok || p.outlet != nil && !p.outlet.self {
		return 0
	}
	if n := f.cannotCheck(p.next); n > 0 {
		f.addPhrase(RolePublisher, p) // "«Українська правда» не може незалежно перевірити …"
		return n - i
	}
	if p.outlet != nil {
		return 0
	}
	if !recallAdverbs[f.word(p.next)] {
		return 0
	}
	switch f.word(p.next + 1) {
	case "писав", "писала", "писало", "писали", "повідомляв", "повідомляла", "повідомляло", "повідомляли", "розповідав", "розповідала", "розповідало", "розповідали":
		f.add(RolePublisher, p.value, p.from, p.to)
		return p.next + 2 - i
	}
	return 0
}

// cannotCheck returns the token after "не може незалежно перевірити"
// (не змогло підтвердити, не має змоги перевірити) at j, what an outlet
// says of its own method, or 0.
func (f *finder) cannotCheck(j int) int {
	if f.word(j) != "не" {
		return 0
	}
	j++
	switch w := f.word(j); {
	case w == "має" && f.word(j+1) == "змоги" || w == "мало" && f.word(j+1) == "змоги":
		j += 2
	case strings.HasPrefix(w, "мо") || strings.HasPrefix(w, "змо"): // може, можемо, змогло, змогла
		j++
	default:
		return 0
	}
	if f.word(j) == "незалежно" || f.word(j) == "самостійно" {
		j++
	}
	if w := f.word(j); w != "перевірити" && w != "підтвердити" && w != "верифікувати" {
		return 0
	}
	return j + 1
}

// ownReport reads an outlet that names itself at i, opening a sentence
// unquoted, in a sentence of its own method or of its earlier report:
// "LIGA.net не може незалежно перевірити ці дані", "Фокус раніше писав,
// що …". A known outlet that names itself, a web address or a Latin
// title, or a capitalised word no person's that has written before,
// is the publisher: at once for its method, when no other is named
// for its earlier report (see candidate.recalled). It returns the
// tokens read.
func (f *finder) ownReport(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline && !f.isSym(i-1, ".!?…") {
		return 0
	}
	// (most sentences have neither "не може" nor "раніше писав" in
	// their first words: no name is read for them)
	k := i + 1
	for ; k < i+5; k++ {
		w, v := f.word(k), f.word(k+1)
		if w == "не" && (strings.HasPrefix(v, "мо") || strings.HasPrefix(v, "змо") || strings.HasPrefix(v, "ма")) ||
			recallAdverbs[w] && strings.HasPrefix(v, "писа") {
			break
		}
	}
	if k == i+5 {
		return 0
	}
	p, ok := f.name(i)
	if !ok {
		p, ok = f.outletOpening(i) // (opening a line, where name reads none)
	}
	if !ok {
		n := 0
		for n < 3 && f.tok(i+n).kind == word && f.tok(i+n).upper && !stopWord(f.tok(i+n).text) && (n == 0 || f.tok(i+n).gap == gapSpace) {
			n++
		}
		if n == 0 {
			return 0
		}
		p, ok = phrase{value: f.slice(i, i+n), from: i, to: i + n, next: i + n}, true
	}
	if !ok || p.outlet != nil && !p.outlet.self {
		return 0
	}
	known := p.outlet != nil || siteName(p.value) || latinTitle(p.value)
	if n := f.cannotCheck(p.next); n > 0 && known {
		f.addPhrase(RolePublisher, p)
		return n - i
	}
	if !recallAdverbs[f.word(p.next)] {
		return 0
	}
	switch f.word(p.next + 1) {
	case "писав", "писала", "писало", "писали":
	default:
		return 0
	}
	// "Зеленський раніше писав": a person's posts, not a paper's reports
	if !known && (p.to != p.from+1 || f.spanType(p.from) == "PERS" || f.surnameNamed(p.from) || f.tok(p.from).latin) {
		return 0
	}
	if !f.addPhrase(RoleVia, p) {
		return 0
	}
	f.cands[len(f.cands)-1].recalled = true
	return p.next + 2 - i
}

// recallVerbs are the past verbs by which a text recalls an outlet's
// earlier report: "Як повідомляв Укрінформ, …", "Як писала DW, …".
var recallVerbs = map[string]bool{"повідомляв": true, "повідомляла": true, "повідомляло": true, "повідомляли": true,
	"писав": true, "писала": true, "писало": true, "писали": true}

// recallAdverbs are the words of "before" that may stand between "як"
// and the verb that recalls an earlier report: "Як раніше повідомляло
// Суспільне", "Як уже писав Укрінформ".
var recallAdverbs = map[string]bool{"раніше": true, "вже": true, "уже": true}

// outletNamed reports whether p names an outlet that may have published
// the text: a Ukrainian one the package knows, or one it does not know
// written as a web address or in quotation marks, or a foreign one with
// a Ukrainian service ("Як писала DW", see outlet.service). Another
// foreign outlet ("Як повідомляла Financial Times") is cited.
func (f *finder) outletNamed(p phrase) bool {
	if p.outlet != nil {
		return p.outlet.self || p.outlet.service
	}
	return siteName(p.value) || f.quotedAt(p.from)
}

// wroteEarlier reads an outlet whose earlier report the text recalls by
// a verb that is no cue of a source line, "Як писав LB.ua, …", "Як
// повідомляли «Волинські новини», …": the publisher when no other is
// named (a paper recalls its own reports so), and nothing otherwise; a
// foreign outlet ("Як писала Politico, …") is cited. It returns the
// tokens read.
func (f *finder) wroteEarlier(i int) int {
	if recallAdverbs[f.word(i+1)] {
		// "Як уже писав Укрінформ, …"
		if n := f.wroteEarlier(i + 1); n > 0 {
			return n + 1
		}
		return 0
	}
	v := f.word(i + 1)
	if !recallVerbs[v] || v == "повідомляв" || v == "повідомляла" || v == "повідомляло" {
		return 0 // the singular "повідомляв" is a cue of its own (see at)
	}
	p, ok := f.phrase(i + 2)
	if !ok || p.from != i+2 && !(p.from == i+3 && f.quotedAt(p.from)) || !f.isSym(p.next, ",") {
		return 0
	}
	// "Як писала Politico, …": a foreign outlet, never the text's own,
	// is cited as with "Як пише X"; not one with a Ukrainian service,
	// which recalls its own reports so (see outletNamed), nor "ЗМІ", the
	// media at large
	foreign := foreignOutlet(p) && (p.outlet == nil || !p.outlet.service && p.outlet.name != "ЗМІ")
	if !foreign && !f.outletNamed(p) || !f.add(RoleVia, p.value, p.from, p.to) {
		return 0
	}
	c := &f.cands[len(f.cands)-1]
	c.shown, c.told = p.shown, !foreign
	return p.next - i
}

// toldBody reads an outlet the package knows, in the dative and told
// something by a plural with no subject anywhere in the text: "У
// Міністерстві економіки Громадському пояснили, що …" — the outlet asked
// and reports the answer itself; it is the publisher. It returns the
// tokens read.
func (f *finder) toldBody(i int) int {
	o, n, nominative := f.selfOutletAt(i)
	if o == nil {
		return 0
	}
	v := f.word(i + n)
	if nominative || !strings.HasSuffix(v, "ли") || !isTold(v) {
		return 0 // the outlet as the subject, or not told by a plural
	}
	f.add(RolePublisher, o.name, i, i+n)
	return n
}

// toldOutlet reads an outlet the package knows that reports of itself,
// named right after the verb at i as the one told something: "сказав
// Економічній правді", "Як пояснив ZN.UA заступник міністра",
// "повідомили LIGA.net у пресслужбі", "повідомили агентству
// «Інтерфакс-Україна» в пресслужбі суду", "пояснив він журналістам
// Суспільного"; or as the one that found something out: "з'ясувало
// ZN.UA". The outlet that got the words publishes them: it is the
// publisher when no other is named (see candidate.told); in another
// outlet's text it is the body of the report, no source. It returns the
// tokens read.
func (f *finder) toldOutlet(i int) int {
	v := f.word(i)
	// Every verb below opens with з, д, о, п, р, с or у (see isTold): a
	// word that does not, as most words do not, tells nothing here.
	if len(v) < 2 || v[:2] != "з" && v[:2] != "д" && v[:2] != "о" && v[:2] != "п" && v[:2] != "р" && v[:2] != "с" && v[:2] != "у" {
		return 0
	}
	found := strings.HasPrefix(v, "з'ясува") || strings.HasPrefix(v, "з’ясува") || strings.HasPrefix(v, "дізна")
	k := i + 1
	if v == "стало" && f.word(k) == "відомо" {
		// "Як стало відомо ZN.UA, …": what the outlet learnt, as what it
		// found out
		found, k = true, k+1
	}
	// "Про це йдеться в рішенні Нацради, з яким ознайомився «Детектор
	// медіа»": the outlet that read the paper found it out
	read := strings.HasPrefix(v, "ознайоми") && isRelative(f.word(i-1)) && (f.word(i-2) == "з" || f.word(i-2) == "із")
	// "у дописі депутата, на який звернула увагу редакція «Вголосу»":
	// the outlet that noticed the post found it, as one that read it
	if r := f.word(i - 1); strings.HasPrefix(v, "зверну") && f.word(k) == "увагу" && relativeObject(r) && f.word(i-2) == "на" {
		read, k = true, k+1
		if w := f.word(k); w == "редакція" || w == "видання" || w == "журналісти" {
			k++
		}
	}
	found = found || read
	if found && !read && !f.isSym(i-1, ",") && !f.asFound(i) {
		return 0 // "Як раніше з'ясували «Наші гроші»": the outlet's own earlier finding, a quote
	}
	// "дані порталу «Є-Дата», проаналізовані «Нашими грошима. Дніпро»":
	// the outlet that analysed the data, in the instrumental after a
	// participle set off by a comma, found it out too.
	analysed := strings.HasPrefix(v, "проаналізован") && f.isSym(i-1, ",")
	found = found || analysed
	// ("Як уточнили Суспільному Донбас в ОВА, …": clarified to it)
	if !found && !isTold(v) && !strings.HasPrefix(v, "заяви") && !strings.HasPrefix(v, "уточни") {
		return 0
	}
	if scan.HasAnyPrefix(v, "повідомля", "розповіда", "пояснюва", "підтверджува", "заявля") {
		return 0 // "Як повідомляли «Наші гроші»": an outlet's earlier reports
	}
	pronoun := false // the verb's subject told before the outlet
	if w := f.word(k); !found && (w == "він" || w == "вона" || w == "вони") {
		k++ // "пояснив він журналістам Суспільного"
		pronoun = true
	}
	addressed := false // the outlet after a dative noun: журналістам, агентству
	if w := f.word(k); !found {
		staff := strings.HasPrefix(w, "журналіст") || strings.HasPrefix(w, "кореспондент")
		dative := scan.HasAnySuffix(w, "ам", "ові", "ці", "у", "ю") // (not dativeWord: "ці" of журналістці, no "ям" of виданням)
		if (staff || descriptor(w)) && dative {
			addressed = true
			k++
			if t := f.tok(k); staff && t.kind == word && t.upper && !t.latin && f.word(k+1) == "служби" {
				k += 2 // "журналістам Грузинської служби Радіо Свобода": the outlet's service
			}
		}
	}
	// "Як з'ясували журналісти Bihus.Info, …" in the lead: the outlet's
	// finding the text retells (see candidate.found)
	staffFound := found && !read && !analysed && f.word(k) == "журналісти" && i < f.leadEnd
	if found && f.word(k) == "журналісти" {
		k++
	}
	quoted := false
	if t := f.tok(k); t.kind == sym && isQuote(t.r) {
		quoted = true
		k++
	}
	o, n, nominative := f.selfOutletAt(k)
	if o == nil && found && quoted && !analysed {
		// "Як дізналися журналісти «Бабеля», …": an outlet we do not
		// know, in quotation marks, that found it out
		if p, ok := f.quotedName(k - 1); ok && p.outlet == nil && f.add(RoleVia, p.value, p.from, p.to) {
			f.cands[len(f.cands)-1].told = true
			f.cands[len(f.cands)-1].found = staffFound
			return p.next - i
		}
	}
	if o == nil && !found && quoted && !pronoun && !addressed && dativeWord(f.word(k)) {
		// "Як повідомили «Думській» в Інфоксводоканалі, …": an outlet we
		// do not know, in quotation marks and in the dative, told by
		// the body named after it
		if p, ok := f.quotedName(k - 1); ok && p.outlet == nil && (f.word(p.next) == "в" || f.word(p.next) == "у") && f.tok(p.next+1).upper &&
			f.add(RoleVia, p.value, p.from, p.to) {
			f.cands[len(f.cands)-1].told = true
			return p.next - i
		}
	}
	if o == nil || analysed && (nominative || !quoted && !f.tok(k).latin) {
		return 0
	}
	end := k + n
	name := o.name // with its edition, when quoted after it
	if quoted {
		if e := f.tok(end + 1); f.isSym(end, ".") && e.kind == word && e.upper && e.gap != gapNewline && f.tok(end+2).kind == sym && isQuote(f.tok(end+2).r) {
			end += 2 // a regional edition: "Як з'ясували «Наші гроші. Ужгород», …"
		} else if f.editionOf(k, end+1) == o && f.tok(end+1).kind == sym && isQuote(f.tok(end+1).r) {
			// "журналістам «Суспільне Черкаси»": its regional edition
			name, n = o.name+" "+f.slice(end, end+1), n+1
			end++
		}
		if t := f.tok(end); t.kind != sym || !isQuote(t.r) {
			return 0
		}
		end++
	}
	if !found && !addressed && !pronoun && (nominative || f.tok(k).latin) {
		// A form that does not show its case is the one told only when
		// a person follows as the verb's subject, or, for a Latin brand,
		// the verb is plural: "Як пояснив ZN.UA заступник міністра",
		// "повідомили LIGA.net"; not "повідомив Укрінформ" nor
		// "повідомили «Наші гроші»", the outlet that tells. After a
		// pronoun ("сказав він ZN.UA") the subject is told already.
		_, person := f.rolePerson(end)
		person = person || personWord(f, end) && personWord(f, end+1)
		// After a direct quote and its dash the verb's subject follows:
		// a lower-case word after the outlet opens it ("«…», – розповіла
		// BBC News Україна місцева мешканка"), and the outlet was told.
		person = person || f.tok(i-1).kind == sym && scan.IsDash(f.tok(i-1).r) && f.word(end) != "" && !f.tok(end).upper && !stopWord(f.word(end))
		// A Cyrillic name that does not decline is told too when the
		// verb is plural and the name singular, so that it cannot be
		// the verb's subject, and the body that told it follows:
		// "…, повідомили РБК-Україна в пресслужбі лікарні.", not "…,
		// повідомили «Наші гроші»".
		toldBody := false
		if w := f.word(end); strings.HasSuffix(v, "ли") && !pluralName(o.name) && (w == "в" || w == "у") {
			p, ok := f.phrase(end + 1)
			toldBody = ok && p.outlet == nil && f.closesAttribution(p.next)
		}
		if !person && !(f.tok(k).latin && strings.HasSuffix(v, "ли")) && !toldBody {
			return 0
		}
	}
	if f.add(RoleVia, name, k, k+n) {
		c := &f.cands[len(f.cands)-1]
		c.told, c.found = true, staffFound
		if f.tok(k).latin {
			c.shown = f.slice(k, k+n)
		}
		if !found {
			f.citeInterviewee(i, end, o.name)
		}
	}
	if !found && !pronoun {
		if n := f.toldBy(i, end); n > 0 {
			return n - i
		}
	}
	return end - i
}

// pluralName reports whether an outlet's name ends in a plural noun
// (Наші гроші, Волинські новини), which a plural verb may have as its
// subject.
func pluralName(name string) bool {
	return scan.HasAnySuffix(name, "і", "и")
}

// toldBy reads the body that told an outlet something, named at end
// after the outlet when the plural verb at i closes a statement after a
// comma: "…, повідомили Укрінформу в пресслужбі ДСНС.", "…, повідомили
// у коментарі «Житомир.info» в пресслужбі міськради." — it closes the
// statement, as after "повідомили в", and is cited (a bare noun, "у
// міністерстві", names the body told before or none: not read). It
// returns the token after the body, or 0.
func (f *finder) toldBy(i, end int) int {
	// "Як повідомили Укрінформу в міській раді, …" opening the lead: the
	// lead's attribution, as "Як повідомили в X, …" is there
	a := f.tok(i - 1)
	opens := a.kind == word && a.text == "як" && a.upper && i < f.leadEnd && (i == 1 || a.gap == gapNewline || f.isSym(i-2, ".!?…"))
	if w := f.word(end); !f.isSym(i-1, ",") && !opens || !strings.HasSuffix(f.word(i), "ли") || w != "в" && w != "у" {
		return 0
	}
	if p, ok := f.phrase(end + 1); ok && p.outlet == nil && (strings.Contains(p.value, " ") || p.value != strings.ToLower(p.value)) &&
		f.closesAttribution(p.next) && f.addPhrase(RoleVia, p) {
		return p.next
	}
	return 0
}

// studyOf steps over the study whose results or data a source line
// names before the body that made it ("результати соціологічного
// опитування Центру …", "дані моніторингу …"): it returns where the body
// is named, or j when no such study stands at j.
func (f *finder) studyOf(j int) int {
	k := j
	for k < j+2 && adjective(f.word(k)) {
		k++
	}
	if studies[f.word(k)] {
		return k + 1
	}
	return j
}

// studies are the genitives of the studies whose findings a source line
// cites by their maker.
var studies = map[string]bool{"опитування": true, "соцопитування": true, "дослідження": true, "розслідування": true, "моніторингу": true,
	"аналізу": true, "перевірки": true, "аудиту": true, "обстеження": true, "анкетування": true}

// organisationNamed skips the kind of an organisation or an initiative
// before its name in quotation marks at j: "громадській організації
// «Антикорупційний центр»" names the centre, "правозахисну ініціативу
// «Кримська солідарність»" the initiative, "благодійний фонд «…»", "у
// комунальному підприємстві «…»", "громадська спілка «…»" the fund, the
// firm, the union. It returns where the name opens, or j.
func (f *finder) organisationNamed(j int) int {
	kind := func(w string) bool {
		return scan.HasAnyPrefix(w, "організаці", "ініціатив", "фонд", "підприємств", "спілк", "об'єднанн", "об’єднанн", "товариств")
	}
	k := j
	for k < j+2 && adjective(f.word(k)) && !kind(f.word(k)) {
		k++
	}
	if !kind(f.word(k)) {
		return j
	}
	if t := f.tok(k + 1); t.kind == sym && isQuote(t.r) {
		return k + 1
	}
	return j
}

// asFound reports whether the verb of finding out at i opens an aside
// with як, at the head of a sentence or after a comma, the outlet that
// found it named next: "Як з'ясували «Наші гроші», …" (not "Як раніше
// з'ясували …", an earlier finding retold).
func (f *finder) asFound(i int) bool {
	if t := f.tok(i - 1); t.kind != word || t.text != "як" {
		return false
	}
	return i < 2 || f.tok(i-1).gap == gapNewline || f.isSym(i-2, ",.!?")
}

// interviewer reads the outlet an interview was given to, named by its
// kind at j after "в інтерв'ю" (see interviewAt).
func (f *finder) interviewer(j int) (phrase, bool) {
	k := j
	for k < j+2 && adjective(f.word(k)) && !descriptor(f.word(k)) {
		k++
	}
	if w := f.word(k); !descriptor(w) || strings.HasPrefix(w, "журналіст") {
		return phrase{}, false // "в інтерв'ю журналісту Дмитру Гнапу": a person
	}
	k++
	p, ok := f.name(k)
	// a foreign outlet we know ("німецькому виданню Handelsblatt"), or a
	// foreign brand or a name in quotation marks
	foreign := ok && foreignOutlet(p)
	if !ok || !foreign && (p.outlet != nil || !f.tok(p.from).upper || !f.tok(p.from).latin && !f.quotedAt(p.from)) {
		return phrase{}, false
	}
	return p, true
}

// commentTo reads the outlet a comment was given to, at j after "у
// коментарі": "у коментарі «Твоєму місту» заявив", "у коментарі
// Українській правді". It is the publisher when no other is named (see
// candidate.told). An outlet the package does not know must stand in
// quotation marks and start with a capital; the pipeline brings it to
// the nominative. It returns the tokens read from j.
func (f *finder) commentTo(j int) int {
	if o, n, _ := f.selfOutletAt(j); o != nil {
		if f.add(RoleVia, o.name, j, j+n) {
			c := &f.cands[len(f.cands)-1]
			c.told = true
			if f.tok(j).latin {
				c.shown = f.slice(j, j+n)
			}
			f.citeInterviewee(j-2, j+n, o.name)
		}
		if m := f.toldBy(j-3, j+n); m > 0 {
			return m - j
		}
		return n
	}
	if n := f.brandEnd(j); n > 0 && f.endsSentence(n) && f.add(RoleVia, f.slice(j, n), j, n) {
		// "– сказав тренер в коментарі UA: Футбол.": an outlet we do
		// not know by a brand's shape, closing the sentence
		f.cands[len(f.cands)-1].told = true
		return n - j
	}
	if t := f.tok(j); t.kind == word && t.upper && !t.latin && !f.acronym(j) && (isTold(f.word(j+1)) || saysVerbs[f.word(j+1)]) &&
		f.spanType(j) != "PERS" && !f.surnameNamed(j) && f.add(RoleVia, f.slice(j, j+1), j, j+1) {
		// "Про це в коментарі Фокусу розповів експерт …": an outlet we
		// do not know, one Cyrillic word that is no acronym (a body's,
		// "у коментарі МВС"), told the comment; who commented is cited
		f.cands[len(f.cands)-1].told = true
		f.citeInterviewee(j-2, j+1, f.slice(j, j+1))
		return 1
	}
	if t := f.tok(j); t.kind != sym || !isQuote(t.r) {
		return 0
	}
	p, ok := f.quotedName(j)
	if !ok || p.outlet != nil && !p.outlet.self || !f.add(RoleVia, p.value, p.from, p.to) {
		return 0
	}
	f.cands[len(f.cands)-1].told = true
	// "Про це у коментарі «Суспільному» розповів заступник мера …": who
	// commented, as with the name unquoted
	f.citeInterviewee(j-2, p.next, p.value)
	if n := f.toldBy(j-3, p.next); n > 0 {
		return n - j // "…, повідомили у коментарі «Житомир.info» в пресслужбі міськради."
	}
	return p.next - j
}

// brandEnd returns the end of an outlet's brand at j that no person's or
// body's name is written like: capitalised words, at most three, two of
// them joined by a colon ("UA: Футбол") or one in Latin letters
// ("Kyiv Post"), or a web address; 0 when there is none or a known
// outlet opens at j.
func (f *finder) brandEnd(j int) int {
	if f.outletFrom(j) {
		return 0
	}
	end, words, brand := j, 0, false
	for k := j; words < 3; k++ {
		t := f.tok(k)
		if t.kind != word || !t.upper || t.gap == gapNewline {
			break
		}
		words++
		brand = brand || t.latin
		end = k + 1
		if f.isSym(k+1, ":") && f.tok(k+1).gap == gapNone && f.tok(k+2).kind == word && f.tok(k+2).upper && f.tok(k+2).gap == gapSpace {
			brand = true
			k++
		}
	}
	if words == 0 || !brand && !siteName(f.slice(j, end)) {
		return 0
	}
	return end
}

// retold reads an outlet that retells what was said elsewhere, after
// the verb at i: "Інтерв'ю переказує Радіо Свобода." A self-naming outlet
// retelling in the lead is the publisher when no other is named; any
// other is cited. It returns the tokens read.
func (f *finder) retold(i int) int {
	p, ok := f.name(i + 1)
	if !ok || !f.closesAttribution(p.next) || !f.add(RoleVia, p.value, p.from, p.to) {
		return 0
	}
	c := &f.cands[len(f.cands)-1]
	c.shown = p.shown
	c.lead = p.outlet != nil && p.outlet.self && i <= leadTokens
	return p.next - i
}

// topicToldTo reads a source line that opens a sentence with "Про" and
// what was told of, a few words, before an outlet we know in the dative
// and the verb of telling: "Про життя громади Суспільному Харків
// розповів її голова Микола Зінченко", as "Про це Суспільному
// розповів …" is read (see toldTo).
func (f *finder) topicToldTo(i int) int {
	if t := f.tok(i); !t.upper || i > 0 && !f.isSym(i-1, ".") && f.tok(i).gap != gapNewline {
		return 0
	}
	for k := i + 2; k <= i+4; k++ {
		if t := f.tok(k - 1); t.kind != word || t.upper {
			return 0
		}
		_, site := f.siteAt(k)
		// "Про це журналістам «Суспільного» розповів …": the outlet in
		// quotation marks after whom it was told, its name in any case
		quoted := f.tok(k).kind == sym && isQuote(f.tok(k).r) && toldWords[f.word(k-1)]
		if quoted {
			if o, _, _ := f.selfOutletAt(k + 1); o != nil {
				if n := f.toldTo(k); n > 0 {
					return n + k - i
				}
			}
			return 0
		}
		if o, _, nominative := f.selfOutletAt(k); o != nil && !nominative || site {
			if n := f.toldTo(k); n > 0 {
				return n + k - i
			}
			return 0
		}
	}
	return 0
}

// selfOutletAt returns the longest outlet the package knows that
// reports of itself (or has a Ukrainian service, see outlet.service, as
// the one told something in every caller), written from token i on,
// with its number of tokens and whether it stands as its name is written
// (the nominative); nil when there is none.
func (f *finder) selfOutletAt(i int) (*outlet, int, bool) {
	if gates && (i < 0 || i >= len(f.toks) || !f.opensOutlet(i)) {
		return nil, 0, false // what outletAt answers below, once rather than for each length
	}
	for n := maxOutletWords; n >= 1; n-- {
		o := f.outletAt(i, i+n)
		if o == nil || !o.self && !o.service || o.name == "ЗМІ" {
			continue
		}
		forms := make([]string, 0, n)
		for m := i; m < i+n; m++ {
			forms = append(forms, f.tok(m).text)
		}
		return o, n, strings.Join(forms, " ") == strings.ToLower(o.name)
	}
	return nil, 0, false
}

// isTold reports whether the verb v tells someone something: повідомили,
// розповів, сказали, підтвердили, пояснили.
func isTold(v string) bool {
	// Each prefix below begins with п, р or с: a word that does not, as
	// most words do not, is none of them, and needs no loop.
	if len(v) < 2 || v[:2] != "п" && v[:2] != "р" && v[:2] != "с" {
		return false
	}
	return scan.HasAnyPrefix(v, "повідом", "розпов", "сказа", "підтверди", "поясни")
}

// paren reads an outlet in brackets: "АСТАНА (Укрінформ) –".
func (f *finder) paren(i int) int {
	return f.enclosed(i, ")", false)
}

// slashed reads an outlet between slashes, as datelines give it: "КИЇВ,
// 3 березня /Укрінформ/.".
func (f *finder) slashed(i int) int {
	return f.enclosed(i, "/", true)
}

// enclosed reads an outlet after the opening symbol at i and up to the
// closing symbol close (tight: with no space inside either), as the
// publisher when it is the outlet itself and as cited otherwise. It
// returns the tokens read, symbols included, or 0.
func (f *finder) enclosed(i int, close string, tight bool) int {
	for n := maxOutletWords; n >= 1; n-- {
		if !f.isSym(i+1+n, close) || tight && (f.tok(i+1).gap != gapNone || f.tok(i+1+n).gap != gapNone) {
			continue
		}
		if o := f.outletAt(i+1, i+1+n); o != nil && o.name != "ЗМІ" {
			if c := len(f.cands) - 1; !tight && c >= 0 && f.closingQuoteAt(i-1) && f.cands[c].end == f.tok(i-1).rs {
				// "розслідування «Схем» (Радіо Свобода)": the mother
				// outlet of the project just read, one source with it
				return n + 2
			}
			f.add(o.role(), o.name, i+1, i+1+n)
			return n + 2
		}
	}
	return 0
}

// toldTo reads an outlet that was told something, in the dative after
// "Про це": "Про це Укрінформу повідомило джерело в СБУ" — the outlet
// reports it itself and is the publisher. It returns the tokens read.
func (f *finder) toldTo(i int) int {
	if n := f.toldToKind(i); n > 0 {
		return n
	}
	if n := f.sharedWith(i); n > 0 {
		return n
	}
	q := 0 // "Про це «Українській правді» розповіли …": past the quotation mark
	if t := f.tok(i); t.kind == sym && isQuote(t.r) {
		q = 1
	}
	o, n, nominative := f.selfOutletAt(i + q)
	edition := "" // a regional edition inside the quotation marks: "«Суспільне Черкаси»"
	if o != nil && q == 1 && !f.closingQuoteAt(i+q+n) && f.editionOf(i+q, i+q+n+1) == o && f.closingQuoteAt(i+q+n+1) {
		edition, n = " "+f.slice(i+q+n, i+q+n+1), n+1
	}
	if o != nil && (q == 0 || f.closingQuoteAt(i+q+n)) {
		name, end := o.name+edition, i+q+n
		if q == 1 {
			end++
		} else if t := f.tok(end); t.kind == word && t.upper && !t.latin && t.gap != gapNewline && t.gap != gapNone {
			// a regional or topical edition: "Про це Суспільне Спорт
			// повідомили"
			name, end = name+" "+f.slice(end, end+1), end+1
		}
		v := f.word(end)
		who := f.pastPossessive(end + 1) // the role of whom the line told of: "розповів її голова Микола Зінченко"
		if (rankWord(f.word(who)) || roleAdjective(f.tok(who))) && roleNoun(f.word(who+1)) {
			who++ // "розповів генеральний директор мережі Віталій Гончаренко": the role after its adjective
		}
		kin, isKin := f.kinNamed(who)
		_, person := f.rolePerson(who)
		person = person || isKin || personWord(f, end+1) && personWord(f, end+2) ||
			// an unnamed source told it: "Про це РБК-Україна повідомило
			// джерело в СБУ", "повідомили два джерела в Кабінеті міністрів"
			f.unnamedAt(end+1) ||
			// a group with the body it belongs to: "Про це Укрінформу
			// розповіли волонтери фонду «Крила надії»"
			f.groupAt(end+1)
		if nominative && !strings.HasSuffix(v, "ли") && !person {
			// the nominative as the subject: "Про це Укрінформ
			// повідомив"; not an outlet's brand told to by a plural
			// with no subject ("Про це Суспільне Спорт повідомили"),
			// nor one that does not decline told by a person named
			// after the verb ("Про це Радіо Свобода повідомила
			// адвокатка засудженого Лейла Мамутова")
			return 0
		}
		if isTold(v) || strings.HasPrefix(v, "заяви") {
			f.add(RolePublisher, name, i, end)
			if isKin {
				return f.citeKin(kin) - i
			}
			if p, ok := f.phrase(who); ok && person && f.closesAttribution(p.next) && f.addPhrase(RoleVia, p) {
				// "Про це Радіо Свобода повідомила адвокатка Лейла
				// Мамутова": the person who told is cited
				return p.next - i
			}
			return end - i
		}
		return 0
	}
	// "Про це ZAXID.NET розповіла мати загиблого Ольга Петрук": a site
	// we do not know, told it by a relative named after the verb,
	// publishes, and the relative is cited, as with an outlet we know.
	// Told it by a plural with no subject ("Про це ZAXID.NET повідомили
	// в поліції"), it publishes as an outlet in quotation marks does
	// (below).
	if p, ok := f.siteAt(i); ok && isTold(f.word(p.next)) {
		kin, ok := f.kinNamed(f.pastPossessive(p.next + 1))
		if ok && f.closesAttribution(kin.next) || strings.HasSuffix(f.word(p.next), "ли") {
			f.add(RolePublisher, p.value, p.from, p.to)
			f.cands[len(f.cands)-1].shown = p.shown
			if ok {
				return f.citeKin(kin) - i
			}
			return p.next - i
		}
	}
	// "Про це Reuters повідомили два джерела в уряді Німеччини", "Про
	// це Bloomberg розповів міністр фінансів Петро Коваль": an outlet
	// that does not name itself in its reports was told it, and it and
	// whom it was told by are cited, the source chain.
	if p, ok := f.name(i); ok && foreignOutlet(p) && isTold(f.word(p.next)) {
		q, ok := f.rolePerson(p.next + 1)
		if !ok && f.unnamedAt(p.next+1) {
			q, ok = f.unnamedSubject(p.next + 1)
		}
		if ok && f.closesAttribution(q.next) {
			f.add(RoleVia, p.value, p.from, p.to)
			f.cands[len(f.cands)-1].shown = p.shown
			f.add(RoleVia, q.value, q.from, q.to)
			f.cands[len(f.cands)-1].shown = q.shown
			return q.next - i
		}
	}
	// "Про це «Волинським новинам» повідомили в пресслужбі": an outlet
	// the package does not know, in quotation marks, told it by a plural
	// with no subject.
	if t := f.tok(i); t.kind == sym && isQuote(t.r) {
		if p, ok := f.name(i); ok && p.outlet == nil && strings.HasSuffix(f.word(p.next), "ли") {
			if isTold(f.word(p.next)) {
				f.add(RolePublisher, p.value, p.from, p.to)
				return p.next - i
			}
		}
		// "Про це «Дзеркалу Житомира» розповів директор підприємства
		// Андрій Шевчук": a name in the dative told by a person named
		// after the verb, who is cited
		if p, ok := f.name(i); ok && p.outlet == nil && isTold(f.word(p.next)) && dativeWord(f.word(i+1)) {
			if q, ok := f.rolePerson(p.next + 1); ok && f.closesAttribution(q.next) {
				f.add(RolePublisher, p.value, p.from, p.to)
				f.addPhrase(RoleVia, q)
				return q.next - i
			}
		}
	}
	return 0
}

// sharedWith reads an outlet someone shared the news with, after "Про
// це" at i: "Про це з «Рівним Вечірнім» поділився заступник міського
// голови Віктор Шакирзян". The outlet, in quotation marks or one we
// know that names itself, is told it as "Про це «X» розповів" tells it:
// the publisher, and the person named after the verb is cited. It
// returns the tokens read.
func (f *finder) sharedWith(i int) int {
	if w := f.word(i); w != "з" && w != "із" {
		return 0
	}
	p, ok := f.name(i + 1)
	if !ok || !strings.HasPrefix(f.word(p.next), "поділи") {
		return 0
	}
	if p.outlet == nil && !f.quotedAt(i+2) || p.outlet != nil && !p.outlet.self {
		return 0 // "з Іваном Коваленком", "з Reuters": no outlet of its own
	}
	q, ok := f.rolePerson(p.next + 1)
	if !ok || !f.closesAttribution(q.next) {
		return 0
	}
	f.add(RolePublisher, p.value, p.from, p.to)
	f.cands[len(f.cands)-1].shown = p.shown
	f.addPhrase(RoleVia, q)
	return q.next - i
}

// dativeWord reports whether w, the first word of a name, ends as a noun
// or an adjective in the dative does (Дзеркалу, Думській, Волинським,
// Новинам) and no nominative of a name does.
func dativeWord(w string) bool {
	return scan.HasAnySuffix(w, "у", "ю", "ові", "еві", "ій", "ім", "им", "ам", "ям")
}

// pastPossessive returns k, or the word after it when k is a possessive
// pronoun: "розповів її голова …", "повідомила його мати …".
func (f *finder) pastPossessive(k int) int {
	switch f.word(k) {
	case "її", "його", "їхній", "їх":
		return k + 1
	}
	return k
}

// siteAt reads at k a name written as a web address that no outlet we
// know has: ZAXID.NET, 0342.ua.
func (f *finder) siteAt(k int) (phrase, bool) {
	if t := f.tok(k); t.kind != word {
		return phrase{}, false
	}
	p, ok := f.name(k)
	if !ok || p.outlet != nil || !siteName(p.value) {
		return phrase{}, false
	}
	return p, true
}

// kinNamed reads at j a relative named by the kinship and a first name
// and surname, "мати Галина Кравчук", "батько загиблого Іван Петрук":
// the name, as written, is the source. Relatives tell the police and
// courts desk of the dead and the detained.
func (f *finder) kinNamed(j int) (phrase, bool) {
	if t := f.tok(j); t.kind != word || t.upper || !kinWords[t.text] {
		return phrase{}, false
	}
	k := j + 1
	if t := f.tok(k); t.kind == word && !t.upper && strings.HasSuffix(t.text, "ого") {
		k++ // whose relative: "батько загиблого"
	}
	if !personWord(f, k) || !personWord(f, k+1) || f.tok(k).gap == gapNewline || f.tok(k+1).gap != gapSpace || personWord(f, k+2) {
		return phrase{}, false
	}
	return phrase{value: f.slice(k, k+2), from: k, to: k + 2, next: k + 2}, true
}

// kinWords are the kinship nouns in the nominative that kinNamed reads.
var kinWords = map[string]bool{
	"мати": true, "батько": true, "дружина": true, "чоловік": true, "син": true, "донька": true, "дочка": true,
	"брат": true, "сестра": true, "бабуся": true, "дідусь": true, "тітка": true, "дядько": true, "онук": true, "онука": true,
}

// citeKin cites the relative p read by kinNamed and returns where the
// name ends.
func (f *finder) citeKin(p phrase) int {
	f.addPhrase(RoleVia, p)
	return p.next
}

// toldToKind reads, after "Про це", a known outlet named by its kind in
// the dative before a verb of telling: "Про це агентству
// «Інтерфакс-Україна» повідомили в ОГП". The dative shows the outlet was
// told, so it publishes. It returns the tokens read.
func (f *finder) toldToKind(i int) int {
	w := f.word(i)
	if !descriptor(w) || !strings.HasSuffix(w, "у") && !strings.HasSuffix(w, "ю") && !strings.HasSuffix(w, "ові") {
		return 0
	}
	k := i + 1
	quoted := false
	if t := f.tok(k); k < len(f.toks) && t.kind == sym && isQuote(t.r) {
		quoted = true
		k++
	}
	o, n, _ := f.selfOutletAt(k)
	if o == nil {
		return 0
	}
	end := k + n
	if quoted {
		if t := f.tok(end); t.kind != sym || !isQuote(t.r) {
			return 0
		}
		end++
	}
	if v := f.word(end); !isTold(v) && !strings.HasPrefix(v, "заяви") {
		return 0
	}
	f.add(RolePublisher, o.name, k, k+n)
	if p, ok := f.rolePerson(end + 1); ok && f.closesAttribution(p.next) && f.addPhrase(RoleVia, p) {
		// "Про це виданню «Українська правда» розповів прокурор Іван
		// Коваль": the person who told is cited
		return p.next - i
	}
	return end - i
}

// anonymousSources are the nouns of an unnamed source that tells an
// outlet something: джерело в СБУ, співрозмовник в уряді.
var anonymousSources = map[string]bool{"джерело": true, "джерела": true, "співрозмовник": true, "співрозмовниця": true, "співрозмовники": true}

// lineEnd reads a source after a dash at the end of a line, as headlines
// give it: "… — ЗМІ", "… – Reuters"; a Ukrainian outlet after a dash
// on a line of its own that closes the text ("— УНН") is credited with
// the report.
func (f *finder) lineEnd(i int) int {
	if f.tok(i).gap == gapNone || f.tok(i+1).gap == gapNone {
		return 0
	}
	for n := maxOutletWords; n >= 1; n-- {
		o := f.outletAt(i+1, i+1+n)
		if o == nil {
			continue
		}
		end := i + 1 + n
		if f.isSym(end, ".") && f.tok(end).gap == gapNone {
			end++
		}
		if end >= len(f.toks) || f.tok(end).gap == gapNewline {
			f.add(RoleVia, o.name, i+1, i+1+n)
			// "— Інтерфакс-Україна" as a line of its own closing the
			// text: the outlet credited with the whole report, as in a
			// "Джерело: X" line
			f.cands[len(f.cands)-1].credited = o.self && (i == 0 || f.tok(i).gap == gapNewline) && f.closingLine(end)
			return end - i
		}
	}
	return 0
}

// social reads a social network named as where something was posted: "на
// своїй сторінці у Facebook написав міністр Дмитро Кулеба" gives
// "Дмитро Кулеба (Facebook)"; without an author after the verb, just
// "Facebook".
func (f *finder) social(i int) int {
	t := f.tok(i)
	name := platform(t.text)
	prev := f.word(i - 1)
	if t.gap == gapNewline {
		prev = ""
	}
	if prev == "соцмережі" || prev == "соцмережах" || prev == "мережі" {
		if w := f.word(i - 2); w == "з" || w == "із" || w == "зі" {
			return 0 // "видалити фотографії з мережі Facebook": taken off it, no post
		}
	}
	if (prev == "у" || prev == "в") && channelsAtLarge(t.text) {
		return 0 // "в Telegram-каналах, які першими поширили відео": no one's post
	}
	switch {
	case t.text == "x":
		if prev != "соцмережі" && prev != "мережі" && prev != "соцмережа" {
			return 0
		}
		name = "X"
	case prev == "соцмережі" || prev == "соцмережах" || prev == "мережі" ||
		prev == "своєму" || prev == "своїй" || prev == "власному" || prev == "власній" || prev == "офіційному":
	case (prev == "у" || prev == "в") && f.saidNear(i):
	default:
		return 0
	}
	if f.bodyPost(i) {
		return 0
	}
	end := i + 1
	j := i + 1
	if f.isSym(j, ",") {
		j++
	}
	if j > i+1 && f.outletFrom(j+1) {
		// "Про це повідомив Лубінець у Telegram, пише Радіо Свобода": an
		// outlet retelling the post, not its author
		j = len(f.toks)
	}
	at := i - 2 // the word before "у" or "в"
	if prev == "мережі" || prev == "соцмережі" || ownPage[prev] {
		at = i - 3 // "… в мережі X", "… у своєму телеграм-каналі"
	}
	if (prev == "у" || prev == "в") && f.word(at) == "сторінці" {
		// "Про це повідомила заступниця міністра … Надія Кузьмичова на
		// своїй сторінці у Facebook": past the page, to the poster
		k := at - 1
		for n := 0; n < 2 && (ownPage[f.word(k)] || f.word(k) == "офіційній"); n++ {
			k-- // "на своїй офіційній сторінці"
		}
		if f.word(k) == "на" {
			at = k - 1
		}
	}
	if sayVerb(f.word(j)) || (prev == "у" || prev == "в" || ownPage[prev] || prev == "соцмережі" || prev == "мережі") && sayVerb(f.word(at)) {
		// "у Facebook написав міністр Дмитро Кулеба", "написав у
		// Telegram мер Ігор Терехов", "повідомив на своїй сторінці у
		// Facebook міський голова …", "повідомив у своєму
		// Telegram-каналі нардеп …", "написав у соцмережі X міністр
		// …": the author after
		k := j + 1
		if !sayVerb(f.word(j)) {
			k = j
		}
		for n := 0; n < 7 && f.word(k) != "" && (!f.tok(k).upper || f.acronym(k) && !f.acronym(k+1) && f.tok(k+1).upper ||
			genitiveAdjective(f.word(k)) && (f.acronym(k+1) || f.tok(k+1).kind == word && !f.tok(k+1).upper)) && !stopWord(f.word(k)); n++ {
			// (a region's body: "Дніпропетровської ОВА", "Харківської
			// обласної військової адміністрації")
			k++ // the author's titles: міністр закордонних справ, начальник ОВА
		}
		m := k
		for m < len(f.toks) && m-k < 3 && f.tok(m).kind == word && f.tok(m).upper && !f.tok(m).latin && f.tok(m).gap != gapNewline {
			m++
		}
		if titled := k > j+1 || k > j && !sayVerb(f.word(j)); titled && m-k == 3 {
			// "мер Києва Віталій Кличко": the place of the role, then
			// the name (its last two words)
			if s := f.nameStart(k-1, m); s > k {
				k = s
			}
		}
		value := ""
		if m > k {
			value = f.slice(k, m)
		}
		if m <= k || !f.closesAttribution(m) {
			// "у своєму Telegram-каналі повідомила Сумська обласна
			// військова адміністрація", "… уповноважена Президента з
			// прав дитини Дарія Герасимчук": a body's name with its
			// lower-case words, or a person after a role that names a
			// body, read as a cue's name is
			m = -1
			if p, ok := f.phrase(j + 1); ok && sayVerb(f.word(j)) && p.from == j+1 && f.closesAttribution(p.next) {
				value, m = p.value, p.next
			} else if p, ok := f.phrase(k); ok && !sayVerb(f.word(j)) && p.from == k && f.closesAttribution(p.next) {
				// "Про це повідомила у своєму Telegram-каналі Бучанська
				// міська рада": the body after the platform, the verb
				// before it
				value, m = p.value, p.next
			}
		}
		if m > k {
			if f.add(RoleVia, value+" ("+name+")", i, m) && f.tok(i-3).text == "як" && f.tok(i-3).upper {
				// "Як повідомив у Telegram начальник ОВА Сергій Лисак, …"
				// past the lead: a quote of the poster, as "Як повідомили
				// в X, …" is (see bodyCite)
				f.cands[len(f.cands)-1].body = f.bodyCite(i-3, []string{"як"}, m)
			}
			return m - i
		}
	}
	if n := len(f.cands); (f.word(at+1) == "у" || f.word(at+1) == "в" || f.word(at+1) == "на") && n > 0 && f.cands[n-1].role == RoleVia && f.cands[n-1].end == f.tok(at).re &&
		!strings.HasSuffix(f.cands[n-1].value, ")") {
		// "Про це повідомив міністр … Іштван Надь у Facebook": the
		// platform of the source just read
		f.cands[n-1].value += " (" + name + ")"
		return end - i
	}
	if prev == "у" || prev == "в" {
		// "написав Лисак у Telegram": the author between the verb and
		// the platform
		k := i - 1
		for k > i-4 && k > 0 && f.tok(k-1).kind == word && f.tok(k-1).upper && !f.tok(k-1).latin && f.tok(k-1).gap != gapNewline {
			k--
		}
		if k < i-1 && k > 0 && sayVerb(f.word(k-1)) {
			f.add(RoleVia, f.slice(k, i-1)+" ("+name+")", k, end)
			return end - i
		}
	}
	if a, b := f.posterBefore(i); b > a {
		// "Луцький міський голова Ігор Поліщук у фейсбуці повідомив,
		// що …": the author named before the platform
		f.add(RoleVia, f.slice(a, b)+" ("+name+")", a, end)
		return end - i
	}
	f.add(RoleVia, name, i, end)
	return end - i
}

// posterBefore reads the person named before the platform at i (after
// "у" or "в") who posted there, from a to b: a name of two or three
// words after a role or opening its sentence, with the verb of posting
// right after the platform ("Ігор Поліщук у фейсбуці повідомив") or
// right after the name, past "на своїй сторінці" ("Ігор Поліщук написав
// на своїй сторінці у фейсбуці"). It returns a == b for none.
func (f *finder) posterBefore(i int) (a, b int) {
	in := i - 1 // the preposition before the platform
	if w := f.word(in); w == "соцмережі" || w == "мережі" {
		in-- // "Сибіга написав у соцмережі X, що …": past the network's kind
	}
	if w := f.word(in); w != "у" && w != "в" {
		return 0, 0
	}
	b = in
	if !sayVerb(f.word(i + 1)) {
		k := in - 1
		if strings.HasPrefix(f.word(k), "сторінц") {
			k--
			if ownPage[f.word(k)] {
				k--
			}
			if f.word(k) != "на" {
				return 0, 0
			}
			k--
		}
		if !sayVerb(f.word(k)) {
			return 0, 0
		}
		b = k
	}
	a = b
	for a > b-3 && a > 0 && personWord(f, a-1) && (a-1 == b-1 || f.tok(a).gap == gapSpace) {
		a--
	}
	if b-a < 2 {
		return 0, 0
	}
	if p := f.tok(a - 1); a > 0 && f.tok(a).gap != gapNewline && !f.isSym(a-1, ".!?…") && !(p.kind == word && !p.upper && roleNoun(p.text)) {
		return 0, 0
	}
	return a, b
}

// ownPage are the words that make a platform the poster's own page or
// channel: "у своєму телеграм-каналі", "на своїй сторінці".
var ownPage = map[string]bool{"своєму": true, "своїй": true, "власному": true, "власній": true, "офіційному": true}

// channelsAtLarge reports whether w names a platform's channels in the
// plural, "telegram-каналах", "телеграм-каналах": channels at large,
// where something spread, not the one channel a source posted on.
func channelsAtLarge(w string) bool {
	_, kind, ok := strings.Cut(w, "-")
	return ok && (kind == "каналах" || kind == "каналів" || kind == "канали")
}

// bodyPost reports whether the platform at i is where a speaker posted
// words the text quotes, not a source line: after a direct quote and its
// dash ("…», — написав Гроссі в соцмережі X.") or, past the lead, before
// the post's що-clause ("Мер Дніпра написав у Telegram, що …") or in a
// relative clause ("група XakNet, яка у своєму Telegram-каналі
// опублікувала скриншоти").
func (f *finder) bodyPost(i int) bool {
	for j := i - 1; j > 0 && j >= i-10; j-- {
		t := f.tok(j)
		if t.kind == sym && strings.ContainsRune(".!?…", t.r) || t.gap == gapNewline {
			break
		}
		if t.kind == sym && scan.IsDash(t.r) {
			if p := f.tok(j - 1); p.kind == sym && (p.r == ',' || isQuote(p.r)) {
				return true
			}
			break
		}
	}
	if i <= leadTokens && !f.pastSourceLine(i) {
		return false
	}
	for j := i - 1; j > 0 && j >= i-4; j-- {
		// "група XakNet, яка у своєму Telegram-каналі опублікувала …":
		// a post told of in a relative clause
		if relativeSubject(f.word(j)) && f.isSym(j-1, ",") {
			return true
		}
	}
	if !f.reportedIn(i) {
		// "Посольство … у своєму Telegram-каналі відкинуло звинувачення",
		// "Сибіга в соцмережі X подякував …": something done there, no
		// words reported from it
		return true
	}
	if (!f.isSym(i+1, ",") || f.word(i+2) != "що") && !f.postThat(i) {
		return false
	}
	for j := i - 1; j >= 0 && i-j < 30; j-- {
		t := f.tok(j)
		if t.kind == sym && strings.ContainsRune(".!?…", t.r) || t.gap == gapNewline {
			return true
		}
		if t.text == "про" && f.word(j+1) == "це" {
			return false // "Про це написав у Telegram, що …": still the source line
		}
	}
	return true
}

// pastSourceLine reports whether a sentence that opens with "Про це"
// closes before the one at i: the lead's source line read, what follows
// is the body. A full stop inside quotation marks closes nothing
// ("Про це повідомляє «Слідство. Інфо» на своїй сторінці у Фейсбук").
func (f *finder) pastSourceLine(i int) bool {
	for j := i - 1; j > 0; j-- {
		if t := f.tok(j); !t.upper || t.text != "про" || f.word(j+1) != "це" || !f.isSym(j-1, ".!?…") && t.gap != gapNewline {
			continue
		}
		depth := 0
		for k := j + 2; k < i; k++ {
			switch t := f.tok(k); {
			case t.kind == sym && t.r == '«':
				depth++
			case t.kind == sym && t.r == '»' && depth > 0:
				depth--
			case depth == 0 && f.isSym(k, ".!?…") && f.tok(k+1).upper:
				return true
			}
		}
		return false
	}
	return false
}

// postThat reports whether a verb of speech after the platform at i, in
// its sentence, takes a що-clause: "В інстаграмі вона написала, що …",
// "Мер у своєму Telegram-каналі попросив … і запевнив, що …". The words
// posted are the speaker's, told in the body.
func (f *finder) postThat(i int) bool {
	for j := i + 1; j+2 < len(f.toks) && j < i+30; j++ {
		t := f.tok(j)
		if t.gap == gapNewline || t.kind == sym && strings.ContainsRune(".!?…", t.r) {
			return false
		}
		if w := f.word(j); (sayVerb(w) || reportWord(w) || speechVerb(w)) && f.isSym(j+1, ",") && f.word(j+2) == "що" {
			return true
		}
	}
	return false
}

// speechVerb reports verbs of speech besides the say and report words
// that take a що-clause: запевнив, додала, підкреслив, сказав.
func speechVerb(w string) bool {
	return scan.HasAnyPrefix(w, "запевни", "запевня", "додав", "додала", "додали", "підкресли", "сказа", "стверджу", "переконува", "визна")
}

// reportedIn reports whether the sentence of token i tells of words
// reported (повідомив, написав, заявила, йдеться, опубліковано, відео,
// допис …), so that a platform named in it may be a source.
func (f *finder) reportedIn(i int) bool {
	end := func(j int) bool {
		t := f.tok(j)
		return t.kind == sym && strings.ContainsRune(".!?…", t.r)
	}
	from := i
	for from > 0 && !end(from-1) && f.tok(from).gap != gapNewline {
		from--
	}
	for j := from; j < len(f.toks) && (j == from || f.tok(j).gap != gapNewline) && !end(j); j++ {
		if w := f.word(j); sayVerb(w) || saying(w) || reportWord(w) {
			return true
		}
	}
	return false
}

// reportWord reports the words besides the say verbs that tell of words
// reported or posted.
func reportWord(w string) bool {
	return scan.HasAnyPrefix(w, "повідом", "заяв", "зазнач", "опубліков", "йдеться", "ідеться", "інформ", "передає",
		"цитує", "допис", "пост", "відео", "звернен", "звернувс", "звернула", "поясн", "наголош", "розповіда", "пишуть")
}

// acronym reports whether token i is a word in capitals: ОВА, МЗС.
func (f *finder) acronym(i int) bool {
	if i >= len(f.toks) || f.tok(i).kind != word {
		return false
	}
	w := f.slice(i, i+1)
	return scan.RuneCount(w) >= 2 && strings.ToUpper(w) == w
}

// saidNear reports a verb of posting or a page near the platform at i, in
// the same sentence: "написав у Facebook", "на своїй сторінці у Facebook".
func (f *finder) saidNear(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := f.tok(j)
		if t.kind == sym && strings.ContainsRune(".!?", t.r) || t.gap == gapNewline && j < i-1 {
			break
		}
		if t.kind == word && (sayVerb(t.text) || strings.HasPrefix(t.text, "сторінц") || strings.HasPrefix(t.text, "акаунт") ||
			strings.HasPrefix(t.text, "допис") || strings.HasPrefix(t.text, "каналі") || strings.HasPrefix(t.text, "профіл")) {
			return true
		}
	}
	for j := i + 1; j <= i+3 && j < len(f.toks); j++ {
		t := f.tok(j)
		if t.gap == gapNewline || t.kind == sym && strings.ContainsRune(".!?", t.r) {
			break
		}
		if t.kind == word && sayVerb(t.text) {
			return true
		}
	}
	return false
}

// publisherKinds are the kinds of candidate that give the publisher, in
// the order they are trusted; each returns the publisher c gives, or ""
// when c is not of its kind. The first candidate in text order of the
// first kind that has one is the publisher: a self-naming outlet, one
// cited in the lead, a credited one (or the outlet its photo credit
// names), one whose credit line names it, one told something, one
// recalling its own report.
var publisherKinds = []func(f *finder, c *candidate) string{
	func(_ *finder, c *candidate) string { return valueIf(c.role == RolePublisher, c.value) },
	func(_ *finder, c *candidate) string { return valueIf(c.lead, c.value) },
	func(_ *finder, c *candidate) string { return valueIf(c.credited, cmp.Or(c.pub, c.value)) },
	func(f *finder, c *candidate) string { return valueIf(c.own && f.creditNames(c.value), c.value) },
	func(_ *finder, c *candidate) string { return valueIf(c.told, c.value) },
	func(_ *finder, c *candidate) string { return valueIf(c.recalled, c.value) },
}

// valueIf returns v when ok, else "".
func valueIf(ok bool, v string) string {
	if ok {
		return v
	}
	return ""
}

// result turns the candidates into a Source: the first self-naming outlet
// is the publisher; every other name is cited, once.
func (f *finder) result() vistka.Source {
	src := vistka.Source{Publisher: f.publisher, Via: []string{}, Photo: []string{}}
	for _, kind := range publisherKinds {
		for i := 0; i < len(f.cands) && src.Publisher == ""; i++ {
			src.Publisher = kind(f, &f.cands[i])
		}
	}
	seen := map[string]bool{}
	var viaKeys, viaVals []string
	addTo := func(list *[]string, role, v string) {
		if role == RoleVia {
			// One body named twice is one source: "Міноборони" after
			// "пресслужба Міністерства оборони України", "ОВА" after
			// "Telegram-канал Львівської ОВА".
			key, short := bodyKey(v)
			// "прокуратура" after "Київська обласна прокуратура": the
			// body named by its kind alone.
			generic := !strings.Contains(v, " ") && v == strings.ToLower(v)
			if anaphoric[v] && len(viaKeys) > 0 {
				return // "зазначили у відомстві": the body named before
			}
			if first, rest, ok := strings.Cut(v, " "); ok && anonymousSources[first] && !strings.Contains(rest, " ") && descriptor(rest) &&
				slices.ContainsFunc(viaVals, func(w string) bool { a, _, _ := strings.Cut(w, " "); return anonymousSources[a] }) {
				return // "цитує джерело видання" after "повідомило джерело в СБУ": the outlet's source named before
			}
			if slices.ContainsFunc(viaKeys, func(k string) bool { return k == key || (short || generic) && strings.HasSuffix(k, " "+key) }) {
				return
			}
			if strings.Contains(v, " ") && slices.ContainsFunc(viaVals, func(w string) bool { return strings.HasPrefix(w, v+" ") }) {
				// "Джерело: Координаційний штаб" after "повідомив
				// Координаційний штаб з питань поводження з
				// військовополоненими": the body by the first words of
				// its name
				return
			}
			if slices.ContainsFunc(f.cands, func(c candidate) bool { return c.short == v && c.value != v && c.role == RoleVia }) {
				return // "SECO" after "Державний секретаріат з економічних питань (SECO)"
			}
			if slices.ContainsFunc(src.Via, func(w string) bool { return initialsOf(v, w) }) {
				return // "За даними «ВДЗ»" after "у «Віснику державних закупівель»": its initials
			}
			// "Центру" after "Центрі досліджень визвольного руху": the
			// body named again by the first word of its name alone, in
			// a case form of it (not "Харківобленерго" after
			// "Харківська ОВА").
			if !strings.Contains(v, " ") && v != strings.ToLower(v) && slices.ContainsFunc(viaVals, func(w string) bool {
				first, _, more := strings.Cut(w, " ")
				return more && sameStem(first, v)
			}) {
				return
			}
			viaKeys = append(viaKeys, key)
			viaVals = append(viaVals, v)
		}
		if !seen[role+"\x00"+v] {
			seen[role+"\x00"+v] = true
			*list = append(*list, v)
		}
	}
	given := map[vistka.Evidence]bool{}
	for _, c := range f.cands {
		role := c.role
		if c.told && !c.found && c.value != src.Publisher || c.of != "" && c.of != src.Publisher {
			// "Наталія розповіла Суспільному" in another outlet's text:
			// the body of the report, not its source line, and so is
			// whoever told it
			continue
		}
		switch {
		case c.body && c.value != src.Publisher:
			continue // a body cite: a quote of its source (see bodyCite)
		case (role == RolePublisher || role == RoleVia) && c.value == src.Publisher:
			role = RolePublisher
		case role == RolePublisher && strings.HasPrefix(src.Publisher, c.value+" "):
			// "Про це Суспільному повідомили" under the dateline of
			// "Суспільне Полтава": the outlet of its own regional edition
			role = RolePublisher
		case (role == RolePublisher || role == RoleVia) && src.Publisher != "" && strings.HasPrefix(c.value, src.Publisher+" "):
			// "Джерело: Суспільне Харків" after "Кореспондентка
			// Суспільного": the publisher's regional edition, no other
			role = RolePublisher
		case role == RolePublisher || role == RoleVia:
			role = RoleVia
			addTo(&src.Via, role, c.value)
		case role == RolePhoto:
			addTo(&src.Photo, role, c.value)
		case role == RoleVideo:
			addTo(&src.Video, role, c.value)
		}
		// (one name read by two rules, "Про це він розповів Укрінформу"
		// after the lead's speaker: one piece of evidence)
		if e := (vistka.Evidence{Role: role, Value: c.value, Start: c.start, End: c.end}); !given[e] {
			given[e] = true
			src.Evidence = append(src.Evidence, e)
		}
	}
	// An outlet is named as the text first writes it: "пише NV" gives
	// NV, not НВ, whatever the forms after.
	shown := map[string]string{}
	for _, c := range f.cands {
		if _, ok := shown[c.value]; !ok {
			shown[c.value] = c.shown
		}
	}
	show := func(v string) string {
		if s := shown[v]; s != "" {
			return s
		}
		return v
	}
	src.Publisher = show(src.Publisher)
	for i, v := range src.Via {
		src.Via[i] = show(v)
	}
	for i := range src.Evidence {
		src.Evidence[i].Value = show(src.Evidence[i].Value)
	}
	return src
}

// creditNames reports whether a photo credit of the text names v, alone
// or before its photographer or agency: "Фото: Kyiv Post / Getty Images".
func (f *finder) creditNames(v string) bool {
	return slices.ContainsFunc(f.cands, func(c candidate) bool {
		if c.role != RolePhoto {
			return false
		}
		rest, ok := strings.CutPrefix(c.value, v)
		return ok && (rest == "" || strings.HasPrefix(strings.TrimLeft(rest, " "), "/"))
	})
}

// finders are the people of a body who find something out: "аналітики
// Інституту вивчення війни".
var finders = map[string]bool{"аналітики": true, "експерти": true, "науковці": true, "дослідники": true,
	"фахівці": true, "вчені": true, "учені": true, "автори": true, "аудитори": true}

// findersOf returns where the body is named whose people, at j, came to
// a finding: "Такого висновку дійшли аналітики американського Інституту
// вивчення війни", "дійшли в Рахунковій палаті" give the institute and
// the chamber. It returns j when no body follows.
func (f *finder) findersOf(j int) int {
	k := j
	switch w := f.word(k); {
	case w == "в" || w == "у":
		k++
	case finders[w]:
		k++
		for n := 0; n < 2 && !f.tok(k).upper && adjective(f.word(k)); n++ {
			k++ // "американського"
		}
	}
	if k > j && f.tok(k).upper {
		return k
	}
	return j
}

// stillOf reads whose video a still taken from it at a is: "скриншот з
// відео Генштабу", "кадр відеозвернення ДСНС" give Генштаб, ДСНС. A still
// of no one named ("скриншот", "кадр з відео") gives none.
func (f *finder) stillOf(a int) (phrase, bool) {
	switch f.tok(a).text {
	case "скриншот", "скріншот", "кадр", "скриншоти", "кадри":
	default:
		return phrase{}, false
	}
	k := a + 1
	if w := f.word(k); w == "з" || w == "із" {
		k++
	}
	switch f.word(k) {
	case "відео", "відеозвернення", "трансляції", "ефіру", "сюжету", "розслідування", "youtube-каналу":
	default:
		return phrase{}, false
	}
	if t := f.tok(k + 1); !t.upper && !(t.kind == sym && isQuote(t.r)) {
		return phrase{}, false // (or a name in quotation marks: "кадр із відео «Схем»")
	}
	return f.phrase(k + 1)
}

// stillLine reads a still credited on a line of its own, "Скриншот з
// відео Еспресо": the owner of the video is credited with the photo, as
// after "Фото: скриншот з відео X" (see stillOf). It returns the tokens
// read.
func (f *finder) stillLine(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline {
		return 0
	}
	p, ok := f.stillOf(i)
	if !ok || !f.lineEnds(p.next) || !f.addPhrase(RolePhoto, p) {
		return 0
	}
	return p.next - i
}

// initialsOf reports whether abbr, a short name in capitals (ВДЗ), is
// made of the initials of the words of name (Вісник державних закупівель).
func initialsOf(abbr, name string) bool {
	n := utf8.RuneCountInString(abbr)
	if n < 2 || n > 6 || strings.ToUpper(abbr) != abbr || strings.ToLower(abbr) == abbr {
		return false
	}
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String() == abbr
}

// pressServiceLine reads a line of its own that closes the text with a
// body's press service and nothing else, "Прес-служба Рівненської
// облдержадміністрації", "Пресцентр УжНУ", "Пресслужба АТ «…»", or a
// unit of the body named by its remit, "Сектор комунікації поліції …
// області" (a photo credit may follow): a press release signed by the
// service, which is cited as the statement's source, as "Повідомляє
// прес-служба …" is.
func (f *finder) pressServiceLine(i int) int {
	t := f.tok(i)
	if !t.upper || i == 0 || t.gap != gapNewline {
		return 0
	}
	if u := f.tok(i + 1); !pressHeads[t.text] && (u.kind != word || u.upper) {
		return 0 // a unit is named by its remit: "Управління транспорту …"
	}
	j := i + 1
	for j < len(f.toks) && f.tok(j).gap != gapNewline && (f.tok(j).kind == word || f.tok(j).kind == sym && isQuote(f.tok(j).r)) {
		j++
	}
	if j-i < 2 || j-i > 10 || j < len(f.toks) && f.tok(j).gap != gapNewline || !f.creditLine(i, j) {
		return 0
	}
	f.add(RoleVia, f.slice(i, j), i, j)
	return j - i
}

// pressHeads are the press services that sign a body's release;
// signingUnits the units that sign one in their own name, by their
// remit: "Сектор комунікації поліції …", "Департамент комунікацій МОЗ
// України", "Управління транспорту і зв'язку … міської ради".
var (
	pressHeads   = map[string]bool{"пресслужба": true, "прес-служба": true, "пресцентр": true, "прес-центр": true}
	signingUnits = map[string]bool{"сектор": true, "відділ": true, "департамент": true, "управління": true}
)

// presentTells are the present forms an outlet tells of itself with in
// a line closing the text: "Про це повідомляє Полтавщина.", "Про це пише
// Волинь24." (a person or a body tells in the past: "Про це повідомив
// голова громади").
var presentTells = map[string]bool{"повідомляє": true, "пише": true, "передає": true, "інформує": true}

// lineOpen returns where the source line of the cue at i opens: at i for
// a cue read whole from "про" ("про це пише"), at its "Про" for a verb
// after "Про це".
func (f *finder) lineOpen(i int, words []string) int {
	if words[0] != "про" && i >= 2 {
		return i - 2
	}
	return i
}

// creditLine reports whether the cue at i opens a line of its own that
// its name, ending before j, closes with a full stop or nothing, and no
// line of text follows but credits: "Передає Суспільне Дніпро." closing
// the report.
func (f *finder) creditLine(i, j int) bool {
	if i > 0 && f.tok(i).gap != gapNewline {
		return false
	}
	if f.isSym(j, ".") {
		j++
	}
	if j >= len(f.toks) {
		return true
	}
	if f.tok(j).gap != gapNewline {
		return false
	}
	t := f.tok(j)
	return creditWords[t.text] && t.kind == word
}

// creditWords are the words a credit line opens with: "Фото: …",
// "Джерело: …".
var creditWords = map[string]bool{"фото": true, "відео": true, "photo": true, "video": true, "джерело": true,
	"світлина": true, "фотографія": true, "колаж": true, "ілюстрація": true, "інфографіка": true,
	"першоджерело": true, "оригінал": true}

// closingLine reports whether the line that token j ends (past a full
// stop) closes the text, only credit lines after it: the line of a
// "Джерело: X" that credits the whole report.
func (f *finder) closingLine(j int) bool {
	if f.isSym(j, ".") {
		j++
	}
	for ; j < len(f.toks); j++ {
		t := f.tok(j)
		if t.gap != gapNewline {
			return false // the line goes on
		}
		switch t.text {
		case "фото", "відео", "photo", "video", "світлина", "колаж", "ілюстрація", "інфографіка":
			// another credit line; what follows is its own
			for j+1 < len(f.toks) && f.tok(j+1).gap != gapNewline {
				j++
			}
		default:
			return false
		}
	}
	return true
}

// siteLike reports whether the words from a to b, a name no known outlet
// has, read as a news site's rather than a body's, a firm's or a foreign
// agency's, which a "Джерело:" line leaves cited: one to three words, the
// first a capital, Cyrillic letters in them or a domain (Житомир.info,
// Волинь24, Кременчуцький ТелеграфЪ, Думська), no acronym of a body
// (ДСНС, ОВА) and no word of a body or a firm (міністерство, штаб, рада,
// поліція, компанія, Укренерго).
func (f *finder) siteLike(a, b int) bool {
	if b-a == 1 && f.tok(a).kind == word && !f.tok(a).upper {
		// a web address in lower case or from a digit, 056.ua,
		// vinnitsa.info; a body's (mvs.gov.ua) is no news site's
		v := f.slice(a, b)
		return siteName(v) && !strings.Contains(strings.ToLower(v), ".gov.")
	}
	if b-a < 1 || b-a > 3 || !f.tok(a).upper {
		return false
	}
	cyrillic := false
	for k := a; k < b; k++ {
		t := f.tok(k)
		if t.kind != word {
			return false
		}
		raw := f.slice(k, k+1)
		if !t.latin {
			cyrillic = true
		}
		if scan.RuneCount(raw) >= 2 && strings.ToUpper(raw) == raw && !strings.ContainsAny(raw, ".0123456789") {
			return false // an acronym: ДСНС, ОВА, МЗС
		}
		w := t.text
		if _, head := heads[w]; head || bodyWords[w] {
			return false
		}
		if scan.HasAnyPrefix(w, "мін", "держ", "нац", "укр", "генштаб", "міськ", "обл", "рай") {
			return false // Міноборони, Держприкордонслужба, Нацполіція, Укренерго, облрада
		}
		if strings.HasSuffix(w, "енерго") || strings.HasSuffix(w, "газ") {
			return false // Київенерго, Нафтогаз
		}
	}
	return cyrillic || siteName(f.slice(a, b))
}

// bodyWords are words of the names of bodies and firms (see siteLike).
var bodyWords = map[string]bool{
	"міністерство": true, "служба": true, "штаб": true, "офіс": true, "рада": true, "адміністрація": true,
	"поліція": true, "прокуратура": true, "управління": true, "департамент": true, "сили": true,
	"комітет": true, "уряд": true, "кабмін": true, "суд": true, "компанія": true, "банк": true,
	"командування": true, "посольство": true, "агентство": true, "фонд": true, "мерія": true,
	"виконком": true, "центр": true, "інститут": true, "університет": true, "лікарня": true,
	"бюро": true, "інспекція": true, "омбудсман": true, "уповноважений": true, "зсу": true,
	"президент": true, "президента": true, "кабінет": true, "міністрів": true, "парламент": true,
	"асоціація": true, "спілка": true, "федерація": true, "партія": true, "громада": true,
	"водоканал": true, "обленерго": true, "залізниця": true, "пошта": true, "аеропорт": true,
}

// talkedInLead reads a known outlet that tells in its lead, past a few
// words of when, that it talked with people: "Напередодні зими Суспільне
// Харків поговорило з енергетиками". The outlet is the publisher (its
// own interview); one at the start of a sentence is newsroomAt's.
func (f *finder) talkedInLead(i int) int {
	t := f.tok(i)
	if i > leadTokens || t.kind != word || !t.upper || f.tok(i-1).kind != word || f.tok(i-1).upper {
		return 0
	}
	if gates && !f.opensOutlet(i) && !legalForm[t.text] {
		// name reads an outlet only where one opens, or in quotation
		// marks after a legal form: none here
		return 0
	}
	p, ok := f.name(i)
	if !ok || p.outlet == nil || !p.outlet.self || f.staffNamed(p.value) {
		return 0
	}
	if e := f.tok(p.next); e.kind == word && e.upper && !e.latin && e.gap == gapSpace {
		p.value += " " + f.slice(p.next, p.next+1) // a regional edition: "Суспільне Харків"
		p.to, p.next = p.next+1, p.next+1
	}
	v := f.word(p.next)
	if !strings.HasPrefix(v, "поговори") && !strings.HasPrefix(v, "поспілкува") || f.word(p.next+1) != "з" && f.word(p.next+1) != "із" && f.word(p.next+1) != "зі" {
		return 0
	}
	f.addPhrase(RolePublisher, p)
	return p.next - i
}

// pluralPast reports whether the verb form w is a past plural: дізналися,
// з'ясували.
func pluralPast(w string) bool {
	return strings.HasSuffix(w, "ли") || strings.HasSuffix(w, "лися") || strings.HasSuffix(w, "лись")
}
