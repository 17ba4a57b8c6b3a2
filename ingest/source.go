package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/feed"
	"github.com/vistka/vistka/html"
)

// resolve turns one argument into jobs. It returns false when emit does
// (the run is being stopped).
func (r *run) resolve(ctx context.Context, arg string, emit func(job) bool, skip func()) bool {
	switch {
	case arg == "-":
		return r.stdin(emit)
	case isURL(arg):
		return r.url(ctx, arg, emit, skip)
	}
	fi, err := os.Stat(arg)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && strings.Contains(arg, "://") {
			return emit(failed(arg, urlError(arg)))
		}
		return emit(failed(arg, fileError(err)))
	}
	if fi.IsDir() {
		return r.dir(arg, emit)
	}
	return r.file(ctx, arg, kindByExt(arg), emit, skip)
}

func isURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https")
}

// urlError says why arg, no file but written as a URL, is not read: it
// does not parse, or its scheme is not http(s). "No such file" would
// send the user looking for a file they never meant.
func urlError(arg string) error {
	u, err := url.Parse(arg)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return vistka.Errorf(vistka.EINVALID, "not a valid URL: %v", err)
	}
	return vistka.Errorf(vistka.EINVALID, "no such file, and %s: URLs are not read (only http and https)", u.Scheme)
}

// fileError turns an error of package os into a message without Go's
// operation names.
func fileError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return vistka.Errorf(vistka.ENOTFOUND, "no such file or folder")
		case errors.Is(err, fs.ErrPermission):
			return vistka.Errorf(vistka.EINVALID, "permission denied")
		}
		return vistka.Errorf(vistka.EINVALID, "%v", pe.Err)
	}
	return vistka.Errorf(vistka.EINVALID, "%v", err)
}

// kindByExt is what a file's extension says it is.
func kindByExt(path string) kind {
	ext := filepath.Ext(path)
	if html.PageExt(ext) {
		return kindHTML
	}
	switch strings.ToLower(ext) {
	case ".txt", ".text":
		return kindText
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".xml", ".rss", ".atom":
		return kindFeed
	}
	return kindUnknown
}

// dir walks a folder in lexical order and emits the files whose extension
// names a kind of document, but not feeds: a folder of saved pages holds
// sitemaps and other XML too.
func (r *run) dir(root string, emit func(job) bool) bool {
	ok := true
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !emit(failed(path, fileError(err))) {
				ok = false
				return filepath.SkipAll
			}
			return nil
		}
		name := d.Name()
		if path != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			// A browser saves a page's images and scripts in NAME_files.
			if path != root && strings.HasSuffix(name, "_files") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		switch k := kindByExt(path); k {
		case kindText, kindHTML:
			if !emit(r.fileJob(path, k)) {
				ok = false
				return filepath.SkipAll
			}
		case kindJSONL:
			if !r.jsonl(path, emit) {
				ok = false
				return filepath.SkipAll
			}
		}
		return nil
	})
	if err != nil && ok {
		return emit(failed(root, fileError(err)))
	}
	return ok
}

// file emits the jobs of one file: itself, its JSON lines, or its feed's
// items. A file whose extension says nothing is recognised by its content.
func (r *run) file(ctx context.Context, path string, k kind, emit func(job) bool, skip func()) bool {
	if k == kindUnknown || k == kindFeed {
		b, err := r.readFile(path)
		if err != nil {
			return emit(failed(path, err))
		}
		if k == kindUnknown {
			if k = sniff("", b); k == kindUnknown {
				return emit(failed(path, vistka.Errorf(vistka.EINVALID, "not a text, HTML, JSON Lines or feed file")))
			}
		}
		if k == kindFeed {
			f, err := feed.Parse(bytes.NewReader(b), "", "")
			if err != nil {
				return emit(failed(path, err))
			}
			r.feeds = appendNew(r.feeds, path)
			return r.items(ctx, path, f, emit, skip)
		}
	}
	if k == kindJSONL {
		return r.jsonl(path, emit)
	}
	return emit(r.fileJob(path, k))
}

