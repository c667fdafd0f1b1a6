package pipeline

import (
	"testing"

	"github.com/storybrief/storybrief"
)

func TestAttributeQuotes(t *testing.T) {
	entities := []storybrief.Entity{
		{ID: "e1", Name: "Josh Earnest", Type: storybrief.Person},
		{ID: "e2", Name: "Jen Psaki", Type: storybrief.Person},
	}
	quote := func(doc string, start, end int, speaker string) storybrief.Quote {
		q := storybrief.Quote{Doc: doc, Span: storybrief.Span{Start: start, End: end}, Speaker: speaker}
		for _, e := range entities {
			if e.Name == speaker {
				q.Entity = e.ID
			}
		}
		return q
	}
	sentence := func(text, doc string, start, end int) storybrief.SummarySentence {
		return storybrief.SummarySentence{Text: text, Sources: []storybrief.Citation{{Doc: doc, Span: storybrief.Span{Start: start, End: end}}}}
	}
	tests := []struct {
		name     string
		sentence storybrief.SummarySentence
		quotes   []storybrief.Quote
		want     string
	}{
		{"unnamed speaker", sentence(`"The policy remains unchanged."`, "a", 100, 130), []storybrief.Quote{quote("a", 101, 128, "Josh Earnest")}, "Josh Earnest"},
		{"named by surname", sentence(`"The policy remains unchanged," Earnest said.`, "a", 100, 145), []storybrief.Quote{quote("a", 101, 128, "Josh Earnest")}, ""},
		{"named in full", sentence(`Josh Earnest said: "The policy remains unchanged."`, "a", 100, 150), []storybrief.Quote{quote("a", 120, 148, "Josh Earnest")}, ""},
		{"quote elsewhere in the document", sentence("The talks went on.", "a", 100, 118), []storybrief.Quote{quote("a", 200, 230, "Josh Earnest")}, ""},
		{"quote in another document", sentence(`"The policy remains unchanged."`, "a", 100, 130), []storybrief.Quote{quote("b", 101, 128, "Josh Earnest")}, ""},
		{"speaker named as written, without an entity", sentence(`"We are ready," the spokesman said.`, "a", 100, 135), []storybrief.Quote{quote("a", 100, 114, "the spokesman")}, ""},
		{"speaker unknown", sentence(`"The policy remains unchanged."`, "a", 100, 130), []storybrief.Quote{quote("a", 101, 128, "")}, ""},
		{"the larger overlap wins", sentence(`"Yes," and then "the policy remains unchanged."`, "a", 100, 148), []storybrief.Quote{quote("a", 100, 106, "Jen Psaki"), quote("a", 115, 147, "Josh Earnest")}, "Josh Earnest"},
	}
	for _, tt := range tests {
		br := &storybrief.Brief{Summary: []storybrief.SummarySentence{tt.sentence}, Quotes: tt.quotes, Entities: entities}
		attributeQuotes(br)
		if got := br.Summary[0].Speaker; got != tt.want {
			t.Errorf("%s: speaker %q, want %q", tt.name, got, tt.want)
		}
	}
}
