package facts_test

import (
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/facts"
)

// checkFacts checks the invariants of facts found in docs: spans in
// bounds, the text the representative's, outlets counted right, a status
// that fits them, two sides for a disputed fact.
func checkFacts(tb testing.TB, docs []*storybrief.Document, fs []storybrief.Fact) {
	tb.Helper()
	byID := map[string]*storybrief.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	for i, f := range fs {
		if len(f.Sources) == 0 {
			tb.Fatalf("fact %d has no sources", i)
		}
		docsSeen := map[string]bool{}
		for _, s := range f.Sources {
			d := byID[s.Doc]
			if d == nil || s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				tb.Fatalf("fact %d: source %+v out of bounds", i, s)
			}
			if s.Line != d.Line(s.Start) {
				tb.Errorf("fact %d: source line %d, its span starts on line %d", i, s.Line, d.Line(s.Start))
			}
			docsSeen[s.Doc] = true
		}
		if f.Outlets != len(docsSeen) {
			tb.Errorf("fact %d: %d outlets, sources in %d documents", i, f.Outlets, len(docsSeen))
		}
		rep := byID[f.Rep.Doc]
		if rep == nil || storybrief.CollapseSpace(f.Rep.In(rep.Text)) != f.Text {
			tb.Errorf("fact %d: text %q is not its representative's", i, f.Text)
		}
		switch f.Status {
		case storybrief.Corroborated:
			if f.Outlets < 2 {
				tb.Errorf("fact %d corroborated by %d outlet", i, f.Outlets)
			}
		case storybrief.Single:
			if f.Outlets != 1 {
				tb.Errorf("fact %d single with %d outlets", i, f.Outlets)
			}
		case storybrief.Disputed:
			if len(f.Sides) != 2 || len(f.Sides[0].Sources) == 0 || len(f.Sides[1].Sources) == 0 ||
				f.Sides[0].Stance != storybrief.Asserts || f.Sides[1].Stance != storybrief.Denies {
				tb.Errorf("fact %d disputed without two sides: %+v", i, f.Sides)
			}
		default:
			tb.Errorf("fact %d: status %q", i, f.Status)
		}
	}
}

func TestInvariants(t *testing.T) {
	docs := seedDocs(t)
	f := finder(t)
	checkFacts(t, docs, f.Find(docs))
	for _, es := range loadAnnotated(t) {
		checkFacts(t, es.docs, f.Find(es.docs))
	}
	var zero facts.Finder // no background
	checkFacts(t, docs, zero.Find(docs))
	if got := zero.Find(nil); got != nil {
		t.Errorf("no documents: %d facts", len(got))
	}
}

func TestIndex(t *testing.T) {
	docs := seedDocs(t)
	fs := finder(t).Find(docs)
	x := facts.NewIndex(fs)
	seen := map[storybrief.FactStatus]int{}
	for _, f := range fs {
		for _, s := range f.Sources {
			st, stance := x.Status(s.Doc, s.Span)
			seen[st]++
			if st == "" {
				t.Errorf("%s:%d states a fact but has no status", s.Doc, s.Line)
			}
			if st == storybrief.Disputed && stance == "" {
				t.Errorf("%s:%d disputed without a side", s.Doc, s.Line)
			}
		}
		if f.Status == storybrief.Disputed {
			for _, s := range f.Side(storybrief.Asserts).Sources {
				if st, stance := x.Status(s.Doc, s.Span); st != storybrief.Disputed || stance != storybrief.Asserts {
					t.Errorf("%s:%d asserts a disputed claim, indexed %s %s", s.Doc, s.Line, st, stance)
				}
			}
		}
	}
	if seen[storybrief.Corroborated] == 0 || seen[storybrief.Disputed] == 0 || seen[storybrief.Single] == 0 {
		t.Errorf("statuses seen: %v", seen)
	}
	if st, _ := (*facts.Index)(nil).Status("d1", storybrief.Span{}); st != "" {
		t.Errorf("nil index: %q", st)
	}
}

