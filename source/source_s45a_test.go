package source_test

import "testing"

// TestS45AUnnamedSources: unnamed sources named in a source line are
// cited as written, with their count, whose they are, where they are
// and how they know; an outlet that was told by them is cited with them.
func TestS45AUnnamedSources(t *testing.T) {
	checkFind(t, []findCase{
		{"a foreign outlet told by counted sources: both cited",
			"Німеччина передасть ще дві системи ППО\n\nБерлін до кінця року передасть Україні ще дві системи Patriot.\n\nПро це Reuters повідомили два джерела в уряді Німеччини.",
			"", []string{"Reuters", "два джерела в уряді Німеччини"}, nil, nil},
		{"sources that know, after a participle set off by a comma",
			"Литва купить радари\n\nЛитва купить ще чотири радари для України. Про це Bloomberg розповіли джерела, знайомі з ситуацією.",
			"", []string{"Bloomberg", "джерела, знайомі з ситуацією"}, nil, nil},
		{"a Ukrainian outlet in quotation marks told by counted people: the outlet publishes, the people are cited",
			"Кабмін змінить склад\n\nУряд наступного тижня звільнить двох віцепрем'єрів. Про це «Українській правді» розповіли три співрозмовники в Офісі президента.",
			"Українська правда", []string{"три співрозмовники в Офісі президента"}, nil, nil},
		{"sources after Про це повідомили, with an adjective",
			"Кабмін звільнить заступників\n\nУряд звільнить трьох заступників міністра оборони. Про це повідомили поінформовані джерела в Кабінеті Міністрів.",
			"", []string{"поінформовані джерела в Кабінеті Міністрів"}, nil, nil},
		{"counted officials of a body by its acronym",
			"ЄС погодив пакет\n\nПосли ЄС погодили новий пакет санкцій. Про це повідомили два високопосадовці ЄС.",
			"", []string{"два високопосадовці ЄС"}, nil, nil},
		{"an outlet's own source after a comma closing content, by розповів",
			"Уряд змінить тарифи\n\nТарифи на тепло не зростуть до весни, розповів співрозмовник видання в уряді.",
			"", []string{"співрозмовник видання в уряді"}, nil, nil},
		{"an outlet's source line, then the sources it names in a sentence of its own",
			"ЄС погодив кредит\n\nПосли ЄС погодили кредит для України. Як пише Politico, про це розповіли джерела в кількох делегаціях.",
			"", []string{"Politico", "джерела в кількох делегаціях"}, nil, nil},
		// (cited as written since session 50, sources3's convention)
		{"the outlet's own sources name no one",
			"Литва купить радари\n\nЛитва купить ще чотири радари. Про це повідомляє Укрінформ з посиланням на власні джерела.",
			"Укрінформ", []string{"власні джерела"}, nil, nil},
		{"a named speaker after розповів is a quote's, no source; nor is a lone дипломат, who stands for one named before",
			"Посол відвідав Одесу\n\nПосол Японії відвідав Одесу. Перший абзац.\n\nПорт працює, розповів міністр Петро Коваль. Порт працюватиме й далі, розповів дипломат.",
			"", nil, nil, nil},
	})
}

// TestS45AInterviewee: the one who told the lead to an outlet, in its
// interview, in a comment or in a line of its own, is cited: the lead
// names who said it, the publisher's own interview as much as another's.
func TestS45AInterviewee(t *testing.T) {
	checkFind(t, []findCase{
		{"Про це розповів Укрінформу X",
			"Графіки зміняться\n\nГрафіки відключень у Києві зміняться з понеділка.\n\nПро це розповів Укрінформу міністр енергетики Петро Коваль.",
			"Укрінформ", []string{"Петро Коваль"}, nil, nil},
		{"X в інтерв'ю Укрінформу заявив, що … in the lead",
			"Мер розповів про відбудову\n\nМіський голова Львова Іван Петренко в інтерв'ю Укрінформу заявив, що місто цього року відбудує три школи.",
			"Укрінформ", []string{"Іван Петренко"}, nil, nil},
		{"розповіла «Українській правді» X",
			"Метро відкриють\n\nНову станцію метро відкриють до кінця року.\n\nПро це розповіла «Українській правді» заступниця міського голови Олена Петренко.",
			"Українська правда", []string{"Олена Петренко"}, nil, nil},
		{"Про це вона розповіла в інтерв'ю X: the one who opens the sentence before, with a verb in the present",
			"Заступниця про НАТО\n\nЗаступниця міністра оборони Олена Гнатюк вважає, що союзники мають збільшити виробництво снарядів. Про це вона розповіла в інтерв'ю Радіо Свобода.",
			"Радіо Свобода", []string{"Олена Гнатюк"}, nil, nil},
		{"Про це вона розповіла Укрінформу",
			"Заступниця про НАТО\n\nЗаступниця міністра оборони Олена Гнатюк вважає, що союзники мають збільшити виробництво снарядів. Про це вона розповіла Укрінформу.",
			"Укрінформ", []string{"Олена Гнатюк"}, nil, nil},
		{"Про це в коментарі Укрінформу заявив X",
			"Метро відкриють\n\nНову станцію метро відкриють до кінця року. Про це в коментарі Укрінформу заявив міністр Петро Коваль.",
			"Укрінформ", []string{"Петро Коваль"}, nil, nil},
		{"past the lead, a told outlet's speaker is a quote's",
			"Метро відкриють\n\nНову станцію метро відкриють до кінця року, повідомляє Укрінформ.\n\nМіністр Петро Коваль розповів Укрінформу, що роботи вже почалися.",
			"Укрінформ", nil, nil, nil},
	})
}

