package facts_test

import (
	"fmt"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/facts"
	"github.com/storybrief/storybrief/segment"
)

// doc builds a document of one paragraph per line.
func doc(id, text string) *storybrief.Document {
	d := &storybrief.Document{ID: id, Source: id + ".txt", Text: text}
	start := 0
	for i, line := range append(splitLines(text), "") {
		if line != "" {
			p := storybrief.Paragraph{Span: storybrief.Span{Start: start, End: start + len(line)}, Line: i + 1, Kind: storybrief.KindBody}
			for _, s := range segment.Sentences(line) {
				s.Start += start
				s.End += start
				p.Sentences = append(p.Sentences, storybrief.Sentence{Span: s, Line: i + 1})
			}
			d.Paragraphs = append(d.Paragraphs, p)
		}
		start += len(line) + 1
	}
	return d
}

func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		out = append(out, s[:i])
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return out
}

func Example() {
	docs := []*storybrief.Document{
		doc("d1", "The Senate confirmed Judge Amy Coney Barrett to the Supreme Court on Monday by a vote of 52-48.\nThe White House denied that the administration is coordinating with Iran."),
		doc("d2", "Senators voted 52-48 on Monday to confirm Amy Coney Barrett to the Supreme Court.\nCritics say the administration is coordinating with Iran."),
	}
	var f facts.Finder
	for _, fact := range f.Find(docs) {
		fmt.Printf("%s, %d outlets: %s\n", fact.Status, fact.Outlets, fact.Text)
		for _, side := range fact.Sides {
			fmt.Printf("  %s: %s\n", side.Stance, side.Speakers)
		}
	}
	// Output:
	// corroborated, 2 outlets: Senators voted 52-48 on Monday to confirm Amy Coney Barrett to the Supreme Court.
	// disputed, 2 outlets: Critics say the administration is coordinating with Iran.
	//   asserts: [Critics]
	//   denies: [The White House]
}
