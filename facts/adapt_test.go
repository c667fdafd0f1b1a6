package facts_test

import (
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/facts"
	"github.com/storybrief/storybrief/quote"
)

// withEntities finds facts as the pipeline does: with the story's
// entities and quotes.
func withEntities(tb testing.TB, docs []*storybrief.Document) []storybrief.Fact {
	ents := entity.Resolve(docs)
	var qs []storybrief.Quote
	for _, d := range docs {
		qs = append(qs, quote.Find(d, ents)...)
	}
	return finder(tb).Facts(docs, ents, qs)
}

// TestFactsWithEntities checks the seeds and the annotated stories when
// names come from the resolved entities and speakers from the quotes.
func TestFactsWithEntities(t *testing.T) {
	docs := seedDocs(t)
	fs := withEntities(t, docs)
	checkFacts(t, docs, fs)
	hit, missed := seedHits(t, docs, fs)
	t.Logf("seed facts with entities and quotes: %d/9, missed %v", hit, missed)
	if hit < 8 {
		t.Errorf("seed facts: %d of 9, want at least 8", hit)
	}
}

// TestNeuSFactsWithEntities scores the annotated stories as the pipeline
// finds their facts, with entities and quotes.
func TestNeuSFactsWithEntities(t *testing.T) {
	sets := []struct {
		name, ann, data string
		minF1, minAcc   float64
	}{
		{"tuned-42", "testdata/neus-facts.json", "testdata/neus-validation-42.jsonl", 0.63, 0.80},
		{"heldout-12", "testdata/neus-facts-heldout.json", "testdata/neus-validation-heldout.jsonl", 0.55, 0.65},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			stories := loadAnnotatedSet(t, set.ann, set.data)
			sc := evaluateWith(t, func(docs []*storybrief.Document) []storybrief.Fact { return withEntities(t, docs) }, stories, *dump)
			t.Logf("with entities and quotes: pairs P %.3f R %.3f F1 %.3f; status accuracy %.3f (%d/%d); disputed facts found %d, %d of them right, of %d annotated",
				sc.precision(), sc.recall(), sc.f1(), sc.accuracy(), sc.right, sc.total, sc.disputesFound, sc.disputesRight, sc.disputesInGold)
			if sc.f1() < set.minF1 || sc.accuracy() < set.minAcc {
				t.Errorf("F1 %.3f (bar %.2f), status accuracy %.3f (bar %.2f)", sc.f1(), set.minF1, sc.accuracy(), set.minAcc)
			}
		})
	}
}

// TestPronounSpeakers checks that a pronoun that speaks is read as the
// entity it stands for: one the sentence names before it, or one the last
// sentences named; a first-person pronoun outside a quotation is the
// author's own voice.
func TestPronounSpeakers(t *testing.T) {
	docs := []*storybrief.Document{
		doc("d1", "Washington (CNN) -- The Justice Department will drop its case against Michael Flynn, it announced on Thursday.\n"+
			"Senator Mitch McConnell met Nancy Pelosi at the Capitol on Tuesday.\n"+
			"She said the Senate would vote on the spending bill next week.\n"+
			"In 2016, I wrote that the spending bill would never pass the Senate.\n"+
			"A report on the bill was released by the Senate Budget Committee.\n"+
			"It says the spending bill would cost $2 trillion over ten years."),
		doc("d2", "The Justice Department said it is dropping its case against Michael Flynn, a former adviser.\n"+
			"It said the decision followed a review of the case by prosecutors in Missouri.\n"+
			"The Senate will vote on the spending bill next week, McConnell said.\n"+
			"The spending bill would cost $2 trillion over ten years, budget analysts estimate."),
	}
	// "It says" after a sentence that names the committee but where
	// nobody speaks is the report: it stays as it is.
	want := map[string]string{
		"Washington (CNN) -- The Justice Department will drop its case against Michael Flynn, it announced on Thursday.": "Justice Department",
		"She said the Senate would vote on the spending bill next week.":                                                 "Nancy Pelosi",
		"It said the decision followed a review of the case by prosecutors in Missouri.":                                 "Justice Department",
		"In 2016, I wrote that the spending bill would never pass the Senate.":                                           "",
		"It says the spending bill would cost $2 trillion over ten years.":                                               "It",
	}
	checkSpeakers(t, docs, want)
}

