package pipeline_test

import (
	"testing"
	"time"
)

// TestS43ENamingFragments: a fragment quoted after назвати is a direct
// quote of the one who named (the gold guidelines), a phrase of up to
// ten words too, and after a subject set off by a relative clause opened
// by чий; a longer quote after a threat stays no naming.
func TestS43ENamingFragments(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"a long naming after another predicate",
			"Депутат Олег Коваленко натомість підтримав закон і назвав його «найважливішим рішенням для аграрної галузі за останні роки».",
			[]string{"Олег Коваленко/назвати/direct: найважливішим рішенням для аграрної галузі за останні роки"}},
		{"a subject set off by a clause of чий",
			"Ректор Іван Мельник, чий університет також втратив фінансування, назвав реформу «катастрофою».",
			[]string{"Іван Мельник/назвати/direct: катастрофою"}},
	}, time.Time{})
}

// TestS43EConductFound: a finding told by a perfective cue (виявив,
// встановив) whose content goes on, after та or і, with a second
// imperfective verb in the content's own form is one quote, the conduct
// found; a perfective verb joined so is still the speaker's next act.
func TestS43EConductFound(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"a second imperfective predicate of the content",
			"Під час перевірки Держаудитслужба встановила, що фірма не вела обліку пального, та несвоєчасно повідомляла податкову про продаж майна.",
			[]string{"Держаудитслужба/встановити/indirect: фірма не вела обліку пального, та несвоєчасно повідомляла податкову про продаж майна"}},
		{"the speaker's next act stays apart",
			"Мер заявив, що місто виконувало всі зобов'язання, і закликав уряд повернути кошти.",
			[]string{"Мер/заявити/indirect: місто виконувало всі зобов'язання"}},
	}, time.Time{})
}

// TestS43EOutletAfterBody: an outlet named between a body in the locative
// and a plural verb of telling is whom the body told, whatever type the
// entity tagger gave it (ЛІГА.net read as a person): "У «Приватбанку»
// ЛІГА.net повідомили, що …" is the bank's. An outlet with no body before
// it still speaks.
func TestS43EOutletAfterBody(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"a site's name after the body",
			"У «Приватбанку» ЛІГА.net повідомили, що не згодні з рішенням суду.",
			[]string{"Приватбанк/повідомити/indirect: не згодні з рішенням суду"}},
		{"an agency after the body",
			"У «Укргазбанку» УНІАН повідомили, що кредит видадуть у березні.",
			[]string{"Укргазбанк/повідомити/indirect: кредит видадуть у березні"}},
		{"an outlet alone speaks",
			"УНІАН повідомили, що кредит видадуть у березні.",
			[]string{"УНІАН/повідомити/indirect: кредит видадуть у березні"}},
	}, time.Time{})
}

// TestS43ENestedFirmName: a firm's name that holds another in quotes,
// written with one closing mark for both («Компанія «Альфа»), closes
// there: the speaker named after it in an attribution is found, and the
// quote before does not run on into the next one. Speech that opens
// with a mark at the sentence's start or after a colon keeps its own
// nested quotes.
func TestS43ENestedFirmName(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"one mark for both, the speaker after it",
			"«Завод відновить роботу у березні», — сказав директор ТОВ «Компанія «Альфа» Іван Петренко.",
			[]string{"Іван Петренко/сказати/direct: Завод відновить роботу у березні"}},
		{"the next quote after such a name",
			"Про це розповіли в ТОВ «Агрофірма «Колос». «Ми зберемо врожай до жовтня», — сказав агроном Петро Гнатюк.",
			[]string{"Петро Гнатюк/сказати/direct: Ми зберемо врожай до жовтня"}},
		{"a quote that holds a name in quotes",
			"«Ми відкрили «Центр надії» для дітей», — сказала волонтерка Олена Кравець.",
			[]string{"Олена Кравець/сказати/direct: Ми відкрили «Центр надії» для дітей"}},
	}, time.Time{})
}

