package render

import (
	"html"
	"strings"

	"github.com/storybrief/storybrief"
)

// Readable returns s as a person should read it: scraped plain text often
// keeps the HTML character references of the page it came from ("AT&amp;T",
// "&quot;", "&#39;"), which the text, Markdown and HTML views and the
// service's pages decode. The JSON keeps the source's own text, which its
// offsets index.
func Readable(s string) string {
	if !strings.Contains(s, "&") || !strings.Contains(s, ";") {
		return s
	}
	return strings.ReplaceAll(html.UnescapeString(s), "\u00a0", " ")
}

// ReadableSummary is a summary sentence as the views people read show it:
// Readable, and closed with an ellipsis where the source's text was cut
// inside it (SummarySentence.Cut).
func ReadableSummary(s storybrief.SummarySentence) string {
	return closeCut(Readable(s.Text), s.Cut)
}

// readableIn is text, a sentence of d at sp, as the views people read show
// it: Readable, and closed with an ellipsis where d's text stops inside it.
func readableIn(d *storybrief.Document, sp storybrief.Span, text string) string {
	return closeCut(Readable(text), d != nil && d.Cut(sp))
}

// closeCut returns t closed with an ellipsis when cut.
func closeCut(t string, cut bool) string {
	if cut {
		return t + " …"
	}
	return t
}
