package quote_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/storybrief/storybrief/internal/seedtest"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/quote"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// textDoc makes a document of text: paragraphs separated by blank lines, a
// paragraph that starts with "> " a block quote (of the speaker after "|"
// when the line ends with "| Name"), sentences split by segment.
func textDoc(tb testing.TB, id, text string) *storybrief.Document {
	tb.Helper()
	d := &storybrief.Document{ID: id, Source: id, Format: "text"}
	var b strings.Builder
	line := 1
	for i, para := range strings.Split(text, "\n\n") {
		if i > 0 {
			b.WriteString("\n\n")
			line += 2
		}
		kind, speaker := storybrief.KindBody, ""
		if rest, ok := strings.CutPrefix(para, "> "); ok {
			kind = storybrief.KindQuote
			if k := strings.LastIndex(rest, " | "); k >= 0 {
				rest, speaker = rest[:k], rest[k+3:]
			}
			para = rest
		}
		start := b.Len()
		b.WriteString(para)
		p := storybrief.Paragraph{Span: storybrief.Span{Start: start, End: b.Len()}, Line: line, Kind: kind, Speaker: speaker}
		d.Paragraphs = append(d.Paragraphs, p)
		line += strings.Count(para, "\n")
	}
	d.Text = b.String()
	seedtest.Engine().Segment(d)
	return d
}

