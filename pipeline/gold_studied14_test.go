package pipeline_test

import "testing"

// TestStudied14QuotesEvents scores the fourteenth studied gold
// (testdata/gold/studied14.jsonl, 12 NER-UK training documents of ng/:
// procurement contracts told as a summary and then firm by firm, buying
// from a firm, a city's bus routes, cabinet money for defence works and a
// justification of a no-tender lease), annotated from the texts alone
// before the extractors were run on them, with source lines and amounts;
// it is a studied set, so -gold.errors logs every error.
func TestStudied14QuotesEvents(t *testing.T) {
	runGold(t, "studied14.jsonl", "studied14 gold", true, goldFloors{studied14QuoteF1, studied14Speaker, studied14Direct, studied14EventF1, studied14TypeF1}, &newsFloors{studied14Place, studied14Date, studied14Source, studied14Amounts})
}

// Floors for TestStudied14QuotesEvents, about 0.05 below its first run
// (2026-12-03, commit e6734c2; gold written before the extractors saw the
// texts, SHA-256 d2c733673a6ca67c4b89147597ca33ad9fa2a4f78b31e91f5f071fbc35a77308):
// quotes P 0.500 R 1.000 F1 0.667 (1/1 required, 1 wrong), speaker 1/1,
// direct 1/1; events P 1.000 R 0.579 F1 0.733 (11/19 required, none
// wrong), type only the same; place 0/0, date 0/0, source 20/26, amounts
// 57/57. They only guard against a slide. Raised after the fixes
// (session 20, the working tree on e621153): quotes F1 1.000 (1/1, none
// wrong), events P 1.000 R 1.000 F1 1.000 (19/19, none wrong; by sentence
// 19 of 19), source 24/25, amounts 57/57; about 0.05 below. Source lowered
// in session 53 (helper h53g) because the gold moved, not the code: the
// two `Про це повідомляють/пишуть «Наші гроші. X»` lines name the publisher
// by the settled convention (gold README, "Convention: source forms
// settled by count"), 24/25 -> 21/25 (0.840).
const (
	studied14QuoteF1 = 0.95
	studied14Speaker = 0.95
	studied14Direct  = 0.95
	studied14EventF1 = 0.95
	studied14TypeF1  = 0.95
	studied14Place   = 0
	studied14Date    = 0
	studied14Source  = 0.79
	studied14Amounts = 0.95
)
