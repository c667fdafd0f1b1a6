package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybrief/storybrief/cluster"
)

// lineBuffer is a goroutine-safe writer that hands each line it gets to a
// channel, for reading a server's log while it runs.
type lineBuffer struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	lines chan string
}

func (b *lineBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Write(p)
	for {
		i := bytes.IndexByte(b.buf.Bytes(), '\n')
		if i < 0 {
			return len(p), nil
		}
		line := string(b.buf.Next(i + 1))
		select {
		case b.lines <- line:
		default:
		}
	}
}

var listenRE = regexp.MustCompile(`msg=listening .*url=(http://\S+?)/?(\s|$)`)

// startServe runs "storybrief serve" in this process on dbPath, listening
// on a free loopback port, and returns its base URL and a function that
// stops it (as an interrupt does) and returns its exit code.
func startServe(tb testing.TB, dbPath string, extra ...string) (string, func() int) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	logs := &lineBuffer{lines: make(chan string, 1<<16)}
	args := append([]string{"serve", "-db", dbPath, "-addr", "127.0.0.1:0", "-rate", "-1", "-log-level", "info"}, extra...)
	code := make(chan int, 1)
	go func() { code <- run(ctx, &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: logs}, args) }()
	timeout := time.After(30 * time.Second)
	for {
		select {
		case line := <-logs.lines:
			if m := listenRE.FindStringSubmatch(line); m != nil {
				stop := sync.OnceValue(func() int {
					cancel()
					return <-code
				})
				tb.Cleanup(func() { stop() })
				return m[1], stop
			}
		case c := <-code:
			tb.Fatalf("serve exited with %d before listening", c)
		case <-timeout:
			tb.Fatal("serve did not start listening in 30s")
		}
	}
}

// streamItem is one article of a test stream, with its true story.
type streamItem struct {
	story  string // true story: a data set id, "seeds", or "page:NAME" (its own)
	source string // ?source=
	url    string // ?url=
	time   time.Time
	data   []byte
}

// testStream returns the seeds mixed with the real articles of
// testdata/stream (159 news pages, 100 Multi-News and 100 NeuS stories),
// shuffled: each story gets a random day in September and October 2014,
// its articles a few hours apart; the seeds are published on 22 and 23
// September 2014.
func testStream(tb testing.TB) []streamItem {
	tb.Helper()
	rng := rand.New(rand.NewPCG(6, 6))
	t0 := time.Date(2014, 9, 1, 0, 0, 0, 0, time.UTC)
	day := func() time.Time { return t0.Add(time.Duration(rng.IntN(45*24)) * time.Hour) }
	var items []streamItem
	for i, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		items = append(items, streamItem{story: "seeds", source: p, data: data,
			time: time.Date(2014, 9, 22, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * 14 * time.Hour)})
	}
	pages, err := filepath.Glob("../../testdata/stream/pages/*.html.gz")
	if err != nil || len(pages) < 100 {
		tb.Fatalf("pages: %d, %v", len(pages), err)
	}
	for _, p := range pages {
		data := gunzip(tb, p)
		name := strings.TrimSuffix(filepath.Base(p), ".html.gz")
		items = append(items, streamItem{story: "page:" + name, url: "https://pages.example/" + url.PathEscape(name), data: data, time: day()})
	}
	for _, set := range []string{"../../testdata/stream/multinews.jsonl.gz", "../../testdata/stream/neus.jsonl"} {
		for _, st := range readStories(tb, set) {
			start := day()
			for k, d := range st.docs {
				items = append(items, streamItem{story: st.id, source: fmt.Sprintf("%s#%d", st.id, k+1), data: []byte(d),
					time: start.Add(time.Duration(rng.IntN(36)) * time.Hour)})
			}
		}
	}
	rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	return items
}

