package store_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/cluster"
	"github.com/storybrief/storybrief/store"
)

// article builds a stored article of plain text, one paragraph per
// blank-line-separated block.
func article(tb testing.TB, u, title, text string, published time.Time) *store.Article {
	tb.Helper()
	doc := &storybrief.Document{Source: "test", Format: "text", Title: title, Text: text}
	off := 0
	for _, p := range strings.Split(text, "\n\n") {
		doc.Paragraphs = append(doc.Paragraphs, storybrief.Paragraph{Span: storybrief.Span{Start: off, End: off + len(p)}, Kind: storybrief.KindBody})
		off += len(p) + 2
	}
	return store.FromDocument(doc, []byte(text), u, published)
}

func open(tb testing.TB, path string) *store.DB {
	tb.Helper()
	db, err := store.Open(context.Background(), path, store.Options{Grouper: cluster.New(cluster.Config{})})
	if err != nil {
		tb.Fatal(err)
	}
	return db
}

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

const (
	iranText = "Secretary of State John Kerry met Iranian Foreign Minister Javad Zarif in New York on Sunday to discuss the fight against ISIS.\n\nThe United States wants Iran to help against the Islamic State militants in Iraq and Syria, but rules out military coordination with Tehran.\n\n" +
		"The meeting on the sidelines of the United Nations General Assembly lasted about an hour, officials said, and touched on the nuclear negotiations that resume this week in Vienna.\n\n" +
		"Iran has military advisers in both Iraq and Syria and has backed the government of Bashar al-Assad throughout the civil war, which makes any alignment with Washington awkward for both sides.\n\n" +
		"Sunni Arab allies of the United States, who are expected to join the coalition against the militants, have objected to any role for Tehran, diplomats in New York said on Monday."
	iranText2 = "Iran and the United States discussed the Islamic State threat on the sidelines of the U.N. General Assembly, where Kerry and Zarif met.\n\nThe White House said there would be no military coordination with Iran against ISIS in Iraq."
	quakeText = "A magnitude 6.1 earthquake struck off the coast of southern Chile early on Tuesday, the geological survey said, shaking buildings in Valparaiso.\n\nNo tsunami warning was issued and there were no immediate reports of damage or injuries in the coastal towns."
)

func TestAddDedupSearch(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "s.db"))
	defer db.Close()

	r1, err := db.Add(ctx, article(t, "https://example.com/iran?utm_source=x", "Kerry meets Zarif", iranText, t0))
	if err != nil {
		t.Fatal(err)
	}
	if r1.Duplicate || !r1.NewStory || r1.ID == 0 {
		t.Fatalf("first article: %+v", r1)
	}
	cases := []struct {
		name      string
		a         *store.Article
		duplicate bool
		sameStory bool
	}{
		{"same url, other form", article(t, "HTTPS://Example.com/iran#top", "Other", quakeText, t0), true, true},
		{"near-identical text", article(t, "https://mirror.example.org/x", "Kerry meets Zarif", strings.Replace(iranText, "about an hour", "about two hours", 1)+"\n\nCopyright 2026 Mirror News.", t0.Add(time.Hour)), true, true},
		{"same story, other words", article(t, "https://example.net/iran-isis", "Iran and U.S. discuss ISIS", iranText2, t0.Add(2*time.Hour)), false, true},
		{"other story", article(t, "https://example.net/quake", "Quake hits Chile", quakeText, t0.Add(3*time.Hour)), false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := db.Add(ctx, c.a)
			if err != nil {
				t.Fatal(err)
			}
			if r.Duplicate != c.duplicate {
				t.Errorf("duplicate = %v, want %v (%+v)", r.Duplicate, c.duplicate, r)
			}
			if (r.Story == r1.Story) != c.sameStory {
				t.Errorf("story %d, first article's %d: same = %v, want %v", r.Story, r1.Story, r.Story == r1.Story, c.sameStory)
			}
		})
	}
	n, err := db.Counts(ctx)
	if err != nil || n.Articles != 3 || n.Stories != 2 {
		t.Fatalf("counts %+v, %v; want 3 articles, 2 stories", n, err)
	}

	got, total, err := db.Stories(ctx, store.StoryQuery{Q: "zarif"})
	if err != nil || total != 1 || len(got) != 1 || got[0].ID != r1.Story || got[0].Articles != 2 {
		t.Fatalf("search zarif: %+v total %d, %v", got, total, err)
	}
	if got, _, _ := db.Stories(ctx, store.StoryQuery{Q: `Chile" OR (earth`}); len(got) != 1 {
		t.Errorf("search with FTS syntax in it: %d stories, want 1 (chile, or, earth*)", len(got))
	}
	all, total, err := db.Stories(ctx, store.StoryQuery{Sort: store.Largest})
	if err != nil || total != 2 || all[0].ID != r1.Story {
		t.Fatalf("largest first: %+v, %v", all, err)
	}
	a, err := db.Article(ctx, r1.ID, true)
	if err != nil || a.URL != "https://example.com/iran" || string(a.Raw) != iranText || a.Body() != iranText {
		t.Fatalf("article: %+v, %v", a, err)
	}
	if _, err := db.Article(ctx, 999, false); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing article: %v, want ErrNotFound", err)
	}
}

