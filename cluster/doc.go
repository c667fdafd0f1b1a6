// Package cluster groups a stream of news articles into stories, online:
// each new article joins the story it belongs to or starts a new one.
//
// The method follows Miranda et al., "Multilingual Clustering of Streaming
// News" (EMNLP 2018): an article and a story are compared by several
// similarities, each over its own TF-IDF vector (the body's words, the
// headline's words against the story, the named entities), and by time; a
// logistic model turns those similarities into the probability that the
// article belongs to the story, and the article joins the most likely story
// when that probability passes a threshold. Document frequencies are kept
// online, as the stream goes.
//
// The cost of placing an article does not grow with the number of stories:
// only stories updated within a time window are kept, candidates come from
// an inverted index over the top terms of each story's centroid, each
// posting list holds at most a fixed number of stories, and at most a fixed
// number of candidates is scored.
//
// A short use:
//
//	c := cluster.New(cluster.Config{})
//	d := c.Doc("Kerry meets Zarif", text, published)
//	story, ok := c.Assign(d)
//	if !ok {
//		story = nextStoryID()
//	}
//	c.Add(story, d)
//
// A Clusterer is not safe for concurrent use; its owner serializes calls
// (the store calls it from its one writer).
//
// Split tells apart, offline, the stories that the few articles of one
// brief tell when a reader gave them as one.
//
// Pairwise and BCubed score a grouping against known story boundaries.
package cluster
