package facts

import (
	"strings"

	"github.com/storybrief/storybrief/internal/setting"
)

// attribution returns whom a sentence attributes what it says to, or ""
// when the document says it in its own voice, and the words [from, to)
// that name the speaker and the verb of saying, which are no part of what
// is said. It reads the common shapes of reported speech in news:
//
//	according to the Labor Department, …          → the Labor Department
//	Psaki said negotiations did not …             → Psaki
//	"…," Power said. / "…," said Kerry.            → Power / Kerry
//	…, Gen. Lloyd Austin, who runs …, said he …   → Gen. Lloyd Austin
//	The Wall Street Journal reported Thursday that … → The Wall Street Journal
func attribution(text string, toks []tok) (speaker string, from, to int) {
	for i, t := range toks {
		if t.low == "according" && i+1 < len(toks) && toks[i+1].low == "to" {
			end := phraseEnd(text, toks, i+2)
			if end <= i+2 {
				continue
			}
			// "according to data regarding the diversity of their
			// staffs": data speak for nobody, unless their maker is
			// named, after them ("according to figures from the Labor
			// Department") or before them ("according to a Bloomberg
			// report on Monday")
			head := i + 2
			for head+1 < end && sourceModifiers[toks[head].low] {
				head++
			}
			frame := head
			for frame < end && (!nonAgents[toks[frame].low] || toks[frame].cap) { // "the Bureau of Labor Statistics" is a maker
				frame++
			}
			if frame < end {
				for k := frame + 1; k+1 < end; k++ {
					if toks[k].low != "from" && toks[k].low != "by" && toks[k].low != "in" {
						continue
					}
					if name := k + 1; toks[name].cap || toks[name].low == "the" && name+1 < end && toks[name+1].cap {
						return span(text, toks, name, end), i, end
					}
				}
				maker := frame
				for maker > head && (toks[maker-1].cap || maker < frame && nameParticles[toks[maker-1].low]) && !gapHas(text, toks[maker-1].end, toks[maker].start, ",") {
					maker--
				}
				if maker < frame {
					return span(text, toks, maker, frame), i, end
				}
				return "", i, end
			}
			return span(text, toks, i+2, end), i, end
		}
	}
	for i, t := range toks {
		if !reportVerbs[t.low] {
			continue
		}
		// "…," said Kerry. — the speaker follows the verb at the end.
		if i > 0 && gapHas(text, toks[i-1].end, t.start, ",\"”'") && i+1 < len(toks) && len(toks)-i <= 7 && toks[i+1].cap && !dateWord(toks[i+1].low) {
			end := phraseEnd(text, toks, i+1)
			return span(text, toks, i+1, end), i, end
		}
		if passiveBefore(toks, i) {
			continue // "She was reported missing", "It was widely reported": nobody named says it
		}
		if i+1 < len(toks) && toks[i+1].low == "by" {
			continue // "— first reported by The New York Times —": a passive, whose report is not the sentence
		}
		if addVerbs[t.low] && !addsWords(text, toks, i) {
			continue // "The U.S. economy added 224,000 jobs": a sum, not words
		}
		if i > 0 && describers[toks[i-1].low] {
			continue // "the alleged criminals", "a reported deal": an adjective
		}
		if inf := infinitiveBefore(toks, i); inf >= 0 && !(inf > 0 && speakerAux[toks[inf-1].low]) {
			continue // "Twitter declined to say", "the first senator to publicly say": not said (but "I have to say")
		}
		if verbDenials[t.low] && deniesThing(toks, i) {
			continue // "Supreme Court denies election appeal": a ruling, not words
		}
		if insideQuote(text, t.start) {
			continue // "“He tells me that he didn't know,” Trump said.": the quoted speaker's words
		}
		if start, end := subjectBefore(text, toks, i); end > start {
			if end-start == 1 && toks[start].low == "who" && !toks[start].upper {
				// "Andrew Saul, who says he isn't leaving": the speaker is
				// whom the clause is about
				if from, to := antecedent(text, toks, start); to > from {
					return span(text, toks, from, to), start, i + 1
				}
				return "", start, i + 1
			}
			if nonAgents[toks[end-1].low] || framed(span(text, toks, start, end)) {
				// "Growing Evidence Suggests", "reports say": the frame
				// is no part of what is said, but nobody says it, unless
				// a name owns it ("The CDC's findings indicated") or
				// stands before it ("DOD videos claimed").
				if last := toks[end-1]; nonAgents[last.low] && last.cap && end > 1 && !t.cap {
					// "the Bureau of Labor Statistics reported", "the US
					// Geological Survey said": the frame's word ends a
					// name
					return span(text, toks, start, end), start, i + 1
				}
				who := possessor(text, toks, start, end)
				if who == "" && nonAgents[toks[end-1].low] && !t.cap {
					who = makerBefore(text, toks, start, end-1)
				}
				return who, start, i + 1
			}
			if first, from := taggedPartner(text, toks, start); first != "" {
				// "Sen. Joe Manchin, D-W.Va., and Sen. Lisa Murkowski,
				// R-Alaska, wrote": two speakers, each with a party tag
				return first + " and " + span(text, toks, start, end), from, i + 1
			}
			return span(text, toks, start, end), start, i + 1
		}
	}
	return "", 0, 0
}

