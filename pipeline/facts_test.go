package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/quote"
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

// TestBriefLeavesOtherLanguagesToTheirSummary checks that a document in
// another language gets no entities or quotes (English rules would misread
// its capitals and verbs) and keeps its place in the summary.
func TestBriefLeavesOtherLanguagesToTheirSummary(t *testing.T) {
	eng := engine()
	eng.Entities = pipeline.ResolverFunc(entity.Resolve)
	eng.Quotes = pipeline.QuoteFinderFunc(quote.Find)
	st := ingest.Story{Docs: []ingest.Raw{
		{Source: "en.txt", Data: []byte("Chancellor Olaf Scholz said on Tuesday in Berlin that the government would cut taxes sharply next year.\n\n\"We are acting now,\" Scholz told reporters after the cabinet meeting.\n")},
		{Source: "de.txt", Data: []byte("Bundeskanzler Olaf Scholz sagte am Dienstag in Berlin, die Regierung werde die Steuern im nächsten Jahr deutlich senken.\n\n\"Wir handeln jetzt\", sagte Scholz nach der Sitzung des Kabinetts vor Journalisten.\n")},
	}}
	docs, problems := eng.Documents(context.Background(), st)
	if len(problems) > 0 || len(docs) != 2 {
		t.Fatalf("%d docs, problems %v", len(docs), problems)
	}
	br := eng.Brief(docs, storybrief.Budget{Words: 120})
	if docs[0].Lang != "en" || docs[1].Lang != "de" {
		t.Errorf("languages %q, %q", docs[0].Lang, docs[1].Lang)
	}
	for _, e := range br.Entities {
		for _, d := range e.Docs {
			if d == docs[1].ID {
				t.Errorf("entity %q read from the German document", e.Name)
			}
		}
	}
	for _, q := range br.Quotes {
		if q.Doc == docs[1].ID {
			t.Errorf("quote %q read from the German document", q.Span.In(docs[1].Text))
		}
	}
	if len(br.Entities) == 0 || len(br.Quotes) == 0 {
		t.Errorf("the English document lost its entities (%d) or quotes (%d)", len(br.Entities), len(br.Quotes))
	}
	cited := map[string]bool{}
	for _, s := range br.Summary {
		cited[s.Sources[0].Doc] = true
	}
	if !cited[docs[1].ID] {
		t.Errorf("the German document is in no summary sentence")
	}
}