// TestS45AOutletByCue: an outlet the package does not know, named after a
// cue by its kind or, after пише, by a Latin name, is cited wherever it
// stands; a body after the same kind word stays a quote of the body.
func TestS45AOutletByCue(t *testing.T) {
	const lead = "Чехія поставить снаряди\n\nЧехія цього року поставить Україні ще 500 тисяч снарядів. Уряд погодив фінансування.\n\n"
	checkFind(t, []findCase{
		{"Як пише X, a Latin name", lead + "Як пише Der Standard, перші партії вже відвантажено.", "", []string{"Der Standard"}, nil, nil},
		{"за інформацією телеканалу X", lead + "За інформацією телеканалу Nova, перші партії вже відвантажено.", "", []string{"Nova"}, nil, nil},
		{"як повідомило агентство X", lead + "Як повідомило агентство TASR, перші партії вже відвантажено.", "", []string{"TASR"}, nil, nil},
		{"пише газета «X»", lead + "Як пише газета «Право», перші партії вже відвантажено.", "", []string{"Право"}, nil, nil},
		{"a body after агентство stays a quote", lead + "Як повідомило агентство ООН у справах біженців, перші партії вже відвантажено.", "", nil, nil, nil},
		{"a Latin body after повідомляє stays a quote", lead + "Як повідомляє Frontex, перші партії вже відвантажено.", "", nil, nil, nil},
	})
}

// TestS45ATrailingCues: clarifying, adding, reminding and explaining
// close a statement after its content as "повідомили в" does, so the
// body is cited wherever the cue stands; opening a sentence past the
// lead they are a body cite, a quote of the body. A body's short name
// given in brackets and cited again is the same body.
func TestS45ATrailingCues(t *testing.T) {
	const lead = "Уряд виділив кошти\n\nКабмін виділив 2 млрд гривень на ремонт доріг, повідомляє Укрінформ.\n\n"
	checkFind(t, []findCase{
		{"уточнили в", lead + "Роботи мають завершити до кінця жовтня, уточнили в Міністерстві розвитку громад.", "Укрінформ", []string{"Міністерство розвитку громад"}, nil, nil},
		{"нагадали в", lead + "Раніше уряд уже виділяв кошти на ці цілі, нагадали в Мінфіні.", "Укрінформ", []string{"Мінфін"}, nil, nil},
		{"додали в", lead + "Першими відремонтують мости, додали в Укравтодорі.", "Укрінформ", []string{"Укравтодорі"}, nil, nil}, // (as written: the pipeline gives the base form)
		{"додали в a list is no cue", lead + "Крім того, додали в перелік ще три області.", "Укрінформ", nil, nil, nil},
		{"an opening cite past the lead is a body cite", lead + "Як уточнили в Мінфіні, гроші надійдуть до кінця місяця.", "Укрінформ", nil, nil, nil},
		{"a short name in brackets cited again is one body",
			"Швейцарія приєдналася до санкцій\n\nШвейцарія приєдналася до нового пакета санкцій.\n\nПро це повідомили в Державному секретаріаті з економічних питань (SECO).\n\nДо 2036 року Швейцарія виділить Україні 5 млрд франків, нагадали в SECO.",
			"", []string{"Державному секретаріаті з економічних питань"}, nil, nil}, // (as written: the pipeline gives the base form)
	})
}

// TestS45ACreditGiven: a credit line that says in words who gave the
// photo or where it was taken from credits that one.
func TestS45ACreditGiven(t *testing.T) {
	const lead = "Уряд виділив кошти\n\nКабмін виділив 2 млрд гривень на ремонт доріг, повідомляє Укрінформ.\n\n"
	checkFind(t, []findCase{
		{"Фото надане пресслужбою X", lead + "Фото надане пресслужбою Мінрозвитку", "Укрінформ", nil, []string{"пресслужба Мінрозвитку"}, nil},
		{"Фото надала пресслужба X.", lead + "Фото надала пресслужба Укравтодору.", "Укрінформ", nil, []string{"пресслужба Укравтодору"}, nil},
		{"Фото з Telegram-каналу X", lead + "Фото з Telegram-каналу Київської ОВА", "Укрінформ", nil, []string{"Telegram-канал Київської ОВА"}, nil},
		{"Фото зі сторінки X у Facebook", lead + "Фото зі сторінки ОВА у Facebook", "Укрінформ", nil, []string{"сторінка ОВА у Facebook"}, nil},
		{"where it was taken is no credit", lead + "Фото з місця події", "Укрінформ", nil, nil, nil},
		{"a photo in a sentence is no credit line", lead + "Фото з сайту міськради показують руйнування.", "Укрінформ", nil, nil, nil},
	})
}

