package pipeline_test

import "testing"

// The constructions of this file were found by the census of organisation
// and place names (TestCensusS57O, its study half); the sentences are our
// own.

// TestS57OTitledPlaces checks that a capitalised title of office before a
// country of several words names no place of its own: the country is the
// place, the title a title.
func TestS57OTitledPlaces(t *testing.T) {
	checkEntityLines(t, []construction{
		{"an ambassador opening the sentence",
			"Посол Об'єднаних Арабських Еміратів вручив вірчі грамоти.",
			[]string{"LOC Об'єднані Арабські Емірати"}},
		{"a president of a republic with its name in apposition",
			"Президент Республіки Молдова закликала до діалогу.",
			[]string{"LOC Республіка Молдова"}},
		{"a prime minister of a two-word country",
			"Прем'єр-міністр Великої Британії пообіцяв нові санкції.",
			[]string{"LOC Велика Британія"}},
		{"a capitalised title in mid-sentence",
			"Делегацію прийняв Посол Сполучених Штатів у Варшаві.",
			[]string{"LOC Сполучені Штати", "LOC Варшава"}},
	})
}

// TestS57ORightsCourts checks that a court named for the rights it is
// for keeps them in its name.
func TestS57ORightsCourts(t *testing.T) {
	checkEntityLines(t, []construction{
		{"the European court in the locative",
			"У Європейському суді з прав людини зареєстрували нову заяву.",
			[]string{"ORG Європейський суд з прав людини"}},
		{"the European court in the instrumental",
			"Рішенням Європейського суду з прав людини країну зобов'язали виплатити компенсацію.",
			[]string{"ORG Європейський суд з прав людини"}},
		{"a court with another genitive after з stays short",
			"Голова Верховного Суду з нагоди свята привітав суддів.",
			[]string{"ORG Верховний Суд"}},
	})
}

// TestS57OForceOwners checks that forces named after a capitalised title
// opening the sentence keep the acronym of the armed forces they belong
// to, as they do in mid-sentence.
func TestS57OForceOwners(t *testing.T) {
	checkEntityLines(t, []construction{
		{"a spokesman of the Air Force",
			"Речник Повітряних сил ЗСУ розповів про нічну атаку.",
			[]string{"ORG Повітряні сили ЗСУ"}},
		{"a commander of the Land Forces before a rank and a name",
			"Командувач Сухопутних військ ЗСУ генерал-лейтенант Петро Гнатенко оглянув навчальний центр.",
			[]string{"ORG Сухопутні війська ЗСУ", "PERS Петро Гнатенко"}},
		{"the Navy in mid-sentence",
			"Про це повідомили у Військово-морських силах ЗСУ.",
			[]string{"ORG Військово-морські сили ЗСУ"}},
	})
}

// TestS57OPlantNames checks that a works named by a capitalised adjective,
// lower-case adjectives and a noun for a works is one body.
func TestS57OPlantNames(t *testing.T) {
	checkEntityLines(t, []construction{
		{"a car-building works in the locative",
			"Нові вагони виготовлять на Крюківському вагонобудівному заводі.",
			[]string{"ORG Крюківський вагонобудівний завод"}},
		{"a titanium works in the locative",
			"Після обстрілу на Запорізькому титано-магнієвому комбінаті зупинили цех.",
			[]string{"ORG Запорізький титано-магнієвий комбінат"}},
		{"a works and its town",
			"Робітники Дніпровського металургійного комбінату в Кам'янському вийшли на пікет.",
			[]string{"ORG Дніпровський металургійний комбінат", "LOC Кам'янське"}},
	})
}

// TestS57OFormations checks that a military formation before its quoted
// honorific is named with its kind and number, the number's ordinal in
// the nominative, while a firm's kind before a quoted name is dropped.
func TestS57OFormations(t *testing.T) {
	checkEntityLines(t, []construction{
		{"a group of forces",
			"Речник Угруповання військ «Таврія» розповів про обстріли.",
			[]string{"ORG Угруповання військ «Таврія»"}},
		{"a brigade with its number",
			"Воїни 24-ї окремої механізованої бригади «Едельвейс» звільнили село.",
			[]string{"ORG 24-та окрема механізована бригада «Едельвейс»"}},
		{"a regiment with its number right before the noun",
			"Оператори 5-го полку «Вовки» знищили склад пального.",
			[]string{"ORG 5-й полк «Вовки»"}},
		{"a firm's kind is still dropped",
			"Договір із компанією «Ранок-Агро» розірвали.",
			[]string{"ORG Ранок-Агро"}},
	})
}