// fileJob reads a text file or a saved page.
func (r *run) fileJob(path string, k kind) job {
	return job{source: path, load: func(ctx context.Context) (*vistka.Document, error) {
		b, err := r.readFile(path)
		if err != nil {
			return nil, err
		}
		u := fileURL(path)
		if k == kindHTML {
			return html.Read(bytes.NewReader(b), u)
		}
		doc, err := textDocument(b)
		if err != nil {
			return nil, err
		}
		doc.URL = u
		return doc, nil
	}}
}

func (r *run) readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(err)
	}
	defer f.Close()
	limit := r.in.maxSize()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fileError(err)
	}
	if int64(len(b)) > limit {
		return nil, vistka.Errorf(vistka.ETOOLARGE, "larger than %d MiB", limit>>20)
	}
	return b, nil
}

// fileURL is the file: URL of path, which documents read from files carry
// as their address unless the page names its own.
func fileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// textDocument is a plain-text file as a document: decoded to UTF-8, line
// breaks made \n.
func textDocument(b []byte) (*vistka.Document, error) {
	if bytes.IndexByte(b, 0) >= 0 && !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return nil, vistka.Errorf(vistka.EINVALID, "not a text file (binary data)")
	}
	text, _ := html.DecodeText(b)
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, vistka.Errorf(vistka.EINVALID, "empty file")
	}
	return &vistka.Document{Text: text}, nil
}

// stdin reads standard input: JSON Lines when it starts with "{", else one
// plain-text document.
func (r *run) stdin(emit func(job) bool) bool {
	if r.in.Stdin == nil {
		return emit(failed("-", vistka.Errorf(vistka.EINVALID, "no standard input")))
	}
	br := bufio.NewReader(r.in.Stdin)
	line := 1 // of the first rune that is not white space
	for {
		c, _, err := br.ReadRune()
		if err != nil {
			return emit(failed("stdin", vistka.Errorf(vistka.EINVALID, "empty input")))
		}
		if c == '\n' {
			line++
		}
		if c == '\uFEFF' || c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			continue
		}
		br.UnreadRune()
		if c == '{' {
			return r.jsonlReader("stdin", line, br, emit)
		}
		break
	}
	b, err := io.ReadAll(io.LimitReader(br, r.in.maxSize()+1))
	if err != nil {
		return emit(failed("stdin", vistka.Errorf(vistka.EINVALID, "%v", err)))
	}
	if int64(len(b)) > r.in.maxSize() {
		return emit(failed("stdin", vistka.Errorf(vistka.ETOOLARGE, "larger than %d MiB", r.in.maxSize()>>20)))
	}
	return emit(job{source: "stdin", load: func(context.Context) (*vistka.Document, error) { return textDocument(b) }})
}

// url fetches a URL given as an argument and emits the page, or the items
// of the feed, it turns out to be.
func (r *run) url(ctx context.Context, u string, emit func(job) bool, skip func()) bool {
	resp, err := r.in.fetch(ctx, u)
	if err != nil {
		if ctx.Err() != nil {
			return false
		}
		return emit(failed(u, err))
	}
	switch k := sniff(resp.contentType, resp.body); k {
	case kindFeed:
		f, err := feed.Parse(bytes.NewReader(resp.body), resp.url, resp.contentType)
		if err != nil {
			return emit(failed(u, err))
		}
		r.feeds = appendNew(r.feeds, u)
		return r.items(ctx, u, f, emit, skip)
	case kindJSONL:
		return r.jsonlReader(u, 1, bytes.NewReader(resp.body), emit)
	default:
		return emit(job{source: u, load: func(context.Context) (*vistka.Document, error) {
			return readResponse(resp, k)
		}})
	}
}

// readResponse reads a fetched page or text.
func readResponse(resp *response, k kind) (*vistka.Document, error) {
	switch k {
	case kindHTML:
		return html.ReadContent(bytes.NewReader(resp.body), resp.url, resp.contentType)
	case kindText:
		b := resp.body
		if cs := html.Charset(resp.contentType); cs != "" && cs != html.UTF8 && !utf8.Valid(b) {
			s, _ := html.DecodeCharset(b, cs)
			b = []byte(s)
		}
		doc, err := textDocument(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", resp.url, err)
		}
		doc.URL = resp.url
		return doc, nil
	case kindFeed:
		return nil, vistka.Errorf(vistka.EINVALID, "%s: is a feed, not a page; give it as an argument", resp.url)
	}
	ct := resp.contentType
	if ct == "" {
		ct = "no content type"
	}
	return nil, vistka.Errorf(vistka.EINVALID, "%s: not a page, a feed or text (%s)", resp.url, ct)
}

