package ner

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// TestRuneClasses checks isLower, isWordRune and scan.Lower, which the
// package uses for unicode.ToLower, against package unicode for every
// code point.
func TestRuneClasses(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isLower(r), unicode.IsLower(r); got != want {
			t.Fatalf("isLower(%U) = %t, want %t", r, got, want)
		}
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsMark(r); got != want {
			t.Fatalf("isWordRune(%U) = %t, want %t", r, got, want)
		}
		if got, want := scan.Lower(r), unicode.ToLower(r); got != want {
			t.Fatalf("scan.Lower(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestFirstRune checks firstRune against utf8.DecodeRuneInString, and
// startsUpper, startsLower and startsDigit against unicode.IsUpper,
// unicode.IsLower and unicode.IsDigit of that rune, on every string of up to three bytes and
// on every rune followed by a letter.
func TestFirstRune(t *testing.T) {
	shortStrings(func(s string) {
		r := slowFirstRune(s)
		if got := firstRune(s); got != r {
			t.Fatalf("firstRune(%q) = %U, want %U", s, got, r)
		}
		if got, want := startsUpper(s), unicode.IsUpper(r); got != want {
			t.Fatalf("startsUpper(%q) = %t, want %t", s, got, want)
		}
		if got, want := startsLower(s), unicode.IsLower(r); got != want {
			t.Fatalf("startsLower(%q) = %t, want %t", s, got, want)
		}
		if got, want := startsDigit(s), unicode.IsDigit(r); got != want {
			t.Fatalf("startsDigit(%q) = %t, want %t", s, got, want)
		}
	})
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r) + "я"
		if startsUpper(s) != unicode.IsUpper(r) || startsLower(s) != unicode.IsLower(r) || startsDigit(s) != unicode.IsDigit(r) {
			t.Fatalf("%q: startsUpper %t, startsLower %t, startsDigit %t", s, startsUpper(s), startsLower(s), startsDigit(s))
		}
	}
	if r := firstRune("Київ"); r != 'К' {
		t.Errorf("firstRune(Київ) = %U", r)
	}
}

func slowFirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// TestHasDigit checks hasDigit against strings.ContainsFunc with
// unicode.IsDigit on every rune below U+3000 alone and among Cyrillic
// letters, on digits of other scripts, and on invalid UTF-8.
func TestHasDigit(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := hasDigit(s), strings.ContainsFunc(s, unicode.IsDigit); got != want {
			t.Fatalf("hasDigit(%q) = %t, want %t", s, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), "Євро" + string(r), string(r) + "ґ", "ab" + string(r) + "я"} {
			check(s)
		}
	}
	for _, s := range []string{"", "Т-34", "Євро-2012", "١٢", "x𝟙", "\xd0", "\xd3\xc0", "а\xff", "Київ\xd1", "\xd09"} {
		check(s)
	}
}

// TestAffixes checks the affix features affixes sets, stepping over
// ASCII and two-byte runes from their bytes, against the ones prefix and
// suffix give, on words holding every rune below U+0800 and runes of
// three and four bytes.
func TestAffixes(t *testing.T) {
	var f featurizer
	f.init()
	var words []string
	for r := rune(1); r < 0x800; r++ {
		words = append(words, "аб"+string(r)+"вгдеж", string(r)+"Київ", "ab"+string(r))
	}
	words = append(words, "Київщина", "中国人民共和国", "😀ab😀cd", "x\xffy\xd0zzz", "ОБСЄ", "ab")
	for _, text := range words {
		w := f.word(text)
		f.affixes(w)
		for k := range min(5, w.runes-1) {
			if got, want := w.feat[kSuf+k], f.emit(tSuf[k].str(suffix(w.lower, k+1))); got != want {
				t.Fatalf("%q: suffix %d: %x, want %x", text, k+1, got, want)
			}
			if got, want := w.feat[kPre+k], f.emit(tPre[k].str(prefix(w.lower, k+1))); got != want {
				t.Fatalf("%q: prefix %d: %x, want %x", text, k+1, got, want)
			}
		}
		if w.first != firstRune(text) {
			t.Fatalf("%q: first %U", text, w.first)
		}
	}
}

