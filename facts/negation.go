package facts

import "strings"

// This file holds the tests on the words around a negation, a denial or
// a word of truth: what they deny, whether they deny at all ("did not
// deny", "a money dispute", "dismiss charges"), and whether they answer a
// claim. analyze applies them.

// neitherBefore reports whether "neither" stands in the eight words
// before toks[i].
func neitherBefore(toks []tok, i int) bool {
	for k := i - 1; k >= max(0, i-8); k-- {
		if toks[k].low == "neither" {
			return true
		}
	}
	return false
}

// verbAfter returns the index of the first word that opens a predicate
// (predicateOpeners, auxiliaries) in the eight words after toks[i] ("nor
// crown prince Mohammed bin Salman had knowledge"), or -1.
func verbAfter(toks []tok, i int) int {
	for k := i + 2; k < min(len(toks), i+10); k++ {
		w := toks[k].low
		if auxiliaries[w] || predicateOpeners[w] {
			return k
		}
	}
	return -1
}

// truthInPassing reports whether the word of truth or falsehood at
// toks[i] describes a thing or a manner rather than calls a statement true
// or false: an adverb ("accurately guess", "used them falsely"), or an
// adjective before a noun that is no claim ("its true fan base", "a
// proportionally accurate map", "five fake local news websites"), not
// after a form of "be" ("the claims are false", "is not true"). What is
// called true or false then is no claim another source makes.
func (a *analyzer) truthInPassing(text string, toks []tok, i int) bool {
	if truthAdverbs[toks[i].low] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].low
		if copulas[w] {
			return false // "are completely false", "is not true"
		}
		if !strings.HasSuffix(w, "ly") && !isNegator(w) {
			break
		}
	}
	if i+1 >= len(toks) || breaksScope(text, toks[i].end, toks[i+1].start) {
		return false
	}
	next := toks[i+1].low
	return !a.lex.stop[next] && !claims[next] && !isNumeric(next)
}

// truthAdjectives call a thing true or false; truthAdverbs tell a manner.
var (
	truthAdjectives = set(`true accurate truthful false fake untrue fabricated misleading phony bogus`)
	truthAdverbs    = set(`accurately truthfully falsely misleadingly`)
	copulas         = set(`is are was were be been being seems seem seemed appears appear appeared remains remain`)
)

// postures are the forms of "lie" that can tell where someone lies; then
// postureAfter follows them: "lying in the street", "lay unconscious".
var (
	postures     = set(`lie lies lying`)
	postureAfter = set(`in on at down face facedown dead unconscious motionless still near next beside under across flat low`)
)

// concealed reports whether "truth" at toks[i] is what someone hides, in
// the three words before it: "hide the truth", "covered up the truth".
func concealed(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if concealers[toks[k].low] {
			return true
		}
	}
	return false
}

// concealers hide what follows them.
var concealers = set(`hide hides hid hidden hiding conceal conceals concealed concealing obscure obscured
suppress suppressed withhold withheld withholding distort distorted distorting twist twisted twisting
avoid avoids avoided avoiding avoidance evade evades evaded evading`)

// partitives are the negators that "of" follows before what they negate:
// "none of the story is true".
var partitives = set(`none neither`)

// settingPreps open a phrase of where or when after what a denial names:
// "denied the allegations at a hearing", "denied the charges during
// questioning"; so does "on" before a day ("on Friday"). Not "in" or
// "on" before anything else, which name where the claims were made or
// what they are about: "denied allegations in an Al-Jazeera report that
// …", "denies New York Times report on his tax returns".
var settingPreps = set(`at during before after`)

// predicateOpeners are modals, forms of "do" and verbs of knowing: words
// that open the predicate of a subject named before them.
var predicateOpeners = set(`will would can could should may might must did does do knew know knows`)

// quarrel reports whether "dispute" at toks[i] names a quarrel ("in a
// dispute over the organization's direction", "a long-running dispute
// with the European Union") rather than denies what follows.
func quarrel(toks []tok, i int) bool {
	if w := toks[i].low; w != "dispute" && w != "disputes" || i == 0 {
		return false
	}
	switch toks[i-1].low {
	case "a", "the", "this", "that", "their", "its", "his", "her", "legal", "trade", "bitter", "long-running", "running":
		return true
	}
	// "a £3 billion dispute involving British Airways", "a billion-dollar
	// dispute with the EU": a quarrel over something or with someone; "a
	// money dispute that threatens a blackout": a noun after its modifier
	// and an article that counts one (not "the": "the officials dispute
	// the claim")
	if i > 1 && (toks[i-2].low == "a" || toks[i-2].low == "an") {
		return true
	}
	return i+1 < len(toks) && quarrelLinks[toks[i+1].low]
}

