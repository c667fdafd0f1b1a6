package summarize

import (
	"math"

	"github.com/storybrief/storybrief"
)

// Centroid is MEAD's centroid-based summarizer (Radev, Jing, Styś & Tam,
// "Centroid-based summarization of multiple documents", Information
// Processing and Management 40(6), 2004, section 3). Each sentence Si
// scores
//
//	Ci + Pi + Fi
//
// with the paper's weights of one:
//
//   - Ci, the centroid value: the sum of the centroid values of its words,
//     a word's value being its average count per document times its idf;
//   - Pi, the positional value: (n-i+1)/n × Cmax for the i-th of the n
//     sentences of its document, Cmax being the highest centroid value of
//     that document's sentences;
//   - Fi, the first-sentence overlap: the inner product of its word counts
//     with those of its document's first sentence.
//
// Sentences are then taken best first, each time after subtracting from
// every score the redundancy penalty Rs × Smax, where Rs = 2 × |common
// words| / (|words of one| + |words of the other|) against the most
// similar sentence already taken and Smax is the highest score of the
// cluster. Sentences of fewer than 9 words are left out, MEAD's default
// length cutoff; otherwise every sentence is a candidate.
//
// Words are the content-word stems of Sent.Terms. MEAD takes idf from a
// background corpus; with none at hand the idf here is the cluster's own,
// over its sentences (Cluster.IDF). The centroid keeps every word: MEAD's
// threshold prunes the long tail of whole topic clusters, and a story of a
// few articles has little tail.
type Centroid struct{}

// MEAD's default sentence length cutoff, in words.
const meadMinWords = 9

// Select implements Method. The summary reads in document order.
func (m Centroid) Select(c *Cluster, b storybrief.Budget) []int {
	score := m.Scores(c)
	n := len(c.Sents)
	smax := 0.0
	for _, s := range score {
		smax = math.Max(smax, s)
	}
	sets := make([][]int32, n)
	for i := range c.Sents {
		sets[i] = termSet(c.Sents[i].Vec)
	}
	penalty := make([]float64, n) // highest Rs against a chosen sentence
	taken := make([]bool, n)
	var chosen []int
	used := 0
	for !full(b, used, len(chosen)) {
		best, bestScore := -1, math.Inf(-1)
		for i := range c.Sents {
			s := &c.Sents[i]
			if taken[i] || s.Words < meadMinWords || len(s.Terms) == 0 || !fits(b, used, len(chosen), s.Words) {
				continue
			}
			if v := score[i] - penalty[i]*smax; v > bestScore {
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
			if taken[i] {
				continue
			}
			if d := len(sets[i]) + len(sets[best]); d > 0 {
				r := 2 * float64(overlap(sets[i], sets[best])) / float64(d)
				penalty[i] = math.Max(penalty[i], r)
			}
		}
	}
	documentOrder(chosen)
	return chosen
}

// Scores returns Ci + Pi + Fi for each sentence, before redundancy.
func (Centroid) Scores(c *Cluster) []float64 {
	n := len(c.Sents)
	score := make([]float64, n)
	if n == 0 || len(c.Docs) == 0 {
		return score
	}
	// The centroid: each word's count per document on average, times idf.
	cent := make([]float64, len(c.Vocab))
	for i := range c.Sents {
		for _, t := range c.Sents[i].Terms {
			cent[t]++
		}
	}
	for t := range cent {
		cent[t] *= float64(c.IDF[t]) / float64(len(c.Docs))
	}
	for _, idx := range c.ByDoc {
		if len(idx) == 0 {
			continue
		}
		cmax := 0.0
		for _, i := range idx {
			for _, w := range c.Sents[i].Vec { // one entry per distinct word
				score[i] += cent[w.Term]
			}
			cmax = math.Max(cmax, score[i])
		}
		first := counts(c.Sents[idx[0]].Terms)
		nd := float64(len(idx))
		for k, i := range idx {
			pos := (nd - float64(k)) / nd * cmax // (n-i+1)/n with i = k+1
			var f float64
			for t, x := range counts(c.Sents[i].Terms) {
				f += float64(x * first[t])
			}
			score[i] += pos + f
		}
	}
	return score
}

// termSet returns the distinct terms of a sentence vector, sorted.
func termSet(v []Weight) []int32 {
	set := make([]int32, len(v))
	for k, w := range v {
		set[k] = w.Term
	}
	return set
}

// counts returns how often each term occurs.
func counts(terms []int32) map[int32]int {
	m := make(map[int32]int, len(terms))
	for _, t := range terms {
		m[t]++
	}
	return m
}
