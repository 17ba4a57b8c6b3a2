package ner

import "testing"

func TestCutDegreeWords(t *testing.T) {
	tags := map[string]string{
		"президент": "президент/noun:anim:m:v_naz", "НАН": "НАН/noun:inanim:f:v_rod:nv:abbr", "академік": "академік/noun:anim:m:v_naz",
		"Анатолій": "Анатолій/noun:anim:m:v_naz:prop:fname", "Загородній": "Загородній/noun:anim:m:v_naz:prop:lname",
		"Інституту": "інститут/noun:inanim:m:v_rod", "кібернетики": "кібернетика/noun:inanim:f:v_rod",
		"член-кореспондент": "член-кореспондент/noun:anim:m:v_naz", "Олександр": "Олександр/noun:anim:m:v_naz:prop:fname",
		"Хіміч": "Хіміч/noun:anim:m:v_naz:prop:lname", "імені": "ім'я/noun:inanim:n:v_rod", "академіка": "академік/noun:anim:m:v_rod",
		"Глушкова": "Глушков/noun:anim:m:v_rod:prop:lname",
	}
	runRuleCases(t, cutDegreeWords, tags, []ruleCase{
		{"a degree last", "Повідомив президент [ORG НАН академік] [PERS Анатолій Загородній] .", []string{"ORG НАН", "JOB академік", "PERS Анатолій Загородній"}},
		{"a degree and its body", "Директор [ORG Інституту кібернетики член-кореспондент НАН] [PERS Олександр Хіміч] уточнив .",
			[]string{"ORG Інституту кібернетики", "JOB член-кореспондент", "ORG НАН", "PERS Олександр Хіміч"}},
		{"a namesake's", "Працює в [ORG Інституту кібернетики імені академіка Глушкова] .", []string{"ORG Інституту кібернетики імені академіка Глушкова"}},
		{"no name after", "Він працює в [ORG Інституту кібернетики член-кореспондент НАН] .", []string{"ORG Інституту кібернетики член-кореспондент НАН"}},
	})
}
