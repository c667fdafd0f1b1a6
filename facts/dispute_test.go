package facts_test

import (
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/facts"
)

// TestDisputes checks, on pairs of sentences from two outlets (most of
// them as NeuS/AllSides outlets wrote them), what sets a dispute off and
// what does not: outlets that word one fact with and without a negation
// agree.
func TestDisputes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		a, b   string
		denied bool
	}{
		// What is in dispute.
		{"a reported negation against a claim",
			"Obama is coordinating with Iran in the Islamic State fight, growing evidence suggests.",
			"The administration insists that it will not coordinate military operations or intelligence sharing with Iran.", true},
		{"a word of denial against a claim",
			"The White House reviews military plans that would send 120,000 troops to the Middle East.",
			"Trump denies a U.S. plan to send 120,000 troops to the Middle East to counter Iran.", true},
		{"two ages of one child",
			"A west virginia man accused of sexually assaulting a 9-month-old baby is now charged with murder in the child's death.",
			"A petition to publicly hang benjamin taylor, the west virginia man accused of brutally sexually assaulting a 10-month-old girl who died this week, was removed from the white house's website.", true},
		{"two counts of the shot",
			"A former employee entered the ups facility in birmingham's inglenook area tuesday morning and shot two people before turning the gun on himself.",
			"A former employee entered the ups facility in inglenook tuesday morning and shot three people before turning the gun on himself, police said.", true},
		{"an accusation and a denial of involvement",
			"A Worcester man is accused of kidnapping a 7-year-old girl from a family party and throwing her off a bridge.",
			"Joshua Hubert of Worcester denied any involvement in the kidnapping of the 7-year-old girl from a family party.", true},
		{"a time past a bound",
			"The narcotics team arrived at the warehouse on Harrisburg and 77th streets at 10:30 p.m., authorities said.",
			"The narcotics team arrived at the warehouse on Harrisburg and 77th streets just before 10 p.m., authorities said.", true},
		{"two different most",
			"Montgomery Parks plans to round up between 100 to 150 geese that have been creating safety issues and euthanize them.",
			"Montgomery Parks will round up as many as 300 geese that have been creating safety issues and euthanize them.", true},
		{"two figures for one count",
			"Jobless claims rose to 3.28 million last week, the Labor Department said.",
			"Jobless claims rose to 2.5 million last week, the Labor Department said.", true},

		// What is not.
		{"two denials of one report",
			"President Trump refuted a story from NBC News stating the president wanted to increase the U.S. nuclear arsenal by tenfold.",
			"President Trump on Wednesday forcefully denied an NBC News report that he asked to dramatically expand the U.S. nuclear arsenal.", false},
		{"two reports of one pushback",
			"Trump hits back at 'vicious claims' by female accusers: Donald Trump on Thursday aggressively pushed back on accusations from women who have alleged the now-Republican presidential nominee engaged in sexual misconduct with them.",
			"Presidential candidate Donald Trump used a South Florida rally before thousands of cheering supporters on Thursday to forcefully deny multiple allegations of sexual impropriety.", false},
		{"a myth and its debunking",
			"The idea that one side of the brain is dominant is a myth, researchers say.",
			"A new study from University of Utah neuroscientists uses brain imaging to debunk the idea that the left side of the brain controls logic and analytical thinking while the right side is responsible for creativity.", false},
		{"neither one nor the other knew",
			"Trump said he spoke to the Saudi king about Khashoggi and that it sounded like neither the king nor crown prince mohammed bin salman had knowledge about the incident.",
			"Just spoke to the King of Saudi Arabia who denies any knowledge of whatever may have happened to our Saudi Arabian citizen.", false},
		{"parts of a whole",
			"Orlando, Fla. - An adult and two teenagers died in a \"tragic accident\" Tuesday after Orange County deputies said a generator was used inside an Orlando home that did not have power after Hurricane Irma.",
			"Three people died of carbon-monoxide poisoning on Tuesday from a generator that was running inside their Orange County home after Hurricane Irma, the sheriff's office said.", false},
		{"a whole told in parts",
			"A Canadian television cameraman, one of three journalists hurt Friday during clashes in Bangkok, was gravely wounded.",
			"Among those wounded in the clashes in Bangkok were two Thai journalists and a Canadian reporter, who was in a serious condition.", false},
		{"a fabrication on both sides",
			"\"Definitely, 100 percent for us, it's fabrication,\" Assad said in the interview of the alleged chemical weapons attack.",
			"Syrian President Bashar al-Assad has dismissed reports of last week's chemical weapons attack as \"100% fabrication.\"", false},
		{"a death and a denial of involvement in it",
			"The double bombing at the finish line of the Boston Marathon killed three people and wounded more than 140.",
			"The Pakistani Taliban denied any involvement in a double bombing at the Boston Marathon that killed three people.", false},
		{"counts over two periods",
			"North Dakota recorded nearly 300 oil pipeline spills in less than two years, state documents show.",
			"In 2012, North Dakota recorded 153 oil pipeline spills, state documents show.", false},
		{"a count under an upper bound",
			"In the interim, letters will be sent to as many as 900 dispensaries advising them of the ban.",
			"Under the ban, each of the 762 dispensaries that have registered with the city will be sent a letter ordering them to shut down.", false},
		{"nearly two dozen and more than 20",
			"Tina Fey and Amy Poehler poked fun at the comedian's alleged history of drugging and raping nearly two dozen women.",
			"For the more than 20 women who've accused the comedian of rape, the bit Tina Fey and Amy Poehler performed probably isn't very funny.", false},
		{"a figure cut to fewer decimals",
			"Jameis Winston was issued a civil citation after deputies said he walked out of a supermarket without paying for $32 worth of crab legs and crawfish.",
			"Jameis Winston was busted for allegedly leaving a Publix supermarket with $32.73 worth of crab legs and crawfish he didn't pay for.", false},
		{"a hedged time on the hour",
			"The crash on Dixie Highway in Palm Bay was reported at 11:30 a.m., police said.",
			"The man crashed on Dixie Highway in Palm Bay about 11 a.m., police said.", false},
		{"a time that names a debate",
			"CNN set a record for live streaming at the halfway point of the Republican debate at 9:45 p.m.",
			"The 6 p.m. undercard Republican debate set a record for CNN's live streaming.", false},
		{"a count on each foot",
			"Jenna Bush Hager revealed on Monday that her grandmother, Barbara Bush, only has eight toes.",
			"Barbara Bush has only 4 toes on each foot, her granddaughter Jenna Bush Hager revealed on Monday.", false},
		{"a count in one year against an average",
			"In New Mexico, there were six human cases of plague in 2009, health officials said.",
			"An average of seven human plague cases have been reported each year in the country, health officials said.", false},
		{"durations in two units",
			"Those without a dog spend an hour and 20 minutes a week exercising by going for a walk, the survey of dog owners found.",
			"Dog owners spent eight hours and 11 minutes a week exercising by going for a walk, the survey of dog owners found.", false},
		{"each outlet's own sources",
			"A heated argument in the West Wing between John Kelly and John Bolton turned into a shouting match Thursday, two sources familiar with the argument told CNN.",
			"John Kelly and John Bolton engaged in a heated argument in the West Wing on Thursday, according to three people familiar with the episode.", false},
		{"more than a dozen",
			"The sarin attack, Japan's worst terror incident, killed 13 people and injured thousands more.",
			"The sarin attack left more than a dozen people dead and thousands injured.", false},
		{"a timeline's stamp",
			"The Latest on the release of Chelsea Manning from a Kansas military prison (all times local): 9:15 a.m.",
			"An Army official confirmed that Chelsea Manning was released from the Kansas military prison at around 3 a.m.", false},
		{"lying in the street tells no lie",
			"Moments later, he was struck by a cabdriver who did not see him lying in the street, police said.",
			"The person who hit him fled, police said, and the driver of a passing sedan didn't see the unconscious gaines lying in the street.", false},
		{"none of it true and a fabricated story",
			"Writing in USA Today, Clooney said that \"none of the story is factually true\" and that the Mail had crossed far beyond a laughable tabloid.",
			"\"The Daily Mail has printed a completely fabricated story about my fiancée's mother,\" Clooney wrote in USA Today.", false},
		{"anti is no word of its own",
			"It is no secret this seemed to have been the summer of anti-incumbency rhetoric in numerous republican primaries.",
			"Hayworth latched onto the bill early in the current primary fight, blasting his rival for supporting \"amnesty,\" whereupon mccain denied that he had ever supported legalization and ratcheted up his anti-immigration rhetoric.", false},
		{"the ages of two beings",
			"\"I haven't posted for a week as I've been mourning the death of my dog, Mozart,\" the 49-year-old actress wrote.",
			"As we reported, Salma's 9-year-old dog, Mozart, was found dead last week at her Washington state ranch.", false},
		{"18k gold is 18-karat gold",
			"Heritage spokesman Noah Fleisher said the bag, made of crocodile hide and featuring 18-karat white gold, diamond-encrusted hardware, went to a collector who wished to remain anonymous.",
			"The bag, officially named Hermès Exceptional Collection Shiny Rouge H Porosus Crocodile Birkin with solid 18k white gold & diamond hardware, sold on Dec. 6 to a collector who wished to remain anonymous, according to Heritage Auctions.", false},
		{"the dead and the shot",
			"Birmingham, alabama -- three people are dead -- including the gunman -- after a shooting this morning at a ups facility in inglenook, according to birmingham officials.",
			"A former employee entered the ups facility in birmingham's inglenook area tuesday morning and shot two people before turning the gun on himself.", false},
		{"a rate and an amount",
			"For the last three years, the drought regions of California have been losing a total of 4 trillion gallons of water per year.",
			"About 11 trillion gallons of water is needed to end the drought in California, NASA announced Tuesday.", false},
		{"figures far apart count two things",
			"Six passengers were taken to Children's Hospital in fair condition after the school bus crash, and at least four were released.",
			"An estimated 17 to 20 passengers were taken to nearby hospitals after the school bus crash, authorities said.", false},
		{"a vote of no confidence is a vote",
			"Lawmakers in Britain's Conservative Party triggered a no confidence vote against Prime Minister Theresa May on Wednesday.",
			"Prime Minister Theresa May faces a confidence vote on Wednesday after Conservative Party lawmakers called for one.", false},
		{"a hyphen makes a compound",
			"A no-name firm with ties to Ryan Zinke landed a $300 million contract to rebuild the Puerto Rico power grid.",
			"An obscure firm with ties to Ryan Zinke landed a $300 million contract to rebuild the Puerto Rico power grid.", false},
		{"a forecast is another figure",
			"Most economists had forecast about 1.5 million people filing for unemployment benefits last week.",
			"A record 3.3 million Americans filed for unemployment benefits last week, the Labor Department said.", false},
		{"a question states nothing",
			"Did Trump try to shut down the FBI's investigation of Michael Flynn?.",
			"Trump asked the FBI director to shut down the investigation of Michael Flynn, according to a memo.", false},
		{"what may not be done",
			"A federal judge ruled that President Trump cannot block Twitter users for their political views.",
			"A federal judge ruled that President Trump violated the Constitution when he blocked Twitter users for their political views.", false},
		{"a denial negated",
			"Press secretary Sean Spicer doesn't rule out the White House trying to block the testimony of James Comey.",
			"The White House weighs trying to block the testimony of James Comey before the Senate.", false},
		{"a denial that withholds",
			"A federal court says the administration can deny grant money to sanctuary cities that refuse to cooperate.",
			"A federal court says the administration can withhold grant money from sanctuary cities that refuse to cooperate.", false},
		{"a plain negation in the outlet's own voice",
			"The CDC asks Americans not to travel for Thanksgiving this year.",
			"Americans should avoid travel for Thanksgiving this year, the CDC recommended.", false},
		{"dropping out is no drop",
			"After rising from relative obscurity to become a viable White House candidate, Pete Buttigieg ends his campaign.",
			"Former South Bend Mayor Pete Buttigieg dropped out of the 2020 Democratic presidential race on Sunday, ending his campaign.", false},
		{"a motion denied is no denial",
			"A federal judge ruled Wednesday that a lawsuit alleging Trump violated the emoluments clause can move forward.",
			"A federal judge has denied the Trump administration's motion to dismiss a lawsuit alleging Trump violated the emoluments clause.", false},
		{"a court's dismissal is a ruling",
			"The family claims the school district forced the cheerleader to cheer for her attacker.",
			"A federal district court dismissed the family's claims against the school district.", false},
		{"would not confirm or deny",
			"Senator Inouye made a comment about Gillibrand's weight, the memoir says.",
			"Gillibrand's office would not confirm or deny that Inouye made the comment about her weight.", false},
		{"a debunked story is a story",
			"Rolling Stone published a campus rape story that relied on a single source.",
			"Rolling Stone will not punish the editors of its debunked campus rape story that relied on a single source.", false},
		{"contrary to a convention is a breach",
			"Several children's rights groups have spoken out in his defense, saying that the French government is breaking international law.",
			"Catherine Daoud of the center for isolated minors says the detention of children in a holding area is contrary to the international convention on the rights of the child that was signed and ratified by France.", false},
		{"what a sentence asserts and negates opposes nothing",
			"U.S. unemployment claims fell last week after a recent rise, the Labor Department said.",
			"U.S. unemployment claims dropped last week, offering a ray of hope, the Labor Department said.", false},
		{"a share written as 6 in 10",
			"More than 6 in 10 Mexicans say migrants are a burden on their country, a poll found.",
			"More than 60 percent of Mexicans say migrants are a burden on their country, a poll found.", false},
		{"the killed and the shot are two counts",
			"Police said four people were killed at a massage parlor in Cherokee County on Tuesday.",
			"Police said five people were shot at a massage parlor in Cherokee County on Tuesday.", false},
		{"the killed, counted twice",
			"Police said four people were killed at a massage parlor in Cherokee County on Tuesday.",
			"Police said six people were killed at a massage parlor in Cherokee County on Tuesday.", true},
		{"a denial that describes",
			"Ballot harvesting, a long-disputed practice implicated in fraud, has come to the fore with absentee voting.",
			"Ballot harvesting, a practice implicated in fraud, has come to the fore with absentee voting, officials say.", false},
		{"a dispute is a quarrel",
			"Planned Parenthood has ousted its president, Leana Wen, in a dispute over the organization's direction.",
			"Planned Parenthood's board removed its president, Leana Wen, over the organization's direction, she said.", false},
		{"a bid denied is no denial",
			"The justices denied a bid from gunmaker Remington to block a lawsuit by families of the Sandy Hook victims.",
			"The Supreme Court let a lawsuit by families of the Sandy Hook victims against gunmaker Remington go ahead.", false},
		{"a rise and a fall of one thing: a contradiction, no dispute",
			"The prices of homes rose again.",
			"The prices of homes fell again.", false},
		{"a rise and a fall of two things",
			"Job growth slowed sharply in August across the country, the Labor Department said on Friday.",
			"The unemployment rate dropped sharply in August across the country, the Labor Department said on Friday.", false},
		{"a count of years and a count of what they saw",
			"With 8 years of job gains, unemployment is at its lowest since 1969.",
			"The economy added 134,000 jobs in September as unemployment fell to its lowest since 1969.", false},
		{"declined to is no decline",
			"White House officials declined to discuss the content of the executive action on Friday.",
			"White House officials declined to detail what the executive action would do on Friday.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := []*storybrief.Document{doc("d1", tc.a), doc("d2", tc.b)}
			var f facts.Finder
			fs := f.Find(docs)
			checkFacts(t, docs, fs)
			denied := false
			for _, fact := range fs {
				denied = denied || fact.Status == storybrief.Disputed
			}
			if denied != tc.denied {
				t.Errorf("disputed: %v, want %v; facts %+v", denied, tc.denied, fs)
			}
		})
	}
}

