package quote

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// Indirect speech set off by punctuation alone, with no що: a clause after
// a cue's bare comma ("Водії кажуть, пального не вистачає") or dash
// ("однак припускає – птахи заразилися вірусом"), and a source named after
// за повідомленням and set off by a comma ("За повідомленням Центру, …").

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
