package storybrief

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors that callers test with errors.Is.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary data, not text")
	ErrNoText   = errors.New("no article text found")
	ErrTooLarge = errors.New("input too large")
)

// InputError is a problem with one input (a file, a line of a JSON Lines
// file, stdin); the rest of a batch goes on without it.
type InputError struct {
	Source string // the input, as the user named it
	Err    error
}

func (e *InputError) Error() string { return e.Source + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// ErrorList collects the per-input problems of a batch, as go/scanner does.
// Its Err method returns nil when the list is empty.
type ErrorList []*InputError

// Add appends an error for source.
func (l *ErrorList) Add(source string, err error) {
	*l = append(*l, &InputError{Source: source, Err: err})
}

// Error returns the errors one per line.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the errors in the list, so that errors.Is and errors.As see them.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Errorf wraps err with the source it concerns, as an *InputError.
func Errorf(source string, format string, args ...any) error {
	return &InputError{Source: source, Err: fmt.Errorf(format, args...)}
}
