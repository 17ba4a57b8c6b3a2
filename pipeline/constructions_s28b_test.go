package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// The sentences of this file were written, before the extractor was run
// on them, in the style of Ukrainian agencies reporting the war in
// 2022–2025 (the thirty-first news set, testdata/gold/news31.jsonl); each
// states the events, quotes and sources the guidelines of
// testdata/gold/README.md ask for.

// TestS28BSources checks a source line that tells where its source said
// it: in a messenger or in a report named with its adjective.
func TestS28BSources(t *testing.T) {
	p := load(t)
	for _, c := range []struct {
		name, text, publisher string
		via                   []string
	}{
		{"a regional head by his long title, in the messenger",
			"Окупанти вдарили по Полтаві\n\nУночі російські війська атакували Полтаву, поранено двох людей.\n\nПро це повідомив начальник Полтавської обласної військової адміністрації Іван Дорош у телеграмі.\n\nНа місці працюють рятувальники.",
			"", []string{"Іван Дорош"}},
		{"the General Staff in its morning report, retold by an agency",
			"Генштаб: за добу 120 боєзіткнень\n\nВід початку доби на фронті відбулося 120 бойових зіткнень.\n\nПро це повідомляє Генеральний штаб ЗСУ у ранковому зведенні, передає Укрінформ.\n\nНайгарячіше на Покровському напрямку.",
			"Укрінформ", []string{"Генеральний штаб ЗСУ"}},
		{"a ministry in its joint statement",
			"Міністри засудили удар\n\nМіністри закордонних справ засудили удар по Одесі.\n\nПро це повідомило МЗС України у спільній заяві.\n\nСторони домовилися про нові кроки.",
			"", []string{"МЗС України"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, time.Time{})
			if x.Source.Publisher != c.publisher || !slices.Equal(x.Source.Via, c.via) {
				t.Errorf("publisher %q via %q, want %q and %q", x.Source.Publisher, x.Source.Via, c.publisher, c.via)
			}
		})
	}
}

// TestS28BLeadRetells checks a strike told by a noun in the lead under a
// headline that told it already: the lead's, with its date, stays, and
// takes the attacker the headline names.
func TestS28BLeadRetells(t *testing.T) {
	p := load(t)
	pub := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []construction{
		{"the lead's nominal strike, dated, under the headline's",
			"Внаслідок удару по Сумах загинули двоє людей\n\nВнаслідок ракетного удару по Сумах у ніч на 4 березня загинули двоє людей, ще дев'ятеро поранені.\n\nНа місці працюють рятувальники.",
			[]string{"ASSAULT  → Суми @Суми 2025-03-04"}},
		{"the attacker named by the headline only",
			"Росія вночі атакувала Запоріжжя\n\nУнаслідок нічної атаки на Запоріжжя в ніч на 3 березня пошкоджено підстанцію.\n\nНа місці працюють енергетики.",
			[]string{"ASSAULT Росія → Запоріжжя @Запоріжжя 2025-03-03"}},
		{"a strike told again past the lead stays the headline's",
			"Внаслідок удару по Сумах загинули двоє людей\n\nРятувальники працювали всю ніч. Місто оголосило жалобу. Рятувальники розбирали завали.\n\nВнаслідок ракетного удару по Сумах у ніч на 4 березня загинули двоє людей.",
			[]string{"ASSAULT  → Суми @Суми"}},
	}
	checkEventsAs(t, p, tests, pub, datedEvent)
}

// datedEvent renders an event as eventString does, with its date after.
func datedEvent(x *vistka.Extraction, ev vistka.Event) string {
	if ev.Date == "" {
		return eventString(x, ev)
	}
	return eventString(x, ev) + " " + ev.Date
}

