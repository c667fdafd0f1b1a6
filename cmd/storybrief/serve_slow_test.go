//go:build slow

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/storybrief/storybrief/store"
)

// The tests in this file build the storybrief binary and run "serve" as a
// separate process on loopback: a crash test (kill -9 during a bulk
// ingest) and a load test. They run with -tags slow (.ci/run does).

// buildBinary builds storybrief into a temporary directory.
func buildBinary(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "storybrief")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// proc is a serve process.
type proc struct {
	cmd  *exec.Cmd
	base string
	done chan error
}

// startProc starts "storybrief serve" on db and waits until it listens.
func startProc(tb testing.TB, bin, db string, extra ...string) *proc {
	tb.Helper()
	args := append([]string{"serve", "-db", db, "-addr", "127.0.0.1:0", "-rate", "-1", "-log-level", "info"}, extra...)
	cmd := exec.Command(bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	p := &proc{cmd: cmd, done: make(chan error, 1)}
	url := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if m := listenRE.FindStringSubmatch(line); m != nil {
				url <- m[1]
			}
			if strings.Contains(line, "level=ERROR") || strings.Contains(line, "panic") {
				tb.Logf("serve: %s", line)
			}
		}
		p.done <- cmd.Wait()
	}()
	select {
	case p.base = <-url:
	case err := <-p.done:
		tb.Fatalf("serve exited before listening: %v", err)
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		tb.Fatal("serve did not listen within 60s")
	}
	tb.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// corpus returns up to n articles with unique URLs: the Multi-News
