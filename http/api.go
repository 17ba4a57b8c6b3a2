package http

import (
	"encoding/json"
	"errors"
	"io"
	nethttp "net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// routes registers every route. The API is under /api/; the rest is the
// web UI.
func (s *Server) routes(mux *nethttp.ServeMux) {
	mux.HandleFunc("GET /healthz", s.healthz)

	mux.HandleFunc("POST /api/documents", s.postDocument)
	mux.HandleFunc("GET /api/documents/{id}", s.getDocument)
	mux.HandleFunc("GET /api/search", s.getSearch)
	mux.HandleFunc("GET /api/entities", s.getEntities)
	mux.HandleFunc("GET /api/entities/{id}", s.getEntity)
	mux.HandleFunc("GET /api/events", s.getEvents)
	mux.HandleFunc("/api/", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		s.fail(w, r, nethttp.StatusNotFound, "no such API route: "+r.Method+" "+r.URL.Path)
	})

	mux.HandleFunc("GET /{$}", s.uiSearch)
	mux.HandleFunc("GET /documents/{id}", s.uiDocument)
	mux.HandleFunc("GET /entities", s.uiEntities)
	mux.HandleFunc("GET /entities/{id}", s.uiEntity)
	mux.HandleFunc("GET /events", s.uiEvents)
	mux.Handle("GET /static/", s.ui.static())
	mux.HandleFunc("/", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		s.fail(w, r, nethttp.StatusNotFound, "Сторінку не знайдено · Page not found")
	})
}

func (s *Server) healthz(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	io.WriteString(w, "ok\n")
}

func writeJSON(w nethttp.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v) // the client going away is the only failure left
}

// DocumentInput is the body of POST /api/documents: a text, or an HTML
// page to read the text from, with what is known of it. Published is
// YYYY-MM-DD or RFC 3339. For "html", URL, Title and Published override
// what the page says when given. Language is a short code such as "uk"
// or "en-GB" (see isLanguageCode).
type DocumentInput struct {
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Author    string `json:"author,omitempty"`
	Site      string `json:"site,omitempty"`
	Language  string `json:"language,omitempty"`
}

// DocumentOutput is the answer to POST /api/documents.
type DocumentOutput struct {
	ID        int64 `json:"id"`
	Duplicate bool  `json:"duplicate"`
}

func (s *Server) postDocument(w nethttp.ResponseWriter, r *nethttp.Request) {
	limit := s.maxBody()
	if r.ContentLength > limit {
		s.fail(w, r, nethttp.StatusRequestEntityTooLarge, "request body is larger than "+sizeString(limit))
		return
	}
	r.Body = nethttp.MaxBytesReader(w, r.Body, limit)
	var in DocumentInput
	dec := json.NewDecoder(r.Body)
	err := dec.Decode(&in)
	if err == nil {
		// One JSON value and nothing after it.
		if _, terr := dec.Token(); terr != io.EOF {
			err = errors.New("data after the JSON object")
			if terr != nil && !errors.Is(terr, io.ErrUnexpectedEOF) {
				err = terr
			}
		}
	}
	if err != nil {
		var tooBig *nethttp.MaxBytesError
		if errors.As(err, &tooBig) {
			s.fail(w, r, nethttp.StatusRequestEntityTooLarge, "request body is larger than "+sizeString(limit))
			return
		}
		msg := strings.TrimPrefix(err.Error(), "json: ")
		if err == io.EOF {
			msg = "empty body, want a JSON object"
		}
		s.fail(w, r, nethttp.StatusBadRequest, "malformed JSON: "+msg)
		return
	}
	doc, err := s.readInput(r, &in)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	id, dup, err := s.ingester().Put(r.Context(), doc)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	status := nethttp.StatusCreated
	if dup {
		status = nethttp.StatusOK
	} else {
		w.Header().Set("Location", "/api/documents/"+strconv.FormatInt(id, 10))
	}
	writeJSON(w, status, DocumentOutput{ID: id, Duplicate: dup})
}

