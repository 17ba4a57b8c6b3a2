package cputime_test

import (
	"runtime"
	"testing"

	"github.com/vistka/vistka/internal/cputime"
)

func TestUsedGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no CPU time on this system")
	}
	a := cputime.Used()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if b := cputime.Used(); b <= a || x < 0 {
		t.Errorf("CPU time did not grow: %v then %v", a, b)
	}
}
