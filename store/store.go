package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Errors that callers test with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	ErrClosed   = errors.New("store closed")
	ErrInvalid  = errors.New("invalid article")
)

// Grouper decides which story each new article joins. The store calls it
// from its one writer goroutine, in commit order, so it need not be safe for
// concurrent use; cluster.Clusterer is one.
type Grouper interface {
	// Place returns the story the article joins: an open story's id, or
	// the id that newStory returns when it starts a story. It records the
	// article in the story.
	Place(title, body string, published time.Time, newStory func() (int64, error)) (int64, error)
	// Restore records an article already stored in a story (on open).
	Restore(story int64, title, body string, published time.Time)
	// Window is how far back from the newest article stories stay open;
	// the store restores the articles of that window on open.
	Window() time.Duration
	// Reset forgets every story.
	Reset()
}

// Options configure a DB. The zero value works.
type Options struct {
	// Grouper groups articles into stories; nil starts a story per article.
	Grouper Grouper
	// Logger receives the store's logs; nil discards them.
	Logger *slog.Logger
	// Now is the clock (default time.Now).
	Now func() time.Time
	// MaxBatch is the most articles committed in one transaction (default 128).
	MaxBatch int
	// Readers is the size of the pool of read connections (default 4).
	Readers int
}

// DB is a storybrief database. It is safe for concurrent use.
type DB struct {
	path     string
	r, w     *sql.DB // readers, and the one writer connection
	log      *slog.Logger
	now      func() time.Time
	group    Grouper
	maxBatch int

	mu     sync.RWMutex // guards closed against sends on queue
	closed bool
	queue  chan *request
	done   chan struct{} // closed when the writer has stopped

	statsMu sync.Mutex
	stats   WriteStats

	// seen is the highest article id the grouper knows; articles above it
	// were written by another process (storybrief ingest next to serve)
	// and are handed to the grouper before the next commit. Writer only.
	seen int64
}

// WriteStats counts the writer's work since the DB was opened.
type WriteStats struct {
	Added, Duplicates, Failed int64 // articles
	Commits                   int64
	Stories                   int64 // stories started
}

// dsn returns the driver name for path with the connection settings.
func dsn(path string, write bool) string {
	q := url.Values{}
	q.Add("_busy_timeout", "10000")
	q.Add("_foreign_keys", "1")
	q.Add("_synchronous", "FULL")
	if write {
		q.Add("_journal_mode", "WAL")
		q.Add("_txlock", "immediate")
	} else {
		q.Add("_query_only", "1")
	}
	return path + "?" + q.Encode()
}

// Open opens (creating if needed) the database at path, runs the schema
// migrations it lacks, restores the grouper's open stories and starts the
// writer. Close it when done.
func Open(ctx context.Context, path string, o Options) (*DB, error) {
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("open %s: the path may not hold ? or #", path)
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MaxBatch <= 0 {
		o.MaxBatch = 128
	}
	if o.Readers <= 0 {
		o.Readers = 4
	}
	w, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	db := &DB{path: path, w: w, log: o.Logger, now: o.Now, group: o.Grouper, maxBatch: o.MaxBatch,
		queue: make(chan *request, o.MaxBatch), done: make(chan struct{})}
	if err := db.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.r, err = sql.Open("sqlite", dsn(path, false))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.r.SetMaxOpenConns(o.Readers)
	db.r.SetMaxIdleConns(o.Readers)
	if err := db.restore(ctx); err != nil {
		db.r.Close()
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	go db.writer()
	return db, nil
}

// migrate applies the migrations the database lacks.
func (db *DB) migrate(ctx context.Context) error {
	var have int
	if err := db.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if have > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program (%d): upgrade storybrief", have, len(migrations))
	}
	for v := have; v < len(migrations); v++ {
		tx, err := db.w.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		db.log.Info("schema migrated", "version", v+1)
	}
	return nil
}

