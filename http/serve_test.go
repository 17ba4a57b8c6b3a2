package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	nethttp "net/http"
	"strings"
	"testing"
	"time"

	"github.com/vistka/vistka"
	vhttp "github.com/vistka/vistka/http"
)

// serve runs s on a loopback port until the returned cancel is called;
// wait returns what Serve returned.
func serve(t *testing.T, s *vhttp.Server) (base string, cancel func(), wait func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ctx, ln) }()
	t.Cleanup(cancel)
	var result error
	waited := false
	wait = func() error {
		if !waited {
			select {
			case result = <-errc:
			case <-time.After(20 * time.Second):
				t.Fatal("Serve did not return")
			}
			waited = true
		}
		return result
	}
	return "http://" + ln.Addr().String(), cancel, wait
}

func TestServeShutdownKeepsWrite(t *testing.T) {
	store := openStore(t)
	started, release := make(chan struct{}), make(chan struct{})
	ingest := extractingIngest(store)
	s := &vhttp.Server{
		Store: store,
		Ingest: vhttp.IngestFunc(func(ctx context.Context, d *vistka.Document) (int64, bool, error) {
			close(started)
			<-release
			return ingest(ctx, d)
		}),
		Logger:          newEnv(t, false, nil).srv.Logger,
		ShutdownTimeout: 10 * time.Second,
	}
	base, cancel, wait := serve(t, s)
	client := &nethttp.Client{Timeout: 15 * time.Second}
	if resp, err := client.Get(base + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v", err)
	}

	type answer struct {
		status int
		out    vhttp.DocumentOutput
		err    error
	}
	done := make(chan answer, 1)
	go func() {
		body, _ := json.Marshal(map[string]string{"text": articles[0].Text})
		resp, err := client.Post(base+"/api/documents", "application/json", bytes.NewReader(body))
		if err != nil {
			done <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		var a answer
		a.status = resp.StatusCode
		a.err = json.NewDecoder(resp.Body).Decode(&a.out)
		done <- a
	}()
	select {
	case <-started:
	case a := <-done:
		t.Fatalf("write answered before it started: %+v", a)
	}
	cancel() // SIGTERM, with a write in flight

	// The server stops accepting at once…
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", strings.TrimPrefix(base, "http://"), 200*time.Millisecond)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("still accepting connections after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	// …but the write in flight finishes and is answered.
	select {
	case <-done:
		t.Fatal("the write was answered before it was committed")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	a := <-done
	if a.err != nil || a.status != 201 || a.out.ID == 0 {
		t.Fatalf("write in flight = %d %+v %v, want 201", a.status, a.out, a.err)
	}
	if err := wait(); err != nil {
		t.Errorf("Serve = %v, want a clean shutdown", err)
	}
	d, err := store.Document(context.Background(), a.out.ID)
	if err != nil || d.Text != articles[0].Text {
		t.Errorf("acknowledged document %d: %v", a.out.ID, err)
	}
}

func TestServeShutdownGraceExpires(t *testing.T) {
	store := openStore(t)
	started := make(chan struct{})
	s := &vhttp.Server{
		Store: store,
		Ingest: vhttp.IngestFunc(func(ctx context.Context, d *vistka.Document) (int64, bool, error) {
			close(started)
			<-ctx.Done() // a write that never finishes on its own
			return 0, false, ctx.Err()
		}),
		Logger:          newEnv(t, false, nil).srv.Logger,
		ShutdownTimeout: 200 * time.Millisecond,
	}
	base, cancel, wait := serve(t, s)
	done := make(chan int, 1)
	go func() {
		resp, err := nethttp.Post(base+"/api/documents", "application/json", strings.NewReader(`{"text": "Київ."}`))
		if err != nil {
			done <- 0
			return
		}
		resp.Body.Close()
		done <- resp.StatusCode
	}()
	select {
	case <-started:
	case st := <-done:
		t.Fatalf("write answered %d before it started", st)
	}
	cancel()
	start := time.Now()
	err := wait()
	if err == nil || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Serve = %v, want the grace period's end", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("shutdown took %v", d)
	}
	if status := <-done; status == 201 || status == 200 {
		t.Errorf("aborted write was acknowledged with %d", status)
	}
	var res *vistka.SearchResult
	if res, err = store.Search(context.Background(), vistka.SearchQuery{}); err != nil || res.Total != 0 {
		t.Errorf("store = %v, %v; want nothing stored", res, err)
	}
}

func TestServeListenerError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	s := &vhttp.Server{Store: openStore(t)}
	if err := s.Serve(context.Background(), ln); err == nil {
		t.Error("Serve(closed listener) = nil")
	} else {
		t.Log(err)
	}
	// ListenAndServe on loopback serves and stops with its context.
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.ListenAndServe(ctx, "127.0.0.1:0") }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("ListenAndServe = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ListenAndServe did not return")
	}
}
