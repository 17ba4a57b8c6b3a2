package quote

// Direct quotes of real text that the finders of quote.go miss by shape:
// quoted reasons, requests and wordings, quotations named with whose they
// are, quotations with no cue whose speaker the narration before names,
// one-word answers, words retold over lines, asides with як, dialogue
// lines far from their speaker's last one.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// reasonConjs open a clause of reason.
var reasonConjs = setOf("оскільки", "бо", "адже")

// quotedBecause reads the quote at p as the reason a decision was given
// for, in the words of the one who made it, set off by a comma after the
// clause it explains: "Суд повернув злитки, оскільки «в подальшому
// застосуванні арешту відпала потреба»", "прокурор просив накласти арешт,
// «оскільки є підстави вважати, що …»". The conjunction may stand before
// the mark or open the quote; the speaker is the subject of the finite
// verb before the comma, in its clause. A quote that ends a sentence of
// its own or names something is none of this.
func (d *doc) quotedBecause(p pair, words int, endsSentence bool) (vistka.Quote, bool) {
	if words < 3 || endsSentence || p.open < 3 || d.toks[p.close].sent != d.toks[p.open].sent {
		return vistka.Quote{}, false
	}
	comma := -1
	switch {
	case d.toks[p.open-2].Text == "," && reasonConjs[scan.ToLower(d.toks[p.open-1].Text)]:
		comma = p.open - 2
	case d.toks[p.open-1].Text == "," && reasonConjs[scan.ToLower(d.toks[p.open+1].Text)]:
		comma = p.open - 1
	default:
		return vistka.Quote{}, false
	}
	if d.toks[comma].sent != d.toks[p.open].sent || d.inName(d.toks[p.open+1].RStart, d.toks[p.close-1].REnd) {
		return vistka.Quote{}, false
	}
	v := d.finiteVerbBefore(comma-1, comma-12, d.toks[p.open].sent) // the verb of the clause the reason explains
	if v < 0 {
		return vistka.Quote{}, false
	}
	return d.quotedReason(p, v, d.clauseFrom(v))
}

// requestNouns name a request one turns to someone with: "звернулися із
// проханням", "з вимогою", "із закликом".
var requestNouns = setOf("прохання", "вимога", "заклик")

// quotedRequest reads the quote at p as the words of a request, quoted
// whole in its щоб-clause after "звернутися з проханням": "ветерани
// звернулися із наполегливим проханням, щоб «солдатську кашу зберегти»".
// A fragment quoted in narration is a direct quote of its source, here
// the subject of звернутися; an adjective may stand before the noun and
// the addressee before з ("звернулися до мера з проханням").
func (d *doc) quotedRequest(p pair, words int) (vistka.Quote, bool) {
	if words < 2 || p.open < 5 {
		return vistka.Quote{}, false
	}
	s := d.toks[p.open].sent
	if d.toks[p.close].sent != s || d.toks[p.open-2].Text != "," {
		return vistka.Quote{}, false
	}
	if c := scan.ToLower(d.toks[p.open-1].Text); c != "щоб" && c != "аби" {
		return vistka.Quote{}, false
	}
	n := p.open - 3
	if t := d.toks[n]; t.sent != s || !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, "v_oru") || !requestNouns[scan.ToLower(t.Lemma)] {
		return vistka.Quote{}, false
	}
	k := n - 1
	if k > 0 && strings.HasPrefix(d.toks[k].Tag, "adj") && strings.Contains(d.toks[k].Tag, "v_oru") {
		k-- // "із наполегливим проханням"
	}
	if w := scan.ToLower(d.toks[k].Text); w != "з" && w != "із" && w != "зі" {
		return vistka.Quote{}, false
	}
	v := d.finiteVerbBefore(k-1, k-6, s)
	if v < 0 {
		return vistka.Quote{}, false
	}
	if l := scan.ToLower(d.toks[v].Lemma); l != "звернутися" && l != "звертатися" {
		return vistka.Quote{}, false
	}
	return d.quotedReason(p, v, d.clauseFrom(v))
}

