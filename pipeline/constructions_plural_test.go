package pipeline_test

import (
	"testing"
	"time"
)

// Actors and recipients named by a plural common noun are given in the
// nominative plural with the adjectives that agree with them; a counted
// phrase is the number with the noun in the nominative (the case the
// number asks for); a protest named by a noun has the people in the
// genitive after it as its actor. The sentences are our own.

func TestPluralArgs(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a plural recipient in the accusative is given in the nominative plural",
			"Поліція затримала протестувальників біля будівлі суду.",
			[]string{"COERCE Поліція → протестувальники"}},
		{"a plural recipient keeps its adjectives, in the nominative plural",
			"Поліція затримала місцевих активістів у Львові.",
			[]string{"COERCE Поліція → місцеві активісти @Львів"}},
		{"a plural recipient in the dative keeps its adjective and the genitive after it",
			"Мер подякував київським волонтерам за допомогу. Депутат закликав мешканців області зберігати спокій.",
			[]string{"SUPPORT Мер → київські волонтери", "REQUEST Депутат → мешканці області"}},
		{"a plural body keeps its adjective in the nominative plural",
			"Суд зобов'язав приватні компанії повернути землю. Обласна рада виплатила родинам постраждалих по 50 тис. грн.",
			[]string{"COERCE Суд → приватні компанії", "AID Обласна рада → родини постраждалих"}},
		{"the protesters in the genitive after a protest noun, in the nominative plural",
			"У Луцьку відбувся страйк шахтарів. Протести місцевих фермерів пройшли також у Рівному.",
			[]string{"PROTEST шахтарі →  @Луцьк", "PROTEST місцеві фермери →  @Рівне"}},
		{"a protest action that took place has the people after протесту as its actor",
			"У Житомирі пройшла акція протесту фермерів. Акція протесту підприємців відбулася біля міськради в Полтаві.",
			[]string{"PROTEST фермери →  @Житомир", "PROTEST підприємці →  @Полтава"}},
		{"the protesters keep the genitives that complete them",
			"У Києві відбулася акція протесту працівників шахти.",
			[]string{"PROTEST працівники шахти →  @Київ"}},
		{"an action that is no protest stays out",
			"У Житомирі пройшла благодійна акція волонтерів. У Луцьку пройшла акція пам'яті загиблих.",
			nil},
		{"a counted recipient of an arrest noun is the number with the noun in the nominative",
			"Прокуратура повідомила про затримання 43 осіб у Харкові.",
			[]string{"COERCE Прокуратура → 43 особи @Харків"}},
		{"a number ending in another digit counts a genitive plural in the nominative too",
			"Поліція повідомила про затримання 46 осіб.",
			[]string{"COERCE Поліція → 46 осіб"}},
		{"captives released are counted as the text says",
			"Україна звільнила 12 полонених.",
			[]string{"RETREAT/release Україна → 12 полонених"}},
		{"people counted by a number word are given with the collective number",
			"Поліція затримала двох чоловіків. Патрульні затримали чотирьох місцевих водіїв. Суд оштрафував шістьох людей.",
			[]string{"COERCE Поліція → двоє чоловіків", "COERCE Патрульні → четверо місцевих водіїв", "COERCE Суд → шестеро людей"}},
		{"captives counted by a number word are the recipients of their release",
			"Військові звільнили трьох заручників. Бойовики відпустили п'ятьох моряків.",
			[]string{"RETREAT/release Військові → троє заручників", "RETREAT/release Бойовики → п'ятеро моряків"}},
		{"women counted take the number and the noun in the nominative",
			"Поліція затримала двох жінок. Поліція затримала трьох осіб.",
			[]string{"COERCE Поліція → дві жінки", "COERCE Поліція → три особи"}},
		{"people of a named country counted by a number word are left to its name",
			"Білоруська влада звільнила трьох громадян Польщі.",
			[]string{"RETREAT/release Білоруська влада → Польща"}},
		{"a number word with no noun after it is no argument",
			"Поліція затримала двох.",
			[]string{"COERCE Поліція → "}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// мати with a noun of talks for its object is a light verb of meeting;
// мати before an infinitive is a modal, and the talks further on are the
// infinitive's.
func TestHadTalks(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a talk one had with someone is a meeting",
			"Прем'єр-міністр мав розмову з послом Франції.",
			[]string{"CONSULT/meet Прем'єр-міністр → Франція"}},
		{"a telephone talk one had is a call",
			"Ковальчук мав телефонну розмову з Новаком.",
			[]string{"CONSULT/phone Ковальчук → Новак"}},
		{"the modal мати before an infinitive does not make the talks after it its own",
			"Ковальчук має прибути на зустріч з Новаком.",
			[]string{"CONSULT/visit Ковальчук → Новак [future]"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// звільнити people held (named by the participle) is their release; a
// dismissal from a post is no release, whoever is dismissed.
func TestReleaseOfHeld(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"people held, named by a participle, are released",
			"Поліція звільнила затриманих журналістів. Суд звільнив ув'язнених активістів.",
			[]string{"RETREAT/release Поліція → затримані журналісти", "RETREAT/release Суд → ув'язнені активісти"}},
		{"held people counted by a number word are released",
			"Окупанти звільнили двох заарештованих волонтерів.",
			[]string{"RETREAT/release Окупанти → двоє заарештованих волонтерів"}},
		{"a release of people held that is only demanded or owed is none",
			"Студенти вимагають звільнити затриманих активістів. Влада має звільнити заарештованих журналістів.",
			[]string{"REQUEST Студенти → "}},
		{"a dismissal from a post is no release, even of someone held (it is COERCE: session 42's convention)",
			"Президент звільнив міністра з посади. Мер звільнив затриманого заступника з посади. Директор звільнив журналістів.",
			[]string{"COERCE Президент → міністр", "COERCE Мер → затриманий заступник"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// A protest by the seat of a town's or a region's council or
// administration is in the town its name is made from, when the
// sentence names no other place.
func TestProtestSeat(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"under the walls of a regional administration: its town",
			"Активісти провели мітинг під стінами Житомирської ОДА. Фермери влаштували пікет біля Харківської міськради.",
			[]string{"PROTEST Активісти → Житомирська ОДА @Житомир", "PROTEST Фермери → Харківська міськрада @Харків"}},
		{"the town from adjectives of other shapes",
			"Активісти провели пікет під будівлею Черкаської міської ради. Біля Рівненської ОДА протестували мешканці. Біля Хмельницької ОДА протестували підприємці.",
			[]string{"PROTEST Активісти → Черкаська міська рада @Черкаси", "PROTEST мешканці →  @Рівне", "PROTEST підприємці →  @Хмельницький"}},
		{"a council picketed: its town; a protest against its decision says no place",
			"Підприємці пікетували Одеську міськраду. Фермери протестували проти рішення Полтавської міськради.",
			[]string{"PROTEST Підприємці → Одеська міськрада @Одеса", "PROTEST Фермери → Полтавська міськрада"}},
		{"a place the sentence names wins",
			"Фермери влаштували пікет біля Харківської міськради у Києві.",
			[]string{"PROTEST Фермери → Харківська міськрада @Київ"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}
