package facts_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/ingest"
)

// TestNeuSTrainDisputes measures the disputes the pipeline finds on 135
// NeuS train stories where an earlier build found one, each read by hand
// (the rules of dispute.go and of the sentence reading were then set on them, so this
// is a development set, not a held-out one)
// (testdata/neus-train-disputes.json): a story whose sources do conflict
// counts as found when a dispute is found in it; one whose found dispute
// was outlets saying one thing in other words counts as a false dispute
// when one is still found. Story-level, so it tells precision and recall
// of "this story is in dispute", not of which sentences.
func TestNeuSTrainDisputes(t *testing.T) {
	// The build before the rules of 2026-12-01 found 27 of the 28 real
	// ones and 106 of the 107 false ones; the next 24 and 53; the one
	// with dispute bases (a contradiction in a source's own words stands
	// only on the record) 21 and 22; the one that reads what a figure
	// counts (its measure, qualifiers, times of day, labels) 21 and 15;
	// the one that reads one speaker under two names as one 20 and 13;
	// the one that sets no dispute off on a contradiction 19 and 6. When a
	// denial came to pair with the claim that carries what it denies,
	// 1349 showed a real dispute (aides suggested a shift, the campaign
	// denied any) and was judged again: 20 of 29 and 5 of 106; the one
	// that reads a unit of measure as no part of what a figure counts 20
	// and 4; the one that reads "to deny Democrats' demands" as withholding
	// and "to control rumors about election fraud" as a dismissal 20 and 2.
	measureDisputes(t, "neus-train-disputes", "", 20, 2)
}

// TestNeuSValidationDisputes measures the same on 14 NeuS validation
// stories, labelled before the dispute bases were written and not used to
// set any rule: 7 real, 7 false. The session-start build found all 14;
// the one with dispute bases 6 real and 2 false; the one that reads what a
// figure counts 6 and 1; the one that sets no dispute off on a
// contradiction 6 and 0.
func TestNeuSValidationDisputes(t *testing.T) {
	measureDisputes(t, "neus-validation-disputes", "", 6, 0)
}

// TestMultiNewsFigures measures disputes over figures on 35 Multi-News
// validation stories drawn at random from the 69 where the build of
// f77812c found one, each labelled by hand before any rule about figures
// was written (testdata/multinews-validation-figures.json): 11 real (the
// sources give different figures for one quantity: "31-foot" against
// "32-foot boat", "$50m" against "$40 million"), 24 false (the figures
// count different things or agree). That build found all 35; the one
// that reads what a figure counts 9 real and 19 false; the one that reads
// thousands written with spaces 9 and 18; the one that reads a unit of
// measure ("percent", "mph", "miles") as how a figure counts, not what,
// and whose sides hold only the sentences that give their figure, 9 and
// 13; the one that reads shares ("two-thirds of patients"), increments
// ("three additional counts") and blocks of a street ("the 4300 block of")
// 9 and 10; the one that dates a figure "at the time" 9 and 9; the one
// that reads what a figure counts by the word, not its stem ("villagers"
// and "villages" were one), 9 and 8; the one that reads counts of kinds
// of people joined by "and" as parts of a whole ("an adult and two
// teenagers died" against "three people died") and a timeline's stamp
// ("(all times local): 9:15 a.m.") as no time of the event, 9 and 5; the
// one that reads "18k white gold" as karats (it was 18,000 against
// "18-karat white gold") 9 and 4; the one that reads the verb before a
// count as what befell what it counts ("three people are dead" against
// "shot two people") 9 and 3; the one that sets no figure against one
// more than twice it ("Six passengers were taken to Children's Hospital"
// against "17 to 20 passengers were taken to nearby hospitals") 9 and 2.
func TestMultiNewsFigures(t *testing.T) {
	measureDisputes(t, "multinews-validation-figures", storybrief.Figures, 9, 2)
}

