package summarize

import (
	"math"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/internal/texttest"
)

func TestLexicalFit(t *testing.T) {
	f := NewLexicalFit()
	// "arrested" marks kept sentences in every story; "click" marks
	// dropped ones; "Zork" is one story's name, however often it recurs.
	for s := 0; s < 10; s++ {
		f.Add("Police arrested the suspect on Monday.", 0.6)
		f.Add("Click here to subscribe (it is free).", 0.0)
		f.Add("The suspect was arrested after a chase.", 0.5)
		if s == 0 {
			for k := 0; k < 20; k++ {
				f.Add("Zork said nothing.", 0.3)
			}
		}
		f.EndStory()
	}
	other := NewLexicalFit()
	other.Add("Officers arrested two men.", 0.7)
	other.EndStory()
	f.Merge(other)
	l := f.Fit(5, 1, 1000)
	if l == nil {
		t.Fatal("no table")
	}
	if l.Value["arrested"] <= 0 || l.Value["click"] >= 0 || l.Value["("] >= 0 {
		t.Errorf("arrested %v, click %v, ( %v", l.Value["arrested"], l.Value["click"], l.Value["("])
	}
	if _, ok := l.Value["zork"]; ok {
		t.Error("a word of one story entered the table")
	}
	if l.Value["^police"] <= 0 {
		t.Errorf("first-word key: %v", l.Value["^police"])
	}
	tk := getTokenizer()
	defer putTokenizer(tk)
	mean, lo, hi, first := l.features(tk, "Police arrested a man; click here.")
	if !(lo < mean && mean < hi) || first <= 0 {
		t.Errorf("features: mean %v lo %v hi %v first %v", mean, lo, hi, first)
	}
	if NewLexicalFit().Fit(1, 1, 10) != nil {
		t.Error("an empty fit gave a table")
	}
}

func TestLengthFit(t *testing.T) {
	var f LengthFit
	if f.Fit() != nil {
		t.Error("no stories gave a model")
	}
	for docs := 2; docs <= 6; docs++ {
		f.Add(docs, 150+25*docs-10)
		f.Add(docs, 150+25*docs+10)
	}
	m := f.Fit()
	if math.Abs(m.Base-150) > 1e-9 || math.Abs(m.PerDoc-25) > 1e-9 {
		t.Fatalf("fit %+v, want base 150 per_doc 25", m)
	}
	if got, want := m.Words(4), int(math.Floor(lengthScale*250)); got != want {
		t.Errorf("Words(4) = %d, want %d", got, want)
	}
}

func TestForestPackedMatchesTrees(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Forest == nil {
		t.Skip("the shipped model is linear")
	}
	// The plain reading of the trees, node arrays and all.
	plain := m.Forest.walk
	c := Prepare([]*storybrief.Document{
		doc("a", "The senate passed the budget bill on Friday after a long debate.", "Critics called the budget bill reckless and costly."),
		doc("b", "Lawmakers passed a budget bill late on Friday night.", "The president is expected to sign it next week, aides said."),
	})
	bg, _ := DefaultBackground()
	for i, row := range Features(c, bg, m.Lexical) {
		if got, want := m.Forest.Predict(row), plain(row); math.Abs(got-want) > 1e-9 {
			t.Errorf("sentence %d: packed %v, plain %v", i, got, want)
		}
	}
}

func TestFirstPerson(t *testing.T) {
	tests := map[string]bool{
		"Like I said, it’s a long shot.":                 true,
		"We should not be surprised by this.":            true,
		"I'm not sure we have better alternatives.":      true,
		`"I will not resign," the mayor said.`:           false,
		"“We are ready,” Kerry told reporters.":          false,
		`He said "we tried" but I doubt it.`:             true,
		"The Islamic State threatens Iranian interests.": false,
		"Iran's influence is growing in Iraq.":           false,
	}
	texttest.Check(t, "firstPerson", firstPerson, tests)
}
