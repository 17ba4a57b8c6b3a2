package pipeline_test

import (
	"testing"
	"time"
)

// TestS44HTariffs checks that duties put on another's goods named by the
// goods themselves (мита на європейські автомобілі, мито на сталь з
// Японії, на автомобілі, які імпортують з …) are sanctions, as duties on
// imports are; a duty on one's own exports or a fee stays none.
func TestS44HTariffs(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"on goods named by their origin's adjective",
			"Канада запровадила мита на американські автомобілі.",
			[]string{"SANCTION Канада → "}},
		{"on goods from a country",
			"Туреччина запровадила мито на сталь з Індії.",
			[]string{"SANCTION Туреччина → "}},
		{"on goods brought in, told by a relative clause",
			"Мексика запровадила мита у розмірі 30% на легкові автомобілі, які імпортують з Китаю.",
			[]string{"SANCTION Мексика → "}},
		{"on one's own exports",
			"Уряд запровадив мито на експорт соняшнику.",
			nil},
		{"a fee with no goods of another",
			"Уряд запровадив мито на реєстрацію автомобілів.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS44HExtraditionAllowed checks that an extradition a court allows or
// approves (дозволив екстрадицію, погодив екстрадицію) is decided, a
// coercion, as one it rules on is, and no agreement.
func TestS44HExtraditionAllowed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"allowed by a court",
			"Окружний суд Варшави дозволив екстрадицію українського бізнесмена Петра Коваля до Німеччини.",
			[]string{"COERCE Окружний суд Варшави → Петро Коваль @Варшава"}},
		{"approved by a court",
			"Суд у Барселоні погодив екстрадицію колишнього депутата до України.",
			[]string{"COERCE Суд → колишній депутат @Барселона"}},
		{"allowed, imperfective, by a court",
			"Окружний суд Варшави дозволяє екстрадицію українського бізнесмена Петра Коваля до Німеччини.",
			[]string{"COERCE Окружний суд Варшави → Петро Коваль @Варшава"}},
		{"a search allowed is no extradition",
			"Слідчий суддя дозволив обшук у квартирі.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS44HAccordToSteer checks that sides that agree to steer what names
// no aid (revenues, proceeds) to a cause make an agreement, while an
// accord to give a sum stays the aid it tells, and a consent (погодитися)
// to give what names no aid stays none.
func TestS44HAccordToSteer(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"revenues steered",
			"Лідери ЄС домовилися спрямувати доходи від заморожених активів на закупівлю зброї.",
			[]string{"AGREE ЄС → "}},
		{"a sum given",
			"Сторони домовилися виділити Молдові 50 млн євро.",
			[]string{"AID  → Молдова"}},
		{"a consent to allot land stays none",
			"Міськрада погодилася виділити фірмі 35 гектарів під будівництво.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS44HAlreadyDone checks that reported content goes on past і вже
// and a past verb with no comma before them, what is done already set
// against what will be, while a verb of speech after a comma is still the
// speaker's next act.
func TestS44HAlreadyDone(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a future, then what is done already",
			"Міністр фінансів Олег Данилюк заявив, що уряд підвищить пенсії з липня і вже знайшов на це кошти.",
			[]string{"Олег Данилюк/заявити/indirect: уряд підвищить пенсії з липня і вже знайшов на це кошти"}},
		{"the speaker's next statement after a comma",
			"Міністр фінансів Олег Данилюк заявив, що уряд підвищить пенсії з липня, і додав, що кошти знайдено.",
			[]string{"Олег Данилюк/заявити/indirect: уряд підвищить пенсії з липня", "Олег Данилюк/додати/indirect: кошти знайдено"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS44HAfterMeetingWith checks that a meeting the clause is set after
// (після зустрічі з …) with a partner named by a common noun (лідерами
// обох фракцій, представниками підприємців: a trade is no name) is a
// meeting of the clause's subject with them, as a named partner is.
func TestS44HAfterMeetingWith(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"leaders counted by обох",
			"Спікер Сейму Томас Вірбаліс ухвалив рішення після зустрічі з лідерами обох фракцій.",
			[]string{"CONSULT/meet Томас Вірбаліс → лідери"}},
		{"representatives of a trade",
			"Прем'єр-міністр Іван Гнатюк змінив проєкт після зустрічі з представниками фермерів.",
			[]string{"CONSULT/meet Іван Гнатюк → представники фермерів"}},
		{"after a meeting with a verb of its own, as before",
			"Мер Олег Сало зустрівся з представниками перевізників.",
			[]string{"CONSULT/meet Олег Сало → представники перевізників"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS44HPromisedThanked checks that a fragment quoted in narration right
// after a verb of promising (with an infinitive) or of thanking, or after
// за that follows thanks and their object, is a direct quote of the one
// who promised or thanked; a name in marks and a single word (perhaps the
// writer's irony) are none.
func TestS44HPromisedThanked(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a promise quoted",
			"Новий мер Остап Лис пообіцяв «навести лад у міських фінансах».",
			[]string{"Остап Лис/пообіцяти/direct: навести лад у міських фінансах"}},
		{"thanks quoted after за",
			"Прем'єр-міністр Іван Гнатюк подякував литовським партнерам за «швидке і щедре рішення».",
			[]string{"Іван Гнатюк/подякувати/direct: швидке і щедре рішення"}},
		{"thanks quoted as their object",
			"Прем'єр-міністр Іван Гнатюк подякував «кожному, хто вийшов на суботник».",
			[]string{"Іван Гнатюк/подякувати/direct: кожному, хто вийшов на суботник"}},
		{"a firm named after thanks",
			"Прем'єр-міністр Іван Гнатюк подякував «Укрзалізниці» за швидку евакуацію.",
			nil},
		{"one word in marks",
			"Депутат Петро Лис пообіцяв «відбілити» бюджет.",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS44HGatheredAtSeat checks that people gathered at a seat of power
// (біля будівлі парламенту, під стінами мерії, біля посольства) protest
// when the next sentence tells their demand or the force used on them, or
// the sentence before names a protest; a gathering there for another
// purpose (на засідання) or with no protest told around it is none.
func TestS44HGatheredAtSeat(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a demand told next",
			"Кілька тисяч фермерів зібралися біля будівлі парламенту в Бухаресті. Вони вимагали скасувати нові податки.",
			[]string{"PROTEST Кілька тисяч фермерів →  @Бухарест", "REQUEST Кілька тисяч фермерів → "}},
		{"a protest named before",
			"У Вільнюсі тривають протести проти нового закону. Сотні людей зібралися біля будівлі уряду.",
			[]string{"PROTEST Сотні людей →  @Вільнюс"}},
		{"another purpose",
			"Депутати зібралися біля будівлі парламенту на засідання. Вони вимагали звіту уряду.",
			[]string{"REQUEST Депутати → "}},
		{"no protest told",
			"Туристи зібралися біля будівлі парламенту. Екскурсія тривала годину.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS44HFundingAnnounced checks that funding announced for someone
// named (оголосили про фінансування систем ППО для України) is aid to
// them, and a body's own spending announced is none.
func TestS44HFundingAnnounced(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"for a state",
			"Швеція та Данія оголосили про фінансування нових радарів для Молдови.",
			[]string{"AID Швеція,Данія → Молдова"}},
		{"one's own spending",
			"Міністерство оголосило про фінансування ремонту шкіл.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS44HWarrants checks that a warrant names whom it is for past the
// person's title (ордер на арешт бізнесмена Олега Савченка; past a title,
// a body's name is not the one), that a warrant told by a relative clause
// (на підставі ордера на арешт, який видав суд) is a charge by the court,
// and that one accused by a relative pronoun (підприємця, якого
// прокуратура звинувачує в постачанні до Росії …) is the recipient, not
// a name in the charge.
func TestS44HWarrants(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"past the title",
			"Суд Гамбурга видав ордер на арешт колишнього банкіра Петра Мазура.",
			[]string{"ACCUSE Суд Гамбурга → Петро Мазур"}},
		{"a relative clause",
			"Поліція затримала Петра Мазура на підставі ордера на арешт, який видав суд Гамбурга.",
			[]string{"COERCE Поліція → Петро Мазур", "ACCUSE суд Гамбурга → Петро Мазур"}},
		{"the accused by a relative pronoun",
			"Поліція затримала підприємця Петра Мазура, якого прокуратура звинувачує в постачанні до Ірану деталей дронів.",
			[]string{"COERCE Поліція → Петро Мазур", "ACCUSE прокуратура → Петро Мазур"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
