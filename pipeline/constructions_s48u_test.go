package pipeline_test

import "testing"

// Occupations and callings a story names someone by after the name (session
// 48, helper h48u): the noun opening a sentence as the subject of its verb
// or after "За словами", and the noun after the cue that closes quoted
// words, when the sentences before name others too; the sentences are our
// own.
func TestOccupationEpithetsS48u(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"an occupation opening the sentence after the subject named before",
			"Фінансовий директор компанії «Альфа» Ігор Мельник пояснив, що угоду профінансують з власних коштів. Фінансист додав, що прибуток зріс на 12%.",
			"Ігор Мельник", []string{"Ігор Мельник", "Фінансист"}, nil},
		{"a woman's occupation opening the sentence",
			"Художня керівниця театру Олена Ткачук пообіцяла, що актори прочитають вірші. Режисерка нагадала, що театр торік поставив виставу.",
			"Олена Ткачук", []string{"Олена Ткачук", "Режисерка"}, nil},
		{"an occupation with a genitive opening the sentence",
			"Радник міністра Павло Гнатюк назвав домовленість важливим кроком. Співрозмовник видання додав, що документ підпишуть у березні.",
			"Павло Гнатюк", []string{"Павло Гнатюк", "Співрозмовник"}, nil},
		{"за словами and an occupation in the genitive",
			"Речник прикордонної служби Олег Коваль заявив, що ситуація на кордоні залишається стабільною. За словами прикордонника, охорону ділянки посилили.",
			"Олег Коваль", []string{"Олег Коваль", "прикордонника"}, nil},
		{"the speaker of words that open their sentence, another man named two sentences before",
			"Про втрати врожаю на нараді заявив губернатор Степан Бондар. Садівник із громади Іван Гуменюк розповів, що зібрав третину врожаю. «Без кредитів ми закриємося», – сказав аграрій.",
			"Іван Гуменюк", []string{"Іван Гуменюк", "аграрій"}, nil},
		{"the one whose title has the noun, not the man named in the words before it",
			"Головний тренер команди Петро Савчук назвав склад на матч. Капітаном залишається Олег Мороз. «Олег – лідер у роздягальні», – сказав тренер.",
			"Петро Савчук", []string{"Петро Савчук", "тренер"}, nil},
		{"the prosecutor is the обвинувач, though another man is named in the sentence before",
			"Прокурор Віктор Лисенко у засіданні наголосив, що Петро Гончар отримав хабар. За словами обвинувача, гроші передавали через посередника.",
			"Віктор Лисенко", []string{"Віктор Лисенко", "обвинувача"}, nil},
		{"a bishop is the владика when the sentence before names no one",
			"Митрополит Михаїл у неділю освятив новий храм у Луцьку. Як повідомили в єпархії, служба почнеться о 9:00. Владика закликав вірян долучитися до збору коштів.",
			"Михаїл", []string{"Михаїл", "Владика"}, nil},
		{"an occupation opening a sentence after an object, not a subject, is no one's",
			"Поліція затримала водія Івана Петренка. Офіцер додав, що справу передали до суду.",
			"Іван Петренко", []string{"Івана Петренка"}, []string{"Офіцер"}},
	})
}

// The head of a community or a region called by its kind ("Очільниця
// громади") when the text names the heads of two towns: the woman's word
// is the one woman's among them.
func TestWomanHeadOfKindS48u(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a woman heading a community beside the mayor of the city",
			"Міський голова Полтави Петро Кравець відкрив засідання. Начальник Гадяцької міської військової адміністрації Марія Лисенко подякувала донорам. Очільниця громади розраховує, що школу відновлять до осені.",
			"Марія Лисенко", []string{"Марія Лисенко", "Очільниця громади"}, nil},
	})
}

// An official (посадовець, посадовиця) is any deputy named before: "заступник
// міського голови" holds a public office as "заступник міністра" does.
func TestOfficialDeputyS48u(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a deputy mayor is the official, not the theatre's head named before her",
			"Художня керівниця театру Ганна Коваль оголосила прем'єру. До протестувальників вийшла заступниця міського голови Оксана Бондар. Посадовиця пообіцяла, що воду дадуть до вечора.",
			"Оксана Бондар", []string{"Оксана Бондар", "Посадовиця"}, nil},
		{"a deputy mayor is the official",
			"Делегацію мешканців прийняв заступник міського голови Петро Гнатюк. Під час зустрічі посадовець пообіцяв, що ремонт завершать до зими.",
			"Петро Гнатюк", []string{"Петро Гнатюк", "посадовець"}, nil},
	})
}

// The head of a body called by the words its acronym stands for: "Очільник
// антикорупційної прокуратури" after "Керівник САП".
func TestHeadByAcronymWordsS48u(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"the words of the acronym in the head's title",
			"Керівник САП Олександр Мороз повідомив, що у справі є ще четверо підозрюваних. Очільник антикорупційної прокуратури нагадав, що торік одного з них уже затримували.",
			"Олександр Мороз", []string{"Олександр Мороз", "Очільник антикорупційної прокуратури"}, nil},
		{"words the acronym does not hold are no one's",
			"Керівник САП Олександр Мороз повідомив, що у справі є ще четверо підозрюваних. Очільник обласної поліції нагадав, що торік одного з них уже затримували.",
			"Олександр Мороз", []string{"Олександр Мороз"}, []string{"Очільник обласної поліції"}},
	})
}

// A military rank right after another title, with nothing between, is a
// title of its own: "колишній командувач … генерал-лейтенант".
func TestRankAfterTitleS48u(t *testing.T) {
	p := load(t)
	checkPersonTitles(t, p, []personTitle{
		{"Ситуацію прокоментував заступник командувача Об'єднаних сил генерал-майор Ігор Гнатюк.", "Ігор Гнатюк", "заступник командувача Об'єднаних сил"},
		{"Ситуацію прокоментував заступник командувача Об'єднаних сил генерал-майор Ігор Гнатюк.", "Ігор Гнатюк", "генерал-майор"},
	})
}
