package facts

import (
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

// startsQuote reports whether a sentence opens with a quotation mark: the
// words of someone, even when the sentence does not say whose.
func startsQuote(text string) bool {
	return strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“") || strings.HasPrefix(text, "‘") ||
		strings.HasPrefix(text, "'")
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
