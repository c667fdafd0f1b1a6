package noise

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/segment"
)

// noisePhrases are lower-case fragments of scrape noise that survives
// inside paragraphs: photo credits and caption toggles, share bars, archive
// boilerplate, calls to action, leftover entities.
var noisePhrases = []string{
	"enlarge this image", "toggle caption", "hide caption", "image caption", "media caption",
	"media playback", "playback is unsupported", "photo: ", "(photo", "getty images", "ap photo",
	"&#", "&nbsp;", "wayback machine", "click here", "sign up for our", "sign up for more", "sign up for breaking", "sign up for digital",
	"sign up for free", "sign up for the free", "sign up for email", "sign up for one of our", "sign up for updates",
	"sign up to receive", "sign up to get", "subscribe to our", "for unlimited access",
	"newsletters", "newsletter sign", "our newsletter", "newsletter to subscribe", "newsletter here", "newsletter to get", "follow us on", "share this", "all rights reserved", "this material may not be published",
	"related:", "read more", "continue reading", "view gallery", "javascript",
	"please enable", "please click", "your browser", "get breaking news", "breaking news emails",
	"privacy policy", "terms of use", "terms of service", "cookie policy", "use cookies", "uses cookies",
	"sign in to", "sign in with", "log in to", "log in with", "( associated press", "(associated press",
	"image copyright", "view full caption", "back to gallery", "follow us at", "story highlights", "text size",
	"story continued below", "prev next", "___", "://t.co/",
	"on twitter: @", "cookie settings", "consent to the use of", "identify you personally",
	"printer-friendly", "e-mail this to a friend", "email this to a friend", "report this ad",
	"©", "<noframe", "<noscript", "<iframe", "<script", "credit: ", "/ updated by",
	"click photo to enlarge", "click to enlarge", "click image to enlarge", "photographer: ",
	"presentation-ready copies", "order reprints", "( picture:", "(picture:", "( getty", "(getty",
	// Sign-up boxes and share bars.
	"you agree to receive", "thank you for signing up", "occasional updates", "promotional offers",
	"never miss a local story", "be the first to know", "help us deliver journalism", "day free trial",
	"e-mail you free updates", "email you free updates", "receive emails containing",
	"fill in your registration", "share on more", "like us on facebook", "email this", " photos: ", "x embed x share", "itoggle caption",
	// The Guardian's archive banner, run into the standfirst and headline.
	"this article is over",
}

// noisePairs marks the first two bytes of each noise phrase (a bit set
// over the 2^16 pairs) and noiseStarts lists the phrases by them, so that
// one pass over a sentence finds every phrase where one scan per phrase
// took 60 (a sentence rarely holds a marked pair that does not begin a
// phrase's first letters).
var noisePairs, noiseStarts = func() (*[1 << 10]uint64, map[uint16][]string) {
	var set [1 << 10]uint64
	starts := map[uint16][]string{}
	for _, p := range noisePhrases {
		if len(p) < 2 {
			panic("noise phrase shorter than two bytes: " + p)
		}
		key := uint16(p[0])<<8 | uint16(p[1])
		set[key>>6] |= 1 << (key & 63)
		starts[key] = append(starts[key], p)
	}
	return &set, starts
}()

// hasNoisePhrase reports whether lower holds a noise phrase that does not
// continue a word (containsWord).
func hasNoisePhrase(lower string) bool {
	for k := 0; k+1 < len(lower); k++ {
		key := uint16(lower[k])<<8 | uint16(lower[k+1])
		if noisePairs[key>>6]&(1<<(key&63)) == 0 {
			continue
		}
		for _, p := range noiseStarts[key] {
			if strings.HasPrefix(lower[k:], p) && (k == 0 || !isLetter(p[0]) || !isLetter(lower[k-1])) {
				return true
			}
		}
	}
	return false
}

// embedPostRe matches an embedded Instagram post's caption line: "a
// video posted by nusr_et ( @nusr_et ) on …" (not "a video posted by
// Breitbart News earlier today").
var embedPostRe = regexp.MustCompile(`a (?:photo|video) posted by [^()]{1,40}\(\s*@`)

// hasClock reports whether lower holds a time ("7:06", "7: 06"), so that
// clockRe runs only on the few sentences that may match it.
func hasClock(lower string) bool {
	for off := 0; ; {
		k := strings.IndexByte(lower[off:], ':')
		if k < 0 {
			return false
		}
		k += off
		off = k + 1
		if k == 0 || lower[k-1] < '0' || lower[k-1] > '9' {
			continue
		}
		n := k + 1
		if n < len(lower) && lower[n] == ' ' {
			n++
		}
		if n < len(lower) && lower[n] >= '0' && lower[n] <= '9' {
			return true
		}
	}
}

