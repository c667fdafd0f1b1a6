package main

import (
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/quote"
	"github.com/storybrief/storybrief/segment"
	"github.com/storybrief/storybrief/summarize"
)

// newEngine wires the pipeline's stages.
func newEngine() *pipeline.Engine {
	return &pipeline.Engine{
		Extractor:  extract.New(),
		Splitter:   pipeline.SplitterFunc(segment.Sentences),
		Summarizer: summarize.Summarizer{},
		Entities:   pipeline.ResolverFunc(entity.Resolve),
		Quotes:     pipeline.QuoteFinderFunc(quote.Find),
	}
}
