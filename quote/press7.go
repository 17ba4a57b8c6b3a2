package quote

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// The rules of this file were found reading the errors of the seventh
// press set (real local news).

// commaSayers are the cues that may report a clause after a bare comma,
// with no що: "Транспортники кажуть, за цей час зросло все".
var commaSayers = setOf("казати", "говорити", "розповідати", "пояснювати", "запевняти", "стверджувати")

// saysComma returns where what is said starts when the cue at i has its
// subject alone before it, from the sentence's start (nouns, adjectives
// and names, one noun in the nominative agreeing in number with the
// verb), and a comma after it opening a clause of its own with no
// conjunction: "Водії маршруток кажуть, пального не вистачає", "Голова
// громади каже, ремонт завершать до зими"; 0 otherwise.
func (d *doc) saysComma(i, from, to int) int {
	t := d.toks[i]
	if i == from || i+3 >= to || d.toks[i+1].Text != "," || !commaSayers[scan.ToLower(t.Lemma)] ||
		!strings.HasPrefix(t.Tag, "verb") || vtag.Has(t.Tag, "inf") || !(vtag.Has(t.Tag, "pres") || vtag.Has(t.Tag, "past")) {
		return 0
	}
	plural := vtag.Has(t.Tag, "p")
	subject := false
	for j := from; j < i; j++ {
		tg := d.toks[j].Tag
		if d.toks[j].Kind != vistka.Word || !(strings.HasPrefix(tg, "noun") || strings.HasPrefix(tg, "adj")) {
			return 0
		}
		if strings.HasPrefix(tg, "noun") && vtag.Has(tg, "v_naz") && vtag.Has(tg, "p") == plural {
			subject = true
		}
	}
	if !subject {
		return 0
	}
	n := d.toks[i+2]
	if n.Kind != vistka.Word || strings.HasPrefix(n.Tag, "conj") || strings.HasPrefix(n.Tag, "advp") || vtag.Has(n.Tag, "int") || vtag.Has(n.Tag, "rel") ||
		isThat(n.Lemma) || isConj(n.Lemma) {
		return 0
	}
	end := d.contentEnd(i+2, to)
	if d.words(i+2, end) < 3 || !d.hasFiniteVerb(i+2, end) {
		return 0
	}
	return i + 2
}

// dashSaid returns where what is said starts when a dash follows the cue
// at i and opens a clause with a verb of its own: "однак припускає –
// птахи скоріш за все заразилися вірусом"; 0 otherwise (a cue after a
// comma or a dash closes a quote before it: "…, – сказав він – і
// пішов").
func (d *doc) dashSaid(i, from, to int) int {
	t := d.toks[i]
	if i == from || i+3 >= to || !isDash(d.toks[i+1]) || !strings.HasPrefix(t.Tag, "verb") || vtag.Has(t.Tag, "inf") {
		return 0
	}
	if p := d.toks[i-1]; p.Text == "," || isDash(p) || p.Kind == vistka.QuoteMark || scan.EqualFold(p.Text, "не") {
		return 0 // (and "ще не підозрюють – випробування …": nothing held)
	}
	n := d.toks[i+2]
	if n.Kind != vistka.Word || strings.HasPrefix(n.Tag, "conj") || isConj(n.Lemma) || isThat(n.Lemma) {
		return 0
	}
	end := d.contentEnd(i+2, to)
	for k := i + 2; k < end; k++ {
		if isDash(d.toks[k]) || d.toks[k].Kind == vistka.QuoteMark {
			return 0 // a second dash or a quotation: not one clause told
		}
	}
	if d.words(i+2, end) < 3 || !d.hasFiniteVerb(i+2, end) {
		return 0
	}
	return i + 2
}

// reportSetOff reports whether "за повідомленням" at i opens a source set
// off by a comma: the genitive of who reported it, then the comma, with no
// verb or preposition between ("За повідомленням Центру, …"; not "За
// повідомленням про замінування поліція …").
func (d *doc) reportSetOff(i, from, to int) bool {
	if !scan.EqualFold(d.toks[i].Text, "за") || !(i == from || d.toks[i-1].Text == ",") || i+3 >= to ||
		d.toks[i+1].Lemma != "повідомлення" || !vtag.Has(d.toks[i+1].Tag, "v_oru") {
		return false
	}
	if n := d.toks[i+2]; !(vtag.Has(n.Tag, "v_rod") || n.Kind == vistka.QuoteMark || d.ents.At(n.RStart, n.REnd) != "") {
		return false
	}
	for k := i + 2; k < to && k <= i+9; k++ {
		t := d.toks[k]
		if t.Text == "," {
			return true
		}
		if strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "prep") || t.Kind == vistka.Punct {
			return false
		}
	}
	return false
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
	for j := from; j < to; j++ {
		if impersonalForm(d.toks[j]) || vtag.Has(d.toks[j].Tag, "impers") {
			impers = true
		}
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
