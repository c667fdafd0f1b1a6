// Package summarize selects summary sentences from the documents of one
// story and cites, for each, every document that says the same thing.
//
// Prepare turns documents into a Cluster: candidate sentences with stemmed
// term vectors weighted by TF-IDF. Each method is a Method over a Cluster,
// one file per method: the classic baselines (Lead, FirstK, LexRank,
// TextRank, Centroid, MMR, and the greedy ROUGE Oracle) and Storybrief, the
// main one.
//
// Storybrief scores sentences with a learned model (model/model.json,
// trained by "storybrief train" on the Multi-News train split to predict
// the share of a sentence's words and bigrams that a human summary keeps):
// a gradient-boosted forest over Features, which read position, length,
// centrality, cross-source support, the document a sentence stands in,
// background statistics of news words (model/background.tsv.gz:
// document frequencies and the prior that a summary keeps a word of its
// input), a lexical table of words that mark kept and dropped sentences,
// and surface cues (quotation, a first-person voice, scrape noise). It then
// picks sentences greedily by score times novelty, up to the length a human
// summary of a story with as many documents typically has, and orders them
// as they stand in their articles.
//
//	c := summarize.Prepare(docs)
//	chosen := summarize.Storybrief{}.Select(c, storybrief.Budget{Words: 120})
//	sentences := c.Cite(chosen)
package summarize
