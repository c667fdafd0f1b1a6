package entity

import (
	_ "embed"
	"sort"

	"github.com/storybrief/storybrief"
)

// lowerWords are the words that news writes in lower case where capitals
// carry meaning (not at the start of a sentence or a quotation): common
// nouns, adjectives and verbs such as "advertising", "border", "marital",
// "targeted". A capitalized run that opens with one ("Advertising Policy",
// "Border Protection", "Targeted Diagnostics") is a heading, a product or
// an organization, not a person, unless its first word is a known given
// name ("Grant Shapps"). The list is counted from a cased news corpus by
// `storybrief lexicon` (see CaseCounter); the README says how to rebuild it.
//
//go:embed lower.txt
var lowerList string

var lowerWords = wordSet(lowerList)

// commonOpener reports whether a capitalized run opens with a word that
// news writes in lower case, and not with a given name (Will, Grant, Hope
// are both).
func commonOpener(run []tok) bool {
	k := run[0].key
	return lowerWords[k] && !firstNames[k] && !ambiguousFirst[k]
}

// CaseCounter counts how a corpus writes each word where its capital
// would carry meaning: neither the first word of a sentence or quotation,
// nor an acronym, nor a shouted word; text written all in lower case or
// capitals counts for nothing. Add texts with Add; Common lists the words
// written in lower case nearly always.
type CaseCounter struct {
	lower, upper map[string]int
}

// NewCaseCounter returns an empty CaseCounter.
func NewCaseCounter() *CaseCounter {
	return &CaseCounter{lower: map[string]int{}, upper: map[string]int{}}
}

// Add counts the words of one document's text.
func (c *CaseCounter) Add(text string) {
	toks, _ := tokenize(nil, nil, text, storybrief.Span{Start: 0, End: len(text)})
	if caseless(toks) || shouting(toks) {
		return
	}
	for _, t := range toks {
		if t.initial || t.acro || t.caps || !plainWord(t.key) {
			continue
		}
		if t.cap {
			c.upper[t.key]++
		} else {
			c.lower[t.key]++
		}
	}
}

// plainWord reports whether key is a word of two or more letters, perhaps
// with inner hyphens or apostrophes.
func plainWord(key string) bool {
	if len(key) < 2 {
		return false
	}
	for i, r := range key {
		switch {
		case r >= 'a' && r <= 'z':
		case (r == '-' || r == '\'') && i > 0 && i < len(key)-1:
		default:
			return false
		}
	}
	return true
}

// Common returns, sorted, the words written in lower case at least
// minLower times and in at least share of their counted uses.
func (c *CaseCounter) Common(minLower int, share float64) []string {
	var out []string
	for w, n := range c.lower {
		if n >= minLower && float64(n) >= share*float64(n+c.upper[w]) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}
