//go:build browser

package render_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/facts"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/quote"
	"github.com/storybrief/storybrief/render"
	"github.com/storybrief/storybrief/segment"
	"github.com/storybrief/storybrief/summarize"
)

// chrome finds a Chromium or Chrome binary: $STORYBRIEF_CHROME, else the
// usual names on PATH.
func chrome() string {
	if p := os.Getenv("STORYBRIEF_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// seedPage renders the seed story's brief as the CLI does.
func seedPage(tb testing.TB) []byte {
	tb.Helper()
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(files) != 3 {
		tb.Fatalf("want 3 seed files, found %d", len(files))
	}
	var st ingest.Story
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		st.Docs = append(st.Docs, ingest.Raw{Source: f, Data: data})
	}
	bg, err := summarize.DefaultBackground()
	if err != nil {
		tb.Fatal(err)
	}
	eng := &pipeline.Engine{Extractor: extract.New(), Splitter: pipeline.SplitterFunc(segment.Sentences), Summarizer: summarize.Summarizer{},
		Entities: pipeline.ResolverFunc(entity.Resolve), Quotes: pipeline.QuoteFinderFunc(quote.Find), Facts: facts.New(bg)}
	docs, problems := eng.Documents(context.Background(), st)
	if len(problems) > 0 {
		tb.Fatal(problems)
	}
	b := eng.Brief(docs, storybrief.Budget{Words: 120})
	var buf bytes.Buffer
	if err := render.Brief(&buf, "", b, nil, render.Options{Format: render.HTML}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// TestBrowserCitation opens the seed story's page in headless Chromium,
// clicks a citation of the summary and of the disputed facts, and checks
// that the sentence each points to is highlighted and in view. It writes
// screenshots (brief-citation.png, brief-top.png) to the folder
// $STORYBRIEF_SCREENSHOTS when set. It skips when no Chromium is installed
// (apt-get install chromium).
func TestBrowserCitation(t *testing.T) {
	exe := chrome()
	if exe == "" {
		t.Skip("no chromium on PATH (set STORYBRIEF_CHROME)")
	}
	page := seedPage(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	for _, section := range []string{"#summary", "#disputed .denial"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.CSS(section))); err != nil {
			t.Fatalf("%s: %v", section, err)
		}
		attr, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(section+" a.cite"), "data-target"))
		if err != nil {
			t.Fatalf("%s: %v", section, err)
		}
		target := attr.Value
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(section+" a.cite")), chromedp.Sleep(300*time.Millisecond)); err != nil {
			t.Fatalf("%s: click: %v", section, err)
		}
		highlighted, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(function(){var e=document.querySelector(".s.hl");return e?e.id:""})()`))
		if err != nil {
			t.Fatal(err)
		}
		inView, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function(){var e=document.querySelector(".s.hl");if(!e)return false;var r=e.getBoundingClientRect();return r.top>=0&&r.bottom<=window.innerHeight})()`))
		if err != nil {
			t.Fatal(err)
		}
		if target == "" || highlighted != target {
			t.Errorf("%s: clicked citation to %q, highlighted %q", section, target, highlighted)
		}
		if !inView {
			t.Errorf("%s: highlighted sentence %s is not in view", section, highlighted)
		}
		cited, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById(`+jsString(target)+`).classList.contains("cited")`))
		if err != nil {
			t.Fatal(err)
		}
		if !cited {
			t.Errorf("%s: sentence %s is not marked as cited", section, target)
		}
		t.Logf("%s: the citation to %s highlights it in its article", section, target)
	}
	if dir := os.Getenv("STORYBRIEF_SCREENSHOTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "brief-citation.png")
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", out)
		if err := chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS("header"))); err == nil {
			if top, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()); err == nil {
				out := filepath.Join(dir, "brief-top.png")
				if err := os.WriteFile(out, top, 0o644); err == nil {
					t.Logf("screenshot of the top: %s", out)
				}
			}
		}
	}
}

func jsString(s string) string {
	var b bytes.Buffer
	b.WriteByte('"')
	for _, r := range s {
		if r == '"' || r == '\\' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}
