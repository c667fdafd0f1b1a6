package entity_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storybrief/storybrief/internal/seedtest"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/ingest"
)

// newsDoc reads one article of ../quote/testdata: the headline on the first
// line, then paragraphs separated by blank lines ("> " opens a block quote).
func newsDoc(tb testing.TB, path string) *storybrief.Document {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	text := extract.FixMojibake(string(data)) // as extraction reads it
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

// goldEntity is an entity annotated by hand: its type and the names it
// goes by in the text.
type goldEntity struct {
	Type  string   `json:"type"`
	Names []string `json:"names"`
}

// entityScore counts found entities against annotated ones. A found entity
// matches an annotated one when they share a name; each annotated entity
// matches at most one found entity, so that one split in two costs a false
// positive. Entities of type OTHER are left out of the count.
type entityScore struct {
	tp, typed, fp, fn int
	// byType counts, for each type, the found entities of that type, the
	// annotated ones and the matches where both have it.
	byType map[string]*[3]int
}

// add scores the entities found in one story against its annotation,
// logging each miss, extra and wrong type when the test is verbose.
func (sc *entityScore) add(t *testing.T, name string, docs []*storybrief.Document, gold []goldEntity) {
	t.Helper()
	if sc.byType == nil {
		sc.byType = map[string]*[3]int{}
	}
	count := func(typ string) *[3]int {
		if sc.byType[typ] == nil {
			sc.byType[typ] = new([3]int)
		}
		return sc.byType[typ]
	}
	var found []storybrief.Entity
	for _, e := range entity.Resolve(docs) {
		if e.Type != storybrief.Other {
			found = append(found, e)
			count(string(e.Type))[0]++
		}
	}
	used := make([]bool, len(found))
	for _, g := range gold {
		count(g.Type)[1]++
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
			sc.fn++
			if testing.Verbose() {
				t.Logf("%s: missed %s %v", name, g.Type, g.Names)
			}
			continue
		}
		used[hit] = true
		sc.tp++
		if string(found[hit].Type) == g.Type {
			sc.typed++
			count(g.Type)[2]++
		} else if testing.Verbose() {
			t.Logf("%s: %s %q typed %s", name, g.Type, found[hit].Name, found[hit].Type)
		}
	}
	for i, e := range found {
		if !used[i] {
			sc.fp++
			if testing.Verbose() {
				t.Logf("%s: extra %s %q %v", name, e.Type, e.Name, e.Names(docs))
			}
		}
	}
}

// f1 returns the F1 of matching (whatever the type) and of matching with
// the right type, after logging them with each type's precision and recall.
func (sc *entityScore) f1(t *testing.T) (f1, typedF1 float64) {
	t.Helper()
	p, r := float64(sc.tp)/float64(sc.tp+sc.fp), float64(sc.tp)/float64(sc.tp+sc.fn)
	f1 = 2 * p * r / (p + r)
	typedF1 = 2 * float64(sc.typed) / float64(2*sc.typed+(sc.tp-sc.typed)*2+sc.fp+sc.fn)
	t.Logf("entities: gold %d, found %d, matched %d: precision %.3f recall %.3f F1 %.3f; with the right type F1 %.3f",
		sc.tp+sc.fn, sc.tp+sc.fp, sc.tp, p, r, f1, typedF1)
	for _, typ := range []string{"PERSON", "ORG", "PLACE"} {
		if c := sc.byType[typ]; c != nil {
			t.Logf("  %-6s found %3d, gold %3d, right %3d: precision %.3f recall %.3f", typ, c[0], c[1], c[2],
				float64(c[2])/float64(max(c[0], 1)), float64(c[2])/float64(max(c[1], 1)))
		}
	}
	return f1, typedF1
}

// TestNewsEntities measures entity finding and resolution on 40 single
// articles of ../quote/testdata whose people, organizations and places
// were annotated by hand (testdata/news.entities.json; the last 28 by the
// rules of testdata/neus.entities.md).
func TestNewsEntities(t *testing.T) {
	f1, tf1 := scoreArticles(t, "testdata/news.entities.json")
	if f1 < 0.83 || tf1 < 0.80 {
		t.Errorf("entity F1 %.3f (typed %.3f), below the floors 0.83 (0.80)", f1, tf1)
	}
}

// TestHeldOutEntities scores the people, organizations and places of the
// 10 articles of ../quote/testdata/heldout2 (testdata/heldout2.entities.json,
// 108 entities), annotated on 2026-12-01 by the rules of
// testdata/neus.entities.md from the text alone, before the resolver was
// run on them: a held-out set, to keep unread when tuning.
func TestHeldOutEntities(t *testing.T) {
	// Measured when the set was made: F1 0.733, typed 0.686; 0.745 and
	// 0.698 with the towns of towns.txt, the first change tuned elsewhere.
	f1, tf1 := scoreArticles(t, "testdata/heldout2.entities.json")
	if f1 < 0.70 || tf1 < 0.65 {
		t.Errorf("entity F1 %.3f (typed %.3f), below the floors 0.70 (0.65)", f1, tf1)
	}
}

// scoreArticles scores the resolver on a gold of single articles of
// ../quote/testdata (gold: article name → its entities), logging the
// table, and returns F1 and typed F1.
func scoreArticles(t *testing.T, gold string) (f1, typedF1 float64) {
	t.Helper()
	data, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Docs map[string][]goldEntity `json:"docs"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(g.Docs))
	for n := range g.Docs {
		names = append(names, n)
	}
	sort.Strings(names)
	var sc entityScore
	for _, name := range names {
		d := newsDoc(t, filepath.Join("../quote/testdata", name+".txt"))
		sc.add(t, name, []*storybrief.Document{d}, g.Docs[name])
	}
	return sc.f1(t)
}

// TestNeuSEntities measures entity finding and resolution across the three
// outlets of each of 40 NeuS stories, whose people, organizations and
// places were annotated by hand from the text alone
// (testdata/neus.entities.json, guidelines in testdata/neus.entities.md).
// The stories are read as the CLI reads them: extracted and segmented by
// the pipeline's stages.
func TestNeuSEntities(t *testing.T) {
	data, err := os.ReadFile("testdata/neus.entities.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Stories []struct {
			ID        string       `json:"id"`
			Documents []string     `json:"documents"`
			Entities  []goldEntity `json:"entities"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	var sc entityScore
	for _, st := range gold.Stories {
		var story ingest.Story
		for i, text := range st.Documents {
			// The data set names each document's headline ("doc_titles"):
			// its first line.
			title, _, _ := strings.Cut(text, "\n")
			story.Docs = append(story.Docs, ingest.Raw{Source: fmt.Sprintf("%s/d%d", st.ID, i+1), Data: []byte(text), Title: title})
		}
		docs, _ := seedtest.Engine().Documents(context.Background(), story)
		sc.add(t, st.ID, docs, st.Entities)
	}
	f1, tf1 := sc.f1(t)
	if f1 < 0.87 || tf1 < 0.86 {
		t.Errorf("entity F1 %.3f (typed %.3f), below the floors 0.87 (0.86)", f1, tf1)
	}
}
