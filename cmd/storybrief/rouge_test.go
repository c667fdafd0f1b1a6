package main

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// officialRouge returns the official ROUGE-1.5.5 figures of option set name
// for pair id, from the rouge package's test data.
func officialRouge(tb testing.TB, name, id string) map[string]map[string]float64 {
	tb.Helper()
	b, err := os.ReadFile("../../rouge/testdata/official-scores.json")
	if err != nil {
		tb.Fatal(err)
	}
	var sets map[string]struct {
		PerPair map[string]map[string]map[string]float64 `json:"per_pair"`
	}
	if err := json.Unmarshal(b, &sets); err != nil {
		tb.Fatal(err)
	}
	fig, ok := sets[name].PerPair[id+".1"]
	if !ok {
		tb.Fatalf("no official figures for %s %s", name, id)
	}
	return fig
}

// firstPairs returns the first n lines of the rouge package's pairs.
func firstPairs(tb testing.TB, n int) string {
	tb.Helper()
	f, err := os.Open("../../rouge/testdata/pairs.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	var b strings.Builder
	for i := 0; i < n && sc.Scan(); i++ {
		b.WriteString(sc.Text() + "\n")
	}
	return b.String()
}

// TestRougeJSON runs the rouge command on two pairs and checks its JSON
// lines against the official script's figures.
func TestRougeJSON(t *testing.T) {
	tests := []struct {
		name string // option set of official-scores.json
		args []string
		keys map[string]string // JSON key → official measure
	}{
		{"su4-stem", []string{"-n", "2", "-2", "4", "-u", "-m"},
			map[string]string{"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeL": "ROUGE-L", "rougeSU4": "ROUGE-SU4"}},
		{"duc-665-bytes", []string{"-n", "2", "-m", "-b", "665", "-a", "-c", "95", "-r", "1000", "-f", "A", "-p", "0.5", "-t", "0"},
			map[string]string{"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeL": "ROUGE-L"}},
		{"stem-stopwords", []string{"-n", "2", "-m", "-s"},
			map[string]string{"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeL": "ROUGE-L"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"rouge", "--format", "json"}, tt.args...)
			code, out, errOut := runCLI(t, firstPairs(t, 2), append(args, "-")...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 2 {
				t.Fatalf("got %d lines, want 2:\n%s", len(lines), out)
			}
			for _, line := range lines {
				var got map[string]json.RawMessage
				if err := json.Unmarshal([]byte(line), &got); err != nil {
					t.Fatalf("line %q: %v", line, err)
				}
				var id string
				if err := json.Unmarshal(got["id"], &id); err != nil {
					t.Fatal(err)
				}
				if len(got) != len(tt.keys)+1 {
					t.Errorf("%s: keys %v, want id and %v", id, keysOf(got), tt.keys)
				}
				want := officialRouge(t, tt.name, id)
				for key, measure := range tt.keys {
					var fig map[string]float64
					if err := json.Unmarshal(got[key], &fig); err != nil {
						t.Fatalf("%s %s: %v", id, key, err)
					}
					for _, k := range []string{"r", "p", "f"} {
						if fig[k] != want[measure][k] {
							t.Errorf("%s %s %s = %v, official %v", id, key, k, fig[k], want[measure][k])
						}
					}
				}
			}
		})
	}
}

func keysOf(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestRougeUsage checks exit codes, messages and measure names.
func TestRougeUsage(t *testing.T) {
	pair := `{"id":"a","candidate":"The cat sat.\nIt purred.","references":["A cat sat there."]}` + "\n"
	tests := []struct {
		name    string
		stdin   string
		args    []string
		code    int
		stdout  []string // substrings of standard output
		stderr  []string // substrings of standard error
		exclude []string // not in standard output
	}{
		{"help", "", []string{"-h"}, exitOK, []string{"PAIRS.jsonl", "-2 GAP", "rougeSU4"}, nil, nil},
		{"text table", pair, []string{"-n", "1", "-"}, exitOK, []string{"ROUGE-1", "ROUGE-L", "mean"}, nil, []string{"ROUGE-2"}},
		{"no LCS", pair, []string{"--format", "json", "-n", "1", "-x", "-"}, exitOK, []string{`"rouge1"`}, nil, []string{"rougeL"}},
		{"S without u", pair, []string{"--format", "json", "-2", "4", "-"}, exitOK, []string{`"rougeS4"`, `"rougeL"`}, nil, []string{"rougeSU"}},
		{"SU any gap", pair, []string{"--format", "json", "-2", "-1", "-u", "-"}, exitOK, []string{`"rougeSU*"`}, nil, nil},
		{"bad line", pair + "{oops\n" + `{"id":"b","candidate":"x","references":[]}` + "\n", []string{"-n", "1", "-"},
			exitPartial, []string{"a "}, []string{"stdin:2: not a pair", "stdin:3: no references"}, nil},
		{"only bad lines", "{oops\n", []string{"-"}, exitFailure, nil, []string{"no pair could be read", "stdin:1"}, nil},
		{"empty input", "", []string{"-"}, exitFailure, nil, []string{"no pairs"}, nil},
		{"u without 2", pair, []string{"-u", "-"}, exitUsage, nil, []string{"-u needs -2"}, nil},
		{"both limits", pair, []string{"-l", "10", "-b", "10", "-"}, exitUsage, nil, []string{"not both"}, nil},
		{"alpha out of range", pair, []string{"-p", "2", "-"}, exitUsage, nil, []string{"alpha"}, nil},
		{"formula B", pair, []string{"-f", "B", "-"}, exitUsage, nil, []string{"only -f A"}, nil},
		{"no input", pair, nil, exitUsage, nil, []string{"want one input"}, nil},
		{"bad format", pair, []string{"--format", "xml", "-"}, exitUsage, nil, []string{"unknown format"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, append([]string{"rouge"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errOut)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			for _, s := range tt.exclude {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
		})
	}
}
