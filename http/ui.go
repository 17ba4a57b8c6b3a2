package http

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	nethttp "net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vistka/vistka"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// ui holds the parsed pages.
type ui struct {
	pages map[string]*template.Template
}

var funcs = template.FuncMap{
	"etype":      entityTypeLabel,
	"evtype":     eventTypeLabel,
	"mode":       eventModeLabel,
	"plural":     plural,
	"entityHref": func(id int64) string { return "/entities/" + itoa(id) },
	"docHref":    func(id int64) string { return "/documents/" + itoa(id) },
}

func newUI() *ui {
	base := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html"))
	u := &ui{pages: map[string]*template.Template{}}
	for _, p := range []string{"search", "document", "entity", "entities", "events", "error"} {
		t := template.Must(base.Clone())
		u.pages[p] = template.Must(t.ParseFS(templateFS, "templates/"+p+".html"))
	}
	return u
}

// static serves the embedded CSS and JavaScript.
func (u *ui) static() nethttp.Handler {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := nethttp.StripPrefix("/static/", nethttp.FileServerFS(sub))
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}

// page is what every page has.
type page struct {
	Title string
	Nav   string // search, entities, events
}

func (u *ui) render(w nethttp.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := u.pages[name].ExecuteTemplate(&buf, "layout.html", data); err != nil {
		// A template bug; the recover middleware logs it.
		panic(err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
	h.Set("Referrer-Policy", "same-origin")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type errorPage struct {
	page
	Status  int
	Message string
}

func (u *ui) errorPage(w nethttp.ResponseWriter, r *nethttp.Request, status int, message string) {
	u.render(w, status, "error", errorPage{page: page{Title: strconv.Itoa(status)}, Status: status, Message: message})
}

// refView is an entity or a phrase in a list; ID 0 is a phrase.
type refView struct {
	ID   int64
	Name string
	Type string
}

// eventView is an event as the pages show it.
type eventView struct {
	Type       string
	Mode       string
	Actors     []refView
	Recipients []refView
	Place      *refView
	Date       string // formatted
	Aux        []string
	Sentence   string
	Doc        int64
	DocTitle   string
}

func eventFromRecord(ev vistka.EventRecord) eventView {
	v := eventView{Type: ev.Type, Mode: ev.Mode, Sentence: ev.Sentence, Doc: ev.Document}
	conv := func(rs []vistka.EntityRef) []refView {
		out := make([]refView, 0, len(rs))
		for _, r := range rs {
			out = append(out, refView{ID: r.ID, Name: r.Name, Type: r.Type})
		}
		return out
	}
	v.Actors, v.Recipients = conv(ev.Actors), conv(ev.Recipients)
	if ev.Place != nil {
		v.Place = &refView{ID: ev.Place.ID, Name: ev.Place.Name, Type: ev.Place.Type}
	}
	switch {
	case ev.Date != "":
		v.Date = formatDate(ev.Date)
	case !ev.Time.IsZero():
		v.Date = formatDay(ev.Time)
	}
	for _, a := range ev.Aux {
		if l, ok := auxLabels[a]; ok {
			a = l
		}
		v.Aux = append(v.Aux, a)
	}
	return v
}

// Search page.

type searchForm struct {
	Q, Entity, Type, From, To, Publisher, Order string
}

type searchItem struct {
	ID        int64
	Title     string
	Published string
	Snippet   template.HTML
}

type searchPage struct {
	page
	Form       searchForm
	EntityName string
	EntityID   int64
	EventTypes any
	Error      string
	Searched   bool
	Total      int
	First      int
	Last       int
	Results    []searchItem
	Prev, Next string
}

const uiPage = 20

func (s *Server) uiSearch(w nethttp.ResponseWriter, r *nethttp.Request) {
	v := r.URL.Query()
	p := &searchPage{page: page{Title: "Пошук", Nav: "search"}, EventTypes: eventTypes,
		Form: searchForm{Q: v.Get("q"), Entity: v.Get("entity"), Type: v.Get("type"), From: v.Get("from"),
			To: v.Get("to"), Publisher: v.Get("publisher"), Order: v.Get("order")}}
	// The entity filter takes an id or a name; a name is looked up.
	api := url.Values{}
	for k, vs := range v {
		if k != "entity" && k != "limit" && len(vs) > 0 && vs[0] != "" {
			api.Set(k, vs[0])
		}
	}
	api.Set("limit", strconv.Itoa(uiPage))
	status := nethttp.StatusOK
	if e := strings.TrimSpace(p.Form.Entity); e != "" {
		if id, err := strconv.ParseInt(e, 10, 64); err == nil && id > 0 {
			p.EntityID = id
			if d, err := s.Store.Entity(r.Context(), id); err == nil {
				p.EntityName = d.Name
			}
		} else {
			list, err := s.Store.Entities(r.Context(), vistka.EntityQuery{Name: e, Limit: 1})
			if err != nil {
				s.failErr(w, r, err)
				return
			}
			if len(list) == 0 {
				p.Error = "Сутність «" + e + "» не знайдено · No such entity"
			} else {
				p.EntityID, p.EntityName = list[0].ID, list[0].Name
			}
		}
		if p.EntityID != 0 {
			api.Set("entity", itoa(p.EntityID))
		}
	}
	if p.Error == "" {
		q, err := searchQuery(api)
		if err != nil {
			status, p.Error = statusOf(err)
		} else {
			res, err := s.Store.Search(r.Context(), q)
			if err == nil {
				p.fill(res, q, v)
			} else if st, msg := statusOf(err); st == nethttp.StatusBadRequest {
				status, p.Error = st, msg
			} else {
				s.failErr(w, r, err)
				return
			}
		}
	}
	if p.Error != "" && status == nethttp.StatusOK {
		status = nethttp.StatusNotFound
	}
	s.ui.render(w, status, "search", p)
}

func (p *searchPage) fill(res *vistka.SearchResult, q vistka.SearchQuery, v url.Values) {
	p.Searched = true
	p.Total = res.Total
	p.First = q.Offset + 1
	p.Last = q.Offset + len(res.Results)
	for _, h := range res.Results {
		ranges := make([][2]int, 0, len(h.Highlights))
		for _, r := range h.Highlights {
			ranges = append(ranges, [2]int{r.Start, r.End})
		}
		title := h.Title
		if title == "" {
			title = "Без назви · Untitled #" + itoa(h.ID)
		}
		p.Results = append(p.Results, searchItem{ID: h.ID, Title: title, Published: formatDay(h.Published),
			Snippet: highlight(h.Snippet, ranges)})
	}
	link := func(offset int) string {
		u := url.Values{}
		for k, vs := range v {
			if k != "offset" && len(vs) > 0 && vs[0] != "" {
				u.Set(k, vs[0])
			}
		}
		if offset > 0 {
			u.Set("offset", strconv.Itoa(offset))
		}
		return "/?" + u.Encode()
	}
	if q.Offset > 0 {
		p.Prev = link(max(q.Offset-q.Limit, 0))
	}
	if q.Offset+len(res.Results) < res.Total {
		p.Next = link(q.Offset + q.Limit)
	}
}

// Document page.

type docEntity struct {
	ID       int64 // global; 0 when the store did not link it
	Local    string
	Name     string
	Type     string
	Titles   []string
	Mentions int
}

type docQuote struct {
	Speaker   refView
	Direct    bool
	Cue       string
	Text      string
	Start     int
	SpeakerAs string // the subject as written
}

type docAmount struct {
	Text  string
	Value string
}

type docDate struct {
	Text     string
	Value    string
	Relative bool
}

type entityGroup struct {
	Type     string
	Entities []docEntity
}

type documentPage struct {
	page
	Doc       *vistka.StoredDocument
	Published string
	Host      string
	Body      template.HTML
	Source    vistka.Source
	Groups    []entityGroup
	Quotes    []docQuote
	Amounts   []docAmount
	Dates     []docDate
	Events    []eventView
	Extracted bool
}

func (s *Server) uiDocument(w nethttp.ResponseWriter, r *nethttp.Request) {
	id, err := pathID(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	d, err := s.Store.Document(r.Context(), id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	title := d.Title
	if title == "" {
		title = "Документ #" + itoa(d.ID)
	}
	p := &documentPage{page: page{Title: title, Nav: "search"}, Doc: d, Published: formatDay(d.Published)}
	if u, err := url.Parse(d.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		p.Host = u.Host
	}
	x := d.Extraction
	if x == nil {
		p.Body = markup(d.Text, nil)
		s.ui.render(w, nethttp.StatusOK, "document", p)
		return
	}
	p.Extracted = true
	p.Source = x.Source
	p.Body = markup(d.Text, documentMarks(d))

	local := map[string]*vistka.Entity{}
	for i := range x.Entities {
		local[x.Entities[i].ID] = &x.Entities[i]
	}
	ref := func(s string) refView {
		if e, ok := local[s]; ok {
			return refView{ID: d.EntityIDs[s], Name: e.Name, Type: e.Type}
		}
		return refView{Name: s}
	}
	for _, t := range entityTypes {
		var g entityGroup
		for _, e := range x.Entities {
			if e.Type == t.Code {
				g.Entities = append(g.Entities, docEntity{ID: d.EntityIDs[e.ID], Local: e.ID, Name: e.Name, Type: e.Type,
					Titles: e.Titles, Mentions: len(e.Mentions)})
			}
		}
		if len(g.Entities) > 0 {
			g.Type = t.Code
			slices.SortStableFunc(g.Entities, func(a, b docEntity) int { return b.Mentions - a.Mentions })
			p.Groups = append(p.Groups, g)
		}
	}
	for _, q := range x.Quotes {
		dq := docQuote{Direct: q.Direct, Cue: q.Cue, Text: q.Text, Start: q.Start, SpeakerAs: q.SpeakerText}
		if q.Speaker != "" {
			dq.Speaker = ref(q.Speaker)
		}
		p.Quotes = append(p.Quotes, dq)
	}
	for _, a := range x.Amounts {
		p.Amounts = append(p.Amounts, docAmount{Text: a.Text, Value: amountValue(a)})
	}
	for _, dt := range x.Dates {
		v := ""
		if dt.Value != nil {
			v = formatDate(*dt.Value)
		}
		p.Dates = append(p.Dates, docDate{Text: dt.Text, Value: v, Relative: dt.Relative})
	}
	runes := []rune(d.Text)
	for _, ev := range x.Events {
		v := eventView{Type: ev.Type, Mode: ev.Mode, Date: formatDate(ev.Date), Doc: d.ID}
		for _, a := range ev.Actors {
			v.Actors = append(v.Actors, ref(a))
		}
		for _, a := range ev.Recipients {
			v.Recipients = append(v.Recipients, ref(a))
		}
		if ev.Place != "" {
			pl := ref(ev.Place)
			v.Place = &pl
		}
		for _, a := range ev.Aux {
			if l, ok := auxLabels[a]; ok {
				a = l
			}
			v.Aux = append(v.Aux, a)
		}
		if st, en := max(ev.Sentence.Start, 0), min(ev.Sentence.End, len(runes)); st < en {
			v.Sentence = string(runes[st:en])
		}
		p.Events = append(p.Events, v)
	}
	s.ui.render(w, nethttp.StatusOK, "document", p)
}

// documentMarks are the marks of an article: quotes outside, entity
// mentions (links to their pages), amounts and dates, then the other NER
// spans, and event triggers.
func documentMarks(d *vistka.StoredDocument) []mark {
	x := d.Extraction
	var ms []mark
	for _, q := range x.Quotes {
		class := "quote"
		if !q.Direct {
			class = "quote indirect"
		}
		for _, pc := range q.Pieces() {
			// (an aside of attribution between the pieces is no quote)
			ms = append(ms, mark{start: pc.Start, end: pc.End, layer: 0, class: class, title: "Цитата · quote"})
		}
	}
	covered := map[[2]int]bool{}
	for _, e := range x.Entities {
		gid := d.EntityIDs[e.ID]
		for _, m := range e.Mentions {
			class := "ent t-" + e.Type
			if m.Kind != "" && m.Kind != "name" {
				class += " k-" + m.Kind
			}
			mk := mark{start: m.Start, end: m.End, layer: 1, class: class,
				title: entityTypeLabel(e.Type) + " · " + e.Name,
				attrs: [][2]string{{"data-entity", e.ID}}}
			if gid != 0 {
				mk.href = "/entities/" + itoa(gid)
			}
			ms = append(ms, mk)
			covered[[2]int{m.Start, m.End}] = true
		}
	}
	for _, a := range x.Amounts {
		ms = append(ms, mark{start: a.Start, end: a.End, layer: 2, class: "amount", title: "Сума · amount: " + amountValue(a)})
		covered[[2]int{a.Start, a.End}] = true
	}
	for _, dt := range x.Dates {
		t := "Дата · date"
		if dt.Value != nil {
			t += ": " + formatDate(*dt.Value)
		}
		ms = append(ms, mark{start: dt.Start, end: dt.End, layer: 2, class: "date", title: t})
		covered[[2]int{dt.Start, dt.End}] = true
	}
	for _, sp := range x.Spans {
		if covered[[2]int{sp.Start, sp.End}] {
			continue
		}
		ms = append(ms, mark{start: sp.Start, end: sp.End, layer: 3, class: "span t-" + sp.Type,
			title: entityTypeLabel(sp.Type) + " · " + sp.Type})
	}
	for _, ev := range x.Events {
		if ev.TriggerSpan != nil {
			ms = append(ms, mark{start: ev.TriggerSpan.Start, end: ev.TriggerSpan.End, layer: 4, class: "trigger",
				title: "Подія · event: " + eventTypeLabel(ev.Type)})
		}
	}
	return ms
}

func amountValue(a vistka.Amount) string {
	if a.Value == nil {
		return "?"
	}
	var b strings.Builder
	if l, ok := boundLabels[a.Bound]; ok {
		b.WriteString(l + " ")
	}
	b.WriteString(formatNumber(*a.Value))
	if a.Max != nil {
		b.WriteString(" – " + formatNumber(*a.Max))
	}
	if a.Unit != "" {
		b.WriteString(" " + a.Unit)
	}
	return b.String()
}

// Entity page.

type timelineItem struct {
	Event *eventView
	Quote *vistka.QuoteRecord
	Doc   int64
	Title string
	when  time.Time
}

type timelineDay struct {
	Date  string
	Items []timelineItem
}

type entityPage struct {
	page
	E         *vistka.EntityDetail
	Timeline  []timelineDay
	Graph     *graph
	Documents []searchItem
}

func (s *Server) uiEntity(w nethttp.ResponseWriter, r *nethttp.Request) {
	id, err := pathID(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	e, err := s.Store.Entity(r.Context(), id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	g, err := s.meetings(r.Context(), e)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	p := &entityPage{page: page{Title: e.Name, Nav: "entities"}, E: e, Graph: g}
	titles := map[int64]string{}
	for _, d := range e.Documents {
		titles[d.ID] = d.Title
		p.Documents = append(p.Documents, searchItem{ID: d.ID, Title: orUntitled(d.Title, d.ID), Published: formatDay(d.Published)})
	}
	p.Timeline = timeline(e, titles)
	s.ui.render(w, nethttp.StatusOK, "entity", p)
}

func orUntitled(title string, id int64) string {
	if title == "" {
		return "Документ #" + itoa(id)
	}
	return title
}

// timeline puts an entity's events and quotes in order of date, latest
// first, grouped by day; those with no date go last.
func timeline(e *vistka.EntityDetail, titles map[int64]string) []timelineDay {
	var items []timelineItem
	for _, ev := range e.Events {
		v := eventFromRecord(ev)
		when := ev.Time
		if t, err := time.Parse(time.DateOnly, ev.Date); err == nil {
			when = t
		}
		items = append(items, timelineItem{Event: &v, Doc: ev.Document, Title: orUntitled(titles[ev.Document], ev.Document), when: when})
	}
	for i := range e.Quotes {
		q := &e.Quotes[i]
		items = append(items, timelineItem{Quote: q, Doc: q.Document, Title: orUntitled(titles[q.Document], q.Document), when: q.Published})
	}
	slices.SortStableFunc(items, func(a, b timelineItem) int {
		switch {
		case a.when.IsZero() != b.when.IsZero():
			if a.when.IsZero() {
				return 1
			}
			return -1
		case a.when.After(b.when):
			return -1
		case b.when.After(a.when):
			return 1
		}
		return 0
	})
	var days []timelineDay
	for _, it := range items {
		label := "Без дати · undated"
		if !it.when.IsZero() {
			label = formatDay(it.when)
		}
		if len(days) == 0 || days[len(days)-1].Date != label {
			days = append(days, timelineDay{Date: label})
		}
		days[len(days)-1].Items = append(days[len(days)-1].Items, it)
	}
	return days
}

// Entities page.

type entitiesPage struct {
	page
	Q, Type string
	Types   any
	Error   string
	Results []vistka.EntitySummary
	Max     int
}

func (s *Server) uiEntities(w nethttp.ResponseWriter, r *nethttp.Request) {
	v := r.URL.Query()
	p := &entitiesPage{page: page{Title: "Сутності", Nav: "entities"}, Q: v.Get("q"), Type: v.Get("type"), Types: entityTypes}
	v.Set("limit", "100")
	q, err := entityQuery(v)
	status := nethttp.StatusOK
	if err == nil {
		p.Results, err = s.Store.Entities(r.Context(), q)
	}
	if err != nil {
		st, msg := statusOf(err)
		if st != nethttp.StatusBadRequest {
			s.failErr(w, r, err)
			return
		}
		status, p.Error = st, msg
	}
	for _, e := range p.Results {
		p.Max = max(p.Max, e.Documents)
	}
	s.ui.render(w, status, "entities", p)
}

// Events page.

type eventsPage struct {
	page
	Type, From, To string
	EntityID       int64
	EntityName     string
	Types          any
	Error          string
	Events         []eventView
}

func (s *Server) uiEvents(w nethttp.ResponseWriter, r *nethttp.Request) {
	v := r.URL.Query()
	p := &eventsPage{page: page{Title: "Події", Nav: "events"}, Type: v.Get("type"), From: v.Get("from"), To: v.Get("to"), Types: eventTypes}
	v.Set("limit", "100")
	q, err := eventQuery(v)
	status := nethttp.StatusOK
	var list []vistka.EventRecord
	if err == nil {
		list, err = s.Store.Events(r.Context(), q)
	}
	if err != nil {
		st, msg := statusOf(err)
		if st != nethttp.StatusBadRequest {
			s.failErr(w, r, err)
			return
		}
		status, p.Error = st, msg
	}
	if q.Entity != 0 {
		p.EntityID = q.Entity
		if e, err := s.Store.Entity(r.Context(), q.Entity); err == nil {
			p.EntityName = e.Name
		}
	}
	for _, ev := range list {
		p.Events = append(p.Events, eventFromRecord(ev))
	}
	s.ui.render(w, status, "events", p)
}
