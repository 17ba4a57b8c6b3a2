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

func TestDropCountAmounts(t *testing.T) {
	tags := map[string]string{
		"тис": "тис./noun:inanim:p:v_rod:nv:numr:abbr", "українців": "українець/noun:anim:p:v_rod", "мільйонів": "мільйон/numr:p:v_rod",
		"податків": "податок/noun:inanim:p:v_rod", "гривень": "гривня/noun:inanim:p:v_rod", "російських": "російський/adj:p:v_rod",
		"рублів": "рубль/noun:inanim:p:v_rod", "млн": "млн/noun:inanim:p:v_rod:nv:numr:abbr", "під": "під/prep",
	}
	runRuleCases(t, dropCountAmounts, tags, []ruleCase{
		{"people", "Отримали [MON 410 тис .] українців .", nil},
		{"people, no dot", "Отримали [MON 410 тисяч] українців .", nil},
		{"taxes are money", "Не сплатили [MON 70 мільйонів] податків .", []string{"MON 70 мільйонів"}},
		{"a currency after", "Виділили [MON 500 млн] російських рублів .", []string{"MON 500 млн"}},
		{"nothing counted", "На суму [MON 732 млн .] під заставу .", []string{"MON 732 млн ."}},
	})
}

func TestClockRanges(t *testing.T) {
	runRuleCases(t, addClockTimes, nil, []ruleCase{
		{"a range of hours", "Працює щодня з 8:00 до 20:00 .", []string{"TIME 8:00", "TIME 20:00"}},
		{"apart", "Працює з 9 : 00 до 18 : 00 .", []string{"TIME 9 : 00", "TIME 18 : 00"}},
		{"not dots", "Ціни з 8.00 до 20.00 гривні .", nil},
		{"not з alone", "Ціна з 8:00 .", nil},
	})
}

func TestAddActNumbers(t *testing.T) {
	tags := map[string]string{
		"постанови": "постанова/noun:inanim:f:v_rod", "наказу": "наказ/noun:inanim:m:v_rod", "Кабінету": "кабінет/noun:inanim:m:v_rod",
		"Міністрів": "міністр/noun:anim:p:v_rod", "Регламенті": "регламент/noun:inanim:m:v_mis", "лікарні": "лікарня/noun:inanim:f:v_rod",
	}
	runRuleCases(t, addActNumbers, tags, []ruleCase{
		{"a resolution read as its issuer", "Згідно з постанови [ORG Кабінету Міністрів № 812] .", []string{"DOC постанови Кабінету Міністрів № 812"}},
		{"and its date", "Визначає наказу [ORG МОЗ № 1462] від [DATE 5 серпня 2024 року] .", []string{"DOC наказу МОЗ № 1462 від 5 серпня 2024 року"}},
		{"a numbered body stays", "Лікарі [ORG лікарні № 5] .", []string{"ORG лікарні № 5"}},
		{"a building standard", "Відповідно до [ORG ДБН] В.2.3-22:2009 .", []string{"DOC ДБН В.2.3-22:2009"}},
		{"a national standard", "Вимоги ДСТУ 8855:2019 .", []string{"DOC ДСТУ 8855:2019"}},
		{"a year's date is left", "Норми [DATE ДБН 2019 року] .", []string{"DATE ДБН 2019 року"}},
		{"an EU regulation", "На [LOC Регламенті] ( [LOC ЄС] ) 2024/1183 .", []string{"DOC Регламенті ( ЄС ) 2024/1183"}},
	})
}

func TestSplitOrgPairs(t *testing.T) {
	tags := map[string]string{
		"польський": "польський/adj:m:v_naz", "Національний": "національний/adj:m:v_naz", "симфонічний": "симфонічний/adj:m:v_naz",
		"оркестр": "оркестр/noun:inanim:m:v_naz", "хор": "хор/noun:inanim:m:v_naz", "Міністерство": "міністерство/noun:inanim:n:v_naz",
		"освіти": "освіта/noun:inanim:f:v_rod", "науки": "наука/noun:inanim:f:v_rod", "України": "Україна/noun:inanim:f:v_rod:prop:geo",
	}
	runRuleCases(t, splitOrgPairs, tags, []ruleCase{
		{"an adjective and a capital", "Радники [ORG Goldman Sachs і польський PKO Bank Polski] .", []string{"ORG Goldman Sachs", "ORG PKO Bank Polski"}},
		{"a noun and a quoted name", "Виконали [ORG Національний симфонічний оркестр України і хор « Київ »] .",
			[]string{"ORG Національний симфонічний оркестр України", "ORG Київ"}},
		{"a conjunction inside the name", "Наказ [ORG Міністерство освіти і науки України] .", []string{"ORG Міністерство освіти і науки України"}},
	})
}

