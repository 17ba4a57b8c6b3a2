package ner

import (
	"math/rand/v2"
	"testing"
)

// TestAddRows checks addRows, which adds eight labels a step over rows
// read as maxLabels, against a plain sum label by label, for every
// number of labels up to maxLabels and of rows up to three passes of
// sumRows: a and dst nl apart in one slice of the capacity of rowsCap,
// the rows packed by packRow blockStride apart, with up to maxFix sums
// a row outside an int16.
func TestAddRows(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for nl := 1; nl <= maxLabels; nl++ {
		stride := blockStride(nl)
		for k := range 2*sumMax + 2 {
			// a, then dst.
			rows := make([]int32, 2*nl, rowsCap(2, nl))
			for i := range rows[:cap(rows)] {
				rows[:cap(rows)][i] = r.Int32() >> r.IntN(32)
			}
			want := make([]int32, nl)
			copy(want, rows)
			b := newRows(k, nl)
			src := make([]row16, k)
			for j := range src {
				row := make([]int32, nl)
				for l := range row {
					row[l] = int32(int16(r.Uint32()) >> r.IntN(16))
				}
				for range r.IntN(maxFix + 1) {
					row[r.IntN(nl)] = r.Int32() >> r.IntN(15)
				}
				if !packRow(b[j*stride:(j+1)*stride], row) {
					t.Fatalf("nl=%d: row not packed: %v", nl, row)
				}
				src[j] = row16At(b, j*stride)
				for l, x := range row {
					want[l] += x
				}
			}
			addRows(nl, rowAt(rows, nl), rowAt(rows, 0), src)
			for l, x := range rows[nl : 2*nl] {
				if x != want[l] {
					t.Fatalf("nl=%d, %d rows: label %d is %d, want %d", nl, k, l, x, want[l])
				}
			}
		}
	}
}

// TestPackRow checks that packRow takes a row with maxFix sums outside
// an int16 and refuses one with more, and that the extremes of int32
// come back whole.
func TestPackRow(t *testing.T) {
	const nl = 53
	b := newRows(1, nl)
	row := make([]int32, nl)
	ext := []int32{-1 << 31, 1<<31 - 1, 1 << 15, -1<<15 - 1, 65536}
	copy(row, ext)
	row[10] = -1 << 15
	row[11] = 1<<15 - 1
	if !packRow(b, row) {
		t.Fatalf("%d sums outside an int16 not packed", len(ext))
	}
	var a, dst [maxLabels]int32
	sumRows(nl, &dst, &a, []row16{row16At(b, 0)})
	for l, x := range row {
		if dst[l] != x {
			t.Errorf("label %d: %d, want %d", l, dst[l], x)
		}
	}
	row[nl-1] = 1 << 20
	if packRow(b, row) {
		t.Errorf("%d sums outside an int16 packed", len(ext)+1)
	}
}
