package summarize

import (
	"sort"

	"github.com/storybrief/storybrief"
)

// Method picks summary sentences from a prepared cluster.
type Method interface {
	// Select returns the indexes of the chosen sentences in c.Sents, in the
	// order the summary should read, within budget b.
	Select(c *Cluster, b storybrief.Budget) []int
}

// fits reports whether a sentence of w words fits in a budget with used
// words and n sentences already chosen.
func fits(b storybrief.Budget, used, n, w int) bool {
	if b.Sentences > 0 && n >= b.Sentences {
		return false
	}
	return b.Words <= 0 || used+w <= b.Words
}

// full reports whether the budget is spent.
func full(b storybrief.Budget, used, n int) bool {
	if b.Sentences > 0 && n >= b.Sentences {
		return true
	}
	return b.Words > 0 && used >= b.Words
}

// citeThreshold is the cosine above which a sentence of another document
// counts as saying the same thing.
const citeThreshold = 0.35

// closeTo returns the cosine of sentences i and j, and whether j says what
// i says as closely as a citation demands: the cosine at citeThreshold or
// above, and three terms shared.
func (c *Cluster) closeTo(i, j int) (float64, bool) { return c.within(i, j, citeThreshold) }

// within returns the cosine of sentences i and j, and whether it reaches
// least with three terms shared.
func (c *Cluster) within(i, j int, least float64) (float64, bool) {
	sim := c.Sim(i, j)
	return sim, sim >= least && sharedTerms(c.Sents[i].Vec, c.Sents[j].Vec) >= 3
}

// Cite turns chosen sentence indexes into summary sentences: the verbatim
// text, the sentence itself as first source, then for each other document
// its sentence most similar to it when that similarity reaches the
// threshold. Documents are cited in document order after the first.
func (c *Cluster) Cite(chosen []int) []storybrief.SummarySentence {
	out := make([]storybrief.SummarySentence, 0, len(chosen))
	for _, i := range chosen {
		s := c.Sents[i]
		d := c.Docs[s.Doc]
		ss := storybrief.SummarySentence{Text: s.Text, Sources: []storybrief.Citation{{Doc: d.ID, Line: s.Line, Span: s.Span}}, Cut: s.cut}
		if fc := c.factCitations(i); fc != nil {
			ss.Sources = append(ss.Sources, fc...)
			out = append(out, ss)
			continue
		}
		for di := range c.Docs {
			if di == s.Doc {
				continue
			}
			best, bestSim := -1, 0.0
			for _, j := range c.ByDoc[di] {
				if sim, ok := c.closeTo(i, j); ok && sim >= bestSim {
					best, bestSim = j, sim
				}
			}
			if best >= 0 {
				o := c.Sents[best]
				ss.Sources = append(ss.Sources, storybrief.Citation{Doc: c.Docs[o.Doc].ID, Line: o.Line, Span: o.Span})
			}
		}
		out = append(out, ss)
	}
	return out
}

// sharedTerms counts the terms two vectors share.
func sharedTerms(a, b []Weight) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].Term < b[j].Term:
			i++
		case a[i].Term > b[j].Term:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// orderByPosition sorts chosen sentences so the summary reads in story
// order: by relative position within their documents, then by document.
func (c *Cluster) orderByPosition(chosen []int) {
	sort.SliceStable(chosen, func(a, b int) bool {
		x, y := c.Sents[chosen[a]], c.Sents[chosen[b]]
		rx, ry := float64(x.Pos)/float64(max(x.Of, 1)), float64(y.Pos)/float64(max(y.Of, 1))
		if rx != ry {
			return rx < ry
		}
		return x.Doc < y.Doc
	})
}

// mmr picks sentences greedily by maximal marginal relevance (Carbonell &
// Goldstein 1998): relevance weighted by lambda, minus (1-lambda) times the
// highest similarity to a sentence already chosen. Sentences that nearly
// repeat a chosen one (similarity ≥ maxSim) are skipped.
func (c *Cluster) mmr(rel []float64, lambda, maxSim float64, b storybrief.Budget) []int {
	cand := c.Eligible()
	var chosen []int
	used := 0
	redund := make([]float64, len(c.Sents))
	taken := make([]bool, len(c.Sents))
	for !full(b, used, len(chosen)) {
		best, bestScore := -1, -1e18
		for _, i := range cand {
			if taken[i] || redund[i] >= maxSim || !fits(b, used, len(chosen), c.Sents[i].Words) {
				continue
			}
			score := lambda*rel[i] - (1-lambda)*redund[i]
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			break
		}
		taken[best] = true
		chosen = append(chosen, best)
		used += c.Sents[best].Words
		for _, i := range cand {
			if s := c.Sim(i, best); s > redund[i] {
				redund[i] = s
			}
		}
	}
	return chosen
}
