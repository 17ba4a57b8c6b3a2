package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found in the second round on the
// errors of the twentieth news set (testdata/gold/news20.jsonl); the
// sentences are our own.

func TestNews20bQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"he after a sentence opening with за словами and a person by a common noun is that person",
			"За словами співрозмовника, ракета влучила в склад пального. Він наголосив, що удари триватимуть.",
			[]string{"співрозмовник/за словами/indirect: ракета влучила в склад пального", "співрозмовник/наголосити/indirect: удари триватимуть"}},
		{"she after a sentence opening with за словами and a woman by a common noun",
			"За словами очевидиці, вибух пролунав уночі. Вона розповіла, що в будинку вибило вікна.",
			[]string{"очевидиця/за словами/indirect: вибух пролунав уночі", "очевидиця/розповісти/indirect: в будинку вибило вікна"}},
		{"a pronoun of the other gender is not that person",
			"За словами співрозмовника, ракета влучила в склад пального. Вона наголосила, що удари триватимуть.",
			[]string{"співрозмовник/за словами/indirect: ракета влучила в склад пального", "Вона/наголосити/indirect: удари триватимуть"}},
		{"a quotation opening after the clause's own verb is a fragment in indirect speech",
			"Посол наголосив, що переговори стали «важким, але потрібним кроком до миру і безпеки».",
			[]string{"Посол/наголосити/indirect: переговори стали «важким, але потрібним кроком до миру і безпеки»"}},
		{"a quotation that holds the verb after the subject in the teller's words is a fragment in indirect speech (session 32)",
			"Міністр заявив, що нові правила «мають стати зразком для всієї галузі».",
			[]string{"Міністр/заявити/indirect: нові правила «мають стати зразком для всієї галузі»"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestNews20bEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"proceedings opened with no doer are the investigators' who told the sentence before",
			"Як зазначили в поліції, на місці пожежі знайшли сліди пального. Відкрито кримінальне провадження за статтею про умисне знищення майна.",
			[]string{"ACCUSE поліція → "}},
		{"the body tells after its locative",
			"У прокуратурі повідомили, що директор школи привласнив кошти. Відкрито кримінальне провадження.",
			[]string{"ACCUSE прокуратура → "}},
		{"with no body that told it, no one opened them",
			"На місці пожежі знайшли сліди пального. Відкрито кримінальне провадження.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
