package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// fourteenth press set (testdata/gold/press14.jsonl); the sentences are
// our own.

// TestS36EYouthActs checks that a people's collective noun (молодь,
// студентство, громадськість) is a side as a body is: the youth who hold
// a demonstration protest, the youth who demand, demand.
func TestS36EYouthActs(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a demonstration held by the youth, a place before it",
			"Під час засідання біля будинку суду місцева молодь провела велику демонстрацію.",
			[]string{"PROTEST місцева молодь → "}},
		{"a demand of the youth",
			"У Криму кримськотатарська молодь вимагає розширення прав для свого народу.",
			[]string{"REQUEST кримськотатарська молодь →  @Крим"}},
		{"the student body pickets",
			"Студентство університету пікетувало Міністерство освіти і науки України.",
			[]string{"PROTEST Студентство університету → Міністерство освіти і науки України"}},
	}, time.Time{})
}

// TestS36EThisIsSaid checks that a clause opening with це and naming
// what it is (a noun, a pronoun or a predicative adverb not last), set off
// by a comma before a cue with its speaker after, is what was said; the
// clause needs no verb of its own.
func TestS36EThisIsSaid(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"це and a predicative adverb before a dative",
			"Це потрібно Європі, кажуть аналітики.",
			[]string{"аналітики/казати/indirect: Це потрібно Європі"}},
		{"це те, що …, with a tail after the adverb",
			"Це саме те, що потрібно для Європи, вважають експерти.",
			[]string{"експерти/вважати/indirect: Це саме те, що потрібно для Європи"}},
		{"це and a noun",
			"Це велика помилка уряду, заявили опозиціонери.",
			[]string{"опозиціонери/заявити/indirect: Це велика помилка уряду"}},
	}, time.Time{})
}

// TestS36ESourceInBrackets checks that a source set off inside brackets
// (за його словами, за даними X) attributes the brackets' words around
// it, and no more: the quote ends with the brackets.
func TestS36ESourceInBrackets(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"words before the source in the brackets",
			"Біолог Петро Коваль дав кілька порад, як боротися зі слимаками (природних ворогів, за його словами, цей вид у нас не має).",
			[]string{"Петро Коваль/за словами/indirect: природних ворогів цей вид у нас не має"}},
		{"a body's data, the clause runs past the brackets' end",
			"Партія висунула трьох кандидатів (сама ж партія, за даними джерел, робитиме ставку на мера) і чекає виборів.",
			[]string{"джерело/за даними/indirect: сама ж партія робитиме ставку на мера"}},
		{"a relative clause's words before the source stay out",
			"Мешканці вулиці не радіють ремонту (якого вулиця, за їхніми словами, не знала півстоліття) і вимагають перевірки.",
			[]string{"Мешканці вулиці/за словами/indirect: не знала півстоліття"}},
		{"a quoted name before the source stays out",
			"Кандидатів троє (сама ж «Батьківщина», за даними джерел, робитиме ставку на мера) і всі чекають виборів.",
			[]string{"джерело/за даними/indirect: робитиме ставку на мера"}},
	}, time.Time{})
}

// TestS36EShootingStarted checks that a shooting begun or staged
// (розпочати, почати, влаштувати стрілянину) is an attack of who began it.
func TestS36EShootingStarted(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"soldiers began shooting",
			"Біля кордону військові розпочали стрілянину.",
			[]string{"ASSAULT військові → "}},
		{"a gunman staged a shooting",
			"Охоронці влаштували стрілянину біля торгового центру.",
			[]string{"ASSAULT Охоронці → "}},
	}, time.Time{})
}

// TestS36ENotMentioned checks that a cue of telling negated (не згадали,
// не зазначив, не розповіла, що …) attributes nothing: what was not said
// is the writer's own claim.
func TestS36ENotMentioned(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"not a word mentioned",
			"Журналісти жодним словом не згадали про те, що реформу вже роками блокує обласна адміністрація.",
			nil},
		{"not noted",
			"Мер не зазначив, що підрядник уже отримав аванс.",
			nil},
		{"mentioned, as before",
			"Журналісти згадали про те, що реформу вже роками блокує обласна адміністрація.",
			[]string{"Журналісти/згадати/indirect: реформу вже роками блокує обласна адміністрація"}},
	}, time.Time{})
}

// TestS36ECallToStudio checks that a call to a broadcast's studio or a
// paper's newsroom is no talks; a call to a person stays one.
func TestS36ECallToStudio(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a viewer calls the studio",
			"Під час ефіру глядач зателефонував до студії.",
			nil},
		{"a reader calls the newsroom",
			"Мешканка села зателефонувала в редакцію газети.",
			nil},
		{"a call to a chancellor",
			"Президент Володимир Зеленський зателефонував канцлеру Німеччини Олафу Шольцу.",
			[]string{"CONSULT/phone Володимир Зеленський → Олаф Шольц"}},
	}, time.Time{})
}
