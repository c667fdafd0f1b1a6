package facts

import (
	"math"
	"strconv"
	"strings"
)

// This file reads the figures of a sentence: what each counts, in what
// measure, under which bound or hedge, over which period, and whether it
// is a time of day, a label or a stamp rather than a count. numbers.go
// compares them.

// number is a quantity stated in a unit.
type number struct {
	tok    int // index of its first word
	last   int // index of its last word
	value  float64
	digits int     // significant decimal places as written (1.37 → 2), -1 for words
	approx bool    // hedged: about, nearly, roughly …
	lower  bool    // a lower bound: more than, at least, over …
	upper  bool    // an upper bound: up to, as many as, at most; of a time of day: before, by, until
	top    bool    // the second figure of a range: "between 100 to 150"
	clock  bool    // a time of day, in minutes after midnight
	unit   []int32 // concepts of the words that follow it: what it counts
	// measure: the concept of what it is measured in ("percent",
	// "dollar", the time unit of "8 years of job gains"), or -1. A
	// measure says how a thing is counted, not which: "rose 14 percent"
	// and "rose 2.7%" may be changes of two things.
	measure int32
	// qualifiers: how the sentence defines what it counts (seasonally
	// adjusted or not, core, a heat index, inflation-adjusted); two
	// figures under different qualifiers are two quantities
	qualifiers uint8
	year       bool  // looks like a year or a day, or labels ("night two"): never compared
	pred       int32 // what befell what it counts ("were killed"), or -1
	// acted: what befell what it counts, told by the verb before it
	// ("shot two people"), or -1. Two figures under different verbs are
	// no dispute ("three people are dead" against "shot two people"),
	// but they may still be one fact told twice.
	acted int32
	// per: of a rate, what it is per ("$2 a share", "4 trillion gallons of
	// water per year"), or -1. A rate and an amount are two quantities.
	per  int32
	time bool // counts time ("8 years of job gains"), not what follows
	// expected: a forecast, a projection or an expectation ("economists
	// had forecast about 1.5 million"), another quantity than the figure
	// it forecasts: never compared
	expected bool
	// increment: what it counts is added to a figure told elsewhere
	// ("three additional counts", "two more victims"): never compared
	increment bool
	// part: one of several counts of kinds of people that together make
	// a whole ("an adult and two teenagers died", "two adults … and three
	// children"): never compared, as a whole is most often told as one
	// count ("three people died")
	part bool
	// sourcing: a count of an outlet's own sources ("two sources familiar
	// with the argument", "three people familiar with the episode"):
	// never compared, as each outlet has its own
	sourcing bool
	// ageOf: of an age ("the 49-year-old actress"), the concepts of whose
	// age it is; nil when the text does not say ("aged 49", "49 years
	// old"). Two ages of different things are two quantities.
	ageOf []int32
}

// partCount reports whether the count in toks[i..j] is one of several
// counts of kinds of people joined by "and", which together make a whole:
// "an adult and two teenagers died", "two adults, …, and three children",
// "two Thai journalists and a Canadian reporter".
func partCount(toks []tok, i, j int) bool {
	counts := func(k int) bool {
		w := toks[k].low
		return countWords[w] || isNumeric(w) || numberWords[w] > 0
	}
	// a kind counted before "and" and this count, in the dozen words
	// before it: "an adult and two teenagers"
	if i > 1 && toks[i-1].low == "and" && j+1 < len(toks) && personKinds[toks[j+1].low] {
		for k := i - 2; k > 0 && k >= i-12; k-- {
			if personKinds[toks[k].low] && counts(k-1) {
				return true
			}
		}
	}
	// this count's kind, then "and" and another count: "two Thai
	// journalists and a Canadian reporter"
	for p := j + 1; p < len(toks) && p <= j+2; p++ {
		if personKinds[toks[p].low] {
			return p+2 < len(toks) && toks[p+1].low == "and" && counts(p+2)
		}
	}
	return false
}

// personKinds are the kinds of people a whole is counted in by parts.
var personKinds = set(`adult adults child children kid kids teen teens teenager teenagers boy boys girl girls
man men woman women infant infants baby babies toddler toddlers student students journalist journalists
reporter reporters officer officers soldier soldiers civilian civilians firefighter firefighters
passenger passengers crew crewmembers`)

// golds follow "18k" when it is a purity of gold.
var golds = set(`gold white yellow rose`)

// zoneAfter returns the time zone named in the two words after a time of
// day ending at toks[last] ("EDT", "Pacific time"), or "".
func zoneAfter(toks []tok, last int) string {
	for k := last + 1; k < len(toks) && k <= last+2; k++ {
		if z, ok := timeZones[toks[k].low]; ok {
			return z
		}
	}
	return ""
}

