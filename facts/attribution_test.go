package facts

import "testing"

func TestAttribution(t *testing.T) {
	tests := []struct {
		text, speaker, frame string // frame: the words left out of what is said
	}{
		{"Psaki said negotiations did not include military coordination.", "Psaki", "Psaki said"},
		{"\"We will not do it alone,\" said Kerry.", "Kerry", "said Kerry"},
		{"According to the Labor Department, hiring rose in May.", "the Labor Department", "According to the Labor Department"},
		{"The administration insists that it will not coordinate with Iran.", "The administration", "The administration insists"},
		{"Cain flatly denies the most serious allegation facing him.", "Cain", "Cain flatly denies"},
		{"Psaki has also said that talks may go on.", "Psaki", "Psaki has also said"},
		{"Biden, who will cross the 100-day mark next week, also announced tax credits for employers.", "Biden", "Biden, who will cross the 100-day mark next week, also announced"},
		{"The Balochistan Liberation Army, a group fighting for autonomy, has claimed responsibility for the attack.", "The Balochistan Liberation Army", "The Balochistan Liberation Army, a group fighting for autonomy, has claimed"},
		{"It was widely reported on Friday night that Barrett was the choice.", "", ""},
		{"Twitter declined to say how many accounts were suspended.", "", ""},
		// A frame without a speaker: the claim is the document's own.
		{"Obama Coordinating With Iran In Islamic State Fight, Growing Evidence Suggests", "", "Growing Evidence Suggests"},
		{"Hiring rose in May, reports say.", "", "reports say"},
		{"Hiring rose in May.", "", ""},
		// A passive verb of saying names nobody, and a denial of a thing
		// is no denial of words.
		{"She was reported missing on Friday, igniting a search.", "", ""},
		{"Supreme Court denies election appeal from Pennsylvania Republicans.", "", ""},
		// Data speak for their maker, or for nobody.
		{"Biden's campaign has more people of color among its senior staff, according to data regarding the diversity of their staffs.", "", "according to data regarding the diversity of their staffs"},
		{"Hiring rose in May, according to new figures from the Labor Department.", "the Labor Department", "according to new figures from the Labor Department"},
		{"Biden will propose a tax increase, according to a Bloomberg report on Monday.", "Bloomberg", "according to a Bloomberg report on Monday"},
		{"The deal was struck in May, according to a much anticipated report from the New York Times.", "the New York Times", "according to a much anticipated report from the New York Times"},
		{"McAfee was found dead in his cell, according to a report in El País.", "El País", "according to a report in El País"},
		{"Hispanic unemployment is at a new low, according to the Bureau of Labor Statistics.", "the Bureau of Labor Statistics", "according to the Bureau of Labor Statistics"},
		{"Iran proved vital to al Qaeda's safe passage, according to bin Laden records.", "bin Laden", "according to bin Laden records"},
		{"The unemployment rate rose to 5.9%, the Bureau of Labor Statistics reported Friday.", "the Bureau of Labor Statistics", "the Bureau of Labor Statistics reported"},
		{"It lasted a minute, the US Geological Survey said.", "the US Geological Survey", "the US Geological Survey said"},
		{"Ex-Space Force commander: DOD videos claimed white people are evil.", "DOD", "DOD videos claimed"},
		{"The DoJ records say the phones were wiped.", "DoJ", "The DoJ records say"},
		{"Reports said the target had been tracked for hours.", "", "Reports said"},
		{"Previous reports alleged that the charges would follow.", "", "Previous reports alleged"},
		{"The CNN/New York Times debate on Tuesday revealed new dynamics.", "", "The CNN/New York Times debate on Tuesday revealed"},
		// A noun in -ly is no adverb; a passive's agent and a sum added
		// say nothing of the sentence.
		{"McCain will discontinue treatment, his family said in a statement on Friday.", "his family", "his family said"},
		{"The selection of Becerra — first reported by The New York Times on Sunday — is a victory for the caucus.", "", ""},
		{"The U.S. economy added 224,000 jobs in June.", "", ""},
		{"Jobs report disappoints — only 235,000 positions added vs. expectations of 720,000.", "", ""},
		{"Trump added that the deal was off.", "Trump", "Trump added"},
		{"She added the bureau did not have enough evidence.", "She", "She added"},
		{"\"It is over,\" he added.", "he", "he added"},
		// A subject pronoun after other words opens the clause that
		// speaks; a phrase after "despite" or "in", or a count alone,
		// speaks for nobody.
		{"The senator congratulated Biden, marking the first time he said the election was over.", "he", "he said"},
		{"In a statement it said it would no longer observe the limits.", "it", "it said"},
		{"Trump has done so repeatedly, despite what Wallace said.", "", ""},
		{"Of the 86 patients interviewed, 66 said they had vaped.", "", ""},
		// Where it was said is no part of who speaks.
		{"Biden in an interview with CNN said the plan would pass.", "Biden", "Biden in an interview with CNN said"},
		{"The senator on Fox News said the vote would fail.", "The senator", "The senator on Fox News said"},
		{"Trump at town hall says he played it down.", "Trump", "Trump at town hall says"},
		{"Lawmakers during a hearing on Capitol Hill said the bill would pass.", "Lawmakers", "Lawmakers during a hearing on Capitol Hill said"},
		{"The Council on Foreign Relations said the risk was high.", "The Council on Foreign Relations", "The Council on Foreign Relations said"},
		{"President Donald Trump vowed not to participate in next week's debate, organizers announced.", "organizers", "organizers announced"},
		{"Former heads of the CIA — both parties — say what he's saying is garbage.", "Former heads of the CIA", "Former heads of the CIA — both parties — say"},
		{"Sen. Joe Manchin, D-W.Va., and Sen. Lisa Murkowski, R-Alaska, wrote a letter calling on Congress to act.", "Sen. Joe Manchin and Sen. Lisa Murkowski", "Sen. Joe Manchin, D-W.Va., and Sen. Lisa Murkowski, R-Alaska, wrote"},
		{"Manchin, a West Virginia Democrat, and Murkowski, an Alaska Republican, wrote that the bill would fail.", "Manchin and Murkowski", "Manchin, a West Virginia Democrat, and Murkowski, an Alaska Republican, wrote"},
		{"The bill passed the House, and Sen. Lisa Murkowski, R-Alaska, said she would back it.", "Sen. Lisa Murkowski", "Sen. Lisa Murkowski, R-Alaska, said"},
		{"A source familiar with what happened told CNN that Atlas resigned.", "A source familiar with what happened", "A source familiar with what happened told"},
		{"There were 190,000 encounters in June, Customs and Border Protection (CBP) announced Friday.", "Customs and Border Protection", "Customs and Border Protection (CBP) announced"},
		{"Unemployment was 6.1% in April — representing 9.8 million people who say they are looking for work.", "", ""},
		{"The DOJ is investigating a scheme, according to court documents that were unsealed Tuesday.", "", "according to court documents that were unsealed Tuesday"},
		// A reporting verb in a clause of time or cause attributes nothing.
		{"Shares fell 4 %, after the world's biggest burger chain reported weak sales for August.", "", ""},
		{"Stocks fell on Monday before the company said it would cut 3,000 jobs.", "", ""},
		// A relative pronoun speaks for what it follows; a verb inside a
		// quotation is the quoted speaker's.
		{"Biden fires Social Security Commissioner Andrew Saul, who says he isn't leaving.", "Social Security Commissioner Andrew Saul", "who says"},
		{"The Pentagon's top policy official, who warned against the effort, is stepping down.", "The Pentagon's top policy official", "who warned"},
		{"The case was brought by WHO, who said the risk is low.", "WHO", "who said"},
		{"The WHO said the risk is low.", "The WHO", "The WHO said"},
		{"“He tells me that he didn't know about it,” Trump said.", "Trump", "Trump said"},
		{"Trump's front-runners 'antithetical\" to Ginsburg's legacy, critics say.", "critics", "critics say"},
		{"\"I believe this is the weapon,\" Cuomo said.", "Cuomo", "Cuomo said"},
		// An adjective, a passive "we're told", a clause of "what they
		// say", and a party tag in parentheses.
		{"To help catch the alleged criminals, federal agents set up a fake university.", "", ""},
		{"Contrary to some rumors, we're told Kunis is not having twins.", "", ""},
		{"In their paper, the researchers produce what they say is the best estimate yet.", "", ""},
		{"Drawing comparisons to the jobs plan, Sen. Rob Portman (R., Ohio) said the proposal would not help.", "Sen. Rob Portman", "Sen. Rob Portman (R., Ohio) said"},
		{"Bailey – who wrote fiction for young adults – was planning her wedding.", "Bailey", "who wrote"},
		{"\"The Electoral College has spoken,\" Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.", "Senate Majority Leader Mitch McConnell", "Senate Majority Leader Mitch McConnell, R-Ky., said"},
		{"The FBI still views the inquiry as limited, and Sen. Mitch McConnell (R-Ky.) said a vote would come.", "Sen. Mitch McConnell", "Sen. Mitch McConnell (R-Ky.) said"},
		{"Sen. Joe Manchin (D-W.Va.) on Thursday said the bill would fail.", "Sen. Joe Manchin", "Sen. Joe Manchin (D-W.Va.) on Thursday said"},
		{"President Trump on Saturday night strongly denied a report that he had hidden the notes.", "President Trump", "President Trump on Saturday night strongly denied"},
		{"Mexicans are frustrated, according to a survey conducted by The Washington Post and Reforma.", "The Washington Post and Reforma", "according to a survey conducted by The Washington Post and Reforma"},
		{"A new report out tonight says that there were tensions.", "", "A new report out tonight says"},
		{"With all results now declared, the prime minister has won a majority of 80 seats.", "", ""},
		{"At least seven companies said they would leave the state.", "At least seven companies", "At least seven companies said"},
		{"The CDC’s findings indicated that 77 patients had used THC products.", "CDC", "The CDC’s findings indicated"},
		{"Friday’s report said that the economy is mounting only a fitful recovery.", "", "Friday’s report said"},
		{"Migrants are sleeping on mats, according to some of the first photographs taken inside.", "", "according to some of the first photographs taken inside"},
		// Nobody in particular, an infinitive split by an adverb, a passive
		// with "first".
		{"With the election on Thursday, one might say the timing was poor.", "", ""},
		{"Sen. Josh Hawley became the first Republican senator to publicly say he will object.", "", ""},
		{"The second whistleblower, whose existence was first reported Sunday, is an intelligence official.", "", ""},
		{"Sen. Joe Manchin (D-W.Va.) on Thursday said he would vote no.", "Sen. Joe Manchin", "Sen. Joe Manchin (D-W.Va.) on Thursday said"},
		{"Hayworth blasted McCain for supporting amnesty, whereupon McCain denied that he had ever supported legalization.", "McCain", "McCain denied"},
	}
	a := newAnalyzer(nil, nil, newCache())
	for _, tt := range tests {
		toks := a.tokenize(tt.text)
		who, from, to := attribution(tt.text, toks)
		frame := ""
		if to > from {
			frame = span(tt.text, toks, from, to)
		}
		if who != tt.speaker || frame != tt.frame {
			t.Errorf("attribution(%q) = %q, frame %q; want %q, frame %q", tt.text, who, frame, tt.speaker, tt.frame)
		}
	}
}

func TestSameSpeaker(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"President Tsai", "President Tsai Ing-wen", true},
		{"Defense Secretary Esper", "Mark T. Esper", true},
		{"Trump", "Donald Trump", true},
		{"Jen Psaki", "Psaki", true},
		{"Ty Cobb", "a top White House lawyer", false},
		{"the White House", "White House press secretary Josh Earnest", false},
		{"Critics", "The White House", false},
	} {
		if got := sameSpeaker(tt.a, tt.b); got != tt.same {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}
