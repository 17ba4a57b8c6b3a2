package ner

import "github.com/vistka/vistka"

// kindProven turns on spreadProvenCompanies; a variable for experiments.
var kindProven = true

// provenCompanies returns the names in Latin letters of the ORG spans
// that a company's or an outlet's word stands right before (компанії
// Siemens Healthineers), for spreadProvenCompanies. spans are the
// document's, sorted, over the sentences sents, as the rules of each
// sentence left them (harmonizeTypes may outvote them).
func provenCompanies(sents []vistka.Sentence, spans []vistka.Span) []string {
	var proven []string // (few: most texts have none)
	s, i := 0, 0
	for k := range spans {
		sp := &spans[k]
		if sp.Type != "ORG" || !latinWords(sp.Text) {
			continue
		}
		// the token right before the span, walking the sentences on
		for s < len(sents) && (len(sents[s].Tokens) == 0 || sents[s].Tokens[len(sents[s].Tokens)-1].REnd <= sp.Start) {
			s, i = s+1, 0
		}
		if s == len(sents) {
			break
		}
		toks := sents[s].Tokens
		for i < len(toks) && toks[i].RStart < sp.Start {
			i++
		}
		if i == 0 || i == len(toks) || toks[i].RStart != sp.Start {
			continue
		}
		if w := &toks[i-1]; companyWord(w) || outletKindWord(w) {
			proven = append(proven, sp.Text)
		}
	}
	return proven
}

// spreadProvenCompanies makes an ORG of every span of a name in Latin
// letters that the document calls a company's or an outlet's once by the
// word before it: "отримала від компанії Siemens Healthineers" proves the
// headline's "томограф від Siemens Healthineers", which the model reads
// as a thing (MISC), the company; "данської компанії Nordvind Energi"
// proves "Директор Nordvind Energi Ларс Еллегорд", read as a person's
// name. One name is one thing in a text, and the kind word is better
// evidence than the model's votes, which harmonizeTypes counts. proven
// are the names provenCompanies found, before the votes.
func spreadProvenCompanies(proven []string, spans []vistka.Span) {
	if len(proven) == 0 {
		return
	}
	for k := range spans {
		sp := &spans[k]
		if sp.Type != "MISC" && sp.Type != "PERS" && sp.Type != "ART" {
			continue
		}
		for _, p := range proven {
			if sp.Text == p {
				sp.Type = "ORG"
				break
			}
		}
	}
}
