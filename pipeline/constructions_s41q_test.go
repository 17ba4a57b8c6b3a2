package pipeline_test

import (
	"testing"
	"time"
)

// TestS41QAppealSigned: an appeal, a petition or an open letter signed by
// many, named after the verb or standing before its relative pronoun
// ("звернення, яке підписали 300 медиків"), is a plea joined, no
// agreement; a pact signed, a letter of intent and a petition signed
// right after the verb (a request) keep their events; an appeal handed to
// someone asks him (REQUEST), whoever signed it.
func TestS41QAppealSigned(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		// (the appeal handed over asks the one given it: session 43)
		{"appeal before its relative pronoun",
			"Медики передали голові обласної ради звернення, яке підписали понад 300 працівників лікарні.",
			[]string{"REQUEST Медики → голова обласної ради"}},
		{"petition before its relative pronoun",
			"Активісти передали меру петицію, яку підписали 500 мешканців.",
			[]string{"REQUEST Активісти → мер"}},
		{"appeal after the verb",
			"Мешканці підписали звернення до мера.",
			nil},
		{"open letter after the verb",
			"Депутати підписали відкритий лист до президента.",
			nil},
		{"a pact signed",
			"Мер і компанія підписали угоду, яка передбачає ремонт доріг.",
			[]string{"AGREE Мер,компанія → "}},
		{"a letter of intent",
			"Україна та Швеція підписали лист про наміри щодо постачання винищувачів.",
			[]string{"AGREE Україна,Швеція → "}},
		{"a petition after the verb asks",
			"Мешканці підписали петицію.",
			[]string{"REQUEST Мешканці → "}},
	}, time.Time{})
}

// TestS41QStrikeJoined: a strike or a protest backed ("Страйк підтримали
// 64 водії", "водії підтримали страйк", "Акцію протесту підтримали
// студенти") is joining the protest, which its own event tells, no
// SUPPORT; an initiative or demands backed stay SUPPORT.
func TestS41QStrikeJoined(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a strike opening its clause",
			"Страйк підтримали 64 водії з 80.",
			nil},
		{"a strike after the verb",
			"Водії підтримали страйк.",
			nil},
		{"a protest action",
			"Акцію протесту підтримали студенти.",
			nil},
		{"an initiative backed",
			"Ініціативу мера підтримали депутати міськради.",
			[]string{"SUPPORT депутати міськради → "}},
		{"demands backed",
			"Водії підтримали вимоги профспілки.",
			[]string{"SUPPORT Водії → "}},
	}, time.Time{})
}

// TestS41QPatientsServed: help a hospital or a service gives its
// patients or clients ("лікарня надала допомогу понад 60 тисячам
// пацієнтів", "надає пацієнтам безкоштовну допомогу") is its work
// counted, no AID; help to a country or to the wounded, or given to a
// hospital for its patients, stays AID.
func TestS41QPatientsServed(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a yearly count of patients",
			"Торік обласна лікарня надала допомогу понад 60 тисячам пацієнтів.",
			nil},
		{"patients before the help",
			"Центр надає пацієнтам безкоштовну допомогу.",
			nil},
		{"help to a country",
			"Японія надала допомогу Україні.",
			[]string{"AID Японія → Україна"}},
		{"help to the wounded",
			"Лікарі надали допомогу 30 пораненим.",
			[]string{"AID Лікарі → 30 пораненим"}},
		{"help to a hospital for its patients",
			"Благодійники надали лікарні допомогу для пацієнтів.",
			[]string{"AID Благодійники → лікарня"}},
	}, time.Time{})
}

// TestS41QMerged: an institution joined with another named by a common
// noun ("лікарня об'єднається з онкодиспансером", "школа об'єдналася з
// ліцеєм") is a merger, no COOPERATE; a state or people joined with keep
// it.
func TestS41QMerged(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a hospital merged",
			"Чернігівська обласна лікарня об'єднається з онкодиспансером.",
			nil},
		{"a school merged",
			"Школа об'єдналася з ліцеєм.",
			nil},
		{"a state joined with a state",
			"Україна об'єдналася з Польщею для боротьби з контрабандою.",
			[]string{"COOPERATE Україна → Польща"}},
		{"people joined with people",
			"Волонтери об'єдналися з військовими, щоб допомогти пораненим.",
			[]string{"COOPERATE Волонтери → "}},
	}, time.Time{})
}
