package render

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storybrief/storybrief"
)

var updateHTML = flag.Bool("update-html", false, "rewrite testdata/page.html.golden")

// pageDoc builds a document of one paragraph per non-empty line, one
// sentence per line, with the first line as its headline.
func pageDoc(id, text string) *storybrief.Document {
	d := &storybrief.Document{ID: id, Source: id + ".txt", Format: "text", Text: text}
	start := 0
	for i, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\n")
		switch {
		case i == 0:
			d.Title, d.TitleLine = body, 1
		case body != "":
			sp := storybrief.Span{Start: start, End: start + len(body)}
			d.Paragraphs = append(d.Paragraphs, storybrief.Paragraph{Span: sp, Line: i + 1, Kind: storybrief.KindBody,
				Sentences: []storybrief.Sentence{{Span: sp, Line: i + 1}}})
		}
		start += len(line)
	}
	return d
}

// cite cites the sentence of d on line (its paragraph's only sentence) or
// the headline (line 1).
func cite(d *storybrief.Document, line int) storybrief.Citation {
	if line == 1 {
		return storybrief.Citation{Doc: d.ID, Line: 1, Span: storybrief.Span{Start: 0, End: len(d.Title)}}
	}
	for _, p := range d.Paragraphs {
		if p.Line == line {
			return storybrief.Citation{Doc: d.ID, Line: line, Span: p.Sentences[0].Span}
		}
	}
	panic("no line")
}

func support(c storybrief.Citation, who string) storybrief.Support {
	return storybrief.Support{Citation: c, Speaker: who}
}

// samplePage is a small story: two outlets, a corroborated fact, a
// disputed one, facts of one outlet, and article text that must be
// escaped.
func samplePage() Page {
	a := pageDoc("d1", "Talks <b>resume</b> & stall\n\nThe two sides met on Monday in Geneva.\n\nOfficials said they will not coordinate with the militia.\n\nA <script>alert(\"x\")</script> tag is text here.\n")
	b := pageDoc("d2", "Talks resume in Geneva\n\nNegotiators met in Geneva on Monday.\n\nThe report says officials are coordinating with the militia.\n")
	br := &storybrief.Brief{
		Documents: []*storybrief.Document{a, b},
		Summary: []storybrief.SummarySentence{
			{Text: "The two sides met on Monday in Geneva.", Sources: []storybrief.Citation{cite(a, 3), cite(b, 3)}},
		},
	}
	fs := []storybrief.Fact{
		{Text: "The two sides met on Monday in Geneva.", Status: storybrief.Corroborated, Outlets: 2, Rep: support(cite(a, 3), ""),
			Sources: []storybrief.Support{support(cite(a, 3), ""), support(cite(b, 3), "")}},
		{Text: "The report says officials are coordinating with the militia.", Status: storybrief.Disputed, Outlets: 2,
			Rep:     support(cite(b, 5), "The report"),
			Sources: []storybrief.Support{support(cite(a, 5), "Officials"), support(cite(b, 5), "The report")},
			Sides: []storybrief.Side{
				{Stance: storybrief.Asserts, Sources: []storybrief.Support{support(cite(b, 5), "The report")}, Speakers: []string{"The report"}},
				{Stance: storybrief.Denies, Sources: []storybrief.Support{support(cite(a, 5), "Officials")}, Speakers: []string{"Officials"}},
			}},
		{Text: `A <script>alert("x")</script> tag is text here.`, Status: storybrief.Single, Outlets: 1, Rep: support(cite(a, 7), ""),
			Sources: []storybrief.Support{support(cite(a, 7), "")}},
		{Text: "Talks <b>resume</b> & stall", Status: storybrief.Single, Outlets: 1, Rep: support(cite(a, 1), ""),
			Sources: []storybrief.Support{support(cite(a, 1), "")}},
	}
	return Page{Story: "sample", Brief: br, Facts: fs,
		Quotes:   []PageQuote{{Speaker: "An official", Text: "“We will not coordinate”", Cite: cite(a, 5)}},
		Entities: []PageEntity{{Name: "Geneva", Type: "PLACE", Mentions: []string{"Geneva"}, Docs: []string{"d2", "d1"}}},
	}
}

// parsePage renders p and parses the page.
func parsePage(tb testing.TB, p Page) (string, *html.Node) {
	tb.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, p); err != nil {
		tb.Fatal(err)
	}
	root, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		tb.Fatal(err)
	}
	return buf.String(), root
}

func walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(x *html.Node) {
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
		}
	})
	return b.String()
}

