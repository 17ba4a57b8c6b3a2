package ner

import "testing"

// TestAddQuotedFirms checks that a quoted name no span covers after a
// word for a kind of body becomes an ORG without its quotes, and that a
// span the model found, a lower-case quote and a quote after another
// word stay as they are.
func TestAddQuotedFirms(t *testing.T) {
	tags := map[string]string{
		"Фонд": "фонд/noun:inanim:m:v_naz", "фонду": "фонд/noun:inanim:m:v_rod", "Компанія": "компанія/noun:inanim:f:v_naz",
		"Повернись": "повернутися/verb:perf:impr:s:2", "живим": "живий/adj:m:v_oru", "Нова": "новий/adj:f:v_naz", "пошта": "пошта/noun:inanim:f:v_naz",
		"пісня": "пісня/noun:inanim:f:v_naz",
	}
	runRuleCases(t, addQuotedFirms, tags, []ruleCase{
		{"a fund named by a verb", "Фонд « Повернись живим » доставив генератори .", []string{"ORG Повернись живим"}},
		{"in the genitive", "Волонтери фонду « Повернись живим » передали дрони .", []string{"ORG Повернись живим"}},
		{"the model's span stands", "Компанія « [ORG Нова пошта] » відкрила відділення .", []string{"ORG Нова пошта"}},
		{"a lower-case quote is no name", "Фонд « повернись живим » закликав .", nil},
		{"after another word", "Пісня « Повернись живим » .", nil},
	})
}
