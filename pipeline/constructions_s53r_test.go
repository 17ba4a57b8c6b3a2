package pipeline_test

import "testing"

// Role phrases, generic person words and pronouns standing for a person
// named before (session 53, helper h53r); the sentences are our own.

// TestRoleKindByCountry: a word for a kind of office (дипломат,
// посадовець) with a country's adjective is the one person named before
// whose title is an office of that kind and names that country.
func TestRoleKindByCountry(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"a diplomat by the country of a permanent representative",
			"На засіданні виступили постійний представник Литви при ООН Раймундас Мотузас і заступник постпреда Білорусі Ігор Гапоненко. Білоруський дипломат заперечив усі звинувачення.",
			"Ігор Гапоненко", []string{"Білоруський дипломат"}, nil},
		{"a diplomat by the country of the head of a foreign ministry",
			"Тарас Коваль зустрівся з главою МЗС Чехії Яном Новаком. Чеський дипломат пообіцяв нові поставки снарядів.",
			"Ян Новак", []string{"Чеський дипломат"}, nil},
		{"an official by the country of a spokesman",
			"Речник уряду Словаччини Мартін Галас заявив, що рішення ще не ухвалено. Речник МЗС України Олег Ніколенко назвав це затягуванням. Словацький посадовець пообіцяв відповісти до п'ятниці.",
			"Мартін Галас", []string{"Словацький посадовець"}, nil},
	})
}

// TestWomansRoleForMansTitle: a woman's form of a role word (міністерка,
// депутатка, очільниця) stands for the woman whose title the text writes
// in the man's form (міністр юстиції Ольга …).
func TestWomansRoleForMansTitle(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"за словами міністерки after міністр",
			"Про це заявила міністр соціальної політики Оксана Жолнович. За словами міністерки, виплати зростуть з березня.",
			"Оксана Жолнович", []string{"міністерки"}, nil},
	})
}

// TestPronounAfterTimeGenitive: a pronoun after a time phrase in the
// genitive that opens the sentence ("Того ж дня він", "Наступного
// тижня вона") stands where a subject opens.
func TestPronounAfterTimeGenitive(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"того ж дня він",
			"Прем'єр-міністр Денис Шмигаль у вівторок прибув до Брюсселя на переговори з Марком Рютте. Нагадаємо, у березні міністр оборони Рустем Умєров відвідав Берлін. Того ж дня він зустрівся з канцлером Олафом Шольцом.",
			"Рустем Умєров", []string{"він"}, nil},
		{"наступного тижня вона",
			"Віцепрем'єрка Ольга Стефанішина провела зустріч із Петром Бойком. Міністерка Юлія Свириденко тим часом виступила в Раді. Наступного тижня вона відвідає Варшаву.",
			"Юлія Свириденко", []string{"вона"}, nil},
	})
}

// TestPronounDialogueCue: the cue of a reply set off by dashes ("— …, —
// підсумував він") names the speaker of the sentence before the
// paragraph as a quotation in guillemets does.
func TestPronounDialogueCue(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"a dash reply after a sentence without a person",
			"Сільський голова Петро Гаврилюк розповів, що громада відновила два мости. Роботи тривали все літо.\n\n— Люди допомагали хто чим міг. Без них ми б не встигли до осені, — підсумував він.",
			"Петро Гаврилюк", []string{"він"}, nil},
	})
}

// TestRoleAfterIndirectSpeaker: who "За словами X" cites speaks the
// words quoted after it; a role word in their cue is X.
func TestRoleAfterIndirectSpeaker(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"наголосив дипломат after За словами X with other diplomats named",
			"Посол Угорщини Ласло Ковач отримав ноту протесту. Раніше міністр закордонних справ Угорщини Петер Сас висунув Києву вимоги. За словами Олега Ніколенка, речника МЗС, Київ такі вимоги не прийме. «Ми не торгуємо правами громадян», – наголосив дипломат.",
			"Олег Ніколенко", []string{"дипломат"}, nil},
		{"сказав він after За словами X with other men named",
			"Посол Угорщини Ласло Ковач отримав ноту протесту. Раніше міністр закордонних справ Угорщини Петер Сас висунув Києву вимоги. За словами Олега Ніколенка, Київ такі вимоги не прийме. «Ми не торгуємо правами громадян», – наголосив він.",
			"Олег Ніколенко", []string{"він"}, nil},
	})
}

// TestRoleIndefinite: a role phrase after a numeral or an indefinite
// word ("одного російського дипломата", "Інший … дипломат") is someone
// not named, though one person named before fits it.
func TestRoleIndefinite(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"одного дипломата, інший дипломат",
			"Заступник постпреда Росії Дмитро Полянський виступив на засіданні. У лютому Молдова вже вислала одного російського дипломата. Інший російський дипломат залишив країну сам.",
			"Дмитро Полянський", nil, []string{"російського дипломата", "російський дипломат", "Інший російський дипломат"}},
	})
}

