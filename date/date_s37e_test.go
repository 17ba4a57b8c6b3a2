package date_test

import (
	"testing"
	"time"
)

// TestS37EEveOfAct: напередодні before a noun of an act in -ння or -ття
// (голосування, підписання, прибуття), whose genitive has the
// nominative's form, and then the subject and its verb is "on the eve of
// the act", no day; the act's noun as the subject itself, right before
// its verb, leaves напередодні the day before.
func TestS37EEveOfAct(t *testing.T) {
	wed := time.Date(2025, 12, 10, 9, 0, 0, 0, time.UTC)
	tests := []findCase{
		{"the eve of a vote, a plural subject", wed, "Напередодні голосування депутати провели консультації.", nil},
		{"the eve of a vote, a reflexive verb", wed, "Напередодні голосування депутати зустрілися з послом.", nil},
		{"the eve of a signing, a subject", wed, "Напередодні підписання уряд схвалив проєкт угоди.", nil},
		{"the eve of an arrival, a title", wed, "Напередодні прибуття делегація отримала програму.", nil},
		{"the act's noun the subject", wed, "Напередодні засідання відбулося в закритому режимі.",
			[]want{{"Напередодні", "2025-12-09", true, "day"}}},
	}
	runFindCases(t, tests)
}