// timeZones name a clock's zone, each with the zone it names.
var timeZones = map[string]string{
	"edt": "eastern", "est": "eastern", "et": "eastern", "eastern": "eastern",
	"cdt": "central", "cst": "central", "ct": "central", "central": "central",
	"mdt": "mountain", "mst": "mountain", "mountain": "mountain",
	"pdt": "pacific", "pst": "pacific", "pt": "pacific", "pacific": "pacific",
	"gmt": "gmt", "utc": "gmt", "bst": "bst", "cet": "cet",
}

// measureKinds come between a figure and its measure: "200 nautical
// miles", "40 square feet".
var measureKinds = set(`nautical square cubic statute metric`)

// currencyBefore returns the currency whose sign stands right before
// offset at (perhaps after a space: "£ 2,650"), or "".
func currencyBefore(text string, at int) string {
	before := strings.TrimRight(text[:at], " ")
	switch {
	case strings.HasSuffix(before, "£"):
		return "pound sterling"
	case strings.HasSuffix(before, "€"):
		return "euro"
	case strings.HasSuffix(before, "¥"):
		return "yen"
	case strings.HasSuffix(before, "$") && at > 0 && text[at-1] == ' ':
		return "dollar" // "$ 4,500", as Multi-News spaces it
	}
	return ""
}

// upperBound reports whether the count at toks[i] is bounded from above:
// "up to 305 megabits", "as many as 900 dispensaries", "at most", "no
// more than", "fewer than", "less than". A figure under the bound is
// compatible with it.
func upperBound(toks []tok, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k].low == "a" || toks[k].low == "an") {
		k-- // "up to a dozen"
	}
	at := func(d int) string {
		if k-d < 0 {
			return ""
		}
		return toks[k-d].low
	}
	switch at(0) {
	case "to":
		return at(1) == "up"
	case "as":
		return (at(1) == "many" || at(1) == "much" || at(1) == "high") && at(2) == "as"
	case "most":
		return at(1) == "at"
	case "than":
		return at(1) == "fewer" || at(1) == "less" || at(1) == "more" && at(2) == "no"
	}
	return false
}

// durationPart reports whether the count at toks[i..j] is one part of a
// duration told in two units, "eight hours and 11 minutes": the minutes
// are no duration of their own, nor the hours.
func durationPart(toks []tok, i, j int) bool {
	if j+3 < len(toks) && timeUnits[toks[j+1].low] && toks[j+2].low == "and" &&
		(isNumeric(toks[j+3].low) || numberWords[toks[j+3].low] > 0) {
		return true
	}
	// "an hour and 20 minutes"
	return i >= 2 && j+1 < len(toks) && timeUnits[toks[j+1].low] && toks[i-1].low == "and" && timeUnits[toks[i-2].low]
}

// sourcing reports whether the count ending at toks[j] counts an outlet's
// sources: "two sources", "three people familiar with the episode".
func sourcing(toks []tok, j int) bool {
	if j+1 < len(toks) && (toks[j+1].low == "sources" || toks[j+1].low == "source") {
		return true
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if toks[k].low == "familiar" {
			return k+1 < len(toks) && toks[k+1].low == "with"
		}
	}
	return false
}

// averaged reports whether the count at toks[i] is a mean: "an average
// of seven cases", "averaged 12 points", "an average 3.5 hours".
func averaged(toks []tok, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k].low == "of" || hedges[toks[k].low]) {
		k--
	}
	return k >= 0 && strings.HasPrefix(toks[k].low, "average")
}

// clockStamp reports whether the time of day at toks[i..last] stamps an
// entry, a page or a transcript's turn, or names a thing, rather than
// tells when what the sentence tells happened: a colon before it and
// nothing after ("The Latest on … (all times local): 9:15 a.m."), a colon
// right after it ("update at 6:50 p.m.: the police …"), a label
// (clockLabel) or a transcript's stamp (speakerStamp).
func clockStamp(text string, toks []tok, i, last int) bool {
	return last == len(toks)-1 && i > 0 && strings.Contains(text[toks[i-1].end:toks[i].start], ":") ||
		last+1 < len(toks) && strings.HasPrefix(strings.TrimSpace(text[toks[last].end:toks[last+1].start]), ":") ||
		clockLabel(text, toks, i) || speakerStamp(text, toks, i, last)
}