// possessor returns the name in the possessive that owns a frame among
// toks[start:end] ("The CDC's findings", "Pfizer's new data"), or "".
func possessor(text string, toks []tok, start, end int) string {
	for k := start; k < end-1; k++ {
		if t := toks[k]; t.cap && t.end-t.start > len(t.raw) && !dateWord(t.low) { // not "Friday's report"
			from := k
			for from > start && toks[from-1].cap && toks[from-1].low != "the" && !gapHas(text, toks[from-1].end, toks[from].start, ",;:\"”“(") {
				from--
			}
			return text[toks[from].start : t.start+len(t.raw)]
		}
	}
	return ""
}

// makerBefore returns the name written right before the frame word at
// toks[frame] that makes it ("DOD videos", "new Pentagon documents",
// "the Census Bureau figures"), or "" ("A new poll", "Friday's report").
func makerBefore(text string, toks []tok, start, frame int) string {
	from := frame
	for from > start && toks[from-1].cap && !frameOpeners[toks[from-1].low] && !dateWord(toks[from-1].low) &&
		!gapHas(text, toks[from-1].end, toks[from].start, ",;:\"”“(") {
		from--
	}
	if from == frame || from == 0 && !toks[0].upper {
		return "" // "Previous reports alleged": a capital that opens the sentence
	}
	if from > start && toks[from-1].cap && !frameArticles[toks[from-1].low] {
		return "" // "The CNN/New York Times debate": a name cut by the stop
	}
	return span(text, toks, from, frame)
}

// subjectPronouns are the pronouns that can only be a clause's subject.
var subjectPronouns = set(`he she they we`)

// clauseJoins open a coordinated clause, whose subject follows them.
var clauseJoins = set(`and but whereupon then yet so`)

// frameArticles may stand before a frame's maker: "The DoJ records".
var frameArticles = set(`the a an this that these those`)

// taggedPartner returns the name that ", and" joins to the subject opening
// at toks[start] when that name has a party tag or an appositive of its
// own ("Sen. Joe Manchin, D-W.Va., and Sen. Lisa Murkowski", "Manchin, a
// West Virginia Democrat, and Murkowski"), and where it starts; "" when
// there is none.
func taggedPartner(text string, toks []tok, start int) (string, int) {
	and := start - 1
	if and < 2 || toks[and].low != "and" || !gapHas(text, toks[and-1].end, toks[and].start, ",") {
		return "", 0
	}
	// the tag: up to three words after a comma ("D-W.Va."), or an
	// appositive of up to eight ("a West Virginia Democrat")
	tag := and - 1
	for tag > 0 && and-tag < 8 && !gapHas(text, toks[tag-1].end, toks[tag].start, ",") {
		tag--
	}
	if tag == 0 || !gapHas(text, toks[tag-1].end, toks[tag].start, ",") {
		return "", 0
	}
	appositive := !toks[tag].cap && (toks[tag].low == "a" || toks[tag].low == "an" || toks[tag].low == "the")
	if !appositive && (and-tag > 3 || !partyTag(text[toks[tag].start:toks[and-1].end])) {
		return "", 0
	}
	// the name: capitalized words before the tag's comma
	end := tag - 1
	from := end
	for from > 0 && end-from < 4 && toks[from-1].cap && !gapHas(text, toks[from-1].end, toks[from].start, ",;:\"”“(—–") {
		from--
	}
	if !toks[from].cap {
		return "", 0
	}
	return span(text, toks, from, end+1), from
}

