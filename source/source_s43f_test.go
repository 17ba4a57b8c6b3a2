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
