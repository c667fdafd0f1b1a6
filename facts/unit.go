package facts

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/segment"
)

// kindTitle marks a unit read from a document's headline.
const kindTitle storybrief.Kind = "title"

// unit is one sentence (or headline) of one document, analysed.
type unit struct {
	doc     int // index of its document
	kind    storybrief.Kind
	span    storybrief.Span
	line    int
	text    string // white space collapsed
	terms   []term // content concepts, sorted by id, one entry per id
	nums    []number
	speaker string // whom the sentence attributes what it says to; "" for the document's own voice
	quoted  bool   // someone else's words: attributed, or a quotation
	hedged  bool   // asks or supposes rather than states ("whether or not", "if")
	contra  bool   // sets one report against another ("flies in the face of")
	denies  bool   // carries a denial or negation at all
	denial  bool   // carries a word of denial ("denied", "refuted", "dismissed claims"), not just a negation
	// rebuts: answers a report or a claim ("denied allegations that …",
	// "denies hiding details", "refuting a Wall Street Journal report",
	// "insists that it will not coordinate"), not just negates what it
	// says
	rebuts bool
	// discredits: calls a claim false in passing ("Trump Repeats False
	// Ukraine Claims", "repeated unfounded claims of fraud")
	discredits bool
	// disowns: denies a link of its own to something ("denies any
	// involvement in his grandfather's death", "denying that he has any
	// ties to the Ku Klux Klan"): what it answers is a claim of that link
	disowns bool
	// links: says someone is linked to something, as an accusation ("is
	// accused of kidnapping", "the maoists were involved")
	links bool
	// periods: the periods the sentence counts over, a year ("In 2012,
	// there were 153 pipeline leaks") or a span ("in less than two
	// years", "by 12 hours"), as "2012" or "2 year"
	periods  []string
	words    int
	eligible bool      // may stand as a fact of its own
	clauses  [][]int   // when the sentence has several clauses: the indexes in terms of each one's concepts
	all      []int     // with clauses: the indexes of all terms
	w        []float32 // weight of each term
	sum      float32   // of all weights
	numSum   float32   // of the weights of numbers
}

// term is one concept of a unit.
type term struct {
	id   int32
	neg  bool // in the scope of a negation or a denial
	firm bool // negated as what is denied, not as its complement ("will not coordinate | military operations")
	// plain: negated by a plain negator ("not", "never", "can't") only,
	// not by a word of denial or as an antonym
	plain bool
	// mixed: both asserted and negated in the sentence ("claims fell last
	// week after a rise", "convicted of rape but acquitted of …"): it
	// opposes nothing
	mixed bool
	// subj: the concept just before it in its clause (-1: none), what a
	// change is of ("unemployment fell", "job growth")
	subj int32
	name bool    // part of a name
	num  bool    // a number
	bg   float32 // the weight of its word in news at large, 1 without a background
}

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

// lexicon is the stemmed form of the word lists.
type lexicon struct {
	stop        map[string]bool
	phraseStart map[string]bool     // first words of phrases
	synonyms    map[string][]string // stem → concept names
}

// lex returns the stemmed lexicon, built once; it is read-only.
var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{stop: set(stopText), synonyms: map[string][]string{}, phraseStart: map[string]bool{}}
	for p := range phrases {
		first, _, _ := strings.Cut(p, " ")
		l.phraseStart[first] = true
	}
	env := snowball.NewEnv("")
	for _, g := range synonymGroups {
		name, words, _ := strings.Cut(g, ":")
		for _, w := range strings.Fields(words) {
			s := stem(env, w)
			if !contains(l.synonyms[s], name) {
				l.synonyms[s] = append(l.synonyms[s], name)
			}
		}
	}
	return l
})

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// stem returns the Porter2 stem of a lower-case word; numbers and short
// words are kept.
func stem(env *snowball.Env, w string) string {
	if len(w) <= 3 || w[0] >= '0' && w[0] <= '9' || strings.ContainsRune(w, '.') {
		return w
	}
	env.SetCurrent(w)
	english.Stem(env)
	return env.Current()
}

