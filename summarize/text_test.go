package summarize

import (
	"testing"
)

func TestUnterminated(t *testing.T) {
	tests := []textCase{
		{"The senators met on Tuesday.", false},
		{`"We will not do it alone," Power said.`, false},
		{`He called it "a national disgrace."`, false},
		{"Is it over?", false},
		{"It was already october and he hadn't received his gi bill benefits for the start of his", true},
		{"The lawsuit claims that this proves kfc was aware it was \"intentionally misleading", true},
	}
	checkPredicate(t, "unterminated", unterminated, tests)
}

func TestCaptionLike(t *testing.T) {
	tests := []textCase{
		{"A woman reads a copy of the newly released book at a launch event in Sydney, September 15, 2009.", true},
		{"Smoke pours from a chimney at a cement plant in Binzhou city, Thursday, Jan. 17, 2013.", true},
		{"Judge Thokozile Masipa reads notes as she delivers her verdict in Pretoria, South Africa, Thursday, Sept. 11 2014.", true},
		{"Hillary Adams talks outside her mother's home in Portland, Texas, on Wednesday, Nov. 2nd, 2011", true},
		// A date that opens the sentence, or one in its middle, is the news.
		{"WASHINGTON, Sept. 15, 2014 — Secretary Kerry met his Iranian counterpart.", false},
		{"The senators met on September 15, 2009, and agreed on nothing.", false},
		{"The law takes effect on January 1, 2015.", false},
		{"Sales rose 12% in 2013.", false},
		{"", false},
	}
	checkPredicate(t, "captionLike", captionLike, tests)
}

func TestDangling(t *testing.T) {
	tests := []textCase{
		{"Given that this is the case, perhaps it would be best if the Iranians were part of the effort.", true},
		{"If so, the deal would collapse.", true},
		{"If sources are right, the deal would collapse.", false},
		{"He said the talks would resume.", true},
		{"“It’s over,” she said.", true}, // the quote refers back as much as the sentence
		{"“We will not do the airstrikes alone,” Power said.", false},
		{"It's over, the mayor said.", true},
		{"Additionally, Iran’s close ally Hezbollah has been involved in the war.", true},
		{"Moreover the plan fails.", true},
		{"Iran and the United States are on the same side.", false},
		{"Hezbollah has been involved in the war.", false},
		{"In both cases, acknowledging any kind of coordination would pose political risks.", true},
		{"In addition, the company paid a fine.", true},
		{"In addition to the fine, the company faces a lawsuit.", false},
		{"As a result, the vote was delayed.", true},
		{"As a result of the storm, the vote was delayed.", false},
		{"The latter has denied it.", true},
		{"The former president has denied it.", false},
		{"In this case the court ruled against him.", true},
		{"Indeed, his analogy to the Thirty Years War foreshadows a longer conflict.", true},
		{"Yesterday, they voted against the bill.", true},
		{"Yesterday, the senate voted against the bill.", false},
		{"In fact, the vote was close.", true},
		{"For example, the city paid twice.", true},
		{"Given that, the rhetoric noted above is to be expected.", true},
		{"Given that the talks failed, the rhetoric is to be expected.", false},
		{"As noted above, the two countries are talking behind the scenes.", true},
		{"The plane flew above the clouds for an hour before it landed.", false},
		{"In", false},
		{"", false},
	}
	checkPredicate(t, "dangling", dangling, tests)
}

// textCase is one row of a table test of a predicate on text.
type textCase struct {
	text string
	want bool
}

// checkPredicate runs the table tests of predicate fn, named name.
func checkPredicate(t *testing.T, name string, fn func(string) bool, tests []textCase) {
	t.Helper()
	for _, tt := range tests {
		if got := fn(tt.text); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", name, tt.text, got, tt.want)
		}
	}
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
	tests := []textCase{
		{"“We will not allow anyone to destroy our democracy.", true},
		{`"We need a leader who can bring people together and get stuff done.`, true},
		{"We’re thinking about doing it from the White House,” he said in an interview with Fox News.", true},
		{`The tweet went out along with "LIBERATE MICHIGAN!" and "LIBERATE VIRGINIA, and save your great 2nd Amendment.`, true},
		{`"We will not do the airstrikes alone," Power said.`, false},
		{"“I’m not going to waste my time,” he said.", false},
		{`He called it "a national disgrace" and left.`, false},
		{"The senators met on Tuesday.", false},
		{"He said it’s the party’s best chance.", false},
	}
	checkPredicate(t, "splitQuote", splitQuote, tests)
}
