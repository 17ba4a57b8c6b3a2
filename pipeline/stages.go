package pipeline

import (
	"sort"
	"strings"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/amount"
	"github.com/vistka/vistka/date"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/source"
)

func findSource(text string) vistka.Source { return source.Find(text) }

func findAmounts(text string, lexed []scan.Token) []vistka.Amount {
	if a := amount.FindLexed(text, lexed); a != nil {
		return a
	}
	return []vistka.Amount{}
}

// countedNouns gives a count without a unit the noun it counts, from the
// tagged tokens: "понад 4 тисячі поправок" counts поправка, "2 млн
// снарядів" снаряд. The noun joins the amount's text.
func countedNouns(a *vistka.Analysis, amounts []vistka.Amount) {
	var runes []rune
	for i := range amounts {
		am := &amounts[i]
		if am.Unit != "" || am.Value == nil {
			continue
		}
		s := a.SentenceAt(am.End)
		if s < 0 {
			s = a.SentenceAt(am.End - 1)
		}
		if s < 0 {
			continue
		}
		toks := a.Sentences[s].Tokens
		k := sort.Search(len(toks), func(k int) bool { return toks[k].RStart >= am.End })
		if k >= len(toks) || toks[k].RStart-am.End > 1 {
			continue
		}
		t := &toks[k]
		if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "prop") || strings.Contains(t.Tag, "pron") ||
			t.Lemma == "" || !strings.Contains(t.Tag, "v_rod") && !strings.Contains(t.Tag, "v_naz") && !strings.Contains(t.Tag, "v_zna") {
			continue
		}
		if runes == nil {
			runes = a.Runes()
		}
		if t.REnd > len(runes) {
			continue
		}
		am.Unit = strings.ToLower(t.Lemma)
		am.End = t.REnd
		am.Text = string(runes[am.Start:am.End])
	}
}

// fixTypes corrects types the entity model is known to get wrong:
//   - a "miscellaneous" span naming a part of a listed place (Центральна
//     Азія, Південна Європа, Західна Україна) is a place;
//   - a "person" with digits in its name (G7) is an organisation;
//   - a month taken for a name (в червні as LOC) is a date.
func fixTypes(spans []vistka.Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type == "PERS" && strings.ContainsAny(sp.Text, "0123456789") {
			sp.Type = "ORG" // G7, G20, C5+1: no person's name has digits
			continue
		}
		if months[sp.Lemma] && sp.Type != "DATE" {
			sp.Type, sp.Lemma = "DATE", sp.Text // "в червні" is no place
			continue
		}
		if sp.Type != "MISC" {
			continue
		}
		w := strings.Fields(sp.Lemma)
		if len(w) != 2 || !directions[strings.ToLower(w[0])] || !gazetteer.Default().KnownAs(w[1], "LOC") {
			continue
		}
		sp.Type = "LOC"
	}
}

// months are the names of the months in lower case, as base forms.
var months = map[string]bool{
	"січень": true, "лютий": true, "березень": true, "квітень": true, "травень": true, "червень": true,
	"липень": true, "серпень": true, "вересень": true, "жовтень": true, "листопад": true, "грудень": true,
}

// directions are the adjectives that cut a region out of a place.
var directions = map[string]bool{
	"центральна": true, "південна": true, "північна": true, "західна": true, "східна": true,
	"середня": true, "південно-східна": true, "південно-західна": true, "північно-східна": true,
	"північно-західна": true, "центральний": true, "південний": true, "північний": true,
	"західний": true, "східний": true, "близький": true, "далекий": true,
}

func findDates(a *vistka.Analysis, lexed []scan.Token) []vistka.Date {
	d := date.Finder{Published: a.Published, Tense: date.Tagged(a)}.FindLexed(a.Text, lexed)
	if d == nil {
		return []vistka.Date{}
	}
	withPreposition(a, d)
	return d
}

// withPreposition takes the temporal preposition у/в before a date into its
// text ("у вівторок", "в 2023 році"), as the extraction contract shows
// dates; the entity spans keep NER-UK's convention without it.
func withPreposition(a *vistka.Analysis, dates []vistka.Date) {
	var runes []rune
	for i := range dates {
		d := &dates[i]
		if runes == nil {
			runes = a.Runes()
		}
		s := d.Start
		if s < 2 || s > len(runes) || runes[s-1] != ' ' {
			continue
		}
		p := runes[s-2]
		if p != 'у' && p != 'в' && p != 'У' && p != 'В' {
			continue
		}
		if s >= 3 && (unicode.IsLetter(runes[s-3]) || unicode.IsDigit(runes[s-3])) {
			continue
		}
		d.Start = s - 2
		d.Text = string(runes[d.Start:d.End])
	}
}
