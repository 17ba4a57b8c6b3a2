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

// Floor for TestSources3: 0 until the lead sets it from the first run.
const sources3Floor = 0
