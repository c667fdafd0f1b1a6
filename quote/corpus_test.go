package quote_test

import (
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
	"github.com/storybrief/storybrief/quote"
)

// newsDoc reads one article of testdata/news: the headline on the first
// line, then paragraphs separated by blank lines; a paragraph that starts
// with "> " is a block quote.
func newsDoc(tb testing.TB, path, id string) *storybrief.Document {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	text := extract.FixMojibake(string(data)) // as extraction reads it
	d := &storybrief.Document{ID: id, Source: path, Format: "text", Text: text}
	line, off := 1, 0
	for _, l := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(l, "\n")
		switch {
		case line == 1:
			d.Title, d.TitleLine = body, 1
		case strings.TrimSpace(body) != "":
			p := storybrief.Paragraph{Span: storybrief.Span{Start: off, End: off + len(body)}, Line: line, Kind: storybrief.KindBody}
			if strings.HasPrefix(body, "> ") {
				p.Kind = storybrief.KindQuote
				p.Start += 2
			}
			d.Paragraphs = append(d.Paragraphs, p)
		}
		off += len(l)
		line++
	}
	seedtest.Engine().Segment(d)
	return d
}

type goldQuote struct {
	Kind    string `json:"kind"`
	Speaker string `json:"speaker"`
	Opens   string `json:"opens"`
}

type goldFile struct {
	Docs map[string]struct {
		Quotes []goldQuote `json:"quotes"`
	} `json:"docs"`
}

func loadGold(tb testing.TB, path string) goldFile {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(data, &g); err != nil {
		tb.Fatal(err)
	}
	return g
}

var normReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "—", "-", "–", "-")

func norm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(normReplacer.Replace(s))), " ")
}

func words(s string) []string {
	return strings.FieldsFunc(norm(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '\'' || r > 0x7f)
	})
}

// speakerOK reports whether the predicted speaker names the gold one: the
// surname (or a described speaker's head word) of one of the gold's
// alternatives, and no given name that contradicts it. "?" wants no speaker.
func speakerOK(gold, pred string) bool {
	if gold == "?" {
		return pred == ""
	}
	pw := words(pred)
	if len(pw) == 0 {
		return false
	}
	has := map[string]bool{}
	for _, w := range pw {
		has[w] = true
	}
	for _, alt := range strings.Split(gold, "|") {
		aw := words(alt)
		if len(aw) == 0 || !has[aw[len(aw)-1]] {
			continue
		}
		if len(aw) > 1 && len(pw) > 1 && !strings.HasSuffix(norm(pred), aw[len(aw)-1]) {
			return true // a described speaker: "spokesman for Kerry"
		}
		if len(aw) > 1 && len(pw) > 1 {
			shared := false
			for _, w := range aw[:len(aw)-1] {
				if has[w] {
					shared = true
				}
			}
			if !shared {
				continue
			}
		}
		return true
	}
	return false
}

func family(kind string) string {
	if kind == string(storybrief.QuoteReported) {
		return "reported"
	}
	return "quoted"
}

// counts are the tallies of one kind of quote.
type counts struct{ gold, pred, found, matched, right int }

// TestNewsCorpus measures quote extraction and speaker attribution on 30
// news articles annotated by hand (testdata/news, testdata/news.gold.json;
// see testdata/README.md): per kind, the precision and recall of finding
// the quotes, and of finding them with the right speaker. The set was used
// to develop the finder; TestHeldOut measures articles that were not.
func TestNewsCorpus(t *testing.T) {
	ep, er, sp, sr := evaluate(t, "testdata/news", "testdata/news.gold.json")
	floors(t, ep, er, sp, sr, 0.95, 0.88, 0.92, 0.84)
}

// TestHeldOut measures the finder on 10 more articles annotated by hand
// after its development was over (testdata/heldout).
func TestHeldOut(t *testing.T) {
	ep, er, sp, sr := evaluate(t, "testdata/heldout", "testdata/heldout.gold.json")
	floors(t, ep, er, sp, sr, 0.90, 0.80, 0.80, 0.70)
}

// TestHeldOut2 scores a second held-out set: 10 articles from the same
// sources (103 quotes), annotated on 2026-12-01 before the finder was run
// on them, after the first held-out set had been read to find errors.
func TestHeldOut2(t *testing.T) {
	ep, er, sp, sr := evaluate(t, "testdata/heldout2", "testdata/heldout2.gold.json")
	floors(t, ep, er, sp, sr, 0.93, 0.83, 0.78, 0.70)
}

// TestNeuSQuotes scores 30 NeuS validation documents (10 stories of
// political news, 87 quotes), annotated on 2026-12-02 by the same rules
// before the finder was run on them, after a session that had read other
// NeuS stories' speakers to write the rules for party tags, organizations
// by kind and statements' makers.
func TestNeuSQuotes(t *testing.T) {
	ep, er, sp, sr := evaluate(t, "testdata/neus", "testdata/neus.gold.json")
	floors(t, ep, er, sp, sr, 0.95, 0.75, 0.92, 0.72)
}

