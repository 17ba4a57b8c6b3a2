package source_test

import "testing"

// TestS43FBodyTail: a body's name that the reader cut short before the
// end of its clause goes on to it: its remit after з or у справах, whom
// it serves under after при, its region, lower-case words of the name
// and, after a verb that needs the name to close the clause, a second
// remit in the genitive after та or і. Cut short, the name did not close
// the clause and the source line gave nothing.
func TestS43FBodyTail(t *testing.T) {
	const lead = "Лікарні отримають генератори\nДо зими лікарні прифронтових областей отримають 300 генераторів. "
	checkFind(t, []findCase{
		{"a ministry's remit right after its head", lead + "Про це повідомляє Міністерство з питань стратегічних галузей промисловості.", "", []string{"Міністерство з питань стратегічних галузей промисловості"}, nil, nil},
		{"a ministry у справах", lead + "Про це повідомляє Міністерство у справах ветеранів.", "", []string{"Міністерство у справах ветеранів"}, nil, nil},
		{"a centre under a council", lead + "Про це повідомляє Центр протидії дезінформації при РНБО.", "", []string{"Центр протидії дезінформації при РНБО"}, nil, nil},
		{"a directorate and its ministry", lead + "Про це повідомило Головне управління розвідки Міністерства оборони України.", "", []string{"Головне управління розвідки Міністерства оборони України"}, nil, nil},
		{"a press service and its region", lead + "Про це повідомляє прес-служба ДСНС у Житомирській області.", "", []string{"прес-служба ДСНС у Житомирській області"}, nil, nil},
		{"a service with two remits", lead + "Про це повідомляє Державна служба спеціального зв'язку та захисту інформації.", "", []string{"Державна служба спеціального зв'язку та захисту інформації"}, nil, nil},
		{"a commission with a remit of two fields", lead + "Про це повідомила Національна комісія з цінних паперів та фондового ринку.", "", []string{"Національна комісія з цінних паперів та фондового ринку"}, nil, nil},
		{"a council's second remit after і", lead + "Про це повідомляє Рада національної безпеки і оборони.", "", []string{"Рада національної безпеки і оборони"}, nil, nil},
		{"a department's long genitive", lead + "Про це повідомляє Департамент охорони здоров'я Київської міської державної адміністрації.", "", []string{"Департамент охорони здоров'я Київської міської державної адміністрації"}, nil, nil},
		{"an office under control of assets and its short name", lead + "Про це йдеться в повідомленні Управління з контролю за іноземними активами (OFAC).", "", []string{"повідомлення Управління з контролю за іноземними активами"}, nil, nil},
		{"a second body in the nominative is no remit", lead + "Про це повідомили Офіс генпрокурора та поліція.", "", nil, nil, nil},
		{"a day after the body is no part of it", lead + "Про це повідомила Державна служба спеціального зв'язку вчора ввечері.", "", nil, nil, nil},
		{"a person's name is not extended", lead + "Про це повідомив Андрій Коваленко у Житомирській області.", "", nil, nil, nil},
	})
}

// TestS43FCredits: a photographer named before the agency or outlet of
// the photo, "Ім'я Прізвище / Outlet", is one credit, as the agency
// before its photographer is; so is an agency's photo service before its
// photographer ("AP Photo/…") and a web address with its path; a remark
// in brackets after a credit is no part of it.
func TestS43FCredits(t *testing.T) {
	const text = "Лікарні отримають генератори\nДо зими лікарні прифронтових областей отримають 300 генераторів.\nГенератори закупили за кошти партнерів.\n"
	checkFind(t, []findCase{
		{"a photographer and a Latin agency", text + "Фото: Yuri Gripas/REUTERS", "", nil, []string{"Yuri Gripas/REUTERS"}, nil},
		{"an agency's photo service and its photographer", text + "Фото: AP Photo/Efrem Lukatsky", "", nil, []string{"AP Photo/Efrem Lukatsky"}, nil},
		{"a photographer and a wire agency", text + "Фото: Олександр Клименко / Укрінформ", "", nil, []string{"Олександр Клименко / Укрінформ"}, nil},
		{"a photographer and the outlet that names itself", text + "Фото: Олена Худякова / Громадське", "Громадське", nil, []string{"Олена Худякова / Громадське"}, nil},
		{"a page's address", text + "Фото: facebook.com/moz.ukr", "", nil, []string{"facebook.com/moz.ukr"}, nil},
		{"a channel's address", text + "Фото: t.me/odesa_ova", "", nil, []string{"t.me/odesa_ova"}, nil},
		{"a remark in brackets", text + "Фото: Міноборони (архів)", "", nil, []string{"Міноборони"}, nil},
		{"a remark in brackets between credits", text + "Фото: Reuters (ілюстративне), ДСНС", "", nil, []string{"Reuters", "ДСНС"}, nil},
		{"two agencies stay two", text + "Фото: AP/Reuters", "", nil, []string{"AP", "Reuters"}, nil},
		{"an agency we do not know and its photographer, spaced", text + "Фото: Getty Images / Alexey Furman", "", nil, []string{"Getty Images / Alexey Furman"}, nil},
		{"a photographer and an outlet in quotation marks", text + "Фото: Олексій Кравцов/«Коммерсант»", "", nil, []string{"Олексій Кравцов/«Коммерсант»"}, nil},
		{"a brigade's name in quotation marks keeps its closing mark", text + "Фото: 47 ОМБр «Магура»", "", nil, []string{"47 ОМБр «Магура»"}, nil},
	})
}

