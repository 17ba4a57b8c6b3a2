package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/vistka/vistka/ingest"
	"github.com/vistka/vistka/internal/hugepage"
	"github.com/vistka/vistka/pipeline"
)

func init() {
	commands["ingest"] = command{"read files, folders, pages, feeds and JSON Lines into the knowledge base", runIngest}
}

func runIngest(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := fs.String("db", defaultDB, "database: a SQLite `file` or a postgres:// DSN")
	state := fs.String("state", "", "file that remembers the feed items already seen (default: DB file + .seen for SQLite)")
	in := &ingest.Ingester{Stdin: e.stdin, Stderr: e.stderr}
	in.RegisterFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: vistka ingest [--db DSN] [--follow --every 15m] PATH|URL|FEED...")
		fmt.Fprintln(e.stderr, "Example: vistka ingest --db news.db articles/ https://example.com/rss.xml")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if err := checkIngestFlags(in); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("ingest: nothing to read (give files, folders, URLs or feeds)")
	}
	// Huge pages for the models and caches (a batch of documents runs
	// ~10% faster); advice only, so no reason to fail.
	_ = hugepage.Prime(0)
	p, err := pipeline.Load()
	if err != nil {
		return err
	}
	store, err := openStore(ctx, *db, p)
	if err != nil {
		return err
	}
	defer store.Close()
	sink, closeSink := ingestSink(p, store)
	defer closeSink()
	in.Sink = sink
	if *state == "" && in.Follow {
		*state = *db + ".seen"
		if len(*db) > 11 && (*db)[:11] == "postgres://" {
			*state = "vistka.seen"
		}
	}
	if *state != "" {
		st, err := ingest.OpenFileState(*state)
		if err != nil {
			return err
		}
		in.State = st
	}
	sum, err := in.Run(ctx, fs.Args())
	if err != nil {
		return err
	}
	return sum.Err()
}

// checkIngestFlags refuses counts and durations below one: the Ingester
// reads zero as "the default", so --concurrency -3 or --every -5m would
// otherwise run quietly with settings the user did not ask for.
func checkIngestFlags(in *ingest.Ingester) error {
	if in.Concurrency < 1 {
		return usagef("--concurrency %d: want 1 or more", in.Concurrency)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"every", in.Every}, {"timeout", in.Timeout}} {
		if d.v <= 0 {
			return usagef("--%s %v: want a positive duration such as 15m", d.name, d.v)
		}
	}
	return nil
}
