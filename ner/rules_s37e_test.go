package ner

import "testing"

// TestS37EDativeCountries checks that a country's name in the dative at
// the end of an ORG span is cut off as a LOC, that a lone acronym of a
// thing before it is dropped and a longer name kept, and that a country
// in the genitive, the normal end of a body's name, stays inside.
func TestS37EDativeCountries(t *testing.T) {
	tags := map[string]string{
		"системи": "система/noun:inanim:p:v_zna", "ППО": "ППО/noun:inanim:f:v_rod:nv:abbr", "Україні": "Україна/noun:inanim:f:v_dav:prop:geo",
		"України": "Україна/noun:inanim:f:v_rod:prop:geo", "Польщі": "Польща/noun:inanim:f:v_dav:prop:geo",
		"передали": "передати/verb:perf:past:p", "комплекси": "комплекс/noun:inanim:p:v_zna", "ЗРК": "ЗРК/noun:inanim:m:v_rod:nv:abbr",
		"Міністерство": "міністерство/noun:inanim:n:v_naz", "оборони": "оборона/noun:inanim:f:v_rod", "Литви": "Литва/noun:inanim:f:v_rod:prop:geo",
		"Збройним": "збройний/adj:p:v_dav", "Силам": "сила/noun:inanim:p:v_dav",
	}
	runRuleCases(t, cutDativeCountries, tags, []ruleCase{
		{"an acronym of a weapon", "США передали системи [ORG ППО Україні] .", []string{"LOC Україні"}},
		{"another acronym and country", "Литва передала комплекси [ORG ЗРК Польщі] .", []string{"LOC Польщі"}},
		{"a body's name before it", "Кошти передало [ORG Міністерство оборони Литви Україні] .", []string{"ORG Міністерство оборони Литви", "LOC Україні"}},
		{"the genitive stays", "[ORG Міністерство оборони України] передало .", []string{"ORG Міністерство оборони України"}},
		{"a dative body of the country stays", "передали [ORG Збройним Силам України] .", []string{"ORG Збройним Силам України"}},
	})
}

// TestS37EForeignWomanSplit checks that a foreign woman's first name read
// as a place and her surname read as a person, both ending as names that
// do not decline, are one PERS; a place before a person, or after a
// place's preposition, stays apart.
func TestS37EForeignWomanSplit(t *testing.T) {
	tags := map[string]string{
		"Агне": "Агне/noun:inanim:n:v_naz:prop:geo", "Біловайтіте": "Біловайтіте/noun:inanim:n:v_naz:prop:geo",
		"заявила": "заявити/verb:perf:past:f", "Києві": "Київ/noun:inanim:m:v_mis:prop:geo", "Коваль": "Коваль/noun:anim:m:v_naz:prop:lname",
		"у": "у/prep",
	}
	runRuleCases(t, retypeForeignWomen, tags, []ruleCase{
		{"a first name as a place, the surname as a person", "[LOC Агне] [PERS Біловайтіте] заявила .", []string{"PERS Агне Біловайтіте"}},
		{"after a place's preposition", "у [LOC Агне] [PERS Біловайтіте] заявила .", []string{"LOC Агне", "PERS Біловайтіте"}},
		{"a city, then a surname", "[LOC Києві] [PERS Коваль] заявив .", []string{"LOC Києві", "PERS Коваль"}},
	})
}
