package source_test

import "testing"

// TestS47GOwnServices: Голос Америки writes its own news in Ukrainian,
// as Радіо Свобода does: its own interview and its own earlier report
// name the publisher; a foreign outlet that retells another in the
// lead's source line does too when no other is named.
func TestS47GOwnServices(t *testing.T) {
	checkFind(t, []findCase{
		{"the last outlet of a chain",
			"Франція передасть Україні літаки\n\nФранція передасть Україні ще шість літаків. Про це пише газета Le Monde, передає DW.",
			"Deutsche Welle", []string{"Le Monde"}, nil, nil},
		{"a foreign outlet after bodies stays cited",
			"Франція передасть Україні літаки\n\nФранція передасть Україні ще шість літаків. Про це повідомили в уряді Франції, передає DW.",
			"", []string{"уряд Франції", "Deutsche Welle"}, nil, nil},
		{"its own earlier report",
			"Вибори в Молдові\n\nУ Молдові оголосили дату виборів.\n\nЯк писав Голос Америки, опозиція готує спільний список.",
			"Голос Америки", []string{}, nil, nil},
		{"its own interview cites the speaker",
			"Сенатор про допомогу\n\nАмериканський сенатор Джон Сміт в інтерв'ю Голосу Америки заявив, що Конгрес розгляне допомогу восени.",
			"Голос Америки", []string{"Джон Сміт"}, nil, nil},
	})
}

// TestS47GToldAfterQuote: an outlet whose name does not show its case,
// named right after the verb that follows a direct quote and its dash,
// with the speaker after it, is the one told: the publisher when no
// other outlet names itself.
func TestS47GToldAfterQuote(t *testing.T) {
	checkFind(t, []findCase{
		{"a Latin brand told, the speaker after it",
			"Село без світла\n\nСело третій день без світла.\n\n«Ми гріємося біля печі», – розповів LIGA.net місцевий фермер Іван Гнатюк.",
			"LIGA.net", []string{}, nil, nil},
		{"an outlet that tells stays cited",
			"Село без світла\n\nСело третій день без світла, повідомив Укрінформ.",
			"", []string{"Укрінформ"}, nil, nil},
	})
}

// TestS47GOwnFinding: what an outlet learnt or found out ("Як стало
// відомо X", "Як дізналися журналісти «X»") or the paper it read ("з
// яким ознайомився «X»") names the publisher when no other is named.
func TestS47GOwnFinding(t *testing.T) {
	checkFind(t, []findCase{
		{"стало відомо with a known outlet",
			"Міністра звільнять\n\nЯк стало відомо «Економічній правді», уряд готує звільнення міністра енергетики.",
			"Економічна правда", []string{}, nil, nil},
		{"дізналися журналісти of an outlet we do not know",
			"Котельні без автоматики\n\nЯк дізналися журналісти «Міського кур'єра», половина котелень працює вручну.",
			"Міського кур'єра", []string{}, nil, nil},
		{"the paper an outlet read",
			"Суд відмовив меру\n\nСуд відмовив меру в позові. Про це йдеться в ухвалі суду, з якою ознайомилася «Судова хроніка».",
			"Судова хроніка", []string{"ухвала суду"}, nil, nil},
		{"a company that found something out is not told after a comma alone",
			"Ціни зростуть\n\nЦіни на хліб зростуть, дізнався Петро.",
			"", []string{}, nil, nil},
	})
}

// TestS47GRoles: a co-owner, an owner and a senator are roles before a
// name.
func TestS47GRoles(t *testing.T) {
	checkFind(t, []findCase{
		{"a co-owner told an outlet",
			"Мережа відкриє магазини\n\nМережа відкриє 20 магазинів у Польщі.\n\nПро це NV розповів співвласник компанії Андрій Мороз.",
			"НВ", []string{"Андрій Мороз"}, nil, nil},
	})
}

