package source_test

import "testing"

// busLead opens the texts of the tests below: a headline line and a
// sentence of the lead that names no source.
const busLead = "Громада купила нові автобуси\n\nМіськрада виділила 14 млн грн на три автобуси для сільських маршрутів. "

// TestS53SBodyKind: a body named by the word for what it is before its
// name in quotation marks — громадська організація, благодійний фонд,
// комунальне підприємство, громадська спілка, or their abbreviations ГО,
// БФ, ОСББ — is cited by the name, in any case, after any cue, as a
// company is after "компанія"; ІА, the abbreviation of "інформаційне
// агентство", names a news agency as the words do.
func TestS53SBodyKind(t *testing.T) {
	checkFind(t, []findCase{
		{"a public organisation after Про це повідомляє",
			busLead + "Про це повідомляє громадська організація «Прозорий бюджет».",
			"", []string{"Прозорий бюджет"}, nil, nil},
		{"its abbreviation",
			busLead + "Про це повідомляє ГО «Прозорий бюджет».",
			"", []string{"Прозорий бюджет"}, nil, nil},
		{"a charity in the locative closing a statement",
			busLead + "Перші рейси почнуться у квітні, повідомили в благодійному фонді «Рідне село».",
			"", []string{"Рідне село"}, nil, nil},
		{"a charity by its abbreviation",
			busLead + "Про це повідомив БФ «Рідне село».",
			"", []string{"Рідне село"}, nil, nil},
		{"a municipal enterprise",
			busLead + "Автобуси обслуговуватиме перевізник громади, розповіли в комунальному підприємстві «Тернопільелектротранс».",
			"", []string{"Тернопільелектротранс"}, nil, nil},
		{"a union after a cited outlet",
			busLead + "Про це повідомляє Укрінформ з посиланням на громадську спілку «Асоціація перевізників».",
			"Укрінформ", []string{"Асоціація перевізників"}, nil, nil},
		{"a news agency by its abbreviation writes its own lead",
			busLead + "Про це пише ІА «Подільські вісті».",
			"Подільські вісті", nil, nil, nil},
		{"the kind with no name cites nobody",
			busLead + "Про це повідомляє громадська організація.",
			"", nil, nil, nil},
		{"a company's kind before the verb is no cue",
			busLead + "Благодійний фонд «Рідне село» повідомив, що доплатить за четвертий автобус.",
			"", nil, nil, nil},
	})
}

// TestS53SPaperTold: a source line that tells the lead is in a paper —
// a procurement's justification, a letter, a study, a conclusion — cites
// the paper with whose it is, as "Про це йдеться у рішенні суду" does,
// after йдеться or повідомляється; the paper after a quote closing a
// statement is a body cite, and the paper alone names nobody.
func TestS53SPaperTold(t *testing.T) {
	checkFind(t, []findCase{
		{"a justification after повідомляється",
			busLead + "Про це повідомляється в обґрунтуванні закупівлі.",
			"", []string{"обґрунтування закупівлі"}, nil, nil},
		{"a letter of a ministry",
			busLead + "Про це йдеться у листі Міністерства інфраструктури, оприлюдненому на сайті міськради.",
			"", []string{"лист Міністерства інфраструктури"}, nil, nil},
		{"a study of a centre",
			busLead + "Про це йдеться в дослідженні Центру транспортних стратегій.",
			"", []string{"дослідження Центру транспортних стратегій"}, nil, nil},
		{"a conclusion of an audit body",
			busLead + "Про це йдеться у висновку Держаудитслужби.",
			"", []string{"висновок Держаудитслужби"}, nil, nil},
		{"a letter cited by an outlet",
			busLead + "Про це повідомляє Укрінформ з посиланням на лист Міністерства інфраструктури.",
			"Укрінформ", []string{"лист Міністерства інфраструктури"}, nil, nil},
		{"after a quote it is a body cite",
			busLead + "«Закупівля потрібна для підвезення учнів», – йдеться в обґрунтуванні закупівлі.",
			"", nil, nil, nil},
		{"a letter with no one's name",
			busLead + "Про це йдеться у листі.",
			"", nil, nil, nil},
		{"in conclusion is no paper",
			busLead + "У висновку комісія зазначила, що ціна не завищена.",
			"", nil, nil, nil},
	})
}