// adMarker reports whether lower holds a page's "Advertisement" marker
// run into the text ("Photo advertisement continue reading the main story
// …", "Story continues below advertisement his younger brother ran …"):
// the word alone, where news writes about an advertisement ("the
// advertisement aired on Sunday", "a television advertisement", "political
// advertisements").
func adMarker(lower string) bool {
	for off := 0; ; {
		k := strings.Index(lower[off:], "advertisement")
		if k < 0 {
			return false
		}
		k += off
		off = k + len("advertisement")
		if k > 0 && isLetter(lower[k-1]) {
			continue
		}
		if off < len(lower) && lower[off] == 's' && (off+1 == len(lower) || !isLetter(lower[off+1])) {
			continue // advertisements
		}
		if off < len(lower) && isLetter(lower[off]) {
			return true // "Advertisementskip and the negligence …": glued to the text
		}
		before := strings.Fields(lower[max(0, k-40):k])
		if len(before) == 0 {
			return true
		}
		if !adWords[strings.Trim(before[len(before)-1], `"“(,`)] {
			return true
		}
	}
}

// adWords come before "advertisement" where it is a word of the news: a
// determiner, a medium, a kind.
var adWords = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "new": true, "first": true, "tv": true, "television": true, "radio": true,
	"print": true, "online": true, "newspaper": true, "political": true, "campaign": true, "bowl": true,
	"full-page": true, "video": true, "digital": true, "attack": true, "ad": true, "one": true, "same": true,
}

// photoCaptionRe matches the words of a wire photo's caption ("File - In
// this Feb. 15, 2011 file photo, Lance Armstrong pauses …", "… in this
// picture released by KCNA", "In this photo provided by …"): it describes
// a picture that the brief does not show.
var photoCaptionRe = regexp.MustCompile(`\bin this (?:[a-z0-9.,' -]{0,40}? )?(?:file |handout |undated |book cover |aerial )?(?:photo|image|picture|frame grab|photograph)s?\b(?: (?:taken|provided|released|made|shot|posted|from|by|obtained|distributed|courtesy|of)\b|,)`)

// clockRe matches a dateline's time stamp: a time with its zone after a
// year or an "updated" or "posted" label ("June 27, 2014, 7: 06 pm gmt /
// updated …"), where news writes the time of an event after a word ("at
// 11:59 p.m. ET Friday", "Around 5:30 p.m. EST").
var clockRe = regexp.MustCompile(`(?:\d{4},?|updated?:?|posted:?|published:?)(?:,? (?:mon|tues|wednes|thurs|fri|satur|sun)day)?(?:,? [a-z]+\.? \d{1,2}(?:st|nd|rd|th)?)?(?: \d{1,2}/\d{1,2}/\d{2,4})?,?(?: at)? \d{1,2}: ?\d{2} ?(?:am|pm|a\.m\.|p\.m\.) (?:edt|est|gmt|et|pt|pdt|pst|cst|cdt|utc)\b`)

// Sentence reads the sentence at span sp of text, which starts on line,
// through the recognizer, as the summarizer and the fact finder read their
// sentences. Where caption or credit noise opens it (PrefixEnd), own and
// ownLine are where its own words start and words are those words with
// their white space collapsed; clean is false when the sentence is noise
// throughout. A sentence without noise comes back as it was.
func Sentence(text string, sp storybrief.Span, line int) (own storybrief.Span, ownLine int, words string, clean bool) {
	raw := sp.In(text)
	words = storybrief.CollapseSpace(raw)
	if !Is(words) {
		return sp, line, words, true
	}
	k := PrefixEnd(raw)
	if k == 0 {
		return sp, line, words, false
	}
	sp.Start += k
	return sp, line + strings.Count(raw[:k], "\n"), storybrief.CollapseSpace(raw[k:]), true
}

// Is reports whether a sentence carries scrape noise.
func Is(s string) bool {
	lower := strings.ToLower(s)
	if hasNoisePhrase(lower) {
		return true
	}
	if openerEnd(lower) > 0 || agencyCredit(lower) {
		return true
	}
	if end, whole := furnitureEnd(lower); end > 0 || whole {
		return true
	}
	if strings.Contains(lower, "advertisement") && adMarker(lower) {
		return true
	}
	if strings.Contains(lower, " posted by ") && embedPostRe.MatchString(lower) {
		return true
	}
	if strings.Contains(lower, "in this ") && photoCaptionRe.MatchString(lower) {
		return true
	}
	if hasClock(lower) && clockRe.MatchString(lower) {
		return true
	}
	// A tweet's picture link is glued to the tweet's last word as often as
	// not ("readypic.twitter.com/…"), so it is no noise phrase, which must
	// start a word.
	return strings.Contains(lower, "pic.twitter.com/") || embedSigEnd(lower) > 0 || linkBar(lower)
}

