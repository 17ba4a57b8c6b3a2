package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// eighth studied set (testdata/gold/studied8.jsonl) and the third press
// set; the sentences are our own.

func TestStudied8Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"consent found missing in a finding's що-clause is no refusal; a council not approving a plan is",
			"Суд встановив, що будівництво не було погоджено з Міністерством культури. Слідство з'ясувало, що проєкт не погодили в Міністерстві культури. Міська рада Львова не погодила проєкт ТОВ «Альфа».",
			[]string{"REJECT Міська рада → ТОВ «Альфа»"}},
		{"a sentence summing up fines told before is no new event; a sum told first is one",
			"Антимонопольний комітет оштрафував ТОВ «Альфа» на 100 тис. грн. Таким чином, сумарно фірми отримали 300 тис. грн штрафу. Отже, загалом поліція затримала трьох депутатів.",
			[]string{"COERCE Антимонопольний комітет → ТОВ «Альфа»", "COERCE поліція → троє депутатів"}},
		{"what was done each time, after при and a plural noun or an adverb of habit, is no event; a meeting once is",
			"При поїздках до Києва мер Львова зустрічався з послом Франції. Зазвичай прем'єр-міністр зустрічався з послом Польщі у вівторок. Президент України зустрівся з послом Німеччини.",
			[]string{"CONSULT/meet Президент України → Німеччина"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
