package tokenize_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/tokenize"
)

// render shows tokens as text/kind separated by " | ".
func render(toks []vistka.Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text + "/" + t.Kind.String()
	}
	return strings.Join(parts, " | ")
}

// checkTokens checks what every token list must satisfy: Text is
// text[Start:End], offsets go forward, code-point offsets agree with byte
// offsets, and each token is non-empty, valid UTF-8 and has no space at
// either end.
func checkTokens(t *testing.T, text string, toks []vistka.Token) {
	t.Helper()
	prevEnd := 0
	for i, tok := range toks {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %q: bad offsets %d:%d after %d", i, tok.Text, tok.Start, tok.End, prevEnd)
		}
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d: text[%d:%d] = %q, Text = %q", i, tok.Start, tok.End, text[tok.Start:tok.End], tok.Text)
		}
		if r := utf8.RuneCountInString(text[:tok.Start]); r != tok.RStart {
			t.Fatalf("token %d %q: RStart %d, want %d", i, tok.Text, tok.RStart, r)
		}
		if r := tok.RStart + utf8.RuneCountInString(tok.Text); r != tok.REnd {
			t.Fatalf("token %d %q: REnd %d, want %d", i, tok.Text, tok.REnd, r)
		}
		if !utf8.ValidString(tok.Text) {
			t.Fatalf("token %d %q: invalid UTF-8", i, tok.Text)
		}
		prevEnd = tok.End
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Words.
		{"apostrophe", "п'яти об'єднанню", "п'яти/word | об'єднанню/word"},
		{"apostrophe variants", "зв’язки пʼять м`ята", "зв’язки/word | пʼять/word | м`ята/word"},
		{"hyphen", "Касим-Жомарт північно-західний", "Касим-Жомарт/word | північно-західний/word"},
		{"hyphen and apostrophe", "Прем'єр-міністр", "Прем'єр-міністр/word"},
		{"latin look-alike", "Kиїв і Kиïв", "Kиїв/word | і/word | Kиïв/word"},
		{"stress mark", "за́мок", "за́мок/word"},
		{"soft hyphen", "вели\u00adкий", "вели\u00adкий/word"},
		{"hanging hyphen", "фото- і відеокамери", "фото-/word | і/word | відеокамери/word"},
		{"particle after space", "Тільки -но", "Тільки/word | -но/word"},
		{"russian", "Объём съёмки ещё", "Объём/word | съёмки/word | ещё/word"},
		{"english", "don't it's O'Brien students'", "don't/word | it's/word | O'Brien/word | students/word | '/quote"},
		{"ending in brackets", "автора(ів)", "автора(ів)/word"},

		// Numbers.
		{"integer", "62 млрд", "62/number | млрд/word"},
		{"decimal comma", "7,08 млн", "7,08/number | млн/word"},
		{"groups", "1 200 і 1 200 000", "1 200/number | і/word | 1 200 000/number"},
		{"groups nbsp", "1\u00a0200 та 15\u202f000", "1\u00a0200/number | та/word | 15\u202f000/number"},
		{"no group of four", "у 2023 200 осіб", "у/word | 2023/number | 200/number | осіб/word"},
		{"no group of two", "5 20 осіб", "5/number | 20/number | осіб/word"},
		{"group then decimals", "1 200,50 грн", "1 200,50/number | грн/word"},
		{"date", "28.02.2023", "28.02.2023/number"},
		{"time", "о 12:30", "о/word | 12:30/number"},
		{"range", "1,5-2 та 2–3 і 1990—2000", "1,5-2/number | та/word | 2–3/number | і/word | 1990—2000/number"},
		{"number with suffix", "30-річний 5-го 2023-го 90-х", "30-річний/number | 5-го/number | 2023-го/number | 90-х/number"},
		{"number at sentence end", "у 2023.", "у/word | 2023/number | ./punct"},
		{"percent", "5%", "5/number | %/symbol"},

		// Abbreviations and initials.
		{"abbreviations", "тис. ім. вул. м. р. грн.", "тис./abbr | ім./abbr | вул./abbr | м./abbr | р./abbr | грн./abbr"},
		{"capitalised abbreviation", "Вул. Хрещатик", "Вул./abbr | Хрещатик/word"},
		{"two-part", "т. зв. т. д. і т. п. т. ч.", "т. зв./abbr | т. д./abbr | і/word | т. п./abbr | т. ч./abbr"},
		{"two-part no space", "т.зв. в.о. н.е.", "т.зв./abbr | в.о./abbr | н.е./abbr"},
		{"hyphenated abbreviation", "пд.-зах.", "пд.-зах./abbr"},
		{"no dot", "млрд ТОВ", "млрд/word | ТОВ/word"},
		{"acronym and stop", "у ТОВ. Потім", "у/word | ТОВ/word | ./punct | Потім/word"},
		{"word that is an abbreviation", "купив рис. Потім рис. 5", "купив/word | рис/word | ./punct | Потім/word | рис./abbr | 5/number"},
		{"initials", "Е. Блінкен, J. Smith", "Е./initial | Блінкен/word | ,/punct | J./initial | Smith/word"},
		{"initials without space", "Т.Г.Шевченко", "Т./initial | Г./initial | Шевченко/word"},
		{"double initial", "Й.-Г. Гаман", "Й.-Г./initial | Гаман/word"},
		{"russian abbreviations", "г. Москва, ул. Тверская", "г./abbr | Москва/word | ,/punct | ул./abbr | Тверская/word"},
		{"english abbreviations", "Mr. Smith, Dr. Who, e.g. U.S. policy", "Mr./abbr | Smith/word | ,/punct | Dr./abbr | Who/word | ,/punct | e.g./abbr | U.S./abbr | policy/word"},

		// URLs, e-mails, tags.
		{"url", "див. https://www.ukrinform.ua/rubric-world/3675.html.", "див./abbr | https://www.ukrinform.ua/rubric-world/3675.html/url | ./punct"},
		{"url in brackets", "(https://example.com/a_(b))", "(/punct | https://example.com/a_(b)/url | )/punct"},
		{"www", "www.pravda.com.ua,", "www.pravda.com.ua/url | ,/punct"},
		{"domains", "Zakon.kz akorda.kz president.gov.ua 24tv.ua", "Zakon.kz/url | akorda.kz/url | president.gov.ua/url | 24tv.ua/url"},
		{"domain at sentence end", "на Zakon.kz.", "на/word | Zakon.kz/url | ./punct"},
		{"domain in capitals", "повідомляло ZN.UA, пише ZN.UA.", "повідомляло/word | ZN.UA/url | ,/punct | пише/word | ZN.UA/url | ./punct"},
		{"outlet named as a domain in title case", "з'ясували Bihus.Info і «Слідству.Інфо».", "з'ясували/word | Bihus.Info/url | і/word | «/quote | Слідству.Інфо/url | »/quote | ./punct"},
		{"no outlet after a lower-case word or a word not Інфо", "до слідства.Інфо Києва.Це", "до/word | слідства/word | ./punct | Інфо/word | Києва/word | ./punct | Це/word"},
		{"capitals and a sentence", "члени НАТО.UA", "члени/word | НАТО/word | ./punct | UA/word"},
		{"a number before capitals", "у 2024.UA", "у/word | 2024/number | ./punct | UA/word"},
		{"capitals before another word", "в ЄС.Це ZN.Це SN.UK", "в/word | ЄС/word | ./punct | Це/word | ZN/word | ./punct | Це/word | SN/word | ./punct | UK/word"},
		{"domain with path", "akorda.kz/ru/news", "akorda.kz/ru/news/url"},
		{"cyrillic domain", "сайт.укр", "сайт.укр/url"},
		{"glued sentences", "Києва.Це", "Києва/word | ./punct | Це/word"},
		{"glued lower case", "Києва.це", "Києва/word | ./punct | це/word"},
		{"email", "пишіть на info@example.com.ua.", "пишіть/word | на/word | info@example.com.ua/email | ./punct"},
		{"hashtag and handle", "#Україна @ukrinform_news", "#Україна/hashtag | @ukrinform_news/hashtag"},
		{"lone hash", "# 5", "#/symbol | 5/number"},

		// Codes.
		{"codes", "С5+1 C5+1 G7 COVID-19 F-16 Су-25", "С5+1/code | C5+1/code | G7/code | COVID-19/code | F-16/code | Су-25/code"},
		{"more codes", "18+ Ca2+ 113-IX 5G", "18+/code | Ca2+/code | 113-IX/code | 5G/code"},

		// Punctuation.
		{"dashes", "а - б – в — г", "а/word | -/dash | б/word | –/dash | в/word | —/dash | г/word"},
		{"quotes", "«а» „б“ “в” \"г\"", "«/quote | а/word | »/quote | „/quote | б/word | “/quote | “/quote | в/word | ”/quote | \"/quote | г/word | \"/quote"},
		{"ellipsis", "так… ні... а?! ну?..", "так/word | …/punct | ні/word | .../punct | а/word | ?!/punct | ну/word | ?../punct"},
		{"brackets", "(а) [б]; в:", "(/punct | а/word | )/punct | [/punct | б/word | ]/punct | ;/punct | в/word | :/punct"},
		{"symbols", "№ 5, $ € ***", "№/symbol | 5/number | ,/punct | $/symbol | €/symbol | ***/symbol"},
		{"emoji", "👍🏻 🇺🇦 ❤️", "👍🏻/symbol | 🇺🇦/symbol | ❤️/symbol"},

		// Odd input.
		{"empty", "", ""},
		{"spaces only", " \t\r\n ", ""},
		{"bom", "\ufeffКиїв", "Київ/word"},
		{"nul", "а\x00б", "а/word | б/word"},
		{"invalid byte", "Ки\xffїв", "Ки/word | їв/word"},
		{"zero-width space", "а\u200bб", "а/word | б/word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize.Tokens(tt.text)
			checkTokens(t, tt.text, toks)
			if got := render(toks); got != tt.want {
				t.Errorf("Tokens(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestOffsets(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"crlf", "Перше речення.\r\nДруге — «так».\r\n"},
		{"nul", "а\x00\x00б в"},
		{"invalid", "\xff\xfeКиїв \xc3 Львів\xe2\x80"},
		{"bom", "\ufeff\ufeffТекст"},
		{"mixed scripts", "Kиїв та Xарків"},
		{"emoji", "😀 🇺🇦 текст"},
		{"nbsp", "1\u00a0200\u00a0грн"},
		// Next counts the code points between tokens as it skips them.
		{"gaps", "\u00a0\u2028а \u200b\u00ad\tб\xe2\x80 \xf0\x9f\u3000в\u0085\u2029\xd0 г.\r\n\u00a0\xc3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize.Tokens(tt.text)
			checkTokens(t, tt.text, toks)
			for _, s := range tokenize.Sentences(tt.text) {
				checkSentence(t, tt.text, s)
			}
		})
	}
}

