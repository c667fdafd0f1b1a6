package extract

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/storybrief/storybrief"
)

// IsHTML reports whether data is an HTML page rather than plain text,
// judged by content: a doctype or an html, head or body tag at the start, a
// script, style or meta tag at the start and a body later, or markup making
// up a large share of the first kilobytes.
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
	// A page saved from its scripts, styles or meta tags on ("<script>
	// document.addEventListener …"): HTML when a body follows somewhere.
	for _, p := range []string{"<script", "<style", "<meta", "<link", "<title", "<noscript"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			all := bytes.ToLower(data)
			return bytes.Contains(all, []byte("<body")) || bytes.Contains(all, []byte("</p>")) || bytes.Contains(all, []byte("</div>"))
		}
	}
	// Count tags that only HTML uses.
	n := 0
	for _, tag := range []string{"<p>", "<p ", "<div", "<br", "<span", "<a href", "<article", "<section", "</p>", "</div>"} {
		n += bytes.Count(lower, []byte(tag))
	}
	return n >= 3
}

// fromHTML extracts the article text and headline of an HTML page. The
// text has the headline on its first line and then one block (paragraph,
// heading, list item, quoted paragraph) per line, blocks separated by blank
// lines; quoted holds the 1-based lines that came from <blockquote>.
func (x *Extractor) fromHTML(data []byte) (text, title string, quoted map[int]bool, err error) {
	doc, err := dom.Parse(htmlReader(data))
	if err != nil {
		return "", "", nil, fmt.Errorf("%w: parsing the HTML page: %w", storybrief.ErrNoText, err)
	}
	splitCellLines(doc)
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		EnableFallback:  x.Fallback,
		ExcludeComments: true,
		Deduplicate:     true,
		Focus:           trafilatura.Balanced,
	})
	if err != nil || res == nil || res.ContentNode == nil || strings.TrimSpace(res.ContentText) == "" {
		return "", "", nil, fmt.Errorf("%w: the HTML page has no article body", storybrief.ErrNoText)
	}
	title = cleanTitle(res.Metadata.Title, res.Metadata.Sitename)
	var b strings.Builder
	line := 1
	quoted = map[int]bool{}
	if title != "" {
		b.WriteString(title)
		b.WriteString("\n\n")
		line += 2
	}
	for _, blk := range blocks(res.ContentNode) {
		if blk.quote {
			quoted[line] = true
		}
		b.WriteString(blk.text)
		b.WriteString("\n\n")
		line += 2
	}
	return b.String(), title, quoted, nil
}

// htmlReader returns data as UTF-8 text. The encoding is the one the page
// declares (byte-order mark, <meta charset>); a page that declares none is
// UTF-8 when its bytes are valid UTF-8, else Windows-1252. (The HTML
// standard's sniffing reads only the first 1,024 bytes, which are often
// all ASCII, and then falls back to Windows-1252: a UTF-8 page then shows
// "Yahooâ€™s" for "Yahoo’s".)
func htmlReader(data []byte) io.Reader {
	e, _, certain := charset.DetermineEncoding(data, "text/html")
	if !certain && utf8.Valid(data) {
		return bytes.NewReader(data)
	}
	return transform.NewReader(bytes.NewReader(data), e.NewDecoder())
}

// splitCellLines gives each line of a table cell its own paragraph: in a
// cell whose lines a <br> parts ("<strong>Greil Marcus</strong><br>
// <strong>Wynton Marsalis</strong>, Jazz at Lincoln Center<br>"), each
// line becomes a <p> of its text. go-trafilatura drops a <br> inside a cell
// with the white space around it, which ran the lines together ("Greil
// MarcusWynton Marsalis"). Cells with links or block elements inside are
// left alone: their structure is what tells navigation from text.
func splitCellLines(n *html.Node) {
	if n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th") {
		if lines, ok := cellLines(n); ok && len(lines) > 1 {
			for c := n.FirstChild; c != nil; c = n.FirstChild {
				n.RemoveChild(c)
			}
			for _, l := range lines {
				p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
				p.AppendChild(&html.Node{Type: html.TextNode, Data: l})
				n.AppendChild(p)
			}
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		splitCellLines(c)
	}
}

// cellLines returns the non-empty lines of a table cell's text, split at
// each <br>; ok is false when the cell holds a link, a block element or
// no <br>.
func cellLines(cell *html.Node) (lines []string, ok bool) {
	var cur strings.Builder
	breaks := 0
	end := func() {
		if t := storybrief.CollapseSpace(cur.String()); t != "" {
			lines = append(lines, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return true
		case html.ElementNode:
			switch {
			case n.Data == "br":
				breaks++
				end()
				return true
			case n.Data == "a" || (blockTags[n.Data] && n != cell):
				return false
			case skipTags[n.Data]:
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(cell) || breaks == 0 {
		return nil, false
	}
	end()
	return lines, true
}

// block is one block of extracted HTML text.
type block struct {
	text  string
	quote bool
}

// blockTags are the elements whose text stands as a paragraph of its own.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "td": true, "th": true, "dd": true, "dt": true,
	"tr": true, "table": true, "ul": true, "ol": true, "section": true, "article": true, "body": true,
	"figure": true, "figcaption": true, "header": true, "footer": true, "main": true, "q": false,
}

// skipTags hold no article text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "figcaption": true, "template": true, "svg": true}

// blocks flattens an extracted content tree into text blocks.
func blocks(root *html.Node) []block {
	var out []block
	var cur strings.Builder
	inQuote := 0
	flush := func() {
		t := storybrief.CollapseSpace(cur.String())
		cur.Reset()
		if t != "" {
			out = append(out, block{text: t, quote: inQuote > 0})
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.Data] {
				return
			}
			if n.Data == "br" {
				cur.WriteByte(' ')
				return
			}
		}
		isBlock := n.Type == html.ElementNode && blockTags[n.Data]
		if isBlock {
			flush()
		}
		if n.Type == html.ElementNode && n.Data == "blockquote" {
			inQuote++
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
		if isBlock {
			flush()
		}
		if n.Type == html.ElementNode && n.Data == "blockquote" {
			inQuote--
		}
	}
	walk(root)
	flush()
	return out
}

// cleanTitle removes a site name from a page title ("Story | Site",
// "Story - Site").
func cleanTitle(title, site string) string {
	title = storybrief.CollapseSpace(title)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if (site != "" && strings.EqualFold(tail, site)) || len(strings.Fields(tail)) <= 3 && len(strings.Fields(title[:i])) >= 3 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}
