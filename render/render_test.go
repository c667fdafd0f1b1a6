package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
)

func sampleBrief() *storybrief.Brief {
	d1 := &storybrief.Document{ID: "d1", Source: "a.txt", Title: "Headline A", Text: "x"}
	d2 := &storybrief.Document{ID: "d2", Source: "b.txt", Title: "Headline B", Text: "y"}
	return &storybrief.Brief{
		Documents: []*storybrief.Document{d1, d2},
		Summary: []storybrief.SummarySentence{
			{Text: "Both say this *loudly*.", Sources: []storybrief.Citation{{Doc: "d2", Line: 3}, {Doc: "d1", Line: 7}}},
			{Text: "Only B says that.", Sources: []storybrief.Citation{{Doc: "d2", Line: 5}}},
		},
	}
}

func TestBriefJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Brief(&buf, "", sampleBrief(), nil, Options{Format: JSON}); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"documents", "summary", "title", "words"} {
		if _, ok := got[key]; !ok {
			t.Errorf("JSON lacks %q", key)
		}
	}
	s := got["summary"].([]any)[0].(map[string]any)
	src := s["sources"].([]any)[1].(map[string]any)
	if s["text"] != "Both say this *loudly*." || src["doc"] != "d1" || src["line"] != 7.0 {
		t.Errorf("summary[0] = %v", s)
	}
	if got["title"] != "Headline B" {
		t.Errorf("title %v: the most cited document's headline is wanted", got["title"])
	}
}

func TestBriefTextAndMarkdown(t *testing.T) {
	tests := []struct {
		format Format
		want   []string
	}{
		{Text, []string{"• Both say this *loudly*. [2][1]", "• Only B says that. [2]", "[1] Headline A — a.txt (cited: line 7)", "[2] Headline B — b.txt (cited: line 3, 5)"}},
		{Markdown, []string{"# Headline B", `- Both say this \*loudly\*. [\[2\]](#source-2)[\[1\]](#source-1)`, `2. <a id="source-2"></a>**Headline B** — ` + "`b.txt`"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Brief(&buf, "", sampleBrief(), nil, Options{Format: tt.format}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, buf.String())
				}
			}
		})
	}
}

func TestWrap(t *testing.T) {
	got := wrap("aaa bbb ccc ddd", 7, "  ")
	if got != "aaa bbb\n  ccc\n  ddd" {
		t.Errorf("wrap = %q", got)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"text": Text, "JSON": JSON, "md": Markdown, "markdown": Markdown} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("xml must be refused")
	}
}
