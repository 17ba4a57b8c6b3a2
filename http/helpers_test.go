package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	nethttp "net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	vhttp "github.com/vistka/vistka/http"
	"github.com/vistka/vistka/sqlite"
)

// gazetteer is what the fake extractor knows: entities with the forms
// they take in the test articles, longest first within each.
var gazetteer = []struct {
	typ, name string
	forms     []string
}{
	{"PERS", "Ентоні Блінкен", []string{"Ентоні Блінкен", "Блінкена", "Блінкеном", "Блінкен"}},
	{"PERS", "Касим-Жомарт Токаєв", []string{"Касимом-Жомартом Токаєвим", "Токаєвим", "Токаєва", "Токаєву", "Токаєв"}},
	{"PERS", "Дмитро Кулеба", []string{"Дмитром Кулебою", "Дмитро Кулеба", "Кулебою", "Кулебі", "Кулеба"}},
	{"LOC", "США", []string{"США"}},
	{"LOC", "Астана", []string{"Астані", "Астана"}},
	{"LOC", "Казахстан", []string{"Казахстану", "Казахстан"}},
	{"LOC", "Київ", []string{"Києві", "Києва", "Київ"}},
	{"LOC", "Україна", []string{"України", "Україною", "Україна"}},
	{"ORG", "НАТО", []string{"НАТО"}},
}

var (
	reQuote  = regexp.MustCompile(`«([^»]+)»`)
	reAmount = regexp.MustCompile(`(понад )?(\d+) (млрд|млн) (доларів|гривень)`)
	triggers = []struct{ word, typ, mode string }{
		{"зустрівся", "CONSULT", "meet"},
		{"телефонну розмову", "CONSULT", "phone"},
		{"підтримку", "SUPPORT", ""},
	}
	publishers = []string{"Укрінформ", "Європейська правда"}
)

// cp converts a byte offset of s to a code-point offset.
func cp(s string, i int) int { return utf8.RuneCountInString(s[:i]) }

