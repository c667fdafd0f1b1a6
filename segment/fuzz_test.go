package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
)

// addCorpus seeds f with real text: the paragraphs of the labelled set, the
// lines of the seed articles, and texts built to reach the edges.
func addCorpus(f *testing.F) {
	for i, p := range readLabelled(f) {
		if i%4 == 0 {
			f.Add(p.text)
		}
	}
	seeds, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, path := range seeds {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		for i := 0; i < len(lines); i += 20 {
			f.Add(strings.Join(lines[i:min(i+20, len(lines))], "\n"))
		}
	}
	for _, s := range []string{
		"", ".", "...", " . . . ", "…", "?!", "U.S.", "Mr.\n\nSmith", "a.\u00a0B", "\u00a0\u2028\u3000",
		"\xff.\xfe A", "x.\xc2", "x. \xe2\x80", "\"\"\"", "' ' '", "( 1. ) a", "e! news", "A.B.C. D.",
		"1.\n2.\n3.", "said. \" we", "It’s “done.” Then", "\r\n\r\n", "a\nb\nc\n", "中文。下一句",
	} {
		f.Add(s)
	}
}

// checkSpans fails t unless spans are in bounds, sorted, do not overlap,
// start and end on rune boundaries and hold no white space at their ends;
// if cover, every rune of text that is not white space lies in a span.
func checkSpans(t *testing.T, text string, spans []storybrief.Span, cover bool) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v out of order or bounds (previous end %d, len %d) in %q", i, s, prev, len(text), text)
		}
		prev = s.End
	}
	j := 0
	for p := 0; p < len(text); {
		r, size := utf8.DecodeRuneInString(text[p:])
		for j < len(spans) && spans[j].End <= p {
			j++
		}
		if j < len(spans) {
			s := spans[j]
			switch {
			case p < s.Start && p+size > s.Start, p < s.End && p+size > s.End:
				t.Fatalf("span %v splits the rune at %d in %q", s, p, text)
			case p == s.Start && unicode.IsSpace(r), p+size == s.End && unicode.IsSpace(r):
				t.Fatalf("span %v %q is not trimmed", s, s.In(text))
			}
			if p >= s.Start {
				p += size
				continue
			}
		}
		if cover && !unicode.IsSpace(r) {
			t.Fatalf("rune %q at %d is in no span: %q", r, p, text)
		}
		p += size
	}
}

func FuzzSentences(f *testing.F) {
	addCorpus(f)
	f.Fuzz(func(t *testing.T, text string) {
		spans := Sentences(text)
		checkSpans(t, text, spans, true)
		for _, s := range spans {
			LeansBack(text[s.Start:s.End]) // must not panic on any sentence
		}
	})
}

func FuzzWords(f *testing.F) {
	addCorpus(f)
	f.Fuzz(func(t *testing.T, text string) {
		words := Words(text)
		checkSpans(t, text, words, false)
		// Every letter and digit is in a word, and a word starts with one.
		j := 0
		for p := 0; p < len(text); {
			r, size := utf8.DecodeRuneInString(text[p:])
			for j < len(words) && words[j].End <= p {
				j++
			}
			in := j < len(words) && words[j].Start <= p
			if (unicode.IsLetter(r) || unicode.IsNumber(r)) && !in {
				t.Fatalf("%q at %d is in no word: %q", r, p, text)
			}
			if in && p == words[j].Start && !(unicode.IsLetter(r) || unicode.IsNumber(r)) {
				t.Fatalf("word %q starts with %q", words[j].In(text), r)
			}
			p += size
		}
		if terms := Terms(nil, text); len(terms) != len(words) {
			t.Fatalf("%d terms for %d words in %q", len(terms), len(words), text)
		}
	})
}
