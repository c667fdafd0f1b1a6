package entity

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/segment"
)

// tok is one word of a region of a document's text.
type tok struct {
	s, e    int    // span in the document's text, a possessive 's left out
	key     string // normalized: lower case, no periods, straight apostrophes
	cap     bool   // starts with a capital letter (or is al-Assad, bin, …)
	acro    bool   // an acronym: U.S., ISIS, WSJ
	caps    bool   // written all in capitals (an acronym, or a shouted word)
	fn      bool   // a function word (the, while, he)
	nn      bool   // a capitalized word that is never a name (days, months)
	initial bool   // first word of a sentence or of a quotation
	brk     bool   // punctuation between this word and the next ends a name
	poss    bool   // ended in a possessive 's, which ends a name
	amp     bool   // an ampersand joins it to the next word: Johnson & Johnson
}

// region is a stretch of a document's text that may name entities: a
// paragraph, a photo caption or the headline.
type region struct {
	storybrief.Span
	caption  bool
	headline bool
}

// cand is one mention found in a document, before resolution.
type cand struct {
	doc     int // index of the document in the story
	span    storybrief.Span
	name    storybrief.Span
	title   storybrief.Span
	toks    []string // normalized words of the name
	key     string   // normalized name: the words joined by spaces
	titled  bool     // a person's title comes before the name
	caption bool
	speaker bool // the subject of a verb of saying (Kerry said, said Kerry)
	company bool // its words stand where a company's do (shares of X, X's chief executive)
	located bool // the words around it show a place (Hendersonville, N.C.; 30, of Dedham; in Asheville), or it names a large town (Spanish Town)
	state   bool // a US state as AP abbreviates it: N.Y., Calif., W.Va.
	party   bool // a party to a court case: Roe (v. Wade)
	common  bool // shaped like a person's name, but opens with a word news writes in lower case (commonOpener)
	governs bool // one word before "administration", "campaign" or "presidency": the Trump administration
	acro    bool // the name is one acronym
	kind    kind // what the name's own words say it is
}

// kind is what a name's words alone say it is.
type kind uint8

const (
	kUnknown kind = iota
	kPerson
	kOrg
	kPlace
	kOther
)

// tokenize appends the words of the region text[r.Start:r.End] to dst.
func tokenize(dst []tok, spans []storybrief.Span, text string, r storybrief.Span) ([]tok, []storybrief.Span) {
	spans = segment.AppendWords(spans[:0], text[r.Start:r.End])
	base := len(dst)
	for i, sp := range spans {
		s, e := sp.Start+r.Start, sp.End+r.Start
		w := text[s:e]
		t := tok{s: s, e: e}
		// A name before a lower-case suffix: U.S.-backed, Sunni-led.
		if !hasHyphen(w) {
			// no hyphen: nothing to split
		} else if h := strings.LastIndexAny(w, "-‐‑"); h > 0 {
			_, size := utf8.DecodeRuneInString(w[h:])
			rest := w[h+size:]
			if rest != "" && isLowerWord(rest) && startsUpper(w) && !givenNamePart(w[:h], rest) {
				if k := strings.IndexAny(w, "-‐‑"); k > 0 {
					e = s + k
					w = text[s:e]
					t.e = e
					t.brk = true
				}
			}
		}
		if p := possessive(w); p > 0 {
			t.e = s + p
			w = w[:p]
			t.poss = true
		}
		// Abbreviations whose period the word does not hold: Gen., Mr., F.
		if t.e == e && e < len(text) && text[e] == '.' && e < r.End {
			k := strings.ToLower(w)
			if titleAbbrevs[k] || (len(w) == 1 && startsUpper(w)) || k == "st" || k == "jr" || k == "sr" || k == "inc" || k == "co" || k == "corp" || k == "ltd" || k == "mt" || k == "ft" {
				t.e = e + 1
			}
		}
		if strings.Contains(w, "&amp;") {
			// AT&amp;T, as scraped text keeps the page's reference, is AT&T.
			w = strings.ReplaceAll(w, "&amp;", "&")
			t.key = normWord(strings.ReplaceAll(text[t.s:t.e], "&amp;", "&"))
		} else {
			t.key = normWord(text[t.s:t.e])
		}
		t.cap = startsUpper(w) || isParticleName(w)
		t.acro = isAcronym(w)
		t.caps = allCaps(w)
		t.fn = functionWords[t.key]
		t.nn = t.cap && (nonNames[t.key] || partyTag(t.key))
		prevEnd := r.Start
		if i > 0 {
			prevEnd = dst[len(dst)-1].e
		}
		if i == 0 {
			t.initial = true
		} else {
			t.initial = gapStartsSentence(text[prevEnd:s])
		}
		if len(dst) > base && !dst[len(dst)-1].brk {
			// A break between the previous word and this one.
			prev := &dst[len(dst)-1]
			gapStart := prev.e
			if prev.poss {
				gapStart = spanEndAfterPossessive(text, prev.e)
			}
			switch g := strings.TrimSpace(text[gapStart:s]); {
			case (g == "&" || g == "&amp;") && ampJoins(*prev, t):
				prev.amp = true // Johnson & Johnson, Barnes & Noble: one name
			case g != "":
				prev.brk = true
			}
		}
		dst = append(dst, t)
	}
	if len(dst) > base {
		dst[len(dst)-1].brk = true
	}
	return dst, spans
}

// spanEndAfterPossessive returns the offset after the 's that follows e.
func spanEndAfterPossessive(text string, e int) int {
	if strings.HasPrefix(text[e:], "’") {
		e += len("’")
	} else if e < len(text) && text[e] == '\'' {
		e++
	}
	if e < len(text) && (text[e] == 's' || text[e] == 'S') {
		e++
	}
	return e
}

// possessive returns the length of w without a final 's, or 0 if w has none.
func possessive(w string) int {
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return 0
	}
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return len(w) - len(suf)
		}
	}
	if len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && startsUpper(w) {
		return len(w) - len(w[strings.LastIndexAny(w, "'’"):])
	}
	return 0
}

// gapStartsSentence reports whether the text between two words ends a
// sentence or opens a quotation, so that the next word's capital says
// nothing.
func gapStartsSentence(gap string) bool {
	if strings.ContainsAny(gap, ".!?:") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(gap)
	if r != '"' && r != '“' && r != '‘' && r != '\'' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(gap[:len(gap)-utf8.RuneLen(r)])
	return before == utf8.RuneError || unicode.IsSpace(before) || before == '(' || before == '['
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isParticleName reports whether w is a name with a lower-case Arabic
// article: al-Assad, el-Sisi.
func isParticleName(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || strings.IndexByte(w, '-') < 0 {
		return false
	}
	for _, p := range [...]string{"al-", "el-", "ad-", "as-", "ash-", "at-", "ibn-", "bin-", "abu-"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			return startsUpper(w[len(p):])
		}
	}
	return false
}

// afterAnd reports whether k may go on an organization's name after its
// "and": a common word (inNameWord), but no title, which starts a person's
// name (Centers for Disease Control and Prevention Director Robert
// Redfield).
func afterAnd(k string) bool {
	return inNameWord(k) && !isTitleHead(k) && !titleMods[k]
}

// knownAhead returns the end of a known organization's name (knownOrgs)
// that runs on from toks[i:j+1] over a small word ("and", "for", "of"),
// perhaps after a country (U.S. Customs and Border Protection), or j when
// none does.
func knownAhead(toks []tok, i, j int) int {
	if j+1 >= len(toks) || toks[j].brk || !toks[j+1].fn {
		return j
	}
	// Only a run that opens with a known name's first word, perhaps after
	// a country, is looked up (each lookup joins the words anew).
	if !knownOrgFirst[toks[i].key] && !(countryWord(toks[i].key) && i < j && knownOrgFirst[toks[i+1].key]) {
		return j
	}
	for m := j + 2; m < len(toks) && m <= j+5 && m-i < 8; m++ {
		if knownOrg(joinKeys(toks[i : m+1])) {
			return m
		}
		if toks[m].brk {
			break
		}
	}
	return j
}

