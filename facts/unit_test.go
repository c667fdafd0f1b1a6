package facts

import (
	"testing"

	"github.com/storybrief/storybrief"
)

// analyzed returns text read as a unit of a one-sentence document.
func analyzed(a *analyzer, text string) unit {
	u := unit{text: text, span: storybrief.Span{End: len(text)}}
	a.analyze(&u, &storybrief.Document{ID: "d1", Text: text}, "")
	return u
}

// TestTruthWords checks when a sentence calls something true or false: a
// statement called so, not a thing described ("its true fan base") or a
// posture ("lying in the street").
func TestTruthWords(t *testing.T) {
	const absent, asserted, negated = "absent", "asserted", "negated"
	for _, tc := range []struct {
		text, want string
	}{
		{"His comments essentially hewed to the truth.", asserted},
		{"He lied some more in the debate.", negated},
		{"The claims are completely false.", negated},
		{"Clooney said that none of the story is factually true.", negated},
		{"The official demanded the agency hide the truth from the public.", negated},
		{"The user said the league has lost complete touch with its true fan base.", absent},
		{"The film is linked to five fake local news websites.", absent},
		{"The software may accurately guess our emotion.", absent},
		{"The university in truth was set up as a sting by federal agents.", absent},
		{"He was struck by a cabdriver who did not see him lying in the street.", absent},
		{"The pitchman has made a fortune marketing himself as a truth teller.", absent},
	} {
		a := newAnalyzer(nil, nil, nil)
		u := analyzed(a, tc.text)
		truth := a.id("true")
		got := absent
		for _, term := range u.terms {
			if term.id == truth {
				got = asserted
				if term.neg {
					got = negated
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: truth %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestDenialScope checks which words a denial denies: not where or when it
// was made ("at a hearing", "on Friday"), but what the claims it names are
// about, wherever they were made ("in a report that …", "report on …").
func TestDenialScope(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		negated    bool
	}{
		{"The judge became emotional when forcefully denying the allegations at a committee hearing last week.", "hearing", false},
		{"The minister denied the charges on Friday in parliament.", "parliament", false},
		{"Manning vehemently denied allegations in an Al-Jazeera report that a clinic supplied him with hormone.", "clinic", true},
		{"Trump denies New York Times report on his tax returns.", "tax", true},
		{"Obama says he gives nicer gifts, an assertion disputed by first lady Michelle Obama.", "lady", false},
		{"A new study dismisses claims that megalodon is still alive by determining a date of extinction.", "date", false},
		{"A new study dismisses claims that megalodon is still alive.", "alive", true},
		{"No one disputes that practice is important, the psychologist says.", "important", false},
		{"They have found no evidence that our internal systems have been compromised.", "compromised", true},
		{"They have found no evidence of a breach, and the systems were compromised.", "compromised", false},
	} {
		a := newAnalyzer(nil, nil, nil)
		u := analyzed(a, tc.text)
		id := a.id(a.stem(tc.word))
		found := false
		for _, term := range u.terms {
			if term.id == id {
				found = true
				if term.neg != tc.negated {
					t.Errorf("%q: %q negated %v, want %v", tc.text, tc.word, term.neg, tc.negated)
				}
			}
		}
		if !found {
			t.Errorf("%q: no term for %q", tc.text, tc.word)
		}
	}
}

// TestRates checks which figures are rates, and per what: a rate and an
// amount are two quantities ("$2 a share" against "647.9 million
// shares").
func TestRates(t *testing.T) {
	for _, tc := range []struct {
		text string
		per  string // "" for an amount
	}{
		{"Shares of Boeing fell nearly $2 a share.", "%per share"},
		{"The regions have been losing 4 trillion gallons of water per year.", "%per year"},
		{"Prices rose 3 percent a year.", "%per year"},
		{"The company has 647.9 million shares outstanding.", ""},
		{"Support fell to 50 per cent.", ""},
		{"About 11 trillion gallons of water is needed.", ""},
		{"Barbara Bush has only 4 toes on each foot.", "%per foot"},
		{"Fans paid $5 for every ticket.", "%per ticket"},
		{"Each of the 762 dispensaries will get a letter.", ""},
		{"An average of seven human plague cases have been reported each year.", "%average"},
		{"The team averaged 12 points in the fourth quarter.", "%average"},
	} {
		a := newAnalyzer(nil, nil, nil)
		u := analyzed(a, tc.text)
		if len(u.nums) == 0 {
			t.Errorf("%q: no figure", tc.text)
			continue
		}
		want := int32(-1)
		if tc.per != "" {
			want = a.id(tc.per)
		}
		if got := u.nums[0].per; got != want {
			t.Errorf("%q: per %d, want %d (%s)", tc.text, got, want, tc.per)
		}
	}
}

// TestDenials checks which sentences deny something: not a quarrel ("a £3
// billion dispute involving British Airways") or a legal act ("dismiss
// charges"), but a denial of a claim ("dismissed the charges as a witch
// hunt").
func TestDenials(t *testing.T) {
	for _, tc := range []struct {
		text   string
		denial bool
	}{
		{"The judge who stepped down from a £3 billion dispute involving British Airways is being investigated.", false},
		{"Seattle judges have agreed to vacate convictions and dismiss charges for marijuana possession.", false},
		{"Trump dismissed the charges as a witch hunt.", true},
		{"The ministry disputed the report that its forces attacked the residence.", true},
		{"The companies negotiated all night to resolve a money dispute that threatens a blackout.", false},
		{"The officials dispute the report that the forces attacked the residence.", true},
		{"The president's attorney called on Treasury to deny Democrats' demands for six years of his records.", false},
		{"The firing happened after Krebs led a campaign at CISA to control rumors about election fraud.", true},
	} {
		a := newAnalyzer(nil, nil, nil)
		u := analyzed(a, tc.text)
		if u.denial != tc.denial {
			t.Errorf("%q: denial %v, want %v", tc.text, u.denial, tc.denial)
		}
	}
}

// TestFigureReading checks what a figure is read as: a year that names
// an event, a currency, a measure after its kind, a timeline's stamp, a
// part of a whole, a time on a named clock.
func TestFigureReading(t *testing.T) {
	a := newAnalyzer(nil, nil, nil)
	first := func(text string) number {
		u := analyzed(a, text)
		if len(u.nums) == 0 {
			t.Fatalf("%q: no figure", text)
		}
		return u.nums[0]
	}
	for _, tc := range []struct {
		text string
		ok   func(n number) bool
		want string
	}{
		{"A football used in the 1958 NFL championship game sold for $16,730.", func(n number) bool { return n.year }, "a year"},
		{"The general sent 2000 troops to the border.", func(n number) bool { return !n.year }, "a count"},
		{"BA refused to reimburse their £2,650 first-class tickets.", func(n number) bool { return n.measure == a.id("pound sterling") }, "pounds sterling"},
		{"BA refused to reimburse their $ 4,500 first-class tickets.", func(n number) bool { return n.measure == a.id("dollar") }, "dollars"},
		{"The limit of 200 nautical miles holds.", func(n number) bool {
			return n.measure == a.id("mile") && len(n.unit) > 0 && n.unit[0] == a.id("%nautical")
		}, "nautical miles"},
		{"Update at 6:50 p.m.: the police are confirming that the packages are connected.", func(n number) bool { return n.year }, "a stamp"},
		{"The plane was carrying 12 crew and 227 passengers.", func(n number) bool { return n.part }, "a part"},
		{"Juno began orbiting the planet at 8:53 p.m. Pacific time.", func(n number) bool { return n.measure == a.id("%clock pacific") }, "a Pacific time"},
		{"The CDC is investigating 360 possible cases.", func(n number) bool { return n.qualifiers&qualTentative != 0 }, "tentative"},
		{"Letters will go to as many as 900 dispensaries.", func(n number) bool { return n.upper && !n.lower }, "an upper bound"},
		{"The tier offers speeds of up to 305 megabits per second.", func(n number) bool { return n.upper }, "an upper bound"},
		{"No more than 50 people came.", func(n number) bool { return n.upper && !n.lower }, "an upper bound"},
		{"Fewer than 50 people came.", func(n number) bool { return n.upper }, "an upper bound"},
		{"More than 50 people came.", func(n number) bool { return n.lower && !n.upper }, "a lower bound"},
		{"The comedian is accused of drugging nearly two dozen women.", func(n number) bool { return n.value == 24 && n.approx }, "about 24"},
		{"Two sources familiar with the argument told CNN.", func(n number) bool { return n.sourcing }, "a count of sources"},
		{"They argued, according to three people familiar with the episode.", func(n number) bool { return n.sourcing }, "a count of sources"},
		{"Three people were hurt in the argument.", func(n number) bool { return !n.sourcing }, "a count"},
		{"Those without a dog spend one hour and 20 minutes a week exercising.", func(n number) bool { return n.part }, "a part"},
		{"The 6 p.m. undercard debate drew 6.3 million viewers.", func(n number) bool { return n.clock && n.year }, "a time that names"},
		{"Cheryl Santa Maria, Friday, June 6, 2014, 5: 38 pm - a mysterious disease is exploding.", func(n number) bool { return !n.clock || n.year }, "a page's stamp"},
		{"The shooting happened at 6 p.m. on Friday.", func(n number) bool { return n.clock && !n.year }, "a time of day"},
		{"James S. Brady press briefing room 12: 32 p.m. EST Mr. Spicer: good afternoon.", func(n number) bool { return n.clock && n.year }, "a transcript's stamp"},
		{"Roosevelt Room 1: 11 p.m. EST The President: so it's great to have Harley-Davidson.", func(n number) bool { return n.clock && n.year }, "a transcript's stamp"},
		{"Police arrived at 6 p.m. and found the bodies.", func(n number) bool { return n.clock && !n.year }, "a time of day"},
		{"Witnesses told the police that the shooting happened at 6 p.m. Friday: two men ran.", func(n number) bool { return n.clock && !n.year }, "a time of day"},
	} {
		if n := first(tc.text); !tc.ok(n) {
			t.Errorf("%q: first figure not read as %s: %+v", tc.text, tc.want, n)
		}
	}
	// every figure of a duration in two units is a part
	if u := analyzed(a, "Dog owners spent eight hours and 11 minutes exercising."); len(u.nums) != 2 || !u.nums[0].part || !u.nums[1].part {
		t.Errorf("a duration in two units: %+v", u.nums)
	}
	// a page's stamp after a date
	for _, n := range analyzed(a, "Cheryl Santa Maria, Friday, June 6, 2014, 5: 38 pm - a mysterious disease is exploding.").nums {
		if n.clock && !n.year {
			t.Errorf("a page's stamp read as a time of day: %+v", n)
		}
	}
}
