package ner

import "testing"

func TestJoinBodyTails(t *testing.T) {
	tags := map[string]string{
		"Офісу": "офіс/noun:inanim:m:v_rod", "Офіс": "офіс/noun:inanim:m:v_naz", "Генерального": "генеральний/adj:m:v_rod",
		"прокурора": "прокурор/noun:anim:m:v_rod", "ТЦК": "ТЦК/noun:inanim:m:v_mis:nv:abbr", "СП": "СП/noun:inanim:m:v_mis:nv:abbr",
		"Київському": "київський/adj:m:v_mis", "та": "та/conj:coord", "і": "і/conj:coord", "офісу": "офіс/noun:inanim:m:v_rod",
	}
	runRuleCases(t, joinBodyTails, tags, []ruleCase{
		{"the office cut before прокурора", "Повідомила пресслужба [ORG Офісу Генерального] [JOB прокурора] .", []string{"ORG Офісу Генерального прокурора"}},
		{"the office untagged", "Офіс Генерального прокурора повідомив .", []string{"ORG Офіс Генерального прокурора"}},
		{"a centre's name extended over та СП", "У [ORG Київському ТЦК] та [PERS СП] заявили .", []string{"ORG Київському ТЦК та СП"}},
		{"the acronym alone", "Представники [ORG ТЦК] і СП прибули .", []string{"ORG ТЦК і СП"}},
		{"a span cut through is left", "У [ORG ТЦК та СП Києва] заявили .", []string{"ORG ТЦК та СП Києва"}},
		{"a lower-case office is no body", "До офісу Генерального прокурора .", nil},
	})
}
