package ner

import "testing"

// TestS34CapsPersons checks that one word of capitals the model read as a
// person is an organisation, and that names in other shapes stay people.
func TestS34CapsPersons(t *testing.T) {
	runRuleCases(t, retypeCapsPersons, nil, []ruleCase{
		{"an office's acronym", "прокурори [PERS САП] повідомили", []string{"ORG САП"}},
		{"a Latin one", "експерти [PERS IAEA] прибули", []string{"ORG IAEA"}},
		{"a surname stays", "заявив [PERS Деркач]", []string{"PERS Деркач"}},
		{"a headline's long surname stays", "[PERS ЗЕЛЕНСЬКИЙ] прибув", []string{"PERS ЗЕЛЕНСЬКИЙ"}},
		{"two words stay", "[PERS ЛІ Мін] прибув", []string{"PERS ЛІ Мін"}},
		{"one letter stays", "[PERS Ю] прибув", []string{"PERS Ю"}},
		{"with a digit stays", "[PERS G7] зібралася", []string{"PERS G7"}},
	})
}

// TestS34OfficeNames checks that Офіс with an office-holder's title in the
// genitive after it is one ORG, whatever the model made of its parts.
func TestS34OfficeNames(t *testing.T) {
	tags := map[string]string{
		"Офісі": "офіс/noun:inanim:m:v_mis", "Офіс": "офіс/noun:inanim:m:v_naz", "Офісу": "офіс/noun:inanim:m:v_rod",
		"генерального": "генеральний/adj:m:v_rod", "прокурора": "прокурор/noun:anim:m:v_rod",
		"омбудсмана": "омбудсман/noun:anim:m:v_rod", "компанії": "компанія/noun:inanim:f:v_rod",
	}
	runRuleCases(t, tagOfficeNames, tags, []ruleCase{
		{"a place and a title", "В [LOC Офісі] [JOB генерального прокурора] заявили", []string{"ORG Офісі генерального прокурора"}},
		{"a title with Офіс", "[JOB Офіс генерального прокурора] повідомив", []string{"ORG Офіс генерального прокурора"}},
		{"Офісу alone as an ORG", "За даними [ORG Офісу] [JOB генерального прокурора] ,", []string{"ORG Офісу генерального прокурора"}},
		{"untagged", "в Офісі омбудсмана заявили", []string{"ORG Офісі омбудсмана"}},
		{"an ORG stays", "[ORG Офіс генерального прокурора] повідомив", []string{"ORG Офіс генерального прокурора"}},
		{"a firm's office", "Офіс компанії розташований", nil},
	})
}

// TestS34InitialAcronyms checks that a proper acronym opening the
// sentence and joined by і or та to a name is tagged, a country's as a
// LOC, and that common nouns' acronyms are not.
func TestS34InitialAcronyms(t *testing.T) {
	tags := map[string]string{
		"ЄБРР": "ЄБРР/noun:inanim:m:v_zna:nv:abbr:prop", "США": "США/noun:inanim:p:v_rod:nv:ns:prop:geo",
		"ЗМІ": "ЗМІ/noun:inanim:p:v_naz:nv:abbr", "і": "і/conj:coord", "та": "та/conj:coord",
	}
	runRuleCases(t, addInitialAcronyms, tags, []ruleCase{
		{"an ORG", "ЄБРР і [LOC Японія] підписали", []string{"ORG ЄБРР", "LOC Японія"}},
		{"a country", "США та [LOC Велика Британія] запровадили", []string{"LOC США", "LOC Велика Британія"}},
		{"after a dash", "– ЄБРР та [LOC Японія] підписали", []string{"ORG ЄБРР", "LOC Японія"}},
		{"tagged already", "[ORG ЄБРР] і [LOC Японія] підписали", []string{"ORG ЄБРР", "LOC Японія"}},
		{"a common noun's acronym", "ЗМІ і [LOC Україна] пишуть", []string{"LOC Україна"}},
		{"no name after", "ЄБРР і банки підписали", nil},
		{"not first", "Вчора ЄБРР і [LOC Японія] підписали", []string{"LOC Японія"}},
	})
}

