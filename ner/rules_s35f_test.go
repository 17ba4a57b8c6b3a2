package ner

import "testing"

// TestS35FRunOnBetweenPlaces checks that an ORG or LOC span that runs on
// from a place's name through a lower-case common noun into another
// place's name ("Міністерстві закордонних справ Росії вимоги Києва") ends
// at the first place, the second becoming a LOC of its own, and that a
// name with a preposition or an adjective after the place stays.
func TestS35FRunOnBetweenPlaces(t *testing.T) {
	tags := map[string]string{
		"Міністерстві": "міністерство/noun:inanim:n:v_mis", "закордонних": "закордонний/adj:p:v_rod",
		"справ": "справа/noun:inanim:p:v_rod", "Росії": "Росія/noun:inanim:f:v_rod:prop:geo",
		"Китаю": "Китай/noun:inanim:m:v_rod:prop:geo", "вимоги": "вимога/noun:inanim:f:v_rod",
		"рішення": "рішення/noun:inanim:n:v_zna", "Києва": "Київ/noun:inanim:m:v_rod:prop:geo",
		"Польщі": "Польща/noun:inanim:f:v_rod:prop:geo", "Посольство": "посольство/noun:inanim:n:v_naz",
		"України": "Україна/noun:inanim:f:v_rod:prop:geo", "в": "в/prep", "Варшаві": "Варшава/noun:inanim:f:v_mis:prop:geo",
		"назвали": "назвати/verb:perf:past:p", "заявило": "заявити/verb:perf:past:n",
	}
	runRuleCases(t, cutRunOns, tags, []ruleCase{
		{"a noun and the next place", "У [ORG Міністерстві закордонних справ Росії вимоги Києва] назвали .",
			[]string{"ORG Міністерстві закордонних справ Росії", "LOC Києва"}},
		{"another noun, another ministry", "У [ORG Міністерстві закордонних справ Китаю рішення Києва] назвали .",
			[]string{"ORG Міністерстві закордонних справ Китаю", "LOC Києва"}},
		{"a preposition after the place", "[ORG Посольство України в Варшаві] заявило .",
			[]string{"ORG Посольство України в Варшаві"}},
		{"two places with no noun between", "[ORG Посольство України Польщі] заявило .",
			[]string{"ORG Посольство України Польщі"}},
	})
}

// TestS35FWomansTitleList checks that a woman's title before a comma and
// another title before the name (Депутатка, членкиня комітету з питань
// бюджету Ірина Коваль) is a JOB, that членкиня is a title, and that the
// field after з completes the title, as NER-UK annotates "директор
// департаменту з питань … палив".
func TestS35FWomansTitleList(t *testing.T) {
	tags := map[string]string{
		"Депутатка": "депутатка/noun:anim:f:v_naz", "членкиня": "членкиня/noun:anim:f:v_naz",
		"Членкиня": "членкиня/noun:anim:f:v_naz", "комітету": "комітет/noun:inanim:m:v_rod",
		"з": "з/prep", "питань": "питання/noun:inanim:p:v_rod", "бюджету": "бюджет/noun:inanim:m:v_rod",
		"Ірина": "Ірина/noun:anim:f:v_naz:prop:fname", "Коваль": "Коваль/noun:anim:f:v_naz:prop:lname",
		"підтримала": "підтримати/verb:perf:past:f", "Олена": "Олена/noun:anim:f:v_naz:prop:fname",
	}
	runRuleCases(t, addWomensTitles, tags, []ruleCase{
		{"two titles, a comma between", "Депутатка , членкиня комітету з питань бюджету [PERS Ірина Коваль] підтримала .",
			[]string{"JOB Депутатка", "JOB членкиня комітету з питань бюджету", "PERS Ірина Коваль"}},
		{"членкиня alone", "Членкиня комітету з питань бюджету [PERS Ірина Коваль] підтримала .",
			[]string{"JOB Членкиня комітету з питань бюджету", "PERS Ірина Коваль"}},
		{"a comma and no title after it", "Депутатка , [PERS Ірина Коваль] підтримала .",
			[]string{"PERS Ірина Коваль"}},
		{"no person after the titles", "Депутатка , членкиня комітету з питань бюджету підтримала .",
			nil},
	})
}

// TestS35FPlaceBeforePerson checks that a place in the locative after в,
// у or на that the model ran into the name after it ("в [PERS Анкарі
// Фідан]") is cut off as a LOC, and that a first name that is also a
// place's (у Софії Ротару) stays the person's.
func TestS35FPlaceBeforePerson(t *testing.T) {
	tags := map[string]string{
		"в": "в/prep", "у": "у/prep", "Анкарі": "Анкара/noun:inanim:f:v_mis:prop:geo",
		"Фідан": "Фідан/noun:inanim:m:v_naz:prop:geo", "Софії": "Софія/noun:anim:f:v_rod:prop:fname",
		"Ротару": "Ротару/noun:anim:f:v_naz:nv:prop:lname", "Хакан": "Хакан/noun:anim:m:v_naz:prop:fname",
		"заявив": "заявити/verb:perf:past:m", "виступила": "виступити/verb:perf:past:f",
	}
	runRuleCases(t, splitPlacePersons, tags, []ruleCase{
		{"a surname after the place", "в [PERS Анкарі Фідан] заявив .", []string{"LOC Анкарі", "PERS Фідан"}},
		{"a full name after the place", "в [PERS Анкарі Хакан Фідан] заявив .", []string{"LOC Анкарі", "PERS Хакан Фідан"}},
		{"a first name", "у [PERS Софії Ротару] виступила .", []string{"PERS Софії Ротару"}},
		{"no preposition", "[PERS Анкарі Фідан] заявив .", []string{"PERS Анкарі Фідан"}},
	})
}
