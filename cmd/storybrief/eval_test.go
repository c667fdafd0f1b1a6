package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
)

// evalData is 20 stories of the Multi-News validation split.
const evalData = "testdata/multinews-20.jsonl"

func TestEvalJSON(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, "", "eval", "--data", evalData, "--method", "lead,first-1,first-3,lexrank,textrank,centroid,mmr,oracle,storybrief",
		"--format", "json", "--out", out, "--workers", "2")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	for _, k := range []string{"data", "stories", "words_cap", "rouge_options", "methods"} {
		if _, ok := rep[k]; !ok {
			t.Errorf("no %q in the report:\n%s", k, stdout)
		}
	}
	var got struct {
		Stories  int    `json:"stories"`
		WordsCap int    `json:"words_cap"`
		Options  string `json:"rouge_options"`
		Methods  []struct {
			Name                             string
			Stories                          int
			ROUGE1, ROUGE2, ROUGEL, ROUGESU4 *struct{ R, P, F *float64 }
			Words                            *float64
			StoriesPerSecond                 *float64 `json:"stories_per_second"`
			CI95                             map[string][2]float64
		}
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Stories != 20 || got.WordsCap != 300 || got.Options != "-n 2 -2 4 -u -m -f A -p 0.5" {
		t.Errorf("stories %d, cap %d, options %q", got.Stories, got.WordsCap, got.Options)
	}
	byName := map[string]int{}
	for i, m := range got.Methods {
		byName[m.Name] = i
		for key, s := range map[string]*struct{ R, P, F *float64 }{"rouge1": m.ROUGE1, "rouge2": m.ROUGE2, "rougeL": m.ROUGEL, "rougeSU4": m.ROUGESU4} {
			if s == nil || s.R == nil || s.P == nil || s.F == nil {
				t.Errorf("%s: %s lacks r, p or f", m.Name, key)
				continue
			}
			if *s.F < 0 || *s.F > 100 || *s.R < 0 || *s.R > 100 {
				t.Errorf("%s: %s = %+v out of [0, 100]", m.Name, key, s)
			}
		}
		if m.Stories != 20 || m.Words == nil || *m.Words <= 0 || *m.Words > 300 || m.StoriesPerSecond == nil || *m.StoriesPerSecond <= 0 {
			t.Errorf("%s: stories %d, words %v, stories/s %v", m.Name, m.Stories, m.Words, m.StoriesPerSecond)
		}
		for _, k := range []string{"rouge1_f", "rouge2_f"} {
			ci, ok := m.CI95[k]
			if !ok || ci[0] > ci[1] {
				t.Errorf("%s: ci95 %s = %v", m.Name, k, ci)
			}
		}
		if m.ROUGE1 != nil && m.ROUGE1.F != nil {
			if ci := m.CI95["rouge1_f"]; *m.ROUGE1.F < ci[0] || *m.ROUGE1.F > ci[1] {
				t.Errorf("%s: mean R-1 F %.2f outside its interval %v", m.Name, *m.ROUGE1.F, ci)
			}
		}
		files, _ := filepath.Glob(filepath.Join(out, m.Name, "*.txt"))
		if len(files) != 20 {
			t.Errorf("%s: %d summaries written, want 20", m.Name, len(files))
		}
	}
	if len(got.Methods) != 9 {
		t.Fatalf("%d methods, want 9", len(got.Methods))
	}
	lead, first1, oracle := got.Methods[byName["lead"]], got.Methods[byName["first-1"]], got.Methods[byName["oracle"]]
	if *lead.ROUGE1.R <= *first1.ROUGE1.R {
		t.Errorf("lead R-1 recall %.2f does not beat first-1's %.2f", *lead.ROUGE1.R, *first1.ROUGE1.R)
	}
	if *oracle.ROUGE1.F <= *lead.ROUGE1.F || *oracle.ROUGE2.F <= *lead.ROUGE2.F {
		t.Errorf("oracle R-1/R-2 F %.2f/%.2f not above lead's %.2f/%.2f", *oracle.ROUGE1.F, *oracle.ROUGE2.F, *lead.ROUGE1.F, *lead.ROUGE2.F)
	}

	// Summaries are one sentence per line, cut at the cap.
	data, err := os.ReadFile(filepath.Join(out, "lead", "multinews-validation-0000.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Fields(string(data))); n == 0 || n > 300 {
		t.Errorf("lead summary of story 0 has %d words", n)
	}
}

func TestEvalText(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "eval", "--data", evalData, "--method", "lead,first-1", "--limit", "5", "--words", "100")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{evalData, "stories   5", "cut at 100 words", "-n 2 -2 4 -u -m", "R-1 F", "R-SU4 F", "stories/s", "\n  lead ", "\n  first-1 "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no %q in\n%s", want, stdout)
		}
	}
	// Methods in the order asked.
	if strings.Index(stdout, "\n  lead ") > strings.Index(stdout, "\n  first-1 ") {
		t.Errorf("methods out of order:\n%s", stdout)
	}
}

