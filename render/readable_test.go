package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
)

func TestReadable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"AT&amp;T said &quot;no&quot;.", `AT&T said "no".`},
		{"It&#39;s here&nbsp;now.", "It's here now."},
		{"AT&T and R&D stay as they are.", "AT&T and R&D stay as they are."},
		{"Tom & Jerry; a semicolon, no reference.", "Tom & Jerry; a semicolon, no reference."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Readable(tt.in); got != tt.want {
			t.Errorf("Readable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The views a person reads decode the references scraped text carries;
// the JSON keeps the source's own text.
func TestBriefDecodesReferencesForReaders(t *testing.T) {
	d := &storybrief.Document{ID: "d1", Source: "a.txt", Title: "Q&amp;A", Text: "x"}
	b := &storybrief.Brief{
		Documents: []*storybrief.Document{d},
		Summary:   []storybrief.SummarySentence{{Text: "Smith &amp; Wesson said it&#39;s done.", Sources: []storybrief.Citation{{Doc: "d1", Line: 1}}}},
		Entities:  []storybrief.Entity{{ID: "e1", Name: "Procter &amp; Gamble", Type: storybrief.Org, Docs: []string{"d1"}}},
	}
	for _, f := range []Format{Text, Markdown, HTML} {
		var buf bytes.Buffer
		if err := Brief(&buf, "", b, nil, Options{Format: f}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if f == HTML {
			out = strings.ReplaceAll(strings.ReplaceAll(out, "&amp;", "&"), "&#39;", "'")
		}
		if !strings.Contains(out, "Smith & Wesson said it's done.") || !strings.Contains(out, "Q&A") || !strings.Contains(out, "Procter & Gamble") || strings.Contains(out, "&amp;") {
			t.Errorf("%s: references not decoded:\n%s", f, out)
		}
	}
	var buf bytes.Buffer
	if err := Brief(&buf, "", b, nil, Options{Format: JSON}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Summary []struct{ Text string } `json:"summary"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Summary[0].Text != "Smith &amp; Wesson said it&#39;s done." {
		t.Errorf("JSON text %q: the source's own text is wanted", got.Summary[0].Text)
	}
}

// A summary sentence whose source was cut inside it closes with an
// ellipsis in the views people read; the JSON keeps the text verbatim and
// says "cut".
func TestCutSentenceEllipsis(t *testing.T) {
	d := &storybrief.Document{ID: "d1", Source: "a.txt", Text: "The vote was close on Tuesday night. The identity of all donors will continue to"}
	cut := storybrief.Citation{Doc: "d1", Line: 1, Span: storybrief.Span{Start: 37, End: len(d.Text)}}
	d2 := &storybrief.Document{ID: "d2", Source: "b.txt", Text: "The vote was close."}
	b := &storybrief.Brief{
		Documents: []*storybrief.Document{d, d2},
		Summary:   []storybrief.SummarySentence{{Text: "The identity of all donors will continue to", Sources: []storybrief.Citation{cut}, Cut: true}},
		Facts: []storybrief.Fact{{Text: "The identity of all donors will continue to", Status: storybrief.Single, Outlets: 1,
			Rep: storybrief.Support{Citation: cut}, Sources: []storybrief.Support{{Citation: cut}}}},
	}
	for _, f := range []Format{Text, Markdown, HTML} {
		var buf bytes.Buffer
		if err := Brief(&buf, "", b, nil, Options{Format: f}); err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(buf.String(), "will continue to …"); n != 2 {
			t.Errorf("%s: %d cut sentences closed by an ellipsis, want 2 (the summary's and the fact's):\n%s", f, n, buf.String())
		}
	}
	var buf bytes.Buffer
	if err := Brief(&buf, "", b, nil, Options{Format: JSON}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Summary []struct {
			Text string
			Cut  bool
		} `json:"summary"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if s := got.Summary[0]; s.Text != "The identity of all donors will continue to" || !s.Cut {
		t.Errorf("JSON summary %+v: the verbatim text and cut are wanted", s)
	}
}

// A brief of one article lists no facts of "only one source": every fact
// is that article's, and its summary shows the best of them.
func TestOneArticleListsNoSingleSourceFacts(t *testing.T) {
	d := &storybrief.Document{ID: "d1", Source: "a.txt", Text: "The vote was close on Tuesday night. The donors stay secret."}
	cite := storybrief.Citation{Doc: "d1", Line: 1, Span: storybrief.Span{Start: 37, End: len(d.Text)}}
	b := &storybrief.Brief{
		Documents: []*storybrief.Document{d},
		Summary:   []storybrief.SummarySentence{{Text: "The vote was close on Tuesday night.", Sources: []storybrief.Citation{{Doc: "d1", Line: 1, Span: storybrief.Span{End: 36}}}}},
		Facts: []storybrief.Fact{{Text: "The donors stay secret.", Status: storybrief.Single, Outlets: 1,
			Rep: storybrief.Support{Citation: cite}, Sources: []storybrief.Support{{Citation: cite}}}},
	}
	for _, docs := range [][]*storybrief.Document{{d}, {d, {ID: "d2", Source: "b.txt", Text: "Other news."}}} {
		b.Documents = docs
		for _, f := range []Format{Text, Markdown, HTML} {
			var buf bytes.Buffer
			if err := Brief(&buf, "", b, nil, Options{Format: f}); err != nil {
				t.Fatal(err)
			}
			if got, want := strings.Contains(buf.String(), "The donors stay secret."), len(docs) > 1; got != want {
				t.Errorf("%s, %d documents: single-source fact shown %v, want %v", f, len(docs), got, want)
			}
		}
	}
}
