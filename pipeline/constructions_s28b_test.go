package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The sentences of this file were written, before the extractor was run
// on them, in the style of Ukrainian agencies reporting the war in
// 2022–2025 (the thirty-first news set, testdata/gold/news31.jsonl); each
// states the events, quotes and sources the guidelines of
// testdata/gold/README.md ask for.

// TestS28BSources checks a source line that tells where its source said
// it: in a messenger or in a report named with its adjective.
func TestS28BSources(t *testing.T) {
	p := load(t)
	for _, c := range []struct {
		name, text, publisher string
		via                   []string
	}{
		{"a regional head by his long title, in the messenger",
			"Окупанти вдарили по Полтаві\n\nУночі російські війська атакували Полтаву, поранено двох людей.\n\nПро це повідомив начальник Полтавської обласної військової адміністрації Іван Дорош у телеграмі.\n\nНа місці працюють рятувальники.",
			"", []string{"Іван Дорош"}},
		{"the General Staff in its morning report, retold by an agency",
			"Генштаб: за добу 120 боєзіткнень\n\nВід початку доби на фронті відбулося 120 бойових зіткнень.\n\nПро це повідомляє Генеральний штаб ЗСУ у ранковому зведенні, передає Укрінформ.\n\nНайгарячіше на Покровському напрямку.",
			"Укрінформ", []string{"Генеральний штаб ЗСУ"}},
		{"a ministry in its joint statement",
			"Міністри засудили удар\n\nМіністри закордонних справ засудили удар по Одесі.\n\nПро це повідомило МЗС України у спільній заяві.\n\nСторони домовилися про нові кроки.",
			"", []string{"МЗС України"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, time.Time{})
			if x.Source.Publisher != c.publisher || !slices.Equal(x.Source.Via, c.via) {
				t.Errorf("publisher %q via %q, want %q and %q", x.Source.Publisher, x.Source.Via, c.publisher, c.via)
			}
		})
	}
}
