//go:build browser

package server_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/storybrief/storybrief/server"
)

// chromium finds Debian's Chromium (or $STORYBRIEF_CHROME).
func chromium() string {
	if p := os.Getenv("STORYBRIEF_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser drives the pages end to end in headless Chromium: the
// stories list, a search, the seed story's page, and a click on a citation
// that must land on the cited sentence, highlighted, in its article. It
// saves a screenshot of each step in $STORYBRIEF_SCREENSHOTS (default: a
// directory under the system's temporary directory) and logs the paths.
func TestBrowser(t *testing.T) {
	exe := chromium()
	if exe == "" {
		t.Skip("no Chromium: apt-get install chromium (.ci/run installs it), or set STORYBRIEF_CHROME")
	}
	base, _ := testServer(t, server.Config{Rate: -1})
	var seedStory int64
	for i, name := range []string{"000_141ab2cd66b432d1.txt", "001_06102e417f63830d.txt", "002_1aa737ffc400d510.txt"} {
		var r postResult
		call(t, "POST", base+"/api/articles?published=2014-09-2"+fmt.Sprint(2+i/2)+"&source="+url.QueryEscape(name), "text/plain", seed(t, name), &r)
		seedStory = r.Story
	}
	for _, st := range readNeus(t, 12) {
		for k, d := range st.docs {
			var r postResult
			call(t, "POST", base+"/api/articles?published=2014-09-2"+fmt.Sprint(k)+"&source="+url.QueryEscape(st.id), "text/plain", []byte(d), &r)
		}
	}
	var brief struct{ Summary []struct{ Text string } }
	call(t, "GET", fmt.Sprintf("%s/api/stories/%d?fresh=1", base, seedStory), "", nil, &brief)
	if len(brief.Summary) == 0 {
		t.Fatal("the seed story has no summary")
	}

	dir := os.Getenv("STORYBRIEF_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "storybrief-screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1100, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	defer cancelT()

	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", p)
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(expr string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}
	count := func(css string) int {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+"`"+css+"`"+`).length`))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	// The stories list.
	do("open the stories page", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("ol.stories")))
	stories := count("li.story")
	shot("1-stories.png")
	// Search.
	do("search", chromedp.SetValue(chromedp.ID("q"), "Zarif Kerry"), chromedp.Click(chromedp.ID("search-button")),
		chromedp.WaitVisible(chromedp.CSS("h1.results")))
	found := count("li.story")
	shot("2-search.png")
	// The seed story.
	do("open the story", chromedp.Click(chromedp.CSS("a.story-link")), chromedp.WaitVisible(chromedp.CSS("section.summary")))
	storyTitle := eval(`document.querySelector("h1").textContent`)
	shot("3-story.png")
	// A citation: it opens the article at the cited sentence.
	clicked := eval(`document.querySelector("section.summary a.cite").closest("li").firstChild.textContent`)
	do("click a citation", chromedp.Click(chromedp.CSS("section.summary a.cite")), chromedp.WaitVisible(chromedp.CSS("mark.cited:target")))
	targetTag := eval(`document.querySelector(":target").tagName`)
	targetClass := eval(`document.querySelector(":target").className`)
	cited := eval(`document.querySelector(":target").textContent`)
	location := eval(`location.href`)
	inView, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const r = document.querySelector(":target").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`))
	if err != nil {
		t.Fatal(err)
	}
	shot("4-citation.png")
	viewport, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err == nil {
		os.WriteFile(filepath.Join(dir, "5-citation-viewport.png"), viewport, 0o644)
		t.Logf("screenshot: %s", filepath.Join(dir, "5-citation-viewport.png"))
	}

	if stories < 10 {
		t.Errorf("the stories page lists %d stories", stories)
	}
	if found != 1 {
		t.Errorf("search for Zarif Kerry found %d stories, want the seed story", found)
	}
	if !strings.Contains(storyTitle, "ISIS") && !strings.Contains(storyTitle, "Iran") {
		t.Errorf("story page title %q", storyTitle)
	}
	if !strings.Contains(location, "/articles/") || !strings.Contains(location, "#c-") {
		t.Errorf("the citation led to %s", location)
	}
	if !inView {
		t.Error("the cited sentence is not in view after the click")
	}
	if targetTag != "MARK" || targetClass != "cited" {
		t.Errorf("the target is <%s class=%q>, want the highlighted sentence", targetTag, targetClass)
	}
	if norm(cited) != norm(clicked) {
		t.Errorf("the citation of %q highlights %q", clicked, cited)
	}
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }
