package source_test

import "testing"

// TestFindWritesOwnLead: a regional outlet we do not know that closes a
// sentence of the lead's paragraph with "пише «X»" or opens the source
// line with "Про це пишуть X з посиланням на …" writes of its own report:
// it is the publisher when no other outlet names itself, as the guide's
// "an outlet that cites is the publisher" has it. Past the lead's
// paragraph, with another outlet naming itself, or a name with no
// quotation marks and no one cited, it stays cited.
func TestFindWritesOwnLead(t *testing.T) {
	const head = "Музей отримав археологічні знахідки\n"
	checkFind(t, []findCase{
		{"a quoted outlet closing a lead sentence", head + "Музей у Луцьку отримав 27 знахідок. Передача відбулася у середу, пише «Конкурент».\nСеред них — люльки.", "Конкурент", nil, nil, nil},
		{"the plural after Про це, citing", head + "У Снігурівці відкрили міст. Про це пишуть НикВести з посиланням на пресслужбу ОВА.", "НикВести", []string{"пресслужба ОВА"}, nil, nil},
		{"the plural, quoted, closing", head + "У Снігурівці відкрили міст, пишуть «Миколаївські вісті».", "Миколаївські вісті", nil, nil, nil},
		{"past the lead's paragraph", head + "Музей у Луцьку отримав 27 знахідок.\nПередача відбулася у середу, пише «Конкурент».", "", []string{"Конкурент"}, nil, nil},
		{"another outlet names itself", head + "Музей отримав знахідки, пише «Конкурент». Про це повідомляє Укрінформ.", "Укрінформ", []string{"Конкурент"}, nil, nil},
		{"a foreign paper with its kind, credited to another", "Берлін передасть Patriot\nУряд Німеччини передасть дві системи. Про це пише британська газета Financial Times з посиланням на трьох урядовців.\nДжерело: Європейська правда", "Європейська правда", []string{"Financial Times", "три урядовці"}, nil, nil},
		{"unquoted, no one cited", head + "У Снігурівці відкрили міст. Про це пишуть Петренки.", "", []string{"Петренки"}, nil, nil},
	})
}

// TestFindOwnChannelPoster: a person who posted "у своєму телеграм-каналі"
// (the possessive in -єму before the platform) is the cited source, the
// platform only where it was written, as "у Telegram" already gave:
// after the verb ("Про це повідомив міський голова Віталій Малецький у
// своєму телеграм-каналі") and before it ("Про це Зеленський повідомив у
// своєму Telegram-каналі, пише «Українська правда»", an outlet in
// quotation marks retelling the line).
func TestFindOwnChannelPoster(t *testing.T) {
	const lead = "Тепло подають\nУ Кременчуці почали подавати тепло. "
	checkFind(t, []findCase{
		{"after the verb, its role before", lead + "Про це повідомив міський голова Віталій Малецький у своєму телеграм-каналі.", "", []string{"Віталій Малецький (Telegram)"}, nil, nil},
		{"after the verb, no role", lead + "Про це повідомив Віталій Малецький у своєму телеграм-каналі.", "", []string{"Віталій Малецький (Telegram)"}, nil, nil},
		{"a channel with no platform", lead + "Про це повідомив міський голова Віталій Малецький у своєму каналі.", "", []string{"Віталій Малецький"}, nil, nil},
		{"before the verb, a quoted outlet retelling", "Зеленський зустрівся з Рютте\nПрезидент Володимир Зеленський провів зустріч з Марком Рютте.\nПро це Зеленський повідомив у своєму Telegram-каналі, пише «Українська правда».", "Українська правда", []string{"Володимир Зеленський (Telegram)"}, nil, nil},
		{"a platform alone", lead + "Мер написав про це у своєму телеграм-каналі.", "", []string{"Telegram"}, nil, nil},
	})
}

// TestFindConjoinedAcronym: "ТЦК та СП" is one body's name (територіальний
// центр комплектування та соціальної підтримки), not two bodies joined
// by "та" as "в СБУ та МВС" are.
func TestFindConjoinedAcronym(t *testing.T) {
	const lead = "Сутичка в Мукачеві\nУ Мукачеві люди заблокували автомобіль. "
	checkFind(t, []findCase{
		{"a district's centre", lead + "Про це повідомили в Мукачівському районному ТЦК та СП.", "", []string{"Мукачівському районному ТЦК та СП"}, nil, nil},
		{"two bodies", lead + "Про це повідомили в СБУ та МВС.", "", []string{"СБУ", "МВС"}, nil, nil},
	})
}