// The same numbers whatever the number of workers.
func TestEvalWorkers(t *testing.T) {
	var outs []string
	for _, w := range []string{"1", "3"} {
		code, stdout, stderr := runCLI(t, "", "eval", "--data", evalData, "--method", "lead,mmr,oracle", "--format", "json", "--workers", w)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var rep struct{ Methods []map[string]json.RawMessage }
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, m := range rep.Methods {
			for _, k := range []string{"name", "rouge1", "rouge2", "rougeL", "rougeSU4", "words", "ci95"} {
				b.Write(m[k])
			}
		}
		outs = append(outs, b.String())
	}
	if outs[0] != outs[1] {
		t.Errorf("1 worker:\n%s\n3 workers:\n%s", outs[0], outs[1])
	}
}

func TestEvalUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no data", []string{"--method", "lead"}, exitUsage, "--data"},
		{"unknown method", []string{"--data", evalData, "--method", "lead,best"}, exitUsage, `unknown summarization method "best"`},
		{"bad format", []string{"--data", evalData, "--format", "xml"}, exitUsage, "xml"},
		{"negative words", []string{"--data", evalData, "--words", "-1"}, exitUsage, "negative"},
		{"no workers", []string{"--data", evalData, "--workers", "0"}, exitUsage, "--workers"},
		{"stray argument", []string{"--data", evalData, "extra.jsonl"}, exitUsage, "extra.jsonl"},
		{"missing file", []string{"--data", "testdata/none.jsonl"}, exitFailure, "none.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", append([]string{"eval"}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want %d; stderr %q, want it to name %q", code, tt.code, stderr, tt.want)
			}
		})
	}
}

func TestEvalSkipsStoriesWithoutSummaries(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mixed.jsonl")
	lines := []string{
		`{"id":"a","documents":["The council approved the new budget on Monday after a long debate. The mayor said the plan would fund schools and roads."],"summaries":["The council approved a budget for schools and roads."]}`,
		`{"id":"b","documents":["Nothing to compare this one with, as it has no reference summary at all."]}`,
	}
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "eval", "--data", p, "--method", "lead", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Stories int `json:"stories"`
		Skipped int `json:"stories_without_summaries"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Stories != 1 || rep.Skipped != 1 {
		t.Errorf("stories %d, skipped %d; want 1 and 1", rep.Stories, rep.Skipped)
	}
}

func TestCut(t *testing.T) {
	lines := []string{"one two three", "four five six seven", "eight"}
	tests := []struct {
		limit int
		want  []string
	}{
		{0, lines},
		{3, []string{"one two three"}},
		{5, []string{"one two three", "four five"}},
		{7, []string{"one two three", "four five six seven"}},
		{100, lines},
	}
	counts := []int{3, 4, 1}
	for _, tt := range tests {
		got, words := cutLines(lines, counts, tt.limit)
		want := 0
		for _, l := range tt.want {
			want += storybrief.CountWords(l)
		}
		if !slices.Equal(got, tt.want) || words != want {
			t.Errorf("limit %d: got %q (%d words), want %q (%d)", tt.limit, got, words, tt.want, want)
		}
	}
}

// TestEvalMethodsScoreAlone checks that sharing the analysis of sentences
// among methods changes no score: each method scores the same alone as
// after others that chose some of its sentences.
func TestEvalMethodsScoreAlone(t *testing.T) {
	scores := func(methods string) map[string]string {
		code, stdout, stderr := runCLI(t, "", "eval", "--data", evalData, "--method", methods, "--format", "json", "--workers", "1")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var rep struct{ Methods []map[string]json.RawMessage }
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, m := range rep.Methods {
			var name string
			json.Unmarshal(m["name"], &name)
			out[name] = string(m["rouge1"]) + string(m["rouge2"]) + string(m["rougeL"]) + string(m["rougeSU4"]) + string(m["words"])
		}
		return out
	}
	together := scores("lead,lexrank,mmr,storybrief")
	for _, m := range []string{"lead", "lexrank", "mmr", "storybrief"} {
		if alone := scores(m); alone[m] != together[m] {
			t.Errorf("%s alone: %s\nafter the others: %s", m, alone[m], together[m])
		}
	}
}
