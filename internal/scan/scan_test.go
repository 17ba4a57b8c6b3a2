package scan_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// TestToLower checks ToLower against strings.ToLower on every rune, alone
// and inside words, on every pair of bytes in a run of lower-case
// letters, and on strings with invalid UTF-8.
func TestToLower(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := strings.ToLower(s)
		if got := scan.ToLower(s); got != want {
			t.Fatalf("ToLower(%q) = %q, want %q", s, got, want)
		}
		if got := scan.AppendLower([]byte("x"), s); string(got) != "x"+want {
			t.Fatalf("AppendLower(x, %q) = %q, want %q", s, got, "x"+want)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check(string(r))
		check("Київ" + string(r) + "ґx")
		// a run after a space or another rune, then the rune
		check("київ " + string(r) + "ська область" + string(r))
	}
	// Any two bytes at each letter of a run of lower-case letters, which
	// ToLower steps over (or copies after a capital) four at a time.
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d++ {
			for at := 0; at < 8; at += 2 {
				b := []byte("яяяяяяяяя")
				b[at], b[at+1] = byte(c), byte(d)
				check(string(b))
				check("Я" + string(b))
			}
		}
	}
	for _, s := range []string{
		"", "україна", "УКРАЇНА", "Ґудзик", "Блінкен", "О'Коннор", "Sieć", "ǅemal", "İstanbul", "ΣΑΣ",
		"a\xffb", "\xd0", "Д\xd0", "д\xd0\x41", "\xef\xbf\xbdА", "\xc0\x80",
		"верховна рада україни", "верховна рада України", "м'ясо й зв’язок", "прем'єр-міністр України",
		"covid-19 і sars", "ґанок ґанку Ґанок", "київ \xd0 київ", "київ \xd2\x91ґ", "київ \xd1\xa0 х", "київ\xd0",
	} {
		check(s)
	}
}

// TestEqualFold checks EqualFold against strings.EqualFold on pairs of
// runes, alone and inside words, and on strings with invalid UTF-8.
func TestEqualFold(t *testing.T) {
	check := func(s, u string) {
		t.Helper()
		if got, want := scan.EqualFold(s, u), strings.EqualFold(s, u); got != want {
			t.Fatalf("EqualFold(%q, %q) = %v, want %v", s, u, got, want)
		}
	}
	words := []string{
		"", "за", "ЗА", "За", "зА", "на", "мовляв", "Мовляв", "МОВЛЯВ", "про", "це", "Це", "згідно", "Згідно",
		"ᲀ", "вᲀ", "В", "K", "k", "K", "ſ", "s", "S", "z", "Z", "ё", "Ё", "і", "І", "ґ", "Ґ", "Sieć", "ǅ", "ǆ", "Ǆ",
		"a\xffb", "\xd0", "Д\xd0", "д\xd0\x41", "\xef\xbf\xbdА", "\xc0\x80", "\xd1", "\xd0\x90", "за\xd1",
	}
	for _, a := range words {
		for _, b := range words {
			check(a, b)
			check(a+"ь", b+"Ь")
			check("Київ"+a, "київ"+b)
		}
	}
	for r := rune(0); r <= 0x2000; r++ {
		for _, u := range []rune{r, r + 1, r - 32, r + 32, 0x410, 0x430, 0x44f, 0x42f, 'a', 'A', 0x1c80, 0x212a} {
			check(string(r), string(u))
			check("за"+string(r), "ЗА"+string(u))
		}
	}
}

