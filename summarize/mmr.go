package summarize

import (
	"math"

	"github.com/storybrief/storybrief"
)

// MMR is maximal marginal relevance (Carbonell & Goldstein, "The Use of
// MMR, Diversity-Based Reranking for Reordering Documents and Producing
// Summaries", SIGIR 1998), the extractive baseline of Multi-News: sentences
// are taken one at a time, each the argmax over the rest of
//
//	λ Sim1(Si, Q) − (1−λ) max over taken Sj of Sim2(Si, Sj)
//
// For a generic summary the query Q is the cluster's centroid
// (Cluster.Centroid), and both similarities are the cosine of TF-IDF
// vectors. λ is 0.7, leaning to relevance as MMR summarizers usually do;
// Multi-News does not give the λ of its MMR baseline (its Hi-MAP model
// uses 0.5). Every sentence is a candidate, as in the paper.
type MMR struct {
	Lambda float64 // relevance weight; 0 means 0.7
}

const mmrLambda = 0.7

// Select implements Method. The summary reads in document order.
func (m MMR) Select(c *Cluster, b storybrief.Budget) []int {
	lambda := m.Lambda
	if lambda == 0 {
		lambda = mmrLambda
	}
	q := c.Centroid()
	n := len(c.Sents)
	rel := make([]float64, n)
	for i := range c.Sents {
		rel[i] = Cosine(c.Sents[i].Vec, q)
	}
	redund := make([]float64, n) // highest similarity to a taken sentence
	taken := make([]bool, n)
	var chosen []int
	used := 0
	for !full(b, used, len(chosen)) {
		best, bestScore := -1, math.Inf(-1)
		for i := range c.Sents {
			s := &c.Sents[i]
			if taken[i] || len(s.Terms) == 0 || !fits(b, used, len(chosen), s.Words) {
				continue
			}
			if v := lambda*rel[i] - (1-lambda)*redund[i]; v > bestScore {
				best, bestScore = i, v
			}
		}
		if best < 0 {
			break
		}
		taken[best] = true
		chosen = append(chosen, best)
		used += c.Sents[best].Words
		for i := range c.Sents {
			redund[i] = math.Max(redund[i], c.Sim(i, best))
		}
	}
	documentOrder(chosen)
	return chosen
}
