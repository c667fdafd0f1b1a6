package main

import (
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/pipeline"
)

// newEngine wires the pipeline's stages.
func newEngine() *pipeline.Engine {
	return &pipeline.Engine{
		Extractor: extract.New(),
	}
}
