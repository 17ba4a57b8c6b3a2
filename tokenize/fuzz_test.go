package tokenize_test

import (
	"io"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/tokenize"
)

var fuzzSeeds = []string{
	"",
	"Державний секретар США Е. Блінкен прибув до Астани.",
	`"Ваш візит важливий. Ми вдячні", - сказав Токаєв. Фото: akorda.kz`,
	"С5+1 C5+1 COVID-19 1 200 000 28.02.2023 12:30 1,5-2 30-річний т. зв. і т. д.",
	"https://example.com/a_(b). www.x.ua, mail@x.com.ua #тег @handle",
	"«Так!» — сказав він.\r\n— Ні? — Так…\n\n",
	"\ufeffКи\xffїв\x00 Kиїв \u200b \u00ad а\u00adб 👍🏻 🇺🇦",
	"т. т. т.зв.н.е. Т.Г. Й.-Г. пд.-зах. рис. Рис.",
	"1 2 3 4 5 6 7 8 9 0 1 000 000 000 000",
	"\xe2\x80 \xc3 \xf0\x9f\x91",
	"a.b.c.d.e.f.g.h ф-ф-ф- -но '''\"\"\"",
}

// checkGaps checks that the text between tokens is only white space,
// control or format characters, or invalid bytes: nothing is dropped.
func checkGaps(t *testing.T, text string, toks []vistka.Token) {
	t.Helper()
	prev := 0
	for i := 0; i <= len(toks); i++ {
		end := len(text)
		if i < len(toks) {
			end = toks[i].Start
		}
		gap := text[prev:end]
		for j := 0; j < len(gap); {
			r, n := utf8.DecodeRuneInString(gap[j:])
			if !(r == utf8.RuneError && n == 1) && !unicode.IsSpace(r) && !unicode.In(r, unicode.Cc, unicode.Cf) {
				t.Fatalf("%q dropped between tokens at %d", r, prev+j)
			}
			j += n
		}
		if i < len(toks) {
			prev = toks[i].End
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var s tokenize.Scanner
		s.Init(text)
		var toks []vistka.Token
		for tok, ok := s.Next(); ok; tok, ok = s.Next() {
			toks = append(toks, tok)
			if len(toks) > len(text) {
				t.Fatalf("more tokens than bytes: no progress")
			}
		}
		checkTokens(t, text, toks)
		checkGaps(t, text, toks)
		if render(toks) != render(tokenize.Tokens(text)) {
			t.Fatalf("Tokens differs from the Scanner")
		}
		for _, tok := range toks {
			if n := tokenize.Normalize(tok.Text); len(n) > len(tok.Text) || utf8.RuneCountInString(n) != utf8.RuneCountInString(tok.Text) {
				t.Fatalf("Normalize(%q) = %q changes the number of letters", tok.Text, n)
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := tokenize.Sentences(text)
		var all []vistka.Token
		prev := 0
		for _, s := range sents {
			checkSentence(t, text, s)
			if s.Start < prev {
				t.Fatalf("sentence at %d starts before the last ended at %d", s.Start, prev)
			}
			prev = s.End
			all = append(all, s.Tokens...)
		}
		if render(all) != render(tokenize.Tokens(text)) {
			t.Fatalf("sentences do not hold exactly the tokens")
		}

		// A Reader with tiny chunks keeps its offsets right.
		r := tokenize.NewReaderSize(strings.NewReader(text), 64)
		prev = 0
		for {
			s, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			checkSentence(t, text, s)
			if s.Start < prev {
				t.Fatalf("Reader: sentence at %d starts before the last ended at %d", s.Start, prev)
			}
			prev = s.End
		}
	})
}
