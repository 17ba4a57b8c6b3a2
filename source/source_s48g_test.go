package source_test

import "testing"

// TestS48GServices: the BBC and DW write their news in Ukrainian too,
// under the mother brand. Named as the one told something, or recalling
// an earlier report, such an outlet is the text's own: the publisher
// when no other outlet names itself; a foreign outlet with no Ukrainian
// service stays cited.
func TestS48GServices(t *testing.T) {
	checkFind(t, []findCase{
		{"a Cyrillic brand told after a direct quote",
			"Ціни на хліб\n\nХліб подорожчав на десять відсотків.\n\n«Борошно дорожчає щомісяця», — сказав Бі-Бі-Сі пекар Андрій Мельник.",
			"BBC", []string{}, nil, nil},
		{"its own earlier report, recalled",
			"Протести у Белграді\n\nУ Белграді тривають протести студентів.\n\nЯк писала DW, уряд Сербії відкидає їхні вимоги.",
			"Deutsche Welle", []string{}, nil, nil},
		{"a foreign outlet with no service stays cited",
			"Протести у Белграді\n\nУ Белграді тривають протести студентів.\n\nЯк повідомляла Financial Times, уряд Сербії відкидає їхні вимоги.",
			"", []string{"Financial Times"}, nil, nil},
		{"recalled in another outlet's text it names no publisher",
			"Протести у Белграді\n\nУ Белграді тривають протести студентів, передає Укрінформ.\n\nЯк повідомляла DW, уряд Сербії відкидає їхні вимоги.",
			"Укрінформ", []string{"Deutsche Welle"}, nil, nil},
	})
}

// TestS48GJoinedBodies: a plural verb of telling with two names joined
// by та, і or й, the second closing the attribution, cites both.
func TestS48GJoinedBodies(t *testing.T) {
	checkFind(t, []findCase{
		{"two bodies after Про це",
			"Удар по Ізмаїлу\n\nУночі дрони атакували порт в Ізмаїлі. Про це повідомили Сили оборони півдня та Одеська ОВА.",
			"", []string{"Сили оборони півдня", "Одеська ОВА"}, nil, nil},
		{"two acronyms closing a statement",
			"Обмін полоненими\n\nДо України повернулися 84 військові, повідомили Міноборони і ГУР.",
			"", []string{"Міноборони", "ГУР"}, nil, nil},
		{"two bodies, then where they told it",
			"Обмін полоненими\n\nДо України повернулися 84 військові. Про це повідомили Міноборони і ГУР під час брифінгу.",
			"", []string{"Міноборони", "ГУР"}, nil, nil},
		{"a join that does not close the clause cites nothing",
			"Обмін полоненими\n\nДо України повернулися 84 військові, повідомили Міноборони і ГУР спільно з партнерами.",
			"", []string{}, nil, nil},
	})
}
