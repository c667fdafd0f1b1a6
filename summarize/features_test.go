package summarize

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/segment"
)

func TestQuoteFeatures(t *testing.T) {
	d1 := doc("d1",
		"The mayor signed the city budget on Tuesday night after a long debate.",
		`"This budget keeps every library open for another year," the mayor said.`,
		`Opponents called the plan "a gift to developers" and promised a referendum.`,
		"Property taxes will rise by two percent next spring under the plan.")
	d2 := doc("d2",
		"A city budget passed on Tuesday after hours of argument in the council.",
		`"This budget keeps every library open," said Mayor Lee, who signed it.`,
		`He added that the city "will not raise any fees again."`)
	c := Prepare([]*storybrief.Document{d1, d2})
	rows := Features(c, nil, nil)
	cols := []featureIndex{fQuoteAttrib, fQuoteOpen, fQuoteClose, fQuoteInside, fQuoteRank, fQuoteDoc, fQuoteStory, fQuoteEcho}
	tests := []struct {
		name string
		sent int
		want []float64 // in cols order
	}{
		{"no quotation mark", 0, []float64{0, 0, 0, 0, 0, 0, 0, 0}},
		// 12 words, 9 inside the marks.
		{"opening quote, attributed", 1, []float64{1, 1, 0, 9.0 / 12, 0, 2, 4, -1}},
		// 12 words, 4 inside; the second quote of its document; nothing repeats it.
		{"quoted phrase", 2, []float64{0, 0, 0, 4.0 / 12, 1, 2, 4, 0}},
		{"no quotation mark", 3, []float64{0, 0, 0, 0, 0, 0, 0, 0}},
		{"other outlet's quote", 5, []float64{1, 1, 0, 6.0 / 12, 0, 2, 4, -1}},
		// 11 words, 6 inside; ends on the closing mark.
		{"closing quote", 6, []float64{1, 0, 1, 6.0 / 11, 1, 2, 4, 0}},
	}
	for _, tt := range tests {
		row := rows[tt.sent]
		for k, col := range cols {
			want := tt.want[k]
			if want < 0 { // echo: checked below
				continue
			}
			if math.Abs(row[col]-want) > 1e-9 {
				t.Errorf("%s (sentence %d): %s = %v, want %v", tt.name, tt.sent, FeatureNames[col], row[col], want)
			}
		}
	}
	// The two outlets repeat the same quote: each echoes the other, and
	// the echo is a share of the sentence's own pairs.
	for _, i := range []int{1, 5} {
		if e := rows[i][fQuoteEcho]; e <= 0.2 || e > 1 {
			t.Errorf("sentence %d: quote_echo = %v, want a share above 0.2", i, e)
		}
	}
}

// TestShortBriefLeavesNameLines checks that a short brief leaves out a
// line of names (a letter's signatory), which it would only take to fill
// its last words, while a long one still ranks it.
func TestShortBriefLeavesNameLines(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	bg, _ := DefaultBackground()
	c := Prepare([]*storybrief.Document{doc("d1",
		"The forces of illiberalism are gaining strength throughout the world and have a powerful ally in the president.",
		"The free exchange of information and ideas is daily becoming more constricted, the signatories write.",
		"Ambassador Frances D. Cook, ret.")})
	_, short, _ := scored(c, m, bg, storybrief.Budget{Words: 60})
	_, long, _ := scored(c, m, bg, storybrief.Budget{Words: 300})
	if slices.Contains(short, 2) || len(short) != 2 {
		t.Errorf("short brief ranks %v, want the two statements only", short)
	}
	if !slices.Contains(long, 2) {
		t.Errorf("long brief ranks %v, want the name line too", long)
	}
}