// quarrelLinks follow a quarrel: what or whom it is over or with.
var quarrelLinks = set(`involving over with between among`)

// hyphenated reports whether a hyphen joins the word at toks[i] to the
// word before it ("long-disputed").
func hyphenated(text string, toks []tok, i int) bool {
	return i > 0 && toks[i].start > 0 && text[toks[i].start-1] == '-' && toks[i-1].end == toks[i].start-1
}

// permission reports whether the negator at toks[i] denies leave, not a
// fact: "cannot", "can't", "may not", "must not", "should not".
func permission(toks []tok, i int) bool {
	switch w := toks[i].low; {
	case w == "cannot" || w == "can't" || w == "mustn't" || w == "shouldn't":
		return true
	case w == "not" && i > 0:
		switch toks[i-1].low {
		case "can", "may", "must", "should":
			return true
		}
	}
	return false
}

// decreases reports whether "declined" at toks[i], followed by "to", is a
// figure falling to a value ("declined to 712,000"), not a refusal
// ("declined to discuss").
func decreases(toks []tok, i int) bool {
	return i+2 < len(toks) && (isNumeric(toks[i+2].low) || numberWords[toks[i+2].low] > 0 || toks[i+2].low == "a" || toks[i+2].low == "the" || toks[i+2].low == "its" || toks[i+2].low == "their")
}

// isNegator reports whether a lower-cased word is a negator: one of
// negators, or a contraction in "n't".
func isNegator(low string) bool { return negators[low] || strings.HasSuffix(low, "n't") }

// negatedBefore reports whether the word at toks[i] is negated or
// refused: "did not deny", "wouldn't rule out", "can't entirely rule
// out", "refused to deny", "declined to dismiss".
func negatedBefore(toks []tok, i int) bool {
	if i > 0 && isNegator(toks[i-1].low) {
		return true
	}
	if i > 1 && toks[i-1].low == "one" && toks[i-2].low == "no" {
		return true // "no one disputes that practice is important": all agree
	}
	if i > 1 && toks[i-1].low == "or" && toks[i-2].low == "confirm" {
		return true // "would not confirm or deny", "declined to confirm or deny": neither
	}
	if i > 1 && toks[i-1].low == "to" && refusals[toks[i-2].low] {
		return true
	}
	if i < 2 {
		return false
	}
	before := toks[i-2].low
	between := toks[i-1].low // "can't entirely rule out", "would not be denied"
	return isNegator(before) && (between == "be" || strings.HasSuffix(between, "ly"))
}

// answersClaim reports whether the word of denial at toks[i] answers a
// report or a claim: a verb or noun of denial ("denied", "refuting",
// "debunked", "denials"; not an adjective such as "baseless", which
// describes) that names it ("denied allegations", "refuting a Wall Street
// Journal report", "the rumour was debunked"), or whose object is a clause
// or an act ("denied that …", "denies ever having discussed", "denies
// hiding details", "denied any wrongdoing"), or that a plan exists
// ("Trump denies U.S. plan to send troops").
func answersClaim(toks []tok, i int) bool {
	if !rebuttals[toks[i].low] {
		return false
	}
	if oneWithin(toks, i, 5, claims) || oneWithin(toks, i, 3, plans) || claimBefore(toks, i, 2) {
		return true
	}
	if i+1 >= len(toks) {
		return false
	}
	switch next := toks[i+1].low; {
	case next == "that" || next == "ever" || next == "having" || next == "any" || next == "wrongdoing":
		return true
	case verbDenials[toks[i].low] && toks[i+1].cap:
		// "Saudi Arabia denies Netanyahu met secretly …": a name after
		// the verb opens the clause denied
		return true
	default:
		return len(next) > 5 && strings.HasSuffix(next, "ing") && !ingNouns[next]
	}
}

// insisted reports whether a verb of insistence comes shortly before the
// negator at toks[i]: "insists that it will not", "argued he did not".
func insisted(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if insistence[toks[k].low] {
			return true
		}
	}
	return false
}

// discredits reports whether the word at toks[i] calls a claim next to it
// false: "False Ukraine Claims", "a bogus claim", "unfounded claims",
// "debunked Ukraine claim"; "myth" does wherever it stands ("The idea
// that … is a myth").
func discredits(toks []tok, i int) bool {
	return myths[toks[i].low] || falsifiers[toks[i].low] && oneWithin(toks, i, 3, claims)
}

// disowned reports whether the denial at toks[i] denies a link of the
// denier's to something: "denies any involvement in", "denied having any
// ties to", "denying that he has any ties to", "denied any role in".
func disowned(toks []tok, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		w := toks[k].low
		if linkNouns[w] {
			return true
		}
		if !linkFillers[w] {
			return false
		}
	}
	return false
}

// linkNouns are what a denial of a link denies.
var linkNouns = set(`involvement role ties links connection connections complicity responsibility wrongdoing`)

