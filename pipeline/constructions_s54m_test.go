package pipeline_test

import (
	"testing"
	"time"
)

// An inspection told by a noun in a phrase of time, and what the
// inspectors found told by the clause's verb (session 54, helper h54m):
// "в ході перевірки екологи встановили, що …", "під час проведення
// перевірки ревізори виявили", a relative clause on the inspection
// between ("Під час перевірки оператора, яка тривала місяць, інспектори
// зафіксували, що …"). The finders are the clause's subject; a relative
// clause that names who held the inspection tells it once. A phrase
// that names the inspection told before (цієї ж перевірки) and a finding
// with no one named are none. The sentences are our own.
func TestInspectionFindingsS54m(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"ecology desk: в ході перевірки",
			"В ході перевірки екологи встановили, що фірма скидала стоки в річку.",
			[]string{"ACCUSE екологи → "}},
		{"audit desk: під час проведення перевірки",
			"Під час проведення ревізії аудитори Держаудитслужби виявили, що лікарня переплатила за ліки 3 млн гривень.",
			[]string{"ACCUSE аудитори Держаудитслужби → "}},
		{"telecom desk: a relative clause on the inspection between",
			"Під час позапланової перевірки провайдера, яка тривала два тижні, інспектори зафіксували, що швидкість інтернету була нижчою за обіцяну.",
			[]string{"ACCUSE інспектори → "}},
		{"a relative clause that tells who held it makes the inspection once",
			"Під час перевірки провайдера, яку комісія провела в жовтні, інспектори зафіксували, що швидкість інтернету була нижчою.",
			[]string{"ACCUSE комісія → "}},
		{"ecology desk: an inspectorate's name between is no inspection",
			"Під час перевірки працівники Державної екологічної інспекції встановили, що завод перевищив норми викидів.",
			[]string{"ACCUSE Державна екологічна інспекція → "}},
		{"competition desk: a body named before as який",
			"Скаргу розглянув Антимонопольний комітет, який у ході перевірки виявив, що фірма завищувала ціни.",
			[]string{"ACCUSE Антимонопольний комітет → "}},
		{"an inspection held told in another sentence is retold by the finding",
			"Держекоінспекція провела перевірку заводу «Азот». В ході перевірки екологи встановили, що завод скидав стоки в річку.",
			[]string{"ACCUSE Держекоінспекція → Азот"}},
		{"the inspection told before is no new one",
			"В рамках цієї ж перевірки ревізори виявили, що школа купила автобус.",
			nil},
		{"a finding with no one named is none",
			"Під час перевірки, яку провели у вересні, виявили несправні гальма.",
			nil},
	}, wed)
}

// A meeting told by a noun whose sides are a body's people named by a
// group noun (session 54, helper h54m): the genitive after the noun with
// an adjective that agrees or a genitive that completes it ("зустріч
// польської делегації", "зустріч керівництва області") and the partner
// after з ("з керівництвом міста"), each given in the nominative with the
// words that complete it. A group noun with a name after it is that
// name's. The sentences are our own.
func TestGroupSidesS54m(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"city desk: a delegation and a town's leadership",
			"У середу відбулася зустріч литовської делегації з керівництвом міста.",
			[]string{"CONSULT/meet литовська делегація → керівництво міста"}},
		{"region desk: a region's leadership in the genitive",
			"У Житомирі відбулася зустріч керівництва області з представниками аграріїв.",
			[]string{"CONSULT/meet керівництво області → представники аграріїв @Житомир"}},
		{"the noun before its verb",
			"Зустріч японської делегації з керівництвом громади тривала дві години.",
			[]string{"CONSULT/meet японська делегація → керівництво громади"}},
		{"a count of people stays as written",
			"У Рівному тисячі людей вийшли на акцію протесту біля будівлі облради.",
			[]string{"PROTEST тисячі людей →  @Рівне"}},
		{"a named body after the group noun is the name's",
			"Відбулася зустріч делегації Вільнюса з керівництвом Житомира.",
			[]string{"CONSULT/meet Вільнюс → Житомир"}},
	}, wed)
}

// A meeting told by a noun in a phrase of time ("заявив X під час
// зустрічі з Y") with a partner no earlier meeting of X had is a meeting
// of its own, not the one told before (session 54, helper h54m); with the
// partner met before, or right after a meeting of X with no partner
// named, it is that meeting. The sentences are our own.
func TestNewPartnerDuringS54m(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"diplomacy desk: another partner, a call between",
			"У вівторок Андрій Сибіга зустрівся з Марком Рютте. Вони обговорили постачання ППО. Сибіга також провів телефонну розмову з Радославом Сікорським. «Ми розраховуємо на партнерів», – сказав Сибіга в середу під час зустрічі з Каєю Каллас.",
			[]string{"CONSULT/meet Андрій Сибіга → Марк Рютте", "CONSULT/meet Андрій Сибіга → ", "CONSULT/phone Андрій Сибіга → Радослав Сікорський", "CONSULT/meet Андрій Сибіга → Кая Каллас"}},
		{"the partner met before is that meeting",
			"У вівторок Андрій Сибіга зустрівся з Марком Рютте. Сибіга також провів телефонну розмову з Радославом Сікорським. «Ми розраховуємо на партнерів», – сказав Сибіга під час зустрічі з Рютте.",
			[]string{"CONSULT/meet Андрій Сибіга → Марк Рютте", "CONSULT/phone Андрій Сибіга → Радослав Сікорський"}},
	}, wed)
}
