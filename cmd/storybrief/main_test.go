package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/storybrief/storybrief/summarize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seeds are the three seed articles, relative to this package.
var seeds = []string{
	"../../testdata/seeds/000_141ab2cd66b432d1.txt",
	"../../testdata/seeds/001_06102e417f63830d.txt",
	"../../testdata/seeds/002_1aa737ffc400d510.txt",
}

// runCLI runs the command line with args and returns its exit code and
// output streams.
func runCLI(tb testing.TB, stdin string, args ...string) (int, string, string) {
	tb.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(tb testing.TB, name, got string) {
	tb.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		tb.Errorf("output differs from %s (go test -update rewrites it):\n%s", p, firstDiff(string(want), got))
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n want: %s\n  got: %s", i+1, a, b)
		}
	}
	return ""
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"extract.json.golden", append([]string{"extract", "--format", "json"}, seeds...)},
		{"extract.text.golden", append([]string{"extract"}, seeds...)},
		{"brief.text.golden", append([]string{"brief"}, seeds...)},
		{"brief.json.golden", append([]string{"brief", "--format", "json"}, seeds...)},
		{"brief.md.golden", append([]string{"brief", "--format", "markdown"}, seeds...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", tt.args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden(t, tt.name, out)
		})
	}
}

// TestBriefContract checks the JSON fields other tools rely on, and that
// every summary sentence is verbatim source text with a citation.
func TestBriefContract(t *testing.T) {
	code, out, errs := runCLI(t, "", append([]string{"brief", "--format", "json"}, seeds...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var b struct {
		Documents []struct{ ID, Source, Title string } `json:"documents"`
		Summary   []struct {
			Text    string `json:"text"`
			Sources []struct {
				Doc  string `json:"doc"`
				Line int    `json:"line"`
			} `json:"sources"`
		} `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	if len(b.Documents) != 3 || b.Documents[0].ID != "d1" || b.Documents[2].ID != "d3" {
		t.Fatalf("documents %+v", b.Documents)
	}
	texts := map[string]string{}
	for i, d := range b.Documents {
		data, err := os.ReadFile(seeds[i])
		if err != nil {
			t.Fatal(err)
		}
		texts[d.ID] = string(data)
	}
	if len(b.Summary) == 0 {
		t.Fatal("empty summary")
	}
	for _, s := range b.Summary {
		if len(s.Sources) == 0 {
			t.Errorf("uncited: %q", s.Text)
			continue
		}
		first := s.Sources[0]
		lines := strings.Split(texts[first.Doc], "\n")
		if first.Line < 1 || first.Line > len(lines) || !strings.Contains(strings.Join(strings.Fields(lines[first.Line-1]), " "), s.Text) {
			t.Errorf("%q is not on %s line %d", s.Text, first.Doc, first.Line)
		}
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "image.png")
	invalid := filepath.Join(dir, "latin1.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)
	os.WriteFile(invalid, []byte("Caf\xe9 owners said on Monday that the na\xefve plan would fail. They asked the city to wait."), 0o644)
	noArticles := filepath.Join(dir, "none")
	os.MkdirAll(noArticles, 0o755)
	os.WriteFile(filepath.Join(noArticles, "x.bin"), []byte{0, 1, 2, 3}, 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr []string
	}{
		{"no args", nil, exitUsage, nil},
		{"help", []string{"help"}, exitOK, nil},
		{"unknown command", []string{"frobnicate"}, exitUsage, []string{`unknown command "frobnicate"`}},
		{"bad flag", []string{"brief", "--nope", seeds[0]}, exitUsage, []string{"flag provided but not defined"}},
		{"bad format", []string{"brief", "--format", "xml", seeds[0]}, exitUsage, []string{"unknown format"}},
		{"no input", []string{"brief"}, exitUsage, []string{"no input"}},
		{"missing path", []string{"brief", filepath.Join(dir, "missing.txt")}, exitFailure, []string{"missing.txt: no such file or directory"}},
		{"bad inputs beside good ones", []string{"brief", empty, binary, invalid, filepath.Join(dir, "missing.txt"), noArticles, seeds[0]}, exitPartial,
			[]string{"empty.txt: empty input", "image.png: binary data, not text (a PNG image)", "missing.txt: no such file", "none: no articles found"}},
		{"extract help", []string{"extract", "-h"}, exitOK, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errs)
			}
			for _, want := range tt.stderr {
				if !strings.Contains(errs, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errs)
				}
			}
		})
	}
}

func TestStdin(t *testing.T) {
	data, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, string(data), "brief", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"source": "stdin"`) {
		t.Errorf("stdin source not named:\n%s", out)
	}
}

// TestBoilerplateFacts checks that the fact finder passes over the
// sentences that the model's boilerplate table knows, as the summarizer
// does: a newsletter promo two outlets carry is no corroborated fact.
func TestBoilerplateFacts(t *testing.T) {
	const promo = "The news and stories that matter, delivered weekday mornings."
	m, err := summarize.DefaultModel()
	if err != nil || !m.IsBoilerplate(promo) {
		t.Fatalf("the shipped model does not know the promo as boilerplate (%v)", err)
	}
	story := map[string]any{"id": "promo", "documents": []string{
		"Senators voted 52-48 on Monday to confirm Amy Coney Barrett to the Supreme Court. " + promo,
		promo + " The Senate confirmed Judge Amy Coney Barrett to the Supreme Court on Monday by a vote of 52-48.",
	}}
	line, err := json.Marshal(story)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "story.jsonl")
	if err := os.WriteFile(path, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "brief", "--format", "json", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Amy Coney Barrett") {
		t.Fatalf("no brief of the story:\n%s", out)
	}
	if strings.Contains(out, "delivered weekday mornings") {
		t.Errorf("the promo is in the brief:\n%s", out)
	}
}

// TestBriefStoriesInParallel checks that briefing the stories of a JSON
// Lines input side by side writes exactly what one at a time writes, in
// input order, and that the one-page HTML format still refuses several
// stories.
func TestBriefStoriesInParallel(t *testing.T) {
	const data = "../../facts/testdata/neus-train-disputes.jsonl"
	// Exit code 3: some documents of these stories are headlines alone.
	code1, one, err1 := runCLI(t, "", "brief", "--format", "json", "--workers", "1", data)
	code4, four, err4 := runCLI(t, "", "brief", "--format", "json", "--workers", "4", data)
	if code1 != code4 || err1 != err4 || code1 != 3 {
		t.Fatalf("exit codes %d and %d, problems %q and %q", code1, code4, err1, err4)
	}
	if one != four {
		t.Errorf("4 workers write other briefs than 1:\n%s", firstDiff(one, four))
	}
	var ids []string
	dec := json.NewDecoder(strings.NewReader(four))
	for dec.More() {
		var b struct {
			Story string `json:"story"`
		}
		if err := dec.Decode(&b); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, b.Story)
	}
	raw, err := os.ReadFile(data)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(raw), "\n"); len(ids) != n || !slices.IsSorted(ids) {
		t.Errorf("%d briefs of %d stories, in order %v", len(ids), n, slices.IsSorted(ids))
	}
	code, out, errOut := runCLI(t, "", "brief", "--format", "html", data)
	if code != 2 || !strings.Contains(errOut, "one page for one story") {
		t.Errorf("html of several stories: exit %d, %q", code, errOut)
	}
	if n := strings.Count(out, "<html"); n != 1 {
		t.Errorf("html of several stories: %d pages written before the refusal, want 1", n)
	}
	if code, _, errOut := runCLI(t, "", "brief", "--workers", "0", data); code != 2 || !strings.Contains(errOut, "--workers") {
		t.Errorf("--workers 0: exit %d, %q", code, errOut)
	}
}

