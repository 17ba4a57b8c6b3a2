package ner

import "testing"

// TestCommonAbbrevs checks that a lone acronym of a common noun (ВВП,
// ППО) is no name, and that names, bodies, quoted names and acronyms
// inside longer names stay.
func TestCommonAbbrevs(t *testing.T) {
	tags := map[string]string{
		"ВВП": "ВВП/noun:inanim:m:v_rod:nv:abbr", "ППО": "ППО/noun:inanim:f:v_rod:nv:abbr",
		"МЗС": "МЗС/noun:inanim:n:v_mis:nv:abbr", "НАТО": "НАТО/noun:inanim:n:v_rod:nv:abbr:prop",
		"ОДЕК": "ОДЕК/noun:inanim:m:v_naz:nv:abbr", "АЕС": "АЕС/noun:inanim:f:v_naz:nv:abbr",
		"Запорізька": "запорізький/adj:f:v_naz",
	}
	runRuleCases(t, dropCommonAbbrevs, tags, []ruleCase{
		{"GDP", "зростання [ORG ВВП] сповільнилося", nil},
		{"air defence", "посилення [ORG ППО] України", nil},
		{"a ministry speaks", "у [ORG МЗС] заявили", []string{"ORG МЗС"}},
		{"a proper acronym", "саміт [ORG НАТО] відбудеться", []string{"ORG НАТО"}},
		{"a quoted team", "команда « [ORG ОДЕК] » перемогла", []string{"ORG ОДЕК"}},
		{"inside a longer name", "[ORG Запорізька АЕС] зупинилася", []string{"ORG Запорізька АЕС"}},
	})
}
