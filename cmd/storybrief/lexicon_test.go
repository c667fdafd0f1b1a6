package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexicon builds the case lexicon from real stories and checks its
// shape; where the shared NeuS data is at hand, it checks that the command
// rebuilds the shipped entity/lower.txt byte for byte.
func TestLexicon(t *testing.T) {
	code, out, stderr := runCLI(t, "", "lexicon", "--data", evalData, "--out", "-", "--min-lower", "2")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) < 100 {
		t.Fatalf("%d words, want a lexicon", len(lines))
	}
	prev := ""
	for i, l := range lines {
		f := strings.Fields(l)
		if len(f) != 3 || f[0] != strings.ToLower(f[0]) || f[0] <= prev {
			t.Fatalf("line %d %q: not \"word lower upper\", or out of order", i+1, l)
		}
		prev = f[0]
	}
	for _, w := range []string{"said", "people"} {
		if !strings.Contains(out, "\n"+w+" ") {
			t.Errorf("lexicon lacks %q", w)
		}
	}
	for _, args := range [][]string{{"lexicon"}, {"lexicon", "--data", evalData, "--out", "-", "--min-lower", "0"}} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}

	neus := filepath.Join("..", "..", "..", "shared", "data", "neus-allsides", "train.jsonl")
	if _, err := os.Stat(neus); err != nil {
		t.Skipf("no NeuS data (%v): the shipped lexicon is not checked", err)
	}
	got := filepath.Join(t.TempDir(), "lower.txt")
	if code, _, stderr := runCLI(t, "", "lexicon", "--data", neus, "--out", got); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	a, errA := os.ReadFile(got)
	b, errB := os.ReadFile(filepath.Join("..", "..", "entity", "lower.txt"))
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if string(a) != string(b) {
		t.Errorf("entity/lower.txt is not what storybrief lexicon makes of %s: rebuild it as the README says", neus)
	}
}
