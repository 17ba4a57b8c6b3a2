package ner

import "testing"

func TestTagCallSigns(t *testing.T) {
	tags := map[string]string{
		"Оператор": "оператор/noun:anim:m:v_naz", "позивним": "позивний/adj:m:v_oru", "Хмара": "хмара/noun:inanim:f:v_naz",
		"Лис": "лис/noun:anim:m:v_naz", "Сокіл": "сокіл/noun:anim:m:v_naz", "назвою": "назва/noun:inanim:f:v_oru",
	}
	runRuleCases(t, tagCallSigns, tags, []ruleCase{
		{"a body's span retyped", "Оператор із позивним « [ORG Хмара] » розповів .", []string{"PERS Хмара"}},
		{"no span", "Боєць з позивним « Лис » загинув .", []string{"PERS Лис"}},
		{"two words", "Командир з позивним « Білий Сокіл » відповів .", []string{"PERS Білий Сокіл"}},
		{"not a call sign", "Бригада з назвою « Хмара » воює .", nil},
		{"lower case", "Боєць з позивним « лис » загинув .", nil},
	})
}