// TestRoleHeadOfBody: "голова" of a body stands for the one whose title
// makes them its head by another word (начальник ОВА), the body's name
// right after it; a role phrase with a town's or a kind's adjective
// stands for the holder of the bare head or of the same words after a
// town's adjective.
func TestRoleHeadOfBody(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"голова ОВА for начальник обласної військової адміністрації",
			"Начальник Чернігівської обласної військової адміністрації Іван Чаус відвідав Козелець. Там голова ОВА оглянув зруйновану школу.",
			"Іван Чаус", []string{"голова ОВА"}, nil},
		{"голова ОВА in the cue after words quoted",
			"Начальник Херсонської обласної військової адміністрації Олександр Прокудін розповів про обстріл. «Двоє людей загинули, ще п'ятеро поранені», – сказав голова ОВА.",
			"Олександр Прокудін", []string{"голова ОВА"}, nil},
		{"no голова for the head of a unit of the body",
			"Начальник управління освіти Чернігівської обласної військової адміністрації Іван Чаус відвідав Козелець. Там голова ОВА оглянув зруйновану школу.",
			"Іван Чаус", nil, []string{"голова ОВА"}},
		{"селищний голова for a bare голова",
			"Автомобіль передали голові Петру Савчуку. Селищний голова подякував волонтерам.",
			"Петро Савчук", []string{"Селищний голова"}, nil},
		{"a title in a predicate before another name is no bare holder's",
			"Засновником фірми є директор Максим Орлов. Директором фірми з травня є Степан Гук.",
			"Максим Орлов", nil, []string{"Директором фірми"}},
		{"міський голова for a town's міський голова",
			"На зустріч прийшов рівненський міський голова Олег Гнатюк. Міський голова пообіцяв відремонтувати дорогу.",
			"Олег Гнатюк", []string{"Міський голова"}, nil},
	})
}

// TestEpithetAfterOpeningAdverb: a word for what someone is (політик,
// спортсменка, наставник) as the subject after an adverb that opens the
// sentence ("Водночас", "Згодом") stands for the subject of the sentence
// before, as it does opening the sentence itself.
func TestEpithetAfterOpeningAdverb(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"водночас політик",
			"Депутат Павло Фролов провів брифінг у Раді. Водночас політик наголосив, що законопроєкт не готовий.",
			"Павло Фролов", []string{"політик"}, nil},
		{"згодом спортсменка",
			"Чемпіонка Європи Марина Бех повернулася до Києва. Згодом спортсменка розповіла про підготовку до нового сезону.",
			"Марина Бех", []string{"спортсменка"}, nil},
		{"натомість, наставник",
			"Головний тренер «Десни» Олег Кучер прокоментував поразку. Натомість, наставник зазначив, що команда втомилася.",
			"Олег Кучер", []string{"наставник"}, nil},
	})
}

// TestEpithetOtherCalling: a word for a calling opening a sentence is not
// the subject of the sentence before when that person holds a title of
// another office or calling (the prosecutor is no адвокат); a word for
// any holder of office (політик) still is.
func TestEpithetOtherCalling(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"адвокат after a prosecutor",
			"Прокурор обласної прокуратури Степан Мирошник оголосив підозру. Адвокат заявив, що слідство порушило процедуру.",
			"Степан Мирошник", nil, []string{"Адвокат"}},
		{"наставник for a coach",
			"Тренер «Зорі» Віктор Скрипник прокоментував нічию. Водночас наставник зазначив, що команда втомилася.",
			"Віктор Скрипник", []string{"наставник"}, nil},
	})
}

// TestRoleKindTail: a role phrase whose tail runs past a kind of body
// into an object of the verb ("від мера міста пояснень") stands for the
// holder of the role with the kind alone.
func TestRoleKindTail(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"мер міста with an object after it",
			"Міський голова Житомира Сергій Сухомлин підписав розпорядження. Опозиція вимагає від мера міста пояснень.",
			"Сергій Сухомлин", []string{"мера міста"}, nil},
	})
}

// TestInterviewWordSoleMan: "За словами експерта" with no subject in the
// sentence before stands for the one person of its gender the text has
// named, when it names no one of unknown gender.
func TestInterviewWordSoleMan(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"за словами експерта, one man named",
			"«Туристи повертаються до Карпат», – зазначив директор асоціації Богдан Гринь. Найбільше бронювань припадає на березень. За словами експерта, ціни зростуть на десять відсотків.",
			"Богдан Гринь", []string{"експерта"}, nil},
		{"not with two men named",
			"«Туристи повертаються до Карпат», – зазначив директор асоціації Богдан Гринь. Готель відкрив Степан Мороз. Найбільше бронювань припадає на березень. За словами експерта, ціни зростуть на десять відсотків.",
			"Богдан Гринь", nil, []string{"експерта"}},
	})
}

// TestSubjectAfterOpeningClause: a pronoun after a clause of an
// adverbial participle that opens the sentence ("Виступаючи …, він"),
// and a word for what someone is as the subject of "Як зазначив …,"
// stand for the subject of the sentence before.
func TestSubjectAfterOpeningClause(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"виступаючи …, він",
			"Міністр оборони Олег Бондар прибув до Праги на переговори з Петром Новотним. Виступаючи на пресконференції, він закликав пришвидшити поставки.",
			"Олег Бондар", []string{"він"}, nil},
		{"як зазначив банкір",
			"Голова правління Ощадбанку Юрій Кравець зустрівся з Петром Гнатюком. Як зазначив банкір, кредитний портфель зріс на п'яту частину.",
			"Юрій Кравець", []string{"банкір"}, nil},
	})
}
