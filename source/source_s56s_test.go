package source_test

import "testing"

// s56sLead opens the texts of the tests below: a headline line and a
// sentence of the lead that names no source.
const s56sLead = "У селищі відкрили амбулаторію\n\nУ селищі після ремонту відкрили амбулаторію сімейної медицини. "

// TestS56SQuotedEdition: a regional or topical edition of an outlet that
// names itself, written in quotation marks ("«Суспільне Житомир»"), is
// that outlet's edition as it is unquoted: the publisher of a "Про це
// повідомляє" line, the one told in a "Про це журналістам «…» розповів"
// line (whose teller is cited, as after the outlet unquoted), and the
// outlet credited by a reprint line ("За матеріалами «…»").
func TestS56SQuotedEdition(t *testing.T) {
	checkFind(t, []findCase{
		{"Про це повідомляє «Суспільне X»",
			s56sLead + "Про це повідомляє «Суспільне Житомир».",
			"Суспільне Житомир", nil, nil, nil},
		{"Про це пише «Суспільне X» з посиланням на a body",
			s56sLead + "Про це пише «Суспільне Луцьк» з посиланням на селищну раду.",
			"Суспільне Луцьк", []string{"селищна рада"}, nil, nil},
		{"Про це журналістам «Суспільне X» розповів a person",
			s56sLead + "Про це журналістам «Суспільне Ужгород» розповіла головна лікарка Марія Гоцко.",
			"Суспільне Ужгород", []string{"Марія Гоцко"}, nil, nil},
		{"Про це журналістам «Суспільного» розповів a person",
			s56sLead + "Про це журналістам «Суспільного» розповів сільський голова Петро Дячук.",
			"Суспільне", []string{"Петро Дячук"}, nil, nil},
		{"Про це «Суспільному X» розповів, the edition in the dative",
			s56sLead + "Про це «Суспільному Вінниця» розповів заступник голови громади Олег Бойко.",
			"Суспільне Вінниця", []string{"Олег Бойко"}, nil, nil},
		{"За матеріалами «Суспільне X» closing the text",
			s56sLead + "\n\nЗа матеріалами «Суспільне Суми»",
			"Суспільне Суми", nil, nil, nil},
		{"Підготовлено за матеріалами Суспільне X, unquoted",
			s56sLead + "\n\nПідготовлено за матеріалами Суспільне Херсон",
			"Суспільне Херсон", nil, nil, nil},
	})
}

// TestS56SRegionalBrand: a regional news site the package does not know,
// spelt as such sites name themselves — a place with "24" glued to it
// (Тернопіль24) or a clipped place glued to a word for news (ХерсонВісті,
// ПолтаваМедіа) — tells the lead of itself in a source line and is the
// publisher; a firm glued so (a bank, a shop with 24) stays cited.
func TestS56SRegionalBrand(t *testing.T) {
	checkFind(t, []findCase{
		{"Про це повідомляє «Place24»",
			s56sLead + "Про це повідомляє «Тернопіль24».",
			"Тернопіль24", nil, nil, nil},
		{"Про це пише Place24 unquoted, with a cited body",
			s56sLead + "Про це пише Ужгород24 з посиланням на міську раду.",
			"Ужгород24", []string{"міська рада"}, nil, nil},
		{"…, повідомляє «PlaceВісті» closing the lead",
			"У Херсоні відкрили пункт незламності\n\nУ Херсоні відкрили ще один пункт незламності, повідомляє «ХерсонВісті».",
			"ХерсонВісті", nil, nil, nil},
		{"Про це повідомляє «PlaceМедіа»",
			s56sLead + "Про це повідомляє «ПолтаваМедіа».",
			"ПолтаваМедіа", nil, nil, nil},
		{"a bank glued as a brand stays cited",
			s56sLead + "Про це повідомляє «ОщадБанк».",
			"", []string{"ОщадБанк"}, nil, nil},
	})
}

