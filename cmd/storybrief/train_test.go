package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybrief/storybrief/summarize"
)

// TestTrain trains on 20 real stories, twice, and checks that the files
// are the same both times, that they load, and that eval can use them.
func TestTrain(t *testing.T) {
	dirs := []string{t.TempDir(), t.TempDir()}
	for _, dir := range dirs {
		code, _, stderr := runCLI(t, "", "train", "--data", evalData, "--out", dir,
			"--trees", "8", "--depth", "3", "--lexical-min-stories", "2", "--workers", "2")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, name := range []string{"model.json", "background.tsv.gz"} {
		a, errA := os.ReadFile(filepath.Join(dirs[0], name))
		b, errB := os.ReadFile(filepath.Join(dirs[1], name))
		if errA != nil || errB != nil {
			t.Fatal(errA, errB)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs on the same data", name)
		}
	}
	m, bg, err := summarize.LoadModelDir(dirs[0])
	if err != nil {
		t.Fatal(err)
	}
	if m.Forest == nil || len(m.Forest.Trees) != 8 || m.Lexical == nil || len(m.Lexical.Value) == 0 || m.Length == nil || bg.Docs == 0 {
		t.Fatalf("model lacks a part: forest %v, lexical %v, length %v, %d background docs", m.Forest != nil, m.Lexical != nil, m.Length, bg.Docs)
	}
	if m.Rerank == nil || m.Rerank.Forest == nil || len(m.Rerank.Forest.Trees) == 0 {
		t.Errorf("no reranker forest: %+v", m.Rerank)
	}
	if m.Lexical.Linear == nil || m.Lexical.Linear.Bits == 0 {
		t.Errorf("no lexical linear model: %+v", m.Lexical.Linear)
	}
	if !strings.Contains(m.Label, "ROUGE-2 (weight 2)") {
		t.Errorf("model label %q does not say how ROUGE-2 weighs", m.Label)
	}
	if m.Length.PerDoc <= 0 {
		t.Errorf("length model %+v: summaries of more documents should run longer", m.Length)
	}
	code, stdout, stderr := runCLI(t, "", "eval", "--data", evalData, "--method", "storybrief", "--model", dirs[0], "--limit", "5")
	if code != exitOK || !bytes.Contains([]byte(stdout), []byte("storybrief")) {
		t.Fatalf("eval with the trained model: exit %d\n%s\n%s", code, stdout, stderr)
	}

	// --rerank-from refits the reranker alone: a linear one here.
	refit := t.TempDir()
	code, _, stderr = runCLI(t, "", "train", "--data", evalData, "--rerank-from", dirs[0], "--out", refit, "--rerank-trees", "0")
	if code != exitOK {
		t.Fatalf("train --rerank-from: exit %d: %s", code, stderr)
	}
	m2, _, err := summarize.LoadModelDir(refit)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Rerank == nil || m2.Rerank.Forest != nil || len(m2.Rerank.Weights) != len(summarize.RerankFeatureNames) {
		t.Errorf("--rerank-trees 0 gave no linear reranker: %+v", m2.Rerank)
	}
	if len(m2.Forest.Trees) != len(m.Forest.Trees) || m2.Lexical == nil || m2.Lexical.Linear == nil || m2.Length == nil {
		t.Errorf("--rerank-from changed the sentence model")
	}

	for _, bad := range [][]string{{"--drop", "nonsense"}, {"--label", "recall"}, {"--bigram-weight", "-1"}} {
		code, _, stderr = runCLI(t, "", append([]string{"train", "--data", evalData, "--out", t.TempDir()}, bad...)...)
		if code != exitUsage {
			t.Errorf("train %v: exit %d, want %d (usage): %s", bad, code, exitUsage, stderr)
		}
	}
}
