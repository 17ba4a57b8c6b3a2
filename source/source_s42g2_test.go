package source_test

import "testing"

// TestS42GOwnPagePoster: an official who posted on his own page or
// channel is the cited source, the platform only where he posted: named
// before the platform in the lead ("Луцький міський голова Ігор Поліщук
// у фейсбуці повідомив, що …", "… написав на своїй сторінці у фейсбуці,
// що …"), or by a pronoun after "Про це" for the one a sentence before
// names after its words of when ("У четвер, 16 жовтня, начальник ОВА
// Володимир Когут провів … Про це він повідомив у своєму
// телеграм-каналі").
func TestS42GOwnPagePoster(t *testing.T) {
	const head = "Луцьк отримав гуманітарну колону\n"
	checkFind(t, []findCase{
		{"a role and name before the platform", head + "Луцький міський голова Ігор Поліщук у фейсбуці повідомив, що до Луцька прибула колона з Любліна.", "", []string{"Ігор Поліщук (Facebook)"}, nil, nil},
		{"on his own page", head + "Луцький міський голова Ігор Поліщук написав на своїй сторінці у фейсбуці, що до Луцька прибула колона.", "", []string{"Ігор Поліщук (Facebook)"}, nil, nil},
		{"a pronoun after a dated opener", head + "У четвер, 16 жовтня, начальник Полтавської обласної військової адміністрації Володимир Когут провів перевірку укриттів. Про це він повідомив у своєму телеграм-каналі.", "", []string{"Володимир Когут (Telegram)"}, nil, nil},
		{"a pronoun after a weekday", head + "У четвер начальник Полтавської ОВА Володимир Когут провів перевірку укриттів. Про це він повідомив у своєму телеграм-каналі.", "", []string{"Володимир Когут (Telegram)"}, nil, nil},
		{"the pronoun of another gender", head + "У четвер начальник Полтавської ОВА Володимир Когут провів перевірку укриттів. Про це вона повідомила у своєму телеграм-каналі.", "", []string{"Telegram"}, nil, nil},
	})
}

// TestS42GOpenerClosedByVerb: the person "Про це він" stands for opens
// the sentence before with a role and a name closed by its past verb;
// the role's own capitalised words ("Уповноважений Верховної Ради з
// прав людини") are no name, and a name closed by no verb ("Міністр …
// Остап Гнатюк переконаний") is not read so.
func TestS42GOpenerClosedByVerb(t *testing.T) {
	const head = "Омбудсман звернувся до ДБР\n"
	checkFind(t, []findCase{
		{"a role with a body in it", head + "Уповноважений Верховної Ради з прав людини Назар Гайдук звернувся до ДБР з вимогою перевірити дії поліцейських. Про це він повідомив у фейсбуці.", "", []string{"Назар Гайдук (Facebook)"}, nil, nil},
		{"разом із before the verb", "Перевірили укриття\nУ четвер, 16 жовтня, начальник Полтавської ОВА Володимир Когут разом із представниками ДСНС провів перевірку укриттів. Про це він повідомив у своєму телеграм-каналі.", "", []string{"Володимир Когут (Telegram)"}, nil, nil},
		{"no verb after the name", head + "Міністр енергетики України Остап Гнатюк переконаний, що енергосистема витримає зиму. Про це він повідомив у фейсбуці.", "", []string{"Facebook"}, nil, nil},
	})
}