// TestS56SForeignSpelt: the foreign papers and agencies the desks retell
// are cited under their own names when the text spells them in
// Ukrainian ("пише «Нью-Йорк таймс»", "повідомляє Бльомберг",
// "агентство Асошіейтед Прес"), not read as a Ukrainian outlet of
// itself; and a Latin edition word after a foreign outlet ("Politico
// Europe", "CNN International") is part of its name.
func TestS56SForeignSpelt(t *testing.T) {
	checkFind(t, []findCase{
		{"…, пише «Нью-Йорк таймс» closing the lead",
			"США передадуть Україні радари\n\nСША передадуть Україні ще чотири радари, пише «Нью-Йорк таймс».",
			"", []string{"The New York Times"}, nil, nil},
		{"пише газета Вашингтон пост",
			s56sLead + "Про це пише газета Вашингтон пост.",
			"", []string{"The Washington Post"}, nil, nil},
		{"повідомляє Бльомберг, передає a Ukrainian outlet",
			s56sLead + "Про це повідомляє Бльомберг, передає УНІАН.",
			"УНІАН", []string{"Bloomberg"}, nil, nil},
		{"за даними агентства Асошіейтед Прес",
			"Ізраїль відкрив пункт пропуску\n\nЗа даними агентства Асошіейтед Прес, Ізраїль відкрив пункт пропуску до Гази.",
			"", []string{"Associated Press"}, nil, nil},
		{"як пише Файненшл таймс",
			"ЄС готує мита\n\nЯк пише Файненшл таймс, ЄС готує мита на китайську сталь.",
			"", []string{"Financial Times"}, nil, nil},
		{"Про це пише Politico Europe",
			s56sLead + "Про це пише Politico Europe.",
			"", []string{"Politico Europe"}, nil, nil},
		{"повідомляє CNN International з посиланням на джерела",
			s56sLead + "Про це повідомляє CNN International з посиланням на джерела.",
			"", []string{"CNN International", "джерела"}, nil, nil},
	})
}

// TestS56SOnAirAfterVerb: "Про це розповів в ефірі «X» Y", the channel
// named between the verb and the speaker (by its name alone or after
// its kind, телеканалу «X»), cites the speaker, as the channel named
// before the verb does ("Про це в ефірі «X» розповів Y").
func TestS56SOnAirAfterVerb(t *testing.T) {
	checkFind(t, []findCase{
		{"розповів в ефірі «X» a person",
			s56sLead + "Про це розповіла в ефірі «Рівне1» заступниця міського голови Оксана Мельник.",
			"", []string{"Оксана Мельник"}, nil, nil},
		{"заявив в ефірі телеканалу «X» a person, передає an outlet",
			s56sLead + "Про це заявив в ефірі телеканалу «Дніпро» директор департаменту Ігор Сидоренко, передає Суспільне Дніпро.",
			"Суспільне Дніпро", []string{"Ігор Сидоренко"}, nil, nil},
	})
}

// TestS56SOwnChannelBodyAfter: "Про це повідомила у своєму
// Telegram-каналі X", the verb before the platform and a body after it,
// cites the body with the platform, as a person named there is cited.
func TestS56SOwnChannelBodyAfter(t *testing.T) {
	checkFind(t, []findCase{
		{"у своєму Telegram-каналі a regional administration",
			s56sLead + "Про це повідомила у своєму Telegram-каналі Полтавська обласна військова адміністрація.",
			"", []string{"Полтавська обласна військова адміністрація (Telegram)"}, nil, nil},
		{"на своїй сторінці у Facebook a council",
			s56sLead + "Про це повідомила на своїй сторінці у Facebook Ірпінська міська рада.",
			"", []string{"Ірпінська міська рада (Facebook)"}, nil, nil},
	})
}

// TestS56SSeeAlsoLine: a line that links another article ("Читайте
// також: …", "Також читайте: …", "Дивіться також: …") names no source of
// this text, whatever cue its headline has; "читайте на сайті X" inside
// a sentence still sends the reader to the outlet's site.
func TestS56SSeeAlsoLine(t *testing.T) {
	checkFind(t, []findCase{
		{"Читайте також with a trailing cue",
			s56sLead + "Про це повідомляє Укрінформ.\n\nЧитайте також: У Фастові відкрили ліцей, повідомили в міськраді",
			"Укрінформ", nil, nil, nil},
		{"Також читайте with a headline's dash and ЗМІ",
			s56sLead + "\n\nТакож читайте: Німеччина передасть ще два Patriot — ЗМІ",
			"", nil, nil, nil},
		{"Дивіться також with a closing outlet",
			s56sLead + "Про це повідомили в ОВА.\n\nДивіться також: Як у Броварах облаштували укриття, пише «Вечірній Київ»",
			"", []string{"ОВА"}, nil, nil},
		{"читайте на сайті X inside a sentence stays",
			s56sLead + "Детальніше про це читайте на сайті РБК-Україна.",
			"РБК-Україна", nil, nil, nil},
	})
}