// TestMultiNewsFiguresHeldOut measures the same on the other 34 of the 69
// stories, labelled after the first figures rules were set and before
// any later one: 10 real ("four-man" against "five-man team", "380 miles"
// against "330 miles"), 24 false (among them a rise and a fall of
// different things: "grew up" against "fell into a coma"). The build of
// f77812c found all 34; the one that reads what a figure counts 9 real
// and 16 false; the one that reads a unit of measure as how a figure
// counts, not what, 7 and 13: it loses "380 miles away" against "330
// miles north" (the body found is named only as the subject) and the
// pipeline of "the 380-kilometer (236-mile) Abu Dhabi crude oil pipeline"
// against "the new 370km (230 mile) pipeline" (its head noun is the fifth
// word after the figure). Its misses were read while that rule was
// written, so this set is no longer held out for it. The parts and
// stamp rules, written on the set above, leave it at 7 and 13; read
// after them, its false ones gave two more rules, so it is no longer held
// out for those either: "more than a dozen" is a lower bound (against
// "killed 13 people") and "two Thai journalists and a Canadian reporter"
// parts of a whole: 7 and 11; the verb before a count (written on the
// set above) 7 and 10; read again after that, rates, a figure "per"
// something or "a share" ("losing 4 trillion gallons of water per year"
// against "11 trillion gallons of water is needed"; "$2 a share" against
// "647.9 million shares"), as no amounts 7 and 8; the rules written on
// the fresh train draw below (currencies, years that name an event,
// clocks in time zones, tentative counts …) 7 and 7; the one that sets no
// figure against one more than twice it 6 and 5: the real story lost,
// 1312 ("4890 22 ave. S." against "3890 22nd ave. S"), was found for "22"
// against "3890", a false pair. A rise against a fall as no dispute (see
// TestMultiNewsTrainDisputesLatest): 6 and 4.
func TestMultiNewsFiguresHeldOut(t *testing.T) {
	measureDisputes(t, "multinews-validation-figures-2", storybrief.Figures, 6, 4)
}

// TestMultiNewsRebuttals measures rebuttals on long articles: all 28
// Multi-News validation stories where the build of 045636b found one,
// labelled by hand (testdata/multinews-validation-rebuttals.json): 10 real
// (the claim shown states or reports what the other side denies: "Al
// Jazeera report names Manning" against "Manning denied the
// allegations"), 18 false (the claim shown is another sentence on the
// topic, or both sides say one thing). That build found all 28. Amazon's
// (4848) was judged again, real, when a denial that names the report it
// answers could pair with the claim whole: its claim shown became what
// the denial denies; Cain's (1347) too, when a denial came to pair with
// the claim that carries what it denies. The build that reads a court's
// dismissal as a ruling, "would not confirm or deny" as no denial and
// "its debunked story" as a description found 12 real and 14 false; the
// one that reads "contrary to the convention" as a breach 12 and 13; the
// one that reads "is a myth" as calling false, "pushed back on" as a
// denial and "neither … nor … had" as negating the verb 12 and 12; the
// one that reads a word of truth only where it calls a statement true or
// false (not "its true fan base", "accurately guess", "in truth", "lying
// in the street"; "hide the truth" as deceit, "none of the story is
// true" as negated) and "anti-" as no word 12 and 5; a denial of
// involvement answering only a claim that links someone ("aides to Putin
// deny any involvement in killing Nemtsov" against "Russia has banned an
// opposition leader from the funeral of slain politician Boris Nemtsov")
// 12 and 4.
func TestMultiNewsRebuttals(t *testing.T) {
	measureDisputes(t, "multinews-validation-rebuttals", storybrief.Rebuttal, 12, 4)
}

// TestMultiNewsTrainRebuttals measures rebuttals on 30 Multi-News train
// stories (drawn from the 38 among the first 8,000 where the build of
// a973b3a found one), labelled by hand before any rule about rebuttals on
// long articles (testdata/multinews-train-rebuttals.json): 13 real, 17
// false. That build found all 30; the one that reads pronoun speakers 13
// real and 16 false. Its false ones were then read to write the rules
// of the next build (a court's dismissal, "would not confirm or deny",
// "its debunked story"), so it is no longer held out: 13 and 12; the one
// with "is a myth", "pushed back on" and "neither … nor" 13 and 10; the
// one that reads words of truth as statements only 13 and 7; the one
// that reads "a £3 billion dispute involving" as a quarrel, "dismiss
// charges" as a legal act, and neither who denies ("disputed by first
// lady Michelle Obama") nor how ("by determining a date") as what is
// denied 13 and 3.
func TestMultiNewsTrainRebuttals(t *testing.T) {
	measureDisputes(t, "multinews-train-rebuttals", storybrief.Rebuttal, 13, 3)
}

