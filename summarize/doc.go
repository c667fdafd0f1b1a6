// Package summarize selects summary sentences from the documents of one
// story and cites, for each, every document that says the same thing.
//
// Prepare turns documents into a Cluster: candidate sentences with stemmed
// term vectors weighted by TF-IDF. Each method is a Summarizer over a
// Cluster, one file per method; Storybrief is the main one.
//
//	c := summarize.Prepare(docs)
//	summary := summarize.Storybrief{}.Select(c, storybrief.Budget{Words: 120})
//	sentences := c.Cite(summary)
package summarize
