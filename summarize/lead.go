package summarize

import "github.com/storybrief/storybrief"

// Lead is the lead baseline for several documents: the first sentence of
// each document in turn, then the second of each, and so on until the
// budget is spent. News is written lead first (the inverted pyramid), which
// makes this the baseline that extractive methods most often fail to beat
// on news (Nenkova, "Automatic text summarization of newswire: lessons
// learned from the Document Understanding Conference", AAAI 2005; the DUC
// baseline took the lead of the newest document, this one takes the leads of
// all of them round-robin).
//
// Lead takes each document's sentences as segmented, whatever
// Sent.Eligible says: the baseline has no noise filter. A sentence that does
// not fit in the budget ends its document's turn, so that each document
// contributes a prefix of itself; the other documents go on.
type Lead struct{}

// Select implements Method. The summary reads in selection order.
func (Lead) Select(c *Cluster, b storybrief.Budget) []int {
	var chosen []int
	used := 0
	done := make([]bool, len(c.ByDoc))
	for pos := 0; ; pos++ {
		more := false
		for d, idx := range c.ByDoc {
			if done[d] || pos >= len(idx) {
				continue
			}
			i := idx[pos]
			if !fits(b, used, len(chosen), c.Sents[i].Words) {
				done[d] = true
				continue
			}
			chosen = append(chosen, i)
			used += c.Sents[i].Words
			more = true
		}
		if !more || full(b, used, len(chosen)) {
			return chosen
		}
	}
}
