package ner

import "testing"

// TestStateGroups checks that a club of states named by a number is one
// ORG whatever the model made of it, and that look-alikes are not.
func TestStateGroups(t *testing.T) {
	tags := map[string]string{
		"Групи": "група/noun:inanim:f:v_rod", "Група": "група/noun:inanim:f:v_naz", "двадцяти": "двадцять/numr:p:v_rod",
		"Великої": "великий/adj:f:v_rod", "сімки": "сімка/noun:inanim:f:v_rod", "групи": "група/noun:inanim:f:v_rod",
		"семи": "сім/numr:p:v_rod", "Велика": "великий/adj:f:v_naz", "проблема": "проблема/noun:inanim:f:v_naz",
	}
	runRuleCases(t, addStateGroups, tags, []ruleCase{
		{"untagged G7", "Саміт G7 відбудеться", []string{"ORG G7"}},
		{"G-20 read as a work", "Лідери [ART G-20] зібралися", []string{"ORG G-20"}},
		{"Група двадцяти read as a person", "саміт [PERS Групи] двадцяти", []string{"ORG Групи двадцяти"}},
		{"Велика сімка", "країни Великої сімки", []string{"ORG Великої сімки"}},
		{"a lower-case group", "робочої групи семи країн", nil},
		{"a big problem", "Велика проблема", nil},
		{"G and three digits", "модель G700", nil},
		{"cut off a title", "[JOB Міністри G7] провели зустріч", []string{"JOB Міністри", "ORG G7"}},
		{"cut off a long title", "[JOB Міністри закордонних справ G7] провели", []string{"JOB Міністри закордонних справ", "ORG G7"}},
	})
}
