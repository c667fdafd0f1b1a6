package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storybrief/storybrief/cluster"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/facts"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/quote"
	"github.com/storybrief/storybrief/segment"
	"github.com/storybrief/storybrief/server"
	"github.com/storybrief/storybrief/store"
	"github.com/storybrief/storybrief/summarize"
)

// testServer starts a server on a temporary database, with the background
// briefs running, and returns its base URL.
func testServer(tb testing.TB, cfg server.Config) (string, *store.DB) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	db, err := store.Open(ctx, filepath.Join(tb.TempDir(), "test.db"), store.Options{Grouper: cluster.New(cluster.Config{})})
	if err != nil {
		tb.Fatal(err)
	}
	cfg.Store = db
	if cfg.Engine == nil {
		cfg.Engine = &pipeline.Engine{Extractor: extract.New(), Splitter: pipeline.SplitterFunc(segment.Sentences), Summarizer: summarize.Summarizer{}}
	}
	if cfg.BriefDelay == 0 {
		cfg.BriefDelay = 20 * time.Millisecond
	}
	srv, err := server.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	done := make(chan struct{})
	go func() { srv.Run(ctx); close(done) }()
	hs := httptest.NewServer(srv)
	tb.Cleanup(func() {
		hs.Close()
		cancel()
		<-done
		db.Close()
	})
	return hs.URL, db
}

// call makes a request and decodes a JSON answer into out (when not nil).
func call(tb testing.TB, method, u, ctype string, body []byte, out any) *http.Response {
	tb.Helper()
	req, err := http.NewRequest(method, u, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			tb.Fatalf("%s %s: %d %s: %v", method, u, resp.StatusCode, data, err)
		}
	}
	resp.Body = io.NopCloser(bytes.NewReader(data))
	return resp
}

