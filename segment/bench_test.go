package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"
	"github.com/storybrief/storybrief"
)

// seedText returns the three seed articles, one after the other.
func seedText(tb testing.TB) string {
	tb.Helper()
	paths, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var b strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	return b.String()
}

// multiNewsText returns the Multi-News documents of the labelled set.
func multiNewsText(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	for _, p := range readLabelled(tb) {
		if strings.HasPrefix(p.source, "multinews") {
			b.WriteString(p.text)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkSentences(b *testing.B) {
	for _, c := range []struct {
		name string
		text func(testing.TB) string
	}{{"seeds", seedText}, {"multinews", multiNewsText}} {
		text := c.text(b)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var dst []storybrief.Span
			for b.Loop() {
				dst = AppendSentences(dst[:0], text)
			}
		})
	}
}

// BenchmarkPunkt is the baseline: neurosnap/sentences on the same text.
func BenchmarkPunkt(b *testing.B) {
	text := seedText(b)
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		punkt.Tokenize(text)
	}
}

func BenchmarkWords(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []storybrief.Span
	for b.Loop() {
		dst = AppendWords(dst[:0], text)
	}
}

func BenchmarkTerms(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []string
	for b.Loop() {
		dst = Terms(dst[:0], text)
	}
}
