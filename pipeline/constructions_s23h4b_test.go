package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// tenth press set (testdata/gold/press10.jsonl), BRUK news reports and
// features; the sentences are our own.

func TestS23H4bQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a body named by a long phrase can tell in an aside set off by commas",
			"Відтак, зазначає управління соціального захисту населення міської ради, розмір допомоги зросте вдвічі.",
			[]string{"управління соціального захисту населення/зазначати/indirect: розмір допомоги зросте вдвічі"}},
		{"so can a service named by its department, tagged accusative or not",
			"При цьому, повідомляє служба у справах дітей обласної державної адміністрації, сиротам виплатять допомогу.",
			[]string{"служба/повідомляти/indirect: сиротам виплатять допомогу"}},
		{"a paper at the head of a long aside is no one who tells",
			"Тоді, зазначає рішення виконавчого комітету міської ради від 5 травня, школу закриють.",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestS23H4bSource(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"results of a poll by a body in a Про це line cite the body",
			"Більшість українців не довіряють судам. Про це свідчать результати опитування Київського міжнародного інституту соціології.",
			[]string{"Київський міжнародний інститут соціології"}},
		{"so do the data of a study, an adjective before it",
			"Ціни на житло зросли на 12%. Про це свідчать дані щорічного дослідження Національного банку України.",
			[]string{"Національний банк України"}},
		{"results with no study named cite their maker",
			"Кількість туристів зросла. Про це свідчать підсумки Державної служби статистики.",
			[]string{"Державна служба статистики"}},
		{"a body that made findings public is the news, not a cited source (the press9 and press10 annotators disagreed; session 23 kept the issue's cue list)",
			"Національний банк України оприлюднив звіт про фінансову стабільність. Банки стали прибутковішими.",
			nil},
		{"a Про це line of evidence with no body is none",
			"Кількість туристів зросла. Про це свідчать результати минулого сезону.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if !slices.Equal(x.Source.Via, tt.want) {
				t.Errorf("via %q, want %q", x.Source.Via, tt.want)
			}
		})
	}
}