func seed(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

type postResult struct {
	ID        int64  `json:"id"`
	Story     int64  `json:"story"`
	Duplicate bool   `json:"duplicate"`
	Error     string `json:"error"`
}

func TestAPI(t *testing.T) {
	base, _ := testServer(t, server.Config{Rate: -1})
	var r1, r2, r3, dup postResult
	j, _ := json.Marshal(map[string]string{"url": "https://www.cbsnews.com/news/iran-isis", "published": "2014-09-22T10:00:00Z",
		"text": string(seed(t, "000_141ab2cd66b432d1.txt"))})
	if resp := call(t, "POST", base+"/api/articles", "application/json", j, &r1); resp.StatusCode != 201 {
		t.Fatalf("post JSON: %d %+v", resp.StatusCode, r1)
	}
	if resp := call(t, "POST", base+"/api/articles?url="+url.QueryEscape("https://www.outsidethebeltway.com/iran-isis/")+"&published=2014-09-22",
		"text/plain", seed(t, "001_06102e417f63830d.txt"), &r2); resp.StatusCode != 201 {
		t.Fatalf("post text: %d %+v", resp.StatusCode, r2)
	}
	if resp := call(t, "POST", base+"/api/articles?source=huffpost&published=2014-09-23T08:00:00Z",
		"text/plain", seed(t, "002_1aa737ffc400d510.txt"), &r3); resp.StatusCode != 201 {
		t.Fatalf("post text: %d %+v", resp.StatusCode, r3)
	}
	if r1.Story != r2.Story || r2.Story != r3.Story {
		t.Errorf("the seeds went to stories %d, %d, %d", r1.Story, r2.Story, r3.Story)
	}
	if resp := call(t, "POST", base+"/api/articles", "application/json", j, &dup); resp.StatusCode != 200 || !dup.Duplicate || dup.ID != r1.ID {
		t.Errorf("same article again: %d %+v, want 200 duplicate of %d", resp.StatusCode, dup, r1.ID)
	}

	var brief struct {
		Story     string `json:"story"`
		Title     string `json:"title"`
		Documents []struct{ ID, Source string }
		Summary   []struct{ Text string }
	}
	resp := call(t, "GET", fmt.Sprintf("%s/api/stories/%d?fresh=1", base, r1.Story), "", nil, &brief)
	if resp.StatusCode != 200 || len(brief.Documents) != 3 || len(brief.Summary) == 0 || brief.Story != fmt.Sprint(r1.Story) {
		t.Fatalf("brief: %d %+v", resp.StatusCode, brief)
	}
	if resp.Header.Get("X-Brief-Stale") != "false" || resp.Header.Get("ETag") == "" {
		t.Errorf("brief headers: %v", resp.Header)
	}
	sources := map[string]bool{}
	for _, d := range brief.Documents {
		sources[d.Source] = true
	}
	if !sources["https://www.cbsnews.com/news/iran-isis"] || !sources["huffpost"] {
		t.Errorf("sources: %+v", brief.Documents)
	}
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/api/stories/%d", base, r1.Story), nil)
	req.Header.Set("If-None-Match", resp.Header.Get("ETag"))
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusNotModified {
		t.Errorf("conditional GET: %v %v", resp.StatusCode, err)
	}

	var list struct {
		Stories []struct {
			ID       int64
			Title    string
			Articles int
		}
		Total int
	}
	call(t, "GET", base+"/api/stories?q=zarif", "", nil, &list)
	if list.Total != 1 || list.Stories[0].ID != r1.Story || list.Stories[0].Articles != 3 {
		t.Errorf("search zarif: %+v", list)
	}
	var art struct {
		ID, Story  int64
		URL, Title string
		Paragraphs []struct{ Text string }
	}
	call(t, "GET", fmt.Sprintf("%s/api/articles/%d", base, r2.ID), "", nil, &art)
	if art.Story != r1.Story || art.URL != "https://www.outsidethebeltway.com/iran-isis" || art.Title == "" || len(art.Paragraphs) < 5 {
		t.Errorf("article: %+v", art)
	}

	errorCases := []struct {
		name, method, path, ctype, body string
		status                          int
	}{
		{"missing story", "GET", "/api/stories/999", "", "", 404},
		{"bad id", "GET", "/api/stories/abc", "", "", 404},
		{"missing article", "GET", "/api/articles/999", "", "", 404},
		{"unknown endpoint", "GET", "/api/nothing", "", "", 404},
		{"bad sort", "GET", "/api/stories?sort=random", "", "", 400},
		{"bad limit", "GET", "/api/stories?limit=0", "", "", 400},
		{"empty body", "POST", "/api/articles", "text/plain", "", 400},
		{"bad JSON", "POST", "/api/articles", "application/json", "{", 400},
		{"unknown field", "POST", "/api/articles", "application/json", `{"txt":"x"}`, 400},
		{"bad url", "POST", "/api/articles?url=ftp://x/y", "text/plain", "Some text.", 400},
		{"bad time", "POST", "/api/articles?published=yesterday", "text/plain", "Some text.", 400},
		{"no article text", "POST", "/api/articles", "text/html", "<html><body><nav>Home</nav></body></html>", 422},
		{"binary", "POST", "/api/articles", "application/octet-stream", "\x00\x01\x02\x03PNG", 422},
	}
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			var e struct{ Error string }
			resp := call(t, c.method, base+c.path, c.ctype, []byte(c.body), &e)
			if resp.StatusCode != c.status || e.Error == "" || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				t.Errorf("%d %q (%s), want %d with a JSON error", resp.StatusCode, e.Error, resp.Header.Get("Content-Type"), c.status)
			}
		})
	}

	var health struct {
		Status   string
		Articles int
	}
	if call(t, "GET", base+"/healthz", "", nil, &health); health.Status != "ok" || health.Articles != 3 {
		t.Errorf("healthz: %+v", health)
	}
	resp = call(t, "GET", base+"/metrics", "", nil, nil)
	body, _ := io.ReadAll(resp.Body)
	for _, want := range []string{`storybrief_articles_total{result="added"} 3`, `storybrief_articles_total{result="duplicate"} 1`, "storybrief_stored_articles 3", "go_goroutines", `storybrief_http_requests_total{code="201",route="POST /api/articles"} 3`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestLimits(t *testing.T) {
	base, _ := testServer(t, server.Config{MaxBody: 1000, Rate: 1, Burst: 3})
	var e struct{ Error string }
	if resp := call(t, "POST", base+"/api/articles", "text/plain", bytes.Repeat([]byte("word "), 400), &e); resp.StatusCode != 413 || e.Error == "" {
		t.Errorf("large body: %d %q, want 413", resp.StatusCode, e.Error)
	}
	limited := 0
	for range 5 {
		resp := call(t, "GET", base+"/api/stories", "", nil, nil)
		if resp.StatusCode == 429 {
			limited++
			if resp.Header.Get("Retry-After") == "" {
				t.Error("429 without Retry-After")
			}
		}
	}
	if limited < 2 {
		t.Errorf("%d of 5 requests after a burst of 3 were limited, want 2 or more", limited)
	}
	if resp := call(t, "GET", base+"/healthz", "", nil, nil); resp.StatusCode != 200 {
		t.Errorf("healthz is not rate-limited: %d", resp.StatusCode)
	}
}

// TestPagesEscape posts an article full of markup and checks that nothing
// of it reaches the pages unescaped, and that the pages forbid scripts.
func TestPagesEscape(t *testing.T) {
	base, _ := testServer(t, server.Config{Rate: -1})
	evil := "Officials <script>alert('x')</script> said on Monday that the <img src=x onerror=alert(1)> bridge over the river would close for repairs next month.\n\n" +
		"The bridge, built in 1931, carries 40,000 cars a day, and the closure is expected to last until the end of the year, the transport department said.\n\n" +
		"Drivers were told to use the <a href=\"javascript:alert(1)\">ring road</a> instead, which adds about twenty minutes to the trip into the city centre."
	var r postResult
	call(t, "POST", base+"/api/articles?url="+url.QueryEscape("javascript:alert(1)"), "text/plain", []byte(evil), &r)
	if r.Error == "" {
		t.Fatalf("a javascript: URL was accepted: %+v", r)
	}
	call(t, "POST", base+"/api/articles?source="+url.QueryEscape("<script>x</script>")+"&title="+url.QueryEscape("<b>Bridge</b>"), "text/plain", []byte(evil), &r)
	if r.ID == 0 {
		t.Fatalf("post: %+v", r)
	}
	for _, path := range []string{"/", fmt.Sprintf("/stories/%d", r.Story), fmt.Sprintf("/articles/%d", r.ID), "/?q=" + url.QueryEscape("<script>")} {
		resp := call(t, "GET", base+path, "", nil, nil)
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d", path, resp.StatusCode)
		}
		if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Errorf("%s: no CSP", path)
		}
		for _, bad := range []string{"<script", "<img", `href="javascript:`, "<b>"} {
			if strings.Contains(string(body), bad) {
				t.Errorf("%s: page holds %q unescaped", path, bad)
			}
		}
	}
	resp := call(t, "GET", fmt.Sprintf("%s/articles/%d", base, r.ID), "", nil, nil)
	body, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(body), `<mark class="cited" id="c-`) {
		t.Errorf("article page highlights no cited sentence")
	}
}