func TestBoilerplate(t *testing.T) {
	const promo = "The news and stories that matter, delivered weekday mornings."
	docs := []*storybrief.Document{
		doc("d1", "Senators voted 52-48 on Monday to confirm Amy Coney Barrett to the Supreme Court.\n"+promo),
		doc("d2", promo+"\nThe Senate confirmed Judge Amy Coney Barrett to the Supreme Court on Monday by a vote of 52-48."),
	}
	isPromo := func(text string) bool { return text == promo }
	for _, tc := range []struct {
		name        string
		boilerplate func(string) bool
		wantPromo   bool
	}{
		{"no table", nil, true},
		{"table", isPromo, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := facts.Finder{Boilerplate: tc.boilerplate}
			fs := f.Find(docs)
			checkFacts(t, docs, fs)
			gotPromo, gotVote := false, false
			for _, fact := range fs {
				gotPromo = gotPromo || fact.Text == promo
				gotVote = gotVote || (fact.Status == storybrief.Corroborated && fact.Outlets == 2)
			}
			if gotPromo != tc.wantPromo {
				t.Errorf("promo among the facts: %v, want %v (%+v)", gotPromo, tc.wantPromo, fs)
			}
			if !gotVote {
				t.Errorf("the vote is not corroborated: %+v", fs)
			}
		})
	}
}

// TestNoNewsIsNoFact checks that a short sentence that tells no news ("The
// FBI declined to comment …") stands as no fact, and that a longer one
// that says something besides does.
func TestNoNewsIsNoFact(t *testing.T) {
	const (
		declined = "The FBI declined to comment ahead of the news conference."
		unseen   = "NBC News has not seen the cable."
		news     = "The country's first lady, Martine Moise, was hospitalized following the attack, though more details about her condition were not immediately available."
	)
	docs := []*storybrief.Document{
		doc("d1", "Gunmen killed Haiti's president Jovenel Moise at his home overnight, officials said. "+declined+" "+news),
		doc("d2", "Diplomats in Kabul warned of a Taliban takeover in a dissent cable last month. "+unseen),
	}
	var f facts.Finder
	fs := f.Find(docs)
	checkFacts(t, docs, fs)
	found := map[string]bool{}
	for _, fact := range fs {
		found[fact.Text] = true
	}
	if found[declined] || found[unseen] {
		t.Errorf("a sentence that tells no news stands as a fact: %+v", fs)
	}
	if !found[news] {
		t.Errorf("the first lady's hospitalization is no fact: %+v", fs)
	}
}

// TestRepresentativeStandsAlone checks that a fact is shown by a sentence
// that stands on its own, not by one that leans on the sentence before it.
func TestRepresentativeStandsAlone(t *testing.T) {
	docs := []*storybrief.Document{
		doc("d1", "The Senate met on Monday.\nThat vote confirmed Amy Coney Barrett to the Supreme Court on Monday by 52 to 48 after a month of hearings."),
		doc("d2", "The vote confirmed Amy Coney Barrett to the Supreme Court on Monday by 52 to 48."),
		doc("d3", "Senators confirmed Amy Coney Barrett to the Supreme Court on Monday, 52 to 48, in a vote along party lines that capped a month of hearings and fierce debate over the seat."),
	}
	if fact := firstFact(t, docs, storybrief.Corroborated); strings.HasPrefix(fact.Text, "That") {
		t.Errorf("fact shown as %q, which leans on the sentence before it", fact.Text)
	}
}

// firstFact returns the first fact of docs with status st, and fails the
// test when there is none.
func firstFact(t *testing.T, docs []*storybrief.Document, st storybrief.FactStatus) storybrief.Fact {
	t.Helper()
	var f facts.Finder
	fs := f.Find(docs)
	checkFacts(t, docs, fs)
	for _, fact := range fs {
		if fact.Status == st {
			return fact
		}
	}
	t.Fatalf("no %s fact: %+v", st, fs)
	return storybrief.Fact{}
}
