package pipeline_test

import "testing"

// TestStudied13QuotesEvents scores the thirteenth studied gold
// (testdata/gold/studied13.jsonl, 12 NER-UK training documents of ng/:
// no-tender purchases with their justifications quoted, tenders with
// rejected bids or told from the winner's side, media attributions, an
// election endorsement and an antimonopoly finding), annotated from the
// texts alone before the extractors were run on them; it is a studied set,
// so -gold.errors logs every error.
func TestStudied13QuotesEvents(t *testing.T) {
	runGold(t, "studied13.jsonl", "studied13 gold", true, goldFloors{studied13QuoteF1, studied13Speaker, studied13Direct, studied13EventF1, studied13TypeF1}, nil)
}

// Floors for TestStudied13QuotesEvents, a little below its numbers after
// the fixes of 2026-12-03 (the working tree on d3ee5ef): quotes P 1.000
// R 0.875 F1 0.933 (7/8 required), speaker 7/7, direct 7/7; events
// P 1.000 R 1.000 F1 1.000 (19/19), type only the same. The first run
// (commit d3ee5ef; gold written before the extractors saw the texts,
// SHA-256 1c3e5ff54b57de63c4d4c6bd81cb38c52ef66893df3acc9e0be40c9432b4c443)
// gave quotes P 1.000 R 0.500 F1 0.667 (4/8), speaker 4/4, direct 4/4;
// events P 1.000 R 0.684 F1 0.813 (13/19), type only the same.
const (
	studied13QuoteF1 = 0.88
	studied13Speaker = 0.95
	studied13Direct  = 0.95
	studied13EventF1 = 0.95
	studied13TypeF1  = 0.95
)
