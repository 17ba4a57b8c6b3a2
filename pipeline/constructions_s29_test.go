package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/vistka/vistka/pipeline"
)

// spanCase is a text and the TYPE:text spans of the types asked for
// that must be among its spans, and those that must not.
type spanCase struct {
	text      string
	want, not []string
}

// checkSpans extracts each case's text and checks its spans of types.
func checkSpans(t *testing.T, tests []spanCase, types ...string) {
	t.Helper()
	p := load(t)
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := spanSummary(x, types...)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q:\n got %q\nwant %q among them", tt.text, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("%q:\n got %q\nwant no %q", tt.text, got, n)
			}
		}
	}
}

// TestS29MoneyBeforeATime checks that a sum of money after до and the
// time after it are two spans, a MON and a DATE, not one DATE.
func TestS29MoneyBeforeATime(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Каллас закликала збільшити допомогу Києву до 40 млрд євро цього року.", []string{"MON:40 млрд євро", "DATE:цього року"}, []string{"DATE:40 млрд євро цього року"}},
		{"Країни-члени збільшать внески до 40 млрд євро цього року.", []string{"MON:40 млрд євро", "DATE:цього року"}, nil},
		{"Уряд збільшить видатки до 5 млрд гривень наступного року.", []string{"MON:5 млрд гривень", "DATE:наступного року"}, nil},
		{"Компанія інвестує 200 млн доларів у 2026 році.", []string{"MON:200 млн доларів"}, nil},
		{"Бюджет передбачає видатки до 2030 року.", []string{"DATE:2030 року"}, nil},
	}, "MON", "DATE")
}

// TestS29CitedOutlets checks that an outlet in Latin letters cited by a
// verb of reporting or a credit is an ORG, a publication the model reads
// as a work after a verb stays one, and a person's credit stays a PERS.
func TestS29CitedOutlets(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Речник Кремля назвав їх безпідставними.\nФото: Reuters", []string{"ORG:Reuters"}, []string{"LOC:Reuters"}},
		{"Про це повідомляє Deutsche Welle.", []string{"ORG:Deutsche Welle"}, nil},
		{"Як пише Politico, переговори тривали три години.", []string{"ORG:Politico"}, nil},
		{"Уряд ухвалив рішення.\nФото: Getty Images", []string{"ORG:Getty Images"}, nil},
		{"Уряд ухвалив рішення.\nФото: Олександр Клименко", []string{"PERS:Олександр Клименко"}, nil},
	}, "ORG", "LOC", "MISC", "ART", "PERS")
}

// TestS29OfficeTitles checks titles before a name that the model
// misses: a high representative, a commissioner with the field of the
// office after з питань or з and a genitive, a spokesman of a person
// named in the genitive; a place after the field is tagged apart.
func TestS29OfficeTitles(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Тим часом у Брюсселі верховна представниця ЄС із закордонних справ Кая Каллас закликала збільшити допомогу.", []string{"JOB:верховна представниця"}, nil},
		{"Верховний представник ЄС із закордонних справ і політики безпеки Жозеп Боррель заявив про нові санкції.", []string{"JOB:Верховний представник"}, nil},
		{"Єврокомісарка з питань розширення Марта Кос заявила про переговори.", []string{"JOB:Єврокомісарка з питань розширення"}, nil},
		{"Речник Путіна Дмитро Пєсков назвав їх безпідставними.", []string{"JOB:Речник", "PERS:Путіна", "PERS:Дмитро Пєсков"}, nil},
		{"Віцепрем'єр-міністр з відновлення України Олексій Кулеба відвідав Одесу.", []string{"JOB:Віцепрем'єр-міністр з відновлення", "LOC:України"}, nil},
		{"Представник компанії Іван Петренко повідомив про збитки.", nil, []string{"JOB:Представник"}},
	}, "JOB", "PERS", "LOC")
}

