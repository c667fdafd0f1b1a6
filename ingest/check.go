package ingest

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
)

// Check reports whether data can be read as a document: not empty, not
// binary. Invalid UTF-8 is not an error here (extraction decodes legacy
// charsets); a file that is mostly control bytes or holds NUL bytes is
// binary.
func Check(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return fmt.Errorf("%w: the file is empty", storybrief.ErrEmpty)
		}
		return fmt.Errorf("%w: only white space", storybrief.ErrEmpty)
	}
	if IsBinary(data) {
		return fmt.Errorf("%w (%s)", storybrief.ErrBinary, sniff(data))
	}
	return nil
}

// IsBinary reports whether the first 8 KB of data look like binary data:
// a NUL byte (outside UTF-16 text), or more than 10% control bytes.
func IsBinary(data []byte) bool {
	head := data
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return false // UTF-16 text with a byte-order mark
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	if ctrl*10 > len(head) {
		return true
	}
	// Bytes that are neither UTF-8 nor a plausible 8-bit text encoding.
	if !utf8.Valid(head) {
		bad := 0
		for _, c := range head {
			if c >= 0x80 && c < 0xa0 {
				bad++
			}
		}
		return bad*4 > len(head)
	}
	return false
}

// sniff names common binary formats for error messages.
func sniff(data []byte) string {
	magic := []struct {
		prefix, name string
	}{
		{"%PDF", "a PDF file"}, {"\x89PNG", "a PNG image"}, {"\xff\xd8\xff", "a JPEG image"},
		{"GIF8", "a GIF image"}, {"PK\x03\x04", "a ZIP archive or office document"},
		{"\x1f\x8b", "gzip data"}, {"\x7fELF", "an executable"}, {"SQLite format 3", "an SQLite database"},
	}
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.name
		}
	}
	return "unrecognized binary data"
}
