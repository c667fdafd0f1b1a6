package summarize

import "github.com/storybrief/storybrief"

// FirstK is the First-k baseline of Multi-News (Fabbri et al., "Multi-News:
// a Large-Scale Multi-Document Summarization Dataset and Abstractive
// Hierarchical Model", ACL 2019, section 6.1): the first K sentences of each
// document, concatenated in document order. The paper reports K = 1, 2, 3.
//
// As in the paper, the summary is defined by K alone: Select ignores the
// budget, and an evaluation cuts the output at its length cap (the paper's
// extractive outputs are 300 tokens on Multi-News, 100 on DUC). Sentences
// are taken as segmented, whatever Sent.Eligible says.
type FirstK struct {
	K int // sentences per document; 0 means 1
}

// Select implements Method. It returns the first K sentences of each
// document in document order, without regard to b.
func (m FirstK) Select(c *Cluster, _ storybrief.Budget) []int {
	k := max(m.K, 1)
	var chosen []int
	for _, idx := range c.ByDoc {
		chosen = append(chosen, idx[:min(k, len(idx))]...)
	}
	return chosen
}
