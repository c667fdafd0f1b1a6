package entity_test

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/storybrief/storybrief/internal/seedtest"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// textDoc makes a document of text: paragraphs separated by blank lines,
// sentences split by segment.
func textDoc(tb testing.TB, id, text string) *storybrief.Document {
	tb.Helper()
	d := &storybrief.Document{ID: id, Source: id, Format: "text", Text: text}
	off, line := 0, 1
	for _, para := range strings.Split(text, "\n\n") {
		p := storybrief.Paragraph{Span: storybrief.Span{Start: off, End: off + len(para)}, Line: line, Kind: storybrief.KindBody}
		for _, s := range segment.Sentences(para) {
			s.Start += off
			s.End += off
			p.Sentences = append(p.Sentences, storybrief.Sentence{Span: s, Line: line})
		}
		d.Paragraphs = append(d.Paragraphs, p)
		off += len(para) + 2
		line += strings.Count(para, "\n") + 2
	}
	return d
}

// describe returns "TYPE Name [names]" for each entity.
func describe(ents []storybrief.Entity, docs []*storybrief.Document) []string {
	var out []string
	for _, e := range ents {
		out = append(out, fmt.Sprintf("%s %s %v", e.Type, e.Name, e.Names(docs)))
	}
	return out
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // entities that must be among the result
		not   []string // names that must not be an entity's
	}{
		{"titles and surnames", []string{"Secretary of State John Kerry met Iranian Foreign Minister Javad Zarif. Kerry said little."},
			[]string{"PERSON John Kerry [Secretary of State John Kerry John Kerry Kerry]", "PERSON Javad Zarif [Foreign Minister Javad Zarif Javad Zarif Zarif]"}, []string{"Iranian"}},
		{"a surname world news names alone is a person", []string{"The ruling pits a disbelieving Trump against his intelligence community. The Justice Department is rolling back Obama-era rules."},
			[]string{"PERSON Trump [Trump]", "PERSON Obama [Obama]"}, nil},
		{"a newspaper is named by its head word", []string{"The video contradicts his claims, a South Florida Sun Sentinel report reveals. The National Enquirer ran it first. Samantha Bee mocked it on TBS."},
			[]string{"ORG South Florida Sun Sentinel [South Florida Sun Sentinel]", "ORG National Enquirer [National Enquirer]", "PERSON Samantha Bee [Samantha Bee Bee]"}, nil},
		{"a prefix before the title", []string{"In a string of television appearances, U.N. Ambassador Samantha Power spoke. Power said no."},
			[]string{"ORG U.N. [U.N.]", "PERSON Samantha Power [Ambassador Samantha Power Samantha Power Power]"}, nil},
		{"across documents and misspellings", []string{"Iran's Supreme Leader Ayatollah Ali Khameni responded.", "Obama wrote to Supreme Leader Ayatollah Ali Khamenei. Khamenei did not reply."},
			[]string{"PERSON Ali Khamenei [Supreme Leader Ayatollah Ali Khameni Ayatollah Ali Khameni Ali Khameni Supreme Leader Ayatollah Ali Khamenei Ayatollah Ali Khamenei Ali Khamenei Khamenei]"}, nil},
		{"accents", []string{"Deputy Director of Public Prosecutions Joan Honoré-Paul led the case in Bogotá.", "Joan Honore-Paul said the trial would resume. Honore-Paul left for Bogota."},
			[]string{"PERSON Joan Honoré-Paul [Deputy Director of Public Prosecutions Joan Honoré-Paul Director of Public Prosecutions Joan Honoré-Paul Joan Honoré-Paul Joan Honore-Paul Honore-Paul Honoré-Paul]", "PLACE Bogotá [Bogotá Bogota]"}, nil},
		{"the accented spelling names the entity", []string{"Haitian President Jovenel Moise was killed. Jovenel Moise had ruled by decree.", "Jovenel Moïse was 53."},
			[]string{"PERSON Jovenel Moïse [President Jovenel Moise Jovenel Moise Jovenel Moïse Moïse]"}, nil},
		{"acronyms and aliases", []string{"The fight against the Islamic State of Iraq and Syria (ISIS) goes on. ISIL is at its core 30,000 fighters.", "The Wall Street Journal reported it. The WSJ said more. The U.S. and the United Nations spoke at the U.N."},
			[]string{"ORG Islamic State of Iraq and Syria [Islamic State of Iraq and Syria ISIS ISIL]", "ORG Wall Street Journal [Wall Street Journal WSJ]", "PLACE U.S. [U.S.]"}, nil},
		{"Arabic articles", []string{"Bashar al-Assad's regime fights on. Syrian President Bashar Assad spoke. Assad smiled."},
			[]string{"PERSON Bashar al-Assad [Bashar al-Assad President Bashar Assad Bashar Assad Assad al-Assad]"}, []string{"Syrian"}},
		{"sentence-initial words need support", []string{"Adding to the evidence, the Journal reported it. Notwithstanding that, Oubai Shahbandar spoke. Shahbandar said so."},
			[]string{"PERSON Oubai Shahbandar [Oubai Shahbandar Shahbandar]"}, []string{"Adding", "Notwithstanding"}},
		{"organizations by their heads", []string{"A scholar at the Brookings Institution and an official of Harris County Sheriff's Office met the World Travel and Tourism Council. HCSO agreed."},
			[]string{"ORG Brookings Institution [Brookings Institution]", "ORG Harris County Sheriff's Office [Harris County Sheriff's Office HCSO]", "ORG World Travel and Tourism Council [World Travel and Tourism Council]"}, nil},
		{"one organization's part of another", []string{"Child poverty is rising, according to a report by Stanford University's Center on Poverty and Inequality. An official of Harris County Sheriff's Office spoke."},
			[]string{"ORG Stanford University", "ORG Center on Poverty and Inequality", "ORG Harris County Sheriff's Office"}, []string{"Stanford University's Center on Poverty and Inequality"}},
		{"an article inside a name", []string{"The Committee for a Responsible Federal Budget said the plan would add to the deficit."},
			[]string{"ORG Committee for a Responsible Federal Budget"}, []string{"Responsible Federal Budget"}},
		{"datelines and titles alone", []string{"SOUTHWEST MIAMI-DADE, FLA. (WSVN) - The Grand Ayatollah and the President spoke to the PAHO Director."},
			nil, []string{"Grand Ayatollah", "President", "PAHO Director", "Director"}},
		{"print capitals that open a paragraph", []string{"AHEAD OF THE August debate, the company's chair, Rupert Murdoch, spoke.\n\nA HIGH-powered team met.\n\nLAURIE OAKES IT was said that Malcolm Fraser moved to the Left.\n\nMALCOLM Fraser was prime minister.\n\nTHE TRUMP administration cut funding.\n\nCHINA AND THE WORLD Health Organization could have acted.\n\nNIAID director Anthony Fauci spoke.\n\nNEW YORK (AP) — Fraser said no."},
			[]string{"PERSON Laurie Oakes [LAURIE OAKES Oakes]", "PERSON Trump [TRUMP]", "PLACE China [CHINA]", "PERSON Malcolm Fraser [Malcolm Fraser MALCOLM Fraser Fraser]", "ORG NIAID [NIAID]", "ORG WORLD Health Organization"},
			[]string{"AHEAD OF THE", "HIGH", "LAURIE OAKES IT", "THE TRUMP", "YORK"}},
		{"common words capitalized are no person", []string{"Please adhere to our Community Guidelines. The IMF released its World Economic Outlook on Tuesday, and Business Insider reported it. Sherrod Brown and Grant Hill spoke."},
			[]string{"PERSON Sherrod Brown", "PERSON Grant Hill", "OTHER Community Guidelines", "OTHER World Economic Outlook", "OTHER Business Insider"}, nil},
		{"dwellers, foreign heads and shouted notices", []string{"The thaw, welcomed by many New Yorkers, reached New York. The Fondation Louis Vuitton lent works to the Château de Versailles. This article is the property of Breaking Belize News. REPRINTING CONTENT WITHOUT PERMISSION AND/OR PAYMENT IS THEFT AND PUNISHABLE BY LAW."},
			[]string{"PLACE New York", "ORG Fondation Louis Vuitton", "PLACE Château de Versailles"}, []string{"New Yorkers", "PERMISSION AND", "OR PAYMENT IS THEFT AND PUNISHABLE BY LAW"}},
		{"an acronym of a name after its country", []string{"The US Centers for Disease Control and Prevention on Friday updated its guidelines. The CDC said masks should stay."},
			[]string{"ORG US Centers for Disease Control and Prevention [US Centers for Disease Control and Prevention CDC]"}, nil},
		{"affairs are an organization's, a post is no one", []string{"President Trump fired his embattled Veterans Affairs secretary on Wednesday. The VA said little. The Secretary of Veterans Affairs post is open."},
			[]string{"ORG Veterans Affairs"}, []string{"Secretary of Veterans Affairs"}},
		{"shouted common words and datelines", []string{"FACT CHECK: Trump says the CARES Act failed. CLAIM: The vote was rigged. FALSE.", "MEXICO CITY (AP) — Officials met on Monday.", "WASHINGTON — Officials of USA TODAY took a BIG STEP forward."},
			[]string{"PLACE Mexico City [MEXICO CITY]", "PLACE Washington [WASHINGTON]", "OTHER CARES Act", "ORG USA TODAY"}, []string{"FACT CHECK", "CLAIM", "FALSE", "BIG STEP", "STEP", "USA"}},
		{"ordinals spelled out or in digits", []string{"The Fourth Circuit ruled on Monday.", "The 4th Circuit's ruling stands."},
			[]string{"ORG Fourth Circuit [Fourth Circuit 4th Circuit]"}, nil},
		{"a title word after a given name is a surname", []string{"Wayne King, the deputy, did not learn about it. Stephen King wrote the book. West Virginia Gov. Jim Justice signed it, as did Rep. Dan Bishop. Martin Luther King Jr. spoke. The U.S. President and the PAHO Director met."},
			[]string{"PERSON Wayne King", "PERSON Stephen King", "PERSON Jim Justice [Gov. Jim Justice Jim Justice Justice]", "PLACE West Virginia", "PERSON Dan Bishop", "PERSON Martin Luther King Jr."}, []string{"Wayne", "Jr.", "President", "Director"}},
		{"a town before its state, and where a person is from", []string{"A councilman in Hendersonville, N.C., spoke. James Lee, 68, of Torrance, California, and Junmyung Lee, 30, of Dedham were charged. Senator Cornyn, Texas Republican, met them."},
			[]string{"PLACE Hendersonville", "PLACE Torrance", "PLACE Dedham", "PERSON James Lee", "PERSON Junmyung Lee", "PLACE N.C. [N.C.]"}, nil},
		{"suffixes", []string{"The assassination of the Rev. Dr. Martin Luther King Jr. in 1968 shook the nation. Chief Justice John G. Roberts, Jr. wrote the opinion. He lives in Ohio."},
			[]string{"PERSON Martin Luther King Jr.", "PERSON John G. Roberts", "PLACE Ohio [Ohio]"}, []string{"Jr.", "Ohio."}},
		{"the Capitol", []string{"Rioters breached the U.S. Capitol on Jan. 6. Lawmakers returned to the Capitol that night."},
			[]string{"PLACE U.S. Capitol [U.S. Capitol Capitol]"}, nil},
		{"states as AP abbreviates them", []string{"Sen. Lisa Murkowski of Alaska and a mayor from Arlington, Va., met voters in Ind. and Calif. He hired a PR. He was ill."},
			[]string{"PLACE Va. [Va.]", "PLACE Ind. [Ind.]", "PLACE Calif. [Calif.]"}, []string{"Ill", "Ill."}},
		{"an ampersand kept as a reference", []string{"AT&amp;T agreed on Monday to buy Time Warner for $85 billion.", "Shares of AT&T fell on Tuesday."},
			[]string{"ORG AT&amp;T [AT&amp;T AT&T]"}, []string{"AT", "T"}},
		{"companies named like people", []string{"AT&T agreed on Monday to buy Time Warner for $85 billion. Time Warner said the deal was a good one. Shares of Goldman Sachs rose, and Morgan Stanley shares fell. Goldman Sachs advised on the deal, as did Morgan Stanley.",
			"White House spokesman Josh Earnest said the deal would be reviewed. Jeff Bewkes told Time Warner employees on Monday. Bewkes's employees were told to stay calm. Hunter Biden's board seat drew questions. Elon Musk's shares in Tesla fell. Earnest said nothing more."},
			[]string{"ORG Time Warner", "ORG Goldman Sachs", "ORG Morgan Stanley", "PERSON Josh Earnest", "PERSON Jeff Bewkes", "PERSON Hunter Biden", "PERSON Elon Musk"}, nil},
		{"movements and web sites", []string{"As the Black Lives Matter movement captures national attention, posts spread a false claim. An Instagram page for the website WokeHub.com claimed that donations go to the DNC. Black Lives Matter said nothing. Kelly Smith said it was false. Jill Stein praised the Bernie Sanders movement."},
			[]string{"ORG Black Lives Matter", "ORG WokeHub.com", "PERSON Kelly Smith", "PERSON Bernie Sanders"}, nil},
		{"particles and prepositions inside names", []string{"On Monday, Ursula von der Leyen said the goal is a 55% cut. The Intergovernmental Panel on Climate Change disagreed, as did the Senate Committee on Foreign Relations. Von der Leyen did not answer."},
			[]string{"PERSON Ursula von der Leyen", "ORG Intergovernmental Panel on Climate Change", "ORG Senate Committee on Foreign Relations"}, []string{"Leyen", "Ursula", "Climate Change"}},
		{"an organization named without its head", []string{"A tally by Johns Hopkins University showed 18,860 deaths. Johns Hopkins reported 2,000 more on Saturday. Melinda Gates said the Melinda Gates Foundation would help."},
			[]string{"ORG Johns Hopkins University [Johns Hopkins University Johns Hopkins]", "PERSON Melinda Gates", "ORG Melinda Gates Foundation"}, nil},
		{"hyphenated and Irish titles", []string{"Tanaiste Leo Varadkar met Attorney-General George Brandis in Dublin. Varadkar and Brandis spoke."},
			[]string{"PERSON Leo Varadkar", "PERSON George Brandis"}, nil},
		{"a title of a place with no name", []string{"The Chairwoman of Ukraine spoke, and so did the CEO of California and the Minister of Industry. Minister of Industry Aubyn Hill said more."},
			[]string{"PLACE Ukraine", "PLACE California", "PERSON Aubyn Hill"}, []string{"of Ukraine", "of California", "of Industry"}},
		{"capitalized common words", []string{"Read our Advertising Policy and the Targeted Diagnostics report. Billionaire Tom Steyer paid for the ads. Grant Shapps said the ads were fair. Steyer did not answer."},
			[]string{"OTHER Advertising Policy", "OTHER Targeted Diagnostics", "PERSON Tom Steyer [Tom Steyer Steyer]", "PERSON Grant Shapps"}, []string{"Billionaire Tom Steyer"}},
		{"party and state tags", []string{"Sen. Chuck Schumer (D-N.Y.) and Rep. Kevin McCarthy, R-Calif., spoke on Thursday. Sen. Bernie Sanders (I-Vt.) and Rep. Nancy Mace (R-SC) did not."},
			[]string{"PERSON Chuck Schumer", "PERSON Kevin McCarthy", "PERSON Bernie Sanders", "PERSON Nancy Mace"}, []string{"D-N.Y", "D-N.Y.", "R-Calif", "R-Calif.", "I-Vt", "I-Vt.", "R-SC"}},
		{"agencies with and, titles after of", []string{"The Centers for Disease Control and Prevention and the Food and Drug Administration met. Centers for Disease Control and Prevention Director Robert Redfield said the CDC would act. Special Counsel Robert Mueller spoke to the Department of Justice. Sen. Lindsey Graham answered. The Department of Housing and Urban Development and the Department of Justice and Congress did not."},
			[]string{"ORG Centers for Disease Control and Prevention [Centers for Disease Control and Prevention CDC]", "ORG Food and Drug Administration", "PERSON Robert Redfield", "PERSON Robert Mueller", "ORG Department of Justice", "PERSON Lindsey Graham", "ORG Department of Housing and Urban Development"},
			[]string{"Prevention", "Food", "Drug", "Department of", "Special Counsel Robert Mueller", "Department of Justice.", "Department of Justice and Congress"}},
		{"places, indexes, laws and words that name nothing", []string{"Sens. Bob Casey and Mark Warner spoke on Capitol Hill as the Dow Jones fell. They cited the Fourth Amendment. Rep. Jim Jordan, R., and Black voters near the U.S.-Mexico border disagreed. Sherrod Brown said more, and Brown said it again."},
			[]string{"PERSON Bob Casey", "PERSON Mark Warner", "PLACE Capitol Hill", "ORG Dow Jones", "OTHER Fourth Amendment", "PERSON Jim Jordan", "PERSON Sherrod Brown [Sherrod Brown Brown]"},
			[]string{"Sens", "R.", "Black", "U.S.-Mexico"}},
		{"known organizations and their runs", []string{"U.S. Customs and Border Protection said that the Deferred Action for Childhood Arrivals program, which Pfizer and Twitter backed, will end. Goldman Sachs agreed, Reuters reported. The Pentagon said COVID cases rose among House Democrats, and President Donald Trump's Republicans disagreed. The National Institute of Allergy and Infectious Diseases met Theresa May and Sen. Joe Manchin (D) in the Rose Garden on the Fourth."},
			[]string{"ORG U.S. Customs and Border Protection", "ORG Deferred Action for Childhood Arrivals", "ORG Pfizer", "ORG Twitter", "ORG Goldman Sachs", "ORG Reuters", "ORG Pentagon", "OTHER COVID", "ORG House Democrats", "PERSON Donald Trump", "ORG National Institute of Allergy and Infectious Diseases", "PERSON Theresa May", "PERSON Joe Manchin", "PLACE Rose Garden"},
			[]string{"Border Protection", "Childhood Arrivals", "President Donald Trump's Republicans", "Theresa", "D", "Fourth", "Infectious Diseases"}},
		{"hyphenated given names and adjectives", []string{"North Korean leader Kim Jong-un met Taiwan's Tsai Ing-wen as U.S.-led and Trump-era talks and Sunni-led groups went on. Forty-five Senate Republicans agreed."},
			[]string{"PERSON Kim Jong-un", "PERSON Tsai Ing-wen", "ORG Senate Republicans"}, []string{"Kim Jong", "Tsai Ing", "Trump-era", "Sunni-led", "Forty-five Senate Republicans"}},
		{"a person's administration", []string{"The Trump administration sued, and the Iran regime and the Iranian regime answered. Critics of the Obama presidency and of the Assad regime agreed."},
			[]string{"PERSON Trump", "PERSON Obama", "PERSON Assad", "PLACE Iran"}, nil},
		{"names joined by an ampersand", []string{"Johnson & Johnson and Procter & Gamble gained, Merck & Co. fell, and Fox & Friends covered it. The House & Senate agreed, and FB & IG users in St. Kitts & Nevis noticed."},
			[]string{"ORG Johnson & Johnson", "ORG Procter & Gamble", "ORG Merck & Co.", "ORG Fox & Friends"}, []string{"Johnson", "Procter", "Gamble", "House & Senate", "FB & IG"}},
		{"an organization, then a person", []string{"The Office of Special Counsel Robert Mueller revealed the charges, and the House of Representatives Nancy Pelosi leads agreed. The Semper Fi Society of St. Louis met."},
			[]string{"ORG Office of Special Counsel", "PERSON Robert Mueller", "ORG House of Representatives", "PERSON Nancy Pelosi", "ORG Semper Fi Society of St. Louis"}, []string{"Office of Special"}},
		{"chambers named by one word", []string{"The bill passed the Senate on Tuesday, and the House will take it up next week before Congress adjourns."},
			[]string{"ORG Senate [Senate]", "ORG House [House]", "ORG Congress [Congress]"}, nil},
		{"a department by its three names", []string{"The Department of Justice (DOJ) said on Monday it would appeal. The Department of Justice filed the brief.", "The Justice Department and the Pentagon disagreed. DOJ lawyers met Defense Department officials and the U.S. Supreme Court's clerk, while the Supreme Court waited."},
			[]string{"ORG Department of Justice", "ORG Defense Department", "ORG U.S. Supreme Court [U.S. Supreme Court Supreme Court]"}, []string{"Justice Department", "DOJ", "Pentagon", "Supreme Court"}},
		{"words that describe a party's members", []string{"In Nevada, Moderate Democrats watched in horror as House Democrats met. Jittery Republicans fear the worst, and Young Republicans rallied."},
			[]string{"ORG Democrats", "ORG House Democrats", "ORG Republicans", "ORG Young Republicans"}, []string{"Moderate Democrats", "Jittery Republicans"}},
		{"a person shares, a company's shares fall", []string{"Mike Pence shares 9/11 conspiracy theory. Mike Pence said so on Twitter. Morgan Stanley shares fell 3%."},
			[]string{"PERSON Mike Pence", "ORG Morgan Stanley"}, nil},
		{"a place before a disease", []string{"U.S. COVID-19 case tally tops 40 million as COVID-19 spreads in the United States."},
			[]string{"PLACE United States [U.S. United States]"}, []string{"U.S. COVID-19"}},
		{"a particle opens a name", []string{"The strike killed a leader of al Qaeda, and Mayor Bill de Blasio said de Blasio would speak. Crown Prince Mohammad bin Salman met him, and bin Salman left."},
			[]string{"ORG al Qaeda [al Qaeda]", "PERSON Bill de Blasio", "PERSON Mohammad bin Salman"}, []string{"Qaeda", "Blasio", "de Blasio", "bin Salman"}},
		{"a name with a hyphen or a space", []string{"North Korean leader Kim Jong Un recently had surgery, officials say.", "Speculation over Kim Jong-un's health grew as Kim Jong-un missed the event."},
			[]string{"PERSON Kim Jong Un [Kim Jong Un Kim Jong-un Un]"}, []string{"Kim Jong-un"}},
		{"a country of two joined by and; an event; a district before a name", []string{"Prices rose across Trinidad and Tobago during the Great Depression, said U.S. Attorney for the District of Massachusetts Joshua Levy."},
			[]string{"PLACE Trinidad and Tobago", "OTHER Great Depression", "PERSON Joshua Levy"}, []string{"Trinidad", "Tobago", "District of Massachusetts Joshua Levy"}},
		{"an agency's administration, a president's, a country's government", []string{"The Federal Transit Administration approved the plan, the Obama Administration said, and the Commons, the Scottish Government and Likud agreed."},
			[]string{"ORG Federal Transit Administration", "ORG Commons", "ORG Scottish Government", "ORG Likud"}, []string{"Federal Transit", "Obama Administration"}},
		{"sides and armed groups", []string{"Tunisian Islamists condemned the attack, which Ansar al-Sharia claimed, officials said."},
			[]string{"ORG Ansar al-Sharia"}, []string{"Tunisian Islamists", "Islamists"}},
		{"an outlet named with its The", []string{"The campaign told The Hill on Sunday, and Smith wrote in The Atlantic. Hill said the Atlantic was calm."},
			[]string{"ORG The Hill [The Hill]", "ORG The Atlantic [The Atlantic]"}, nil},
		{"an ordinal opens a name", []string{"The 5th Circuit Court of Appeals ruled, and troops of the 82nd Airborne Division left as the 9th Circuit waited. He finished 3rd Tuesday."},
			[]string{"ORG 5th Circuit Court of Appeals", "ORG 82nd Airborne Division", "ORG 9th Circuit"}, []string{"Circuit Court of Appeals", "3rd Tuesday"}},
		{"a town before its state", []string{"During a news conference in Brownsville, Texas, Mayorkas stressed the sharp increase. Shelling hit Maarat, Syria, and Sen. John Cornyn, Texas Republican, spoke."},
			[]string{"PLACE Brownsville", "PLACE Maarat", "PERSON John Cornyn"}, []string{"Brownsville, Texas"}},
		{"a person before a place", []string{"Ghani, Afghanistan's president, met Cornyn, Texas Republican, and Rep. Jane Roe, D., Calif., on Monday. Ghani said so."},
			[]string{"PERSON Jane Roe", "OTHER Cornyn"}, []string{"D.", "Ghani"}},
		{"towns the gazetteer knows", []string{"Protests spread in Asheville on Monday and reached the city of Sirte, while police in Pawtucket and Watertown waited. Residents of Throgs Neck marched near Kenosha."},
			[]string{"PLACE Asheville", "PLACE Sirte", "PLACE Pawtucket", "PLACE Watertown", "PLACE Throgs Neck", "PLACE Kenosha"}, nil},
		{"a town before a verb of saying", []string{"The shooting shook the city. Police in Kenosha said the man was armed."},
			[]string{"PLACE Kenosha"}, nil},
		{"town names that are no towns", []string{"The court ruled in Roe v. Wade in 1973. Critics of the ruling in Roe, which stood for decades, spoke. In Obama's speech he praised Kenosha, and in Carson King's tweets he joked about Pawtucket."},
			[]string{"OTHER Roe", "OTHER Kenosha", "OTHER Pawtucket", "OTHER Carson"}, nil},
		{"a compound adjective before a name", []string{"Toned-down Trump continues his attacks. Then-President Trump spoke, and Jean-Pierre Raffarin listened. Trump left and Raffarin stayed."},
			[]string{"PERSON Jean-Pierre Raffarin"}, []string{"Toned-down Trump", "Then-President Trump"}},
		{"words before a given name, and common words, are no person", []string{"Justices Ruth Bader Ginsburg and Samuel Alito dissented, and Journalist Glenn Greenwald wrote about it. Crowds gathered on the National Mall as Operation Warp Speed shipped doses. Storms hit Port Arthur."},
			[]string{"PERSON Ruth Bader Ginsburg", "PERSON Glenn Greenwald", "OTHER National Mall", "OTHER Operation Warp Speed", "PLACE Port Arthur"}, []string{"Justices Ruth Bader Ginsburg", "Journalist Glenn Greenwald"}},
		{"camps", []string{"The leaders met at Camp David, and the Marines trained at Camp Pendleton."},
			[]string{"PLACE Camp David", "PLACE Camp Pendleton"}, nil},
		{"a place and a party or a role before a name; two organizations joined by and", []string{"The vote was close, and South Carolina Republican Lindsey Graham said he would back it. North Korean Dictator Kim Jong Un fired a missile, and Top Senate Democrat Chuck Schumer spoke. Shares of Fox News and NBC News owners fell, and Harvard University and Columbia Law School agreed. The Food and Drug Administration approved it."},
			[]string{"PLACE South Carolina", "PERSON Lindsey Graham", "PERSON Kim Jong Un", "PERSON Chuck Schumer", "ORG Fox News", "ORG NBC News", "ORG Harvard University", "ORG Columbia Law School", "ORG Food and Drug Administration"},
			[]string{"South Carolina Republican Lindsey Graham", "North Korean Dictator Kim Jong Un", "Top Senate", "Fox News and NBC News"}},
		{"a known company's name or unit", []string{"Shares of Gilead Sciences rose after Bloomberg Law reported the ruling."},
			[]string{"ORG Gilead Sciences", "ORG Bloomberg Law"}, nil},
		{"demonyms of two words", []string{"North Korean threats rose as North Korea tested a missile, and South Korean officials met."},
			[]string{"PLACE North Korea"}, []string{"North Korean", "South Korean"}},
		{"lower-cased text", []string{"the da vinci code author dan brown spoke in the united states on tuesday, when his new novel went on sale in bookshops across the country and abroad. president barack obama said brown was right about the book and its readers, said mr. smith, who sells books in a small shop near the river. \" we are seeing historic sales, \" he said of the week."},
			[]string{"PERSON dan brown [dan brown brown]", "PLACE united states [united states]", "PERSON barack obama [president barack obama barack obama obama]"}, nil},
		{"lower-cased titles of several words", []string{"the company's chief executive, rony abovitz, did not attend the presentation that the marketing team had prepared for the board on tuesday. chief executive officer tim cook said the company would release a new phone in the autumn, and attorney general jeff sessions said the justice department would look into the sale of the company to a foreign buyer. vice president mike pence spoke to reporters at the white house after the meeting with the delegation from the state."},
			[]string{"PERSON tim cook", "PERSON jeff sessions", "PERSON mike pence"}, []string{"executive", "general", "president", "vice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []*storybrief.Document
			for i, text := range tt.texts {
				docs = append(docs, textDoc(t, fmt.Sprintf("d%d", i+1), text))
			}
			ents := entity.Resolve(docs)
			got := describe(ents, docs)
			for _, w := range tt.want {
				if !slices.Contains(got, w) && !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w+" [") }) {
					t.Errorf("no entity %q in\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, n := range tt.not {
				for _, e := range ents {
					if e.Name == n {
						t.Errorf("%q should not be an entity", n)
					}
				}
			}
		})
	}
}

