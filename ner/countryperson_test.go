package ner

import "testing"

// TestSplitCountryPersons checks that a country's name or a body's
// acronym in the genitive is cut off the front of a PERS span, and that a
// person's name that opens with neither stays whole.
func TestSplitCountryPersons(t *testing.T) {
	tags := map[string]string{
		"Ізраїлю": "Ізраїль/noun:inanim:m:v_rod:prop:geo", "Біньяміна": "Біньямін/noun:anim:m:v_rod:prop:fname",
		"Нетаньягу": "Нетаньягу/noun:anim:m:v_rod:nv:prop:lname",
		"ООН":       "ООН/noun:inanim:f:v_rod:nv:abbr:prop", "Зеленський": "Зеленський/noun:anim:m:v_naz:prop:lname",
		"штаб-квартирі": "штаб-квартира/noun:inanim:f:v_mis",
		"Андрій":        "Андрій/noun:anim:m:v_naz:prop:fname", "Сибіга": "Сибіга/noun:anim:m:v_naz:prop:lname",
	}
	runRuleCases(t, splitCountryPersons, tags, []ruleCase{
		{"a country", "прем'єра [PERS Ізраїлю Біньяміна Нетаньягу]", []string{"LOC Ізраїлю", "PERS Біньяміна Нетаньягу"}},
		{"a body's acronym", "у штаб-квартирі [PERS ООН Зеленський]", []string{"ORG ООН", "PERS Зеленський"}},
		{"a name alone", "[PERS Андрій Сибіга]", []string{"PERS Андрій Сибіга"}},
	})
}
