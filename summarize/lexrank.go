package summarize

import (
	"math"

	"github.com/storybrief/storybrief"
)

// LexRank ranks sentences by their centrality in the graph of
// idf-modified cosine similarities (Erkan & Radev, "LexRank: Graph-based
// Lexical Centrality as Salience in Text Summarization", JAIR 22, 2004).
//
// The graph links every pair of sentences whose similarity exceeds
// Threshold (0.1, the paper's best), self-links included as in its
// Algorithm 3; with Continuous the links are weighted by the similarity
// instead ("continuous LexRank"). Each row is normalized by the degree and
// the stationary distribution found by the power method, with the random
// jump of the paper's equation 5: p = d/N + (1-d) Mᵀp, d = 0.15 (a damping
// of 0.85).
//
// The paper builds summaries with MEAD, whose default reranker takes
// sentences best first and drops one whose cosine with a sentence already
// taken exceeds 0.7; Select does the same within the budget. Every sentence
// is a candidate, as in the paper: Sent.Eligible is storybrief's own filter.
// The idf-modified cosine is Cluster.Sim: unit vectors of tf × idf, with the
// idf over the cluster's sentences.
type LexRank struct {
	Threshold  float64 // similarity above which two sentences are linked; 0 means 0.1
	Continuous bool    // weight links by similarity instead of thresholding
}

// LexRank defaults.
const (
	lexThreshold = 0.1
	lexDamping   = 0.85 // probability of following a link
	lexRedundant = 0.7  // MEAD's default reranker
	lexEpsilon   = 1e-6 // power method: stop when no score moves more
	lexMaxIter   = 200
)

// Select implements Method. The summary reads in document order.
func (m LexRank) Select(c *Cluster, b storybrief.Budget) []int {
	chosen := c.pickRanked(rank(m.Scores(c)), b, lexRedundant)
	documentOrder(chosen)
	return chosen
}

// Scores returns the LexRank score of each sentence; they sum to 1.
func (m LexRank) Scores(c *Cluster) []float64 {
	t := m.Threshold
	if t == 0 {
		t = lexThreshold
	}
	n := len(c.Sents)
	w := make([]float64, n*n) // row-stochastic transition matrix
	for i := 0; i < n; i++ {
		row := w[i*n : (i+1)*n]
		var sum float64
		for j := 0; j < n; j++ {
			s := c.Sim(i, j)
			if i == j && len(c.Sents[i].Vec) == 0 {
				s = 0 // an empty sentence is similar to nothing
			}
			switch {
			case m.Continuous && s > 0:
				row[j] = s
			case !m.Continuous && s > t:
				row[j] = 1
			}
			sum += row[j]
		}
		if sum == 0 { // isolated: jump anywhere, as PageRank does for dangling nodes
			for j := range row {
				row[j] = 1 / float64(n)
			}
			continue
		}
		for j := range row {
			row[j] /= sum
		}
	}
	return powerMethod(w, n, lexDamping)
}

// powerMethod returns the stationary distribution of the random walk that
// follows the row-stochastic matrix w (n × n) with probability damping and
// jumps to a random node otherwise.
func powerMethod(w []float64, n int, damping float64) []float64 {
	p := make([]float64, n)
	if n == 0 {
		return p
	}
	next := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	for iter := 0; iter < lexMaxIter; iter++ {
		for j := range next {
			next[j] = (1 - damping) / float64(n)
		}
		for i := 0; i < n; i++ {
			pi := damping * p[i]
			if pi == 0 {
				continue
			}
			row := w[i*n : (i+1)*n]
			for j, x := range row {
				next[j] += pi * x
			}
		}
		delta := 0.0
		for i := range p {
			delta = math.Max(delta, math.Abs(next[i]-p[i]))
		}
		p, next = next, p
		if delta < lexEpsilon {
			break
		}
	}
	return p
}
