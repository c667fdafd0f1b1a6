package facts_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
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

// readStories reads a JSON Lines data set of stories.
func readStories(tb testing.TB, path string) []ingest.Story {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var out []ingest.Story
	for sc.Scan() {
		var st struct {
			ID        string   `json:"id"`
			Documents []string `json:"documents"`
		}
		if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
			tb.Fatal(err)
		}
		s := ingest.Story{ID: st.ID}
		for i, d := range st.Documents {
			s.Docs = append(s.Docs, ingest.Raw{Source: fmt.Sprintf("%s#%d", st.ID, i+1), Data: []byte(d)})
		}
		out = append(out, s)
	}
	return out
}

// BenchmarkBrief times the brief of each story of a data set as the CLI
// makes it, from its pages (extraction, segmentation, entities, quotes,
// summary), without facts and with them: the facts must add at most half
// of the brief's time.
func BenchmarkBrief(b *testing.B) {
	seeds := seedStory(b)
	sets := []struct {
		name    string
		stories []ingest.Story
	}{
		{"multinews-20", readStories(b, "testdata/multinews-20.jsonl")},
		{"neus-42", readStories(b, "testdata/neus-validation-42.jsonl")},
		{"seeds", []ingest.Story{seeds}},
	}
	ctx := context.Background()
	for _, set := range sets {
		size := 0
		for _, st := range set.stories {
			for _, d := range st.Docs {
				size += len(d.Data)
			}
		}
		for _, withFacts := range []bool{false, true} {
			eng := &pipeline.Engine{Extractor: extract.New(), Splitter: pipeline.SplitterFunc(segment.Sentences),
				Summarizer: summarize.Summarizer{}, Entities: pipeline.ResolverFunc(entity.Resolve),
				Quotes: pipeline.QuoteFinderFunc(quote.Find), Workers: 1}
			name := set.name + "/brief"
			if withFacts {
				eng.Facts = finder(b)
				name = set.name + "/brief+facts"
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(size))
				b.ReportAllocs()
				for b.Loop() {
					for _, st := range set.stories {
						docs, _ := eng.Documents(ctx, st)
						eng.Brief(docs, storybrief.Budget{Words: 120})
					}
				}
			})
		}
	}
}

// BenchmarkFind times the facts alone on the seed story.
func BenchmarkFind(b *testing.B) {
	docs := seedDocs(b)
	f := finder(b)
	b.ReportAllocs()
	for b.Loop() {
		f.Find(docs)
	}
}

// BenchmarkFindMultiNews times the facts alone on 20 Multi-News stories.
func BenchmarkFindMultiNews(b *testing.B) {
	eng := engine()
	var all [][]*storybrief.Document
	for _, st := range readStories(b, "testdata/multinews-20.jsonl") {
		docs, _ := eng.Documents(context.Background(), st)
		all = append(all, docs)
	}
	f := finder(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, docs := range all {
			f.Find(docs)
		}
	}
}
