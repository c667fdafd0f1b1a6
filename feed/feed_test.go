package feed_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybrief/storybrief/feed"
	"github.com/storybrief/storybrief/store"
)

// memStore keeps feeds and the URLs the sink took, in memory.
type memStore struct {
	mu    sync.Mutex
	feeds []store.Feed
	urls  map[string]bool
	items []feed.Item
}

func (m *memStore) Feeds(context.Context) ([]store.Feed, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]store.Feed(nil), m.feeds...), nil
}

func (m *memStore) PutFeed(_ context.Context, f store.Feed) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i := range m.feeds {
		if m.feeds[i].ID == f.ID {
			m.feeds[i] = f
		}
	}
	return nil
}

func (m *memStore) HasURL(_ context.Context, u string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.urls[u], nil
}

func (m *memStore) Add(_ context.Context, it feed.Item) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.urls[it.URL] = true
	m.items = append(m.items, it)
	return nil
}

// site serves a feed and its articles, and records the requests.
type site struct {
	mu       sync.Mutex
	items    []string // <item> elements
	etag     string
	requests []string // paths, in order
	times    map[string][]time.Time
}

func (s *site) handler(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r.URL.Path)
	s.times[r.Host] = append(s.times[r.Host], time.Now())
	items, etag := strings.Join(s.items, "\n"), s.etag
	s.mu.Unlock()
	switch {
	case r.URL.Path == "/feed.xml":
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test news</title>%s</channel></rss>`, items)
	case r.URL.Path == "/atom.xml":
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<entry><title>Atom story</title><link href="http://%s/a/atom"/><id>urn:1</id><updated>2026-03-01T10:00:00Z</updated></entry></feed>`, r.Host)
	case r.URL.Path == "/a/huge":
		w.Write([]byte("<html><body>" + strings.Repeat("<p>word word word</p>", 10000) + "</body></html>"))
	case r.URL.Path == "/a/gone":
		http.NotFound(w, r)
	case r.URL.Path == "/a/slow":
		time.Sleep(2 * time.Second)
		fmt.Fprint(w, "<html><body><p>late</p></body></html>")
	case strings.HasPrefix(r.URL.Path, "/a/"):
		fmt.Fprintf(w, "<html><head><title>%s</title></head><body><article><p>The text of %s.</p></article></body></html>", r.URL.Path, r.URL.Path)
	default:
		http.NotFound(w, r)
	}
}

func item(base, slug, content string) string {
	return fmt.Sprintf(`<item><title>Story %s</title><link>%s/a/%s</link><pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate>%s</item>`, slug, base, slug, content)
}