// nonAgents are the heads of subjects of a verb of saying that name no
// speaker: what "evidence suggests" or "reports say" is the document's own
// claim, told through a frame.
var nonAgents = map[string]bool{
	"evidence": true, "signs": true, "reports": true, "report": true, "data": true,
	"documents": true, "records": true, "studies": true, "study": true, "research": true,
	"analysis": true, "polls": true, "poll": true, "figures": true, "numbers": true,
	"statistics": true, "indications": true, "rumors": true, "rumours": true,
	"transcript": true, "summary": true, "survey": true, "surveys": true,
	"photographs": true, "photos": true, "images": true, "footage": true, "video": true, "videos": true,
	"debate": true, "hearing": true, "findings": true, "inquiry": true, "audit": true,
}

// speakerAux stand between a speaker and the verb of saying: "Psaki also
// said", "Kerry has said".
var speakerAux = map[string]bool{"also": true, "has": true, "have": true, "had": true, "later": true, "then": true,
	"again": true, "still": true, "now": true, "once": true, "would": true, "will": true, "did": true, "does": true,
	"might": true, "could": true, "should": true, "may": true, "must": true, "can": true}

// isAdverb reports whether a word is a lower-case adverb in -ly
// ("flatly", "widely").
func isAdverb(t tok) bool {
	return !t.cap && len(t.low) > 3 && strings.HasSuffix(t.low, "ly") && !lyNouns[t.low]
}

// addVerbs say something only before what was said: "added that",
// "added:", "…," he added.
var addVerbs = set(`add adds added`)

// addsWords reports whether the add verb at toks[i] adds words: it ends
// the sentence, follows a quotation, a comma or a pronoun, or comes before
// "that", a colon, a comma or a quotation.
func addsWords(text string, toks []tok, i int) bool {
	if i+1 == len(toks) || i > 0 && (gapHas(text, toks[i-1].end, toks[i].start, ",\"”’") || addingPronouns[toks[i-1].low]) {
		return true // (a pronoun adds words: "She added the bureau did not have enough evidence")
	}
	return toks[i+1].low == "that" || gapHas(text, toks[i].end, toks[i+1].start, ",:\"“‘")
}

// addingPronouns add words, not sums, whatever follows.
var addingPronouns = set(`he she they i we`)

// lyNouns end in -ly and are no adverbs: "his family said", "an ally
// said".
var lyNouns = set(`family ally rally tally supply assembly anomaly monopoly reply belly bully jelly homily`)

// infinitiveBefore returns the index of the "to" that makes the verb at
// toks[i] an infinitive, perhaps split by an adverb ("to publicly say"),
// or -1.
func infinitiveBefore(toks []tok, i int) int {
	k := i - 1
	if k > 0 && isAdverb(toks[k]) {
		k--
	}
	if k >= 0 && toks[k].low == "to" {
		return k
	}
	return -1
}

// passiveBefore reports whether a form of "be" (and perhaps an adverb)
// stands before the verb at toks[i]: "was reported", "was widely
// reported", "we're told".
func passiveBefore(toks []tok, i int) bool {
	k := i - 1
	if k > 0 && (isAdverb(toks[k]) || passiveAdverbs[toks[k].low]) {
		k--
	}
	return k >= 0 && (passiveAux[toks[k].low] || strings.HasSuffix(toks[k].low, "'re") || toks[k].low == "i'm")
}

// passiveAdverbs may stand between "was" and a participle without -ly:
// "whose existence was first reported".
var passiveAdverbs = map[string]bool{"first": true, "also": true, "since": true, "later": true, "then": true, "still": true, "long": true}

// passiveAux before a verb of saying make it passive.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true}

// sourceModifiers stand before the head of a source's phrase ("according
// to the latest data", "according to new federal figures").
var sourceModifiers = map[string]bool{
	"a": true, "an": true, "the": true, "new": true, "latest": true, "recent": true, "preliminary": true,
	"official": true, "federal": true, "government": true, "internal": true, "published": true,
}

