// Package extract turns one scraped page into a clean storybrief.Document:
// the headline, the article's paragraphs (body, block quotes, dek, editor's
// notes), what was dropped and why, and the reader comments kept apart.
//
// HTML goes through go-trafilatura (article extraction with readability and
// DOM-distiller fallbacks) and then through the same cleaning as plain text.
// Plain-text scrapes are cleaned with general signals rather than site rules:
// how sentence-like a line is (punctuation, length, case), where it stands
// (before, inside or after the article body), repetition within the page
// (teasers and captions that repeat a neighbour), thread structure (numbered
// "NAME says:" comment headers) and boilerplate vocabulary (app banners,
// calls to action, tag lines, author boxes).
//
//	doc, err := extract.New().Extract("d1", "page.txt", data)
//	for _, p := range doc.Paragraphs {
//		fmt.Println(p.Line, p.Kind, p.In(doc.Text))
//	}
package extract
