package source_test

import (
	"testing"

	"github.com/vistka/vistka/source"
)

// findCase is one text with the source it should give.
type findCase struct {
	name      string
	in        string
	publisher string
	via       []string
	photo     []string
	video     []string
}

func checkFind(t *testing.T, tests []findCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := source.Find(tt.in)
			check(t, tt.in, got)
			if got.Publisher != tt.publisher || !equal(got.Via, tt.via) || !equal(got.Photo, tt.photo) || !equal(got.Video, tt.video) {
				t.Errorf("Find(%q) = %s\nwant publisher %q via %q photo %q video %q", tt.in, dump(got), tt.publisher, tt.via, tt.photo, tt.video)
			}
		})
	}
}

// TestS38JoinedRemit checks that a ministry's remit joined by і, та or й
// is read whole, with the country after it, and that two bodies joined
// so stay two.
func TestS38JoinedRemit(t *testing.T) {
	checkFind(t, []findCase{
		{"і inside a ministry's name after з посиланням на пресслужбу",
			"Школи відремонтують\n\nУряд виділив гроші на ремонт шкіл. Про це повідомляє Укрінформ з посиланням на пресслужбу Міністерства освіти і науки.",
			"Укрінформ", []string{"пресслужба Міністерства освіти і науки"}, nil, nil},
		{"та inside a ministry's name with its country",
			"Міністри зустрілися\n\nМіністри фінансів зустрілися в Римі. Про це повідомляє Укрінформ з посиланням на Міністерство економіки та фінансів Італії.",
			"Укрінформ", []string{"Міністерство економіки та фінансів Італії"}, nil, nil},
		{"an adjective after та",
			"Гранти для аграріїв\n\nАграрії отримали гранти. Про це повідомили в Міністерстві аграрної політики та продовольства.",
			"", []string{"Міністерство аграрної політики та продовольства"}, nil, nil},
		{"the nominative after повідомляє with the country closing the clause",
			"Іспити перенесли\n\nІспити перенесли на червень. Про це повідомляє Міністерство освіти і науки України.",
			"", []string{"Міністерство освіти і науки України"}, nil, nil},
		{"a verb after та ends the name",
			"Ракети збито\n\nППО збила дві ракети. Про це повідомили в Міністерстві оборони та пообіцяли подробиці.",
			"", []string{"Міністерство оборони"}, nil, nil},
		{"a capitalised body after та is a second source",
			"Ракети збито\n\nППО збила дві ракети. Про це повідомили в Міністерстві оборони та Генштабі.",
			"", []string{"Міністерство оборони", "Генштаб"}, nil, nil},
		{"a body with no remit does not take the word after та",
			"Стрільця затримали\n\nУ Києві затримали стрільця. Про це повідомили в Офісі генпрокурора та поліції.",
			"", []string{"Офіс генпрокурора"}, nil, nil},
	})
}

// TestS38ForcesOf checks that a body named with the forces it belongs to,
// "Збройних сил України", is read whole in any case.
func TestS38ForcesOf(t *testing.T) {
	checkFind(t, []findCase{
		{"the General Staff in the nominative",
			"Відбито 50 атак\n\nСили оборони відбили 50 атак. Про це повідомляє Генеральний штаб Збройних сил України.",
			"", []string{"Генеральний штаб Збройних сил України"}, nil, nil},
		{"the General Staff in the locative",
			"Відбито 50 атак\n\nСили оборони відбили 50 атак. Про це повідомили в Генеральному штабі Збройних сил України.",
			"", []string{"Генеральний штаб Збройних сил України"}, nil, nil},
		{"a command of the forces",
			"Відбито 50 атак\n\nСили оборони відбили 50 атак. Про це повідомляє Об'єднане командування Збройних сил України.",
			"", []string{"Об'єднане командування Збройних сил України"}, nil, nil},
		{"a short name still closes",
			"Відбито 50 атак\n\nСили оборони відбили 50 атак. Про це повідомляє Генеральний штаб ЗСУ.",
			"", []string{"Генеральний штаб ЗСУ"}, nil, nil},
	})
}

