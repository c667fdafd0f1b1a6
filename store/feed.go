package store

import (
	"context"
	"fmt"
	"time"
)

// Feed is an RSS or Atom feed that is polled, with what conditional GET
// needs.
type Feed struct {
	ID           int64
	URL          string
	ETag         string
	LastModified string
	Checked      time.Time // zero: never polled
	Err          string    // the last poll's error, "" if it went well
}

// AddFeed registers a feed URL (once: adding it again is no error) and
// returns it.
func (db *DB) AddFeed(ctx context.Context, u string) (Feed, error) {
	if _, err := CanonicalURL(u); err != nil {
		return Feed{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if _, err := db.w.ExecContext(ctx, "INSERT INTO feeds(url) VALUES (?) ON CONFLICT(url) DO NOTHING", u); err != nil {
		return Feed{}, fmt.Errorf("add feed: %w", err)
	}
	var f Feed
	var checked int64
	err := db.r.QueryRowContext(ctx, "SELECT id, url, etag, last_modified, checked, error FROM feeds WHERE url = ?", u).
		Scan(&f.ID, &f.URL, &f.ETag, &f.LastModified, &checked, &f.Err)
	if checked > 0 {
		f.Checked = fromMS(checked)
	}
	return f, err
}

// Feeds returns every registered feed.
func (db *DB) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := db.r.QueryContext(ctx, "SELECT id, url, etag, last_modified, checked, error FROM feeds ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		var f Feed
		var checked int64
		if err := rows.Scan(&f.ID, &f.URL, &f.ETag, &f.LastModified, &checked, &f.Err); err != nil {
			return nil, err
		}
		if checked > 0 {
			f.Checked = fromMS(checked)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// PutFeed records the outcome of a poll: validators, time and error.
func (db *DB) PutFeed(ctx context.Context, f Feed) error {
	_, err := db.w.ExecContext(ctx, "UPDATE feeds SET etag = ?, last_modified = ?, checked = ?, error = ? WHERE id = ?",
		f.ETag, f.LastModified, ms(f.Checked), f.Err, f.ID)
	if err != nil {
		return fmt.Errorf("update feed: %w", err)
	}
	return nil
}
