package quote_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/quote"
	"github.com/storybrief/storybrief/segment"
	"github.com/storybrief/storybrief/summarize"
)

// stories reads the seed story and the 20 Multi-News stories the CLI's
// tests use.
func stories(tb testing.TB) map[string][]ingest.Story {
	tb.Helper()
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	var seeds ingest.Story
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		seeds.Docs = append(seeds.Docs, ingest.Raw{Source: f, Data: data})
	}
	out := map[string][]ingest.Story{"seeds": {seeds}}
	rd := ingest.NewReader([]string{"../cmd/storybrief/testdata/multinews-20.jsonl"}, nil)
	for rd.Scan() {
		out["multinews20"] = append(out["multinews20"], rd.Story())
	}
	if err := rd.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// BenchmarkBrief runs the whole brief (extraction, segmentation,
// summarization) without and with the entity and quote stages, and the two
// stages alone on the extracted documents, to measure what they add.
func BenchmarkBrief(b *testing.B) {
	ctx := context.Background()
	for _, set := range []string{"seeds", "multinews20"} {
		sts := stories(b)[set]
		b.Run(set+"/quotes-entities-only", func(b *testing.B) {
			eng := &pipeline.Engine{Extractor: extract.New(), Splitter: pipeline.SplitterFunc(segment.Sentences), Workers: 1}
			var all [][]*storybrief.Document
			for _, st := range sts {
				docs, _ := eng.Documents(ctx, st)
				all = append(all, docs)
			}
			b.ReportAllocs()
			for b.Loop() {
				for _, docs := range all {
					ents := entity.Resolve(docs)
					for _, d := range docs {
						quote.Find(d, ents)
					}
				}
			}
		})
		for _, with := range []bool{false, true} {
			name := set + "/without"
			if with {
				name = set + "/with-quotes-entities"
			}
			b.Run(name, func(b *testing.B) {
				eng := &pipeline.Engine{
					Extractor:  extract.New(),
					Splitter:   pipeline.SplitterFunc(segment.Sentences),
					Summarizer: summarize.Summarizer{},
					Workers:    1,
				}
				if with {
					eng.Entities = pipeline.ResolverFunc(entity.Resolve)
					eng.Quotes = pipeline.QuoteFinderFunc(quote.Find)
				}
				b.ReportAllocs()
				for b.Loop() {
					for _, st := range sts {
						docs, _ := eng.Documents(ctx, st)
						eng.Brief(docs, storybrief.Budget{Words: 120})
					}
				}
			})
		}
	}
}
