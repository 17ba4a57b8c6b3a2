package ner

import "testing"

// TestQuoteOpeners checks that common words opening a quoted sentence are
// no name, and that quoted names, bodies named by common words and
// spans after a closing mark stay.
func TestQuoteOpeners(t *testing.T) {
	tags := map[string]string{
		"Ядерна": "ядерний/adj:f:v_naz", "безпека": "безпека/noun:inanim:f:v_naz", "може": "могти/verb:imperf:pres:s:3",
		"Сонячна": "сонячний/adj:f:v_naz", "енергія": "енергія/noun:inanim:f:v_naz", "отримала": "отримати/verb:perf:past:f",
		"Волинська": "волинський/adj:f:v_naz", "митниця": "митниця/noun:inanim:f:v_naz", "затримала": "затримати/verb:perf:past:f",
		"Ягодин": "Ягодин/noun:inanim:m:v_naz:prop:geo",
	}
	runRuleCases(t, dropQuoteOpeners, tags, []ruleCase{
		{"a quoted sentence", "« [ORG Ядерна безпека] не може » , – сказав він", nil},
		{"a quoted name", "компанія « [ORG Сонячна енергія] » отримала кредит", []string{"ORG Сонячна енергія"}},
		{"a name in quotes before its verb", "« [ORG Сонячна енергія] » отримала", []string{"ORG Сонячна енергія"}},
		{"after a closing mark", "поста « Ягодин » [ORG Волинська митниця] затримала", []string{"ORG Волинська митниця"}},
	})
}
