package pipeline_test

import "testing"

// TestSources2 scores the source layer alone against
// testdata/gold/sources2.jsonl: 60 short texts of our own, each in the
// manner of another outlet, leaning to what sources1 had little of
// (regional and city sites, bodies publishing their own news, posts
// retold, Radio Svoboda's projects, English-language outlets, live blogs,
// interview digests, sponsored items, reprint lines, double chains,
// sources named by type, credits of many kinds; see the gold README,
// "Source set 2"); written and annotated before the first run, then
// studied (-gold.errors logs every error).
func TestSources2(t *testing.T) {
	runSourceGold(t, "sources2.jsonl", "sources2 gold", true, sources2Floor)
}

// Floor for TestSources2. First run (2026-12-06, session 48, main at
// babfc88 with the set, session 47's code; gold SHA-256 62c71265…):
// source elements 100/163 (0.613): publishers missed 28; cited sources
// missed 19, spurious 8; photo credits missed 6, spurious 2. The lead
// then corrected six entries against the settled convention of a
// closing press-service line (cited, no publisher; gold README): the
// first run against them 107/168 (0.637). After helpers h48g's and
// h48s's fixes (forms of source lines, not outlets' names) 148/163
// (0.908); the floor sits below, as that was reached reading this set's
// errors.
const sources2Floor = 0.88
