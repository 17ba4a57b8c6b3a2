package source_test

import "testing"

// TestS44ANewsServiceNamed: an outlet the package does not know that
// tells the lead of itself is the publisher when its name says it is a
// news service ("Релігійно-інформаційна служба України"), or when the
// kind of outlet is said before it and it cites another ("агентство
// Вголос з посиланням на …", "Інформаційне агентство «Поділля»"). A
// body that cites stays cited, and so do a foreign outlet by its kind,
// an acronym and a Latin name, the outlets another outlet retells.
func TestS44ANewsServiceNamed(t *testing.T) {
	const lead = "Храм у Черкасах освятили\n\nУ неділю в Черкасах освятили новий храм. "
	checkFind(t, []findCase{
		{"an information service citing a press service",
			lead + "Про це повідомляє Релігійно-інформаційна служба України з посиланням на пресслужбу Черкаської єпархії.",
			"Релігійно-інформаційна служба України", []string{"пресслужба Черкаської єпархії"}, nil, nil},
		{"an information service alone",
			lead + "Про це повідомляє Релігійно-інформаційна служба України.",
			"Релігійно-інформаційна служба України", []string{}, nil, nil},
		{"an agency by its kind, citing",
			lead + "Про це повідомляє агентство Поділля-Інфо з посиланням на міськраду.",
			"Поділля-Інфо", []string{"міськрада"}, nil, nil},
		{"a capitalised kind of two words before a quoted name",
			lead + "Про це повідомляє Інформаційне агентство «Черкаський край» з посиланням на міськраду.",
			"Черкаський край", []string{"міськрада"}, nil, nil},
		{"an agency by its kind with no one cited stays cited",
			lead + "Про це повідомляє агентство Поділля-Інфо.",
			"", []string{"Поділля-Інфо"}, nil, nil},
		{"the police citing a unit stays cited",
			lead + "Про це повідомляє Національна поліція з посиланням на слідчий відділ.",
			"", []string{"Національна поліція", "слідчий відділ"}, nil, nil},
		{"a foreign paper by its kind stays cited",
			lead + "Про це пише російське видання «Ведомости» з посиланням на джерела.",
			"", []string{"Ведомости", "джерела"}, nil, nil},
		{"an acronym after the kind stays cited",
			lead + "Про це повідомляє агентство ТАСС з посиланням на Міноборони РФ.",
			"", []string{"ТАСС", "Міноборони РФ"}, nil, nil},
		{"a known outlet names itself before",
			"Храм у Черкасах освятили\n\nЧЕРКАСИ (Укрінформ) – У неділю в Черкасах освятили новий храм. Про це повідомляє Релігійно-інформаційна служба України.",
			"Укрінформ", []string{"Релігійно-інформаційна служба України"}, nil, nil},
	})
}

// TestS44ASiteAsWhoWrites: a site the package does not know, named as a
// web address by "Як пише" or "Як передає" in the lead, is the publisher
// when no other outlet is named, as "…, передає Sport.ua" was.
func TestS44ASiteAsWhoWrites(t *testing.T) {
	checkFind(t, []findCase{
		{"як пише a site citing an agency",
			"Міст відкрили\n\nЯк пише Poltava.ua з посиланням на Reuters, міст відкрили в неділю.",
			"Poltava.ua", []string{"Reuters"}, nil, nil},
		{"як передає a site",
			"Міст відкрили\n\nЯк передає Poltava.ua, міст відкрили в неділю.",
			"Poltava.ua", []string{}, nil, nil},
		{"повідомляє a site after the lead's content",
			"Міст відкрили\n\nУ неділю в Полтаві відкрили міст, повідомляє Poltava.ua.",
			"Poltava.ua", []string{}, nil, nil},
	})
}

// TestS44AFindingLine: "Такого висновку дійшли X" after the lead names
// whose finding the lead told, a source line as "Такі дані наводить X"
// is; the people of a body before it (аналітики, науковці) lead to the
// body. Unnamed experts cite no one.
func TestS44AFindingLine(t *testing.T) {
	const text = "Росія готує наступ\nРосійські війська, ймовірно, готуються до нового наступу на півдні. "
	checkFind(t, []findCase{
		{"analysts of an institute",
			text + "Такого висновку дійшли аналітики американського Інституту вивчення війни у звіті за 3 березня.",
			"", []string{"Інституту вивчення війни"}, nil, nil}, // (the pipeline gives the base form)
		{"до такого висновку, a body",
			text + "До такого висновку дійшов Центр оборонних стратегій.",
			"", []string{"Центр оборонних стратегій"}, nil, nil},
		{"in a body",
			text + "Такого висновку дійшли в Центрі оборонних стратегій.",
			"", []string{"Центрі оборонних стратегій"}, nil, nil}, // (the pipeline gives the base form)
		{"unnamed experts",
			text + "Такого висновку дійшли експерти.",
			"", []string{}, nil, nil},
	})
}

// TestS44AStillOfVideo: a photo that is a still of someone's video
// credits the one whose video it is ("Фото: скриншот з відео Генштабу"
// gives Генштаб); a still of no one named credits no one.
func TestS44AStillOfVideo(t *testing.T) {
	const text = "Склад уразили\n\nСили оборони вночі уразили склад боєприпасів. Про це повідомляє Суспільне.\n\n"
	checkFind(t, []findCase{
		{"a screenshot of the staff's video", text + "Фото: скриншот з відео Генштабу", "Суспільне", []string{}, []string{"Генштаб"}, nil},
		{"a still of a video with no з", text + "Фото: кадр відео ДСНС", "Суспільне", []string{}, []string{"ДСНС"}, nil},
		{"a body of two words in the genitive", text + "Фото: скриншот з відео Повітряних сил", "Суспільне", []string{}, []string{"Повітряні сили"}, nil},
		{"a screenshot alone", text + "Фото: скриншот", "Суспільне", []string{}, []string{}, nil},
		{"a still of a video of no one", text + "Фото: кадр з відео", "Суспільне", []string{}, []string{}, nil},
	})
}

