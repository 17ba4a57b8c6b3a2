package pipeline_test

import "testing"

// TestPress13QuotesEvents scores the thirteenth press gold
// (testdata/gold/press13.jsonl): 12 reports, columns and features of the
// BRUK corpus that no other gold set uses, annotated from the texts alone
// before the extractors were run on them (see the gold README for how they
// were chosen). The texts are rebuilt from the tokens of the shared
// bruk/train.tsv (see readBrukTexts); it is a studied set, so -gold.errors
// logs every error.
func TestPress13QuotesEvents(t *testing.T) {
	runGold(t, "press13.jsonl", "press13 gold", true, goldFloors{press13QuoteF1, press13Speaker, press13Direct, press13EventF1, press13TypeF1}, &newsFloors{press13Place, press13Date, press13Source, press13Amounts})
}

// Floors for TestPress13QuotesEvents (gold written before the extractors
// saw the texts, SHA-256
// 722819081fdffc7317f738e1a57122a64461d61cf413344e9a871b61975915d7; after one
// optional quote was added to an aside of the weather lead,
// 6408529468330956c537e42fa9c1b5768a2ad4989e8906595bbe29c5e431df0b; after
// a state's attack was made ASSAULT, as the sets have it, not FIGHT,
// a3c196bb2dcd4f06e587abc7f8631240821d85ddd1da042ce5f9b4740c844c27). First
// run (2026-12-05, main 2af5b49, corrected gold): quotes P 0.941 R 0.800 F1
// 0.865 (16/20 required, 1 wrong), speaker 16/16, direct 16/16; events P
// 0.429 R 0.500 F1 0.462 (3/6 required, 4 wrong), type only F1 0.462;
// source 13/13, amounts 5/5. No gold event has a place or a date. After
// the fixes (session 35, helper h35c, constructions_s35c_test.go; against
// the gold with a state's attack as ASSAULT): quotes P 0.950 R 0.950 F1
// 0.950 (19/20, 1 wrong), speaker 19/19, direct 19/19; events P 0.833 R
// 0.833 F1 0.833 (5/6, 1 wrong), type only F1 0.833; source 13/13,
// amounts 5/5. The set is small: one event moves the event numbers by a
// sixth.
const (
	press13QuoteF1 = 0.92
	press13Speaker = 0.95
	press13Direct  = 0.95
	press13EventF1 = 0.80
	press13TypeF1  = 0.80
	press13Place   = 0
	press13Date    = 0
	press13Source  = 0.95
	press13Amounts = 0.95
)
