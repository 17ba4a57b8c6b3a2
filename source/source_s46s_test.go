package source_test

import "testing"

// TestS46SBodyMedia: generic ЗМІ are no outlet; "За даними ЗМІ, …" in
// the body is a quote of them, not a cited source, as a body's "За
// даними X" is; in the lead they stay the lead's attribution.
func TestS46SBodyMedia(t *testing.T) {
	checkFind(t, []findCase{
		{"ЗМІ opening a statement of the body",
			"Суд скасував оренду ділянки\n\nСуд скасував договір оренди ділянки біля озера. Рішення набуло чинності.\n\nЗа даними ЗМІ, власники фірми пов'язані з депутатом міськради.",
			"", nil, nil, nil},
		{"ЗМІ as an aside of the body",
			"Суд скасував оренду ділянки\n\nСуд скасував договір оренди ділянки біля озера. Рішення набуло чинності.\n\nФірма, за даними ЗМІ, належить родичам судді.",
			"", nil, nil, nil},
		{"ЗМІ as the lead's attribution stay cited",
			"Уряд готує звільнення міністра, за інформацією ЗМІ.\nРішення ще не ухвалене.",
			"", []string{"ЗМІ"}, nil, nil},
	})
}

// TestS46SOccasion: a source line "Про це … повідомив X" with the occasion
// told in lower-case words between "Про це" and the verb: an adjective
// before the meeting, or whose meeting it was.
func TestS46SOccasion(t *testing.T) {
	checkFind(t, []findCase{
		{"an adjective before the meeting",
			"Область отримає нові автобуси.\nПро це на апаратній нараді повідомив перший заступник голови ОДА Павло Мельник.",
			"", []string{"Павло Мельник"}, nil, nil},
		{"whose session it was, in lower case",
			"У місті відремонтують дві школи.\nПро це на сесії міськради заявив міський голова Ігор Бондар.",
			"", []string{"Ігор Бондар"}, nil, nil},
		{"during a committee's sitting",
			"Тарифи на воду не зростуть.\nПро це під час засідання комітету заявила депутатка Олена Гнатюк.",
			"", []string{"Олена Гнатюк"}, nil, nil},
	})
}

// TestS46SReport: "Про це йдеться у сюжеті / розслідуванні / матеріалі …"
// names the piece of journalism the lead comes from: the show or the
// outlet it was made for is cited, past its author and its title; with
// none named, the author.
func TestS46SReport(t *testing.T) {
	checkFind(t, []findCase{
		{"a report by its author for a show",
			"Лікарня купила томографи втридорога.\nПро це йдеться у сюжеті Петра Савчука для програми «Наші гроші».",
			"", []string{"Наші гроші"}, nil, nil},
		{"a report by its author on a TV show, closing the lead",
			"Чиновник не задекларував бізнес дружини, йдеться у сюжеті Ірини Дмитренко у телепрограмі «Наші гроші».\nДружина посадовця володіє фірмою.",
			"", []string{"Наші гроші"}, nil, nil},
		{"an outlet's investigation",
			"Депутат купив маєток під Києвом.\nПро це йдеться у розслідуванні «Слідства.Інфо».",
			"", []string{"Слідство.Інфо"}, nil, nil},
		{"a piece's title passed to the outlet that printed it",
			"Депутат купив маєток під Києвом.\nПро це йдеться в матеріалі Оксани Левченко «Маєток над озером» на «Українській правді».",
			"", []string{"Українська правда"}, nil, nil},
		{"the author alone, as written (the pipeline brings a tagged name to the nominative)",
			"Депутат купив маєток під Києвом.\nПро це йдеться у статті журналіста Юрія Ткаченка.",
			"", []string{"Юрія Ткаченка"}, nil, nil},
		{"an article of a law is no piece",
			"Депутата оштрафували.\nПро це йдеться у статті 172 Кодексу про адмінправопорушення.",
			"", nil, nil, nil},
	})
}

// TestS46SWrittenIn: "Про це пише X в «Y»" cites the writer with the
// outlet he wrote in, as a post's author is cited with the platform.
func TestS46SWrittenIn(t *testing.T) {
	checkFind(t, []findCase{
		{"a writer in an outlet we do not know",
			"Облрада віддасть угіддя в оренду.\nПро це пише Василь Гончар в «Рівненських вістях».",
			"", []string{"Василь Гончар (Рівненських вістях)"}, nil, nil},
		{"a writer in a known outlet, brought to the nominative",
			"Облрада віддасть угіддя в оренду.\nПро це пише Сергій Кравець в «Українській правді».",
			"", []string{"Сергій Кравець (Українська правда)"}, nil, nil},
		{"a writer with a source of her own",
			"Облрада віддасть угіддя в оренду.\nПро це написала Ганна Мельник у «Главкомі» з посиланням на рішення суду.",
			"", []string{"Ганна Мельник (Главком)", "рішення суду"}, nil, nil},
		{"a writer's line closing content past the lead is a source line",
			"Облрада віддасть угіддя в оренду.\nДепутати розглянуть питання в грудні.\n\nОренда триватиме 25 років, пише Василь Гончар в «Рівненських вістях».",
			"", []string{"Василь Гончар (Рівненських вістях)"}, nil, nil},
		{"a writer opening a statement of the body is a quote's, not cited",
			"Облрада віддасть угіддя в оренду.\nДепутати розглянуть питання в грудні.\n\nЯк пише Василь Гончар в «Рівненських вістях», оренда триватиме 25 років.",
			"", nil, nil, nil},
		{"a writer on a post is the platform's",
			"Облрада віддасть угіддя в оренду.\nПро це пише Ганна Мельник у Facebook.",
			"", []string{"Ганна Мельник (Facebook)"}, nil, nil},
	})
}

