package quote_test

import (
	"fmt"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/quote"
	"github.com/storybrief/storybrief/segment"
)

func ExampleFind() {
	text := `White House press secretary Josh Earnest said there was no military cooperation. "I'm not in a position to discuss private correspondence," Earnest said.`
	sentences := []storybrief.Sentence{}
	for _, s := range segment.Sentences(text) {
		sentences = append(sentences, storybrief.Sentence{Span: s, Line: 1})
	}
	doc := &storybrief.Document{ID: "d1", Text: text, Paragraphs: []storybrief.Paragraph{
		{Span: storybrief.Span{Start: 0, End: len(text)}, Line: 1, Kind: storybrief.KindBody, Sentences: sentences},
	}}
	docs := []*storybrief.Document{doc}
	for _, q := range quote.Find(doc, entity.Resolve(docs)) {
		fmt.Printf("%s (%s): %s\n", q.Speaker, q.Kind, q.In(text))
	}
	// Output:
	// Josh Earnest (reported): there was no military cooperation
	// Josh Earnest (direct): I'm not in a position to discuss private correspondence,
}