// TestS43FReprintOf: a closing "За матеріалами" line, with or without
// its colon, cites the outlets it names, known or in Latin letters; a
// Ukrainian outlet that names itself is credited as before.
func TestS43FReprintOf(t *testing.T) {
	const text = "Лікарні отримають генератори\nДо зими лікарні прифронтових областей отримають 300 генераторів.\nГенератори закупили за кошти партнерів.\n"
	checkFind(t, []findCase{
		{"an agency after a colon", text + "За матеріалами: Reuters", "", []string{"Reuters"}, nil, nil},
		{"two outlets, one unknown", text + "За матеріалами Bloomberg та The Guardian", "", []string{"Bloomberg", "The Guardian"}, nil, nil},
		{"a Ukrainian outlet is credited", text + "За матеріалами «Економічної правди»", "Економічна правда", nil, nil, nil},
		{"an investigation's materials are no credit", text + "За матеріалами слідства поліція затримала двох.", "", nil, nil, nil},
	})
}

// TestS43FPosterOnPage: the platform after a source line's speaker and
// "на своїй сторінці" is the speaker's, one source, as "у Facebook"
// right after the name is.
func TestS43FPosterOnPage(t *testing.T) {
	const lead = "Лікарні отримають генератори\nДо зими лікарні прифронтових областей отримають 300 генераторів. "
	checkFind(t, []findCase{
		{"on one's own page", lead + "Про це повідомила заступниця міністра охорони здоров'я Ірина Микичак на своїй сторінці у Facebook.", "", []string{"Ірина Микичак (Facebook)"}, nil, nil},
		{"on a page", lead + "Про це повідомив Андрій Садовий на сторінці у Facebook.", "", []string{"Андрій Садовий (Facebook)"}, nil, nil},
	})
}

// TestS43FOutlets: BBC News Україна is an outlet that names itself, as
// Радіо Свобода is; a correspondent of a known outlet named in quotation
// marks reports for it, as one named without them does.
func TestS43FOutlets(t *testing.T) {
	const lead = "Лікарні отримають генератори\nДо зими лікарні прифронтових областей отримають 300 генераторів. "
	checkFind(t, []findCase{
		{"the BBC's Ukrainian service of itself", lead + "Про це пише BBC News Україна.", "BBC News Україна", nil, nil, nil},
		{"the BBC's Ukrainian service cited", lead + "Про це повідомляє Укрінформ із посиланням на BBC News Україна.", "Укрінформ", []string{"BBC News Україна"}, nil, nil},
		{"a correspondent of a quoted outlet", lead + "Про це повідомляє кореспондент «Новинарні».", "Новинарня", nil, nil, nil},
		{"a correspondent of a quoted outlet in the genitive of two words", lead + "Про це передає кореспондентка «Української правди».", "Українська правда", nil, nil, nil},
	})
}

