package ner_test

import "testing"

// Floors of TestNews2Floor, ~0.02 under the numbers after session 29's
// rules (micro 0.884, PERS+LOC+ORG 0.889 on the corrected gold; the first
// run, before the errors were studied, gave 0.807 / 0.830, as its README
// records).
const (
	news2Micro = 0.86
	news2PLO   = 0.86
)

// TestNews2Floor scores the shipped model on testdata/news2: 15 news texts
// of 2020–2025 on business, science, health, education, culture, sport,
// religion, transport and local government, the domains news1 barely
// touches, with more works (ART), events and products (MISC) and documents.
func TestNews2Floor(t *testing.T) {
	checkGoldFloor(t, "testdata/news2", news2Micro, news2PLO)
}