// wordingNouns name the wording a decision or a message was given in:
// "відхилив з формулюванням: «…»".
var wordingNouns = setOf("формулювання", "мотивування", "обґрунтування", "резолюція")

// wordedAs returns the cue and the speaker of a quote opening at open
// after a colon and a noun of the wording it was given in, the subject of
// the verb before that noun in its clause: "Обидві пропозиції комітет
// відхилив з однаковим формулюванням: «…»". The noun may carry an
// adjective and the preposition з; "" when there is none or no speaker.
func (d *doc) wordedAs(open int) (cue, speaker, speakerText string) {
	if open < 3 || d.toks[open-1].Text != ":" {
		return "", "", ""
	}
	n := d.toks[open-2]
	if !strings.HasPrefix(n.Tag, "noun") || !wordingNouns[scan.ToLower(n.Lemma)] || n.sent != d.toks[open].sent {
		return "", "", ""
	}
	v := d.finiteVerbBefore(open-3, open-7, n.sent)
	if v < 0 {
		return "", "", ""
	}
	id, text := d.speaker(d.clauseFrom(v), v, v)
	if id == "" && text == "" {
		return "", "", ""
	}
	return scan.ToLower(n.Lemma), id, text
}

// utterance reports whether the one-word quote at p is a whole utterance
// rather than a name: it opens in capitals and stands as a sentence of
// its own, after a colon when its attribution is before it ("Але я
// відповіла : « Ні » ."), or opening its sentence when the attribution
// follows ("« Здалося » , — подумала дівчина ."). "працював у «Укрбуді»,
// – сказав він" quotes a name.
func (d *doc) utterance(p pair, before bool) bool {
	r, _ := utf8.DecodeRuneInString(d.toks[p.open+1].Text)
	if !unicode.IsUpper(r) {
		return false
	}
	if p.open == 0 {
		return !before
	}
	prev := d.toks[p.open-1]
	if before {
		return prev.Text == ":"
	}
	return prev.para != d.toks[p.open].para || isEnd(prev)
}

// quoteNouns name words someone said or wrote, whose owner follows in the
// genitive: "цитату Сергія Дорохова", "слова міністра".
var quoteNouns = setOf("цитата", "слово", "заява", "вислів", "висловлювання", "фраза", "твердження", "теза", "коментар", "звернення")

// quoteOf returns the cue and the speaker of a quote opening at open after
// a colon that ends a clause naming whose words follow, a noun of words
// and its owner's name in the genitive: "Тут варто навести цитату Сергія
// Дорохова , координатора SCAE в Україні : « … »". "" when there is none.
func (d *doc) quoteOf(open int) (cue, speaker, speakerText string) {
	from, to, ok := d.attributionBefore(open)
	if !ok || d.toks[to].Text != ":" {
		return "", "", ""
	}
	for k := from; k+1 < to; k++ {
		n := d.toks[k]
		if !strings.HasPrefix(n.Tag, "noun") || !quoteNouns[scan.ToLower(n.Lemma)] {
			continue
		}
		t := d.toks[k+1]
		if !vtag.Has(t.Tag, "v_rod") {
			continue
		}
		e := d.ents.At(t.RStart, t.REnd)
		if e == "" || d.ents.Type(e) == "LOC" || d.ents.At(n.RStart, n.REnd) == e {
			continue
		}
		return scan.ToLower(n.Lemma), e, d.mentionText(e, t.RStart)
	}
	return "", "", ""
}

// firstPersonBefore returns the speaker of a quote with no attribution
// that opens after the sentence before it in its line and speaks in the
// first person: the one person that sentence names ("… за умовами якого
// Дудко не міг виступати деінде . « Якщо чесно , я тим контрактом часто
// відбріхувався . …"). "" when the quote says no я, the sentence is on
// another line, or it names no person or more than one.
func (d *doc) firstPersonBefore(p pair) (id, text string) {
	first := false
	for i := p.open + 1; i < p.close && !first; i++ {
		switch scan.ToLower(d.toks[i].Text) {
		case "я", "мені", "мене", "мною":
			first = true
		}
	}
	end := p.open - 1
	if !first || end < 0 || !isEnd(d.toks[end]) || d.toks[end].para != d.toks[p.open].para {
		return "", ""
	}
	from, _ := d.sentenceRange(d.toks[end].sent)
	return d.onePersonIn(from, end)
}

