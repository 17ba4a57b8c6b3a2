package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// fifteenth press set (testdata/gold/press15.jsonl); the sentences are
// our own.

// TestS37BMurmured checks that примовляти (to say while doing something)
// closes a direct quote it follows as a manner cue does, with a pronoun
// or a noun for the speaker.
func TestS37BMurmured(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a pronoun after the cue, an adverbial participle after it",
			"«Я не поспішаю, я просто гуляю», – примовляє вона, прямуючи до виходу.",
			[]string{"вона/примовляти/direct: Я не поспішаю, я просто гуляю"}},
		{"a noun phrase after the cue",
			"«Риба сьогодні не клює», – примовляє старий рибалка.",
			[]string{"старий рибалка/примовляти/direct: Риба сьогодні не клює"}},
	}, time.Time{})
}

// TestS37BTestimony checks that a witness's account (за свідченням X) is
// a source as за словами X is, also with an adjective between за and the
// noun; set off inside its clause, it attributes the whole clause, and
// after the words it leaves за out.
func TestS37BTestimony(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"за свідченням opening the sentence",
			"За свідченням Олени Сидоренко, сусідня родина вимерла від голоду.",
			[]string{"Олена Сидоренко/за свідченням/indirect: сусідня родина вимерла від голоду"}},
		{"an adjective between за and its noun, set off inside the clause",
			"Ці збори, за одностайним свідченням їх учасників, стали початком руху.",
			[]string{"учасники/за свідченням/indirect: Ці збори, за одностайним свідченням їх учасників, стали початком руху"}},
		{"an adjective between за and its noun, after the words",
			"Ціни на житло зростуть на десять відсотків, за орієнтовною оцінкою експертів.",
			[]string{"експерти/за оцінкою/indirect: Ціни на житло зростуть на десять відсотків"}},
		{"an adjective between за and its noun, the source set off in the clause",
			"Ціни на житло, за орієнтовною оцінкою експертів, зростуть на десять відсотків.",
			[]string{"експерти/за оцінкою/indirect: Ціни на житло, за орієнтовною оцінкою експертів, зростуть на десять відсотків"}},
	}, time.Time{})
}