// analyzer turns sentences into units. It holds the story's vocabulary and
// a stem cache and is not safe for concurrent use.
type analyzer struct {
	lex    *lexicon
	env    *snowball.Env
	stems  map[string]string
	names  []bool // concept id → used as a name somewhere
	toks   []tok
	spans  []storybrief.Span
	namer  Namer
	scoped []bool
	ids    []string // per word of the sentence: the Namer's entity, if any
	// mentions are the Namer's names in the sentence, and refs what the
	// last sentences of the document named, for pronouns that speak
	mentions []Name
	refs     referents
	lowers   map[string]string // interned lower-case words
	buf      []byte
	bg       Background
	cache    *cache
	locals   map[int32]int32 // global concept id → the story's
	globals  []int32         // the story's concept id → global
	bgw      map[string]float32
}

func newAnalyzer(namer Namer, bg Background, c *cache) *analyzer {
	if c == nil {
		c = newCache()
	}
	return &analyzer{lex: lex(), env: snowball.NewEnv(""), stems: map[string]string{}, locals: map[int32]int32{},
		namer: namer, bg: bg, bgw: map[string]float32{}, cache: c, lowers: map[string]string{}}
}

// Weights of words against a background: a word's inverse document
// frequency in news, relative to a typical content word's, within bounds.
const (
	bgTypical = 5.0
	bgMin     = 0.3
	bgMax     = 1.6
)

// background returns the weight of a stem in news at large.
func (a *analyzer) background(stem string) float32 {
	if a.bg == nil {
		return 1
	}
	if w, ok := a.bgw[stem]; ok {
		return w
	}
	w := float32(min(max(a.bg.IDF(stem)/bgTypical, bgMin), bgMax))
	a.bgw[stem] = w
	return w
}

// tok is one word of a sentence.
type tok struct {
	raw   string // as written, possessive dropped
	low   string // lower case, straight apostrophes
	start int    // byte offsets in the sentence
	end   int
	cap   bool // starts with a capital letter
	upper bool // all capitals (an acronym)
}

func (a *analyzer) stem(w string) string {
	if s, ok := a.stems[w]; ok {
		return s
	}
	s := stem(a.env, w)
	a.stems[w] = s
	return s
}

// Flags of a word, from the lexicon.
const (
	wStop = 1 << iota
	wNegator
	wDenial
	wDismissal
	wScopeEnd
	wPreposition
	wDeterminer
	wLightVerb
	wNumber // a number written in words or a magnitude
	wPhrase // may open a phrase
	wAntonym
)

// word is what the analyzer knows of a lower-case word.
type word struct {
	flags    uint16
	bg       float32
	concepts []int32 // global ids of the concepts it stands for (for an antonym: the concept it negates)
}

// cache holds what the lexicon and the background say of words, whatever
// the story, and numbers the concepts. A Finder made by New keeps one for
// all its calls; it is safe for concurrent use.
type cache struct {
	mu    sync.RWMutex
	words map[string]*word
	ids   map[string]int32 // concept → global id
}

func newCache() *cache {
	return &cache{words: map[string]*word{}, ids: map[string]int32{}}
}

// word returns what the lexicon says of a lower-case word.
func (a *analyzer) word(low string) *word {
	c := a.cache
	c.mu.RLock()
	w := c.words[low]
	c.mu.RUnlock()
	if w != nil {
		return w
	}
	w, names := a.lexWord(low)
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.words[low]; old != nil {
		return old
	}
	for _, n := range names {
		w.concepts = append(w.concepts, c.intern(n))
	}
	c.words[low] = w
	return w
}

// intern returns the global id of a concept; c.mu must be held.
func (c *cache) intern(name string) int32 {
	id, ok := c.ids[name]
	if !ok {
		id = int32(len(c.ids))
		c.ids[name] = id
	}
	return id
}