// floors fails the test when a figure falls under its floor, set a little
// under the figures measured when the set was made.
func floors(t *testing.T, ep, er, sp, sr float64, fep, fer, fsp, fsr float64) {
	t.Helper()
	for _, f := range []struct {
		name      string
		got, want float64
	}{{"extraction precision", ep, fep}, {"extraction recall", er, fer}, {"speaker precision", sp, fsp}, {"speaker recall", sr, fsr}} {
		if f.got < f.want {
			t.Errorf("%s %.3f, below %.2f", f.name, f.got, f.want)
		}
	}
}

// evaluate runs the finder on the articles of dir and compares its quotes
// with the annotations in gold, logging a table per kind; it returns the
// precision and recall of extraction and of attribution.
func evaluate(t *testing.T, dir, gold string) (ep, er, sp, sr float64) {
	t.Helper()
	g := loadGold(t, gold)
	names := make([]string, 0, len(g.Docs))
	for n := range g.Docs {
		names = append(names, n)
	}
	sort.Strings(names)
	byGold := map[string]*counts{}
	byPred := map[string]*counts{}
	get := func(m map[string]*counts, k string) *counts {
		if m[k] == nil {
			m[k] = &counts{}
		}
		return m[k]
	}
	var misses []string
	for _, name := range names {
		doc := newsDoc(t, filepath.Join(dir, name+".txt"), "d1")
		ents := entity.Resolve([]*storybrief.Document{doc})
		qs := quote.Find(doc, ents)
		texts := make([]string, len(qs))
		for i, q := range qs {
			texts[i] = norm(q.In(doc.Text))
		}
		used := make([]bool, len(qs))
		ignored := make([]bool, len(qs))
		for _, gq := range g.Docs[name].Quotes {
			if gq.Kind != "ignore" {
				continue
			}
			o := norm(gq.Opens)
			for i, tx := range texts {
				if strings.HasPrefix(tx, o) || strings.HasPrefix(o, tx) {
					ignored[i] = true
				}
			}
		}
		for _, gq := range g.Docs[name].Quotes {
			if gq.Kind == "ignore" {
				continue
			}
			c := get(byGold, gq.Kind)
			c.gold++
			o := norm(gq.Opens)
			hit := -1
			for i, tx := range texts {
				if !used[i] && family(string(qs[i].Kind)) == family(gq.Kind) && strings.Contains(tx, o) {
					hit = i
					break
				}
			}
			if hit < 0 {
				misses = append(misses, fmt.Sprintf("%s: missed %s %q (%s)", name, gq.Kind, gq.Opens, gq.Speaker))
				continue
			}
			used[hit] = true
			ignored[hit] = false
			c.found++
			p := get(byPred, string(qs[hit].Kind))
			p.matched++
			if speakerOK(gq.Speaker, qs[hit].Speaker) {
				c.right++
				p.right++
			} else {
				misses = append(misses, fmt.Sprintf("%s: %s %q: speaker %q, want %q", name, gq.Kind, gq.Opens, qs[hit].Speaker, gq.Speaker))
			}
		}
		for i, q := range qs {
			if ignored[i] {
				continue
			}
			get(byPred, string(q.Kind)).pred++
			if !used[i] {
				misses = append(misses, fmt.Sprintf("%s: extra %s %q (%s)", name, q.Kind, clip(texts[i], 60), q.Speaker))
			}
		}
	}
	if testing.Verbose() {
		for _, m := range misses {
			t.Log(m)
		}
	}
	kinds := []string{"direct", "partial", "post", "block", "reported"}
	var tot, totP counts
	t.Logf("%-9s %5s %5s | %-17s | %-17s", "kind", "gold", "found", "extraction P / R", "speaker P / R")
	for _, k := range kinds {
		c, p := get(byGold, k), get(byPred, k)
		tot.gold += c.gold
		tot.found += c.found
		tot.right += c.right
		totP.pred += p.pred
		totP.matched += p.matched
		totP.right += p.right
		t.Logf("%-9s %5d %5d | %.3f / %.3f     | %.3f / %.3f", k, c.gold, p.pred, ratio(p.matched, p.pred), ratio(c.found, c.gold), ratio(p.right, p.pred), ratio(c.right, c.gold))
	}
	ep, er = ratio(totP.matched, totP.pred), ratio(tot.found, tot.gold)
	sp, sr = ratio(totP.right, totP.pred), ratio(tot.right, tot.gold)
	t.Logf("%-9s %5d %5d | %.3f / %.3f     | %.3f / %.3f", "all", tot.gold, totP.pred, ep, er, sp, sr)
	return ep, er, sp, sr
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
