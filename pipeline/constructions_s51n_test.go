package pipeline_test

import "testing"

// TestS51nSharedPluralHead checks that bodies and places named by
// adjectives coordinated before one plural head, with plural adjectives
// of their own before it (Київської та Чернігівської обласних військових
// адміністрацій), are each named in full in the singular, the adjectives
// in the head noun's gender (воєводство is neuter, though the tagger may
// read Люблінському as masculine).
func TestS51nSharedPluralHead(t *testing.T) {
	checkNames(t, []namesCase{
		{"regions' military administrations",
			"Представники Київської та Чернігівської обласних військових адміністрацій провели нараду.",
			[]string{"ORG:Київська обласна військова адміністрація", "ORG:Чернігівська обласна військова адміністрація"},
			[]string{"ORG:Чернігівська обласний військовий адміністрація", "ORG:Київська адміністрація"}},
		{"councils",
			"Депутати Полтавської та Сумської обласних рад ухвалили звернення до уряду.",
			[]string{"ORG:Полтавська обласна рада", "ORG:Сумська обласна рада"}, nil},
		{"neuter provinces",
			"Польські фермери протестують у Люблінському та Підкарпатському воєводствах.",
			[]string{"LOC:Люблінське воєводство", "LOC:Підкарпатське воєводство"},
			[]string{"LOC:Люблінський воєводство", "LOC:Підкарпатський воєводство"}},
		{"courts",
			"Справи розглядали судді Шевченківського та Печерського районних судів.",
			[]string{"ORG:Шевченківський районний суд", "ORG:Печерський районний суд"}, nil},
	})
}

// TestS51nNameOfTheComplement checks that a name in the genitive after a
// title whose head is in the nominative but whose complement is a
// person's noun in the genitive (радник прем'єр-міністра Польщі) is the
// complement's person, brought to the nominative, not a name that does
// not decline.
func TestS51nNameOfTheComplement(t *testing.T) {
	checkNames(t, []namesCase{
		{"adviser to the prime minister",
			"Радник прем'єр-міністра Польщі Дональда Туска дав інтерв'ю агентству.",
			[]string{"PERS:Дональд Туск"}, []string{"PERS:Дональда Туска"}},
		{"spokesman of the president",
			"Речник президента Франції Еммануеля Макрона відмовився від коментарів.",
			[]string{"PERS:Еммануель Макрон"}, []string{"PERS:Еммануеля Макрона"}},
		{"a foreign name that does not decline stays",
			"Міністр оборони Литви Довіле Шакалєне відвідала Київ.",
			[]string{"PERS:Довіле Шакалєне"}, nil},
	})
}

// TestS51nFamilySurname checks that people named by their first names
// before one surname in the plural (Оксана і Олексій Кулагіни) each take
// the surname in their own gender and number, also when the tagger reads
// the plural as a woman's first name or a place: the man's form for a
// man, the woman's for a woman.
func TestS51nFamilySurname(t *testing.T) {
	checkNames(t, []namesCase{
		{"-іни read as a first name",
			"Засновниками компанії є Оксана і Олексій Кулагіни.",
			[]string{"PERS:Олексій Кулагін", "PERS:Оксана Кулагіна"}, []string{"PERS:Олексій Кулагіна"}},
		{"a plural in -и read as a place",
			"Банком володіють брати Сергій та Олександр Буряки.",
			[]string{"PERS:Сергій Буряк", "PERS:Олександр Буряк"}, []string{"PERS:Сергій Буряки"}},
		{"the tagger's plural surname stays right",
			"На концерт прийшли Петро та Ганна Морозови.",
			[]string{"PERS:Петро Морозов", "PERS:Ганна Морозова"}, nil},
	})
}

// TestS51nBracketedForeignAcronym checks that a body's acronym in
// brackets right after its name is that body's also when it spells the
// name in another language, in Ukrainian letters (ЮНІСЕФ), and
// that the body is named by the name spelled out.
func TestS51nBracketedForeignAcronym(t *testing.T) {
	checkNames(t, []namesCase{
		{"UNICEF",
			"Представниця Дитячого фонду ООН (ЮНІСЕФ) відвідала школу в Ірпені. Згодом ЮНІСЕФ передав обладнання.",
			[]string{"ORG:Дитячий фонд ООН"}, []string{"ORG:ЮНІСЕФ"}},
		{"UNICEF in the dative",
			"Мерія передала Дитячому фонду ООН (ЮНІСЕФ) список шкіл. ЮНІСЕФ обіцяє укриття.",
			[]string{"ORG:Дитячий фонд ООН"}, []string{"ORG:ЮНІСЕФ"}},
	})
}

// TestS51nWomanAfterHerTitle checks that a woman's first name in -а/-я
// before a surname that does not decline, which the tagger reads as a
// man's genitive, stays hers in the nominative when a woman's title in
// the nominative opens the words before it and a verb in the feminine
// follows; a name right after a word of kinship is that word's genitive.
func TestS51nWomanAfterHerTitle(t *testing.T) {
	checkNames(t, []namesCase{
		{"deputy head of a regional administration",
			"Заступниця голови Рівненської ОДА з гуманітарних питань Юлія Гречко повідомила, що виплати збільшать.",
			[]string{"PERS:Юлія Гречко"}, []string{"PERS:Юлій Гречко"}},
		{"adviser to a mayor",
			"Радниця мера Львова з гуманітарних питань Юлія Стецько повідомила, що виставку перенесли.",
			[]string{"PERS:Юлія Стецько"}, []string{"PERS:Юлій Стецько"}},
		{"a wife is her husband's",
			"Дружина Джорджа Клуні заявила, що фільм вийде восени.",
			[]string{"PERS:Джордж Клуні"}, nil},
	})
}

// TestS51nWomansDoubleSurname checks that a woman's double surname in an
// oblique case is brought to the nominative part by part: a part of the
// kinds in -ова, -ина, -ська takes -а, a part that does not decline for
// a woman (Бойко, Коваль) stays.
func TestS51nWomansDoubleSurname(t *testing.T) {
	checkNames(t, []namesCase{
		{"accusative, -ину and -ко",
			"Кабмін призначив Оксану Мельничину-Бойко заступницею міністра.",
			[]string{"PERS:Оксана Мельничина-Бойко"}, []string{"PERS:Оксана Мельничину-Бойко"}},
		{"instrumental, -овою",
			"Мер зустрівся з Іриною Сидоровою-Бойко в ратуші.",
			[]string{"PERS:Ірина Сидорова-Бойко"}, nil},
		{"dative, -ській",
			"Нагороду вручили Марії Ковальській-Шевчук у театрі.",
			[]string{"PERS:Марія Ковальська-Шевчук"}, nil},
	})
}

// TestS51nLastOfCoordinatedRegions checks that a region named by the last
// of adjectives coordinated before a shared plural head, when the tagger
// gives it a span of its own (Тернопільська області), takes the head in
// the singular.
func TestS51nLastOfCoordinatedRegions(t *testing.T) {
	checkNames(t, []namesCase{
		{"two regions",
			"Закупівлі провели дешевше, ніж Чернігівська та Сумська області.",
			[]string{"LOC:Сумська область"}, []string{"LOC:Сумська області"}},
	})
}
