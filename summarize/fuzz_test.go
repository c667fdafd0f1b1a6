package summarize

import (
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
)

// FuzzSummarize runs the shipped model on any two documents, one sentence
// per line, at a short and a long budget, and checks that it does not
// panic, stays within the budget, and cites for every sentence the
// document text it copies, verbatim.
func FuzzSummarize(f *testing.F) {
	f.Add("Police arrested a man on Monday after a chase through the city.\nHe was charged with theft, officials said.", "The suspect, 34, was arrested on Monday.\n\"We are relieved,\" the mayor said.", uint16(120))
	f.Add("Image copyright AFP Image caption The storm killed two people in Ohio on Sunday night.", "Advertisement continue reading the main story The storm hit Ohio.", uint16(300))
	f.Add("pic.twitter.com/abc — Jane Roe (@janeroe) March 3, 2016 The senator conceded the race on Tuesday night in a speech.", "Family of man killed in crash will sue » police said the driver was speeding on the road that night. ©", uint16(200))
	f.Add("Reuters/jonathan ernst los angeles ( reuters ) - the former candidate plans to launch his own network on the web.\nReuters/kim hong-ji/file photo the lawsuit may be the first of its kind in the country.", "Photo the overwhelmingly white town voted on Tuesday to keep its name for now.\nAp photo/evan vucci a girlfriend's behavior was the subject of the hearing on Monday.", uint16(150))
	f.Add("\x00\xff\xfe bad bytes here and there in a line of words\n\n\n", "", uint16(5))
	f.Fuzz(func(t *testing.T, a, b string, words uint16) {
		docs := []*storybrief.Document{doc("d1", strings.Split(a, "\n")...), doc("d2", strings.Split(b, "\n")...)}
		byID := map[string]*storybrief.Document{"d1": docs[0], "d2": docs[1]}
		budget := storybrief.Budget{Words: int(words%400) + 1}
		out := Summarizer{}.Summarize(docs, budget)
		total := 0
		for _, s := range out {
			total += storybrief.CountWords(s.Text)
			if len(s.Sources) == 0 {
				t.Fatalf("uncited sentence %q", s.Text)
			}
			c := s.Sources[0]
			d := byID[c.Doc]
			if d == nil || c.Start < 0 || c.End > len(d.Text) || c.Start > c.End {
				t.Fatalf("citation %+v outside its document", c)
			}
			if got := storybrief.CollapseSpace(d.Text[c.Start:c.End]); got != s.Text {
				t.Fatalf("sentence %q is not its cited text %q", s.Text, got)
			}
		}
		if total > budget.Words {
			t.Fatalf("%d words over a budget of %d", total, budget.Words)
		}
	})
}
