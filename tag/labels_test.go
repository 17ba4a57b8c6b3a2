package tag

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// candLabelsIndex is candLabels by a search of the labels for every
// part: the definition candLabels must agree with.
func candLabelsIndex(t *token, slot [][numParts]int16) []uint16 {
	var labels []uint16
	for ci := range t.cands {
		for p, l := range t.cands[ci].tag.labels {
			slot[ci][p] = 0
			if l == noLabel {
				continue
			}
			k := slices.Index(labels, l)
			if k < 0 {
				k = len(labels)
				labels = append(labels, l)
			}
			slot[ci][p] = int16(k + 1)
		}
	}
	return labels
}

// TestCandLabels checks candLabels against a search of the labels, for
// tokens with few and with many candidates, labels from a few to any,
// and parts a tag lacks, with one scratch throughout: each call must
// leave its table of labels clear for the next.
func TestCandLabels(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	s := scratch{labels: make([]uint16, 3, 8)}
	for _, n := range []int{1, 2, 5, 12, 40, 100} {
		for _, spread := range []int{3, 50, 5000, 65534} {
			tags := make([]tagInfo, n)
			tok := token{cands: make([]cand, n)}
			for i := range tags {
				for p := range tags[i].labels {
					tags[i].labels[p] = uint16(rng.IntN(spread))
					if rng.IntN(5) == 0 {
						tags[i].labels[p] = noLabel
					}
				}
				tok.cands[i].tag = &tags[i]
			}
			want := make([][numParts]int16, n)
			wl := candLabelsIndex(&tok, want)
			s.candLabels(&tok)
			gl, got := s.labels, s.slot
			if !slices.Equal(gl, wl) || !slices.Equal(got, want) {
				t.Errorf("%d candidates, labels below %d: got %v %v, want %v %v", n, spread, gl, got, wl, want)
			}
		}
	}
}
