package ner

import "testing"

// TestS34HRankTitleBodies checks that an ORG span opening with a title of
// rank (Висока представниця, Верховний представник) or with the
// ombudsman's title is the holder's JOB and the body's ORG when the
// holder's name follows, past the lower-case words of the office's field,
// and that the body ends before that field; alone, such a span names
// the office and stays.
func TestS34HRankTitleBodies(t *testing.T) {
	tags := map[string]string{
		"Висока": "високий/adj:f:v_naz:compb", "представниця": "представниця/noun:anim:f:v_naz",
		"Верховний": "верховний/adj:m:v_naz", "представник": "представник/noun:anim:m:v_naz",
		"ЄС": "ЄС/noun:inanim:m:v_rod:nv:abbr:prop", "із": "із/prep", "з": "з/prep",
		"закордонних": "закордонний/adj:p:v_rod", "справ": "справа/noun:inanim:p:v_rod",
		"Уповноважений": "уповноважений/adj:m:v_naz:adjp:pasv:perf", "Верховної": "верховний/adj:f:v_rod",
		"Ради": "рада/noun:inanim:f:v_rod", "прав": "право/noun:inanim:p:v_rod", "людини": "людина/noun:anim:f:v_rod",
		"Ганна": "Ганна/noun:anim:f:v_naz:prop:fname", "Мельник": "Мельник/noun:anim:f:v_naz:prop:lname",
		"Петро": "Петро/noun:anim:m:v_naz:prop:fname", "Бойко": "Бойко/noun:anim:m:v_naz:prop:lname",
		"заявив": "заявити/verb:perf:past:m", "заявила": "заявити/verb:perf:past:f",
	}
	runRuleCases(t, splitTitleBodies, tags, []ruleCase{
		{"a woman's title of rank and a field", "[ORG Висока представниця ЄС] із закордонних справ [PERS Ганна Мельник] заявила",
			[]string{"JOB Висока представниця", "ORG ЄС", "PERS Ганна Мельник"}},
		{"a man's title of rank", "[ORG Верховний представник ЄС] [PERS Петро Бойко] заявив",
			[]string{"JOB Верховний представник", "ORG ЄС", "PERS Петро Бойко"}},
		{"the ombudsman, the field in the span", "[ORG Уповноважений Верховної Ради з прав людини] [PERS Петро Бойко] заявив",
			[]string{"JOB Уповноважений", "ORG Верховної Ради", "PERS Петро Бойко"}},
		{"the ombudsman's office alone", "[ORG Уповноважений Верховної Ради з прав людини] заявив",
			[]string{"ORG Уповноважений Верховної Ради з прав людини"}},
		{"a title of rank alone", "[ORG Висока представниця ЄС] заявила",
			[]string{"ORG Висока представниця ЄС"}},
	})
}

// TestS34HTitleBeforeMisreadFirstName checks that a title before a name
// whose foreign first name the tagger read in another case is tagged when
// the surname agrees with the title, and not when neither word does.
func TestS34HTitleBeforeMisreadFirstName(t *testing.T) {
	tags := map[string]string{
		"з": "з/prep", "міністром": "міністр/noun:anim:m:v_oru", "закордонних": "закордонний/adj:p:v_rod",
		"справ": "справа/noun:inanim:p:v_rod", "Японії": "Японія/noun:inanim:f:v_rod:prop:geo",
		"Такесі": "Такеха/noun:inanim:f:v_dav:prop:geo", "Іваєю": "Івая/noun:anim:f:v_oru:prop:fname",
		"Іваї": "Івая/noun:anim:f:v_dav:prop:fname", "зустрівся": "зустрітися/verb:rev:perf:past:m",
	}
	runRuleCases(t, addTitlePersons, tags, []ruleCase{
		{"the surname agrees", "зустрівся з міністром закордонних справ [LOC Японії] [PERS Такесі Іваєю] .",
			[]string{"JOB міністром", "LOC Японії", "PERS Такесі Іваєю"}},
		{"neither word agrees", "зустрівся з міністром закордонних справ [LOC Японії] [PERS Такесі Іваї] .",
			[]string{"LOC Японії", "PERS Такесі Іваї"}},
	})
}

// TestS34HCountryAdjectiveTitle checks that an ORG span of a country's
// adjective and a title is the title's JOB, and that a body named by such
// an adjective stays.
func TestS34HCountryAdjectiveTitle(t *testing.T) {
	tags := map[string]string{
		"Японський": "японський/adj:m:v_naz", "міністр": "міністр/noun:anim:m:v_naz",
		"Польський": "польський/adj:m:v_naz", "посол": "посол/noun:anim:m:v_naz",
		"Київський": "київський/adj:m:v_naz", "університет": "університет/noun:inanim:m:v_naz",
		"повідомив": "повідомити/verb:perf:past:m",
	}
	runRuleCases(t, splitTitleBodies, tags, []ruleCase{
		{"a minister", "[ORG Японський міністр] повідомив", []string{"JOB міністр"}},
		{"an ambassador", "[ORG Польський посол] повідомив", []string{"JOB посол"}},
		{"a body stays", "[ORG Київський університет] повідомив", []string{"ORG Київський університет"}},
	})
}
