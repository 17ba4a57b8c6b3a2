package source

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/shared"
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
			case (scan.IsWordRune(c) || isDigit(c)) && !scan.IsApostrophe(c):
				if !isStress(c) {
					b.WriteRune(scan.Lower(c))
				}
			case scan.IsApostrophe(c):
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

// TestLexOffsets checks the offsets lex gives in bytes and code points,
// and its symbols, against utf8 decoding of the text.
func TestLexOffsets(t *testing.T) {
	for _, text := range []string{
		"",
		"Ціна зросла на 5% — до 1 200 грн, пише Цензор.НЕТ.",
		"ПРАВДА, м'ясо й Зв’язок; Кривий-Ріг,  пів-Europe (OK)\t\n«Так»",
		"на́голос, сло́во; 24tv.ua і Zakon.kz: 7,08 $25 1-й",
		"Μαρία Ñandú 東京 ʼслово Ґанок ґанок ЇЖАК\u00a0\u202f\u2009x",
		"bad \xff byte\xd0 end\xd1\x80 \xe2\x80 tail-' a- a.",
	} {
		for _, tok := range lex(text) {
			if rs := utf8.RuneCountInString(text[:tok.bs]); tok.rs != rs {
				t.Errorf("%q: token %q starts at rune %d, want %d", text, text[tok.bs:tok.be], tok.rs, rs)
			}
			if re := tok.rs + utf8.RuneCountInString(text[tok.bs:tok.be]); tok.re != re {
				t.Errorf("%q: token %q ends at rune %d, want %d", text, text[tok.bs:tok.be], tok.re, re)
			}
			if tok.kind == sym {
				r, size := utf8.DecodeRuneInString(text[tok.bs:])
				if tok.r != r || tok.be != tok.bs+size {
					t.Errorf("%q: symbol %q at %d, want %q of %d bytes", text, tok.r, tok.bs, r, size)
				}
			}
		}
	}
}

// TestIsTold checks the first-letter test of isTold against the prefixes
// alone, on the verbs it takes, on words that share their first letter,
// and on words that do not.
func TestIsTold(t *testing.T) {
	prefixes := []string{"повідом", "розпов", "сказа", "підтверди", "поясни"}
	words := []string{"", "п", "р", "с", "повідомили", "повідомляє", "розповів", "розповідають", "сказала",
		"підтвердив", "пояснили", "після", "році", "серед", "заявив", "говорить", "Повідомили", "ПОВІДОМИЛИ",
		"news", "ґрунт", "з'ясували", "\xd0", "\xd1\x80"}
	for _, w := range words {
		want := false
		for _, p := range prefixes {
			want = want || strings.HasPrefix(w, p)
		}
		if got := isTold(w); got != want {
			t.Errorf("isTold(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCueSieve checks that cueSieve lets the first word of every cue
// through, so that at tries each of them.
func TestCueSieve(t *testing.T) {
	if len(cues) == 0 {
		t.Fatal("no cues")
	}
	for w := range cues {
		if !cueSieve.May(w) {
			t.Errorf("cueSieve stops %q", w)
		}
	}
}

// TestOddSpace checks oddSpace against the rune-by-rune search it
// replaced, for every rune between letters and for broken UTF-8.
func TestOddSpace(t *testing.T) {
	old := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) >= 0
	}
	for r := rune(0); r <= 0x10ffff; r++ {
		if s := "Укр" + string(r) + "інформ"; oddSpace(s) != old(s) {
			t.Errorf("oddSpace(%q) = %v", s, oddSpace(s))
		}
	}
	for _, s := range []string{"", " ", "a b", "\xc2", "\xe2\x80", "\xe2\x80\xa8", "\xc2\xa0", "\xe3\x80\x80x", "\xe1\x9a", "а\xe2\x81\x9f", "\xff\xc2\x85"} {
		if oddSpace(s) != old(s) {
			t.Errorf("oddSpace(%q) = %v", s, oddSpace(s))
		}
	}
}

// TestAppendScanned checks that appendScanned makes of scan's tokens the
// tokens appendLex reads: on words joined by digits, dots, apostrophes
// and hyphens of every kind, on letters of other scripts, stress marks
// and invalid UTF-8, and on the NER-UK news texts.
func TestAppendScanned(t *testing.T) {
	texts := []string{
		"",
		"Ціна зросла на 5% — до 1 200 грн, пише Цензор.НЕТ.",
		"ПРАВДА, м'ясо й Зв’язок; Кривий-Ріг,  пів-Europe (OK)\t\n«Так»",
		"на́голос, сло́во; 24tv.ua і Zakon.kz: 7,08 $25 1-й",
		"Μαρία Ñandú 東京 ʼслово Ґанок ґанок ЇЖАК\u00a0\u202f\u2009x",
		"bad \xff byte\xd0 end\xd1\x80 \xe2\x80 tail-' a- a. a-ʼ a-ʼb 5-ʼ 5'6 5.6 a.5 a-5 Су-25 COVID-19 x.y.z 2.0",
	}
	joiners := []string{"", "-", ".", "'", "’", "ʼ", "`", "‘", "′", "‐", "‑", "–", " ", "\u0301", "\xff", ","}
	parts := []string{"", "а", "Б", "z", "Q", "7", "ґ", "Ґ", "ʼ", "Ω", "\u0301", "\xd0", "東"}
	for _, a := range parts {
		for _, j := range joiners {
			for _, b := range parts {
				for _, k := range joiners {
					texts = append(texts, a+j+b+k+a, "Ж"+a+j+b+k+"9")
				}
			}
		}
	}
	root := shared.TestPath(t, "ner-uk", "train")
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		want := lex(text)
		got := appendScanned(nil, text, scan.Lex(text))
		if !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Errorf("%q: token %d is %+v, want %+v", text[max(0, want[i].bs-20):min(len(text), want[i].be+20)], i, got[i], want[i])
					break
				}
			}
			t.Errorf("%d tokens, want %d", len(got), len(want))
		}
	}
}

func FuzzAppendScanned(f *testing.F) {
	for _, s := range []string{"24tv.ua", "Су-25", "a-ʼb", "5'6", "x.y", "Об’єднання"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := appendScanned(nil, text, scan.Lex(text)), lex(text); !slices.Equal(got, want) {
			t.Errorf("%q: appendScanned gives %+v, want %+v", text, got, want)
		}
	})
}
