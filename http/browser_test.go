package http_test

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's chromium, which .ci/chromium.sh installs.
const chromiumPath = "/usr/bin/chromium"

// browser starts a headless Chromium with a fresh profile and returns a
// tab's context. Without Chromium the test is skipped, unless CI is set.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but there is no Chromium at %s: run .ci/chromium.sh", chromiumPath)
		}
		t.Skipf("no Chromium at %s (apt-get install chromium, or bash .ci/chromium.sh): skipping the browser tests", chromiumPath)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(bcancel)
	return bctx
}

// shot takes a full-page PNG screenshot, checks that it shows something,
// and keeps it in $VISTKA_SCREENSHOTS when that is set.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		t.Fatalf("screenshot %s is no PNG: %v", name, err)
	}
	b := img.Bounds()
	if b.Dx() < 800 || b.Dy() < 600 || len(buf) < 20<<10 {
		t.Errorf("screenshot %s is %dx%d, %d bytes: too small", name, b.Dx(), b.Dy(), len(buf))
	}
	colours := map[[3]uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	if len(colours) < 50 {
		t.Errorf("screenshot %s has %d colours: blank?", name, len(colours))
	}
	if dir := os.Getenv("VISTKA_SCREENSHOTS"); dir != "" {
		file := filepath.Join(dir, name+".png")
		if err := os.WriteFile(file, buf, 0o644); err != nil {
			t.Error(err)
		}
		t.Logf("screenshot %s: %dx%d, %d colours, %s", name, b.Dx(), b.Dy(), len(colours), file)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	ctx := browser(t)
	e := newEnv(t, true, nil)
	base, _, _ := serve(t, e.srv)

	// Search: type a query, submit, get highlighted results.
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "Блінкен"),
		chromedp.Click(chromedp.ID("go")),
		// The home page lists the latest documents already: wait for
		// the page of the query, whose matches are highlighted.
		chromedp.WaitVisible(chromedp.CSS("#results .hit")),
	)
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#results .result').length`); n != 2 {
		t.Errorf("%d results, want 2", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#results .hit').length`); n < 2 {
		t.Errorf("%d highlighted matches, want one per result at least", n)
	}
	if q := eval[string](t, ctx, `document.getElementById('q').value`); q != "Блінкен" {
		t.Errorf("query box = %q after the search", q)
	}
	shot(t, ctx, "search")

	// The article: entities, quotes and amounts highlighted, the CSS on.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#results .result:last-child a.title`)),
		chromedp.WaitVisible(chromedp.ID("text")),
	)
	if err != nil {
		t.Fatalf("open article: %v", err)
	}
	if title := eval[string](t, ctx, `document.querySelector('h1').textContent`); title != articles[0].Title {
		t.Errorf("article title %q, want %q", title, articles[0].Title)
	}
	for sel, min := range map[string]int{"#text a.ent.t-PERS": 3, "#text .ent.t-LOC": 4, "#text .quote": 2, "#text .amount": 1,
		"#text .date": 1, "#quotes .quote-card": 2, "#events .event": 1, "#entities li": 5} {
		if n := eval[int](t, ctx, `document.querySelectorAll('`+sel+`').length`); n < min {
			t.Errorf("%d of %s, want at least %d", n, sel, min)
		}
	}
	bg := eval[string](t, ctx, `getComputedStyle(document.querySelector('#text a.ent.t-PERS')).backgroundColor`)
	if bg == "" || bg == "rgba(0, 0, 0, 0)" || bg == "transparent" {
		t.Errorf("entity highlight background %q: the style sheet is not applied", bg)
	}
	if text := eval[string](t, ctx, `document.getElementById('text').textContent`); text != articles[0].Text {
		t.Errorf("article text changed by the highlighting:\n%q\nwant\n%q", text, articles[0].Text)
	}
	// The layer switch works.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#legend input[data-layer="ent"]`))); err != nil {
		t.Fatal(err)
	}
	if !eval[bool](t, ctx, `document.getElementById('text').classList.contains('hide-ent')`) {
		t.Errorf("unticking entities did not hide them")
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#legend input[data-layer="ent"]`))); err != nil {
		t.Fatal(err)
	}
	shot(t, ctx, "article")

	// The entity page: its timeline and who-met-whom graph.
	name := eval[string](t, ctx, `document.querySelector('#text a.ent.t-PERS').title`)
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#text a.ent.t-PERS`)),
		chromedp.WaitVisible(chromedp.ID("meet-graph")),
	)
	if err != nil {
		t.Fatalf("open entity: %v", err)
	}
	h1 := eval[string](t, ctx, `document.querySelector('.entity-head h1').textContent`)
	if !strings.HasSuffix(name, h1) || h1 != "Ентоні Блінкен" {
		t.Errorf("entity page of %q, clicked %q", h1, name)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#meet-graph circle').length`); n != 3 {
		t.Errorf("graph has %d nodes, want 3", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#meet-graph .edge').length`); n != 3 {
		t.Errorf("graph has %d edges, want 3", n)
	}
	w := eval[float64](t, ctx, `document.getElementById('meet-graph').getBoundingClientRect().width`)
	if w < 300 {
		t.Errorf("graph is %vpx wide", w)
	}
	labels := eval[string](t, ctx, `Array.from(document.querySelectorAll('#meet-graph text')).map(e => e.textContent).sort().join('|')`)
	if labels != "Дмитро Кулеба|Ентоні Блінкен|Касим-Жомарт Токаєв" {
		t.Errorf("graph labels %q", labels)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('.timeline .day').length`); n < 2 {
		t.Errorf("timeline has %d days, want 2", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('.timeline .tl-event').length`); n != 3 {
		t.Errorf("timeline has %d events, want 3", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('.timeline .tl-quote').length`); n != 2 {
		t.Errorf("timeline has %d quotes, want 2", n)
	}
	shot(t, ctx, "entity")

	// A node of the graph leads to its entity.
	href := eval[string](t, ctx, `document.querySelector('#meet-graph a.node:not(.center)').getAttribute('href')`)
	id, ok := strings.CutPrefix(href, "/entities/")
	if !ok {
		t.Fatalf("graph node links to %q", href)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#meet-graph a.node:not(.center)`)),
		chromedp.WaitVisible(chromedp.CSS(`section.entity[data-id="`+id+`"]`)),
	)
	if err != nil {
		t.Fatalf("follow graph node: %v", err)
	}
	if h1 := eval[string](t, ctx, `document.querySelector('.entity-head h1').textContent`); h1 != "Дмитро Кулеба" && h1 != "Касим-Жомарт Токаєв" {
		t.Errorf("graph node led to %q", h1)
	}

	// The lists of entities and events.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/entities"),
		chromedp.WaitVisible(chromedp.CSS("table.list")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('table.list tbody a.ref').length`); n != 9 {
		t.Errorf("entity list has %d entities, want 9", n)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/events?type=CONSULT"),
		chromedp.WaitVisible(chromedp.CSS(".event-list")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('.event-list .event').length`); n != 3 {
		t.Errorf("event list has %d CONSULT events, want 3", n)
	}
	shot(t, ctx, "events")

	// The entity filter suggests names from the API as one types.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/?entity=x"),
		chromedp.WaitVisible(chromedp.ID("entity")),
		chromedp.Clear(chromedp.ID("entity")),
		chromedp.SendKeys(chromedp.ID("entity"), "Кулеба"),
	)
	if err != nil {
		t.Fatal(err)
	}
	opt, err := chromedp.Run(ctx, chromedp.Poll[string](
		`(document.querySelector('#entity-list option') || {}).value`, chromedp.WithPollingTimeout(5*time.Second)))
	if err != nil || opt != "Дмитро Кулеба" {
		t.Errorf("entity suggestion = %q, %v", opt, err)
	}
}