// TestBackgroundBriefs checks that a story's brief follows its articles.
func TestBackgroundBriefs(t *testing.T) {
	base, _ := testServer(t, server.Config{Rate: -1})
	var r1, r2 postResult
	call(t, "POST", base+"/api/articles?published=2014-09-22", "text/plain", seed(t, "000_141ab2cd66b432d1.txt"), &r1)
	var b1 struct{ Documents []any }
	call(t, "GET", fmt.Sprintf("%s/api/stories/%d", base, r1.Story), "", nil, &b1) // made on first request
	if len(b1.Documents) != 1 {
		t.Fatalf("brief of one article has %d documents", len(b1.Documents))
	}
	call(t, "POST", base+"/api/articles?published=2014-09-22", "text/plain", seed(t, "002_1aa737ffc400d510.txt"), &r2)
	if r2.Story != r1.Story {
		t.Fatalf("second seed in story %d, first in %d", r2.Story, r1.Story)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		var b struct{ Documents []any }
		resp := call(t, "GET", fmt.Sprintf("%s/api/stories/%d", base, r1.Story), "", nil, &b)
		if resp.Header.Get("X-Brief-Stale") == "false" && len(b.Documents) == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("brief still stale after 20s: %v", resp.Header)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

type neusStory struct {
	id   string
	docs []string
}

// readNeus reads the first n stories of testdata/stream/neus.jsonl.
func readNeus(tb testing.TB, n int) []neusStory {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "stream", "neus.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []neusStory
	for _, line := range strings.SplitN(string(data), "\n", n+1)[:n] {
		var l struct {
			ID        string   `json:"id"`
			Documents []string `json:"documents"`
		}
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			tb.Fatal(err)
		}
		out = append(out, neusStory{l.ID, l.Documents})
	}
	return out
}

// TestArticleQuote: a link to a quote (from the story page's "Who said
// what") highlights that quote in its article.
func TestArticleQuote(t *testing.T) {
	base, _ := testServer(t, server.Config{Rate: -1})
	var r postResult
	text := seed(t, "000_141ab2cd66b432d1.txt")
	call(t, "POST", base+"/api/articles?published=2014-09-22", "text/plain", text, &r)
	q := `We will not do the airstrikes alone if the president decides to do the airstrikes`
	start := bytes.Index(text, []byte(q))
	resp := call(t, "GET", fmt.Sprintf("%s/articles/%d?story=%d&quote=%d-%d", base, r.ID, r.Story, start, start+len(q)), "", nil, nil)
	body, _ := io.ReadAll(resp.Body)
	want := fmt.Sprintf(`<mark class="quote" id="q-%d">%s</mark>`, start, q)
	if !strings.Contains(string(body), want) {
		t.Errorf("the article page does not hold %s", want)
	}
	// Out of range: ignored.
	if resp := call(t, "GET", fmt.Sprintf("%s/articles/%d?quote=5-999999", base, r.ID), "", nil, nil); resp.StatusCode != 200 {
		t.Errorf("quote out of range: %d", resp.StatusCode)
	}
}

// TestStoryPageForReaders checks that the story page shows what the other
// views people read show: a quote's speaker where its sentence does not
// name them, HTML character references decoded (once: the page escapes
// them again), and an ellipsis where a source's text stops mid-sentence.
func TestStoryPageForReaders(t *testing.T) {
	// The engine of "storybrief serve", which finds quotes, speakers and facts.
	eng := &pipeline.Engine{Extractor: extract.New(), Splitter: pipeline.SplitterFunc(segment.Sentences), Summarizer: summarize.Summarizer{},
		Entities: pipeline.ResolverFunc(entity.Resolve), Quotes: pipeline.QuoteFinderFunc(quote.Find), Facts: facts.New(nil)}
	base, _ := testServer(t, server.Config{Rate: -1, Engine: eng})
	page := func(story int64) string {
		t.Helper()
		call(t, "GET", fmt.Sprintf("%s/api/stories/%d?fresh=1", base, story), "", nil, nil)
		resp := call(t, "GET", fmt.Sprintf("%s/stories/%d", base, story), "", nil, nil)
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Fatalf("story page: %d", resp.StatusCode)
		}
		return string(body)
	}
	// Every sentence of a short article makes its brief; the last quotes
	// the mayor without naming her.
	var r postResult
	mayor := "The city council approved the new budget on Tuesday night after a long debate over library funding.\n\n" +
		"\"We have kept every library open for another year,\" Mayor Jane Lee said. \"The budget protects the services that families in this city use every day.\"\n"
	call(t, "POST", base+"/api/articles?source=city", "text/plain", []byte(mayor), &r)
	if body := page(r.Story); !strings.Contains(body, `use every day.&#34; <a class="cite"`) || !strings.Contains(body, `<span class="who">— Jane Lee</span>`) {
		t.Errorf("story page: the speaker of the mayor's quote is missing")
	}
	text := "AT&amp;T agreed on Monday to buy Time Warner for $85 billion, in a deal that would reshape the media industry.\n\n" +
		"Regulators in Washington are expected to review the deal closely, and the names of the lawyers advising both companies will continue to"
	call(t, "POST", base+"/api/articles?source=wire", "text/plain", []byte(text), &r)
	other := "AT&T will buy Time Warner for $85 billion, the companies said on Monday, in a deal that would reshape the media industry.\n\n" +
		"The deal would give AT&T control of HBO, CNN and the Warner Bros. film studio, and regulators are expected to review it closely."
	var r2 postResult
	call(t, "POST", base+"/api/articles?source=paper", "text/plain", []byte(other), &r2)
	if r2.Story != r.Story {
		t.Fatalf("the two reports of the deal went to stories %d and %d", r.Story, r2.Story)
	}
	body := page(r.Story)
	if strings.Contains(body, "&amp;amp;") || !strings.Contains(body, "AT&amp;T agreed") {
		t.Errorf("AT&amp;T is not decoded once on the story page")
	}
	if n := strings.Count(body, "will continue to …"); n != 2 {
		t.Errorf("the cut sentence is closed by an ellipsis %d times on the story page, want 2 (in the brief and among the facts)", n)
	}
}
