package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Story is a group of articles about one event.
type Story struct {
	ID           int64
	Title        string // the brief's headline, or the first article's
	Articles     int
	First, Last  time.Time // earliest and latest published time
	Created      time.Time
	Updated      time.Time // when an article last joined
	Version      int64     // bumped each time an article joins
	BriefVersion int64     // the version its stored brief was made from; 0: none
}

// Stale reports whether the story's brief is missing or older than the story.
func (s *Story) Stale() bool { return s.BriefVersion < s.Version }

// Sort is the order of a story list.
type Sort string

// The orders of a story list.
const (
	Newest    Sort = "newest"    // latest published article first
	Largest   Sort = "largest"   // most articles first
	Relevance Sort = "relevance" // best search match first (with a query)
)

// ParseSort returns the order named s ("" is Newest, or Relevance with a
// query).
func ParseSort(s string, query bool) (Sort, error) {
	switch Sort(s) {
	case "":
		if query {
			return Relevance, nil
		}
		return Newest, nil
	case Newest, Largest, Relevance:
		return Sort(s), nil
	}
	return "", fmt.Errorf("unknown order %q: want newest, largest or relevance", s)
}

// StoryQuery selects a page of stories.
type StoryQuery struct {
	Q      string // words to search for in the articles and briefs; "" lists all
	Sort   Sort
	Limit  int // default 20, at most 200
	Offset int
}

const storyCols = "s.id, s.title, s.articles, s.first, s.last, s.created, s.updated, s.version, coalesce(b.version, 0)"

func scanStory(sc interface{ Scan(...any) error }) (Story, error) {
	var s Story
	var first, last, created, updated int64
	err := sc.Scan(&s.ID, &s.Title, &s.Articles, &first, &last, &created, &updated, &s.Version, &s.BriefVersion)
	s.First, s.Last, s.Created, s.Updated = fromMS(first), fromMS(last), fromMS(created), fromMS(updated)
	return s, err
}

// Stories returns a page of stories and the number of stories in all
// pages.
func (db *DB) Stories(ctx context.Context, q StoryQuery) ([]Story, int, error) {
	if q.Limit <= 0 {
		q.Limit = 20
	}
	q.Limit = min(q.Limit, 200)
	q.Offset = max(q.Offset, 0)
	if q.Sort == "" {
		q.Sort, _ = ParseSort("", q.Q != "")
	}
	order := "s.last DESC, s.id DESC"
	if q.Sort == Largest {
		order = "s.articles DESC, s.last DESC, s.id DESC"
	}
	match := ftsQuery(q.Q)
	var rows *sql.Rows
	var total int
	var err error
	if strings.TrimSpace(q.Q) == "" {
		if err := db.r.QueryRowContext(ctx, "SELECT count(*) FROM stories").Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("count stories: %w", err)
		}
		rows, err = db.r.QueryContext(ctx, "SELECT "+storyCols+" FROM stories s LEFT JOIN briefs b ON b.story_id = s.id ORDER BY "+order+" LIMIT ? OFFSET ?", q.Limit, q.Offset)
	} else {
		if match == "" {
			return nil, 0, nil
		}
		if q.Sort == Relevance {
			order = "hits.rank, " + order
		}
		// bm25 ranks are negative, lower is better; a brief match counts double.
		const hits = `WITH hits(story_id, rank) AS (
			SELECT story_id, min(rank) FROM (
				SELECT a.story_id AS story_id, f.rank AS rank FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ?1
				UNION ALL
				SELECT f.rowid, 2 * f.rank FROM briefs_fts f WHERE briefs_fts MATCH ?1
			) GROUP BY story_id) `
		if err := db.r.QueryRowContext(ctx, hits+"SELECT count(*) FROM hits", match).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("search stories: %w", err)
		}
		rows, err = db.r.QueryContext(ctx, hits+"SELECT "+storyCols+" FROM hits JOIN stories s ON s.id = hits.story_id LEFT JOIN briefs b ON b.story_id = s.id ORDER BY "+order+" LIMIT ?2 OFFSET ?3", match, q.Limit, q.Offset)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	var out []Story
	for rows.Next() {
		s, err := scanStory(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("list stories: %w", err)
		}
		out = append(out, s)
	}
	return out, total, rows.Err()
}

