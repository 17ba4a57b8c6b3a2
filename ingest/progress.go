package ingest

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Progress says how an Ingester shows progress on Stderr.
type Progress int

const (
	// ProgressAuto draws a bar when Stderr is a terminal and writes a
	// plain line every ProgressEvery otherwise.
	ProgressAuto Progress = iota
	// ProgressBar always draws a bar.
	ProgressBar
	// ProgressLines always writes plain lines.
	ProgressLines
	// ProgressNone shows no progress; the summary is still written.
	ProgressNone
)

var progressNames = [...]string{"auto", "bar", "lines", "none"}

// String implements flag.Value.
func (p *Progress) String() string {
	if p == nil || *p < 0 || int(*p) >= len(progressNames) {
		return "auto"
	}
	return progressNames[*p]
}

// Set implements flag.Value.
func (p *Progress) Set(s string) error {
	for i, name := range progressNames {
		if strings.EqualFold(s, name) {
			*p = Progress(i)
			return nil
		}
	}
	return fmt.Errorf("want auto, bar, lines or none, not %q", s)
}

// DefaultProgressEvery is the default period of plain progress lines.
const DefaultProgressEvery = 10 * time.Second

// barWidth is the width of the bar itself, in cells.
const barWidth = 30

// progress counts the documents of one round and shows the counts. It is
// safe for concurrent use (the producer counts queued and skipped items,
// the consumer finished ones).
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	mode     Progress
	label    string
	every    time.Duration
	start    time.Time
	last     time.Time
	drawn    bool // a bar is on screen
	total    int
	ndone    int
	new, dup int
	failed   int
	skip     int
}

func newProgress(in *Ingester, label string) *progress {
	p := &progress{w: in.Stderr, mode: in.Progress, label: label, every: in.ProgressEvery, start: time.Now()}
	if p.every <= 0 {
		p.every = DefaultProgressEvery
	}
	if p.w == nil {
		p.mode = ProgressNone
	}
	if p.mode == ProgressAuto {
		p.mode = ProgressLines
		if isTerminal(p.w) {
			p.mode = ProgressBar
		}
	}
	p.last = p.start
	return p
}

// isTerminal reports whether w is a character device, as a terminal is.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0 && f.Name() != os.DevNull
}

func (p *progress) queued() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total++
	p.show(false)
}

func (p *progress) skipped() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.skip++
}

func (p *progress) skippedCount() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.skip
}

func (p *progress) finished(isNew, dup, failed bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ndone++
	switch {
	case failed:
		p.failed++
	case dup:
		p.dup++
	case isNew:
		p.new++
	}
	p.show(false)
}

// warn writes a line above the bar.
func (p *progress) warn(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.w == nil {
		return
	}
	p.clear()
	fmt.Fprintf(p.w, "ingest: %s\n", msg)
	p.show(true)
}

// done clears the bar before the summary is written.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
}

func (p *progress) clear() {
	if p.drawn {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 100))
		p.drawn = false
	}
}

// show draws the bar at most ten times a second, or writes a line at most
// once a period; force draws the bar now.
func (p *progress) show(force bool) {
	now := time.Now()
	switch p.mode {
	case ProgressBar:
		if !force && now.Sub(p.last) < 100*time.Millisecond {
			return
		}
		p.last = now
		fmt.Fprintf(p.w, "\r%s", p.bar(now))
		p.drawn = true
	case ProgressLines:
		if now.Sub(p.last) < p.every {
			return
		}
		p.last = now
		fmt.Fprintf(p.w, "ingest:%s %d of %d done: %d new, %d duplicate, %d failed\n", p.prefix(), p.ndone, p.total, p.new, p.dup, p.failed)
	}
}

func (p *progress) prefix() string {
	if p.label == "" {
		return ""
	}
	return " " + p.label
}

// bar is one line: [=====>    ] 12/40 new 9 dup 2 failed 1 3.1/s
func (p *progress) bar(now time.Time) string {
	filled := 0
	if p.total > 0 {
		filled = barWidth * p.ndone / p.total
	}
	bar := strings.Repeat("=", filled)
	if filled < barWidth {
		bar += ">" + strings.Repeat(" ", barWidth-filled-1)
	}
	rate := float64(p.ndone) / max(now.Sub(p.start).Seconds(), 0.001)
	return fmt.Sprintf("%s[%s] %d/%d new %d dup %d failed %d %.1f/s", strings.TrimPrefix(p.prefix()+" ", " "), bar, p.ndone, p.total, p.new, p.dup, p.failed, rate)
}
