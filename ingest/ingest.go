package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/vistka/vistka"
)

// Sink receives the documents of an ingest run. Put is called from one
// goroutine at a time, in the order of the arguments; it reports the
// document's id and whether it was a duplicate of one already stored
// (doc.Hash, from TextHash, is set). An error fails that document only.
type Sink interface {
	Put(ctx context.Context, doc *vistka.Document) (id int64, duplicate bool, err error)
}

// A Preparer is a Sink with work to do on each document that need not be
// serial, such as extraction. The ingester calls Prepare from its loading
// goroutines, concurrently, with doc's text trimmed and its Hash set, and
// then, in place of Put and with Put's guarantees, the function Prepare
// returned. Documents that fail to load or have no text are not prepared.
//
// Prepare is taken to be work for a processor, not a wait: the ingester
// runs at most GOMAXPROCS of them at once, however many documents load
// at once (Concurrency).
type Preparer interface {
	Prepare(ctx context.Context, doc *vistka.Document) (put func(ctx context.Context) (id int64, duplicate bool, err error))
}

// A Committer is a Sink that holds the documents it is given in one
// transaction until Commit, as a vistka.Batch does, which stores many
// documents much faster than a transaction each. The ingester commits
// after CommitDocs documents, CommitEvery after the first one not yet
// committed, and at the end of every round (also when the run is being
// stopped). Only then does it count, log and remember a document: one
// put but not committed is still in flight, and a crash loses it, to be
// stored by the next run. When Commit fails, every document since the
// last Commit failed.
type Committer interface {
	Sink
	Commit(ctx context.Context) error
}

// How often an ingester commits a Committer.
const (
	CommitDocs  = 100
	CommitEvery = 500 * time.Millisecond
)

// SinkFunc adapts a function to Sink.
type SinkFunc func(ctx context.Context, doc *vistka.Document) (int64, bool, error)

// Put implements Sink.
func (f SinkFunc) Put(ctx context.Context, doc *vistka.Document) (int64, bool, error) {
	return f(ctx, doc)
}

// Defaults of an Ingester.
const (
	DefaultConcurrency = 4
	DefaultTimeout     = 30 * time.Second
	DefaultMaxSize     = 16 << 20
	DefaultEvery       = 15 * time.Minute
	DefaultUserAgent   = "vistka/1 (news reader; +https://github.com/vistka/vistka)"
)

// An Ingester reads documents from files, pages and feeds into a Sink. Only
// Sink is required; the zero value of every other field means its default.
// An Ingester must not be changed while it runs.
type Ingester struct {
	Sink Sink
	// State remembers the feed items already ingested; items it has seen
	// are skipped. Nil means none in a single run, and a MemoryState
	// with Follow.
	State State

	// Client fetches pages and feeds; nil means one of the ingester's own.
	Client *http.Client
	// Timeout bounds each request, from connecting to the last byte.
	Timeout time.Duration
	// MaxSize bounds each page, feed and file, in bytes.
	MaxSize int64
	// Concurrency is how many pages are fetched and read at once.
	Concurrency int
	UserAgent   string

	// Follow keeps polling the feeds among the arguments, every Every,
	// until the context is cancelled.
	Follow bool
	Every  time.Duration

	// Stdin is what the argument "-" reads.
	Stdin io.Reader
	// Stderr receives progress and the summary; nil means silence.
	Stderr io.Writer
	// Progress says how progress is shown on Stderr.
	Progress Progress
	// ProgressEvery is the period of plain progress lines.
	ProgressEvery time.Duration
	// Log, if set, receives a JSON line for each document: its source
	// and id, or the reason it failed.
	Log io.Writer
}

// RegisterFlags defines the ingest flags on fs: -follow, -every,
// -concurrency, -timeout, -progress.
func (in *Ingester) RegisterFlags(fs *flag.FlagSet) {
	fs.BoolVar(&in.Follow, "follow", false, "keep polling the feeds among the arguments for new items")
	fs.DurationVar(&in.Every, "every", DefaultEvery, "with -follow, how often to poll")
	fs.IntVar(&in.Concurrency, "concurrency", DefaultConcurrency, "pages fetched at once")
	fs.DurationVar(&in.Timeout, "timeout", DefaultTimeout, "time limit of each request")
	fs.Var(&in.Progress, "progress", "progress on stderr: auto, bar, lines or none")
}

func (in *Ingester) concurrency() int {
	if in.Concurrency > 0 {
		return in.Concurrency
	}
	return DefaultConcurrency
}

