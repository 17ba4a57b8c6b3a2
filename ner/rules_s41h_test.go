package ner

import "testing"

// TestS41HAdjNouns checks that a PERS span of a capitalised adjective and
// a capitalised noun for a thing in its case becomes an ORG, that a PERS
// span of the noun alone takes in the adjective before it, and that a
// surname (:prop), a person's noun (anim) or a lowercase noun stays.
func TestS41HAdjNouns(t *testing.T) {
	tags := map[string]string{
		"Допомогу": "допомога/noun:inanim:f:v_zna", "надав": "надати/verb:perf:past:m",
		"Червоний": "червоний/adj:m:v_naz:compb", "Хрест": "хрест/noun:inanim:m:v_naz", "передав": "передати/verb:perf:past:m",
		"Срібної": "срібний/adj:f:v_rod:compb", "Землі": "земля/noun:inanim:f:v_rod", "команда": "команда/noun:inanim:f:v_naz",
		"Великий": "великий/adj:m:v_naz:compb", "Шевченко": "Шевченко/noun:anim:m:v_naz:prop:lname", "Коваль": "коваль/noun:anim:m:v_naz",
		"Старий": "старий/adj:m:v_naz:compb", "Зелена": "зелений/adj:f:v_naz:compb", "Хрестом": "хрест/noun:inanim:m:v_oru",
		"з": "з/prep",
	}
	runRuleCases(t, retypeAdjNouns, tags, []ruleCase{
		{"an adjective and a thing's noun", "Допомогу надав [PERS Червоний Хрест] .", []string{"ORG Червоний Хрест"}},
		{"in the genitive", "команда [PERS Срібної Землі] .", []string{"ORG Срібної Землі"}},
		{"the noun alone takes the adjective in", "Червоний [PERS Хрест] передав .", []string{"ORG Червоний Хрест"}},
		{"a surname stays", "[PERS Великий Шевченко] передав .", []string{"PERS Великий Шевченко"}},
		{"a person's noun stays", "[PERS Старий Коваль] передав .", []string{"PERS Старий Коваль"}},
		{"an adjective of another gender", "Зелена [PERS Хрест] передав .", []string{"PERS Хрест"}},
		{"another case", "Червоний [PERS Хрестом] передав .", []string{"PERS Хрестом"}},
	})
}

// TestS41HAbbrPersons checks that an abbreviation in capitals the lexicon
// knows is cut off the PERS span it opens before a name, and that an
// initial, a name in capitals or an abbreviation alone stays.
func TestS41HAbbrPersons(t *testing.T) {
	tags := map[string]string{
		"ФОП": "ФОП/noun:anim:f:v_rod:nv:abbr", "Стефаником": "Стефаник/noun:anim:m:v_oru:prop:lname", "договір": "договір/noun:inanim:m:v_zna",
		"з": "з/prep", "ПЕТРЕНКО": "Петренко/noun:anim:m:v_naz:prop:lname", "В.": "В./noun:anim:m:v_naz:prop:fname:abbr",
		"Коваль": "Коваль/noun:anim:m:v_naz:prop:lname", "ФОПом": "ФОП/noun:anim:m:v_oru:abbr",
	}
	runRuleCases(t, cutAbbrPersons, tags, []ruleCase{
		{"a sole trader", "договір з [PERS ФОП Стефаником] .", []string{"PERS Стефаником"}},
		{"a surname in capitals after it", "договір з [PERS ФОП ПЕТРЕНКО] .", []string{"PERS ФОП ПЕТРЕНКО"}},
		{"an initial", "договір з [PERS В. Коваль] .", []string{"PERS В. Коваль"}},
		{"the abbreviation alone", "договір з [PERS ФОПом] .", []string{"PERS ФОПом"}},
	})
}

// TestS41HPostposedAdjNouns checks that a PERS span of a capitalised noun
// for a thing and the capitalised adjectives after it that agree with it
// becomes an ORG (the masculine and the neuter share the oblique forms),
// and that such a span opening a sentence or ending in a surname stays.
func TestS41HPostposedAdjNouns(t *testing.T) {
	tags := map[string]string{
		"гетьманом": "гетьман/noun:anim:m:v_oru", "Війська": "військо/noun:inanim:n:v_rod", "Запорізького": "запорізький/adj:m:v_rod",
		"був": "бути/verb:imperf:past:m", "Він": "він/noun:anim:m:v_naz:&pron:pers:3", "Шевченка": "Шевченко/noun:anim:m:v_rod:prop:lname",
	}
	runRuleCases(t, retypeAdjNouns, tags, []ruleCase{
		{"the adjective after the noun", "Він був гетьманом [PERS Війська Запорізького] .", []string{"ORG Війська Запорізького"}},
		{"at the start of a sentence", "[PERS Війська Запорізького] був .", []string{"PERS Війська Запорізького"}},
		{"a surname after the noun", "Він був гетьманом [PERS Війська Шевченка] .", []string{"PERS Війська Шевченка"}},
	})
}

// TestS41HPlaceKindGuesses checks that a word the tagger guesses is a
// first name, right after a word for a kind of settlement, is a place
// unless the gazetteer lists it as a person's name and not a place.
func TestS41HPlaceKindGuesses(t *testing.T) {
	tags := map[string]string{
		"прийматиме": "приймати/verb:imperf:futr:s:3", "місто": "місто/noun:inanim:n:v_zna", "Кьонджу": "Кьондж/noun:anim:m:v_dav:prop:fname",
		"жив": "жити/verb:imperf:past:m", "у": "у/prep", "селі": "село/noun:inanim:n:v_mis", "Коля": "Коля/noun:anim:m:v_naz:prop:fname",
	}
	runRuleCases(t, retypePlaceKinds, tags, []ruleCase{
		{"an unlisted name guessed a first name", "прийматиме місто [PERS Кьонджу] .", []string{"LOC Кьонджу"}},
		{"a listed first name stays", "жив у селі [PERS Коля] .", []string{"PERS Коля"}},
	})
}
