package pipeline_test

import "testing"

// Words a story calls someone it has named by, past any list of them
// (session 49, helper h49u): an animate common noun after the cue that
// closes quoted words, with the adjectives before it, after "За словами"
// or "На думку", or opening a sentence before a clause of what was said.
// Words of kin and sex, a people's name, a noun with the title of a name
// after it, and a country's adjective that fits someone else are no
// one's. The sentences are our own.
func TestDescribingNounsS49u(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a noun with a country's adjective after the cue",
			"Сенатор-демократ Джон Тейлор провів зустріч у Львові. «Санкції мають діяти до повного виведення військ», – сказав американський законодавець.",
			"Джон Тейлор", []string{"Джон Тейлор", "американський законодавець"}, nil},
		{"a noun after a participle of a cue",
			"Колишній прем'єр Данії Ларс Йєнсен виступив на форумі. «Європа має платити за свою безпеку», – переконаний данський політик.",
			"Ларс Йєнсен", []string{"Ларс Йєнсен", "данський політик"}, nil},
		{"на думку and a noun in the genitive",
			"Ректор університету Петро Левченко звернув увагу на відтік студентів. На думку освітянина, держава має збільшити стипендії.",
			"Петро Левченко", []string{"Петро Левченко", "освітянина"}, nil},
		{"за словами and a rank in the genitive",
			"Військовий аташе посольства полковник Іван Гордієнко розповів про навчання. За словами полковника, інструктори підготують ще дві тисячі бійців.",
			"Іван Гордієнко", []string{"Іван Гордієнко", "полковника"}, nil},
		{"a woman's occupation after the cue",
			"Головна редакторка журналу Ольга Бондар представила дослідження. Вона пояснила, що читачі довіряють друкованим виданням. «Аудиторія повертається до паперу», – зазначила редакторка.",
			"Ольга Бондар", []string{"Ольга Бондар", "редакторка"}, nil},
		{"a noun opening a sentence before a clause",
			"Заступниця директора центру Марина Коваль оцінила рішення регулятора. Економістка очікує, що ставку знизять не раніше осені.",
			"Марина Коваль", []string{"Марина Коваль", "Економістка"}, nil},
		{"a kinship word is someone else",
			"Волонтерка Ірина Мельник привезла генератор. Мати бійця розповіла, що син не виходив на зв'язок.",
			"Ірина Мельник", []string{"Ірина Мельник"}, []string{"Мати"}},
		{"a people's name is no role",
			"Головний тренер збірної Франції Жан Моро назвав суперника незручним. Француз додав, що команда готова.",
			"Жан Моро", []string{"Жан Моро"}, []string{"Француз"}},
		{"a noun the title of a name after it",
			"Олег Савчук забив два м'ячі. «Ми заслужили перемогу», – сказав тренер «Карпат» Іван Гнатюк.",
			"Олег Савчук", []string{"Олег Савчук"}, []string{"тренер"}},
		{"a country's adjective of another person's title",
			"Командувач флоту Петро Головко прибув до Констанци, де зустрівся з начальником штабу ВМС Румунії Міхаєм Попеску. «Міни – спільна загроза», – зазначив Головко. За словами румунського адмірала, тральщики вийдуть у море навесні.",
			"Петро Головко", []string{"Петро Головко"}, []string{"румунського адмірала"}},
		{"with two holders of the word, the words of neither",
			"Угоду підписали ректор політехніки Олег Бойко та ректор литовського університету Йонас Петраускас. За словами Бойка, обмін почнеться восени. «Це шанс для студентів», – сказав ректор.",
			"Йонас Петраускас", []string{"Йонас Петраускас"}, []string{"ректор"}},
		{"a noun after words about someone named further back is the writer's",
			"Сайт знайшов будинок Івана Гнатенка. Гнатенко є його власником. Будинок не продавали з 1997 року. «Яке відношення має депутат до будинку, встановити не вдалося», – пише журналіст.",
			"Іван Гнатенко", []string{"Гнатенко"}, []string{"журналіст"}},
	})
}

// A pronoun in words quoted stands for the one person of its gender the
// quote names as a subject before it, though others were named in the
// sentences before the quote; none when the quote names none.
func TestQuotedSubjectPronounS49u(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"the subject named in the quote",
			"Сенатор Джон Тейлор зустрівся з Президентом Петром Гнатюком. «Віктор Орбан розуміє лише силу. Якщо він не відступить, його оточення заплатить високу ціну», – заявив Тейлор.",
			"Віктор Орбан", []string{"Віктор Орбан", "він"}, nil},
	})
	checkMentions(t, p, []mentionCase{
		{"no one named in the quote",
			"Сенатор Джон Тейлор зустрівся з Президентом Петром Гнатюком. «Закон ухвалять. Якщо він не запрацює, ми його змінимо», – заявив Тейлор.",
			"Джон Тейлор", []string{"Джон Тейлор"}, []string{"він"}},
	})
}
