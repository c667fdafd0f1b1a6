package segment

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
)

// Sentences returns the sentences of text, a paragraph or a whole article,
// as byte offsets into text, in order. Each span is trimmed of white space
// at both ends; spans do not overlap, and every byte of text that is not
// white space belongs to exactly one of them. Text that is not valid UTF-8
// is split all the same: an invalid byte counts as a character that is not
// space. Sentences is safe for concurrent use.
func Sentences(text string) []storybrief.Span {
	return AppendSentences(nil, text)
}

// AppendSentences appends the sentences of text, as Sentences returns them,
// to dst and returns the extended slice.
func AppendSentences(dst []storybrief.Span, text string) []storybrief.Span {
	s := splitter{text: text, dst: dst, wrapped: hardWrapped(text), lastCand: -1}
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == '?' && strings.HasSuffix(text[:i], mojibakeQuote):
			i++ // the mojibake of a closing quote: over�? for some time
		case c == '.' || c == '?' || c == '!':
			i = s.terminal(i)
		case c == '\n':
			i = s.newline(i)
		case c == '"':
			s.dq++
			i++
		case c == '\'':
			if (s.freeStanding(i, 1) && !s.spacedApostrophe(i)) || s.opensWord(i) {
				s.sq++
			}
			i++
		case c < utf8.RuneSelf:
			i++
		case strings.HasPrefix(text[i:], "…"):
			i = s.terminal(i)
		default:
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
	}
	s.cut(len(text), false)
	return s.dst
}

// mojibakeQuote and a question mark are what text decoded with the wrong
// charset shows for a closing quote (”).
const mojibakeQuote = "\ufffd"

// splitter holds the state of one pass over a text.
type splitter struct {
	text      string
	dst       []storybrief.Span
	wrapped   bool // the text is hard-wrapped: a single newline is a space
	start     int  // where the current sentence began
	lineStart int  // where the current line began
	dq, sq    int  // straight double quotes, free-standing single quotes since start
	lastCand  int  // where the last weighed sentence end stopped, closers included
	lower     int8 // whether the text is lower-cased: 0 not known yet, 1 yes, -1 no
}

// cut ends the current sentence at end. A quotation left open carries over
// to the next sentence after sentence end punctuation (`" We lost. We will be
// back, " he said.`), not after a paragraph break.
func (s *splitter) cut(end int, carry bool) {
	t := s.text
	a, b := s.start, end
	for a < b {
		sp, size := spaceAt(t, a)
		if !sp {
			break
		}
		a += size
	}
	for b > a {
		sp, size := spaceBefore(t, b)
		if !sp {
			break
		}
		b -= size
	}
	if a < b {
		s.dst = append(s.dst, storybrief.Span{Start: a, End: b})
	}
	s.start = end
	if carry {
		s.dq, s.sq = s.dq%2, s.sq%2
	} else {
		s.dq, s.sq = 0, 0
	}
}

// terminal weighs the sentence end punctuation at i (. ? ! …) and returns
// where scanning goes on.
func (s *splitter) terminal(i int) int {
	t := s.text
	j, ell, qe := s.run(i)
	// Closers attached to the run: ." .) ?" .’
	k, quoted, ndq := j, false, 0
	for k < len(t) {
		c := t[k]
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				ndq++
				quoted = true
			case '\'':
				quoted = true
			case ')', ']', '}', '.':
			case '?', '!':
				qe = true
			default:
				goto closed
			}
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[k:])
		switch {
		case r == '”' || r == '’' || r == '»' || r == '›':
			quoted = true
		case strings.HasPrefix(t[k:], mojibakeQuote+"?"):
			quoted = true
			size++
		case r == '…':
		default:
			goto closed
		}
		k += size
	}