// TestDisputeSides checks, on a NeuS story of the measured set (a report
// that the White House weighed a payroll tax cut, and its denial), that a
// sentence which negates what it says is not counted on the side that
// asserts the claim, even where the scope of its negation misses the
// claim's words ("cutting payroll taxes is not something under
// consideration").
func TestDisputeSides(t *testing.T) {
	stories := loadMeasured(t, "testdata/neus-train-disputes.jsonl", "neus-train-2404")
	if len(stories) != 1 {
		t.Fatalf("%d stories", len(stories))
	}
	docs := stories[0].docs
	fs := withEntities(t, docs)
	checkFacts(t, docs, fs)
	byID := map[string]*storybrief.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	for _, fact := range fs {
		if fact.Status != storybrief.Disputed {
			continue
		}
		for _, s := range fact.Sides[0].Sources {
			if text := byID[s.Doc].Text[s.Start:s.End]; strings.Contains(text, "not something") {
				t.Errorf("the asserting side holds %q", text)
			}
		}
		return
	}
	t.Fatalf("no dispute found")
}

// TestFigureSides checks that each side of a figures dispute holds the
// sentences that give its figure, the one that set the dispute off first,
// and none that gives no figure for the quantity: a brief shows the
// side's first sentence as its "Other figures".
func TestFigureSides(t *testing.T) {
	docs := []*storybrief.Document{
		doc("d1", "Officers responded to a shooting at Shawnee Park around 1:51 p.m., police spokesman Dwight Mitchell said. Both victims were pronounced dead at separate scenes in Shawnee Park, police said."),
		doc("d2", "Both victims of the shooting were pronounced dead at separate scenes in Shawnee Park, police said. Officers responded to the shooting at Shawnee Park around 1:30 p.m., police said."),
	}
	var f facts.Finder
	fs := f.Find(docs)
	checkFacts(t, docs, fs)
	byID := map[string]*storybrief.Document{"d1": docs[0], "d2": docs[1]}
	for _, fact := range fs {
		if fact.Status != storybrief.Disputed {
			continue
		}
		if fact.Basis != storybrief.Figures {
			t.Fatalf("basis %q", fact.Basis)
		}
		for _, side := range fact.Sides {
			for k, s := range side.Sources {
				text := byID[s.Doc].Text[s.Start:s.End]
				if !strings.Contains(text, "p.m.") {
					t.Errorf("the %s side holds %q, which gives no time", side.Stance, text)
				}
				if k == 0 && side.Stance == storybrief.Denies && !strings.Contains(text, "1:30") {
					t.Errorf("the denying side opens with %q, not the sentence that gives 1:30", text)
				}
			}
		}
		return
	}
	t.Fatalf("no dispute found; facts %+v", fs)
}

