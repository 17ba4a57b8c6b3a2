package ner

import "testing"

func TestS42EPersonVillage(t *testing.T) {
	tags := map[string]string{
		"Богдан": "Богдан/noun:anim:m:v_naz:prop:fname", "Коля": "Коля/noun:anim:m:v_naz:prop:fname",
		"ловив": "ловити/verb:imperf:past:m", "Рахівської": "рахівський/adj:f:v_rod", "Коваль": "Коваль/noun:anim:m:v_naz:prop:lname",
	}
	runRuleCases(t, addSettlements, tags, []ruleCase{
		{"a village named like a person", "Затримали поблизу села [PERS Богдан] Рахівської громади .", []string{"LOC Богдан"}},
		{"the hromada's adjective taken into the span is cut off", "Затримали поблизу села [PERS Богдан Рахівської] громади .", []string{"LOC Богдан"}},
		{"after с.", "Живе в с . [PERS Богдан] з родиною .", []string{"LOC Богдан"}},
		{"not a person the verb after tells of", "У селі [PERS Коля] ловив рибу .", []string{"PERS Коля"}},
		{"not a person named in full", "Голова села [PERS Богдан Коваль] приїхав .", []string{"PERS Богдан Коваль"}},
		{"not after м.", "Площею 50 м . [PERS Богдан] купив .", []string{"PERS Богдан"}},
	})
}