// TestBriefSplit checks that articles of two stories given as one are
// told apart: the brief says which sources tell which story, and --split
// briefs each apart.
func TestBriefSplit(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/stream/neus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var other struct {
		Documents []string `json:"documents"`
	}
	// the second story: Florida's coronavirus cases, three articles
	line := strings.SplitN(string(raw), "\n", 3)[1]
	if err := json.Unmarshal([]byte(line), &other); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	args := append([]string{"brief", "--format", "json"}, seeds...)
	for i, d := range other.Documents {
		p := filepath.Join(dir, fmt.Sprintf("florida-%d.txt", i))
		if err := os.WriteFile(p, []byte(d), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	type brief struct {
		Story     string     `json:"story"`
		Stories   [][]string `json:"stories"`
		Documents []struct {
			ID string `json:"id"`
		} `json:"documents"`
	}
	code, out, errOut := runCLI(t, "", args...)
	var b brief
	if err := json.Unmarshal([]byte(out), &b); code != 0 || err != nil {
		t.Fatalf("exit %d, %v: %s", code, err, errOut)
	}
	if want := [][]string{{"d1", "d2", "d3"}, {"d4", "d5", "d6"}}; !reflect.DeepEqual(b.Stories, want) {
		t.Errorf("stories = %v, want %v", b.Stories, want)
	}
	if !strings.Contains(errOut, "seem to tell 2 stories: [1][2][3] · [4][5][6]; the brief covers them all. --split") {
		t.Errorf("no hint of --split on standard error: %q", errOut)
	}
	code, out, errOut = runCLI(t, "", append([]string{"brief", "--split"}, args[1:]...)...)
	if code != 0 || errOut != "" {
		t.Fatalf("--split: exit %d, %q", code, errOut)
	}
	var got []string
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var b brief
		if err := dec.Decode(&b); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, d := range b.Documents {
			ids = append(ids, d.ID)
		}
		if b.Stories != nil {
			t.Errorf("%s: a split brief still tells %v", b.Story, b.Stories)
		}
		got = append(got, b.Story+": "+strings.Join(ids, " "))
	}
	if want := []string{"story-1: d1 d2 d3", "story-2: d4 d5 d6"}; !reflect.DeepEqual(got, want) {
		t.Errorf("--split briefs %v, want %v", got, want)
	}
	// the seeds alone tell one story: no note
	if _, out, errOut := runCLI(t, "", append([]string{"brief"}, seeds...)...); strings.Contains(out, "Note:") || errOut != "" {
		t.Errorf("the seeds: a note on several stories (%q)", errOut)
	}
}
