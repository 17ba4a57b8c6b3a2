package pipeline_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/pipeline"
)

// The constructions of this file were found reading the errors of the
// entity set (testdata/gold/entities1.jsonl); the sentences are our own.

// checkTitles fails t unless the entity named person holds every title
// of want and none of not.
func checkTitles(t *testing.T, x *vistka.Extraction, person string, want, not []string) {
	t.Helper()
	e := entityByName(x, person)
	if e == nil {
		t.Fatalf("no entity %q: %+v", person, x.Entities)
	}
	for _, w := range want {
		if !slices.Contains(e.Titles, w) {
			t.Errorf("titles %q, want %q", e.Titles, w)
		}
	}
	for _, w := range not {
		if slices.Contains(e.Titles, w) {
			t.Errorf("titles %q, do not want %q", e.Titles, w)
		}
	}
}

// titleCase is a text, a person named in it, and the titles the person
// must hold (want) and must not (not).
type titleCase struct {
	text, person string
	want, not    []string
}

// checkTitleCases extracts each text and checks its person's titles (see
// checkTitles).
func checkTitleCases(t *testing.T, p *pipeline.Pipeline, tests []titleCase) {
	t.Helper()
	for _, tt := range tests {
		checkTitles(t, p.Extract(tt.text, time.Time{}), tt.person, tt.want, tt.not)
	}
}

// entityByName returns the entity of x named name, or nil.
func entityByName(x *vistka.Extraction, name string) *vistka.Entity {
	for i := range x.Entities {
		if x.Entities[i].Name == name {
			return &x.Entities[i]
		}
	}
	return nil
}

// namesOf returns the names of x's entities, for a test's message.
func namesOf(x *vistka.Extraction) []string {
	var names []string
	for _, e := range x.Entities {
		names = append(names, e.Name)
	}
	return names
}