func TestSplitInitialTitles(t *testing.T) {
	tags := map[string]string{
		"Голова": "голова/noun:anim:m:v_naz", "правління": "правління/noun:inanim:n:v_rod", "Президент": "президент/noun:anim:m:v_naz",
		"України": "Україна/noun:inanim:f:v_rod:prop:geo", "Міністр": "міністр/noun:anim:m:v_naz", "економіки": "економіка/noun:inanim:f:v_rod",
		"Речник": "речник/noun:anim:m:v_naz", "Повітряних": "повітряний/adj:p:v_rod", "сил": "сила/noun:inanim:p:v_rod",
	}
	runRuleCases(t, splitInitialTitles, tags, []ruleCase{
		{"a title and an acronym", "[JOB Голова ДЕСС] повідомив .", []string{"JOB Голова", "ORG ДЕСС"}},
		{"lower-case words stay in the title", "[JOB Голова правління Укргазбанку] заявив .", []string{"JOB Голова правління", "ORG Укргазбанку"}},
		{"a body's name", "[JOB Речник Повітряних сил] сказав .", []string{"JOB Речник", "ORG Повітряних сил"}},
		{"a country stays", "[JOB Президент України] заявив .", []string{"JOB Президент України"}},
		{"a minister's portfolio stays", "[JOB Міністр економіки , Довкілля] заявив .", []string{"JOB Міністр економіки , Довкілля"}},
		{"not the sentence's start", "Заявив [JOB Голова ДЕСС] .", []string{"JOB Голова ДЕСС"}},
	})
}

func TestRetypeHalfPeriods(t *testing.T) {
	runRuleCases(t, retypeHalfPeriods, nil, []ruleCase{
		{"half a year", "Відкласти на [DATE пів року] .", []string{"PERIOD пів року"}},
		{"a year and a half", "Тривали [DATE півтора року] .", []string{"PERIOD півтора року"}},
		{"a date stays", "У [DATE 2024 році] .", []string{"DATE 2024 році"}},
	})
}

func TestQuotedWorksAfterAuthor(t *testing.T) {
	tags := map[string]string{
		"стрічку": "стрічка/noun:inanim:f:v_zna", "режисерки": "режисерка/noun:anim:f:v_rod", "Фільм": "фільм/noun:inanim:m:v_naz",
		"ораторію": "ораторія/noun:inanim:f:v_zna", "компанію": "компанія/noun:inanim:f:v_zna", "директора": "директор/noun:anim:m:v_rod",
	}
	runRuleCases(t, retypeQuotedWorks, tags, []ruleCase{
		{"the author's noun and name", "Обрали стрічку режисерки [PERS Олени Гребенюк] « [ORG Світло над Прип'яттю] » .",
			[]string{"PERS Олени Гребенюк", "ART Світло над Прип'яттю"}},
		{"the name alone", "Фільм [PERS Марини Степаненко] « [LOC Тиха вода] » .", []string{"PERS Марини Степаненко", "ART Тиха вода"}},
		{"a new word", "Виконали ораторію « [ORG Голоси Бабиного Яру] » .", []string{"ART Голоси Бабиного Яру"}},
		{"not a work", "Очолив компанію директора [PERS Івана Петренка] « [ORG Нафтогаз] » .", []string{"PERS Івана Петренка", "ORG Нафтогаз"}},
	})
}

func TestStreetsNamedAfterPlaces(t *testing.T) {
	tags := map[string]string{
		"Героїв": "герой/noun:anim:p:v_rod", "Ірпеня": "Ірпінь/noun:inanim:m:v_rod:prop:geo", "Кишинева": "Кишинів/noun:inanim:m:v_rod:prop:geo",
	}
	runRuleCases(t, addStreetWords, tags, []ruleCase{
		{"heroes of a town", "Стала вулицею [LOC Героїв Ірпеня] .", []string{"LOC вулицею Героїв Ірпеня"}},
		{"the instrumental", "Став провулком [PERS Ліни Костенко] .", []string{"LOC провулком Ліни Костенко"}},
		{"a city's streets", "На вулиці [LOC Кишинева] вийшли .", []string{"LOC Кишинева"}},
	})
}

func TestRetypeBands(t *testing.T) {
	tags := map[string]string{
		"гурт": "гурт/noun:inanim:m:v_naz", "гурту": "гурт/noun:inanim:m:v_rod", "пісню": "пісня/noun:inanim:f:v_zna",
	}
	runRuleCases(t, retypeBands, tags, []ruleCase{
		{"a Latin name", "Представив гурт [MISC Ziferblat] .", []string{"ORG Ziferblat"}},
		{"in quotation marks", "Концерт гурту « [PERS Океан Ельзи] » .", []string{"ORG Океан Ельзи"}},
		{"a song", "Заспівали пісню « [ART Стефанія] » .", []string{"ART Стефанія"}},
	})
}
