package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/vistka/vistka/html"
	vhttp "github.com/vistka/vistka/http"
	"github.com/vistka/vistka/pipeline"
)

func init() {
	commands["serve"] = command{"serve the JSON API and the web UI over the knowledge base", runServe}
}

func runServe(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := fs.String("db", defaultDB, "database: a SQLite `file` or a postgres:// DSN")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`; anything but loopback needs VISTKA_TOKEN")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: vistka serve [--db DSN] [--addr 127.0.0.1:8080]")
		fmt.Fprintln(e.stderr, "Example: VISTKA_TOKEN=secret vistka serve --db news.db --addr 0.0.0.0:8080")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments")
	}
	token := os.Getenv("VISTKA_TOKEN")
	if err := vhttp.CheckAddr(*addr, token); err != nil {
		return err
	}
	p, err := pipeline.Load()
	if err != nil {
		return err
	}
	store, err := openStore(ctx, *db, p)
	if err != nil {
		return err
	}
	defer store.Close()
	s := &vhttp.Server{
		Store:    store,
		Ingest:   extractingSink{p: p, store: store},
		ReadHTML: html.Read,
		Token:    token,
		Logger:   slog.New(slog.NewTextHandler(e.stderr, nil)),
	}
	fmt.Fprintf(e.stderr, "vistka: serving %s on http://%s\n", *db, *addr)
	return s.ListenAndServe(ctx, *addr)
}
