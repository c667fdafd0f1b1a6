package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/store"
)

// storyJSON is one story of a list.
type storyJSON struct {
	ID       int64     `json:"id"`
	Title    string    `json:"title"`
	Articles int       `json:"articles"`
	First    time.Time `json:"first"`
	Last     time.Time `json:"last"`
	Updated  time.Time `json:"updated"`
	Stale    bool      `json:"stale"` // the brief is missing or older than the story
	Brief    string    `json:"brief"` // the API path of its brief
}

func toStoryJSON(s store.Story) storyJSON {
	return storyJSON{ID: s.ID, Title: s.Title, Articles: s.Articles, First: s.First, Last: s.Last, Updated: s.Updated,
		Stale: s.Stale(), Brief: "/api/stories/" + itoa(s.ID)}
}

// storyQuery reads q, sort, limit and offset (or page) from a request.
func storyQuery(r *http.Request, defLimit int) (store.StoryQuery, error) {
	v := r.URL.Query()
	q := store.StoryQuery{Q: strings.TrimSpace(v.Get("q")), Limit: defLimit}
	if len(q.Q) > 200 {
		return q, badRequest("q: at most 200 characters")
	}
	var err error
	if q.Sort, err = store.ParseSort(v.Get("sort"), q.Q != ""); err != nil {
		return q, badRequest("sort: " + err.Error())
	}
	num := func(name string, lo, hi int) (int, bool, error) {
		s := v.Get(name)
		if s == "" {
			return 0, false, nil
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < lo || n > hi {
			return 0, false, badRequest(fmt.Sprintf("%s: want a whole number from %d to %d", name, lo, hi))
		}
		return n, true, nil
	}
	if n, ok, err := num("limit", 1, 200); err != nil {
		return q, err
	} else if ok {
		q.Limit = n
	}
	if n, ok, err := num("offset", 0, 1<<30); err != nil {
		return q, err
	} else if ok {
		q.Offset = n
	}
	if n, ok, err := num("page", 1, 1<<20); err != nil {
		return q, err
	} else if ok {
		q.Offset = (n - 1) * q.Limit
	}
	return q, nil
}

// apiStories serves GET /api/stories.
func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) error {
	q, err := storyQuery(r, 20)
	if err != nil {
		return err
	}
	list, total, err := s.store.Stories(r.Context(), q)
	if err != nil {
		return err
	}
	out := struct {
		Stories []storyJSON `json:"stories"`
		Total   int         `json:"total"`
		Limit   int         `json:"limit"`
		Offset  int         `json:"offset"`
		Next    string      `json:"next,omitempty"` // the next page's path
	}{Stories: []storyJSON{}, Total: total, Limit: q.Limit, Offset: q.Offset}
	for _, st := range list {
		out.Stories = append(out.Stories, toStoryJSON(st))
	}
	if q.Offset+len(list) < total {
		v := url.Values{}
		if q.Q != "" {
			v.Set("q", q.Q)
		}
		v.Set("sort", string(q.Sort))
		v.Set("limit", itoa(int64(q.Limit)))
		v.Set("offset", itoa(int64(q.Offset+len(list))))
		out.Next = "/api/stories?" + v.Encode()
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, &httpError{http.StatusNotFound, fmt.Sprintf("%q is not an id: ids are positive whole numbers", r.PathValue("id"))}
	}
	return id, nil
}

// apiStory serves GET /api/stories/{id}: the brief JSON, byte for byte as
// "storybrief brief --format json" writes it for the story's articles. The
// story's state travels in headers: X-Story-Version, X-Brief-Version,
// X-Brief-Stale, and an ETag. With fresh=1 a stale brief is recomputed
// before the answer.
func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	st, b, err := s.brief(r, id)
	if err != nil {
		return err
	}
	h := w.Header()
	etag := fmt.Sprintf(`"%d-%d"`, id, b.Version)
	h.Set("ETag", etag)
	h.Set("X-Story-Version", itoa(st.Version))
	h.Set("X-Brief-Version", itoa(b.Version))
	h.Set("X-Brief-Stale", strconv.FormatBool(b.Version < st.Version))
	h.Set("Cache-Control", "no-cache")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	h.Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b.JSON)
	return nil
}

// brief returns a story and its stored brief, making the brief first when
// there is none, or when it is stale and the request asks for fresh=1.
func (s *Server) brief(r *http.Request, id int64) (store.Story, *store.Brief, error) {
	ctx := r.Context()
	st, err := s.store.Story(ctx, id)
	if err != nil {
		return st, nil, err
	}
	fresh := r.URL.Query().Get("fresh") == "1"
	// now may join a brief already being made from fewer articles than
	// the story has by now; a second round then makes a current one.
	for round := 0; round < 2 && (st.BriefVersion == 0 || (fresh && st.Stale())); round++ {
		if err := s.briefs.now(ctx, id); err != nil {
			return st, nil, err
		}
		if st, err = s.store.Story(ctx, id); err != nil {
			return st, nil, err
		}
	}
	b, err := s.store.Brief(ctx, id)
	return st, b, err
}

// articleJSON is one article for the API.
type articleJSON struct {
	ID         int64           `json:"id"`
	Story      int64           `json:"story"`
	URL        string          `json:"url,omitempty"`
	Source     string          `json:"source"`
	Title      string          `json:"title"`
	Published  time.Time       `json:"published"`
	Ingested   time.Time       `json:"ingested"`
	Format     string          `json:"format"`
	Words      int             `json:"words"`
	Text       string          `json:"text"`
	Paragraphs []paragraphJSON `json:"paragraphs"`
}

type paragraphJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	Text  string `json:"text"`
}

// apiArticle serves GET /api/articles/{id}.
func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	a, err := s.store.Article(r.Context(), id, false)
	if err != nil {
		return err
	}
	out := articleJSON{ID: a.ID, Story: a.Story, URL: a.URL, Source: a.Source, Title: a.Title, Published: a.Published,
		Ingested: a.Ingested, Format: a.Format, Words: a.Words, Text: a.Text, Paragraphs: []paragraphJSON{}}
	for _, p := range a.Paragraphs {
		if p.Start < 0 || p.End > len(a.Text) || p.Start > p.End {
			continue
		}
		out.Paragraphs = append(out.Paragraphs, paragraphJSON{Start: p.Start, End: p.End, Kind: string(p.Kind), Text: a.Text[p.Start:p.End]})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// postJSON is the JSON body of POST /api/articles: the page as text or as
// HTML, where it came from and when it was published.
type postJSON struct {
	URL       string `json:"url"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// apiPost serves POST /api/articles. The body is either JSON (postJSON)
// or the page itself (text/plain, text/html), with url, source, title and
// published as query parameters. It answers 201 with the new article's id
// and story, or 200 with the stored article's when it is a duplicate; only
// then is the article committed.
func (s *Server) apiPost(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	in, err := readInput(r)
	if err != nil {
		s.m.articles.WithLabelValues("rejected").Inc()
		return err
	}
	res, err := s.add(r.Context(), in)
	if err != nil {
		return err
	}
	code := http.StatusCreated
	if res.Duplicate {
		code = http.StatusOK
	} else {
		w.Header().Set("Location", "/api/articles/"+itoa(res.ID))
	}
	writeJSON(w, code, map[string]any{"id": res.ID, "story": res.Story, "duplicate": res.Duplicate, "new_story": res.NewStory,
		"article": "/api/articles/" + itoa(res.ID), "brief": "/api/stories/" + itoa(res.Story)})
	return nil
}

// Input is one article as received: the page's bytes and what came with
// them.
type Input struct {
	Data      []byte
	URL       string    // may be ""
	Source    string    // a name to show when there is no URL
	Title     string    // used when extraction finds no headline
	Published time.Time // zero: now
}

func readInput(r *http.Request) (Input, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return Input{}, err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return Input{}, badRequest("empty body: send the article as JSON {\"url\",\"published\",\"text\" or \"html\"}, or as text/plain or text/html with ?url=&published=")
	}
	var in Input
	var published string
	if ct == "application/json" {
		var p postJSON
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&p); err != nil {
			return Input{}, badRequest("JSON body: " + err.Error())
		}
		switch {
		case p.Text != "" && p.HTML != "":
			return Input{}, badRequest("JSON body: give text or html, not both")
		case p.Text != "":
			in.Data = []byte(p.Text)
		case p.HTML != "":
			in.Data = []byte(p.HTML)
		default:
			return Input{}, badRequest("JSON body: no text and no html")
		}
		in.URL, in.Source, in.Title, published = p.URL, p.Source, p.Title, p.Published
	} else {
		q := r.URL.Query()
		in.Data = body
		in.URL, in.Source, in.Title, published = q.Get("url"), q.Get("source"), q.Get("title"), q.Get("published")
	}
	if in.URL != "" {
		if _, err := store.CanonicalURL(in.URL); err != nil {
			return Input{}, badRequest(err.Error())
		}
	}
	if published != "" {
		t, err := parseTime(published)
		if err != nil {
			return Input{}, badRequest("published: " + err.Error())
		}
		in.Published = t
	}
	return in, nil
}

// parseTime reads an RFC 3339 time, a date, or Unix seconds.
func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 0 {
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Time{}, errors.New("want an RFC 3339 time (2026-03-01T12:00:00Z), a date (2026-03-01) or Unix seconds")
}

// add extracts, stores and marks one article.
func (s *Server) add(ctx context.Context, in Input) (store.Result, error) {
	if !in.Published.IsZero() && in.Published.After(s.cfg.Now().Add(48*time.Hour)) {
		s.m.articles.WithLabelValues("rejected").Inc()
		return store.Result{}, badRequest("published: more than two days in the future")
	}
	source := in.URL
	if source == "" {
		source = in.Source
	}
	if source == "" {
		source = "article"
	}
	doc, err := extract(s.cfg.Engine, source, in.Data)
	if err != nil {
		s.m.articles.WithLabelValues("rejected").Inc()
		return store.Result{}, err
	}
	pipeline.AdoptTitle(doc, in.Title)
	a := store.FromDocument(doc, in.Data, in.URL, in.Published)
	if in.URL == "" && in.Source != "" {
		a.Source = in.Source
	}
	res, err := s.store.Add(ctx, a)
	if err != nil {
		return res, err
	}
	if res.Duplicate {
		s.m.articles.WithLabelValues("duplicate").Inc()
	} else {
		s.m.articles.WithLabelValues("added").Inc()
		s.briefs.mark(res.Story)
	}
	return res, nil
}

// healthz serves GET /healthz: ok with the store's counts, or 503 when the
// store does not answer.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	c, err := s.store.Counts(r.Context())
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": "store: " + err.Error()})
		return nil
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "articles": c.Articles, "stories": c.Stories, "stale_briefs": c.Stale})
	return nil
}

// extract runs the engine's extraction, a panic turned into an error.
func extract(eng *pipeline.Engine, source string, data []byte) (doc *storybrief.Document, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("extract %s: panic: %v", source, v)
		}
	}()
	return eng.Extract(source, data)
}