// ampJoins reports whether an ampersand between words a and b makes one
// name of them (Procter & Gamble, Fox & Friends), rather than joining two
// names (House & Senate, St. Kitts & Nevis, FB & IG) or shouting (LIAR &
// LEAKER).
func ampJoins(a, b tok) bool {
	if !a.cap || a.poss || !b.cap || a.caps || b.caps {
		return false
	}
	if b.key == "co" || b.key == "company" || b.key == "sons" {
		return true // Merck & Co., Levi Strauss & Co.
	}
	for _, k := range [...]string{a.key, b.key} {
		if places[k] || aliases[k] != "" || orgHeads[k] || knownOrg(k) {
			return false
		}
	}
	return true
}

// hasKey reports whether a word of run has key k: the Food and Drug
// Administration is no one's administration.
func hasKey(run []tok, k string) bool {
	for _, t := range run {
		if t.key == k {
			return true
		}
	}
	return false
}

// noName reports whether a word standing alone names nothing: a letter
// with its period ("Rep. Jim Jordan, R., said"), places joined into an
// adjective ("the U.S.-Mexico border") or a word of identity ("Black
// voters").
func noName(text string, t tok) bool {
	k := t.key
	if len(k) == 1 {
		// "R.", and "(D)" after a legislator's name.
		if text[t.e-1] == '.' {
			return true
		}
		return t.e < len(text) && (text[t.e] == '.' || text[t.e] == ')' && t.s > 0 && text[t.s-1] == '(')
	}
	if ordinals[k] {
		return true // the Fourth, a Second: alone, a number
	}
	if identityWords[k] {
		// Black voters, White evangelicals; but "Brown said": a surname.
		next := strings.Fields(text[t.e:min(len(text), t.e+40)])
		if len(next) == 0 {
			return false
		}
		w := strings.TrimLeft(next[0], "-‐‑") // Black-owned
		return isLowerWord(w) && !speechVerbs[strings.Trim(w, ",.;:")]
	}
	if strings.IndexByte(k, '-') > 0 {
		for part := range strings.SplitSeq(k, "-") {
			if !places[part] && aliases[part] == "" {
				return false
			}
		}
		return true
	}
	return false
}

// givenNamePart reports whether a hyphen joins the syllables of a Korean
// or Chinese given name (Kim Jong-un, Moon Jae-in, Park Geun-hye): a short
// capitalized syllable, then a short lower-case one that is no suffix
// (U.S.-led, Trump-era), after a syllable that is no English word.
func givenNamePart(first, rest string) bool {
	low := strings.ToLower(first)
	if len(first) < 2 || len(first) > 5 || len(rest) > 4 || strings.ContainsAny(first, ".-") || isAcronym(first) || numberTens[low] {
		return false
	}
	if _, common := lowerShare[low]; common {
		return false // Built-in, Heart-fan: an English word
	}
	return !hyphenSuffixes[rest]
}

// numberTens open a number written out: Forty-five.
var numberTens = wordSet(`twenty thirty forty fifty sixty seventy eighty ninety`)

// hyphenSuffixes are short lower-case words that follow a name after a
// hyphen to make an adjective: U.S.-led, Trump-era, Iran-run.
var hyphenSuffixes = wordSet(`led run era born made like type ish tied free wide only held area bred hit up out off old year day term end top side wing`)

// partyMembers are organization heads that name a party's members, which
// a possessive does not join: President Donald Trump's Republicans.
var partyMembers = wordSet(`democrats republicans dems`)

// partySingular and roleNouns stand between a place and a person's given
// name: South Carolina Republican Lindsey Graham, North Korean Dictator Kim
// Jong Un.
var (
	partySingular = wordSet(`republican democrat independent conservative liberal socialist`)
	roleNouns     = wordSet(`dictator strongman tycoon mogul billionaire journalist activist businessman
businesswoman lawmaker legislator official`)
)

// partyAdjective reports whether t, capitalized before a party's members,
// describes them (Moderate Democrats, Jittery Republicans: a word news
// writes in lower case at least half the time, or one it does not know
// that opens a sentence) rather than naming a group of them (House
// Democrats, Nevada Democrats, Young Republicans).
func partyAdjective(t tok) bool {
	k := t.key
	if chambers[k] || places[k] || partyGroups[k] || firstNames[k] {
		return false
	}
	share, known := lowerShare[k]
	return share >= 0.5 || !known && t.initial
}

// partyGroups are words that name a group of a party's members: Young
// Republicans, College Democrats, Justice Democrats, New Democrats,
// Congressional Democrats.
var partyGroups = wordSet(`young college justice blue teen new congressional`)

// govOwner reports whether the words before "Administration" or "Regime"
// name whose it is (the Obama Administration, the Joe Biden
// Administration), not an agency's field (the Federal Transit
// Administration, the Small Business Administration) or a country's
// government (the Scottish Government).
func govOwner(run []tok, head string) bool {
	switch len(run) {
	case 1:
		if head == "government" && countryWord(run[0].key) {
			return false // the Scottish Government, the UK Government
		}
		return lowerShare[run[0].key] < 0.5
	case 2:
		return firstNames[run[0].key]
	}
	return false
}

// chambers are the bodies that news names by one word of their own
// (the Senate, Congress, the House), where other organizations' heads
// alone name nothing (the Department, the Court).
var chambers = wordSet(`congress senate house parliament knesset duma bundestag legislature politburo commons treasury`)

