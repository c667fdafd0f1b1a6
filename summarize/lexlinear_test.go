package summarize

import (
	"encoding/json"
	"math"
	"testing"
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
	if r2 := Progressive(even, odd); r2 < 0.5 {
		t.Errorf("progressive R² %.2f on a separable set", r2)
	}
	m := Average(even, odd)
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
	m := Average(f)
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
