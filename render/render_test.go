package render

import (
	"bytes"
	"encoding/json"
	"fmt"
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

func TestTitle(t *testing.T) {
	noHeadlines := func(summary ...string) *storybrief.Brief {
		b := &storybrief.Brief{Documents: []*storybrief.Document{{ID: "d1", Text: "x"}}}
		for _, s := range summary {
			b.Summary = append(b.Summary, storybrief.SummarySentence{Text: s, Sources: []storybrief.Citation{{Doc: "d1", Line: 1}}})
		}
		return b
	}
	tests := []struct {
		name string
		b    *storybrief.Brief
		want string
	}{
		{"the most cited headline", sampleBrief(), "Headline B"},
		{"no headline: the first summary sentence", noHeadlines("Rescuers reach the mine.", "Two more sentences."), "Rescuers reach the mine."},
		{"cut at a word, references decoded", noHeadlines("The rag &amp; bone shop on the corner of the high street closed on Friday after ninety years of trading, its owner said."), "The rag & bone shop on the corner of the high street closed on Friday after ninety years…"},
		{"nothing to title", noHeadlines(), "Brief"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Title(tt.b); got != tt.want {
				t.Errorf("Title = %q, want %q", got, tt.want)
			}
		})
	}
	var buf bytes.Buffer
	if err := Brief(&buf, "", noHeadlines("Rescuers reach the mine."), nil, Options{Format: Markdown}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "# Rescuers reach the mine.\n") {
		t.Errorf("Markdown of a brief without headlines starts %q", buf.String()[:min(40, buf.Len())])
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

// TestBriefTextCounts checks the count line under the title, in the
// singular where a count is one.
func TestBriefTextCounts(t *testing.T) {
	one := sampleBrief()
	one.Documents = one.Documents[1:]
	one.Summary = one.Summary[1:]
	tests := []struct {
		name  string
		brief *storybrief.Brief
		want  string
	}{
		{"two sources", sampleBrief(), "2 sentences, 8 words, from 2 sources\n"},
		{"one source", one, "1 sentence, 4 words, from 1 source\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Brief(&buf, "", tt.brief, nil, Options{Format: Text}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, buf.String())
			}
		})
	}
}