// global returns the global id of a concept.
func (c *cache) global(name string) int32 {
	c.mu.RLock()
	id, ok := c.ids[name]
	c.mu.RUnlock()
	if ok {
		return id
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.intern(name)
}

// lexWord computes what the lexicon says of a word, and the names of its
// concepts.
func (a *analyzer) lexWord(low string) (*word, []string) {
	w := &word{}
	set := func(f uint16, ok bool) {
		if ok {
			w.flags |= f
		}
	}
	set(wStop, len(low) < 2 || a.lex.stop[low])
	set(wNegator, isNegator(low))
	set(wDenial, denials[low])
	set(wDismissal, dismissals[low])
	set(wScopeEnd, scopeEnds[low])
	set(wPreposition, prepositions[low])
	set(wDeterminer, determiners[low])
	set(wLightVerb, lightVerbs[low])
	set(wNumber, numberWords[low] > 0 || magnitudes[low] > 0 || isNumeric(low) || isClock(low))
	set(wPhrase, a.lex.phraseStart[low])
	if w.flags&(wStop|wNumber) != 0 {
		return w, nil
	}
	st := a.stem(low)
	w.bg = a.background(st)
	if c, ok := antonyms[low]; ok {
		w.flags |= wAntonym
		return w, []string{c}
	}
	if cs := a.concepts(low); cs != nil {
		return w, cs
	}
	return w, []string{st}
}

// local returns the story's id of a concept's global id.
func (a *analyzer) local(global int32) int32 {
	id, ok := a.locals[global]
	if !ok {
		id = int32(len(a.globals))
		a.locals[global] = id
		a.globals = append(a.globals, global)
		a.names = append(a.names, false)
	}
	return id
}

// id returns the story's id of a concept name.
func (a *analyzer) id(name string) int32 { return a.local(a.cache.global(name)) }

// concepts returns the concept names a content word stands for.
func (a *analyzer) concepts(low string) []string {
	s := a.stem(low)
	if c, ok := a.lex.synonyms[s]; ok {
		return c
	}
	if c, ok := a.lex.synonyms[low]; ok {
		return c
	}
	return nil
}

// tokenize splits text into words: segment's word tokens, hyphenated words
// cut into their parts, possessives dropped.
func (a *analyzer) tokenize(text string) []tok {
	a.spans = segment.AppendWords(a.spans[:0], text)
	toks := a.toks[:0]
	for _, sp := range a.spans {
		w := text[sp.Start:sp.End]
		start := sp.Start
		for len(w) > 0 {
			part := w
			if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
				part = w[:i]
			}
			toks = append(toks, a.makeTok(part, start))
			start += len(part) + 1
			if len(part) >= len(w) {
				break
			}
			w = w[len(part)+1:]
		}
	}
	a.toks = toks
	return toks
}

func (a *analyzer) makeTok(w string, start int) tok {
	t := tok{start: start, end: start + len(w)}
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	t.raw = w
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	t.upper = t.cap && len(w) >= 2 && !hasLower(w)
	t.low = a.lower(w)
	if t.low == "us" && t.upper {
		t.low = "u.s."
	}
	return t
}

// hasLower reports whether w has a lower-case letter.
func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// lower returns w in lower case with straight apostrophes, w itself when
// it is already so, else an interned copy.
func (a *analyzer) lower(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	a.buf = a.buf[:0]
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		a.buf = utf8.AppendRune(a.buf, unicode.ToLower(r))
	}
	if l, ok := a.lowers[string(a.buf)]; ok {
		return l
	}
	l := string(a.buf)
	a.lowers[l] = l
	return l
}

