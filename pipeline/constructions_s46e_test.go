package pipeline_test

import (
	"testing"
	"time"
)

// TestS46EWorkFundedFirst: a work put before a verb of funding
// ("Закупівлю частково профінансує ЄБРР", "Реконструкцію мосту
// профінансує Світовий банк") is its object, which the tagger reads as
// the subject; the bank after the verb pays, not the one paid. A body put
// first keeps the usual order.
func TestS46EWorkFundedFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a purchase funded by a bank",
			"Парламент у четвер ухвалив бюджет.\n\nЗакупівлю вагонів частково профінансує Європейський банк реконструкції та розвитку.",
			[]string{"AID Європейський банк реконструкції та розвитку →  [future]"}},
		{"a bridge funded by a bank, in indirect speech",
			"Парламент у четвер ухвалив бюджет.\n\nМіністр заявив, що реконструкцію мосту профінансує Світовий банк.",
			[]string{"AID Світовий банк →  [future]"}},
		{"a body first keeps the order",
			"Парламент у четвер ухвалив бюджет.\n\nУряд профінансує «Укренерго» з резервного фонду.",
			[]string{"AID Уряд → Укренерго [future]"}},
	}, time.Time{})
}

// TestS46EBodyInBracketsNamed: a body that speaks through a plural verb
// with no subject ("У міністерстві відкинули звинувачення") may carry a
// bracketed note after its name ("УПЦ (МП)", "ТОВ «Альфа» (Київ)"); the
// brackets do not end the phrase before the verb.
func TestS46EBodyInBracketsNamed(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a diocese with its church's initials",
			"Парламент у четвер ухвалив бюджет.\n\nУ Львівській єпархії УГКЦ (Україна) звинувачення відкинули.",
			[]string{"REJECT Львівська єпархія УГКЦ → "}},
		{"a firm with its town",
			"Парламент у четвер ухвалив бюджет.\n\nУ компанії «Дельта-Буд» (Житомир) відкинули звинувачення.",
			[]string{"REJECT Дельта-Буд → "}},
	}, time.Time{})
}

// TestS46EClubAndCampaign: a sports club and a candidate's campaign
// headquarters act as bodies named by their noun ("клуб оскаржить
// рішення", "її штаб заявив, що оскаржить результати", "У штабі
// подякували …"), as a company or a party does.
func TestS46EClubAndCampaign(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a club's appeal told by its president",
			"Парламент у четвер ухвалив бюджет.\n\nПрезидент клубу Олег Мазур заявив, що клуб оскаржить рішення дисциплінарного комітету.",
			[]string{"ACCUSE клуб → дисциплінарний комітет [future]"}},
		{"a campaign's appeal",
			"Парламент у четвер ухвалив бюджет.\n\nЦВК оголосила переможцем Івана Коваля. Втім, його штаб заявив, що оскаржить результати.",
			[]string{"ACCUSE штаб →  [future]"}},
	}, time.Time{})
}

// TestS46ETownAsBody: a town named by its noun acts through its council
// ("місто виділить кожній родині по 50 тисяч гривень", "місто попросило
// поліцію патрулювати") and is the one struck ("ворог атакував місто");
// a town's title before its name ("місту-побратиму Луцьку") leaves the
// name alone, the genitive of the noun before ("родинам загиблих місто")
// is no part of it, and a payment held up ("затримувало оплату робіт")
// is no arrest.
func TestS46ETownAsBody(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a town's aid told by its mayor",
			"Парламент у четвер ухвалив бюджет.\n\nМер Полтави Олег Ткаченко заявив, що місто виділить кожній родині постраждалих по 30 тисяч гривень.",
			[]string{"AID місто → родина постраждалих [future]"}},
		{"a town's request",
			"Парламент у четвер ухвалив бюджет.\n\nЗаступник мера Олег Ткаченко повідомив, що місто попросило поліцію посилити патрулювання парків.",
			[]string{"REQUEST місто → поліція"}},
		{"the genitive before the town",
			"Парламент у четвер ухвалив бюджет.\n\nМер Полтави Олег Ткаченко повідомив, що родинам загиблих місто виплатить по 30 тисяч гривень.",
			[]string{"AID місто → родини [future]"}},
		{"a payment held up",
			"Парламент у четвер ухвалив бюджет.\n\nЗа його словами, ціни зросли, а місто двічі затримувало оплату виконаних робіт.",
			nil},
		{"a sister town's title",
			"Парламент у четвер ухвалив бюджет.\n\nПольський Жешув передав своєму місту-побратиму Тернополю шість шкільних автобусів.",
			[]string{"AID Жешув → Тернопіль"}},
	}, time.Time{})
}

// TestS46EAppealPastRelative: an appeal to someone whom a relative clause
// describes ("звернувся до батьків, які …, з закликом") is the same
// before із, the form з takes before a consonant cluster ("…, із
// закликом").
func TestS46EAppealPastRelative(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"із закликом",
			"Парламент у четвер ухвалив бюджет.\n\nГолова ОВА Петро Гай звернувся до мешканців, які досі не евакуювалися, із закликом виїхати.",
			[]string{"REQUEST Петро Гай → мешканці"}},
		{"з проханням",
			"Парламент у четвер ухвалив бюджет.\n\nГолова ОВА Петро Гай звернувся до мешканців, які досі не евакуювалися, з проханням виїхати.",
			[]string{"REQUEST Петро Гай → мешканці"}},
	}, time.Time{})
}

// TestS46ECountedPeopleThen: "вони" after a sentence that opens with
// people counted by tens or hundreds ("Кілька сотень ветеранів",
// "Десятки активістів і їхніх прихильників") and tells no event stands
// for those people, past the day of the week before the verb.
func TestS46ECountedPeopleThen(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"hundreds, on a Sunday",
			"Парламент у четвер ухвалив бюджет.\n\nКілька сотень шахтарів у неділю прийшли під будівлю обласної адміністрації. Вони вимагають від уряду погасити борги із зарплати.",
			[]string{"REQUEST шахтарі → уряд"}},
		{"tens, and others with them",
			"Парламент у четвер ухвалив бюджет.\n\nДесятки фермерів і їхніх родин у суботу прийшли під будівлю обласної адміністрації. Вони вимагають від уряду компенсувати збитки.",
			[]string{"REQUEST фермери → уряд"}},
	}, time.Time{})
}

// TestS46EPeopleWithRelativeThen: "вони" stands for the people a sentence
// opens with past a relative clause that says who they are ("Мешканці
// села, які давно чекають на ремонт, прийшли …"), and the people's phrase
// takes no day after it ("минулої суботи").
func TestS46EPeopleWithRelativeThen(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a relative clause and the day",
			"Парламент у четвер ухвалив бюджет.\n\nМешканці села, які давно чекають на ремонт дороги, минулої суботи прийшли до сільради. Вони вимагали від старости оприлюднити кошторис.",
			[]string{"REQUEST Мешканці села → "}},
	}, time.Time{})
}