// readInput turns a posted document into a vistka.Document.
func (s *Server) readInput(r *nethttp.Request, in *DocumentInput) (*vistka.Document, error) {
	hasText, hasHTML := strings.TrimSpace(in.Text) != "", strings.TrimSpace(in.HTML) != ""
	switch {
	case hasText && hasHTML:
		return nil, vistka.Errorf(vistka.EINVALID, `give "text" or "html", not both`)
	case !hasText && !hasHTML:
		return nil, vistka.Errorf(vistka.EINVALID, `no "text" or "html" given, or it is empty`)
	}
	if in.URL != "" {
		u, err := url.Parse(in.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, vistka.Errorf(vistka.EINVALID, "url %q is not an http(s) URL", in.URL)
		}
	}
	if in.Language != "" && !isLanguageCode(in.Language) {
		return nil, vistka.Errorf(vistka.EINVALID, "language %q is not a language code such as \"uk\" or \"en-GB\"", clip(in.Language, 40))
	}
	var published time.Time
	if in.Published != "" {
		t, _, err := parseTime(in.Published)
		if err != nil {
			return nil, vistka.Errorf(vistka.EINVALID, "published: %v", err)
		}
		published = t
	}
	var doc *vistka.Document
	if hasHTML {
		if s.ReadHTML == nil {
			return nil, vistka.Errorf(vistka.EINVALID, `this server does not read "html"; send "text"`)
		}
		d, err := s.ReadHTML(strings.NewReader(in.HTML), in.URL)
		if err != nil {
			return nil, err
		}
		doc = d
	} else {
		doc = &vistka.Document{Text: in.Text}
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&doc.URL, in.URL)
	set(&doc.Title, in.Title)
	set(&doc.Author, in.Author)
	set(&doc.Site, in.Site)
	set(&doc.Language, in.Language)
	if !published.IsZero() {
		doc.Published = published
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, vistka.Errorf(vistka.EINVALID, "the page has no text")
	}
	if strings.TrimSpace(doc.Title) == "" {
		doc.Title = vistka.Headline(doc.Text)
	}
	return doc, nil
}

// isLanguageCode reports whether v is a short language code: two or
// three letters (ISO 639), with at most one region or script subtag of
// two to eight letters or digits ("uk", "en-GB", "sr-Latn"). The store
// keeps what is given and filters by it, so a code is all it takes.
func isLanguageCode(v string) bool {
	lang, sub, hasSub := strings.Cut(v, "-")
	if len(lang) < 2 || len(lang) > 3 || !allASCII(lang, false) {
		return false
	}
	return !hasSub || (len(sub) >= 2 && len(sub) <= 8 && allASCII(sub, true))
}

// allASCII reports whether s is all ASCII letters (and digits, if digits).
func allASCII(s string, digits bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !('a' <= c && c <= 'z') && !(digits && '0' <= s[i] && s[i] <= '9') {
			return false
		}
	}
	return true
}

// clip shortens v to at most n bytes (at a rune start) for an error
// message.
func clip(v string, n int) string {
	if len(v) <= n {
		return v
	}
	for n > 0 && !utf8.RuneStart(v[n]) {
		n--
	}
	return v[:n] + "…"
}

func sizeString(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.FormatInt(n>>20, 10) + " MiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

func (s *Server) getDocument(w nethttp.ResponseWriter, r *nethttp.Request) {
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
	writeJSON(w, nethttp.StatusOK, d)
}

func (s *Server) getSearch(w nethttp.ResponseWriter, r *nethttp.Request) {
	q, err := searchQuery(r.URL.Query())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	res, err := s.Store.Search(r.Context(), q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if res.Results == nil {
		res.Results = []vistka.SearchHit{}
	}
	writeJSON(w, nethttp.StatusOK, res)
}

// resultList is the answer of the list routes.
type resultList[T any] struct {
	Results []T `json:"results"`
}

func (s *Server) getEntities(w nethttp.ResponseWriter, r *nethttp.Request) {
	q, err := entityQuery(r.URL.Query())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	list, err := s.Store.Entities(r.Context(), q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if list == nil {
		list = []vistka.EntitySummary{}
	}
	writeJSON(w, nethttp.StatusOK, resultList[vistka.EntitySummary]{list})
}

func (s *Server) getEntity(w nethttp.ResponseWriter, r *nethttp.Request) {
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
	writeJSON(w, nethttp.StatusOK, e)
}

func (s *Server) getEvents(w nethttp.ResponseWriter, r *nethttp.Request) {
	q, err := eventQuery(r.URL.Query())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	list, err := s.Store.Events(r.Context(), q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if list == nil {
		list = []vistka.EventRecord{}
	}
	writeJSON(w, nethttp.StatusOK, resultList[vistka.EventRecord]{list})
}