// span returns the text of words [from, to).
func span(text string, toks []tok, from, to int) string {
	return strings.TrimSpace(text[toks[from].start:toks[to-1].end])
}

// subjectBefore returns the subject of the reporting verb at toks[v]: the
// words from the start of the sentence or of the clause (after a comma or
// a closing quote), skipping an appositive set off by commas, when they are
// few and read like a name or a noun phrase.
func subjectBefore(text string, toks []tok, v int) (from, to int) {
	// "Cain flatly denies", "Psaki also said", "the White House has
	// repeatedly said", "I have to say": adverbs and auxiliaries before
	// the verb are no part of who speaks
	for v > 0 && (speakerAux[toks[v-1].low] || isAdverb(toks[v-1]) || toks[v-1].low == "to" && v > 1 && speakerAux[toks[v-2].low] ||
		dateWord(toks[v-1].low) && (toks[v-1].cap || weekdays[toks[v-1].low]) || toks[v-1].low == "on" && v < len(toks) && dateWord(toks[v].low) ||
		dayParts[toks[v-1].low] && v > 1 && weekdays[toks[v-2].low]) &&
		!gapHas(text, toks[v-1].end, toks[v].start, ",\"”“:;(") {
		v-- // "Psaki on Tuesday said", "Trump on Saturday night denied": the day is no part of who speaks
	}
	if v == 0 {
		return 0, 0
	}
	end := v - 1
	for _, aside := range [][2]string{{")", "("}, {"—–", "—–"}} {
		if !gapHas(text, toks[end].end, toks[v].start, aside[0]) {
			continue
		}
		// "Sen. Rob Portman (R., Ohio) said", "former heads of the CIA —
		// both parties — say": a party tag or an aside in parentheses or
		// dashes is no part of the name
		k := end
		for k > 0 && v-k < 6 && !gapHas(text, toks[k-1].end, toks[k].start, aside[1]) {
			k--
		}
		if k == 0 || !gapHas(text, toks[k-1].end, toks[k].start, aside[1]) {
			return 0, 0
		}
		end = k - 1
		break
	}
	// skip an appositive: ", who runs …, said"
	if gapHas(text, toks[end].end, toks[end+1].start, ",") {
		for k := end; k > 0 && v-k < 25; k-- {
			if gapHas(text, toks[k-1].end, toks[k].start, ",") {
				if toks[k].low == "who" || toks[k].low == "a" || toks[k].low == "the" || toks[k].low == "an" || end-k < 3 && partyTag(text[toks[k].start:toks[end].end]) {
					end = k - 1
					break
				}
				return 0, 0
			}
		}
		if end == v-1 {
			return 0, 0
		}
	}
	start := end
	for start > 0 && end-start < 12 && !gapHas(text, toks[start-1].end, toks[start].start, ",\"”“:;(–—") {
		start--
	}
	// "Biden in an interview with CNN said", "Trump at town hall says":
	// where it was said is no part of who speaks
	for k := start + 1; k < end; k++ {
		if settingAt(toks, k, end) {
			if !namesSpeaker(text, toks, start, k-1) {
				return 0, 0
			}
			end = k - 1
			break
		}
	}
	if end-start >= 6 {
		return 0, 0
	}
	// "…, and Senate Majority Leader Mitch McConnell said", "…, whereupon
	// McCain denied": a coordinated clause's subject follows its
	// conjunction
	if clauseJoins[toks[start].low] && start < end {
		start++
	}
	if end == start && toks[start].low == "one" {
		return 0, 0 // "one might say": nobody in particular
	}
	// "marking the first time he said", "recounted the incident where
	// she said", "In a statement it said": a subject pronoun after other
	// words opens the clause that speaks (not "what they say")
	for k := start + 1; k <= end; k++ {
		if (subjectPronouns[toks[k].low] || k == end && toks[k].low == "it") && !toks[k].cap && toks[k-1].low != "what" {
			start = k
		}
	}
	if (openingPrepositions[toks[start].low] || toks[start].low == "despite" || toks[start].low == "in") && !(toks[start].low == "at" && start < end && toks[start+1].low == "least") {
		return 0, 0 // "With all results now declared", "despite what Wallace said": a phrase after a preposition is no subject (but "At least seven companies said")
	}
	if start == end && isNumeric(toks[start].low) {
		return 0, 0 // "66 said": a count alone speaks for nobody
	}
	// a pronoun or a plain noun phrase is a speaker too ("they say",
	// "officials said", "the administration insists"); a clause opened by
	// a conjunction ("after the chain reported …") says when or why, and
	// its verb attributes nothing the sentence says.
	for k := start; k <= end; k++ {
		switch toks[k].low {
		case "and":
			if k > start && toks[k-1].cap && k < end && toks[k+1].cap {
				continue // "Customs and Border Protection": a name
			}
			return 0, 0
		case "what":
			if k < end && pronouns[toks[k+1].low] {
				return 0, 0 // "what they say is …" (but "a source familiar with what happened")
			}
		case "who":
			if k > start && !toks[k].upper {
				return 0, 0 // "9.8 million people who say …": a relative clause's subject (a lone ", who" is read above)
			}
		case "that", "which", "if", "when", "as", "because", "but", "like",
			"after", "before", "while", "since", "until", "unless", "although", "though", "whereas":
			return 0, 0
		}
	}
	return start, end + 1
}

