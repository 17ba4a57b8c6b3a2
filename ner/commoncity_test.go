package ner

import "testing"

// TestCommonCities checks that a capitalised word inside a sentence that
// the tagger read as a common noun is the settlement the gazetteer lists,
// and that the sentence's first word, a word after a quotation mark and a
// word the gazetteer does not list stay as they are.
func TestCommonCities(t *testing.T) {
	tags := map[string]string{
		"атакували": "атакувати/verb:perf:past:p", "Суми": "сума/noun:inanim:p:v_zna", "суми": "сума/noun:inanim:p:v_zna",
		"Ворог": "ворог/noun:anim:m:v_naz", "Гроші": "гроші/noun:inanim:p:v_zna",
	}
	runRuleCases(t, addCommonCities, tags, []ruleCase{
		{"inside a sentence", "Ворог атакували Суми", []string{"LOC Суми"}},
		{"lowercase", "Ворог атакували суми", nil},
		{"the first word", "Суми атакували", nil},
		{"after a quotation mark", "Ворог атакували « Суми »", nil},
		{"not a settlement", "Ворог атакували Гроші", nil},
	})
}
