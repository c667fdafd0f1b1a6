package setting

import "testing"

func TestWords(t *testing.T) {
	for _, tt := range []struct {
		w          string
		prep, noun bool
	}{
		{"in", true, false}, {"during", true, false}, {"of", false, false},
		{"interview", false, true}, {"rally", false, true}, {"kenosha", false, false},
	} {
		if Prep(tt.w) != tt.prep || Noun(tt.w) != tt.noun {
			t.Errorf("%q: Prep %v Noun %v, want %v %v", tt.w, Prep(tt.w), Noun(tt.w), tt.prep, tt.noun)
		}
	}
}
