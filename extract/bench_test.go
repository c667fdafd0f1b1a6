package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// readPages reads the files matching pattern and their total size.
func readPages(b *testing.B, pattern string) (pages [][]byte, size int) {
	b.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		b.Fatalf("no files match %s", pattern)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	return pages, size
}

// BenchmarkExtract cleans the three seed pages; its MB/s is extract's
// throughput on plain-text scrapes.
func BenchmarkExtract(b *testing.B) {
	pages, size := readPages(b, "../testdata/seeds/*.txt")
	b.SetBytes(int64(size))
	b.ReportAllocs()
	x := New()
	for b.Loop() {
		for _, p := range pages {
			if _, err := x.Extract("d1", "seed", p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractHTML runs HTML pages through trafilatura and the cleaner.
func BenchmarkExtractHTML(b *testing.B) {
	pages, size := readPages(b, "testdata/*.html")
	b.SetBytes(int64(size))
	b.ReportAllocs()
	x := New()
	for b.Loop() {
		for _, p := range pages {
			x.Extract("d1", "page", p)
		}
	}
}
