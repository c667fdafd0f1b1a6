package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
)

// corpusPiece is the most bytes of a seed file one corpus entry holds.
// Whole pages (50 KB) starve the fuzzer: nearly every mutation of one finds
// new coverage, and minimizing each such input takes the engine seconds,
// so a minute ran a dozen inputs. Pieces of a few kilobytes run thousands.
const corpusPiece = 4 << 10

// addCorpus adds the files that match pattern to f's seed corpus, each in
// pieces of up to corpusPiece bytes cut at line ends, so that every part of
// a page (its head, its article, its comment thread) seeds the fuzzer.
func addCorpus(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for len(data) > 0 {
			n := len(data)
			if n > corpusPiece {
				n = corpusPiece
				if i := bytes.LastIndexByte(data[:n], '\n'); i > 0 {
					n = i + 1
				}
			}
			f.Add(data[:n])
			data = data[n:]
		}
	}
}

// checkDoc checks the invariants of any extraction result: spans in bounds
// and in order, kinds known, comments after the article, valid UTF-8 text.
func checkDoc(t *testing.T, doc *storybrief.Document) {
	t.Helper()
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("text is not valid UTF-8")
	}
	checkSpans(t, doc)
	for _, p := range doc.Paragraphs {
		switch p.Kind {
		case storybrief.KindBody, storybrief.KindQuote, storybrief.KindDek, storybrief.KindNote:
		default:
			t.Fatalf("unknown kind %q", p.Kind)
		}
	}
	for _, c := range doc.Comments {
		if c.Start < 0 || c.End > len(doc.Text) || c.Start > c.End {
			t.Fatalf("comment span %v out of bounds", c.Span)
		}
	}
}

func FuzzExtractText(f *testing.F) {
	addCorpus(f, "../testdata/seeds/*.txt")
	f.Add([]byte("Title\n\nOne sentence here. Another one.\n\n  1. A says:\n\n    hi\n"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := New().Extract("d1", "fuzz", data)
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

func FuzzExtractHTML(f *testing.F) {
	addCorpus(f, "testdata/*.html")
	f.Add([]byte("<html><body><article><h1>T</h1><p>One sentence that is long enough to be prose here.</p><blockquote><p>Quoted words in a block.</p></blockquote></article></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !IsHTML(data) {
			data = append([]byte("<!DOCTYPE html><html><body>"), data...)
		}
		doc, err := (&Extractor{}).Extract("d1", "fuzz", data)
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}
