package pipeline_test

import (
	"fmt"
	"testing"
	"time"
)

// The sentences of this file were written for session 32's fortieth news
// set (helper h32a, news40): foreign visits, talks and summits retold by
// the foreign-news desk of a Ukrainian agency from foreign outlets.

// TestS32AForeignAgencies checks that the agencies the foreign-news desk
// retells (APA, QNA, Kyodo, Yonhap, Kazinform, Azattyq, DPA, Yle, PAP by
// its long name) are cited sources wherever they stand, and that "Як
// зазначає X" cites an outlet as "Як пише X" does.
func TestS32AForeignAgencies(t *testing.T) {
	p := load(t)
	checkVia(t, p, []viaCase{
		{"an Azerbaijani agency after зазначає in the body",
			"Переговори в Баку\n\nПрезидент провів переговори з прем'єром.\n\nЯк зазначає агентство APA, товарообіг зріс на 36%.",
			"APA"},
		{"a Qatari agency after зазначає with an adjective",
			"Переговори в Досі\n\nЕмір провів переговори з президентом.\n\nЯк зазначає катарське агентство QNA, авіакомпанія збільшить кількість рейсів.",
			"QNA"},
		{"Reuters after зазначає in the body",
			"Зустріч у Куала-Лумпурі\n\nДержсекретар зустрівся з міністром.\n\nЯк зазначає Reuters, товарообіг перевищив 470 млрд доларів.",
			"Reuters"},
		{"a Japanese agency after пише",
			"Візит до Токіо\n\nПрезидент провів переговори з прем'єром.\n\nЯк пише Kyodo, товарообіг становив близько 77 млрд доларів.",
			"Kyodo"},
		{"a Kazakh outlet after зазначає",
			"Зустріч у Тяньцзіні\n\nПрезидент зустрівся з головою КНР.\n\nЯк зазначає Azattyq, товарообіг становив майже 44 млрд доларів.",
			"Azattyq"},
		{"a German agency after за даними",
			"Візит до Сантьяго\n\nПрезидент провів переговори з колегою.\n\nЗа даними DPA, Німеччина є одним із найбільших інвесторів.",
			"DPA"},
		{"the Polish agency by its long name",
			"Візит до Тирани\n\nМіністр відвідав Албанію.\n\nПро це повідомляє Укрінформ із посиланням на Польське агентство преси.",
			"PAP"},
	})
	// a body or a person after "Як зазначає" stays a quote's speaker, no
	// cited source
	x := p.Extract("Переговори\n\nПрезидент провів переговори.\n\nЯк зазначає Міністерство економіки, товарообіг зріс.", time.Time{})
	if len(x.Source.Via) != 0 {
		t.Errorf("a ministry after Як зазначає: via %q, want none", x.Source.Via)
	}
}