// TestS43FDatelines: a known outlet closing the lead's dateline after a
// dash or a bullet, after a place with no date, after a date and a time
// on a line of their own, or alone opening the lead's line names the
// publisher, as the dateline in brackets or between slashes does; a
// foreign agency there is cited.
func TestS43FDatelines(t *testing.T) {
	const head = "Місто отримає нові автобуси\n"
	const body = " Міська рада закупила 40 автобусів.\nПерші вийдуть на маршрути в травні."
	checkFind(t, []findCase{
		{"a date then a dash", head + "ОДЕСА, 14 березня — УНН." + body, "УНН", nil, nil, nil},
		{"a date with its year then a dash", head + "Одеса, 14 березня 2026 — Укрінформ." + body, "Укрінформ", nil, nil, nil},
		{"a dash on both sides", head + "Одеса, 14 березня – Укрінформ –" + body, "Укрінформ", nil, nil, nil},
		{"a date and a time", head + "Одеса, 14 березня 2026, 09:15 — Укрінформ." + body, "Укрінформ", nil, nil, nil},
		{"a bullet", head + "Одеса • УНН." + body, "УНН", nil, nil, nil},
		{"a place with no date", head + "Одеса. УНІАН." + body, "УНІАН", nil, nil, nil},
		{"a date and a time on a line of their own", head + "14.03.2026 09:15 Укрінформ\n" + body, "Укрінформ", nil, nil, nil},
		{"the outlet alone opening the lead", head + "УНН." + body, "УНН", nil, nil, nil},
		{"a foreign agency is cited", head + "ВАРШАВА, 14 березня — Reuters." + body, "", []string{"Reuters"}, nil, nil},
		{"a sentence with words of its own before the outlet is no dateline", head + "Автобуси купили — УНН." + body, "", nil, nil, nil},
		// (the line's closing dash still credits the outlet, as after a
		// headline)
		{"an outlet past the lead is no dateline", head + "Міська рада закупила 40 автобусів.\nПерші вийдуть на маршрути в травні.\nОдеса — УНН.", "", []string{"УНН"}, nil, nil},
	})
}

// TestS43FRecalled: an outlet's earlier report recalled with a word of
// "before" between як and the verb ("Як раніше повідомляло Суспільне",
// "Як уже писав Укрінформ") or told by the outlet after "Нагадаємо,
// раніше" ("Раніше УНІАН повідомляв, що …") is the publisher's own when
// no other outlet names itself, as "Як повідомляв Укрінформ, …" is.
func TestS43FRecalled(t *testing.T) {
	const text = "Місто отримає нові автобуси\nМіська рада закупила 40 автобусів.\nПерші вийдуть на маршрути в травні.\n"
	checkFind(t, []findCase{
		{"як раніше повідомляло", text + "Як раніше повідомляло Суспільне, місто вже купувало автобуси.", "Суспільне", nil, nil, nil},
		{"як уже писав", text + "Як уже писав Укрінформ, місто вже купувало автобуси.", "Укрінформ", nil, nil, nil},
		{"нагадаємо, раніше X повідомляв", text + "Нагадаємо, раніше УНІАН повідомляв, що місто вже купувало автобуси.", "УНІАН", nil, nil, nil},
		{"another outlet names itself", text + "Про це повідомляє Укрінформ.\nРаніше УНІАН повідомляв, що місто вже купувало автобуси.", "Укрінформ", []string{"УНІАН"}, nil, nil},
		{"a foreign outlet recalled stays cited", text + "Як раніше повідомляв Reuters, місто вже купувало автобуси.", "", []string{"Reuters"}, nil, nil},
	})
}

// TestS43FPresentPluralCues: the present of the plural cues, "кажуть у",
// "зазначають у", "заявляють у", closes a statement after its content
// as "повідомили в" does: a source line, the body cited.
func TestS43FPresentPluralCues(t *testing.T) {
	const text = "Місто отримає нові автобуси\nМіська рада закупила 40 автобусів.\n"
	checkFind(t, []findCase{
		{"кажуть у", text + "Перші вийдуть на маршрути в травні, кажуть у департаменті транспорту.", "", []string{"департамент транспорту"}, nil, nil},
		{"зазначають у", text + "Перші вийдуть на маршрути в травні, зазначають у Міністерстві розвитку громад.", "", []string{"Міністерство розвитку громад"}, nil, nil},
		{"opening a statement of the body it cites for it only", text + "Як зазначають у Міністерстві розвитку громад, перші вийдуть на маршрути в травні.", "", nil, nil, nil},
	})
}

