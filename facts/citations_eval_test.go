package facts_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestJudgedCitations measures whether the sources a corroborated fact
// cites after its shown sentence restate it, on citations judged by hand
// (testdata/neus-citations.json): 40 of NeuS validation facts, on which
// the threshold of related sources was set, and 35 of NeuS train facts
// judged afterwards. A citation kept is one not marked related. It fails
// when the kept citations of the train set restate their sentence in
// fewer than 3 of 4.
func TestJudgedCitations(t *testing.T) {
	data, err := os.ReadFile("testdata/neus-citations.json")
	if err != nil {
		t.Fatal(err)
	}
	var labels struct {
		Citations []struct {
			Set, Story, Shown, Doc string
			Supports               bool
		} `json:"citations"`
	}
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}
	stories := map[string]measuredStory{}
	for _, st := range loadMeasured(t, "testdata/neus-citations.jsonl") {
		stories[st.id] = st
	}
	type tally struct{ kept, keptRight, related, relatedRight, gone int }
	bySet := map[string]*tally{}
	for _, c := range labels.Citations {
		tl := bySet[c.Set]
		if tl == nil {
			tl = &tally{}
			bySet[c.Set] = tl
		}
		st, ok := stories[c.Story]
		if !ok {
			t.Fatalf("%s: story not in testdata", c.Story)
		}
		cited, found := false, false
		for _, f := range withEntities(t, st.docs) {
			if strings.TrimSpace(f.Text) != strings.TrimSpace(c.Shown) {
				continue
			}
			for _, s := range f.Sources {
				if s.Doc == c.Doc {
					found = true
					cited = cited || !s.Related
				}
			}
			break
		}
		switch {
		case !found:
			tl.gone++
		case cited:
			tl.kept++
			if c.Supports {
				tl.keptRight++
			}
		default:
			tl.related++
			if c.Supports {
				tl.relatedRight++
			}
		}
	}
	for _, set := range []string{"validation", "train"} {
		tl := bySet[set]
		t.Logf("%s: kept citations restate the sentence in %d of %d, related ones in %d of %d; %d no longer cited",
			set, tl.keptRight, tl.kept, tl.relatedRight, tl.related, tl.gone)
	}
	if tl := bySet["train"]; tl.keptRight*4 < tl.kept*3 {
		t.Errorf("train: kept citations restate the sentence in %d of %d, under 3 of 4", tl.keptRight, tl.kept)
	}
}
