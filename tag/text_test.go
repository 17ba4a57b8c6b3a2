package tag

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestAppendLower(t *testing.T) {
	tests := map[string]string{
		"Київ": "київ", "П’ЯТИ": "п'яти", "ЄВРОПА": "європа", "Ґанок": "ґанок", "IPhone": "iphone", "м`ята": "м'ята", "": "",
	}
	for in, want := range tests {
		if got := string(appendLower(nil, in)); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSuffixStart(t *testing.T) {
	b := []byte("сила")
	for n, want := range []string{"", "а", "ла", "ила", "сила", "сила"} {
		if got := string(b[suffixStart(b, n):]); got != want {
			t.Errorf("suffix %d of сила = %q, want %q", n, got, want)
		}
	}
}

func TestShapeKey(t *testing.T) {
	tests := []struct{ in, key, tail string }{
		{"1990", "9", ""},
		{"12.05.2015", "9.9.9", ""},
		{"90-х", "9-а", "х"},
		{"2014-го", "9-а", "го"},
		{"ФЕП-130", "А-9", ""},
		{"COVID-19", "A-9", ""},
		{"Zakon.kz", "Aa.a", ""},
		{"8м", "9а", "м"},
	}
	for _, tt := range tests {
		key, tail := shapeKey(nil, tt.in)
		if string(key) != tt.key || tail != tt.tail {
			t.Errorf("shapeKey(%q) = %q, %q; want %q, %q", tt.in, key, tail, tt.key, tt.tail)
		}
	}
}

func TestIsWord(t *testing.T) {
	for in, want := range map[string]bool{
		"слово": true, "п'ять": true, "Касим-Жомарт": true, "тис.": true, "1990": false, "90-х": false,
		"Zakon.kz": false, "М1": false, "-": false, ",": false, "": false,
	} {
		if got := isWord(in); got != want {
			t.Errorf("isWord(%q) = %v", in, got)
		}
	}
}

func TestLemmaRule(t *testing.T) {
	tests := []struct{ surface, lemma string }{
		{"силу", "сила"},
		{"Яку", "який"},
		{"Києві", "Київ"},
		{"НАТО", "НАТО"},
		{"90-х", "90-й"},
		{"людей", "людина"},
		{"Межигір'я", "Межигір'я"},
		{"П’ЯТИ", "п'ять"},
	}
	for _, tt := range tests {
		r := ruleOf(tt.surface, tt.lemma)
		if got := r.apply(tt.surface, appendLower(nil, tt.surface)); got != tt.lemma {
			t.Errorf("rule %+v of %q → %q gives %q", r, tt.surface, tt.lemma, got)
		}
		if got := ruleKey(tt.surface, appendLower(nil, tt.surface), tt.lemma); got != r.key() {
			t.Errorf("ruleKey of %q → %q is not the key of its rule", tt.surface, tt.lemma)
		}
	}
	// A rule learned on one word applies to another.
	r := ruleOf("книгу", "книга")
	if got := r.apply("Ручку", appendLower(nil, "Ручку")); got != "ручка" {
		t.Errorf("rule of книгу applied to Ручку: %q", got)
	}
	if got := r.apply("у", []byte("у")); got != "а" {
		t.Errorf("rule longer than the word: %q", got)
	}
}

func TestTagParts(t *testing.T) {
	parts, pos, cas, gen := tagParts("noun:inanim:f:v_rod:prop:geo")
	if pos != "noun" || cas != "v_rod" || gen != "f" {
		t.Fatalf("pos %q case %q gender %q", pos, cas, gen)
	}
	want := [numParts]string{"noun:inanim:f:v_rod:prop:geo", "noun", "noun:v_rod", "noun:f:", "f:v_rod", "v_rod", "noun:inanim:prop:geo"}
	if parts != want {
		t.Errorf("parts = %q, want %q", parts, want)
	}
	parts, _, _, _ = tagParts("punct")
	if parts[partPOSCas] != "" || parts[partGenCas] != "" {
		t.Errorf("punct has parts %q", parts)
	}
}

func TestAgree(t *testing.T) {
	label := func(string) uint16 { return noLabel }
	info := func(tag string) *tagInfo { return newTagInfo(tag, label) }
	noun := info("noun:inanim:m:v_naz")
	tests := []struct {
		n, v string
		want int
	}{
		{"noun:inanim:m:v_naz", "verb:perf:past:m", agreeYes},
		{"noun:inanim:m:v_naz", "verb:perf:past:f", agreeNo},
		{"noun:inanim:p:v_naz", "verb:perf:past:p", agreeYes},
		{"noun:inanim:m:v_naz", "verb:imperf:pres:s:3", agreeYes},
		{"noun:inanim:p:v_naz", "verb:imperf:pres:s:3", agreeNo},
		{"noun:anim:s:v_naz:pron:pers:1", "verb:imperf:pres:s:1", agreeYes},
		{"noun:anim:s:v_naz:pron:pers:1", "verb:imperf:pres:s:3", agreeNo},
		{"noun:inanim:m:v_naz", "verb:imperf:inf", agreeNeutral},
		{"noun:anim:s:v_naz:pron:pers:1", "verb:perf:past:f", agreeYes},
	}
	for _, tt := range tests {
		if got := agree(info(tt.n), info(tt.v)); got != tt.want {
			t.Errorf("agree(%s, %s) = %d, want %d", tt.n, tt.v, got, tt.want)
		}
	}
	if agree(noun, nil) != agreeNone {
		t.Error("agreement with no verb")
	}
}

// TestAppendLowerBytes checks appendLower against the same rule applied
// rune by rune, on every rune below U+3000, alone and inside words, and
// on invalid UTF-8.
func TestAppendLowerBytes(t *testing.T) {
	slow := func(dst []byte, s string) []byte {
		for _, c := range s {
			switch {
			case c < utf8.RuneSelf:
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if c == '`' {
					c = '\''
				}
			case isApostrophe(c):
				c = '\''
			default:
				c = unicode.ToLower(c)
			}
			dst = utf8.AppendRune(dst, c)
		}
		return dst
	}
	check := func(s string) {
		t.Helper()
		if got, want := appendLower([]byte("x"), s), slow([]byte("x"), s); string(got) != string(want) {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		check(string(r))
		check("Київ" + string(r) + "Ґ`")
	}
	for _, s := range []string{"", "\xd0", "\xd1", "\xd0\x41", "Д\xd1\xc0", "\xef\xbf\xbd", "П’ЯТЬ", "\xd2\x90"} {
		check(s)
	}
}

// shapeOfRange is shapeOf with the runes decoded by range: the
// definition shapeOf must agree with.
func shapeOfRange(s string) uint32 {
	var sh uint32
	var letters, n int
	roman := true
	first := true
	for _, c := range s {
		n++
		k := runeKind(c)
		switch {
		case k&runeLetter != 0:
			letters++
			if k&runeUpper == 0 {
				sh |= shapeLower
			} else if first {
				sh |= shapeCap
			}
			if isCyrillic(c) {
				sh |= shapeCyr
			} else {
				sh |= shapeLatin
			}
			switch c {
			case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
			default:
				roman = false
			}
			first = false
		case k&runeDigit != 0:
			sh |= shapeDigit
			roman = false
		case c == '-' || c == '–' || c == '—':
			sh |= shapeHyphen
			roman = false
		case isApostrophe(c):
			sh |= shapeApos
		case c == '.':
			sh |= shapeDot
			roman = false
		default:
			sh |= shapeOther
			roman = false
		}
	}
	if letters >= 2 && sh&shapeLower == 0 {
		sh |= shapeUpper
	}
	if roman && letters > 0 {
		sh |= shapeRoman
	}
	switch {
	case n == 1:
		sh |= shapeLen1
	case n <= 3:
		sh |= shapeLenShort
	}
	return sh
}

// TestShapeOf checks shapeOf against shapeOfRange on words of every
// shape, with runes of one to four bytes and bytes that are not UTF-8,
// and on every character of the two-byte Cyrillic fast path, alone, in
// words and after a run of lower-case Cyrillic letters.
func TestShapeOf(t *testing.T) {
	words := []string{"", "а", "Київ", "США", "НАТО-2", "п'ять", "П’ЯТЬ", "XIV", "Mi-8", "т.д.", "1990-х",
		"€5", "😀", "Ґ", "\xd0", "\xd0Київ", "ки\xd1", "\xc3\x28", "\xe2\x80", "a\xffb", "Ǆ", "ǅ",
		"\xd1\xc0", "\xd0\xd0\xb0", "XIЇ", "ЇV"}
	for c := rune(0x3f0); c < 0x490; c++ {
		words = append(words, string(c), string(c)+"ів", "Х"+string(c), "I"+string(c), string(c)+"-1")
		// after a run of lower-case Cyrillic, which shapeOf steps over
		words = append(words, "ґ"+string(c), "ѐџ"+string(c), "абвгдеж"+string(c), "абвг"+string(c)+"I", "київщина"+string(c)+"1")
	}
	words = append(words, "ґ", "ґґ", "абвгдежзиклмн", "ії", "ь", "ґ'", "ґ-", "ѐ.", "аI", "зV")
	for _, s := range words {
		if got, want := shapeOf(s), shapeOfRange(s); got != want {
			t.Errorf("shapeOf(%q) = %#x, want %#x", s, got, want)
		}
	}
}

// TestPrefixLen compares prefixLen with stepping over runes with
// utf8.DecodeRune, on words and on invalid UTF-8.
func TestPrefixLen(t *testing.T) {
	plain := func(b []byte, n int) int {
		p := 0
		for ; n > 0 && p < len(b); n-- {
			_, size := utf8.DecodeRune(b[p:])
			p += size
		}
		return p
	}
	words := []string{"", "а", "київ", "ґанок", "abc", "з'їзд", "ёж", "€uro", "日本語", "😀x",
		"\xd0", "\xd0a", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xd0\xd0\xb0", "\xff\xfeа", "а\x80б", "\xdf\xbf\xc2\x80"}
	for _, w := range words {
		for n := range 5 {
			if got, want := prefixLen([]byte(w), n), plain([]byte(w), n); got != want {
				t.Errorf("prefixLen(%q, %d) = %d, want %d", w, n, got, want)
			}
		}
	}
	// Every two-byte string, and each of them after a Cyrillic letter.
	for i := range 1 << 16 {
		for _, b := range [][]byte{{byte(i >> 8), byte(i)}, {0xd0, 0xb0, byte(i >> 8), byte(i)}} {
			for n := 1; n <= 3; n++ {
				if got, want := prefixLen(b, n), plain(b, n); got != want {
					t.Fatalf("prefixLen(%q, %d) = %d, want %d", b, n, got, want)
				}
			}
		}
	}
}

// speedWords are words for comparing the fast paths of prepareToken and
// ruleKey with the plain code: Cyrillic in every case, Latin, one- to
// four-byte runes, apostrophes and invalid UTF-8.
var speedWords = []string{
	"", "а", "Я", "сила", "сили", "Київ", "Києва", "П’ЯТИ", "п'ять", "ґанок", "Ґанку", "iPhone", "IPHONE",
	"COVID-19", "ΣΑΣ", "σας", "日本", "日本語", "😀", "a😀", "😀б", "€5", "€6", "\xff", "б\xff", "б\xfe", "\xd0",
	"м`ята", "ʼятий", "İstanbul", "istanbul", "ǅemal", "джемал", "Хмельницького", "хмельницький", "йти", "йшов",
}

// TestSuffixHashes checks the suffix hashes prepareToken takes in one
// step back per rune against hashing suffixStart's suffixes.
func TestSuffixHashes(t *testing.T) {
	for _, w := range speedWords {
		for _, s := range []string{w, w + "ів", "Ї" + w, w + "日"} {
			var tok token
			prepareToken(&tok, s, nil)
			for k := range tok.hSuf {
				if want := hashBytes(tok.lower[suffixStart(tok.lower, k+1):]); tok.hSuf[k] != want {
					t.Errorf("prepareToken(%q): suffix %d hash %x, want %x", s, k+1, tok.hSuf[k], want)
				}
			}
		}
	}
}

// TestCommonRunePrefix checks commonRunePrefix against decoding the runes
// of both, as ruleOf does, on every pair of words lower-cased.
func TestCommonRunePrefix(t *testing.T) {
	plain := func(l, m []byte) int {
		p := 0
		for p < len(l) && p < len(m) {
			c1, n1 := utf8.DecodeRune(l[p:])
			c2, n2 := utf8.DecodeRune(m[p:])
			if c1 != c2 || n1 != n2 {
				break
			}
			p += n1
		}
		return p
	}
	var words []string
	for _, w := range speedWords {
		words = append(words, w, "пере"+w, "пере"+w+"ся", w+"日", w+"😀")
	}
	for _, a := range words {
		for _, b := range words {
			l, m := appendLower(nil, a), appendLower(nil, b)
			if got, want := commonRunePrefix(l, m), plain(l, m); got != want {
				t.Errorf("commonRunePrefix(%q, %q) = %d, want %d", l, m, got, want)
			}
		}
	}
}
