package storybrief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of byte offsets into a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text that the span covers in text. It panics if the span is
// out of range, as slicing does.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// Cut reports whether d's text stops inside the sentence at sp, as an
// article cut to a length does (a truncated copy, a feed excerpt, a
// paywall): the sentence has no closing mark (. ! ? : ; …) and nothing but
// white space and closing quotation marks or brackets follows it.
func (d *Document) Cut(sp Span) bool {
	if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
		return false
	}
	if strings.TrimRight(d.Text[sp.End:], cutTrail) != "" {
		return false
	}
	t := strings.TrimRight(d.Text[sp.Start:sp.End], cutTrail)
	if t == "" || strings.HasSuffix(t, "…") {
		return false
	}
	return !strings.ContainsRune(".!?:;", rune(t[len(t)-1]))
}

// cutTrail is what may follow the last word of a cut sentence.
const cutTrail = " \t\r\n\"'”’)]»"

// Kind says what a paragraph of a cleaned document is.
type Kind string

// The kinds of paragraphs that extraction keeps.
const (
	KindBody  Kind = "body"  // the author's own words
	KindQuote Kind = "quote" // a block quote: someone else's words introduced by the author
	KindDek   Kind = "dek"   // a standfirst or video description above the body
	KindNote  Kind = "note"  // an editor's note or update line after the body
)

// Sentence is one sentence of a paragraph.
type Sentence struct {
	Span
	Line int `json:"line"` // 1-based line of the sentence's first byte in the input
}

// Paragraph is one paragraph kept by extraction, with its sentences.
type Paragraph struct {
	Span
	Line      int        `json:"line"`
	Kind      Kind       `json:"kind"`
	Speaker   string     `json:"speaker,omitempty"` // for KindQuote: who is quoted, as introduced
	Sentences []Sentence `json:"-"`
}

// Dropped is a block of the input that extraction removed, with the reason.
type Dropped struct {
	Span
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// Comment is one reader comment found after an article. Comments are kept
// apart: they never feed a summary.
type Comment struct {
	Span
	Line   int    `json:"line"`
	Author string `json:"author"`
	Text   string `json:"text"` // the comment's text, lines joined
}

// Document is one article as read from one input, cleaned by extraction.
//
// Text is the document's text as read (for plain text the input itself, for
// HTML the text that article extraction produced), with mojibake undone
// ("â€™" read back as "’"); all spans index into it.
type Document struct {
	ID         string      // d1, d2, … in input order
	Source     string      // where it came from: a path, "-" for stdin, or path#N for JSON Lines
	Format     string      // "text" or "html"
	Lang       string      // ISO 639-1 code of its language ("en", "de"); "" when not known
	Text       string      // the text that every span indexes into
	Title      string      // the headline, if one was found
	TitleLine  int         // 1-based line of the headline, 0 if none
	Paragraphs []Paragraph // article paragraphs in order
	Dropped    []Dropped   // what extraction removed and why
	Comments   []Comment   // the reader-comment section, kept apart
	lines      []int       // byte offset of the start of each line, built lazily
}

// TitleSpan returns where the headline stands in d.Text: on line
// TitleLine, the title's text, or the line itself when the title was
// given in other words (a page's metadata title longer than the line it
// shows). ok is false when d has no headline line.
func (d *Document) TitleSpan() (sp Span, ok bool) {
	if d.Title == "" || d.TitleLine <= 0 {
		return Span{}, false
	}
	// The headline stands near the top: walk to its line rather than
	// index every line (d.lines is not built here: stages read d at once).
	from := 0
	for n := 1; n < d.TitleLine; n++ {
		k := strings.IndexByte(d.Text[from:], '\n')
		if k < 0 {
			return Span{}, false
		}
		from += k + 1
	}
	to := len(d.Text)
	if k := strings.IndexByte(d.Text[from:], '\n'); k >= 0 {
		to = from + k + 1
	}
	if i := strings.Index(d.Text[from:to], d.Title); i >= 0 {
		return Span{Start: from + i, End: from + i + len(d.Title)}, true
	}
	line := strings.TrimSpace(d.Text[from:to])
	if line != "" && strings.HasPrefix(d.Title, line[:min(len(line), 20)]) {
		i := strings.Index(d.Text[from:to], line)
		return Span{Start: from + i, End: from + i + len(line)}, true
	}
	return Span{}, false
}

// SentenceText returns the text of s with runs of white space collapsed to one
// space, as it is shown to people.
func (d *Document) SentenceText(s Sentence) string { return CollapseSpace(s.In(d.Text)) }

// Body returns the article's paragraphs, notes aside, joined by blank
// lines: its text without the headline, what extraction dropped or the
// comments.
func (d *Document) Body() string {
	var b strings.Builder
	for _, p := range d.Paragraphs {
		if p.Kind == KindNote {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.In(d.Text))
	}
	return b.String()
}

// Line returns the 1-based line number of byte offset off in d.Text.
func (d *Document) Line(off int) int {
	if d.lines == nil {
		d.lines = LineStarts(d.Text)
	}
	return lineOf(d.lines, off)
}

// LineStarts returns the byte offset at which each line of text starts.
func LineStarts(text string) []int {
	starts := make([]int, 1, strings.Count(text, "\n")+1)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineOf returns the 1-based line holding off, given the line starts.
func lineOf(starts []int, off int) int {
	lo, hi := 0, len(starts)
	for lo < hi {
		m := (lo + hi) / 2
		if starts[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// CollapseSpace returns s with leading and trailing white space removed and
// each inner run of white space replaced by a single space.
func CollapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// CountWords returns the number of white-space separated words of s, as
// len(strings.Fields(s)) does, without allocating.
func CountWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var sp bool
		if c < utf8.RuneSelf {
			sp = isSpace(c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += size
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// Snippet returns the first line of text, white space collapsed, cut to at
// most n bytes at a word boundary, with an ellipsis when cut: a title for
// what has no headline.
func Snippet(text string, n int) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = CollapseSpace(line)
	if len(line) <= n {
		return line
	}
	cut := strings.LastIndexByte(line[:n+1], ' ') // a space just past n ends a word too
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
	}
	return strings.TrimRight(line[:cut], " ,;:") + "…"
}

func needsCollapse(s string) bool {
	if s == "" {
		return false
	}
	if isSpace(s[0]) || isSpace(s[len(s)-1]) {
		return true
	}
	prev, unicodeChecked := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := isSpace(c)
		if sp && (prev || c != ' ') {
			return true
		}
		if c >= 0x80 && !unicodeChecked { // non-ASCII white space is rare: one look for it
			unicodeChecked = true
			if strings.ContainsFunc(s, func(r rune) bool {
				return r > 0x7f && (r == 0x85 || r == 0xa0 || r == 0x2028 || r == 0x2029 || r == 0x3000 || (r >= 0x2000 && r <= 0x200a) || r == 0x1680 || r == 0x202f || r == 0x205f)
			}) {
				return true
			}
		}
		prev = sp
	}
	return false
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}