// linkBar reports whether lower carries a "»" that points to a link ("next
// »", a related headline run into the text). In a sentence that also holds
// a "«", "»" is a quotation mark (« French », »German«).
func linkBar(lower string) bool {
	return strings.Contains(lower, "»") && !strings.Contains(lower, "«")
}

// captionMarks are the scrape noise that a page puts before its text in
// the same run of words: photo credits and caption labels, advertisement
// and "continue reading" markers, link bars, embedded tweets. What follows
// the last of them (or of a credit in parentheses, a link bar's "»", an
// embedded post's signature or a dateline with a clock) is often the
// article's first sentence.
var captionMarks = append([]captionMark{
	{"getty images", nil}, {"image caption", nil}, {"media caption", nil}, {"toggle caption", nil}, {"itoggle caption", nil},
	{"hide caption", reLen(galleryRe)}, {"enlarge this image", nil}, {"media playback is unsupported on your device", nil},
	{"image copyright", reLen(agencyRe)}, {"continue reading the main story", nil}, {"read more", nil}, {"&#124;", nil},
	{"ap photo", apCreditLen}, {"view full caption", nil}, {"back to gallery", nil},
	{"story highlights", nil}, {"story continued below", nil},
	{"please enable javascript to watch this video", nil}, {"please enable javascript to view", nil},
	{"pic.twitter.com", reLen(tweetLinkRe)}, {"://t.co", reLen(tweetLinkRe)},
	{"click photo to enlarge", reLen(galleryCountRe)}, {"click to enlarge", reLen(galleryCountRe)}, {"click image to enlarge", reLen(galleryCountRe)},
	{"email this", nil}, {"x embed x share", nil},
}, creditMarks...)

// captionMark is one of captionMarks.
type captionMark struct {
	mark string
	// then returns how many bytes of the text after the mark belong to it,
	// or -1 where the mark is news rather than noise; nil: nothing follows.
	then func(rest string) int
}

// agencyMarks are the picture agencies whose credit ("Reuters/Tim
// Wimborne", "EPA/Michael Reynolds") scraped text runs into the sentence
// after it. After some the "/" names a partner in a poll instead ("a
// Reuters/Ipsos poll", "an AP/GfK poll"), which is news.
var agencyMarks = []captionMark{
	{"reuters/", agencyCreditLen("ipsos", "zogby")},
	{"ap/", agencyCreditLen("gfk", "norc", "ipsos")},
	{"afp/", agencyCreditLen()},
	{"epa/", agencyCreditLen()},
}

// gettyMarks end a Getty credit that follows its photographer and
// partner agencies ("mark conlin/oxford scientific/getty the red wolf …",
// "victor virgile/gamma-rapho via getty she announced …", "image: getty
// as reported by …"): the text after them is the sentence.
var gettyMarks = []captionMark{{"/getty", gettyLen}, {"/ getty", gettyLen}, {"via getty", gettyLen}, {"image: getty", gettyLen}}

// gettyLen returns how many bytes of rest, the text after a gettyMarks
// mark, finish the credit ("images", "image"), or -1 where the mark goes
// on as another word ("/gettysburg").
func gettyLen(rest string) int {
	n := 0
	for _, w := range []string{" images", "images", " image", "image"} {
		if strings.HasPrefix(rest, w) {
			n = len(w)
			break
		}
	}
	if n < len(rest) && isLetter(rest[n]) {
		return -1
	}
	return n
}

// gettyNews are the words after which an opening "getty" is a name in the
// news (the Getty Museum, Getty Oil, Andrew Getty said …), not the credit
// of a picture run into the text that follows it ("getty trump: …").
var gettyNews = map[string]bool{
	"museum": true, "museums": true, "center": true, "centre": true, "oil": true, "family": true,
	"villa": true, "trust": true, "foundation": true, "research": true, "institute": true,
	"conservation": true, "fortune": true, "heir": true, "heirs": true, "estate": true,
	"said": true, "says": true, "told": true, "was": true, "is": true, "has": true, "had": true,
	"who": true, "and": true, "images": true,
}

// bylineMarks end a credit that names the photographer before the agency
// ("gregorio borgia/ap gregorio borgia/ap furthering a thaw …", "shamil
// zhumatov/reuters after an ultimatum …"): the text after them is the
// sentence. The mark must end its word: "/apple" and "/ap-news" are links.
var bylineMarks = []captionMark{{"/ap", wordEnd}, {"/reuters", wordEnd}, {"/afp", wordEnd}, {"/epa", wordEnd}}

