package source_test

import "testing"

// TestS44JForeignOutletsKnown: the papers, agencies and broadcasters the
// foreign desk retells are outlets the package knows, so a body cite of
// one (an aside, "За даними X", "Як пише X") stays cited, as Reuters
// does; a known foreign outlet after its kind in "в інтерв'ю" is cited.
func TestS44JForeignOutletsKnown(t *testing.T) {
	const lead = "Уряд схвалив бюджет\n\nУряд у вівторок схвалив проєкт бюджету на наступний рік. Про це повідомляє Укрінформ.\n\n"
	checkFind(t, []findCase{
		{"a four-word paper opening a body sentence",
			lead + "За даними The Wall Street Journal, переговори тривали до ранку.",
			"Укрінформ", []string{"The Wall Street Journal"}, nil, nil},
		{"a German paper after як пише",
			lead + "Як пише Handelsblatt, концерни втратять мільярди.",
			"Укрінформ", []string{"Handelsblatt"}, nil, nil},
		{"a French paper in an aside",
			lead + "Міністр, за даними Les Echos, запропонував нові обмеження.",
			"Укрінформ", []string{"Les Echos"}, nil, nil},
		{"a broadcaster by its acronym",
			lead + "За даними ERR, поліція затримала двох людей.",
			"Укрінформ", []string{"ERR"}, nil, nil},
		{"an agency after its kind in an aside",
			lead + "Президент, як передає агентство Tanjug, заявив, що діалог можливий.",
			"Укрінформ", []string{"Tanjug"}, nil, nil},
		{"a Russian agency in an aside",
			lead + "Речник, як передає ТАСС, звинуватив партнерів у тиску.",
			"Укрінформ", []string{"ТАСС"}, nil, nil},
		{"a paper by its kind and country",
			lead + "Як пише нігерійська газета Premium Times, постачання почнуться влітку.",
			"Укрінформ", []string{"Premium Times"}, nil, nil},
		{"an interview to a known paper after its kind",
			"Прем'єр про оборону\n\nПрем'єр-міністр в інтерв'ю британській газеті Financial Times заявив, що витрати зростуть. Про це пише Укрінформ.",
			"Укрінформ", []string{"Financial Times"}, nil, nil},
	})
}

// TestS44JRetellingLines: a lead closed by "звертає увагу X" cites X as
// "…, пише X" does (the phrase with "на" after it draws attention to
// something and names no source), and "Її слова наводить X" after a
// speaker's lead names the outlet that retells her: a Ukrainian outlet
// of itself is the publisher.
func TestS44JRetellingLines(t *testing.T) {
	checkFind(t, []findCase{
		{"звертає увагу closing the lead",
			"Дві версії розмови\n\nКанцлер у четвер поговорив з президентом телефоном, проте сторони розповіли про це по-різному, звертає увагу DW.",
			"", []string{"Deutsche Welle"}, nil, nil},
		{"звертає увагу на names no source",
			"Міністр про бюджет\n\nМіністр фінансів звертає увагу на дефіцит бюджету. Про це повідомляє Укрінформ.",
			"Укрінформ", []string{}, nil, nil},
		{"her words retold by a Ukrainian outlet",
			"Прем'єрка про оборону\n\nПрем'єрка в інтерв'ю газеті Financial Times заявила, що витрати на оборону зростуть. Її слова наводить NV.",
			"NV", []string{"Financial Times"}, nil, nil},
		{"his words retold by a foreign outlet",
			"Посол про кордон\n\nПосол заявив, що кордон відкриють навесні. Його слова наводить Reuters.",
			"", []string{"Reuters"}, nil, nil},
	})
}

// TestS44JAfterOccasion: "за підсумками" and the noun it governs are
// words of when in a source line opening with "Про це", as "після
// засідання" are: the speaker after the verb is cited, and the
// publisher's own correspondent names the publisher.
func TestS44JAfterOccasion(t *testing.T) {
	const lead = "Міністри домовилися про цілі\n\nМіністри оборони в четвер затвердили нові цілі щодо протиповітряної оборони.\n\n"
	checkFind(t, []findCase{
		{"after a press conference and what it followed",
			lead + "Про це на пресконференції за підсумками засідання заявив генеральний секретар Альянсу Марк Рютте, передає власний кореспондент Укрінформу.",
			"Укрінформ", []string{"Марк Рютте"}, nil, nil},
		{"what it followed alone",
			lead + "Про це за підсумками переговорів повідомив міністр оборони Денис Шмигаль.",
			"", []string{"Денис Шмигаль"}, nil, nil},
	})
}

// TestS44JOwnService: an outlet citing its own service or edition by its
// name ("з посиланням на свою Балканську службу") cites the service (the
// pipeline brings it to the nominative); its
// own unnamed sources or correspondent name no one.
func TestS44JOwnService(t *testing.T) {
	const lead = "Протест у столиці\n\nПоліція в ніч на неділю розігнала протест біля парламенту. "
	checkFind(t, []findCase{
		{"its own service by name",
			lead + "Про це пише Радіо Свобода з посиланням на свою Балканську службу.",
			"Радіо Свобода", []string{"Балканську службу"}, nil, nil},
		{"its own correspondent, unnamed",
			lead + "Про це пише Радіо Свобода з посиланням на свого кореспондента.",
			"Радіо Свобода", []string{}, nil, nil},
	})
}

// TestS44JAsToldFeminineNeuter: "Як повідомило X" and "Як повідомила X"
// are cues as "Як повідомляє X" is (a line that had them was cut into a
// comment): a known outlet is cited wherever it stands, a body in the
// lead's attribution.
func TestS44JAsToldFeminineNeuter(t *testing.T) {
	checkFind(t, []findCase{
		{"an agency, neuter, in the body",
			"Уряд схвалив бюджет\n\nУряд у вівторок схвалив проєкт бюджету. Про це повідомляє Укрінформ.\n\nЯк повідомило агентство Kyodo, Японія виділить ще мільярд доларів.",
			"Укрінформ", []string{"Kyodo"}, nil, nil},
		{"a service, feminine, opening the lead",
			"Обстріл Харкова\n\nЯк повідомила Державна служба з надзвичайних ситуацій, у Харкові загасили пожежу.",
			"", []string{"Державна служба з надзвичайних ситуацій"}, nil, nil},
	})
}
