package html_test

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/vistka/vistka/html"
)

// sentence has only characters that KOI8-U has too.
const sentence = "Верховна Рада ухвалила закон про підтримку малого бізнесу, повідомив голова комітету з питань економічного розвитку. Ґрунтовні зміни - у податках і єдиному реєстрі, сказав він: \"Ми це обіцяли\"."

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestDecodeText(t *testing.T) {
	for _, tc := range []struct {
		name, enc string
		bytes     func(t *testing.T) []byte
	}{
		{"utf-8", html.UTF8, func(t *testing.T) []byte { return []byte(sentence) }},
		{"utf-8 bom", html.UTF8, func(t *testing.T) []byte { return append([]byte{0xEF, 0xBB, 0xBF}, sentence...) }},
		{"windows-1251", html.Windows1251, func(t *testing.T) []byte { return encode(t, charmap.Windows1251, sentence) }},
		{"koi8-u", html.KOI8U, func(t *testing.T) []byte { return encode(t, charmap.KOI8U, sentence) }},
		{"utf-16le bom", "utf-16le", func(t *testing.T) []byte {
			return encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), sentence)
		}},
		{"short windows-1251 word", html.Windows1251, func(t *testing.T) []byte { return encode(t, charmap.Windows1251, "Київ") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, enc := html.DecodeText(tc.bytes(t))
			if enc != tc.enc {
				t.Errorf("encoding = %q, want %q", enc, tc.enc)
			}
			if want := sentence; tc.name == "short windows-1251 word" {
				want = "Київ"
				if text != want {
					t.Errorf("text = %q, want %q", text, want)
				}
			} else if text != want {
				t.Errorf("text = %q, want %q", text, want)
			}
		})
	}
}

func TestDecodeTextLatin(t *testing.T) {
	text, enc := html.DecodeText([]byte("Caf\xe9 cr\xe8me"))
	if enc != html.Windows1252 || text != "Café crème" {
		t.Errorf("DecodeText = %q, %q; want Café crème, windows-1252", text, enc)
	}
}

func TestDecode(t *testing.T) {
	page := func(meta string) string {
		return "<html><head>" + meta + "<title>Новини</title></head><body><p>" + sentence + "</p></body></html>"
	}
	for _, tc := range []struct {
		name        string
		enc         encoding.Encoding
		page        string
		contentType string
		want        string
	}{
		{"utf-8, no declaration", encoding.Nop, page(""), "", html.UTF8},
		{"utf-8 declared windows-1251 by the server", encoding.Nop, page(""), "text/html; charset=windows-1251", html.UTF8},
		{"meta charset", charmap.Windows1251, page(`<meta charset="windows-1251">`), "", html.Windows1251},
		{"meta http-equiv", charmap.Windows1251, page(`<meta http-equiv="Content-Type" content="text/html; charset=cp1251">`), "", html.Windows1251},
		{"meta after 1 KiB of scripts", charmap.Windows1251, "<html><head><script>" + strings.Repeat("var a = 1;\n", 300) + "</script>" + page(`<meta charset=windows-1251>`)[12:], "", html.Windows1251},
		{"header charset", charmap.Windows1251, page(""), "text/html; charset=windows-1251", html.Windows1251},
		{"header koi8-r read as koi8-u", charmap.KOI8U, page(""), "text/html; charset=koi8-r", html.KOI8U},
		{"header utf-8, bytes windows-1251", charmap.Windows1251, page(""), "text/html; charset=utf-8", html.Windows1251},
		{"no declaration, koi8-u", charmap.KOI8U, page(""), "", html.KOI8U},
		{"meta utf-8, bytes windows-1251", charmap.Windows1251, page(`<meta charset="utf-8">`), "", html.Windows1251},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := encode(t, tc.enc, tc.page)
			text, enc := html.Decode(b, tc.contentType)
			if enc != tc.want {
				t.Errorf("encoding = %q, want %q", enc, tc.want)
			}
			if !strings.Contains(text, sentence) {
				t.Errorf("text does not contain the sentence: %q", text)
			}
		})
	}
}

func TestCharset(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=CP1251":          html.Windows1251,
		"text/xml; charset=koi8-r":           html.KOI8U,
		"text/html":                          "",
		"text/html; charset=nope":            "",
		"":                                   "",
		"application/rss+xml; charset=UTF-8": html.UTF8,
	} {
		if got := html.Charset(in); got != want {
			t.Errorf("Charset(%q) = %q, want %q", in, got, want)
		}
	}
}
