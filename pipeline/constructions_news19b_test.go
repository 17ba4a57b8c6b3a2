package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the misses left on
// the seventeenth and nineteenth news sets (testdata/gold/news17.jsonl,
// news19.jsonl); the sentences are our own.

func TestNews19bEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an appeal told in the passive future is the speaker's; one told in the past is no one's named",
			"«Мій клієнт не винен», – заявив журналістам адвокат обвинуваченого Петро Коваль, додавши, що ухвалу буде оскаржено в апеляційному суді. Прокурор Іван Мельник повідомив, що вирок буде оскаржено. Прокурорка Олена Бойко повідомила, що вирок оскаржено.",
			[]string{"ACCUSE Петро Коваль →  [future]", "ACCUSE Іван Мельник →  [future]"}},
		{"a strike told by a noun whose attacker is an adjective is the named country's",
			"Росія продовжує обстріли. Видобуток газу скоротився після серії російських ударів по об'єктах на Полтавщині. Після російського удару по підстанції в Сумах зникло світло.",
			[]string{"ASSAULT Росія →  @Полтавщина", "ASSAULT Росія → підстанція @Суми"}},
		{"a ministry's acronym and its country are one body that rejects",
			"Прем'єр Іван Петренко подякував партнерам. У МЗС Угорщини рішення Єврокомісії назвали «юридично нікчемним», заявивши, що Будапешт його не виконуватиме.",
			[]string{"SUPPORT Іван Петренко → партнери", "REJECT МЗС Угорщини → Єврокомісія"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
