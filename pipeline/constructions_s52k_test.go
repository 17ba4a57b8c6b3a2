package pipeline_test

import (
	"testing"
	"time"
)

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

// TestEntityColleagueNoTitle: a word for whom one is to another
// ("колега") before a title in apposition and a name is no title of the
// name: "з польським колегою, професором … Яном Ковальським".
func TestEntityColleagueNoTitle(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want, not          []string
	}{
		{"a colleague by a country's adjective, then the title",
			"Вона разом із польським колегою, професором Варшавського університету Яном Ковальським, моделює забруднення моря.",
			"Ян Ковальський", []string{"професор Варшавського університету"}, []string{"польський колега"}},
		{"two titles in apposition still go together",
			"Керівник обласного офісу реформ, депутат облради Володимир Удовиченко провів нараду.",
			"Володимир Удовиченко", []string{"депутат облради"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			checkTitles(t, x, tt.person, tt.want, tt.not)
		})
	}
}

// TestEntityInterviewEpithet: the one a portrait or an interview is about
// is called by "героїня", "наш гість" after their words, like any epithet.
func TestEntityInterviewEpithet(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"our heroine after her words",
			"Волонтерка Марія Стельмах уже третій рік возить ліки на Донеччину. «Люди чекають на нас», – додає наша героїня.",
			"Марія Стельмах", []string{"наша героїня"}, nil},
		{"our guest after his words",
			"Сьогодні до студії завітав історик Андрій Коваленко. «Архіви відкриті не всі», – пояснює наш гість.",
			"Андрій Коваленко", []string{"наш гість"}, nil},
	})
}

// TestEntityClippedMinistryHead: the head of a ministry named by its
// clipped name ("очільник Мінагрополітики", "глава Мінфіну") is the one
// person named before with the title of its minister; another ministry's
// minister is not.
func TestEntityClippedMinistryHead(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"the clipped name ends with the title's last word",
			"Міністр аграрної політики та продовольства Микола Сольський зустрівся з аграріями. Також очільник Мінагрополітики заявив, що експорт зросте.",
			"Микола Сольський", []string{"очільник Мінагрополітики"}, nil},
		{"the clipped name opens the title's word",
			"Міністр фінансів Сергій Марченко прибув до Вашингтона. Глава Мінфіну обговорив бюджет.",
			"Сергій Марченко", []string{"Глава Мінфіну"}, nil},
		{"another ministry's minister",
			"Міністр соціальної політики Оксана Жолнович відвідала Львів. Також очільник Мінагрополітики заявив, що експорт зросте.",
			"Оксана Жолнович", nil, []string{"очільник Мінагрополітики"}},
	})
}

// TestEntityInterviewee: a word for the one an interview is about
// ("За словами експерта", "Наш співрозмовник прогнозує") opening a
// sentence stands for the person the text names most before it, not for
// someone else named last.
func TestEntityInterviewee(t *testing.T) {
	p := load(t)
	text := "Економіст Олег Пендзин вважає, що гривня до кінця року подешевшає. Про це він розповів в інтерв'ю виданню.\n\n" +
		"«Курс залежить від міжнародної допомоги», – пояснює Олег Пендзин.\n\n" +
		"Міністр фінансів Сергій Марченко раніше заявляв, що бюджет збалансований.\n\n" +
		"За словами експерта, інфляція сповільниться. Наш співрозмовник прогнозує, що ставка НБУ знизиться."
	checkMentions(t, p, []mentionCase{
		{"the expert named most, another named last", text,
			"Олег Пендзин", []string{"експерта", "Наш співрозмовник"}, nil},
		{"the one named last is not the expert", text,
			"Сергій Марченко", nil, []string{"експерта"}},
	})
}