// validation split when $STORYBRIEF_DATA (or ../../../shared/data) has it,
// else the stream of testdata; each story on a random day of 30, its
// articles hours apart, in time order.
func corpus(tb testing.TB, n int) []streamItem {
	tb.Helper()
	dir := os.Getenv("STORYBRIEF_DATA")
	if dir == "" {
		dir = "../../../shared/data"
	}
	var stories []storyLine
	if p := filepath.Join(dir, "multinews/validation.jsonl.gz"); fileExists(p) {
		stories = readStories(tb, p)
		if p := filepath.Join(dir, "multinews/train.jsonl.gz"); fileExists(p) && len(stories) < n {
			stories = append(stories, readStories(tb, p)[:n/2]...)
		}
	} else {
		stories = append(readStories(tb, "../../testdata/stream/multinews.jsonl.gz"), readStories(tb, "../../testdata/stream/neus.jsonl")...)
	}
	rng := rand.New(rand.NewPCG(10, 10))
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var items []streamItem
	for _, st := range stories {
		start := t0.Add(time.Duration(rng.IntN(30*24)) * time.Hour)
		for k, d := range st.docs {
			items = append(items, streamItem{story: st.id, url: fmt.Sprintf("https://news.example/%s/%d", st.id, k+1),
				data: []byte(d), time: start.Add(time.Duration(rng.IntN(36)) * time.Hour)})
		}
	}
	slices.SortStableFunc(items, func(a, b streamItem) int { return a.time.Compare(b.time) })
	if len(items) > n {
		items = items[:n]
	}
	return items
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// TestCrash kills serve with SIGKILL in the middle of a bulk ingest, three
// times, and checks after each that every article it acknowledged is
// stored, that the database passes PRAGMA integrity_check, and that serve
// starts again on it and serves them.
func TestCrash(t *testing.T) {
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "crash.db")
	items := corpus(t, 3000)
	var acked []posted // every acknowledged article, over all rounds
	ackedURL := map[int64]string{}
	next := 0
	for round := 1; round <= 3; round++ {
		p := startProc(t, bin, db)
		// Check what earlier rounds acknowledged, through the API.
		for _, a := range acked {
			var art struct{ ID int64 }
			getJSON(t, fmt.Sprintf("%s/api/articles/%d", p.base, a.ID), &art)
		}
		var mu sync.Mutex
		var roundAcked, failed atomic.Int64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		client := &http.Client{Timeout: 30 * time.Second}
		var idx atomic.Int64
		idx.Store(int64(next))
		for range 8 {
			wg.Go(func() {
				for {
					select {
					case <-stop:
						return
					default:
					}
					i := int(idx.Add(1) - 1)
					if i >= len(items) {
						return
					}
					r, err := post(client, p.base, items[i])
					if err != nil || (r.status != 201 && r.status != 200) {
						failed.Add(1) // not acknowledged: no promise made
						continue
					}
					mu.Lock()
					acked = append(acked, r)
					if !r.Duplicate {
						ackedURL[r.ID] = items[i].url
					} else if _, ok := ackedURL[r.ID]; !ok {
						ackedURL[r.ID] = "" // a duplicate: the stored article's URL is another's
					}
					mu.Unlock()
					roundAcked.Add(1)
				}
			})
		}
		// Kill it once it has acknowledged a few hundred articles, with
		// requests in flight.
		deadline := time.Now().Add(2 * time.Minute)
		for roundAcked.Load() < 300 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		<-p.done
		close(stop)
		wg.Wait()
		next = int(idx.Load())
		t.Logf("round %d: killed with SIGKILL after %d acknowledged articles (%d requests failed with it)", round, roundAcked.Load(), failed.Load())

		// The database as the crash left it.
		st, err := store.Open(context.Background(), db, store.Options{})
		if err != nil {
			t.Fatalf("round %d: reopen: %v", round, err)
		}
		if err := st.Check(context.Background()); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		missing := 0
		for id, u := range ackedURL {
			a, err := st.Article(context.Background(), id, false)
			if want, _ := store.CanonicalURL(u); err != nil || (u != "" && a.URL != want) {
				missing++
				if missing < 5 {
					t.Errorf("round %d: acknowledged article %d (%s) lost: %v", round, id, u, err)
				}
			}
		}
		n, _ := st.Counts(context.Background())
		st.Close()
		if missing > 0 {
			t.Fatalf("round %d: %d of %d acknowledged articles lost", round, missing, len(ackedURL))
		}
		t.Logf("round %d: integrity_check ok; all %d acknowledged articles stored (%d articles, %d stories in the database)", round, len(ackedURL), n.Articles, n.Stories)
	}
	// A last start, and a graceful stop.
	p := startProc(t, bin, db)
	var health struct {
		Status   string
		Articles int
	}
	getJSON(t, p.base+"/healthz", &health)
	if health.Status != "ok" || health.Articles < len(ackedURL) {
		t.Errorf("healthz after the crashes: %+v", health)
	}
	p.cmd.Process.Signal(os.Interrupt)
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("serve after an interrupt: %v", err)
		}
	case <-time.After(40 * time.Second):
		t.Error("serve did not stop within 40s of an interrupt")
	}
}

