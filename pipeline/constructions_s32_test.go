package pipeline_test

import (
	"testing"
	"time"
)

// TestS32LowHighQuote checks that „…" — a low opening mark closed by a
// straight one, as keyboards without the high closing mark type it — is
// one direct quote, and that the quotes after it still pair.
func TestS32LowHighQuote(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"„…\" then «…»",
			"Дональд Туск провів переговори з Фрідріхом Мерцом.\n\n" +
				"„Ми домовилися посилити оборону\", – сказав Туск.\n\n" +
				"«Підтримка України триватиме», – сказав Мерц.",
			[]string{"Дональд Туск/сказати/direct: Ми домовилися посилити оборону",
				"Фрідріх Мерц/сказати/direct: Підтримка України триватиме"}},
		{"a name in straight marks inside „…\"",
			"„Компанія \"Нафтогаз\" виконала план\", – заявив Олексій Чернишов.",
			[]string{"Олексій Чернишов/заявити/direct: Компанія \"Нафтогаз\" виконала план"}},
	}, time.Time{})
}

// TestS32ButAfterThat checks that a verb after a що-clause and a
// contrast (", але", ", проте") shares the subject of the verb before the
// clause, not a name inside it.
func TestS32ButAfterThat(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"але after a що-clause with no verb of its own",
			"Речник Кремля Дмитро Пєсков заявив, що Москва \"відкрита до діалогу\", але звинуватив Київ у затягуванні процесу.",
			[]string{"ACCUSE Дмитро Пєсков → Київ"}},
		{"проте after a що-clause",
			"Міністерка Ольга Стефанішина заявила, що Рада ухвалила закон, проте закликала партнерів посилити санкції проти Росії.",
			[]string{"REQUEST Ольга Стефанішина → партнери"}},
	}, time.Time{})
}

// TestS32CountryAdjectiveInTail checks that a head of government named
// by a country's adjective in the genitive after the head noun ("глава
// канадського уряду") is the person who holds that title for the country.
func TestS32CountryAdjectiveInTail(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"глава канадського уряду",
			"Прем'єр-міністр Канади Марк Карні прибув до Києва.\n\nГлава канадського уряду зустрівся з Президентом України Володимиром Зеленським.",
			[]string{"CONSULT/visit Марк Карні → Київ @Київ", "CONSULT/meet Марк Карні → Володимир Зеленський @Київ"}},
	}, time.Time{})
}

// TestS32PrisonerExchange checks that an exchange of prisoners is a
// release (RETREAT) by the sides, as the golds mark it, and an exchange
// of experience stays no release.
func TestS32PrisonerExchange(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"провели обмін полоненими",
			"Україна в п'ятницю провела черговий обмін полоненими з Росією.",
			[]string{"RETREAT/release Україна → Росія"}},
		{"обмінялися полоненими",
			"Україна та Росія обмінялися полоненими за формулою 84 на 84.",
			[]string{"RETREAT/release Україна,Росія → "}},
	}, time.Time{})
}

// TestS32HeadNamedBefore checks that "глава держави" stands for the one
// head of state named before it, not for one named after it in the same
// sentence.
func TestS32HeadNamedBefore(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the other president named after the role",
			"Президент України Володимир Зеленський прибув до Туреччини. В Анкарі глава держави проведе переговори з президентом Туреччини Реджепом Таїпом Ердоганом.",
			[]string{"CONSULT/visit Володимир Зеленський → Туреччина @Туреччина", "CONSULT/meet Володимир Зеленський → Реджеп Таїп Ердоган @Анкара [future]"}},
	}, time.Time{})
}

// TestS32FinancingApproved checks that a lender approving a programme of
// financing or lending for a country gives aid, while a programme that
// names no financing stays none.
func TestS32FinancingApproved(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"погодив програму фінансування",
			"Міжнародний валютний фонд погодив Україні нову програму фінансування обсягом 8,1 млрд доларів.",
			[]string{"AID Міжнародний валютний фонд → Україна"}},
		{"схвалила фінансування для",
			"Рада директорів МВФ схвалила фінансування для України.",
			[]string{"AID Рада директорів МВФ → Україна"}},
		{"a grant of money agreed",
			"Єврокомісія погодила надання Україні 4 млрд євро.",
			[]string{"AID Єврокомісія → Україна"}},
		{"a grant of land agreed stays a consent",
			"Міська рада погодила надання земельної ділянки фермеру.",
			[]string{"AGREE Міська рада → фермер"}},
		{"a programme of development",
			"Міська рада затвердила програму розвитку туризму.",
			[]string{}},
	}, time.Time{})
}

// TestS32Questions checks that a question tells no event, while a
// statement set before a question by a colon still does.
func TestS32Questions(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"an interviewer's question",
			"— Яку допомогу надали Україні партнери?",
			[]string{}},
		{"a headline's question",
			"Чи зустрінеться Зеленський з Путіним?",
			[]string{}},
		{"a statement, then a question after a colon",
			"Німеччина відмовилася передати Україні ракети Taurus: чому?",
			[]string{"REJECT Німеччина → Україна"}},
	}, time.Time{})
}

// TestS32Guest checks that the guest an event names after a visit is the
// visitor.
func TestS32Guest(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"thanked the guest",
			"Прем'єр-міністр Канади Марк Карні прибув до Києва з візитом.\n\nЗеленський подякував гостю за підтримку.",
			[]string{"CONSULT/visit Марк Карні → Київ @Київ", "SUPPORT Зеленський → Марк Карні"}},
		{"the high guest met",
			"Прем'єр-міністр Канади Марк Карні прибув до Києва з візитом.\n\nВисокий гість зустрівся з Президентом України Володимиром Зеленським.",
			[]string{"CONSULT/visit Марк Карні → Київ @Київ", "CONSULT/meet Марк Карні → Володимир Зеленський @Київ"}},
	}, time.Time{})
}

// TestS32MansAccusative checks the base form of a man's surname in -а in
// the accusative that the tagger reads as another name's dative or a
// woman's accusative.
func TestS32MansAccusative(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"read as the dative of Брикало",
			"Президент України Володимир Зеленський привітав Івана Брикалу.",
			[]string{"SUPPORT Володимир Зеленський → Іван Брикала"}},
		{"read as a woman's accusative",
			"Президент України Володимир Зеленський привітав Тоомаса Кірну.",
			[]string{"SUPPORT Володимир Зеленський → Тоомас Кірна"}},
	}, time.Time{})
}

// TestS32DativeTitle checks that a name after a title in the dative
// opening a sentence keeps its dative reading, though a verb follows it,
// and is declined to its base form.
func TestS32DativeTitle(t *testing.T) {
	x := load(t).Extract("Президенту Узбекистану Шавкату Мірзійоєву подякував генсек ООН Антоніу Гутерреш.", time.Time{})
	for _, sp := range x.Spans {
		if sp.Type == "PERS" && sp.Text == "Шавкату Мірзійоєву" && sp.Lemma != "Шавкат Мірзійоєв" {
			t.Errorf("base form of %q: %q, want Шавкат Мірзійоєв", sp.Text, sp.Lemma)
		}
	}
}