// analyze reads one sentence.
func (a *analyzer) analyze(u *unit, d *storybrief.Document, speaker string) {
	text := u.text
	toks := a.tokenize(text)
	u.words = len(a.spans)
	for _, t := range toks {
		if contraWords[t.low] {
			lowText := strings.ToLower(text)
			for _, c := range contradictions {
				if at := strings.Index(lowText, c); at >= 0 && !againstRule(lowText[at+len(c):]) {
					u.contra = true
					break
				}
			}
			break
		}
	}
	a.mentions = a.mentions[:0]
	names := a.nameSet(d, u, toks)
	who, skipFrom, skipTo := attribution(text, toks)
	// "The Justice Department announced that it is siding with …": the
	// speaker is also who acts, and its entity part of what is said. A
	// person who says "he was unaware of any cooperation" stays out of it:
	// denials by several officials are one side.
	acts := skipTo > skipFrom && actsToo(toks, skipTo-1) && !a.personIn(u, toks, skipFrom, skipTo)
	if speaker == "" && who != "" {
		who = a.resolve(u, who, toks, skipFrom)
	}
	defer a.remember(u, toks)
	// Negation scopes: a negator covers the next three content words up to
	// a preposition ("will not coordinate military operations | with
	// Iran"), a denial the next five of its clause ("denials of any
	// coordination"); punctuation and clause words end both. Words in an
	// aside (", which …,", "(…)") weigh half: they describe, they do not
	// state the fact.
	var left, strong, clause int
	norVerb := -1 // the verb that "neither … nor …" negates
	var denial, aside, hasNum bool
	var raw []term
	var rawClause []int
	tokClause := make([]int, len(toks))
	addTerm := func(id int32, neg, firm, plain, isName, isNum bool, bg float32) {
		subj := int32(-1)
		if k := len(raw) - 1; k >= 0 && rawClause[k] == clause && raw[k].id != id {
			subj = raw[k].id
		}
		raw = append(raw, term{id: id, neg: neg, firm: firm, plain: plain, subj: subj, name: isName, num: isNum, bg: bg})
		rawClause = append(rawClause, clause)
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > 0 && t.start-toks[i-1].end > 0 && !(t.start-toks[i-1].end == 1 && text[t.start-1] == ' ') {
			gap := text[toks[i-1].end:t.start]
			if breaksScope(text, toks[i-1].end, t.start) {
				if denial && t.low == "that" && claimBefore(toks, i, 3) && strings.ContainsAny(gap, ",—–-") {
					// "denies the most serious allegation facing him –
					// that he made an unwanted advance": what follows
					// spells out what is denied
					left, strong = 8, 5
				} else {
					left = 0
				}
				aside = false
				comma := strings.IndexByte(gap, ',') >= 0
				if strings.IndexByte(gap, '(') >= 0 || comma && asides[t.low] {
					aside = true
				}
				if strings.ContainsAny(gap, ";:—–") || comma && clauseStarts[t.low] {
					clause++
				}
			}
		}
		tokClause[i] = clause
		low := t.low
		if i == norVerb && left == 0 {
			left, strong, denial = 3, 1, false // "neither the king nor the crown prince had knowledge"
		}
		u.discredits = u.discredits || discredits(toks, i)
		u.links = u.links || linking(low)
		w := a.word(low)
		hasNum = hasNum || w.flags&wNumber != 0
		// phrases of two or three words
		if w.flags&wPhrase != 0 && i+1 < len(toks) {
			if rep, n := a.phrase(toks, i); n > 0 {
				i += n - 1
				low = rep
				if low == "deny" {
					if negatedBefore(toks, i-n+1) {
						left = 0 // "doesn't rule out": neither asserts nor denies
						continue
					}
					left, strong, denial = 5, 5, true
					u.denies, u.denial = true, true
					continue
				}
				w = a.word(low)
			}
		}
		if low == "nor" && norVerb < 0 && neitherBefore(toks, i) {
			// "neither France nor the United Nations had taken part": the
			// negation is of the verb after the last of those it names
			// ("neither fair nor legal" negates what follows "nor")
			if v := verbAfter(toks, i); v > 0 {
				norVerb, left = v, 0
				u.denies = true
				continue
			}
		}
		switch {
		case w.flags&wNegator != 0 && !notNegation(text, toks, i):
			if left == 0 || !denial {
				left, strong, denial = 3, 1, false
				switch {
				case w.flags&wDeterminer != 0:
					// "no military cooperation", "without full protective
					// gear": what a determiner negates is negated, but it
					// opposes nothing, as outlets word one fact with and
					// without it ("sent workers without gear", "workers
					// didn't have proper gear")
					left, strong = 3, 0
					if i+2 < len(toks) && evidence[toks[i+1].low] && (toks[i+2].low == "that" || toks[i+2].low == "of") {
						// "found no evidence that our internal systems
						// have been compromised": what there is no sign
						// of is negated too
						left = 6
					}
				case permission(toks, i):
					// "Trump cannot block critics" rules on what may be
					// done; "he violated the law by blocking them" does not
					// contradict it
					strong = 0
				case i+1 < len(toks) && lightVerbs[toks[i+1].low]:
					strong = 2 // "didn't have proper gear"
				}
				// "The administration insists that it will not
				// coordinate …", "argues the president did not abuse his
				// power": a negation someone insists on answers a claim
				u.rebuts = u.rebuts || strong > 0 && insisted(toks, i)
			}
			u.denies = true
			continue
		case (w.flags&wDenial != 0 || w.flags&wDismissal != 0 && dismissesClaim(toks, i)) && negatedBefore(toks, i):
			left = 0 // "did not deny", "refused to dismiss the claims": neither asserts nor denies
			continue
		case (w.flags&wDenial != 0 && !deniesThing(toks, i) && !quarrel(toks, i) || w.flags&wDismissal != 0 && dismissesClaim(toks, i)) && !ruling(text, toks, i):
			left, strong, denial = 5, 5, true
			if aside || hyphenated(text, toks, i) || i > 0 && strings.HasSuffix(low, "ed") && describers[toks[i-1].low] {
				// "McCain, who has disputed the administration's
				// insistence …", "a long-disputed practice": a denial
				// that describes opposes nothing
				strong = 0
			}
			u.denies, u.denial = true, true
			u.rebuts = u.rebuts || strong > 0 && answersClaim(toks, i)
			u.disowns = u.disowns || strong > 0 && disowned(toks, i)
			continue
		case w.flags&wScopeEnd != 0:
			left = 0
			continue
		case (low == "or" || low == "nor") && left > 0:
			// "will not coordinate military operations or intelligence sharing"
			left, strong = max(left, 2), max(strong, 1)
			continue
		case denial && low == "by" && (i > 0 && denials[toks[i-1].low] || i+1 < len(toks) && strings.HasSuffix(toks[i+1].low, "ing")):
			// "an assertion disputed by first lady Michelle Obama": who
			// denies, not what; "dismisses claims that megalodon is still
			// alive by determining a date of extinction": how, not what
			left = 0
			continue
		case denial && i > 0 && claims[toks[i-1].low] && (settingPreps[low] || low == "on" && i+1 < len(toks) && (weekdays[toks[i+1].low] || months[toks[i+1].low])):
			// "forcefully denying the allegations at a judiciary committee
			// hearing last week": where and when it was denied, not what
			left = 0
			continue
		case !denial && w.flags&wPreposition != 0:
			if low == "of" && i > 0 && partitives[toks[i-1].low] && left > 0 {
				// "none of the story is factually true": what is
				// negated is said after what it is of
				left = max(left, 4)
				continue
			}
			left = 0
		}
		isName := names[i]
		framed := i >= skipFrom && i < skipTo
		if w.flags&(wStop|wNumber) != 0 || framed && !(acts && isName) {
			continue
		}
		if isName && len(a.ids) > i && a.ids[i] != "" && (i == 0 || a.ids[i-1] != a.ids[i]) {
			// the entity, once per mention, besides the words of its name:
			// "Kerry" and "Secretary of State John Kerry" meet on it
			addTerm(a.id("@"+a.ids[i]), false, false, false, true, false, 0.5)
		}
		if framed && len(a.ids) > i && a.ids[i] != "" {
			continue // a speaker who also acts weighs as the entity only
		}
		neg := left > 0 && !isName
		firm := neg && strong > 0
		if neg {
			left--
			strong--
		}
		bg := w.bg
		if aside || framed {
			bg /= 2
		}
		if w.flags&wAntonym != 0 && refusals[low] && i+1 < len(toks) && toks[i+1].low == "to" && !decreases(toks, i) {
			continue // "declined to discuss": a refusal, no decline
		}
		if (truthAdverbs[low] || truthAdjectives[low]) && a.truthInPassing(text, toks, i) {
			continue // "its true fan base", "fake news websites", "accurately guess": no statement called true or false
		}
		if w.flags&wAntonym != 0 && postures[low] && i+1 < len(toks) && postureAfter[toks[i+1].low] {
			continue // "lying in the street", "lay unconscious": no lie
		}
		if low == "truth" && (i > 0 && toks[i-1].low == "in" || i+1 < len(toks) && truthCompounds[toks[i+1].low]) {
			continue // "but in truth was set up as a sting": "in fact"; "a truth teller": a kind of person
		}
		// "hide the truth from the public" tells of deceit, as "misleading
		// the public" does: truth negated, as by an antonym
		if w.flags&wAntonym != 0 || low == "truth" && concealed(toks, i) {
			// an antonym is no plain negation
			addTerm(a.local(w.concepts[0]), !neg, !neg, false, isName, false, bg)
			u.denies = u.denies || !neg
			continue
		}
		for _, c := range w.concepts {
			addTerm(a.local(c), neg, firm, neg && !denial, isName, false, bg)
		}
	}
	if hasNum {
		u.nums = a.numbers(text, toks)
		shareOf(u.nums, toks)
		u.periods = periods(u.nums, toks)
	}
	for _, n := range u.nums {
		clause = tokClause[n.tok]
		name := "#" + strconv.FormatFloat(n.value, 'g', -1, 64)
		if n.clock {
			// two times of day in one hour speak of one moment ("around
			// 1:51 p.m.", "around 1:30 p.m.")
			name = "#" + strconv.Itoa(int(n.value)/60) + "h"
		}
		addTerm(a.id(name), false, false, false, false, true, bgMax)
	}
	u.terms = dedupTerms(append([]term(nil), raw...))
	u.clauses = clauses(u.terms, raw, rawClause)
	if u.clauses != nil {
		u.all = make([]int, len(u.terms))
		for i := range u.all {
			u.all[i] = i
		}
	}
	for _, t := range u.terms {
		if t.name {
			a.names[t.id] = true
		}
	}
	u.speaker = speaker
	if u.speaker == "" {
		u.speaker = who
	}
	u.quoted = u.speaker != "" || startsQuote(text)
	for k, t := range toks {
		if t.low == "whether" || k == 0 && (t.low == "if" || t.low == "perhaps") {
			u.hedged = true
			break
		}
	}
}

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