// seedDocs extracts and segments the seed story as the CLI does.
func seedDocs(tb testing.TB) []*storybrief.Document {
	tb.Helper()
	return seedtest.Docs(tb, "../testdata/seeds")
}

// TestSeedsGolden lists the entities of the seed story and compares them
// with testdata/seeds.golden (go test -update rewrites it).
func TestSeedsGolden(t *testing.T) {
	docs := seedDocs(t)
	var b strings.Builder
	for _, e := range entity.Resolve(docs) {
		fmt.Fprintf(&b, "%s %s %.3f %v %s %q\n", e.ID, e.Type, e.Salience, e.Docs, e.Name, e.Names(docs))
	}
	golden := "testdata/seeds.golden"
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("entities differ from %s (go test -update to accept):\n%s", golden, b.String())
	}
}

// TestSeedVariants checks the name variants that the seed story's sources
// use for one entity each (shared/seeds/gold.json).
func TestSeedVariants(t *testing.T) {
	docs := seedDocs(t)
	ents := entity.Resolve(docs)
	families := [][]string{
		{"Kerry", "John Kerry", "Secretary of State John Kerry"},
		{"Zarif", "Javad Zarif", "Mohammad Javad Zarif"},
		{"Obama", "President Obama", "President Barack Obama"},
		{"Khamenei", "Ayatollah Ali Khameni", "Supreme Leader Ayatollah Ali Khamenei"},
		{"Assad", "Bashar Assad", "Bashar al-Assad"},
		{"Psaki", "Jen Psaki"}, {"Earnest", "Josh Earnest"}, {"Power", "Samantha Power"},
		{"ISIS", "ISIL", "Islamic State", "Islamic State of Iraq and Syria"},
		{"U.S.", "United States"}, {"WSJ", "Wall Street Journal"}, {"U.N.", "United Nations"},
	}
	for _, fam := range families {
		ok := false
		for _, e := range ents {
			names := e.Names(docs)
			if !slices.ContainsFunc(fam, func(n string) bool { return !slices.Contains(names, n) }) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%v are not one entity's names", fam)
		}
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("Secretary of State John Kerry met Zarif.\n\nKerry's U.S.-backed ISIS (ISIL) al-Assad of Syria and Iraq.", "the u.s. and president barack obama said so, said mr. smith")
	f.Add("SOUTHWEST MIAMI-DADE, FLA. (WSVN)\n\nHarris County Sheriff's Office", "World Travel and Tourism Council and ’s ' \u00e2\u20ac")
	f.Fuzz(func(t *testing.T, a, b string) {
		docs := []*storybrief.Document{textDoc(t, "d1", a), textDoc(t, "d2", b)}
		ents := entity.Resolve(docs)
		seen := map[string]bool{}
		for i, e := range ents {
			if e.ID != fmt.Sprintf("e%d", i+1) || seen[e.ID] || len(e.Mentions) == 0 || len(e.Docs) == 0 {
				t.Fatalf("bad entity %+v", e)
			}
			seen[e.ID] = true
			if i > 0 && e.Salience > ents[i-1].Salience {
				t.Fatalf("entities not by salience")
			}
			for _, m := range e.Mentions {
				d := docs[0]
				if m.Doc == "d2" {
					d = docs[1]
				}
				for _, sp := range []storybrief.Span{m.Span, m.Name, m.Title} {
					if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
						t.Fatalf("span %v out of bounds", sp)
					}
				}
				if m.Name.Start < m.Start || m.Name.End > m.End || m.Entity != e.ID {
					t.Fatalf("mention %+v of %s", m, e.ID)
				}
			}
			e.Names(docs)
		}
	})
}