// page fetches and reads one page.
func (r *run) page(ctx context.Context, u string) (*vistka.Document, error) {
	resp, err := r.in.fetch(ctx, u)
	if err != nil {
		return nil, err
	}
	return readResponse(resp, sniff(resp.contentType, resp.body))
}

// items emits a job for each item of a feed that the State has not seen.
func (r *run) items(ctx context.Context, source string, f *feed.Feed, emit func(job) bool, skip func()) bool {
	for _, it := range f.Items {
		key := itemKey(source, it)
		if key == "" {
			continue
		}
		if r.emitted[key] {
			continue
		}
		r.emitted[key] = true
		if r.state != nil {
			seen, err := r.state.Seen(ctx, key)
			if err != nil {
				if !emit(failed(describe(source, it), fmt.Errorf("state: %w", err))) {
					return false
				}
				continue
			}
			if seen {
				skip()
				continue
			}
		}
		if !emit(r.itemJob(source, f, it, key)) {
			return false
		}
	}
	return true
}

// itemJob reads a feed item's page, or, when that fails, the content the
// feed carries.
func (r *run) itemJob(source string, f *feed.Feed, it feed.Item, key string) job {
	return job{source: describe(source, it), key: key, load: func(ctx context.Context) (*vistka.Document, error) {
		var doc *vistka.Document
		var err error
		if it.URL != "" {
			doc, err = r.page(ctx, it.URL)
		} else {
			err = vistka.Errorf(vistka.EINVALID, "item has no link")
		}
		if err != nil {
			if it.Content == "" || ctx.Err() != nil {
				return nil, err
			}
			doc = &vistka.Document{URL: it.URL, Text: it.Content}
		}
		if doc.Title == "" {
			doc.Title = it.Title
		}
		if doc.Author == "" {
			doc.Author = it.Author
		}
		if doc.Published.IsZero() {
			doc.Published = it.Published
		}
		if doc.Site == "" {
			doc.Site = f.Title
		}
		if doc.Language == "" {
			doc.Language = f.Language
		}
		return doc, nil
	}}
}

// describe names a feed item for the summary: its URL, or the feed and the
// item's title.
func describe(source string, it feed.Item) string {
	if it.URL != "" {
		return it.URL
	}
	return fmt.Sprintf("%s: %q", source, it.Title)
}

// itemKey is the State key of a feed item: its URL without tracking
// parameters, or the feed and the item's GUID when it has no URL.
func itemKey(source string, it feed.Item) string {
	if it.URL != "" {
		return stripTracking(it.URL)
	}
	if it.GUID != "" {
		return source + "#" + it.GUID
	}
	return ""
}

// stripTracking removes the utm_* and similar parameters that feeds add to
// their links, so that an item is one key whichever feed links to it.
// Every other parameter is kept: one that net/url cannot decode (a bad
// escape, a ";") is kept as it is written, so that two items that differ
// only in it are two keys, not one.
func stripTracking(u string) string {
	pu, err := url.Parse(u)
	if err != nil || pu.RawQuery == "" {
		return u
	}
	q, err := url.ParseQuery(pu.RawQuery)
	if err != nil {
		// ParseQuery drops the pairs it cannot read: filter the raw
		// pairs instead.
		var kept []string
		for p := range strings.SplitSeq(pu.RawQuery, "&") {
			k, _, _ := strings.Cut(p, "=")
			if dk, err := url.QueryUnescape(k); err == nil {
				k = dk
			}
			if !tracking(k) {
				kept = append(kept, p)
			}
		}
		pu.RawQuery = strings.Join(kept, "&")
		return pu.String()
	}
	for k := range q {
		if tracking(k) {
			q.Del(k)
		}
	}
	pu.RawQuery = q.Encode()
	return pu.String()
}

