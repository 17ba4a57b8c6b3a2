package source_test

import "testing"

// TestS48GServices: the BBC and DW write their news in Ukrainian too,
// under the mother brand. Named as the one told something, or recalling
// an earlier report, such an outlet is the text's own: the publisher
// when no other outlet names itself; a foreign outlet with no Ukrainian
// service stays cited.
func TestS48GServices(t *testing.T) {
	checkFind(t, []findCase{
		{"a Cyrillic brand told after a direct quote",
			"Ціни на хліб\n\nХліб подорожчав на десять відсотків.\n\n«Борошно дорожчає щомісяця», — сказав Бі-Бі-Сі пекар Андрій Мельник.",
			"BBC", []string{}, nil, nil},
		{"its own earlier report, recalled",
			"Протести у Белграді\n\nУ Белграді тривають протести студентів.\n\nЯк писала DW, уряд Сербії відкидає їхні вимоги.",
			"Deutsche Welle", []string{}, nil, nil},
		{"a foreign outlet with no service stays cited",
			"Протести у Белграді\n\nУ Белграді тривають протести студентів.\n\nЯк повідомляла Financial Times, уряд Сербії відкидає їхні вимоги.",
			"", []string{"Financial Times"}, nil, nil},
		{"recalled in another outlet's text it names no publisher",
			"Протести у Белграді\n\nУ Белграді тривають протести студентів, передає Укрінформ.\n\nЯк повідомляла DW, уряд Сербії відкидає їхні вимоги.",
			"Укрінформ", []string{"Deutsche Welle"}, nil, nil},
	})
}

// TestS48GJoinedBodies: a plural verb of telling with two names joined
// by та, і or й, the second closing the attribution, cites both.
func TestS48GJoinedBodies(t *testing.T) {
	checkFind(t, []findCase{
		{"two bodies after Про це",
			"Удар по Ізмаїлу\n\nУночі дрони атакували порт в Ізмаїлі. Про це повідомили Сили оборони півдня та Одеська ОВА.",
			"", []string{"Сили оборони півдня", "Одеська ОВА"}, nil, nil},
		{"two acronyms closing a statement",
			"Обмін полоненими\n\nДо України повернулися 84 військові, повідомили Міноборони і ГУР.",
			"", []string{"Міноборони", "ГУР"}, nil, nil},
		{"two bodies, then where they told it",
			"Обмін полоненими\n\nДо України повернулися 84 військові. Про це повідомили Міноборони і ГУР під час брифінгу.",
			"", []string{"Міноборони", "ГУР"}, nil, nil},
		{"a join that does not close the clause cites nothing",
			"Обмін полоненими\n\nДо України повернулися 84 військові, повідомили Міноборони і ГУР спільно з партнерами.",
			"", []string{}, nil, nil},
	})
}

// TestS48GSourceLineSite: a closing "Джерело:" line crediting a news
// site we do not know by its web address, in lower case or from a
// digit, or by a name in quotation marks, names the publisher; a body's
// address stays cited.
func TestS48GSourceLineSite(t *testing.T) {
	checkFind(t, []findCase{
		{"a city site's address from a digit",
			"ДТП на проспекті\n\nНа проспекті зіткнулися два авто, повідомили в поліції.\n\nДжерело: 048.ua",
			"048.ua", []string{"поліція"}, nil, nil},
		{"a site's address in lower case",
			"ДТП на проспекті\n\nНа проспекті зіткнулися два авто, повідомили в поліції.\n\nДжерело: rivne.media",
			"rivne.media", []string{"поліція"}, nil, nil},
		{"a body's address stays cited",
			"ДТП на проспекті\n\nНа проспекті зіткнулися два авто.\n\nДжерело: npu.gov.ua",
			"", []string{"npu.gov.ua"}, nil, nil},
		{"a site's name in quotation marks",
			"ДТП на проспекті\n\nНа проспекті зіткнулися два авто, повідомили в поліції.\n\nДжерело: «Гривна»",
			"Гривна", []string{"поліція"}, nil, nil},
	})
}

// TestS48GHouseLines: reprint lines, the outlet's house lines and the
// labels of pictures name whose report or picture it is.
func TestS48GHouseLines(t *testing.T) {
	checkFind(t, []findCase{
		{"a reprint's first source",
			"Нові автобуси для шкіл\n\nОбласть отримає 10 автобусів, повідомили в ОВА.\n\nПершоджерело: Суспільне Житомир",
			"Суспільне Житомир", []string{"ОВА"}, nil, nil},
		{"a reprint's original, a foreign paper cited",
			"Світова торгівля сповільнилася\n\nСвітова торгівля сповільнилася, пише тижневик.\n\nОригінал: The Atlantic",
			"", []string{"The Atlantic"}, nil, nil},
		{"a translator's line names the outlet",
			"Світова торгівля сповільнилася\n\nСвітова торгівля сповільнилася.\n\nПереклад: Ірина Мельник, НВ",
			"НВ", []string{}, nil, nil},
		{"subscribe to the outlet",
			"Ремонт мосту\n\nМіст закриють на ремонт, повідомили в міськраді.\n\nПідписуйтеся на Суспільне Рівне у Telegram.",
			"Суспільне Рівне", []string{"міськрада"}, nil, nil},
		{"a reprint's condition",
			"Ремонт мосту\n\nМіст закриють на ремонт, повідомили в міськраді. Передрук – з посиланням на «Рівне вечірнє».",
			"Рівне вечірнє", []string{"міськрада"}, nil, nil},
		{"prepared by the newsroom",
			"Ремонт мосту\n\nМіст закриють на ремонт, повідомили в міськраді.\n\nМатеріал підготовлено редакцією «Сумські новини» за підтримки фонду.",
			"Сумські новини", []string{"міськрада"}, nil, nil},
		{"a digest's closing line",
			"Головне за день\n\nМіст закриють на ремонт, повідомили в міськраді.\n\nЦе був дайджест «Нове місто». До завтра!",
			"Нове місто", []string{"міськрада"}, nil, nil},
		{"a collage and an illustration are credits",
			"Ремонт мосту\n\nМіст закриють на ремонт, повідомили в міськраді.\n\nКолаж: Рівне вечірнє\nІлюстрація: Getty Images",
			"", []string{"міськрада"}, []string{"Рівне вечірнє", "Getty Images"}, nil},
	})
}