// TestMultiNewsTrainRebuttalsHeldOut measures rebuttals on a fresh draw:
// all 45 Multi-News train stories among stories 8,001-16,000 where the
// session-start build of 76f8762 or the build of 40bc08c found one,
// labelled by hand after the rules of 40bc08c were written and read for
// nothing else (testdata/multinews-train-rebuttals-2.json): 20 real
// ("documents reveal Israel offered to sell nuclear warheads" against
// "Peres categorically denies a report he offered nuclear warheads"), 25
// false (most pair a real denial with a claim shown that does not state
// what it denies). 76f8762 found 18 real and 25 false; 40bc08c 19 and 24.
// Labelling it showed "contrary to the international convention" read as
// a rebuttal (15013); the build that reads it as a breach finds 19 and 23,
// a figure that is no longer held out for that one rule. The rules of
// "is a myth", "pushed back on" and "neither … nor" (written on the two
// sets above, this one unread) leave it at 19 and 23; the rules of words
// of truth and "anti-" (also written on those two) 18 and 20. The real
// one lost (14821: "had used illegal performance-enhancing drugs" against
// "when he denied using performance-enhancing drugs") was found for "to
// demonstrate your true colors" against "misleading the public": it was
// read for that, and nothing else of the set. The quarrel, legal-act and
// agent rules (written on the train set above) 18 and 19; a denial of
// involvement answering only a claim that links someone (see
// TestMultiNewsTrainDisputesLatest) 18 and 18.
func TestMultiNewsTrainRebuttalsHeldOut(t *testing.T) {
	measureDisputes(t, "multinews-train-rebuttals-2", storybrief.Rebuttal, 18, 18)
}

// TestMultiNewsLatestDisputes measures disputes of any basis on the 10
// Multi-News validation stories where the build of 7a1de8b found one and
// no set above holds them (testdata/multinews-validation-disputes-3.json),
// labelled by hand: 4 real ("the 105-carat" against "the 106-carat
// Koh-i-Noor", "charged with defamation" against "LG denied the
// charges"), 6 false. That build found all 10; the one that reads an age
// as of what follows it ("the 49-year-old actress" against "her
// 9-year-old dog", read for that rule) 4 and 5; the one that reads where
// and when a denial was made as no part of what it denies ("denying the
// allegations at a judiciary committee hearing last week", read for it)
// 4 and 4; the one that sets no figure against one more than twice it 4
// and 1.
func TestMultiNewsLatestDisputes(t *testing.T) {
	measureDisputes(t, "multinews-validation-disputes-3", "", 4, 1)
}

// TestMultiNewsTrainDisputesFresh measures disputes of any basis on a
// fresh draw: 30 Multi-News train stories drawn at random from the 88
// among stories 16,001-24,000 where the build of 3c4fa3b found one,
// labelled by hand before any rule was written on them
// (testdata/multinews-train-disputes-3.json): 9 real ("he said there are
// no-go areas" against "he denied saying it"; "13-year-old" against
// "14-year-old twins"), 21 false. That build, as this test reads the
// stories, finds all 9 real and 20 false (P 0.31; rebuttals in 6 real
// stories and 7 false, figures in 4 and 13: figures on long articles are
// most often two quantities: "227 passengers" and "239 passengers and
// crew", "$4,500" and "£2,650", "the 1958 NFL championship game" and "the
// 2015 AFC championship game"). Its false ones were then read to write
// the next rules, so it is no longer held out: a currency's sign ("£2,650"
// against "$4,500"), a year before a singular word ("the 1958 NFL
// championship game"), a measure after its kind ("200 nautical miles"
// against "370 nautical kilometre"), a stamp before a colon ("update at
// 6:50 p.m.:"), crews and passengers as parts of a whole, counts "possible"
// or "suspected" and "prime-time" audiences as other quantities, clocks in
// two time zones, and "a money dispute" as a quarrel: 9 and 11; no figure
// against one more than twice it: unchanged; a rise against a fall as no
// dispute: 9 and 10.
func TestMultiNewsTrainDisputesFresh(t *testing.T) {
	measureDisputes(t, "multinews-train-disputes-3", "", 9, 10)
}

