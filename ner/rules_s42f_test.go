package ner

import "testing"

// TestS42FFieldHeads checks that a body's field opening with права or
// координації and the genitives after it (Рада ООН з прав людини,
// Управління ООН з координації гуманітарних справ) is part of the name,
// and that a body not named for a field, or one an office is named after
// (Уповноважений Верховної Ради з прав людини), stays as it was.
func TestS42FFieldHeads(t *testing.T) {
	tags := map[string]string{
		"Ради": "рада/noun:inanim:f:v_rod", "ООН": "ООН/noun:inanim:f:v_rod:nv:abbr:prop", "з": "з/prep",
		"прав": "право/noun:inanim:p:v_rod", "людини": "людина/noun:anim:f:v_rod", "дитини": "дитина/noun:anim:f:v_rod",
		"Управління": "управління/noun:inanim:n:v_naz", "координації": "координація/noun:inanim:f:v_rod",
		"гуманітарних": "гуманітарний/adj:p:v_rod", "справ": "справа/noun:inanim:p:v_rod",
		"Комітет": "комітет/noun:inanim:m:v_naz", "церкву": "церква/noun:inanim:f:v_zna",
		"сесія": "сесія/noun:inanim:f:v_naz", "повідомило": "повідомити/verb:perf:past:n",
		"Уповноважений": "уповноважений/adj:m:v_naz:adjp:pasv:perf", "Верховної": "верховний/adj:f:v_rod:compb",
		"заявив": "заявити/verb:perf:past:m", "голова": "голова/noun:anim:m:v_naz", "комітету": "комітет/noun:inanim:m:v_rod",
		"питань": "питання/noun:inanim:p:v_rod", "фінансів": "фінанси/noun:inanim:p:v_rod",
	}
	runRuleCases(t, addOrgTails, tags, []ruleCase{
		{"з прав людини", "Відкрилася сесія [ORG Ради ООН] з прав людини .", []string{"ORG Ради ООН з прав людини"}},
		{"з прав дитини", "[ORG Комітет] з прав дитини повідомило .", []string{"ORG Комітет з прав дитини"}},
		{"з координації and a field", "[ORG Управління ООН] з координації гуманітарних справ повідомило .",
			[]string{"ORG Управління ООН з координації гуманітарних справ"}},
		{"an office's field", "Уповноважений [ORG Верховної Ради] з прав людини заявив .", []string{"ORG Верховної Ради"}},
		{"a head's body keeps its field", "Заявив голова [ORG комітету] з питань фінансів .", []string{"ORG комітету з питань фінансів"}},
		{"not a body named for a field", "Відвідали [ORG церкву] з прав людини .", []string{"ORG церкву"}},
	})
}
