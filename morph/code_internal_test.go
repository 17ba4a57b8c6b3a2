package morph

import (
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// TestCharsetBytes checks encode and decode against the same code run
// rune by rune, on every rune below U+3000, alone and inside words, in
// every case mode, and on invalid UTF-8.
func TestCharsetBytes(t *testing.T) {
	var runes []rune
	for r := 'а'; r <= 'я'; r++ {
		runes = append(runes, r, r-0x20)
	}
	runes = append(runes, 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ', '’', 'ё', '€', 0x1f600)
	c := newCharset(runes)
	encodeRunes := func(dst []byte, s string, cm caseMode) []byte {
		first := true
		for _, r := range s {
			if scan.IsApostrophe(r) {
				r = '\''
			} else if r == stressMark || r == softHyphen {
				continue
			}
			switch cm {
			case lower:
				r = toLower(r)
			case upper:
				r = toUpper(r)
			case title:
				if first {
					r = toUpper(r)
				} else {
					r = toLower(r)
				}
			}
			first = false
			dst = c.appendRune(dst, r)
		}
		return dst
	}
	decodeRunes := func(dst []byte, b []byte) []byte {
		for i := 0; i < len(b); i++ {
			switch x := b[i]; {
			case x < 0x80:
				dst = append(dst, x)
			case x == codeEsc:
				r, n := utf8.DecodeRune(b[i+1:])
				dst = utf8.AppendRune(dst, r)
				i += n
			default:
				dst = utf8.AppendRune(dst, c.runes[x-0x80])
			}
		}
		return dst
	}
	check := func(s string) {
		t.Helper()
		for _, cm := range []caseMode{asIs, lower, upper, title} {
			got, want := c.encode(nil, s, cm), encodeRunes(nil, s, cm)
			if string(got) != string(want) {
				t.Fatalf("encode(%q, %d) = %q, want %q", s, cm, got, want)
			}
			if d, w := c.decode(nil, got), decodeRunes(nil, got); string(d) != string(w) {
				t.Fatalf("decode(%q) = %q, want %q", got, d, w)
			}
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		check(string(r))
		check("Київ" + string(r) + "ви\u0301падок")
	}
	// encode reads four letters at a time: each letter from U+0400 to
	// U+047F, in the charset or not, at every place of such a four.
	for r := rune(0x400); r < 0x480; r++ {
		for k := range 9 {
			w := []rune("абвгдежзи")
			w[k] = r
			check(string(w))
			check("Д" + string(w))
			check("x" + string(w) + "ЇЄ")
		}
	}
	for _, s := range []string{"\u0301київ", "\u00adКИЇВ", "\u0301\u00ad'ява", "ʼЯВА", "Ѡѡ", "ѿѾ", "a\u0301B", "`Ab", "\x00Я", "", "\xd0", "\xd1", "\xd0\x41", "а\xd1\xc0", "\xd0\xd0\xb0", "\xef\xbf\xbd", "п’ять", string(rune(0x1f600))} {
		check(s)
	}
	// Every code byte, mapped or not.
	var all []byte
	for x := 0x80; x < codeEsc; x++ {
		all = append(all, byte(x))
	}
	if d, w := c.decode(nil, all), decodeRunes(nil, all); string(d) != string(w) {
		t.Fatalf("decode of every byte = %q, want %q", d, w)
	}
}

// TestClassify checks the case classes of words, with Cyrillic, Latin
// and other letters, apostrophes, hyphens and bytes that are not UTF-8.
func TestClassify(t *testing.T) {
	tests := []struct {
		s    string
		want caseClass
	}{
		{"", caseNone},
		{"-", caseNone},
		{"зустріч", caseLower},
		{"Зустріч", caseTitle},
		{"Блінкен", caseTitle},
		{"США", caseUpper},
		{"Я", caseTitle},
		{"МакДональд", caseMixed},
		{"iPhone", caseMixed},
		{"ЇЖАК", caseUpper},
		{"Ґанок", caseTitle},
		{"п'ять", caseLower},
		{"П’ЯТЬ", caseUpper},
		{"ΑΘΗΝΑ", caseUpper},
		{"Wrocław", caseTitle},
		{"\xd0", caseNone},
		{"\xd0Київ", caseTitle},
		{"ки\xd1", caseLower},
		{"\xd1\x80", caseLower},
	}
	for _, tt := range tests {
		if got := classify(tt.s); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	// Against the same count rune by rune (classify steps over lower-case
	// Cyrillic at once), on every rune below U+3000 after and before
	// lower-case words of every length and in capitals, and on invalid
	// UTF-8.
	simple := func(s string) caseClass {
		letters, upper, firstUpper := 0, 0, false
		for _, r := range s {
			switch letterKind(r) {
			case 2:
				firstUpper = firstUpper || letters == 0
				upper++
				letters++
			case 1:
				letters++
			}
		}
		switch {
		case letters == 0:
			return caseNone
		case upper == 0:
			return caseLower
		case upper == letters && letters > 1:
			return caseUpper
		case upper == 1 && firstUpper:
			return caseTitle
		}
		return caseMixed
	}
	words := []string{"", "ґ", "ї", "ab", "ѐџ", "абвгдеж", "київщина", "ЇЖ", "Ґ", "\xd0", "\xd1\xc0", "ки\xd1"}
	for r := rune(0); r < 0x3000; r++ {
		for _, w := range words {
			for _, s := range []string{w + string(r), string(r) + w, w + string(r) + w} {
				if got, want := classify(s), simple(s); got != want {
					t.Fatalf("classify(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}

// TestHasDigit checks hasDigit against digitShape on words with ASCII
// digits, digits of other scripts, Cyrillic letters and bytes that are
// not UTF-8.
func TestHasDigit(t *testing.T) {
	for _, s := range []string{"", "слово", "1990-х", "Харків-1", "х2", "٣-й", "१०", "Ⅻ", "½", "\xd0", "\xd1\x80", "\xff7", "abc", "зі\u0301"} {
		_, _, want := digitShape(s)
		if got := hasDigit(s); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}