// TestS32AMediatorDiscussed checks that a go-between's role talked about
// at a meeting of two ("обговорив роль Дохи як посередника") leaves the
// meeting a meeting, while one who acts as go-between mediates.
func TestS32AMediatorDiscussed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the role of a mediator as the topic of a meeting",
			"Президент Кенії Вільям Руто зустрівся з прем'єр-міністром Катару Мухаммедом Аль Тані, з яким обговорив роль Дохи як посередника.",
			// (обговорив gives the talks of the relative clause again, with
			// no one named after it)
			[]string{"CONSULT/meet Вільям Руто → Мухаммед Аль Тані", "CONSULT/meet Вільям Руто → "}},
		{"a mediator at the talks mediates",
			"Катар виступив посередником у переговорах між Кіншасою та повстанцями.",
			[]string{"CONSULT/third-party Катар → Кіншаса"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS32ADiscussedPlace checks that a place inside what was discussed
// ("обговорили … працевлаштування фахівців у Катарі", "обговорили
// ситуацію в Сирії") is the topic's, not where the talks were; a place
// before the topic stays the talks'.
func TestS32ADiscussedPlace(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a country in the topic",
			"Президент Вільям Руто та емір Тамім Аль Тані обговорили співпрацю в енергетиці та працевлаштуванні кенійських фахівців у Катарі.",
			[]string{"CONSULT/meet Вільям Руто,Тамім Аль Тані → "}},
		{"a country of the situation discussed",
			"Міністр Петро Коваль і його колега Ян Новак у вівторок обговорили ситуацію в Сирії.",
			[]string{"CONSULT/meet Петро Коваль,Ян Новак → "}},
		{"the city before the topic is where",
			"Президент Вільям Руто та емір Тамім Аль Тані обговорили в Досі співпрацю в енергетиці.",
			[]string{"CONSULT/meet Вільям Руто,Тамім Аль Тані →  @Доха"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS32ATalksInIndeclinableTown checks that talks held "в Турку", a
// town the tagger reads as the accusative of Турка, are placed there:
// talks go nowhere; a phone call to a capital stays unplaced.
func TestS32ATalksInIndeclinableTown(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"talks in an indeclinable town",
			"Президент Фінляндії Александр Стубб і прем'єр-міністр Швеції Ульф Крістерссон у понеділок провели переговори в Турку.",
			[]string{"CONSULT/meet Александр Стубб,Ульф Крістерссон →  @Турка"}},
		{"a call to a capital is no place",
			"Міністр Петро Коваль зателефонував у Вашингтон.",
			[]string{"CONSULT/phone Петро Коваль → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS32ASurnameNotPlace checks that a foreign surname standing alone
// in another case than in the full name before it ("Такесі Іваю" …
// "Івая наголосив"), which the model takes for a place, is the person,
// so that "Він" after it is he.
func TestS32ASurnameNotPlace(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a surname alone after the full name in the accusative",
			"Президент Узбекистану Шавкат Мірзійоєв у вівторок прийняв у Ташкенті міністра закордонних справ Японії Такесі Іваю, який перебуває в республіці з офіційним візитом.\nГість передав Мірзійоєву теплі вітання від прем'єр-міністра Японії.\nІвая, своєю чергою, наголосив, що Токіо розглядає Центральну Азію як важливий регіон. Він також висловив сподівання, що прямий авіарейс відкриють уже восени.",
			[]string{"Такесі Івай/наголосити/indirect: Токіо розглядає Центральну Азію як важливий регіон",
				"Такесі Івай/висловити/indirect: прямий авіарейс відкриють уже восени"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS32AFormatDiscussed checks that a format named inside what was
// discussed ("обговорили наступне засідання … у форматі «Рамштайн»") does
// not make the talks multilateral, while talks held in a format are.
func TestS32AFormatDiscussed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a meeting in a format talked about",
			"Міністр Петро Коваль і його колега Ян Новак обговорили наступне засідання контактної групи у форматі «Рамштайн».",
			[]string{"CONSULT/meet Петро Коваль,Ян Новак → "}},
		{"talks held in a format",
			"Міністр Петро Коваль у форматі С5+1 обговорив з колегами безпеку в регіоні.",
			[]string{"CONSULT/multilateral Петро Коваль → колеги"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS32AThingAgreedNoSide checks that the sides a later "обидва
// лідери" stands for are those who agreed, not the thing they agreed on
// ("домовилися створити спільний центр нагляду").
func TestS32AThingAgreedNoSide(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a call of the two after their agreement",
			"Фінляндія і Швеція домовилися створити спільний центр нагляду за кабелями. Того ж дня обидва лідери провели телефонну розмову з президентом України Володимиром Зеленським.",
			[]string{"AGREE Фінляндія,Швеція → ", "COOPERATE Фінляндія,Швеція → спільний центр нагляду", "CONSULT/phone Фінляндія,Швеція → Володимир Зеленський"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS32ARelativeInfinitive checks that an infinitive in a relative
// clause on the main clause's object ("оприлюднили спільну заяву, в якій
// домовилися поглиблювати співпрацю") goes on with the main clause's
// subjects, through the verb that governs it.
func TestS32ARelativeInfinitive(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"cooperation agreed in a joint statement",
			"Президент Петро Коваль і прем'єр Ян Новак оприлюднили спільну заяву, в якій домовилися поглиблювати співпрацю зі США.",
			[]string{"AGREE Петро Коваль,Ян Новак → ", "COOPERATE Петро Коваль,Ян Новак → США"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS32AWentThere checks a meeting in a clause of "де" after a verb of
// going to a city ("вирушив до Найробі, де проведе переговори"): it is
// held there, by him who went.
func TestS32AWentThere(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"talks to come where the minister went",
			"Увечері міністр Гакан Фідан вирушив до Найробі, де в п'ятницю проведе переговори з кенійським колегою.",
			[]string{"CONSULT/meet Гакан Фідан → кенійський колега @Найробі [future]"}},
		{"a meeting to come after має, where the president will go",
			"Після Токіо президент Лі Чже Мьон вирушить до Вашингтона, де має зустрітися з президентом США Дональдом Трампом.",
			[]string{"CONSULT/meet Лі Чже Мьон → Дональд Трамп @Вашингтон [future]"}},
		{"a meeting held where one went",
			"Міністр Петро Іваненко поїхав до Варшави, де провів переговори з колегою.",
			[]string{"CONSULT/meet Петро Іваненко → колега @Варшава"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS32AHostReceivedTitled checks that a leader who received a guest
// named by his title before a foreign name (прийняв міністра закордонних
// справ Японії Такесі Іваю) met him, whatever case the tagger gave the
// name; a decision taken stays none.
func TestS32AHostReceivedTitled(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a guest received, his title before his name",
			"Президент Узбекистану Шавкат Мірзійоєв прийняв у Ташкенті міністра закордонних справ Японії Такесі Іваю.",
			[]string{"CONSULT/meet Шавкат Мірзійоєв → Такесі Івая @Ташкент"}},
		{"a decision taken is no meeting",
			"Уряд прийняв рішення про виділення коштів.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS32AGappedReach checks a second value reached after a dash whose
// verb of change is left out ("збільшить видатки до 2,4% ВВП, а до 2030
// року – до 3,5%"): no upper bound, as the first; a "до" with no change
// before stays a bound.
func TestS32AGappedReach(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ name, text, want string }{
		{"a second value reached after a dash",
			"Стокгольм цього року збільшить оборонні видатки до 2,4% ВВП, а до 2030 року – до 3,5%.",
			"2,4% 2 % ; 3,5% 4 % "},
		{"two bounds with no change stay bounds",
			"Кредит надають під ставку до 5%, а гранти – до 3%.",
			"до 5% 5 % up_to; до 3% 3 % up_to"},
	} {
		x := p.Extract(c.text, time.Time{})
		got := ""
		for i, a := range x.Amounts {
			v := "nil"
			if a.Value != nil {
				v = fmt.Sprintf("%.0f", *a.Value)
			}
			if i > 0 {
				got += "; "
			}
			got += fmt.Sprintf("%s %s %s %s", a.Text, v, a.Unit, a.Bound)
		}
		if got != c.want {
			t.Errorf("%s: %q: got %q, want %q", c.name, c.text, got, c.want)
		}
	}
}
