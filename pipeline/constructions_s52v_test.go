package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// study half of the entity sets (entities1, 3, 5, 7, 9) in session 52;
// the sentences are our own.

// TestEntityAppointedTitle: a title in the instrumental after a verb of
// appointing is the title of the one named right before it, past the
// verb or a dash standing for it.
func TestEntityAppointedTitle(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want, not          []string
	}{
		{"appointed, the name before the title",
			"Уряд у середу призначив Олега Бондаря заступником міністра освіти.",
			"Олег Бондар", []string{"заступник міністра освіти"}, nil},
		{"the second of two appointed, past a dash",
			"Уряд призначив Олега Бондаря заступником міністра освіти, а Марію Коваль – заступницею міністра культури.",
			"Марія Коваль", []string{"заступниця міністра культури"}, []string{"заступник міністра освіти"}},
		{"became a deputy minister",
			"Після відставки уряду Ганна Литвин стала заступницею міністра юстиції.",
			"Ганна Литвин", []string{"заступниця міністра юстиції"}, nil},
		{"no verb of appointing: a title after a preposition is no one's",
			"Олег Бондар зустрівся з міністром освіти у Києві.",
			"Олег Бондар", nil, []string{"міністр освіти"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			checkTitles(t, x, tt.person, tt.want, tt.not)
		})
	}
}

// TestEntityRoleBeforeItsTitle: a role phrase the story uses before the
// title that ties it to a name named earlier is that person's once every
// title is known; a new holder is the one the text appoints, and no one
// when it appoints no one; an official in the speaker's place is the
// subject of the sentence before, whoever else that sentence names.
func TestEntityRoleBeforeItsTitle(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a founder before the title that makes him one",
			"Новий центр реабілітації відкрив лікар Степан Гордієнко. Засновник називає свій заклад соціальним проєктом. На відкритті виступили засновник центру Степан Гордієнко та головний лікар Петро Кузьменко.",
			"Степан Гордієнко", []string{"Засновник"}, nil},
		{"the new deputy is the one just appointed",
			"Уряд призначив Олега Бондаря заступником міністра освіти. Міністр освіти Іван Сидоренко назвав нового заступника досвідченим управлінцем.",
			"Олег Бондар", []string{"нового заступника"}, nil},
		{"the new minister is no one named when no one is appointed",
			"Парламент звільнив міністра аграрної політики Романа Гайового. Уряд внесе кандидатуру нового міністра найближчим часом.",
			"Роман Гайовий", nil, []string{"нового міністра"}},
		{"the official is the subject of the sentence before",
			"Заступник міністра освіти Олег Бондар представив план реформи. Міністр освіти Іван Сидоренко назвав Бондаря досвідченим управлінцем. За словами посадовця, реформа триватиме ще рік.",
			"Іван Сидоренко", []string{"посадовця"}, nil},
	})
}

// TestEntityPronounInToldQuote: він opening words quoted whose speaker
// tells of himself in the first person is not the speaker but the other
// man the sentence before names besides its subject; with no one else
// named there it is no one.
func TestEntityPronounInToldQuote(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"the man the speaker met",
			"Посол Іван Коваленко розповів про зустріч із канцлером Німеччини Фрідріхом Мерцом. «Він вислухав мене уважно і пообіцяв допомогу», – сказав дипломат.",
			"Фрідріх Мерц", []string{"Він"}, nil},
		{"no one else named: not the speaker",
			"Посол Іван Коваленко розповів про переговори в Берліні. «Він вислухав мене уважно», – сказав дипломат.",
			"Іван Коваленко", nil, []string{"Він"}},
	})
}