closed:
	if k < len(t) {
		if sp, _ := spaceAt(t, k); !sp {
			// Inside a token: U.S, 3.5, cnn.com, Iran…as. But an ellipsis
			// glued to a sentence starter ends a sentence: Hamas…They're.
			if ell && k == j && isUpperByte(t[k]) && s.starter(s.follower(k), false) {
				s.lastCand = k
				s.cut(k, true)
				return k
			}
			// And a period between two words lost the space after it:
			// "found dead inside the home.detectives don't suspect".
			if k == i+1 && s.lostSpace(i) {
				s.lastCand = k
				s.cut(k, true)
				return k
			}
			return j
		}
	}
	g, nl := s.skipSpace(k)
	// Closers standing free on the same line, as Multi-News detokenizes
	// them: `said. " The` when the quote closes, `… ) The`.
	nsq, freeClosed := 0, false
	for n := 0; n < 3 && nl == 0 && g < len(t); n++ {
		size, quote := s.freeCloser(g, s.dq+ndq, s.sq+nsq)
		if size == 0 {
			break
		}
		switch t[g] {
		case '"':
			ndq++
		case '\'':
			nsq++
		}
		quoted = quoted || quote
		freeClosed = true
		k = g + size
		g, nl = s.skipSpace(k)
	}
	s.dq += ndq
	s.sq += nsq
	s.lastCand = k
	if g == len(t) {
		return k
	}
	if nl >= 2 {
		s.cut(k, false)
	} else if s.ends(i, g, nl, ell, qe, quoted, freeClosed) {
		s.cut(k, true)
	}
	return k
}

// lostSpace reports whether the period at i joins two words that a lost
// space or line break kept apart, as scraped text often has them
// ("home.detectives", "said.The"): a word of two letters or more that is
// no abbreviation, then one of two letters or more, in a token that is
// no address (a slash, an @, www, or a last part such as com, html or
// jpg) and no dotted name (a third part: espn.go.com).
func (s *splitter) lostSpace(i int) bool {
	t := s.text
	a := i
	for a > s.start && isASCIILetter(t[a-1]) {
		a--
	}
	b := i + 1
	for b < len(t) && isASCIILetter(t[b]) {
		b++
	}
	if i-a < 2 || b-(i+1) < 2 || (b < len(t) && (t[b] == '.' || t[b] == '/' || t[b] == '@' || t[b] == '-' || isDigit(t[b]))) {
		return false
	}
	if a > 0 {
		if sp, _ := spaceBefore(t, a); !sp && !strings.ContainsRune("\"'(“‘[", rune(t[a-1])) {
			return false // the token goes on before the word: www.cnn, 3d.the
		}
	}
	return !strings.EqualFold(t[a:i], "www") && !addressParts[strings.ToLower(t[i+1:b])] && classify(t[a:i]) == plain
}

// addressParts are the last parts of web addresses and file names, less
// those that are common words ("japan.in 2011", "said.it was").
var addressParts = map[string]bool{
	"com": true, "org": true, "net": true, "gov": true, "edu": true, "mil": true, "int": true,
	"co": true, "uk": true, "ca": true, "au": true, "de": true, "fr": true, "nl": true, "ru": true,
	"cn": true, "jp": true, "ie": true, "nz": true, "ch": true, "gl": true, "io": true, "ly": true,
	"tv": true, "fm": true, "info": true, "biz": true, "html": true, "htm": true, "shtml": true,
	"php": true, "asp": true, "aspx": true, "jsp": true, "cgi": true, "jpg": true, "jpeg": true,
	"png": true, "gif": true, "svg": true, "swf": true, "pdf": true, "doc": true, "docx": true,
	"xls": true, "mov": true, "js": true, "css": true, "xml": true,
	"rss": true, "txt": true, "zip": true, "exe": true,
}

// run returns the end of the run of sentence end punctuation at i, and
// whether it is an ellipsis (.. … . . .) and holds ? or !.
func (s *splitter) run(i int) (j int, ell, qe bool) {
	t := s.text
	dots := 0
	for j = i; j < len(t); {
		switch c := t[j]; {
		case c == '.':
			dots++
			j++
			if j+1 < len(t) && t[j] == ' ' && t[j+1] == '.' { // . . .
				j++
			}
		case c == '?' || c == '!':
			qe = true
			j++
		case strings.HasPrefix(t[j:], "…"):
			ell = true
			j += len("…")
		default:
			return j, ell || dots > 1, qe
		}
	}
	return j, ell || dots > 1, qe
}