// TestLoad posts 10,000 articles to serve over loopback with 8 clients,
// then measures GET /api/stories/{id} under 8 clients, and reports
// ingest throughput, latency percentiles and the server's memory. Set
// $STORYBRIEF_LOAD_REPORT to also write the figures as JSON.
func TestLoad(t *testing.T) {
	const articles, clients = 10000, 8
	bin := buildBinary(t)
	items := corpus(t, articles)
	if len(items) < articles {
		t.Logf("only %d articles at hand (the shared Multi-News data is missing): a smaller run", len(items))
	}
	p := startProc(t, bin, filepath.Join(t.TempDir(), "load.db"))
	client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}

	start := time.Now()
	var idx, added, dups atomic.Int64
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for {
				i := int(idx.Add(1) - 1)
				if i >= len(items) {
					return
				}
				r, err := post(client, p.base, items[i])
				switch {
				case err != nil:
					t.Errorf("post: %v", err)
					return
				case r.Duplicate:
					dups.Add(1)
				case r.status == 201:
					added.Add(1)
				}
			}
		})
	}
	wg.Wait()
	ingest := time.Since(start)
	rate := float64(len(items)) / ingest.Seconds()
	rss, hwm := procMemory(t, p.cmd.Process.Pid)
	heap := metric(t, p.base, "go_memstats_heap_inuse_bytes")
	var health struct{ Articles, Stories int }
	getJSON(t, p.base+"/healthz", &health)
	t.Logf("ingest: %d articles (%d stored, %d duplicates) in %s with %d clients: %.0f articles/s", len(items), added.Load(), dups.Load(), ingest.Round(time.Millisecond), clients, rate)
	t.Logf("memory after %d articles (%d stories): RSS %.0f MiB (peak %.0f MiB), Go heap in use %.0f MiB", health.Articles, health.Stories, rss/(1<<20), hwm/(1<<20), heap/(1<<20))

	// The stories to read: the 200 largest; their briefs made once (cold).
	var list struct{ Stories []struct{ ID int64 } }
	getJSON(t, p.base+"/api/stories?sort=largest&limit=200", &list)
	var cold []time.Duration
	for _, s := range list.Stories {
		t0 := time.Now()
		resp, err := client.Get(fmt.Sprintf("%s/api/stories/%d?fresh=1", p.base, s.ID))
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		cold = append(cold, time.Since(t0))
	}
	const gets = 20000
	lat := make([]time.Duration, gets)
	idx.Store(0)
	start = time.Now()
	for range clients {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
			for {
				i := int(idx.Add(1) - 1)
				if i >= gets {
					return
				}
				id := list.Stories[rng.IntN(len(list.Stories))].ID
				t0 := time.Now()
				resp, err := client.Get(fmt.Sprintf("%s/api/stories/%d", p.base, id))
				if err != nil {
					t.Errorf("get: %v", err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					t.Errorf("get story %d: %d", id, resp.StatusCode)
				}
				lat[i] = time.Since(t0)
			}
		})
	}
	wg.Wait()
	took := time.Since(start)
	p50, p99, max := percentiles(lat)
	c50, c99, _ := percentiles(cold)
	t.Logf("GET /api/stories/{id}: %d requests, %d clients, %.0f requests/s: p50 %s, p99 %s, max %s", gets, clients, gets/took.Seconds(), p50, p99, max)
	t.Logf("first GET of a story, brief made on the spot (fresh=1, one client): p50 %s, p99 %s", c50, c99)
	rss2, hwm2 := procMemory(t, p.cmd.Process.Pid)
	t.Logf("memory after the reads: RSS %.0f MiB (peak %.0f MiB)", rss2/(1<<20), hwm2/(1<<20))
	if out := os.Getenv("STORYBRIEF_LOAD_REPORT"); out != "" {
		b, _ := json.MarshalIndent(map[string]any{
			"articles": len(items), "stored": added.Load(), "duplicates": dups.Load(), "stories": health.Stories,
			"ingest_seconds": ingest.Seconds(), "articles_per_second": rate, "clients": clients,
			"rss_mib": rss / (1 << 20), "peak_rss_mib": hwm / (1 << 20), "heap_inuse_mib": heap / (1 << 20),
			"get_p50_ms": ms(p50), "get_p99_ms": ms(p99), "get_max_ms": ms(max), "gets": gets,
			"cold_p50_ms": ms(c50), "cold_p99_ms": ms(c99),
		}, "", "  ")
		os.WriteFile(out, b, 0o644)
	}
	p.cmd.Process.Signal(os.Interrupt)
	<-p.done
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func percentiles(d []time.Duration) (p50, p99, max time.Duration) {
	s := slices.Clone(d)
	slices.Sort(s)
	if len(s) == 0 {
		return
	}
	return s[len(s)/2], s[len(s)*99/100], s[len(s)-1]
}

// procMemory returns the resident set size of a process and its peak, in
// bytes, from /proc.
func procMemory(tb testing.TB, pid int) (rss, peak float64) {
	tb.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		tb.Logf("memory: %v", err)
		return 0, 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(f[1], 64)
		switch f[0] {
		case "VmRSS:":
			rss = kb * 1024
		case "VmHWM:":
			peak = kb * 1024
		}
	}
	return rss, peak
}

// metric reads one unlabelled metric from /metrics.
func metric(tb testing.TB, base, name string) float64 {
	tb.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f
		}
	}
	return 0
}
