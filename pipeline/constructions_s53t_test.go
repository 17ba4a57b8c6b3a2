package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// The constructions of this file are job titles attached to people,
// examined by class in session 53 over the snapshot texts and the study
// half of the entity sets; the sentences are our own.

// TestS53TDashApposition checks that a title after a name and a dash,
// which news writes for the apposition's comma or for the copula, is the
// name's title, in the nominative and in the instrumental of a predicate
// whose verb is left out.
func TestS53TDashApposition(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Про нову лінію розповів Ігор Сидоренко – директор Житомирського заводу металоконструкцій.",
			person: "Ігор Сидоренко", want: []string{"директор Житомирського заводу металоконструкцій"}},
		{text: "Ганна Петренко — депутатка Полтавської міської ради, подала запит щодо ремонту.",
			person: "Ганна Петренко", want: []string{"депутатка Полтавської міської ради"}},
		{text: "Петро Бондар є директором фірми, а Олена Шевчук – головним бухгалтером підприємства.",
			person: "Олена Шевчук", want: []string{"головний бухгалтер підприємства"}},
	})
}

// TestS53TTitleChain checks that titles listed after a name, each after
// a comma, are all the name's: "X, депутат облради, екс-очільник
// управління освіти, …".
func TestS53TTitleChain(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Василь Тарасенко, депутат Черкаської обласної ради, екс-очільник Управління освіти Черкаської області, прийшов на зустріч.",
			person: "Василь Тарасенко", want: []string{"депутат Черкаської обласної ради", "екс-очільник Управління освіти Черкаської області"}},
		{text: "Марія Кравчук, заступниця міського голови Ужгорода, директорка департаменту культури, відкрила виставку.",
			person: "Марія Кравчук", want: []string{"директорка департаменту культури"}},
		{text: "Земля належить дочці Анатолія Кравця, колишнього начальника управління освіти, екс-заступника голови Вінницької обласної адміністрації.",
			person: "Анатолій Кравець", want: []string{"екс-заступник голови Вінницької обласної адміністрації"}},
	})
}

// TestS53TLongBodyTitles checks titles whose body, in the genitive, has a
// long name: a gloss in brackets inside it (Федерація хокею (на траві)
// міста Луцька), before the name and after it, and the titles of one
// who acts in a post, by the participle (виконуюча обов'язки, whose
// object is no plural head) and by the abbreviation at a sentence's
// start (В. о. голови, the genitive kept).
func TestS53TLongBodyTitles(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Голова Федерації хокею (на траві) міста Луцька Петро Сич відкрив турнір.",
			person: "Петро Сич", want: []string{"голова Федерації хокею (на траві) міста Луцька"}},
		{text: "Петро Сич, голова Федерації футзалу (міні-футболу) Волинської області, відкрив турнір.",
			person: "Петро Сич", want: []string{"голова Федерації футзалу (міні-футболу) Волинської області"}},
		{text: "Виконуюча обов'язки ректорки Волинського університету Анна Сич відкрила конференцію.",
			person: "Анна Сич", want: []string{"виконуюча обов'язки ректорки Волинського університету"}},
		{text: "В. о. голови Федерації шахів міста Рівного Петро Сич привітав переможців.",
			person: "Петро Сич", want: []string{"в. о. голови Федерації шахів міста Рівного"}},
	})
}

// TestS53TWomansTitleField checks a woman's title whose field, after з,
// follows the noun itself, before her name: the tagger leaves such a
// title out, and the rule that adds women's titles stopped at з.
func TestS53TWomansTitleField(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "«Ми посилимо тиск», – заявила державна міністерка з питань торгівлі Гелен Сміт.",
			person: "Гелен Сміт", want: []string{"державна міністерка з питань торгівлі"}},
		{text: "Радниця з питань безпеки Олена Гринчук розповіла про нові укриття.",
			person: "Олена Гринчук", want: []string{"радниця з питань безпеки"}},
	})
}

// TestS53TForeignColleague checks that a colleague of a nationality the
// text names no place of ("Його литовський колега") is the counterpart
// named bare beside a titled official in the sentences before, and no
// one when that counterpart is not named.
func TestS53TForeignColleague(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ text, phrase, want string }{
		{"Міністр закордонних справ України Андрій Сибіга зустрівся з Ееро Лаанеметсом. Його естонський колега пообіцяв нові пакети допомоги.",
			"естонський колега", "Ееро Лаанеметс"},
		{"Прем'єр-міністерка Юлія Свириденко провела розмову з Мареком Новаком. Її чеський колега запевнив, що постачання снарядів триватиме.",
			"чеський колега", "Марек Новак"},
		{"Міністерка економіки Юлія Свириденко провела переговори з Еліною Валтонен. Її фінська колега розповіла про інвестиції.",
			"фінська колега", "Еліна Валтонен"},
		{"Угорський міністр фінансів Міхай Варга голосував проти. Його словацький колега утримався.",
			"словацький колега", ""},
	} {
		x := p.Extract(tt.text, time.Time{})
		got := ""
		for _, e := range x.Entities {
			for _, m := range e.Mentions {
				if strings.EqualFold(m.Text, tt.phrase) {
					got = e.Name
				}
			}
		}
		if got != tt.want {
			t.Errorf("%q in %q: the mention of %q, want %q", tt.phrase, tt.text, got, tt.want)
		}
	}
}

