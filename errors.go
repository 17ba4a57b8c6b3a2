package vistka

import (
	"errors"
	"fmt"
)

// Error codes a user sees. Only cmd/ and http/ turn them into exit codes
// and HTTP statuses.
const (
	EINVALID  = "invalid"   // bad input: malformed JSON, unreadable file, …
	ENOTFOUND = "not_found" // no such document or entity
	ECONFLICT = "conflict"  // e.g. a duplicate where one is not allowed
	ETOOLARGE = "too_large" // input over a limit
	EINTERNAL = "internal"  // a bug or an unexpected failure
)

// Error is an error with a code and a message meant for the user.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("vistka: %s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
