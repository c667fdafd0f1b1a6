package render

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
)

func TestFactsTextAndMarkdown(t *testing.T) {
	p := samplePage()
	num := docNumbers(p.Brief)
	tests := []struct {
		name  string
		write func(ew *errWriter)
		want  []string
		not   []string
	}{
		{"text", func(ew *errWriter) { writeFactsText(ew, p.Brief, p.Facts, num, 80) }, []string{
			"\nCorroborated\n• The two sides met on Monday in Geneva. [1][2]\n",
			"\nIn dispute\n• Claim: The report says officials are coordinating with the militia. [2] — The\n  report\n",
			"  Denied or contradicted: Officials said they will not coordinate with the\n    militia. [1] — Officials\n",
			"\nOnly one source\n[1] Talks <b>resume</b> & stall\n",
		}, []string{"• Talks <b>resume</b> & stall"}}, // the headline heads its facts, not among them
		{"markdown", func(ew *errWriter) { writeFactsMarkdown(ew, p.Brief, p.Facts, num) }, []string{
			"\n## Corroborated\n\n- The two sides met on Monday in Geneva. [\\[1\\]](#source-1)[\\[2\\]](#source-2)\n",
			"- **Claim:** The report says officials are coordinating with the militia. [\\[2\\]](#source-2) — The report\n",
			"\n### [1] Talks &lt;b&gt;resume&lt;/b&gt; & stall\n",
			"- A &lt;script&gt;alert(\"x\")&lt;/script&gt; tag is text here. [\\[1\\]](#source-1)\n",
		}, []string{"- Talks &lt;b&gt;resume"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			ew := &errWriter{w: &buf}
			tt.write(ew)
			if ew.err != nil {
				t.Fatal(ew.err)
			}
			for _, w := range tt.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, buf.String())
				}
			}
			for _, n := range tt.not {
				if strings.Contains(buf.String(), n) {
					t.Errorf("output holds %q:\n%s", n, buf.String())
				}
			}
		})
	}
	var buf bytes.Buffer
	ew := &errWriter{w: &buf}
	writeFactsText(ew, p.Brief, nil, num, 80)
	writeFactsMarkdown(ew, p.Brief, nil, num)
	if buf.Len() != 0 {
		t.Errorf("no facts, wrote %q", buf.String())
	}
}

func TestFactsJSON(t *testing.T) {
	p := samplePage()
	data, err := json.Marshal(factsJSON(p.Facts, docsByID(p.Brief)))
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(p.Facts) {
		t.Fatalf("%d facts, want %d", len(got), len(p.Facts))
	}
	d := got[1]
	if d["status"] != "disputed" || len(d["sources"].([]any)) != 2 || len(d["sides"].([]any)) != 2 {
		t.Errorf("disputed fact: %v", d)
	}
	src := got[0]["sources"].([]any)[1].(map[string]any)
	if src["doc"] != "d2" || src["line"] != 3.0 {
		t.Errorf("source: %v", src)
	}
	for i, f := range got {
		if _, ok := f["cut"]; ok {
			t.Errorf("fact %d: cut, though its sentence closes: %v", i, f)
		}
	}
	if string(mustJSON(t, factsJSON(nil, nil))) != "[]" {
		t.Error("no facts must be an empty list")
	}
}