func TestHTMLPage(t *testing.T) {
	page, root := parsePage(t, samplePage())
	ids := map[string]*html.Node{}
	var scripts, cites []*html.Node
	sections := map[string]bool{}
	walk(root, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if id := attr(n, "id"); id != "" {
			if ids[id] != nil {
				t.Errorf("id %q twice", id)
			}
			ids[id] = n
		}
		switch n.Data {
		case "script":
			scripts = append(scripts, n)
		case "a":
			if strings.Contains(attr(n, "class"), "cite") {
				cites = append(cites, n)
			}
		case "section":
			sections[attr(n, "id")] = true
		}
	})
	if len(scripts) != 1 {
		t.Errorf("%d script elements, want the page's own only: article text must be escaped", len(scripts))
	}
	if strings.Contains(page, "<script>alert") || strings.Contains(page, "<b>resume") {
		t.Error("article text is not escaped")
	}
	for _, want := range []string{"summary", "corroborated", "disputed", "single", "quotes", "entities", "sources"} {
		if !sections[want] {
			t.Errorf("no section %q", want)
		}
	}
	if len(cites) == 0 {
		t.Fatal("no citations")
	}
	for _, a := range cites {
		target := attr(a, "data-target")
		if attr(a, "href") != "#"+target {
			t.Errorf("citation href %q, data-target %q", attr(a, "href"), target)
		}
		el := ids[target]
		if el == nil {
			t.Errorf("citation %s points to no element", target)
			continue
		}
		if el.Data == "span" && !strings.Contains(attr(el, "class"), "s") {
			t.Errorf("citation %s points to no sentence", target)
		}
	}
	// The summary's citations mark their sentences; a fact of one source
	// links to its sentence without marking it.
	for _, id := range []string{"d1-29", "d2-24", "d1-69", "d2-62"} {
		if el := ids[id]; el == nil || !strings.Contains(attr(el, "class"), "cited") {
			t.Errorf("sentence %s is cited but not marked", id)
		}
	}
	for _, id := range []string{"d1-128", "d1-0"} {
		if el := ids[id]; el == nil || strings.Contains(attr(el, "class"), "cited") {
			t.Errorf("sentence %s, of a fact of one source, is missing or marked", id)
		}
	}
	if el := ids["d1-0"]; el == nil || text(el) != "Talks <b>resume</b> & stall" {
		t.Errorf("the headline is not on the page verbatim: %v", el)
	}
	// The dispute names both sides.
	d := ids["disputed"]
	if d == nil || !strings.Contains(text(d), "The report") || !strings.Contains(text(d), "Officials") {
		t.Error("dispute does not name both sides")
	}
	// Every sentence of the articles is on the page, verbatim.
	for _, doc := range samplePage().Brief.Documents {
		for _, p := range doc.Paragraphs {
			for _, s := range p.Sentences {
				el := ids[sentenceID(doc.ID, s.Start)]
				if el == nil || text(el) != s.In(doc.Text) {
					t.Errorf("%s:%d not on the page verbatim", doc.ID, s.Line)
				}
			}
		}
	}
}

func TestHTMLGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, samplePage()); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/page.html.golden"
	if *updateHTML {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test -update-html writes it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("page differs from %s (go test -update-html rewrites it)", golden)
	}
}

func TestHTMLEmpty(t *testing.T) {
	_, root := parsePage(t, Page{})
	if root == nil {
		t.Fatal("no page")
	}
}

// TestRestatedFactShownOnce checks that a corroborated fact whose own
// sentence an earlier fact already cites as restating its text is not
// shown again, in text or on the page.
func TestRestatedFactShownOnce(t *testing.T) {
	a := pageDoc("d1", "Talks resume\n\nThe two sides met on Monday in Geneva.\n")
	b := pageDoc("d2", "Talks in Geneva\n\nNegotiators met in Geneva on Monday, officials said.\n")
	br := &storybrief.Brief{Documents: []*storybrief.Document{a, b}}
	const again = "Negotiators met in Geneva on Monday, officials said."
	fs := []storybrief.Fact{
		{Text: "The two sides met on Monday in Geneva.", Status: storybrief.Corroborated, Outlets: 2, Rep: support(cite(a, 3), ""),
			Sources: []storybrief.Support{support(cite(a, 3), ""), support(cite(b, 3), "")}},
		{Text: again, Status: storybrief.Corroborated, Outlets: 2, Rep: support(cite(b, 3), ""),
			Sources: []storybrief.Support{{Citation: cite(a, 3), Related: true}, support(cite(b, 3), "")}},
	}
	fl := newFactLines(br, fs, map[string]int{"d1": 1, "d2": 2})
	if len(fl.corroborated) != 1 || fl.moreCorroborated != 0 {
		t.Errorf("text shows %d corroborated facts (%d more), want 1", len(fl.corroborated), fl.moreCorroborated)
	}
	page, _ := parsePage(t, Page{Story: "s", Brief: br, Facts: fs})
	if strings.Count(page, again) > 1 { // once in its article, once more as a fact
		t.Errorf("the page shows the restated sentence as a fact of its own")
	}
}
