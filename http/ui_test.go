package http_test

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// page gets a page and checks its status and that it is HTML.
func (e *env) page(path string, status int) string {
	e.t.Helper()
	resp, body := e.request("GET", path, nil)
	if resp.StatusCode != status {
		e.t.Fatalf("GET %s = %d, want %d\n%s", path, resp.StatusCode, status, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		e.t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	if resp.Header.Get("Content-Security-Policy") == "" {
		e.t.Errorf("GET %s: no Content-Security-Policy", path)
	}
	return string(body)
}

func mustContain(t *testing.T, what, page string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(page, s) {
			t.Errorf("%s has no %q", what, s)
		}
	}
}

var reExternal = regexp.MustCompile(`(?i)(src|href)="(https?:)?//`)

func TestUIPages(t *testing.T) {
	e := newEnv(t, true, nil)
	blinken := e.entityID("Ентоні Блінкен")

	home := e.page("/", 200)
	mustContain(t, "search page", home, `<form class="search-form"`, `name="q"`, `name="entity"`, `name="type"`,
		`name="from"`, `name="to"`, `name="publisher"`, `/static/style.css`, `/static/app.js`, "Пошук")
	if m := reExternal.FindString(home); m != "" {
		t.Errorf("search page loads %s from the network", m)
	}

	res := e.page("/?q="+url.QueryEscape("Блінкен"), 200)
	mustContain(t, "results", res, articles[0].Title, articles[1].Title, `<span class="hit">Блінкен</span>`,
		fmt.Sprintf(`href="/documents/%d"`, e.ids["astana"]))
	none := e.page("/?q="+url.QueryEscape("Варшава"), 200)
	mustContain(t, "no results", none, `id="no-results"`)

	// The entity filter takes a name or an id.
	byName := e.page("/?entity="+url.QueryEscape("Кулеба"), 200)
	mustContain(t, "entity filter", byName, articles[1].Title, articles[2].Title, "Дмитро Кулеба")
	if strings.Contains(byName, articles[0].Title) {
		t.Errorf("entity filter kept an article without the entity")
	}
	byID := e.page(fmt.Sprintf("/?entity=%d&type=CONSULT&from=2023-03-01&publisher=%s", blinken, url.QueryEscape("Європейська правда")), 200)
	mustContain(t, "filters", byID, articles[1].Title, `<option value="CONSULT" selected>`)
	e.page("/?entity="+url.QueryEscape("Нікого"), 404)
	bad := e.page("/?from=yesterday", 400)
	mustContain(t, "bad filter", bad, `class="error"`, "yesterday")

	doc := e.page(fmt.Sprintf("/documents/%d", e.ids["astana"]), 200)
	mustContain(t, "article", doc,
		fmt.Sprintf(`<a href="/entities/%d" class="ent t-PERS" title="особа · Ентоні Блінкен" data-entity="E2">Ентоні Блінкен</a>`, blinken),
		`«<span class="quote" title="Цитата · quote">Ми цінуємо`,
		`<span class="quote indirect" title="Цитата · quote">`,
		`class="amount"`, `class="date"`, `class="trigger"`, `понад 62`, "62\u00a0000\u00a0000\u00a0000 USD",
		`id="entities"`, `id="quotes"`, `id="amounts"`, `id="dates"`, `id="events"`, "Укрінформ", "28 лютого 2023")
	e.page("/documents/999999", 404)
	e.page("/documents/abc", 400)

	ent := e.page(fmt.Sprintf("/entities/%d", blinken), 200)
	mustContain(t, "entity page", ent, "Ентоні Блінкен", `<svg id="meet-graph"`, `class="timeline"`, "Касим-Жомарт Токаєв",
		"Дмитро Кулеба", "5 березня 2023", "28 лютого 2023", "Ми цінуємо незалежність")
	if n := strings.Count(ent, "<circle"); n != 3 {
		t.Errorf("graph has %d nodes, want 3 (Блінкен, Токаєв, Кулеба)", n)
	}
	if n := strings.Count(ent, `<path class="edge`); n != 3 {
		t.Errorf("graph has %d edges, want 3 (a triangle)", n)
	}
	nato := e.page(fmt.Sprintf("/entities/%d", e.entityID("НАТО")), 200)
	mustContain(t, "entity without meetings", nato, `id="no-graph"`)
	e.page("/entities/31337", 404)

	list := e.page("/entities?q="+url.QueryEscape("Токаєв"), 200)
	mustContain(t, "entities", list, "Касим-Жомарт Токаєв")
	e.page("/entities?type=PERS", 200)
	evs := e.page("/events?type=CONSULT", 200)
	mustContain(t, "events", evs, "зустріч, візит, розмова", "Дмитро Кулеба")
	e.page(fmt.Sprintf("/events?entity=%d", blinken), 200)
	e.page("/events?from=nope", 400)
	e.page("/no/such/page", 404)

	for _, asset := range []string{"/static/style.css", "/static/app.js", "/static/icon.svg"} {
		resp, body := e.request("GET", asset, nil)
		if resp.StatusCode != 200 || len(body) < 100 {
			t.Errorf("GET %s = %d, %d bytes", asset, resp.StatusCode, len(body))
		}
		if m := reExternal.FindString(string(body)); m != "" && asset != "/static/icon.svg" {
			t.Errorf("%s loads %s from the network", asset, m)
		}
	}
	e.request("GET", "/static/nope.js", nil)
}

func TestUIEscapes(t *testing.T) {
	e := newEnv(t, false, nil)
	evil := map[string]string{
		"title": `<script>alert("t")</script>`,
		"text":  "Ентоні Блінкен написав <script>alert(1)</script> & \"лапки\" <img src=x onerror=alert(2)>.\n«<b>жирне</b>», — сказав Блінкен.",
		"url":   "https://example.com/?a=<x>",
	}
	var out struct{ ID int64 }
	e.do("POST", "/api/documents", evil, 201, &out)
	for _, path := range []string{fmt.Sprintf("/documents/%d", out.ID), "/?q=" + url.QueryEscape("script"), "/?q=" + url.QueryEscape(`<script>`)} {
		page := e.page(path, 200)
		for _, raw := range []string{"<script>alert", "<img src=x", "<b>жирне", `"t")</script>`} {
			if strings.Contains(page, raw) {
				t.Errorf("%s has unescaped %q", path, raw)
			}
		}
	}
	doc := e.page(fmt.Sprintf("/documents/%d", out.ID), 200)
	mustContain(t, "escaped article", doc, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;лапки&#34;", "&lt;b&gt;жирне&lt;/b&gt;")
}