// TestS47GSigned: the outlet that signs the report in an author's line
// ("Автор: …, X", "Текст: …, X") is credited with it: the publisher when
// no other outlet names itself; a city after the author names none.
func TestS47GSigned(t *testing.T) {
	checkFind(t, []findCase{
		{"an author's line with a known outlet",
			"Ціни на газ\n\nУряд зберіг ціну газу для населення.\n\nАвтор: Марія Кравець, Українська правда",
			"Українська правда", []string{}, nil, nil},
		{"an author's line with a city",
			"Ціни на газ\n\nУряд зберіг ціну газу для населення.\n\nАвтор: Марія Кравець, Полтава",
			"", []string{}, nil, nil},
		{"a byline with no word before it, closing the text",
			"Ціни на газ\n\nУряд зберіг ціну газу для населення.\n\nМарія Кравець, Голос Америки",
			"Голос Америки", []string{}, nil, nil},
		{"a byline with a city",
			"Ціни на газ\n\nУряд зберіг ціну газу для населення.\n\nМарія Кравець, Вашингтон",
			"", []string{}, nil, nil},
		{"a name and an outlet on a line the text goes on after",
			"Ціни на газ\n\nУряд зберіг ціну газу для населення.\n\nМарія Кравець, Українська правда\n\nЦіни не зміняться до весни.",
			"", []string{}, nil, nil},
		{"a text's line with a Latin brand",
			"Ціни на газ\n\nУряд зберіг ціну газу для населення.\n\nТекст: Марія Кравець, hromadske",
			"hromadske", []string{}, nil, nil},
	})
}

// TestS47GBroadcast: "Про це в ефірі X розповів Y" cites Y; an outlet we
// know whose broadcast it was names the publisher, as its interview
// does.
func TestS47GBroadcast(t *testing.T) {
	checkFind(t, []findCase{
		{"the publisher's own broadcast",
			"Дрони летять вище\n\nРосіяни запускають дрони вище.\n\nПро це в ефірі Суспільного розповів речник Повітряних сил Юрій Ігнат.",
			"Суспільне", []string{"Юрій Ігнат"}, nil, nil},
		{"another channel",
			"Нові електробуси\n\nУ місті запрацюють нові маршрути.\n\nПро це в ефірі «Місто ТБ» розповів директор департаменту транспорту Сергій Пальчук.",
			"", []string{"Сергій Пальчук"}, nil, nil},
	})
}

// TestS47GTrailingCues: cues closing a statement after its content,
// wherever they stand: with whom it was told between the verb and the
// body ("повідомили агентству в X"), a ruling or a government's decree
// (not after a direct quote, where it is a body cite), and a review or a
// sentence where it is told.
func TestS47GTrailingCues(t *testing.T) {
	checkFind(t, []findCase{
		{"told the agency in a body",
			"Центр для ветеранів\n\nУ Рівному відкрили центр для ветеранів, повідомили агентству в Рівненській обласній військовій адміністрації.",
			"", []string{"Рівненській обласній військовій адміністрації"}, nil, nil},
		{"a decree closing the lead",
			"Бронювання працівників\n\nУряд дозволив бронювати всіх працівників оборонних заводів, йдеться в постанові Кабміну.",
			"", []string{"постанова Кабміну"}, nil, nil},
		{"a ruling after a direct quote stays a body cite",
			"Суд відмовив\n\nСуд відмовив фірмі.\n\n«Доводи позивача не підтверджені», – йдеться в рішенні суду.",
			"", []string{}, nil, nil},
		{"a daily review after Про це",
			"Втрати армії\n\nВтрати армії зросли. Про це йдеться в щоденному огляді Міністерства оборони Великої Британії.",
			"", []string{"огляд Міністерства оборони Великої Британії"}, nil, nil},
		{"a sentence after Про це",
			"Хабар\n\nСуддю засудили до п'яти років. Про це йдеться у вироку суду від 3 березня.",
			"", []string{"вирок суду"}, nil, nil},
	})
}

// TestS47GListed: a plural verb of telling after Про це with several
// bodies listed cites each.
func TestS47GListed(t *testing.T) {
	checkFind(t, []findCase{
		{"three bodies, the last after та",
			"Нічна атака\n\nУ ніч на неділю ворог атакував Київ. Про це повідомляють ДСНС, Національна поліція та Київська ОВА, передає Укрінформ.",
			"Укрінформ", []string{"ДСНС", "Національна поліція", "Київська ОВА"}, nil, nil},
	})
}

