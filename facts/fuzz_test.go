package facts_test

import (
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/facts"
)

// FuzzFind reads two documents of arbitrary text, one sentence per line
// or more, and checks that the facts found keep their invariants (spans in
// bounds, outlets counted right, two sides to a dispute) and that the
// finder never panics on what scraped text holds.
func FuzzFind(f *testing.F) {
	for _, seed := range [][2]string{
		{"Obama is coordinating with Iran in the Islamic State fight, growing evidence suggests.",
			"The administration insists that it will not coordinate military operations or intelligence sharing with Iran."},
		{"Most economists had forecast about 1.5 million people filing for unemployment benefits last week.",
			"A record 3.3 million Americans filed for unemployment benefits last week, the Labor Department said."},
		{"Press secretary Sean Spicer doesn't rule out a no-knock raid.\nDid it happen?.",
			"Jobless claims fell to 712,000 — not 3.28 million — and he can't deny it."},
		{"", "\xff\xfe not no never n't"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		// Documents reach the finder as valid UTF-8: ingest repairs it.
		a, b = strings.ToValidUTF8(a, "?"), strings.ToValidUTF8(b, "?")
		docs := []*storybrief.Document{doc("d1", a), doc("d2", b)}
		var fd facts.Finder
		checkFacts(t, docs, fd.Find(docs))
	})
}