func TestBriefs(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "s.db"))
	defer db.Close()
	r, err := db.Add(ctx, article(t, "", "Quake", quakeText, t0))
	if err != nil {
		t.Fatal(err)
	}
	if stale, _ := db.StaleStories(ctx, 10); len(stale) != 1 {
		t.Fatalf("stale = %v, want the new story", stale)
	}
	b := &store.Brief{Story: r.Story, Version: 1, JSON: []byte(`{"title":"Chile quake"}`), Docs: map[string]int64{"d1": r.ID},
		Computed: t0, Title: "Chile quake", Summary: "A magnitude 6.1 earthquake struck"}
	if err := db.PutBrief(ctx, b); err != nil {
		t.Fatal(err)
	}
	old := *b
	old.Version, old.JSON = 0, []byte(`{}`)
	if err := db.PutBrief(ctx, &old); err != nil {
		t.Fatal(err)
	}
	got, err := db.Brief(ctx, r.Story)
	if err != nil || string(got.JSON) != string(b.JSON) || got.Docs["d1"] != r.ID {
		t.Fatalf("brief: %+v, %v (an older version must not replace a newer one)", got, err)
	}
	if stale, _ := db.StaleStories(ctx, 10); len(stale) != 0 {
		t.Errorf("stale after brief = %v", stale)
	}
	st, err := db.Story(ctx, r.Story)
	if err != nil || st.Title != "Chile quake" || st.Stale() {
		t.Errorf("story: %+v, %v", st, err)
	}
	if got, _, _ := db.Stories(ctx, store.StoryQuery{Q: "chile"}); len(got) != 1 {
		t.Errorf("brief not searchable")
	}
}

// TestConcurrentAdds checks group commit: many writers, every
// acknowledged article stored once, all there after reopening.
func TestConcurrentAdds(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db := open(t, path)
	const n = 200
	var wg sync.WaitGroup
	ids := make([]int64, n)
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			text := fmt.Sprintf("Article number %d reports on event %d in the city of %s.\n\nIt has a second paragraph about item %d.", i, i, strings.Repeat("x", i%7+1), i*31)
			r, err := db.Add(ctx, article(t, fmt.Sprintf("https://example.com/%d", i), "", text, t0.Add(time.Duration(i)*time.Minute)))
			ids[i], errs[i] = r.ID, err
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	st := db.WriteStats()
	if st.Added != n || st.Commits >= n {
		t.Errorf("stats %+v: want %d added in fewer commits", st, n)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = open(t, path)
	defer db.Close()
	for i, id := range ids {
		if _, err := db.Article(ctx, id, false); err != nil {
			t.Fatalf("article %d (id %d) lost: %v", i, id, err)
		}
	}
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Add(ctx, article(t, "", "", quakeText, t0)); err != nil {
		t.Fatal(err)
	}
}

func TestCanonicalURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://Example.COM:443/a/b/?utm_source=rss&id=3#frag", "https://example.com/a/b?id=3"},
		{"http://example.com/", "http://example.com"},
		{"http://example.com:8080/x?b=2&a=1", "http://example.com:8080/x?a=1&b=2"},
	} {
		got, err := store.CanonicalURL(c.in)
		if err != nil || got != c.want {
			t.Errorf("CanonicalURL(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"ftp://x/y", "/relative", "javascript:alert(1)"} {
		if _, err := store.CanonicalURL(bad); err == nil {
			t.Errorf("CanonicalURL(%q): want an error", bad)
		}
	}
}

// TestTwoWriters: articles that another process (storybrief ingest)
// commits to the same database are known to this one's grouper before its
// next commit, so that stories do not split between the two.
func TestTwoWriters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	serve := open(t, path)
	defer serve.Close()
	ingest := open(t, path)
	r1, err := ingest.Add(ctx, article(t, "https://example.com/1", "Kerry meets Zarif", iranText, t0))
	if err != nil {
		t.Fatal(err)
	}
	ingest.Close()
	r2, err := serve.Add(ctx, article(t, "https://example.com/2", "Iran and U.S. discuss ISIS", iranText2, t0.Add(time.Hour)))
	if err != nil {
		t.Fatal(err)
	}
	if r2.Story != r1.Story {
		t.Errorf("the article stored by the other writer is in story %d, the related one in %d", r1.Story, r2.Story)
	}
}
