package facts_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/ingest"
)

// TestNeuSTrainDisputes measures the disputes the pipeline finds on 135
// NeuS train stories where an earlier build found one, each read by hand
// (the rules of dispute.go and unit.go were then set on them, so this
// is a development set, not a held-out one)
// (testdata/neus-train-disputes.json): a story whose sources do conflict
// counts as found when a dispute is found in it; one whose found dispute
// was outlets saying one thing in other words counts as a false dispute
// when one is still found. Story-level, so it tells precision and recall
// of "this story is in dispute", not of which sentences.
func TestNeuSTrainDisputes(t *testing.T) {
	data, err := os.ReadFile("testdata/neus-train-disputes.json")
	if err != nil {
		t.Fatal(err)
	}
	var labels struct {
		Stories []struct {
			ID   string `json:"id"`
			Real bool   `json:"real"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}
	real := map[string]bool{}
	for _, s := range labels.Stories {
		real[s.ID] = s.Real
	}
	var found, missed, falseFound, falseClear int
	for _, st := range loadMeasured(t, "testdata/neus-train-disputes.jsonl") {
		isReal, ok := real[st.id]
		if !ok {
			t.Fatalf("%s: not labelled", st.id)
		}
		disputed := false
		for _, fact := range withEntities(t, st.docs) {
			disputed = disputed || fact.Status == storybrief.Disputed
		}
		switch {
		case isReal && disputed:
			found++
		case isReal:
			missed++
			t.Logf("%s: real dispute not found", st.id)
		case disputed:
			falseFound++
			if *dump {
				t.Logf("%s: false dispute", st.id)
			}
		default:
			falseClear++
		}
	}
	precision := ratio(found, found+falseFound)
	t.Logf("real disputes found %d of %d; false disputes still found %d of %d; precision on these stories %.2f",
		found, found+missed, falseFound, falseFound+falseClear, precision)
	// The build before the rules of 2026-12-01 found 27 of the 28 real
	// ones and 106 of the 107 false ones; this one 24 and 53.
	if found < 23 || falseFound > 55 {
		t.Errorf("real disputes found %d (bar 23), false ones %d (bar 55)", found, falseFound)
	}
}

// measuredStory is one story of the measured dispute set, read as the
// CLI reads it.
type measuredStory struct {
	id   string
	docs []*storybrief.Document
}

// loadMeasured reads the stories of a JSON Lines file of the measured set
// as the CLI reads them, with their headlines; with ids, only those.
func loadMeasured(t *testing.T, path string, ids ...string) []measuredStory {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	eng := engine()
	var out []measuredStory
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var raw struct {
			ID        string   `json:"id"`
			Documents []string `json:"documents"`
			Titles    []string `json:"doc_titles"`
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatal(err)
		}
		if len(ids) > 0 && !slices.Contains(ids, raw.ID) {
			continue
		}
		var st ingest.Story
		for i, d := range raw.Documents {
			st.Docs = append(st.Docs, ingest.Raw{Source: fmt.Sprintf("%s#%d", raw.ID, i+1), Data: []byte(d), Title: raw.Titles[i]})
		}
		docs, _ := eng.Documents(context.Background(), st)
		out = append(out, measuredStory{raw.ID, docs})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
