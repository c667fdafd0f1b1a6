package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/render"
	"github.com/storybrief/storybrief/store"
)

// briefer recomputes the briefs of changed stories in the background.
type briefer struct {
	s      *Server
	mu     sync.Mutex
	marked map[int64]time.Time // story → when an article last joined it
	calls  map[int64]*call     // briefs being made now
	wake   chan struct{}
}

// call is one brief being made; others wanting it wait on done.
type call struct {
	done chan struct{}
	err  error
}

func newBriefer(s *Server) *briefer {
	return &briefer{s: s, marked: map[int64]time.Time{}, calls: map[int64]*call{}, wake: make(chan struct{}, 1)}
}

// mark notes that a story changed.
func (b *briefer) mark(id int64) {
	b.mu.Lock()
	b.marked[id] = b.s.cfg.Now()
	b.s.m.pending.Set(float64(len(b.marked)))
	b.mu.Unlock()
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

// due takes the marked stories that have been quiet for BriefDelay, and
// says how long until the next one is due.
func (b *briefer) due() ([]int64, time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.s.cfg.Now()
	next := time.Duration(-1)
	var ids []int64
	for id, t := range b.marked {
		wait := t.Add(b.s.cfg.BriefDelay).Sub(now)
		if wait <= 0 {
			ids = append(ids, id)
			delete(b.marked, id)
			continue
		}
		if next < 0 || wait < next {
			next = wait
		}
	}
	b.s.m.pending.Set(float64(len(b.marked)))
	return ids, next
}

// run makes briefs until ctx ends: marked stories once quiet, and, when
// none is due, the stories whose briefs are missing or stale in the store
// (those left by "storybrief ingest" or by a restart).
func (b *briefer) run(ctx context.Context) {
	failed := map[int64]bool{} // backlog stories that failed: not retried in this run
	backlog := true
	for ctx.Err() == nil {
		ids, next := b.due()
		if len(ids) > 0 {
			for _, id := range ids {
				if ctx.Err() != nil {
					return
				}
				b.now(context.WithoutCancel(ctx), id)
			}
			continue
		}
		if backlog {
			stale, err := b.s.store.StaleStories(ctx, 200)
			if err != nil && ctx.Err() == nil {
				b.s.log.Error("list stale briefs", "err", err)
			}
			did := 0
			for _, id := range stale {
				if failed[id] || ctx.Err() != nil {
					continue
				}
				if err := b.now(context.WithoutCancel(ctx), id); err != nil {
					failed[id] = true
				}
				did++
				if ids, _ := b.peek(); ids {
					break // live stories first
				}
			}
			if did > 0 {
				continue
			}
			backlog = false
		}
		var timer <-chan time.Time
		if next >= 0 {
			timer = time.After(next)
		}
		select {
		case <-ctx.Done():
			return
		case <-b.wake:
		case <-timer:
		case <-time.After(time.Minute):
			backlog = true // look for stale stories now and then
		}
	}
}

// peek reports whether any marked story is due.
func (b *briefer) peek() (bool, time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.s.cfg.Now()
	for _, t := range b.marked {
		if !t.Add(b.s.cfg.BriefDelay).After(now) {
			return true, 0
		}
	}
	return false, 0
}

// now makes a story's brief and stores it; if it is being made already,
// now waits for that instead.
func (b *briefer) now(ctx context.Context, id int64) error {
	b.mu.Lock()
	if c := b.calls[id]; c != nil {
		b.mu.Unlock()
		select {
		case <-c.done:
			return c.err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	c := &call{done: make(chan struct{})}
	b.calls[id] = c
	b.mu.Unlock()
	c.err = b.safeMake(ctx, id)
	b.mu.Lock()
	delete(b.calls, id)
	b.mu.Unlock()
	close(c.done)
	if c.err != nil && !errors.Is(c.err, context.Canceled) {
		b.s.log.Error("brief", "story", id, "err", c.err)
	}
	return c.err
}

// safeMake is make with a panic in the pipeline turned into an error: one
// story that trips a bug must not stop the service.
func (b *briefer) safeMake(ctx context.Context, id int64) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("brief of story %d: panic: %v", id, v)
			b.s.log.Error("brief panicked", "story", id, "panic", v, "stack", string(debug.Stack()))
		}
	}()
	return b.make(ctx, id)
}

// make computes one story's brief from its latest articles, through the
// same engine and renderer as "storybrief brief --format json".
func (b *briefer) make(ctx context.Context, id int64) error {
	start := time.Now()
	st, err := b.s.store.Story(ctx, id)
	if err != nil {
		return err
	}
	arts, err := b.s.store.StoryArticles(ctx, id, b.s.cfg.BriefArticles, true)
	if err != nil {
		return err
	}
	in := ingest.Story{ID: itoa(id), Source: "story " + itoa(id)}
	for _, a := range arts {
		in.Docs = append(in.Docs, ingest.Raw{Source: a.Source, Data: a.Raw, Title: a.Title}) // a headline its story gave it stays
	}
	docs, problems := b.s.cfg.Engine.Documents(ctx, in)
	if err := ctx.Err(); err != nil {
		return err
	}
	br := b.s.cfg.Engine.Brief(docs, b.s.cfg.Budget)
	var buf bytes.Buffer
	if err := render.Brief(&buf, in.ID, br, problems, render.Options{Format: render.JSON}); err != nil {
		return err
	}
	// Documents keep the input order, skipping those that failed: match
	// them to the articles by source, in order.
	ids := map[string]int64{}
	k := 0
	for _, a := range arts {
		if k < len(docs) && docs[k].Source == a.Source {
			ids[docs[k].ID] = a.ID
			k++
		}
	}
	var summary strings.Builder
	for _, s := range br.Summary {
		summary.WriteString(s.Text)
		summary.WriteByte('\n')
	}
	err = b.s.store.PutBrief(ctx, &store.Brief{Story: id, Version: st.Version, JSON: buf.Bytes(), Docs: ids,
		Computed: b.s.cfg.Now(), Title: render.Headline(br), Summary: summary.String()})
	if err != nil {
		return err
	}
	b.s.m.briefs.Inc()
	b.s.m.briefDur.Observe(time.Since(start).Seconds())
	b.s.log.Debug("brief made", "story", id, "version", st.Version, "articles", len(arts), "took", time.Since(start))
	return nil
}