// TestS43ELeadToldAfter: the lead's first sentence before a source line
// that names who made a statement ("Про це заявив X, пише Y") is X's
// indirect quote, past a dateline's outlet; a release passed on (Про це
// повідомила пресслужба), an outlet's own line (Про це пише Y) and a
// source line after the lead's second sentence give none.
func TestS43ELeadToldAfter(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"a statement relayed by an outlet",
			"Ціни на хліб зростуть\n\nЦіни на хліб зростуть на 15% до кінця року. Про це заявив голова асоціації пекарів Андрій Марченко, пише Економічна правда.",
			[]string{"Андрій Марченко/заявити/indirect: Ціни на хліб зростуть на 15% до кінця року"}},
		{"past a dateline's outlet",
			"Львів. 3 березня. ІНТЕРФАКС-УКРАЇНА – Місто закупить 40 нових трамваїв до 2027 року. Про це розповів міський голова Андрій Садовий.",
			[]string{"Андрій Садовий/розповісти/indirect: Місто закупить 40 нових трамваїв до 2027 року"}},
		{"a release passed on",
			"Поліцейські затримали двох чоловіків на Київщині. Про це повідомила пресслужба поліції.",
			nil},
		{"an outlet's own line",
			"Уряд затвердив нову програму кредитування. Про це пише Економічна правда.",
			nil},
		{"after the lead's second sentence",
			"Уряд затвердив нову програму кредитування. Вона запрацює з травня. Про це заявив прем'єр-міністр Денис Шмигаль.",
			nil},
	}, time.Time{})
}

// TestS43EForeignWomanFirstName: a woman's foreign first name in -а
// before a surname that does not decline, which the lexicon reads as a
// man's genitive (Джорджа of Джордж), is hers as written in the
// nominative: after her title in the nominative, even one the tagger read
// as a thing, and before a verb that agrees with her when the name opens
// its clause; in the instrumental (Джорджею) it is the same name. A man's
// genitive before a noun stays his (дружина Джорджа Клуні).
func TestS43EForeignWomanFirstName(t *testing.T) {
	checkNames(t, []namesCase{
		{"after her title", "Прем'єр-міністерка Італії Джорджа Мелоні провела переговори з президентом Франції.",
			[]string{"PERS:Джорджа Мелоні"}, []string{"PERS:Джордж Мелоні"}},
		{"before her verb", "Джорджа Мелоні заявила, що Італія допоможе Україні.",
			[]string{"PERS:Джорджа Мелоні"}, []string{"PERS:Джордж Мелоні"}},
		{"in the instrumental after her title", "Свириденко зустрілася з прем'єр-міністеркою Італії Джорджею Мелоні.",
			[]string{"PERS:Джорджа Мелоні"}, []string{"PERS:Джорджею Мелоні", "PERS:Джорджей Мелоні"}},
		{"a man's genitive", "Дружина Джорджа Клуні заявила, що підтримує Україну.",
			[]string{"PERS:Джордж Клуні"}, []string{"PERS:Джорджа Клуні"}},
	})
}

// TestS43EPlaceLikeNames: a country's hyphenated name is a place in any
// case, though the names' list holds it as a person's too (Гвінея-Бісау);
// a first name the gazetteer knows only as a city, between a title with
// its own country and a surname, is the person's (Сантьяго Пенья), where
// a place that is the title's own stays one (мер Токіо Коіке).
func TestS43EPlaceLikeNames(t *testing.T) {
	checkNames(t, []namesCase{
		{"a hyphenated country", "Військові захопили владу в Гвінеї-Бісау.",
			[]string{"LOC:Гвінея-Бісау"}, []string{"PERS:Гвінея-Бісау"}},
		{"a hyphenated country as the subject", "Гвінея-Бісау та Сенегал підписали угоду про кордон.",
			[]string{"LOC:Гвінея-Бісау"}, []string{"PERS:Гвінея-Бісау"}},
		{"a first name known as a city", "Президент Парагваю Сантьяго Пенья прибув до Києва.",
			[]string{"PERS:Сантьяго Пенья"}, []string{"LOC:Сантьяго"}},
		{"the same in the instrumental", "Зеленський зустрівся з президентом Парагваю Сантьяго Пеньєю.",
			[]string{"PERS:Сантьяго Пенья"}, []string{"LOC:Сантьяго"}},
		{"a place that is the title's", "Мер Токіо Коіке заявила про нові обмеження.",
			nil, []string{"PERS:Токіо Коіке"}},
	})
}

// TestS43ETitledForeignName: a foreign name whose first name does not
// decline, after a title whose body is named by common words in the
// genitive ("президент Європейської ради"), is in the nominative the title
// is in, so its surname in -а is written as it is (Антоніу Кошта, not the
// genitive of some Кошт); a name that declines after such a title stays
// declined.
func TestS43ETitledForeignName(t *testing.T) {
	checkNames(t, []namesCase{
		{"a body's common name before the name", "Про це повідомив президент Європейської ради Антоніу Кошта на пресконференції.",
			[]string{"PERS:Антоніу Кошта"}, []string{"PERS:Антоніу Кошт"}},
		{"a declined name stays", "Про це повідомив заступник голови обласної ради Івана Петренка.",
			nil, []string{"PERS:Івана Петренка"}},
	})
}
