package store

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/cluster"
)

// Article is one stored article.
type Article struct {
	ID         int64
	Story      int64
	URL        string // canonical URL; "" when it came without one
	Source     string // what the article is shown as: its URL, or the name it came with
	Title      string
	Published  time.Time
	Ingested   time.Time
	Format     string      // "text" or "html"
	Raw        []byte      // the bytes as received (nil when read without them)
	Text       string      // the extracted text; paragraph spans index into it
	Paragraphs []Paragraph // the article's paragraphs, in order
	Words      int         // words in the paragraphs
}

// Paragraph is one paragraph of an article, a span of its Text.
type Paragraph struct {
	storybrief.Span
	Kind storybrief.Kind
}

// Body returns the article's paragraphs joined by blank lines: the text
// that is grouped, deduplicated and searched.
func (a *Article) Body() string { return body(a.Text, a.Paragraphs) }

func body(text string, ps []Paragraph) string {
	var b strings.Builder
	for i, p := range ps {
		if p.Start < 0 || p.End > len(text) || p.Start > p.End {
			continue
		}
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text[p.Start:p.End])
	}
	return b.String()
}

// FromDocument returns the article for an extracted document: doc's text,
// headline and paragraphs, the raw bytes it was extracted from, its URL
// (may be "") and its published time (zero: the time it is stored). The
// source shown is the URL, or doc.Source when there is none.
func FromDocument(doc *storybrief.Document, raw []byte, u string, published time.Time) *Article {
	a := &Article{URL: u, Source: doc.Source, Title: doc.Title, Published: published,
		Format: doc.Format, Raw: raw, Text: doc.Text}
	if u != "" {
		a.Source = u
	}
	for _, p := range doc.Paragraphs {
		a.Paragraphs = append(a.Paragraphs, Paragraph{Span: p.Span, Kind: p.Kind})
		a.Words += len(strings.Fields(p.In(doc.Text)))
	}
	return a
}

