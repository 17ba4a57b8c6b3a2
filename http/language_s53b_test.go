package http_test

import (
	"strings"
	"testing"
)

// A posted language is a short code: anything else (a long string, a
// word, a code with spaces or non-Latin letters) is a 400 that says
// "language", and the codes a client sends are taken.
func TestPostLanguageIsACode(t *testing.T) {
	e := newEnv(t, false, nil)
	for _, lang := range []string{
		strings.Repeat("u", 5000),
		"ukrainian",
		"u",
		"uk ",
		"ук",
		"uk-",
		"uk-GB-x-private",
		"uk_UA",
	} {
		body := map[string]string{"text": "Рада ухвалила закон про бюджет.", "language": lang}
		if msg := e.wantError("POST", "/api/documents", body, 400); !strings.Contains(msg, "language") {
			t.Errorf("language %.20q: message %q does not say language", lang, msg)
		} else if len(msg) > 200 {
			t.Errorf("language %.20q: message of %d bytes", lang, len(msg))
		}
	}
	for i, lang := range []string{"uk", "en-GB", "sr-Latn", "rus"} {
		body := map[string]string{"text": "Рада ухвалила закон номер " + strings.Repeat("I", i+1) + ".", "language": lang}
		e.do("POST", "/api/documents", body, 201, nil)
	}
}
