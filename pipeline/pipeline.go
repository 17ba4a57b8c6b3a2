package pipeline

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/amount"
	"github.com/vistka/vistka/date"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/event"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/quote"
	"github.com/vistka/vistka/source"
	"github.com/vistka/vistka/tokenize"
)

// Tagger fills Lemma and Tag of every token of a sentence.
type Tagger interface {
	TagSentence(s *vistka.Sentence)
}

// Recognizer finds named-entity spans, with base forms, in sentences whose
// tokens are tagged.
type Recognizer interface {
	Find(text string, sents []vistka.Sentence) []vistka.Span
}

// Pipeline is the loaded engine.
type Pipeline struct {
	tagger  Tagger
	ner     Recognizer
	aliases entity.Aliases
}

// New returns a pipeline over the given stages. ner and aliases may be nil.
func New(tagger Tagger, ner Recognizer, aliases entity.Aliases) *Pipeline {
	return &Pipeline{tagger: tagger, ner: ner, aliases: aliases}
}

// Analyze runs the text core and the entity tagger over text.
func (p *Pipeline) Analyze(text string, published time.Time) *vistka.Analysis {
	a, _ := p.analyze(text, published)
	return a
}

// analyze is Analyze; it returns the language of text too, which
// extractFrom takes instead of reading the whole text again.
func (p *Pipeline) analyze(text string, published time.Time) (*vistka.Analysis, string) {
	a := &vistka.Analysis{Text: text, Published: published, Sentences: tokenize.Sentences(text)}
	// Lines in capitals are read in the case of running text (shout.go);
	// the analysis sees that text until the entities are found.
	var changed []shouted
	if tc, ok := p.tagger.(*TextCore); ok {
		changed = unshout(a.Sentences, tc.Lexicon)
	}
	if len(changed) > 0 {
		a.Text = shadowText(text, a.Sentences, changed)
	}
	a.IndexRunes()
	for i := range a.Sentences {
		p.tagger.TagSentence(&a.Sentences[i])
	}
	// The entity model and its base forms are Ukrainian. On English text
	// it finds nonsense, so it does not run; on Russian, or Cyrillic text
	// of no language Language knows, it finds names well enough, but
	// Ukrainian endings would garble their base forms, so they stay as
	// written.
	cyr, uk, ru, lat, n := letterCounts(text)
	lang := languageOf(cyr, uk, ru, lat, n, text)
	// (nor on text with few letters: random bytes give names of nothing)
	if p.ner != nil && lang != "en" && !fewLetters(cyr+lat, n) {
		a.Spans = p.ner.Find(a.Text, a.Sentences)
		fixTypes(a.Spans)
		bf, _ := p.ner.(baseFormer)
		bodyTypes(a, bf)
		subjectNames(a)
		titledWomen(a)
		subjectAfterPlace(a)
		objectNames(a)
		surnamesAsWritten(a)
		if lang == "ru" || lang == "" {
			for i := range a.Spans {
				a.Spans[i].Lemma = a.Spans[i].Text
			}
		}
	}
	if len(changed) > 0 {
		a.Text = text
		a.IndexRunes()
		restoreShouted(a, changed)
	}
	if a.Spans == nil {
		a.Spans = []vistka.Span{}
	}
	return a, lang
}

// Extract reads everything vistka knows how to read from one document.
//
// With no publication date (published is zero), the date a byline near
// the top of the text gives is taken (date.Byline: "12.03.2026 10:15" on
// a line of its own), so that relative dates resolve.
func (p *Pipeline) Extract(text string, published time.Time) *vistka.Extraction {
	if published.IsZero() {
		published, _ = date.Byline(text)
	}
	if len(text) > chunkSize {
		x, _, _ := p.extractChunked(context.Background(), text, published, false)
		return x
	}
	return p.extractFrom(p.analyze(text, published))
}

// ExtractFrom runs the extraction stages over an analysed document.
func (p *Pipeline) ExtractFrom(a *vistka.Analysis) *vistka.Extraction {
	return p.extractFrom(a, Language(a.Text))
}