// freeCloser returns the size of a closing quote or bracket standing free at
// g, and whether it is a quote; 0 if there is none. Straight quotes close
// when an odd number of them opened in the sentence.
func (s *splitter) freeCloser(g, dq, sq int) (int, bool) {
	t := s.text
	switch t[g] {
	case '"':
		if dq%2 == 1 && s.freeStanding(g, 1) {
			return 1, true
		}
	case '\'':
		if sq%2 == 1 && s.freeStanding(g, 1) && !s.spacedApostrophe(g) {
			return 1, true
		}
	case ')', ']':
		if s.freeStanding(g, 1) {
			return 1, false
		}
	default:
		if t[g] < utf8.RuneSelf {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(t[g:])
		if (r == '”' || r == '’') && s.freeStanding(g, size) {
			return size, true
		}
	}
	return 0, false
}

// freeStanding reports whether the size bytes at i stand between white space
// (or the ends of the text).
func (s *splitter) freeStanding(i, size int) bool {
	t := s.text
	if i > 0 {
		if sp, _ := spaceBefore(t, i); !sp {
			return false
		}
	}
	if i+size < len(t) {
		if sp, _ := spaceAt(t, i+size); !sp {
			return false
		}
	}
	return true
}

// spacedApostrophe reports whether the free-standing single quote at i is
// the apostrophe of a contraction that detokenized text spaced out: i ' m,
// we ' ll, don ' t.
func (s *splitter) spacedApostrophe(i int) bool {
	t := s.text
	p := i + 1
	for p < len(t) && t[p] == ' ' {
		p++
	}
	q := p
	for q < len(t) && q-p < 3 && t[q] >= 'a' && t[q] <= 'z' {
		q++
	}
	if q < len(t) && isASCIILetter(t[q]) {
		return false
	}
	switch t[p:q] {
	case "m", "s", "d", "t", "ll", "re", "ve":
		return true
	}
	return false
}

// opensWord reports whether the single quote at i opens a word: 'trainwreck.
func (s *splitter) opensWord(i int) bool {
	t := s.text
	if i+1 >= len(t) || !(isASCIILetter(t[i+1]) || t[i+1] >= utf8.RuneSelf) {
		return false
	}
	if i == 0 {
		return true
	}
	sp, _ := spaceBefore(t, i)
	return sp || t[i-1] == '"' || t[i-1] == '('
}

// skipSpace returns the first byte at or after i that is not white space,
// and the number of newlines it passed.
func (s *splitter) skipSpace(i int) (g, nl int) {
	t := s.text
	for g = i; g < len(t); {
		c := t[g]
		if c == '\n' {
			nl++
			g++
			continue
		}
		sp, size := spaceAt(t, g)
		if !sp {
			break
		}
		g += size
	}
	return g, nl
}

// end is a possible sentence end: punctuation at i, the word after it at g.
type end struct {
	i, g       int
	nx         follower // the word at g
	broken     bool     // a single line break follows, and lines are not hard-wrapped
	quoted     bool     // a closing quote follows the punctuation
	freeClosed bool     // a closer stands free after it: `futile. " cambridge`
}

// ends decides whether the sentence ends after the punctuation at i, given
// the word that follows at g and the newlines between.
func (s *splitter) ends(i, g, nl int, ell, qe, quoted, freeClosed bool) bool {
	e := end{i: i, g: g, nx: s.follower(g), broken: nl > 0 && !s.wrapped, quoted: quoted, freeClosed: freeClosed}
	switch {
	case qe:
		return s.endsQuestion(e)
	case ell:
		return s.endsEllipsis(e)
	}
	return s.endsPeriod(e)
}

// endsQuestion decides after ? and !.
func (s *splitter) endsQuestion(e end) bool {
	nx := e.nx
	if w, _ := s.wordBefore(e.i); s.text[e.i] == '!' && brands[lowerKey(w)] && !s.starter(nx, false) {
		return e.broken // Yahoo! News, E! News
	}
	switch {
	case nx.kind == lower && !(nx.opener && nx.free):
		// "Why?" he asked. But lower-cased text starts sentences in lower
		// case: `find out? from thousands of documents`.
		return e.broken || (!e.quoted && s.lowercased())
	case nx.kind == upper:
		return !(e.quoted && s.attribution(nx.pos))
	case nx.kind == other && !e.quoted && s.dashThenLower(e.g):
		return e.broken // join through — what else? — a process
	}
	return true
}

// endsEllipsis decides after … mid-sentence or at its end.
func (s *splitter) endsEllipsis(e end) bool {
	switch nx := e.nx; nx.kind {
	case lower:
		return e.broken
	case upper:
		// Lower-cased text capitalized after every ellipsis that its
		// splitter took for an end: `breast cancer... And uses`.
		if s.lowercased() && !s.starter(nx, false) {
			return e.broken
		}
		return !(e.quoted && s.attribution(nx.pos))
	case digit:
		return false
	}
	return e.broken
}

// endsPeriod decides after a period, by the word it ends.
func (s *splitter) endsPeriod(e end) bool {
	nx := e.nx
	w, ws := s.wordBefore(e.i)
	cls := classify(w)
	if cls == plain && casedState(w) && s.lowercased() {
		cls = state // farmville, va. ( ap ): lower-cased text lost the capital
	}
	if cls == plain && len(w) <= 3 && allDigits(w) && (s.enumerates(ws) || s.continuesList(w, ws)) {
		cls = listMark // 1. at the head of a line or sentence: a numbered list
	}
	if e.quoted && (cls == final || cls == initial) {
		cls = plain // a closing quote after U.S." ends the sentence
	}
	switch cls {
	case title, nosplit, listMark:
		return false
	case state: // Sanford, Fla. Authorities say …
		if nx.kind == upper && !nx.opener && !nx.initial && !s.titleCase(ws) {
			return true
		}
		cls = final
	case numeric: // No. 5
		if nx.kind == digit || nx.hash {
			return false
		}
		cls = plain
	}
	if cls == plain {
		if nx.opener {
			return true
		}
		switch nx.kind {
		case lower:
			// A closer standing free before a lower-case word is Multi-News
			// text, lower-cased after the quote: `futile. " cambridge`.
			return e.broken || e.freeClosed
		case upper:
			return !(e.quoted && s.attribution(nx.pos))
		case other:
			return !s.symbolsOnly(e.g)
		}
		return true
	}
	// U.S., Inc., Jr., Nov., F.: a sentence starter must follow.
	switch {
	case nx.initial:
		return false // J. R. R. Tolkien
	case nx.opener && nx.kind != digit:
		return e.broken || s.starter(nx, nx.free)
	case nx.kind == upper && s.timeHeader(w, ws):
		return true // ___ 10:42 p.m. Tim Kaine has answered …
	case nx.kind == upper && s.timeThenSubject(w, ws, nx):
		return true // … just after 8 p.m. Witnesses said …
	case nx.kind == lower || nx.kind == digit:
		return false
	case e.broken:
		return true
	}
	return nx.kind == upper && s.starter(nx, false) && !s.titleCase(ws)
}

// kind is the kind of the first character of a word.
type kind uint8

const (
	none  kind = iota // no word: the end of the text, or punctuation
	lower             // a lower-case letter
	upper             // an upper-case or uncased letter
	digit             // a digit
	other             // a symbol: $ — • emoji
)

// follower is the word after a possible sentence end.
type follower struct {
	pos     int    // where the word starts, after any opening quotes or brackets
	alpha   string // its leading letters
	kind    kind
	opener  bool // a quote or bracket opens before it
	free    bool // the opener stands free: `" we are`
	initial bool // the word is a single letter and a period: J. R. R.
	hash    bool // the word starts with # (No. #1)
}

// follower returns the word that starts at g.
func (s *splitter) follower(g int) follower {
	t := s.text
	nx := follower{pos: g}
	p := g
	for n := 0; n < 3 && p < len(t); n++ {
		size := opener(t, p)
		if size == 0 {
			break
		}
		nx.opener = true
		p += size
		if p < len(t) && (t[p] == ' ' || t[p] == '\t') {
			nx.free = true
			for p < len(t) && (t[p] == ' ' || t[p] == '\t') {
				p++
			}
		}
	}
	nx.pos = p
	if p >= len(t) {
		return nx
	}
	c := t[p]
	switch {
	case c >= 'a' && c <= 'z':
		nx.kind = lower
	case c >= 'A' && c <= 'Z':
		nx.kind = upper
	case isDigit(c):
		nx.kind = digit
	case c == '#':
		nx.kind, nx.hash = other, true
	case c < utf8.RuneSelf:
		nx.kind = other
	default:
		r, _ := utf8.DecodeRuneInString(t[p:])
		switch {
		case unicode.IsLower(r):
			nx.kind = lower
		case unicode.IsLetter(r):
			nx.kind = upper
		case unicode.IsDigit(r):
			nx.kind = digit
		default:
			nx.kind = other
		}
	}
	q := p
	for q < len(t) && q-p < 20 && isASCIILetter(t[q]) {
		q++
	}
	nx.alpha = t[p:q]
	nx.initial = q-p == 1 && q < len(t) && t[q] == '.'
	return nx
}

// opener returns the size of an opening quote or bracket at p, or 0.
func opener(t string, p int) int {
	switch c := t[p]; c {
	case '"', '\'', '(', '[', '{':
		return 1
	default:
		if c < utf8.RuneSelf {
			return 0
		}
	}
	r, size := utf8.DecodeRuneInString(t[p:])
	switch r {
	case '“', '‘', '«', '‹', '¿', '¡', '„':
		return size
	}
	return 0
}

// starter reports whether the word nx often starts a sentence. Unless
// anyCase, it must be capitalized.
func (s *splitter) starter(nx follower, anyCase bool) bool {
	if nx.alpha == "" || (!anyCase && !isUpperByte(nx.alpha[0])) {
		return false
	}
	return starters[lowerKey(nx.alpha)]
}

// wordBefore returns the word that ends at i, and where it starts.
func (s *splitter) wordBefore(i int) (string, int) {
	t := s.text
	a := i
	for a > s.start && i-a < 24 {
		sp, size := spaceBefore(t, a)
		if sp {
			break
		}
		a -= size
	}
	return t[a:i], a
}

// enumerates reports whether a number that starts at p numbers an item: it
// heads its line or its sentence, or follows a colon or an opening bracket.
func (s *splitter) enumerates(p int) bool {
	if s.lineHead(p) {
		return true
	}
	t := s.text
	q := p
	for q > s.start {
		sp, size := spaceBefore(t, q)
		if !sp {
			break
		}
		q -= size
	}
	return q == s.start || t[q-1] == ':' || t[q-1] == '('
}

// continuesList reports whether the number w, which starts at p, goes on
// a numbered list that the sentence holds ("as follows: 1. Finland 2.
// Norway 3. …"): the number before it, with its period, stands earlier in
// the sentence after a space or a colon.
func (s *splitter) continuesList(w string, p int) bool {
	n, err := strconv.Atoi(w)
	if err != nil || n < 2 {
		return false
	}
	prev := strconv.Itoa(n-1) + ". "
	head := s.text[s.start:p]
	for off := 0; ; {
		k := strings.Index(head[off:], prev)
		if k < 0 {
			return false
		}
		k += off
		if k == 0 || head[k-1] == ' ' || head[k-1] == ':' || head[k-1] == '\n' {
			return true
		}
		off = k + 1
	}
}

// timeThenSubject reports whether w, which starts at p, is the a.m. or
// p.m. that ends a clause of four words or more, before a noun that most
// often opens the next sentence as its subject: "… into the path of a
// train just after 8 p.m. Witnesses said …", "It happened at 3 a.m.
// Police said …" (not "At 8 p.m. Police arrived", where the time opens
// the sentence).
func (s *splitter) timeThenSubject(w string, p int, nx follower) bool {
	if k := lowerKey(w); k != "a.m" && k != "p.m" {
		return false
	}
	if !clockSubjects[lowerKey(nx.alpha)] {
		return false
	}
	return len(strings.Fields(s.text[s.start:p])) >= 4
}

// clockSubjects are the nouns that open a sentence after a time of day:
// who reports or acts next.
var clockSubjects = map[string]bool{
	"police": true, "witnesses": true, "officials": true, "authorities": true, "investigators": true,
	"officers": true, "deputies": true, "firefighters": true, "paramedics": true, "residents": true,
	"neighbors": true, "troopers": true, "agents": true, "prosecutors": true, "rescuers": true,
	"protesters": true, "doctors": true, "medics": true, "emergency": true, "crews": true,
}

// timeHeader reports whether w, which starts at p, is the a.m. or p.m. of a
// time that heads an entry, as in live coverage: it follows a colon, a
// dash, a rule of underscores, a weekday and a comma, or nothing.
func (s *splitter) timeHeader(w string, p int) bool {
	if k := lowerKey(w); k != "a.m" && k != "p.m" {
		return false
	}
	t := s.text
	q, digits := p, 0
	for q > s.start && p-q < 12 {
		c := t[q-1]
		if isDigit(c) {
			digits++
		} else if c != ' ' && (c != ':' || q-2 < s.start || !isDigit(t[q-2])) {
			break // a colon inside the time (10:45, 10: 45) goes on
		}
		q--
	}
	if digits == 0 {
		return false
	}
	for q > s.start && t[q-1] == ' ' {
		q--
	}
	if q == s.start {
		return true
	}
	switch c := t[q-1]; {
	case c == ':' || c == '_' || c == '-':
		return true
	case strings.HasSuffix(t[:q], "—"), strings.HasSuffix(t[:q], "–"):
		return true
	case c == ',':
		a := q - 1
		for a > s.start && isASCIILetter(t[a-1]) {
			a--
		}
		return weekdays[lowerKey(t[a:q-1])]
	}
	return false
}

// dashThenLower reports whether a dash and a lower-case word start at g.
func (s *splitter) dashThenLower(g int) bool {
	t := s.text
	p := g
	switch {
	case t[p] == '-':
		p++
	case strings.HasPrefix(t[p:], "—"), strings.HasPrefix(t[p:], "–"):
		p += len("—")
	default:
		return false
	}
	for p < len(t) && (t[p] == ' ' || t[p] == '-') {
		p++
	}
	return p < len(t) && t[p] >= 'a' && t[p] <= 'z'
}

// lineHead reports whether only white space lies between the start of the
// line and p.
func (s *splitter) lineHead(p int) bool {
	t := s.text
	for q := s.lineStart; q < p; {
		sp, size := spaceAt(t, q)
		if !sp {
			return false
		}
		q += size
	}
	return true
}

// titleCase reports whether the words of the sentence before p are
// capitalized, as in a headline: "Iran And The U.S. On The Same Side",
// "Pastor Arrives Back in U.S. After Two Years". Short function words may
// stay in lower case; two capitalized words at least must come first.
func (s *splitter) titleCase(p int) bool {
	t := s.text
	words := 0
	for q := max(s.start, p-200); q < p; {
		if sp, size := spaceAt(t, q); sp {
			q += size
			continue
		}
		a := q // the word is t[a:q]
		for q < p {
			if sp, size := spaceAt(t, q); sp {
				break
			} else {
				q += size
			}
		}
		w := t[a:q]
		for w != "" && w[0] < utf8.RuneSelf && !isASCIILetter(w[0]) {
			w = w[1:] // "(Iran", "2014", "—"
		}
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		n := 0
		for n < len(w) && isASCIILetter(w[n]) {
			n++
		}
		switch {
		case n > 0 && headlineSmall[lowerKey(w[:n])]:
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			words++
		}
	}
	return words >= 2
}

// attribution reports whether the words at p are a short attribution of the
// quotation before them: Power said. Psaki tweeted Monday. Kerry asked, …
func (s *splitter) attribution(p int) bool {
	t := s.text
	end := min(len(t), p+160)
	subject, tail, verb := 0, 0, false
	for p < end {
		q := p
		for q < end && !(t[q] < utf8.RuneSelf && asciiSpace[t[q]]) {
			q++
		}
		word := t[p:q]
		core := strings.TrimRight(word, ".,;:!?\"'”’)")
		if core == "" {
			return false
		}
		key := lowerKey(core)
		switch {
		case !verb && attributionVerbs[key]:
			verb = true
		case !verb:
			subject++
			if subject > 6 || notSubject[key] {
				return false
			}
		default:
			if !attributionTail[key] && !isUpperByte(core[0]) {
				return false
			}
			if tail++; tail > 4 {
				return false
			}
		}
		if punct := word[len(core):]; punct != "" {
			// Mr. Smith said, Sen. Bob Corker said; told the U.S. Senate.
			if punct == "." && classify(core) != plain {
				goto next
			}
			return verb && strings.ContainsAny(punct[:1], ".,;:!?")
		}
	next:
		p = q
		for p < end && (t[p] == ' ' || t[p] == '\t') {
			p++
		}
		if p < end && t[p] == '\n' {
			return false
		}
	}
	return false
}

// symbolsOnly reports whether no letter or digit follows g before the end
// of its line: an emoji or a mark after the last sentence of a paragraph.
func (s *splitter) symbolsOnly(g int) bool {
	t := s.text
	for q := g; q < len(t) && q-g < 64; {
		if t[q] == '\n' {
			return true
		}
		w, size := wordAt(t, q)
		if w {
			return false
		}
		q += size
	}
	return len(t)-g < 64
}

// newline weighs the newline at i and returns where scanning goes on: past
// the white space that follows it.
func (s *splitter) newline(i int) int {
	t := s.text
	g, nl := s.skipSpace(i)
	ls := s.lineStart
	s.lineStart = strings.LastIndexByte(t[i:g], '\n') + i + 1
	switch {
	case g == len(t):
		return g
	case nl >= 2: // a blank line
		s.cut(i, false)
		return g
	}
	// The line's text is t[b:e].
	e := i
	for e > ls {
		sp, size := spaceBefore(t, e)
		if !sp {
			break
		}
		e -= size
	}
	b := ls
	for b < e {
		sp, size := spaceAt(t, b)
		if !sp {
			break
		}
		b += size
	}
	if b < e && s.lastCand != e && s.lineBreaks(b, e, g) {
		s.cut(i, false)
	}
	return g
}

// lineBreaks decides whether the line t[b:e], which does not end in
// sentence end punctuation, ends a sentence at its newline, given the next
// line that starts at g.
func (s *splitter) lineBreaks(b, e, g int) bool {
	t := s.text
	if s.listItem(g) {
		return true
	}
	nx := s.follower(g)
	if nx.kind == lower {
		return false
	}
	// A hyphen, a dash, or a word like "the" at the end: the line is broken.
	if c := t[e-1]; c == '-' || strings.HasSuffix(t[b:e], "–") || strings.HasSuffix(t[b:e], "—") {
		return false
	}
	a := e
	for a > b && isASCIILetter(t[a-1]) {
		a--
	}
	if (a == b || t[a-1] == ' ') && e-a <= 6 && lowerFunctionWords[t[a:e]] {
		return false
	}
	if !s.wrapped {
		return true
	}
	return e-b < 40 // a heading in hard-wrapped text
}

// listItem reports whether a list item starts at g: a bullet, a dash, or a
// number with a period or parenthesis, then a space.
func (s *splitter) listItem(g int) bool {
	t := s.text
	p := g
	for p < len(t) && p-g < 3 && isDigit(t[p]) {
		p++
	}
	if p > g {
		if p >= len(t) || (t[p] != '.' && t[p] != ')') {
			return false
		}
		p++
	} else {
		if t[p] < utf8.RuneSelf {
			if t[p] != '-' && t[p] != '*' {
				return false
			}
			p++
		} else {
			r, size := utf8.DecodeRuneInString(t[p:])
			switch r {
			case '•', '·', '▪', '◦', '‣', '●', '–', '—':
			default:
				return false
			}
			p += size
		}
	}
	return p < len(t) && (t[p] == ' ' || t[p] == '\t')
}

// hardWrapped reports whether text is wrapped at a fixed width, so that a
// single newline inside a sentence stands for a space: no line is longer
// than 100 bytes, and at least two lines of 40 bytes or more go on to a
// line that is not blank.
func hardWrapped(text string) bool {
	if strings.IndexByte(text, '\n') < 0 {
		return false
	}
	long := 0
	prevLong := false
	for len(text) > 0 {
		line := text
		if n := strings.IndexByte(text, '\n'); n >= 0 {
			line, text = text[:n], text[n+1:]
		} else {
			text = ""
		}
		n := len(strings.TrimSpace(line))
		if n > 100 {
			return false
		}
		if prevLong && n > 0 {
			long++
		}
		prevLong = n >= 40
	}
	return long >= 2
}

func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// lowercased reports whether the text is lower-cased but for the first
// words of sentences, as Multi-News is: of 30 words or more, fewer than one
// in a hundred is capitalized after a lower-case word or a comma.
func (s *splitter) lowercased() bool {
	if s.lower == 0 {
		s.lower = -1
		if isLowercased(s.text) {
			s.lower = 1
		}
	}
	return s.lower > 0
}

func isLowercased(t string) bool {
	words, inner := 0, 0
	var prev byte // the last byte before the current run of spaces
	for i := 0; i < len(t); {
		if !isASCIILetter(t[i]) {
			if c := t[i]; c != ' ' && c != '\t' && c != '\n' {
				prev = c
			}
			i++
			continue
		}
		words++
		if isUpperByte(t[i]) && i > 0 && t[i-1] == ' ' && (prev == ',' || (prev >= 'a' && prev <= 'z')) {
			inner++
		}
		for i < len(t) && isASCIILetter(t[i]) {
			i++
		}
		prev = t[i-1]
	}
	return words >= 30 && inner*100 < words
}
