package date_test

import "testing"

// TestS51DNightFromTo: a night told by both its days ("у ніч з понеділка
// на вівторок", "вночі з суботи на неділю") is the day it runs into, as
// "у ніч на вівторок" is; the day it runs from gives no date of its own.
func TestS51DNightFromTo(t *testing.T) {
	tests := []findCase{
		{"у ніч з … на …", tue, "У ніч з понеділка на вівторок росіяни атакували Одесу.",
			[]want{{"У ніч з понеділка на вівторок", "2023-02-28", true, "day"}}},
		{"вночі із … на …", tue, "Вночі із суботи на неділю ворог атакував Київ.",
			[]want{{"Вночі із суботи на неділю", "2023-02-26", true, "day"}}},
		{"з … alone is that day", tue, "З понеділка уряд запровадив нові правила.",
			[]want{{"понеділка", "2023-02-27", true, "day"}}},
	}
	runFindCases(t, tests)
}