// TestS29SubjectPastAField checks that a person named after a title, a
// body and the field of the office is the subject of the verb after the
// name, however the tagger read the first name's case, and that a
// person's noun right before a name leaves the name its genitive.
func TestS29SubjectPastAField(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a high representative with her field",
			"Верховна представниця ЄС із закордонних справ Кая Каллас закликала уряди збільшити допомогу Києву.",
			[]string{"REQUEST Кая Каллас → уряди"}},
	}, time.Time{})
}

// TestS29StoryMovesOn checks that the town a story is set in is not
// given to an event told after a sentence that opens in another place,
// and still is to one told before it.
func TestS29StoryMovesOn(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the story moves to Brussels, then to Poland",
			"Макрон і Мерц у Берліні обговорили оборону Європи\nПрезидент Франції Емманюель Макрон у середу прибув до Берліна. Лідери обговорили оборону.\nПоліція затримала двох активістів.\nТим часом у Брюсселі поліція затримала трьох осіб.\nПольські спецслужби затримали вісьмох осіб.",
			[]string{"CONSULT/visit Емманюель Макрон → Берлін @Берлін", "CONSULT/meet Емманюель Макрон,Мерц →  @Берлін", "COERCE Поліція → двоє активістів @Берлін", "COERCE поліція → три особи @Брюссель", "COERCE Польські спецслужби → вісім осіб"}},
	}, time.Time{})
}

// TestS29CountryFirstName checks that a country whose name is also a
// first name (Ізраїль) is a place alone, and that its genitive is cut off
// the name of the person whose title it completes.
func TestS29CountryFirstName(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Ізраїль і ХАМАС погодили перемир'я\nІзраїль та угруповання ХАМАС досягли домовленості про припинення вогню. Водночас офіс прем'єр-міністра Ізраїлю Біньяміна Нетаньягу заявив, що деякі пункти ще не узгоджені. Міністр національної безпеки Ізраїлю Ітамар Бен-Гвір пригрозив вийти з уряду.",
			[]string{"LOC:Ізраїль", "LOC:Ізраїлю", "PERS:Біньяміна Нетаньягу", "PERS:Ітамар Бен-Гвір"},
			[]string{"PERS:Ізраїль", "PERS:Ізраїлю Біньяміна Нетаньягу", "PERS:Ізраїлю Ітамар Бен-Гвір"}},
	}, "PERS", "LOC")
}

// TestS29ThanksToTwoPlaces checks that a place joined to a place in the
// dative is a recipient too when the tagger read it as the genitive of
// the same form.
func TestS29ThanksToTwoPlaces(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"thanks to two mediators", "Президент США Джо Байден подякував Катару та Єгипту за посередництво.",
			[]string{"SUPPORT Джо Байден → Катар,Єгипет"}},
	}, time.Time{})
}

// TestS29DoubleSurname checks that a long Portuguese name the model cut
// after its first names is one span, and that the first part of the
// double surname named alone, before or after, is the same person.
func TestS29DoubleSurname(t *testing.T) {
	p := load(t)
	for _, text := range []string{
		"Зеленський провів розмову з президентом Бразилії Луїсом Інасіу Лулою да Сілвою. Лула підтвердив підтримку України.",
		"Зеленський і Лула обговорили мир\nПрезидент України Володимир Зеленський провів розмову з президентом Бразилії Луїсом Інасіу Лулою да Сілвою.",
	} {
		x := p.Extract(text, time.Time{})
		got := entitySummary(x, "PERS")
		if !slices.Contains(got, "Луїс Інасіу Лула да Сілва/PERS/2") {
			t.Errorf("%q:\n got %q\nwant Луїс Інасіу Лула да Сілва with 2 mentions", text, got)
		}
	}
	checkSpans(t, []spanCase{
		{"Президент Бразилії Луїс Інасіу Лула да Сілва прибув до Києва.", []string{"PERS:Луїс Інасіу Лула да Сілва"}, nil},
		{"Прем'єр-міністр Індії Нарендра Дамодардас Моді прибув до Києва.", []string{"PERS:Нарендра Дамодардас Моді"}, nil},
	}, "PERS")
}

