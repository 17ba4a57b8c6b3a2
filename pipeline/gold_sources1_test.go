package pipeline_test

import "testing"

// TestSources1 scores the source layer alone against
// testdata/gold/sources1.jsonl: 60 short texts of our own, each in the
// manner of another outlet, sampling the forms in which Ukrainian news
// says its publisher, the sources it cites and its photo credits (see the
// gold README, "Source set 1"); written and annotated before the first
// run, then studied (-gold.errors logs every error).
func TestSources1(t *testing.T) {
	runSourceGold(t, "sources1.jsonl", "sources1 gold", true, sources1Floor)
}

// Floor for TestSources1. First run (2026-12-06, session 47, main at
// e845ac0 with the set; gold SHA-256 d5387782…): source elements 118/157
// (0.752): publishers missed 15, another 1; cited sources missed 15,
// spurious 4; photo credits missed 2, spurious 2. The lead corrected five
// entries against settled conventions (gold README): the first run
// against them 121/154 (0.786). After helper h47g's fixes (forms of
// source lines, not outlets' names) 148/149; the floor sits below, as
// those numbers were reached reading this set's errors.
const sources1Floor = 0.95