func TestScannerLineBreak(t *testing.T) {
	var s tokenize.Scanner
	s.Init("Заголовок\r\nТекст тут")
	var got []bool
	for _, ok := s.Next(); ok; _, ok = s.Next() {
		got = append(got, s.LineBreak())
	}
	if want := []bool{false, true, false}; len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("LineBreak = %v, want %v", got, want)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"п'яти", "п'яти"},
		{"п’яти", "п'яти"},
		{"пʼяти", "п'яти"},
		{"п`яти", "п'яти"},
		{"п‘яти", "п'яти"},
		{"O’Brien’s", "O'Brien's"},
		{"Київ", "Київ"},
		{"«так»—", "«так»—"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := tokenize.Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if n := testing.AllocsPerRun(100, func() { _ = tokenize.Normalize("об'єднанню") }); n != 0 {
		t.Errorf("Normalize of a normal word: %v allocations, want 0", n)
	}
}

// TestLongWords checks words of Cyrillic letters, which scanWord reads
// four at a time, of every length up to twelve letters and joined at
// every place by an apostrophe, a hyphen, a digit, a letter outside
// U+0400-U+047F or a Latin one: each is one token with its offsets.
func TestLongWords(t *testing.T) {
	letters := []rune("київськаЇЖАКґрунтовністьЁЂѿ")
	for n := 1; n <= 12; n++ {
		for start := 0; start+n <= len(letters); start += 3 {
			w := string(letters[start : start+n])
			rs := []rune(w)
			for k := 1; k < len(rs); k++ {
				for _, join := range []string{"", "'", "’", "-", "7", "ґ", "Ґ", "x"} {
					word := string(rs[:k]) + join + string(rs[k:])
					text := "«" + word + "», " + word + " " + word
					toks := tokenize.Tokens(text)
					checkTokens(t, text, toks)
					if len(toks) != 6 || toks[1].Text != word || toks[4].Text != word || toks[5].Text != word {
						t.Fatalf("%q: %s", text, render(toks))
					}
				}
			}
		}
	}
}