// extractFrom is ExtractFrom, with lang the language of a.Text.
func (p *Pipeline) extractFrom(a *vistka.Analysis, lang string) *vistka.Extraction {
	bf, _ := p.ner.(baseFormer)
	ents := entity.Link(joinedApart(outletsAsBodies(a), bf), p.aliases)
	x := &vistka.Extraction{
		Language: lang,
		Spans:    a.Spans,
		Entities: ents.Entities,
	}
	if !a.Published.IsZero() {
		x.Published = a.Published.Format(time.DateOnly)
	}
	if x.Entities == nil {
		x.Entities = []vistka.Entity{}
	}
	// Sources, amounts and dates read the same tokens of the shared
	// scanner, which go back to lexedBufs when all have read them.
	buf := lexedBufs.Get().(*[]scan.Token)
	lexed := scan.AppendLex((*buf)[:0], a.Text)
	x.Source = basePublisher(baseSources(source.Finder{Names: a.Spans}.FindLexed(a.Text, lexed), a.Spans), a)
	x.Quotes = ownReports(quote.Find(a, ents), ents, x.Source)
	kindArgs(a, ents, nil, x.Quotes)
	x.Amounts = findAmounts(a.Text, lexed)
	countedNouns(a, x.Amounts)
	amount.SameUnits(a.Text, x.Amounts)
	x.Amounts = amount.Kroner(x.Amounts, moneyCountry(a.Spans, amount.KronerCountries))
	x.Amounts = amount.Lei(x.Amounts, moneyCountry(a.Spans, amount.LeiCountries))
	x.Dates = findDates(a, lexed)
	clear(lexed) // let the text go
	*buf = lexed[:0]
	lexedBufs.Put(buf)
	x.Events = event.Find(a, ents, x.Quotes, x.Dates)
	kindArgs(a, ents, x.Events, nil)
	if tc, ok := p.tagger.(*TextCore); ok && tc.Lexicon != nil {
		pluralArgs(a, x.Events, tc.Lexicon.Inflect)
		pluralSpeakers(a, x.Quotes, tc.Lexicon.Inflect)
	}
	sentenceJobs(a)
	entity.QuotedNames(x.Entities)
	return x
}

// lexedBufs holds the slices of scanner tokens that extractFrom lexes
// texts into: 8 bytes of tokens a byte of text, which a new slice for
// each text had the garbage collector take back again and again.
var lexedBufs = sync.Pool{New: func() any { return new([]scan.Token) }}

// moneyCountry returns the one country of countries (those that pay in a
// shared money) the text names as a place, or "" when it names none or
// several: sums in bare крони in a story about Чехія are CZK.
func moneyCountry(spans []vistka.Span, countries map[string]string) string {
	country := ""
	for _, s := range spans {
		if s.Type != "LOC" {
			continue // (asked first: most spans are no place, and need no look-up)
		}
		if _, ok := countries[s.Lemma]; ok {
			if country != "" && country != s.Lemma {
				return ""
			}
			country = s.Lemma
		}
	}
	return country
}

// baseSources writes the sources cited that are names the entity tagger
// found, as the source finder took them from the text, in their base form: "за даними Державної прикордонної служби"
// cites Державна прикордонна служба. So it does an outlet the source
// finder does not know, taken as written for the publisher: "Про це
// «Волинським новинам» повідомили" is published by Волинські новини.
// spans are sorted by start.
func baseSources(src vistka.Source, spans []vistka.Span) vistka.Source {
	for i := range src.Evidence {
		ev := &src.Evidence[i]
		publisher := ev.Role == source.RolePublisher && ev.Value == src.Publisher && !source.IsOutlet(ev.Value)
		if ev.Role != source.RoleVia && ev.Role != source.RolePhoto && !publisher {
			continue
		}
		k := sort.Search(len(spans), func(k int) bool { return spans[k].Start >= ev.Start })
		// (a body's name with its remit after it, which the entity
		// tagger leaves out: "Координаційного штабу з питань поводження з
		// військовополоненими" → Координаційний штаб з питань …)
		tail := ""
		if k < len(spans) && spans[k].Start == ev.Start && spans[k].End < ev.End && (strings.HasPrefix(ev.Value, spans[k].Text+" з ") || strings.HasPrefix(ev.Value, spans[k].Text+" із ")) {
			tail = strings.TrimPrefix(ev.Value, spans[k].Text)
		}
		if k < len(spans) && spans[k].Start == ev.Start && spans[k].End == ev.End && strings.HasSuffix(ev.Value, ")") &&
			strings.HasPrefix(ev.Value, spans[k].Text+" (") {
			// (a body's post with its platform, which the evidence
			// leaves out: "у Facebook Бучанської міської ради" →
			// Бучанська міська рада (Facebook))
			tail = strings.TrimPrefix(ev.Value, spans[k].Text)
		}
		if k == len(spans) || spans[k].Start != ev.Start || spans[k].End != ev.End && tail == "" || spans[k].Text+tail != ev.Value || spans[k].Lemma == "" || spans[k].Lemma+tail == ev.Value {
			continue
		}
		switch spans[k].Type {
		case "ORG", "LOC", "PERS", "MISC":
		default:
			continue
		}
		lemma := spans[k].Lemma + tail
		if publisher {
			for j := range src.Evidence {
				if e := &src.Evidence[j]; e.Role == source.RolePublisher && e.Value == src.Publisher && j != i {
					e.Value = lemma
				}
			}
			src.Publisher = lemma
		}
		if ev.Role == source.RolePhoto {
			// "Фото: кадр із відео «Схем»": the owner of the still
			if j := slices.Index(src.Photo, ev.Value); j >= 0 {
				src.Photo[j] = lemma
			}
		} else if j := slices.Index(src.Via, ev.Value); j >= 0 {
			if slices.Contains(src.Via, lemma) {
				src.Via = slices.Delete(src.Via, j, j+1)
			} else {
				src.Via[j] = lemma
			}
		}
		ev.Value = lemma
	}
	return src
}

