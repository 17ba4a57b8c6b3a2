package pipeline_test

import "testing"

// Kin words past the first list (session 50, the lead): a widow or a
// son-in-law who speaks after someone else was named is someone else,
// as a mother is, not the one named. The sentences are our own.
func TestKinIsSomeoneElseS50l(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a widow after the cue",
			"Волонтерка Ірина Мельник привезла генератор. «Ми чекаємо на виплату пів року», – сказала вдова.",
			"Ірина Мельник", []string{"Ірина Мельник"}, []string{"вдова"}},
		{"a son-in-law after the cue",
			"Фермер Петро Гнатюк показав зруйновану ферму. «Техніку вивезли окупанти», – додав зять.",
			"Петро Гнатюк", []string{"Петро Гнатюк"}, []string{"зять"}},
		{"a niece after the cue",
			"Лікарка Ольга Бондар оглянула постраждалих. «Сирена пролунала запізно», – розповіла племінниця.",
			"Ольга Бондар", []string{"Ольга Бондар"}, []string{"племінниця"}},
	})
}
