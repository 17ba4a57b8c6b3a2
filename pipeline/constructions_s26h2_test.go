package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The sentences of this file were written, before the extractor was run
// on them, in the style of the regional press of the twelfth press set
// (testdata/gold/press12.jsonl): tax offices, city halls, touring shows
// and volunteers; each states what the guidelines of
// testdata/gold/README.md ask for.

// TestS26H2Sources checks source lines whose cue or speaker the plain
// forms miss: an adjective before даними or інформацією, a body's head
// noun after a compound adjective, and an occasion with its adjective
// between the verb of "Про це розповіла" and the speaker.
func TestS26H2Sources(t *testing.T) {
	p := load(t)
	for _, c := range []struct {
		name, text string
		via        []string
	}{
		{"an adjective before даними opening the lead",
			"За статистичними даними Житомирської ОДПІ, надходження податків зросли на 12%.",
			[]string{"Житомирська ОДПІ"}},
		{"an adjective before інформацією",
			"За оперативною інформацією Головного управління ДСНС, пожежу загасили за годину.",
			[]string{"Головне управління ДСНС"}},
		{"a body's head noun after a compound adjective",
			"За даними координаційно-моніторингового відділу Полтавської ОДА, в області відкрили 12 таборів.",
			[]string{"відділ Полтавської ОДА"}},
		{"an occasion with an adjective after the verb",
			"Ветерани попросили зберегти традицію. Про це розповіла у коротенькому інтерв'ю заступник міського голови Ольга Мельник.",
			[]string{"Ольга Мельник"}},
		{"a briefing after the verb",
			"Ремонт мосту завершать у травні. Про це повідомив на брифінгу начальник управління Петро Гнатюк.",
			[]string{"Петро Гнатюк"}},
		{"sources of its own, no body named after them",
			"Газета з посиланням на власні джерела у міській раді повідомила про відставку.",
			nil},
		{"an adjective before a word that is no data cue",
			"За новими правилами, податок сплачують щомісяця.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, time.Time{})
			if !slices.Equal(x.Source.Via, c.via) {
				t.Errorf("via %q, want %q (publisher %q)", x.Source.Via, c.via, x.Source.Publisher)
			}
		})
	}
}

// TestS26H2Quotes checks an explanation with an adverb set off before
// тим, що, and a direct quote cut by a conclusion drawn that has a clause
// of its own.
func TestS26H2Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an adverb set off before the correlative",
			"У міській раді пояснюють це, насамперед, тим, що підрядник не встиг закупити матеріали.",
			[]string{"міська рада/пояснювати/indirect: підрядник не встиг закупити матеріали"}},
		{"the correlative right after the object",
			"Директор школи Іван Бондар пояснив затримку тим, що гроші надійшли пізно.",
			[]string{"Іван Бондар/пояснити/indirect: гроші надійшли пізно"}},
		{"a conclusion drawn cuts a quote, with a clause of when",
			"«Усе колись минає, — дійшов висновку волонтер Андрій Лисенко, коли повернувся з фронту. — Лишаються тільки друзі».",
			[]string{"Андрій Лисенко/дійти/direct: Усе колись минає", "Андрій Лисенко/дійти/direct: Лишаються тільки друзі"}},
		{"an opinion adjective and a role set off by commas",
			"Цей проєкт, переконаний мер Ігор Сапожко, окупиться за три роки.",
			[]string{"Ігор Сапожко/переконаний/indirect: Цей проєкт окупиться за три роки"}},
		{"an opinion adjective and a bare role set off by commas",
			"Та команда, впевнена тренерка, ще покаже себе.",
			[]string{"тренерка/впевнений/indirect: Та команда ще покаже себе"}},
		{"a request quoted whole in its щоб-clause",
			"Мешканці звернулися до мера з проханням, щоб «зупинити забудову скверу».",
			[]string{"Мешканці/звернутися/direct: зупинити забудову скверу"}},
		{"a lawsuit is no request quoted",
			"Мешканці звернулися до суду з позовом, щоб «зупинити забудову скверу».",
			nil},
		{"a conclusion drawn after a quote",
			"«Ремонт тут не допоможе», — дійшов висновку інженер Олег Савчук, коли оглянув дах.",
			[]string{"Олег Савчук/дійти/direct: Ремонт тут не допоможе"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS26H2Events checks support that volunteers give, which is aid, and
// an arrival told as a habit, which is no visit.
func TestS26H2Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"volunteers give support to families",
			"Волонтери надали підтримку родинам загиблих.",
			[]string{"AID Волонтери → родини загиблих"}},
		{"a party gives its support to a candidate",
			"Партія надала підтримку кандидату.",
			[]string{"SUPPORT Партія → кандидат"}},
		{"an arrival told as a habit of the past",
			"У Херсоні волонтер бував декілька разів — приїжджав сюди з гуманітарним вантажем.",
			nil},
		{"a minister's arrival told once",
			"Міністр оборони Рустем Умєров прилетів до Краматорська на гелікоптері.",
			[]string{"CONSULT/visit Рустем Умєров → Краматорськ @Краматорськ"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
