package pipeline_test

import "testing"

// Readings fixed in task s55b (found with the paraphrase set
// TestParaphraseS55R). The sentences are our own.

// TestS55BWomansConsonantSurname: a woman's surname ending in a
// consonant or -ь does not decline; after her first name in an oblique
// case it keeps its form even when the lexicon reads it as a common
// noun's plural, and her title goes on her name as written.
func TestS55BWomansConsonantSurname(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Лист надійшов від радниці посольства Олени Цмоць.", "Олена Цмоць",
			[]string{"радниця посольства"}, nil},
		{"Квіти принесли до директорки школи Галини Цмоць.", "Галина Цмоць",
			[]string{"директорка школи"}, nil},
	})
}
