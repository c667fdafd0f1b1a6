package summarize

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/storybrief/storybrief"
)

// ErrUnknownMethod is wrapped by the error ByName returns for a name it does
// not know.
var ErrUnknownMethod = errors.New("unknown summarization method")

// ErrNeedsReferences is wrapped by the error ByName returns for "oracle": the
// oracle reads the reference summaries of each story, so build an Oracle
// per story instead.
var ErrNeedsReferences = errors.New("the oracle needs the reference summaries of each story")

// Names returns the names ByName knows, the classic baselines first and
// storybrief's own method last. ByName also knows two variants of
// storybrief's method for ablations: "storybrief-heuristic" (hand-set
// salience instead of the learned model) and "storybrief-simcut" (a
// similarity cut instead of the novelty discount). "oracle" is among them but needs
// references (see ErrNeedsReferences); "first-K" takes any K >= 1.
func Names() []string {
	return []string{"lead", "first-1", "first-2", "first-3", "lexrank", "textrank", "centroid", "mmr", "oracle", "storybrief"}
}

// ByName returns the method with the given name, in its published
// configuration. It returns an error wrapping ErrNeedsReferences for
// "oracle" and one wrapping ErrUnknownMethod for a name it does not know.
func ByName(name string) (Method, error) {
	switch name {
	case "lead":
		return Lead{}, nil
	case "lexrank":
		return LexRank{}, nil
	case "textrank":
		return TextRank{}, nil
	case "centroid":
		return Centroid{}, nil
	case "mmr":
		return MMR{}, nil
	case "storybrief":
		return Storybrief{}, nil
	case "storybrief-heuristic":
		return Storybrief{Heuristic: true}, nil
	case "storybrief-simcut":
		return Storybrief{Novelty: -1}, nil
	case "oracle":
		return nil, fmt.Errorf("%s: %w", name, ErrNeedsReferences)
	}
	if k, ok := strings.CutPrefix(name, "first-"); ok {
		if n, err := strconv.Atoi(k); err == nil && n >= 1 {
			return FirstK{K: n}, nil
		}
	}
	return nil, fmt.Errorf("%w %q (known: %s)", ErrUnknownMethod, name, strings.Join(Names(), ", "))
}

// pickRanked walks the sentences of ranked, best first, and keeps each one
// that fits in budget b. When maxSim is below 1, a sentence whose cosine
// with one already kept exceeds maxSim is skipped as redundant. Sentences
// without content words are skipped: no ranking method can place them.
func (c *Cluster) pickRanked(ranked []int, b storybrief.Budget, maxSim float64) []int {
	var chosen []int
	used := 0
	for _, i := range ranked {
		if full(b, used, len(chosen)) {
			break
		}
		s := &c.Sents[i]
		if len(s.Terms) == 0 || !fits(b, used, len(chosen), s.Words) {
			continue
		}
		redundant := false
		if maxSim < 1 {
			for _, j := range chosen {
				if c.Sim(i, j) > maxSim {
					redundant = true
					break
				}
			}
		}
		if redundant {
			continue
		}
		chosen = append(chosen, i)
		used += s.Words
	}
	return chosen
}

// rank returns the indexes of the sentences ordered by score, highest
// first; ties keep input order, so the result is deterministic.
func rank(score []float64) []int {
	order := make([]int, len(score))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	return order
}

// documentOrder sorts chosen sentence indexes into the order of the input:
// by document, then by position. Prepare numbers sentences that way, so
// this is a plain sort of the indexes.
func documentOrder(chosen []int) { sort.Ints(chosen) }
