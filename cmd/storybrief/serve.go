package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/cluster"
	"github.com/storybrief/storybrief/feed"
	"github.com/storybrief/storybrief/server"
	"github.com/storybrief/storybrief/store"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "[flags]", `
Serve runs storybrief as a service: articles come in through the API
(POST /api/articles), from RSS and Atom feeds (--feed) or from
"storybrief ingest" into the same database; each joins the story it
belongs to or starts one, and each story's brief is kept current in the
background. It serves the JSON API under /api/, the web pages under /,
/healthz and Prometheus metrics on /metrics.

With no flags it keeps its database in ./storybrief.db and listens on
localhost:8080. It stops gracefully on interrupt: requests in flight and
their writes finish first.`)
	dbPath := fs.String("db", "storybrief.db", "SQLite database file (created if missing)")
	addr := fs.String("addr", "localhost:8080", "address to listen on (host:port; port 0 picks a free one)")
	words := fs.Int("words", 120, "brief length budget in words (0: no word budget)")
	sentences := fs.Int("sentences", 0, "brief length budget in sentences (0: no sentence budget)")
	maxBody := fs.Int64("max-body", 8<<20, "largest request body accepted, in bytes")
	rate := fs.Float64("rate", 50, "requests per second allowed to one client (negative: no limit)")
	burst := fs.Int("burst", 100, "requests one client may make at once")
	window := fs.Duration("window", 72*time.Hour, "how long a story stays open to new articles after its latest one")
	var feeds multiFlag
	fs.Var(&feeds, "feed", "RSS or Atom feed URL to poll (repeat for more; remembered in the database)")
	poll := fs.Duration("poll", 15*time.Minute, "how often each feed is polled")
	logLevel := fs.String("log-level", "info", "log level: debug, info, warn or error")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{"serve takes no arguments"}
	}
	if *words < 0 || *sentences < 0 || (*words == 0 && *sentences == 0) {
		return usageError{"set a budget: --words N or --sentences N, not negative"}
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return usageError{"--log-level: " + err.Error()}
	}
	budget := storybrief.Budget{Words: *words, Sentences: *sentences}
	if *sentences > 0 && !flagSet(fs, "words") {
		budget.Words = 0
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))

	db, err := store.Open(ctx, *dbPath, store.Options{Grouper: cluster.New(cluster.Config{Window: *window}), Logger: log})
	if err != nil {
		return err
	}
	srv, err := server.New(server.Config{Store: db, Engine: newEngine(), Budget: budget, Logger: log,
		MaxBody: *maxBody, Rate: *rate, Burst: *burst})
	if err != nil {
		db.Close()
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		db.Close()
		return err
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}

	bg, stopBG := context.WithCancel(context.WithoutCancel(ctx))
	var wg sync.WaitGroup
	wg.Go(func() { srv.Run(bg) })
	if err := startFeeds(bg, &wg, db, srv, feeds, *poll, log); err != nil {
		stopBG()
		db.Close()
		return err
	}

	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String(), "url", "http://"+ln.Addr().String()+"/", "db", *dbPath)

	select {
	case err = <-served:
	case <-ctx.Done():
		log.Info("shutting down: finishing requests in flight")
		sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		err = hs.Shutdown(sctx)
		cancel()
	}
	stopBG()
	wg.Wait()
	if cerr := db.Close(); cerr != nil {
		err = errors.Join(err, cerr)
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	if err == nil {
		log.Info("stopped")
	}
	return err
}

// multiFlag collects a repeated string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint([]string(*m)) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// startFeeds registers the feeds given on the command line and starts
// polling the database's feeds, if it has any.
func startFeeds(ctx context.Context, wg *sync.WaitGroup, db *store.DB, srv *server.Server, urls []string, every time.Duration, log *slog.Logger) error {
	for _, u := range urls {
		if _, err := db.AddFeed(ctx, u); err != nil {
			return fmt.Errorf("--feed %s: %w", u, err)
		}
	}
	feeds, err := db.Feeds(ctx)
	if err != nil || len(feeds) == 0 {
		return err
	}
	p := &feed.Poller{
		Store:   db,
		Fetcher: &feed.Fetcher{UserAgent: "storybrief/1 (news desk; polite: one request per host every 2s)"},
		Every:   every,
		Logger:  log,
		Sink: feed.SinkFunc(func(ctx context.Context, it feed.Item) error {
			_, err := srv.Article(ctx, server.Input{Data: it.Data, URL: it.URL, Title: it.Title, Published: it.Published})
			return err
		}),
	}
	log.Info("polling feeds", "feeds", len(feeds), "every", every.String())
	wg.Go(func() { p.Run(ctx) })
	return nil
}
