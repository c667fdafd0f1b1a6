package rouge

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// pair is one line of testdata/pairs.jsonl.
type pair struct {
	ID         string   `json:"id"`
	Candidate  string   `json:"candidate"`
	References []string `json:"references"`
}

// rpf is one official figure set.
type rpf struct{ R, P, F float64 }

func (x *rpf) UnmarshalJSON(b []byte) error {
	var v struct{ R, P, F float64 }
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*x = rpf{v.R, v.P, v.F}
	return nil
}

// officialSet is one option set of testdata/official-scores.json.
type officialSet struct {
	Options string                    `json:"options"`
	PerPair map[string]map[string]rpf `json:"per_pair"`
}

func loadPairs(tb testing.TB) []pair {
	tb.Helper()
	f, err := os.Open("testdata/pairs.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []pair
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var p pair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			tb.Fatal(err)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

func loadOfficial(tb testing.TB) map[string]officialSet {
	tb.Helper()
	b, err := os.ReadFile("testdata/official-scores.json")
	if err != nil {
		tb.Fatal(err)
	}
	var sets map[string]officialSet
	if err := json.Unmarshal(b, &sets); err != nil {
		tb.Fatal(err)
	}
	return sets
}

// parseOptions reads the script's command-line options as the reference
// figures record them. Options that change no figure (-a, -c, -r, -t 0,
// -f A) are skipped.
func parseOptions(tb testing.TB, s string) Options {
	tb.Helper()
	var o Options
	o.Alpha = 0.5
	f := strings.Fields(s)
	num := func(i int) int {
		n, err := strconv.Atoi(f[i])
		if err != nil {
			tb.Fatalf("options %q: %v", s, err)
		}
		return n
	}
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case "-n":
			i++
			o.N = num(i)
		case "-2":
			i++
			o.Skip, o.SkipDistance = true, num(i)
		case "-u":
			o.SkipUnigrams = true
		case "-m":
			o.Stem = true
		case "-s":
			o.Stopwords = true
		case "-l":
			i++
			o.LimitWords = num(i)
		case "-b":
			i++
			o.LimitBytes = num(i)
		case "-p":
			i++
			a, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				tb.Fatal(err)
			}
			o.Alpha = a
		case "-c", "-r", "-t", "-f":
			i++
		case "-a":
		default:
			tb.Fatalf("options %q: unknown %s", s, f[i])
		}
	}
	return o
}

// TestOfficialFigures checks every figure the official ROUGE-1.5.5 script
// printed for the pairs of testdata/pairs.jsonl, under each option set of
// testdata/official-scores.json, to 1e-4 (the script prints 5 decimals).
func TestOfficialFigures(t *testing.T) {
	pairs := loadPairs(t)
	sets := loadOfficial(t)
	names := make([]string, 0, len(sets))
	for name := range sets {
		names = append(names, name)
	}
	sort.Strings(names)
	total, exact := 0, 0
	for _, name := range names {
		set := sets[name]
		t.Run(name, func(t *testing.T) {
			opts := parseOptions(t, set.Options)
			sc, err := NewScorer(opts)
			if err != nil {
				t.Fatal(err)
			}
			wrong := 0
			for _, p := range pairs {
				want, ok := set.PerPair[p.ID+".1"]
				if !ok {
					t.Fatalf("no official figures for %s", p.ID)
				}
				refs := make([][]string, len(p.References))
				for i, r := range p.References {
					refs[i] = []string{r}
				}
				got := sc.Score([]string{p.Candidate}, refs).Official(opts.Alpha)
				for metric, w := range want {
					var g Score
					switch metric {
					case "ROUGE-1":
						g = got.N[0]
					case "ROUGE-2":
						g = got.N[1]
					case "ROUGE-L":
						g = got.L
					case opts.SkipName():
						g = got.S
					default:
						t.Fatalf("unknown metric %s", metric)
					}
					for _, c := range []struct {
						what      string
						got, want float64
					}{{"R", g.R, w.R}, {"P", g.P, w.P}, {"F", g.F, w.F}} {
						total++
						if c.got == c.want {
							exact++
						}
						if math.Abs(c.got-c.want) > 1e-4 {
							wrong++
							if wrong <= 10 {
								t.Errorf("%s %s %s: got %.5f, official %.5f (%+v)", p.ID, metric, c.what, c.got, c.want, g)
							}
						}
					}
				}
			}
			if wrong > 0 {
				t.Errorf("%d figures differ", wrong)
			}
		})
	}
	t.Logf("%d figures checked, %d equal to the last printed digit", total, exact)
	if total != 4080 {
		t.Errorf("checked %d figures, want 4080", total)
	}
}