// clockLabel reports whether the time of day at toks[i] names rather than
// dates what the sentence tells: after a determiner ("the 6 p.m.
// undercard debate", "the 5 p.m. deadline"), or a page's stamp after a
// date ("monday, may 5, 2014, 1: 58 pm - in october …").
func clockLabel(text string, toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	switch prev := toks[i-1].low; {
	case clockDeterminers[prev]:
		return true
	case len(prev) == 4 && allDigits(prev) && digitsValue(prev) >= 1900 && digitsValue(prev) <= 2100:
		return strings.Contains(text[toks[i-1].end:toks[i].start], ",")
	}
	return false
}

// speakerStamp reports whether the time of day at toks[i..last] stamps a
// transcript's turn: it opens the sentence, after a place at most ("James
// S. Brady press briefing room 12: 32 p.m."), and a speaker and a colon
// follow it within four words ("Est mr. Spicer: good afternoon", "Est the
// president: so it's great"); "the shooting happened at 6 p.m. Friday:"
// tells when.
func speakerStamp(text string, toks []tok, i, last int) bool {
	if i > 8 {
		return false
	}
	for k := last + 1; k < len(toks) && k <= last+4; k++ {
		gap := text[toks[k-1].end:toks[k].start]
		if strings.ContainsAny(gap, ",;()\"“”—") {
			return false
		}
		if end := toks[k].end; end < len(text) && strings.HasPrefix(strings.TrimLeft(text[end:], " "), ":") {
			return true
		}
	}
	return false
}

// periods returns the periods a sentence's figures count over: the years
// it names and the spans "in", "within", "over", "during" or "by" a number
// of units of time ("in less than two years", "by 12 hours").
func periods(nums []number, toks []tok) []string {
	var out []string
	for _, n := range nums {
		switch {
		case n.clock:
		case n.year && n.digits == 0 && n.value >= 1900 && n.value <= 2100 && n.value == math.Trunc(n.value):
			out = append(out, strconv.Itoa(int(n.value)))
		case n.time && n.last+1 < len(toks) && timeUnits[toks[n.last+1].low] && spanBefore(toks, n.tok):
			out = append(out, strconv.FormatFloat(n.value, 'g', -1, 64)+" "+singular(toks[n.last+1].low))
		}
	}
	return out
}

// spanBefore reports whether the count of time at toks[i] is a span
// something is counted over: "in less than two years", "by 12 hours",
// "within the first 24 hours", "over the past five years".
func spanBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := toks[k].low; {
		case spanPreps[w]:
			return true
		case w == "the" || w == "past" || w == "last" || w == "first" || w == "than" || hedges[w] || lowerBounds[w] || w == "less":
		default:
			return false
		}
	}
	return false
}

// spanPreps open the span a figure is counted over.
var spanPreps = set(`in within over during by`)

// otherPeriods reports whether two sentences count over different
// periods: each names some, and none is named by both ("nearly 300 spills
// in less than two years" against "In 2012, there were 153 leaks").
func otherPeriods(a, b *unit) bool { return apart(a.periods, b.periods) }

// clockDeterminers before a time of day make it a label.
var clockDeterminers = set(`the a an this that his her its their our your`)

// yearBefore reports whether the number w, ending at toks[j], is a year
// that names what follows ("the 1958 NFL championship game", "the 2016
// election"): written without a comma, before a word that is no plural
// count ("2000 troops").
func yearBefore(w string, toks []tok, j int) bool {
	if strings.Contains(w, ",") || j+1 >= len(toks) {
		return false
	}
	next := toks[j+1].low
	return !strings.HasSuffix(next, "s") || strings.HasSuffix(next, "ss")
}

// pastTense reports whether w looks like a verb in the past tense, which
// ends the words an age is of: "The 69-year-old suffered multiple injuries".
func pastTense(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ed") }

// personNouns name a person by what they are or do, besides personKinds:
// the ages of any two are of one person.
var personNouns = set(`person people actor actress singer star player athlete suspect victim driver
patient resident mother father son daughter wife husband sister brother grandmother grandfather
grandson granddaughter mom dad nephew niece friend neighbor gunman shooter employee worker nurse
doctor teacher pilot veteran model rapper musician comedian host lawyer inmate prisoner refugee
migrant immigrant tourist hiker swimmer climber cyclist runner youth toddler newborn`)

// countWords count one before a noun: "an adult and two teenagers".
var countWords = set(`a an one`)

// isNumeric reports whether w is written in digits (1,000.5, 52, 943k).
func isNumeric(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= '0' && c <= '9' || c == ',' || c == '.') {
			return i == len(w)-1 && (c == 'k' || c == 'm')
		}
	}
	return true
}

