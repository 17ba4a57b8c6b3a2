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
		{"the inspection told before is no new one",
			"В рамках цієї ж перевірки ревізори виявили, що школа купила автобус.",
			nil},
		{"a finding with no one named is none",
			"Під час перевірки, яку провели у вересні, виявили несправні гальма.",
			nil},
	}, wed)
}