// settingAt reports whether toks[k] opens a phrase of where or how
// something was said that runs to toks[end] ("in an interview with CNN",
// "on Fox News"), after a word that can end a subject; not a preposition
// inside a name ("the Committee on Intelligence").
func settingAt(toks []tok, k, end int) bool {
	t, prev := toks[k], toks[k-1]
	if !setting.Prep(t.low) || t.cap || openingPrepositions[prev.low] || setting.Prep(prev.low) || prev.low == "the" || prev.low == "a" || nameHeadsBeforeOn[prev.low] {
		return false
	}
	for j := k + 1; j <= min(end, k+setting.Reach); j++ {
		if setting.Noun(toks[j].low) {
			return true
		}
	}
	// "on Fox News", "on CNN": an outlet
	return t.low == "on" && outlets[toks[k+1].low]
}

// outlets are the networks and platforms news says someone spoke "on".
var outlets = set(`fox cnn msnbc nbc abc cbs npr pbs cnbc c-span bloomberg twitter facebook instagram youtube tiktok
truth sirius sky bbc`)

// namesSpeaker reports whether toks[a..b], before a phrase of where it was
// said, read as who spoke: a name of up to four words ("President
// Trump"), a phrase opened by an article ("The student"), or one plural
// noun ("Lawmakers"); not "to participate", "much outrage" or a party tag.
func namesSpeaker(text string, toks []tok, a, b int) bool {
	if b < a || b-a >= 4 {
		return false
	}
	name := true
	for _, t := range toks[a : b+1] {
		if !t.cap && !nameParticles[t.low] {
			name = false
		}
	}
	switch {
	case name:
		return !partyTag(text[toks[a].start:toks[b].end])
	case toks[a].low == "the" || toks[a].low == "a" || toks[a].low == "an":
		for _, t := range toks[a+1 : b+1] {
			if speakerAux[t.low] || t.low == "to" || t.low == "was" || t.low == "is" {
				return false
			}
		}
		return b > a
	}
	return a == b && strings.HasSuffix(toks[a].low, "s") && !strings.HasSuffix(toks[a].low, "ss")
}

// nameHeadsBeforeOn end the first part of a name that goes on after "on":
// the Committee on Intelligence, the Council on Foreign Relations.
var nameHeadsBeforeOn = set(`committee subcommittee council panel commission conference caucus task force institute center centre`)

// phraseEnd returns the end of the phrase of up to eight words that
// starts at toks[i], stopping at punctuation; a name that the eighth word
// cuts runs on to its end.
func phraseEnd(text string, toks []tok, i int) int {
	if i >= len(toks) {
		return i
	}
	j := i
	for j+1 < len(toks) && j-i < 7 && !gapHas(text, toks[j].end, toks[j+1].start, ",.;:\"”()—") {
		j++
	}
	// a name the limit cuts runs on to its end: "a much anticipated report
	// from the New York Times", "a study released this week by the
	// National Bureau of Economic Research", "a survey conducted by The
	// Washington Post and Reforma"
	for n := 0; n < 5 && j+1 < len(toks) && (toks[j].cap || nameJoiners[toks[j].low] && toks[j+1].cap) && !gapHas(text, toks[j].end, toks[j+1].start, ",.;:\"”()—"); n++ {
		next := toks[j+1]
		if !next.cap && !(nameJoiners[next.low] && toks[j].cap && j+2 < len(toks) && toks[j+2].cap) {
			break
		}
		j++
	}
	return j + 1
}

