package rouge

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// naiveLCSHits is the script's lcs subroutine written plainly: the full
// table with its arrows for every pair of sentences, the backtrace of
// markLCS, and the clipping by unigram counts.
func naiveLCSHits(model, peer [][]int32, modelToks, peerToks []int32) int {
	mc, pc := map[int32]int{}, map[int32]int{}
	for _, t := range modelToks {
		mc[t]++
	}
	for _, t := range peerToks {
		pc[t]++
	}
	hit := 0
	for _, x := range model {
		mask := make([]bool, len(x))
		for _, y := range peer {
			m, n := len(x), len(y)
			c := make([][]int, m+1)
			b := make([][]byte, m+1)
			for i := range c {
				c[i] = make([]int, n+1)
				b[i] = make([]byte, n+1)
			}
			for i := 1; i <= m; i++ {
				for j := 1; j <= n; j++ {
					switch {
					case x[i-1] == y[j-1]:
						c[i][j], b[i][j] = c[i-1][j-1]+1, '\\'
					case c[i-1][j] >= c[i][j-1]:
						c[i][j], b[i][j] = c[i-1][j], '^'
					default:
						c[i][j], b[i][j] = c[i][j-1], '<'
					}
				}
			}
			for i, j := m, n; i != 0 && j != 0; {
				switch b[i][j] {
				case '\\':
					i--
					j--
					mask[i] = true
				case '^':
					i--
				default:
					j--
				}
			}
		}
		for p, t := range x {
			if mask[p] && mc[t] > 0 && pc[t] > 0 {
				hit++
				mc[t]--
				pc[t]--
			}
		}
	}
	return hit
}

func sentencesOf(t *text) [][]int32 {
	var out [][]int32
	for i := 0; i < t.sentences(); i++ {
		out = append(out, t.sentence(i))
	}
	return out
}

// TestLCSAgainstNaive checks the pruned LCS (rows and columns that cannot
// match left out) against the plain algorithm on random summaries over a
// few words, where ties in the table are everywhere.
func TestLCSAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "b", "c", "d", "e", "f", "g"}
	summary := func() []string {
		var lines []string
		for range 1 + rng.IntN(5) {
			var w []string
			for range rng.IntN(12) {
				w = append(w, words[rng.IntN(len(words))])
			}
			lines = append(lines, strings.Join(w, " "))
		}
		return lines
	}
	for _, opts := range []Options{{}, {LimitWords: 15}, {LimitBytes: 20}} {
		sc, err := NewScorer(opts)
		if err != nil {
			t.Fatal(err)
		}
		for trial := range 3000 {
			cand, refLines := summary(), summary()
			ref := sc.Prepare(refLines)
			got := sc.ScorePrepared(cand, []*Reference{ref}).L.Hits
			var ct text
			sc.truncate(sc.Analyze(cand), &ct)
			want := naiveLCSHits(sentencesOf(&ref.lcs), sentencesOf(&ct), refTokens(sc, refLines), ct.toks)
			if got != want {
				t.Fatalf("%+v trial %d: candidate %q, reference %q: %d hits, plain algorithm %d", opts, trial, cand, refLines, got, want)
			}
		}
	}
}

// refTokens returns readText's tokens of a reference.
func refTokens(sc *Scorer, lines []string) []int32 {
	var t text
	sc.truncate(sc.Analyze(lines), &t)
	return t.toks
}