func mustJSON(tb testing.TB, v any) []byte {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestFactsJSONCut checks that a fact whose representative sentence its
// source's text stops inside carries "cut", as a summary sentence does.
func TestFactsJSONCut(t *testing.T) {
	d := pageDoc("d1", "Talks resume\n\nThe two sides met on Monday in Geneva.\n\nThe identity of all donors will continue to\n")
	fs := []storybrief.Fact{
		{Text: "The two sides met on Monday in Geneva.", Status: storybrief.Single, Outlets: 1, Rep: support(cite(d, 3), "")},
		{Text: "The identity of all donors will continue to", Status: storybrief.Single, Outlets: 1, Rep: support(cite(d, 5), "")},
	}
	got := factsJSON(fs, map[string]*storybrief.Document{"d1": d})
	if got[0].Cut || !got[1].Cut {
		t.Errorf("cut = %v, %v; want false, true", got[0].Cut, got[1].Cut)
	}
	if !strings.Contains(string(mustJSON(t, got[1])), `"cut":true`) || strings.Contains(string(mustJSON(t, got[0])), `"cut"`) {
		t.Errorf("JSON: %s / %s", mustJSON(t, got[0]), mustJSON(t, got[1]))
	}
}

func TestRepFirst(t *testing.T) {
	sup := func(doc string, start int) storybrief.Support {
		return storybrief.Support{Citation: storybrief.Citation{Doc: doc, Span: storybrief.Span{Start: start}}}
	}
	ss := []storybrief.Support{sup("d1", 5), sup("d2", 9), sup("d3", 1), sup("d2", 30)}
	tests := []struct {
		doc  string
		want string
	}{
		{"d1", "d1@5 d2@9 d3@1 d2@30"},
		{"d2", "d2@9 d2@30 d1@5 d3@1"},
		{"d3", "d3@1 d1@5 d2@9 d2@30"},
		{"d9", "d1@5 d2@9 d3@1 d2@30"},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range repFirst(ss, tt.doc) {
			got = append(got, s.Doc+"@"+strconv.Itoa(s.Start))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("repFirst(%s) = %s, want %s", tt.doc, g, tt.want)
		}
	}
}

// TestDisputeLabels checks that the denying side of a dispute is labelled
// by what sets the dispute off, in text, Markdown, HTML and JSON.
func TestDisputeLabels(t *testing.T) {
	for _, tc := range []struct {
		basis storybrief.Basis
		label string
	}{
		{storybrief.Rebuttal, "Denied"},
		{storybrief.Figures, "Other figures"},
		{"", "Denied or contradicted"},
	} {
		t.Run(tc.label, func(t *testing.T) {
			p := samplePage()
			for i := range p.Facts {
				if p.Facts[i].Status == storybrief.Disputed {
					p.Facts[i].Basis = tc.basis
				}
			}
			num := docNumbers(p.Brief)
			var text, md bytes.Buffer
			writeFactsText(&errWriter{w: &text}, p.Brief, p.Facts, num, 80)
			writeFactsMarkdown(&errWriter{w: &md}, p.Brief, p.Facts, num)
			if !strings.Contains(text.String(), "\n  "+tc.label+": Officials said") {
				t.Errorf("text lacks %q:\n%s", tc.label, text.String())
			}
			if !strings.Contains(md.String(), "  **"+tc.label+":** Officials said") {
				t.Errorf("Markdown lacks %q:\n%s", tc.label, md.String())
			}
			var html bytes.Buffer
			if err := WriteHTML(&html, p); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(html.String(), `<span class="side">`+tc.label+`</span>Officials said`) {
				t.Errorf("HTML lacks %q", tc.label)
			}
			data, err := json.Marshal(factsJSON(p.Facts, docsByID(p.Brief)))
			if err != nil {
				t.Fatal(err)
			}
			if want := `"basis":"` + string(tc.basis) + `"`; tc.basis != "" && !strings.Contains(string(data), want) {
				t.Errorf("JSON lacks %s: %s", want, data)
			}
		})
	}
}

// TestRelatedSources checks that a corroborated fact cites after its text
// only the sources that restate it, and names the others as related, in
// text, Markdown, HTML and JSON.
func TestRelatedSources(t *testing.T) {
	p := samplePage()
	for i := range p.Facts {
		if p.Facts[i].Status == storybrief.Corroborated {
			p.Facts[i].Sources[1].Related = true
		}
	}
	num := docNumbers(p.Brief)
	var text, md bytes.Buffer
	writeFactsText(&errWriter{w: &text}, p.Brief, p.Facts, num, 80)
	writeFactsMarkdown(&errWriter{w: &md}, p.Brief, p.Facts, num)
	if want := "Geneva. [1] · related [2]"; !strings.Contains(text.String(), want) {
		t.Errorf("text lacks %q:\n%s", want, text.String())
	}
	if want := "Geneva. [\\[1\\]](#source-1) · related [\\[2\\]](#source-2)"; !strings.Contains(md.String(), want) {
		t.Errorf("Markdown lacks %q:\n%s", want, md.String())
	}
	var html bytes.Buffer
	if err := WriteHTML(&html, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), `<span class="related"> · related `) {
		t.Errorf("HTML lacks the related sources")
	}
	data, err := json.Marshal(factsJSON(p.Facts, docsByID(p.Brief)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"related":true`) {
		t.Errorf("JSON lacks related: %s", data)
	}
}
