package segment

import "strings"

// danglingStarts are first words that refer back to an earlier sentence.
var danglingStarts = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "but": true, "and": true, "so": true, "also": true,
	"however": true, "still": true, "yet": true, "meanwhile": true, "instead": true, "then": true, "there": true,
	"he'll": true, "she'll": true, "they'll": true, "he's": true, "she's": true, "it's": true, "that's": true,
	"additionally": true, "moreover": true, "furthermore": true, "besides": true, "likewise": true, "similarly": true,
	"nevertheless": true, "nonetheless": true, "thus": true, "therefore": true, "hence": true, "consequently": true,
	"indeed": true,
}

// danglingPhrases are openers of several words that refer back.
// A phrase that ends in a comma refers back only so: "In addition, …" does,
// "In addition to the fine, …" does not.
var danglingPhrases = []string{
	"in both cases", "in either case", "in that case", "in this case", "in each case", "in addition,",
	"as a result,", "on the other hand", "even so", "the latter", "in turn,", "in fact,", "for example,",
	"for instance,", "in other words,", "that said,", "after all,", "given that,", "given this,",
	"as such,", "by contrast,", "in contrast,", "to that end,", "because of this", "despite this",
	"in response,", "given that this is the case", "that being the case", "this being the case",
	"if that is the case", "if that's the case", "if so,",
}

// backReferences refer to what an article said before, wherever they
// stand in a sentence ("the rhetoric noted above").
var backReferences = []string{
	"noted above", "mentioned above", "described above", "cited above", "quoted above", "listed above",
	"the above",
}

// LeansBack reports whether a sentence opens by referring back to the
// one before it, also after a one-word opener ("Yesterday, he said …"), or
// points back to what its article said above ("the rhetoric noted
// above"): alone, in a brief or as a fact, it reads as a fragment.
func LeansBack(text string) bool {
	text = strings.TrimLeft(text, "\"“‘'(")
	w, rest := firstWord(text)
	if danglingStarts[w] {
		return true
	}
	if after, ok := strings.CutPrefix(rest, ", "); ok {
		if w, _ := firstWord(after); danglingStarts[w] {
			return true
		}
	}
	for _, p := range danglingPhrases {
		if len(text) > len(p) && strings.EqualFold(text[:len(p)], p) && (strings.HasSuffix(p, ",") || text[len(p)] == ' ' || text[len(p)] == ',') {
			return true
		}
	}
	if refersBack(text) || endsOnDemonstrative(text) {
		return true
	}
	if strings.Contains(text, "above") {
		lower := strings.ToLower(text)
		for _, p := range backReferences {
			if LastWordIndex(lower, p) >= 0 {
				return true
			}
		}
	}
	return false
}

// endsOnDemonstrative reports whether a sentence ends on a bare "this",
// "that", "these" or "those" ("There's no evidence of that." says of the
// sentence before it), or, when short, on "it" or "them". A quotation
// that the sentence leads up to speaks of what the sentence told before
// it ("Asked if he would be fine with it, Clyburn said: “No, I'm not
// fine with that.”").
func endsOnDemonstrative(text string) bool {
	text = strings.TrimLeft(text, "\"“‘'( ")
	t := strings.TrimRight(text, "\"”’') ")
	if len(t) < len(text) && strings.LastIndexAny(t, "\"“") > 0 {
		return false
	}
	if t == "" || !strings.ContainsRune(".!?", rune(t[len(t)-1])) {
		return false
	}
	t = strings.TrimRight(t, ".!?")
	k := strings.LastIndexAny(t, " \"“(")
	if k < 0 {
		return false // the sentence is the one word
	}
	switch strings.ToLower(t[k+1:]) {
	case "this", "that", "these", "those":
		return true
	case "it", "them":
		// "The polling shows it.": a short sentence holds no antecedent;
		// a longer one most often does ("… unveil a plan …, but hasn't
		// yet figured out how to pay for it.")
		return len(strings.Fields(t)) <= shortBack
	}
	return false
}

// shortBack is the most words a sentence that ends on "it" or "them" may
// have and still lean on the one before it.
const shortBack = 8

// firstWord returns the lower-cased first word of text, without closing
// quotes, and what follows it from the space or comma that ends it.
func firstWord(text string) (w, rest string) {
	end := strings.IndexAny(text, " ,")
	if end < 0 {
		end = len(text)
	}
	w = strings.ToLower(strings.TrimRight(text[:end], "\"”’'"))
	return strings.ReplaceAll(w, "’", "'"), text[end:]
}

// LastWordIndex returns the index of the last p in s that does not
// continue a word ("above" in "noted above", not in "hereabove"), or -1.
func LastWordIndex(s, p string) int {
	for end := len(s); ; {
		k := strings.LastIndex(s[:end], p)
		if k <= 0 || !isLetter(p[0]) || !isLetter(s[k-1]) {
			return k
		}
		end = k + len(p) - 1
	}
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// sequels are the nouns news uses for an event it has just told of, in a
// sentence that follows it: "The move comes after …", "The vote was 11
// to 0.", "The news came as …". The nouns a story names its topic by (the
// deal, the bill, the plan) are left out: "The deal would give AT&T
// control of HBO" informs alone.
var sequels = map[string]bool{
	"move": true, "decision": true, "announcement": true, "news": true, "statement": true, "remarks": true,
	"comments": true, "vote": true, "ruling": true, "action": true, "step": true, "shift": true,
	"development": true, "tweet": true, "tweets": true,
	"incident": true, "verdict": true, "indictment": true, "resignation": true, "departure": true,
	"firing": true, "arrest": true, "appointment": true, "nomination": true,
	"decisions": true, "moves": true, "votes": true, "rulings": true, "announcements": true,
}

// sequelVerbs follow a sequel noun as its verb: "The move comes …".
var sequelVerbs = map[string]bool{
	"comes": true, "came": true, "follows": true, "followed": true, "marks": true, "marked": true,
	"was": true, "is": true, "were": true, "are": true, "will": true, "would": true, "could": true,
	"may": true, "might": true, "has": true, "had": true, "have": true, "represents": true, "signals": true,
	"means": true, "drew": true, "draws": true, "sparked": true, "prompted": true, "triggered": true,
	"puts": true, "put": true, "sets": true, "capped": true, "caps": true, "ends": true, "ended": true,
	"adds": true, "added": true, "also": true, "now": true, "appears": true, "appeared": true,
	"isn't": true, "wasn't": true, "won't": true,
}

// refersBack reports whether text opens with a sequel noun and its verb:
// "The move comes after …" refers to a move the reader was told of.
func refersBack(text string) bool {
	rest, ok := strings.CutPrefix(text, "The ")
	if !ok {
		return false
	}
	noun, rest := firstWord(rest)
	if !sequels[noun] {
		return false
	}
	verb, _ := firstWord(strings.TrimPrefix(rest, " "))
	return strings.HasPrefix(rest, " ") && sequelVerbs[verb]
}