// TestS47GOwnReport: an outlet that names itself in a sentence of its own
// method ("X не може незалежно перевірити …") is the publisher, and one
// that recalls its earlier report ("X раніше писав, що …") is when no
// other is named; a person who wrote before is none.
func TestS47GOwnReport(t *testing.T) {
	checkFind(t, []findCase{
		{"its method, in quotation marks, over an outlet that cites",
			"Удар по аеродрому\n\nДрони уразили аеродром. Про це пише Kyiv Post з посиланням на джерела в СБУ.\n\n«Вечірня газета» не може незалежно перевірити цю інформацію.",
			"Вечірня газета", []string{"Kyiv Post", "джерела в СБУ"}, nil, nil},
		{"its method, a known outlet in quotation marks",
			"Удар по аеродрому\n\nДрони уразили аеродром. Про це пише Bloomberg з посиланням на джерела.\n\n«Українська правда» не може незалежно перевірити ці дані.",
			"Українська правда", []string{"Bloomberg", "джерела"}, nil, nil},
		{"its method, a Latin brand",
			"Удар по аеродрому\n\nДрони уразили аеродром.\n\nLIGA.net не має змоги перевірити ці дані.",
			"LIGA.net", []string{}, nil, nil},
		{"its earlier report, opening a line",
			"Місія інструкторів\n\nБританія готує місію інструкторів.\n\nВісник раніше писав, що подібну місію готує Франція.",
			"Вісник", []string{}, nil, nil},
		{"a person who wrote before",
			"Місія інструкторів\n\nБританія готує місію інструкторів. Про це повідомив Андрій Сибіга.\n\nСибіга раніше писав, що місію готує Франція.",
			"", []string{"Андрій Сибіга"}, nil, nil},
	})
}

// TestS47GToldInComment: the body that told an outlet something in a
// comment, named after the outlet, closes the statement and is cited.
func TestS47GToldInComment(t *testing.T) {
	checkFind(t, []findCase{
		{"an outlet we do not know, in quotation marks",
			"Трамваї повернуться\n\nУ місті відновлять рух трамваїв, повідомили у коментарі «Рівне.info» в пресслужбі Рівненської міської ради.",
			"Рівне.info", []string{"пресслужба Рівненської міської ради"}, nil, nil},
	})
}

// TestS47GProject: an outlet's project named with its mother outlet,
// a brand of two capitalised parts joined by a full stop, and an
// initiative named after "з посиланням на".
func TestS47GProject(t *testing.T) {
	checkFind(t, []findCase{
		{"a project of a known outlet",
			"Затримання в Криму\n\nСиловики затримали трьох чоловіків. Про це повідомляє проєкт Радіо Свобода Донбас.Реалії з посиланням на правозахисну ініціативу «Голос Донбасу».",
			"Радіо Свобода Донбас.Реалії", []string{"Голос Донбасу"}, nil, nil},
		{"a dotted brand that cites another",
			"Затримання в Криму\n\nСиловики затримали трьох чоловіків. Про це повідомляє Донбас.Реалії з посиланням на ініціативу «Голос Донбасу».",
			"Донбас.Реалії", []string{"Голос Донбасу"}, nil, nil},
	})
}

// TestS47GCredits: a photographer and the agencies that hand the photo
// on are one credit; a still of an outlet's video on a line of its own
// credits the outlet.
func TestS47GCredits(t *testing.T) {
	checkFind(t, []findCase{
		{"a photographer and two agencies",
			"Саміт у Берліні\n\nЛідери зустрілися в Берліні.\n\nФото: Anna Weber/dpa/picture alliance",
			"", []string{}, []string{"Anna Weber/dpa/picture alliance"}, nil},
		{"two agencies stay two",
			"Саміт у Берліні\n\nЛідери зустрілися в Берліні.\n\nФото: AP/Reuters",
			"", []string{}, []string{"AP", "Reuters"}, nil},
		{"a still of an outlet's video",
			"Дрони летять вище\n\nРосіяни запускають дрони вище.\n\nСкриншот з відео Суспільного",
			"", []string{}, []string{"Суспільне"}, nil},
	})
}

// TestS47GMind: Mind is a Ukrainian outlet: in a "Джерело:" line it is
// credited with the report, as a known outlet is.
func TestS47GMind(t *testing.T) {
	checkFind(t, []findCase{
		{"a closing source line",
			"Бронювання ІТ\n\nУряд дозволив бронювати працівників ІТ-компаній.\n\nДжерело: Mind",
			"Mind", []string{}, nil, nil},
	})
}
