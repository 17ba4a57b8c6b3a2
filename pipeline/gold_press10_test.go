package pipeline_test

import "testing"

// TestPress10QuotesEvents scores the tenth press gold
// (testdata/gold/press10.jsonl): 12 news reports and features of the BRUK
// corpus that no other gold set uses (street trading in Lutsk, Henichesk's
// Alley of Fairy Tales, Kherson airport reopened, the Sorochyntsi fair, a
// karate festival, a Razumkov Centre poll, home-made chocolate, a rating of
// journalism schools, life expectancy, a storm in Prykarpattia, a social
// programme in Vinnytsia, a utility compensation), annotated from the texts
// alone before the extractors were run on them. The texts are rebuilt from
// the tokens of the shared bruk/train.tsv (see readBrukTexts); it is a
// studied set, so -gold.errors logs every error.
func TestPress10QuotesEvents(t *testing.T) {
	runGold(t, "press10.jsonl", "press10 gold", true, goldFloors{press10QuoteF1, press10Speaker, press10Direct, press10EventF1, press10TypeF1}, &newsFloors{press10Place, press10Date, press10Source, press10Amounts})
}

// Floors for TestPress10QuotesEvents, a little below the numbers after
// the fixes (gold written before the extractors saw the texts, SHA-256
// 00bc0583555a938d78226e243321b61aa10cdac5a74e40c296644929a148de89).
// First run (2026-12-04, commit 0787f93): quotes P 0.947 R 0.900 F1 0.923
// (18/20 required, 1 wrong), speaker 18/18, direct 18/18; events 0/0
// required, 1 wrong; place 0/0, date 0/0, source 13/16, amounts 9/9. After
// the fixes its errors called for (session 23, helper h4, the working tree
// on 0787f93; a studied number now): quotes P 0.950 R 0.950 F1 0.950
// (19/20), speaker 19/19, direct 19/19; events 0/0 required, 1 wrong (no
// required event: no event floor); source 15/16, amounts 9/9. On merging,
// the lead dropped the rule that cited a body publishing findings in the
// lead (ГО «Детектор медіа» оприлюднила рейтинг): press9's annotator, who
// annotated the same text independently, did not cite it, and it fired on
// no other text; source 14/16.
const (
	press10QuoteF1 = 0.90
	press10Speaker = 0.95
	press10Direct  = 0.95
	press10EventF1 = 0
	press10TypeF1  = 0
	press10Place   = 0
	press10Date    = 0
	press10Source  = 0.85
	press10Amounts = 0.95
)
