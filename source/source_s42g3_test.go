package source_test

import "testing"

// TestS42GAboutThisLongWhen: "Про це" with a longer phrase of when and
// where before the verb ("в четвер під час зустрічі з міністром
// культури Миколою Бережним у Парижі") is the lead's source line as
// "Про це в четвер заявила" is: the speaker after the verb is cited,
// not the person met.
func TestS42GAboutThisLongWhen(t *testing.T) {
	const lead = "ЮНЕСКО виділить кошти\nЮНЕСКО виділить Україні 3,5 млн доларів на захист культурної спадщини. "
	checkFind(t, []findCase{
		{"a meeting with a named minister", lead + "Про це в четвер під час зустрічі з міністром культури Миколою Бережним у Парижі заявила заступниця генерального директора організації Ернестіна Лопес.", "", []string{"Ернестіна Лопес"}, nil, nil},
		{"a briefing in a city", lead + "Про це під час брифінгу в Києві заявив міністр культури Микола Бережний.", "", []string{"Микола Бережний"}, nil, nil},
	})
}

// TestS42GCitedByRole: "з посиланням на" an official named by his role
// alone ("генерального секретаря кабінету міністрів Японії") cites the
// role, brought to the nominative.
func TestS42GCitedByRole(t *testing.T) {
	const lead = "Японія запровадила санкції\nУряд Японії запровадив санкції проти 50 компаній.\n"
	checkFind(t, []findCase{
		{"a role with its body", lead + "Про це повідомляє Укрінформ з посиланням на генерального секретаря кабінету міністрів Японії.", "Укрінформ", []string{"генеральний секретар кабінету міністрів Японії"}, nil, nil},
		{"a spokesman of a body", lead + "Про це повідомляє Укрінформ з посиланням на речника Пентагону.", "Укрінформ", []string{"речник Пентагону"}, nil, nil},
		{"a deputy minister", lead + "Про це пише Reuters, посилаючись на заступника міністра оборони.", "", []string{"Reuters", "заступник міністра оборони"}, nil, nil},
		{"a role with no body", lead + "Про це повідомляє Укрінформ з посиланням на речника.", "Укрінформ", nil, nil, nil},
	})
}

// TestS42GToldService: the journalists of an outlet's language service
// told something ("сказала журналістам Грузинської служби Радіо
// Свобода") are the outlet's own: it publishes when no other outlet
// names itself, as "журналістам Суспільного" does.
func TestS42GToldService(t *testing.T) {
	const head = "У Тбілісі затримали протестувальників\nПоліція затримала 30 учасників акції.\n"
	checkFind(t, []findCase{
		{"a language service", head + "«Ми не підемо з вулиць», – сказала журналістам Грузинської служби Радіо Свобода лідерка партії Теона Гугушвілі.", "Радіо Свобода", nil, nil, nil},
		{"another outlet names itself", head + "«Ми не підемо з вулиць», – сказала журналістам Грузинської служби Радіо Свобода лідерка партії. Про це повідомляє Укрінформ.", "Укрінформ", nil, nil, nil},
	})
}
