package server

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/storybrief/storybrief/store"
)

// metrics are the server's Prometheus metrics.
type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	articles *prometheus.CounterVec
	limited  prometheus.Counter
	briefs   prometheus.Counter
	briefDur prometheus.Histogram
	pending  prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer, st Store) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "storybrief_http_requests_total",
			Help: "HTTP requests by route and status code."}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "storybrief_http_request_duration_seconds",
			Help: "HTTP request latency by route.", Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 12)}, []string{"route"}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "storybrief_articles_total",
			Help: "Articles received, by result: added, duplicate, rejected."}, []string{"result"}),
		limited: prometheus.NewCounter(prometheus.CounterOpts{Name: "storybrief_rate_limited_total",
			Help: "Requests refused by the per-client rate limit."}),
		briefs: prometheus.NewCounter(prometheus.CounterOpts{Name: "storybrief_briefs_total",
			Help: "Briefs computed."}),
		briefDur: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "storybrief_brief_duration_seconds",
			Help: "Time to compute one brief.", Buckets: prometheus.ExponentialBuckets(0.005, 2, 12)}),
		pending: prometheus.NewGauge(prometheus.GaugeOpts{Name: "storybrief_briefs_pending",
			Help: "Stories marked for a new brief."}),
	}
	counts := func(pick func(c store.Counts) int64) func() float64 {
		return func() float64 {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			c, err := st.Counts(ctx)
			if err != nil {
				return -1
			}
			return float64(pick(c))
		}
	}
	reg.MustRegister(m.requests, m.latency, m.articles, m.limited, m.briefs, m.briefDur, m.pending,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "storybrief_stored_articles", Help: "Articles in the store."},
			counts(func(c store.Counts) int64 { return c.Articles })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "storybrief_stories", Help: "Stories in the store."},
			counts(func(c store.Counts) int64 { return c.Stories })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "storybrief_stale_briefs", Help: "Stories whose brief is missing or older than the story."},
			counts(func(c store.Counts) int64 { return c.Stale })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "storybrief_commits_total", Help: "Store transactions committed by the writer."},
			func() float64 { return float64(st.WriteStats().Commits) }),
	)
	return m
}

// instrument counts and times the requests h serves under route.
func (m *metrics) instrument(route string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw, ok := w.(*statusWriter)
		if !ok {
			sw = &statusWriter{ResponseWriter: w}
		}
		h.ServeHTTP(sw, r)
		code := sw.status
		if code == 0 {
			code = http.StatusOK
		}
		m.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
		m.latency.WithLabelValues(route).Observe(time.Since(start).Seconds())
	})
}
