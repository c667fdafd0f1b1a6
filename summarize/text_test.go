package summarize

import (
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/internal/texttest"
)

func TestUnterminated(t *testing.T) {
	tests := map[string]bool{
		"The senators met on Tuesday.":           false,
		`"We will not do it alone," Power said.`: false,
		`He called it "a national disgrace."`:    false,
		"Is it over?":                            false,
		"It was already october and he hadn't received his gi bill benefits for the start of his": true,
		"The lawsuit claims that this proves kfc was aware it was \"intentionally misleading":     true,
	}
	texttest.Check(t, "unterminated", unterminated, tests)
}

func TestCaptionLike(t *testing.T) {
	tests := map[string]bool{
		"A woman reads a copy of the newly released book at a launch event in Sydney, September 15, 2009.":                   true,
		"Smoke pours from a chimney at a cement plant in Binzhou city, Thursday, Jan. 17, 2013.":                             true,
		"Judge Thokozile Masipa reads notes as she delivers her verdict in Pretoria, South Africa, Thursday, Sept. 11 2014.": true,
		"Hillary Adams talks outside her mother's home in Portland, Texas, on Wednesday, Nov. 2nd, 2011":                     true,
		// A date that opens the sentence, or one in its middle, is the news.
		"WASHINGTON, Sept. 15, 2014 — Secretary Kerry met his Iranian counterpart.": false,
		"The senators met on September 15, 2009, and agreed on nothing.":            false,
		"The law takes effect on January 1, 2015.":                                  false,
		"Sales rose 12% in 2013.":                                                   false,
		"":                                                                          false,
	}
	texttest.Check(t, "captionLike", captionLike, tests)
}

func TestNameLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Ambassador Frances D. Cook, ret.", true},
		{"Greil Marcus, Wynton Marsalis, Jazz at Lincoln Center.", true},
		{"Kerry met Zarif in New York.", false},
		{"The two sides met on Monday in Geneva.", false},
		{"ambassador frances d. cook, ret.", false}, // lower-cased corpus
		{"Obama Speaks.", false},                    // too short to tell
		{"Secretary of State John Kerry met Iran's foreign minister in New York on Sunday.", false},
	}
	for _, tt := range tests {
		if got := nameLine(tt.text); got != tt.want {
			t.Errorf("nameLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSplitQuote(t *testing.T) {
	tests := map[string]bool{
		"“We will not allow anyone to destroy our democracy.":                                                           true,
		`"We need a leader who can bring people together and get stuff done.`:                                           true,
		"We’re thinking about doing it from the White House,” he said in an interview with Fox News.":                   true,
		`The tweet went out along with "LIBERATE MICHIGAN!" and "LIBERATE VIRGINIA, and save your great 2nd Amendment.`: true,
		`"We will not do the airstrikes alone," Power said.`:                                                            false,
		"“I’m not going to waste my time,” he said.":                                                                    false,
		`He called it "a national disgrace" and left.`:                                                                  false,
		"The senators met on Tuesday.":                                                                                  false,
		"He said it’s the party’s best chance.":                                                                         false,
	}
	texttest.Check(t, "splitQuote", splitQuote, tests)
}

func TestQuotationIsOneUnit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sents []string
		want  []string
	}{
		{"a quotation over two sentences",
			[]string{"“I’m not going to waste my time with a virtual debate.", "We’re thinking about doing it from the White House,” he said.", "The debate was later canceled."},
			[]string{"“I’m not going to waste my time with a virtual debate. We’re thinking about doing it from the White House,” he said.", "The debate was later canceled."}},
		{"straight marks",
			[]string{`"We need a leader who can bring people together.`, `Washington is broken," he said in the video.`},
			[]string{`"We need a leader who can bring people together. Washington is broken," he said in the video.`}},
		{"a closed quotation stays alone",
			[]string{"“We will not do it alone,” Power said.", "The talks went on."},
			[]string{"“We will not do it alone,” Power said.", "The talks went on."}},
		{"a quotation left open stays as it is",
			[]string{"“We will not allow anyone to destroy our democracy.", "The senators met on Tuesday.", "The vote was close.", "The bill passed."},
			[]string{"“We will not allow anyone to destroy our democracy.", "The senators met on Tuesday.", "The vote was close.", "The bill passed."}},
		{"a quotation closed only with a new one opened",
			[]string{"“We are ready.", "“So are we,” she said.", "The rest followed."},
			[]string{"“We are ready.", "“So are we,” she said.", "The rest followed."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Prepare([]*storybrief.Document{doc("d1", tc.sents...)})
			var got []string
			for _, s := range c.Sents {
				got = append(got, s.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("units\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
