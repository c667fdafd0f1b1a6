package main

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/storybrief/storybrief/store"
)

var ingestRE = regexp.MustCompile(`^(\d+) articles? added \((\d+) new stor(?:y|ies)\), (\d+) duplicates?, (\d+) skipped`)

func ingestCounts(tb testing.TB, out string) (added, stories, dups, skipped int) {
	tb.Helper()
	m := ingestRE.FindStringSubmatch(out)
	if m == nil {
		tb.Fatalf("ingest output %q", out)
	}
	fmt.Sscan(m[1], &added)
	fmt.Sscan(m[2], &stories)
	fmt.Sscan(m[3], &dups)
	fmt.Sscan(m[4], &skipped)
	return
}

func TestIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ingest.db")
	args := append([]string{"ingest", "-db", db, "-published", "2014-09-22", "-progress", "always"}, seeds...)
	args = append(args, "../../testdata/stream/neus.jsonl")
	code, out, errs := runCLI(t, "", args...)
	// One NeuS document is a headline alone: skipped, exit 3.
	if code != exitPartial || !strings.Contains(errs, "no article text") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(errs, "ingest") {
		t.Errorf("no progress bar on stderr with --progress always: %q", errs)
	}
	added, stories, dups, skipped := ingestCounts(t, out)
	if added < 290 || stories < 100 || stories > added || skipped != 1 {
		t.Errorf("first ingest: %q", out)
	}
	// Again: everything is a duplicate.
	code, out, _ = runCLI(t, "", args...)
	if a, s, d, _ := ingestCounts(t, out); code != exitPartial || a != 0 || s != 0 || d != added+dups {
		t.Errorf("second ingest, exit %d: %q (want %d duplicates)", code, out, added+dups)
	}

	st, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := st.Counts(context.Background())
	if err != nil || n.Articles != int64(added) || n.Stories != int64(stories) || n.Briefs != 0 {
		t.Errorf("counts %+v, %v; want %d articles, %d stories, no briefs yet", n, err, added, stories)
	}
	list, _, err := st.Stories(context.Background(), store.StoryQuery{Q: "Zarif"})
	if err != nil || len(list) != 1 || list[0].Articles != 3 {
		t.Errorf("the seed story: %+v, %v", list, err)
	}

	if code, _, errs := runCLI(t, "", "ingest", "-db", db); code != exitUsage {
		t.Errorf("no inputs: exit %d %q", code, errs)
	}
	if code, _, _ := runCLI(t, "", "ingest", "-db", db, "/no/such/file"); code != exitFailure {
		t.Errorf("missing input: exit %d", code)
	}
}

// TestServeMakesIngestedBriefs: briefs of stories that "ingest" stored are
// made by serve in the background.
func TestServeMakesIngestedBriefs(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ingest.db")
	if code, _, errs := runCLI(t, "", append([]string{"ingest", "-db", db, "-published", "2014-09-22"}, seeds...)...); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	base, stop := startServe(t, db)
	var health struct {
		Stories     int `json:"stories"`
		StaleBriefs int `json:"stale_briefs"`
	}
	for i := 0; ; i++ {
		getJSON(t, base+"/healthz", &health)
		if health.StaleBriefs == 0 {
			break
		}
		if i == 600 {
			t.Fatalf("briefs still stale: %+v", health)
		}
		sleep()
	}
	if health.Stories != 1 {
		t.Errorf("%d stories, want the seed story", health.Stories)
	}
	stop()
}
