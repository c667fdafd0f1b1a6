package summarize

import (
	"math"

	"github.com/storybrief/storybrief"
)

// TextRank ranks sentences with weighted PageRank over the graph of their
// content overlap (Mihalcea & Tarau, "TextRank: Bringing Order into Texts",
// EMNLP 2004, section 4.1). Two sentences are linked with the weight
//
//	|{w : w ∈ Si and w ∈ Sj}| / (log |Si| + log |Sj|)
//
// counting words as the content-word stems of Sent.Terms (stopwords out,
// as the common implementations do), and scores are iterated with the
// paper's formula WS(Vi) = (1-d) + d Σj wji/Σk wjk WS(Vj), d = 0.85, until
// no score moves by more than 0.0001. Sentences are then taken best first
// within the budget; the paper has no redundancy step and neither does
// this. Every sentence is a candidate, as in the paper.
type TextRank struct{}

// TextRank constants from the paper.
const (
	textDamping = 0.85
	textEpsilon = 1e-4
	textMaxIter = 200
)

// Select implements Method. The summary reads in document order.
func (m TextRank) Select(c *Cluster, b storybrief.Budget) []int {
	chosen := c.pickRanked(rank(m.Scores(c)), b, 1)
	documentOrder(chosen)
	return chosen
}

// Scores returns the TextRank score of each sentence.
func (TextRank) Scores(c *Cluster) []float64 {
	n := len(c.Sents)
	// Distinct terms of each sentence, sorted, and the log of its length.
	sets := make([][]int32, n)
	logLen := make([]float64, n)
	for i := range c.Sents {
		sets[i] = termSet(c.Sents[i].Vec)
		logLen[i] = math.Log(float64(len(c.Sents[i].Terms)))
	}
	w := make([]float64, n*n)
	out := make([]float64, n) // Σk wjk
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			den := logLen[i] + logLen[j]
			if den <= 0 {
				continue
			}
			common := overlap(sets[i], sets[j])
			if common == 0 {
				continue
			}
			x := float64(common) / den
			w[i*n+j], w[j*n+i] = x, x
			out[i] += x
			out[j] += x
		}
	}
	ws := make([]float64, n)
	next := make([]float64, n)
	for i := range ws {
		ws[i] = 1
	}
	for iter := 0; iter < textMaxIter; iter++ {
		for i := range next {
			next[i] = 1 - textDamping
		}
		for j := 0; j < n; j++ {
			if out[j] == 0 {
				continue
			}
			f := textDamping * ws[j] / out[j]
			row := w[j*n : (j+1)*n]
			for i, x := range row {
				next[i] += f * x
			}
		}
		delta := 0.0
		for i := range ws {
			delta = math.Max(delta, math.Abs(next[i]-ws[i]))
		}
		ws, next = next, ws
		if delta < textEpsilon {
			break
		}
	}
	return ws
}

// overlap counts the values two sorted sets share.
func overlap(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
