package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract cleans the three seed pages; its MB/s is extract's
// throughput on plain-text scrapes.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	var pages [][]byte
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
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
	files, _ := filepath.Glob("testdata/*.html")
	var pages [][]byte
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	x := New()
	for b.Loop() {
		for _, p := range pages {
			x.Extract("d1", "page", p)
		}
	}
}
