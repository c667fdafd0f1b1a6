package render

import (
	"html"
	"strings"
)

// readable returns s as a person should read it: scraped plain text often
// keeps the HTML character references of the page it came from ("AT&amp;T",
// "&quot;", "&#39;"), which the text, Markdown and HTML views decode. The
// JSON keeps the source's own text, which its offsets index.
func readable(s string) string {
	if !strings.Contains(s, "&") || !strings.Contains(s, ";") {
		return s
	}
	return strings.ReplaceAll(html.UnescapeString(s), "\u00a0", " ")
}
