package cluster

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

var genBackground = flag.Bool("gen-background", false, "write background.txt.gz from the Multi-News training split of -data")

// TestGenBackground writes the background document frequencies: the
// terms of the Multi-News training split's documents (Terms as the
// Clusterer uses it) that occur in at least 5 documents.
func TestGenBackground(t *testing.T) {
	if !*genBackground || *shared == "" {
		t.Skip("writes background.txt.gz: run with -gen-background -data ../../shared/data")
	}
	stories := readSet(t, filepath.Join(*shared, "multinews/train.jsonl.gz"), 0)
	df := map[string]int{}
	docs := 0
	var words []string
	for _, st := range stories {
		for _, it := range st {
			docs++
			words = Terms(words[:0], it.text)
			seen := map[string]bool{}
			for _, w := range words {
				if !seen[w] {
					seen[w] = true
					df[w]++
				}
			}
		}
	}
	var terms []string
	for w, n := range df {
		if n >= 5 {
			terms = append(terms, w)
		}
	}
	slices.Sort(terms)
	f, err := os.Create("background.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "%d\n", docs)
	for _, w := range terms {
		fmt.Fprintf(bw, "%s %d\n", w, df[w])
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents, %d terms", docs, len(terms))
}
