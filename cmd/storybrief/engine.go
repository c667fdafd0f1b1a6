package main

import (
	"time"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/cluster"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/facts"
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
		Facts:      newFactFinder(),
		Stories:    pipeline.GrouperFunc(splitStories),
	}
}

// splitStories groups documents given as one story by the stories they
// tell (cluster.Split), over each one's headline and paragraphs.
func splitStories(docs []*storybrief.Document) [][]int {
	c := cluster.New(cluster.Config{})
	ds := make([]*cluster.Doc, len(docs))
	for i, d := range docs {
		ds[i] = c.Doc(d.Title, d.Body(), time.Time{})
	}
	return c.Split(ds)
}

// newFactFinder returns the fact finder, weighing words against the news
// background that summarize ships (without it when it cannot be read) and
// passing over the boilerplate sentences its model knows.
func newFactFinder() *facts.Finder {
	f := facts.New(nil)
	if bg, err := summarize.DefaultBackground(); err == nil && bg != nil {
		f = facts.New(bg)
	}
	if m, err := summarize.DefaultModel(); err == nil && m != nil {
		f.Boilerplate = m.IsBoilerplate
	}
	return f
}