// TestS48GToldUnknown: an outlet we do not know, in quotation marks and
// in the dative, told the news by a person named after the verb or by a
// body named after it, is the publisher; the person is cited.
func TestS48GToldUnknown(t *testing.T) {
	checkFind(t, []findCase{
		{"told by a person after the verb",
			"Ремонт тепломереж\n\nМісто замінить 10 кілометрів тепломереж.\n\nПро це «Рівненським вістям» розповів директор підприємства Іван Коваль.",
			"Рівненським вістям", []string{"Іван Коваль"}, nil, nil},
		{"told by a body named after the outlet",
			"Аварія на водоводі\n\nБез води залишилися два райони.\n\nЯк повідомили «Херсонській правді» у Водоканалі, ремонт триватиме до вечора.",
			"Херсонській правді", []string{}, nil, nil},
		{"a company in the nominative stays no outlet",
			"Новий поїзд\n\nУ грудні запустять новий поїзд до Ужгорода.\n\nПро це «Укрзалізниця» повідомив голова правління Олександр Перцовський.",
			"", []string{}, nil, nil},
	})
}

// TestS48GLocalPeople: the people of a place or a case the local desks
// cite, unnamed: "з посиланням на місцевих жителів", "троє жителів
// Олешок".
func TestS48GLocalPeople(t *testing.T) {
	checkFind(t, []findCase{
		{"residents after з посиланням на",
			"Знесення будинків\n\nОкупанти знесли три будинки. Про це повідомляє Укрінформ з посиланням на місцевих жителів.",
			"Укрінформ", []string{"місцеві жителі"}, nil, nil},
		{"parents after з посиланням на",
			"Затримання підлітків\n\nОкупанти затримали трьох підлітків. Про це повідомляє Укрінформ з посиланням на батьків одного з них.",
			"Укрінформ", []string{"батьки"}, nil, nil},
		{"counted residents of a town told the outlet",
			"Гуманітарка за паспорт\n\nОкупанти видають допомогу лише з паспортом РФ. Про це Укрінформу розповіли троє жителів Каховки.",
			"Укрінформ", []string{"троє жителів Каховки"}, nil, nil},
		{"a photo of a site we do not know and its photographer is one credit",
			"Ремонт тепломереж\n\nМісто замінить 10 кілометрів тепломереж.\n\nФото: Рівне Вечірнє / Ігор Сидорчук",
			"", []string{}, []string{"Рівне Вечірнє / Ігор Сидорчук"}, nil},
	})
}

// TestS48GChainsAndPosts: a source that the cited one cites in turn, a
// body's post read to its full name, and an outlet in quotation marks
// retold in the body.
func TestS48GChainsAndPosts(t *testing.T) {
	checkFind(t, []findCase{
		{"a double chain",
			"Нові санкції\n\nЄС готує новий пакет санкцій, повідомляє Укрінформ із посиланням на Bloomberg, яке посилається на двох дипломатів ЄС.",
			"Укрінформ", []string{"Bloomberg", "два дипломати ЄС"}, nil, nil},
		{"a body's post, its full name with lower-case words",
			"Обстріли прикордоння\n\nРосіяни 40 разів обстріляли громади. Про це у своєму Telegram-каналі повідомила Чернігівська обласна військова адміністрація.",
			"", []string{"Чернігівська обласна військова адміністрація (Telegram)"}, nil, nil},
		{"an outlet in quotation marks retold in the body is cited",
			"Відключення світла\n\nСела будуть без світла, повідомляє Укрінформ.\n\nЯк пише «Волинська газета», торік компанія замінила лінії.",
			"Укрінформ", []string{"Волинська газета"}, nil, nil},
	})
}

// TestS48GRelayed: a chain told in two sentences, the outlet that passes
// the agency's report on in a sentence of its own; a foreign
// broadcaster's Ukrainian service closing a chain.
func TestS48GRelayed(t *testing.T) {
	checkFind(t, []findCase{
		{"the agency's report passed on",
			"Зупинка заводу\n\nЗавод зупинив роботу після атаки, повідомляє Reuters. Інформацію агентства передає Укрінформ.",
			"Укрінформ", []string{"Reuters"}, nil, nil},
		{"the Polish radio's Ukrainian service",
			"Контроль зерна\n\nПольща посилить контроль вантажівок. Про це повідомляє газета Rzeczpospolita, передає Польське радіо для України.",
			"Польське радіо для України", []string{"Rzeczpospolita"}, nil, nil},
	})
}