// TestFields checks Fields against strings.Fields on runes of every kind
// between words, and on strings with invalid UTF-8.
func TestFields(t *testing.T) {
	check := func(s string) {
		t.Helper()
		got, want := scan.Fields(s), strings.Fields(s)
		if !slices.Equal(got, want) || got == nil || cap(got) != len(got) {
			t.Fatalf("Fields(%q) = %q (cap %d), want %q", s, got, cap(got), want)
		}
		last := ""
		if len(want) > 0 {
			last = want[len(want)-1]
		}
		if got := scan.LastField(s); got != last {
			t.Fatalf("LastField(%q) = %q, want %q", s, got, last)
		}
		if got := scan.AppendFields([]string{"x"}, s); !slices.Equal(got, append([]string{"x"}, want...)) {
			t.Fatalf("AppendFields(x, %q) = %q, want x and %q", s, got, want)
		}
	}
	for r := rune(0); r <= 0x3100; r++ {
		check(string(r))
		check("Київ" + string(r) + "ґ x")
		check(" " + string(r) + string(r) + "\u00a0Ї\t")
	}
	for _, s := range []string{
		"", " ", "  \t\n", "Петро Порошенко", " Петро  Порошенко ", "a b", "\u0085a\u00a0b\u2028", "a\xffb c",
		"\xd0", "\xd1 ", " \xd0\x41 ", "Д\xd0 ы", "\xef\xbf\xbd А", "\xc0\x80", "\u3000Київ\u3000",
		"a\xe2\x80", "a\xe2\x80 b", "a\xe2\x80\x80b", "\xe2\xe2\x80\x80b", "\x80\xe2\x80\x80\x80", "a\xc2", "a\xc2\xa0",
		"\xc2\xc2\xa0b", "\xe1\x9a\x80x\xe1\x9a", "x\u205fy\u202f\u2029", "\xf0\xe2\x80\xa8 \xed\xa0\x80",
	} {
		check(s)
	}
}

