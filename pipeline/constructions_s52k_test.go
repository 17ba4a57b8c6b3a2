package pipeline_test

import "testing"

// The constructions of this file were found reading the errors of the
// study half of the entity sets (entities1, 3, 5, 7, 9) in session 52,
// helper h52k; the sentences are our own.

// TestEntityPostedNewHolder: a role phrase for one new to a post ("нової
// очільниці служби") stands for the one person a verb of appointing put
// "на цю посаду", "на посаду" with no title of theirs, named before it.
func TestEntityPostedNewHolder(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"appointed to this post, the name after it",
			"Уряд звільнив з посади голови митної служби Петра Гнатюка та призначив на цю посаду Ганну Осадчу. «Від нової очільниці служби чекаємо реформ», – сказав прем'єр.",
			"Ганна Осадча", []string{"нової очільниці служби"}, nil},
		{"to the post, the verb after it",
			"Минулого тижня на посаду директора музею призначили Ірину Зайченко. Нова директорка пообіцяла відкрити три зали.",
			"Ірина Зайченко", []string{"Нова директорка"}, nil},
		{"a woman's role is no man's",
			"Уряд звільнив з посади голови митної служби Петра Гнатюка та призначив на цю посаду Олега Мирошника. «Від нової очільниці служби чекаємо реформ», – сказав прем'єр.",
			"Олег Мирошник", nil, []string{"нової очільниці служби"}},
	})
}
