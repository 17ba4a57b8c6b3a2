package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// latinCompanies turns on retypeLatinCompanies; a variable for experiments.
var latinCompanies = true

// companyWords are the nouns that say the name after them is a
// company's: its kind (компанія, концерн, холдинг, стартап) or what it
// does as a business (виробник, оператор, перевізник). The agent nouns
// among them name a person too, but a person's name in Ukrainian news is
// written in Cyrillic: a name in Latin letters after them is a firm's.
var companyWords = map[string]bool{
	"компанія": true, "концерн": true, "корпорація": true, "холдинг": true, "агрохолдинг": true,
	"фірма": true, "стартап": true, "авіакомпанія": true, "енергокомпанія": true, "агрокомпанія": true,
	"виробник": true, "автовиробник": true, "розробник": true, "оператор": true, "постачальник": true,
	"перевізник": true, "авіаперевізник": true, "ритейлер": true, "провайдер": true, "забудовник": true,
	"девелопер": true, "дистриб'ютор": true, "дистрибʼютор": true, "маркетплейс": true,
}

// legalForms are the Latin marks of a company's legal form that end its
// name: Hanwha Aerospace Co, Baykar Inc, Rheinmetall AG.
var legalForms = map[string]bool{
	"inc": true, "ltd": true, "llc": true, "gmbh": true, "ag": true, "plc": true, "corp": true,
	"corporation": true, "co": true, "sa": true, "se": true, "nv": true, "bv": true, "spa": true, "oy": true, "ab": true, "as": true,
}

// retypeLatinCompanies makes an ORG of a name in Latin letters the model
// read as a person or a thing (MISC) when the words before it say it is
// a company's ("виробник Baykar", "Корпорація Lockheed Martin",
// "оператор Nova Poshta") or it ends in a legal form (Rheinmetall AG). A
// company word the model ran into a person's span at the start of a
// sentence ("[PERS Концерн Rheinmetall]") stays out of the name, and one
// it tagged a JOB before the name ("[JOB Оператор] [PERS Nova Poshta]")
// is no title: the JOB goes. So is a name in Latin letters between a
// title and a person's name written in Cyrillic ("Директор Nordvind
// Energi Ларс Еллегорд"). spans[from:] are the sentence's spans, sorted.
func retypeLatinCompanies(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && sp.Type != "MISC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a > 1 && companyWord(&toks[a]) && latinWords(joinTokens(toks[a+1:b])) {
			// "[PERS Концерн Rheinmetall]": the name is the rest
			a++
			sp.Start, sp.Text = toks[a].RStart, joinTokens(toks[a:b])
		}
		if b <= a || !latinWords(sp.Text) || inBrackets(toks, a) {
			continue
		}
		switch {
		case a > 0 && companyWord(&toks[a-1]):
			if k > from && spans[k-1].Type == "JOB" && spans[k-1].End == toks[a-1].REnd && adjectivesBefore(toks, spans[k-1].Start, a-1) {
				sp.Type = "ORG"
				spans = slices.Delete(spans, k-1, k)
				k--
				continue
			}
			sp.Type = "ORG"
		case legalForms[scan.ToLower(toks[b-1].Text)] && b-a > 1:
			sp.Type = "ORG"
		case sp.Type == "PERS" && a > 0 && k > from && spans[k-1].Type == "JOB" && spans[k-1].End == toks[a-1].REnd &&
			k+1 < len(spans) && spans[k+1].Type == "PERS" && b < len(toks) && spans[k+1].Start == toks[b].RStart && !latinWords(spans[k+1].Text):
			// "[JOB Директор] Nordvind Energi [PERS Ларс Еллегорд]": a
			// name in Latin letters between a title and a person's
			// name in Cyrillic is the body the title is of
			sp.Type = "ORG"
		}
	}
	return spans
}

// companyWord reports whether t is one of companyWords, in any case.
func companyWord(t *vistka.Token) bool {
	return companyWords[scan.ToLower(t.Lemma)]
}

// adjectivesBefore reports whether the tokens from the one starting at
// start up to toks[i] are adjectives: a JOB of a company word and the
// adjectives of its kind (поштовий оператор).
func adjectivesBefore(toks []vistka.Token, start, i int) bool {
	for j := i - 1; j >= 0 && toks[j].RStart >= start; j-- {
		if !strings.HasPrefix(toks[j].Tag, "adj") {
			return false
		}
	}
	return true
}

// kindCuts turns on cutKindWords; a variable for experiments.
var kindCuts = true

// cutKindWords cuts from an ORG span the company or outlet word and the
// adjectives before it that open it at the start of a sentence, where
// their capital makes the model read them as the name's: "[ORG Український
// стартап Kvanta]" → Kvanta, "[ORG Українська компанія Skyeton]" →
// Skyeton. The name is the words in Latin letters after the kind, as it
// is inside a sentence (український стартап Kvanta); a name in Cyrillic
// after a kind word stays whole (Національна компанія «Укренерго» is
// written so). spans[from:] are the sentence's spans.
func cutKindWords(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		p := a
		for p < b && strings.HasPrefix(toks[p].Tag, "adj") {
			p++
		}
		if p == a || p+1 >= b || !startsLower(toks[p].Text) {
			continue
		}
		if r := kindNamed(toks, p, b); r > 0 {
			sp.Start, sp.Text = toks[r].RStart, joinTokens(toks[r:b])
		}
	}
	return spans
}
