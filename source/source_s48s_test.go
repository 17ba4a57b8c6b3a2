package source_test

import "testing"

// TestS48SSigningUnit: a line of its own closing the text with a body's
// press centre, or a unit of it named by its remit, signs the body's
// release: the unit is cited, and no publisher is named.
func TestS48SSigningUnit(t *testing.T) {
	checkFind(t, []findCase{
		{"a press centre",
			"Новий корпус гуртожитку\n\nУніверситет відкрив новий корпус гуртожитку на 300 місць.\n\nПрес-центр Київського політехнічного інституту",
			"", []string{"Прес-центр Київського політехнічного інституту"}, nil, nil},
		{"a communication sector, a photo credit after it",
			"Пожежа на складі\n\nУ Бердичеві горів склад будматеріалів, постраждалих немає.\n\nСектор комунікації поліції Вінницької області\nФото: поліція",
			"", []string{"Сектор комунікації поліції Вінницької області"}, []string{"поліція"}, nil},
		{"a city department by its remit",
			"Ремонт мосту\n\nЗ понеділка на мосту обмежать рух транспорту.\n\nДепартамент міської інфраструктури Полтавської міської ради",
			"", []string{"Департамент міської інфраструктури Полтавської міської ради"}, nil, nil},
		{"a press service of a company in quotation marks",
			"Новий рейс\n\nКомпанія запускає рейс до Варшави.\n\nПресслужба ПАТ «Укртелеком»",
			"", []string{"Пресслужба ПАТ «Укртелеком»"}, nil, nil},
		{"a capitalised word after the unit is no remit",
			"Ремонт мосту\n\nЗ понеділка на мосту обмежать рух транспорту.\n\nУправління Петренко Олег",
			"", []string{}, nil, nil},
		{"a line that text follows signs nothing",
			"Ремонт мосту\n\nЗ понеділка на мосту обмежать рух транспорту.\n\nДепартамент міської інфраструктури Полтавської міської ради\n\nРух відновлять у грудні.",
			"", []string{}, nil, nil},
	})
}

// TestS48SAnsweredRequest: a body's reply to an outlet's request, "на
// запит «X»" with the reply told in the same clause, names the outlet
// that asked: the publisher. A request with no reply told names none.
func TestS48SAnsweredRequest(t *testing.T) {
	checkFind(t, []findCase{
		{"the reply told after the request",
			"Ремонт ліцею\n\nРемонт ліцею обійшовся у 12 млн гривень.\n\nУ міській раді на запит «Ровесника» відповіли, що роботи завершать у травні.",
			"Ровесника", []string{}, nil, nil},
		{"the reply named before the request",
			"Ремонт ліцею\n\nРемонт ліцею обійшовся у 12 млн гривень, йдеться у відповіді управління освіти на запит «Ровесника».",
			"Ровесника", []string{"відповідь управління освіти"}, nil, nil},
		{"a request with no reply names no outlet",
			"Ремонт ліцею\n\nРемонт ліцею почали на запит «Батьківського комітету» у березні.",
			"", []string{}, nil, nil},
	})
}

// TestS48SHeldByNewsroom: a document "в розпорядженні редакції X", X a
// site's address, is in the hands of the publisher.
func TestS48SHeldByNewsroom(t *testing.T) {
	checkFind(t, []findCase{
		{"a site after редакції",
			"Злиття університетів\n\nМіністерство планує об'єднати три університети.\n\nТакий план є в розпорядженні редакції POLTAVA.NET.",
			"POLTAVA.NET", []string{}, nil, nil},
	})
}

// TestS48SNoticedBy: a post or a document "на який звернула увагу
// редакція «X»" was found by the outlet that noticed it, as one "з
// яким ознайомився X": the publisher.
func TestS48SNoticedBy(t *testing.T) {
	checkFind(t, []findCase{
		{"the newsroom noticed a post",
			"Аварійний міст\n\nМіст у селі закрили для вантажівок. Про це йдеться в дописі сільського голови у Facebook, на який звернула увагу редакція «Полісся».",
			"Полісся", []string{"допис сільського голови (Facebook)"}, nil, nil},
		{"the outlet itself noticed a decision",
			"Аварійний міст\n\nМіст у селі закрили для вантажівок. Про це йдеться у рішенні виконкому, на яке звернуло увагу видання «Полісся».",
			"Полісся", []string{"рішення виконкому"}, nil, nil},
	})
}