// wordEnd is a captionMark's then for a mark that must end its word: 0
// where space, a closing parenthesis or the end follows it, else -1.
func wordEnd(rest string) int {
	if rest == "" || rest[0] == ' ' || rest[0] == ')' {
		return 0
	}
	return -1
}

// creditMarks are agencyMarks, gettyMarks and bylineMarks.
var creditMarks = slices.Concat(agencyMarks, gettyMarks, bylineMarks)

// reLen adapts a regular expression anchored at the start of the text to
// a captionMarks then: the length of its match, or 0.
func reLen(re *regexp.Regexp) func(string) int {
	return func(rest string) int {
		if g := re.FindStringIndex(rest); g != nil {
			return g[1]
		}
		return 0
	}
}

// openerMarks are noise only where they open a sentence: elsewhere they
// are words of news ("the advertisement aired on Sunday"). Longer marks
// come before the marks they begin with.
var openerMarks = []string{
	"advertisement", "subscribe now", "subscribe", "related stories", "related story",
	"share this post", "share this story", "share this article", "share this",
	"photo gallery", "photo", "getty", "sign up", "view photos", "add interest",
}

// photoCompounds are the words after which an opening "photo" is a word
// of the sentence ("Photo ID laws …", "Photo radar …", "Photo shows …"),
// not the label of a picture run into the text that follows it.
var photoCompounds = map[string]bool{
	"id": true, "ids": true, "identification": true, "radar": true, "op": true, "ops": true,
	"opportunity": true, "opportunities": true, "shoot": true, "shoots": true, "finish": true,
	"booth": true, "booths": true, "editor": true, "editors": true, "sharing": true, "app": true,
	"apps": true, "enforcement": true, "essay": true, "essays": true, "exhibit": true,
	"exhibition": true, "album": true, "albums": true, "session": true, "sessions": true,
	"studio": true, "library": true, "agency": true, "archive": true, "archives": true,
	"contest": true, "competition": true, "lineup": true, "array": true, "evidence": true,
	"shows": true, "showed": true, "taken": true, "of": true, "is": true, "was": true,
}

// openerEnd returns the offset in lower just after the opener mark that
// begins it (after white space), or 0 when none does.
func openerEnd(lower string) int {
	start := len(lower) - len(strings.TrimLeft(lower, " \t\r\n"))
	t := lower[start:]
	for _, m := range openerMarks {
		if !strings.HasPrefix(t, m) || len(t) > len(m) && isLetter(t[len(m)]) {
			continue
		}
		if m == "photo" {
			if next := firstWord(strings.TrimLeft(t[len(m):], " ")); photoCompounds[next] {
				return 0
			}
		}
		if m == "getty" {
			// A credit, then a space: "getty's" and "getty," are the name.
			if len(t) == len(m) || t[len(m)] != ' ' {
				return 0
			}
			if next := firstWord(strings.TrimLeft(t[len(m):], " ")); gettyNews[next] {
				return 0
			}
		}
		return start + len(m)
	}
	return 0
}

// furnitureLabels open a line of page furniture: a related link, a gallery
// or video teaser, a topic list, a byline or time stamp. Scraped text runs
// the headline after such a label into the sentence that follows it, and
// where a corpus lower-cased the text no word tells where the headline
// ends ("Photos: jon bon jovi shows off his abs in st. barts "they run the
// risk …"): the whole sentence is noise.
var furnitureLabels = []string{
	"photos:", "photo gallery:", "pics:", "gallery:", "exclusive photos:", "more:", "more on:",
	"see also:", "also:", "read:", "read also:", "also read:", "read more:",
	"related video:", "story:", "topics:", "tags:", "by:", "published:", "posted:", "updated:",
	"http:", "https:", "doi:", "citation:", "file:", "swns:", "social sharing:",
	"expired:", "news:", "popscene:", "view photo gallery:",
	// the same in Spanish, Portuguese, French, Italian and German
	"lea:", "lea también:", "lea más:", "lee también:", "lee más:", "leer más:", "ver también:", "vea también:",
	"te puede interesar:", "le puede interesar:", "leia também:", "leia mais:", "veja também:", "saiba mais:",
	"lire aussi:", "lire aussi :", "voir aussi:", "voir aussi :", "leggi anche:", "vedi anche:",
	"lesen sie auch:", "mehr zum thema:", "auch interessant:",
}

