package pipeline_test

import "testing"

// Readings fixed in task s48t: titles on unseen agency prose and the
// persons role phrases stand for. The sentences are our own.

// TestS48TTitleOwner: a name in the genitive between a title and its
// holder is whose the title is, and part of it (адвокат Коваля); a
// title word before the tagger's title of whom it acts for takes it in
// (Уповноважена [Президента] з прав дитини), and that inner title is no
// one's role.
func TestS48TTitleOwner(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Суд засудив Олега Коваля до п'яти років. Адвокат Коваля Степан Дорош оскаржив вирок.", "Степан Дорош",
			[]string{"адвокат Коваля"}, []string{"адвокат"}},
		{"Президент України Іван Мельничук підписав указ. Уповноважена Президента з прав дитини Ольга Гнатюк повідомила про повернення дітей.",
			"Ольга Гнатюк", []string{"уповноважена Президента з прав дитини"}, nil},
	})
	checkMentions(t, p, []mentionCase{
		{"the president named before is not the commissioner's office",
			"Президент України Іван Мельничук підписав указ. Уповноважена Президента з прав дитини Ольга Гнатюк повідомила про повернення дітей.",
			"Іван Мельничук", []string{"Іван Мельничук"}, []string{"Президента з прав дитини"}},
	})
}

// TestS48TCountryAdjective: a role phrase with a country's adjective
// that does not start the country's name as most do (литовський Литва,
// шведський Швеція, датський Данія, американський США) stands for the
// one holder of that title from that country.
func TestS48TCountryAdjective(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"литовський",
			"Міністр оборони України Ігор Левченко зустрівся з міністром оборони Литви Ауримасом Казлаускасом. Литовський міністр пообіцяв нові генератори.",
			"Ауримас Казлаускас", []string{"Литовський міністр"}, nil},
		{"шведський",
			"Прем'єр-міністр Швеції Ларс Нордквіст прибув до Києва. Шведський прем'єр зустрівся з президентом.",
			"Ларс Нордквіст", []string{"Шведський прем'єр"}, nil},
		{"американський",
			"Президент США Джон Мілтон подзвонив президенту Франції. Американський президент закликав до переговорів.",
			"Джон Мілтон", []string{"Американський президент"}, nil},
	})
}

// TestS48TWomansRole: a woman's role word (посадовиця, лідерка) stands
// for a woman, never for the one man who holds the office; лідерка of a
// country is its head.
func TestS48TWomansRole(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"посадовиця is not the man holding the office",
			"Голова Одеської ОВА Олег Кіпер повідомив про атаку на порт. Посадовиця додала, що постраждалих немає.",
			"Олег Кіпер", []string{"Олег Кіпер"}, []string{"Посадовиця"}},
		{"лідерка of a country",
			"Президентка Молдови Марія Чобану прибула до Києва. Лідерка Молдови подякувала за підтримку.",
			"Марія Чобану", []string{"Лідерка Молдови"}, nil},
	})
}

// TestS48THeadOfCommonKind: the head of a body called later by the kind
// of the body (Очільниця центру, Глава бюро, Очільниця соціального
// комітету) is the one person named before whose title has a director's
// or a head's word and that kind, its adjective by its stem; a deputy
// speaker is the one whose title says so.
func TestS48THeadOfCommonKind(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a centre's director",
			"Директорка Державного центру зайнятості Оксана Литвин повідомила про нові вакансії. Очільниця центру додала, що роботодавці шукають зварників.",
			"Оксана Литвин", []string{"Очільниця центру"}, nil},
		{"a bureau, indeclinable",
			"Директор Національного бюро розслідувань Ігор Кравчук оголосив про підозру. Глава бюро пояснив, що слідство триває.",
			"Ігор Кравчук", []string{"Глава бюро"}, nil},
		{"a committee with its adjective",
			"Голова комітету з питань аграрної політики Петро Ярош підтримав закон. Очільник аграрного комітету наголосив на термінах.",
			"Петро Ярош", []string{"Очільник аграрного комітету"}, nil},
		{"a deputy speaker",
			"Віцеспікерка Верховної Ради Ірина Гнатюк відвідала Суми. Віцеспікерка зустрілася з волонтерами.",
			"Ірина Гнатюк", []string{"Віцеспікерка"}, nil},
	})
}

// TestS48TApposedNow: a title after a name and "нині" is the name's
// apposition, though a name in the genitive follows the title; a title
// the tagger left out after a name and a comma is the name's when the
// apposition closes there.
func TestS48TApposedNow(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Колишній посол Литви в Україні Ігнас Вайткус, нині радник президента Литви Гітанаса Науседи, прокоментував рішення.", "Ігнас Вайткус",
			[]string{"радник президента Литви"}, nil},
		{"Про це повідомив Остап Гнатів, нині віцепрем'єр-міністр з відновлення України, журналістам у Києві.", "Остап Гнатів",
			[]string{"віцепрем'єр-міністр з відновлення України"}, nil},
	})
}
