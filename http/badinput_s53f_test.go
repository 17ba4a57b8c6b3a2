package http_test

import (
	"net/url"
	"strings"
	"testing"
)

// TestBadQueries sends the API garbage in its query parameters, ids and
// bodies: each is a 400 with a JSON {"error": message} that names what was
// wrong, and search syntax the full-text index cannot read is no error at
// all, just no hits.
func TestBadQueries(t *testing.T) {
	e := newEnv(t, true, nil)
	for _, tc := range []struct {
		path string
		says string // a word of the message
	}{
		{"/api/search?limit=-1", "limit"},
		{"/api/search?offset=9223372036854775808", "offset"},
		{"/api/search?entity=0", "entity"},
		{"/api/search?type=%00", "type"},
		{"/api/search?from=2023-02-31", "from"},
		{"/api/search?from=2024-01-01&to=2023-01-01", "before"},
		{"/api/search?order=zzz", "order"},
		{"/api/entities?type=" + strings.Repeat("X", 5000), "type"},
		{"/api/events?to=never", "to"},
		{"/api/documents/%00", "id"},
		{"/api/entities/-1", "id"},
	} {
		if msg := e.wantError("GET", tc.path, nil, 400); !strings.Contains(msg, tc.says) {
			t.Errorf("GET %.80s: message %q does not say %q", tc.path, msg, tc.says)
		}
	}
	for _, q := range []string{`"`, `(((`, `NEAR(`, `AND OR NOT`, `^x`, `col:x`, "\x00", "\xff\xfe", strings.Repeat(`"(`, 2000)} {
		e.do("GET", "/api/search?q="+url.QueryEscape(q), nil, 200, nil)
		e.do("GET", "/api/entities?q="+url.QueryEscape(q), nil, 200, nil)
	}
	// A query too long for any header is refused before it reaches a
	// handler.
	if resp, _ := e.request("GET", "/api/search?q="+strings.Repeat("a", 2<<20), nil); resp.StatusCode != 431 {
		t.Errorf("a 2 MB query: %d, want 431", resp.StatusCode)
	}
	for _, body := range []string{
		`null`,
		"\x00\x01\x02",
		strings.Repeat("[", 100000),
		`{"text": ` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`,
		`{"html": "\u0000\u0000"}`,
		`{"text": "Київ", "published": "2023-02-31"}`,
	} {
		e.wantError("POST", "/api/documents", body, 400)
	}
}
