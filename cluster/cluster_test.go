package cluster

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestNames(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // names that must be found
		not        []string // words that must not be names
	}{
		{"title and name", "Secretary of State John Kerry met Zarif.", []string{"secretary of state john kerry", "kerry", "zarif"}, []string{"secretary of state"}},
		{"sentence start", "Officials said the Islamic State grew. The U.S. agreed.", []string{"islamic state", "u.s."}, []string{"officials", "the"}},
		{"acronym at start", "ISIS fighters advanced.", []string{"isis"}, nil},
		{"possessive", "Iran's leader spoke.", []string{}, []string{"iran's"}},
		{"lower case", "the u.s. and iran talked.", []string{}, []string{"iran"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Names(nil, c.text)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("Names(%q) = %q, lacks %q", c.text, got, w)
				}
			}
			for _, w := range c.not {
				if slices.Contains(got, w) {
					t.Errorf("Names(%q) = %q, holds %q", c.text, got, w)
				}
			}
		})
	}
}

func TestTerms(t *testing.T) {
	got := Terms(nil, "The strikes on Iran's forces — 2014's talks, and 12 cities.")
	want := []string{"strike", "iran", "force", "2014", "talk", "city"}
	if !slices.Equal(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

func TestSignature(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seeds/000_141ab2cd66b432d1.txt")
	if err != nil {
		t.Fatal(err)
	}
	long := string(seed) // about 600 words
	cases := []struct {
		name string
		a, b string
		near bool
	}{
		{"same", long, long, true},
		{"case, punctuation, spaces", long, strings.ToUpper(strings.NewReplacer(".", " ", ",", ";", "\n", "\n\n").Replace(long)), true},
		{"one word", long, strings.Replace(long, "Kerry", "Lavrov", 1), true},
		{"a line added", long, long + "\nCopyright 2014 CBS Interactive Inc. All rights reserved.", true},
		{"other text", long, "A magnitude 6.1 earthquake struck off the coast of Chile on Tuesday, the survey said, shaking buildings in Valparaiso and Santiago; no tsunami warning was issued.", false},
		{"empty", "", "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fa, fb := Sign(c.a), Sign(c.b)
			if fa.Near(&fb) != c.near {
				t.Errorf("Near = %v (similarity %.2f), want %v", !c.near, fa.Similarity(&fb), c.near)
			}
			if c.near {
				shared := false
				ba, bb := fa.Bands(), fb.Bands()
				for i := range ba {
					shared = shared || ba[i] == bb[i]
				}
				if !shared {
					t.Error("near fingerprints share no band")
				}
			}
		})
	}
}

func TestScores(t *testing.T) {
	cases := []struct {
		name        string
		truth       []string
		got         []int
		pw, b3P, b3 float64
	}{
		{"perfect", []string{"a", "a", "b"}, []int{1, 1, 2}, 1, 1, 1},
		{"all apart", []string{"a", "a", "b"}, []int{1, 2, 3}, 0, 1, 2 * 1 * (4.0 / 6) / (1 + 4.0/6)},
		{"all together", []string{"a", "a", "b"}, []int{1, 1, 1}, 2 * (1.0 / 3) / (1 + 1.0/3), 5.0 / 9, 2 * (5.0 / 9) / (1 + 5.0/9)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pw, b3 := Pairwise(c.truth, c.got), BCubed(c.truth, c.got)
			if math.Abs(pw.F1-c.pw) > 1e-9 || math.Abs(b3.P-c.b3P) > 1e-9 || math.Abs(b3.F1-c.b3) > 1e-9 {
				t.Errorf("pairwise %+v, B-cubed %+v; want pairwise F1 %.3f, B-cubed P %.3f F1 %.3f", pw, b3, c.pw, c.b3P, c.b3)
			}
		})
	}
}

// TestWindow checks that stories close when the stream moves past them.
func TestWindow(t *testing.T) {
	c := New(Config{Window: 24 * time.Hour})
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	text := "Kerry met Zarif in New York to talk about the Islamic State and the nuclear negotiations with Iran."
	id, err := c.Place("", text, t0, func() (int64, error) { return 1, nil })
	if err != nil || id != 1 {
		t.Fatal(id, err)
	}
	if id, _ := c.Place("", text+" Again.", t0.Add(time.Hour), func() (int64, error) { return 2, nil }); id != 1 {
		t.Errorf("same story an hour later went to %d", id)
	}
	c.Place("", "A quake struck Chile.", t0.Add(72*time.Hour), func() (int64, error) { return 3, nil })
	if c.Len() != 1 {
		t.Errorf("%d stories open after the window passed, want 1", c.Len())
	}
	if id, _ := c.Place("", text, t0.Add(73*time.Hour), func() (int64, error) { return 4, nil }); id != 4 {
		t.Errorf("a closed story took an article: %d", id)
	}
}

// BenchmarkPlace measures the cost of placing one article as the number of
// open stories grows (index posting lists and candidates are capped, so the
// work per article is bounded; what grows is the cost of reaching a larger
// heap), and with 50,000 stories stored of which the time window keeps
// 1,000 open (closed stories cost nothing).
func BenchmarkPlace(b *testing.B) {
	stories := readSet(b, "../testdata/stream/multinews.jsonl.gz", 0)
	var docs []item
	for _, st := range stories {
		docs = append(docs, st...)
	}
	for _, run := range []struct {
		stored int
		window time.Duration
	}{{1000, 1 << 50}, {10000, 1 << 50}, {50000, 1 << 50}, {50000, 1000 * time.Minute}} {
		name := fmt.Sprintf("open=%d", run.stored)
		if run.window < 1<<50 {
			name = fmt.Sprintf("stored=%d/open=1000", run.stored)
		}
		b.Run(name, func(b *testing.B) {
			c := New(Config{Window: run.window})
			t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
			// Fill with distinct stories, one a minute: each a document
			// with a marker word.
			for i := range run.stored {
				d := docs[i%len(docs)]
				c.Add(int64(i+1), c.Doc(d.title, d.text+fmt.Sprintf(" marker%d", i), t0.Add(time.Duration(i)*time.Minute)))
			}
			t0 = t0.Add(time.Duration(run.stored) * time.Minute)
			open := run.stored
			next := int64(open + 1)
			openNow := c.Len()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				d := docs[i%len(docs)]
				c.Place(d.title, d.text, t0, func() (int64, error) { next++; return next, nil })
			}
			b.ReportMetric(float64(openNow), "open-stories")
		})
	}
}
