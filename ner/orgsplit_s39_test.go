package ner

import "testing"

// TestSplitConjoinedNames checks that an ORG span running over і or та
// straight into a second capitalised name is cut in two, and that a list
// of fields, a shared head, a unit's or a firm's name and a remit's place
// stay whole.
func TestSplitConjoinedNames(t *testing.T) {
	tags := map[string]string{
		"Одеській": "одеський/adj:f:v_mis", "обласній": "обласний/adj:f:v_mis", "військовій": "військовий/adj:f:v_mis",
		"адміністрації": "адміністрація/noun:inanim:f:v_mis", "ДСНС": "ДСНС/noun:inanim:f:v_mis:nv:abbr:prop",
		"Національне": "національний/adj:n:v_naz", "антикорупційне": "антикорупційний/adj:n:v_naz", "бюро": "бюро/noun:inanim:n:v_naz:nv",
		"Спеціалізована": "спеціалізований/adj:f:v_naz", "антикорупційна": "антикорупційний/adj:f:v_naz", "прокуратура": "прокуратура/noun:inanim:f:v_naz",
		"Міністерство": "міністерство/noun:inanim:n:v_naz", "будівництва": "будівництво/noun:inanim:n:v_rod", "архітектури": "архітектура/noun:inanim:f:v_rod",
		"ЖКГ": "ЖКГ/noun:inanim:n:v_rod:nv:abbr", "Сумська": "сумський/adj:f:v_naz", "Чернігівська": "чернігівський/adj:f:v_naz",
		"обласні": "обласний/adj:p:v_naz",
		"ТЦК":     "ТЦК/noun:inanim:m:v_naz:nv:abbr", "СП": "СП/noun:inanim:m:v_naz:nv:abbr",
		"Пукшин": "Пукшин/noun:anim:m:v_naz:prop:lname", "Партнери": "партнер/noun:anim:p:v_naz",
		"Слідчий": "слідчий/adj:m:v_naz", "відділ": "відділ/noun:inanim:m:v_naz", "у": "у/prep", "Києві": "Київ/noun:inanim:m:v_mis:prop:geo",
		"Київській": "київський/adj:f:v_mis", "області": "область/noun:inanim:f:v_mis",
	}
	runRuleCases(t, splitOrgPairs, tags, []ruleCase{
		{"a body and an acronym", "Повідомили в [ORG Одеській обласній військовій адміністрації та ДСНС] .",
			[]string{"ORG Одеській обласній військовій адміністрації", "ORG ДСНС"}},
		{"two bodies", "Підозру повідомили [ORG Національне антикорупційне бюро та Спеціалізована антикорупційна прокуратура] .",
			[]string{"ORG Національне антикорупційне бюро", "ORG Спеціалізована антикорупційна прокуратура"}},
		{"a list of fields", "Наказ [ORG Міністерство будівництва , архітектури і ЖКГ] .", []string{"ORG Міністерство будівництва , архітектури і ЖКГ"}},
		{"a shared head", "Повідомили [ORG Сумська та Чернігівська обласні адміністрації] .", []string{"ORG Сумська та Чернігівська обласні адміністрації"}},
		{"a unit's name", "Повістку вручив [ORG ТЦК та СП] .", []string{"ORG ТЦК та СП"}},
		{"a firm's name", "Юристи [ORG Пукшин і Партнери] .", []string{"ORG Пукшин і Партнери"}},
		{"a remit's place", "Справу веде [ORG Слідчий відділ у Києві та Київській області] .", []string{"ORG Слідчий відділ у Києві та Київській області"}},
	})
}
