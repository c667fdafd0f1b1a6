package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/pipeline"
)

// TestBriefDisputedClaims checks that the summary never states a claim
// that the facts show in dispute: with a fact finder that puts every
// sentence the summary would choose on the claim side of a dispute, none
// of them is chosen, and the brief keeps the facts.
func TestBriefDisputedClaims(t *testing.T) {
	eng := engine()
	docs, problems := eng.Documents(context.Background(), seedStory(t))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	budget := storybrief.Budget{Words: 120}
	plain := eng.Brief(docs, budget)
	if len(plain.Summary) == 0 || plain.Facts != nil {
		t.Fatalf("without a fact finder: %d summary sentences, %d facts", len(plain.Summary), len(plain.Facts))
	}
	var claim []storybrief.Support
	for _, s := range plain.Summary {
		claim = append(claim, storybrief.Support{Citation: s.Sources[0]})
	}
	disputed := storybrief.Fact{Text: plain.Summary[0].Text, Status: storybrief.Disputed, Rep: claim[0], Sources: claim,
		Sides: []storybrief.Side{{Stance: storybrief.Asserts, Sources: claim}, {Stance: storybrief.Denies, Sources: claim[:1]}}}
	eng.Facts = pipeline.FactFinderFunc(func(docs []*storybrief.Document, _ []storybrief.Entity, _ []storybrief.Quote) []storybrief.Fact {
		return []storybrief.Fact{disputed}
	})
	br := eng.Brief(docs, budget)
	if len(br.Facts) != 1 {
		t.Fatalf("%d facts, want the finder's 1", len(br.Facts))
	}
	if len(br.Summary) == 0 {
		t.Fatal("no summary")
	}
	for _, s := range br.Summary {
		for _, c := range claim {
			if s.Sources[0].Doc == c.Doc && s.Sources[0].Start == c.Start {
				t.Errorf("the summary states a disputed claim: %q", s.Text)
			}
		}
	}
	// the brief's documents are the originals, sentences and all
	for i, d := range br.Documents {
		if d != docs[i] {
			t.Errorf("document %d replaced", i)
		}
	}
	n := 0
	for _, p := range docs[0].Paragraphs {
		n += len(p.Sentences)
	}
	if n == 0 || strings.TrimSpace(docs[0].Text) == "" {
		t.Error("documents lost their sentences")
	}
}
