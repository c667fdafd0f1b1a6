package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// ErrTooLarge is returned for a response over Fetcher.MaxBytes.
var ErrTooLarge = errors.New("response too large")

// Fetcher makes polite HTTP requests. Its fields are set before first use;
// it is then safe for concurrent use.
type Fetcher struct {
	// Client makes the requests (default: a client with a 20s timeout).
	Client *http.Client
	// UserAgent names the fetcher to the sites (default "storybrief/1").
	UserAgent string
	// MaxBytes is the largest response body read (default 4 MiB).
	MaxBytes int64
	// PerHost is the least time between two requests to one host
	// (default 2s).
	PerHost time.Duration

	mu   sync.Mutex
	next map[string]time.Time // host → earliest time of its next request
}

// Response is what a fetch got.
type Response struct {
	Body         []byte
	ETag         string
	LastModified string
	NotModified  bool // the server answered 304 to a conditional request
}

func (f *Fetcher) client() *http.Client {
	if f.Client != nil {
		return f.Client
	}
	return &http.Client{Timeout: 20 * time.Second}
}

// wait reserves the next slot for host and sleeps until it comes.
func (f *Fetcher) wait(ctx context.Context, host string) error {
	gap := f.PerHost
	if gap == 0 {
		gap = 2 * time.Second
	}
	f.mu.Lock()
	if f.next == nil {
		f.next = map[string]time.Time{}
	}
	now := time.Now()
	at := f.next[host]
	if at.Before(now) {
		at = now
	}
	f.next[host] = at.Add(gap)
	f.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// Get fetches u, conditionally when etag or lastModified is set (a 304 is
// Response.NotModified, not an error). It refuses URLs that are not http
// or https, answers other than 200 and 304, and bodies over MaxBytes.
func (f *Fetcher) Get(ctx context.Context, u, etag, lastModified string) (*Response, error) {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return nil, fmt.Errorf("fetch %q: not an http(s) URL", u)
	}
	if err := f.wait(ctx, strings.ToLower(p.Host)); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	ua := f.UserAgent
	if ua == "" {
		ua = "storybrief/1"
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client().Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	out := &Response{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusNotModified:
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = etag
		}
		if out.LastModified == "" {
			out.LastModified = lastModified
		}
		return out, nil
	default:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, fmt.Errorf("fetch %s: %s", u, resp.Status)
	}
	limit := f.MaxBytes
	if limit <= 0 {
		limit = 4 << 20
	}
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("fetch %s: %w (%d bytes, the limit is %d)", u, ErrTooLarge, resp.ContentLength, limit)
	}
	out.Body, err = io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	if int64(len(out.Body)) > limit {
		return nil, fmt.Errorf("fetch %s: %w (over %d bytes)", u, ErrTooLarge, limit)
	}
	return out, nil
}
