package pipeline_test

import (
	"testing"
	"time"
)

// Session 56, helper h56h: a habit of a specific side, and a group named
// after the one it stands with.

// TestS56HSpecificHabit: an imperfective verb after an adverb of habit
// (зазвичай, завжди, як правило) tells a named side's or a specific
// group's deed, which the news keeps as an event; a habit of people of
// any kind is a custom, none.
func TestS56HSpecificHabit(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"invaders' habitual shelling",
			"Окупанти зазвичай обстрілюють Нікополь вночі.",
			[]string{"ASSAULT Окупанти → Нікополь @Нікополь"}},
		{"a named state's habitual aid",
			"Литва завжди допомагає Молдові.",
			[]string{"AID Литва → Молдова"}},
		{"a habit as the foil of what was done this time: none of it",
			"Литва, яка зазвичай критикує Угорщину, цього разу промовчала.",
			nil},
		{"people of any kind: none",
			"Громадяни зазвичай допомагають сусідам. Люди, як правило, критикують владу.",
			nil},
	}, time.Time{})
}

// TestS56HFollowersOf: supporters, followers, opponents, relatives or
// lawyers of one named (прихильники, послідовники, опоненти, противники,
// родичі, адвокати, соратники + the genitive) are a group of their own:
// the actor is the phrase, not the one they stand with.
func TestS56HFollowersOf(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"supporters of a politician protest",
			"Прихильники Олега Ляшка протестували біля Верховної Ради.",
			[]string{"PROTEST Прихильники Олега Ляшка → Верховна Рада"}},
		{"lawyers and allies of one named accuse and criticize",
			"Адвокати Андрія Коваля звинуватили прокуратуру в тиску. Соратники Юлії Тимошенко критикували уряд.",
			[]string{"ACCUSE Адвокати Андрія Коваля → прокуратура", "ACCUSE Соратники Юлії Тимошенко → уряд"}},
		{"a lawyer named in apposition is he",
			"Адвокат Іван Мороз звинуватив прокуратуру в тиску.",
			[]string{"ACCUSE Іван Мороз → прокуратура"}},
	}, time.Time{})
}
