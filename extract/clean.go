package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
)

// Reasons given for dropped lines.
const (
	reasonNav       = "navigation or page furniture"
	reasonBanner    = "app or notification banner"
	reasonTeaser    = "truncated teaser"
	reasonDuplicate = "repeats another line"
	reasonCaption   = "photo caption"
	reasonPhoto     = "photo title"
	reasonLabel     = "label: image alt text, heading or gallery title"
	reasonTags      = "tag line"
	reasonAuthor    = "author box"
	reasonPromo     = "promo or call to action"
	reasonComments  = "reader comments"
	reasonTrailer   = "after the article"
	reasonNoise     = "not prose"
	reasonLink      = "link to another story or widget label"
	reasonFragment  = "sentence fragment"
	reasonReference = "reference list"
)

// unit is one paragraph candidate: a line, or several hard-wrapped lines.
type unit struct {
	start, end int    // byte span in the text (trimmed)
	line       int    // 1-based line of the first byte
	lastLine   int    // 1-based line of the last byte
	text       string // the text, white space collapsed
	block      int    // index of the blank-line-separated block holding it
	indent     int    // leading spaces of the first line

	words     int
	terminal  bool // ends like a sentence: . ! ? or a closing quote after one
	colon     bool // ends with a colon
	sentence  bool // reads as prose
	titleCase bool // most words capitalized

	kind          storybrief.Kind // "" = undecided, or the kept kind
	drop          string          // reason, when dropped
	title         bool
	speak         string // speaker of a block quote
	commentAuthor string
	commentHead   bool
}

// clean splits doc.Text into units and classifies each.
func clean(doc *storybrief.Document) {
	units := split(doc.Text)
	if len(units) == 0 {
		return
	}
	c := &cleaner{doc: doc, u: units, lowerStarts: -1}
	c.comments()
	c.trailer()
	c.references()
	c.repeats()
	c.captions()
	c.banners()
	c.vocabulary()
	c.headline()
	c.labels()
	c.blockQuotes()
	c.emit()
}

type cleaner struct {
	doc *storybrief.Document
	u   []unit
	end int // units from end on are the comment section

	lowerStarts int // -1 unknown, 0 no, 1 yes: see hasLowerStarts
}

// split cuts text into units: each non-blank line, with hard-wrapped
// continuation lines joined to the line they continue.
func split(text string) []unit {
	var us []unit
	line, block := 0, 0
	blank := true
	for off := 0; off <= len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		line++
		raw := text[off:end]
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" {
			if !blank {
				block++
			}
			blank = true
		} else {
			s := off + strings.Index(raw, trimmed)
			e := s + len(trimmed)
			indent := len(raw) - len(strings.TrimLeft(raw, " \t"))
			if n := len(us); n > 0 && !blank && continues(us[n-1], trimmed) {
				us[n-1].end = e
				us[n-1].lastLine = line
			} else {
				us = append(us, unit{start: s, end: e, line: line, lastLine: line, block: block, indent: indent})
			}
			blank = false
		}
		if nl < 0 {
			break
		}
		off = end + 1
	}
	for i := range us {
		u := &us[i]
		u.text = storybrief.CollapseSpace(text[u.start:u.end])
		measure(u)
	}
	return us
}

// continues reports whether next is a hard-wrapped continuation of prev.
func continues(prev unit, next string) bool {
	if prev.end-prev.start < 40 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !endsTerminal(strings.TrimSpace(strings.Fields(next)[0]))
}

var smallWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "as": true, "is": true, "vs.": true}

