// Package seedtest gives tests the seed story read as the CLI reads it:
// the three seed pages of testdata/seeds, extracted and segmented by the
// pipeline's own stages. It is for tests only.
package seedtest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/segment"
)

// Engine returns the extraction and segmentation stages as the CLI wires
// them, without the later stages.
func Engine() *pipeline.Engine {
	return &pipeline.Engine{Extractor: extract.New(), Splitter: pipeline.SplitterFunc(segment.Sentences)}
}

// Story reads the seed pages from dir (the repository's testdata/seeds,
// relative to the calling test's package).
func Story(tb testing.TB, dir string) ingest.Story {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 3 {
		tb.Fatalf("want 3 seed files in %s, found %d", dir, len(files))
	}
	var st ingest.Story
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		st.Docs = append(st.Docs, ingest.Raw{Source: f, Data: data})
	}
	return st
}

// Docs returns the seed documents of dir, extracted and segmented, with ids
// d1, d2, d3.
func Docs(tb testing.TB, dir string) []*storybrief.Document {
	tb.Helper()
	docs, problems := Engine().Documents(context.Background(), Story(tb, dir))
	if len(problems) > 0 || len(docs) != 3 {
		tb.Fatalf("%d seed documents: %v", len(docs), problems)
	}
	return docs
}