// tracking reports whether a query parameter only says where a reader
// came from.
func tracking(key string) bool {
	k := strings.ToLower(key)
	return strings.HasPrefix(k, "utm_") || k == "fbclid" || k == "gclid" || k == "from" || k == "ref"
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// jsonLine is one line of a JSON Lines file.
type jsonLine struct {
	Text      string `json:"text"`
	HTML      string `json:"html"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Author    string `json:"author"`
	Site      string `json:"site"`
	Language  string `json:"language"`
}

func (r *run) jsonl(path string, emit func(job) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return emit(failed(path, fileError(err)))
	}
	defer f.Close()
	return r.jsonlReader(path, 1, f, emit)
}

// jsonlReader emits a job for each line of JSON Lines; a bad line is a
// failure of its own, named name:line. The first line rd gives is line
// first of the input.
func (r *run) jsonlReader(name string, first int, rd io.Reader, emit func(job) bool) bool {
	br := bufio.NewReaderSize(rd, 64<<10)
	limit := r.in.maxSize()
	for n := first; ; n++ {
		line, tooLong, err := readLine(br, limit)
		source := fmt.Sprintf("%s:%d", name, n)
		switch {
		case tooLong:
			if !emit(failed(source, vistka.Errorf(vistka.ETOOLARGE, "line longer than %d MiB", limit>>20))) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			if !emit(r.lineJob(source, line)) {
				return false
			}
		}
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return emit(failed(source, vistka.Errorf(vistka.EINVALID, "%v", err)))
		}
	}
}

// readLine reads one line without its end. A line over limit is read to
// its end and dropped, and reported as too long.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit+1 { // +1: the \n
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

// lineJob reads one JSON line.
func (r *run) lineJob(source string, line []byte) job {
	return job{source: source, load: func(ctx context.Context) (*vistka.Document, error) {
		var l jsonLine
		dec := json.NewDecoder(bytes.NewReader(line))
		if err := dec.Decode(&l); err != nil {
			return nil, vistka.Errorf(vistka.EINVALID, "bad JSON: %s", jsonError(err))
		}
		// Not dec.More, which takes a stray "}" or "]" for the end.
		if len(bytes.TrimSpace(line[dec.InputOffset():])) > 0 {
			return nil, vistka.Errorf(vistka.EINVALID, "bad JSON: more than one value on the line")
		}
		var published time.Time
		if l.Published != "" {
			var err error
			if published, err = parsePublished(l.Published); err != nil {
				return nil, err
			}
		}
		if l.URL != "" && !isURL(l.URL) {
			return nil, vistka.Errorf(vistka.EINVALID, "url %q is not an http or https URL", l.URL)
		}
		var doc *vistka.Document
		var err error
		switch {
		case strings.TrimSpace(l.Text) != "":
			doc = &vistka.Document{Text: strings.TrimSpace(strings.ReplaceAll(l.Text, "\r\n", "\n"))}
		case strings.TrimSpace(l.HTML) != "":
			doc, err = html.Read(strings.NewReader(l.HTML), l.URL)
		case l.URL != "":
			doc, err = r.page(ctx, l.URL)
		default:
			return nil, vistka.Errorf(vistka.EINVALID, `a line needs "text", "html" or "url"`)
		}
		if err != nil {
			return nil, err
		}
		// What the line says overrides what the page says.
		set := func(dst *string, v string) {
			if v = strings.TrimSpace(v); v != "" {
				*dst = v
			}
		}
		set(&doc.URL, l.URL)
		set(&doc.Title, l.Title)
		set(&doc.Author, l.Author)
		set(&doc.Site, l.Site)
		set(&doc.Language, l.Language)
		if !published.IsZero() {
			doc.Published = published
		}
		return doc, nil
	}}
}

// parsePublished reads RFC 3339 or YYYY-MM-DD (midnight UTC, so that the
// date stays the date wherever it is printed).
func parsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, vistka.Errorf(vistka.EINVALID, "published %q: want RFC 3339 (2025-03-14T10:42:00+02:00) or YYYY-MM-DD", s)
}

// jsonError says what is wrong with a JSON line without Go type names.
func jsonError(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("%q must be a string", te.Field)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of line"
	}
	return err.Error()
}