// numbers reads the quantities of a sentence.
func (a *analyzer) numbers(text string, toks []tok) []number {
	var out []number
	quals := qualifiersOf(text)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		n := number{tok: i, measure: -1, acted: -1, per: -1, qualifiers: quals}
		j := i
		if v, last, clock, ok := clockTime(text, toks, i); ok {
			// a time of day: its minutes are no count ("at 3: 32 a.m.")
			n.value, n.clock, n.measure, n.digits, n.pred = v, clock, a.id("%clock"), -1, -1
			if z := zoneAfter(toks, last); z != "" {
				// "10:30 p.m. EDT" and "8:53 p.m. Pacific time" are told
				// on two clocks
				n.measure = a.id("%clock " + z)
			}
			n.year = !clock || clockStamp(text, toks, i, last)
			n.unit = []int32{n.measure} // any two times of day count one thing: when
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				switch w := toks[k].low; {
				case hedges[w] || w == "shortly":
					n.approx = true
				case w == "before" || w == "by" || w == "until":
					n.upper = true
				case w == "after" || w == "since":
					n.lower = true
				}
			}
			n.last = last
			out = append(out, n)
			i = last
			continue
		}
		digits, glued := t.low, "" // "370km", "50mph": a figure and its measure in one word
		if p := strings.IndexFunc(t.low, func(r rune) bool { return r >= 'a' && r <= 'z' }); p > 0 && measureWords[t.low[p:]] != "" && isNumeric(t.low[:p]) {
			digits, glued = t.low[:p], measureWords[t.low[p:]]
		}
		switch {
		case isNumeric(digits):
			s := strings.ReplaceAll(digits, ",", "")
			mult := 1.0
			if c := s[len(s)-1]; c == 'k' || c == 'm' {
				mult = magnitudes[string(c)]
				s = s[:len(s)-1]
				if c == 'k' && i+1 < len(toks) && golds[toks[i+1].low] {
					mult, glued = 1, "karat" // "18k white gold": karats, not 18,000
				}
			}
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				continue
			}
			n.value = v * mult
			if dot := strings.IndexByte(s, '.'); dot >= 0 {
				n.digits = len(s) - dot - 1
			}
			if strings.ContainsAny(t.low, "/:") {
				continue
			}
			// "1 112 835 patients": groups of three digits after a space
			// are one number's thousands
			if mult == 1 && len(s) <= 3 && allDigits(s) {
				for j+1 < len(toks) && len(toks[j+1].low) == 3 && allDigits(toks[j+1].low) && thousandsGap(text[toks[j].end:toks[j+1].start]) {
					v = v*1000 + float64(digitsValue(toks[j+1].low))
					j++
				}
				n.value = v
			}
		case numberWords[t.low] > 0:
			n.value = numberWords[t.low]
			n.digits = -1
			if n.value >= 20 && i+1 < len(toks) && numberWords[toks[i+1].low] > 0 && numberWords[toks[i+1].low] < 10 &&
				toks[i+1].start == t.end+1 && text[t.end] == '-' {
				n.value += numberWords[toks[i+1].low]
				j++
			}
		default:
			continue
		}
		// magnitude
		if j+1 < len(toks) {
			if m, ok := magnitudes[toks[j+1].low]; ok && toks[j+1].low != "k" && toks[j+1].low != "m" {
				n.value *= m
				j++
			}
		}
		// hedges before ("more than a dozen"); an upper bound ("up to
		// 305 megabits", "as many as 900 dispensaries") first, as "no
		// more than" is one
		n.upper = upperBound(toks, i)
		for k := i - 1; k >= 0 && k >= i-3 && !n.upper; k-- {
			w := toks[k].low
			if lowerBounds[w] {
				n.lower = true
				break
			}
			if hedges[w] {
				n.approx = true
				break
			}
			if w != "than" && w != "at" && w != "to" && !(w == "a" && k == i-1) {
				break
			}
		}
		// "6 in 10": a share, as a percentage ("12 in 24 hours" and "3 in
		// 2019" are not)
		if j+2 < len(toks) && toks[j+1].low == "in" && (j+3 >= len(toks) || !timeUnits[toks[j+3].low]) {
			if m, ok := wholeNumber(toks[j+2].low); ok && m > n.value && m <= 1000 {
				n.value = math.Round(1000*n.value/m) / 10
				n.digits, n.approx = 1, true
				n.measure = a.id("percent")
				j += 2
			}
		}
		// "two-thirds of patients", "one quarter": a share, as a
		// percentage, not a count of two
		if j+1 < len(toks) && fractions[toks[j+1].low] > 0 && n.value < fractions[toks[j+1].low] {
			n.value = math.Round(1000*n.value/fractions[toks[j+1].low]) / 10
			n.digits, n.approx = 1, true
			n.measure = a.id("percent")
			j++
		}
		// measure and unit
		end := toks[j].end
		for end < len(text) && text[end] == ' ' {
			end++ // "2.7 %", as some sources space it
		}
		if end < len(text) && text[end] == '%' {
			n.measure = a.id("percent")
		}
		if t.start > 0 && text[t.start-1] == '$' {
			n.measure = a.id("dollar")
		}
		if c := currencyBefore(text, t.start); c != "" {
			n.measure = a.id(c) // "£2,650" and "$4,500" are two currencies
		}
		from := j + 1
		if j+1 < len(toks) && timeUnits[toks[j+1].low] {
			n.time = true // "8 years of job gains" counts years
			n.measure = a.id(a.stem(toks[j+1].low))
			from++
			if from < len(toks) && toks[from].low == "old" {
				// an age is of what follows it: "the 49-year-old actress"
				// and "her 9-year-old dog" are two ages, "a 21-year-old
				// student" and "a 22-year-old university student" one, and
				// so are "a 9-month-old baby" and "a 10-month-old girl"
				for k := from + 1; k < len(toks) && k <= from+3 && !a.lex.stop[toks[k].low] && !isNumeric(toks[k].low) && !pastTense(toks[k].low) && !breaksScope(text, toks[k-1].end, toks[k].start); k++ {
					if w := toks[k].low; personKinds[w] || personNouns[w] {
						n.ageOf = append(n.ageOf, a.id("%person")) // "a 9-month-old baby", "a 10-month-old girl"
					} else {
						n.ageOf = a.appendUnit(n.ageOf, w)
					}
				}
			}
		}
		// A unit of measure says how the figure counts, not what: what
		// follows it does ("94 percent of demand", "a 31-foot aluminum
		// boat"), or, when nothing does, the noun the figure is of ("winds
		// of 155 mph"). "49 percent" and "4.5 %" of two things are two
		// quantities, as "rose 14 percent" and "rose 2.7%" are.
		measured := n.measure == a.id("percent") // "49%"
		if glued != "" {
			n.measure, measured = a.id(glued), true
		}
		if !n.time && n.measure < 0 && from+1 < len(toks) && toks[from].low == "block" && toks[from+1].low == "of" {
			// "the 4300 block of Minnesota Avenue": where, not how many
			// blocks ("five blocks from where he boarded")
			n.measure = a.id("%address")
			n.unit = []int32{n.measure} // two blocks of one story's streets are one place told twice
			from = len(toks)
		}
		if !n.time && n.measure < 0 && from+1 < len(toks) && measureKinds[toks[from].low] && measureWords[toks[from+1].low] != "" {
			// "200 nautical miles", "40 square feet": the measure is the
			// word after, and the kind of it part of what is counted
			n.unit = a.appendUnit(n.unit, toks[from].low)
			from++
		}
		if !n.time && n.measure < 0 && from < len(toks) && !breaksScope(text, toks[from-1].end, toks[from].start) {
			if m, ok := measureWords[toks[from].low]; ok {
				n.measure, measured = a.id(m), true
				from++
			} else if toks[from].low == "per" && from+1 < len(toks) && toks[from+1].low == "cent" {
				n.measure, measured = a.id("percent"), true // "50 per cent"
				from += 2
			}
		}
		if measured && from < len(toks) && measureWords[toks[from].low] == "point" {
			n.measure = a.id("point") // "percentage points"
			from++
		}
		// a conversion in parentheses ("a 380-kilometer (236-mile)
		// pipeline") counts what follows them
		inParens := measured && i > 0 && strings.Contains(text[toks[i-1].end:toks[i].start], "(")
		most := 2
		if measured {
			most = 3 // "a 31-foot aluminum boat", "a 32-foot center console boat"
		}
		for k, taken := from, 0; k < len(toks) && taken < most; k++ {
			w := toks[k].low
			if measured && k+1 < len(toks) && isNumeric(w) && strings.Contains(text[toks[k-1].end:toks[k].start], "(") {
				// "a 380-kilometer (236-mile) pipeline": the figure in
				// parentheses converts this one; what follows counts
				for k+1 < len(toks) && !strings.Contains(text[toks[k].end:toks[k+1].start], ")") {
					k++
				}
				inParens = true // the next word, after the parenthesis, reads on
				continue
			}
			if breaksScope(text, toks[k-1].end, toks[k].start) {
				if gap := text[toks[k-1].end:toks[k].start]; inParens && taken == 0 && strings.Contains(gap, ")") && !strings.ContainsAny(gap, ",;:") {
					inParens = false
				} else {
					break
				}
			}
			if measured && bearings[w] {
				continue // "36 miles northeast of Seattle", "380 miles away"
			}
			if a.lex.stop[w] || len(w) < 2 || isNumeric(w) {
				if w == "of" || w == "the" || w == "a" {
					continue
				}
				break
			}
			n.unit = a.appendUnit(n.unit, w)
			taken++
		}
		if measured && len(n.unit) == 0 {
			n.unit = a.ofHead(text, toks, i)
		}
		if measured && len(n.unit) == 0 && n.measure == a.id("point") {
			// a move in points is an index's or a poll's, named before
			// it; a share named only before it is too often of another
			// part of one thing ("hate crime incidents rose 2.7%",
			// "anti-Semitic hate crime incidents rose 14 percent")
			n.unit = a.clauseBefore(text, toks, i)
		}
		n.pred = a.countedAs(text, toks, j)
		n.per = a.rateOf(text, toks, j)
		n.acted = a.actedOn(text, toks, i)
		if len(n.unit) == 0 && n.measure < 0 && j > i && magnitudes[toks[j].low] > 0 {
			n.unit = append(n.unit, a.id(strings.TrimSuffix(toks[j].low, "s")))
		}
		n.expected = expectedBefore(text, toks, i)
		// "three additional counts", "two more people": an increment
		// on a figure told elsewhere, not the figure
		n.increment = from < len(toks) && increments[toks[from].low] || j+1 < len(toks) && increments[toks[j+1].low]
		// the second figure of a range ("expects between $70.5 billion and
		// $72.5 billion") is what the first is
		if k := len(out) - 1; k >= 0 && out[k].last == i-2 && rangeJoins[toks[i-1].low] {
			n.expected = n.expected || out[k].expected
			n.top = true
		}
		n.part = partCount(toks, i, j) || durationPart(toks, i, j)
		// "two sources familiar with the argument", "three people
		// familiar with the episode": each outlet counts its own sources
		n.sourcing = sourcing(toks, j)
		if averaged(toks, i) {
			n.per = a.id("%average") // "an average of seven cases each year": a mean, not a count
		}
		n.year = n.digits == 0 && n.value >= 1900 && n.value <= 2100 && n.value == math.Trunc(n.value) && n.measure < 0 && (len(n.unit) == 0 || yearBefore(t.low, toks, j)) ||
			i > 0 && (months[toks[i-1].low] || labels[toks[i-1].low]) || n.value < 1 && n.digits == 0
		n.last = j
		out = append(out, n)
		i = j
	}
	return out
}

