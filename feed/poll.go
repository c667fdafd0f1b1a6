package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/storybrief/storybrief/store"
)

// Store keeps the feeds and knows which article URLs are stored:
// *store.DB.
type Store interface {
	Feeds(ctx context.Context) ([]store.Feed, error)
	PutFeed(ctx context.Context, f store.Feed) error
	HasURL(ctx context.Context, u string) (bool, error)
}

var _ Store = (*store.DB)(nil)

// Item is one article found through a feed.
type Item struct {
	URL       string
	Title     string
	Published time.Time // zero when the feed gives no time
	Data      []byte    // the page, or the feed's full text wrapped as a page
}

// Sink takes the articles found.
type Sink interface {
	Add(ctx context.Context, it Item) error
}

// SinkFunc adapts a function to Sink.
type SinkFunc func(ctx context.Context, it Item) error

// Add calls f(ctx, it).
func (f SinkFunc) Add(ctx context.Context, it Item) error { return f(ctx, it) }

// Poller polls the store's feeds on a schedule.
type Poller struct {
	Store   Store
	Sink    Sink
	Fetcher *Fetcher
	// Every is the time between two polls of one feed (default 15m).
	Every time.Duration
	// MaxItems is the most items taken from one poll of a feed, newest
	// first (default 50).
	MaxItems int
	// FullText is the least text, in bytes, that an item's content in the
	// feed must have to be taken as the article without fetching its page
	// (default 1500).
	FullText int
	Logger   *slog.Logger
}

func (p *Poller) every() time.Duration {
	if p.Every <= 0 {
		return 15 * time.Minute
	}
	return p.Every
}

func (p *Poller) log() *slog.Logger {
	if p.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.Logger
}

// Run polls each feed when it is due, until ctx ends.
func (p *Poller) Run(ctx context.Context) {
	for ctx.Err() == nil {
		feeds, err := p.Store.Feeds(ctx)
		if err != nil && ctx.Err() == nil {
			p.log().Error("feeds", "err", err)
		}
		wait := p.every()
		for _, f := range feeds {
			due := f.Checked.Add(p.every())
			if left := time.Until(due); left > 0 {
				wait = min(wait, left)
				continue
			}
			n, err := p.Poll(ctx, f)
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				p.log().Warn("feed poll", "feed", f.URL, "err", err)
			} else {
				p.log().Info("feed polled", "feed", f.URL, "new", n)
			}
		}
		t := time.NewTimer(max(wait, time.Second))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// Poll fetches one feed (conditionally) and hands its new items to the
// sink; it records the outcome on the feed. It returns the number of items
// the sink took. A bad item is logged and skipped.
func (p *Poller) Poll(ctx context.Context, f store.Feed) (int, error) {
	resp, err := p.Fetcher.Get(ctx, f.URL, f.ETag, f.LastModified)
	f.Checked = time.Now()
	if err != nil {
		f.Err = err.Error()
		return 0, errors.Join(err, p.Store.PutFeed(ctx, f))
	}
	f.ETag, f.LastModified, f.Err = resp.ETag, resp.LastModified, ""
	if resp.NotModified {
		return 0, p.Store.PutFeed(ctx, f)
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if err != nil {
		f.Err = "parse: " + err.Error()
		return 0, errors.Join(fmt.Errorf("feed %s: parse: %w", f.URL, err), p.Store.PutFeed(ctx, f))
	}
	maxItems := p.MaxItems
	if maxItems <= 0 {
		maxItems = 50
	}
	items := parsed.Items
	if len(items) > maxItems {
		items = items[:maxItems]
	}
	added := 0
	for _, it := range items {
		if ctx.Err() != nil {
			break
		}
		if err := p.item(ctx, it); errors.Is(err, errSeen) {
			continue
		} else if err != nil {
			p.log().Warn("feed item", "feed", f.URL, "item", it.Link, "err", err)
			continue
		}
		added++
	}
	if ctx.Err() != nil {
		return added, ctx.Err()
	}
	return added, p.Store.PutFeed(ctx, f)
}

var errSeen = errors.New("stored already")

// item hands one feed item to the sink, fetching its page unless the feed
// has its full text or the article is stored already.
func (p *Poller) item(ctx context.Context, it *gofeed.Item) error {
	if it.Link == "" {
		return errors.New("no link")
	}
	if seen, err := p.Store.HasURL(ctx, it.Link); err != nil {
		return err
	} else if seen {
		return errSeen
	}
	out := Item{URL: it.Link, Title: it.Title}
	switch {
	case it.PublishedParsed != nil:
		out.Published = *it.PublishedParsed
	case it.UpdatedParsed != nil:
		out.Published = *it.UpdatedParsed
	}
	full := p.FullText
	if full <= 0 {
		full = 1500
	}
	if len(it.Content) >= full {
		out.Data = []byte("<!doctype html><html><head><title>" + html.EscapeString(it.Title) + "</title></head><body><article><h1>" +
			html.EscapeString(it.Title) + "</h1>\n" + it.Content + "\n</article></body></html>")
	} else {
		resp, err := p.Fetcher.Get(ctx, it.Link, "", "")
		if err != nil {
			return err
		}
		out.Data = resp.Body
	}
	return p.Sink.Add(ctx, out)
}