// headlineLabels open a headline of its own as often as a teaser run into
// the text ("Report: Biden staff diversity only 35%." is a headline;
// "Watch: gigi hadid shows an unretouched photo … the supermodel addressed
// …" a teaser and a sentence): they are noise in a sentence longer than a
// headline (maxHeadlineWords).
var headlineLabels = []string{"report:", "breaking:", "video:", "watch:", "live:"}

// maxHeadlineWords is the most words of a headline after a label: a
// longer sentence is a headline run into the text.
const maxHeadlineWords = 20

// furnitureOpeners are calls to the reader that open a sentence of page
// furniture, never of news ("Check out the video above to see what
// happens.", "Download the report …").
var furnitureOpeners = []string{
	"check out the video", "check out the photo", "check out the gallery", "check out the full",
	"download the", "share on ", "you will receive", "like us on", "this article is more than",
	"play video", "watch video",
}

// creditLabels open a picture's credit, which ends where the text of the
// sentence begins ("photograph: gene j. puskar/ap a portland woman …",
// "source: reuters one of kiev's politicians …", "id: 8289274 betty white
// is being sued …").
var creditLabels = []string{"photograph:", "picture:", "image:", "source:", "id:"}

// labelAgencies are the picture agencies and publishers that close a
// credit after a credit label's "name/": "gene j. puskar/ap".
var labelAgencies = map[string]bool{
	"ap": true, "afp": true, "epa": true, "reuters": true, "getty": true, "bbc": true, "pa": true,
	"rex": true, "shutterstock": true, "alamy": true, "corbis": true, "eyevine": true, "zuma": true,
	"xinhua": true, "sipa": true, "barcroft": true, "handout": true, "rex/shutterstock": true,
	"epa-efe": true, "nasa": true, "ap photo": true, "the guardian": true, "the observer": true,
	"getty images": true, "pa wire": true, "afp/getty images": true,
}

// socialNetworks are the networks a "follow us on …" line names.
var socialNetworks = map[string]bool{
	"twitter": true, "facebook": true, "instagram": true, "youtube": true, "snapchat": true,
	"tumblr": true, "pinterest": true, "linkedin": true,
}

// furnitureEnd reads the page furniture that opens lower, a lower-cased
// sentence (after white space, quote marks or a bullet). It returns the
// offset where the sentence's own text starts after it, or whole = true
// when no word tells where the furniture ends, so that the whole sentence
// is noise; 0 and false when it opens with none.
func furnitureEnd(lower string) (end int, whole bool) {
	start := len(lower) - len(strings.TrimLeft(lower, " \t\r\n•\"“"))
	t := lower[start:]
	if len(t) < 3 {
		return 0, false
	}
	switch t[0] {
	case 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'l', 'm', 'n', 'p', 'r', 's', 't', 'u', 'v', 'w', 'y':
	default:
		return 0, false // no label or opener starts otherwise
	}
	for _, m := range furnitureLabels {
		if strings.HasPrefix(t, m) {
			return 0, true
		}
	}
	runOn := func() bool { return storybrief.CountWords(t) > maxHeadlineWords }
	// "\"Breaking: Michigan sends …," the president tweeted": a quote,
	// where a lone mark before a label is a corpus's stray one.
	h := strings.TrimLeft(lower, " \t\r\n•")
	if rest, ok := strings.CutPrefix(h, "\" "); ok {
		h = rest
	}
	for _, m := range headlineLabels {
		if strings.HasPrefix(h, m) {
			return 0, runOn()
		}
	}
	for _, m := range furnitureOpeners {
		if strings.HasPrefix(t, m) {
			return 0, true
		}
	}
	for _, m := range creditLabels {
		if strings.HasPrefix(t, m) {
			if n := labelCreditLen(t[len(m):], m == "id:"); n > 0 {
				return start + len(m) + n, false
			}
			// "Source: Mike Pompeo was on Trump's call.": a headline.
			return 0, m != "source:" || runOn()
		}
	}
	if n := socialLen(t); n > 0 {
		return start + n, false
	}
	if n := shareLen(t); n > 0 {
		if strings.Trim(t[n:], " .!") == "" {
			return 0, true
		}
		return start + n, false
	}
	return 0, false
}

// shareButtons are the words of a page's sharing buttons and calls to
// share, which scraping runs into the text that follows them.
var shareButtons = map[string]bool{
	"share": true, "shares": true, "tweet": true, "email": true, "e-mail": true, "print": true,
	"pin": true, "whatsapp": true, "reddit": true, "flipboard": true, "messenger": true,
}

// shareCalls are calls to the reader to comment, which may open a
// sentence run into the article's own: "share your thoughts bill and
// melinda gates have outlined …".
var shareCalls = []string{"share your thoughts in the comments", "share your thoughts", "tell us what you think", "leave a comment"}

