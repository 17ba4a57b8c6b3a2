package pipeline_test

import "testing"

// TestSources3 scores the source layer alone against
// testdata/gold/sources3.jsonl: 60 short texts of our own in the manner of
// national online media and TV channels' sites (programme retellings,
// projects as sources, outlets in oblique cases, foreign outlets retold,
// military sources, statistics and documents, credit forms; see the gold
// README, "Source set 3"); written and annotated before the first run,
// then studied (-gold.errors logs every error).
func TestSources3(t *testing.T) {
	runSourceGold(t, "sources3.jsonl", "sources3 gold", true, sources3Floor)
}

// Floor for TestSources3. First run (2026-12-07, session 49, main at
// 537d3f6 with the set, session 48's code; gold SHA-256 119c19ff…):
// source elements 123/173 (0.711): publishers missed 16, other 1,
// spurious 1; cited sources missed 22, spurious 4; photo credits missed
// 4, spurious 2. After helper h49s's fixes (forms of source lines, not
// outlets' names) 135/170 (0.794); the floor sits below, as that was
// reached reading this set's errors.
const sources3Floor = 0.76