// TestMultiNewsTrainDisputesHeldOut measures disputes of any basis on a
// draw read for no rule: 35 Multi-News train stories among 24,001-32,000
// (testdata/multinews-train-disputes-4.json). On those 8,000 stories the
// session-start build of 55dff56 found a dispute in 93 and c5f9a07 in 78,
// all among the 93; the set holds the 15 dropped, all false when labelled
// on what 55dff56 showed, and 20 of the 78 drawn at random, 6 real ("20
// people injured" against "22 people were hurt"; "accused of hiring a
// hitman to kill his wife" against "denied orchestrating the killing")
// and 14 false. So 55dff56 was right in about 0.25 of the 93 and c5f9a07
// in about 0.30 of the 78, and no real one was lost. As this test reads
// the stories, c5f9a07 finds 6 real and 14 false. The rule that sets no
// figure against one more than twice it (its factor chosen beforehand,
// written on the other sets) finds 6 and 11. The rules written on the next
// draw (TestMultiNewsTrainDisputesLatest), still without reading this one,
// find 6 and 10: "a bit less than 20 % of men" is an upper bound that "15
// % of newlywed men" is under.
func TestMultiNewsTrainDisputesHeldOut(t *testing.T) {
	measureDisputes(t, "multinews-train-disputes-4", "", 6, 10)
}

// TestMultiNewsTrainDisputesLatest measures disputes of any basis on every
// Multi-News train story among 32,001-40,000 where the build of 264450e
// found one: 81 stories, labelled by hand before any rule was written for
// them (testdata/multinews-train-disputes-5.json), 36 real. 264450e finds
// all 36 and 45 false ones (precision 0.44). They were then read for the
// rules of the next session, which find 36 and 22 (0.62): a rise against
// a fall is no dispute; a figure under an upper bound ("as many as 900
// dispensaries" against "the 762 dispensaries"), "nearly two dozen"
// against "more than 20", a figure cut to fewer decimals ("$32 worth"
// against "$32.73 worth"), a hedged time on the hour ("about 11 a.m."
// against "11:30 a.m."), a time that names ("the 6 p.m. undercard
// debate") or stamps a page ("june 6, 2014, 5: 38 pm"), a rate "on each
// foot", an average, a duration in two units and each outlet's count of
// its own sources are no other figure; "it's fabrication" calls false
// what it tells, "no evidence that" negates what follows, and "a truth
// teller" calls nothing true: 36 and 22. A denial of involvement ("Carman
// denies any involvement in his grandfather's death") answers only a
// claim that links someone to what it names, an accusation or what a
// source says, not "John Chakalos was killed in his home": 36 and 21. A
// transcript's stamps ("12: 32 p.m. Est mr. Spicer:") are no times of
// day, and "no one disputes" denies nothing: 36 and 19. Counts over two
// periods ("in less than two years" against "In 2012"; "by 12 hours"
// against "in 18 hours") are two quantities: 36 and 17.
func TestMultiNewsTrainDisputesLatest(t *testing.T) {
	measureDisputes(t, "multinews-train-disputes-5", "", 36, 17)
}

// TestMultiNewsTrainDisputesLast measures disputes of any basis on a draw
// read for no rule: every Multi-News train story among 40,001-44,972 where
// the session-start build of 264450e or that of ca2dc71 found a dispute,
// 47 stories labelled by hand after ca2dc71's rules were written
// (testdata/multinews-train-disputes-6.json). 264450e finds all 22 real
// ones and 25 false (precision 0.47); ca2dc71 finds the 22 and 22 false
// (0.50): the 3 it drops are a rise against a fall twice and "about 10
// p.m." against "about 10:30 p.m.".
func TestMultiNewsTrainDisputesLast(t *testing.T) {
	measureDisputes(t, "multinews-train-disputes-6", "", 22, 22)
}