// TestS38BodyOnNetwork checks that a body's post in a network named by
// мережі or соцмережі ("в мережі X") is one source, the body with its
// platform, as "у Facebook" right after it is.
func TestS38BodyOnNetwork(t *testing.T) {
	checkFind(t, []findCase{
		{"в мережі X after a body with its forces and country",
			"Польща підняла літаки\n\nПольща підняла в небо винищувачі. Про це повідомило Оперативне командування Збройних сил Польщі в мережі X, передає УНІАН.",
			"УНІАН", []string{"Оперативне командування Збройних сил Польщі (X)"}, nil, nil},
		{"у соцмережі X after a short name",
			"Відбито 50 атак\n\nСили оборони відбили 50 атак. Про це повідомив Генштаб у соцмережі X.",
			"", []string{"Генштаб (X)"}, nil, nil},
		{"у Facebook after an abbreviation and a country",
			"Польща підняла літаки\n\nПольща підняла в небо винищувачі. Про це повідомило Оперативне командування ЗС Польщі у Facebook, передає УНІАН.",
			"УНІАН", []string{"Оперативне командування ЗС Польщі (Facebook)"}, nil, nil},
	})
}

// TestS38CreditPlatform checks that a network after a slash in a credit
// is where the photo was posted, not a second credit.
func TestS38CreditPlatform(t *testing.T) {
	checkFind(t, []findCase{
		{"a body's photo from its page",
			"Шмигаль відвідав Житомир\n\nПрем'єр-міністр відвідав Житомир. Про це повідомляє Укрінформ.\n\nФото: Офіс Президента / Facebook",
			"Укрінформ", nil, []string{"Офіс Президента"}, nil},
		{"the network first",
			"Шмигаль відвідав Житомир\n\nПрем'єр-міністр відвідав Житомир. Про це повідомляє Укрінформ.\n\nФото: Telegram / Житомирська ОВА",
			"Укрінформ", nil, []string{"Житомирська ОВА"}, nil},
		{"a network alone is still the credit",
			"Шмигаль відвідав Житомир\n\nПрем'єр-міністр відвідав Житомир. Про це повідомляє Укрінформ.\n\nФото: Facebook",
			"Укрінформ", nil, []string{"Facebook"}, nil},
		{"two credits after a slash stay two",
			"Шмигаль відвідав Житомир\n\nПрем'єр-міністр відвідав Житомир. Про це повідомляє Укрінформ.\n\nФото: НАТО / Міноборони",
			"Укрінформ", nil, []string{"НАТО", "Міноборони"}, nil},
	})
}

// TestS38NamedAuthor checks that a person named with no role between
// "Про це" and the verb is the source, with the network posted in, and
// that a surname alone is named by the first name and surname it
// stands for.
func TestS38NamedAuthor(t *testing.T) {
	const lead = "Тривоги\n\nМер Києва Віталій Кличко закликав мешканців не ігнорувати тривоги. "
	checkFind(t, []findCase{
		{"a surname alone after a full name earlier",
			lead + "Про це Кличко написав у Telegram.", "", []string{"Віталій Кличко (Telegram)"}, nil, nil},
		{"a first name and a surname",
			"Дрони над Києвом\n\nНад Києвом збили 20 дронів. Про це Віталій Кличко написав у Telegram.", "", []string{"Віталій Кличко (Telegram)"}, nil, nil},
		{"no network",
			lead + "Про це Кличко сказав журналістам.", "", []string{"Віталій Кличко"}, nil, nil},
		{"у соцмережі X is the network, not a second source",
			"Привітання\n\nПрезидент Володимир Зеленський привітав нового прем'єра. Про це Зеленський написав у соцмережі X.", "", []string{"Володимир Зеленський (X)"}, nil, nil},
		{"a country is no person",
			lead + "Про це Україна заявила в ООН.", "", nil, nil, nil},
	})
}

// TestS38AuthorPlace checks that the place of an author's role after the
// network ("написав у Telegram мер Києва Віталій Кличко") is not part of
// the author's name.
func TestS38AuthorPlace(t *testing.T) {
	const lead = "Дрони над Києвом\n\nНад Києвом збили 20 дронів. "
	checkFind(t, []findCase{
		{"a role with its town",
			lead + "Про це написав у Telegram мер Києва Віталій Кличко.", "", []string{"Віталій Кличко (Telegram)"}, nil, nil},
		{"a role with no place",
			lead + "Про це написав у Telegram мер Ігор Терехов.", "", []string{"Ігор Терехов (Telegram)"}, nil, nil},
		{"no role: a name of two words",
			lead + "Про це написав у Telegram Ігор Терехов.", "", []string{"Ігор Терехов (Telegram)"}, nil, nil},
	})
}

