package date_test

import "testing"

// TestS41MEveWithSubject: напередодні standing alone is the day before
// when its verb is a past of вести (провели, привела), which the vowel
// rule of past forms passed over, and when its subject is a plural
// adjective with its noun that ends as a genitive does (польські
// гості); the eve of a named occasion (напередодні річниці
// незалежності) stays no date.
func TestS41MEveWithSubject(t *testing.T) {
	tests := []findCase{
		{"a past of вести after the subject", tue, "Напередодні слідчі поліції провели обшуки у приміщенні.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
		{"a prefixed past of вести", tue, "Напередодні делегація привела з собою лікарів.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
		{"a plural adjective and its noun in -ості", tue, "Напередодні польські гості зустрілися з мером.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
		{"an adjective of a place and a noun", tue, "Напередодні іноземні гості відвідали лікарню.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
		{"the eve of an anniversary", tue, "Напередодні річниці незалежності відбувся концерт.",
			nil},
	}
	runFindCases(t, tests)
}

// TestS41MEveOfPlaceBody: напередодні before a body named by its place
// (Одеська міська рада) and its verb in the past, next or after one
// phrase under на (на засіданні виконкому), is the day before; the eve
// of the council's sitting named (напередодні сесії) stays no date.
func TestS41MEveOfPlaceBody(t *testing.T) {
	tests := []findCase{
		{"a council, a phrase under на, the verb", tue, "Напередодні Одеська міська рада на засіданні виконкому оштрафувала 12 підприємців.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
		{"a prosecutor's office and its verb", tue, "Напередодні Київська обласна прокуратура повідомила про підозру.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
		{"the eve of a sitting", tue, "Напередодні сесії Одеської міської ради депутати провели нараду.",
			nil},
		{"a council and a past of бути", tue, "Напередодні Одеська міська рада була зачинена для відвідувачів.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
	}
	runFindCases(t, tests)
}
