package pipeline_test

import (
	"testing"
	"time"
)

// Events that dedupe must keep apart, and restatements it must still
// merge; the sentences are our own.

func TestDedupeKeepsApart(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a habitual present attack and a past one in one sentence",
			"Окупанти щодня обстрілюють Нікополь, лише за минулу добу вони поранили шістьох людей.",
			[]string{"ASSAULT Окупанти → Нікополь @Нікополь", "ASSAULT Окупанти → шестеро людей"}},
		{"the same with no target named",
			"Окупанти щодня обстрілюють правобережжя області, лише за минулу добу вони поранили шістьох людей.",
			[]string{"ASSAULT Окупанти → ", "ASSAULT Окупанти → шестеро людей"}},
		{"two past verbs of one attack are one",
			"Окупанти обстріляли правобережжя області і поранили шістьох людей.",
			[]string{"ASSAULT Окупанти → шестеро людей"}},
		{"an aid told as a total since the invasion after the lead's aid",
			"Польський Люблін передав Житомиру три пожежні машини та 12 генераторів. Від початку повномасштабного вторгнення Люблін уже передав Житомиру 20 автомобілів швидкої допомоги.",
			[]string{"AID Люблін → Житомир", "AID Люблін → Житомир"}},
		{"a lead restated later is one",
			"Польський Люблін передав Житомиру три пожежні машини та 12 генераторів. Люблін передав Житомиру машини в п'ятницю.",
			[]string{"AID Люблін → Житомир"}},
		{"fire engines given to a town are aid; a car sent for tests is none",
			"Люблін передав Житомиру дві пожежні машини. Поліція передала машину на експертизу.",
			[]string{"AID Люблін → Житомир"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
