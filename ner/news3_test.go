package ner_test

import "testing"

// Floors of TestNews3Floor, ~0.02 under the numbers after session 32's
// rules (micro 0.929, PERS+LOC+ORG 0.938 on the corrected gold; 0.917 /
// 0.925 after session 31's; the first run, before the errors were
// studied, gave 0.858 / 0.875, as its README records).
const (
	news3Micro = 0.91
	news3PLO   = 0.92
)

// TestNews3Floor scores the shipped model on testdata/news3: 15 news texts
// of 2020–2025 on the war and security, regions and hromadas, diplomacy
// with many foreign names, courts and police, energy and the economy, the
// domains news1 and news2 barely touch: military units, weapon systems,
// surnames with a capital inside or an apostrophe, historical regions.
func TestNews3Floor(t *testing.T) {
	checkGoldFloor(t, "testdata/news3", news3Micro, news3PLO)
}