// TestDisputeBasis checks what sets each kind of dispute off, and that a
// contradiction in a source's own words, which most often words one fact
// another way, stands only on the record.
func TestDisputeBasis(t *testing.T) {
	for _, tc := range []struct {
		name  string
		a, b  string
		basis storybrief.Basis // "": no dispute
	}{
		{"a report denied",
			"Team Trump is considering a temporary payroll tax cut to stimulate the economy, a new report said.",
			"The White House denied a report that it is considering a temporary payroll tax cut to stimulate the economy.", storybrief.Rebuttal},
		{"a negation insisted on",
			"Obama is coordinating with Iran in the Islamic State fight, growing evidence suggests.",
			"The administration insists that it will not coordinate military operations or intelligence sharing with Iran.", storybrief.Rebuttal},
		{"a clause denied",
			"Israeli Prime Minister Benjamin Netanyahu secretly flew to Saudi Arabia on Sunday to meet Crown Prince Mohammed bin Salman.",
			"Saudi Arabia denies Netanyahu met secretly with Crown Prince Mohammed bin Salman in Saudi Arabia on Sunday.", storybrief.Rebuttal},
		{"a lie against the truth",
			"And while former Vice President Joe Biden made some missteps and stretched the truth at times in the debate, his comments essentially hewed to the truth.",
			"Joe Biden is a career liar and he lied some more in the debate, for instance when he dismissed the New York Post story about Hunter Biden as a Russian plant.", storybrief.Rebuttal},
		{"two counts of one thing",
			"Police said four people were killed at a massage parlor in Cherokee County on Tuesday.",
			"Police said six people were killed at a massage parlor in Cherokee County on Tuesday.", storybrief.Figures},
		{"two lengths of one boat",
			"The two had been in a 31-foot aluminum boat, leaving Point Judith late on Sept. 17 for a fishing trip.",
			"They had left Point Judith late on Sept. 17 in a 32-foot aluminum boat for a fishing trip.", storybrief.Figures},
		{"two shares of one stake",
			"The fund bought a 40% stake in the Dallas company on Monday, filings show.",
			"The fund bought a 50% stake in the Dallas company on Monday, filings show.", storybrief.Figures},
		{"two times of day for one shooting",
			"Police said the shooting at the park happened at 9:48 a.m. on Wednesday.",
			"Police said the shooting at the park happened around 9:15 a.m. on Wednesday.", storybrief.Figures},
		{"a time of day and one around it",
			"Police said the shooting at the park happened at 3: 32 a.m. on Wednesday.",
			"Police said the shooting at the park happened around 3: 30 a.m. on Wednesday.", ""},
		{"a time of day and one before it",
			"Police said the crash on the freeway happened at 3: 44 a.m. on Sunday.",
			"Police said the crash on the freeway happened shortly before 4 a.m. on Sunday.", ""},
		{"a seasonally adjusted figure and an unadjusted one",
			"More than 743,000 workers filed new claims for state benefits last week, before adjusting for seasonal factors, an increase of 18,000 from the week before.",
			"Initial claims for jobless benefits, a proxy for layoffs, rose to a seasonally adjusted 742,000 last week, up from the 711,000 filed a week earlier.", ""},
		{"core prices and all prices",
			"Consumer prices rose 0.9 percent from March, controlling for food and energy prices, the Labor Department said.",
			"Consumer prices rose 0.8 percent from March, the Labor Department said on Wednesday.", ""},
		{"percentages of two things",
			"FBI: hate crime incidents rose 2.7% in 2019, the bureau's annual report shows.",
			"Anti-Semitic hate crime incidents rose 14 percent in 2019, the bureau's annual report shows.", ""},
		{"shares of two things, written out",
			"Nearly half, 49 percent, said same-sex relations were not wrong at all in 2014, the researchers found.",
			"The share who had a same-sex partner rose from 3.6 to 8.7 percent for women by 2014, the researchers found.", ""},
		{"a lead among one group and a loss among another",
			"As of Wednesday, he was ahead by six points among likely voters in the state poll.",
			"But he's losing the south, among likely voters in the state poll, by 22 points.", ""},
		{"two falls of one index, in points",
			"The Dow Jones industrial average dropped 461 points on Friday as global growth fears spread.",
			"The Dow industrials lost 531 points on Friday as global growth fears spread.", storybrief.Figures},
		{"two lengths of one pipeline, converted",
			"The 380-kilometer (236-mile) pipeline carries crude oil from the desert to Fujairah on the coast.",
			"The new 370km (230 mile) pipeline carries crude oil from the desert to Fujairah on the coast.", storybrief.Figures},
		{"two distances of one place",
			"The otter was killed near the Pilchuck River, about 36 miles northeast of Seattle, officials said.",
			"The otter was killed on the Pilchuck River, about 30 miles northeast of Seattle, officials said.", storybrief.Figures},
		{"a share is no count",
			"The study in 500 adults found that nearly two-thirds of patients treated with antibiotics fared well after five years.",
			"Of the 257 patients treated with antibiotics in the study, most fared well after five years.", ""},
		{"an increment is no total",
			"Rajib Karim, a 31-year-old Bangladeshi man, was convicted of four counts of preparing terrorist attacks.",
			"A jury also found Karim guilty of three additional counts of preparing terrorist attacks.", ""},
		{"a block of a street is where, not how many",
			"The bus crashed at a gas station just five blocks from where the man boarded the bus, police said.",
			"Police said the bus crashed at a gas station in the 4300 block of Minnesota Avenue.", ""},
		{"two blocks of one street",
			"The couple have lived in the home in the 7000 block of West 110th Avenue since February, police said.",
			"The couple lived in their home on the 7700 block of W. 110th Avenue since February, police said.", storybrief.Figures},
		{"an age then and an age now",
			"Only six years old at the time, Gedhun Choekyi Nyima was named the 11th Panchen Lama by the Dalai Lama in 1995.",
			"Gedhun Choekyi Nyima, now 28 years old, was named the 11th Panchen Lama by the Dalai Lama in 1995.", ""},
		{"villagers and villages",
			"The team tracked the health of nearly 800 villagers from the Chianti region of Italy, the study says.",
			"The research tracked the health of people in two villages in the Chianti region of Italy, the study says.", ""},
		{"a rounded age",
			"The Supreme Court ruled Monday that a 151-year-old Indian treaty grants hunting rights in Wyoming.",
			"The Supreme Court ruled Monday that a 150-year-old Indian treaty grants hunting rights in Wyoming.", ""},
		{"thousands written with spaces",
			"Researchers reviewed the records of 1 112 835 transplant patients over 25 years, the study says.",
			"Researchers reviewed the records of 1,112,835 transplant patients over 25 years, the study says.", ""},
		{"a label is no count",
			"Democrats take the stage in Detroit on Wednesday on night two of the debate, with Joe Biden at center stage.",
			"Ten debate candidates take the stage in Detroit on Wednesday for the second night, with Joe Biden at center stage.", ""},
		{"the second figure of a forecast range",
			"Pfizer expects to make between $70.5 billion and $72.5 billion in revenue this year, it said.",
			"Pfizer said it made $26 billion in revenue in the first quarter this year.", ""},
		{"a rise and a fall of things unnamed",
			"I grew up in a scientific world, the son of a neurosurgeon.",
			"Once upon a time, a neurosurgeon named Eben Alexander contracted a bad case of bacterial meningitis and fell into a coma.", ""},
		{"one speaker's words reported twice",
			"Defense Secretary Esper says U.S. has made no decision to leave Iraq.",
			"Secretary of Defense Mark T. Esper announced on Monday that some forces are being repositioned inside Iraq, not leaving the country.", ""},
		{"one speaker's denial of another's claim",
			"Critics say the administration is coordinating with Iran against the militia.",
			"The White House denied that the administration is coordinating with Iran against the militia.", storybrief.Rebuttal},
		{"a denial that names the report whole",
			"is considering an advertising-supported streaming television and music-video service, a departure from its strategy.",
			"update: the company denied thursday reports that it is considering a free streaming media service.", storybrief.Rebuttal},
		{"the opposite in a speaker's words, unanswered",
			"Critics say the administration is coordinating with Iran against the militia.",
			"The White House said the administration will not coordinate with Iran against the militia.", ""},
		{"a negated antonym",
			"The deputy stopped when he observed the groundhog acting oddly, a department spokesman said.",
			"The deputy reported that the groundhog was not acting normally, the department said.", ""},
		{"a claim called false on both sides",
			"Trump Repeats False Ukraine Claims About CrowdStrike in a Fox interview.",
			"Fox host Steve Doocy challenges Trump over debunked Ukraine claims about CrowdStrike in a Fox interview.", ""},
		{"a negation in a speaker's own words, once",
			"Taiwan won't be forced to bow to China, President Tsai says during National Day celebrations.",
			"Taiwan will not bow to pressure from China, President Tsai Ing-wen said during National Day celebrations.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := []*storybrief.Document{doc("d1", tc.a), doc("d2", tc.b)}
			var f facts.Finder
			fs := f.Find(docs)
			checkFacts(t, docs, fs)
			var got storybrief.Basis
			for _, fact := range fs {
				if fact.Status == storybrief.Disputed {
					got = fact.Basis
				}
			}
			if got != tc.basis {
				t.Errorf("basis %q, want %q; facts %+v", got, tc.basis, fs)
			}
		})
	}
}

// TestRebuttalClaim checks that a denial that names what it answers pairs
// with the claim that carries what it denies, not with the sentence most
// like it.
func TestRebuttalClaim(t *testing.T) {
	docs := []*storybrief.Document{
		doc("d1", "Cain is slipping to third place among those who see the charges as serious, a new poll shows."),
		doc("d2", "Cain made an unwanted sexual advance toward a female employee at a work event, one woman says."),
		doc("d3", "Cain flatly denies the most serious allegation, that he made an unwanted sexual advance toward a female employee."),
	}
	if fact := firstFact(t, docs, storybrief.Disputed); !strings.HasPrefix(fact.Text, "Cain made an unwanted") {
		t.Errorf("claim %q, want the one alleging the advance", fact.Text)
	}
}
