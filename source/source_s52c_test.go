package source_test

import "testing"

// lead52 opens the texts of the tests below: a headline line and the
// lead, which names no source.
const lead52 = "Європа готує нові санкції\n\nЄС обговорює двадцятий пакет санкцій проти Росії. "

// TestS52CReviewedPaper: a press review names each paper it retells as
// the subject of its sentence, with where it is from and what it is:
// the paper is cited wherever it stands, and the sources it cites after
// "з посиланням на" with it. A Latin name alone must write ("пише"), for
// a firm or a fund in Latin letters "повідомляє" too.
func TestS52CReviewedPaper(t *testing.T) {
	checkFind(t, []findCase{
		{"an adjective and a Latin name",
			lead52 + "Британська The Guardian пише, що Лондон готує новий пакет допомоги.",
			"", []string{"The Guardian"}, nil, nil},
		{"an adjective, a kind and a name of four words",
			lead52 + "Американська газета The Wall Street Journal пише, що Білий дім розглядає нові мита.",
			"", []string{"The Wall Street Journal"}, nil, nil},
		{"a name with the small words of a foreign title",
			lead52 + "Італійська Corriere della Sera повідомляє, що Рим підтримає пакет.",
			"", []string{"Corriere della Sera"}, nil, nil},
		{"a Latin name that notes",
			lead52 + "The Economist звертає увагу, що економіка Росії сповільнюється.",
			"", []string{"The Economist"}, nil, nil},
		{"the sources it cites before the verb",
			lead52 + "Видання Politico з посиланням на трьох дипломатів ЄС повідомляє, що рішення ухвалять у червні.",
			"", []string{"Politico", "три дипломати ЄС"}, nil, nil},
		{"unnamed sources before the verb",
			lead52 + "Видання Politico з посиланням на джерела в уряді зазначає, що рішення ухвалять у червні.",
			"", []string{"Politico", "джерела в уряді"}, nil, nil},
		{"past the lead",
			lead52 + "Угорщина поки не зняла вето.\n\nНімецький Der Spiegel пише про нові поставки систем IRIS-T.",
			"", []string{"Der Spiegel"}, nil, nil},
		{"a firm in Latin letters that tells is no paper",
			lead52 + "Google повідомляє, що заблокував канали пропаганди.",
			"", nil, nil, nil},
	})
}

// TestS52CPaperAfterCue: after a cue, where a paper is from may stand
// before its Latin name with no kind ("Як повідомляє британська The
// Times"), and a paper's journalist is cited with the paper ("оглядач
// Financial Times Мартін Вулф"), as a post's author is with the platform.
func TestS52CPaperAfterCue(t *testing.T) {
	checkFind(t, []findCase{
		{"an adjective before the name",
			lead52 + "Як повідомляє британська The Times, Лондон розглядає відправлення інструкторів.",
			"", []string{"The Times"}, nil, nil},
		{"a genitive adjective, past the lead",
			lead52 + "Угорщина поки не зняла вето.\n\nЗа інформацією німецького Der Spiegel, Берлін передасть ще дві системи.",
			"", []string{"Der Spiegel"}, nil, nil},
		{"a paper that claims",
			"Зустріч у Женеві\n\nЯк стверджує The New York Times, зустріч відбудеться в Женеві.",
			"", []string{"The New York Times"}, nil, nil},
		{"a columnist after the cue",
			lead52 + "Як зазначає оглядач Financial Times Мартін Вулф, Європа має більше витрачати на оборону.",
			"", []string{"Мартін Вулф (Financial Times)"}, nil, nil},
		{"a columnist in his own column",
			lead52 + "Оглядач The Spectator Марк Галеотті у своїй колонці зазначає, що Кремль втрачає ініціативу.",
			"", []string{"Марк Галеотті (The Spectator)"}, nil, nil},
		{"a line of whose view it was",
			"Кремль втрачає ініціативу\n\nКремль втрачає ініціативу на фронті.\n\nТаку думку висловив оглядач The Times Роджер Бойс.",
			"", []string{"Роджер Бойс (The Times)"}, nil, nil},
		{"a columnist as the subject",
			lead52 + "Колумніст The Washington Post Девід Ігнатіус вважає, що Київ готує новий наступ.",
			"", []string{"Девід Ігнатіус (The Washington Post)"}, nil, nil},
	})
}

