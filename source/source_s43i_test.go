package source_test

import "testing"

// Session 43 (h43i): a closing dash line that credits the report, the
// speaker of an interview given to the publisher, and bodies named by
// their kind and adjectives alone.
func TestS43ISources(t *testing.T) {
	checkFind(t, []findCase{
		{"a dash line closing the text credits its outlet",
			"Уряд виділив кошти на ремонт шкіл\n\nКабінет міністрів виділив 300 млн грн на ремонт шкіл.\n\n" +
				"Кошти спрямують на укриття.\n\n— УНН",
			"УНН", nil, nil, nil},
		{"a dash line closing the text, a credit after it",
			"Уряд виділив кошти на ремонт шкіл\n\nКабінет міністрів виділив 300 млн грн на ремонт шкіл.\n\n" +
				"— Інтерфакс-Україна\n\nФото: Кабінет міністрів",
			"Інтерфакс-Україна", nil, []string{"Кабінет міністрів"}, nil},
		{"a headline's dash outlet stays cited",
			"Росія готує новий наступ — Reuters\n\nРосія перекидає війська на південь.",
			"", []string{"Reuters"}, nil, nil},
		{"the speaker of an interview given to the publisher is cited",
			"Міністр: бюджет витримає\n\nУкраїна профінансує оборону до кінця року. " +
				"Про це в інтерв'ю «Українській правді» заявив міністр фінансів Сергій Марченко.",
			"Українська правда", []string{"Сергій Марченко"}, nil, nil},
		{"a body by its adjectives and kind after a closing cue",
			"Пункт пропуску закрили\n\nПольща закрила пункт пропуску для вантажівок, передає Укрінформ.\n\n" +
				"Рух обмежили через ремонт дороги, повідомили в польському прикордонному відомстві.",
			"Укрінформ", []string{"польське прикордонне відомство"}, nil, nil},
		{"a second body by its adjectives and kind after з посиланням на",
			"На Сумщині загинули двоє людей\n\nУнаслідок обстрілу загинули двоє людей. " +
				"Про це повідомляє Суспільне з посиланням на Національну поліцію та обласну військову адміністрацію.",
			"Суспільне", []string{"Національну поліцію", "обласна військова адміністрація"}, nil, nil},
		{"a determiner names the body told before",
			"Пункт пропуску закрили\n\nПольща закрила пункт пропуску для вантажівок, повідомили в Державній прикордонній службі.\n\n" +
				"Рух обмежили через ремонт дороги, повідомили у профільному відомстві.",
			"", []string{"Державній прикордонній службі"}, nil, nil},
		{"a photographer and the agency after a comma are one credit",
			"У Рівному відкрили міст\n\nРух мостом відновили після ремонту, повідомили в Рівненській ОВА.\n\nФото: Олена Петрук, Укрінформ",
			"", []string{"Рівненській ОВА"}, []string{"Олена Петрук, Укрінформ"}, nil},
		{"two photographers after a comma stay two credits",
			"У Рівному відкрили міст\n\nРух мостом відновили після ремонту.\n\nФото: Олена Петрук, Іван Сидоренко",
			"", nil, []string{"Олена Петрук", "Іван Сидоренко"}, nil},
		{"an emphasis closing a quote cites the body an opening У named",
			"Порти під ударом\n\nРосія атакувала порти Одещини, передає Укрінформ.\n\n" +
				"У МВС України закликали партнерів посилити оборону. «Кожен збитий дрон рятує життя», — наголосили у відомстві.",
			"Укрінформ", []string{"МВС України"}, nil, nil},
	})
}