func (in *Ingester) timeout() time.Duration {
	if in.Timeout > 0 {
		return in.Timeout
	}
	return DefaultTimeout
}

func (in *Ingester) maxSize() int64 {
	if in.MaxSize > 0 {
		return in.MaxSize
	}
	return DefaultMaxSize
}

func (in *Ingester) every() time.Duration {
	if in.Every > 0 {
		return in.Every
	}
	return DefaultEvery
}

func (in *Ingester) userAgent() string {
	if in.UserAgent != "" {
		return in.UserAgent
	}
	return DefaultUserAgent
}

// defaultClient keeps connections to the same sites open across requests;
// each request has its own deadline (Ingester.Timeout).
var defaultClient = &http.Client{
	Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
		ForceAttemptHTTP2:     true,
	},
	CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return errors.New("more than 10 redirects")
		}
		return nil
	},
}

func (in *Ingester) client() *http.Client {
	if in.Client != nil {
		return in.Client
	}
	return defaultClient
}

// Summary counts the outcome of a run.
type Summary struct {
	New       int
	Duplicate int
	Failed    int
	// Skipped counts feed items the State had already seen.
	Skipped  int
	Failures []Failure
}

// Failure is one source that gave no document, and why.
type Failure struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
}

// Err is an EINVALID error saying how many sources failed, or nil.
func (s *Summary) Err() error {
	if s.Failed == 0 {
		return nil
	}
	return vistka.Errorf(vistka.EINVALID, "%d of %d sources failed", s.Failed, s.New+s.Duplicate+s.Failed)
}

// maxListed bounds the failures a summary lists.
const maxListed = 50

