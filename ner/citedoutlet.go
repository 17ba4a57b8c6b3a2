package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// citedOutlets turns on retypeCitedOutlets; a variable for experiments.
var citedOutlets = true

// retypeCitedOutlets makes a name in Latin letters, not in quotes, that
// a report cites as its source or that a photo credit names an ORG:
// "повідомляє [ORG Deutsche Welle]" (the model read MISC), "Фото: [ORG
// Reuters]" (LOC), "як пише [ORG Politico]", "Фото: [ORG Getty Images]"
// (ART). An agency or a broadcaster named so is a body, as NER-UK tags
// Укрінформ after повідомляє; a publication the model read as a work
// after a verb of reporting stays one (NER-UK tags newspapers and sites
// ART, пише Forbes), and a place the gazetteer knows stays a place. A credit's name in Latin letters no
// span covers, one to three capitalised words after Фото: or Джерело:,
// is added as an ORG (Фото: Getty Images). spans[from:] are the
// sentence's spans, sorted.
func retypeCitedOutlets(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "LOC" && sp.Type != "MISC" && sp.Type != "ART" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b > a && sp.Type == "LOC" && !latinWords(sp.Text) && citedAt(toks, a) == citedCredit && creditLine(toks, b) {
			// "Джерело: Укрінформ", "Фото: Європейська правда": an outlet's
			// name, to the line's end, that the model read as a place
			// (or its adjective alone); a place the gazetteer knows, whole,
			// stays one (Фото: Київ)
			if name := joinTokens(toks[a:]); gazetteer.Lookup(name)&gazetteer.Location == 0 {
				sp.End, sp.Text, sp.Type = toks[len(toks)-1].REnd, name, "ORG"
				spans = spans[:k+1] // (the line's last words held no span of their own)
			}
			continue
		}
		if b <= a || !latinWords(sp.Text) || gazetteer.Lookup(sp.Text)&gazetteer.Location != 0 {
			continue
		}
		if c := citedAt(toks, a); c == 0 || c == citedReport && sp.Type == "ART" {
			continue
		}
		sp.Type = "ORG"
	}
	for i := 2; i < len(toks); i++ {
		if toks[i-1].Text != ":" || !creditWords[scan.ToLower(toks[i-2].Text)] {
			continue
		}
		j := i
		for j < len(toks) && j-i < 3 && toks[j].Kind == vistka.Word && startsUpper(toks[j].Text) && latinWords(toks[j].Text) {
			j++
		}
		if j == i || (j < len(toks) && toks[j].Kind == vistka.Word) || covered(spans[from:], toks[i].RStart, toks[j-1].REnd) {
			continue
		}
		spans = insertSpan(spans, from, vistka.Span{Start: toks[i].RStart, End: toks[j-1].REnd, Type: "ORG", Text: joinTokens(toks[i:j])})
	}
	for i := 1; i < len(toks); i++ {
		// "пише 0342.ua", "передає 0462.ua": a city site named by its
		// telephone code, which the model, seeing digits, leaves
		if siteName(toks[i].Text) && citedAt(toks, i) != 0 && !covered(spans[from:], toks[i].RStart, toks[i].REnd) {
			spans = insertSpan(spans, from, vistka.Span{Start: toks[i].RStart, End: toks[i].REnd, Type: "ORG", Text: toks[i].Text})
		}
	}
	return spans
}

// siteTLDs are the domains a news site's name ends in.
var siteTLDs = []string{".ua", ".net", ".com", ".info", ".org", ".media", ".news"}

// siteName reports whether w, one token, is a news site's name written
// as its address and starting with a digit or a capital: 0342.ua,
// 056.ua, Sport.ua (pixabay.com, a photo bank's, starts in lower case).
func siteName(w string) bool {
	if w == "" || !(w[0] >= '0' && w[0] <= '9' || startsUpper(w)) {
		return false
	}
	for _, d := range siteTLDs {
		if len(w) > len(d) && strings.EqualFold(w[len(w)-len(d):], d) {
			return true
		}
	}
	return false
}

// How a name is cited (citedAt).
const (
	citedReport = 1 + iota // after a verb of reporting: повідомляє Reuters
	citedCredit            // in a credit: Фото: Reuters
	citedKind              // after its kind or a citing phrase: видання Politico, з посиланням на Reuters
)

// outletKindWord reports whether t is the word for an outlet's kind
// (outletKinds) that a name after it is the outlet's: радіостанція is
// left out, a transceiver too ("радіостанцію Icom IC-F6013").
func outletKindWord(t *vistka.Token) bool {
	l := scan.ToLower(t.Lemma)
	return outletKinds[l] && l != "радіостанція"
}

// citedAt tells whether and how the name at toks[a] is cited: after a
// verb of reporting or passing on right before it, after a credit's
// colon (Фото: …), or after the outlet's kind (outletKinds: "польське
// видання Rzeczpospolita", "агентство MTI") or "з посиланням на"; 0 for
// none. NER-UK reads a newspaper's name after a verb of reporting as a
// work (ART), which stays; after its kind or cited as a source it is the
// outlet, a body, as our entity sets annotate it. за даними is left out:
// NER-UK tags the portals and registers cited so every way (E-data MISC,
// SMIDA ORG, DT.UA ART).
func citedAt(toks []vistka.Token, a int) int {
	if a < 1 {
		return 0
	}
	w := scan.ToLower(toks[a-1].Text)
	switch {
	case reportWords[w] || passWords[w]:
		return citedReport
	case w == ":" && a >= 2 && creditWords[scan.ToLower(toks[a-2].Text)]:
		return citedCredit
	case outletKindWord(&toks[a-1]) && startsLower(toks[a-1].Text),
		w == "на" && a >= 2 && scan.ToLower(toks[a-2].Text) == "посиланням":
		return citedKind
	}
	return 0
}

// creditLine reports whether the words of a credit from toks[b] to the
// end of its sentence are at most three lower-case words and no verb,
// closing the name that starts before b (Європейська| правда).
func creditLine(toks []vistka.Token, b int) bool {
	if len(toks)-b > 3 {
		return false
	}
	for _, t := range toks[b:] {
		if t.Kind != vistka.Word || !startsLower(t.Text) || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
	}
	return true
}

// passWords are the forms of передавати a report passes its source's
// news on with (передає Reuters).
var passWords = map[string]bool{"передає": true, "передають": true, "передав": true, "передала": true, "передало": true, "передали": true}

// creditWords are the words of a credit line before its colon.
var creditWords = map[string]bool{"фото": true, "відео": true, "джерело": true, "ілюстрація": true, "інфографіка": true}