// TestS48SSharedWith: "Про це з «X» поділився …": the outlet the news
// was shared with publishes it, and the person who shared it is cited.
func TestS48SSharedWith(t *testing.T) {
	checkFind(t, []findCase{
		{"an outlet in quotation marks",
			"Нові укриття\n\nМісто виділило 3 млн гривень на укриття у двох ліцеях.\n\nПро це з «Вечірньою Полтавою» поділився заступник міського голови Олег Савчук.",
			"Вечірньою Полтавою", []string{"Олег Савчук"}, nil, nil},
		{"a person shared with is no outlet",
			"Нові укриття\n\nМісто виділило 3 млн гривень на укриття у двох ліцеях.\n\nПро це з Іваном Коваленком поділився заступник міського голови Олег Савчук.",
			"", []string{}, nil, nil},
	})
}

// TestS48SSharedWithKnown: an outlet we know that names itself, shared
// with, is the publisher as one in quotation marks is.
func TestS48SSharedWithKnown(t *testing.T) {
	checkFind(t, []findCase{
		{"a known outlet",
			"Нові укриття\n\nМісто виділило 3 млн гривень на укриття у двох ліцеях.\n\nПро це з «Українською правдою» поділився заступник міського голови Олег Савчук.",
			"Українська правда", []string{"Олег Савчук"}, nil, nil},
	})
}

// TestS48SCitedAndPerson: "з посиланням на X і <role> <name>": the
// person named after a role, joined to the first source, is cited too.
func TestS48SCitedAndPerson(t *testing.T) {
	checkFind(t, []findCase{
		{"unnamed sources and a named adviser",
			"Знесення будинків\n\nОкупанти почали зносити будинки в Маріуполі. Про це повідомляє Радіо Свобода з посиланням на місцевих жителів і радника міського голови Олега Петрова.",
			"Радіо Свобода", []string{"місцеві жителі", "Олега Петрова"}, nil, nil},
		{"a body and a named spokesman",
			"Знесення будинків\n\nОкупанти почали зносити будинки в Маріуполі. Про це повідомляє Радіо Свобода з посиланням на Маріупольську міську раду та речника міського голови Олега Петрова.",
			"Радіо Свобода", []string{"Маріупольську міську раду", "Олега Петрова"}, nil, nil},
	})
}

// TestS48SDocumentHeads: minutes where a decision is told, and a firm's
// schedules cited, are documents as a ruling or a report is.
func TestS48SDocumentHeads(t *testing.T) {
	checkFind(t, []findCase{
		{"minutes where it is told",
			"Вибори ректора\n\nВчена рада університету перенесла вибори ректора. Про це йдеться в протоколі засідання, оприлюдненому на сайті університету.",
			"", []string{"протокол засідання"}, nil, nil},
		{"a firm's schedules cited",
			"Відключення світла\n\nУ 30 селах області вимикатимуть світло, повідомляє «Край» з посиланням на графіки компанії «Полтаваобленерго».",
			"Край", []string{"графіки компанії «Полтаваобленерго»"}, nil, nil},
	})
}

// TestS48SInformationGiven: "Інформацію надав X." names who gave the
// report's facts: cited.
func TestS48SInformationGiven(t *testing.T) {
	checkFind(t, []findCase{
		{"a city department",
			"Ремонт теплотраси\n\nНа вулиці Головній до п'ятниці ремонтуватимуть теплотрасу.\n\nІнформацію надав департамент ЖКГ Полтавської міської ради.",
			"", []string{"департамент ЖКГ Полтавської міської ради"}, nil, nil},
		{"a press service",
			"Ремонт теплотраси\n\nНа вулиці Головній до п'ятниці ремонтуватимуть теплотрасу. Інформацію надала пресслужба міськради.",
			"", []string{"пресслужба міськради"}, nil, nil},
	})
}

// TestS48SAuthorsPhoto: "Фото автора" with the author's line after it
// credits the author with the photo; with no author named it credits
// no one.
func TestS48SAuthorsPhoto(t *testing.T) {
	checkFind(t, []findCase{
		{"the author named below",
			"Новий сквер\n\nУ центрі міста відкрили сквер із фонтаном.\n\nФото автора\n\nАвтор: Марія Бондар",
			"", []string{}, []string{"Марія Бондар"}, nil},
		{"no author named",
			"Новий сквер\n\nУ центрі міста відкрили сквер із фонтаном.\n\nФото автора",
			"", []string{}, []string{}, nil},
	})
}
