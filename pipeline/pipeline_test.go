package pipeline_test

import (
	"context"
	"reflect"
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

// TestAdoptTitle checks that a headline the input names beside the text
// takes the text's first line out of the body when the line is that
// headline, as data sets that repeat it there have it (NeuS), and leaves
// the body alone otherwise.
func TestAdoptTitle(t *testing.T) {
	const (
		headline = "Sanders sends the establishment into panic mode."
		body     = "Tensions between party loyalists and the senator are reaching a boiling point as the democratic socialist cemented his front-runner status for the nomination.\n\n" +
			"The senator won the caucuses by a wide margin on Saturday, and his rivals spent Sunday arguing about who should drop out of the race first."
		// The extractor keeps a long opening line as body text.
		long = "Sanders sends the establishment into panic mode as moderates watch his lead grow."
	)
	for _, tc := range []struct {
		name, text, title string
		wantTitle         string
		wantLine          int
		wantParagraphs    int
	}{
		{"first line is the headline", headline + "\n\n" + body, headline, headline, 1, 2},
		{"a long headline kept as body", long + "\n\n" + body, long, long, 1, 2},
		{"case and final mark aside", "\nSANDERS sends the establishment into panic mode.\n\n" + body, "Sanders sends the establishment into  panic mode", "Sanders sends the establishment into panic mode", 2, 2},
		{"another first line", body, headline, headline, 0, 2},
		{"no title given", long + "\n\n" + body, "", "", 0, 3},
		{"the headline runs on", long + " More text.\n\n" + body, long, long, 0, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := ingest.Story{Docs: []ingest.Raw{{Source: "a", Data: []byte(tc.text), Title: tc.title}}}
			docs, problems := engine().Documents(context.Background(), st)
			if len(docs) != 1 || len(problems) != 0 {
				t.Fatalf("%d docs, problems %v", len(docs), problems)
			}
			d := docs[0]
			if d.Title != tc.wantTitle || d.TitleLine != tc.wantLine || len(d.Paragraphs) != tc.wantParagraphs {
				t.Errorf("title %q on line %d, %d paragraphs; want %q on line %d, %d paragraphs",
					d.Title, d.TitleLine, len(d.Paragraphs), tc.wantTitle, tc.wantLine, tc.wantParagraphs)
			}
			if tc.wantLine > 0 {
				if got := storybrief.CollapseSpace(d.Paragraphs[0].In(d.Text)); got == "" || got[0] != 'T' {
					t.Errorf("the body opens with %q", got)
				}
			}
		})
	}
}

// TestBriefTellsStories checks that a brief carries the stories its
// Grouper tells, and none when it tells one.
func TestBriefTellsStories(t *testing.T) {
	docs := []*storybrief.Document{{ID: "d1"}, {ID: "d2"}, {ID: "d3"}}
	tests := []struct {
		name   string
		groups [][]int
		want   [][]int
	}{
		{"one story", [][]int{{0, 1, 2}}, nil},
		{"two stories", [][]int{{0, 2}, {1}}, [][]int{{0, 2}, {1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &pipeline.Engine{Stories: pipeline.GrouperFunc(func([]*storybrief.Document) [][]int { return tt.groups })}
			if got := e.Brief(docs, storybrief.Budget{Words: 50}).Stories; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Stories = %v, want %v", got, tt.want)
			}
		})
	}
	if got := (&pipeline.Engine{}).Brief(docs, storybrief.Budget{Words: 50}).Stories; got != nil {
		t.Errorf("no Grouper: Stories = %v", got)
	}
}
