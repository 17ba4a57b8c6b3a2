package date_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka/date"
)

func TestByline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"numeric date and time under the headline", "Блінкен прибув до Астани\n12.03.2026 10:15\n\nДержсекретар США прибув до Казахстану.", "2026-03-12"},
		{"a date in words with a year and a time", "Заголовок\n\n12 березня 2026, 14:05\n\nТекст новини.", "2026-03-12"},
		{"a label", "Заголовок\nОпубліковано: 28 лютого 2023 р.\nТекст.", "2023-02-28"},
		{"a date on the first line", "28.02.2023 | 09:30\nЗаголовок\nТекст.", "2023-02-28"},
		{"a dateline with no year is no byline", "Заголовок\n\nКИЇВ, 12 березня /Укрінформ/. Міністр прибув до Варшави.", ""},
		{"a date inside a sentence is no byline", "Заголовок\n\nУряд ухвалив рішення 12 березня 2026 року.", ""},
		{"a relative date is no byline", "Заголовок\nВчора, 10:15\nТекст.", ""},
		{"no further than the body", "Заголовок\n\n" + "Довгий абзац тексту новини, що розповідає про події минулого тижня у столиці та регіонах країни.\n12.03.2026", ""},
		{"two dates is no byline", "Заголовок\n12.03.2026 – 14.03.2026\nТекст.", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := date.Byline(tt.text)
			s := ""
			if ok {
				s = got.Format(time.DateOnly)
			}
			if s != tt.want {
				t.Errorf("Byline = %q, want %q", s, tt.want)
			}
		})
	}
}

func FuzzByline(f *testing.F) {
	f.Add("Заголовок\n12.03.2026 10:15\nТекст.")
	f.Add("Опубліковано: 28 лютого 2023 р.")
	f.Fuzz(func(t *testing.T, s string) {
		date.Byline(s)
	})
}
