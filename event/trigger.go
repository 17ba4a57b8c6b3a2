package event

// kind is what a trigger means.
type kind struct {
	typ, mode string
}

// verbs are verb lemmas that name an event by themselves.
var verbs = map[string]kind{
	// CONSULT
	"зустрітися": {"CONSULT", "meet"}, "зустрічатися": {"CONSULT", "meet"},
	"обговорити": {"CONSULT", "meet"}, "обговорювати": {"CONSULT", "meet"},
	"поспілкуватися": {"CONSULT", "meet"}, "провести": {}, // light
	"прибути": {"CONSULT", "visit"}, "прибувати": {"CONSULT", "visit"},
	"приїхати": {"CONSULT", "visit"}, "приїжджати": {"CONSULT", "visit"},
	"відвідати": {"CONSULT", "visit"}, "відвідувати": {"CONSULT", "visit"},
	"зателефонувати": {"CONSULT", "phone"},
	// SUPPORT
	"подякувати": {"SUPPORT", ""}, "дякувати": {"SUPPORT", ""},
	"привітати": {"SUPPORT", ""}, "вітати": {"SUPPORT", ""},
	"підтримати": {"SUPPORT", ""}, "підтримувати": {"SUPPORT", ""},
	"схвалити": {"SUPPORT", ""}, "похвалити": {"SUPPORT", ""},
	// AGREE
	"домовитися": {"AGREE", ""}, "домовлятися": {"AGREE", ""},
	"погодитися": {"AGREE", ""}, "погоджуватися": {"AGREE", ""},
	"підписати": {"AGREE", ""}, "підписувати": {"AGREE", ""},
	"укласти": {"AGREE", ""}, "ухвалити": {"AGREE", ""},
	// COOPERATE
	"співпрацювати": {"COOPERATE", ""}, "співпрацюватиме": {"COOPERATE", ""},
	"об'єднатися": {"COOPERATE", ""}, "обмінятися": {"COOPERATE", ""},
	// AID
	"допомогти": {"AID", ""}, "допомагати": {"AID", ""},
	"надати": {}, "надавати": {}, "виділити": {}, "передати": {}, // light
	"профінансувати": {"AID", ""},
	// ACCUSE
	"звинуватити": {"ACCUSE", ""}, "звинувачувати": {"ACCUSE", ""},
	"обвинуватити": {"ACCUSE", ""}, "обвинувачувати": {"ACCUSE", ""},
	"засудити": {"ACCUSE", ""}, "засуджувати": {"ACCUSE", ""},
	"розкритикувати": {"ACCUSE", ""}, "критикувати": {"ACCUSE", ""},
	// REJECT
	"відхилити": {"REJECT", ""}, "відхиляти": {"REJECT", ""},
	"відмовитися": {"REJECT", ""}, "відмовлятися": {"REJECT", ""},
	"відкинути": {"REJECT", ""}, "відкидати": {"REJECT", ""},
	"заперечити": {"REJECT", ""}, "заперечувати": {"REJECT", ""},
	"ветувати": {"REJECT", ""}, "відмовити": {"REJECT", ""},
	// THREATEN
	"погрожувати": {"THREATEN", ""}, "пригрозити": {"THREATEN", ""},
	"погрозити": {"THREATEN", ""},
	// SANCTION
	"запровадити": {}, "запроваджувати": {}, "ввести": {}, "вводити": {}, // light
	"заморозити": {"SANCTION", ""}, "вислати": {"SANCTION", ""},
	// ASSAULT
	"обстріляти": {"ASSAULT", ""}, "обстрілювати": {"ASSAULT", ""},
	"атакувати": {"ASSAULT", ""}, "атакуватиме": {"ASSAULT", ""},
	"бомбардувати": {"ASSAULT", ""}, "вбити": {"ASSAULT", ""},
	"убити": {"ASSAULT", ""}, "завдати": {}, // light
	"штурмувати": {"ASSAULT", ""},
	// REQUEST
	"закликати": {"REQUEST", ""}, "попросити": {"REQUEST", ""},
	"просити": {"REQUEST", ""}, "вимагати": {"REQUEST", ""},
	// PROTEST
	"протестувати": {"PROTEST", ""}, "мітингувати": {"PROTEST", ""},
	"страйкувати": {"PROTEST", ""},
	// MOBILIZE
	"мобілізувати": {"MOBILIZE", ""},
	// COERCE
	"заарештувати": {"COERCE", ""}, "затримати": {"COERCE", ""},
	"депортувати": {"COERCE", ""}, "конфіскувати": {"COERCE", ""},
	// CONCEDE
	"оголосити": {}, "затвердити": {}, // light
	"поступитися": {"CONCEDE", ""}, "помилувати": {"CONCEDE", ""},
	// RETREAT
	"відступити": {"RETREAT", ""}, "вивести": {"RETREAT", ""},
	"відвести": {"RETREAT", ""},
	// висловити takes its meaning from its object.
	"висловити": {}, "висловлювати": {},
	"взяти": {},
}

