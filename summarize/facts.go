package summarize

import "github.com/storybrief/storybrief"

// corroborationBonus raises the score of a sentence that states a fact
// other outlets corroborate, per outlet beyond the first.
const corroborationBonus = 0.15

// UseFacts tells the cluster which of its sentences state corroborated
// facts: Storybrief then prefers them, and Cite cites the fact's sources in
// the other documents instead of its nearest sentences by cosine.
func (c *Cluster) UseFacts(facts []storybrief.Fact) {
	type key struct {
		doc   string
		start int
	}
	byStart := map[key]int{}
	for i, s := range c.Sents {
		byStart[key{c.Docs[s.Doc].ID, s.Span.Start}] = i
	}
	c.outlets = make([]int, len(c.Sents))
	c.factCites = make([][]storybrief.Citation, len(c.Sents))
	for _, f := range facts {
		if f.Status != storybrief.Corroborated {
			continue
		}
		for _, s := range f.Sources {
			i, ok := byStart[key{s.Doc, s.Start}]
			if !ok {
				continue
			}
			// Cite, and count, only the fact's sentences in other documents
			// that are as close to this one as Cite demands: a fact groups
			// paraphrases loosely, but a citation must stand for this
			// very sentence.
			docs := map[string]bool{s.Doc: true}
			var cites []storybrief.Citation
			for _, o := range f.Sources {
				j, ok := byStart[key{o.Doc, o.Start}]
				if !ok || docs[o.Doc] {
					continue
				}
				if _, near := c.closeTo(i, j); !near {
					continue
				}
				docs[o.Doc] = true
				cites = append(cites, o.Citation)
			}
			if n := len(docs); n > 1 && n > c.outlets[i] {
				c.outlets[i] = n
				c.factCites[i] = cites
			}
		}
	}
}

// factCitations returns the citations of sentence i's corroborated fact in
// documents other than its own, one per document (the first in the fact's
// order), or nil when it states none.
func (c *Cluster) factCitations(i int) []storybrief.Citation {
	if c.factCites == nil || len(c.factCites[i]) == 0 {
		return nil
	}
	return c.factCites[i]
}

// SummarizeFacts is Summarize for a story whose facts are known: the
// summary prefers corroborated facts and cites their close members. With
// no facts it is Summarize.
func (s Summarizer) SummarizeFacts(docs []*storybrief.Document, facts []storybrief.Fact, b storybrief.Budget) []storybrief.SummarySentence {
	c := Prepare(docs)
	if len(facts) > 0 {
		c.UseFacts(facts)
	}
	m := s.Method
	if m == nil {
		m = Storybrief{}
	}
	return c.Cite(m.Select(c, b))
}
