package ner

import (
	"slices"

	"github.com/vistka/vistka"
)

// spansInside finds the spans, from index from on, that a rule putting a
// new span over [start, stop) would replace: spans[k:k+n] are those that
// cover or cross the range. ok is false when one of them runs past it
// (starts before start or ends after stop), which such rules leave alone.
func spansInside(spans []vistka.Span, from, start, stop int) (k, n int, ok bool) {
	k = from
	for k < len(spans) && spans[k].End <= start {
		k++
	}
	for k+n < len(spans) && spans[k+n].Start < stop {
		n++
	}
	return k, n, n == 0 || spans[k].Start >= start && spans[k+n-1].End <= stop
}

// putSpan puts a span of type typ over the run of tokens run in place of
// the spans, from index from on, that it covers, unless one of them runs
// past it; ok reports whether it did.
func putSpan(spans []vistka.Span, from int, run []vistka.Token, typ string) ([]vistka.Span, bool) {
	start, stop := run[0].RStart, run[len(run)-1].REnd
	k, n, ok := spansInside(spans, from, start, stop)
	if !ok {
		return spans, false
	}
	return slices.Replace(spans, k, k+n, vistka.Span{Start: start, End: stop, Type: typ, Text: joinTokens(run)}), true
}
