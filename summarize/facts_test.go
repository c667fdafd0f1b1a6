package summarize

import (
	"slices"
	"testing"

	"github.com/storybrief/storybrief"
)

// doc builds a one-paragraph document whose sentences are the given texts,
// one per line.
func doc(id string, sents ...string) *storybrief.Document {
	d := &storybrief.Document{ID: id}
	p := storybrief.Paragraph{Kind: storybrief.KindBody, Line: 1}
	for i, s := range sents {
		start := len(d.Text)
		d.Text += s + "\n"
		p.Sentences = append(p.Sentences, storybrief.Sentence{Span: storybrief.Span{Start: start, End: start + len(s)}, Line: i + 1})
	}
	p.Span = storybrief.Span{Start: 0, End: len(d.Text) - 1}
	d.Paragraphs = []storybrief.Paragraph{p}
	return d
}

func TestUseFactsCitesOnlyCloseMembers(t *testing.T) {
	d1 := doc("d1", "The council approved the city budget of $2 billion on Tuesday night.", "Rain fell on the parade route all afternoon long.")
	d2 := doc("d2", "On Tuesday night the council approved a city budget of $2 billion.", "A bakery opened downtown with a long line of customers.")
	c := Prepare([]*storybrief.Document{d1, d2})
	cite := func(d *storybrief.Document, k int) storybrief.Support {
		s := d.Paragraphs[0].Sentences[k]
		return storybrief.Support{Citation: storybrief.Citation{Doc: d.ID, Line: s.Line, Span: s.Span}}
	}
	c.UseFacts([]storybrief.Fact{
		{Status: storybrief.Corroborated, Outlets: 2, Sources: []storybrief.Support{cite(d1, 0), cite(d2, 0)}},
		// A loose group: the sentences share no words; no citation follows.
		{Status: storybrief.Corroborated, Outlets: 2, Sources: []storybrief.Support{cite(d1, 1), cite(d2, 1)}},
	})
	if c.outlets[0] != 2 || len(c.factCitations(0)) != 1 || c.factCitations(0)[0].Doc != "d2" {
		t.Errorf("budget sentence: outlets %d, citations %v", c.outlets[0], c.factCitations(0))
	}
	if c.outlets[1] != 0 || c.factCitations(1) != nil {
		t.Errorf("unrelated sentences must not cite each other: outlets %d, citations %v", c.outlets[1], c.factCitations(1))
	}
	got := c.Cite([]int{0})
	if len(got[0].Sources) != 2 || got[0].Sources[1].Doc != "d2" {
		t.Errorf("Cite = %+v", got)
	}
}

func TestPickSpread(t *testing.T) {
	d1 := doc("d1", "The council approved the city budget on Tuesday night.", "Mayor Lee signed the spending plan within an hour.", "Taxes on property will rise by two percent next spring.")
	d2 := doc("d2", "Opponents of the plan promised a referendum in November.")
	c := Prepare([]*storybrief.Document{d1, d2})
	score := []float64{1, 0.95, 0.9, 0.8}
	ranked := []int{0, 1, 2, 3}
	b := storybrief.Budget{Sentences: 3}
	tests := []struct {
		spread float64
		want   []int
	}{
		{1, []int{0, 1, 2}},   // the best three, all from d1
		{0.9, []int{0, 1, 3}}, // d1's third sentence yields to d2
		{0.5, []int{0, 3, 1}},
	}
	for _, tt := range tests {
		got := c.pickSpread(ranked, score, b, 0, tt.spread)
		if !slices.Equal(got, tt.want) {
			t.Errorf("spread %v: chose %v, want %v", tt.spread, got, tt.want)
		}
	}
}

// A document whose text stops inside its last sentence marks that sentence
// cut, and the summary sentence made of it says so; a sentence that ends
// its document with a closing mark, or one that stops short in the middle
// of a document, is not cut.
func TestCutSentence(t *testing.T) {
	tests := []struct {
		name string
		d    *storybrief.Document
		sent int
		want bool
	}{
		{"text ends mid-phrase", doc("d1", "The council met on Tuesday night to vote on the budget.", "The identity of all donors will continue to"), 1, true},
		{"closing quotation mark only", doc("d1", "The council met on Tuesday night to vote on the budget.", `"We will keep the names of all donors private for`+"\u201d"), 1, true},
		{"terminated", doc("d1", "The council met on Tuesday night to vote on the budget.", "The identity of all donors will stay secret."), 1, false},
		{"mid-document heading", doc("d1", "Budget talks resume", "The council met on Tuesday night to vote on the budget."), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Prepare([]*storybrief.Document{tt.d})
			if got := c.Sents[tt.sent].cut; got != tt.want {
				t.Errorf("cut = %v, want %v", got, tt.want)
			}
			if got := c.Cite([]int{tt.sent})[0].Cut; got != tt.want {
				t.Errorf("SummarySentence.Cut = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRestates(t *testing.T) {
	d1 := doc("d1", "The council approved the city budget of $2 billion on Tuesday night.", "Rain fell on the parade route all afternoon long.")
	d2 := doc("d2", "On Tuesday night the council approved a city budget of $2 billion.", "A bakery opened downtown with a long line of customers.")
	d3 := doc("d3", "The council approved a budget for the city after a long debate with the mayor, the police union and the teachers.")
	c := Prepare([]*storybrief.Document{d1, d2, d3})
	budget1, rain, budget2, bakery, loose := c.ByDoc[0][0], c.ByDoc[0][1], c.ByDoc[1][0], c.ByDoc[1][1], c.ByDoc[2][0]
	// another outlet's words for the same vote: no citation, but a
	// paraphrase a short brief should not take twice
	if sim, cited := c.closeTo(loose, budget1); cited || sim < paraphraseSim {
		t.Fatalf("the looser paraphrase: cosine %.3f, cited %v; want between paraphraseSim and citeThreshold", sim, cited)
	}
	for _, tc := range []struct {
		name   string
		i      int
		chosen []int
		want   bool
	}{
		{"a paraphrase", budget2, []int{budget1}, true},
		{"a paraphrase among others", budget2, []int{rain, budget1}, true},
		{"another fact", bakery, []int{budget1, rain}, false},
		{"nothing chosen", budget2, nil, false},
		{"a looser paraphrase", loose, []int{budget1}, true},
	} {
		if _, got := c.echoes(tc.i, tc.chosen); got != tc.want {
			t.Errorf("%s: restates = %v, want %v", tc.name, got, tc.want)
		}
	}
}
