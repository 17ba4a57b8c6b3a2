package ner

import "testing"

func TestAddForces(t *testing.T) {
	tags := map[string]string{
		"Сили": "сила/noun:inanim:p:v_naz", "Сил": "сила/noun:inanim:p:v_rod", "оборони": "оборона/noun:inanim:f:v_rod",
		"Повітряні": "повітряний/adj:p:v_naz", "Повітряних": "повітряний/adj:p:v_rod", "сили": "сила/noun:inanim:p:v_naz",
		"силах": "сила/noun:inanim:p:v_mis", "Збройні": "збройний/adj:p:v_naz", "Збройна": "збройний/adj:f:v_naz",
		"сила": "сила/noun:inanim:f:v_naz", "України": "Україна/noun:inanim:f:v_rod:prop:geo",
		"Естонії": "Естонія/noun:inanim:f:v_rod:prop:geo", "ЗСУ": "ЗСУ/noun:inanim:p:v_rod:nv:abbr:prop",
		"Сухопутні": "сухопутний/adj:p:v_naz", "війська": "військо/noun:inanim:p:v_naz", "волі": "воля/noun:inanim:f:v_rod",
		"Нові": "новий/adj:p:v_naz", "спеціальних": "спеціальний/adj:p:v_rod", "операцій": "операція/noun:inanim:p:v_rod",
	}
	runRuleCases(t, addForces, tags, []ruleCase{
		{"at a sentence's start", "Сили оборони уразили склад .", []string{"ORG Сили оборони"}},
		{"a headline", "Повітряні сили : збили 52 дрони .", []string{"ORG Повітряні сили"}},
		{"with its state", "Збройні сили України відбили атаку .", []string{"ORG Збройні сили України"}},
		{"with the body's acronym", "У [ORG Повітряних силах] [ORG ЗСУ] повідомили .", []string{"ORG Повітряних силах ЗСУ"}},
		{"a place read alone", "За даними [LOC Сил] оборони [LOC Естонії] .", []string{"ORG Сил оборони Естонії"}},
		{"two words after Сили", "Сили спеціальних операцій знищили склад .", []string{"ORG Сили спеціальних операцій"}},
		{"troops", "Сухопутні війська отримали техніку .", []string{"ORG Сухопутні війська"}},
		{"a span cut through is left", "Бійці [ORG бригади Сил оборони] .", []string{"ORG бригади Сил оборони"}},
		{"a common genitive", "Сили волі не бракує .", nil},
		{"a singular adjective", "Збройна сила не допоможе .", nil},
		{"another adjective", "Нові сили прийшли .", nil},
	})
}

func TestJoinCouncilsField(t *testing.T) {
	tags := map[string]string{
		"Рада": "рада/noun:inanim:f:v_naz", "Ради": "рада/noun:inanim:f:v_rod", "безпеки": "безпека/noun:inanim:f:v_rod",
		"Росії": "Росія/noun:inanim:f:v_rod:prop:geo", "директорів": "директор/noun:anim:p:v_rod",
		"Радбезі": "радбез/noun:inanim:m:v_mis", "Радбезу": "радбез/noun:inanim:m:v_rod", "ООН": "ООН/noun:inanim:f:v_rod:nv:abbr:prop",
	}
	runRuleCases(t, joinCouncils, tags, []ruleCase{
		{"read as a first name", "Заяву [PERS Рада] безпеки ухвалила .", []string{"ORG Рада безпеки"}},
		{"with a state", "Секретар Ради безпеки Росії заявив .", []string{"ORG Ради безпеки Росії"}},
		{"not another common noun", "Рада директорів ухвалила .", nil},
		{"clipped, with its body", "Виступила у [LOC Радбезі] [ORG ООН] .", []string{"ORG Радбезі ООН"}},
		{"clipped, alone", "Члени Радбезу ухвалили заяву .", []string{"ORG Радбезу"}},
	})
}

func TestRetypeAreas(t *testing.T) {
	tags := map[string]string{"Балтії": "Балтія/noun:inanim:f:v_rod:prop", "Балтія": "Балтія/noun:inanim:f:v_naz:prop",
		"Балтика": "Балтика/noun:inanim:f:v_naz:prop"}
	runRuleCases(t, retypeAreas, tags, []ruleCase{
		{"read as a body", "Загрози для країн [ORG Балтії] зросли .", []string{"LOC Балтії"}},
		{"read as a person", "[PERS Балтія] чекає .", []string{"LOC Балтія"}},
		{"a longer name stays", "Компанія [ORG Балтія Груп] .", []string{"ORG Балтія Груп"}},
		{"not on the list", "Пиво [ORG Балтика] .", []string{"ORG Балтика"}},
	})
}