// basePublisher brings a publisher of one word that no entity span gave
// a base form, an outlet the source finder does not know taken as
// written, to its nominative by the morphology: "Як повідомили
// «Думській»" gives Думська, "у відповіді на запит «Прочерку»" Прочерк,
// "журналісти «Бабеля»" Бабель. A noun takes its lemma, a feminine
// adjective its feminine nominative; a word already in the nominative,
// or any other, is kept.
func basePublisher(src vistka.Source, a *vistka.Analysis) vistka.Source {
	v := src.Publisher
	if v == "" || strings.ContainsAny(v, " .-:") || source.IsOutlet(v) {
		return src
	}
	at := slices.IndexFunc(src.Evidence, func(e vistka.Evidence) bool { return e.Role == source.RolePublisher && e.Value == v })
	if at < 0 {
		return src
	}
	var tok *vistka.Token
	for i := range a.Sentences {
		for j := range a.Sentences[i].Tokens {
			if t := &a.Sentences[i].Tokens[j]; t.RStart == src.Evidence[at].Start && t.REnd == src.Evidence[at].End && t.Text == v {
				tok = t
			}
		}
	}
	if tok == nil || tok.Lemma == "" || strings.Contains(tok.Tag, "v_naz") {
		return src
	}
	base := tok.Lemma
	switch {
	case strings.HasPrefix(tok.Tag, "noun:"):
	case strings.HasPrefix(tok.Tag, "adj:f:") && strings.HasSuffix(base, "ий"):
		base = strings.TrimSuffix(base, "ий") + "а" // думський → думська
	default:
		return src
	}
	r, n := utf8.DecodeRuneInString(base)
	base = string(unicode.ToUpper(r)) + base[n:]
	for i := range src.Evidence {
		if e := &src.Evidence[i]; e.Role == source.RolePublisher && e.Value == v {
			e.Value = base
		}
	}
	src.Publisher = base
	return src
}

// The counts Language keeps, in one number, 16 bits each: it reads at
// most 20001 code points, so none overflows into the next.
const (
	langCyr = 1 << (16 * iota) // Cyrillic letters
	langUk                     // letters only Ukrainian writes
	langRu                     // letters only Russian writes
	langLat                    // Latin letters
)

// asciiLang holds what Language adds to its counts for each ASCII
// character: langLat for the letters.
var asciiLang = func() (l [utf8.RuneSelf]uint64) {
	for c := 'A'; c <= 'Z'; c++ {
		l[c], l[c|0x20] = langLat, langLat
	}
	return l
}()

// cyrillicLang holds what Language adds to its counts for the code points
// U+0400 to U+047F, the ones written as 0xd0 or 0xd1 and one more byte.
var cyrillicLang = func() (l [0x80]uint64) {
	for i := range l {
		c := rune(0x400 + i)
		switch {
		case c <= 0x45f: // the letters of the Cyrillic block
			l[i] = langCyr
		case unicode.Is(unicode.Cyrillic, c):
			l[i] = langCyr
		case unicode.Is(unicode.Latin, c):
			l[i] = langLat
		}
	}
	for _, c := range "іїєІЇЄ" {
		l[c-0x400] |= langUk
	}
	for _, c := range "ыэъёЫЭЁ" {
		l[c-0x400] |= langRu
	}
	return l
}()