// BenchmarkEntities resolves the entities of the three seed articles.
func BenchmarkEntities(b *testing.B) {
	docs := seedDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		entity.Resolve(docs)
	}
}

func TestCaseCounter(t *testing.T) {
	cc := entity.NewCaseCounter()
	cc.Add("The border agents met. Officials said the border was closed, and the Border Patrol agreed. Advertising rules changed; the advertising market fell and advertising slowed.")
	cc.Add("ALL OF THIS IS SHOUTED, BORDER AND ALL.")
	cc.Add(strings.Repeat("all of this is lower case, border and advertising and all ", 5) + ".")
	got := map[string]entity.WordCase{}
	for _, w := range cc.Counts(1) {
		got[w.Word] = w
	}
	for _, want := range []entity.WordCase{
		{Word: "advertising", Lower: 2}, // its capital opens a sentence, which says nothing
		{Word: "border", Lower: 2, Upper: 1},
	} {
		if got[want.Word] != want {
			t.Errorf("%s: %+v, want %+v", want.Word, got[want.Word], want)
		}
	}
	for _, w := range []string{"officials", "all", "patrol"} {
		if _, ok := got[w]; ok {
			t.Errorf("counted %q: it opens a sentence, stands in text without case or is never in lower case", w)
		}
	}
	for _, w := range cc.Counts(2) {
		if w.Lower < 2 {
			t.Errorf("Counts(2) holds %+v", w)
		}
	}
}

func TestUnshout(t *testing.T) {
	for in, want := range map[string]string{
		"WASHINGTON":       "Washington",
		"LOS ANGELES":      "Los Angeles",
		"MIAMI-DADE":       "Miami-Dade",
		"WASHINGTON, D.C.": "Washington, D.C.",
		"ST. LOUIS":        "St. Louis",
		"O'HARE AIRPORT":   "O'Hare Airport",
		"KING'S LYNN":      "King's Lynn",
		"MITCH MCCONNELL":  "Mitch McConnell",
		"UN HEADQUARTERS":  "UN Headquarters",
		"USSR":             "USSR",
		"U.S.":             "U.S.",
		"New York":         "New York",
	} {
		if got := entity.Unshout(in); got != want {
			t.Errorf("unshout(%q) = %q, want %q", in, got, want)
		}
	}
}