// shareLen returns the length of the sharing furniture that opens t: a
// call to comment, or a run of two or more sharing buttons ("share
// pinterest email rio de janeiro …"); 0 when t opens with neither.
func shareLen(t string) int {
	for _, c := range shareCalls {
		if strings.HasPrefix(t, c) && (len(t) == len(c) || strings.ContainsRune(" .!", rune(t[len(c)]))) {
			return len(c)
		}
	}
	end, buttons, social := 0, 0, false
	for end < len(t) {
		w, _, _ := strings.Cut(t[end:], " ")
		word := strings.TrimRight(w, ",.;:|")
		switch {
		case socialNetworks[word]:
			social = true
		case shareButtons[word]:
		default:
			if buttons >= 2 && (social || strings.HasPrefix(t, "share ")) {
				return end
			}
			return 0
		}
		buttons++
		end += len(w)
		for end < len(t) && t[end] == ' ' {
			end++
		}
	}
	if buttons >= 2 && (social || strings.HasPrefix(t, "share ")) {
		return end
	}
	return 0
}

// labelCreditLen returns the length of the credit at the start of rest,
// the text after a credit label: a story id's number, a lone agency
// ("reuters"), or up to six words whose last holds "/" before an agency
// ("brook lapping/kessler prod/bbc"); 0 when it does not end so.
func labelCreditLen(rest string, id bool) int {
	words := strings.Fields(rest)
	if len(words) == 0 {
		return 0
	}
	n := 0 // the credit's words
	switch {
	case id:
		if strings.Trim(words[0], "0123456789") == "" {
			n = 1
		}
	case labelAgencies[words[0]] || singleCredits[words[0]]:
		n = 1
	default:
		for j := min(len(words), 6) - 1; j >= 0; j-- {
			k := strings.LastIndexByte(words[j], '/')
			if k < 0 || strings.Contains(words[j], "://") {
				continue
			}
			agency := words[j][k+1:]
			if j+1 < len(words) && labelAgencies[agency+" "+words[j+1]] {
				n = j + 2
			} else if labelAgencies[agency] {
				n = j + 1
			}
			break
		}
	}
	if n == 0 || n == len(words) {
		return 0
	}
	return wordsEnd(rest, words, n)
}

// wordsEnd returns the offset in rest just after the n-th of its words,
// the white-space separated fields of rest.
func wordsEnd(rest string, words []string, n int) int {
	end := 0
	for k := range n {
		end += len(rest[end:]) - len(strings.TrimLeftFunc(rest[end:], unicode.IsSpace))
		end += len(words[k])
	}
	return end
}

// socialLen returns the length of a "follow us on twitter" line that opens
// t ("Follow ynetnews on facebook and twitter the document is …"), with
// the networks and handles it names; 0 when t opens with none.
func socialLen(t string) int {
	if !strings.HasPrefix(t, "follow ") && !strings.HasPrefix(t, "like us ") && !strings.HasPrefix(t, "find us ") && !strings.HasPrefix(t, "connect with ") {
		return 0
	}
	k := strings.Index(t[:min(len(t), 80)], " on ")
	if k < 0 {
		return 0
	}
	end := k + len(" on ")
	found := false
	for end < len(t) {
		w, _, _ := strings.Cut(t[end:], " ")
		word := strings.TrimRight(w, ",.;:")
		switch {
		case socialNetworks[word]:
			found = true
		case found && (word == "and" || word == "&" || word == "&amp" || word == "or" || strings.HasPrefix(word, "@")):
		default:
			if !found {
				return 0
			}
			return end
		}
		end += len(w)
		for end < len(t) && t[end] == ' ' {
			end++
		}
	}
	return end
}

// creditSources are wire services and networks credited in parentheses.
var creditSources = []string{"ap", "afp", "reuters", "cbs", "cbs news", "cnn", "cn", "associated press", "cbs/ap", "getty", "getty images"}

// creditWords open a parenthesis that credits a photo.
var creditWords = []string{"photo", "photos", "credit", "image", "picture", "ap photo", "file photo"}

