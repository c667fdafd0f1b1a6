package segment

import "testing"

func TestLeansBack(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
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
		{"The former president has denied the report.", false},
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
		{"The move comes after Senate Republicans blocked a bill to establish a commission.", true},
		{"The vote was 285 to 120.", true},
		{"The news came as Chinese authorities revised the death toll in Wuhan.", true},
		{"The move to ban the app drew criticism.", false},
		{"The vote in the Senate was 52 to 48.", false},
		{"The movement has drawn thousands of protesters.", false},
		{"There’s no evidence of that.", true},
		{"A majority supports deporting them.", true},
		{"We all believe the country needs it.", true},
		{"Senator Bernie Sanders will soon unveil a plan to solve unemployment, but hasn’t yet figured out how to pay for it.", false},
		{"There's a chance that the effect could be about zero.", false},
		{"The company has denied all of this.”", true},
		{"Officials said the deal would pass despite those.", true},
		{"The former president has denied that report.", false},
		{"Trump said that.", true},
		{"“You have to go back to World War II to find a decline like this.”", true},
		{"Asked if he would be fine with it, Clyburn said: “No, I'm not fine with that.”", false},
		{"The", false},
		{"In", false},
		{"", false},
	} {
		if got := LeansBack(tt.text); got != tt.want {
			t.Errorf("LeansBack(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