// TestS53TWomensOffices checks women's titles of office before a name
// that the model misses after a word of its own tag (журналістам): the
// feminine words of the rule that adds women's titles.
func TestS53TWomensOffices(t *testing.T) {
	var cases []titleCase
	for _, title := range []string{"лідерка партії", "представниця Євросоюзу", "координаторка проєкту", "засновниця фонду",
		"співзасновниця компанії", "віцеспікерка парламенту", "командирка роти", "віцемерка міста", "деканка факультету"} {
		cases = append(cases, titleCase{text: "«Ми не відступимо», – сказала журналістам " + title + " Ольга Петренко.",
			person: "Ольга Петренко", want: []string{title}})
	}
	checkTitleCases(t, load(t), cases)
}

// TestS53TConstituencyAndPost checks a title that goes on, before the
// name, with the place its holder is elected from or posted in, told by
// a common noun: "від округу", "від села", "в області".
func TestS53TConstituencyAndPost(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Народний депутат від округу Вадим Гончар пообіцяв направити запит.",
			person: "Вадим Гончар", want: []string{"народний депутат від округу"}},
		{text: "Депутатка міськради від села Галина Мельник розповіла про дорогу.",
			person: "Галина Мельник", want: []string{"депутатка міськради від села"}},
		{text: "Про це заявив керівник обласного штабу партії в області Роман Климук.",
			person: "Роман Климук", want: []string{"керівник обласного штабу партії в області"}},
	})
}

// TestS53TLatinBodyInTitle checks that a name in Latin letters between a
// title and a person's name in Cyrillic is the body of the title, not a
// person who holds it.
func TestS53TLatinBodyInTitle(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Директор Nordwind Solar Ларс Янсен розповів про плани компанії.",
			person: "Ларс Янсен", want: []string{"директор Nordwind Solar"}},
	})
}

// TestS53TMemberTitle checks a member of a body's board or council
// before the name, where the model leaves the title out: "член
// регулятора Олександр Формагей".
func TestS53TMemberTitle(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Як пояснив член регулятора Олександр Формагей, тариф зросте з наступного місяця.",
			person: "Олександр Формагей", want: []string{"член регулятора"}},
	})
}

// TestS53TElectedMember checks a head's title given by a verb in the
// instrumental before a member's title and the name ("обрала своїм
// головою незалежного члена ради Анну Сміт"): the member's title is the
// person's, not one title of both.
func TestS53TElectedMember(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Наглядова рада компанії обрала своїм головою незалежного члена ради Анну Сміт, яка змінила на посаді Петра Коваля.",
			person: "Анна Сміт", want: []string{"незалежний член ради"}, not: []string{"голова незалежного члена ради"}},
	})
}

// TestS53TRegionCovered checks a title that goes on with the region it
// covers, a place after з, before the holder's name: "директорка ЄБРР
// зі Східної Європи Ганна Берг".
func TestS53TRegionCovered(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Керуюча директорка ЄБРР зі Східної Європи Ганна Берг зазначила, що банк готовий фінансувати енергетику.",
			person: "Ганна Берг", want: []string{"керуюча директорка ЄБРР зі Східної Європи"}},
		{text: "Регіональний директор Світового банку зі Східної Європи Петер Мюллер відвідав Київ.",
			person: "Петер Мюллер", want: []string{"регіональний директор Світового банку зі Східної Європи"}},
	})
}

// TestS53TInstrumentalAfterOblique checks that a title in the
// instrumental after a name in an oblique case and a comma is no
// apposition of that name (it tells what someone after it is), while one
// after a name in the nominative or the instrumental is.
func TestS53TInstrumentalAfterOblique(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Головою правління підприємства є Олексій Гужва, екс-заступник мера Умані Сергія Ковальчука, головою наглядової ради – Ніна Гринько.",
			person: "Сергій Ковальчук", not: []string{"голова наглядової ради"}},
		{text: "Бухгалтером є Тамара Ренкас, а Ніна Олійник – завідувачем виробництва кооперативу.",
			person: "Ніна Олійник", want: []string{"завідувач виробництва кооперативу"}},
		{text: "Він зустрівся з Петром Іваненком, директором заводу.",
			person: "Петро Іваненко", want: []string{"директор заводу"}},
	})
}

// TestS53TQuotedBodyInTitle checks a title whose body is named in
// quotation marks after a noun for a body, before the holder's name,
// where the model reads the quoted name as a work's.
func TestS53TQuotedBodyInTitle(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Голова громадської організації «Київ на ровері» Мар'яна Петренко нагадує про правила руху.",
			person: "Мар'яна Петренко", want: []string{"голова громадської організації «Київ на ровері»"}},
	})
}

// TestS53TDativeAdjective checks the adjective of a title in the dative
// that the tagger read as a locative (селищному голові): with no
// preposition before it, it is the title's.
func TestS53TDativeAdjective(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Ключі від автомобіля селищному голові Віктору Мельнику вручила директорка фонду.",
			person: "Віктор Мельник", want: []string{"селищний голова"}},
	})
}
