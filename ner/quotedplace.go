package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// quotedPlaces turns on retypeQuotedPlaces; a variable for experiments.
var quotedPlaces = true

// quotedPlacesNeed gates retypeQuotedPlaces and retypeQuotedWorks: the
// span follows an opening mark, « or „ (openQuote).
const quotedPlacesNeed = sbQuote

// retypeQuotedPlaces makes a quoted name right after a word for a kind of
// natural or open place a LOC, whatever the model read it as: "урочища
// «Маяк»", "заказника «Острів Жуків»", "родовища «Володимирець Східне»",
// "кладовища «Яцево»", "національний природний парк « Зачарований край
// »". The quotes make the model take such a name for a company's; but an
// urochyshche, a reserve, a field or a cemetery is a place, and NER-UK
// tags its name LOC (13 times in the training documents, ORG once). A
// built place with a keeper (аеропорт, стадіон, шахта, кінотеатр,
// заповідник as an institution) is mostly an ORG there and is not among
// the words, nor is ділянка (a plot is named after its owner as often:
// ділянку «Український фонд розвитку регіонів»). The rule puts 9 errors
// of cross-validation right and makes none.
// spans[from:] are the sentence's spans, sorted.
func retypeQuotedPlaces(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type == "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a < 2 || b >= len(toks) || !openQuote(toks[a-1].Text) || !closeQuote(toks[b].Text) {
			continue
		}
		if openPlaceWords[scan.ToLower(toks[a-2].Lemma)] && strings.HasPrefix(toks[a-2].Tag, "noun") {
			sp.Type = "LOC"
		}
	}
	return spans
}

// openPlaceWords are the lemmas of the words for a kind of natural or open
// place that its quoted name follows.
var openPlaceWords = map[string]bool{
	"урочище": true, "заказник": true, "кладовище": true, "цвинтар": true, "родовище": true, "парк": true,
	"пляж": true, "степ": true, "мікрорайон": true, "масив": true, "острів": true, "затока": true,
	"водосховище": true, "ставок": true, "балка": true, "сквер": true, "район": true,
}

// quotedWorks turns on retypeQuotedWorks; a variable for experiments.
var quotedWorks = true

// retypeQuotedWorks makes a quoted name right after a word for a kind of
// work an ART: "пісню « Цвинтарі »", "серіал « Спрут »", "в другому томі
// « Шевченківського словника »", "антиутопії « Гімн »". The model reads
// many such titles as ORG, for the quotes that companies' names have
// too. NER-UK tags a quoted name after these words ART 19 times in the
// training documents and MISC once; a newspaper (газета) or a programme
// is as often an ORG and is not among the words. The word may stand
// before the author's name (стрічку режисерки Олени Гребенюк « … »). The rule puts 6 errors
// of cross-validation right and makes none. spans[from:] are the
// sentence's spans, sorted.
func retypeQuotedWorks(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type == "ART" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a < 2 || b >= len(toks) || !openQuote(toks[a-1].Text) || !closeQuote(toks[b].Text) {
			continue
		}
		if w := workWordBefore(toks, spans, k, a-2); workWords[scan.ToLower(toks[w].Lemma)] && strings.HasPrefix(toks[w].Tag, "noun") {
			sp.Type = "ART"
		}
	}
	return spans
}

// workWordBefore returns the index of the word for a kind of work before a
// quoted title whose opening mark is at toks[j+1]: toks[j] itself, or the
// word before the author's name and the author's noun in the genitive
// ("стрічку режисерки Олени Гребенюк « Світло над Прип'яттю »", "роман
// Сергія Жадана « Інтернат »"). spans[k] is the title's span.
func workWordBefore(toks []vistka.Token, spans []vistka.Span, k, j int) int {
	if k == 0 || spans[k-1].Type != "PERS" || spans[k-1].End != toks[j].REnd {
		return j
	}
	p, _ := vistka.TokensIn(toks, spans[k-1].Start, spans[k-1].End)
	p--
	if p > 0 && startsLower(toks[p].Text) && strings.HasPrefix(toks[p].Tag, "noun") && strings.Contains(toks[p].Tag, "v_rod") && !workWords[scan.ToLower(toks[p].Lemma)] {
		p-- // режисерки, письменника
	}
	if p < 0 {
		return j
	}
	return p
}

// workWords are the lemmas of the words for a kind of work that its quoted
// title follows.
var workWords = map[string]bool{
	"пісня": true, "роман": true, "книга": true, "книжка": true, "вірш": true, "поема": true, "альбом": true,
	"серіал": true, "фільм": true, "кінофільм": true, "мультфільм": true, "том": true, "томик": true,
	"антиутопія": true, "п'єса": true, "повість": true, "оповідання": true, "збірка": true, "журнал": true,
	"картина": true, "опера": true, "балада": true, "новела": true, "трилогія": true, "сингл": true,
	"стрічка": true, "кінострічка": true, "ораторія": true, "симфонія": true, "кантата": true, "вистава": true,
}

// scriptures turns on retypeScriptures; a variable for experiments.
var scriptures = true

// retypeScriptures makes a one-word span naming a book of scripture an ART
// whatever the model read it as: "цитати з Біблії", "саме Євангеліє",
// "за всією Біблією". Capitalised and often the subject, as a person's
// name would be, such a name reads to the model as a PERS; NER-UK tags it
// as the title of a work (ART 18 times in the training documents, MISC
// once). The rule puts 9 errors of cross-validation right and makes none.
// spans[from:] are the sentence's spans, sorted.
func retypeScriptures(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type == "ART" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b == a+1 && scriptureNames.has(toks[a].Lemma) {
			sp.Type = "ART"
		}
	}
	return spans
}

// scriptureNames are the lemmas of the names of books of scripture.
var scriptureNames = newLowerSet("біблія", "євангеліє", "коран", "псалтир", "талмуд", "апокаліпсис")