// ftsQuery turns what a person typed into an FTS5 query: each word quoted
// (so that no FTS5 syntax gets through), all required, the last one as a
// prefix. It returns "" when there is no word.
func ftsQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 16 {
		words = words[:16]
	}
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	if len(words) > 0 && !strings.HasSuffix(q, " ") {
		words[len(words)-1] += "*"
	}
	return strings.Join(words, " ")
}

// Story returns one story, or ErrNotFound.
func (db *DB) Story(ctx context.Context, id int64) (Story, error) {
	s, err := scanStory(db.r.QueryRowContext(ctx, "SELECT "+storyCols+" FROM stories s LEFT JOIN briefs b ON b.story_id = s.id WHERE s.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return Story{}, fmt.Errorf("story %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Story{}, fmt.Errorf("story %d: %w", id, err)
	}
	return s, nil
}

// Brief is a story's brief as stored: the JSON the API serves, made from
// the story at Version, and which article each document id of the brief
// is.
type Brief struct {
	Story    int64
	Version  int64
	JSON     []byte
	Docs     map[string]int64 // brief document id (d1, …) → article id
	Computed time.Time
	// Title and Summary are indexed for search (not read back).
	Title, Summary string
}

// Brief returns the stored brief of a story, or ErrNotFound when none has
// been made yet.
func (db *DB) Brief(ctx context.Context, story int64) (*Brief, error) {
	b := &Brief{Story: story}
	var docs string
	var computed int64
	err := db.r.QueryRowContext(ctx, "SELECT version, json, docs, computed FROM briefs WHERE story_id = ?", story).
		Scan(&b.Version, &b.JSON, &docs, &computed)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("brief of story %d: %w", story, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("brief of story %d: %w", story, err)
	}
	b.Computed = fromMS(computed)
	if err := json.Unmarshal([]byte(docs), &b.Docs); err != nil {
		return nil, fmt.Errorf("brief of story %d: %w", story, err)
	}
	return b, nil
}

// PutBrief stores a story's brief unless a brief of a later version is
// stored already, indexes its title and summary for search, and makes its
// title the story's.
func (db *DB) PutBrief(ctx context.Context, b *Brief) error {
	docs, err := json.Marshal(b.Docs)
	if err != nil {
		return err
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store brief: %w", err)
	}
	defer tx.Rollback()
	var have sql.NullInt64
	if err := tx.QueryRowContext(ctx, "SELECT version FROM briefs WHERE story_id = ?", b.Story).Scan(&have); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store brief: %w", err)
	}
	if have.Valid && have.Int64 > b.Version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO briefs(story_id, version, json, docs, computed) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(story_id) DO UPDATE SET version = excluded.version, json = excluded.json, docs = excluded.docs, computed = excluded.computed`,
		b.Story, b.Version, b.JSON, string(docs), ms(b.Computed)); err != nil {
		return fmt.Errorf("store brief: %w", err)
	}
	if have.Valid {
		if _, err := tx.ExecContext(ctx, "DELETE FROM briefs_fts WHERE rowid = ?", b.Story); err != nil {
			return fmt.Errorf("store brief: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO briefs_fts(rowid, title, summary) VALUES (?, ?, ?)", b.Story, b.Title, b.Summary); err != nil {
		return fmt.Errorf("store brief: %w", err)
	}
	if b.Title != "" {
		if _, err := tx.ExecContext(ctx, "UPDATE stories SET title = ? WHERE id = ?", b.Title, b.Story); err != nil {
			return fmt.Errorf("store brief: %w", err)
		}
	}
	return tx.Commit()
}

// StaleStories returns up to limit stories whose brief is missing or older
// than the story, least recently updated first.
func (db *DB) StaleStories(ctx context.Context, limit int) ([]int64, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT s.id FROM stories s LEFT JOIN briefs b ON b.story_id = s.id
		WHERE b.version IS NULL OR b.version < s.version ORDER BY s.updated, s.id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("stale stories: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
