package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// bidNouns are what a tender's customer accepts or turns down: bids and
// bidders.
var bidNouns = map[string]bool{
	"пропозиція": true, "заявка": true, "учасник": true, "фірма": true, "компанія": true, "претендент": true,
}

// rejectedBid reports whether the verb of rejecting at i, told with no one
// doing it (passive or impersonal), has bids or bidders for its object in
// its clause: "Усі пропозиції відхилено", "Першу фірму відхилили",
// "дешевшу пропозицію відхилили", "заявки були відхилені".
func (f *finder) rejectedBid(i int) bool {
	if !strings.HasPrefix(f.low(i), "відхил") {
		return false
	}
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < len(f.toks) && j >= i-6 && j <= i+4; j += step {
			if t := &f.toks[j]; t.Kind == vistka.Punct {
				break
			}
			if bidNouns[f.low(j)] {
				return true
			}
		}
	}
	return false
}

// bidOwner returns the firm or body whose bid the verb of rejecting at i
// turns down, named in the genitive right after the bid noun in its
// clause, itself or by a common noun before the name: "пропозицію фірми
// «Альфа» відхилили", "Відхилили заявку ТОВ «Омега»", or "".
func (f *finder) bidOwner(i int) string {
	if !strings.HasPrefix(f.low(i), "відхил") {
		return ""
	}
	for _, step := range []int{-1, 1} {
		for k := i + step; k >= 0 && k < len(f.toks) && k >= i-8 && k <= i+4; k += step {
			if f.toks[k].Kind == vistka.Punct {
				break
			}
			if l := f.low(k); l != "пропозиція" && l != "заявка" || f.entityAt(k) != "" {
				continue
			}
			j := k + 1
			if j < len(f.toks) && f.entityAt(j) == "" && isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_rod") {
				j++ // "пропозицію фірми «Альфа»": the kind of the body named
			}
			if j < len(f.toks) && f.toks[j].Kind == vistka.QuoteMark {
				j++
			}
			if e := f.entityAt(j); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "PERS") {
				return e
			}
		}
	}
	return ""
}

// bidder returns the one bidder told of in the two sentences before,
// whose bid the singular bid noun rejected at i is: "На участь у
// тендері подавалося ПАТ «Альфа». … Однак пропозицію відхилили" (the
// first firm or body named after the verb of applying), or "".
func (f *finder) bidder(i int) string {
	single := false
	for j := max(i-3, 0); j < len(f.toks) && j <= i+2; j++ {
		if l := f.low(j); (l == "пропозиція" || l == "заявка") && !plural(&f.toks[j]) {
			single = true
		}
	}
	if !single {
		return ""
	}
	for s := f.s - 1; s >= 0 && s >= f.s-2; s-- {
		toks := f.a.Sentences[s].Tokens
		applied, part := -1, false
		for j := range toks {
			l := scan.ToLower(toks[j].Lemma)
			if strings.HasPrefix(l, "подава") || l == "подати" || l == "податися" {
				applied = j
			}
			part = part || l == "участь"
		}
		if applied < 0 || !part {
			continue
		}
		for j := applied + 1; j < len(toks); j++ {
			if e := f.ents.At(toks[j].RStart, toks[j].REnd); e != "" && f.ents.Type(e) == "ORG" {
				return e
			}
		}
	}
	return ""
}

// tenderHolder returns the body the sentence before tells held a tender
// (the first firm or body named before провести / проводити with тендер,
// торги or закупівлю after it), or "": the customer of a contract the
// next sentence tells with no one doing it ("Управління провело тендер
// на ремонт. За результатами торгів було акцептовано пропозицію ПАТ
// «Альфа»").
func (f *finder) tenderHolder() string {
	if f.s == 0 {
		return ""
	}
	toks := f.a.Sentences[f.s-1].Tokens
	for j := range toks {
		if l := scan.ToLower(toks[j].Lemma); l != "провести" && l != "проводити" {
			continue
		}
		held := false
		for k := j + 1; k < len(toks) && k <= j+3; k++ {
			switch scan.ToLower(toks[k].Lemma) {
			case "тендер", "торг", "закупівля":
				held = true
			}
		}
		if !held {
			continue
		}
		for k := range j {
			if e := f.ents.At(toks[k].RStart, toks[k].REnd); e != "" && f.ents.Type(e) == "ORG" {
				return e
			}
		}
	}
	return ""
}

// procurementWords are the lemmas that place a sentence in a
// procurement: a tender, its bids, its customer.
var procurementWords = map[string]bool{"тендер": true, "тендерний": true, "торг": true, "закупівля": true,
	"закупівельний": true, "пропозиція": true, "замовник": true, "prozorro": true, "прозорро": true}

// procurement reports whether the sentence tells of a procurement
// (тендерний комітет, пропозиція, замовник).
func (f *finder) procurement() bool {
	for k := range f.toks {
		if procurementWords[scan.ToLower(f.toks[k].Lemma)] {
			return true
		}
	}
	return false
}

// customer returns the customer of the last contract told in the
// document: the actor of the last agreement with a firm or a body for its
// sole actor and a recipient, or "".
func (f *finder) customer(here []vistka.Event) string {
	all := append(slices.Clone(f.before), here...)
	for k := len(all) - 1; k >= 0; k-- {
		if e := &all[k]; e.Type == "AGREE" && len(e.Actors) == 1 && len(e.Recipients) > 0 && f.ents.Type(e.Actors[0]) == "ORG" {
			return e.Actors[0]
		}
	}
	return ""
}

// acceptedBid reports whether the verb of accepting at i has a bid for its
// object: "акцептували пропозицію ТОВ «Бета»".
func (f *finder) acceptedBid(i int) bool {
	return i+1 < len(f.toks) && strings.HasPrefix(f.low(i+1), "пропозиці")
}

// customerPays reports whether the subject of the verb of paying at i,
// in its clause, is the customer (замовник): one who pays for works or
// a service it ordered aids no one.
func (f *finder) customerPays(i int) bool {
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < len(f.toks) && j-i <= 6 && i-j <= 6; j += step {
			t := &f.toks[j]
			if t.Kind == vistka.Punct || finiteVerb(t) {
				break
			}
			if l := f.low(j); (l == "замовник" || l == "замовниця") && hasCase(t, "v_naz") {
				return true
			}
		}
	}
	return false
}

// procurementAfter reports whether the word at j is a procurement in the
// genitive, what a monitoring checks: "моніторинг закупівлі", "моніторинг
// тендеру".
func (f *finder) procurementAfter(j int) bool {
	if j >= len(f.toks) {
		return false
	}
	switch f.toks[j].Lemma {
	case "закупівля", "тендер", "торг", "процедура":
		return hasCase(&f.toks[j], "v_rod")
	}
	return false
}
