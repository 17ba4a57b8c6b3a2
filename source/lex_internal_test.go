package source

import (
	"strings"
	"testing"
)

// TestNormWord checks normWord, which writes ASCII and the common
// Cyrillic letters byte by byte, against the rune loop it stands for, on
// words with capitals, apostrophes, hyphens, dots, stress marks, other
// scripts and invalid UTF-8.
func TestNormWord(t *testing.T) {
	slow := func(word string) string {
		var b strings.Builder
		for _, c := range word {
			switch {
			case (isWordRune(c) || isDigit(c)) && !isApostrophe(c):
				if !isStress(c) {
					b.WriteRune(lower(c))
				}
			case isApostrophe(c):
				b.WriteByte('\'')
			case c == '.':
				b.WriteByte('.')
			default:
				b.WriteByte('-')
			}
		}
		return b.String()
	}
	words := []string{
		"", "Київ", "КИЇВ", "Zakon.kz", "24TV.ua", "Цензор.НЕТ", "Обʼєднання", "Об’єднання", "Об'єднання",
		"П`ятниця", "Ґудзь", "ҐУДЗЬ", "ЁЛКА", "Ѐѐ", "Ѣ", "Ω", "Straße", "за\u0301мок", "Новгород‑Сіверський",
		"а-б", "\xff\xfeА", "Б\xd0", "Ͳ", "ǅ",
	}
	for r := rune(0x20); r < 0x700; r++ {
		words = append(words, "А"+string(r)+"б", string(r)+"Z")
	}
	var b strings.Builder
	for _, w := range words {
		if got, want := normWord(&b, w), slow(w); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestPlatform checks the platforms a word names, with the test of its
// first letter before the names.
func TestPlatform(t *testing.T) {
	for w, want := range map[string]string{
		"facebook": "Facebook", "фейсбуці": "Facebook", "фейсбуку": "Facebook", "telegram-каналі": "Telegram",
		"телеграмі": "Telegram", "twitter": "Twitter", "твітері": "Twitter", "твіттері": "Twitter",
		"instagram": "Instagram", "інстаграмі": "Instagram", "youtube": "YouTube", "ютубі": "YouTube",
		"tiktok": "TikTok", "тіктоці": "", "тіктоку": "TikTok", "threads": "Threads",
		"": "", "x": "", "т": "", "ф": "", "\xd1": "", "мережі": "", "сайті": "", "face": "", "ютьюб": "",
	} {
		if got := platform(w); got != want {
			t.Errorf("platform(%q) = %q, want %q", w, got, want)
		}
	}
}
