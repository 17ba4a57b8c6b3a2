package source_test

import "testing"

// TestS49SQuotesNotice: the one that quotes, in a relative clause, the
// notice a "Про це" line names retells it: the publisher; the body whose
// notice it is stays cited.
func TestS49SQuotesNotice(t *testing.T) {
	checkFind(t, []findCase{
		{"a site in capitals quotes a council's notice",
			"Ремонт мосту\n\nУ Рівному на місяць закриють міст через річку Устя.\n\nПро це йдеться у повідомленні департаменту міського господарства, яке цитує ОДНОДУМЕЦЬ.",
			"ОДНОДУМЕЦЬ", []string{"повідомлення департаменту міського господарства"}, nil, nil},
		{"a quoted name quotes a statement",
			"Нова лінія тролейбуса\n\nУ Полтаві відкриють нову лінію тролейбуса.\n\nПро це йдеться в заяві міського голови, яку цитують «Полтавські вісті».",
			"Полтавські вісті", []string{"заява міського голови"}, nil, nil},
		{"no Про це: no source line",
			"Нова лінія тролейбуса\n\nУ Полтаві відкриють нову лінію тролейбуса.\n\nМіськрада оприлюднила рішення, яке цитує ОДНОДУМЕЦЬ.",
			"", []string{}, nil, nil},
	})
}

// TestS49SProjectQuoted: an outlet's project named in quotation marks
// after its mother outlet is one publisher, by the project's name.
func TestS49SProjectQuoted(t *testing.T) {
	checkFind(t, []findCase{
		{"a Radio Svoboda project in quotation marks",
			"Затримали активістів\n\nУ Генічеську затримали двох активістів. Про це пише проєкт Радіо Свобода «Новини Херсонщини» з посиланням на їхніх родичів.",
			"Новини Херсонщини", []string{"їхні родичі"}, nil, nil},
	})
}

// TestS49SOwnCredit: an outlet we do not know, named in the lead as the
// one retelling it or as the channel its speaker spoke on, is the
// publisher when the text's photo credit names it too; with no such
// credit the retelling outlet stays cited and the channel names nothing.
func TestS49SOwnCredit(t *testing.T) {
	checkFind(t, []findCase{
		{"a Latin outlet retelling, its own picture",
			"Нові правила в'їзду\n\nЧехія змінить правила в'їзду для іноземців з 2027 року, пише Prague Daily із посиланням на джерела в уряді.\n\nФото: Prague Daily / Getty Images",
			"Prague Daily", []string{"джерела в уряді"}, []string{"Prague Daily / Getty Images"}, nil},
		{"a Latin outlet retelling, an agency's picture",
			"Нові правила в'їзду\n\nЧехія змінить правила в'їзду для іноземців з 2027 року, пише Prague Daily із посиланням на джерела в уряді.\n\nФото: Getty Images",
			"", []string{"Prague Daily", "джерела в уряді"}, []string{"Getty Images"}, nil},
		{"a city channel's own broadcast",
			"Ремонт ліфтів\n\nУ місті замінять 20 ліфтів до зими.\n\nПро це в ефірі телеканалу «Миргород ТВ» розповів заступник міського голови Петро Сидоренко.\n\nФото: Миргород ТВ",
			"Миргород ТВ", []string{"Петро Сидоренко"}, []string{"Миргород ТВ"}, nil},
		{"another channel: the speaker's occasion only",
			"Ремонт ліфтів\n\nУ місті замінять 20 ліфтів до зими.\n\nПро це в ефірі телеканалу «Миргород ТВ» розповів заступник міського голови Петро Сидоренко.\n\nФото: Олена Мельник",
			"", []string{"Петро Сидоренко"}, []string{"Олена Мельник"}, nil},
	})
}

// TestS49SCommentBrand: an outlet we do not know by a brand's shape
// after "в коментарі", closing the sentence, was told the comment: the
// publisher.
func TestS49SCommentBrand(t *testing.T) {
	checkFind(t, []findCase{
		{"a desk's brand with a colon",
			"Перемога в Лізі\n\nКоманда виграла матч з рахунком 2:0.\n\n«Ми грали від оборони», – сказав після гри тренер клубу Іван Ткач у коментарі UA: Баскетбол.",
			"UA: Баскетбол", []string{}, nil, nil},
		{"a person in the dative is no brand",
			"Перемога в Лізі\n\nКоманда виграла матч з рахунком 2:0.\n\n«Ми грали від оборони», – сказав після гри тренер у коментарі Івану Ткачу.",
			"", []string{}, nil, nil},
	})
}

// TestS49SFormerOpener: "Про це він розповів …" stands for the person
// who opens the sentence before, a rank before the role ("Колишній
// міністр …") as much as none.
func TestS49SFormerOpener(t *testing.T) {
	checkFind(t, []findCase{
		{"a former minister on a podcast",
			"Дипломатія і війна\n\nКолишній міністр оборони Андрій Загородній вважає, що війна триватиме довго. Про це він розповів у подкасті «Голос фронту».",
			"", []string{"Андрій Загородній"}, nil, nil},
	})
}

// TestS49SProjectCredit: a body's credit and its project's title after a
// spaced slash are one credit; two bodies stay two.
func TestS49SProjectCredit(t *testing.T) {
	checkFind(t, []findCase{
		{"a body and its project",
			"Спогади ветеранів\n\nМузей записав спогади ветеранів.\n\nФото: НМІУ / Пам'ять поколінь",
			"", []string{}, []string{"НМІУ / Пам'ять поколінь"}, nil},
		{"two bodies",
			"Спогади ветеранів\n\nМузей записав спогади ветеранів.\n\nФото: НМІУ / Мінкульт",
			"", []string{}, []string{"НМІУ", "Мінкульт"}, nil},
	})
}