// Language guesses the language of a text from its letters: uk, ru, en, or
// "" when it cannot tell. Text whose letters are fewer than a quarter of
// its characters (random bytes, a table of numbers) is "". Cyrillic text
// long enough that Ukrainian would have written і, ї, є or ґ (see
// ukLetters) and has none is not Ukrainian: Russian when it has Russian
// letters or words (see russianWords), else "".
func Language(text string) string {
	cyr, uk, ru, lat, n := letterCounts(text)
	return languageOf(cyr, uk, ru, lat, n, text)
}

// letterCounts counts the letters of the first 20001 code points of text
// that Language decides by: Cyrillic ones, those only Ukrainian or only
// Russian writes, Latin ones, and the code points read.
func letterCounts(text string) (cyr, uk, ru, lat, read uint64) {
	var counts uint64 // langCyr, langUk, langRu and langLat letters
	// The first 20001 code points. ASCII and the runes from U+0400 to
	// U+047F are read in place; the rest as a range loop would.
	n := 0
	quads := true // whether four letters of U+0400 to U+047F may start at i
	for i := 0; i < len(text) && n <= 20000; n++ {
		// Four such letters at once where a word starts and on while
		// they last and the 20001 code points have room for them (see
		// scan.RuneCount).
		if quads {
			for i+8 <= len(text) && n+3 <= 20000 {
				w := scan.Load64(text, i)
				if w&scan.CyrillicQuadMask != scan.CyrillicQuad {
					break
				}
				counts += cyrillicLang[int(w&1)<<6|int(w>>8&0x3f)] + cyrillicLang[int(w>>16&1)<<6|int(w>>24&0x3f)] +
					cyrillicLang[int(w>>32&1)<<6|int(w>>40&0x3f)] + cyrillicLang[int(w>>48&1)<<6|int(w>>56&0x3f)]
				i += 8
				n += 4
			}
			if i == len(text) || n > 20000 {
				break
			}
			quads = false
		}
		b := text[i]
		if b < utf8.RuneSelf {
			counts += asciiLang[b]
			i++
			quads = true
			continue
		}
		if b-0xd0 < 2 && i+1 < len(text) && text[i+1]&0xc0 == 0x80 {
			counts += cyrillicLang[int(b&1)<<6|int(text[i+1]&0x3f)]
			i += 2
			continue
		}
		c, size := utf8.DecodeRuneInString(text[i:])
		i += size
		quads = true
		switch {
		case c == 'ґ' || c == 'Ґ':
			counts += langUk + langCyr
		case unicode.Is(unicode.Cyrillic, c):
			counts += langCyr
		case unicode.Is(unicode.Latin, c):
			counts += langLat
		}
	}
	return counts & 0xffff, counts >> 16 & 0xffff, counts >> 32 & 0xffff, counts >> 48, uint64(n)
}

// ukLetters is how many Cyrillic letters a text needs before Language
// takes the lack of і, ї, є and ґ for another language: they are about
// one Ukrainian letter in fourteen, so a Ukrainian text of 60 letters
// lacks them all about once in 80, a headline of 20 about once in 4.
// With Russian words or letter pairs (russianWords) ruLetters are enough
// to call it Russian.
const (
	ukLetters = 60
	ruLetters = 20
)

// languageOf decides Language from its counts of Cyrillic letters, of
// letters only Ukrainian or only Russian writes and of Latin letters
// among the n characters read of text.
func languageOf(cyr, uk, ru, lat, n uint64, text string) string {
	switch {
	case fewLetters(cyr+lat, n):
		return "" // no letters, or too few among other characters: no language
	case lat > cyr*2:
		// (a short Ukrainian sentence about Transparency International
		// Ukraine has more Latin letters than Cyrillic ones: a third of
		// Cyrillic letters keeps it Ukrainian or Russian)
		return "en"
	case ru > uk:
		return "ru"
	case uk == 0 && cyr >= ruLetters && (ru > 0 || russianWords(text)):
		return "ru"
	case uk == 0 && cyr >= ukLetters:
		return ""
	}
	return "uk"
}

// fewLetters reports whether letters among n code points are none or
// fewer than a quarter of them: no text in any language.
func fewLetters(letters, n uint64) bool {
	return letters == 0 || letters*4 < n
}

