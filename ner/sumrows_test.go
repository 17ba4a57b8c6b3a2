package ner

import (
	"math/rand/v2"
	"testing"
)

// TestAddRows checks addRows, which adds eight labels a step over rows
// read as maxLabels, against a plain sum label by label, for every
// number of labels up to maxLabels and of rows up to three passes of
// sumRows, with the rows nl apart in one slice of the capacity of
// rowsCap.
func TestAddRows(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for nl := 1; nl <= maxLabels; nl++ {
		for k := range 2*sumMax + 2 {
			// The rows: a, then k rows to add, then dst.
			rows := make([]int32, (k+2)*nl, rowsCap(k+2, nl))
			for i := range rows[:cap(rows)] {
				rows[:cap(rows)][i] = r.Int32() >> r.IntN(32)
			}
			want := make([]int32, nl)
			for l := range want {
				for j := range k + 1 {
					want[l] += rows[j*nl+l]
				}
			}
			src := make([]rowRef, k)
			for j := range src {
				src[j] = rowAt(rows, (j+1)*nl)
			}
			at := (k + 1) * nl
			addRows(nl, rowAt(rows, at), rowAt(rows, 0), src)
			for l, x := range rows[at : at+nl] {
				if x != want[l] {
					t.Fatalf("nl=%d, %d rows: label %d is %d, want %d", nl, k, l, x, want[l])
				}
			}
		}
	}
}
