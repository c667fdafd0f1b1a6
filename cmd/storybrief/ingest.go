package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/cluster"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/render"
	"github.com/storybrief/storybrief/store"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "ingest", "[flags] PATH...", `
Ingest adds articles to the database that "storybrief serve" uses (the two
may run at the same time): every document of the inputs is cleaned, stored
once (a document whose URL or text is already stored is a duplicate), and
joins the story it belongs to or starts one. Briefs are made by serve, in
the background.

PATH is a file, a directory (read recursively, skipping hidden files and
README-like notes and reference summaries such as reference-brief.txt) or -
for standard input. A
JSON Lines file adds every document of every line; the lines' grouping is
not trusted: documents are grouped as they arrive. A progress bar shows on
standard error when it is a terminal.`)
	dbPath := fs.String("db", "storybrief.db", "SQLite database file (created if missing)")
	published := fs.String("published", "", "published time of the articles (RFC 3339 or a date; default: now)")
	window := fs.Duration("window", 72*time.Hour, "how long a story stays open to new articles after its latest one")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents cleaned at once")
	progress := fs.String("progress", "auto", "progress bar: auto (when standard error is a terminal), always or never")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usageError{"no input: name files, directories or - for standard input"}
	}
	var when time.Time
	if *published != "" {
		for _, layout := range []string{time.RFC3339, "2006-01-02"} {
			if t, err := time.Parse(layout, *published); err == nil {
				when = t
				break
			}
		}
		if when.IsZero() {
			return usageError{"--published: want an RFC 3339 time or a date (2006-01-02)"}
		}
	}
	show := e.errTTY
	switch *progress {
	case "auto":
	case "always":
		show = true
	case "never":
		show = false
	default:
		return usageError{"--progress: want auto, always or never"}
	}
	if *workers < 1 {
		return usageError{"--workers must be at least 1"}
	}

	// Count the documents first, for the bar, unless standard input is
	// among the inputs (it can be read only once).
	total := int64(-1)
	if show && !slices.Contains(rest, "-") {
		total = 0
		rd := ingest.NewReader(rest, nil)
		for rd.Scan() {
			total += int64(len(rd.Story().Docs))
		}
	}

	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, err := store.Open(ctx, *dbPath, store.Options{Grouper: cluster.New(cluster.Config{Window: *window}), Logger: log})
	if err != nil {
		return err
	}
	bar := progressbar.NewOptions64(total, progressbar.OptionSetWriter(e.stderr), progressbar.OptionSetVisibility(show),
		progressbar.OptionSetDescription("ingest"), progressbar.OptionShowCount(), progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"), progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetPredictTime(true), progressbar.OptionClearOnFinish())

	eng := newEngine()
	eng.Workers = 1
	start := time.Now()
	var (
		mu       sync.Mutex
		problems storybrief.ErrorList
		added    int
		dups     int
		stories  int
		wg       sync.WaitGroup
		jobs     = make(chan ingest.Raw)
	)
	for range *workers {
		wg.Go(func() {
			for raw := range jobs {
				res, err := addRaw(ctx, db, eng, raw, when)
				mu.Lock()
				switch {
				case err != nil:
					problems.Add(raw.Source, err)
				case res.Duplicate:
					dups++
				default:
					added++
					if res.NewStory {
						stories++
					}
				}
				mu.Unlock()
				bar.Add(1)
			}
		})
	}
	rd := ingest.NewReader(rest, e.stdin)
feed:
	for rd.Scan() {
		for _, raw := range rd.Story().Docs {
			select {
			case jobs <- raw:
			case <-ctx.Done():
				break feed
			}
		}
	}
	close(jobs)
	wg.Wait()
	bar.Finish()
	cerr := db.Close()
	took := time.Since(start)
	problems = append(rd.Problems(), problems...)
	fmt.Fprintf(e.stdout, "%s added (%s), %s, %d skipped, in %s (%.0f articles/s) → %s\n",
		render.Plural(added, "article"), render.Plural(stories, "new story"), render.Plural(dups, "duplicate"),
		len(problems), took.Round(time.Millisecond), float64(added+dups)/took.Seconds(), *dbPath)
	if err := errors.Join(rd.Err(), cerr, ctx.Err()); err != nil {
		return err
	}
	if added+dups == 0 {
		if len(problems) > 0 {
			return errors.Join(errors.New("no article could be read"), problems)
		}
		return errors.New("no article could be read")
	}
	return partial(problems)
}

// addRaw cleans one document and stores it.
func addRaw(ctx context.Context, db *store.DB, eng interface {
	Extract(source string, data []byte) (*storybrief.Document, error)
}, raw ingest.Raw, published time.Time) (res store.Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v", v)
		}
	}()
	doc, err := eng.Extract(raw.Source, raw.Data)
	if err != nil {
		return store.Result{}, err
	}
	return db.Add(ctx, store.FromDocument(doc, raw.Data, "", published))
}