func TestEntityTitles(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want               []string // titles the person must have
		not                []string // titles the person must not have
	}{
		{"two genitives joined by a conjunction",
			"Міністр розвитку громад та територій Іван Петренко відкрив міст у Полтаві.",
			"Іван Петренко", []string{"міністр розвитку громад та територій"}, nil},
		{"two genitives joined by і",
			"Заступник міністра освіти і науки Оксана Коваль відвідала школу в Житомирі.",
			"Оксана Коваль", []string{"заступник міністра освіти і науки"}, nil},
		{"у справах",
			"Міністр у справах ветеранів Петро Сидоренко зустрівся з волонтерами.",
			"Петро Сидоренко", []string{"міністр у справах ветеранів"}, nil},
		{"з and the field of an office",
			"Радник з питань безпеки Андрій Мельник прибув до Львова.",
			"Андрій Мельник", []string{"радник з питань безпеки"}, nil},
		{"two titles joined by a dash",
			"Віцепрем'єр-міністр з відновлення України – міністр розвитку громад та територій Іван Петренко відкрив міст.",
			"Іван Петренко", []string{"віцепрем'єр-міністр з відновлення України", "міністр розвитку громад та територій"}, nil},
		{"a dash after a clause is no title",
			"Міністр оборони підписав наказ – міністр закордонних справ Оксана Коваль відкрила форум.",
			"Оксана Коваль", []string{"міністр закордонних справ"}, []string{"міністр оборони"}},
		{"a posting in the locative before the name",
			"Посол Італії в Україні Марко Россі вручив нагороди лікарям.",
			"Марко Россі", []string{"посол Італії в Україні"}, nil},
		{"a second title in the genitive is not joined to the first",
			"Суд заарештував майно колишнього губернатора Донецької області та міністра будівництва Івана Петренка.",
			"Іван Петренко", nil, []string{"колишній губернатор Донецької області та міністра будівництва"}},
		{"a predicative adjective is no part of the title",
			"На зустрічі був присутній посол Греції в Україні Ніколаос Папас.",
			"Ніколаос Папас", []string{"посол Греції в Україні"}, []string{"присутній посол Греції в Україні"}},
		{"a title before a surname at the start of a sentence",
			"Прем'єр Ковальчук відповів на критику опозиції в парламенті.",
			"Ковальчук", []string{"прем'єр"}, nil},
		{"a former title before a name the tagger reads as a common noun",
			"На виборах перемогла партія колишнього прем'єра Бойка Гнатюка.",
			"Бойко Гнатюк", []string{"колишній прем'єр"}, []string{"колишній прем'єр Бойка"}},
		{"a minister's field and country between the title and the name",
			"Він зустрівся з міністром транспорту Латвії Яном Берзіньшем у Ризі.",
			"Ян Берзіньш", []string{"міністр транспорту Латвії"}, nil},
		{"a minister of fields in a list",
			"Міністр економіки, довкілля та енергетики Остап Гнатюк відвідав Одесу.",
			"Остап Гнатюк", []string{"міністр економіки, довкілля та енергетики"}, nil},
		{"a military rank before a name",
			"Ракету випустив підрозділ під командуванням полковника Івана Мороза.",
			"Іван Мороз", []string{"полковник"}, nil},
		{"a body named in quotation marks after the title",
			"Лідер «Світанку» Драган Драганов не визнав результатів виборів.",
			"Драган Драганов", []string{"лідер «Світанку»"}, nil},
		{"a title and a body in quotes the tagger took for one body",
			"Представниця благодійного фонду «Світанок» Олена Гнатюк сказала, що вирок важливий.",
			"Олена Гнатюк", []string{"представниця благодійного фонду «Світанок»"}, nil},
		{"a church title before a name",
			"Митрополит Климент освятив храм у Тернополі.",
			"Климент", []string{"митрополит"}, nil},
		{"a church title with an adjective the tagger may read as a body",
			"Президент зустрівся у Ватикані з Вселенським патріархом Варфоломієм.",
			"Варфоломій", []string{"вселенський патріарх"}, nil},
		{"two titles of one name, a body between",
			"Предстоятель Української греко-католицької церкви архієпископ Святослав відвідав Запоріжжя.",
			"Святослав", []string{"архієпископ", "предстоятель Української греко-католицької церкви"}, nil},
		{"a posting after a name in apposition is no title of the next name",
			"Учора посол Італії в Україні зустрівся з мером Одеси. Марко Россі також відвідав порт.",
			"Марко Россі", nil, []string{"посол Італії в Україні", "посол Італії"}},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		e := entityByName(x, tt.person)
		if e == nil {
			var names []string
			for _, e := range x.Entities {
				names = append(names, e.Type+" "+e.Name)
			}
			t.Errorf("%s: no entity %q in %s", tt.name, tt.person, strings.Join(names, ", "))
			continue
		}
		for _, w := range tt.want {
			if !slices.Contains(e.Titles, w) {
				t.Errorf("%s: titles of %s = %q, want %q among them", tt.name, tt.person, e.Titles, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(e.Titles, w) {
				t.Errorf("%s: titles of %s = %q, want no %q", tt.name, tt.person, e.Titles, w)
			}
		}
	}
}

func TestEntityPronouns(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		want       string // the person the first він or вона is a mention of; "" for none
	}{
		{"a pronoun opening a sentence is the subject of the one before",
			"Міністр Іван Петренко відкрив школу. Посол Франції Жан Дюпон відвідав Харків. Він зустрівся з військовими.",
			"Жан Дюпон"},
		{"a feminine pronoun and the subject before",
			"Прем'єр-міністр Іван Петренко відкрив міст. Посолка Франції Марі Дюбуа оглянула порт. Вона подякувала рятувальникам.",
			"Марі Дюбуа"},
		{"a pronoun inside a quote is left open",
			"Прокурор Іван Петренко виступив у суді. «Вирок заочний, але він не символічний», — сказав прокурор.",
			""},
		{"a pronoun inside a quote for a man named in the quote",
			"Міністерка Олена Коваль виступила в парламенті. «Три роки тому Путін розраховував на швидку перемогу. Він помилився», — заявила міністерка.",
			"Путін"},
		{"two men in the sentence before leave it open",
			"Міністр Іван Петренко відкрив школу. Посол Франції Жан Дюпон подякував Олегу Коваленку. Він зустрівся з військовими.",
			""},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := ""
		for _, e := range x.Entities {
			for _, m := range e.Mentions {
				if m.Kind == "pronoun" {
					got = e.Name
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: pronoun given to %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestEntityRoles(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, role string
		want             string // the person the role phrase is a mention of; "" for none
	}{
		{"the head of a region is the one head of a regional administration",
			"Голова Харківської ОВА Олег Іваненко відвідав школу. «Ми відбудуємо її до осені», — сказав очільник області.",
			"очільник області", "Олег Іваненко"},
		{"a head of a military administration",
			"Начальник Одеської обласної військової адміністрації Петро Мельник оглянув порт. Потім очільник області зустрівся з моряками.",
			"очільник області", "Петро Мельник"},
		{"two heads of regions leave it open",
			"Голова Харківської ОВА Олег Іваненко і голова Сумської ОВА Петро Мельник підписали угоду. «Ми відбудуємо школи до осені», — сказав очільник області.",
			"очільник області", ""},
		{"of two ministers, the one named last as a subject",
			"Міністр аграрної політики Угорщини Іштван Ковач заборонив імпорт зерна. Міністр економіки України Олег Петренко назвав рішення порушенням угоди. «Ми відповімо дзеркально», — наголосив міністр.",
			"міністр", "Олег Петренко"},
		{"of two ministers, the last named as no subject leaves it open",
			"Міністр економіки України Олег Петренко зустрівся з міністром фінансів Польщі Яном Ковальським. «Ми відповімо дзеркально», — наголосив міністр.",
			"міністр", ""},
		{"of two presidents, names inside the quote are passed over",
			"Президент України Олег Петренко провів розмову з президентом Чилі Хуаном Пересом. Про це Петренко повідомив у Telegram. «Подякував Пересу за підтримку», – написав президент.",
			"президент", "Олег Петренко"},
		{"a church title as a role word",
			"Президент зустрівся з Вселенським патріархом Варфоломієм. «Україна не сама», — наголосив патріарх.",
			"патріарх", "Варфоломій"},
		{"a role word as the object of a verb",
			"Президент зустрівся з Вселенським патріархом Варфоломієм. Він подякував патріархові за підтримку.",
			"патріархові", "Варфоломій"},
		{"a role word after a preposition",
			"Прем'єр-міністерка Данії Метте Фредеріксен відвідала Київ. Журналісти поїхали з прем'єркою до Ірпеня.",
			"прем'єркою", "Метте Фредеріксен"},
		{"a role word completing another noun is left",
			"Прем'єр-міністерка Данії Метте Фредеріксен відвідала Київ. Радник прем'єрки розповів про плани.",
			"прем'єрки", ""},
		{"the commander is the one a unit acted under the command of",
			"Підрозділ під командуванням полковника Івана Мороза обстріляв місто. Суд визнав командира винним.",
			"командира", "Іван Мороз"},
		{"two commanders leave it open",
			"Підрозділи під командуванням полковника Івана Мороза та під командуванням майора Петра Коваля обстріляли місто. Суд визнав командира винним.",
			"командира", ""},
		{"a mayor is no head of a region",
			"Міський голова Полтави Олег Іваненко відвідав школу. «Ми відбудуємо її до осені», — сказав очільник області.",
			"очільник області", ""},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := ""
		for _, e := range x.Entities {
			for _, m := range e.Mentions {
				if m.Kind == "title" && m.Text == tt.role {
					got = e.Name
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: %q given to %q, want %q", tt.name, tt.role, got, tt.want)
		}
	}
}

// TestEntityCountryTails: a body named once with one name of its country
// and once with another (an acronym the gazetteer's short name spells)
// is one body; a body of another country is not.
func TestEntityCountryTails(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, a, b string
		same             bool
	}{
		{"a shortening with an acronym of the country",
			"Міністерство оборони Росії заявило про удар по Харкову. Пізніше в Міноборони РФ визнали втрати.",
			"Міністерство оборони Росії", "Міноборони РФ", true},
		{"an acronym with the country's name",
			"У МЗС РФ погрожували Фінляндії. Міністерство закордонних справ Росії викликало посла.",
			"МЗС РФ", "Міністерство закордонних справ Росії", true},
		{"another country's body",
			"Міністерство оборони України спростувало заяву. Раніше в Міноборони РФ говорили про наступ.",
			"Міністерство оборони України", "Міноборони РФ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			id := func(name string) string {
				for _, e := range x.Entities {
					if e.Name == name || slices.Contains(e.Aliases, name) {
						return e.ID
					}
				}
				t.Fatalf("no entity %q in %v", name, x.Entities)
				return ""
			}
			if got := id(tt.a) == id(tt.b); got != tt.same {
				t.Errorf("%q and %q one entity: %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
}

// TestEntityAdjacentNames: a first name and a surname the tagger took for
// two people are one name; a name governed by a preposition and the
// subject right after it stay two people.
func TestEntityAdjacentNames(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		want, not  []string // entity names that must be there, and must not
	}{
		{"a governed name before the subject",
			"Після розмови з Шольцом Макрон поїхав до Берліна.",
			[]string{"Шольц", "Макрон"}, []string{"Шольцом Макрон"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			for _, n := range tt.want {
				if entityByName(x, n) == nil {
					t.Errorf("no entity %q in %v", n, x.Entities)
				}
			}
			for _, n := range tt.not {
				if entityByName(x, n) != nil {
					t.Errorf("entity %q, want none", n)
				}
			}
		})
	}
}

// A country named inside a title the tagger tagged whole is a place
// mention all the same: міністр закордонних справ Латвії.
func TestEntityTitlePlaces(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, place, mention string
	}{
		{"a minister of a country", "Він зустрівся з міністром транспорту Латвії Яном Берзіньшем у Ризі.", "Латвія", "Латвії"},
		{"a minister of fields of a country", "Про це повідомив міністр сільського господарства Естонії Мартін Тамм.", "Естонія", "Естонії"},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		e := entityByName(x, tt.place)
		if e == nil || e.Type != "LOC" || !slices.ContainsFunc(e.Mentions, func(m vistka.Mention) bool { return m.Text == tt.mention }) {
			var names []string
			for _, e := range x.Entities {
				names = append(names, e.Type+" "+e.Name)
			}
			t.Errorf("%s: no place %q mentioned as %q in %s", tt.name, tt.place, tt.mention, strings.Join(names, ", "))
		}
	}
}