// ofHead returns the concepts of the noun a measured figure is of, the
// content words before "of" right before the figure or its hedge ("winds
// of 155 mph", "a gust of up to 70 mph"), or nil.
func (a *analyzer) ofHead(text string, toks []tok, i int) []int32 {
	k := i - 1
	for k >= 0 && (hedges[toks[k].low] || lowerBounds[toks[k].low] || toks[k].low == "to" || toks[k].low == "than" || toks[k].low == "up" || toks[k].low == "at") {
		k--
	}
	if k < 1 || toks[k].low != "of" || breaksScope(text, toks[k].end, toks[i].start) {
		return nil
	}
	var out []int32
	for h := k - 1; h >= 0 && h >= k-2; h-- {
		w := toks[h].low
		if a.lex.stop[w] || len(w) < 2 || isNumeric(w) || breaksScope(text, toks[h].end, toks[h+1].start) {
			break
		}
		out = a.appendUnit(out, w)
	}
	return out
}

// appendUnit appends to out what word w says a figure counts: its
// concepts, or the word without its plural ending. Not its stem, which
// joins "villagers" and "villages" ("nearly 800 villagers" against "two
// villages").
func (a *analyzer) appendUnit(out []int32, w string) []int32 {
	cs := a.concepts(w)
	if cs == nil {
		return append(out, a.id("%"+singular(w)))
	}
	for _, c := range cs {
		out = append(out, a.id(c))
	}
	return out
}