// gapHas reports whether text[from:to] holds one of the bytes or runes of
// chars.
func gapHas(text string, from, to int, chars string) bool {
	if from >= to || to > len(text) {
		return false
	}
	return strings.ContainsAny(text[from:to], chars)
}

// insideQuote reports whether byte offset at of text stands inside a
// quotation that opens before it and is not closed. A straight mark that
// follows a word closes a quotation (or is a stray one): "'antithetical" to
// Ginsburg's legacy, critics say" is not inside one.
func insideQuote(text string, at int) bool {
	curly, straight := 0, 0
	for i, r := range text[:min(at, len(text))] {
		switch r {
		case '“':
			curly++
		case '”':
			curly = max(curly-1, 0)
		case '"':
			if i > 0 && text[i-1] != ' ' && text[i-1] != '(' {
				straight = max(straight-1, 0)
			} else {
				straight++
			}
		}
	}
	return curly > 0 || straight > 0
}

// antecedent returns the words [from, to) of what the relative pronoun at
// toks[who] follows, set off by a comma: a name ("Social Security
// Commissioner Andrew Saul, who says") or a noun phrase opened by a
// determiner ("The Pentagon's top policy official, who warned"); to ==
// from when there is neither.
func antecedent(text string, toks []tok, who int) (from, to int) {
	end := who - 1
	if end < 0 || !gapHas(text, toks[end].end, toks[who].start, ",–—") {
		return 0, 0
	}
	linked := func(k int) bool { return !gapHas(text, toks[k-1].end, toks[k].start, ",\"”“:;()—") }
	if toks[end].cap {
		k := end
		for k > 0 && end-k < 5 && linked(k) && (toks[k-1].cap || toks[k-1].low == "of" && k-1 > 0 && toks[k-2].cap) {
			k--
		}
		return k, end + 1
	}
	for k := end; k > 0 && end-k < 5 && linked(k); k-- {
		if d := toks[k-1].low; d == "the" || d == "a" || d == "an" {
			return k - 1, end + 1
		}
	}
	return 0, 0
}

// partyTag reports whether words are a party and a state ("R-Ky", "D-N.Y"),
// an aside after a lawmaker's name.
func partyTag(w string) bool {
	if len(w) < 3 || len(w) > 10 || strings.IndexByte("RDI", w[0]) < 0 {
		return false
	}
	rest, ok := strings.CutPrefix(w[1:], "-")
	if !ok {
		rest, ok = strings.CutPrefix(w[1:], "–")
	}
	return ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

// actsToo reports whether what is reported after the frame that ends with
// toks[v] opens with a pronoun for its speaker ("The Justice Department
// announced that it is siding with …", "said he will run"): who speaks
// also acts, and is part of what is said.
func actsToo(toks []tok, v int) bool {
	k := v + 1
	if k < len(toks) && toks[k].low == "that" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "it", "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// weekdays stay days written in lower case (Multi-News writes "on
// tuesday"), unlike the months "may" or "march".
var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// dateWord reports whether w names a day or a month: "…, said Tuesday"
// names no speaker.
func dateWord(w string) bool { return weekdays[w] || months[w] }

// nameJoiners stand between the capitalized words of a name: "Centers
// for Disease Control and Prevention".
var nameJoiners = set(`of for and`)

// openingPrepositions open a phrase that is no subject: "With all results
// now declared, …".
var openingPrepositions = set(`with without during from by at into upon through via amid against about over`)

// dayParts follow a day: "on Saturday night".
var dayParts = set(`morning afternoon evening night`)

// pronouns are the subject pronouns.
var pronouns = set(`i you he she it we they`)

// nameParticles are the lower-case words inside names: "bin Laden".
var nameParticles = set(`bin ibn al de van von der la le`)
