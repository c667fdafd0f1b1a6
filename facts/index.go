package facts

import "github.com/storybrief/storybrief"

// Index answers, for a sentence of a story, how the facts it states stand,
// so that a summary can prefer corroborated sentences and keep a disputed
// claim from reading as settled. It is read-only once built and safe for
// concurrent use.
type Index struct {
	m map[indexKey]Entry
}

type indexKey struct {
	doc   string
	start int
}

// Entry is what an Index knows of one sentence.
type Entry struct {
	Status  storybrief.FactStatus // Disputed (with Stance), Corroborated or Single
	Stance  storybrief.Stance     // for Disputed: the side the sentence takes
	Outlets int                   // documents that state the fact
	Speaker string                // whom the sentence attributes what it says to
}

// NewIndex indexes facts by the sentences that state them. A sentence in
// several facts gets the status that matters most to a summary: the claim
// of a disputed fact first (it must not read as settled), then a
// corroborated fact (the most outlets), then the denial of a disputed
// fact, then a single one.
func NewIndex(facts []storybrief.Fact) *Index {
	x := &Index{m: map[indexKey]Entry{}}
	rank := func(e Entry) int {
		switch {
		case e.Status == storybrief.Disputed && e.Stance == storybrief.Asserts:
			return 1000
		case e.Status == storybrief.Corroborated:
			return 100 + e.Outlets
		case e.Status == storybrief.Disputed:
			return 10
		}
		return 1
	}
	put := func(s storybrief.Support, e Entry) {
		e.Speaker = s.Speaker
		k := indexKey{s.Doc, s.Start}
		if old, ok := x.m[k]; !ok || rank(e) > rank(old) {
			x.m[k] = e
		}
	}
	for _, f := range facts {
		if f.Status == storybrief.Disputed {
			for _, sd := range f.Sides {
				for _, s := range sd.Sources {
					put(s, Entry{Status: f.Status, Stance: sd.Stance, Outlets: f.Outlets})
				}
			}
			continue
		}
		for _, s := range f.Sources {
			put(s, Entry{Status: f.Status, Outlets: f.Outlets})
		}
	}
	return x
}

// Of returns what the index knows of the sentence of document doc that
// starts at s.Start; ok is false for a sentence that states no fact.
func (x *Index) Of(doc string, s storybrief.Span) (e Entry, ok bool) {
	if x == nil {
		return Entry{}, false
	}
	e, ok = x.m[indexKey{doc, s.Start}]
	return e, ok
}

// Status returns the status of the sentence of document doc at s and, for
// a disputed fact, its side; "" for a sentence that states no fact.
func (x *Index) Status(doc string, s storybrief.Span) (storybrief.FactStatus, storybrief.Stance) {
	e, _ := x.Of(doc, s)
	return e.Status, e.Stance
}