// TestS52CPieceOfPaper: a piece a paper printed, named before it ("у
// колонці для Bloomberg", "У статті The Guardian йдеться"), cites the
// paper; a number or a title in quotation marks after the piece's noun
// names none, and a Ukrainian outlet's own piece is no source.
func TestS52CPieceOfPaper(t *testing.T) {
	checkFind(t, []findCase{
		{"a column for a paper",
			lead52 + "У колонці для Bloomberg економіст Пол Кругман пише, що мита шкодять торгівлі.",
			"", []string{"Bloomberg"}, nil, nil},
		{"an article of a paper that tells",
			lead52 + "У статті The Guardian йдеться про те, що уряд готує нові санкції.",
			"", []string{"The Guardian"}, nil, nil},
		{"a column told after йдеться",
			lead52 + "Про це йдеться в колонці Мартіна Вулфа для Financial Times.",
			"", []string{"Financial Times"}, nil, nil},
		{"an editorial",
			lead52 + "У редакційній статті The New York Times йдеться, що Конгрес має ухвалити допомогу.",
			"", []string{"The New York Times"}, nil, nil},
		{"an article of a law",
			lead52 + "У статті 15 Конституції йдеться про те, що держава є унітарною.",
			"", nil, nil, nil},
		{"a title in quotation marks",
			lead52 + "У статті «Нова доба» автори проаналізували ринок праці.",
			"", nil, nil, nil},
	})
}

// TestS52CInterview: the speaker of another outlet's interview and the
// outlet are cited, as news18/12 and news60/12 list them; the outlet may
// be one we do not know, in Latin letters with or without its kind, after
// для, in an exclusive interview, a comment or a talk, and the interview
// may open the sentence before the speaker. A Latin name alone is cited
// only with a speaker (a headline's title is none). The publisher's own
// interview keeps the outlet the publisher, and the lead's speaker on air
// is cited.
func TestS52CInterview(t *testing.T) {
	checkFind(t, []findCase{
		{"a Latin paper with no kind",
			"Сибіга про переговори\n\nМіністр закордонних справ Андрій Сибіга в інтерв'ю The Times заявив, що Україна не піде на поступки.",
			"", []string{"Андрій Сибіга", "The Times"}, nil, nil},
		{"a paper by its kind (as before: a guard)",
			"Пишний про інфляцію\n\nГолова Нацбанку Андрій Пишний в інтерв'ю німецькому виданню Bild заявив, що інфляція сповільниться.",
			"", []string{"Андрій Пишний", "Bild"}, nil, nil},
		{"an agency we know (as before: a guard)",
			"Марченко про транш\n\nМіністр фінансів Сергій Марченко в інтерв'ю агентству Bloomberg заявив, що Україна отримає транш у березні.",
			"", []string{"Сергій Марченко", "Bloomberg"}, nil, nil},
		{"the interview before the speaker",
			"Туск про кордон\n\nВ інтерв'ю Reuters прем'єр-міністр Польщі Дональд Туск заявив, що Варшава не закриє кордон.",
			"", []string{"Reuters", "Дональд Туск"}, nil, nil},
		{"the publisher's own interview before the speaker",
			"Пишний про інфляцію\n\nВ інтерв'ю «Українській правді» голова Нацбанку Андрій Пишний розповів, що інфляція сповільниться.",
			"Українська правда", []string{"Андрій Пишний"}, nil, nil},
		{"an exclusive interview of the publisher",
			"Шмигаль про дрони\n\nМіністр оборони Денис Шмигаль в ексклюзивному інтерв'ю Укрінформу заявив, що армія отримає нові дрони.",
			"Укрінформ", []string{"Денис Шмигаль"}, nil, nil},
		{"an interview for a paper in the genitive",
			"Шмигаль про дрони\n\nМіністр оборони Денис Шмигаль в інтерв'ю для американського видання Politico заявив, що армія отримає нові дрони.",
			"", []string{"Денис Шмигаль", "Politico"}, nil, nil},
		{"a comment for an agency",
			"Шмигаль про дрони\n\nМіністр оборони Денис Шмигаль у коментарі для Bloomberg заявив, що армія отримає нові дрони.",
			"", []string{"Денис Шмигаль", "Bloomberg"}, nil, nil},
		{"a talk with a paper",
			"Шмигаль про дрони\n\nМіністр оборони Денис Шмигаль в розмові з The Times заявив, що армія отримає нові дрони.",
			"", []string{"Денис Шмигаль", "The Times"}, nil, nil},
		{"a headline's title is no speaker (a guard)",
			"Прем'єрка Данії в інтерв'ю FT: Європа має платити за оборону\n\nПрем'єр-міністерка Данії Метте Фредеріксен в інтерв'ю Financial Times заявила, що Європа має платити більше.",
			"", []string{"Метте Фредеріксен", "Financial Times"}, nil, nil},
		{"a paper told by its kind in the dative",
			"Шмигаль про дрони\n\nМіністр оборони Денис Шмигаль розповів німецькому виданню Bild, що армія отримає нові дрони.",
			"", []string{"Денис Шмигаль", "Bild"}, nil, nil},
		{"a channel we know told",
			"Шмигаль про дрони\n\nМіністр оборони Денис Шмигаль сказав телеканалу CNN, що армія отримає нові дрони.",
			"", []string{"Денис Шмигаль", "CNN"}, nil, nil},
		{"a surname named in full before",
			"Володимир Зеленський дав інтерв'ю американському журналу\n\nЗеленський в інтерв'ю журналу The Atlantic заявив, що переговори можливі.",
			"", []string{"Володимир Зеленський", "The Atlantic"}, nil, nil},
		{"a telethon, the speaker before",
			"Ігнат про атаку\n\nРечник Повітряних сил Юрій Ігнат заявив в ефірі телемарафону, що росіяни запустили понад сто дронів.",
			"", []string{"Юрій Ігнат"}, nil, nil},
		{"a foreign channel, the speaker before",
			"Туск про кордон\n\nПрем'єр-міністр Польщі Дональд Туск в ефірі TVN24 заявив, що Варшава не закриє кордон.",
			"", []string{"Дональд Туск"}, nil, nil},
	})
}