// singular returns w without a plural ending: "deaths" → "death",
// "counties" → "county", "boxes" → "box"; "news" and "series" stay.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && w != "news" && w != "series" && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// clauseBefore returns the concepts of the content words before a figure in
// its clause, at most six: what rose or fell by it ("The Dow Jones
// industrial average dropped 461 points").
func (a *analyzer) clauseBefore(text string, toks []tok, i int) []int32 {
	var out []int32
	for k, n := i-1, 0; k >= 0 && n < 6; k-- {
		if breaksScope(text, toks[k].end, toks[k+1].start) {
			break
		}
		w := toks[k].low
		if a.lex.stop[w] || len(w) < 2 || isNumeric(w) || measureWords[w] != "" || reportVerbs[w] {
			continue
		}
		n++
		out = a.appendUnit(out, w)
	}
	return out
}

// allDigits reports whether w is written in digits only.
func allDigits(w string) bool {
	for _, c := range []byte(w) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}

// thousandsGap reports whether the text between two groups of digits is
// one space, as some write thousands ("1 112 835"; a no-break or thin
// space too).
func thousandsGap(g string) bool {
	return g == " " || g == "\u00a0" || g == "\u2009" || g == "\u202f"
}

// clockTime reads a time of day at toks[i] ("3:32 a.m.", "3: 32 a.m." as
// some corpora space it, "11 p.m.", "14:05") as minutes after midnight,
// with the index of its last word. Hours and minutes with no a.m. or
// p.m. before 13:00 are no time of day ("(0: 22)" of a video, "John
// 3:16"): ok is true and clock false, and they are never compared.
func clockTime(text string, toks []tok, i int) (minutes float64, last int, clock, ok bool) {
	w, last := toks[i].low, i
	var h, m int
	colon := true
	switch hs, ms, _ := strings.Cut(w, ":"); {
	case isClock(w):
		h, m = digitsValue(hs), digitsValue(ms)
	case len(w) > 2 || !allDigits(w) || digitsValue(w) > 24:
		return 0, 0, false, false
	case i+1 < len(toks) && toks[i].end < len(text) && text[toks[i].end] == ':' &&
		toks[i+1].start <= toks[i].end+2 && isClock(w+":"+toks[i+1].low):
		h, m, last = digitsValue(w), digitsValue(toks[i+1].low), i+1
	case i+1 < len(toks) && meridiem(toks[i+1].low) != 0:
		h, colon = digitsValue(w), false
	default:
		return 0, 0, false, false
	}
	if last+1 < len(toks) {
		switch meridiem(toks[last+1].low) {
		case 'a':
			if h == 12 {
				h = 0
			}
			return float64(h*60 + m), last + 1, true, true
		case 'p':
			if h < 12 {
				h += 12
			}
			return float64(h*60 + m), last + 1, true, true
		}
	}
	return float64(h*60 + m), last, colon && h >= 13, true
}

