package segment

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"
	"github.com/storybrief/storybrief"
)

// paragraph is one paragraph of the labelled set: its text and the offsets
// at which its second and later sentences start.
type paragraph struct {
	source string
	text   string
	starts []int
}

// readLabelled reads testdata/sentences.txt.
func readLabelled(tb testing.TB) []paragraph {
	tb.Helper()
	f, err := os.Open("testdata/sentences.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var (
		paras []paragraph
		cur   paragraph
		lines []string
	)
	flush := func() {
		if len(lines) > 0 {
			var b strings.Builder
			for i, l := range lines {
				if i > 0 {
					b.WriteByte(' ')
					cur.starts = append(cur.starts, b.Len())
				}
				b.WriteString(l)
			}
			cur.text = b.String()
			paras = append(paras, cur)
		}
		cur, lines = paragraph{}, nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			flush()
		case len(lines) == 0 && strings.HasPrefix(line, "#"):
			cur.source = strings.TrimSpace(strings.TrimPrefix(line, "#"))
		default:
			lines = append(lines, line)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	flush()
	return paras
}

// score counts the sentence boundaries that a splitter found, that it
// found wrongly, and that it missed.
type score struct{ tp, fp, fn int }

func (s *score) add(want, got []int) (missed, wrong []int) {
	in := make(map[int]bool, len(want))
	for _, w := range want {
		in[w] = true
	}
	for _, g := range got {
		if in[g] {
			s.tp++
			delete(in, g)
		} else {
			s.fp++
			wrong = append(wrong, g)
		}
	}
	for _, w := range want {
		if in[w] {
			s.fn++
			missed = append(missed, w)
		}
	}
	return missed, wrong
}

func (s score) precision() float64 { return float64(s.tp) / float64(s.tp+s.fp) }
func (s score) recall() float64    { return float64(s.tp) / float64(s.tp+s.fn) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	return 2 * p * r / (p + r)
}

// starts returns where the second and later spans start, each moved past
// white space.
func starts(text string, spans []storybrief.Span) []int {
	var out []int
	for i, s := range spans {
		if i == 0 {
			continue
		}
		p := s.Start
		for p < len(text) && asciiSpace[text[p]&0x7f] && text[p] < 0x80 {
			p++
		}
		out = append(out, p)
	}
	return out
}

// TestAccuracy scores Sentences on the labelled set, with Punkt (the
// neurosnap/sentences English model) as the baseline, and fails if our F1
// falls below 0.98.
func TestAccuracy(t *testing.T) {
	paras := readLabelled(t)
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	var ours, base, blindOurs, blindBase score
	for _, p := range paras {
		got := starts(p.text, Sentences(p.text))
		missed, wrong := ours.add(p.starts, got)
		for _, m := range missed {
			t.Logf("missed %s: %q | %q", p.source, tail(p.text[:m], 50), head(p.text[m:], 30))
		}
		for _, w := range wrong {
			t.Logf("wrong  %s: %q | %q", p.source, tail(p.text[:w], 50), head(p.text[w:], 30))
		}
		var spans []storybrief.Span
		for _, s := range punkt.Tokenize(p.text) {
			spans = append(spans, storybrief.Span{Start: s.Start, End: s.End})
		}
		baseline := starts(p.text, spans)
		base.add(p.starts, baseline)
		if strings.HasPrefix(p.source, "blind ") {
			blindOurs.add(p.starts, got)
			blindBase.add(p.starts, baseline)
		}
	}
	t.Logf("%d paragraphs, %d sentence boundaries", len(paras), ours.tp+ours.fn)
	t.Logf("segment: precision %.4f recall %.4f F1 %.4f (%d found, %d wrong, %d missed)",
		ours.precision(), ours.recall(), ours.f1(), ours.tp, ours.fp, ours.fn)
	t.Logf("Punkt:   precision %.4f recall %.4f F1 %.4f (%d found, %d wrong, %d missed)",
		base.precision(), base.recall(), base.f1(), base.tp, base.fp, base.fn)
	t.Logf("of which %d labelled blind:", blindOurs.tp+blindOurs.fn)
	t.Logf("segment: precision %.4f recall %.4f F1 %.4f (%d found, %d wrong, %d missed)",
		blindOurs.precision(), blindOurs.recall(), blindOurs.f1(), blindOurs.tp, blindOurs.fp, blindOurs.fn)
	t.Logf("Punkt:   precision %.4f recall %.4f F1 %.4f (%d found, %d wrong, %d missed)",
		blindBase.precision(), blindBase.recall(), blindBase.f1(), blindBase.tp, blindBase.fp, blindBase.fn)
	if n := ours.tp + ours.fn; n < 300 {
		t.Errorf("labelled set has %d boundaries, want at least 300", n)
	}
	if f := ours.f1(); f < 0.98 {
		t.Errorf("F1 = %.4f, want at least 0.98", f)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func head(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