// TestS52COwnInterview: the publisher's own interview told as its
// newsroom's work ("«Українська правда» поговорила з міністром …") cites
// the one it talked with, as written, and a speaker named by what they
// do (історик, режисер) is read as one named by a post.
func TestS52COwnInterview(t *testing.T) {
	checkFind(t, []findCase{
		{"an outlet talked with a minister",
			"Шмигаль про дрони\n\n«Українська правда» поговорила з міністром оборони Денисом Шмигалем про нові дрони.",
			"Українська правда", []string{"Денисом Шмигалем"}, nil, nil},
		{"an agency talked with a commander",
			"Білецький про фронт\n\nУкрінформ поспілкувався з командиром бригади Андрієм Білецьким про ситуацію на фронті.",
			"Укрінформ", []string{"Андрієм Білецьким"}, nil, nil},
		{"the newsroom in the first person",
			"Театр відкриває сезон\n\nПро це та інше ми поговорили з директором театру Іваном Уривським.",
			"", []string{"Іваном Уривським"}, nil, nil},
		{"a historian on the publisher's air",
			"Грицак про книгу\n\nІсторик Ярослав Грицак в ефірі Радіо Свобода розповів, що книга вийде восени.",
			"Радіо Свобода", []string{"Ярослав Грицак"}, nil, nil},
		{"a fronted interview told about",
			"Пишний про інфляцію\n\nВ інтерв'ю LB.ua голова Нацбанку Андрій Пишний розповів про інфляцію, курс та кредити.",
			"LB.ua", []string{"Андрій Пишний"}, nil, nil},
	})
}

// TestS52CPapersCited: the papers a report cites after "з посиланням на"
// are cited by their head and whose they are ("документи Бундесверу"),
// the adjective before the head dropped as before "звіт"; a paper or a
// film that is the story's subject, not its teller, is no source.
func TestS52CPapersCited(t *testing.T) {
	checkFind(t, []findCase{
		{"internal documents",
			lead52 + "Про це пише німецький журнал Der Spiegel з посиланням на внутрішні документи Бундесверу.",
			"", []string{"Der Spiegel", "документи Бундесверу"}, nil, nil},
		{"documents cited before the verb",
			lead52 + "Видання Politico з посиланням на внутрішні документи ЄС пише, що рішення ухвалять у червні.",
			"", []string{"Politico", "документи ЄС"}, nil, nil},
		{"a magazine's ranking is its act",
			lead52 + "Журнал Time опублікував рейтинг найвпливовіших людей світу.",
			"", nil, nil, nil},
		{"a film named",
			lead52 + "Режисер Мстислав Чернов представив фільм «2000 метрів до Андріївки» у Берліні.",
			"", nil, nil, nil},
	})
}

// TestS52CHeadlinePaper: a world-news headline names the paper it
// retells before its colon, and the lead refers back to it by its kind
// alone ("…, пише видання."): the headline's paper is cited, never the
// publisher. A person before the colon is no paper.
func TestS52CHeadlinePaper(t *testing.T) {
	checkFind(t, []findCase{
		{"a paper we know",
			"Politico: ЄС готує кредит Україні\n\nЄвропейський Союз готує кредит Україні на 140 млрд євро, пише видання.",
			"", []string{"Politico"}, nil, nil},
		{"a Latin name citing sources",
			"The Guardian: Лондон готує санкції\n\nБританський уряд готує нові санкції проти Росії. Про це пише видання з посиланням на джерела.",
			"", []string{"The Guardian", "джерела"}, nil, nil},
		{"a person's headline",
			"Зеленський: переговори можливі\n\nПереговори можливі вже цього року, пише видання.",
			"", nil, nil, nil},
	})
}