// isClock reports whether a word writes a time of day as hours and
// minutes ("9:48", "14:05").
func isClock(w string) bool {
	hs, ms, found := strings.Cut(w, ":")
	if !found || len(hs) > 2 || len(ms) != 2 || !allDigits(hs) || !allDigits(ms) {
		return false
	}
	return digitsValue(hs) <= 24 && digitsValue(ms) <= 59
}

// digitsValue reads a short run of decimal digits.
func digitsValue(s string) int {
	v := 0
	for _, c := range []byte(s) {
		v = v*10 + int(c-'0')
	}
	return v
}

// meridiem returns 'a' for a word that writes a.m., 'p' for p.m., else 0.
func meridiem(w string) byte {
	switch strings.TrimSuffix(w, ".") {
	case "a.m", "am":
		return 'a'
	case "p.m", "pm":
		return 'p'
	}
	return 0
}

// Qualifiers of a figure: how a sentence defines what it counts.
const (
	qualAdjusted   = 1 << iota // seasonally adjusted
	qualUnadjusted             // before seasonal adjustment
	qualCore                   // without food and energy, or some other part
	qualIndex                  // a heat index, a wind chill
	qualReal                   // adjusted for inflation
	qualThen                   // at a time gone by: "at the time", "back then"
	qualTentative              // not yet confirmed: "possible cases", "suspected"
	qualPrimeTime              // a broadcast's evening hours, not the whole day
)

// isLetter reports whether an ASCII byte is a letter.
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// qualifiersOf returns the qualifiers a sentence puts on its figures
// ("rose to a seasonally adjusted 742,000" and "743,000 … before
// adjusting for seasonal factors"; "controlling for food and energy
// prices"; "the heat index reached nearly 100 degrees").
func qualifiersOf(text string) uint8 {
	low := strings.ToLower(text)
	has := func(phrases []string) bool {
		for _, p := range phrases {
			for from := 0; ; {
				k := strings.Index(low[from:], p)
				if k < 0 {
					break
				}
				k += from
				end := k + len(p)
				if (k == 0 || !isLetter(low[k-1])) && (end == len(low) || !isLetter(low[end])) {
					return true
				}
				from = k + 1
			}
		}
		return false
	}
	var q uint8
	switch {
	case has(unadjustedPhrases):
		q |= qualUnadjusted
	case has(adjustedPhrases):
		q |= qualAdjusted
	}
	for _, k := range qualifierKinds {
		if has(k.phrases) {
			q |= k.bit
		}
	}
	return q
}

