package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// A head's role phrase naming its body by a common noun or an acronym
// (session 50, helper h50t) is whom the story has just quoted or named
// as the subject, when a title of theirs makes them the head of that
// body: the cue after words that open their sentence, "За словами"
// opening the sentence, or the phrase in the nominative opening it. Not
// when the title heads another body, nor when another holder of such a
// title is named in between. The sentences are our own.
func TestLeaderSpeakingS50t(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"sport: за словами after a president named by the body's acronym",
			"Президент УАФ Андрій Шевчук повідомив, що збірна зіграє у Львові. За словами очільника асоціації, квитки розпродали за день.",
			"Андрій Шевчук", []string{"Андрій Шевчук", "очільника асоціації"}, nil},
		{"health: the subject opening the sentence",
			"Голова НСЗУ Наталія Гусак представила програму медичних гарантій. Очільниця служби додала, що лікарні отримають гроші вчасно.",
			"Наталія Гусак", []string{"Наталія Гусак", "Очільниця служби"}, nil},
		{"parliament: the cue after words that open their sentence",
			"Голова ЦВК Олег Діденко оголосив попередні результати. «Вибори пройшли без системних порушень», – сказав очільник комісії.",
			"Олег Діденко", []string{"Олег Діденко", "очільник комісії"}, nil},
		{"business: an acronym of a Ukrainian body without України in the title",
			"НБУ знизив облікову ставку\n\nПравління Національного банку України ухвалило рішення знизити облікову ставку.\n\n«Ми бачимо простір для пом'якшення політики», – заявив Голова Національного банку Степан Гайовий.\n\nГолова НБУ додав, що наступне рішення ухвалять у червні.",
			"Степан Гайовий", []string{"Степан Гайовий", "Голова НБУ"}, nil},
		{"politics: the head of state is the president quoted, with another president named before",
			"Президент Литви Вітаутас Мажейка зустрівся з президентом Польщі Анджеєм Новаком. Мажейка подякував українським військовим. «Безпека Балтії починається тут», – наголосив глава держави.",
			"Вітаутас Мажейка", []string{"Вітаутас Мажейка", "глава держави"}, nil},
		{"culture: the head of another body is someone else",
			"Генеральна директорка НСЗУ Наталія Гусак відвідала виставку. «Мистецтво лікує», – сказала очільниця музею.",
			"Наталія Гусак", []string{"Наталія Гусак"}, []string{"очільниця музею"}},
		{"courts: a holder of the same title named in between",
			"Голова ЦВК Олег Діденко зустрівся з головою ЦВК Молдови Андреєм Попою. «Обмін досвідом корисний для обох країн», – сказав очільник комісії.",
			"Олег Діденко", []string{"Олег Діденко"}, []string{"очільник комісії"}},
		{"church: a head in the accusative opening the sentence is no subject",
			"Голова громади Петро Мисак відвідав собор. Настоятеля собору нагородили грамотою.",
			"Петро Мисак", []string{"Петро Мисак"}, []string{"Настоятеля собору"}},
	})
}

// A director's phrase naming the body by a common noun is the one
// director named before whose title names a body of that kind.
func TestDirectorOfKindS50t(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"culture: a theatre's director among others named",
			"На прем'єрі були міський голова Петро Савчук і директорка Житомирського академічного театру Ганна Литвин. Директорка театру подякувала глядачам.",
			"Ганна Литвин", []string{"Ганна Литвин", "Директорка театру"}, nil},
	})
}

// A bare role word after the cue of words that open their sentence is
// the speaker named as the subject before them, unless another holder of
// that title is named between them.
func TestRoleAfterQuoteS50t(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"politics: a prime minister with no title of his own named before",
			"Прем'єр-міністри Олег Бойко та Янош Ковач підписали угоду про кордон. Про це Бойко повідомив у телеграмі. «Ми нарешті закрили це питання», – сказав прем'єр.",
			"Олег Бойко", []string{"Олег Бойко", "прем'єр"}, nil},
		{"sport: another coach named in between",
			"Головний тренер «Карпат» Олег Бойко поспілкувався з тренером «Руху» Іваном Гнатюком. «Матч буде важким», – сказав тренер.",
			"Олег Бойко", []string{"Олег Бойко"}, []string{"тренер"}},
	})
}

// A fighter named by a call sign is a person named by it, and the title
// before "з позивним" is his: the tagger's title span or a title word of
// our own.
func TestCallSignS50t(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{"Оператор розвідувальних дронів із позивним «Грім» розповів, що екіпаж працює без ротації.",
			"Грім", []string{"оператор розвідувальних дронів"}, nil},
		{"Командир роти з позивним «Сич» подякував волонтерам за пікапи.",
			"Сич", []string{"командир роти"}, nil},
	})
}

// An academic degree between an office and the holder's name is a title
// of its own, and the office's body ends before it: the tagger's body
// run on over the degree is cut, and an office before a degree is found
// as before a military rank.
func TestDegreeAfterOfficeS50t(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{"Про результати розкопок розповів директор Інституту археології член-кореспондент НАН Петро Толочко.",
			"Петро Толочко", []string{"директор Інституту археології", "член-кореспондент НАН"}, nil},
		{"Нове відділення кардіохірургії відкрив президент НАМН академік Василь Цимбалюк.",
			"Василь Цимбалюк", []string{"президент НАМН", "академік"}, nil},
	})
}

// A body named after a person by the initials is named in full, though
// a mention without the namesake comes first.
func TestNamedAfterInitialsS50t(t *testing.T) {
	x := load(t).Extract("Дослідження провели науковці Інституту фізіології. Інститут фізіології імені О. О. Богомольця отримав грант.", time.Time{})
	for _, e := range x.Entities {
		if strings.HasPrefix(e.Name, "Інститут фізіології") && e.Name != "Інститут фізіології імені О. О. Богомольця" {
			t.Errorf("name %q, want the name in full", e.Name)
		}
	}
}

// A bare "колега" in an oblique case is the person named last before
// its sentence, not named in it, when that person holds a title; the
// subject "Колега" is no one's.
func TestColleagueS50t(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"parliament: answered a colleague",
			"Депутатка Ірина Коваль назвала законопроєкт декларацією. Вона нагадала, що торік видатки скоротили.\n\nГолова бюджетного комітету Олена Мартинюк відповіла колезі, що кошти вже передбачено.",
			"Ірина Коваль", []string{"Ірина Коваль", "колезі"}, nil},
		{"culture: argued with a colleague",
			"Директорка музею Ганна Литвин запропонувала перенести виставку. Директор театру Петро Мисак, який виступав після неї, не погодився з колегою.",
			"Ганна Литвин", []string{"Ганна Литвин", "колегою"}, nil},
	})
	checkMentions(t, p, []mentionCase{
		{"a colleague as the subject",
			"Тренер Олег Бойко похвалив команду. Колега погодився з ним.",
			"Олег Бойко", []string{"Олег Бойко"}, []string{"Колега"}},
	})
}

// A title joined by a hyphen to its holder's party is a title before the
// name, and a senator is a role word.
func TestPartyTitleS50t(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{"На брифінгу у Вашингтоні виступив сенатор-республіканець Том Коттон.",
			"Том Коттон", []string{"сенатор-республіканець"}, nil},
		{"Законопроєкт про санкції він підготував разом із сенатором-демократом Крісом Мерфі.",
			"Кріс Мерфі", []string{"сенатор-демократ"}, nil},
	})
}
