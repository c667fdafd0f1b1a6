// Package lang tells the language of a document's article text, so that
// the stages whose rules are English (entities, quotes and their speakers)
// leave other languages alone rather than misread them: German capitalizes
// every noun, and "Personalabteilung das Geschäft" is no person.
//
// It uses whatlanggo's trigram profiles on the first few kilobytes of a
// document's body: the fork github.com/RadhiFadlillah/whatlanggo, which
// go-trafilatura already links in, rather than a second copy of the same
// profiles from github.com/abadojack/whatlanggo (same API, measured here at
// under a millisecond a text).
package lang

import (
	"strings"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"

	"github.com/storybrief/storybrief"
)

// sample is how many bytes of body text a detection reads.
const sample = 3000

// Detect returns the ISO 639-1 code of text's language ("en", "de"), or ""
// when the detector is not sure.
func Detect(text string) string {
	if len(text) > sample {
		n := sample
		for n > 0 && !utf8.RuneStart(text[n]) {
			n-- // do not cut a character in two
		}
		text = text[:n]
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

// Of returns the language of d's body paragraphs (Detect).
func Of(d *storybrief.Document) string {
	var b strings.Builder
	for _, p := range d.Paragraphs {
		if p.Kind != storybrief.KindBody {
			continue
		}
		b.WriteString(p.In(d.Text))
		b.WriteByte('\n')
		if b.Len() >= sample {
			break
		}
	}
	return Detect(b.String())
}

// English reports whether d reads as English, or as no language for sure:
// the English rules may read it. It fills d.Lang when it is empty.
func English(d *storybrief.Document) bool {
	if d.Lang == "" {
		d.Lang = Of(d)
	}
	return d.Lang == "" || d.Lang == "en"
}
