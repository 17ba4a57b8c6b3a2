package pipeline

import (
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
	return d
}
