// Package texttest runs table tests of predicates on text, for the tests
// of the packages that read sentences (noise, summarize).
package texttest

import (
	"sort"
	"testing"
)

// Check runs the table tests of predicate fn, named name: each text of
// tests with the answer fn must give, checked in sorted order.
func Check(t *testing.T, name string, fn func(string) bool, tests map[string]bool) {
	t.Helper()
	texts := make([]string, 0, len(tests))
	for text := range tests {
		texts = append(texts, text)
	}
	sort.Strings(texts)
	for _, text := range texts {
		if got, want := fn(text), tests[text]; got != want {
			t.Errorf("%s(%q) = %v, want %v", name, text, got, want)
		}
	}
}
