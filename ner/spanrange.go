package ner

import "github.com/vistka/vistka"

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
