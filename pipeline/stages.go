package pipeline

import (
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/amount"
	"github.com/vistka/vistka/date"
	"github.com/vistka/vistka/source"
)

func findSource(text string) vistka.Source { return source.Find(text) }

func findAmounts(text string) []vistka.Amount {
	if a := amount.Find(text); a != nil {
		return a
	}
	return []vistka.Amount{}
}

func findDates(a *vistka.Analysis) []vistka.Date {
	d := date.Finder{Published: a.Published, Tense: date.Tagged(a)}.Find(a.Text)
	if d == nil {
		return []vistka.Date{}
	}
	withPreposition(a.Text, d)
	return d
}

// withPreposition takes the temporal preposition у/в before a date into its
// text ("у вівторок", "в 2023 році"), as the extraction contract shows
// dates; the entity spans keep NER-UK's convention without it.
func withPreposition(text string, dates []vistka.Date) {
	var runes []rune
	for i := range dates {
		d := &dates[i]
		if runes == nil {
			runes = []rune(text)
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