// restore hands the grouper the articles of its window, oldest first.
func (db *DB) restore(ctx context.Context) error {
	if db.group == nil {
		return nil
	}
	db.group.Reset()
	var newest, last sql.NullInt64
	if err := db.r.QueryRowContext(ctx, "SELECT max(published), max(id) FROM articles").Scan(&newest, &last); err != nil {
		return fmt.Errorf("restore stories: %w", err)
	}
	db.seen = last.Int64
	if !newest.Valid {
		return nil
	}
	from := newest.Int64 - db.group.Window().Milliseconds()
	n, err := db.replay(ctx, db.r, `SELECT id, story_id, title, text, paragraphs, published FROM articles
		WHERE published >= ? ORDER BY published, id`, from)
	if err != nil {
		return fmt.Errorf("restore stories: %w", err)
	}
	db.log.Info("open stories restored", "articles", n, "window", db.group.Window().String())
	return nil
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// replay hands the articles a query selects (id, story_id, title, text,
// paragraphs, published) to the grouper and returns how many there were.
func (db *DB) replay(ctx context.Context, q querier, query string, args ...any) (int, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id, story, published int64
		var title, text, paras string
		if err := rows.Scan(&id, &story, &title, &text, &paras, &published); err != nil {
			return n, err
		}
		ps, err := decodeParagraphs(paras)
		if err != nil {
			return n, err
		}
		db.group.Restore(story, title, body(text, ps), time.UnixMilli(published))
		n++
	}
	return n, rows.Err()
}

// catchUp hands the grouper the articles another process committed since
// the last commit of this one. It runs inside the writer's transaction,
// which holds SQLite's write lock, so that nothing is missed or seen twice.
func (db *DB) catchUp(ctx context.Context, tx *sql.Tx) error {
	if db.group == nil {
		return nil
	}
	var last sql.NullInt64
	if err := tx.QueryRowContext(ctx, "SELECT max(id) FROM articles").Scan(&last); err != nil {
		return err
	}
	if last.Int64 <= db.seen {
		return nil
	}
	n, err := db.replay(ctx, tx, `SELECT id, story_id, title, text, paragraphs, published FROM articles
		WHERE id > ? ORDER BY id`, db.seen)
	if err != nil {
		return err
	}
	db.log.Info("articles from another writer", "articles", n)
	db.seen = last.Int64
	return nil
}

// Close stops accepting articles, commits those already handed to Add,
// and closes the database.
func (db *DB) Close() error {
	db.mu.Lock()
	if db.closed {
		db.mu.Unlock()
		return nil
	}
	db.closed = true
	close(db.queue)
	db.mu.Unlock()
	<-db.done
	// A checkpoint folds the WAL into the database file; failure is harmless.
	if _, err := db.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		db.log.Warn("checkpoint", "err", err)
	}
	return errors.Join(db.r.Close(), db.w.Close())
}

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// WriteStats returns the writer's counts so far.
func (db *DB) WriteStats() WriteStats {
	db.statsMu.Lock()
	defer db.statsMu.Unlock()
	return db.stats
}

// Check runs SQLite's integrity check and returns nil when it reports ok.
func (db *DB) Check(ctx context.Context) error {
	rows, err := db.r.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("integrity check: %s", strings.Join(problems, "; "))
	}
	return nil
}

// Counts are the sizes of the database's tables.
type Counts struct {
	Articles, Stories, Briefs, Stale int64
}

// Counts returns the number of articles, stories and briefs, and of
// stories whose brief is missing or older than the story.
func (db *DB) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := db.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM stories), (SELECT count(*) FROM briefs),
		(SELECT count(*) FROM stories s LEFT JOIN briefs b ON b.story_id = s.id WHERE b.version IS NULL OR b.version < s.version)`).
		Scan(&c.Articles, &c.Stories, &c.Briefs, &c.Stale)
	return c, err
}

func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(v int64) time.Time { return time.UnixMilli(v).UTC() }
