package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// ninth press set (testdata/gold/press9.jsonl), BRUK news reports and
// features; the sentences are our own.

func TestS23H2bQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a press release is a paper that says things: Як сказано у прес-релізі, …",
			"Як сказано у прес-релізі, нова смуга дозволяє приймати великі літаки.",
			[]string{"прес-реліз/сказати/indirect: нова смуга дозволяє приймати великі літаки"}},
		{"a press release of a body named after it is that body's paper",
			"У прес-релізі компанії зазначено, що ціни на квитки не зростуть.",
			[]string{"прес-реліз компанії/зазначити/indirect: ціни на квитки не зростуть"}},
		{"a press release put out is no cue",
			"Компанія оприлюднила прес-реліз.",
			nil},
		{"a finite нарікати with a phrase of на says what one complained of, as поскаржитися на does",
			"Торговці традиційно нарікали на брак покупців. Мешканці села нарікають на погані дороги.",
			[]string{"Торговці/нарікати/indirect: на брак покупців", "Мешканці села/нарікати/indirect: на погані дороги"}},
		{"a participle of нарікати tells a manner, not what was said",
			"Нарікаючи на помилки суддів, тренер Іван Коваль пішов із поля.",
			nil},
		{"нарікати with a що-clause is a cue as before",
			"Фермери нарікають, що ціни впали.",
			[]string{"Фермери/нарікати/indirect: ціни впали"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestS23H2bEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a talk with the press is an interview, no meeting",
			"Після втручання прес-служби директор погодився поспілкуватися зі ЗМІ. Міністр Іван Коваль поспілкувався з пресою. Мер Петро Бойко поговорив з місцевими журналістами.",
			nil},
		{"a talk with someone else is still a meeting",
			"Посол Іван Коваль поспілкувався з міністром. Мер Петро Бойко поговорив з місцевими підприємцями.",
			[]string{"CONSULT/meet Іван Коваль → міністр", "CONSULT/meet Петро Бойко → місцеві підприємці"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS23H2bSources(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, publisher string
		via                   []string
	}{
		{"the owner of a poll after Про це свідчать результати опитування is cited; the outlet that passes it on publishes",
			"Заголовок\n\nПоловина українців підтримує реформу. Про це свідчать результати опитування Центру імені Разумкова, передає depo.ua.",
			"depo.ua", []string{"Центр імені Разумкова"}},
		{"the owner of a study or of data after Про це свідчать is cited too",
			"Заголовок\n\nЦіни на житло зросли на 10%. Про це свідчать дані Національного банку України.",
			"", []string{"Національний банк України"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if x.Source.Publisher != tt.publisher || strings.Join(x.Source.Via, "|") != strings.Join(tt.via, "|") {
				t.Errorf("publisher %q via %q, want %q %q", x.Source.Publisher, x.Source.Via, tt.publisher, tt.via)
			}
		})
	}
}
