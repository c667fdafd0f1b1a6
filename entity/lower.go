package entity

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"

	"github.com/storybrief/storybrief"
)

// lower.txt holds, for each word that news writes in lower case at least
// a few times where capitals carry meaning (not at the start of a sentence
// or a quotation), how often it is written in lower case and how often
// capitalized: "advertising 41 0". It is counted from a cased news corpus
// by `storybrief lexicon` (see CaseCounter); the README says how to
// rebuild it.
//
//go:embed lower.txt
var lowerList string

// lowerShare maps each word of lower.txt to the share of its counted uses
// written in lower case.
var lowerShare = func() map[string]float64 {
	m := map[string]float64{}
	for line := range strings.Lines(lowerList) {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		lower, err1 := strconv.Atoi(f[1])
		upper, err2 := strconv.Atoi(f[2])
		if err1 == nil && err2 == nil && lower+upper > 0 {
			m[f[0]] = float64(lower) / float64(lower+upper)
		}
	}
	return m
}()

// Shares of lower-case use that make a word common.
const (
	// lowerInName: a word news writes in lower case at times, however
	// often names capitalize it ("prevention" 3 times in 103, inside the
	// Centers for Disease Control and Prevention; "drug", "food"): such a
	// word may go on an organization's name after "and". Names of their
	// own (Congress 3 in 486, Trump never) fall below it.
	lowerInName = 0.02
	// lowerMostly: a word news writes in lower case at least half the time
	// ("high", "world", "advertising"). In print capitals ("A HIGH-powered
	// team") it is no name, nor is a run of such words capitalized
	// ("Business Insider"), and a capitalized run that opens with one
	// ("Advertising Policy", "National Mall") is a heading, a place, a
	// product or an organization, not a person (commonOpener).
	lowerMostly = 0.5
)

// commonOpener reports whether a capitalized run opens with a word that
// news writes in lower case at least half the time, and not with a given
// name (Will, Grant, Hope are both) nor a word that opens a place's name
// (Port Arthur, Camp David).
func commonOpener(run []tok) bool {
	k := run[0].key
	return lowerShare[k] >= lowerMostly && !firstNames[k] && !ambiguousFirst[k] && !placePrefixes[k] && !namedForPeople[k]
}

// inNameWord reports whether k is a common word that an organization's
// name may hold around "and": not a name of its own (an organization's
// head, a place, a given name).
func inNameWord(k string) bool {
	return lowerShare[k] >= lowerInName && !orgHeads[k] && !places[k] && !firstNames[k] && aliases[k] == ""
}

// CaseCounter counts how a corpus writes each word where its capital
// would carry meaning: neither the first word of a sentence or quotation,
// nor an acronym, nor a shouted word; text written all in lower case or
// capitals counts for nothing. Add texts with Add; Counts lists them.
type CaseCounter struct {
	lower, upper map[string]int
}

// NewCaseCounter returns an empty CaseCounter.
func NewCaseCounter() *CaseCounter {
	return &CaseCounter{lower: map[string]int{}, upper: map[string]int{}}
}

// WordCase is how often a corpus writes a word in lower case and
// capitalized, where its capital would carry meaning.
type WordCase struct {
	Word         string
	Lower, Upper int
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

// Counts returns, sorted by word, the counts of the words written in
// lower case at least minLower times.
func (c *CaseCounter) Counts(minLower int) []WordCase {
	var out []WordCase
	for w, n := range c.lower {
		if n >= minLower {
			out = append(out, WordCase{Word: w, Lower: n, Upper: c.upper[w]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Word < out[j].Word })
	return out
}
