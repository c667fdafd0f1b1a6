package rouge

import (
	"strings"
	"testing"
)

// FuzzScore checks invariants of the scores on any input: no panic, every
// figure in [0, 1], hits within both counts, ROUGE-L hits at most ROUGE-1
// hits (the clipping guarantees it), a candidate equal to its reference
// scoring full recall and precision without length limits, and the same
// result from a Scorer that has seen other text before.
func FuzzScore(f *testing.F) {
	f.Add("The cat sat on the mat.\nIt purred.", "A cat sat there.", uint8(0), uint16(0))
	f.Add("U.S.-led talks — “resumed” today", "talks resumed in the U.S. today", uint8(1), uint16(7))
	f.Add("  spaced\tout \r\n\nlines ", "spaced lines", uint8(2), uint16(12))
	f.Add("one", "one", uint8(3), uint16(1))
	f.Fuzz(func(t *testing.T, cand, ref string, mode uint8, limit uint16) {
		opts := DefaultOptions()
		opts.Stopwords = mode&1 != 0
		switch mode % 3 {
		case 1:
			opts.LimitWords = int(limit%50) + 1
		case 2:
			opts.LimitBytes = int(limit%400) + 1
		}
		opts.SkipDistance = int(mode>>2) - 2
		sc, err := NewScorer(opts)
		if err != nil {
			t.Fatal(err)
		}
		candLines, refLines := strings.Split(cand, "\n"), strings.Split(ref, "\n")
		res := sc.Score(candLines, [][]string{refLines})
		all := append([]Score{res.L, res.S}, res.N...)
		for _, s := range all {
			for _, v := range []float64{s.R, s.P, s.F} {
				if !(v >= 0 && v <= 1) {
					t.Fatalf("figure %v out of [0, 1] in %+v", v, s)
				}
			}
			if s.Hits > s.RefCount || s.Hits > s.CandCount {
				t.Fatalf("hits beyond counts: %+v", s)
			}
		}
		if res.L.Hits > res.N[0].Hits {
			t.Fatalf("ROUGE-L hits %d above ROUGE-1 hits %d", res.L.Hits, res.N[0].Hits)
		}

		fresh, _ := NewScorer(opts)
		fresh.Score([]string{"some other text first, Some Other Text"}, [][]string{{"to fill the caches"}})
		again := fresh.Score(candLines, [][]string{refLines})
		for i := range res.N {
			if again.N[i] != res.N[i] {
				t.Fatalf("ROUGE-%d differs after other text: %+v, %+v", i+1, again.N[i], res.N[i])
			}
		}
		if again.L != res.L || again.S != res.S {
			t.Fatalf("ROUGE-L or S differs after other text")
		}

		if opts.LimitWords == 0 && opts.LimitBytes == 0 {
			self := sc.Score(refLines, [][]string{refLines})
			for _, s := range append([]Score{self.L, self.S}, self.N...) {
				if s.RefCount > 0 && (s.Hits != s.RefCount || s.Hits != s.CandCount) {
					t.Fatalf("reference against itself: %+v", s)
				}
			}
		}
	})
}

// FuzzGreedy checks, on any lines, that Greedy scores every insertion as
// ScoreSentences scores the whole summary: lines are put in the order the
// seed's bits say, each at the start or the end, lines without tokens left
// out as Greedy requires.
func FuzzGreedy(f *testing.F) {
	f.Add("The cat sat on the mat.\nIt purred.\nThe cat sat.", "A cat sat on the mat and purred.", uint32(5))
	f.Add("one two\n\n--\ntwo one two", "one two one", uint32(0))
	f.Add("U.S.-led talks — “resumed” today\ntalks today", "talks resumed in the U.S. today", uint32(3))
	f.Fuzz(func(t *testing.T, lines, ref string, seed uint32) {
		sc, err := NewScorer(Options{N: 2, NoLCS: true, Stem: true, Alpha: 0.5})
		if err != nil {
			t.Fatal(err)
		}
		pool := sc.Analyze(strings.Split(lines, "\n"))
		refs := []*Reference{sc.Prepare(strings.Split(ref, "\n"))}
		g, err := sc.NewGreedy(refs, pool)
		if err != nil {
			t.Fatal(err)
		}
		var order []int
		for x := range pool {
			if pool[x].Len() == 0 {
				continue
			}
			atStart := seed>>(x%32)&1 == 1
			prev, next, at := -1, -1, len(order)
			if atStart {
				at = 0
			}
			if at > 0 {
				prev = order[at-1]
			}
			if at < len(order) {
				next = order[at]
			}
			r1, r2 := g.Try(prev, x, next)
			trial := append(append(append([]int(nil), order[:at]...), x), order[at:]...)
			summary := make([]Sentence, len(trial))
			for k, i := range trial {
				summary[k] = pool[i]
			}
			want := sc.ScoreSentences(summary, refs)
			if r1 != want.N[0] || r2 != want.N[1] {
				t.Fatalf("line %d at %d: Greedy %+v %+v, ScoreSentences %+v %+v", x, at, r1, r2, want.N[0], want.N[1])
			}
			g.Add(prev, x, next)
			order = trial
		}
	})
}