// TestS46SDocuments: rulings in the plural and drafts are documents a
// source line names: "Про це йдеться у рішеннях …", "у проєкті
// постанови …", "з посиланням на ухвали суду".
func TestS46SDocuments(t *testing.T) {
	checkFind(t, []findCase{
		{"rulings of two courts, two adjectives of one noun",
			"Фірма сплатить штраф.\nПро це йдеться у рішеннях Львівського окружного та апеляційного адміністративного судів.",
			"", []string{"рішення Львівського окружного та апеляційного адміністративного судів"}, nil, nil},
		{"a draft of a resolution",
			"Держрезерв продасть зерно.\nПро це йдеться у проєкті постанови Кабміну.",
			"", []string{"проєкт постанови Кабміну"}, nil, nil},
		{"a draft with no name after it is none",
			"Держрезерв продасть зерно.\nПро це йдеться у проєкті.",
			"", nil, nil, nil},
		{"rulings cited by an outlet",
			"Інспектора підозрюють у хабарі.\nПро це пише видання «Вісник» з посиланням на ухвали Тернопільського міського суду.",
			"Вісник", []string{"ухвали Тернопільського міського суду"}, nil, nil},
	})
}

// TestS46SCommentQuoted: who commented to an outlet named in quotation
// marks ("у коментарі «Суспільному»") is cited, as with the name
// unquoted; the outlet itself is read as before.
func TestS46SCommentQuoted(t *testing.T) {
	checkFind(t, []findCase{
		{"a known outlet in quotation marks",
			"У місті відремонтують три мости.\nПро це у коментарі «Суспільному» розповів заступник міського голови Олег Ткач.",
			"Суспільне", []string{"Олег Ткач"}, nil, nil},
		{"an outlet we do not know, in quotation marks (as written: the pipeline brings a tagged name to the nominative)",
			"У місті відремонтують три мости.\nПро це у коментарі «Волинським новинам» розповіла директорка департаменту Ірина Гаврилюк.",
			"Волинським новинам", []string{"Ірина Гаврилюк"}, nil, nil},
	})
}

// TestS46SPrepared: a closing line that says the text was prepared from
// another outlet's ("Підготовлено за матеріалами …", "Новину підготовлено
// за матеріалами агентства …") credits it as "За матеріалами …" does.
func TestS46SPrepared(t *testing.T) {
	checkFind(t, []findCase{
		{"prepared from a foreign agency, its kind before the name",
			"Туреччина відкрила новий газопровід.\nПотужність труби — 10 млрд кубометрів на рік.\nНовину підготовлено за матеріалами агентства Reuters.",
			"", []string{"Reuters"}, nil, nil},
		{"prepared from a foreign broadcaster, the word opening the line",
			"Туреччина відкрила новий газопровід.\nПотужність труби — 10 млрд кубометрів на рік.\nПідготовлено за матеріалами BBC",
			"", []string{"BBC"}, nil, nil},
		{"за матеріалами inside a sentence is no credit line",
			"Туреччина відкрила новий газопровід.\nКомісія підготовлена за матеріалами перевірки.",
			"", nil, nil, nil},
	})
}

// TestS46SOnAir: the show a speaker told the lead on, between the verb
// and the speaker ("розповіла в ефірі телемарафону «Єдині новини»
// міністерка …"), is passed to the speaker, who is cited.
func TestS46SOnAir(t *testing.T) {
	checkFind(t, []findCase{
		{"on a telethon, by its name",
			"Уряд продовжить програму «Зимова підтримка».\nПро це розповіла в ефірі телемарафону «Єдині новини» міністерка соцполітики Оксана Жолнович.",
			"", []string{"Оксана Жолнович"}, nil, nil},
		{"on a show, by its name",
			"Рада розгляне бюджет у четвер.\nПро це заявив в ефірі програми «Свобода слова» нардеп Ярослав Железняк.",
			"", []string{"Ярослав Железняк"}, nil, nil},
	})
}

// TestS46SPhotoCredits: photo credits in forms real outlets print that
// no studied text has: the photographer in the genitive on a line of
// its own ("Фото Андрія Коваля"), the copyright sign ("Фото: © Reuters",
// "Фото ©Reuters"), and the words світлина and фотографія.
func TestS46SPhotoCredits(t *testing.T) {
	const lead = "Туреччина відкрила новий газопровід.\n"
	checkFind(t, []findCase{
		{"the photographer in the genitive", lead + "Фото Мирослава Гнатюка\nПотужність — 10 млрд кубометрів.",
			"", nil, []string{"Мирослава Гнатюка"}, nil},
		{"the copyright sign after the colon", lead + "Фото: © AFP\nПотужність — 10 млрд кубометрів.",
			"", nil, []string{"AFP"}, nil},
		{"the copyright sign alone", lead + "Фото ©Getty Images\nПотужність — 10 млрд кубометрів.",
			"", nil, []string{"Getty Images"}, nil},
		{"світлина", lead + "Світлина: Ганна Лисенко\nПотужність — 10 млрд кубометрів.",
			"", nil, []string{"Ганна Лисенко"}, nil},
		{"фотографія", lead + "Фотографія: EPA\nПотужність — 10 млрд кубометрів.",
			"", nil, []string{"EPA"}, nil},
		{"a photo of someone in a sentence is no credit", lead + "Фото Мирослава Гнатюка прикрасили виставку.",
			"", nil, nil, nil},
	})
}