func TestPlural(t *testing.T) {
	tests := []struct {
		n     int
		thing string
		want  string
	}{
		{1, "source", "1 source"},
		{0, "source", "0 sources"},
		{3, "new story", "3 new stories"},
		{1, "new story", "1 new story"},
		{2, "day", "2 days"},
	}
	for _, tt := range tests {
		if got := Plural(tt.n, tt.thing); got != tt.want {
			t.Errorf("Plural(%d, %q) = %q, want %q", tt.n, tt.thing, got, tt.want)
		}
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

// quoteBrief is a brief with a quote and entities over a real text.
func quoteBrief() *storybrief.Brief {
	text := `"We will not do the airstrikes alone if the president decides," Power said. The U.S. agreed.`
	d := &storybrief.Document{ID: "d1", Source: "a.txt", Title: "Headline A", Text: text}
	power := storybrief.Entity{ID: "e1", Name: "Samantha Power", Type: storybrief.Person, Docs: []string{"d1"}, Salience: 1,
		Mentions: []storybrief.Mention{{Doc: "d1", Line: 1, Span: storybrief.Span{Start: 64, End: 69}, Name: storybrief.Span{Start: 64, End: 69}, Entity: "e1"}}}
	us := storybrief.Entity{ID: "e2", Name: "U.S.", Type: storybrief.Place, Docs: []string{"d1"}, Salience: 0.5,
		Mentions: []storybrief.Mention{{Doc: "d1", Line: 1, Span: storybrief.Span{Start: 80, End: 84}, Name: storybrief.Span{Start: 80, End: 84}, Entity: "e2"}}}
	un := storybrief.Entity{ID: "e3", Name: "United Nations", Type: storybrief.Org, Docs: []string{"d1"}, Salience: 0.2}
	return &storybrief.Brief{
		Documents: []*storybrief.Document{d},
		Summary:   []storybrief.SummarySentence{{Text: "The U.S. agreed.", Sources: []storybrief.Citation{{Doc: "d1", Line: 1}}}},
		Quotes: []storybrief.Quote{{Doc: "d1", Line: 1, Kind: storybrief.QuoteDirect, Span: storybrief.Span{Start: 1, End: 62},
			Speaker: "Samantha Power", Entity: "e1", Cue: storybrief.Span{Start: 70, End: 74}}},
		Entities: []storybrief.Entity{power, us, un},
	}
}

func TestBriefQuotesAndEntitiesJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := Brief(&buf, "", quoteBrief(), nil, Options{Format: JSON}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Quotes []struct {
			Text, Speaker, Doc, Kind, Entity, Cue string
			Line                                  int
		} `json:"quotes"`
		Entities []struct {
			ID, Name, Type string
			Mentions, Docs []string
			Count          int
		} `json:"entities"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Quotes) != 1 || got.Quotes[0].Speaker != "Samantha Power" || got.Quotes[0].Kind != "direct" || got.Quotes[0].Doc != "d1" ||
		got.Quotes[0].Line != 1 || got.Quotes[0].Cue != "said" || !strings.HasPrefix(got.Quotes[0].Text, "We will not do the airstrikes alone") {
		t.Errorf("quotes = %+v", got.Quotes)
	}
	if len(got.Entities) != 3 || got.Entities[0].Name != "Samantha Power" || got.Entities[0].Type != "PERSON" ||
		strings.Join(got.Entities[0].Mentions, "|") != "Power" || got.Entities[0].Count != 1 || got.Entities[2].Mentions == nil {
		t.Errorf("entities = %+v", got.Entities)
	}
	buf.Reset()
	if err := Brief(&buf, "", sampleBrief(), nil, Options{Format: JSON}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"quotes": []`) || !strings.Contains(buf.String(), `"entities": []`) {
		t.Errorf("a brief without quotes must still have the keys:\n%s", buf.String())
	}
}

func TestBriefWhoSaidWhat(t *testing.T) {
	tests := []struct {
		format Format
		want   []string
	}{
		{Text, []string{"Who said what", "• Samantha Power: “We will not do the airstrikes alone if the president decides” [1]", "People: Samantha Power [1]", "Organizations: United Nations", "Places: U.S. [1]"}},
		{Markdown, []string{"## Who said what", "- **Samantha Power**: “We will not do the airstrikes alone if the president decides” [\\[1\\]](#source-1)", "## People, organizations and places", "- **People**: Samantha Power [\\[1\\]](#source-1)", "- **Places**: U.S. [\\[1\\]](#source-1)"}},
		{HTML, []string{"<b>Samantha Power</b> <span class=\"tag\">person</span>", "<b>U.S.</b> <span class=\"tag\">place</span>"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Brief(&buf, "", quoteBrief(), nil, Options{Format: tt.format}); err != nil {
				t.Fatal(err)
			}
			flat := strings.Join(strings.Fields(buf.String()), " ") // text output is wrapped
			for _, w := range tt.want {
				if !strings.Contains(flat, w) {
					t.Errorf("output lacks %q:\n%s", w, buf.String())
				}
			}
		})
	}
}

// TestStoriesNote checks the note on sources that seem to tell other
// stories, in each format.
func TestStoriesNote(t *testing.T) {
	four := sampleBrief()
	for _, id := range []string{"d3", "d4"} {
		four.Documents = append(four.Documents, &storybrief.Document{ID: id, Source: id + ".txt", Text: "z"})
	}
	many := *four
	many.Documents = nil
	for i := range 14 {
		many.Documents = append(many.Documents, &storybrief.Document{ID: fmt.Sprintf("d%d", i+1), Text: "z"})
	}
	many.Stories = [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {10, 11}, {12}, {13}}
	if got, want := StoriesNote(&many, false), "The 14 sources seem to tell 4 stories (the largest: 10 sources; 2 stand alone); the brief covers them all."; got != want {
		t.Errorf("StoriesNote of many = %q, want %q", got, want)
	}
	tests := []struct {
		name    string
		stories [][]int
		want    string
	}{
		{"one story", nil, ""},
		{"one stray", [][]int{{0, 1, 3}, {2}}, "Source [3] seems to tell another story than the others; the brief covers it too."},
		{"two strays", [][]int{{0, 1}, {3}, {2}}, "Sources [3][4] seem to tell other stories than the rest; the brief covers them too."},
		{"two stories", [][]int{{0, 2}, {1, 3}}, "The sources seem to tell 2 stories: [1][3] · [2][4]; the brief covers them all."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := *four
			b.Stories = tt.stories
			if got := StoriesNote(&b, false); got != tt.want {
				t.Errorf("StoriesNote = %q, want %q", got, tt.want)
			}
			for _, f := range []Format{Text, Markdown, HTML} {
				var buf bytes.Buffer
				if err := Brief(&buf, "", &b, nil, Options{Format: f}); err != nil {
					t.Fatal(err)
				}
				if has := strings.Contains(buf.String(), "seem"); has != (tt.want != "") {
					t.Errorf("%v: note shown %v, want %v", f, has, tt.want != "")
				}
			}
			var buf bytes.Buffer
			if err := Brief(&buf, "", &b, nil, Options{Format: JSON}); err != nil {
				t.Fatal(err)
			}
			var j BriefJSON
			if err := json.Unmarshal(buf.Bytes(), &j); err != nil {
				t.Fatal(err)
			}
			if len(j.Stories) != len(tt.stories) || len(tt.stories) > 0 && j.Stories[0][0] != "d1" {
				t.Errorf("JSON stories = %v, for %v", j.Stories, tt.stories)
			}
		})
	}
}

// TestKeyQuotesOverlap checks that a quote inside reported speech already
// shown (or around one) is not shown twice: "Jobs said once you use it,
// “you can’t go back.”" is one quote.
func TestKeyQuotesOverlap(t *testing.T) {
	text := `Steve Jobs said once you use a Retina display, “you can’t go back to the old one,” and he was right.`
	d := &storybrief.Document{ID: "d1", Source: "a.txt", Title: "Headline A", Text: text}
	direct := strings.Index(text, "“") + len("“")
	end := strings.Index(text, ",”")
	reported := strings.Index(text, "once")
	b := &storybrief.Brief{
		Documents: []*storybrief.Document{d},
		Quotes: []storybrief.Quote{
			{Doc: "d1", Line: 1, Kind: storybrief.QuoteReported, Span: storybrief.Span{Start: reported, End: end}, Speaker: "Steve Jobs"},
			{Doc: "d1", Line: 1, Kind: storybrief.QuoteDirect, Span: storybrief.Span{Start: direct, End: end}, Speaker: "Steve Jobs"},
		},
	}
	got := keyQuotes(b)
	if len(got) != 1 || !strings.HasPrefix(got[0].text, "“you can’t go back") {
		t.Errorf("keyQuotes = %+v, want the direct quote alone", got)
	}
}
