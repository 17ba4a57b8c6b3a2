package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/feed"
	"github.com/vistka/vistka/html"
)

// kind is what a fetched or read document turned out to be.
type kind int

const (
	kindUnknown kind = iota
	kindHTML
	kindFeed
	kindText
	kindJSONL
)

func (k kind) String() string {
	return [...]string{"unknown", "HTML page", "feed", "plain text", "JSON Lines"}[k]
}

// response is a fetched document.
type response struct {
	url         string // after redirects
	contentType string
	body        []byte
}

// statusError is an HTTP status other than 2xx.
type statusError struct {
	status int
	err    *vistka.Error
}

func (e *statusError) Error() string { return e.err.Error() }
func (e *statusError) Unwrap() error { return e.err }

// fetch gets u with the ingester's client, time limit and size limit.
func (in *Ingester) fetch(ctx context.Context, u string) (*response, error) {
	ctx, cancel := context.WithTimeout(ctx, in.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, vistka.Errorf(vistka.EINVALID, "%s: bad URL: %v", u, err)
	}
	req.Header.Set("User-Agent", in.userAgent())
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Language", "uk,en;q=0.5")
	resp, err := in.client().Do(req)
	if err != nil {
		if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, &transientError{vistka.Errorf(vistka.EINVALID, "%s: no answer in %v", u, in.timeout())}
		}
		return nil, &transientError{vistka.Errorf(vistka.EINVALID, "%s: %v", u, unwrapURLError(err))}
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		code := vistka.EINVALID
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			code = vistka.ENOTFOUND
		}
		return nil, &statusError{resp.StatusCode, vistka.Errorf(code, "%s: HTTP %s", u, resp.Status)}
	}
	limit := in.maxSize()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, &transientError{vistka.Errorf(vistka.EINVALID, "%s: reading the answer: %v", u, unwrapURLError(err))}
	}
	if int64(len(body)) > limit {
		return nil, vistka.Errorf(vistka.ETOOLARGE, "%s: larger than %d MiB", u, limit>>20)
	}
	return &response{url: resp.Request.URL.String(), contentType: resp.Header.Get("Content-Type"), body: body}, nil
}

// unwrapURLError drops the "Get \"URL\":" that net/http puts before the
// reason; the URL is already in the message.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// transientError is a failure that may not recur: no answer, a dropped
// connection, a server error. Feed items that failed so are tried again at
// the next poll.
type transientError struct{ err error }

func (e *transientError) Error() string { return e.err.Error() }
func (e *transientError) Unwrap() error { return e.err }

// transient reports whether err may go away by itself.
func transient(err error) bool {
	var te *transientError
	if errors.As(err, &te) {
		return true
	}
	var se *statusError
	if errors.As(err, &se) {
		return se.status >= 500 || se.status == http.StatusRequestTimeout || se.status == http.StatusTooManyRequests
	}
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// sniff tells what a document is from its Content-Type (or "") and its
// first bytes. A feed served as text/html is still a feed; a page served
// as text/plain is still a page.
func sniff(contentType string, body []byte) kind {
	head := body[:min(len(body), 4096)]
	if feed.Is(head) {
		return kindFeed
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	trimmed := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	looksHTML := html.Looks(trimmed)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return kindHTML
	case mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/x-jsonlines":
		return kindJSONL
	case looksHTML:
		return kindHTML
	case mt == "text/plain":
		return kindText
	case mt == "" || mt == "application/octet-stream":
		if bytes.HasPrefix(trimmed, []byte("{")) {
			return kindJSONL
		}
		if strings.HasPrefix(http.DetectContentType(body), "text/plain") {
			return kindText
		}
	}
	return kindUnknown
}

// reasonFor is the reason of err for the summary line of source, without
// the source again at its start.
func reasonFor(source string, err error) string {
	r := reason(err)
	for _, prefix := range []string{source, fileURL(source)} {
		if rest, ok := strings.CutPrefix(r, prefix+": "); ok {
			return rest
		}
	}
	return r
}

// reason is the message of err for the summary: the user-facing message of
// a vistka.Error, else the error itself.
func reason(err error) string {
	var e *vistka.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return fmt.Sprint(err)
}
