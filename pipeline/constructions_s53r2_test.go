package pipeline_test

import "testing"

// Role words for people named before with another title (session 53,
// helper h53r2); the sentences are our own.

// TestProsecutorByOffice: a bare "прокурор" stands for the one person
// named before whose title makes them a deputy prosecutor or the head
// of a prosecutor's office; a spokesman of the office is no prosecutor.
func TestProsecutorByOffice(t *testing.T) {
	checkMentions(t, load(t), []mentionCase{
		{"a deputy prosecutor of a region",
			"Заступник прокурора Волинської області Степан Мартинюк придбав квартиру в Луцьку. Журналісти запитали його про джерела коштів. Прокурор відповів, що купив житло за заощадження.",
			"Степан Мартинюк", []string{"Прокурор"}, nil},
		{"the head of a local prosecutor's office, named in the genitive after",
			"Керівник Рівненської місцевої прокуратури Андрій Гнатюк подав позов про повернення землі. Син Андрія Гнатюка користується двома автомобілями. Ці машини прокурор у декларації не зазначив.",
			"Андрій Гнатюк", []string{"прокурор"}, nil},
		{"a spokesman of the office is no prosecutor",
			"Речник Волинської обласної прокуратури Олег Бойко повідомив про затримання. Прокурор попросив суд взяти підозрюваного під варту.",
			"Олег Бойко", nil, []string{"Прокурор"}},
	})
}
