// Command vistka reads Ukrainian news and turns it into knowledge.
//
//	vistka analyze [--input tokens|text] [--format tsv|json] [FILE|-]
//	vistka extract --format json|brat|text [--published YYYY-MM-DD] [--out DIR] FILE...
//	vistka ingest [--db DSN] PATH|URL|FEED...
//	vistka serve [--db DSN] [--addr 127.0.0.1:8080]
//	vistka train morph|ner [--out DIR]
//	vistka eval morph|ner [--gold DIR]
//
// main only wires signals and exit codes; the work is in Run.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/vistka/vistka"
)

// memoryLimit is the soft limit of the Go heap when GOMEMLIMIT does not
// set one: the garbage collector works harder near it instead of letting
// the heap grow to twice what is live, which keeps a 20 MB document under
// the 500 MB the project promises.
const memoryLimit = 400 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "vistka:", message(err))
	}
	os.Exit(exitCode(err))
}

// exitCode maps errors to exit codes: 0 success, 2 usage or invalid
// input, 1 anything else.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var u usageError
	if errors.As(err, &u) {
		return 2
	}
	switch vistka.ErrorCode(err) {
	case vistka.EINVALID, vistka.ETOOLARGE, vistka.ENOTFOUND:
		return 2
	}
	return 1
}

// message is what the user reads: the message of a vistka.Error without
// its code, or the error as it is.
func message(err error) string {
	var e *vistka.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return err.Error()
}