// who returns the quotes of text as "kind speaker: quoted words" lines.
func who(tb testing.TB, text string) []string {
	tb.Helper()
	d := textDoc(tb, "d1", text)
	var out []string
	for _, q := range quote.Find(d, entity.Resolve([]*storybrief.Document{d})) {
		out = append(out, fmt.Sprintf("%s %s: %s", q.Kind, q.Speaker, storybrief.CollapseSpace(q.In(d.Text))))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"cue verb then name", `In New York, Secretary of State John Kerry met his counterpart. "The fact is there is a role for nearly every country," said Kerry.`,
			[]string{"direct John Kerry: The fact is there is a role for nearly every country,"}},
		{"name then cue verb", `U.N. Ambassador Samantha Power spoke on Sunday. "We will not do the airstrikes alone," Power said.`,
			[]string{"direct Samantha Power: We will not do the airstrikes alone,"}},
		{"tweet with title and role", `“It’s no secret that we have had discussions with Iran,” State Department spokeswoman Jen Psaki tweeted Monday.`,
			[]string{"post Jen Psaki: It’s no secret that we have had discussions with Iran,"}},
		{"where it was said stands between the speaker and the cue", `Joe Biden spoke on Monday. Biden in an interview with CNN said the plan would pass. A video spread online. The student in the video said he had received death threats.`,
			[]string{"reported Joe Biden: the plan would pass", "reported The student: he had received death threats"}},
		{"a speaker on the air", `Lawmakers met on Monday. The senator on Fox News said the vote would fail.`,
			[]string{"reported The senator: the vote would fail"}},
		{"the person a phrase qualifies speaks, not its object", `Recounts loom. Florida’s secretary of state announced Saturday that there will be recounts in the Senate races. Experts differ. David Kaye, special rapporteur on freedom of expression, said the prince's involvement had to be investigated. Tests rose. One of the administration's top advisers on the coronavirus response said that testing would rise sharply in May. A spokeswoman for the firm said the deal was off.`,
			[]string{"reported Florida’s secretary of state: there will be recounts in the Senate races", "reported David Kaye: the prince's involvement had to be investigated", "reported the administration's top advisers on the coronavirus response: testing would rise sharply in May", "reported A spokeswoman for the firm: the deal was off"}},
		{"a day, an adverb, a count between the speaker and the cue", `A group of migrants neared the border, a report Thursday said. Seth Moulton, the congressman from Massachusetts, officially announced he is running for president. Martha McSally told reporters she had spoken out to help other women. Trump spent Sunday sharing more than 100 tweets and retweets about the election. A spokesperson for the Big 12 said that details would be announced Wednesday morning.`,
			[]string{"reported a report: A group of migrants neared the border", "reported Seth Moulton: he is running for president", "reported Martha McSally: she had spoken out to help other women", "reported A spokesperson for the Big 12: details would be announced Wednesday morning"}},
		{"a name after according to runs on past its preposition", `Cases fell. Over half of adults have received at least one dose of a vaccine, according to the Centers for Disease Control and Prevention.`,
			[]string{"reported Centers for Disease Control and Prevention: Over half of adults have received at least one dose of a vaccine"}},
		{"no speaker: a noun before its verb, a number, several people", `Warnings came. The intelligence community was warning of the danger throughout January as the White House downplayed the threat, reports show. Polls differ. More than one-quarter of American adults between the ages of 18 and 24 say they have thought about quitting. Leaders spoke. Former presidents Barack Obama, George W. Bush and Bill Clinton have all publicly announced that they are willing to get a vaccine when it is ready.`,
			nil},
		{"when a source came out is no part of it", `Prices rose. Inflation hit a 40-year high in May, according to a report out Friday. Rents rose by a fifth in the cities, according to data published Monday.`,
			[]string{"reported a report: Inflation hit a 40-year high in May", "reported data: Rents rose by a fifth in the cities"}},
		{"a counted cue is a noun", `President Trump spent his Sunday sharing more than 100 tweets and retweets, wishing everyone a “HAPPY MOTHER’S DAY” and railing against targets.`,
			nil},
		{"a setting with a clause of its own", `Nancy Pelosi spoke on Thursday. Pelosi in an interview that aired on Thursday said that she believes it is an open question.`,
			[]string{"reported Nancy Pelosi: she believes it is an open question"}},
		{"a preposition inside a title", `“The question is whether the Senate will hold a fair trial,” House Permanent Select Committee on Intelligence Chairman Adam B. Schiff said.`,
			[]string{"direct Adam B. Schiff: The question is whether the Senate will hold a fair trial,"}},
		{"where the speakers are, and no setting across a clause", `The shooting shook the city. Police in Kenosha said the man was armed. Senate Republicans blocked legislation that Democrats said is crucial to voting rights. Hannity fired back at Shepard Smith on Twitter after the anchor claimed the shows have no rules.`,
			[]string{"reported Police in Kenosha: the man was armed", "reported Democrats: is crucial to voting rights", "reported the anchor: the shows have no rules"}},
		{"reported speech and pronoun", `Jen Psaki, a spokeswoman, spoke. Psaki said that negotiations did not include military coordination. But she suggested that diplomats could continue to talk.`,
			[]string{"reported Jen Psaki: negotiations did not include military coordination", "reported Jen Psaki: diplomats could continue to talk"}},
		{"partial quote in the author's sentence", `By positioning itself as a partner, Brookings Institution scholar Suzanne Maloney argued, Iran hopes "to override any meticulousness on the details."`,
			[]string{"reported Suzanne Maloney: Iran hopes \"to override any meticulousness on the details", "partial Suzanne Maloney: to override any meticulousness on the details."}},
		{"appositive between name and cue", `Oubai Shahbandar, a spokesman for the Syrian Opposition Coalition, told reporters he hoped this would not happen. "It is imperative that the administration not value a deal above safety," Shahbandar said.`,
			[]string{"reported Oubai Shahbandar: he hoped this would not happen", "direct Oubai Shahbandar: It is imperative that the administration not value a deal above safety,"}},
		{"two quotes of one speaker", `"I'm not in a position to discuss private correspondence," White House press secretary Josh Earnest said. "I can tell you that the policy remains unchanged."`,
			[]string{"direct Josh Earnest: I'm not in a position to discuss private correspondence,", "direct Josh Earnest: I can tell you that the policy remains unchanged."}},
		{"quote runs on into the next paragraph", "Mark Harper told him: \u201cThese were 12 pages of detailed laws with serious criminal penalties.\n\n\u201cThat\u2019s why we need to scrutinise the detail of the legislation.\u201d",
			[]string{"direct Mark Harper: These were 12 pages of detailed laws with serious criminal penalties.", "direct Mark Harper: That’s why we need to scrutinise the detail of the legislation."}},
		{"pronoun takes the person of that gender", `Prince Harry and Meghan spoke to Oprah Winfrey. Meghan said she felt unsupported by the institution. "I just didn't want to be alive anymore," she said.`,
			[]string{"reported Meghan: she felt unsupported by the institution", "direct Meghan: I just didn't want to be alive anymore,"}},
		{"whom they told is no speaker", `Sweden will seek his extradition from Britain, the country's deputy director of public prosecution, Eva-Marie Persson, told reporters in Stockholm.`,
			[]string{"reported Eva-Marie Persson: Sweden will seek his extradition from Britain"}},
		{"trailing attribution", `Burial operations have increased to five days a week, said Department of Correction spokesman Jason Kersten. Two gunmen died and three others may have escaped, officials said.`,
			[]string{"reported Jason Kersten: Burial operations have increased to five days a week", "reported officials: Two gunmen died and three others may have escaped"}},
		{"a verb of writing and what it made", `WASHINGTON — Sen. Joe Manchin, D-W.Va., and Sen. Lisa Murkowski, R-Alaska, wrote a letter Monday calling on Congress to act.`,
			nil},
		{"added as in added to", `US employers added a robust 263,000 jobs in April, suggesting that businesses are confident. Twitter added a "manipulated media" tag to the video.`,
			nil},
		{"added that", `Senator Rand Paul spoke on Sunday. Paul added that he does not believe it is possible Trump will be convicted.`,
			[]string{"reported Rand Paul: he does not believe it is possible Trump will be convicted"}},
		{"where the speaker is, not who", `A federal appeals court in Manhattan ruled on Tuesday. The top Democrats in Congress said Thursday that a record surge in infections raises the urgency for a new relief bill.`,
			[]string{"reported The top Democrats in Congress: a record surge in infections raises the urgency for a new relief bill"}},
		{"a participle after someone linked to a person", `A former aide to Andrew Cuomo on Monday ripped his explanation of the banter, saying he is failing to take responsibility. The case comes after a spokesman for Bill de Blasio ripped the plan, saying the city would pay far more for it.`,
			[]string{"reported A former aide to Andrew Cuomo: he is failing to take responsibility", "reported a spokesman for Bill de Blasio: the city would pay far more for it"}},
		{"a cue in -ing after be, and one without", `The White House is denying that it is considering a payroll tax cut. The group is arguing that young women need their guns. The data came out on Monday, confirming concerns that the economy was slowing.`,
			[]string{"reported White House: it is considering a payroll tax cut", "reported The group: young women need their guns"}},
		{"a time between cue and clause, with no that", `Senator Susan Collins said Tuesday she would vote to acquit the president. The Ministry of Education said yesterday it was satisfied children can safely attend classes. Collins said last week, however, little.`,
			[]string{"reported Susan Collins: she would vote to acquit the president", "reported Ministry of Education: it was satisfied children can safely attend classes"}},
		{"a participle after a comma reports another thing", `Debra Symonette said she was not surprised by the projection, adding there is very little merchants can do. Brian Manning reminded senators that the ministry has added a tax on luxury food items.`,
			[]string{"reported Debra Symonette: she was not surprised by the projection", "reported Debra Symonette: there is very little merchants can do", "reported Brian Manning: the ministry has added a tax on luxury food items"}},
		{"a person of a place, and at least some", `Gov. Andrew M. Cuomo of New York said Tuesday he would resign from office. At least seven companies said Friday they were dropping advertisements from the show.`,
			[]string{"reported Andrew M. Cuomo: he would resign from office", "reported At least seven companies: they were dropping advertisements from the show"}},
		{"calling something a name", "In 2013, Senator Mitch McConnell of Kentucky called the debt and deficit “the transcendent issue of our era.” Senator Mark Warner spoke too. Mr. Warner, the Virginia Democrat, called last year’s tax bill “the worst piece of legislation we have passed.”\n\nThe state passed a bill called the “Fairness in Women's Sports Act.”",
			[]string{"partial Mitch McConnell: the transcendent issue of our era.", "partial Mark Warner: the worst piece of legislation we have passed.", "partial : Fairness in Women's Sports Act."}},
		{"the clause of what was said before a reporter after it", "Whole Foods CEO John Mackey said in an internal memo that the “price distinction between the two brands has become less relevant” as Whole Foods lowered its prices, Yahoo Finance reported.",
			[]string{"reported Yahoo Finance: Whole Foods CEO John Mackey said in an internal memo that the “price distinction between the two brands has become less relevant” as Whole Foods lowered its prices", "reported John Mackey: the “price distinction between the two brands has become less relevant” as Whole Foods lowered its prices", "partial John Mackey: price distinction between the two brands has become less relevant"}},
		{"a name that qualifies a noun is no antecedent", "Senator Mark Warner spoke on Monday. In 2009, when Congress passed a stimulus bill backed by the Obama campaign, he called it \u201ca responsible mix of tax cuts and investments.\u201d",
			[]string{"partial Mark Warner: a responsible mix of tax cuts and investments."}},
		{"continued between commas", `Governor Brian Manning spoke to senators. The Central Bank, he continued, intervenes on a fortnightly basis. Prices continued to rise, and sales, the data continued, fell.`,
			[]string{"reported Brian Manning: The Central Bank, he continued, intervenes on a fortnightly basis"}},
		{"a clause with no that after a verb that needs one", `Brian Manning, the finance minister, spoke. Manning recalled this facility was capitalised at US$100 million. He recalled the day he arrived in the city.`,
			[]string{"reported Brian Manning: this facility was capitalised at US$100 million"}},
		{"a gendered role and the one spoken to", "Prince Harry and Meghan Markle spoke on Sunday. \"I can't be left alone,\" she remembered. Harry agreed. The duchess also revealed that she reached out to a friend.\n\nOprah Winfrey asked about it. \"I didn't know who to turn to,\" she told Winfrey.",
			[]string{"direct Meghan Markle: I can't be left alone,", "reported Meghan Markle: she reached out to a friend", "direct Meghan Markle: I didn't know who to turn to,"}},
		{"they after a group that spoke", "Obama administration officials said that they had briefed the transition team.\n\nThey said that Sudan had a long way to go in terms of respecting human rights.\n\nMany voters stayed home. They said that the vote was rigged.",
			[]string{"reported Obama administration officials: they had briefed the transition team", "reported Obama administration officials: Sudan had a long way to go in terms of respecting human rights"}},
		{"told someone a clause with no that", `Dr. Anthony Fauci told NBC News the final number of Americans who die could be lower. Senator Chuck Schumer told reporters in a statement that the plan is unacceptable.`,
			[]string{"reported Anthony Fauci: the final number of Americans who die could be lower", "reported Chuck Schumer: the plan is unacceptable"}},
		{"a suffix after a comma, and what was written", `Chief Justice John G. Roberts, Jr. wrote the opinion and said the president cannot have absolute immunity. Senator Nancy Pelosi wrote a tweet that seemed to compare them. Pelosi wrote that the bill would pass.`,
			[]string{"reported John G. Roberts: the president cannot have absolute immunity", "reported Nancy Pelosi: the bill would pass"}},
		{"warned whom", `Treasury Secretary Janet Yellen warned members of Congress that the cash reserves will likely be exhausted. Yellen warned Congress against delay. Yellen warned critical race theory is a threat to the economy.`,
			[]string{"reported Janet Yellen: the cash reserves will likely be exhausted", "reported Janet Yellen: critical race theory is a threat to the economy"}},
		{"an object pronoun speaks for no one", `Protesters marched downtown. Marchers heard them said her name again loudly.`,
			nil},
		{"reports that a verb takes", `President Donald Trump on Thursday denied reports that he struck a deal with Democrats. Fox News reports that the deal is close.`,
			[]string{"reported Fox News: the deal is close"}},
		{"claims after a preposition and an adjective are a noun", `The order is part of a settlement of formal claims that the company punishes employees for raising concerns.`,
			nil},
		{"an infinitive with an adverb names no speaker", `Sen. Josh Hawley on Wednesday became the first Republican senator to publicly say he will object to the certification. Trump announced the move, accusing the WHO of failing “in its basic duty” to initially warn the world.`,
			[]string{"partial Trump: in its basic duty"}},
		{"a preposition's object says nothing", `Friends of the woman allegedly involved in the incident with Kavanaugh during law school say she did not recall the incident. The ban faces two lawsuits brought by plaintiffs who say they oppose the new law.`,
			[]string{"reported plaintiffs: they oppose the new law"}},
		{"a cue after a preposition is a noun", `Trump attacked the media in a series of tweets that the press is the enemy. The senator expressed alarm at reports that the prisoner would be held in isolation.`,
			nil},
		{"claims after an adjective are a noun, and a verb after a name", `Trump repeated his baseless claims that the election was rigged. He made a false claim that he had won. The company claims that the product is safe.`,
			[]string{"reported The company: the product is safe"}},
		{"reports and claims that a denial takes", `Kris Humphries is denying claims that he gave a woman herpes. Lisa Marie Presley took to Facebook to dismiss reports that her daughters were in foster care. A Pentagon spokesman also denied WikiLeaks claims that it had asked for help.`,
			nil},
		{"a time or a place after the cue is no speaker", `"We have been failed and we deserve answers," said in front of the Senate Judiciary Committee. "It might help us a great deal," admitted Sunday to reporters.`,
			[]string{"direct : We have been failed and we deserve answers,", "direct : It might help us a great deal,"}},
		{"time between speaker and cue", `Michael Cohen's attorney on Tuesday night said his client had knowledge that would interest investigators.`,
			[]string{"reported Michael Cohen's attorney: his client had knowledge that would interest investigators"}},
		{"reports as a noun, and as a verb after a name", `The State Department clarified its policy amid reports that some were asked to pay $2,000 or more. Fox News reports that the rally went on despite the rain.`,
			[]string{"reported Fox News: the rally went on despite the rain"}},
		{"a source's participle", `He also ruled that the policy should be eliminated, according to the ruling obtained by The Hill.`,
			[]string{"reported the ruling: He also ruled that the policy should be eliminated"}},
		{"a participle's speaker comes before it", `Georgia election officials disputed a video promoted by the campaign as evidence of fraud, saying the footage shows nothing but "normal ballot processing." The video was shown again.`,
			nil}, // no speaker named before "saying", and none after it
		{"people familiar with the matter", `Two people familiar with the matter said the talks will resume next week. The deal is close, according to a source familiar with the plans.`,
			[]string{"reported Two people familiar with the matter: the talks will resume next week", "reported a source familiar with the plans: The deal is close"}},
		{"people before where they are or whom they serve", `Officials in Maryland said the bridge would reopen on Friday after repairs. Health officials in New York City warned that cases were rising again across the region. The company denied wrongdoing, a spokeswoman for the firm said in a statement.`,
			[]string{"reported Officials in Maryland: the bridge would reopen on Friday after repairs", "reported Health officials in New York City: cases were rising again across the region", "reported a spokeswoman for the firm: The company denied wrongdoing"}},
		{"a thing before its complement speaks not", `The call is at the center of the impeachment inquiry, which said Trump asked Ukraine to investigate.`,
			nil},
		{"told an outlet, at the end", `The findings were briefed to the president on Dec. 17, two senior administration officials told NBC News on Monday.`,
			[]string{"reported two senior administration officials: The findings were briefed to the president on Dec. 17"}},
		{"according to", `About 25 bodies a week are interred on the island, according to the Associated Press.`,
			[]string{"reported Associated Press: About 25 bodies a week are interred on the island"}},
		{"according to a source's tally, after a dateline", `(CNN)The United States is reporting more coronavirus deaths than any country in the world, according to a tally by Johns Hopkins University.`,
			[]string{"reported Johns Hopkins University: The United States is reporting more coronavirus deaths than any country in the world"}},
		{"an outlet with its The reports, at the end", `President Trump tweeted about the hacked emails about 15 minutes after WikiLeaks asked his son to, The Atlantic reported Monday.`,
			[]string{"reported The Atlantic: President Trump tweeted about the hacked emails about 15 minutes after WikiLeaks asked his son to"}},
		{"according to a source's own tally", `The country has recorded 40,000,070 cases and 651,690 deaths, according to the latest NBC News tally.`,
			[]string{"reported NBC News: The country has recorded 40,000,070 cases and 651,690 deaths"}},
		{"a described speaker", `"That just doesn't seem like nature based recreation to me," said one person during public comment.`,
			[]string{"direct one person: That just doesn't seem like nature based recreation to me,"}},
		{"role refers back", `Michael Bloomberg spoke in Colorado in 2015. In the speech, the former mayor argued that 95% of murders were committed by young men.`,
			[]string{"reported Michael Bloomberg: 95% of murders were committed by young men"}},
		{"a role is the title the story gives", `Former Vice President Joe Biden announced his bid, promising to save the country from President Donald Trump. "We are in a battle for the soul of this nation," the former vice president says in a video.`,
			[]string{"direct Joe Biden: We are in a battle for the soul of this nation,"}},
		{"the vice president is not the president", `President Donald Trump and Vice President Mike Pence met the governors on Monday. "We are ready to help every state that asks for it," the vice president said.`,
			[]string{"direct Mike Pence: We are ready to help every state that asks for it,"}},
		{"a party tag refers back to the elected official named last", "Rep. Alexandria Ocasio-Cortez came to the defense of Paul Manafort on Wednesday. \"A prison sentence is not a license for torture,\" the New York Democrat wrote. House Judiciary Committee Chairman Jerry Nadler said he was ready to subpoena former adviser John Bolton. The New York Democrat told reporters a subpoena was likely. Senate Majority Leader Mitch McConnell urged President Trump to keep troops in Syria. \"American interests are best served by American leadership,\" the Kentucky Republican said.",
			[]string{"direct Alexandria Ocasio-Cortez: A prison sentence is not a license for torture,", "reported Jerry Nadler: he was ready to subpoena former adviser John Bolton", "reported Jerry Nadler: a subpoena was likely", "direct Mitch McConnell: American interests are best served by American leadership,"}},
		{"a party alone refers back as a role does", "Gov. Gavin Newsom announced Monday that some stores could open. The Democrat said Monday that florists could offer pickup.",
			[]string{"reported Gavin Newsom: some stores could open", "reported Gavin Newsom: florists could offer pickup"}},
		{"the speaker is the one titled speaker", "House Speaker Nancy Pelosi met Democrats on Thursday, and Rep. Adam Schiff spoke after her. The speaker said she would create the committee.",
			[]string{"reported Nancy Pelosi: she would create the committee"}},
		{"the company, the agency and the newspaper are the organization of that kind named before", "(Reuters) - News Corp agreed to a partnership with Google on Wednesday. The company said the deal would help journalism. Facebook asked the FTC to recuse its chair. The agency said its counsel had reviewed the petition. The officer worked at the White House, The New York Times reported. He has returned to the agency, according to the newspaper.",
			[]string{"reported News Corp: the deal would help journalism", "reported FTC: its counsel had reviewed the petition", "reported New York Times: The officer worked at the White House", "reported New York Times: He has returned to the agency"}},
		{"an age is the person the story gives it, not the person named last", "Gavin Strickland, 19, stepped off a bus in Toronto. The 19-year-old said he had forgotten where he parked. Paul Walker died in 2013. The 16-year-old said she would celebrate her father.",
			[]string{"reported Gavin Strickland: he had forgotten where he parked", "reported The 16-year-old: she would celebrate her father"}},
		{"a pronoun within its sentence is the subject's; a person in an opening adverbial is not the subject", "\"It was poorly said,\" Mr. Beck said. He said he had come to see Mr. Obama as an advocate of \"liberation theology,\" which he said pitted victims against oppressors.\n\nLike Mr. Obama, who wrote a memoir, Mr. Blanco has been on a quest. He said his affinity for Mr. Obama springs from his own feeling.",
			[]string{"direct Beck: It was poorly said,", "reported Beck: he had come to see Mr. Obama as an advocate of \"liberation theology,\" which he said pitted victims against oppressors", "partial Beck: liberation theology,", "reported Beck: pitted victims against oppressors", "reported Blanco: his affinity for Mr. Obama springs from his own feeling"}},
		{"a name that opens a compound is no one a pronoun can be", "HUD Secretary Ben Carson spoke on Monday. The secretary wants to revise Obama-era housing rules he says do too little to lower costs.",
			[]string{"reported Ben Carson: do too little to lower costs"}},
		{"what was said may end in a few quoted words; a described speaker is the person the article names in apposition to it", "The city’s police chief said the zone had become lawless. The move came after the mayor declared the gathering an “unlawful assembly,” the city’s police chief, Carmen Best, said in a statement.",
			[]string{"reported Carmen Best: the zone had become lawless", "reported Carmen Best: The move came after the mayor declared the gathering an “unlawful assembly,", "partial Carmen Best: unlawful assembly,"}},
		{"an organization named with its article after what it said", "All unobligated money was being returned to the military, the Pentagon said. The latest figure was 742,000, an increase from the previous week, the Labor Department said.",
			[]string{"reported Pentagon: All unobligated money was being returned to the military", "reported Labor Department: The latest figure was 742,000, an increase from the previous week"}},
		{"a trailing attribution with a negation before it, a title in lower case, a time and the author's words after it", "The woman was not pregnant, cops said Tuesday. One of them had critical injuries, police spokesperson Genae Cook said. President Biden will meet Vladimir Putin in Geneva on June 16, the White House said Tuesday, the first session between the two leaders.",
			[]string{"reported cops: The woman was not pregnant", "reported Genae Cook: One of them had critical injuries", "reported White House: President Biden will meet Vladimir Putin in Geneva on June 16"}},
		{"a contracted subject opens what was said; a clause of when after it is the author's; a dateline is no part of it", "WASHINGTON (Reuters) - U.S. intelligence has concluded that the plan failed, the New York Times reported.\n\nPresident Trump said Tuesday he’s not worried about a trade war. Joe Biden said Thursday there’s no question the debates will take place, after House Speaker Nancy Pelosi told reporters that she didn’t think Biden should debate at all.",
			[]string{"reported New York Times: U.S. intelligence has concluded that the plan failed", "reported Trump: he’s not worried about a trade war", "reported Joe Biden: there’s no question the debates will take place", "reported Nancy Pelosi: she didn’t think Biden should debate at all"}},
		{"a count of people speaks, with what qualifies them; a capital dateline is no part of what was said", "SAN FRANCISCO — Iranian hackers targeted the campaign, two people with knowledge of the attacks said on Friday. The plan will fail, one of the officials said. One of the reasons said to matter is cost.",
			[]string{"reported two people with knowledge of the attacks: Iranian hackers targeted the campaign", "reported one of the officials: The plan will fail"}},
		{"a family speaks; a statement's own words are no cue; a clause after a time; two makers", "Colin Powell died Monday. Powell was fully vaccinated against Covid-19, his family said in a statement posted to Facebook. Attorney General William Barr said Tuesday the Justice Department has not uncovered evidence of widespread fraud. Iran attacked at least two bases in Iraq, Iranian and U.S. officials said. Donald Trump will leave his business, he said in a series of tweets Wednesday morning.",
			[]string{"reported his family: Powell was fully vaccinated against Covid-19", "reported William Barr: the Justice Department has not uncovered evidence of widespread fraud", "reported Iranian and U.S. officials: Iran attacked at least two bases in Iraq", "reported Donald Trump: Donald Trump will leave his business"}},
		{"a party tag or a ticker in parentheses stands between the speaker and the cue; the role of an organization speaks, not the organization", "Senate Minority Leader Mitch McConnell (R-Ky.) said on Thursday that Republicans will oppose the proposal. Facebook Inc (FB.O) said on Thursday it would stop accepting new political ads. The Senate will vote next week, the chairman of the Senate Republican Policy Committee said on Friday.",
			[]string{"reported Mitch McConnell: Republicans will oppose the proposal", "reported Facebook Inc: it would stop accepting new political ads", "reported the chairman of the Senate Republican Policy Committee: The Senate will vote next week"}},
		{"whom it was told counts a name once", "A teenaged boy had been spurned by one of his victims, her mother told the Los Angeles Times.",
			[]string{"reported her mother: A teenaged boy had been spurned by one of his victims"}},
		{"an unnamed source with what they are close to or briefed on", "Warren plans to drop out of the race, according to a person close to the campaign. The deal is near, officials briefed on the talks said.",
			[]string{"reported a person close to the campaign: Warren plans to drop out of the race", "reported officials briefed on the talks: The deal is near"}},
		{"the possessor of a claim claims", "President Donald Trump spoke. The senators rejected President Trump's renewed claim that both sides share blame for the violence.",
			[]string{"reported Donald Trump: both sides share blame for the violence"}},
		{"an honorific in lower case tells a gender", "mr. Trump praised Barbara Res in 1985. \"You did well,\" she recalled.",
			[]string{"partial Barbara Res: You did well,"}},
		{"who issued a statement speaks, not who obtained it", "Troops must be vaccinated, according to a memo from Defense Secretary Lloyd Austin obtained by the AP. Six cases occurred within two weeks of vaccination, according to a statement issued by the Food and Drug Administration. He was a statesman, according to a statement released by Wright's office. The plan was leaked, according to a letter obtained by Mediaite.",
			[]string{"reported Lloyd Austin: Troops must be vaccinated", "reported Food and Drug Administration: Six cases occurred within two weeks of vaccination", "reported Wright's office: He was a statesman", "reported a letter: The plan was leaked"}},
		{"a described role refers back to its title", `Mexican President Andrés Manuel López Obrador spoke a day after Donald Trump threatened tariffs. "There is no need for confrontation," the leftist president said.`,
			[]string{"direct Andrés Manuel López Obrador: There is no need for confrontation,"}},
		{"block quote", "Jack Goldstone argues that it is the only way:\n\n> Washington loves nothing more than to oversimplify the complex. | Jack Goldstone",
			[]string{"reported Jack Goldstone: it is the only way", "block Jack Goldstone: Washington loves nothing more than to oversimplify the complex."}},
		{"a block quote introduced by \"states\"", "On Monday, Ursula von der Leyen stated that the goal is a 55% cut by 2030 for the union.\n\nIn an article, Greta Thunberg states the following:\n\n> One of humanity's greatest threats is the belief that real sufficient action is being taken.",
			[]string{"reported Ursula von der Leyen: the goal is a 55% cut by 2030 for the union", "block Greta Thunberg: One of humanity's greatest threats is the belief that real sufficient action is being taken."}},
		{"mis-encoded curly quotes", "\u00e2\u20ac\u0153There is no reason to believe they have changed,\u00e2\u20ac\ufffd said Eric Reeves.",
			[]string{"direct Eric Reeves: There is no reason to believe they have changed,"}},
		{"a verb that judges names the judge", "Sen. Elizabeth Warren of Massachusetts quickly accused Bloomberg of arguing “the economy would be better off if we just let banks be more overtly racist.” Prosecutors described the shooting as “a tragedy that should never have happened.”",
			[]string{"partial Elizabeth Warren: the economy would be better off if we just let banks be more overtly racist.", "partial Prosecutors: a tragedy that should never have happened."}},
		{"a vow reports what was vowed", "Prime Minister Habib Essid spoke on Wednesday. He vowed that the country would be “merciless” in defending itself. The governor promised voters a new bridge.",
			[]string{"reported Habib Essid: the country would be “merciless” in defending itself", "partial Habib Essid: merciless"}},
		{"two reports joined in one sentence", "Ronald Walcott spoke. He said the Government would have to look at additional laws with regard to cybercrime but also stressed that companies would have to increase vigilance concerning these attacks. South Africa said Mr Mugabe was confined to his home and the military said it was keeping him safe.",
			[]string{"reported Ronald Walcott: the Government would have to look at additional laws with regard to cybercrime", "reported Ronald Walcott: companies would have to increase vigilance concerning these attacks", "reported South Africa: Mr Mugabe was confined to his home", "reported the military: it was keeping him safe"}},
		{"a subject pronoun opens what was said", "Prince Harry and Meghan spoke to Oprah. In November, Meghan revealed she suffered a miscarriage last year. Aubrey Woodard spoke too, though he stressed he had no proof of inappropriate favoritism.",
			[]string{"reported Meghan: she suffered a miscarriage last year", "reported Aubrey Woodard: he had no proof of inappropriate favoritism"}},
		{"a judging participle names no one", "A police officer accused of “excessive force” was fired on Monday.", nil},
		{"scare quotes are not quotes", `The so-called "metadata" would be kept for two years.`, nil},
		{"a comparison is not a report", `The threat is not as severe as our leaders claim it to be in public.`, nil},
		{"not a statement", `The Government does not deny that the legislation is flawed in places.`, nil},
		{"where the speaker is names nobody; a pronoun after a description",
			"AMSTERDAM — On April 30, 1941, a Jewish man here in Amsterdam wrote a desperate letter to an American friend. \"U.S.A. is the only country we could go to,\" he wrote.\n\nA volunteer found that plea for help in 2005 when she was sorting old refugee files in New York City. \"Oh my God,\" she said, \"this is the Anne Frank file.\"",
			[]string{"direct a Jewish man here in Amsterdam: U.S.A. is the only country we could go to,", "partial A volunteer: Oh my God,", "direct A volunteer: this is the Anne Frank file."}},
		{"a party tag's stop is no sentence's end", "Rep. Doug Collins has a list of questions for Robert Mueller. Collins, R-Ga., the ranking member on the Judiciary Committee, told Sandra Smith that his questions will center on how the investigation began.",
			[]string{"reported Doug Collins: his questions will center on how the investigation began"}},
		{"a party tag between a quote's speaker and their role", `Lawmakers met on Wednesday. "We need to see the evidence," Collins, R-Ga., the ranking member on the Judiciary Committee, told Sandra Smith. "It is a sham," Nadler, D-N.Y., said.`,
			[]string{"direct Collins: We need to see the evidence,", "direct Nadler: It is a sham,"}},
		{"a network's show is no quote, capitals or not", `Rep. Mike rogers continued his criticism of the obamacare rollout on sunday. Appearing on cbs's " face the nation, " the chairman of the house intelligence committee said even the administration admitted there was a risk with the website.`,
			[]string{"reported the chairman of the house intelligence committee: even the administration admitted there was a risk with the website"}},
		{"what a sentence-opening preposition governs does not speak", "In a bold business strategy announced yesterday, Netflix declared that it would raise its prices. After the city of Jacksonville announced that masks will be mandatory, the governor said nothing.",
			[]string{"reported Netflix: it would raise its prices", "reported the city of Jacksonville: masks will be mandatory"}},
		{"who acts on a thing speaks, not the thing", "The plane fell. Officials investigating the crash said the pilot had reported engine trouble. The lawyer defending the suspect says he could not have done it.",
			[]string{"reported Officials investigating the crash: the pilot had reported engine trouble", "reported The lawyer defending the suspect: he could not have done it"}},
		{"a title before a tagged name", "House Judiciary Committee Chairman Jerry Nadler, D-N.Y., said the House expects to vote on the articles next week.",
			[]string{"reported Jerry Nadler: the House expects to vote on the articles next week"}},
		{"a state after a city names no speaker", "U.S. District Judge Haywood Gilliam in Oakland, Calif., said the plans exceeded the executive's authority.",
			[]string{"reported Haywood Gilliam: the plans exceeded the executive's authority"}},
		{"a speaker after the cue, a subject before", "Ross Perot is dead at 89. Perot, who ran for president in 1992 and 1996, died after a five-month battle with leukemia, said James Fuller, a representative for the Perot family.",
			[]string{"reported James Fuller: Perot, who ran for president in 1992 and 1996, died after a five-month battle with leukemia"}},
		{"a show's title is no quote", `"It's a partisan farce," Sen. Rand Paul, R-Ky., said of the impeachment effort on "Fox News Sunday." Senate GOP Leader Mitch McConnell has not been invited. McConnell, R-Ky., told Fox News' "America's Newsroom" on Wednesday that the White House has shown no interest in unity.`,
			[]string{"direct Rand Paul: It's a partisan farce,", "reported Mitch McConnell: the White House has shown no interest in unity"}},
		{"a city and its state are where the speaker is", "Police in Washington, D.C., say two teenage girls have been arrested on charges of felony murder.",
			[]string{"reported Police in Washington: two teenage girls have been arrested on charges of felony murder"}},
		{"what told the story is no speaker", "President Trump was downright low energy. The look on his face, as he meandered through unscripted remarks Friday, told the story.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := who(t, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// seedDocs extracts and segments the seed story as the CLI does.
func seedDocs(tb testing.TB) []*storybrief.Document {
	tb.Helper()
	return seedtest.Docs(tb, "../testdata/seeds")
}

// TestSeedsGolden lists who said what in the seed story and compares it
// with testdata/seeds.golden (go test -update rewrites it).
func TestSeedsGolden(t *testing.T) {
	docs := seedDocs(t)
	ents := entity.Resolve(docs)
	var b strings.Builder
	for _, d := range docs {
		fmt.Fprintf(&b, "== %s %s\n", d.ID, d.Source)
		for _, q := range quote.Find(d, ents) {
			cue := ""
			if q.Cue.Len() > 0 {
				cue = q.Cue.In(d.Text)
			}
			fmt.Fprintf(&b, "%d %s %q %s %q: %s\n", q.Line, q.Kind, q.Speaker, q.Entity, cue, storybrief.CollapseSpace(q.In(d.Text)))
		}
	}
	golden := "testdata/seeds.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("quotes differ from %s (go test -update to accept):\n%s", golden, b.String())
	}
}

func FuzzFind(f *testing.F) {
	f.Add("\"It is a role,\" said Kerry. Kerry said that it is.\n\nShe said, \u201cno\u201d and \u2018yes\u2019.")
	f.Add("> A block | X\n\n\"open quote runs on\n\n\"and on,\" he added, according to")
	f.Add("\u00e2\u20ac\u0153x\u00e2\u20ac\ufffd said A B, a C, who D, said \"E\" \u00ab F \u00bb")
	f.Add(", said\n\nsaid ,\" \" ' \u201c\u201d\u201c")
	f.Add("(R-Ky.) said it would. Smith (D-N.Y.) said, \"no.\" The chairman of the Senate Policy Committee said on Friday, his family said in a statement posted to Facebook.")
	f.Add("Rep. Ann Lee came. \"No,\" the Ohio Democrat said. The company said, according to a statement issued by the FDA or by Lee's office. (Reuters) The 40-year-old said on \" fox news sunday \". Like mr. Obama, he said it.")
	f.Fuzz(func(t *testing.T, text string) {
		d := textDoc(t, "d1", text)
		ents := entity.Resolve([]*storybrief.Document{d})
		prev := -1
		for _, q := range quote.Find(d, ents) {
			for _, sp := range []storybrief.Span{q.Span, q.Cue, q.Attribution} {
				if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
					t.Fatalf("span %v out of bounds (%d bytes)", sp, len(d.Text))
				}
			}
			if q.Start < prev {
				t.Fatalf("quotes not in text order: %d after %d", q.Start, prev)
			}
			prev = q.Start
			if q.Doc != "d1" || q.Line < 1 {
				t.Fatalf("bad provenance %q line %d", q.Doc, q.Line)
			}
			switch q.Kind {
			case storybrief.QuoteDirect, storybrief.QuotePartial, storybrief.QuoteBlock, storybrief.QuotePost, storybrief.QuoteReported:
			default:
				t.Fatalf("bad kind %q", q.Kind)
			}
			if q.Entity != "" && q.Speaker == "" {
				t.Fatalf("entity %s without a speaker", q.Entity)
			}
		}
	})
}

// BenchmarkQuotes finds the quotes of the three seed articles (entities
// resolved once, outside the loop).
func BenchmarkQuotes(b *testing.B) {
	docs := seedDocs(b)
	ents := entity.Resolve(docs)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			quote.Find(d, ents)
		}
	}
}
