package cluster

import (
	"compress/gzip"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storybrief/storybrief/extract"
)

// TestSplit checks the groups of a few small cases.
func TestSplit(t *testing.T) {
	iran := "Secretary of State John Kerry met Iranian Foreign Minister Javad Zarif in New York on Sunday to discuss the fight against ISIS in Iraq and Syria."
	iran2 := "Kerry and Zarif talked about ISIS on the sidelines of the United Nations General Assembly; Iran says it will not join the coalition against ISIS in Iraq."
	quake := "A magnitude 7.1 earthquake struck southern California on Friday night, shaking buildings from Ridgecrest to Los Angeles and starting fires in the Mojave desert."
	quake2 := "The Ridgecrest earthquake, the strongest in Southern California in two decades, cracked roads and started fires; seismologists warned of aftershocks in the Mojave."
	short := "Read more."
	cases := []struct {
		name   string
		bodies []string
		want   [][]int
	}{
		{"one story", []string{iran, iran2}, [][]int{{0, 1}}},
		{"two stories", []string{iran, quake, iran2, quake2}, [][]int{{0, 2}, {1, 3}}},
		{"a larger story first", []string{quake + " " + quake2, iran, iran2, iran + " " + iran2}, [][]int{{1, 2, 3}, {0}}},
		{"a short page joins the story", []string{iran, short, iran2}, [][]int{{0, 1, 2}}},
		{"short pages only", []string{short, "Sign in."}, [][]int{{0, 1}}},
		{"none", nil, nil},
	}
	many := make([]string, SplitMax+1)
	all := make([]int, len(many))
	for i := range many {
		many[i], all[i] = iran, i
		if i%2 == 1 {
			many[i] = quake + " " + quake2
		}
	}
	cases = append(cases, struct {
		name   string
		bodies []string
		want   [][]int
	}{"beyond SplitMax, one story", many, [][]int{all}})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Config{})
			var docs []*Doc
			for _, b := range tc.bodies {
				docs = append(docs, c.Doc("", b, time.Time{}))
			}
			if got := c.Split(docs); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Split = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSplitQuality measures Split on the stories of testdata/stream (the
// whole validation splits with -data): how often a real story is split,
// and how often two stories given as one are told apart. The seeds must
// stay one story.
func TestSplitQuality(t *testing.T) {
	c := New(Config{})
	var seeds []*Doc
	for _, it := range readSeeds(t)[0] {
		seeds = append(seeds, c.Doc(it.title, it.text, time.Time{}))
	}
	if g := c.Split(seeds); len(g) != 1 {
		t.Errorf("the seeds split into %v", g)
	}
	// the seeds with one page of another story, whole articles: the page
	// should stand apart
	pages := readPages(t)
	apart := 0
	for _, p := range pages {
		if len(c.Split(append(append([]*Doc(nil), seeds...), c.Doc(p.title, p.text, time.Time{})))) > 1 {
			apart++
		}
	}
	// all the pages, of some 150 stories, given as one: chance links
	// must not chain most of them into one group
	var all []*Doc
	for _, p := range pages {
		all = append(all, c.Doc(p.title, p.text, time.Time{}))
	}
	groups := c.Split(all)
	t.Logf("all %d pages given as one: %d groups, the largest of %d", len(pages), len(groups), len(groups[0]))
	if len(groups[0]) > len(pages)/4 {
		t.Errorf("all %d pages given as one: a group of %d", len(pages), len(groups[0]))
	}
	share := float64(apart) / float64(len(pages))
	t.Logf("the seeds with one of %d pages of other stories: %.3f told apart", len(pages), share)
	if share < 0.9 {
		t.Errorf("the seeds with one page of another story: %.3f told apart, want at least 0.9", share)
	}
	floors := map[string][2]float64{"multinews": {0.20, 0.85}, "neus": {0.03, 0.45}} // most split, least told apart
	for name, stories := range qualitySets(t) {
		docs := make([][]*Doc, len(stories))
		for i, st := range stories {
			for _, it := range st {
				docs[i] = append(docs[i], c.Doc(it.title, it.text, time.Time{}))
			}
		}
		r := rand.New(rand.NewSource(1))
		split, apart, mixed := 0, 0, 0
		for i := range docs {
			if len(c.Split(docs[i])) > 1 {
				split++
			}
			j := r.Intn(len(docs))
			if j == i {
				continue
			}
			mixed++
			both := append(append([]*Doc(nil), docs[i]...), docs[j]...)
			if len(c.Split(both)) > 1 {
				apart++
			}
		}
		ps, pa := float64(split)/float64(len(docs)), float64(apart)/float64(mixed)
		t.Logf("%-10s %5d stories: %.3f split; %5d pairs of stories given as one: %.3f told apart", name, len(docs), ps, mixed, pa)
		if f := floors[name]; *shared == "" && (ps > f[0] || pa < f[1]) {
			t.Errorf("%s: %.3f split (at most %.2f), %.3f told apart (at least %.2f)", name, ps, f[0], pa, f[1])
		}
	}
}

// readPages reads the HTML pages of testdata/stream/pages as articles,
// leaving out those with no text.
func readPages(tb testing.TB) []item {
	tb.Helper()
	files, err := filepath.Glob("../testdata/stream/pages/*.html.gz")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no pages: %v", err)
	}
	x := extract.New()
	var out []item
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			tb.Fatal(err)
		}
		it, err := extracted(x, f, b)
		if err != nil {
			continue // a page with no article
		}
		it.story = filepath.Base(f)
		out = append(out, it)
	}
	return out
}

// BenchmarkSplit splits the test pages given as one story: all 156 of
// them, and 1,000 (the pages over again, up to SplitMax).
func BenchmarkSplit(b *testing.B) {
	pages := readPages(b)
	c := New(Config{})
	var all []*Doc
	for len(all) < SplitMax {
		for _, p := range pages {
			all = append(all, c.Doc(p.title, p.text, time.Time{}))
		}
	}
	for _, n := range []int{len(pages), SplitMax} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				c.Split(all[:n])
			}
		})
	}
}

// FuzzSplit checks that Split's groups hold every article once, whatever
// the articles say (NUL bytes separate them in the input).
func FuzzSplit(f *testing.F) {
	f.Add("Kerry met Zarif about ISIS.\x00Kerry and Zarif met in New York.\x00An earthquake struck California.")
	f.Add("\x00\x00")
	f.Add("Read more.")
	c := New(Config{})
	f.Fuzz(func(t *testing.T, in string) {
		var docs []*Doc
		for _, text := range strings.SplitN(in, "\x00", 12) {
			docs = append(docs, c.Doc("", text, time.Time{}))
		}
		seen := make([]int, len(docs))
		for _, g := range c.Split(docs) {
			if len(g) == 0 {
				t.Fatalf("an empty group in %v", c.Split(docs))
			}
			for _, i := range g {
				seen[i]++
			}
		}
		for i, n := range seen {
			if n != 1 {
				t.Fatalf("article %d is in %d groups", i, n)
			}
		}
	})
}