// TestS45ATrailingTold: a cue closing a statement after its content with
// whom it was told: the addressee is no part of the source, and the body
// after an outlet told is cited as after "повідомили в".
func TestS45ATrailingTold(t *testing.T) {
	checkFind(t, []findCase{
		{"повідомив агентству X: the person",
			"Суд арештував майно\n\nСуд арештував майно посадовця. Захист оскаржить ухвалу, повідомив агентству адвокат Віктор Марченко.",
			"", []string{"Віктор Марченко"}, nil, nil},
		{"повідомили Укрінформу в пресслужбі X: the outlet told publishes, the body is cited",
			"Пожежу ліквідували\n\nПожежу на складі в Броварах ліквідували вранці, повідомили Укрінформу в пресслужбі ДСНС.",
			"Укрінформ", []string{"пресслужба ДСНС"}, nil, nil},
	})
}

// TestS45ALeadBodySays: a lead that opens with the body that told it,
// "У X повідомили, що …", is the text's source line and cites the body;
// a place there, a bare noun, the body past the lead, and a paper's
// opening paragraph with a subheading give none.
func TestS45ALeadBodySays(t *testing.T) {
	checkFind(t, []findCase{
		{"У пресслужбі X повідомили, що",
			"Пожежу ліквідували\n\nУ пресслужбі ДСНС повідомили, що пожежу на складі в Броварах ліквідували вранці.",
			"", []string{"пресслужба ДСНС"}, nil, nil},
		{"У X заявили:",
			"Ворог втратив 1200 військових\n\nУ Генштабі ЗСУ заявили: за добу ворог втратив 1200 військових.",
			"", []string{"Генштаб ЗСУ"}, nil, nil},
		{"a bare noun names no one",
			"Пожежу ліквідували\n\nУ міністерстві повідомили, що пожежу на складі ліквідували вранці.",
			"", nil, nil, nil},
		{"past the lead it is a quote of the body",
			"Пожежу ліквідували\n\nПожежу на складі ліквідували вранці. Постраждалих немає.\n\nУ ДСНС повідомили, що рятувальники працювали шість годин.",
			"", nil, nil, nil},
		{"a paper's opening paragraph and its subheading are no headline",
			"Діти пішли до школи. Свято тривало весь день. Нові класи\n\nУ департаменті освіти повідомили, що класів стало більше.",
			"", nil, nil, nil},
	})
}

// TestS45AStatementBy: a line that names whose statement the text told,
// "Відповідну заяву оприлюднив X", is a source line, as "Такі дані
// наводить X" is.
func TestS45AStatementBy(t *testing.T) {
	checkFind(t, []findCase{
		{"after an outlet's cue, with the day between",
			"МЗС висловило протест\n\nМЗС висловило протест через візит депутатів до Криму.\n\nЯк повідомляє агентство «Інтерфакс-Україна», відповідну заяву в четвер оприлюднив речник МЗС Петро Коваль.",
			"Інтерфакс-Україна", []string{"Петро Коваль"}, nil, nil},
		{"a press service", "МЗС висловило протест\n\nМЗС висловило протест через візит депутатів до Криму. Відповідну заяву оприлюднила пресслужба МЗС.",
			"", []string{"пресслужба МЗС"}, nil, nil},
		{"no one named", "МЗС висловило протест\n\nМЗС висловило протест. Відповідне повідомлення оприлюднили сьогодні.", "", nil, nil, nil},
	})
}

// TestS45AUnions: an association, a union or a federation named by its
// kind and members is a body a source line cites.
func TestS45AUnions(t *testing.T) {
	checkFind(t, []findCase{
		{"Про це УНІАН повідомили в обласній асоціації фермерів",
			"Фермери перекрили трасу\n\nФермери перекрили трасу поблизу Лубен. Про це УНІАН повідомили в обласній асоціації фермерів.",
			"УНІАН", []string{"асоціація фермерів"}, nil, nil},
		{"…, повідомили у федерації футболу",
			"Матч перенесли\n\nМатч збірної перенесли на вересень, повідомили у федерації футболу.",
			"", []string{"федерація футболу"}, nil, nil},
	})
}

// TestS45AOpenerWithFirm: "Про це він розповів …" stands for the one who
// opens the sentence before, a firm in quotation marks within his role.
func TestS45AOpenerWithFirm(t *testing.T) {
	checkFind(t, []findCase{
		{"a firm in the role of the opener",
			"Графіки будуть коротшими\n\nГолова правління НЕК «Укренерго» Петро Коваль вважає, що графіки цієї зими будуть коротшими. Про це він розповів в інтерв'ю «Українській правді».",
			"Українська правда", []string{"Петро Коваль"}, nil, nil},
	})
}
