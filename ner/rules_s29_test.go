package ner

import "testing"

func TestRetypeEvents(t *testing.T) {
	tags := map[string]string{
		"Венеційському": "венеційський/adj:m:v_mis", "кінофестивалі": "кінофестиваль/noun:inanim:m:v_mis",
		"Олімпійських": "олімпійський/adj:p:v_rod", "ігор": "гра/noun:inanim:p:v_rod", "Ліги": "ліга/noun:inanim:f:v_rod",
		"конференцій": "конференція/noun:inanim:p:v_rod", "Шевченківської": "шевченківський/adj:f:v_rod", "премії": "премія/noun:inanim:f:v_rod",
		"Комітет": "комітет/noun:inanim:m:v_naz", "з": "з/prep", "Національної": "національний/adj:f:v_rod",
		"Кубка": "кубок/noun:inanim:m:v_rod", "України": "Україна/noun:inanim:f:v_rod:prop:geo", "Нові": "новий/adj:p:v_naz",
		"ігри": "гра/noun:inanim:p:v_naz",
	}
	runRuleCases(t, retypeEvents, tags, []ruleCase{
		{"a festival read as a place", "Прем'єра на [LOC Венеційському кінофестивалі] .", []string{"MISC Венеційському кінофестивалі"}},
		{"a league", "Матч [ORG Ліги конференцій] .", []string{"MISC Ліги конференцій"}},
		{"the Olympics", "Підготовка до [ORG Олімпійських ігор] .", []string{"MISC Олімпійських ігор"}},
		{"a prize read as a work", "Лауреати [ART Шевченківської премії] .", []string{"MISC Шевченківської премії"}},
		{"a contest by its name", "Відбір на [LOC Євробачення-2026] .", []string{"MISC Євробачення-2026"}},
		{"a Latin name", "Турнір [ORG Mutua Madrid Open] .", []string{"MISC Mutua Madrid Open"}},
		{"a body named after a prize", "[ORG Комітет з Національної премії] .", []string{"ORG Комітет з Національної премії"}},
		{"a cup stays an ORG", "Фінал [ORG Кубка України] .", []string{"ORG Кубка України"}},
		{"a book on games", "Книжка « [ART Нові ігри] » .", []string{"ART Нові ігри"}},
		{"an outlet", "Пише [ORG ЛІГА.net] .", []string{"ORG ЛІГА.net"}},
	})
}
