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

// TestS53TMemberJobs checks that a JOB span running the title of one who
// heads a body into a member's title after it is cut in two; a head
// with the body it heads, or with a deputy's title, is left.
func TestS53TMemberJobs(t *testing.T) {
	tags := map[string]string{
		"головою": "голова/noun:anim:m:v_oru", "незалежного": "незалежний/adj:m:v_rod",
		"члена": "член/noun:anim:m:v_rod", "ради": "рада/noun:inanim:f:v_rod",
		"правління": "правління/noun:inanim:n:v_rod", "заступника": "заступник/noun:anim:m:v_rod",
	}
	runRuleCases(t, splitMemberJobs, tags, []ruleCase{
		{"a head and a member", "Рада обрала своїм [JOB головою незалежного члена ради] Анну Сміт .",
			[]string{"JOB головою", "JOB незалежного члена ради"}},
		{"a head and a body", "Рада обрала [JOB головою правління] Анну Сміт .", []string{"JOB головою правління"}},
	})
}
