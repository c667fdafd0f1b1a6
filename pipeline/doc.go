// Package pipeline puts the stages of storybrief together: raw documents in,
// cleaned and segmented documents out, and a cited brief from them.
//
//	eng := &pipeline.Engine{Extractor: extract.New(), Splitter: pipeline.SplitterFunc(segment.Sentences), Summarizer: summarize.New()}
//	docs, problems := eng.Documents(ctx, story)
//	brief := eng.Brief(docs, storybrief.Budget{Words: 120})
package pipeline
