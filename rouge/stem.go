package rouge

// This file holds the Porter stemmer exactly as ROUGE-1.5.5 runs it: the
// Perl transliteration of Porter (1980) that the script embeds, with the
// script author's change to step 4 (a word in -ement tries -ement, then
// -ment, then -ent, one after another), and its regular expressions for the
// measure of a stem, where "y" may begin a vowel run but not continue one.
// MorphStem in the script looks a word up in the WordNet exception table
// first; see exceptions.go.

// The character classes of the script's regular expressions. The script
// upper-cases an initial "y" to "Y" so that it counts as a consonant; "Y"
// then falls in none of these lower-case sets.
func isAEIOU(b byte) bool { return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' }

func isAEIOUY(b byte) bool { return isAEIOU(b) || b == 'y' }

// pattern elements of the measure regular expressions.
type elem uint8

const (
	elC    elem = iota // ${C}: [^aeiou][^aeiouy]*
	elV                // ${V}: [aeiouy][aeiou]*
	elOptC             // (${C})?
	elOptV             // (${V})?
	elEnd              // $
)

var (
	// $mgr0 = ^(C)?VC: measure > 0.
	mgr0 = []elem{elOptC, elV, elC}
	// $meq1 = ^(C)?VC(V)?$: measure = 1.
	meq1 = []elem{elOptC, elV, elC, elOptV, elEnd}
	// $mgr1 = ^(C)?VCVC: measure > 1.
	mgr1 = []elem{elOptC, elV, elC, elV, elC}
)

// matches reports whether w matches the anchored pattern p, backtracking as
// Perl does (the answer, not the path, is what counts here).
func matches(w string, i int, p []elem) bool {
	if len(p) == 0 {
		return true
	}
	switch p[0] {
	case elEnd:
		return i == len(w)
	case elOptC:
		return matches(w, i, p[1:]) || matchRun(w, i, p[1:], true)
	case elOptV:
		return matches(w, i, p[1:]) || matchRun(w, i, p[1:], false)
	case elC:
		return matchRun(w, i, p[1:], true)
	case elV:
		return matchRun(w, i, p[1:], false)
	}
	return false
}

// matchRun matches ${C} (consonant) or ${V} at w[i:] and then rest, trying
// the longest run first as Perl's greedy star does.
func matchRun(w string, i int, rest []elem, consonant bool) bool {
	if i >= len(w) {
		return false
	}
	e := i + 1
	if consonant {
		if isAEIOU(w[i]) {
			return false
		}
		for e < len(w) && !isAEIOUY(w[e]) {
			e++
		}
	} else {
		if !isAEIOUY(w[i]) {
			return false
		}
		for e < len(w) && isAEIOU(w[e]) {
			e++
		}
	}
	for k := e; k > i; k-- {
		if matches(w, k, rest) {
			return true
		}
	}
	return false
}

// hasVowel is the script's $_v, ^(C)?v: some letter of w is in [aeiouy].
func hasVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		if isAEIOUY(w[i]) {
			return true
		}
	}
	return false
}

// cvcWord is the script's /^${C}${v}[^aeiouwxy]$/: the whole word is one
// consonant run, one vowel and a final consonant other than w, x or y.
func cvcWord(w string) bool {
	if len(w) < 3 || isAEIOU(w[0]) {
		return false
	}
	i := 1
	for i < len(w) && !isAEIOUY(w[i]) {
		i++
	}
	if i != len(w)-2 || !isAEIOUY(w[i]) {
		return false
	}
	switch w[len(w)-1] {
	case 'a', 'e', 'i', 'o', 'u', 'w', 'x', 'y':
		return false
	}
	return true
}

func hasSuffix(w, s string) bool { return len(w) >= len(s) && w[len(w)-len(s):] == s }

// suffixRule is one entry of a step's table: the suffix and what replaces it.
type suffixRule struct{ suffix, repl string }

