package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	nethttp "net/http"
	"strings"
	"sync"
	"time"

	"github.com/vistka/vistka"
)

// Defaults of a Server.
const (
	DefaultMaxBody         = 32 << 20 // bytes of a request body
	DefaultMaxInFlight     = 64       // requests served at once
	DefaultRequestTimeout  = 60 * time.Second
	DefaultShutdownTimeout = 15 * time.Second
)

// Timeouts of the connections, apart from the per-request one.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 2 * time.Minute // a 32 MB body on a slow link
	idleTimeout       = 2 * time.Minute
)

// Ingester stores one document, with whatever is extracted from it, and
// returns its id. It has the shape of ingest.Sink, so that the command
// line's sink serves here too. It reports duplicate true, with the stored
// document's id, for a document that is already stored. It must return
// only once the document is committed: the API acknowledges a write when
// Put returns.
type Ingester interface {
	Put(ctx context.Context, doc *vistka.Document) (id int64, duplicate bool, err error)
}

// IngestFunc adapts a function to Ingester.
type IngestFunc func(ctx context.Context, doc *vistka.Document) (id int64, duplicate bool, err error)

// Put implements Ingester.
func (f IngestFunc) Put(ctx context.Context, doc *vistka.Document) (int64, bool, error) {
	return f(ctx, doc)
}

// A Server serves the JSON API and the web UI over a Store. Only Store is
// required; the zero value of every other field means its default. Set
// the fields before the first request and do not change them after.
type Server struct {
	// Store answers every read.
	Store vistka.Store
	// Ingest stores the documents of POST /api/documents. Nil stores them
	// with Store.Put as they come, without an extraction.
	Ingest Ingester
	// ReadHTML reads the "html" of a posted document into a document
	// with its text and metadata (html.Read does). Nil refuses "html"
	// with 400.
	ReadHTML func(r io.Reader, pageURL string) (*vistka.Document, error)
	// Token, when set, is required of every write as
	// "Authorization: Bearer <Token>". Reads are open.
	Token string
	// Logger gets one line per failed request, and the details of
	// internal errors that the client sees only as "internal error".
	// Nil is slog.Default().
	Logger *slog.Logger

	MaxBody     int64 // bytes of a request body; 0 is DefaultMaxBody
	MaxInFlight int   // requests served at once, above which 503; 0 is DefaultMaxInFlight
	// RequestTimeout bounds each request's work: its context ends then.
	RequestTimeout time.Duration
	// ShutdownTimeout is how long Serve waits for the requests in flight
	// when its context ends before it aborts them.
	ShutdownTimeout time.Duration

	once    sync.Once
	handler nethttp.Handler
	ui      *ui
}

func (s *Server) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}

func (s *Server) maxBody() int64 {
	if s.MaxBody > 0 {
		return s.MaxBody
	}
	return DefaultMaxBody
}

func (s *Server) maxInFlight() int {
	if s.MaxInFlight > 0 {
		return s.MaxInFlight
	}
	return DefaultMaxInFlight
}

func (s *Server) requestTimeout() time.Duration {
	if s.RequestTimeout > 0 {
		return s.RequestTimeout
	}
	return DefaultRequestTimeout
}

func (s *Server) shutdownTimeout() time.Duration {
	if s.ShutdownTimeout > 0 {
		return s.ShutdownTimeout
	}
	return DefaultShutdownTimeout
}

func (s *Server) ingester() Ingester {
	if s.Ingest != nil {
		return s.Ingest
	}
	return IngestFunc(func(ctx context.Context, doc *vistka.Document) (int64, bool, error) {
		return s.Store.Put(ctx, doc, nil)
	})
}

// Handler returns the server's handler: every route behind the
// middleware (panic recovery, the limit on requests in flight, the
// per-request timeout and, for writes, the token).
func (s *Server) Handler() nethttp.Handler {
	s.once.Do(func() {
		s.ui = newUI()
		mux := nethttp.NewServeMux()
		s.routes(mux)
		var h nethttp.Handler = mux
		h = s.authorize(h)
		h = s.timeout(h)
		h = s.limit(h)
		h = s.recover(h)
		s.handler = h
	})
	return s.handler
}

// Serve serves on ln until ctx ends, then shuts down: it stops accepting,
// lets the requests in flight finish for up to ShutdownTimeout (a write
// that is answered has been committed), aborts the rest and returns.
// It closes ln. A clean shutdown returns nil.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	// Requests do not end with ctx: ending it starts the shutdown, which
	// lets them finish. base ends only when the grace period is over.
	base, abort := context.WithCancel(context.WithoutCancel(ctx))
	defer abort()
	srv := &nethttp.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		// The write deadline runs from the end of the request's header,
		// so it covers reading the body as well as the handler's work.
		WriteTimeout:   readTimeout + s.requestTimeout() + 10*time.Second,
		IdleTimeout:    idleTimeout,
		MaxHeaderBytes: 64 << 10,
		BaseContext:    func(net.Listener) context.Context { return base },
		ErrorLog:       slog.NewLogLogger(s.logger().Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("http: serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	grace, cancel := context.WithTimeout(context.Background(), s.shutdownTimeout())
	defer cancel()
	err := srv.Shutdown(grace)
	if err != nil {
		abort()
		srv.Close()
		err = fmt.Errorf("http: shutdown: requests still in flight after %v were aborted: %w", s.shutdownTimeout(), err)
	}
	if serr := <-errc; !errors.Is(serr, nethttp.ErrServerClosed) && err == nil {
		err = fmt.Errorf("http: serve %s: %w", ln.Addr(), serr)
	}
	return err
}

// ListenAndServe checks addr with CheckAddr, listens on it and serves
// until ctx ends; see Serve.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	if err := CheckAddr(addr, s.Token); err != nil {
		return err
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("http: listen: %w", err)
	}
	return s.Serve(ctx, ln)
}

// CheckAddr refuses, with an EINVALID error, to serve on addr (host:port)
// without a token unless addr is a loopback address: without a token
// anyone who can reach the port could write to the store. An empty host
// (":8080") listens on every interface and is refused too.
func CheckAddr(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return vistka.Errorf(vistka.EINVALID, "bad listen address %q: %v", addr, err)
	}
	if token != "" || loopback(host) {
		return nil
	}
	where := host
	if where == "" {
		where = "every interface"
	}
	return vistka.Errorf(vistka.EINVALID,
		"refusing to listen on %s (%s) without a token: set one (VISTKA_TOKEN) or listen on 127.0.0.1", addr, where)
}

func loopback(host string) bool {
	h := strings.ToLower(strings.TrimSuffix(host, "."))
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	if i := strings.IndexByte(h, '%'); i >= 0 { // fe80::1%lo
		h = h[:i]
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}
