package main

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// FuzzReadDocument feeds extract's reader any bytes from standard input:
// it must not panic; text it keeps as it is or decodes from a
// single-byte encoding has one code point a byte (the offsets extract
// prints count in it), and a page's text is valid UTF-8.
func FuzzReadDocument(f *testing.F) {
	for _, s := range []string{
		"Київ", "\xcf\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2", "Київ \xff", "\xff\xfe\x00К", "<html><body><p>Текст</p></body></html>",
		"<!doctype html><title>x</title>", "\x00\x01", "", "<p>" + string(bytes.Repeat([]byte("слово "), 20)),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, page, err := readDocument(env{stdin: bytes.NewReader(b)}, "-")
		if err != nil {
			return
		}
		if page != nil {
			if !utf8.ValidString(text) {
				t.Errorf("page text is not UTF-8: %q", text)
			}
			return
		}
		utf16 := bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
		if !utf16 && !utf8.Valid(b) && utf8.RuneCountInString(text) != len(b) && text != string(b) {
			t.Errorf("%d bytes read as %d code points: %q", len(b), utf8.RuneCountInString(text), text)
		}
	})
}