// TestS38UnnamedSources checks that unnamed people an outlet cites with
// "з посиланням на" or "посилаючись на" are cited sources, brought to
// the nominative.
func TestS38UnnamedSources(t *testing.T) {
	const lead = "Новий пакет\n\nУряд Німеччини ухвалив новий пакет допомоги Україні. "
	checkFind(t, []findCase{
		{"a count, an adjective and a noun",
			lead + "Про це пише Reuters з посиланням на двох європейських дипломатів.", "", []string{"Reuters", "два європейські дипломати"}, nil, nil},
		{"посилаючись на with a count",
			lead + "Про це повідомляє Reuters, посилаючись на трьох дипломатів.", "", []string{"Reuters", "три дипломати"}, nil, nil},
		{"adjectives joined by і",
			lead + "Про це пише Politico з посиланням на чинних і колишніх посадовців.", "", []string{"Politico", "чинні і колишні посадовці"}, nil, nil},
		{"where they work",
			lead + "Про це пише Politico з посиланням на посадовців у Білому домі.", "", []string{"Politico", "посадовці у Білому домі"}, nil, nil},
		{"an abbreviation after the noun",
			lead + "Про це пише Politico з посиланням на трьох посадовців ЄС.", "", []string{"Politico", "три посадовці ЄС"}, nil, nil},
		{"sources in the accusative",
			lead + "Про це пише Bloomberg з посиланням на обізнані джерела.", "", []string{"Bloomberg", "обізнані джерела"}, nil, nil},
		{"not after another cue",
			lead + "Про це повідомили двом дипломатам.", "", nil, nil, nil},
	})
}

// TestS38CreditForms checks a video credit after a photo credit on one
// line and an illustrative photo's credit after a colon.
func TestS38CreditForms(t *testing.T) {
	const lead = "Зеленський у Парижі\n\nПрезидент Володимир Зеленський прибув до Парижа. Про це повідомляє Укрінформ.\n\n"
	checkFind(t, []findCase{
		{"фото; відео on one line",
			lead + "Фото: Reuters; відео: CNN", "Укрінформ", nil, []string{"Reuters"}, []string{"CNN"}},
		{"фото, відео on one line",
			lead + "Фото: Reuters, відео: CNN", "Укрінформ", nil, []string{"Reuters"}, []string{"CNN"}},
		{"Фото ілюстративне: X",
			lead + "Фото ілюстративне: Getty Images", "Укрінформ", nil, []string{"Getty Images"}, nil},
		{"Фото ілюстративне alone names no one",
			lead + "Фото ілюстративне", "Укрінформ", nil, nil, nil},
	})
}

// TestS38MoreRoles checks roles that name a person after them in a
// source line (канцлер, генпрокурор, прессекретарка) and the verb
// наголосив opening one.
func TestS38MoreRoles(t *testing.T) {
	const lead = "Новий пакет\n\nУряд Німеччини ухвалив новий пакет допомоги Україні. "
	checkFind(t, []findCase{
		{"канцлер with the country",
			lead + "Про це повідомив канцлер Німеччини Фрідріх Мерц.", "", []string{"Фрідріх Мерц"}, nil, nil},
		{"канцлер with the occasion and the outlet retelling",
			lead + "Про це заявив канцлер Німеччини Фрідріх Мерц під час пресконференції в Берліні, передає Укрінформ.", "Укрінформ", []string{"Фрідріх Мерц"}, nil, nil},
		{"прессекретарка of a body",
			lead + "Про це повідомила прессекретарка Білого дому Керолайн Лівітт.", "", []string{"Керолайн Лівітт"}, nil, nil},
		{"генпрокурор",
			lead + "Про це заявив генпрокурор Руслан Кравченко.", "", []string{"Руслан Кравченко"}, nil, nil},
		{"наголосив",
			lead + "Про це наголосив міністр оборони Німеччини Борис Пісторіус.", "", []string{"Борис Пісторіус"}, nil, nil},
	})
}

// TestS38AddressAndPost checks that an address (звернення,
// відеозвернення) and a post (допис) head a cited source, and that the
// noun alone names no one.
func TestS38AddressAndPost(t *testing.T) {
	const lead = "Новий пакет\n\nУряд Німеччини ухвалив новий пакет допомоги Україні. "
	checkFind(t, []findCase{
		{"з посиланням на звернення X",
			lead + "Про це повідомляє Укрінформ з посиланням на звернення президента.", "Укрінформ", []string{"звернення президента"}, nil, nil},
		{"з посиланням на відеозвернення X",
			lead + "Про це повідомляє Укрінформ з посиланням на відеозвернення Володимира Зеленського.", "Укрінформ", []string{"відеозвернення Володимира Зеленського"}, nil, nil},
		{"йдеться у дописі X",
			lead + "Про це йдеться у дописі міністра закордонних справ Андрія Сибіги.", "", []string{"допис міністра закордонних справ Андрія Сибіги"}, nil, nil},
		{"the noun alone",
			lead + "Про це повідомляє Укрінформ з посиланням на звернення.", "Укрінформ", nil, nil, nil},
	})
}
