package summarize

import (
	"slices"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/rouge"
)

// Oracle is the greedy ROUGE oracle, the usual upper bound of sentence
// extraction (Nallapati, Zhai & Zhou, "SummaRuNNer", AAAI 2017, and the
// extractive-label step of Kedzie et al. 2018 and Liu & Lapata 2019): it
// starts from an empty summary and repeatedly adds the sentence that most
// raises the mean of the ROUGE-1 and ROUGE-2 F scores against the
// references, stopping when no sentence raises it or none fits in the
// budget. It reads the references, so it is a yardstick, not a method.
//
// Every sentence of the cluster is a candidate, as segmented: the bound is
// that of extraction from the input, not from storybrief's filtered
// candidates. Scoring uses ROUGE-1.5.5's tokenization and stemming (-m),
// without ROUGE-L and skip-bigrams, which the objective does not need.
type Oracle struct {
	// References are the reference summaries, one text each (a text
	// holding newlines is several lines).
	References []string
	// Scorer scores the candidates; nil means a new one per call. Its
	// options must compute ROUGE-2 (N >= 2) without a length limit, as
	// OracleOptions and rouge.DefaultOptions do. A Scorer is not safe for
	// concurrent use, so neither is an Oracle that holds one.
	Scorer *rouge.Scorer
	// Prepared, when set, are the References as Scorer prepared them,
	// shared with whoever else scores against them (eval does).
	Prepared []*rouge.Reference
	// Analyzed, when set, holds one Sentence per sentence of the cluster,
	// as Scorer analyzes it: those left empty are analyzed and stored
	// there, so that a caller scoring chosen sentences too analyzes each
	// once. It must be the cluster's length.
	Analyzed []rouge.Sentence
}

// OracleOptions returns the options an Oracle's Scorer should have:
// ROUGE-1 and ROUGE-2 with Porter stemming, as "-n 2 -m -x" computes them.
func OracleOptions() rouge.Options {
	return rouge.Options{N: 2, NoLCS: true, Stem: true, Alpha: 0.5}
}

// Select implements Method. The summary reads in document order. It
// returns nil when there are no references.
func (o Oracle) Select(c *Cluster, b storybrief.Budget) []int {
	if len(o.References) == 0 || len(c.Sents) == 0 {
		return nil
	}
	sc := o.Scorer
	if sc == nil {
		var err error
		if sc, err = rouge.NewScorer(OracleOptions()); err != nil {
			panic(err) // OracleOptions are valid
		}
	}
	refs := o.Prepared
	if refs == nil {
		refs = make([]*rouge.Reference, len(o.References))
		for i, r := range o.References {
			refs[i] = sc.Prepare([]string{r})
		}
	}
	sents := o.Analyzed
	if len(sents) != len(c.Sents) {
		sents = make([]rouge.Sentence, len(c.Sents))
	}
	for i := range c.Sents {
		if sents[i].Len() > 0 {
			continue
		}
		if a := sc.Analyze([]string{c.Sents[i].Text}); len(a) == 1 {
			sents[i] = a[0]
		}
	}
	g, err := sc.NewGreedy(refs, sents)
	if err != nil {
		panic(err) // a Scorer whose options do not suit Greedy: a caller's mistake
	}
	// around returns the chosen sentences that i would stand between in
	// document order, as the summary is output (-1: none).
	around := func(chosen []int, i int) (prev, next int) {
		k, _ := slices.BinarySearch(chosen, i)
		prev, next = -1, -1
		if k > 0 {
			prev = chosen[k-1]
		}
		if k < len(chosen) {
			next = chosen[k]
		}
		return prev, next
	}

	var chosen []int
	taken := make([]bool, len(c.Sents))
	used, score := 0, 0.0
	for !full(b, used, len(chosen)) {
		best, bestScore := -1, score
		for i := range c.Sents {
			if taken[i] || sents[i].Len() == 0 || !fits(b, used, len(chosen), c.Sents[i].Words) {
				continue
			}
			prev, next := around(chosen, i)
			r1, r2 := g.Try(prev, i, next)
			if v := (r1.F + r2.F) / 2; v > bestScore {
				best, bestScore = i, v
			}
		}
		if best < 0 {
			break
		}
		prev, next := around(chosen, best)
		g.Add(prev, best, next)
		taken[best] = true
		k, _ := slices.BinarySearch(chosen, best)
		chosen = slices.Insert(chosen, k, best)
		used += c.Sents[best].Words
		score = bestScore
	}
	return chosen
}
