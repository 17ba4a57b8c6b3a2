package pipeline_test

import (
	"testing"
	"time"
)

// Session 56, helper h56z: edge cases of the session's rules, each
// tested with texts of its own.

// TestS56ZTimeSpanOpensSentence: an infinitive after a time phrase that
// opens its sentence ("До кінця року підписати угоду") has no word of
// intention before it; reading one must not look before the sentence
// (it panicked on an index of -1).
func TestS56ZTimeSpanOpensSentence(t *testing.T) {
	p := load(t)
	for _, text := range []string{
		"До кінця року підписати угоду з Польщею.",
		"У березні зустрітися з президентом Польщі Анджеєм Дудою.",
	} {
		p.Extract(text, time.Time{}) // a panic fails the test
	}
}

// TestS56ZThreatenedThingEndsText: a thing threatened that ends a
// headline with no stop ("… погрожує заблокувати бюджет") has no owner
// after it; looking for one must not read past the sentence (it panicked
// on an index one past the end).
func TestS56ZThreatenedThingEndsText(t *testing.T) {
	p := load(t)
	for _, text := range []string{
		"Словаччина погрожує заблокувати бюджет",
		"Польща погрожує заблокувати вступ\n\nПольща пригрозила заблокувати угоду.",
	} {
		p.Extract(text, time.Time{}) // a panic fails the test
	}
}

// TestS56ZWarnedOfAnswerEndsText: a warning of an answer whose noun ends
// an unstopped headline ("… попередив про відповідь") is still a threat,
// and reading whether "на" or a genitive follows the noun must not look
// past the sentence (it panicked on an index one past the end).
func TestS56ZWarnedOfAnswerEndsText(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the answer ends an unstopped headline",
			"Туреччина попередила про відповідь",
			[]string{"THREATEN Туреччина → "}},
	}, time.Time{})
}

// TestS56ZTextEdges: texts cut short, as unstopped headlines and leads
// are, end or open where the quote and event rules read a word past a
// comma, an adjective or a paper's noun; none may read past the text
// (each panicked on an index one past its end or of -1).
func TestS56ZTextEdges(t *testing.T) {
	p := load(t)
	for _, text := range []string{
		"За словами міністерки оборони,",
		"Районна амбулаторія отримала генератор від німецьких",
		"Звіт також показує, що у понеділок",
	} {
		p.Extract(text, time.Time{}) // a panic fails the test
	}
}