// TestS35OrgTailsInside checks that an ORG span the model closed inside
// its field goes on to the field's end (поводження з військовополоненими,
// безпечності харчових продуктів), and that a phrase of time after a
// field is left out.
func TestS35OrgTailsInside(t *testing.T) {
	tags := map[string]string{
		"Координаційний": "координаційний/adj:m:v_naz", "штаб": "штаб/noun:inanim:m:v_naz", "з": "з/prep",
		"питань": "питання/noun:inanim:p:v_rod", "поводження": "поводження/noun:inanim:n:v_rod",
		"військовополоненими": "військовополонений/noun:anim:p:v_oru", "Служба": "служба/noun:inanim:f:v_naz",
		"безпечності": "безпечність/noun:inanim:f:v_rod", "харчових": "харчовий/adj:p:v_rod", "продуктів": "продукт/noun:inanim:p:v_rod",
		"та": "та/conj:coord", "захисту": "захист/noun:inanim:m:v_rod", "споживачів": "споживач/noun:anim:p:v_rod",
		"Комітет": "комітет/noun:inanim:m:v_naz", "оборони": "оборона/noun:inanim:f:v_rod",
		"минулого": "минулий/adj:m:v_rod", "тижня": "тиждень/noun:inanim:m:v_rod",
	}
	runRuleCases(t, addOrgTails, tags, []ruleCase{
		{"a dealing word's instrumental", "[ORG Координаційний штаб з питань поводження] з військовополоненими заявив .",
			[]string{"ORG Координаційний штаб з питань поводження з військовополоненими"}},
		{"the field's genitives", "[ORG Служба з питань безпечності] харчових продуктів та захисту споживачів .",
			[]string{"ORG Служба з питань безпечності харчових продуктів та захисту споживачів"}},
		{"a phrase of time", "[ORG Комітет з питань оборони] минулого тижня ухвалив .", []string{"ORG Комітет з питань оборони"}},
	})
}

// TestS35CyrillicCredits checks that an outlet named in Cyrillic after
// Фото: or Джерело:, read as a place or as its adjective alone, is an ORG
// to the line's end, while a place the gazetteer knows stays a place.
func TestS35CyrillicCredits(t *testing.T) {
	tags := map[string]string{
		"Джерело": "джерело/noun:inanim:n:v_naz", "Фото": "фото/noun:inanim:n:v_naz:nv", ":": ":/punct",
		"Укрінформ": "Укрінформ/noun:inanim:m:v_naz:prop", "Європейська": "європейський/adj:f:v_naz", "правда": "правда/noun:inanim:f:v_naz",
		"Київ": "Київ/noun:inanim:m:v_naz:prop:geo",
	}
	runRuleCases(t, retypeCitedOutlets, tags, []ruleCase{
		{"an agency read as a place", "Джерело : [LOC Укрінформ]", []string{"ORG Укрінформ"}},
		{"a site's adjective alone", "Фото : [LOC Європейська] правда", []string{"ORG Європейська правда"}},
		{"a place", "Фото : [LOC Київ]", []string{"LOC Київ"}},
	})
}

// TestS36LatinLeads checks that a body's name in Latin letters the model
// ran into the Cyrillic name after it is cut off as an ORG, and that
// names in one script stay whole.
func TestS36LatinLeads(t *testing.T) {
	runRuleCases(t, retypeLatinPersons, nil, []ruleCase{
		{"a company before a name", "Віцепрезидентка [PERS Equinor Ірене Руммелгофф] зазначила", []string{"ORG Equinor", "PERS Ірене Руммелгофф"}},
		{"two Latin words", "директор [PERS Airbus Group Томас Енгель] заявив", []string{"ORG Airbus Group", "PERS Томас Енгель"}},
		{"a Cyrillic name stays", "заявив [PERS Іренеуш Фонфара]", []string{"PERS Іренеуш Фонфара"}},
		{"a Latin name alone", "заявив [PERS John Smith]", []string{"MISC John Smith"}},
		{"a lower-case word after", "[PERS Orlen концерн]", []string{"PERS Orlen концерн"}},
		{"a gloss in brackets", "( англ . [PERS Ayn Rend Айн] )", []string{"PERS Ayn Rend Айн"}},
	})
}

// TestS36HeadTitles checks that the head of a body (голова, начальник,
// очільник, директор) before a person's name is a JOB with the genitive
// words of the body, and that голова the part of the body is not.
func TestS36HeadTitles(t *testing.T) {
	tags := map[string]string{
		"голова": "голова/noun:anim:m:v_naz", "обласної": "обласний/adj:f:v_rod", "військової": "військовий/adj:f:v_rod",
		"адміністрації": "адміністрація/noun:inanim:f:v_rod", "Начальниця": "начальник/noun:anim:f:v_naz",
		"управління": "управління/noun:inanim:n:v_rod", "освіти": "освіта/noun:inanim:f:v_rod",
		"головою": "голова/noun:inanim:f:v_oru", "кивнув": "кивнути/verb:perf:past:m", "повідомив": "повідомити/verb:perf:past:m",
		"директора": "директор/noun:anim:m:v_rod", "заводу": "завод/noun:inanim:m:v_rod",
	}
	runRuleCases(t, addTitlePersons, tags, []ruleCase{
		{"a regional head", "повідомив голова обласної військової адміністрації [PERS Сергій Лисак]", []string{"JOB голова обласної військової адміністрації", "PERS Сергій Лисак"}},
		{"a head of a department", "Начальниця управління освіти [PERS Тетяна Кравець]", []string{"JOB Начальниця управління освіти", "PERS Тетяна Кравець"}},
		{"a director in the genitive", "з дружиною директора заводу [PERS Івана Петренка]", []string{"JOB директора заводу", "PERS Івана Петренка"}},
		{"the head one nods", "головою кивнув [PERS Іван]", []string{"PERS Іван"}},
	})
}