// ordinals name nothing alone: the Fourth (of July, Amendment) is a number.
var ordinals = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth`)

// identityWords are capitalized adjectives of identity that stand before
// a noun, not for an entity: Black voters, Indigenous leaders. Some are
// surnames too (Sherrod Brown): before a verb of saying, or alone, they
// stay names.
var identityWords = wordSet(`black white brown indigenous native latinx latine`)

// partyTag reports whether key (a normalized word) is a legislator's
// party and state, as in "Sen. Chuck Schumer (D-N.Y.)" or "R-Calif.": no
// name of its own. D-Day is none: its second part is no state.
func partyTag(key string) bool {
	if len(key) < 4 || key[1] != '-' || key[0] != 'd' && key[0] != 'r' && key[0] != 'i' {
		return false
	}
	return usStates[key[2:]]
}

// usStates are the states of the United States as a party tag writes them:
// postal codes, AP abbreviations (periods dropped, as normWord drops them)
// and the names AP does not shorten.
var usStates = wordSet(`
al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd
oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr gu vi
ala ariz ark calif colo conn del fla ill ind kan kans ky mass mich minn miss mont neb nebr nev okla ore
tenn tex wash wva wis wisc wyo
alaska hawaii idaho iowa maine ohio texas utah cali`)

// isAcronym reports whether w is written in capitals: ISIS, U.S., WSJ.
func isAcronym(w string) bool {
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 2 && upper == letters && letters <= 6
}

// allCaps reports whether w is written in capitals, however long.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// normWord returns the key of a word: lower case, accents folded, periods
// dropped, curly apostrophes straightened.
func normWord(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c == '.' || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r == '.':
		case r == '’' || r == '‘':
			b.WriteByte('\'')
		case r == '‐' || r == '‑':
			b.WriteByte('-')
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		default:
			// Accents fold away: Honoré-Paul and Honore-Paul, Bogotá and
			// the lexicon's bogota are one key.
			b.WriteString(strings.ToLower(foldName(string(r))))
		}
	}
	return b.String()
}

// lastKey returns the key by which a person's surname is compared: an
// Arabic article dropped (al-Assad → assad).
func lastKey(w string) string {
	for _, p := range [...]string{"al-", "el-", "ad-", "as-", "ash-", "at-"} {
		if len(w) > len(p)+1 && strings.HasPrefix(w, p) {
			return w[len(p):]
		}
	}
	return w
}

// finder finds the mention candidates of one story's documents.
type finder struct {
	docs  []*storybrief.Document
	names map[string]bool // words capitalized inside a sentence somewhere in the story
	lower map[string]bool // words written in lower case somewhere in the story
	spans []storybrief.Span
	cands []cand
}

// regions returns the parts of d that may name entities: its headline, its
// paragraphs and its photo captions. Reader comments never do.
func regions(d *storybrief.Document) []region {
	rs := make([]region, 0, len(d.Paragraphs)+2)
	if sp, ok := d.TitleSpan(); ok {
		rs = append(rs, region{Span: sp, headline: true})
	}
	for _, p := range d.Paragraphs {
		rs = append(rs, region{Span: p.Span})
	}
	for _, x := range d.Dropped {
		if x.Reason == "photo caption" || x.Reason == "photo title" {
			rs = append(rs, region{Span: x.Span, caption: true})
		}
	}
	return rs
}

// caseless reports whether the words of a document carry no capitals
// beyond the first of a sentence, as in the lower-cased Multi-News texts.
func caseless(toks []tok) bool {
	inner, capped := 0, 0
	for _, t := range toks {
		if t.initial {
			continue
		}
		inner++
		if t.cap {
			capped++
		}
	}
	return inner >= 40 && capped*100 < inner
}

// titleCased reports whether most words of a headline that are neither
// its first nor function words are capitalized ("House Rejects Trump
// Veto"): its capitals then say nothing about names. A headline in
// sentence case ("Sanders sends Democratic establishment into panic
// mode") names names as a sentence does.
func titleCased(toks []tok) bool {
	words, capped := 0, 0
	for i, t := range toks {
		if i == 0 || t.fn || t.acro || hasDigit(t.key) {
			continue
		}
		words++
		if t.cap {
			capped++
		}
	}
	return words > 0 && capped*10 >= words*6
}

// shouting reports whether a run of words is written all in capitals or
// all in title case, so that capitals say nothing about names.
func shouting(toks []tok) bool {
	if len(toks) < 5 {
		return false
	}
	acro, capped := 0, 0
	for _, t := range toks {
		if t.acro {
			acro++
		}
		if t.cap || t.fn {
			capped++
		}
	}
	return acro*10 > len(toks)*6 || (capped == len(toks) && len(toks) >= 6)
}

// leadIn re-reads the capitals with which print style opens a paragraph
// ("AHEAD OF THE August 2015 debate", "TWO men were shot", "LAURIE OAKES
// IT was said"): the words written all in capitals before the paragraph's
// first word that is not. Those that news writes in lower case lose their
// capital; names among them read as names written in title case (MALCOLM
// Fraser is Malcolm Fraser), and words that name something alone stay as
// they are (US troops, not "us"; ABC).
//
// The capitals must run into the paragraph's words: those that a comma or a
// dash ends are a dateline (NEW YORK (AP) —, DES MOINES, Iowa), whose
// capitals are a place's.
func leadIn(text string, toks []tok) {
	k := 0
	if len(toks) > 1 && (toks[0].key == "a" || toks[0].key == "i") && toks[1].caps {
		k = 1 // A HIGH-powered team
	}
	for k < len(toks) && toks[k].caps {
		k++
		if toks[k-1].brk {
			break
		}
	}
	if k == 0 || k == len(toks) || toks[k].caps {
		return
	}
	if last := toks[k-1]; last.brk && !strings.HasPrefix(text[last.e:], "-") {
		return
	}
	// A common word is one news writes in lower case at least half the
	// time, and no given name. The last capitals may open the name that
	// follows them: THE WORLD Health Organization.
	common := func(i int) bool {
		t := toks[i]
		runsOn := i == k-1 && toks[k].cap && !toks[k].fn
		return t.fn || lowerShare[t.key] >= lowerMostly && !firstNames[t.key] && !runsOn
	}
	// Words that keep their capitals: two or more are a name (LAURIE OAKES),
	// not two acronyms.
	kept := 0
	for i := range toks[:k] {
		if !common(i) {
			kept++
		}
	}
	name := false // a given name came before: JOE HILDEBRAND
	for i := range toks[:k] {
		t := &toks[i]
		switch {
		case aliases[t.key] != "" || places[t.key] || knownOrgs[t.key]:
			name = false
		case common(i):
			t.cap, t.acro, t.caps, t.nn = false, false, false, false
			name = false
		case firstNames[t.key] || name || !t.acro || k > 1 && (kept > 1 || len(t.key) > 3):
			// A name, or in print capitals a word too long for an
			// initialism: THE TRUMP administration is Trump's. Alone, a
			// paragraph's first word may be an acronym: NIAID director
			// Anthony Fauci, C-SPAN said.
			name = name || firstNames[t.key]
			t.acro, t.caps = false, false
		}
	}
}

// quietShouted reads the sentences of a paragraph that are written all in
// capitals, as a notice or a warning is inside ordinary text
// ("REPRINTING CONTENT WITHOUT PERMISSION AND/OR PAYMENT IS THEFT AND
// PUNISHABLE BY LAW."), as words whose capitals say nothing.
func quietShouted(toks []tok) {
	for start := 0; start < len(toks); {
		end := start + 1
		for end < len(toks) && !toks[end].initial {
			end++
		}
		if sent := toks[start:end]; allShouted(sent) {
			for i := range sent {
				sent[i].cap, sent[i].acro, sent[i].caps = false, false, false
			}
		}
		start = end
	}
}

// quietCommon reads a run of words written all in capitals that holds a
// word news writes in lower case at least half the time ("FACT CHECK:",
// "CLAIM:", "FALSE", "IMMEDIATELY", "BIG COURT WIN for Trump") as
// shouting, not a name or an acronym: headlines and labels shout such
// words. Its common and function words lose their capitals; given names,
// places, known organizations and words that open a place's name keep
// them (MAKE AMERICA GREAT AGAIN keeps America), and so does a run that
// names a place or an organization whole (MEXICO CITY, USA TODAY). A short
// word alone that runs into a capitalized word is a law's or a program's
// acronym (CARES Act, HEROES Act).
func quietCommon(toks []tok) {
	named := func(t *tok) bool {
		return firstNames[t.key] || ambiguousFirst[t.key] || places[t.key] || placePrefixes[t.key] || knownOrgs[t.key] || aliases[t.key] != "" || demonyms[t.key]
	}
	common := func(t *tok) bool { return !named(t) && (t.fn || lowerShare[t.key] >= lowerMostly) }
	for start := 0; start < len(toks); {
		if !toks[start].caps {
			start++
			continue
		}
		end := start + 1
		for end < len(toks) && toks[end].caps && !toks[end-1].brk {
			end++
		}
		run := toks[start:end]
		start = end
		shouts := false
		for i := range run {
			shouts = shouts || letters(run[i].key) >= 4 && common(&run[i])
		}
		if !shouts {
			continue
		}
		if whole := joinKeys(run); places[whole] || townPop(whole) > 0 || knownOrg(whole) {
			continue
		}
		if len(run) == 1 && end < len(toks) && !run[0].brk && toks[end].cap && len(run[0].key) <= 6 {
			continue
		}
		for i := range run {
			if common(&run[i]) {
				run[i].cap, run[i].acro, run[i].caps = false, false, false
			}
		}
	}
}

// allShouted reports whether a sentence of five words or more is written
// all in capitals, but for words with no letter twice over (2022, A).
func allShouted(sent []tok) bool {
	if len(sent) < 5 {
		return false
	}
	for _, t := range sent {
		if !t.caps && (t.cap || !t.fn && len(t.key) > 1 && !hasDigit(t.key)) {
			return false
		}
	}
	return true
}

// scanNames records the words capitalized inside sentences of d.
func (f *finder) scanNames(d *storybrief.Document, toks []tok) {
	for _, t := range toks {
		if t.cap && !t.initial && !t.fn {
			f.names[t.key] = true
		}
	}
}

// nameLike reports whether a capitalized word that starts a sentence is
// still a name: one that the story capitalizes elsewhere or the gazetteer
// knows.
func (f *finder) nameLike(t tok) bool {
	k := t.key
	return t.acro || f.names[k] || places[k] || firstNames[k] || titleHeads[k] || aliases[k] != "" || demonyms[k] || knownOrgs[k]
}

// startable reports whether toks[i] may start a name.
func (f *finder) startable(toks []tok, i int) bool {
	t := toks[i]
	if !t.cap || t.nn {
		return false
	}
	next := tok{}
	if i+1 < len(toks) && !t.brk && !t.poss {
		next = toks[i+1]
	}
	if t.fn && !t.acro {
		// Under Secretary of State Wendy Sherman.
		return titleMods[t.key] && (titleHeads[next.key] || titleMods[next.key])
	}
	if t.initial && !f.nameLike(t) {
		switch {
		case next.cap && places[t.key+" "+next.key]:
			// A sentence may open with a place of two words: New York, Saudi Arabia.
			return true
		case next.cap && !next.acro && f.names[next.key] && !f.lower[t.key] && !verbLike(t.key) && !commonCompound(t.key):
			// A given name the story uses once, before a surname it uses
			// again: Oubai Shahbandar, Brookings Institution.
			return true
		}
		return false
	}
	return true
}

// commonCompound reports whether k is a compound adjective, no given
// name: "Toned-down Trump", "Then-President Trump", "So-called Smith"; not
// "Jean-Pierre Raffarin" nor "Twenty-First Century Fox" (nor "Ex-White
// House", whose name a run that skips "Ex-" would cut).
func commonCompound(k string) bool {
	first, rest, ok := strings.Cut(k, "-")
	if !ok {
		return false
	}
	last := rest[strings.LastIndexByte(rest, '-')+1:]
	return compoundEnds[last] || compoundOpeners[first] && (titleHeads[rest] || titleMods[rest])
}

// compoundOpeners and compoundEnds open and end compound adjectives.
var (
	compoundOpeners = wordSet(`then ex so self well long non anti pro once`)
	compoundEnds    = wordSet(`down up out off over back known called described based minded time like style`)
)

// verbLike reports whether a word has the ending of a verb or an adverb,
// which a capitalized first word of a sentence often is (Adding, Asked).
func verbLike(k string) bool {
	return len(k) > 4 && (strings.HasSuffix(k, "ing") || strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "ly"))
}

// continues reports whether toks[i] may continue a name.
func continues(t tok) bool {
	return t.cap && !t.nn && (!t.fn || t.acro)
}

// prepHeads are the heads of organizations whose name goes on after "on"
// or "for": Panel on Climate Change, Centers for Disease Control. (The
// White House for Ukraine is no name: "left the White House for Ukraine";
// nor is the Congressional Budget Office on House Republicans.)
var prepHeads = wordSet(`committee committees commission panel council center centre centers association
institute coalition alliance foundation fund society league network project initiative partnership
conference movement`)

var particles = wordSet(`de da di du des della dei van von der den ter ten bin ibn al el la le dos das del y`)

// ofHead reports whether a name word may take "of" after it: Secretary of
// State, Islamic State of Iraq, University of Texas.
func ofHead(k string) bool {
	return titleHeads[k] || orgHeads[k] || placeHeads[k] || otherHeads[k] || k == "state" || k == "states"
}

// sequences finds the runs of name words in toks and hands each to emit.
func (f *finder) sequences(doc int, text string, toks []tok, caption bool) {
	for i := 0; i < len(toks); {
		if !f.startable(toks, i) {
			i++
			continue
		}
		j := i
		hasOf, ofKey := false, "" // ofKey: the head before "of", "on" or "for"
	scan:
		for !toks[j].brk && j+1 < len(toks) {
			nx := toks[j+1]
			if toks[j].poss {
				// Harris County Sheriff's Office: a possessive inside an
				// organization's name; but Stanford University's Center on
				// Poverty and Inequality is one organization's part of
				// another, two names.
				if continues(nx) && orgHeads[nx.key] && !partyMembers[nx.key] && j > i && !orgHeads[toks[j].key] {
					j++
					continue
				}
				break
			}
			if hasOf && (orgHeads[ofKey] || placeHeads[ofKey]) && !titleHeads[ofKey] && firstNames[nx.key] && !ambiguousFirst[nx.key] && !placePrefixes[toks[j].key] {
				break // the Office of Special Counsel | Robert Mueller; the District of Massachusetts | Joshua Levy
			}
			if continues(nx) || nx.nn && nx.key == "may" && firstNames[toks[j].key] && j == i {
				j++ // Theresa May: a month after a given name is a surname
				continue
			}
			if m := knownAhead(toks, i, j); m > j {
				j = m // Customs and Border Protection, Deferred Action for Childhood Arrivals
				continue
			}
			if (nx.key == "on" || nx.key == "for") && prepHeads[toks[j].key] && j+3 < len(toks) && !nx.brk &&
				toks[j+2].key == "a" && !toks[j+2].brk && continues(toks[j+3]) {
				// Committee for a Responsible Federal Budget
				hasOf, ofKey = true, toks[j].key
				j += 3
				continue
			}
			if j+2 < len(toks) && !nx.brk && continues(toks[j+2]) {
				switch {
				case nx.key == "of" && ofHead(toks[j].key):
					hasOf, ofKey = true, toks[j].key
					j += 2
					continue
				case particles[nx.key] && !ofHead(toks[j].key):
					j += 2
					continue
				case (nx.key == "on" || nx.key == "for") && prepHeads[toks[j].key]:
					// Intergovernmental Panel on Climate Change, Centers for
					// Disease Control.
					hasOf, ofKey = true, toks[j].key
					j += 2
					continue
				case nx.key == "and" && (j > i || inNameWord(toks[j].key)) && orgAnd(toks[i:j+1], toks[j+2:]) > 0:
					// World Travel and Tourism Council, Food and Drug
					// Administration (one word before "and" only when it is
					// a common one: not Trump and Biden Administration).
					j += 1 + orgAnd(toks[i:j+1], toks[j+2:])
					continue
				case nx.key == "and" && hasOf && (orgHeads[ofKey] || prepHeads[ofKey]) && afterAnd(toks[j+2].key):
					// Centers for Disease Control and Prevention, National
					// Institute of Allergy and Infectious Diseases, Department
					// of Housing and Urban Development: common words after
					// "and" go on the name; a name does not (the Department
					// of Justice and Congress).
					k := j + 2
					for k+1 < len(toks) && k < j+4 && !toks[k].brk && continues(toks[k+1]) && afterAnd(toks[k+1].key) {
						k++
					}
					j = k
					break scan // what follows is another name (… and Prevention Director Robert Redfield)
				case nx.key == "and" && places[joinKeys(toks[i:j+1])+" and "+toks[j+2].key]:
					// Trinidad and Tobago, Antigua and Barbuda: one country.
					j += 2
					continue
				case nx.key == "and" && hasOf && places[toks[j].key]:
					k := j + 2
					if toks[k].key == "the" && k+1 < len(toks) && !toks[k].brk {
						k++
					}
					if places[toks[k].key] || toks[k].key == "levant" || toks[k].key == "syria" {
						j = k
						continue
					}
				}
			}
			// Ursula von der Leyen, Rafael van der Vaart: two particles.
			if j+3 < len(toks) && !nx.brk && !toks[j+2].brk && particles[nx.key] && particles[toks[j+2].key] && continues(toks[j+3]) && !ofHead(toks[j].key) {
				j += 3
				continue
			}
			break
		}
		start := i
		switch {
		case i == 0 || toks[i-1].brk:
		case leadParticles[toks[i-1].key] && !toks[i-1].cap:
			start = i - 1 // al Qaeda, de Blasio: the particle opens the name
		case ordinalHeads[toks[i].key] && ordinalRe.MatchString(toks[i-1].key):
			start = i - 1 // the 5th Circuit Court of Appeals, the 82nd Airborne Division
		}
		switch {
		case j-i >= 8:
		case start == i && i > 0 && theOutlet(toks, i, j):
			f.add(doc, toks[i-1:j+1], nil, kOrg, caption) // told The Hill
		case start == i && placeBeforeComma(text, toks, i, j):
			f.add(doc, toks[i:j+1], nil, kPlace, caption) // Brownsville, Texas
		default:
			f.emit(doc, text, toks[start:j+1], caption)
		}
		i = j + 1
	}
}

// theOutlet reports whether the run toks[i..j] names an outlet whose name
// holds its "The", capitalized inside a sentence: "the campaign told The
// Hill", "writing in The Atlantic". Alone, Hill is a surname and Atlantic
// an ocean.
func theOutlet(toks []tok, i, j int) bool {
	the := toks[i-1]
	return the.key == "the" && the.cap && !the.initial && !the.brk && theOutlets[joinKeys(toks[i:j+1])]
}

// theOutlets are the outlets named with "The" and one word that is a
// common word or another name. (The Times and The Post are short for
// names of several words, which stand without their "The".)
var theOutlets = wordSet(`hill atlantic intercept guardian independent telegraph economist verge federalist
blaze nation spectator bulwark dispatch sun`)

// placeBeforeComma reports whether the run toks[i..j] is a town named
// before its state or country ("in Brownsville, Texas, Mayorkas said",
// "Idlib, Syria"): one word, or two after a place prefix (San Marcos),
// that is no given name, title, head, acronym or known name, then a comma
// and a state or country that neither a possessive nor a capitalized word
// follows.
func placeBeforeComma(text string, toks []tok, i, j int) bool {
	if j-i > 1 || j+1 >= len(toks) || text[toks[j].e:toks[j+1].s] != ", " || !toks[j+1].cap {
		return false
	}
	if j > i && !placePrefixes[toks[i].key] {
		return false // two words: San Marcos, Fort Worth; not a person's name
	}
	last := j + 1
	next := toks[last].key
	if last+1 < len(toks) && toks[last+1].cap && !toks[last].brk && places[next+" "+toks[last+1].key] {
		last++
		next += " " + toks[last].key // North Carolina
	}
	if !places[next] && !usStates[next] || toks[last].poss {
		return false // "Ghani, Afghanistan's president": a person
	}
	if last+1 < len(toks) && !toks[last].brk && toks[last+1].cap {
		return false // "Cornyn, Texas Republican": a person
	}
	for k := i; k <= j; k++ {
		t := toks[k]
		if len(t.key) < 3 || strings.ContainsAny(t.key, ".'’") || firstNames[t.key] || isTitleHead(t.key) || titleMods[t.key] ||
			headKind(t.key) != kUnknown || knownOrgs[t.key] || demonyms[t.key] || t.acro || places[t.key] || aliases[t.key] != "" {
			return false
		}
	}
	return true
}

// ordinalRe matches a numeral ordinal: 5th, 82nd, 1st.
var ordinalRe = regexp.MustCompile(`^[0-9]+(?:st|nd|rd|th)$`)

// ordinalHeads are the first words of names that an ordinal opens: the
// 9th Circuit, the 2nd Congressional District, the 101st Airborne.
var ordinalHeads = wordSet(`circuit district congressional airborne infantry fleet marine marines precinct ward
army division brigade battalion regiment corps`)

// leadParticles are the lower-case particles that may open a name standing
// without its given name: al Qaeda, de Blasio, bin Salman. (German and
// French articles, der and le, open common nouns as often.)
var leadParticles = wordSet(`al bin ibn de van von`)

// surnameParticles open a surname named without its given name: de
// Blasio, bin Salman, von Trapp; "al" opens organizations as often (al
// Qaeda).
var surnameParticles = wordSet(`bin ibn de van von`)

// headKind returns what the last word of a name makes it.
func headKind(k string) kind {
	switch {
	case orgHeads[k]:
		return kOrg
	case placeHeads[k]:
		return kPlace
	case otherHeads[k]:
		return kOther
	}
	return kUnknown
}

// joinKeys returns the keys of toks joined by spaces.
func joinKeys(toks []tok) string {
	if len(toks) == 1 {
		return toks[0].key
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.key)
	}
	return b.String()
}

// titleRun returns the end (exclusive) of a title that starts at toks[i]
// and the start of its last group (Supreme Leader | Ayatollah), or -1 if no
// title starts there.
func titleRun(toks []tok) (end, group int) {
	end, group = -1, -1
	start := 0
	for k := 0; k < len(toks); k++ {
		key := toks[k].key
		head := isTitleHead(key) || (titleAfterMod[key] && k > 0)
		if head {
			end = k + 1
			group = start
			start = k + 1
			// Secretary of State John Kerry: "of" and one word stay in the
			// title, or all the words up to a given name (Chief Financial
			// Officer of Super Value Debra Symonette).
			if k+3 < len(toks) && toks[k+1].key == "of" {
				end = k + 3
				for e := k + 3; e < len(toks)-1; e++ {
					if firstNames[toks[e].key] {
						end = e
						break
					}
				}
				k = end - 1
				start = end
			}
			continue
		}
		if !titleMods[key] {
			break
		}
	}
	return end, group
}

// emit classifies a run of name words and records the mentions in it.
func (f *finder) emit(doc int, text string, run []tok, caption bool) {
	whole := joinKeys(run)
	if places[whole] || aliases[whole] != "" {
		f.add(doc, run, nil, kUnknown, caption)
		return
	}
	last := run[len(run)-1].key
	lastHead := headKind(last)
	// Titles: [prefix] title name.
	for i := range run {
		if !(isTitleHead(run[i].key) || titleMods[run[i].key]) || i > 0 && run[i-1].key == "of" {
			continue // Department of Justice: no title after "of"
		}
		if surnameAt(run, i) {
			continue // Wayne King, Martin Luther King Jr.: after a given name, a surname
		}
		end, group := titleRun(run[i:])
		if end < 0 || i+end >= len(run) {
			continue
		}
		name := run[i+end:]
		if k := name[0].key; (k == "of" || k == "for") && len(name) > 1 {
			// Chairwoman of Ukraine, CEO of California: a title that
			// names no one, then what it is of.
			if i > 0 {
				f.plain(doc, run[:i], caption)
			}
			if rest := name[1:]; len(rest) > 1 || places[rest[0].key] {
				f.plain(doc, rest, caption) // not "Secretary of State"
			}
			return
		}
		if headKind(name[0].key) != kUnknown || headKind(name[len(name)-1].key) == kOrg || hasTitleWord(name) {
			continue
		}
		if i > 0 {
			f.plain(doc, run[:i], caption)
		}
		f.add(doc, name, run[i:i+end], kPerson, caption)
		f.cands[len(f.cands)-1].title = storybrief.Span{Start: run[i+group].s, End: run[i+end-1].e}
		return
	}
	// PAHO Director, U.S. President: an organization or a place, then a
	// title that names no one.
	if n := len(run); n > 1 && titleHeads[run[n-1].key] && !titleHeads[run[0].key] && !titleMods[run[0].key] && !givenName(run[n-2]) {
		k := n - 1
		for k > 0 && (titleMods[run[k-1].key] || titleHeads[run[k-1].key]) {
			k--
		}
		if k == 0 || run[k-1].key != "of" {
			if k > 0 {
				f.plain(doc, run[:k], caption)
			}
			return
		}
		// Department of Justice, Ministry of Finance: the "title" is what
		// the organization is of.
	}
	_ = lastHead
	f.plain(doc, run, caption)
}

// givenName reports whether t is a given name and nothing else: a title
// word after it is a surname (Wayne King, Carole King), where after a
// place or an organization it names an office (U.S. President, PAHO
// Director).
func givenName(t tok) bool {
	return firstNames[t.key] && !ambiguousFirst[t.key] && !places[t.key] && !titleMods[t.key] && !titleHeads[t.key]
}

// surnameAt reports whether the title word run[i] is a surname: right
// after a given name (Wayne King), or last but for suffixes in a name
// with a given name (Rev. Dr. Martin Luther King Jr.).
func surnameAt(run []tok, i int) bool {
	return i > 0 && (givenName(run[i-1]) || anyGiven(run[:i]) && onlySuffixes(run[i+1:]))
}

// anyGiven reports whether a word of ts is a given name.
func anyGiven(ts []tok) bool {
	for _, t := range ts {
		if givenName(t) {
			return true
		}
	}
	return false
}

// onlySuffixes reports whether every word of ts is a name's suffix (Jr.,
// Sr., III), or there is none.
func onlySuffixes(ts []tok) bool {
	for _, t := range ts {
		switch t.key {
		case "jr", "sr", "ii", "iii", "iv":
		default:
			return false
		}
	}
	return true
}

// unshortened are the states AP writes in full, whose period after them
// ends a sentence: "in Ohio.".
var unshortened = wordSet(`alaska hawaii idaho iowa maine ohio texas utah`)

// placeDwellers reports whether key names the people of a place, as the
// place's name with "ers" (New Yorkers, New Zealanders, Londoners): a
// demonym, not an entity. (The New Yorker, a magazine, is none.)
func placeDwellers(key string) bool {
	base, ok := strings.CutSuffix(key, "ers")
	return ok && places[base]
}

// plain records a run of name words with no title.
func (f *finder) plain(doc int, run []tok, caption bool) {
	whole := joinKeys(run)
	if places[whole] || aliases[whole] != "" {
		f.add(doc, run, nil, kUnknown, caption)
		return
	}
	if demonyms[whole] || placeDwellers(whole) || onlySuffixes(run) {
		return // (a lone "Jr." after a comma: "John G. Roberts, Jr.")
	}
	// bin Salman, de Blasio: a surname with its particle.
	if len(run) == 2 && surnameParticles[run[0].key] && !run[0].cap && !knownOrg(run[1].key) {
		f.add(doc, run, nil, kPerson, caption)
		return
	}
	// U.S. COVID-19 (case tally): a place, then a disease, each alone.
	if n := len(run); n > 1 && diseases[run[n-1].key] {
		f.plain(doc, run[:n-1], caption)
		f.plain(doc, run[n-1:], caption)
		return
	}
	// Obama Administration, Assad Regime: the name is the person's or the
	// country's.
	if len(run) > 1 && govHeads[run[len(run)-1].key] && !hasKey(run, "and") && !hasKey(run, "of") && govOwner(run[:len(run)-1], run[len(run)-1].key) {
		f.plain(doc, run[:len(run)-1], caption)
		return
	}
	if len(run) == 1 && noName(f.docs[doc].Text, run[0]) {
		return
	}
	for _, t := range run[:len(run)-1] {
		if t.amp {
			f.add(doc, run, nil, kOrg, caption) // Procter & Gamble, Marks & Spencer
			return
		}
	}
	if len(run) == 1 && isDomain(f.docs[doc].Text[run[0].s:run[0].e]) {
		f.add(doc, run, nil, kOrg, caption) // WokeHub.com
		return
	}
	// Moderate Democrats, Jittery Republicans: a common word capitalized
	// before a party's members describes them (but House Democrats are
	// the House's).
	if len(run) == 2 && partyMembers[run[1].key] && partyAdjective(run[0]) {
		f.plain(doc, run[1:], caption)
		return
	}
	// Billionaire Tom Steyer, Crazy Bernie: a common word capitalized
	// before a given name describes the person, whose name follows.
	if len(run) > 1 && commonOpener(run) && firstNames[run[1].key] && !ambiguousFirst[run[1].key] && headKind(run[len(run)-1].key) == kUnknown {
		f.plain(doc, run[1:], caption)
		return
	}
	// Justices Ruth Bader Ginsburg, Journalist Glenn Greenwald, Homeland
	// Security Chad Wolf: common words, a title or the end of one, before
	// a given name: the person's name starts at the given name.
	if i := givenAfterWords(run); i > 0 && headKind(run[len(run)-1].key) == kUnknown {
		f.plain(doc, run[i:], caption)
		return
	}
	// South Carolina Republican Lindsey Graham, North Korean Dictator Kim
	// Jong Un: a place and a party or a role before a given name.
	for i := 2; i+1 < len(run); i++ {
		if firstNames[run[i].key] && !ambiguousFirst[run[i].key] && (partySingular[run[i-1].key] || titleHeads[run[i-1].key] || roleNouns[run[i-1].key]) {
			if places[joinKeys(run[:i-1])] {
				f.plain(doc, run[:i-1], caption) // South Carolina (not "Top Senate")
			}
			f.plain(doc, run[i:], caption)
			return
		}
	}
	hk := headKind(run[len(run)-1].key)
	for i := 1; i+1 < len(run) && hk == kUnknown; i++ {
		if run[i].key == "of" || run[i].key == "on" || run[i].key == "for" {
			hk = headKind(run[i-1].key) // Department of Correction, Panel on Climate Change
		}
	}
	// Spanish Town, Throgs Neck: a large town's name of several words is
	// the town's, whatever its words look like (not Morgan Hill, which
	// opens with a given name).
	if hk == kUnknown && len(run) > 1 && townPop(whole) >= bigTown && !firstNames[run[0].key] {
		f.add(doc, run, nil, kUnknown, caption)
		f.cands[len(f.cands)-1].located = true
		return
	}
	if hk == kUnknown || hk == kPerson || len(run) == 2 && titleHeads[run[1].key] {
		// Iranian, Syrian, Sunni: adjectives before a name, or no name at all.
		for len(run) > 0 && demonyms[run[0].key] && !(len(run) > 1 && places[joinKeys(run[:2])]) {
			run = run[1:]
		}
		if len(run) == 0 {
			return
		}
		hk = headKind(run[len(run)-1].key)
	}
	if len(run) == 1 {
		t := run[0]
		if chambers[t.key] {
			f.add(doc, run, nil, kOrg, caption) // the Senate, Congress
			return
		}
		if hk != kUnknown || isTitleHead(t.key) || titleMods[t.key] || hasDigit(t.key) || demonyms[firstPart(t.key)] {
			return
		}
	}
	if allTitles(run) || len(run) > 2 && isTitleHead(run[0].key) && run[1].key == "of" && !institutions[run[len(run)-1].key] {
		return // a post, not who holds it: Secretary of Veterans Affairs (but the Secretary of State's Office)
	}
	k := kUnknown
	switch {
	case hk != kUnknown && len(run) > 1:
		k = hk
	case len(run) > 1 && placePrefixes[run[0].key] && !firstNames[run[1].key]:
		k = kPlace // Lake Berryessa, South Portland, St Catherine
	case len(run) > 1 && leadingHeads[run[0].key] != kUnknown:
		k = leadingHeads[run[0].key] // Fondation Louis Vuitton, Château de Versailles
	case len(run) > 1 && run[len(run)-1].acro:
		k = kOrg
	case len(run) > 1 && knownOrgs[run[0].key] && !firstNames[run[0].key]:
		k = kOrg // Gilead Sciences, Bloomberg Law, Exxon Mobil: a known company's name or unit, not a person
	case len(run) >= 2 && len(run) <= 4 && personShape(run) && !f.commonWord(run):
		k = kPerson
	}
	f.add(doc, run, nil, k, caption)
	if k == kPerson && commonOpener(run) {
		f.cands[len(f.cands)-1].common = true
	}
}

// leadingHeads are the words that open an organization's or a place's
// name in French, Spanish, Italian, Portuguese and German, where English
// puts its head last (accents folded, as keys are).
var leadingHeads = func() map[string]kind {
	m := map[string]kind{}
	for _, w := range strings.Fields(`fondation fundacion fundacao fondazione stiftung musee museo museu
		universite universidad universidade universita banco banque instituto institut istituto
		compagnie companhia societe sociedad partido parti partito ministere ministerio`) {
		m[w] = kOrg
	}
	for _, w := range strings.Fields(`chateau palais palacio palazzo rue calle avenida praca piazza`) {
		m[w] = kPlace
	}
	return m
}()

// givenAfterWords returns where a known given name follows, within the
// first three words of run, words that are no name (titles, common words:
// "Justices", "Journalist", "Security"), or 0.
func givenAfterWords(run []tok) int {
	for i := 1; i < min(len(run)-1, 3); i++ {
		if !firstNames[run[i].key] || ambiguousFirst[run[i].key] {
			continue
		}
		for _, t := range run[:i] {
			k := strings.TrimSuffix(t.key, "s")
			if firstNames[t.key] || placePrefixes[t.key] || namedForPeople[t.key] || !(titleHeads[k] || titleMods[k] || lowerShare[t.key] >= lowerMostly) {
				return 0 // (not Port Arthur, Camp David, Uncle Ben)
			}
		}
		return i
	}
	return 0
}

// namedForPeople open names of products and characters named for a
// person (Uncle Ben, Lady Bird); placePrefixes open the places (Camp
// David, Lake Jackson).
var namedForPeople = wordSet(`uncle aunt auntie grandma grandpa papa mama baby lady sir`)

// personShape reports whether a run of two to four words reads as a
// person's name: a known given name first, or no word that names places,
// organizations or acronyms.
func personShape(run []tok) bool {
	if placePrefixes[run[0].key] {
		return false
	}
	shout := true
	for _, t := range run {
		if !t.caps {
			shout = false
		}
	}
	if shout {
		return false // SOUTHWEST MIAMI-DADE: a dateline
	}
	for _, t := range run {
		if t.caps && len(t.key) >= 4 && !t.acro {
			return false // FUNERAL TARGETED De Blasio: a shouted headline runs into a name
		}
	}
	if knownOrg(joinKeys(run)) {
		return false // Goldman Sachs, Morgan Stanley
	}
	if firstNames[run[0].key] && !places[run[0].key] {
		return true
	}
	for _, t := range run {
		if t.acro || places[t.key] || headKind(t.key) != kUnknown || demonyms[t.key] || aliases[t.key] != "" || titleMods[t.key] {
			return false
		}
		if len(strings.TrimRight(t.key, ".")) == 1 && !strings.HasSuffix(t.key, ".") && t.e-t.s == 1 {
			continue
		}
	}
	return true
}

// add records a mention whose name is the run name, with its title words.
func (f *finder) add(doc int, name, title []tok, k kind, caption bool) {
	c := cand{
		doc:     doc,
		name:    storybrief.Span{Start: name[0].s, End: name[len(name)-1].e},
		caption: caption,
		kind:    k,
		titled:  len(title) > 0,
		acro:    len(name) == 1 && name[0].acro,
	}
	c.span = c.name
	if len(title) > 0 {
		c.span.Start = title[0].s
	}
	c.toks = make([]string, len(name))
	for i, t := range name {
		c.toks[i] = t.key
		if o := ordinalDigits[t.key]; o != "" && len(name) > 1 {
			c.toks[i] = o // the Fourth Circuit is the 4th Circuit
		}
	}
	c.key = strings.Join(c.toks, " ")
	if t := name[0]; len(name) == 1 && t.cap && usStates[t.key] {
		text := f.docs[doc].Text
		// N.Y. with its periods, or Calif. and Va. before one; not PR. or
		// IN, which are words as often.
		c.state = strings.Contains(text[t.s:t.e], ".") || !t.caps && t.e < len(text) && text[t.e] == '.'
		if c.state && !unshortened[t.key] && t.e < len(text) && text[t.e] == '.' {
			c.name.End, c.span.End = t.e+1, t.e+1 // the name is "Va.", not "Va"
		}
	}
	f.cands = append(f.cands, c)
}

// ordinalDigits writes the ordinals that names spell out (the Fourth
// Circuit, the First Amendment) as the digits others use (4th, 1st).
var ordinalDigits = map[string]string{
	"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
	"seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th", "twelfth": "12th",
}

// markSpeakers flags the candidates that are the subject of a verb of
// saying in the words toks: "Kerry said", "said Kerry".
func markSpeakers(cands []cand, toks []tok) {
	if len(cands) == 0 {
		return
	}
	ti := 0
	for ci := range cands {
		c := &cands[ci]
		for ti < len(toks) && toks[ti].s < c.name.End {
			ti++
		}
		// toks[ti] is the first word after the name.
		if ti < len(toks) && speechVerbs[toks[ti].key] && !toks[ti-1].brk {
			c.speaker = true
			continue
		}
		// The word before the mention.
		k := ti - 1
		for k >= 0 && toks[k].s >= c.span.Start {
			k--
		}
		if k >= 0 && speechVerbs[toks[k].key] && !toks[k].brk && !addressVerbs[toks[k].key] {
			c.speaker = true // "said Kerry", not "told Reuters"
		}
	}
}

// companyVerbs are the verbs whose object is a company's name: to buy
// Time Warner, acquired Goldman Sachs.
var companyVerbs = wordSet(`buy buys bought buying acquire acquires acquired acquiring`)

// companyNouns are the words that make the name after their "of", "in" or
// "with" a company's: shares of Time Warner, a merger with Goldman Sachs.
var companyNouns = wordSet(`shares stock stake acquisition takeover merger`)

// companyOwns are the words after a name's possessive that make it a
// company's: Goldman Sachs's shareholders, its chief executive. A person
// has a spokesman, employees, shares and a seat on a board; a company has
// shareholders and a chief executive.
var companyOwns = wordSet(`shareholders stockholders ceo subsidiary subsidiaries revenue revenues`)

// companyShares are the words right after a name (no possessive) that
// make it a company's: Time Warner shares fell.
var companyShares = wordSet(`shares stock stocks`)

// sharesVerb reports whether "shares" before toks[i] is the verb of a
// person's sentence ("Mike Pence shares 9/11 conspiracy theory", "Obama
// shares his list"): a number, determiner or possessive follows it, where
// a company's shares are followed by what they did (Time Warner shares
// fell).
func sharesVerb(toks []tok, i int) bool {
	if i >= len(toks) || toks[i-1].brk {
		return false
	}
	k := toks[i].key
	return k != "" && k[0] >= '0' && k[0] <= '9' || shareObjects[k]
}

// shareObjects open what a person shares: "shares his list", "shares a
// photo".
var shareObjects = wordSet(`a an the his her their its our my your this that these those new photos photo video
videos details story stories thoughts views plans message messages news post posts`)

// orgAfter are the words right after a name (no possessive) that make it
// an organization's unless it opens with a given name: the Black Lives
// Matter movement, but the Bernie Sanders movement. A person has
// supporters and a campaign.
var orgAfter = wordSet(`movement organization organisation activists website`)

// domainRe matches a web site's name: WokeHub.com, bit.ly.
var domainRe = regexp.MustCompile(`(?i)^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co|us|uk|info|news|tv|ly)$`)

// isDomain reports whether w names a web site.
func isDomain(w string) bool { return strings.Contains(w, ".") && domainRe.MatchString(w) }

// governs reports whether c, one untyped word followed by toks[ti], stands
// before a lower-case "administration", "campaign", "presidency" or
// "regime" (the Trump administration, the Assad regime): a person's, when
// the word is no place (the Iran regime), people (the Iranian regime),
// kind of regime (the Nazi regime) or hyphenated law (the Glass-Steagall
// regime).
func governs(c *cand, toks []tok, ti int) bool {
	if len(c.toks) != 1 || ti >= len(toks) || toks[ti-1].brk || toks[ti-1].poss {
		return false
	}
	next := toks[ti]
	return !next.cap && personGov[next.key] && !countryWord(c.key) && !knownOrg(c.key) &&
		!regimeWords[c.key] && !strings.ContainsAny(c.key, "-.")
}

// regimeWords name a regime's kind, not its leader: the Nazi regime.
var regimeWords = wordSet(`nazi soviet communist fascist military baathist islamist apartheid`)

// personGov are lower-case words after a person's name that make the
// whole their government or effort.
var personGov = wordSet(`administration administrations campaign presidency regime`)

// markLocated flags the untyped candidates that the words toks of text
// show to be places: a town before its state ("Hendersonville, N.C."), or
// where a person named with an age is from ("Junmyung Lee, 30, of
// Dedham").
func markLocated(text string, cands []cand, toks []tok) {
	ti := 0
	for ci := range cands {
		c := &cands[ci]
		for ti < len(toks) && toks[ti].e <= c.name.Start {
			ti++
		}
		end := ti
		for end < len(toks) && toks[end].s < c.name.End {
			end++
		}
		c.party = end < len(toks) && end > 0 && !toks[end-1].brk && caseMarks[toks[end].key]
		// toks[ti] is the name's first word; toks[ti-1] the word before it.
		if ti == 0 || c.kind != kUnknown || c.titled || toks[ti-1].brk {
			continue
		}
		// "Hendersonville, N.C.", "Torrance, California,": a town, then its
		// state or country and a stop (not "Cornyn, Texas Republican").
		if end < len(toks) && toks[end-1].brk && strings.HasPrefix(strings.TrimLeft(text[toks[end-1].e:toks[end].s], " "), ",") && (usStates[toks[end].key] || places[toks[end].key]) && toks[end].cap && toks[end].brk {
			c.located = true
			continue
		}
		// "Junmyung Lee, 30, of Dedham": where a person named with an age
		// is from.
		if ti >= 3 && toks[ti-1].key == "of" && hasDigit(toks[ti-2].key) && toks[ti-2].brk && toks[ti-3].brk {
			c.located = true
			continue
		}
		if toks[end-1].poss || townPop(c.key) == 0 {
			continue // not "in Obama's speech"
		}
		if c.party || end < len(toks) && !toks[end-1].brk && toks[end].cap {
			// "in Roe v. Wade", "in Carson King's tweets": a party to a
			// case, or a name that runs on.
			continue
		}
		switch {
		// "in Asheville", "near Sirte": a town's name where something is.
		case locatives[toks[ti-1].key] && !toks[ti-1].cap:
			c.located = true
		// "the city of Sirte", "the liberal enclave of Asheville".
		case ti >= 2 && toks[ti-1].key == "of" && !toks[ti-2].brk && townNouns[toks[ti-2].key]:
			c.located = true
		// "in Cambridge and Watertown", "in Massachusetts and Fairfax": a
		// town after a place and "and".
		case ci > 0 && (toks[ti-1].key == "and" || toks[ti-1].key == "or") && ti >= 2 && !toks[ti-2].brk &&
			toks[ti-2].e == cands[ci-1].name.End && placeLike(&cands[ci-1]):
			c.located = true
		}
	}
}

// caseMarks are the words between the parties to a case: Roe v. Wade.
var caseMarks = wordSet(`v vs versus`)

// placeLike reports whether a candidate names a place by its words or by
// the words around it.
func placeLike(c *cand) bool {
	return c.kind == kPlace || c.located || c.state || places[c.key]
}

// townNouns are the nouns that take a town's name after "of": the city of
// Sirte, the village of Debe.
var townNouns = wordSet(`city town village suburb enclave hamlet municipality borough township port capital
neighborhood neighbourhood community`)

// locatives are the prepositions before a town's name that say the name
// is the town's: "in Asheville", "outside Kyzyl".
var locatives = wordSet(`in near outside`)

// markCompanies flags the candidates that read as a person's name by
// their shape but stand where a company's or another organization's name
// does, in the words toks, and the untyped ones that a government or a
// campaign makes a person's (governs).
func markCompanies(cands []cand, toks []tok) {
	ti := 0
	for ci := range cands {
		c := &cands[ci]
		for ti < len(toks) && toks[ti].s < c.name.End {
			ti++
		}
		if ti == 0 {
			continue
		}
		if c.kind == kUnknown {
			c.governs = governs(c, toks, ti)
			continue
		}
		if c.kind != kPerson || c.titled {
			continue
		}
		// toks[ti] is the first word after the name; toks[ti-1] its last.
		last := toks[ti-1]
		if ti < len(toks) && !last.brk {
			next := toks[ti].key
			chiefExec := next == "chief" && ti+1 < len(toks) && toks[ti+1].key == "executive"
			// A known given name makes "the Bernie Sanders movement" his.
			movement := orgAfter[next] && !firstNames[c.toks[0]]
			shares := companyShares[next] && !sharesVerb(toks, ti+1)
			if companyOwns[next] || last.poss && chiefExec || !last.poss && (shares || movement) {
				c.company = true
				continue
			}
		}
		if last.poss {
			continue // to buy Jennifer Lopez's house
		}
		k := ti - 1
		for k >= 0 && toks[k].s >= c.span.Start {
			k--
		}
		switch {
		case k >= 0 && !toks[k].brk && companyVerbs[toks[k].key]:
			c.company = true
		case k >= 1 && !toks[k].brk && !toks[k-1].brk && (toks[k].key == "of" || toks[k].key == "in" || toks[k].key == "with") && companyNouns[toks[k-1].key]:
			c.company = true
		}
	}
}

// shortHeads are the heads of organizations that the news names without
// them: Johns Hopkins (University), Shake Shack (Inc.). A foundation or an
// institute named for a person is not (Melinda Gates beside the Melinda
// Gates Foundation).
var shortHeads = wordSet(`university college hospital school academy inc corp co company llc ltd plc`)

// typeCompanies makes a company of every untitled mention shaped like a
// person's name whose words stand where a company's do somewhere in the
// story (markCompanies), or that names an organization of the story
// without its head (Johns Hopkins for Johns Hopkins University, shortHeads),
// unless a title names them a person elsewhere. A mention that opens with
// a common word (Advertising Policy, Border Protection) is no person unless
// a title or a verb of saying makes it one somewhere in the story.
func typeCompanies(cands []cand) {
	company, person, spoke := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i := range cands {
		c := &cands[i]
		switch {
		case c.titled:
			person[c.key] = true
		case c.company:
			company[c.key] = true
		}
		if c.speaker {
			spoke[c.key] = true
		}
	}
	// Johns Hopkins beside Johns Hopkins University: the organization
	// named without its head.
	short := map[string]*cand{}
	for i := range cands {
		if c := &cands[i]; c.kind == kOrg && len(c.toks) >= 3 && shortHeads[c.toks[len(c.toks)-1]] {
			short[strings.Join(c.toks[:len(c.toks)-1], " ")] = c
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.kind != kPerson || c.titled || person[c.key] {
			continue
		}
		if company[c.key] {
			c.kind = kOrg
		} else if org := short[c.key]; org != nil && !firstNames[c.toks[0]] {
			c.kind, c.key, c.toks = kOrg, org.key, org.toks
		} else if c.common && !spoke[c.key] {
			c.kind = kUnknown
		}
	}
}

// spanOf returns the span from the first to the last of toks.
func spanOf(toks []tok) storybrief.Span {
	return storybrief.Span{Start: toks[0].s, End: toks[len(toks)-1].e}
}

// govHeads are words after a name that make the whole the name's
// government or household: the Obama Administration.
var govHeads = wordSet(`administration regime government campaign family era presidency`)

func hasDigit(k string) bool { return strings.ContainsAny(k, "0123456789") }

// firstPart returns k up to its first hyphen (Sunni-Shia → sunni).
func firstPart(k string) string {
	if i := strings.IndexByte(k, '-'); i > 0 {
		return k[:i]
	}
	return k
}

// allTitles reports whether every word of run is part of a title (Grand
// Ayatollah, Supreme Leader): a title with no name.
func allTitles(run []tok) bool {
	for _, t := range run {
		if !titleHeads[t.key] && !titleMods[t.key] && t.key != "of" {
			return false
		}
	}
	return true
}

// orgAnd returns how many words after "and" complete the name of an
// organization begun by left (World Travel | and | Tourism Council), or 0.
func orgAnd(left, right []tok) int {
	if n := len(left); n > 0 && (orgHeads[left[n-1].key] || knownOrg(joinKeys(left))) {
		return 0 // Fox News and NBC News, Harvard University and Columbia Law School: two
	}
	for _, t := range left {
		if firstNames[t.key] || places[t.key] || titleHeads[t.key] {
			return 0
		}
	}
	for k := 0; k < len(right) && k < 4 && continues(right[k]); k++ {
		if orgHeads[right[k].key] {
			return k + 1
		}
		if right[k].brk || right[k].poss {
			break
		}
	}
	return 0
}

// placePrefixes start the names of places, not of people: St Eustatius,
// Fort Worth, Lake Berryessa.
var placePrefixes = wordSet(`st saint fort port mount mt lake camp new north south east west san santa los las
southwest southeast northwest northeast central
upper lower greater little great cape`)

// isTitleHead reports whether k ends a title, hyphenated ones included
// (Vice-President, Secretary-General).
func isTitleHead(k string) bool {
	if titleHeads[k] {
		return true
	}
	if i := strings.LastIndexByte(k, '-'); i > 0 {
		return titleHeads[k[i+1:]] && (titleMods[k[:i]] || titleHeads[k[:i]])
	}
	return false
}

// hasHyphen reports whether w holds a hyphen of any kind.
func hasHyphen(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' || w[i] == 0xe2 && strings.ContainsAny(w[i:], "‐‑") {
			return true
		}
	}
	return false
}

// hasTitleWord reports whether a title word is among the words of a name:
// then the title started later (Acting Chief Medical Officer Dr Anton Best).
func hasTitleWord(name []tok) bool {
	for i, t := range name {
		if surnameAt(name, i) {
			continue // Jim Justice, Dan Bishop, Martin Luther King Jr.: a surname
		}
		if isTitleHead(t.key) || titleMods[t.key] && !firstNames[t.key] {
			return true
		}
	}
	return false
}

// commonWord reports whether a word of run after the first is written in
// lower case elsewhere in the story (Margaritaville Resort, Weekly Pass),
// or every word of it is one that news writes in lower case at least half
// the time (Community Guidelines, Business Insider): such a run is not a
// person's name, unless it opens with a known given name (Samantha Power).
func (f *finder) commonWord(run []tok) bool {
	if firstNames[run[0].key] {
		return false
	}
	common := true
	for _, t := range run {
		if lowerShare[t.key] < lowerMostly {
			common = false
			break
		}
	}
	if common {
		return true
	}
	for _, t := range run[1:] {
		if f.lower[t.key] && !particles[t.key] {
			return true
		}
	}
	return false
}

// addressVerbs take whom they address after them, not who speaks.
var addressVerbs = wordSet(`told tells asked asks`)