// TestS28BSanctionDecrees checks sanctions put into force by a decision
// or a decree about them, the body that decided named in between, and
// what stays no event: a decree about something else.
func TestS28BSanctionDecrees(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a decision of the security council put into force",
			"Президент України увів у дію рішення Ради національної безпеки і оборони про застосування санкцій проти трьох банків.",
			[]string{"SANCTION Президент України → банки"}},
		{"a decree about sanctions signed",
			"Президент підписав указ про запровадження санкцій проти Білорусі.",
			[]string{"SANCTION Президент → Білорусь"}},
		{"a decision about sanctions taken",
			"Уряд Литви ухвалив рішення про санкції проти Росії.",
			[]string{"SANCTION Литва → Росія"}},
		{"a decree about an appointment stays no event",
			"Президент підписав указ про призначення нового посла.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS28BArson checks arson of vehicles, buildings and equipment, told
// with the thing as object or before the verb and its pronoun, and what
// stays no attack: candles, tyres and dry grass set on fire.
func TestS28BArson(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an army vehicle set on fire",
			"Двоє підлітків підпалили автомобіль військових у Житомирі.",
			[]string{"ASSAULT Двоє підлітків →  @Житомир"}},
		{"the thing named before the verb and its pronoun, not the place after",
			"Зловмисник облив позашляховик бензином і підпалив його біля будинку.",
			[]string{"ASSAULT Зловмисник → "}},
		{"counted relay cabinets",
			"Юнаки підпалили щонайменше чотири релейні шафи на залізниці.",
			[]string{"ASSAULT Юнаки → "}},
		{"a candle, tyres and grass set on fire are no attack",
			"Вона підпалила свічку. Протестувальники підпалили шини. Діти підпалили суху траву.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS28BWar checks forces moved to a border named with two regions,
// a group reinforced, a town struck told with бити, relief from a UN
// agency by its full name, and an attack made with arms, which accuses
// no one.
func TestS28BWar(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"units moved past a border named with two regions",
			"Росія перекинула до кордону з Сумською та Чернігівською областями додаткові підрозділи.",
			[]string{"MOBILIZE Росія → "}},
		{"a group of forces reinforced",
			"Сили оборони посилили угруповання на Куп'янському напрямку.",
			[]string{"MOBILIZE Сили оборони →  @Куп'янський напрямок"}},
		{"a gang that steps up its attacks is no force reinforced",
			"Хакерське угруповання посилило атаки.",
			nil},
		{"a town struck, told with бити",
			"Окупанти щодня б'ють по Херсону з артилерії.",
			[]string{"ASSAULT Окупанти → Херсон @Херсон"}},
		{"sanctions that hit an economy strike nothing",
			"Санкції б'ють по російській економіці.",
			nil},
		{"relief that arrives from a UN agency by its full name",
			"До Херсона прибула гуманітарна допомога від Управління ООН з координації гуманітарних справ.",
			[]string{"AID Управління ООН з координації гуманітарних справ → Херсон @Херсон"}},
		{"an attack made with arms, by intelligence's data, accuses no one",
			"За даними розвідки, атаку здійснили морські дрони.",
			[]string{"ASSAULT морські дрони → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS28BSourceClause checks that a source's cue closing a statement
// after a comma gives the statement's event no argument: the outlet or
// the body that reports it is none of its sides.
func TestS28BSourceClause(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the outlet after a dash is no target of the attack",
			"Внаслідок атаки корабель дістав пошкоджень, – повідомляє РБК-Україна з посиланням на ГУР.",
			nil},
		{"the body that reports aid is none of its recipients",
			"Загалом Варшава передала Україні допомоги на 40 млн євро, повідомляє МЗС Польщі.",
			[]string{"AID Варшава → Україна"}},
		{"a body told after в in the cue is no recipient either",
			"Росія атакувала Херсон, повідомили в Херсонській ОВА.",
			[]string{"ASSAULT Росія → Херсон @Херсон"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS28BNightBefore checks a night named by the day it runs into with
// проти, as "в ніч на" names it, and a later "того ж дня" that takes its
// day.
func TestS28BNightBefore(t *testing.T) {
	p := load(t)
	pub := time.Date(2025, 7, 3, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := []construction{
		{"уночі проти a weekday",
			"Уночі проти четверга російські війська обстріляли Нікополь.",
			[]string{"ASSAULT російські війська → Нікополь @Нікополь 2025-07-03"}},
		{"у ніч проти a weekday, and the same day after it",
			"У ніч проти середи окупанти атакували Запоріжжя. Того ж дня Міністерство закордонних справ України звернулося до МАГАТЕ з вимогою направити місію.",
			[]string{"ASSAULT окупанти → Запоріжжя @Запоріжжя 2025-07-02", "REQUEST Міністерство закордонних справ України → МАГАТЕ 2025-07-02"}},
		{"проти a weekday with no night is no date",
			"Депутати виступили проти четверга як дня засідань.",
			[]string{"ACCUSE Депутати → "}},
	}
	checkEventsAs(t, p, tests, pub, datedEvent)
}

// TestS28BExchangeHeld checks an exchange that the next sentence says
// took place on a day: the return of the prisoners told before takes it.
func TestS28BExchangeHeld(t *testing.T) {
	p := load(t)
	pub := time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC) // a Monday
	tests := []construction{
		{"the exchange dated by the sentence after",
			"Україна повернула з полону 120 захисників. Обмін відбувся в неділю за посередництва Катару.",
			[]string{"RETREAT/release  → Україна,120 захисників 2024-12-29"}},
	}
	checkEventsAs(t, p, tests, pub, datedEvent)
}

// TestS28BNamedThreat checks a fragment in marks after a threat, in the
// instrumental, and a naming opened by an adverb: direct quotes of the
// one who threatens or names; a name given stays none.
func TestS28BNamedThreat(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"what one threatens with, quoted",
			"Речниця МЗС Росії Ганна Ларіонова пригрозила Фінляндії «рішучими заходами у відповідь».",
			[]string{"Ганна Ларіонова/пригрозити/direct: рішучими заходами у відповідь"}},
		{"a naming opened by an adverb, its object put first",
			"У Кремлі нові санкції назвали «абсолютно незаконними».",
			[]string{"Кремль/назвати/direct: абсолютно незаконними"}},
		{"a name given is no speech",
			"Волонтери назвали свій фонд «Надією».",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}
