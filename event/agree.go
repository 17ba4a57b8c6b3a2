package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// inReturn reports whether the clause before the verb at i tells that
// what is consented to was asked or pressed for: "Натомість Україна
// погодилася запровадити ліцензування", "на прохання Києва", "під
// тиском партнерів".
func (f *finder) inReturn(i int) bool {
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		switch l := f.low(j); {
		case l == "натомість":
			return true
		case (l == "прохання" || l == "тиск") && j > 0 && (f.low(j-1) == "на" || f.low(j-1) == "під"):
			return true
		}
	}
	return false
}

// saidWords are what one says or writes oneself.
var saidWords = map[string]bool{"слово": true, "рядок": true, "показання": true, "заява": true, "погляд": true,
	"переконання": true, "думка": true, "висловлювання": true, "теза": true}

// ownWords reports whether the verb at i is followed by від and one's own
// words: "відмовився від своїх слів", "від жодного свого рядка".
func (f *finder) ownWords(i int) bool {
	if i+2 >= len(f.toks) || f.low(i+1) != "від" {
		return false
	}
	own := false
	for j := i + 2; j < len(f.toks) && j <= i+5; j++ {
		t := &f.toks[j]
		if f.low(j) == "свій" {
			own = true
		}
		if strings.HasPrefix(t.Tag, "noun") {
			return own && saidWords[f.low(j)]
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// contractFrom reports whether the verb of receiving at i, with the giver
// g named in toks[i+1:end], tells of a contract: a contract noun received
// ("отримав підряд від ПАТ «ДТЕК»"), or a firm named before the verb
// getting money or work from a body that is no donor ("«Альфа» отримає від
// селищної ради 25 млн грн на ремонт каналізації"); aid words keep it aid
// ("отримало від міськради субвенцію").
func (f *finder) contractFrom(i, end int, g string) bool {
	if f.ents.Type(g) != "ORG" || f.donor(g) {
		return false
	}
	for end < len(f.toks) && end <= i+20 && f.toks[end].Kind != vistka.Punct {
		end++ // the giver's name may be long: "від Департаменту … облдержадміністрації на ремонт"
	}
	paid := false
	for j := i + 1; j < end; j++ {
		l := scan.ToLower(f.toks[j].Lemma)
		if aidNouns[l] {
			return false
		}
		if contractNouns[l] {
			// "отримав від Укрзалізниці замовлень на 27 млрд грн": a
			// tally of years in the genitive plural, no one contract
			return !hasCase(&f.toks[j], "v_rod") || !plural(&f.toks[j])
		}
		paid = paid || f.spanType(j) == "MON" || currencies[f.low(j)] || l == "на" && f.workAfter(j+1, end)
	}
	return paid && f.firmBefore(i)
}

// firmBefore reports whether the subject named in the clause before the
// verb at i is a firm: its name opens with a legal form, a legal form
// stands before it, or the document names it elsewhere with one
// ("ПАТ «Луцьксантехмонтаж №536»", then «Луцьксантехмонтаж №536»).
func (f *finder) firmBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8 && f.toks[j].Kind != vistka.Punct; j-- {
		e := f.entityAt(j)
		if e == "" {
			continue
		}
		if f.ents.Type(e) != "ORG" || !hasCase(&f.toks[j], "v_naz") && strings.Contains(f.toks[j].Tag, "v_") {
			return false
		}
		return f.firmActor([]string{e}, i) || f.formedElsewhere(e)
	}
	return false
}

// eventInfinitive reports whether token i is an infinitive that names an
// event of its own: співпрацювати, виділити.
func (f *finder) eventInfinitive(i int) bool {
	if i >= len(f.toks) || !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	v := f.verb(i)
	k, ok := verbs[v]
	return ok && k.typ != "" || gives[v]
}