func gunzip(tb testing.TB, path string) []byte {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

type storyLine struct {
	id   string
	docs []string
}

func readStories(tb testing.TB, path string) []storyLine {
	tb.Helper()
	var r io.Reader
	if strings.HasSuffix(path, ".gz") {
		r = bytes.NewReader(gunzip(tb, path))
	} else {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		r = bytes.NewReader(data)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20)
	var out []storyLine
	for sc.Scan() {
		var l struct {
			ID        string   `json:"id"`
			Documents []string `json:"documents"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			tb.Fatal(err)
		}
		out = append(out, storyLine{l.ID, l.Documents})
	}
	return out
}

type posted struct {
	ID        int64  `json:"id"`
	Story     int64  `json:"story"`
	Duplicate bool   `json:"duplicate"`
	Error     string `json:"error"`
	status    int
}

// post sends one article as raw text or HTML.
func post(client *http.Client, base string, it streamItem) (posted, error) {
	q := url.Values{}
	if it.url != "" {
		q.Set("url", it.url)
	}
	if it.source != "" {
		q.Set("source", it.source)
	}
	q.Set("published", it.time.Format(time.RFC3339))
	ctype := "text/plain"
	if bytes.Contains(bytes.ToLower(it.data[:min(len(it.data), 2048)]), []byte("<html")) {
		ctype = "text/html"
	}
	resp, err := client.Post(base+"/api/articles?"+q.Encode(), ctype, bytes.NewReader(it.data))
	if err != nil {
		return posted{}, err
	}
	defer resp.Body.Close()
	var p posted
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return posted{}, fmt.Errorf("%d: %v", resp.StatusCode, err)
	}
	p.status = resp.StatusCode
	return p, nil
}

// postAll posts items with workers concurrent clients and returns the
// results in item order.
func postAll(tb testing.TB, base string, items []streamItem, workers int) []posted {
	tb.Helper()
	out := make([]posted, len(items))
	next := make(chan int)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: time.Minute}
	for range workers {
		wg.Go(func() {
			for i := range next {
				p, err := post(client, base, items[i])
				if err != nil {
					tb.Errorf("post %s: %v", items[i].story, err)
				}
				out[i] = p
			}
		})
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func getJSON(tb testing.TB, u string, out any) http.Header {
	tb.Helper()
	resp, err := http.Get(u)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		tb.Fatalf("GET %s: %d %s", u, resp.StatusCode, data)
	}
	if err := json.Unmarshal(data, out); err != nil {
		tb.Fatalf("GET %s: %v", u, err)
	}
	return resp.Header
}

// TestServeSeedsInStream starts the server on a temporary database, posts
// the seeds mixed with hundreds of other real articles, shuffled, and
// checks through the API that the three seeds form one story that nothing
// else joined, and that its brief is the one "storybrief brief" writes for
// the three files.
func TestServeSeedsInStream(t *testing.T) {
	if testing.Short() {
		t.Skip("posts some 700 articles")
	}
	items := testStream(t)
	base, stop := startServe(t, filepath.Join(t.TempDir(), "stream.db"))
	start := time.Now()
	res := postAll(t, base, items, 4)
	took := time.Since(start)

	var seedStories []int64
	members := map[int64][]string{}
	var truth []string
	var got []int64
	rejected := 0
	for i, r := range res {
		if r.ID == 0 {
			rejected++ // pages with no article text (422)
			continue
		}
		members[r.Story] = append(members[r.Story], items[i].story)
		truth = append(truth, items[i].story)
		got = append(got, r.Story)
		if items[i].story == "seeds" {
			seedStories = append(seedStories, r.Story)
		}
	}
	t.Logf("%d articles posted in %s (%.0f/s), %d refused (no article text); %d stories",
		len(items), took.Round(time.Millisecond), float64(len(items))/took.Seconds(), rejected, len(members))
	pw, b3 := cluster.Pairwise(truth, got), cluster.BCubed(truth, got)
	t.Logf("grouping of this stream: pairwise P %.3f R %.3f F1 %.3f; B-cubed P %.3f R %.3f F1 %.3f", pw.P, pw.R, pw.F1, b3.P, b3.R, b3.F1)

	if len(seedStories) != 3 || seedStories[0] != seedStories[1] || seedStories[1] != seedStories[2] {
		t.Fatalf("the seeds are in stories %v, want one", seedStories)
	}
	sid := seedStories[0]
	if m := members[sid]; len(m) != 3 {
		t.Errorf("the seed story holds %d articles: %q", len(m), m)
	}

	// The brief, fresh, as the API serves it.
	resp, err := http.Get(fmt.Sprintf("%s/api/stories/%d?fresh=1", base, sid))
	if err != nil {
		t.Fatal(err)
	}
	apiJSON, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("X-Brief-Stale") != "false" {
		t.Fatalf("brief: %d %v %s", resp.StatusCode, resp.Header, apiJSON)
	}
	var api map[string]any
	if err := json.Unmarshal(apiJSON, &api); err != nil {
		t.Fatal(err)
	}
	// The CLI's brief of the same files, in the order the story lists them.
	var order []string
	for _, d := range api["documents"].([]any) {
		order = append(order, d.(map[string]any)["source"].(string))
	}
	code, out, errs := runCLI(t, "", append([]string{"brief", "--format", "json"}, order...)...)
	if code != exitOK {
		t.Fatalf("brief: exit %d: %s", code, errs)
	}
	var cli map[string]any
	if err := json.Unmarshal([]byte(out), &cli); err != nil {
		t.Fatal(err)
	}
	if api["story"] != fmt.Sprint(sid) {
		t.Errorf("brief names story %v, want %d", api["story"], sid)
	}
	delete(api, "story")
	delete(cli, "story")
	if !reflect.DeepEqual(api, cli) {
		t.Errorf("the API's brief differs from the CLI's:\nAPI: %s\nCLI: %s", apiJSON, out)
	}

	// Search finds it.
	var list struct {
		Stories []struct{ ID int64 }
	}
	getJSON(t, base+"/api/stories?q=zarif+kerry", &list)
	if len(list.Stories) == 0 || list.Stories[0].ID != sid {
		t.Errorf("search zarif kerry: %+v, want story %d first", list.Stories, sid)
	}
	if code := stop(); code != exitOK {
		t.Errorf("serve exited with %d after an interrupt", code)
	}
}

func sleep() { time.Sleep(50 * time.Millisecond) }

// TestServeFeed: serve polls a feed given with --feed and stores its
// article.
func TestServeFeed(t *testing.T) {
	page, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var paths []string
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		switch r.URL.Path {
		case "/rss":
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>U.S. asks old foe for help with ISIS</title><link>http://%s/news/iran</link><pubDate>Mon, 22 Sep 2014 10:00:00 GMT</pubDate></item>
</channel></rss>`, r.Host)
		case "/news/iran":
			w.Write(page)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	base, stop := startServe(t, filepath.Join(t.TempDir(), "feed.db"), "--feed", site.URL+"/rss", "--poll", "1h")
	var art struct {
		URL       string
		Title     string
		Published time.Time
	}
	for i := 0; ; i++ {
		resp, err := http.Get(base + "/api/articles/1")
		if err == nil && resp.StatusCode == 200 {
			json.NewDecoder(resp.Body).Decode(&art)
			resp.Body.Close()
			break
		}
		if resp != nil {
			resp.Body.Close()
		}
		if i == 400 {
			t.Fatalf("the feed's article did not arrive; the site saw %q", paths)
		}
		sleep()
	}
	if art.URL != site.URL+"/news/iran" || art.Title != "U.S. asks old foe for help with ISIS" || !art.Published.Equal(time.Date(2014, 9, 22, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("article from the feed: %+v", art)
	}
	stop()
}
