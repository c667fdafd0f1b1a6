// Package summarize selects summary sentences from the documents of one
// story and cites, for each, every document that says the same thing.
//
// Prepare turns documents into a Cluster: candidate sentences with stemmed
// term vectors weighted by TF-IDF. Each method is a Method over a Cluster,
// one file per method: the classic baselines (Lead, FirstK, LexRank,
// TextRank, Centroid, MMR, and the greedy ROUGE Oracle) and Storybrief, the
// main one.
//
// Storybrief scores sentences with a learned model (model/model.json, a
// ridge regression over Features, trained by "storybrief train" on the
// Multi-News train split to predict the share of a sentence's words and
// bigrams that a human summary keeps) and background statistics of news
// words (model/background.tsv.gz: document frequencies and the prior that a
// summary keeps a word of its input). It then picks sentences greedily by
// score times novelty and orders them as they stand in their articles.
//
//	c := summarize.Prepare(docs)
//	chosen := summarize.Storybrief{}.Select(c, storybrief.Budget{Words: 120})
//	sentences := c.Cite(chosen)
package summarize
