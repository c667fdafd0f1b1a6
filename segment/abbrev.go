package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// class says how a word written with a final period behaves at a possible
// sentence end.
type class uint8

const (
	plain    class = iota // an ordinary word: its period ends the sentence
	title                 // Mr., Gen., Sen.: always followed by a name
	nosplit               // e.g., vs.: never ends a sentence
	final                 // U.S., Inc., Jr., Nov.: ends one only before a sentence starter
	state                 // Calif., Fla.: ends one before a capitalized word
	numeric               // No., Vol., pp.: an abbreviation before a number, a word otherwise
	initial               // a single letter: F. in John F. Kennedy
	listMark              // 1. at the start of a line
)

// abbrev holds the abbreviations written with a period in news text, keyed by
// their lower-cased form. An entry marked cased matches only when the word is
// capitalized (Ill., Mass., Wash. are also English words).
type abbrev struct {
	class class
	cased bool
}

var abbrevs = func() map[string]abbrev {
	m := make(map[string]abbrev, 200)
	add := func(c class, cased bool, words ...string) {
		for _, w := range words {
			m[w] = abbrev{c, cased}
		}
	}
	// Titles and ranks: a name follows.
	add(title, false,
		"mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs",
		"gen", "gens", "sen", "sens", "rep", "reps", "gov", "govs", "lt", "col", "sgt",
		"ssgt", "msgt", "capt", "cpt", "cmdr", "cdr", "adm", "maj", "brig", "cpl", "pvt",
		"pfc", "spc", "rev", "hon", "pres", "supt", "det", "insp", "atty", "msgr", "amb",
		"sec", "asst", "assoc", "dep", "cong", "sgts", "lts", "cols", "adms")
	add(title, true, "fr")
	// Never at the end of a sentence.
	add(nosplit, false, "vs", "cf", "viz", "approx", "incl", "esp", "ca", "resp")
	// May end a sentence: split only before a word that starts one.
	add(final, false,
		"inc", "corp", "co", "cos", "ltd", "llc", "plc", "jr", "sr", "bros", "etc", "al",
		"st", "mt", "ft", "ave", "blvd", "rd", "hwy", "dept", "univ", "assn", "intl", "natl",
		"govt", "min", "hrs", "sq", "mi", "oz", "lb", "lbs", "yr", "yrs", "est",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	// States, as AP abbreviates them.
	add(state, false, "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "kan", "kans", "ky", "md",
		"mich", "minn", "mont", "neb", "nev", "okla", "tenn", "tex", "vt", "wis", "wyo",
		"penn", "nebr")
	add(state, true, "ill", "ind", "miss", "mass", "wash", "ore", "del", "ga", "pa", "va", "la", "mo")
	// Abbreviations before a number.
	add(numeric, false, "no", "nos", "vol", "vols", "pp", "fig", "figs", "art", "arts", "ch",
		"chap", "pt", "pts", "ext", "op", "ed", "eds", "para", "ref", "nr", "tel")
	return m
}()

// classify returns the class of the word w that a period follows. Whether a
// number at the start of a line is a list mark is for the caller to say.
func classify(w string) class {
	// Strip what opens a word: quotes, brackets, @ and #.
	for len(w) > 0 && !isWordByte(w[0]) && w[0] < 0x80 {
		w = w[1:]
	}
	if w == "" {
		return plain
	}
	if last := w[len(w)-1]; last < 0x80 && !isWordByte(last) {
		return plain // (AP). "word". forces,.
	}
	if len(w) > 12 {
		return plain
	}
	// Letters separated by periods: U.S, a.m, J.R.R, Ph.D, e.g.
	if dotted(w) {
		switch lowerKey(w) {
		case "e.g", "i.e", "a.k.a", "n.b":
			return nosplit
		}
		return final
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsLetter(r) {
		return initial
	}
	a, ok := abbrevs[lowerKey(w)]
	if !ok {
		// (D-Calif.) (R-Ga.): the state after the party decides.
		if h := strings.LastIndexByte(w, '-'); h >= 0 && h+1 < len(w) {
			if a, ok := abbrevs[lowerKey(w[h+1:])]; (ok && a.class == state) || dotted(w[h+1:]) {
				return final // (D-N.Y.)
			}
		}
		return plain
	}
	if a.cased && !(w[0] >= 'A' && w[0] <= 'Z') {
		return plain
	}
	return a.class
}

// dotted reports whether w is letters in groups of one or two, joined by
// single periods, with at least one period: U.S, a.m, Ph.D, J.R.R; not
// cnn.com.
func dotted(w string) bool {
	dots, run := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if run == 0 {
				return false
			}
			dots++
			run = 0
		case isASCIILetter(c):
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// lowerKey returns w lower-cased when it is short ASCII; the result is used
// only for map look-ups, which do not keep it.
func lowerKey(w string) string {
	var buf [16]byte
	if len(w) > len(buf) {
		return w
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(w)])
}

// starters are words that often begin a sentence and seldom continue a name
// after an abbreviation such as U.S. or Inc. Conjunctions and prepositions
// that follow times and names (And, On, At, To, From, By, Of) and auxiliary
// verbs (the U.S. Is …) are left out on purpose: text lower-cased and
// re-capitalized by a sentence splitter, as Multi-News is, capitalizes them
// after every a.m. and U.S.
var starters = func() map[string]bool {
	m := make(map[string]bool, 200)
	for _, w := range []string{
		"a", "an", "the", "this", "that", "these", "those", "there", "here", "then", "thus",
		"now", "today", "yesterday", "tomorrow", "tonight",
		"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
		"my", "your", "one", "some", "many", "most", "much", "more", "few", "several",
		"all", "both", "each", "every", "either", "neither", "no", "none", "nothing",
		"nobody", "another", "other", "others", "such", "any",
		"but", "so", "yet", "however", "meanwhile", "moreover", "furthermore",
		"nevertheless", "nonetheless", "instead", "still", "also", "indeed", "besides",
		"otherwise", "overall", "finally", "eventually", "initially", "ultimately",
		"similarly", "likewise", "additionally", "consequently", "therefore", "hence",
		"accordingly", "if", "when", "while", "where", "why", "how", "what", "who",
		"whom", "whose", "which", "whether", "although", "though", "because", "since",
		"unless", "until", "once", "as", "after", "before", "during", "despite", "in",
		"for", "with", "without", "among", "amid", "according", "under", "unlike",
		"following", "given", "last", "next", "earlier", "later", "even", "only", "just",
		"perhaps", "maybe", "yes", "sure", "well", "oh", "first", "second", "third",
		"again", "asked", "not", "mr", "mrs", "ms", "dr", "let", "please", "click",
		"watch", "read", "see", "sign", "follow", "share", "subscribe", "photo", "video",
		"image", "copyright", "related", "advertisement", "update", "updated",
	} {
		m[w] = true
	}
	return m
}()

// attributionVerbs are the verbs of a short attribution after a quotation:
// "We will not do it alone." Power said.
var attributionVerbs = func() map[string]bool {
	m := make(map[string]bool, 64)
	for _, w := range []string{
		"said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote",
		"writes", "tweeted", "tweets", "explained", "explains", "noted", "notes",
		"continued", "replied", "replies", "stated", "states", "argued", "argues",
		"insisted", "warned", "warns", "recalled", "declared", "announced",
		"acknowledged", "admitted", "concluded", "cautioned", "suggested", "observed",
		"remarked", "responded", "countered", "quipped", "joked", "shouted", "whispered",
		"posted", "commented", "testified", "confirmed", "claimed", "conceded",
	} {
		m[w] = true
	}
	return m
}()

// attributionTail are the words that may follow the verb of a short
// attribution before its period: Power said on Sunday. Earnest told reporters.
var attributionTail = func() map[string]bool {
	m := make(map[string]bool, 64)
	for _, w := range []string{
		"on", "in", "at", "to", "a", "an", "the", "this", "last", "late", "early",
		"earlier", "later", "recently", "yesterday", "today", "tonight", "then", "again",
		"also", "afterward", "afterwards", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
		"week", "month", "year", "statement", "interview", "reporters", "briefly",
		"simply", "flatly", "quietly", "bluntly", "him", "her", "them", "me", "us",
		"recently", "separately", "told", "said", "an", "email", "emailed", "later",
	} {
		m[w] = true
	}
	return m
}()

// lowerFunctionWords end a line that a sentence goes on after: a line
// ending in "the" or "of" is broken, not a heading.
var lowerFunctionWords = func() map[string]bool {
	m := make(map[string]bool, 40)
	for _, w := range []string{
		"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by",
		"for", "with", "from", "as", "that", "which", "who", "is", "are", "was", "were",
		"be", "been", "his", "her", "their", "its", "our", "my", "your", "this", "than",
		"into", "about", "over", "after", "before", "said", "says",
	} {
		m[w] = true
	}
	return m
}()

// notSubject are words that do not name who speaks: "That was all he
// said." is a sentence, not an attribution.
var notSubject = func() map[string]bool {
	m := make(map[string]bool, 64)
	for _, w := range []string{
		"was", "is", "are", "were", "be", "been", "had", "has", "have", "will", "would",
		"could", "should", "can", "may", "might", "must", "do", "does", "did", "not",
		"that", "this", "all", "what", "which", "when", "where", "why", "how", "if",
		"but", "and", "or", "so", "because", "then", "there", "here", "to", "of", "in",
		"on", "at", "for", "with", "by", "from", "as", "it", "no", "never", "also",
	} {
		m[w] = true
	}
	return m
}()

// brands end in an exclamation mark that does not end a sentence: E! News,
// Yahoo! Finance.
var brands = map[string]bool{"e": true, "yahoo": true, "jeopardy": true}

// headlineSmall are the words that headlines in title case leave in lower
// case.
var headlineSmall = func() map[string]bool {
	m := make(map[string]bool, 24)
	for _, w := range []string{
		"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "by",
		"for", "from", "with", "as", "vs", "via", "into", "over", "up", "off",
	} {
		m[w] = true
	}
	return m
}()

// casedState reports whether w is a state abbreviation that is also an
// English word (ill, mass, wash), written in lower case.
func casedState(w string) bool {
	if w == "" || isUpperByte(w[0]) {
		return false
	}
	a, ok := abbrevs[lowerKey(w)]
	return ok && a.cased && a.class == state
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}
