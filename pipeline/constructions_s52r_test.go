package pipeline_test

import "testing"

// The constructions of this file were found reading the errors of the
// study half of the entity sets (entities1, 3, 5, 7, 9) in session 52;
// the sentences are our own.

// TestEntityWomansSurnameSubject: a woman's surname in -ова, -іна, -ська
// read by the tagger as a man's genitive is her nominative all the same,
// so the sentence after her words may call her by what she is.
func TestEntityWomansSurnameSubject(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a surname in -ова as the speaker after her words",
			"Ірина Петрова заявила, що телемарафон втратив довіру. «Марафон втратив довіру», – сказала Петрова. На думку експертки, держава має повернути мовникам ефірний час.",
			"Ірина Петрова", []string{"Петрова", "експертки"}, nil},
		{"a surname in -іна as the speaker after her words",
			"Мар'яна Зоріна заявила, що школа втратила вчителів. «Люди їдуть, бо не мають житла», – сказала Зоріна. На думку експертки, громаді треба будувати гуртожитки.",
			"Мар'яна Зоріна", []string{"Зоріна", "експертки"}, nil},
	})
}