// qualifierKinds are the qualifiers a sentence has by any of their
// phrases (seasonal adjustment aside: its two kinds exclude each other).
var qualifierKinds = []struct {
	phrases []string
	bit     uint8
}{
	{corePhrases, qualCore},
	{indexPhrases, qualIndex},
	{realPhrases, qualReal},
	{thenPhrases, qualThen},
	{tentativePhrases, qualTentative},
	{primeTimePhrases, qualPrimeTime},
}

// wholeNumber returns the value of a word that writes a whole number
// ("10", "ten").
func wholeNumber(w string) (float64, bool) {
	if v := numberWords[w]; v > 0 {
		return v, true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return v, err == nil && v > 0 && v == math.Trunc(v)
}

// countedAs returns the concept of the verb that says what befell what a
// number counts ("four people were killed", "five people were shot"), or
// -1: the number at toks[j], its unit, an auxiliary, then the verb.
func (a *analyzer) countedAs(text string, toks []tok, j int) int32 {
	for k := j + 1; k+1 < len(toks) && k <= j+3; k++ {
		if breaksScope(text, toks[k-1].end, toks[k].start) {
			return -1
		}
		if !auxiliaries[toks[k].low] {
			continue
		}
		next := k + 1
		if toks[next].low == "been" && next+1 < len(toks) {
			next++
		}
		if cs := a.concepts(toks[next].low); len(cs) > 0 {
			return a.id(cs[0])
		}
		return a.id(a.stem(toks[next].low))
	}
	return -1
}

// rateOf returns the concept of what the figure ending at toks[j] is per,
// when what follows it in its clause says so within five words: "per"
// and a word, or "a" or "an" and a unit of time or a share ("$2 a
// share", "3 percent a year", "4 trillion gallons of water per year");
// else -1.
func (a *analyzer) rateOf(text string, toks []tok, j int) int32 {
	for k := j + 1; k+1 < len(toks) && k <= j+5; k++ {
		if breaksScope(text, toks[k-1].end, toks[k].start) {
			return -1
		}
		w, next := toks[k].low, toks[k+1].low
		if w == "per" && next != "cent" || (w == "a" || w == "an" || w == "each") && (timeUnits[next] || rateUnits[next]) ||
			// "4 toes on each foot", "$5 for every ticket"
			(w == "each" || w == "every") && eachPreps[toks[k-1].low] && !isNumeric(next) && numberWords[next] == 0 && !a.lex.stop[next] {
			return a.id("%per " + singular(next))
		}
	}
	return -1
}

// eachPreps before "each" or "every" make what follows what a rate is
// per: "4 toes on each foot".
var eachPreps = set(`on in for per from at to`)

// rateUnits are what a rate is per besides units of time: "$2 a share".
var rateUnits = set(`share head person piece barrel gallon ton pound mile`)

// actedOn returns the concept of the verb in the past tense right before
// the count at toks[i], perhaps hedged, that tells what befell what it
// counts ("shot two people", "killed at least 13"), or -1.
func (a *analyzer) actedOn(text string, toks []tok, i int) int32 {
	k := i - 1
	for k >= 0 && i-k <= 3 && (hedges[toks[k].low] || lowerBounds[toks[k].low] || toks[k].low == "than" || toks[k].low == "at") {
		k--
	}
	if k < 0 || breaksScope(text, toks[k].end, toks[k+1].start) {
		return -1
	}
	w := toks[k].low
	if !pastTense(w) && !struckVerbs[w] {
		return -1
	}
	if cs := a.concepts(w); len(cs) > 0 {
		return a.id(cs[0])
	}
	return a.id(a.stem(w))
}

// struckVerbs are past tenses without "-ed" that tell what befell people
// counted after them.
var struckVerbs = set(`shot hit hurt struck slain stabbed`)

// expectedBefore reports whether a word of expectation stands in the
// clause before the number at toks[i], within six words.
func expectedBefore(text string, toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if expectations[toks[k].low] {
			return true
		}
		if k > 0 && breaksScope(text, toks[k-1].end, toks[k].start) {
			break
		}
	}
	return false
}

// shareOf gives "157 of 338 seats" and "156 seats of the 338" one unit:
// two numbers joined by "of" count the same thing.
func shareOf(ns []number, toks []tok) {
	for i := 0; i+1 < len(ns); i++ {
		x, y := &ns[i], &ns[i+1]
		gap := toks[x.tok+1 : y.tok]
		joined := false
		for k, t := range gap {
			if t.low == "of" && k+3 >= len(gap) {
				joined = true
			}
		}
		if !joined || len(gap) > 4 {
			continue
		}
		switch {
		case len(x.unit) == 0 && x.measure < 0:
			x.unit, x.measure = y.unit, y.measure
		case len(y.unit) == 0 && y.measure < 0:
			y.unit, y.measure = x.unit, x.measure
		}
	}
}
