package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/store"
)

// httpError is an error with the status to answer it with; its message is
// for the client.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(msg string) error { return &httpError{http.StatusBadRequest, msg} }

// status maps an error to an HTTP status and the message the client sees.
// Errors of the server's own making are not described to the client.
func status(err error) (int, string) {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, "request body too large: the limit is " + itoa(mbe.Limit) + " bytes"
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, store.ErrInvalid):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, storybrief.ErrEmpty), errors.Is(err, storybrief.ErrBinary), errors.Is(err, storybrief.ErrNoText), errors.Is(err, storybrief.ErrTooLarge):
		return http.StatusUnprocessableEntity, "no article: " + err.Error()
	case errors.Is(err, store.ErrClosed):
		return http.StatusServiceUnavailable, "shutting down: try again later"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "the request was cancelled or timed out"
	}
	return http.StatusInternalServerError, "internal error"
}

// error writes err as JSON for the API, or as a plain page for the pages.
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := status(err)
	if code >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if !strings.HasPrefix(r.URL.Path, "/api/") && r.URL.Path != "/healthz" {
		s.errorPage(w, r, code, msg)
		return
	}
	writeJSON(w, code, map[string]string{"error": msg})
}

// writeJSON writes v as indented JSON with the given status.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}