// TestS29ParliamentsAndStraightQuotes checks foreign parliaments by
// their own names, party names in straight quotation marks read as in
// guillemets (whole, and as a body a title names), and the Kremlin as a
// place, with the spokesman's title before it.
func TestS29ParliamentsAndStraightQuotes(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Сейм Польщі висловив вотум довіри уряду. Бундестаг ухвалив закон. Кнесет схвалив бюджет.", []string{"ORG:Сейм Польщі", "ORG:Бундестаг", "ORG:Кнесет"}, nil},
		{"Польський Сейм у середу висловив вотум довіри уряду.", []string{"ORG:Польський Сейм"}, nil},
		{"Повноводий Сейм розлився навесні.", nil, []string{"ORG:Сейм"}},
		{`Кандидат від опозиційної партії "Право і справедливість" Кароль Навроцький переміг.`, []string{"ORG:Право і справедливість"}, nil},
		{`Лідер "Права і справедливості" Ярослав Качинський назвав голосування театром.`, []string{"JOB:Лідер", "ORG:Права і справедливості"}, nil},
		{`Суд стягнув з ТОВ "Альфа-Буд" 2 млн грн.`, []string{`ORG:ТОВ "Альфа-Буд"`}, nil},
		{`У Кремлі рішення "великої сімки" назвали "крадіжкою". Речник Кремля Дмитро Орлов заявив, що Москва відповідатиме.`, []string{"LOC:Кремлі", "JOB:Речник", "LOC:Кремля"}, nil},
	}, "ORG", "LOC", "JOB")
}

// TestS29JoinedFirms checks subjects joined by та or і where one is a
// name in Latin letters, which has no case, or a quoted name after its
// kind and adjectives.
func TestS29JoinedFirms(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a Latin name and a kind with a quoted name",
			"Того ж дня у Миколаєві данська оборонна компанія Terma та український концерн «Укроборонпром» підписали угоду про спільне виробництво радарів.",
			[]string{"AGREE Terma,Укроборонпром →  @Миколаїв"}},
		{"a kind and a Latin name, then a kind and a quoted name",
			"Компанія Orlen і концерн «Нафтогаз» підписали угоду.",
			[]string{"AGREE Orlen,Нафтогаз → "}},
	}, time.Time{})
}

// TestS29ObjectNames checks base forms of foreign names that are the
// object of a verb taking the accusative: a first name the tagger read
// as a vocative stays as written, a surname in -а is a man's genitive.
func TestS29ObjectNames(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ text, span, want string }{
		{"Президент Румунії Нікушор Дан призначив прем'єр-міністром Іліє Боложана.", "Іліє Боложана", "Іліє Боложан"},
		{"Зеленський нагородив Ліндсі Ґрема орденом.", "Ліндсі Ґрема", "Ліндсі Ґрем"},
		{"Поліція затримала Віктора Орбана.", "Віктора Орбана", "Віктор Орбан"},
		{"Кая Каллас заявила про санкції.", "Кая Каллас", "Кая Каллас"},
	} {
		checkBaseForms(t, p.Extract(c.text, time.Time{}), c.text, "PERS", c.span, c.want)
	}
}

// TestS29UnknownForeignName checks that a foreign name of two words the
// lexicon does not know, cut apart by the model, is one person in its
// base form as written when it is the subject.
func TestS29UnknownForeignName(t *testing.T) {
	p := load(t)
	text := "Тим часом прем'єр-міністр Японії Сігеру Ісіба провів телефонну розмову з Трампом."
	checkBaseForms(t, p.Extract(text, time.Time{}), text, "PERS", "Сігеру Ісіба", "Сігеру Ісіба")
}

// TestS29Tariffs checks that a duty put on goods brought in is a
// sanction, told by a light verb or by a decree about it, and that a
// duty on one's own exports or a duty paid is none.
func TestS29Tariffs(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a decree on tariffs", "Президент США Дональд Трамп у понеділок підписав указ про запровадження 25-відсоткових мит на імпорт китайських товарів.",
			[]string{"SANCTION Дональд Трамп → "}},
		{"tariffs put on goods", "Канада запровадила мито на американську продукцію.", []string{"SANCTION Канада → "}},
		{"an export duty", "Уряд ввів мито на експорт соняшнику.", nil},
		{"a duty paid", "Підприємець сплатив мито на ввезення автомобіля.", nil},
	}, time.Time{})
}