// TestS49SToldCorrespondent: who told the lead to an outlet's
// correspondent after "Про це" is cited, unnamed people as written.
func TestS49SToldCorrespondent(t *testing.T) {
	checkFind(t, []findCase{
		{"unnamed residents told a regional desk",
			"Окупанти забирають житло\n\nОкупанти забирають квартири у виїхалих мешканців. Про це кореспондентові Суспільне Запоріжжя розповіли двоє мешканців Енергодара.",
			"Суспільне", []string{"двоє мешканців Енергодара"}, nil, nil},
	})
}

// TestS49SRelayedBy: the outlet that retells, noticed, analysed or
// translated, in a relative clause closing a "Про це" line, the source
// the line names is the publisher; the source stays cited.
func TestS49SRelayedBy(t *testing.T) {
	checkFind(t, []findCase{
		{"noticed a report",
			"Жертви серед цивільних\n\nУ березні загинули 120 цивільних. Про це йдеться у звіті Моніторингової місії ООН, на який звертає увагу Mind.",
			"Mind", []string{"звіт Моніторингової місії ООН"}, nil, nil},
		{"analysed the data",
			"Нові ФОП\n\nУ серпні зареєстрували 25 тисяч нових ФОП. Про це свідчать дані YouControl, які проаналізувала «Фінансова лінія».",
			"Фінансова лінія", []string{"YouControl"}, nil, nil},
		{"translated a foreign paper",
			"Спільне виробництво\n\nУкраїна і Данія обговорюють спільне виробництво дронів. Про це йдеться в статті The Guardian, яку переклала редакція Mind.",
			"Mind", []string{"The Guardian"}, nil, nil},
		{"a project in brackets, retold",
			"Квартири судді\n\nРодина судді придбала три квартири. Про це йдеться в розслідуванні «Схем» (Радіо Свобода), яке переказує «Рубікон».",
			"Рубікон", []string{"Схем"}, nil, nil},
		{"no Про це: none",
			"Нові ФОП\n\nУ серпні зареєстрували 25 тисяч нових ФОП, яких проаналізувала «Фінансова лінія».",
			"", []string{}, nil, nil},
	})
}

// TestS49SStillOfNamed: a still of a video, an investigation or a YouTube
// channel named in quotation marks credits its owner.
func TestS49SStillOfNamed(t *testing.T) {
	checkFind(t, []findCase{
		{"a still of an investigation",
			"Квартири судді\n\nРодина судді придбала три квартири.\n\nФото: кадр з розслідування «Слідство.Інфо»",
			"", []string{}, []string{"Слідство.Інфо"}, nil},
		{"a screenshot of a YouTube channel",
			"Стрім журналіста\n\nЖурналіст розповів про бої під Куп'янськом.\n\nФото: скриншот з YouTube-каналу «Фронт Плюс»",
			"", []string{}, []string{"Фронт Плюс"}, nil},
	})
}

// TestS49SOutletAtWork: an outlet names itself as the publisher by
// retelling another's report in the lead paragraph ("«X» переказує
// головне."), by its channel in quotation marks after its kind ("в
// ефірі телеканалу «X»"), by a brand of two words joined by a colon
// after "Про це повідомляє", by recalling its earlier report past the
// lead ("Як повідомляв «X», …") and by telling the lead citing another
// ("Про це повідомляють X з посиланням на …").
func TestS49SOutletAtWork(t *testing.T) {
	checkFind(t, []findCase{
		{"retells a foreign paper",
			"Кредит під активи\n\nЄС готує кредит Україні. Про це пише The Economist з посиланням на двох дипломатів. «Поступ» переказує головне.\n\nРішення ухвалять у грудні.",
			"Поступ", []string{"The Economist", "два дипломати"}, nil, nil},
		{"a known channel in quotation marks after its kind",
			"Кластер переговорів\n\nУкраїна чекає рішення ЄС до вересня. Про це в ефірі телеканалу «Еспресо» розповів речник МЗС Георгій Тихий.",
			"Еспресо", []string{"Георгій Тихий"}, nil, nil},
		{"a colon brand",
			"Склад збірної\n\nТренер назвав склад збірної на матч зі Швецією. Про це повідомляє UA: Баскетбол.",
			"UA: Баскетбол", []string{}, nil, nil},
		{"its earlier report recalled past the lead",
			"Штраф телеканалу\n\nРегулятор оштрафував телеканал на 300 тисяч гривень.\n\nКанал може оскаржити рішення. Як повідомляв «Медіачек», торік каналу вже оголошували попередження.",
			"Медіачек", []string{}, nil, nil},
		{"tells the lead citing the police",
			"Підпал шафи\n\nУ Києві затримали двох підлітків. Про це повідомляють Вісті Столиці з посиланням на Національну поліцію.",
			"Вісті Столиці", []string{"Національну поліцію"}, nil, nil},
	})
}

// TestS49SClarifiedTo: "Як уточнили X в Y, …" with an outlet in the dative
// tells the outlet, as "Як повідомили X в Y" does: the publisher.
func TestS49SClarifiedTo(t *testing.T) {
	checkFind(t, []findCase{
		{"clarified to a regional desk",
			"Удар по Слов'янську\n\nУ Слов'янську пошкоджено школу. Як уточнили Суспільному Донбас в міській раді, постраждалих немає.",
			"Суспільне", []string{}, nil, nil},
	})
}
