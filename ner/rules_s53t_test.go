package ner

import "testing"

// TestS53TTitleIntoCountry checks that a title the model ran into the
// place after it, as one place, is a JOB before the place; a place
// without a title is left.
func TestS53TTitleIntoCountry(t *testing.T) {
	tags := map[string]string{
		"Посол": "посол/noun:anim:m:v_naz", "Франції": "Франція/noun:inanim:f:v_rod:prop:geo",
		"Україні": "Україна/noun:inanim:f:v_mis:prop:geo", "Південна": "південний/adj:f:v_naz",
		"Корея": "Корея/noun:inanim:f:v_naz:prop:geo", "Великої": "великий/adj:f:v_rod",
		"Британії": "Британія/noun:inanim:f:v_rod:prop:geo",
	}
	runRuleCases(t, splitTitleBodies, tags, []ruleCase{
		{"a title and a country", "[LOC Посол Франції] в Україні заявив .", []string{"JOB Посол", "LOC Франції"}},
		{"a country with an adjective", "[LOC Посол Великої Британії] заявив .", []string{"JOB Посол", "LOC Великої Британії"}},
		{"a place", "Делегація прибула до [LOC Південна Корея] .", []string{"LOC Південна Корея"}},
	})
}
