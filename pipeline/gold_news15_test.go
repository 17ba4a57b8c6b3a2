package pipeline_test

import "testing"

// TestNews15QuotesEvents scores the fifteenth news gold
// (testdata/gold/news15.jsonl): 10 agency, regional and official texts
// (testdata/news15) on a biomethane memorandum signed in Berlin, a Munich
// court's verdict for spying on Ukrainian soldiers, a drone strike on a UN
// aid convoy in the Kherson region, a protest over Austrian MPs' visit to
// occupied Mariupol, Latvia's law on frozen Russian assets, Finnish dockers
// refusing a Russian cargo, a foundation's grant for Nikopol's water main,
// Ukrainians freed by Belarus, an arrest in Poland of would-be arsonists, and
// an election in Gagauzia, annotated before the extractors were run on them;
// -gold.errors logs every error.
func TestNews15QuotesEvents(t *testing.T) {
	runGold(t, "news15.jsonl", "news15 gold", true, goldFloors{news15QuoteF1, news15Speaker, news15Direct, news15EventF1, news15TypeF1}, &newsFloors{news15Place, news15Date, news15Source, news15Amounts})
}

// Floors for TestNews15QuotesEvents. First run (2026-12-03, commit 5934e36,
// gold written before it, SHA-256 7d04ec78…): quotes P 0.957 R 0.978 F1
// 0.968, speaker 44/45, direct 44/45; events P 0.854 R 0.780 F1 0.815, type
// only P 0.854 R 0.854 F1 0.854; place 9/10, date 10/12, source 27/34, amounts
// 11/13. Four plain gold mistakes were then fixed (SHA-256 4a7a1ce0…): a
// confiscation typed SANCTION where the guidelines say COERCE (05), a spy
// passing data to his handler and a headline's "заявляє про" left out where
// earlier sets have an optional COOPERATE and an optional quote (02, 10), and
// "Україна" missing among the aliases of a Ukrainian embassy (04, 08): quotes
// P 0.978 R 0.978 F1 0.978; events P 0.900 R 0.805 F1 0.850, type only P
// 0.897 R 0.854 F1 0.875, the rest unchanged. The floors sit 0.05 below the
// numbers on the fixed gold. Studied (2026-12-03): quotes P 1.000 R 1.000
// F1 1.000, speaker 45/46, direct 45/46; events P 0.956 R 0.951 F1 0.953,
// type only F1 0.976; place 9/11 (the strike now found has no place: the
// entity tagger reads Котки as a person), date 15/15, source 29/34, amounts
// 13/13. The floors sit 0.05 below the studied numbers.
const (
	news15QuoteF1 = 0.95
	news15Speaker = 0.92
	news15Direct  = 0.92
	news15EventF1 = 0.90
	news15TypeF1  = 0.92
	news15Place   = 0.76
	news15Date    = 0.95
	news15Source  = 0.80
	news15Amounts = 0.95
)
