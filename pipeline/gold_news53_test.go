package pipeline_test

import "testing"

// TestNews53QuotesEvents scores the fifty-third news gold
// (testdata/gold/news53.jsonl): 12 texts of our own (testdata/news53) full
// of statements that tell no event next to real ones — habitual and
// generic statements (`регулярно обстрілюють`, `зазвичай блокує`), plans,
// wishes, conditions and questions (`хоче отримати`, `якщо … погодяться`,
// `Чи надасть …`), negations, headlines that repeat the lead, an
// investigation's nouns and a case's name (`Розслідування щодо нападу`,
// `справу про держзраду`), names of councils and programmes (`Рада з
// питань співпраці`, `Програма допомоги`), background paragraphs
// (`Нагадаємо,`, `Як повідомлялося,`), capitals for states in headlines,
// quotes of what someone once said, reported intentions and sentences of
// two clauses with two events; annotated before the extractors were run on
// them; -gold.errors logs every error.
func TestNews53QuotesEvents(t *testing.T) {
	runGold(t, "news53.jsonl", "news53 gold", true, goldFloors{news53QuoteF1, news53Speaker, news53Direct, news53EventF1, news53TypeF1}, &newsFloors{news53Place, news53Date, news53Source, news53Amounts})
}

// Floors for TestNews53QuotesEvents. First run (2026-12-06, on 28fc44b,
// gold written before it, SHA-256 dfd9d93e…): quotes P 0.984 R 1.000 F1
// 0.992, speaker 57/62, direct 62/62; events P 0.823 R 0.852 F1 0.837,
// type only P 0.814 R 0.864 F1 0.838; place 15/23, date 30/46, source
// 19/28, amounts 11/11. After the fixes of the same day (session 39
// helper h39e, gold unchanged): events P 0.889 R 0.877 F1 0.883, type only
// P 0.900 R 0.889 F1 0.894, place 16/23, date 32/47; the rest the same.
// The floors sit a little below those (see testdata/gold/README.md).
const (
	news53QuoteF1 = 0.97
	news53Speaker = 0.90
	news53Direct  = 0.98
	news53EventF1 = 0.87
	news53TypeF1  = 0.88
	news53Place   = 0.68
	news53Date    = 0.66
	news53Source  = 0.66
	news53Amounts = 0.98
)
