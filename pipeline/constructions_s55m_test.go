package pipeline_test

import (
	"testing"
	"time"
)

// Session 55, helper h55m: modifiers of an event read as its place or a
// side, from the study half of the paraphrase sets, each tested with
// sentences of its own.

// TestS55MWorksPurpose: aid for the works on a town or a land ("для
// відбудови Ірпеня", "для розмінування Харківщини") names what is worked
// on, not who receives it; aid "для ЗСУ" still has its receiver.
func TestS55MWorksPurpose(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"aid for rebuilding a town, the receiver in the dative",
			"Данія передала Україні будівельну техніку для відбудови Миколаєва.",
			[]string{"AID Данія → Україна"}},
		{"aid for demining a region",
			"Канада надала Україні обладнання для розмінування Херсонщини.",
			[]string{"AID Канада → Україна"}},
		{"aid for an army keeps its receiver",
			"Нідерланди профінансують закупівлю дронів для ЗСУ.",
			[]string{"AID Нідерланди → ЗСУ [future]"}},
	}, time.Time{})
}

// TestS55MLifeClausePlace: a town in a clause of який or котрий that tells
// where someone was born, grew up or studied is no scene of the act told
// of him; a town the act itself names still places it.
func TestS55MLifeClausePlace(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a birthplace in a relative clause on the actor",
			"Посол Олена Гриценко, яка народилася в Ужгороді, зустрілася з Петром Шевчуком.",
			[]string{"CONSULT/meet Олена Гриценко → Петро Шевчук"}},
		{"where he studied, in a clause of котрий",
			"Депутат Остап Мельник, котрий навчався у Чернівцях, провів зустріч з Ганною Бойко.",
			[]string{"CONSULT/meet Остап Мельник → Ганна Бойко"}},
		{"the act's own town stays",
			"У Полтаві депутат Остап Мельник зустрівся з Ганною Бойко.",
			[]string{"CONSULT/meet Остап Мельник → Ганна Бойко @Полтава"}},
	}, time.Time{})
}