// onePersonIn returns the one person toks[from:to] name (an entity of
// type PERS, however often), or nothing when they name none or several.
func (d *doc) onePersonIn(from, to int) (id, text string) {
	for j := from; j < to; j++ {
		t := d.toks[j]
		e := d.ents.At(t.RStart, t.REnd)
		if e == "" || d.ents.Type(e) != "PERS" || e == id {
			continue
		}
		if id != "" {
			return "", ""
		}
		id, text = e, d.mentionText(e, t.RStart)
	}
	if text == "" {
		return "", ""
	}
	return id, text
}

// introducedBy returns the speaker of a quotation with no cue of its own
// (at least four words and a verb) that follows a clause naming one person
// and no cue: after a colon in its sentence ("Свято відбулося за підтримки
// Ольги Петренко: «Я люблю це місто»"), or right after the sentence
// before in its paragraph, which is plain narration ("Захід відбувся за
// підтримки Михайла Коваля. «Нас надихає родина …»"). Local news
// introduce a speaker so.
func (d *doc) introducedBy(p pair, from, to int, before bool) (id, text string) {
	if before {
		if d.toks[to].Text != ":" {
			return "", ""
		}
		return d.onePersonIn(from, to)
	}
	end := p.open - 1
	if end < 0 || d.toks[end].Text != "." || d.toks[end].sent == d.toks[p.open].sent || d.toks[end].para != d.toks[p.open].para {
		return "", "" // (a quotation opening a paragraph of its own is not guessed)
	}
	f := d.sentStart[d.toks[end].sent]
	if !d.namesOnly(f, end) {
		return "", ""
	}
	return d.onePersonIn(f, end)
}

// namesOnly reports whether toks[from:end] quote nothing but short names
// (no run in quotation marks of more than three words: «Будинок радіо»).
func (d *doc) namesOnly(from, end int) bool {
	in, n := false, 0
	for i := from; i < end; i++ {
		switch t := d.toks[i]; {
		case t.Kind == vistka.QuoteMark:
			in, n = !in, 0
		case in && t.Kind == vistka.Word:
			if n++; n > 3 {
				return false
			}
		}
	}
	return true
}

// asAside returns where an aside "як X сказав" starts in the clause
// toks[from:to] before a comma and a quote, when one opens the clause or
// follows a comma in it and holds a cue; from otherwise.
func (d *doc) asAside(from, to int) int {
	for j := to - 2; j >= from; j-- {
		if !scan.EqualFold(d.toks[j].Text, "як") || j > from && d.toks[j-1].Text != "," {
			continue
		}
		for k := j + 1; k < to; k++ {
			if d.cueAt(k) != "" {
				return j
			}
		}
		return from
	}
	return from
}

// retold reports whether the mark toks[close], closing words quoted after
// a colon from toks[open] on, closes as well the quote left open at
// toks[pending] on an earlier line: someone retelling in the first person
// what was said to him closes both with one mark before his attribution
// ("«Він запитав: «…».\nЯ кажу «…».\nНа що він сказав: «…», – розказав
// Ледін."). The quote opened at pending must itself hold words quoted
// after a colon on its first line, the text between must speak in the
// first person, and the attribution after must have a cue.
func (d *doc) retold(pending, open, close int) bool {
	if open == 0 || d.toks[open-1].Text != ":" || d.toks[close].para-d.toks[pending].para > 12 {
		return false
	}
	nested, first := false, false
	for k := pending + 1; k < open; k++ {
		t := d.toks[k]
		if t.Kind == vistka.QuoteMark && t.para == d.toks[pending].para && d.toks[k-1].Text == ":" {
			nested = true
		}
		switch scan.ToLower(t.Text) {
		case "я", "мене", "мені", "ми", "нас", "нам":
			first = true
		}
	}
	if !nested || !first {
		return false
	}
	from, to, ok := d.attributionAfter(close)
	if !ok {
		return false
	}
	cue, _, _ := d.attribution(from, to)
	return cue != ""
}

