package pipeline_test

import (
	"testing"
	"time"
)

// TestS34AAspectPairs checks the aspect partners and synonyms of known
// triggers that corpus text uses: висилати (as вислати), заарештовувати
// (as арештовувати), анексувати (as окупувати), примусити by force (as
// змусити), and a coercion with no force said as the near miss.
func TestS34AAspectPairs(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"висилати",
			"Угорщина висилає двох дипломатів України.",
			[]string{"SANCTION Угорщина → Україна"}},
		{"заарештовувати",
			"Поліція Білорусі щодня заарештовує активістів.",
			[]string{"COERCE Поліція Білорусі → активісти"}},
		{"анексувати",
			"Росія анексувала Крим у 2014 році.",
			[]string{"ASSAULT Росія → Крим @Крим"}},
		{"примусити by force",
			"Під погрозою зброї окупанти примусили мешканців отримати російські паспорти.",
			[]string{"COERCE окупанти → мешканці"}},
		{"примусити with no force, none",
			"Тренер примусив гравців попрацювати.",
			nil},
	}, time.Time{})
}

// TestS34ALightNouns checks the event nouns the light verbs of protests
// and aid now govern: a demonstration held, aid sent; people sent to help
// and a parcel sent are no aid.
func TestS34ALightNouns(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"провести демонстрацію",
			"Опозиція провела демонстрацію біля парламенту.",
			[]string{"PROTEST Опозиція → "}},
		{"відправити допомогу",
			"Польща відправила гуманітарну допомогу Україні.",
			[]string{"AID Польща → Україна"}},
		{"гуманітарка sent is materiel given, as before the light noun",
			"Естонія відправила Україні партію гуманітарки.",
			[]string{"AID Естонія → Україна"}},
		{"people sent to help, no aid",
			"Рада не погодиться відправити суддю на допомогу іншим судам.",
			nil},
		{"a parcel sent, no aid",
			"Пошта відправила посилку до Києва.",
			nil},
	}, time.Time{})
}

// TestS34AFireAndMateriel checks positions covered with fire (накрити
// вогнем) as an attack, with a roof covered as the near miss, and
// helicopters, mortars and guns named by their other words as materiel
// given.
func TestS34AFireAndMateriel(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"накрити вогнем",
			"Російські війська накрили вогнем позиції ЗСУ.",
			[]string{"ASSAULT Російські війська → ЗСУ"}},
		{"a roof covered, no attack",
			"Робітники накрили дах склом.",
			nil},
		{"вертольоти given",
			"Словаччина передала Україні вертольоти.",
			[]string{"AID Словаччина → Україна"}},
		{"міномети given",
			"Литва передала Україні 40 мінометів.",
			[]string{"AID Литва → Україна"}},
	}, time.Time{})
}