// personKinds are the kinds of people a whole is counted in by parts.
var personKinds = set(`adult adults child children kid kids teen teens teenager teenagers boy boys girl girls
man men woman women infant infants baby babies toddler toddlers student students journalist journalists
reporter reporters officer officers soldier soldiers civilian civilians firefighter firefighters
passenger passengers crew crewmembers`)

// settingPreps open a phrase of where or when after what a denial names:
// "denied the allegations at a hearing", "denied the charges during
// questioning"; so does "on" before a day ("on Friday"). Not "in" or
// "on" before anything else, which name where the claims were made or
// what they are about: "denied allegations in an Al-Jazeera report that
// …", "denies New York Times report on his tax returns".
var settingPreps = set(`at during before after`)

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

// predicateOpeners are modals, forms of "do" and verbs of knowing: words
// that open the predicate of a subject named before them.
var predicateOpeners = set(`will would can could should may might must did does do knew know knows`)

// startsQuote reports whether a sentence opens with a quotation mark: the
// words of someone, even when the sentence does not say whose.
func startsQuote(text string) bool {
	return strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“") || strings.HasPrefix(text, "‘") ||
		strings.HasPrefix(text, "'")
}

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

// breaksScope reports whether the text between two words ends a negation
// scope: a comma, a colon, a semicolon, a dash or a parenthesis.
func breaksScope(text string, from, to int) bool {
	if from >= to || to > len(text) {
		return false
	}
	for i := from; i < to; i++ {
		switch text[i] {
		case ',', ';', ':', '(', ')', '[', ']':
			return true
		case 0xE2: // — or –
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x94 || text[i+2] == 0x93) {
				return true
			}
		}
	}
	return false
}

