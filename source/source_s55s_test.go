package source_test

import "testing"

// s55sLead opens the texts of the tests below: a headline line and a
// sentence of the lead that names no source.
const s55sLead = "У районі відремонтують дорогу\n\nГромада виділила 4 млн грн на ремонт дороги до лікарні. "

// TestS55SCouncilByAdjectives: a council named by its adjectives alone
// after a cue ("повідомили в міській раді", "з посиланням на обласну
// раду", "уточнили в селищній раді") is cited in the nominative, as a
// body of another kind named so is (обласна військова адміністрація); a
// body's head in the accusative ending as an adjective does (раду,
// прокуратуру) ends the adjectives before it.
func TestS55SCouncilByAdjectives(t *testing.T) {
	checkFind(t, []findCase{
		{"Про це повідомили в міській раді",
			s55sLead + "Про це повідомили в міській раді.",
			"", []string{"міська рада"}, nil, nil},
		{"a trailing cue, the regional council",
			s55sLead + "\n\nРоботи завершать до осені, уточнили в обласній раді.",
			"", []string{"обласна рада"}, nil, nil},
		{"a trailing cue, the village council",
			s55sLead + "\n\nПроєкт уже погодили, повідомили в селищній раді.",
			"", []string{"селищна рада"}, nil, nil},
		{"з посиланням на, the council in the accusative",
			s55sLead + "Про це пише «Вісник» з посиланням на селищну раду.",
			"Вісник", []string{"селищна рада"}, nil, nil},
		{"з посиланням на, a prosecutor's office in the accusative",
			s55sLead + "Про це пише «Вісник» з посиланням на окружну прокуратуру.",
			"Вісник", []string{"окружна прокуратура"}, nil, nil},
	})
}

// TestS55SNewsWordInName: an outlet the package does not know, whose
// name says it is news (новини, вісті, вісник, Today, Info), tells the
// lead of itself in a source line ("Про це повідомляє «Сумські
// новини».") and is the publisher; a firm's name in quotation marks
// there stays cited.
func TestS55SNewsWordInName(t *testing.T) {
	checkFind(t, []findCase{
		{"новини in a quoted name",
			s55sLead + "Про це повідомляє «Сумські новини».",
			"Сумські новини", nil, nil, nil},
		{"Вісник opening a quoted name",
			s55sLead + "Про це інформує «Вісник Чернігівщини».",
			"Вісник Чернігівщини", nil, nil, nil},
		{"a Latin word of a regional site's name, the line past the lead",
			s55sLead + "Ремонт почнеться у квітні.\n\nПро це повідомляє «Ковель Today».",
			"Ковель Today", nil, nil, nil},
		{"a firm in quotation marks stays cited",
			s55sLead + "Про це повідомляє «Хмельницькобленерго».",
			"", []string{"Хмельницькобленерго"}, nil, nil},
	})
}

// TestS55SToldOutletOpensLead: "Як повідомили Укрінформу в X, …" opening
// the lead is its attribution, as "Як повідомили в X, …" is there: the
// outlet told publishes and the body that told it is cited; past the
// lead the body is only quoted.
func TestS55SToldOutletOpensLead(t *testing.T) {
	checkFind(t, []findCase{
		{"a regional administration told a known outlet",
			"Міст відкриють у грудні\n\nЯк повідомили Суспільному в Рівненській ОВА, міст через Горинь відкриють у грудні.",
			"Суспільне", []string{"Рівненській ОВА"}, nil, nil},
		{"a ministry's press service told an agency",
			"Виплати зростуть\n\nЯк повідомили Укрінформу в пресслужбі Міністерства соціальної політики, виплати зростуть з травня.",
			"Укрінформ", []string{"пресслужба Міністерства соціальної політики"}, nil, nil},
		{"past the lead the body is only quoted",
			"Виплати зростуть\n\nУряд ухвалив постанову про виплати. Виплати почнуться з травня.\n\nЯк повідомили Укрінформу в Міністерстві соціальної політики, грошей вистачить.",
			"Укрінформ", nil, nil, nil},
	})
}

// TestS55SNetworkPostAuthor: "написав у соцмережі X міністр …", the
// network named with its kind before it, cites the author after the
// verb with the network, as "написав у Facebook міністр …" does, and so
// does the author named before ("Кулеба у соцмережі X повідомив, що …").
func TestS55SNetworkPostAuthor(t *testing.T) {
	checkFind(t, []findCase{
		{"у соцмережі X and a minister",
			s55sLead + "Ремонт завершать до зими, написав у соцмережі X міністр розвитку громад Олексій Кулеба.",
			"", []string{"Олексій Кулеба (X)"}, nil, nil},
		{"в мережі Facebook and a mayor",
			s55sLead + "Про це повідомив у мережі Facebook міський голова Ігор Сапожко.",
			"", []string{"Ігор Сапожко (Facebook)"}, nil, nil},
		{"the poster before, the verb after the network",
			"Санкції погоджено\n\nОлексій Кулеба у соцмережі X повідомив, що пакет погоджено.",
			"", []string{"Олексій Кулеба (X)"}, nil, nil},
		{"the poster before the verb, the network after it",
			"Санкції погоджено\n\nОлексій Кулеба написав у соцмережі X, що пакет погоджено.",
			"", []string{"Олексій Кулеба (X)"}, nil, nil},
	})
}

// TestS55SDataInBrackets: a figure's source in brackets after it, "(дані
// X)", is the lead's attribution as "(за даними X)" is; "дані X" outside
// brackets names no source.
func TestS55SDataInBrackets(t *testing.T) {
	checkFind(t, []findCase{
		{"a statistics service in brackets",
			"Ціни зросли\n\nЦіни на хліб за рік зросли на 18% (дані Держстату). Про це пише «Економічна правда».",
			"Економічна правда", []string{"Держстат"}, nil, nil},
		{"a bank by its acronym in brackets",
			"Кредити подешевшали\n\nСередня ставка за кредитами знизилася до 19% (дані НБУ).",
			"", []string{"НБУ"}, nil, nil},
		{"data as the subject of a sentence is no source line",
			"Кредити подешевшали\n\nСередня ставка за кредитами знизилася. Дані НБУ свідчать про пожвавлення кредитування.",
			"", nil, nil, nil},
	})
}