// TestS44ASummaryLine: "Про це йдеться у ранковому зведенні X" cites the
// summary of X, as "у повідомленні X" does.
func TestS44ASummaryLine(t *testing.T) {
	const text = "На фронті 120 боїв\n\nЗа минулу добу на фронті відбулося 120 бойових зіткнень. "
	checkFind(t, []findCase{
		{"a morning summary of the staff", text + "Про це йдеться у ранковому зведенні Генерального штабу ЗСУ.", "", []string{"зведення Генерального штабу ЗСУ"}, nil, nil},
		{"a summary with no adjective", text + "Про це йдеться у зведенні Генштабу.", "", []string{"зведення Генштабу"}, nil, nil},
	})
}

// TestS44AStatedAfter: "заявив" or "заявила" after a comma closing
// reported content cites the one who stated it, as "повідомив" does (the
// guidelines' cue closing a statement after its content); after a direct
// quote and its dash, or with "що" after it, it names only a speaker.
func TestS44AStatedAfter(t *testing.T) {
	const lead = "Газ з Азербайджану\n\nУкраїна отримала першу партію газу з Азербайджану. Про це повідомили в МЗС.\n\n"
	checkFind(t, []findCase{
		{"a spokesman after content", lead + "Москва пригрозила Баку наслідками, заявив речник Кремля Дмитро Пєсков.", "", []string{"МЗС", "Дмитро Пєсков"}, nil, nil},
		{"a day before the spokeswoman", lead + "Москва пригрозила Баку наслідками, заявила в середу речниця МЗС Росії Марія Захарова.", "", []string{"МЗС", "Марія Захарова"}, nil, nil},
		{"after a direct quote", lead + "«Ми будемо реагувати», — заявив Пєсков.", "", []string{"МЗС"}, nil, nil},
		{"a clause of що", lead + "Пєсков заявив, що Москва реагуватиме.", "", []string{"МЗС"}, nil, nil},
	})
}

// TestS44APluralBodies: bodies of one kind named by plural adjectives
// and a plural head are cited in the nominative plural ("з посиланням на
// обласні військові адміністрації", "повідомили в районних радах"); their
// heads before them ("голови обласних військових адміністрацій") as
// written. A singular body stays as it was.
func TestS44APluralBodies(t *testing.T) {
	const lead = "Удар по енергетиці\n\nУночі ворог атакував енергетику трьох областей. "
	checkFind(t, []findCase{
		{"citing the regional administrations", lead + "Про це повідомляє Укрінформ з посиланням на обласні військові адміністрації.", "Укрінформ", []string{"обласні військові адміністрації"}, nil, nil},
		{"told in the district councils", lead + "Про це повідомили в районних радах.", "", []string{"районні ради"}, nil, nil},
		{"the heads of the administrations", lead + "Про це повідомили голови обласних військових адміністрацій.", "", []string{"голови обласних військових адміністрацій"}, nil, nil},
		{"one administration", lead + "Про це повідомили в обласній військовій адміністрації.", "", []string{"обласна військова адміністрація"}, nil, nil},
	})
}

// TestS44ADeclarationLine: a declaration where something is said heads a
// source phrase ("…, йдеться у підсумковій декларації."); an official's
// own filing that shows a fact ("Про це свідчить декларація судді") is
// none.
func TestS44ADeclarationLine(t *testing.T) {
	const lead = "Саміт у Римі\n\nЛідери зібралися в Римі.\n\n"
	checkFind(t, []findCase{
		{"after content", lead + "Учасники саміту засудили удари по енергетиці, йдеться у підсумковій декларації.", "", []string{"декларація"}, nil, nil},
		{"about this, with whose", lead + "Про це йдеться у спільній декларації лідерів G7.", "", []string{"декларація лідерів G7"}, nil, nil},
		{"an official's filing", lead + "Про це свідчить електронна декларація судді.", "", []string{}, nil, nil},
	})
}

// TestS44AQuotedOutletCitingInLead: an outlet we do not know, in
// quotation marks, that cites another in the lead ("Як пише «Полтавщина»
// з посиланням на міськраду, …", "…, повідомляє видання «Полтавщина» з
// посиланням на …") is the publisher when no other is named; a foreign
// one by its kind stays cited, and so does one that cites no one
// ("…, передає агентство «Вголос».").
func TestS44AQuotedOutletCitingInLead(t *testing.T) {
	const lead = "Міст відкрили\n\nУ неділю в Полтаві відкрили міст через Ворсклу"
	checkFind(t, []findCase{
		{"як пише, citing", lead + ". Як пише «Полтавщина» з посиланням на міськраду, рух відновлять у понеділок.", "Полтавщина", []string{"міськрада"}, nil, nil},
		{"як пише with its kind, citing", lead + ". Як пише видання «Полтавщина» з посиланням на міськраду, рух відновлять у понеділок.", "Полтавщина", []string{"міськрада"}, nil, nil},
		{"повідомляє after content, citing", lead + ", повідомляє «Полтавщина» з посиланням на міськраду.", "Полтавщина", []string{"міськрада"}, nil, nil},
		{"a foreign paper citing", lead + ". Як пише російське видання «Ведомости» з посиланням на джерела, рух відновлять у понеділок.", "", []string{"Ведомости", "джерела"}, nil, nil},
		{"передає citing no one", lead + ", передає агентство «Вголос».", "", []string{"Вголос"}, nil, nil},
	})
}
