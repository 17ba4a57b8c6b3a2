package ner

import "testing"

// TestAdjPersons checks that a one-word PERS span the tagger read as a
// common adjective agreeing with the lowercase noun after it is dropped,
// and that a surname, a possessive of a name and an adjective before a
// name or a verb stay.
func TestAdjPersons(t *testing.T) {
	tags := map[string]string{
		"Урядовий": "урядовий/adj:m:v_naz", "портал": "портал/noun:inanim:m:v_naz",
		"Женевські": "женевський/adj:p:v_naz", "конвенції": "конвенція/noun:inanim:p:v_naz",
		"Зеленський": "Зеленський/noun:anim:m:v_naz:prop:lname", "заявив": "заявити/verb:perf:past:m",
		"Романів": "Романів/adj:m:v_zna:rinanim", "смак": "смак/noun:inanim:m:v_zna",
		"Білий": "білий/adj:m:v_naz", "Дім": "Дім/noun:inanim:m:v_naz:prop",
		"Єдиний": "єдиний/adj:m:v_naz",
	}
	runRuleCases(t, dropAdjPersons, tags, []ruleCase{
		{"an adjective before its noun", "Фото : [PERS Урядовий] портал", nil},
		{"plural", "[PERS Женевські] конвенції", nil},
		{"a surname", "[PERS Зеленський] заявив", []string{"PERS Зеленський"}},
		{"a possessive of a name", "[PERS Романів] смак", []string{"PERS Романів"}},
		{"before a capitalised noun", "[PERS Білий] Дім", []string{"PERS Білий"}},
		{"before a verb", "[PERS Єдиний] заявив", []string{"PERS Єдиний"}},
	})
}
