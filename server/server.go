package server

import (
	"context"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/store"
)

// Store is what the server needs of the storage: *store.DB.
type Store interface {
	Add(ctx context.Context, a *store.Article) (store.Result, error)
	Article(ctx context.Context, id int64, withRaw bool) (*store.Article, error)
	Story(ctx context.Context, id int64) (store.Story, error)
	Stories(ctx context.Context, q store.StoryQuery) ([]store.Story, int, error)
	StoryArticles(ctx context.Context, story int64, limit int, withRaw bool) ([]*store.Article, error)
	Brief(ctx context.Context, story int64) (*store.Brief, error)
	PutBrief(ctx context.Context, b *store.Brief) error
	StaleStories(ctx context.Context, limit int) ([]int64, error)
	Counts(ctx context.Context) (store.Counts, error)
	WriteStats() store.WriteStats
}

var _ Store = (*store.DB)(nil)

// Config sets a Server up. Store and Engine are required.
type Config struct {
	Store  Store
	Engine *pipeline.Engine
	// Budget bounds each brief (default 120 words, as "storybrief brief").
	Budget storybrief.Budget
	// Logger receives request and background logs (default: discarded).
	Logger *slog.Logger
	// Registry receives the metrics and is served on /metrics (default: a
	// new registry with the Go and process collectors).
	Registry *prometheus.Registry
	// MaxBody is the largest request body accepted, in bytes (default 8 MiB).
	MaxBody int64
	// Rate is the requests per second allowed to one client, Burst the
	// most at once (defaults 50 and 100); Rate < 0 turns the limit off.
	Rate  float64
	Burst int
	// BriefArticles is the most articles a brief is made from: the latest
	// (default 50).
	BriefArticles int
	// BriefDelay is how long a story must be quiet before its brief is
	// recomputed (default 500ms).
	BriefDelay time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Server serves the API and the pages. Create it with New; it is an
// http.Handler. Run makes the briefs in the background.
type Server struct {
	cfg     Config
	store   Store
	log     *slog.Logger
	mux     *http.ServeMux
	handler http.Handler
	pages   map[string]*template.Template
	briefs  *briefer
	limiter *limiter
	m       *metrics
}

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// New returns a Server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.Engine == nil {
		return nil, errors.New("server: Store and Engine are required")
	}
	if cfg.Budget == (storybrief.Budget{}) {
		cfg.Budget = storybrief.Budget{Words: 120}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
		cfg.Registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 8 << 20
	}
	if cfg.Rate == 0 {
		cfg.Rate = 50
	}
	if cfg.Burst <= 0 {
		cfg.Burst = max(100, int(cfg.Rate))
	}
	if cfg.BriefArticles <= 0 {
		cfg.BriefArticles = 50
	}
	if cfg.BriefDelay <= 0 {
		cfg.BriefDelay = 500 * time.Millisecond
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s := &Server{cfg: cfg, store: cfg.Store, log: cfg.Logger, mux: http.NewServeMux()}
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	s.m = newMetrics(cfg.Registry, cfg.Store)
	s.briefs = newBriefer(s)
	if cfg.Rate > 0 {
		s.limiter = newLimiter(cfg.Rate, cfg.Burst, cfg.Now)
	}
	s.routes()
	s.handler = s.middleware(s.mux)
	return s, nil
}

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Run makes briefs in the background until ctx ends, starting with the
// stories whose briefs are missing or stale; it returns once the brief in
// progress is stored.
func (s *Server) Run(ctx context.Context) { s.briefs.run(ctx) }

// Article adds one article through the server's pipeline: extraction, the
// store, and a mark on its story for the background briefs. It is what
// POST /api/articles does, for other feeders (feeds) in the same process.
func (s *Server) Article(ctx context.Context, in Input) (store.Result, error) {
	return s.add(ctx, in)
}

func (s *Server) routes() {
	s.handle("GET /api/stories", s.apiStories)
	s.handle("GET /api/stories/{id}", s.apiStory)
	s.handle("GET /api/articles/{id}", s.apiArticle)
	s.handle("POST /api/articles", s.apiPost)
	s.handle("GET /healthz", s.healthz)
	s.mux.Handle("GET /metrics", s.m.instrument("/metrics", promhttp.HandlerFor(s.cfg.Registry, promhttp.HandlerOpts{})))
	s.handle("GET /{$}", s.pageStories)
	s.handle("GET /stories/{id}", s.pageStory)
	s.handle("GET /articles/{id}", s.pageArticle)
	static, _ := fs.Sub(staticFS, "static")
	s.mux.Handle("GET /static/", s.m.instrument("/static/", http.StripPrefix("/static/", cacheFor(24*time.Hour, http.FileServerFS(static)))))
	s.mux.Handle("/api/", s.m.instrument("/api/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, &httpError{http.StatusNotFound, "no such API endpoint: " + r.Method + " " + r.URL.Path})
	})))
}

// handlerFunc is a handler that returns its error, for s.error to write.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle registers h for pattern, with metrics labelled by the pattern.
func (s *Server) handle(pattern string, h handlerFunc) {
	s.mux.Handle(pattern, s.m.instrument(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.error(w, r, err)
		}
	})))
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age="+itoa(int64(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}
