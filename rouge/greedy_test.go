package rouge

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestGreedyMatchesScoreSentences grows summaries from the lines of the
// official pairs, putting each line at a random place, and checks every
// try against rescoring the whole summary: the same counts and the same
// floats, with one reference and with several.
func TestGreedyMatchesScoreSentences(t *testing.T) {
	s, err := NewScorer(Options{N: 2, NoLCS: true, Stem: true, Alpha: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pairs := loadPairs(t)
	if len(pairs) > 40 {
		pairs = pairs[:40]
	}
	tries := 0
	for _, p := range pairs {
		pool := s.Analyze(strings.Split(p.Candidate, "\n"))
		refs := make([]*Reference, len(p.References))
		for i, r := range p.References {
			refs[i] = s.Prepare([]string{r})
		}
		for _, rs := range [][]*Reference{refs[:1], refs} {
			g, err := s.NewGreedy(rs, pool)
			if err != nil {
				t.Fatal(err)
			}
			var order []int // the summary: pool indexes in summary order
			for _, x := range rng.Perm(len(pool)) {
				at := rng.IntN(len(order) + 1)
				prev, next := -1, -1
				if at > 0 {
					prev = order[at-1]
				}
				if at < len(order) {
					next = order[at]
				}
				r1, r2 := g.Try(prev, x, next)
				trial := slices.Insert(slices.Clone(order), at, x)
				lines := make([]Sentence, len(trial))
				for k, i := range trial {
					lines[k] = pool[i]
				}
				want := s.ScoreSentences(lines, rs)
				if r1 != want.N[0] || r2 != want.N[1] {
					t.Fatalf("%s: putting line %d at %d of %v: Greedy %+v %+v, ScoreSentences %+v %+v", p.ID, x, at, order, r1, r2, want.N[0], want.N[1])
				}
				tries++
				if rng.IntN(2) == 0 {
					g.Add(prev, x, next)
					order = trial
				}
			}
		}
	}
	if tries < 100 {
		t.Errorf("only %d tries", tries)
	}
	if _, err := s.NewGreedy(nil, nil); err != nil {
		t.Errorf("no references: %v", err)
	}
	limited, _ := NewScorer(Options{N: 2, LimitWords: 100, Alpha: 0.5})
	if _, err := limited.NewGreedy(nil, nil); err == nil {
		t.Error("a length limit was accepted")
	}
}