// nouns are noun lemmas that name an event: as the object of a light verb
// (висловити подяку) or standing as a subject (зустріч … відбудеться).
var nouns = map[string]kind{
	"зустріч": {"CONSULT", "meet"}, "переговори": {"CONSULT", "meet"},
	"розмова": {"CONSULT", "meet"}, "візит": {"CONSULT", "visit"},
	"саміт": {"CONSULT", "multilateral"}, "консультації": {"CONSULT", "meet"},
	"подяка": {"SUPPORT", ""}, "підтримка": {"SUPPORT", ""},
	"вітання": {"SUPPORT", ""}, "привітання": {"SUPPORT", ""},
	"співчуття": {"SUPPORT", ""}, "солідарність": {"SUPPORT", ""},
	"угода": {"AGREE", ""}, "меморандум": {"AGREE", ""},
	"договір": {"AGREE", ""}, "домовленість": {"AGREE", ""},
	"допомога": {"AID", ""}, "кредит": {"AID", ""}, "транш": {"AID", ""},
	"санкція": {"SANCTION", ""}, "санкції": {"SANCTION", ""}, "ембарго": {"SANCTION", ""},
	"обмеження": {"SANCTION", ""},
	"удар":      {"ASSAULT", ""}, "обстріл": {"ASSAULT", ""}, "атака": {"ASSAULT", ""},
	"протест": {"PROTEST", ""}, "мітинг": {"PROTEST", ""},
	"звинувачення": {"ACCUSE", ""}, "погроза": {"THREATEN", ""},
	"ультиматум": {"THREATEN", ""}, "участь": {"COOPERATE", ""},
}

// lightVerbs lists, for a light verb, the event nouns it may govern.
var lightVerbs = map[string][]string{
	"провести":       {"зустріч", "переговори", "розмова", "консультації", "саміт"},
	"висловити":      {"подяка", "підтримка", "співчуття", "солідарність"},
	"висловлювати":   {"подяка", "підтримка", "співчуття", "солідарність"},
	"передати":       {"вітання", "привітання", "допомога"},
	"надати":         {"допомога", "кредит", "транш", "підтримка"},
	"надавати":       {"допомога", "кредит", "транш", "підтримка"},
	"виділити":       {"допомога", "кредит", "транш"},
	"запровадити":    {"санкція", "санкції", "ембарго", "обмеження"},
	"запроваджувати": {"санкція", "санкції", "ембарго", "обмеження"},
	"ввести":         {"санкція", "санкції", "ембарго", "обмеження"},
	"вводити":        {"санкція", "санкції", "ембарго", "обмеження"},
	"завдати":        {"удар"},
	"підписати":      {"угода", "меморандум", "договір"},
	"укласти":        {"угода", "меморандум", "договір"},
	"прибути":        {"візит"},
	"прибувати":      {"візит"},
	"взяти":          {"участь"},
	"висунути":       {"звинувачення", "ультиматум"},
	"ухвалити":       {"санкція", "санкції", "допомога", "кредит", "транш"},
	"схвалити":       {"санкція", "санкції", "допомога", "кредит", "транш"},
	"оголосити":      {"санкція", "санкції"},
	"затвердити":     {"санкція", "санкції", "допомога", "кредит", "транш"},
}

// multilateralWords make a meeting multilateral.
var multilateralWords = map[string]bool{
	"формат": true, "саміт": true, "багатосторонній": true, "засідання": true,
	"конференція": true, "форум": true, "самміт": true,
}

// phoneWords make a conversation a phone call (PLOVER CONSULT mode phone).
var phoneWords = map[string]bool{
	"телефонний": true, "телефон": true, "телефоном": true, "відеозв'язок": true,
	"відеоконференція": true, "онлайн": true,
}

// mediationWords make a meeting mediated (PLOVER CONSULT mode third-party).
var mediationWords = map[string]bool{
	"посередництво": true, "посередник": true, "посередниця": true, "посередницький": true,
}

// futureWords make an event planned rather than done.
var futureWords = map[string]bool{
	"планувати": true, "запланувати": true, "плануватися": true, "запланований": true,
	"збиратися": true, "намірятися": true, "наступний": true, "майбутній": true,
	"очікуватися": true, "готуватися": true, "заплановано": true,
}

// hypotheticalWords make an event a condition or a wish.
var hypotheticalWords = map[string]bool{
	"якщо": true, "би": true, "б": true, "якби": true, "можливо": true, "міг": true,
}
