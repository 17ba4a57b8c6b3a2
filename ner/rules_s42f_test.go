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

// TestS42FMissionPlaces checks that the place after в or у that follows
// an embassy, a consulate, a representation or a mission joins its ORG
// span, and that a place after another body, a place in another case or
// a place after a word between stays a LOC of its own.
func TestS42FMissionPlaces(t *testing.T) {
	tags := map[string]string{
		"Посольство": "посольство/noun:inanim:n:v_naz", "Росії": "Росія/noun:inanim:f:v_rod:prop:geo",
		"в": "в/prep", "у": "у/prep", "Осло": "Осло/noun:inanim:n:v_mis:nv:prop:geo",
		"Генеральне": "генеральний/adj:n:v_naz", "консульство": "консульство/noun:inanim:n:v_naz",
		"Греції": "Греція/noun:inanim:f:v_rod:prop:geo", "Одесі": "Одеса/noun:inanim:f:v_mis:prop:geo",
		"Моніторингова": "моніторинговий/adj:f:v_naz", "місія": "місія/noun:inanim:f:v_naz",
		"ООН": "ООН/noun:inanim:f:v_rod:nv:abbr:prop", "Україні": "Україна/noun:inanim:f:v_mis:prop:geo",
		"Міністерство": "міністерство/noun:inanim:n:v_naz", "Україну": "Україна/noun:inanim:f:v_zna:prop:geo",
		"заявило": "заявити/verb:perf:past:n", "вчора": "вчора/adv", "відкрилося": "відкритися/verb:perf:past:n",
	}
	runRuleCases(t, joinMissionPlaces, tags, []ruleCase{
		{"an embassy", "[ORG Посольство Росії] в [LOC Осло] заявило .", []string{"ORG Посольство Росії в Осло"}},
		{"a consulate after у", "[ORG Генеральне консульство Греції] у [LOC Одесі] відкрилося .",
			[]string{"ORG Генеральне консульство Греції у Одесі"}},
		{"a mission", "[ORG Моніторингова місія ООН] в [LOC Україні] заявило .", []string{"ORG Моніторингова місія ООН в Україні"}},
		{"another body", "[ORG Міністерство] в [LOC Україні] заявило .", []string{"ORG Міністерство", "LOC Україні"}},
		{"the place in the accusative", "[ORG Посольство Росії] в [LOC Україну] заявило .", []string{"ORG Посольство Росії", "LOC Україну"}},
		{"a word between", "[ORG Посольство Росії] вчора в [LOC Осло] заявило .", []string{"ORG Посольство Росії", "LOC Осло"}},
	})
}