var (
	step2 = []suffixRule{
		{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
		{"izer", "ize"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"},
		{"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"},
		{"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"},
		{"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"},
	}
	step3 = []suffixRule{
		{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
		{"ical", "ic"}, {"ful", ""}, {"ness", ""},
	}
	step4 = []suffixRule{
		{"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""},
		{"ible", ""}, {"ant", ""}, {"ement", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""},
		{"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""},
	}
)

// longestSuffix returns the rule whose suffix is the longest that w ends
// with: what a Perl alternation anchored with $ matches first.
func longestSuffix(w string, rules []suffixRule) (suffixRule, bool) {
	best, ok := suffixRule{}, false
	for _, r := range rules {
		if hasSuffix(w, r.suffix) && (!ok || len(r.suffix) > len(best.suffix)) {
			best, ok = r, true
		}
	}
	return best, ok
}

// porter stems w as the script's stem subroutine does. w is lower case.
func porter(w string) string {
	if len(w) < 3 {
		return w
	}
	firstY := w[0] == 'y'
	if firstY {
		w = "Y" + w[1:]
	}

	// Step 1a.
	switch {
	case hasSuffix(w, "sses"), hasSuffix(w, "ies"):
		w = w[:len(w)-2]
	case len(w) >= 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's':
		w = w[:len(w)-1]
	}

	// Step 1b.
	if hasSuffix(w, "eed") {
		if matches(w[:len(w)-3], 0, mgr0) {
			w = w[:len(w)-1]
		}
	} else if stem, ok := cut(w, "ed", "ing"); ok && hasVowel(stem) {
		w = stem
		switch {
		case hasSuffix(w, "at"), hasSuffix(w, "bl"), hasSuffix(w, "iz"):
			w += "e"
		case len(w) >= 2 && w[len(w)-1] == w[len(w)-2] && !isAEIOUY(w[len(w)-1]) &&
			w[len(w)-1] != 'l' && w[len(w)-1] != 's' && w[len(w)-1] != 'z':
			w = w[:len(w)-1]
		case cvcWord(w):
			w += "e"
		}
	}

	// Step 1c.
	if hasSuffix(w, "y") && hasVowel(w[:len(w)-1]) {
		w = w[:len(w)-1] + "i"
	}

	// Steps 2 and 3.
	for _, rules := range [][]suffixRule{step2, step3} {
		if r, ok := longestSuffix(w, rules); ok {
			if stem := w[:len(w)-len(r.suffix)]; matches(stem, 0, mgr0) {
				w = stem + r.repl
			}
		}
	}

	// Step 4, with the script's change: three tests one after another.
	if r, ok := longestSuffix(w, step4); ok {
		if stem := w[:len(w)-len(r.suffix)]; matches(stem, 0, mgr1) {
			w = stem
		}
	}
	if hasSuffix(w, "ment") {
		if stem := w[:len(w)-4]; matches(stem, 0, mgr1) {
			w = stem
		}
	}
	if hasSuffix(w, "ent") {
		if stem := w[:len(w)-3]; matches(stem, 0, mgr1) {
			w = stem
		}
	} else if hasSuffix(w, "sion") || hasSuffix(w, "tion") {
		if stem := w[:len(w)-3]; matches(stem, 0, mgr1) {
			w = stem
		}
	}

	// Step 5.
	if hasSuffix(w, "e") {
		stem := w[:len(w)-1]
		if matches(stem, 0, mgr1) || (matches(stem, 0, meq1) && !cvcWord(stem)) {
			w = stem
		}
	}
	if hasSuffix(w, "ll") && matches(w, 0, mgr1) {
		w = w[:len(w)-1]
	}

	if firstY {
		w = "y" + w[1:]
	}
	return w
}

// cut removes whichever of the suffixes a or b w ends with.
func cut(w, a, b string) (string, bool) {
	switch {
	case hasSuffix(w, a):
		return w[:len(w)-len(a)], true
	case hasSuffix(w, b):
		return w[:len(w)-len(b)], true
	}
	return w, false
}
