package source_test

import "testing"

// TestFindRecalledOutlet: an outlet whose earlier report the text recalls
// by a past verb is the publisher when no other is named, and nothing
// else when another is; a foreign outlet so recalled stays cited.
func TestFindRecalledOutlet(t *testing.T) {
	checkFind(t, []findCase{
		{"a site written of", "Уряд ухвалив рішення.\n\nЯк писав LB.ua, минулого тижня міністр провів зустріч.", "LB.ua", nil, nil, nil},
		{"an outlet in quotation marks, plural", "Уряд ухвалив рішення.\n\nЯк повідомляли \"Волинські новини\", у липні Кабмін виділив кошти.", "Волинські новини", nil, nil, nil},
		{"an unknown outlet recalled by the cue of its own", "Уряд ухвалив рішення.\n\nЯк повідомляв «Волинь Post», у липні Кабмін виділив кошти.", "Волинь Post", nil, nil, nil},
		{"a known outlet written of", "Уряд ухвалив рішення.\n\nЯк писала «Європейська правда», у липні Кабмін виділив кошти.", "Європейська правда", nil, nil, nil},
		{"another publisher named", "Уряд ухвалив рішення, передає Укрінформ.\n\nЯк писала «Європейська правда», у липні Кабмін виділив кошти.", "Укрінформ", nil, nil, nil},
		{"a body is no outlet", "Уряд ухвалив рішення.\n\nЯк повідомляли Повітряні сили, у липні росіяни запустили 45 дронів.", "", nil, nil, nil},
		{"a body after a preposition", "Уряд ухвалив рішення.\n\nЯк повідомляли в Міноборони, у липні Кабмін виділив кошти.", "", nil, nil, nil},
		// (cited since session 50: sources3's convention, a past "Як
		// писала Politico" of an outlet not the publisher is cited as
		// the present "Як пише X" is)
		{"a foreign outlet stays cited", "Уряд ухвалив рішення.\n\nЯк писала Financial Times, угода близька.", "", []string{"Financial Times"}, nil, nil},
	})
}

// TestFindAboutThisWrites: "Про це пише «X» з посиланням на …", the cue
// read whole from "про", makes an outlet we do not know the publisher as
// "Про це повідомляє «X» з посиланням на …" does.
func TestFindAboutThisWrites(t *testing.T) {
	checkFind(t, []findCase{
		{"with its kind and an adjective", "Шахтарі страйкують.\n\nПро це пише волинське видання «Конкурент» з посиланням на пресслужбу шахти.", "Конкурент", []string{"пресслужба шахти"}, nil, nil},
		{"written", "Шахтарі страйкують.\n\nПро це написало видання «Курс» з посиланням на Державний реєстр судових рішень.", "Курс", []string{"Державний реєстр судових рішень"}, nil, nil},
		{"a site", "Шахтарі страйкують.\n\nПро це пише 0462.ua.", "0462.ua", nil, nil, nil},
		{"no one cited", "Шахтарі страйкують.\n\nПро це пише «Конкурент».", "Конкурент", nil, nil, nil}, // the lead's writer (TestFindWritesOwnLead)
	})
}

// TestFindFirmKind: a firm named after the word for its kind (компанія,
// концерн, холдинг) is cited by its name.
func TestFindFirmKind(t *testing.T) {
	checkFind(t, []findCase{
		{"a company's acronym", "Уряд ухвалив рішення.\n\nРакети атакували ТЕС, повідомили в компанії ДТЕК.", "", []string{"ДТЕК"}, nil, nil},
		{"a quoted name", "Уряд ухвалив рішення.\n\nСтанцію знеструмлено, повідомили в концерні «Укроборонпром».", "", []string{"Укроборонпром"}, nil, nil},
		{"a Latin name", "Уряд ухвалив рішення.\n\nЗавод зупинено, повідомили в холдингу Metinvest.", "", []string{"Metinvest"}, nil, nil},
		{"the kind alone", "Уряд ухвалив рішення.\n\nЗавод зупинено, повідомили в компанії.", "", nil, nil, nil},
	})
}
