package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/storybrief/storybrief"
)

// Extractor cleans pages into documents. The zero value is ready to use;
// it is safe for concurrent use.
type Extractor struct {
	// Fallback makes HTML extraction try readability and DOM distiller when
	// trafilatura finds too little (slower, a little more accurate).
	Fallback bool
}

// New returns an Extractor with the default settings.
func New() *Extractor { return &Extractor{Fallback: true} }

// Extract reads one input's bytes as a document with the given id and
// source. Plain text and HTML are told apart by content. It returns an
// error wrapping storybrief.ErrEmpty, ErrBinary or ErrNoText when the input
// holds no article; the error does not name the source (callers do).
func (x *Extractor) Extract(id, source string, data []byte) (*storybrief.Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%w: nothing but white space", storybrief.ErrEmpty)
	}
	doc := &storybrief.Document{ID: id, Source: source, Format: "text"}
	var text string
	var quoted map[int]bool
	if IsHTML(data) {
		doc.Format = "html"
		t, title, q, err := x.fromHTML(data)
		if err != nil {
			return nil, err
		}
		text, quoted = t, q
		doc.Title = title
	} else {
		t, err := decodeText(data)
		if err != nil {
			return nil, err
		}
		text = t
	}
	doc.Text = FixMojibake(text)
	doc.Title = FixMojibake(doc.Title)
	clean(doc)
	for i := range doc.Paragraphs {
		if p := &doc.Paragraphs[i]; quoted[p.Line] && p.Kind == storybrief.KindBody {
			p.Kind = storybrief.KindQuote
		}
	}
	if len(doc.Paragraphs) == 0 {
		return doc, fmt.Errorf("%w: %d lines read, none looks like article text", storybrief.ErrNoText, strings.Count(text, "\n")+1)
	}
	return doc, nil
}

// decodeText returns data as UTF-8 text: UTF-8 as is (a byte-order mark
// removed), UTF-16 with a byte-order mark decoded, and anything else that is
// not valid UTF-8 read as Windows-1252, the usual encoding of such scrapes.
// Carriage returns are kept: they are white space to every later stage.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", fmt.Errorf("decode UTF-16: %w", err)
		}
		return string(out), nil
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decode as Windows-1252: %w", err)
	}
	return string(out), nil
}