// isCredit reports whether inner, the lower-cased text inside parentheses,
// credits a photo or a wire service.
func isCredit(inner string) bool {
	if strings.ContainsRune(inner, '(') {
		return false
	}
	if slices.Contains(creditSources, inner) {
		return true
	}
	// "( peter dejong/ap )", "( cbsnewyork/ap )": a photographer's or a
	// station's credit before the agency.
	if k := strings.LastIndexByte(inner, '/'); k > 0 && slices.Contains(creditSources, inner[k+1:]) && strings.Count(inner, " ") < 5 {
		return true
	}
	for _, w := range creditWords {
		if strings.HasPrefix(inner, w) && (len(inner) == len(w) || !isLetter(inner[len(w)])) {
			return true
		}
	}
	return false
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// galleryRe matches the count of a photo gallery after "hide caption".
var galleryRe = regexp.MustCompile(`^\s+\d+ of \d+(?:\s+photos:)*`)

// galleryCountRe matches a gallery's picture count after "click to
// enlarge": "« 1 »".
var galleryCountRe = regexp.MustCompile(`^\s*«\s*\d+\s*»`)

// agencyRe matches the agency credited after "image copyright".
var agencyRe = regexp.MustCompile(`^\s+(?:afp/getty images|getty images|reuters|afp|ap|epa|pa wire|pa|bbc|thinkstock|istock|science photo library)\b`)

// embedSigRe matches the signature that closes an embedded post: a
// tweet's "— Name (@handle) April 14, 2015" (the dash may be a hyphen, or
// missing where the signature opens the sentence) or a Facebook post's "Posted
// by Name on Sunday, March 29, 2015".
var embedSigRe = regexp.MustCompile(`(?:(?:^|[—–-])\s*[^()—–]{1,60}\(\s*@\w+\s*\)\s+|posted by [^.()]{1,60}? on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), )` +
	`(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4}`)

// embedSigEnd returns the offset in lower just after its last embedded
// post's signature, or 0 when it has none.
func embedSigEnd(lower string) int {
	if !strings.Contains(lower, "@") && !strings.Contains(lower, "posted by") {
		return 0 // the regular expression is not run on most sentences
	}
	m := embedSigRe.FindAllStringIndex(lower, -1)
	if m == nil {
		return 0
	}
	return m[len(m)-1][1]
}

// tweetLinkRe matches the rest of an embedded tweet's picture or short
// link, and the tweet's signature after it.
var tweetLinkRe = regexp.MustCompile(`^/\w+(?:\s*` + embedSigRe.String() + `)?`)

// creditLen returns the length of the photographer's credit at the start
// of rest, the lower-cased text after an agency's "/": "evan vucci )" up
// to its closing parenthesis; without one, the name (creditNameLen), with
// the "/file photo" and picture code that may follow it.
func creditLen(rest string) int {
	// "evan vucci )": the name closes with the parenthesis.
	for k := 0; k < len(rest) && k <= 60; k++ {
		c := rest[k]
		if c == ')' {
			return k + 1
		}
		if !isLetter(c) && !strings.ContainsRune(" .'/-", rune(c)) {
			break
		}
	}
	words := strings.Fields(rest)
	n := creditNameLen(words)
	if n == 0 {
		return 0
	}
	// A picture handed out "via reuters tv": the credit runs to its end.
	for j := 1; j+1 < min(len(words), 6); j++ {
		if words[j] == "via" && strings.HasPrefix(words[j+1], "reuters") {
			n = j + 2
			if n < len(words) && strings.HasPrefix(words[n], "tv") {
				n++
			}
			break
		}
	}
	// A "/file photo" glued to the name takes its second word.
	if strings.HasSuffix(words[n-1], "/file") && n < len(words) && words[n] == "photo" {
		n++
	}
	// Reuters' picture code: "- rtsaf6q".
	if n+1 < len(words) && words[n] == "-" && strings.HasPrefix(words[n+1], "rt") && len(words[n+1]) > 4 {
		n += 2
	}
	return wordsEnd(rest, words, n)
}

// agencyCredit reports whether lower carries an agency's photo credit
// ("reuters/tim wimborne", "mark conlin/getty").
func agencyCredit(lower string) bool {
	if strings.IndexByte(lower, '/') < 0 && !strings.Contains(lower, "getty") {
		return false // every mark holds one or the other: most sentences hold neither
	}
	for _, a := range creditMarks {
		if k := segment.LastWordIndex(lower, a.mark); k >= 0 && a.then(lower[k+len(a.mark):]) >= 0 {
			return true
		}
	}
	return false
}

// apCreditLen is creditLen after "ap photo": "ap photo/evan vucci".
func apCreditLen(rest string) int {
	if !strings.HasPrefix(rest, "/") {
		return 0
	}
	return 1 + creditLen(rest[1:])
}

// agencyCreditLen returns creditLen for the text after an agency's "/",
// or -1 where one of partners follows it.
func agencyCreditLen(partners ...string) func(string) int {
	return func(rest string) int {
		for _, p := range partners {
			if strings.HasPrefix(rest, p) {
				return -1
			}
		}
		return creditLen(rest)
	}
}

// creditNameLen returns how many of words make a photographer's credit
// after the agency's "/": one for a credit of one word ("stringer",
// "kcna", "files"), three for a name with a middle initial ("aaron p.
// bernstein"), else two. Names of three words ("carlos garcia rawlins")
// leave their last word; where the text is lower-cased, nothing tells it
// from the sentence's first.
func creditNameLen(words []string) int {
	if len(words) == 0 {
		return 0
	}
	first, _, _ := strings.Cut(words[0], "/")
	if first == "getty" && len(words) > 1 && strings.HasPrefix(words[1], "images") {
		return 2
	}
	if singleCredits[first] || len(words) == 1 {
		return 1
	}
	if len(words) >= 3 && (len(words[1]) == 2 && words[1][1] == '.' || len(words[1]) == 1) {
		return 3
	}
	return 2
}

// singleCredits are photo credits of one word.
var singleCredits = map[string]bool{
	"stringer": true, "handout": true, "pool": true, "file": true, "files": true, "kcna": true,
	"landov": true, "reuters": true, "staff": true, "str": true, "courtesy": true,
	"getty": true, "gettyimages": true, "corbis": true, "rex": true, "shutterstock": true,
	"newscom": true, "afp": true, "ap": true, "epa": true, "tt": true, "contributed": true,
	"supplied": true,
}

// captionEnd returns the offset in lower (a lower-cased sentence) just
// after its last caption mark, credit in parentheses or clock dateline,
// or 0 when it has none.
func captionEnd(lower string) int {
	end := 0
	for _, m := range captionMarks {
		k := segment.LastWordIndex(lower, m.mark)
		if k < 0 || k+len(m.mark) <= end {
			continue
		}
		n := 0
		if m.then != nil {
			if n = m.then(lower[k+len(m.mark):]); n < 0 {
				continue // the mark is news here
			}
		}
		end = k + len(m.mark) + n
	}
	end = max(end, openerEnd(lower))
	if e, _ := furnitureEnd(lower); e > end {
		end = e
	}
	// Credits in parentheses: "( photo: x )", "( ap )".
	for k := strings.LastIndexByte(lower, '('); k >= 0; k = strings.LastIndexByte(lower[:k], '(') {
		c := strings.IndexByte(lower[k:], ')')
		if c < 0 {
			continue
		}
		if k+c+1 <= end {
			break
		}
		if c <= 121 && isCredit(strings.TrimSpace(lower[k+1:k+c])) {
			end = k + c + 1
			break
		}
	}
	if hasClock(lower) {
		if m := clockRe.FindAllStringIndex(lower, -1); m != nil {
			end = max(end, m[len(m)-1][1])
		}
	}
	if linkBar(lower) {
		end = max(end, strings.LastIndex(lower, "»")+len("»"))
	}
	end = max(end, embedSigEnd(lower))
	return end
}

// minTrimmedWords is the fewest words that must follow the noise for the
// rest of a sentence to stand as a sentence of its own.
const minTrimmedWords = 8

// PrefixEnd returns the byte offset in raw where its text starts
// after leading caption noise (captionEnd), or 0 when raw has none, or when
// what follows it is too short or noisy itself to stand alone.
func PrefixEnd(raw string) int {
	end := captionEnd(asciiLower(raw))
	if end == 0 {
		return 0
	}
	// Skip the separators between the noise and the text.
	for end < len(raw) {
		r, size := utf8.DecodeRuneInString(raw[end:])
		if !unicode.IsSpace(r) && !strings.ContainsRune("-–—:;,.|»)/•", r) {
			break
		}
		end += size
	}
	rest := raw[end:]
	if storybrief.CountWords(rest) < minTrimmedWords || Is(rest) || creditFollows(rest) {
		return 0
	}
	return end
}

// creditFollows reports whether text opens with the rest of a credit
// ("by Ethan Miller/Getty …", "courtesy of …", "via Flickr user …"),
// whose end the words do not tell: what follows the noise is then no
// sentence of its own.
func creditFollows(text string) bool {
	w := firstWord(text)
	switch strings.TrimSuffix(w, ":") {
	case "by", "courtesy", "via", "illustration", "credit", "contributor":
		return true
	}
	return false
}

// asciiLower lower-cases the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// firstWord returns the lower-cased first word of text, without closing
// quotes.
func firstWord(text string) string {
	end := strings.IndexAny(text, " ,")
	if end < 0 {
		end = len(text)
	}
	w := strings.ToLower(strings.TrimRight(text[:end], "\"”’'"))
	return strings.ReplaceAll(w, "’", "'")
}
