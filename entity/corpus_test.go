package entity_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storybrief/storybrief/internal/seedtest"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/entity"
)

// newsDoc reads one article of ../quote/testdata: the headline on the first
// line, then paragraphs separated by blank lines ("> " opens a block quote).
func newsDoc(tb testing.TB, path string) *storybrief.Document {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	text := string(data)
	d := &storybrief.Document{ID: "d1", Source: path, Format: "text", Text: text}
	line, off := 1, 0
	for _, l := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(l, "\n")
		if line > 1 && strings.TrimSpace(body) != "" {
			p := storybrief.Paragraph{Span: storybrief.Span{Start: off, End: off + len(body)}, Line: line, Kind: storybrief.KindBody}
			if strings.HasPrefix(body, "> ") {
				p.Kind, p.Start = storybrief.KindQuote, p.Start+2
			}
			d.Paragraphs = append(d.Paragraphs, p)
		} else if line == 1 {
			d.Title = body
		}
		off += len(l)
		line++
	}
	seedtest.Engine().Segment(d)
	return d
}

func normName(s string) string {
	s = strings.ToLower(strings.NewReplacer("’", "'", ".", "").Replace(s))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

// TestNewsEntities measures entity finding and resolution on 12 articles
// whose people, organizations and places were annotated by hand
// (testdata/news.entities.json). A found entity matches an annotated one
// when they share a name; each annotated entity matches at most one found
// entity, so that one split in two costs a false positive. Entities of
// type OTHER are left out of the count.
func TestNewsEntities(t *testing.T) {
	data, err := os.ReadFile("testdata/news.entities.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Docs map[string][]struct {
			Type  string   `json:"type"`
			Names []string `json:"names"`
		} `json:"docs"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(gold.Docs))
	for n := range gold.Docs {
		names = append(names, n)
	}
	sort.Strings(names)
	var tp, typed, fp, fn int
	for _, name := range names {
		d := newsDoc(t, filepath.Join("../quote/testdata", name+".txt"))
		docs := []*storybrief.Document{d}
		var found []storybrief.Entity
		for _, e := range entity.Resolve(docs) {
			if e.Type != storybrief.Other {
				found = append(found, e)
			}
		}
		used := make([]bool, len(found))
		for _, g := range gold.Docs[name] {
			want := map[string]bool{}
			for _, n := range g.Names {
				want[normName(n)] = true
			}
			hit := -1
			for i, e := range found {
				if used[i] {
					continue
				}
				for _, n := range e.Names(docs) {
					if want[normName(n)] {
						hit = i
						break
					}
				}
				if hit >= 0 {
					break
				}
			}
			if hit < 0 {
				fn++
				if testing.Verbose() {
					t.Logf("%s: missed %s %v", name, g.Type, g.Names)
				}
				continue
			}
			used[hit] = true
			tp++
			if string(found[hit].Type) == g.Type {
				typed++
			} else if testing.Verbose() {
				t.Logf("%s: %s %q typed %s", name, g.Type, found[hit].Name, found[hit].Type)
			}
		}
		for i, e := range found {
			if !used[i] {
				fp++
				if testing.Verbose() {
					t.Logf("%s: extra %s %q %v", name, e.Type, e.Name, e.Names(docs))
				}
			}
		}
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	tf1 := 2 * float64(typed) / float64(2*typed+(tp-typed)*2+fp+fn)
	t.Logf("entities: gold %d, found %d, matched %d: precision %.3f recall %.3f F1 %.3f; with the right type F1 %.3f", tp+fn, tp+fp, tp, p, r, f1, tf1)
	if f1 < 0.80 || tf1 < 0.78 {
		t.Errorf("entity F1 %.3f (typed %.3f), below the floors 0.80 (0.78)", f1, tf1)
	}
}