// TestS43FActingRole: an acting official, "в.о. міністра" or
// "виконувач обов'язків міністра", is read by the name after the role,
// as a minister is ("в.о" was taken for the name).
func TestS43FActingRole(t *testing.T) {
	const lead = "Лікарні отримають генератори\nДо зими лікарні прифронтових областей отримають 300 генераторів. "
	checkFind(t, []findCase{
		{"в.о.", lead + "Про це повідомив в.о. міністра енергетики Роман Шевчук.", "", []string{"Роман Шевчук"}, nil, nil},
		{"т.в.о.", lead + "Про це повідомила т.в.о. голови ОВА Ірина Гнатюк.", "", []string{"Ірина Гнатюк"}, nil, nil},
		{"виконувач обов'язків", lead + "Про це повідомив виконувач обов'язків міністра енергетики Роман Шевчук.", "", []string{"Роман Шевчук"}, nil, nil},
		{"з посиланням на в.о.", lead + "Про це повідомляє Укрінформ з посиланням на в.о. міністра енергетики Романа Шевчука.", "Укрінформ", []string{"Романа Шевчука"}, nil, nil}, // (the pipeline gives the base form)
	})
}

// TestS43FFiguresLines: a line that names whose figures the lead gave,
// "Такі дані наводить X", "Такі дані оприлюднило X", is a source line as
// "Про це свідчать дані X" is, wherever it stands; "Про це свідчить" a
// message or a report cites it (a ruling there stays none, as the press
// golds have it); a statement "оприлюднена на сайті X" after "йдеться в
// заяві" cites the site's owner.
func TestS43FFiguresLines(t *testing.T) {
	const text = "Ціни на хліб зросли\nЗа рік хліб подорожчав на 14%.\nНайбільше зросли ціни на житній хліб.\n"
	checkFind(t, []findCase{
		{"такі дані наводить", text + "Такі дані наводить Державна служба статистики.", "", []string{"Державна служба статистики"}, nil, nil},
		{"такі дані оприлюднило", text + "Такі дані оприлюднило Міністерство економіки.", "", []string{"Міністерство економіки"}, nil, nil},
		{"про це свідчить повідомлення", text + "Про це свідчить повідомлення Антимонопольного комітету.", "", []string{"повідомлення Антимонопольного комітету"}, nil, nil},
		{"про це свідчить a ruling", text + "Про це свідчить рішення господарського суду від 5 травня.", "", nil, nil, nil},
		{"a statement published on a site", text + "Про це йдеться в заяві, оприлюдненій на сайті Міністерства економіки.", "", []string{"Міністерство економіки"}, nil, nil},
	})
}

// TestS43FToldAfterOccasion: a past verb of telling after reported
// content, its speaker, then when or where it was said ("…, повідомив
// Шмигаль після засідання.") cites the speaker, as the speaker closing
// the clause does; a clause that goes on past the occasion ("повідомила
// Україні на зустрічі про …") is no source line. A surname alone there is
// the full name the text gave before.
func TestS43FToldAfterOccasion(t *testing.T) {
	const text = "Нідерланди дадуть ще 500 млн євро\nМіністр оборони Роман Кравець у вівторок взяв участь у засіданні в Брюсселі.\n"
	checkFind(t, []findCase{
		{"after a meeting", text + "Нідерланди оголосили про новий пакет допомоги, повідомив Кравець після засідання.", "", []string{"Роман Кравець"}, nil, nil},
		{"at a briefing in a city", text + "Нідерланди оголосили про новий пакет допомоги, повідомив міністр Роман Кравець на брифінгу в Брюсселі.", "", []string{"Роман Кравець"}, nil, nil},
		{"the surname closing the clause", text + "Нідерланди оголосили про новий пакет допомоги, повідомив Кравець.", "", []string{"Роман Кравець"}, nil, nil},
		{"the clause goes on", text + "Нідерланди, повідомила Україні на зустрічі про нові поставки.", "", nil, nil, nil},
	})
}

// TestS43FCouncilShortNames: a council by its short name (міськрада,
// облрада, райрада) heads a source phrase as міністерство does: "повідомили
// в міськраді", "з посиланням на облраду" gave nothing.
func TestS43FCouncilShortNames(t *testing.T) {
	const lead = "Школи отримають укриття\nДо вересня 120 шкіл області отримають нові укриття. "
	checkFind(t, []findCase{
		{"told in the city council", lead + "Про це повідомили в міськраді.", "", []string{"міськрада"}, nil, nil},
		{"an outlet citing the regional council", lead + "Про це повідомляє Укрінформ з посиланням на облраду.", "Укрінформ", []string{"облрада"}, nil, nil},
		{"a district council's press service", lead + "Про це повідомила пресслужба райради.", "", []string{"пресслужба райради"}, nil, nil},
	})
}
