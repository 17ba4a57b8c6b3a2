package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// eighth press set (testdata/gold/press8.jsonl); the sentences are our own.

func TestPress8Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a dialogue line whose cue has an instrumental object before it (своїми враженнями поділився X)",
			"Фестиваль зібрав понад двісті гостей. - Я приїжджаю сюда щороку. Тут чудові люди і смачна їжа, - своїми враженнями поділилася гостя з Рівного Марія Коваль.",
			[]string{"Марія Коваль/поділитися/direct: Я приїжджаю сюда щороку. Тут чудові люди і смачна їжа"}},
		{"a quotation right after що is one direct quote of the speaker, not also an indirect one",
			"Так вважає економіст Петро Мельник. Він переконаний, що «ціни зростатимуть до кінця року – у крамницях і на ринках. Причина цього – дорожнеча пального. Наслідки відчують усі покупці». Експерт радить робити запаси. Депутат Олег Ткач заявив, що «Слуга народу» програє вибори.",
			[]string{"Петро Мельник/переконаний/direct: ціни зростатимуть до кінця року – у крамницях і на ринках. Причина цього – дорожнеча пального. Наслідки відчують усі покупці", "Олег Ткач/заявити/indirect: «Слуга народу» програє вибори"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress8Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a thing that invites (сенсор запрошує) asks nothing of anyone; a body that invites does",
			"Невеликий екран запрошує кожного покупця оцінити роботу касира. Міська рада запросила депутатів Олега Ткача та Івана Бойка на сесію.",
			[]string{"REQUEST Міська рада → Олег Ткач"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestPress8Source(t *testing.T) {
	p := load(t)
	x := p.Extract("Нові центри працюють зручно для всіх. Про це повідомив глава регіону Петро Коваль.", time.Time{})
	if want := []string{"Петро Коваль"}; !slices.Equal(x.Source.Via, want) {
		t.Errorf("via %q, want %q", x.Source.Via, want)
	}
}
