package pipeline_test

import (
	"context"
	"testing"

	"github.com/storybrief/storybrief/internal/seedtest"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/segment"
	"github.com/storybrief/storybrief/summarize"
)

func engine() *pipeline.Engine {
	return &pipeline.Engine{
		Extractor:  extract.New(),
		Splitter:   pipeline.SplitterFunc(segment.Sentences),
		Summarizer: summarize.Summarizer{},
	}
}

func seedStory(tb testing.TB) ingest.Story {
	tb.Helper()
	return seedtest.Story(tb, "../testdata/seeds")
}

func TestDocumentsKeepOrderAndReportFailures(t *testing.T) {
	st := seedStory(t)
	st.Docs = append([]ingest.Raw{{Source: "bad.bin", Data: []byte("\x00\x01")}}, st.Docs...)
	st.Docs = append(st.Docs, ingest.Raw{Source: "empty.txt", Data: nil})
	docs, problems := engine().Documents(context.Background(), st)
	if len(docs) != 3 || len(problems) != 2 {
		t.Fatalf("%d docs, problems %v", len(docs), problems)
	}
	for i, d := range docs {
		if want := "d" + string(rune('1'+i)); d.ID != want {
			t.Errorf("doc %d id %q, want %q", i, d.ID, want)
		}
		for _, p := range d.Paragraphs {
			if len(p.Sentences) == 0 {
				t.Errorf("%s line %d: no sentences", d.ID, p.Line)
			}
			for _, s := range p.Sentences {
				if s.Start < p.Start || s.End > p.End || s.Line != p.Line {
					t.Errorf("sentence %v outside paragraph %v or wrong line", s.Span, p.Span)
				}
			}
		}
	}
	if problems[0].Source != "bad.bin" || problems[1].Source != "empty.txt" {
		t.Errorf("problems %v", problems)
	}
}

// BenchmarkBrief runs the whole pipeline on the seed story: extraction,
// segmentation and summarization of three pages.
func BenchmarkBrief(b *testing.B) {
	st := seedStory(b)
	eng := engine()
	eng.Workers = 1
	ctx := context.Background()
	size := 0
	for _, d := range st.Docs {
		size += len(d.Data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		docs, problems := eng.Documents(ctx, st)
		if len(problems) > 0 {
			b.Fatal(problems)
		}
		br := eng.Brief(docs, storybrief.Budget{Words: 120})
		if len(br.Summary) == 0 {
			b.Fatal("empty brief")
		}
	}
}

// TestDocumentsTakeTheStorysTitles checks that a headline a JSON Lines
// story gives a document becomes its title where the text shows none,
// and never replaces one the text shows.
func TestDocumentsTakeTheStorysTitles(t *testing.T) {
	st := ingest.Story{Docs: []ingest.Raw{
		{Source: "a", Data: []byte("The senators met on Tuesday to discuss the budget, and they agreed on a plan by evening."), Title: "Senators  agree on budget"},
		{Source: "b", Data: []byte("The senators met on Tuesday to discuss the budget, and they agreed on a plan by evening.")},
	}}
	docs, problems := engine().Documents(context.Background(), st)
	if len(docs) != 2 || len(problems) != 0 {
		t.Fatalf("%d docs, problems %v", len(docs), problems)
	}
	if docs[0].Title != "Senators agree on budget" || docs[1].Title != "" {
		t.Errorf("titles %q and %q", docs[0].Title, docs[1].Title)
	}
	seeds := seedStory(t)
	want, _ := engine().Documents(context.Background(), seeds)
	for i := range seeds.Docs {
		seeds.Docs[i].Title = "Another headline"
	}
	got, _ := engine().Documents(context.Background(), seeds)
	for i := range got {
		if got[i].Title != want[i].Title {
			t.Errorf("doc %d: title %q replaced the page's %q", i, got[i].Title, want[i].Title)
		}
	}
}