// measure fills the shape features of a unit.
func measure(u *unit) {
	ws := strings.Fields(u.text)
	u.words = len(ws)
	u.terminal = endsTerminal(u.text)
	u.colon = strings.HasSuffix(u.text, ":")
	caps, counted, lower := 0, 0, 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘([-"))
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsLower(r) {
			lower++
		}
		if smallWords[strings.ToLower(w)] {
			continue
		}
		counted++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	u.titleCase = counted >= 2 && caps*10 >= counted*9
	u.sentence = (u.terminal || u.colon) && u.words >= 6 && !u.titleCase && lower*3 >= u.words
}

// prose reports whether a unit reads as article text: a sentence of ten
// words or more, or a long run of words that is not a title (a paragraph cut
// off mid-sentence still counts).
func (u *unit) prose() bool {
	return u.sentence && u.words >= 10 || u.words >= 25 && !u.titleCase
}

// endsTerminal reports whether s ends like a sentence.
func endsTerminal(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]» \t")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

var (
	// A numbered comment header: "  12. NAME says:" (the number may stand alone).
	commentHeadRe = regexp.MustCompile(`^(\d{1,4})[.)]\s+(.{1,80}?)\s+(?:says|said|writes|wrote|commented|replied)\s*:?\s*$`)
	numberedRe    = regexp.MustCompile(`^(\d{1,4})[.)]\s+(\S.*)$`)
	// An unnumbered header: "NAME says:" with a date or nothing after it.
	bareHeadRe = regexp.MustCompile(`^(\S.{0,60}?)\s+(?:says|said|writes|wrote|commented|replied)\s*:\s*$`)
	// Headings that open a comment section.
	commentSectionRe = regexp.MustCompile(`(?i)^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|leave a (?:reply|comment)|join the (?:discussion|conversation)|discussion)\s*(?:\(\d+\))?:?$`)
)

// comments finds the reader-comment section: from the first of at least two
// comment headers (numbered "N. NAME says:" entries, or "NAME says:" lines
// that recur), to the end of the page.
func (c *cleaner) comments() {
	c.end = len(c.u)
	first, heads := -1, 0
	for i := range c.u {
		t := c.u[i].text
		if c.u[i].words > 16 || !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "says") && !strings.HasSuffix(t, "said") && !strings.HasSuffix(t, "wrote") {
			continue
		}
		if commentHeadRe.MatchString(t) || (bareHeadRe.MatchString(t) && c.u[i].words <= 8) {
			if first < 0 {
				first = i
			}
			heads++
		}
	}
	if first < 0 || (heads < 2 && first < len(c.u)-1 && !strings.HasSuffix(c.u[first].text, ":")) {
		return
	}
	start := first
	// A section heading just before the first header belongs to it.
	for start > 0 && commentSectionRe.MatchString(c.u[start-1].text) {
		start--
	}
	c.end = start
	want := 0
	for i := start; i < len(c.u); i++ {
		u := &c.u[i]
		u.drop = reasonComments
		short := u.words <= 16
		if !short && (len(u.text) == 0 || u.text[0] < '0' || u.text[0] > '9') {
			continue // a header is short, or a numbered entry
		}
		if m := headMatch(commentHeadRe, u.text, short); m != nil {
			u.commentHead, u.commentAuthor = true, m[2]
			want, _ = strconv.Atoi(m[1])
			want++
			continue
		}
		if m := numberedRe.FindStringSubmatch(u.text); m != nil && want > 0 {
			if n, _ := strconv.Atoi(m[1]); n == want {
				// A numbered entry without "says:": the text starts on its line.
				u.commentHead = true
				want++
				continue
			}
		}
		if m := headMatch(bareHeadRe, u.text, u.words <= 8); m != nil {
			u.commentHead, u.commentAuthor = true, m[1]
		}
	}
}

// headMatch matches a comment-header pattern, only on lines short enough
// to be one.
func headMatch(re *regexp.Regexp, text string, short bool) []string {
	if !short {
		return nil
	}
	return re.FindStringSubmatch(text)
}

var (
	tagLineRe  = regexp.MustCompile(`(?i)^(?:filed under|tags?|tagged|topics?|categories|category|posted in|related topics|keywords)\s*:`)
	aboutRe    = regexp.MustCompile(`^(?:About|More (?:from|by)|Posts by|Written by|By)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$`)
	durationRe = regexp.MustCompile(`(?:\.\.\.|…)\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*$|\s\d{1,2}:\d{2}$`)
)

// trailer drops the page furniture that follows an article: a tag line or
// an author box ends the article, and what follows it up to the comments is
// dropped, provided the article has begun.
func (c *cleaner) trailer() {
	prose := 0
	for i := 0; i < c.end; i++ {
		u := &c.u[i]
		if u.sentence && u.words >= 10 {
			prose++
		}
		tag := tagLineRe.MatchString(u.text) || commaRun(u.text)
		about := aboutRe.FindStringSubmatch(u.text)
		if (!tag && about == nil) || prose < 2 {
			continue
		}
		reason := reasonTags
		if about != nil {
			reason = reasonAuthor
		}
		u.drop = reason
		// An author's name alone on the line before an author box belongs to it.
		if about != nil && i > 0 && strings.EqualFold(c.u[i-1].text, about[1]) {
			c.u[i-1].drop = reasonAuthor
		}
		for j := i + 1; j < c.end; j++ {
			v := &c.u[j]
			if v.drop != "" {
				continue
			}
			switch {
			case about != nil || aboutRe.MatchString(v.text) || (j+1 < c.end && aboutRe.MatchString(c.u[j+1].text)):
				v.drop = reasonAuthor
			default:
				v.drop = reasonTrailer
			}
		}
		return
	}
}

// maxReferenceWords is the most words of one bibliographic entry; longer
// lines are prose, and are not searched (a whole article on one line,
// as Multi-News gives it, took the searches seconds).
const maxReferenceWords = 120

// minReferences is the fewest bibliographic references that make a list:
// one citation alone in a report ("… doi:10.1056/NEJMoa2002032") stays.
const minReferences = 3

// references drops the bibliography of a scholarly page: entries such as
// "Tanaka E et al. Adverse effects of sulfasalazine …. J Rheumatol.
// 2002;29(12):2492–9." or "… [PMID: 24055351] doi:10.1016/… Crossref".
// They are not the article's statements, and their authors ("Dalbeth N")
// and journals ("Int J Rheumatol") read as people. A page needs
// minReferences such lines before any goes.
func (c *cleaner) references() {
	var refs []int
	for i := 0; i < c.end; i++ {
		if c.u[i].drop == "" && c.u[i].words <= maxReferenceWords && reference(c.u[i].text) {
			refs = append(refs, i)
		}
	}
	if len(refs) < minReferences {
		return
	}
	for _, i := range refs {
		c.u[i].drop = reasonReference
	}
}

var (
	// refMarkRe matches what only a bibliographic entry holds: a PubMed id,
	// a DOI, a database's link label, a Vancouver "year;volume(issue):page"
	// (written without spaces, unlike "2019; 12:30").
	refMarkRe = regexp.MustCompile(`(?i)\[PMID|\bPMID:|\bdoi:\s*10\.|doi\.org/10\.|\bCrossref|Google Scholar|\bPubMed\b|\b(?:19|20)\d{2};\d+(?:\(\d+\))?:[A-Za-z]?\d+`)
	// refAuthorsRe matches the authors that open an entry, after an
	// optional number: a surname and its initials followed by another
	// author ("Dalbeth N, Stamp L"), "et al." or the title ("Glezen WP.
	// Herd protection …"), or a surname, comma and initials ("Smith, J.
	// A.,"). "Malcolm X, who …" is no entry.
	refAuthorsRe = regexp.MustCompile(`^(?:\[?\d{1,3}[.\])]\s*)?(?:(?:van|von|de|der|den|da|di|du|le|la)\s)?\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?(?:\s\p{Lu}{1,3}(?:-\p{Lu}){0,2}(?:\s+Jr)?(?:,\s?(?:(?:van|von|de|der|den|da|di|du|le|la)\s)?\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3}(?:-\p{Lu}){0,2}\b|\.\s?\p{Lu}|,?\s+et al)|,\s(?:\p{Lu}\.\s?){1,3}(?:,|&|and\b|\())`)
	// refYearRe matches a year of publication.
	refYearRe = regexp.MustCompile(`\b(?:19|20)\d{2}[a-z]?\b`)
)

// reference reports whether a line reads as one bibliographic entry.
func reference(s string) bool {
	return refMarkHint(s) && refMarkRe.MatchString(s) || refAuthorsRe.MatchString(s) && refYearRe.MatchString(s)
}

// refMarkHint reports whether s holds what refMarkRe needs, cheaply: most
// lines hold none of it and skip the expression.
func refMarkHint(s string) bool {
	if strings.IndexByte(s, ';') >= 0 {
		return true
	}
	for _, h := range [...]string{"PMID", "doi", "DOI", "Crossref", "Scholar", "PubMed"} {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// commaRun reports a line that is mostly separators: a tag list gone empty.
func commaRun(s string) bool {
	return strings.Count(s, ", ,") >= 3
}

// repeats drops truncated teasers and copies: a line ending in an ellipsis
// (perhaps with a video duration) whose text begins another line, a line
// that is a strict prefix of its neighbour, and exact repeats.
func (c *cleaner) repeats() {
	seen := map[string]int{}
	for i := 0; i < c.end; i++ {
		u := &c.u[i]
		if u.drop != "" {
			continue
		}
		if durationRe.MatchString(tail(u.text, 24)) {
			u.drop = reasonTeaser
			continue
		}
		stem := strings.TrimRight(u.text, ".… ")
		if strings.HasSuffix(u.text, "...") || strings.HasSuffix(u.text, "…") {
			if len(stem) >= 20 && c.prefixOfOther(i, stem) {
				u.drop = reasonTeaser
				continue
			}
		}
		if i+1 < c.end && len(u.text) >= 20 && len(c.u[i+1].text) > len(u.text) && strings.HasPrefix(c.u[i+1].text, u.text) && !u.terminal {
			u.drop = reasonDuplicate
			continue
		}
		if j, ok := seen[u.text]; ok && u.words >= 3 && j != i {
			u.drop = reasonDuplicate
			continue
		}
		seen[u.text] = i
	}
}

// prefixOfOther reports whether stem begins some other unit near i.
func (c *cleaner) prefixOfOther(i int, stem string) bool {
	for j := max(0, i-3); j < min(c.end, i+4); j++ {
		if j != i && len(c.u[j].text) > len(stem) && strings.HasPrefix(c.u[j].text, stem) {
			return true
		}
	}
	return false
}

var (
	creditRe       = regexp.MustCompile(`(?i)(?:\((?:AP|Reuters|AFP|Getty|EPA|Photo|Photos|Image|Credit|File)[^()]*\)|\b(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Xinhua|Shutterstock)(?:/[\w ]+)?|[\w. ]+/(?:AP|AFP|Reuters|Getty Images|EPA))\.?\s*$`)
	captionStartRe = regexp.MustCompile(`(?i)^(?:in this (?:\w+ )?(?:photo|picture|image|file photo|undated photo|handout)|this (?:\w+ )?(?:photo|picture|image)|pictured|photo|file photo|image)\b`)
)

// captions drops photo titles and captions: a short label followed by a
// line that starts with the same words, and lines that carry a photo credit
// or open as captions do.
func (c *cleaner) captions() {
	for i := 0; i < c.end; i++ {
		u := &c.u[i]
		if u.drop != "" && u.drop != reasonDuplicate {
			continue
		}
		stem := strings.TrimRight(u.text, ".")
		if i+1 < c.end && u.words <= 14 && len(stem) >= 12 && len(c.u[i+1].text) > len(u.text)+10 && strings.HasPrefix(c.u[i+1].text, stem) {
			u.drop = reasonPhoto
			c.u[i+1].drop = reasonCaption
			continue
		}
		if u.drop != "" {
			continue
		}
		// A credit alone proves nothing; with a caption's opening, a photo
		// word, a label above it or a bare agency name at its end it does.
		if u.words > 150 {
			continue
		}
		if captionStartRe.MatchString(u.text) || strings.Contains(u.text, "Photo") || c.sameBlockAsLabel(i) || endsWithBareCredit(u.text) {
			if creditRe.MatchString(tail(u.text, 120)) {
				u.drop = reasonCaption
			}
		}
	}
}

// tail returns the last n bytes of s, or more to start on a rune.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

// endsWithBareCredit reports a caption that ends with a sentence and then
// the agency's name alone: "… July 15, 2014. AP".
func endsWithBareCredit(s string) bool {
	i := strings.LastIndex(s, ". ")
	if i < 0 {
		return false
	}
	tail := strings.TrimSpace(s[i+1:])
	return len(tail) > 0 && len(strings.Fields(tail)) <= 4 && !strings.ContainsAny(tail, ".!?,")
}

// sameBlockAsLabel reports whether unit i shares its block with a short
// label line, as a caption under a photo title does.
func (c *cleaner) sameBlockAsLabel(i int) bool {
	for j := max(0, i-1); j <= min(c.end-1, i+1); j++ {
		if j != i && c.u[j].block == c.u[i].block && !c.u[j].terminal && c.u[j].words <= 12 {
			return true
		}
	}
	return false
}

// banners drops runs of three or more lines with no blank line between them
// in which most lines are not prose: menus, app banners, share bars.
func (c *cleaner) banners() {
	for i := 0; i < c.end; {
		j := i
		for j < c.end && c.u[j].block == c.u[i].block {
			j++
		}
		if j-i >= 3 {
			short := 0
			for k := i; k < j; k++ {
				if !c.u[k].sentence || c.u[k].words < 6 {
					short++
				}
			}
			if short*3 >= (j-i)*2 {
				for k := i; k < j; k++ {
					if c.u[k].drop == "" {
						c.u[k].drop = reasonBanner
					}
				}
			}
		}
		i = j
	}
}

var (
	// Template placeholders: identifiers in running text, like "testPromoTitleReplace".
	placeholderRe = regexp.MustCompile(`\b[a-z]+(?:[A-Z][a-z]+){2,}\b`)
	// Calls to action and furniture vocabulary, for short non-prose lines.
	ctaRe  = regexp.MustCompile(`(?i)\b(?:sign up|sign in|log in|subscribe|newsletter|no thanks|join \w+ today|download (?:the|our) app|get the app|open in app|follow us|click here|read more|continue reading|watch live|listen live|advertisement|sponsored|share this|share on|skip to (?:main )?content|cookie|privacy policy|terms of (?:use|service)|all rights reserved|browser notifications|breaking news alerts?|be the first to know|most popular|trending now|recommended for you|you may also like|related (?:stories|articles|coverage))\b`)
	noteRe = regexp.MustCompile(`(?i)^(?:this (?:story|article|post|report) (?:has been|was|is being) (?:updated|corrected|revised)|editor'?s?[’']? note|correction\s*:|clarification\s*:|update\s*:|updated\s*:|an earlier version of this)`)
)

// noteMaxWords bounds an editor's note: a longer paragraph that opens
// with "Update:" is the article run on after it, as text scraped without
// its line breaks has it (Multi-News holds 59 such paragraphs in its
// validation split, of 64 to 326 words, each a whole article).
const noteMaxWords = 60

// vocabulary drops promo placeholders and calls to action, and marks
// editor's notes.
func (c *cleaner) vocabulary() {
	for i := 0; i < c.end; i++ {
		u := &c.u[i]
		if u.drop != "" {
			continue
		}
		switch {
		case noteRe.MatchString(u.text) && u.words <= noteMaxWords:
			u.kind = storybrief.KindNote
		case u.sentence && u.words > 15, u.words >= 25 && !u.titleCase:
			// prose: calls to action are short lines
		case !u.sentence && placeholderRe.MatchString(u.text):
			u.drop = reasonPromo
		case ctaRe.MatchString(u.text):
			u.drop = reasonPromo
		}
	}
}

// headline picks the title among the short lines before the first prose
// paragraph: the one whose words the article repeats most, earlier first.
func (c *cleaner) headline() {
	first := -1
	for i := 0; i < c.end; i++ {
		if c.u[i].drop == "" && c.u[i].prose() {
			first = i
			break
		}
	}
	if first < 0 {
		first = min(c.end, 1)
	}
	body := map[string]bool{} // the body's words, which a headline before it shares
	for i := first; first > 0 && i < c.end && i < first+40; i++ {
		if c.u[i].drop == "" {
			for _, w := range contentWords(c.u[i].text) {
				body[w] = true
			}
		}
	}
	best, bestScore := -1, 0.0
	for i := 0; i < first && i < 12; i++ {
		u := &c.u[i]
		if u.drop != "" || u.words < 2 || u.words > 20 || (u.terminal && strings.HasSuffix(u.text, ".") && !u.titleCase) {
			continue
		}
		ws := contentWords(u.text)
		hit := 0
		for _, w := range ws {
			if body[w] {
				hit++
			}
		}
		score := float64(hit) - 0.1*float64(i)
		if u.words > 14 {
			score -= 2 // more like a standfirst than a headline
		}
		if hit >= 1 && score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 && first > 0 && c.doc.Title == "" && c.u[0].drop == "" && c.u[0].words >= 2 && c.u[0].words <= 20 && !c.u[0].terminal {
		best = 0
	}
	if best >= 0 {
		c.u[best].title = true
		c.doc.Title = c.u[best].text
		c.doc.TitleLine = c.u[best].line
	} else if c.doc.Title != "" {
		// HTML: the metadata title is the first line of the text.
		if c.u[0].text == storybrief.CollapseSpace(c.doc.Title) {
			c.u[0].title = true
			c.doc.TitleLine = c.u[0].line
		}
	}
	// Lines before the body: long ones are the standfirst, the rest furniture.
	for i := 0; i < first; i++ {
		u := &c.u[i]
		if u.drop != "" || u.title || u.kind != "" {
			continue
		}
		if u.words >= 12 && !u.titleCase {
			u.kind = storybrief.KindDek
		} else {
			u.drop = reasonNav
		}
	}
}

// labels drops short lines inside and after the body that are not prose:
// headings, image alt text, gallery titles, bylines.
func (c *cleaner) labels() {
	for i := 0; i < c.end; i++ {
		u := &c.u[i]
		if u.drop != "" || u.title || u.kind != "" {
			continue
		}
		switch {
		case u.words <= 25 && labelPrefixRe.MatchString(u.text):
			u.drop = reasonLink
		case u.words < 15 && startsLower(u.text) && !c.hasLowerStarts():
			u.drop = reasonFragment
		case u.sentence || (u.terminal && u.words >= 4 && !u.titleCase):
			u.kind = storybrief.KindBody
		case u.words >= 12 && !u.titleCase:
			u.kind = storybrief.KindBody // long text without final punctuation
		case u.words < 12:
			u.drop = reasonLabel
		default:
			u.drop = reasonNoise
		}
	}
}

// labelPrefixRe matches a line that links elsewhere or labels a widget:
// an upper-case label and a colon ("MORE: …", "READ MORE: …", "A SIMPLE
// GUIDE: …").
var labelPrefixRe = regexp.MustCompile(`^(?:[A-Z]+\s+){0,3}(?:MORE|RELATED|ALSO|WATCH|LISTEN|READ|GUIDE|VIDEO|PHOTOS?|GALLERY|PODCAST|SPONSORED|RECOMMENDED|TRENDING|LATEST|EXPLAINER|LIVE|SEE)\s*:`)

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// hasLowerStarts reports whether many of the page's lines begin in lower
// case (a lower-cased corpus, or a language without capitals), where a
// lower-case start says nothing.
func (c *cleaner) hasLowerStarts() bool {
	if c.lowerStarts < 0 {
		n := 0
		for i := 0; i < c.end; i++ {
			if startsLower(c.u[i].text) {
				n++
			}
		}
		c.lowerStarts = 0
		if n*4 > c.end {
			c.lowerStarts = 1
		}
	}
	return c.lowerStarts == 1
}

// quoteIntroRe matches a line that introduces a block quote: a speaker and
// a verb of saying, ending in a colon.
var quoteIntroRe = regexp.MustCompile(`(?:^|[\s,;(])((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)(?:,[^,:]{1,80},)?\s+(?:argues|argued|writes|wrote|says|said|notes|noted|explains|explained|observes|observed|adds|added|concludes|concluded|warns|warned|contends|contended|puts it|put it|continues|continued|suggests|suggested|told [^:]{1,40}|wrote in [^:]{1,60})\b[^:]*:$`)

// blockQuotes marks the paragraphs that a line such as "X argues that …:"
// introduces as quoted material: they run until a paragraph that names the
// speaker again (the author resuming), or, when none does, one paragraph.
func (c *cleaner) blockQuotes() {
	for i := 0; i < c.end; i++ {
		u := &c.u[i]
		if u.kind != storybrief.KindBody || !u.colon {
			continue
		}
		m := quoteIntroRe.FindStringSubmatch(u.text)
		if m == nil {
			continue
		}
		speaker := m[1]
		last := speaker
		if f := strings.Fields(speaker); len(f) > 0 {
			last = f[len(f)-1]
		}
		if last == "He" || last == "She" || last == "They" || last == "It" {
			continue
		}
		var run []int
		resumed := false
		for j := i + 1; j < c.end; j++ {
			v := &c.u[j]
			if v.drop != "" {
				continue
			}
			if v.kind != storybrief.KindBody {
				break
			}
			if strings.Contains(v.text, last) {
				resumed = true
				break
			}
			run = append(run, j)
		}
		if !resumed && len(run) > 1 {
			run = run[:1]
		}
		for _, j := range run {
			c.u[j].kind = storybrief.KindQuote
			c.u[j].speak = speaker
		}
		if len(run) > 0 {
			i = run[len(run)-1]
		}
	}
}

// emit writes the classification into the document.
func (c *cleaner) emit() {
	d := c.doc
	var cur *storybrief.Comment
	for i := range c.u {
		u := &c.u[i]
		span := storybrief.Span{Start: u.start, End: u.end}
		switch {
		case u.title:
		case u.drop == reasonComments:
			if u.commentHead {
				d.Comments = append(d.Comments, storybrief.Comment{Span: span, Line: u.line, Author: u.commentAuthor})
				cur = &d.Comments[len(d.Comments)-1]
				if u.commentAuthor == "" {
					if m := numberedRe.FindStringSubmatch(u.text); m != nil {
						cur.Text = m[2]
					}
				}
				continue
			}
			if cur == nil {
				d.Dropped = append(d.Dropped, storybrief.Dropped{Span: span, Line: u.line, Reason: reasonComments})
				continue
			}
			cur.End = u.end
			if cur.Text != "" {
				cur.Text += "\n"
			}
			cur.Text += u.text
		case u.drop != "":
			d.Dropped = append(d.Dropped, storybrief.Dropped{Span: span, Line: u.line, Reason: u.drop})
		default:
			k := u.kind
			if k == "" {
				k = storybrief.KindBody
			}
			d.Paragraphs = append(d.Paragraphs, storybrief.Paragraph{Span: span, Line: u.line, Kind: k, Speaker: u.speak})
		}
	}
}

// contentWords returns the lower-cased words of s longer than three letters.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) > 3 || (len(w) >= 2 && strings.ToUpper(w) == w) {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}