func TestCapitals(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want int
	}{{"МЗС", 3}, {"ЄС", 2}, {"Мінфін", 0}, {"", 0}, {"NATO", 4}, {"МВС-2", 0}} {
		if got := scan.Capitals(tt.w); got != tt.want {
			t.Errorf("Capitals(%q) = %d, want %d", tt.w, got, tt.want)
		}
	}
	// Against a range loop, on every rune alone and among capitals, and
	// on invalid UTF-8.
	simple := func(w string) int {
		n := 0
		for _, c := range w {
			if !unicode.IsUpper(c) {
				return 0
			}
			n++
		}
		return n
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		for _, w := range []string{string(r), "МЗ" + string(r) + "С", string(r) + "Ї"} {
			if got, want := scan.Capitals(w), simple(w); got != want {
				t.Fatalf("Capitals(%q) = %d, want %d", w, got, want)
			}
		}
	}
	for _, w := range []string{"МЗС\xd0", "\xd0\x9c", "Ї\xff", "AB\xc3", "\xe2\x80"} {
		if got, want := scan.Capitals(w), simple(w); got != want {
			t.Fatalf("Capitals(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestRuneCount checks RuneCount against utf8.RuneCountInString on every
// string of one or two bytes, each two followed by a few bytes that
// matter to it, and on every rune inside a word.
func TestRuneCount(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := scan.RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	}
	for v := range 1 << 16 {
		b := []byte{byte(v), byte(v >> 8)}
		check(string(b[:1]))
		check(string(b))
		for _, c := range []byte{0x41, 0x80, 0xbf, 0xc0, 0xd0, 0xe0, 0xff} {
			check(string(append(b, c)))
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check("Київ" + string(r) + "ґ")
	}
}

// lexTexts are texts for the tests of Lex and of the scanners built like
// it: ASCII between the words, words of capitals, apostrophes, hyphens,
// stress marks, digits, other scripts and invalid UTF-8.
var lexTexts = []string{
	"",
	"Ціна зросла на 5% — до 1 200 грн.",
	"ПРАВДА, м'ясо й Зв’язок; Кривий-Ріг,  пів-Europe (OK)\t\n«Так»",
	"на́голос, сло́во; 24tv.ua і Zakon.kz: 7,08 $25 1 200 000",
	"Μαρία Ñandú 東京 ʼслово Ґанок ґанок ЇЖАК\u00a0\u202f\u2009x",
	"bad \xff byte\xd0 end\xd1\x80 \xe2\x80 tail-' a-",
}

// TestLexOffsets checks the offsets Lex gives in bytes and code points,
// and its symbols, against utf8 decoding of the text.
func TestLexOffsets(t *testing.T) {
	for _, text := range lexTexts {
		for _, tok := range scan.Lex(text) {
			if rs := utf8.RuneCountInString(text[:tok.BS]); tok.RS != rs {
				t.Errorf("%q: token %q starts at rune %d, want %d", text, text[tok.BS:tok.BE], tok.RS, rs)
			}
			if re := tok.RS + utf8.RuneCountInString(text[tok.BS:tok.BE]); tok.RE != re {
				t.Errorf("%q: token %q ends at rune %d, want %d", text, text[tok.BS:tok.BE], tok.RE, re)
			}
			if tok.Kind == scan.Sym {
				r, size := utf8.DecodeRuneInString(text[tok.BS:])
				if tok.R != r || tok.BE != tok.BS+size {
					t.Errorf("%q: symbol %q at %d, want %q of %d bytes", text, tok.R, tok.BS, r, size)
				}
			}
		}
	}
}

// TestLowerCyrillicRun checks LowerCyrillicRun, which reads eight bytes
// at a time, against a rune loop, with every pair of bytes at each place
// of runs of lower-case letters, and near their ends.
func TestLowerCyrillicRun(t *testing.T) {
	simple := func(s string, i int) int {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if size != 2 || !('а' <= r && r <= 'џ' || r == 'ґ') {
				break
			}
			i += size
		}
		return i
	}
	run := "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяѐёђѓѕјљњћќѝўџ"
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d++ {
			pair := string([]byte{byte(c), byte(d)})
			for k := 0; k <= 9; k++ {
				// the pair inside a run, and near its end
				for _, tail := range []int{20, 0, 2, 4, 6} {
					s := run[:2*k] + pair + run[2*k:2*k+tail]
					for i := 0; i <= 3; i++ {
						if got, want := scan.LowerCyrillicRun(s, i), simple(s, i); got != want {
							t.Fatalf("LowerCyrillicRun(%q, %d) = %d, want %d", s, i, got, want)
						}
					}
				}
			}
		}
	}
}

// TestSpaceLen checks spaceLen, which reads most bytes in a table, against
// unicode.IsSpace on every rune and on the bytes no rune starts with.
func TestSpaceLen(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r) + "x"
		want := 0
		if size := utf8.RuneLen(r); size > 0 && unicode.IsSpace(r) {
			want = size
		}
		if got := scan.SpaceLen(s, 0); got != want {
			t.Fatalf("spaceLen(%q) = %d, want %d", s, got, want)
		}
	}
	for c := 0x80; c < 0x100; c++ {
		for _, s := range []string{string([]byte{byte(c)}), string([]byte{byte(c), 'x'}), string([]byte{byte(c), 0x80, 'x'})} {
			if got := scan.SpaceLen(s, 0); got != 0 {
				t.Fatalf("spaceLen(%q) = %d, want 0", s, got)
			}
		}
	}
}

// TestHasAnyAffix checks HasAnyPrefix and HasAnySuffix on stems and
// endings of Ukrainian words, none given and the empty one.
func TestHasAnyAffix(t *testing.T) {
	tests := []struct {
		s, affix string
		prefix   bool
		want     bool
	}{
		{"повідомили", "розпов повідом", true, true},
		{"повідомили", "сказа розпов", true, false},
		{"журналістам", "ові ам", false, true},
		{"журналістам", "ові ям", false, false},
		{"", "", true, true},
		{"слово", "", false, true},
	}
	for _, tt := range tests {
		affixes := strings.Fields(tt.affix)
		if tt.affix == "" {
			affixes = []string{""}
		}
		got := scan.HasAnySuffix(tt.s, affixes...)
		if tt.prefix {
			got = scan.HasAnyPrefix(tt.s, affixes...)
		}
		if got != tt.want {
			t.Errorf("%q %q (prefix %v): got %v, want %v", tt.s, affixes, tt.prefix, got, tt.want)
		}
	}
	if scan.HasAnyPrefix("слово") || scan.HasAnySuffix("слово") {
		t.Error("no affix given: got true")
	}
}
