package pipeline_test

import (
	"testing"
	"time"
)

// Readings of arguments fixed in task q11: a firm named after a word for
// a firm and its legal form, and a subject and an object pronoun of one
// gender. The sentences are our own.

func TestQ11FirmAfterLegalForm(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the firm fined is the name after its kind and legal form, not the kind",
			"Суд оштрафував будівельну компанію ТОВ «Злагода» на 20 тисяч гривень.",
			[]string{"COERCE Суд → ТОВ «Злагода»"}},
		{"a firm's kind with adjectives and a legal form before its name in the accusative",
			"Податкова інспекція оштрафувала приватне підприємство ПП «Колос».",
			[]string{"COERCE Податкова інспекція → ПП «Колос»"}},
		{"a partner under з named after its kind in the instrumental and a legal form",
			"Міська рада уклала договір з компанією ТОВ «Вектор».",
			[]string{"AGREE Міська рада → ТОВ «Вектор»"}},
		{"a person of a firm is named with the firm's whole name, not its legal form or kind alone",
			"Поліція затримала директора компанії ТОВ «Сигма». Суд заарештував власника фірми «Омега».",
			[]string{"COERCE Поліція → директор компанії ТОВ «Сигма»", "COERCE Суд → власник фірми «Омега»"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestQ11PronounSubjectObject(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"he and him in one clause are two people: the one man named is not both, the subject stays as written",
			"Тренер Андрій Гуменюк приїхав до Львова. Він завжди підтримуватиме його.",
			[]string{"CONSULT/visit Андрій Гуменюк → Львів @Львів", "SUPPORT Він →  [future]"}},
		{"with a second man named, him is the other one",
			"Андрій Гуменюк зустрівся з Іваном Сорокою. Він привітав його з перемогою.",
			[]string{"CONSULT/meet Андрій Гуменюк → Іван Сорока", "SUPPORT Андрій Гуменюк → Іван Сорока"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestQ11ObjectPronounPluralVerb(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a woman named as subject of one clause and as the object of a plural verb after і is whom, with no actor",
			"Суддя Ганна Лисенко вийшла з приміщення суду, і її затримали.",
			[]string{"COERCE  → Ганна Лисенко"}},
		{"the clause may open at і with no comma",
			"Суддя Ганна Лисенко вийшла з приміщення суду і її затримали.",
			[]string{"COERCE  → Ганна Лисенко"}},
		{"an adverb between the pronoun and the plural verb",
			"Депутат Олег Сич прийшов до суду, і його згодом арештували.",
			[]string{"COERCE  → Олег Сич"}},
		{"a dative pronoun before a plural verb of suspicion is the suspect",
			"Посадовець Олег Сич вийшов з офісу, і йому повідомили про підозру.",
			[]string{"ACCUSE  → Олег Сич"}},
		{"a firm named as subject and as the pronoun's antecedent is whom the plural verb after і or тож is done to",
			"ТОВ «Світанок» порушило закон, і його оштрафували. Компанія «Зоря» не сплатила податки, тож її оштрафували.",
			[]string{"COERCE  → ТОВ «Світанок»", "COERCE  → Зоря"}},
		{"a subject of the plural verb after the pronoun keeps it",
			"Депутат Олег Сич прийшов до суду, і його затримали поліцейські.",
			[]string{"COERCE поліцейські → Олег Сич"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestQ11DialogueSelfIntroduction(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a line whose speaker introduces themself is theirs, and so are the lines after it",
			"— Ми чекаємо на ремонт уже другий рік, — каже Василь Дорош, голова громади.\n— Я Марта Гнатюк, вчителька місцевої школи. Працюю тут уже двадцять років.\n— Діти досі навчаються у старих класах, бо грошей ніхто не дає.",
			[]string{"Василь Дорош/казати/direct: Ми чекаємо на ремонт уже другий рік",
				"Марта Гнатюк/казати/direct: Я Марта Гнатюк, вчителька місцевої школи. Працюю тут уже двадцять років",
				"Марта Гнатюк/казати/direct: Діти досі навчаються у старих класах, бо грошей ніхто не дає"}},
		{"мене звати introduces the speaker too",
			"— Ми чекаємо на ремонт уже другий рік, — каже Василь Дорош.\n— Мене звати Марта Гнатюк, і я працюю в цій школі двадцять років.",
			[]string{"Василь Дорош/казати/direct: Ми чекаємо на ремонт уже другий рік",
				"Марта Гнатюк/казати/direct: Мене звати Марта Гнатюк, і я працюю в цій школі двадцять років"}},
		{"a line naming no one keeps the last speaker",
			"— Ми чекаємо на ремонт уже другий рік, — каже Василь Дорош.\n— Я вчитель і працюю в цій школі двадцять років.",
			[]string{"Василь Дорош/казати/direct: Ми чекаємо на ремонт уже другий рік",
				"Василь Дорош/казати/direct: Я вчитель і працюю в цій школі двадцять років"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestQ11StoryTownNarrowed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a local story's town is the place of later local events, not of a national body's or of one abroad or in the capital",
			"Новини Бердичева\n\nУ Бердичеві поліцейські затримали чоловіка, який викрав мопед. Поліція затримала його спільника вранці. Поліція затримала його брата за кордоном. Кабмін зобов'язав перевізників знизити ціни. Прикордонники затримали двох контрабандистів у столиці. Пізніше патрульні затримали водія.",
			[]string{"COERCE поліцейські → чоловік @Бердичів", "COERCE Поліція → спільник @Бердичів", "COERCE Поліція → брат",
				"COERCE Кабмін → перевізники", "COERCE Прикордонники → двоє контрабандистів", "COERCE патрульні → водій @Бердичів"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