// TestShortBriefDiscounts checks that a short brief, and only a short one,
// discounts a photo caption and a sentence that ends in a colon, and
// weighs what the other documents repeat (shortSupport).
func TestShortBriefDiscounts(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	bg, _ := DefaultBackground()
	tests := []struct {
		name string
		docs []*storybrief.Document
		want []float64 // short/long score of each sentence, in order
	}{
		{"photo caption", []*storybrief.Document{
			doc("d1",
				"Secretary of State John Kerry met Iran's foreign minister in New York on Sunday to discuss the militants.",
				"A woman walks past a poster of the president in Tehran, Iran, September 21, 2014."),
			doc("d2", "Kerry said there is a role for nearly every country in the coalition against the militants."),
		}, []float64{1, captionDiscount, 1}},
		{"announcement of a quote", []*storybrief.Document{
			doc("d1",
				"AT&T agreed on Monday to buy Time Warner for $85 billion, in a deal that would reshape the media industry.",
				"Randall Stephenson, the chief executive of the company, told analysts on Monday afternoon:",
				"Regulators in Washington are expected to review the deal closely before the end of the year."),
		}, []float64{1, unterminatedDiscount, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Prepare(tt.docs)
			short, _, _ := scored(c, m, bg, storybrief.Budget{Words: 60})
			long, _, _ := scored(c, m, bg, storybrief.Budget{Words: 300})
			for i, want := range tt.want {
				if long[i] <= 0 {
					t.Fatalf("sentence %d: no score", i)
				}
				sup, _, _ := c.support(i)
				want *= 1 + shortSupport*sup
				if got := short[i] / long[i]; math.Abs(got-want) > 1e-9 {
					t.Errorf("sentence %d (%q): short/long score = %v, want %v", i, c.Sents[i].Text, got, want)
				}
			}
		})
	}
}

// TestShortBriefWeighsRepeats checks that a short brief weighs a sentence
// that another source repeats above one that no other source tells, more
// than a long summary does.
func TestShortBriefWeighsRepeats(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	bg, _ := DefaultBackground()
	c := Prepare([]*storybrief.Document{
		doc("d1",
			"Secretary of State John Kerry met Iran's foreign minister in New York on Sunday to discuss the militants.",
			"The meeting lasted an hour and took place at a hotel near the United Nations headquarters."),
		doc("d2", "Kerry met Iran's foreign minister on Sunday in New York to discuss the fight against the militants."),
	})
	short, _, _ := scored(c, m, bg, storybrief.Budget{Words: 60})
	long, _, _ := scored(c, m, bg, storybrief.Budget{Words: 300})
	repeated, alone := short[0]/long[0], short[1]/long[1]
	if repeated < 1.5*alone {
		t.Errorf("short/long score: %.3f for the repeated sentence, %.3f for the one told once; want the first at least 1.5 times the second", repeated, alone)
	}
}

// TestShortBriefLeavesOutNoNews checks that a short brief with words to
// spare does not fill them with a sentence that tells only what an outlet
// has not seen or that someone declined to comment.
func TestShortBriefLeavesOutNoNews(t *testing.T) {
	c := Prepare([]*storybrief.Document{
		doc("d1",
			"Two dozen diplomats at the U.S. Embassy in Kabul warned about a Taliban takeover in a dissent cable sent last month.",
			"NBC News has not seen the cable.",
			"The State Department declined to comment."),
		doc("d2", "Diplomats in Kabul warned in a dissent cable last month that the Taliban could take over the country."),
	})
	for _, i := range (Storybrief{}).Select(c, storybrief.Budget{Words: 120}) {
		if txt := c.Sents[i].Text; segment.NoNews(txt) {
			t.Errorf("the short brief holds %q", txt)
		}
	}
}

// TestShortBriefSaysItOnce checks that a short brief holds no sentence
// that repeats one it holds: two outlets' nearly equal reports of one
// figure, or one quotation under two attributions.
func TestShortBriefSaysItOnce(t *testing.T) {
	c := Prepare([]*storybrief.Document{
		doc("d1",
			"New weekly jobless claims jumped 137,000 to 853,000 in the week that ended December 5, the Department of Labor said Thursday.",
			"That is far worse than economists had expected.",
			"“Homosexuals have a right to be a part of the family,” Francis said in “Francesco,” a new film about his life."),
		doc("d2",
			"Initial jobless claims in regular state programs rose by 137,000 to 853,000 in the week ended Dec. 5, Labor Department data showed Thursday.",
			"\"Homosexuals have a right to be a part of the family,\" said the pope.",
			"The prior week included Thanksgiving, and data tend to be volatile around holidays."),
	})
	chosen := (Storybrief{}).Select(c, storybrief.Budget{Words: 120})
	var claims, family int
	for _, i := range chosen {
		txt := c.Sents[i].Text
		if strings.Contains(txt, "853,000") {
			claims++
		}
		if strings.Contains(txt, "part of the family") {
			family++
		}
	}
	if claims > 1 || family > 1 {
		t.Errorf("the brief repeats itself: %d sentences on the claims, %d with the quotation (%v)", claims, family, chosen)
	}
	if claims == 0 {
		t.Errorf("the brief leaves out the claims: %v", chosen)
	}
}
