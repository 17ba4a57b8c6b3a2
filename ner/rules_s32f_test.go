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

func TestHalfLengths(t *testing.T) {
	tags := map[string]string{
		"триває": "тривати/verb:imperf:pres:s:3", "вже": "вже/adv", "півтора": "півтора/numr:m:v_naz:nv", "року": "рік/noun:inanim:m:v_rod",
		"роки": "рік/noun:inanim:p:v_zna", "Півтора": "півтора/numr:m:v_naz:nv", "два": "два/numr:p:v_zna", "з": "з/prep",
		"половиною": "половина/noun:inanim:f:v_oru", "тижні": "тиждень/noun:inanim:p:v_naz", "півтори": "півтори/numr:f:v_zna:nv",
		"години": "година/noun:inanim:f:v_rod", "останні": "останній/adj:p:v_zna", "було": "бути/verb:imperf:past:n",
		"2": "2/number", "кілометра": "кілометр/noun:inanim:m:v_rod",
	}
	runRuleCases(t, addDurations, tags, []ruleCase{
		{"after an adverb", "Розслідування триває вже півтора року .", []string{"PERIOD півтора року"}},
		{"after через", "Лише через півтора роки перевірили .", []string{"PERIOD півтора роки"}},
		{"a numeral with a half", "Ремонт триватиме два з половиною тижні .", []string{"PERIOD два з половиною тижні"}},
		{"digits with a half", "Чекали 2 з половиною тижні .", []string{"PERIOD 2 з половиною тижні"}},
		{"with останні", "За останні півтори години нічого .", []string{"PERIOD останні півтори години"}},
		{"an age", "Їй було півтора року .", nil},
		{"a past date", "Півтора року тому він поїхав .", nil},
		{"not a unit of time", "Пройшли півтора кілометра .", nil},
		{"already tagged", "Триває [DATE півтора року] .", []string{"DATE півтора року"}},
	})
}

func TestClockRangesFrom(t *testing.T) {
	runRuleCases(t, addClockTimes, nil, []ruleCase{
		{"із", "Відключення із 17:00 до 22:00 .", []string{"TIME 17:00", "TIME 22:00"}},
		{"від", "Працює від 9:00 до 18:00 .", []string{"TIME 9:00", "TIME 18:00"}},
		{"по", "Комендантська година з 22:00 по 06:00 .", []string{"TIME 22:00", "TIME 06:00"}},
		{"not від alone", "Ціна від 8:00 .", nil},
		{"not по after a single time", "Прийшов о 8:00 по обіді .", []string{"TIME 8:00"}},
	})
}

func TestAddNumberedActs(t *testing.T) {
	tags := map[string]string{
		"указ": "указ/noun:inanim:m:v_zna", "Указ": "указ/noun:inanim:m:v_naz", "постанову": "постанова/noun:inanim:f:v_zna",
		"Кабміну": "кабмін/noun:inanim:m:v_rod", "розпорядження": "розпорядження/noun:inanim:n:v_zna",
		"резолюцію": "резолюція/noun:inanim:f:v_zna", "Президента": "президент/noun:anim:m:v_rod", "України": "Україна/noun:inanim:f:v_rod:prop:geo",
		"наказ": "наказ/noun:inanim:m:v_zna", "Мінрегіонбуду": "мінрегіонбуд/noun:inanim:m:v_rod", "року": "рік/noun:inanim:m:v_rod",
		"рішення": "рішення/noun:inanim:n:v_zna", "суду": "суд/noun:inanim:m:v_rod", "Кабінету": "кабінет/noun:inanim:m:v_rod",
		"міністрів": "міністр/noun:anim:p:v_rod", "та": "та/conj:coord", "школи": "школа/noun:inanim:f:v_rod",
		"законопроєкт": "законопроєкт/noun:inanim:m:v_zna",
	}
	runRuleCases(t, addNumberedActs, tags, []ruleCase{
		{"a decree and its date", "Підписав указ № 123/2025 від [DATE 5 грудня] .", []string{"DOC указ № 123/2025 від 5 грудня"}},
		{"an issuer", "Ухвалив постанову Кабміну № 1234 .", []string{"DOC постанову Кабміну № 1234"}},
		{"an issuer of three words", "Згідно з постанову Кабінету міністрів України № 854 .", []string{"DOC постанову Кабінету міністрів України № 854"}},
		{"the date before the number", "Видав наказ [ORG Мінрегіонбуду] від [DATE 07.07.11] № 110 .", []string{"DOC наказ Мінрегіонбуду від 07.07.11 № 110"}},
		{"a resolution by its bare number", "Ухвалили резолюцію 2774 .", []string{"DOC резолюцію 2774"}},
		{"a sign joined to the number", "Ухвалили резолюцію №2231 .", []string{"DOC резолюцію №2231"}},
		{"a span read as a place", "[PERS Указ] [LOC Президента № 56/2024] .", []string{"DOC Указ Президента № 56/2024"}},
		{"two acts run into one", "Ухвалив [DOC постанову Кабміну № 1234 та розпорядження № 610-р] .",
			[]string{"DOC постанову Кабміну № 1234", "DOC розпорядження № 610-р"}},
		{"a bill's subject cut off", "Ухвалили [DOC законопроєкт № 12089 про електронну ідентифікацію] .", []string{"DOC законопроєкт № 12089"}},
		{"not a year", "Ухвалили резолюцію 2024 року .", nil},
		{"not without a number", "Ухвалили рішення суду від [DATE 5 грудня] .", []string{"DATE 5 грудня"}},
		{"not a lower-case word between", "Оскаржив рішення школи № 5 .", nil},
		{"a span that runs past is left", "Скасував [ORG указ № 5 Президента] .", []string{"ORG указ № 5 Президента"}},
	})
}
