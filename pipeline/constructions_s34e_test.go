package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// sixth entity set (testdata/gold/entities6.jsonl); the sentences are our
// own.

// TestS34EPronouns checks pronouns that open a sentence after the person
// named as the subject of the sentence before, with a person of the other
// gender there too or after an opening adverb; a pronoun in a clause of a
// sentence that names one person of its gender, with other such persons
// named in the sentences before, unless a preposition or a noun governs
// that person; and a pronoun after a subject whose first name took the
// case of a genitive title before it.
func TestS34EPronouns(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want               int // pronoun mentions of the person
	}{
		{"a woman after a sentence that also names a man",
			"Міністерка Олена Ткач і депутатка Ірина Мороз відкрили форум. " +
				"Згодом Ірина Мороз обговорила проєкт з мером Петром Гнатюком. Вона пообіцяла підтримку.",
			"Ірина Мороз", 1},
		{"a pronoun after an opening adverb",
			"Голова комісії Сергій Ткаченко відкрив засідання. Уряд призначив Андрія Бойка радником, повідомив Ткаченко. " +
				"Міністр пояснив, що Бойко відповідатиме за експорт. Раніше він працював у посольстві.",
			"Андрій Бойко", 1},
		{"the one man of its sentence in a clause",
			"Сергій Ткаченко подякував Андрію Бойку. Бойко передав привіт Івану Лисенку. " +
				"У серпні Петра Гнатюка приймали в Одесі, де він оглянув порт.",
			"Петро Гнатюк", 1},
		{"no pronoun for the man of its sentence after a preposition",
			"Сергій Ткаченко подякував Андрію Бойку. Бойко передав привіт Івану Лисенку. " +
				"Із Петром Гнатюком він познайомився торік.",
			"Петро Гнатюк", 0},
		{"a subject whose first name took a genitive's case",
			"Першим виступив Ігор Петренко. Верховний комісар ООН з прав людини Фолькер Тюрк, який говорив слідом, " +
				"повідомив про нові випадки. Він закликав сторони до діалогу.",
			"Фолькер Тюрк", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			e := entityByName(x, tt.person)
			if e == nil {
				t.Fatalf("no entity %q: %+v", tt.person, x.Entities)
			}
			n := 0
			for _, m := range e.Mentions {
				if m.Kind == "pronoun" {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%d pronoun mentions, want %d: %+v", n, tt.want, e.Mentions)
			}
		})
	}
}
