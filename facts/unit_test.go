package facts

import (
	"testing"

	"github.com/storybrief/storybrief"
)

// TestTruthWords checks when a sentence calls something true or false: a
// statement called so, not a thing described ("its true fan base") or a
// posture ("lying in the street").
func TestTruthWords(t *testing.T) {
	const absent, asserted, negated = "absent", "asserted", "negated"
	for _, tc := range []struct {
		text, want string
	}{
		{"His comments essentially hewed to the truth.", asserted},
		{"He lied some more in the debate.", negated},
		{"The claims are completely false.", negated},
		{"Clooney said that none of the story is factually true.", negated},
		{"The official demanded the agency hide the truth from the public.", negated},
		{"The user said the league has lost complete touch with its true fan base.", absent},
		{"The film is linked to five fake local news websites.", absent},
		{"The software may accurately guess our emotion.", absent},
		{"The university in truth was set up as a sting by federal agents.", absent},
		{"He was struck by a cabdriver who did not see him lying in the street.", absent},
	} {
		a := newAnalyzer(nil, nil, nil)
		u := unit{text: tc.text, span: storybrief.Span{End: len(tc.text)}}
		a.analyze(&u, &storybrief.Document{ID: "d1", Text: tc.text}, "")
		truth := a.id("true")
		got := absent
		for _, term := range u.terms {
			if term.id == truth {
				got = asserted
				if term.neg {
					got = negated
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: truth %s, want %s", tc.text, got, tc.want)
		}
	}
}