// TestS29LongNamesCited checks that a source line citing a person with a
// long foreign name cites the whole name, particles included, and no
// place of the role before it.
func TestS29LongNamesCited(t *testing.T) {
	checkVia(t, load(t), []viaCase{
		{"particles of a German name", "Про це заявила президентка Єврокомісії Урсула фон дер Ляєн, передає Reuters.", "Урсула фон дер Ляєн"},
		{"an Arabic name, past the title шейх", "Про це заявив прем'єр-міністр Катару шейх Мухаммед бін Абдель Рахман Аль Тані, передає Reuters.", "Мухаммед бін Абдель Рахман Аль Тані"},
		{"the role's place left out", "Про це заявив прем'єр-міністр Катару Мухаммед Аль Тані, передає Reuters.", "Мухаммед Аль Тані"},
		{"a name of two words", "Про це повідомив міністр енергетики Герман Галущенко.", "Герман Галущенко"},
	})
}

// TestS29KremlinTyped checks that the Kremlin the model typed otherwise
// is a place.
func TestS29KremlinTyped(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Речник Кремля заявив журналістам, що Москва \"уважно вивчить\" пропозицію Анкари.", []string{"LOC:Кремля"}, []string{"ORG:Кремля", "PERS:Кремля"}},
	}, "ORG", "LOC", "PERS")
}

// TestS29TitleHolders checks a foreign name after a title and a body,
// before a verb: added when the model left it out, cut from the country
// the model ran into it.
func TestS29TitleHolders(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Речник МЗС Китаю Лінь Цзянь заявив, що Пекін виступає проти санкцій.", []string{"PERS:Лінь Цзянь"}, nil},
		{"Міністр закордонних справ Китаю Ван Ї провів переговори з Блінкеном.", []string{"LOC:Китаю", "PERS:Ван Ї"}, []string{"ORG:Китаю Ван Ї"}},
		{"Міністр закордонних справ України Андрій Сибіга провів переговори.", []string{"PERS:Андрій Сибіга"}, nil},
	}, "PERS", "LOC", "ORG")
}

// TestS29ChancelleryCited checks bodies named by канцелярія and
// секретаріат as cited sources.
func TestS29ChancelleryCited(t *testing.T) {
	checkVia(t, load(t), []viaCase{
		{"a chancellery", "Ізраїль звільнив 90 в'язнів. Про це повідомила канцелярія прем'єр-міністра Ізраїлю Біньяміна Нетаньягу.", "канцелярія прем'єр-міністра Ізраїлю Біньяміна Нетаньягу"},
		{"a secretariat", "Місія продовжить роботу. Про це повідомили в секретаріаті ООН.", "секретаріат ООН"},
	})
}

// TestS29PutOnPositions checks that forces moved onto positions withdraw
// nothing, and forces taken out of a town do.
func TestS29PutOnPositions(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"onto positions", "Окупанти вивели на позиції 20 танків.", nil},
		{"onto combat positions", "Окупанти вивели на бойові позиції нову техніку.", nil},
		{"out of a town", "Росія вивела війська з Херсона.", []string{"RETREAT Росія →  @Херсон"}},
	}, time.Time{})
}

// TestS29Presidium checks that a presidium acts for the body named
// after it.
func TestS29Presidium(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a presidium supports", "Президія НАН підтримала позицію Міносвіти.", []string{"SUPPORT НАН → Міносвіти"}},
	}, time.Time{})
}

// viaCase is a text whose source line must cite via; name says what the
// case is about.
type viaCase struct{ name, text, via string }

// checkVia checks that each case's text cites its via among others.
func checkVia(t *testing.T, p *pipeline.Pipeline, cases []viaCase) {
	t.Helper()
	for _, c := range cases {
		x := p.Extract(c.text, time.Time{})
		if !slices.Contains(x.Source.Via, c.via) {
			t.Errorf("%s: via %q, want %q", c.name, x.Source.Via, c.via)
		}
	}
}