// russianWords reports whether the first 20000 bytes of text hold one
// of the words Russian writes often and Ukrainian never (и, что, это,
// как, или, также, его, она, они), or a word with и before а vowel, и,
// е or я (России, новые, история), where Ukrainian writes і (Росії,
// історія), in any case.
func russianWords(text string) bool {
	if len(text) > 20000 {
		text = text[:20000]
	}
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		l := scan.ToLower(w)
		switch l {
		case "и", "что", "это", "как", "или", "также", "его", "она", "они":
			return true
		}
		if strings.Contains(l, "ии") || strings.Contains(l, "ие") || strings.Contains(l, "ия") {
			return true
		}
	}
	return false
}

// Document runs the pipeline over doc: it sets doc.Extraction (and
// doc.Language when empty) and returns the document's tokens with lemmas
// and offsets, which a store indexes for search.
func (p *Pipeline) Document(doc *vistka.Document) []vistka.Token {
	words, _ := p.DocumentContext(context.Background(), doc)
	return words
}

// DocumentContext is Document that gives up when ctx ends, returning
// ctx's error, so that a server does not spend the CPU of a long text on
// a request already timed out. It looks at ctx before the text is read
// and between the chunks of a long text (chunkSize bytes each): a
// check per sentence or token would cost more than it saves.
func (p *Pipeline) DocumentContext(ctx context.Context, doc *vistka.Document) ([]vistka.Token, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if doc.Published.IsZero() {
		doc.Published, _ = date.Byline(doc.Text)
	}
	if len(doc.Text) > chunkSize {
		x, words, err := p.extractChunked(ctx, doc.Text, doc.Published, true)
		if err != nil {
			return nil, err
		}
		doc.Extraction = x
		if doc.Language == "" {
			doc.Language = doc.Extraction.Language
		}
		return words, nil
	}
	a, lang := p.analyze(doc.Text, doc.Published)
	doc.Extraction = p.extractFrom(a, lang)
	if doc.Language == "" {
		doc.Language = doc.Extraction.Language
	}
	n := 0
	for _, s := range a.Sentences {
		n += len(s.Tokens)
	}
	words := make([]vistka.Token, 0, n)
	for _, s := range a.Sentences {
		words = append(words, s.Tokens...)
	}
	return words, nil
}

// Lemmatize splits text into tokens and fills their lemmas; it is the
// vistka.Lemmatizer the stores read queries with.
func (p *Pipeline) Lemmatize(text string) []vistka.Token {
	var out []vistka.Token
	for _, s := range tokenize.Sentences(text) {
		p.tagger.TagSentence(&s)
		out = append(out, s.Tokens...)
	}
	return out
}

// ownReports drops the indirect quotes whose speaker is the publisher
// itself ("…, повідомляє УНІАН" in УНІАН's own text): that line is the
// source layer's, not a statement the article reports. An outlet's own
// finding (`як з'ясували «Наші гроші»`, `з'ясувало ZN.UA`) stays: it
// attributes one claim, not the article, and is a quote of the outlet
// (the convention settled in session 21). The publisher named after its
// kind ("…, пише місцеве видання «Номер один»") is the publisher too: the
// speaker is then the kind's phrase, and the publisher's name follows it.
func ownReports(qs []vistka.Quote, ents *entity.Result, src vistka.Source) []vistka.Quote {
	publisher := src.Publisher
	if publisher == "" {
		return qs
	}
	return slices.DeleteFunc(qs, func(q vistka.Quote) bool {
		if q.Direct || findingCue(q.Cue) {
			return false
		}
		name := q.Speaker
		if i := entity.Index(q.Speaker); i >= 0 && i < len(ents.Entities) {
			name = ents.Entities[i].Name
		} else if outletKind(q.Speaker) && slices.ContainsFunc(src.Evidence, func(e vistka.Evidence) bool {
			return e.Role == source.RolePublisher && e.Value == publisher && e.Start > q.End && e.Start-q.End <= 40
		}) {
			return true
		}
		return strings.EqualFold(name, publisher)
	})
}

// outletKind reports whether a speaker's phrase names an outlet by its
// kind: видання, місцеве видання, сайт, газета.
func outletKind(phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	switch words[len(words)-1] {
	case "видання", "сайт", "газета", "портал", "інтернет-видання", "телеканал", "журнал":
		return true
	}
	return false
}

// findingCue reports whether a quote's cue tells a finding (з'ясувати,
// виявити, встановити) rather than a report.
func findingCue(cue string) bool {
	for _, f := range strings.Fields(strings.ToLower(cue)) {
		switch strings.Trim(f, ",.…") {
		case "з'ясувати", "з’ясувати", "виявити", "встановити":
			return true
		}
	}
	return false
}
