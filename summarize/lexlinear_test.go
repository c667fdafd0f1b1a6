package summarize

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/storybrief/storybrief"
)

func TestLexLinearFit(t *testing.T) {
	// "arrested" marks kept sentences; "click" marks dropped ones; the
	// pair "killed two" is news where "killed" alone is not.
	train := []struct {
		text string
		y    float64
	}{
		{"Police arrested the suspect on Monday.", 0.6},
		{"Click here to subscribe (it is free).", 0.0},
		{"The suspect was arrested after a chase.", 0.5},
		{"The storm killed two people in Ohio.", 0.6},
		{"The game killed time on a rainy afternoon.", 0.1},
	}
	even, odd := NewLexLinearFit(), NewLexLinearFit()
	for round := 0; round < 200; round++ {
		for k, s := range train {
			if k%2 == 0 {
				even.Add(s.text, s.y)
			} else {
				odd.Add(s.text, s.y)
			}
			// Both halves see every sentence, in another order.
			if k%2 == 0 {
				odd.Add(s.text, s.y)
			} else {
				even.Add(s.text, s.y)
			}
		}
	}
	if r2 := ProgressiveR2(even, odd); r2 < 0.5 {
		t.Errorf("progressive R² %.2f on a separable set", r2)
	}
	m := AverageLexLinear(even, odd)
	tk := getTokenizer()
	defer putTokenizer(tk)
	tests := []struct {
		text     string
		min, max float64
	}{
		{"Police arrested the suspect on Monday.", 0.5, 0.7},
		{"Click here to subscribe (it is free).", -0.1, 0.1},
		{"The storm killed two people in Ohio.", 0.5, 0.7},
	}
	for _, tt := range tests {
		if got := m.Predict(tk, tt.text); got < tt.min || got > tt.max {
			t.Errorf("Predict(%q) = %.3f, want in [%v, %v]", tt.text, got, tt.min, tt.max)
		}
	}
	if a, b := m.Predict(tk, "Officers arrested a man."), m.Predict(tk, "Click to read more."); a <= b {
		t.Errorf("unseen sentences: arrested %.3f <= click %.3f", a, b)
	}
	if got := m.Predict(tk, ""); got != m.Bias {
		t.Errorf("empty text: %v, want the bias %v", got, m.Bias)
	}
	var none *LexLinear
	if got := none.Predict(tk, "anything"); got != 0 {
		t.Errorf("nil model: %v", got)
	}
}

func TestLexLinearRoundTrip(t *testing.T) {
	f := NewLexLinearFit()
	for k := 0; k < 50; k++ {
		f.Add("Police arrested the suspect on Monday.", 0.6)
		f.Add("Click here to subscribe.", 0)
	}
	m := AverageLexLinear(f)
	js, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var back LexLinear
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if err := back.decode(); err != nil {
		t.Fatal(err)
	}
	tk := getTokenizer()
	defer putTokenizer(tk)
	for _, s := range []string{"Police arrested the suspect on Monday.", "Click here to subscribe.", "Nothing alike."} {
		if a, b := m.Predict(tk, s), back.Predict(tk, s); math.Abs(a-b) > 1e-12 {
			t.Errorf("%q: %v before the round trip, %v after", s, a, b)
		}
	}
	for _, bad := range []LexLinear{
		{Bits: 0},
		{Bits: 4, Weights: make([]byte, 10)},
		{Bits: 30, Weights: make([]byte, 4)},
	} {
		if err := bad.decode(); err == nil {
			t.Errorf("decode accepted bits %d with %d bytes", bad.Bits, len(bad.Weights))
		}
	}
}

func TestLexLinearInStory(t *testing.T) {
	// The same words score by whether other documents of the story use
	// them: a budget the other outlet reports is news, a parade it does
	// not mention is colour.
	d1 := doc("d1", "The council approved the city budget on Tuesday night.", "Rain fell on the parade route all afternoon.")
	d2 := doc("d2", "On Tuesday night the council approved a budget for the city.", "A bakery opened downtown with a long line.")
	c := Prepare([]*storybrief.Document{d1, d2})
	f := NewLexLinearFit()
	for round := 0; round < 300; round++ {
		f.AddInStory(c, 0, 0.6)
		f.AddInStory(c, 1, 0.05)
		f.AddInStory(c, 2, 0.6)
		f.AddInStory(c, 3, 0.05)
	}
	m := AverageLexLinear(f)
	shared, alone := m.PredictInStory(c, 0), m.PredictInStory(c, 1)
	if shared < 0.45 || alone > 0.2 {
		t.Errorf("shared sentence %.3f (want about 0.6), unshared %.3f (want about 0.05)", shared, alone)
	}
	// In another story where the parade is what both outlets report, the
	// same words carry support and score higher than they did alone.
	e1 := doc("e1", "Rain fell on the parade route all afternoon.")
	e2 := doc("e2", "The parade route stayed wet as rain fell all afternoon.")
	c2 := Prepare([]*storybrief.Document{e1, e2})
	if got := m.PredictInStory(c2, 0); got <= alone {
		t.Errorf("supported parade sentence %.3f <= unsupported %.3f", got, alone)
	}
	var none *LexLinear
	if none.PredictInStory(c, 0) != 0 {
		t.Error("nil model predicted")
	}
}
