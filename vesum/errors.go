package vesum

import (
	"fmt"
	"strings"
)

// Position is a place in an input file.
type Position struct {
	Filename string
	Line     int // 1-based
}

func (p Position) String() string {
	if p.Filename == "" {
		return fmt.Sprintf("line %d", p.Line)
	}
	return fmt.Sprintf("%s:%d", p.Filename, p.Line)
}

// Error is a problem with one line of an affix or lemma file.
type Error struct {
	Pos  Position
	Kind string // short class of the problem, for counting: "syntax", "group", "nomatch", …
	Msg  string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is a list of errors, in input order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	b.WriteString(l[0].Error())
	fmt.Fprintf(&b, " (and %d more errors)", len(l)-1)
	return b.String()
}

// Err returns nil for an empty list and the list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// maxErrors is where a parser stops collecting errors.
const maxErrors = 50

func (l *ErrorList) add(pos Position, kind, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Kind: kind, Msg: fmt.Sprintf(format, args...)})
}
