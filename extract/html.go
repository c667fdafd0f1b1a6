package extract

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html/charset"

	"github.com/storybrief/storybrief"
)

// IsHTML reports whether data is an HTML page rather than plain text,
// judged by content: a doctype or an html, head or body tag at the start, or
// markup making up a large share of the first kilobytes.
func IsHTML(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff\xef\xbb\xbf")
	lower := bytes.ToLower(t)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml version", "<!--"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			if p == "<?xml version" || p == "<!--" {
				return bytes.Contains(lower, []byte("<html"))
			}
			return true
		}
	}
	// Count tags that only HTML uses.
	n := 0
	for _, tag := range []string{"<p>", "<p ", "<div", "<br", "<span", "<a href", "<article", "<section", "</p>", "</div>"} {
		n += bytes.Count(lower, []byte(tag))
	}
	return n >= 3
}

// fromHTML extracts the article text and headline of an HTML page. The text
// has one paragraph per line, paragraphs separated by blank lines.
func (x *Extractor) fromHTML(data []byte) (text, title string, err error) {
	r, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		return "", "", fmt.Errorf("decode HTML: %w", err)
	}
	res, err := trafilatura.Extract(r, trafilatura.Options{
		EnableFallback:  x.Fallback,
		ExcludeComments: true,
		ExcludeTables:   false,
		Deduplicate:     true,
		Focus:           trafilatura.Balanced,
	})
	if err != nil || res == nil || strings.TrimSpace(res.ContentText) == "" {
		if err == nil || strings.Contains(err.Error(), "text and comments are not long enough") || strings.Contains(err.Error(), "not long enough") {
			return "", "", fmt.Errorf("%w: the HTML page has no article body", storybrief.ErrNoText)
		}
		return "", "", fmt.Errorf("%w: the HTML page has no article body (%v)", storybrief.ErrNoText, err)
	}
	title = strings.TrimSpace(res.Metadata.Title)
	var b strings.Builder
	if title != "" {
		b.WriteString(title)
		b.WriteString("\n\n")
	}
	for _, line := range strings.Split(res.ContentText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		b.WriteString(line)
		b.WriteString("\n\n")
	}
	return b.String(), title, nil
}
