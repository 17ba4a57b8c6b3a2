package ner

import "testing"

// nameTitleTags are the tagger's readings of the words of the tests of
// titles read as names and of middle names read as common words.
var nameTitleTags = map[string]string{
	"Староста": "Староста/noun:anim:f:v_naz:prop:lname", "Марія": "Марія/noun:anim:f:v_naz:prop:fname",
	"Гнатюк": "Гнатюк/noun:anim:f:v_naz:nv:prop:lname", "Петрівна": "Петрівна/noun:anim:f:v_naz:prop:pname",
	"Коваль": "Коваль/noun:anim:f:v_naz:nv:prop:lname", "розповіла": "розповісти/verb:perf:past:f",
	"Андерс": "Андерс/noun:anim:m:v_naz:prop:lname", "Дам": "дати/verb:perf:futr:s:1",
	"Расмуссен": "Расмуссен/noun:anim:m:v_naz:prop:lname", "Андерсом": "Андерс/noun:anim:m:v_oru:prop:lname",
	"Расмуссеном": "Расмуссен/noun:anim:m:v_oru:prop:lname", "Расмуссена": "Расмуссен/noun:anim:m:v_rod:prop:lname",
	"Києві": "Київ/noun:inanim:m:v_mis:prop:geo", "Петро": "Петро/noun:anim:m:v_naz:prop:fname",
	"Мельник": "Мельник/noun:anim:m:v_naz:prop:lname", "підписав": "підписати/verb:perf:past:m",
	"зустрівся": "зустрітися/verb:rev:perf:past:m", "з": "з/prep", "У": "у/prep", "Кравця": "Кравець/noun:anim:m:v_rod:prop:lname",
	"округу": "округа/noun:inanim:f:v_zna",
}

// TestS52UNameTitles checks that a title the tagger read as a surname,
// opening a span of three words before a first name and a surname,
// comes out as the title, and that a surname put before a first name and
// a patronymic stays one name.
func TestS52UNameTitles(t *testing.T) {
	runRuleCases(t, splitNameTitles, nameTitleTags, []ruleCase{
		{"a title read as a surname", "[PERS Староста Марія Гнатюк] розповіла .",
			[]string{"JOB Староста", "PERS Марія Гнатюк"}},
		{"a surname with a patronymic", "[PERS Коваль Марія Петрівна] розповіла .",
			[]string{"PERS Коваль Марія Петрівна"}},
		{"a surname no title", "[PERS Гнатюк Марія Коваль] розповіла .",
			[]string{"PERS Гнатюк Марія Коваль"}},
		{"a title alone before its complement and the name", "[PERS Староста] округу [PERS Марія Гнатюк] розповіла .",
			[]string{"JOB Староста округу", "PERS Марія Гнатюк"}},
		{"a verb between", "[PERS Староста] розповіла [PERS Марія Гнатюк] .",
			[]string{"PERS Староста", "PERS Марія Гнатюк"}},
	})
}

// TestS52UMiddleNames checks that a first name tagged alone, a middle
// word written with a capital the tagger read as a verb and the surname
// after it are one name, in any case the two ends agree in, and that a
// place between two names or ends in two cases join nothing.
func TestS52UMiddleNames(t *testing.T) {
	runRuleCases(t, joinMiddleNames, nameTitleTags, []ruleCase{
		{"a middle word read as a verb", "[PERS Андерс] Дам [PERS Расмуссен] підписав .",
			[]string{"PERS Андерс Дам Расмуссен"}},
		{"in the instrumental", "з [PERS Андерсом] Дам [PERS Расмуссеном] зустрівся .",
			[]string{"PERS Андерсом Дам Расмуссеном"}},
		{"ends in two cases", "з [PERS Андерсом] Дам [PERS Расмуссена] зустрівся .",
			[]string{"PERS Андерсом", "PERS Расмуссена"}},
		{"a place between", "[PERS Петро] Києві [PERS Мельник] підписав .",
			[]string{"PERS Петро", "PERS Мельник"}},
	})
}

// TestS52ULatinCompanies checks that a name in Latin letters after a
// company word or ending in a legal form is an ORG, that a company word
// in the span or tagged a JOB before it leaves the name and the JOB, and
// that a title before a company word stays.
func TestS52ULatinCompanies(t *testing.T) {
	tags := map[string]string{
		"Концерн": "концерн/noun:inanim:m:v_naz", "Thales": "Thales/x:latin", "Orion": "Orion/x:latin",
		"Systems": "Systems/x:latin", "AG": "AG/x:latin", "Оператор": "оператор/noun:anim:m:v_naz",
		"Kyivstar": "Kyivstar/x:latin", "мобільний": "мобільний/adj:m:v_naz", "директор": "директор/noun:anim:m:v_naz",
		"компанії": "компанія/noun:inanim:f:v_rod", "Engie": "Engie/x:latin", "постачає": "постачати/verb:imperf:pres:s:3",
		"з": "з/prep", "Archer": "Archer/x:latin", "гаубиць": "гаубиця/noun:inanim:p:v_rod", "вийшов": "вийти/verb:perf:past:m",
	}
	runRuleCases(t, retypeLatinCompanies, tags, []ruleCase{
		{"a company word in the span", "[PERS Концерн Thales] постачає .", []string{"ORG Thales"}},
		{"a legal form", "[MISC Orion Systems AG] постачає .", []string{"ORG Orion Systems AG"}},
		{"a company word tagged a JOB", "[JOB Оператор] [PERS Kyivstar] постачає .", []string{"ORG Kyivstar"}},
		{"with its adjective", "[JOB мобільний Оператор] [PERS Kyivstar] постачає .", []string{"ORG Kyivstar"}},
		{"a title before the company word stays", "[JOB директор компанії] [PERS Engie] вийшов .", []string{"JOB директор компанії", "ORG Engie"}},
		{"no company word", "з гаубиць [MISC Archer] .", []string{"MISC Archer"}},
	})
}