// TestLowerFirst checks lowerFirst, which lowerSet.startsOne reads, against
// scan.Lower of the first rune on every string of one to three bytes and
// on every rune followed by a letter.
func TestLowerFirst(t *testing.T) {
	shortStrings(func(s string) {
		if s != "" {
			if got, want := lowerFirst(s), scan.Lower(slowFirstRune(s)); got != want {
				t.Fatalf("lowerFirst(%q) = %U, want %U", s, got, want)
			}
		}
	})
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r) + "я"
		if got, want := lowerFirst(s), scan.Lower(r); got != want && utf8.ValidRune(r) {
			t.Fatalf("lowerFirst(%q) = %U, want %U", s, got, want)
		}
	}
}

// TestLowerLast checks lowerLast, which lowerSet.endsOne reads, against
// scan.Lower of the last rune as utf8.DecodeLastRuneInString decodes it,
// as TestLowerFirst does lowerFirst.
func TestLowerLast(t *testing.T) {
	shortStrings(func(s string) {
		if s != "" {
			r, _ := utf8.DecodeLastRuneInString(s)
			if got, want := lowerLast(s), scan.Lower(r); got != want {
				t.Fatalf("lowerLast(%q) = %U, want %U", s, got, want)
			}
		}
	})
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := "я" + string(r)
		if got, want := lowerLast(s), scan.Lower(r); got != want && utf8.ValidRune(r) {
			t.Fatalf("lowerLast(%q) = %U, want %U", s, got, want)
		}
	}
}

// TestUpperText checks upperText against strings.ToUpper.
func TestUpperText(t *testing.T) {
	for _, s := range []string{
		"", "ЗСУ", "Зеленський", "НАТО", "ОП", "NATO", "Nato", "США", "ІІІ", "Ї", "ї", "ҐРУНТ", "ґрунт",
		"ЄС-2", "A1", "a", "Ǆ", "ǅ", "ǆ", "ß", "ΣΑ", "Σα", "\uFFFD", "А\xd0", "\xff", "ЮНЕСКО’", "Ѐ", "ѐ", "Џ", "џ", "Ꙁ", "ꙁ",
	} {
		if got, want := upperText(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("upperText(%q) = %v, want %v", s, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r) + "A"
		if got, want := upperText(s), strings.ToUpper(s) == s; got != want {
			t.Fatalf("upperText(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMascAdj checks mascAdj against adjForm, which it stands for in
// word.pick.
func TestMascAdj(t *testing.T) {
	for _, w := range []string{"новий", "синій", "безкраїй", "Орлів", "Києвів", "Шевченків", "Русланин", "Україїн", "наш", "ваш", "наша", "сила", "", "ий", "й", "Київ", "Харків", "міністр", "Сергіїв"} {
		if got, want := mascAdj(w), adjForm(w, "f") != w; got != want {
			t.Errorf("mascAdj(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestFirstUpper checks firstUpper, which reads some runes from their
// bytes, against isUpper(firstRune(s)).
func TestFirstUpper(t *testing.T) {
	for _, s := range []string{"", "\xc2", "\xc2a", "\xc2\xff", "\xe2\x80", "\xe2\x80a", "\xe2\x80\xff", "\xd1", "\xd1\xff"} {
		if got, want := firstUpper(s), isUpper(firstRune(s)); got != want {
			t.Errorf("firstUpper(%q) = %v, want %v", s, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r) + "a"
		if got, want := firstUpper(s), isUpper(firstRune(s)); got != want {
			t.Fatalf("firstUpper(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestParliamentNames checks that the lemmas tagForeignParliaments looks
// up start with a lower-case letter, which it tests first.
func TestParliamentNames(t *testing.T) {
	for l := range parliamentNames {
		if !startsLower(l) {
			t.Errorf("%q: not looked up", l)
		}
	}
}

// TestSettlementInitial checks that settlementInitial lets through each
// word of settlementWords, as written in lower, upper and title case.
func TestSettlementInitial(t *testing.T) {
	for w := range settlementWords.words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:2]) + w[2:]} {
			if !settlementInitial(v) {
				t.Errorf("%q: not looked up", v)
			}
		}
	}
}

// TestEventWords checks that the words eventSpan looks up start with the
// capitals it tests for first.
func TestEventWords(t *testing.T) {
	for w := range latinEventWords {
		if w[0] < 'A' || w[0] > 'Z' {
			t.Errorf("%q: not looked up", w)
		}
	}
	for w := range eventProperNames {
		if !startsUpper(w) {
			t.Errorf("%q: not looked up", w)
		}
	}
}
