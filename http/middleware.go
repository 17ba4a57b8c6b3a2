package http

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	nethttp "net/http"
	"runtime/debug"
	"strings"

	"github.com/vistka/vistka"
)

// recorder remembers whether a response was started, so that a panic
// after the header went out is not answered with a second header.
type recorder struct {
	nethttp.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = nethttp.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (r *recorder) Unwrap() nethttp.ResponseWriter { return r.ResponseWriter }

// recover turns a panic in a handler into a 500 and a log line with the
// stack, and logs every request that fails.
func (s *Server) recover(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		rec := &recorder{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == nethttp.ErrAbortHandler {
					panic(v)
				}
				s.logger().Error("panic serving request", "method", r.Method, "path", r.URL.Path,
					"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				if rec.status == 0 {
					s.fail(rec, r, nethttp.StatusInternalServerError, "internal error")
				}
				return
			}
			if rec.status >= 500 {
				s.logger().Warn("request failed", "method", r.Method, "path", r.URL.Path, "status", rec.status)
			}
		}()
		next.ServeHTTP(rec, r)
	})
}

// limit answers 503 at once when MaxInFlight requests are being served:
// a saturated server sheds load rather than queue without bound. The
// health check is never refused.
func (s *Server) limit(next nethttp.Handler) nethttp.Handler {
	slots := make(chan struct{}, s.maxInFlight())
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.URL.Path == "/healthz" {
			next.ServeHTTP(w, r)
			return
		}
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
			next.ServeHTTP(w, r)
		default:
			w.Header().Set("Retry-After", "1")
			s.fail(w, r, nethttp.StatusServiceUnavailable, "server busy, try again")
		}
	})
}

// timeout ends each request's context after RequestTimeout.
func (s *Server) timeout(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.requestTimeout())
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// authorize requires the token of every request that may write.
func (s *Server) authorize(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if s.Token != "" && !safeMethod(r.Method) && !s.authorized(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="vistka"`)
			s.fail(w, r, nethttp.StatusUnauthorized, "a valid token is required: Authorization: Bearer <token>")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func safeMethod(m string) bool {
	return m == nethttp.MethodGet || m == nethttp.MethodHead || m == nethttp.MethodOptions
}

func (s *Server) authorized(r *nethttp.Request) bool {
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	token = strings.TrimSpace(token)
	return subtle.ConstantTimeCompare([]byte(token), []byte(s.Token)) == 1
}

// fail answers with status and message: JSON {"error": message} under
// /api/ and for writes, an HTML page elsewhere.
func (s *Server) fail(w nethttp.ResponseWriter, r *nethttp.Request, status int, message string) {
	if isAPI(r) {
		writeJSON(w, status, errorBody{Error: message})
		return
	}
	s.ui.errorPage(w, r, status, message)
}

func isAPI(r *nethttp.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/api" || !safeMethod(r.Method)
}

type errorBody struct {
	Error string `json:"error"`
}

// failErr answers with the status of err's code. Only here do codes
// become statuses: EINVALID 400, ENOTFOUND 404, ETOOLARGE 413; a request
// that ran out of time 503; anything else 500 with a generic message, and
// the error in the log.
func (s *Server) failErr(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	status, msg := statusOf(err)
	if status == nethttp.StatusInternalServerError {
		s.logger().Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	} else if status == nethttp.StatusServiceUnavailable {
		s.logger().Warn("request aborted", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	s.fail(w, r, status, msg)
}

func statusOf(err error) (int, string) {
	switch vistka.ErrorCode(err) {
	case vistka.EINVALID:
		return nethttp.StatusBadRequest, vistka.ErrorMessage(err)
	case vistka.ENOTFOUND:
		return nethttp.StatusNotFound, vistka.ErrorMessage(err)
	case vistka.ETOOLARGE:
		return nethttp.StatusRequestEntityTooLarge, vistka.ErrorMessage(err)
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return nethttp.StatusServiceUnavailable, "request timed out or was cancelled"
	}
	return nethttp.StatusInternalServerError, "internal error"
}