func encodeParagraphs(ps []Paragraph) string {
	v := make([][3]any, len(ps))
	for i, p := range ps {
		v[i] = [3]any{p.Start, p.End, string(p.Kind)}
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func decodeParagraphs(s string) ([]Paragraph, error) {
	var v [][3]json.RawMessage
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil, fmt.Errorf("paragraphs: %w", err)
	}
	ps := make([]Paragraph, len(v))
	for i, x := range v {
		var kind string
		if err := errors.Join(json.Unmarshal(x[0], &ps[i].Start), json.Unmarshal(x[1], &ps[i].End), json.Unmarshal(x[2], &kind)); err != nil {
			return nil, fmt.Errorf("paragraphs: %w", err)
		}
		ps[i].Kind = storybrief.Kind(kind)
	}
	return ps, nil
}

// compress deflates raw bytes for storage, with a one-byte header:
// 0 stored as is, 1 deflated.
func compress(raw []byte) []byte {
	if len(raw) < 512 {
		return append([]byte{0}, raw...)
	}
	var b bytes.Buffer
	b.WriteByte(1)
	zw, _ := flate.NewWriter(&b, flate.BestSpeed)
	zw.Write(raw)
	zw.Close()
	return b.Bytes()
}

func decompress(blob []byte) ([]byte, error) {
	if len(blob) == 0 {
		return nil, errors.New("empty raw blob")
	}
	switch blob[0] {
	case 0:
		return blob[1:], nil
	case 1:
		return io.ReadAll(flate.NewReader(bytes.NewReader(blob[1:])))
	}
	return nil, fmt.Errorf("raw blob: unknown encoding %d", blob[0])
}

// CanonicalURL returns u in the form used to recognize the same article:
// scheme and host lower-cased, default port, fragment, tracking parameters
// (utm_*, fbclid, gclid) and a trailing slash removed, parameters sorted.
// It returns an error for anything but an absolute http(s) URL.
func CanonicalURL(u string) (string, error) {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return "", fmt.Errorf("url: %w", err)
	}
	p.Scheme = strings.ToLower(p.Scheme)
	if (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return "", fmt.Errorf("url %q: want an absolute http or https URL", u)
	}
	host := strings.ToLower(p.Hostname())
	if port := p.Port(); port != "" && !(p.Scheme == "http" && port == "80") && !(p.Scheme == "https" && port == "443") {
		host += ":" + port
	}
	p.Host = host
	p.Fragment, p.RawFragment = "", ""
	p.User = nil
	q := p.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "mc_cid" || lk == "mc_eid" {
			q.Del(k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var qs []string
	for _, k := range keys {
		for _, v := range q[k] {
			qs = append(qs, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	p.RawQuery = strings.Join(qs, "&")
	if len(p.Path) > 1 {
		p.Path = strings.TrimRight(p.Path, "/")
		p.RawPath = ""
	}
	if p.Path == "/" {
		p.Path = ""
	}
	return p.String(), nil
}

// Result says what became of an added article.
type Result struct {
	ID        int64 // the article's id (the stored one, for a duplicate)
	Story     int64 // the story it is in
	Duplicate bool  // the article was stored already (same URL or near-identical text)
	NewStory  bool  // the article started a story
}

// request is one article waiting for the writer.
type request struct {
	a    *Article
	sig  cluster.Signature
	body string
	res  Result
	err  error
	done chan struct{}
}

// Add stores an article and returns once it is committed; only then is
// it acknowledged. A duplicate (the same canonical URL, or a body
// near-identical to a stored one) is not stored again: the result names
// the stored article. The article must have text; an invalid URL is an
// error wrapping ErrInvalid. If ctx ends first, Add returns its error and
// the article may or may not be stored.
func (db *DB) Add(ctx context.Context, a *Article) (Result, error) {
	if strings.TrimSpace(a.Text) == "" || len(a.Paragraphs) == 0 {
		return Result{}, fmt.Errorf("%w: no article text", ErrInvalid)
	}
	if a.URL != "" {
		u, err := CanonicalURL(a.URL)
		if err != nil {
			return Result{}, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		a.URL = u
	}
	if a.Source == "" {
		a.Source = a.URL
	}
	if a.Format == "" {
		a.Format = "text"
	}
	r := &request{a: a, body: a.Body(), done: make(chan struct{})}
	r.sig = cluster.Sign(r.body)
	db.mu.RLock()
	if db.closed {
		db.mu.RUnlock()
		return Result{}, ErrClosed
	}
	select {
	case db.queue <- r:
	case <-ctx.Done():
		db.mu.RUnlock()
		return Result{}, ctx.Err()
	}
	db.mu.RUnlock()
	select {
	case <-r.done:
		return r.res, r.err
	case <-ctx.Done():
		return Result{}, ctx.Err()
	}
}

// writer commits the queued articles in groups until the queue closes.
func (db *DB) writer() {
	defer close(db.done)
	for {
		first, ok := <-db.queue
		if !ok {
			return
		}
		batch := []*request{first}
	fill:
		for len(batch) < db.maxBatch {
			select {
			case r, ok := <-db.queue:
				if !ok {
					break fill
				}
				batch = append(batch, r)
			default:
				break fill
			}
		}
		db.commit(batch)
		for _, r := range batch {
			close(r.done)
		}
	}
}

// commit stores a batch in one transaction. On failure every article of
// the batch gets the error and the grouper is rebuilt from the database,
// since it saw articles that were not stored.
func (db *DB) commit(batch []*request) {
	ctx := context.Background()
	start := time.Now()
	fail := func(err error) {
		for _, r := range batch {
			r.res, r.err = Result{}, err
		}
		db.statsMu.Lock()
		db.stats.Failed += int64(len(batch))
		db.statsMu.Unlock()
		db.log.Error("commit failed", "articles", len(batch), "err", err)
		if rerr := db.restore(ctx); rerr != nil {
			db.log.Error("restore stories after a failed commit", "err", rerr)
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		fail(fmt.Errorf("begin: %w", err))
		return
	}
	if err := db.catchUp(ctx, tx); err != nil {
		tx.Rollback()
		fail(fmt.Errorf("catch up with another writer: %w", err))
		return
	}
	var added, dups, started int64
	for _, r := range batch {
		r.res, r.err = db.insert(ctx, tx, r)
		if r.err != nil {
			tx.Rollback()
			fail(r.err)
			return
		}
		switch {
		case r.res.Duplicate:
			dups++
		case r.res.NewStory:
			started++
			added++
		default:
			added++
		}
	}
	if err := tx.Commit(); err != nil {
		fail(fmt.Errorf("commit: %w", err))
		return
	}
	for _, r := range batch {
		db.seen = max(db.seen, r.res.ID)
	}
	db.statsMu.Lock()
	db.stats.Added += added
	db.stats.Duplicates += dups
	db.stats.Stories += started
	db.stats.Commits++
	db.statsMu.Unlock()
	db.log.Debug("committed", "articles", len(batch), "added", added, "duplicates", dups, "took", time.Since(start))
}

// insert stores one article inside the writer's transaction.
func (db *DB) insert(ctx context.Context, tx *sql.Tx, r *request) (Result, error) {
	a := r.a
	if a.URL != "" {
		var id, story int64
		err := tx.QueryRowContext(ctx, "SELECT id, story_id FROM articles WHERE url = ?", a.URL).Scan(&id, &story)
		if err == nil {
			return Result{ID: id, Story: story, Duplicate: true}, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return Result{}, fmt.Errorf("look up url: %w", err)
		}
	}
	if id, story, ok, err := nearDuplicate(ctx, tx, &r.sig); err != nil {
		return Result{}, err
	} else if ok {
		return Result{ID: id, Story: story, Duplicate: true}, nil
	}
	now := db.now()
	if a.Published.IsZero() {
		a.Published = now
	}
	a.Ingested = now
	res := Result{}
	title := a.Title
	if title == "" {
		title = storybrief.Snippet(r.body, 90)
	}
	newStory := func() (int64, error) {
		res.NewStory = true
		v, err := tx.ExecContext(ctx, `INSERT INTO stories(title, articles, first, last, created, updated, version)
			VALUES (?, 0, ?, ?, ?, ?, 0)`, title, ms(a.Published), ms(a.Published), ms(now), ms(now))
		if err != nil {
			return 0, fmt.Errorf("start story: %w", err)
		}
		return v.LastInsertId()
	}
	var err error
	if db.group != nil {
		a.Story, err = db.group.Place(a.Title, r.body, a.Published, newStory)
	} else {
		a.Story, err = newStory()
	}
	if err != nil {
		return Result{}, err
	}
	var u any
	if a.URL != "" {
		u = a.URL
	}
	v, err := tx.ExecContext(ctx, `INSERT INTO articles(story_id, url, source, title, published, ingested, format,
		raw, raw_size, text, paragraphs, sig, words)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.Story, u, a.Source, a.Title, ms(a.Published), ms(now), a.Format, compress(a.Raw), len(a.Raw),
		a.Text, encodeParagraphs(a.Paragraphs), r.sig.Bytes(), a.Words)
	if err != nil {
		return Result{}, fmt.Errorf("insert article: %w", err)
	}
	if a.ID, err = v.LastInsertId(); err != nil {
		return Result{}, err
	}
	for _, k := range r.sig.Bands() {
		if _, err := tx.ExecContext(ctx, "INSERT INTO article_bands(key, article_id) VALUES (?, ?)", k, a.ID); err != nil {
			return Result{}, fmt.Errorf("index signature: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)", a.ID, a.Title, r.body); err != nil {
		return Result{}, fmt.Errorf("index article: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stories SET articles = articles + 1, first = min(first, ?1), last = max(last, ?1),
		updated = ?2, version = version + 1 WHERE id = ?3`,
		ms(a.Published), ms(now), a.Story); err != nil {
		return Result{}, fmt.Errorf("update story: %w", err)
	}
	res.ID, res.Story = a.ID, a.Story
	return res, nil
}

// nearDuplicate finds a stored article whose body is near-identical to
// the one signed sig: one that shares a band of the signature and whose
// signature is similar enough.
func nearDuplicate(ctx context.Context, tx *sql.Tx, sig *cluster.Signature) (id, story int64, ok bool, err error) {
	keys := sig.Bands()
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, story_id, sig FROM articles WHERE id IN
		(SELECT article_id FROM article_bands WHERE key IN (?`+strings.Repeat(", ?", len(keys)-1)+`)) ORDER BY id`, args...)
	if err != nil {
		return 0, 0, false, fmt.Errorf("look up signature: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var oid, ostory int64
		var blob []byte
		if err := rows.Scan(&oid, &ostory, &blob); err != nil {
			return 0, 0, false, err
		}
		if other, valid := cluster.SignatureFrom(blob); valid && sig.Near(&other) {
			return oid, ostory, true, nil
		}
	}
	return 0, 0, false, rows.Err()
}

const articleCols = "id, story_id, coalesce(url, ''), source, title, published, ingested, format, raw_size, text, paragraphs, words"

func scanArticle(sc interface{ Scan(...any) error }, raw *[]byte) (*Article, error) {
	a := &Article{}
	var published, ingested int64
	var rawSize int
	var paras string
	dest := []any{&a.ID, &a.Story, &a.URL, &a.Source, &a.Title, &published, &ingested, &a.Format, &rawSize, &a.Text, &paras, &a.Words}
	if raw != nil {
		dest = append(dest, raw)
	}
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	a.Published, a.Ingested = fromMS(published), fromMS(ingested)
	var err error
	if a.Paragraphs, err = decodeParagraphs(paras); err != nil {
		return nil, err
	}
	if raw != nil {
		if a.Raw, err = decompress(*raw); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// Article returns the article with the given id, with its raw bytes when
// withRaw is set. It returns ErrNotFound when there is none.
func (db *DB) Article(ctx context.Context, id int64, withRaw bool) (*Article, error) {
	q := "SELECT " + articleCols
	var raw []byte
	var rawp *[]byte
	if withRaw {
		q += ", raw"
		rawp = &raw
	}
	a, err := scanArticle(db.r.QueryRowContext(ctx, q+" FROM articles WHERE id = ?", id), rawp)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return a, nil
}

// StoryArticles returns the articles of a story in published order, the
// most recent limit of them (limit 0: all), with their raw bytes when
// withRaw is set.
func (db *DB) StoryArticles(ctx context.Context, story int64, limit int, withRaw bool) ([]*Article, error) {
	q := "SELECT " + articleCols
	if withRaw {
		q += ", raw"
	}
	if limit <= 0 {
		limit = -1
	}
	q = "SELECT * FROM (" + q + " FROM articles WHERE story_id = ? ORDER BY published DESC, id DESC LIMIT ?) ORDER BY published, id"
	rows, err := db.r.QueryContext(ctx, q, story, limit)
	if err != nil {
		return nil, fmt.Errorf("articles of story %d: %w", story, err)
	}
	defer rows.Close()
	var out []*Article
	for rows.Next() {
		var raw []byte
		var rawp *[]byte
		if withRaw {
			rawp = &raw
		}
		a, err := scanArticle(rows, rawp)
		if err != nil {
			return nil, fmt.Errorf("articles of story %d: %w", story, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// HasURL reports whether an article with the canonical form of u is stored.
func (db *DB) HasURL(ctx context.Context, u string) (bool, error) {
	c, err := CanonicalURL(u)
	if err != nil {
		return false, err
	}
	var n int
	err = db.r.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE url = ?", c).Scan(&n)
	return n > 0, err
}
