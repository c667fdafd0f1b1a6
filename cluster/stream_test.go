package cluster

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storybrief/storybrief/extract"
)

// item is one article of an evaluation stream with its true story.
type item struct {
	story string
	title string
	text  string
	time  time.Time
}

// readSet reads a JSON Lines data set ({"id","documents":[...]}, gzip or
// not): each line is one story. A document whose first paragraph is a
// one-line headline ending in "." (NeuS) gets it as its title. At most max
// stories are read (0: all).
func readSet(tb testing.TB, path string, max int) [][]item {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out [][]item
	for sc.Scan() && (max == 0 || len(out) < max) {
		var line struct {
			ID        string   `json:"id"`
			Documents []string `json:"documents"`
			Titles    []string `json:"doc_titles"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		var st []item
		for i, d := range line.Documents {
			if strings.TrimSpace(d) == "" {
				continue
			}
			it := item{story: line.ID, text: d}
			if i < len(line.Titles) && strings.HasPrefix(d, line.Titles[i]) {
				it.title = line.Titles[i]
				it.text = strings.TrimSpace(d[len(line.Titles[i]):])
			}
			st = append(st, it)
		}
		if len(st) > 0 {
			out = append(out, st)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// readSeeds reads the seed story: three scraped pages, cleaned by the
// extractor as the service cleans them (headline, body paragraphs).
func readSeeds(tb testing.TB) [][]item {
	tb.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	x := extract.New()
	var st []item
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		it, err := extracted(x, f, b)
		if err != nil {
			tb.Fatal(err)
		}
		it.story = "seeds"
		st = append(st, it)
	}
	return [][]item{st}
}

// extracted cleans a page as the service does and returns its headline
// and body paragraphs as an item.
func extracted(x *extract.Extractor, name string, page []byte) (item, error) {
	doc, err := x.Extract("", name, page)
	if err != nil {
		return item{}, err
	}
	return item{title: doc.Title, text: doc.Body()}, nil
}

// interleave gives each story a start time spread evenly at random over
// span and each of its articles a time within a day or two of it (an
// exponential delay, mean 8 hours, at most 48), and returns all articles
// in time order, as they would arrive. With span 0 every article has the
// same time and the order is random.
func interleave(stories [][]item, span time.Duration, seed uint64) []item {
	rng := rand.New(rand.NewPCG(seed, 6))
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var all []item
	for _, st := range stories {
		start := t0
		if span > 0 {
			start = t0.Add(time.Duration(rng.Int64N(int64(span))))
		}
		for i, it := range st {
			if span > 0 && i > 0 {
				delay := time.Duration(rng.ExpFloat64() * float64(8*time.Hour))
				it.time = start.Add(min(delay, 48*time.Hour))
			} else {
				it.time = start
			}
			all = append(all, it)
		}
	}
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	if span > 0 {
		slices.SortStableFunc(all, func(a, b item) int { return a.time.Compare(b.time) })
	}
	return all
}

// dedup drops the items whose text is near-identical to an earlier one's,
// as the store does, and returns the rest with the number dropped.
func dedup(stream []item) ([]item, int) {
	bands := map[int64][]*Signature{}
	var out []item
	for _, it := range stream {
		sig := Sign(it.text)
		dup := false
		for _, k := range sig.Bands() {
			for _, other := range bands[k] {
				dup = dup || sig.Near(other)
			}
		}
		if dup {
			continue
		}
		for _, k := range sig.Bands() {
			bands[k] = append(bands[k], &sig)
		}
		out = append(out, it)
	}
	return out, len(stream) - len(out)
}

// run clusters a stream and returns the story each item was put in.
func run(c *Clusterer, stream []item) []int64 {
	got := make([]int64, len(stream))
	next := int64(1)
	for i, it := range stream {
		d := c.Doc(it.title, it.text, it.time)
		id, ok := c.Assign(d)
		if !ok {
			id = next
			next++
		}
		c.Add(id, d)
		got[i] = id
	}
	return got
}

func truthOf(stream []item) []string {
	t := make([]string, len(stream))
	for i, it := range stream {
		t[i] = it.story
	}
	return t
}