// linkFillers may stand between a denial and the link it denies: "denied
// that he has any ties to", "denies having any role in".
var linkFillers = set(`any all a an the his her its their that he she it they has have had having was were played playing`)

// linking reports whether a word says someone is linked to something, as
// an accusation does: "accused", "charged", "suspected", "involved",
// "blamed", "behind".
func linking(w string) bool {
	for _, p := range linkPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// linkPrefixes begin the words of linking.
var linkPrefixes = []string{"accus", "charg", "suspect", "arrest", "blam", "involv", "implicat", "responsib", "linked", "tied", "alleg", "culprit", "perpetrat", "orchestrat", "complicit", "convict", "indict"}

// deniesThing reports whether the denial at toks[i] withholds a thing
// rather than denies a claim: "can deny grant money", "was denied bail",
// "denied the Trump administration's motion".
func deniesThing(toks []tok, i int) bool { return oneWithin(toks, i, 5, withheld) }

// againstRule reports whether what a sentence sets a thing against, the
// text after "contrary to" or "at odds with", is a rule ("is contrary to
// the international convention on the rights of the child"): a breach,
// not one report set against another.
func againstRule(after string) bool {
	for i, w := range strings.Fields(after) {
		if i >= 4 {
			break
		}
		if rules[strings.Trim(w, ".,;:'\"”’")] {
			return true
		}
	}
	return false
}

// rules are what a breach is contrary to.
var rules = set(`law laws convention conventions rule rules policy policies regulation regulations guidelines
constitution treaty treaties principles values interests norms standards charter code`)

// ruling reports whether the denial or dismissal at toks[i] is a court's
// ("a federal court dismissed the family's claims", "the judge denied"): a
// ruling, not an answer to a claim (but "on the Supreme Court, dismissing
// new allegations" is the Republicans').
func ruling(text string, toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && !gapHas(text, toks[k].end, toks[k+1].start, ",;:("); k-- {
		if courts[toks[k].low] {
			return true
		}
	}
	// "judges have agreed to vacate convictions and dismiss charges": to
	// dismiss charges or a case is a legal act, not a denial (but "Trump
	// dismissed the charges as a witch hunt" denies them)
	if dismissals[toks[i].low] {
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if legalObjects[toks[k].low] {
				return k+1 >= len(toks) || toks[k+1].low != "as"
			}
		}
	}
	return false
}

// legalObjects are what a court or a prosecutor dismisses.
var legalObjects = set(`charges charge case cases lawsuit lawsuits suit suits indictment indictments counts`)

// courts are the words for those whose denials and dismissals rule.
var courts = map[string]bool{"court": true, "courts": true, "judge": true, "judges": true, "jury": true, "justices": true, "tribunal": true}

// describers are the determiners that make the verb or participle after
// them describe a noun: "its debunked campus rape story", "the disputed
// territory" answer no claim, "the alleged criminals" and "a reported
// deal" report no speech. ("that" is none: "a study that debunked the
// myth".)
var describers = set(`the a an its his her their this these those`)

// dismissesClaim reports whether the dismissal at toks[i] is of a claim.
func dismissesClaim(toks []tok, i int) bool { return oneWithin(toks, i, 3, claims) }

// oneWithin reports whether one of the n words after toks[i] is in set.
func oneWithin(toks []tok, i, n int, set map[string]bool) bool {
	for k := i + 1; k < len(toks) && k <= i+n; k++ {
		if set[toks[k].low] {
			return true
		}
	}
	return false
}

// claimBefore reports whether a word naming a claim or a report stands
// among the n words before toks[i] ("the most serious allegation facing
// him – that …").
func claimBefore(toks []tok, i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if claims[toks[k].low] {
			return true
		}
	}
	return false
}

// notNegation reports whether the negator at toks[i] of text negates
// nothing: "whether or not", "not only", "not just"; a negator that a
// hyphen joins to the next word makes a compound ("a no-knock warrant",
// "a no-deal Brexit", "no-name firm"); "no more" bounds a figure ("no more
// than 10 people") or tells of a change ("no more cages": they were
// removed); a vote of no confidence is a vote.
func notNegation(text string, toks []tok, i int) bool {
	if i > 0 && toks[i-1].low == "or" {
		return true
	}
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1].low
	if next == "only" || next == "just" {
		return true
	}
	if toks[i].end < len(text) && text[toks[i].end] == '-' && toks[i+1].start == toks[i].end+1 {
		return true
	}
	if toks[i].low != "no" {
		return false
	}
	switch next {
	case "more":
		return true
	case "confidence":
		return i > 0 && toks[i-1].low == "of" || i+2 < len(toks) && (toks[i+2].low == "vote" || toks[i+2].low == "motion")
	}
	return false
}