// TestMultiNewsContradictions measures what is still in dispute in all 33
// Multi-News validation stories where the build of 045636b found a
// contradiction (a source stating the opposite in its own words), each
// labelled by hand (testdata/multinews-validation-contradictions.json): 6
// real ("the estranged husband" against "cops say it wasn't the husband"),
// 27 false, most of them one fact worded two ways ("acting oddly" against
// "not acting normally"). Since contradictions set no dispute off, no
// dispute is found in any of them.
func TestMultiNewsContradictions(t *testing.T) {
	measureDisputes(t, "multinews-validation-contradictions", "", 0, 0)
}

// measureDisputes scores story-level disputes against the labels of a set
// (testdata/SET.json, its stories in testdata/SET.jsonl), and fails
// when fewer than minFound real ones are found or more than maxFalse false
// ones. It logs what each basis contributes. With a basis, only disputes
// of that basis count.
func measureDisputes(t *testing.T, set string, basis storybrief.Basis, minFound, maxFalse int) {
	labelPath, dataPath := "testdata/"+set+".json", "testdata/"+set+".jsonl"
	data, err := os.ReadFile(labelPath)
	if err != nil {
		t.Fatal(err)
	}
	var labels struct {
		Stories []struct {
			ID   string `json:"id"`
			Real bool   `json:"real"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}
	real := map[string]bool{}
	for _, s := range labels.Stories {
		real[s.ID] = s.Real
	}
	var found, missed, falseFound, falseClear int
	byBasis := map[storybrief.Basis][2]int{} // real, false stories with a dispute of that basis
	for _, st := range loadMeasured(t, dataPath) {
		isReal, ok := real[st.id]
		if !ok {
			t.Fatalf("%s: not labelled", st.id)
		}
		disputed := false
		bases := map[storybrief.Basis]bool{}
		for _, fact := range withEntities(t, st.docs) {
			if fact.Status == storybrief.Disputed && (basis == "" || fact.Basis == basis) {
				disputed = true
				bases[fact.Basis] = true
			}
		}
		for b := range bases {
			c := byBasis[b]
			if isReal {
				c[0]++
			} else {
				c[1]++
			}
			byBasis[b] = c
		}
		switch {
		case isReal && disputed:
			found++
		case isReal:
			missed++
			t.Logf("%s: real dispute not found", st.id)
		case disputed:
			falseFound++
			if *dump {
				t.Logf("%s: false dispute", st.id)
			}
		default:
			falseClear++
		}
	}
	precision := ratio(found, found+falseFound)
	t.Logf("real disputes found %d of %d; false disputes still found %d of %d; precision on these stories %.2f",
		found, found+missed, falseFound, falseFound+falseClear, precision)
	for _, b := range []storybrief.Basis{storybrief.Rebuttal, storybrief.Figures} {
		t.Logf("  %s: in %d real stories, %d false", b, byBasis[b][0], byBasis[b][1])
	}
	if found < minFound || falseFound > maxFalse {
		t.Errorf("real disputes found %d (bar %d), false ones %d (bar %d)", found, minFound, falseFound, maxFalse)
	}
}

// measuredStory is one story of the measured dispute set, read as the
// CLI reads it.
type measuredStory struct {
	id   string
	docs []*storybrief.Document
}

// loadMeasured reads the stories of a JSON Lines file of the measured set
// as the CLI reads them, with their headlines; with ids, only those.
func loadMeasured(t *testing.T, path string, ids ...string) []measuredStory {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	eng := engine()
	var out []measuredStory
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var raw struct {
			ID        string   `json:"id"`
			Documents []string `json:"documents"`
			Titles    []string `json:"doc_titles"`
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatal(err)
		}
		if len(ids) > 0 && !slices.Contains(ids, raw.ID) {
			continue
		}
		var st ingest.Story
		for i, d := range raw.Documents {
			st.Docs = append(st.Docs, ingest.Raw{Source: fmt.Sprintf("%s#%d", raw.ID, i+1), Data: []byte(d), Title: titleOf(raw.Titles, i)})
		}
		docs, _ := eng.Documents(context.Background(), st)
		out = append(out, measuredStory{raw.ID, docs})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// titleOf returns the i-th headline, or "" where there is none.
func titleOf(titles []string, i int) string {
	if i < len(titles) {
		return titles[i]
	}
	return ""
}