func TestPoll(t *testing.T) {
	s := &site{etag: `"v1"`, times: map[string][]time.Time{}}
	srv := httptest.NewServer(http.HandlerFunc(s.handler))
	defer srv.Close()
	full := "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[" + strings.Repeat("<p>The whole story is in the feed.</p>", 60) + "]]></content:encoded>"
	s.items = []string{item(srv.URL, "one", ""), item(srv.URL, "two", ""), item(srv.URL, "full", full),
		item(srv.URL, "huge", ""), item(srv.URL, "slow", ""), item(srv.URL, "gone", "")}
	st := &memStore{feeds: []store.Feed{{ID: 1, URL: srv.URL + "/feed.xml"}, {ID: 2, URL: srv.URL + "/atom.xml"}}, urls: map[string]bool{}}
	p := &feed.Poller{Store: st, Sink: st, Fetcher: &feed.Fetcher{Client: &http.Client{Timeout: 500 * time.Millisecond},
		MaxBytes: 64 << 10, PerHost: 100 * time.Millisecond}}
	ctx := context.Background()

	n, err := p.Poll(ctx, st.feeds[0])
	if err != nil {
		t.Fatal(err)
	}
	// one, two and full; huge (size limit), slow (timeout) and gone (404)
	// are skipped without stopping the rest.
	if n != 3 {
		t.Errorf("first poll took %d items, want 3", n)
	}
	got := map[string]feed.Item{}
	for _, it := range st.items {
		got[strings.TrimPrefix(it.URL, srv.URL)] = it
	}
	if it := got["/a/one"]; it.Title != "Story one" || !it.Published.Equal(time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)) || !strings.Contains(string(it.Data), "The text of /a/one") {
		t.Errorf("item one: %+v", it)
	}
	if it := got["/a/full"]; !strings.Contains(string(it.Data), "The whole story is in the feed") {
		t.Errorf("full-text item: %q", it.Data)
	}
	for _, r := range s.requests {
		if r == "/a/full" {
			t.Error("the page of a full-text item was fetched")
		}
	}
	if f := st.feeds[0]; f.ETag != `"v1"` || f.Checked.IsZero() {
		t.Errorf("feed state after a poll: %+v", f)
	}
	// Requests to one host are spaced.
	ts := s.times[strings.TrimPrefix(srv.URL, "http://")]
	for i := 1; i < len(ts); i++ {
		if gap := ts[i].Sub(ts[i-1]); gap < 90*time.Millisecond {
			t.Errorf("requests %d and %d to one host %s apart, want 100ms", i-1, i, gap)
		}
	}

	// Unchanged: a conditional GET answered 304, no page fetched.
	before := len(s.requests)
	if n, err := p.Poll(ctx, st.feeds[0]); err != nil || n != 0 {
		t.Errorf("unchanged feed: %d items, %v", n, err)
	}
	if reqs := s.requests[before:]; len(reqs) != 1 || reqs[0] != "/feed.xml" {
		t.Errorf("unchanged feed made requests %q, want the feed only", reqs)
	}

	// A new item: only its page is fetched.
	s.mu.Lock()
	s.items = append([]string{item(srv.URL, "three", "")}, s.items...)
	s.etag = `"v2"`
	s.mu.Unlock()
	before = len(s.requests)
	if n, err := p.Poll(ctx, st.feeds[0]); err != nil || n != 1 {
		t.Errorf("changed feed: %d items, %v; want 1", n, err)
	}
	for _, r := range s.requests[before:] {
		if r == "/a/one" || r == "/a/two" {
			t.Errorf("a stored article was fetched again: %s", r)
		}
	}

	// Atom.
	if n, err := p.Poll(ctx, st.feeds[1]); err != nil || n != 1 {
		t.Errorf("atom feed: %d items, %v", n, err)
	}
}

func TestFetcherLimits(t *testing.T) {
	s := &site{etag: `"x"`, times: map[string][]time.Time{}}
	srv := httptest.NewServer(http.HandlerFunc(s.handler))
	defer srv.Close()
	f := &feed.Fetcher{Client: &http.Client{Timeout: 300 * time.Millisecond}, MaxBytes: 1000, PerHost: time.Millisecond}
	ctx := context.Background()
	if _, err := f.Get(ctx, srv.URL+"/a/huge", "", ""); !errors.Is(err, feed.ErrTooLarge) {
		t.Errorf("huge page: %v, want ErrTooLarge", err)
	}
	if _, err := f.Get(ctx, srv.URL+"/a/slow", "", ""); err == nil {
		t.Error("slow page: no timeout")
	}
	if _, err := f.Get(ctx, "file:///etc/passwd", "", ""); err == nil {
		t.Error("file URL fetched")
	}
	if _, err := f.Get(ctx, srv.URL+"/nothing", "", ""); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("404: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	slow := &feed.Fetcher{PerHost: time.Hour}
	slow.Get(cctx, srv.URL+"/a/x", "", "")
	cancel()
	if _, err := slow.Get(cctx, srv.URL+"/a/y", "", ""); !errors.Is(err, context.Canceled) {
		t.Errorf("waiting for a host's turn ignores cancellation: %v", err)
	}
}

// TestRun polls due feeds on its own.
func TestRun(t *testing.T) {
	s := &site{etag: `"v1"`, times: map[string][]time.Time{}}
	srv := httptest.NewServer(http.HandlerFunc(s.handler))
	defer srv.Close()
	s.items = []string{item(srv.URL, "one", "")}
	st := &memStore{feeds: []store.Feed{{ID: 1, URL: srv.URL + "/feed.xml"}}, urls: map[string]bool{}}
	p := &feed.Poller{Store: st, Sink: st, Fetcher: &feed.Fetcher{PerHost: time.Millisecond}, Every: time.Hour}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.Run(ctx); close(done) }()
	deadline := time.Now().Add(10 * time.Second)
	for {
		st.mu.Lock()
		n := len(st.items)
		st.mu.Unlock()
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Run did not poll the feed")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done
}