func isLetter(s string, i int, before bool) bool {
	if before {
		if i == 0 {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return unicode.IsLetter(r)
	}
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// fakeExtract stands in for the pipeline: it finds the gazetteer's names,
// «quotes» with the speaker named after them, "За словами X, …", amounts,
// "у вівторок", and one event per trigger word with the line's first
// person as actor and the other people as recipients.
func fakeExtract(doc *vistka.Document) *vistka.Extraction {
	text := doc.Text
	x := &vistka.Extraction{Language: "uk", Source: vistka.Source{Via: []string{}, Photo: []string{}},
		Spans: []vistka.Span{}, Entities: []vistka.Entity{}, Quotes: []vistka.Quote{}, Amounts: []vistka.Amount{},
		Dates: []vistka.Date{}, Events: []vistka.Event{}}
	pub := ""
	if !doc.Published.IsZero() {
		pub = doc.Published.Format(time.DateOnly)
		x.Published = pub
	}
	for _, p := range publishers {
		if strings.Contains(text, "повідомляє "+p) {
			x.Source.Publisher = p
		}
	}

	type found struct {
		start, end int // bytes
		ent        int // index in gazetteer
	}
	var hits []found
	taken := func(s, e int) bool {
		for _, h := range hits {
			if s < h.end && h.start < e {
				return true
			}
		}
		return false
	}
	type form struct {
		s   string
		ent int
	}
	var forms []form
	for i, g := range gazetteer {
		for _, f := range g.forms {
			forms = append(forms, form{f, i})
		}
	}
	slices.SortStableFunc(forms, func(a, b form) int { return len(b.s) - len(a.s) })
	for _, f := range forms {
		for from := 0; ; {
			i := strings.Index(text[from:], f.s)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(f.s)
			from = e
			if isLetter(text, s, true) || isLetter(text, e, false) || taken(s, e) {
				continue
			}
			hits = append(hits, found{s, e, f.ent})
		}
	}
	slices.SortFunc(hits, func(a, b found) int { return a.start - b.start })
	local := map[int]string{} // gazetteer index → E1, …
	byID := map[string]int{}  // E1 → index in x.Entities
	for _, h := range hits {
		g := gazetteer[h.ent]
		id, ok := local[h.ent]
		if !ok {
			id = "E" + strconv.Itoa(len(local)+1)
			local[h.ent] = id
			byID[id] = len(x.Entities)
			x.Entities = append(x.Entities, vistka.Entity{ID: id, Type: g.typ, Name: g.name, Titles: []string{}})
		}
		m := vistka.Mention{Start: cp(text, h.start), End: cp(text, h.end), Text: text[h.start:h.end], Lemma: g.name, Kind: "name"}
		e := &x.Entities[byID[id]]
		e.Mentions = append(e.Mentions, m)
		x.Spans = append(x.Spans, vistka.Span{Start: m.Start, End: m.End, Type: g.typ, Text: m.Text, Lemma: g.name})
	}
	// inLine lists the hits of one line (bytes [ls, le)).
	inLine := func(ls, le int, typ string) []found {
		var out []found
		for _, h := range hits {
			if h.start >= ls && h.end <= le && gazetteer[h.ent].typ == typ {
				out = append(out, h)
			}
		}
		return out
	}

	ls := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		le := ls + len(strings.TrimRight(line, "\n"))
		l := text[ls:le]
		pers := inLine(ls, le, "PERS")
		for _, m := range reQuote.FindAllStringSubmatchIndex(l, -1) {
			q := vistka.Quote{Direct: true, Cue: "сказати", Text: l[m[2]:m[3]], Start: cp(text, ls+m[2]), End: cp(text, ls+m[3])}
			for _, p := range pers {
				if p.start >= ls+m[1] {
					q.Speaker, q.SpeakerText = local[p.ent], text[p.start:p.end]
					break
				}
			}
			x.Quotes = append(x.Quotes, q)
		}
		if rest, ok := strings.CutPrefix(l, "За словами "); ok && len(pers) > 0 {
			if _, said, ok := strings.Cut(rest, ", "); ok {
				said = strings.TrimSuffix(said, ".")
				s := ls + strings.Index(l, said)
				x.Quotes = append(x.Quotes, vistka.Quote{Speaker: local[pers[0].ent], SpeakerText: text[pers[0].start:pers[0].end],
					Cue: "за словами", Text: said, Start: cp(text, s), End: cp(text, s+len(said))})
			}
		}
		for _, m := range reAmount.FindAllStringSubmatchIndex(l, -1) {
			n, _ := strconv.ParseFloat(l[m[4]:m[5]], 64)
			if l[m[6]:m[7]] == "млрд" {
				n *= 1e9
			} else {
				n *= 1e6
			}
			unit := "USD"
			if l[m[8]:m[9]] == "гривень" {
				unit = "UAH"
			}
			a := vistka.Amount{Text: l[m[0]:m[1]], Start: cp(text, ls+m[0]), End: cp(text, ls+m[1]), Value: &n, Unit: unit}
			if m[2] >= 0 {
				a.Bound = vistka.BoundMoreThan
			}
			x.Amounts = append(x.Amounts, a)
		}
		if i := strings.Index(l, "у вівторок"); i >= 0 {
			d := vistka.Date{Text: "у вівторок", Start: cp(text, ls+i), End: cp(text, ls+i+len("у вівторок")), Relative: true, Granularity: "day"}
			if pub != "" {
				d.Value = &pub
			}
			x.Dates = append(x.Dates, d)
		}
		for _, tr := range triggers {
			i := strings.Index(l, tr.word)
			if i < 0 || len(pers) == 0 || reQuote.MatchString(l) {
				continue
			}
			ev := vistka.Event{Type: tr.typ, Mode: tr.mode, Trigger: tr.word, Actors: []string{local[pers[0].ent]},
				Recipients: []string{}, Aux: []string{}, Date: pub,
				Sentence:    vistka.Range{Start: cp(text, ls), End: cp(text, le)},
				TriggerSpan: &vistka.Range{Start: cp(text, ls+i), End: cp(text, ls+i+len(tr.word))}}
			for _, p := range pers[1:] {
				if id := local[p.ent]; !slices.Contains(ev.Recipients, id) && !slices.Contains(ev.Actors, id) {
					ev.Recipients = append(ev.Recipients, id)
				}
			}
			for _, p := range inLine(ls, le, "LOC") {
				if strings.HasSuffix(text[p.start:p.end], "і") { // a locative: в Астані, у Києві
					ev.Place = local[p.ent]
				}
			}
			x.Events = append(x.Events, ev)
		}
		ls += len(line)
	}
	return x
}

// article is a test document as it is posted.
type article struct {
	key       string
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
}

var articles = []article{
	{key: "astana", Title: "Блінкен зустрівся з Токаєвим в Астані", URL: "https://www.ukrinform.ua/rubric-polytics/1.html", Published: "2023-02-28",
		Text: "Державний секретар США Ентоні Блінкен у вівторок зустрівся в Астані з президентом Казахстану Касимом-Жомартом Токаєвим.\n" +
			"«Ми цінуємо незалежність і суверенітет Казахстану», — сказав Блінкен.\n" +
			"За словами Токаєва, США інвестували в економіку Казахстану понад 62 млрд доларів.\n" +
			"Про це повідомляє Укрінформ."},
	{key: "call", Title: "Блінкен провів телефонну розмову з Кулебою", URL: "https://www.eurointegration.com.ua/news/2.html", Published: "2023-03-05",
		Text: "Ентоні Блінкен провів телефонну розмову з міністром закордонних справ України Дмитром Кулебою.\n" +
			"Блінкен пообіцяв Кулебі подальшу підтримку України.\n" +
			"«США залишаються поруч з Україною», — сказав Блінкен.\n" +
			"Про це повідомляє Європейська правда."},
	{key: "kyiv", Title: "Кулеба зустрівся з Токаєвим у Києві", URL: "https://www.eurointegration.com.ua/news/3.html", Published: "2023-04-10T12:30:00+03:00",
		Text: "Міністр закордонних справ України Дмитро Кулеба зустрівся з Касимом-Жомартом Токаєвим у Києві.\n" +
			"«Казахстан підтримує територіальну цілісність України», — сказав Токаєв.\n" +
			"У Києві обговорили постачання 120 млн гривень гуманітарної допомоги.\n" +
			"Про це повідомляє Європейська правда."},
	{key: "nato", Title: "НАТО посилює східний фланг", Published: "2023-05-02",
		Text: "НАТО посилює присутність на східному фланзі.\n" +
			"У Києві вітають це рішення, повідомляє Укрінформ."},
}

// env is a server over a fresh SQLite store with the articles posted.
type env struct {
	t     *testing.T
	store vistka.Store
	srv   *vhttp.Server
	ts    *httptest.Server
	ids   map[string]int64 // by article key
	log   *bytes.Buffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  *bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func openStore(t testing.TB) vistka.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "vistka.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// extractingIngest is what the command line wires, with the fake
// extractor in place of the pipeline.
func extractingIngest(store vistka.Store) vhttp.IngestFunc {
	return func(ctx context.Context, doc *vistka.Document) (int64, bool, error) {
		doc.Extraction = fakeExtract(doc)
		return store.Put(ctx, doc, nil)
	}
}

var reTag = regexp.MustCompile(`<[^>]*>`)

// fakeReadHTML reads a page's <title> and the text of its <p> elements.
func fakeReadHTML(r io.Reader, pageURL string) (*vistka.Document, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	src := string(b)
	doc := &vistka.Document{URL: pageURL}
	if m := regexp.MustCompile(`(?s)<title>(.*?)</title>`).FindStringSubmatch(src); m != nil {
		doc.Title = strings.TrimSpace(m[1])
	}
	var paras []string
	for _, m := range regexp.MustCompile(`(?s)<p>(.*?)</p>`).FindAllStringSubmatch(src, -1) {
		paras = append(paras, strings.TrimSpace(reTag.ReplaceAllString(m[1], "")))
	}
	if len(paras) == 0 {
		return nil, vistka.Errorf(vistka.EINVALID, "page: no article text")
	}
	doc.Text = strings.Join(paras, "\n")
	return doc, nil
}

// newEnv starts a server; configure, when not nil, changes it first.
// With seed, the articles are posted.
func newEnv(t *testing.T, seed bool, configure func(*vhttp.Server)) *env {
	t.Helper()
	store := openStore(t)
	logs := &bytes.Buffer{}
	e := &env{t: t, store: store, ids: map[string]int64{}, log: logs}
	e.srv = &vhttp.Server{
		Store:    store,
		Ingest:   extractingIngest(store),
		ReadHTML: fakeReadHTML,
		Logger:   slog.New(slog.NewTextHandler(&syncBuffer{b: logs}, nil)),
	}
	if configure != nil {
		configure(e.srv)
	}
	e.ts = httptest.NewServer(e.srv.Handler())
	t.Cleanup(e.ts.Close)
	if seed {
		for _, a := range articles {
			var out vhttp.DocumentOutput
			e.do("POST", "/api/documents", a, nethttp.StatusCreated, &out)
			e.ids[a.key] = out.ID
		}
	}
	return e
}

// request sends a request with a JSON body (a string or []byte is sent
// as it is) and returns the response with its body read.
func (e *env) request(method, path string, body any, header ...string) (*nethttp.Response, []byte) {
	e.t.Helper()
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		r = strings.NewReader(b)
	case []byte:
		r = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		r = bytes.NewReader(j)
	}
	req, err := nethttp.NewRequest(method, e.ts.URL+path, r)
	if err != nil {
		e.t.Fatal(err)
	}
	if r != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := e.ts.Client().Do(req)
	if err != nil {
		e.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatalf("%s %s: read body: %v", method, path, err)
	}
	return resp, got
}

// do sends a request, checks the status and decodes the JSON answer into
// out (when not nil).
func (e *env) do(method, path string, body any, status int, out any, header ...string) *nethttp.Response {
	e.t.Helper()
	resp, got := e.request(method, path, body, header...)
	if resp.StatusCode != status {
		e.t.Fatalf("%s %s = %d %s, want %d", method, path, resp.StatusCode, got, status)
	}
	if out != nil {
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			e.t.Errorf("%s %s: Content-Type %q, want JSON", method, path, ct)
		}
		if err := json.Unmarshal(got, out); err != nil {
			e.t.Fatalf("%s %s: %v in %s", method, path, err, got)
		}
	}
	return resp
}

// wantError checks that a request fails with status and a JSON
// {"error": "…"} and returns the message.
func (e *env) wantError(method, path string, body any, status int, header ...string) string {
	e.t.Helper()
	var out map[string]any
	e.do(method, path, body, status, &out, header...)
	msg, ok := out["error"].(string)
	if !ok || msg == "" || len(out) != 1 {
		e.t.Errorf("%s %s: body %v, want {\"error\": message}", method, path, out)
	}
	return msg
}