// TestS53SKindNamedBefore: a cue closing a statement that names the
// body by its kind alone, in lower case ("…, повідомили в компанії.",
// "…, уточнили в палаті.", "«…», — наголосили в міністерстві."), cites
// the body of that kind named last before it: a firm by its name in
// quotation marks, another body by a name with the kind's word in it.
// With no such body before, the kind names nobody new. Assuring and
// informing close a statement as clarifying does.
func TestS53SKindNamedBefore(t *testing.T) {
	checkFind(t, []findCase{
		{"a firm named in quotation marks in the sentence",
			busLead + "До осені перевізник «Галтранс» отримає ще два автобуси, повідомили в компанії.",
			"", []string{"Галтранс"}, nil, nil},
		{"a firm by its legal form two sentences before",
			busLead + "Обслуговувати маршрути буде ТОВ «Галтранс».\nВодіїв уже найняли. Перші рейси почнуться у квітні, повідомили в компанії.",
			"", []string{"Галтранс"}, nil, nil},
		{"a chamber named before",
			busLead + "Закупівлю перевірила Рахункова палата.\nЗасідання відбулося у вівторок, уточнили в палаті.",
			"", []string{"Рахункова палата"}, nil, nil},
		{"a ministry after a quote",
			busLead + "У Міністерстві інфраструктури заявили, що дадуть ще 20 автобусів.\n«Громади отримають їх до зими», — наголосили в міністерстві.",
			"", []string{"Міністерство інфраструктури"}, nil, nil},
		{"the chamber's press service cited before is one source",
			busLead + "Про це повідомила пресслужба палати.\nЗасідання відбулося у вівторок, уточнили в палаті.",
			"", []string{"пресслужба палати"}, nil, nil},
		{"a ministry cited before by an opening cite",
			busLead + "Як повідомили в Міністерстві інфраструктури, громади отримають ще 20 автобусів.\nПерші прийдуть до зими, наголосили в міністерстві.",
			"", []string{"Міністерство інфраструктури"}, nil, nil},
		{"no firm named before",
			busLead + "Перші рейси почнуться у квітні, повідомили в компанії.",
			"", nil, nil, nil},
		{"an opening cite of the body stays a quote",
			busLead + "Обслуговувати маршрути буде ТОВ «Галтранс».\n\nЯк повідомили в компанії, водіїв уже найняли.",
			"", nil, nil, nil},
		{"assured in a body",
			busLead + "Ціни на квитки не зростуть, запевнили в міськраді.",
			"", []string{"міськрада"}, nil, nil},
	})
}

// TestS53SWriterAt: a source line naming the journalist who wrote the
// lead's report and where, "Про це пише X на «Y»" (an online outlet,
// by its quoted name after на, as after "на сайті") or "у виданні «Y»",
// "у газеті «Y»" (by its kind), cites the writer with the outlet, as
// "Про це пише X у «Y»" does.
func TestS53SWriterAt(t *testing.T) {
	checkFind(t, []findCase{
		{"on an online outlet by its quoted name",
			busLead + "Про це пише Марина Гнатюк на «Гал-інфо».",
			"", []string{"Марина Гнатюк (Гал-інфо)"}, nil, nil},
		{"on an outlet citing a register",
			busLead + "Про це написала Марина Гнатюк на «Бюро» з посиланням на дані Prozorro.",
			"", []string{"Марина Гнатюк (Бюро)", "Prozorro"}, nil, nil},
		{"in an outlet by its kind",
			busLead + "Про це пише Марина Гнатюк у газеті «Тернопільська правда».",
			"", []string{"Марина Гнатюк (Тернопільська правда)"}, nil, nil},
		{"in her column is no outlet",
			busLead + "Про це пише Марина Гнатюк у своїй колонці.",
			"", nil, nil, nil},
	})
}