// TestSpeakersOfFrames checks that a quote attributed to a frame ("according
// to reports", "a new poll found") gives the sentence no speaker, while one
// attributed to a person does.
func TestSpeakersOfFrames(t *testing.T) {
	d := doc("d1", "Kushner has lost his clearance, according to reports. Psaki said talks would go on.")
	first, second := storybrief.Span{Start: 0, End: 53}, storybrief.Span{Start: 54, End: len(d.Text)}
	quotes := []storybrief.Quote{
		{Doc: "d1", Span: storybrief.Span{Start: 0, End: 30}, Speaker: "reports"},
		{Doc: "d1", Span: storybrief.Span{Start: 66, End: 86}, Speaker: "Jen Psaki"},
	}
	a := facts.SpeakersOf(quotes)
	if got := a.Speaker(d, first); got != "" {
		t.Errorf("speaker of %q = %q, want none", first.In(d.Text), got)
	}
	quotes[0].Speaker = "A new poll of citizens in Mexico"
	a = facts.SpeakersOf(quotes)
	if got := a.Speaker(d, first); got != "" {
		t.Errorf("speaker of %q = %q, want none", first.In(d.Text), got)
	}
	if got := a.Speaker(d, second); got != "Jen Psaki" {
		t.Errorf("speaker of %q = %q, want Jen Psaki", second.In(d.Text), got)
	}
}

// TestGroupSpeakers checks that "they" gives the group that the sentence
// opens with or that spoke in the sentence before, and stays as it is
// after a thing.
func TestGroupSpeakers(t *testing.T) {
	docs := []*storybrief.Document{
		doc("d1", "Congressional leaders have reached an agreement on sanctions against Russia, they said Saturday.\n"+
			"The administration insists that it will not coordinate military operations with Iran.\n"+
			"Doing so, they say, would anger U.S. allies Saudi Arabia and the United Arab Emirates.\n"+
			"Oil prices rose sharply in Asian trading on Monday morning.\n"+
			"They said the rise would not last beyond the end of the month."),
		doc("d2", "Congress reached an agreement on sanctions against Russia on Saturday.\n"+
			"The administration will not coordinate military operations with Iran.\n"+
			"Coordination would anger U.S. allies Saudi Arabia and the United Arab Emirates.\n"+
			"Oil prices rose sharply in Asian trading on Monday.\n"+
			"The rise will not last beyond the end of the month, traders said."),
	}
	want := map[string]string{
		"Congressional leaders have reached an agreement on sanctions against Russia, they said Saturday.": "Congressional leaders",
		"Doing so, they say, would anger U.S. allies Saudi Arabia and the United Arab Emirates.":           "The administration",
		"They said the rise would not last beyond the end of the month.":                                   "They",
	}
	checkSpeakers(t, docs, want)
}

// checkSpeakers checks the speaker of each sentence of want in the facts
// of docs (which name their documents d1, d2, …).
func checkSpeakers(t *testing.T, docs []*storybrief.Document, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, f := range withEntities(t, docs) {
		for _, s := range f.Sources {
			d := docs[s.Doc[1]-'1']
			got[d.Text[s.Start:s.End]] = s.Speaker
		}
	}
	for text, speaker := range want {
		if sp, ok := got[text]; !ok {
			t.Errorf("%q is in no fact (facts: %v)", text, got)
		} else if sp != speaker {
			t.Errorf("speaker of %q = %q, want %q", text, sp, speaker)
		}
	}
}
