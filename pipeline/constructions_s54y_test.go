package pipeline_test

import (
	"testing"
	"time"
)

// Forces moved or readied by the verbs news uses beside перекинути
// (session 54, helper h54y): передислокувати and підтягнути with a unit
// or its arms, підняти по тривозі. The sentences are our own.
func TestForcesMovedS54y(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: brigades redeployed to a border",
			"Росія передислокувала до кордону з Фінляндією дві бригади.",
			[]string{"MOBILIZE Росія → "}},
		{"war desk: reserves drawn up",
			"Білорусь підтягує до кордону з Україною техніку та резерви.",
			[]string{"MOBILIZE Білорусь → "}},
		{"war desk: troops put on alert",
			"Білорусь підняла по тривозі війська на заході країни.",
			[]string{"MOBILIZE Білорусь → "}},
		{"a man pulling himself up is none",
			"Спортсмен підтягнувся на перекладині сорок разів.",
			nil},
	}, wed)
}

// Actions coordinated by two sides are their cooperation: координувати
// or скоординувати дії, зусилля, позиції. The sentences are our own.
func TestCoordinatedS54y(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"politics desk: two states coordinate their actions",
			"Литва і Латвія скоординували дії щодо захисту кордону.",
			[]string{"COOPERATE Литва,Латвія → "}},
		{"a coordinator's job is none",
			"Департамент координує роботу шкіл району.",
			nil},
	}, wed)
}

// A ceasefire told by its verb, припинити вогонь, is PLOVER's
// de-escalation (RETREAT). The sentences are our own.
func TestCeasefireS54y(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: an army stops firing",
			"Азербайджан припинив вогонь уздовж лінії розмежування.",
			[]string{"RETREAT Азербайджан → "}},
	}, wed)
}

// Forces built up, stepped up or put on alert by the verbs of increase
// (наростити, нарощувати, посилити, підсилити) with a grouping, a
// contingent or a presence, and перевести в стан готовності.
// A firm's output grown is none. The sentences are our own.
func TestForcesBuiltUpS54y(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: a grouping built up by a border",
			"Росія нарощує угруповання біля кордону з Естонією.",
			[]string{"MOBILIZE Росія → "}},
		{"war desk: a presence stepped up",
			"Латвія посилила військову присутність на кордоні з Білоруссю.",
			[]string{"MOBILIZE Латвія → "}},
		{"war desk: a naval presence reinforced",
			"Британія підсилила присутність флоту в Балтійському морі.",
			[]string{"MOBILIZE Британія →  @Балтійське море"}},
		{"war desk: troops put on alert",
			"Румунія перевела війська в стан підвищеної бойової готовності.",
			[]string{"MOBILIZE Румунія → війська"}},
		{"a firm's output grown is none",
			"Завод наростив виробництво цегли на 20%.",
			nil},
	}, wed)
}

// Intelligence shared and efforts joined (the imperfective as the
// perfective) are cooperation. The sentences are our own.
func TestSharedS54y(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: intelligence shared with an ally",
			"Норвегія поділилася з Україною розвідданими про переміщення флоту.",
			[]string{"COOPERATE Норвегія → Україна"}},
		{"politics desk: efforts being joined",
			"Молдова і Румунія об'єднують зусилля для захисту енергосистеми.",
			[]string{"COOPERATE Молдова,Румунія → "}},
	}, wed)
}

// People freed from captivity or prison, named by the place they leave
// (з полону, з в'язниці, на волю) whoever they are, and revenge vowed
// (помститися), a threat. From a post it stays a dismissal. The
// sentences are our own.
func TestFreedAndVowedS54y(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: journalists freed from captivity",
			"Росія звільнила з полону трьох журналістів.",
			[]string{"RETREAT/release Росія → троє журналістів"}},
		{"world desk: foreigners freed from prison",
			"Лукашенко звільнив з в'язниці п'ятьох литовців.",
			[]string{"RETREAT/release Лукашенко → п'ятеро литовців"}},
		{"world desk: let go free",
			"Іран відпустив на волю двох французів.",
			[]string{"RETREAT/release Іран → двоє французів"}},
		{"world desk: revenge vowed",
			"Хезболла пообіцяла помститися Ізраїлю за загибель командира.",
			[]string{"THREATEN Хезболла → Ізраїль [future]"}},
		{"a dismissal stays a dismissal",
			"Мер звільнив з посади директора водоканалу.",
			[]string{"COERCE Мер → директор водоканалу"}},
	}, wed)
}

// Work itself done together (працювати разом, спільно) by two sides
// named, or with a partner after разом з, is their cooperation; people
// by common nouns working side by side are none. The sentences are our
// own.
func TestWorkTogetherS54y(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: two states to work together",
			"Україна і Британія працюватимуть разом над посиленням ППО.",
			[]string{"COOPERATE Україна,Британія →  [future]"}},
		{"social desk: a ministry works with a fund",
			"Міністерство освіти разом із ЮНІСЕФ працює над програмою харчування дітей.",
			[]string{"COOPERATE Міністерство освіти → ЮНІСЕФ"}},
		{"a father and a son working are none",
			"Батько і син разом працюють на фермі.",
			nil},
	}, wed)
}