// personalLemmas are the pronouns of the first and second person.
var personalLemmas = setOf("я", "ми", "ти", "ви", "мій", "наш", "твій", "ваш")

// farLine reports whether a line of dialogue toks[i:e] with no attribution,
// far paragraphs after the last line that had one (qs's last), is still
// that speaker's: profiles keep their one speaker's lines between
// paragraphs of narration about her ("— Зупинитись неможливо, — каже
// Юля. … (paragraphs about Юля) …\n— Якщо відійти від ростера хоч на
// секунду, то партія кави може бути зіпсована через твою неуважність.").
// It is, within twenty paragraphs, when the line speaks in the first or
// second person and the narration between names no other person.
func (d *doc) farLine(last vistka.Quote, i, e, far int) bool {
	if far > 20 || last.Speaker == "" {
		return false
	}
	personal := false
	for j := i + 1; j < e && !personal; j++ {
		t := d.toks[j]
		personal = strings.HasPrefix(t.Tag, "verb") && (vtag.Has(t.Tag, "1") || vtag.Has(t.Tag, "2")) ||
			personalLemmas[scan.ToLower(t.Lemma)] && strings.Contains(t.Tag, "pron")
	}
	if !personal {
		return false
	}
	for j := i - 1; j >= 0 && d.toks[j].REnd > last.End; j-- {
		t := d.toks[j]
		if e := d.ents.At(t.RStart, t.REnd); e != "" && e != last.Speaker && d.ents.Type(e) == "PERS" {
			return false
		}
		if t.Kind == vistka.QuoteMark && d.isOpening(j, nil) {
			// other words quoted between, not a name
			if k := d.nestedClose(j, i); k > 0 && d.words(j+1, k) > 3 {
				return false
			}
		}
	}
	return true
}

// negatedCue reports whether a cue in toks[from:to] has не right before
// it: "не запитуючи", "не сказав".
func (d *doc) negatedCue(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if scan.EqualFold(d.toks[k].Text, "не") && (d.cueAt(k+1) != "" || mannerLemma(d.toks[k+1].Lemma, d.toks[k+1].Tag) != "") {
			return true
		}
	}
	return false
}

// parenAside returns the aside in brackets right after the closing mark
// at close that says who wrote or said the words: "«у всій її олюдненій
// значущості» (як писав свого часу В. Ляхов)". It opens with як and holds
// a cue; ok is false otherwise.
func (d *doc) parenAside(close int) (from, to int, ok bool) {
	i := close + 1
	if i+2 >= len(d.toks) || d.toks[i].Text != "(" || !scan.EqualFold(d.toks[i+1].Text, "як") {
		return 0, 0, false
	}
	cued := false
	for j := i + 2; j < len(d.toks) && j <= i+10 && d.toks[j].sent == d.toks[close].sent; j++ {
		if d.toks[j].Text == ")" {
			return i + 1, j, cued
		}
		if d.cueAt(j) != "" {
			cued = true
		}
	}
	return 0, 0, false
}

// finiteVerbBefore returns the nearest finite verb (not an infinitive
// or an impersonal form) from i back to lim in sentence sent, stopping
// at punctuation; -1 when there is none.
func (d *doc) finiteVerbBefore(i, lim, sent int) int {
	for ; i >= 0 && i >= lim && d.toks[i].sent == sent; i-- {
		t := d.toks[i]
		if t.Kind == vistka.Punct {
			return -1
		}
		if strings.HasPrefix(t.Tag, "verb") && !vtag.Has(t.Tag, "inf") && !vtag.Has(t.Tag, "impers") {
			return i
		}
	}
	return -1
}