// WriteTo writes the summary for a person: the counts on one line, then
// the failures, one a line.
func (s *Summary) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "ingest: %d new, %d duplicate, %d failed", s.New, s.Duplicate, s.Failed)
	if s.Skipped > 0 {
		fmt.Fprintf(&b, ", %d seen before", s.Skipped)
	}
	b.WriteByte('\n')
	for i, f := range s.Failures {
		if i == maxListed {
			fmt.Fprintf(&b, "  … and %d more\n", len(s.Failures)-maxListed)
			break
		}
		fmt.Fprintf(&b, "  failed: %s: %s\n", f.Source, f.Reason)
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

func (s *Summary) add(o Summary) {
	s.New += o.New
	s.Duplicate += o.Duplicate
	s.Failed += o.Failed
	s.Skipped += o.Skipped
	s.Failures = append(s.Failures, o.Failures...)
}

// Run ingests the sources named by args and returns what became of them.
// An argument is:
//
//   - an http or https URL: a page, read with html.Read; a feed, whose
//     items are fetched and read in turn (an item whose page cannot be had
//     falls back to the full text the feed carries, if any); or plain text;
//   - a file: .txt (UTF-8, windows-1251 or KOI8-U, detected), .html or
//     .htm (a saved page), .jsonl or .ndjson (JSON Lines, see below), .xml,
//     .rss or .atom (a feed); any other file is recognised by its content;
//   - a folder: its .txt, .html, .htm, .jsonl and .ndjson files, at any
//     depth, in lexical order, hidden files and folders left out;
//   - "-": standard input, JSON Lines if it starts with "{", else one
//     plain-text document.
//
// A JSON line is {"text": …} or {"html": …} or just {"url": …} (fetched),
// with optional "url", "title", "published" (RFC 3339 or YYYY-MM-DD),
// "author", "site" and "language".
//
// A document without a title, such as a plain-text file, is given one
// from its first line (see vistka.Headline).
//
// Run returns an error only when it cannot start, or when ctx is cancelled
// in a single run; failures of sources are in the Summary (see
// Summary.Err). With Follow, cancelling ctx is the way to stop, and Run
// returns the summary of all polls and nil.
func (in *Ingester) Run(ctx context.Context, args []string) (Summary, error) {
	if in.Sink == nil {
		return Summary{}, vistka.Errorf(vistka.EINTERNAL, "ingest: no sink")
	}
	if len(args) == 0 {
		return Summary{}, vistka.Errorf(vistka.EINVALID, "nothing to ingest: give files, folders, URLs or feeds")
	}
	state := in.State
	if state == nil && in.Follow {
		state = &MemoryState{}
	}
	r := &run{in: in, state: state, emitted: map[string]bool{}, preparing: make(chan struct{}, runtime.GOMAXPROCS(0))}
	total := r.round(ctx, args, "")
	in.writeSummary(&total)
	if !in.Follow {
		return total, ctx.Err()
	}
	feeds := r.feeds
	if len(feeds) == 0 {
		return total, vistka.Errorf(vistka.EINVALID, "nothing to follow: no feeds among the arguments")
	}
	for {
		t := time.NewTimer(in.every())
		select {
		case <-ctx.Done():
			t.Stop()
			in.writeTotal(&total)
			return total, nil
		case <-t.C:
		}
		r.emitted = map[string]bool{}
		label := time.Now().Format("15:04")
		s := r.round(ctx, feeds, label)
		total.add(s)
		if ctx.Err() != nil {
			in.writeTotal(&total)
			return total, nil
		}
		if s.New+s.Duplicate+s.Failed > 0 {
			if in.Stderr != nil {
				fmt.Fprintf(in.Stderr, "%s ", label)
			}
			in.writeSummary(&s)
		}
	}
}

func (in *Ingester) writeSummary(s *Summary) {
	if in.Stderr != nil {
		s.WriteTo(in.Stderr)
	}
}

// writeTotal writes the counts of all polls when following stops.
func (in *Ingester) writeTotal(s *Summary) {
	if in.Stderr != nil {
		fmt.Fprintf(in.Stderr, "ingest: stopped; in all %d new, %d duplicate, %d failed\n", s.New, s.Duplicate, s.Failed)
	}
}

// run is the state of one Run.
type run struct {
	in    *Ingester
	state State
	// preparing holds a slot for each Prepare running, GOMAXPROCS of
	// them. More at once would not go faster, and each extraction that
	// started while another was halfway would take tagging state and
	// caches of its own (see ner.Model's free states and tag.Model's
	// pool), which hold the forms of fewer documents: on one processor,
	// with four documents loading, most extractions did.
	preparing chan struct{}
	// feeds are the arguments that turned out to be feeds, to poll again.
	feeds []string
	// emitted are the item keys already queued in this round: the same
	// article is often in several of a site's feeds.
	emitted map[string]bool
}

// job is one document to read.
type job struct {
	source string // what the user knows the document by: a path, path:line, a URL
	load   func(ctx context.Context) (*vistka.Document, error)
	// key is the State key of a feed item, "" for other sources.
	key string
}

// failed is a job that only reports err.
func failed(source string, err error) job {
	return job{source: source, load: func(context.Context) (*vistka.Document, error) { return nil, err }}
}

type result struct {
	job job
	doc *vistka.Document
	err error
	put func(ctx context.Context) (int64, bool, error) // from a Preparer; nil for Sink.Put
}

// prepare readies a loaded document for the sink when it is a Preparer:
// the same trimming, hash and title as put, then Prepare.
func (r *run) prepare(ctx context.Context, res *result) {
	p, ok := r.in.Sink.(Preparer)
	if !ok || res.err != nil || res.doc == nil {
		return
	}
	doc := res.doc
	doc.Text = strings.TrimSpace(doc.Text)
	if doc.Text == "" {
		return
	}
	if doc.Hash == "" {
		doc.Hash = TextHash(doc.Text)
	}
	if doc.Title == "" {
		doc.Title = vistka.Headline(doc.Text)
	}
	r.preparing <- struct{}{}
	res.put = p.Prepare(ctx, doc)
	<-r.preparing
}

// round reads all args: a producer resolves them into jobs, up to
// Concurrency jobs load at once, and the results go to the sink in order.
func (r *run) round(ctx context.Context, args []string, label string) Summary {
	n := r.in.concurrency()
	queue := make(chan chan result, n)
	prog := newProgress(r.in, label)
	var sum Summary
	go func() {
		defer close(queue)
		// n loaders for the round. A goroutine of its own for each
		// document would start on a small stack and copy it, growing,
		// to the depth of an extraction every time.
		type task struct {
			j  job
			ch chan result
		}
		tasks := make(chan task)
		defer close(tasks)
		for range n {
			go func() {
				for t := range tasks {
					doc, err := t.j.load(ctx)
					res := result{job: t.j, doc: doc, err: err}
					r.prepare(ctx, &res)
					t.ch <- res
				}
			}()
		}
		emit := func(j job) bool {
			if ctx.Err() != nil {
				return false
			}
			ch := make(chan result, 1)
			select {
			case queue <- ch:
			case <-ctx.Done():
				return false
			}
			prog.queued()
			tasks <- task{j, ch}
			return true
		}
		skip := func() { prog.skipped() }
		for _, arg := range args {
			if !r.resolve(ctx, arg, emit, skip) {
				return
			}
		}
	}()
	// Documents wait in pending for their commit; without a Committer,
	// each is reported as soon as it is stored.
	committer, _ := r.in.Sink.(Committer)
	var pending []outcome
	var first time.Time // when the first of pending was stored
	flush := func() {
		if len(pending) == 0 {
			return
		}
		if committer != nil {
			// Also when ctx is cancelled: what was stored is whole.
			if err := committer.Commit(context.WithoutCancel(ctx)); err != nil {
				for i := range pending {
					pending[i].err = err
				}
			}
		}
		for _, o := range pending {
			r.report(ctx, o, &sum, prog)
		}
		pending = pending[:0]
	}
	for {
		// Commit when the next document is late: it may be waiting for
		// its turn, or being fetched.
		ch, ok := await(queue, len(pending) > 0, first.Add(CommitEvery), flush)
		if !ok {
			break
		}
		res, _ := await(ch, len(pending) > 0, first.Add(CommitEvery), flush)
		if o, ok := r.put(ctx, res); ok {
			if len(pending) == 0 {
				first = time.Now()
			}
			pending = append(pending, o)
		}
		if committer == nil || len(pending) >= CommitDocs || time.Since(first) >= CommitEvery {
			flush()
		}
	}
	flush()
	sum.Skipped = prog.skippedCount()
	prog.done()
	return sum
}

// await receives from c. When something is pending and c has nothing by
// due, it calls flush first.
func await[T any](c <-chan T, pending bool, due time.Time, flush func()) (T, bool) {
	if pending {
		t := time.NewTimer(time.Until(due))
		defer t.Stop()
		select {
		case v, ok := <-c:
			return v, ok
		case <-t.C:
			flush()
		}
	}
	v, ok := <-c
	return v, ok
}

// outcome is what became of one source: a document stored (or a
// duplicate), or a failure.
type outcome struct {
	job job
	doc *vistka.Document
	id  int64
	dup bool
	err error
}

// put hands a loaded document to the sink. It returns false for a source
// that did not fail but was stopped, which is not reported.
func (r *run) put(ctx context.Context, res result) (outcome, bool) {
	if ctx.Err() != nil && res.err != nil && (errors.Is(res.err, context.Canceled) || transient(res.err)) {
		return outcome{}, false // stopped, not failed
	}
	o := outcome{job: res.job, doc: res.doc, err: res.err}
	doc := res.doc
	if o.err == nil {
		doc.Text = strings.TrimSpace(doc.Text)
		if doc.Text == "" {
			o.err = vistka.Errorf(vistka.EINVALID, "%s: no text", res.job.source)
		}
	}
	if o.err == nil {
		if doc.Hash == "" {
			doc.Hash = TextHash(doc.Text)
		}
		if doc.Title == "" {
			doc.Title = vistka.Headline(doc.Text)
		}
		if res.put != nil {
			o.id, o.dup, o.err = res.put(ctx)
		} else {
			o.id, o.dup, o.err = r.in.Sink.Put(ctx, doc)
		}
		if o.err != nil && ctx.Err() != nil {
			return outcome{}, false
		}
	}
	return o, true
}

// report counts an outcome, remembers a feed item as seen and logs it.
func (r *run) report(ctx context.Context, o outcome, sum *Summary, prog *progress) {
	err := o.err
	rec := logRecord{Source: o.job.source}
	switch {
	case err != nil:
		sum.Failed++
		rec.Error = reasonFor(o.job.source, err)
		sum.Failures = append(sum.Failures, Failure{Source: o.job.source, Reason: rec.Error})
	case o.dup:
		sum.Duplicate++
	default:
		sum.New++
	}
	if err == nil {
		rec.ID, rec.Duplicate, rec.URL, rec.Title = o.id, o.dup, o.doc.URL, o.doc.Title
	}
	if o.job.key != "" && r.state != nil && (err == nil || !transient(err)) {
		if serr := r.state.MarkSeen(context.WithoutCancel(ctx), o.job.key); serr != nil {
			prog.warn(fmt.Sprintf("%s: cannot remember as seen: %s", o.job.source, reason(serr)))
		}
	}
	prog.finished(err == nil && !o.dup, o.dup, err != nil)
	if r.in.Log != nil {
		b, _ := json.Marshal(rec)
		r.in.Log.Write(append(b, '\n'))
	}
}

// logRecord is one line of Ingester.Log.
type logRecord struct {
	Source    string `json:"source"`
	ID        int64  `json:"id,omitempty"`
	Duplicate bool   `json:"duplicate,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Error     string `json:"error,omitempty"`
}
