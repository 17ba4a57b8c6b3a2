package pipeline_test

import (
	"testing"
	"time"
)

// The sentences of this file were written, before the extractor was run
// on them, in the style of the Ukrainian press of 2008–2015 (the
// twenty-eighth news set, testdata/gold/news28.jsonl); each states the
// quotes, events or sources the guidelines of testdata/gold/README.md ask
// for.

// TestS26H1RoleSpeakers checks a personal pronoun that stands for a role
// named with no name: after a direct quote, or opening the next sentence.
func TestS26H1RoleSpeakers(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a pronoun after a direct quote, the role named in the sentence before",
			"Як зазначив голова райради, збитки від зливи перевищують 20 млн гривень. «Ми просимо уряд про допомогу», — наголосив він.",
			[]string{"голова райради/зазначити/indirect: збитки від зливи перевищують 20 млн гривень", "голова райради/наголосити/direct: Ми просимо уряд про допомогу"}},
		{"a pronoun opening a sentence, the role after the verb before",
			"Учора село відвідав міністр аграрної політики, який пообіцяв, що уряд компенсує втрати. Він також повідомив, що техніку вже направлено.",
			[]string{"міністр аграрної політики/пообіцяти/indirect: уряд компенсує втрати", "міністр аграрної політики/повідомити/indirect: техніку вже направлено"}},
		{"a person named before keeps the pronoun",
			"Мер Полтави Ігор Кравець прибув на місце. Голова облради заявив, що допомога буде. Він також повідомив, що техніку вже направлено.",
			[]string{"Голова облради/заявити/indirect: допомога буде", "Ігор Кравець/повідомити/indirect: техніку вже направлено"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