// phrase returns the replacement of the phrase that starts at toks[i] and
// its length in words, or 0.
func (a *analyzer) phrase(toks []tok, i int) (string, int) {
	if i+2 < len(toks) {
		if r, ok := phrases[toks[i].low+" "+toks[i+1].low+" "+toks[i+2].low]; ok {
			return r, 3
		}
	}
	if r, ok := phrases[toks[i].low+" "+toks[i+1].low]; ok {
		return r, 2
	}
	return "", 0
}

// minClause is the fewest concepts a clause needs to be compared alone.
const minClause = 2

// clauses returns, for a sentence of several clauses, the indexes in terms
// (sorted, deduplicated) of each clause's concepts; nil for one clause.
func clauses(terms, raw []term, rawClause []int) [][]int {
	if len(rawClause) == 0 || rawClause[len(rawClause)-1] == rawClause[0] {
		return nil
	}
	var out [][]int
	for c := rawClause[0]; c <= rawClause[len(rawClause)-1]; c++ {
		var idx []int
		for k, t := range raw {
			if rawClause[k] != c {
				continue
			}
			i := sort.Search(len(terms), func(x int) bool { return terms[x].id >= t.id })
			if i < len(terms) && !containsIndex(idx, i) {
				idx = append(idx, i)
			}
		}
		if len(idx) >= minClause {
			sort.Ints(idx)
			out = append(out, idx)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

func containsIndex(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// dedupTerms sorts terms by id and merges repeats: a concept is negated if
// any of its mentions is, a name if any mention is.
func dedupTerms(ts []term) []term {
	if len(ts) < 2 {
		return ts
	}
	sortTerms(ts)
	out := ts[:1]
	for _, t := range ts[1:] {
		last := &out[len(out)-1]
		if t.id == last.id {
			last.mixed = last.mixed || t.mixed || last.neg != t.neg
			if last.subj < 0 {
				last.subj = t.subj
			}
			last.firm = last.neg && t.neg && (last.firm || t.firm)
			last.plain = last.neg && t.neg && last.plain && t.plain
			last.neg = last.neg && t.neg // asserted anywhere: asserted
			last.name = last.name || t.name
			last.bg = max(last.bg, t.bg)
			continue
		}
		out = append(out, t)
	}
	return out
}

func sortTerms(ts []term) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].id < ts[j-1].id; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// nameSet marks the words of a sentence that are part of names:
// capitalized words that are not the first word of the sentence (nor title
// case throughout, as in a headline), and the Namer's mentions, whose
// entities it notes in a.ids.
func (a *analyzer) nameSet(d *storybrief.Document, u *unit, toks []tok) []bool {
	if cap(a.scoped) < len(toks) {
		a.scoped = make([]bool, len(toks))
	}
	names := a.scoped[:len(toks)]
	clear(names)
	a.ids = a.ids[:0]
	caps := 0
	for _, t := range toks {
		if t.cap {
			caps++
		}
	}
	headline := u.kind == kindTitle || caps*10 >= len(toks)*7
	for i, t := range toks {
		switch {
		case t.upper && len(t.low) >= 2 && !isNumeric(t.low):
			names[i] = true
		case t.cap && i > 0 && !headline && !a.lex.stop[t.low]:
			names[i] = true
		}
	}
	if a.namer != nil {
		a.ids = append(a.ids, make([]string, len(toks))...)
		a.mentions = append(a.mentions[:0], a.namer.Names(d, u.span)...)
		for _, m := range a.mentions {
			for i, t := range toks {
				off := u.span.Start + t.start
				if off >= m.Start && off < m.End {
					names[i] = true
					a.ids[i] = m.ID
				}
			}
		}
	}
	return names
}

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
			// a time that a colon sets before nothing is an entry's stamp
			// ("The Latest on … (all times local): 9:15 a.m."), not when
			// what the sentence tells happened
			n.year = !clock || last == len(toks)-1 && i > 0 && strings.Contains(text[toks[i-1].end:toks[i].start], ":") ||
				last+1 < len(toks) && strings.HasPrefix(strings.TrimSpace(text[toks[last].end:toks[last+1].start]), ":") || // "update at 6:50 p.m.: the police …"
				clockLabel(text, toks, i) || speakerStamp(text, toks, i, last)
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

// appendConcepts appends to out the concepts of word w (lower case): its
// synonym groups' concepts, or its stem.
func (a *analyzer) appendConcepts(out []int32, w string) []int32 {
	if cs := a.concepts(w); cs != nil {
		for _, c := range cs {
			out = append(out, a.id(c))
		}
		return out
	}
	return append(out, a.id(a.stem(w)))
}

// appendUnit appends to out what word w says a figure counts: its
// concepts, or the word without its plural ending. Not its stem, which
// joins "villagers" and "villages" ("nearly 800 villagers" against "two
// villages").
func (a *analyzer) appendUnit(out []int32, w string) []int32 {
	if cs := a.concepts(w); cs != nil {
		return a.appendConcepts(out, w)
	}
	return append(out, a.id("%"+singular(w)))
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

// months name months and their abbreviations: the number after one is a day.
var months = set(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`)

// personIn reports whether words [from, to) of u name a person.
func (a *analyzer) personIn(u *unit, toks []tok, from, to int) bool {
	for _, m := range a.mentions {
		off := m.Start - u.span.Start
		if m.Type == storybrief.Person && off >= toks[from].start && off < toks[to-1].end {
			return true
		}
	}
	return false
}
