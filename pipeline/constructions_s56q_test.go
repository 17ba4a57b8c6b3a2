package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// TestS56QFrontedSetting: a place, a time or a name under its
// preposition put before a source set off by commas is part of what was
// said, not a connective to drop (session 56, helper h56q).
func TestS56QFrontedSetting(t *testing.T) {
	p := load(t)
	checkFound(t, p, []construction{
		{"a town under у before за словами",
			"У Бериславі, за словами Олександра Прокудіна, залишаються близько трьох тисяч мешканців.",
			[]string{"Олександр Прокудін/за словами/indirect: У Бериславі залишаються близько трьох тисяч мешканців"}},
		{"a region under на before за даними",
			"На Житомирщині, за даними ДСНС, ліквідували всі лісові пожежі.",
			[]string{"ДСНС/за даними/indirect: На Житомирщині ліквідували всі лісові пожежі"}},
		{"a weekday under у before як повідомив",
			"У четвер, як повідомив Ігор Терехов, у місті запрацює нова лінія метро.",
			[]string{"Ігор Терехов/повідомити/indirect: У четвер у місті запрацює нова лінія метро"}},
		{"a month under у before на думку",
			"У квітні, на думку синоптиків, морозів уже не буде.",
			[]string{"синоптики/на думку/indirect: У квітні морозів уже не буде"}},
		{"a person under з before за словами",
			"З Макроном, за словами Андрія Сибіги, міністри обговорили поставки літаків.",
			[]string{"Андрій Сибіга/за словами/indirect: З Макроном міністри обговорили поставки літаків"}},
		{"a connective under a preposition is still dropped",
			"На жаль, за словами Ігоря Терехова, у трьох районах немає води.",
			[]string{"Ігор Терехов/за словами/indirect: у трьох районах немає води"}},
	}, time.Time{}, quoteLines)
}

// TestS56QUnnamedSourcePlace: a source the text does not name is named
// by where it sits (джерело в уряді, співрозмовник у Міноборони); that
// place is part of the speaker, and a body in it is not the speaker.
func TestS56QUnnamedSourcePlace(t *testing.T) {
	p := load(t)
	checkFound(t, p, []construction{
		{"джерело в + a common noun, subject of the cue",
			"Джерело в парламенті розповіло, що голосування перенесуть на вересень.",
			[]string{"Джерело в парламенті/розповісти/indirect: голосування перенесуть на вересень"}},
		{"співрозмовник у + a body after за словами, in the nominative",
			"За словами співрозмовника в Міністерстві фінансів, бюджет перегляне уряд.",
			[]string{"співрозмовник в Міністерстві фінансів/за словами/indirect: бюджет перегляне уряд"}},
		{"джерела у + a body after the content",
			"Удар по нафтобазі завдали далекобійні дрони, повідомили джерела у Службі безпеки.",
			[]string{"джерела у Службі безпеки/повідомити/indirect: Удар по нафтобазі завдали далекобійні дрони"}},
		{"an adjective before and a quoted name after",
			"«Кадрових змін не буде», — сказало поінформоване джерело в «Укренерго».",
			[]string{"поінформоване джерело в «Укренерго»/сказати/direct: Кадрових змін не буде"}},
		{"a time under в after the source is when, not where",
			"Джерело в середу повідомило, що переговори зірвалися.",
			[]string{"Джерело/повідомити/indirect: переговори зірвалися"}},
	}, time.Time{}, quoteLines)
}

// quoteLines renders an extraction's quotes with quoteString.
func quoteLines(x *vistka.Extraction) (got []string) {
	for _, q := range x.Quotes {
		got = append(got, quoteString(x, q))
	}
	return got
}
