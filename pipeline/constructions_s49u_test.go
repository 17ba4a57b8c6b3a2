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

// A head of a body the phrase names by a common noun ("очільник
// комісії", "очільника академії"), where a story names again whom it has
// just quoted or named as the subject, is that person when a title of
// theirs makes them a head: the cue after words that open their
// sentence, "За словами" opening the sentence, or the phrase as the
// subject opening it. A director's phrase ("Директорка школи") is the
// director whose title names a body of that kind.
func TestLeaderSpeakingS49u(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"the cue after words that open their sentence",
			"Голова НКРЕКП Іван Сидоренко пояснив, що скарг стало більше. «Ми не забороняємо підвищувати ціни», – сказав очільник комісії.",
			"Іван Сидоренко", []string{"Іван Сидоренко", "очільник комісії"}, nil},
		{"за словами after the subject named with a head's title",
			"Про це повідомив президент НАН Петро Загоруйко. За словами очільника академії, перші години отримають вісім інститутів.",
			"Петро Загоруйко", []string{"Петро Загоруйко", "очільника академії"}, nil},
		{"the subject opening the sentence",
			"Начальник обласного управління поліції Олег Вербицький повідомив про затримання. Очільник поліції закликав мешканців бути пильними.",
			"Олег Вербицький", []string{"Олег Вербицький", "Очільник поліції"}, nil},
		{"a director of a body of the same kind",
			"На відкритті були голова громади Петро Мартинів і директорка Лопатинської школи Ганна Кравчук. Директорка школи показала укриття.",
			"Ганна Кравчук", []string{"Ганна Кравчук", "Директорка школи"}, nil},
		{"no head's title, no one",
			"Журналіст Олег Гуменюк запитав про тарифи. «Відповіді ми не отримали», – сказав очільник комісії.",
			"Олег Гуменюк", []string{"Олег Гуменюк"}, []string{"очільник комісії"}},
	})
}
